use super::*;
use crate::error::ShowPath;

fn rules(q: &str) -> Vec<&'static str> {
    question_flags(q)
        .iter()
        .map(|f| crate::check::coach::Rule::of(f.rule).id)
        .collect()
}

#[test]
fn why_anywhere_but_not_in_names() {
    for q in [
        "Why did you miss it?",
        "Tell me why you skipped the review.",
        "What happened, and why didn't you tell anyone?",
        "I'd like to understand why the date moved.",
        "  so, WHY?",
        "Why’s it red?",
    ] {
        assert!(is_why(q), "{q}");
    }
    for q in [
        "What did Mr Whyte say?",
        "How did Whyte's team take it?",
        "What did you mean when you said \"why bother\"?",
        "What happened?",
    ] {
        assert!(!is_why(q), "{q}");
    }
}

#[test]
fn closed_openers_and_tags() {
    for q in [
        "Did you know the deadline?",
        "Is everything OK?",
        "Don't you think so?",
        "don’t you see it?",
        "But are you happy here?",
        "Isn't it time?",
        "You saw it, right?",
        "It was late, wasn't it?",
        "Keep it short, OK?",
        "Sam, did you get it?",
        "When it slipped, did you say?",
        "Could you tell me whether you got it?",
        "Can you do better?",
    ] {
        assert!(is_closed(q), "{q}");
    }
}

#[test]
fn polite_requests_and_lookalikes_are_open() {
    for q in [
        "Could you walk me through what happened?",
        "Can you tell me more about the call?",
        "Would you talk me through it?",
        "Would you mind telling me more?",
        "Can I ask what happened?",
        "What do you need?",
        "How do you see it?",
        "Isabel's handover: how did it go?",
        "Do tell me more.",
        "What is right?",
        "",
        "?",
    ] {
        assert!(!is_closed(q), "{q}");
    }
}

#[test]
fn plain_what_and_how_questions_are_never_flagged() {
    for q in [
        "What happened on the 3rd?",
        "How do you see the last month?",
        "What would help?",
        "How can I help you plan the next one?",
        "What do you think, right now, about the plan?",
    ] {
        assert!(rules(q).is_empty(), "{q}: {:?}", rules(q));
    }
}

#[test]
fn rewrites_for_the_simple_patterns() {
    assert_eq!(
        rewrite_why("Why did you miss the deadline?").as_deref(),
        Some("What got in the way of the deadline?")
    );
    assert_eq!(
        rewrite_why("Why didn't you tell anyone?").as_deref(),
        Some("What made it hard to tell anyone?")
    );
    assert_eq!(
        rewrite_closed("Did you read my email?").as_deref(),
        Some("What did you make of my email?")
    );
    assert_eq!(
        rewrite_closed("Is there anything I can do?").as_deref(),
        Some("What can I do?")
    );
    assert_eq!(
        rewrite_closed("The report was late, wasn't it?").as_deref(),
        Some("The report was late. How do you see it?")
    );
    assert_eq!(rewrite_why("What made you say why?"), None);
}

/// Absolutes and labels, listed here apart from the rules' own lists so
/// the test does not check the rules against themselves.
const ABSOLUTES: &[&str] = &[
    "always",
    "never",
    "constantly",
    "every",
    "again",
    "repeatedly",
    "lazy",
    "careless",
    "rude",
    "sloppy",
    "useless",
    "rubbish",
    "ever",
    "bother",
    "bothered",
    "rudely",
    "carelessly",
    "mess",
    "lying",
];

/// Every `label<TAB>question` line of the tuning part's question files.
fn tuning_questions() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/tuning");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("questions.tsv"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no question files in {}", dir.shown());
    files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t').map(|(_, q)| q.to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Check one rewrite: unflagged, open, ends in "?", no absolute or label.
fn assert_clean_rewrite(question: &str, rewrite: &str) {
    assert!(
        question_flags(rewrite).is_empty(),
        "{question} -> {rewrite}"
    );
    let first = rewrite.split_whitespace().next().unwrap_or("");
    assert!(
        ["What", "How", "Which"].contains(&first) || rewrite.ends_with(". How do you see it?"),
        "{question} -> {rewrite}"
    );
    assert!(rewrite.ends_with('?'), "{question} -> {rewrite}");
    // Quoted words count too: a label repeated from what they wrote is
    // still a label.
    let lower = rewrite.to_lowercase();
    let words = words(&lower);
    assert!(
        !words.iter().any(|w| ABSOLUTES.contains(w)),
        "{question} -> {rewrite}"
    );
    assert!(
        !rewrite.to_lowercase().contains("every time"),
        "{question} -> {rewrite}"
    );
    assert_not_judged(question, rewrite);
}

/// The judgement rule finds nothing in what a rewrite says of its own
/// accord: the whole of a statement ("X. How do you see it?"), or else
/// each run of words the rewrite keeps from the question (the pattern's
/// own words, "What made it hard to…", are not a judgement of anyone). A
/// question about their own mind ("What else do you want to raise?") is
/// not a guess at it.
fn assert_not_judged(question: &str, rewrite: &str) {
    use crate::check::judgement::{Judgement, judgement};
    if let Some(statement) = rewrite.strip_suffix(" How do you see it?") {
        let found = judgement(statement);
        assert!(found.is_none(), "{question} -> {rewrite}: {found:?}");
        return;
    }
    let (question_lower, rewrite_lower) = (question.to_lowercase(), rewrite.to_lowercase());
    let q = words(&question_lower);
    let r = words(&rewrite_lower);
    let mut i = 0;
    while i < r.len() {
        // The longest run from i that the question holds, found naively.
        let n = (1..=r.len() - i)
            .rev()
            .find(|&n| q.windows(n).any(|w| w == &r[i..i + n]))
            .unwrap_or(0);
        if n > 0 {
            let run = r[i..i + n].join(" ");
            let found = judgement(&run).filter(|f| {
                !(f.kind == Judgement::Motive && f.words.starts_with("you ") && f.more.is_empty())
            });
            assert!(
                found.is_none(),
                "{question} -> {rewrite}: {run:?} {found:?}"
            );
        }
        i += n.max(1);
    }
}

#[test]
fn every_rewrite_of_the_tuning_set_is_a_clean_open_question() {
    let mut offered = 0;
    for q in tuning_questions() {
        for flag in question_flags(&q) {
            if let Some(r) = flag.rewrite {
                assert_clean_rewrite(&q, &r);
                offered += 1;
            }
        }
    }
    // Most flagged questions get a rewrite: the check is not vacuous.
    assert!(offered > 150, "only {offered} rewrites offered");
}

#[test]
fn reasons_demanded_without_the_word_why() {
    for q in [
        "What possessed you to say that to a relative?",
        "Whatever possessed him to do that?",
        "What were you thinking, leaving the door open?",
        "what were u thinking",
        "What on earth were you thinking?",
        "What was the point of signing for 24 pallets?",
        "whats the point in doing the count",
        "What was the point of that?",
        "What was the thinking behind putting cages by the exit?",
        "What did you do that for?",
        "What did you go and say that for, in front of everyone?",
        "What made you think it was ok to leave early?",
        "What made you decide to skip the check?",
        "What was your reason for leaving early?",
        "What's your excuse this time?",
        "How could you not tell me?",
        "How do you justify taking two hours for lunch?",
        "Explain yourself.",
        "whyd you take an hour for your break",
        "Why'd you cancel it?",
        "Y did u leave the till open",
        "howcome the van was late",
        "What did you cancel the HIIT class two hours before for?",
        "what did you shout at him for",
    ] {
        assert!(is_why(q), "{q}");
    }
}

#[test]
fn why_that_asks_for_something_else_is_not_flagged() {
    for q in [
        "How would you explain to the customer why the order is late?",
        "How would you explain to Mrs Khan's daughter why her mum missed lunch?",
        "Did you tell the family why the visit was cancelled?",
        "What would you say to the family about why the visit was cancelled?",
        "How would you explain the reasons for the change to your team?",
        "Do you understand why the safeguarding form matters?",
        "The family wrote \"why does nobody answer the bell\" - what could we do?",
        "What are the whys and wherefores of the new policy?",
        "What was the reasoning behind the new rota?",
        "What made you feel unsupported?",
        "What were you thinking about doing next?",
        "What do you use the blue folder for?",
        "What did you use the blue folder for?",
        "What did you ask for?",
        "How could you make the handover easier?",
        "For some reason the printer jammed - what did you do then?",
        "What would be a reasonable deadline for you?",
        // The reason is for us to give, or for someone else to understand.
        "How do you think we should explain why the shift changed?",
        "How should I put it to the board why we moved the date?",
        "What would help the new starters understand why we do the checks?",
        "How do we make sure everyone knows why the door stays shut?",
        "How do we make it clear to parents why the trip was cancelled?",
        "What's your view on why the numbers dropped?",
        "What are your thoughts on why the audit went well?",
        "How should we explain the reasons for the change?",
    ] {
        assert!(!is_why(q), "{q}");
    }
    // Telling me, or a reason asked with no one else in it, is still "why".
    for q in [
        "Explain to me why the chiller log is blank.",
        "Tell me why the till was short.",
        "Do you know why it happened?",
        "How do you explain why the report was late?",
        "Help me understand why the rota changed.",
        "Let me know why you were late.",
        "I'd like to understand why the date moved.",
        "What's your view on why you were late?",
        "Can you help us see why the release slipped?",
    ] {
        assert!(is_why(q), "{q}");
    }
}

#[test]
fn closed_after_a_name_or_a_lead_in() {
    for q in [
        "Mike - did you do the 4am checks?",
        "Mike did you lock up",
        "Priya, is the report done?",
        "And you're sure nobody saw it?",
        "So, just to check, you didn't sign it?",
        "just to confirm you were on shift on the 3rd",
        "Jo - can you cover Friday?",
    ] {
        assert!(is_closed(q), "{q}");
    }
}

#[test]
fn statements_that_ask_for_agreement_are_closed() {
    for q in [
        "So you're saying nobody gave you a handover?",
        "You do realise the deadline was 26 May?",
        "you do know the rules",
        "Surely you checked the delivery note?",
        "Surely that's not right",
        "I assume you've read the audit finding?",
        "I take it you've read the policy.",
        "I'm assuming you spoke to the parents?",
        "So we're agreed then?",
        "So we're agreed then, registers by 9 every day?",
        "We're clear on the new process then?",
        "You got my email?",
        "The printer was broken?",
        "Mrs Patel's meds were given at 10?",
        "Correct me if I'm wrong, the float was short on Tuesday?",
    ] {
        assert!(is_closed(q), "{q}");
    }
}

#[test]
fn closed_without_an_opener_an_apostrophe_or_a_question_mark() {
    for q in [
        "Any questions?",
        "Any questions from your side?",
        "Anything else you want to tell me",
        "Finished the audit yet?",
        "All good with the new till?",
        "OK with the new hours?",
        "u ok?",
        "r u ok with the new shifts",
        "Dont you think you should have asked first",
        "isnt it your job to check the labels",
        "didnt you see the sign",
        "Cant you just do it on the day",
        "Did'nt you read it?",
        "The delivery was late, wasnt it",
        "you know the contract says 7am for the atrium, right",
        "Can you hit 110 next week",
        "was it you who signed for it at 14:10",
    ] {
        assert!(is_closed(q), "{q}");
    }
}

#[test]
fn polite_requests_for_their_story_are_open() {
    for q in [
        "Do you mind walking me through the count?",
        "Do you mind talking me through the delivery note?",
        "do you mind going through the rota with me",
        "Could you talk me through Saturday?",
        "Would you tell me more about the handover?",
        "Are you able to walk me through what happened?",
        "Would you like to tell me your side of the story?",
        "Do you want to talk me through the incident?",
        "Could you let me know what happened with the float?",
        "Can you explain why the tests were switched off?",
        "Talk me through the morning, would you?",
        "Talk me through it, OK?",
        "What happened, do you think?",
        "Your thoughts on the new rota?",
    ] {
        assert!(!is_closed(q), "{q}");
    }
    // A request that still wants a yes or a no.
    assert!(is_closed(
        "Could you let me know if you can cover Saturday?"
    ));
}

#[test]
fn a_why_question_with_a_yes_no_guess_has_both_labels() {
    for q in [
        "Why didn't you call me? Did you forget?",
        "Why were you late again, is it the buses?",
        "how come the wound chart wasnt signed, did you just forget",
        "Why did you leave the stand - was there an emergency?",
        "Is there a reason why the tests weren't run?",
    ] {
        assert_eq!(rules(q), ["why-question", "closed-question"], "{q}");
        // One rewrite answers both: the guess goes.
        for flag in question_flags(q) {
            let r = flag.rewrite.unwrap_or_else(|| panic!("{q}: no rewrite"));
            assert_clean_rewrite(q, &r);
        }
    }
    assert_eq!(rules("Why did you leave early?"), ["why-question"]);
    assert_eq!(rules("Did you leave early?"), ["closed-question"]);
}

#[test]
fn rewrites_drop_absolutes_or_are_not_offered() {
    assert_eq!(
        rewrite_why("Why are your reviews always late?").as_deref(),
        Some("What is behind your reviews being late?")
    );
    assert_eq!(
        rewrite_why("Why were you late again, is it the buses?").as_deref(),
        Some("How did you come to be late?")
    );
    assert_eq!(
        rewrite_why("what was the point of cancelling the supervision again").as_deref(),
        Some("What led to cancelling the supervision?")
    );
    // "Never" turns the question round and a label is its point: no rewrite.
    for q in [
        "How come you never acknowledged the page?",
        "Why are you so rude to the agency staff?",
        "Why is the backlog growing every sprint?",
        "why do you keep coming back late from break",
        "Whyd you tell the class their work was rubbish?",
        "whyd you put \"lazy\" on the review form",
    ] {
        assert_eq!(rewrite_why(q), None, "{q}");
    }
    assert_eq!(rewrite_closed("It won't happen again, will it?"), None);
    assert_eq!(
        rewrite_closed("So you're saying the bank never sent it?"),
        None
    );
}

#[test]
fn rewrites_are_grammatical_or_not_offered() {
    for (q, want) in [
        ("Why are you late?", Some("What is making you late?")),
        (
            "Why are you leaving early?",
            Some("What has you leaving early?"),
        ),
        (
            "Why were you late on Monday?",
            Some("How did you come to be late on Monday?"),
        ),
        ("Why are you on your phone?", None),
        (
            "Why was the incident form only done four hours later?",
            Some("What was behind the incident form only being done four hours later?"),
        ),
        (
            "Sam, why wasn't the receipt attached?",
            Some("What was behind the receipt not being attached?"),
        ),
        (
            "Why didnt you escalate it",
            Some("What made it hard to escalate it?"),
        ),
        (
            "Why not ask for help earlier?",
            Some("What made it hard to ask for help earlier?"),
        ),
        (
            "whyd you leave the keys in the truck",
            Some("What led you to leave the keys in the truck?"),
        ),
        (
            "How come the van left 40 min late?",
            Some("How did it come about that the van left 40 min late?"),
        ),
        (
            "Explain to me why the log is blank.",
            Some("How has it come about that the log is blank?"),
        ),
        (
            "Why you did not inform me?",
            Some("How did it come about that you did not inform me?"),
        ),
        (
            "What were you thinking, leaving the trolley open?",
            Some("What led to leaving the trolley open?"),
        ),
        (
            "What possessed you to write that?",
            Some("What led you to write that?"),
        ),
        (
            "The invoices went out late — why?",
            Some("The invoices went out late. How do you see it?"),
        ),
        ("Why do you think the team reacted that way?", None),
        ("Why did the rec get signed off?", None),
        ("Did anyone ask why the order was cancelled?", None),
        (
            "What did you cancel the class for?",
            Some("What led you to cancel the class?"),
        ),
        (
            "Why was the report from Tuesday late?",
            Some("What was behind the report from Tuesday being late?"),
        ),
        (
            "Why are the release notes different from the changelog?",
            None,
        ),
        ("For what reason was the form four days late?", None),
    ] {
        assert_eq!(rewrite_why(q).as_deref(), want, "{q}");
    }
    for (q, want) in [
        (
            "You do realise the cutoff is 15:00?",
            Some("The cutoff is 15:00. How do you see it?"),
        ),
        (
            "Don't you think that was a bit much?",
            Some("That was a bit much. How do you see it?"),
        ),
        (
            "Would you agree that the date was realistic?",
            Some("The date was realistic. How do you see it?"),
        ),
        (
            "Any questions before we wrap up?",
            Some("What questions do you have before we wrap up?"),
        ),
        ("Is everything ok at home?", Some("How are things at home?")),
        (
            "Mike - did you do the 4am checks on bay C?",
            Some("How did the 4am checks go on bay C?"),
        ),
        (
            "Is there anything else you want to raise?",
            Some("What else do you want to raise?"),
        ),
        ("So we're agreed then?", Some("How do you see it?")),
        ("You do know the rules?", None),
        (
            "Don't you think that comment was a bit much?",
            Some("That comment was a bit much. How do you see it?"),
        ),
        (
            "Have you read the new spec yet?",
            Some("What did you make of the new spec?"),
        ),
        ("Mike - did you see the alarm go off?", None),
        ("Can we agree to weekly updates?", None),
        ("Surely you checked the delivery note?", None),
        ("Could you tell me whether you got my note?", None),
    ] {
        assert_eq!(rewrite_closed(q).as_deref(), want, "{q}");
    }
}

#[test]
fn numbers_are_not_split_into_clauses() {
    let text = "at 14:10, did you sign for £1,000 or 9.5 kg?";
    assert_eq!(
        Reading::of(text, text).clauses().count(),
        2,
        "the time, the amount and the weight stay whole"
    );
}

#[test]
fn no_rewrite_where_the_pattern_would_make_nonsense() {
    for q in [
        "Could you not have told me?",
        "Can you promise this won't happen again?",
        "Could you have done it sooner?",
        "What about Tuesday, isn't it?",
        "Did you not see it?",
    ] {
        let flags = question_flags(q);
        assert!(!flags.is_empty(), "{q} should still be flagged");
        for f in flags {
            assert_eq!(f.rewrite, None, "{q}");
        }
    }
    // The patterns that do make sense keep their rewrite; "ever" goes as
    // "always" does.
    assert_eq!(
        rewrite_closed("Can you do better next time?").as_deref(),
        Some("What would help you do better next time?")
    );
    assert_eq!(
        rewrite_closed("Will you ever finish it?").as_deref(),
        Some("What would it take to finish it?")
    );
}

#[test]
fn reasons_asked_without_why_and_closed_questions_without_an_opener() {
    for q in [
        "How come you missed it?",
        "What was the reason you were late?",
        "What's the reason the build broke?",
        "Is there a reason the tests failed?",
    ] {
        assert!(is_why(q), "{q}");
    }
    assert!(!is_why("What was the reasoning behind the plan?"));
    for q in [
        "Would you say the report was late?",
        "So you agree?",
        "Any chance you were just busy?",
        "Doing OK with the load?",
        "Right?",
        "Okay?",
        "Is that right?",
    ] {
        assert!(is_closed(q), "{q}");
    }
    for q in [
        "Would you say more about the delay?",
        "Would you say why, if you know?",
        "Doing what, exactly, on Fridays?",
        "OK, what happened?",
        "Right.",
    ] {
        assert!(!is_closed(q), "{q}");
    }
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "",
        " ",
        "?",
        ",?",
        "'",
        "\"",
        "“",
        "'why'",
        "why'",
        "Why is",
        "Why is ?",
        "why are",
        "Did you",
        "Is there anything",
        "Is there anything ?",
        ", right?",
        "é, right?",
        "Ünïcödé, isn't it?",
        "Could I ask",
        "Would you mind",
        "Would you be willing to",
        "“unclosed",
        "'unclosed",
        "a\u{0}b",
        "Why\u{301}?",
        "Do",
        "I always",
        "\"always\"",
        "y",
        "r",
        "Mike -",
        "- did",
        "why -",
        "—why",
        ", ,",
        "1,000?",
        "12:",
        ":30",
        "reason",
        "Is there a reason",
        "Any",
        "Any ?",
        "What did you do that for",
        "for what reason",
        "What possessed you",
        "What was the point of",
        "point of doing",
        "Surely",
        "You do realise",
        "So we're agreed then,",
        "Why were",
        "Why was it that",
        "Why is it",
        "how come",
        "Did you do the",
        "Is everything ok",
        "just to check",
        "Talk me through it, would you",
    ] {
        let _ = question_flags(text);
        let _ = crate::check::judgement::judgement(text);
        let _ = crate::check::text::strip_quoted(text);
    }
}

#[test]
fn rewrites_never_keep_a_label_or_make_an_accusation() {
    for (q, want) in [
        // What they are reported as saying, or what is only asked about,
        // is not stated as the speaker's view.
        ("So you're saying the customer was lying?", None),
        ("So you're saying nobody gave you a handover?", None),
        ("And are you sure the gate was locked?", None),
        ("Do you think you could have handled it better?", None),
        ("Honestly, do you think that's fair?", None),
        ("Is it true that you left early?", None),
        // A label is not kept, whichever word class it is in.
        ("Dont you think that was unfair?", None),
        ("So you're saying the driver was lying, right?", None),
        ("Are you sure?", Some("How do you see it?")),
        (
            "Would you agree that the date was realistic?",
            Some("The date was realistic. How do you see it?"),
        ),
    ] {
        assert_eq!(rewrite_closed(q).as_deref(), want, "{q}");
    }
    for (q, want) in [
        ("Why did you rudely ignore the customer?", None),
        ("Why did you carelessly drop the tray?", None),
        ("Why did you lazily skip the count?", None),
        ("Why did you irresponsibly leave it?", None),
        ("Why did you leave the mess?", None),
        ("Why were you lying?", None),
        // An absolute is dropped, as "always" is.
        (
            "Why didn't you bother to call?",
            Some("What made it hard to call?"),
        ),
        (
            "Why can't you be bothered to reply?",
            Some("What makes it hard to reply?"),
        ),
        (
            "Why didn't you ever tell me?",
            Some("What made it hard to tell me?"),
        ),
        ("Why didn't you bother?", None),
        (
            "Whatcha thinking leaving the door open?",
            Some("What led to leaving the door open?"),
        ),
    ] {
        assert_eq!(rewrite_why(q).as_deref(), want, "{q}");
    }
}

#[test]
fn closed_by_structure_without_an_opener() {
    for q in [
        "Fine by you if we move your shifts?",
        "ok by you?",
        "Presumably you checked the fridge?",
        "Obviously you told the family?",
        "Any idea what happened?",
        "Any thoughts on how we split the cover?",
        "Anything you want to add about how it went?",
    ] {
        assert!(is_closed(q), "{q}");
    }
    for q in [
        "Is there anything else you'd like to add, and what?",
        "Did anything change on the night? If so, what?",
        "Presumably, what happened next?",
        "Any questions, and what would you change?",
        "What are you thinking for Friday?",
    ] {
        assert!(!is_closed(q), "{q}");
    }
    assert!(is_why("Whatcha thinking leaving the door open?"));
    assert!(is_why("What are you thinking leaving it there?"));
    assert!(!is_why("What are you thinking for Friday?"));
}

#[test]
fn a_long_text_is_read_by_its_start_and_its_end() {
    let middle = "and the report was late again ".repeat(400);
    assert!(is_closed(&format!("Did you see it {middle}?")));
    assert!(is_closed(&format!("The van was late {middle}, right?")));
    assert!(is_why(&format!("Why did the van {middle}?")));
    assert!(!is_closed(&format!("What happened {middle}?")));
    // No rewrite of a pasted file.
    assert_eq!(rewrite_why(&format!("Why did the van {middle}?")), None);
    // Cut between characters, never inside one.
    for text in ["é".repeat(4_000), "😀 ".repeat(2_000), "a".repeat(70_000)] {
        let _ = question_flags(&text);
        let _ = question_flags(&format!("{text}?"));
    }
}

/// A hostile text of 64 KiB: every rule reads only the start and the end,
/// so each takes about what a question of [`MAX_READ`] bytes takes (the
/// speed is measured in `benches/plan.rs`, not here).
#[test]
fn hostile_text_is_read() {
    const SIZE: usize = 64 * 1024;
    let fill = |unit: &str| unit.repeat(SIZE / unit.len());
    for text in [
        fill("'a "),
        fill("\"a "),
        fill("why did you "),
        fill("did you, "),
        fill("a - "),
        fill("explain to them why "),
        fill("tell the team the reason "),
        fill("a"),
        format!("Why did you leave the {}", fill("a ")),
        format!("You left the {}, right?", fill("a ")),
    ] {
        let _ = question_flags(&text);
        let _ = question_flags(&format!("{text}?"));
    }
}
