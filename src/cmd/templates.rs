//! `plan templates export`: the built-in templates, to customise.

use crate::cli::TemplatesCommand;
use crate::render;
use anyhow::Result;

/// Run `plan templates …`.
pub fn run(command: TemplatesCommand) -> Result<()> {
    match command {
        TemplatesCommand::Export { dir, force } => {
            let written = render::export(&dir, force)?;
            let list: String = written
                .iter()
                .map(|p| format!("{}\n", p.display()))
                .collect();
            crate::cmd::render::emit(&list, None)?;
            eprintln!(
                "Edit these, then pass --templates {} (or keep them in $PLAN_DIR/templates).",
                dir.display()
            );
            Ok(())
        }
    }
}
