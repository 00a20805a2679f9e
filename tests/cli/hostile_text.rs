//! Hostile text in answers: control characters, calendar injection, raw
//! HTML. Nothing typed into a plan may drive the terminal, add lines to an
//! invite, or become live HTML in a shared Markdown file.

use crate::plan;
use std::fs;
use std::path::Path;

/// Stderr of a failing command, checked to hold no control character other
/// than newline and tab (no ESC, CR, NUL, backspace, C1 controls).
fn failing_stderr(dir: &Path, args: &[&str], code: i32) -> String {
    let out = plan(dir).args(args).assert().failure().code(code);
    let output = out.get_output();
    let stderr = String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8");
    assert!(
        !stderr
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "raw control character on stderr: {stderr:?}"
    );
    assert!(output.stdout.is_empty(), "stdout: {:?}", output.stdout);
    stderr
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn control_characters_in_an_inline_table_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = failing_stderr(
        dir.path(),
        &[
            "new",
            "x.toml",
            "--no-input",
            "--set",
            "meeting.with=A",
            "--set",
            r#"prepare.evidence={ fact = "a\u001b[31mb", source = "seen" }"#,
        ],
        2,
    );
    assert!(err.contains("fact") && err.contains("U+001B"), "{err}");
    assert!(!dir.path().join("x.toml").exists());
}

#[test]
fn control_characters_in_a_plan_file_are_refused_by_render_and_invite() {
    let dir = tempfile::tempdir().unwrap();
    for (key, value, shown) in [
        ("title", r"a\u001b[31mb", "U+001B"),
        ("title", r"a\u0007b", "U+0007"),
        ("place", r"a\rb", "U+000D"),
        ("with", r"a\u0000b", "U+0000"),
        ("title", r"a\bb", "U+0008"),
        ("title", r"a\u009bb", "U+009B"),
    ] {
        let p = write(
            dir.path(),
            "p.toml",
            format!("schema = 1\n[meeting]\nwhen = 2026-12-01T10:00:00\n{key} = \"{value}\"\n")
                .as_bytes(),
        );
        for command in ["render", "invite"] {
            let err = failing_stderr(dir.path(), &[command, &p], 1);
            assert!(
                err.contains(&format!("meeting.{key}")) && err.contains(shown),
                "{command} {key}={value}: {err}"
            );
        }
    }
}

#[test]
fn control_characters_in_an_answers_file_and_in_lists_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let answers = write(
        dir.path(),
        "a.toml",
        b"[explore]\nquestions = [\"fine\", \"bell\\u0007\"]\n",
    );
    let err = failing_stderr(
        dir.path(),
        &[
            "new",
            "x.toml",
            "--no-input",
            "--answers",
            &answers,
            "--set",
            "meeting.with=A",
        ],
        1,
    );
    assert!(
        err.contains("explore.questions[2]") && err.contains("U+0007"),
        "{err}"
    );
}

#[test]
fn a_windows_line_ending_inside_an_answer_is_fine() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "p.toml",
        b"schema = 1\r\n[meeting]\r\nwith = \"Sam\"\r\n[open]\r\nstory = \"one\\r\\ntwo\"\r\n",
    );
    plan(dir.path()).args(["render", &p]).assert().success();
}

#[test]
fn raw_control_bytes_in_a_file_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    for bytes in [
        &b"schema = 1\na = \"x\x1b[31mRED\"\n"[..],
        b"schema = 1\n\x1b[31m = 1\n",
        b"schema = 1\n[meeting]\nwith = \"a\x00b\"\n",
        b"schema = 1\n[meeting]\nwith = \"a\rb\"\n",
        b"schema = 1\n[meeting]\nwith = \"a\x08\x08\x08b\"\n",
        b"schema = 1\n[meeting\x1b]2;title\x07\n",
        b"schema = 1\n\x1b[2J\x1b[H",
    ] {
        let p = write(dir.path(), "p.toml", bytes);
        for command in ["render", "invite"] {
            let err = failing_stderr(dir.path(), &[command, &p], 1);
            assert!(err.contains("p.toml"), "{err}");
        }
    }
}

#[test]
fn a_bad_choice_or_unknown_key_is_quoted_with_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "p.toml",
        b"schema = 1\n[meeting]\nmode = \"\\u001b[31mred\"\n",
    );
    let err = failing_stderr(dir.path(), &["render", &p], 1);
    assert!(err.contains(r"\u{1b}[31mred"), "{err}");
    let err = failing_stderr(
        dir.path(),
        &["new", "x.toml", "--no-input", "--set", "\u{1b}[31mkey=1"],
        2,
    );
    assert!(err.contains(r"\u{1b}[31mkey"), "{err}");
    let err = failing_stderr(
        dir.path(),
        &["new", "x.toml", "--no-input", "--set", "\u{1b}[31m"],
        2,
    );
    assert!(err.contains(r"\u{1b}[31m"), "{err}");
}

/// Every raw-HTML event, image and non-web link of a Markdown document, read
/// by a real parser. The built-in templates hold none, so any found came
/// from an answer.
fn raw_html(md: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    Parser::new_ext(md, options)
        .filter_map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => Some(h.to_string()),
            Event::Start(Tag::Image { dest_url, .. }) => Some(format!("image {dest_url}")),
            Event::Start(Tag::Link { dest_url, .. })
                if !dest_url.starts_with("https:") && !dest_url.starts_with("mailto:") =>
            {
                Some(format!("link {dest_url}"))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn html_in_answers_stays_text_in_the_markdown_brief_and_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = crate::fixture("render", "script-vectors.toml");
    let p = path.to_str().unwrap();
    for args in [["render", p], ["summary", p]] {
        let out = plan(dir.path()).args(args).assert().success();
        let md = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert_eq!(raw_html(&md), Vec::<String>::new(), "{}:\n{md}", args[0]);
        // Rendered as a chat tool would, no tag survives, yet the text does.
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
        for tag in [
            "<script", "<img", "<svg", "<iframe", "<a href", "<style", "<base", "<form",
        ] {
            assert!(!html.contains(tag), "{}: {tag} in\n{html}", args[0]);
        }
        assert!(html.contains("&lt;script&gt;alert(1)"), "{html}");
    }
}
