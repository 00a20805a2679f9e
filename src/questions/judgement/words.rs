//! The word classes the judgement rule reads with: evaluative words and
//! phrases, verbs and states of the mind, frequency words, groups of people,
//! reporting verbs, evidence. Each is a list of plain words (our choice, not
//! a published lexicon), indexed once for lookups by hash.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Every word and phrase list below, indexed once per process: for each
/// word, the lists it is in and the lists with a phrase it starts, as bits;
/// each list's phrases by their first word. A list is known by its address
/// (they are statics), so the code reads as `s.is(i, VERDICT_WORDS)`.
pub(super) struct Index {
    /// A list's bit, by its address.
    bits: Map<usize, u64>,
    /// A word's [`Classes`].
    words: Map<&'static str, Classes>,
    /// The bits of [`LEXICONS`].
    lexicons: u64,
    /// Each list's phrases by their first word, in order, by the list's
    /// number (the place of its bit).
    phrases: Vec<Map<&'static str, Vec<&'static str>>>,
    /// The words of the lexicons [`super::corrected`] reads, by their first
    /// letter and length in letters, with their place in the lexicons.
    near: Map<(char, usize), Vec<(usize, &'static str)>>,
}

/// The lists a word is in, and the lists with a phrase that starts with it,
/// as bits of [`Index::bits`].
#[derive(Clone, Copy, Default)]
pub(super) struct Classes {
    pub(super) member: u64,
    pub(super) starts: u64,
}

/// A hash map keyed by our own words and addresses, never by what a user
/// typed, so a hash that is cheap to compute is enough (Rust's default,
/// SipHash, resists hash flooding at several times the cost per word).
type Map<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// FxHash: a multiply and a rotate per eight bytes.
#[derive(Default)]
pub(super) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The lexicons [`super::corrected`] reads a misspelt word against, in order.
pub(super) const LEXICONS: [&[&str]; 5] = [
    VERDICT_WORDS,
    MIND_STATES,
    MIND_VERBS,
    PREDICATE_WORDS,
    ALWAYS,
];

pub(super) fn index() -> &'static Index {
    static INDEX: LazyLock<Index> = LazyLock::new(|| {
        let lists: [&'static [&'static str]; 33] = [
            VERDICT_WORDS,
            SAID_OF_SOMEONE,
            CONDUCT,
            PEOPLE,
            WEAK_MOTIVE_PHRASES,
            PHRASES_OF_SOMEONE,
            GOOD_QUALITIES,
            MONTHS,
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
            bits: Map::default(),
            words: Map::default(),
            lexicons: 0,
            phrases: Vec::with_capacity(lists.len()),
            near: Map::default(),
        };
        index.words.reserve(2048);
        for (n, &list) in lists.iter().enumerate() {
            let bit = 1u64 << n;
            index.bits.insert(list.as_ptr() as usize, bit);
            let mut by_first: Map<&'static str, Vec<&'static str>> = Map::default();
            for &p in list {
                index.words.entry(p).or_default().member |= bit;
                let first = p.split(' ').next().unwrap_or(p);
                index.words.entry(first).or_default().starts |= bit;
                by_first.entry(first).or_default().push(p);
            }
            index.phrases.push(by_first);
        }
        for lexicon in LEXICONS {
            index.lexicons |= index.bit(lexicon).unwrap_or_default();
        }
        for (at, &known) in LEXICONS.iter().flat_map(|l| l.iter()).enumerate() {
            if let Some(first) = known.chars().next() {
                let key = (first, known.chars().count());
                index.near.entry(key).or_default().push((at, known));
            }
        }
        index
    });
    &INDEX
}

impl Index {
    /// The bit of a list of this module, or none for any other list.
    pub(super) fn bit(&self, list: &[&str]) -> Option<u64> {
        self.bits.get(&(list.as_ptr() as usize)).copied()
    }

    /// Whether a word is in one of [`LEXICONS`].
    pub(super) fn in_lexicon(&self, w: &str) -> bool {
        self.classes(w).member & self.lexicons != 0
    }

    /// The lists a word is in, and those with a phrase it starts.
    pub(super) fn classes(&self, w: &str) -> Classes {
        self.words.get(w).copied().unwrap_or_default()
    }

    /// The phrases of the list of `bit` that start with `first`, in order.
    pub(super) fn phrases(&self, bit: u64, first: &str) -> &[&'static str] {
        self.phrases
            .get(bit.trailing_zeros() as usize)
            .and_then(|by_first| by_first.get(first))
            .map_or(&[], Vec::as_slice)
    }

    /// The lexicon words of a first letter and a length in letters, each
    /// with its place in [`LEXICONS`].
    pub(super) fn near(&self, first: char, len: usize) -> &[(usize, &'static str)] {
        self.near.get(&(first, len)).map_or(&[], Vec::as_slice)
    }
}

/// Whether `w` is one of the words of `list` (a hash for the lists above).
pub(super) fn member(list: &[&str], w: &str) -> bool {
    let index = index();
    match index.bit(list) {
        Some(bit) => index.classes(w).member & bit != 0,
        None => list.contains(&w),
    }
}

/// Words that judge work or behaviour wherever they stand: there is no
/// literal use of them in a workplace fact.
#[rustfmt::skip]
pub(super) static VERDICT_WORDS: &[&str] = &[
    "unprofessional", "inappropriate", "unacceptable", "condescending", "patronising",
    "patronizing", "rude", "rudely", "dismissive", "dismissively", "disrespectful", "sloppy",
    "sloppily", "lazy", "lazily", "careless", "carelessly", "chaotic", "shambles", "shambolic",
    "disaster", "disastrous", "nightmare", "messy", "terrible", "terribly", "awful", "awfully",
    "appalling", "dreadful", "atrocious", "abysmal", "woeful", "pathetic", "useless", "hopeless",
    "incompetent", "incompetence", "arrogant", "arrogance", "confrontational", "argumentative",
    "unhelpful", "unfriendly", "intimidating", "boring", "lacklustre", "lackluster",
    "half-hearted", "halfhearted", "half-baked", "slapdash", "shoddy", "substandard",
    "sub-standard", "subpar", "sub-par", "mediocre", "inadequate", "unreliable", "untrustworthy",
    "dishonest", "disorganised", "disorganized", "irresponsible", "inconsiderate",
    "uncooperative", "unco-operative", "negligent", "neglectful", "selfish", "childish",
    "immature", "stubborn", "grumpy", "stroppy", "bossy", "pushy", "sarcastic", "snide",
    "passive-aggressive", "abrasive", "abrupt", "curt", "brusque", "offhand", "unacceptably",
    "disgraceful", "embarrassing", "embarrassment", "ridiculous", "laughable", "clueless",
    "scruffy", "filthy", "slacking", "slacker", "belittling", "belittled", "demeaning",
    "undermining", "undermined", "favouritism", "favoritism", "favourites", "favorites",
    "gossip", "gossips", "gossiping", "gossiped", "whinging", "excuses",
    "unpleasant", "insolent", "insubordinate", "insubordination", "unmotivated", "demotivated",
    "disengaged", "apathetic", "uninterested", "disinterested", "complacent", "complacency",
    "negativity", "hysterical", "overreacted", "overreacting", "overreacts", "timepass",
    "mockery", "troublemaker", "diva", "incapable", "inept", "ineffective", "lousy",
    "shambolically", "chaotically", "disruptive", "defensiveness", "unapproachable",
    "condescendingly", "obstructive", "aloof", "uncaring", "unkind", "spiteful", "vindictive",
    "manipulative", "sneaky", "liar", "unethical", "evasive", "shifty", "amateurish",
    "unprepared", "inattentive", "forgetful", "scatty", "scatterbrained", "blamed", "blaming",
    "blames", "rushed", "downhill", "deteriorated", "deteriorating", "inappropriately",
    "unprofessionally", "disrespectfully", "half-done", "half-finished", "flippant", "cheeky",
    "underwhelming", "obsessed", "coasting", "idle", "non-existent", "nonexistent", "stinks",
    "sulky", "sulking", "sulked", "moans", "moaned", "whinges", "whinged", "chaos",
    "shocking", "overbearing", "domineering", "pompous", "smug", "cocky", "lippy",
    "mouthy", "snarky", "surly", "sullen", "uppity", "devious", "deceitful", "two-faced",
    "backstabbing", "hypocritical", "unreasonable", "irrational", "paranoid", "needy",
    "clingy", "high-maintenance", "work-shy", "workshy", "bone-idle", "slovenly",
    "lackadaisical", "haphazard", "sloppiness", "laziness", "carelessness", "rudeness",
    "humiliating", "humiliated", "degrading", "insulting", "hurtful", "belittle", "belittles",
];

/// Words that judge only where they are said of a person or of their work
/// or behaviour: "his tone was cold", "a difficult colleague", "poor quality
/// work"; but "the cold store", "the mean waiting time", "bad debt", "the
/// drama teacher" and "lying on the floor" describe.
#[rustfmt::skip]
pub(super) static SAID_OF_SOMEONE: &[&str] = &[
    "cold", "mean", "bad", "poor", "weak", "drama", "dramatic", "nasty", "petty", "bitter",
    "jealous", "suspicious", "fishy", "shady", "dodgy", "harsh", "harshly", "rigid", "flaky",
    "volatile", "erratic", "unpredictable", "defensive", "hostile", "toxic", "aggressive",
    "aggressively", "aggression", "difficult", "inflexible", "snappy", "clumsy", "negative",
    "moody", "lying", "lies", "lied", "cheated", "cheating", "bully", "bullying", "bullied",
    "rubbish", "crap", "garbage", "shallow", "slow", "lax", "entitled", "worst", "worse",
    "poorly", "badly", "properly", "improperly", "differently", "weakest", "loud", "sharp",
    "rough", "basic", "thin", "sketchy", "superficial", "blunt", "distant", "withdrawn",
    "unfair", "biased", "minimal", "generous", "lenient", "sensitive", "emotional", "mess",
    "moaning", "whining", "favour", "favours", "favouring", "favor", "favors",
    "unfit", "vague", "liability", "excessive", "over-the-top",
    "low", "offensive",
];

/// Words that judge after "was" or "is" with anyone as subject, unless a
/// number or a date shows what was measured: "the notes were minimal", but
/// "the temperature was high: 31°C".
#[rustfmt::skip]
pub(super) static PREDICATE_WORDS: &[&str] = &[
    "minimal", "generous", "emotional", "sensitive", "slow", "lenient", "harsh", "loud",
    "negative", "unclear", "confusing", "confused", "unhappy", "upset", "angry", "annoyed",
    "irritated", "frustrated", "stressed", "nervous", "anxious", "bored", "distracted",
    "unfocused", "tired", "basic", "thin", "vague", "unusable", "unreadable",
    "inaccurate", "unsafe", "dangerous", "risky", "reckless", "blunt", "quiet",
    "withdrawn", "distant", "patchy", "inconsistent", "unorganised", "unorganized",
    "untidy", "dirty", "lacking", "limited", "superficial", "shallow", "sketchy", "unbalanced",
    "biased", "unfair", "unreasonable", "excessive", "over-the-top",
];

/// Phrases that judge when said of a person, and describe otherwise: "he
/// was out of order", but "the lift was out of order".
#[rustfmt::skip]
pub(super) static PHRASES_OF_SOMEONE: &[&str] = &[
    "out of order", "short with", "sharp with", "off with", "funny with", "cold with",
    "offhand with", "curt with", "abrupt with", "rough with", "a bit short", "over the line",
];

/// Month names: a habit bounded by a month ("every Monday in October")
/// can be checked.
#[rustfmt::skip]
pub(super) static MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Good qualities: "not careful", "not reliable" said of someone judges.
#[rustfmt::skip]
pub(super) static GOOD_QUALITIES: &[&str] = &[
    "careful", "reliable", "professional", "polite", "respectful", "organised", "organized",
    "competent", "capable", "helpful", "friendly", "punctual", "serious", "honest",
    "trustworthy", "good", "kind", "patient", "thorough", "accurate", "tidy", "supportive",
    "cooperative", "co-operative", "flexible", "proactive", "responsible", "mature",
    "approachable", "suitable", "dependable", "motivated", "committed", "engaged", "interested",
    "bothered", "attentive", "diligent", "conscientious", "courteous", "consistent",
];

/// Nouns for someone's work or behaviour: an evaluative word said of one
/// judges ("his tone was cold", "poor quality").
#[rustfmt::skip]
pub(super) static CONDUCT: &[&str] = &[
    "tone", "manner", "attitude", "behaviour", "behavior", "conduct", "approach", "reply",
    "replies", "response", "responses", "email", "emails", "message", "messages", "comment",
    "comments", "remark", "remarks", "language", "work", "performance", "effort", "efforts",
    "standard", "standards", "quality", "handover", "handovers", "notes", "report", "reports",
    "documentation", "presentation", "pitch", "code", "writing", "timekeeping", "punctuality",
    "attendance", "communication", "feedback", "marking", "planning", "lesson", "lessons",
    "teaching", "care", "service", "leadership", "temper", "mood", "personality", "character",
    "workmanship", "output", "paperwork", "record-keeping", "admin", "answer", "answers",
    "explanation", "excuse", "way", "ways", "spreadsheets", "spreadsheet", "figures", "forecast",
    "forecasts", "skills", "judgement", "judgment", "decisions", "decision", "job", "shift",
    "shifts", "session", "sessions", "meeting", "meetings", "unit", "ward", "section",
    "stockroom", "kitchen", "round", "rounds", "review", "reviews", "morale", "organisation",
    "organization", "time-keeping",
    "release", "launch", "delivery", "rollout", "induction", "training", "process", "checks",
    "count", "changeover", "project", "plan", "design", "analysis", "build", "fix", "write-up",
    "summary", "assessment", "stocktake", "reconciliation", "returns", "notes", "handling",
];

/// Nouns for a person: a word said of one judges ("a difficult colleague").
#[rustfmt::skip]
pub(super) static PEOPLE: &[&str] = &[
    "person", "man", "woman", "colleague", "colleagues", "worker", "workers", "employee",
    "manager", "supervisor", "nurse", "teacher", "driver", "chef", "cook", "cleaner", "carer",
    "doctor", "porter", "trainee", "apprentice", "boss", "leader", "member", "starter", "guy",
    "lad", "girl", "boy", "individual", "operator", "agent", "clerk", "assistant", "technician",
    "engineer", "officer", "analyst", "student", "pupil", "people", "customer", "client",
];

/// Phrases that judge wherever they stand, idioms of the workplace among
/// them ("a chip on his shoulder", "leaves a lot to be desired").
#[rustfmt::skip]
pub(super) static VERDICT_PHRASES: &[&str] = &[
    "out of line", "not acceptable", "not good enough", "not up to scratch", "not up to standard",
    "not at the standard", "not to the standard", "below par", "falls short", "fell short",
    "lets the team down", "let the team down", "let us down", "lets us down", "let me down",
    "lets me down", "let them down", "let everyone down", "is a joke", "was a joke",
    "are a joke", "were a joke", "a bit of a joke", "a farce", "a team player",
    "the bare minimum", "bare minimum", "tick-box", "tick box", "looked like a bomb",
    "like a bomb", "a pigsty", "like a tip", "is a tip", "was a tip", "all over the place",
    "all over the shop", "is a problem", "was a problem", "are a problem", "a real problem",
    "no effort", "zero effort", "little effort", "no respect", "lack of respect",
    "lack of commitment", "lack of care", "lack of effort", "lack of interest", "talked down",
    "talks down", "talking down", "talk down", "looked down on", "looks down on",
    "made a mockery", "makes a mockery", "pulling his weight", "pulling her weight",
    "pulling their weight", "pulling your weight", "pull his weight", "pull her weight",
    "pull your weight", "pull their weight", "above the rules", "cuts corners", "cut corners",
    "cutting corners", "a nightmare", "a disaster", "a mess", "a complete mess", "in a mess",
    "a shambles", "over the top", "the wrong attitude", "no idea what", "does not listen",
    "did not listen", "do not listen", "not listening", "never listens", "no sense of",
    "has no clue", "have no clue", "no clue", "without any care", "got worse", "getting worse",
    "gone backwards", "gone downhill", "went downhill", "half done", "half finished",
    "chip on his shoulder", "chip on her shoulder", "chip on their shoulder",
    "chip on your shoulder", "off a cliff", "runs rings", "run rings", "loose cannon",
    "a waste of", "god's gift", "people person", "through the floor", "under the bus",
    "work ethic", "to be desired", "stuck in his ways", "stuck in her ways",
    "stuck in their ways", "stuck in your ways", "set in his ways", "set in her ways",
    "only here for", "dumps his work", "dumps her work", "dumps work", "dumping work",
    "bone idle", "run riot", "runs riot", "running riot", "short fuse", "gets away with",
    "get away with", "got away with", "have slipped", "has slipped", "full of himself",
    "full of herself", "full of themselves", "full of yourself", "walk on eggshells",
    "walking on eggshells", "plays the victim", "playing the victim", "weakest link",
    "showing off", "show off", "shows off", "showed off", "fed up", "hard work",
    "passive aggressive", "be trusted", "not pull", "drags his feet", "drags her feet",
    "dragging his feet", "dragging her feet", "dragged his feet", "dragged her feet",
    "rubs people up", "rubbed people up", "the wrong way", "throws his weight",
    "throws her weight", "a law unto", "a bad apple", "a bad influence", "a negative influence",
    "poisoning the", "stirring", "stirs up", "stirred up", "winds people up",
    "wound people up", "behind my back", "behind our backs", "behind her back",
    "behind his back", "the bare bones", "couldn't care less", "not bothered", "too much",
    "not pulling", "not up to", "no good", "not good at", "not very good", "no better",
    "a liability", "a problem", "a handful", "a pain", "an attitude", "attitude problem",
    "his attitude", "her attitude", "your attitude", "their attitude", "the attitude",
    "not paying attention", "not concentrating", "not focused", "not focusing",
    "rubber stamps", "rubber-stamps", "rubber stamped", "rubber-stamped", "rubber stamping",
    "waves through", "waved through", "nods through", "nodded through",
];

/// Verbs of the mind: what someone thinks, wants or feels, which no camera
/// records unless they said it.
#[rustfmt::skip]
pub(super) static MIND_VERBS: &[&str] = &[
    "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt",
    "want", "wants", "wanted", "care", "cares", "cared", "know", "knows", "knew", "realise",
    "realises", "realised", "realize", "realizes", "realized", "assume", "assumes", "assumed",
    "expect", "expects", "expected", "intend", "intends", "intended", "mean", "meant", "hope",
    "hoped", "hopes", "resent", "resents", "resented", "hate", "hates", "hated", "like", "likes",
    "enjoy", "enjoys", "enjoyed", "dislike", "dislikes", "respect", "respects", "trust", "trusts",
    "prefer", "prefers", "fear", "fears", "wish", "wishes", "value", "values", "valued",
    "understand", "understands", "understood", "ignore", "ignores",
    "ignored", "ignoring", "avoid", "avoids", "avoided", "avoiding", "pretend", "pretends",
    "pretended", "pretending",
    "caring",
];

/// Inner states of a person, which no camera records: "he is not engaged",
/// "she was struggling".
#[rustfmt::skip]
pub(super) static MIND_STATES: &[&str] = &[
    "engaged", "motivated", "committed", "interested", "invested", "focused", "enthusiastic",
    "keen", "bothered", "happy", "unhappy", "struggling", "hiding", "coping", "overwhelmed",
    "stressed", "caring",
    "upset", "angry", "annoyed", "frustrated", "bored", "jealous", "resentful",
    "confused", "embarrassed", "ashamed", "scared", "afraid", "nervous", "anxious",
    "trying", "pretending", "sulking", "disappointed", "fed", "sick", "tired", "aware",
];

/// Capitalised words that start sentences and are not names.
#[rustfmt::skip]
pub(super) static NOT_NAMES: &[&str] = &[
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
pub(super) static GROUP_WORDS: &[&str] = &[
    "team", "staff", "customers", "clients", "patients", "residents", "parents", "students",
    "colleagues", "managers", "management", "others", "everyone", "nobody", "people",
];

/// Phrases that guess at motives or inner states wherever they stand.
#[rustfmt::skip]
pub(super) static MOTIVE_PHRASES: &[&str] = &[
    "on purpose", "deliberately", "intentionally", "purposely", "purposefully", "knowingly",
    "wilfully", "willfully", "obviously", "evidently", "apparently", "clearly", "of course he",
    "of course she", "be bothered", "did not bother", "does not bother", "do not bother",
    "not bothered", "bothered to", "no interest", "not interested", "lost interest",
    "losing interest", "lost all interest", "lost motivation", "not committed", "no commitment",
    "not engaged", "not invested", "not motivated", "trying to get", "trying to avoid",
    "tried to avoid", "tries to avoid", "trying to get out", "tried to get out", "to get out of",
    "to get back at", "to undermine", "to make me look", "to make him look", "to make her look",
    "to make us look", "to make them look", "to make your", "to make his", "to make her",
    "to look good", "to look better", "to show off", "to embarrass", "to humiliate", "to punish",
    "tried to hide", "trying to hide", "tried to cover", "knew full well", "must have known",
    "should have known", "full well", "just wants", "just wanted", "only cares", "only wants",
    "only wanted", "above the rules", "above doing", "above it", "above everyone",
    "does not apply", "do not apply", "did not apply", "has no intention", "had no intention",
    "no intention", "could not care", "could not be bothered", "deep down", "secretly",
    "which shows", "which proves", "which means", "which tells me", "that shows", "this shows",
    "that proves", "this proves", "it is clear", "it was clear", "i think", "i feel", "i felt",
    "i believe", "i suspect", "i get the impression", "i get the feeling", "i got the impression",
    "i got the feeling", "my impression", "in my opinion", "in my view", "i am sure",
    "i am certain", "i reckon", "i guess", "no doubt", "gives the impression",
    "give the impression", "gave the impression", "lost confidence", "lost all confidence",
    "lost faith", "lost trust", "lost respect", "lost patience", "lost all respect",
    "not respecting", "does not respect", "do not respect", "did not respect", "no regard",
    "not serious", "take it seriously", "takes it seriously", "taking it seriously",
    "does not take", "do not take", "did not take", "can not take", "not take feedback",
    "take feedback", "takes feedback", "taking feedback", "took feedback", "treated it as",
    "treats it as", "pretends", "doing timepass", "for show", "playing games", "plays games",
    "in a huff", "got the hump", "to make a point", "to prove a point", "to impress",
    "to annoy", "to wind", "to provoke", "to spite", "for attention", "to get attention",
    "to save face", "to get his own back", "to get her own back", "to get even",
    "out of spite", "out of his depth", "out of her depth", "in over his head",
    "in over her head", "not coping", "to make yourself", "to make himself", "to make herself",
    "to make themselves", "to get your", "to get his", "to get her", "to get their",
    "in a hurry", "in a rush", "does not see the point", "do not see the point",
    "did not see the point", "sees no point", "stopped caring", "stopped trying",
    "stopped bothering", "stopped listening", "given up on", "gave up on", "giving up on",
    "walked all over", "to avoid", "to dodge", "to escape", "to skive", "to skip",
    "not really try", "not even try", "did not try", "does not try", "not trying",
    "made no attempt", "no attempt", "taking advantage", "takes advantage", "took advantage",
    "take advantage", "tick the box", "tick a box", "ticking the box", "ticking boxes",
    "the minimum", "only to",
];

/// Words and phrases that stand for a look at someone's mind: "seems to",
/// "came across as", "looks like".
#[rustfmt::skip]
pub(super) static APPEARANCE: &[&str] = &[
    "seem", "seems", "seemed", "seeming", "appear to", "appears to", "appeared to", "appears",
    "came across", "come across", "comes across", "coming across", "look like", "looks like",
    "looked like", "sounds like", "sounded like", "looks as if", "looked as if", "looks as though",
    "strikes me", "struck me", "comes off", "came off",
];

/// Frequency words: a habit claimed. Strong ones judge wherever they stand.
#[rustfmt::skip]
pub(super) static ALWAYS: &[&str] = &[
    "always", "never", "constantly", "continually", "continuously", "forever", "invariably",
    "perpetually", "non-stop", "nonstop", "habitually", "chronically", "endlessly",
];

/// Frequency words that judge only without a count or a date.
#[rustfmt::skip]
pub(super) static OFTEN: &[&str] = &[
    "often", "frequently", "regularly", "repeatedly", "usually", "routinely", "typically",
    "generally", "normally", "rarely", "seldom", "consistently", "persistently", "anymore",
    "lately", "nowadays", "recurring", "sometimes", "occasionally", "mostly", "everything",
    "nothing", "whenever",
];

/// Phrases of habit that judge only without a count or a date.
#[rustfmt::skip]
pub(super) static WEAK_HABIT_PHRASES: &[&str] = &[
    "each time", "any more", "all day", "all night", "all week", "every shift", "every meeting",
    "every day", "every week", "every review", "every call", "every handover", "every lesson",
    "every class", "every sprint", "every month", "every morning", "every night",
    "every weekend", "every term", "every time", "every single", "all shift", "whole shift",
    "whole day", "whole meeting", "any time", "these days", "of late", "most weeks",
    "most days", "most shifts", "most mornings", "most nights", "most of the time",
    "more often than not", "half the time", "in the habit",
];

/// Phrases that guess at motives only without evidence: "in order to finish
/// the count on 2 May" says what was done.
#[rustfmt::skip]
pub(super) static WEAK_MOTIVE_PHRASES: &[&str] = &[
    "just to", "in order to", "so as to", "cover up", "covered up", "covering up",
    "covers up", "look good", "look better", "look bad", "as if", "as though",
];

/// Groups that stand for everyone: what they are said to say or know is
/// hearsay ("people say", "everybody knows").
#[rustfmt::skip]
pub(super) static EVERYONE: &[&str] = &[
    "everyone", "everybody", "nobody", "no one", "noone", "people", "the whole team",
    "all the staff", "the whole", "others", "the others", "everyone else",
];

/// What everyone is said to say or know.
#[rustfmt::skip]
pub(super) static EVERYONE_SAYS: &[&str] = &[
    "say", "says", "said", "know", "knows", "knew", "agree", "agrees", "agreed", "complain",
    "complains", "talk", "talks", "is", "are", "can", "has", "have", "wants", "want",
];

/// Phrases of habit that judge wherever they stand.
#[rustfmt::skip]
pub(super) static HABIT_PHRASES: &[&str] = &[
    "as usual", "as per usual", "as always", "like always", "each and every", "all the time",
    "the whole time", "all day long", "day in day out", "time and again", "time after time",
    "yet again", "once again", "again and again", "over and over", "not once", "without fail",
    "hardly ever", "almost never", "never once", "every single time", "all the way through",
    "the entire time", "has a habit", "has a tendency", "at the best of times", "is known for",
    "are known for",
];

/// Groups of people whose feelings a fact cannot speak for.
#[rustfmt::skip]
pub(super) static GROUPS: &[&str] = &[
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
pub(super) static GROUP_FEELINGS: &[&str] = &[
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
pub(super) static REPORTING: &[&str] = &[
    "said", "says", "told", "tells", "wrote", "writes", "written", "emailed", "e-mailed",
    "messaged", "texted", "reported", "mentioned", "stated", "states", "reads", "listed", "shows",
    "showed", "shown", "recorded", "logged", "complained", "asked", "called", "described",
    "quoted", "commented", "replied", "answered", "explained", "claimed", "admitted", "confirmed",
    "noted", "flagged", "warned", "according", "complaint", "complaints", "allegation",
    "allegations", "grievance", "accused", "alleged", "alleging",
    "assessed", "rated", "graded", "appraised", "certified",
];

/// Words that are evidence a camera or a document would hold.
#[rustfmt::skip]
pub(super) static EVIDENCE: &[&str] = &[
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
    "photo", "photos", "video", "footage", "hr", "payroll",
];

/// Events that anchor a fact in time: "after the meeting".
#[rustfmt::skip]
pub(super) static EVENTS: &[&str] = &[
    "meeting", "shift", "call", "review", "appraisal", "one-to-one", "briefing", "handover",
    "session", "interview", "lesson", "class", "huddle", "stand-up", "standup", "audit",
    "inspection", "visit", "incident", "presentation", "pitch", "training", "party", "event",
];

/// Subjects that are a person: the habit of a person is a judgement.
pub(super) static PERSONS: &[&str] = &["he", "she", "you", "they", "his", "her", "your", "their"];

/// Auxiliaries and common verbs that are not a habit when they follow a person.
pub(super) static NOT_HABIT_VERBS: &[&str] = &[
    "is", "was", "has", "does", "says", "goes", "gets", "needs", "owes", "holds", "works", "lives",
    "uses", "leads", "manages", "covers", "starts", "finishes", "joins", "reports", "signs",
    "sits", "stays", "wants", "thinks", "feels", "tends", "attends", "teaches", "treats",
];

/// Words of a rule or contract: "always" in a rule is what the rule says.
#[rustfmt::skip]
pub(super) static RULE_WORDS: &[&str] = &[
    "policy", "handbook", "contract", "rule", "rules", "procedure", "sop", "must", "requires",
    "required", "says", "states", "guidance", "protocol", "law", "regulations", "should",
    "supposed",
];

/// Intensifiers that make the next word a verdict.
#[rustfmt::skip]
pub(super) static INTENSIFIERS: &[&str] = &[
    "too", "very", "really", "completely", "totally", "utterly", "extremely", "incredibly",
    "highly", "deeply", "quite", "rather", "so", "pretty", "overly", "absolutely", "simply",
    "seriously", "massively", "hugely", "painfully", "excessively", "unbelievably", "ridiculously",
    "far", "way", "a bit", "a little", "bit",
];

/// Words after "was"/"is" (and "came across as") that mark a verdict.
pub(super) static COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "seems", "seemed", "looks", "looked",
    "sounds", "sounded", "felt", "feels", "became", "becomes", "got", "gets", "getting", "as",
    "remains", "remained", "stays", "stayed",
];

/// Numbers in words, which count people or times.
pub(super) static NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "both",
];
