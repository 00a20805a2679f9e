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
    let parts = crate::check::text::sentences("One. Two!\nThree? four");
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

/// `misspelt` is the distance the rule was written with: an optimal string
/// alignment distance of 1 that keeps the same letters, on every word of
/// the lexicons with every letter left out, swapped, changed or added.
#[test]
fn a_misspelling_is_one_letter_left_out_or_two_swapped() {
    let by_distance = |known: &str, typed: &str| {
        let (n, m) = (known.chars().count(), typed.chars().count());
        let sorted = |w: &str| {
            let mut c: Vec<char> = w.chars().collect();
            c.sort_unstable();
            c
        };
        (n == m || n == m + 1)
            && strsim::osa_distance(known, typed) == 1
            && (n == m + 1 || sorted(known) == sorted(typed))
    };
    let mut tried = 0;
    for known in words::LEXICONS.iter().flat_map(|l| l.words()) {
        let c: Vec<char> = known.chars().collect();
        let mut variants = vec![known.to_string(), format!("{known}s")];
        for i in 0..c.len() {
            let mut left_out = c.clone();
            left_out.remove(i);
            variants.push(left_out.into_iter().collect());
            let mut changed = c.clone();
            changed[i] = if c[i] == 'e' { 'a' } else { 'e' };
            variants.push(changed.into_iter().collect());
            let mut added = c.clone();
            added.insert(i, 'x');
            variants.push(added.into_iter().collect());
            if i + 1 < c.len() {
                let mut swapped = c.clone();
                swapped.swap(i, i + 1);
                variants.push(swapped.into_iter().collect());
            }
        }
        for typed in variants {
            assert_eq!(
                misspelt(known, &typed),
                by_distance(known, &typed),
                "{known} {typed}"
            );
            tried += 1;
        }
    }
    assert!(tried > 10_000, "{tried}");
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
#[test]
fn words_that_also_describe_judge_only_when_said_of_someone() {
    for f in [
        "The cold store door was left open for 40 minutes on 2 May.",
        "The mean waiting time in A&E was 4 hours 10 minutes in October.",
        "The bad debt provision was £12,000 at year end.",
        "The drama teacher left the hall unlocked on 3 May.",
        "The resident was lying on the floor at 03:10.",
        "The soup served to table 5 was cold when the customer sent it back.",
        "The patient was rushed to A&E at 14:00.",
        "The Wi-Fi signal in room 12 is weak: 1 bar at 10:00.",
    ] {
        assert_eq!(judgement(f), None, "{f}");
    }
    for f in [
        "His tone with the family was cold.",
        "She was cold with the new starter.",
        "He gave a poor answer to the auditor.",
        "He lied about his overtime.",
        "The handover was rushed.",
        "They treat the new ones differently.",
        "He was totally out of order with the dispatcher.",
    ] {
        assert_eq!(kind(f), Some(Judgement::Verdict), "{f}");
    }
    // The lift is out of order; a person who is, judges.
    assert_eq!(judgement("The lift was out of order on 3 May."), None);
}

#[test]
fn a_state_of_mind_is_a_verb_with_nothing_after_it() {
    for f in [
        "He has checked out since the restructure.",
        "He switched off once he'd hit his target.",
        "She has given up on the course.",
    ] {
        assert_eq!(kind(f), Some(Judgement::Motive), "{f}");
    }
    for f in [
        "The guest in room 214 checked out at 10:40.",
        "He switched off the fryer at 21:00 on Friday.",
        "She has given up her parking space for the new starter.",
    ] {
        assert_eq!(judgement(f), None, "{f}");
    }
}

#[test]
fn a_frequency_needs_a_count_and_always_needs_a_person() {
    assert_eq!(
        kind("He's frequently absent on a Monday."),
        Some(Judgement::Habit)
    );
    assert_eq!(
        judgement("He was absent on 3 of the last 5 Mondays, frequently after a late shift."),
        None
    );
    assert_eq!(kind("He never answers his phone."), Some(Judgement::Habit));
    for f in [
        "The alarm always goes off at 06:00 in block C.",
        "She never received the payslip for May.",
        "He has never had a written warning in 9 years here.",
    ] {
        assert_eq!(judgement(f), None, "{f}");
    }
}

#[test]
fn a_report_of_one_speaker_is_what_was_said() {
    for f in [
        "She said she wants to leave the team at the end of the year.",
        "The customer said the food was cold and asked for a refund.",
        "The wording on the form is unclear, according to the complaints log.",
    ] {
        assert_eq!(judgement(f), None, "{f}");
    }
    // Hearsay: no one in particular, or no when.
    assert!(judgement("People say you take credit for others' work.").is_some());
    assert!(judgement("The client has complained about your attitude.").is_some());
    // A relative clause is not a report: "the report he wrote".
    assert!(judgement("The report he wrote was shallow.").is_some());
}

#[test]
fn requests_may_ask_for_always_and_their_view_may_give_their_reasons() {
    use Judgement::*;
    let request = [Verdict, Motive, Others];
    assert_eq!(
        judgement_of("Please always log the fridge at 08:00.", &request),
        None
    );
    assert_eq!(
        judgement_of("Check the fridge log every morning.", &request),
        None
    );
    assert!(judgement_of("Stop being so lazy about the logs.", &request).is_some());
    assert!(judgement("Please always log the fridge at 08:00.").is_some());
}

#[test]
fn a_whole_answer_of_one_repeated_word_is_read() {
    // No rule scans back over the sentence (see `Before`), so these stay
    // linear; their speed is measured in the benches, not here.
    for word in [
        "always ",
        "never, ",
        "again ",
        "keeps doing ",
        "too slow ",
        "the team feels ",
    ] {
        let text = word.repeat(60_000 / word.len());
        assert!(judgement(&text).is_some(), "{word:?}");
    }
}

#[test]
fn verdicts_with_a_word_between_and_good_qualities_denied() {
    for f in [
        "The loading bay was a total mess when nights handed over on the 4th.",
        "She is not careful with the invoices.",
        "The way he handled the complaint on 12 April made the situation worse.",
        "Nadia just rubber stamps Tom's refunds.",
    ] {
        assert_eq!(kind(f), Some(Judgement::Verdict), "{f}");
    }
    // A denied quality of a thing, or an assessment reported, describes.
    assert_eq!(judgement("The ladder was not safe to use on 3 May."), None);
    assert_eq!(
        judgement("She was assessed as not competent in IV drugs on 3 March by the educator."),
        None
    );
}

#[test]
fn every_time_needs_a_count_or_a_month() {
    assert_eq!(
        kind("Luca calls in sick every time there's a big Saturday booking."),
        Some(Judgement::Habit)
    );
    assert_eq!(
        judgement("The room was booked for him every Monday in October."),
        None
    );
}

#[test]
fn misspellings_are_read_alike_byte_by_byte_and_char_by_char() {
    // Every lexicon word against itself, each letter left out, each pair
    // swapped, one letter changed and one added: the ASCII shortcut must
    // answer as the character-by-character reading does.
    for list in LEXICONS {
        for known in list.words() {
            let bytes = known.as_bytes();
            let mut typed: Vec<Vec<u8>> = vec![bytes.to_vec(), [bytes, b"x"].concat()];
            for p in 0..bytes.len() {
                let mut left_out = bytes.to_vec();
                left_out.remove(p);
                let mut changed = bytes.to_vec();
                changed[p] = b'q';
                typed.extend([left_out, changed]);
                if p + 1 < bytes.len() {
                    let mut swapped = bytes.to_vec();
                    swapped.swap(p, p + 1);
                    typed.push(swapped);
                }
            }
            for t in typed {
                let t = String::from_utf8(t).unwrap();
                assert_eq!(
                    misspelt_ascii(known.as_bytes(), t.as_bytes()),
                    misspelt_chars(known, &t),
                    "{known} {t}"
                );
            }
        }
    }
}

/// The filter that spares most words the search for a misspelling lets
/// through every word that is one: each lexicon word with each letter left
/// out and each pair of letters swapped.
#[test]
fn the_filter_of_misspellings_lets_every_misspelling_through() {
    let mut tried = 0;
    for known in LEXICONS.iter().flat_map(|l| l.words()) {
        let bytes = known.as_bytes();
        for p in 0..bytes.len() {
            let mut left_out = bytes.to_vec();
            left_out.remove(p);
            assert!(may_misspell(&left_out), "{known} without {p}");
            if p + 1 < bytes.len() {
                let mut swapped = bytes.to_vec();
                swapped.swap(p, p + 1);
                assert!(may_misspell(&swapped), "{known} swapped at {p}");
            }
            tried += 1;
        }
    }
    assert!(tried > 2_000, "{tried}");
    // Most other words are kept out, and need no search.
    let kept_out = ["arrived", "morning", "handover", "complaint"]
        .iter()
        .filter(|w| !may_misspell(w.as_bytes()))
        .count();
    assert!(kept_out >= 3, "{kept_out}");
}

/// `signals` skips a word that is in no list a rule starts on and is not a
/// person: on every labelled line of the tuning part, cut after each word
/// too, it finds what every rule tried on every word finds.
#[test]
fn signals_skip_only_words_that_start_no_rule() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/tuning");
    let seen = |s: &Sentence| -> Vec<(Judgement, Weight, usize, usize)> {
        signals(s)
            .iter()
            .map(|g| (g.kind, g.weight, g.start, g.end))
            .collect()
    };
    let every = |s: &Sentence| -> Vec<(Judgement, Weight, usize, usize)> {
        let mut out = Vec::new();
        for i in 0..s.len() {
            phrase_signals(s, i, &mut out);
            word_signals(s, i, &mut out);
            conduct_signals(s, i, &mut out);
            pattern_signals(s, i, &mut out);
        }
        out.iter()
            .map(|g| (g.kind, g.weight, g.start, g.end))
            .collect()
    };
    let mut read = 0;
    for file in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let line = line.split_once('\t').map_or(line, |(_, t)| t);
            let cuts = line.match_indices(' ').map(|(at, _)| &line[..at]);
            for text in cuts.chain([line]) {
                let typed = lowercase_words(text);
                let s = Sentence::new(&typed);
                assert_eq!(seen(&s), every(&s), "{text}");
                read += 1;
            }
        }
    }
    assert!(read > 10_000, "{read}");
}
