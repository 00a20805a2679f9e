//! `plan new` in a real pseudo-terminal, through the real dialoguer prompts.
//!
//! Every step waits for the screen to show its prompt, and types once the
//! prompt reads keys ([`Terminal::keys`]); none sleeps.

use crate::harness::terminal::{BACKSPACE, CTRL_C, DOWN, UP};
use crate::harness::{Terminal, Test, example_text};
use expectrl::Regex;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// An answers file holding the whole meeting step, so the wizard opens on the mindset.
fn meeting_answers(t: &Test) {
    t.write(
        "a.toml",
        "[meeting]\nwith = \"Ana\"\nwhen = 2026-12-01\ntitle = \"Habits\"\nduration_minutes = 30\nplace = \"Room 1\"\nmode = \"virtual\"\ngreeting = \"Ana\"\n",
    );
}

/// `plan new FILE --quick` in a terminal, answered up to its first fact
/// (with Bo, on 2 December 2026, for trust), and `fact` given as that fact.
fn quick_plan_with_fact(t: &Test, file: &str, fact: &str) -> Terminal {
    let mut s = t.plan(["new", file, "--quick"]).terminal();
    s.answer("Who is the conversation with?", "Bo");
    s.answer("When will you meet?", "2026-12-02");
    s.answer("relationship?", "Trust");
    s.answer("The fact, as a camera would record it", fact);
    s
}

/// The names of the files in the test's folder that `plan` may leave
/// behind: temporary copies, locks, answers being edited.
fn leftovers(t: &Test) -> Vec<String> {
    t.names(".")
        .into_iter()
        .filter(|n| n.starts_with(".plan-") || n.ends_with(".tmp") || n.ends_with(".lock"))
        .collect()
}

#[test]
fn quick_plan_through_the_real_prompts() {
    let t = Test::new();
    let mut s = t.plan(["new", "--quick"]).terminal();
    s.answer("Who is the conversation with?", "Sam Lee");
    s.answer("When will you meet?", "next blursday");
    // Refused at the prompt: never echoed with a tick as if it were taken.
    let before = s.expect("That doesn't fit");
    assert!(
        !before
            .lines()
            .any(|l| l.contains('✔') && l.contains("blursday")),
        "{before}"
    );
    // The refused text is cleared for a new try.
    s.keys(BACKSPACE.repeat(20));
    s.answer("When will you meet?", "28/11");
    s.expect("That doesn't fit");
    s.answer("When will you meet?", "2026-11-28 14:00");
    s.answer("relationship?", "We trust each other's estimates");
    s.answer(
        "The fact, as a camera would record it",
        "Report due 3 Nov came 10 Nov",
    );
    // Select: seen, heard, written; two down is "written".
    s.expect("How do you know it?");
    s.keys(format!("{DOWN}{DOWN}\r"));
    s.answer("When was it?", "2026-11-10");
    // Every list ends the same way: an empty answer (here, the next fact).
    s.answer("(#2; Enter to finish)", "");
    s.answer(
        "What purpose do you both share",
        "We both want the launch to land",
    );
    s.answer(
        "Which open questions will you ask? (0 so far)",
        "Why was it late?",
    );
    s.expect("accusation");
    s.expect("What would you like to do?");
    // The proposed rewrite comes first; here the user writes their own.
    s.expect("Use: What was behind it being late?");
    s.keys(format!("{DOWN}\r")); // Rewrite it
    // The input prompt itself, not the menu item of the same name.
    s.expect(Regex("Rewrite[^\n]*›"));
    // The old text is pre-filled: clear it with backspaces, then type anew.
    s.keys(BACKSPACE.repeat(20));
    s.keys("What got in the way?\r");
    s.answer("(1 so far)", "How can I help next time?");
    s.answer("(2 so far; Enter to finish)", "");
    s.expect("If you can't agree");
    s.keys("\r"); // expect
    s.answer(
        "What exactly do you expect",
        "Dates met, or flagged two days ahead",
    );
    s.answer("And if it doesn't happen?", "A formal improvement plan");
    // The review: the answers in short, then finish (the default).
    s.expect("Your answers so far");
    s.expect("Who is the conversation with?: Sam Lee");
    s.expect("Which open questions will you ask?: 2 given");
    s.answer("Does this look right?", "");
    s.expect("Plan saved (ready)");
    assert_eq!(s.exit(), Some(0));

    let plan = t.toml("plans/sam-lee-2026-11-28.toml");
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
    let t = Test::new();
    let mut s = t.plan(["new", "talk.toml"]).today("2026-03-01").terminal();
    s.answer("Who is the conversation with?", "Ana");
    s.answer("When will you meet?", "2026-03-29 01:30");
    s.expect(
        "That doesn't fit: 01:30 does not exist on 29 March 2026 here: the clocks go forward \
         from 01:00 to 02:00; give a time before 01:00 or from 02:00. Try again.",
    );
    s.keys(BACKSPACE.repeat(20));
    s.answer("When will you meet?", "2026-10-25 01:30");
    s.expect(
        "That is Sunday 25 October 2026, 01:30 UTC+1, the first of the two \
         (the clocks go back from 02:00 to 01:00).",
    );
    s.expect("In a few words, what is it about?");
    s.interrupt();
    s.expect("talk.toml --resume");
    let text = t.read("talk.toml");
    assert!(text.contains("when = 2026-10-25T01:30:00\n"), "{text}");
}

#[test]
fn ctrl_c_midway_keeps_the_answers_and_says_how_to_resume() {
    let t = Test::new();
    let mut s = t.plan(["new", "talk.toml"]).terminal();
    s.answer("Who is the conversation with?", "Ana");
    s.answer("When will you meet?", "2026-12-01");
    s.answer("In a few words, what is it about?", "Meeting habits");
    s.expect("How many minutes");
    s.keys("4"); // half-typed; lost with the interrupt
    s.interrupt();
    s.expect("talk.toml --resume");
    assert_eq!(s.exit(), Some(130));

    let plan = t.toml("talk.toml");
    assert_eq!(plan["meeting"]["with"].as_str(), Some("Ana"));
    assert_eq!(plan["meeting"]["title"].as_str(), Some("Meeting habits"));
    assert!(plan["meeting"].get("duration_minutes").is_none());
    assert_eq!(leftovers(&t), Vec::<String>::new());

    // Resume starts at the first unanswered question.
    let mut s = t.plan(["new", "talk.toml", "--resume"]).terminal();
    s.answer("How many minutes", "30");
    s.expect("Where will it take place?");
    s.interrupt();
    s.expect("--resume");
    let plan = t.toml("talk.toml");
    assert_eq!(plan["meeting"]["duration_minutes"].as_integer(), Some(30));
}

#[test]
fn long_answers_can_be_written_in_the_editor_and_leave_nothing_behind() {
    let t = Test::new();
    let log = t.join("editor.log");
    let opened = t.join("opened.md");
    let editor = t.script(
        "fake-editor",
        &format!(
            "stat -c '%a %n' \"$1\" > '{}'\ncp \"$1\" '{}'\nprintf '# Heading\\nWritten in the editor.\\nSecond line.\\n' >> \"$1\"",
            log.display(),
            opened.display()
        ),
    );
    std::fs::create_dir(t.join("talks")).unwrap();
    meeting_answers(&t);
    let mut s = t
        .plan(["new", "talks/p.toml", "--answers", "a.toml"])
        .editor(&editor)
        .terminal();
    s.answer("What makes this conversation hard for you?", "/e");
    let shown = s.expect("What is the problem from their side?");
    // Said back as the answer's first line, not as `/e`.
    assert!(
        shown.contains("What makes this conversation hard for you? · # Heading…"),
        "{shown}"
    );
    assert!(!shown.contains("· /e"), "{shown}");
    s.interrupt();
    s.expect("--resume");
    s.exit();

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
    let file = Path::new(file);
    assert!(
        file.parent().unwrap().ends_with("talks"),
        "the editor file was made outside the plan's folder: {}",
        file.display()
    );
    assert!(!file.exists(), "the editor file was left behind");
    let plan = t.toml("talks/p.toml");
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
    let t = Test::new();
    before_the_meeting(&t);
    // The day after the meeting, so it is not one still to come.
    let mut s = t.plan(["summary", "p.toml"]).today("2026-12-02").terminal();
    s.answer("When did the meeting take place?", ""); // today, pre-filled
    s.answer("What did you discuss?", ""); // the facts, pre-filled
    s.answer("How did they see things", "Meetings feel slow to them");
    s.answer("Did you agree a way forward?", "n");
    // No actions are asked for after "no".
    s.answer("What support did you offer?", "A tighter agenda");
    s.expect("Without agreement, which way did you go?");
    s.keys("\r"); // the plan's choice is pre-selected
    // The planned words are pre-filled: Enter confirms them.
    s.answer("What did you say you expect from now on?", "");
    s.answer("And the consequence", "");
    s.answer("When will you next check in together?", "2026-12-15");
    s.answer("What went well?", "Stayed calm");
    s.answer("What would you do differently", "Fewer apologies");
    s.answer("How does the outcome compare", "Partly there");
    s.answer("Which quick reactions", "A laugh, as expected");
    s.expect("What I expect from now on");
    s.expect("each person finishes their point");
    assert_eq!(s.exit(), Some(0));

    let plan = t.toml("p.toml");
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
    let t = Test::new();
    meeting_answers(&t);
    let mut s = t
        .plan(["new", "p.toml", "--answers", "a.toml"])
        .editor("false")
        .terminal();
    s.answer("What makes this conversation hard for you?", "/e");
    s.expect("the editor `false` exited");
    s.answer(
        "What makes this conversation hard for you?",
        "Typed instead",
    );
    s.expect("What is the problem from their side?");
    s.interrupt();
    s.expect("--resume");
    s.exit();
    let plan = t.toml("p.toml");
    assert_eq!(
        plan["mindset"]["hard_for_me"].as_str(),
        Some("Typed instead")
    );
    assert_eq!(leftovers(&t), Vec::<String>::new());
}

#[test]
fn a_fact_is_saved_as_soon_as_it_has_its_source() {
    let t = Test::new();
    let mut s = quick_plan_with_fact(&t, "f.toml", "Late twice in November");
    s.expect("How do you know it?");
    s.keys("\r"); // seen
    s.expect("When was it?");
    s.interrupt(); // the optional date is the answer being typed
    s.expect("--resume");
    s.exit();
    let plan = t.toml("f.toml");
    let fact = &plan["prepare"]["evidence"][0];
    assert_eq!(fact["fact"].as_str(), Some("Late twice in November"));
    assert_eq!(fact["source"].as_str(), Some("seen"));
}

#[test]
fn summary_edit_starts_each_question_from_the_recorded_answer() {
    let t = Test::new();
    t.example("meeting-behaviour", "p.toml");
    let mut s = t.plan(["summary", "p.toml", "--edit"]).terminal();
    s.answer("When did the meeting take place?", ""); // keeps 2026-12-01
    s.answer("What did you discuss?", ""); // keeps what was recorded
    s.answer("How did they see things", ""); // keeps the recorded view
    s.answer("Did you agree a way forward?", ""); // default is the recorded "no"
    // Replace the recorded support: clear the pre-filled text first, once
    // the prompt reads (a backspace sent before is taken by the terminal's
    // line editing and lost).
    s.expect("What support did you offer?");
    s.expect("send it a day ahead.");
    s.keys(BACKSPACE.repeat(120));
    s.keys("A shorter agenda, sent a day ahead\r");
    s.expect("Without agreement, which way did you go?");
    s.keys("\r");
    for prompt in [
        "What did you say you expect",
        "And the consequence",
        "When will you next check in",
        "What went well?",
        "What would you do differently",
        "How does the outcome compare",
        "Which quick reactions",
    ] {
        s.answer(prompt, "");
    }
    s.expect("A shorter agenda, sent a day ahead");
    assert_eq!(s.exit(), Some(0));

    let after = t.toml("p.toml");
    let before: toml::Value = toml::from_str(&example_text("meeting-behaviour")).unwrap();
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

/// Wait until `path` is there: a file a script writes once it has run so
/// far (looking again every 50 ms, for 10 seconds at most).
fn wait_for(path: &Path) {
    for _ in 0..200 {
        if path.exists() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{} never appeared", path.display());
}

/// The answers being edited that are left in the test's folder.
fn answer_files(t: &Test) -> Vec<String> {
    t.names(".")
        .into_iter()
        .filter(|n| n.starts_with(".plan-answer-"))
        .collect()
}

#[test]
fn ctrl_c_in_an_editor_that_uses_it_belongs_to_the_editor() {
    let t = Test::new();
    let d = t.path().display();
    // Like vim: Ctrl-C is the editor's own key; it carries on and saves.
    let editor = t.script(
        "vim-like",
        &format!(
            "trap 'echo interrupted >> {d}/log' INT\ntouch {d}/started\nwhile [ ! -f {d}/release ]; do sleep 0.1; done\nprintf 'Kept after Ctrl-C.\\n' > \"$1\""
        ),
    );
    meeting_answers(&t);
    let mut s = t
        .plan(["new", "p.toml", "--answers", "a.toml"])
        .editor(&editor)
        .terminal();
    s.answer("What makes this conversation hard for you?", "/e");
    wait_for(&t.join("started"));
    // For the editor, which reads the terminal now: no prompt of plan's.
    s.keys_now(CTRL_C);
    wait_for(&t.join("log"));
    t.write("release", "");
    s.expect("What is the problem from their side?");
    s.interrupt();
    s.expect("--resume");
    assert_eq!(s.exit(), Some(130));
    let plan = t.toml("p.toml");
    assert_eq!(
        plan["mindset"]["hard_for_me"].as_str(),
        Some("Kept after Ctrl-C.")
    );
    assert_eq!(answer_files(&t), Vec::<String>::new());
}

#[test]
fn ctrl_c_that_ends_the_editor_waits_for_it_and_removes_its_file() {
    let t = Test::new();
    let d = t.path().display();
    // An editor that stays open until something ends it.
    let editor = t.script("plain-editor", &format!("touch {d}/started\nsleep 30"));
    meeting_answers(&t);
    let mut s = t
        .plan(["new", "p.toml", "--answers", "a.toml"])
        .editor(&editor)
        .terminal();
    s.answer("What makes this conversation hard for you?", "/e");
    wait_for(&t.join("started"));
    assert_eq!(answer_files(&t).len(), 1, "the editor has its file");
    // A Ctrl-C typed in the instant the terminal changes hands can be lost;
    // like a user, press it again until the editor is gone.
    let mut gone = false;
    for _ in 0..5 {
        s.keys_now(CTRL_C);
        if s.expect_within(&"p.toml --resume", Duration::from_secs(2))
            .is_some()
        {
            gone = true;
            break;
        }
    }
    assert!(gone, "Ctrl-C never ended the editor");
    assert_eq!(s.exit(), Some(130));
    assert_eq!(
        answer_files(&t),
        Vec::<String>::new(),
        "the editor's file was left behind"
    );
    let plan = t.toml("p.toml");
    assert_eq!(plan["meeting"]["with"].as_str(), Some("Ana"));
}

#[test]
fn edit_step_keeps_with_enter_changes_one_answer_and_deletes_an_entry() {
    let t = Test::new();
    let path = t.example("missed-deadlines", "p.toml");
    let before = t.read("p.toml");
    let mut s = t.plan(["edit", "p.toml", "--step", "explore"]).terminal();
    // Enter keeps the current answer, pre-filled.
    s.answer("How do you expect them to see it?", "");
    // The list is shown whole; the menu starts on "Done with this list".
    s.expect("Pick an entry to change, or add one");
    s.expect("Done with this list");
    s.keys(format!("{}\r", UP.repeat(3))); // 2. What gets in the way…
    s.expect("Keep it");
    s.keys(format!("{DOWN}{DOWN}\r")); // Delete it
    s.expect("Pick an entry to change, or add one");
    s.expect("Done with this list");
    s.keys(format!("{}\r", UP.repeat(3))); // 1. How has the last month…
    s.expect("Keep it");
    s.keys(format!("{DOWN}\r")); // Change it
    s.expect("from where you sit?");
    s.keys(BACKSPACE.repeat(60));
    s.keys("What has the last month been like for you?\r");
    s.expect("Pick an entry to change, or add one");
    s.expect("Done with this list");
    s.keys("\r");
    // After the step: another step, or finish (the default).
    s.expect("Which step would you like to change?");
    s.expect("Finish");
    s.keys("\r");
    s.expect("Saved");
    assert_eq!(s.exit(), Some(0));

    let plan = t.toml(&path);
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
    let t = Test::new();
    let mut s = t
        .plan([
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
        ])
        .terminal();
    // Every essential is given: straight to the review.
    s.expect("Nothing left to ask.");
    s.expect("Your answers so far");
    s.expect("What happens next, and who is involved?: HR joins");
    s.expect("Does this look right?");
    s.keys(format!("{DOWN}\r")); // Change a step first
    s.expect("Which step would you like to change?");
    s.expect("Finish");
    s.keys(format!("{}\r", DOWN.repeat(4))); // Open
    s.expect("What purpose do you both share");
    s.expect("Good launches");
    s.keys(BACKSPACE.repeat(20));
    s.keys("Launches we are both proud of\r");
    s.answer("What is your story", "");
    s.expect("Which step would you like to change?");
    s.expect("Finish");
    s.keys("\r");
    s.expect("Plan saved (ready)");
    assert_eq!(s.exit(), Some(0));
    let plan = t.toml("p.toml");
    assert_eq!(
        plan["open"]["mutual_purpose"].as_str(),
        Some("Launches we are both proud of")
    );
}

#[test]
fn resume_after_ctrl_c_in_the_second_fact_returns_to_the_facts() {
    let t = Test::new();
    let mut s = quick_plan_with_fact(&t, "r.toml", "Late twice");
    s.expect("How do you know it?");
    s.keys("\r"); // seen
    s.answer("When was it?", "");
    s.answer("(#2; Enter to finish)", "Missed the review");
    // Ctrl-C while choosing the second fact's source.
    s.expect("How do you know it?");
    s.interrupt();
    s.expect("--resume");
    s.exit();

    let mut s = t.plan(["new", "r.toml", "--resume"]).terminal();
    // The second fact, typed part way, is offered back first: dropped here.
    s.expect("You stopped part way through a fact: Missed the review");
    s.expect("Drop it");
    s.keys(format!("{DOWN}{DOWN}\r"));
    // Back at the facts, with the first one kept: the next is the second.
    s.answer("(#2; Enter to finish)", "");
    s.expect("What purpose do you both share");
    s.interrupt();
    s.expect("--resume");
    s.exit();
    let plan = t.toml("r.toml");
    let facts = plan["prepare"]["evidence"].as_array().unwrap();
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0]["fact"].as_str(), Some("Late twice"));
}

#[test]
fn an_empty_answer_ends_a_list_without_a_yes() {
    let t = Test::new();
    meeting_answers(&t);
    let mut s = t
        .plan(["new", "l.toml", "--quick", "--answers", "a.toml"])
        .terminal();
    s.answer("relationship?", "Trust");
    s.answer("The fact, as a camera would record it", "Late");
    s.expect("How do you know it?");
    s.keys("\r");
    s.answer("When was it?", "");
    s.answer("(#2; Enter to finish)", "");
    s.answer("What purpose do you both share", "A good launch");
    s.answer("(0 so far)", "What happened?");
    s.answer("(1 so far)", "How do you see it?");
    // Enter on an empty entry ends the list; the next question follows at once.
    s.expect("(2 so far; Enter to finish)");
    s.keys("\r");
    let before = s.expect("If you can't agree");
    assert!(!before.contains("Add another"), "{before}");
    assert!(!before.contains("[y/n]"), "{before}");
    s.interrupt();
    s.expect("--resume");
    s.exit();
    let plan = t.toml("l.toml");
    assert_eq!(plan["explore"]["questions"].as_array().unwrap().len(), 2);
}

/// The note `plan check` and `--no-input` give for this fact
/// (coaching::one_sentence_gives_one_finding_on_every_path).
const SLOPPY: &str =
    "\"sloppy\" is a verdict (and \"always\" judges too), not something a camera would record";

#[test]
fn one_sentence_gets_one_finding_from_the_wizard_no_input_edit_and_check() {
    let t = Test::new();
    // A stray "y" where a fact is asked is refused, and the fact asked again.
    let mut s = quick_plan_with_fact(&t, "f.toml", "y");
    s.expect("looks like a key pressed by mistake, not a fact");
    s.keys(BACKSPACE);
    s.keys("Her reports are always sloppy.\r");
    s.expect(SLOPPY);
    s.expect("Keep it as it is");
    s.keys(format!("{DOWN}\r")); // keep it
    s.expect("How do you know it?");
    s.keys("\r"); // seen
    s.expect("When was it?");
    s.interrupt();
    s.expect("--resume");
    s.exit();

    // The same sentence gets the same finding from plan check, and the same
    // note from plan new --no-input and plan edit --no-input.
    let message = format!("\"message\": {:?}", SLOPPY);
    t.plan(["check", "f.toml", "--format", "json"])
        .output()
        .stdout_has(
            "\"rule\": \"judgement-in-fact\", \"severity\": \"warning\", \"key\": \"prepare.evidence[1].fact\"",
        )
        .stdout_has(message);
    let fact = r#"prepare.evidence={ fact = "Her reports are always sloppy.", source = "seen" }"#;
    t.plan(["new", "g", "--no-input", "--set", fact])
        .succeeds()
        .stderr_has(format!("note: prepare.evidence[1].fact: {SLOPPY}"));
    t.plan(["edit", "f.toml", "--no-input", "--add", fact])
        .succeeds()
        .stderr_has(format!("note: prepare.evidence[2].fact: {SLOPPY}"));

    // plan edit coaches a fact added in the list editor the same way.
    let mut s = t.plan(["edit", "f.toml", "--step", "prepare"]).terminal();
    s.answer("What will help you stay calm?", "");
    s.expect("Pick an entry to change, or add one");
    s.expect("Done with this list");
    s.keys(format!("{UP}\r")); // Add one
    s.answer(
        "The fact, as a camera would record it",
        "Her reports are always sloppy.",
    );
    s.expect(SLOPPY);
    s.expect("Keep it as it is");
    s.interrupt();
    s.exit();
}

/// An answers file answering every question `plan new` asks before `id`
/// (a plain answer of each kind), with `minutes` booked, so the wizard
/// opens on `id` whatever questions come before it.
fn answers_before(t: &Test, id: &str, minutes: i64) {
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
            Kind::Seconds => "90".into(),
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
    t.write("a.toml", text);
}

/// meeting-behaviour before its meeting (1 December 2026, 14:30) as
/// `p.toml`: ready, with no outcome yet.
fn before_the_meeting(t: &Test) -> PathBuf {
    let mut example = example_text("meeting-behaviour");
    example.truncate(example.find("\n[outcome]").unwrap());
    t.write("p.toml", example.replace("followed-up", "ready"))
}

#[test]
fn summary_of_a_meeting_still_to_come_asks_whether_it_took_place_early() {
    let t = Test::new();
    let path = before_the_meeting(&t);
    let before = t.bytes(&path);
    const EARLY: &str =
        "The meeting is planned for Tuesday 1 December 2026, 14:30. Did it take place early?";
    let summary = || t.plan(["summary", "p.toml"]).today("2026-11-20").terminal();

    // A hurried Enter: not early, so nothing is recorded and nothing changes.
    let mut s = summary();
    s.expect(EARLY);
    s.keys("\r");
    s.expect("Nothing recorded. Once you have met, run `plan summary p.toml`");
    assert_eq!(s.exit(), Some(0));
    assert_eq!(t.bytes(&path), before);

    // Early: the day starts from today, with a word on the planned day; a
    // Ctrl-C at that first question still changes nothing.
    let mut s = summary();
    s.expect(EARLY);
    s.keys("y\r");
    s.expect(
        "Planned for Tuesday 1 December 2026, 14:30; it took place early, so today is filled in.",
    );
    s.expect("When did the meeting take place?");
    s.interrupt();
    s.expect("Interrupted before anything was saved.");
    assert_eq!(s.exit(), Some(130));
    assert_eq!(t.bytes(&path), before, "marked held");

    // The day saved: now it is held, on that day.
    let mut s = summary();
    s.expect(EARLY);
    s.keys("y\r");
    s.answer("When did the meeting take place?", "");
    s.expect("What did you discuss?");
    s.interrupt();
    s.expect("plan summary p.toml");
    assert_eq!(s.exit(), Some(130));
    let plan = t.toml(&path);
    assert_eq!(plan["status"].as_str(), Some("held"));
    assert_eq!(
        plan["outcome"]["held_on"]
            .as_datetime()
            .unwrap()
            .to_string(),
        "2026-11-20"
    );

    // Held: carrying on asks no more whether it was early.
    let mut s = summary();
    let shown = s.expect("What did you discuss?");
    assert!(!shown.contains("early?"));
    s.interrupt();
    s.exit();
}

#[test]
fn ctrl_c_at_the_first_summary_question_leaves_the_plan_as_it_was() {
    let t = Test::new();
    let path = before_the_meeting(&t);
    let before = t.bytes(&path);
    let mut s = t.plan(["summary", "p.toml"]).today("2026-12-05").terminal();
    // A meeting in the past is not asked about; its planned day is named.
    s.expect("Planned for Tuesday 1 December 2026, 14:30; if it took place then, type 2026-12-01.");
    s.expect("When did the meeting take place?");
    s.interrupt();
    s.expect("Interrupted");
    assert_eq!(s.exit(), Some(130));
    assert_eq!(t.bytes(&path), before);
    assert_eq!(t.toml(&path)["status"].as_str(), Some("ready"));
}

#[test]
fn the_greeting_prompt_starts_from_the_first_name() {
    let t = Test::new();
    answers_before(&t, "meeting.greeting", 45);
    let mut s = t.plan(["new", "g.toml", "--answers", "a.toml"]).terminal();
    s.expect("How do you address them?");
    s.keys("\r"); // a hurried Enter keeps what is shown
    let shown = s.expect("What makes this conversation hard for you?");
    assert!(
        shown.contains("How do you address them? · Daniel"),
        "{shown}"
    );
    s.interrupt();
    s.exit();
    let plan = t.toml("g.toml");
    assert_eq!(plan["meeting"]["greeting"].as_str(), Some("Daniel"));
}

#[test]
fn enough_time_starts_from_the_minutes_and_moving_asks_the_new_length() {
    let t = Test::new();
    const NEXT: &str = "Which of these can you honestly say today?";
    // 45 minutes booked: Enter says there is enough.
    answers_before(&t, "prepare.enough_time", 45);
    let mut s = t
        .plan(["new", "a45.toml", "--answers", "a.toml"])
        .terminal();
    s.expect("Is there enough time booked?");
    s.keys("\r");
    let shown = s.expect(NEXT);
    assert!(
        shown.contains("Is there enough time booked? · yes"),
        "{shown}"
    );
    s.interrupt();
    s.exit();
    let plan = t.toml("a45.toml");
    assert_eq!(plan["prepare"]["enough_time"].as_bool(), Some(true));

    // 20 minutes: Enter says not enough; moving asks the time, then the
    // length from the current one, and "enough now?" follows the new length.
    answers_before(&t, "prepare.enough_time", 20);
    let mut s = t
        .plan(["new", "a20.toml", "--answers", "a.toml"])
        .terminal();
    s.expect("Is there enough time booked?");
    s.keys("\r");
    let shown = s.expect("Would you like to move the meeting?");
    assert!(
        shown.contains("Is there enough time booked? · no"),
        "{shown}"
    );
    s.keys("\r"); // move it
    s.answer("When will you meet instead?", "2026-12-03 14:00");
    s.expect("How many minutes have you booked?");
    s.keys(BACKSPACE.repeat(2)); // the current 20 is filled in
    s.keys("50\r");
    let shown = s.expect("Is there enough time booked now?");
    assert!(
        shown.contains("How many minutes have you booked? · 50"),
        "{shown}"
    );
    s.keys("\r");
    let shown = s.expect(NEXT);
    assert!(shown.contains("booked now? · yes"), "{shown}");
    s.interrupt();
    s.exit();
    let plan = t.toml("a20.toml");
    assert_eq!(plan["meeting"]["duration_minutes"].as_integer(), Some(50));
    assert_eq!(
        plan["meeting"]["when"].as_datetime().unwrap().to_string(),
        "2026-12-03T14:00:00"
    );
    assert_eq!(plan["prepare"]["enough_time"].as_bool(), Some(true));
}

#[test]
fn a_fact_typed_part_way_survives_ctrl_c_and_resume_offers_it_back() {
    let t = Test::new();
    let mut s = quick_plan_with_fact(&t, "d.toml", "Missed the review on 3 Nov");
    s.expect("How do you know it?");
    s.interrupt(); // before the source is chosen
    s.expect("Your answers so far are saved");
    assert_eq!(s.exit(), Some(130));
    let plan = t.toml("d.toml");
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
        let out = t.plan(&args).output();
        let all = out.both();
        assert!(out.code.unwrap() <= 1, "{args:?}: {all}");
        assert!(!all.contains("Missed the review"), "{args:?}: {all}");
    }

    // Resumed: offered back; a hurried Enter completes it from what was typed.
    let mut s = t.plan(["new", "d.toml", "--resume"]).terminal();
    s.expect("You stopped part way through a fact: Missed the review on 3 Nov");
    s.expect("Drop it");
    s.keys("\r"); // complete it now
    s.answer("The fact, as a camera would record it", ""); // kept as typed
    s.expect("How do you know it?");
    s.keys(format!("{DOWN}\r")); // heard
    s.answer("When was it?", "");
    s.answer("(#2; Enter to finish)", "");
    s.expect("What purpose do you both share");
    s.interrupt();
    s.exit();
    let plan = t.toml("d.toml");
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
    let t = Test::new();
    answers_before(&t, "safety.contrasting", 45);
    let mut s = t.plan(["new", "c.toml", "--answers", "a.toml"]).terminal();
    s.answer(
        "I don't … (what you don't mean)",
        "I don't think you're careless",
    );
    s.expect("I do … (what you do mean)");
    s.keys("I do need"); // half-typed: the field itself is lost
    s.interrupt();
    s.expect("--resume");
    s.exit();
    let plan = t.toml("c.toml");
    assert_eq!(
        plan["draft"][0]["entry"]["dont"].as_str(),
        Some("I don't think you're careless")
    );

    let mut s = t.plan(["new", "c.toml", "--resume"]).terminal();
    s.expect("You stopped part way through a don't/do pair: I don't think you're careless");
    s.expect("Drop it");
    s.keys(format!("{DOWN}{DOWN}\r"));
    s.expect("Dropped the don't/do pair.");
    // The list is asked as before, from its first entry.
    s.expect("(#1; Enter to finish)");
    s.interrupt();
    s.exit();
    let plan = t.toml("c.toml");
    assert!(plan.get("draft").is_none(), "{plan:?}");
}

#[test]
fn a_list_of_one_is_counted_in_the_singular() {
    let t = Test::new();
    answers_before(&t, "prepare.space_booked", 45);
    t.plan(["new", "p.toml", "--no-input", "--answers", "a.toml"])
        .succeeds();
    let mut s = t.plan(["edit", "p.toml", "--step", "prepare"]).terminal();
    s.answer("What will help you stay calm?", "");
    let shown = s.expect("Done with this list");
    assert!(shown.contains("1 fact"), "{shown}");
    assert!(!shown.contains("1 facts"), "{shown}");
    s.interrupt();
    s.exit();
}
