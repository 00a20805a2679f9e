//! `plan check`: findings, exit codes, the JSON shape, unreadable files.

use crate::{fixture, plan, root};
use predicates::prelude::*;
use std::fs;

const TODAY: &str = "2026-12-01";

fn example(name: &str) -> String {
    root()
        .join(format!("examples/{name}.toml"))
        .display()
        .to_string()
}

/// A plan with every piece the method needs, and one yes/no question.
const WARNED: &str = r#"schema = 1
status = "ready"
[meeting]
with = "Sam Lee"
when = 2026-12-20T10:00:00
duration_minutes = 45
[open]
mutual_purpose = "Reports the team can rely on."
[[prepare.evidence]]
fact = "The report due 3 Nov arrived 10 Nov."
source = "written"
date = 2026-11-10
[explore]
questions = ["What happened with the report?", "Did you read my email?"]
[summarize]
fallback = "expect"
"#;

#[test]
fn good_plans_pass_and_warnings_fail_only_when_strict() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        // Long before any example's meeting, whatever dates they hold.
        .env("PLAN_TODAY", "2000-01-01")
        .args([
            "check",
            &example("missed-deadlines"),
            &example("meeting-behaviour"),
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("no findings"));
    fs::write(dir.path().join("w.toml"), WARNED).unwrap();
    plan(dir.path())
        .env("PLAN_TODAY", TODAY)
        .args(["check", "w.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "warning[closed-question] explore.questions[2]",
        ))
        .stdout(predicate::str::contains("What did you make of my email?"));
    plan(dir.path())
        .env("PLAN_TODAY", TODAY)
        .args(["check", "w.toml", "--strict"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("1 warning found"));
}

#[test]
fn errors_fail_and_an_unreadable_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.toml"), "schema = 1\n").unwrap();
    let out = plan(dir.path())
        .env("PLAN_TODAY", TODAY)
        .args([
            "check",
            fixture("load", "syntax.toml").to_str().unwrap(),
            "missing.toml",
            "empty.toml",
        ])
        .assert()
        .code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.contains("syntax.toml:\n  error[unreadable]: "),
        "{stdout}"
    );
    assert!(stdout.contains("missing.toml: no such file"), "{stdout}");
    for rule in [
        "no-mutual-purpose",
        "no-facts",
        "too-few-questions",
        "no-fallback",
    ] {
        assert!(
            stdout.contains(&format!("error[{rule}]")),
            "{rule}: {stdout}"
        );
    }
    assert!(stdout.contains("3 plans checked"), "{stdout}");
}

/// The keys of every object in a JSON array, read by a small scanner that
/// knows the shape `plan` writes: one object per line.
fn object_keys(line: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("{\"").or_else(|| rest.find(", \"")) {
        let from = &rest[start..];
        let open = from.find('"').unwrap() + 1;
        let close = open + from[open..].find('"').unwrap();
        keys.push(from[open..close].to_string());
        // Skip the value: a string with escapes, or a bare word.
        let after = &from[close + 3..];
        let skip = if let Some(s) = after.strip_prefix('"') {
            let mut i = 0;
            let b = s.as_bytes();
            while b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i + 2
        } else {
            after.find([',', '}']).unwrap()
        };
        rest = &after[skip..];
    }
    keys
}

#[test]
fn json_is_an_array_of_objects_with_exactly_six_keys() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("w.toml"),
        WARNED.replace("Did you", "Why did you \\\"quote\\\" and"),
    )
    .unwrap();
    fs::write(dir.path().join("bad.toml"), "schema = 1\n[meeting\n").unwrap();
    let out = plan(dir.path())
        .env("PLAN_TODAY", TODAY)
        .args(["check", "w.toml", "bad.toml", "--format", "json"])
        .assert()
        .code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        stdout.starts_with("[\n") && stdout.ends_with("]\n"),
        "{stdout}"
    );
    let objects: Vec<&str> = stdout
        .lines()
        .filter(|l| l.trim_start().starts_with('{'))
        .collect();
    assert!(objects.len() >= 2, "{stdout}");
    for o in &objects {
        assert_eq!(
            object_keys(o),
            ["file", "rule", "severity", "key", "message", "hint"],
            "{o}"
        );
    }
    assert!(stdout.contains(
        r#""rule": "why-question", "severity": "warning", "key": "explore.questions[2]""#
    ));
    assert!(stdout.contains(r#""file": "bad.toml", "rule": "unreadable", "severity": "error""#));
    // An empty result is still an array.
    plan(dir.path())
        .env("PLAN_TODAY", "2000-01-01")
        .args(["check", &example("missed-deadlines"), "-f", "json"])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn what_is_due_after_the_meeting_follows_plan_today() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture("list", "jose-2026-11-20.toml");
    let path = path.to_str().unwrap();
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-01")
        .args(["check", path])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("warning[follow-up-due] outcome"))
        .stdout(predicate::str::contains(
            "warning[action-overdue] outcome.actions[1].due",
        ))
        .stdout(predicate::str::contains(
            "info[check-in-due] outcome.next_check_in",
        ));
    let path = fixture("list", "jose-2026-10-01.toml");
    plan(dir.path())
        .env("PLAN_TODAY", "2026-10-09")
        .args(["check", path.to_str().unwrap()])
        .assert()
        .stdout(predicate::str::contains("action-overdue").not())
        .stdout(predicate::str::contains("check-in-due").not())
        .stdout(predicate::str::contains("follow-up-due").not());
}

#[test]
fn the_same_rules_note_no_input_answers_and_open_the_brief() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--no-input",
            "--set",
            "explore.questions=Tell me why you skipped the review.",
            "--set",
            "explore.questions=Did you read my email?",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("explore.questions[1]"))
        .stderr(predicate::str::contains(
            "explore.questions[2]: Can be answered with a yes or a no",
        ))
        .stderr(predicate::str::contains(
            "try: \"What did you make of my email?\"",
        ));
    for format in ["md", "html"] {
        plan(dir.path())
            .args(["render", "p.toml", "--format", format])
            .assert()
            .success()
            .stdout(predicate::str::contains("6 things to look at first"))
            .stdout(predicate::str::contains("Your 1st question"))
            .stdout(predicate::str::contains("explore.questions[1]").not())
            .stdout(predicate::str::contains("What did you make of my email?"));
    }
}

/// A fact that stops where a pattern expects more ("hard to" at its end)
/// is checked, rendered and coached like any other, not a crash.
#[test]
fn a_fact_cut_off_after_a_pattern_is_checked_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let text = WARNED.replace(
        "The report due 3 Nov arrived 10 Nov.",
        "What made it hard to…",
    );
    fs::write(dir.path().join("cut.toml"), text).unwrap();
    for args in [
        vec!["check", "cut.toml"],
        vec!["render", "cut.toml"],
        vec!["render", "cut.toml", "--card"],
    ] {
        let out = plan(dir.path())
            .env("PLAN_TODAY", TODAY)
            .args(&args)
            .output()
            .unwrap();
        let code = out.status.code();
        assert!(matches!(code, Some(0 | 1)), "{args:?} exited {code:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
