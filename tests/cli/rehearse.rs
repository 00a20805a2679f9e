//! `plan rehearse`: the run-through in a pseudo-terminal (a full run,
//! `--again`, Ctrl-C midway), the script `--no-input` prints, and the
//! record it keeps in the plan, private.

use crate::harness::Test;

const EXAMPLES: &[&str] = &[
    "missed-deadlines",
    "meeting-behaviour",
    "performance-escalation",
];

/// The plan's TOML without what a rehearsal writes: its `[rehearsal]` and
/// the time it was saved.
fn without_rehearsal(mut plan: toml::Value) -> toml::Value {
    let root = plan.as_table_mut().unwrap();
    root.remove("rehearsal");
    root.remove("updated");
    plan
}

#[test]
fn the_script_of_every_example_matches_its_snapshot() {
    for name in EXAMPLES {
        let t = Test::with_example(name, "p.toml");
        let script = t
            .plan(["rehearse", "p.toml", "--no-input"])
            .keeps("p.toml")
            .succeeds()
            .stdout;
        insta::assert_snapshot!(format!("rehearse_{name}"), script);
    }
}

#[test]
fn again_runs_only_the_marked_cards_and_needs_one() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    t.plan(["rehearse", "p.toml", "--again", "--no-input"])
        .keeps("p.toml")
        .fails(1)
        .stderr_has("no card is marked to practise again")
        .stderr_has("plan rehearse p.toml");
    let text = t.read("p.toml") + "\n[rehearsal]\ndate = 2026-11-30\nagain = [\"triggered\"]\n";
    t.write("p.toml", text);
    let script = t
        .plan(["rehearse", "p.toml", "--again", "--no-input"])
        .succeeds()
        .stdout;
    assert!(
        script.contains("Card 1 of 1: They get angry (Triggered)"),
        "{script}"
    );
    assert!(!script.contains("Open ·"), "{script}");
}

#[test]
fn without_a_terminal_it_says_to_print_the_script() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    t.plan(["rehearse", "p.toml"])
        .keeps("p.toml")
        .fails(1)
        .stderr_has("--no-input");
}

#[test]
fn a_hand_edited_rehearsal_is_checked_when_the_plan_loads() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    let base = t.read("p.toml");
    for (bad, says) in [
        (
            "[[rehearsal.steps]]\nstep = \"open\"\nseconds = -5\n",
            "`rehearsal.steps[1].seconds` should be a whole number of seconds",
        ),
        (
            "[[rehearsal.steps]]\nstep = \"opening\"\nseconds = 5\n",
            "`rehearsal.steps[1].step` should be one of \"open\"",
        ),
        (
            "[rehearsal]\nagain = [3]\n",
            "`rehearsal.again[1]` should be a string",
        ),
        ("[rehearsal]\ndate = \"soon\"\n", "rehearsal.date"),
    ] {
        t.write("p.toml", format!("{base}\n{bad}"));
        t.plan(["render", "p.toml"])
            .keeps("p.toml")
            .fails(1)
            .stderr_has(says);
    }
}

#[test]
fn the_brief_says_when_it_was_rehearsed_and_what_is_shared_never_does() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    let text = t.read("p.toml")
        + "\n[rehearsal]\ndate = 2026-11-26\nagain = [\"triggered\"]\n\n[[rehearsal.steps]]\nstep = \"open\"\nseconds = 75\n";
    t.write("p.toml", text);
    t.plan(["render", "p.toml"])
        .succeeds()
        .stdout_has("**Last rehearsed on** Thursday 26 November 2026; 1 card to practise again");
    t.plan(["render", "p.toml", "--format", "html"])
        .succeeds()
        .stdout_has("<dt>Last rehearsed on</dt><dd>Thursday 26 November 2026");
    for args in [
        &["summary", "p.toml"][..],
        &["summary", "p.toml", "--format", "html"],
        &["invite", "p.toml"],
    ] {
        let out = t.plan(args).succeeds().stdout;
        for private in ["rehears", "Rehears", "triggered", "26 November", "20261126"] {
            assert!(!out.contains(private), "{args:?} shows {private:?}:\n{out}");
        }
    }
}

#[test]
fn a_full_run_in_a_terminal_records_the_times_and_the_cards() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    let before = t.toml("p.toml");
    let mut s = t.plan(["rehearse", "p.toml"]).terminal();
    s.expect("Open (1/5)");
    s.expect("About 5 of 45 minutes");
    s.expect("so far");
    s.answer("Say it aloud, then press Enter", "");
    s.expect("Explore (2/5)");
    s.answer("Say it aloud, then press Enter", "");
    s.expect("What if (3/5)");
    s.expect("Card 1 of 4: It starts to happen (your derailer)");
    s.answer("Your answer", "I notice it and ask a question");
    s.expect("Reminder: What you said keeps you calm");
    s.expect("Your do line: I do need to be able to count on the dates we agree.");
    s.answer("Practise this card again?", "y");
    s.answer("Your answer", "");
    s.answer("Practise this card again?", "");
    s.expect("Card 3 of 4: They get upset (Minimising)");
    s.answer("Your answer", "");
    s.answer("Practise this card again?", "");
    s.expect("Card 4 of 4: They get angry (Triggered)");
    s.answer("Your answer", "");
    s.answer("Practise this card again?", "y");
    s.expect("Summarize (4/5)");
    s.answer("Say it aloud, then press Enter", "");
    s.expect("Wrap up (5/5)");
    s.answer("Say it aloud, then press Enter", "");
    s.expect("Time per step, against the agenda:");
    s.expect("(agenda 22 min)");
    s.expect("To practise again (2 cards):");
    s.expect("plan rehearse p.toml --again");
    s.expect("Rehearsal recorded in p.toml");
    assert_eq!(s.exit(), Some(0));

    let after = t.toml("p.toml");
    let r = &after["rehearsal"];
    assert_eq!(r["date"].as_datetime().unwrap().to_string(), crate::TODAY);
    let steps: Vec<&str> = r["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        ["open", "explore", "what-if", "summarize", "wrap-up"]
    );
    let again: Vec<&str> = r["again"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert_eq!(again, ["Getting impatient if I hear excuses", "triggered"]);
    assert_eq!(without_rehearsal(after), without_rehearsal(before));

    // --again: only the two cards, and the ones let go are no longer marked.
    let mut s = t.plan(["rehearse", "p.toml", "--again"]).terminal();
    s.expect("What if (1/1)");
    s.expect("Card 1 of 2: It starts to happen");
    s.answer("Your answer", "");
    s.answer("Practise this card again?", "");
    s.expect("Card 2 of 2: They get angry");
    s.answer("Your answer", "");
    s.answer("Practise this card again?", "y");
    let rest = s.expect("Rehearsal recorded");
    assert!(!rest.contains("Summarize"), "{rest}");
    assert_eq!(s.exit(), Some(0));
    let after = t.toml("p.toml");
    assert_eq!(after["rehearsal"]["again"].as_array().unwrap().len(), 1);
    assert_eq!(after["rehearsal"]["again"][0].as_str(), Some("triggered"));
    // The steps not run this time keep their times.
    assert_eq!(after["rehearsal"]["steps"].as_array().unwrap().len(), 5);
}

#[test]
fn ctrl_c_midway_keeps_what_was_recorded_and_nothing_else_changes() {
    let t = Test::with_example("meeting-behaviour", "p.toml");
    let before = t.toml("p.toml");
    let mut s = t.plan(["rehearse", "p.toml"]).terminal();
    s.answer("Say it aloud, then press Enter", "");
    s.answer("Say it aloud, then press Enter", "");
    s.expect("Card 1 of");
    s.answer("Your answer", "");
    s.answer("Practise this card again?", "y");
    s.expect("Your answer");
    s.keys("half a thou");
    s.interrupt();
    s.expect("Interrupted. The steps you finished are recorded in");
    s.expect("Rehearse again from the start with: plan rehearse");
    assert_eq!(s.exit(), Some(130));

    let after = t.toml("p.toml");
    let r = &after["rehearsal"];
    let steps: Vec<&str> = r["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap())
        .collect();
    assert_eq!(steps, ["open", "explore", "what-if"]);
    assert_eq!(r["again"].as_array().unwrap().len(), 1);
    assert_eq!(without_rehearsal(after), without_rehearsal(before));
    let left: Vec<String> = t
        .names(".")
        .into_iter()
        .filter(|n| n.starts_with(".plan-") || n.ends_with(".lock"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn ctrl_c_before_any_step_ends_leaves_the_plan_as_it_was() {
    let t = Test::with_example("missed-deadlines", "p.toml");
    let before = t.read("p.toml");
    let mut s = t.plan(["rehearse", "p.toml"]).terminal();
    s.expect("Say it aloud, then press Enter");
    s.interrupt();
    assert_eq!(s.exit(), Some(130));
    assert_eq!(t.read("p.toml"), before);
}
