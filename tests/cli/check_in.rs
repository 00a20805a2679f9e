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
    use expectrl::{Expect, Session};
    use std::path::Path;
    use std::time::Duration;

    const DOWN: &str = "\x1b[B";

    fn spawn(dir: &Path, args: &[&str]) -> expectrl::session::OsSession {
        let mut cmd = crate::plan_command(dir);
        cmd.args(args)
            .env("PLAN_TODAY", "2026-12-08")
            .env("TERM", "xterm");
        let mut s = Session::spawn(cmd).expect("spawn plan in a pty");
        s.set_expect_timeout(Some(Duration::from_secs(20)));
        s
    }

    fn expect(s: &mut expectrl::session::OsSession, text: &str) {
        if let Err(e) = s.expect(text) {
            panic!("waiting for {text:?}: {e}");
        }
    }

    fn pause() {
        std::thread::sleep(Duration::from_millis(300));
    }

    #[test]
    fn each_open_action_is_asked_then_what_was_said_and_the_next_date() {
        let dir = super::with_md();
        let mut s = spawn(dir.path(), &["check-in", "md"]);
        expect(&mut s, "1. Agree the priority order");
        pause();
        s.send(format!("{DOWN}\r")).unwrap(); // Done
        expect(&mut s, "A note on it");
        s.send("settled\r").unwrap();
        expect(&mut s, "2. Flag any date at risk");
        pause();
        s.send("\r").unwrap(); // still open
        expect(&mut s, "3. Send a realistic date");
        pause();
        s.send(format!("{DOWN}{DOWN}\r")).unwrap(); // Dropped
        expect(&mut s, "A note on it");
        s.send("\r").unwrap();
        expect(&mut s, "What was said?");
        s.send("Short and calm.\r").unwrap();
        expect(&mut s, "The next check-in?");
        s.send("in 2 weeks\r").unwrap();
        expect(
            &mut s,
            "1 done, 1 dropped, 1 still open; next check-in 2026-12-22",
        );
        let text = std::fs::read_to_string(dir.path().join("plans/md.toml")).unwrap();
        assert!(text.contains("state = \"done\""), "{text}");
        assert!(text.contains("state = \"dropped\""), "{text}");
        assert!(text.contains("said = \"Short and calm.\""), "{text}");
    }

    #[test]
    fn ctrl_c_part_way_keeps_what_was_answered() {
        let dir = super::with_md();
        let mut s = spawn(dir.path(), &["check-in", "md"]);
        expect(&mut s, "1. Agree the priority order");
        pause();
        s.send(format!("{DOWN}\r")).unwrap(); // Done
        expect(&mut s, "A note on it");
        s.send("\r").unwrap();
        expect(&mut s, "2. Flag any date at risk");
        pause();
        s.send("\x03").unwrap();
        expect(&mut s, "as far as it went: 1 done");
        expect(&mut s, "Pick up where you left off with: plan check-in");
        let status = format!("{:?}", s.get_process().wait().unwrap());
        assert!(status.contains("130"), "{status}");
        let text = std::fs::read_to_string(dir.path().join("plans/md.toml")).unwrap();
        assert!(text.contains("state = \"done\""), "{text}");
    }

    #[test]
    fn the_next_conversation_first_asks_what_became_of_the_open_actions() {
        let dir = super::with_md();
        let mut s = spawn(dir.path(), &["new", "next", "--follow-up", "md", "--quick"]);
        expect(&mut s, "what became of the actions agreed last time");
        expect(&mut s, "1. Agree the priority order");
        pause();
        s.send(format!("{DOWN}\r")).unwrap(); // Done
        expect(&mut s, "A note on it");
        s.send("\r").unwrap();
        expect(&mut s, "2. Flag any date at risk");
        pause();
        s.send("\r").unwrap();
        expect(&mut s, "3. Send a realistic date");
        pause();
        s.send("\r").unwrap();
        expect(&mut s, "Check-in recorded");
        expect(&mut s, "When will you meet?");
        s.send("\x03").unwrap();
        let text = std::fs::read_to_string(dir.path().join("plans/md.toml")).unwrap();
        assert!(text.contains("[[debrief.check_ins]]"), "{text}");
        let next = std::fs::read_to_string(dir.path().join("plans/next.toml")).unwrap();
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
