//! `plan list`'s views of a folder of plans: every plan, what is due now,
//! and the history with one person, as text columns or JSON.

use super::brief::typed_as;
use super::report::ReportFormat;
use super::report::{Json, json_array, json_object, painted_table};
use crate::check::due::{self, Life};
use crate::check::findings::{self, Severity};
use crate::dates::day_of;
use crate::dates::wording::count;
use crate::error::ShowPath;
use crate::error::{Error, Result, printable};
use crate::planfile::listing::{self, Listed, fold_name, reason};
use crate::planfile::typed::Action;
use crate::planfile::{Plan, Status};
use crate::questions::choices::{ActionState, Fallback};
use chrono::{Days, NaiveDate};
use console::Style;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

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

/// What a view of a folder prints, and a note for stderr when some of its
/// plans could not be read.
#[derive(Debug)]
pub struct View {
    /// The result, for stdout.
    pub text: String,
    /// How many plans could not be read, and what to do about it.
    pub note: Option<String>,
}

/// The note when `n` plans could not be read: how many, and `then` (what
/// follows for the view).
fn unreadable_note(n: usize, then: &str) -> Option<String> {
    (n > 0).then(|| format!("{} could not be read; {then}", count(n, "plans")))
}

/// What to do about plans that could not be read, in the views that list them.
const CHECK_EACH: &str = "`plan check FILE` shows what to fix in each";

/// Read every plan in `files` and make `row` of each, on the core that read
/// it; the rows in meeting order ([`listing::order`]), and how many plans
/// could not be read.
fn sorted_rows<R: Send>(files: &[PathBuf], row: impl Fn(Listed) -> R + Sync) -> (Vec<R>, usize) {
    let mut rows = listing::read_all(files, |l| (listing::order(&l), l.plan.is_err(), row(l)));
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let unreadable = rows.iter().filter(|(_, failed, _)| *failed).count();
    (
        rows.into_iter().map(|(_, _, row)| row).collect(),
        unreadable,
    )
}

/// The colours of `plan list` on a terminal that takes them: a plan's
/// status by where it stands, and what is due by how pressing it is.
fn paint(column: &str, cell: &str) -> Option<Style> {
    let style = Style::new();
    match column {
        "STATUS" if cell == UNREADABLE => Some(style.red().bold()),
        "STATUS" => Status::from_value(cell).map(|status| match status {
            Status::Draft => style.yellow(),
            Status::Ready => style.green(),
            Status::Held => style.cyan(),
            Status::FollowedUp => style.dim(),
        }),
        // As `plan check` has them: an unreadable plan or a meeting soon
        // with errors red, the warnings yellow, the check-in cyan.
        "WHAT" => Some(match cell {
            due::FOLLOW_UP_DUE | due::ACTION_OVERDUE => style.yellow().bold(),
            due::CHECK_IN_DUE => style.cyan().bold(),
            _ => style.red().bold(),
        }),
        _ => None,
    }
}

// --- every plan -----------------------------------------------------------

/// The status of a plan that does not load.
const UNREADABLE: &str = "unreadable";

/// Every plan, one row each: `plan list`.
pub fn all(files: &[PathBuf], format: ReportFormat, aligned: bool) -> View {
    let (text, unreadable) = match format {
        ReportFormat::Json => {
            let (objects, unreadable) = sorted_rows(files, |l| plan_json(&l));
            (json_array(&objects), unreadable)
        }
        ReportFormat::Text => {
            let (rows, unreadable) = sorted_rows(files, |l| plan_cells(&l));
            let header = [
                "WHEN", "WITH", "TITLE", "STATUS", "ACTIONS", "CHECK-IN", "FILE",
            ];
            (painted_table(&header, &rows, aligned, &paint), unreadable)
        }
    };
    View {
        text,
        note: unreadable_note(unreadable, CHECK_EACH),
    }
}

/// A plan as a table row. Open actions and the next check-in stay with the
/// plan that agreed them until a check-in closes them, as `plan check`
/// reads them. A file that does not load is "unreadable", with the loader's
/// reason where the title would be.
fn plan_cells(l: &Listed) -> Vec<String> {
    let dash = || "-".to_string();
    let p = match &l.plan {
        Ok(p) => p,
        Err(e) => {
            return vec![
                dash(),
                dash(),
                reason(e),
                UNREADABLE.into(),
                dash(),
                dash(),
                file_name(&l.path),
            ];
        }
    };
    let life = Life::of(p);
    vec![
        date_text(life.met),
        or_dash(&p.meeting.with),
        or_dash(&p.meeting.title),
        p.status.value().into(),
        life.open_actions().to_string(),
        date_text(life.check_in_to_come()),
        file_name(&l.path),
    ]
}

/// A plan as a JSON object, with the same facts as its row; a file that
/// does not load has its status "unreadable" and the loader's reason.
fn plan_json(l: &Listed) -> String {
    let file = ("file", Json::Str(l.path.shown().to_string()));
    let p = match &l.plan {
        Ok(p) => p,
        Err(e) => {
            return json_object(&[
                file,
                ("with", Json::Null),
                ("title", Json::Null),
                ("when", Json::Null),
                ("status", Json::Str(UNREADABLE.into())),
                ("open_actions", Json::Null),
                ("next_check_in", Json::Null),
                ("error", Json::Str(reason(e))),
            ]);
        }
    };
    let life = Life::of(p);
    json_object(&[
        file,
        ("with", Json::opt(p.meeting.with.clone())),
        ("title", Json::opt(p.meeting.title.clone())),
        (
            "when",
            Json::opt(p.meeting.when.as_ref().map(ToString::to_string)),
        ),
        ("status", Json::Str(p.status.value().into())),
        ("open_actions", Json::Int(life.open_actions() as i64)),
        (
            "next_check_in",
            Json::opt(life.check_in_to_come().map(|d| d.to_string())),
        ),
        ("error", Json::Null),
    ])
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

/// What needs the user now, earliest first: `plan list --due`. A plan that
/// does not load is an entry of its own, first, so nothing due hides
/// behind a broken file.
pub fn due(files: &[PathBuf], today: NaiveDate, format: ReportFormat, aligned: bool) -> View {
    let (per_plan, unreadable) = sorted_rows(files, |l| due_items(&l, today));
    let mut items: Vec<Due> = per_plan.into_iter().flatten().collect();
    // Stable: within a day, things stay in the order of the plans.
    items.sort_by_key(|d| d.date);
    let text = match format {
        ReportFormat::Json => due_json(&items),
        ReportFormat::Text if items.is_empty() && aligned => "Nothing due.\n".into(),
        ReportFormat::Text => due_table(&items, aligned),
    };
    View {
        text,
        note: unreadable_note(unreadable, CHECK_EACH),
    }
}

/// What needs the user in one plan; for a plan that does not load, that it
/// cannot be read, why, and the command that shows what to fix.
fn due_items(l: &Listed, today: NaiveDate) -> Vec<Due> {
    let file = l.path.shown().to_string();
    let p = match &l.plan {
        Ok(p) => p,
        Err(e) => {
            let detail = format!(
                "cannot be read: {}; fix it, then `plan check {}`",
                reason(e),
                typed_as(&file)
            );
            return vec![Due {
                date: None,
                kind: UNREADABLE,
                with: "-".into(),
                detail,
                file,
            }];
        }
    };
    due_in(p, today)
        .into_iter()
        .map(|(date, kind, detail)| Due {
            date: Some(date),
            kind,
            with: or_dash(&p.meeting.with),
            detail,
            file: file.clone(),
        })
        .collect()
}

/// What is due in one plan: the same rules as `plan check`, and a meeting
/// soon whose plan has errors.
fn due_in(p: &Plan, today: NaiveDate) -> Vec<Item> {
    let life = Life::of(p);
    let mut found: Vec<Item> = due::due(&life, today)
        .into_iter()
        .map(|d| match d.action {
            Some(a) => {
                let a = &p.outcome.actions[a];
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
    found.extend(not_ready(p, life.met, today));
    found
}

/// A meeting within the week whose plan still has errors to fix.
fn not_ready(p: &Plan, met: Option<NaiveDate>, today: NaiveDate) -> Option<Item> {
    let week = today.checked_add_days(Days::new(7)).unwrap_or(today);
    let d = met.filter(|d| *d >= today && *d <= week)?;
    let errors = findings::check(p, today)
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
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
    painted_table(
        &["DATE", "WHAT", "WITH", "DETAIL", "FILE"],
        &rows,
        aligned,
        &paint,
    )
}

// --- the history with one person -------------------------------------------

/// The plans with one person, matched loosely: the full name folded, or a
/// first name alone when only one person has it.
fn matching<'a>(plans: &'a [Listed], name: &str) -> Result<Vec<&'a Listed>> {
    let wanted = fold_name(name);
    let person = |l: &Listed| {
        l.plan
            .as_ref()
            .ok()
            .and_then(|p| p.meeting.with.as_deref())
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
        .filter_map(|l| l.plan.as_ref().ok()?.meeting.with.clone())
        .filter(|w| seen.insert(fold_name(w)) && people.contains(&fold_name(w)))
        .collect();
    let shown = match names.len() {
        n if n > 4 => format!("{}, and {} others", names[..3].join(", "), n - 3),
        _ => names.join(" or "),
    };
    Error::usage(format!("\"{name}\" could be {shown}"), "give the full name")
}

fn outcome_words(p: &Plan) -> String {
    match (p.status, p.outcome.agreed, p.outcome.fallback) {
        (_, Some(true), _) => "agreed a way forward".into(),
        (_, Some(false), Some(Fallback::Escalate)) => "no agreement: escalated".into(),
        (_, Some(false), Some(Fallback::Expect)) => "no agreement: expectation set".into(),
        (_, Some(false), None) => "no agreement".into(),
        (Status::Held | Status::FollowedUp, None, _) => "held, outcome not recorded".into(),
        _ => "not held yet".into(),
    }
}

fn action_text(a: &Action) -> String {
    match day_of(a.due.as_ref()) {
        Some(d) => format!("{} ({}, by {d})", a.what, a.owner),
        None => format!("{} ({})", a.what, a.owner),
    }
}

/// One conversation of a history: its file and what it holds.
type Conversation<'a> = (&'a Listed, &'a Plan);

/// Every conversation with one person, oldest first: `plan list --with`.
/// A plan that does not load cannot say who it is with, so it is not
/// matched: the note, or the error when nothing matched, counts them.
pub fn with(files: &[PathBuf], name: &str, format: ReportFormat, aligned: bool) -> Result<View> {
    let (plans, unreadable) = sorted_rows(files, |l| l);
    let may_miss = unreadable_note(
        unreadable,
        "any of them may be with this person: `plan list` names them",
    );
    let found = matching(&plans, name)?;
    if found.is_empty() {
        return Err(Error::failed(
            format!("no plan with \"{name}\""),
            may_miss.unwrap_or_else(|| "`plan list` shows everyone you have plans with".into()),
        ));
    }
    let history: Vec<Conversation> = found
        .iter()
        .filter_map(|l| Some((*l, l.plan.as_ref().ok()?)))
        .collect();
    let text = match format {
        ReportFormat::Json => history_json(&history),
        ReportFormat::Text if aligned => history_aligned(&history),
        ReportFormat::Text => history_tabbed(&history),
    };
    Ok(View {
        text,
        note: may_miss,
    })
}

fn history_json(history: &[Conversation]) -> String {
    let action = |a: &Action| {
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
        .map(|(l, p)| {
            let actions: Vec<String> = p.outcome.actions.iter().map(action).collect();
            json_object(&[
                ("file", Json::Str(l.path.shown().to_string())),
                ("with", Json::opt(p.meeting.with.clone())),
                (
                    "when",
                    Json::opt(p.meeting.when.as_ref().map(ToString::to_string)),
                ),
                ("title", Json::opt(p.meeting.title.clone())),
                ("status", Json::Str(p.status.value().into())),
                ("outcome", Json::Str(outcome_words(p))),
                ("actions", Json::Raw(format!("[{}]", actions.join(", ")))),
            ])
        })
        .collect();
    json_array(&items)
}

const HISTORY_HEADER: [&str; 5] = ["WHEN", "TITLE", "STATUS", "OUTCOME", "FILE"];

fn history_row((l, p): &Conversation) -> Vec<String> {
    vec![
        date_text(day_of(p.meeting.when.as_ref())),
        or_dash(&p.meeting.title),
        p.status.value().into(),
        outcome_words(p),
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
            let state = match a.state() {
                ActionState::Done => "done",
                ActionState::Dropped => "dropped",
                ActionState::Open if latest => "open",
                ActionState::Open => "carried forward",
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
        .filter_map(|(_, p)| p.meeting.with.clone())
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
    let text = painted_table(&HISTORY_HEADER, &rows, true, &paint);
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
    painted_table(&HISTORY_HEADER, &rows, false, &paint)
}
