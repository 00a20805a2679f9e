//! `plan decrypt`: plans decrypted in place, every byte as it was.

use crate::artefacts::output::print;
use crate::cli::DecryptArgs;
use crate::error::{Error, Result, ShowPath};
use crate::planfile::sealed::Passphrase;
use crate::planfile::storage::{self, Form, Reformed};
use crate::planfile::{self, listing, location};

/// Run `plan decrypt`.
pub fn run(args: DecryptArgs) -> Result<()> {
    let plans = if args.all {
        let dir = planfile::plan_dir()?;
        let files = listing::plan_files(&dir).map_err(|e| {
            Error::io(
                format!("cannot list {}", dir.shown()),
                e,
                "check that the folder exists and that you may read it",
            )
        })?;
        files
            .into_iter()
            .filter(|p| location::is_sealed(p))
            .collect()
    } else {
        let mut plans = Vec::new();
        for name in &args.plans {
            plans.push(planfile::resolve(name)?);
        }
        plans
    };
    let mut done = String::new();
    let mut failed = 0;
    for path in plans {
        match storage::reform(&path, Form::Plain, Passphrase::Ask) {
            Ok(Reformed::Moved(to)) => {
                say!("Decrypted {} as {}.", path.shown(), to.shown());
                done.push_str(&format!("{}\n", to.shown()));
            }
            Ok(Reformed::Already(to) | Reformed::Resealed(to)) => {
                say!("{} is not encrypted; it was left as it was.", to.shown());
            }
            Err(e) if args.all => {
                failed += 1;
                say!("error: {}", crate::error::printable(&e.to_string()));
            }
            Err(e) => return Err(e),
        }
    }
    print(&done)?;
    if failed > 0 {
        return Err(Error::plain(format!(
            "{} not decrypted (see above); the others were",
            crate::dates::wording::count(failed, "plans")
        )));
    }
    Ok(())
}
