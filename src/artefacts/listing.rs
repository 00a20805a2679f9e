//! `plan list`'s views of a folder of plans: every plan, what is due now,
//! and the history with one person, as text columns or JSON.

use super::report::ReportFormat;
use super::report::{Json, json_array, json_object, table};
use crate::check::due;
use crate::check::findings::{self, Severity};
use crate::error::ShowPath;
use crate::error::{Error, Result, printable};
use crate::planfile::listing::{ActionSummary, Listed, Summary, day_of, fold_name};
use crate::planfile::{self, FileKind, Status};
use chrono::{Days, NaiveDate};
use std::collections::HashSet;
use std::path::Path;

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn date_text(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

fn or_dash(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "-".into())
}

// --- every plan -----------------------------------------------------------

/// Every plan, one row each: `plan list`.
pub fn all(plans: &[Listed], format: ReportFormat, aligned: bool) -> String {
    let (rows, json): (Vec<Vec<String>>, Vec<String>) = plans
        .iter()
        .map(|l| match &l.summary {
            Ok(s) => plan_row(l, s),
            Err(e) => unreadable_row(l, e),
        })
        .unzip();
    match format {
        ReportFormat::Json => json_array(&json),
        ReportFormat::Text => table(
            &[
                "WHEN", "WITH", "TITLE", "STATUS", "ACTIONS", "CHECK-IN", "FILE",
            ],
            &rows,
            aligned,
        ),
    }
}

/// A plan that could be read, as a table row and a JSON object. Only a
/// person's latest plan has open actions and a check-in to come.
fn plan_row(l: &Listed, s: &Summary) -> (Vec<String>, String) {
    // Open actions and the next check-in stay with the plan that agreed
    // them until a check-in closes them, as `plan check` reads them.
    let open = s.outcome.actions.iter().filter(|a| a.open()).count();
    let check_in = s
        .check_in()
        .filter(|d| s.last_check_in().is_none_or(|last| last < *d));
    let row = vec![
        date_text(s.day()),
        or_dash(&s.meeting.with),
        or_dash(&s.meeting.title),
        s.status().as_str().into(),
        open.to_string(),
        date_text(check_in),
        file_name(&l.path),
    ];
    let json = json_object(&[
        ("file", Json::Str(l.path.shown().to_string())),
        ("with", Json::opt(s.meeting.with.clone())),
        ("title", Json::opt(s.meeting.title.clone())),
        (
            "when",
            Json::opt(s.meeting.when.as_ref().map(ToString::to_string)),
        ),
        ("status", Json::Str(s.status().as_str().into())),
        ("open_actions", Json::Int(open as i64)),
        ("next_check_in", Json::opt(check_in.map(|d| d.to_string()))),
        ("error", Json::Null),
    ]);
    (row, json)
}

/// A file that could not be read, as a table row and a JSON object.
fn unreadable_row(l: &Listed, error: &str) -> (Vec<String>, String) {
    let dash = || "-".to_string();
    let row = vec![
        dash(),
        dash(),
        format!("cannot read: {error}"),
        dash(),
        dash(),
        dash(),
        file_name(&l.path),
    ];
    let json = json_object(&[
        ("file", Json::Str(l.path.shown().to_string())),
        ("with", Json::Null),
        ("title", Json::Null),
        ("when", Json::Null),
        ("status", Json::Null),
        ("open_actions", Json::Null),
        ("next_check_in", Json::Null),
        ("error", Json::Str(error.to_string())),
    ]);
    (row, json)
}

// --- what is due ----------------------------------------------------------

/// One thing that needs the user now.
struct Due {
    date: Option<NaiveDate>,
    kind: &'static str,
    with: String,
    detail: String,
    file: String,
}

/// A dated thing due in one plan: its day, kind and detail.
type Item = (NaiveDate, &'static str, String);

/// What needs the user now, earliest first: `plan list --due`.
pub fn due(plans: &[Listed], today: NaiveDate, format: ReportFormat, aligned: bool) -> String {
    let items = due_items(plans, today);
    match format {
        ReportFormat::Json => due_json(&items),
        ReportFormat::Text if items.is_empty() && aligned => "Nothing due.\n".into(),
        ReportFormat::Text => due_table(&items, aligned),
    }
}

fn due_items(plans: &[Listed], today: NaiveDate) -> Vec<Due> {
    let mut items = Vec::new();
    for l in plans {
        let file = l.path.shown().to_string();
        let s = match &l.summary {
            Ok(s) => s,
            Err(e) => {
                items.push(Due {
                    date: None,
                    kind: "unreadable",
                    with: "-".into(),
                    detail: e.clone(),
                    file,
                });
                continue;
            }
        };
        // The same rules as `plan check`, on every plan.
        let mut found: Vec<Item> = due::due(&life(s), today)
            .into_iter()
            .map(|d| match d.action {
                Some(a) => {
                    let a = &s.outcome.actions[a];
                    (d.date, d.rule, format!("{} ({})", a.what, a.owner))
                }
                None if d.rule == due::FOLLOW_UP_DUE => (
                    d.date,
                    d.rule,
                    "meeting held, no follow-up written: `plan summary`".into(),
                ),
                None => (
                    d.date,
                    d.rule,
                    "check-in due: `plan check-in`, or `plan new --follow-up`".into(),
                ),
            })
            .collect();
        found.extend(not_ready(&l.path, s, today));
        items.extend(found.into_iter().map(|(date, kind, detail)| Due {
            date: Some(date),
            kind,
            with: or_dash(&s.meeting.with),
            detail,
            file: file.clone(),
        }));
    }
    // Stable: within a day, things stay in the order found.
    items.sort_by_key(|d| d.date);
    items
}

/// What the rules of [`due`] need to know of a plan, from its summary.
fn life(s: &Summary) -> due::Life {
    due::Life {
        followed_up: s.status() == Status::FollowedUp,
        met: s.day(),
        actions: s
            .outcome
            .actions
            .iter()
            .map(|a| due::ActionDue {
                what: a.what.clone(),
                owner: a.owner.clone(),
                due: day_of(a.due.as_ref()),
                open: a.open(),
            })
            .collect(),
        next_check_in: s.check_in(),
        last_check_in: s.last_check_in(),
    }
}

/// A meeting within the week whose plan still has errors to fix.
fn not_ready(path: &Path, s: &Summary, today: NaiveDate) -> Option<Item> {
    let week = today.checked_add_days(Days::new(7)).unwrap_or(today);
    let d = s.day().filter(|d| *d >= today && *d <= week)?;
    let errors = planfile::load(path, FileKind::Plan)
        .and_then(|doc| doc.plan())
        .map(|p| {
            findings::check(&p, today)
                .iter()
                .filter(|f| f.severity == Severity::Error)
                .count()
        })
        .unwrap_or(1);
    (errors > 0).then(|| {
        (
            d,
            "not-ready",
            format!(
                "meeting soon, {errors} {} to fix: `plan check`",
                if errors == 1 { "error" } else { "errors" }
            ),
        )
    })
}

fn due_json(items: &[Due]) -> String {
    let objects: Vec<String> = items
        .iter()
        .map(|d| {
            json_object(&[
                ("file", Json::Str(d.file.clone())),
                ("kind", Json::Str(d.kind.into())),
                ("with", Json::Str(d.with.clone())),
                ("date", Json::opt(d.date.map(|d| d.to_string()))),
                ("detail", Json::Str(d.detail.clone())),
            ])
        })
        .collect();
    json_array(&objects)
}

fn due_table(items: &[Due], aligned: bool) -> String {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|d| {
            vec![
                date_text(d.date),
                d.kind.into(),
                d.with.clone(),
                d.detail.clone(),
                file_name(Path::new(&d.file)),
            ]
        })
        .collect();
    table(&["DATE", "WHAT", "WITH", "DETAIL", "FILE"], &rows, aligned)
}

// --- the history with one person -------------------------------------------

/// The plans with one person, matched loosely: the full name folded, or a
/// first name alone when only one person has it.
fn matching<'a>(plans: &'a [Listed], name: &str) -> Result<Vec<&'a Listed>> {
    let wanted = fold_name(name);
    let person = |l: &Listed| {
        l.summary
            .as_ref()
            .ok()
            .and_then(|s| s.meeting.with.as_deref())
            .map(fold_name)
    };
    let full: Vec<&Listed> = plans
        .iter()
        .filter(|l| person(l).as_deref() == Some(wanted.as_str()))
        .collect();
    if !full.is_empty() {
        return Ok(full);
    }
    // Any part of the name: "okoro" finds Daniel Okoro, "dan okoro" too;
    // every word given is a word of the name, or the start of one.
    let mut people = HashSet::new();
    let by_part: Vec<&Listed> = plans
        .iter()
        .filter(|l| {
            let Some(p) = person(l) else { return false };
            let words: Vec<&str> = p.split([' ', '-']).collect();
            let all = wanted.split(' ').all(|w| {
                words
                    .iter()
                    .any(|n| *n == w || (w.len() >= 3 && n.starts_with(w)))
            });
            if all {
                people.insert(p.clone());
            }
            all
        })
        .collect();
    let by_first = by_part;
    if people.len() > 1 {
        return Err(ambiguous(plans, name, &people));
    }
    Ok(by_first)
}

/// A first name several people share: name each once, as first written.
fn ambiguous(plans: &[Listed], name: &str, people: &HashSet<String>) -> Error {
    let mut seen = HashSet::new();
    let names: Vec<String> = plans
        .iter()
        .filter_map(|l| l.summary.as_ref().ok()?.meeting.with.clone())
        .filter(|w| seen.insert(fold_name(w)) && people.contains(&fold_name(w)))
        .collect();
    let shown = match names.len() {
        n if n > 4 => format!("{}, and {} others", names[..3].join(", "), n - 3),
        _ => names.join(" or "),
    };
    Error::usage(format!("\"{name}\" could be {shown}"), "give the full name")
}

fn outcome_words(s: &Summary) -> String {
    match (s.status(), s.outcome.agreed, s.outcome.fallback.as_deref()) {
        (_, Some(true), _) => "agreed a way forward".into(),
        (_, Some(false), Some("escalate")) => "no agreement: escalated".into(),
        (_, Some(false), Some(_)) => "no agreement: expectation set".into(),
        (_, Some(false), None) => "no agreement".into(),
        (Status::Held | Status::FollowedUp, None, _) => "held, outcome not recorded".into(),
        _ => "not held yet".into(),
    }
}

fn action_text(a: &ActionSummary) -> String {
    match day_of(a.due.as_ref()) {
        Some(d) => format!("{} ({}, by {d})", a.what, a.owner),
        None => format!("{} ({})", a.what, a.owner),
    }
}

/// One conversation of a history: its file and what it holds.
type Conversation<'a> = (&'a Listed, &'a Summary);

/// Every conversation with one person, oldest first: `plan list --with`.
pub fn with(plans: &[Listed], name: &str, format: ReportFormat, aligned: bool) -> Result<String> {
    let found = matching(plans, name)?;
    if found.is_empty() {
        return Err(Error::failed(
            format!("no plan with \"{name}\""),
            "`plan list` shows everyone you have plans with",
        ));
    }
    let history: Vec<Conversation> = found
        .iter()
        .filter_map(|l| Some((*l, l.summary.as_ref().ok()?)))
        .collect();
    Ok(match format {
        ReportFormat::Json => history_json(&history),
        ReportFormat::Text if aligned => history_aligned(&history),
        ReportFormat::Text => history_tabbed(&history),
    })
}

fn history_json(history: &[Conversation]) -> String {
    let action = |a: &ActionSummary| {
        json_object(&[
            ("what", Json::Str(a.what.clone())),
            ("owner", Json::Str(a.owner.clone())),
            (
                "due",
                Json::opt(day_of(a.due.as_ref()).map(|d| d.to_string())),
            ),
        ])
    };
    let items: Vec<String> = history
        .iter()
        .map(|(l, s)| {
            let actions: Vec<String> = s.outcome.actions.iter().map(action).collect();
            json_object(&[
                ("file", Json::Str(l.path.shown().to_string())),
                ("with", Json::opt(s.meeting.with.clone())),
                (
                    "when",
                    Json::opt(s.meeting.when.as_ref().map(ToString::to_string)),
                ),
                ("title", Json::opt(s.meeting.title.clone())),
                ("status", Json::Str(s.status().as_str().into())),
                ("outcome", Json::Str(outcome_words(s))),
                ("actions", Json::Raw(format!("[{}]", actions.join(", ")))),
            ])
        })
        .collect();
    json_array(&items)
}

const HISTORY_HEADER: [&str; 5] = ["WHEN", "TITLE", "STATUS", "OUTCOME", "FILE"];

fn history_row((l, s): &Conversation) -> Vec<String> {
    vec![
        date_text(s.day()),
        or_dash(&s.meeting.title),
        s.status().as_str().into(),
        outcome_words(s),
        file_name(&l.path),
    ]
}

/// The `n`th conversation's actions: carried into the next one, or, for the
/// last, still open.
fn history_actions(history: &[Conversation], n: usize) -> Vec<String> {
    let latest = n + 1 == history.len();
    history[n]
        .1
        .outcome
        .actions
        .iter()
        .map(|a| {
            // What became of it, where a check-in said; else open, or carried
            // into the next conversation.
            let state = match a.state.as_deref() {
                Some("done") => "done",
                Some("dropped") => "dropped",
                _ if latest => "open",
                _ => "carried forward",
            };
            format!("{state}: {}", action_text(a))
        })
        .collect()
}

/// The name as written with capitals, where some plan has them.
fn person_as_written(history: &[Conversation]) -> String {
    let spellings: Vec<String> = history
        .iter()
        .rev()
        .filter_map(|(_, s)| s.meeting.with.clone())
        .collect();
    spellings
        .iter()
        .find(|w| w.chars().any(char::is_uppercase))
        .or(spellings.first())
        .cloned()
        .unwrap_or_default()
}

/// For a person: a heading, then the columns, with each conversation's
/// actions under it, outside the columns.
fn history_aligned(history: &[Conversation]) -> String {
    let mut out = format!(
        "{} with {}\n\n",
        match history.len() {
            1 => "1 conversation".to_string(),
            n => format!("{n} conversations"),
        },
        person_as_written(history)
    );
    let rows: Vec<Vec<String>> = history.iter().map(history_row).collect();
    let text = table(&HISTORY_HEADER, &rows, true);
    let mut lines = text.lines();
    out.push_str(lines.next().unwrap_or_default());
    out.push('\n');
    for (n, line) in lines.enumerate() {
        out.push_str(line);
        out.push('\n');
        for a in history_actions(history, n) {
            let line = format!("            {}", printable(&a));
            out.push_str(&cut_to(&line, super::report::terminal_columns()));
            out.push('\n');
        }
    }
    out
}

/// For a program: tab-separated, each action a row of its own in the
/// title column.
/// A line cut with "…" to a terminal's width, or whole.
fn cut_to(line: &str, width: Option<usize>) -> String {
    match width {
        Some(w) if w > 1 && line.chars().count() > w => {
            format!("{}…", line.chars().take(w - 1).collect::<String>())
        }
        _ => line.to_string(),
    }
}

fn history_tabbed(history: &[Conversation]) -> String {
    let mut rows = Vec::new();
    for (n, item) in history.iter().enumerate() {
        rows.push(history_row(item));
        for a in history_actions(history, n) {
            rows.push(vec![
                String::new(),
                a,
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
    }
    table(&HISTORY_HEADER, &rows, false)
}
