//! The plan `plan new` is writing: where it goes (known from the start, or
//! named once the person and date are answered), its lock, and saving it
//! after every answer.

use super::interrupt;
use crate::error::ShowPath;
use crate::error::{Error, Result, printable};
use crate::planfile::{self, EditablePlan, FileKind, PlanLock, Status, listing};
use crate::questions::catalogue::PLANNING;
use std::path::{Path, PathBuf};

/// How to open a named plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenAs {
    /// Named bare (`sam-lee`), so its folder is ours to create.
    pub bare: bool,
    /// `--resume`: continue a plan that exists.
    pub resume: bool,
    /// `--force`: replace a plan that exists, even a read-only one.
    pub force: bool,
}

/// The plan being written, and where.
pub struct Session {
    /// The plan so far.
    pub doc: EditablePlan,
    /// Known from the start, or made once the person and date are answered.
    pub path: Option<PathBuf>,
    lock: Option<PlanLock>,
    /// `--force`: a read-only file there may be replaced.
    force: bool,
}

impl Session {
    /// A plan with no name yet.
    pub fn unnamed() -> Self {
        Session {
            doc: EditablePlan::new_plan(),
            path: None,
            lock: None,
            force: false,
        }
    }

    /// Open a named plan: new, resumed or replaced, under its lock.
    pub fn open(path: PathBuf, how: OpenAs) -> Result<Self> {
        if path.is_dir() {
            return Err(Error::failed(
                format!("{} is a folder", path.shown()),
                format!("name a .toml file, such as {}/sam-lee.toml", path.shown()),
            ));
        }
        if how.bare {
            planfile::ensure_private_dir(&planfile::folder_of(&path))?;
        }
        let exists = path.symlink_metadata().is_ok();
        let shown = path.shown();
        if exists && !how.resume && !how.force {
            return Err(Error::failed(
                format!("{shown} already exists"),
                format!("continue it with `plan new {shown} --resume`, or replace it with --force"),
            ));
        }
        if !exists && how.resume {
            return Err(Error::failed(
                format!("{shown}: no such plan to resume"),
                format!("start it with `plan new {shown}`"),
            ));
        }
        let lock = planfile::lock(&path)?;
        if exists && !how.force {
            planfile::require_writable(
                &path,
                &format!(
                    "make it writable (chmod u+w {shown}) to continue it, or replace it with --force"
                ),
            )?;
        }
        let doc = if how.resume {
            planfile::load(&path, FileKind::Plan)?
        } else {
            EditablePlan::new_plan()
        };
        interrupt::set_draft(path.clone(), resume_command(&path));
        Ok(Session {
            doc,
            path: Some(path),
            lock: Some(lock),
            force: how.force,
        })
    }

    /// The folder the plan is, or will be, in.
    pub fn folder(&self) -> Result<PathBuf> {
        match &self.path {
            Some(p) => Ok(planfile::folder_of(p)),
            None => planfile::plan_dir(),
        }
    }

    /// Save, first making a file name from the person and date if needed.
    ///
    /// Until both are answered there is nothing to name the file by, so the
    /// first answers are kept in memory (a named plan is saved at once).
    pub fn save_or_name(&mut self) -> Result<()> {
        if self.path.is_none() {
            let Some(stem) = planfile::location::name_stem(&self.doc) else {
                return Ok(());
            };
            let dir = planfile::plan_dir()?;
            planfile::ensure_private_dir(&dir)?;
            let (path, lock) = planfile::storage::claim(&dir, &stem)?;
            interrupt::set_draft(path.clone(), resume_command(&path));
            say!("Saving to {}", path.shown());
            self.path = Some(path);
            self.lock = Some(lock);
        }
        let path = self.path.as_ref().expect("set above");
        planfile::save_as(path, &mut self.doc, self.force)
    }

    /// Close the session: a plan answered interactively with its essentials
    /// done is marked ready. Returns where it is and its status.
    pub fn finish(mut self, interactive: bool) -> Result<(PathBuf, Status)> {
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
        let drafts = self
            .doc
            .drafts()
            .iter()
            .filter(|d| PLANNING.iter().any(|q| q.id == d.question))
            .count();
        if drafts > 0 {
            say!(
                "Kept aside: {} typed part way, in no brief; `{}` offers {} back.",
                crate::dates::wording::count(drafts, "records"),
                resume_command(&path),
                if drafts == 1 { "it" } else { "them" }
            );
        }
        Ok((path, self.doc.status()))
    }

    /// Start from an earlier plan: the same person, place and mode, a
    /// `follows` reference (so its actions and check-in stay one source of
    /// truth), and a note of what it left open.
    pub fn follow_up(&mut self, prev: &str) -> Result<()> {
        let path = planfile::resolve(prev)?;
        let plan = planfile::load(&path, FileKind::Plan)?.plan()?;
        let Some(with) = plan.meeting.with.filter(|w| !w.trim().is_empty()) else {
            return Err(Error::failed(
                format!("{} does not say who the meeting was with", path.shown()),
                "set meeting.with in it, or start a plan without --follow-up",
            ));
        };
        self.doc
            .set("meeting.with", toml_edit::value(with.as_str()));
        if let Some(place) = plan.meeting.place.filter(|p| !p.trim().is_empty()) {
            self.doc.set("meeting.place", toml_edit::value(place));
        }
        if let Some(mode) = plan.meeting.mode {
            self.doc.set("meeting.mode", toml_edit::value(mode.value()));
        }
        if let Some(greeting) = plan.meeting.greeting.filter(|g| !g.trim().is_empty()) {
            self.doc.set("meeting.greeting", toml_edit::value(greeting));
        }
        let written = listing::follows_value(&path, &self.folder()?)?;
        self.doc.set_follows(&written);
        let earlier = listing::earlier(&path, &written);
        say!("{}", printable(&follow_up_note(&with, &earlier)));
        Ok(())
    }
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
    format!("plan new {} --resume", path.shown())
}
