//! `plan check-in`: record a check-in on the agreed actions: each open
//! action done, still open or dropped, with a note; what was said; the next
//! check-in. Check-ins are kept in order in the plan; nothing earlier is
//! overwritten.

use crate::artefacts::output::print;
use crate::ask::check_in::{ACTIONS, CheckIn, ask_check_in, save};
use crate::ask::{self, Terminal, interrupt, stored};
use crate::cli::CheckInArgs;
use crate::error::ShowPath;
use crate::error::{Error, Result};
use crate::planfile::{self, FileKind};
use crate::questions::answer as value;
use crate::questions::catalogue::Kind;
use crate::questions::choices::ActionState;
use toml_edit::{Item, Table};

/// Run `plan check-in`.
pub fn run(args: CheckInArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    // A plan that does not load is reported before anything else.
    planfile::load(&path, FileKind::Plan)?;
    let interactive = !args.no_input;
    if interactive && !ask::has_terminal() {
        return Err(ask::no_terminal("plan check-in"));
    }
    let _lock = planfile::lock(&path)?;
    let mut doc = planfile::load(&path, FileKind::Plan)?;
    planfile::require_writable(
        &path,
        &format!(
            "make it writable (chmod u+w {}) to record a check-in",
            path.shown()
        ),
    )?;
    let typed = doc.plan()?;
    if typed.outcome.held_on.is_none()
        && matches!(
            typed.status,
            crate::planfile::Status::Draft | crate::planfile::Status::Ready
        )
    {
        return Err(Error::failed(
            format!(
                "{} has no outcome recorded yet: a check-in comes after the meeting",
                path.shown()
            ),
            format!("record the meeting first: `plan summary {}`", path.shown()),
        ));
    }
    let actions = stored::tables(doc.get(ACTIONS));
    let mut check_in = from_flags(&args, &actions)?;
    if interactive {
        interrupt::install();
        let mut terminal = Terminal::new(planfile::location::edit_dir_of(&path));
        if let Err(e) = ask_check_in(&mut terminal, &actions, &mut check_in) {
            // Ctrl-C part way: what was answered is kept, as a check-in.
            if matches!(e, Error::Interrupted { .. }) && !check_in.changes.is_empty() {
                save(&path, &mut doc, actions, check_in, " as far as it went")?;
                let resume = format!("plan check-in {}", path.shown());
                return Err(Error::Interrupted {
                    draft: Some((path.clone(), resume)),
                });
            }
            return Err(e);
        }
    }
    save(&path, &mut doc, actions, check_in, "")?;
    print(&format!("{}\n", path.shown()))
}

/// The check-in given by flags: `--done 2`, `--drop 3 --note "…"`, `--said`,
/// `--next`, `--date`. Action numbers count from 1, as `plan check` numbers
/// them.
fn from_flags(args: &CheckInArgs, actions: &[Table]) -> Result<CheckIn> {
    let date_item = |flag: &str, text: &Option<String>| -> Result<Option<Item>> {
        let Some(text) = text else { return Ok(None) };
        value::parse_input(&Kind::Date, text).map_err(|why| {
            Error::usage(
                format!("{flag} {text:?}: {why}"),
                "give a date such as 2026-12-14, tomorrow or in 2 weeks",
            )
        })
    };
    let mut changes = Vec::new();
    for (numbers, state) in [
        (&args.done, ActionState::Done),
        (&args.drop, ActionState::Dropped),
    ] {
        for &n in numbers {
            if n == 0 || n > actions.len() {
                return Err(Error::usage(
                    format!(
                        "there is no action {n}: the plan has {} agreed action{}",
                        actions.len(),
                        if actions.len() == 1 { "" } else { "s" }
                    ),
                    "number them from 1, as `plan check` and the brief do",
                ));
            }
            if changes.iter().any(|(i, _, _)| *i == n - 1) {
                return Err(Error::usage(
                    format!("action {n} is given twice"),
                    "give each action once, as --done or --drop",
                ));
            }
            let now = crate::ask::check_in::state_of(&actions[n - 1]);
            if now != ActionState::Open {
                return Err(Error::usage(
                    format!("action {n} is already marked {}", now.value()),
                    "a check-in records what changed since; to correct an earlier one, edit the plan (`plan edit PLAN --editor`)",
                ));
            }
            let note = args.note.clone().filter(|n| !n.trim().is_empty());
            changes.push((n - 1, state, note));
        }
    }
    if args.note.is_some() && changes.is_empty() {
        return Err(Error::usage(
            "--note goes with --done or --drop",
            "for what was said at the check-in, use --said",
        ));
    }
    for text in args.note.iter().chain(args.said.iter()) {
        value::parse_input(&Kind::Text, text).map_err(|why| {
            Error::usage(format!("{text:?}: {why}"), "write it again without that")
        })?;
    }
    let check_in = CheckIn {
        date: date_item("--date", &args.date)?,
        changes,
        said: args.said.clone().filter(|s| !s.trim().is_empty()),
        next: date_item("--next", &args.next)?,
    };
    check_dates(&check_in)?;
    if args.no_input
        && check_in.changes.is_empty()
        && check_in.said.is_none()
        && check_in.next.is_none()
    {
        return Err(Error::usage(
            "nothing to record",
            "give --done N, --drop N, --said TEXT or --next DATE (or leave out --no-input to be asked)",
        ));
    }
    Ok(check_in)
}

/// A check-in happens today or before, and the next one after it.
fn check_dates(check_in: &CheckIn) -> Result<()> {
    let day = |item: &Option<Item>| {
        item.as_ref()
            .and_then(Item::as_datetime)
            .and_then(|d| crate::dates::date_of(d).ok())
    };
    let today = crate::dates::today();
    let on = day(&check_in.date).unwrap_or(today);
    if on > today {
        return Err(Error::usage(
            format!("--date {on} is after today"),
            "a check-in is recorded once it has happened; give today or an earlier day",
        ));
    }
    if let Some(next) = day(&check_in.next)
        && next <= on
    {
        return Err(Error::usage(
            format!("--next {next} is not after the check-in ({on})"),
            "give the day of the next check-in, after this one",
        ));
    }
    Ok(())
}
