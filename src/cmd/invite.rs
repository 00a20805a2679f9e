//! `plan invite`: an iCalendar file for the meeting, the check-in and the actions.

use crate::artefacts::{self, invite, output::emit, shareable::Shareable};
use crate::cli::InviteArgs;
use crate::error::Result;
use crate::planfile::{self, FileKind};

/// Run `plan invite`.
pub fn run(args: InviteArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    let doc = planfile::load(&path, FileKind::Plan)?;
    let plan = artefacts::typed(&doc)?;
    let updated = plan.updated;
    let created = plan.created;
    // A stable id for this plan: its file name and when it was started.
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = planfile::slug(&stem);
    if let Some(created) = created {
        id.push('-');
        id.push_str(&planfile::slug(&created.to_string()));
    }
    let calendar = invite::calendar(&Shareable::from_plan(plan), &id, updated.as_ref())?;
    emit(&calendar.to_string(), args.output.as_deref(), &path)
}
