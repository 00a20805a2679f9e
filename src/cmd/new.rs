//! `plan new`: prepare a conversation.

use crate::catalogue::PLANNING;
use crate::cli::NewArgs;
use crate::cmd::script;
use crate::coach;
use crate::doc::PlanDoc;
use crate::error::usage;
use crate::interrupt;
use crate::model::Status;
use crate::prompt::{self, Terminal};
use crate::store::{self, FileKind, PlanLock};
use crate::wizard;
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};

/// The hint shown wherever a terminal is needed and missing.
pub const NO_TERMINAL: &str = "needs a terminal to ask its questions\n  hint: run it in a terminal, or script it: --no-input with --answers FILE and/or --set KEY=VALUE";

/// Run `plan new`.
pub fn run(args: NewArgs) -> Result<()> {
    if !args.script.no_input && !prompt::has_terminal() {
        bail!("plan new {NO_TERMINAL}");
    }
    let provided = script::provided(&args.script, PLANNING)?;
    let mut session = match &args.plan {
        Some(name) => Session::open(store::resolve(name)?, &args)?,
        None => Session::unnamed(),
    };
    session.doc.merge_answers(&provided, PLANNING);

    if args.script.no_input {
        for (key, note) in coaching_notes(&session.doc) {
            eprintln!("note: {key}: {note}");
        }
        session.save_or_name()?;
        return session.finish(false);
    }

    interrupt::install();
    session.save_or_name()?;
    let edit_dir = match &session.path {
        Some(p) => store::folder_of(p),
        None => store::plan_dir()?,
    };
    store::ensure_private_dir(&edit_dir)?;
    let mut terminal = Terminal::new(edit_dir);
    if args.resume {
        eprintln!(
            "Resuming {}.",
            session.path.as_deref().unwrap_or(Path::new("")).display()
        );
    }
    let mut doc = std::mem::take(&mut session.doc);
    let asked = wizard::run(
        &mut terminal,
        &mut doc,
        PLANNING,
        args.quick,
        false,
        &mut |doc| {
            session.doc = doc.clone();
            session.save_or_name()
        },
    )?;
    session.doc = doc;
    if asked == 0 {
        eprintln!("Nothing left to ask.");
    }
    session.finish(true)
}

/// The `(key, note)` pairs of coached answers that were given by file or flag.
fn coaching_notes(doc: &PlanDoc) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for id in coach::COACHED_QUESTIONS {
        let Some(array) = doc.get(id).and_then(|i| i.as_array()) else {
            continue;
        };
        for (i, v) in array.iter().enumerate() {
            if let Some(issue) = v.as_str().and_then(coach::question_issue) {
                out.push((format!("{id}[{}]", i + 1), issue.note()));
            }
        }
    }
    out
}

/// The plan being written, and where.
struct Session {
    doc: PlanDoc,
    /// Known from the start, or made once the person and date are answered.
    path: Option<PathBuf>,
    lock: Option<PlanLock>,
}

impl Session {
    fn unnamed() -> Self {
        Session {
            doc: PlanDoc::new_plan(),
            path: None,
            lock: None,
        }
    }

    /// Open a named plan: new, resumed or replaced, under its lock.
    fn open(path: PathBuf, args: &NewArgs) -> Result<Self> {
        if path.is_dir() {
            bail!(
                "{} is a folder\n  hint: name a .toml file, such as {}/sam-lee.toml",
                path.display(),
                path.display()
            );
        }
        if args
            .plan
            .as_deref()
            .is_some_and(|a| !a.contains('/') && !a.ends_with(".toml"))
        {
            store::ensure_private_dir(&store::folder_of(&path))?;
        }
        let exists = path.symlink_metadata().is_ok();
        if exists && !args.resume && !args.force {
            bail!(
                "{} already exists\n  hint: continue it with `plan new {} --resume`, or replace it with --force",
                path.display(),
                path.display()
            );
        }
        if !exists && args.resume {
            bail!(
                "{}: no such plan to resume\n  hint: start it with `plan new {}`",
                path.display(),
                path.display()
            );
        }
        let lock = store::lock(&path)?;
        let doc = if args.resume {
            store::load(&path, FileKind::Plan)?
        } else {
            PlanDoc::new_plan()
        };
        interrupt::set_draft(path.clone(), resume_command(&path));
        Ok(Session {
            doc,
            path: Some(path),
            lock: Some(lock),
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
            let dir = store::plan_dir()?;
            store::ensure_private_dir(&dir)?;
            let (path, lock) = claim(&dir, &stem)?;
            interrupt::set_draft(path.clone(), resume_command(&path));
            eprintln!("Saving to {}", path.display());
            self.path = Some(path);
            self.lock = Some(lock);
        }
        let path = self.path.as_ref().expect("set above");
        store::save(path, &mut self.doc)
    }

    fn finish(mut self, interactive: bool) -> Result<()> {
        let Some(path) = self.path.clone() else {
            return Err(usage(
                "no plan name given, and no person and date to make one from\n  hint: name the plan (`plan new sam-lee`), or give --set meeting.with=… and --set meeting.when=…",
            ));
        };
        // Skipped optional questions don't hold a plan back; the essentials do.
        let essentials_done = PLANNING
            .iter()
            .filter(|q| q.quick && self.doc.applies(q))
            .all(|q| wizard::complete(&self.doc, q));
        if interactive && essentials_done && self.doc.status() == Some(Status::Draft.as_str()) {
            self.doc.set_status(Status::Ready);
            store::save(&path, &mut self.doc)?;
        }
        drop(self.lock.take());
        eprintln!(
            "Plan saved ({}). Next: `plan render {}` for your brief.",
            self.doc.status().unwrap_or("draft"),
            path.display()
        );
        crate::cmd::render::emit(&format!("{}\n", path.display()), None)
    }
}

fn resume_command(path: &Path) -> String {
    format!("plan new {} --resume", path.display())
}

/// `sam-lee-2026-11-28`, once the person and meeting date are known.
fn name_stem(doc: &PlanDoc) -> Option<String> {
    let with = doc.get("meeting.with")?.as_str()?;
    let date = doc.get("meeting.when")?.as_datetime()?.date?;
    let person = match store::slug(with) {
        s if s.is_empty() => "plan".to_string(),
        s => s,
    };
    Some(format!("{person}-{date}"))
}

/// Take the first free `stem.toml`, `stem-2.toml`, … in `dir`, locked.
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
        let lock = store::lock(&path)?;
        // Someone may have created it between the check and the lock.
        if path.symlink_metadata().is_err() {
            return Ok((path, lock));
        }
    }
    bail!("too many plans named {stem} in {}", dir.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_person_and_meeting_date() {
        let mut doc = PlanDoc::new_plan();
        assert_eq!(name_stem(&doc), None);
        doc.set("meeting.with", toml_edit::value("Sam Lee"));
        doc.set(
            "meeting.when",
            toml_edit::value(crate::value::parse_when("2026-11-28 14:00", true).unwrap()),
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
    }

    #[test]
    fn coaching_notes_name_the_entry() {
        let mut doc = PlanDoc::new_plan();
        doc.set(
            "explore.questions",
            crate::value::list(&["What happened?".into(), "Why?".into()]),
        );
        let notes = coaching_notes(&doc);
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].0, "explore.questions[2]");
    }
}
