//! Lists: asked entry by entry until an empty answer ends them (texts,
//! picks from a bank and the user's own, records, agreed actions started
//! from the planned ones), and the one editor for every kind of list
//! (keep, change, delete, move, add).

use super::drafts::{Entry, ask_entry};
use super::input::{ask_record, list_entry};
use super::stored::{records_item, shown, strings, tables};
use super::{Prompter, Saver, first_line};
use crate::check::planned;
use crate::dates::wording;
use crate::error::Result;
use crate::planfile::EditablePlan;
use crate::questions::answer as value;
use crate::questions::catalogue::{Field, Kind, Question};
use toml_edit::Table;

/// Ask entries one by one, saving after each: an empty answer ends the
/// list once it has its minimum. The prompt shows the count so far.
pub(super) fn list_loop(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    mut entries: Vec<String>,
    prompt: &str,
    save: &mut Saver<'_>,
) -> Result<()> {
    loop {
        let needed = entries.len() < q.min;
        let shown = if needed {
            format!("{prompt} ({} so far)", entries.len())
        } else {
            format!("{prompt} ({} so far; Enter to finish)", entries.len())
        };
        match list_entry(p, q, &shown, None, needed)? {
            Some(entry) => {
                entries.push(entry);
                doc.set(q.id, value::list(&entries));
                save(doc)?;
            }
            None => break,
        }
    }
    if doc.get(q.id).is_none() {
        doc.set(q.id, value::list(&entries));
        save(doc)?;
    }
    Ok(())
}

/// Pick from a bank of suggestions, then add the user's own.
pub(super) fn ask_bank(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    bank: &[&str],
    save: &mut Saver<'_>,
) -> Result<()> {
    let mut picked: Vec<String> = strings(doc.get(q.id));
    if !doc.answered(q.id) {
        let chosen = p.multi_select(q.prompt, bank, &[])?;
        picked = chosen.into_iter().map(|i| bank[i].to_string()).collect();
        doc.set(q.id, value::list(&picked));
        save(doc)?;
    }
    list_loop(p, doc, q, picked, "Add one of your own", save)
}

/// Ask records (facts, actions, don't/do pairs) one field at a time.
///
/// The same rhythm as every list: an empty first field ends the list once
/// it has its minimum.
pub(super) fn ask_records(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    fields: &[Field],
    save: &mut Saver<'_>,
) -> Result<()> {
    let mut tables: Vec<Table> = tables(doc.get(q.id));
    while let Some(entry) = ask_entry(p, doc, q, fields, &tables, Entry::New, save)? {
        tables.push(entry);
    }
    // Declined or ended: the list is stored, so resuming moves past it.
    doc.set(q.id, records_item(tables));
    save(doc)
}

/// The entries planned for a record list not yet answered, when its
/// starting point is a list of text (the win/win actions for the agreed ones).
pub(super) fn planned_entries(doc: &EditablePlan, q: &Question) -> Option<Vec<String>> {
    let planned = strings(planned::answer(doc, q).item.as_ref());
    (!doc.answered(q.id) && !planned.is_empty()).then_some(planned)
}

/// Start a record list from what was planned: the user unticks what did not
/// happen, completes each kept entry (its first field starts from the
/// planned words), then keeps, changes, deletes or adds in the list editor.
pub(super) fn start_from_planned(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    fields: &[Field],
    planned: &[String],
    save: &mut Saver<'_>,
) -> Result<()> {
    let items: Vec<&str> = planned.iter().map(String::as_str).collect();
    let picked = p.multi_select(
        "Which of the actions you planned were agreed?",
        &items,
        &vec![true; items.len()],
    )?;
    let mut tables: Vec<Table> = Vec::new();
    for i in picked {
        let mut start = Table::new();
        start.insert(fields[0].key, toml_edit::value(&planned[i]));
        // Only what is typed is kept if interrupted: the planned words are in the plan.
        let from = Entry::Planned(&start);
        if let Some(entry) = ask_entry(p, doc, q, fields, &tables, from, save)? {
            tables.push(entry);
            doc.set(q.id, records_item(tables.clone()));
            save(doc)?;
        }
    }
    doc.set(q.id, records_item(tables));
    save(doc)?;
    edit_list(p, doc, q, save)
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
    use crate::questions::catalogue;

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
}
