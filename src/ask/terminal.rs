//! A person at a terminal, through dialoguer: the only module that touches it.
//!
//! Prompts and notes go to stderr; stdout is kept for results.

use super::{EDIT_COMMAND, Prompter, editor, interrupt};
use crate::error::{Error, Result};
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input, MultiSelect, Select};
use std::path::PathBuf;

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

/// Map a prompt failure: Ctrl-C becomes [`Error::Interrupted`], with the cursor shown again.
fn interrupted(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    let _ = console::Term::stderr().show_cursor();
    if io.kind() == std::io::ErrorKind::Interrupted {
        return interrupt::interrupted();
    }
    Error::io(
        "cannot read from the terminal",
        io,
        "run plan in a terminal, or script it with --no-input",
    )
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
        interrupt::check()?;
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
            match editor::edit(&self.edit_dir, initial.unwrap_or("")) {
                Ok(text) => return Ok(text),
                Err(e @ Error::Interrupted { .. }) => return Err(e),
                Err(e) => self.note(&format!(
                    "{e}\nType the answer here instead, or try {EDIT_COMMAND} again."
                )),
            }
        }
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        interrupt::check()?;
        Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            // A habitual Enter after y/n must not answer the next question.
            .wait_for_newline(true)
            .interact()
            .map_err(interrupted)
    }

    fn select(&mut self, prompt: &str, items: &[&str], default: usize) -> Result<usize> {
        interrupt::check()?;
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact()
            .map_err(interrupted)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[&str],
        checked: &[bool],
    ) -> Result<Vec<usize>> {
        interrupt::check()?;
        MultiSelect::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .defaults(checked)
            .interact()
            .map_err(interrupted)
    }
}
