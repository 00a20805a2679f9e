//! `plan templates export`: the built-in templates, to customise.

use crate::artefacts::{engine, output::print};
use crate::cli::TemplatesCommand;
use crate::error::Result;
use crate::error::ShowPath;

/// Run `plan templates …`.
pub fn run(command: TemplatesCommand) -> Result<()> {
    match command {
        TemplatesCommand::Export { dir, force } => {
            let written = engine::export(&dir, force)?;
            let list: String = written.iter().map(|p| format!("{}\n", p.shown())).collect();
            print(&list)?;
            say!(
                "Edit these, then pass --templates {} (or keep them in $PLAN_DIR/templates).",
                dir.shown()
            );
            Ok(())
        }
    }
}
