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
mod example;
mod examples;
mod habits;
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

/// A `plan` command with its own empty PLAN_DIR, no stdin, the time zone
/// [`TZ`] and a time limit, so a prompt that waits on a missing terminal
/// fails instead of hanging.
pub fn plan(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("plan").unwrap();
    cmd.current_dir(dir)
        .env("PLAN_DIR", dir.join("plans"))
        .env("TZ", TZ)
        .env_remove("EDITOR")
        .env_remove("VISUAL")
        .timeout(Duration::from_secs(20))
        .write_stdin("");
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
