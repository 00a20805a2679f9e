//! `plan new` without a terminal: the scriptable forms and their errors.

use crate::harness::Test;
use crate::mode;

#[test]
fn without_a_terminal_it_stops_at_once_and_names_the_flags() {
    let t = Test::new();
    t.plan(["new", "x.toml"])
        .fails(1)
        .stderr_has("--no-input")
        .stderr_has("--answers");
    assert!(!t.exists("x.toml"));
}

#[test]
fn no_input_writes_a_private_draft_with_what_was_given() {
    let t = Test::new();
    let out = t
        .plan([
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
        .succeeds();
    let plans = t.join("plans");
    let path = plans.join("sam-lee-2026-11-28.toml");
    assert_eq!(out.stdout.trim(), path.display().to_string());
    assert_eq!(mode(&plans), 0o700);
    assert_eq!(mode(&path), 0o600);
    let text = t.read(&path);
    assert!(
        text.starts_with("schema = 1\nstatus = \"draft\"\n"),
        "{text}"
    );
    let plan = t.toml(&path);
    assert_eq!(plan["meeting"]["with"].as_str(), Some("Sam Lee"));
    assert_eq!(plan["meeting"]["mode"].as_str(), Some("virtual"));
    assert_eq!(plan["explore"]["questions"].as_array().unwrap().len(), 2);
    assert_eq!(
        plan["prepare"]["evidence"][0]["source"].as_str(),
        Some("written")
    );
    assert!(plan.get("mindset").is_none(), "nothing else is filled in");
    // No temp, lock or stray files besides the plan.
    assert_eq!(t.names("plans"), ["sam-lee-2026-11-28.toml"]);
}

#[test]
fn set_wins_over_the_answers_file() {
    let t = Test::new();
    t.write(
        "a.toml",
        "[meeting]\nwith = \"From file\"\nplace = \"Room 4\"\n[explore]\nquestions = [\"What now?\"]\n",
    );
    t.plan(["new", "p.toml", "--no-input", "--answers", "a.toml"])
        .args(["--set", "meeting.with=From flag"])
        .succeeds();
    let plan = t.toml("p.toml");
    assert_eq!(plan["meeting"]["with"].as_str(), Some("From flag"));
    assert_eq!(plan["meeting"]["place"].as_str(), Some("Room 4"));
    assert_eq!(plan["explore"]["questions"][0].as_str(), Some("What now?"));
}

#[test]
fn bad_set_values_name_the_key_and_the_form() {
    let t = Test::new();
    for (set, says) in [
        ("meeting.when=28/11/2026", "2026-11-28 14:30"),
        ("meeting.duration_minutes=9000", "1 to 600"),
        ("with=Sam", "did you mean `meeting.with`"),
        (
            "outcome.support=Time",
            "plan summary PLAN --set outcome.support",
        ),
        ("meeting.with", "KEY=VALUE"),
    ] {
        let err = t
            .plan(["new", "p.toml", "--no-input", "--set", set])
            .fails(2)
            .stderr_has(says)
            .stderr;
        if set.starts_with("meeting.when") {
            assert!(err.contains("meeting.when"), "{err}");
        }
    }
    assert!(!t.exists("p.toml"));
}

#[test]
fn coached_questions_given_by_flag_get_a_note() {
    let t = Test::new();
    t.plan([
        "new",
        "p.toml",
        "--no-input",
        "--set",
        "explore.questions=Why is it late?",
    ])
    .succeeds()
    .stderr_has("explore.questions[1]: Asks \"why\"")
    .stderr_has("try: \"What");
}

#[test]
fn an_existing_plan_is_never_overwritten_without_force() {
    let t = Test::new();
    let path = t.write(
        "p.toml",
        "# mine\nschema = 1\nstatus = \"ready\"\n[meeting]\nwith = \"Ana\"\n",
    );
    t.plan(["new", "p.toml", "--no-input", "--set", "meeting.with=Bo"])
        .keeps(&path)
        .fails(1)
        .stderr_has("already exists")
        .stderr_has("--force");

    t.plan([
        "new",
        "p.toml",
        "--no-input",
        "--force",
        "--set",
        "meeting.with=Bo",
    ])
    .succeeds();
    let text = t.read(&path);
    assert!(
        text.contains("with = \"Bo\"") && !text.contains("# mine"),
        "{text}"
    );
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn resume_keeps_comments_unknown_keys_and_earlier_answers() {
    let t = Test::new();
    t.write(
        "p.toml",
        "# my own note\nschema = 1\nstatus = \"draft\"\nflavour = \"kept\"\n\n[meeting]\nwith = \"Ana\" # first name only\n\n[custom]\nx = 1\n",
    );
    t.plan([
        "new",
        "p.toml",
        "--resume",
        "--no-input",
        "--set",
        "open.mutual_purpose=Ship it together",
    ])
    .succeeds();
    let text = t.read("p.toml");
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
    let t = Test::new();
    let path = t.write("p.toml", "schema = 1\nstatus = \"draft\"\n");
    let lock = std::fs::File::create(t.join(".p.toml.lock")).unwrap();
    lock.lock().unwrap();
    t.plan([
        "new",
        "p.toml",
        "--resume",
        "--no-input",
        "--set",
        "meeting.with=Bo",
    ])
    .keeps(&path)
    .fails(1)
    .stderr_has("open in another `plan`");
}

#[test]
fn unwritable_places_and_unusable_names() {
    let t = Test::new();
    t.plan([
        "new",
        "no/such/folder/p.toml",
        "--no-input",
        "--set",
        "meeting.with=A",
    ])
    .fails(1)
    .stderr_has("cannot write in no/such/folder");
    // A bad name is a mistake in how the command was called, like any other argument.
    for command in ["new", "render", "summary", "invite"] {
        t.plan(
            [command, "..", "--no-input"]
                .iter()
                .take(if command == "new" { 3 } else { 2 }),
        )
        .fails(2)
        .stderr_has("not a usable plan name");
    }
}

#[test]
fn no_name_and_nothing_to_make_one_from_is_a_usage_error() {
    let t = Test::new();
    t.plan(["new", "--no-input", "--set", "meeting.with=Sam"])
        .fails(2)
        .stderr_has("meeting.when");
}

#[test]
fn bare_names_live_in_the_plan_dir() {
    let t = Test::new();
    let out = t
        .plan(["new", "sam", "--no-input", "--set", "meeting.with=Sam"])
        .succeeds();
    assert!(out.stdout.ends_with("plans/sam.toml\n"), "{}", out.stdout);
    assert_eq!(mode(&t.join("plans/sam.toml")), 0o600);
}

#[test]
fn usage_errors_exit_2() {
    let t = Test::new();
    t.plan(["new", "--resume"]).fails(2);
    t.plan(["new", "p.toml", "--resume", "--force"]).fails(2);
    t.plan(["frobnicate"]).fails(2);
}

/// Dates as people write them, in `--set` and answers files, counted from a
/// fixed today, with what was understood said back.
#[test]
fn a_meeting_time_looks_ahead_and_a_past_one_is_called_so() {
    let t = Test::new();
    t.plan(["new", "ahead", "--no-input", "--set", "meeting.with=Dana"])
        .args(["--set", "meeting.when=12 Nov 10:00"])
        .arg("--add")
        .arg(r#"prepare.evidence={ fact = "The report came late", source = "seen", date = "12 Nov" }"#)
        .today("2026-11-26")
        .succeeds()
        .stderr_has("meeting.when: That is Friday 12 November 2027, 10:00.");
    let text = t.read("plans/ahead.toml");
    assert!(text.contains("when = 2027-11-12T10:00:00"), "{text}");
    // A fact's date is a recent day.
    assert!(text.contains("date = 2026-11-12"), "{text}");
    // A meeting time written out in full, but gone, is said to be past.
    t.plan(["new", "past", "--no-input", "--set", "meeting.with=Dana"])
        .args(["--set", "meeting.when=2026-11-12 10:00"])
        .today("2026-11-26")
        .succeeds()
        .stderr_has("That is Thursday 12 November 2026, 10:00 (in the past).");
}

/// Counted from Wednesday 25 November 2026.
#[test]
fn natural_dates_in_set_and_answers_files() {
    let t = Test::new();
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
        t.plan(["new", &name, "--no-input", "--set", "meeting.with=Dana"])
            .args(["--set", &format!("meeting.when={typed}")])
            .today("2026-11-25")
            .succeeds()
            .stderr_has(format!("meeting.when: That is {said}."));
        let text = t.read(format!("plans/{name}.toml"));
        assert!(
            text.contains(&format!("when = {stored}")),
            "{typed}: {text}"
        );
    }
    // An answers file may write the date as a string in the same words.
    let answers = t.write(
        "answers.toml",
        "[meeting]\nwith = \"Dana\"\nwhen = \"next Thursday 3pm\"\n",
    );
    t.plan(["new", "a", "--no-input", "--answers"])
        .arg(&answers)
        .today("2026-11-25")
        .succeeds();
    let text = t.read("plans/a.toml");
    assert!(text.contains("when = 2026-11-26T15:00:00"), "{text}");
    // Words it does not know are refused with the forms it does.
    t.write(&answers, "[meeting]\nwith = \"Dana\"\nwhen = \"soonish\"\n");
    let out = t
        .plan(["new", "b", "--no-input", "--answers"])
        .arg(&answers)
        .output()
        .stderr_has("next Thursday 3pm");
    assert_ne!(out.code, Some(0), "{}", out.described());
    t.plan(["new", "b", "--no-input", "--set", "meeting.with=D"])
        .args(["--set", "meeting.when=soonish"])
        .fails(2)
        .stderr_has("tomorrow 15:00");
}

#[test]
fn a_plan_today_that_is_not_a_day_is_a_usage_error() {
    let t = Test::new();
    for bad in ["2026-13-01", "garbage", "26-11-2026"] {
        t.plan(["list"])
            .today(bad)
            .fails(2)
            .stderr_has("PLAN_TODAY")
            .stderr_has("YYYY-MM-DD");
    }
    // Nothing was written before the check.
    t.plan(["new", "x", "--no-input", "--set", "meeting.with=Dana"])
        .today("garbage")
        .fails(2);
    assert!(!t.exists("plans/x.toml"));
    t.plan(["list"]).today("2026-11-25").succeeds();
}

#[test]
fn a_draft_is_checked_when_a_plan_loads_and_kept_by_every_write() {
    let t = Test::new();
    let draft = "\n[[draft]]\nquestion = \"safety.contrasting\"\nentry = { dont = \"I don't think you're careless\" }\n";
    t.write(
        "p.toml",
        format!(
            "schema = 1\nstatus = \"draft\"\n\n[meeting]\nwith = \"Ana\"\nwhen = 2026-12-01\n{draft}"
        ),
    );
    // Writing other answers keeps it, as typed.
    t.plan([
        "edit",
        "p.toml",
        "--no-input",
        "--set",
        "meeting.place=Room 1",
    ])
    .succeeds();
    let after = t.read("p.toml");
    assert!(after.contains(draft.trim()), "{after}");
    t.plan([
        "new",
        "p.toml",
        "--resume",
        "--no-input",
        "--set",
        "meeting.title=Habits",
    ])
    .succeeds();
    // A draft that does not fit its field is refused where it is, like any answer.
    t.write(
        "bad.toml",
        "schema = 1\n[[draft]]\nquestion = \"prepare.evidence\"\nentry = { source = \"gossip\" }\n",
    );
    t.plan(["render", "bad.toml"])
        .fails(1)
        .stderr_has("bad.toml:4:")
        .stderr_has("`draft[1].entry.source`");
    // An answers file gives answers, never drafts.
    t.write("a.toml", draft);
    t.plan(["new", "q.toml", "--no-input", "--answers", "a.toml"])
        .fails(1)
        .stderr_has("unknown key `draft`");
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
    let t = Test::new();
    t.plan(["new", "p", "--no-input", "--set", "meeting.with=Sam"])
        .args(["--set", "meeting.when=2026-03-28 10:00"])
        .today("2026-03-28")
        .succeeds();
    let path = t.join("plans/p.toml");
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
        t.plan(["edit", "p", "--no-input", "--set"])
            .arg(format!("meeting.when={when}"))
            .tz(tz)
            .today("2026-03-28")
            .keeps(&path)
            .fails(2)
            .stderr_is(said);
    }
    // An answers file is refused the same way, a TOML date or words alike.
    for when in ["2026-03-29T01:30:00", "\"2026-03-29 01:30\""] {
        t.write("answers.toml", format!("[meeting]\nwhen = {when}\n"));
        for command in ["new", "edit"] {
            let mut run = t.plan([command, "p", "--no-input", "--answers", "answers.toml"]);
            if command == "new" {
                run = run.arg("--resume");
            }
            run.keeps(&path).fails(1).stderr_has(
                "(01:30 does not exist on 29 March 2026 here: the clocks go forward from 01:00 \
                 to 02:00; give a time before 01:00 or from 02:00)\n  2 | when = ",
            );
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
        t.plan(["edit", "p", "--no-input", "--set"])
            .arg(format!("meeting.when={when}"))
            .tz(tz)
            .today("2026-03-28")
            .succeeds()
            .stderr_is(format!(
                "note: meeting.when: That is {said}.\nSaved {}.\n",
                path.display()
            ));
    }
}

#[test]
fn a_time_the_clocks_repeat_is_said_back_as_the_first_and_the_invite_agrees() {
    let t = Test::new();
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
        let out = t
            .plan(["new", "p.toml", "--force", "--no-input"])
            .args(["--set", "meeting.with=Sam", "--set"])
            .arg(format!("meeting.when={when}"))
            .tz(tz)
            .today("2026-03-01")
            .succeeds();
        let note = format!("note: meeting.when: That is {said}.\n");
        assert!(out.stderr.starts_with(&note), "{}", out.described());
        let (dtstart, _) = crate::hostile_text::meeting_times(&t, "p.toml", tz);
        assert_eq!(dtstart, start, "{tz} {when}");
    }
}
