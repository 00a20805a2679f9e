//! `plan edit` without a terminal: `--unset`/`--set`/`--add` and `--editor`.

use crate::harness::{Test, example_text};

/// The missed-deadlines example with comments of the user's own, as
/// `p.toml`; its text.
fn commented_plan(t: &Test) -> String {
    let text = example_text("missed-deadlines")
        .replace(
            "[meeting]\n",
            "# my own note, kept\n[meeting] # trailing note\n",
        )
        .replace(
            "  \"What gets in the way when a date starts to slip?\",\n",
            "  \"What gets in the way when a date starts to slip?\", # second\n",
        );
    t.write("p.toml", &text);
    text
}

/// Every line but the `updated` stamp.
fn without_stamp(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with("updated = "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn unset_removes_one_entry_and_keeps_every_other_byte() {
    let t = Test::new();
    let before = commented_plan(&t);
    t.plan(["edit", "p.toml", "--no-input"])
        .args(["--unset", "explore.questions[2]"])
        .args(["--unset", "prepare.evidence[1]"])
        .succeeds();
    let after = t.read("p.toml");
    let expected = before
        .replace(
            "  \"What gets in the way when a date starts to slip?\", # second\n",
            "",
        )
        .replace(
            "[[prepare.evidence]]\nfact = \"The API design document due on 30 October arrived on 6 November.\"\nsource = \"written\"\ndate = 2026-11-06\n\n",
            "",
        );
    assert_ne!(expected, before, "the test's own edits apply");
    assert_eq!(without_stamp(&after), without_stamp(&expected));
}

#[test]
fn set_and_unset_of_whole_answers() {
    let t = Test::new();
    let before = commented_plan(&t);
    t.plan(["edit", "p.toml", "--no-input", "--unset", "meeting.place"])
        .args(["--set", "meeting.title=Deadlines"])
        .succeeds();
    let after = t.read("p.toml");
    let expected = before
        .replace("place = \"Small meeting room, 3rd floor\"\n", "")
        .replace("title = \"Project deadlines\"", "title = \"Deadlines\"");
    assert_eq!(without_stamp(&after), without_stamp(&expected));
}

#[test]
fn unset_out_of_range_or_unknown_leaves_the_plan_alone() {
    let t = Test::new();
    commented_plan(&t);
    for (key, says) in [
        ("explore.questions[4]", "has 3 questions"),
        ("explore.questions[0]", "1 or more"),
        ("meeting.with[1]", "holds one answer"),
        ("meeting.whne", "did you mean `meeting.when`?"),
    ] {
        t.plan(["edit", "p.toml", "--no-input", "--unset", key])
            .keeps("p.toml")
            .fails(2)
            .stderr_has(says);
    }
}

#[test]
fn without_a_terminal_edit_needs_no_input() {
    let t = Test::new();
    commented_plan(&t);
    t.plan(["edit", "p.toml"])
        .fails(1)
        .stderr_has("needs a terminal");
}

#[test]
fn a_read_only_plan_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let t = Test::new();
    commented_plan(&t);
    std::fs::set_permissions(t.join("p.toml"), std::fs::Permissions::from_mode(0o400)).unwrap();
    t.plan(["edit", "p.toml", "--no-input", "--unset", "meeting.place"])
        .fails(1)
        .stderr_has("chmod u+w");
}

/// A fake editor: the first run saves a plan that does not load, the
/// second a valid edit with a comment of its own.
fn fake_editor(t: &Test) -> std::path::PathBuf {
    t.script(
        "fake-editor.sh",
        &format!(
            "count={count}\nn=$(cat \"$count\" 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > \"$count\"\n\
             if [ $n = 1 ]; then\n  sed -i 's/^with = .*/with = 42/' \"$1\"\n\
             else\n  sed -i 's/^with = .*/with = \"Kim\"   # changed by hand/' \"$1\"\nfi",
            count = t.join("count").display()
        ),
    )
}

#[test]
fn an_invalid_edit_is_shown_and_offered_again_then_the_valid_one_is_saved() {
    let t = Test::new();
    let before = commented_plan(&t);
    let editor = fake_editor(&t);
    t.plan(["edit", "p.toml", "--editor"])
        .editor(&editor)
        .stdin("e\n")
        .succeeds()
        .stderr_has("p.toml:9:8")
        .stderr_has("should be a string")
        .stderr_has("Edit it again");
    let after = t.read("p.toml");
    // Exactly the bytes the editor saved: comments, spacing and order kept.
    assert_eq!(
        after,
        before.replace(
            "with = \"Jordan Reyes\"",
            "with = \"Kim\"   # changed by hand"
        )
    );
    assert_eq!(crate::mode(&t.join("p.toml")), 0o600);
    let leftovers: Vec<_> = t
        .names(".")
        .into_iter()
        .filter(|n| n.starts_with(".plan-answer-"))
        .collect();
    assert!(leftovers.is_empty(), "the editor's copy is removed");
}

#[test]
fn an_invalid_edit_can_be_discarded() {
    let t = Test::new();
    commented_plan(&t);
    let editor = fake_editor(&t);
    t.plan(["edit", "p.toml", "--editor"])
        .editor(&editor)
        .stdin("d\n")
        .keeps("p.toml")
        .fails(1)
        .stderr_has("discarded");
}

#[test]
fn a_failing_or_file_deleting_editor_says_the_plan_was_left_unchanged() {
    let t = Test::new();
    commented_plan(&t);
    t.plan(["edit", "p.toml", "--editor"])
        .editor("false")
        .keeps("p.toml")
        .fails(1)
        .stderr_has("the plan was left unchanged")
        .stderr_lacks("answer");
    // An editor that deletes the file: said so, not "save as UTF-8".
    t.plan(["edit", "p.toml", "--editor"])
        .editor("rm")
        .keeps("p.toml")
        .fails(1)
        .stderr_has("was removed")
        .stderr_has("the plan was left unchanged")
        .stderr_lacks("UTF-8");
}

/// `--set` on an answer with comments above and after it, and `--add` to a
/// list written one entry a line: the comments stay where they were, the
/// new entry gets a line of its own, and no other byte changes.
#[test]
fn set_and_add_keep_the_comments_of_the_answers_they_change() {
    let t = Test::new();
    let before = example_text("missed-deadlines")
        .replace(
            "title = \"Project deadlines\"\n",
            "# The title comment\ntitle = \"Project deadlines\"  # trailing title\n",
        )
        .replace(
            "with = \"Jordan Reyes\"\n",
            "with = \"Jordan Reyes\"  # my note\n",
        )
        .replacen("questions = [\n", "# my questions\nquestions = [\n", 1);
    t.write("p.toml", &before);
    t.plan(["edit", "p.toml", "--no-input"])
        .args(["--set", "meeting.title=New"])
        .args(["--set", "meeting.with=Jordan Reyes"])
        .args(["--add", "explore.questions=What else?"])
        .succeeds();
    let after = t.read("p.toml");
    let expected = before
        .replace(
            "title = \"Project deadlines\"  # trailing title\n",
            "title = \"New\"  # trailing title\n",
        )
        .replace(
            "  \"What would help you flag a slip earlier?\",\n]\n",
            "  \"What would help you flag a slip earlier?\",\n  \"What else?\",\n]\n",
        );
    assert_ne!(expected, before, "the test's own edits apply");
    assert_eq!(without_stamp(&after), without_stamp(&expected));
}

/// A script `NAME` in `my editors` (a folder with a space in its name)
/// that checks its first argument is `-w`, then sets `with` in the file it
/// is given second to `who`.
fn spaced_editor(t: &Test, name: &str, who: &str) -> std::path::PathBuf {
    t.script(
        format!("my editors/{name}"),
        &format!(
            "[ \"$1\" = -w ] || {{ echo \"not -w: $1\" >&2; exit 3; }}\n\
             sed -i 's/^with = .*/with = \"{who}\"/' \"$2\""
        ),
    )
}

/// Item 11 of issue 16: `$EDITOR` is run as git runs it, through the shell,
/// so an editor with arguments on `PATH`, a quoted path with spaces, and a
/// `sh -c '…'` script each edit the plan; one that cannot be started fails
/// with the plan left as it was.
#[test]
fn editors_with_quotes_and_arguments_are_run_through_the_shell() {
    let t = Test::new();
    let before = commented_plan(&t);
    let quoted = spaced_editor(&t, "ed it", "Quoted");
    spaced_editor(&t, "fakecode", "On Path");
    let replacement = t.write("new plan.toml", before.replace("Jordan Reyes", "Scripted"));
    let path_var = format!(
        "{}:{}",
        t.join("my editors").display(),
        std::env::var("PATH").unwrap()
    );
    for (editor, who) in [
        (format!("\"{}\" -w", quoted.display()), "Quoted"),
        ("fakecode -w".to_string(), "On Path"),
        (
            format!("sh -c 'cat \"{}\" > \"$1\"' sh", replacement.display()),
            "Scripted",
        ),
    ] {
        t.plan(["edit", "p.toml", "--editor"])
            .editor(&editor)
            .env("PATH", &path_var)
            .succeeds()
            .stderr_has("Saved p.toml");
        let after = t.read("p.toml");
        assert!(
            after.contains(&format!("with = \"{who}\"")),
            "{editor}: {after}"
        );
    }
    // An editor that is not there: said so, and nothing changes.
    t.plan(["edit", "p.toml", "--editor"])
        .editor("no-such-editor-here --wait")
        .keeps("p.toml")
        .fails(1)
        .stderr_has(
            "cannot start the editor `no-such-editor-here --wait`; the plan was left unchanged",
        );
}
