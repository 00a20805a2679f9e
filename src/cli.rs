//! The command line: commands and flags (clap derive).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Plan a difficult conversation, walk in with a one-page brief, and send a
/// fair written follow-up afterwards.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Prepare a conversation: asks the questions step by step, saving as it goes.
    New(NewArgs),
}

/// Answers given without prompting, shared by the commands that ask questions.
#[derive(Debug, Args, Default)]
pub struct ScriptArgs {
    /// Take answers from a TOML file shaped like a plan (any part of one).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Give one answer by its dotted key, e.g. `--set meeting.with="Sam Lee"`.
    /// Repeat for more; a list key takes one entry per `--set`. Wins over --answers.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,

    /// Never prompt: write what was given and leave the rest for later.
    #[arg(long)]
    pub no_input: bool,
}

/// `plan new`.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// A path to a .toml file, or a bare name kept in $PLAN_DIR. Without it,
    /// the name is made from the person and the date.
    #[arg(value_name = "PLAN")]
    pub plan: Option<String>,

    /// Continue an unfinished plan at the first unanswered question.
    #[arg(long, requires = "plan", conflicts_with = "force")]
    pub resume: bool,

    /// Replace an existing plan file.
    #[arg(long)]
    pub force: bool,

    /// Ask only the essentials, for a short conversation.
    #[arg(long)]
    pub quick: bool,

    /// Scripted answers.
    #[command(flatten)]
    pub script: ScriptArgs,
}
