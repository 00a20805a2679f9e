//! The one seam between the wizard and whoever answers it.
//!
//! [`Terminal`] asks a person through dialoguer (the only module that touches
//! it); [`Script`] replays canned replies so the wizard can be tested without
//! a terminal. Prompts and notes go to stderr; stdout is kept for results.

use anyhow::{Context, Result};
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, MultiSelect, Select};
use std::collections::VecDeque;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

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

/// A person at a terminal.
pub struct Terminal {
    theme: ColorfulTheme,
    /// Where `$EDITOR` temp files are made (the plan's own folder).
    edit_dir: PathBuf,
}

impl Terminal {
    /// Prompts on stderr; editor files go in `edit_dir`.
    pub fn new(edit_dir: PathBuf) -> Self {
        Terminal {
            theme: ColorfulTheme::default(),
            edit_dir,
        }
    }
}

/// Map a prompt failure: Ctrl-C ends the program the friendly way.
fn interrupted(e: dialoguer::Error) -> anyhow::Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        crate::interrupt::exit_interrupted();
    }
    anyhow::Error::new(io).context("cannot read from the terminal")
}

impl Prompter for Terminal {
    fn heading(&mut self, title: &str, index: usize, total: usize) {
        let style = console::Style::new().bold().cyan();
        eprintln!(
            "\n{}",
            style.apply_to(format!("── {title} ({index}/{total}) ──"))
        );
    }

    fn note(&mut self, text: &str) {
        eprintln!("{}", console::style(text).dim());
    }

    fn text(&mut self, prompt: &str, initial: Option<&str>) -> Result<String> {
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true);
        if let Some(initial) = initial {
            input = input.with_initial_text(initial);
        }
        input.interact_text().map_err(interrupted)
    }

    fn long_text(&mut self, prompt: &str, initial: Option<&str>) -> Result<String> {
        // A multi-line answer can't be edited on one line: offer the editor with it.
        let one_line = initial.filter(|t| !t.contains('\n'));
        if initial.is_some() && one_line.is_none() {
            self.note(&format!(
                "Your current answer has several lines; type {EDIT_COMMAND} to edit it, Enter to keep it."
            ));
        }
        loop {
            let line = self.text(prompt, one_line)?;
            if line.trim() != EDIT_COMMAND {
                if line.trim().is_empty()
                    && let Some(kept) = initial.filter(|t| t.contains('\n'))
                {
                    return Ok(kept.to_string());
                }
                return Ok(line);
            }
            // A missing or failing editor costs nothing: say why and ask again.
            match edit(&self.edit_dir, initial.unwrap_or("")) {
                Ok(text) => return Ok(text),
                Err(e) => self.note(&format!(
                    "{e:#}\nType the answer here instead, or try {EDIT_COMMAND} again."
                )),
            }
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            // A habitual Enter after y/n must not answer the next question.
            .wait_for_newline(true)
            .interact()
            .map_err(interrupted)
    }

    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize> {
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact()
            .map_err(interrupted)
    }

    fn multi_select(&mut self, prompt: &str, items: &[&str]) -> Result<Vec<usize>> {
        MultiSelect::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .interact()
            .map_err(interrupted)
    }
}

/// Write an answer in `$VISUAL`/`$EDITOR` (default `vi`).
///
/// The file is created 0600 in `dir` (the plan's folder, never a shared
/// temp folder) and removed afterwards whatever happens.
fn edit(dir: &std::path::Path, initial: &str) -> Result<String> {
    let editor = std::env::var("VISUAL")
        .ok()
        .or_else(|| std::env::var("EDITOR").ok())
        .filter(|e| !e.trim().is_empty())
        .unwrap_or_else(|| "vi".into());
    let mut file = tempfile::Builder::new()
        .prefix(".plan-answer-")
        .suffix(".md")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a file to edit in {}", dir.display()))?;
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(initial.as_bytes())?;
    file.flush()?;
    let mut words = editor.split_whitespace();
    let program = words.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(words)
        .arg(file.path())
        .status()
        .with_context(|| {
            format!(
                "cannot start the editor `{editor}`\n  hint: set EDITOR to an editor on your PATH"
            )
        })?;
    if !status.success() {
        anyhow::bail!("the editor `{editor}` exited with {status}; the answer was not saved");
    }
    let text = std::fs::read_to_string(file.path()).context("cannot read the edited answer")?;
    Ok(text)
}

/// A canned reply for [`Script`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// For `text` and `long_text`.
    Text(String),
    /// For `confirm`.
    Yes,
    /// For `confirm`.
    No,
    /// For `select`.
    Pick(usize),
    /// For `multi_select`.
    Picks(Vec<usize>),
}

/// Replays replies in order; for tests. Records what it was shown.
#[derive(Debug, Default)]
pub struct Script {
    replies: VecDeque<Reply>,
    /// Every heading, prompt and note, in order.
    pub transcript: Vec<String>,
}

impl Script {
    /// A script of replies.
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        Script {
            replies: replies.into_iter().collect(),
            transcript: Vec::new(),
        }
    }

    fn next(&mut self, prompt: &str) -> Result<Reply> {
        self.transcript.push(format!("? {prompt}"));
        self.replies
            .pop_front()
            .with_context(|| format!("script ran out of replies at {prompt:?}"))
    }

    /// Replies not used.
    pub fn remaining(&self) -> usize {
        self.replies.len()
    }
}

impl Prompter for Script {
    fn heading(&mut self, title: &str, index: usize, total: usize) {
        self.transcript.push(format!("# {title} ({index}/{total})"));
    }
    fn note(&mut self, text: &str) {
        self.transcript.push(format!("  {text}"));
    }
    fn text(&mut self, prompt: &str, initial: Option<&str>) -> Result<String> {
        if let Some(initial) = initial {
            self.transcript.push(format!("  [initial: {initial}]"));
        }
        match self.next(prompt)? {
            Reply::Text(t) => Ok(t),
            other => anyhow::bail!("expected text at {prompt:?}, script has {other:?}"),
        }
    }
    fn long_text(&mut self, prompt: &str, initial: Option<&str>) -> Result<String> {
        self.text(prompt, initial)
    }
    fn confirm(&mut self, prompt: &str, _default: bool) -> Result<bool> {
        match self.next(prompt)? {
            Reply::Yes => Ok(true),
            Reply::No => Ok(false),
            other => anyhow::bail!("expected yes/no at {prompt:?}, script has {other:?}"),
        }
    }
    fn select(&mut self, prompt: &str, items: &[&str], _default: usize) -> Result<usize> {
        match self.next(prompt)? {
            Reply::Pick(i) if i < items.len() => Ok(i),
            other => anyhow::bail!("expected a pick at {prompt:?}, script has {other:?}"),
        }
    }
    fn multi_select(&mut self, prompt: &str, items: &[&str]) -> Result<Vec<usize>> {
        match self.next(prompt)? {
            Reply::Picks(v) if v.iter().all(|i| *i < items.len()) => Ok(v),
            other => anyhow::bail!("expected picks at {prompt:?}, script has {other:?}"),
        }
    }
}
