//! The command line: commands and flags (clap derive).

use crate::artefacts::card::Paper;
use crate::artefacts::output::{ArtefactOptions, Format};
use crate::artefacts::report::ReportFormat;
use crate::questions::catalogue::Step;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Plan a difficult conversation, walk in with a one-page brief, and send a
/// fair written follow-up afterwards.
#[derive(Debug, Parser)]
#[command(name = "plan", version, about, long_about = None, after_help = examples(&[
    "plan new sam-lee                 prepare, step by step",
    "plan render sam-lee -o brief.html  the one-page brief",
    "plan summary sam-lee             after the meeting: the follow-up",
    "plan example                     a complete plan to try them on",
]))]
pub struct Cli {
    /// When to use colour: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// When to colour what `plan` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set (`CLICOLOR_FORCE` forces it on).
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// An "Examples:" block for the end of a command's help.
fn examples(lines: &[&str]) -> String {
    let mut out = String::from("Examples:");
    for line in lines {
        out.push_str("\n  ");
        out.push_str(line);
    }
    out
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Prepare a conversation: asks the questions step by step, saving as it goes.
    #[command(after_help = examples(&[
        "plan new                         asks everything; names the file after the person",
        "plan new sam-lee --resume        carry on where you stopped",
    ]))]
    New(NewArgs),
    /// Change answers in a plan: a step at a time, in your editor, or by flags.
    #[command(after_help = examples(&[
        "plan edit sam-lee --step explore  ask the Explore questions again",
        "plan edit sam-lee --editor        the whole file, checked when you save",
        "plan edit sam-lee --no-input --unset 'explore.questions[2]'",
    ]))]
    Edit(EditArgs),
    /// Print the private brief for a plan, in Markdown or HTML, or the card
    /// to take into the room.
    #[command(after_help = examples(&[
        "plan render sam-lee              Markdown on stdout",
        "plan render sam-lee -o brief.html  a printable page, readable by you only",
        "plan render sam-lee --card -o card.html  one A5 page for the room",
    ]))]
    Render(RenderArgs),
    /// After the meeting: record what happened and print the follow-up to send.
    #[command(after_help = examples(&[
        "plan summary sam-lee             asks what happened, prints the follow-up",
        "plan summary sam-lee -o follow-up.html",
    ]))]
    Summary(SummaryArgs),
    /// Record a check-in on the agreed actions: each done, still open or
    /// dropped, with a note; what was said; the next check-in.
    ///
    /// Asks about each open action in turn; with --no-input, --done N and
    /// --drop N (numbered from 1, as `plan check` numbers them) say which
    /// changed. Each check-in is kept in the plan after the earlier ones, and
    /// an action done or dropped is never overdue again.
    #[command(name = "check-in", after_help = examples(&[
        "plan check-in sam-lee                      asks about each open action",
        "plan check-in sam-lee --no-input --done 2 --next \"in 2 weeks\"",
        "plan check-in sam-lee --no-input --drop 3 --note \"no longer needed\"",
    ]))]
    CheckIn(CheckInArgs),
    /// Rehearse the conversation in the terminal: each step with its share
    /// of the time, then 'what if' cards from your derailers and leanings.
    ///
    /// Each step shows what to say or ask and its share of the booked time,
    /// with a clock of the time so far (nothing is timed out); Enter moves
    /// on. Each card shows a moment, takes your answer (typed, or said
    /// aloud and Enter), then shows the reminder and your "do" lines to
    /// compare. The last rehearsal (its day, the time per step, the cards to
    /// practise again) is kept in the plan, private; Ctrl-C stops and keeps
    /// what is done.
    #[command(after_help = examples(&[
        "plan rehearse sam-lee              the whole run-through",
        "plan rehearse sam-lee --again      only the cards marked to practise again",
        "plan rehearse sam-lee --no-input   print it as a script",
    ]))]
    Rehearse(RehearseArgs),
    /// Write an iCalendar file: the meeting, the check-in and the agreed actions.
    #[command(after_help = examples(&["plan invite sam-lee -o meeting.ics"]))]
    Invite(InviteArgs),
    /// Look for what tends to go wrong in plans: why and yes/no questions,
    /// judgements passed off as facts, missing pieces, what is overdue.
    #[command(after_help = examples(&[
        "plan check sam-lee               findings, grouped by file",
        "plan check plans/*.toml --strict fail on warnings too",
    ]))]
    Check(CheckArgs),
    /// List the plans in a folder: who, when, where each stands, what is due.
    ///
    /// Each plan is read as `plan render` and `plan check` read it. One that
    /// cannot be read is a row with the status "unreadable" and the first line
    /// of its error; a note on stderr says how many there were, and the exit
    /// code stays 0.
    #[command(after_help = examples(&[
        "plan list --due                  what needs you now",
        "plan list --with Sam             the history with one person",
    ]))]
    List(ListArgs),
    /// Write a complete example plan into your plan folder, to try `plan` on.
    ///
    /// The plan is written as $PLAN_DIR/NAME.toml (private, mode 0600), ready
    /// for `plan render NAME`, `plan summary NAME` and `plan check NAME`
    /// without answering a question. Without NAME, writes missed-deadlines;
    /// --list names them all. A plan already there is never replaced unless
    /// it is the unchanged example or you pass --force; --as writes under
    /// another name.
    #[command(after_help = examples(&[
        "plan example                     writes missed-deadlines",
        "plan render missed-deadlines     then its brief (or summary, check)",
        "plan example --list              the examples, a line on each",
        "plan example meeting-behaviour --as practice  under a name of your own",
    ]))]
    Example(ExampleArgs),
    /// Set up a plan folder; with --encrypt, every plan saved there from now
    /// on is encrypted (age) to the folder's recipients, as `pass` does.
    ///
    /// Writes DIR/.age-recipients (DIR is $PLAN_DIR unless given): one
    /// public key a line, yours unless --recipient says whose; a co-manager
    /// or an HR partner is one more line. Plans already there stay as they
    /// are until `plan encrypt --all`.
    #[command(after_help = examples(&[
        "plan keygen && plan init --encrypt   encrypt your plans to your own key",
        "plan init --encrypt --recipient age1… --recipient \"ssh-ed25519 AAAA…\"",
        "plan encrypt --all                   then encrypt the plans already there",
    ]))]
    Init(InitArgs),
    /// Make an age identity to encrypt plans to and open them with, and
    /// print its public key.
    ///
    /// The identity is written (mode 0600) to your config folder
    /// ($XDG_CONFIG_HOME/plan/identity.txt); PLAN_IDENTITY names another
    /// (an age identity file or an SSH key), and ~/.ssh/id_ed25519 is used
    /// when there is neither. Keep a copy somewhere safe: a plan encrypted
    /// to it cannot be read without it.
    #[command(after_help = examples(&["plan keygen                      writes the identity, prints age1…"]))]
    Keygen(KeygenArgs),
    /// Encrypt plans in place (NAME.toml becomes NAME.toml.age), to the
    /// folder's recipients or, for one plan, a passphrase of its own.
    ///
    /// An encrypted plan given again is encrypted anew, to the recipients
    /// listed now: run `plan encrypt --all` after adding one.
    #[command(after_help = examples(&[
        "plan encrypt sam-lee             to the recipients in .age-recipients",
        "plan encrypt --all               every plan in $PLAN_DIR",
        "plan encrypt --passphrase sam-lee  a passphrase for this plan alone",
    ]))]
    Encrypt(EncryptArgs),
    /// Decrypt plans in place (NAME.toml.age becomes NAME.toml), every byte
    /// of the plan as it was before it was encrypted.
    #[command(after_help = examples(&[
        "plan decrypt sam-lee",
        "plan decrypt --all               every plan in $PLAN_DIR",
    ]))]
    Decrypt(DecryptArgs),
    /// Work with the templates artefacts are made from.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Print a completion script for a shell (plan names included where a plan goes).
    #[command(after_help = examples(&[
        "plan completions bash > ~/.local/share/bash-completion/completions/plan",
        "plan completions fish > ~/.config/fish/completions/plan.fish",
    ]))]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    #[command(after_help = examples(&[
        "plan man > ~/.local/share/man/man1/plan.1",
        "plan man | man -l -",
    ]))]
    Man,
}

/// clap reads the library's own enums (formats, steps) through their
/// names and lines: the library knows nothing of the command line.
macro_rules! value_enum {
    ($($ty:ty),*) => {$(
        impl clap::ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                <$ty>::ALL
            }

            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                Some(clap::builder::PossibleValue::new(self.name()).help(self.about()))
            }
        }
    )*};
}

value_enum!(Format, ReportFormat, Step, Paper);

/// `plan check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Plans: paths, or bare names kept in $PLAN_DIR.
    #[arg(value_name = "PLAN", required = true)]
    pub plans: Vec<String>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t)]
    pub format: ReportFormat,

    /// Fail on warnings too, not only on errors.
    #[arg(long)]
    pub strict: bool,
}

/// `plan check-in`.
#[derive(Debug, Args)]
pub struct CheckInArgs {
    /// The plan: a path, or a bare name kept in $PLAN_DIR.
    #[arg(value_name = "PLAN")]
    pub plan: String,

    /// Mark action N done (numbered from 1); may be given more than once.
    #[arg(long, value_name = "N")]
    pub done: Vec<usize>,

    /// Mark action N dropped (numbered from 1); may be given more than once.
    #[arg(long, value_name = "N")]
    pub drop: Vec<usize>,

    /// A note kept with each action this check-in marks done or dropped.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// What was said at the check-in (private).
    #[arg(long, value_name = "TEXT")]
    pub said: Option<String>,

    /// The next check-in, as a date in words (14 Dec, in 2 weeks).
    #[arg(long, value_name = "DATE")]
    pub next: Option<String>,

    /// The day of the check-in, if not today.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,

    /// Ask nothing: record only what the flags say.
    #[arg(long)]
    pub no_input: bool,
}

/// `plan rehearse`.
#[derive(Debug, Args)]
pub struct RehearseArgs {
    /// The plan: a path, or a bare name kept in $PLAN_DIR.
    #[arg(value_name = "PLAN")]
    pub plan: String,

    /// Only the 'what if' cards marked to practise again last time.
    #[arg(long)]
    pub again: bool,

    /// Ask nothing: print the run-through as a script, on stdout.
    #[arg(long)]
    pub no_input: bool,
}

/// `plan list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// The folder of plans [default: $PLAN_DIR].
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Only what needs you now: follow-ups to write, overdue actions,
    /// check-ins due, plans for the next seven days with errors, and every
    /// plan that cannot be read.
    #[arg(long)]
    pub due: bool,

    /// The history with one person, oldest first (case, accents and a
    /// first name alone match). A plan that cannot be read cannot say who
    /// it is with: it is left out, and a note says how many there were.
    #[arg(long, value_name = "NAME")]
    pub with: Option<String>,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t)]
    pub format: ReportFormat,
}

/// `plan init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The plan folder [default: $PLAN_DIR].
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// Encrypt every plan saved in the folder from now on.
    #[arg(long)]
    pub encrypt: bool,

    /// A public key to encrypt to (age1… or an SSH public key, quoted);
    /// repeat for more [default: your identity's].
    #[arg(long, value_name = "KEY", requires = "encrypt")]
    pub recipient: Vec<String>,

    /// Replace the folder's recipients file if it has one.
    #[arg(long, requires = "encrypt")]
    pub force: bool,
}

/// `plan keygen`.
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Replace the identity already there (plans encrypted to it can then
    /// be read only with a copy of it).
    #[arg(long)]
    pub force: bool,
}

/// The plans `plan encrypt` and `plan decrypt` take.
#[derive(Debug, Args)]
pub struct WhichPlans {
    /// Plans: paths, or bare names kept in $PLAN_DIR.
    #[arg(
        value_name = "PLAN",
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub plans: Vec<String>,

    /// Every plan in $PLAN_DIR.
    #[arg(long)]
    pub all: bool,
}

/// `plan encrypt`.
#[derive(Debug, Args)]
pub struct EncryptArgs {
    /// The plans to encrypt.
    #[command(flatten)]
    pub which: WhichPlans,

    /// Encrypt one plan with a passphrase of its own instead (asked twice).
    #[arg(long, conflicts_with = "all")]
    pub passphrase: bool,
}

/// `plan decrypt`.
#[derive(Debug, Args)]
pub struct DecryptArgs {
    /// The plans to decrypt.
    #[command(flatten)]
    pub which: WhichPlans,
}

/// `plan example`.
#[derive(Debug, Args)]
pub struct ExampleArgs {
    /// The example to write.
    #[arg(value_name = "NAME", default_value = crate::artefacts::examples::DEFAULT,
          value_parser = example_names(), conflicts_with = "list")]
    pub name: String,

    /// Write it as this plan instead of NAME: a bare name kept in $PLAN_DIR,
    /// or a path.
    #[arg(long = "as", value_name = "PLAN", conflicts_with = "list")]
    pub as_plan: Option<String>,

    /// Replace a plan of that name.
    #[arg(long, conflicts_with = "list")]
    pub force: bool,

    /// Name the examples, with a line on each, and write nothing.
    #[arg(long)]
    pub list: bool,
}

/// The built-in examples' names, each with its line, for help and completion.
fn example_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        crate::artefacts::examples::BUILTIN
            .iter()
            .map(|e| clap::builder::PossibleValue::new(e.name).help(e.about())),
    )
}

/// How an artefact made from a template is written.
#[derive(Debug, Args)]
pub struct ArtefactArgs {
    /// Output format [default: from the -o file name, else md].
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<Format>,

    /// Write to this file (private, mode 0600) instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// A folder of templates that replace the built-in ones of the same name
    /// [default: $PLAN_DIR/templates when it exists].
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

impl ArtefactArgs {
    /// The flags as the library takes them.
    pub fn options(&self) -> ArtefactOptions {
        ArtefactOptions {
            format: self.format,
            output: self.output.clone(),
            templates: self.templates.clone(),
        }
    }
}

/// `plan render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The plan: a path, or a bare name kept in $PLAN_DIR.
    #[arg(value_name = "PLAN")]
    pub plan: String,

    /// The card to take into the room instead of the brief: what you will
    /// say and ask, the agenda's clock, your fallback; nothing private.
    #[arg(long)]
    pub card: bool,

    /// The paper the HTML card prints on [default: a5].
    #[arg(long, value_enum, value_name = "SIZE")]
    pub paper: Option<Paper>,

    /// Format, file and templates.
    #[command(flatten)]
    pub artefact: ArtefactArgs,
}

/// `plan summary`.
#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// The plan: a path, or a bare name kept in $PLAN_DIR.
    #[arg(value_name = "PLAN")]
    pub plan: String,

    /// Ask the questions again, starting from the answers already recorded.
    #[arg(long)]
    pub edit: bool,

    /// Format, file and templates.
    #[command(flatten)]
    pub artefact: ArtefactArgs,

    /// Scripted answers.
    #[command(flatten)]
    pub script: ScriptArgs,
}

/// `plan invite`.
#[derive(Debug, Args)]
pub struct InviteArgs {
    /// The plan: a path, or a bare name kept in $PLAN_DIR.
    #[arg(value_name = "PLAN")]
    pub plan: String,

    /// Write to this file (such as meeting.ics) instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `plan templates …`.
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the built-in templates to a folder, to start your own from.
    #[command(after_help = examples(&[
        "plan templates export ~/.local/share/plan/templates",
    ]))]
    Export {
        /// Where to write them (created if needed).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Replace templates already there.
        #[arg(long)]
        force: bool,
    },
}

/// Answers given without prompting, shared by the commands that ask questions.
#[derive(Debug, Args, Default)]
pub struct ScriptArgs {
    /// Take answers from a TOML file shaped like a plan (any part of one).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Give one answer by its dotted key, e.g. `--set meeting.with="Sam Lee"`.
    /// Repeat for more; a list key takes one entry per `--set`, and the
    /// entries given replace the list. Wins over --answers.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,

    /// Append one entry to a list, keeping the entries already there,
    /// e.g. `--add explore.questions="What would help?"`. Repeat for more.
    #[arg(long = "add", value_name = "KEY=VALUE")]
    pub add: Vec<String>,

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

    /// Plan the next conversation after PREV: the same person and place,
    /// with PREV's actions and check-in shown as context.
    #[arg(long, value_name = "PREV", conflicts_with = "resume")]
    pub follow_up: Option<String>,

    /// Encrypt this plan with a passphrase of its own (asked twice; a
    /// script may set PLAN_PASSPHRASE).
    #[arg(long, conflicts_with = "resume")]
    pub passphrase: bool,

    /// Scripted answers.
    #[command(flatten)]
    pub script: ScriptArgs,
}

/// `plan edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The plan: a path, or a bare name kept in $PLAN_DIR.
    #[arg(value_name = "PLAN")]
    pub plan: String,

    /// Go straight to one step instead of choosing from the list.
    #[arg(long, value_enum, value_name = "STEP", conflicts_with_all = ["editor", "no_input"])]
    pub step: Option<Step>,

    /// Edit the whole plan file in $VISUAL or $EDITOR; it is checked when you save.
    #[arg(long, conflicts_with_all = ["no_input", "set", "add", "unset", "answers"])]
    pub editor: bool,

    /// Remove an answer, or one entry of a list by its number as error
    /// messages show it, e.g. `--unset explore.questions[2]`. Repeat for more.
    #[arg(long = "unset", value_name = "KEY")]
    pub unset: Vec<String>,

    /// Scripted answers.
    #[command(flatten)]
    pub script: ScriptArgs,
}

impl ScriptArgs {
    /// The answers given up front, for the questions module.
    pub fn given(&self) -> crate::planfile::provided::Given<'_> {
        crate::planfile::provided::Given {
            answers: self.answers.as_deref(),
            set: &self.set,
            add: &self.add,
        }
    }
}
