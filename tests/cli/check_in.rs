//! `plan check-in`: actions done or dropped, check-ins kept in order, and
//! `plan check` and `plan list --due` agreeing on what is due.

use crate::{plan, root};
use predicates::prelude::*;
use std::path::Path;

/// The missed-deadlines example in a plan folder, as `md`: three agreed
/// actions (due 2 Dec, none, 1 Dec) and a check-in on 7 Dec.
fn example(dir: &Path) {
    let plans = dir.join("plans");
    std::fs::create_dir_all(&plans).unwrap();
    std::fs::copy(
        root().join("examples/missed-deadlines.toml"),
        plans.join("md.toml"),
    )
    .unwrap();
}

fn due_rules_of_list(dir: &Path, today: &str) -> Vec<String> {
    let out = plan(dir)
        .env("PLAN_TODAY", today)
        .args(["list", "--due"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .skip(1)
        .map(|l| l.split('\t').nth(1).unwrap_or("").to_string())
        .collect()
}

fn due_rules_of_check(dir: &Path, today: &str) -> Vec<String> {
    let out = plan(dir)
        .env("PLAN_TODAY", today)
        .args(["check", "md", "--format", "json"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .filter_map(|l| l.split("\"rule\": \"").nth(1))
        .map(|r| r.split('"').next().unwrap().to_string())
        .filter(|r| ["follow-up-due", "action-overdue", "check-in-due"].contains(&r.as_str()))
        .collect()
}

#[test]
fn plan_check_and_plan_list_due_agree_on_every_day() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
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
        let mut listed = due_rules_of_list(dir.path(), today);
        let mut checked = due_rules_of_check(dir.path(), today);
        listed.sort();
        checked.sort();
        assert_eq!(listed, checked, "on {today}");
    }
    assert_eq!(
        due_rules_of_check(dir.path(), "2026-12-07"),
        ["action-overdue", "action-overdue", "check-in-due"]
    );
    assert_eq!(
        due_rules_of_check(dir.path(), "2026-12-01"),
        Vec::<String>::new()
    );
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-07")
        .args(["check-in", "md", "--no-input", "--done", "1"])
        .assert()
        .success();
    for today in days {
        let mut listed = due_rules_of_list(dir.path(), today);
        let mut checked = due_rules_of_check(dir.path(), today);
        listed.sort();
        checked.sort();
        assert_eq!(listed, checked, "after the check-in, on {today}");
    }
    // The action done is never overdue; the check-in recorded is not due.
    assert_eq!(
        due_rules_of_check(dir.path(), "2026-12-08"),
        ["action-overdue"]
    );
}

#[test]
fn done_and_dropped_with_a_note_and_the_next_check_in() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-07")
        .args([
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
        .assert()
        .success()
        .stdout(predicate::str::ends_with("md.toml\n"))
        .stderr(predicate::str::contains(
            "1 done, 1 dropped, 1 still open; next check-in 2026-12-21",
        ));
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-14")
        .args(["check-in", "md", "--no-input", "--done", "2"])
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("plans/md.toml")).unwrap();
    let file: toml::Value = toml::from_str(&text).unwrap();
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
        plan(dir.path())
            .env("PLAN_TODAY", "2026-12-14")
            .args(args)
            .assert()
            .success();
    }
}

#[test]
fn wrong_numbers_and_a_lone_note_are_usage_errors_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    let before = std::fs::read(dir.path().join("plans/md.toml")).unwrap();
    for args in [
        &["--done", "0"][..],
        &["--done", "4"],
        &["--done", "1", "--drop", "1"],
        &["--note", "alone"],
        &["--next", "next blursday"],
    ] {
        plan(dir.path())
            .args(["check-in", "md", "--no-input"])
            .args(args)
            .assert()
            .code(2);
    }
    assert_eq!(
        std::fs::read(dir.path().join("plans/md.toml")).unwrap(),
        before
    );
    plan(dir.path())
        .args(["check-in", "md"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("terminal"));
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
        let dir = tempfile::tempdir().unwrap();
        super::example(dir.path());
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
        let dir = tempfile::tempdir().unwrap();
        super::example(dir.path());
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
        let dir = tempfile::tempdir().unwrap();
        super::example(dir.path());
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
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-07")
        .args(["check-in", "md", "--no-input", "--done", "1", "--drop", "3"])
        .assert()
        .success();
    // Jordan Reyes, by surname, by first name, by the start of one.
    for name in ["reyes", "Jordan", "jor rey"] {
        let out = plan(dir.path())
            .args(["list", "--with", name])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
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
    let out = plan(dir.path())
        .args(["list", "--with", "okoro"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().lines().count() <= 1);
}

#[test]
fn the_next_brief_shows_what_became_of_each_earlier_action() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-07")
        .args(["check-in", "md", "--no-input", "--done", "1"])
        .assert()
        .success();
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-08")
        .args(["new", "next", "--no-input", "--follow-up", "md"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 open actions; record what became of them",
        ));
    let out = plan(dir.path())
        .env("PLAN_TODAY", "2026-12-08")
        .args(["render", "next"])
        .output()
        .unwrap();
    let brief = String::from_utf8(out.stdout).unwrap();
    assert!(brief.contains("done: Agree the priority order"), "{brief}");
    assert!(brief.contains("Flag any date at risk"), "{brief}");
}

#[test]
fn an_earlier_plan_stays_due_beside_the_next_one_and_a_bad_state_is_unreadable_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    // The next conversation, begun but not answered: the earlier plan's
    // actions and check-in are still due, for plan check and plan list alike.
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-10")
        .args(["new", "next", "--no-input", "--follow-up", "md"])
        .assert()
        .success();
    let out = plan(dir.path())
        .env("PLAN_TODAY", "2026-12-10")
        .args(["list", "--due"])
        .output()
        .unwrap();
    let listed: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.ends_with("md.toml"))
        .map(|l| l.split('\t').nth(1).unwrap().to_string())
        .collect();
    let mut checked = due_rules_of_check(dir.path(), "2026-12-10");
    checked.sort();
    let mut listed = listed;
    listed.sort();
    assert_eq!(listed, checked);
    assert_eq!(checked.len(), 3, "{checked:?}");
    // A state plan check refuses is refused by plan list too.
    let path = dir.path().join("plans/md.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("owner = \"Me\"", "owner = \"Me\"\nstate = \"finished\"", 1),
    )
    .unwrap();
    plan(dir.path())
        .args(["check", "md"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("unreadable"));
    plan(dir.path())
        .args(["list", "--due"])
        .assert()
        .success()
        .stdout(predicate::str::contains("unreadable"))
        .stdout(predicate::str::contains("state"));
}

#[test]
fn a_check_in_is_dated_today_or_before_changes_something_and_follows_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    let before = std::fs::read(dir.path().join("plans/md.toml")).unwrap();
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
        plan(dir.path())
            .env("PLAN_TODAY", "2026-12-08")
            .args(["check-in", "md", "--no-input"])
            .args(args)
            .assert()
            .code(2);
    }
    assert_eq!(
        std::fs::read(dir.path().join("plans/md.toml")).unwrap(),
        before
    );
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-08")
        .args(["check-in", "md", "--no-input", "--done", "1"])
        .assert()
        .success();
    // Marking it again is refused: earlier check-ins are never rewritten.
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-09")
        .args(["check-in", "md", "--no-input", "--drop", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already marked done"));
    // A plan whose meeting is still to come has nothing to check in on.
    plan(dir.path())
        .args(["example", "meeting-behaviour", "--as", "soon"])
        .assert()
        .success();
    let soon = dir.path().join("plans/soon.toml");
    let text = std::fs::read_to_string(&soon).unwrap();
    let text = text.replace("status = \"followed-up\"", "status = \"ready\"");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("held_on"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&soon, text).unwrap();
    plan(dir.path())
        .args(["check-in", "soon", "--no-input", "--said", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "a check-in comes after the meeting",
        ));
}

#[test]
fn the_invite_shows_done_and_dropped_actions_as_such() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-07")
        .args(["check-in", "md", "--no-input", "--done", "1", "--drop", "3"])
        .assert()
        .success();
    let out = plan(dir.path()).args(["invite", "md"]).output().unwrap();
    let ics = String::from_utf8(out.stdout).unwrap();
    assert!(ics.contains("STATUS:COMPLETED"), "{ics}");
    assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
    assert!(ics.contains("STATUS:NEEDS-ACTION"), "{ics}");
}

#[test]
fn plan_check_gives_the_command_with_the_plan_as_named() {
    let dir = tempfile::tempdir().unwrap();
    example(dir.path());
    plan(dir.path())
        .env("PLAN_TODAY", "2026-12-08")
        .args(["check", "md"])
        .assert()
        .stdout(predicate::str::contains("`plan check-in md`"))
        .stdout(predicate::str::contains("PLAN`").not());
}
