//! `plan list`: every plan in a folder, what is due now, or the history
//! with one person.

use crate::artefacts::listing::{all, due, with};
use crate::artefacts::output::print;
use crate::cli::ListArgs;
use crate::dates;
use crate::error::ShowPath;
use crate::error::{Error, Result};
use crate::planfile::{self, listing};
use std::io::IsTerminal;

/// Run `plan list`.
pub fn run(args: ListArgs) -> Result<()> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => planfile::plan_dir()?,
    };
    let files = match listing::plan_files(&dir) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && args.dir.is_none() => {
            say!("No plans yet in {}.", dir.shown());
            Vec::new()
        }
        Err(e) => {
            return Err(Error::io(
                format!("cannot list {}", dir.shown()),
                e,
                "give a folder of plans, or set PLAN_DIR",
            ));
        }
    };
    let mut plans = listing::read_all(&files);
    listing::sort_by_meeting(&mut plans);
    let aligned = std::io::stdout().is_terminal();
    let out = if let Some(name) = &args.with {
        with(&plans, name, args.format, aligned)?
    } else if args.due {
        due(&plans, dates::today(), args.format, aligned)
    } else {
        all(&plans, args.format, aligned)
    };
    print(&out)
}
