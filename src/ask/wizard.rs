//! Asking the catalogue in order, saving after every answer.

use super::{EDIT_COMMAND, Prompter};
use crate::error::Result;
use crate::planfile::EditablePlan;
use crate::questions::catalogue::{Field, Initial, Kind, Question, Step};
use crate::questions::{answer as value, coach};
use toml_edit::{Item, Table};

/// Called after every answer with the plan so far; saves it.
pub type Saver<'a> = dyn FnMut(&mut EditablePlan) -> Result<()> + 'a;

/// Which questions are in scope.
pub fn in_scope(q: &Question, quick: bool) -> bool {
    !quick || q.quick
}

/// Ask every question in scope that is not yet complete (with `edit`, every
/// question in scope, starting from its current answer), saving after each.
///
/// Returns how many questions were asked.
pub fn run(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    questions: &[Question],
    quick: bool,
    edit: bool,
    save: &mut Saver<'_>,
) -> Result<usize> {
    let mut steps: Vec<Step> = questions
        .iter()
        .filter(|q| in_scope(q, quick))
        .map(|q| q.step)
        .collect();
    steps.dedup();
    let mut current = None;
    let mut asked = 0;
    for q in questions {
        if !in_scope(q, quick) || !doc.applies(q) || (!edit && doc.complete(q)) {
            continue;
        }
        if current != Some(q.step) {
            current = Some(q.step);
            let index = steps.iter().position(|s| *s == q.step).unwrap_or(0) + 1;
            p.heading(q.step.title(), index, steps.len());
        }
        asked += 1;
        let initial = initial_text(doc, q, edit);
        ask(p, doc, q, initial.as_deref(), save)?;
    }
    Ok(asked)
}

/// The text a prompt starts from: the current answer when editing, else the
/// question's own starting point (today, or another answer to confirm).
fn initial_text(doc: &EditablePlan, q: &Question, edit: bool) -> Option<String> {
    let shown = |item: &Item| -> Option<String> {
        match item.as_value()? {
            toml_edit::Value::String(s) => Some(s.value().clone()),
            toml_edit::Value::Boolean(b) => Some(b.value().to_string()),
            toml_edit::Value::Integer(i) => Some(i.value().to_string()),
            toml_edit::Value::Datetime(d) => Some(d.value().to_string()),
            _ => None,
        }
    };
    if edit && let Some(current) = doc.get(q.id).and_then(shown) {
        return Some(current);
    }
    match q.initial {
        Initial::Empty => None,
        Initial::Today => Some(crate::planfile::dates::today().to_string()),
        Initial::From(key) => doc.get(key).and_then(shown),
    }
    .filter(|s| !s.is_empty())
}

fn ask(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    initial: Option<&str>,
    save: &mut Saver<'_>,
) -> Result<()> {
    match q.kind {
        Kind::LongText => p.note(&format!(
            "{} (Type {EDIT_COMMAND} to write it in your editor.)",
            q.help
        )),
        _ => p.note(q.help),
    }
    match q.kind {
        Kind::List => {
            let existing = strings(doc.get(q.id));
            let start = existing.is_empty();
            list_loop(p, doc, q, existing, start, "Add another?", save)
        }
        Kind::Bank(bank) => ask_bank(p, doc, q, bank, save),
        Kind::Records(fields) => ask_records(p, doc, q, fields, save),
        _ => {
            if let Some(item) = scalar(p, &q.kind, q.prompt, q.min > 0, initial)? {
                doc.set(q.id, item);
                save(doc)?;
            }
            Ok(())
        }
    }
}

/// Pick from a bank of suggestions, then add the user's own.
fn ask_bank(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    bank: &[&str],
    save: &mut Saver<'_>,
) -> Result<()> {
    let mut picked: Vec<String> = strings(doc.get(q.id));
    if picked.is_empty() {
        let chosen = p.multi_select(q.prompt, bank)?;
        picked = chosen.into_iter().map(|i| bank[i].to_string()).collect();
        doc.set(q.id, value::list(&picked));
        save(doc)?;
    }
    if p.confirm("Add one of your own?", false)? {
        list_loop(p, doc, q, picked, true, "Add another of your own?", save)?;
    }
    Ok(())
}

/// Ask records (facts, actions, don't/do pairs) one field at a time.
fn ask_records(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    fields: &[Field],
    save: &mut Saver<'_>,
) -> Result<()> {
    let mut tables: Vec<Table> = match doc.get(q.id) {
        Some(Item::ArrayOfTables(a)) => a.iter().cloned().collect(),
        _ => Vec::new(),
    };
    loop {
        if tables.len() >= q.min {
            let more = if tables.is_empty() {
                "Add one?"
            } else {
                "Add another?"
            };
            if !p.confirm(more, false)? {
                break;
            }
        }
        p.note(&format!("{} (#{})", q.prompt, tables.len() + 1));
        // Saved as soon as the entry is valid, then after each further field.
        let mut entry = Table::new();
        for f in fields {
            if let Some(item) = scalar(p, &f.kind, f.prompt, !f.optional, None)? {
                entry.insert(f.key, item);
            }
            if fields
                .iter()
                .all(|f| f.optional || entry.contains_key(f.key))
            {
                let mut all = tables.clone();
                all.push(entry.clone());
                doc.set(q.id, value::records(all));
                save(doc)?;
            }
        }
        tables.push(entry);
    }
    if tables.is_empty() {
        doc.set(q.id, value::records(Vec::new()));
        save(doc)?;
    }
    Ok(())
}

/// Ask one value of a non-list kind until it is valid. `None` means skipped.
fn scalar(
    p: &mut dyn Prompter,
    kind: &Kind,
    prompt: &str,
    required: bool,
    initial: Option<&str>,
) -> Result<Option<Item>> {
    match kind {
        Kind::Choice(opts) => {
            let labels: Vec<&str> = opts.iter().map(|o| o.label).collect();
            let default = opts
                .iter()
                .position(|o| Some(o.value) == initial)
                .unwrap_or(0);
            let i = p.select(prompt, &labels, default)?;
            return Ok(Some(toml_edit::value(opts[i].value)));
        }
        Kind::MultiChoice(opts) => {
            let labels: Vec<&str> = opts.iter().map(|o| o.label).collect();
            let picked = p.multi_select(prompt, &labels)?;
            let values: Vec<String> = picked.iter().map(|i| opts[*i].value.to_string()).collect();
            return Ok(Some(value::list(&values)));
        }
        Kind::YesNo => {
            let default = initial == Some("true");
            return Ok(Some(toml_edit::value(p.confirm(prompt, default)?)));
        }
        _ => {}
    }
    loop {
        let typed = match kind {
            Kind::LongText => p.long_text(prompt, initial)?,
            _ => p.text(prompt, initial)?,
        };
        match value::parse_input(kind, &typed) {
            Ok(Some(item)) => return Ok(Some(item)),
            Ok(None) if required => p.note("This one needs an answer to go on."),
            // An unanswered text is stored empty so that resuming moves past it.
            Ok(None) if matches!(kind, Kind::Text | Kind::LongText) => {
                return Ok(Some(toml_edit::value("")));
            }
            Ok(None) => return Ok(None),
            Err(why) => p.note(&format!("That doesn't fit: {why}. Try again.")),
        }
    }
}

fn strings(item: Option<&Item>) -> Vec<String> {
    item.and_then(Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Ask entries one by one, saving after each, until the user is done.
///
/// With `start`, the first entry is asked straight away; after that (and
/// once the minimum is met) each further entry is offered with `another`.
fn list_loop(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    mut entries: Vec<String>,
    mut start: bool,
    another: &str,
    save: &mut Saver<'_>,
) -> Result<()> {
    loop {
        let needed = entries.len() < q.min;
        let first = std::mem::take(&mut start);
        if !needed && !first && !p.confirm(another, false)? {
            break;
        }
        let prompt = format!("{} ({} so far)", q.prompt, entries.len());
        let typed = p.text(&prompt, None)?;
        let entry = match value::parse_input(&Kind::Text, &typed) {
            Ok(Some(item)) => item.as_str().unwrap_or_default().to_string(),
            Ok(None) if needed => {
                p.note(&format!("Add at least {} here to go on.", q.min));
                continue;
            }
            Ok(None) => break,
            Err(why) => {
                p.note(&format!("That doesn't fit: {why}. Try again."));
                continue;
            }
        };
        let entry = coach_entry(p, q, entry)?;
        entries.push(entry);
        doc.set(q.id, value::list(&entries));
        save(doc)?;
    }
    if doc.get(q.id).is_none() {
        doc.set(q.id, value::list(&entries));
        save(doc)?;
    }
    Ok(())
}

/// Offer to rewrite a question the coaching rules flag; the user may keep it.
/// When a pattern gives a rewrite, using it is the first choice.
fn coach_entry(p: &mut dyn Prompter, q: &Question, mut entry: String) -> Result<String> {
    if !q.coached {
        return Ok(entry);
    }
    while let Some(flag) = coach::question_issue(&entry) {
        p.note(flag.rule.note());
        let use_it = flag.rewrite.as_ref().map(|r| format!("Use: {r}"));
        let mut items: Vec<&str> = use_it.iter().map(String::as_str).collect();
        items.extend(["Rewrite it", "Keep it as it is"]);
        let keep = items.len() - 1;
        match (
            p.select("What would you like to do?", &items, 0)?,
            flag.rewrite,
        ) {
            (0, Some(rewrite)) => entry = rewrite,
            (choice, _) if choice == keep => break,
            _ => {
                let rewritten = p.text("Rewrite", Some(&entry))?;
                if let Ok(Some(item)) = value::parse_input(&Kind::Text, &rewritten) {
                    entry = item.as_str().unwrap_or_default().to_string();
                }
            }
        }
    }
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::replay::{Replay as Script, Reply};
    use crate::questions::catalogue::{self, PLANNING};

    fn t(s: &str) -> Reply {
        Reply::Text(s.into())
    }

    fn quick_script() -> Vec<Reply> {
        vec![
            t("Sam Lee"),
            t("2026-11-28 10:00"),
            t("We trust each other's estimates again"),
            // evidence: fact, source, date, then "add another?" no
            t("Report due 3 Nov arrived 10 Nov"),
            Reply::Pick(2),
            t("2026-11-10"),
            Reply::No,
            t("We both want the launch to land well"),
            // questions: a why question, rewritten by hand; then an open one
            t("Why was the report late?"),
            Reply::Pick(1),
            t("What got in the way of the report?"),
            t("How can I help you plan the next one?"),
            Reply::No,
            Reply::Pick(0),
            t("Reports arrive on the agreed date, or you flag it two days ahead"),
            t("It becomes a formal performance conversation"),
        ]
    }

    #[test]
    fn quick_mode_asks_the_essentials_and_saves_each_answer() {
        let mut script = Script::new(quick_script());
        let mut doc = EditablePlan::new_plan();
        let mut saves = 0;
        let asked = run(&mut script, &mut doc, PLANNING, true, false, &mut |_| {
            saves += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
        assert_eq!(asked, 9);
        assert!(saves >= asked, "saved {saves} times for {asked} answers");
        let plan = doc.typed().unwrap();
        assert_eq!(plan.meeting.with.as_deref(), Some("Sam Lee"));
        assert_eq!(plan.prepare.evidence.len(), 1);
        assert_eq!(plan.prepare.evidence[0].source.value(), "written");
        assert_eq!(
            plan.explore.questions,
            [
                "What got in the way of the report?",
                "How can I help you plan the next one?"
            ]
        );
        assert_eq!(plan.summarize.fallback.map(|f| f.value()), Some("expect"));
        assert!(plan.summarize.escalation_why.is_none());
        assert!(script.transcript.iter().any(|l| l.contains("accusation")));
        assert!(script.transcript.iter().any(|l| l.starts_with("# Prepare")));
    }

    #[test]
    fn a_bank_takes_picks_then_the_users_own() {
        let mut script = Script::new([
            Reply::Picks(vec![0, 2]),
            Reply::Yes,
            t("What would make next month easier?"),
            Reply::No,
        ]);
        let mut doc = EditablePlan::new_plan();
        let q = catalogue::find("summarize.questions").unwrap();
        run(
            &mut script,
            &mut doc,
            std::slice::from_ref(q),
            false,
            false,
            &mut |_| Ok(()),
        )
        .unwrap();
        let bank = catalogue::WAY_FORWARD;
        assert_eq!(
            doc.typed().unwrap().summarize.questions,
            [bank[0], bank[2], "What would make next month easier?"]
        );
    }

    #[test]
    fn the_proposed_rewrite_is_one_key_away() {
        let mut script = Script::new([
            t("Did you read my email?"),
            Reply::Pick(0),
            t("Why didn't you tell anyone?"),
            Reply::Pick(0),
            Reply::No,
        ]);
        let mut doc = EditablePlan::new_plan();
        let q = catalogue::find("explore.questions").unwrap();
        run(
            &mut script,
            &mut doc,
            std::slice::from_ref(q),
            false,
            false,
            &mut |_| Ok(()),
        )
        .unwrap();
        assert_eq!(
            doc.typed().unwrap().explore.questions,
            [
                "What did you make of my email?",
                "What made it hard to tell anyone?"
            ]
        );
    }

    #[test]
    fn a_flagged_question_can_be_kept() {
        let mut script = Script::new([
            t("Did you see my email?"),
            Reply::Pick(2),
            t("What do you make of it?"),
            Reply::No,
        ]);
        let mut doc = EditablePlan::new_plan();
        let q = catalogue::find("explore.questions").unwrap();
        run(
            &mut script,
            &mut doc,
            std::slice::from_ref(q),
            false,
            false,
            &mut |_| Ok(()),
        )
        .unwrap();
        assert_eq!(
            doc.typed().unwrap().explore.questions,
            ["Did you see my email?", "What do you make of it?"]
        );
    }

    #[test]
    fn bad_answers_are_asked_again_with_the_reason() {
        let mut script = Script::new([t("Ana"), t("next friday"), t("2026-12-04")]);
        let mut doc = EditablePlan::new_plan();
        let qs: Vec<Question> = PLANNING.iter().take(2).copied().collect();
        run(&mut script, &mut doc, &qs, false, false, &mut |_| Ok(())).unwrap();
        assert!(
            script
                .transcript
                .iter()
                .any(|l| l.contains("2026-11-28 14:30"))
        );
        assert_eq!(
            doc.get("meeting.when")
                .unwrap()
                .as_datetime()
                .unwrap()
                .to_string(),
            "2026-12-04"
        );
    }

    #[test]
    fn required_answers_cannot_be_skipped() {
        let mut script = Script::new([t(""), t("Ana")]);
        let mut doc = EditablePlan::new_plan();
        let qs: Vec<Question> = PLANNING.iter().take(1).copied().collect();
        run(&mut script, &mut doc, &qs, false, false, &mut |_| Ok(())).unwrap();
        assert!(
            script
                .transcript
                .iter()
                .any(|l| l.contains("needs an answer"))
        );
    }

    #[test]
    fn resume_skips_what_is_answered_and_finishes_short_lists() {
        let mut doc = EditablePlan::new_plan();
        doc.set("meeting.with", toml_edit::value("Sam"));
        doc.set("explore.questions", value::list(&["What happened?".into()]));
        let q = catalogue::find("explore.questions").unwrap();
        let with = catalogue::find("meeting.with").unwrap();
        assert!(doc.complete(with));
        assert!(
            !doc.complete(q),
            "one question is short of the minimum of two"
        );
        let mut script = Script::new([t("How do you see it?"), Reply::No]);
        run(
            &mut script,
            &mut doc,
            &[*with, *q],
            false,
            false,
            &mut |_| Ok(()),
        )
        .unwrap();
        assert_eq!(doc.typed().unwrap().explore.questions.len(), 2);
    }

    #[test]
    fn escalation_branch_asks_its_own_questions() {
        let qs: Vec<Question> = PLANNING
            .iter()
            .filter(|q| q.id.starts_with("summarize.") && q.quick)
            .copied()
            .collect();
        let mut script = Script::new([
            Reply::Pick(1),
            t("Third missed date"),
            t("HR joins the next meeting"),
        ]);
        let mut doc = EditablePlan::new_plan();
        run(&mut script, &mut doc, &qs, true, false, &mut |_| Ok(())).unwrap();
        let plan = doc.typed().unwrap();
        assert_eq!(
            plan.summarize.escalation_why.as_deref(),
            Some("Third missed date")
        );
        assert!(plan.summarize.expectation.is_none());
    }
}
