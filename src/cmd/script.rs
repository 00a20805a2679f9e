//! Answers given up front: `--answers FILE` and `--set KEY=VALUE`.
//!
//! Both are validated exactly like typed answers: the file by the same loader
//! as a plan, each `--set` value by the same parser as the prompt.

use crate::catalogue::{self, Kind, Question, Step};
use crate::cli::ScriptArgs;
use crate::doc::PlanDoc;
use crate::error::usage;
use crate::store::{self, FileKind};
use crate::value;
use anyhow::Result;
use toml_edit::{Item, Value};

/// Every answer given by file and flags, `--set` winning over the file.
pub fn provided(args: &ScriptArgs, questions: &[Question]) -> Result<PlanDoc> {
    let mut out = PlanDoc::default();
    if let Some(path) = &args.answers {
        out = store::load(path, FileKind::Answers)?;
    }
    let mut sets = PlanDoc::default();
    for raw in &args.set {
        let (key, text) = raw.split_once('=').ok_or_else(|| {
            usage(format!(
                "--set {raw}: expected KEY=VALUE, such as --set meeting.with=\"Sam Lee\""
            ))
        })?;
        let key = key.trim();
        let q = questions.iter().find(|q| q.id == key).ok_or_else(|| {
            let hint = if catalogue::find(key).is_some() {
                match questions.first().map(|q| q.step) {
                    Some(Step::Outcome) => {
                        format!("`{key}` belongs to the plan; set it with `plan new PLAN --resume --set {key}=…`")
                    }
                    _ => format!("`{key}` is recorded after the meeting, with `plan summary PLAN --set {key}=…`"),
                }
            } else {
                match catalogue::all().find(|q| q.field() == key || q.id.ends_with(key)) {
                    Some(q) => format!("did you mean `{}`?", q.id),
                    None => "keys are dotted, such as meeting.with or open.mutual_purpose".into(),
                }
            };
            usage(format!("--set {raw}: unknown key `{key}` here\n  hint: {hint}"))
        })?;
        let item = value::parse_input(&q.kind, text).map_err(|why| {
            usage(format!(
                "--set {key}: {why}\n  hint: `{key}` takes {}",
                q.kind.expected()
            ))
        })?;
        let Some(item) = item else {
            continue;
        };
        let merged = match (&q.kind, sets.get(q.id)) {
            (Kind::List | Kind::Bank(_) | Kind::MultiChoice(_), existing) => {
                let mut array = existing
                    .and_then(Item::as_array)
                    .cloned()
                    .unwrap_or_default();
                match item {
                    Item::Value(Value::Array(more)) => array.extend(more),
                    Item::Value(v) => array.push(v),
                    _ => {}
                }
                Item::Value(Value::Array(array))
            }
            (Kind::Records(_), existing) => {
                let mut tables: Vec<toml_edit::Table> = match existing {
                    Some(Item::ArrayOfTables(a)) => a.iter().cloned().collect(),
                    _ => Vec::new(),
                };
                if let Item::Table(t) = item {
                    tables.push(t);
                }
                value::records(tables)
            }
            _ => item,
        };
        sets.set(q.id, merged);
    }
    out.merge_answers(&sets, questions);
    Ok(out)
}
