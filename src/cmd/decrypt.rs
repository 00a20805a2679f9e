//! `plan decrypt`: plans decrypted in place, every byte as it was.

use crate::artefacts::output::print;
use crate::cli::DecryptArgs;
use crate::error::{Result, ShowPath};
use crate::planfile::batch;
use crate::planfile::location;
use crate::planfile::sealed::Passphrase;
use crate::planfile::storage::{self, Form, Reformed};

/// Run `plan decrypt`.
pub fn run(args: DecryptArgs) -> Result<()> {
    let all = args.which.all;
    let mut plans = batch::plans(&args.which.plans, all)?;
    if all {
        plans.retain(|p| location::is_sealed(p));
    }
    let done = batch::each(plans, all, |path| {
        match storage::reform(path, Form::Plain, Passphrase::Ask)? {
            Reformed::Moved(to) => {
                say!("Decrypted {} as {}.", path.shown(), to.shown());
                Ok(Some(to))
            }
            Reformed::Already(to) | Reformed::Resealed(to) => {
                say!("{} is not encrypted; it was left as it was.", to.shown());
                Ok(None)
            }
        }
    })?;
    print(&done.listing())?;
    done.outcome("decrypted")
}
