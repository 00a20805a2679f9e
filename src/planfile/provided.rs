//! Answers given up front: `--answers FILE`, `--set KEY=VALUE` (which
//! replaces a list) and `--add KEY=VALUE` (which appends one entry).
//!
//! Both are validated exactly like typed answers: the file by the same loader
//! as a plan, each `--set` value by the same parser as the prompt.

use crate::error::{Error, Result, printable};
use crate::planfile::{EditablePlan, FileKind};
use crate::questions::answer;
use crate::questions::catalogue::{self, Kind, Question, Step};
use std::collections::HashMap;
use std::path::Path;
use toml_edit::{Item, Table, Value};

/// Answers given by file and flags, ready to apply to a plan.
#[derive(Debug, Default)]
pub struct Provided {
    /// From `--answers`, then `--set` (which wins key by key).
    answers: EditablePlan,
    /// From `--add`: entries to append, per list key, in order.
    added: Vec<(&'static Question, Vec<Item>)>,
}

/// The flags and file an asking command was given.
#[derive(Debug, Clone, Copy)]
pub struct Given<'a> {
    /// `--answers FILE`.
    pub answers: Option<&'a Path>,
    /// Every `--set KEY=VALUE`.
    pub set: &'a [String],
    /// Every `--add KEY=VALUE`.
    pub add: &'a [String],
}

impl Given<'_> {
    /// Whether any answer was given up front.
    pub fn any(&self) -> bool {
        self.answers.is_some() || !self.set.is_empty() || !self.add.is_empty()
    }
}

/// Every answer given by file and flags, checked like typed answers.
pub fn provided(given: Given<'_>, questions: &[Question]) -> Result<Provided> {
    let mut answers = match given.answers {
        Some(path) => crate::planfile::load(path, FileKind::Answers)?,
        None => EditablePlan::default(),
    };
    for (q, items) in gather(given.set, "--set", questions)? {
        let item = combine(&q.kind, items);
        answer::check_count(q.id, &item).map_err(|p| {
            Error::usage(
                format!("--set {}: {p}", q.id),
                "give fewer entries; keep the rest in a notes file of your own",
            )
        })?;
        answers.set(q.id, item);
    }
    let added = gather(given.add, "--add", questions)?;
    if let Some((q, _)) = added.iter().find(|(q, _)| !q.kind.is_list()) {
        return Err(Error::usage(
            format!("--add {}: `{}` holds one answer, not a list", q.id, q.id),
            format!("give it with --set {}=…", q.id),
        ));
    }
    Ok(Provided { answers, added })
}

impl Provided {
    /// Write these answers into `doc`: each given answer replaces the one
    /// there, then `--add` entries are appended. Returns a note for every
    /// list that was replaced, so a user who meant to add can see it.
    pub fn apply(&self, doc: &mut EditablePlan, questions: &[Question]) -> Vec<String> {
        let mut notes = Vec::new();
        for q in questions {
            let Some(item) = self.answers.get(q.id) else {
                continue;
            };
            let before = entry_count(doc.get(q.id));
            if q.kind.is_list() && before > 0 {
                let after = entry_count(Some(item));
                notes.push(format!(
                    "{}: replaced {before} {noun} with {after} (use --add to append instead)",
                    q.id,
                    noun = q.entries
                ));
            }
            doc.set(q.id, item.clone());
        }
        for (q, items) in &self.added {
            append(doc, q, items.clone());
        }
        notes
    }
}

/// Remove answers named by `--unset KEY` or list entries named by
/// `--unset KEY[N]` (1-based, as error messages number them). Every index
/// refers to the list as it was before any removal. Returns a note for each
/// key that had nothing to remove.
pub fn unset(doc: &mut EditablePlan, raws: &[String]) -> Result<Vec<String>> {
    let everything: Vec<Question> = catalogue::all().copied().collect();
    let mut whole: Vec<&'static Question> = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    for raw in raws {
        let raw = raw.trim();
        let (key, index) = unset_target(raw)?;
        let q =
            catalogue::find(key).ok_or_else(|| unknown_key("--unset", raw, key, &everything))?;
        match index {
            None => whole.push(q),
            Some(_) if !q.kind.is_list() => {
                return Err(Error::usage(
                    format!(
                        "--unset {}: `{}` holds one answer, not a list",
                        printable(raw),
                        q.id
                    ),
                    format!("remove the answer with --unset {}", q.id),
                ));
            }
            Some(n) => entries.push((q, n, printable(raw).to_string())),
        }
    }
    remove_entries(doc, entries)?;
    let mut notes = Vec::new();
    for q in whole {
        if doc.get(q.id).is_none() {
            notes.push(format!("{}: had no answer to remove", q.id));
        }
        doc.set(q.id, Item::None);
    }
    Ok(notes)
}

/// `KEY` or `KEY[N]`, as given to `--unset`: the key, and the entry number.
fn unset_target(raw: &str) -> Result<(&str, Option<usize>)> {
    let Some((key, n)) = raw.strip_suffix(']').and_then(|r| r.split_once('[')) else {
        return Ok((raw, None));
    };
    let hint = "entries are numbered from 1, such as explore.questions[2]";
    let n = match n.trim().parse::<usize>() {
        Ok(n) if n >= 1 => n,
        Ok(_) => {
            return Err(Error::usage(
                format!(
                    "--unset {}: the entry number must be 1 or more",
                    printable(raw)
                ),
                hint,
            ));
        }
        // Digits too many for a number are still a number, just too big.
        Err(_) if !n.trim().is_empty() && n.trim().bytes().all(|b| b.is_ascii_digit()) => {
            return Err(Error::usage(
                format!("--unset {}: the entry number is too large", printable(raw)),
                hint,
            ));
        }
        Err(_) => {
            return Err(Error::usage(
                format!(
                    "--unset {}: `{}` is not a number",
                    printable(raw),
                    printable(n.trim())
                ),
                hint,
            ));
        }
    };
    Ok((key.trim(), Some(n)))
}

/// One list entry to remove: its question, its 1-based number, and the
/// `--unset` argument that named it, for messages.
type Entry = (&'static Question, usize, String);

/// Remove list entries, each numbered as the list was before any removal.
fn remove_entries(doc: &mut EditablePlan, mut entries: Vec<Entry>) -> Result<()> {
    // Highest first, so that earlier numbers still name the entries they named.
    entries.sort_by(|a, b| (a.0.id, b.1).cmp(&(b.0.id, a.1)));
    entries.dedup_by(|a, b| a.0.id == b.0.id && a.1 == b.1);
    for (q, n, raw) in &entries {
        let count = entry_count(doc.get(q.id));
        if *n > count {
            return Err(Error::usage(
                format!("--unset {raw}: `{}` has {count} {}", q.id, q.entries),
                format!("number an entry from 1 to {count}"),
            ));
        }
        remove_entry(doc, q.id, n - 1);
    }
    Ok(())
}

/// Remove entry `i` (0-based) of a list, keeping the rest as written.
fn remove_entry(doc: &mut EditablePlan, id: &str, i: usize) {
    match doc.get_mut(id) {
        Some(Item::ArrayOfTables(a)) => {
            a.remove(i);
        }
        Some(Item::Value(Value::Array(a))) => {
            let removed = a.remove(i);
            // The entry after it takes its place on its line: in a list
            // written one entry a line, the space before an entry holds the
            // comment that ended the line before, which goes with the line.
            if let Some(next) = a.get_mut(i)
                && let Some(prefix) = removed.decor().prefix().cloned()
            {
                next.decor_mut().set_prefix(prefix);
            }
        }
        _ => {}
    }
}

/// How many entries a list answer holds.
fn entry_count(item: Option<&Item>) -> usize {
    match item {
        Some(Item::ArrayOfTables(a)) => a.len(),
        Some(Item::Value(Value::Array(a))) => a.len(),
        _ => 0,
    }
}

/// Append entries to a list answer, in the form the list already has.
fn append(doc: &mut EditablePlan, q: &Question, items: Vec<Item>) {
    let values = || {
        items.iter().cloned().flat_map(|i| match i.into_value() {
            Ok(Value::Array(a)) if !matches!(q.kind, Kind::Records(_)) => a.into_iter().collect(),
            Ok(v) => vec![v],
            Err(_) => Vec::new(),
        })
    };
    let merged = match doc.get(q.id).cloned() {
        Some(Item::ArrayOfTables(mut a)) => {
            for t in items.iter().cloned().filter_map(|i| i.into_table().ok()) {
                a.push(t);
            }
            Item::ArrayOfTables(a)
        }
        Some(Item::Value(Value::Array(mut a))) => {
            append_values(&mut a, values());
            Item::Value(Value::Array(a))
        }
        _ => combine(&q.kind, items),
    };
    doc.set(q.id, merged);
}

/// Append values to an array in its layout: in a list written one entry a
/// line, each new entry goes on a line of its own, indented like the last
/// one, and a comment that ended the last line stays on that line.
fn append_values(array: &mut toml_edit::Array, values: impl IntoIterator<Item = Value>) {
    let indent = array
        .iter()
        .last()
        .and_then(|v| v.decor().prefix())
        .and_then(|p| p.as_str())
        .and_then(|p| p.rfind('\n').map(|i| p[i + 1..].to_string()));
    let Some(indent) = indent else {
        array.extend(values);
        return;
    };
    // What follows the last entry up to `]`: the rest of its line (a
    // comment, say), then the indentation before `]`.
    let mut trailing = array.trailing().as_str().unwrap_or("").to_string();
    if !array.trailing_comma()
        && let Some(last) = array.iter_mut().last()
    {
        // Without a trailing comma the rest of the last line is held after
        // the last value; the comma that now follows it goes before that.
        let rest = last.decor().suffix().and_then(|s| s.as_str()).unwrap_or("");
        trailing = format!("{rest}{trailing}");
        last.decor_mut().set_suffix("");
    }
    let (rest_of_line, before_close) = match trailing.rfind('\n') {
        Some(i) => (
            trailing[..=i].to_string(),
            format!("\n{}", &trailing[i + 1..]),
        ),
        None => ("\n".to_string(), trailing),
    };
    let mut first = true;
    for mut value in values {
        let line_start = if first { rest_of_line.as_str() } else { "\n" };
        first = false;
        value
            .decor_mut()
            .set_prefix(format!("{line_start}{indent}"));
        value.decor_mut().set_suffix("");
        array.push_formatted(value);
    }
    if !first {
        array.set_trailing(before_close);
    }
}

/// The values of `flag` (`--set` or `--add`), parsed, with repeated keys
/// gathered per key (in one pass, so thousands of flags cost no more than
/// their number). A key that holds one answer keeps the last value given.
fn gather(
    raws: &[String],
    flag: &str,
    questions: &[Question],
) -> Result<Vec<(&'static Question, Vec<Item>)>> {
    let mut order: Vec<&'static Question> = Vec::new();
    let mut values: HashMap<&'static str, Vec<Item>> = HashMap::new();
    for raw in raws {
        let (q, item) = parse_flag(raw, flag, questions)?;
        let Some(item) = item else {
            if flag == "--set" {
                // An empty value would keep the answer there: say how to remove it.
                return Err(Error::usage(
                    format!("--set {}: no value given", q.id),
                    format!(
                        "to remove an answer, use `plan edit PLAN --no-input --unset {}`",
                        q.id
                    ),
                ));
            }
            continue;
        };
        if let Some(day) = answer::understood(&item) {
            say!("note: {}: {day}", q.id);
        }
        let entries = values.entry(q.id).or_default();
        if entries.is_empty() {
            order.push(q);
        }
        if !q.kind.is_list() {
            entries.clear();
        }
        entries.push(item);
    }
    Ok(order
        .into_iter()
        .map(|q| (q, values.remove(q.id).unwrap_or_default()))
        .collect())
}

/// One item for a key given by one or more `--set` flags.
fn combine(kind: &Kind, items: Vec<Item>) -> Item {
    match kind {
        Kind::List | Kind::Bank(_) | Kind::MultiChoice(_) => {
            let mut array = toml_edit::Array::new();
            for item in items {
                match item {
                    Item::Value(Value::Array(more)) => array.extend(more),
                    Item::Value(v) => array.push(v),
                    _ => {}
                }
            }
            Item::Value(Value::Array(array))
        }
        Kind::Records(_) => answer::records(
            items
                .into_iter()
                .filter_map(|i| i.into_table().ok())
                .collect::<Vec<Table>>(),
        ),
        _ => items.into_iter().last().unwrap_or(Item::None),
    }
}

/// Parse one `KEY=VALUE` of `flag` for one of `questions`.
fn parse_flag(
    raw: &str,
    flag: &str,
    questions: &[Question],
) -> Result<(&'static Question, Option<Item>)> {
    let (key, text) = raw.split_once('=').ok_or_else(|| {
        Error::usage(
            format!("{flag} {}: expected KEY=VALUE", printable(raw)),
            format!("such as {flag} meeting.with=\"Sam Lee\""),
        )
    })?;
    let key = key.trim();
    let q = catalogue::all()
        .find(|q| q.id == key && questions.iter().any(|h| h.id == key))
        .ok_or_else(|| unknown_key(flag, raw, key, questions))?;
    let item = answer::parse_input(&q.kind, text).map_err(|why| {
        Error::usage(
            format!("{flag} {key}: {why}"),
            format!("`{key}` takes {}", q.kind.expected()),
        )
    })?;
    Ok((q, item))
}

/// The error for a key this command does not take, with what to do instead.
fn unknown_key(flag: &str, raw: &str, key: &str, questions: &[Question]) -> Error {
    // The flag is quoted back: its control characters are shown escaped.
    let (raw, shown) = (printable(raw), printable(key));
    let hint = if catalogue::find(key).is_some() {
        match questions.first().map(|q| q.step) {
            Some(Step::Outcome) => format!(
                "`{key}` belongs to the plan; set it with `plan new PLAN --resume --set {key}=…`"
            ),
            _ => format!(
                "`{key}` is recorded after the meeting, with `plan summary PLAN --set {key}=…`"
            ),
        }
    } else {
        match catalogue::suggest(key) {
            Some(id) => format!("did you mean `{id}`?"),
            None => "keys are dotted, such as meeting.with or open.mutual_purpose".into(),
        }
    };
    Error::usage(format!("{flag} {raw}: unknown key `{shown}` here"), hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn added(text: &str, entries: &[&str]) -> String {
        let mut doc = EditablePlan::from_document(text.parse().unwrap());
        let q = catalogue::find("explore.questions").unwrap();
        let items = entries.iter().map(|e| toml_edit::value(*e)).collect();
        append(&mut doc, q, items);
        doc.to_toml()
    }

    #[test]
    fn an_entry_added_to_a_list_written_a_line_each_gets_its_own_line() {
        let text = "[explore]\n# mine\nquestions = [\n  \"a\", # first\n  \"b\",\n]\n";
        assert_eq!(
            added(text, &["c", "d"]),
            "[explore]\n# mine\nquestions = [\n  \"a\", # first\n  \"b\",\n  \"c\",\n  \"d\",\n]\n"
        );
    }

    #[test]
    fn a_comment_ending_the_last_line_stays_on_it() {
        let text = "[explore]\nquestions = [\n    \"a\",\n    \"b\"  # last\n]\n";
        assert_eq!(
            added(text, &["c"]),
            "[explore]\nquestions = [\n    \"a\",\n    \"b\",  # last\n    \"c\"\n]\n"
        );
        let text = "[explore]\nquestions = [\n    \"a\",\n    \"b\", # last\n  ]\n";
        assert_eq!(
            added(text, &["c"]),
            "[explore]\nquestions = [\n    \"a\",\n    \"b\", # last\n    \"c\",\n  ]\n"
        );
    }

    #[test]
    fn an_entry_added_to_a_one_line_list_stays_on_the_line() {
        let text = "[explore]\nquestions = [\"a\", \"b\"] # both\n";
        assert_eq!(
            added(text, &["c"]),
            "[explore]\nquestions = [\"a\", \"b\", \"c\"] # both\n"
        );
    }

    #[test]
    fn an_empty_set_is_refused_with_how_to_remove_an_answer() {
        let questions: Vec<Question> = catalogue::all().copied().collect();
        let set = ["meeting.title=".to_string()];
        let given = Given {
            answers: None,
            set: &set,
            add: &[],
        };
        let err = provided(given, &questions).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        let shown = format!("{err:?}");
        assert!(shown.contains("meeting.title"), "{shown}");
        assert!(
            shown.contains("plan edit PLAN --no-input --unset meeting.title"),
            "{shown}"
        );
    }

    #[test]
    fn an_entry_number_that_is_not_a_number_is_named() {
        let mut doc = EditablePlan::new_plan();
        let err = unset(&mut doc, &["explore.questions[x]".into()]).unwrap_err();
        let shown = format!("{err:?}");
        assert!(shown.contains("`x` is not a number"), "{shown}");
        let err = unset(&mut doc, &["explore.questions[0]".into()]).unwrap_err();
        assert!(format!("{err:?}").contains("1 or more"));
    }
}
