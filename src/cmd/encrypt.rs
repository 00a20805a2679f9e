//! `plan encrypt`: plans encrypted in place, to the folder's recipients or
//! with a passphrase of their own.

use crate::artefacts::output::print;
use crate::cli::EncryptArgs;
use crate::error::{Error, Result, ShowPath};
use crate::planfile::sealed::{self, Passphrase};
use crate::planfile::storage::{self, Form, Reformed};
use crate::planfile::{self, listing};
use std::path::PathBuf;

/// Run `plan encrypt`.
pub fn run(args: EncryptArgs) -> Result<()> {
    if args.passphrase && args.plans.len() != 1 {
        return Err(Error::usage(
            "--passphrase encrypts one plan, with a passphrase of its own",
            "name one plan: `plan encrypt --passphrase sam-lee`",
        ));
    }
    let form = if args.passphrase {
        Form::Passphrase
    } else {
        Form::Recipients
    };
    let (plans, passphrase) = if args.all {
        let dir = planfile::plan_dir()?;
        let files = listing::plan_files(&dir).map_err(|e| {
            Error::io(
                format!("cannot list {}", dir.shown()),
                e,
                "check that the folder exists and that you may read it",
            )
        })?;
        // A plan with a passphrase of its own keeps it: nobody is asked for each.
        (files, Passphrase::Never)
    } else {
        let mut plans = Vec::new();
        for name in &args.plans {
            plans.push(planfile::resolve(name)?);
        }
        (plans, Passphrase::Ask)
    };
    let mut done = String::new();
    let mut failed = 0;
    for path in dedup(plans) {
        if args.all && planfile::location::is_sealed(&path) && sealed::needs_passphrase(&path) {
            say!(
                "{} keeps its own passphrase; `plan encrypt {}` encrypts it to the folder's recipients.",
                path.shown(),
                path.shown()
            );
            continue;
        }
        match storage::reform(&path, form, passphrase) {
            Ok(Reformed::Moved(to)) => {
                say!("Encrypted {} as {}.", path.shown(), to.shown());
                done.push_str(&format!("{}\n", to.shown()));
            }
            Ok(Reformed::Resealed(to) | Reformed::Already(to)) => {
                say!("Encrypted {} anew.", to.shown());
                done.push_str(&format!("{}\n", to.shown()));
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
            "{} not encrypted (see above); the others were",
            crate::dates::wording::count(failed, "plans")
        )));
    }
    Ok(())
}

/// Each plan once, whichever form it was named in.
fn dedup(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for p in paths {
        let plain = planfile::location::plain_form(&p);
        if !seen.contains(&plain) {
            seen.push(plain);
            out.push(p);
        }
    }
    out
}
