//! `plan list`: the folder listing, `--due`, `--with`, and `plan new --follow-up`.

use crate::{fixture, plan, root};
use predicates::prelude::*;
use std::fs;

const TODAY: &str = "2026-12-01";

fn list(args: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let folder = root().join("tests/fixtures/list");
    let out = plan(dir.path())
        .env("PLAN_TODAY", TODAY)
        .arg("list")
        .arg(&folder)
        .args(args)
        .assert();
    let code = out.get_output().status.code().unwrap();
    (
        code,
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
    )
}

#[test]
fn every_plan_sorted_by_date_broken_ones_as_rows() {
    let (code, out) = list(&[]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "WHEN\tWITH\tTITLE\tSTATUS\tACTIONS\tCHECK-IN\tFILE"
    );
    let files: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.rsplit('\t').next().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "sam-2026-09-14.toml",
            "jose-2026-10-01.toml",
            "jose-2026-11-20.toml",
            "sam-2026-12-03.toml",
            "priya-2026-12-20.toml",
            "broken.toml",
        ],
        "hidden files and the templates folder are skipped:\n{out}"
    );
    // Only the latest conversation's actions are open.
    assert!(out.contains("2026-10-01\tJosé Álvarez\tHandover notes\tfollowed-up\t1\t2026-10-15\t"));
    assert!(out.contains("\tHandover, second look\theld\t2\t2026-11-30\t"));
    assert!(out.contains("-\t-\tcannot read: line 3:"), "{out}");
}

#[test]
fn due_lists_what_needs_you_now() {
    let (code, out) = list(&["--due"]);
    assert_eq!(code, 0);
    let kinds: Vec<(&str, &str)> = out
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c[1], c[4])
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("unreadable", "broken.toml"),
            // Still open where it was agreed, until a check-in records it.
            ("action-overdue", "jose-2026-10-01.toml"),
            ("check-in-due", "jose-2026-10-01.toml"),
            ("follow-up-due", "jose-2026-11-20.toml"),
            ("action-overdue", "jose-2026-11-20.toml"),
            ("check-in-due", "jose-2026-11-20.toml"),
            ("not-ready", "sam-2026-12-03.toml"),
        ],
        "{out}"
    );
}

#[test]
fn with_matches_names_loosely_oldest_first() {
    for name in ["jose", "JOSÉ ÁLVAREZ", "Jose Alvarez"] {
        let (code, out) = list(&["--with", name]);
        assert_eq!(code, 0, "{name}");
        let lines: Vec<&str> = out.lines().collect();
        assert!(
            lines[1].starts_with("2026-10-01\tHandover notes\tfollowed-up\tagreed a way forward")
        );
        assert!(
            lines[2]
                .contains("carried forward: Write the handover checklist (José, by 2026-10-10)")
        );
        assert!(
            lines[3].starts_with(
                "2026-11-20\tHandover, second look\theld\tno agreement: expectation set"
            )
        );
        assert!(
            lines[4].contains("open: Use the checklist for every handover"),
            "{out}"
        );
    }
    // Two people called Sam: the first name alone is not enough.
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args([
            "list",
            root().join("tests/fixtures/list").to_str().unwrap(),
            "--with",
            "sam",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("could be Sam Okafor or Sam Lee"));
    let (code, out) = list(&["--with", "sam lee", "--format", "json"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(r#""with": "Sam Lee", "when": "2026-12-03T09:30:00""#),
        "{out}"
    );
}

#[test]
fn json_listing_has_one_object_per_plan() {
    let (_, out) = list(&["--format", "json"]);
    assert_eq!(
        out.lines()
            .filter(|l| l.trim_start().starts_with('{'))
            .count(),
        6
    );
    assert!(out.contains(r#""file": "#));
    assert!(out.contains(r#""open_actions": 2, "next_check_in": "2026-11-30", "error": null"#));
}

#[test]
fn follow_up_starts_from_the_earlier_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    fs::create_dir(&plans).unwrap();
    fs::copy(
        fixture("list", "jose-2026-10-01.toml"),
        plans.join("jose-2026-10-01.toml"),
    )
    .unwrap();
    plan(dir.path())
        .args([
            "new",
            "--follow-up",
            "jose-2026-10-01",
            "--no-input",
            "--set",
            "meeting.when=2026-12-10 10:00",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Following up on \"Handover notes\" (1 Oct 2026) with José Álvarez.",
        ))
        .stderr(predicate::str::contains(
            "Write the handover checklist (José, by 10 Oct 2026)",
        ))
        .stderr(predicate::str::contains("Check-in agreed for 15 Oct 2026."));
    let new = plans.join("josé-álvarez-2026-12-10.toml");
    let text = fs::read_to_string(&new).unwrap();
    assert!(
        text.contains("follows = \"jose-2026-10-01.toml\""),
        "{text}"
    );
    assert!(text.contains("with = \"José Álvarez\""));
    assert!(text.contains("place = \"Room 4\""));
    assert!(text.contains("mode = \"in-person\""));
    plan(dir.path())
        .args(["render", "josé-álvarez-2026-12-10"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "**Following up on Handover notes (1 Oct 2026).**",
        ))
        .stdout(predicate::str::contains(
            "- Write the handover checklist (José, by 10 Oct 2026)",
        ));
    // A plan that cannot be read is refused before anything is written.
    plan(dir.path())
        .args(["new", "x", "--follow-up", "nope", "--no-input"])
        .assert()
        .code(1);
    assert!(!plans.join("x.toml").exists());
}

#[test]
fn bidi_characters_are_refused_in_answers_and_escaped_in_the_list() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args(["new", "x", "--no-input", "--set", "meeting.with=A\u{202E}b"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("U+202E"));
    assert!(!dir.path().join("plans/x.toml").exists());
    // A plan edited by hand to hold one is listed with it escaped.
    plan(dir.path())
        .args(["new", "sam", "--no-input", "--set", "meeting.with=Sam"])
        .assert()
        .success();
    let path = dir.path().join("plans/sam.toml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("with = \"Sam\"", "with = \"Sam\\u202Elive\""),
    )
    .unwrap();
    let out = plan(dir.path()).args(["list"]).assert().success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(!stdout.contains('\u{202E}'), "{stdout:?}");
    assert!(stdout.contains("Sam\\u{202e}live"), "{stdout}");
}

/// Entries named `*.toml` that cannot be read as a file are rows with their
/// error, in the table, `--due` and JSON: a dangling link, a link to a
/// device that never ends, a folder and a pipe.
#[cfg(unix)]
#[test]
fn unreadable_entries_are_rows_with_their_error() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("plans");
    fs::create_dir_all(folder.join("dir.toml")).unwrap();
    fs::copy(
        root().join("examples/missed-deadlines.toml"),
        folder.join("a.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone"), folder.join("dangling.toml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", folder.join("zero.toml")).unwrap();
    let errors = [
        (
            "dangling.toml",
            "it is a link to a file that does not exist",
        ),
        ("dir.toml", "it is a folder, not a plan file"),
        ("zero.toml", "it is not a regular file"),
    ];
    let run = |args: &[&str]| {
        let out = plan(dir.path())
            .env("PLAN_TODAY", TODAY)
            .arg("list")
            .args(args)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    let table = run(&[]);
    assert!(table.contains("\tProject deadlines\t"), "{table}");
    for (file, error) in errors {
        assert!(
            table.contains(&format!("-\t-\tcannot read: {error}\t-\t-\t-\t{file}\n")),
            "{file} in:\n{table}"
        );
    }
    let due = run(&["--due"]);
    for (file, error) in errors {
        assert!(
            due.contains(&format!("-\tunreadable\t-\t{error}\t{file}\n")),
            "{file} in:\n{due}"
        );
    }
    let json = run(&["--format", "json"]);
    for (file, error) in errors {
        let line = json
            .lines()
            .find(|l| l.contains(&format!("{file}\"")))
            .unwrap_or_else(|| panic!("{file} in:\n{json}"));
        assert!(line.contains(&format!("\"error\": \"{error}\"")), "{line}");
    }
}
