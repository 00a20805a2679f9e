//! Messages on stderr that never panic.
//!
//! `eprintln!` panics when stderr cannot be written (`2>/dev/full`, a closed
//! pipe), which would turn a finished command, or a reported error, into an
//! abort. Every message goes through [`say!`] (a line) or [`say_inline!`]
//! (no newline, for a prompt) instead: a failed write is dropped, as there is
//! nowhere left to report it, and the command ends with its own exit code.
//! Results go to stdout through `artefacts::output::print`, which returns an
//! error instead. Clippy's `print_stderr` and `print_stdout` lints (denied in
//! `lib.rs`) keep the std macros out.

use std::fmt;
use std::io::Write;

/// Write a line to stderr, like `eprintln!`, ignoring a failed write.
macro_rules! say {
    () => {
        $crate::stdio::to_stderr(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::stdio::to_stderr(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// Write to stderr without a newline, like `eprint!`, ignoring a failed write.
macro_rules! say_inline {
    ($($arg:tt)*) => {
        $crate::stdio::to_stderr(format_args!($($arg)*))
    };
}

/// Write to stderr, dropping any failure: a message that cannot be shown
/// must not change how the command ends.
pub fn to_stderr(args: fmt::Arguments<'_>) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.flush());
}
