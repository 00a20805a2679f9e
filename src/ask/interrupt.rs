//! Ctrl-C as a value, never an exit.
//!
//! At a prompt the terminal is in raw mode, so Ctrl-C arrives as a key and
//! the prompt returns [`Error::Interrupted`]. Anywhere else a SIGINT only
//! raises a flag, which the wizard checks before every question; `main` then
//! exits with 130 after everything on the way out has cleaned up. While
//! `$EDITOR` runs, the signal belongs to the editor (vim uses Ctrl-C itself):
//! it is ignored, and only an editor killed by it ends the wizard, after its
//! file is removed.

use crate::error::{Error, Result};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);
static CHILDREN: AtomicUsize = AtomicUsize::new(0);
static DRAFT: Mutex<Option<(PathBuf, String)>> = Mutex::new(None);

/// Remember the draft being written, and the whole command that resumes it.
pub fn set_draft(path: PathBuf, resume: String) {
    *DRAFT.lock().unwrap_or_else(|e| e.into_inner()) = Some((path, resume));
}

/// The error for an interrupt, saying where the draft is.
pub fn interrupted() -> Error {
    let draft = DRAFT.lock().unwrap_or_else(|e| e.into_inner()).clone();
    Error::Interrupted { draft }
}

/// Install the Ctrl-C handler (once per process): it only raises a flag.
pub fn install() {
    // Failing to install (already installed) leaves the first handler in place.
    let _ = ctrlc::set_handler(|| {
        if CHILDREN.load(Ordering::SeqCst) == 0 {
            PENDING.store(true, Ordering::SeqCst);
        }
    });
}

/// `Err(Interrupted)` if Ctrl-C was pressed since the last check.
pub fn check() -> Result<()> {
    if PENDING.swap(false, Ordering::SeqCst) {
        Err(interrupted())
    } else {
        Ok(())
    }
}

/// Marks a child process (the editor) as running; Ctrl-C goes to it alone.
pub struct ChildGuard(());

impl ChildGuard {
    /// Start ignoring Ctrl-C until the guard is dropped.
    pub fn new() -> Self {
        CHILDREN.fetch_add(1, Ordering::SeqCst);
        ChildGuard(())
    }
}

impl Default for ChildGuard {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        CHILDREN.fetch_sub(1, Ordering::SeqCst);
    }
}
