//! The follow-up summary sent to the other person: what its templates see.

use super::shareable::Shareable;
use crate::dates;
use crate::dates::wording::{capitalised, date_in_words, when_in_words};
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
    /// The meeting's title, or "Conversation with …" without one (as the
    /// invite names it).
    pub title: String,
    /// The page's heading and the email's subject: "Project deadlines:
    /// summary of our conversation", or without a title "Our conversation on
    /// 3 December".
    pub heading: String,
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
    /// What, without its owner when the words name them first ("Daniel
    /// hands a review back" by Daniel is "Hands a review back").
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
            heading: shared.heading(dates::today()),
            with: shared.with(),
            greeting: shared.greeting(),
            held_on: o.held_on.as_ref().map(when_in_words),
            when: shared.meeting.when.as_ref().map(when_in_words),
            actions: o
                .actions
                .iter()
                .map(|a| ActionLine {
                    what: without_owner(&a.what, &a.owner),
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

/// What an agreed action says, without the owner the table already names:
/// "Daniel hands a review back" by Daniel is "Hands a review back", "I'll
/// send the notes" by me is "Send the notes". Words that do not start with
/// the owner alone ("Daniel and Sam…", "Daniel's team…") are kept as written.
pub fn without_owner(what: &str, owner: &str) -> String {
    let what = what.trim();
    let owner = owner.trim();
    let lower = owner.to_lowercase();
    let subjects: Vec<&str> = match lower.as_str() {
        "me" | "i" | "myself" => vec!["I"],
        "us" | "we" | "both" | "both of us" | "us both" | "the two of us" => {
            vec!["We", "Both of us", "The two of us"]
        }
        _ => {
            let first = owner.split_whitespace().next().unwrap_or("");
            vec![owner, first]
        }
    };
    subjects
        .into_iter()
        .filter(|s| !s.is_empty())
        .find_map(|s| after_subject(what, s))
        .map_or_else(|| what.to_string(), capitalised)
}

/// What follows `subject` at the start of `what` as its subject (and a
/// "will" or "to" after it), or `None` when it is not the subject alone.
fn after_subject<'a>(what: &'a str, subject: &str) -> Option<&'a str> {
    let head = what.get(..subject.len())?;
    if !head.eq_ignore_ascii_case(subject) {
        return None;
    }
    let rest = &what[subject.len()..];
    let rest = ["'ll ", "\u{2019}ll "]
        .iter()
        .find_map(|c| rest.strip_prefix(c))
        .or_else(|| rest.strip_prefix(' '))?
        .trim_start();
    let first = rest.split_whitespace().next()?.to_lowercase();
    // A subject of two ("Daniel and Sam"), or a clause about the subject.
    if [
        "and", "or", "&", "nor", "with", "plus", "is", "was", "has", "had",
    ]
    .contains(&first.as_str())
        || first.starts_with([',', '(', '-'])
    {
        return None;
    }
    let rest = [
        "will ",
        "shall ",
        "to ",
        "is going to ",
        "am going to ",
        "are going to ",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    .unwrap_or(rest)
    .trim_start();
    (!rest.is_empty()).then_some(rest)
}

/// The follow-up's template context, built from the plan's shareable part alone.
pub fn followup_context(doc: &EditablePlan) -> Result<tera::Context> {
    let shared = Shareable::from_plan(doc.plan()?);
    super::context(&FollowUp::new(shared))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_does_not_name_its_owner_twice() {
        let cases = [
            (
                "Daniel hands a review back within two days",
                "Daniel",
                "Hands a review back within two days",
            ),
            (
                "Daniel will send the dates",
                "Daniel Okoro",
                "Send the dates",
            ),
            (
                "Daniel Okoro to send the dates",
                "Daniel Okoro",
                "Send the dates",
            ),
            (
                "I agree the order with the lead",
                "Me",
                "Agree the order with the lead",
            ),
            ("I'll book the room", "me", "Book the room"),
            (
                "We review the plan every Monday",
                "Both of us",
                "Review the plan every Monday",
            ),
            ("Flag any date at risk", "Jordan", "Flag any date at risk"),
            (
                "Daniel and Sam share the rota",
                "Daniel",
                "Daniel and Sam share the rota",
            ),
            (
                "Daniel's team owns the build",
                "Daniel",
                "Daniel's team owns the build",
            ),
            (
                "Danielle sends the notes",
                "Daniel",
                "Danielle sends the notes",
            ),
            ("Daniel", "Daniel", "Daniel"),
            ("Interview with HR", "I", "Interview with HR"),
        ];
        for (what, owner, expected) in cases {
            assert_eq!(without_owner(what, owner), expected, "{what} by {owner}");
        }
    }
}
