//! `plan summary` and `plan invite`: what is shared, and nothing private.

use crate::{plan, root};
use plan::planfile::EditablePlan as PlanDoc;
use plan::questions::catalogue::{self, Kind, Privacy};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const EXAMPLES: &[&str] = &[
    "missed-deadlines",
    "meeting-behaviour",
    "performance-escalation",
];

fn stdout_of(dir: &Path, args: &[&str]) -> String {
    let out = plan(dir).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn follow_ups_and_invites_of_every_example_match_their_snapshots() {
    for name in EXAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{name}.toml"));
        fs::copy(root().join(format!("examples/{name}.toml")), &path).unwrap();
        let before = fs::read(&path).unwrap();
        let p = path.to_str().unwrap();
        // Followed-up plans print without asking and without writing.
        insta::assert_snapshot!(
            format!("followup_{name}_md"),
            stdout_of(dir.path(), &["summary", p])
        );
        insta::assert_snapshot!(
            format!("followup_{name}_html"),
            stdout_of(dir.path(), &["summary", p, "--format", "html"])
        );
        insta::assert_snapshot!(
            format!("invite_{name}"),
            without_plan_id(&stdout_of(dir.path(), &["invite", p]))
        );
        assert_eq!(fs::read(&path).unwrap(), before, "{name} was changed");
        let entries = fs::read_dir(dir.path()).unwrap().count();
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
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("p.toml"), doc.to_toml()).unwrap();
    // The brief is private and does show them: the markers are real.
    let brief = stdout_of(dir.path(), &["render", "p.toml"]);
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
        let out = stdout_of(dir.path(), args);
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
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("p.toml"), doc.to_toml()).unwrap();
    fs::create_dir(dir.path().join("t")).unwrap();
    for attempt in [
        "{{ mindset.feelings }}",
        "{{ plan.mindset.feelings }}",
        "{{ open.story }}",
        "{{ debrief.went_well }}",
    ] {
        fs::write(dir.path().join("t/followup.md"), attempt).unwrap();
        let out = plan(dir.path())
            .args(["summary", "p.toml", "--templates", "t"])
            .assert()
            .code(1);
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.get_output().stdout),
            String::from_utf8_lossy(&out.get_output().stderr)
        );
        assert!(all.contains("not defined"), "{attempt}: {all}");
        for m in &markers {
            assert!(!all.contains(m.as_str()), "{attempt} leaked {m}");
        }
    }
}

#[test]
fn scripted_summary_records_the_outcome_and_prints_the_follow_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    let mut example = fs::read_to_string(root().join("examples/missed-deadlines.toml")).unwrap();
    // Take the example back to before the meeting.
    example.truncate(example.find("\n[outcome]").unwrap());
    let example = example.replace("status = \"followed-up\"", "status = \"ready\"");
    fs::write(&path, &example).unwrap();

    // Without a terminal and without --no-input: stop at once, name the flags.
    plan(dir.path())
        .args(["summary", "p.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--no-input").and(predicate::str::contains("--answers")));
    assert_eq!(fs::read_to_string(&path).unwrap(), example);

    fs::write(
        dir.path().join("a.toml"),
        "[outcome]\nheld_on = 2026-11-28\ntheir_view = \"Too much on\"\nagreed = true\n\n[[outcome.actions]]\nwhat = \"Agree priorities\"\nowner = \"Me\"\ndue = 2026-12-02\n",
    )
    .unwrap();
    let out = stdout_of(
        dir.path(),
        &[
            "summary",
            "p.toml",
            "--no-input",
            "--answers",
            "a.toml",
            "--set",
            r#"outcome.actions={ what = "Flag risks early | in the channel", owner = "Jordan" }"#,
            "--set",
            "outcome.next_check_in=2026-12-07",
        ],
    );
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
    let text = fs::read_to_string(&path).unwrap();
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
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("p.toml"),
        "schema = 1\nstatus = \"held\"\n[meeting]\nwith = \"Ana\"\n",
    )
    .unwrap();
    // Today, as PLAN_TODAY names it (not the day the tests run).
    let out = plan(dir.path())
        .env("PLAN_TODAY", "2026-12-03")
        .args(["summary", "p.toml", "--no-input"])
        .assert()
        .success();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(out.contains("3 December 2026"), "{out}");
    assert!(out.contains("Hi Ana,"));
    // Now followed up: prints without a terminal; --edit needs one.
    stdout_of(dir.path(), &["summary", "p.toml"]);
    plan(dir.path())
        .args(["summary", "p.toml", "--edit"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--no-input"));
}

#[test]
fn summary_and_invite_errors() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args(["summary", "none.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("none.toml: no such file"));
    fs::write(
        dir.path().join("p.toml"),
        "schema = 1\n[meeting]\nwith = \"Ana\"\n",
    )
    .unwrap();
    plan(dir.path())
        .args([
            "summary",
            "p.toml",
            "--no-input",
            "--set",
            "outcome.next_check_in=soon",
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("outcome.next_check_in")
                .and(predicate::str::contains("2026-11-28")),
        );
    plan(dir.path())
        .args([
            "summary",
            "p.toml",
            "--no-input",
            "--set",
            "mindset.feelings=x",
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown key")
                .and(predicate::str::contains("plan new PLAN --resume")),
        );
    plan(dir.path())
        .args(["invite", "p.toml"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no meeting time")
                .and(predicate::str::contains("meeting.when")),
        );
    plan(dir.path())
        .args(["invite", "p.toml", "-o", "x.ics"])
        .assert()
        .code(1);
    assert!(!dir.path().join("x.ics").exists());
}

#[test]
fn invite_writes_a_file_with_o() {
    let dir = tempfile::tempdir().unwrap();
    let example = root().join("examples/missed-deadlines.toml");
    plan(dir.path())
        .args(["invite", example.to_str().unwrap(), "-o", "m.ics"])
        .assert()
        .success()
        .stdout("");
    let ics = fs::read_to_string(dir.path().join("m.ics")).unwrap();
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

fn copy_example(dir: &Path, name: &str) -> String {
    let path = dir.join(format!("{name}.toml"));
    fs::copy(root().join(format!("examples/{name}.toml")), &path).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn no_artefact_has_an_empty_heading() {
    for name in EXAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let p = copy_example(dir.path(), name);
        assert_no_empty_heading(&stdout_of(dir.path(), &["summary", &p]), name);
        assert_no_empty_heading(&stdout_of(dir.path(), &["render", &p]), name);
        // The same plan, with no agreement and an escalation it never planned words for.
        for set in [
            ["outcome.agreed=false", "outcome.fallback=escalate"],
            ["outcome.agreed=false", "outcome.fallback=expect"],
        ] {
            let dir = tempfile::tempdir().unwrap();
            fs::write(
                dir.path().join("sparse.toml"),
                "schema = 1\n[meeting]\nwith = \"Dana Okafor\"\n",
            )
            .unwrap();
            let md = stdout_of(
                dir.path(),
                &[
                    "summary",
                    "sparse.toml",
                    "--no-input",
                    "--set",
                    set[0],
                    "--set",
                    set[1],
                ],
            );
            assert_no_empty_heading(&md, "sparse");
            assert_no_empty_heading(&stdout_of(dir.path(), &["render", "sparse.toml"]), "sparse");
        }
    }
}

#[test]
fn no_agreement_keeps_the_planned_fallback_greets_and_says_what_was_discussed() {
    let dir = tempfile::tempdir().unwrap();
    let p = copy_example(dir.path(), "meeting-behaviour");
    // Take the recorded outcome away, as if summarizing afresh.
    let text = fs::read_to_string(&p).unwrap();
    let cut = text.find("[outcome]").unwrap();
    let end = text.find("[debrief]").unwrap_or(text.len());
    fs::write(
        &p,
        format!("{}{}", &text[..cut], &text[end..]).replace("followed-up", "ready"),
    )
    .unwrap();
    let md = stdout_of(
        dir.path(),
        &["summary", &p, "--no-input", "--set", "outcome.agreed=false"],
    );
    assert!(md.contains("## What I expect from now on"), "{md}");
    assert!(md.contains("Consequence:"), "{md}");
    assert!(md.contains("Hi Priya,"), "{md}");
    assert!(md.contains("## What we talked about"), "{md}");
    assert!(md.contains("four times by my notes."), "{md}");
    let plan = fs::read_to_string(&p).unwrap();
    assert!(plan.contains("fallback = \"expect\""), "{plan}");
}

#[test]
fn the_greeting_is_the_first_name_unless_given() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("g.toml"),
        "schema = 1\n[meeting]\nwith = \"Dana Okafor\"\n",
    )
    .unwrap();
    let md = stdout_of(dir.path(), &["summary", "g.toml", "--no-input"]);
    assert!(md.contains("Hi Dana,"), "{md}");
    let md = stdout_of(
        dir.path(),
        &[
            "summary",
            "g.toml",
            "--no-input",
            "--set",
            "outcome.discussed=Your rota",
        ],
    );
    assert!(md.contains("## What we talked about\n\nYour rota"), "{md}");
    fs::write(
        dir.path().join("h.toml"),
        "schema = 1\n[meeting]\nwith = \"Dana Okafor\"\ngreeting = \"Dr Okafor\"\n",
    )
    .unwrap();
    let md = stdout_of(dir.path(), &["summary", "h.toml", "--no-input"]);
    assert!(md.contains("Hi Dr Okafor,"), "{md}");
}

#[test]
fn the_text_follow_up_has_no_markup_and_short_lines() {
    for name in EXAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let p = copy_example(dir.path(), name);
        let text = stdout_of(dir.path(), &["summary", &p, "--format", "text"]);
        for mark in ["#", "**", "|", "- ["] {
            assert!(!text.contains(mark), "{name}: {mark:?} in\n{text}");
        }
        for line in text.lines() {
            assert!(line.chars().count() <= 72, "{name}: {line:?}");
        }
        plan(dir.path())
            .args(["summary", &p, "-o", "f.txt"])
            .assert()
            .success();
        assert_eq!(fs::read_to_string(dir.path().join("f.txt")).unwrap(), text);
    }
}

#[test]
fn the_invite_uses_the_day_it_was_held_at_the_planned_time() {
    let dir = tempfile::tempdir().unwrap();
    let p = copy_example(dir.path(), "missed-deadlines");
    let text = fs::read_to_string(&p).unwrap();
    fs::write(
        &p,
        text.replace("held_on = 2026-11-27", "held_on = 2026-11-30"),
    )
    .unwrap();
    let ics = stdout_of(dir.path(), &["invite", &p]);
    assert!(ics.contains("DTSTART:20261130T100000"), "{ics}");
}

/// A follow-up says what was agreed only when the user said so: with no
/// `outcome.agreed` and no actions it says nothing about agreement, in every
/// format; with `agreed = true` it says no actions were recorded.
#[test]
fn the_follow_up_says_nothing_about_agreement_the_user_did_not_record() {
    let dir = tempfile::tempdir().unwrap();
    let p = copy_example(dir.path(), "meeting-behaviour");
    let text = fs::read_to_string(&p).unwrap();
    let cut = text.find("[outcome]").unwrap();
    let end = text.find("[debrief]").unwrap_or(text.len());
    let ready = format!("{}{}", &text[..cut], &text[end..]).replace("followed-up", "ready");
    for format in ["md", "html", "text"] {
        fs::write(&p, &ready).unwrap();
        let out = stdout_of(dir.path(), &["summary", &p, "--no-input", "-f", format]);
        for unsaid in ["agree", "AGREED", "Actions", "ACTIONS"] {
            assert!(!out.contains(unsaid), "{format} says {unsaid:?}:\n{out}");
        }
        fs::write(&p, &ready).unwrap();
        let out = stdout_of(
            dir.path(),
            &[
                "summary",
                &p,
                "--no-input",
                "-f",
                format,
                "--set",
                "outcome.agreed=true",
            ],
        );
        assert!(
            out.contains("We agreed a way forward; no specific actions were recorded."),
            "{format}:\n{out}"
        );
        fs::write(&p, &ready).unwrap();
        let out = stdout_of(
            dir.path(),
            &[
                "summary",
                &p,
                "--no-input",
                "-f",
                format,
                "--set",
                "outcome.agreed=false",
                "--set",
                "outcome.fallback=escalate",
            ],
        );
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
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("q.toml"), QUICK_FOLLOWED_UP).unwrap();
    for format in ["md", "html", "text"] {
        let out = plan(dir.path())
            .env("PLAN_TODAY", "2026-12-04")
            .args(["summary", "q.toml", "-f", format])
            .assert()
            .success();
        let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
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
    let md = plan(dir.path())
        .env("PLAN_TODAY", "2027-01-10")
        .args(["summary", "q.toml"])
        .assert()
        .success();
    let md = String::from_utf8(md.get_output().stdout.clone()).unwrap();
    assert!(
        md.starts_with("# Our conversation on 3 December 2026\n"),
        "{md}"
    );
}

#[test]
fn agreed_actions_name_their_owner_once() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("q.toml"), QUICK_FOLLOWED_UP).unwrap();
    let md = stdout_of(dir.path(), &["summary", "q.toml"]);
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
    let html = stdout_of(dir.path(), &["summary", "q.toml", "-f", "html"]);
    assert!(
        html.contains("<td>Daniel</td><td>Hands a review back within two days</td>"),
        "{html}"
    );
    let text = stdout_of(dir.path(), &["summary", "q.toml", "-f", "text"]);
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
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        let path = dir.path().join(format!("{name}.toml"));
        let example = fs::read_to_string(root().join(format!("examples/{name}.toml"))).unwrap();
        fs::write(&path, format!("{example}{DRAFTS}")).unwrap();
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
            let out = plan(dir.path()).args(&args).output().unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(out.status.success(), "{args:?}: {all}");
            assert!(!all.contains("NEVER-SHARED"), "{args:?}: {all}");
        }
    }
}

#[test]
fn no_input_on_a_meeting_still_to_come_says_the_day_is_today() {
    let dir = tempfile::tempdir().unwrap();
    let mut example = fs::read_to_string(root().join("examples/meeting-behaviour.toml")).unwrap();
    example.truncate(example.find("\n[outcome]").unwrap());
    fs::write(
        dir.path().join("p.toml"),
        example.replace("followed-up", "ready"),
    )
    .unwrap();
    plan(dir.path())
        .env("PLAN_TODAY", "2026-11-20")
        .args(["summary", "p.toml", "--no-input"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: outcome.held_on: 2026-11-20, today, though the meeting was planned for Tuesday 1 December 2026, 14:30",
        ));
    // Told the day, it says nothing of it.
    fs::write(
        dir.path().join("q.toml"),
        example.replace("followed-up", "ready"),
    )
    .unwrap();
    plan(dir.path())
        .env("PLAN_TODAY", "2026-11-20")
        .args([
            "summary",
            "q.toml",
            "--no-input",
            "--set",
            "outcome.held_on=2026-11-19",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("planned for").not());
}
