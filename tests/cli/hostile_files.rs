//! Hostile files and folders (issue 8): `-o` aimed at a plan, special files,
//! leftovers, oversized plans, locks, umasks and odd names. Every command that
//! fails here must leave the plan byte for byte as it was.

use crate::plan;
use std::fs;

fn stderr_of(out: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

#[test]
fn a_folder_name_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for name in ["x/", "x/.", "sub/x/", ".."] {
        let out = plan(d).args(["new", name, "--no-input"]).assert().code(2);
        let err = stderr_of(&out);
        assert!(
            err.contains("names a folder") || err.contains("not a usable plan name"),
            "{name}: {err}"
        );
        assert_eq!(fs::read_dir(d).unwrap().count(), 0, "{name} left files");
    }
}

#[test]
fn a_name_too_long_for_its_lock_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // The lock file (`.NAME.toml.lock`) is 7 bytes longer than the plan file;
    // both must fit in 255 bytes.
    for len in [245, 250] {
        let name = "n".repeat(len);
        let path = format!("{name}.toml");
        for arg in [name.as_str(), path.as_str()] {
            let out = plan(d).args(["new", arg, "--no-input"]).assert().code(2);
            let err = stderr_of(&out);
            assert!(err.contains("the name is too long"), "{err}");
            assert!(!err.contains("os error"), "{err}");
            assert_eq!(fs::read_dir(d).unwrap().count(), 0, "{len} left files");
        }
    }
    // The longest names that fit still work.
    let name = format!("{}.toml", "n".repeat(249 - 5));
    for arg in [&name, &"m".repeat(244)] {
        plan(d).args(["new", arg, "--no-input"]).assert().success();
    }
}
