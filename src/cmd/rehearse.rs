//! `plan rehearse`: a run-through of the conversation in the terminal, step
//! by step, with 'what if' cards from the user's own derailers and leanings;
//! `--again` runs only the cards marked to practise again; `--no-input`
//! prints the run-through as a script. The last rehearsal (its day, the
//! time each stage took, the cards to practise again) is recorded in the
//! plan's private `[rehearsal]` table, after the run or at a Ctrl-C.

use crate::artefacts::output::print;
use crate::artefacts::rehearsal::{Script, how_it_went};
use crate::ask::rehearse::{Record, Wall, rehearse};
use crate::ask::{self, Prompter, Terminal, interrupt};
use crate::cli::RehearseArgs;
use crate::dates;
use crate::error::{Error, Result, ShowPath};
use crate::planfile::typed::Rehearsal;
use crate::planfile::{self, EditablePlan, FileKind};
use crate::questions::answer as value;
use crate::questions::catalogue::MAX_SECONDS;
use crate::questions::choices::Stage;
use std::path::Path;
use toml_edit::Table;

/// Run `plan rehearse`.
pub fn run(args: RehearseArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    let doc = planfile::load(&path, FileKind::Plan)?;
    let plan = doc.plan()?;
    let script = Script::of(&plan);
    let again = format!("plan rehearse {} --again", path.shown());
    let only = if args.again {
        let marked = script.marked(&plan.rehearsal.again);
        if marked.is_empty() {
            let why = if plan.rehearsal.again.is_empty() {
                "no card is marked to practise again"
            } else {
                "the cards marked to practise again are no longer in the plan"
            };
            return Err(Error::failed(
                format!("{}: {why}", path.shown()),
                format!("run the whole rehearsal: `plan rehearse {}`", path.shown()),
            ));
        }
        Some(marked)
    } else {
        None
    };
    if args.no_input {
        return print(&script.text(only.as_deref()));
    }
    if !ask::has_terminal() {
        return Err(Error::failed(
            "plan rehearse needs a terminal for the run-through",
            "run it in a terminal, or print it as a script: --no-input",
        ));
    }
    let _lock = planfile::lock(&path)?;
    let mut doc = planfile::load(&path, FileKind::Plan)?;
    planfile::require_writable(
        &path,
        &format!(
            "make it writable (chmod u+w {}) to record a rehearsal",
            path.shown()
        ),
    )?;
    interrupt::install();
    let mut terminal = Terminal::new(planfile::location::edit_dir_of(&path));
    terminal.note(&format!(
        "Rehearsing {}. The clock is a guide; take the time you need. Ctrl-C stops, keeping what is done.",
        script.title
    ));
    let mut record = Record::default();
    let ran = rehearse(
        &mut terminal,
        &script,
        only.as_deref(),
        &mut Wall::new(),
        &mut record,
    );
    if let Err(e) = ran {
        // Ctrl-C part way: what was recorded is kept.
        if matches!(e, Error::Interrupted { .. }) && !record.is_empty() {
            save(&path, &mut doc, &plan.rehearsal, &record)?;
            return Err(Error::RehearsalInterrupted(path.clone()));
        }
        return Err(e);
    }
    let saved = save(&path, &mut doc, &plan.rehearsal, &record)?;
    terminal.note("");
    for line in how_it_went(&script, &record.times, &script.marked(&saved.again), &again) {
        say!("{line}");
    }
    say!("Rehearsal recorded in {}.", path.shown());
    Ok(())
}

/// Record the rehearsal in the plan and save it: today's date; the time of
/// each stage run now, the earlier times of those not run; the cards marked
/// now, and those marked before that were not shown this time.
fn save(
    path: &Path,
    doc: &mut EditablePlan,
    before: &Rehearsal,
    record: &Record,
) -> Result<Rehearsal> {
    let merged = merge(before, record);
    doc.set("rehearsal.date", toml_edit::value(dates::today_toml()));
    let steps: Vec<Table> = merged
        .steps
        .iter()
        .map(|t| {
            let mut table = Table::new();
            table.insert("step", toml_edit::value(t.step.value()));
            table.insert("seconds", toml_edit::value(t.seconds));
            table
        })
        .collect();
    doc.set("rehearsal.steps", ask::stored::records_item(steps));
    doc.set("rehearsal.again", value::list(&merged.again));
    planfile::save(path, doc)?;
    Ok(merged)
}

/// The rehearsal to record: this run's over the one before.
fn merge(before: &Rehearsal, record: &Record) -> Rehearsal {
    let mut steps = Vec::new();
    for &stage in Stage::ALL {
        let now = record.times.iter().find(|(s, _)| *s == stage);
        let earlier = before.steps.iter().find(|t| t.step == stage);
        match (now, earlier) {
            (Some((_, secs)), _) => steps.push(crate::planfile::typed::StageTime {
                step: stage,
                seconds: i64::try_from(*secs).map_or(MAX_SECONDS, |s| s.min(MAX_SECONDS)),
            }),
            (None, Some(t)) => steps.push(*t),
            (None, None) => {}
        }
    }
    let mut again: Vec<String> = before
        .again
        .iter()
        .filter(|id| !record.shown.contains(id))
        .cloned()
        .collect();
    for id in &record.again {
        if !again.contains(id) {
            again.push(id.clone());
        }
    }
    Rehearsal {
        date: Some(dates::today_toml()),
        steps,
        again,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planfile::typed::StageTime;

    #[test]
    fn a_run_replaces_what_it_ran_and_keeps_the_rest() {
        let before = Rehearsal {
            date: None,
            steps: vec![
                StageTime {
                    step: Stage::Open,
                    seconds: 10,
                },
                StageTime {
                    step: Stage::WhatIf,
                    seconds: 20,
                },
            ],
            again: vec!["blame".into(), "triggered".into()],
        };
        let record = Record {
            times: vec![(Stage::WhatIf, 45)],
            shown: vec!["blame".into()],
            again: vec![],
        };
        let after = merge(&before, &record);
        assert_eq!(after.steps[0].seconds, 10);
        assert_eq!(after.steps[1].seconds, 45);
        assert_eq!(after.again, ["triggered"]);
    }
}
