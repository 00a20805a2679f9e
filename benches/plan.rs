//! In-process benchmarks (divan): loading, the brief, the follow-up, `--set`
//! and `plan check`'s rules, on an example and on a large plan (every list
//! 50 entries); `plan list` over a folder of 10,000 plans.
//! Whole-process timings against `cat` and pandoc are in `bench/compare.sh`.

use divan::{Bencher, black_box};
use plan::artefacts::brief::Brief;
use plan::artefacts::engine::Renderer;
use plan::artefacts::followup::followup_context;
use plan::artefacts::report::ReportFormat;
use plan::planfile::provided::{Given, provided};
use plan::planfile::{EditablePlan, FileKind, load::parse};
use plan::questions::catalogue::{self, Kind, PLANNING};
use std::path::Path;

fn main() {
    divan::main();
}

const PLANS: &[&str] = &["missed-deadlines", "large"];

/// The text of an example, or of a plan whose every list holds `n` entries.
fn plan_text(name: &str) -> String {
    match name {
        "large" => sized_plan(50),
        name => std::fs::read_to_string(format!("examples/{name}.toml")).unwrap(),
    }
}

/// The missed-deadlines example with every list grown to `n` entries.
pub fn sized_plan(n: usize) -> String {
    let text = std::fs::read_to_string("examples/missed-deadlines.toml").unwrap();
    let mut doc = parse(Path::new("x.toml"), &text, FileKind::Plan).unwrap();
    for q in catalogue::all() {
        let item = match q.kind {
            Kind::List | Kind::Bank(_) => plan::questions::answer::list(
                &(1..=n)
                    .map(|i| format!("What would help with part {i} of the work?"))
                    .collect::<Vec<_>>(),
            ),
            Kind::Records(fields) => plan::questions::answer::records(
                (1..=n)
                    .map(|i| {
                        let mut t = toml_edit::Table::new();
                        for f in fields {
                            let v = match f.kind {
                                Kind::Choice(opts) => toml_edit::value(opts[i % opts.len()].value),
                                Kind::Date => toml_edit::value(
                                    "2026-11-12".parse::<toml_edit::Datetime>().unwrap(),
                                ),
                                _ => toml_edit::value(format!(
                                    "Entry {i}: the report was two days late"
                                )),
                            };
                            t.insert(f.key, v);
                        }
                        t
                    })
                    .collect(),
            ),
            _ => continue,
        };
        doc.set(q.id, item);
    }
    doc.to_toml()
}

fn load(text: &str) -> EditablePlan {
    parse(Path::new("p.toml"), text, FileKind::Plan).unwrap()
}

#[divan::bench(args = PLANS)]
fn load_plan(b: Bencher, name: &str) {
    let text = plan_text(name);
    b.bench(|| load(black_box(&text)));
}

#[divan::bench(args = PLANS)]
fn render_brief_md(b: Bencher, name: &str) {
    let doc = load(&plan_text(name));
    b.bench(|| {
        let brief = Brief::new(&doc, "p.toml").unwrap();
        let ctx = plan::artefacts::context(&brief).unwrap();
        Renderer::new(None)
            .unwrap()
            .render("brief.md", &ctx)
            .unwrap()
    });
}

#[divan::bench(args = PLANS)]
fn render_brief_html(b: Bencher, name: &str) {
    let doc = load(&plan_text(name));
    b.bench(|| {
        let brief = Brief::new(&doc, "p.toml").unwrap();
        let ctx = plan::artefacts::context(&brief).unwrap();
        Renderer::new(None)
            .unwrap()
            .render("brief.html", &ctx)
            .unwrap()
    });
}

#[divan::bench(args = PLANS)]
fn summary_followup_md(b: Bencher, name: &str) {
    let doc = load(&plan_text(name));
    b.bench(|| {
        let ctx = followup_context(&doc).unwrap();
        Renderer::new(None)
            .unwrap()
            .render("followup.md", &ctx)
            .unwrap()
    });
}

/// `--set` with 10,000 flags for one list: must grow linearly.
#[divan::bench(args = [1_000, 10_000])]
fn set_flags(b: Bencher, n: usize) {
    let sets: Vec<String> = (0..n)
        .map(|i| format!("explore.questions=What happened on day {i}?"))
        .collect();
    b.bench(|| {
        provided(
            Given {
                answers: None,
                set: black_box(&sets),
                add: &[],
            },
            PLANNING,
        )
    });
}

/// `plan check`'s rules over one plan (loading excluded).
#[divan::bench(args = PLANS)]
fn check_plan(b: Bencher, name: &str) {
    let plan = load(&plan_text(name)).typed().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    b.bench(|| plan::check::findings::check(black_box(&plan), today));
}

/// The judgement rule on a 60 KB answer made of one word repeated, as a
/// hostile file may hold: it must stay linear (no rule scans back).
#[divan::bench(args = ["always ", "too slow ", "the team feels "])]
fn judge_hostile_answer(b: Bencher, word: &str) {
    let text = word.repeat(60_000 / word.len());
    b.bench(|| plan::check::judgement::judgement(black_box(&text)));
}

/// The question rules on a 64 KB question of unclosed quotes, as a hostile
/// file may hold.
#[divan::bench]
fn question_hostile_answer(b: Bencher) {
    let text = "'a ".repeat(64 * 1024 / 3);
    b.bench(|| plan::check::lint::question_flags(black_box(&text)));
}

/// A folder of `n` plans: copies of the examples, each with a person of its
/// own, as `bench/compare.sh` makes them.
fn many_plans(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let examples: Vec<String> = [
        "missed-deadlines",
        "meeting-behaviour",
        "performance-escalation",
    ]
    .iter()
    .map(|name| plan_text(name))
    .collect();
    for i in 0..n {
        let text =
            examples[i % examples.len()].replacen("\nwith = \"", &format!("\nwith = \"{i} "), 1);
        std::fs::write(dir.path().join(format!("plan-{i}.toml")), text).unwrap();
    }
    dir
}

/// `plan list` over 10,000 plans: every one read through the loader, a
/// share on each core, then the table. The aim: under 0.5 s on two cores.
#[divan::bench(args = [10_000], sample_count = 10, sample_size = 1)]
fn list_plans(b: Bencher, n: usize) {
    let dir = many_plans(n);
    let files = plan::planfile::listing::plan_files(dir.path()).unwrap();
    assert_eq!(files.len(), n);
    let view = plan::artefacts::listing::all(&files, ReportFormat::Text, false);
    assert!(view.note.is_none(), "every plan loads: {:?}", view.note);
    b.bench(|| plan::artefacts::listing::all(black_box(&files), ReportFormat::Text, false));
}

/// `plan list --due` over 10,000 plans, on a day after their meetings (a
/// meeting in the coming week is checked as `plan check` would: that costs
/// what `plan check` costs).
#[divan::bench(args = [10_000], sample_count = 10, sample_size = 1)]
fn list_due(b: Bencher, n: usize) {
    let dir = many_plans(n);
    let files = plan::planfile::listing::plan_files(dir.path()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 20).unwrap();
    b.bench(|| plan::artefacts::listing::due(black_box(&files), today, ReportFormat::Text, false));
}
