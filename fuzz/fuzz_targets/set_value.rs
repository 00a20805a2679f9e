//! Any text as a `--set` value for every question: refused with a reason,
//! or stored in a plan that saves and reads back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::planfile::{EditablePlan, FileKind, load::parse};
use plan::questions::{answer::parse_input, catalogue};
use std::path::Path;

fuzz_target!(|text: &str| {
    let mut doc = EditablePlan::new_plan();
    for q in catalogue::all() {
        if let Ok(Some(item)) = parse_input(&q.kind, text) {
            let item = match q.kind {
                catalogue::Kind::List | catalogue::Kind::Bank(_) => {
                    plan::questions::answer::list(&[item.as_str().unwrap().to_string()])
                }
                catalogue::Kind::Records(_) => {
                    plan::questions::answer::records(vec![item.into_table().unwrap()])
                }
                _ => item,
            };
            doc.set(q.id, item);
        }
    }
    let saved = doc.to_toml();
    if let Err(e) = parse(Path::new("f.toml"), &saved, FileKind::Plan) {
        panic!("an accepted value made an unreadable plan: {e}\n{saved}");
    }
});
