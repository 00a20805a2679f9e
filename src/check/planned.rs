//! The planned answer a question starts from: a question whose catalogue
//! `initial` is another answer (what was discussed from the facts, the
//! fallback and its words, the agreed actions from the planned ones) takes
//! that answer, written to the other person when they will read it. The
//! wizard's prompt starts from it; `plan summary --no-input` keeps it.

use super::coach;
use crate::planfile::EditablePlan;
use crate::questions::catalogue::{Coach, Initial, Question};
use toml_edit::{Item, Value};

/// What a question starts from when its answer was planned.
#[derive(Debug, Default)]
pub struct Planned {
    /// The answer, if the plan holds one that says something.
    pub item: Option<Item>,
    /// What was left out or left as written in turning it to the other
    /// person, to show before the prompt or with the result.
    pub notes: Vec<String>,
}

/// The planned answer `q` starts from: the answer its `initial` names, as
/// it is, or for words the other person will read (`Coach::Shared`,
/// `Coach::Request`) written to them. Nothing for a question that starts
/// from no other answer, or when that answer is missing or blank.
pub fn answer(doc: &EditablePlan, q: &Question) -> Planned {
    let Initial::From(source) = q.initial else {
        return Planned::default();
    };
    match doc.get(source) {
        None => Planned::default(),
        Some(Item::Value(Value::String(s))) if s.value().trim().is_empty() => Planned::default(),
        Some(_) if matches!(q.coach, Coach::Shared | Coach::Request) => {
            let Some(offered) = coach::planned_for_them(doc, source) else {
                return Planned::default();
            };
            Planned {
                item: (!offered.text.is_empty()).then(|| toml_edit::value(offered.text)),
                notes: offered.notes,
            }
        }
        Some(item) => Planned {
            item: Some(item.clone()),
            notes: Vec::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::catalogue::find;

    fn planned_for(doc: &EditablePlan, id: &str) -> Planned {
        answer(doc, find(id).unwrap())
    }

    #[test]
    fn a_planned_choice_is_taken_as_it_is() {
        let mut doc = EditablePlan::new_plan();
        assert!(planned_for(&doc, "outcome.fallback").item.is_none());
        doc.set("summarize.fallback", toml_edit::value("expect"));
        let planned = planned_for(&doc, "outcome.fallback");
        assert_eq!(planned.item.unwrap().as_str(), Some("expect"));
        assert!(planned.notes.is_empty());
    }

    #[test]
    fn planned_words_are_written_to_them_and_blank_ones_are_nothing() {
        let mut doc = EditablePlan::new_plan();
        doc.set("meeting.with", toml_edit::value("Sam Lee"));
        doc.set(
            "summarize.expectation",
            toml_edit::value("Sam sends the report by Friday"),
        );
        let planned = planned_for(&doc, "outcome.expectation");
        let item = planned.item.unwrap();
        assert_eq!(item.as_str(), Some("You send the report by Friday"));
        doc.set("summarize.expectation", toml_edit::value("  "));
        let planned = planned_for(&doc, "outcome.expectation");
        assert!(planned.item.is_none() && planned.notes.is_empty());
        // A question that starts from no other answer.
        assert!(planned_for(&doc, "outcome.their_view").item.is_none());
    }
}
