//! `plan`: a planner for difficult conversations.
//!
//! Data flows one way. The question catalogue and the answers (typed at the
//! terminal, or given by flags and files) fill a plan; the plan file code
//! loads and saves it; `new` and `summary` write it, `render` and `invite`
//! only read it; and only the shareable view reaches what the other person
//! receives. `ARCHITECTURE.md` has the map.

#![warn(missing_docs)]

pub mod artefacts;
mod ask;
pub mod cli;
mod cmd;
pub mod error;
pub mod planfile;
pub mod questions;

pub use error::{Error, Result};

use cli::{Cli, Command};

/// Run one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::New(args) => cmd::new::run(args),
        Command::Render(args) => cmd::render::run(args),
        Command::Summary(args) => cmd::summary::run(args),
        Command::Invite(args) => cmd::invite::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::List(args) => cmd::list::run(args),
        Command::Templates(command) => cmd::templates::run(command),
    }
}

/// Run a command line and report its error: the exit code for `main`.
///
/// `exit` is how the process ends when a Ctrl-C cannot be turned into a
/// value in time (see `ask::interrupt`); only `main` owns it.
pub fn main_with(cli: Cli, exit: fn(i32) -> !) -> i32 {
    ask::interrupt::set_exit(exit);
    match run(cli) {
        Ok(()) => 0,
        Err(err @ Error::Interrupted { .. }) => {
            eprintln!("\n{}", error::printable(&err.to_string()));
            err.exit_code()
        }
        Err(err) => {
            // Messages quote paths, keys and values: none may reach the terminal raw.
            eprintln!("error: {}", error::printable(&err.to_string()));
            err.exit_code()
        }
    }
}
