//! The cue card: one page to take into the room.
//!
//! The card may be glimpsed across the table, so [`Card`] holds what the
//! user will say or ask, the agenda's clock and short neutral reminders,
//! and nothing else. It is made by taking those answers out of the typed
//! plan ([`SHOWN`] names them); the mindset answers, feelings, confidence,
//! derailers as written, story, safety notes, debrief and every other answer
//! are not in the type, so no template, built-in or user-written, can print
//! them. The 'what if' behaviours the user picked reach it only as a few
//! neutral words each ([`Leaning::cue`]).

use super::brief::{self, AgendaStep};
use crate::dates;
use crate::dates::wording::{short_day_in_words, weekday_in_words, when_in_words};
use crate::planfile::typed::Plan;
use crate::questions::choices::{Fallback, Leaning};
use chrono::NaiveDate;
use serde::Serialize;

/// The questions whose answers the card shows: what the user will say or
/// ask, and what the agenda and the check-in are worked out from. The
/// 'what if' behaviours (`mindset.leanings`) are shown only as their cues.
/// Every other answer stays out of the card, which a test checks by
/// filling each with a canary.
pub const SHOWN: &[&str] = &[
    "meeting.with",
    "meeting.title",
    "meeting.when",
    "meeting.duration_minutes",
    "meeting.place",
    "mindset.leanings",
    "prepare.evidence",
    "open.mutual_purpose",
    "explore.questions",
    "safety.contrasting",
    "summarize.questions",
    "summarize.fallback",
    "summarize.expectation",
    "summarize.consequence",
    "summarize.escalation_why",
    "summarize.escalation_next",
    "outcome.next_check_in",
];

/// How long after the meeting a check-in is proposed when none is recorded.
pub const CHECK_IN_AFTER_DAYS: u64 = 14;

/// The paper an HTML card is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// A5, a sheet of A4 folded in two: the default.
    #[default]
    A5,
    /// A4.
    A4,
}

impl Paper {
    /// Every size, in the order help lists them.
    pub const ALL: &[Paper] = &[Paper::A5, Paper::A4];

    /// The name `--paper` takes.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A5 => "a5",
            Paper::A4 => "a4",
        }
    }

    /// Its line in help.
    pub fn about(self) -> &'static str {
        match self {
            Paper::A5 => "A5, 148 by 210 mm (half an A4 sheet)",
            Paper::A4 => "A4, 210 by 297 mm",
        }
    }

    /// The page as the HTML card's style reads it.
    fn page(self) -> Page {
        match self {
            Paper::A5 => Page {
                size: "A5",
                width: "148mm",
            },
            Paper::A4 => Page {
                size: "A4",
                width: "210mm",
            },
        }
    }
}

/// The page size, for the card's CSS.
#[derive(Debug, Serialize)]
pub struct Page {
    /// The CSS `@page` size: "A5", "A4".
    pub size: &'static str,
    /// Its width, as a CSS length: the type is sized from it.
    pub width: &'static str,
}

/// The context of `card.md`, `card.html` and `card.txt`.
#[derive(Debug, Serialize)]
pub struct Card {
    /// The meeting's title, or "Conversation with …".
    pub title: String,
    /// The other person.
    pub with: Option<String>,
    /// When, in words.
    pub when: Option<String>,
    /// The room or link.
    pub place: Option<String>,
    /// The booked minutes split across the steps, with clock times when
    /// the start is known (empty without a length).
    pub agenda: Vec<AgendaStep>,
    /// When the time booked ends ("10:45"), when the start is known.
    pub ends: Option<String>,
    /// The purpose both share, said first.
    pub purpose: Option<String>,
    /// The first fact, said next.
    pub first_fact: Option<FactLine>,
    /// The other facts, in order.
    pub facts: Vec<FactLine>,
    /// The open questions to ask.
    pub questions: Vec<String>,
    /// The questions to agree the way forward.
    pub way_forward: Vec<String>,
    /// Each don't/do pair as the one statement it is said as.
    pub contrasts: Vec<String>,
    /// A few neutral words for when it gets tense, one for each 'what if'
    /// behaviour the user picked.
    pub tense: Vec<&'static str>,
    /// The check-in to propose, in words ("Monday 7 December"): the one
    /// recorded, else two weeks after the meeting.
    pub check_in: Option<String>,
    /// What to say without agreement, when the plan says.
    pub fallback: Option<IfNoAgreement>,
    /// The paper the HTML card is printed on.
    pub paper: Page,
}

/// A fact, short: its words as the user will say them and its day.
#[derive(Debug, Serialize)]
pub struct FactLine {
    /// What happened.
    pub fact: String,
    /// The day, in short words ("6 Nov").
    pub date: Option<String>,
}

/// The fallback chosen and the words for it; only the chosen way's.
#[derive(Debug, Serialize)]
pub struct IfNoAgreement {
    /// Expect or escalate (`"expect"`, `"escalate"` in templates).
    pub way: Fallback,
    /// What is expected from now on (expect).
    pub expectation: Option<String>,
    /// What happens if it is not met (expect).
    pub consequence: Option<String>,
    /// Why it goes further (escalate).
    pub escalation_why: Option<String>,
    /// What happens next (escalate).
    pub escalation_next: Option<String>,
}

/// An answer that says something.
fn given(s: Option<String>) -> Option<String> {
    s.filter(|s| !s.trim().is_empty())
}

impl Card {
    /// Take what the card shows out of a plan and drop the rest.
    pub fn new(plan: Plan, paper: Paper) -> Self {
        let agenda = brief::meeting_agenda(&plan);
        let contrasts = brief::contrasts(&plan)
            .into_iter()
            .map(|c| said_together(&c.dont, &c.do_))
            .collect();
        let Plan {
            meeting,
            mindset,
            prepare,
            open,
            explore,
            summarize,
            outcome,
            ..
        } = plan;
        let day = meeting.when.as_ref().and_then(|w| dates::date_of(w).ok());
        let start = meeting
            .when
            .as_ref()
            .and_then(|w| dates::time_of(w).ok().flatten());
        let ends = match (start, meeting.duration_minutes) {
            (Some(t), Some(n)) if n > 0 => Some(
                (t + chrono::Duration::minutes(n))
                    .format("%H:%M")
                    .to_string(),
            ),
            _ => None,
        };
        let reference = day.unwrap_or_else(dates::today);
        let mut facts = prepare.evidence.into_iter().map(|e| FactLine {
            date: e
                .date
                .as_ref()
                .and_then(|d| dates::date_of(d).ok())
                .map(|d| short_day_in_words(d, reference)),
            fact: e.fact,
        });
        let with = given(meeting.with);
        let fallback = summarize.fallback.and_then(|way| {
            let lines = match way {
                Fallback::Expect => IfNoAgreement {
                    way,
                    expectation: given(summarize.expectation),
                    consequence: given(summarize.consequence),
                    escalation_why: None,
                    escalation_next: None,
                },
                Fallback::Escalate => IfNoAgreement {
                    way,
                    expectation: None,
                    consequence: None,
                    escalation_why: given(summarize.escalation_why),
                    escalation_next: given(summarize.escalation_next),
                },
            };
            let said = [
                &lines.expectation,
                &lines.consequence,
                &lines.escalation_why,
                &lines.escalation_next,
            ];
            said.iter().any(|s| s.is_some()).then_some(lines)
        });
        Card {
            title: given(meeting.title).unwrap_or_else(|| match &with {
                Some(w) => format!("Conversation with {w}"),
                None => "Your conversation".into(),
            }),
            with,
            when: meeting.when.as_ref().map(when_in_words),
            place: given(meeting.place),
            agenda,
            ends,
            purpose: given(open.mutual_purpose),
            first_fact: facts.next(),
            facts: facts.collect(),
            questions: explore.questions,
            way_forward: summarize.questions,
            contrasts,
            tense: Leaning::ALL
                .iter()
                .filter(|l| mindset.leanings.contains(l))
                .map(|l| l.cue())
                .collect(),
            check_in: check_in(
                outcome
                    .next_check_in
                    .as_ref()
                    .and_then(|d| dates::date_of(d).ok()),
                day,
            )
            .map(|d| weekday_in_words(d, reference)),
            fallback,
            paper: paper.page(),
        }
    }
}

/// The check-in to propose: the one recorded, else [`CHECK_IN_AFTER_DAYS`]
/// after the meeting's day.
fn check_in(recorded: Option<NaiveDate>, meeting: Option<NaiveDate>) -> Option<NaiveDate> {
    recorded.or_else(|| meeting?.checked_add_days(chrono::Days::new(CHECK_IN_AFTER_DAYS)))
}

/// A don't/do pair as the one statement it is said as: "I don't doubt
/// your work; I do need the dates", or two sentences when the first ends as
/// one.
fn said_together(dont: &str, do_: &str) -> String {
    let dont = dont.trim();
    if dont.ends_with(['.', '!', '?']) {
        format!("{dont} {}", do_.trim())
    } else {
        format!("{dont}; {}", do_.trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planfile::EditablePlan;
    use crate::questions::catalogue::{self, Kind};

    /// A unique canary in every text of a plan that the card does not show
    /// (every question not in [`SHOWN`], every field of every record), with
    /// the fallback each way: none reaches the card's context.
    #[test]
    fn no_answer_the_card_does_not_show_reaches_its_context() {
        for way in ["expect", "escalate"] {
            let mut doc = EditablePlan::new_plan();
            let mut canaries = Vec::new();
            for q in catalogue::recorded() {
                let shown = SHOWN.contains(&q.id);
                if let Some(item) = filled(q.id, &q.kind, shown, &mut canaries) {
                    doc.set(q.id, item);
                }
            }
            doc.set("summarize.fallback", toml_edit::value(way));
            let card = Card::new(doc.plan().unwrap(), Paper::A5);
            // What the templates see: the card as it is serialized.
            let seen = toml::to_string(&card).unwrap();
            assert!(canaries.len() > 30, "only {} canaries", canaries.len());
            for c in &canaries {
                let other_way = match way {
                    "expect" => c.contains("escalation"),
                    _ => c.contains("expectation") || c.contains("consequence"),
                };
                if c.starts_with("SHOWN") && !other_way {
                    assert!(seen.contains(c.as_str()), "{c} is not on the card:\n{seen}");
                } else {
                    assert!(!seen.contains(c.as_str()), "{c} reached the card:\n{seen}");
                }
            }
        }
    }

    /// An answer for a question: its texts marked, `SHOWN…` when the card
    /// shows it (only a record's text fields), `CANARY…` when it does not.
    fn filled(
        id: &str,
        kind: &Kind,
        shown: bool,
        canaries: &mut Vec<String>,
    ) -> Option<toml_edit::Item> {
        let mut mark = |field: &str| {
            let tag = if shown { "SHOWN" } else { "CANARY" };
            let m = format!("{tag}{}x{id}.{field}", canaries.len());
            canaries.push(m.clone());
            m
        };
        Some(match kind {
            Kind::Text | Kind::LongText => toml_edit::value(mark("")),
            Kind::List | Kind::Bank(_) => crate::questions::answer::list(&[mark("1"), mark("2")]),
            Kind::Records(fields) => {
                let mut t = toml_edit::Table::new();
                for f in *fields {
                    let value = match f.kind {
                        Kind::Text | Kind::LongText => toml_edit::value(mark(f.key)),
                        Kind::List => crate::questions::answer::list(&[mark(f.key)]),
                        Kind::Choice(opts) => toml_edit::value(opts[0].value),
                        Kind::Date => {
                            toml_edit::value("2026-11-02".parse::<toml_edit::Datetime>().ok()?)
                        }
                        Kind::Seconds | Kind::Minutes => toml_edit::value(60),
                        _ => continue,
                    };
                    t.insert(f.key, value);
                }
                crate::questions::answer::records(vec![t])
            }
            Kind::MultiChoice(opts) => crate::questions::answer::list(
                &opts.iter().map(|o| o.value.into()).collect::<Vec<_>>(),
            ),
            Kind::When => {
                toml_edit::value("2026-11-27T10:00:00".parse::<toml_edit::Datetime>().ok()?)
            }
            Kind::Minutes => toml_edit::value(45),
            _ => return None,
        })
    }

    #[test]
    fn the_agenda_runs_to_the_end_of_the_time_booked_and_a_check_in_is_proposed() {
        let mut doc = EditablePlan::new_plan();
        let when = |s: &str| toml_edit::value(s.parse::<toml_edit::Datetime>().unwrap());
        doc.set("meeting.when", when("2026-11-27T10:00:00"));
        doc.set("meeting.duration_minutes", toml_edit::value(45));
        let card = Card::new(doc.plan().unwrap(), Paper::A5);
        let clock: Vec<_> = card
            .agenda
            .iter()
            .map(|a| a.start.clone().unwrap())
            .collect();
        assert_eq!(clock, ["10:00", "10:05", "10:27", "10:41"]);
        assert_eq!(card.ends.as_deref(), Some("10:45"));
        assert_eq!(card.check_in.as_deref(), Some("Friday 11 December"));
        assert_eq!(card.title, "Your conversation");
        // A check-in already recorded is the one to propose.
        doc.set("outcome.next_check_in", when("2027-01-04"));
        let card = Card::new(doc.plan().unwrap(), Paper::A4);
        assert_eq!(card.check_in.as_deref(), Some("Monday 4 January 2027"));
        assert_eq!(card.paper.size, "A4");
    }

    #[test]
    fn a_dont_do_pair_is_said_as_one_statement() {
        assert_eq!(
            said_together("I don't doubt your work", "I do need the dates"),
            "I don't doubt your work; I do need the dates"
        );
        assert_eq!(
            said_together("This isn't about one week.", "It's about a pattern."),
            "This isn't about one week. It's about a pattern."
        );
    }
}
