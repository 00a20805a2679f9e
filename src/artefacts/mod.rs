//! The artefacts: the template engine, the built-in example plans, Markdown
//! cleaning, the private brief, the shareable view with the follow-up and the
//! invite made from it, dates in words, listings and reports of many plans,
//! and writing the result.

pub mod brief;
pub mod engine;
pub mod examples;
pub mod followup;
pub mod invite;
pub mod listing;
pub mod markdown;
pub mod output;
pub mod report;
pub mod shareable;
pub mod wording;

use crate::error::{Error, Result};
use crate::planfile::{EditablePlan, FileKind, Plan};
use std::path::Path;

/// The typed plan an artefact is made from, with answers left empty removed.
pub fn typed(doc: &EditablePlan) -> Result<Plan> {
    doc.without_blanks()
        .into_typed()
        .map_err(|e| Error::plain(format!("cannot read the plan: {}", e.message())))
}

/// Load a plan's [`typed`] view only: read out of the document, with no
/// copy of it made to validate the file, unless an answer is left empty.
pub fn load_view(path: &Path) -> Result<Plan> {
    use crate::planfile::load;
    let text = load::read_text(path)?;
    let doc = load::parse_document(path, &text, FileKind::Plan)?;
    if doc.has_blanks() {
        load::checked_view(path, &text, doc.typed())?;
        typed(&doc)
    } else {
        load::checked_view(path, &text, doc.into_typed())
    }
}

/// Load a plan and its [`typed`] view, built once: loading builds the view
/// of the file as it is to validate it, which is the same unless an answer
/// is left empty.
pub fn load_typed(path: &Path) -> Result<(EditablePlan, Plan)> {
    let (doc, checked) = crate::planfile::load::load_checked(path, FileKind::Plan)?;
    let plan = if doc.has_blanks() {
        typed(&doc)?
    } else {
        checked
    };
    Ok((doc, plan))
}

/// A template context from any serializable view.
pub fn context(view: &impl serde::Serialize) -> Result<tera::Context> {
    tera::Context::from_serialize(view)
        .map_err(|e| Error::plain(format!("cannot prepare the template data: {e}")))
}
