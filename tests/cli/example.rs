//! `plan example`: the built-in example plans, written into the plan folder.

use crate::harness::{Test, example_text as shipped};
use crate::{mode, root};
use std::fs;

const NAMES: [&str; 3] = [
    "missed-deadlines",
    "meeting-behaviour",
    "performance-escalation",
];

#[test]
fn list_names_every_example_with_a_line_on_each_and_writes_nothing() {
    let t = Test::new();
    let text = t
        .plan(["example", "--list"])
        .succeeds()
        .stderr_is("")
        .stdout;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), NAMES.len(), "{text}");
    for (line, name) in lines.iter().zip(NAMES) {
        let (first, about) = line.split_once("  ").unwrap();
        assert_eq!(first, name, "{text}");
        assert!(about.trim().len() > 10, "{text}");
    }
    assert!(text.contains("missed three deadlines"), "{text}");
    assert!(!t.join("plans").exists(), "--list wrote something");
    // --list writes nothing, so it takes no name or flags for writing.
    t.plan(["example", "--list", "--force"]).fails(2);
}

#[test]
fn without_a_name_it_writes_missed_deadlines_privately_and_says_what_next() {
    let t = Test::new();
    let out = t
        .plan(["example"])
        .succeeds()
        .stderr_has("Next: `plan render missed-deadlines`");
    let path = t.join("plans/missed-deadlines.toml");
    assert_eq!(out.stdout, format!("{}\n", path.display()));
    assert_eq!(t.read(&path), shipped("missed-deadlines"));
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&t.join("plans")), 0o700);
    assert_eq!(
        t.names("plans"),
        ["missed-deadlines.toml"],
        "no temporary or lock file is left"
    );
}

#[test]
fn every_example_written_renders_summarises_and_checks_by_its_bare_name() {
    for name in NAMES {
        let t = Test::new();
        t.plan(["example", name]).succeeds();
        let path = t.join(format!("plans/{name}.toml"));
        assert_eq!(mode(&path), 0o600, "{name}");
        let brief = t.plan(["render", name]).succeeds().stdout;
        assert!(brief.starts_with("# "), "{name}: {brief}");
        let html = t.join("brief.html");
        t.plan(["render", name, "-o"]).arg(&html).succeeds();
        assert!(t.read(&html).contains("<html"));
        // Every example is followed up: summary prints the follow-up without asking.
        t.plan(["summary", name]).succeeds().stdout_has("Hi ");
        t.plan(["check", name]).succeeds();
        t.plan(["list"]).succeeds();
        // Reading it changed nothing.
        assert_eq!(t.read(&path), shipped(name), "{name}");
    }
}

#[test]
fn an_existing_plan_is_not_replaced_without_force() {
    let t = Test::new();
    t.plan(["example"]).succeeds();
    let path = t.join("plans/missed-deadlines.toml");
    // The user's own changes are kept: exit 1, with the ways out.
    let changed = shipped("missed-deadlines").replace("Jordan Reyes", "Jo Reyes");
    t.write(&path, &changed);
    t.plan(["example", "missed-deadlines"])
        .keeps(&path)
        .fails(1)
        .stderr_has("already exists")
        .stderr_has("--force")
        .stderr_has("--as missed-deadlines-2");
    // A plan of the user's own under that name is kept too.
    t.write("plans/mine.toml", "schema = 1\n");
    t.plan(["example", "meeting-behaviour", "--as", "mine"])
        .keeps("plans/mine.toml")
        .fails(1)
        .stderr_has("--as mine --force");
}

#[test]
fn force_replaces_it_with_the_example_and_an_unchanged_copy_is_no_reason_to_refuse() {
    let t = Test::new();
    t.plan(["example"]).succeeds();
    let path = t.join("plans/missed-deadlines.toml");
    // Writing it again changes nothing, so it is not refused (README's first
    // command can be run twice).
    t.plan(["example"]).succeeds().stderr_has("unchanged");
    t.write(&path, "schema = 1\n");
    fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    let out = t.plan(["example", "--force"]).succeeds();
    assert_eq!(out.stdout, format!("{}\n", path.display()));
    assert_eq!(t.read(&path), shipped("missed-deadlines"));
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn as_writes_under_another_name_or_path() {
    let t = Test::new();
    t.plan(["example", "performance-escalation", "--as", "practice"])
        .succeeds()
        .stderr_has("`plan render practice`");
    let path = t.join("plans/practice.toml");
    assert_eq!(t.read(&path), shipped("performance-escalation"));
    t.plan(["render", "practice"]).succeeds();
    // A path is taken as it is, its folder made private.
    t.plan(["example", "--as", "talks/try.toml"]).succeeds();
    assert_eq!(mode(&t.join("talks")), 0o700);
    assert_eq!(mode(&t.join("talks/try.toml")), 0o600);
    // A bare name must be a usable one.
    t.plan(["example", "--as", ".hidden"]).fails(2);
}

#[test]
fn an_unknown_name_is_a_usage_error_that_names_the_examples() {
    let t = Test::new();
    let text = t.plan(["example", "sam-lee"]).fails(2).stderr;
    for name in NAMES {
        assert!(text.contains(name), "{name} not named: {text}");
    }
    assert!(!t.join("plans").exists());
}

#[test]
fn help_completions_and_the_manual_page_know_the_command_and_its_names() {
    let t = Test::new();
    t.plan(["--help"]).succeeds().stdout_has("example");
    let help = t.plan(["example", "--help"]).succeeds().stdout;
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        help.contains("Without NAME, writes missed-deadlines"),
        "{help}"
    );
    assert!(help.contains("Examples:"), "{help}");
    for shell in ["bash", "zsh", "fish"] {
        let script = t.plan(["completions", shell]).succeeds().stdout;
        assert!(script.contains("example"), "{shell}");
        assert!(script.contains("performance-escalation"), "{shell}");
        // Where the shell is here, complete `plan example ` as it would.
        let path = t.write(format!("plan.{shell}"), &script);
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
            .env("PLAN_DIR", t.join("plans"))
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
    let page = t.plan(["man"]).succeeds().stdout;
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
    let t = Test::new();
    let run = |t: &Test| {
        let mut last = String::new();
        for words in &steps {
            last = t.plan(&words[1..]).succeeds().stdout;
        }
        last
    };
    let brief = run(&t);
    assert!(brief.starts_with("# Project deadlines"), "{brief}");
    // And again, as someone trying it twice would.
    assert_eq!(run(&t), brief);
}
