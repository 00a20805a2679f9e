//! `plan encrypt`: plans encrypted in place, to the folder's recipients or
//! with a passphrase of their own.

use crate::artefacts::output::print;
use crate::cli::EncryptArgs;
use crate::error::{Error, Result, ShowPath};
use crate::planfile::batch;
use crate::planfile::sealed::{self, Passphrase};
use crate::planfile::storage::{self, Form, Reformed};
use crate::planfile::{self, location};
use std::path::PathBuf;

/// Run `plan encrypt`.
pub fn run(args: EncryptArgs) -> Result<()> {
    let all = args.which.all;
    if args.passphrase && args.which.plans.len() != 1 {
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
    // With --all, a plan with a passphrase of its own keeps it: nobody is
    // asked for each.
    let passphrase = if all {
        Passphrase::Never
    } else {
        Passphrase::Ask
    };
    let plans = dedup(batch::plans(&args.which.plans, all)?);
    let done = batch::each(plans, all, |path| {
        if all && location::is_sealed(path) && sealed::needs_passphrase(path) {
            say!(
                "{} keeps its own passphrase; `plan encrypt {}` encrypts it to the folder's recipients.",
                path.shown(),
                path.shown()
            );
            return Ok(None);
        }
        Ok(Some(match storage::reform(path, form, passphrase)? {
            Reformed::Moved(to) => {
                say!("Encrypted {} as {}.", path.shown(), to.shown());
                to
            }
            Reformed::Resealed(to) | Reformed::Already(to) => {
                say!("Encrypted {} anew.", to.shown());
                to
            }
        }))
    })?;
    print(&done.listing())?;
    done.outcome("encrypted")
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
