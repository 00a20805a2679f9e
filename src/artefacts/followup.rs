//! The follow-up summary sent to the other person: what its templates see.

use super::shareable::Shareable;
use super::wording::{date_in_words, when_in_words};
use crate::error::Result;
use crate::planfile::EditablePlan;
use crate::questions::choices::Fallback;
use serde::Serialize;

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
    /// How they are addressed ("Dana"): `meeting.greeting`, else the first
    /// word of their name; `None` when neither is known.
    pub greeting: Option<String>,
    /// The day it was held, in words.
    pub held_on: Option<String>,
    /// The planned time, in words.
    pub when: Option<String>,
    /// The agreed actions with due dates in words.
    pub actions: Vec<ActionLine>,
    /// The fallback taken without agreement, when there are words to say about it.
    pub fallback: Option<Fallback>,
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
            greeting: shared.greeting(),
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
            fallback: o.fallback.filter(|_| o.agreed == Some(false)).filter(|f| {
                let said = |t: &Option<String>| t.as_deref().is_some_and(|t| !t.trim().is_empty());
                match f {
                    Fallback::Expect => said(&o.expectation) || said(&o.consequence),
                    Fallback::Escalate => said(&o.escalation_why) || said(&o.escalation_next),
                }
            }),
            next_check_in: o.next_check_in.as_ref().map(when_in_words),
            shared,
        }
    }
}

/// The follow-up's template context, built from the plan's shareable part alone.
pub fn followup_context(doc: &EditablePlan) -> Result<tera::Context> {
    let shared = Shareable::from_plan(super::typed(doc)?);
    super::context(&FollowUp::new(shared))
}
