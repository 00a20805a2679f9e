//! The private brief: what the templates see.
//!
//! Everything is prepared here (labels, dates in words, gaps) so the
//! templates only lay it out. The whole typed plan is passed too, as `plan`,
//! for user templates that want a field the built-in layout leaves out.

use super::wording::{date_in_words, when_in_words};
use crate::error::Result;
use crate::planfile::listing::{self, Earlier};
use crate::planfile::{EditablePlan, Plan};
use crate::questions::catalogue::{self, Kind, Step};
use crate::questions::choices::{Belief, Leaning};
use crate::questions::coach;
use crate::questions::findings::{self, Finding, Severity};
use serde::Serialize;

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
    pub beliefs: Vec<BeliefLine>,
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
    /// What `plan check` would flag before the meeting (errors and
    /// warnings; the notes and what is due afterwards are left out).
    pub findings: Vec<Finding>,
    /// The earlier conversation this one follows up, with what it left open.
    pub follows: Option<Earlier>,
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
pub struct BeliefLine {
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

/// An answer that says something, or nothing.
fn given(s: &Option<String>) -> Option<String> {
    s.as_ref().filter(|s| !s.trim().is_empty()).cloned()
}

impl Brief {
    /// Prepare the brief for a plan stored at `file`.
    pub fn new(doc: &EditablePlan, file: &str) -> Result<Self> {
        let plan = super::typed(doc)?;
        let m = &plan.meeting;
        let with = given(&m.with).unwrap_or_else(|| "(who?)".into());
        let title = given(&m.title).unwrap_or_else(|| format!("Conversation with {with}"));
        let gaps = catalogue::PLANNING
            .iter()
            .filter(|q| doc.applies(q) && !doc.complete(q))
            .count();
        Ok(Brief {
            title,
            with,
            when: m.when.as_ref().map(when_in_words),
            duration: m.duration_minutes.map(|n| format!("{n} minutes")),
            mode: m.mode.map(|v| v.value().replace('-', " ")),
            status: plan.status.as_str().to_string(),
            gaps,
            resume: format!("plan new {file} --resume"),
            reflections: reflections(doc),
            outcomes: outcomes(&plan),
            beliefs: Belief::ALL
                .iter()
                .map(|b| BeliefLine {
                    label: b.label(),
                    held: plan.mindset.beliefs.contains(b),
                    reminder: b.reminder(),
                })
                .collect(),
            leanings: Leaning::ALL
                .iter()
                .filter(|l| plan.mindset.leanings.contains(l))
                .map(|l| Tip {
                    label: l.name(),
                    reminder: l.reminder(),
                })
                .collect(),
            evidence: facts(&plan),
            readiness: Readiness {
                evidence: plan.prepare.evidence.len(),
                space_booked: plan.prepare.space_booked,
                enough_time: plan.prepare.enough_time,
            },
            techniques: coach::TECHNIQUES
                .iter()
                .map(|(label, reminder)| Tip { label, reminder })
                .collect(),
            fallback: plan.summarize.fallback.map(|f| f.label().to_string()),
            contrasts: contrasts(&plan),
            follows: doc.follows().map(|f| {
                listing::earlier(&listing::follows_path(std::path::Path::new(file), f), f)
            }),
            findings: findings::preparation(&plan)
                .into_iter()
                .filter(|f| f.severity >= Severity::Warning)
                .collect(),
            plan,
        })
    }
}

/// The mindset and compassion answers that have no place of their own, labelled.
fn reflections(doc: &EditablePlan) -> Vec<Labelled> {
    catalogue::all()
        .filter(|q| matches!(q.step, Step::Mindset | Step::Confidence))
        .filter(|q| matches!(q.kind, Kind::Text | Kind::LongText))
        // Outcomes and derailers have places of their own in the brief.
        .filter(|q| !q.id.starts_with("mindset.outcome_") && q.id != "mindset.derailers")
        .map(|q| Labelled {
            label: q.prompt.to_string(),
            answer: doc
                .get(q.id)
                .and_then(|i| i.as_str())
                .filter(|s| !s.trim().is_empty())
                .map(String::from),
        })
        .collect()
}

fn outcomes(plan: &Plan) -> Vec<Labelled> {
    let m = &plan.mindset;
    [
        ("For me", &m.outcome_for_me),
        ("For them", &m.outcome_for_them),
        ("For our working relationship", &m.outcome_relationship),
    ]
    .into_iter()
    .map(|(label, answer)| Labelled {
        label: label.into(),
        answer: given(answer),
    })
    .collect()
}

fn facts(plan: &Plan) -> Vec<Fact> {
    plan.prepare
        .evidence
        .iter()
        .map(|e| Fact {
            fact: e.fact.clone(),
            source: e.source.label(),
            date: e.date.as_ref().map(date_in_words),
        })
        .collect()
}

fn contrasts(plan: &Plan) -> Vec<Contrast> {
    plan.safety
        .contrasting
        .iter()
        .map(|c| Contrast {
            dont: sentence("I don't", &c.dont),
            do_: sentence("I do", &c.do_),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let doc = EditablePlan::new_plan();
        let brief = Brief::new(&doc, "p.toml").unwrap();
        assert_eq!(brief.with, "(who?)");
        assert!(brief.gaps > 10);
        assert!(brief.reflections.iter().all(|r| r.answer.is_none()));
        assert!(brief.beliefs.iter().all(|b| !b.held));
        assert!(brief.findings.iter().any(|f| f.rule == "no-fallback"));
    }
}
