//! The artefacts: the template engine, the built-in example plans, Markdown
//! cleaning, the private brief, the cue card, the shareable view with the
//! follow-up and the invite made from it, dates in words, listings and
//! reports of many plans, and writing the result.

pub mod brief;
pub mod card;
pub mod engine;
pub mod examples;
pub mod followup;
pub mod invite;
pub mod listing;
pub mod markdown;
pub mod output;
pub mod rehearsal;
pub mod report;
pub mod shareable;

use crate::error::{Error, Result};

/// A template context from any serializable view.
pub fn context(view: &impl serde::Serialize) -> Result<tera::Context> {
    tera::Context::from_serialize(view)
        .map_err(|e| Error::plain(format!("cannot prepare the template data: {e}")))
}
