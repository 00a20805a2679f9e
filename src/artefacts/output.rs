//! Writing an artefact: to `-o FILE` (privately, atomically) or to stdout.

use super::engine::{self, Renderer};
use crate::cli::{ArtefactArgs, Format};
use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where and how an artefact is written: the templates, the format, the file.
pub struct Output {
    /// The templates, built in or the user's.
    pub renderer: Renderer,
    /// Markdown or HTML.
    pub format: Format,
    /// A file, or stdout.
    pub file: Option<PathBuf>,
}

impl Output {
    /// Load the templates (so a broken one is reported before any work) and settle the format.
    pub fn new(args: &ArtefactArgs) -> Result<Self> {
        Ok(Output {
            renderer: Renderer::new(engine::user_dir(args.templates.as_deref())?.as_deref())?,
            format: args
                .format
                .unwrap_or_else(|| Format::from_path(args.output.as_deref())),
            file: args.output.clone(),
        })
    }

    /// Render an artefact (`brief`, `followup`) in this format.
    pub fn render(&self, artefact: &str, context: &tera::Context) -> Result<String> {
        self.renderer
            .render(self.format.template(artefact), context)
    }

    /// Render an artefact and write it.
    pub fn write(&self, artefact: &str, context: &tera::Context) -> Result<()> {
        emit(&self.render(artefact, context)?, self.file.as_deref())
    }
}

/// Write an artefact to `-o FILE` (privately, atomically) or to stdout.
pub fn emit(text: &str, output: Option<&Path>) -> Result<()> {
    match output {
        Some(file) => {
            crate::planfile::write_private(file, text.as_bytes(), false)?;
            eprintln!("Wrote {}", file.display());
            Ok(())
        }
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`plan render x | head`) is not an error worth reporting.
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(Error::io(
                    "cannot write to standard output",
                    e,
                    "check where the output is going",
                )),
                Ok(()) => Ok(()),
            }
        }
    }
}
