//! Every way a plan file can be unreadable: a clear message, exit 1, and the
//! file left exactly as it was.

use crate::harness::Test;

/// A load that would save on success.
const RESUME: [&str; 4] = ["new", "p.toml", "--resume", "--no-input"];

/// `plan ARGS` refusing the test's `p.toml`: exit 1, nothing on stdout, the
/// file byte for byte as it was; stderr.
fn refused(t: &Test, args: &[&str]) -> String {
    t.plan(args).keeps("p.toml").fails(1).stderr
}

/// `bytes` as `p.toml`, refused by `plan ARGS` (see [`refused`]).
fn refused_by(bytes: &[u8], args: &[&str]) -> String {
    let t = Test::new();
    t.write("p.toml", bytes);
    refused(&t, args)
}

/// `bytes` as `p.toml`, refused on load by `plan new --resume --no-input`.
fn load_error(bytes: &[u8]) -> String {
    refused_by(bytes, &RESUME)
}

/// The fixture `name` of `tests/fixtures/load`, refused as [`load_error`] is.
fn load_fixture(name: &str) -> String {
    let t = Test::new();
    t.fixture("load", name, "p.toml");
    refused(&t, &RESUME)
}

#[test]
fn syntax_error_shows_file_line_column_and_the_line() {
    let err = load_fixture("syntax.toml");
    assert!(err.contains("p.toml:5:"), "{err}");
    assert!(err.contains("TOML syntax error"), "{err}");
    assert!(err.contains("5 | with = \"Sam"), "{err}");
}

#[test]
fn wrong_type_names_the_dotted_key_and_the_form() {
    let err = load_fixture("wrong-type.toml");
    assert!(err.contains("p.toml:6:20:"), "{err}");
    assert!(err.contains("`meeting.duration_minutes`"), "{err}");
    assert!(err.contains("whole number of minutes"), "{err}");
    assert!(err.contains("\"forty-five\""), "{err}");
}

#[test]
fn bad_date_names_the_expected_form() {
    let err = load_fixture("bad-date.toml");
    assert!(
        err.contains("p.toml:5:8:") && err.contains("`meeting.when`"),
        "{err}"
    );
    assert!(err.contains("2026-11-28 14:30"), "{err}");
}

#[test]
fn bad_record_points_into_the_list() {
    let err = load_fixture("bad-evidence.toml");
    assert!(err.contains("p.toml:10:10:"), "{err}");
    assert!(err.contains("`prepare.evidence[2].source`"), "{err}");
    assert!(err.contains("\"seen\", \"heard\", \"written\""), "{err}");
}

#[test]
fn newer_schema_is_refused_with_upgrade_advice() {
    let err = load_fixture("newer-schema.toml");
    assert!(err.contains("schema 2") && err.contains("upgrade"), "{err}");
}

#[test]
fn missing_schema_says_what_to_add() {
    assert!(load_fixture("no-schema.toml").contains("add `schema = 1`"));
}

#[test]
fn unknown_status_lists_the_valid_ones() {
    let err = load_fixture("bad-status.toml");
    assert!(
        err.contains("`status`") && err.contains("\"followed-up\""),
        "{err}"
    );
}

#[test]
fn not_utf8_gives_the_place() {
    let err = load_error(b"schema = 1\n[meeting]\nwith = \"S\xffm\"\n");
    assert!(
        err.contains("p.toml:3:") && err.contains("not UTF-8"),
        "{err}"
    );
}

#[test]
fn oversized_file_is_refused() {
    let mut big = b"schema = 1\n".to_vec();
    big.extend(std::iter::repeat_n(b'#', 2 * 1024 * 1024));
    let err = load_error(&big);
    assert!(err.contains("at most") && err.contains("bytes"), "{err}");
}

#[test]
fn missing_file_and_folder() {
    let t = Test::new();
    t.plan(["new", "gone.toml", "--resume", "--no-input"])
        .fails(1)
        .stderr_has("no such plan to resume");
    std::fs::create_dir(t.join("d.toml")).unwrap();
    t.plan(["new", "d.toml", "--no-input", "--set", "meeting.with=A"])
        .fails(1)
        .stderr_has("is a folder");
}

#[test]
fn answers_file_errors_point_into_the_answers_file() {
    let t = Test::new();
    t.write("a.toml", "[meeting]\nmode = \"carrier pigeon\"\n");
    t.plan(["new", "p.toml", "--no-input", "--answers", "a.toml"])
        .fails(1)
        .stderr_has("a.toml:2:8:")
        .stderr_has("\"in-person\", \"virtual\"");
    assert!(!t.exists("p.toml"));
    t.plan(["new", "p.toml", "--no-input", "--answers", "none.toml"])
        .fails(1)
        .stderr_has("none.toml: no such file");
}

#[test]
fn a_leap_second_in_a_file_is_refused_with_its_key() {
    let err = load_error(
        b"schema = 1\n[meeting]\nwith = \"Sam\"\nwhen = 2026-11-30T10:00:60\n[outcome]\nheld_on = 0000-01-01\n",
    );
    assert!(err.contains("p.toml:4:8:"), "{err}");
    assert!(err.contains("`meeting.when`"), "{err}");
    assert!(err.contains("seconds 0 to 59"), "{err}");
    // The invite would have turned it into an all-day event; now it refuses too.
    let err = refused_by(
        b"schema = 1\n[meeting]\nwith = \"Sam\"\nwhen = 2026-11-30T10:00:60\n",
        &["invite", "p.toml"],
    );
    assert!(err.contains("`meeting.when`"), "{err}");
}

#[test]
fn a_year_toml_cannot_write_is_refused_in_a_file() {
    let err = load_error(b"schema = 1\n[outcome]\nheld_on = 0000-01-01\n");
    assert!(err.contains("p.toml:3:11:"), "{err}");
    assert!(err.contains("`outcome.held_on`"), "{err}");
    assert!(err.contains("the year 0 is outside 1 to 9999"), "{err}");
}

#[test]
fn dates_that_no_file_could_hold_are_refused_before_writing() {
    for (when, why) in [
        ("+10000-01-01", "the year 10000 is outside 1 to 9999"),
        ("+70000-01-01", "the year 70000 is outside 1 to 9999"),
        ("2026-11-30 10:00:60", "seconds 0 to 59"),
    ] {
        let t = Test::new();
        t.plan(["new", "x.toml", "--no-input", "--set", "meeting.with=A"])
            .arg("--set")
            .arg(format!("meeting.when={when}"))
            .fails(2)
            .stderr_has("meeting.when")
            .stderr_has(why);
        assert!(!t.exists("x.toml"), "{when} wrote a plan");
    }
}

#[test]
fn syntax_errors_point_where_a_person_should_look() {
    // An unclosed multi-line string: the parser stops at the end, the message says where it opened.
    let err =
        load_error(b"schema = 1\n[meeting]\nwith = \"\"\"Sam\nand more\n\n[open]\nstory = \"x\"\n");
    assert!(
        err.contains("the multi-line string opened at line 3, column 8 is never closed"),
        "{err}"
    );
    // An unclosed list, the same.
    let err =
        load_error(b"schema = 1\n[explore]\nquestions = [\"a\",\n\"b\"\n\n[open]\nstory = \"x\"\n");
    assert!(
        err.contains("the list opened at line 3, column 13 is never closed"),
        "{err}"
    );
    // Nesting too deep has no position from the parser: point at the deep line, not 1:1.
    let deep = format!("schema = 1\n{}b = 1\n", "a.".repeat(100));
    let err = load_error(deep.as_bytes());
    assert!(err.contains("p.toml:2:1:"), "{err}");
    // A long line is shown around the column, so the caret is under the place.
    let long = format!(
        "schema = 1\n[meeting]\nwith = \"{}\" + 1\n",
        "x".repeat(200)
    );
    let err = load_error(long.as_bytes());
    let line = err.lines().find(|l| l.contains("3 | ")).unwrap();
    let caret = err.lines().find(|l| l.ends_with('^')).unwrap();
    let at = caret.chars().count() - 1;
    assert_eq!(line.chars().nth(at), Some('+'), "{line}\n{caret}");
}

#[test]
fn a_bad_schema_gives_its_place_and_what_was_found() {
    for (text, place, found) in [
        ("schema = \"1\"\n", "p.toml:1:10:", "the string \"1\""),
        ("schema = 0\n", "p.toml:1:10:", "the number 0"),
        ("schema = -1\n", "p.toml:1:10:", "the number -1"),
        ("schema = 1.0\n", "p.toml:1:10:", "the number 1.0"),
        ("schema = true\n", "p.toml:1:10:", "but it is true"),
        ("schema = []\n", "p.toml:1:10:", "an empty list"),
        (
            "# Sam\n[meeting]\nwith = \"Sam\"\nschema = 1\n",
            "p.toml:4:1:",
            "`meeting.schema`",
        ),
    ] {
        let text = format!("{text}[open]\nstory = \"x\"\n");
        for args in [
            &["new", "p.toml", "--resume", "--no-input"][..],
            &["render", "p.toml"],
            &["invite", "p.toml"],
        ] {
            let err = refused_by(text.as_bytes(), args);
            assert!(err.contains(place), "{args:?} {text:?}: {err}");
            assert!(err.contains(found), "{args:?} {text:?}: {err}");
            assert!(err.contains("`schema = 1`"), "{args:?} {text:?}: {err}");
            assert!(!err.contains("no valid `schema`"), "{err}");
        }
    }
    // Inside [meeting], the value and where it belongs are said.
    let err = refused_by(
        b"[meeting]\nwith = \"Sam\"\nschema = 1\n",
        &["render", "p.toml"],
    );
    assert!(
        err.contains("the number 1 inside [meeting]") && err.contains("above [meeting]"),
        "{err}"
    );
    assert!(err.contains("3 | schema = 1"), "{err}");
}
