//! Where plans live: `$PLAN_DIR`, bare names, file-name stems.

use super::editable::EditablePlan;
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// The folder bare plan names live in: `$PLAN_DIR`, else the platform data folder.
pub fn plan_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("PLAN_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().map_err(|_| {
        Error::failed(
            "cannot find your data folder",
            "set PLAN_DIR to a folder for your plans",
        )
    })?;
    Ok(base.data_dir().join("plan"))
}

/// Turn free text into a safe file-name stem: lowercase letters and digits
/// joined by single dashes; no separators, dots or control characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    out.trim_end_matches('-').to_string()
}

/// Whether a plan argument is a bare name (kept in `$PLAN_DIR`) rather than a path.
pub fn is_bare_name(arg: &str) -> bool {
    !arg.contains('/') && !arg.ends_with(".toml")
}

/// Where a plan named on the command line lives.
///
/// A path (with a separator, or ending in `.toml`) is taken as it is; a bare
/// name becomes `$PLAN_DIR/NAME.toml` and must be a plain, safe name.
pub fn resolve(arg: &str) -> Result<PathBuf> {
    let path = if is_bare_name(arg) {
        bare_name(arg)?
    } else {
        PathBuf::from(arg)
    };
    check_file_name(arg, &path)?;
    Ok(path)
}

/// The longest plan file name, in bytes: the lock beside it (`.NAME.lock`)
/// must fit in the 255 bytes a file name may have.
pub const MAX_NAME_BYTES: usize = 255 - ".".len() - ".lock".len();

/// A plan path must end in a file name, and one short enough for its lock.
fn check_file_name(arg: &str, path: &Path) -> Result<()> {
    let name = match path.file_name() {
        Some(name) if !arg.ends_with('/') && !arg.ends_with("/.") => name,
        _ => {
            return Err(Error::usage(
                format!("`{}` names a folder, not a plan file", arg.escape_debug()),
                format!(
                    "name a .toml file inside it, such as {}/sam-lee.toml",
                    arg.trim_end_matches('/')
                ),
            ));
        }
    };
    let len = name.len();
    if len > MAX_NAME_BYTES {
        return Err(Error::usage(
            format!(
                "the name is too long: the plan file name is {len} bytes, and at most {MAX_NAME_BYTES} fit"
            ),
            "choose a shorter name",
        ));
    }
    Ok(())
}

/// `$PLAN_DIR/NAME.toml` for a plain, safe bare name.
fn bare_name(arg: &str) -> Result<PathBuf> {
    let clean = arg
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !arg.starts_with('.')
        && !arg.is_empty();
    if !clean {
        return Err(Error::usage(
            format!("`{}` is not a usable plan name", arg.escape_debug()),
            "use letters, digits and dashes (such as `sam-lee`), or give a path to a .toml file",
        ));
    }
    Ok(plan_dir()?.join(format!("{arg}.toml")))
}

/// The folder a file is in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `sam-lee-2026-11-28`, once the person and meeting date are known.
pub fn name_stem(doc: &EditablePlan) -> Option<String> {
    let with = doc.get("meeting.with")?.as_str()?;
    let date = doc.get("meeting.when")?.as_datetime()?.date?;
    let person = match slug(with) {
        s if s.is_empty() => "plan".to_string(),
        s => s,
    };
    Some(format!("{person}-{date}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_file_names() {
        assert_eq!(slug("Sam Lee"), "sam-lee");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("Zoë  O'Brien\u{7}"), "zoë-o-brien");
        assert_eq!(slug("   "), "");
        assert_eq!(slug("a/b\\c"), "a-b-c");
        assert!(slug(&"x".repeat(500)).len() <= 60);
    }

    #[test]
    fn bare_names_go_to_the_plan_dir_and_paths_stay() {
        assert_eq!(resolve("./x.toml").unwrap(), PathBuf::from("./x.toml"));
        assert_eq!(resolve("x.toml").unwrap(), PathBuf::from("x.toml"));
        assert!(resolve("sam-lee").unwrap().ends_with("sam-lee.toml"));
        for bad in [
            "..",
            ".hidden",
            "a b",
            "a\u{1b}b",
            "",
            "x/",
            "x/.",
            "a/..",
            "/",
            &"n".repeat(250),
        ] {
            let e = resolve(bad).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad:?} accepted");
        }
    }

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
}
