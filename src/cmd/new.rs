//! `plan new`: prepare a conversation.

use crate::artefacts::output::print;
use crate::ask::session::{OpenAs, Session};
use crate::ask::{self, Terminal, interrupt, wizard};
use crate::check::coach;
use crate::cli::NewArgs;
use crate::error::Result;
use crate::error::ShowPath;
use crate::planfile::provided::provided;
use crate::planfile::{self, location::is_bare_name};
use crate::questions::catalogue::PLANNING;
use std::path::Path;

/// Run `plan new`.
pub fn run(args: NewArgs) -> Result<()> {
    if !args.script.no_input && !ask::has_terminal() {
        return Err(ask::no_terminal("plan new"));
    }
    let given = provided(args.script.given(), PLANNING)?;
    if args.passphrase && args.plan.is_none() {
        return Err(crate::Error::usage(
            "--passphrase encrypts one named plan with a passphrase of its own",
            "name the plan: `plan new sam-lee --passphrase`",
        ));
    }
    let mut session = match &args.plan {
        Some(name) => {
            let how = OpenAs {
                bare: is_bare_name(name),
                resume: args.resume,
                force: args.force,
            };
            let path = planfile::resolve(name)?;
            // A passphrase of its own makes it an encrypted plan wherever it is.
            let path = match args.passphrase {
                true => with_passphrase(&path)?,
                false => path,
            };
            Session::open(path, how)?
        }
        None => Session::unnamed(),
    };
    if args.passphrase
        && let Some(path) = &session.path
    {
        planfile::sealed::choose_passphrase(path)?;
    }
    if let Some(prev) = &args.follow_up {
        // What became of the last conversation's actions, recorded there first.
        crate::ask::check_in::before_follow_up(prev, !args.script.no_input)?;
        session.follow_up(prev)?;
    }
    // Kept in the file, so the brief can tell skipped questions from open ones.
    if args.quick {
        session.doc.set_quick();
    }
    for note in given.apply(&mut session.doc, PLANNING) {
        say!("note: {note}");
    }
    let interactive = !args.script.no_input;
    if interactive {
        interview(&mut session, &args)?;
    } else {
        for note in coach::notes(&session.doc) {
            say!("note: {note}");
        }
        session.save_or_name()?;
    }
    let (path, status) = session.finish(interactive)?;
    say!(
        "Plan saved ({}). Next: `plan render {}` for your brief.",
        status.value(),
        path.shown()
    );
    print(&format!("{}\n", path.shown()))
}

/// Ask what is still open, saving after every answer, then let the user
/// review the answers before the plan is called ready.
fn interview(session: &mut Session, args: &NewArgs) -> Result<()> {
    interrupt::install();
    session.save_or_name()?;
    let folder = session.folder()?;
    planfile::ensure_private_dir(&folder)?;
    let sealed = match &session.path {
        Some(path) => planfile::location::is_sealed(path),
        None => planfile::sealed::is_encrypted_folder(&folder),
    };
    let edit_dir = planfile::location::edit_dir(&folder, sealed);
    let mut terminal = Terminal::new(edit_dir);
    if args.resume {
        say!(
            "Resuming {}.",
            session.path.as_deref().unwrap_or(Path::new("")).shown()
        );
    }
    // A quick plan resumed stays quick; `plan edit` reaches the rest.
    let quick = args.quick || session.doc.quick();
    let mut doc = std::mem::take(&mut session.doc);
    let mut save = |doc: &mut planfile::EditablePlan| {
        session.doc = doc.clone();
        session.save_or_name()
    };
    let asked = wizard::run(&mut terminal, &mut doc, PLANNING, quick, false, &mut save)?;
    if asked == 0 {
        say!("Nothing left to ask.");
    }
    // Before the plan is called ready: the answers in short, and a chance to change any.
    ask::review::review(&mut terminal, &mut doc, PLANNING, &mut save)?;
    session.doc = doc;
    Ok(())
}

/// Where a plan with a passphrase of its own is written: its encrypted
/// form, unless the plan is there already in clear, which would leave both
/// forms of one plan (and `--force` would not replace the clear one).
fn with_passphrase(path: &Path) -> Result<std::path::PathBuf> {
    let plain = planfile::location::plain_form(path);
    if std::fs::symlink_metadata(&plain).is_ok() {
        let shown = plain.shown();
        return Err(crate::Error::failed(
            format!(
                "{shown} is already a plan, in clear; --passphrase would start a second, encrypted one beside it"
            ),
            format!(
                "encrypt that plan with a passphrase instead: `plan encrypt --passphrase {shown}`"
            ),
        ));
    }
    Ok(planfile::location::sealed_form(path))
}
