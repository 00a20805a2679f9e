//! `plan invite`: an iCalendar file for the meeting, the check-in and the actions.

use crate::artefacts::output::{check_name, check_target, emit};
use crate::artefacts::{invite, shareable::Shareable};
use crate::cli::InviteArgs;
use crate::error::Result;
use crate::planfile::{self, FileKind};
use std::path::Path;
use toml_edit::Datetime;

/// Run `plan invite`.
pub fn run(args: InviteArgs) -> Result<()> {
    let path = planfile::resolve(&args.plan)?;
    if let Some(file) = args.output.as_deref().filter(|f| f.as_os_str() != "-") {
        check_target(file, &path, EXAMPLE)?;
        check_name(file, &["ics"], false, EXAMPLE, "iCalendar, .ics")?;
    }
    let doc = planfile::load(&path, FileKind::Plan)?;
    let plan = doc.plan()?;
    let updated = plan.updated;
    let id = plan_id(&path, plan.created.as_ref());
    let shared = Shareable::from_plan(plan);
    let calendar = invite::calendar(&shared, &id, updated.as_ref())?;
    if let Some(note) = invite::clock_change_note(&shared) {
        say!("note: meeting.when: {note}.");
    }
    emit(
        &calendar.to_string(),
        args.output.as_deref(),
        &path,
        EXAMPLE,
    )
}

/// The file name suggested for an invite.
const EXAMPLE: &str = "invite.ics";

/// A stable id for this plan, for the invite's UIDs (so calendars update the
/// events rather than add them twice): a hash of when the plan was started
/// and where it is. The other person receives it, so it holds neither the
/// file name (which often names them and the subject) nor the folder.
fn plan_id(path: &Path, created: Option<&Datetime>) -> String {
    let place = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let created = created.map(Datetime::to_string).unwrap_or_default();
    let mut bytes = created.into_bytes();
    bytes.push(0);
    bytes.extend_from_slice(place.as_os_str().as_encoded_bytes());
    format!("{:016x}", fnv1a(&bytes))
}

/// FNV-1a, 64 bits: small, and its value never changes between runs, Rust
/// versions or machines (unlike std's `DefaultHasher`).
fn fnv1a(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(PRIME))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_id_is_hex_and_depends_on_the_plan_and_its_start() {
        let created: Datetime = "2026-11-18T12:30:00+00:00".parse().unwrap();
        let a = plan_id(Path::new("/nowhere/sam-pip.toml"), Some(&created));
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()), "{a}");
        assert_eq!(
            a,
            plan_id(Path::new("/nowhere/sam-pip.toml"), Some(&created))
        );
        assert_ne!(a, plan_id(Path::new("/nowhere/other.toml"), Some(&created)));
        assert_ne!(a, plan_id(Path::new("/nowhere/sam-pip.toml"), None));
    }
}
