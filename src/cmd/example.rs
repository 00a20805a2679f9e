//! `plan example`: a built-in example plan, written into the plan folder so
//! that a new user can render, summarise and check a complete plan at once.

use crate::artefacts::examples::{self, Example};
use crate::artefacts::output::print;
use crate::cli::ExampleArgs;
use crate::error::ShowPath;
use crate::error::{Error, Result, printable};
use crate::planfile;
use std::path::Path;

/// Run `plan example`.
pub fn run(args: ExampleArgs) -> Result<()> {
    if args.list {
        return print(&list());
    }
    // clap checks the name against the same table; this is for callers that don't.
    let example = examples::find(&args.name).ok_or_else(|| {
        Error::usage(
            format!("there is no example `{}`", args.name.escape_debug()),
            format!("the examples are {}", examples::names()),
        )
    })?;
    let shown = args.as_plan.as_deref().unwrap_or(example.name);
    let path = planfile::resolve(shown)?;
    planfile::ensure_private_dir(&planfile::folder_of(&path))?;
    let _lock = planfile::lock(&path)?;
    if is_unchanged_copy(&path, example) {
        say!(
            "{} is already there, unchanged.",
            printable(&path.shown().to_string())
        );
    } else {
        if path.symlink_metadata().is_ok() && !args.force {
            return Err(Error::failed(
                format!("{} already exists", path.shown()),
                format!(
                    "replace it with `plan example {} --force`, or write the example under another name: `plan example {} --as {}-2`",
                    command_tail(example, &args),
                    example.name,
                    example.name
                ),
            ));
        }
        planfile::write_plan(&path, example.text.as_bytes(), args.force)?;
        say!("Example written: {}.", example.about());
    }
    let shown = printable(shown);
    say!(
        "Next: `plan render {shown}` for the brief; then try `plan summary {shown}` (the follow-up) and `plan check {shown}`."
    );
    print(&format!("{}\n", path.shown()))
}

/// The examples, a line each: the name, then what the conversation is about.
fn list() -> String {
    let width = examples::BUILTIN
        .iter()
        .map(|e| e.name.len())
        .max()
        .unwrap_or(0);
    examples::BUILTIN
        .iter()
        .map(|e| format!("{:width$}  {}\n", e.name, e.about()))
        .collect()
}

/// Whether `path` is a regular file holding exactly the example: writing it
/// again would change nothing, so it is no reason to refuse.
fn is_unchanged_copy(path: &Path, example: &Example) -> bool {
    if planfile::location::is_sealed(path) {
        return path.is_file()
            && planfile::load::read_text(path).is_ok_and(|text| text == example.text);
    }
    // Only a regular file of the right size is read: never a pipe or a device.
    let want = example.text.len() as u64;
    match planfile::load::open_to_read(path) {
        Ok(planfile::load::Opened::Regular(file, meta)) if meta.len() == want => {
            planfile::load::read_at_most(file, want, want)
                .is_ok_and(|bytes| bytes.is_ok_and(|b| b == example.text.as_bytes()))
        }
        _ => false,
    }
}

/// The arguments that name what is being written, for the `--force` hint.
fn command_tail(example: &Example, args: &ExampleArgs) -> String {
    match &args.as_plan {
        Some(name) => format!("{} --as {}", example.name, printable(name)),
        None => example.name.to_string(),
    }
}
