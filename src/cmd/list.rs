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
    let aligned = std::io::stdout().is_terminal();
    let view = if let Some(name) = &args.with {
        with(&files, name, args.format, aligned)?
    } else if args.due {
        due(&files, dates::today(), args.format, aligned)
    } else {
        all(&files, args.format, aligned)
    };
    print(&view.text)?;
    // After the result, so that on a terminal it stands under the table.
    if let Some(note) = &view.note {
        say!("note: {note}");
    }
    Ok(())
}
