//! `plan summary` and `plan invite`: what is shared, and nothing private.

use crate::harness::{Test, example_text};
use plan::planfile::EditablePlan as PlanDoc;
use plan::questions::catalogue::{self, Kind, Privacy};

const EXAMPLES: &[&str] = &[
    "missed-deadlines",
    "meeting-behaviour",
    "performance-escalation",
];

#[test]
fn follow_ups_and_invites_of_every_example_match_their_snapshots() {
    for name in EXAMPLES {
        let t = Test::new();
        let path = t.example(name, format!("{name}.toml"));
        let p = path.to_str().unwrap();
        // Followed-up plans print without asking and without writing.
        let printed = |args: &[&str]| t.plan(args).keeps(&path).succeeds().stdout;
        insta::assert_snapshot!(format!("followup_{name}_md"), printed(&["summary", p]));
        insta::assert_snapshot!(
            format!("followup_{name}_html"),
            printed(&["summary", p, "--format", "html"])
        );
        insta::assert_snapshot!(
            format!("invite_{name}"),
            without_plan_id(&printed(&["invite", p]))
        );
        let entries = t.names(".").len();
        assert_eq!(entries, 1, "{name}: reading left files behind");
    }
}

/// An invite with its plan id (a hash of the plan's path, which differs in
/// every temporary folder) shown as `[plan-id]`.
fn without_plan_id(ics: &str) -> String {
    ics.split_inclusive('\n')
        .map(|line| match line.strip_prefix("UID:") {
            Some(rest) => {
                let (id, tail) = rest.split_once('-').expect("UID:<id>-…");
                assert!(
                    id.len() == 16 && id.chars().all(|c| c.is_ascii_hexdigit()),
                    "{line}"
                );
                format!("UID:[plan-id]-{tail}")
            }
            None => line.to_string(),
        })
        .collect()
}

/// A plan whose every private free-text answer holds its own marker.
fn plan_with_private_markers() -> (PlanDoc, Vec<String>) {
    let mut doc = PlanDoc::new_plan();
    let mut markers = Vec::new();
    let mut marker = |id: &str| {
        let m = format!("PRIVATE{}X", markers.len());
        markers.push(m.clone());
        let _ = id;
        m
    };
    for q in catalogue::all() {
        let item = match (q.privacy, &q.kind) {
            (Privacy::Private, Kind::Text | Kind::LongText) => toml_edit::value(marker(q.id)),
            (Privacy::Private, Kind::List | Kind::Bank(_)) => {
                plan::questions::answer::list(&[marker(q.id), marker(q.id)])
            }
            (Privacy::Private, Kind::Records(fields)) => {
                let mut t = toml_edit::Table::new();
                for f in *fields {
                    match f.kind {
                        Kind::Text | Kind::LongText => {
                            t.insert(f.key, toml_edit::value(marker(q.id)))
                        }
                        Kind::Choice(opts) => t.insert(f.key, toml_edit::value(opts[0].value)),
                        _ => None,
                    };
                }
                plan::questions::answer::records(vec![t])
            }
            _ => continue,
        };
        doc.set(q.id, item);
    }
    // The shareable side, filled in, so the follow-up has all its sections.
    for (key, value) in [
        ("meeting.with", "Sam"),
        ("meeting.title", "Deadlines"),
        ("meeting.when", "2026-11-28 10:00"),
        ("meeting.place", "Room 1"),
        ("open.mutual_purpose", "Shared purpose"),
        ("outcome.held_on", "2026-11-28"),
        ("outcome.their_view", "Their view"),
        ("outcome.agreed", "no"),
        ("outcome.fallback", "expect"),
        ("outcome.expectation", "Expected"),
        ("outcome.consequence", "Consequence"),
        ("outcome.support", "Support"),
        ("outcome.next_check_in", "2026-12-05"),
        (
            "outcome.actions",
            "{ what = \"Do it\", owner = \"Sam\", due = 2026-12-01 }",
        ),
    ] {
        let q = catalogue::find(key).unwrap();
        let mut item = plan::questions::answer::parse_input(&q.kind, value)
            .unwrap()
            .unwrap();
        if let toml_edit::Item::Table(t) = item {
            item = plan::questions::answer::records(vec![t]);
        }
        doc.set(key, item);
    }
    doc.set_status(plan::planfile::Status::FollowedUp);
    (doc, markers)
}

#[test]
fn nothing_private_reaches_the_follow_up_or_the_invite() {
    let (doc, markers) = plan_with_private_markers();
    assert!(
        markers.len() >= 20,
        "only {} private answers marked",
        markers.len()
    );
    let t = Test::new();
    t.write("p.toml", doc.to_toml());
    // The brief is private and does show them: the markers are real.
    let brief = t.plan(["render", "p.toml"]).succeeds().stdout;
    assert!(
        markers
            .iter()
            .filter(|m| brief.contains(m.as_str()))
            .count()
            > markers.len() / 2
    );

    for args in [
        &["summary", "p.toml"][..],
        &["summary", "p.toml", "--format", "html"],
        &["invite", "p.toml"],
    ] {
        let out = t.plan(args).succeeds().stdout;
        assert!(
            out.contains("Shared purpose"),
            "{args:?} lacks the shared part"
        );
        for m in &markers {
            assert!(!out.contains(m.as_str()), "{args:?} leaked {m}:\n{out}");
        }
    }
}

#[test]
fn a_user_template_cannot_reach_private_answers_either() {
    let (doc, markers) = plan_with_private_markers();
    let t = Test::new();
    t.write("p.toml", doc.to_toml());
    for attempt in [
        "{{ mindset.feelings }}",
        "{{ plan.mindset.feelings }}",
        "{{ open.story }}",
        "{{ debrief.went_well }}",
    ] {
        t.write("t/followup.md", attempt);
        let all = t
            .plan(["summary", "p.toml", "--templates", "t"])
            .code(1)
            .both();
        assert!(all.contains("not defined"), "{attempt}: {all}");
        for m in &markers {
            assert!(!all.contains(m.as_str()), "{attempt} leaked {m}");
        }
    }
}

#[test]
fn scripted_summary_records_the_outcome_and_prints_the_follow_up() {
    let t = Test::new();
    let mut example = example_text("missed-deadlines");
    // Take the example back to before the meeting.
    example.truncate(example.find("\n[outcome]").unwrap());
    let example = example.replace("status = \"followed-up\"", "status = \"ready\"");
    let path = t.write("p.toml", &example);

    // Without a terminal and without --no-input: stop at once, name the flags.
    t.plan(["summary", "p.toml"])
        .keeps(&path)
        .fails(1)
        .stderr_has("--no-input")
        .stderr_has("--answers");

    t.write(
        "a.toml",
        "[outcome]\nheld_on = 2026-11-28\ntheir_view = \"Too much on\"\nagreed = true\n\n[[outcome.actions]]\nwhat = \"Agree priorities\"\nowner = \"Me\"\ndue = 2026-12-02\n",
    );
    let out = t
        .plan([
            "summary",
            "p.toml",
            "--no-input",
            "--answers",
            "a.toml",
            "--set",
            r#"outcome.actions={ what = "Flag risks early | in the channel", owner = "Jordan" }"#,
            "--set",
            "outcome.next_check_in=2026-12-07",
        ])
        .succeeds()
        .stdout;
    // `--set` wins over the answers file, key by key: its list replaces the file's.
    assert!(!out.contains("Agree priorities"), "{out}");
    assert!(
        out.contains("| Jordan | Flag risks early \\| in the channel | — |"),
        "{out}"
    );
    assert!(
        out.contains("Too much on"),
        "the rest of the answers file is used: {out}"
    );
    assert!(out.contains("Monday 7 December 2026"), "{out}");

    // The outcome tables round-trip through the file.
    let text = t.read(&path);
    let saved: toml::Value = toml::from_str(&text).unwrap();
    assert_eq!(saved["status"].as_str(), Some("followed-up"));
    let actions = saved["outcome"]["actions"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{text}");
    let doc = plan::planfile::load(&path, plan::planfile::FileKind::Plan).unwrap();
    let typed = doc.typed().unwrap();
    assert_eq!(
        typed.outcome.actions[0].what,
        "Flag risks early | in the channel"
    );
    assert_eq!(
        typed.outcome.next_check_in.unwrap().to_string(),
        "2026-12-07"
    );
    // The planning answers are untouched.
    assert!(text.contains("Jordan is one of the most skilled people"));
    assert_eq!(crate::mode(&path), 0o600);
}

#[test]
fn no_input_defaults_the_date_to_today_and_edit_is_needed_to_ask_again() {
    let t = Test::new();
    t.write(
        "p.toml",
        "schema = 1\nstatus = \"held\"\n[meeting]\nwith = \"Ana\"\n",
    );
    // Today, as PLAN_TODAY names it (not the day the tests run).
    t.plan(["summary", "p.toml", "--no-input"])
        .today("2026-12-03")
        .succeeds()
        .stdout_has("3 December 2026")
        .stdout_has("Hi Ana,");
    // Now followed up: prints without a terminal; --edit needs one.
    t.plan(["summary", "p.toml"]).succeeds();
    t.plan(["summary", "p.toml", "--edit"])
        .fails(1)
        .stderr_has("--no-input");
}

#[test]
fn summary_and_invite_errors() {
    let t = Test::new();
    t.plan(["summary", "none.toml"])
        .fails(1)
        .stderr_has("none.toml: no such file");
    t.write("p.toml", "schema = 1\n[meeting]\nwith = \"Ana\"\n");
    t.plan([
        "summary",
        "p.toml",
        "--no-input",
        "--set",
        "outcome.next_check_in=soon",
    ])
    .fails(2)
    .stderr_has("outcome.next_check_in")
    .stderr_has("2026-11-28");
    t.plan([
        "summary",
        "p.toml",
        "--no-input",
        "--set",
        "mindset.feelings=x",
    ])
    .fails(2)
    .stderr_has("unknown key")
    .stderr_has("plan new PLAN --resume");
    t.plan(["invite", "p.toml"])
        .fails(1)
        .stderr_has("no meeting time")
        .stderr_has("meeting.when");
    t.plan(["invite", "p.toml", "-o", "x.ics"]).fails(1);
    assert!(!t.exists("x.ics"));
}

#[test]
fn invite_writes_a_file_with_o() {
    let t = Test::new();
    let example = crate::root().join("examples/missed-deadlines.toml");
    t.plan(["invite", example.to_str().unwrap(), "-o", "m.ics"])
        .succeeds()
        .no_stdout();
    let ics = t.read("m.ics");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART:20261127T100000") && ics.contains("DTEND:20261127T104500"));
    assert!(ics.contains("BEGIN:VTODO") && ics.contains("DUE;VALUE=DATE:20261202"));
}

/// Every heading of a Markdown page is followed by some content before the next heading.
fn assert_no_empty_heading(md: &str, what: &str) {
    let lines: Vec<&str> = md.lines().filter(|l| !l.trim().is_empty()).collect();
    for (i, line) in lines.iter().enumerate() {
        let level = |l: &str| l.chars().take_while(|c| *c == '#').count();
        if level(line) > 0 {
            // A subheading is content; a heading of the same level or higher is not.
            let next = lines.get(i + 1).copied().unwrap_or("#");
            assert!(
                level(next) == 0 || level(next) > level(line),
                "{what}: empty heading {line:?}\n{md}"
            );
        }
    }
}

/// The example `name` as `NAME.toml`; that name.
fn copy_example(t: &Test, name: &str) -> String {
    let p = format!("{name}.toml");
    t.example(name, &p);
    p
}

#[test]
fn no_artefact_has_an_empty_heading() {
    for name in EXAMPLES {
        let t = Test::new();
        let p = copy_example(&t, name);
        assert_no_empty_heading(&t.plan(["summary", &p]).succeeds().stdout, name);
        assert_no_empty_heading(&t.plan(["render", &p]).succeeds().stdout, name);
        // The same plan, with no agreement and an escalation it never planned words for.
        for set in [
            ["outcome.agreed=false", "outcome.fallback=escalate"],
            ["outcome.agreed=false", "outcome.fallback=expect"],
        ] {
            let t = Test::new();
            t.write(
                "sparse.toml",
                "schema = 1\n[meeting]\nwith = \"Dana Okafor\"\n",
            );
            let md = t
                .plan([
                    "summary",
                    "sparse.toml",
                    "--no-input",
                    "--set",
                    set[0],
                    "--set",
                    set[1],
                ])
                .succeeds()
                .stdout;
            assert_no_empty_heading(&md, "sparse");
            let brief = t.plan(["render", "sparse.toml"]).succeeds().stdout;
            assert_no_empty_heading(&brief, "sparse");
        }
    }
}

#[test]
fn no_agreement_keeps_the_planned_fallback_greets_and_says_what_was_discussed() {
    let t = Test::new();
    let p = copy_example(&t, "meeting-behaviour");
    // Take the recorded outcome away, as if summarizing afresh.
    let text = t.read(&p);
    let cut = text.find("[outcome]").unwrap();
    let end = text.find("[debrief]").unwrap_or(text.len());
    t.write(
        &p,
        format!("{}{}", &text[..cut], &text[end..]).replace("followed-up", "ready"),
    );
    let md = t
        .plan(["summary", &p, "--no-input", "--set", "outcome.agreed=false"])
        .succeeds()
        .stdout;
    assert!(md.contains("## What I expect from now on"), "{md}");
    assert!(md.contains("Consequence:"), "{md}");
    assert!(md.contains("Hi Priya,"), "{md}");
    assert!(md.contains("## What we talked about"), "{md}");
    assert!(md.contains("four times by my notes."), "{md}");
    let plan = t.read(&p);
    assert!(plan.contains("fallback = \"expect\""), "{plan}");
}

#[test]
fn the_greeting_is_the_first_name_unless_given() {
    let t = Test::new();
    t.write("g.toml", "schema = 1\n[meeting]\nwith = \"Dana Okafor\"\n");
    t.plan(["summary", "g.toml", "--no-input"])
        .succeeds()
        .stdout_has("Hi Dana,");
    t.plan([
        "summary",
        "g.toml",
        "--no-input",
        "--set",
        "outcome.discussed=Your rota",
    ])
    .succeeds()
    .stdout_has("## What we talked about\n\nYour rota");
    t.write(
        "h.toml",
        "schema = 1\n[meeting]\nwith = \"Dana Okafor\"\ngreeting = \"Dr Okafor\"\n",
    );
    t.plan(["summary", "h.toml", "--no-input"])
        .succeeds()
        .stdout_has("Hi Dr Okafor,");
}

#[test]
fn the_text_follow_up_has_no_markup_and_short_lines() {
    for name in EXAMPLES {
        let t = Test::new();
        let p = copy_example(&t, name);
        let text = t
            .plan(["summary", &p, "--format", "text"])
            .succeeds()
            .stdout;
        for mark in ["#", "**", "|", "- ["] {
            assert!(!text.contains(mark), "{name}: {mark:?} in\n{text}");
        }
        for line in text.lines() {
            assert!(line.chars().count() <= 72, "{name}: {line:?}");
        }
        t.plan(["summary", &p, "-o", "f.txt"]).succeeds();
        assert_eq!(t.read("f.txt"), text);
    }
}

#[test]
fn the_invite_uses_the_day_it_was_held_at_the_planned_time() {
    let t = Test::new();
    let p = copy_example(&t, "missed-deadlines");
    let text = t.read(&p);
    t.write(
        &p,
        text.replace("held_on = 2026-11-27", "held_on = 2026-11-30"),
    );
    t.plan(["invite", &p])
        .succeeds()
        .stdout_has("DTSTART:20261130T100000");
}

/// A follow-up says what was agreed only when the user said so: with no
/// `outcome.agreed` and no actions it says nothing about agreement, in every
/// format; with `agreed = true` it says no actions were recorded.
#[test]
fn the_follow_up_says_nothing_about_agreement_the_user_did_not_record() {
    let t = Test::new();
    let p = copy_example(&t, "meeting-behaviour");
    let text = t.read(&p);
    let cut = text.find("[outcome]").unwrap();
    let end = text.find("[debrief]").unwrap_or(text.len());
    let ready = format!("{}{}", &text[..cut], &text[end..]).replace("followed-up", "ready");
    let summary = |set: &[&str]| {
        t.write(&p, &ready);
        t.plan(["summary", &p, "--no-input", "-f"])
            .args(set)
            .succeeds()
            .stdout
    };
    for format in ["md", "html", "text"] {
        let out = summary(&[format]);
        for unsaid in ["agree", "AGREED", "Actions", "ACTIONS"] {
            assert!(!out.contains(unsaid), "{format} says {unsaid:?}:\n{out}");
        }
        let out = summary(&[format, "--set", "outcome.agreed=true"]);
        assert!(
            out.contains("We agreed a way forward; no specific actions were recorded."),
            "{format}:\n{out}"
        );
        let out = summary(&[
            format,
            "--set",
            "outcome.agreed=false",
            "--set",
            "outcome.fallback=escalate",
        ]);
        assert!(!out.contains("We agreed"), "{format}:\n{out}");
    }
}

/// A followed-up quick plan: no title, one planned action agreed as written.
const QUICK_FOLLOWED_UP: &str = r#"schema = 1
status = "followed-up"
quick = true

[meeting]
with = "Marta Silva"
when = 2026-12-03T10:00:00

[open]
mutual_purpose = "We both want reviews that help the team"

[outcome]
held_on = 2026-12-03
agreed = true

[[outcome.actions]]
what = "Daniel hands a review back within two days"
owner = "Daniel"
due = 2026-12-10

[[outcome.actions]]
what = "I'll book a review slot every Friday"
owner = "Me"

[[outcome.actions]]
what = "Share the rota"
owner = "Marta"
"#;

#[test]
fn a_quick_follow_up_is_titled_naturally() {
    let t = Test::new();
    t.write("q.toml", QUICK_FOLLOWED_UP);
    for format in ["md", "html", "text"] {
        let out = t
            .plan(["summary", "q.toml", "-f", format])
            .today("2026-12-04")
            .succeeds()
            .stdout;
        assert!(
            !out.contains("Conversation with Marta Silva"),
            "{format}:\n{out}"
        );
        let heading = match format {
            "md" => "# Our conversation on 3 December\n",
            "html" => "<h1>Our conversation on 3 December</h1>",
            _ => "Our conversation on 3 December\n",
        };
        assert!(out.contains(heading), "{format}:\n{out}");
        if format == "html" {
            assert!(
                out.contains("<title>Our conversation on 3 December</title>"),
                "{out}"
            );
        }
    }
    // Another year is named.
    let md = t
        .plan(["summary", "q.toml"])
        .today("2027-01-10")
        .succeeds()
        .stdout;
    assert!(
        md.starts_with("# Our conversation on 3 December 2026\n"),
        "{md}"
    );
}

#[test]
fn agreed_actions_name_their_owner_once() {
    let t = Test::new();
    t.write("q.toml", QUICK_FOLLOWED_UP);
    let md = t.plan(["summary", "q.toml"]).succeeds().stdout;
    assert!(
        md.contains("| Daniel | Hands a review back within two days | 10 Dec 2026 |"),
        "{md}"
    );
    assert!(
        md.contains("| Me | Book a review slot every Friday | — |"),
        "{md}"
    );
    assert!(md.contains("| Marta | Share the rota | — |"), "{md}");
    assert!(!md.contains("Daniel | Daniel"), "{md}");
    let html = t
        .plan(["summary", "q.toml", "-f", "html"])
        .succeeds()
        .stdout;
    assert!(
        html.contains("<td>Daniel</td><td>Hands a review back within two days</td>"),
        "{html}"
    );
    let text = t
        .plan(["summary", "q.toml", "-f", "text"])
        .succeeds()
        .stdout;
    assert!(
        text.contains("- Daniel: Hands a review back within two days (by 10 Dec 2026)"),
        "{text}"
    );
    assert!(
        text.contains("- Me: Book a review slot every Friday"),
        "{text}"
    );
}

/// Records typed part way (`[[draft]]`), as the wizard keeps them after a Ctrl-C.
const DRAFTS: &str = "\n[[draft]]\nquestion = \"outcome.actions\"\nentry = { what = \"DRAFT-ACTION-NEVER-SHARED\" }\n\n[[draft]]\nquestion = \"prepare.evidence\"\nentry = { fact = \"DRAFT-FACT-NEVER-SHARED\" }\n";

#[test]
fn a_record_typed_part_way_reaches_no_artefact() {
    let t = Test::new();
    for name in EXAMPLES {
        let path = t.write(
            format!("{name}.toml"),
            format!("{}{DRAFTS}", example_text(name)),
        );
        let p = path.to_str().unwrap();
        for args in [
            vec!["summary", p],
            vec!["summary", p, "--format", "html"],
            vec!["summary", p, "--format", "text"],
            vec!["invite", p],
            vec!["render", p],
            vec!["render", p, "--format", "html"],
            vec!["list"],
        ] {
            let all = t.plan(&args).succeeds().both();
            assert!(!all.contains("NEVER-SHARED"), "{args:?}: {all}");
        }
    }
}

#[test]
fn no_input_on_a_meeting_still_to_come_says_the_day_is_today() {
    let t = Test::new();
    let mut example = example_text("meeting-behaviour");
    example.truncate(example.find("\n[outcome]").unwrap());
    t.write("p.toml", example.replace("followed-up", "ready"));
    t.plan(["summary", "p.toml", "--no-input"])
        .today("2026-11-20")
        .succeeds()
        .stderr_has(
            "note: outcome.held_on: 2026-11-20, today, though the meeting was planned for Tuesday 1 December 2026, 14:30",
        );
    // Told the day, it says nothing of it.
    t.write("q.toml", example.replace("followed-up", "ready"));
    t.plan([
        "summary",
        "q.toml",
        "--no-input",
        "--set",
        "outcome.held_on=2026-11-19",
    ])
    .today("2026-11-20")
    .succeeds()
    .stderr_lacks("planned for");
}
