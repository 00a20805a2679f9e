//! Turning typed text into plan values, and checking values read from files.
//!
//! Every answer passes through here whether it was typed at a prompt, given
//! with `--set`, or read from a plan or answers file, so all three are held to
//! the same rules and produce the same messages.

use crate::catalogue::{Field, Kind, MAX_MINUTES, Opt};
use chrono::{Datelike, Local, NaiveDate, NaiveDateTime, Timelike};
use std::ops::Range;
use toml_edit::{Array, ArrayOfTables, Datetime, Item, Table, Value};

/// Longest single answer accepted, in bytes: far beyond any honest note.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// A value that does not fit its question, found in a file or a flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The dotted key, with an index for list entries (`prepare.evidence[2].source`).
    pub key: String,
    /// What the key takes.
    pub expected: String,
    /// What was there instead.
    pub found: String,
    /// Byte range in the source file, when the value came from one.
    pub span: Option<Range<usize>>,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` should be {}, but it is {}",
            self.key, self.expected, self.found
        )
    }
}

/// Parse what a person typed (at a prompt or in `--set`) for one question.
///
/// An empty answer is `Ok(None)`: the caller decides whether that is allowed.
/// Lists take one entry per call; the caller gathers them.
pub fn parse_input(kind: &Kind, input: &str) -> Result<Option<Item>, String> {
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.len() > MAX_ANSWER_BYTES {
        return Err(format!(
            "that answer is {} KiB; keep it under {} KiB",
            text.len() / 1024,
            MAX_ANSWER_BYTES / 1024
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && *c != '\n' && *c != '\t')
    {
        return Err(format!(
            "it holds a control character (U+{:04X}); remove it",
            c as u32
        ));
    }
    let item = match kind {
        Kind::Text | Kind::LongText | Kind::List | Kind::Bank(_) => Item::Value(text.into()),
        Kind::Choice(opts) => Item::Value(pick(opts, text)?.into()),
        Kind::MultiChoice(opts) => {
            let mut array = Array::new();
            for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                array.push(pick(opts, part)?);
            }
            Item::Value(Value::Array(array))
        }
        Kind::When => Item::Value(Value::from(parse_when(text, true)?)),
        Kind::Date => Item::Value(Value::from(parse_when(text, false)?)),
        Kind::Minutes => {
            let n: i64 = text
                .trim_end_matches("minutes")
                .trim_end_matches("min")
                .trim()
                .parse()
                .map_err(|_| format!("\"{text}\" is not {}", kind.expected()))?;
            check_minutes(n).map_err(|e| format!("{n} is {e}"))?;
            Item::Value(n.into())
        }
        Kind::YesNo => match text.to_ascii_lowercase().as_str() {
            "y" | "yes" | "true" => Item::Value(true.into()),
            "n" | "no" | "false" => Item::Value(false.into()),
            _ => return Err(format!("\"{text}\" is not yes or no")),
        },
        Kind::Records(fields) => {
            let parsed: toml_edit::DocumentMut = format!("v = {text}").parse().map_err(|_| {
                format!(
                    "\"{text}\" is not an inline table; write it as {{ {} }}",
                    example_record(fields)
                )
            })?;
            let Some(Value::InlineTable(t)) = parsed.get("v").and_then(Item::as_value) else {
                return Err(format!(
                    "\"{text}\" is not an inline table; write it as {{ {} }}",
                    example_record(fields)
                ));
            };
            let table = t.clone().into_table();
            check_record(fields, &table, "").map_err(|p| p.to_string())?;
            Item::Table(table)
        }
    };
    Ok(Some(item))
}

fn example_record(fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| format!("{} = \"…\"", f.key))
        .collect::<Vec<_>>()
        .join(", ")
}

fn pick(opts: &[Opt], text: &str) -> Result<&'static str, String> {
    let norm = |s: &str| s.to_ascii_lowercase().replace([' ', '_'], "-");
    opts.iter()
        .find(|o| norm(o.value) == norm(text))
        .map(|o| o.value)
        .ok_or_else(|| {
            format!(
                "\"{text}\" is not one of {}",
                opts.iter().map(|o| o.value).collect::<Vec<_>>().join(", ")
            )
        })
}

fn check_minutes(n: i64) -> Result<(), String> {
    if (1..=MAX_MINUTES).contains(&n) {
        Ok(())
    } else {
        Err(format!("outside 1 to {MAX_MINUTES} minutes"))
    }
}

/// Parse a date, or (with `allow_time`) a date and time, as people type them.
pub fn parse_when(text: &str, allow_time: bool) -> Result<Datetime, String> {
    let today = Local::now().date_naive();
    let lower = text.trim().to_ascii_lowercase();
    let date_only = match lower.as_str() {
        "today" => Some(today),
        "tomorrow" => today.succ_opt(),
        _ => NaiveDate::parse_from_str(&lower, "%Y-%m-%d").ok(),
    };
    if let Some(d) = date_only {
        return Ok(date_to_toml(d));
    }
    if allow_time {
        for fmt in [
            "%Y-%m-%d %H:%M",
            "%Y-%m-%dt%H:%M",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%dt%H:%M:%S",
        ] {
            if let Ok(dt) = NaiveDateTime::parse_from_str(&lower, fmt) {
                return Ok(datetime_to_toml(dt));
            }
        }
        Err(format!(
            "\"{text}\" is not a date (2026-11-28) or a date and time (2026-11-28 14:30)"
        ))
    } else {
        Err(format!("\"{text}\" is not a date such as 2026-11-28"))
    }
}

/// A calendar date as a TOML local date.
pub fn date_to_toml(d: NaiveDate) -> Datetime {
    Datetime {
        date: Some(toml_edit::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    }
}

/// A wall-clock date and time as a TOML local date-time (to the minute).
pub fn datetime_to_toml(dt: NaiveDateTime) -> Datetime {
    let mut out = date_to_toml(dt.date());
    out.time = Some(toml_edit::Time {
        hour: dt.hour() as u8,
        minute: dt.minute() as u8,
        second: Some(dt.second() as u8),
        nanosecond: None,
    });
    out
}

/// Describe an item's type the way a person would.
pub fn describe(item: &Item) -> String {
    match item {
        Item::None => "empty".into(),
        Item::Table(_) => "a table".into(),
        Item::ArrayOfTables(_) => "a list of tables".into(),
        Item::Value(v) => match v {
            Value::String(s) => format!("the string \"{}\"", shorten(s.value())),
            Value::Integer(i) => format!("the number {}", i.value()),
            Value::Float(f) => format!("the number {}", f.value()),
            Value::Boolean(b) => format!("{}", b.value()),
            Value::Datetime(d) => format!("the date {}", d.value()),
            Value::Array(_) => "a list".into(),
            Value::InlineTable(_) => "a table".into(),
        },
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Check a value read from a file against its question's kind.
pub fn check(kind: &Kind, key: &str, item: &Item) -> Result<(), Problem> {
    let problem = |found: String, span: Option<Range<usize>>| Problem {
        key: key.to_string(),
        expected: kind.expected(),
        found,
        span,
    };
    let wrong = || problem(describe(item), item.span());
    match kind {
        Kind::Text | Kind::LongText => {
            let s = item.as_str().ok_or_else(wrong)?;
            check_len(s, key, item)
        }
        Kind::List | Kind::Bank(_) => {
            let array = item.as_array().ok_or_else(wrong)?;
            for (i, v) in array.iter().enumerate() {
                let Some(s) = v.as_str() else {
                    return Err(Problem {
                        key: format!("{key}[{}]", i + 1),
                        expected: "a string".into(),
                        found: describe(&Item::Value(v.clone())),
                        span: v.span(),
                    });
                };
                check_len(s, key, item)?;
            }
            Ok(())
        }
        Kind::Choice(opts) => {
            let s = item.as_str().ok_or_else(wrong)?;
            if opts.iter().any(|o| o.value == s) {
                Ok(())
            } else {
                Err(wrong())
            }
        }
        Kind::MultiChoice(opts) => {
            let array = item.as_array().ok_or_else(wrong)?;
            for v in array.iter() {
                match v.as_str() {
                    Some(s) if opts.iter().any(|o| o.value == s) => {}
                    _ => {
                        return Err(problem(describe(&Item::Value(v.clone())), v.span()));
                    }
                }
            }
            Ok(())
        }
        Kind::When | Kind::Date => {
            let d = item.as_datetime().ok_or_else(wrong)?;
            let ok = d.date.is_some() && (matches!(kind, Kind::When) || d.time.is_none());
            if ok { Ok(()) } else { Err(wrong()) }
        }
        Kind::Minutes => {
            let n = item.as_integer().ok_or_else(wrong)?;
            check_minutes(n).map_err(|_| wrong())
        }
        Kind::YesNo => item.as_bool().map(|_| ()).ok_or_else(wrong),
        Kind::Records(fields) => {
            let check_all = |tables: Vec<&Table>| -> Result<(), Problem> {
                for (i, t) in tables.into_iter().enumerate() {
                    check_record(fields, t, &format!("{key}[{}]", i + 1))?;
                }
                Ok(())
            };
            match item {
                Item::ArrayOfTables(aot) => check_all(aot.iter().collect()),
                Item::Value(Value::Array(array)) => {
                    let mut tables = Vec::new();
                    for v in array.iter() {
                        match v.as_inline_table() {
                            Some(t) => tables.push(t.clone().into_table()),
                            None => {
                                return Err(problem(describe(&Item::Value(v.clone())), v.span()));
                            }
                        }
                    }
                    check_all(tables.iter().collect())
                }
                _ => Err(wrong()),
            }
        }
    }
}

fn check_len(s: &str, key: &str, item: &Item) -> Result<(), Problem> {
    if s.len() > MAX_ANSWER_BYTES {
        return Err(Problem {
            key: key.to_string(),
            expected: format!("at most {} KiB of text", MAX_ANSWER_BYTES / 1024),
            found: format!("{} KiB long", s.len() / 1024),
            span: item.span(),
        });
    }
    Ok(())
}

fn check_record(fields: &[Field], table: &Table, prefix: &str) -> Result<(), Problem> {
    let join = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    for field in fields {
        match table.get(field.key) {
            Some(item) => check(&field.kind, &join(field.key), item)?,
            None if field.optional => {}
            None => {
                return Err(Problem {
                    key: join(field.key),
                    expected: field.kind.expected(),
                    found: "missing".into(),
                    span: table.span(),
                });
            }
        }
    }
    Ok(())
}

/// Turn a list of record tables into the array-of-tables item stored in a plan.
pub fn records(tables: Vec<Table>) -> Item {
    let mut aot = ArrayOfTables::new();
    for t in tables {
        aot.push(t);
    }
    Item::ArrayOfTables(aot)
}

/// Turn a list of strings into a list item.
pub fn list(items: &[String]) -> Item {
    Item::Value(Value::Array(items.iter().map(String::as_str).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{self, MODES};

    fn kind(id: &str) -> Kind {
        catalogue::find(id).unwrap().kind
    }

    #[test]
    fn dates_in_the_forms_people_type() {
        for (input, want) in [
            ("2026-11-28", "2026-11-28"),
            ("2026-11-28 14:30", "2026-11-28T14:30:00"),
            ("2026-11-28T09:05", "2026-11-28T09:05:00"),
            ("2026-11-28 09:05:30", "2026-11-28T09:05:30"),
        ] {
            assert_eq!(parse_when(input, true).unwrap().to_string(), want);
        }
        assert!(parse_when("2026-11-28 14:30", false).is_err());
        assert!(parse_when("next tuesday", true).is_err());
        assert!(parse_when("2026-02-30", true).is_err());
        assert_eq!(
            parse_when("today", false).unwrap().to_string(),
            Local::now().date_naive().to_string()
        );
    }

    #[test]
    fn bad_date_names_the_expected_form() {
        let err = parse_input(&kind("meeting.when"), "28/11/2026").unwrap_err();
        assert!(err.contains("2026-11-28 14:30"), "{err}");
    }

    #[test]
    fn choices_accept_labels_loosely_and_store_the_value() {
        let item = parse_input(&Kind::Choice(MODES), "In Person")
            .unwrap()
            .unwrap();
        assert_eq!(item.as_str(), Some("in-person"));
        assert!(parse_input(&Kind::Choice(MODES), "carrier pigeon").is_err());
    }

    #[test]
    fn multi_choices_split_on_commas() {
        let item = parse_input(&kind("mindset.leanings"), "blame, winging it")
            .unwrap()
            .unwrap();
        let values: Vec<_> = item
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(values, ["blame", "winging-it"]);
    }

    #[test]
    fn minutes_yes_no_and_empty() {
        let k = kind("meeting.duration_minutes");
        assert_eq!(
            parse_input(&k, "45").unwrap().unwrap().as_integer(),
            Some(45)
        );
        assert!(parse_input(&k, "0").unwrap_err().contains("outside"));
        assert!(parse_input(&k, "lots").is_err());
        assert_eq!(
            parse_input(&Kind::YesNo, "Yes").unwrap().unwrap().as_bool(),
            Some(true)
        );
        assert!(parse_input(&Kind::Text, "   ").unwrap().is_none());
    }

    #[test]
    fn control_characters_and_huge_answers_are_refused() {
        assert!(
            parse_input(&Kind::Text, "a\u{7}b")
                .unwrap_err()
                .contains("U+0007")
        );
        let huge = "x".repeat(MAX_ANSWER_BYTES + 1);
        assert!(
            parse_input(&Kind::LongText, &huge)
                .unwrap_err()
                .contains("KiB")
        );
    }

    #[test]
    fn records_from_inline_tables() {
        let k = kind("prepare.evidence");
        let item = parse_input(&k, r#"{ fact = "Late on 3 Nov", source = "written" }"#)
            .unwrap()
            .unwrap();
        assert_eq!(item["fact"].as_str(), Some("Late on 3 Nov"));
        let err = parse_input(&k, r#"{ fact = "x", source = "rumour" }"#).unwrap_err();
        assert!(err.contains("source"), "{err}");
        let err = parse_input(&k, "just text").unwrap_err();
        assert!(err.contains("fact = "), "{err}");
    }

    #[test]
    fn check_reports_key_expected_and_found() {
        let doc: toml_edit::DocumentMut = "m = \"forty\"\n".parse().unwrap();
        let p = check(
            &kind("meeting.duration_minutes"),
            "meeting.duration_minutes",
            &doc["m"],
        )
        .unwrap_err();
        assert_eq!(p.key, "meeting.duration_minutes");
        assert!(p.expected.contains("minutes"));
        assert!(p.found.contains("forty"));
        assert!(p.span.is_none()); // DocumentMut drops spans; loading keeps them
    }

    #[test]
    fn check_records_points_into_the_list() {
        let doc: toml_edit::DocumentMut =
            "[[e]]\nfact = \"a\"\nsource = \"seen\"\n[[e]]\nfact = \"b\"\n"
                .parse()
                .unwrap();
        let p = check(&kind("prepare.evidence"), "prepare.evidence", &doc["e"]).unwrap_err();
        assert_eq!(p.key, "prepare.evidence[2].source");
        assert_eq!(p.found, "missing");
    }
}
