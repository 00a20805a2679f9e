//! Any bytes as a plan or answers file: an error or a plan, never a panic;
//! a plan that loads renders its brief and its follow-up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::planfile::{FileKind, load::parse};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for kind in [FileKind::Plan, FileKind::Answers] {
        if let Ok(doc) = parse(Path::new("f.toml"), text, kind) {
            let brief = plan::artefacts::brief::Brief::new(&doc, "f.toml").unwrap();
            plan::artefacts::context(&brief).unwrap();
            plan::artefacts::followup::followup_context(&doc).unwrap();
        }
    }
});
