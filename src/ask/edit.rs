//! Changing answers already given: a step at a time, every question asked
//! again from its current answer, and one routine for every kind of list.

use super::input::{ask_record, list_entry};
use super::stored::{records_item, shown, strings, tables};
use super::wizard::{self, Saver};
use super::{Prompter, first_line};
use crate::artefacts::wording;
use crate::error::Result;
use crate::planfile::EditablePlan;
use crate::questions::answer as value;
use crate::questions::catalogue::{Kind, Question, Step};
use crate::questions::scope::Scope;
use toml_edit::{Item, Table};

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
            wizard::ask_question(p, doc, q, true, save)?;
        }
    }
    Ok(())
}

/// Show a list whole and let the user keep, change, delete or move each
/// entry, or add new ones, saving after every change. One routine for
/// every list: questions, picks from a bank, and records.
pub fn edit_list(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    save: &mut Saver<'_>,
) -> Result<()> {
    match q.kind {
        Kind::Records(fields) => {
            let entries = tables(doc.get(q.id));
            let fields_shown = |t: &Table| {
                fields
                    .iter()
                    .filter_map(|f| t.get(f.key).and_then(shown))
                    .collect::<Vec<_>>()
                    .join(" · ")
            };
            entries_loop(
                p,
                q,
                entries,
                &fields_shown,
                &mut |p, n, current| {
                    let mut ignore = |_: &Table| Ok(());
                    let got = ask_record(p, fields, q, n, current, &mut ignore)?;
                    Ok(got)
                },
                &mut |entries| {
                    doc.set(q.id, records_item(entries.to_vec()));
                    save(doc)
                },
            )
        }
        _ => {
            let entries = strings(doc.get(q.id));
            entries_loop(
                p,
                q,
                entries,
                &|s: &String| s.clone(),
                &mut |p, n, current| {
                    let prompt = match current {
                        Some(_) => q.prompt.to_string(),
                        None => format!("{} (#{}; Enter to stop adding)", q.prompt, n + 1),
                    };
                    let kept = current.map(String::as_str);
                    Ok(list_entry(p, q, &prompt, kept, false)?.or_else(|| current.cloned()))
                },
                &mut |entries| {
                    doc.set(q.id, value::list(entries));
                    save(doc)
                },
            )
        }
    }
}

/// Answer to "ask an entry": the prompter, how many there are, the entry
/// being changed (none when adding). `None` when nothing was given.
type AskEntry<'a, E> = dyn FnMut(&mut dyn Prompter, usize, Option<&E>) -> Result<Option<E>> + 'a;

/// The list-editing routine itself, for entries of any form.
fn entries_loop<E: Clone>(
    p: &mut dyn Prompter,
    q: &Question,
    mut entries: Vec<E>,
    show: &dyn Fn(&E) -> String,
    ask: &mut AskEntry<'_, E>,
    store: &mut dyn FnMut(&[E]) -> Result<()>,
) -> Result<()> {
    const ACTIONS: &[&str] = &[
        "Keep it",
        "Change it",
        "Delete it",
        "Move it up",
        "Move it down",
    ];
    loop {
        let (pick, labels) = list_menu(p, q, &entries, show)?;
        let n = entries.len();
        if pick == n + 1 {
            if n < q.min {
                p.note(&format!(
                    "This list needs at least {} to count as done; you can add {} later.",
                    wording::count(q.min, q.entries),
                    if q.min == 1 { "it" } else { "them" }
                ));
            }
            // Stored even when unchanged, so an untouched list counts as seen.
            store(&entries)?;
            return Ok(());
        }
        if pick == n {
            while let Some(entry) = ask(p, entries.len(), None)? {
                entries.push(entry);
                store(&entries)?;
            }
            continue;
        }
        let action = p.select(&labels[pick], ACTIONS, 0)?;
        match action {
            1 => {
                if let Some(changed) = ask(p, pick, Some(&entries[pick]))? {
                    entries[pick] = changed;
                }
            }
            2 => {
                entries.remove(pick);
            }
            3 if pick > 0 => entries.swap(pick, pick - 1),
            4 if pick + 1 < n => entries.swap(pick, pick + 1),
            _ => continue,
        }
        store(&entries)?;
    }
}

/// Show the list, then offer its entries, "Add one" and "Done": the one
/// picked (`n` to add, `n + 1` when done) and the menu's labels.
fn list_menu<E>(
    p: &mut dyn Prompter,
    q: &Question,
    entries: &[E],
    show: &dyn Fn(&E) -> String,
) -> Result<(usize, Vec<String>)> {
    p.note(&format!(
        "{} ({} so far)",
        q.prompt,
        wording::count(entries.len(), q.entries)
    ));
    for (i, e) in entries.iter().enumerate() {
        p.note(&format!("  {}. {}", i + 1, show(e)));
    }
    let labels: Vec<String> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| format!("{}. {}", i + 1, first_line(&show(e), 60)))
        .chain(["Add one".to_string(), "Done with this list".to_string()])
        .collect();
    let items: Vec<&str> = labels.iter().map(String::as_str).collect();
    let pick = p.select(
        "Pick an entry to change, or add one",
        &items,
        entries.len() + 1,
    )?;
    Ok((pick, labels))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::replay::{Replay, Reply};
    use crate::questions::catalogue::{self, PLANNING};

    fn t(s: &str) -> Reply {
        Reply::Text(s.into())
    }

    #[test]
    fn a_list_entry_can_be_changed_deleted_and_moved() {
        let mut doc = EditablePlan::new_plan();
        doc.set(
            "explore.questions",
            value::list(&[
                "What happened?".into(),
                "How do you see it?".into(),
                "What next?".into(),
            ]),
        );
        let q = catalogue::find("explore.questions").unwrap();
        let mut script = Replay::new([
            Reply::Pick(0), // first entry
            Reply::Pick(2), // delete it
            Reply::Pick(1), // "What next?"
            Reply::Pick(3), // move it up
            Reply::Pick(0), // "What next?"
            Reply::Pick(1), // change it
            t("What would help next?"),
            Reply::Pick(2), // add one
            t("How can I help?"),
            t(""),
            Reply::Pick(4), // done
        ]);
        edit_list(&mut script, &mut doc, q, &mut |_| Ok(())).unwrap();
        assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
        assert_eq!(
            doc.typed().unwrap().explore.questions,
            [
                "What would help next?",
                "How do you see it?",
                "How can I help?"
            ]
        );
    }

    #[test]
    fn a_record_can_be_changed_keeping_its_other_fields() {
        let mut doc = EditablePlan::new_plan();
        let mut fact = Table::new();
        fact.insert("fact", toml_edit::value("Late twice"));
        fact.insert("source", toml_edit::value("seen"));
        doc.set("prepare.evidence", value::records(vec![fact]));
        let q = catalogue::find("prepare.evidence").unwrap();
        let mut script = Replay::new([
            Reply::Pick(0),
            Reply::Pick(1),
            t("Late three times"),
            Reply::Pick(0),
            t(""),
            Reply::Pick(2),
        ]);
        edit_list(&mut script, &mut doc, q, &mut |_| Ok(())).unwrap();
        let plan = doc.typed().unwrap();
        assert_eq!(plan.prepare.evidence.len(), 1);
        assert_eq!(plan.prepare.evidence[0].fact, "Late three times");
        assert_eq!(plan.prepare.evidence[0].source.value(), "seen");
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
    fn the_list_editor_counts_in_words() {
        let mut doc = EditablePlan::new_plan();
        let mut fact = Table::new();
        fact.insert("fact", toml_edit::value("Late twice"));
        fact.insert("source", toml_edit::value("seen"));
        doc.set("prepare.evidence", value::records(vec![fact]));
        let q = catalogue::find("prepare.evidence").unwrap();
        let mut script = Replay::new([Reply::Pick(2)]);
        edit_list(&mut script, &mut doc, q, &mut |_| Ok(())).unwrap();
        let header = format!("  {} (1 fact so far)", q.prompt);
        assert!(
            script.transcript.contains(&header),
            "{:#?}",
            script.transcript
        );
        assert!(
            !script.transcript.iter().any(|l| l.contains("1 facts")),
            "{:#?}",
            script.transcript
        );
        // Below the minimum, in the singular too.
        let mut doc = EditablePlan::new_plan();
        let mut script = Replay::new([Reply::Pick(1)]);
        edit_list(&mut script, &mut doc, q, &mut |_| Ok(())).unwrap();
        assert!(
            script.transcript.iter().any(|l| l
                == "  This list needs at least 1 fact to count as done; you can add it later."),
            "{:#?}",
            script.transcript
        );
        assert!(
            script
                .transcript
                .contains(&format!("  {} (0 facts so far)", q.prompt)),
            "{:#?}",
            script.transcript
        );
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
