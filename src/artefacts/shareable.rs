//! What the other person may see: the view the follow-up and the invite are
//! made from.
//!
//! [`Shareable`] holds the meeting, the mutual purpose and the outcome, and
//! nothing else. Every shared artefact is built from it alone, so no
//! template, built-in or user-written, can reach the mindset, the safety
//! tactics, the story or the debrief: they are not in the type. A test
//! checks that every answer it holds comes from a shareable question.

use crate::planfile::typed::{Meeting, Outcome, Plan};
use serde::Serialize;

/// The shareable part of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct Shareable {
    /// Who, what, when, where.
    pub meeting: Meeting,
    /// The purpose both share.
    pub mutual_purpose: Option<String>,
    /// What happened and was agreed.
    pub outcome: Outcome,
}

impl Shareable {
    /// Keep the shareable parts of a plan and drop the rest.
    pub fn from_plan(plan: Plan) -> Self {
        let Plan {
            meeting,
            open,
            outcome,
            ..
        } = plan;
        Shareable {
            meeting,
            mutual_purpose: open.mutual_purpose,
            outcome,
        }
    }

    /// The person the conversation was with.
    pub fn with(&self) -> String {
        self.meeting
            .with
            .clone()
            .filter(|w| !w.trim().is_empty())
            .unwrap_or_else(|| "you".into())
    }

    /// A title fit for a calendar or a subject line.
    pub fn title(&self) -> String {
        match self
            .meeting
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
        {
            Some(t) => t.to_string(),
            None => format!("Conversation with {}", self.with()),
        }
    }
}
