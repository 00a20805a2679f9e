//! The wizard run through, question kind by question kind: what is asked,
//! saved, resumed and offered back.

use super::*;
use crate::ask::lists::planned_entries;
use crate::ask::question::{DURATION, ENOUGH_TIME, ask_question};
use crate::ask::replay::{Replay as Script, Reply};
use crate::dates::wording;
use crate::error::Error;
use crate::questions::answer as value;
use crate::questions::catalogue::{self, PLANNING};
use toml_edit::{Item, Table};

fn t(s: &str) -> Reply {
    Reply::Text(s.into())
}

/// Ask the one question `id` of a new plan with the script's replies.
fn ask_one(script: &mut Script, id: &str) -> EditablePlan {
    let mut doc = EditablePlan::new_plan();
    let q = catalogue::find(id).unwrap();
    run(
        script,
        &mut doc,
        std::slice::from_ref(q),
        false,
        false,
        &mut |_| Ok(()),
    )
    .unwrap();
    doc
}

fn quick_script() -> Vec<Reply> {
    vec![
        t("Sam Lee"),
        t("2026-11-28 10:00"),
        t("We trust each other's estimates again"),
        // evidence: fact, source, date, then an empty fact ends the list
        t("Report due 3 Nov arrived 10 Nov"),
        Reply::Pick(2),
        t("2026-11-10"),
        t(""),
        t("We both want the launch to land well"),
        // questions: a why question, rewritten by hand; then an open one
        t("Why was the report late?"),
        Reply::Pick(1),
        t("What got in the way of the report?"),
        t("How can I help you plan the next one?"),
        t(""),
        Reply::Pick(0),
        t("Reports arrive on the agreed date, or you flag it two days ahead"),
        t("It becomes a formal performance conversation"),
    ]
}

#[test]
fn quick_mode_asks_the_essentials_and_saves_each_answer() {
    let mut script = Script::new(quick_script());
    let mut doc = EditablePlan::new_plan();
    let mut saves = 0;
    let asked = run(&mut script, &mut doc, PLANNING, true, false, &mut |_| {
        saves += 1;
        Ok(())
    })
    .unwrap();
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert_eq!(asked, 9);
    assert!(saves >= asked, "saved {saves} times for {asked} answers");
    let plan = doc.typed().unwrap();
    assert_eq!(plan.meeting.with.as_deref(), Some("Sam Lee"));
    assert_eq!(plan.prepare.evidence.len(), 1);
    assert_eq!(plan.prepare.evidence[0].source.value(), "written");
    assert_eq!(
        plan.explore.questions,
        [
            "What got in the way of the report?",
            "How can I help you plan the next one?"
        ]
    );
    assert_eq!(plan.summarize.fallback.map(|f| f.value()), Some("expect"));
    assert!(plan.summarize.escalation_why.is_none());
    assert!(script.transcript.iter().any(|l| l.contains("accusation")));
    assert!(script.transcript.iter().any(|l| l.starts_with("# Prepare")));
}

#[test]
fn a_bank_takes_picks_then_the_users_own() {
    let mut script = Script::new([
        Reply::Picks(vec![0, 2]),
        t("What would make next month easier?"),
        t(""),
    ]);
    let doc = ask_one(&mut script, "summarize.questions");
    let bank = catalogue::WAY_FORWARD;
    assert_eq!(
        doc.typed().unwrap().summarize.questions,
        [bank[0], bank[2], "What would make next month easier?"]
    );
}

#[test]
fn the_proposed_rewrite_is_one_key_away() {
    let mut script = Script::new([
        t("Did you read my email?"),
        Reply::Pick(0),
        t("Why didn't you tell anyone?"),
        Reply::Pick(0),
        t(""), // an empty answer ends the list
    ]);
    let doc = ask_one(&mut script, "explore.questions");
    assert_eq!(
        doc.typed().unwrap().explore.questions,
        [
            "What did you make of my email?",
            "What made it hard to tell anyone?"
        ]
    );
}

#[test]
fn a_flagged_question_can_be_kept() {
    let mut script = Script::new([
        t("Did you see my email?"),
        Reply::Pick(2),
        t("What do you make of it?"),
        t(""),
    ]);
    let doc = ask_one(&mut script, "explore.questions");
    assert_eq!(
        doc.typed().unwrap().explore.questions,
        ["Did you see my email?", "What do you make of it?"]
    );
}

#[test]
fn bad_answers_are_asked_again_with_the_reason() {
    let mut script = Script::new([t("Ana"), t("friday week"), t("2026-12-04")]);
    let mut doc = EditablePlan::new_plan();
    let qs: Vec<Question> = PLANNING.iter().take(2).copied().collect();
    run(&mut script, &mut doc, &qs, false, false, &mut |_| Ok(())).unwrap();
    assert!(
        script
            .transcript
            .iter()
            .any(|l| l.contains("2026-11-28 14:30"))
    );
    // The prompt refused it, with the reason, rather than a note after the fact.
    assert!(
        script
            .transcript
            .iter()
            .any(|l| l.starts_with("  ✘ That doesn't fit")),
        "{:#?}",
        script.transcript
    );
    // What was understood is said back.
    assert!(
        script
            .transcript
            .iter()
            .any(|l| l.contains("That is Friday 4 December 2026."))
    );
    assert_eq!(
        doc.get("meeting.when")
            .unwrap()
            .as_datetime()
            .unwrap()
            .to_string(),
        "2026-12-04"
    );
}

#[test]
fn required_answers_cannot_be_skipped() {
    let mut script = Script::new([t(""), t("Ana")]);
    let mut doc = EditablePlan::new_plan();
    let qs: Vec<Question> = PLANNING.iter().take(1).copied().collect();
    run(&mut script, &mut doc, &qs, false, false, &mut |_| Ok(())).unwrap();
    assert!(
        script
            .transcript
            .iter()
            .any(|l| l.contains("needs an answer"))
    );
}

#[test]
fn resume_skips_what_is_answered_and_finishes_short_lists() {
    let mut doc = EditablePlan::new_plan();
    doc.set("meeting.with", toml_edit::value("Sam"));
    doc.set("explore.questions", value::list(&["What happened?".into()]));
    let q = catalogue::find("explore.questions").unwrap();
    let with = catalogue::find("meeting.with").unwrap();
    assert!(doc.complete(with));
    assert!(
        !doc.complete(q),
        "one question is short of the minimum of two"
    );
    let mut script = Script::new([t("How do you see it?"), t("")]);
    run(
        &mut script,
        &mut doc,
        &[*with, *q],
        false,
        false,
        &mut |_| Ok(()),
    )
    .unwrap();
    assert_eq!(doc.typed().unwrap().explore.questions.len(), 2);
}

#[test]
fn escalation_branch_asks_its_own_questions() {
    let qs: Vec<Question> = PLANNING
        .iter()
        .filter(|q| q.id.starts_with("summarize.") && q.quick)
        .copied()
        .collect();
    let mut script = Script::new([
        Reply::Pick(1),
        t("Third missed date"),
        t("HR joins the next meeting"),
    ]);
    let mut doc = EditablePlan::new_plan();
    run(&mut script, &mut doc, &qs, true, false, &mut |_| Ok(())).unwrap();
    let plan = doc.typed().unwrap();
    assert_eq!(
        plan.summarize.escalation_why.as_deref(),
        Some("Third missed date")
    );
    assert!(plan.summarize.expectation.is_none());
}

#[test]
fn a_declined_record_list_is_kept_and_not_asked_again() {
    let q = catalogue::find("safety.contrasting").unwrap();
    let apology = catalogue::find("safety.apology").unwrap();
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([t(""), t("")]);
    run(
        &mut script,
        &mut doc,
        &[*q, *apology],
        false,
        false,
        &mut |_| Ok(()),
    )
    .unwrap();
    assert!(
        doc.to_toml().contains("contrasting = []"),
        "{}",
        doc.to_toml()
    );
    // Read back from the file, a resume asks nothing.
    let mut again = EditablePlan::from_document(doc.to_toml().parse().unwrap());
    let mut none = Script::new([]);
    let asked = run(
        &mut none,
        &mut again,
        &[*q, *apology],
        false,
        false,
        &mut |_| Ok(()),
    )
    .unwrap();
    assert_eq!(asked, 0);
}

#[test]
fn resume_returns_to_a_list_left_part_way() {
    let evidence = catalogue::find("prepare.evidence").unwrap();
    let space = catalogue::find("prepare.space_booked").unwrap();
    let mut doc = EditablePlan::new_plan();
    let mut fact = Table::new();
    fact.insert("fact", toml_edit::value("Late twice"));
    fact.insert("source", toml_edit::value("seen"));
    doc.set(evidence.id, value::records(vec![fact]));
    // One fact meets the minimum, but nothing after the list is answered yet.
    let mut script = Script::new([
        t("Missed the review"),
        Reply::Pick(0),
        t(""),
        t(""),
        Reply::No,
    ]);
    run(
        &mut script,
        &mut doc,
        &[*evidence, *space],
        false,
        false,
        &mut |_| Ok(()),
    )
    .unwrap();
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert_eq!(doc.typed().unwrap().prepare.evidence.len(), 2);
    // Once a later question is answered, the list is done.
    let mut none = Script::new([]);
    assert_eq!(
        run(
            &mut none,
            &mut doc,
            &[*evidence, *space],
            false,
            false,
            &mut |_| Ok(())
        )
        .unwrap(),
        0
    );
}

#[test]
fn not_enough_time_offers_to_move_the_meeting() {
    let time = catalogue::find("prepare.enough_time").unwrap();
    // Moved, in words, and confirmed: the new time is kept and the time is enough.
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([
        Reply::No,
        Reply::Pick(0),
        t("2026-12-03 14:00"),
        t(""), // the length, kept
        Reply::Yes,
    ]);
    run(&mut script, &mut doc, &[*time], false, false, &mut |_| {
        Ok(())
    })
    .unwrap();
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    let plan = doc.typed().unwrap();
    assert_eq!(plan.prepare.enough_time, Some(true));
    assert_eq!(
        plan.meeting.when.map(|w| w.to_string()).as_deref(),
        Some("2026-12-03T14:00:00")
    );
    // Kept as booked: the answer stays no and the date is untouched.
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([Reply::No, Reply::Pick(1)]);
    run(&mut script, &mut doc, &[*time], false, false, &mut |_| {
        Ok(())
    })
    .unwrap();
    assert_eq!(script.remaining(), 0);
    assert_eq!(doc.typed().unwrap().prepare.enough_time, Some(false));
    assert!(doc.get("meeting.when").is_none());
    // A yes asks nothing more.
    let mut script = Script::new([Reply::Yes]);
    run(
        &mut script,
        &mut doc,
        &[*time],
        false,
        true,
        &mut |_| Ok(()),
    )
    .unwrap();
    assert_eq!(script.remaining(), 0);
}

#[test]
fn planned_actions_start_the_agreed_ones() {
    let actions = catalogue::find("outcome.actions").unwrap();
    let mut doc = EditablePlan::new_plan();
    doc.set(
        "summarize.actions",
        value::list(&["Agenda a day ahead".into(), "Weekly check".into()]),
    );
    doc.set("outcome.agreed", toml_edit::value(true));
    let mut script = Script::new([
        Reply::Picks(vec![1]), // only the weekly check was agreed
        t("Weekly check-in"),  // its words changed
        t("Both of us"),
        t(""),
        Reply::Pick(1), // the list editor: add one
        t("Notes shared after"),
        t("Sam"),
        t(""),
        t(""),
        Reply::Pick(3), // done
    ]);
    run(
        &mut script,
        &mut doc,
        &[*actions],
        false,
        false,
        &mut |_| Ok(()),
    )
    .unwrap();
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert!(
        script
            .transcript
            .iter()
            .any(|l| l == "  [initial: Weekly check]"),
        "{:#?}",
        script.transcript
    );
    let plan = doc.typed().unwrap();
    let what: Vec<&str> = plan
        .outcome
        .actions
        .iter()
        .map(|a| a.what.as_str())
        .collect();
    assert_eq!(what, ["Weekly check-in", "Notes shared after"]);
    // Once answered, nothing is offered again.
    assert!(planned_entries(&doc, actions).is_none());
}

#[test]
fn a_yes_no_answer_can_be_changed() {
    let space = catalogue::find("prepare.space_booked").unwrap();
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([Reply::Yes]);
    run(&mut script, &mut doc, &[*space], false, false, &mut |_| {
        Ok(())
    })
    .unwrap();
    assert_eq!(doc.typed().unwrap().prepare.space_booked, Some(true));
    let mut script = Script::new([Reply::No]);
    run(&mut script, &mut doc, &[*space], false, true, &mut |_| {
        Ok(())
    })
    .unwrap();
    assert_eq!(doc.typed().unwrap().prepare.space_booked, Some(false));
}

#[test]
fn a_judging_fact_gets_a_note_and_can_be_rewritten_or_kept() {
    let mut script = Script::new([
        t("You are always late with reports"),
        Reply::Pick(0),
        t("The report due 3 Nov arrived on 10 Nov"),
        Reply::Pick(2),
        t(""),
        t("Everyone thinks you are careless"),
        Reply::Pick(1),
        Reply::Pick(0),
        t(""),
        t(""),
    ]);
    let doc = ask_one(&mut script, "prepare.evidence");
    let facts: Vec<String> = doc
        .typed()
        .unwrap()
        .prepare
        .evidence
        .into_iter()
        .map(|e| e.fact)
        .collect();
    assert_eq!(
        facts,
        [
            "The report due 3 Nov arrived on 10 Nov",
            "Everyone thinks you are careless"
        ]
    );
    assert!(
        script
            .transcript
            .iter()
            .any(|l| l.contains("\"always\" is a habit claimed without a count")),
        "{:#?}",
        script.transcript
    );
}

#[test]
fn revising_an_outcome_without_actions_starts_from_the_planned_ones() {
    let mut doc = EditablePlan::new_plan();
    doc.set("outcome.agreed", toml_edit::value(true));
    doc.set(
        "summarize.actions",
        value::list(&["Weekly planning check".into(), "Flag risks early".into()]),
    );
    let q = catalogue::find("outcome.actions").unwrap();
    let mut script = Script::new([
        Reply::Picks(vec![1]),
        t("Flag risks early"),
        t("Jordan"),
        t(""),
        Reply::Pick(2), // the list editor: done
    ]);
    let asked = run(
        &mut script,
        &mut doc,
        std::slice::from_ref(q),
        false,
        true,
        &mut |_| Ok(()),
    )
    .unwrap();
    assert_eq!(asked, 1);
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert!(
        script
            .transcript
            .iter()
            .any(|l| l.contains("Which of the actions you planned were agreed?")),
        "{:#?}",
        script.transcript
    );
    let actions = doc.typed().unwrap().outcome.actions;
    assert_eq!(actions.len(), 1, "{}", doc.to_toml());
    assert_eq!(actions[0].what, "Flag risks early");
    assert_eq!(actions[0].owner, "Jordan");
}

/// Ask `qs` of `doc` with the script's replies; the error, if any.
fn ask_these(script: &mut Script, doc: &mut EditablePlan, ids: &[&str]) -> Result<usize> {
    let qs: Vec<Question> = ids.iter().map(|id| *catalogue::find(id).unwrap()).collect();
    run(script, doc, &qs, false, false, &mut |_| Ok(()))
}

fn has(script: &Script, text: &str) -> bool {
    script.transcript.iter().any(|l| l.contains(text))
}

#[test]
fn the_greeting_starts_from_the_first_name() {
    let mut doc = EditablePlan::new_plan();
    doc.set("meeting.with", toml_edit::value("Daniel Okoro"));
    let mut script = Script::new([t("Daniel")]);
    ask_these(&mut script, &mut doc, &["meeting.greeting"]).unwrap();
    assert!(
        has(&script, "[initial: Daniel]"),
        "{:#?}",
        script.transcript
    );
    // Revising a greeting left empty starts from the first name too; a
    // greeting of their own starts from itself.
    doc.set("meeting.greeting", toml_edit::value(""));
    let greeting = catalogue::find("meeting.greeting").unwrap();
    let mut script = Script::new([t("Daniel")]);
    ask_question(&mut script, &mut doc, greeting, true, &mut |_| Ok(())).unwrap();
    assert!(
        has(&script, "[initial: Daniel]"),
        "{:#?}",
        script.transcript
    );
    doc.set("meeting.greeting", toml_edit::value("Dr Okoro"));
    let mut script = Script::new([t("Dr Okoro")]);
    ask_question(&mut script, &mut doc, greeting, true, &mut |_| Ok(())).unwrap();
    assert!(
        has(&script, "[initial: Dr Okoro]"),
        "{:#?}",
        script.transcript
    );
    // With no name yet, nothing is filled in.
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([t("")]);
    ask_these(&mut script, &mut doc, &["meeting.greeting"]).unwrap();
    assert!(!has(&script, "[initial:"), "{:#?}", script.transcript);
}

#[test]
fn enough_time_starts_from_the_minutes_booked() {
    for (minutes, default) in [
        (Some(45), "yes"),
        (Some(30), "yes"),
        (Some(29), "no"),
        (Some(10), "no"),
        (None, "no"),
    ] {
        let mut doc = EditablePlan::new_plan();
        if let Some(m) = minutes {
            doc.set(DURATION, toml_edit::value(m));
        }
        let mut script = Script::new([Reply::Yes]);
        ask_these(&mut script, &mut doc, &[ENOUGH_TIME]).unwrap();
        assert!(
            has(&script, &format!("[default: {default}]")),
            "{minutes:?}: {:#?}",
            script.transcript
        );
    }
}

#[test]
fn moving_the_meeting_asks_the_new_length_from_the_current_one() {
    let mut doc = EditablePlan::new_plan();
    doc.set(DURATION, toml_edit::value(20));
    let mut script = Script::new([
        Reply::No,
        Reply::Pick(0),
        t("2026-12-03 14:00"),
        t("45"),
        Reply::Yes,
    ]);
    ask_these(&mut script, &mut doc, &[ENOUGH_TIME]).unwrap();
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert!(has(&script, "? How many minutes have you booked?"));
    assert!(has(&script, "[initial: 20]"), "{:#?}", script.transcript);
    // "Enough now?" starts from the new length.
    let asked = script
        .transcript
        .iter()
        .position(|l| l.contains("enough time booked now"))
        .unwrap();
    assert_eq!(script.transcript[asked - 1], "  [default: yes]");
    let plan = doc.typed().unwrap();
    assert_eq!(plan.meeting.duration_minutes, Some(45));
    assert_eq!(plan.prepare.enough_time, Some(true));
}

#[test]
fn the_day_it_took_place_names_the_planned_day() {
    let today = crate::dates::today();
    for (offset, said) in [
        (3, "it took place early, so today is filled in"),
        (-3, "if it took place then"),
    ] {
        let mut doc = EditablePlan::new_plan();
        let day = today + chrono::Duration::days(offset);
        doc.set(
            "meeting.when",
            toml_edit::value(crate::dates::from_date(day).unwrap()),
        );
        let mut script = Script::new([t(&today.to_string())]);
        ask_these(&mut script, &mut doc, &["outcome.held_on"]).unwrap();
        assert!(has(&script, said), "{:#?}", script.transcript);
        assert!(has(&script, &format!("[initial: {today}]")));
    }
}

#[test]
fn ctrl_c_mid_fact_keeps_what_was_typed_as_a_draft() {
    let mut doc = EditablePlan::new_plan();
    let mut saved = Vec::new();
    let mut script = Script::new([t("Missed the review on 3 Nov"), Reply::CtrlC]);
    let qs = [*catalogue::find("prepare.evidence").unwrap()];
    let err = run(&mut script, &mut doc, &qs, false, false, &mut |d| {
        saved.push(d.to_toml());
        Ok(())
    })
    .unwrap_err();
    assert!(matches!(err, Error::Interrupted { .. }));
    let last = saved.last().expect("the draft was saved");
    assert!(last.contains("[[draft]]"), "{last}");
    assert!(last.contains("question = \"prepare.evidence\""), "{last}");
    assert!(
        last.contains("fact = \"Missed the review on 3 Nov\""),
        "{last}"
    );
    // Not an answer: the plan reads, with no facts, and loads back.
    let back = crate::planfile::load::parse(
        std::path::Path::new("p.toml"),
        last,
        crate::planfile::FileKind::Plan,
    )
    .unwrap();
    assert!(back.typed().unwrap().prepare.evidence.is_empty());
    assert!(!back.answered("prepare.evidence"));
    assert_eq!(back.drafts().len(), 1);

    // Resumed: offered back first; completed from what was typed.
    let mut doc = back;
    let mut script = Script::new([
        Reply::Pick(0),                  // complete it now
        t("Missed the review on 3 Nov"), // the fact, as typed
        Reply::Pick(1),                  // heard
        t(""),                           // no date
        t(""),                           // the list ends
    ]);
    ask_these(&mut script, &mut doc, &["prepare.evidence"]).unwrap();
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert!(
        has(
            &script,
            "You stopped part way through a fact: Missed the review on 3 Nov"
        ),
        "{:#?}",
        script.transcript
    );
    assert!(has(&script, "[initial: Missed the review on 3 Nov]"));
    let facts = doc.typed().unwrap().prepare.evidence;
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].fact, "Missed the review on 3 Nov");
    assert_eq!(facts[0].source.value(), "heard");
    assert!(doc.drafts().is_empty());
    assert!(!doc.to_toml().contains("[[draft]]"), "{}", doc.to_toml());
}

/// A record part way is on disk after every field, however Ctrl-C
/// lands; once whole it becomes an entry in the same write.
#[test]
fn a_record_part_way_is_saved_as_a_draft_after_every_field() {
    let mut doc = EditablePlan::new_plan();
    let mut saved = Vec::new();
    let mut script = Script::new([t("Late twice"), Reply::Pick(0), t(""), t("")]);
    let qs = [*catalogue::find("prepare.evidence").unwrap()];
    run(&mut script, &mut doc, &qs, false, false, &mut |d| {
        saved.push(d.to_toml());
        Ok(())
    })
    .unwrap();
    assert!(
        saved[0].contains("[[draft]]") && saved[0].contains("fact = \"Late twice\""),
        "{}",
        saved[0]
    );
    assert!(!saved[0].contains("[[prepare.evidence]]"));
    assert!(saved[1].contains("[[prepare.evidence]]"), "{}", saved[1]);
    assert!(!saved[1].contains("[[draft]]"), "{}", saved[1]);
    assert!(doc.drafts().is_empty());
}

#[test]
fn a_draft_can_be_kept_for_later_or_dropped() {
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([t("I don't think you're careless"), Reply::CtrlC]);
    let ids = ["safety.contrasting", "safety.apology"];
    assert!(ask_these(&mut script, &mut doc, &ids).is_err());
    assert_eq!(doc.drafts().len(), 1);
    // Kept: the list is asked as usual, and the draft stays.
    let mut script = Script::new([Reply::Pick(1), t(""), t("")]);
    ask_these(&mut script, &mut doc, &ids).unwrap();
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert!(has(
        &script,
        "through a don't/do pair: I don't think you're careless"
    ));
    assert_eq!(doc.drafts().len(), 1);
    // The list is done, yet the draft is offered again; dropped, it is gone.
    let mut script = Script::new([Reply::Pick(2)]);
    assert_eq!(ask_these(&mut script, &mut doc, &ids).unwrap(), 1);
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert!(doc.drafts().is_empty());
    assert!(doc.typed().unwrap().safety.contrasting.is_empty());
    // Nothing more to offer.
    let mut script = Script::new([]);
    assert_eq!(ask_these(&mut script, &mut doc, &ids).unwrap(), 0);
}

#[test]
fn ctrl_c_at_the_coaching_of_a_fact_keeps_the_fact_as_typed() {
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([t("You are always late with reports"), Reply::CtrlC]);
    assert!(ask_these(&mut script, &mut doc, &["prepare.evidence"]).is_err());
    assert!(
        has(&script, "? What would you like to do?"),
        "{:#?}",
        script.transcript
    );
    let drafts = doc.drafts();
    assert_eq!(
        drafts[0].entry.get("fact").and_then(Item::as_str),
        Some("You are always late with reports")
    );
}

#[test]
fn ctrl_c_while_completing_a_draft_keeps_it_with_what_was_typed() {
    let mut doc = EditablePlan::new_plan();
    let mut script = Script::new([t("Late twice"), Reply::CtrlC]);
    assert!(ask_these(&mut script, &mut doc, &["prepare.evidence"]).is_err());
    let mut script = Script::new([Reply::Pick(0), t("Late twice in November"), Reply::CtrlC]);
    assert!(ask_these(&mut script, &mut doc, &["prepare.evidence"]).is_err());
    let drafts = doc.drafts();
    assert_eq!(drafts.len(), 1, "one draft, updated");
    assert_eq!(
        drafts[0].entry.get("fact").and_then(Item::as_str),
        Some("Late twice in November")
    );
    // A whole record is an entry, not a draft: Ctrl-C at its optional date.
    let mut script = Script::new([
        Reply::Pick(0),
        t("Late twice"),
        Reply::Pick(0),
        Reply::CtrlC,
    ]);
    assert!(ask_these(&mut script, &mut doc, &["prepare.evidence"]).is_err());
    assert!(doc.drafts().is_empty(), "{}", doc.to_toml());
    assert_eq!(doc.typed().unwrap().prepare.evidence.len(), 1);
}

#[test]
fn an_agreed_action_from_a_planned_one_is_kept_when_interrupted() {
    let mut doc = EditablePlan::new_plan();
    doc.set("summarize.actions", value::list(&["Weekly check".into()]));
    doc.set("outcome.agreed", toml_edit::value(true));
    // The planned words kept, the owner given, Ctrl-C at the due date:
    // the action is whole, so it is saved as one.
    let mut script = Script::new([
        Reply::Picks(vec![0]),
        t("Weekly check"),
        t("Sam"),
        Reply::CtrlC,
    ]);
    assert!(ask_these(&mut script, &mut doc, &["outcome.actions"]).is_err());
    assert_eq!(
        doc.typed().unwrap().outcome.actions.len(),
        1,
        "{}",
        doc.to_toml()
    );
    assert!(doc.drafts().is_empty());
    // Ctrl-C at the owner: what was typed is a draft; the planned words alone are not.
    let mut doc = EditablePlan::new_plan();
    doc.set("summarize.actions", value::list(&["Weekly check".into()]));
    doc.set("outcome.agreed", toml_edit::value(true));
    let mut script = Script::new([Reply::Picks(vec![0]), Reply::CtrlC]);
    assert!(ask_these(&mut script, &mut doc, &["outcome.actions"]).is_err());
    assert!(doc.drafts().is_empty(), "{}", doc.to_toml());
    let mut script = Script::new([Reply::Picks(vec![0]), t("Weekly check-in"), Reply::CtrlC]);
    assert!(ask_these(&mut script, &mut doc, &["outcome.actions"]).is_err());
    assert_eq!(
        doc.drafts()[0].entry.get("what").and_then(Item::as_str),
        Some("Weekly check-in")
    );
}

#[test]
fn a_list_too_short_says_what_it_needs_in_words() {
    let mut script = Script::new([t("What happened?"), t(""), t("How do you see it?"), t("")]);
    let mut doc = EditablePlan::new_plan();
    // The prompt refuses the empty answer with the noun, not "2 here".
    assert_eq!(
        ask_these(&mut script, &mut doc, &["explore.questions"]).unwrap(),
        1
    );
    assert_eq!(script.remaining(), 0, "{:#?}", script.transcript);
    assert_eq!(
        doc.typed().unwrap().explore.questions,
        ["What happened?", "How do you see it?"]
    );
    assert!(
        has(&script, "Add at least 2 questions here to go on."),
        "{:#?}",
        script.transcript
    );
    assert_eq!(
        wording::count(1, catalogue::find("prepare.evidence").unwrap().entries),
        "1 fact"
    );
}
