//! Hostile text in answers: control characters, calendar injection, raw
//! HTML. Nothing typed into a plan may drive the terminal, add lines to an
//! invite, or become live HTML in a shared Markdown file.

use crate::harness::Test;

#[test]
fn control_characters_in_an_inline_table_are_refused() {
    let t = Test::new();
    let err = t
        .plan([
            "new",
            "x.toml",
            "--no-input",
            "--set",
            "meeting.with=A",
            "--set",
            r#"prepare.evidence={ fact = "a\u001b[31mb", source = "seen" }"#,
        ])
        .fails(2)
        .stderr;
    assert!(err.contains("fact") && err.contains("U+001B"), "{err}");
    assert!(!t.exists("x.toml"));
}

#[test]
fn control_characters_in_a_plan_file_are_refused_by_render_and_invite() {
    let t = Test::new();
    for (key, value, shown) in [
        ("title", r"a\u001b[31mb", "U+001B"),
        ("title", r"a\u0007b", "U+0007"),
        ("place", r"a\rb", "U+000D"),
        ("with", r"a\u0000b", "U+0000"),
        ("title", r"a\bb", "U+0008"),
        ("title", r"a\u009bb", "U+009B"),
    ] {
        t.write(
            "p.toml",
            format!("schema = 1\n[meeting]\nwhen = 2026-12-01T10:00:00\n{key} = \"{value}\"\n"),
        );
        for command in ["render", "invite"] {
            let err = t.plan([command, "p.toml"]).fails(1).stderr;
            assert!(
                err.contains(&format!("meeting.{key}")) && err.contains(shown),
                "{command} {key}={value}: {err}"
            );
        }
    }
}

#[test]
fn control_characters_in_an_answers_file_and_in_lists_are_refused() {
    let t = Test::new();
    t.write(
        "a.toml",
        "[explore]\nquestions = [\"fine\", \"bell\\u0007\"]\n",
    );
    let err = t
        .plan([
            "new",
            "x.toml",
            "--no-input",
            "--answers",
            "a.toml",
            "--set",
            "meeting.with=A",
        ])
        .fails(1)
        .stderr;
    assert!(
        err.contains("explore.questions[2]") && err.contains("U+0007"),
        "{err}"
    );
}

#[test]
fn a_windows_line_ending_inside_an_answer_is_fine() {
    let t = Test::new();
    t.write(
        "p.toml",
        "schema = 1\r\n[meeting]\r\nwith = \"Sam\"\r\n[open]\r\nstory = \"one\\r\\ntwo\"\r\n",
    );
    t.plan(["render", "p.toml"]).succeeds();
}

#[test]
fn raw_control_bytes_in_a_file_never_reach_the_terminal() {
    let t = Test::new();
    for bytes in [
        &b"schema = 1\na = \"x\x1b[31mRED\"\n"[..],
        b"schema = 1\n\x1b[31m = 1\n",
        b"schema = 1\n[meeting]\nwith = \"a\x00b\"\n",
        b"schema = 1\n[meeting]\nwith = \"a\rb\"\n",
        b"schema = 1\n[meeting]\nwith = \"a\x08\x08\x08b\"\n",
        b"schema = 1\n[meeting\x1b]2;title\x07\n",
        b"schema = 1\n\x1b[2J\x1b[H",
    ] {
        t.write("p.toml", bytes);
        for command in ["render", "invite"] {
            let err = t.plan([command, "p.toml"]).fails(1).stderr;
            assert!(err.contains("p.toml"), "{err}");
        }
    }
}

#[test]
fn a_bad_choice_or_unknown_key_is_quoted_with_escapes() {
    let t = Test::new();
    t.write(
        "p.toml",
        "schema = 1\n[meeting]\nmode = \"\\u001b[31mred\"\n",
    );
    let err = t.plan(["render", "p.toml"]).fails(1).stderr;
    assert!(err.contains(r"\u{1b}[31mred"), "{err}");
    let err = t
        .plan(["new", "x.toml", "--no-input", "--set", "\u{1b}[31mkey=1"])
        .fails(2)
        .stderr;
    assert!(err.contains(r"\u{1b}[31mkey"), "{err}");
    let err = t
        .plan(["new", "x.toml", "--no-input", "--set", "\u{1b}[31m"])
        .fails(2)
        .stderr;
    assert!(err.contains(r"\u{1b}[31m"), "{err}");
}

/// Every raw-HTML event, image and non-web link of a Markdown document, read
/// by a real parser. The built-in templates hold none, so any found came
/// from an answer.
fn raw_html(md: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    Parser::new_ext(md, options)
        .filter_map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => Some(h.to_string()),
            Event::Start(Tag::Image { dest_url, .. }) => Some(format!("image {dest_url}")),
            Event::Start(Tag::Link { dest_url, .. })
                if !dest_url.starts_with("https:") && !dest_url.starts_with("mailto:") =>
            {
                Some(format!("link {dest_url}"))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn html_in_answers_stays_text_in_the_markdown_brief_and_follow_up() {
    let t = Test::new();
    let path = crate::fixture("render", "script-vectors.toml");
    let p = path.to_str().unwrap();
    for args in [["render", p], ["summary", p]] {
        let md = t.plan(args).succeeds().stdout;
        assert_eq!(raw_html(&md), Vec::<String>::new(), "{}:\n{md}", args[0]);
        // Rendered as a chat tool would, no tag survives, yet the text does.
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&md));
        for tag in [
            "<script", "<img", "<svg", "<iframe", "<a href", "<style", "<base", "<form",
        ] {
            assert!(!html.contains(tag), "{}: {tag} in\n{html}", args[0]);
        }
        assert!(html.contains("&lt;script&gt;alert(1)"), "{html}");
    }
}

/// One component of a parsed calendar: its name, its properties (values
/// unescaped by the parser) and the components inside it.
#[derive(Debug)]
struct Parsed {
    name: String,
    props: Vec<(String, String)>,
    components: Vec<Parsed>,
}

impl Parsed {
    fn of(c: &icalendar::parser::Component) -> Parsed {
        Parsed {
            name: c.name.as_str().to_string(),
            props: props(&c.properties),
            components: c.components.iter().map(Parsed::of).collect(),
        }
    }

    /// The values of a property.
    fn all(&self, key: &str) -> Vec<&str> {
        let props = self.props.iter().filter(|(k, _)| k == key);
        props.map(|(_, v)| v.as_str()).collect()
    }

    /// The one value of a property.
    fn get(&self, key: &str) -> &str {
        match self.all(key)[..] {
            [one] => one,
            ref all => panic!("{key}: {all:?} in {self:?}"),
        }
    }

    /// The values of a property in every component, at any depth.
    fn props_of_all(&self, key: &str) -> Vec<String> {
        let mut out: Vec<String> = self.all(key).into_iter().map(String::from).collect();
        for c in &self.components {
            out.extend(c.props_of_all(key));
        }
        out
    }

    /// Every component named `name`, at any depth.
    fn find(&self, name: &str) -> Vec<&Parsed> {
        let mut out: Vec<&Parsed> = Vec::new();
        for c in &self.components {
            if c.name == name {
                out.push(c);
            }
            out.extend(c.find(name));
        }
        out
    }
}

fn props(list: &[icalendar::parser::Property]) -> Vec<(String, String)> {
    list.iter()
        .map(|p| (p.name.as_str().to_string(), p.val.as_str().to_string()))
        .collect()
}

/// An invite read back with the icalendar crate's own parser, after
/// checking that every line is short and free of control characters.
fn parse_ics(ics: &str) -> Parsed {
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line:?}", line.len());
        assert!(!line.chars().any(char::is_control), "{line:?}");
    }
    let unfolded = icalendar::parser::unfold(ics);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("the invite parses");
    Parsed {
        name: "VCALENDAR".into(),
        props: props(&cal.properties),
        components: cal.components.iter().map(Parsed::of).collect(),
    }
}

fn invite(t: &Test, plan_file: &str) -> String {
    t.plan(["invite", plan_file]).succeeds().stdout
}

const ALARM: &str = "Weekly\nBEGIN:VALARM\nTRIGGER:-PT5M\nACTION:AUDIO\nEND:VALARM";

#[test]
fn a_newline_in_the_title_cannot_add_an_alarm_to_the_invite() {
    let t = Test::new();
    t.plan([
        "new",
        "x.toml",
        "--no-input",
        "--set",
        "meeting.with=A",
        "--set",
        "meeting.when=2026-12-01 10:00",
        "--set",
        &format!("meeting.title={ALARM}"),
    ])
    .succeeds();
    let ics = invite(&t, "x.toml");
    let cal = parse_ics(&ics);
    assert!(cal.find("VALARM").is_empty(), "{ics}");
    let events = cal.find("VEVENT");
    assert_eq!(events.len(), 1, "{ics}");
    assert_eq!(events[0].get("SUMMARY"), ALARM);
    assert!(!ics.contains("\r\nBEGIN:VALARM"), "{ics}");
    assert!(!ics.contains("\r\nEND:VALARM"), "{ics}");
    // The calendar's name is escaped too (the crate leaves NAME raw).
    assert!(
        ics.contains("NAME:Weekly\\nBEGIN:VALARM\\nTRIGGER:-PT5M"),
        "{ics}"
    );
    assert_eq!(cal.get("X-WR-CALNAME"), ALARM);
}

#[test]
fn every_text_in_the_invite_is_escaped_and_folded() {
    let t = Test::new();
    let title = r"Hard, but fair; a\b \n ".to_string() + &"é€😀 ".repeat(30);
    let toml_title = title.replace('\\', "\\\\");
    let place = "Room 4\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:fake";
    let text = format!(
        "schema = 1\n[meeting]\nwith = \"A\"\nwhen = 2026-12-01T10:00:00\n\
         title = \"{toml_title}\"\nplace = {place:?}\n\
         [open]\nmutual_purpose = \"one;two,three\\\\four\\r\\nfive\"\n\
         [outcome]\nnext_check_in = 2026-12-08\n\
         [[outcome.actions]]\nwhat = \"x\\nEND:VTODO\"\nowner = \"me,\\nBEGIN:VALARM\"\n"
    );
    t.write("p.toml", text);
    let ics = invite(&t, "p.toml");
    let cal = parse_ics(&ics);
    let events = cal.find("VEVENT");
    assert_eq!(events.len(), 2, "{ics}");
    assert_eq!(events[0].get("SUMMARY"), title);
    assert_eq!(events[0].get("LOCATION"), place);
    assert_eq!(events[0].get("DESCRIPTION"), "one;two,three\\four\nfive");
    assert_eq!(events[1].get("SUMMARY"), format!("Check-in: {title}"));
    let todos = cal.find("VTODO");
    assert_eq!(todos.len(), 1, "{ics}");
    assert_eq!(todos[0].get("SUMMARY"), "x\nEND:VTODO");
    assert_eq!(todos[0].get("DESCRIPTION"), "Owner: me,\nBEGIN:VALARM");
    assert!(cal.find("VALARM").is_empty());
    assert_eq!(cal.get("X-WR-CALNAME"), title);
}

#[test]
fn a_meeting_that_would_end_after_9999_is_refused() {
    let t = Test::new();
    for (when, minutes) in [
        ("9999-12-31T20:00:00", 600),
        ("9999-12-31T23:59:00", 30),
        ("9999-12-31", 30),
    ] {
        t.write(
            "p.toml",
            format!(
                "schema = 1\n[meeting]\nwith = \"A\"\nwhen = {when}\nduration_minutes = {minutes}\n"
            ),
        );
        let err = t.plan(["invite", "p.toml"]).fails(1).stderr;
        assert!(
            err.contains("9999") && err.contains("hint:"),
            "{when}: {err}"
        );
    }
    // The last meeting that fits is written.
    t.write(
        "p.toml",
        "schema = 1\n[meeting]\nwith = \"A\"\nwhen = 9999-12-31T08:00:00\nduration_minutes = 600\n",
    );
    let ics = invite(&t, "p.toml");
    assert!(!ics.contains('+'), "{ics}");
}

/// DTSTART and DTEND of the meeting in an invite made under time zone `tz`.
pub(crate) fn meeting_times(t: &Test, plan_file: &str, tz: &str) -> (String, String) {
    let ics = t.plan(["invite", plan_file]).tz(tz).succeeds().stdout;
    let cal = parse_ics(&ics);
    let events = cal.find("VEVENT");
    let meeting = events.first().expect("a meeting");
    (
        meeting.get("DTSTART").to_string(),
        meeting.get("DTEND").to_string(),
    )
}

fn instant(ics_utc: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(ics_utc, "%Y%m%dT%H%M%SZ")
        .unwrap_or_else(|e| panic!("{ics_utc} is not a UTC time: {e}"))
}

/// A plan of a 45-minute meeting at `when`, checked in on 8 July 2026.
fn timed_plan(t: &Test, when: &str) -> &'static str {
    t.write(
        "p.toml",
        format!(
            "schema = 1\n[meeting]\nwith = \"A\"\nwhen = {when}\nduration_minutes = 45\n\
             [outcome]\nnext_check_in = 2026-07-08\n"
        ),
    );
    "p.toml"
}

#[test]
fn invite_times_are_utc_instants_of_the_planners_local_time() {
    let t = Test::new();
    for (when, london, new_york) in [
        // Summer: BST (+1) and EDT (-4); winter: GMT (0) and EST (-5).
        (
            "2026-07-01T10:00:00",
            "20260701T090000Z",
            "20260701T140000Z",
        ),
        (
            "2026-12-01T10:00:00",
            "20261201T100000Z",
            "20261201T150000Z",
        ),
    ] {
        let p = timed_plan(&t, when);
        let (start_l, end_l) = meeting_times(&t, p, "Europe/London");
        let (start_n, end_n) = meeting_times(&t, p, "America/New_York");
        assert_eq!((start_l.as_str(), start_n.as_str()), (london, new_york));
        // New York is five hours behind London in summer and in winter.
        let gap = instant(&start_n) - instant(&start_l);
        assert_eq!(gap, chrono::Duration::hours(5), "{when}");
        assert_eq!(
            instant(&end_l) - instant(&start_l),
            chrono::Duration::minutes(45)
        );
        assert_eq!(
            instant(&end_n) - instant(&start_n),
            chrono::Duration::minutes(45)
        );
    }
    // The check-in is a whole day: a date in every zone.
    let p = timed_plan(&t, "2026-07-01T10:00:00");
    for tz in ["Europe/London", "America/New_York", "Asia/Tokyo"] {
        let ics = t.plan(["invite", p]).tz(tz).succeeds().stdout;
        assert!(
            ics.contains("DTSTART;VALUE=DATE:20260708\r\n"),
            "{tz}: {ics}"
        );
    }
}

#[test]
fn times_the_clocks_skip_or_repeat_do_not_panic() {
    let t = Test::new();
    for (when, want) in [
        // 01:30 does not exist in London on 29 March 2026 (clocks go
        // forward at 01:00): read with the offset before the jump (GMT).
        ("2026-03-29T01:30:00", "20260329T013000Z"),
        // 01:30 happens twice on 25 October 2026: the first, in BST.
        ("2026-10-25T01:30:00", "20261025T003000Z"),
        // 02:00 that day, the moment the clocks go back to 01:00, is in GMT.
        ("2026-10-25T02:00:00", "20261025T020000Z"),
    ] {
        let p = timed_plan(&t, when);
        let (start, _) = meeting_times(&t, p, "Europe/London");
        assert_eq!(start, want, "{when}");
    }
    // The first minutes of year 1 east of Greenwich are before year 1 in UTC.
    let p = timed_plan(&t, "0001-01-01T00:30:00");
    t.plan(["invite", p])
        .tz("Asia/Tokyo")
        .code(1)
        .stderr_has("cannot be written in a calendar file");
}

#[test]
fn the_invite_reveals_nothing_of_the_plans_file_name() {
    let t = Test::new();
    let name = "sam-pip-underperformance-warning-2026";
    let p = format!("{name}.toml");
    t.write(
        &p,
        // `updated` fixes DTSTAMP, so two runs a second apart give the same file.
        b"schema = 1\ncreated = 2026-11-18T12:30:00+00:00\nupdated = 2026-11-19T09:00:00+00:00\n[meeting]\nwith = \"A\"\n\
          title = \"Catch-up\"\nwhen = 2026-12-01T10:00:00\n\
          [outcome]\nnext_check_in = 2026-12-08\n\
          [[outcome.actions]]\nwhat = \"Send notes\"\nowner = \"me\"\n",
    );
    let first = invite(&t, &p);
    let lower = first.to_lowercase();
    for part in name.split('-').chain([name, "2026-11-18t12", "t12-30"]) {
        if part == "2026" {
            continue; // the meeting's own dates
        }
        assert!(!lower.contains(part), "{part} in\n{first}");
    }
    let uids = parse_ics(&first).props_of_all("UID");
    assert_eq!(uids.len(), 3, "{first}");
    // The same plan gives the same UIDs every time, so calendars update.
    assert_eq!(invite(&t, &p), first);
    // Another plan (here a copy elsewhere) gets other ones.
    t.write("copy.toml", t.bytes(&p));
    let copy = invite(&t, "copy.toml");
    for uid in &uids {
        assert!(!copy.contains(uid.as_str()), "{uid}");
    }
}

#[test]
fn a_joiner_inside_a_word_is_saved_and_shown_but_direction_overrides_are_not() {
    let t = Test::new();
    // Persian "I want", with the zero-width non-joiner (U+200C) after "می".
    let persian = "می\u{200C}خواهم";
    let with = "کتاب\u{200C}ها \u{1F469}\u{200D}\u{1F4BB}";
    t.plan(["new", "p", "--no-input"])
        .arg("--set")
        .arg(format!("open.story={persian}"))
        .arg("--set")
        .arg(format!("meeting.with={with}"))
        .succeeds();
    let path = t.join("plans/p.toml");
    let saved = t.read(&path);
    assert!(saved.contains(persian) && saved.contains(with), "{saved}");
    // On the page and on the terminal it is the word as typed, not escaped.
    for args in [
        vec!["render", "p"],
        vec!["render", "p", "--format", "html"],
        vec!["list"],
    ] {
        let stdout = t.plan(&args).succeeds().stdout;
        assert!(stdout.contains(with), "{args:?}:\n{stdout}");
        if args[0] == "render" {
            assert!(stdout.contains(persian), "{args:?}:\n{stdout}");
        }
        assert!(!stdout.contains("\\u{200"), "{args:?}:\n{stdout}");
    }
    let stdout = t.plan(["check", "p"]).output().stdout;
    assert!(!stdout.contains("\\u{200"), "{stdout}");
    // A direction override, an isolate or a mark is still refused, inside
    // the Persian word too; so is a joiner that joins nothing. The plan is
    // left as it was each time.
    for (value, code) in [
        ("می\u{202E}خواهم", "U+202E"),
        ("می\u{2067}خواهم\u{2069}", "U+2067"),
        ("می\u{200F}خواهم", "U+200F"),
        ("می\u{200B}خواهم", "U+200B"),
        ("Sam\u{200C}", "U+200C"),
        ("a\u{200D}b", "U+200D"),
    ] {
        let set = format!("open.story={value}");
        let err = t
            .plan(["new", "p", "--resume", "--no-input", "--set", &set])
            .keeps(&path)
            .fails(2)
            .stderr;
        assert!(err.contains(code), "{value:?}: {err}");
        assert!(!err.contains(value), "shown raw: {err}");
    }
    // A plan edited by hand to hold an override beside the joiner is
    // refused by every reader, named, and left as it was.
    let text = saved.replace(persian, "می\u{200C}\u{202E}خواهم");
    t.write(&path, text);
    for args in [["render", "p"], ["invite", "p"]] {
        let err = t.plan(args).keeps(&path).fails(1).stderr;
        assert!(
            err.contains("open.story") && err.contains("U+202E"),
            "{args:?}: {err}"
        );
    }
}
