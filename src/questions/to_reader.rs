//! Text about a person rewritten to be read by that person.
//!
//! The manager's notes speak of the other person in the third person ("In
//! the 17 Nov review Liam said the plan was rubbish"); the follow-up is sent
//! to that person, so it must say "you said". [`to_reader`] makes that change
//! sentence by sentence, and only where it is certain: a sentence with any
//! doubt in it (someone else a pronoun could mean, "they", a verb it cannot
//! make agree) is left exactly as written and handed back, so that the user
//! can rewrite it. Words inside quotation marks are someone's own words and
//! never change.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

/// Text rewritten to be read by the person it is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Addressed {
    /// The text with the person's names and pronouns turned into "you",
    /// "your", "yours" or "yourself" where that is certain, and the verbs
    /// after a new "you" made to agree with it; every other character as
    /// written.
    pub text: String,
    /// The sentences left as written because a change in them was not
    /// certain, in order, each as it stands in the text (without the white
    /// space around it).
    pub unsure: Vec<String>,
}

/// Rewrite `text`, written about a person, to be read by that person.
///
/// `name` is the person's full name as the plan has it (e.g. "Liam Hart"),
/// `greeting` the name they are addressed by if set (e.g. "Li"). The full
/// name, the first name, the surname after a title ("Mr Hart") and the
/// greeting become "you" ("your" or "yours" for "Liam's"), matched as whole
/// words in any case; the pronouns that certainly mean the person become
/// "you", "your", "yours" or "yourself"; and the verbs after a new "you"
/// agree with it ("Liam was late" becomes "you were late"). A sentence in
/// which any of this is uncertain is left as written and listed in
/// [`Addressed::unsure`]. An empty name changes nothing.
pub fn to_reader(text: &str, name: &str, greeting: Option<&str>) -> Addressed {
    let Some(reader) = Reader::new(name, greeting) else {
        return Addressed {
            text: text.to_string(),
            unsure: Vec::new(),
        };
    };
    let doc = Doc::new(text, &reader);
    let mut edits = Vec::new();
    let mut unsure = Vec::new();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        match doc.rewrite(i) {
            Ok(found) => edits.extend(found),
            Err(Unsure) => unsure.push(text[sentence.start..sentence.end].to_string()),
        }
    }
    Addressed {
        text: apply(text, edits),
        unsure,
    }
}

// ---------------------------------------------------------------------------
// Word lists. All lowercase, with straight apostrophes.
// ---------------------------------------------------------------------------

/// Titles before a surname or a name: "Mr Hart", "Dr. Hart".
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
];

/// Words followed by a full stop that does not end the sentence ("Mr. Hart").
/// A single letter ("S.", "e.g.") is one too.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "vs", "approx", "dept",
];

/// First names that are also common words: lowercase, or at the start of a
/// sentence, they may be the word ("I will send it", "Will you send it?").
const COMMON_WORD_NAMES: &[&str] = &[
    "will", "may", "june", "april", "august", "mark", "bill", "pat", "rob", "sue", "jack", "frank",
    "drew", "dawn", "faith", "joy", "rose", "grace", "hope", "guy", "art", "summer", "jean", "ray",
    "chase", "chance", "page", "rich", "wade", "miles", "sandy", "penny", "ruby", "amber", "holly",
    "ivy", "lily", "daisy", "iris", "jade", "pearl", "heather", "earl", "hunter", "sky", "river",
    "brook", "gene", "dean", "don", "bob", "nick", "sunny", "hazel", "autumn", "violet", "olive",
    "angel", "cliff", "dale", "glen", "rusty", "stone", "win", "max", "sage", "reed",
];

/// First names that are also months: never certainly the person.
const MONTH_NAMES: &[&str] = &["may", "june", "april", "august"];

/// Capitalised words that are not people: months, weekdays, "I",
/// abbreviations and a few more.
#[rustfmt::skip]
const NON_NAMES: &[&str] = &[
    "i", "i'm", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "ok", "okay", "asap", "fyi", "eod", "eow", "eta", "tbc", "tbd", "nb", "ps", "re", "cc", "aka",
    "etc", "uk", "usa", "eu", "kpi", "okr", "cv", "pdf", "url", "faq", "rsvp", "english",
    "christmas", "easter", "new", "year",
];

/// Words that often start a sentence and are not names.
#[rustfmt::skip]
const COMMON_STARTERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "it's", "there", "there's",
    "here", "we", "our", "you", "your", "my", "what", "when", "where", "why", "how", "who", "which",
    "whose", "while", "if", "then", "so", "but", "and", "or", "also", "after", "before", "during",
    "since", "until", "in", "on", "at", "for", "from", "to", "with", "without", "by", "as",
    "because", "although", "though", "however", "overall", "yesterday", "today", "tomorrow", "last",
    "next", "later", "earlier", "now", "both", "each", "every", "all", "some", "any", "no", "not",
    "none", "one", "two", "three", "four", "five", "please", "thanks", "thank", "just", "once",
    "again", "instead", "still", "even", "only", "first", "second", "third", "finally", "meanwhile",
    "otherwise", "unfortunately", "hopefully", "recently", "currently", "everyone", "everybody",
    "someone", "somebody", "nobody", "nothing", "something", "everything", "anything", "let",
    "let's", "given", "despite", "about", "over", "under", "around", "through", "following",
    "regarding", "yes", "most", "many", "much", "more", "several", "other", "another", "such",
    "well", "like", "unlike", "whatever", "whenever", "afterwards", "i",
];

/// Words after the first word of a sentence that show it is someone
/// ("Sam said", "Sam was", "Sam and I").
#[rustfmt::skip]
const PERSON_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "asked", "asks", "thinks", "thought", "felt", "feels", "wants",
    "wanted", "agreed", "agrees", "joined", "left", "came", "went", "wrote", "writes", "emailed",
    "called", "mentioned", "replied", "complained", "raised", "was", "is", "has", "had", "did",
    "does", "will", "would", "could", "should", "can", "might", "must", "and", "who", "himself",
    "herself", "also", "never", "always", "isn't", "wasn't", "hasn't", "didn't", "doesn't", "won't",
    "wouldn't", "couldn't", "can't",
];

/// Words for people who are not named ("my manager", "the client"): one
/// of them may be who a pronoun means.
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "manager", "managers", "boss", "bosses", "colleague", "colleagues", "client", "clients",
    "customer", "customers", "director", "directors", "engineer", "engineers", "developer",
    "developers", "designer", "designers", "teammate", "teammates", "coworker", "coworkers",
    "co-worker", "co-workers", "peer", "peers", "mentor", "mentee", "intern", "interns",
    "contractor", "contractors", "candidate", "stakeholder", "stakeholders", "partner", "wife",
    "husband", "mother", "mum", "mom", "father", "dad", "brother", "sister", "son", "daughter",
    "friend", "friends", "man", "woman", "men", "women", "guy", "guys", "person", "people",
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "user", "users",
    "recruiter", "supervisor", "ceo", "cto", "cfo", "founder", "owner", "member", "members",
    "newcomer", "reviewer", "assistant", "analyst", "architect", "tester", "admin", "officer",
    "executive", "lawyer", "doctor", "nurse", "teacher", "student", "parent", "child", "children",
];

/// Words for groups that "they" may mean ("the team said they…").
#[rustfmt::skip]
const COLLECTIVE_NOUNS: &[&str] = &[
    "team", "teams", "group", "groups", "staff", "crew", "company", "department", "board",
    "committee", "management", "leadership", "family", "squad", "org", "organisation",
    "organization", "office", "folks",
];

/// Words that start a noun phrase: a noun follows them.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "her", "its",
    "their", "some", "any", "no", "every", "each", "another", "other", "both", "all", "several",
    "many", "few", "most", "whose", "which", "what",
];

/// Third-person verbs after a subject, their form after "you", and
/// whether they are in the present tense.
const AGREEMENT: &[(&str, &str, bool)] = &[
    ("is", "are", true),
    ("was", "were", false),
    ("has", "have", true),
    ("does", "do", true),
    ("isn't", "aren't", true),
    ("wasn't", "weren't", false),
    ("hasn't", "haven't", true),
    ("doesn't", "don't", true),
];

/// Adverbs that may sit between a subject and its verb ("he often
/// sends"); words ending in "-ly" are adverbs too, but for [`LY_NOT_ADVERBS`].
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "often", "always", "never", "sometimes", "seldom", "also", "still", "just", "already", "even",
    "only", "ever", "then", "now", "not", "almost", "perhaps", "nowadays", "again", "once", "soon",
    "too", "rather", "quite", "very",
];

/// Words ending in "-ly" that are not adverbs.
const LY_NOT_ADVERBS: &[&str] = &[
    "apply", "reply", "supply", "imply", "comply", "multiply", "rally", "bully", "tally", "rely",
    "ally", "fly", "belly", "family", "italy", "july",
];

/// Words ending in "s" that are not a verb after "he" ("he sometimes…").
#[rustfmt::skip]
const NOT_VERB_S: &[&str] = &[
    "as", "us", "yes", "its", "this", "thus", "plus", "hers", "ours", "yours", "theirs", "perhaps",
    "sometimes", "always", "nowadays", "nevertheless", "nonetheless", "regardless", "unless",
    "besides", "towards", "afterwards", "backwards", "forwards", "whereas", "various", "news",
    "series", "lots",
];

/// Past participles that do not end in "-ed": after "he's" they make it
/// "he has" ("he's sent"), or "he is" ("he's done"); which is unknown.
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "done", "gone", "made", "said", "told", "sent", "seen", "taken", "given", "written", "spoken",
    "known", "shown", "left", "put", "kept", "held", "brought", "bought", "thought", "found",
    "lost", "met", "paid", "read", "run", "set", "won", "begun", "broken", "chosen", "driven",
    "forgotten", "grown", "hidden", "stolen", "come", "become", "let", "cut", "hurt", "hit", "quit",
    "spent", "built", "felt", "heard", "led", "meant", "sat", "stood", "taught", "understood",
    "fallen", "woken",
];

/// Words after "Liam's" that show it is "Liam is" and not "Liam's …":
/// where he is or what he is doing ("Liam's in Leeds", "Liam's away").
const PLACE_WORDS: &[&str] = &[
    "in", "on", "at", "off", "out", "away", "with", "from", "about", "over", "under", "a", "an",
    "the",
];

/// Words after "Liam's" that show it is "Liam is" when nothing but a small
/// word follows them ("Liam's late again", but "Liam's late arrival").
#[rustfmt::skip]
const STATE_WORDS: &[&str] = &[
    "late", "early", "right", "wrong", "sure", "happy", "unhappy", "upset", "angry", "fine", "ok",
    "okay", "busy", "back", "here", "there", "ready", "good", "great", "bad", "aware", "unaware",
    "able", "unable", "responsible", "keen", "sorry", "ill", "sick", "new", "free", "available",
    "unavailable", "correct", "clear", "unclear",
];

/// Small words that may follow a state ("late again", "late for").
#[rustfmt::skip]
const AFTER_STATE: &[&str] = &[
    "again", "to", "for", "with", "about", "by", "and", "or", "but", "on", "in", "at", "today",
    "yesterday", "tomorrow", "because", "as", "than", "so", "if", "when", "now", "then", "too",
    "that", "this", "the", "a", "an", "of", "from", "all", "every", "most",
];

/// Words before a name that make it an object ("to Liam", "with Liam").
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "to", "with", "for", "from", "about", "at", "by", "of", "on", "in", "into", "onto", "like",
    "near", "without", "against", "towards", "toward", "between", "among", "amongst", "beside",
    "besides", "except", "via", "upon", "behind", "around", "past", "beyond", "per", "regarding",
    "including", "unlike", "within", "alongside", "through", "across", "under", "over", "above",
    "below", "plus",
];

/// Verbs before a name that make it an object ("I gave Liam details").
const OBJECT_VERBS: &[&str] = &[
    "told", "tell", "gave", "give", "sent", "send", "showed", "show", "asked", "ask", "offered",
    "offer", "owe", "owed", "paid", "pay", "handed", "hand", "brought", "bring", "lent", "lend",
    "promised", "promise", "emailed", "email", "let", "made", "make", "taught", "teach", "thanked",
    "thank", "wished", "wish", "called", "call", "messaged", "reminded", "remind", "bought", "buy",
    "got", "get", "saw", "see", "met", "meet", "helped", "help", "heard", "hear", "invited",
    "invite", "allowed", "allow", "left", "leave", "found", "find",
];

/// Words before a name that leave it the subject of what follows ("and
/// Liam says", "when Liam sends").
const SUBJECT_INTRO: &[&str] = &[
    "and", "but", "or", "so", "because", "when", "while", "whilst", "if", "that", "since",
    "although", "though", "until", "unless", "whether", "as", "where", "whereas", "then", "once",
    "after", "before", "how", "why", "what", "who", "indeed", "also", "yet", "nor", "than",
    "whenever", "wherever",
];

/// Words right after a subject that put its verb further on ("Liam, who
/// leads the team, is…", "he himself is…").
#[rustfmt::skip]
const INTERRUPTERS: &[&str] = &[
    "who", "whose", "which", "that", "whom", "himself", "herself", "themselves", "themself",
    "alone", "as", "along", "together", "like",
];

/// Words before a verb that join it to an earlier subject ("he was late
/// and is…").
const COORDINATORS: &[&str] = &["and", "or", "but", "then", "yet", "nor"];

/// Relative words before a verb ("Liam, who leads…").
const RELATIVES: &[&str] = &["who", "that", "which"];

/// Words that may open a question before its verb ("Why is he…", "How
/// often does he…").
const QUESTION_LEAD: &[&str] = &[
    "what", "where", "when", "why", "how", "who", "which", "and", "but", "so", "or", "then",
    "well", "often", "much", "many", "long", "far", "exactly", "else", "also", "really",
];

/// Words before a verb that put it before its subject ("so was he",
/// "not only was he").
const INVERTERS: &[&str] = &[
    "so", "neither", "nor", "only", "rarely", "seldom", "never", "hardly",
];

/// "Where's Liam?": "is" is part of the word before, so it cannot agree.
const CONTRACTED_IS: &[&str] = &[
    "what's", "where's", "who's", "how's", "here's", "there's", "that's", "when's", "why's",
];

/// Words after "her" that show it is the object ("I gave her the file",
/// "I told her about it"), not "her" before a noun.
#[rustfmt::skip]
const HER_OBJECT_NEXT: &[&str] = &[
    "to", "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "his", "their",
    "its", "some", "any", "no", "every", "each", "all", "both", "it", "i", "me", "we", "us", "you",
    "he", "him", "she", "they", "them", "and", "or", "but", "so", "because", "as", "if", "when",
    "while", "whether", "why", "how", "what", "where", "who", "about", "at", "by", "for", "from",
    "in", "into", "of", "off", "on", "onto", "out", "over", "up", "down", "with", "without",
    "after", "before", "since", "until", "again", "back", "yesterday", "today", "tomorrow",
    "tonight", "now", "then", "there", "here", "once", "twice", "too", "either", "anything",
    "everything", "something", "nothing", "already", "directly", "personally", "immediately",
    "later", "earlier", "afterwards", "privately", "publicly", "clearly", "straight",
];

/// Verbs before "her" after which "her" + noun may be either "her report"
/// or "her" and a noun ("I gave her feedback", "I saw her leave").
const HER_AMBIGUOUS_BEFORE: &[&str] = &[
    "give", "gave", "given", "gives", "send", "sent", "sends", "tell", "told", "tells", "show",
    "showed", "shown", "offer", "offered", "owe", "owed", "pay", "paid", "hand", "handed", "bring",
    "brought", "lend", "lent", "promise", "promised", "email", "emailed", "ask", "asked", "buy",
    "bought", "get", "got", "find", "found", "leave", "left", "teach", "taught", "let", "lets",
    "make", "made", "makes", "help", "helped", "helps", "have", "had", "has", "see", "saw", "seen",
    "sees", "watch", "watched", "hear", "heard", "feel", "felt", "notice", "noticed", "call",
    "called", "wish", "wished", "cost", "allow", "allowed", "keep", "kept", "meet", "met",
];

/// Words after "his" that show it stands alone ("the call was his to
/// make", "his is better"): "yours", not "your".
const HIS_ALONE_NEXT: &[&str] = &[
    "and", "or", "but", "to", "too", "as", "is", "was", "not", "now", "then", "anyway", "though",
    "either", "alone", "so", "because", "if", "when", "while", "which",
];

/// Quotation marks, double and single.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '‘', '’', '\'', '«', '»'];

/// Quotation marks that come in pairs and never stand for an apostrophe.
const DOUBLE_MARKS: &[char] = &['"', '“', '”', '«', '»'];

/// Characters that end a sentence.
const TERMINATORS: &[char] = &['.', '!', '?', '…'];

/// The pronouns that may mean the reader, with their family and form.
const PRONOUNS: &[(&str, Family, Form)] = &[
    ("he", Family::He, Form::Subject),
    ("him", Family::He, Form::Object),
    ("his", Family::He, Form::His),
    ("himself", Family::He, Form::Reflexive),
    ("he's", Family::He, Form::Is),
    ("he'd", Family::He, Form::Contracted("d")),
    ("he'll", Family::He, Form::Contracted("ll")),
    ("she", Family::She, Form::Subject),
    ("her", Family::She, Form::Her),
    ("hers", Family::She, Form::Alone),
    ("herself", Family::She, Form::Reflexive),
    ("she's", Family::She, Form::Is),
    ("she'd", Family::She, Form::Contracted("d")),
    ("she'll", Family::She, Form::Contracted("ll")),
    ("they", Family::They, Form::Subject),
    ("them", Family::They, Form::Object),
    ("their", Family::They, Form::Their),
    ("theirs", Family::They, Form::Alone),
    ("themselves", Family::They, Form::Reflexive),
    ("themself", Family::They, Form::Reflexive),
    ("they're", Family::They, Form::Contracted("re")),
    ("they've", Family::They, Form::Contracted("ve")),
    ("they'd", Family::They, Form::Contracted("d")),
    ("they'll", Family::They, Form::Contracted("ll")),
];

// ---------------------------------------------------------------------------
// The text: quotations, sentences, words.
// ---------------------------------------------------------------------------

/// The characters of a text, each with its byte offset.
type Chars = [(usize, char)];

/// A character of a word: a letter, a digit or a combining accent.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}')
        || matches!(c, '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// Where the quotations in a text are.
struct Quotes {
    /// For each character, whether it is part of a quotation, marks included.
    inside: Vec<bool>,
    /// For each opening mark, the index of its closing mark.
    close_of: HashMap<usize, usize>,
}

/// The quotations of a text: "…", “…”, «…», and '…' or ‘…’ at word
/// boundaries. A double quotation ends at the end of its paragraph at the
/// latest, a single one at the end of its line; a mark left without its
/// pair opens nothing.
fn find_quotes(chars: &Chars) -> Quotes {
    let mut quotes = Quotes {
        inside: vec![false; chars.len()],
        close_of: HashMap::new(),
    };
    // For each kind of mark, a failed search found no closing mark before
    // this index, so no later search that starts before it can find one.
    let mut no_close_before = [0usize; 4];
    let mut i = 0;
    while i < chars.len() {
        let Some(kind) = opening(chars, i).filter(|&k| i >= no_close_before[k]) else {
            i += 1;
            continue;
        };
        match find_close(chars, i, kind) {
            Ok(end) => {
                quotes.inside[i..=end].fill(true);
                quotes.close_of.insert(i, end);
                i = end + 1;
            }
            Err(limit) => {
                no_close_before[kind] = limit;
                i += 1;
            }
        }
    }
    quotes
}

/// The kind of quotation the mark at `i` opens: 0 for ", 1 for “, 2 for «
/// and 3 for a single mark at the start of a word.
fn opening(chars: &Chars, i: usize) -> Option<usize> {
    match chars[i].1 {
        '"' => Some(0),
        '“' => Some(1),
        '«' => Some(2),
        '\'' | '‘' => {
            let after_word = i > 0 && is_word_char(chars[i - 1].1);
            let before_word = chars.get(i + 1).is_some_and(|&(_, c)| is_word_char(c));
            (!after_word && before_word).then_some(3)
        }
        _ => None,
    }
}

/// Whether the character at `j` closes a quotation of `kind`.
fn closes(chars: &Chars, j: usize, kind: usize) -> bool {
    let c = chars[j].1;
    match kind {
        0 | 1 => c == '"' || c == '”',
        2 => c == '»',
        _ => {
            matches!(c, '\'' | '’')
                && j > 0
                && !chars[j - 1].1.is_whitespace()
                && !chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n))
        }
    }
}

/// The closing mark for the quotation of `kind` opened at `i`, or where
/// the search stopped.
fn find_close(chars: &Chars, i: usize, kind: usize) -> Result<usize, usize> {
    for j in i + 1..chars.len() {
        if chars[j].1 == '\n' && (kind == 3 || blank_line_after(chars, j)) {
            return Err(j);
        }
        if closes(chars, j, kind) {
            return Ok(j);
        }
    }
    Err(chars.len())
}

/// Whether the line break at `j` is followed by an empty line.
fn blank_line_after(chars: &Chars, j: usize) -> bool {
    chars[j + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_whitespace())
        .any(|c| c == '\n')
}

/// The sentences of a text, as ranges of characters: a sentence ends after
/// a terminator followed by white space (not after "Mr." or an initial),
/// and at a line break; never inside a quotation.
fn split_sentences(chars: &Chars, quotes: &Quotes) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if let Some(&end) = quotes.close_of.get(&i) {
            i = end + 1;
            let ended = end > 0 && TERMINATORS.contains(&chars[end - 1].1);
            if ended && space_or_end(chars, i) {
                out.push((start, i));
                start = i;
            }
        } else if c == '\n' {
            out.push((start, i));
            start = i + 1;
            i += 1;
        } else if TERMINATORS.contains(&c) {
            let mut j = i;
            while chars.get(j).is_some_and(|(_, t)| TERMINATORS.contains(t)) {
                j += 1;
            }
            let single_stop = c == '.' && j == i + 1;
            while chars.get(j).is_some_and(|(_, t)| matches!(t, ')' | ']')) {
                j += 1;
            }
            if space_or_end(chars, j) && !(single_stop && abbreviation_before(chars, i)) {
                out.push((start, j));
                start = j;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out.push((start, chars.len()));
    out
}

/// Whether the text ends at `j` or has white space there.
fn space_or_end(chars: &Chars, j: usize) -> bool {
    chars.get(j).is_none_or(|&(_, c)| c.is_whitespace())
}

/// Whether the word before the full stop at `i` is an abbreviation or a
/// single letter ("Mr.", "S.", "e.g.").
fn abbreviation_before(chars: &Chars, i: usize) -> bool {
    let mut s = i;
    while s > 0 && is_word_char(chars[s - 1].1) {
        s -= 1;
    }
    if s == i {
        return false;
    }
    let word: String = chars[s..i].iter().map(|&(_, c)| c).collect();
    let word = word.to_lowercase();
    (i - s == 1 && chars[s].1.is_alphabetic()) || ABBREVIATIONS.contains(&word.as_str())
}

/// One word: letters and digits, with an apostrophe or hyphen inside it
/// kept ("Liam's", "don't", "Mary-Jane").
#[derive(Debug)]
struct Word {
    /// Where it starts in the text, in bytes.
    start: usize,
    /// Where it ends in the text, in bytes.
    end: usize,
    /// The word in lowercase, with curly apostrophes made straight.
    lower: String,
    /// Inside quotation marks: never changed, never read.
    quoted: bool,
}

/// Lowercase, with curly apostrophes made straight.
fn normalised(word: &str) -> String {
    word.to_lowercase().replace('’', "'")
}

/// A word without a contraction at its end: "sam's" is "sam".
fn stem(lower: &str) -> &str {
    ["'s", "'ll", "'d", "'ve", "'re"]
        .iter()
        .find_map(|end| lower.strip_suffix(end))
        .unwrap_or(lower)
}

/// The words in characters `from..to` of a text.
fn words_in(text: &str, chars: &Chars, inside: &[bool], from: usize, to: usize) -> Vec<Word> {
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(offset, _)| offset);
    let mut words = Vec::new();
    let mut i = from;
    while i < to {
        if !is_word_char(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < to {
            if is_word_char(chars[j].1) {
                j += 1;
            } else if matches!(chars[j].1, '\'' | '’' | '-')
                && j + 1 < to
                && is_word_char(chars[j + 1].1)
            {
                j += 2;
            } else {
                break;
            }
        }
        let (start, end) = (byte(i), byte(j));
        words.push(Word {
            start,
            end,
            lower: normalised(&text[start..end]),
            quoted: inside.get(i).copied().unwrap_or(false),
        });
        i = j;
    }
    words
}

/// A sentence of the text, read.
struct Sentence {
    /// Where it starts in the text, in bytes, without the white space before it.
    start: usize,
    /// Where it ends in the text, in bytes, without the white space after it.
    end: usize,
    /// Its words.
    words: Vec<Word>,
    /// It has a quotation mark without its pair: where the quoted words
    /// end is unknown.
    stray_quote: bool,
    /// It is written in capitals: a capitalised word is not a name.
    shouting: bool,
    /// What its words are, in order.
    items: Vec<Item>,
    /// The people it mentions, summed up.
    summary: Summary,
}

impl Sentence {
    /// The sentence in characters `from..to`, without the white space
    /// around it; `None` when nothing is left.
    fn new(text: &str, chars: &Chars, quotes: &Quotes, (from, to): (usize, usize)) -> Option<Self> {
        let (mut a, mut b) = (from, to);
        while a < b && chars[a].1.is_whitespace() {
            a += 1;
        }
        while b > a && chars[b - 1].1.is_whitespace() {
            b -= 1;
        }
        if a == b {
            return None;
        }
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(offset, _)| offset);
        let stray_quote = (a..b).any(|k| !quotes.inside[k] && DOUBLE_MARKS.contains(&chars[k].1));
        let words = words_in(text, chars, &quotes.inside, a, b);
        let long: Vec<&str> = words
            .iter()
            .filter(|w| !w.quoted)
            .map(|w| &text[w.start..w.end])
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .collect();
        let shouting = long.len() >= 2 && long.iter().all(|w| shouted(w));
        Some(Self {
            start: byte(a),
            end: byte(b),
            words,
            stray_quote,
            shouting,
            items: Vec::new(),
            summary: Summary::default(),
        })
    }

    /// The text between word `k` and the word before it (or the start of
    /// the sentence).
    fn gap<'t>(&self, text: &'t str, k: usize) -> &'t str {
        let from = match k {
            0 => self.start,
            _ => self.words[k - 1].end,
        };
        text.get(from..self.words[k].start).unwrap_or("")
    }

    /// Whether only white space comes between word `k` and the one before.
    fn spaced(&self, text: &str, k: usize) -> bool {
        self.gap(text, k).chars().all(char::is_whitespace)
    }

    /// The text of word `k` as written.
    fn written<'t>(&self, text: &'t str, k: usize) -> &'t str {
        let w = &self.words[k];
        text.get(w.start..w.end).unwrap_or("")
    }

    /// What comes after word `k`.
    fn next(&self, text: &str, k: usize) -> Next<'_> {
        let Some(w) = self.words.get(k + 1) else {
            return Next::End;
        };
        let gap = self.gap(text, k + 1);
        if w.quoted || gap.contains(QUOTE_MARKS) {
            Next::Quoted
        } else if gap.chars().all(char::is_whitespace) {
            Next::Word(w)
        } else {
            Next::End
        }
    }

    /// Whether word `k` is there, unquoted, and in `list`.
    fn word_is(&self, k: usize, list: &[&str]) -> bool {
        self.words
            .get(k)
            .is_some_and(|w| !w.quoted && list.contains(&w.lower.as_str()))
    }
}

/// What comes after a word.
enum Next<'s> {
    /// The end of the sentence or punctuation.
    End,
    /// A quotation.
    Quoted,
    /// Another word, after white space.
    Word(&'s Word),
}

// ---------------------------------------------------------------------------
// The reader's names, and what each word is.
// ---------------------------------------------------------------------------

/// The person the text is about, as their names may appear in it.
struct Reader {
    /// The forms of their name, as lowercase words, longest first: the full
    /// name, the greeting, the first name.
    forms: Vec<Vec<String>>,
    /// Their surname: them only after a title ("Mr Hart").
    surname: Option<String>,
}

/// Where the reader is named.
#[derive(Clone, Copy, Debug)]
struct Match {
    /// The first word (a title, if there is one).
    from: usize,
    /// The last word.
    to: usize,
    /// Where the name ends in the text, in bytes (after "James'").
    end: usize,
    /// Whether the name is possessive.
    poss: Poss,
    /// Whether it is one word without a title: a first name or a greeting.
    short: bool,
}

/// A possessive ending on a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Poss {
    /// None: "Liam".
    No,
    /// "Liam's": possessive, or "Liam is" or "Liam has".
    S,
    /// "James'".
    Bare,
}

impl Reader {
    /// The reader called `name`, addressed as `greeting`; `None` for a name
    /// without a word in it.
    fn new(name: &str, greeting: Option<&str>) -> Option<Self> {
        let mut parts = name_words(name);
        if parts.len() > 1 && TITLES.contains(&parts[0].as_str()) {
            parts.remove(0);
        }
        let first = parts.first()?.clone();
        let surname = (parts.len() > 1).then(|| parts[parts.len() - 1].clone());
        let mut forms = vec![vec![first]];
        if parts.len() > 1 {
            forms.push(parts);
        }
        if let Some(g) = greeting.map(name_words).filter(|g| !g.is_empty()) {
            forms.push(g);
        }
        forms.sort_by_key(|f| Reverse(f.len()));
        forms.dedup();
        Some(Self { forms, surname })
    }

    /// Where the reader is named from word `k` of `s`, if they are.
    fn match_at(&self, text: &str, s: &Sentence, k: usize) -> Option<Match> {
        let titled = s.word_is(k, TITLES)
            && k + 1 < s.words.len()
            && s.gap(text, k + 1)
                .trim_start_matches('.')
                .chars()
                .all(char::is_whitespace);
        if titled {
            let surname = self.surname.iter().map(std::slice::from_ref);
            for form in self.forms.iter().map(Vec::as_slice).chain(surname) {
                if let Some(m) = match_form(text, s, k + 1, form) {
                    return Some(Match {
                        from: k,
                        short: false,
                        ..m
                    });
                }
            }
        }
        self.forms
            .iter()
            .find_map(|form| match_form(text, s, k, form))
    }

    /// Whether `stem` is one of the reader's names on its own.
    fn single_form(&self, stem: &str) -> bool {
        self.forms.iter().any(|f| f.len() == 1 && f[0] == stem)
    }

    /// Whether `stem` is the reader's surname.
    fn is_surname(&self, stem: &str) -> bool {
        self.surname.as_deref() == Some(stem)
    }
}

/// The lowercase words of a name.
fn name_words(name: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    words_in(name, &chars, &[], 0, chars.len())
        .into_iter()
        .map(|w| w.lower)
        .collect()
}

/// Where `form` is written from word `k` of `s`, if it is.
fn match_form(text: &str, s: &Sentence, k: usize, form: &[String]) -> Option<Match> {
    let to = k + form.len().checked_sub(1)?;
    let words = s.words.get(k..=to)?;
    for (j, (w, part)) in words.iter().zip(form).enumerate() {
        if w.quoted || (j > 0 && !s.spaced(text, k + j)) {
            return None;
        }
        if k + j < to && w.lower != *part {
            return None;
        }
    }
    let (last, part) = (&s.words[to], &form[form.len() - 1]);
    let (poss, end) = if last.lower == *part {
        bare_possessive(text, last, part)
    } else if last.lower.strip_suffix("'s") == Some(part.as_str()) {
        (Poss::S, last.end)
    } else {
        return None;
    };
    Some(Match {
        from: k,
        to,
        end,
        poss,
        short: form.len() == 1,
    })
}

/// "James'": an apostrophe right after a name ending in "s".
fn bare_possessive(text: &str, word: &Word, part: &str) -> (Poss, usize) {
    let mut after = text.get(word.end..).unwrap_or("").chars();
    match (after.next(), after.next()) {
        (Some(mark @ ('\'' | '’')), next)
            if part.ends_with('s') && !next.is_some_and(is_word_char) =>
        {
            (Poss::Bare, word.end + mark.len_utf8())
        }
        _ => (Poss::No, word.end),
    }
}

/// Whether a single capital letter, an initial, follows word `k`.
fn initial_after(text: &str, s: &Sentence, k: usize) -> bool {
    matches!(s.next(text, k), Next::Word(_))
        && s.written(text, k + 1).chars().count() == 1
        && s.written(text, k + 1).starts_with(char::is_uppercase)
}

/// Whether `written` looks like a person's name: capitalised, not a
/// month, a weekday, "I", a title or a known non-name, without digits.
fn looks_like_name(written: &str, stem: &str) -> bool {
    let plural = stem.strip_suffix('s').unwrap_or(stem);
    written.chars().next().is_some_and(char::is_uppercase)
        && written.chars().count() > 1
        && !written.chars().any(|c| c.is_ascii_digit())
        && !NON_NAMES.contains(&stem)
        && !NON_NAMES.contains(&plural)
        && !TITLES.contains(&stem)
}

/// A personal pronoun's family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// He, him, his, himself.
    He,
    /// She, her, hers, herself.
    She,
    /// They, them, their, theirs, themselves.
    They,
}

/// A personal pronoun's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// "he", "she", "they": "you", with the verb agreeing.
    Subject,
    /// "him", "them": "you".
    Object,
    /// "his": "your" before a noun, "yours" alone.
    His,
    /// "her": "your" before a noun, "you" otherwise.
    Her,
    /// "their": "your".
    Their,
    /// "hers", "theirs": "yours".
    Alone,
    /// "himself", "herself", "themselves": "yourself".
    Reflexive,
    /// "he's", "she's": "you're" or "you've".
    Is,
    /// "he'd", "they're": "you" with the same ending.
    Contracted(&'static str),
}

/// What a word, or a few words, of a sentence are to the rewrite.
#[derive(Clone, Copy, Debug)]
enum Item {
    /// The reader named.
    Reader(Match),
    /// The reader perhaps named, in a way that cannot be rewritten for sure.
    Doubt,
    /// A personal pronoun at word `at`.
    Pronoun {
        at: usize,
        family: Family,
        form: Form,
    },
    /// Someone else named at word `at`.
    Other { at: usize },
    /// A person not named ("my manager") at word `at`.
    PersonNoun { at: usize },
}

/// Who a sentence mentions.
#[derive(Clone, Copy, Debug, Default)]
struct Summary {
    /// It names someone other than the reader.
    others: bool,
    /// The first word naming the reader.
    first_reader: Option<usize>,
    /// The first word for a person not named.
    first_person_noun: Option<usize>,
    /// It has a "he" form.
    he: bool,
    /// It has a "she" form.
    she: bool,
    /// The last person it mentions.
    last: Option<Mention>,
}

/// A person mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mention {
    /// The reader.
    Reader,
    /// Anyone else, named or not.
    Someone,
}

impl Summary {
    /// The summary of `items`.
    fn of(items: &[Item]) -> Self {
        let mut sum = Self::default();
        for item in items {
            match *item {
                Item::Reader(m) => {
                    sum.first_reader.get_or_insert(m.from);
                    sum.last = Some(Mention::Reader);
                }
                Item::Other { .. } => {
                    sum.others = true;
                    sum.last = Some(Mention::Someone);
                }
                Item::PersonNoun { at } => {
                    sum.first_person_noun.get_or_insert(at);
                    sum.last = Some(Mention::Someone);
                }
                Item::Pronoun { family, .. } => {
                    sum.he |= family == Family::He;
                    sum.she |= family == Family::She;
                }
                Item::Doubt => {}
            }
        }
        sum
    }
}

/// Reads the words of sentences as [`Item`]s.
struct Classifier<'a> {
    text: &'a str,
    reader: &'a Reader,
    /// People named inside a sentence somewhere in the text: the same word
    /// at the start of a sentence is them too.
    known: HashSet<String>,
    /// Someone else has the reader's first name ("Liam Smith").
    namesake: bool,
}

impl Classifier<'_> {
    /// The items of sentence `s`, in order.
    fn items(&mut self, s: &Sentence) -> Vec<Item> {
        let mut items = Vec::new();
        let mut k = 0;
        while k < s.words.len() {
            if s.words[k].quoted {
                k += 1;
                continue;
            }
            if let Some(m) = self.reader.match_at(self.text, s, k) {
                items.push(self.reader_item(s, m));
                k = m.to + 1;
                continue;
            }
            if let Some(item) = self.word_item(s, k) {
                items.push(item);
            }
            k += 1;
        }
        items
    }

    /// The item for the reader named in `m`: doubtful when the name is also
    /// a common word, or is the first name of someone else ("Liam Smith").
    fn reader_item(&mut self, s: &Sentence, m: Match) -> Item {
        if !m.short {
            return Item::Reader(m);
        }
        let w = &s.words[m.from];
        let stem = stem(&w.lower);
        let lowercase = !s.written(self.text, m.from).starts_with(char::is_uppercase);
        if MONTH_NAMES.contains(&stem)
            || (COMMON_WORD_NAMES.contains(&stem) && (lowercase || m.from == 0))
        {
            return Item::Doubt;
        }
        if m.poss == Poss::No && initial_after(self.text, s, m.to) {
            // "Liam S.": which Liam is unknown.
            return Item::Doubt;
        }
        if m.poss == Poss::No && !s.shouting && self.namesake_after(s, m.to) {
            self.namesake = true;
            return Item::Other { at: m.from };
        }
        Item::Reader(m)
    }

    /// Whether a surname not the reader's follows word `k`.
    fn namesake_after(&self, s: &Sentence, k: usize) -> bool {
        let Next::Word(next) = s.next(self.text, k) else {
            return false;
        };
        let stem = stem(&next.lower);
        looks_like_name(s.written(self.text, k + 1), stem)
            && !PRONOUNS.iter().any(|p| p.0 == next.lower)
            && !self.reader.single_form(stem)
            && !self.reader.is_surname(stem)
    }

    /// The item for word `k`, if it is one.
    fn word_item(&self, s: &Sentence, k: usize) -> Option<Item> {
        let w = &s.words[k];
        if let Some(&(_, family, form)) = PRONOUNS.iter().find(|p| p.0 == w.lower) {
            return Some(Item::Pronoun {
                at: k,
                family,
                form,
            });
        }
        let stem = stem(&w.lower);
        let written = s.written(self.text, k);
        let capital = written.starts_with(char::is_uppercase);
        if self.reader.single_form(stem) || (capital && self.reader.is_surname(stem)) {
            // "Liam'll", or "Hart" without a title.
            return Some(Item::Doubt);
        }
        if PERSON_NOUNS.contains(&stem) {
            return Some(Item::PersonNoun { at: k });
        }
        if s.shouting || !looks_like_name(written, stem) {
            return None;
        }
        let someone = k > 0 || (!COMMON_STARTERS.contains(&stem) && self.first_is_someone(s, k));
        someone.then_some(Item::Other { at: k })
    }

    /// Whether the first word of a sentence, capitalised, is a person:
    /// named elsewhere, possessive, or followed by what people do.
    fn first_is_someone(&self, s: &Sentence, k: usize) -> bool {
        let w = &s.words[k];
        let follows = match s.next(self.text, k) {
            Next::Word(next) => PERSON_VERBS.contains(&next.lower.as_str()),
            _ => false,
        };
        self.known.contains(stem(&w.lower)) || w.lower.ends_with("'s") || follows
    }
}

// ---------------------------------------------------------------------------
// The document, and the rewrite of each sentence.
// ---------------------------------------------------------------------------

/// A text read for the rewrite.
struct Doc<'a> {
    text: &'a str,
    sentences: Vec<Sentence>,
    /// Both "he" and "she" forms appear outside quotations: one of them
    /// is someone else.
    mixed_gender: bool,
    /// Someone else has the reader's first name.
    namesake: bool,
    /// For each sentence, the last person mentioned before it.
    before: Vec<Option<Mention>>,
}

/// A sentence cannot be rewritten for sure.
#[derive(Debug)]
struct Unsure;

/// One change: bytes `start..end` of the text become `with`.
#[derive(Debug)]
struct Edit {
    start: usize,
    end: usize,
    with: String,
}

/// Where a name stands before its verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Position {
    /// Certainly able to be a subject: first, after punctuation or "and".
    Clear,
    /// After a verb that takes it as an object ("I gave Liam").
    Object,
    /// After a preposition ("with Liam").
    Preposition,
    /// After any other word.
    Unknown,
}

/// What follows a subject.
enum Slot {
    /// A verb with its own form after "you" (word, form, present tense).
    Aux(usize, &'static str, bool),
    /// A present-tense verb in "-s" (word, form after "you").
    Verb(usize, String),
    /// Punctuation or a clause: the verb comes later, if at all.
    Break,
    /// Anything else.
    Other,
}

/// The changes planned for one sentence.
#[derive(Default)]
struct Plan {
    edits: Vec<Edit>,
    /// Subjects made "you": their last word, and whether their verb is in
    /// the present tense.
    subjects: Vec<(usize, bool)>,
}

impl Plan {
    /// The edits in order, unless two overlap.
    fn finish(mut self) -> Result<Vec<Edit>, Unsure> {
        self.edits.sort_by_key(|e| e.start);
        if self.edits.windows(2).any(|w| w[0].end > w[1].start) {
            return Err(Unsure);
        }
        Ok(self.edits)
    }
}

impl<'a> Doc<'a> {
    /// Read `text`, about `reader`.
    fn new(text: &'a str, reader: &Reader) -> Self {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let quotes = find_quotes(&chars);
        let mut sentences: Vec<Sentence> = split_sentences(&chars, &quotes)
            .into_iter()
            .filter_map(|range| Sentence::new(text, &chars, &quotes, range))
            .collect();
        let mut classifier = Classifier {
            text,
            reader,
            known: HashSet::new(),
            namesake: false,
        };
        // A first pass finds the people named inside sentences, so that the
        // second knows them at the start of one too.
        let mut known = HashSet::new();
        for s in &sentences {
            for item in classifier.items(s) {
                if let Item::Other { at } = item
                    && at > 0
                {
                    known.insert(stem(&s.words[at].lower).to_string());
                }
            }
        }
        classifier.known = known;
        for s in &mut sentences {
            s.items = classifier.items(s);
            s.summary = Summary::of(&s.items);
        }
        let mut before = Vec::with_capacity(sentences.len());
        let mut last = None;
        for s in &sentences {
            before.push(last);
            last = s.summary.last.or(last);
        }
        let he = sentences.iter().any(|s| s.summary.he);
        let she = sentences.iter().any(|s| s.summary.she);
        Self {
            text,
            sentences,
            mixed_gender: he && she,
            namesake: classifier.namesake,
            before,
        }
    }

    /// The edits for sentence `i`, or [`Unsure`].
    fn rewrite(&self, i: usize) -> Result<Vec<Edit>, Unsure> {
        let s = &self.sentences[i];
        let concerns_reader = s
            .items
            .iter()
            .any(|item| matches!(item, Item::Reader(_) | Item::Doubt | Item::Pronoun { .. }));
        if !concerns_reader {
            return Ok(Vec::new());
        }
        if s.stray_quote || s.items.iter().any(|item| matches!(item, Item::Doubt)) {
            return Err(Unsure);
        }
        let mut plan = Plan::default();
        let mut last_reader = None;
        for item in &s.items {
            match *item {
                Item::Reader(m) => {
                    if m.short && self.namesake {
                        return Err(Unsure);
                    }
                    self.name(s, m, &mut plan)?;
                    last_reader = Some(m);
                }
                Item::Pronoun { at, family, form } => {
                    let certain = match family {
                        Family::They => self.they_certain(i, at, last_reader),
                        _ => self.he_she_certain(i, at),
                    };
                    if !certain {
                        return Err(Unsure);
                    }
                    self.pronoun(s, at, family, form, &mut plan)?;
                }
                _ => {}
            }
        }
        self.coordination(s, &plan)?;
        plan.finish()
    }

    /// Whether the "he" or "she" form at word `at` of sentence `i` is the
    /// reader: no one else is named in the sentence or the one before, no
    /// person is mentioned before it in the sentence, the last person
    /// mentioned before the sentence, if any, is the reader, and the text
    /// does not use both "he" and "she".
    fn he_she_certain(&self, i: usize, at: usize) -> bool {
        let s = &self.sentences[i].summary;
        let previous_names_other = i > 0 && self.sentences[i - 1].summary.others;
        if self.mixed_gender || (s.he && s.she) || s.others || previous_names_other {
            return false;
        }
        if s.first_person_noun.is_some_and(|p| p < at) {
            return false;
        }
        s.first_reader.is_some_and(|r| r < at) || self.before[i] != Some(Mention::Someone)
    }

    /// Whether the "they" form at word `at` of sentence `i` is the reader:
    /// the reader is named shortly before it in the sentence, nobody else is
    /// named or mentioned there or in the sentence before, and no noun that
    /// "they" could mean sits between.
    fn they_certain(&self, i: usize, at: usize, last_reader: Option<Match>) -> bool {
        let s = &self.sentences[i];
        let previous_names_other = i > 0 && self.sentences[i - 1].summary.others;
        let Some(Match {
            to, poss: Poss::No, ..
        }) = last_reader
        else {
            return false;
        };
        if s.summary.others
            || previous_names_other
            || s.summary.first_person_noun.is_some()
            || at - to > 12
        {
            return false;
        }
        s.words[to + 1..at].iter().enumerate().all(|(j, w)| {
            let lower = w.lower.as_str();
            !w.quoted
                && !DETERMINERS.contains(&lower)
                && !COLLECTIVE_NOUNS.contains(&lower)
                && (j == 0 || base_form(lower).is_none())
        })
    }

    /// The edits for the reader named in `m`.
    fn name(&self, s: &Sentence, m: Match, plan: &mut Plan) -> Result<(), Unsure> {
        let text = self.text;
        let first = s.written(text, m.from);
        let start = s.words[m.from].start;
        let you = match m.poss {
            Poss::No => {
                plan.edits
                    .push(you_edit(start, m.end, first, m.from == 0, "you"));
                let position = position(text, s, m.from);
                return self.subject(s, m.from, m.to, position, plan);
            }
            Poss::Bare if matches!(s.next(text, m.to), Next::End) => "yours".to_string(),
            Poss::Bare => "your".to_string(),
            Poss::S => match name_s(text, s, m.to)? {
                NameS::Your => "your".to_string(),
                NameS::Yours => "yours".to_string(),
                NameS::Contraction(end) => {
                    plan.subjects.push((m.to, true));
                    styled(&format!("you'{end}"), s.written(text, m.to))
                }
            },
        };
        plan.edits
            .push(you_edit(start, m.end, first, m.from == 0, &you));
        Ok(())
    }

    /// The edits for the pronoun at word `at`, certainly the reader.
    fn pronoun(
        &self,
        s: &Sentence,
        at: usize,
        family: Family,
        form: Form,
        plan: &mut Plan,
    ) -> Result<(), Unsure> {
        let text = self.text;
        let written = s.written(text, at);
        let you = match form {
            Form::Subject => {
                let w = &s.words[at];
                plan.edits
                    .push(you_edit(w.start, w.end, written, at == 0, "you"));
                if family == Family::They {
                    return Ok(());
                }
                return self.subject(s, at, at, Position::Clear, plan);
            }
            Form::Object => "you".to_string(),
            Form::His => his(text, s, at).to_string(),
            Form::Her => her(text, s, at)?.to_string(),
            Form::Their => "your".to_string(),
            Form::Alone => "yours".to_string(),
            Form::Reflexive => "yourself".to_string(),
            Form::Is => {
                plan.subjects.push((at, true));
                styled(&format!("you'{}", is_or_has(text, s, at)?), written)
            }
            Form::Contracted(end) => styled(&format!("you'{end}"), written),
        };
        let w = &s.words[at];
        plan.edits
            .push(you_edit(w.start, w.end, written, at == 0, &you));
        Ok(())
    }

    /// The edits that make the verb of a subject, words `from..=to` now
    /// "you", agree with it.
    fn subject(
        &self,
        s: &Sentence,
        from: usize,
        to: usize,
        position: Position,
        plan: &mut Plan,
    ) -> Result<(), Unsure> {
        let text = self.text;
        if let Some((k, you)) = inverted_aux(text, s, from, to)? {
            plan.edits.push(verb_edit(text, s, k, you));
            return Ok(());
        }
        let object = matches!(position, Position::Object | Position::Preposition);
        match slot_after(text, s, to) {
            Slot::Aux(_, _, _) if position == Position::Preposition => return Err(Unsure),
            Slot::Aux(k, you, present) => {
                plan.edits.push(verb_edit(text, s, k, you));
                plan.subjects.push((to, present));
            }
            Slot::Verb(_, _) if position == Position::Unknown => return Err(Unsure),
            Slot::Verb(k, base) if position == Position::Clear => {
                plan.edits.push(verb_edit(text, s, k, &base));
                plan.subjects.push((to, true));
            }
            Slot::Break if verb_later(text, s, to) => return Err(Unsure),
            _ if !object => plan.subjects.push((to, false)),
            _ => {}
        }
        Ok(())
    }

    /// [`Unsure`] if a verb joined to a subject made "you" is left in the
    /// third person ("he was late and is…", "he sends it and forgets").
    fn coordination(&self, s: &Sentence, plan: &Plan) -> Result<(), Unsure> {
        let Some(first) = plan.subjects.iter().map(|&(to, _)| to).min() else {
            return Ok(());
        };
        let present_from = plan.subjects.iter().filter(|s| s.1).map(|s| s.0).min();
        let touched: HashSet<usize> = plan.edits.iter().map(|e| e.start).collect();
        for k in first + 1..s.words.len() {
            let w = &s.words[k];
            if w.quoted || touched.contains(&w.start) {
                continue;
            }
            let present = present_from.is_some_and(|p| k > p);
            let verb = aux(&w.lower).is_some() || (present && base_form(&w.lower).is_some());
            if verb && coordinated(self.text, s, k) {
                return Err(Unsure);
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Grammar.
// ---------------------------------------------------------------------------

/// The form of a third-person verb after "you", and whether it is present.
fn aux(lower: &str) -> Option<(&'static str, bool)> {
    AGREEMENT
        .iter()
        .find(|a| a.0 == lower)
        .map(|&(_, you, present)| (you, present))
}

/// Whether `lower` is an adverb that may sit before a verb.
fn is_adverb(lower: &str) -> bool {
    ADVERBS.contains(&lower)
        || (lower.len() >= 5 && lower.ends_with("ly") && !LY_NOT_ADVERBS.contains(&lower))
}

/// The form after "you" of a present-tense verb in "-s": "sends" is
/// "send", "misses" "miss", "tries" "try", "goes" "go"; `None` for a word
/// that is not one.
fn base_form(lower: &str) -> Option<String> {
    let plain = lower.len() >= 3 && lower.ends_with('s') && lower.chars().all(char::is_alphabetic);
    if !plain || NOT_VERB_S.contains(&lower) || ADVERBS.contains(&lower) {
        return None;
    }
    let sses = lower.ends_with("sses");
    if !sses && ["ss", "us", "is"].iter().any(|end| lower.ends_with(end)) {
        return None;
    }
    if let Some(stem) = lower.strip_suffix("ies") {
        return Some(match lower.len() > 4 {
            true => format!("{stem}y"),
            false => lower[..lower.len() - 1].to_string(),
        });
    }
    if ["sses", "shes", "ches", "xes", "zzes", "oes"]
        .iter()
        .any(|end| lower.ends_with(end))
    {
        return Some(lower[..lower.len() - 2].to_string());
    }
    Some(lower[..lower.len() - 1].to_string())
}

/// Where the name at word `from` stands: see [`Position`].
fn position(text: &str, s: &Sentence, from: usize) -> Position {
    if from == 0 || !s.spaced(text, from) {
        return Position::Clear;
    }
    let prev = s.words[from - 1].lower.as_str();
    if PREPOSITIONS.contains(&prev) {
        Position::Preposition
    } else if OBJECT_VERBS.contains(&prev) {
        Position::Object
    } else if SUBJECT_INTRO.contains(&prev) {
        Position::Clear
    } else {
        Position::Unknown
    }
}

/// What follows the subject ending at word `to`, over up to two adverbs.
fn slot_after(text: &str, s: &Sentence, to: usize) -> Slot {
    let mut k = to + 1;
    let mut adverbs = 0;
    while let Some(w) = s.words.get(k) {
        if w.quoted || !s.spaced(text, k) {
            return Slot::Break;
        }
        if let Some((you, present)) = aux(&w.lower) {
            return Slot::Aux(k, you, present);
        }
        if adverbs < 2 && is_adverb(&w.lower) {
            adverbs += 1;
            k += 1;
            continue;
        }
        if INTERRUPTERS.contains(&w.lower.as_str()) {
            return Slot::Break;
        }
        return match base_form(&w.lower) {
            Some(base) => Slot::Verb(k, base),
            None => Slot::Other,
        };
    }
    Slot::Other
}

/// Whether a third-person verb may come later for the subject ending at
/// word `to` ("Liam, who leads the team, is…"). A long rest is a "may".
fn verb_later(text: &str, s: &Sentence, to: usize) -> bool {
    let rest = s.words.len() - to - 1;
    if rest > 60 {
        return true;
    }
    (to + 1..s.words.len()).any(|k| {
        let w = &s.words[k];
        let after_clause = !s.spaced(text, k) || s.word_is(k - 1, RELATIVES);
        !w.quoted && (aux(&w.lower).is_some() || (after_clause && base_form(&w.lower).is_some()))
    })
}

/// Whether word `k` is joined to what comes before by "and", "or", a
/// comma…: a verb there shares the subject before it.
fn coordinated(text: &str, s: &Sentence, k: usize) -> bool {
    let mut j = k;
    if j > 1 && is_adverb(&s.words[j - 1].lower) && s.spaced(text, j) {
        j -= 1;
    }
    if j == 0 {
        return false;
    }
    let gap = s.gap(text, j);
    gap.contains([',', ';']) || (s.spaced(text, j) && s.word_is(j - 1, COORDINATORS))
}

/// The verb before a subject at words `from..=to` that belongs to it, and
/// its form after "you": "Is he…", "Why was Liam…", "…, wasn't he?", "so
/// was he". [`Unsure`] after "where's" and the like.
fn inverted_aux(
    text: &str,
    s: &Sentence,
    from: usize,
    to: usize,
) -> Result<Option<(usize, &'static str)>, Unsure> {
    if from == 0 || !s.spaced(text, from) || s.words[from - 1].quoted {
        return Ok(None);
    }
    let k = from - 1;
    if s.word_is(k, CONTRACTED_IS) {
        return Err(Unsure);
    }
    let Some((you, _)) = aux(&s.words[k].lower) else {
        return Ok(None);
    };
    let lead = k <= 4 && (0..k).all(|j| s.word_is(j, QUESTION_LEAD));
    let tag = k > 0 && s.gap(text, k).contains(',') && to + 1 == s.words.len();
    let after_inverter = k > 0 && s.word_is(k - 1, INVERTERS);
    Ok((lead || tag || after_inverter).then_some((k, you)))
}

/// What "Liam's" is.
enum NameS {
    /// "Liam's report": "your report".
    Your,
    /// "the file is Liam's": "yours".
    Yours,
    /// "Liam's late", "Liam's been": "you're", "you've" ("re" or "ve").
    Contraction(&'static str),
}

/// What "Liam's" (ending at word `to`) is, from the words after it.
fn name_s(text: &str, s: &Sentence, to: usize) -> Result<NameS, Unsure> {
    let mut k = to;
    let mut adverbs = 0;
    loop {
        let w = match s.next(text, k) {
            Next::Word(w) => w,
            Next::Quoted => return Err(Unsure),
            Next::End if adverbs == 0 => return Ok(NameS::Yours),
            Next::End => return Ok(NameS::Contraction("re")),
        };
        let lower = w.lower.as_str();
        if matches!(lower, "been" | "got" | "gotten" | "had") {
            return Ok(NameS::Contraction("ve"));
        }
        if adverbs < 2 && is_adverb(lower) {
            adverbs += 1;
            k += 1;
            continue;
        }
        if is_participle(lower) || lower.ends_with("ing") {
            return Err(Unsure);
        }
        if PLACE_WORDS.contains(&lower) {
            return Ok(NameS::Contraction("re"));
        }
        if STATE_WORDS.contains(&lower) {
            return match s.next(text, k + 1) {
                Next::End => Ok(NameS::Contraction("re")),
                Next::Word(w) if AFTER_STATE.contains(&w.lower.as_str()) => {
                    Ok(NameS::Contraction("re"))
                }
                _ => Err(Unsure),
            };
        }
        return match adverbs {
            0 => Ok(NameS::Your),
            _ => Err(Unsure),
        };
    }
}

/// Whether `lower` is a past participle ("sent", "missed").
fn is_participle(lower: &str) -> bool {
    PARTICIPLES.contains(&lower)
        || (lower.len() > 3 && lower.ends_with("ed") && lower.chars().all(char::is_alphabetic))
}

/// The ending of "you're" or "you've" for "he's" at word `at`: "ve" before
/// "been" or "got", [`Unsure`] before a past participle ("he's sent" is
/// "has", "he's done" may be either), "re" otherwise.
fn is_or_has(text: &str, s: &Sentence, at: usize) -> Result<&'static str, Unsure> {
    let mut k = at;
    for _ in 0..3 {
        let Next::Word(w) = s.next(text, k) else {
            return Ok("re");
        };
        let lower = w.lower.as_str();
        if matches!(lower, "been" | "got" | "gotten" | "had") {
            return Ok("ve");
        }
        if is_adverb(lower) {
            k += 1;
            continue;
        }
        if is_participle(lower) {
            return Err(Unsure);
        }
        return Ok("re");
    }
    Ok("re")
}

/// "his" at word `at`: "yours" when it stands alone, "your" before a noun.
fn his(text: &str, s: &Sentence, at: usize) -> &'static str {
    match s.next(text, at) {
        Next::End => "yours",
        Next::Word(w) if HIS_ALONE_NEXT.contains(&w.lower.as_str()) => "yours",
        _ => "your",
    }
}

/// "her" at word `at`: "you" as an object ("I gave her the file", "with
/// her."), "your" before a noun ("her report"), [`Unsure`] where a verb
/// before it allows both ("I gave her feedback").
fn her(text: &str, s: &Sentence, at: usize) -> Result<&'static str, Unsure> {
    let w = match s.next(text, at) {
        Next::End => return Ok("you"),
        Next::Quoted => return Err(Unsure),
        Next::Word(w) => w,
    };
    if HER_OBJECT_NEXT.contains(&w.lower.as_str()) {
        return Ok("you");
    }
    let capital = s.written(text, at + 1).starts_with(char::is_uppercase);
    let after_verb = at > 0 && s.word_is(at - 1, HER_AMBIGUOUS_BEFORE);
    match capital || after_verb {
        true => Err(Unsure),
        false => Ok("your"),
    }
}

// ---------------------------------------------------------------------------
// Writing the changes.
// ---------------------------------------------------------------------------

/// An edit making `original` (bytes `start..end`) the reader form `you`:
/// capitalised at the start of a sentence, in capitals if `original` was.
fn you_edit(start: usize, end: usize, original: &str, first: bool, you: &str) -> Edit {
    let with = if shouted(original) {
        you.to_uppercase()
    } else if first {
        capitalised(you)
    } else {
        you.to_string()
    };
    Edit { start, end, with }
}

/// An edit making word `k` the verb `you`, cased and with apostrophes as
/// written.
fn verb_edit(text: &str, s: &Sentence, k: usize, you: &str) -> Edit {
    let original = s.written(text, k);
    let you = styled(you, original);
    let with = if shouted(original) {
        you.to_uppercase()
    } else if original.starts_with(char::is_uppercase) {
        capitalised(&you)
    } else {
        you
    };
    Edit {
        start: s.words[k].start,
        end: s.words[k].end,
        with,
    }
}

/// `word` with a curly apostrophe where `original` has one.
fn styled(word: &str, original: &str) -> String {
    match original.contains('’') {
        true => word.replace('\'', "’"),
        false => word.to_string(),
    }
}

/// Whether `word` is written in capitals (two letters or more).
fn shouted(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
}

/// `word` with a capital first letter.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// `text` with `edits` (in order, not overlapping) made.
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| e.start);
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for e in edits {
        let Some(before) = text.get(at..e.start) else {
            continue;
        };
        if text.get(e.start..e.end).is_none() {
            continue;
        }
        out.push_str(before);
        out.push_str(&e.with);
        at = e.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` rewritten for Liam Hart.
    fn liam(text: &str) -> Addressed {
        to_reader(text, "Liam Hart", None)
    }

    /// `text` rewritten for Liam Hart, with nothing unsure.
    fn certain(text: &str) -> String {
        let out = liam(text);
        assert!(out.unsure.is_empty(), "{text:?}: unsure {:?}", out.unsure);
        out.text
    }

    /// Each of `cases` rewritten for Liam Hart as expected, nothing unsure.
    fn all_certain(cases: &[(&str, &str)]) {
        for (text, expected) in cases {
            assert_eq!(certain(text), *expected, "{text:?}");
        }
    }

    /// The sentence `text` left as written and reported unsure.
    fn unsure(text: &str) {
        let out = liam(text);
        assert_eq!(out.text, text, "{text:?}");
        assert_eq!(out.unsure, [text.trim()], "{text:?}");
    }

    #[test]
    fn the_example_from_the_plan() {
        assert_eq!(
            certain("In the 17 Nov review Liam said the plan was rubbish"),
            "In the 17 Nov review you said the plan was rubbish"
        );
    }

    #[test]
    fn every_form_of_the_name() {
        all_certain(&[
            ("Liam Hart said no.", "You said no."),
            ("I told Liam Hart.", "I told you."),
            ("I told liam.", "I told you."),
            ("I told LIAM.", "I told YOU."),
            ("I asked Mr Hart.", "I asked you."),
            ("I asked Mr. Hart.", "I asked you."),
            ("I asked Mr Liam Hart.", "I asked you."),
            ("Liam's report was late.", "Your report was late."),
            ("Liam Hart's report was late.", "Your report was late."),
            ("Mr Hart's report was late.", "Your report was late."),
            ("The file is Liam's.", "The file is yours."),
        ]);
        let greeted = to_reader("Li said no, and Liam left.", "Liam Hart", Some("Li"));
        assert_eq!(greeted.text, "You said no, and you left.");
        let james = to_reader("James' report. It is James'.", "James Hart", None);
        assert_eq!(james.text, "Your report. It is yours.");
    }

    #[test]
    fn accents_count_as_typed() {
        let out = to_reader(
            "José was late. Jose was late. josé left.",
            "José García",
            None,
        );
        assert_eq!(out.text, "You were late. Jose was late. You left.");
        assert!(out.unsure.is_empty(), "{:?}", out.unsure);
    }

    #[test]
    fn an_empty_name_changes_nothing() {
        let text = "Liam was late. He said sorry. They left.";
        for name in ["", "   ", "!!", "—"] {
            for greeting in [None, Some(""), Some("  ")] {
                let out = to_reader(text, name, greeting);
                assert_eq!(
                    out,
                    Addressed {
                        text: text.into(),
                        unsure: vec![]
                    }
                );
            }
        }
    }

    #[test]
    fn a_surname_alone_or_a_namesake_is_unsure() {
        unsure("Hart was late.");
        unsure("I told Liam'll do it.");
        let out = liam("Liam Smith was there. Liam was late. Liam Hart was not.");
        assert_eq!(
            out.text,
            "Liam Smith was there. Liam was late. You were not."
        );
        assert_eq!(out.unsure, ["Liam was late."]);
        unsure("Liam S. said no.");
    }

    #[test]
    fn a_name_that_is_a_common_word_is_unsure_where_it_may_be_the_word() {
        let out = to_reader(
            "I will send it. Will you check? I told Will.",
            "Will Hart",
            None,
        );
        assert_eq!(out.text, "I will send it. Will you check? I told you.");
        assert_eq!(out.unsure, ["I will send it.", "Will you check?"]);
    }

    #[test]
    fn be_have_and_do_agree_with_you() {
        all_certain(&[
            ("Liam was late.", "You were late."),
            ("He is late.", "You are late."),
            ("He's late.", "You're late."),
            ("He's been late twice.", "You've been late twice."),
            ("He's got a point.", "You've got a point."),
            ("He has no excuse.", "You have no excuse."),
            ("He does care.", "You do care."),
            ("He doesn't care.", "You don't care."),
            ("He isn't ready.", "You aren't ready."),
            ("He wasn't there.", "You weren't there."),
            ("He hasn't replied.", "You haven't replied."),
            ("He does not know.", "You do not know."),
            ("He'd left. He'll see.", "You'd left. You'll see."),
            ("I noticed Liam was late.", "I noticed you were late."),
            ("All I know is he was late.", "All I know is you were late."),
            ("The owner is Liam.", "The owner is you."),
        ]);
    }

    #[test]
    fn a_present_verb_loses_its_s() {
        all_certain(&[
            ("He sends it late.", "You send it late."),
            ("She misses the point.", "You miss the point."),
            ("He tries.", "You try."),
            ("He goes home.", "You go home."),
            ("He says no.", "You say no."),
            ("He pushes back.", "You push back."),
            ("He watches.", "You watch."),
            ("He fixes it.", "You fix it."),
            ("He lies low.", "You lie low."),
            ("Liam sends it.", "You send it."),
            (
                "When Liam sends it, he forgets.",
                "When you send it, you forget.",
            ),
        ]);
    }

    #[test]
    fn an_adverb_may_sit_between_subject_and_verb() {
        all_certain(&[
            ("He often sends it late.", "You often send it late."),
            ("Liam always replies.", "You always reply."),
            ("He sometimes misses it.", "You sometimes miss it."),
            ("He never is on time.", "You never are on time."),
            ("He usually has a reason.", "You usually have a reason."),
            ("He very rarely says so.", "You very rarely say so."),
            ("He's not happy.", "You're not happy."),
            ("He's not been well.", "You've not been well."),
        ]);
    }

    #[test]
    fn questions_and_tags_agree_too() {
        all_certain(&[
            ("Was he late?", "Were you late?"),
            ("Is Liam ready?", "Are you ready?"),
            ("Does Liam know?", "Do you know?"),
            ("Why has he stopped?", "Why have you stopped?"),
            ("How often does he send it?", "How often do you send it?"),
            ("He was late, wasn't he?", "You were late, weren't you?"),
            ("I was late and so was he.", "I was late and so were you."),
            ("Is that what Liam wants?", "Is that what you want?"),
            ("What is Liam's view?", "What is your view?"),
        ]);
        unsure("Where's Liam?");
    }

    #[test]
    fn a_verb_that_may_belong_to_someone_else_is_unsure() {
        // "he's" before a participle: "he has" or "he is".
        unsure("He's sent it.");
        unsure("He's worried.");
        // After a preposition the name may not be the verb's subject.
        unsure("The email from Liam was late.");
        // An "-s" word after a name with an unknown word before it.
        unsure("In the review Liam sends it.");
        // A clause between the subject and its verb.
        unsure("Liam, who leads the team, is late.");
        unsure("He, too, was late.");
        unsure("He himself is late.");
        // Verbs joined to the subject.
        unsure("He was late and is rude.");
        unsure("He sends reports and updates.");
        unsure("He's late and doesn't care.");
        // "Liam's" before an adjective and a noun.
        unsure("Liam's late arrival was noted.");
        unsure("Liam's meeting ran over.");
    }

    #[test]
    fn an_object_keeps_the_verb_after_it() {
        all_certain(&[
            ("I gave Liam details.", "I gave you details."),
            ("I told him.", "I told you."),
            ("I thanked him and left.", "I thanked you and left."),
            ("I asked him and he agreed.", "I asked you and you agreed."),
        ]);
    }

    #[test]
    fn names_and_contractions_after_liams() {
        all_certain(&[
            ("Liam's late again.", "You're late again."),
            ("Liam's in Leeds.", "You're in Leeds."),
            ("Liam's the lead.", "You're the lead."),
            ("Liam's always late.", "You're always late."),
            ("Liam's been away.", "You've been away."),
            ("Liam's own plan.", "Your own plan."),
            ("Liam's usual excuse.", "Your usual excuse."),
        ]);
    }

    #[test]
    fn her_is_possessive_before_a_noun_and_an_object_otherwise() {
        all_certain(&[
            ("Her report was late.", "Your report was late."),
            ("I read her report.", "I read your report."),
            ("I read her weekly update.", "I read your weekly update."),
            ("Her own plan was fine.", "Your own plan was fine."),
            ("I gave her the file.", "I gave you the file."),
            ("I told her.", "I told you."),
            ("I sat with her.", "I sat with you."),
            ("I told her about it.", "I told you about it."),
            ("I thanked her for it.", "I thanked you for it."),
            ("I sat with her team.", "I sat with your team."),
        ]);
        // "gave her feedback": "gave you feedback" or "gave your feedback".
        unsure("I gave her feedback.");
        unsure("I saw her leave.");
        unsure("I met her team.");
    }

    #[test]
    fn his_hers_and_reflexives() {
        all_certain(&[
            ("His report was late.", "Your report was late."),
            ("The call was his to make.", "The call was yours to make."),
            ("The file is his.", "The file is yours."),
            ("His was late.", "Yours was late."),
            ("The idea was hers.", "The idea was yours."),
            ("He did it himself.", "You did it yourself."),
            ("She blamed herself.", "You blamed yourself."),
        ]);
    }

    #[test]
    fn capitals_at_the_start_of_a_sentence_only() {
        all_certain(&[
            ("He said so.", "You said so."),
            ("Liam said so. Then he left.", "You said so. Then you left."),
            ("- he forgot", "- You forgot"),
            ("(He was late.)", "(You were late.)"),
            ("LIAM WAS LATE.", "YOU WERE LATE."),
            ("HE IS LATE.", "YOU ARE LATE."),
        ]);
    }

    #[test]
    fn quoted_words_are_never_touched() {
        all_certain(&[
            (
                "Liam said \"he is fine, Liam is fine\" and left.",
                "You said \"he is fine, Liam is fine\" and left.",
            ),
            ("He said “he is fine”.", "You said “he is fine”."),
            ("He said «he is fine».", "You said «he is fine»."),
            (
                "He wrote 'his plan is better' twice.",
                "You wrote 'his plan is better' twice.",
            ),
            (
                "He wrote ‘Liam was right’ in it.",
                "You wrote ‘Liam was right’ in it.",
            ),
            (
                "\"Liam was late,\" I said. He was.",
                "\"Liam was late,\" I said. You were.",
            ),
            (
                "He said: \"Sam is useless\". He left.",
                "You said: \"Sam is useless\". You left.",
            ),
            ("He doesn't agree.", "You don't agree."),
        ]);
        // A quotation mark without its pair: where the quote ends is unknown.
        unsure("He said \"no and left.");
        unsure("He bought a 27\" monitor.");
    }

    #[test]
    fn apostrophes_and_quotes_are_kept_as_typed() {
        all_certain(&[
            ("He’s been late.", "You’ve been late."),
            ("He doesn’t care.", "You don’t care."),
            ("Liam’s report.", "Your report."),
            ("He’ll see.", "You’ll see."),
        ]);
    }

    #[test]
    fn another_person_named_makes_a_pronoun_unsure() {
        unsure("Sam said he was late.");
        unsure("He told Sam.");
        unsure("Liam told his manager he was leaving.");
        unsure("My manager said he would help.");
        let out = liam("Liam met Sam. He was late.");
        assert_eq!(out.text, "You met Sam. He was late.");
        assert_eq!(out.unsure, ["He was late."]);
        // The first word of a sentence is a name when it acts like one.
        let out = liam("Sam was late. He apologised.");
        assert_eq!(out.unsure, ["He apologised."]);
        let out = liam("Priya's report was late. He said so.");
        assert_eq!(out.unsure, ["He said so."]);
        // Further back: the last person mentioned is someone else.
        let out = liam("The client called. It rained. He was upset.");
        assert_eq!(out.unsure, ["He was upset."]);
        // Named again, the reader is who "he" is.
        let out = liam("Sam was late. Liam was late too. He said sorry.");
        assert_eq!(out.text, "Sam was late. You were late too. You said sorry.");
        assert!(out.unsure.is_empty(), "{:?}", out.unsure);
    }

    #[test]
    fn names_are_rewritten_beside_other_people() {
        all_certain(&[
            ("Liam and Sam met.", "You and Sam met."),
            ("Sam and Liam are late.", "Sam and you are late."),
            ("Liam and I met on Monday.", "You and I met on Monday."),
            (
                "I spoke to Sam about Liam's report.",
                "I spoke to Sam about your report.",
            ),
        ]);
    }

    #[test]
    fn they_is_unsure_unless_the_reader_is_named_just_before() {
        unsure("They were late.");
        unsure("Their report was late.");
        unsure("I told them.");
        let out = liam("Liam was late. They said sorry.");
        assert_eq!(out.text, "You were late. They said sorry.");
        assert_eq!(out.unsure, ["They said sorry."]);
        unsure("Liam's team said they were late.");
        unsure("Liam told the team they were late.");
        unsure("Liam told Sam they were late.");
        unsure("Liam sent reports before they were due.");
        assert_eq!(
            certain("Liam said they were busy."),
            "You said you were busy."
        );
        assert_eq!(
            certain("Liam told me they're sorry."),
            "You told me you're sorry."
        );
    }

    #[test]
    fn he_and_she_together_are_unsure() {
        unsure("He said she was late.");
        unsure("She told him.");
        // Both in one text: one of them is someone else.
        let out = liam("He was late. Later she called.");
        assert_eq!(out.text, "He was late. Later she called.");
        assert_eq!(out.unsure, ["He was late.", "Later she called."]);
    }

    #[test]
    fn sentence_boundaries_and_spacing_are_kept() {
        let text =
            "  Liam was late.  He said sorry!\tHe left?\n\nThen he came back…\r\n- he forgot\n";
        let out = certain(text);
        assert_eq!(
            out,
            "  You were late.  You said sorry!\tYou left?\n\nThen you came back…\r\n- You forgot\n"
        );
        // "Mr." and "e.g." do not end a sentence.
        assert_eq!(
            certain("Mr. Hart was late, e.g. twice. He left."),
            "You were late, e.g. twice. You left."
        );
    }

    #[test]
    fn unsure_sentences_are_listed_as_written() {
        let text = "Liam was late.   Sam said he was ill.\nHe left.";
        let out = liam(text);
        assert_eq!(out.text, "You were late.   Sam said he was ill.\nHe left.");
        assert_eq!(out.unsure, ["Sam said he was ill.", "He left."]);
    }

    #[test]
    fn i_me_and_my_stay() {
        assert_eq!(
            certain("I told him my view and he told me his."),
            "I told you my view and you told me yours."
        );
    }

    /// A small deterministic generator, for the fuzz loop.
    struct Xorshift(u64);

    impl Xorshift {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let pieces = [
            "Liam", "liam's", "LIAM", "Hart", "Mr", "Mr.", "He", "he's", "her", "his", "hers",
            "they", "them", "Sam", "was", "is", "sends", "and", "who", "the", "\"", "“", "”", "'",
            "’", "‘", "«", "»", ".", "!", "?", "…", "\n", "\r\n", "\n\n", " ", "  ", "\t", ",",
            ";", "(", ")", "—", "-", "'s", "s'", "é", "\u{301}", "İ", "ß", "ǅ", "Ⅷ", "٣", "ﬁ",
            "🙂", "\u{200b}", "\u{0}", "\u{feff}", "A.", "e.g.", "x", "17", "Nov",
        ];
        let names = [
            "Liam Hart",
            "",
            "é",
            "'",
            "Mr",
            "Mr Liam",
            "Ⅷ",
            "ﬁ",
            "İ",
            "he",
            "Liam-Jo",
        ];
        let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..3000 {
            let len = rng.below(40);
            let text: String = (0..len).map(|_| pieces[rng.below(pieces.len())]).collect();
            let name = names[rng.below(names.len())];
            let greeting = [None, Some("Li"), Some(""), Some("'")][rng.below(4)];
            let out = to_reader(&text, name, greeting);
            for sentence in &out.unsure {
                assert!(text.contains(sentence.as_str()), "{text:?}: {sentence:?}");
                assert!(
                    out.text.contains(sentence.as_str()),
                    "{text:?}: {sentence:?}"
                );
            }
        }
    }

    #[test]
    fn long_input_is_read_in_one_go() {
        let text = "Liam was late and he said \"no\". ".repeat(5000);
        let out = liam(&text);
        assert!(out.unsure.is_empty());
        assert_eq!(out.text, "You were late and you said \"no\". ".repeat(5000));
        for odd in [
            "he ".repeat(20_000),
            "'a “b ".repeat(20_000),
            "Liam, ".repeat(20_000),
            "x".repeat(100_000),
            "\"".repeat(50_001),
        ] {
            let _ = liam(&odd);
        }
    }
}
