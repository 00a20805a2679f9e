//! The coach on every path: `plan new --no-input`, `plan edit`, `plan
//! summary` and `plan check` give the same finding for the same text, and
//! the follow-up is fair to the person who reads it.

use crate::harness::{Done, Test};

/// The user's story from issue 14: one fact that passes, one that judges.
fn liam(t: &Test) -> Done {
    t.plan([
            "new",
            "liam",
            "--no-input",
            "--set",
            "meeting.with=Liam Hart",
            "--set",
            "meeting.when=2026-12-01 10:00",
            "--set",
            "open.mutual_purpose=Reviews where everyone's plan gets a fair hearing.",
            "--set",
            r#"prepare.evidence={ fact = "In the 17 Nov review Liam said the plan was rubbish", source = "heard" }"#,
            "--set",
            r#"prepare.evidence={ fact = "His attitude in meetings is toxic and everyone thinks so", source = "seen" }"#,
            "--set",
        "explore.questions=What happened in the review from your side?",
    ])
    .today("2026-11-30")
    .succeeds()
}

/// `plan check --format json` on one plan: (rule, key) of every finding.
fn findings(t: &Test, file: &str) -> Vec<(String, String, String)> {
    let text = t
        .plan(["check", file, "--format", "json"])
        .today("2026-11-30")
        .output()
        .stdout;
    let mut found = Vec::new();
    for obj in text.split("{\"file\"").skip(1) {
        let field = |name: &str| {
            let start = obj.find(&format!("\"{name}\": \"")).unwrap() + name.len() + 5;
            let end = start + obj[start..].find("\", \"").unwrap_or(obj.len() - start);
            obj[start..end].replace("\\\"", "\"")
        };
        found.push((field("rule"), field("key"), field("message")));
    }
    found
}

#[test]
fn a_judged_fact_never_reaches_the_follow_up_and_is_noted_on_both_paths() {
    let t = Test::new();
    liam(&t).stderr_has("note: prepare.evidence[2].fact: \"everyone thinks\" is what others are said to feel (and \"his attitude\", \"toxic\" judge too)");
    let out = t
        .plan([
            "summary",
            "liam",
            "--no-input",
            "--set",
            "outcome.agreed=false",
        ])
        .today("2026-12-02")
        .succeeds()
        .stderr_has("is left out of what you discussed: \"everyone thinks\"");
    let followup = out.stdout;
    assert!(
        followup.contains("In the 17 Nov review you said the plan was rubbish."),
        "{followup}"
    );
    assert!(!followup.contains("toxic"), "{followup}");
    assert!(!followup.contains("Liam said"), "{followup}");
    // The method's order: why we met, then what we talked about.
    let why = followup.find("## Why we met").unwrap();
    let what = followup.find("## What we talked about").unwrap();
    assert!(why < what, "{followup}");
}

#[test]
fn shareable_words_are_checked_before_the_follow_up_goes_out() {
    let t = Test::new();
    liam(&t);
    t.plan([
        "summary",
        "liam",
        "--no-input",
        "--set",
        "outcome.agreed=false",
        "--set",
        "outcome.fallback=expect",
        "--set",
        "outcome.expectation=Stop being so negative in reviews.",
        "--set",
        "outcome.consequence=A written warning if plans are called rubbish again.",
    ])
    .today("2026-12-02")
    .succeeds()
    .stderr_has("note: outcome.expectation: \"so negative\" is a verdict");
    let found = findings(&t, "plans/liam.toml");
    assert!(
        found
            .iter()
            .any(|(rule, key, _)| rule == "judgement-in-follow-up" && key == "outcome.expectation"),
        "{found:?}"
    );
    // The fact kept as written is marked in the brief, as a kept question is.
    let brief = t.plan(["render", "liam"]).output().stdout;
    assert!(
        brief.contains("kept as written; coaching note: a judgement"),
        "{brief}"
    );
}

#[test]
fn every_class_of_judgement_and_question_is_a_finding() {
    let t = Test::new();
    let facts = [
        "She wanted to embarrass me in front of the client.",
        "The pitch on 3 May was a disaster.",
        "She plays favourites with the rota.",
        "The team has lost all confidence in him.",
    ];
    let literal = [
        "IT confirmed by email that his login was never activated (ticket 5521).",
        "He ticked the careless-handling box on 7 of the 9 forms.",
        "On 3 May he said \"this is a joke\" in the stand-up.",
    ];
    let questions = [
        ("What possessed you to send it?", "why-question"),
        ("Mike - did you send it?", "closed-question"),
        ("So you're saying it was fine?", "closed-question"),
        ("Any questions?", "closed-question"),
        ("Dont you think it was late?", "closed-question"),
        (
            "How would you explain to the customer why the order is late?",
            "",
        ),
        ("Do you mind walking me through the week?", ""),
    ];
    let mut text = String::from("schema = 1\nstatus = \"draft\"\n[explore]\nquestions = [\n");
    for (q, _) in questions {
        text.push_str(&format!("  {q:?},\n"));
    }
    text.push_str("]\n");
    for f in facts.iter().chain(literal.iter()).chain(["y"].iter()) {
        text.push_str(&format!(
            "[[prepare.evidence]]\nfact = {f:?}\nsource = \"seen\"\n"
        ));
    }
    t.write("p.toml", text);
    let found = findings(&t, "p.toml");
    let rule_of = |key: &str| -> Vec<&str> {
        found
            .iter()
            .filter(|(_, k, _)| k == key)
            .map(|(r, _, _)| r.as_str())
            .collect()
    };
    for i in 1..=facts.len() {
        let key = format!("prepare.evidence[{i}].fact");
        assert_eq!(rule_of(&key), ["judgement-in-fact"], "{key}: {found:?}");
    }
    for i in facts.len() + 1..=facts.len() + literal.len() {
        let key = format!("prepare.evidence[{i}].fact");
        assert!(rule_of(&key).is_empty(), "{key}: {found:?}");
    }
    let junk = format!("prepare.evidence[{}].fact", facts.len() + literal.len() + 1);
    assert_eq!(rule_of(&junk), ["not-an-answer"], "{found:?}");
    for (i, (q, rule)) in questions.iter().enumerate() {
        let key = format!("explore.questions[{}]", i + 1);
        let rules = rule_of(&key);
        if rule.is_empty() {
            assert!(rules.is_empty(), "{q}: {rules:?}");
        } else {
            assert!(rules.contains(rule), "{q}: {rules:?}");
        }
    }
}

#[test]
fn one_sentence_gives_one_finding_on_every_path() {
    let t = Test::new();
    let fact = "Her reports are always sloppy.";
    let set = format!(r#"prepare.evidence={{ fact = "{fact}", source = "seen" }}"#);
    // plan new --no-input
    let new = t
        .plan(["new", "p", "--no-input", "--set", &set])
        .succeeds()
        .stderr;
    let note = new
        .lines()
        .find(|l| l.starts_with("note: prepare.evidence[1].fact: "))
        .unwrap_or_else(|| panic!("{new}"))
        .trim_start_matches("note: prepare.evidence[1].fact: ")
        .to_string();
    // plan edit --no-input, adding the same sentence as a second fact
    let add = format!(r#"prepare.evidence={{ fact = "{fact}", source = "heard" }}"#);
    t.plan(["edit", "p", "--no-input", "--add", &add])
        .succeeds()
        .stderr_has(format!("note: prepare.evidence[2].fact: {note}"));
    // plan check
    let found = findings(&t, "plans/p.toml");
    let (rule, _, message) = found
        .iter()
        .find(|(_, k, _)| k == "prepare.evidence[1].fact")
        .unwrap();
    assert_eq!(rule, "judgement-in-fact");
    assert!(
        note.to_lowercase().starts_with(&message.to_lowercase()),
        "{note} / {message}"
    );
    // The wizard shows the same note: see
    // pty::one_sentence_gets_one_finding_from_the_wizard_no_input_edit_and_check.
    assert!(note.contains("\"sloppy\" is a verdict"), "{note}");
}

#[test]
fn a_suggested_rewrite_never_keeps_an_absolute() {
    let t = Test::new();
    t.write(
        "q.toml",
        "schema = 1\n[explore]\nquestions = [\"Why are your reviews always late?\", \"Why are you late?\", \"Did you read my email?\"]\n",
    );
    let json = t
        .plan(["check", "q.toml", "--format", "json"])
        .output()
        .stdout;
    let line = |n: usize| {
        json.lines()
            .find(|l| l.contains(&format!("\"explore.questions[{n}]\"")))
            .unwrap_or_else(|| panic!("{json}"))
            .to_string()
    };
    assert!(line(1).contains("why-question"), "{json}");
    assert!(!line(1).contains("always"), "{}", line(1));
    assert!(!line(2).contains("What has you late"), "{}", line(2));
    assert!(
        line(3).contains("try: \\\"What did you make of my email?\\\""),
        "{}",
        line(3)
    );
}

#[test]
fn planned_words_reach_them_written_to_them_and_requests_may_say_always() {
    let t = Test::new();
    liam(&t);
    t.plan([
        "edit",
        "liam",
        "--no-input",
        "--set",
        "summarize.fallback=expect",
        "--set",
        "summarize.expectation=Liam always logs the fridge at 08:00 and 20:00.",
        "--set",
        "summarize.consequence=He goes onto a written improvement plan.",
    ])
    .succeeds();
    let out = t
        .plan([
            "summary",
            "liam",
            "--no-input",
            "--set",
            "outcome.agreed=false",
            "--set",
            "outcome.their_view=You were defensive as usual.",
        ])
        .today("2026-12-02")
        .succeeds();
    let stderr = out.stderr;
    let followup = out.stdout;
    // Written to Liam, and "always" is the point of an expectation.
    assert!(
        followup.contains("You always log the fridge at 08:00 and 20:00."),
        "{followup}"
    );
    assert!(!stderr.contains("outcome.expectation:"), "{stderr}");
    // Their view may give their reasons, never the user's verdict on them.
    assert!(
        stderr.contains("note: outcome.their_view: \"defensive\" is a verdict"),
        "{stderr}"
    );
}

#[test]
fn someone_else_in_a_fact_is_never_made_you() {
    let t = Test::new();
    t.plan([
            "new",
            "liam",
            "--no-input",
            "--set",
            "meeting.with=Liam Hart",
            "--set",
            r#"prepare.evidence={ fact = "On 3 Nov Liam spoke to the patient for 2 minutes and she cried.", source = "seen" }"#,
            "--set",
            r#"prepare.evidence={ fact = "On 3 Nov the chef left at 21:00. He had not cleaned the 2 fryers.", source = "seen" }"#,
        ]).today("2026-11-30")
        .succeeds();
    let out = t
        .plan([
            "summary",
            "liam",
            "--no-input",
            "--set",
            "outcome.agreed=false",
        ])
        .today("2026-12-02")
        .succeeds();
    let followup = out.stdout;
    assert!(!followup.contains("you cried"), "{followup}");
    assert!(!followup.contains("You had not cleaned"), "{followup}");
    let stderr = out.stderr;
    assert!(stderr.contains("Left as written"), "{stderr}");
}
