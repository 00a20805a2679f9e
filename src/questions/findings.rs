//! `plan check`'s rules over a whole plan: the text rules of [`super::lint`]
//! applied to every coached question and every fact, the pieces the method
//! needs, and what is due after the meeting.
//!
//! Each finding has a stable rule id, a severity, the dotted key it concerns
//! (1-based, like load errors: `explore.questions[1]`), a message and a hint.

use super::coach;
use super::due;
use crate::artefacts::wording;
use crate::error::Error;
use crate::error::ShowPath;
use crate::planfile::dates::{self, Wall};
use crate::planfile::{self, Plan, Status};
use chrono::NaiveDate;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Likely to hurt the conversation.
    Warning,
    /// Something the method needs is missing: `plan check` fails.
    Error,
}

impl Severity {
    /// As written in the output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One thing to look at in a plan.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// The stable rule id (`why-question`).
    pub rule: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// The dotted key it concerns, or empty for the whole file.
    pub key: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

fn finding(
    rule: &'static str,
    severity: Severity,
    key: impl Into<String>,
    message: impl Into<String>,
    hint: impl Into<String>,
) -> Finding {
    Finding {
        rule,
        severity,
        key: key.into(),
        message: message.into(),
        hint: hint.into(),
    }
}

/// Every finding for a plan, as of `today`.
pub fn check(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    let mut out = preparation(plan);
    out.extend(after_meeting(plan, today));
    out
}

/// The findings that do not depend on the date: the text rules and the
/// pieces the method needs. The brief shows these.
pub fn preparation(plan: &Plan) -> Vec<Finding> {
    preparation_after(plan, coach::review(plan))
}

/// [`preparation`], given the coaching of the plan's texts already done
/// ([`coach::review`] of the same plan).
pub fn preparation_after(plan: &Plan, review: Vec<(String, coach::Advice)>) -> Vec<Finding> {
    let mut out = Vec::new();
    coaching(review, &mut out);
    facts(plan, &mut out);
    missing(plan, &mut out);
    out
}

/// The coaching of every text in the plan, as findings: the same rule,
/// message and hint the wizard shows as a note. Questions first.
fn coaching(mut review: Vec<(String, coach::Advice)>, out: &mut Vec<Finding>) {
    review.sort_by_key(|(_, a)| !matches!(a.rule, "why-question" | "closed-question"));
    for (key, advice) in review {
        out.push(finding(
            advice.rule,
            Severity::Warning,
            key,
            advice.message,
            advice.hint,
        ));
    }
}

fn facts(plan: &Plan, out: &mut Vec<Finding>) {
    for (i, e) in plan.prepare.evidence.iter().enumerate() {
        let key = format!("prepare.evidence[{}].fact", i + 1);
        if e.fact.trim().is_empty() {
            out.push(finding(
                "empty-fact",
                Severity::Error,
                key,
                "this fact is empty",
                "write what a camera would have recorded, or remove the entry",
            ));
            continue;
        }
        if e.date.is_none() {
            out.push(finding(
                "fact-without-date",
                Severity::Info,
                format!("prepare.evidence[{}].date", i + 1),
                "this fact has no date",
                "a date makes a fact hard to dispute",
            ));
        }
    }
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

/// What the plan lacks, one rule group at a time, in the order reported.
fn missing(plan: &Plan, out: &mut Vec<Finding>) {
    meeting_booked(plan, out);
    method_pieces(plan, out);
    half_contrasts(plan, out);
    story_without_fact(plan, out);
    no_belief_held(plan, out);
}

/// A plan past its confidence step with none of the four beliefs held: the
/// method asks for them before the meeting. A quick plan skips the step.
fn no_belief_held(plan: &Plan, out: &mut Vec<Finding>) {
    let past_it = !blank(&plan.open.mutual_purpose) || plan.status != Status::Draft;
    if !plan.quick && past_it && plan.mindset.beliefs.is_empty() {
        out.push(finding(
            "no-belief-held",
            Severity::Info,
            "mindset.beliefs",
            "you can say none of the four beliefs yet",
            "prepare until you can honestly hold at least one; your brief's confidence step says how",
        ));
    }
}

/// The meeting has a time, and enough of it.
fn meeting_booked(plan: &Plan, out: &mut Vec<Finding>) {
    if plan.meeting.when.is_none() {
        out.push(finding(
            "no-meeting-time",
            Severity::Error,
            "meeting.when",
            "the meeting has no date and time",
            "book it, then set meeting.when",
        ));
    }
    meeting_time_skipped(plan, out);
    match plan.meeting.duration_minutes {
        Some(n) if n < 30 => out.push(finding(
            "too-little-time",
            Severity::Warning,
            "meeting.duration_minutes",
            format!("only {n} minutes are booked"),
            "book at least 30 minutes; a talk cut short does harm",
        )),
        _ if plan.prepare.enough_time == Some(false) => out.push(finding(
            "too-little-time",
            Severity::Warning,
            "prepare.enough_time",
            "you said there is not enough time booked",
            "postpone until there is, or book more",
        )),
        _ => {}
    }
}

/// A meeting time the clocks skip here (a plan edited by hand, or made in
/// another time zone): the brief and the invite use the time the clocks
/// show then, which is said, with the times to give instead.
fn meeting_time_skipped(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(wall) = plan.meeting.when.as_ref().and_then(dates::datetime_of) else {
        return;
    };
    if let Some(Wall::Skipped { used, change }) = dates::here(wall) {
        out.push(finding(
            "no-such-time",
            Severity::Warning,
            "meeting.when",
            format!(
                "{}; the brief and the invite use {}",
                wording::does_not_exist(wall, &change),
                wording::moment_in_words(&used)
            ),
            format!("set meeting.when to {}", wording::instead(&change)),
        ));
    }
}

/// What the method cannot do without: a mutual purpose, facts, open
/// questions and a fallback.
fn method_pieces(plan: &Plan, out: &mut Vec<Finding>) {
    let resume = "answer it with `plan new PLAN --resume`";
    if blank(&plan.open.mutual_purpose) {
        out.push(finding(
            "no-mutual-purpose",
            Severity::Error,
            "open.mutual_purpose",
            "there is no purpose you both share to open with",
            resume,
        ));
    }
    if plan.prepare.evidence.is_empty() {
        out.push(finding(
            "no-facts",
            Severity::Error,
            "prepare.evidence",
            "there are no facts to bring",
            "write down what you saw, heard or read, with dates",
        ));
    }
    let asked = plan
        .explore
        .questions
        .iter()
        .filter(|q| !q.trim().is_empty())
        .count();
    if asked < 2 {
        out.push(finding(
            "too-few-questions",
            Severity::Error,
            "explore.questions",
            format!(
                "{asked} open {} to hear their side; the method needs at least two",
                if asked == 1 { "question" } else { "questions" }
            ),
            resume,
        ));
    }
    if plan.summarize.fallback.is_none() {
        out.push(finding(
            "no-fallback",
            Severity::Error,
            "summarize.fallback",
            "there is no plan for when you can't agree",
            "decide now whether you will state an expectation or escalate",
        ));
    }
}

/// Each don't/do line has both halves.
fn half_contrasts(plan: &Plan, out: &mut Vec<Finding>) {
    for (i, c) in plan.safety.contrasting.iter().enumerate() {
        let half = match (c.dont.trim().is_empty(), c.do_.trim().is_empty()) {
            (true, _) => Some("dont"),
            (_, true) => Some("do"),
            _ => None,
        };
        if let Some(half) = half {
            out.push(finding(
                "contrast-half-empty",
                Severity::Warning,
                format!("safety.contrasting[{}].{half}", i + 1),
                format!("this don't/do line has no \"{half}\" half"),
                "a contrast needs both: what you don't mean, then what you do",
            ));
        }
    }
}

/// The story starts from the facts.
fn story_without_fact(plan: &Plan, out: &mut Vec<Finding>) {
    if let Some(story) = plan.open.story.as_deref().filter(|s| !s.trim().is_empty())
        && !plan.prepare.evidence.is_empty()
        && !story_mentions_a_fact(story, plan)
    {
        out.push(finding(
            "story-without-fact",
            Severity::Warning,
            "open.story",
            "your story mentions none of your facts",
            "start the story with the facts, then offer your conclusion as your view",
        ));
    }
}

/// Whether the story shares a telling word (five letters or more) with a fact.
fn story_mentions_a_fact(story: &str, plan: &Plan) -> bool {
    let telling = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5 || w.chars().all(|c| c.is_ascii_digit()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let story = telling(story);
    plan.prepare
        .evidence
        .iter()
        .any(|e| telling(&e.fact).iter().any(|w| story.contains(w)))
}

/// What is due after the meeting, as of `today`.
pub fn after_meeting(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    due::due(&life(plan), today)
        .into_iter()
        .map(|d| match d.rule {
            due::FOLLOW_UP_DUE => finding(
                d.rule,
                Severity::Warning,
                "outcome",
                format!("the meeting was on {}, and the written follow-up is not done", d.date),
                "record what was agreed and send the follow-up: `plan summary PLAN`",
            ),
            due::ACTION_OVERDUE => {
                let i = d.action.unwrap_or_default();
                let a = &plan.outcome.actions[i];
                finding(
                    d.rule,
                    Severity::Warning,
                    format!("outcome.actions[{}].due", i + 1),
                    format!("\"{}\" ({}) was due on {} and is still open", a.what, a.owner, d.date),
                    "ask how it went, then record it done or dropped: `plan check-in PLAN`",
                )
            }
            _ => finding(
                d.rule,
                Severity::Info,
                "outcome.next_check_in",
                format!("the check-in was due on {}", d.date),
                "record it with `plan check-in PLAN`, or plan the next conversation: `plan new --follow-up PLAN`",
            ),
        })
        .collect()
}

/// What the rules of [`due`] need to know of a whole plan.
pub fn life(plan: &Plan) -> due::Life {
    let day = |d: &Option<toml::value::Datetime>| -> Option<NaiveDate> {
        d.as_ref().and_then(|d| dates::date_of(d).ok())
    };
    due::Life {
        followed_up: plan.status == Status::FollowedUp,
        met: day(&plan.meeting.when),
        actions: plan
            .outcome
            .actions
            .iter()
            .map(|a| due::ActionDue {
                what: a.what.clone(),
                owner: a.owner.clone(),
                due: day(&a.due),
                open: a.state() == crate::questions::choices::ActionState::Open,
            })
            .collect(),
        next_check_in: day(&plan.outcome.next_check_in),
        last_check_in: plan
            .debrief
            .check_ins
            .iter()
            .filter_map(|c| day(&c.date))
            .max(),
    }
}

/// The findings of one plan; a plan that cannot be read is one finding.
pub fn check_named(name: &str, today: NaiveDate) -> (String, Vec<Finding>) {
    let path = match planfile::resolve(name) {
        Ok(p) => p,
        Err(e) => return (name.to_string(), vec![unreadable(&e)]),
    };
    let file = path.shown().to_string();
    let plan = crate::artefacts::load_view(&path);
    match plan {
        // Hints give the command to type, with the plan as it was named.
        Ok(plan) => {
            let named = crate::error::printable(name).into_owned();
            let mut found = check(&plan, today);
            for f in &mut found {
                f.hint = f.hint.replace(" PLAN`", &format!(" {named}`"));
            }
            (file, found)
        }
        Err(e) => (file, vec![unreadable(&e)]),
    }
}

/// A load error as a finding: its message, and its hint apart.
fn unreadable(err: &Error) -> Finding {
    let (message, hint) = err.message_and_hint();
    Finding {
        rule: "unreadable",
        severity: Severity::Error,
        key: String::new(),
        message,
        hint,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(toml: &str) -> Plan {
        toml::from_str(toml).unwrap()
    }

    fn rules(f: &[Finding]) -> Vec<&str> {
        f.iter().map(|f| f.rule).collect()
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    #[test]
    fn an_empty_plan_lacks_the_pieces() {
        let f = check(&Plan::default(), today());
        for r in [
            "no-meeting-time",
            "no-mutual-purpose",
            "no-facts",
            "too-few-questions",
            "no-fallback",
        ] {
            assert!(rules(&f).contains(&r), "{r}");
        }
        assert!(f.iter().all(|f| f.severity == Severity::Error));
    }

    #[test]
    fn the_examples_have_no_errors_or_warnings_before_the_meeting() {
        for name in [
            "missed-deadlines",
            "meeting-behaviour",
            "performance-escalation",
        ] {
            let path = format!("{}/examples/{name}.toml", env!("CARGO_MANIFEST_DIR"));
            let p = plan(&std::fs::read_to_string(path).unwrap());
            let f = preparation(&p);
            assert!(
                f.iter().all(|f| f.severity == Severity::Info),
                "{name}: {f:?}"
            );
        }
    }

    #[test]
    fn questions_and_facts_are_keyed_from_one() {
        let p = plan(
            r#"
[explore]
questions = ["What happened?", "Why did you miss the deadline?"]
[summarize]
questions = ["Did you read my email?"]
[[prepare.evidence]]
fact = "Report due 3 Nov arrived 10 Nov"
source = "written"
date = 2026-11-10
[[prepare.evidence]]
fact = "You are always late."
source = "seen"
date = 2026-11-10
"#,
        );
        let f = preparation(&p);
        let get = |rule| f.iter().find(|f| f.rule == rule).unwrap();
        assert_eq!(get("why-question").key, "explore.questions[2]");
        assert!(
            get("why-question")
                .hint
                .contains("What got in the way of the deadline?")
        );
        assert_eq!(get("closed-question").key, "summarize.questions[1]");
        assert!(
            get("closed-question")
                .hint
                .contains("What did you make of my email?")
        );
        assert_eq!(get("judgement-in-fact").key, "prepare.evidence[2].fact");
        assert!(
            get("judgement-in-fact")
                .hint
                .contains("which times, on which dates, and how many?")
        );
        assert!(!rules(&f).contains(&"too-few-questions"));
    }

    #[test]
    fn time_contrasts_and_story() {
        let p = plan(
            r#"
[meeting]
duration_minutes = 20
[open]
story = "I think the team is unhappy."
[[prepare.evidence]]
fact = "Report due 3 Nov arrived 10 Nov"
source = "written"
[[safety.contrasting]]
dont = "I don't doubt you."
do = " "
"#,
        );
        let f = preparation(&p);
        let r = rules(&f);
        assert!(r.contains(&"too-little-time"));
        assert!(r.contains(&"story-without-fact"));
        assert!(r.contains(&"fact-without-date"));
        let half = f.iter().find(|f| f.rule == "contrast-half-empty").unwrap();
        assert_eq!(half.key, "safety.contrasting[1].do");
        let p = plan("[prepare]\nenough_time = false\n[meeting]\nduration_minutes = 60\n");
        assert!(rules(&preparation(&p)).contains(&"too-little-time"));
        let p = plan("[meeting]\nduration_minutes = 30\n");
        assert!(!rules(&preparation(&p)).contains(&"too-little-time"));
    }

    #[test]
    fn after_the_meeting() {
        let p = plan(
            r#"
status = "ready"
[meeting]
when = 2026-11-28T10:00:00
"#,
        );
        assert_eq!(rules(&after_meeting(&p, today())), ["follow-up-due"]);
        let before = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert!(after_meeting(&p, before).is_empty());
        let p = plan(
            r#"
status = "followed-up"
[meeting]
when = 2026-11-28T10:00:00
[outcome]
held_on = 2026-11-28
next_check_in = 2026-11-30
[[outcome.actions]]
what = "Send the dates"
owner = "Sam"
due = 2026-11-29
[[outcome.actions]]
what = "Book the room"
owner = "Me"
due = 2026-12-05
"#,
        );
        let f = after_meeting(&p, today());
        assert_eq!(rules(&f), ["action-overdue", "check-in-due"]);
        assert_eq!(f[0].key, "outcome.actions[1].due");
    }
}
