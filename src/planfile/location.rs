//! Where plans live and in which form: `$PLAN_DIR`, bare names, file-name
//! stems, and whether a plan is plain (`NAME.toml`) or encrypted at rest
//! (`NAME.toml.age`). Every command that finds, lists, loads or saves a plan
//! asks here which file it is.

use super::editable::EditablePlan;
use super::sealed;
use crate::error::{Error, Result, ShowPath};
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
    !arg.contains('/') && !is_plan_name(arg)
}

/// What an encrypted plan's file name ends with, after `.toml`.
pub const SEALED_SUFFIX: &str = ".age";

/// Whether a file name is a plan's: `NAME.toml`, or `NAME.toml.age`.
pub fn is_plan_name(name: &str) -> bool {
    name.ends_with(".toml") || name.ends_with(".toml.age")
}

/// Whether the plan at `path` is kept encrypted (`NAME.toml.age`).
pub fn is_sealed(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with(".toml.age"))
}

/// The plain form of a plan's path (`NAME.toml`), whichever form it names.
pub fn plain_form(path: &Path) -> PathBuf {
    match path.to_str().and_then(|p| p.strip_suffix(SEALED_SUFFIX)) {
        Some(plain) if is_sealed(path) => PathBuf::from(plain),
        _ => path.to_path_buf(),
    }
}

/// The encrypted form of a plan's path (`NAME.toml.age`), whichever form it names.
pub fn sealed_form(path: &Path) -> PathBuf {
    if is_sealed(path) {
        return path.to_path_buf();
    }
    let mut name = path.as_os_str().to_owned();
    name.push(SEALED_SUFFIX);
    PathBuf::from(name)
}

/// The file a plan is in, whichever form it names: the one of the two
/// forms that is there; for a plan not yet written, the encrypted form in a
/// folder that is encrypted (or when the encrypted form was named), else
/// the plain one. Both there is an error naming both. A path that is not a
/// plan's name (`notes.txt`) is taken as it is.
pub fn settle(path: &Path) -> Result<PathBuf> {
    let named = path.file_name().map(|n| n.to_string_lossy().into_owned());
    if !named.as_deref().is_some_and(is_plan_name) {
        return Ok(path.to_path_buf());
    }
    let (plain, sealed) = (plain_form(path), sealed_form(path));
    let there = |p: &Path| p.symlink_metadata().is_ok();
    match (there(&plain), there(&sealed)) {
        (true, true) => Err(both_forms(&plain, &sealed)),
        (false, true) => Ok(sealed),
        (true, false) => Ok(plain),
        (false, false) if is_sealed(path) || sealed::is_encrypted_folder(&folder_of(path)) => {
            Ok(sealed)
        }
        (false, false) => Ok(plain),
    }
}

/// One plan in both forms: which one is meant cannot be known.
pub fn both_forms(plain: &Path, sealed: &Path) -> Error {
    Error::failed(
        format!(
            "{} and {} are both there: one plan, plain and encrypted, and `plan` cannot tell which is meant",
            plain.shown(),
            sealed.shown()
        ),
        "keep the one you want and move the other out of the folder (an interrupted `plan encrypt` or `plan decrypt` can leave both); the files were left as they were",
    )
}

/// Where a plan named on the command line lives.
///
/// A path (with a separator, or ending in `.toml` or `.toml.age`) is taken
/// as it is; a bare name becomes `$PLAN_DIR/NAME.toml` and must be a plain,
/// safe name. Either way the plan is in whichever form is there (see
/// [`settle`]).
pub fn resolve(arg: &str) -> Result<PathBuf> {
    let path = if is_bare_name(arg) {
        bare_name(arg)?
    } else {
        PathBuf::from(arg)
    };
    check_file_name(arg, &path)?;
    settle(&path)
}

/// The longest plan file name, in bytes: the lock beside it (`.NAME.lock`)
/// must fit in the 255 bytes a file name may have, and so must the
/// encrypted form (`NAME.age`).
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
    let len = plain_form(Path::new(name)).as_os_str().len();
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

/// Where a file being edited in `$EDITOR` is made, for a plan in `folder`:
/// the folder itself, or for an encrypted plan (`sealed`), where the text
/// is clear for as long as the editor has it, `$XDG_RUNTIME_DIR` (memory
/// on most systems, the user's alone, emptied at logout) when there is one.
pub fn edit_dir(folder: &Path, sealed: bool) -> PathBuf {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .filter(|d| d.is_absolute() && d.is_dir());
    match runtime {
        Some(dir) if sealed => dir,
        _ => folder.to_path_buf(),
    }
}

/// [`edit_dir`] for the plan at `path`.
pub fn edit_dir_of(path: &Path) -> PathBuf {
    edit_dir(&folder_of(path), is_sealed(path))
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
