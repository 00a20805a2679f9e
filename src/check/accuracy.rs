//! How well the text rules do on sentences labelled by people: the
//! labelled set in `tests/fixtures/check/`, in a tuning part and a held-out
//! part. The held-out part must reach [`AIMS`]; the tuning part is printed
//! beside it, and is what the rules may be changed against.
//!
//! `cargo test accuracy -- --nocapture` prints every miss and false alarm
//! of the tuning part, and only the figures of the held-out part.
// A test's report, on the test harness's stdout.
#![allow(clippy::print_stdout)]

use super::judgement::judgement;
use super::lint::{is_closed, is_why};
use crate::error::ShowPath;
use std::path::Path;

/// Precision and recall the held-out part must reach: (rule, precision, recall).
pub const AIMS: &[(&str, f64, f64)] = &[("questions", 0.95, 0.95), ("judgements", 0.90, 0.90)];

/// Counts of one rule over labelled lines.
#[derive(Default, Clone, Copy)]
struct Score {
    tp: u32,
    fp: u32,
    fn_: u32,
    tn: u32,
}

impl Score {
    fn ratio(a: u32, b: u32) -> f64 {
        if a + b == 0 {
            1.0
        } else {
            f64::from(a) / f64::from(a + b)
        }
    }
    fn precision(self) -> f64 {
        Self::ratio(self.tp, self.fp)
    }
    fn recall(self) -> f64 {
        Self::ratio(self.tp, self.fn_)
    }
    fn total(self) -> u32 {
        self.tp + self.fp + self.fn_ + self.tn
    }
}

/// Every `label<TAB>text` line of the part's files whose name ends in `kind.tsv`.
fn lines(part: &str, kind: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(part);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.shown()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(&format!("{kind}.tsv")))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {kind} files in {}", dir.shown());
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (label, sentence) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{}: no tab in {line:?}", file.shown()));
            out.push((label.to_string(), sentence.to_string()));
        }
    }
    out
}

/// Score `flagged` against lines whose label list holds one of `want`.
fn score(
    lines: &[(String, String)],
    want: &[&str],
    flagged: impl Fn(&str) -> bool,
    show: bool,
) -> Score {
    let mut s = Score::default();
    for (labels, text) in lines {
        let wanted = labels.split(',').any(|l| want.contains(&l.trim()));
        match (wanted, flagged(text)) {
            (true, true) => s.tp += 1,
            (false, false) => s.tn += 1,
            (false, true) => {
                s.fp += 1;
                if show {
                    println!("  false alarm [{}]: {text}", want.join("+"));
                }
            }
            (true, false) => {
                s.fn_ += 1;
                if show {
                    println!("  missed [{}]: {text}", want.join("+"));
                }
            }
        }
    }
    s
}

/// The figures of one part: (name, score) for questions together, each
/// question rule, and judgements.
fn part(name: &str, show: bool) -> Vec<(&'static str, Score)> {
    let questions = lines(name, "questions");
    let facts = lines(name, "facts");
    vec![
        (
            "questions",
            score(
                &questions,
                &["why", "closed"],
                |q| is_why(q) || is_closed(q),
                false,
            ),
        ),
        ("why", score(&questions, &["why"], is_why, show)),
        ("closed", score(&questions, &["closed"], is_closed, show)),
        (
            "judgements",
            score(&facts, &["judgement"], |f| judgement(f).is_some(), show),
        ),
    ]
}

fn print(name: &str, scores: &[(&str, Score)]) {
    println!("{name}:");
    for (rule, s) in scores {
        println!(
            "  {rule:10} precision {:5.1}%  recall {:5.1}%  ({} sentences)",
            s.precision() * 100.0,
            s.recall() * 100.0,
            s.total()
        );
    }
}

#[test]
fn accuracy_on_the_labelled_sets() {
    let tuning = part("tuning", true);
    // The held-out part's sentences are never printed: nobody tunes on them.
    let held = part("held-out", false);
    print("tuning (the rules may be changed against these)", &tuning);
    print("held-out (never tuned on)", &held);
    let mut failed = Vec::new();
    for (rule, p_aim, r_aim) in AIMS {
        let (_, s) = held.iter().find(|(r, _)| r == rule).unwrap();
        if s.precision() < *p_aim || s.recall() < *r_aim {
            failed.push(*rule);
        }
    }
    assert!(
        failed.is_empty(),
        "held-out part below its aims: {failed:?}"
    );
}

#[test]
fn every_labelled_line_has_a_known_label() {
    for name in ["tuning", "held-out"] {
        for (kind, allowed) in [
            ("questions", &["ok", "why", "closed", "why,closed"][..]),
            ("facts", &["ok", "judgement"][..]),
        ] {
            for (label, text) in lines(name, kind) {
                assert!(
                    allowed.contains(&label.as_str()),
                    "{name}/{kind}: {label:?} {text}"
                );
            }
        }
    }
}

/// Every labelled line, cut short after each of its words (so a phrase or
/// pattern meets the end of the text: "hard to", "What made it hard to…"),
/// goes through every rule of every kind of text without a panic.
#[test]
fn every_rule_reads_every_labelled_line_cut_short_anywhere() {
    use crate::questions::catalogue::Coach;
    let kinds = [
        Coach::Question,
        Coach::Fact,
        Coach::Statement,
        Coach::Shared,
        Coach::Request,
        Coach::TheirView,
        Coach::Purpose,
    ];
    // Each cut goes through the judgement rule and one kind of coaching, a
    // kind in turn, so every kind meets thousands of cuts in a few seconds.
    let mut turn = 0;
    for part in ["tuning", "held-out"] {
        for kind in ["questions", "facts"] {
            for (_, line) in lines(part, kind) {
                let ends = line.match_indices(' ').map(|(i, _)| i);
                for end in ends.chain([line.len()]) {
                    let cut = &line[..end];
                    for text in [cut.to_string(), format!("{cut}…"), format!("{cut} {{}}")] {
                        let coach = kinds[turn % kinds.len()];
                        turn += 1;
                        let _ = super::judgement::fact_note(&text);
                        let _ = super::coach::advise(coach, &text);
                        let _ = super::coach::refusal(coach, &text);
                    }
                }
            }
        }
    }
}
