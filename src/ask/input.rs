//! One answer at the prompt: picked, or typed and checked until it fits,
//! then coached (the note, the rewrite one key away); a list's entry; a
//! record's fields.

use super::Prompter;
use super::stored::shown;
use crate::check::coach;
use crate::dates::wording;
use crate::error::Result;
use crate::questions::answer as value;
use crate::questions::catalogue::{Coach, Field, Kind, Question};
use toml_edit::{Item, Table};

/// Ask one value of a non-list kind until it is valid. `None` means skipped.
/// `asked` is the prompt and the help the editor shows at the top of its file.
pub fn scalar(
    p: &mut dyn Prompter,
    kind: &Kind,
    asked: (&str, &str),
    how: Coach,
    required: bool,
    initial: Option<&str>,
    checked: &[bool],
) -> Result<Option<Item>> {
    if let Some(item) = picked(p, kind, asked.0, initial, checked)? {
        return Ok(Some(item));
    }
    typed_scalar(p, kind, asked, how, required, initial, &mut None)
}

/// [`scalar`] for a kind that is typed. The answer, once it parses, is
/// kept in `given` as typed, before any coaching, so that it survives a
/// Ctrl-C at the coaching's menu.
fn typed_scalar(
    p: &mut dyn Prompter,
    kind: &Kind,
    asked: (&str, &str),
    how: Coach,
    required: bool,
    initial: Option<&str>,
    given: &mut Option<Item>,
) -> Result<Option<Item>> {
    let (prompt, help) = asked;
    // The prompt refuses what will not do, so it is never echoed as given.
    let check = |typed: &str| match value::parse_input(kind, typed) {
        Ok(None) if required => Err(NEEDS_ANSWER.to_string()),
        Ok(_) => coach::refusal(how, typed).map_or(Ok(()), Err),
        Err(why) => Err(doesnt_fit(&why)),
    };
    loop {
        let typed = match kind {
            Kind::LongText => p.long_text(prompt, help, initial, &check)?,
            _ => p.checked_text(prompt, initial, &check)?,
        };
        match value::parse_input(kind, &typed) {
            Ok(Some(item)) => {
                *given = Some(item.clone());
                if let Some(day) = value::understood(&item) {
                    p.note(&day);
                }
                if let Some(text) = item.as_str().filter(|_| how != Coach::No) {
                    return Ok(Some(toml_edit::value(coach_text(
                        p,
                        how,
                        text.to_string(),
                    )?)));
                }
                return Ok(Some(item));
            }
            // Only what the prompt did not check, such as an editor's text.
            Ok(None) if required => p.note(NEEDS_ANSWER),
            // An unanswered text is stored empty so that resuming moves past it.
            Ok(None) if matches!(kind, Kind::Text | Kind::LongText) => {
                return Ok(Some(toml_edit::value("")));
            }
            Ok(None) => return Ok(None),
            Err(why) => p.note(&doesnt_fit(&why)),
        }
    }
}

/// A kind answered by picking (a choice, several, yes or no): the answer.
/// `None` for a kind that is typed.
fn picked(
    p: &mut dyn Prompter,
    kind: &Kind,
    prompt: &str,
    initial: Option<&str>,
    checked: &[bool],
) -> Result<Option<Item>> {
    match kind {
        Kind::Choice(opts) => {
            let labels: Vec<&str> = opts.iter().map(|o| o.label).collect();
            let default = opts
                .iter()
                .position(|o| Some(o.value) == initial)
                .unwrap_or(0);
            let i = p.select(prompt, &labels, default)?;
            Ok(Some(toml_edit::value(opts[i].value)))
        }
        Kind::MultiChoice(opts) => {
            let labels: Vec<&str> = opts.iter().map(|o| o.label).collect();
            let picked = p.multi_select(prompt, &labels, checked)?;
            let values: Vec<String> = picked.iter().map(|i| opts[*i].value.to_string()).collect();
            Ok(Some(value::list(&values)))
        }
        Kind::YesNo => {
            let default = initial == Some("true");
            Ok(Some(toml_edit::value(p.confirm(prompt, default)?)))
        }
        _ => Ok(None),
    }
}

/// Said when a required answer is left empty.
const NEEDS_ANSWER: &str = "This one needs an answer to go on.";

/// Said when an answer is refused, with why.
pub fn doesnt_fit(why: &str) -> String {
    format!("That doesn't fit: {why}. Try again.")
}

/// One text entry of a list, coached when the list is coached. `None` when
/// left empty and not `needed`.
pub fn list_entry(
    p: &mut dyn Prompter,
    q: &Question,
    prompt: &str,
    initial: Option<&str>,
    needed: bool,
) -> Result<Option<String>> {
    let at_least = format!(
        "Add at least {} here to go on.",
        wording::count(q.min, q.entries)
    );
    let check = |typed: &str| match value::parse_input(&Kind::Text, typed) {
        Ok(None) if needed => Err(at_least.clone()),
        Ok(_) => coach::refusal(q.coach, typed).map_or(Ok(()), Err),
        Err(why) => Err(doesnt_fit(&why)),
    };
    loop {
        let typed = p.checked_text(prompt, initial, &check)?;
        match value::parse_input(&Kind::Text, &typed) {
            Ok(Some(item)) => {
                let entry = item.as_str().unwrap_or_default().to_string();
                return coach_text(p, q.coach, entry).map(Some);
            }
            Ok(None) if needed => p.note(&at_least),
            Ok(None) => return Ok(None),
            Err(why) => p.note(&doesnt_fit(&why)),
        }
    }
}

/// Ask the fields of one record, the `n`th so far (from `current` when
/// changing one). `None` when the first field is left empty and the list
/// may end there. `store` is called as soon as the record is valid, then
/// after each further field.
pub fn ask_record(
    p: &mut dyn Prompter,
    fields: &[Field],
    q: &Question,
    n: usize,
    current: Option<&Table>,
    store: &mut dyn FnMut(&Table) -> Result<()>,
) -> Result<Option<Table>> {
    let mut entry = Table::new();
    let mut each = |entry: &Table, whole: bool| if whole { store(entry) } else { Ok(()) };
    ask_record_into(p, fields, q, n, current, &mut each, &mut entry)
}

/// [`ask_record`], building the record in `entry`, so that what was typed
/// of it is there when a prompt fails (Ctrl-C); a text answered but still
/// being coached is in it too, as typed. `each` is called after every
/// field, with whether the record is whole yet.
pub(super) fn ask_record_into(
    p: &mut dyn Prompter,
    fields: &[Field],
    q: &Question,
    n: usize,
    current: Option<&Table>,
    each: &mut dyn FnMut(&Table, bool) -> Result<()>,
    entry: &mut Table,
) -> Result<Option<Table>> {
    let may_end = current.is_none() && n >= q.min;
    // Fields a later command fills (an action's state) are not asked, and
    // kept as they were when a record is changed.
    if let Some(current) = current {
        for f in fields.iter().filter(|f| !f.asked) {
            if let Some(item) = current.get(f.key) {
                entry.insert(f.key, item.clone());
            }
        }
    }
    for (i, f) in fields.iter().filter(|f| f.asked).enumerate() {
        let now = current.and_then(|t| t.get(f.key)).and_then(shown);
        let prompt = match (i, may_end) {
            (0, true) => format!("{} (#{}; Enter to finish)", f.prompt, n + 1),
            (0, false) if current.is_none() => format!("{} (#{})", f.prompt, n + 1),
            _ => f.prompt.to_string(),
        };
        let required = !(f.optional || (i == 0 && may_end));
        let mut typed = None;
        let asked = (prompt.as_str(), q.help);
        let item = match picked(p, &f.kind, &prompt, now.as_deref(), &[]) {
            Ok(None) => typed_scalar(
                p,
                &f.kind,
                asked,
                f.coach,
                required,
                now.as_deref(),
                &mut typed,
            ),
            other => other,
        };
        let item = match item {
            Ok(item) => item,
            Err(e) => {
                if let Some(typed) = typed {
                    entry.insert(f.key, typed);
                }
                return Err(e);
            }
        };
        if i == 0 && may_end && item.as_ref().and_then(Item::as_str) == Some("") {
            return Ok(None);
        }
        if let Some(item) = item {
            entry.insert(f.key, item);
        }
        each(entry, is_whole(fields, entry))?;
    }
    Ok(Some(entry.clone()))
}

/// Whether a record has every field it needs, and so is stored as an entry.
fn is_whole(fields: &[Field], entry: &Table) -> bool {
    fields
        .iter()
        .all(|f| f.optional || entry.contains_key(f.key))
}

/// Show what the coaching says about a text (the same note `plan check`
/// and `--no-input` give) and offer to use the rewrite a pattern gives, to
/// rewrite it, or to keep it as it is.
fn coach_text(p: &mut dyn Prompter, how: Coach, mut text: String) -> Result<String> {
    loop {
        // Every rule's note, as plan check gives one finding each.
        let advice = coach::advise(how, &text);
        if advice.is_empty() {
            break;
        }
        for a in &advice {
            p.note(&a.note());
        }
        let rewrite = advice.into_iter().find_map(|a| a.rewrite);
        let use_it = rewrite.as_ref().map(|r| format!("Use: {r}"));
        let mut items: Vec<&str> = use_it.iter().map(String::as_str).collect();
        items.extend(["Rewrite it", "Keep it as it is"]);
        let keep = items.len() - 1;
        match (p.select("What would you like to do?", &items, 0)?, rewrite) {
            (0, Some(rewrite)) => text = rewrite,
            (choice, _) if choice == keep => break,
            _ => {
                let check = |typed: &str| match coach::refusal(how, typed) {
                    Some(why) => Err(why),
                    None => Ok(()),
                };
                let rewritten = p.checked_text("Rewrite", Some(&text), &check)?;
                if let Ok(Some(item)) = value::parse_input(&Kind::Text, &rewritten) {
                    text = item.as_str().unwrap_or_default().to_string();
                }
            }
        }
    }
    Ok(text)
}
