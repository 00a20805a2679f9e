//! A person at a terminal, through dialoguer: the only module that touches it.
//!
//! Prompts and notes go to stderr; stdout is kept for results.

use super::{Check, EDIT_COMMAND, Prompter, editor, interrupt};
use crate::error::{Error, Result};
use dialoguer::theme::{ColorfulTheme, Theme};
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

impl Terminal {
    /// One line from dialoguer, refused with `check`'s reason until it
    /// passes; echoed as given when `report`.
    fn input(
        &mut self,
        prompt: &str,
        initial: Option<&str>,
        check: &Check<'_>,
        report: bool,
    ) -> Result<String> {
        interrupt::check()?;
        let mut input = Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .report(report)
            .validate_with(|line: &String| check(line));
        if let Some(initial) = initial {
            input = input.with_initial_text(initial);
        }
        input.interact_text().map_err(interrupted)
    }

    /// Say back an answer under its prompt, as dialoguer would: its first
    /// line, shortened.
    fn echo(&self, prompt: &str, answer: &str) {
        let mut line = String::new();
        if self
            .theme
            .format_input_prompt_selection(&mut line, prompt, &super::first_line(answer, 60))
            .is_ok()
        {
            say!("{line}");
        }
    }
}

/// Map a prompt failure: Ctrl-C becomes [`Error::Interrupted`], with the cursor shown again.
/// Ask for a passphrase at the terminal, not echoed; a new one twice, until
/// both match. What `planfile::sealed` is handed to ask with.
pub fn passphrase(prompt: &str, new: bool) -> Result<String> {
    interrupt::check()?;
    let _kept = interrupt::SecretGuard::new();
    let theme = ColorfulTheme::default();
    let mut ask = dialoguer::Password::with_theme(&theme).with_prompt(prompt);
    if new {
        ask = ask.with_confirmation(
            "The same again, to be sure",
            "The two were not the same; try again.",
        );
    }
    ask.interact().map_err(interrupted)
}

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
        say!(
            "\n{}",
            style.apply_to(format!("── {title} ({index}/{total}) ──"))
        );
    }

    fn note(&mut self, text: &str) {
        say!("{}", console::style(text).dim());
    }

    fn checked_text(
        &mut self,
        prompt: &str,
        initial: Option<&str>,
        check: &Check<'_>,
    ) -> Result<String> {
        self.input(prompt, initial, check, true)
    }

    fn long_text(
        &mut self,
        prompt: &str,
        help: &str,
        initial: Option<&str>,
        check: &Check<'_>,
    ) -> Result<String> {
        // A multi-line answer can't be edited on one line: offer the editor with it.
        let kept = initial.filter(|t| t.contains('\n'));
        let one_line = initial.filter(|t| !t.contains('\n'));
        if kept.is_some() {
            self.note(&format!(
                "Your current answer has several lines; type {EDIT_COMMAND} to edit it, Enter to keep it."
            ));
        }
        // `/e` and, with several lines kept, Enter are not answers to check.
        let allowed = |line: &str| {
            let line = line.trim();
            if line == EDIT_COMMAND || (line.is_empty() && kept.is_some()) {
                return Ok(());
            }
            check(line)
        };
        loop {
            // Not echoed by dialoguer: `/e` is no answer to show.
            let line = self.input(prompt, one_line, &allowed, false)?;
            if line.trim() != EDIT_COMMAND {
                let answer = match kept {
                    Some(kept) if line.trim().is_empty() => kept.to_string(),
                    _ => line,
                };
                self.echo(prompt, &answer);
                return Ok(answer);
            }
            // A missing or failing editor costs nothing: say why and ask again.
            match editor::edit_answer(&self.edit_dir, prompt, help, initial.unwrap_or("")) {
                Ok(text) => {
                    self.echo(prompt, &text);
                    return Ok(text);
                }
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_echo_is_the_first_line_shortened() {
        assert_eq!(crate::ask::first_line("Short.", 60), "Short.");
        assert_eq!(crate::ask::first_line("One.\nTwo.", 60), "One.…");
        assert_eq!(
            crate::ask::first_line(&"a".repeat(70), 60),
            format!("{}…", "a".repeat(60))
        );
        assert_eq!(crate::ask::first_line("", 60), "");
    }
}
