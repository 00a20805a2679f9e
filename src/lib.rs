//! `plan`: a planner for difficult conversations.
//!
//! Data flows one way. The question catalogue and the answers (typed at the
//! terminal, or given by flags and files) fill a plan; the plan file code
//! loads and saves it; `new`, `edit` and `summary` write it (`example`
//! copies a built-in one), `render`, `check`, `list` and `invite` only read
//! it; and only the shareable view reaches what the other person receives.
//! `ARCHITECTURE.md` has the map.

#![warn(missing_docs)]
// Messages go through `say!`, results through `artefacts::output::print`:
// neither panics when its stream cannot be written (see `stdio`).
#![deny(clippy::print_stderr, clippy::print_stdout)]

#[macro_use]
mod stdio;

pub mod artefacts;
mod ask;
pub mod check;
pub mod cli;
mod cmd;
pub mod dates;
pub mod error;
pub mod planfile;
pub mod questions;

pub use error::{Error, Result};

use cli::{Cli, Command};

/// Run one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::New(args) => cmd::new::run(args),
        Command::Edit(args) => cmd::edit::run(args),
        Command::Render(args) => cmd::render::run(args),
        Command::Summary(args) => cmd::summary::run(args),
        Command::CheckIn(args) => cmd::check_in::run(args),
        Command::Rehearse(args) => cmd::rehearse::run(args),
        Command::Invite(args) => cmd::invite::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::List(args) => cmd::list::run(args),
        Command::Init(args) => cmd::init::run(args),
        Command::Keygen(args) => cmd::keygen::run(args),
        Command::Encrypt(args) => cmd::encrypt::run(args),
        Command::Decrypt(args) => cmd::decrypt::run(args),
        Command::Example(args) => cmd::example::run(args),
        Command::Templates(command) => cmd::templates::run(command),
        Command::Completions { shell } => cmd::completions::run(shell),
        Command::Man => cmd::man::run(),
    }
}

/// Run a command line and report its error: the exit code for `main`.
///
/// `exit` is how the process ends when a Ctrl-C cannot be turned into a
/// value in time (see `ask::interrupt`); only `main` owns it.
pub fn main_with(cli: Cli, exit: fn(i32) -> !) -> i32 {
    ask::interrupt::set_exit(exit);
    // Passphrases are asked at the terminal, which only `ask` touches.
    planfile::sealed::set_prompt(ask::terminal::passphrase);
    set_colour(cli.color);
    match dates::check_today_var().and_then(|()| run(cli)) {
        Ok(()) => 0,
        Err(err) => report(err),
    }
}

/// Show what clap stopped at (help, the version, a usage mistake): the
/// exit code for `main`. Help or a version that cannot be written to stdout
/// fails as any other result would; a reader that stopped early does not.
pub fn main_with_clap_error(err: clap::Error) -> i32 {
    use std::io::Write;
    let printed = err.print().and_then(|()| std::io::stdout().flush());
    match printed {
        Err(e) if !err.use_stderr() && e.kind() != std::io::ErrorKind::BrokenPipe => {
            report(Error::io(
                "cannot write to standard output",
                e,
                "check where the output is going",
            ))
        }
        _ => err.exit_code(),
    }
}

/// Print an error on stderr (a failed write there is dropped): its exit code.
fn report(err: Error) -> i32 {
    if let Error::Interrupted { .. } | Error::RehearsalInterrupted(_) = err {
        say!("\n{}", error::printable(&err.to_string()));
    } else {
        // Messages quote paths, keys and values: none may reach the terminal raw.
        let label = console::style("error:").for_stderr().red().bold();
        say!("{label} {}", error::printable(&err.to_string()));
    }
    err.exit_code()
}

/// Settle colour once for stdout and stderr: `--color`, then `NO_COLOR`
/// (any value turns it off), then `CLICOLOR_FORCE` (turns it on), then
/// whether each stream is a terminal.
fn set_colour(choice: cli::ColorChoice) {
    use std::io::IsTerminal;
    let env_set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    let decide = |is_terminal: bool| match choice {
        cli::ColorChoice::Always => true,
        cli::ColorChoice::Never => false,
        cli::ColorChoice::Auto if env_set("NO_COLOR") => false,
        cli::ColorChoice::Auto if env_set("CLICOLOR_FORCE") => {
            std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| v != "0")
        }
        cli::ColorChoice::Auto => is_terminal,
    };
    console::set_colors_enabled(decide(std::io::stdout().is_terminal()));
    console::set_colors_enabled_stderr(decide(std::io::stderr().is_terminal()));
}
