//! `plan render`: the private one-page brief.

use crate::brief::Brief;
use crate::cli::{Format, RenderArgs};
use crate::render::{self, Renderer};
use crate::store::{self, FileKind};
use anyhow::Result;
use std::io::Write;
use std::path::Path;

/// Run `plan render`.
pub fn run(args: RenderArgs) -> Result<()> {
    let path = store::resolve(&args.plan)?;
    let doc = store::load(&path, FileKind::Plan)?;
    let format = args
        .format
        .unwrap_or_else(|| Format::from_path(args.output.as_deref()));
    let renderer = Renderer::new(render::user_dir(args.templates.as_deref())?.as_deref())?;
    let brief = Brief::new(&doc, &path.display().to_string())?;
    let context = tera::Context::from_serialize(&brief)?;
    let text = renderer.render(format.template("brief"), &context)?;
    emit(&text, args.output.as_deref())
}

/// Write an artefact to `-o FILE` (privately, atomically) or to stdout.
pub fn emit(text: &str, output: Option<&Path>) -> Result<()> {
    match output {
        Some(file) => {
            store::write_private(file, text.as_bytes())?;
            eprintln!("Wrote {}", file.display());
            Ok(())
        }
        None => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`plan render x | head`) is not an error worth reporting.
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => Ok(other?),
            }
        }
    }
}
