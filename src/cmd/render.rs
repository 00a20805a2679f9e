//! `plan render`: the private one-page brief.

use crate::artefacts::brief::Brief;
use crate::artefacts::{self, output::Output};
use crate::cli::RenderArgs;
use crate::error::Result;
use crate::error::ShowPath;
use crate::planfile;

/// Run `plan render`.
pub fn run(args: RenderArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    let (doc, plan) = artefacts::load_typed(&path)?;
    let out = Output::new(&args.artefact, &path, "brief")?;
    let brief = Brief::of(&doc, plan, &path.shown().to_string());
    let context = artefacts::context(&brief)?;
    let written = out.write("brief", &context);
    // The process ends once the brief is written: freeing the plan, the
    // brief and its context piece by piece would only cost time (2% of a
    // render, 5% of a long one); the system takes the memory back at exit.
    std::mem::forget((doc, brief, context));
    written
}
