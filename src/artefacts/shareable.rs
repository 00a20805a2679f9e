//! What the other person may see: the view the follow-up and the invite are
//! made from.
//!
//! [`Shareable`] holds the meeting, the mutual purpose and the outcome, and
//! nothing else. Every shared artefact is built from it alone, so no
//! template, built-in or user-written, can reach the mindset, the safety
//! tactics, the story or the debrief: they are not in the type. A test
//! checks that every answer it holds comes from a shareable question.

use crate::dates;
use crate::dates::wording::day_in_words;
use crate::planfile::typed::{Meeting, Outcome, Plan};
use chrono::NaiveDate;
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

    /// How the planner addresses them: their answer to "How do you address
    /// them?", else the first word of their name.
    pub fn greeting(&self) -> Option<String> {
        let given = self.meeting.greeting.as_deref().map(str::trim);
        match given.filter(|g| !g.is_empty()) {
            Some(g) => Some(g.to_string()),
            None => self
                .meeting
                .with
                .as_deref()?
                .split_whitespace()
                .next()
                .map(str::to_string),
        }
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

    /// The follow-up's heading and subject line, as of `today`: the
    /// meeting's title with "summary of our conversation" (not saying
    /// "conversation" twice), else the day it was held or planned ("Our
    /// conversation on 3 December"), else "Summary of our conversation".
    pub fn heading(&self, today: NaiveDate) -> String {
        let given = self.meeting.title.as_deref().map(str::trim);
        if let Some(title) = given.filter(|t| !t.is_empty()) {
            return if title.to_lowercase().contains("conversation") {
                format!("{title}: summary")
            } else {
                format!("{title}: summary of our conversation")
            };
        }
        let day = [&self.outcome.held_on, &self.meeting.when]
            .into_iter()
            .find_map(|d| dates::date_of(d.as_ref()?).ok());
        match day {
            Some(day) => format!("Our conversation on {}", day_in_words(day, today)),
            None => "Summary of our conversation".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::catalogue::{self, Privacy};

    #[test]
    fn the_heading_says_conversation_once() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let mut doc = crate::planfile::EditablePlan::new_plan();
        doc.set("meeting.with", toml_edit::value("Marta Silva"));
        let heading = |doc: &crate::planfile::EditablePlan| {
            Shareable::from_plan(doc.typed().unwrap()).heading(today)
        };
        assert_eq!(heading(&doc), "Summary of our conversation");
        let day = |s: &str| toml_edit::value(s.parse::<toml_edit::Datetime>().unwrap());
        doc.set("meeting.when", day("2026-12-03T10:00:00"));
        assert_eq!(heading(&doc), "Our conversation on 3 December");
        doc.set("outcome.held_on", day("2027-01-05"));
        assert_eq!(heading(&doc), "Our conversation on 5 January 2027");
        doc.set("meeting.title", toml_edit::value("Project deadlines"));
        assert_eq!(
            heading(&doc),
            "Project deadlines: summary of our conversation"
        );
        doc.set(
            "meeting.title",
            toml_edit::value("Conversation about the rota"),
        );
        assert_eq!(heading(&doc), "Conversation about the rota: summary");
    }

    /// The catalogue question each field of the shareable view is filled from.
    fn source_question(section: &str, field: &str) -> String {
        match section {
            "mutual_purpose" => "open.mutual_purpose".into(),
            _ => format!("{section}.{field}"),
        }
    }

    /// Every answer the shareable view can hold comes from a question the
    /// catalogue marks shareable: a private one added here fails this test.
    #[test]
    fn every_shareable_field_comes_from_a_shareable_question() {
        let mut doc = crate::planfile::EditablePlan::new_plan();
        for q in catalogue::all() {
            doc.set(q.id, sample(&q.kind));
        }
        let shared = Shareable::from_plan(doc.typed().unwrap());
        let value = toml::Value::try_from(&shared).unwrap();
        let mut seen = 0;
        for (section, item) in value.as_table().unwrap() {
            let fields: Vec<String> = match item.as_table() {
                Some(t) => t.keys().cloned().collect(),
                None => vec![String::new()],
            };
            for field in fields {
                let id = source_question(section, &field);
                let q = catalogue::find(&id)
                    .unwrap_or_else(|| panic!("{section}.{field} has no question"));
                assert_eq!(q.privacy, Privacy::Shareable, "{id} is private");
                seen += 1;
            }
        }
        assert!(seen >= 15, "only {seen} fields were checked");
    }

    fn sample(kind: &catalogue::Kind) -> toml_edit::Item {
        use catalogue::Kind;
        match kind {
            Kind::Choice(opts) => toml_edit::value(opts[0].value),
            Kind::MultiChoice(opts) => crate::questions::answer::list(&[opts[0].value.into()]),
            Kind::List | Kind::Bank(_) => crate::questions::answer::list(&["x".into()]),
            Kind::When | Kind::Date => {
                toml_edit::value("2026-01-02".parse::<toml_edit::Datetime>().unwrap())
            }
            Kind::Minutes => toml_edit::value(30),
            Kind::Seconds => toml_edit::value(90),
            Kind::YesNo => toml_edit::value(false),
            Kind::Records(fields) => {
                let mut t = toml_edit::Table::new();
                for f in *fields {
                    t.insert(f.key, sample(&f.kind));
                }
                crate::questions::answer::records(vec![t])
            }
            Kind::Text | Kind::LongText => toml_edit::value("x"),
        }
    }
}
