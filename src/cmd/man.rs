//! `plan man`: the manual page, in roff.

use crate::artefacts::output::print;
use crate::cli::Cli;
use crate::error::{Error, Result};
use clap::CommandFactory;

/// Run `plan man`.
pub fn run() -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Error::io("cannot write the manual page", e, "try again"))?;
    print(&String::from_utf8_lossy(&page))
}
