//! Turning typed text into plan values, and checking values read from files.
//!
//! Every answer passes through here whether it was typed at a prompt, given
//! with `--set`, or read from a plan or answers file, so all three are held to
//! the same rules and produce the same messages.

use super::catalogue::{Field, Kind, MAX_MINUTES, MAX_SECONDS, Opt, suggest_field};
use crate::dates::natural as natural_date;
use crate::dates::wording;
use crate::dates::{self, Wall};
use crate::error::{Problem, is_joiner};
use chrono::{NaiveDate, NaiveDateTime};
use std::ops::Range;
use toml_edit::{Array, ArrayOfTables, Datetime, Item, Table, Value};

/// Longest single answer accepted, in bytes: far beyond any honest note.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024;

/// Most entries in one list (questions, facts, actions…): far beyond any
/// real conversation, and small enough that a full plan stays readable.
pub const MAX_LIST_ENTRIES: usize = 1000;

/// Parse what a person typed (at a prompt or in `--set`) for one question.
///
/// An empty answer is `Ok(None)`: the caller decides whether that is allowed.
/// Lists take one entry per call; the caller gathers them.
pub fn parse_input(kind: &Kind, input: &str) -> Result<Option<Item>, String> {
    let input = crate::error::unify_line_breaks(input);
    let text = input.trim();
    if text.is_empty() {
        return Ok(None);
    }
    check_text(text)?;
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
        Kind::Minutes => Item::Value(parse_minutes(kind, text)?.into()),
        Kind::YesNo => Item::Value(parse_yes_no(text)?.into()),
        Kind::Seconds => Item::Value(parse_seconds(kind, text)?.into()),
        Kind::Records(fields) => Item::Table(parse_record(fields, text)?),
    };
    Ok(Some(item))
}

/// What is wrong with a text, by the limits every answer is held to,
/// typed or read from a file: its size, and no control or invisible
/// formatting character ([`control_char`]). The one home of those limits
/// and of how they are worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TextFault {
    /// Longer than [`MAX_ANSWER_BYTES`], in bytes.
    TooLong(usize),
    /// A control character.
    Control(char),
    /// A joiner outside a word.
    Joiner(char),
    /// Another invisible formatting character.
    Format(char),
}

impl TextFault {
    fn of(text: &str) -> Option<TextFault> {
        if text.len() > MAX_ANSWER_BYTES {
            return Some(TextFault::TooLong(text.len()));
        }
        control_char(text).map(|c| {
            if c.is_control() {
                TextFault::Control(c)
            } else if is_joiner(c) {
                TextFault::Joiner(c)
            } else {
                TextFault::Format(c)
            }
        })
    }

    /// Said to whoever typed it.
    fn said(self) -> String {
        match self {
            TextFault::TooLong(bytes) => format!(
                "that answer is {} KiB; keep it under {} KiB",
                bytes.div_ceil(1024),
                MAX_ANSWER_BYTES / 1024
            ),
            TextFault::Control(c) => format!(
                "it holds a control character (U+{:04X}); remove it",
                c as u32
            ),
            TextFault::Joiner(c) => format!(
                "it holds an invisible joiner (U+{:04X}) outside a word; remove it (a joiner is kept only between the letters or emoji it joins)",
                c as u32
            ),
            TextFault::Format(c) => format!(
                "it holds an invisible formatting character (U+{:04X}) that can change how text displays; remove it",
                c as u32
            ),
        }
    }

    /// The problem of a value at `key` in a file.
    fn problem(self, key: &str, item: &Item) -> Problem {
        let clean = "text without control or invisible formatting characters";
        let (expected, found) = match self {
            TextFault::TooLong(bytes) => (
                format!("at most {} KiB of text", MAX_ANSWER_BYTES / 1024),
                format!("{bytes} bytes long"),
            ),
            TextFault::Control(c) => (
                clean.into(),
                format!("text with the control character U+{:04X} in it", c as u32),
            ),
            TextFault::Joiner(c) => (
                "text with a joiner only inside a word, between the letters or emoji it joins"
                    .into(),
                format!(
                    "text with the invisible joiner U+{:04X} outside a word",
                    c as u32
                ),
            ),
            TextFault::Format(c) => (
                clean.into(),
                format!(
                    "text with the invisible formatting character U+{:04X} in it",
                    c as u32
                ),
            ),
        };
        Problem {
            key: key.to_string(),
            expected,
            found,
            span: item.span(),
        }
    }
}

/// The limits every typed text is held to ([`TextFault`]).
fn check_text(text: &str) -> Result<(), String> {
    match TextFault::of(text) {
        Some(fault) => Err(fault.said()),
        None => Ok(()),
    }
}

/// The first control character in an answer, if any. Newline and tab are
/// text, and so is a carriage return just before a newline (a line ending
/// from Windows); any other, such as ESC (U+001B), could drive the terminal
/// or break a calendar file, so no answer may hold one. Nor may it hold an
/// invisible format character ([`crate::error::is_format_char`], such as
/// U+202E RIGHT-TO-LEFT OVERRIDE), which can reverse how a line displays.
/// The joiners languages need, U+200C and U+200D, are text inside a word
/// (Persian "می‌خواهم", an emoji sequence): see
/// [`crate::error::joins_a_word`], the rule [`crate::error::printable`]
/// follows too, so an answer is shown as it was typed.
pub fn control_char(text: &str) -> Option<char> {
    // Most answers are plain printable ASCII: nothing to look at closely.
    if text
        .bytes()
        .all(|b| (b' '..=b'~').contains(&b) || b == b'\n' || b == b'\t')
    {
        return None;
    }
    let mut chars = text.chars().peekable();
    let mut before: Option<char> = None;
    // A joiner out of place is named only when nothing worse is there: a
    // joiner beside an override is out of place, but the override is what
    // to remove.
    let mut stray_joiner = None;
    while let Some(c) = chars.next() {
        let line_ending = c == '\r' && chars.peek() == Some(&'\n');
        if c.is_control() && c != '\n' && c != '\t' && !line_ending {
            return Some(c);
        }
        if crate::error::is_format_char(c)
            && !crate::error::joins_a_word(before, c, chars.peek().copied())
        {
            if !is_joiner(c) {
                return Some(c);
            }
            stray_joiner = stray_joiner.or(Some(c));
        }
        before = Some(c);
    }
    stray_joiner
}

fn parse_minutes(kind: &Kind, text: &str) -> Result<i64, String> {
    let n: i64 = text
        .trim_end_matches("minutes")
        .trim_end_matches("min")
        .trim()
        .parse()
        .map_err(|_| format!("\"{text}\" is not {}", kind.expected()))?;
    check_minutes(n).map_err(|e| format!("{n} is {e}"))?;
    Ok(n)
}

fn parse_seconds(kind: &Kind, text: &str) -> Result<i64, String> {
    text.trim()
        .parse()
        .ok()
        .filter(|n| (0..=MAX_SECONDS).contains(n))
        .ok_or_else(|| format!("\"{text}\" is not {}", kind.expected()))
}

fn parse_yes_no(text: &str) -> Result<bool, String> {
    match text.to_ascii_lowercase().as_str() {
        "y" | "yes" | "true" => Ok(true),
        "n" | "no" | "false" => Ok(false),
        _ => Err(format!("\"{text}\" is not yes or no")),
    }
}

/// One record (a fact, an action, a don't/do pair) typed as an inline table.
fn parse_record(fields: &[Field], text: &str) -> Result<Table, String> {
    let not_a_table = || {
        format!(
            "\"{text}\" is not an inline table; write it as {{ {} }}",
            example_record(fields)
        )
    };
    let parsed: toml_edit::DocumentMut =
        format!("v = {text}").parse().map_err(|_| not_a_table())?;
    let Some(Value::InlineTable(t)) = parsed.get("v").and_then(Item::as_value) else {
        return Err(not_a_table());
    };
    let mut table = t.clone().into_table();
    // A date typed in quotes ("2026-11-12") is read as the date it names.
    for f in fields
        .iter()
        .filter(|f| matches!(f.kind, Kind::Date | Kind::When))
    {
        if let Some(text) = table.get(f.key).and_then(Item::as_str) {
            let date = parse_when(text, matches!(f.kind, Kind::When))
                .map_err(|why| format!("`{}`: {why}", f.key))?;
            table.insert(f.key, Item::Value(Value::from(date)));
        }
    }
    check_record(fields, &table, "").map_err(|p| p.to_string())?;
    Ok(table)
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

/// Parse a date, or (with `allow_time`) a date and time, as people type them:
/// `2026-11-28`, `2026-11-28 14:30`, or in words (`tomorrow 15:00`,
/// `next Thursday 3pm`, `12 Nov`, `in 2 weeks`: see [`natural_date`]).
///
/// A time the clocks skip here is refused ([`exists_here`]).
pub fn parse_when(text: &str, allow_time: bool) -> Result<Datetime, String> {
    let when = read_when(text, allow_time)?;
    exists_here(&when)?;
    Ok(when)
}

/// A date and time given as an answer must happen here: one the clocks go
/// forward over (01:30 on the day they go from 01:00 to 02:00) is refused
/// with the reason and the times to give instead. A date alone, and a time
/// the clocks repeat, pass (the words said back name which of the two).
pub fn exists_here(when: &Datetime) -> Result<(), String> {
    let Some(wall) = dates::datetime_of(when) else {
        return Ok(());
    };
    match dates::here(wall) {
        Some(Wall::Skipped { change, .. }) => Err(format!(
            "{}; give {}",
            wording::does_not_exist(wall, &change),
            wording::instead(&change)
        )),
        _ => Ok(()),
    }
}

/// [`parse_when`] without the check that the time happens here.
pub fn read_when(text: &str, allow_time: bool) -> Result<Datetime, String> {
    let lower = text.trim().to_ascii_lowercase();
    let out_of_range = |p: dates::DateProblem| format!("\"{text}\": {p}");
    if let Ok(d) = NaiveDate::parse_from_str(&lower, "%Y-%m-%d") {
        return dates::from_date(d).map_err(out_of_range);
    }
    for fmt in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dt%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dt%H:%M:%S",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(&lower, fmt) {
            if !allow_time {
                return Err(no_time_here(text));
            }
            return dates::from_datetime(dt).map_err(out_of_range);
        }
    }
    // A time to meet looks ahead; a plain date may be a recent day.
    let read = if allow_time {
        natural_date::parse_ahead
    } else {
        natural_date::parse
    };
    match read(text, dates::today()) {
        Some(m) => match m.time {
            None => dates::from_date(m.date).map_err(out_of_range),
            Some(_) if !allow_time => Err(no_time_here(text)),
            Some(t) => dates::from_datetime(m.date.and_time(t)).map_err(out_of_range),
        },
        None if allow_time => Err(format!(
            "\"{text}\" is not a date or a date and time I know; write it like {}",
            natural_date::FORMS_WITH_TIME
        )),
        None => Err(format!(
            "\"{text}\" is not a date I know; write it like {}",
            natural_date::FORMS
        )),
    }
}

/// The `fact` of each record in a list of facts, as written.
pub fn facts(item: &Item) -> Vec<String> {
    match item {
        Item::ArrayOfTables(a) => a
            .iter()
            .filter_map(|t| t.get("fact").and_then(Item::as_str).map(str::to_string))
            .collect(),
        Item::Value(Value::Array(a)) => a
            .iter()
            .filter_map(|v| {
                v.as_inline_table()?
                    .get("fact")?
                    .as_str()
                    .map(str::to_string)
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// What a date answer was read as, in words ("Thursday 3 December 2026,
/// 15:00"), so a person can see the day they meant was understood. A time
/// of day is only asked for a time to meet, so one before today is said to
/// be in the past (a plain date before today is a fact's or the meeting's
/// day, and normal).
pub fn understood(item: &Item) -> Option<String> {
    let d = item.as_datetime()?;
    let past = d.time.is_some() && dates::date_of(d).is_ok_and(|day| day < dates::today());
    Some(format!(
        "That is {}{}.",
        wording::when_in_words(d),
        if past { " (in the past)" } else { "" }
    ))
}

fn no_time_here(text: &str) -> String {
    format!("\"{text}\" has a time, but this takes a day alone, such as 2026-11-28 or 12 Nov")
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
            // With its decimal point (`1.0`, not `1`), so a float is never
            // quoted as if it were the whole number asked for.
            Value::Float(f) => format!("the number {:?}", f.value()),
            Value::Boolean(b) => format!("{}", b.value()),
            Value::Datetime(d) => match (d.value().date, d.value().time) {
                (None, Some(_)) => format!("the time {}", d.value()),
                _ => format!("the date {}", d.value()),
            },
            Value::Array(a) if a.is_empty() => "an empty list".into(),
            Value::Array(_) => "a list".into(),
            Value::InlineTable(_) => "a table".into(),
        },
    }
}

/// The start of a text as quoted in a message: 40 characters at most, with
/// any control characters shown escaped.
fn shorten(s: &str) -> String {
    let cut = s.chars().count() > 40;
    let start: String = s.chars().take(40).collect();
    // A cut just after a joiner inside a word would leave it at the end,
    // where it joins nothing and would be shown escaped.
    let start = if cut {
        start.trim_end_matches(is_joiner)
    } else {
        &start
    };
    let mut out = crate::error::printable(start).into_owned();
    if cut {
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
    check_count(key, item)?;
    match kind {
        Kind::Text | Kind::LongText => {
            let s = item.as_str().ok_or_else(wrong)?;
            check_text_value(s, key, item)
        }
        Kind::List | Kind::Bank(_) => check_strings(key, item.as_array().ok_or_else(wrong)?),
        Kind::Choice(opts) => match item.as_str() {
            Some(s) if opts.iter().any(|o| o.value == s) => Ok(()),
            _ => Err(wrong()),
        },
        Kind::MultiChoice(opts) => {
            for v in item.as_array().ok_or_else(wrong)?.iter() {
                match v.as_str() {
                    Some(s) if opts.iter().any(|o| o.value == s) => {}
                    _ => return Err(problem(describe_value(v), v.span())),
                }
            }
            Ok(())
        }
        Kind::When | Kind::Date => check_date(kind, key, item),
        Kind::Minutes => {
            let n = item.as_integer().ok_or_else(wrong)?;
            check_minutes(n).map_err(|_| wrong())
        }
        Kind::YesNo => item.as_bool().map(|_| ()).ok_or_else(wrong),
        Kind::Seconds => match item.as_integer() {
            Some(n) if (0..=MAX_SECONDS).contains(&n) => Ok(()),
            _ => Err(wrong()),
        },
        Kind::Records(fields) => check_records(fields, kind, key, item),
    }
}

/// A list holds at most [`MAX_LIST_ENTRIES`] entries.
pub fn check_count(key: &str, item: &Item) -> Result<(), Problem> {
    let count = match item {
        Item::ArrayOfTables(a) => a.len(),
        Item::Value(Value::Array(a)) => a.len(),
        _ => return Ok(()),
    };
    if count > MAX_LIST_ENTRIES {
        return Err(Problem {
            key: key.to_string(),
            expected: format!("a list of at most {MAX_LIST_ENTRIES} entries"),
            found: format!("a list of {count}"),
            span: item.span(),
        });
    }
    Ok(())
}

fn describe_value(v: &Value) -> String {
    describe(&Item::Value(v.clone()))
}

/// Every entry of a list of texts is a text of a sane size.
fn check_strings(key: &str, array: &Array) -> Result<(), Problem> {
    for (i, v) in array.iter().enumerate() {
        let entry = format!("{key}[{}]", i + 1);
        let Some(s) = v.as_str() else {
            return Err(Problem {
                key: entry,
                expected: "a string".into(),
                found: describe_value(v),
                span: v.span(),
            });
        };
        check_text_value(s, &entry, &Item::Value(v.clone()))?;
    }
    Ok(())
}

/// A date (or date and time, for `When`) that names a real moment.
fn check_date(kind: &Kind, key: &str, item: &Item) -> Result<(), Problem> {
    let wrong = |found: String| Problem {
        key: key.to_string(),
        expected: kind.expected(),
        found,
        span: item.span(),
    };
    let d = item.as_datetime().ok_or_else(|| wrong(describe(item)))?;
    let shape_ok = d.date.is_some() && (matches!(kind, Kind::When) || d.time.is_none());
    if !shape_ok {
        return Err(wrong(describe(item)));
    }
    dates::check(d).map_err(|p| wrong(format!("{} ({p})", describe(item))))
}

/// A list of record tables, written as `[[key]]` tables or an array of inline tables.
fn check_records(fields: &[Field], kind: &Kind, key: &str, item: &Item) -> Result<(), Problem> {
    let wrong = |found: String, span| Problem {
        key: key.to_string(),
        expected: kind.expected(),
        found,
        span,
    };
    let tables: Vec<Table> = match item {
        Item::ArrayOfTables(aot) => aot.iter().cloned().collect(),
        Item::Value(Value::Array(array)) => {
            let mut tables = Vec::new();
            for v in array.iter() {
                match v.as_inline_table() {
                    Some(t) => tables.push(t.clone().into_table()),
                    None => return Err(wrong(describe_value(v), v.span())),
                }
            }
            tables
        }
        _ => return Err(wrong(describe(item), item.span())),
    };
    for (i, t) in tables.iter().enumerate() {
        check_record(fields, t, &format!("{key}[{}]", i + 1))?;
    }
    Ok(())
}

/// A text read from a file or an inline table: held to the same limits as a
/// typed one (its size, and no control characters).
fn check_text_value(s: &str, key: &str, item: &Item) -> Result<(), Problem> {
    match TextFault::of(s) {
        Some(fault) => Err(fault.problem(key, item)),
        None => Ok(()),
    }
}

fn check_record(fields: &[Field], table: &Table, prefix: &str) -> Result<(), Problem> {
    let join = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    // A misspelt field (`dat` for `date`) would be kept and its value never
    // read: named first, as the likely reason a required field is missing.
    for (key, value) in table.iter() {
        if fields.iter().any(|f| f.key == key) {
            continue;
        }
        let names: Vec<String> = fields.iter().map(|f| format!("`{}`", f.key)).collect();
        let found = match suggest_field(key, fields) {
            Some(f) => format!("an unknown field; did you mean `{f}`?"),
            None => "an unknown field".into(),
        };
        return Err(Problem {
            key: join(&crate::error::printable(key)),
            expected: format!("one of the fields {}", names.join(", ")),
            found,
            span: table.key(key).and_then(|k| k.span()).or(value.span()),
        });
    }
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
    use crate::questions::catalogue::{self, MODES};

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
        assert!(parse_when("next fortnight", true).is_err());
        assert!(parse_when("2026-02-30", true).is_err());
        assert_eq!(
            parse_when("today", false).unwrap().to_string(),
            dates::today().to_string()
        );
    }

    #[test]
    fn years_past_9999_and_leap_seconds_are_refused() {
        for (input, why) in [
            ("+10000-01-01", "10000"),
            ("+70000-01-01", "70000"),
            ("2026-11-28 10:00:60", "seconds"),
        ] {
            let err = parse_input(&kind("meeting.when"), input).unwrap_err();
            assert!(err.contains(why), "{input}: {err}");
        }
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
    fn bidi_and_format_characters_are_refused_and_named() {
        for (text, code) in [
            ("Sam\u{202E}cba", "U+202E"),
            ("a\u{2066}b\u{2069}", "U+2066"),
            ("zero\u{200B}width", "U+200B"),
            ("\u{FEFF}bom", "U+FEFF"),
            ("mark\u{200F}", "U+200F"),
        ] {
            let err = parse_input(&Kind::Text, text).unwrap_err();
            assert!(err.contains(code) && err.contains("formatting"), "{err}");
        }
        // An emoji sequence keeps its joiner; ordinary accents are text.
        assert!(parse_input(&Kind::Text, "Done \u{1F469}\u{200D}\u{1F4BB}").is_ok());
        assert!(parse_input(&Kind::Text, "Zoë, café, naïve").is_ok());
        // In a file too.
        let doc: toml_edit::DocumentMut = "t = \"Sam\\u202Ecba\"\n".parse().unwrap();
        let p = check(&Kind::Text, "meeting.title", &doc["t"]).unwrap_err();
        assert!(p.to_string().contains("U+202E"), "{p}");
    }

    #[test]
    fn joiners_are_text_inside_a_word_and_refused_elsewhere() {
        for word in [
            "می\u{200C}خواهم",
            "Sam می\u{200C}خواهد کتاب\u{200C}ها را",
            "क\u{094D}\u{200D}ष",
            "Done \u{1F469}\u{200D}\u{1F4BB}",
            "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
        ] {
            let item = parse_input(&Kind::LongText, word).unwrap().unwrap();
            assert_eq!(item.as_str(), Some(word));
            assert_eq!(crate::error::printable(word), word);
        }
        for (text, code) in [
            ("sam\u{200C}", "U+200C"),
            ("\u{200D}می", "U+200D"),
            ("a\u{200C}b", "U+200C"),
            ("می\u{200C} خواهم", "U+200C"),
        ] {
            let err = parse_input(&Kind::Text, text).unwrap_err();
            assert!(err.contains(code) && err.contains("joiner"), "{err}");
        }
        // A direction override is refused however Persian the text around
        // it, and named before a joiner it leaves out of place.
        for text in ["می\u{202E}خواهم", "می\u{200C}\u{202E}خواهم"] {
            let err = parse_input(&Kind::Text, text).unwrap_err();
            assert!(
                err.contains("U+202E") && err.contains("formatting"),
                "{err}"
            );
        }
        // In a file, in a list and in a record too.
        let doc: toml_edit::DocumentMut = "t = \"می\\u200Cخواهم\"\nl = [\"ok\", \"x\\u200C\"]\n"
            .parse()
            .unwrap();
        assert!(check(&Kind::Text, "open.story", &doc["t"]).is_ok());
        let p = check(&Kind::List, "explore.questions", &doc["l"]).unwrap_err();
        assert_eq!(p.key, "explore.questions[2]");
        assert!(p.found.contains("joiner U+200C"), "{}", p.found);
        let k = kind("prepare.evidence");
        assert!(parse_input(&k, "{ fact = \"می\u{200C}خواهم\", source = \"seen\" }").is_ok());
    }

    #[test]
    fn a_quoted_text_cut_inside_a_word_keeps_its_joiners_as_text() {
        let long = "می\u{200C}خواهم ".repeat(10);
        let at_joiner = format!("{}می\u{200C}خواهم", "x".repeat(38));
        for text in [long.as_str(), at_joiner.as_str()] {
            let item = Item::Value(text.into());
            let shown = describe(&item);
            assert!(!shown.contains("\\u{"), "{shown}");
            assert!(shown.ends_with("…\""), "{shown}");
        }
    }

    #[test]
    fn floats_and_empty_lists_are_described_as_written() {
        let doc: toml_edit::DocumentMut = "f = 1.0\ne = []\nl = [1]\n".parse().unwrap();
        assert_eq!(describe(&doc["f"]), "the number 1.0");
        assert_eq!(describe(&doc["e"]), "an empty list");
        assert_eq!(describe(&doc["l"]), "a list");
    }

    #[test]
    fn control_characters_are_refused_in_files_and_inline_tables_too() {
        let k = kind("prepare.evidence");
        let err = parse_input(&k, r#"{ fact = "a\u001b[31mb", source = "seen" }"#).unwrap_err();
        assert!(
            err.contains("prepare.evidence") || err.contains("`fact`"),
            "{err}"
        );
        assert!(err.contains("U+001B"), "{err}");
        let doc: toml_edit::DocumentMut =
            "t = \"a\\rb\"\nl = [\"ok\", \"a\\u0000\"]\nw = \"a\\r\\nb\\tc\"\n"
                .parse()
                .unwrap();
        let p = check(&Kind::Text, "meeting.title", &doc["t"]).unwrap_err();
        assert_eq!(p.key, "meeting.title");
        assert!(p.found.contains("U+000D"), "{}", p.found);
        let p = check(&Kind::List, "explore.questions", &doc["l"]).unwrap_err();
        assert_eq!(p.key, "explore.questions[2]");
        assert!(p.found.contains("U+0000"), "{}", p.found);
        // A Windows line ending and a tab are text.
        assert!(check(&Kind::LongText, "open.story", &doc["w"]).is_ok());
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
        let item = parse_input(
            &k,
            r#"{ fact = "x", source = "seen", date = "2026-11-12" }"#,
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            item["date"].as_datetime().unwrap().to_string(),
            "2026-11-12"
        );
        let err = parse_input(&k, r#"{ fact = "x", source = "seen", date = "soon" }"#).unwrap_err();
        assert!(
            err.contains("`date`") && err.contains("2026-11-28"),
            "{err}"
        );
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
