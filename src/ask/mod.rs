//! Asking: the wizard, the one seam to the terminal, the editor, interrupts.

pub mod editor;
pub mod interrupt;
#[cfg(test)]
pub mod replay;
pub mod terminal;
pub mod wizard;

use crate::error::Result;
use std::io::IsTerminal;

pub use terminal::Terminal;

/// What the wizard needs from a person.
pub trait Prompter {
    /// Announce a new step.
    fn heading(&mut self, title: &str, index: usize, total: usize);
    /// Show a note (help, coaching, a correction).
    fn note(&mut self, text: &str);
    /// One line of text; `initial` is pre-filled for editing.
    fn text(&mut self, prompt: &str, initial: Option<&str>) -> Result<String>;
    /// Text that may be long; the terminal can hand it to `$EDITOR`.
    fn long_text(&mut self, prompt: &str, initial: Option<&str>) -> Result<String>;
    /// Yes or no.
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool>;
    /// One of `items`.
    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize>;
    /// Any of `items`.
    fn multi_select(&mut self, prompt: &str, items: &[&str]) -> Result<Vec<usize>>;
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
