//! The one integration harness: every area is a module, fixtures live in
//! `tests/fixtures/<area>/`.

// Tests print paths to the developer, for whom `Path::display` is right.
#![allow(clippy::disallowed_methods)]

mod card;
mod check;
mod check_in;
mod coaching;
mod colour;
mod dst;
mod due;
mod edit;
mod encrypt;
mod example;
mod examples;
mod habits;
mod harness;
mod hostile;
mod hostile_files;
mod hostile_paths;
mod hostile_text;
mod layers;
mod list;
mod load;
mod new;
mod props;
mod pty;
mod rehearse;
mod render;
mod robust;
mod stdio;
mod summary;

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The time zone every test runs `plan` in, so invites (whose times are
/// converted from local time to UTC) are the same on every machine.
pub const TZ: &str = "Europe/London";

/// The day every test runs `plan` on (`PLAN_TODAY`), unless it names
/// another: Tuesday 1 December 2026. Every example's meeting has been held
/// by then (27 November and this afternoon), and nothing the examples agreed
/// is due yet (the first action falls due today, the first check-in on 4
/// December). A test that is about another day says so with its own
/// `PLAN_TODAY`; none reads the real clock.
pub const TODAY: &str = "2026-12-01";

/// `command`, run in `dir` as every test runs `plan`: its own PLAN_DIR
/// (`dir/plans`), the time zone [`TZ`], the day [`TODAY`], no editor and
/// no colour settings, its own home and config folders (so no identity but
/// one the test makes), whatever the environment of `cargo test` holds.
pub fn pinned<'a>(
    command: &'a mut std::process::Command,
    dir: &Path,
) -> &'a mut std::process::Command {
    command
        .current_dir(dir)
        .env("PLAN_DIR", dir.join("plans"))
        .env("TZ", TZ)
        .env("PLAN_TODAY", TODAY)
        .env_remove("EDITOR")
        .env_remove("VISUAL")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        // Keys and passphrases: the test's own, never the developer's.
        .env("HOME", dir.join("home"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env_remove("PLAN_IDENTITY")
        .env_remove("PLAN_PASSPHRASE")
        .env_remove("XDG_RUNTIME_DIR")
}

/// The `plan` built for these tests, run in `dir` as [`pinned`] says.
pub fn plan_command(dir: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_plan"));
    pinned(&mut command, dir);
    command
}

/// A `plan` command as [`pinned`] runs it, with no stdin and a time limit,
/// so a prompt that waits on a missing terminal fails instead of hanging.
pub fn plan(dir: &Path) -> Command {
    let mut cmd = Command::from_std(plan_command(dir));
    cmd.timeout(Duration::from_secs(20)).write_stdin("");
    cmd
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture file of an area.
pub fn fixture(area: &str, name: &str) -> PathBuf {
    root().join("tests/fixtures").join(area).join(name)
}

/// The permission bits of a file.
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}
