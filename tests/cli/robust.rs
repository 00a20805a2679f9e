//! Mangled plan files: the loader and every view of a plan either work or
//! return an error, and never panic.

use plan::artefacts::engine::Renderer;
use plan::planfile::{self as store, FileKind};
use std::path::Path;

/// A small deterministic generator, so failures are reproducible.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

const NOISE: &[&str] = &[
    "",
    "\"",
    "'",
    "[",
    "]",
    "[[",
    "=",
    "\n",
    "#",
    "{",
    "}",
    ",",
    "0",
    "-1",
    "1e9",
    "true",
    "2026-13-40",
    "9999-12-31T23:59:59",
    "\u{0}",
    "é",
    "\\",
    "\"\"\"",
    "[meeting]",
    "schema = 2\n",
    "outcome = 1\n",
    "[[outcome.actions]]\n",
    "inf",
    "nan",
];

#[test]
fn mangled_plans_never_panic() {
    let renderer = Renderer::new(None).unwrap();
    let mut rng = Lcg(7);
    let mut loaded = 0;
    for name in [
        "missed-deadlines",
        "meeting-behaviour",
        "performance-escalation",
    ] {
        let text =
            std::fs::read_to_string(crate::root().join(format!("examples/{name}.toml"))).unwrap();
        for _ in 0..300 {
            let mut s = text.clone();
            for _ in 0..(1 + rng.next() % 3) {
                let mut at = rng.next() % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                let cut = (at + rng.next() % 8).min(s.len());
                let cut = (cut..=s.len()).find(|i| s.is_char_boundary(*i)).unwrap();
                s.replace_range(at..cut, NOISE[rng.next() % NOISE.len()]);
            }
            let Ok(doc) = store::load::parse(Path::new("m.toml"), &s, FileKind::Plan) else {
                continue;
            };
            loaded += 1;
            let brief = plan::artefacts::brief::Brief::new(&doc, "m.toml").unwrap();
            let ctx = tera::Context::from_serialize(&brief).unwrap();
            renderer.render("brief.md", &ctx).unwrap();
            renderer.render("brief.html", &ctx).unwrap();
            let ctx = plan::artefacts::followup::followup_context(&doc).unwrap();
            renderer.render("followup.md", &ctx).unwrap();
            renderer.render("followup.html", &ctx).unwrap();
            let shared = plan::artefacts::shareable::Shareable::from_plan(doc.typed().unwrap());
            let _ = plan::artefacts::invite::calendar(&shared, "id", None);
        }
    }
    assert!(
        loaded > 100,
        "only {loaded} mangled plans loaded; the test is too harsh"
    );
}
