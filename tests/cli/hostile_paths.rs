//! Hostile names: what a file name or the `follows` reference can hold (an
//! escape sequence, a newline, a direction override, a line separator)
//! never reaches the terminal, a brief or a page raw, and a `follows` that
//! no answer could hold is refused where it is written.

use crate::harness::{Test, example_text};

/// Whether `text` holds a character that could drive a terminal or turn a
/// line around: a control character other than newline and tab, a bidi
/// override, or a line or paragraph separator.
fn raw_escape(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
    })
}

#[test]
fn a_follows_no_answer_could_hold_is_refused_with_its_place() {
    let t = Test::new();
    for (value, found) in [
        (r"x\u001b[31mRED\u202e.toml", "RED"),
        (r"x\u2028y.toml", "x"),
        (r"two\nlines.toml", "two"),
        ("", "\"\""),
    ] {
        let text = example_text("missed-deadlines").replacen(
            "schema = 1\n",
            &format!("schema = 1\nfollows = \"{value}\"\n"),
            1,
        );
        t.write("p.toml", &text);
        for command in ["render", "check", "summary", "invite"] {
            let out = t.plan([command, "p.toml"]).keeps("p.toml").code(1);
            // `plan check` reports a plan it cannot read as a finding.
            let said = if command == "check" {
                out.stdout
            } else {
                out.stderr
            };
            assert!(
                said.contains("p.toml:3:") && said.contains("`follows`"),
                "{command} {value}: {said}"
            );
            assert!(
                said.contains("the file name of the earlier plan") && said.contains(found),
                "{command} {value}: {said}"
            );
            assert_eq!(raw_escape(&said), None, "{command} {value}: {said:?}");
        }
    }
}

#[test]
fn a_file_name_with_an_escape_or_a_newline_is_printed_escaped_everywhere() {
    let t = Test::new();
    for (name, shown) in [
        ("d\u{1b}[31mRED.toml", r"d\u{1b}[31mRED.toml"),
        ("nl\nname.toml", r"nl\u{a}name.toml"),
        ("bidi\u{202e}lmth.toml", r"bidi\u{202e}lmth.toml"),
        ("sep\u{2028}arator.toml", r"sep\u{2028}arator.toml"),
    ] {
        // A draft: its brief tells how to resume it, naming the file.
        let stderr = t
            .plan(["new", name, "--no-input", "--set", "meeting.with=Sam"])
            .succeeds()
            .stderr;
        assert_eq!(raw_escape(&stderr), None, "{name:?}: {stderr:?}");
        assert!(stderr.contains(shown), "{name:?}: {stderr}");
        for args in [
            vec!["render", name],
            vec!["render", name, "--format", "html"],
            vec!["check", name],
            vec!["check", name, "--format", "json"],
        ] {
            let out = t.plan(&args).keeps(name).output();
            let (stdout, stderr) = (out.stdout, out.stderr);
            // A draft's check finds what is missing: exit 1, with findings.
            assert!(!stdout.is_empty(), "{args:?}: {stderr}");
            assert_eq!(raw_escape(&stdout), None, "{args:?}: {stdout:?}");
            assert_eq!(raw_escape(&stderr), None, "{args:?}: {stderr:?}");
            if args[0] == "check" && args.len() == 2 {
                // Each finding is on a line of its own, under the name.
                let first = stdout.lines().next().unwrap_or_default();
                assert!(first.ends_with(&format!("{shown}:")), "{name:?}: {stdout}");
            }
        }
        // A missing file with such a name: the error names it escaped.
        let missing = format!("gone-{name}");
        let stderr = t.plan(["render", &missing]).code(1).stderr;
        assert_eq!(raw_escape(&stderr), None, "{stderr:?}");
        assert_eq!(
            stderr.lines().next().map(|l| l.contains("no such file")),
            Some(true),
            "{stderr}"
        );
    }
}

#[test]
fn a_follow_up_of_a_plan_whose_name_no_answer_could_hold_is_refused() {
    let t = Test::new();
    let earlier = t.example("missed-deadlines", "old\u{1b}[2J.toml");
    let stderr = t
        .plan([
            "new",
            "next.toml",
            "--no-input",
            "--follow-up",
            earlier.to_str().unwrap(),
        ])
        .keeps(&earlier)
        .code(1)
        .stderr;
    assert!(
        stderr.contains("cannot be named in a follow-up"),
        "{stderr}"
    );
    assert_eq!(raw_escape(&stderr), None, "{stderr:?}");
    assert!(!t.exists("next.toml"));
}

#[test]
fn line_and_paragraph_separators_are_line_breaks() {
    let t = Test::new();
    // Typed: saved as the newline it is.
    t.plan([
        "new",
        "typed.toml",
        "--no-input",
        "--set",
        "meeting.with=Sam",
        "--set",
        "meeting.title=First\u{2028}second\u{2029}third",
    ])
    .succeeds();
    let saved = t.read("typed.toml");
    assert!(
        !saved.contains(['\u{2028}', '\u{2029}']) && saved.contains("First\nsecond\nthird"),
        "{saved}"
    );
    // Written by hand into a plan: read as newlines by every artefact.
    let text = example_text("missed-deadlines").replacen(
        "support = \"I will settle",
        "support = \"We agreed.\u{2028}I will settle",
        1,
    );
    t.write("p.toml", &text);
    for args in [
        vec!["summary", "p.toml"],
        vec!["summary", "p.toml", "--format", "html"],
        vec!["render", "p.toml"],
        vec!["invite", "p.toml"],
        vec!["check", "p.toml"],
    ] {
        let out = t.plan(&args).keeps("p.toml").succeeds();
        let (stdout, stderr) = (out.stdout, out.stderr);
        assert!(
            !stdout.contains(['\u{2028}', '\u{2029}'])
                && !stderr.contains(['\u{2028}', '\u{2029}']),
            "{args:?}: {stdout:?}"
        );
    }
    let summary = t
        .plan(["summary", "p.toml"])
        .keeps("p.toml")
        .output()
        .stdout;
    assert!(summary.contains("We agreed.\nI will settle"), "{summary}");
}
