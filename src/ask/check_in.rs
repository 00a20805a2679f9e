//! A check-in on the agreed actions, asked of a person: each open action
//! done, still open or dropped, with a note; what was said; the next
//! check-in. `plan check-in` asks it all; `plan new --follow-up` asks the
//! actions before the next conversation. Each check-in is recorded in the
//! plan after the earlier ones.

use super::{Prompter, Terminal, input, interrupt, stored};
use crate::dates;
use crate::error::Result;
use crate::error::ShowPath;
use crate::planfile::{self, EditablePlan, FileKind};
use crate::questions::answer as value;
use crate::questions::catalogue::{Coach, Kind};
use crate::questions::choices::ActionState;
use toml_edit::{Item, Table};

/// Where the actions and the check-ins live in the plan file.
pub const ACTIONS: &str = "outcome.actions";
const CHECK_INS: &str = "debrief.check_ins";
const NEXT: &str = "outcome.next_check_in";

/// What one check-in records.
#[derive(Default)]
pub struct CheckIn {
    /// The day, if not today.
    pub date: Option<Item>,
    /// Each action changed: its index, new state and note.
    pub changes: Vec<(usize, ActionState, Option<String>)>,
    /// What was said.
    pub said: Option<String>,
    /// The next check-in.
    pub next: Option<Item>,
}

/// Ask, for each action still open and not given by a flag, where it
/// stands; then what was said and the next check-in.
pub fn ask_check_in(p: &mut dyn Prompter, actions: &[Table], check_in: &mut CheckIn) -> Result<()> {
    ask_actions(p, actions, check_in)?;
    if check_in.said.is_none() {
        let said = p.long_text(
            "What was said? (Enter to skip)",
            "In your own words, for your records; it stays private.",
            None,
            &|t| {
                value::parse_input(&Kind::LongText, t)
                    .map(|_| ())
                    .map_err(|why| input::doesnt_fit(&why))
            },
        )?;
        check_in.said = Some(said.trim().to_string()).filter(|s| !s.is_empty());
    }
    if check_in.next.is_none() {
        check_in.next = input::scalar(
            p,
            &Kind::Date,
            (
                "The next check-in? (Enter for none)",
                "A date, such as 14 Dec or in 2 weeks.",
            ),
            Coach::No,
            false,
            None,
            &[],
        )?;
    }
    Ok(())
}

/// Ask, for each action still open and not given by a flag, where it
/// stands, with a note when it changed.
fn ask_actions(p: &mut dyn Prompter, actions: &[Table], check_in: &mut CheckIn) -> Result<()> {
    let open: Vec<usize> = (0..actions.len())
        .filter(|i| state_of(&actions[*i]) == ActionState::Open)
        .filter(|i| !check_in.changes.iter().any(|(j, _, _)| j == i))
        .collect();
    if open.is_empty() {
        p.note("No action is open.");
    }
    let labels: Vec<&str> = [ActionState::Open, ActionState::Done, ActionState::Dropped]
        .iter()
        .map(|s| s.label())
        .collect();
    for i in open {
        let prompt = format!("{}. {}", i + 1, describe(&actions[i]));
        let state = [ActionState::Open, ActionState::Done, ActionState::Dropped]
            [p.select(&prompt, &labels, 0)?];
        if state == ActionState::Open {
            continue;
        }
        let asked = p.checked_text("A note on it (Enter to skip)", None, &|t| {
            value::parse_input(&Kind::Text, t)
                .map(|_| ())
                .map_err(|why| input::doesnt_fit(&why))
        });
        // Ctrl-C at the note: the choice made is kept, without a note.
        let note = match asked {
            Ok(note) => note,
            Err(e) => {
                check_in.changes.push((i, state, None));
                return Err(e);
            }
        };
        let note = Some(note.trim().to_string()).filter(|n| !n.is_empty());
        check_in.changes.push((i, state, note));
    }
    Ok(())
}

/// Before the next conversation with the same person (`plan new
/// --follow-up PREV`): what became of each action PREV left open, recorded
/// in PREV as a check-in, so the next plan starts from what was done.
pub fn before_follow_up(prev: &str, interactive: bool) -> Result<()> {
    let path = planfile::resolve(prev)?;
    let doc = planfile::load(&path, FileKind::Plan)?;
    let actions = stored::tables(doc.get(ACTIONS));
    let open = actions
        .iter()
        .filter(|a| state_of(a) == ActionState::Open)
        .count();
    if open == 0 {
        return Ok(());
    }
    if !interactive {
        say!(
            "note: {} has {open} open action{}; record what became of them with `plan check-in {}`.",
            path.shown(),
            if open == 1 { "" } else { "s" },
            path.shown()
        );
        return Ok(());
    }
    let _lock = planfile::lock(&path)?;
    let mut doc = planfile::load(&path, FileKind::Plan)?;
    if planfile::require_writable(&path, "").is_err() {
        say!(
            "note: {} is read-only; its actions are shown as they were.",
            path.shown()
        );
        return Ok(());
    }
    let actions = stored::tables(doc.get(ACTIONS));
    interrupt::install();
    let mut terminal = Terminal::new(planfile::location::edit_dir_of(&path));
    terminal.note("First, what became of the actions agreed last time?");
    let mut check_in = CheckIn::default();
    let asked = ask_actions(&mut terminal, &actions, &mut check_in);
    if check_in.changes.is_empty() {
        return asked;
    }
    save(&path, &mut doc, actions, check_in, "")?;
    // Ctrl-C part way: what was answered is recorded in PREV; the new plan
    // is not begun.
    asked.map_err(|e| match e {
        crate::error::Error::Interrupted { .. } => crate::error::Error::Interrupted {
            draft: Some((path.clone(), format!("plan new --follow-up {prev}"))),
        },
        other => other,
    })
}

/// An action as one line: what, who, by when.
fn describe(action: &Table) -> String {
    let text = |k| {
        action
            .get(k)
            .and_then(Item::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let due = action
        .get("due")
        .and_then(Item::as_datetime)
        .map(|d| format!(", by {d}"))
        .unwrap_or_default();
    format!("{} ({}{due})", text("what"), text("owner"))
}

pub fn state_of(action: &Table) -> ActionState {
    action
        .get("state")
        .and_then(Item::as_str)
        .and_then(ActionState::from_value)
        .unwrap_or(ActionState::Open)
}

/// Record the check-in in the plan at `path` and save it, then say what
/// happened (`how`: "" or " as far as it went").
pub fn save(
    path: &std::path::Path,
    doc: &mut EditablePlan,
    actions: Vec<Table>,
    check_in: CheckIn,
    how: &str,
) -> Result<()> {
    let summary = record(doc, actions, check_in);
    planfile::save(path, doc)?;
    say!("Check-in recorded in {}{how}: {summary}", path.shown());
    Ok(())
}

/// Write the check-in into the plan: each changed action's state, day and
/// note; the check-in itself, after the earlier ones; the next check-in.
/// Returns what happened, in a few words.
fn record(doc: &mut EditablePlan, mut actions: Vec<Table>, check_in: CheckIn) -> String {
    let date = check_in
        .date
        .unwrap_or_else(|| toml_edit::value(dates::today_toml()));
    let mut entry = Table::new();
    entry.insert("date", date.clone());
    let (mut done, mut dropped) = (Vec::new(), Vec::new());
    for (i, state, note) in &check_in.changes {
        let action = &mut actions[*i];
        action.insert("state", toml_edit::value(state.value()));
        action.insert("changed", date.clone());
        if let Some(note) = note {
            action.insert("note", toml_edit::value(note.as_str()));
        }
        let what = action
            .get("what")
            .and_then(Item::as_str)
            .unwrap_or_default()
            .to_string();
        match state {
            ActionState::Done => done.push(what),
            _ => dropped.push(what),
        }
    }
    if !done.is_empty() {
        entry.insert("done", value::list(&done));
    }
    if !dropped.is_empty() {
        entry.insert("dropped", value::list(&dropped));
    }
    if let Some(said) = &check_in.said {
        entry.insert("said", toml_edit::value(said.as_str()));
    }
    if let Some(next) = &check_in.next {
        entry.insert("next", next.clone());
        doc.set(NEXT, next.clone());
    }
    let open = actions
        .iter()
        .filter(|a| state_of(a) == ActionState::Open)
        .count();
    if !check_in.changes.is_empty() {
        doc.set(ACTIONS, stored::records_item(actions));
    }
    // In the order of their days: one recorded later for an earlier day goes
    // before those after it.
    let mut all = stored::tables(doc.get(CHECK_INS));
    let day = |t: &Table| {
        t.get("date")
            .and_then(Item::as_datetime)
            .map(ToString::to_string)
    };
    let new_day = day(&entry);
    let at = all
        .iter()
        .position(|t| day(t).is_some_and(|d| new_day.as_ref().is_some_and(|n| &d > n)))
        .unwrap_or(all.len());
    all.insert(at, entry);
    doc.set(CHECK_INS, stored::records_item(all));
    let next = match &check_in.next {
        Some(d) => format!(
            "next check-in {}",
            d.as_datetime().map(ToString::to_string).unwrap_or_default()
        ),
        None => "no next check-in set".into(),
    };
    format!(
        "{} done, {} dropped, {open} still open; {next}.",
        done.len(),
        dropped.len()
    )
}
