//! Records typed part way: saved as a draft after every field until the
//! record is whole, so that a Ctrl-C loses no field given, and offered back
//! at their list when the questions are taken up again.

use super::input::ask_record_into;
use super::stored::{records_item, shown, tables};
use super::{Prompter, Saver};
use crate::dates::wording;
use crate::error::{Error, Result};
use crate::planfile::EditablePlan;
use crate::planfile::editable::Draft;
use crate::questions::catalogue::{Field, Kind, Question};
use toml_edit::Table;

/// Where a record being asked starts from.
#[derive(Clone, Copy)]
pub(super) enum Entry<'a> {
    /// A new record.
    New,
    /// A new record starting from planned words (an agreed action from a
    /// planned one): only what is typed is kept if interrupted.
    Planned(&'a Table),
    /// A draft being completed: kept, with what is typed over it, if
    /// interrupted again; removed once the record is whole.
    Draft(&'a Draft),
}

/// Ask one record of `q` after `tables`. Until it is whole, what is typed
/// of it is saved after every field as a draft, which resuming offers back
/// (see [`offer_drafts`]); once whole, it is saved in the list instead, in
/// the same write. So a Ctrl-C, however it lands, loses no field given.
pub(super) fn ask_entry(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    fields: &[Field],
    tables: &[Table],
    from: Entry<'_>,
    save: &mut Saver<'_>,
) -> Result<Option<Table>> {
    let (current, mut draft) = match from {
        Entry::New => (None, None),
        Entry::Planned(t) => (Some(t), None),
        Entry::Draft(d) => (Some(&d.entry), Some(d.clone())),
    };
    // The draft: a draft being completed, with what is typed over it.
    let kept = |typed: &Table| {
        let mut entry = match from {
            Entry::Draft(d) => d.entry.clone(),
            _ => Table::new(),
        };
        for (key, item) in typed.iter() {
            entry.insert(key, item.clone());
        }
        Draft {
            question: q.id.to_string(),
            entry,
        }
    };
    let mut stored = false;
    let mut typed = Table::new();
    let got = ask_record_into(
        p,
        fields,
        q,
        tables.len(),
        current,
        &mut |entry, whole| {
            if whole {
                let mut all = tables.to_vec();
                all.push(entry.clone());
                doc.set(q.id, records_item(all));
                replace_draft(doc, draft.take().as_ref(), None);
                stored = true;
            } else if !entry.is_empty() {
                let now = kept(entry);
                replace_draft(doc, draft.as_ref(), Some(now.clone()));
                draft = Some(now);
            } else {
                return Ok(());
            }
            save(doc)
        },
        &mut typed,
    );
    // A text typed but still being coached is not saved yet: it is now.
    if let Err(Error::Interrupted { .. }) = got
        && !stored
        && !typed.is_empty()
    {
        let now = kept(&typed);
        replace_draft(doc, draft.as_ref(), Some(now));
        save(doc)?;
    }
    got
}

/// The drafts of records of `q`, in order.
pub(super) fn drafts_of(doc: &EditablePlan, q: &Question) -> Vec<Draft> {
    doc.drafts()
        .into_iter()
        .filter(|d| d.question == q.id)
        .collect()
}

/// Replace the draft `old` with `new`: either may be none (a draft added,
/// or one removed).
fn replace_draft(doc: &mut EditablePlan, old: Option<&Draft>, new: Option<Draft>) {
    let same = |a: &Draft, b: &Draft| {
        a.question == b.question && a.entry.to_string() == b.entry.to_string()
    };
    let mut all = doc.drafts();
    let at = old.and_then(|old| all.iter().position(|d| same(d, old)));
    match (at, new) {
        (Some(i), Some(new)) => all[i] = new,
        (Some(i), None) => {
            all.remove(i);
        }
        (None, Some(new)) => all.push(new),
        // Already gone: the file stays as it is.
        (None, None) => return,
    }
    doc.set_drafts(&all);
}

/// Offer back each record of `q` typed part way when the questions were
/// interrupted: complete it now (its fields start from what was typed),
/// keep it for later, or drop it.
pub fn offer_drafts(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    save: &mut Saver<'_>,
) -> Result<()> {
    let Kind::Records(fields) = q.kind else {
        return Ok(());
    };
    for draft in drafts_of(doc, q) {
        let typed: Vec<String> = fields
            .iter()
            .filter_map(|f| draft.entry.get(f.key).and_then(shown))
            .collect();
        let noun = wording::singular(q.entries);
        let a = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        p.note(&format!(
            "You stopped part way through {a} {noun}: {}",
            typed.join(" · ")
        ));
        let pick = p.select(
            "What would you like to do with it?",
            &["Complete it now", "Keep it for later", "Drop it"],
            0,
        )?;
        match pick {
            0 => {
                let mut tables = tables(doc.get(q.id));
                let from = Entry::Draft(&draft);
                if let Some(entry) = ask_entry(p, doc, q, fields, &tables, from, save)? {
                    tables.push(entry);
                    doc.set(q.id, records_item(tables));
                    replace_draft(doc, Some(&draft), None);
                    save(doc)?;
                }
            }
            1 => p.note("Kept for later: it is offered again when you carry on."),
            _ => {
                replace_draft(doc, Some(&draft), None);
                save(doc)?;
                p.note(&format!("Dropped the {noun}."));
            }
        }
    }
    Ok(())
}
