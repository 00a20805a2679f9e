//! Ctrl-C as a value.
//!
//! At a prompt the terminal is in raw mode, so Ctrl-C arrives as a key and
//! the prompt returns [`Error::Interrupted`]. Anywhere else a SIGINT raises a
//! flag, which every prompt checks before it asks; `main` then exits with 130
//! after everything on the way out has cleaned up. While `$EDITOR` runs, the
//! signal belongs to the editor (vim uses Ctrl-C itself): it is ignored, and
//! only an editor killed by it ends the wizard, after its file is removed.
//!
//! One case cannot become a value: a Ctrl-C that lands in the instant before
//! a prompt switches the terminal to raw mode, after the flag was checked;
//! the prompt then waits for a key that will not come. If nothing has taken
//! the flag up a moment later, the exit function `main` handed over is
//! called (library code never exits the process itself).

use crate::error::{Error, Result};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

static PENDING: AtomicBool = AtomicBool::new(false);
static HANDLED: AtomicBool = AtomicBool::new(false);
static DURING_CHILD: AtomicBool = AtomicBool::new(false);
static EXIT: OnceLock<fn(i32) -> !> = OnceLock::new();

/// How long a raised flag may wait for the wizard to take it up.
const GRACE: Duration = Duration::from_millis(300);
static CHILDREN: AtomicUsize = AtomicUsize::new(0);
/// The terminal's settings from before a passphrase prompt turned echo off,
/// put back if a Ctrl-C ends the process while it reads.
static SETTINGS: Mutex<Option<rustix::termios::Termios>> = Mutex::new(None);
static DRAFT: Mutex<Option<(PathBuf, String)>> = Mutex::new(None);

/// Remember the draft being written, and the whole command that resumes it.
pub fn set_draft(path: PathBuf, resume: String) {
    *DRAFT.lock().unwrap_or_else(|e| e.into_inner()) = Some((path, resume));
}

/// Hand over how to end the process: `main` owns the exit.
pub fn set_exit(exit: fn(i32) -> !) {
    let _ = EXIT.set(exit);
}

/// The error for an interrupt, saying where the draft is.
pub fn interrupted() -> Error {
    HANDLED.store(true, Ordering::SeqCst);
    let draft = DRAFT.lock().unwrap_or_else(|e| e.into_inner()).clone();
    Error::Interrupted { draft }
}

/// Install the Ctrl-C handler (once per process): it raises the flag.
pub fn install() {
    // Failing to install (already installed) leaves the first handler in place.
    let _ = ctrlc::set_handler(|| {
        if CHILDREN.load(Ordering::SeqCst) > 0 {
            DURING_CHILD.store(true, Ordering::SeqCst);
            return;
        }
        PENDING.store(true, Ordering::SeqCst);
        std::thread::sleep(GRACE);
        let stuck = PENDING.load(Ordering::SeqCst)
            && !HANDLED.load(Ordering::SeqCst)
            && CHILDREN.load(Ordering::SeqCst) == 0;
        if let (true, Some(exit)) = (stuck, EXIT.get()) {
            let _ = console::Term::stderr().show_cursor();
            restore_settings();
            let err = interrupted();
            say!("\n{err}");
            exit(err.exit_code());
        }
    });
}

/// Put back the terminal's settings kept by a [`SecretGuard`], if any.
fn restore_settings() {
    let kept = SETTINGS.lock().unwrap_or_else(|e| e.into_inner()).take();
    if let Some(settings) = kept {
        let stdin = std::io::stdin();
        let _ =
            rustix::termios::tcsetattr(&stdin, rustix::termios::OptionalActions::Now, &settings);
    }
}

/// Kept while a prompt reads a passphrase with echo off: a Ctrl-C that
/// ends the process then leaves the terminal as it was, echo on.
pub struct SecretGuard(());

impl SecretGuard {
    /// Keep the terminal's settings now, and take Ctrl-C as a value.
    pub fn new() -> Self {
        install();
        let settings = rustix::termios::tcgetattr(std::io::stdin()).ok();
        *SETTINGS.lock().unwrap_or_else(|e| e.into_inner()) = settings;
        SecretGuard(())
    }
}

impl Default for SecretGuard {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for SecretGuard {
    fn drop(&mut self) {
        SETTINGS.lock().unwrap_or_else(|e| e.into_inner()).take();
    }
}

/// `Err(Interrupted)` if Ctrl-C was pressed since the last check.
pub fn check() -> Result<()> {
    if PENDING.load(Ordering::SeqCst) {
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
        DURING_CHILD.store(false, Ordering::SeqCst);
        CHILDREN.fetch_add(1, Ordering::SeqCst);
        ChildGuard(())
    }

    /// Whether Ctrl-C was pressed while the child ran.
    pub fn saw_ctrl_c(&self) -> bool {
        DURING_CHILD.load(Ordering::SeqCst)
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
