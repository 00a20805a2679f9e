//! `plan list`: the folder listing, `--due`, `--with`, and `plan new --follow-up`.

use crate::{fixture, plan, root};
use predicates::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

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
    assert!(
        out.contains("broken.toml:3:9: TOML syntax error: unclosed table, expected `]`"),
        "{out}"
    );
    assert!(out.contains("\tunreadable\t-\t-\tbroken.toml\n"), "{out}");
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
    // A plan edited by hand to hold one does not load, here as in `plan
    // render`: its row names the character, and never prints it.
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
    assert!(
        stdout.contains("`meeting.with` should be text without control")
            && stdout.contains("U+202E")
            && stdout.contains("\tunreadable\t"),
        "{stdout}"
    );
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
        ("dangling.toml", "is a link to a file that does not exist"),
        ("dir.toml", "is a folder, not a file"),
        ("zero.toml", "is a device, not a file"),
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
        let path = folder.join(file);
        assert!(
            table.contains(&format!(
                "-\t-\t{}: {error}\tunreadable\t-\t-\t{file}\n",
                path.display()
            )),
            "{file} in:\n{table}"
        );
    }
    let due = run(&["--due"]);
    for (file, error) in errors {
        let stem = file.trim_end_matches(".toml");
        let path = folder.join(file);
        assert!(
            due.contains(&format!(
                "-\tunreadable\t-\tcannot be read: {}: {error}; fix it, then `plan check {stem}`\t{file}\n",
                path.display()
            )),
            "{file} in:\n{due}"
        );
    }
    let json = run(&["--format", "json"]);
    for (file, error) in errors {
        let line = json
            .lines()
            .find(|l| l.contains(&format!("{file}\"")))
            .unwrap_or_else(|| panic!("{file} in:\n{json}"));
        assert!(
            line.contains(&format!(
                "\"status\": \"unreadable\", \"open_actions\": null, \"next_check_in\": null, \"error\": \"{}: {error}\"",
                folder.join(file).display()
            )),
            "{line}"
        );
    }
}

// --- plans that do not load (issue 16) --------------------------------------

/// Every file in `folder`, by name, with its bytes.
fn contents(folder: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            let name = e.file_name().into_string().unwrap();
            (name, fs::read(e.path()).unwrap())
        })
        .collect()
}

/// `plan list ARGS` on the plan folder of `dir`, which must succeed and
/// leave every file in it byte for byte as it was: (stdout, stderr).
fn list_unchanged(dir: &Path, args: &[&str]) -> (String, String) {
    let folder = dir.join("plans");
    let before = contents(&folder);
    let out = plan(dir)
        .env("PLAN_TODAY", TODAY)
        .arg("list")
        .args(args)
        .assert()
        .success();
    assert_eq!(
        contents(&folder),
        before,
        "`plan list {}` changed a plan",
        args.join(" ")
    );
    let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    (
        text(&out.get_output().stdout),
        text(&out.get_output().stderr),
    )
}

/// A plan folder holding the three examples, each under its own name.
fn examples_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("plans");
    fs::create_dir(&folder).unwrap();
    for e in fs::read_dir(root().join("examples")).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), folder.join(e.file_name())).unwrap();
    }
    dir
}

/// The loader's own first line for a plan, as `plan render` says it.
fn render_error(dir: &Path, file: &str) -> String {
    let folder = dir.join("plans");
    let before = contents(&folder);
    let out = plan(dir).args(["render", file]).assert().code(1);
    assert_eq!(
        contents(&folder),
        before,
        "`plan render {file}` changed a plan"
    );
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let first = stderr.lines().next().unwrap();
    first.strip_prefix("error: ").unwrap_or(first).to_string()
}

/// The files of a table, each with its status column.
fn statuses(table: &str) -> Vec<(String, String)> {
    table
        .lines()
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c[6].to_string(), c[3].to_string())
        })
        .collect()
}

/// A plan cut short (at 3,000 bytes, in the middle of a list) read as
/// healthy by its header alone was listed as "followed-up" with nothing due.
/// It is "unreadable", with the loader's reason and place, everywhere.
#[test]
fn a_plan_cut_short_is_unreadable_with_its_place_in_every_view() {
    let dir = examples_folder();
    let folder = dir.path().join("plans");
    let (healthy, _) = list_unchanged(dir.path(), &[]);
    let whole = fs::read(root().join("examples/missed-deadlines.toml")).unwrap();
    fs::write(folder.join("cut.toml"), &whole[..3000]).unwrap();
    let reason = render_error(dir.path(), "cut");
    assert!(
        reason.starts_with(&format!(
            "{}:68:24: TOML syntax error:",
            folder.join("cut.toml").display()
        )),
        "{reason}"
    );

    let (table, stderr) = list_unchanged(dir.path(), &[]);
    assert_eq!(
        table.lines().last().unwrap(),
        format!("-\t-\t{reason}\tunreadable\t-\t-\tcut.toml"),
        "{table}"
    );
    // The healthy rows are as they were, the broken one after them.
    assert_eq!(
        table.lines().take(4).collect::<Vec<_>>(),
        healthy.lines().collect::<Vec<_>>()
    );
    assert_eq!(
        stderr,
        "note: 1 plan could not be read; `plan check FILE` shows what to fix in each\n"
    );

    let (due, stderr) = list_unchanged(dir.path(), &["--due"]);
    let first = due.lines().nth(1).unwrap();
    assert_eq!(
        first,
        format!(
            "-\tunreadable\t-\tcannot be read: {reason}; fix it, then `plan check cut`\tcut.toml"
        ),
        "{due}"
    );
    assert!(stderr.contains("1 plan could not be read"), "{stderr}");

    let (json, _) = list_unchanged(dir.path(), &["--format", "json"]);
    let line = json.lines().find(|l| l.contains("cut.toml\"")).unwrap();
    assert!(
        line.contains(&format!(
            r#""status": "unreadable", "open_actions": null, "next_check_in": null, "error": "{reason}""#
        )),
        "{line}"
    );
    assert_eq!(json.matches(r#""error": null"#).count(), 3, "{json}");
}

/// An empty `.toml` was listed as a draft; a plan with a value outside its
/// set, in the header or in an answer the old listing never read, as
/// healthy. Neither loads, so each is unreadable, with the reason `plan
/// render` gives.
#[test]
fn empty_files_and_bad_values_are_unreadable_not_drafts() {
    let dir = examples_folder();
    let folder = dir.path().join("plans");
    let example = fs::read_to_string(folder.join("missed-deadlines.toml")).unwrap();
    fs::write(folder.join("empty.toml"), "").unwrap();
    let banana = example.replacen("status = \"followed-up\"", "status = \"banana\"", 1);
    assert_ne!(banana, example);
    fs::write(folder.join("banana.toml"), banana).unwrap();
    let gossip = example.replacen("source = \"written\"", "source = \"gossip\"", 1);
    assert_ne!(gossip, example);
    fs::write(folder.join("gossip.toml"), gossip).unwrap();

    let (table, stderr) = list_unchanged(dir.path(), &[]);
    assert_eq!(
        statuses(&table),
        [
            ("performance-escalation.toml", "followed-up"),
            ("missed-deadlines.toml", "followed-up"),
            ("meeting-behaviour.toml", "followed-up"),
            ("banana.toml", "unreadable"),
            ("empty.toml", "unreadable"),
            ("gossip.toml", "unreadable"),
        ]
        .map(|(f, s)| (f.to_string(), s.to_string())),
        "{table}"
    );
    for (file, says) in [
        ("empty", "no `schema` key"),
        ("banana", "`status` should be one of"),
        ("gossip", "`prepare.evidence[1].source` should be"),
    ] {
        let reason = render_error(dir.path(), file);
        assert!(reason.contains(says), "{file}: {reason}");
        assert!(
            table.contains(&format!("\t{reason}\tunreadable\t-\t-\t{file}.toml\n")),
            "{file}: {reason}\n{table}"
        );
    }
    assert!(
        stderr.contains("note: 3 plans could not be read"),
        "{stderr}"
    );

    let (due, _) = list_unchanged(dir.path(), &["--due"]);
    let unreadable: Vec<&str> = due
        .lines()
        .filter(|l| l.split('\t').nth(1) == Some("unreadable"))
        .map(|l| l.rsplit('\t').next().unwrap())
        .collect();
    assert_eq!(
        unreadable,
        ["banana.toml", "empty.toml", "gossip.toml"],
        "{due}"
    );
}

/// `--with` cannot know who an unreadable plan is with: the history is made
/// of the plans that load, and a note (or, when nothing matched, the hint)
/// says how many could not be read.
#[test]
fn with_counts_the_plans_it_could_not_read() {
    let dir = examples_folder();
    let folder = dir.path().join("plans");
    fs::write(folder.join("sam-lee.toml"), "schema = 1\n[meeting\n").unwrap();
    let (history, stderr) = list_unchanged(dir.path(), &["--with", "jordan"]);
    assert!(history.contains("\tProject deadlines\t"), "{history}");
    assert_eq!(
        stderr,
        "note: 1 plan could not be read; any of them may be with this person: `plan list` names them\n"
    );
    let before = contents(&folder);
    plan(dir.path())
        .args(["list", "--with", "sam lee"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no plan with \"sam lee\""))
        .stderr(predicate::str::contains(
            "hint: 1 plan could not be read; any of them may be with this person",
        ));
    assert_eq!(contents(&folder), before);
}
