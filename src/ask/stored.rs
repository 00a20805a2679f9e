//! Answers as the plan stores them, read and written the way the prompts
//! need them: a value as the text a prompt starts from, a list's texts, a
//! list's records.

use crate::questions::answer as value;
use toml_edit::{Item, Table};

/// A stored value as the text a prompt starts from.
pub fn shown(item: &Item) -> Option<String> {
    match item.as_value()? {
        toml_edit::Value::String(s) => Some(s.value().clone()),
        toml_edit::Value::Boolean(b) => Some(b.value().to_string()),
        toml_edit::Value::Integer(i) => Some(i.value().to_string()),
        toml_edit::Value::Datetime(d) => Some(d.value().to_string()),
        _ => None,
    }
}

/// The texts of a list answer (none when it is not a list of texts).
pub fn strings(item: Option<&Item>) -> Vec<String> {
    item.and_then(Item::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The records of a list answer, whichever TOML form they take.
pub fn tables(item: Option<&Item>) -> Vec<Table> {
    match item {
        Some(Item::ArrayOfTables(a)) => a.iter().cloned().collect(),
        Some(Item::Value(toml_edit::Value::Array(a))) => a
            .iter()
            .filter_map(|v| v.as_inline_table())
            .map(|t| t.clone().into_table())
            .collect(),
        _ => Vec::new(),
    }
}

/// The form a record list is stored in: `[[key]]` tables, or an empty list
/// (which a file keeps, unlike zero `[[key]]` tables) once it was declined.
pub fn records_item(tables: Vec<Table>) -> Item {
    if tables.is_empty() {
        return toml_edit::value(toml_edit::Array::new());
    }
    value::records(tables)
}
