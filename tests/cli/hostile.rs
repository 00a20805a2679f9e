//! The classes of defect found by attacking `plan`, kept alive: every TOML
//! form a section can take, lists replaced or appended on purpose, answers
//! files with keys no question has.

use crate::harness::Test;
use plan::questions::catalogue::{self, Kind};

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
            let t = Test::new();
            t.write(
                "p.toml",
                format!(
                    "schema = 1\nstatus = \"ready\"\n{}",
                    section_in_form(section, kept.field(), form)
                ),
            );
            let mut run = t.plan([command, "p.toml", "--no-input"]);
            if command == "new" {
                run = run.arg("--resume");
            }
            let mut given = Vec::new();
            for q in questions.iter().filter(|q| q.id != kept.id) {
                if let Some(v) = value_for(&q.kind) {
                    run = run.arg("--set").arg(format!("{}={v}", q.id));
                    given.push(q);
                }
            }
            run.succeeds();
            let out = t.read("p.toml");
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

#[test]
fn set_on_a_list_replaces_it_and_says_so() {
    let t = Test::with_example("missed-deadlines", "md.toml");
    t.plan(["new", "md.toml", "--resume", "--no-input", "--set"])
        .arg(r#"prepare.evidence={ fact = "One fact", source = "seen" }"#)
        .succeeds()
        .stderr_has("prepare.evidence: replaced 3 facts with 1");
    let saved = t.toml("md.toml");
    assert_eq!(saved["prepare"]["evidence"].as_array().unwrap().len(), 1);
}

#[test]
fn add_appends_one_entry_and_keeps_the_rest() {
    let t = Test::with_example("missed-deadlines", "md.toml");
    let before = t.read("md.toml");
    t.plan(["new", "md.toml", "--resume", "--no-input"])
        .arg("--add")
        .arg(
            r#"prepare.evidence={ fact = "A fourth fact", source = "heard", date = "2026-11-12" }"#,
        )
        .arg("--add")
        .arg("explore.questions=What would make the next report easier?")
        .succeeds()
        .stderr_lacks("replaced");
    let after = t.read("md.toml");
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
    t.plan(["summary", "md.toml", "--no-input", "--add"])
        .arg(r#"outcome.actions={ what = "Share the plan", owner = "Sam" }"#)
        .succeeds();
    let saved = t.toml("md.toml");
    let actions = saved["outcome"]["actions"].as_array().unwrap();
    let old_actions = old["outcome"]["actions"].as_array().unwrap();
    assert_eq!(actions.len(), old_actions.len() + 1);
}

#[test]
fn add_on_a_single_answer_is_a_usage_error() {
    let t = Test::new();
    t.plan(["new", "x.toml", "--no-input", "--add", "meeting.with=Sam"])
        .fails(2)
        .stderr_has("holds one answer")
        .stderr_has("--set meeting.with");
    assert!(!t.exists("x.toml"));
}

#[test]
fn unknown_keys_in_an_answers_file_are_all_reported_with_suggestions() {
    let t = Test::new();
    t.write(
        "a.toml",
        "[meeting]\nwith = \"Sam\"\nduration = 30\n\n[mindset]\nfeeling = \"tense\"\n\n[extras]\nx = 1\n",
    );
    let err = t
        .plan(["new", "x.toml", "--no-input", "--answers", "a.toml"])
        .fails(1)
        .stderr;
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
    assert!(!t.exists("x.toml"));
    // --set suggests the same way.
    t.plan([
        "new",
        "x.toml",
        "--no-input",
        "--set",
        "mindset.feeling=tense",
    ])
    .fails(2)
    .stderr_has("did you mean `mindset.feelings`?");
}

#[test]
fn a_misspelt_field_in_a_record_is_refused_by_flag_with_a_suggestion() {
    let t = Test::with_example("missed-deadlines", "md.toml");
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
        let mut run = t.plan([command, "md.toml", "--no-input"]);
        if command == "new" {
            run = run.arg("--resume");
        }
        run.args([flag, record])
            .keeps("md.toml")
            .fails(2)
            .stderr_has(says);
    }
    // A new plan is not created either.
    t.plan(["new", "p", "--no-input", "--set"])
        .arg(r#"prepare.evidence={ fact = "x", source = "seen", dat = "2026-11-01" }"#)
        .fails(2)
        .stderr_has("did you mean `date`?");
    assert!(!t.exists("plans/p.toml"));
    // The fields a later command fills are fields, not unknown ones.
    t.plan(["summary", "md.toml", "--no-input", "--add"])
        .arg(r#"outcome.actions={ what = "Share the plan", owner = "Sam", state = "done", changed = "2026-12-01", note = "Sent" }"#)
        .succeeds();
    let saved = t.toml("md.toml");
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
    let t = Test::new();
    t.write(
        "a.toml",
        "[meeting]\nwith = \"Sam\"\n\n[[prepare.evidence]]\nfact = \"x\"\nsource = \"seen\"\ndat = 2026-11-01\n",
    );
    t.plan(["new", "p", "--no-input", "--answers", "a.toml"])
        .keeps("a.toml")
        .fails(1)
        .stderr_has(
            "a.toml:7:1: `prepare.evidence[1].dat` should be one of the fields `fact`, `source`, `date`, but it is an unknown field; did you mean `date`?",
        );
    assert!(!t.exists("plans/p.toml"));
    // An existing plan given answers is left as it was.
    t.example("missed-deadlines", "md.toml");
    t.write(
        "s.toml",
        "[outcome]\nactions = [\n  { what = \"Share the plan\", owner = \"Sam\", due_date = 2026-12-01 },\n]\n",
    );
    t.plan(["summary", "md.toml", "--no-input", "--answers", "s.toml"])
        .keeps("md.toml")
        .keeps("a.toml")
        .fails(1)
        .stderr_has("s.toml:3:45: `outcome.actions[1].due_date` should be")
        .stderr_has("did you mean `due`?");
}

#[test]
fn a_misspelt_field_in_a_hand_edited_plan_is_an_error_at_load() {
    let t = Test::new();
    let mut text = crate::harness::example_text("missed-deadlines");
    let lines = text.lines().count();
    text.push_str("\n[[debrief.check_ins]]\ndate = 2026-12-01\ndropd = [\"x\"]\n");
    t.write("md.toml", &text);
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
        let said = t.plan(args).keeps("md.toml").code(1).both();
        assert!(said.contains(place.as_str()), "{args:?}: {said}");
        assert!(said.contains("did you mean `dropped`?"), "{args:?}: {said}");
    }
    // A check-in's done and dropped, filled by `plan check-in`, are fields.
    let ok = text.replace("dropd = [\"x\"]", "done = [\"x\"]\ndropped = [\"y\"]");
    t.write("md.toml", ok);
    t.plan(["render", "md.toml", "--format", "md"]).succeeds();
}
