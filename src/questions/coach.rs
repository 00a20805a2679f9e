//! Coaching rules: gentle notes on what tends to go wrong.
//!
//! The wizard shows them as the user types, and `plan new --no-input` prints
//! them for answers given by flag or file. Which answers are coached is the
//! catalogue's `coached` mark. Each rule is a plain function of the text.

use super::catalogue::{self, Question};
use crate::planfile::EditablePlan;

/// Words that open a closed (yes/no) question.
const CLOSED_OPENERS: &[&str] = &[
    "am",
    "are",
    "aren't",
    "can",
    "can't",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "don't",
    "had",
    "has",
    "hasn't",
    "have",
    "haven't",
    "is",
    "isn't",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "shouldn't",
    "was",
    "wasn't",
    "were",
    "weren't",
    "will",
    "won't",
    "would",
    "wouldn't",
];

/// Filler that may come before the real first word of a question.
const LEAD_INS: &[&str] = &["and", "but", "so", "ok", "okay", "well", "then", "now"];

/// What is wrong with a question, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionIssue {
    /// Starts with "why": tends to sound like an accusation.
    Why,
    /// Can be answered yes or no: closes the conversation.
    Closed,
}

impl QuestionIssue {
    /// A gentle note to show the user.
    pub fn note(self) -> &'static str {
        match self {
            QuestionIssue::Why => {
                "\"Why\" often lands as an accusation and invites a defence. A \"what\" or \"how\" question (\"What got in the way?\") opens things up."
            }
            QuestionIssue::Closed => {
                "This can be answered with a yes or a no, which ends the thread. A \"what\" or \"how\" question (\"How do you see it?\") invites their story."
            }
        }
    }
}

/// Check one Explore question for the two habits the method warns about.
pub fn question_issue(question: &str) -> Option<QuestionIssue> {
    let lower = question.to_lowercase().replace('’', "'");
    let mut words = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .skip_while(|w| LEAD_INS.contains(w));
    let first = words.next()?;
    if first == "why" {
        Some(QuestionIssue::Why)
    } else if CLOSED_OPENERS.contains(&first) {
        Some(QuestionIssue::Closed)
    } else {
        None
    }
}

/// The `(key, note)` of every coached answer in a plan that a rule flags,
/// keyed like load errors (`explore.questions[2]`).
pub fn notes(doc: &EditablePlan) -> Vec<(String, &'static str)> {
    let coached = catalogue::all().filter(|q: &&Question| q.coached);
    let mut out = Vec::new();
    for q in coached {
        let Some(array) = doc.get(q.id).and_then(|i| i.as_array()) else {
            continue;
        };
        for (i, v) in array.iter().enumerate() {
            if let Some(issue) = v.as_str().and_then(question_issue) {
                out.push((format!("{}[{}]", q.id, i + 1), issue.note()));
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
        assert_eq!(
            question_issue("Why did you miss it?"),
            Some(QuestionIssue::Why)
        );
        assert_eq!(question_issue("  so, WHY?"), Some(QuestionIssue::Why));
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
            assert_eq!(question_issue(q), Some(QuestionIssue::Closed), "{q}");
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
