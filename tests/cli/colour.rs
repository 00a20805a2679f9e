//! Colour in what `plan check` and `plan list` print: as rustc and clippy
//! show diagnostics (an error red, a warning yellow, a note cyan), a plan's
//! status and what is due by kind; `--color`, `NO_COLOR` and
//! `CLICOLOR_FORCE` decide, as for every other output.

use crate::plan;
use std::fs;
use std::path::Path;

const ESC: char = '\u{1b}';

/// A plans folder holding the examples and a broken plan.
fn plans(dir: &Path) {
    let plans = dir.join("plans");
    fs::create_dir(&plans).unwrap();
    for name in ["missed-deadlines", "meeting-behaviour"] {
        fs::copy(
            crate::root().join(format!("examples/{name}.toml")),
            plans.join(format!("{name}.toml")),
        )
        .unwrap();
    }
    fs::write(plans.join("broken.toml"), "schema = 1\n[meeting\n").unwrap();
}

/// `plan ARGS` with `env` set, on 10 December 2026: its stdout.
fn stdout(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = plan(dir);
    cmd.args(args).env("PLAN_TODAY", "2026-12-10");
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    String::from_utf8(cmd.output().unwrap().stdout).unwrap()
}

/// `text` without its colour codes.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == ESC {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn check_and_list_colour_their_output_when_asked_and_only_then() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plans(d);
    let check = ["check", "plans/missed-deadlines.toml"];
    for args in [
        &check[..],
        &["list"],
        &["list", "--due"],
        &["list", "--with", "Jordan"],
    ] {
        let never = stdout(d, &[args, &["--color", "never"]].concat(), &[]);
        assert!(!never.contains(ESC), "{args:?}: {never}");
        for (flags, env) in [
            (vec!["--color", "always"], vec![]),
            (vec![], vec![("CLICOLOR_FORCE", "1")]),
        ] {
            let coloured = stdout(d, &[args, &flags[..]].concat(), &env);
            assert!(
                coloured.contains(ESC),
                "{args:?} {flags:?} {env:?}: {coloured}"
            );
            // The same text, in colour.
            assert_eq!(plain(&coloured), never, "{args:?} {flags:?} {env:?}");
        }
        for env in [
            vec![("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
            vec![("NO_COLOR", "1")],
        ] {
            let out = stdout(d, args, &env);
            assert!(!out.contains(ESC), "{args:?} {env:?}: {out}");
        }
    }
}

#[test]
fn severities_statuses_and_due_kinds_have_their_colours() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plans(d);
    let red = "\u{1b}[31m\u{1b}[1m";
    let yellow = "\u{1b}[33m\u{1b}[1m";
    let cyan = "\u{1b}[36m\u{1b}[1m";
    let check = stdout(
        d,
        &["check", "plans/missed-deadlines.toml", "--color", "always"],
        &[],
    );
    assert!(
        check.contains(&format!("{yellow}warning[action-overdue]")),
        "{check}"
    );
    assert!(
        check.contains(&format!("{cyan}info[check-in-due]")),
        "{check}"
    );
    let broken = stdout(d, &["check", "plans/broken.toml", "--color", "always"], &[]);
    assert!(
        broken.contains(&format!("{red}error[unreadable]")),
        "{broken}"
    );
    let list = stdout(d, &["list", "--color", "always"], &[]);
    assert!(list.contains(&format!("{red}unreadable")), "{list}");
    assert!(list.contains("\u{1b}[2mfollowed-up"), "{list}");
    let due = stdout(d, &["list", "--due", "--color", "always"], &[]);
    assert!(due.contains(&format!("{yellow}action-overdue")), "{due}");
    assert!(due.contains(&format!("{red}unreadable")), "{due}");
}
