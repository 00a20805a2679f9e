//! Times the clocks skip or repeat in a plan that already holds one (edited
//! by hand, or made in another time zone): the brief, `plan check` and the
//! invite say which moment is used, and the invite holds that moment.

use crate::harness::Test;
use crate::hostile_text::meeting_times;

/// A plan whose meeting is at `when`, written as a person might: `p.toml`,
/// which no command here may change.
fn plan_at(t: &Test, when: &str) -> &'static str {
    t.write(
        "p.toml",
        format!("schema = 1\n[meeting]\nwith = \"Sam\"\nwhen = {when}\n"),
    );
    "p.toml"
}

#[test]
fn a_time_the_clocks_skip_is_read_as_the_time_they_show_and_said_so() {
    let t = Test::new();
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
        let p = plan_at(&t, when);
        // `plan check` fails (the plan lacks what the method needs) and
        // names the time among its findings.
        let found = t.plan(["check", p]).tz(tz).keeps(p).code(1).stdout;
        let finding = format!("  warning[no-such-time] meeting.when: {used}");
        assert!(found.contains(&finding), "{tz}:\n{found}");
        let brief = t.plan(["render", p]).tz(tz).keeps(p).succeeds().stdout;
        assert!(
            brief.contains(&format!("**When:** {words}\n")),
            "{tz}:\n{brief}"
        );
        let note = t.plan(["invite", p]).tz(tz).keeps(p).succeeds().stderr;
        assert_eq!(
            note,
            format!("note: meeting.when: the invite is for {words}.\n")
        );
        assert_eq!(meeting_times(&t, p, tz).0, start, "{tz}");
    }
    // The rule has its id in JSON too.
    let p = plan_at(&t, "2026-03-29T01:30:00");
    let json = t
        .plan(["check", p, "--format", "json"])
        .tz("Europe/London")
        .keeps(p)
        .code(1)
        .stdout;
    assert!(json.contains("\"rule\": \"no-such-time\""), "{json}");
}

#[test]
fn a_time_the_clocks_repeat_is_the_first_of_the_two_everywhere() {
    let t = Test::new();
    let p = plan_at(&t, "2026-10-25T01:30:00");
    let words = "Sunday 25 October 2026, 01:30 UTC+1, the first of the two \
                 (the clocks go back from 02:00 to 01:00)";
    let brief = t
        .plan(["render", p])
        .tz("Europe/London")
        .keeps(p)
        .succeeds()
        .stdout;
    assert!(brief.contains(&format!("**When:** {words}\n")), "{brief}");
    let note = t
        .plan(["invite", p])
        .tz("Europe/London")
        .keeps(p)
        .succeeds()
        .stderr;
    assert_eq!(
        note,
        format!("note: meeting.when: the invite is for {words}.\n")
    );
    // 01:30 UTC+1 is 00:30 UTC.
    let (start, _) = meeting_times(&t, p, "Europe/London");
    assert_eq!(start, "20261025T003000Z");
    // Repeated is not wrong: `plan check` has nothing to say about it.
    let found = t
        .plan(["check", p])
        .tz("Europe/London")
        .keeps(p)
        .code(1)
        .stdout;
    assert!(!found.contains("meeting.when:"), "{found}");
}

#[test]
fn where_the_clocks_do_not_change_a_time_is_said_as_it_is() {
    let t = Test::new();
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
        let p = plan_at(&t, when);
        let brief = t.plan(["render", p]).tz(tz).keeps(p).succeeds().stdout;
        assert!(
            brief.contains(&format!("**When:** {words}\n")),
            "{tz}:\n{brief}"
        );
        let note = t.plan(["invite", p]).tz(tz).keeps(p).succeeds().stderr;
        assert_eq!(note, "", "{tz} {when}");
        let found = t.plan(["check", p]).tz(tz).keeps(p).code(1).stdout;
        assert!(!found.contains("meeting.when:"), "{found}");
        assert_eq!(meeting_times(&t, p, tz).0, start, "{tz} {when}");
    }
}
