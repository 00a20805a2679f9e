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
