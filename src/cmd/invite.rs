//! `plan invite`: an iCalendar file for the meeting, the check-in and the actions.

use crate::cli::InviteArgs;
use crate::cmd::render::emit;
use crate::followup::Shareable;
use crate::invite;
use crate::store::{self, FileKind};
use anyhow::Result;

/// Run `plan invite`.
pub fn run(args: InviteArgs) -> Result<()> {
    let path = store::resolve(&args.plan)?;
    let doc = store::load(&path, FileKind::Plan)?;
    let plan = doc.without_blanks().plan()?;
    let updated = plan.updated;
    let created = plan.created;
    // A stable id for this plan: its file name and when it was started.
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = store::slug(&stem);
    if let Some(created) = created {
        id.push('-');
        id.push_str(&store::slug(&created.to_string()));
    }
    let calendar = invite::calendar(&Shareable::from_plan(plan), &id, updated.as_ref())?;
    emit(&calendar.to_string(), args.output.as_deref())
}
