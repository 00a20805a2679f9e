//! `plan new`: prepare a conversation.

use crate::artefacts::output::print;
use crate::ask::{self, Terminal, interrupt, wizard};
use crate::cli::NewArgs;
use crate::error::{Error, Result, printable};
use crate::planfile::{self, EditablePlan, FileKind, PlanLock, Status, listing};
use crate::questions::catalogue::PLANNING;
use crate::questions::coach;
use crate::questions::provided::provided;
use std::path::{Path, PathBuf};

/// Run `plan new`.
pub fn run(args: NewArgs) -> Result<()> {
    if !args.script.no_input && !ask::has_terminal() {
        return Err(ask::no_terminal("plan new"));
    }
    let given = provided(args.script.given(), PLANNING)?;
    let mut session = match &args.plan {
        Some(name) => Session::open(planfile::resolve(name)?, &args)?,
        None => Session::unnamed(),
    };
    if let Some(prev) = &args.follow_up {
        follow_up(&mut session, prev)?;
    }
    // Kept in the file, so the brief can tell skipped questions from open ones.
    if args.quick {
        session.doc.set_quick();
    }
    for note in given.apply(&mut session.doc, PLANNING) {
        eprintln!("note: {note}");
    }

    if args.script.no_input {
        for (key, note) in coach::notes(&session.doc) {
            eprintln!("note: {key}: {note}");
        }
        session.save_or_name()?;
        return session.finish(false);
    }

    interrupt::install();
    session.save_or_name()?;
    let edit_dir = match &session.path {
        Some(p) => planfile::folder_of(p),
        None => planfile::plan_dir()?,
    };
    planfile::ensure_private_dir(&edit_dir)?;
    let mut terminal = Terminal::new(edit_dir);
    if args.resume {
        eprintln!(
            "Resuming {}.",
            session.path.as_deref().unwrap_or(Path::new("")).display()
        );
    }
    // A quick plan resumed stays quick; `plan edit` reaches the rest.
    let quick = args.quick || session.doc.quick();
    let mut doc = std::mem::take(&mut session.doc);
    let asked = wizard::run(
        &mut terminal,
        &mut doc,
        PLANNING,
        quick,
        false,
        &mut |doc| {
            session.doc = doc.clone();
            session.save_or_name()
        },
    )?;
    if asked == 0 {
        eprintln!("Nothing left to ask.");
    }
    // Before the plan is called ready: the answers in short, and a chance to change any.
    ask::edit::review(&mut terminal, &mut doc, PLANNING, &mut |doc| {
        session.doc = doc.clone();
        session.save_or_name()
    })?;
    session.doc = doc;
    session.finish(true)
}

/// The plan being written, and where.
struct Session {
    doc: EditablePlan,
    /// Known from the start, or made once the person and date are answered.
    path: Option<PathBuf>,
    lock: Option<PlanLock>,
    /// `--force`: a read-only file there may be replaced.
    force: bool,
}

impl Session {
    fn unnamed() -> Self {
        Session {
            doc: EditablePlan::new_plan(),
            path: None,
            lock: None,
            force: false,
        }
    }

    /// Open a named plan: new, resumed or replaced, under its lock.
    fn open(path: PathBuf, args: &NewArgs) -> Result<Self> {
        if path.is_dir() {
            return Err(Error::failed(
                format!("{} is a folder", path.display()),
                format!("name a .toml file, such as {}/sam-lee.toml", path.display()),
            ));
        }
        if args
            .plan
            .as_deref()
            .is_some_and(planfile::location::is_bare_name)
        {
            planfile::ensure_private_dir(&planfile::folder_of(&path))?;
        }
        let exists = path.symlink_metadata().is_ok();
        let shown = path.display();
        if exists && !args.resume && !args.force {
            return Err(Error::failed(
                format!("{shown} already exists"),
                format!("continue it with `plan new {shown} --resume`, or replace it with --force"),
            ));
        }
        if !exists && args.resume {
            return Err(Error::failed(
                format!("{shown}: no such plan to resume"),
                format!("start it with `plan new {shown}`"),
            ));
        }
        let lock = planfile::lock(&path)?;
        if exists && !args.force {
            planfile::require_writable(
                &path,
                &format!(
                    "make it writable (chmod u+w {shown}) to continue it, or replace it with --force"
                ),
            )?;
        }
        let doc = if args.resume {
            planfile::load(&path, FileKind::Plan)?
        } else {
            EditablePlan::new_plan()
        };
        interrupt::set_draft(path.clone(), resume_command(&path));
        Ok(Session {
            doc,
            path: Some(path),
            lock: Some(lock),
            force: args.force,
        })
    }

    /// Save, first making a file name from the person and date if needed.
    ///
    /// Until both are answered there is nothing to name the file by, so the
    /// first answers are kept in memory (a named plan is saved at once).
    fn save_or_name(&mut self) -> Result<()> {
        if self.path.is_none() {
            let Some(stem) = name_stem(&self.doc) else {
                return Ok(());
            };
            let dir = planfile::plan_dir()?;
            planfile::ensure_private_dir(&dir)?;
            let (path, lock) = claim(&dir, &stem)?;
            interrupt::set_draft(path.clone(), resume_command(&path));
            eprintln!("Saving to {}", path.display());
            self.path = Some(path);
            self.lock = Some(lock);
        }
        let path = self.path.as_ref().expect("set above");
        planfile::save_as(path, &mut self.doc, self.force)
    }

    fn finish(mut self, interactive: bool) -> Result<()> {
        let Some(path) = self.path.clone() else {
            return Err(Error::usage(
                "no plan name given, and no person and date to make one from",
                "name the plan (`plan new sam-lee`), or give --set meeting.with=… and --set meeting.when=…",
            ));
        };
        // Skipped optional questions don't hold a plan back; the essentials do.
        let essentials_done = PLANNING
            .iter()
            .filter(|q| q.quick && self.doc.applies(q))
            .all(|q| self.doc.complete(q));
        if interactive && essentials_done && self.doc.status() == Status::Draft {
            self.doc.set_status(Status::Ready);
            planfile::save_as(&path, &mut self.doc, self.force)?;
        }
        drop(self.lock.take());
        eprintln!(
            "Plan saved ({}). Next: `plan render {}` for your brief.",
            self.doc.status().as_str(),
            path.display()
        );
        print(&format!("{}\n", path.display()))
    }
}

/// Start from an earlier plan: the same person, place and mode, a
/// `follows` reference (so its actions and check-in stay one source of
/// truth), and a note of what it left open.
fn follow_up(session: &mut Session, prev: &str) -> Result<()> {
    let path = planfile::resolve(prev)?;
    let plan = crate::artefacts::typed(&planfile::load(&path, FileKind::Plan)?)?;
    let Some(with) = plan.meeting.with.filter(|w| !w.trim().is_empty()) else {
        return Err(Error::failed(
            format!("{} does not say who the meeting was with", path.display()),
            "set meeting.with in it, or start a plan without --follow-up",
        ));
    };
    session
        .doc
        .set("meeting.with", toml_edit::value(with.as_str()));
    if let Some(place) = plan.meeting.place.filter(|p| !p.trim().is_empty()) {
        session.doc.set("meeting.place", toml_edit::value(place));
    }
    if let Some(mode) = plan.meeting.mode {
        session
            .doc
            .set("meeting.mode", toml_edit::value(mode.value()));
    }
    let folder = match &session.path {
        Some(p) => planfile::folder_of(p),
        None => planfile::plan_dir()?,
    };
    let written = listing::follows_value(&path, &folder);
    session.doc.set_follows(&written);
    let earlier = listing::earlier(&path, &written);
    eprintln!("{}", printable(&follow_up_note(&with, &earlier)));
    Ok(())
}

/// What the earlier conversation left open, as a note before the questions.
fn follow_up_note(with: &str, e: &listing::Earlier) -> String {
    let mut note = format!(
        "Following up on {}{} with {with}.",
        e.title
            .as_deref()
            .map_or("the last conversation".into(), |t| format!("\"{t}\"")),
        e.when
            .as_deref()
            .map(|d| format!(" ({d})"))
            .unwrap_or_default()
    );
    if e.actions.is_empty() {
        note.push_str("\nNo actions were recorded then.");
    } else {
        note.push_str("\nActions agreed then:");
        for a in &e.actions {
            note.push_str(&format!("\n  - {a}"));
        }
    }
    if let Some(c) = &e.check_in {
        note.push_str(&format!("\nCheck-in agreed for {c}."));
    }
    note
}

fn resume_command(path: &Path) -> String {
    format!("plan new {} --resume", path.display())
}

/// `sam-lee-2026-11-28`, once the person and meeting date are known.
fn name_stem(doc: &EditablePlan) -> Option<String> {
    let with = doc.get("meeting.with")?.as_str()?;
    let date = doc.get("meeting.when")?.as_datetime()?.date?;
    let person = match planfile::slug(with) {
        s if s.is_empty() => "plan".to_string(),
        s => s,
    };
    Some(format!("{person}-{date}"))
}

/// Take the first free `stem.toml`, `stem-2.toml`, … in `dir`, locked.
///
/// A name another `plan new` holds the lock on is as taken as one with a
/// file: parallel runs each move on to the next free name.
fn claim(dir: &Path, stem: &str) -> Result<(PathBuf, PlanLock)> {
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.toml")
        } else {
            format!("{stem}-{n}.toml")
        };
        let path = dir.join(name);
        if path.symlink_metadata().is_ok() {
            continue;
        }
        let Some(lock) = planfile::try_lock(&path)? else {
            continue;
        };
        // Someone may have created it between the check and the lock.
        if path.symlink_metadata().is_err() {
            return Ok((path, lock));
        }
    }
    Err(Error::failed(
        format!("too many plans named {stem} in {}", dir.display()),
        "name the plan yourself: `plan new NAME`",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_person_and_meeting_date() {
        let mut doc = EditablePlan::new_plan();
        assert_eq!(name_stem(&doc), None);
        doc.set("meeting.with", toml_edit::value("Sam Lee"));
        doc.set(
            "meeting.when",
            toml_edit::value(
                crate::questions::answer::parse_when("2026-11-28 14:00", true).unwrap(),
            ),
        );
        assert_eq!(name_stem(&doc).as_deref(), Some("sam-lee-2026-11-28"));
        doc.set("meeting.with", toml_edit::value("../.."));
        assert_eq!(name_stem(&doc).as_deref(), Some("plan-2026-11-28"));
    }

    #[test]
    fn claim_skips_taken_names() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.toml"), "").unwrap();
        let (path, _lock) = claim(dir.path(), "a").unwrap();
        assert_eq!(path, dir.path().join("a-2.toml"));
        // A name being written by another command is skipped too.
        let (path, _lock2) = claim(dir.path(), "a").unwrap();
        assert_eq!(path, dir.path().join("a-3.toml"));
    }
}
