//! `plan render`: the private one-page brief.

use crate::artefacts::brief::Brief;
use crate::artefacts::{
    self,
    output::{Artefact, Output},
};
use crate::cli::RenderArgs;
use crate::error::Result;
use crate::error::ShowPath;
use crate::planfile::{self, FileKind};

/// Run `plan render`.
pub fn run(args: RenderArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    let doc = planfile::load(&path, FileKind::Plan)?;
    let out = Output::new(&args.artefact.options(), &path, Artefact::Brief)?;
    let brief = Brief::new(&doc, &path.shown().to_string())?;
    out.write(Artefact::Brief, &artefacts::context(&brief)?)
}
