//! Streams that cannot be written (issue 16, item 1): with stderr or stdout
//! on `/dev/full`, `plan` ends with its own exit code, never a panic (101,
//! or 134 when the panic aborts). An error still exits 1; a result that
//! cannot be written to stdout is an error, said on stderr when it can be;
//! a message that cannot be written to stderr changes nothing. Every plan is
//! byte for byte as it was after a command that only reads it.

use crate::root;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Which streams go to `/dev/full`.
#[derive(Debug, Clone, Copy)]
enum Full {
    Stderr,
    Stdout,
    Both,
}

const ALL: [Full; 3] = [Full::Stderr, Full::Stdout, Full::Both];

fn dev_full() -> Stdio {
    Stdio::from(File::options().write(true).open("/dev/full").unwrap())
}

/// Run `plan ARGS` in `dir` (as `crate::plan` does: pinned, no stdin, a
/// time limit) with `full` on `/dev/full`; the other stream is captured.
fn run(dir: &Path, args: &[&str], full: Full) -> Output {
    let mut cmd = Command::new("timeout");
    crate::pinned(&mut cmd, dir)
        .arg("20")
        .arg(env!("CARGO_BIN_EXE_plan"))
        .args(args)
        .stdin(Stdio::null());
    if matches!(full, Full::Stderr | Full::Both) {
        cmd.stderr(dev_full());
    }
    if matches!(full, Full::Stdout | Full::Both) {
        cmd.stdout(dev_full());
    }
    cmd.output().unwrap()
}

/// Run `plan ARGS` with `full` on `/dev/full`, expecting exit `code`, and
/// check that `plan_file` was not touched. The captured stream, if any.
fn ends_with(dir: &Path, plan_file: &Path, args: &[&str], full: Full, code: i32) -> Output {
    let before = fs::read(plan_file).unwrap();
    let out = run(dir, args, full);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(code),
        "`plan {}` with {full:?} on /dev/full: {stderr}",
        args.join(" ")
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        fs::read(plan_file).unwrap(),
        before,
        "`plan {}` with {full:?} on /dev/full changed {}",
        args.join(" "),
        plan_file.display()
    );
    out
}

/// A copy of the missed-deadlines example (followed up) in `dir`.
fn example(dir: &Path) -> PathBuf {
    let path = dir.join("p.toml");
    fs::copy(root().join("examples/missed-deadlines.toml"), &path).unwrap();
    path
}

#[test]
fn an_error_exits_1_when_stderr_or_stdout_cannot_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = example(d);
    for full in ALL {
        for args in [
            &["render", "nonexist.toml"][..],
            &["render", "nonexist.toml", "-o", "b.md"],
            &["check", "nonexist.toml"],
            &["summary", "nonexist.toml"],
            &["invite", "nonexist.toml"],
            &[
                "edit",
                "nonexist.toml",
                "--no-input",
                "--set",
                "meeting.with=Bo",
            ],
        ] {
            let out = ends_with(d, &p, args, full, 1);
            // With stderr writable, the error is said there (`plan check`
            // reports a missing plan as a finding, which could not be printed).
            if let Full::Stdout = full {
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(
                    stderr.contains("nonexist.toml: no such file")
                        || stderr.contains("cannot write to standard output"),
                    "{args:?}: {stderr}"
                );
            }
        }
        assert!(!d.join("b.md").exists());
        // A usage mistake keeps its own code.
        ends_with(d, &p, &["render", "p.toml", "--bogus"], full, 2);
    }
}

#[test]
fn a_file_written_with_o_is_a_success_when_stderr_is_full() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = example(d);
    for (args, file) in [
        (&["render", "p.toml", "-o", "b.md"][..], "b.md"),
        (&["render", "p.toml", "-o", "b.html"], "b.html"),
        (&["summary", "p.toml", "-o", "f.md"], "f.md"),
        (&["invite", "p.toml", "-o", "i.ics"], "i.ics"),
    ] {
        // What a run with both streams writable writes.
        let ok = crate::plan(d).args(args).assert().success();
        let want = fs::read(d.join(file)).unwrap();
        assert!(String::from_utf8_lossy(&ok.get_output().stderr).contains("Wrote"));
        for full in ALL {
            fs::remove_file(d.join(file)).unwrap();
            let out = ends_with(d, &p, args, full, 0);
            assert_eq!(fs::read(d.join(file)).unwrap(), want, "{args:?} {full:?}");
            if let Full::Stderr = full {
                assert!(out.stdout.is_empty(), "{args:?} printed on stdout");
            }
        }
    }
}

#[test]
fn a_result_that_cannot_be_written_to_stdout_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = example(d);
    // A plan in PLAN_DIR, for `plan list` to show.
    crate::plan(d)
        .args(["example", "missed-deadlines"])
        .assert()
        .success();
    for args in [
        &["render", "p.toml"][..],
        &["render", "p.toml", "--format", "html"],
        &["render", "p.toml", "-o", "-"],
        &["summary", "p.toml"],
        &["invite", "p.toml"],
        &["check", "p.toml"],
        &["check", "p.toml", "--format", "json"],
        &["list"],
        &["list", "--due"],
        &["example"],
        &["completions", "bash"],
        &["man"],
        &["--help"],
        &["render", "--help"],
        &["--version"],
    ] {
        // Only stderr full: the result is on stdout, and the code is 0.
        let out = ends_with(d, &p, args, Full::Stderr, 0);
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
        // Stdout full: exit 1, saying so on stderr when it can.
        let out = ends_with(d, &p, args, Full::Stdout, 1);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
        ends_with(d, &p, args, Full::Both, 1);
    }
}

#[test]
fn new_and_edit_save_the_plan_whatever_the_streams() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = example(d);
    let set = ["--set", "meeting.with=Bo Lind"];
    for (i, full) in ALL.into_iter().enumerate() {
        // `plan new` prints the new plan's path on stdout: on a full stdout
        // the plan is saved and the command says it could not print it.
        let name = format!("n{i}");
        let code = if let Full::Stderr = full { 0 } else { 1 };
        let mut args = vec!["new", "--no-input", &name];
        args.extend(set);
        ends_with(d, &p, &args, full, code);
        let saved = fs::read_to_string(d.join(format!("plans/{name}.toml"))).unwrap();
        assert!(saved.contains("with = \"Bo Lind\""), "{saved}");

        // `plan edit` prints nothing on stdout: its note is all that is lost.
        let copy = d.join(format!("e{i}.toml"));
        fs::copy(&p, &copy).unwrap();
        let out = run(
            d,
            &[
                "edit",
                copy.to_str().unwrap(),
                "--no-input",
                "--set",
                "meeting.with=Bo Lind",
            ],
            full,
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{full:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            fs::read_to_string(&copy)
                .unwrap()
                .contains("with = \"Bo Lind\"")
        );
    }
}
