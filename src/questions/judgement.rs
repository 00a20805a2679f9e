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

use super::text::strip_quoted;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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
}

/// How much a signal weighs: a strong one judges wherever it stands, a weak
/// one only in a sentence without evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Strong,
    Weak,
}

/// One sentence as the rule reads it: lowercase words with contractions
/// spelt out ("doesn't" is "does not"), clause breaks as `|`, and for each
/// word the index of the typed word it came from.
struct Sentence {
    words: Vec<String>,
    typed: Vec<String>,
    from: Vec<usize>,
    /// Whether the typed word began with a capital letter.
    caps: Vec<bool>,
}

/// A signal found at words `start..end` of a sentence.
struct Signal {
    kind: Judgement,
    weight: Weight,
    start: usize,
    end: usize,
}

impl Sentence {
    fn new(text: &str) -> Sentence {
        let mut typed = Vec::new();
        let mut upper = Vec::new();
        let mut current = String::new();
        let flush = |current: &mut String, typed: &mut Vec<String>, upper: &mut Vec<bool>| {
            let w = current.trim_matches(|c| c == '\'' || c == '-');
            if !w.is_empty() {
                upper.push(w.starts_with(char::is_uppercase));
                typed.push(w.to_lowercase());
            }
            current.clear();
        };
        for c in text.chars() {
            if c.is_alphanumeric() || c == '\'' || c == '-' {
                current.push(c);
            } else {
                flush(&mut current, &mut typed, &mut upper);
                if matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '!' | '?') {
                    typed.push("|".into());
                    upper.push(false);
                }
            }
        }
        flush(&mut current, &mut typed, &mut upper);
        let mut words = Vec::new();
        let mut from = Vec::new();
        let mut caps = Vec::new();
        for (i, w) in typed.iter().enumerate() {
            for part in spelt_out(w) {
                words.push(corrected(part));
                from.push(i);
                caps.push(upper[i]);
            }
        }
        Sentence {
            words,
            typed,
            from,
            caps,
        }
    }

    fn w(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    fn is(&self, i: usize, list: &[&str]) -> bool {
        member(list, self.w(i))
    }

    /// The first phrase of `list` that the words from `i` on spell.
    fn phrase(&self, i: usize, list: &'static [&'static str]) -> Option<&'static str> {
        match index().phrases.get(&(list.as_ptr() as usize)) {
            Some(by_first) => by_first
                .get(self.w(i))?
                .iter()
                .copied()
                .find(|p| self.phrase_at(i, p)),
            None => list.iter().copied().find(|p| self.phrase_at(i, p)),
        }
    }

    /// Whether word `i` is a person: a pronoun, or a name (a capital letter
    /// on a word that is not a common opener such as "The").
    fn person(&self, i: usize) -> bool {
        self.is(i, PERSONS)
            || self.caps.get(i) == Some(&true)
                && self.w(i) != "i"
                && !self.is(i, NOT_NAMES)
                && !self.is(i, GROUP_WORDS)
    }

    /// Whether the words from `i` on are the phrase `p` (space-separated).
    fn phrase_at(&self, i: usize, p: &str) -> bool {
        p.split(' ').enumerate().all(|(k, x)| self.w(i + k) == x)
    }

    /// The typed words of `start..end`.
    fn typed_words(&self, start: usize, end: usize) -> String {
        let (a, b) = (self.from[start], self.from[end.max(start + 1) - 1]);
        self.typed[a..=b]
            .iter()
            .filter(|w| *w != "|")
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A contraction as separate words; apostrophe-less ones too ("doesnt").
fn spelt_out(w: &str) -> Vec<&str> {
    match w {
        "don't" | "dont" => vec!["do", "not"],
        "doesn't" | "doesnt" => vec!["does", "not"],
        "didn't" | "didnt" => vec!["did", "not"],
        "isn't" | "isnt" => vec!["is", "not"],
        "aren't" | "arent" => vec!["are", "not"],
        "wasn't" | "wasnt" => vec!["was", "not"],
        "weren't" | "werent" => vec!["were", "not"],
        "can't" | "cant" | "cannot" => vec!["can", "not"],
        "couldn't" | "couldnt" => vec!["could", "not"],
        "won't" => vec!["will", "not"],
        "wouldn't" | "wouldnt" => vec!["would", "not"],
        "shouldn't" | "shouldnt" => vec!["should", "not"],
        "haven't" | "havent" => vec!["have", "not"],
        "hasn't" | "hasnt" => vec!["has", "not"],
        "hadn't" | "hadnt" => vec!["had", "not"],
        "you're" | "youre" => vec!["you", "are"],
        "they're" | "theyre" => vec!["they", "are"],
        "we're" => vec!["we", "are"],
        "i'm" | "im" => vec!["i", "am"],
        "you've" => vec!["you", "have"],
        "i've" | "ive" => vec!["i", "have"],
        "they've" => vec!["they", "have"],
        "ur" => vec!["your"],
        "u" => vec!["you"],
        _ => vec![w],
    }
}

/// A word as the rule reads it: a likely misspelling of a word of the
/// lexicons ("commited", "dismisive", "beleive") read as that word. Only
/// long words with one letter left out or two letters swapped: a letter
/// changed makes other real words ("morning" is not "moaning").
fn corrected(w: &str) -> String {
    let len = w.chars().count();
    if len < 7 || !w.chars().all(char::is_alphabetic) {
        return w.to_string();
    }
    let lexicons: [&[&str]; 5] = [
        VERDICT_WORDS,
        MIND_STATES,
        MIND_VERBS,
        PREDICATE_WORDS,
        ALWAYS,
    ];
    if lexicons.iter().any(|l| member(l, w)) {
        return w.to_string();
    }
    lexicons
        .iter()
        .flat_map(|l| l.iter())
        .find(|known| {
            let n = known.chars().count();
            if known.chars().next() != w.chars().next() || (n != len && n != len + 1) {
                return false;
            }
            if strsim::osa_distance(known, w) != 1 {
                return false;
            }
            // Left out a letter, or swapped two: the same letters.
            n == len + 1 || {
                let mut a: Vec<char> = known.chars().collect();
                let mut b: Vec<char> = w.chars().collect();
                a.sort_unstable();
                b.sort_unstable();
                a == b
            }
        })
        .map_or_else(|| w.to_string(), |known| known.to_string())
}

/// Split off the possessive and "he's"/"she's" before [`spelt_out`].
fn split_s(w: &str) -> Vec<String> {
    match w {
        "he's" | "hes" => vec!["he".into(), "is".into()],
        "she's" | "shes" => vec!["she".into(), "is".into()],
        "it's" => vec!["it".into(), "is".into()],
        "that's" | "thats" => vec!["that".into(), "is".into()],
        "there's" => vec!["there".into(), "is".into()],
        _ => vec![w.to_string()],
    }
}

// --- Word classes ----------------------------------------------------------

/// Every word and phrase list below, indexed once: its words in a set, its
/// phrases by their first word. A list is known by its address (they are
/// statics), so the code reads as `s.is(i, VERDICT_WORDS)` and costs a hash.
struct Index {
    words: HashMap<usize, HashSet<&'static str>>,
    phrases: HashMap<usize, HashMap<&'static str, Vec<&'static str>>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let lists: [&'static [&'static str]; 26] = [
            VERDICT_WORDS,
            PREDICATE_WORDS,
            VERDICT_PHRASES,
            MIND_VERBS,
            MIND_STATES,
            NOT_NAMES,
            GROUP_WORDS,
            MOTIVE_PHRASES,
            APPEARANCE,
            ALWAYS,
            OFTEN,
            WEAK_HABIT_PHRASES,
            EVERYONE,
            EVERYONE_SAYS,
            HABIT_PHRASES,
            GROUPS,
            GROUP_FEELINGS,
            REPORTING,
            EVIDENCE,
            EVENTS,
            PERSONS,
            NOT_HABIT_VERBS,
            RULE_WORDS,
            INTENSIFIERS,
            COPULAS,
            NUMBERS,
        ];
        let mut index = Index {
            words: HashMap::new(),
            phrases: HashMap::new(),
        };
        for list in lists {
            let at = list.as_ptr() as usize;
            index.words.insert(at, list.iter().copied().collect());
            let mut by_first: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
            for p in list.iter().copied() {
                by_first
                    .entry(p.split(' ').next().unwrap_or(p))
                    .or_default()
                    .push(p);
            }
            index.phrases.insert(at, by_first);
        }
        index
    })
}

/// Whether `w` is one of the words of `list` (a hash for the lists above).
fn member(list: &[&str], w: &str) -> bool {
    match index().words.get(&(list.as_ptr() as usize)) {
        Some(set) => set.contains(w),
        None => list.contains(&w),
    }
}

/// Words that judge work or behaviour wherever they stand.
#[rustfmt::skip]
static VERDICT_WORDS: &[&str] = &[
    "unprofessional", "inappropriate", "unacceptable", "condescending", "patronising",
    "patronizing", "rude", "rudely", "dismissive", "dismissively", "disrespectful", "sloppy",
    "sloppily", "lazy", "lazily", "careless", "carelessly", "chaotic", "chaos", "shambles",
    "shambolic", "disaster", "disastrous", "nightmare", "mess", "messy", "terrible", "terribly",
    "awful", "awfully", "appalling", "dreadful", "atrocious", "abysmal", "woeful", "pathetic",
    "useless", "hopeless", "incompetent", "incompetence", "arrogant", "arrogance", "toxic",
    "hostile", "aggressive", "aggressively", "aggression", "confrontational", "argumentative",
    "unhelpful", "unfriendly", "intimidating", "boring", "lacklustre", "lackluster",
    "half-hearted", "halfhearted", "slapdash", "shoddy", "substandard", "sub-standard", "subpar",
    "mediocre", "inadequate", "unreliable", "untrustworthy", "dishonest", "disorganised",
    "disorganized", "irresponsible", "inconsiderate", "uncooperative", "unco-operative",
    "negligent", "neglectful", "selfish", "childish", "immature", "stubborn", "moody", "grumpy",
    "stroppy", "bossy", "pushy", "sarcastic", "snide", "passive-aggressive", "abrasive", "abrupt",
    "curt", "brusque", "cold", "offhand", "rushed", "unacceptably", "disgraceful", "shocking",
    "embarrassing", "embarrassment", "ridiculous", "laughable", "clueless", "scruffy", "filthy",
    "lax", "slack", "slacking", "slacker", "bully", "bullying", "bullied", "belittling",
    "belittled", "demeaning", "undermining", "undermined", "favouritism", "favoritism",
    "favourites", "favorites", "favours", "favouring", "favour", "favors", "favor", "gossip", "gossips", "gossiping", "gossiped", "moaning", "moans",
    "whinging", "whining", "excuses", "attitude", "unpleasant", "insolent", "insubordinate",
    "insubordination", "unmotivated", "demotivated", "disengaged", "apathetic", "uninterested",
    "disinterested", "complacent", "complacency", "negativity", "drama", "dramatic", "hysterical",
    "overreacted", "overreacting", "overreacts", "timepass", "mockery", "liability",
    "troublemaker", "diva", "incapable", "inept", "ineffective", "unfit", "sub-par", "lousy",
    "crap", "rubbish", "garbage", "shambolically", "chaotically", "disruptive", "defensive",
    "defensiveness", "unapproachable", "condescendingly", "dismissal", "obstructive", "difficult",
    "inflexible", "rigid", "erratic", "unpredictable", "volatile", "flaky", "sulky", "sulking",
    "sulked", "rants", "ranting", "ranted", "snapped", "snappy", "aloof", "uncaring", "unkind",
    "harsh", "harshly", "nasty", "mean", "spiteful", "vindictive", "petty", "jealous", "bitter",
    "entitled", "manipulative", "sneaky", "lying", "liar", "lies", "lied", "cheated", "cheating",
    "unethical", "dodgy", "shady", "fishy", "suspicious", "poorly", "poor", "bad", "worst",
    "worse", "weak", "sub-optimal", "amateurish", "unprepared", "clumsy", "inattentive",
    "forgetful", "scatty", "scatterbrained", "vague", "evasive", "shifty",
    "blamed", "blaming", "blames", "downhill", "deteriorated", "deteriorating", "properly",
    "badly", "improperly", "inappropriately", "unprofessionally", "disrespectfully",
    "half-done", "half-finished", "differently",
];

/// Words that judge only when said of the way something is or was: after
/// "was", "came across as", "find her", "too" or "very" ("The notes were
/// minimal", but "minimal downtime" describes).
#[rustfmt::skip]
static PREDICATE_WORDS: &[&str] = &[
    "minimal", "generous", "emotional", "sensitive", "slow", "lenient", "harsh", "loud",
    "negative", "unclear", "confusing", "confused", "unhappy", "upset", "angry", "annoyed",
    "irritated", "frustrated", "stressed", "nervous", "anxious", "bored", "distracted",
    "unfocused", "tired", "sloppy", "rough", "basic", "thin", "vague", "unusable", "unreadable",
    "illegible", "inaccurate", "unsafe", "dangerous", "risky", "reckless", "wrong", "off", "blunt",
    "short", "sharp", "quiet", "withdrawn", "distant", "cold", "sharp", "patchy", "inconsistent",
    "unprepared", "late", "behind", "unorganised", "unorganized", "untidy", "dirty", "careless",
    "lacking", "limited", "superficial", "shallow", "sketchy", "unbalanced", "biased", "unfair",
    "unreasonable", "excessive", "over-the-top", "much",
];

/// Phrases that judge wherever they stand.
#[rustfmt::skip]
static VERDICT_PHRASES: &[&str] = &[
    "out of line", "not acceptable", "not good enough", "not up to scratch", "not up to standard",
    "not at the standard", "not to the standard", "below standard", "below the standard",
    "below par", "falls short", "fell short", "lets the team down", "let the team down",
    "let us down", "lets us down", "let down", "a joke", "a farce", "a team player",
    "the bare minimum", "bare minimum", "tick-box", "tick box", "looked like a bomb",
    "like a bomb", "a pigsty", "a tip", "all over the place", "a problem", "a bad", "no effort",
    "zero effort", "little effort", "no respect", "lack of respect", "lack of commitment",
    "lack of care", "lack of effort", "lack of interest", "talked down", "talks down",
    "talking down", "talk down", "looked down on", "looks down on", "made a mockery",
    "makes a mockery", "pulling his weight", "pulling her weight", "pulling their weight",
    "pulling your weight", "pull his weight", "pull her weight", "pull your weight",
    "pull their weight", "above the rules", "cuts corners", "cut corners", "cutting corners",
    "a nightmare", "a disaster", "a mess", "a shambles", "over the top", "the wrong attitude",
    "bad attitude", "poor attitude", "not fit", "no idea what", "does not listen",
    "did not listen", "do not listen", "not listening", "never listens", "not a good", "a poor",
    "a bad", "a weak", "a terrible", "an awful", "a real", "no sense of", "has no clue",
    "have no clue", "no clue", "without any care",
    "got worse", "getting worse", "gone backwards", "gone downhill", "went downhill",
    "half done", "half finished",
];

/// Verbs of the mind: what someone thinks, wants or feels, which no camera
/// records unless they said it.
#[rustfmt::skip]
static MIND_VERBS: &[&str] = &[
    "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
    "want", "wants", "wanted", "care", "cares", "cared", "know", "knows", "knew", "realise",
    "realises", "realised", "realize", "realizes", "realized", "assume", "assumes", "assumed",
    "expect", "expects", "expected", "intend", "intends", "intended", "mean", "meant", "hope",
    "hoped", "hopes", "resent", "resents", "resented", "hate", "hates", "hated", "like", "likes",
    "enjoy", "enjoys", "enjoyed", "dislike", "dislikes", "respect", "respects", "trust", "trusts",
    "prefer", "prefers", "fear", "fears", "wish", "wishes", "value", "values", "valued",
    "understand", "understands", "understood", "forgot", "forgets", "forget", "ignore", "ignores",
    "ignored", "ignoring", "avoid", "avoids", "avoided", "avoiding", "pretend", "pretends",
    "pretended", "pretending",
];

/// Inner states of a person, which no camera records: "he is not engaged",
/// "she was struggling".
#[rustfmt::skip]
static MIND_STATES: &[&str] = &[
    "engaged", "motivated", "committed", "interested", "invested", "focused", "enthusiastic",
    "keen", "bothered", "happy", "unhappy", "struggling", "hiding", "coping", "overwhelmed", "stressed",
    "upset", "angry", "annoyed", "frustrated", "bored", "jealous", "resentful",
    "confused", "embarrassed", "ashamed", "scared", "afraid", "nervous", "anxious",
    "trying", "pretending", "sulking", "disappointed", "fed", "sick", "tired", "aware",
];

/// Capitalised words that start sentences and are not names.
#[rustfmt::skip]
static NOT_NAMES: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "our", "my", "its", "some", "all",
    "every", "each", "no", "one", "last", "on", "in", "at", "when", "after", "before", "since",
    "during", "we", "it", "there", "what", "if", "then", "and", "but", "so", "as", "from",
    "for", "by", "with", "while", "both", "most", "many", "several", "twice", "once", "three",
    "two", "four", "five", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "according", "nobody",
    "everyone", "everybody", "someone", "people", "it's", "not", "mr", "mrs", "ms", "dr",
];

/// Nouns for groups of people, which are not a name even with a capital.
#[rustfmt::skip]
static GROUP_WORDS: &[&str] = &[
    "team", "staff", "customers", "clients", "patients", "residents", "parents", "students",
    "colleagues", "managers", "management", "others", "everyone", "nobody", "people",
];

/// Phrases that guess at motives or inner states wherever they stand.
#[rustfmt::skip]
static MOTIVE_PHRASES: &[&str] = &[
    "on purpose", "deliberately", "intentionally", "purposely", "purposefully", "knowingly",
    "wilfully", "willfully", "obviously", "evidently", "apparently", "clearly", "of course he",
    "of course she", "be bothered", "did not bother", "does not bother", "do not bother",
    "not bothered", "bothered to", "no interest", "not interested", "lost interest",
    "losing interest", "lost all interest", "lost motivation", "checked out", "checking out",
    "given up", "gave up", "giving up", "not committed", "no commitment", "not engaged",
    "not invested", "not motivated", "switched off", "doesn't want", "trying to get",
    "trying to avoid", "tried to avoid", "tries to avoid", "trying to get out", "tried to get out",
    "to get out of", "to get back at", "to undermine", "to make me look", "to make him look",
    "to make her look", "to make us look", "to make them look", "to make your", "to make his",
    "to make her", "to look good", "to look better", "to show off", "to embarrass", "to humiliate",
    "to punish", "to cover", "cover up", "covered up", "covering up", "tried to hide",
    "trying to hide", "tried to cover", "knew full well", "must have known", "should have known",
    "full well", "just wants", "just wanted", "only cares", "only wants", "only wanted",
    "above the", "above doing", "above it", "better than", "does not apply", "do not apply",
    "did not apply", "has no intention", "had no intention", "no intention", "could not care",
    "could not be bothered", "deep down", "secretly", "which shows", "which proves", "which means",
    "which tells me", "that shows", "this shows", "that proves", "this proves", "it is clear",
    "it was clear", "it's clear", "i think", "i feel", "i felt", "i believe", "i suspect",
    "i get the impression", "i get the feeling", "i got the impression", "i got the feeling",
    "my impression", "in my opinion", "in my view", "i am sure", "i am certain", "i reckon",
    "i guess", "no doubt", "the impression", "an impression", "gives the impression",
    "give the impression", "gave the impression", "the feeling", "lost confidence",
    "lost all confidence", "lost faith", "lost trust", "lost respect", "lost patience",
    "lost all respect", "not respecting", "does not respect", "do not respect", "did not respect",
    "no regard", "not serious", "take it seriously", "takes it seriously", "taking it seriously",
    "does not take", "do not take", "did not take", "can not take", "not take feedback",
    "take feedback", "takes feedback", "taking feedback", "took feedback", "treats",
    "treated it as", "treats it as", "as if", "as though", "pretends", "doing timepass",
    "for show", "playing games", "plays games", "in a huff", "got the hump", "sulking",
    "to avoid", "to make a point", "to prove a point", "to impress", "to annoy", "to wind",
    "to provoke", "to spite", "for attention", "to get attention", "to save face",
    "to get his own back", "to get her own back", "to get even", "out of spite",
    "out of his depth", "out of her depth", "in over his head", "in over her head", "not coping",
    "just to", "in order to", "so as to", "look good", "look better", "look bad",
    "to make yourself", "to make himself", "to make herself", "to make themselves",
    "to get your", "to get his", "to get her", "to get their", "to blame", "in a hurry",
    "in a rush",
];

/// Words and phrases that stand for a look at someone's mind: "seems to",
/// "came across as", "looks like".
#[rustfmt::skip]
static APPEARANCE: &[&str] = &[
    "seem", "seems", "seemed", "seeming", "appear to", "appears to", "appeared to", "appears",
    "came across", "come across", "comes across", "coming across", "look like", "looks like",
    "looked like", "sounds like", "sounded like", "looks as if", "looked as if", "looks as though",
    "strikes me", "struck me", "comes off", "came off",
];

/// Frequency words: a habit claimed. Strong ones judge wherever they stand.
#[rustfmt::skip]
static ALWAYS: &[&str] = &[
    "always", "never", "constantly", "continually", "continuously", "forever", "invariably",
    "perpetually", "non-stop", "nonstop", "habitually", "chronically", "endlessly",
];

/// Frequency words that judge only without a count or a date.
#[rustfmt::skip]
static OFTEN: &[&str] = &[
    "often", "frequently", "regularly", "repeatedly", "usually", "routinely", "typically",
    "generally", "normally", "rarely", "seldom", "consistently", "persistently", "anymore",
    "lately", "nowadays", "recurring", "sometimes", "occasionally", "mostly", "everything",
    "nothing", "anything", "whenever",
];

/// Phrases of habit that judge only without a count or a date.
static WEAK_HABIT_PHRASES: &[&str] = &["each time", "any more", "all day", "all night", "all week"];

/// Groups that stand for everyone: what they are said to say or know is
/// hearsay ("people say", "everybody knows").
#[rustfmt::skip]
static EVERYONE: &[&str] = &[
    "everyone", "everybody", "nobody", "no one", "noone", "people", "the whole team",
    "all the staff", "the whole", "others", "the others", "everyone else",
];

/// What everyone is said to say or know.
#[rustfmt::skip]
static EVERYONE_SAYS: &[&str] = &[
    "say", "says", "said", "know", "knows", "knew", "agree", "agrees", "agreed", "complain",
    "complains", "talk", "talks", "is", "are", "can", "has", "have", "wants", "want",
];

/// Phrases of habit that judge wherever they stand.
#[rustfmt::skip]
static HABIT_PHRASES: &[&str] = &[
    "as usual", "as per usual", "as always", "like always", "every time", "every single",
    "each and every", "all the time", "the whole time", "all shift", "all day long",
    "day in day out", "time and again", "time after time", "yet again", "once again",
    "again and again", "over and over", "not once", "without fail", "hardly ever", "almost never",
    "never once", "every shift", "every meeting", "every day", "every week", "every review",
    "every call", "every handover", "every lesson", "every class", "every sprint", "every month",
    "every morning", "every night", "every weekend", "every single time", "all the way through",
    "more often than not", "most of the time", "half the time", "the entire time", "whole shift",
    "whole day", "whole meeting", "keeps", "kept on", "keep on", "tends to", "tend to",
    "tended to", "has a habit", "has a tendency", "in the habit", "any time", "these days",
    "of late", "any longer", "no longer", "at the best of times", "is known for", "are known for",
   
];

/// Groups of people whose feelings a fact cannot speak for.
#[rustfmt::skip]
static GROUPS: &[&str] = &[
    "everyone", "everybody", "nobody", "noone", "no one", "people", "the team", "team", "staff",
    "the staff", "colleagues", "customers", "clients", "patients", "residents", "relatives",
    "families", "parents", "students", "pupils", "juniors", "seniors", "others", "the others",
    "the rest", "all of us", "the whole", "the department", "the office", "the shift", "the night",
    "the day", "night staff", "day staff", "the floor", "the class", "the kids", "the children",
    "the guests", "the public", "the board", "management", "the managers", "the nurses",
    "the carers", "the drivers", "the teachers", "the family", "the crew", "the lads", "the girls",
    "the guys", "the new", "new starters", "the client", "the customer", "the customers",
    "the patient", "the residents", "the students",
];

/// What a group is said to feel or think.
#[rustfmt::skip]
static GROUP_FEELINGS: &[&str] = &[
    "find", "finds", "found", "think", "thinks", "feel", "feels", "felt", "believe", "believes",
    "trust", "trusts", "hate", "hates", "dislike", "dislikes", "like", "likes", "love", "loves",
    "fear", "fears", "dread", "dreads", "avoid", "avoids", "scared", "afraid", "frightened",
    "intimidated", "uncomfortable", "frustrated", "fed", "upset", "unhappy", "annoyed", "worried",
    "confidence", "faith", "respect", "tired", "sick", "lost", "sees", "see", "view", "views",
    "consider", "considers", "wary", "nervous", "terrified", "angry", "furious", "dreading",
    "laugh", "laughs", "mock", "mocks", "resent", "resents", "abandoned", "ignored", "undervalued",
    "unsupported", "unsafe", "demoralised", "prefer", "prefers", "preferred", "rather",
    "struggle", "struggles", "dread",
];

/// Verbs that report what someone said or a document holds: what follows
/// them is what was said, which is a fact.
#[rustfmt::skip]
static REPORTING: &[&str] = &[
    "said", "says", "told", "tells", "wrote", "writes", "written", "emailed", "e-mailed",
    "messaged", "texted", "reported", "mentioned", "stated", "states", "reads", "listed", "shows",
    "showed", "shown", "recorded", "logged", "complained", "asked", "called", "described",
    "quoted", "commented", "replied", "answered", "explained", "claimed", "admitted", "confirmed",
    "noted", "flagged", "warned", "according",
];

/// Words that are evidence a camera or a document would hold.
#[rustfmt::skip]
static EVIDENCE: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "yesterday", "today", "tonight", "once", "twice", "times", "log", "logs", "email", "emails",
    "form", "forms", "rota", "ticket", "chart", "register", "cctv", "screenshot", "timesheet",
    "minutes", "record", "records", "report", "spreadsheet", "audit", "system", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "half",
    "dozen", "am", "pm", "o'clock", "morning", "afternoon", "evening", "week", "month", "hours",
    "mins", "min", "seconds",
];

/// Events that anchor a fact in time: "after the meeting".
#[rustfmt::skip]
static EVENTS: &[&str] = &[
    "meeting", "shift", "call", "review", "appraisal", "one-to-one", "briefing", "handover",
    "session", "interview", "lesson", "class", "huddle", "stand-up", "standup", "audit",
    "inspection", "visit", "incident", "presentation", "pitch", "training", "party", "event",
];

/// Subjects that are a person: the habit of a person is a judgement.
static PERSONS: &[&str] = &["he", "she", "you", "they", "his", "her", "your", "their"];

/// Auxiliaries and common verbs that are not a habit when they follow a person.
static NOT_HABIT_VERBS: &[&str] = &[
    "is", "was", "has", "does", "says", "goes", "gets", "needs", "owes", "holds", "works", "lives",
    "uses", "leads", "manages", "covers", "starts", "finishes", "joins", "reports", "signs",
    "sits", "stays", "wants", "thinks", "feels",
];

/// Words of a rule or contract: "always" in a rule is what the rule says.
#[rustfmt::skip]
static RULE_WORDS: &[&str] = &[
    "policy", "handbook", "contract", "rule", "rules", "procedure", "sop", "must", "requires",
    "required", "says", "states", "guidance", "protocol", "law", "regulations", "should",
    "supposed",
];

/// Intensifiers that make the next word a verdict.
#[rustfmt::skip]
static INTENSIFIERS: &[&str] = &[
    "too", "very", "really", "completely", "totally", "utterly", "extremely", "incredibly",
    "highly", "deeply", "quite", "rather", "so", "pretty", "overly", "absolutely", "simply",
    "seriously", "massively", "hugely", "painfully", "excessively", "unbelievably", "ridiculously",
    "far", "way", "a bit", "a little", "bit",
];

/// Words after "was"/"is" (and "came across as") that mark a verdict.
static COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "seems", "seemed", "looks", "looked",
    "sounds", "sounded", "felt", "feels", "became", "becomes", "got", "gets", "getting", "as",
    "remains", "remained", "stays", "stayed",
];

// --- Signals ---------------------------------------------------------------

/// Every signal in one sentence.
fn signals(s: &Sentence) -> Vec<Signal> {
    let mut out = Vec::new();
    let n = s.words.len();
    let mut push = |kind, weight, start, end| {
        out.push(Signal {
            kind,
            weight,
            start,
            end,
        })
    };
    for i in 0..n {
        // Phrases, longest first within each class.
        for (list, kind, weight) in [
            (MOTIVE_PHRASES, Judgement::Motive, Weight::Strong),
            (VERDICT_PHRASES, Judgement::Verdict, Weight::Strong),
            (HABIT_PHRASES, Judgement::Habit, Weight::Strong),
            (APPEARANCE, Judgement::Motive, Weight::Strong),
        ] {
            if let Some(p) = s.phrase(i, list) {
                push(kind, weight, i, i + p.split(' ').count());
            }
        }
        let w = s.w(i);
        if member(VERDICT_WORDS, w) {
            push(Judgement::Verdict, Weight::Strong, i, i + 1);
        }
        if member(ALWAYS, w) {
            push(Judgement::Habit, Weight::Strong, i, i + 1);
        }
        if member(OFTEN, w) {
            push(Judgement::Habit, Weight::Weak, i, i + 1);
        }
        if let Some(p) = s.phrase(i, WEAK_HABIT_PHRASES) {
            push(Judgement::Habit, Weight::Weak, i, i + p.split(' ').count());
        }
        // "tried to blame": an attempt is read from what was done.
        if s.is(i, &["tried", "tries", "trying", "try"]) && s.w(i + 1) == "to" {
            push(Judgement::Motive, Weight::Weak, i, i + 3);
        }
        // "late again", "kept the team waiting again"; not "and again at 11:40".
        if w == "again" && !(i > 0 && s.is(i - 1, &["and", "then", "or"])) {
            push(Judgement::Habit, Weight::Strong, i, i + 1);
        }
        // "kept disappearing", "keeps forgetting".
        if s.is(i, &["keep", "keeps", "kept", "keeping"]) && s.w(i + 1).ends_with("ing") {
            push(Judgement::Habit, Weight::Strong, i, i + 2);
        }
        if let Some(end) = someone_feels(s, i) {
            push(Judgement::Others, Weight::Strong, i, end);
        }
        if let Some(end) = predicate_verdict(s, i) {
            push(Judgement::Verdict, Weight::Strong, i, end);
        }
        if let Some(end) = person_mind(s, i).or_else(|| stated_state(s, i)) {
            push(Judgement::Motive, Weight::Strong, i, end);
        }
        if let Some(end) = purpose(s, i) {
            push(Judgement::Motive, Weight::Strong, i, end);
        }
        if let Some(end) = group_feeling(s, i) {
            push(Judgement::Others, Weight::Strong, i, end);
        }
        if let Some(end) = habit_verb(s, i) {
            push(Judgement::Habit, Weight::Weak, i, end);
        }
    }
    out
}

/// "was minimal", "too emotional", "very late", "find him cold": a word
/// that judges because of where it stands.
fn predicate_verdict(s: &Sentence, i: usize) -> Option<usize> {
    let w = s.w(i);
    // "too X": too emotional, too aggressive, too slow (not "me too").
    if w == "too" && !s.w(i + 1).is_empty() && s.w(i + 1) != "|" && !s.is(i + 1, &["to"]) {
        return Some(i + 2);
    }
    // "less engaged", "more careless": a change judged, not counted.
    if (w == "less" || w == "more") && !s.is(i + 1, &["than", "often", "time", "of"]) {
        let next = s.w(i + 1);
        if member(MIND_STATES, next) || member(PREDICATE_WORDS, next) || adjective_like(next) {
            return Some(i + 2);
        }
    }
    // "hard to maintain", "impossible to work with".
    if s.is(
        i,
        &[
            "hard",
            "difficult",
            "impossible",
            "tough",
            "painful",
            "awkward",
        ],
    ) && s.w(i + 1) == "to"
    {
        return Some(i + 3);
    }
    if member(INTENSIFIERS, w) && w != "too" {
        let next = s.w(i + 1);
        if adjective_like(next) || member(PREDICATE_WORDS, next) {
            return Some(i + 2);
        }
    }
    if member(PREDICATE_WORDS, w) {
        // After a copula, possibly with "a", "so", "not": "was minimal".
        let mut j = i;
        while j > 0
            && s.is(
                j - 1,
                &[
                    "a", "an", "so", "very", "quite", "rather", "just", "bit", "really", "being",
                ],
            )
        {
            j -= 1;
        }
        if j > 0 && s.is(j - 1, COPULAS) {
            // "was late" with a count or a time is a fact; the evidence
            // check decides, so this one is weak: see `judge`.
            return (w != "late" && w != "behind" && w != "short" && w != "off").then_some(i + 1);
        }
        // "find him cold", "found her unhelpful".
        if i >= 2 && s.is(i - 2, &["find", "finds", "found"]) {
            return Some(i + 1);
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
    if !s.is(
        i,
        &[
            "is", "was", "are", "were", "seems", "seemed", "been", "being",
        ],
    ) {
        return None;
    }
    let mut j = i + 1;
    while s.is(
        j,
        &[
            "not", "really", "so", "very", "quite", "just", "still", "clearly", "a", "bit",
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
            let window = (j + 1)..(j + 5).min(s.words.len());
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
        let window = (i + 1)..(i + 6).min(s.words.len());
        if window.clone().any(|k| {
            s.is(k, MIND_VERBS)
                || s.is(
                    k,
                    &["bothered", "lazy", "interested", "unable", "incapable"],
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
    if member(EVERYONE, g) && s.is(after, EVERYONE_SAYS) {
        return Some(after + 1);
    }
    let window = after..(after + 5).min(s.words.len());
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
    if !s.is(i, &["feels", "feel", "felt", "feeling"]) || i == 0 || s.is(i - 1, &["i", "we"]) {
        return None;
    }
    let next = s.w(i + 1);
    let feeling = adjective_like(next)
        || member(GROUP_FEELINGS, next)
        || member(PREDICATE_WORDS, next)
        || ["like", "that", "let", "as"].contains(&next);
    feeling.then_some(i + 2)
}

/// Numbers in words, which count people or times.
static NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "both",
];

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
/// document or a record, quoted words.
fn has_evidence(text: &str, s: &Sentence) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || text.contains("\"\"")
        || s.words.iter().any(|w| member(EVIDENCE, w))
        || (0..s.words.len()).any(|i| {
            s.is(i, &["after", "before", "during", "at", "in"])
                && s.w(i + 1) == "the"
                && s.is(
                    i + 2
                        + usize::from(
                            adjective_like(s.w(i + 2))
                                || s.is(
                                    i + 2,
                                    &[
                                        "team", "staff", "weekly", "monthly", "last", "morning",
                                        "night", "late", "early",
                                    ],
                                ),
                        ),
                    EVENTS,
                )
                || s.phrase_at(i, "i saw")
                || s.phrase_at(i, "i heard")
                || s.phrase_at(i, "i counted")
                || s.phrase_at(i, "last week")
                || s.phrase_at(i, "this week")
        })
}

/// The index of the first reporting verb with someone who said or wrote it
/// before it: signals after it are what was said. "which shows" is an
/// inference, not a report.
fn reported_from(s: &Sentence) -> Option<usize> {
    // "What you said was out of line": the saying is the subject, judged.
    if s.w(0) == "what" || s.phrase_at(0, "the way") {
        return None;
    }
    (1..s.words.len()).find(|&i| {
        s.is(i, REPORTING)
            && !s.is(i - 1, &["which", "this", "that", "it"])
            && !(s.w(i) == "called" && s.is(i + 1, &["in", "off", "out"]))
    })
}

/// Where what was reported ends: at a turn to the user's own words ("…,
/// but he knew…", "although", "so").
fn report_end(s: &Sentence, at: usize) -> usize {
    (at + 1..s.words.len())
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
/// labelled".
fn literal_clearly(s: &Sentence, sig: &Signal) -> bool {
    s.w(sig.start) == "clearly"
        && (s.w(sig.start + 1).ends_with("ed")
            || s.is(
                sig.start + 1,
                &[
                    "visible", "written", "shown", "marked", "says", "stated", "legible", "set",
                    "on",
                ],
            ))
        && !s.is(
            sig.start + 1,
            &["rushed", "wanted", "ignored", "decided", "preferred"],
        )
}

/// Whether "always"/"never" is about a thing or a rule ("the contract says
/// reports are always due", "his login was never activated").
fn about_a_thing(s: &Sentence, sig: &Signal) -> bool {
    if !s.is(sig.start, ALWAYS) {
        return false;
    }
    let rule = (0..sig.start).any(|k| s.is(k, RULE_WORDS));
    let passive = sig.start > 0
        && s.is(
            sig.start - 1,
            &["was", "were", "is", "are", "been", "has", "have", "had"],
        )
        && (s.w(sig.start + 1).ends_with("ed")
            || s.is(
                sig.start + 1,
                &[
                    "due", "open", "set", "done", "shown", "given", "sent", "made", "taken",
                ],
            ));
    let person = (0..sig.start).any(|k| s.is(k, &["he", "she", "you", "they"]));
    rule || (passive && !person)
}

/// The judgement in one sentence, if any.
fn judge(raw: &str) -> Option<Found> {
    let text = strip_quoted(&raw.replace(['’', '‘'], "'"));
    let mut spelt = String::with_capacity(text.len());
    for w in text.split_inclusive(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let (word, sep) = w.split_at(
            w.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '\''))
                .len(),
        );
        let parts = split_s(&word.to_lowercase());
        if parts.len() == 1 {
            spelt.push_str(word);
        } else {
            spelt.push_str(&parts.join(" "));
        }
        spelt.push_str(sep);
    }
    let s = Sentence::new(&spelt);
    let evidence = has_evidence(&text, &s);
    // A report counts as one when it says when, or quotes: "Priya told me on
    // Monday that…". "The client has complained about your attitude" is
    // hearsay without it.
    let reported = reported_from(&s)
        .filter(|&at| evidence || told_me(&s, at))
        .map(|at| (at, report_end(&s, at)))
        .unwrap_or((usize::MAX, usize::MAX));
    let mut found: Vec<Signal> = signals(&s)
        .into_iter()
        .filter(|sig| sig.start < reported.0 || sig.start >= reported.1 || inference(&s, sig))
        .filter(|sig| sig.weight == Weight::Strong || !evidence)
        .filter(|sig| !literal_clearly(&s, sig))
        .filter(|sig| !(sig.kind == Judgement::Habit && hypothetical(&s, sig.start)))
        .filter(|sig| {
            !(sig.start > 0 && s.w(sig.start - 1) == "in" && s.w(sig.start).starts_with("favo"))
        })
        .filter(|sig| !(about_rule(&s, sig) || about_a_thing(&s, sig) && evidence))
        .collect();
    found.sort_by_key(|sig| (rank(sig.kind), sig.start));
    let sig = found.first()?;
    Some(Found {
        kind: sig.kind,
        words: s.typed_words(sig.start, sig.end),
    })
}

/// Whether word `at` stands in a clause that supposes rather than claims:
/// "if it keeps happening", "unless dates slip again", "how often".
fn hypothetical(s: &Sentence, at: usize) -> bool {
    if at > 0 && s.w(at - 1) == "how" {
        return true;
    }
    (0..at).rev().take_while(|&k| s.w(k) != "|").any(|k| {
        s.is(k, &["if", "unless", "whether", "should", "in", "case"])
            && (s.w(k) != "in" || s.w(k + 1) == "case")
            && (s.w(k) != "case" || k > 0 && s.w(k - 1) == "in")
    })
}

/// "Always" inside what a rule says is the rule's word.
fn about_rule(s: &Sentence, sig: &Signal) -> bool {
    s.is(sig.start, ALWAYS) && (0..s.words.len()).any(|k| s.is(k, RULE_WORDS))
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
    sentences(fact).find_map(judge)
}

/// The sentences of a text: split after `.`, `!` or `?` followed by a space
/// or a line break, and at line breaks.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|x| x.1);
        let end = matches!(c, '\n' | '\u{2028}' | '\u{2029}')
            || (matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace));
        if end {
            let cut = at + c.len_utf8();
            out.push(&text[start..cut]);
            start = cut;
        }
    }
    out.push(&text[start..]);
    out.into_iter().filter(|s| !s.trim().is_empty())
}

/// What is wrong with a fact that judges, and what to write instead: the
/// message and the hint `plan check` gives and the wizard shows as a note.
pub fn fact_note(fact: &str) -> Option<(String, String)> {
    let found = judgement(fact)?;
    let what = match found.kind {
        Judgement::Habit => "a habit claimed without a count",
        Judgement::Verdict => "a verdict",
        Judgement::Motive => "a guess at what is in their mind",
        Judgement::Others => "what others are said to feel",
    };
    Some((
        format!(
            "\"{}\" is {what}, not something a camera would record",
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
