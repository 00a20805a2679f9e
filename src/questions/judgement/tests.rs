use super::*;

#[test]
fn the_classes_of_the_issue_are_judgements() {
    for f in [
        "You are always late.",
        "You were rude to the client.",
        "You obviously didn't read it.",
        "You don't care about quality.",
        "Everyone thinks it was a mess.",
        "Late as usual.",
        "Your attitude is a problem.",
    ] {
        assert!(judgement(f).is_some(), "{f}");
    }
}

#[test]
fn facts_and_quoted_words_pass() {
    for f in [
        "In the review you said \"I always check my work\".",
        "Jo wrote: “we never get specs on time”.",
        "The report due 3 Nov arrived 10 Nov.",
        "Isabel's draft arrived on Friday.",
        "The board still says 'in progress'.",
        "",
    ] {
        assert!(judgement(f).is_none(), "{f}: {:?}", judgement(f));
    }
}

fn kind(f: &str) -> Option<Judgement> {
    judgement(f).map(|j| j.kind)
}

#[test]
fn motives_and_mind_reading() {
    for f in [
        "She wanted to embarrass me in front of the client",
        "He thinks the rules don't apply to him",
        "Priya seems to have checked out",
        "He's not committed to the role any more",
        "You left it there on purpose so Jay would have to move it.",
        "On 4 March you left at 19:10, which shows you don't want to be here.",
        "His emails come across as abrupt.",
    ] {
        assert_eq!(kind(f), Some(Judgement::Motive), "{f}");
    }
    assert!(judgement("He lied about his overtime").is_some());
}

#[test]
fn verdicts_on_work_or_behaviour() {
    for f in [
        "The pitch was a disaster",
        "The handover was a complete mess",
        "poor quality work on the Henley order",
        "The meeting was chaotic",
        "His tone was condescending",
        "The comment was inappropriate",
        "What he said at the meeting was out of line",
        "She is a nightmare to manage",
        "She is too emotional",
        "The notes were very thin.",
    ] {
        assert_eq!(kind(f), Some(Judgement::Verdict), "{f}");
    }
}

#[test]
fn habits_without_a_count() {
    for f in [
        "He is frequently absent",
        "late again, as per usual",
        "You kept disappearing off the floor.",
        "He never answers his phone.",
        "She is off sick often on Mondays.",
    ] {
        assert_eq!(kind(f), Some(Judgement::Habit), "{f}");
    }
    // A present-tense habit of a person, or a label of one.
    for f in [
        "She gossips",
        "He plays favourites",
        "He is not pulling his weight",
    ] {
        assert!(judgement(f).is_some(), "{f}");
    }
}

#[test]
fn what_others_are_said_to_feel() {
    for f in [
        "The team has lost all confidence in him",
        "Customers hate dealing with her",
        "People say you take credit for others' work.",
        "Your new starter feels abandoned.",
        "The residents find her cold.",
    ] {
        assert_eq!(kind(f), Some(Judgement::Others), "{f}");
    }
    assert!(judgement("They don't respect the deadlines I set").is_some());
}

#[test]
fn literal_words_and_reports_with_a_when_pass() {
    for f in [
        "IT confirmed by email that his login was never activated (ticket 5521)",
        "the report is always due on the 5th under the contract",
        "He ticked the careless-handling box on 7 of the 9 forms",
        "The box was clearly labelled 'fragile'",
        "In the 17 Nov review Liam said the plan was rubbish",
        "Mark told me on Friday that he does not want to co-teach next year.",
        "Three customers complained in writing in May about the queue.",
        "I saw you on your phone at 11:15 and again at 11:40.",
    ] {
        assert_eq!(judgement(f), None, "{f}");
    }
    // A report without a when or a quote is hearsay.
    assert!(judgement("The client has complained about your attitude.").is_some());
}

#[test]
fn findings_name_the_words_and_ask_for_the_camera() {
    let (message, hint) =
        fact_note("His attitude in meetings is toxic and everyone thinks so").unwrap();
    assert!(message.contains("\"everyone thinks\""), "{message}");
    assert!(message.contains("camera"), "{message}");
    assert!(hint.contains("who said what"), "{hint}");
    let (message, _) = fact_note("You don't care about quality.").unwrap();
    assert!(
        message.contains("don't care") || message.contains("you don't"),
        "{message}"
    );
}

#[test]
fn every_sentence_of_a_longer_text_is_read() {
    let text = "On 3 May the report arrived at 14:00. Everyone thinks it was rushed.";
    assert_eq!(kind(text), Some(Judgement::Others));
    let parts: Vec<&str> = sentences("One. Two!\nThree? four").collect();
    assert_eq!(parts.len(), 4);
}
#[test]
fn misspelt_words_are_read_as_meant_but_other_words_never_move() {
    assert!(judgement("You are not commited to this team.").is_some());
    assert!(judgement("the family find him dismisive").is_some());
    // One letter changed makes another real word: never read as a lexicon word.
    assert_eq!(judgement("On Tuesday morning the van left at 7:40."), None);
    assert_eq!(
        judgement("You swapped shifts with Kerry 6 times in April."),
        None
    );
}

#[test]
fn a_report_ends_where_the_users_own_words_begin() {
    let f = "Sanjay told me on Tuesday the model was ready, but he knew it had not been validated.";
    assert_eq!(kind(f), Some(Judgement::Motive));
    let f = "She told me she felt humiliated after the team meeting.";
    assert_eq!(judgement(f), None);
}

#[test]
fn a_supposed_habit_is_not_a_claim() {
    assert_eq!(
        judgement("If it keeps happening, I will point it out in the meeting itself."),
        None
    );
    assert!(judgement("It keeps happening.").is_some());
}
