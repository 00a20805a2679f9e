//! Every shipped example is a complete, valid plan.

use plan::planfile::{self as store, FileKind};
use plan::questions::catalogue::PLANNING;

#[test]
fn every_example_loads_and_answers_every_question() {
    let mut count = 0;
    for entry in std::fs::read_dir(crate::root().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        count += 1;
        let doc = store::load(&path, FileKind::Plan)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for q in PLANNING.iter().filter(|q| doc.applies(q)) {
            assert!(
                doc.get(q.id).is_some(),
                "{} leaves {} unanswered",
                path.display(),
                q.id
            );
        }
        let plan = doc.typed().unwrap();
        assert!(plan.explore.questions.len() >= 2, "{}", path.display());
        assert!(!plan.prepare.evidence.is_empty(), "{}", path.display());
    }
    assert!(
        count >= 3,
        "expected at least three examples, found {count}"
    );
}

#[test]
fn one_example_escalates() {
    let doc = store::load(
        &crate::root().join("examples/performance-escalation.toml"),
        FileKind::Plan,
    )
    .unwrap();
    assert_eq!(
        doc.typed().unwrap().summarize.fallback,
        Some(plan::questions::choices::Fallback::Escalate)
    );
}
