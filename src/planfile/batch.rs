//! Many plans, one at a time, for `plan encrypt` and `plan decrypt`: the
//! plans named, or every plan of the folder; with `--all`, a plan that
//! fails is said and counted, and the others go on.

use super::{listing, plan_dir, resolve};
use crate::error::{Error, Result, ShowPath, printable};
use std::path::{Path, PathBuf};

/// The plans named (paths, or names kept in the plan folder), or with
/// `all` every plan of the folder.
pub fn plans(names: &[String], all: bool) -> Result<Vec<PathBuf>> {
    if !all {
        return names.iter().map(|name| resolve(name)).collect();
    }
    let dir = plan_dir()?;
    listing::plan_files(&dir).map_err(|e| {
        Error::io(
            format!("cannot list {}", dir.shown()),
            e,
            "check that the folder exists and that you may read it",
        )
    })
}

/// What [`each`] did: the plans written anew, and how many failed.
#[derive(Debug, Default)]
pub struct Batch {
    /// The plans written in their new form, in order.
    pub done: Vec<PathBuf>,
    failed: usize,
}

impl Batch {
    /// The plans written anew, one a line, for stdout.
    pub fn listing(&self) -> String {
        self.done
            .iter()
            .map(|p| format!("{}\n", p.shown()))
            .collect()
    }

    /// An error when any plan failed: "2 plans not encrypted (see above)".
    pub fn outcome(&self, done: &str) -> Result<()> {
        if self.failed == 0 {
            return Ok(());
        }
        Err(Error::plain(format!(
            "{} not {done} (see above); the others were",
            crate::dates::wording::count(self.failed, "plans")
        )))
    }
}

/// `one` on each plan in turn; it gives the path written, if any. With
/// `keep_going` (`--all`) an error is said on stderr and counted and the
/// next plan is taken; without it, the first error ends the batch.
pub fn each(
    plans: Vec<PathBuf>,
    keep_going: bool,
    mut one: impl FnMut(&Path) -> Result<Option<PathBuf>>,
) -> Result<Batch> {
    let mut batch = Batch::default();
    for path in plans {
        match one(&path) {
            Ok(done) => batch.done.extend(done),
            Err(e) if keep_going => {
                batch.failed += 1;
                say!("error: {}", printable(&e.to_string()));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(batch)
}
