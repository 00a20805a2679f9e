//! `plan list`: every plan in a folder, what is due now, or the history
//! with one person.

use crate::artefacts::output::print;
use crate::artefacts::report::{Json, json_array, json_object, table};
use crate::artefacts::typed;
use crate::cli::{ListArgs, ReportFormat};
use crate::error::{Error, Result, printable};
use crate::planfile::listing::{self, Listed, Summary, day_of, fold_name};
use crate::planfile::{self, FileKind, Status, dates};
use crate::questions::findings::{self, Severity};
use chrono::{Days, NaiveDate};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;

/// Run `plan list`.
pub fn run(args: ListArgs) -> Result<()> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => planfile::plan_dir()?,
    };
    let files = match listing::plan_files(&dir) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && args.dir.is_none() => {
            eprintln!("No plans yet in {}.", dir.display());
            Vec::new()
        }
        Err(e) => {
            return Err(Error::io(
                format!("cannot list {}", dir.display()),
                e,
                "give a folder of plans, or set PLAN_DIR",
            ));
        }
    };
    let mut plans: Vec<Listed> = listing::read_all(&files);
    // By meeting date; undated plans, then broken files, last.
    plans.sort_by_cached_key(|l| {
        let when = l
            .summary
            .as_ref()
            .ok()
            .and_then(|s| s.meeting.when.as_ref());
        (
            l.summary.is_err(),
            when.is_none(),
            when.map(ToString::to_string),
        )
    });
    let today = dates::today();
    let aligned = std::io::stdout().is_terminal();
    let out = if let Some(name) = &args.with {
        with(&plans, name, args.format, aligned)?
    } else if args.due {
        due(&plans, today, args.format, aligned)
    } else {
        all(&plans, today, args.format, aligned)
    };
    print(&out)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn date_text(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "-".into())
}

/// The folded name of each plan's person, and the plans each person's
/// latest conversation is in: only the latest plan's actions are open
/// (an earlier plan's actions were for the conversation that followed).
fn latest_per_person(plans: &[Listed]) -> HashMap<String, usize> {
    let mut latest = HashMap::new();
    for (i, l) in plans.iter().enumerate() {
        if let Ok(s) = &l.summary
            && let Some(with) = s.meeting.with.as_deref()
        {
            // Plans are sorted by date, so the last one seen is the latest.
            latest.insert(fold_name(with), i);
        }
    }
    latest
}

fn is_latest(latest: &HashMap<String, usize>, i: usize, s: &Summary) -> bool {
    s.meeting
        .with
        .as_deref()
        .is_none_or(|w| latest.get(&fold_name(w)) == Some(&i))
}

/// The actions still open: those of a person's latest plan.
fn open_actions(latest: &HashMap<String, usize>, i: usize, s: &Summary) -> usize {
    if is_latest(latest, i, s) {
        s.outcome.actions.len()
    } else {
        0
    }
}

fn all(plans: &[Listed], _today: NaiveDate, format: ReportFormat, aligned: bool) -> String {
    let latest = latest_per_person(plans);
    let mut rows = Vec::new();
    let mut json = Vec::new();
    for (i, l) in plans.iter().enumerate() {
        let file = file_name(&l.path);
        match &l.summary {
            Ok(s) => {
                let open = open_actions(&latest, i, s);
                let check_in = is_latest(&latest, i, s).then(|| s.check_in()).flatten();
                rows.push(vec![
                    date_text(s.day()),
                    s.meeting.with.clone().unwrap_or_else(|| "-".into()),
                    s.meeting.title.clone().unwrap_or_else(|| "-".into()),
                    s.status().as_str().into(),
                    open.to_string(),
                    date_text(check_in),
                    file.clone(),
                ]);
                json.push(json_object(&[
                    ("file", Json::Str(l.path.display().to_string())),
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
                ]));
            }
            Err(e) => {
                rows.push(vec![
                    "-".into(),
                    "-".into(),
                    format!("cannot read: {e}"),
                    "-".into(),
                    "-".into(),
                    "-".into(),
                    file.clone(),
                ]);
                json.push(json_object(&[
                    ("file", Json::Str(l.path.display().to_string())),
                    ("with", Json::Null),
                    ("title", Json::Null),
                    ("when", Json::Null),
                    ("status", Json::Null),
                    ("open_actions", Json::Null),
                    ("next_check_in", Json::Null),
                    ("error", Json::Str(e.clone())),
                ]));
            }
        }
    }
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

/// One thing that needs the user now.
struct Due {
    date: Option<NaiveDate>,
    kind: &'static str,
    with: String,
    detail: String,
    file: String,
}

fn due(plans: &[Listed], today: NaiveDate, format: ReportFormat, aligned: bool) -> String {
    let latest = latest_per_person(plans);
    let week = today.checked_add_days(Days::new(7)).unwrap_or(today);
    let mut items = Vec::new();
    for (i, l) in plans.iter().enumerate() {
        let file = l.path.display().to_string();
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
        let with = s.meeting.with.clone().unwrap_or_else(|| "-".into());
        let mut push = |date, kind, detail: String| {
            items.push(Due {
                date,
                kind,
                with: with.clone(),
                detail,
                file: file.clone(),
            })
        };
        let day = s.day();
        if let Some(d) = day
            && d < today
            && s.status() != Status::FollowedUp
        {
            push(
                Some(d),
                "follow-up",
                "meeting held, no follow-up written: `plan summary`".into(),
            );
        }
        if is_latest(&latest, i, s) {
            for a in &s.outcome.actions {
                if let Some(d) = day_of(a.due.as_ref())
                    && d < today
                {
                    push(
                        Some(d),
                        "action-overdue",
                        format!("{} ({})", a.what, a.owner),
                    );
                }
            }
            if let Some(d) = s.check_in()
                && d <= today
            {
                push(
                    Some(d),
                    "check-in",
                    "check-in due: `plan new --follow-up`".into(),
                );
            }
        }
        if let Some(d) = day
            && d >= today
            && d <= week
        {
            let errors = planfile::load(&l.path, FileKind::Plan)
                .and_then(|doc| typed(&doc))
                .map(|p| {
                    findings::check(&p, today)
                        .iter()
                        .filter(|f| f.severity == Severity::Error)
                        .count()
                })
                .unwrap_or(1);
            if errors > 0 {
                push(
                    Some(d),
                    "not-ready",
                    format!(
                        "meeting soon, {errors} {} to fix: `plan check`",
                        if errors == 1 { "error" } else { "errors" }
                    ),
                );
            }
        }
    }
    items.sort_by_key(|d| d.date);
    match format {
        ReportFormat::Json => json_array(
            &items
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
                .collect::<Vec<_>>(),
        ),
        ReportFormat::Text => {
            if items.is_empty() && aligned {
                return "Nothing due.\n".into();
            }
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
    }
}

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
    if !full.is_empty() || wanted.contains(' ') {
        return Ok(full);
    }
    let mut people = std::collections::HashSet::new();
    let by_first: Vec<&Listed> = plans
        .iter()
        .filter(|l| {
            let Some(p) = person(l) else { return false };
            let first = p.split(' ').next() == Some(wanted.as_str());
            if first {
                people.insert(p);
            }
            first
        })
        .collect();
    if people.len() > 1 {
        // Each person once, as first written.
        let mut seen = std::collections::HashSet::new();
        let names: Vec<String> = plans
            .iter()
            .filter_map(|l| l.summary.as_ref().ok()?.meeting.with.clone())
            .filter(|w| seen.insert(fold_name(w)) && people.contains(&fold_name(w)))
            .collect();
        let shown = match names.len() {
            n if n > 4 => format!("{}, and {} others", names[..3].join(", "), n - 3),
            _ => names.join(" or "),
        };
        return Err(Error::usage(
            format!("\"{name}\" could be {shown}"),
            "give the full name",
        ));
    }
    Ok(by_first)
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

fn action_text(a: &listing::ActionSummary) -> String {
    match day_of(a.due.as_ref()) {
        Some(d) => format!("{} ({}, by {d})", a.what, a.owner),
        None => format!("{} ({})", a.what, a.owner),
    }
}

fn with(plans: &[Listed], name: &str, format: ReportFormat, aligned: bool) -> Result<String> {
    let found = matching(plans, name)?;
    if found.is_empty() {
        return Err(Error::failed(
            format!("no plan with \"{name}\""),
            "`plan list` shows everyone you have plans with",
        ));
    }
    let summaries: Vec<(&Listed, &Summary)> = found
        .iter()
        .filter_map(|l| Some((*l, l.summary.as_ref().ok()?)))
        .collect();
    if format == ReportFormat::Json {
        let items: Vec<String> = summaries
            .iter()
            .map(|(l, s)| {
                let actions: Vec<String> = s
                    .outcome
                    .actions
                    .iter()
                    .map(|a| {
                        json_object(&[
                            ("what", Json::Str(a.what.clone())),
                            ("owner", Json::Str(a.owner.clone())),
                            (
                                "due",
                                Json::opt(day_of(a.due.as_ref()).map(|d| d.to_string())),
                            ),
                        ])
                    })
                    .collect();
                json_object(&[
                    ("file", Json::Str(l.path.display().to_string())),
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
        return Ok(json_array(&items));
    }
    // The name as written with capitals, where some plan has them.
    let spellings: Vec<String> = summaries
        .iter()
        .rev()
        .filter_map(|(_, s)| s.meeting.with.clone())
        .collect();
    let person = spellings
        .iter()
        .find(|w| w.chars().any(char::is_uppercase))
        .or(spellings.first())
        .cloned()
        .unwrap_or_default();
    let mut out = String::new();
    if aligned {
        out.push_str(&format!(
            "{} with {person}\n\n",
            match summaries.len() {
                1 => "1 conversation".to_string(),
                n => format!("{n} conversations"),
            }
        ));
    }
    let header = ["WHEN", "TITLE", "STATUS", "OUTCOME", "FILE"];
    let row = |(l, s): &(&Listed, &Summary)| {
        vec![
            date_text(s.day()),
            s.meeting.title.clone().unwrap_or_else(|| "-".into()),
            s.status().as_str().into(),
            outcome_words(s),
            file_name(&l.path),
        ]
    };
    // Each conversation's actions: carried into the next one, or still open.
    let actions = |n: usize, s: &Summary| -> Vec<String> {
        let carried = if n + 1 == summaries.len() {
            "open"
        } else {
            "carried forward"
        };
        s.outcome
            .actions
            .iter()
            .map(|a| format!("{carried}: {}", action_text(a)))
            .collect()
    };
    if aligned {
        // Actions go under their conversation, outside the columns.
        let rows: Vec<Vec<String>> = summaries.iter().map(row).collect();
        let text = table(&header, &rows, true);
        let mut lines = text.lines();
        out.push_str(lines.next().unwrap_or_default());
        out.push('\n');
        for (n, line) in lines.enumerate() {
            out.push_str(line);
            out.push('\n');
            for a in actions(n, summaries[n].1) {
                out.push_str(&format!("            {}\n", printable(&a)));
            }
        }
    } else {
        let mut rows = Vec::new();
        for (n, item) in summaries.iter().enumerate() {
            rows.push(row(item));
            for a in actions(n, item.1) {
                rows.push(vec![
                    String::new(),
                    a,
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
        out.push_str(&table(&header, &rows, false));
    }
    Ok(out)
}
