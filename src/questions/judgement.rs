//! Judgements passed off as facts: a verdict, a label, a guess at motives,
//! a habit without a count, what others are said to feel.

use super::text::{find_phrase, normalise, words};

/// What kind of judgement a fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judgement {
    /// Always, never, every time.
    Absolute,
    /// Lazy, careless, attitude.
    Label,
    /// On purpose, obviously, you don't care.
    MindReading,
    /// Everyone thinks.
    Verdict,
}

const ABSOLUTES: &[&str] = &[
    "always",
    "never",
    "constantly",
    "continually",
    "continuously",
    "forever",
    "invariably",
    "every time",
    "every single",
    "each and every",
    "as usual",
    "all the time",
    "without fail",
    "not once",
    "yet again",
    "time and again",
    "time after time",
    "non-stop",
];

const LABELS: &[&str] = &[
    "lazy",
    "careless",
    "rude",
    "unprofessional",
    "unreliable",
    "arrogant",
    "attitude",
    "sloppy",
    "incompetent",
    "disrespectful",
    "aggressive",
    "hostile",
    "toxic",
    "useless",
    "hopeless",
    "selfish",
    "dismissive",
    "disorganised",
    "disorganized",
    "irresponsible",
    "inconsiderate",
    "uncooperative",
    "unacceptable",
    "pathetic",
    "childish",
    "immature",
    "passive-aggressive",
    "stubborn",
    "negligent",
    "incapable",
    "untrustworthy",
    "dishonest",
    "moody",
    "difficult to work with",
    "not a team player",
    "poor performer",
    "bad at",
    "terrible",
    "awful",
    "appalling",
    "disgraceful",
    "lack of commitment",
    "lack of respect",
    "no respect",
    "too sensitive",
    "overreacted",
    "overreacting",
];

const MIND_READING: &[&str] = &[
    "don't care",
    "doesn't care",
    "didn't care",
    "do not care",
    "does not care",
    "did not care",
    "couldn't care",
    "on purpose",
    "deliberately",
    "intentionally",
    "purposely",
    "obviously",
    "clearly",
    "evidently",
    "be bothered",
    "didn't bother",
    "doesn't bother",
    "not interested",
    "no interest",
    "just wanted",
    "trying to get",
    "to get back at",
    "to undermine",
    "to make me look",
    "meant to",
    "knew full well",
    "must have known",
    "pretended",
];

const VERDICTS: &[&str] = &[
    "everyone thinks",
    "everybody thinks",
    "everyone says",
    "everybody says",
    "everyone knows",
    "everybody knows",
    "everyone feels",
    "everyone agrees",
    "people think",
    "people say",
    "people feel",
    "people are saying",
    "the team thinks",
    "the team feels",
    "others think",
    "others feel",
    "nobody likes",
    "no one likes",
    "nobody trusts",
    "no one trusts",
    "nobody wants",
    "no one wants",
    "the whole team",
    "has complained",
    "have complained",
];

/// Whether a fact judges instead of describing what was seen, heard or
/// written, and the words that do it. Quoted words are what someone said,
/// which is a fact, and are skipped.
pub fn judgement(fact: &str) -> Option<(Judgement, &'static str)> {
    let text = normalise(fact);
    let padded = format!(" {} ", words(&text).join(" "));
    [
        (Judgement::Verdict, VERDICTS),
        (Judgement::MindReading, MIND_READING),
        (Judgement::Label, LABELS),
        (Judgement::Absolute, ABSOLUTES),
    ]
    .into_iter()
    .find_map(|(kind, list)| find_phrase(&padded, list).map(|p| (kind, p)))
}

/// What is wrong with a fact that judges, and what to write instead: the
/// message and the hint `plan check` gives and the wizard shows as a note.
pub fn fact_note(fact: &str) -> Option<(String, String)> {
    let (kind, words) = judgement(fact)?;
    let what = match kind {
        Judgement::Absolute => "an absolute",
        Judgement::Label => "a label",
        Judgement::MindReading => "a guess at their motives",
        Judgement::Verdict => "other people's verdict",
    };
    let hint = fact_rewrite(fact)
        .map(|r| format!("say what was seen, heard or written: {r}"))
        .unwrap_or_default();
    Some((
        format!("\"{words}\" is {what}, not something a camera would record"),
        hint,
    ))
}

/// What a judging fact could say instead: a question that leads to the
/// observation behind it.
pub fn fact_rewrite(fact: &str) -> Option<String> {
    let (kind, _) = judgement(fact)?;
    let lower = normalise(fact);
    let w = words(&lower);
    let has = |x: &str| w.iter().any(|y| y == x);
    Some(
        match kind {
            Judgement::Absolute if has("late") => "Which dates, and by how much?",
            Judgement::Absolute if has("miss") || has("misses") || has("missed") => {
                "Which ones did you see missed, and on which dates?"
            }
            Judgement::Absolute => "Which times, on which dates?",
            Judgement::Label => "What did they do or say, and when, that made you think it?",
            Judgement::MindReading => "What did you see or hear them do?",
            Judgement::Verdict => "Who said what to you, and when?",
        }
        .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn judgements_and_facts() {
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
}
