//! `plan check-in`: actions done or dropped, check-ins kept in order, and
//! `plan check` and `plan list --due` agreeing on what is due.

use crate::harness::Test;

/// A test folder with the missed-deadlines example in its plan folder, as
/// `md`: three agreed actions (due 2 Dec, none, 1 Dec) and a check-in on 7 Dec.
fn with_md() -> Test {
    Test::with_example("missed-deadlines", "plans/md.toml")
}

fn due_rules_of_list(t: &Test, today: &str) -> Vec<String> {
    let text = t.plan(["list", "--due"]).today(today).output().stdout;
    text.lines()
        .skip(1)
        .map(|l| l.split('\t').nth(1).unwrap_or("").to_string())
        .collect()
}

fn due_rules_of_check(t: &Test, today: &str) -> Vec<String> {
    let text = t
        .plan(["check", "md", "--format", "json"])
        .today(today)
        .output()
        .stdout;
    text.lines()
        .filter_map(|l| l.split("\"rule\": \"").nth(1))
        .map(|r| r.split('"').next().unwrap().to_string())
        .filter(|r| ["follow-up-due", "action-overdue", "check-in-due"].contains(&r.as_str()))
        .collect()
}

#[test]
fn plan_check_and_plan_list_due_agree_on_every_day() {
    let t = with_md();
    // Around the actions' days (1 and 2 Dec) and the check-in day (7 Dec),
    // before and after a check-in is recorded.
    let days = [
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-06",
        "2026-12-07",
        "2026-12-08",
    ];
    for today in days {
        let mut listed = due_rules_of_list(&t, today);
        let mut checked = due_rules_of_check(&t, today);
        listed.sort();
        checked.sort();
        assert_eq!(listed, checked, "on {today}");
    }
    assert_eq!(
        due_rules_of_check(&t, "2026-12-07"),
        ["action-overdue", "action-overdue", "check-in-due"]
    );
    assert_eq!(due_rules_of_check(&t, "2026-12-01"), Vec::<String>::new());
    t.plan(["check-in", "md", "--no-input", "--done", "1"])
        .today("2026-12-07")
        .succeeds();
    for today in days {
        let mut listed = due_rules_of_list(&t, today);
        let mut checked = due_rules_of_check(&t, today);
        listed.sort();
        checked.sort();
        assert_eq!(listed, checked, "after the check-in, on {today}");
    }
    // The action done is never overdue; the check-in recorded is not due.
    assert_eq!(due_rules_of_check(&t, "2026-12-08"), ["action-overdue"]);
}

#[test]
fn done_and_dropped_with_a_note_and_the_next_check_in() {
    let t = with_md();
    let out = t
        .plan([
            "check-in",
            "md",
            "--no-input",
            "--done",
            "1",
            "--drop",
            "3",
            "--note",
            "settled with Ana",
            "--next",
            "in 2 weeks",
            "--said",
            "Calm, short.",
        ])
        .today("2026-12-07")
        .succeeds()
        .stderr_has("1 done, 1 dropped, 1 still open; next check-in 2026-12-21");
    assert!(out.stdout.ends_with("md.toml\n"), "{}", out.described());
    t.plan(["check-in", "md", "--no-input", "--done", "2"])
        .today("2026-12-14")
        .succeeds();
    let file = t.toml("plans/md.toml");
    let actions = file["outcome"]["actions"].as_array().unwrap();
    assert_eq!(actions[0]["state"].as_str(), Some("done"));
    assert_eq!(actions[0]["note"].as_str(), Some("settled with Ana"));
    assert_eq!(actions[2]["state"].as_str(), Some("dropped"));
    assert_eq!(actions[1]["state"].as_str(), Some("done"));
    assert_eq!(file["outcome"]["next_check_in"].to_string(), "2026-12-21");
    // Both check-ins, in order; the first kept as it was.
    let check_ins = file["debrief"]["check_ins"].as_array().unwrap();
    assert_eq!(check_ins.len(), 2);
    assert_eq!(check_ins[0]["said"].as_str(), Some("Calm, short."));
    assert_eq!(check_ins[0]["date"].to_string(), "2026-12-07");
    assert_eq!(check_ins[1]["date"].to_string(), "2026-12-14");
    // Everything still loads, renders and follows up.
    for args in [["render", "md"], ["summary", "md"], ["check", "md"]] {
        t.plan(args).today("2026-12-14").succeeds();
    }
}

#[test]
fn wrong_numbers_and_a_lone_note_are_usage_errors_and_change_nothing() {
    let t = with_md();
    for args in [
        &["--done", "0"][..],
        &["--done", "4"],
        &["--done", "1", "--drop", "1"],
        &["--note", "alone"],
        &["--next", "next blursday"],
    ] {
        t.plan(["check-in", "md", "--no-input"])
            .args(args)
            .keeps("plans/md.toml")
            .fails(2);
    }
    t.plan(["check-in", "md"]).fails(1).stderr_has("terminal");
}

mod in_a_terminal {
    use crate::harness::terminal::DOWN;
    use crate::harness::{Terminal, Test};

    /// `plan ARGS` in a terminal, on 8 December 2026.
    fn check_in_terminal(t: &Test, args: &[&str]) -> Terminal {
        t.plan(args).today("2026-12-08").terminal()
    }

    #[test]
    fn each_open_action_is_asked_then_what_was_said_and_the_next_date() {
        let t = super::with_md();
        let mut s = check_in_terminal(&t, &["check-in", "md"]);
        s.expect("1. Agree the priority order");
        s.keys(format!("{DOWN}\r")); // Done
        s.answer("A note on it", "settled");
        s.expect("2. Flag any date at risk");
        s.keys("\r"); // still open
        s.expect("3. Send a realistic date");
        s.keys(format!("{DOWN}{DOWN}\r")); // Dropped
        s.answer("A note on it", "");
        s.answer("What was said?", "Short and calm.");
        s.answer("The next check-in?", "in 2 weeks");
        s.expect("1 done, 1 dropped, 1 still open; next check-in 2026-12-22");
        let text = t.read("plans/md.toml");
        assert!(text.contains("state = \"done\""), "{text}");
        assert!(text.contains("state = \"dropped\""), "{text}");
        assert!(text.contains("said = \"Short and calm.\""), "{text}");
    }

    #[test]
    fn ctrl_c_part_way_keeps_what_was_answered() {
        let t = super::with_md();
        let mut s = check_in_terminal(&t, &["check-in", "md"]);
        s.expect("1. Agree the priority order");
        s.keys(format!("{DOWN}\r")); // Done
        s.answer("A note on it", "");
        s.expect("2. Flag any date at risk");
        s.interrupt();
        s.expect("as far as it went: 1 done");
        s.expect("Pick up where you left off with: plan check-in");
        assert_eq!(s.exit(), Some(130));
        let text = t.read("plans/md.toml");
        assert!(text.contains("state = \"done\""), "{text}");
    }

    #[test]
    fn the_next_conversation_first_asks_what_became_of_the_open_actions() {
        let t = super::with_md();
        let mut s = check_in_terminal(&t, &["new", "next", "--follow-up", "md", "--quick"]);
        s.expect("what became of the actions agreed last time");
        s.expect("1. Agree the priority order");
        s.keys(format!("{DOWN}\r")); // Done
        s.answer("A note on it", "");
        s.expect("2. Flag any date at risk");
        s.keys("\r");
        s.expect("3. Send a realistic date");
        s.keys("\r");
        s.expect("Check-in recorded");
        s.expect("When will you meet?");
        s.interrupt();
        s.exit();
        let text = t.read("plans/md.toml");
        assert!(text.contains("[[debrief.check_ins]]"), "{text}");
        let next = t.read("plans/next.toml");
        // The greeting, place and mode are carried over.
        assert!(next.contains("greeting = "), "{next}");
    }
}

#[test]
fn the_history_finds_any_part_of_a_name_and_shows_what_became_of_each_action() {
    let t = with_md();
    t.plan(["check-in", "md", "--no-input", "--done", "1", "--drop", "3"])
        .today("2026-12-07")
        .succeeds();
    // Jordan Reyes, by surname, by first name, by the start of one.
    for name in ["reyes", "Jordan", "jor rey"] {
        let text = t.plan(["list", "--with", name]).output().stdout;
        assert!(
            text.contains("done: Agree the priority order"),
            "{name}: {text}"
        );
        assert!(
            text.contains("open: Flag any date at risk"),
            "{name}: {text}"
        );
        assert!(
            text.contains("dropped: Send a realistic date"),
            "{name}: {text}"
        );
    }
    let out = t.plan(["list", "--with", "okoro"]).output();
    assert!(out.stdout.lines().count() <= 1, "{}", out.described());
}

#[test]
fn the_next_brief_shows_what_became_of_each_earlier_action() {
    let t = with_md();
    t.plan(["check-in", "md", "--no-input", "--done", "1"])
        .today("2026-12-07")
        .succeeds();
    t.plan(["new", "next", "--no-input", "--follow-up", "md"])
        .today("2026-12-08")
        .succeeds()
        .stderr_has("2 open actions; record what became of them");
    let brief = t
        .plan(["render", "next"])
        .today("2026-12-08")
        .output()
        .stdout;
    assert!(brief.contains("done: Agree the priority order"), "{brief}");
    assert!(brief.contains("Flag any date at risk"), "{brief}");
}

#[test]
fn an_earlier_plan_stays_due_beside_the_next_one_and_a_bad_state_is_unreadable_everywhere() {
    let t = with_md();
    // The next conversation, begun but not answered: the earlier plan's
    // actions and check-in are still due, for plan check and plan list alike.
    t.plan(["new", "next", "--no-input", "--follow-up", "md"])
        .today("2026-12-10")
        .succeeds();
    let listed: Vec<String> = t
        .plan(["list", "--due"])
        .today("2026-12-10")
        .output()
        .stdout
        .lines()
        .filter(|l| l.ends_with("md.toml"))
        .map(|l| l.split('\t').nth(1).unwrap().to_string())
        .collect();
    let mut checked = due_rules_of_check(&t, "2026-12-10");
    checked.sort();
    let mut listed = listed;
    listed.sort();
    assert_eq!(listed, checked);
    assert_eq!(checked.len(), 3, "{checked:?}");
    // A state plan check refuses is refused by plan list too.
    let text = t.read("plans/md.toml");
    t.write(
        "plans/md.toml",
        text.replacen("owner = \"Me\"", "owner = \"Me\"\nstate = \"finished\"", 1),
    );
    t.plan(["check", "md"]).code(1).stdout_has("unreadable");
    t.plan(["list", "--due"])
        .succeeds()
        .stdout_has("unreadable")
        .stdout_has("state");
}

#[test]
fn a_check_in_is_dated_today_or_before_changes_something_and_follows_the_meeting() {
    let t = with_md();
    for args in [
        &["--date", "in 2 weeks", "--done", "1"][..],
        &[
            "--date",
            "2026-12-08",
            "--next",
            "2026-12-01",
            "--done",
            "1",
        ],
        &[],
    ] {
        t.plan(["check-in", "md", "--no-input"])
            .today("2026-12-08")
            .args(args)
            .keeps("plans/md.toml")
            .fails(2);
    }
    t.plan(["check-in", "md", "--no-input", "--done", "1"])
        .today("2026-12-08")
        .succeeds();
    // Marking it again is refused: earlier check-ins are never rewritten.
    t.plan(["check-in", "md", "--no-input", "--drop", "1"])
        .today("2026-12-09")
        .fails(2)
        .stderr_has("already marked done");
    // A plan whose meeting is still to come has nothing to check in on.
    t.plan(["example", "meeting-behaviour", "--as", "soon"])
        .succeeds();
    let text = t
        .read("plans/soon.toml")
        .replace("status = \"followed-up\"", "status = \"ready\"");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("held_on"))
        .map(|l| format!("{l}\n"))
        .collect();
    t.write("plans/soon.toml", text);
    t.plan(["check-in", "soon", "--no-input", "--said", "x"])
        .fails(1)
        .stderr_has("a check-in comes after the meeting");
}

#[test]
fn the_invite_shows_done_and_dropped_actions_as_such() {
    let t = with_md();
    t.plan(["check-in", "md", "--no-input", "--done", "1", "--drop", "3"])
        .today("2026-12-07")
        .succeeds();
    let ics = t.plan(["invite", "md"]).output().stdout;
    assert!(ics.contains("STATUS:COMPLETED"), "{ics}");
    assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
    assert!(ics.contains("STATUS:NEEDS-ACTION"), "{ics}");
}

#[test]
fn plan_check_gives_the_command_with_the_plan_as_named() {
    let t = with_md();
    t.plan(["check", "md"])
        .today("2026-12-08")
        .output()
        .stdout_has("`plan check-in md`")
        .stdout_lacks("PLAN`");
}
