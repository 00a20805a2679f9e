//! The word classes of the question rules: auxiliaries, question words,
//! filler, the verbs and nouns each rule reads for. Each is a list of plain
//! words; the lists the rules test every word against are indexed when
//! `plan` is compiled: a word is looked up once in a table built by const
//! evaluation, which says every list it is in ([`classes`]).

use crate::check::word_hash;

/// Auxiliary and modal verbs, with their contractions: a question that opens
/// with one can be answered yes or no. The contractions are also recognised
/// typed without their apostrophe ("didnt", "isnt"); see [`is_aux`].
pub(super) const AUXILIARIES: &[&str] = &[
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

/// Filler that may come before the real first word of a clause ("And are
/// you sure…", "So, …", "Please could you…").
pub(super) const LEAD_INS: &[&str] = &[
    "and", "but", "or", "so", "ok", "okay", "well", "then", "now", "also", "just", "honestly",
    "right", "look", "listen", "oh", "hey", "hi", "anyway", "actually", "out", "of", "interest",
    "quick", "question", "please", "kindly", "sorry", "um", "erm", "hmm",
];

/// Words that open a clause set before the main question ("When it slipped,
/// did you…"): a clause opening with one is not a name before the opener.
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "if", "after", "before", "since", "while", "once", "looking", "given", "thinking",
    "as", "until", "in", "on", "about", "for", "with", "from", "over", "during",
];

/// Verbs of a polite request: "Could you walk me through it?" asks for a story.
pub(super) const REQUEST_VERBS: &[&str] = &[
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
    "let",
    "justify",
];

/// The gerunds of the same verbs, after "would you mind" or "do you mind".
pub(super) const REQUEST_GERUNDS: &[&str] = &[
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
    "letting",
];

/// Question words: a clause that opens with one is open ("Can I ask what
/// happened?" too).
pub(super) const WH_WORDS: &[&str] = &[
    "what", "how", "which", "who", "where", "when", "what's", "how's", "whats", "hows", "where's",
    "who's", "whose", "whom", "what'd", "how'd", "whatd", "howd", "whatever",
];

/// Question words that make a question open wherever they stand; "who",
/// "when" and "where" also join clauses ("You were there when it fell?").
pub(super) const OPEN_ANYWHERE: &[&str] =
    &["what", "how", "which", "what's", "how's", "whats", "hows"];

/// "Why" and its contractions, typed with or without the apostrophe.
/// ("The whys and wherefores" is a noun, and left alone.)
pub(super) const WHY_WORDS: &[&str] = &[
    "why", "why's", "why'd", "whyd", "why're", "whyre", "why've", "why'll",
];

/// Tags that turn a statement into a yes/no question ("…, right?").
pub(super) const TAG_WORDS: &[&str] = &[
    "right",
    "ok",
    "okay",
    "yes",
    "no",
    "yeah",
    "correct",
    "agreed",
    "true",
    "surely",
    "fair",
    "yep",
    "eh",
    "huh",
    "clear",
    "understood",
    "alright",
    "deal",
];

/// Tags of more than one word that are not an auxiliary and a pronoun.
pub(super) const TAG_PHRASES: &[&[&str]] = &[
    &["am", "i", "right"],
    &["is", "that", "right"],
    &["is", "that", "fair"],
    &["is", "that", "ok"],
    &["is", "that", "okay"],
    &["fair", "enough"],
    &["all", "good"],
];

/// Verbs of a tag such as "…, don't you think?". After a question word it
/// is an aside instead ("What would help, do you think?").
pub(super) const TAG_VERBS: &[&str] = &["think", "say", "agree", "reckon"];

/// Pronouns in a question tag ("isn't it", "didn't you") or after the
/// opener of a question ("Mike, did you…").
pub(super) const TAG_PRONOUNS: &[&str] = &[
    "i", "you", "u", "we", "they", "he", "she", "it", "there", "that", "this", "anyone", "anybody",
    "someone", "somebody", "everyone",
];

/// Asides between commas that do not make a question closed ("What would
/// help, do you think?").
pub(super) const ASIDES: &[&[&str]] = &[
    &["do", "you", "think"],
    &["would", "you", "say"],
    &["do", "you", "reckon"],
    &["you", "know"],
    &["i", "mean"],
    &["if", "you", "like"],
];

/// Subjects of a statement that a question mark turns into a yes/no
/// question ("You've read the SOP?", "That's fair?").
pub(super) const STATEMENT_SUBJECTS: &[&str] = &[
    "you",
    "u",
    "we",
    "i",
    "they",
    "he",
    "she",
    "it",
    "that",
    "this",
    "there",
    "you're",
    "youre",
    "you've",
    "youve",
    "you'll",
    "youll",
    "you'd",
    "youd",
    "we're",
    "we've",
    "weve",
    "we'll",
    "i'm",
    "im",
    "i've",
    "ive",
    "i'd",
    "they're",
    "theyre",
    "they've",
    "it's",
    "that's",
    "thats",
    "there's",
    "theres",
    "he's",
    "she's",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
    "nothing",
    "something",
];

/// Words that open a noun phrase ("The rota was on the board?").
pub(super) const DETERMINERS: &[&str] = &[
    "the", "your", "his", "her", "their", "our", "my", "this", "that", "these", "those", "a", "an",
];

/// Openers of a question with its "are you" or "is it" left out ("Doing OK
/// with the load?", "Ready for Monday?"): still a yes or a no.
pub(super) const ELLIPTICAL_OPENERS: &[&str] = &[
    "doing",
    "feeling",
    "coping",
    "managing",
    "happy",
    "alright",
    "everything",
    "got",
    "need",
    "want",
    "ready",
    "sure",
    "clear",
    "fair",
    "free",
    "able",
    "aware",
    "still",
];

/// Past participles that open a question with its "have you" left out
/// ("Seen the email?"); regular ones end in "-ed".
pub(super) const PARTICIPLES: &[&str] = &[
    "done",
    "seen",
    "read",
    "sent",
    "had",
    "heard",
    "told",
    "been",
    "gone",
    "spoken",
    "written",
    "given",
    "taken",
    "made",
    "found",
    "kept",
    "left",
    "thought",
    "forgotten",
];

/// Verbs of a statement turned into a question by its question mark: "So
/// you agree?".
pub(super) const STATEMENT_VERBS: &[&str] = &[
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

/// Words that open a clause asking "is there any…?" without the verb
/// ("Any questions?", "Anything else?").
pub(super) const ANY_WORDS: &[&str] = &[
    "any",
    "anything",
    "anyone",
    "anybody",
    "everything",
    "everyone",
    "everybody",
];

/// Verbs after "you do" that ask for agreement ("You do realise…?").
pub(super) const CHECK_VERBS: &[&str] = &[
    "realise",
    "realize",
    "know",
    "understand",
    "see",
    "remember",
    "recall",
    "agree",
    "accept",
    "appreciate",
    "get",
];

/// What "you're" is when it asks for agreement ("So you're saying…?",
/// "And you're sure…?", "So we're agreed then?").
pub(super) const AGREEMENT_STATES: &[&str] = &[
    "saying",
    "telling",
    "sure",
    "certain",
    "aware",
    "agreed",
    "clear",
    "happy",
    "ok",
    "okay",
    "fine",
    "confident",
    "suggesting",
    "claiming",
    "positive",
];

/// What "you're" is when what follows is their claim, not the speaker's
/// ("So you're saying…", "You're sure…"): stated on its own, it would put
/// their words in the speaker's mouth.
pub(super) const THEIR_CLAIMS: &[&str] = &[
    "saying",
    "telling",
    "suggesting",
    "claiming",
    "sure",
    "certain",
    "positive",
    "confident",
];

/// Verbs after "I" that state an assumption for the other to confirm ("I
/// assume you've…?", "I take it…").
pub(super) const ASSUMPTION_VERBS: &[&str] = &[
    "assume", "presume", "suppose", "take", "gather", "guess", "imagine", "expect", "trust",
    "hope", "reckon", "bet",
];

/// Adverbs that open a statement the speaker takes for granted, for the
/// other to confirm ("Presumably you checked the fridge?").
pub(super) const ASSUMPTION_ADVERBS: &[&str] = &[
    "presumably",
    "obviously",
    "clearly",
    "apparently",
    "hopefully",
    "naturally",
    "evidently",
    "supposedly",
];

/// Clauses that announce a check of a statement ("So, just to check, you
/// didn't…"): what follows wants a yes or a no.
pub(super) const CHECK_FRAMES: &[&[&str]] = &[
    &["to", "check"],
    &["to", "confirm"],
    &["to", "clarify"],
    &["to", "be", "clear"],
    &["checking"],
    &["check"],
];

/// Whether words open with a phrase that asks for a reason as "why" does
/// ("How come…?", "What was the reason…?", "What's your excuse?"). "The
/// reasoning behind the plan" asks for their thinking and is left alone.
/// A pattern, so that a word is compared only with the words that can
/// stand in its place.
pub(super) fn why_phrase(w: &[&str]) -> bool {
    matches!(
        w,
        ["how", "come", ..]
            | ["howcome", ..]
            | ["what's" | "whats", "the", "reason", ..]
            | ["what", "is" | "was", "the", "reason", ..]
            | ["what", "were" | "are", "the", "reasons", ..]
            | ["what", "reason" | "for" | "excuse", ..]
            | ["is" | "was", "there", "a", "reason", ..]
            | ["is", "there", "any", "reason", ..]
            | ["any", "reason" | "excuse", ..]
            | ["for", "what", "purpose", ..]
            | ["whatever", "for", ..]
            | ["your", "excuse", ..]
            | ["explain" | "justify", "yourself", ..]
    )
}

/// Words that only add heat ("Why on earth…"): read past them.
pub(super) const INTENSIFIERS: &[&[&str]] = &[
    &["on", "earth"],
    &["the", "hell"],
    &["the", "heck"],
    &["in", "the", "world"],
];

/// Verbs of understanding: "Do you understand why it matters?" checks that
/// they see the speaker's reason; it does not ask for theirs.
pub(super) const COMPREHENSION_VERBS: &[&str] = &[
    "understand",
    "see",
    "realise",
    "realize",
    "appreciate",
    "get",
    "grasp",
    "recognise",
    "recognize",
];

/// Verbs of telling whose object is the listener ("Tell the customer
/// why…"): a reason given to someone else is not asked for.
pub(super) const TELLING_VERBS: &[&str] = &[
    "tell", "telling", "told", "show", "remind", "convince", "reassure", "teach", "warn", "inform",
];

/// Verbs of telling whose listener comes after "to" ("Explain to the
/// parents why…").
pub(super) const EXPLAINING_VERBS: &[&str] = &[
    "explain",
    "explaining",
    "explained",
    "say",
    "said",
    "describe",
    "justify",
    "mention",
    "write",
    "answer",
    "put",
    "communicate",
    "email",
    "report",
    "clear",
];

/// Verbs that have someone else come to understand: "help the team
/// understand why…", "make sure parents know why…".
pub(super) const CAUSATIVES: &[&str] = &[
    "help", "helps", "helping", "make", "makes", "making", "let", "get", "ensure", "sure",
];

/// Words between the subject and a verb of telling: "we should explain",
/// "I'd best put it", "how do we then explain".
pub(super) const TELLING_FILLER: &[&str] = &["to", "best", "just", "also", "then", "really", "try"];

/// Nouns of a view asked for: "What's your view on why…".
pub(super) const VIEW_NOUNS: &[&str] = &[
    "view", "views", "thoughts", "take", "theory", "theories", "opinion", "sense", "read",
];

/// How many words before a "why" the rules read for who the reason is for:
/// "How would you explain to Mrs Khan's daughter why…" needs six.
pub(super) const LOOK_BACK: usize = 12;

/// The speaker as listener: "Explain to me why…" asks for a reason.
pub(super) const SELF_WORDS: &[&str] = &["me", "us", "myself", "ourselves"];

/// Verbs after "What made you…" that ask for a justification ("What made
/// you think it was ok…?"); "What made you feel…" asks for their story.
pub(super) const DECISION_VERBS: &[&str] = &[
    "think", "decide", "believe", "assume", "choose", "reckon", "figure", "imagine", "suppose",
    "conclude", "want", "opt", "do", "say",
];

/// Nouns of a justification, before "of", "in" or "behind" and a deed:
/// "What was the point of signing…?".
pub(super) const JUSTIFICATION_NOUNS: &[&str] = &[
    "point",
    "idea",
    "thinking",
    "logic",
    "sense",
    "reasoning",
    "purpose",
];

/// Verbs whose own preposition is "for" ("What did you ask for?", "What
/// did you use it for?"): the "for" asks what, not why.
pub(super) const FOR_VERBS: &[&str] = &[
    "ask",
    "pay",
    "use",
    "apply",
    "look",
    "wait",
    "sign",
    "vote",
    "plan",
    "prepare",
    "budget",
    "charge",
    "search",
    "go",
    "account",
    "care",
    "call",
    "hope",
    "wish",
    "thank",
    "volunteer",
    "cover",
    "stand",
    "train",
    "book",
    "bid",
    "order",
    "need",
    "want",
    "get",
    "buy",
    "bring",
    "save",
    "make",
    "cook",
    "come",
    "fight",
    "work",
    "pick",
];

/// Verbs of a deed in "What did you do that for?".
pub(super) const DEED_VERBS: &[&str] = &[
    "do", "did", "does", "doing", "done", "say", "said", "write", "wrote", "send", "sent", "post",
    "posted",
];

/// What follows "How could you…" when it reproaches ("How could you not
/// tell me?"), not when it plans ("How could you make it easier?").
pub(super) const REPROACH_VERBS: &[&str] = &[
    "not", "possibly", "say", "let", "forget", "think", "just", "even", "ever", "ignore",
];

/// Nouns in "-ing" that are not deeds ("the point of the meeting" has a
/// determiner anyway; "the point of training" is a deed).
pub(super) const ING_NOUNS: &[&str] = &[
    "morning", "evening", "meeting", "building", "briefing", "ceiling", "spring", "string",
    "during", "sibling", "warning", "ring", "king", "wing", "bring", "sing",
];

// Word classes of the rewrites.

/// Absolutes a rewrite drops: they add heat, not meaning ("Why are your
/// reviews always late?" → "…your reviews being late?", "Why didn't you
/// bother to call?" → "What made it hard to call?"). Longest first.
pub(super) const DROPPABLE: &[&[&str]] = &[
    &["every", "single", "time"],
    &["all", "the", "time"],
    &["over", "and", "over"],
    &["time", "and", "again"],
    &["time", "after", "time"],
    &["every", "time"],
    &["each", "time"],
    &["yet", "again"],
    &["once", "again"],
    &["as", "usual"],
    &["on", "earth"],
    &["the", "hell"],
    &["the", "heck"],
    &["in", "the", "world"],
    &["be", "bothered", "to"],
    &["bothered", "to"],
    &["bother", "to"],
    &["again"],
    &["always"],
    &["ever"],
    &["constantly"],
    &["continually"],
    &["continuously"],
    &["repeatedly"],
    &["forever"],
    &["everytime"],
];

/// Absolutes and labels no rewrite may keep, and that cannot be dropped
/// without changing the question ("never" turns it round, "rude" is the
/// point of it): a question holding one gets no rewrite. A label's adverb
/// ("rudely", "lazily") counts as the label; see [`is_sting`].
pub(super) const STING_WORDS: &[&str] = &[
    "never",
    "every",
    "everytime",
    "always",
    "ever",
    "bother",
    "bothered",
    "bothering",
    "constantly",
    "continually",
    "continuously",
    "repeatedly",
    "forever",
    "again",
    "lazy",
    "careless",
    "rude",
    "sloppy",
    "useless",
    "incompetent",
    "unprofessional",
    "stupid",
    "rubbish",
    "hopeless",
    "pathetic",
    "ridiculous",
    "disrespectful",
    "selfish",
    "arrogant",
    "aggressive",
    "negligent",
    "irresponsible",
    "unreliable",
    "disorganised",
    "disorganized",
    "unacceptable",
    "terrible",
    "awful",
    "disgraceful",
    "clueless",
    "idiot",
    "idiotic",
    "hostile",
    "attitude",
    "mess",
    "messy",
    "lying",
    "lied",
    "liar",
    "dishonest",
];

/// Verbs after "Why do you…" that ask for an opinion, not a deed: "What
/// leads you to think…" would change the question.
pub(super) const OPINION_VERBS: &[&str] =
    &["think", "reckon", "feel", "believe", "suppose", "keep"];

/// The word before an embedded "why" that asks the listener for the reason
/// ("Tell me why…", "I'd like to understand why…", "Is there a reason
/// why…"). After another word ("Did anyone ask why…") no rewrite is offered.
pub(super) const REASON_FRAMES: &[&str] = &[
    "me",
    "us",
    "explain",
    "understand",
    "see",
    "know",
    "wonder",
    "wondering",
    "curious",
    "through",
    "about",
    "is",
    "reason",
];

/// Words that open the predicate after "why is the report…": adverbs,
/// states and particles ("…late", "…not given", "…still red").
pub(super) const PREDICATE_WORDS: &[&str] = &[
    "not",
    "only",
    "still",
    "already",
    "so",
    "too",
    "just",
    "late",
    "early",
    "blank",
    "empty",
    "missing",
    "wrong",
    "open",
    "closed",
    "short",
    "incomplete",
    "unsigned",
    "unchecked",
    "unfinished",
    "overdue",
    "red",
    "absent",
    "off",
    "out",
    "up",
    "down",
    "away",
    "behind",
];

/// Prepositions: they open the predicate ("the harness on the rail") only
/// when no word of [`PREDICATE_WORDS`] does ("the report from Tuesday late").
pub(super) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "by", "for", "with", "from", "to", "like", "after", "before", "until",
    "over", "under", "without", "during", "since", "into", "about", "of",
];

/// Adverbs that go before "being" in "What was behind the dose not being
/// given?" ("so" and "too" go after it: "being so late").
pub(super) const LEADING_ADVERBS: &[&str] = &["not", "only", "still", "already", "just"];

/// States after "Why are you…" that read well after "What is making you".
pub(super) const STATES: &[&str] = &[
    "late",
    "upset",
    "angry",
    "worried",
    "stressed",
    "unhappy",
    "annoyed",
    "frustrated",
    "anxious",
    "quiet",
    "tired",
    "behind",
];

/// Numbers in words.
pub(super) const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "several",
];

/// Pronouns that are a whole subject ("Why wasn't it escalated?").
pub(super) const SUBJECT_PRONOUNS: &[&str] = &[
    "it", "this", "that", "he", "she", "they", "we", "nobody", "everyone", "someone", "anyone",
];

/// Irregular past forms: "How come the van left late?" is in the past.
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "went",
    "left",
    "sent",
    "took",
    "told",
    "wrote",
    "came",
    "got",
    "gave",
    "said",
    "made",
    "broke",
    "chose",
    "saw",
    "spoke",
    "forgot",
    "ran",
    "kept",
    "paid",
    "lost",
    "felt",
    "thought",
    "brought",
    "bought",
    "caught",
    "held",
    "stood",
    "heard",
    "knew",
    "found",
    "drove",
    "began",
    "fell",
    "done",
    "given",
    "taken",
    "written",
    "seen",
    "gone",
    "known",
    "spoken",
    "forgotten",
    "broken",
    "chosen",
    "shown",
    "put",
    "let",
    "shut",
    "set",
    "read",
    "grew",
    "rose",
    "won",
    "sold",
    "wore",
    "threw",
    "hid",
    "led",
    "meant",
    "sat",
    "spent",
    "understood",
    "woke",
];

/// Auxiliaries of the past, for the tense of a clause ("…the van was
/// late" → "How did it come about…").
pub(super) const PAST_AUXILIARIES: &[&str] = &[
    "was", "were", "did", "had", "wasn't", "weren't", "didn't", "hadn't",
];
/// Auxiliaries of the present ("…the log is blank" → "How has it come
/// about…").
pub(super) const PRESENT_AUXILIARIES: &[&str] = &[
    "is", "are", "am", "do", "does", "has", "have", "isn't", "aren't", "don't", "doesn't",
    "hasn't", "haven't",
];

/// Words after "can you", "could you", "will you" or "did you" that make
/// no sense after "What would help you" or "What led you to".
pub(super) const NOT_AN_ACTION: &[&str] = &[
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
    "keep",
    "tell",
    "let",
];

/// Verbs after "did you" whose object went somehow: "Did you do the
/// checks?" → "How did the checks go?".
pub(super) const TASK_VERBS: &[&str] = &["do", "run", "finish", "complete", "try"];

/// Verbs after "did you" that read well after "How did you": "Did you
/// check the MAR?" → "How did you check the MAR?".
pub(super) const METHOD_VERBS: &[&str] = &[
    "check", "test", "handle", "plan", "prepare", "approach", "tackle", "manage", "deal",
];

/// Auxiliaries in "n't" typed without their apostrophe ("didnt", "isnt"):
/// [`AUXILIARIES`] in "n't", less the apostrophe (a test keeps the two in
/// step).
pub(super) const AUX_BARE: &[&str] = &[
    "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt",
    "mightnt", "mustnt", "neednt", "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt",
    "aint",
];

/// The first words of the phrases of [`why_phrase`]: only where one
/// stands is a phrase looked for.
pub(super) const WHY_PHRASE_FIRSTS: &[&str] = &[
    "how", "howcome", "what's", "whats", "what", "is", "was", "any", "for", "whatever", "your",
    "explain", "justify",
];

/// "Reason" asked for ([`super::asks_the_reason`]).
pub(super) const REASON_WORDS: &[&str] = &["reason", "reasons"];

/// "Justify", asked of them ([`super::justify_yourself`]).
pub(super) const JUSTIFY_WORDS: &[&str] = &["justify"];

/// The first words of [`INTENSIFIERS`].
pub(super) const INTENSIFIER_FIRSTS: &[&str] = &["on", "the", "in"];

/// The lists indexed, each at the place of its bit in a word's classes.
pub(super) static INDEXED: [&[&str]; 34] = [
    AUXILIARIES,
    AUX_BARE,
    LEAD_INS,
    SUBORDINATORS,
    REQUEST_VERBS,
    REQUEST_GERUNDS,
    WH_WORDS,
    OPEN_ANYWHERE,
    WHY_WORDS,
    TAG_WORDS,
    TAG_VERBS,
    TAG_PRONOUNS,
    STATEMENT_SUBJECTS,
    DETERMINERS,
    ELLIPTICAL_OPENERS,
    PARTICIPLES,
    STATEMENT_VERBS,
    ANY_WORDS,
    CHECK_VERBS,
    AGREEMENT_STATES,
    ASSUMPTION_VERBS,
    ASSUMPTION_ADVERBS,
    COMPREHENSION_VERBS,
    TELLING_VERBS,
    EXPLAINING_VERBS,
    CAUSATIVES,
    TELLING_FILLER,
    SELF_WORDS,
    ING_NOUNS,
    WHY_PHRASE_FIRSTS,
    INTENSIFIER_FIRSTS,
    REASON_WORDS,
    JUSTIFY_WORDS,
    JUSTIFICATION_NOUNS,
];

/// The bit of each list in [`INDEXED`], by its place there.
pub(super) mod class {
    pub(in super::super) const AUX: u64 = 1 << 0;
    pub(in super::super) const AUX_BARE: u64 = 1 << 1;
    pub(in super::super) const LEAD_IN: u64 = 1 << 2;
    pub(in super::super) const SUBORDINATOR: u64 = 1 << 3;
    pub(in super::super) const REQUEST_VERB: u64 = 1 << 4;
    pub(in super::super) const REQUEST_GERUND: u64 = 1 << 5;
    pub(in super::super) const WH: u64 = 1 << 6;
    pub(in super::super) const OPEN_ANYWHERE: u64 = 1 << 7;
    pub(in super::super) const WHY: u64 = 1 << 8;
    pub(in super::super) const TAG_WORD: u64 = 1 << 9;
    pub(in super::super) const TAG_VERB: u64 = 1 << 10;
    pub(in super::super) const TAG_PRONOUN: u64 = 1 << 11;
    pub(in super::super) const STATEMENT_SUBJECT: u64 = 1 << 12;
    pub(in super::super) const DETERMINER: u64 = 1 << 13;
    pub(in super::super) const ELLIPTICAL_OPENER: u64 = 1 << 14;
    pub(in super::super) const PARTICIPLE: u64 = 1 << 15;
    pub(in super::super) const STATEMENT_VERB: u64 = 1 << 16;
    pub(in super::super) const ANY_WORD: u64 = 1 << 17;
    pub(in super::super) const CHECK_VERB: u64 = 1 << 18;
    pub(in super::super) const AGREEMENT_STATE: u64 = 1 << 19;
    pub(in super::super) const ASSUMPTION_VERB: u64 = 1 << 20;
    pub(in super::super) const ASSUMPTION_ADVERB: u64 = 1 << 21;
    pub(in super::super) const COMPREHENSION_VERB: u64 = 1 << 22;
    pub(in super::super) const TELLING_VERB: u64 = 1 << 23;
    pub(in super::super) const EXPLAINING_VERB: u64 = 1 << 24;
    pub(in super::super) const CAUSATIVE: u64 = 1 << 25;
    pub(in super::super) const TELLING_FILLER: u64 = 1 << 26;
    pub(in super::super) const SELF_WORD: u64 = 1 << 27;
    pub(in super::super) const ING_NOUN: u64 = 1 << 28;
    pub(in super::super) const WHY_PHRASE_FIRST: u64 = 1 << 29;
    pub(in super::super) const INTENSIFIER_FIRST: u64 = 1 << 30;
    pub(in super::super) const REASON: u64 = 1 << 31;
    pub(in super::super) const JUSTIFY: u64 = 1 << 32;
    pub(in super::super) const JUSTIFICATION_NOUN: u64 = 1 << 33;
}

/// The slots of the hash table of words: a power of two, well above the
/// number of words, so that a search stops after a probe or two.
const SLOTS: usize = 2048;

/// The longest word indexed, in bytes: a longer word is in no list.
const LONGEST: usize = {
    let (mut n, mut l) = (0, 0);
    while l < INDEXED.len() {
        let mut i = 0;
        while i < INDEXED[l].len() {
            if INDEXED[l][i].len() > n {
                n = INDEXED[l][i].len();
            }
            i += 1;
        }
        l += 1;
    }
    n
};

/// One slot: a word and the lists it is in; an empty slot has no class.
#[derive(Clone, Copy)]
struct Slot {
    word: &'static str,
    classes: u64,
}

/// Every word of [`INDEXED`] with its classes, open-addressed by
/// [`word_hash::slot`]: built when `plan` is compiled.
static TABLE: [Slot; SLOTS] = table();

/// Build [`TABLE`]: each word of each list gets its list's bit.
const fn table() -> [Slot; SLOTS] {
    let mut slots = [Slot {
        word: "",
        classes: 0,
    }; SLOTS];
    let mut used = 0;
    let mut l = 0;
    while l < INDEXED.len() {
        let mut i = 0;
        while i < INDEXED[l].len() {
            let word = INDEXED[l][i];
            let mut at = word_hash::slot(word.as_bytes(), SLOTS);
            loop {
                if slots[at].classes == 0 {
                    slots[at] = Slot {
                        word,
                        classes: 1 << l,
                    };
                    used += 1;
                    break;
                }
                if word_hash::same(slots[at].word.as_bytes(), word.as_bytes()) {
                    slots[at].classes |= 1 << l;
                    break;
                }
                at = (at + 1) & (SLOTS - 1);
            }
            i += 1;
        }
        l += 1;
    }
    assert!(used * 4 < SLOTS, "the table is kept at most a quarter full");
    slots
}

/// The lists of [`INDEXED`] a word is in, as the bits of [`class`]: one
/// hash and a compare or two.
pub(super) fn classes(word: &str) -> u64 {
    if word.len() > LONGEST {
        return 0;
    }
    let mut at = word_hash::slot_and_head(word.as_bytes(), SLOTS).0;
    loop {
        let slot = &TABLE[at];
        if slot.classes == 0 || slot.word == word {
            return slot.classes;
        }
        at = (at + 1) & (SLOTS - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the lists, and words near them.
    fn probes() -> Vec<String> {
        let mut out: Vec<String> = INDEXED
            .iter()
            .flat_map(|l| l.iter())
            .map(|w| w.to_string())
            .collect();
        let near: Vec<String> = out
            .iter()
            .flat_map(|w| [format!("{w}s"), w[1..].to_string(), w.to_uppercase()])
            .collect();
        out.extend(near);
        out.extend(["", "'", "x", "a-very-long-word-indeed-longer-than-any"].map(String::from));
        out
    }

    #[test]
    fn a_word_has_the_bit_of_every_list_it_is_in_and_no_other() {
        for w in probes() {
            for (bit, list) in INDEXED.iter().enumerate() {
                assert_eq!(
                    classes(&w) & (1 << bit) != 0,
                    list.contains(&w.as_str()),
                    "{w:?} in list {bit}"
                );
            }
        }
    }

    #[test]
    fn words_hash_alike_at_compile_time_and_at_run_time() {
        for w in probes() {
            assert_eq!(
                word_hash::slot_and_head(w.as_bytes(), SLOTS).0,
                word_hash::slot(w.as_bytes(), SLOTS),
                "{w:?}"
            );
        }
    }

    #[test]
    fn the_derived_lists_are_in_step_with_their_sources() {
        let mut bare: Vec<String> = AUXILIARIES
            .iter()
            .filter(|a| a.ends_with("n't"))
            .map(|a| a.replace('\'', ""))
            .collect();
        let mut listed: Vec<String> = AUX_BARE.iter().map(|w| w.to_string()).collect();
        bare.sort();
        listed.sort();
        assert_eq!(bare, listed);
        let firsts = |phrases: Vec<&'static str>| {
            let mut f: Vec<&str> = phrases.into_iter().collect();
            f.sort_unstable();
            f.dedup();
            f
        };
        // The phrases of why_phrase, spelt out.
        let phrases = [
            "how come",
            "howcome",
            "what's the reason",
            "whats the reason",
            "what is the reason",
            "what was the reason",
            "what were the reasons",
            "what are the reasons",
            "what reason",
            "is there a reason",
            "was there a reason",
            "is there any reason",
            "any reason",
            "for what purpose",
            "what for",
            "whatever for",
            "your excuse",
            "what excuse",
            "any excuse",
            "explain yourself",
            "justify yourself",
        ];
        for phrase in phrases {
            let words: Vec<&str> = phrase.split(' ').collect();
            assert!(why_phrase(&words), "{phrase}");
            assert!(!why_phrase(&words[..words.len() - 1]), "{phrase}");
        }
        assert!(!why_phrase(&["was", "there", "any", "reason"]));
        let why: Vec<&str> = phrases
            .iter()
            .map(|p| p.split(' ').next().unwrap())
            .collect();
        assert_eq!(firsts(why), firsts(WHY_PHRASE_FIRSTS.to_vec()));
        let heat: Vec<&str> = INTENSIFIERS.iter().map(|p| p[0]).collect();
        assert_eq!(firsts(heat), firsts(INTENSIFIER_FIRSTS.to_vec()));
    }
}
