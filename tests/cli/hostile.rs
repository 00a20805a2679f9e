//! The classes of defect found by attacking `plan`, kept alive: every TOML
//! form a section can take, lists replaced or appended on purpose, answers
//! files with keys no question has.

use crate::plan;
use plan::questions::catalogue::{self, Kind};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

/// The three TOML forms a section can be written in, holding one answer.
fn section_in_form(section: &str, field: &str, form: &str) -> String {
    match form {
        "standard" => format!("[{section}]\n{field} = \"kept\"\n"),
        "inline" => format!("{section} = {{ {field} = \"kept\" }}\n"),
        "dotted" => format!("{section}.{field} = \"kept\"\n"),
        _ => unreachable!(),
    }
}

/// A `--set` value for a question of each kind.
fn value_for(kind: &Kind) -> Option<String> {
    Some(match kind {
        Kind::Text | Kind::LongText | Kind::List => "given".into(),
        Kind::Records(fields) => {
            let parts: Vec<String> = fields
                .iter()
                .map(|f| match f.kind {
                    Kind::Choice(opts) => format!("{} = \"{}\"", f.key, opts[0].value),
                    Kind::Date => format!("{} = 2026-12-01", f.key),
                    _ => format!("{} = \"given\"", f.key),
                })
                .collect();
            format!("{{ {} }}", parts.join(", "))
        }
        _ => return None,
    })
}

/// Every section, in every form: a write through `--set` keeps the answer
/// already there and adds each one given, records included.
#[test]
fn every_section_in_every_form_keeps_every_answer() {
    let sections: Vec<&str> = {
        let mut s: Vec<&str> = catalogue::all().map(|q| q.section()).collect();
        s.dedup();
        s
    };
    for section in sections {
        let questions: Vec<_> = catalogue::all()
            .filter(|q| q.section() == section)
            .collect();
        let kept = questions
            .iter()
            .find(|q| matches!(q.kind, Kind::Text | Kind::LongText))
            .copied()
            .expect("every section has a text question");
        let questions: Vec<_> = questions
            .into_iter()
            .filter(|q| q.only_if.is_none())
            .collect();
        let command = if matches!(section, "outcome" | "debrief") {
            "summary"
        } else {
            "new"
        };
        for form in ["standard", "inline", "dotted"] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("p.toml");
            let text = format!(
                "schema = 1\nstatus = \"ready\"\n{}",
                section_in_form(section, kept.field(), form)
            );
            fs::write(&path, &text).unwrap();
            let mut cmd = plan(dir.path());
            cmd.args([command, "p.toml", "--no-input"]);
            if command == "new" {
                cmd.arg("--resume");
            }
            let mut given = Vec::new();
            for q in questions.iter().filter(|q| q.id != kept.id) {
                if let Some(v) = value_for(&q.kind) {
                    cmd.arg("--set").arg(format!("{}={v}", q.id));
                    given.push(q);
                }
            }
            cmd.assert().success();
            let out = fs::read_to_string(&path).unwrap();
            let saved: toml::Value = toml::from_str(&out).unwrap();
            let table = &saved[section];
            assert_eq!(
                table[kept.field()].as_str(),
                Some("kept"),
                "{section} as {form}:\n{out}"
            );
            for q in given {
                let v = table
                    .get(q.field())
                    .unwrap_or_else(|| panic!("{} lost in {form} form:\n{out}", q.id));
                if let Kind::Records(_) | Kind::List = q.kind {
                    assert_eq!(v.as_array().map(Vec::len), Some(1), "{}: {out}", q.id);
                }
            }
        }
    }
}

fn example_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("md.toml");
    fs::copy(crate::root().join("examples/missed-deadlines.toml"), &path).unwrap();
    path
}

#[test]
fn set_on_a_list_replaces_it_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    plan(dir.path())
        .args(["new", "md.toml", "--resume", "--no-input", "--set"])
        .arg(r#"prepare.evidence={ fact = "One fact", source = "seen" }"#)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "prepare.evidence: replaced 3 facts with 1",
        ));
    let saved: toml::Value = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved["prepare"]["evidence"].as_array().unwrap().len(), 1);
}

#[test]
fn add_appends_one_entry_and_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let before = fs::read_to_string(&path).unwrap();
    plan(dir.path())
        .args(["new", "md.toml", "--resume", "--no-input"])
        .arg("--add")
        .arg(
            r#"prepare.evidence={ fact = "A fourth fact", source = "heard", date = "2026-11-12" }"#,
        )
        .arg("--add")
        .arg("explore.questions=What would make the next report easier?")
        .assert()
        .success()
        .stderr(predicate::str::contains("replaced").not());
    let after = fs::read_to_string(&path).unwrap();
    let saved: toml::Value = toml::from_str(&after).unwrap();
    let evidence = saved["prepare"]["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), 4);
    assert_eq!(evidence[3]["fact"].as_str(), Some("A fourth fact"));
    assert_eq!(
        evidence[3]["date"].as_datetime().unwrap().to_string(),
        "2026-11-12"
    );
    let questions = saved["explore"]["questions"].as_array().unwrap();
    assert_eq!(
        questions.last().unwrap().as_str(),
        Some("What would make the next report easier?")
    );
    let old: toml::Value = toml::from_str(&before).unwrap();
    assert_eq!(
        questions.len(),
        old["explore"]["questions"].as_array().unwrap().len() + 1
    );
    // The same in plan summary, for actions.
    plan(dir.path())
        .args(["summary", "md.toml", "--no-input", "--add"])
        .arg(r#"outcome.actions={ what = "Share the plan", owner = "Sam" }"#)
        .assert()
        .success();
    let saved: toml::Value = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let actions = saved["outcome"]["actions"].as_array().unwrap();
    let old_actions = old["outcome"]["actions"].as_array().unwrap();
    assert_eq!(actions.len(), old_actions.len() + 1);
}

#[test]
fn add_on_a_single_answer_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    plan(dir.path())
        .args(["new", "x.toml", "--no-input", "--add", "meeting.with=Sam"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("holds one answer")
                .and(predicate::str::contains("--set meeting.with")),
        );
    assert!(!dir.path().join("x.toml").exists());
}

#[test]
fn unknown_keys_in_an_answers_file_are_all_reported_with_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.toml"),
        "[meeting]\nwith = \"Sam\"\nduration = 30\n\n[mindset]\nfeeling = \"tense\"\n\n[extras]\nx = 1\n",
    )
    .unwrap();
    let out = plan(dir.path())
        .args(["new", "x.toml", "--no-input", "--answers", "a.toml"])
        .assert()
        .code(1)
        .stdout("");
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains(
            "a.toml:3:1: unknown key `meeting.duration`; did you mean `meeting.duration_minutes`?"
        ),
        "{err}"
    );
    assert!(
        err.contains("a.toml:6:1: unknown key `mindset.feeling`; did you mean `mindset.feelings`?"),
        "{err}"
    );
    assert!(err.contains("unknown key `extras`"), "{err}");
    assert!(!dir.path().join("x.toml").exists());
    // --set suggests the same way.
    plan(dir.path())
        .args([
            "new",
            "x.toml",
            "--no-input",
            "--set",
            "mindset.feeling=tense",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `mindset.feelings`?"));
}

/// The bytes of a file, or nothing when there is none.
fn bytes(path: &Path) -> Option<Vec<u8>> {
    fs::read(path).ok()
}

#[test]
fn a_misspelt_field_in_a_record_is_refused_by_flag_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let before = bytes(&path);
    for (command, flag, record, says) in [
        (
            "new",
            "--set",
            r#"prepare.evidence={ fact = "x", source = "seen", dat = "2026-11-01" }"#,
            "`dat` should be one of the fields `fact`, `source`, `date`, but it is an unknown field; did you mean `date`?",
        ),
        (
            "new",
            "--add",
            r#"prepare.evidence={ fact = "x", sorce = "seen" }"#,
            "`sorce` should be one of the fields `fact`, `source`, `date`, but it is an unknown field; did you mean `source`?",
        ),
        (
            "summary",
            "--set",
            r#"outcome.actions={ what = "Share the plan", owner = "Sam", due_date = "2026-12-01" }"#,
            "`due_date` should be one of the fields `what`, `owner`, `due`, `state`, `changed`, `note`, but it is an unknown field; did you mean `due`?",
        ),
        (
            "summary",
            "--add",
            r#"outcome.actions={ what = "Share the plan", owner = "Sam", Due = "2026-12-01" }"#,
            "did you mean `due`?",
        ),
    ] {
        let mut cmd = plan(dir.path());
        cmd.args([command, "md.toml", "--no-input"]);
        if command == "new" {
            cmd.arg("--resume");
        }
        cmd.args([flag, record])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(says));
        assert_eq!(bytes(&path), before, "{command} {flag} {record}");
    }
    // A new plan is not created either.
    plan(dir.path())
        .args(["new", "p", "--no-input", "--set"])
        .arg(r#"prepare.evidence={ fact = "x", source = "seen", dat = "2026-11-01" }"#)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `date`?"));
    assert!(!dir.path().join("plans/p.toml").exists());
    // The fields a later command fills are fields, not unknown ones.
    plan(dir.path())
        .args(["summary", "md.toml", "--no-input", "--add"])
        .arg(r#"outcome.actions={ what = "Share the plan", owner = "Sam", state = "done", changed = "2026-12-01", note = "Sent" }"#)
        .assert()
        .success();
    let saved: toml::Value = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let last = saved["outcome"]["actions"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["note"].as_str(), Some("Sent"));
}

#[test]
fn a_misspelt_field_in_an_answers_file_record_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.toml"),
        "[meeting]\nwith = \"Sam\"\n\n[[prepare.evidence]]\nfact = \"x\"\nsource = \"seen\"\ndat = 2026-11-01\n",
    )
    .unwrap();
    let answers = bytes(&dir.path().join("a.toml"));
    plan(dir.path())
        .args(["new", "p", "--no-input", "--answers", "a.toml"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "a.toml:7:1: `prepare.evidence[1].dat` should be one of the fields `fact`, `source`, `date`, but it is an unknown field; did you mean `date`?",
        ));
    assert!(!dir.path().join("plans/p.toml").exists());
    // An existing plan given answers is left as it was.
    let path = example_copy(dir.path());
    let before = bytes(&path);
    fs::write(
        dir.path().join("s.toml"),
        "[outcome]\nactions = [\n  { what = \"Share the plan\", owner = \"Sam\", due_date = 2026-12-01 },\n]\n",
    )
    .unwrap();
    plan(dir.path())
        .args(["summary", "md.toml", "--no-input", "--answers", "s.toml"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("s.toml:3:45: `outcome.actions[1].due_date` should be")
                .and(predicate::str::contains("did you mean `due`?")),
        );
    assert_eq!(bytes(&path), before);
    assert_eq!(bytes(&dir.path().join("a.toml")), answers);
}

#[test]
fn a_misspelt_field_in_a_hand_edited_plan_is_an_error_at_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = example_copy(dir.path());
    let mut text = fs::read_to_string(&path).unwrap();
    let lines = text.lines().count();
    text.push_str("\n[[debrief.check_ins]]\ndate = 2026-12-01\ndropd = [\"x\"]\n");
    fs::write(&path, &text).unwrap();
    let before = bytes(&path);
    let place = format!("md.toml:{}:1: `debrief.check_ins[1].dropd`", lines + 4);
    for args in [
        &["render", "md.toml"][..],
        &["new", "md.toml", "--resume", "--no-input"],
        &[
            "summary",
            "md.toml",
            "--no-input",
            "--set",
            "debrief.what_happened=Fine",
        ],
        &["check-in", "md.toml", "--no-input"],
        &["check", "md.toml"],
    ] {
        // `plan check` gives its findings on stdout, the others on stderr.
        let out = plan(dir.path()).args(args).assert().code(1);
        let out = out.get_output();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(said.contains(place.as_str()), "{args:?}: {said}");
        assert!(said.contains("did you mean `dropped`?"), "{args:?}: {said}");
        assert_eq!(bytes(&path), before, "{args:?}");
    }
    // A check-in's done and dropped, filled by `plan check-in`, are fields.
    let ok = text.replace("dropd = [\"x\"]", "done = [\"x\"]\ndropped = [\"y\"]");
    fs::write(&path, ok).unwrap();
    plan(dir.path())
        .args(["render", "md.toml", "--format", "md"])
        .assert()
        .success();
}
