//! Judgements passed off as facts: a verdict on work or behaviour, a guess
//! at motives or feelings, a habit stated without a count, and what other
//! people are said to feel.
//!
//! A fact is what a camera, a microphone or a document would record. The
//! rule reads a sentence as a few signals rather than a list of sentences:
//! word classes (evaluative words, verbs of the mind, frequency words, groups
//! of people), the place a word stands in (after "was" or "came across as",
//! after "too" or "very", as the verb of a person), and the evidence around
//! it (numbers, dates, a log or a form, someone reported as saying it). A
//! strong signal is a judgement wherever it stands; a weak one only when the
//! sentence gives no evidence. Words in quotation marks, and words reported
//! from someone who said or wrote them ("Priya told me that…", "the log
//! shows…"), are what was said, which is a fact.

use std::ops::Range;

use super::text::{sentences, straight_quotes, unquoted};
use words::*;

mod words;

/// What kind of judgement a fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judgement {
    /// A habit or an absolute without a count: always, never, again, "she gossips".
    Habit,
    /// A verdict on work or behaviour: a mess, rude, unprofessional, too slow.
    Verdict,
    /// A guess at what is in their mind: on purpose, doesn't care, seems to.
    Motive,
    /// What other people are said to feel or think: the team has lost confidence.
    Others,
}

/// A judgement found in a fact: its kind and the words that make it one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// What kind of judgement it is.
    pub kind: Judgement,
    /// The words that make it one, as typed (lowercase).
    pub words: String,
    /// Other words in it that judge, of another signal (at most two).
    pub more: Vec<String>,
}

/// How much a signal weighs: a strong one judges wherever it stands, a weak
/// one only in a sentence without evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Strong,
    Weak,
    /// A frequency ("often", "frequently"): weighs until a count says how
    /// often; a date alone does not ("frequently absent on a Monday").
    Uncounted,
}

/// One sentence as the rule reads it: lowercase words with contractions
/// spelt out ("doesn't" is "does not"), clause breaks as `|`, and for each
/// word what the rules ask of it, worked out once (see [`Word`]).
///
/// The words are slices of the typed words (lowercase, one after another in
/// the string of a [`Typed`]) or words of the rule's own: a sentence is read
/// with three allocations, whatever its length.
struct Sentence<'a> {
    words: Vec<Word<'a>>,
    /// The typed words, lowercase, for the words a finding quotes.
    typed: &'a Typed<'a>,
}

/// One word of a [`Sentence`] and what is known of it.
#[derive(Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    /// The index of the typed word it came from.
    from: usize,
    /// Whether the typed word began with a capital letter.
    caps: bool,
    /// Whether it is a person (see [`Sentence::person`]).
    person: bool,
    /// Its place in the table of words ([`place_of`]).
    place: Option<usize>,
    /// The word lists it is in and those with a phrase it starts.
    classes: Classes,
    /// What its clause holds before it (see [`Before`]).
    before: Before,
}

/// A list of words [`Sentence::is`] tests a word against: one of the lists
/// of [`words`], by its bit, or a few words written in place, compared.
trait Words {
    fn has(&self, s: &Sentence, i: usize) -> bool;
}

impl Words for Lexicon {
    fn has(&self, s: &Sentence, i: usize) -> bool {
        s.classes(i).member & self.bit() != 0
    }
}

impl<const N: usize> Words for [&str; N] {
    fn has(&self, s: &Sentence, i: usize) -> bool {
        // Byte by byte in place: the words are short, and a call to compare
        // memory for each word of the same length costs more than the compare.
        let w = s.w(i).as_bytes();
        self.iter()
            .any(|x| x.len() == w.len() && x.bytes().zip(w).all(|(a, b)| a == *b))
    }
}

/// What a clause holds before a word, worked out once per sentence so that
/// no rule scans back (a hostile sentence of 10,000 words stays linear).
#[derive(Clone, Copy, Default)]
struct Before {
    /// A person: a pronoun or a name.
    person: bool,
    /// A noun for a person ("the chef", "a colleague").
    people: bool,
    /// A noun for someone's work or behaviour ("his tone", "the handover").
    conduct: bool,
    /// A subject pronoun, or a name.
    subject: bool,
    /// Only "and", "but", "so", "just", or nothing: the clause starts here.
    bare: bool,
}

/// A signal found at words `start..end` of a sentence.
struct Signal {
    kind: Judgement,
    weight: Weight,
    start: usize,
    end: usize,
}

impl<'a> Sentence<'a> {
    /// The sentence of the typed words of [`lowercase_words`]: each word
    /// looked up once in the table of words, then what its clause holds.
    fn new(t: &'a Typed<'a>) -> Sentence<'a> {
        let mut words = Vec::with_capacity(t.words.len() + 4);
        for (i, (_, _, caps)) in t.words.iter().enumerate() {
            let typed = t.word(i);
            let place = place_of(typed);
            let contracted = classes_at(place).member & CONTRACTIONS.bit() != 0;
            let (first, second) = spelt_out(typed, place);
            for part in std::iter::once(first).chain(second) {
                // A word spelt out is looked up as the words it is.
                let at = if contracted { place_of(part) } else { place };
                let (text, place) = corrected(part, at);
                let classes = classes_at(place);
                // A pronoun, or a name: a capital letter on a word that is
                // not a common opener such as "The".
                let person = classes.member & PERSONS.bit() != 0
                    || *caps
                        && text != "i"
                        && text.chars().all(char::is_alphabetic)
                        && classes.member & (NOT_NAMES.bit() | GROUP_WORDS.bit()) == 0;
                words.push(Word {
                    text,
                    from: i,
                    caps: *caps,
                    person,
                    place,
                    classes,
                    before: Before::default(),
                });
            }
        }
        let mut sentence = Sentence { words, typed: t };
        sentence.clauses();
        sentence
    }

    /// [`Before`] for every word, in one pass.
    fn clauses(&mut self) {
        let fresh = Before {
            bare: true,
            ..Before::default()
        };
        let mut now = fresh;
        for k in 0..self.words.len() {
            let bar = self.w(k) == "|";
            if bar {
                now = fresh;
            }
            self.words[k].before = now;
            let person = self.person(k);
            now.person |= person;
            now.people |= self.is(k, PEOPLE);
            now.conduct |= self.is(k, CONDUCT);
            now.subject |=
                self.is(k, SUBJECTS) || self.is(k, &["i", "we"]) || person && self.caps(k);
            now.bare = now.bare && (bar || self.is(k, &["and", "but", "so", "just"]));
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    /// What word `i`'s clause holds before it.
    fn before(&self, i: usize) -> Before {
        self.words.get(i).map(|w| w.before).unwrap_or_default()
    }

    fn w(&self, i: usize) -> &'a str {
        self.words.get(i).map_or("", |w| w.text)
    }

    /// Whether the typed word of word `i` began with a capital letter.
    fn caps(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.caps)
    }

    /// The word lists word `i` is in (past the end: those of "").
    fn classes(&self, i: usize) -> Classes {
        self.words.get(i).map(|w| w.classes).unwrap_or_default()
    }

    fn is<L: Words + ?Sized>(&self, i: usize, list: &L) -> bool {
        list.has(self, i)
    }

    /// The first phrase of `list` that the words from `i` on spell.
    #[inline]
    fn phrase(&self, i: usize, list: &'static Lexicon) -> Option<&'static str> {
        // Most words start no phrase of the list: settled here, in place.
        if self.classes(i).starts & list.bit() == 0 {
            return None;
        }
        self.phrase_from(i, list)
    }

    /// [`Sentence::phrase`] of a word that starts a phrase of `list`.
    fn phrase_from(&self, i: usize, list: &'static Lexicon) -> Option<&'static str> {
        let place = self.words.get(i).and_then(|w| w.place);
        list.phrase_from(place, |k| self.words.get(i + 1 + k).and_then(|w| w.place))
    }

    /// Whether word `i` is a person: a pronoun, or a name (a capital letter
    /// on a word that is not a common opener such as "The").
    fn person(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| w.person)
    }

    /// Whether the words from `i` on are the phrase `p` (space-separated).
    fn phrase_at(&self, i: usize, p: &str) -> bool {
        // Word by word along the phrase, without splitting it.
        let mut rest = p;
        for k in i.. {
            let w = self.w(k);
            // A different first letter settles most words without a compare.
            if let (Some(a), Some(b)) = (w.as_bytes().first(), rest.as_bytes().first())
                && a != b
            {
                return false;
            }
            let Some(after) = strip_word(rest, w) else {
                return false;
            };
            match after.strip_prefix(' ') {
                Some(next) => rest = next,
                None => return after.is_empty(),
            }
        }
        false
    }

    /// The typed words of `start..end`, cut to the sentence: a pattern may
    /// reach past its last word ("hard to" with nothing after it).
    fn typed_words(&self, start: usize, end: usize) -> String {
        let Some(last) = self.words.len().checked_sub(1) else {
            return String::new();
        };
        let start = start.min(last);
        let (a, b) = (
            self.words[start].from,
            self.words[end.clamp(start + 1, last + 1) - 1].from,
        );
        (a..=b)
            .map(|k| self.typed.word(k))
            .filter(|w| *w != "|")
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The typed words of a sentence, lowercase: slices of the text where it
/// was typed in lowercase ASCII, and otherwise one after another in `lower`.
struct Typed<'t> {
    text: &'t str,
    lower: String,
    /// Each word: where it is, whether in `lower`, and whether it began
    /// with a capital letter.
    words: Vec<(Range<usize>, bool, bool)>,
}

impl Typed<'_> {
    /// Typed word `k`.
    #[inline]
    fn word(&self, k: usize) -> &str {
        let (r, lower, _) = &self.words[k];
        if *lower {
            &self.lower[r.clone()]
        } else {
            &self.text[r.clone()]
        }
    }
}

/// The typed words of a sentence, in one pass over its characters: a word
/// is a run of letters, digits, apostrophes and hyphens without those at
/// its ends, and a clause break is the word `|`. "He's", "that's" and their
/// like are spelt out first ([`split_s`]), as two lowercase words.
fn lowercase_words(text: &str) -> Typed<'_> {
    let mut t = Typed {
        text,
        lower: String::new(),
        words: Vec::with_capacity(text.len() / 3 + 4),
    };
    let bytes = text.as_bytes();
    let (mut run, mut at) = (0, 0);
    // What the run so far has: a hyphen, a capital, other than ASCII.
    let mut has = 0;
    while at < bytes.len() {
        let b = bytes[at];
        // ASCII a byte at a time, by its class; other characters decoded.
        let (class, len) = if b.is_ascii() {
            (ASCII_CLASS[b as usize], 1)
        } else {
            let c = text[at..].chars().next().unwrap_or_default();
            let class = if c.is_alphanumeric() {
                WORD | OTHER
            } else if matches!(c, '—' | '–') {
                CLAUSE
            } else {
                OTHER
            };
            (class, c.len_utf8())
        };
        if class & WORD != 0 {
            has |= class;
        } else {
            t.add_run(run..at, has);
            (run, has) = (at + len, 0);
            if class & CLAUSE != 0 {
                t.add_lowercase("|");
            }
        }
        at += len;
    }
    t.add_run(run..bytes.len(), has);
    t
}

impl Typed<'_> {
    /// A run of letters, digits, apostrophes and hyphens (with what it has
    /// of [`HYPHEN`], [`CAPITAL`] and [`OTHER`]): one word, or two or more
    /// where a part between hyphens is spelt out ("he's" is "he is").
    fn add_run(&mut self, at: Range<usize>, has: u8) {
        let run = &self.text[at.clone()];
        // Every word spelt out ends in "s": a run without a part that does
        // is one word, settled without a compare.
        let ends_s = |p: &str| matches!(p.as_bytes().last(), Some(b's' | b'S'));
        let may_split = ends_s(run) || has & HYPHEN != 0 && run.split('-').any(ends_s);
        if !may_split || !run.split('-').any(|p| split_s(p).is_some()) {
            return self.add_word(at, has);
        }
        let spelt: Vec<&str> = run.split('-').map(|p| split_s(p).unwrap_or(p)).collect();
        for w in spelt.join("-").split(' ') {
            self.add_lowercase(w);
        }
    }

    /// One typed word, from its run of characters in the text: a slice of
    /// it when typed in lowercase ASCII.
    fn add_word(&mut self, at: Range<usize>, has: u8) {
        if has & (CAPITAL | OTHER) != 0 {
            return self.add_lowercase(&self.text[at]);
        }
        if let Some(w) = trimmed(&self.text.as_bytes()[at.clone()]) {
            self.words
                .push((at.start + w.start..at.start + w.end, false, false));
        }
    }

    /// One typed word, lowercase, in `lower`.
    fn add_lowercase(&mut self, run: &str) {
        let Some(w) = trimmed(run.as_bytes()).and_then(|w| run.get(w)) else {
            return;
        };
        let upper = w.starts_with(char::is_uppercase);
        let start = self.lower.len();
        // ASCII lowercases letter by letter; other text as a whole, for the
        // letters whose lowercase depends on their place (Σ).
        if w.is_ascii() {
            self.lower.push_str(w);
            self.lower[start..].make_ascii_lowercase();
        } else {
            self.lower.push_str(&w.to_lowercase());
        }
        self.words.push((start..self.lower.len(), true, upper));
    }
}

/// Where a run is without the apostrophes and hyphens at its ends, if
/// anything is left. They are one byte each, never part of another
/// character: trimmed as bytes.
fn trimmed(run: &[u8]) -> Option<Range<usize>> {
    let end = |c: &u8| *c != b'\'' && *c != b'-';
    // Most runs neither start nor end with one.
    match (run.first(), run.last()) {
        (Some(a), Some(z)) if end(a) && end(z) => Some(0..run.len()),
        _ => Some(run.iter().position(end)?..run.iter().rposition(end)? + 1),
    }
}

/// A character of a word: a letter, a digit, an apostrophe or a hyphen.
const WORD: u8 = 1;
/// A hyphen.
const HYPHEN: u8 = 2;
/// A character that breaks a clause: , ; : ( ) " ! ? — –
const CLAUSE: u8 = 4;
/// A capital letter, A to Z.
const CAPITAL: u8 = 8;
/// A character other than ASCII.
const OTHER: u8 = 16;

/// The class of each ASCII character ([`WORD`], [`HYPHEN`], [`CLAUSE`]),
/// made at compile time.
const ASCII_CLASS: [u8; 128] = {
    let mut class = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        class[b] = if c.is_ascii_uppercase() {
            WORD | CAPITAL
        } else if c.is_ascii_alphanumeric() || c == b'\'' {
            WORD
        } else if c == b'-' {
            WORD | HYPHEN
        } else if matches!(c, b',' | b';' | b':' | b'(' | b')' | b'"' | b'!' | b'?') {
            CLAUSE
        } else {
            0
        };
        b += 1;
    }
    class
};

/// `rest` without the word `w` it starts with, if it does: compared byte
/// by byte in place, as a word is a few bytes and a call to compare memory
/// costs more than the compare.
fn strip_word<'r>(rest: &'r str, w: &str) -> Option<&'r str> {
    let (r, p) = (rest.as_bytes(), w.as_bytes());
    let starts = r.len() >= p.len() && r.iter().zip(p).all(|(a, b)| a == b);
    // Equal bytes end where `w` ends, between characters.
    starts.then(|| rest.get(p.len()..)).flatten()
}

/// A contraction as separate words ([`SPELT`]); apostrophe-less ones too
/// ("doesnt"). `place` is the word's in the table of words ([`place_of`]),
/// which says whether it is one.
fn spelt_out(w: &str, place: Option<usize>) -> (&str, Option<&'static str>) {
    if classes_at(place).member & CONTRACTIONS.bit() == 0 {
        return (w, None);
    }
    SPELT
        .iter()
        .find(|(contracted, _, _)| *contracted == w)
        .map_or((w, None), |&(_, first, second)| (first, second))
}

/// A word as the rule reads it, with its place in the table of words
/// (`place`, the word's as typed, [`place_of`]): a
/// likely misspelling of a word of the lexicons ("commited", "dismisive",
/// "beleive") read as that word. Only long words with one letter left out
/// or two letters swapped: a letter changed makes other real words
/// ("morning" is not "moaning").
fn corrected(w: &str, place: Option<usize>) -> (&str, Option<usize>) {
    // A word of other than ASCII letters is never one of the lexicons' words
    // misspelt: those keep every letter (see [`misspelt`]).
    let len = w.len();
    if len < 7
        || !w.bytes().all(|b| b.is_ascii_alphabetic())
        || in_lexicon_at(place)
        || !may_misspell(w.as_bytes())
    {
        return (w, place);
    }
    // The first word of the lexicons, in order, that `w` misspells: one of
    // its first letter, and of its length or one letter longer, and whose
    // letters add up as one left out or two swapped would.
    let first = w.as_bytes()[0];
    let sum = letter_sum(w.as_bytes());
    // Each group is in the lexicons' order, so its first match is its
    // least; the lesser of the two groups' is the first of all.
    let first_in = |len, more: std::ops::RangeInclusive<u16>| {
        lexicon_words(first, len)
            .iter()
            .find(|at| more.contains(&at.2.wrapping_sub(sum)) && misspelt(lexicon_word(**at), w))
    };
    match [first_in(len, 0..=0), first_in(len + 1, 97..=122)]
        .into_iter()
        .flatten()
        .min()
    {
        Some(&at) => {
            let known = lexicon_word(at);
            (known, place_of(known))
        }
        None => (w, place),
    }
}

/// Whether `typed` is `known` with one letter left out, or with two letters
/// next to each other swapped: an optimal string alignment distance of 1
/// that keeps the same letters (a letter changed makes another word).
fn misspelt(known: &str, typed: &str) -> bool {
    if known.is_ascii() && typed.is_ascii() {
        return misspelt_ascii(known.as_bytes(), typed.as_bytes());
    }
    misspelt_chars(known, typed)
}

/// [`misspelt`] character by character, for words that are not ASCII.
fn misspelt_chars(known: &str, typed: &str) -> bool {
    let (n, m) = (known.chars().count(), typed.chars().count());
    let (mut k, mut t) = (known.chars(), typed.chars());
    loop {
        match (k.next(), t.next()) {
            (Some(a), Some(b)) if a == b => {}
            // Left out here: the rest of `typed` is the rest of `known`.
            (Some(_), b) if n == m + 1 => return b.into_iter().chain(t).eq(k),
            // Swapped with the next letter, and the rest the same.
            (Some(a), Some(b)) if n == m => {
                return k.next() == Some(b) && t.next() == Some(a) && k.eq(t);
            }
            _ => return false,
        }
    }
}

/// [`misspelt`] of ASCII words, byte by byte: the same test without
/// counting or decoding characters, as the lexicons are ASCII.
fn misspelt_ascii(known: &[u8], typed: &[u8]) -> bool {
    let (n, m) = (known.len(), typed.len());
    if n != m && n != m + 1 {
        return false;
    }
    // Where they first differ; a word the same as the known one is not
    // misspelt, and one letter short there is the last one left out.
    let Some(p) = known.iter().zip(typed).position(|(a, b)| a != b) else {
        return n == m + 1;
    };
    if n == m + 1 {
        return typed[p..] == known[p + 1..];
    }
    p + 1 < n
        && known[p + 1] == typed[p]
        && known[p] == typed[p + 1]
        && known[p + 2..] == typed[p + 2..]
}

/// "He's", "that's" and their like (an ASCII word, in any case) spelt out
/// as two lowercase words, before [`spelt_out`].
fn split_s(word: &str) -> Option<&'static str> {
    [
        ("he's", "he is"),
        ("hes", "he is"),
        ("she's", "she is"),
        ("shes", "she is"),
        ("it's", "it is"),
        ("that's", "that is"),
        ("thats", "that is"),
        ("there's", "there is"),
    ]
    .iter()
    .find(|(s, _)| word.eq_ignore_ascii_case(s))
    .map(|&(_, spelt)| spelt)
}

// --- Signals ---------------------------------------------------------------

/// Every signal in one sentence.
fn signals(s: &Sentence) -> Vec<Signal> {
    let mut out = Vec::new();
    for i in 0..s.len() {
        // Every rule starts on a word of a list of its own, or a person:
        // most words are none, and start no rule.
        let c = s.classes(i);
        if c.member & STARTERS_IN == 0 && c.starts & STARTERS_OF == 0 && !s.person(i) {
            continue;
        }
        phrase_signals(s, i, &mut out);
        word_signals(s, i, &mut out);
        conduct_signals(s, i, &mut out);
        pattern_signals(s, i, &mut out);
    }
    out
}

/// The lists of the words the rules start on ([`signals`]): those a word
/// is in, and those it starts a phrase of.
const STARTERS_IN: u64 = bits(&[
    VERDICT_WORDS,
    SAID_OF_SOMEONE,
    ALWAYS,
    OFTEN,
    TRY,
    KEEP,
    TEND,
    MESSES,
    SUBJECTS,
    MAKE,
    TREAT,
    INTENSIFIERS,
    PREDICATE_WORDS,
    HARD,
    FEEL,
    BE,
    STARTERS,
]);
const STARTERS_OF: u64 = PHRASE_STARTS | bits(&[STATE_VERBS, GROUPS]);

/// The phrase lists [`phrase_signals`] reads: most words start no phrase
/// of them, and one test of these bits settles that.
const PHRASE_STARTS: u64 = bits(&[
    MOTIVE_PHRASES,
    VERDICT_PHRASES,
    HABIT_PHRASES,
    WEAK_HABIT_PHRASES,
    WEAK_MOTIVE_PHRASES,
    PHRASES_OF_SOMEONE,
    APPEARANCE,
]);

fn push(out: &mut Vec<Signal>, kind: Judgement, weight: Weight, start: usize, end: usize) {
    out.push(Signal {
        kind,
        weight,
        start,
        end,
    });
}

/// The phrase lists that start at word `i`.
fn phrase_signals(s: &Sentence, i: usize, out: &mut Vec<Signal>) {
    use Judgement::{Habit, Motive, Verdict};
    if s.classes(i).starts & PHRASE_STARTS == 0 {
        return;
    }
    for (list, kind, weight) in [
        (MOTIVE_PHRASES, Motive, Weight::Strong),
        (VERDICT_PHRASES, Verdict, Weight::Strong),
        (HABIT_PHRASES, Habit, Weight::Strong),
        (WEAK_HABIT_PHRASES, Habit, Weight::Uncounted),
        (WEAK_MOTIVE_PHRASES, Motive, Weight::Weak),
    ] {
        if let Some(p) = s.phrase(i, list) {
            push(out, kind, weight, i, i + p.split(' ').count());
        }
    }
    if let Some(p) = s.phrase(i, PHRASES_OF_SOMEONE) {
        let b = s.before(i);
        if b.person || b.people {
            push(out, Verdict, Weight::Strong, i, i + p.split(' ').count());
        }
    }
    // "seems to have checked out", "his emails come across as abrupt"; "the
    // projector looks like it has a broken bulb" only without evidence.
    if let Some(p) = s.phrase(i, APPEARANCE) {
        let b = s.before(i);
        let of_someone = b.person || b.people || b.conduct || b.bare;
        let weight = if of_someone {
            Weight::Strong
        } else {
            Weight::Weak
        };
        push(out, Motive, weight, i, i + p.split(' ').count());
    }
}

/// The words that judge by themselves, or by a neighbour or two.
fn word_signals(s: &Sentence, i: usize, out: &mut Vec<Signal>) {
    use Judgement::{Habit, Motive, Verdict};
    let w = s.w(i);
    if s.is(i, VERDICT_WORDS) && !literal_verdict(s, i) {
        push(out, Verdict, Weight::Strong, i, i + 1);
    }
    if s.is(i, SAID_OF_SOMEONE) && said_of_someone(s, i) && !literal_verdict(s, i) {
        push(out, Verdict, Weight::Strong, i, i + 1);
    }
    if s.is(i, ALWAYS) {
        push(out, Habit, always_weight(s, i), i, i + 1);
    }
    if s.is(i, OFTEN) {
        push(out, Habit, Weight::Uncounted, i, i + 1);
    }
    // "tried to blame": an attempt is read from what was done.
    if s.is(i, TRY) && s.w(i + 1) == "to" {
        push(out, Motive, Weight::Weak, i, i + 3);
    }
    // "late again", "kept the team waiting again"; not "and again at 11:40".
    if w == "again" && !(i > 0 && s.is(i - 1, &["and", "then", "or", "on", "switched"])) {
        push(out, Habit, always_weight(s, i), i, i + 1);
    }
    // "kept disappearing", "keeps forgetting"; not "keeps a log".
    if s.is(i, KEEP) && s.w(i + 1).ends_with("ing") {
        push(out, Habit, Weight::Strong, i, i + 2);
    }
    // "she tends to leave early"; not "she tends to the residents".
    if s.is(i, TEND)
        && s.w(i + 1) == "to"
        && !s.is(
            i + 2,
            &[
                "the",
                "a",
                "an",
                "his",
                "her",
                "their",
                "your",
                "my",
                "our",
                "patients",
                "residents",
            ],
        )
    {
        push(out, Habit, Weight::Strong, i, i + 3);
    }
    if let Some(end) = state_verb(s, i) {
        push(out, Motive, Weight::Strong, i, end);
    }
    // "a total mess", "a complete disaster", "a bit of a nightmare".
    if s.is(i, MESSES)
        && (1..=3).any(|back| {
            i >= back
                && s.w(i - back) == "a"
                && (i - back + 1..i).all(|k| {
                    s.is(
                        k,
                        &[
                            "total", "complete", "absolute", "right", "real", "utter", "proper",
                            "bit", "of", "big", "huge",
                        ],
                    )
                })
        })
    {
        push(out, Verdict, Weight::Strong, i, i + 1);
    }
}

/// The words that judge a person's conduct with the words after them: a
/// good quality denied, a trait in the present, a situation made worse, a
/// way of treating people.
fn conduct_signals(s: &Sentence, i: usize, out: &mut Vec<Signal>) {
    use Judgement::{Habit, Verdict};
    let w = s.w(i);
    // "she is not careful", "his work is not thorough".
    if w == "not" && s.is(i + 1, GOOD_QUALITIES) && i > 0 && s.is(i - 1, COPULAS) {
        let b = s.before(i);
        if b.person || b.people || b.conduct {
            push(out, Verdict, Weight::Strong, i, i + 2);
        }
    }
    // "she doesn't prioritise…", "he does not listen": a trait in the present.
    if s.is(i, SUBJECTS) {
        let mut j = i + 1;
        while s.is(j, &["just", "really", "simply", "still"]) {
            j += 1;
        }
        let plain = [
            "have", "own", "hold", "need", "live", "work", "drive", "speak", "know", "get", "use",
            "like", "want", "mind",
        ];
        if s.is(j, &["does", "do"])
            && s.w(j + 1) == "not"
            && !s.w(j + 2).is_empty()
            && !s.is(j + 2, &plain)
        {
            push(out, Habit, Weight::Weak, i, j + 3);
        }
    }
    // "made the situation worse".
    if s.is(i, MAKE)
        && let Some(k) = (i + 1..(i + 5).min(s.len())).find(|&k| s.is(k, &["worse", "harder"]))
    {
        push(out, Verdict, Weight::Strong, i, k + 1);
    }
    // "treats the ward like her own kingdom", "treat the new ones differently".
    if s.is(i, TREAT) {
        let manner = (i + 1..(i + 7).min(s.len()))
            .take_while(|&k| s.w(k) != "|")
            .find(|&k| {
                s.is(
                    k,
                    &[
                        "like",
                        "differently",
                        "unfairly",
                        "badly",
                        "worse",
                        "better",
                    ],
                ) || s.phrase_at(k, "as if")
                    || s.phrase_at(k, "as though")
            });
        if let Some(k) = manner {
            push(out, Verdict, Weight::Strong, i, k + 1);
        }
    }
}

/// Signals that need a look at the words around: "was minimal", "too
/// emotional", a person's mind, a reason given, a group's feelings, a habit.
fn pattern_signals(s: &Sentence, i: usize, out: &mut Vec<Signal>) {
    use Judgement::{Habit, Motive, Others, Verdict};
    if let Some((end, weight)) = predicate_verdict(s, i) {
        push(out, Verdict, weight, i, end);
    }
    if let Some(end) = someone_feels(s, i) {
        push(out, Others, Weight::Strong, i, end);
    }
    if let Some(end) = person_mind(s, i) {
        push(out, Motive, Weight::Strong, i, end);
    }
    if let Some(end) = stated_state(s, i) {
        push(out, Motive, Weight::Weak, i, end);
    }
    if let Some(end) = purpose(s, i).or_else(|| caused(s, i)) {
        push(out, Motive, Weight::Strong, i, end);
    }
    if let Some(end) = group_feeling(s, i) {
        // What a group thinks is never seen; that the students were upset,
        // with what happened and when, may have been.
        let seen = s.is(
            end - 1,
            &[
                "upset",
                "scared",
                "afraid",
                "frightened",
                "nervous",
                "angry",
                "tired",
                "furious",
                "worried",
            ],
        );
        let weight = if seen { Weight::Weak } else { Weight::Strong };
        push(out, Others, weight, i, end);
    }
    if let Some(end) = habit_verb(s, i) {
        push(out, Habit, Weight::Weak, i, end);
    }
}

/// A word of [`VERDICT_WORDS`] or [`SAID_OF_SOMEONE`] in a use that
/// describes: "rushed to A&E", "in favour of", "a favour", "lies down".
fn literal_verdict(s: &Sentence, i: usize) -> bool {
    let (w, next) = (s.w(i), s.w(i + 1));
    match w {
        "rushed" => s.is(
            i + 1,
            &["to", "into", "out", "off", "back", "over", "in", "through"],
        ),
        "favour" | "favor" => i > 0 && s.is(i - 1, &["in", "a", "the", "your", "my"]),
        "lies" | "lying" => s.is(
            i + 1,
            &[
                "down", "on", "in", "at", "under", "flat", "awake", "still", "there", "beside",
                "next", "with",
            ],
        ),
        "cheated" | "cheating" => next == "death",
        _ => false,
    }
}

/// Whether an evaluative word that can also describe is said of a person
/// or of their work: after "was" with such a subject ("his tone was cold",
/// "she was cold with the family"), before such a noun ("a difficult
/// colleague", "poor quality"), after "find her" or an intensifier, or as a
/// person's own act ("he lied").
fn said_of_someone(s: &Sentence, i: usize) -> bool {
    let next = s.w(i + 1);
    // "a difficult colleague", "poor quality"; not "the drama teacher".
    let noun = s.is(
        i,
        &[
            "drama",
            "mess",
            "rubbish",
            "garbage",
            "crap",
            "liability",
            "bully",
        ],
    );
    if !noun && (member(CONDUCT, next) || member(PEOPLE, next)) {
        return true;
    }
    let mut j = i;
    while j > 0
        && s.is(
            j - 1,
            &[
                "a",
                "an",
                "so",
                "very",
                "quite",
                "rather",
                "just",
                "bit",
                "really",
                "being",
                "too",
                "not",
                "pretty",
                "extremely",
                "completely",
                "totally",
                "of",
                "the",
            ],
        )
    {
        j -= 1;
    }
    if j > 0 && s.is(j - 1, &["find", "finds", "found"])
        || j > 1 && s.is(j - 2, &["find", "finds", "found"])
    {
        return true;
    }
    // The subject of the clause: a person or a piece of their work.
    let b = s.before(j);
    let subject = b.person || b.conduct || b.people;
    let after_copula = j > 0 && s.is(j - 1, COPULAS);
    // "he only works properly when…", "they treat the new ones differently".
    let manner = s.w(i).ends_with("ly") && (s.before(i).person || s.before(i).people);
    let own_act = s.is(
        i,
        &[
            "lied",
            "lies",
            "lying",
            "cheated",
            "bullied",
            "bullying",
            "favours",
            "favouring",
            "favors",
        ],
    ) && j > 0
        && (s.person(j - 1) || s.is(j - 1, &["is", "was", "been", "keeps", "kept", "to"]));
    manner || subject && (after_copula || own_act)
}

/// "Always" and "never" weigh as much as a habit of a person, and less when
/// said of a thing, or of one past event with its date ("she never
/// received the payslip for May"): then a number or a date shows it.
fn always_weight(s: &Sentence, i: usize) -> Weight {
    let by_someone = s.before(i).bare || s.before(i).subject;
    let next = s.w(i + 1);
    let past_event = next.ends_with("ed") && !next.ends_with("eed")
        || s.is(
            i + 1,
            &[
                "had", "got", "sent", "came", "went", "saw", "gave", "took", "made", "paid", "did",
                "set", "put", "left", "met", "read", "heard",
            ],
        );
    let perfect = i > 0 && s.is(i - 1, &["has", "have", "had", "was", "were"]);
    if by_someone && !past_event && !perfect {
        Weight::Strong
    } else {
        Weight::Weak
    }
}

/// "checked out", "switched off", "gave up": a state of mind only when
/// nothing follows ("he has checked out since March"), not "checked out at
/// 10:40" or "switched off the fryer".
fn state_verb(s: &Sentence, i: usize) -> Option<usize> {
    let verb = s.phrase(i, STATE_VERBS)?;
    let end = i + verb.split(' ').count();
    let next = s.w(end);
    let alone = next.is_empty()
        || s.is(
            end,
            &[
                "|",
                "since",
                "completely",
                "mentally",
                "emotionally",
                "already",
                "long",
                "ages",
                "now",
                "lately",
                "recently",
                "and",
                "but",
                "months",
                "weeks",
                "a",
                "once",
                "when",
                "after",
                "whenever",
                "as",
            ],
        );
    (alone && !s.is(end, &["at"])).then_some(end)
}

/// "She made the new starter cry", "made me feel small": a feeling caused.
fn caused(s: &Sentence, i: usize) -> Option<usize> {
    if !s.is(i, MAKE) || i == 0 || !s.person(i - 1) {
        return None;
    }
    (i + 1..(i + 5).min(s.len()))
        .find(|&k| {
            s.is(
                k,
                &[
                    "cry",
                    "feel",
                    "upset",
                    "uncomfortable",
                    "small",
                    "stupid",
                    "unwelcome",
                ],
            )
        })
        .map(|k| k + 1)
}

/// "was minimal", "too emotional", "very disorganised", "hard to work
/// with", "less engaged": a word that judges because of where it stands.
fn predicate_verdict(s: &Sentence, i: usize) -> Option<(usize, Weight)> {
    let w = s.w(i);
    // Each pattern below starts with one of these ("too" is an intensifier).
    let starts = s.is(i, INTENSIFIERS) || s.is(i, PREDICATE_WORDS) || s.is(i, HARD);
    if !starts && w != "less" && w != "more" {
        return None;
    }
    let next = s.w(i + 1);
    let judging = |x: &str| {
        member(VERDICT_WORDS, x)
            || member(SAID_OF_SOMEONE, x)
            || member(MIND_STATES, x)
            || member(PREDICATE_WORDS, x)
    };
    // "too X": too emotional, too slow; weak, so "too high: 31°C" describes.
    if w == "too" && !next.is_empty() && next != "|" && next != "to" {
        let b = s.before(i);
        let of_someone = b.person || b.people || b.conduct;
        let weight = if judging(next) || of_someone {
            Weight::Strong
        } else {
            Weight::Weak
        };
        return Some((i + 2, weight));
    }
    // "less engaged", "more careless": a change judged, not counted.
    if (w == "less" || w == "more") && !s.is(i + 1, &["than", "often", "time", "of"]) {
        if member(MIND_STATES, next) {
            return Some((i + 2, Weight::Strong));
        }
        if member(PREDICATE_WORDS, next) || adjective_like(next) {
            return Some((i + 2, Weight::Weak));
        }
    }
    // "hard to maintain", "impossible to work with".
    if s.is(i, HARD) && next == "to" {
        return Some((i + 3, Weight::Weak));
    }
    if s.is(i, INTENSIFIERS) && w != "too" && (judging(next) || adjective_like(next)) {
        let weight = if judging(next) {
            Weight::Strong
        } else {
            Weight::Weak
        };
        return Some((i + 2, weight));
    }
    if s.is(i, PREDICATE_WORDS) {
        let mut j = i;
        while j > 0
            && s.is(
                j - 1,
                &[
                    "a", "an", "so", "very", "quite", "rather", "just", "bit", "really", "being",
                    "visibly",
                ],
            )
        {
            j -= 1;
        }
        if j > 0 && s.is(j - 1, COPULAS) {
            return Some((i + 1, Weight::Weak));
        }
        if i >= 2 && s.is(i - 2, &["find", "finds", "found"]) {
            return Some((i + 1, Weight::Strong));
        }
    }
    None
}

/// Adjectives by their ending: an intensifier before one makes a verdict
/// ("completely unprofessional", "very disorganised").
fn adjective_like(w: &str) -> bool {
    w.len() > 4
        && [
            "ful", "less", "ive", "ous", "ish", "able", "ible", "ic", "al", "ent", "ant", "ed",
            "ing", "y",
        ]
        .iter()
        .any(|end| w.ends_with(end))
}

/// "The new starter is struggling", "was not engaged": an inner state said
/// of someone, whoever the subject.
fn stated_state(s: &Sentence, i: usize) -> Option<usize> {
    if !s.is(i, BE) {
        return None;
    }
    let mut j = i + 1;
    while s.is(
        j,
        &[
            "not",
            "really",
            "so",
            "very",
            "quite",
            "just",
            "still",
            "clearly",
            "a",
            "bit",
            "visibly",
            "obviously",
            "getting",
            "becoming",
            "always",
            "often",
        ],
    ) {
        j += 1;
    }
    (s.is(j, MIND_STATES) && !s.is(j, &["aware", "tired", "sick", "fed", "trying"]))
        .then_some(j + 1)
}

/// "He thinks…", "you wanted to…", "she doesn't care": a person's mind.
fn person_mind(s: &Sentence, i: usize) -> Option<usize> {
    if !s.person(i) || s.is(i, &["his", "your", "their", "her"]) {
        return None;
    }
    let mut j = i + 1;
    // "you just don't", "he really doesn't", "she never".
    while s.is(
        j,
        &[
            "just",
            "really",
            "simply",
            "clearly",
            "obviously",
            "never",
            "still",
            "even",
            "ever",
            "no",
            "not",
            "do",
            "does",
            "did",
            "could",
            "would",
            "can",
            "will",
            "is",
            "are",
            "was",
            "were",
            "to",
        ],
    ) {
        j += 1;
    }
    if s.is(j, MIND_VERBS) || s.is(j, MIND_STATES) && j > i + 1 {
        return Some(j + 1);
    }
    // "he knew", only as "knew full well" or "knows" without a report.
    None
}

/// A reason given for what someone did: "so you could leave early", "so
/// nobody had time", "to make your results look better", "because you
/// couldn't be bothered".
fn purpose(s: &Sentence, i: usize) -> Option<usize> {
    let w = s.w(i);
    if w == "so" {
        let mut j = i + 1;
        if s.w(j) == "that" {
            j += 1;
        }
        let subject = s.is(
            j,
            &[
                "he", "she", "you", "they", "nobody", "no", "i", "we", "everyone", "the",
                "someone", "somebody", "it",
            ],
        );
        if subject {
            let window = (j + 1)..(j + 5).min(s.len());
            if window.clone().any(|k| {
                s.is(
                    k,
                    &[
                        "could", "would", "can", "had", "has", "have", "did", "might", "will",
                        "does",
                    ],
                )
            }) {
                return Some(j + 2);
            }
        }
    }
    if w == "because" || w == "since" && s.is(i + 1, &["he", "she", "you", "they"]) {
        let window = (i + 1)..(i + 6).min(s.len());
        if window.clone().any(|k| {
            s.is(k, MIND_VERBS)
                || s.is(
                    k,
                    &[
                        "bothered",
                        "lazy",
                        "interested",
                        "unable",
                        "incapable",
                        "agree",
                        "agreed",
                        "disagree",
                        "disagreed",
                        "approve",
                        "approved",
                    ],
                )
                || s.phrase_at(k, "can not")
                || s.phrase_at(k, "does not know how")
        }) {
            return Some(i + 3);
        }
    }
    None
}

/// "The team has lost confidence in him", "customers hate dealing with
/// her", "nobody trusts his figures": a group's feelings.
fn group_feeling(s: &Sentence, i: usize) -> Option<usize> {
    let g = s.phrase(i, GROUPS)?;
    // "Three customers…", "2 of the residents…": people counted are specific.
    let counted = (i.saturating_sub(3)..i).any(|k| {
        s.w(k).chars().all(|c| c.is_ascii_digit()) && !s.w(k).is_empty() || s.is(k, NUMBERS)
    });
    if counted {
        return None;
    }
    let after = i + g.split(' ').count();
    // "nobody wants", "nobody on the night shift wants to work with her".
    if member(EVERYONE, g) {
        let says = (after..(after + 5).min(s.len()))
            .take_while(|&k| s.w(k) != "|")
            .find(|&k| s.is(k, EVERYONE_SAYS));
        if let Some(k) = says {
            return Some(k + 1);
        }
    }
    let window = after..(after + 5).min(s.len());
    for k in window {
        if s.w(k) == "|" {
            break;
        }
        if s.is(k, GROUP_FEELINGS) {
            return Some(k + 1);
        }
        // "Your PhD student feels abandoned."
    }
    None
}

/// "Your student feels abandoned", "the nurses felt let down": a feeling
/// told by someone who did not say it.
fn someone_feels(s: &Sentence, i: usize) -> Option<usize> {
    if !s.is(i, FEEL) {
        return None;
    }
    // "I feel" is the user's own; "he feels" is read as a person's mind; "you
    // should feel able to" asks, it does not claim.
    let own_or_asked = [
        "i", "we", "he", "she", "you", "should", "will", "would", "may", "might", "can", "could",
        "to", "must", "not",
    ];
    if i == 0 || s.is(i - 1, &own_or_asked) {
        return None;
    }
    let next = s.w(i + 1);
    let feeling = adjective_like(next)
        || member(GROUP_FEELINGS, next)
        || member(PREDICATE_WORDS, next)
        || ["like", "that", "let", "as"].contains(&next);
    feeling.then_some(i + 2)
}

/// "She gossips", "he plays favourites", "you make the reports late": a
/// person's present-tense verb states a habit.
fn habit_verb(s: &Sentence, i: usize) -> Option<usize> {
    if !s.is(i, &["he", "she"]) || (i > 0 && !s.is(i - 1, &["|", "and", "but"]) && i != 0) {
        return None;
    }
    let mut j = i + 1;
    while s.is(j, &["just", "also", "still", "even", "only", "really"]) {
        j += 1;
    }
    let v = s.w(j);
    let present = v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us");
    (present && !member(NOT_HABIT_VERBS, v)).then_some(j + 1)
}

// --- Context ---------------------------------------------------------------

/// Whether a sentence holds evidence: a number, a date or time, a count, a
/// document or a record, quoted words, an event named with "after the", an
/// agent named with "by".
fn has_evidence(text: &str, s: &Sentence) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || text.contains("\"\"")
        || (0..s.len()).any(|k| s.is(k, EVIDENCE))
        || (0..s.len()).any(|i| {
            named_event(s, i)
                || s.w(i) == "by" && s.caps(i + 1)
                || ["i saw", "i heard", "i counted", "last week", "this week"]
                    .iter()
                    .any(|p| s.phrase_at(i, p))
        })
}

/// "after the team meeting", "during the handover": an event that dates a fact.
fn named_event(s: &Sentence, i: usize) -> bool {
    if !(s.is(i, &["after", "before", "during", "at", "in"]) && s.w(i + 1) == "the") {
        return false;
    }
    let describes = adjective_like(s.w(i + 2))
        || s.is(
            i + 2,
            &[
                "team", "staff", "weekly", "monthly", "last", "morning", "night", "late", "early",
            ],
        );
    s.is(i + 2 + usize::from(describes), EVENTS)
}

/// The index of the first reporting verb with someone who said or wrote it
/// before it: signals after it are what was said. "which shows" is an
/// inference, not a report.
fn reported_from(s: &Sentence) -> Option<usize> {
    // "What you said was out of line": the saying is the subject, judged.
    if s.w(0) == "what" || s.phrase_at(0, "the way") {
        return None;
    }
    (1..s.len()).find(|&i| {
        // "the report he wrote was shallow": a clause, not what was said.
        let clause = s.is(i + 1, &["was", "is", "were", "are", "has", "had", "|", ""]);
        let not_said = s.w(i) == "called" && s.is(i + 1, &["in", "off", "out"]);
        s.is(i, REPORTING) && !s.is(i - 1, &["which", "this", "that", "it"]) && !clause && !not_said
    })
}

/// Where what was reported ends: at a turn to the user's own words ("…,
/// but he knew…", "although", "so").
fn report_end(s: &Sentence, at: usize) -> usize {
    (at + 1..s.len())
        .find(|&k| {
            s.is(
                k,
                &[
                    "but", "although", "though", "yet", "whereas", "however", "so",
                ],
            )
        })
        .unwrap_or(usize::MAX)
}

/// Whether the report at `at` names who said it, as one who spoke once:
/// "She said…", "the client told me…", "Priya told the team…"; not "people
/// say…" or "the client has complained…" (hearsay without a when).
fn specific_report(s: &Sentence, at: usize) -> bool {
    let once = s.is(
        at,
        &[
            "said",
            "told",
            "wrote",
            "emailed",
            "e-mailed",
            "messaged",
            "texted",
            "asked",
            "replied",
            "answered",
            "explained",
            "admitted",
            "mentioned",
            "confirmed",
            "warned",
            "stated",
        ],
    );
    if !once || at == 0 || (0..at).any(|k| s.is(k, EVERYONE)) {
        return false;
    }
    s.person(at - 1)
        || s.is(at - 1, &["he", "she", "they", "i", "we"])
        || (at.saturating_sub(4)..at).any(|k| {
            s.is(
                k,
                &["the", "a", "an", "my", "our", "his", "her", "their", "your"],
            )
        })
}

/// "She told me…", "Ravi emailed me…": a person who said it to the user
/// themselves, which the user heard.
fn told_me(s: &Sentence, at: usize) -> bool {
    let direct = s.is(at + 1, &["me", "us"])
        || s.is(
            at,
            &[
                "said",
                "wrote",
                "explained",
                "admitted",
                "mentioned",
                "complained",
            ],
        ) && s.is(at + 1, &["to"])
            && s.is(at + 2, &["me", "us"]);
    direct && at > 0 && s.person(at - 1)
}

/// Words said with "clearly" that describe what is visible: "clearly
/// labelled", "the sign clearly shows".
fn literal_clearly(s: &Sentence, sig: &Signal) -> bool {
    let next = s.w(sig.start + 1);
    s.w(sig.start) == "clearly"
        && (next.ends_with("ed")
            || s.is(
                sig.start + 1,
                &[
                    "visible",
                    "written",
                    "shown",
                    "marked",
                    "says",
                    "said",
                    "stated",
                    "states",
                    "shows",
                    "showed",
                    "told",
                    "legible",
                    "set",
                    "on",
                    "printed",
                    "displayed",
                    "wrote",
                    "explained",
                    "audible",
                ],
            ))
        && !s.is(
            sig.start + 1,
            &[
                "rushed",
                "wanted",
                "ignored",
                "decided",
                "preferred",
                "resented",
                "enjoyed",
                "hated",
                "loved",
                "liked",
                "struggled",
            ],
        )
}

/// For each word, whether it stands in a clause that supposes rather than
/// claims: "if it keeps happening", "unless dates slip again", "how often".
/// One pass over the sentence.
fn hypothetical(s: &Sentence) -> Vec<bool> {
    let mut out = Vec::with_capacity(s.len());
    let mut supposing = false;
    for k in 0..s.len() {
        if s.w(k) == "|" {
            supposing = false;
        }
        out.push(supposing || k > 0 && s.w(k - 1) == "how");
        if s.is(k, &["if", "unless", "whether", "should"]) || s.phrase_at(k, "in case") {
            supposing = true;
        }
    }
    out
}

/// What a sentence is read as: its words and whether they are evidence,
/// reported, supposed or part of a rule.
struct Reading {
    evidence: bool,
    /// A number or a count ("twice", "3 of the 5"): how often, said.
    counted: bool,
    /// Words `from..to` are what someone was reported to say.
    reported: (usize, usize),
    supposed: Vec<bool>,
    /// The sentence states a rule ("the policy says…"): its "always" is the rule's.
    rule: bool,
}

fn reading(text: &str, s: &Sentence) -> Reading {
    let evidence = has_evidence(text, s);
    let n = s.len();
    let according = (0..n).any(|k| s.phrase_at(k, "according to"));
    // A report counts as one when it names who spoke once, says when, or
    // quotes: "Priya told me on Monday that…", "She said she wants to…".
    // "The client has complained about your attitude" is hearsay.
    let reported = if according {
        (0, usize::MAX)
    } else {
        reported_from(s)
            .filter(|&at| evidence || told_me(s, at) || specific_report(s, at))
            .map_or((usize::MAX, usize::MAX), |at| (at, report_end(s, at)))
    };
    let counted = text.chars().any(|c| c.is_ascii_digit())
        || (0..s.len()).any(|k| s.is(k, NUMBERS) || s.is(k, &["once", "twice", "times"]));
    Reading {
        evidence,
        counted,
        reported,
        supposed: hypothetical(s),
        rule: (0..n).any(|k| s.is(k, RULE_WORDS)),
    }
}

/// Whether a signal stands as a judgement in the sentence as read.
fn stands(s: &Sentence, r: &Reading, sig: &Signal, kinds: &[Judgement]) -> bool {
    let inside_report = sig.start >= r.reported.0 && sig.start < r.reported.1;
    let is_always = s.is(sig.start, ALWAYS);
    (!inside_report || inference(s, sig))
        && match sig.weight {
            Weight::Strong => true,
            Weight::Weak => !r.evidence,
            Weight::Uncounted => !r.counted,
        }
        && !literal_clearly(s, sig)
        && kinds.contains(&sig.kind)
        && !(sig.kind == Judgement::Habit && r.supposed[sig.start])
        && !(r.rule && (is_always || sig.kind == Judgement::Habit && sig.weight == Weight::Weak))
}

/// The judgement of one of `kinds` in one sentence, if any.
fn judge(raw: &str, kinds: &[Judgement]) -> Option<Found> {
    let straight = straight_quotes(raw);
    let text = unquoted(&straight);
    let typed = lowercase_words(&text);
    let s = Sentence::new(&typed);
    let mut found = signals(&s);
    // A sentence without a signal is read no further.
    if found.is_empty() {
        return None;
    }
    let r = reading(&text, &s);
    found.retain(|sig| stands(&s, &r, sig, kinds));
    found.sort_by_key(|sig| (rank(sig.kind), sig.start));
    let first = found.first()?;
    let words = s.typed_words(first.start, first.end);
    let mut more: Vec<String> = Vec::new();
    for sig in &found[1..] {
        let w = s.typed_words(sig.start, sig.end);
        if !w.contains(&words)
            && !words.contains(&w)
            && !more
                .iter()
                .any(|m| m.contains(&w) || w.contains(m.as_str()))
        {
            more.push(w);
        }
    }
    more.truncate(2);
    Some(Found {
        kind: first.kind,
        words,
        more,
    })
}

/// An inference stays a judgement even after a report: "which shows you
/// don't care".
fn inference(s: &Sentence, sig: &Signal) -> bool {
    sig.kind == Judgement::Motive && s.is(sig.start, &["which", "this", "that", "it", "i"])
}

/// Which kind names a sentence with several: what others feel, then motives,
/// then verdicts, then habits.
fn rank(kind: Judgement) -> u8 {
    match kind {
        Judgement::Others => 0,
        Judgement::Motive => 1,
        Judgement::Verdict => 2,
        Judgement::Habit => 3,
    }
}

/// Whether a fact judges instead of describing what was seen, heard or
/// written, and the words that do it. Each sentence of a longer text is read
/// on its own. Quoted words are what someone said, which is a fact.
pub fn judgement(fact: &str) -> Option<Found> {
    judgement_of(fact, ALL)
}

/// Every kind of judgement.
pub const ALL: &[Judgement] = &[
    Judgement::Habit,
    Judgement::Verdict,
    Judgement::Motive,
    Judgement::Others,
];

/// [`judgement`] of some kinds only: what is asked of someone from now on
/// may say "always" (a habit is the point of it); their view as told may
/// give their reasons and feelings.
pub fn judgement_of(text: &str, kinds: &[Judgement]) -> Option<Found> {
    sentences(text).into_iter().find_map(|s| judge(s, kinds))
}

/// What is wrong with a fact that judges, and what to write instead: the
/// message and the hint `plan check` gives and the wizard shows as a note.
pub fn fact_note(fact: &str) -> Option<(String, String)> {
    note(judgement(fact)?)
}

/// [`fact_note`] for judgements of some kinds only.
pub fn note_of(text: &str, kinds: &[Judgement]) -> Option<(String, String)> {
    note(judgement_of(text, kinds)?)
}

fn note(found: Found) -> Option<(String, String)> {
    let what = match found.kind {
        Judgement::Habit => "a habit claimed without a count",
        Judgement::Verdict => "a verdict",
        Judgement::Motive => "a guess at what is in their mind",
        Judgement::Others => "what others are said to feel",
    };
    let also = match found.more.as_slice() {
        [] => String::new(),
        [one] => format!(" (and \"{one}\" judges too)"),
        more => format!(" (and \"{}\" judge too)", more.join("\", \"")),
    };
    Some((
        format!(
            "\"{}\" is {what}{also}, not something a camera would record",
            found.words
        ),
        format!(
            "say what a camera would have recorded: {}",
            camera_question(&found)
        ),
    ))
}

/// A question that leads to what a camera would have recorded.
fn camera_question(found: &Found) -> &'static str {
    match found.kind {
        Judgement::Habit => "which times, on which dates, and how many?",
        Judgement::Verdict => "what exactly was done or said, and when?",
        Judgement::Motive => "what did they do or say, and when?",
        Judgement::Others => "who said what to you, and when?",
    }
}

#[cfg(test)]
mod tests;
