//! Ctrl-C: restore the terminal, say where the draft is, exit 130.
//!
//! Saves hold a lock while they write, so an interrupt never lands between
//! writing the temporary file and renaming it.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

static SAVING: Mutex<()> = Mutex::new(());
static EXITING: Mutex<()> = Mutex::new(());
static DRAFT: Mutex<Option<(PathBuf, String)>> = Mutex::new(None);

/// Exit status after an interrupt (128 + SIGINT).
pub const EXIT_INTERRUPTED: i32 = 130;

/// Held while a save is in progress.
pub fn hold() -> MutexGuard<'static, ()> {
    SAVING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Remember the draft being written, and the whole command that resumes it.
pub fn set_draft(path: PathBuf, resume: String) {
    *DRAFT.lock().unwrap_or_else(|e| e.into_inner()) = Some((path, resume));
}

/// Install the Ctrl-C handler (once per process).
pub fn install() {
    // Failing to install only loses the friendly message; the default still exits.
    let _ = ctrlc::set_handler(|| exit_interrupted());
}

/// Restore the cursor, say how to resume, and exit with 130.
pub fn exit_interrupted() -> ! {
    // Whoever comes second (signal thread or prompt) waits here for the exit.
    let _exiting = EXITING.lock().unwrap_or_else(|e| e.into_inner());
    let _saving = hold();
    let _ = console::Term::stderr().show_cursor();
    let draft = DRAFT.lock().unwrap_or_else(|e| e.into_inner()).clone();
    match draft {
        Some((path, resume)) => eprintln!(
            "\nInterrupted. Your answers so far are saved in {path}\nPick up where you left off with: {resume}",
            path = path.display()
        ),
        None => eprintln!("\nInterrupted before anything was saved."),
    }
    std::process::exit(EXIT_INTERRUPTED)
}
