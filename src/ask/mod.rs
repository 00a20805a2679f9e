//! Asking: the wizard, the one seam to the terminal, the editor, interrupts.
//!
//! Imports run one way: each module uses only those above it in this list
//! (and the seam in this file: `Prompter`, `Check`, `Saver`, `first_line`),
//! never one below it or beside it on the same line.
//!
//! 1. `interrupt`: Ctrl-C as a value.
//! 2. `editor`: a long answer in `$EDITOR`.
//! 3. `terminal`: the `Prompter` a person answers, the only one touching
//!    dialoguer; `replay` (tests only): the one a script answers.
//! 4. `stored`: answers as stored, read and written the way prompts need them.
//! 5. `input`: one answer at the prompt, picked or typed, checked, coached.
//! 6. `drafts`: records typed part way, saved after every field, offered back.
//! 7. `lists`: the list loop, the bank, records, and the one list editor.
//! 8. `question`: one question of the plan, from where its prompt starts.
//! 9. `wizard`: the run through the catalogue; `review`: the step picker
//!    and the review at the end of `plan new`; `check_in`: a check-in;
//!    `rehearse`: a rehearsal's run-through; `session`: the plan `plan
//!    new` is writing.

pub mod check_in;
mod drafts;
pub mod editor;
mod input;
pub mod interrupt;
mod lists;
mod question;
pub mod rehearse;
#[cfg(test)]
pub mod replay;
pub mod review;
pub mod session;
pub mod stored;
pub mod terminal;
pub mod wizard;

use crate::error::Result;
use crate::planfile::EditablePlan;
use std::io::IsTerminal;

pub use terminal::Terminal;

/// What the wizard needs from a person.
pub trait Prompter {
    /// Announce a new step.
    fn heading(&mut self, title: &str, index: usize, total: usize);
    /// Show a note (help, coaching, a correction).
    fn note(&mut self, text: &str);
    /// One line of text that `check` accepts: a rejected line is refused at
    /// the prompt with the reason, and asked again, never echoed as given.
    fn checked_text(
        &mut self,
        prompt: &str,
        initial: Option<&str>,
        check: &Check<'_>,
    ) -> Result<String>;
    /// Text that may be long; the terminal can hand it to `$EDITOR`, with the
    /// prompt and `help` shown at the top of the file. `check` as for
    /// [`Prompter::checked_text`].
    fn long_text(
        &mut self,
        prompt: &str,
        help: &str,
        initial: Option<&str>,
        check: &Check<'_>,
    ) -> Result<String>;
    /// Yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
    /// One of `items`.
    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize>;
    /// Any of `items`; those marked in `checked` start ticked.
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[&str],
        checked: &[bool],
    ) -> Result<Vec<usize>>;
}

/// Whether a typed answer will do: `Err` holds the reason, shown at the prompt.
pub type Check<'a> = dyn Fn(&str) -> std::result::Result<(), String> + 'a;

/// Called after every answer with the plan so far; saves it.
pub type Saver<'a> = dyn FnMut(&mut EditablePlan) -> Result<()> + 'a;

/// The first line of a text, cut to `max` characters, with `…` when
/// anything was left out: answers in echoes, menus and the review.
pub fn first_line(text: &str, max: usize) -> String {
    let text = text.trim();
    let line = text.lines().next().unwrap_or("");
    let mut out: String = line.chars().take(max).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// The answer typed at a long-text prompt to open `$EDITOR` instead.
pub const EDIT_COMMAND: &str = "/e";

/// Whether a person can be asked: stdin and stderr are both terminals.
pub fn has_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The message wherever a terminal is needed and missing.
pub fn no_terminal(command: &str) -> crate::error::Error {
    crate::error::Error::failed(
        format!("{command} needs a terminal to ask its questions"),
        "run it in a terminal, or script it: --no-input with --answers FILE and/or --set KEY=VALUE",
    )
}

/// Ask a one-letter choice on stderr and read the answer as a line from
/// stdin, the way `visudo` does, so that it works from a script too. True
/// for `yes`, false for `no` or the end of input.
pub fn line_choice(prompt: &str, yes: char, no: char) -> Result<bool> {
    use std::io::BufRead;
    let mut stdin = std::io::stdin().lock();
    loop {
        interrupt::check()?;
        say_inline!("{prompt} ");
        let mut line = String::new();
        let read = stdin.read_line(&mut line).map_err(|e| {
            crate::error::Error::io("cannot read the answer", e, "answer in a terminal")
        })?;
        if read == 0 {
            say!();
            return Ok(false);
        }
        match line.trim().chars().next().map(|c| c.to_ascii_lowercase()) {
            Some(c) if c == yes => return Ok(true),
            Some(c) if c == no => return Ok(false),
            _ => say!("Type {yes} or {no}."),
        }
    }
}
