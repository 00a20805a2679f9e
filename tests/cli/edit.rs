//! `plan edit` without a terminal: `--unset`/`--set`/`--add` and `--editor`.

use crate::{plan, root};
use predicates::prelude::*;

/// The missed-deadlines example with comments of the user's own, in a plan
/// that has not been held yet.
fn commented_plan(dir: &std::path::Path) -> (std::path::PathBuf, String) {
    let text = std::fs::read_to_string(root().join("examples/missed-deadlines.toml"))
        .unwrap()
        .replace(
            "[meeting]\n",
            "# my own note, kept\n[meeting] # trailing note\n",
        )
        .replace(
            "  \"What gets in the way when a date starts to slip?\",\n",
            "  \"What gets in the way when a date starts to slip?\", # second\n",
        );
    let path = dir.join("p.toml");
    std::fs::write(&path, &text).unwrap();
    (path, text)
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
    let dir = tempfile::tempdir().unwrap();
    let (path, before) = commented_plan(dir.path());
    plan(dir.path())
        .args(["edit", "p.toml", "--no-input"])
        .args(["--unset", "explore.questions[2]"])
        .args(["--unset", "prepare.evidence[1]"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&path).unwrap();
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
    let dir = tempfile::tempdir().unwrap();
    let (path, before) = commented_plan(dir.path());
    plan(dir.path())
        .args(["edit", "p.toml", "--no-input", "--unset", "meeting.place"])
        .args(["--set", "meeting.title=Deadlines"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&path).unwrap();
    let expected = before
        .replace("place = \"Small meeting room, 3rd floor\"\n", "")
        .replace("title = \"Project deadlines\"", "title = \"Deadlines\"");
    assert_eq!(without_stamp(&after), without_stamp(&expected));
}

#[test]
fn unset_out_of_range_or_unknown_leaves_the_plan_alone() {
    let dir = tempfile::tempdir().unwrap();
    let (path, before) = commented_plan(dir.path());
    for (key, says) in [
        ("explore.questions[4]", "has 3 questions"),
        ("explore.questions[0]", "1 or more"),
        ("meeting.with[1]", "holds one answer"),
        ("meeting.whne", "did you mean `meeting.when`?"),
    ] {
        plan(dir.path())
            .args(["edit", "p.toml", "--no-input", "--unset", key])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before, "{key}");
    }
}

#[test]
fn without_a_terminal_edit_needs_no_input() {
    let dir = tempfile::tempdir().unwrap();
    commented_plan(dir.path());
    plan(dir.path())
        .args(["edit", "p.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("needs a terminal"));
}

#[test]
fn a_read_only_plan_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = commented_plan(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();
    plan(dir.path())
        .args(["edit", "p.toml", "--no-input", "--unset", "meeting.place"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("chmod u+w"));
}

/// A fake editor: the first run saves a plan that does not load, the
/// second a valid edit with a comment of its own.
fn fake_editor(dir: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("fake-editor.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\ncount={count}\nn=$(cat \"$count\" 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > \"$count\"\n\
             if [ $n = 1 ]; then\n  sed -i 's/^with = .*/with = 42/' \"$1\"\n\
             else\n  sed -i 's/^with = .*/with = \"Kim\"   # changed by hand/' \"$1\"\nfi\n",
            count = dir.join("count").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

#[test]
fn an_invalid_edit_is_shown_and_offered_again_then_the_valid_one_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (path, before) = commented_plan(dir.path());
    let editor = fake_editor(dir.path());
    plan(dir.path())
        .args(["edit", "p.toml", "--editor"])
        .env("EDITOR", &editor)
        .write_stdin("e\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("p.toml:9:8"))
        .stderr(predicate::str::contains("should be a string"))
        .stderr(predicate::str::contains("Edit it again"));
    let after = std::fs::read_to_string(&path).unwrap();
    // Exactly the bytes the editor saved: comments, spacing and order kept.
    assert_eq!(
        after,
        before.replace(
            "with = \"Jordan Reyes\"",
            "with = \"Kim\"   # changed by hand"
        )
    );
    assert_eq!(crate::mode(&path), 0o600);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".plan-answer-"))
        .collect();
    assert!(leftovers.is_empty(), "the editor's copy is removed");
}

#[test]
fn an_invalid_edit_can_be_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let (path, before) = commented_plan(dir.path());
    let editor = fake_editor(dir.path());
    plan(dir.path())
        .args(["edit", "p.toml", "--editor"])
        .env("EDITOR", &editor)
        .write_stdin("d\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("discarded"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn a_failing_or_file_deleting_editor_says_the_plan_was_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (path, before) = commented_plan(dir.path());
    plan(dir.path())
        .args(["edit", "p.toml", "--editor"])
        .env("EDITOR", "false")
        .assert()
        .failure()
        .stderr(predicate::str::contains("the plan was left unchanged"))
        .stderr(predicate::str::contains("answer").not());
    // An editor that deletes the file: said so, not "save as UTF-8".
    plan(dir.path())
        .args(["edit", "p.toml", "--editor"])
        .env("EDITOR", "rm")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("was removed"))
        .stderr(predicate::str::contains("the plan was left unchanged"))
        .stderr(predicate::str::contains("UTF-8").not());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

/// `--set` on an answer with comments above and after it, and `--add` to a
/// list written one entry a line: the comments stay where they were, the
/// new entry gets a line of its own, and no other byte changes.
#[test]
fn set_and_add_keep_the_comments_of_the_answers_they_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let before = std::fs::read_to_string(root().join("examples/missed-deadlines.toml"))
        .unwrap()
        .replace(
            "title = \"Project deadlines\"\n",
            "# The title comment\ntitle = \"Project deadlines\"  # trailing title\n",
        )
        .replace(
            "with = \"Jordan Reyes\"\n",
            "with = \"Jordan Reyes\"  # my note\n",
        )
        .replacen("questions = [\n", "# my questions\nquestions = [\n", 1);
    std::fs::write(&path, &before).unwrap();
    plan(dir.path())
        .args(["edit", "p.toml", "--no-input"])
        .args(["--set", "meeting.title=New"])
        .args(["--set", "meeting.with=Jordan Reyes"])
        .args(["--add", "explore.questions=What else?"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&path).unwrap();
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

/// A script in `dir/my editors/NAME` (a folder with a space in its name)
/// that checks its first argument is `-w`, then sets `with` in the file it
/// is given second to `who`.
fn spaced_editor(dir: &std::path::Path, name: &str, who: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let folder = dir.join("my editors");
    std::fs::create_dir_all(&folder).unwrap();
    let script = folder.join(name);
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\n[ \"$1\" = -w ] || {{ echo \"not -w: $1\" >&2; exit 3; }}\n\
             sed -i 's/^with = .*/with = \"{who}\"/' \"$2\"\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// Item 11 of issue 16: `$EDITOR` is run as git runs it, through the shell,
/// so an editor with arguments on `PATH`, a quoted path with spaces, and a
/// `sh -c '…'` script each edit the plan; one that cannot be started fails
/// with the plan left as it was.
#[test]
fn editors_with_quotes_and_arguments_are_run_through_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (path, before) = commented_plan(d);
    let quoted = spaced_editor(d, "ed it", "Quoted");
    spaced_editor(d, "fakecode", "On Path");
    let replacement = d.join("new plan.toml");
    std::fs::write(&replacement, before.replace("Jordan Reyes", "Scripted")).unwrap();
    let path_var = format!(
        "{}:{}",
        d.join("my editors").display(),
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
        plan(d)
            .args(["edit", "p.toml", "--editor"])
            .env("EDITOR", &editor)
            .env("PATH", &path_var)
            .assert()
            .success()
            .stderr(predicate::str::contains("Saved p.toml"));
        let after = std::fs::read_to_string(&path).unwrap();
        assert!(
            after.contains(&format!("with = \"{who}\"")),
            "{editor}: {after}"
        );
    }
    // An editor that is not there: said so, and nothing changes.
    let saved = std::fs::read(&path).unwrap();
    plan(d)
        .args(["edit", "p.toml", "--editor"])
        .env("EDITOR", "no-such-editor-here --wait")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "cannot start the editor `no-such-editor-here --wait`; the plan was left unchanged",
        ));
    assert_eq!(std::fs::read(&path).unwrap(), saved);
}
