//! `plan render`: the private one-page brief, or the card for the room.

use crate::artefacts::brief::Brief;
use crate::artefacts::card::Card;
use crate::artefacts::{
    self,
    output::{Artefact, Format, Output},
};
use crate::cli::RenderArgs;
use crate::error::ShowPath;
use crate::error::{Error, Result};
use crate::planfile::{self, FileKind};

/// Run `plan render`.
pub fn run(args: RenderArgs) -> Result<()> {
    if args.paper.is_some() && !args.card {
        return Err(Error::usage(
            "--paper is the card's paper size, and this is the brief",
            "add --card to render the card, or leave out --paper (the brief prints on A4)",
        ));
    }
    let artefact = if args.card {
        Artefact::Card
    } else {
        Artefact::Brief
    };
    let path = planfile::resolve(&args.plan)?;
    let (doc, plan) = planfile::load::load_checked(&path, FileKind::Plan)?;
    let out = Output::new(&args.artefact.options(), &path, artefact)?;
    if args.paper.is_some() && out.format != Format::Html {
        let written = match out.format {
            Format::Text => "plain text",
            _ => "Markdown",
        };
        return Err(Error::usage(
            format!("--paper sizes the HTML card, and this card is {written}"),
            "add --format html (or -o card.html), or leave out --paper",
        ));
    }
    let context = match artefact {
        Artefact::Card => artefacts::context(&Card::new(plan, args.paper.unwrap_or_default()))?,
        _ => artefacts::context(&Brief::of(&doc, plan, &path.shown().to_string()))?,
    };
    let written = out.write(artefact, &context);
    // The process ends once the artefact is written: freeing the plan and
    // the context piece by piece would only cost time (2% of a render, 5%
    // of a long one); the system takes the memory back at exit.
    std::mem::forget((doc, context));
    written
}
