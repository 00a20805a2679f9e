//! `plan`: a planner for difficult conversations.
//!
//! The catalogue and the answers (typed or scripted) fill a plan; the store
//! saves and loads it; the other commands only read it.

#![warn(missing_docs)]

pub mod brief;
pub mod catalogue;
pub mod cli;
pub mod cmd;
pub mod coach;
pub mod doc;
pub mod error;
pub mod followup;
pub mod interrupt;
pub mod invite;
pub mod model;
pub mod prompt;
pub mod render;
pub mod store;
pub mod value;
pub mod wizard;

use anyhow::Result;
use cli::{Cli, Command};

/// Run one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::New(args) => cmd::new::run(args),
        Command::Render(args) => cmd::render::run(args),
        Command::Summary(args) => cmd::summary::run(args),
        Command::Invite(args) => cmd::invite::run(args),
        Command::Templates(command) => cmd::templates::run(command),
    }
}
