//! Answers given up front: `--answers FILE` and `--set KEY=VALUE`.
//!
//! Both are validated exactly like typed answers: the file by the same loader
//! as a plan, each `--set` value by the same parser as the prompt.

use super::answer;
use super::catalogue::{self, Kind, Question, Step};
use crate::error::{Error, Result};
use crate::planfile::{EditablePlan, FileKind};
use std::collections::HashMap;
use std::path::Path;
use toml_edit::{Item, Table, Value};

/// Every answer given by file and flags, `--set` winning over the file.
pub fn provided(
    answers: Option<&Path>,
    sets: &[String],
    questions: &[Question],
) -> Result<EditablePlan> {
    let mut out = match answers {
        Some(path) => crate::planfile::load(path, FileKind::Answers)?,
        None => EditablePlan::default(),
    };
    let mut given = EditablePlan::default();
    for (q, item) in gather(sets, questions)? {
        given.set(q.id, item);
    }
    out.merge_answers(&given, questions);
    Ok(out)
}

/// The `--set` values, parsed, with repeated list keys gathered into one list
/// (in one pass, so thousands of flags cost no more than their number).
fn gather(sets: &[String], questions: &[Question]) -> Result<Vec<(&'static Question, Item)>> {
    let mut order: Vec<&'static Question> = Vec::new();
    let mut values: HashMap<&'static str, Vec<Item>> = HashMap::new();
    for raw in sets {
        let (q, item) = parse_set(raw, questions)?;
        let Some(item) = item else { continue };
        let entries = values.entry(q.id).or_default();
        if entries.is_empty() {
            order.push(q);
        }
        if !is_list(&q.kind) {
            entries.clear();
        }
        entries.push(item);
    }
    order
        .into_iter()
        .map(|q| {
            let items = values.remove(q.id).unwrap_or_default();
            let item = combine(&q.kind, items);
            answer::check_count(q.id, &item).map_err(|p| {
                Error::usage(
                    format!("--set {}: {p}", q.id),
                    "give fewer entries; keep the rest in a notes file of your own",
                )
            })?;
            Ok((q, item))
        })
        .collect()
}

fn is_list(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::List | Kind::Bank(_) | Kind::MultiChoice(_) | Kind::Records(_)
    )
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

/// Parse one `--set KEY=VALUE` for one of `questions`.
fn parse_set(raw: &str, questions: &[Question]) -> Result<(&'static Question, Option<Item>)> {
    let (key, text) = raw.split_once('=').ok_or_else(|| {
        Error::usage(
            format!("--set {raw}: expected KEY=VALUE"),
            "such as --set meeting.with=\"Sam Lee\"",
        )
    })?;
    let key = key.trim();
    let q = catalogue::all()
        .find(|q| q.id == key && questions.iter().any(|h| h.id == key))
        .ok_or_else(|| unknown_key(raw, key, questions))?;
    let item = answer::parse_input(&q.kind, text).map_err(|why| {
        Error::usage(
            format!("--set {key}: {why}"),
            format!("`{key}` takes {}", q.kind.expected()),
        )
    })?;
    Ok((q, item))
}

/// The error for a key this command does not take, with what to do instead.
fn unknown_key(raw: &str, key: &str, questions: &[Question]) -> Error {
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
        match catalogue::all().find(|q| q.field() == key || q.id.ends_with(key)) {
            Some(q) => format!("did you mean `{}`?", q.id),
            None => "keys are dotted, such as meeting.with or open.mutual_purpose".into(),
        }
    };
    Error::usage(format!("--set {raw}: unknown key `{key}` here"), hint)
}
