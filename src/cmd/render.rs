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
    out.write("brief", &artefacts::context(&brief)?)
}
