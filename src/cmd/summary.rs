//! `plan summary`: record what happened, then print the follow-up to send.

use crate::catalogue::AFTER;
use crate::cli::SummaryArgs;
use crate::cmd::new::NO_TERMINAL;
use crate::cmd::render::Output;
use crate::cmd::script;
use crate::doc::PlanDoc;
use crate::followup::{FollowUp, Shareable};
use crate::interrupt;
use crate::model::Status;
use crate::prompt::{self, Terminal};
use crate::store::{self, FileKind};
use crate::wizard;
use anyhow::{Result, bail};

/// Run `plan summary`.
pub fn run(args: SummaryArgs) -> Result<()> {
    let path = store::resolve(&args.plan)?;
    let mut doc = store::load(&path, FileKind::Plan)?;
    let provided = script::provided(&args.script, AFTER)?;
    let given = args.script.answers.is_some() || !args.script.set.is_empty();
    let followed_up = doc.status() == Some(Status::FollowedUp.as_str());
    let ask = (!followed_up || args.edit) && !args.script.no_input;
    let writes = given || ask || !followed_up;
    if ask && !prompt::has_terminal() {
        bail!("plan summary {NO_TERMINAL}");
    }
    // Templates are loaded before anything is written, so a broken one costs no answers.
    let out = Output::new(&args.artefact)?;

    // Only a command that writes takes the lock; then it reads the plan afresh.
    let _lock = if writes {
        let lock = store::lock(&path)?;
        doc = store::load(&path, FileKind::Plan)?;
        Some(lock)
    } else {
        None
    };
    if writes {
        doc.merge_answers(&provided, AFTER);
        if ask {
            interrupt::install();
            interrupt::set_draft(path.clone(), format!("plan summary {}", path.display()));
            let mut terminal = Terminal::new(store::folder_of(&path));
            store::save(&path, &mut doc)?;
            wizard::run(
                &mut terminal,
                &mut doc,
                AFTER,
                false,
                args.edit,
                &mut |doc| store::save(&path, doc),
            )?;
        }
        default_held_on(&mut doc);
        doc.set_status(Status::FollowedUp);
        store::save(&path, &mut doc)?;
        eprintln!("Outcome saved in {}.", path.display());
    }

    out.write("followup", &followup_context(&doc)?)
}

/// A meeting being summarized took place; unless told otherwise, today.
fn default_held_on(doc: &mut PlanDoc) {
    if !doc.answered("outcome.held_on") {
        let today = crate::value::date_to_toml(chrono::Local::now().date_naive());
        doc.set("outcome.held_on", toml_edit::value(today));
    }
}

/// The follow-up's template context, built from the plan's shareable part alone.
pub fn followup_context(doc: &PlanDoc) -> Result<tera::Context> {
    let shared = Shareable::from_plan(doc.without_blanks().plan()?);
    Ok(tera::Context::from_serialize(&FollowUp::new(shared))?)
}
