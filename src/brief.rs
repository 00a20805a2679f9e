//! The private brief: what the templates see.
//!
//! Everything is prepared here (labels, dates in words, gaps) so the
//! templates only lay it out. The whole typed plan is passed too, as `plan`,
//! for user templates that want a field the built-in layout leaves out.

use crate::catalogue::{self, BELIEFS, FALLBACKS, Kind, LEANINGS, MODES, Opt, SOURCES, Step};
use crate::coach;
use crate::model::Plan;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use toml::value::Datetime;

/// The context of `brief.md` and `brief.html`.
#[derive(Debug, Serialize)]
pub struct Brief {
    /// The typed plan, every field.
    pub plan: Plan,
    /// A title for the page.
    pub title: String,
    /// The other person, or a stand-in while unanswered.
    pub with: String,
    /// When, in words.
    pub when: Option<String>,
    /// Length booked, in words.
    pub duration: Option<String>,
    /// In person or virtual, in words.
    pub mode: Option<String>,
    /// The plan's status.
    pub status: String,
    /// Whether some answers are still missing.
    pub gaps: usize,
    /// The command that fills the gaps.
    pub resume: String,
    /// The mindset and compassion answers, labelled.
    pub reflections: Vec<Labelled>,
    /// The three outcomes, labelled.
    pub outcomes: Vec<Labelled>,
    /// The four beliefs, held or not.
    pub beliefs: Vec<Belief>,
    /// The 'what if' behaviours leaned towards, with reminders.
    pub leanings: Vec<Tip>,
    /// The facts, with sources and dates in words.
    pub evidence: Vec<Fact>,
    /// Evidence, space, time.
    pub readiness: Readiness,
    /// The five techniques to make it safe.
    pub techniques: Vec<Tip>,
    /// The fallback chosen, in words.
    pub fallback: Option<String>,
    /// The don't/do lines as full sentences.
    pub contrasts: Vec<Contrast>,
}

/// A don't/do pair as two sentences ready to say.
#[derive(Debug, Serialize)]
pub struct Contrast {
    /// "I don't …".
    pub dont: String,
    /// "I do …".
    #[serde(rename = "do")]
    pub do_: String,
}

/// Complete a half sentence with its opening ("I don't" + "doubt you"),
/// unless it is already a sentence of its own ("I'm not keeping score").
fn sentence(opening: &str, rest: &str) -> String {
    let rest = rest.trim();
    let lower = rest.to_lowercase();
    if lower.starts_with("i ") || lower.starts_with("i'") || lower.starts_with("i’") {
        rest.to_string()
    } else {
        format!("{opening} {rest}")
    }
}

/// A question's label and its answer (absent when unanswered).
#[derive(Debug, Serialize)]
pub struct Labelled {
    /// The label.
    pub label: String,
    /// The answer, as written.
    pub answer: Option<String>,
}

/// A confidence belief.
#[derive(Debug, Serialize)]
pub struct Belief {
    /// The belief.
    pub label: &'static str,
    /// Whether the planner holds it.
    pub held: bool,
    /// What to do if not.
    pub reminder: &'static str,
}

/// A named reminder.
#[derive(Debug, Serialize)]
pub struct Tip {
    /// The name.
    pub label: &'static str,
    /// The reminder.
    pub reminder: &'static str,
}

/// One fact, ready to say.
#[derive(Debug, Serialize)]
pub struct Fact {
    /// What happened.
    pub fact: String,
    /// Seen, heard or written.
    pub source: &'static str,
    /// When, in words.
    pub date: Option<String>,
}

/// Whether the practical preparation is done.
#[derive(Debug, Serialize)]
pub struct Readiness {
    /// How many facts are ready.
    pub evidence: usize,
    /// A safe space is booked (absent: not answered).
    pub space_booked: Option<bool>,
    /// Enough time is booked (absent: not answered).
    pub enough_time: Option<bool>,
}

fn label(opts: &[Opt], value: &str) -> Option<&'static str> {
    opts.iter().find(|o| o.value == value).map(|o| o.label)
}

/// A TOML date or date-time in words: "Saturday 28 November 2026, 10:00".
pub fn when_in_words(d: &Datetime) -> String {
    let Some(date) = d.date else {
        return d.to_string();
    };
    let Some(day) = NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
    else {
        return d.to_string();
    };
    match d.time {
        Some(t) => {
            let dt = NaiveDateTime::new(
                day,
                chrono::NaiveTime::from_hms_opt(t.hour.into(), t.minute.into(), 0)
                    .unwrap_or_default(),
            );
            dt.format("%A %-d %B %Y, %H:%M").to_string()
        }
        None => day.format("%A %-d %B %Y").to_string(),
    }
}

/// A TOML date in short words: "7 Nov 2026".
pub fn date_in_words(d: &Datetime) -> String {
    d.date
        .and_then(|x| NaiveDate::from_ymd_opt(x.year.into(), x.month.into(), x.day.into()))
        .map_or_else(|| d.to_string(), |day| day.format("%-d %b %Y").to_string())
}

/// An answer that says something, or nothing.
fn given(s: &Option<String>) -> Option<String> {
    s.as_ref().filter(|s| !s.trim().is_empty()).cloned()
}

impl Brief {
    /// Prepare the brief for `plan`, stored at `file`.
    pub fn new(doc: &crate::doc::PlanDoc, file: &str) -> anyhow::Result<Self> {
        let plan = doc.without_blanks().plan()?;
        let m = &plan.meeting;
        let with = given(&m.with).unwrap_or_else(|| "(who?)".into());
        let title = given(&m.title).unwrap_or_else(|| format!("Conversation with {with}"));
        let text_answer = |id: &str| -> Option<String> {
            doc.get(id)
                .and_then(|i| i.as_str())
                .filter(|s| !s.trim().is_empty())
                .map(String::from)
        };
        let reflections = catalogue::all()
            .filter(|q| matches!(q.step, Step::Mindset | Step::Confidence))
            .filter(|q| matches!(q.kind, Kind::Text | Kind::LongText))
            // Outcomes and derailers have places of their own in the brief.
            .filter(|q| !q.id.starts_with("mindset.outcome_") && q.id != "mindset.derailers")
            .map(|q| Labelled {
                label: q.prompt.to_string(),
                answer: text_answer(q.id),
            })
            .collect();
        let outcomes = [
            ("For me", &plan.mindset.outcome_for_me),
            ("For them", &plan.mindset.outcome_for_them),
            (
                "For our working relationship",
                &plan.mindset.outcome_relationship,
            ),
        ]
        .into_iter()
        .map(|(label, answer)| Labelled {
            label: label.into(),
            answer: given(answer),
        })
        .collect();
        let beliefs = BELIEFS
            .iter()
            .map(|b| Belief {
                label: b.label,
                held: plan.mindset.beliefs.iter().any(|v| v == b.value),
                reminder: coach::belief_reminder(b.value),
            })
            .collect();
        let leanings = LEANINGS
            .iter()
            .filter(|l| plan.mindset.leanings.iter().any(|v| v == l.value))
            .map(|l| Tip {
                label: l.label.split(':').next().unwrap_or(l.label),
                reminder: coach::leaning_reminder(l.value),
            })
            .collect();
        let evidence = plan
            .prepare
            .evidence
            .iter()
            .map(|e| Fact {
                fact: e.fact.clone(),
                source: label(SOURCES, &e.source).unwrap_or("Unknown"),
                date: e.date.as_ref().map(date_in_words),
            })
            .collect();
        let gaps = catalogue::PLANNING
            .iter()
            .filter(|q| doc.applies(q) && !crate::wizard::complete(doc, q))
            .count();
        Ok(Brief {
            title,
            with,
            when: m.when.as_ref().map(when_in_words),
            duration: m.duration_minutes.map(|n| format!("{n} minutes")),
            mode: m
                .mode
                .as_deref()
                .filter(|v| label(MODES, v).is_some())
                .map(|v| v.replace('-', " ")),
            status: plan.status.as_str().to_string(),
            gaps,
            resume: format!("plan new {file} --resume"),
            reflections,
            outcomes,
            beliefs,
            leanings,
            evidence,
            readiness: Readiness {
                evidence: plan.prepare.evidence.len(),
                space_booked: plan.prepare.space_booked,
                enough_time: plan.prepare.enough_time,
            },
            techniques: coach::TECHNIQUES
                .iter()
                .map(|(label, reminder)| Tip { label, reminder })
                .collect(),
            fallback: plan
                .summarize
                .fallback
                .as_deref()
                .and_then(|v| label(FALLBACKS, v))
                .map(String::from),
            contrasts: plan
                .safety
                .contrasting
                .iter()
                .map(|c| Contrast {
                    dont: sentence("I don't", &c.dont),
                    do_: sentence("I do", &c.do_),
                })
                .collect(),
            plan,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        let d: Datetime = "2026-11-28T10:00:00".parse().unwrap();
        assert_eq!(when_in_words(&d), "Saturday 28 November 2026, 10:00");
        let d: Datetime = "2026-11-07".parse().unwrap();
        assert_eq!(when_in_words(&d), "Saturday 7 November 2026");
        assert_eq!(date_in_words(&d), "7 Nov 2026");
    }

    #[test]
    fn contrasts_read_as_sentences() {
        assert_eq!(
            sentence("I don't", "doubt your work"),
            "I don't doubt your work"
        );
        assert_eq!(
            sentence("I do", " I'm asking for dates"),
            "I'm asking for dates"
        );
        assert_eq!(sentence("I do", "I do mean it"), "I do mean it");
    }

    #[test]
    fn an_empty_plan_is_all_gaps() {
        let doc = crate::doc::PlanDoc::new_plan();
        let brief = Brief::new(&doc, "p.toml").unwrap();
        assert_eq!(brief.with, "(who?)");
        assert!(brief.gaps > 10);
        assert!(brief.reflections.iter().all(|r| r.answer.is_none()));
        assert!(brief.beliefs.iter().all(|b| !b.held));
    }
}
