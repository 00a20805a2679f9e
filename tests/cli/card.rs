//! `plan render --card`: the card to take into the room, its formats and
//! templates, and that nothing it does not show can reach it.

use crate::render::assert_inert;
use crate::{fixture, mode, plan, root};
use plan::planfile::EditablePlan as PlanDoc;
use plan::questions::catalogue::{self, Kind};
use plan::questions::choices::{Belief, Leaning};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const EXAMPLES: &[&str] = &[
    "missed-deadlines",
    "meeting-behaviour",
    "performance-escalation",
];

fn render(dir: &Path, args: &[&str]) -> String {
    let out = plan(dir).arg("render").args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn example(name: &str) -> String {
    root()
        .join(format!("examples/{name}.toml"))
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn cards_of_every_example_match_their_snapshots() {
    for name in EXAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let p = example(name);
        let md = render(dir.path(), &[&p, "--card"]);
        insta::assert_snapshot!(format!("card_{name}_md"), md);
        let html = render(dir.path(), &[&p, "--card", "--format", "html"]);
        insta::assert_snapshot!(format!("card_{name}_html"), html);
        let text = render(dir.path(), &[&p, "--card", "--format", "text"]);
        insta::assert_snapshot!(format!("card_{name}_text"), text);
    }
}

/// The text answers the card shows: what the user will say or ask. The
/// fallback's words are shown only for the way chosen (`expect` or
/// `escalate`). Written out here, apart from the code, as the card's
/// promise: anything else a plan can hold is a canary below.
fn shown(way: &str, key: &str) -> bool {
    let always = [
        "meeting.with",
        "meeting.title",
        "meeting.place",
        "open.mutual_purpose",
        "prepare.evidence.fact",
        "explore.questions",
        "safety.contrasting.dont",
        "safety.contrasting.do",
        "summarize.questions",
    ];
    let fallback: &[&str] = match way {
        "expect" => &["summarize.expectation", "summarize.consequence"],
        _ => &["summarize.escalation_why", "summarize.escalation_next"],
    };
    always.contains(&key) || fallback.contains(&key)
}

/// A plan with every text answer filled: `SAY{n}X` where the card shows
/// it, a canary `CANARY{n}X` everywhere else (every question the catalogue
/// holds, those `plan summary` and `plan check-in` record too, and every
/// text field of every record); every 'what if' behaviour and belief
/// picked; the fallback chosen `way`.
fn plan_with_canaries(way: &str) -> (PlanDoc, Vec<String>, Vec<String>) {
    let mut doc = PlanDoc::new_plan();
    let (mut said, mut canaries) = (Vec::new(), Vec::new());
    let mut mark = |key: &str| {
        let n = said.len() + canaries.len();
        if shown(way, key) {
            said.push(format!("SAY{n}X"));
            said.last().unwrap().clone()
        } else {
            canaries.push(format!("CANARY{n}X"));
            canaries.last().unwrap().clone()
        }
    };
    for q in catalogue::recorded() {
        let item = match &q.kind {
            Kind::Text | Kind::LongText => toml_edit::value(mark(q.id)),
            Kind::List | Kind::Bank(_) => plan::questions::answer::list(&[mark(q.id), mark(q.id)]),
            Kind::MultiChoice(opts) => plan::questions::answer::list(
                &opts.iter().map(|o| o.value.to_string()).collect::<Vec<_>>(),
            ),
            Kind::Records(fields) => {
                let mut tables = Vec::new();
                for _ in 0..2 {
                    let mut t = toml_edit::Table::new();
                    for f in *fields {
                        let key = format!("{}.{}", q.id, f.key);
                        let value = match f.kind {
                            Kind::Text | Kind::LongText => toml_edit::value(mark(&key)),
                            Kind::List => plan::questions::answer::list(&[mark(&key)]),
                            Kind::Choice(opts) => toml_edit::value(opts[0].value),
                            Kind::Date => toml_edit::value(
                                "2026-11-20".parse::<toml_edit::Datetime>().unwrap(),
                            ),
                            Kind::Seconds | Kind::Minutes => toml_edit::value(60),
                            _ => continue,
                        };
                        t.insert(f.key, value);
                    }
                    tables.push(t);
                }
                plan::questions::answer::records(tables)
            }
            _ => continue,
        };
        doc.set(q.id, item);
    }
    for (key, value) in [
        ("meeting.when", "2026-11-27 10:00"),
        ("meeting.duration_minutes", "45"),
        ("summarize.fallback", way),
    ] {
        let q = catalogue::find(key).unwrap();
        doc.set(
            key,
            plan::questions::answer::parse_input(&q.kind, value)
                .unwrap()
                .unwrap(),
        );
    }
    (doc, said, canaries)
}

/// The card's promise: a canary in every text field it does not show
/// (every private answer: mindset, feelings, derailers as written, story,
/// safety notes, debrief, check-ins; and every shareable answer it has no
/// place for) never reaches it, in any format, with either fallback; and
/// neither do the labels of the behaviours and beliefs picked.
#[test]
fn a_canary_in_every_field_the_card_does_not_show_never_reaches_it() {
    for way in ["expect", "escalate"] {
        let (doc, said, canaries) = plan_with_canaries(way);
        assert!(canaries.len() >= 40, "only {} canaries", canaries.len());
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("p.toml"), doc.to_toml()).unwrap();
        // The brief is private and does show them: the canaries are real.
        let brief = render(dir.path(), &["p.toml"]);
        assert!(canaries.iter().any(|c| brief.contains(c.as_str())));
        let never: Vec<&str> = Leaning::ALL
            .iter()
            .flat_map(|l| [l.label(), l.name(), l.reminder()])
            .chain(Belief::ALL.iter().flat_map(|b| [b.label(), b.reminder()]))
            .collect();
        for format in ["md", "html", "text"] {
            let card = render(dir.path(), &["p.toml", "--card", "--format", format]);
            for s in &said {
                assert!(
                    card.contains(s.as_str()),
                    "{way} {format}: {s} missing:\n{card}"
                );
            }
            for c in &canaries {
                assert!(
                    !card.contains(c.as_str()),
                    "{way} {format}: {c} leaked:\n{card}"
                );
            }
            for words in &never {
                assert!(
                    !card.contains(words),
                    "{way} {format}: {words:?} shown:\n{card}"
                );
            }
            for l in Leaning::ALL {
                assert!(card.contains(l.cue()), "{way} {format}: no cue for {l:?}");
            }
        }
        // A user template cannot reach what the card does not hold.
        fs::create_dir_all(dir.path().join("t")).unwrap();
        for attempt in [
            "{{ plan.mindset.feelings }}",
            "{{ mindset.derailers }}",
            "{{ open.story }}",
            "{{ debrief.went_well }}",
            "{{ leanings }}",
        ] {
            fs::write(dir.path().join("t/card.md"), attempt).unwrap();
            let out = plan(dir.path())
                .args(["render", "p.toml", "--card", "--templates", "t"])
                .assert()
                .code(1);
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.get_output().stdout),
                String::from_utf8_lossy(&out.get_output().stderr)
            );
            assert!(all.contains("not defined"), "{attempt}: {all}");
            assert!(
                !canaries.iter().any(|c| all.contains(c.as_str())),
                "{attempt}"
            );
        }
    }
}

#[test]
fn nothing_typed_into_a_plan_reaches_the_card_as_markup() {
    let dir = tempfile::tempdir().unwrap();
    let p = fixture("render", "script-vectors.toml");
    let p = p.to_str().unwrap();
    assert_inert(&render(dir.path(), &[p, "--card", "--format", "html"]));
    // Markdown shows markup typed in an answer as text, for any tool that
    // renders it; plain text has nothing to render, and shows it as typed.
    let md = render(dir.path(), &[p, "--card"]);
    assert!(!md.contains("<script") && !md.contains("<img"), "{md}");
    assert!(md.contains("&lt;script"), "{md}");
    let text = render(dir.path(), &[p, "--card", "--format", "text"]);
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
}

#[test]
fn the_text_card_has_no_markup_and_short_lines() {
    for name in EXAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let text = render(dir.path(), &[&example(name), "--card", "-f", "text"]);
        for mark in ["#", "**", "|", "> ", "_("] {
            assert!(!text.contains(mark), "{name}: {mark:?} in\n{text}");
        }
        for line in text.lines() {
            assert!(line.chars().count() <= 72, "{name}: {line:?}");
        }
        assert!(
            !text.contains("\n\n\n"),
            "{name}: a double blank line in\n{text}"
        );
    }
}

#[test]
fn the_file_name_picks_the_format_and_paper_sizes_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let p = example("missed-deadlines");
    for (file, starts) in [
        ("card.html", "<!DOCTYPE html>"),
        ("card.txt", "Project deadlines\nWith Jordan Reyes\n"),
        ("card.md", "# Project deadlines\n"),
    ] {
        plan(dir.path())
            .args(["render", &p, "--card", "-o", file])
            .assert()
            .success()
            .stdout("");
        let written = fs::read_to_string(dir.path().join(file)).unwrap();
        assert!(written.starts_with(starts), "{file}: {written}");
        assert_eq!(mode(&dir.path().join(file)), 0o600);
    }
    let a5 = fs::read_to_string(dir.path().join("card.html")).unwrap();
    assert!(a5.contains("size: A5;") && a5.contains("148mm"), "{a5}");
    let a4 = render(dir.path(), &[&p, "--card", "--paper", "a4", "-f", "html"]);
    assert!(a4.contains("size: A4;") && a4.contains("210mm"), "{a4}");
    assert!(!a4.contains("size: A5"));
    assert_eq!(
        render(dir.path(), &[&p, "--card", "--paper", "a5", "-f", "html"]),
        a5
    );
}

#[test]
fn paper_is_only_for_the_html_card() {
    let dir = tempfile::tempdir().unwrap();
    let p = example("missed-deadlines");
    plan(dir.path())
        .args(["render", &p, "--paper", "a4"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--paper is the card's paper size"))
        .stderr(predicate::str::contains("add --card"));
    for args in [
        &["--card", "--paper", "a4"][..],
        &["--card", "--paper", "a4", "-f", "text"],
        &["--card", "--paper", "a4", "-o", "card.md"],
    ] {
        plan(dir.path())
            .args(["render", &p])
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("--paper sizes the HTML card"));
    }
    assert!(!dir.path().join("card.md").exists());
    plan(dir.path())
        .args(["render", &p, "--card", "--paper", "a3", "-f", "html"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a5").and(predicate::str::contains("a4")));
    // The brief still comes in no plain text; the card does.
    plan(dir.path())
        .args(["render", &p, "-f", "text"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the brief does not come as plain text",
        ));
}

#[test]
fn a_user_template_replaces_the_card_and_the_others_stay_built_in() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("mine")).unwrap();
    fs::write(
        dir.path().join("mine/card.md"),
        "{{ title }} with {{ with }}: {{ questions | length }} questions, then {{ way_forward | first }}\n",
    )
    .unwrap();
    let p = example("missed-deadlines");
    let md = render(dir.path(), &[&p, "--card", "--templates", "mine"]);
    assert_eq!(
        md,
        "Project deadlines with Jordan Reyes: 3 questions, then How would you like to settle this?\n"
    );
    let html = render(
        dir.path(),
        &[&p, "--card", "--templates", "mine", "-f", "html"],
    );
    assert!(html.contains("<h2>Explore <span>ask, then listen</span></h2>"));
    // The card's style is a template too.
    fs::write(dir.path().join("mine/card.css"), "main { color: green; }").unwrap();
    let html = render(
        dir.path(),
        &[&p, "--card", "--templates", "mine", "-f", "html"],
    );
    assert!(html.contains("main { color: green; }") && !html.contains("@page"));
    // A broken card template names its file and line.
    fs::write(dir.path().join("mine/card.md"), "ok\n{{ nothing.here }}\n").unwrap();
    plan(dir.path())
        .args(["render", &p, "--card", "--templates", "mine"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("mine/card.md:2:"));
}

#[test]
fn templates_export_writes_the_card_templates() {
    let dir = tempfile::tempdir().unwrap();
    let out = plan(dir.path())
        .args(["templates", "export", "tpl"])
        .assert()
        .success();
    let listed = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for name in ["card.md", "card.html", "card.txt", "card.css"] {
        let builtin = plan::artefacts::engine::BUILTIN
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("{name} is not built in"))
            .1;
        assert_eq!(
            fs::read_to_string(dir.path().join("tpl").join(name)).unwrap(),
            builtin
        );
        assert!(listed.contains(name), "{listed}");
    }
    // The exported set renders every format of the card as the built-in one does.
    let p = example("performance-escalation");
    for format in ["md", "html", "text"] {
        assert_eq!(
            render(
                dir.path(),
                &[&p, "--card", "-f", format, "--templates", "tpl"]
            ),
            render(dir.path(), &[&p, "--card", "-f", format]),
            "{format}"
        );
    }
}

#[test]
fn an_empty_plan_has_a_card_with_only_its_title() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("p.toml"), "schema = 1\n").unwrap();
    assert_eq!(
        render(dir.path(), &["p.toml", "--card"]),
        "# Your conversation\n"
    );
    assert_eq!(
        render(dir.path(), &["p.toml", "--card", "-f", "text"]),
        "Your conversation\n"
    );
    let html = render(dir.path(), &["p.toml", "--card", "-f", "html"]);
    assert!(!html.contains("<section"), "{html}");
}
