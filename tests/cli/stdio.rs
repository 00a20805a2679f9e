//! Streams that cannot be written (issue 16, item 1): with stderr or stdout
//! on `/dev/full`, `plan` ends with its own exit code, never a panic (101,
//! or 134 when the panic aborts). An error still exits 1; a result that
//! cannot be written to stdout is an error, said on stderr when it can be;
//! a message that cannot be written to stderr changes nothing. Every plan is
//! byte for byte as it was after a command that only reads it.

use crate::harness::{Done, Full, Test};

/// `plan ARGS` with `full` on `/dev/full`, expecting exit `code`, no panic,
/// and the test's `p.toml` (the missed-deadlines example, followed up)
/// untouched.
fn ends_with(t: &Test, args: &[&str], full: Full, code: i32) -> Done {
    t.plan(args)
        .full(full)
        .keeps("p.toml")
        .code(code)
        .stderr_lacks("panicked")
}

#[test]
fn an_error_exits_1_when_stderr_or_stdout_cannot_be_written() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    for full in Full::ALL {
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
            let out = ends_with(&t, args, full, 1);
            // With stderr writable, the error is said there (`plan check`
            // reports a missing plan as a finding, which could not be printed).
            if let Full::Stdout = full {
                assert!(
                    out.stderr.contains("nonexist.toml: no such file")
                        || out.stderr.contains("cannot write to standard output"),
                    "{}",
                    out.described()
                );
            }
        }
        assert!(!t.exists("b.md"));
        // A usage mistake keeps its own code.
        ends_with(&t, &["render", "p.toml", "--bogus"], full, 2);
    }
}

#[test]
fn a_file_written_with_o_is_a_success_when_stderr_is_full() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    for (args, file) in [
        (&["render", "p.toml", "-o", "b.md"][..], "b.md"),
        (&["render", "p.toml", "-o", "b.html"], "b.html"),
        (&["summary", "p.toml", "-o", "f.md"], "f.md"),
        (&["invite", "p.toml", "-o", "i.ics"], "i.ics"),
    ] {
        // What a run with both streams writable writes.
        t.plan(args).succeeds().stderr_has("Wrote");
        let want = t.bytes(file);
        for full in Full::ALL {
            std::fs::remove_file(t.join(file)).unwrap();
            let out = ends_with(&t, args, full, 0);
            assert_eq!(t.bytes(file), want, "{args:?} {full:?}");
            if let Full::Stderr = full {
                out.no_stdout();
            }
        }
    }
}

#[test]
fn a_result_that_cannot_be_written_to_stdout_is_an_error_not_a_panic() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    // A plan in PLAN_DIR, for `plan list` to show.
    t.plan(["example", "missed-deadlines"]).succeeds();
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
        let out = ends_with(&t, args, Full::Stderr, 0);
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
        // Stdout full: exit 1, saying so on stderr when it can.
        ends_with(&t, args, Full::Stdout, 1).stderr_has("cannot write to standard output");
        ends_with(&t, args, Full::Both, 1);
    }
}

#[test]
fn new_and_edit_save_the_plan_whatever_the_streams() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    let set = ["--set", "meeting.with=Bo Lind"];
    for (i, full) in Full::ALL.into_iter().enumerate() {
        // `plan new` prints the new plan's path on stdout: on a full stdout
        // the plan is saved and the command says it could not print it.
        let name = format!("n{i}");
        let code = if let Full::Stderr = full { 0 } else { 1 };
        let mut args = vec!["new", "--no-input", &name];
        args.extend(set);
        ends_with(&t, &args, full, code);
        let saved = t.read(format!("plans/{name}.toml"));
        assert!(saved.contains("with = \"Bo Lind\""), "{saved}");

        // `plan edit` prints nothing on stdout: its note is all that is lost.
        let copy = format!("e{i}.toml");
        t.write(&copy, t.bytes("p.toml"));
        t.plan(["edit", &copy, "--no-input", "--set", "meeting.with=Bo Lind"])
            .full(full)
            .succeeds();
        assert!(t.read(&copy).contains("with = \"Bo Lind\""));
    }
}
