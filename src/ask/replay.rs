//! Canned replies for the wizard, so it can be tested without a terminal.

use super::{Check, Prompter};
use crate::error::{Error, Result};
use std::collections::VecDeque;

/// A canned reply for [`Replay`].
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
    /// Ctrl-C, at any prompt.
    CtrlC,
}

/// Replays replies in order; for tests. Records what it was shown.
#[derive(Debug, Default)]
pub struct Replay {
    replies: VecDeque<Reply>,
    /// Every heading, prompt and note, in order.
    pub transcript: Vec<String>,
}

impl Replay {
    /// A script of replies.
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        Replay {
            replies: replies.into_iter().collect(),
            transcript: Vec::new(),
        }
    }

    fn next(&mut self, prompt: &str) -> Result<Reply> {
        self.transcript.push(format!("? {prompt}"));
        match self.replies.pop_front() {
            Some(Reply::CtrlC) => Err(Error::Interrupted { draft: None }),
            Some(reply) => Ok(reply),
            None => Err(Error::plain(format!(
                "script ran out of replies at {prompt:?}"
            ))),
        }
    }

    /// Replies not used.
    pub fn remaining(&self) -> usize {
        self.replies.len()
    }
}

impl Prompter for Replay {
    fn heading(&mut self, title: &str, index: usize, total: usize) {
        self.transcript.push(format!("# {title} ({index}/{total})"));
    }
    fn note(&mut self, text: &str) {
        self.transcript.push(format!("  {text}"));
    }
    /// A reply the check refuses is recorded as `✘ reason` and the next
    /// reply is taken, as the terminal asks again.
    fn checked_text(
        &mut self,
        prompt: &str,
        initial: Option<&str>,
        check: &Check<'_>,
    ) -> Result<String> {
        if let Some(initial) = initial {
            self.transcript.push(format!("  [initial: {initial}]"));
        }
        loop {
            match self.next(prompt)? {
                Reply::Text(t) => match check(&t) {
                    Ok(()) => return Ok(t),
                    Err(why) => self.transcript.push(format!("  ✘ {why}")),
                },
                other => {
                    return Err(Error::plain(format!(
                        "expected text at {prompt:?}, script has {other:?}"
                    )));
                }
            }
        }
    }
    fn long_text(
        &mut self,
        prompt: &str,
        _help: &str,
        initial: Option<&str>,
        check: &Check<'_>,
    ) -> Result<String> {
        self.checked_text(prompt, initial, check)
    }
    /// The default is recorded as `[default: yes]` or `[default: no]`.
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<bool> {
        let default = if default { "yes" } else { "no" };
        self.transcript.push(format!("  [default: {default}]"));
        match self.next(prompt)? {
            Reply::Yes => Ok(true),
            Reply::No => Ok(false),
            other => Err(Error::plain(format!(
                "expected yes/no at {prompt:?}, script has {other:?}"
            ))),
        }
    }
    fn select(&mut self, prompt: &str, items: &[&str], _default: usize) -> Result<usize> {
        match self.next(prompt)? {
            Reply::Pick(i) if i < items.len() => Ok(i),
            other => Err(Error::plain(format!(
                "expected a pick at {prompt:?}, script has {other:?}"
            ))),
        }
    }
    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[&str],
        _checked: &[bool],
    ) -> Result<Vec<usize>> {
        match self.next(prompt)? {
            Reply::Picks(v) if v.iter().all(|i| *i < items.len()) => Ok(v),
            other => Err(Error::plain(format!(
                "expected picks at {prompt:?}, script has {other:?}"
            ))),
        }
    }
}
