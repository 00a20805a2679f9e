use super::*;

fn rules(q: &str) -> Vec<&'static str> {
    question_flags(q).iter().map(|f| f.rule.id()).collect()
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
    // Every rewrite is itself a clean question that opens with a question
    // word, or keeps a statement and asks for their view.
    for line in include_str!("../../../tests/fixtures/check/tuning/ours-questions.tsv").lines() {
        let Some((_, q)) = line.split_once('\t') else {
            continue;
        };
        for flag in question_flags(q) {
            if let Some(r) = flag.rewrite {
                assert!(question_flags(&r).is_empty(), "{q} -> {r}");
                let first = r.split_whitespace().next().unwrap_or("");
                assert!(
                    ["What", "How", "Which"].contains(&first)
                        || r.ends_with(". How do you see it?"),
                    "{q} -> {r}"
                );
                assert!(r.ends_with('?'), "{q} -> {r}");
            }
        }
    }
}

#[test]
fn no_rewrite_where_the_pattern_would_make_nonsense() {
    for q in [
        "Could you not have told me?",
        "Can you promise this won't happen again?",
        "Could you have done it sooner?",
        "What about Tuesday, isn't it?",
        "Did you not see it?",
        "Will you ever finish it?",
    ] {
        let flags = question_flags(q);
        assert!(!flags.is_empty(), "{q} should still be flagged");
        for f in flags {
            assert_eq!(f.rewrite, None, "{q}");
        }
    }
    // The patterns that do make sense keep their rewrite.
    assert_eq!(
        rewrite_closed("Can you do better next time?").as_deref(),
        Some("What would help you do better next time?")
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
    ] {
        let _ = question_flags(text);
        let _ = crate::questions::judgement::judgement(text);
        let _ = crate::questions::text::strip_quoted(text);
    }
}
