//! Changing answers already given: the step picker (each step with its
//! answered, open and skipped questions), a step asked again from its
//! answers, and the review at the end of `plan new`.

use super::question::ask_question;
use super::stored::shown;
use super::{Prompter, Saver, first_line};
use crate::dates::wording;
use crate::error::Result;
use crate::planfile::EditablePlan;
use crate::planfile::scope::Scope;
use crate::questions::catalogue::{Kind, Question, Step};
use toml_edit::Item;

/// Let the user pick a step (or go straight to `first`), ask its questions
/// again, then offer another step until they finish.
pub fn choose_and_edit(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    questions: &[Question],
    first: Option<Step>,
    save: &mut Saver<'_>,
) -> Result<()> {
    // Every step is offered, so that a quick plan can be completed.
    let all = Scope::new(questions, false).steps();
    let scope = Scope::of(doc, questions);
    let mut next = first;
    let mut finish_default = false;
    loop {
        let step = match next.take() {
            Some(step) => step,
            None => {
                let labels: Vec<String> = all
                    .iter()
                    .map(|s| format!("{} ({})", s.title(), scope.step_counts(doc, *s)))
                    .chain(["Finish".to_string()])
                    .collect();
                let items: Vec<&str> = labels.iter().map(String::as_str).collect();
                let default = if finish_default { all.len() } else { 0 };
                let pick = p.select("Which step would you like to change?", &items, default)?;
                match all.get(pick) {
                    Some(step) => *step,
                    None => return Ok(()),
                }
            }
        };
        edit_step(p, doc, questions, step, save)?;
        finish_default = true;
    }
}

/// After the last question: the answers by step, in short, and the chance
/// to change any step before the plan is called ready.
pub fn review(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    questions: &[Question],
    save: &mut Saver<'_>,
) -> Result<()> {
    p.note(&overview(doc, questions));
    let pick = p.select(
        "Does this look right?",
        &["Yes, finish", "Change a step first"],
        0,
    )?;
    if pick == 1 {
        choose_and_edit(p, doc, questions, None, save)?;
    }
    Ok(())
}

/// The answers by step, one short line each.
pub fn overview(doc: &EditablePlan, questions: &[Question]) -> String {
    let mut out = String::from("Your answers so far:");
    let mut skipped = 0;
    let scope = Scope::of(doc, questions);
    for step in Scope::new(questions, false).steps() {
        let counts = scope.step_counts(doc, step);
        skipped += counts.skipped;
        out.push_str(&format!("\n{} ({counts})", step.title()));
        for q in questions
            .iter()
            .filter(|q| q.step == step && doc.applies(q))
        {
            let Some(item) = doc.get(q.id) else { continue };
            let text = match item {
                Item::ArrayOfTables(a) => format!("{} given", a.len()),
                Item::Value(toml_edit::Value::Array(a)) => format!("{} given", a.len()),
                other => match in_words(q, other) {
                    Some(s) if s.trim().is_empty() => continue,
                    Some(s) => first_line(&s, 60),
                    None => continue,
                },
            };
            out.push_str(&format!("\n  {}: {text}", first_line(q.prompt, 40)));
        }
    }
    if skipped > 0 {
        out.push_str(&format!(
            "\nQuick mode skipped the other {}; `plan edit` asks them whenever you want.",
            wording::count(skipped, "questions")
        ));
    }
    out
}

/// An answer as a person reads it: a choice by its label, a date in words,
/// yes or no; anything else as written.
fn in_words(q: &Question, item: &Item) -> Option<String> {
    match q.kind {
        Kind::Choice(opts) => {
            let value = item.as_str()?;
            let label = opts.iter().find(|o| o.value == value).map(|o| o.label);
            Some(label.unwrap_or(value).to_string())
        }
        Kind::When | Kind::Date => item.as_datetime().map(wording::when_in_words),
        Kind::YesNo => item
            .as_bool()
            .map(|b| if b { "yes" } else { "no" }.to_string()),
        _ => shown(item),
    }
}

/// Ask every question of `step` that applies again, each starting from its
/// current answer (Enter keeps it).
pub fn edit_step(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    questions: &[Question],
    step: Step,
    save: &mut Saver<'_>,
) -> Result<()> {
    let (index, total) = Scope::new(questions, false).place(step);
    p.heading(step.title(), index, total);
    // Applicability is checked as we go: a changed choice can bring in or drop a question.
    for q in questions.iter().filter(|q| q.step == step) {
        if doc.applies(q) {
            ask_question(p, doc, q, true, save)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::replay::{Replay, Reply};
    use crate::questions::catalogue::PLANNING;

    fn t(s: &str) -> Reply {
        Reply::Text(s.into())
    }

    #[test]
    fn a_step_is_asked_again_from_its_answers() {
        let mut doc = EditablePlan::new_plan();
        doc.set("meeting.with", toml_edit::value("Sam"));
        let mut script = Replay::new([
            t("Sam Lee"),
            t("2026-12-01"),
            t(""),
            t(""),
            t(""),
            Reply::Pick(0),
            t(""),          // the greeting
            Reply::Pick(8), // finish
        ]);
        choose_and_edit(
            &mut script,
            &mut doc,
            PLANNING,
            Some(Step::Meeting),
            &mut |_| Ok(()),
        )
        .unwrap();
        assert!(script.transcript.iter().any(|l| l == "  [initial: Sam]"));
        assert_eq!(
            doc.typed().unwrap().meeting.with.as_deref(),
            Some("Sam Lee")
        );
    }

    /// A quick plan's review counts only what quick mode asks as open, and
    /// says the rest were skipped.
    #[test]
    fn a_quick_plans_review_counts_skipped_questions_apart() {
        let mut doc = EditablePlan::new_plan();
        doc.set_quick();
        doc.set(
            "mindset.outcome_relationship",
            toml_edit::value("We trust each other again"),
        );
        let mindset = Scope::of(&doc, PLANNING).step_counts(&doc, Step::Mindset);
        let quick_in_mindset = PLANNING
            .iter()
            .filter(|q| q.step == Step::Mindset && q.quick)
            .count();
        assert_eq!(mindset.answered, 1);
        assert_eq!(mindset.open, quick_in_mindset - 1);
        assert!(mindset.skipped > 0);
        let text = overview(&doc, PLANNING);
        assert!(
            text.contains(&format!(
                "Mindset (1 answered, {} open; {} skipped in quick mode)",
                mindset.open, mindset.skipped
            )),
            "{text}"
        );
        let confidence = Scope::of(&doc, PLANNING).step_counts(&doc, Step::Confidence);
        assert_eq!((confidence.answered, confidence.open), (0, 0));
        assert!(
            text.contains(&format!(
                "Confidence ({} skipped in quick mode)",
                confidence.skipped
            )),
            "{text}"
        );
        assert!(text.contains("Quick mode skipped the other"), "{text}");
        // Not quick: the same questions are open, and nothing is skipped.
        let mut full = EditablePlan::new_plan();
        full.set(
            "mindset.outcome_relationship",
            toml_edit::value("We trust each other again"),
        );
        let counts = Scope::of(&full, PLANNING).step_counts(&full, Step::Mindset);
        assert_eq!(counts.skipped, 0);
        assert_eq!(counts.open, mindset.open + mindset.skipped);
        assert!(!overview(&full, PLANNING).contains("skipped"));
    }

    #[test]
    fn the_overview_reads_as_words() {
        let mut doc = EditablePlan::new_plan();
        doc.set(
            "meeting.when",
            toml_edit::value(
                "2026-12-03T15:00:00"
                    .parse::<toml_edit::Datetime>()
                    .unwrap(),
            ),
        );
        doc.set("summarize.fallback", toml_edit::value("expect"));
        doc.set("prepare.space_booked", toml_edit::value(true));
        let text = overview(&doc, PLANNING);
        assert!(text.contains("Thursday 3 December 2026, 15:00"), "{text}");
        assert!(
            text.contains("Don't escalate: state what I expect"),
            "{text}"
        );
        assert!(text.contains(": yes"), "{text}");
        assert!(
            !text.contains("T15:00:00") && !text.contains(": expect"),
            "{text}"
        );
    }
}
