//! `plan new` in a real pseudo-terminal, through the real dialoguer prompts.

use expectrl::{Expect, Regex, Session};
use std::time::Duration;

const DOWN: &str = "\x1b[B";

fn spawn(dir: &std::path::Path, args: &[&str]) -> expectrl::session::OsSession {
    spawn_with_editor(dir, args, None)
}

/// `plan` in a pty, as [`spawn`], with `PLAN_TODAY` fixing today.
fn spawn_on(dir: &std::path::Path, today: &str, args: &[&str]) -> expectrl::session::OsSession {
    spawn_with(dir, args, None, Some(today))
}

/// `plan` in a pty, in `dir`, with `editor` as $EDITOR (none by default).
fn spawn_with_editor(
    dir: &std::path::Path,
    args: &[&str],
    editor: Option<&std::ffi::OsStr>,
) -> expectrl::session::OsSession {
    spawn_with(dir, args, editor, None)
}

fn spawn_with(
    dir: &std::path::Path,
    args: &[&str],
    editor: Option<&std::ffi::OsStr>,
    today: Option<&str>,
) -> expectrl::session::OsSession {
    let mut cmd = crate::plan_command(dir);
    if let Some(today) = today {
        cmd.env("PLAN_TODAY", today);
    }
    cmd.args(args).env("TERM", "xterm");
    if let Some(editor) = editor {
        cmd.env("EDITOR", editor);
    }
    let mut session = Session::spawn(cmd).expect("spawn plan in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// An answers file holding the whole meeting step, so the wizard opens on the mindset.
fn meeting_answers(dir: &std::path::Path) {
    std::fs::write(
        dir.join("a.toml"),
        "[meeting]\nwith = \"Ana\"\nwhen = 2026-12-01\ntitle = \"Habits\"\nduration_minutes = 30\nplace = \"Room 1\"\nmode = \"virtual\"\ngreeting = \"Ana\"\n",
    )
    .unwrap();
}

fn answer(s: &mut expectrl::session::OsSession, prompt: &str, reply: &str) {
    expect(s, prompt);
    s.send(reply).unwrap();
    s.send("\r").unwrap();
}

/// Wait for `text` on the screen; on a timeout, fail showing what was there.
fn expect(s: &mut expectrl::session::OsSession, prompt: &str) {
    if let Err(e) = s.expect(prompt) {
        let mut buf = vec![0u8; 65536];
        let n = s.try_read(&mut buf).unwrap_or(0);
        panic!(
            "waiting for {prompt:?}: {e}; screen had: {:?}",
            String::from_utf8_lossy(&buf[..n])
        );
    }
}

/// What a stretch of output shows, without colours and styles.
fn screen(bytes: &[u8]) -> String {
    console::strip_ansi_codes(&String::from_utf8_lossy(bytes)).into_owned()
}

fn exit_code(s: &expectrl::session::OsSession) -> String {
    format!("{:?}", s.get_process().wait().unwrap())
}

#[test]
fn quick_plan_through_the_real_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["new", "--quick"]);
    answer(&mut s, "Who is the conversation with?", "Sam Lee");
    answer(&mut s, "When will you meet?", "next blursday");
    // Refused at the prompt: never echoed with a tick as if it were taken.
    let before = s.expect("That doesn't fit").unwrap();
    let before = screen(before.before());
    assert!(
        !before
            .lines()
            .any(|l| l.contains('✔') && l.contains("blursday")),
        "{before}"
    );
    // The refused text is cleared for a new try.
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x7f".repeat(20)).unwrap();
    answer(&mut s, "When will you meet?", "28/11");
    s.expect("That doesn't fit").unwrap();
    answer(&mut s, "When will you meet?", "2026-11-28 14:00");
    answer(&mut s, "relationship?", "We trust each other's estimates");
    answer(
        &mut s,
        "The fact, as a camera would record it",
        "Report due 3 Nov came 10 Nov",
    );
    // Select: seen, heard, written; two down is "written".
    s.expect("How do you know it?").unwrap();
    s.send(DOWN).unwrap();
    s.send(DOWN).unwrap();
    s.send("\r").unwrap();
    answer(&mut s, "When was it?", "2026-11-10");
    // Every list ends the same way: an empty answer (here, the next fact).
    answer(&mut s, "(#2; Enter to finish)", "");
    answer(
        &mut s,
        "What purpose do you both share",
        "We both want the launch to land",
    );
    answer(
        &mut s,
        "Which open questions will you ask? (0 so far)",
        "Why was it late?",
    );
    s.expect("accusation").unwrap();
    s.expect("What would you like to do?").unwrap();
    // The proposed rewrite comes first; here the user writes their own.
    s.expect("Use: What was behind it being late?").unwrap();
    s.send(DOWN).unwrap();
    s.send("\r").unwrap(); // Rewrite it
    // The input prompt itself, not the menu item of the same name.
    s.expect(Regex("Rewrite[^\n]*›")).unwrap();
    // The old text is pre-filled: clear it with backspaces, then type anew.
    s.send("\x7f".repeat(20)).unwrap();
    s.send("What got in the way?\r").unwrap();
    answer(&mut s, "(1 so far)", "How can I help next time?");
    answer(&mut s, "(2 so far; Enter to finish)", "");
    s.expect("If you can't agree").unwrap();
    s.send("\r").unwrap(); // expect
    answer(
        &mut s,
        "What exactly do you expect",
        "Dates met, or flagged two days ahead",
    );
    answer(
        &mut s,
        "And if it doesn't happen?",
        "A formal improvement plan",
    );
    // The review: the answers in short, then finish (the default).
    expect(&mut s, "Your answers so far");
    expect(&mut s, "Who is the conversation with?: Sam Lee");
    expect(&mut s, "Which open questions will you ask?: 2 given");
    answer(&mut s, "Does this look right?", "");
    s.expect("Plan saved (ready)").unwrap();
    let status = exit_code(&s);
    assert!(
        status.contains("Exited") && status.ends_with(", 0)"),
        "{status}"
    );

    let path = dir.path().join("plans/sam-lee-2026-11-28.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let plan: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(plan["status"].as_str(), Some("ready"));
    assert_eq!(plan["quick"].as_bool(), Some(true), "made in quick mode");
    assert_eq!(plan["meeting"]["with"].as_str(), Some("Sam Lee"));
    assert_eq!(
        plan["prepare"]["evidence"][0]["source"].as_str(),
        Some("written")
    );
    let questions: Vec<&str> = plan["explore"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        questions,
        ["What got in the way?", "How can I help next time?"]
    );
    assert_eq!(plan["summarize"]["fallback"].as_str(), Some("expect"));
    assert_eq!(
        plan["summarize"]["consequence"].as_str(),
        Some("A formal improvement plan")
    );
}

#[test]
fn the_prompt_refuses_a_time_the_clocks_skip_and_names_the_repeated_one_it_takes() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn_on(dir.path(), "2026-03-01", &["new", "talk.toml"]);
    answer(&mut s, "Who is the conversation with?", "Ana");
    answer(&mut s, "When will you meet?", "2026-03-29 01:30");
    expect(
        &mut s,
        "That doesn't fit: 01:30 does not exist on 29 March 2026 here: the clocks go forward \
         from 01:00 to 02:00; give a time before 01:00 or from 02:00. Try again.",
    );
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x7f".repeat(20)).unwrap();
    answer(&mut s, "When will you meet?", "2026-10-25 01:30");
    expect(
        &mut s,
        "That is Sunday 25 October 2026, 01:30 UTC+1, the first of the two \
         (the clocks go back from 02:00 to 01:00).",
    );
    s.expect("In a few words, what is it about?").unwrap();
    s.send("\x03").unwrap();
    s.expect("talk.toml --resume").unwrap();
    let text = std::fs::read_to_string(dir.path().join("talk.toml")).unwrap();
    assert!(text.contains("when = 2026-10-25T01:30:00\n"), "{text}");
}

#[test]
fn ctrl_c_midway_keeps_the_answers_and_says_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["new", "talk.toml"]);
    answer(&mut s, "Who is the conversation with?", "Ana");
    answer(&mut s, "When will you meet?", "2026-12-01");
    answer(
        &mut s,
        "In a few words, what is it about?",
        "Meeting habits",
    );
    s.expect("How many minutes").unwrap();
    s.send("4").unwrap(); // half-typed; lost with the interrupt
    s.send("\x03").unwrap();
    s.expect("talk.toml --resume").unwrap();
    let status = exit_code(&s);
    assert!(status.contains("130"), "{status}");

    let path = dir.path().join("talk.toml");
    let plan: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(plan["meeting"]["with"].as_str(), Some("Ana"));
    assert_eq!(plan["meeting"]["title"].as_str(), Some("Meeting habits"));
    assert!(plan["meeting"].get("duration_minutes").is_none());
    let strays: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.ends_with(".lock"))
        .collect();
    assert!(strays.is_empty(), "{strays:?}");

    // Resume starts at the first unanswered question.
    let mut s = spawn(dir.path(), &["new", "talk.toml", "--resume"]);
    answer(&mut s, "How many minutes", "30");
    s.expect("Where will it take place?").unwrap();
    s.send("\x03").unwrap();
    s.expect("--resume").unwrap();
    let plan: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(plan["meeting"]["duration_minutes"].as_integer(), Some(30));
}

#[test]
fn long_answers_can_be_written_in_the_editor_and_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let editor = dir.path().join("fake-editor");
    let log = dir.path().join("editor.log");
    let opened = dir.path().join("opened.md");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\nstat -c '%a %n' \"$1\" > '{}'\ncp \"$1\" '{}'\nprintf '# Heading\\nWritten in the editor.\\nSecond line.\\n' >> \"$1\"\n",
            log.display(),
            opened.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::create_dir(dir.path().join("talks")).unwrap();
    meeting_answers(dir.path());
    let mut s = spawn_with_editor(
        dir.path(),
        &["new", "talks/p.toml", "--answers", "a.toml"],
        Some(editor.as_os_str()),
    );
    answer(&mut s, "What makes this conversation hard for you?", "/e");
    let shown = s.expect("What is the problem from their side?").unwrap();
    // Said back as the answer's first line, not as `/e`.
    let shown = screen(shown.before());
    assert!(
        shown.contains("What makes this conversation hard for you? · # Heading…"),
        "{shown}"
    );
    assert!(!shown.contains("· /e"), "{shown}");
    s.send("\x03").unwrap();
    s.expect("--resume").unwrap();
    exit_code(&s);

    // The file opened with the question and its help as comments.
    let opened = std::fs::read_to_string(&opened).unwrap();
    assert!(
        opened.starts_with("# What makes this conversation hard for you?\n# "),
        "{opened}"
    );
    assert!(opened.contains("removed when you save"), "{opened}");

    let logged = std::fs::read_to_string(&log).unwrap();
    let (mode, file) = logged.trim().split_once(' ').unwrap();
    assert_eq!(mode, "600", "editor file mode");
    let file = std::path::Path::new(file);
    assert!(
        file.parent().unwrap().ends_with("talks"),
        "the editor file was made outside the plan's folder: {}",
        file.display()
    );
    assert!(!file.exists(), "the editor file was left behind");
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("talks/p.toml")).unwrap()).unwrap();
    assert_eq!(
        plan["mindset"]["hard_for_me"].as_str(),
        Some("# Heading\nWritten in the editor.\nSecond line."),
        "our comments removed, the answer's own heading kept"
    );
    assert_eq!(
        plan["meeting"]["place"].as_str(),
        Some("Room 1"),
        "answers file prefilled"
    );
}

#[test]
fn summary_through_the_real_prompts_confirms_the_planned_fallback() {
    let dir = tempfile::tempdir().unwrap();
    let mut example =
        std::fs::read_to_string(crate::root().join("examples/meeting-behaviour.toml")).unwrap();
    example.truncate(example.find("\n[outcome]").unwrap());
    std::fs::write(
        dir.path().join("p.toml"),
        example.replace("followed-up", "ready"),
    )
    .unwrap();

    // The day after the meeting, so it is not one still to come.
    let mut s = spawn_on(dir.path(), "2026-12-02", &["summary", "p.toml"]);
    answer(&mut s, "When did the meeting take place?", ""); // today, pre-filled
    answer(&mut s, "What did you discuss?", ""); // the facts, pre-filled
    answer(
        &mut s,
        "How did they see things",
        "Meetings feel slow to them",
    );
    answer(&mut s, "Did you agree a way forward?", "n");
    // No actions are asked for after "no".
    answer(&mut s, "What support did you offer?", "A tighter agenda");
    s.expect("Without agreement, which way did you go?")
        .unwrap();
    s.send("\r").unwrap(); // the plan's choice is pre-selected
    // The planned words are pre-filled: Enter confirms them.
    answer(&mut s, "What did you say you expect from now on?", "");
    answer(&mut s, "And the consequence", "");
    answer(
        &mut s,
        "When will you next check in together?",
        "2026-12-15",
    );
    answer(&mut s, "What went well?", "Stayed calm");
    answer(&mut s, "What would you do differently", "Fewer apologies");
    answer(&mut s, "How does the outcome compare", "Partly there");
    answer(&mut s, "Which quick reactions", "A laugh, as expected");
    s.expect("What I expect from now on").unwrap();
    s.expect("each person finishes their point").unwrap();
    let status = exit_code(&s);
    assert!(status.ends_with(", 0)"), "{status}");

    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("p.toml")).unwrap()).unwrap();
    let o = &plan["outcome"];
    assert_eq!(plan["status"].as_str(), Some("followed-up"));
    assert_eq!(
        o["held_on"].as_datetime().unwrap().to_string(),
        "2026-12-02"
    );
    assert_eq!(o["agreed"].as_bool(), Some(false));
    assert_eq!(o["fallback"].as_str(), Some("expect"));
    assert_eq!(
        o["expectation"].as_str(),
        plan["summarize"]["expectation"].as_str(),
        "the planned expectation was confirmed"
    );
    assert_eq!(
        plan["debrief"]["differently"].as_str(),
        Some("Fewer apologies")
    );
}

#[test]
fn a_failing_editor_does_not_end_the_session() {
    let dir = tempfile::tempdir().unwrap();
    meeting_answers(dir.path());
    let mut s = spawn_with_editor(
        dir.path(),
        &["new", "p.toml", "--answers", "a.toml"],
        Some(std::ffi::OsStr::new("false")),
    );
    answer(&mut s, "What makes this conversation hard for you?", "/e");
    s.expect("the editor `false` exited").unwrap();
    answer(
        &mut s,
        "What makes this conversation hard for you?",
        "Typed instead",
    );
    s.expect("What is the problem from their side?").unwrap();
    s.send("\x03").unwrap();
    s.expect("--resume").unwrap();
    exit_code(&s);
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("p.toml")).unwrap()).unwrap();
    assert_eq!(
        plan["mindset"]["hard_for_me"].as_str(),
        Some("Typed instead")
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".plan-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_fact_is_saved_as_soon_as_it_has_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["new", "f.toml", "--quick"]);
    answer(&mut s, "Who is the conversation with?", "Bo");
    answer(&mut s, "When will you meet?", "2026-12-02");
    answer(&mut s, "relationship?", "Trust");
    answer(
        &mut s,
        "The fact, as a camera would record it",
        "Late twice in November",
    );
    s.expect("How do you know it?").unwrap();
    s.send("\r").unwrap(); // seen
    s.expect("When was it?").unwrap();
    s.send("\x03").unwrap(); // the optional date is the answer being typed
    s.expect("--resume").unwrap();
    exit_code(&s);
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("f.toml")).unwrap()).unwrap();
    let fact = &plan["prepare"]["evidence"][0];
    assert_eq!(fact["fact"].as_str(), Some("Late twice in November"));
    assert_eq!(fact["source"].as_str(), Some("seen"));
}

#[test]
fn summary_edit_starts_each_question_from_the_recorded_answer() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::root().join("examples/meeting-behaviour.toml"),
        dir.path().join("p.toml"),
    )
    .unwrap();
    let mut s = spawn(dir.path(), &["summary", "p.toml", "--edit"]);
    answer(&mut s, "When did the meeting take place?", ""); // keeps 2026-12-01
    answer(&mut s, "What did you discuss?", ""); // keeps what was recorded
    answer(&mut s, "How did they see things", ""); // keeps the recorded view
    answer(&mut s, "Did you agree a way forward?", ""); // default is the recorded "no"
    // Replace the recorded support: clear the pre-filled text first.
    expect(&mut s, "What support did you offer?");
    expect(&mut s, "send it a day ahead.");
    // Keys sent before the prompt reads in raw mode are taken by the
    // terminal's line editing and lost; give it a moment to start reading.
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x7f".repeat(120)).unwrap();
    s.send("A shorter agenda, sent a day ahead\r").unwrap();
    s.expect("Without agreement, which way did you go?")
        .unwrap();
    s.send("\r").unwrap();
    for prompt in [
        "What did you say you expect",
        "And the consequence",
        "When will you next check in",
        "What went well?",
        "What would you do differently",
        "How does the outcome compare",
        "Which quick reactions",
    ] {
        answer(&mut s, prompt, "");
    }
    s.expect("A shorter agenda, sent a day ahead").unwrap();
    let status = exit_code(&s);
    assert!(status.ends_with(", 0)"), "{status}");

    let after: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("p.toml")).unwrap()).unwrap();
    let before: toml::Value = toml::from_str(
        &std::fs::read_to_string(crate::root().join("examples/meeting-behaviour.toml")).unwrap(),
    )
    .unwrap();
    let (a, b) = (&after["outcome"], &before["outcome"]);
    assert_eq!(
        a["support"].as_str(),
        Some("A shorter agenda, sent a day ahead")
    );
    for key in [
        "held_on",
        "their_view",
        "agreed",
        "fallback",
        "expectation",
        "consequence",
        "next_check_in",
    ] {
        assert_eq!(a[key], b[key], "{key} changed on Enter");
    }
    assert_eq!(after["debrief"], before["debrief"]);
}

/// An executable shell script at `dir/name`.
fn script(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

fn wait_for(path: &std::path::Path) {
    for _ in 0..200 {
        if path.exists() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{} never appeared", path.display());
}

fn answer_files(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".plan-answer-"))
        .collect()
}

#[test]
fn ctrl_c_in_an_editor_that_uses_it_belongs_to_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    // Like vim: Ctrl-C is the editor's own key; it carries on and saves.
    let editor = script(
        dir.path(),
        "vim-like",
        &format!(
            "trap 'echo interrupted >> {d}/log' INT\ntouch {d}/started\nwhile [ ! -f {d}/release ]; do sleep 0.1; done\nprintf 'Kept after Ctrl-C.\\n' > \"$1\"\n"
        ),
    );
    meeting_answers(dir.path());
    let mut s = spawn_with_editor(
        dir.path(),
        &["new", "p.toml", "--answers", "a.toml"],
        Some(editor.as_os_str()),
    );
    answer(&mut s, "What makes this conversation hard for you?", "/e");
    wait_for(&dir.path().join("started"));
    s.send("\x03").unwrap();
    wait_for(&dir.path().join("log"));
    std::fs::write(dir.path().join("release"), "").unwrap();
    expect(&mut s, "What is the problem from their side?");
    s.send("\x03").unwrap();
    expect(&mut s, "--resume");
    assert!(exit_code(&s).contains("130"));
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("p.toml")).unwrap()).unwrap();
    assert_eq!(
        plan["mindset"]["hard_for_me"].as_str(),
        Some("Kept after Ctrl-C.")
    );
    assert!(answer_files(dir.path()).is_empty());
}

#[test]
fn ctrl_c_that_ends_the_editor_waits_for_it_and_removes_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    let editor = script(
        dir.path(),
        "plain-editor",
        &format!("touch {d}/started\nsleep 30\n"),
    );
    meeting_answers(dir.path());
    let mut s = spawn_with_editor(
        dir.path(),
        &["new", "p.toml", "--answers", "a.toml"],
        Some(editor.as_os_str()),
    );
    answer(&mut s, "What makes this conversation hard for you?", "/e");
    wait_for(&dir.path().join("started"));
    assert_eq!(answer_files(dir.path()).len(), 1, "the editor has its file");
    // A Ctrl-C typed in the instant the terminal changes hands can be lost;
    // like a user, press it again until the editor is gone.
    s.set_expect_timeout(Some(Duration::from_secs(2)));
    let mut gone = false;
    for _ in 0..5 {
        s.send("\x03").unwrap();
        if s.expect("p.toml --resume").is_ok() {
            gone = true;
            break;
        }
    }
    assert!(gone, "Ctrl-C never ended the editor");
    assert!(exit_code(&s).contains("130"));
    assert!(
        answer_files(dir.path()).is_empty(),
        "the editor's file was left behind"
    );
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("p.toml")).unwrap()).unwrap();
    assert_eq!(plan["meeting"]["with"].as_str(), Some("Ana"));
}

const UP: &str = "\x1b[A";

#[test]
fn edit_step_keeps_with_enter_changes_one_answer_and_deletes_an_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    std::fs::copy(crate::root().join("examples/missed-deadlines.toml"), &path).unwrap();
    let before = std::fs::read_to_string(&path).unwrap();
    let mut s = spawn(dir.path(), &["edit", "p.toml", "--step", "explore"]);
    // Enter keeps the current answer, pre-filled.
    answer(&mut s, "How do you expect them to see it?", "");
    // The list is shown whole; the menu starts on "Done with this list".
    expect(&mut s, "Pick an entry to change, or add one");
    expect(&mut s, "Done with this list");
    std::thread::sleep(Duration::from_millis(300));
    s.send(UP.repeat(3)).unwrap(); // 2. What gets in the way…
    s.send("\r").unwrap();
    expect(&mut s, "Keep it");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{DOWN}{DOWN}\r")).unwrap(); // Delete it
    expect(&mut s, "Pick an entry to change, or add one");
    expect(&mut s, "Done with this list");
    std::thread::sleep(Duration::from_millis(300));
    s.send(UP.repeat(3)).unwrap(); // 1. How has the last month…
    s.send("\r").unwrap();
    expect(&mut s, "Keep it");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{DOWN}\r")).unwrap(); // Change it
    expect(&mut s, "from where you sit?");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x7f".repeat(60)).unwrap();
    s.send("What has the last month been like for you?\r")
        .unwrap();
    expect(&mut s, "Pick an entry to change, or add one");
    expect(&mut s, "Done with this list");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    // After the step: another step, or finish (the default).
    expect(&mut s, "Which step would you like to change?");
    expect(&mut s, "Finish");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    expect(&mut s, "Saved");
    let status = exit_code(&s);
    assert!(status.ends_with(", 0)"), "{status}");

    let after = std::fs::read_to_string(&path).unwrap();
    let plan: toml::Value = toml::from_str(&after).unwrap();
    let old: toml::Value = toml::from_str(&before).unwrap();
    assert_eq!(
        plan["explore"]["questions"],
        toml::Value::Array(vec![
            "What has the last month been like for you?".into(),
            "What would help you flag a slip earlier?".into(),
        ])
    );
    assert_eq!(
        plan["explore"]["their_story"],
        old["explore"]["their_story"]
    );
    assert_eq!(plan["meeting"], old["meeting"]);
}

#[test]
fn the_review_at_the_end_of_new_can_change_a_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(
        dir.path(),
        &[
            "new",
            "p.toml",
            "--quick",
            "--set",
            "meeting.with=Ana",
            "--set",
            "meeting.when=2026-12-01",
            "--set",
            "mindset.outcome_relationship=Trust",
            "--set",
            "prepare.evidence={ fact = \"Late twice\", source = \"seen\" }",
            "--set",
            "open.mutual_purpose=Good launches",
            "--set",
            "explore.questions=What happened?",
            "--set",
            "explore.questions=How do you see it?",
            "--set",
            "summarize.fallback=escalate",
            "--set",
            "summarize.escalation_why=Third time",
            "--set",
            "summarize.escalation_next=HR joins",
            "--set",
            "summarize.questions=What help would you like from me?",
        ],
    );
    // Every essential is given: straight to the review.
    expect(&mut s, "Nothing left to ask.");
    expect(&mut s, "Your answers so far");
    expect(&mut s, "What happens next, and who is involved?: HR joins");
    expect(&mut s, "Does this look right?");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{DOWN}\r")).unwrap(); // Change a step first
    expect(&mut s, "Which step would you like to change?");
    expect(&mut s, "Finish");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{}\r", DOWN.repeat(4))).unwrap(); // Open
    expect(&mut s, "What purpose do you both share");
    expect(&mut s, "Good launches");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x7f".repeat(20)).unwrap();
    s.send("Launches we are both proud of\r").unwrap();
    answer(&mut s, "What is your story", "");
    expect(&mut s, "Which step would you like to change?");
    expect(&mut s, "Finish");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    expect(&mut s, "Plan saved (ready)");
    let status = exit_code(&s);
    assert!(status.ends_with(", 0)"), "{status}");
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("p.toml")).unwrap()).unwrap();
    assert_eq!(
        plan["open"]["mutual_purpose"].as_str(),
        Some("Launches we are both proud of")
    );
}

#[test]
fn resume_after_ctrl_c_in_the_second_fact_returns_to_the_facts() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["new", "r.toml", "--quick"]);
    answer(&mut s, "Who is the conversation with?", "Bo");
    answer(&mut s, "When will you meet?", "2026-12-02");
    answer(&mut s, "relationship?", "Trust");
    answer(
        &mut s,
        "The fact, as a camera would record it",
        "Late twice",
    );
    expect(&mut s, "How do you know it?");
    s.send("\r").unwrap(); // seen
    answer(&mut s, "When was it?", "");
    answer(&mut s, "(#2; Enter to finish)", "Missed the review");
    // Ctrl-C while choosing the second fact's source.
    expect(&mut s, "How do you know it?");
    s.send("\x03").unwrap();
    expect(&mut s, "--resume");
    exit_code(&s);

    let mut s = spawn(dir.path(), &["new", "r.toml", "--resume"]);
    // The second fact, typed part way, is offered back first: dropped here.
    expect(
        &mut s,
        "You stopped part way through a fact: Missed the review",
    );
    expect(&mut s, "Drop it");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{DOWN}{DOWN}\r")).unwrap();
    // Back at the facts, with the first one kept: the next is the second.
    answer(&mut s, "(#2; Enter to finish)", "");
    expect(&mut s, "What purpose do you both share");
    s.send("\x03").unwrap();
    expect(&mut s, "--resume");
    exit_code(&s);
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("r.toml")).unwrap()).unwrap();
    let facts = plan["prepare"]["evidence"].as_array().unwrap();
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0]["fact"].as_str(), Some("Late twice"));
}

#[test]
fn an_empty_answer_ends_a_list_without_a_yes() {
    let dir = tempfile::tempdir().unwrap();
    meeting_answers(dir.path());
    let mut s = spawn(
        dir.path(),
        &["new", "l.toml", "--quick", "--answers", "a.toml"],
    );
    answer(&mut s, "relationship?", "Trust");
    answer(&mut s, "The fact, as a camera would record it", "Late");
    expect(&mut s, "How do you know it?");
    s.send("\r").unwrap();
    answer(&mut s, "When was it?", "");
    answer(&mut s, "(#2; Enter to finish)", "");
    answer(&mut s, "What purpose do you both share", "A good launch");
    answer(&mut s, "(0 so far)", "What happened?");
    answer(&mut s, "(1 so far)", "How do you see it?");
    // Enter on an empty entry ends the list; the next question follows at once.
    expect(&mut s, "(2 so far; Enter to finish)");
    s.send("\r").unwrap();
    let before = s.expect("If you can't agree").unwrap();
    let before = screen(before.before());
    assert!(!before.contains("Add another"), "{before}");
    assert!(!before.contains("[y/n]"), "{before}");
    s.send("\x03").unwrap();
    expect(&mut s, "--resume");
    exit_code(&s);
    let plan: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("l.toml")).unwrap()).unwrap();
    assert_eq!(plan["explore"]["questions"].as_array().unwrap().len(), 2);
}

/// The note `plan check` and `--no-input` give for this fact
/// (coaching::one_sentence_gives_one_finding_on_every_path).
const SLOPPY: &str =
    "\"sloppy\" is a verdict (and \"always\" judges too), not something a camera would record";

#[test]
fn one_sentence_gets_one_finding_from_the_wizard_no_input_edit_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), &["new", "f.toml", "--quick"]);
    answer(&mut s, "Who is the conversation with?", "Bo");
    answer(&mut s, "When will you meet?", "2026-12-02");
    answer(&mut s, "relationship?", "Trust");
    // A stray "y" where a fact is asked is refused, and the fact asked again.
    answer(&mut s, "The fact, as a camera would record it", "y");
    expect(&mut s, "looks like a key pressed by mistake, not a fact");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x7f").unwrap();
    s.send("Her reports are always sloppy.\r").unwrap();
    expect(&mut s, SLOPPY);
    expect(&mut s, "Keep it as it is");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{DOWN}\r")).unwrap(); // keep it
    expect(&mut s, "How do you know it?");
    s.send("\r").unwrap(); // seen
    expect(&mut s, "When was it?");
    s.send("\x03").unwrap();
    expect(&mut s, "--resume");
    exit_code(&s);

    // The same sentence gets the same finding from plan check, and the same
    // note from plan new --no-input and plan edit --no-input.
    let message = format!("\"message\": {:?}", SLOPPY);
    crate::plan(dir.path())
        .args(["check", "f.toml", "--format", "json"])
        .assert()
        .stdout(predicates::str::contains(
            "\"rule\": \"judgement-in-fact\", \"severity\": \"warning\", \"key\": \"prepare.evidence[1].fact\"",
        ))
        .stdout(predicates::str::contains(message));
    let fact = r#"prepare.evidence={ fact = "Her reports are always sloppy.", source = "seen" }"#;
    crate::plan(dir.path())
        .args(["new", "g", "--no-input", "--set", fact])
        .assert()
        .success()
        .stderr(predicates::str::contains(format!(
            "note: prepare.evidence[1].fact: {SLOPPY}"
        )));
    crate::plan(dir.path())
        .args(["edit", "f.toml", "--no-input", "--add", fact])
        .assert()
        .success()
        .stderr(predicates::str::contains(format!(
            "note: prepare.evidence[2].fact: {SLOPPY}"
        )));

    // plan edit coaches a fact added in the list editor the same way.
    let mut s = spawn(dir.path(), &["edit", "f.toml", "--step", "prepare"]);
    answer(&mut s, "What will help you stay calm?", "");
    expect(&mut s, "Pick an entry to change, or add one");
    expect(&mut s, "Done with this list");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{UP}\r")).unwrap(); // Add one
    answer(
        &mut s,
        "The fact, as a camera would record it",
        "Her reports are always sloppy.",
    );
    expect(&mut s, SLOPPY);
    expect(&mut s, "Keep it as it is");
    s.send("\x03").unwrap();
    exit_code(&s);
}

/// An answers file answering every question `plan new` asks before `id`
/// (a plain answer of each kind), with `minutes` booked, so the wizard
/// opens on `id` whatever questions come before it.
fn answers_before(dir: &std::path::Path, id: &str, minutes: i64) {
    use plan::questions::catalogue::{Kind, PLANNING};
    fn sample(kind: &Kind, min: usize) -> String {
        let many = |one: String| format!("[{}]", vec![one; min].join(", "));
        match kind {
            Kind::Text | Kind::LongText => "\"Answered ahead of time\"".into(),
            Kind::List | Kind::Bank(_) => many("\"What happened next?\"".into()),
            Kind::MultiChoice(_) => "[]".into(),
            Kind::Choice(opts) => format!("\"{}\"", opts[0].value),
            Kind::When | Kind::Date => "2026-12-01".into(),
            Kind::Minutes => "45".into(),
            Kind::YesNo => "true".into(),
            Kind::Records(fields) => {
                let set: Vec<String> = fields
                    .iter()
                    .filter(|f| !f.optional)
                    .map(|f| format!("{} = {}", f.key, sample(&f.kind, 1)))
                    .collect();
                many(format!("{{ {} }}", set.join(", ")))
            }
        }
    }
    let mut text = String::new();
    for q in PLANNING.iter().take_while(|q| q.id != id) {
        if q.only_if.is_none() {
            let value = match q.id {
                "meeting.with" => "\"Daniel Okoro\"".into(),
                "meeting.duration_minutes" => minutes.to_string(),
                _ => sample(&q.kind, q.min),
            };
            text.push_str(&format!("{} = {value}\n", q.id));
        }
    }
    std::fs::write(dir.join("a.toml"), text).unwrap();
}

fn read_plan(path: &std::path::Path) -> toml::Value {
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// meeting-behaviour before its meeting (1 December 2026, 14:30): ready,
/// with no outcome yet.
fn before_the_meeting(dir: &std::path::Path) -> std::path::PathBuf {
    let mut example =
        std::fs::read_to_string(crate::root().join("examples/meeting-behaviour.toml")).unwrap();
    example.truncate(example.find("\n[outcome]").unwrap());
    let path = dir.join("p.toml");
    std::fs::write(&path, example.replace("followed-up", "ready")).unwrap();
    path
}

#[test]
fn summary_of_a_meeting_still_to_come_asks_whether_it_took_place_early() {
    let dir = tempfile::tempdir().unwrap();
    let path = before_the_meeting(dir.path());
    let before = std::fs::read(&path).unwrap();
    const EARLY: &str =
        "The meeting is planned for Tuesday 1 December 2026, 14:30. Did it take place early?";

    // A hurried Enter: not early, so nothing is recorded and nothing changes.
    let mut s = spawn_on(dir.path(), "2026-11-20", &["summary", "p.toml"]);
    expect(&mut s, EARLY);
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    expect(
        &mut s,
        "Nothing recorded. Once you have met, run `plan summary p.toml`",
    );
    let status = exit_code(&s);
    assert!(status.ends_with(", 0)"), "{status}");
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // Early: the day starts from today, with a word on the planned day; a
    // Ctrl-C at that first question still changes nothing.
    let mut s = spawn_on(dir.path(), "2026-11-20", &["summary", "p.toml"]);
    expect(&mut s, EARLY);
    std::thread::sleep(Duration::from_millis(300));
    s.send("y\r").unwrap();
    expect(
        &mut s,
        "Planned for Tuesday 1 December 2026, 14:30; it took place early, so today is filled in.",
    );
    expect(&mut s, "When did the meeting take place?");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x03").unwrap();
    expect(&mut s, "Interrupted before anything was saved.");
    assert!(exit_code(&s).contains("130"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "marked held");

    // The day saved: now it is held, on that day.
    let mut s = spawn_on(dir.path(), "2026-11-20", &["summary", "p.toml"]);
    expect(&mut s, EARLY);
    std::thread::sleep(Duration::from_millis(300));
    s.send("y\r").unwrap();
    answer(&mut s, "When did the meeting take place?", "");
    expect(&mut s, "What did you discuss?");
    s.send("\x03").unwrap();
    expect(&mut s, "plan summary p.toml");
    assert!(exit_code(&s).contains("130"));
    let plan = read_plan(&path);
    assert_eq!(plan["status"].as_str(), Some("held"));
    assert_eq!(
        plan["outcome"]["held_on"]
            .as_datetime()
            .unwrap()
            .to_string(),
        "2026-11-20"
    );

    // Held: carrying on asks no more whether it was early.
    let mut s = spawn_on(dir.path(), "2026-11-20", &["summary", "p.toml"]);
    let shown = s.expect("What did you discuss?").unwrap();
    assert!(!screen(shown.before()).contains("early?"));
    s.send("\x03").unwrap();
    exit_code(&s);
}

#[test]
fn ctrl_c_at_the_first_summary_question_leaves_the_plan_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = before_the_meeting(dir.path());
    let before = std::fs::read(&path).unwrap();
    let mut s = spawn_on(dir.path(), "2026-12-05", &["summary", "p.toml"]);
    // A meeting in the past is not asked about; its planned day is named.
    expect(
        &mut s,
        "Planned for Tuesday 1 December 2026, 14:30; if it took place then, type 2026-12-01.",
    );
    expect(&mut s, "When did the meeting take place?");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x03").unwrap();
    expect(&mut s, "Interrupted");
    assert!(exit_code(&s).contains("130"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(read_plan(&path)["status"].as_str(), Some("ready"));
}

#[test]
fn the_greeting_prompt_starts_from_the_first_name() {
    let dir = tempfile::tempdir().unwrap();
    answers_before(dir.path(), "meeting.greeting", 45);
    let mut s = spawn(dir.path(), &["new", "g.toml", "--answers", "a.toml"]);
    expect(&mut s, "How do you address them?");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap(); // a hurried Enter keeps what is shown
    let shown = s
        .expect("What makes this conversation hard for you?")
        .unwrap();
    let shown = screen(shown.before());
    assert!(
        shown.contains("How do you address them? · Daniel"),
        "{shown}"
    );
    s.send("\x03").unwrap();
    exit_code(&s);
    let plan = read_plan(&dir.path().join("g.toml"));
    assert_eq!(plan["meeting"]["greeting"].as_str(), Some("Daniel"));
}

#[test]
fn enough_time_starts_from_the_minutes_and_moving_asks_the_new_length() {
    let dir = tempfile::tempdir().unwrap();
    const NEXT: &str = "Which of these can you honestly say today?";
    // 45 minutes booked: Enter says there is enough.
    answers_before(dir.path(), "prepare.enough_time", 45);
    let mut s = spawn(dir.path(), &["new", "a45.toml", "--answers", "a.toml"]);
    expect(&mut s, "Is there enough time booked?");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    let shown = s.expect(NEXT).unwrap();
    assert!(
        screen(shown.before()).contains("Is there enough time booked? · yes"),
        "{}",
        screen(shown.before())
    );
    s.send("\x03").unwrap();
    exit_code(&s);
    let plan = read_plan(&dir.path().join("a45.toml"));
    assert_eq!(plan["prepare"]["enough_time"].as_bool(), Some(true));

    // 20 minutes: Enter says not enough; moving asks the time, then the
    // length from the current one, and "enough now?" follows the new length.
    answers_before(dir.path(), "prepare.enough_time", 20);
    let mut s = spawn(dir.path(), &["new", "a20.toml", "--answers", "a.toml"]);
    expect(&mut s, "Is there enough time booked?");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    let shown = s.expect("Would you like to move the meeting?").unwrap();
    let shown = screen(shown.before());
    assert!(
        shown.contains("Is there enough time booked? · no"),
        "{shown}"
    );
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap(); // move it
    answer(&mut s, "When will you meet instead?", "2026-12-03 14:00");
    expect(&mut s, "How many minutes have you booked?");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x7f\x7f").unwrap(); // the current 20 is filled in
    s.send("50\r").unwrap();
    let shown = s.expect("Is there enough time booked now?").unwrap();
    let shown = screen(shown.before());
    assert!(
        shown.contains("How many minutes have you booked? · 50"),
        "{shown}"
    );
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap();
    let shown = s.expect(NEXT).unwrap();
    let shown = screen(shown.before());
    assert!(shown.contains("booked now? · yes"), "{shown}");
    s.send("\x03").unwrap();
    exit_code(&s);
    let plan = read_plan(&dir.path().join("a20.toml"));
    assert_eq!(plan["meeting"]["duration_minutes"].as_integer(), Some(50));
    assert_eq!(
        plan["meeting"]["when"].as_datetime().unwrap().to_string(),
        "2026-12-03T14:00:00"
    );
    assert_eq!(plan["prepare"]["enough_time"].as_bool(), Some(true));
}

#[test]
fn a_fact_typed_part_way_survives_ctrl_c_and_resume_offers_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.toml");
    let mut s = spawn(dir.path(), &["new", "d.toml", "--quick"]);
    answer(&mut s, "Who is the conversation with?", "Bo");
    answer(&mut s, "When will you meet?", "2026-12-02");
    answer(&mut s, "relationship?", "Trust");
    answer(
        &mut s,
        "The fact, as a camera would record it",
        "Missed the review on 3 Nov",
    );
    expect(&mut s, "How do you know it?");
    s.send("\x03").unwrap(); // before the source is chosen
    expect(&mut s, "Your answers so far are saved");
    assert!(exit_code(&s).contains("130"));
    let plan = read_plan(&path);
    assert_eq!(
        plan["draft"][0]["question"].as_str(),
        Some("prepare.evidence")
    );
    assert_eq!(
        plan["draft"][0]["entry"]["fact"].as_str(),
        Some("Missed the review on 3 Nov")
    );
    assert!(
        plan.get("prepare")
            .and_then(|p| p.get("evidence"))
            .is_none()
    );
    // Every command reads the plan; none shows the draft.
    for args in [
        vec!["render", "d.toml"],
        vec!["render", "d.toml", "--format", "html"],
        vec!["invite", "d.toml"],
        vec!["check", "d.toml"],
    ] {
        let out = crate::plan(dir.path()).args(&args).output().unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.code().unwrap() <= 1, "{args:?}: {all}");
        assert!(!all.contains("Missed the review"), "{args:?}: {all}");
    }

    // Resumed: offered back; a hurried Enter completes it from what was typed.
    let mut s = spawn(dir.path(), &["new", "d.toml", "--resume"]);
    expect(
        &mut s,
        "You stopped part way through a fact: Missed the review on 3 Nov",
    );
    expect(&mut s, "Drop it");
    std::thread::sleep(Duration::from_millis(300));
    s.send("\r").unwrap(); // complete it now
    answer(&mut s, "The fact, as a camera would record it", ""); // kept as typed
    expect(&mut s, "How do you know it?");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{DOWN}\r")).unwrap(); // heard
    answer(&mut s, "When was it?", "");
    answer(&mut s, "(#2; Enter to finish)", "");
    expect(&mut s, "What purpose do you both share");
    s.send("\x03").unwrap();
    exit_code(&s);
    let plan = read_plan(&path);
    let facts = plan["prepare"]["evidence"].as_array().unwrap();
    assert_eq!(facts.len(), 1);
    assert_eq!(
        facts[0]["fact"].as_str(),
        Some("Missed the review on 3 Nov")
    );
    assert_eq!(facts[0]["source"].as_str(), Some("heard"));
    assert!(plan.get("draft").is_none(), "{plan:?}");
}

#[test]
fn a_dont_do_pair_typed_part_way_can_be_dropped_on_resume() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    answers_before(dir.path(), "safety.contrasting", 45);
    let mut s = spawn(dir.path(), &["new", "c.toml", "--answers", "a.toml"]);
    answer(
        &mut s,
        "I don't … (what you don't mean)",
        "I don't think you're careless",
    );
    expect(&mut s, "I do … (what you do mean)");
    std::thread::sleep(Duration::from_millis(300));
    s.send("I do need").unwrap(); // half-typed: the field itself is lost
    s.send("\x03").unwrap();
    expect(&mut s, "--resume");
    exit_code(&s);
    let plan = read_plan(&path);
    assert_eq!(
        plan["draft"][0]["entry"]["dont"].as_str(),
        Some("I don't think you're careless")
    );

    let mut s = spawn(dir.path(), &["new", "c.toml", "--resume"]);
    expect(
        &mut s,
        "You stopped part way through a don't/do pair: I don't think you're careless",
    );
    expect(&mut s, "Drop it");
    std::thread::sleep(Duration::from_millis(300));
    s.send(format!("{DOWN}{DOWN}\r")).unwrap();
    expect(&mut s, "Dropped the don't/do pair.");
    // The list is asked as before, from its first entry.
    expect(&mut s, "(#1; Enter to finish)");
    s.send("\x03").unwrap();
    exit_code(&s);
    let plan = read_plan(&path);
    assert!(plan.get("draft").is_none(), "{plan:?}");
}

#[test]
fn a_list_of_one_is_counted_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    answers_before(dir.path(), "prepare.space_booked", 45);
    crate::plan(dir.path())
        .args(["new", "p.toml", "--no-input", "--answers", "a.toml"])
        .assert()
        .success();
    let mut s = spawn(dir.path(), &["edit", "p.toml", "--step", "prepare"]);
    answer(&mut s, "What will help you stay calm?", "");
    let shown = s.expect("Done with this list").unwrap();
    let shown = screen(shown.before());
    assert!(shown.contains("1 fact"), "{shown}");
    assert!(!shown.contains("1 facts"), "{shown}");
    s.send("\x03").unwrap();
    exit_code(&s);
}
