//! Writing a long answer in `$VISUAL`/`$EDITOR`.

use super::interrupt::{self, ChildGuard};
use crate::error::ShowPath;
use crate::error::{Error, Result};
use crate::planfile::load;
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
    edit_text(dir, initial, ".md", Editing::Answer)
}

/// What is being edited, for the messages when the edit fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editing {
    /// One answer, in the wizard (`/e`).
    Answer,
    /// The whole plan file (`plan edit --editor`).
    Plan,
}

impl Editing {
    /// What happened to it when the edit failed.
    fn lost(self) -> &'static str {
        match self {
            Editing::Answer => "the answer was not saved",
            Editing::Plan => "the plan was left unchanged",
        }
    }
}

/// The last line of the comment block at the top of an answer's file.
const REMOVED_NOTE: &str =
    "# These comment lines are removed when you save. Write your answer below them.";

/// [`edit`] an answer in a file that starts with the question and its help
/// as comment lines, which are removed again when the file is read back
/// (see [`strip_header`]): the answer may hold `#` headings of its own.
pub fn edit_answer(dir: &Path, prompt: &str, help: &str, initial: &str) -> Result<String> {
    let header = header_lines(prompt, help);
    let mut text = header.join("\n");
    text.push_str("\n\n");
    text.push_str(initial);
    let saved = edit(dir, &text)?;
    Ok(strip_header(&saved, &header))
}

/// The comment block for a question: its prompt, its help wrapped to 72
/// columns, and the line saying the block is removed on saving.
fn header_lines(prompt: &str, help: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in [prompt, help] {
        for text in paragraph.lines() {
            let mut line = String::from("#");
            for word in text.split_whitespace() {
                if line.len() > 1 && line.len() + 1 + word.len() > 72 {
                    lines.push(std::mem::replace(&mut line, String::from("#")));
                }
                line.push(' ');
                line.push_str(word);
            }
            if line.len() > 1 {
                lines.push(line);
            }
        }
    }
    lines.push(REMOVED_NOTE.to_string());
    lines
}

/// Remove the comment block we wrote from the top of a saved file, and the
/// blank line after it.
///
/// Only lines at the top that are exactly ours go (each at most once, in
/// any order, so deleting or reordering some of them is fine). The first
/// line that is not one of them ends the block: a `# Heading` the user
/// wrote, at the top or further down, is kept.
pub fn strip_header(saved: &str, header: &[String]) -> String {
    let mut unused: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut rest = saved;
    let mut removed = false;
    while !rest.is_empty() {
        let (line, after) = match rest.find('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => (rest, ""),
        };
        let line = line.trim_end();
        let Some(at) = unused.iter().position(|h| *h == line) else {
            break;
        };
        unused.remove(at);
        removed = true;
        rest = after;
    }
    if removed {
        rest = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix('\n'))
            .unwrap_or(rest);
    }
    rest.to_string()
}

/// [`edit`] any text, in a file whose name ends with `suffix` (so the
/// editor picks the right highlighting: `.md`, `.toml`).
pub fn edit_text(dir: &Path, initial: &str, suffix: &str, what: Editing) -> Result<String> {
    let editor = editor_command();
    let write_hint = "check that you can write to the plan's folder";
    let mut file = tempfile::Builder::new()
        .prefix(".plan-answer-")
        .suffix(suffix)
        .permissions(std::fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)
        .map_err(|e| {
            Error::io(
                format!("cannot create a file to edit in {}", dir.shown()),
                crate::planfile::storage::os_error(e),
                write_hint,
            )
        })?;
    file.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o600))
        .and_then(|()| file.write_all(initial.as_bytes()))
        .and_then(|()| file.flush())
        .map_err(|e| Error::io("cannot write the file to edit", e, write_hint))?;
    let cannot_start = || format!("cannot start the editor `{editor}`");
    let start_hint = "set EDITOR to an editor on your PATH";
    let guard = ChildGuard::new();
    let status = editor_process(&editor, file.path())
        .status()
        .map_err(|e| Error::io(cannot_start(), e, start_hint))?;
    // Killed by the Ctrl-C, or ended by it (a shell exits 130): the user wants out.
    let ended_by_ctrl_c = status.signal() == Some(SIGINT)
        || status.code() == Some(128 + SIGINT)
        || (!status.success() && guard.saw_ctrl_c());
    drop(guard);
    if ended_by_ctrl_c {
        drop(file);
        return Err(interrupt::interrupted());
    }
    // The shell's codes for a command it cannot find or run.
    if matches!(status.code(), Some(126 | 127)) {
        return Err(Error::failed(
            format!("{}; {}", cannot_start(), what.lost()),
            start_hint,
        ));
    }
    if !status.success() {
        return Err(Error::plain(format!(
            "the editor `{editor}` exited with {status}; {}",
            what.lost()
        )));
    }
    read_back(file.path(), what)
}

/// The command that runs `editor` on `file` as git runs it, through the
/// shell (`sh -c '$EDITOR "$@"' $EDITOR FILE`): `code --wait`, a quoted
/// path with spaces or a small `sh -c '…'` script is read as the shell
/// reads it, and the file is passed as one argument, whatever its name.
///
/// The shell itself carries on past a Ctrl-C (`trap : INT`, which the
/// editor does not inherit), so its exit status is the editor's: 130 when
/// the Ctrl-C ended the editor, and the editor's own when it kept the key
/// for itself, as vim does (some shells would otherwise die of it).
fn editor_process(editor: &str, file: &Path) -> std::process::Command {
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(format!("trap : INT; {editor} \"$@\""))
        .arg(editor)
        .arg(file);
    command
}

/// The most of an edited file read back: far more than a plan may hold
/// (which the caller reports with its own limit), but never without end.
const MAX_EDITED_BYTES: u64 = 16 * crate::planfile::load::MAX_FILE_BYTES;

/// Read back the file the editor saved. Only a regular file is read, and
/// never waited on: an editor that put a named pipe, a folder or a link to a
/// device in its place is refused, as is one that removed it.
fn read_back(path: &Path, what: Editing) -> Result<String> {
    let lost = what.lost();
    let unreadable = |e| {
        Error::io(
            format!("cannot read the edited file; {lost}"),
            e,
            "check the plan's folder, then try again",
        )
    };
    let (file, meta) = load::open_regular(path).map_err(|e| match e {
        Error::NotFound(_) => Error::failed(
            format!("the file being edited was removed before the editor closed; {lost}"),
            "save the file where the editor opened it, without deleting or moving it",
        ),
        Error::NotAFile { what: kind, .. } => {
            // Removing the file on the way out would leave an empty folder.
            let _ = std::fs::remove_dir(path);
            Error::failed(
                format!("the file being edited {kind} now, not a file; {lost}"),
                "save the file where the editor opened it, as an ordinary file",
            )
        }
        Error::Io { source, .. } => unreadable(source),
        e => e,
    })?;
    let bytes = load::read_at_most(file, meta.len(), MAX_EDITED_BYTES)
        .map_err(unreadable)?
        .map_err(|size| {
            Error::failed(
                format!(
                    "the edited file is {size} bytes, but at most {MAX_EDITED_BYTES} are read back; {lost}"
                ),
                "keep long notes in a file of their own",
            )
        })?;
    String::from_utf8(bytes).map_err(|_| {
        Error::failed(
            format!("the edited file is not UTF-8 text; {lost}"),
            "save the file as UTF-8 text in your editor",
        )
    })
}

/// SIGINT (2 on every Unix `plan` runs on).
const SIGINT: i32 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Vec<String> {
        header_lines(
            "What makes this hard for you?",
            "Be honest: nobody else reads this.",
        )
    }

    #[test]
    fn the_editor_is_read_by_the_shell_and_the_file_is_one_argument() {
        let file = Path::new("/tmp/a folder/it's \"here\".md");
        for (editor, printed) in [
            ("printf '<%s>'", "</tmp/a folder/it's \"here\".md>"),
            (
                "printf '<%s>' --wait",
                "<--wait></tmp/a folder/it's \"here\".md>",
            ),
            ("\"printf\" '[%s]'", "[/tmp/a folder/it's \"here\".md]"),
            (
                "sh -c 'printf \"%s|%s\" \"$0\" \"$1\"' zero",
                "zero|/tmp/a folder/it's \"here\".md",
            ),
        ] {
            let out = editor_process(editor, file).output().unwrap();
            assert_eq!(String::from_utf8(out.stdout).unwrap(), printed, "{editor}");
        }
    }

    #[test]
    fn the_header_is_the_question_its_help_and_a_note() {
        assert_eq!(
            header(),
            [
                "# What makes this hard for you?",
                "# Be honest: nobody else reads this.",
                REMOVED_NOTE,
            ]
        );
        let long = header_lines("Q?", &"word ".repeat(40));
        assert!(long.len() > 3);
        assert!(long.iter().all(|l| l.len() <= 80 && l.starts_with('#')));
    }

    #[test]
    fn only_our_comment_block_is_removed() {
        let h = header();
        let file = |body: &str| format!("{}\n\n{body}", h.join("\n"));
        assert_eq!(strip_header(&file("My answer.\n"), &h), "My answer.\n");
        // The answer's own headings stay, at the top and further down.
        let md = "# My heading\nText.\n\n# Another\nMore.\n";
        assert_eq!(strip_header(&file(md), &h), md);
        assert_eq!(strip_header(md, &h), md, "no block: nothing removed");
        // A comment of ours deleted by hand, or the blank line gone: still fine.
        let partial = format!("{}\n{}\nAnswer", h[0], h[2]);
        assert_eq!(strip_header(&partial, &h), "Answer");
        // A line of ours further down is the user's text.
        let later = format!("Answer\n{}\n", h[0]);
        assert_eq!(strip_header(&later, &h), later);
        // Saved with Windows line ends.
        let crlf = format!("{}\r\n\r\nAnswer", h.join("\r\n"));
        assert_eq!(strip_header(&crlf, &h), "Answer");
        assert_eq!(strip_header(&file(""), &h), "");
    }
}
