//! Writing a long answer in `$VISUAL`/`$EDITOR`.

use super::interrupt::{self, ChildGuard};
use crate::error::{Error, Result};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;

/// The editor command: `$VISUAL`, else `$EDITOR`, else `vi`.
pub fn editor_command() -> String {
    std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.trim().is_empty())
        .or_else(|| std::env::var("EDITOR").ok())
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".into())
}

/// Write an answer in the editor, starting from `initial`.
///
/// The file is created 0600 in `dir` (the plan's folder, never a shared
/// temp folder) and removed afterwards whatever happens. Ctrl-C while the
/// editor runs is the editor's; if it kills the editor, the file is removed
/// and the wizard stops as interrupted.
pub fn edit(dir: &Path, initial: &str) -> Result<String> {
    edit_text(dir, initial, ".md")
}

/// [`edit`] any text, in a file whose name ends with `suffix` (so the
/// editor picks the right highlighting: `.md`, `.toml`).
pub fn edit_text(dir: &Path, initial: &str, suffix: &str) -> Result<String> {
    let editor = editor_command();
    let write_hint = "check that you can write to the plan's folder";
    let mut file = tempfile::Builder::new()
        .prefix(".plan-answer-")
        .suffix(suffix)
        .permissions(std::fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)
        .map_err(|e| {
            Error::io(
                format!("cannot create a file to edit in {}", dir.display()),
                crate::planfile::storage::os_error(e),
                write_hint,
            )
        })?;
    file.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))
        .and_then(|()| file.write_all(initial.as_bytes()))
        .and_then(|()| file.flush())
        .map_err(|e| Error::io("cannot write the file to edit", e, write_hint))?;
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let guard = ChildGuard::new();
    let status = std::process::Command::new(program)
        .args(words)
        .arg(file.path())
        .status()
        .map_err(|e| {
            Error::io(
                format!("cannot start the editor `{editor}`"),
                e,
                "set EDITOR to an editor on your PATH",
            )
        })?;
    // Killed by the Ctrl-C, or ended by it (a shell exits 130): the user wants out.
    let ended_by_ctrl_c = status.signal() == Some(SIGINT)
        || status.code() == Some(128 + SIGINT)
        || (!status.success() && guard.saw_ctrl_c());
    drop(guard);
    if ended_by_ctrl_c {
        drop(file);
        return Err(interrupt::interrupted());
    }
    if !status.success() {
        return Err(Error::plain(format!(
            "the editor `{editor}` exited with {status}; the answer was not saved"
        )));
    }
    std::fs::read_to_string(file.path()).map_err(|e| {
        Error::io(
            "cannot read the edited answer",
            e,
            "save the file as UTF-8 text in your editor",
        )
    })
}

/// SIGINT (2 on every Unix `plan` runs on).
const SIGINT: i32 = 2;
