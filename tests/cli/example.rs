//! `plan example`: the built-in example plans, written into the plan folder.

use crate::{mode, plan, root};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const NAMES: [&str; 3] = [
    "missed-deadlines",
    "meeting-behaviour",
    "performance-escalation",
];

fn stdout(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn shipped(name: &str) -> String {
    fs::read_to_string(root().join(format!("examples/{name}.toml"))).unwrap()
}

#[test]
fn list_names_every_example_with_a_line_on_each_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = plan(dir.path())
        .args(["example", "--list"])
        .assert()
        .success()
        .stderr("");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), NAMES.len(), "{text}");
    for (line, name) in lines.iter().zip(NAMES) {
        let (first, about) = line.split_once("  ").unwrap();
        assert_eq!(first, name, "{text}");
        assert!(about.trim().len() > 10, "{text}");
    }
    assert!(text.contains("missed three deadlines"), "{text}");
    assert!(!dir.path().join("plans").exists(), "--list wrote something");
    // --list writes nothing, so it takes no name or flags for writing.
    plan(dir.path())
        .args(["example", "--list", "--force"])
        .assert()
        .code(2);
}

#[test]
fn without_a_name_it_writes_missed_deadlines_privately_and_says_what_next() {
    let dir = tempfile::tempdir().unwrap();
    let out = plan(dir.path())
        .arg("example")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Next: `plan render missed-deadlines`",
        ));
    let path = dir.path().join("plans/missed-deadlines.toml");
    assert_eq!(stdout(&out), format!("{}\n", path.display()));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        shipped("missed-deadlines")
    );
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir.path().join("plans")), 0o700);
    let names: Vec<String> = fs::read_dir(dir.path().join("plans"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        ["missed-deadlines.toml"],
        "no temporary or lock file is left"
    );
}

#[test]
fn every_example_written_renders_summarises_and_checks_by_its_bare_name() {
    for name in NAMES {
        let dir = tempfile::tempdir().unwrap();
        plan(dir.path()).args(["example", name]).assert().success();
        let path = dir.path().join(format!("plans/{name}.toml"));
        assert_eq!(mode(&path), 0o600, "{name}");
        let brief = plan(dir.path()).args(["render", name]).assert().success();
        assert!(
            stdout(&brief).starts_with("# "),
            "{name}: {}",
            stdout(&brief)
        );
        let html = dir.path().join("brief.html");
        plan(dir.path())
            .args(["render", name, "-o"])
            .arg(&html)
            .assert()
            .success();
        assert!(fs::read_to_string(&html).unwrap().contains("<html"));
        // Every example is followed up: summary prints the follow-up without asking.
        let follow_up = plan(dir.path()).args(["summary", name]).assert().success();
        assert!(stdout(&follow_up).contains("Hi "), "{name}");
        plan(dir.path()).args(["check", name]).assert().success();
        plan(dir.path()).args(["list"]).assert().success();
        // Reading it changed nothing.
        assert_eq!(fs::read_to_string(&path).unwrap(), shipped(name), "{name}");
    }
}

#[test]
fn an_existing_plan_is_not_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path()).arg("example").assert().success();
    let path = dir.path().join("plans/missed-deadlines.toml");
    // The user's own changes are kept: exit 1, with the ways out.
    let changed = shipped("missed-deadlines").replace("Jordan Reyes", "Jo Reyes");
    fs::write(&path, &changed).unwrap();
    plan(dir.path())
        .args(["example", "missed-deadlines"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("already exists")
                .and(predicate::str::contains("--force"))
                .and(predicate::str::contains("--as missed-deadlines-2")),
        );
    assert_eq!(fs::read_to_string(&path).unwrap(), changed);
    // A plan of the user's own under that name is kept too.
    fs::write(dir.path().join("plans/mine.toml"), "schema = 1\n").unwrap();
    plan(dir.path())
        .args(["example", "meeting-behaviour", "--as", "mine"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--as mine --force"));
    assert_eq!(
        fs::read_to_string(dir.path().join("plans/mine.toml")).unwrap(),
        "schema = 1\n"
    );
}

#[test]
fn force_replaces_it_with_the_example_and_an_unchanged_copy_is_no_reason_to_refuse() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path()).arg("example").assert().success();
    let path = dir.path().join("plans/missed-deadlines.toml");
    // Writing it again changes nothing, so it is not refused (README's first
    // command can be run twice).
    plan(dir.path())
        .arg("example")
        .assert()
        .success()
        .stderr(predicate::str::contains("unchanged"));
    fs::write(&path, "schema = 1\n").unwrap();
    fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let out = plan(dir.path())
        .args(["example", "--force"])
        .assert()
        .success();
    assert_eq!(stdout(&out), format!("{}\n", path.display()));
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        shipped("missed-deadlines")
    );
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn as_writes_under_another_name_or_path() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args(["example", "performance-escalation", "--as", "practice"])
        .assert()
        .success()
        .stderr(predicate::str::contains("`plan render practice`"));
    let path = dir.path().join("plans/practice.toml");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        shipped("performance-escalation")
    );
    plan(dir.path())
        .args(["render", "practice"])
        .assert()
        .success();
    // A path is taken as it is, its folder made private.
    plan(dir.path())
        .args(["example", "--as", "talks/try.toml"])
        .assert()
        .success();
    assert_eq!(mode(&dir.path().join("talks")), 0o700);
    assert_eq!(mode(&dir.path().join("talks/try.toml")), 0o600);
    // A bare name must be a usable one.
    plan(dir.path())
        .args(["example", "--as", ".hidden"])
        .assert()
        .code(2);
}

#[test]
fn an_unknown_name_is_a_usage_error_that_names_the_examples() {
    let dir = tempfile::tempdir().unwrap();
    let err = plan(dir.path())
        .args(["example", "sam-lee"])
        .assert()
        .code(2)
        .stdout("");
    let text = String::from_utf8(err.get_output().stderr.clone()).unwrap();
    for name in NAMES {
        assert!(text.contains(name), "{name} not named: {text}");
    }
    assert!(!dir.path().join("plans").exists());
}

#[test]
fn help_completions_and_the_manual_page_know_the_command_and_its_names() {
    let dir = tempfile::tempdir().unwrap();
    let help = plan(dir.path()).arg("--help").assert().success();
    assert!(stdout(&help).contains("example"));
    let help = plan(dir.path())
        .args(["example", "--help"])
        .assert()
        .success();
    let help = stdout(&help)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        help.contains("Without NAME, writes missed-deadlines"),
        "{help}"
    );
    assert!(help.contains("Examples:"), "{help}");
    for shell in ["bash", "zsh", "fish"] {
        let script = plan(dir.path())
            .args(["completions", shell])
            .assert()
            .success();
        let script = stdout(&script);
        assert!(script.contains("example"), "{shell}");
        assert!(script.contains("performance-escalation"), "{shell}");
        // Where the shell is here, complete `plan example ` as it would.
        let path = dir.path().join(format!("plan.{shell}"));
        fs::write(&path, &script).unwrap();
        let path = path.display();
        let probe = match shell {
            "bash" => format!(
                "source '{path}'; COMP_WORDS=(plan example ''); COMP_CWORD=2; _plan_with_names plan '' example; printf '%s\\n' \"${{COMPREPLY[@]}}\""
            ),
            "fish" => format!("source '{path}'; complete -C 'plan example '"),
            _ => continue,
        };
        let Ok(o) = std::process::Command::new(shell)
            .args(["-c", &probe])
            .env("PLAN_DIR", dir.path().join("plans"))
            .output()
        else {
            eprintln!("{shell} is not installed; skipped");
            continue;
        };
        let offered = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        for name in NAMES {
            assert!(
                offered.lines().any(|l| l.split('\t').next() == Some(name)),
                "{shell}: {name} not offered: {offered}"
            );
        }
    }
    let page = plan(dir.path()).arg("man").assert().success();
    let page = stdout(&page);
    assert!(page.contains(".SH \"PLAN EXAMPLE\""));
    assert!(page.contains("performance\\-escalation"));
}

/// The first command in README.md, with `plan` being this build: everything
/// after `cargo install …` is run, and must write and render an example.
#[test]
fn readme_first_command_works_from_an_installed_binary() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let block = readme.split("```sh\n").nth(1).unwrap();
    let first = block.lines().next().unwrap();
    let steps: Vec<Vec<&str>> = first
        .split("&&")
        .map(|step| step.split_whitespace().collect())
        .filter(|words: &Vec<&str>| words.first() != Some(&"cargo"))
        .collect();
    assert!(
        steps.len() >= 2 && steps.iter().all(|w| w[0] == "plan"),
        "README's first command is not `… plan example && plan render …`: {first}"
    );
    assert_eq!(steps[0][..2], ["plan", "example"], "{first}");
    let dir = tempfile::tempdir().unwrap();
    let run = |dir: &Path| {
        let mut last = String::new();
        for words in &steps {
            let out = plan(dir).args(&words[1..]).assert().success();
            last = stdout(&out);
        }
        last
    };
    let brief = run(dir.path());
    assert!(brief.starts_with("# Project deadlines"), "{brief}");
    // And again, as someone trying it twice would.
    assert_eq!(run(dir.path()), brief);
}
