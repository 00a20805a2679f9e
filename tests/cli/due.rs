//! What is due after a meeting is one set of rules: `plan check` and
//! `plan list --due` say the same things on every day around each boundary
//! (the meeting day, an action's day, the check-in day).

use crate::plan;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The rules both commands report from `check::due`.
const DUE_RULES: [&str; 3] = ["follow-up-due", "action-overdue", "check-in-due"];

/// A plan held on 27 November with one open action due 2 December, one
/// done, and a check-in agreed for 7 December; `followed_up` says whether
/// the follow-up is written, `checked_in` the day of a check-in recorded.
fn plan_text(followed_up: bool, checked_in: Option<&str>) -> String {
    let status = if followed_up { "followed-up" } else { "held" };
    let mut text = format!(
        r#"schema = 1
status = "{status}"
[meeting]
with = "Sam Lee"
when = 2026-11-27T10:00:00
[outcome]
held_on = 2026-11-27
next_check_in = 2026-12-07
[[outcome.actions]]
what = "Send the dates"
owner = "Sam"
due = 2026-12-02
[[outcome.actions]]
what = "Book the room"
owner = "Me"
due = 2026-11-30
state = "done"
"#
    );
    if let Some(day) = checked_in {
        text.push_str(&format!(
            "[[debrief.check_ins]]\ndate = {day}\nsaid = \"On track.\"\n"
        ));
    }
    text
}

/// The string under `key` in one JSON object written on one line, as
/// `plan` writes them (escapes kept as written: only dates and rule ids are
/// read here).
fn field(object: &str, key: &str) -> Option<String> {
    let start = object.find(&format!("\"{key}\": \""))? + key.len() + 5;
    let mut out = String::new();
    let mut chars = object[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '"' => return Some(out),
            c => out.push(c),
        }
    }
    None
}

/// `(rule, day)` of each object in `json` with a due rule: the rule under
/// `key`, the day under `date` or, failing that, the first date in
/// `message`.
fn due_of(json: &str, key: &str) -> BTreeSet<(String, String)> {
    let first_date = |text: &str| -> String {
        (0..text.len().saturating_sub(9))
            .filter_map(|i| text.get(i..i + 10))
            .find(|s| {
                s.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                })
            })
            .unwrap_or_default()
            .to_string()
    };
    json.lines()
        .filter(|l| l.trim_start().starts_with('{'))
        .filter_map(|o| {
            let rule = field(o, key).filter(|r| DUE_RULES.contains(&r.as_str()))?;
            let day = field(o, "date")
                .unwrap_or_else(|| first_date(&field(o, "message").unwrap_or_default()));
            Some((rule, day))
        })
        .collect()
}

fn run(dir: &Path, today: &str, args: &[&str]) -> String {
    let out = plan(dir)
        .env("PLAN_TODAY", today)
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn check_and_list_due_agree_on_every_day_around_each_boundary() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("plans")).unwrap();
    let file = d.join("plans/sam.toml");
    let days = [
        "2026-11-26",
        "2026-11-27",
        "2026-11-28",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-06",
        "2026-12-07",
        "2026-12-08",
    ];
    let mut seen = BTreeSet::new();
    for followed_up in [false, true] {
        for checked_in in [None, Some("2026-12-06"), Some("2026-12-07")] {
            fs::write(&file, plan_text(followed_up, checked_in)).unwrap();
            for today in days {
                let check = due_of(&run(d, today, &["check", "sam"]), "rule");
                let list = due_of(&run(d, today, &["list", "--due"]), "kind");
                assert_eq!(
                    check, list,
                    "on {today}, followed up {followed_up}, checked in {checked_in:?}"
                );
                seen.extend(check.into_iter().map(|(rule, _)| rule));
            }
        }
    }
    // Every rule was met on some day: the table reaches each boundary.
    assert_eq!(seen, DUE_RULES.iter().map(|r| r.to_string()).collect());
}

#[test]
fn each_boundary_falls_on_the_day_the_rules_say() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("plans")).unwrap();
    fs::write(d.join("plans/sam.toml"), plan_text(false, None)).unwrap();
    let rules_on = |today: &str| -> BTreeSet<String> {
        due_of(&run(d, today, &["list", "--due"]), "kind")
            .into_iter()
            .map(|(rule, _)| rule)
            .collect()
    };
    let set = |rules: &[&str]| rules.iter().map(|r| r.to_string()).collect::<BTreeSet<_>>();
    // The follow-up is due the day after the meeting, not on it.
    assert_eq!(rules_on("2026-11-27"), set(&[]));
    assert_eq!(rules_on("2026-11-28"), set(&["follow-up-due"]));
    // An action is overdue the day after its day; a done one never is.
    assert_eq!(rules_on("2026-12-02"), set(&["follow-up-due"]));
    assert_eq!(
        rules_on("2026-12-03"),
        set(&["follow-up-due", "action-overdue"])
    );
    // The check-in is due on its day.
    assert_eq!(
        rules_on("2026-12-06"),
        set(&["follow-up-due", "action-overdue"])
    );
    assert_eq!(
        rules_on("2026-12-07"),
        set(&["follow-up-due", "action-overdue", "check-in-due"])
    );
}
