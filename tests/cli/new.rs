//! `plan new` without a terminal: the scriptable forms and their errors.

use crate::{mode, plan};
use predicates::prelude::*;
use std::fs;

#[test]
fn without_a_terminal_it_stops_at_once_and_names_the_flags() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args(["new", "x.toml"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("--no-input").and(predicate::str::contains("--answers")));
    assert!(!dir.path().join("x.toml").exists());
}

#[test]
fn no_input_writes_a_private_draft_with_what_was_given() {
    let dir = tempfile::tempdir().unwrap();
    let out = plan(dir.path())
        .args([
            "new",
            "--no-input",
            "--set",
            "meeting.with=Sam Lee",
            "--set",
            "meeting.when=2026-11-28 14:00",
            "--set",
            "explore.questions=What happened?",
            "--set",
            "explore.questions=How do you see it?",
            "--set",
            r#"prepare.evidence={ fact = "Report late", source = "written", date = 2026-11-03 }"#,
            "--set",
            "meeting.mode=Virtual",
        ])
        .assert()
        .success();
    let plans = dir.path().join("plans");
    let path = plans.join("sam-lee-2026-11-28.toml");
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout).trim(),
        path.display().to_string()
    );
    assert_eq!(mode(&plans), 0o700);
    assert_eq!(mode(&path), 0o600);
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("schema = 1\nstatus = \"draft\"\n"),
        "{text}"
    );
    let plan: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(plan["meeting"]["with"].as_str(), Some("Sam Lee"));
    assert_eq!(plan["meeting"]["mode"].as_str(), Some("virtual"));
    assert_eq!(plan["explore"]["questions"].as_array().unwrap().len(), 2);
    assert_eq!(
        plan["prepare"]["evidence"][0]["source"].as_str(),
        Some("written")
    );
    assert!(plan.get("mindset").is_none(), "nothing else is filled in");
    // No temp, lock or stray files besides the plan.
    let names: Vec<String> = fs::read_dir(&plans)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["sam-lee-2026-11-28.toml"]);
}

#[test]
fn set_wins_over_the_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.toml"),
        "[meeting]\nwith = \"From file\"\nplace = \"Room 4\"\n[explore]\nquestions = [\"What now?\"]\n",
    )
    .unwrap();
    plan(dir.path())
        .args(["new", "p.toml", "--no-input", "--answers", "a.toml"])
        .args(["--set", "meeting.with=From flag"])
        .assert()
        .success();
    let plan: toml::Value =
        toml::from_str(&fs::read_to_string(dir.path().join("p.toml")).unwrap()).unwrap();
    assert_eq!(plan["meeting"]["with"].as_str(), Some("From flag"));
    assert_eq!(plan["meeting"]["place"].as_str(), Some("Room 4"));
    assert_eq!(plan["explore"]["questions"][0].as_str(), Some("What now?"));
}

#[test]
fn bad_set_values_name_the_key_and_the_form() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--no-input",
            "--set",
            "meeting.when=28/11/2026",
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("meeting.when")
                .and(predicate::str::contains("2026-11-28 14:30")),
        );
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--no-input",
            "--set",
            "meeting.duration_minutes=9000",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("1 to 600"));
    plan(dir.path())
        .args(["new", "p.toml", "--no-input", "--set", "with=Sam"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `meeting.with`"));
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--no-input",
            "--set",
            "outcome.support=Time",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "plan summary PLAN --set outcome.support",
        ));
    plan(dir.path())
        .args(["new", "p.toml", "--no-input", "--set", "meeting.with"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("KEY=VALUE"));
    assert!(!dir.path().join("p.toml").exists());
}

#[test]
fn coached_questions_given_by_flag_get_a_note() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--no-input",
            "--set",
            "explore.questions=Why is it late?",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("explore.questions[1]: Asks \"why\"")
                .and(predicate::str::contains("try: \"What")),
        );
}

#[test]
fn an_existing_plan_is_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let original = b"# mine\nschema = 1\nstatus = \"ready\"\n[meeting]\nwith = \"Ana\"\n";
    fs::write(&path, original).unwrap();
    plan(dir.path())
        .args(["new", "p.toml", "--no-input", "--set", "meeting.with=Bo"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("already exists").and(predicate::str::contains("--force")),
        );
    assert_eq!(fs::read(&path).unwrap(), original);

    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--no-input",
            "--force",
            "--set",
            "meeting.with=Bo",
        ])
        .assert()
        .success();
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("with = \"Bo\"") && !text.contains("# mine"),
        "{text}"
    );
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn resume_keeps_comments_unknown_keys_and_earlier_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    fs::write(
        &path,
        "# my own note\nschema = 1\nstatus = \"draft\"\nflavour = \"kept\"\n\n[meeting]\nwith = \"Ana\" # first name only\n\n[custom]\nx = 1\n",
    )
    .unwrap();
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--resume",
            "--no-input",
            "--set",
            "open.mutual_purpose=Ship it together",
        ])
        .assert()
        .success();
    let text = fs::read_to_string(&path).unwrap();
    for kept in [
        "# my own note",
        "flavour = \"kept\"",
        "# first name only",
        "[custom]",
        "x = 1",
        "Ship it together",
    ] {
        assert!(text.contains(kept), "lost {kept:?}:\n{text}");
    }
}

#[test]
fn a_plan_open_elsewhere_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let original = b"schema = 1\nstatus = \"draft\"\n";
    fs::write(&path, original).unwrap();
    let lock = fs::File::create(dir.path().join(".p.toml.lock")).unwrap();
    lock.lock().unwrap();
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--resume",
            "--no-input",
            "--set",
            "meeting.with=Bo",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("open in another `plan`"));
    assert_eq!(fs::read(&path).unwrap(), original);
}

#[test]
fn unwritable_places_and_unusable_names() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args([
            "new",
            "no/such/folder/p.toml",
            "--no-input",
            "--set",
            "meeting.with=A",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot write in no/such/folder"));
    // A bad name is a mistake in how the command was called, like any other argument.
    for command in ["new", "render", "summary", "invite"] {
        plan(dir.path())
            .args(
                [command, "..", "--no-input"]
                    .iter()
                    .take(if command == "new" { 3 } else { 2 }),
            )
            .assert()
            .code(2)
            .stderr(predicate::str::contains("not a usable plan name"));
    }
}

#[test]
fn no_name_and_nothing_to_make_one_from_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args(["new", "--no-input", "--set", "meeting.with=Sam"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("meeting.when"));
}

#[test]
fn bare_names_live_in_the_plan_dir() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args(["new", "sam", "--no-input", "--set", "meeting.with=Sam"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with("plans/sam.toml\n"));
    assert_eq!(mode(&dir.path().join("plans/sam.toml")), 0o600);
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path()).args(["new", "--resume"]).assert().code(2);
    plan(dir.path())
        .args(["new", "p.toml", "--resume", "--force"])
        .assert()
        .code(2);
    plan(dir.path()).args(["frobnicate"]).assert().code(2);
}

/// Dates as people write them, in `--set` and answers files, counted from a
/// fixed today (Wednesday 25 November 2026), with what was understood said back.
#[test]
fn a_meeting_time_looks_ahead_and_a_past_one_is_called_so() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .env("PLAN_TODAY", "2026-11-26")
        .args(["new", "ahead", "--no-input", "--set", "meeting.with=Dana"])
        .args(["--set", "meeting.when=12 Nov 10:00"])
        .arg("--add")
        .arg(r#"prepare.evidence={ fact = "The report came late", source = "seen", date = "12 Nov" }"#)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "meeting.when: That is Friday 12 November 2027, 10:00.",
        ));
    let text = std::fs::read_to_string(dir.path().join("plans/ahead.toml")).unwrap();
    assert!(text.contains("when = 2027-11-12T10:00:00"), "{text}");
    // A fact's date is a recent day.
    assert!(text.contains("date = 2026-11-12"), "{text}");
    // A meeting time written out in full, but gone, is said to be past.
    plan(dir.path())
        .env("PLAN_TODAY", "2026-11-26")
        .args(["new", "past", "--no-input", "--set", "meeting.with=Dana"])
        .args(["--set", "meeting.when=2026-11-12 10:00"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "That is Thursday 12 November 2026, 10:00 (in the past).",
        ));
}

#[test]
fn natural_dates_in_set_and_answers_files() {
    let dir = tempfile::tempdir().unwrap();
    for (name, typed, stored, said) in [
        (
            "tomorrow 15:00",
            "2026-11-26T15:00:00",
            "Thursday 26 November 2026, 15:00",
        ),
        (
            "next Thursday 3pm",
            "2026-11-26T15:00:00",
            "Thursday 26 November 2026, 15:00",
        ),
        (
            "Thu 15:00",
            "2026-11-26T15:00:00",
            "Thursday 26 November 2026, 15:00",
        ),
        // The meeting is still to come: a day and month is the next one.
        ("12 Nov", "2027-11-12", "Friday 12 November 2027"),
        ("20 Aug", "2027-08-20", "Friday 20 August 2027"),
        (
            "3 Dec 14:30",
            "2026-12-03T14:30:00",
            "Thursday 3 December 2026, 14:30",
        ),
        ("in 2 weeks", "2026-12-09", "Wednesday 9 December 2026"),
        ("today", "2026-11-25", "Wednesday 25 November 2026"),
    ]
    .into_iter()
    .enumerate()
    .map(|(i, (typed, stored, said))| (format!("p{i}"), typed, stored, said))
    {
        plan(dir.path())
            .env("PLAN_TODAY", "2026-11-25")
            .args(["new", &name, "--no-input", "--set", "meeting.with=Dana"])
            .args(["--set", &format!("meeting.when={typed}")])
            .assert()
            .success()
            .stderr(predicate::str::contains(format!(
                "meeting.when: That is {said}."
            )));
        let text = std::fs::read_to_string(dir.path().join(format!("plans/{name}.toml"))).unwrap();
        assert!(
            text.contains(&format!("when = {stored}")),
            "{typed}: {text}"
        );
    }
    // An answers file may write the date as a string in the same words.
    let answers = dir.path().join("answers.toml");
    std::fs::write(
        &answers,
        "[meeting]\nwith = \"Dana\"\nwhen = \"next Thursday 3pm\"\n",
    )
    .unwrap();
    plan(dir.path())
        .env("PLAN_TODAY", "2026-11-25")
        .args(["new", "a", "--no-input", "--answers"])
        .arg(&answers)
        .assert()
        .success();
    let text = std::fs::read_to_string(dir.path().join("plans/a.toml")).unwrap();
    assert!(text.contains("when = 2026-11-26T15:00:00"), "{text}");
    // Words it does not know are refused with the forms it does.
    std::fs::write(&answers, "[meeting]\nwith = \"Dana\"\nwhen = \"soonish\"\n").unwrap();
    plan(dir.path())
        .args(["new", "b", "--no-input", "--answers"])
        .arg(&answers)
        .assert()
        .code(predicate::ne(0))
        .stderr(predicate::str::contains("next Thursday 3pm"));
    plan(dir.path())
        .args(["new", "b", "--no-input", "--set", "meeting.with=D"])
        .args(["--set", "meeting.when=soonish"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tomorrow 15:00"));
}

#[test]
fn a_plan_today_that_is_not_a_day_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["2026-13-01", "garbage", "26-11-2026"] {
        plan(dir.path())
            .env("PLAN_TODAY", bad)
            .args(["list"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("PLAN_TODAY"))
            .stderr(predicate::str::contains("YYYY-MM-DD"));
    }
    // Nothing was written before the check.
    plan(dir.path())
        .env("PLAN_TODAY", "garbage")
        .args(["new", "x", "--no-input", "--set", "meeting.with=Dana"])
        .assert()
        .code(2);
    assert!(!dir.path().join("plans/x.toml").exists());
    plan(dir.path())
        .env("PLAN_TODAY", "2026-11-25")
        .args(["list"])
        .assert()
        .success();
}

#[test]
fn a_draft_is_checked_when_a_plan_loads_and_kept_by_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let draft = "\n[[draft]]\nquestion = \"safety.contrasting\"\nentry = { dont = \"I don't think you're careless\" }\n";
    let plan_text = format!(
        "schema = 1\nstatus = \"draft\"\n\n[meeting]\nwith = \"Ana\"\nwhen = 2026-12-01\n{draft}"
    );
    fs::write(dir.path().join("p.toml"), &plan_text).unwrap();
    // Writing other answers keeps it, as typed.
    plan(dir.path())
        .args([
            "edit",
            "p.toml",
            "--no-input",
            "--set",
            "meeting.place=Room 1",
        ])
        .assert()
        .success();
    let after = fs::read_to_string(dir.path().join("p.toml")).unwrap();
    assert!(after.contains(draft.trim()), "{after}");
    plan(dir.path())
        .args([
            "new",
            "p.toml",
            "--resume",
            "--no-input",
            "--set",
            "meeting.title=Habits",
        ])
        .assert()
        .success();
    // A draft that does not fit its field is refused where it is, like any answer.
    fs::write(
        dir.path().join("bad.toml"),
        "schema = 1\n[[draft]]\nquestion = \"prepare.evidence\"\nentry = { source = \"gossip\" }\n",
    )
    .unwrap();
    plan(dir.path())
        .args(["render", "bad.toml"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.toml:4:"))
        .stderr(predicate::str::contains("`draft[1].entry.source`"));
    // An answers file gives answers, never drafts.
    fs::write(dir.path().join("a.toml"), draft).unwrap();
    plan(dir.path())
        .args(["new", "q.toml", "--no-input", "--answers", "a.toml"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown key `draft`"));
}

/// The bytes of a file, to compare before and after a command that fails.
fn bytes(path: &std::path::Path) -> Vec<u8> {
    fs::read(path).unwrap()
}

/// The refusal of a time the clocks skip, as `--set` says it.
fn skipped(time: &str, day: &str, from: &str, to: &str) -> String {
    format!(
        "error: --set meeting.when: {time} does not exist on {day} here: the clocks go forward \
         from {from} to {to}; give a time before {from} or from {to}\n  \
         hint: `meeting.when` takes a date (2026-11-28) or a date and time (2026-11-28 14:30)\n"
    )
}

#[test]
fn a_time_the_clocks_skip_is_refused_by_set_and_answers_and_the_plan_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    plan(d)
        .args(["new", "p", "--no-input", "--set", "meeting.with=Sam"])
        .args(["--set", "meeting.when=2026-03-28 10:00"])
        .assert()
        .success();
    let path = d.join("plans/p.toml");
    let london = |time: &str| skipped(time, "29 March 2026", "01:00", "02:00");
    for (tz, when, said) in [
        ("Europe/London", "2026-03-29 01:00", london("01:00")),
        ("Europe/London", "2026-03-29 01:30", london("01:30")),
        ("Europe/London", "2026-03-29 01:59", london("01:59")),
        // In words, the day is named: "Sunday" from Saturday 28 March.
        ("Europe/London", "Sun 1:30am", london("01:30")),
        (
            "America/New_York",
            "2026-03-08 02:30",
            skipped("02:30", "8 March 2026", "02:00", "03:00"),
        ),
        // South of the equator the clocks go forward in October.
        (
            "Australia/Sydney",
            "2026-10-04 02:30",
            skipped("02:30", "4 October 2026", "02:00", "03:00"),
        ),
    ] {
        let before = bytes(&path);
        plan(d)
            .env("TZ", tz)
            .env("PLAN_TODAY", "2026-03-28")
            .args(["edit", "p", "--no-input", "--set"])
            .arg(format!("meeting.when={when}"))
            .assert()
            .code(2)
            .stdout("")
            .stderr(said);
        assert_eq!(bytes(&path), before, "{tz} {when}");
    }
    // An answers file is refused the same way, a TOML date or words alike.
    let answers = d.join("answers.toml");
    for when in ["2026-03-29T01:30:00", "\"2026-03-29 01:30\""] {
        fs::write(&answers, format!("[meeting]\nwhen = {when}\n")).unwrap();
        for command in ["new", "edit"] {
            let before = bytes(&path);
            let mut cmd = plan(d);
            cmd.args([command, "p", "--no-input", "--answers", "answers.toml"]);
            if command == "new" {
                cmd.arg("--resume");
            }
            cmd.assert()
                .code(1)
                .stdout("")
                .stderr(predicate::str::contains(
                    "(01:30 does not exist on 29 March 2026 here: the clocks go forward from 01:00 \
                 to 02:00; give a time before 01:00 or from 02:00)\n  2 | when = ",
                ));
            assert_eq!(bytes(&path), before, "{command} {when}");
        }
    }
    // The minute before the clocks go forward and the one they go to are
    // times like any other; where the clocks do not change, 01:30 is one.
    for (tz, when, said) in [
        (
            "Europe/London",
            "2026-03-29 00:59",
            "Sunday 29 March 2026, 00:59",
        ),
        (
            "Europe/London",
            "2026-03-29 02:00",
            "Sunday 29 March 2026, 02:00",
        ),
        ("UTC", "2026-03-29 01:30", "Sunday 29 March 2026, 01:30"),
        (
            "Australia/Sydney",
            "2026-03-29 01:30",
            "Sunday 29 March 2026, 01:30",
        ),
    ] {
        plan(d)
            .env("TZ", tz)
            .env("PLAN_TODAY", "2026-03-28")
            .args(["edit", "p", "--no-input", "--set"])
            .arg(format!("meeting.when={when}"))
            .assert()
            .success()
            .stderr(format!(
                "note: meeting.when: That is {said}.\nSaved {}.\n",
                path.display()
            ));
    }
}

#[test]
fn a_time_the_clocks_repeat_is_said_back_as_the_first_and_the_invite_agrees() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (tz, when, said, start) in [
        (
            "Europe/London",
            "2026-10-25 01:30",
            "Sunday 25 October 2026, 01:30 UTC+1, the first of the two \
             (the clocks go back from 02:00 to 01:00)",
            "20261025T003000Z",
        ),
        (
            "America/New_York",
            "2026-11-01 01:30",
            "Sunday 1 November 2026, 01:30 UTC-4, the first of the two \
             (the clocks go back from 02:00 to 01:00)",
            "20261101T053000Z",
        ),
        (
            "Australia/Sydney",
            "2026-04-05 02:30",
            "Sunday 5 April 2026, 02:30 UTC+11, the first of the two \
             (the clocks go back from 03:00 to 02:00)",
            "20260404T153000Z",
        ),
        // The hour after the clocks go back happens once, and so does any
        // time where they do not change.
        (
            "Europe/London",
            "2026-10-25 02:00",
            "Sunday 25 October 2026, 02:00",
            "20261025T020000Z",
        ),
        (
            "UTC",
            "2026-10-25 01:30",
            "Sunday 25 October 2026, 01:30",
            "20261025T013000Z",
        ),
        (
            "Europe/London",
            "2026-11-28 14:00",
            "Saturday 28 November 2026, 14:00",
            "20261128T140000Z",
        ),
    ] {
        plan(d)
            .env("TZ", tz)
            .env("PLAN_TODAY", "2026-03-01")
            .args(["new", "p.toml", "--force", "--no-input"])
            .args(["--set", "meeting.with=Sam", "--set"])
            .arg(format!("meeting.when={when}"))
            .assert()
            .success()
            .stderr(predicate::str::starts_with(format!(
                "note: meeting.when: That is {said}.\n"
            )));
        let (dtstart, _) = crate::hostile_text::meeting_times(d, "p.toml", tz);
        assert_eq!(dtstart, start, "{tz} {when}");
    }
}
