//! What the other person may see: the follow-up summary and the invite.
//!
//! [`Shareable`] holds the meeting, the mutual purpose and the outcome, and
//! nothing else. Every shared artefact is built from it alone, so no
//! template, built-in or user-written, can reach the mindset, the safety
//! tactics, the story or the debrief: they are not in the type.

use crate::brief::{date_in_words, when_in_words};
use crate::catalogue::FALLBACKS;
use crate::model::{Meeting, Outcome, Plan};
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

/// The context of `followup.md` and `followup.html`.
#[derive(Debug, Serialize)]
pub struct FollowUp {
    /// The shareable plan, every field.
    #[serde(flatten)]
    pub shared: Shareable,
    /// A subject line.
    pub title: String,
    /// The other person.
    pub with: String,
    /// The day it was held, in words.
    pub held_on: Option<String>,
    /// The planned time, in words.
    pub when: Option<String>,
    /// The agreed actions with due dates in words.
    pub actions: Vec<ActionLine>,
    /// The fallback taken without agreement, in words.
    pub fallback: Option<&'static str>,
    /// The next check-in, in words.
    pub next_check_in: Option<String>,
}

/// One row of the actions table.
#[derive(Debug, Serialize)]
pub struct ActionLine {
    /// What.
    pub what: String,
    /// Who.
    pub owner: String,
    /// By when, in words.
    pub due: Option<String>,
}

impl FollowUp {
    /// Prepare the follow-up from the shareable part of a plan only.
    pub fn new(shared: Shareable) -> Self {
        let o = &shared.outcome;
        FollowUp {
            title: shared.title(),
            with: shared.with(),
            held_on: o.held_on.as_ref().map(when_in_words),
            when: shared.meeting.when.as_ref().map(when_in_words),
            actions: o
                .actions
                .iter()
                .map(|a| ActionLine {
                    what: a.what.clone(),
                    owner: a.owner.clone(),
                    due: a.due.as_ref().map(date_in_words),
                })
                .collect(),
            fallback: o
                .fallback
                .as_deref()
                .filter(|_| o.agreed == Some(false))
                .and_then(|v| FALLBACKS.iter().find(|f| f.value == v))
                .map(|f| f.value),
            next_check_in: o.next_check_in.as_ref().map(when_in_words),
            shared,
        }
    }
}
