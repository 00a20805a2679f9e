//! `plan templates export`: the built-in templates, to customise.

use crate::cli::TemplatesCommand;
use crate::render;
use anyhow::Result;

/// Run `plan templates …`.
pub fn run(command: TemplatesCommand) -> Result<()> {
    match command {
        TemplatesCommand::Export { dir, force } => {
            for path in render::export(&dir, force)? {
                println!("{}", path.display());
            }
            eprintln!(
                "Edit these, then pass --templates {} (or keep them in $PLAN_DIR/templates).",
                dir.display()
            );
            Ok(())
        }
    }
}
