//! `plan edit`: change answers in a plan, a step at a time, in the editor,
//! or by flags.

use crate::ask::{self, Terminal, editor, interrupt, review};
use crate::check::coach;
use crate::cli::EditArgs;
use crate::error::ShowPath;
use crate::error::{Error, Result};
use crate::planfile::provided::{self, provided};
use crate::planfile::{self, FileKind, load};
use crate::questions::catalogue::{self, Question};
use std::path::Path;

/// Run `plan edit`.
pub fn run(args: EditArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    // A plan that does not load is reported before anything else.
    planfile::load(&path, FileKind::Plan)?;
    let script = &args.script;
    if !args.editor && !script.no_input && !ask::has_terminal() {
        return Err(ask::no_terminal("plan edit"));
    }
    let everything: Vec<Question> = catalogue::all().copied().collect();
    let given = provided(script.given(), &everything)?;

    let _lock = planfile::lock(&path)?;
    planfile::require_writable(
        &path,
        &format!("make it writable (chmod u+w {}) to change it", path.shown()),
    )?;
    if args.editor {
        return in_editor(&path);
    }
    // Read afresh under the lock.
    let mut doc = planfile::load(&path, FileKind::Plan)?;
    let before = coach::notes(&doc);
    let mut notes = provided::unset(&mut doc, &args.unset)?;
    notes.extend(given.apply(&mut doc, &everything));
    // The coaching of what these flags changed, as the wizard would give it.
    // A note on a text that was there before (maybe at another place in its
    // list) is not news; the same text added once more is.
    let mut old = before;
    for n in coach::notes(&doc) {
        match old
            .iter()
            .position(|b| b.text == n.text && b.note == n.note)
        {
            Some(at) => {
                old.remove(at);
            }
            None => notes.push(n.to_string()),
        }
    }
    for note in notes {
        say!("note: {note}");
    }
    let flags = script.given().any() || !args.unset.is_empty();
    if flags {
        planfile::save(&path, &mut doc)?;
    }
    if script.no_input {
        if !flags {
            say!("Nothing to change: give --set, --add or --unset.");
        } else {
            say!("Saved {}.", path.shown());
        }
        return Ok(());
    }

    interrupt::install();
    interrupt::set_draft(path.clone(), format!("plan edit {}", path.shown()));
    let mut terminal = Terminal::new(planfile::location::edit_dir_of(&path));
    review::choose_and_edit(
        &mut terminal,
        &mut doc,
        &everything,
        args.step,
        &mut |doc| planfile::save(&path, doc),
    )?;
    say!(
        "Saved {}. Next: `plan render {}` for your brief.",
        path.shown(),
        path.shown()
    );
    Ok(())
}

/// Edit the plan file itself, checked on save like `visudo`: an edit that
/// does not load (or is over the size cap) is shown with its error and
/// offered again; the plan changes only when the edit is valid, and then to
/// exactly the bytes saved.
fn in_editor(path: &Path) -> Result<()> {
    let original = load::read_text(path)?;
    let dir = planfile::location::edit_dir_of(path);
    // Ctrl-C belongs to the editor while it runs; the file it has is
    // removed however the edit ends.
    interrupt::install();
    let mut text = original.clone();
    loop {
        let edited = editor::edit_text(&dir, &text, ".toml", editor::Editing::Plan)?;
        if edited == original {
            say!("No changes; {} is as it was.", path.shown());
            return Ok(());
        }
        // Within the limits every command reads with, or it is not saved.
        let checked = planfile::storage::check_size(path, &edited)
            .and_then(|()| load::parse(path, &edited, FileKind::Plan));
        match checked {
            Ok(_) => {
                planfile::storage::save_text(path, &edited)?;
                say!("Saved {}.", path.shown());
                return Ok(());
            }
            Err(e) => {
                say!("error: {}", crate::error::printable(&e.to_string()));
                if !ask::line_choice("Edit it again (e) or discard your changes (d)?", 'e', 'd')? {
                    return Err(Error::failed(
                        format!("your changes were discarded; {} is as it was", path.shown()),
                        format!("run `plan edit {} --editor` to try again", path.shown()),
                    ));
                }
                text = edited;
            }
        }
    }
}
