//! Coaching rules: gentle notes on what tends to go wrong.
//!
//! The wizard shows them as the user types, and `plan new --no-input` prints
//! them for answers given by flag or file. Which answers are coached is the
//! catalogue's `coached` mark. Each rule is a plain function of the text.

use super::catalogue::{self, Question};
use crate::planfile::EditablePlan;

pub use super::lint::{QuestionFlag, QuestionRule};

/// The first thing the rules of [`super::lint`] flag in a question (a "why"
/// before a yes/no), with a rewrite when a pattern fits. `plan check`, the
/// wizard and `plan new --no-input` all use these rules.
pub fn question_issue(question: &str) -> Option<QuestionFlag> {
    super::lint::question_flags(question).into_iter().next()
}

/// The `(key, note)` of every coached answer in a plan that a rule flags,
/// keyed like load errors (`explore.questions[2]`).
pub fn notes(doc: &EditablePlan) -> Vec<(String, String)> {
    let coached = catalogue::all().filter(|q: &&Question| q.coached);
    let mut out = Vec::new();
    for q in coached {
        let Some(array) = doc.get(q.id).and_then(|i| i.as_array()) else {
            continue;
        };
        for (i, v) in array.iter().enumerate() {
            for flag in v
                .as_str()
                .map(super::lint::question_flags)
                .unwrap_or_default()
            {
                let note = match flag.rewrite {
                    Some(r) => format!("{} Perhaps: \"{r}\"", flag.rule.note()),
                    None => flag.rule.note().to_string(),
                };
                out.push((format!("{}[{}]", q.id, i + 1), note));
            }
        }
    }
    out
}

/// The five ways to make it safe to talk again: (name, a one-line reminder).
pub const TECHNIQUES: &[(&str, &str)] = &[
    (
        "Contrast",
        "Say what you don't mean, then what you do mean.",
    ),
    (
        "Stay curious",
        "Wonder what is behind their reaction before you respond to it.",
    ),
    (
        "Step in, step out",
        "Say your piece, then stop and listen; listening is not agreeing.",
    ),
    (
        "Say what you see",
        "Name what is happening in the room, then go back to exploring.",
    ),
    (
        "Apologise",
        "If you got something wrong, say sorry and mean it; don't back down on the point.",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_name_the_entry() {
        let mut doc = EditablePlan::new_plan();
        doc.set(
            "explore.questions",
            crate::questions::answer::list(&["What happened?".into(), "Why?".into()]),
        );
        let notes = notes(&doc);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].0, "explore.questions[2]");
    }

    #[test]
    fn why_questions() {
        let flag = question_issue("Why did you miss it?").unwrap();
        assert_eq!(flag.rule, QuestionRule::Why);
        assert_eq!(flag.rewrite.as_deref(), Some("What got in the way of it?"));
        assert_eq!(
            question_issue("  so, WHY?").unwrap().rule,
            QuestionRule::Why
        );
    }

    #[test]
    fn closed_questions() {
        for q in [
            "Did you know the deadline?",
            "Is everything OK?",
            "Can you do better?",
            "Would you agree?",
            "Don't you think so?",
            "don’t you see it?",
            "But are you happy here?",
        ] {
            assert_eq!(question_issue(q).unwrap().rule, QuestionRule::Closed, "{q}");
        }
    }

    #[test]
    fn open_questions_pass() {
        for q in [
            "What happened on the 3rd?",
            "How do you see the last month?",
            "Tell me more about the handover.",
            "Who else was involved?",
            "Doing okay is not a question opener",
            "",
        ] {
            assert_eq!(question_issue(q), None, "{q}");
        }
    }
}
