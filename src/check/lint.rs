//! The question rules: "why" questions and yes/no questions, each with the
//! open question a simple pattern can propose instead. (Judgements passed
//! off as facts are [`super::judgement`]'s.)
//!
//! These are heuristics over words, not grammar. `tests/fixtures/check/`
//! holds a labelled set of questions and facts; a test measures each rule's
//! precision and recall on it and fails below the aims in `accuracy.rs`.
//!
//! The question rules read a question clause by clause (split at commas,
//! dashes and sentence ends), after dropping quoted speech and the filler
//! before the real first word; a long text is read only by its start and
//! its end ([`MAX_READ`]), so no rule takes longer on a pasted file. A
//! rewrite is offered only when a pattern makes a grammatical open question
//! of it that keeps no absolute ("always", "ever") or label ("lazy",
//! "rudely"), that the judgement rule finds no judgement in, and that does
//! not state as the speaker's own view what the question only asked about
//! ("Do you think you could have done better?"); otherwise there is none.

use std::borrow::Cow;
use std::collections::HashMap;

use super::judgement::{Judgement, judgement};
use super::text::{each_word, holds_any, normalise, words};

mod words;

use words::*;

/// A question's problem (the coaching rule it is, with its words, is in
/// `coach`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionRule {
    /// Asks for a reason: tends to sound like an accusation.
    Why,
    /// Can be answered yes or no: closes the thread.
    Closed,
}

/// One flagged question: the rule, and a rewrite when a pattern fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionFlag {
    /// What is wrong.
    pub rule: QuestionRule,
    /// A proposed open question.
    pub rewrite: Option<String>,
}

// ---------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------

/// Borrowed words.
fn strs(words: &[String]) -> Vec<&str> {
    words.iter().map(String::as_str).collect()
}

/// A word without apostrophes: "didn't" and "didnt" alike.
fn bare(word: &str) -> String {
    word.replace('\'', "")
}

/// Whether `word` is one of `list`: compared byte by byte in place, as the
/// words are a few bytes and a call to compare memory for each one of the
/// same length costs more than the compare.
fn among(list: &[&str], word: &str) -> bool {
    let w = word.as_bytes();
    list.iter()
        .any(|x| x.len() == w.len() && x.bytes().zip(w).all(|(a, b)| a == *b))
}

/// Whether a word is an auxiliary, also when a contraction is typed
/// without its apostrophe ("isnt", "dont") or with it misplaced ("did'nt").
/// "Were" for "we're" is left to the auxiliary it spells.
fn is_aux(word: &str) -> bool {
    aux_in(word, classes(word))
}

/// [`is_aux`] of a word whose [`classes`] are known: a copy only for a
/// word with an apostrophe that is no auxiliary as typed.
#[inline]
fn aux_in(word: &str, of_word: u64) -> bool {
    if of_word & (class::AUX | class::AUX_BARE) != 0 {
        return true;
    }
    // A word that does not end in "t" (apostrophes apart) cannot be one;
    // else it is compared as [`bare`] compares. Its last byte settles most.
    matches!(word.as_bytes().last(), Some(b't' | b'\''))
        && word.contains('\'')
        && word.trim_end_matches('\'').ends_with('t')
        && classes(&bare(word)) & class::AUX_BARE != 0
}

/// A word's [`classes`], with [`class::AUX`] for every word [`is_aux`]
/// holds to be one.
fn word_classes(word: &str) -> u64 {
    let of_word = classes(word);
    match aux_in(word, of_word) {
        true => of_word | class::AUX,
        false => of_word,
    }
}

/// Whether a word asks a question: a question word or "why".
fn is_question_word(word: &str) -> bool {
    classes(word) & (class::WH | class::WHY) != 0
}

/// Whether a word is a gerund ("signing", "leaving"), not a noun in "-ing".
fn is_gerund(word: &str) -> bool {
    word.len() >= 5
        && word.ends_with("ing")
        && !word.ends_with("thing")
        && classes(word) & class::ING_NOUN == 0
}

/// Whether a word is a regular past form ("missed"), not "need" or "red".
fn is_regular_past(word: &str) -> bool {
    word.len() >= 4 && word.ends_with("ed") && !word.ends_with("eed")
}

/// The most of a question the rules read, in bytes. A question is a few
/// hundred words at most; a longer text (a pasted file) is read by its
/// start and its end, where its opener and any tag are, and gets no
/// rewrite. This keeps every rule's time small whatever the text.
pub const MAX_READ: usize = 3_000;

/// How much of a long text's end is read.
const TAIL_READ: usize = 600;

/// A question as the rules read it: whole when short, else its first and
/// last words, cut between words and set apart as two sentences.
fn readable(question: &str) -> Cow<'_, str> {
    if question.len() <= MAX_READ {
        return Cow::Borrowed(question);
    }
    let mut head = MAX_READ - TAIL_READ;
    while !question.is_char_boundary(head) {
        head -= 1;
    }
    let head = question[..head].rfind(char::is_whitespace).unwrap_or(head);
    let mut tail = question.len() - TAIL_READ;
    while !question.is_char_boundary(tail) {
        tail += 1;
    }
    let tail = question[tail..]
        .find(char::is_whitespace)
        .map_or(tail, |p| tail + p);
    Cow::Owned(format!(
        "{}. {}",
        question[..head].trim_end(),
        question[tail..].trim_start()
    ))
}

/// Punctuation that ends or breaks a clause.
const CLAUSE_BREAKS: &[char] = &['.', '?', '!', ';', ',', ':', '—', '–', '(', ')'];

/// Punctuation that breaks a clause inside a typed sentence.
const SEGMENT_BREAKS: &[char] = &[';', ',', ':', '—', '–'];

/// Text split at `breaks` (punctuation: never a letter, a digit or a
/// space) and at a dash set between spaces, but not inside a number
/// ("1,000", "15:00", "9.30").
fn split_at_breaks(text: &str, breaks: &[char]) -> Vec<String> {
    segments(&dashed(text), breaks)
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Text with a dash set between spaces written as the break it is.
fn dashed(text: &str) -> Cow<'_, str> {
    if text.contains('-') {
        Cow::Owned(text.replace(" - ", " — ").replace(" -- ", " — "))
    } else {
        Cow::Borrowed(text)
    }
}

/// The parts of `text` between `breaks` (punctuation: never a letter, a
/// digit or a space), but not inside a number, untrimmed.
fn segments<'a>(text: &'a str, breaks: &[char]) -> Vec<&'a str> {
    let mut out = Vec::with_capacity(4);
    each_segment(text, breaks, |part| out.push(part));
    out
}

/// Whether the part of `text` in `gap`, which holds no word, has a break
/// of [`CLAUSE_BREAKS`], as [`segments`] splits at one (not inside a
/// number).
fn breaks_between(text: &str, gap: std::ops::Range<usize>) -> bool {
    let bytes = text.as_bytes();
    let mut at = gap.start;
    while at < gap.end {
        if bytes[at] == b' ' {
            at += 1;
            continue;
        }
        let (end, breaks) = break_at(text, at, CLAUSE_BREAKS);
        if breaks {
            return true;
        }
        at = end;
    }
    false
}

/// The byte after the character at `at` of `text`, and whether that
/// character is one of `breaks` where it stands: not inside a number
/// ("3.5", "1,000"), which a character is when ASCII digits stand on both
/// sides of it.
fn break_at(text: &str, at: usize, breaks: &[char]) -> (usize, bool) {
    let bytes = text.as_bytes();
    let c = text[at..].chars().next().unwrap_or_default();
    let end = at + c.len_utf8();
    let in_number =
        at > 0 && bytes[at - 1].is_ascii_digit() && bytes.get(end).is_some_and(u8::is_ascii_digit);
    (end, breaks.contains(&c) && !in_number)
}

/// [`segments`], each handed to `part` in turn rather than collected.
fn each_segment<'a>(text: &'a str, breaks: &[char], mut part: impl FnMut(&'a str)) {
    let bytes = text.as_bytes();
    let (mut start, mut at) = (0, 0);
    while at < bytes.len() {
        // Most characters are letters, digits or spaces: a byte settles
        // them, and only the others are decoded.
        let b = bytes[at];
        if b.is_ascii_alphanumeric() || b == b' ' {
            at += 1;
            continue;
        }
        let (end, breaks_here) = break_at(text, at, breaks);
        if breaks_here {
            part(&text[start..at]);
            start = end;
        }
        at = end;
    }
    part(&text[start..]);
}

/// The words of a question and the classes of each, read once for both
/// rules: the words of [`split_at_breaks`] at [`CLAUSE_BREAKS`] of its
/// normalised text (after [`dashed`]), borrowed, with texted forms spelt
/// out ("whatcha" is "what are you"), and where each clause ends.
struct Reading<'a> {
    /// The normalised text.
    text: &'a str,
    words: Vec<&'a str>,
    /// The [`word_classes`] of each word.
    classes: Vec<u64>,
    /// Where each clause ends in `words`; none is empty.
    ends: Vec<usize>,
}

impl<'a> Reading<'a> {
    /// Read `dashed`, the normalised `text` after [`dashed`].
    fn of(text: &'a str, dashed: &'a str) -> Self {
        // A word takes two bytes or more with its break: room for all of
        // them at once, not grown word by word.
        let room = dashed.len() / 2 + 1;
        let mut words: Vec<&'a str> = Vec::with_capacity(room);
        let mut ends = Vec::with_capacity(4);
        // One pass over the words: a clause ends where a break stands
        // between two of them (a break is never part of a word).
        let mut close = |words: &Vec<&str>| {
            if words.len() > ends.last().copied().unwrap_or(0) {
                ends.push(words.len());
            }
        };
        let mut after = 0;
        for w in each_word(dashed) {
            let at = w.as_ptr() as usize - dashed.as_ptr() as usize;
            if breaks_between(dashed, after..at) {
                close(&words);
            }
            after = at + w.len();
            match texted(w) {
                Some(full) => words.extend_from_slice(full),
                None => words.push(w),
            }
        }
        close(&words);
        let classes = words.iter().map(|w| word_classes(w)).collect();
        Reading {
            text,
            words,
            classes,
            ends,
        }
    }

    /// The clauses, in order.
    fn clauses(&self) -> impl Iterator<Item = Clause<'_>> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(&self.ends).map(|(from, &to)| Clause {
            w: &self.words[from..to],
            c: &self.classes[from..to],
        })
    }
}

/// A clause's words and the [`word_classes`] of each, side by side.
#[derive(Clone, Copy)]
struct Clause<'r> {
    w: &'r [&'r str],
    c: &'r [u64],
}

impl<'r> Clause<'r> {
    /// Whether the word at `i` is one of a class of `classes`.
    fn is(&self, i: usize, classes: u64) -> bool {
        self.c.get(i).is_some_and(|c| c & classes != 0)
    }

    /// The words from `n` on.
    fn from(self, n: usize) -> Self {
        Clause {
            w: &self.w[n..],
            c: &self.c[n..],
        }
    }

    /// The words before `n`.
    fn to(self, n: usize) -> Self {
        Clause {
            w: &self.w[..n],
            c: &self.c[..n],
        }
    }

    /// The last words, as many as `rest` has: `rest` is a tail of the
    /// clause's words, matched by a pattern.
    fn tail(self, rest: &[&str]) -> Self {
        self.from(self.w.len() - rest.len())
    }

    /// The words after its filler.
    fn after_lead_ins(self) -> Self {
        let filler = self.c.iter().take_while(|c| *c & class::LEAD_IN != 0);
        self.from(filler.count())
    }
}

/// A texted form spelt out: "whatcha" is "what are you".
fn texted(word: &str) -> Option<&'static [&'static str]> {
    match word {
        "whatcha" | "watcha" | "whatchu" => Some(&["what", "are", "you"]),
        _ => None,
    }
}

/// Where a run of words matching `pattern` (one set of alternatives per
/// word) starts.
fn find_run(words: &[&str], pattern: &[&[&str]]) -> Option<usize> {
    (0..words.len()).find(|&i| run_at(words, i, pattern))
}

/// Whether a run of words matching `pattern` starts at `i`.
fn run_at(words: &[&str], i: usize, pattern: &[&[&str]]) -> bool {
    pattern
        .iter()
        .enumerate()
        .all(|(j, alts)| words.get(i + j).is_some_and(|w| among(alts, w)))
}

// ---------------------------------------------------------------------------
// Why
// ---------------------------------------------------------------------------

/// Whether a question asks for a reason or a justification: with "why"
/// (not quoted, not a reason they are to give someone else, not a check
/// that they understand one), or with a phrase that does the same ("How
/// come…", "What possessed you…", "What was the point of…").
pub fn is_why(question: &str) -> bool {
    reading(question, why_in)
}

/// Read a question once, for one rule or both.
fn reading<T>(question: &str, rules: impl FnOnce(&Reading) -> T) -> T {
    let text = normalise(&readable(question));
    let dashed = dashed(&text);
    rules(&Reading::of(&text, &dashed))
}

/// [`is_why`] of a question read.
fn why_in(question: &Reading) -> bool {
    question.clauses().any(|clause| {
        let (w, c) = without_intensifiers(clause);
        let w = Clause { w: &w, c: &c };
        // Every class of word in the clause: a test that needs a class
        // absent from it is not run.
        let all = c.iter().fold(0, |all, c| all | c);
        asks_reason(w, all) || demands_justification(w, all)
    })
}

/// A clause's words and classes without the phrases of [`INTENSIFIERS`]:
/// the clause's own, not a copy, when none is there.
type Kept<'r> = (Cow<'r, [&'r str]>, Cow<'r, [u64]>);

/// [`Kept`] of a clause: a phrase is looked for only where a word of
/// [`INTENSIFIER_FIRSTS`] stands.
fn without_intensifiers(clause: Clause<'_>) -> Kept<'_> {
    let at = |i: usize| match clause.is(i, class::INTENSIFIER_FIRST) {
        true => INTENSIFIERS.iter().find(|p| clause.w[i..].starts_with(p)),
        false => None,
    };
    let n = clause.w.len();
    if !(0..n).any(|i| at(i).is_some()) {
        return (Cow::Borrowed(clause.w), Cow::Borrowed(clause.c));
    }
    let (mut w, mut c) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut i = 0;
    while i < n {
        match at(i) {
            Some(p) => i += p.len(),
            None => {
                w.push(clause.w[i]);
                c.push(clause.c[i]);
                i += 1;
            }
        }
    }
    (Cow::Owned(w), Cow::Owned(c))
}

/// A clause asking for a reason with "why" or a phrase of [`why_phrase`].
/// `all` holds the classes of its words.
fn asks_reason(w: Clause, all: u64) -> bool {
    let phrase = |i: usize| w.is(i, class::WHY_PHRASE_FIRST) && why_phrase(&w.w[i..]);
    let phrased = all & class::WHY_PHRASE_FIRST != 0 && (0..w.w.len()).any(phrase);
    if phrased || (all & class::REASON != 0 && asks_the_reason(w)) {
        return true;
    }
    if all & class::WHY == 0 && w.w.first() != Some(&"y") {
        return false;
    }
    (0..w.w.len()).any(|i| {
        // "y did u…": "why" typed as one letter.
        let marker = w.is(i, class::WHY) || (i == 0 && w.w[0] == "y" && w.is(1, class::AUX));
        marker
            && !checks_understanding(&w.w[..i])
            && !reason_for_someone_else(w.to(i))
            && !view_on_a_cause(w.w, i)
    })
}

/// "What's your view on why the numbers dropped?": their view asked on a
/// cause that is not their own doing (with no "you" after the "why").
fn view_on_a_cause(w: &[&str], at: usize) -> bool {
    let viewed = matches!(
        &w[..at],
        [.., noun, "on" | "about" | "of"] | [.., noun, "as", "to"] if among(VIEW_NOUNS, noun)
    );
    viewed
        && !w[at + 1..]
            .iter()
            .any(|x| matches!(*x, "you" | "u" | "your" | "you're" | "yourself"))
}

/// "What was your reason for…", "Give me a reason…": "reason" as what is
/// asked for, not "for some reason" or "within reason" ("reasoning" is
/// their thinking, and left alone).
fn asks_the_reason(w: Clause) -> bool {
    (0..w.w.len()).any(|i| {
        matches!(w.w[i], "reason" | "reasons")
            && !matches!(
                i.checked_sub(1).map(|p| w.w[p]),
                Some("some" | "within" | "no" | "other")
            )
            && !reason_for_someone_else(w.to(i))
            && !explained_to_others(w, i)
    })
}

/// "How would you explain the reasons to your team?": a verb of telling
/// shortly before the reason, and its listener shortly after it.
fn explained_to_others(w: Clause, at: usize) -> bool {
    let telling = class::TELLING_VERB | class::EXPLAINING_VERB;
    let end = w.w.len().min(at + LOOK_BACK);
    (at.saturating_sub(LOOK_BACK)..at).any(|i| w.is(i, telling))
        && to_someone_else(w.from(at).to(end - at))
}

/// Whether words hold "to" and a listener who is not the speaker: "…to
/// your team", not "…to me".
fn to_someone_else(w: Clause) -> bool {
    (1..w.w.len()).any(|j| w.w[j - 1] == "to" && !w.is(j, class::SELF_WORD))
}

/// "Do you understand why…", "You do realise why…": the words before "why"
/// end with "you" and a verb of understanding.
fn checks_understanding(before: &[&str]) -> bool {
    match before {
        [.., "you" | "u", verb] | [.., "you" | "u", _, verb] => among(COMPREHENSION_VERBS, verb),
        _ => false,
    }
}

/// "How would you explain to the customer why…", "Did you tell the team
/// why…", "How do we make it clear to parents why…", "How should we
/// explain why…", "What would help the new starters understand why…": the
/// reason is for someone other than the speaker, or the speaker gives it;
/// it is not asked of the listener. Only the last few words before the
/// "why" are read.
fn reason_for_someone_else(before: Clause) -> bool {
    let before = before.from(before.w.len().saturating_sub(LOOK_BACK));
    if understood_by_others(before) {
        return true;
    }
    let telling = class::TELLING_VERB | class::EXPLAINING_VERB;
    let Some(v) = before.c.iter().rposition(|c| c & telling != 0) else {
        return false;
    };
    let between = before.from(v + 1);
    let listener = if before.is(v, class::TELLING_VERB) {
        !between.w.is_empty() && !between.is(0, class::SELF_WORD)
    } else {
        to_someone_else(between)
    };
    listener || speaker_tells(before.to(v))
}

/// Whether the speaker is who tells, by the subject before the verb of
/// telling: "we should explain", "how do I put", "let me explain".
fn speaker_tells(before: Clause) -> bool {
    let filler = class::AUX | class::TELLING_FILLER;
    before
        .c
        .iter()
        .rposition(|c| c & filler == 0)
        .is_some_and(|i| {
            matches!(
                before.w[i],
                "we" | "i" | "we'd" | "i'd" | "we'll" | "i'll" | "let's" | "lets" | "me" | "us"
            )
        })
}

/// "What would help the new starters understand why…", "How do we make
/// sure everyone knows why…": someone other than the speaker is to
/// understand the reason. "Help me understand why…" asks for it.
fn understood_by_others(before: Clause) -> bool {
    let understands = |i: usize| {
        let w = before.w[i];
        let base = w.strip_suffix('s').unwrap_or(w);
        before.is(i, class::COMPREHENSION_VERB)
            || base == "know"
            || (base.len() < w.len() && classes(base) & class::COMPREHENSION_VERB != 0)
    };
    let Some(c) = (0..before.w.len()).rev().find(|&i| understands(i)) else {
        return false;
    };
    let Some(h) = (0..c).rev().find(|&i| before.is(i, class::CAUSATIVE)) else {
        return false;
    };
    let who = || (h + 1..c).filter(|&i| before.w[i] != "to");
    let speaker = |i: usize| before.is(i, class::SELF_WORD) || before.w[i] == "i";
    (1..=4).contains(&who().count()) && !who().any(speaker)
}

/// A justification demanded without "why": "What were you thinking…",
/// "What possessed you…", "What made you think…", "What did you do that
/// for?", "What was the point of doing…", "How could you not…", "How do
/// you justify…". All but the last need a question word; `all` holds the
/// classes of the clause's words.
fn demands_justification(clause: Clause, all: u64) -> bool {
    let w = clause.w;
    let justify = || all & class::JUSTIFY != 0 && justify_yourself(w);
    // Every run below opens with a question word: only where one stands
    // is a run looked for.
    let mut asked = (0..w.len()).filter(|&i| clause.is(i, class::WH));
    let Some(first) = asked.next() else {
        return justify();
    };
    let run = |pattern: &[&[&str]]| {
        std::iter::once(first)
            .chain(asked.clone())
            .find(|&i| run_at(w, i, pattern))
    };
    // "What were you thinking?"; in the present only with the deed after
    // it ("What are you thinking, leaving…" is split at the comma, and
    // "What are you thinking for Friday?" asks their plan).
    let thinking = run(&[
        &["what", "whatever"],
        &["were", "was", "are"],
        &["you", "u"],
        &["thinking"],
    ])
    .is_some_and(|i| match w.get(i + 4) {
        Some(&"about") => false,
        next if w[i + 1] == "are" => next.is_some_and(|g| is_gerund(g)),
        _ => true,
    });
    let made = &[
        &["what"][..],
        &["made", "makes", "make"],
        &["you", "u"],
        DECISION_VERBS,
    ];
    thinking
        || run(&[&["what", "whatever"], &["possessed", "possesed"]]).is_some()
        || run(made).is_some()
        || run(&[&["how"], &["could"], &["you", "u"], REPROACH_VERBS]).is_some()
        || did_that_for(w)
        || deed_for(w).is_some()
        || (all & class::JUSTIFICATION_NOUN != 0 && point_of_doing(w))
        || justify()
}

/// "What did you do that for?", "What'd you say it for?".
fn did_that_for(w: &[&str]) -> bool {
    matches!(w.first(), Some(&("what" | "what'd" | "whatd")))
        && matches!(w, [.., "that" | "it" | "this" | "them", "for"])
        && w.iter().any(|x| among(DEED_VERBS, x))
}

/// "What did you cancel the class two hours before for?": a deed done, and
/// "for" at the end asking what it was for. Returns where the deed's verb
/// is.
fn deed_for(w: &[&str]) -> Option<usize> {
    match w {
        ["what", "did" | "would", "you" | "u", verb, _, .., "for"] if !among(FOR_VERBS, verb) => {
            Some(3)
        }
        ["what'd" | "whatd", "you" | "u", verb, _, .., "for"] if !among(FOR_VERBS, verb) => Some(2),
        _ => None,
    }
}

/// "What was the point of signing…?", "What was the thinking behind
/// putting…?": a justification noun, then a deed.
fn point_of_doing(w: &[&str]) -> bool {
    let Some(i) = find_run(w, &[JUSTIFICATION_NOUNS, &["of", "in", "behind"]]) else {
        return false;
    };
    // "What was the point of that?": the deed named by "that".
    let that = w[i] == "point" && matches!(&w[i + 2..], ["that" | "this"]);
    (that || w.get(i + 2).is_some_and(|g| is_gerund(g)))
        && w[..i]
            .iter()
            .any(|x| matches!(*x, "what" | "what's" | "whats"))
}

/// "How do you justify leaving early?"; "How would you justify it to the
/// board?" prepares them for someone else.
fn justify_yourself(w: &[&str]) -> bool {
    let Some(p) = w.iter().position(|x| *x == "justify") else {
        return false;
    };
    w[..p].iter().any(|x| matches!(*x, "you" | "u"))
        && !w[p..]
            .windows(2)
            .any(|pair| pair[0] == "to" && !among(SELF_WORDS, pair[1]))
}

// ---------------------------------------------------------------------------
// Closed
// ---------------------------------------------------------------------------

/// Whether a question can be answered yes or no: a clause that opens with
/// an auxiliary (after filler or a name), a statement that asks for
/// agreement, a tag, or a statement with a question mark and no question
/// word.
pub fn is_closed(question: &str) -> bool {
    reading(question, closed_in)
}

/// [`is_closed`] of a question read.
fn closed_in(question: &Reading) -> bool {
    let text = question.text;
    if ends_in_tag(text) || lone_tag(question) {
        return true;
    }
    if opened_after(question) {
        return false;
    }
    let opens = question.clauses().any(opens_with_question_word);
    // "What", "how", "which" or "why" anywhere in the question.
    let anywhere = class::OPEN_ANYWHERE | class::WHY;
    let shape = Shape {
        asked: text.trim_end().ends_with('?'),
        opens,
        open: opens || question.classes.iter().any(|c| c & anywhere != 0),
    };
    let mut frames = false;
    for (i, clause) in question.clauses().enumerate() {
        let w = clause.after_lead_ins();
        if closed_clause(w, i, shape) || (shape.asked && !shape.open && ok_with(clause.w)) {
            return true;
        }
        let framed = matches!(w.w.first(), Some(&("to" | "checking" | "check")));
        frames |= framed && CHECK_FRAMES.iter().any(|f| w.w.starts_with(f));
    }
    frames && !shape.open
}

/// What a question as a whole shows, for reading one of its clauses.
#[derive(Clone, Copy)]
struct Shape {
    /// It ends in "?".
    asked: bool,
    /// A clause opens with a question word ("What…", "In what way…", "…,
    /// and how…").
    opens: bool,
    /// It has a question word: one that opens a clause, or "what", "how",
    /// "which" or "why" anywhere ("Can I ask what happened?").
    open: bool,
}

/// "Is there anything else you'd like to add, and what?", "Did anything
/// change? If so, what?": a question word on its own at the end opens up
/// the yes or no before it.
fn opened_after(question: &Reading) -> bool {
    let Some(last) = question.clauses().last() else {
        return false;
    };
    let w = last.after_lead_ins();
    let w = match w.w {
        ["if", "so", ..] => w.from(2),
        _ => w,
    };
    question.ends.len() > 1 && w.w.len() == 1 && w.is(0, class::WH)
}

/// "OK with the new hours?", "Alright for Friday?", "Fine by you if…?":
/// "are you" left out before a word that is otherwise filler.
fn ok_with(clause: &[&str]) -> bool {
    matches!(
        clause,
        [
            "ok" | "okay" | "alright" | "fine" | "good",
            "with" | "to" | "for" | "if" | "by",
            ..
        ]
    )
}

/// Whether a clause opens with a question word, after its filler and any
/// subordinator ("In what way…").
fn opens_with_question_word(clause: Clause) -> bool {
    let w = clause.after_lead_ins();
    let first =
        w.c.iter()
            .find(|c| *c & class::SUBORDINATOR == 0 || *c & class::WH != 0);
    first.is_some_and(|c| c & (class::WH | class::WHY) != 0)
}

/// One clause, after its filler: `index` is its place in the question.
/// "Any idea what happened?" asks whether they have one, whatever question
/// word follows it, unless another clause asks the open question.
fn closed_clause(w: Clause, index: usize, shape: Shape) -> bool {
    let request_tag = matches!(w.w, ["would" | "will" | "could" | "can", "you"]);
    if w.w.is_empty() || (index > 0 && (ASIDES.contains(&w.w) || request_tag)) {
        return false;
    }
    let open = shape.open;
    opens_closed(w)
        || named_opener(w)
        || seeks_agreement(w, open)
        || (!shape.opens && w.is(0, class::ANY_WORD))
        || (shape.asked && !open && (statement(w) || elliptical(w)))
}

/// Whether words open with an auxiliary that is not a polite request ("r u
/// ok" is "are you ok" typed short).
fn opens_closed(words: Clause) -> bool {
    let texted = matches!(words.w, ["r", "u" | "you" | "we" | "they", ..]);
    texted || (words.is(0, class::AUX) && !polite_request(words))
}

/// "Mike did you…", "Priya have you…": a name, then an auxiliary and a
/// pronoun, with no comma between.
fn named_opener(w: Clause) -> bool {
    let [first, _, _, ..] = w.w else {
        return false;
    };
    let not_a_name = class::AUX
        | class::STATEMENT_SUBJECT
        | class::DETERMINER
        | class::SUBORDINATOR
        | class::REQUEST_VERB;
    let name = !w.is(0, not_a_name)
        && *first != "y"
        && !first.starts_with("wh")
        && !first.starts_with("how");
    name && w.is(1, class::AUX) && w.is(2, class::TAG_PRONOUN) && !polite_request(w.from(1))
}

/// A statement that asks for agreement, with or without its question mark:
/// "Surely you…", "You do realise…", "So you're saying…", "And you're
/// sure…", "We're agreed then", "I assume you've…".
fn seeks_agreement(w: Clause, open: bool) -> bool {
    match w.w {
        ["surely", ..] => true,
        [_, ..] if w.is(0, class::ASSUMPTION_ADVERB) => !open,
        [subject, "do" | "did" | "does", _, ..] => {
            matches!(*subject, "you" | "u" | "we" | "they") && w.is(2, class::CHECK_VERB)
        }
        ["i'm" | "im", state, ..] | ["i", "am", state, ..] => {
            !open && matches!(*state, "assuming" | "guessing" | "presuming" | "hoping")
        }
        ["i", _, _, ..] => {
            !open && w.is(1, class::ASSUMPTION_VERB) && !w.is(2, class::WH | class::WHY)
        }
        _ => you_are(w).is_some_and(|state| w.is(state, class::AGREEMENT_STATE)),
    }
}

/// Where the word after "you're", "you are", "we're" or "we are" stands.
fn you_are(w: Clause) -> Option<usize> {
    match w.w {
        ["you're" | "youre" | "we're" | "u're", _, ..] => Some(1),
        ["you" | "u" | "we", "are", _, ..] => Some(2),
        _ => None,
    }
}

/// A statement, to be read as a question when it ends in "?" and has no
/// question word: a pronoun subject ("You've read it?"), or a noun phrase
/// or name and an auxiliary ("The rota was on the board?").
fn statement(w: Clause) -> bool {
    let Some(first) = w.w.first() else {
        return false;
    };
    let wants = matches!(
        w.w,
        ["i'd" | "id", "like" | "love", ..] | ["i", "would" | "want", ..]
    );
    if wants {
        return false;
    }
    if w.is(0, class::STATEMENT_SUBJECT) {
        return true;
    }
    // A subject of a few words, then an auxiliary: "Mrs Patel's meds were
    // given?". Not after a request ("Tell me when you are free?").
    let request = w.is(0, class::REQUEST_VERB) || matches!(*first, "let's" | "lets");
    !request && (1..w.w.len().min(5)).any(|i| w.is(i, class::AUX))
}

/// A yes/no question with its auxiliary left out: "Doing OK with the
/// load?", "Seen the email?", "Any chance you were busy?".
fn elliptical(w: Clause) -> bool {
    match w.w {
        ["you" | "we" | "u", _, ..] => w.is(1, class::STATEMENT_VERB),
        [
            "all",
            "good" | "ok" | "okay" | "fine" | "set" | "sorted" | "clear",
            ..,
        ] => true,
        [first, ..] => {
            w.is(0, class::ELLIPTICAL_OPENER | class::PARTICIPLE) || is_regular_past(first)
        }
        [] => false,
    }
}

/// "Could you walk me through…", "Would you mind telling me…", "Do you
/// mind talking me through…", "Can I ask what…": a request for their
/// story, not a yes/no question.
fn polite_request(words: Clause) -> bool {
    // "Do tell me more": an emphatic request.
    if let ["do", _, ..] = words.w
        && words.is(1, class::REQUEST_VERB)
    {
        return true;
    }
    let mut rest = match words.w {
        [
            "can" | "could" | "would" | "will" | "may",
            "you" | "we" | "i" | "u",
            rest @ ..,
        ] => rest,
        ["do", "you" | "u", rest @ ..] if matches!(rest.first(), Some(&("mind" | "want"))) => rest,
        [
            "are",
            "you" | "u",
            "able" | "happy" | "willing" | "ok" | "okay",
            "to",
            rest @ ..,
        ] => rest,
        _ => return false,
    };
    while let [
        "please" | "perhaps" | "maybe" | "just" | "possibly" | "kindly",
        tail @ ..,
    ] = rest
    {
        rest = tail;
    }
    // "Can I ask what happened?", "Could I ask you to walk me through it?"
    if let ["ask", tail @ ..] = rest {
        if words.tail(tail).is(0, class::WH) {
            return true;
        }
        rest = tail.strip_prefix(&["you", "to"][..]).unwrap_or(tail);
    }
    if let ["mind", _, ..] = rest {
        return words.tail(rest).is(1, class::REQUEST_GERUND);
    }
    for frame in [
        &["be", "willing", "to"][..],
        &["be", "able", "to"],
        &["like", "to"],
        &["want", "to"],
    ] {
        if let Some(tail) = rest.strip_prefix(frame) {
            rest = tail;
        }
    }
    request_verb(words.tail(rest))
}

/// The verb of a polite request and what follows it.
fn request_verb(rest: Clause) -> bool {
    let Some(verb) = rest.w.first() else {
        return false;
    };
    if !rest.is(0, class::REQUEST_VERB) {
        return false;
    }
    // "Would you say the report was late?" asks for a verdict; "Could you
    // say more?" and "Would you say why?" ask for their story.
    if *verb == "say" {
        return rest.w.get(1).is_some_and(|w| {
            rest.is(1, class::WH) || matches!(*w, "more" | "why" | "a" | "something" | "whatever")
        });
    }
    // "Could you tell me whether you got it?" still wants a yes or a no.
    !rest
        .w
        .iter()
        .skip(1)
        .take(3)
        .any(|w| matches!(*w, "whether" | "if"))
}

/// Whether words open with the verb of a request ("Talk me through…").
fn starts_with_request<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    words
        .map(classes)
        .find(|c| c & class::LEAD_IN == 0)
        .is_some_and(|c| c & class::REQUEST_VERB != 0)
}

/// The first four words of `text`, and how many it has of them: a tag is
/// three words at most.
fn first_four(text: &str) -> ([&str; 4], usize) {
    let mut out = [""; 4];
    let mut n = 0;
    for w in each_word(text).take(4) {
        out[n] = w;
        n += 1;
    }
    (out, n)
}

/// "Right?", "Okay?": a tag on its own asks for a yes.
fn lone_tag(question: &Reading) -> bool {
    // Its first word is the question's (a texted form spelt out is no
    // tag, whole or spelt out): a tag word, or the first of a tag phrase.
    let tag_first = match question.words.first() {
        Some(first) => {
            classes(first) & class::TAG_WORD != 0 || TAG_PHRASES.iter().any(|p| p[0] == *first)
        }
        None => false,
    };
    let text = question.text;
    if !tag_first || !text.trim_end().ends_with('?') {
        return false;
    }
    // A tag is three words at most: a fourth settles it.
    let (w, n) = first_four(text);
    match &w[..n] {
        [tag] => classes(tag) & class::TAG_WORD != 0,
        tag => TAG_PHRASES.contains(&tag),
    }
}

/// "…, right?", "…, isn't it?", "…, isnt it", "…, OK?". A one-word tag
/// needs its question mark; "…, do you think?" after a question word is an
/// aside.
fn ends_in_tag(text: &str) -> bool {
    let trimmed = text.trim_end();
    let asked = trimmed.ends_with('?');
    // Most texts have no comma and no dash (whose bytes begin with 0xE2):
    // a search for each byte settles them.
    if !holds_any(trimmed.as_bytes(), &[b',', 0xE2], false) {
        return false;
    }
    let Some((before, tag)) = trimmed.rsplit_once([',', '—', '–']) else {
        return false;
    };
    let Some(first) = each_word(before).next() else {
        return false;
    };
    // "Talk me through it, would you?", "…, OK?" after a request: the
    // request stands.
    if starts_with_request(each_word(before)) {
        return false;
    }
    let (t, n) = first_four(tag);
    match &t[..n] {
        // Typed without its question mark, after a statement: "…, right".
        [w] => (asked || !is_question_word(first)) && classes(w) & class::TAG_WORD != 0,
        [aux, pronoun] | [aux, "not", pronoun] => {
            is_aux(aux) && classes(pronoun) & class::TAG_PRONOUN != 0
        }
        [aux, "you" | "u", verb] if classes(verb) & class::TAG_VERB != 0 => {
            is_aux(aux) && !each_word(before).any(is_question_word)
        }
        tag => asked && TAG_PHRASES.contains(&tag),
    }
}

// ---------------------------------------------------------------------------
// Flags
// ---------------------------------------------------------------------------

/// Check one question against both question rules. A question that is
/// both gets the "why" rewrite for both: it drops the yes/no guess too
/// ("Why didn't you call? Did you forget?" → "What made it hard to call?").
pub fn question_flags(question: &str) -> Vec<QuestionFlag> {
    let (why, closed) = reading(question, |read| (why_in(read), closed_in(read)));
    let why_rewrite = if why { rewrite_why(question) } else { None };
    let mut out = Vec::new();
    if why {
        out.push(QuestionFlag {
            rule: QuestionRule::Why,
            rewrite: why_rewrite.clone(),
        });
    }
    if closed {
        out.push(QuestionFlag {
            rule: QuestionRule::Closed,
            rewrite: if why {
                why_rewrite
            } else {
                rewrite_closed(question)
            },
        });
    }
    out
}

// ---------------------------------------------------------------------------
// Rewrites: shared
// ---------------------------------------------------------------------------

/// The words of a question without its final punctuation, as typed.
fn body(question: &str) -> String {
    question
        .trim()
        .trim_end_matches(['?', '.', '!', ' '])
        .replace(['’', '‘'], "'")
}

/// A typed word's key: lowercase, without the punctuation around it.
fn key(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The keys of typed words.
fn keys(tokens: &[String]) -> Vec<String> {
    tokens.iter().map(|t| key(t)).collect()
}

/// Typed words joined back into text.
fn join(tokens: &[String]) -> String {
    tokens.join(" ")
}

/// The typed clauses of a question (split as [`clauses`] splits), grouped
/// by sentence.
fn typed_sentences(question: &str) -> Vec<Vec<String>> {
    body(question)
        .split(['?', '!'])
        .flat_map(|s| s.split(". "))
        .map(|s| split_at_breaks(s, SEGMENT_BREAKS))
        .filter(|s| !s.is_empty())
        .collect()
}

/// The first typed clause for which `test` holds, with the clauses of its
/// sentence and its index among them.
fn locate(question: &str, test: impl Fn(&str) -> bool) -> Option<(Vec<String>, usize)> {
    typed_sentences(question)
        .into_iter()
        .find_map(|s| s.iter().position(|c| test(c)).map(|at| (s, at)))
}

/// Typed words ready for a pattern: filler dropped from the front,
/// contractions typed without their apostrophe restored, "whyd" read as
/// "why did", and droppable absolutes and intensifiers left out.
fn prepare(clause: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, token) in clause.split_whitespace().enumerate() {
        let k = key(token);
        let head = if token.starts_with(char::is_uppercase) {
            "Why"
        } else {
            "why"
        };
        if let Some(full) = texted(&k) {
            let capital = token.starts_with(char::is_uppercase);
            out.extend(full.iter().enumerate().map(|(j, w)| match (j, capital) {
                (0, true) => w[..1].to_uppercase() + &w[1..],
                _ => (*w).to_string(),
            }));
            continue;
        }
        match k.as_str() {
            "whyd" | "why'd" => out.extend([head.to_string(), "did".to_string()]),
            "why's" => out.extend([head.to_string(), "is".to_string()]),
            "why're" | "whyre" => out.extend([head.to_string(), "are".to_string()]),
            "y" if i == 0 => out.push(head.to_string()),
            "u" => out.push("you".to_string()),
            _ => out.push(restore_apostrophe(token)),
        }
    }
    let start = out.iter().position(|t| !among(LEAD_INS, key(t).as_str()));
    let out = out.split_off(start.unwrap_or(out.len()));
    drop_absolutes(out)
}

/// "didnt" → "didn't": an auxiliary typed without its apostrophe.
fn restore_apostrophe(token: &str) -> String {
    let k = key(token);
    if k.contains('\'') || !is_aux(&k) || among(AUXILIARIES, k.as_str()) {
        return token.to_string();
    }
    let full = AUXILIARIES
        .iter()
        .find(|a| bare(a) == k)
        .map_or(k.clone(), |a| (*a).to_string());
    token.replacen(token.trim_matches(|c: char| !c.is_alphanumeric()), &full, 1)
}

/// Typed words without the absolutes of [`DROPPABLE`], and without "even"
/// unless it opens "even though" or "even if".
fn drop_absolutes(tokens: Vec<String>) -> Vec<String> {
    let k = keys(&tokens);
    let k = strs(&k);
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some(p) = DROPPABLE.iter().find(|p| k[i..].starts_with(p)) {
            i += p.len();
            continue;
        }
        let even =
            k[i] == "even" && !matches!(k.get(i + 1), Some(&("though" | "if" | "when" | "so")));
        if !even {
            out.push(tokens[i].clone());
        }
        i += 1;
    }
    out
}

/// What a statement rewrite adds after the statement.
const THEIR_VIEW: &str = " How do you see it?";

/// A finished rewrite of `question`: one line, a capital, a question mark,
/// and only when it is an open question (What/How/Which, or a statement and
/// "How do you see it?") that neither rule flags, that holds no absolute or
/// label, and in whose words from the question the judgement rule finds no
/// judgement ([`judged`]).
fn finish(question: &str, text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = text.trim_end_matches(['?', '.', '!', ',', ' ']);
    let mut chars = text.chars();
    let first = chars.next()?;
    let text = format!("{}{}?", first.to_uppercase(), chars.as_str());
    let opener = text.split_whitespace().next().unwrap_or("");
    let statement = text.strip_suffix(THEIR_VIEW).filter(|s| s.ends_with('.'));
    let form = ["What", "How", "Which"].contains(&opener) || statement.is_some();
    let clean = form && !carries_sting(&text) && !judged(question, &text, statement);
    (clean && !is_why(&text) && !is_closed(&text)).then_some(text)
}

/// Whether the judgement rule finds a judgement in what a rewrite keeps of
/// the question. A statement ("The customer was lying.") is the speaker's
/// own claim, and judged whole. Otherwise each run of words the rewrite
/// shares with the question is judged, not the words of the pattern around
/// them ("What made it hard to…" is not a verdict on anyone); and asking
/// them about their own mind ("What else do you want to raise?") is what an
/// open question does, not a guess at their motive.
fn judged(question: &str, rewrite: &str, statement: Option<&str>) -> bool {
    if let Some(statement) = statement {
        return judgement(&unquoted(statement)).is_some();
    }
    shared_runs(question, &unquoted(rewrite)).iter().any(|run| {
        judgement(run).is_some_and(|found| {
            let own_mind = found.kind == Judgement::Motive
                && found.words.starts_with("you ")
                && found.more.is_empty();
            !own_mind
        })
    })
}

/// Text without its quotation marks: as for [`carries_sting`], a label
/// quoted from what they wrote is still a label in front of them.
fn unquoted(text: &str) -> String {
    text.split_whitespace()
        .map(|t| {
            t.replace(['"', '“', '”', '«', '»'], "")
                .trim_matches(['\'', '‘', '’'])
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The runs of words (as typed in the rewrite) that a rewrite shares with
/// its question, longest first from the left: "What led you to rudely
/// ignore the customer?" shares "you" and "rudely ignore the customer" with
/// "Why did you rudely ignore the customer?".
fn shared_runs(question: &str, rewrite: &str) -> Vec<String> {
    let question = question.replace(['’', '‘'], "'");
    let q: Vec<String> = question.split_whitespace().map(key).collect();
    let typed: Vec<&str> = rewrite.split_whitespace().collect();
    let r: Vec<String> = typed.iter().map(|t| key(t)).collect();
    // Where each word stands in the question (its first few places, which
    // keeps this linear on a text of one word repeated).
    let mut places: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, w) in q.iter().enumerate().filter(|(_, w)| !w.is_empty()) {
        let p = places.entry(w.as_str()).or_default();
        if p.len() < 8 {
            p.push(j);
        }
    }
    let mut runs = Vec::new();
    let mut i = 0;
    while i < r.len() {
        let common = |j: &usize| {
            r[i..]
                .iter()
                .zip(&q[*j..])
                .take_while(|(a, b)| a == b)
                .count()
        };
        let n = places
            .get(r[i].as_str())
            .and_then(|p| p.iter().map(common).max())
            .unwrap_or(0);
        if n > 0 {
            runs.push(typed[i..i + n].join(" "));
        }
        i += n.max(1);
    }
    runs
}

/// Whether text holds an absolute or a label, or "keep doing" (a repeat is
/// an absolute too). Quoted words count: a rewrite that repeats "lazy" from
/// what they wrote still puts the label in front of them.
fn carries_sting(text: &str) -> bool {
    let lower = text.replace(['’', '‘'], "'").to_lowercase();
    let w = words(&lower);
    w.iter().any(|x| is_sting(x))
        || w.windows(2)
            .any(|p| matches!(p[0], "keep" | "keeps" | "kept") && is_gerund(p[1]))
}

/// Whether a word is an absolute or a label of [`STING_WORDS`], or the
/// adverb of a label: "rudely", "carelessly", "lazily", "irresponsibly".
fn is_sting(word: &str) -> bool {
    if among(STING_WORDS, word) {
        return true;
    }
    let Some(stem) = word.strip_suffix("ly") else {
        return false;
    };
    let label = |w: &str| among(STING_WORDS, w);
    label(stem)
        || stem
            .strip_suffix('i')
            .is_some_and(|s| label(&format!("{s}y")))
        || stem
            .strip_suffix('b')
            .is_some_and(|s| label(&format!("{s}ble")))
}

/// A statement and a request for their view: "The cutoff is 15:00. How do
/// you see it?". Only when the statement is one (not a question or a
/// condition).
fn with_their_view(statement: &[String]) -> Option<String> {
    let k = keys(statement);
    let first = k.first()?;
    let not_a_statement = is_aux(first)
        || is_question_word(first)
        || among(PREDICATE_WORDS, first.as_str())
        || among(PREPOSITIONS, first.as_str())
        || matches!(first.as_str(), "if" | "whether" | "of" | "about");
    if not_a_statement {
        return None;
    }
    let mut text = join(statement);
    if let Some(c) = text.get(..1) {
        text.replace_range(..1, &c.to_uppercase());
    }
    Some(format!("{text}. How do you see it?"))
}

/// The words after a leading "that" when it joins a clause ("…that the
/// date was realistic", "…that Tom was late"), not when it is the subject
/// ("that was a bit much") or a determiner ("that comment was…").
fn skip_that(tokens: &[String]) -> &[String] {
    match tokens {
        [that, next, ..] if key(that) == "that" => {
            let k = key(next);
            let joins = among(DETERMINERS, k.as_str())
                || among(STATEMENT_SUBJECTS, k.as_str())
                || next.starts_with(char::is_uppercase)
                || is_number(&k);
            if joins { &tokens[1..] } else { tokens }
        }
        _ => tokens,
    }
}

// ---------------------------------------------------------------------------
// Rewrites: why
// ---------------------------------------------------------------------------

/// A "what" or "how" version of a "why" question, where a pattern fits.
pub fn rewrite_why(question: &str) -> Option<String> {
    if question.len() > MAX_READ {
        return None;
    }
    let (clauses, at) = locate(question, is_why)?;
    // "The invoices went out late — why?": the statement, and their view.
    if at > 0 && matches!(key(&clauses[at]).as_str(), "why") {
        let statement = prepare(&clauses[..at].join(", "));
        return with_their_view(&statement).and_then(|r| finish(question, &r));
    }
    // The clause that asks, and what follows it up to a yes/no guess
    // ("…, leaving the trolley open" stays; "…, is it the buses?" goes).
    let mut kept = vec![clauses[at].clone()];
    kept.extend(
        clauses[at + 1..]
            .iter()
            .take_while(|c| !is_closed(c) && !is_why(c))
            .cloned(),
    );
    let tokens = prepare(&kept.join(", "));
    finish(question, &why_pattern(&tokens)?)
}

/// The rewrite of one prepared "why" clause.
fn why_pattern(t: &[String]) -> Option<String> {
    let k = keys(t);
    let k = strs(&k);
    if let Some(n) = justification_opener(&k) {
        return led_you_to(&t[n..]);
    }
    if let Some(n) = deed_for(&k) {
        return led_you_to(&t[n..t.len() - 1]);
    }
    if let Some(n) = deed_opener(&k) {
        return led_to(&t[n..]);
    }
    if let Some(n) = reason_opener(&k) {
        return main_why(&t[n..]);
    }
    let i = k.iter().position(|w| *w == "why")?;
    if i == 0 {
        main_why(&t[1..])
    } else if among(REASON_FRAMES, k[i - 1]) {
        came_about(&t[i + 1..])
    } else {
        None
    }
}

/// "What possessed you to…", "What made you…": where the deed starts.
fn justification_opener(k: &[&str]) -> Option<usize> {
    match k {
        ["what" | "whatever", "possessed", "you" | "u", "to", ..] => Some(4),
        ["what" | "whatever", "possessed", "you" | "u", ..] => Some(3),
        ["what", "made" | "makes", "you" | "u", verb, ..] if among(DECISION_VERBS, verb) => Some(3),
        _ => None,
    }
}

/// "What were you thinking, leaving…", "What was the point of signing…",
/// "What did you do that for, shouting…", "What was the reason for
/// booking…": where the deed (a gerund) starts.
fn deed_opener(k: &[&str]) -> Option<usize> {
    if let [
        "what" | "whatever",
        "were" | "was" | "are",
        "you" | "u",
        "thinking",
        ..,
    ] = k
    {
        return Some(4);
    }
    if did_that_for(&k[..k.iter().position(|w| *w == "for").map_or(0, |p| p + 1)]) {
        return k.iter().position(|w| *w == "for").map(|p| p + 1);
    }
    if let Some(i) = find_run(k, &[JUSTIFICATION_NOUNS, &["of", "in", "behind"]])
        && point_of_doing(k)
    {
        return Some(i + 2);
    }
    let reason_for = find_run(k, &[&["reason"], &["for"]])?;
    k.get(reason_for + 2)
        .is_some_and(|g| is_gerund(g))
        .then_some(reason_for + 2)
}

/// "How come…", "For what reason…", "What was the reason (why)…", "Is
/// there a reason (why)…": a reason asked for as "why" asks it; returns
/// where the rest starts.
fn reason_opener(k: &[&str]) -> Option<usize> {
    let n = match k {
        ["how", "come", ..] => 2,
        ["howcome", ..] => 1,
        ["for", "what", "reason", ..] => 3,
        ["what's" | "whats", "the", "reason", ..] => 3,
        ["what", "is" | "was", "the", "reason", ..] => 4,
        ["is" | "was", "there", "a" | "any", "reason", ..] => 4,
        ["any", "reason", ..] => 2,
        _ => return None,
    };
    Some(n + usize::from(matches!(k.get(n), Some(&("why" | "that")))))
}

/// The rewrite of what follows a leading "why".
fn main_why(t: &[String]) -> Option<String> {
    let k = keys(t);
    match strs(&k).as_slice() {
        [] => Some("What happened".into()),
        ["not", _, ..] => Some(format!("What made it hard to {}", join(&t[1..]))),
        [aux, ..] if is_aux(aux) => inverted_why(t),
        _ => came_about(t),
    }
}

/// "Why did you…", "Why didn't you…", "Why were you…", "Why was the
/// report…": by the auxiliary and its subject.
fn inverted_why(t: &[String]) -> Option<String> {
    let k = keys(t);
    let rest = |n: usize| join(&t[n..]);
    let action = |n: usize| k.get(n).is_some_and(|v| !among(NOT_AN_ACTION, v.as_str()));
    let text = match strs(&k).as_slice() {
        ["did", "you", "miss", _, ..] => format!("What got in the way of {}", rest(3)),
        ["did", "you", "not", _, ..] => format!("What made it hard to {}", rest(3)),
        ["didn't" | "couldn't", "you", _, ..] => format!("What made it hard to {}", rest(2)),
        ["don't" | "can't" | "cannot", "you", _, ..] => {
            format!("What makes it hard to {}", rest(2))
        }
        ["did" | "would", "you", _, ..] if action(2) => format!("What led you to {}", rest(2)),
        ["do", "you", verb, ..] if action(2) && !among(OPINION_VERBS, verb) => {
            format!("What leads you to {}", rest(2))
        }
        ["are", "you", state, ..] if is_gerund(state) => format!("What has you {}", rest(2)),
        ["are", "you", state, ..] if among(STATES, state) => {
            format!("What is making you {}", rest(2))
        }
        ["were", "you", _, ..] if action(2) => format!("How did you come to be {}", rest(2)),
        ["is" | "was", "it", "that", ..] => return came_about(&t[3..]),
        [aux, _, ..] => return behind(aux, &t[1..]),
        _ => return None,
    };
    Some(text)
}

/// "Why was the report late?" → "What was behind the report being late?".
fn behind(aux: &str, t: &[String]) -> Option<String> {
    let tense = match aux {
        "is" | "are" | "isn't" | "aren't" => "is",
        "was" | "were" | "wasn't" | "weren't" => "was",
        _ => return None,
    };
    let (subject, predicate) = split_subject(t)?;
    let k = keys(predicate);
    let adverbs = k
        .iter()
        .take_while(|w| among(LEADING_ADVERBS, w.as_str()))
        .count();
    let (adverbs, rest) = predicate.split_at(adverbs);
    let first = key(rest.first()?);
    let mut parts = vec![format!("What {tense} behind"), join(subject), join(adverbs)];
    if aux.ends_with("n't") {
        parts.push("not".into());
    }
    if !is_gerund(&first) {
        parts.push("being".into());
    }
    parts.push(join(rest));
    Some(parts.join(" "))
}

/// The subject and the predicate of "the report late", "Mrs Patel's dose
/// not given", "it not escalated": the subject ends where a word of
/// [`PREDICATE_WORDS`], a participle or a gerund starts the predicate, or
/// failing those a preposition ("the harness on the rail").
fn split_subject(t: &[String]) -> Option<(&[String], &[String])> {
    let k = keys(t);
    let first = k.first()?;
    if is_aux(first) || is_question_word(first) || first == "you" {
        return None;
    }
    let end = if among(SUBJECT_PRONOUNS, first.as_str()) {
        // "Why is it you who…": a cleft, not a subject and its state.
        if k.get(1).is_some_and(|w| among(TAG_PRONOUNS, w.as_str())) {
            return None;
        }
        1
    } else {
        let from = if among(DETERMINERS, first.as_str()) {
            2
        } else {
            1
        };
        let strong = (from..k.len().min(7)).find(|&i| starts_predicate(&k[i]));
        // Failing those, a preposition after a short subject ("the harness
        // on the rail"); after a longer one an unknown word may end it ("the
        // release notes different from…").
        let weak = || (from..k.len().min(3)).find(|&i| among(PREPOSITIONS, k[i].as_str()));
        let end = strong.or_else(weak)?;
        // "the form four days late", "the Year 9 papers late": a number
        // inside the subject, and no telling where it ends.
        if k[from.min(end)..end].iter().any(|w| is_number(w)) {
            return None;
        }
        end
    };
    (end < t.len()).then(|| t.split_at(end))
}

/// Whether a word is a number ("4", "four"), not a time such as "8am".
fn is_number(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || among(NUMBER_WORDS, word)
}

/// Whether a word can open the predicate after a subject.
fn starts_predicate(word: &str) -> bool {
    among(PREDICATE_WORDS, word)
        || is_regular_past(word)
        || among(IRREGULAR_PAST, word)
        || is_gerund(word)
}

/// "…you skipped the review" → "How did it come about that you skipped
/// the review?"; in the present, "How has it come about that…". Only for
/// a statement whose tense shows.
fn came_about(t: &[String]) -> Option<String> {
    let t = skip_that(t);
    let k = keys(t);
    let first = k.first()?;
    if is_aux(first) || is_question_word(first) {
        return None;
    }
    // "Do you know why it happened?": nothing to keep but the event.
    if matches!(strs(&k).as_slice(), ["it", "happened"]) {
        return Some("What happened".into());
    }
    let verb = match clause_tense(&k)? {
        Tense::Past => "did",
        Tense::Present => "has",
    };
    let mut clause = t.to_vec();
    if among(DETERMINERS, first.as_str()) || among(STATEMENT_SUBJECTS, first.as_str()) {
        clause[0] = clause[0].to_lowercase();
    }
    Some(format!("How {verb} it come about that {}", join(&clause)))
}

/// The tense of a clause.
enum Tense {
    Past,
    Present,
}

/// The tense of a clause's first verb, where it shows; none for a modal
/// ("will", "could") or a verb whose tense does not show.
fn clause_tense(k: &[String]) -> Option<Tense> {
    for w in k {
        let w = w.as_str();
        if among(PAST_AUXILIARIES, w) || is_regular_past(w) || among(IRREGULAR_PAST, w) {
            return Some(Tense::Past);
        }
        if among(PRESENT_AUXILIARIES, w) {
            return Some(Tense::Present);
        }
        if is_aux(w) {
            return None;
        }
    }
    None
}

/// "What led you to…" and the deed; without one, a plain open question.
fn led_you_to(t: &[String]) -> Option<String> {
    if t.is_empty() {
        return Some("What was going on for you at the time".into());
    }
    Some(format!("What led you to {}", join(t)))
}

/// "What led to…" and a deed in "-ing"; without one, a plain open question.
fn led_to(t: &[String]) -> Option<String> {
    match t {
        [] => Some("What was going on for you at the time".into()),
        // "What did you do that for, Marek?": only a name after it.
        [name] if name.starts_with(char::is_uppercase) => {
            Some("What was going on for you at the time".into())
        }
        [first, ..] => is_gerund(&key(first)).then(|| format!("What led to {}", join(t))),
    }
}

// ---------------------------------------------------------------------------
// Rewrites: closed
// ---------------------------------------------------------------------------

/// A "what" or "how" version of a yes/no question, where a pattern fits.
pub fn rewrite_closed(question: &str) -> Option<String> {
    if question.len() > MAX_READ {
        return None;
    }
    if ends_in_tag(&normalise(question)) {
        return tag_rewrite(question).and_then(|r| finish(question, &r));
    }
    let (clauses, at) = locate(question, |c| is_closed(&format!("{c}?")))?;
    let t = prepare(&clauses[at]);
    let rest: Vec<String> = clauses[at + 1..]
        .join(", ")
        .split_whitespace()
        .map(String::from)
        .collect();
    let text = agreement_rewrite(&t, &rest).or_else(|| opener_rewrite(&t))?;
    finish(question, &text)
}

/// "The report was late, wasn't it?" → "The report was late. How do you
/// see it?". "What about Tuesday, isn't it?" has a question for a stem,
/// and gets none.
fn tag_rewrite(question: &str) -> Option<String> {
    let q = body(question);
    let (statement, _) = q.rsplit_once([',', '—', '–'])?;
    if statement.trim_start().to_lowercase().starts_with("why") || carries_sting(statement) {
        return None;
    }
    with_their_view(&prepare(statement))
}

/// A statement that asks for agreement, as the statement and their view:
/// "You do realise the cutoff is 15:00?" → "The cutoff is 15:00. How do
/// you see it?". Only a statement the speaker holds is stated: what they
/// only ask about ("Do you think you could have done better?", "Is it true
/// that…"), what they doubt ("Are you sure nobody saw it?") and what they
/// report the other as saying ("So you're saying the customer was
/// lying?") would become the speaker's accusation, and get none. "Surely…"
/// and "I assume…" guess at what they did, and get none either.
fn agreement_rewrite(t: &[String], rest: &[String]) -> Option<String> {
    let k = keys(t);
    let (n, held) = match strs(&k).as_slice() {
        ["you" | "we", "do" | "did", verb, ..] if among(CHECK_VERBS, verb) => (3, true),
        ["you're" | "we're", state, ..] if among(AGREEMENT_STATES, state) => {
            (2, !among(THEIR_CLAIMS, state))
        }
        ["you" | "we", "are", state, ..] if among(AGREEMENT_STATES, state) => {
            (3, !among(THEIR_CLAIMS, state))
        }
        ["are", "you", "sure" | "saying" | "certain", ..] => (3, false),
        ["would" | "wouldn't", "you", "agree" | "say", ..] => (3, true),
        ["don't", "you", "think" | "agree", next, ..] if *next != "with" => (3, true),
        ["do", "you", "agree", next, ..] if *next != "with" => (3, true),
        ["do", "you", "think", next, ..] if *next != "with" => (3, false),
        ["can" | "could", "we", "agree" | "say", ..] => (3, true),
        ["is", "it", "fair", "to", "say", ..] => (5, true),
        ["is", "it", "true", ..] => (3, false),
        _ => return None,
    };
    if carries_sting(&join(t)) || carries_sting(&join(rest)) {
        return None;
    }
    let mut statement = skip_that(&t[n..]);
    if matches!(statement.first().map(|w| key(w)).as_deref(), Some("then")) {
        statement = &statement[1..];
    }
    // "Are you sure?" on its own still asks for their view.
    let nothing_stated = statement.is_empty() && rest.is_empty();
    if !(held || nothing_stated) {
        return None;
    }
    match (statement.is_empty(), rest.is_empty()) {
        (false, _) if !looks_like_clause(&keys(statement)) => None,
        (false, _) => with_their_view(statement),
        (true, false) => with_their_view(&prepare(&join(rest))),
        (true, true) => Some("How do you see it".into()),
    }
}

/// Whether words hold a verb, so make a statement ("the cutoff is 15:00",
/// "the care plan says two carers") and not a bare noun ("the rules").
fn looks_like_clause(k: &[String]) -> bool {
    let verb = |w: &String| {
        is_aux(w)
            || is_regular_past(w)
            || among(IRREGULAR_PAST, w.as_str())
            || ["'s", "'re", "'ll", "'ve", "'d"]
                .iter()
                .any(|c| w.ends_with(c))
    };
    // A verb in "-s" after a noun, with more after it: "the plan says two".
    let third_person = (1..k.len().saturating_sub(1)).any(|i| {
        k[i].ends_with('s') && !k[i].ends_with("ss") && !among(DETERMINERS, k[i - 1].as_str())
    });
    k.iter().any(verb) || third_person
}

/// The rewrites by opener: "Did you read…" → "What did you make of…",
/// "Any questions…" → "What questions do you have…", and the like.
fn opener_rewrite(t: &[String]) -> Option<String> {
    let k = keys(t);
    let k = strs(&k);
    let rest = |n: usize| join(&t[n..]);
    if let Some(text) = whole_question_rewrite(&k) {
        return Some(text.into());
    }
    let text = match k.as_slice() {
        ["any", noun, ..] if noun.ends_with('s') && !noun.ends_with("ss") => {
            format!("What {noun} do you have {}", rest(2))
        }
        ["is", "everything", "ok" | "okay" | "alright" | "fine", ..] => {
            format!("How are things {}", rest(3))
        }
        ["did" | "have", "you", "read", _, ..] => made_of(&t[3..]),
        [
            "did" | "have",
            "you",
            "seen" | "see" | "get" | "receive" | "hear",
            ..,
        ] if a_thing(&k[3..]) => made_of(&t[3..]),
        ["did", "you", verb, _, ..] if among(TASK_VERBS, verb) => return how_did_it_go(&t[3..]),
        ["did", "you", verb, _, ..] if among(METHOD_VERBS, verb) => {
            format!("How did you {}", rest(2))
        }
        ["do", "you", "have", "any", _, ..] => format!("What {} do you have", rest(4)),
        [
            "are",
            "you",
            "happy" | "ok" | "okay" | "comfortable",
            "with",
            _,
            ..,
        ] => {
            format!("How do you feel about {}", rest(4))
        }
        ["are", "you", "clear", "on", _, ..] => format!("How do you see {}", rest(4)),
        ["do", "you", "agree", "with", _, ..] => format!("How do you see {}", rest(4)),
        ["do", "you", "understand", next, ..] if !is_question_word(next) => {
            format!("How do you see {}", rest(3))
        }
        ["is", "there", "anything", "else", _, ..] => {
            format!("What else {}", question_order(&t[4..])?)
        }
        ["is", "there", "anything", _, ..] => format!("What {}", question_order(&t[3..])?),
        ["will", "you", _, ..] if acts(&k, 2) => format!("What would it take to {}", rest(2)),
        ["can" | "could", "you", _, ..] if acts(&k, 2) => {
            format!("What would help you {}", rest(2))
        }
        _ => return None,
    };
    Some(text)
}

/// "What did you make of the new spec?", without a "yet" or "already"
/// that only fitted the yes/no question.
fn made_of(thing: &[String]) -> String {
    let keep = thing
        .iter()
        .rposition(|t| !matches!(key(t).as_str(), "yet" | "already" | "now"))
        .map_or(0, |p| p + 1);
    format!("What did you make of {}", join(&thing[..keep]))
}

/// Whether words name a thing, not an event: "my email from Tuesday", "the
/// figures", not "the alarm go off". A determiner, one to three words, then
/// the end or a preposition.
fn a_thing(k: &[&str]) -> bool {
    if !k.first().is_some_and(|w| among(DETERMINERS, w)) {
        return false;
    }
    let end = k
        .iter()
        .skip(2)
        .position(|w| among(PREPOSITIONS, w))
        .map_or(k.len(), |p| p + 2);
    // "the alarm go off": a particle says an event is named.
    let event = k[1..end].iter().any(|w| among(PREDICATE_WORDS, w));
    (2..=4).contains(&end) && !event
}

/// Whether the word at `n` is an action that reads well after "What would
/// help you", and no "whether" or "if" asks for a yes or a no after it.
fn acts(k: &[&str], n: usize) -> bool {
    k.get(n).is_some_and(|v| !among(NOT_AN_ACTION, v))
        && !k.iter().any(|w| matches!(*w, "whether" | "if"))
}

/// Short yes/no questions with a ready open question.
fn whole_question_rewrite(k: &[&str]) -> Option<&'static str> {
    match k {
        ["do", "you", "agree"]
        | ["do", "you", "understand"]
        | ["does", "that", "make", "sense"]
        | ["is", "that", "clear"]
        | ["is", "that", "fair"] => Some("How do you see it"),
        _ => None,
    }
}

/// "Did you do the checks on bay C?" → "How did the checks go on bay C?":
/// the object, then "go", then where or when.
fn how_did_it_go(object: &[String]) -> Option<String> {
    let k = keys(object);
    if !among(DETERMINERS, k.first()?.as_str()) {
        return None;
    }
    let end = (1..k.len())
        .find(|&i| among(PREPOSITIONS, k[i].as_str()))
        .unwrap_or(k.len());
    let mut object = object.to_vec();
    object[0] = object[0].to_lowercase();
    let (thing, rest) = object.split_at(end);
    Some(format!("How did {} go {}", join(thing), join(rest)))
}

/// "I can do" → "can I do", "you want to raise" → "do you want to
/// raise": the order after a question word. None without a subject.
fn question_order(rest: &[String]) -> Option<String> {
    let [subject, verb, tail @ ..] = rest else {
        return None;
    };
    let s = key(subject);
    if !matches!(s.as_str(), "i" | "we" | "you" | "they") {
        return None;
    }
    let tail = join(tail);
    let order = match key(verb).as_str() {
        "can" | "could" | "should" | "might" | "would" => format!("{verb} {subject} {tail}"),
        v if is_aux(v) => return None,
        _ => format!("do {subject} {verb} {tail}"),
    };
    Some(order)
}

#[cfg(test)]
mod tests;
