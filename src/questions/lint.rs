//! The text rules: "why" questions, yes/no questions and judgements passed
//! off as facts, each with the rewrite a simple pattern can propose.
//!
//! These are heuristics over words, not grammar. `tests/fixtures/check/`
//! holds a labelled set of questions and facts; a test measures each rule's
//! precision and recall on it and fails below the aims in [`super::accuracy`].

use super::text::{find_phrase, normalise, words};

/// A question's problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionRule {
    /// Asks for a reason: tends to sound like an accusation.
    Why,
    /// Can be answered yes or no: closes the thread.
    Closed,
}

impl QuestionRule {
    /// The stable rule id.
    pub fn id(self) -> &'static str {
        match self {
            QuestionRule::Why => "why-question",
            QuestionRule::Closed => "closed-question",
        }
    }

    /// A gentle note to show the user.
    pub fn note(self) -> &'static str {
        match self {
            QuestionRule::Why => {
                "\"Why\" often lands as an accusation and invites a defence. A \"what\" or \"how\" question (\"What got in the way?\") opens things up."
            }
            QuestionRule::Closed => {
                "This can be answered with a yes or a no, which ends the thread. A \"what\" or \"how\" question (\"How do you see it?\") invites their story."
            }
        }
    }
}

/// One flagged question: the rule, and a rewrite when a pattern fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFlag {
    /// What is wrong.
    pub rule: QuestionRule,
    /// A proposed open question.
    pub rewrite: Option<String>,
}


/// Auxiliary and modal verbs, with their contractions: a question that opens
/// with one can be answered yes or no.
const AUXILIARIES: &[&str] = &[
    "am",
    "are",
    "aren't",
    "can",
    "can't",
    "cannot",
    "could",
    "couldn't",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "don't",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "is",
    "isn't",
    "may",
    "might",
    "mightn't",
    "must",
    "mustn't",
    "need",
    "needn't",
    "shall",
    "shan't",
    "should",
    "shouldn't",
    "was",
    "wasn't",
    "were",
    "weren't",
    "will",
    "won't",
    "would",
    "wouldn't",
    "ain't",
];

/// Filler that may come before the real first word of a question.
const LEAD_INS: &[&str] = &[
    "and", "but", "so", "ok", "okay", "well", "then", "now", "also", "just", "honestly", "right",
    "look", "listen", "oh", "hey", "anyway", "actually", "out", "of", "interest", "quick",
    "question",
];

/// Words that open a clause set before the main question ("When it slipped,
/// did you…").
const SUBORDINATORS: &[&str] = &[
    "when", "if", "after", "before", "since", "while", "once", "looking", "given", "thinking",
    "as", "until", "in", "on", "about", "for", "with", "from", "over", "during",
];

/// Verbs of a polite request: "Could you walk me through it?" asks for a story.
const REQUEST_VERBS: &[&str] = &[
    "walk",
    "talk",
    "tell",
    "explain",
    "describe",
    "share",
    "take",
    "run",
    "say",
    "fill",
    "go",
    "help",
    "give",
    "show",
    "outline",
    "expand",
    "elaborate",
    "unpack",
    "paint",
    "think",
    "sketch",
    "list",
    "summarise",
    "summarize",
    "recap",
    "put",
    "spell",
];

/// The gerunds of the same verbs, after "would you mind".
const REQUEST_GERUNDS: &[&str] = &[
    "walking",
    "talking",
    "telling",
    "explaining",
    "describing",
    "sharing",
    "taking",
    "running",
    "saying",
    "filling",
    "going",
    "giving",
    "showing",
    "outlining",
    "expanding",
    "unpacking",
];

/// Question words: "Can I ask what happened?" is open.
const WH_WORDS: &[&str] = &[
    "what", "how", "which", "who", "where", "when", "what's", "how's",
];

/// Tags that turn a statement into a yes/no question ("…, right?").
const TAG_WORDS: &[&str] = &[
    "right", "ok", "okay", "yes", "no", "yeah", "correct", "agreed", "true", "surely", "fair",
    "yep", "eh", "huh",
];

/// Pronouns in a question tag ("isn't it", "didn't you").
const TAG_PRONOUNS: &[&str] = &["i", "you", "we", "they", "he", "she", "it", "there", "that"];

/// Phrases that ask for a reason as "why" does ("How come…?", "What was
/// the reason…?"). "The reasoning behind" asks for their thinking and is
/// left alone.
const WHY_PHRASES: &[&str] = &[
    "how come",
    "what's the reason",
    "what is the reason",
    "what was the reason",
    "what were the reasons",
    "what are the reasons",
    "for what reason",
    "is there a reason",
    "was there a reason",
    "any reason",
];

/// Whether a question asks for a reason with "why", anywhere in it, or with
/// a phrase that means the same.
pub fn is_why(question: &str) -> bool {
    let w = words(&normalise(question));
    if w.iter().any(|w| w == "why" || w == "why's") {
        return true;
    }
    let padded = format!(" {} ", w.join(" "));
    find_phrase(&padded, WHY_PHRASES).is_some()
}

/// Openers of a question with its "are you" or "is it" left out ("Doing OK
/// with the load?", "Any chance…?"): still a yes or a no.
const ELLIPTICAL_OPENERS: &[&str] = &[
    "doing",
    "feeling",
    "coping",
    "managing",
    "happy",
    "alright",
    "everything",
    "anything",
    "got",
    "need",
    "want",
];

/// Verbs of a statement turned into a question by its question mark: "So
/// you agree?".
const STATEMENT_VERBS: &[&str] = &[
    "agree",
    "disagree",
    "think",
    "accept",
    "understand",
    "see",
    "follow",
    "know",
    "mean",
    "admit",
];

/// Whether a question can be answered yes or no.
pub fn is_closed(question: &str) -> bool {
    let text = normalise(question);
    if ends_in_tag(&text) || lone_tag(&text) || elliptical(&text) {
        return true;
    }
    // Look at the main clause: after a short lead-in ("Sam, …") or a
    // clause that sets the scene ("When the date slipped, …").
    let mut candidates = vec![text.as_str()];
    if let Some((before, after)) = text.split_once([',', ':', ';', '—', '–']) {
        let lead = words(before);
        let short = lead.len() <= 2 && lead.iter().all(|w| !AUXILIARIES.contains(&w.as_str()));
        let scene = lead
            .first()
            .is_some_and(|w| SUBORDINATORS.contains(&w.as_str()));
        if short || scene {
            candidates = vec![after];
        }
    }
    candidates.iter().any(|c| opens_closed(&words(c)))
}

/// Whether words open with an auxiliary that is not a polite request.
fn opens_closed(words: &[String]) -> bool {
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .skip_while(|w| LEAD_INS.contains(w))
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    AUXILIARIES.contains(first) && !polite_request(&words)
}

/// "Could you walk me through…", "Would you mind telling me…", "Can I ask
/// what…": a request for their story, not a yes/no question.
fn polite_request(words: &[&str]) -> bool {
    // "Do tell me more": an emphatic request.
    if words.first() == Some(&"do") && words.get(1).is_some_and(|w| REQUEST_VERBS.contains(w)) {
        return true;
    }
    if !matches!(
        words.first(),
        Some(&("can" | "could" | "would" | "will" | "may"))
    ) {
        return false;
    }
    let mut rest = &words[1..];
    if !matches!(rest.first(), Some(&("you" | "we" | "i"))) {
        return false;
    }
    rest = &rest[1..];
    while matches!(
        rest.first(),
        Some(&("please" | "perhaps" | "maybe" | "just" | "possibly" | "kindly"))
    ) {
        rest = &rest[1..];
    }
    // "Can I ask what happened?", "Could I ask you to walk me through it?"
    if rest.first() == Some(&"ask") {
        rest = &rest[1..];
        if rest.first().is_some_and(|w| WH_WORDS.contains(w)) {
            return true;
        }
        if rest.starts_with(&["you", "to"]) {
            rest = &rest[2..];
        }
    }
    if rest.first() == Some(&"mind") {
        return rest.get(1).is_some_and(|w| REQUEST_GERUNDS.contains(w));
    }
    if rest.starts_with(&["be", "willing", "to"]) || rest.starts_with(&["like", "to"]) {
        rest = &rest[2 + usize::from(rest[0] == "be")..];
    }
    let Some(verb) = rest.first() else {
        return false;
    };
    if !REQUEST_VERBS.contains(verb) {
        return false;
    }
    // "Would you say the report was late?" asks for a verdict; "Could you
    // say more?" and "Would you say why?" ask for their story.
    if *verb == "say" {
        return rest.get(1).is_some_and(|w| {
            WH_WORDS.contains(w) || matches!(*w, "more" | "why" | "a" | "something" | "whatever")
        });
    }
    // "Could you tell me whether you got it?" still wants a yes or a no.
    !rest
        .iter()
        .skip(1)
        .take(2)
        .any(|w| matches!(*w, "whether" | "if"))
}

/// "Right?", "Okay?": a tag on its own asks for a yes.
fn lone_tag(text: &str) -> bool {
    if !text.trim_end().ends_with('?') {
        return false;
    }
    let w = words(text);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    match w.as_slice() {
        [tag] => TAG_WORDS.contains(tag),
        ["am", "i", "right"] | ["is", "that", "right"] | ["is", "that", "fair"] => true,
        _ => false,
    }
}

/// A yes/no question with its auxiliary left out: "Doing OK with the
/// load?", "Any chance you were busy?", "So you agree?". Never when a
/// question word is in it ("Doing what, exactly?").
fn elliptical(text: &str) -> bool {
    if !text.trim_end().ends_with('?') {
        return false;
    }
    let all = words(text);
    if all
        .iter()
        .any(|w| WH_WORDS.contains(&w.as_str()) || w == "why")
    {
        return false;
    }
    let w: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .skip_while(|w| LEAD_INS.contains(w))
        .collect();
    match w.as_slice() {
        ["any", "chance" | "luck", ..] => true,
        ["you" | "we", verb, ..] => STATEMENT_VERBS.contains(verb),
        [first, ..] => ELLIPTICAL_OPENERS.contains(first),
        [] => false,
    }
}

/// "…, right?", "…, isn't it?", "…, OK?".
fn ends_in_tag(text: &str) -> bool {
    let trimmed = text.trim_end();
    if !trimmed.ends_with('?') {
        return false;
    }
    let Some((before, tag)) = trimmed.rsplit_once([',', '—', '–']) else {
        return false;
    };
    if words(before).is_empty() {
        return false;
    }
    let tag = words(tag);
    let tag: Vec<&str> = tag.iter().map(String::as_str).collect();
    match tag.as_slice() {
        [w] => TAG_WORDS.contains(w),
        ["am", "i", "right"] | ["is", "that", "right"] | ["is", "that", "fair"] => true,
        [aux, pronoun] => AUXILIARIES.contains(aux) && TAG_PRONOUNS.contains(pronoun),
        [aux, "you", "say" | "think" | "agree"] => AUXILIARIES.contains(aux),
        [aux, "not", pronoun] => AUXILIARIES.contains(aux) && TAG_PRONOUNS.contains(pronoun),
        _ => false,
    }
}

/// Check one question against both question rules.
pub fn question_flags(question: &str) -> Vec<QuestionFlag> {
    let mut out = Vec::new();
    if is_why(question) {
        out.push(QuestionFlag {
            rule: QuestionRule::Why,
            rewrite: rewrite_why(question),
        });
    }
    if is_closed(question) {
        out.push(QuestionFlag {
            rule: QuestionRule::Closed,
            rewrite: rewrite_closed(question),
        });
    }
    out
}

/// The words of a question without its final punctuation, as typed.
fn body(question: &str) -> String {
    question
        .trim()
        .trim_end_matches(['?', '.', '!', ' '])
        .replace(['’', '‘'], "'")
}

/// Remove `prefix` (case-insensitive, word-wise) from the start of `text`.
fn after_prefix<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let rest = &text[prefix.len()..];
    if rest.is_empty() {
        return Some(rest);
    }
    rest.strip_prefix(' ').map(str::trim)
}

fn sentence(text: String) -> Option<String> {
    Some(format!("{text}?"))
}

/// A "what" or "how" version of a "why" question, where a pattern fits.
pub fn rewrite_why(question: &str) -> Option<String> {
    let q = body(question);
    if q.eq_ignore_ascii_case("why") {
        return sentence("What happened".into());
    }
    let verbs = [
        ("why did you miss", "What got in the way of"),
        ("why didn't you", "What made it hard to"),
        ("why did not you", "What made it hard to"),
        ("why don't you", "What makes it hard to"),
        ("why can't you", "What makes it hard to"),
        ("why couldn't you", "What made it hard to"),
        ("why did you", "What led you to"),
        ("why do you", "What leads you to"),
        ("why would you", "What led you to"),
        ("why are you", "What has you"),
        ("why is", "What is behind"),
        ("why are", "What is behind"),
        ("why was", "What was behind"),
        ("why were", "What was behind"),
    ];
    for (from, to) in verbs {
        if let Some(rest) = after_prefix(&q, from)
            && !rest.is_empty()
        {
            return match from {
                "why is" | "why are" | "why was" | "why were" => {
                    sentence(format!("{to} {}", reorder_is(rest)))
                }
                _ => sentence(format!("{to} {rest}")),
            };
        }
    }
    None
}

/// "the report late" after "why was": "the report being late" reads well
/// after "What was behind".
fn reorder_is(rest: &str) -> String {
    match rest.rsplit_once(' ') {
        Some((subject, state)) if !subject.is_empty() => format!("{subject} being {state}"),
        _ => rest.to_string(),
    }
}

/// Words after "can you", "could you", "will you" or "did you" that make
/// no sense after "What would help you" or "How did it go when you".
const NOT_AN_ACTION: &[&str] = &[
    "not",
    "have",
    "has",
    "had",
    "be",
    "been",
    "being",
    "ever",
    "really",
    "honestly",
    "promise",
    "guarantee",
    "swear",
    "assure",
    "confirm",
    "possibly",
    "please",
    "just",
    "still",
    "even",
    "at",
    "imagine",
    "believe",
    "remember",
    "explain",
    "accept",
    "understand",
    "see",
];

/// A "what" or "how" version of a yes/no question, where a pattern fits.
pub fn rewrite_closed(question: &str) -> Option<String> {
    let q = body(question);
    // A tag: keep the statement, then ask for their view.
    let text = normalise(question);
    if ends_in_tag(&text) {
        let (statement, _) = q.rsplit_once([',', '—', '–'])?;
        let statement = statement.trim();
        // "What about Tuesday, isn't it?": the stem is a question already,
        // and no pattern makes a sentence of it.
        let first = words(&normalise(statement)).into_iter().next()?;
        if WH_WORDS.contains(&first.as_str())
            || first == "why"
            || AUXILIARIES.contains(&first.as_str())
        {
            return None;
        }
        return Some(format!("{statement}. How do you see it?"));
    }
    let patterns = [
        ("did you read", "What did you make of"),
        ("did you see", "What did you make of"),
        ("did you get", "What did you make of"),
        ("did you receive", "What did you make of"),
        ("did you hear", "What did you make of"),
        ("have you read", "What did you make of"),
        ("have you seen", "What did you make of"),
        ("do you have any", "What"),
        ("are you happy with", "How do you feel about"),
        ("are you ok with", "How do you feel about"),
        ("are you okay with", "How do you feel about"),
        ("are you comfortable with", "How do you feel about"),
        ("are you clear on", "How do you see"),
        ("do you agree with", "How do you see"),
        ("do you understand", "How do you see"),
        ("is there anything else", "What else"),
        ("is there anything", "What"),
        ("will you", "What would it take to"),
        ("can you", "What would help you"),
        ("could you", "What would help you"),
        ("did you", "How did it go when you"),
    ];
    for (from, to) in patterns {
        if let Some(rest) = after_prefix(&q, from)
            && !rest.is_empty()
        {
            // "Could you not have told me?", "Can you promise…?": the verb
            // after "you" is not an action, and "What would help you…"
            // would read as nonsense.
            let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
            if NOT_AN_ACTION.contains(&next.as_str()) {
                return None;
            }
            return match from {
                "do you have any" => sentence(format!("{to} {rest} do you have")),
                "is there anything else" | "is there anything" => {
                    sentence(format!("{to} {}", question_order(rest)))
                }
                _ => sentence(format!("{to} {rest}")),
            };
        }
    }
    match q.to_lowercase().as_str() {
        "do you agree"
        | "do you understand"
        | "does that make sense"
        | "is that clear"
        | "is everything ok"
        | "is everything okay"
        | "is that fair" => sentence("How do you see it".into()),
        _ => None,
    }
}

/// "I can do" → "can I do": the order after a question word.
fn question_order(rest: &str) -> String {
    let mut w = rest.splitn(3, ' ');
    match (w.next(), w.next(), w.next()) {
        (Some(subject), Some(aux), tail)
            if ["i", "we", "you"].contains(&subject.to_lowercase().as_str())
                && ["can", "could", "should", "might"].contains(&aux) =>
        {
            let tail = tail.map(|t| format!(" {t}")).unwrap_or_default();
            format!("{aux} {subject}{tail}")
        }
        _ => rest.to_string(),
    }
}

#[cfg(test)]
mod tests;
