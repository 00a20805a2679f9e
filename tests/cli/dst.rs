//! Times the clocks skip or repeat in a plan that already holds one (edited
//! by hand, or made in another time zone): the brief, `plan check` and the
//! invite say which moment is used, and the invite holds that moment.

use crate::hostile_text::meeting_times;
use crate::plan;
use std::fs;
use std::path::Path;

/// A plan whose meeting is at `when`, written as a person might.
fn plan_at(dir: &Path, when: &str) -> String {
    let text = format!("schema = 1\n[meeting]\nwith = \"Sam\"\nwhen = {when}\n");
    fs::write(dir.join("p.toml"), text).unwrap();
    "p.toml".into()
}

/// Run `plan ARGS` under `tz`, expecting `code`, and check the plan was not
/// touched; gives stdout and stderr.
fn run_unchanged(dir: &Path, tz: &str, args: &[&str], code: i32) -> (String, String) {
    let before = fs::read(dir.join("p.toml")).unwrap();
    let out = plan(dir).env("TZ", tz).args(args).assert().code(code);
    assert_eq!(fs::read(dir.join("p.toml")).unwrap(), before, "{args:?}");
    let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
    (
        text(&out.get_output().stdout),
        text(&out.get_output().stderr),
    )
}

#[test]
fn a_time_the_clocks_skip_is_read_as_the_time_they_show_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (tz, when, words, used, start) in [
        (
            "Europe/London",
            "2026-03-29T01:30:00",
            "Sunday 29 March 2026, 02:30 UTC+1 (01:30 does not exist that day: \
             the clocks go forward from 01:00 to 02:00)",
            "01:30 does not exist on 29 March 2026 here: the clocks go forward from 01:00 \
             to 02:00; the brief and the invite use 02:30 UTC+1\n    \
             help: set meeting.when to a time before 01:00 or from 02:00\n",
            "20260329T013000Z",
        ),
        (
            "Australia/Sydney",
            "2026-10-04T02:00:00",
            "Sunday 4 October 2026, 03:00 UTC+11 (02:00 does not exist that day: \
             the clocks go forward from 02:00 to 03:00)",
            "02:00 does not exist on 4 October 2026 here: the clocks go forward from 02:00 \
             to 03:00; the brief and the invite use 03:00 UTC+11\n    \
             help: set meeting.when to a time before 02:00 or from 03:00\n",
            "20261003T160000Z",
        ),
        (
            "America/New_York",
            "2026-03-08T02:59:00",
            "Sunday 8 March 2026, 03:59 UTC-4 (02:59 does not exist that day: \
             the clocks go forward from 02:00 to 03:00)",
            "02:59 does not exist on 8 March 2026 here: the clocks go forward from 02:00 \
             to 03:00; the brief and the invite use 03:59 UTC-4\n    \
             help: set meeting.when to a time before 02:00 or from 03:00\n",
            "20260308T075900Z",
        ),
    ] {
        let p = plan_at(d, when);
        // `plan check` fails (the plan lacks what the method needs) and
        // names the time among its findings.
        let (found, _) = run_unchanged(d, tz, &["check", &p], 1);
        let finding = format!("  warning[no-such-time] meeting.when: {used}");
        assert!(found.contains(&finding), "{tz}:\n{found}");
        let (brief, _) = run_unchanged(d, tz, &["render", &p], 0);
        assert!(
            brief.contains(&format!("**When:** {words}\n")),
            "{tz}:\n{brief}"
        );
        let (_, note) = run_unchanged(d, tz, &["invite", &p], 0);
        assert_eq!(
            note,
            format!("note: meeting.when: the invite is for {words}.\n")
        );
        assert_eq!(meeting_times(d, &p, tz).0, start, "{tz}");
    }
    // The rule has its id in JSON too.
    let p = plan_at(d, "2026-03-29T01:30:00");
    let (json, _) = run_unchanged(d, "Europe/London", &["check", &p, "--format", "json"], 1);
    assert!(json.contains("\"rule\": \"no-such-time\""), "{json}");
}

#[test]
fn a_time_the_clocks_repeat_is_the_first_of_the_two_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let p = plan_at(d, "2026-10-25T01:30:00");
    let words = "Sunday 25 October 2026, 01:30 UTC+1, the first of the two \
                 (the clocks go back from 02:00 to 01:00)";
    let (brief, _) = run_unchanged(d, "Europe/London", &["render", &p], 0);
    assert!(brief.contains(&format!("**When:** {words}\n")), "{brief}");
    let (_, note) = run_unchanged(d, "Europe/London", &["invite", &p], 0);
    assert_eq!(
        note,
        format!("note: meeting.when: the invite is for {words}.\n")
    );
    // 01:30 UTC+1 is 00:30 UTC.
    let (start, _) = meeting_times(d, &p, "Europe/London");
    assert_eq!(start, "20261025T003000Z");
    // Repeated is not wrong: `plan check` has nothing to say about it.
    let (found, _) = run_unchanged(d, "Europe/London", &["check", &p], 1);
    assert!(!found.contains("meeting.when:"), "{found}");
}

#[test]
fn where_the_clocks_do_not_change_a_time_is_said_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for (tz, when, words, start) in [
        (
            "UTC",
            "2026-03-29T01:30:00",
            "Sunday 29 March 2026, 01:30",
            "20260329T013000Z",
        ),
        (
            "UTC",
            "2026-10-25T01:30:00",
            "Sunday 25 October 2026, 01:30",
            "20261025T013000Z",
        ),
        // The first second after the clocks go back happens once.
        (
            "Europe/London",
            "2026-10-25T02:00:00",
            "Sunday 25 October 2026, 02:00",
            "20261025T020000Z",
        ),
        (
            "Europe/London",
            "2026-11-28T14:00:00",
            "Saturday 28 November 2026, 14:00",
            "20261128T140000Z",
        ),
    ] {
        let p = plan_at(d, when);
        let (brief, _) = run_unchanged(d, tz, &["render", &p], 0);
        assert!(
            brief.contains(&format!("**When:** {words}\n")),
            "{tz}:\n{brief}"
        );
        let (_, note) = run_unchanged(d, tz, &["invite", &p], 0);
        assert_eq!(note, "", "{tz} {when}");
        let (found, _) = run_unchanged(d, tz, &["check", &p], 1);
        assert!(!found.contains("meeting.when:"), "{found}");
        assert_eq!(meeting_times(d, &p, tz).0, start, "{tz} {when}");
    }
}
