//! `plan summary`: record what happened, then print the follow-up to send.
//!
//! Everything that can fail is done before the plan is written: the
//! templates load, the follow-up renders and an `-o` file is written first,
//! so a command that fails leaves the plan as it was. Answers typed at the
//! prompts are the exception: each is saved as it is given, so none is lost.

use crate::artefacts::followup::followup_context;
use crate::artefacts::output::{Artefact, Output};
use crate::ask::{self, Prompter, Terminal, interrupt, wizard};
use crate::check::coach;
use crate::check::planned;
use crate::cli::SummaryArgs;
use crate::dates;
use crate::dates::wording;
use crate::error::Result;
use crate::error::ShowPath;
use crate::planfile::provided::provided;
use crate::planfile::{self, EditablePlan, FileKind, Status};
use crate::questions::catalogue::{AFTER, Kind};
use std::path::Path;
use toml_edit::Item;

/// Run `plan summary`.
pub fn run(args: SummaryArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    let mut doc = planfile::load(&path, FileKind::Plan)?;
    let script = &args.script;
    let given = provided(script.given(), AFTER)?;
    let was_given = script.given().any();
    let followed_up = doc.status() == Status::FollowedUp;
    let ask = (!followed_up || args.edit) && !script.no_input;
    if ask && !ask::has_terminal() {
        return Err(ask::no_terminal("plan summary"));
    }
    // Templates are loaded and the -o file checked before anything is
    // written, so a broken template or a wrong -o costs no answers.
    let out = Output::new(&args.artefact.options(), &path, Artefact::FollowUp)?;
    if !(was_given || ask || !followed_up) {
        return out.write(Artefact::FollowUp, &followup_context(&doc)?);
    }

    // Only a command that writes takes the lock; then it reads the plan afresh.
    let _lock = planfile::lock(&path)?;
    doc = planfile::load(&path, FileKind::Plan)?;
    planfile::require_writable(
        &path,
        &format!(
            "make it writable (chmod u+w {}) to record the outcome",
            path.shown()
        ),
    )?;
    let mut answered = doc.clone();
    let notes = given.apply(&mut answered, AFTER);
    // A meeting still to come may have taken place early; if not, nothing
    // is recorded yet.
    if ask && !held_early(&path, &answered)? {
        return Ok(());
    }
    doc = answered;
    for note in notes {
        say!("note: {note}");
    }
    if ask {
        record_interactively(&path, &mut doc, args.edit, was_given)?;
    }
    default_held_on(&mut doc);
    keep_what_was_planned(&mut doc);
    // What the other person will read, coached as the wizard coaches it.
    if !ask {
        for note in coach::notes(&doc).iter().filter(|n| shared(&n.key)) {
            say!("note: {note}");
        }
    }
    doc.set_status(Status::FollowedUp);
    let text = out.render(Artefact::FollowUp, &followup_context(&doc)?)?;
    planfile::check_fits(&path, &doc)?;
    if out.file.is_some() {
        out.emit(&text)?;
    }
    planfile::save(&path, &mut doc)?;
    say!("Outcome saved in {}.", path.shown());
    let drafts = doc
        .drafts()
        .iter()
        .filter(|d| AFTER.iter().any(|q| q.id == d.question))
        .count();
    if drafts > 0 {
        say!(
            "Kept aside: {} typed part way, not in the follow-up; `plan summary {} --edit` offers {} back.",
            wording::count(drafts, "records"),
            path.shown(),
            if drafts == 1 { "it" } else { "them" }
        );
    }
    if out.file.is_none() {
        out.emit(&text)?;
    }
    Ok(())
}

/// Ask the outcome and debrief questions, saving after each answer.
///
/// The plan is marked `held` with the first outcome answer saved (answers
/// given by flag or file count), not before: a Ctrl-C at the first question
/// leaves it as it was.
fn record_interactively(
    path: &Path,
    doc: &mut EditablePlan,
    edit: bool,
    given: bool,
) -> Result<()> {
    interrupt::install();
    let mut terminal = Terminal::new(planfile::location::edit_dir_of(path));
    let mut save = |doc: &mut EditablePlan| {
        // The meeting has happened; the outcome is being recorded.
        if doc.status() != Status::FollowedUp {
            doc.set_status(Status::Held);
        }
        planfile::save(path, doc)?;
        interrupt::set_draft(path.to_path_buf(), format!("plan summary {}", path.shown()));
        Ok(())
    };
    if given {
        save(doc)?;
    }
    wizard::run(&mut terminal, doc, AFTER, false, edit, &mut save)?;
    Ok(())
}

/// For a meeting still to come (its day after today), whether it took
/// place early: asked, and when it did not, said what to do instead.
/// `true` for any other plan, and for one whose outcome has its day.
fn held_early(path: &Path, doc: &EditablePlan) -> Result<bool> {
    let planned = still_to_come(doc);
    let recorded = matches!(doc.status(), Status::Held | Status::FollowedUp)
        || doc.answered("outcome.held_on");
    let Some(planned) = planned.filter(|_| !recorded) else {
        return Ok(true);
    };
    interrupt::install();
    let mut terminal = Terminal::new(planfile::location::edit_dir_of(path));
    let when = wording::when_in_words(planned);
    let early = terminal.confirm(
        &format!("The meeting is planned for {when}. Did it take place early?"),
        false,
    )?;
    if !early {
        say!(
            "Nothing recorded. Once you have met, run `plan summary {}` to record what was agreed.",
            path.shown()
        );
    }
    Ok(early)
}

/// An outcome question left unanswered takes the planned answer its prompt
/// would have started from (the fallback and its words, the facts
/// discussed), so `--no-input` and `--set` keep what the plan said unless
/// told otherwise. In catalogue order, so a copied fallback brings its words.
fn keep_what_was_planned(doc: &mut EditablePlan) {
    for q in AFTER {
        // Planned actions become agreed ones only when the user says so, at the prompt.
        if doc.answered(q.id) || !doc.applies(q) || matches!(q.kind, Kind::Records(_)) {
            continue;
        }
        let planned = planned::answer(doc, q);
        for note in &planned.notes {
            say!("note: {}: {note}", q.id);
        }
        if let Some(item) = planned.item {
            doc.set(q.id, item);
        }
    }
}

/// Whether a key holds words the follow-up shows the other person.
fn shared(key: &str) -> bool {
    key.starts_with("outcome.") || key == "open.mutual_purpose"
}

/// A meeting being summarized took place; unless told otherwise, today,
/// with a word when that is before the day it was planned for.
fn default_held_on(doc: &mut EditablePlan) {
    if doc.answered("outcome.held_on") {
        return;
    }
    let today = dates::today_toml();
    if let Some(planned) = still_to_come(doc) {
        say!(
            "note: outcome.held_on: {today}, today, though the meeting was planned for {}; give --set outcome.held_on=DAY if it took place another day",
            wording::when_in_words(planned)
        );
    }
    doc.set("outcome.held_on", toml_edit::value(today));
}

/// When the meeting is planned for, if that is a day after today.
fn still_to_come(doc: &EditablePlan) -> Option<&toml_edit::Datetime> {
    doc.get("meeting.when")
        .and_then(Item::as_datetime)
        .filter(|w| dates::date_of(w).is_ok_and(|day| day > dates::today()))
}
