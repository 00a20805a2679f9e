//! The private brief: what the templates see.
//!
//! Everything is prepared here (labels, dates in words, gaps) so the
//! templates only lay it out. The whole typed plan is passed too, as `plan`,
//! for user templates that want a field the built-in layout leaves out.

use super::wording::{date_in_words, when_in_words};
use crate::error::Result;
use crate::planfile::listing::{self, Earlier};
use crate::planfile::{EditablePlan, Plan};
use crate::questions::catalogue::Coach;
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
    /// How many questions in scope are still open (in quick mode, only
    /// the quick questions are in scope).
    pub gaps: usize,
    /// Made in quick mode (`quick = true`).
    pub quick: bool,
    /// How many questions quick mode skipped that are still unanswered.
    pub skipped: usize,
    /// What an unanswered question outside quick mode is called: "not
    /// answered yet", or "skipped in quick mode" in a quick plan.
    pub skip: &'static str,
    /// The same, as a sentence ("Not answered yet.").
    pub skip_sentence: &'static str,
    /// The command that reaches skipped questions.
    pub edit: String,
    /// Not enough time is booked and the meeting was kept as it is.
    pub short_of_time: bool,
    /// The Explore questions, each with the coaching note it was kept despite.
    pub questions: Vec<Asked>,
    /// The command that fills the gaps.
    pub resume: String,
    /// The mindset and compassion answers, labelled.
    pub reflections: Vec<Labelled>,
    /// The three outcomes, labelled.
    pub outcomes: Vec<Labelled>,
    /// The four beliefs, held or not.
    pub beliefs: Vec<BeliefLine>,
    /// Quick mode skipped the beliefs: none is marked as not held.
    pub beliefs_skipped: bool,
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
    /// The booked minutes split across the steps (empty without a length).
    pub agenda: Vec<AgendaStep>,
    /// The private look back, once written (what went well, what to change).
    pub look_back: Vec<Labelled>,
    /// What `plan check` would flag before the meeting (errors and
    /// warnings; the notes and what is due afterwards are left out).
    pub findings: Vec<Finding>,
    /// The earlier conversation this one follows up, with what it left open.
    pub follows: Option<Earlier>,
}

/// How the booked time is shared across the conversation, in percent: the
/// one place the split lives.
pub const AGENDA_SPLIT: &[(&str, u32)] = &[
    ("Open", 10),
    ("Explore", 50),
    ("Summarize", 30),
    ("Wrap up", 10),
];

/// One step of the timed agenda.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct AgendaStep {
    /// The step's name.
    pub step: &'static str,
    /// When it starts ("14:05"), when the meeting has a start time.
    pub start: Option<String>,
    /// How long it has.
    pub minutes: i64,
}

/// Split `total` minutes by [`AGENDA_SPLIT`], each step starting at the
/// rounded share of the time before it (so the minutes add up), with clock
/// times from `start` when it is known.
pub fn agenda(total: i64, start: Option<chrono::NaiveTime>) -> Vec<AgendaStep> {
    let mut before = 0u32;
    let at = |percent: u32| (total * i64::from(percent) + 50) / 100;
    AGENDA_SPLIT
        .iter()
        .map(|(step, share)| {
            let (from, to) = (at(before), at(before + share));
            before += share;
            AgendaStep {
                step,
                start: start.map(|t| {
                    (t + chrono::Duration::minutes(from))
                        .format("%H:%M")
                        .to_string()
                }),
                minutes: to - from,
            }
        })
        .collect()
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
    /// What to say while it is unanswered ("not answered yet", or
    /// "skipped in quick mode").
    pub missing: &'static str,
}

/// An Explore question as written, and the coaching rule's note on it if
/// it flags one: the user kept it as written after that note.
#[derive(Debug, Serialize)]
pub struct Asked {
    /// The question.
    pub text: String,
    /// Why the coaching flagged it, in a few words.
    pub note: Option<&'static str>,
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
    /// Why the coaching flagged it, in a few words: the user kept it as written.
    pub note: Option<&'static str>,
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
        let quick = doc.quick();
        let (gaps, skipped) = (unanswered(doc, true), unanswered(doc, false));
        let skip = skipped_or_open(quick, false);
        Ok(Brief {
            title,
            with,
            when: m.when.as_ref().map(when_in_words),
            duration: m.duration_minutes.map(|n| format!("{n} minutes")),
            mode: m.mode.map(|v| v.value().replace('-', " ")),
            status: plan.status.as_str().to_string(),
            gaps,
            quick,
            skipped,
            skip,
            skip_sentence: if quick {
                "Skipped in quick mode."
            } else {
                "Not answered yet."
            },
            edit: format!("plan edit {file}"),
            beliefs_skipped: quick && !doc.answered("mindset.beliefs"),
            short_of_time: plan.prepare.enough_time == Some(false),
            questions: asked(&plan),
            resume: format!("plan new {file} --resume"),
            reflections: reflections(doc, skip),
            outcomes: outcomes(&plan, quick),
            beliefs: beliefs(&plan),
            leanings: leanings(&plan),
            evidence: facts(&plan),
            readiness: Readiness {
                evidence: plan.prepare.evidence.len(),
                space_booked: plan.prepare.space_booked,
                enough_time: plan.prepare.enough_time,
            },
            techniques: techniques(),
            fallback: plan.summarize.fallback.map(|f| f.label().to_string()),
            contrasts: contrasts(&plan),
            agenda: meeting_agenda(&plan),
            look_back: look_back(&plan, skip),
            follows: doc.follows().map(|f| {
                listing::earlier(&listing::follows_path(std::path::Path::new(file), f), f)
            }),
            findings: worth_fixing(&plan),
            plan,
        })
    }
}

/// How many questions that apply are still open: those in scope (all of
/// them, or a quick plan's quick ones), or those out of it (skipped).
fn unanswered(doc: &EditablePlan, in_scope: bool) -> usize {
    let quick = doc.quick();
    catalogue::PLANNING
        .iter()
        .filter(|q| doc.applies(q) && !doc.complete(q))
        .filter(|q| (!quick || q.quick) == in_scope)
        .count()
}

/// The Explore questions, each with the coaching's note if it flags one.
fn asked(plan: &Plan) -> Vec<Asked> {
    plan.explore
        .questions
        .iter()
        .map(|q| Asked {
            text: q.clone(),
            note: kept_despite(Coach::Question, q),
        })
        .collect()
}

/// Every confidence belief, held or not.
fn beliefs(plan: &Plan) -> Vec<BeliefLine> {
    Belief::ALL
        .iter()
        .map(|b| BeliefLine {
            label: b.label(),
            held: plan.mindset.beliefs.contains(b),
            reminder: b.reminder(),
        })
        .collect()
}

/// The leanings the planner knows they have, with what to do about each.
fn leanings(plan: &Plan) -> Vec<Tip> {
    Leaning::ALL
        .iter()
        .filter(|l| plan.mindset.leanings.contains(l))
        .map(|l| Tip {
            label: l.name(),
            reminder: l.reminder(),
        })
        .collect()
}

fn techniques() -> Vec<Tip> {
    coach::TECHNIQUES
        .iter()
        .map(|(label, reminder)| Tip { label, reminder })
        .collect()
}

/// The agenda for the time booked, timed from the start when it is known.
fn meeting_agenda(plan: &Plan) -> Vec<AgendaStep> {
    let m = &plan.meeting;
    match (m.duration_minutes, &m.when) {
        (Some(n), when) if n > 0 => agenda(
            n,
            when.as_ref()
                .and_then(|w| crate::planfile::dates::time_of(w).ok().flatten()),
        ),
        _ => Vec::new(),
    }
}

/// The debrief's answers, those given.
fn look_back(plan: &Plan, skip: &'static str) -> Vec<Labelled> {
    [
        ("What went well", &plan.debrief.went_well),
        ("What to do differently", &plan.debrief.differently),
    ]
    .into_iter()
    .filter_map(|(label, answer)| {
        given(answer).map(|a| Labelled {
            label: label.into(),
            answer: Some(a),
            missing: skip,
        })
    })
    .collect()
}

/// The preparation findings worth fixing before the meeting.
fn worth_fixing(plan: &Plan) -> Vec<Finding> {
    findings::preparation(plan)
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect()
}

/// What an unanswered question is called: skipped, when quick mode left
/// it out (`quick_question` is false in a quick plan), else not answered yet.
fn skipped_or_open(quick: bool, quick_question: bool) -> &'static str {
    if quick && !quick_question {
        "skipped in quick mode"
    } else {
        "not answered yet"
    }
}

/// The coaching's note on an answer kept as written, in a few words.
fn kept_despite(how: Coach, text: &str) -> Option<&'static str> {
    coach::advise(how, text)
        .first()
        .map(|a| coach::in_short(a.rule))
}

/// The mindset and compassion answers that have no place of their own, labelled.
fn reflections(doc: &EditablePlan, skip: &'static str) -> Vec<Labelled> {
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
            missing: if q.quick { "not answered yet" } else { skip },
        })
        .collect()
}

fn outcomes(plan: &Plan, quick: bool) -> Vec<Labelled> {
    let m = &plan.mindset;
    [
        ("For me", &m.outcome_for_me, "mindset.outcome_for_me"),
        ("For them", &m.outcome_for_them, "mindset.outcome_for_them"),
        (
            "For our working relationship",
            &m.outcome_relationship,
            "mindset.outcome_relationship",
        ),
    ]
    .into_iter()
    .map(|(label, answer, id)| Labelled {
        label: label.into(),
        answer: given(answer),
        missing: skipped_or_open(quick, catalogue::find(id).is_some_and(|q| q.quick)),
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
            note: kept_despite(Coach::Fact, &e.fact),
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
    fn the_agenda_splits_the_booked_time() {
        let at = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
        let shown = |a: Vec<AgendaStep>| {
            a.iter()
                .map(|s| {
                    format!(
                        "{} {} {}",
                        s.start.as_deref().unwrap_or("-"),
                        s.step,
                        s.minutes
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        assert_eq!(
            shown(agenda(60, at(14, 0))),
            "14:00 Open 6, 14:06 Explore 30, 14:36 Summarize 18, 14:54 Wrap up 6"
        );
        assert_eq!(
            shown(agenda(45, at(9, 30))),
            "09:30 Open 5, 09:35 Explore 22, 09:57 Summarize 14, 10:11 Wrap up 4"
        );
        assert_eq!(
            shown(agenda(30, None)),
            "- Open 3, - Explore 15, - Summarize 9, - Wrap up 3"
        );
        for total in 1..=600 {
            assert_eq!(
                agenda(total, None).iter().map(|s| s.minutes).sum::<i64>(),
                total
            );
        }
        assert_eq!(AGENDA_SPLIT.iter().map(|(_, p)| p).sum::<u32>(), 100);
    }

    #[test]
    fn a_quick_plan_counts_skipped_questions_apart() {
        let mut doc = EditablePlan::new_plan();
        doc.set_quick();
        let brief = Brief::new(&doc, "p.toml").unwrap();
        let quick = catalogue::PLANNING
            .iter()
            .filter(|q| q.quick && doc.applies(q))
            .count();
        assert_eq!(brief.gaps, quick, "only quick questions are open");
        assert!(brief.skipped > 10);
        assert_eq!(brief.skip, "skipped in quick mode");
        assert!(brief.beliefs_skipped);
        let relationship = &brief.outcomes[2];
        assert_eq!(relationship.missing, "not answered yet", "a quick question");
        assert_eq!(brief.outcomes[0].missing, "skipped in quick mode");
        assert!(
            brief
                .reflections
                .iter()
                .all(|r| r.missing == "skipped in quick mode")
        );
    }

    #[test]
    fn kept_questions_carry_their_coaching_note_and_short_time_is_flagged() {
        let mut doc = EditablePlan::new_plan();
        doc.set(
            "explore.questions",
            crate::questions::answer::list(&["Why was it late?".into(), "What happened?".into()]),
        );
        doc.set("prepare.enough_time", toml_edit::value(false));
        let brief = Brief::new(&doc, "p.toml").unwrap();
        assert_eq!(
            brief.questions[0].note,
            Some("\"why\" can sound like blame")
        );
        assert_eq!(brief.questions[1].note, None);
        assert!(brief.short_of_time);
        assert!(!brief.quick);
        assert_eq!(brief.skipped, 0);
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
