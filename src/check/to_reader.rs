//! Text about a person rewritten to be read by that person.
//!
//! The manager's notes speak of the other person in the third person ("In
//! the 17 Nov review Liam said the plan was rubbish"); the follow-up is sent
//! to that person, so it must say "you said". [`to_reader`] makes that change
//! sentence by sentence (as [`super::text::sentences`] splits them), and
//! only where the rules below make it certain. A sentence that names (or
//! may name) the reader, or has a "he", "she" or "they" form outside
//! quotations, is either rewritten whole or left exactly as written and
//! handed back as unsure, for the user to rewrite; a sentence with neither
//! is left alone and not reported. Being unsure is always safe: a wrong
//! "you" is the worst outcome.
//!
//! - **Names.** The full name, the first name, the greeting and a title
//!   with the surname ("Mr Hart") become "you", "your" or "yours",
//!   wherever they stand and whoever else is named. Unsure: a first name
//!   that is also a month or a common word where it may be the word ("I
//!   will", "Will you"), the first name when someone else has it ("Liam
//!   Smith" anywhere in the text), "Liam S.", the surname alone, "Liam'll",
//!   and "Liam's" where it may be "Liam is", "Liam has" or a possessive.
//! - **"he" and "she" forms** ("he", "him", "his", "himself", "he's",
//!   "he'd", "he'll", and the same for "she") become "you" forms only where
//!   the text shows they mean the reader. All of these must hold:
//!   - the whole text, quotations included, has forms of only one of "he"
//!     and "she", and no title for the reader, in their name, greeting or
//!     the text, is of the other ("Ms Hart" against "he");
//!   - the reader is named earlier in the pronoun's sentence, or in the
//!     sentence before, and not after it in its sentence ("He said Liam
//!     was late": "he" is someone else);
//!   - nobody else may be meant in either sentence: no other name, no
//!     capitalised word that may be one (first in a sentence too, unless a
//!     common first word, a month, a weekday or the reader's name), no word
//!     for a person or a group of people ("the patient", "the chef", "my
//!     manager", "the team", singular or plural), no name, word for a person
//!     or pronoun inside a quotation, and no "they" form;
//!   - the sentence before, if it has a pronoun, was not left unsure;
//!   - if the reader (or a pronoun for them) comes earlier in the same
//!     sentence, the pronoun is not an object ("Liam told him"), and
//!     nothing between them starts a new clause ("and", "but", "so",
//!     "because", "when", "if", "who", a comma, a semicolon, a dash…: in
//!     "Liam sent the report and she signed it" "she" may well be someone
//!     else). "that" is no new clause ("Liam said that he…"); a comma is
//!     allowed before a question tag ("…, wasn't he?") and after an opening
//!     clause ("When Liam sends it, he forgets").
//! - **"they" forms** ("they", "their", "themselves", "they're"…) become
//!   "you" forms only with the reader named, not as "Liam's", at most 12
//!   words before in the same sentence, with no determiner, group noun,
//!   verb in "-s" after the first word, or new clause between ("Liam said
//!   they were busy"); not as an object ("Liam told them"); with nobody else
//!   in the sentence or the one before (as for "he"), no "he" or "she" form
//!   there, and no "they" form in the sentence before.
//! - **Verbs.** The verb after a new "you" is made to agree ("you were",
//!   "you have", "you send"); so is the verb before it in a question or tag
//!   ("Was Liam late?", "On 3 Nov was Liam late?", "…, wasn't he?", "so
//!   was he"). "The owner is Liam" keeps its "is". Where the verb may or
//!   may not be the new subject's ("The owner is Liam now", "Only then was
//!   Liam told", "he's sent", "Liam, who leads the team, is…", "he was
//!   late and is…"), the sentence is unsure.
//!
//! Words inside quotation marks are someone's own words and never change. A
//! quotation mark without its pair leaves its sentence unsure.

use std::cmp::Reverse;
use std::collections::HashSet;

use super::text::{is_word_char, quotations};

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
    let mut previous_sure = true;
    for (i, sentence) in doc.sentences.iter().enumerate() {
        let found = doc.rewrite(i, previous_sure);
        previous_sure = found.is_ok();
        match found {
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

/// Months, and their short forms, that are also first names: someone,
/// unless a date is beside them.
const NAME_MONTHS: &[&str] = &["may", "june", "april", "august", "jun"];

/// Words before a month that make it a date ("in May", "since June").
#[rustfmt::skip]
const DATE_BEFORE: &[&str] = &[
    "in", "on", "of", "since", "until", "till", "by", "during", "from", "to", "before", "after",
    "last", "next", "this", "early", "late", "mid", "end", "every", "each", "through",
    "throughout", "between", "and", "or",
];

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

/// Words that often start a sentence and are not names: a capitalised
/// first word not in this list may be someone.
#[rustfmt::skip]
const COMMON_STARTERS: &[&str] = &[
    // Articles, determiners, pronouns.
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "there", "here", "we", "our",
    "ours", "us", "you", "your", "yours", "my", "mine", "me", "myself", "ourselves", "yourself",
    "itself", "i", "both", "each", "every", "all", "some", "any", "no", "not", "none", "either",
    "neither", "few", "fewer", "less", "own", "same", "such", "other", "another", "most", "many",
    "much", "more", "several", "whatever", "whichever", "whoever", "everyone", "everybody",
    "someone", "somebody", "anyone", "anybody", "nobody", "nothing", "something", "everything",
    "anything",
    // Questions and conjunctions.
    "what", "when", "where", "why", "how", "who", "whom", "which", "whose", "while", "whilst", "if",
    "unless", "whether", "then", "so", "but", "and", "or", "nor", "yet", "also", "because",
    "although", "though", "however", "whereas", "once", "as", "since", "until", "till", "than",
    // Prepositions.
    "in", "on", "at", "for", "from", "to", "with", "without", "by", "about", "after", "before",
    "during", "over", "under", "around", "through", "throughout", "following", "regarding",
    "despite", "given", "like", "unlike", "above", "below", "across", "against", "along", "among",
    "amongst", "beside", "besides", "between", "beyond", "except", "inside", "outside", "into",
    "onto", "near", "off", "per", "towards", "toward", "upon", "via", "within", "up", "down", "out",
    "of", "past", "re", "concerning", "including", "apart", "according",
    // Time.
    "yesterday", "today", "tomorrow", "tonight", "last", "next", "later", "earlier", "now", "soon",
    "recently", "lately", "previously", "currently", "initially", "originally", "eventually",
    "finally", "subsequently", "afterwards", "afterward", "meanwhile", "morning", "afternoon",
    "evening", "night", "overnight", "week", "weekend", "month", "year", "day", "daily", "weekly",
    "monthly", "always", "never", "often", "sometimes", "usually", "normally", "generally",
    "typically", "rarely", "seldom", "occasionally", "frequently", "again", "still", "already",
    "just", "ever", "first", "second", "third", "fourth", "fifth", "firstly", "secondly", "thirdly",
    "lastly", "immediately", "shortly", "straight", "twice", "thrice", "approximately", "roughly",
    "nearly", "almost", "exactly", "precisely", "only", "even", "instead", "otherwise",
    // Numbers.
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "half", "dozen",
    // Discourse words and sentence adverbs.
    "please", "thanks", "thank", "sorry", "hi", "hello", "dear", "yes", "yeah", "well", "ok",
    "okay", "overall", "anyway", "additionally", "furthermore", "moreover", "therefore", "thus",
    "hence", "consequently", "nevertheless", "nonetheless", "indeed", "perhaps", "maybe",
    "possibly", "probably", "certainly", "definitely", "clearly", "obviously", "apparently",
    "actually", "basically", "essentially", "especially", "particularly", "specifically", "notably",
    "importantly", "interestingly", "surprisingly", "unfortunately", "fortunately", "luckily",
    "sadly", "hopefully", "ideally", "honestly", "frankly", "altogether", "similarly", "likewise",
    "equally", "separately", "together", "alone", "personally", "privately", "publicly", "directly",
    "quickly", "slowly", "suddenly", "repeatedly", "consistently", "regularly", "note", "update",
    "summary", "background", "context", "outcome", "result", "action", "actions", "issue", "issues",
    "problem", "total", "example", "let", "let's", "whenever", "wherever",
    // Verbs a note may start with.
    "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "having", "did",
    "does", "do", "done", "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't",
    "hasn't", "haven't", "hadn't", "can", "could", "would", "should", "shall", "must", "might",
    "can't", "couldn't", "wouldn't", "shouldn't", "won't", "arrived", "attended", "agreed", "asked",
    "called", "came", "went", "left", "sent", "spoke", "said", "told", "talked", "emailed",
    "phoned", "rang", "texted", "messaged", "missed", "joined", "completed", "finished", "started",
    "began", "failed", "forgot", "refused", "declined", "submitted", "handed", "raised", "reported",
    "logged", "signed", "took", "gave", "made", "got", "met", "saw", "seen", "heard", "noticed",
    "observed", "discussed", "reviewed", "checked", "confirmed", "found", "spent", "worked",
    "stayed", "returned", "replied", "answered", "responded", "cancelled", "canceled", "booked",
    "covered", "swapped", "clocked", "walked", "ran", "drove", "brought", "received", "complained",
    "apologised", "apologized", "shouted", "wrote", "read", "closed", "opened", "delivered",
    "explained", "mentioned", "promised", "offered", "updated", "added", "removed", "changed",
    "moved", "used", "tried", "needed", "wanted", "seemed", "looked", "appeared", "became", "kept",
    "held", "put", "set", "showed", "shown", "sat", "stood", "waited", "ignored", "interrupted",
    "spoken", "written", "taken", "no-one", "noone", "email", "emails", "call", "calls", "meeting",
    "meetings", "report", "reports", "shift", "shifts", "training", "feedback", "review", "reviews",
];

/// Words for people who are not named ("the patient", "my manager"), in
/// the singular (see [`is_person_noun`] for plurals): one of them may be
/// who a pronoun means.
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    // Anyone.
    "person", "man", "woman", "guy", "lady", "gentleman", "gent", "boy", "girl", "lad", "lass",
    "kid", "child", "baby", "teenager", "adult", "someone", "somebody", "anyone", "anybody",
    "everyone", "everybody", "nobody", "no-one", "individual", "human", "folk", "folks",
    // Family and friends.
    "family", "relative", "parent", "mother", "mum", "mom", "mummy", "father", "dad", "daddy",
    "son", "daughter", "brother", "sister", "sibling", "husband", "wife", "spouse", "partner",
    "boyfriend", "girlfriend", "fiance", "fiancee", "grandparent", "grandmother", "grandma", "gran",
    "nan", "grandfather", "grandad", "grandpa", "grandson", "granddaughter", "grandchild", "aunt",
    "auntie", "uncle", "cousin", "nephew", "niece", "stepmother", "stepfather", "stepson",
    "stepdaughter", "friend", "neighbour", "neighbor", "flatmate", "housemate", "roommate", "carer",
    "caregiver", "guardian", "widow", "widower",
    // Work.
    "manager", "boss", "supervisor", "colleague", "coworker", "co-worker", "teammate", "peer",
    "leader", "director", "ceo", "cto", "cfo", "coo", "founder", "owner", "chairman", "chairwoman",
    "chairperson", "executive", "exec", "employer", "employee", "staffer", "worker", "member",
    "assistant", "secretary", "receptionist", "administrator", "admin", "clerk", "officer",
    "representative", "rep", "agent", "advisor", "adviser", "consultant", "contractor",
    "subcontractor", "freelancer", "temp", "intern", "apprentice", "trainee", "graduate", "starter",
    "newcomer", "recruit", "hire", "volunteer", "candidate", "applicant", "interviewer",
    "interviewee", "recruiter", "mentor", "mentee", "coach", "trainer", "tutor", "instructor",
    "teacher", "lecturer", "professor", "headteacher", "principal", "deputy", "pupil", "student",
    "learner", "engineer", "developer", "programmer", "designer", "architect", "analyst", "tester",
    "scientist", "researcher", "technician", "accountant", "auditor", "lawyer", "solicitor",
    "barrister", "attorney", "paralegal", "judge", "inspector", "investigator", "assessor",
    "reviewer", "buyer", "seller", "salesperson", "salesman", "saleswoman", "vendor", "supplier",
    "stakeholder", "sponsor", "investor", "shareholder", "landlord", "landlady", "tenant", "lodger",
    "resident",
    // Customers and the public.
    "client", "customer", "guest", "visitor", "caller", "user", "patron", "diner", "shopper",
    "passenger", "traveller", "traveler", "subscriber", "claimant", "complainant", "witness",
    "victim", "suspect", "stranger", "audience", "crowd",
    // Health and care.
    "patient", "doctor", "gp", "nurse", "midwife", "surgeon", "physician", "paramedic", "medic",
    "pharmacist", "therapist", "physio", "physiotherapist", "psychologist", "psychiatrist",
    "counsellor", "counselor", "dentist", "optician", "practitioner", "clinician", "registrar",
    "matron", "orderly", "porter", "keyworker", "caseworker", "hca",
    // Hospitality, retail, trades and services.
    "chef", "cook", "waiter", "waitress", "bartender", "barista", "hostess", "cashier",
    "shopkeeper", "storekeeper", "stocker", "packer", "picker", "driver", "courier", "postman",
    "postwoman", "rider", "pilot", "cabbie", "chauffeur", "cleaner", "housekeeper", "janitor",
    "caretaker", "gardener", "labourer", "laborer", "builder", "plumber", "electrician", "mechanic",
    "fitter", "joiner", "carpenter", "painter", "decorator", "welder", "operator", "operative",
    "foreman", "forewoman", "steward", "stewardess", "attendant", "guard", "security", "bouncer",
    "doorman", "police", "policeman", "policewoman", "constable", "sergeant", "firefighter",
    "fireman", "soldier", "hairdresser", "barber", "stylist", "beautician", "photographer",
    "journalist", "reporter", "editor", "writer", "author", "artist", "musician", "actor",
    "actress", "performer", "player", "athlete", "referee", "umpire",
    // Animals, which "he" or "she" may mean too.
    "dog", "cat", "pet", "puppy", "kitten", "horse", "pony", "animal",
    // Groups of people.
    "team", "staff", "crew", "squad", "committee", "board", "panel", "management", "leadership",
    "department", "hr", "class", "group", "union", "agency", "council", "people",
];

/// Plurals of [`PERSON_NOUNS`] not made by adding "s" or "es".
#[rustfmt::skip]
const PERSON_PLURALS: &[&str] = &[
    "men", "women", "children", "people", "gentlemen", "policemen", "policewomen", "firemen",
    "postmen", "chairmen", "salesmen", "saleswomen", "foremen", "doormen", "grandchildren",
];

/// Words for groups that "they" may mean ("the team said they…").
#[rustfmt::skip]
const COLLECTIVE_NOUNS: &[&str] = &[
    "team", "teams", "group", "groups", "staff", "crew", "company", "department", "board",
    "committee", "management", "leadership", "family", "squad", "org", "organisation",
    "organization", "office", "folks",
];

/// Words that start a new clause: a pronoun after one of them may be
/// someone else than the subject before it ("Liam sent it and she signed
/// it", "Liam left because he…"). "That" is not one: "Liam said that he…".
#[rustfmt::skip]
const CLAUSE_WORDS: &[&str] = &[
    "and", "or", "but", "nor", "yet", "so", "then", "because", "cos", "since", "as", "after",
    "before", "until", "till", "unless", "if", "whether", "when", "whenever", "while", "whilst",
    "where", "wherever", "whereas", "although", "though", "once", "who", "whom", "whose",
    "which", "what", "why", "how", "than", "plus", "except", "lest", "like", "whoever",
    "whatever", "otherwise", "meanwhile", "however", "also",
];

/// Punctuation that may end a clause.
const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '[', ']', '—', '–', '-', '/', '&'];

/// Words that open a clause before the main one ("When Liam sends it, he
/// forgets").
#[rustfmt::skip]
const FRONT_SUBORDINATORS: &[&str] = &[
    "when", "whenever", "if", "after", "before", "once", "while", "whilst", "as", "since",
    "because", "although", "though", "until", "unless",
];

/// Verbs after a subject that belong to it and to nothing else.
#[rustfmt::skip]
const MODALS: &[&str] = &[
    "can", "could", "will", "would", "shall", "should", "may", "might", "must", "did", "didn't",
    "can't", "cannot", "couldn't", "won't", "wouldn't", "shouldn't", "mustn't", "had", "hadn't",
];

/// Past tenses that are not also participles ("went", not "sent").
#[rustfmt::skip]
const PAST_ONLY: &[&str] = &[
    "went", "came", "forgot", "began", "ran", "saw", "took", "gave", "wrote", "spoke", "knew",
    "grew", "threw", "drove", "rode", "ate", "fell", "broke", "chose", "froze", "stole", "woke",
    "hid", "did", "became", "swam", "sang", "rang", "drank", "shook", "flew", "wore", "tore",
];

/// First words of a question before its verb that set a time or place:
/// "On 3 Nov was Liam late?".
#[rustfmt::skip]
const TIME_LEADS: &[&str] = &[
    "yesterday", "today", "tomorrow", "tonight", "then", "later", "earlier", "now", "recently",
    "last", "this", "next", "during", "after", "before", "since", "until",
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
    /// The sentence in characters `a..b` (not empty, without white space
    /// around it); `inside` says which characters are quoted.
    fn new(text: &str, chars: &Chars, inside: &[bool], (a, b): (usize, usize)) -> Self {
        let byte = |k: usize| chars.get(k).map_or(text.len(), |&(offset, _)| offset);
        let stray_quote = (a..b).any(|k| !inside[k] && DOUBLE_MARKS.contains(&chars[k].1));
        let words = words_in(text, chars, inside, a, b);
        let long: Vec<&str> = words
            .iter()
            .filter(|w| !w.quoted)
            .map(|w| &text[w.start..w.end])
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .collect();
        let shouting = long.len() >= 2 && long.iter().all(|w| shouted(w));
        Self {
            start: byte(a),
            end: byte(b),
            words,
            stray_quote,
            shouting,
            items: Vec::new(),
            summary: Summary::default(),
        }
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
    /// Whether a title in their name or greeting gives them the "he"
    /// family ("Mr"), and the "she" family ("Ms", "Mrs", "Miss").
    titled: (bool, bool),
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
        let greeting = greeting.map(name_words).filter(|g| !g.is_empty());
        let mut titled = (false, false);
        for title in [parts.first(), greeting.as_ref().and_then(|g| g.first())] {
            match title.and_then(|t| title_family(t)) {
                Some(Family::He) => titled.0 = true,
                Some(Family::She) => titled.1 = true,
                _ => {}
            }
        }
        if parts.len() > 1 && TITLES.contains(&parts[0].as_str()) {
            parts.remove(0);
        }
        let first = parts.first()?.clone();
        let surname = (parts.len() > 1).then(|| parts[parts.len() - 1].clone());
        let mut forms = vec![vec![first]];
        if parts.len() > 1 {
            forms.push(parts);
        }
        if let Some(g) = greeting {
            forms.push(g);
        }
        forms.sort_by_key(|f| Reverse(f.len()));
        forms.dedup();
        Some(Self {
            forms,
            surname,
            titled,
        })
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
    /// A personal pronoun at word `at`, outside quotations.
    Pronoun {
        at: usize,
        family: Family,
        form: Form,
    },
    /// Someone else named, or a capitalised word that may be a name.
    Other,
    /// A word for a person ("the patient", "my manager").
    PersonNoun,
    /// A personal pronoun inside a quotation: someone's words about someone.
    QuotedPronoun { family: Family },
    /// Someone other than the reader inside a quotation: a name, or a word
    /// for a person.
    QuotedPerson,
}

/// Who a sentence mentions.
#[derive(Clone, Copy, Debug, Default)]
struct Summary {
    /// The reader is certainly named in it, outside quotations.
    named: bool,
    /// It may mention someone other than the reader: another name, a
    /// capitalised word that may be one, a word for a person, a name that
    /// may be the reader or not, anyone inside a quotation; or it is
    /// written in capitals, where names cannot be told apart.
    others: bool,
    /// It has a "he" form, quoted or not.
    he: bool,
    /// It has a "she" form, quoted or not.
    she: bool,
    /// It has a "they" form, quoted or not.
    they: bool,
    /// It has a personal pronoun inside a quotation.
    quoted_pronoun: bool,
}

impl Summary {
    /// The summary of `items`; `namesake`: someone else has the reader's
    /// first name, so that the first name alone may be them.
    fn of(items: &[Item], namesake: bool, shouting: bool) -> Self {
        // In capitals, a name cannot be told from any other word.
        let mut sum = Self {
            others: shouting,
            ..Self::default()
        };
        for item in items {
            match *item {
                Item::Reader(m) if m.short && namesake => sum.others = true,
                Item::Reader(_) => sum.named = true,
                Item::Doubt | Item::Other | Item::PersonNoun | Item::QuotedPerson => {
                    sum.others = true;
                }
                Item::Pronoun { family, .. } => sum.add(family),
                Item::QuotedPronoun { family } => {
                    sum.add(family);
                    sum.quoted_pronoun = true;
                }
            }
        }
        sum
    }

    /// Note a pronoun of `family`.
    fn add(&mut self, family: Family) {
        match family {
            Family::He => self.he = true,
            Family::She => self.she = true,
            Family::They => self.they = true,
        }
    }
}

/// Reads the words of sentences as [`Item`]s.
struct Classifier<'a> {
    text: &'a str,
    reader: &'a Reader,
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
                items.extend(self.quoted_item(s, k));
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
            return Item::Other;
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

    /// The item for word `k`, outside quotations, if it is one. A
    /// capitalised word that may be a name is someone else, first in the
    /// sentence too unless it is a common first word.
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
        if is_person_noun(stem) {
            return Some(Item::PersonNoun);
        }
        if capital && !s.shouting && NAME_MONTHS.contains(&stem) && !date_beside(s, k) {
            // "May said she…": a name; "in May", "3 June": a month.
            return Some(Item::Other);
        }
        if s.shouting || !looks_like_name(written, stem) {
            return None;
        }
        let opener = k == 0 && COMMON_STARTERS.contains(&stem);
        (!opener).then_some(Item::Other)
    }

    /// The item for word `k`, inside a quotation, if it is one: a pronoun,
    /// or someone other than the reader.
    fn quoted_item(&self, s: &Sentence, k: usize) -> Option<Item> {
        let w = &s.words[k];
        if let Some(&(_, family, _)) = PRONOUNS.iter().find(|p| p.0 == w.lower) {
            return Some(Item::QuotedPronoun { family });
        }
        let stem = stem(&w.lower);
        if self.reader.single_form(stem) || self.reader.is_surname(stem) {
            return None;
        }
        let written = s.written(self.text, k);
        let name = looks_like_name(written, stem) && !COMMON_STARTERS.contains(&stem);
        (name || is_person_noun(stem)).then_some(Item::QuotedPerson)
    }
}

// ---------------------------------------------------------------------------
// The document, and the rewrite of each sentence.
// ---------------------------------------------------------------------------

/// A text read for the rewrite.
struct Doc<'a> {
    text: &'a str,
    sentences: Vec<Sentence>,
    /// Both "he" and "she" forms appear in the text, quoted or not: one of
    /// them is someone else.
    mixed_gender: bool,
    /// A title gives the reader the "he" family ("Mr"), and the "she"
    /// family ("Ms", "Mrs", "Miss"), in their name or in the text.
    titled: (bool, bool),
    /// Someone else has the reader's first name.
    namesake: bool,
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
        let char_at = |byte: usize| chars.partition_point(|&(offset, _)| offset < byte);
        let mut inside = vec![false; chars.len()];
        for q in quotations(text) {
            inside[char_at(q.start)..char_at(q.end)].fill(true);
        }
        let mut sentences: Vec<Sentence> = super::text::sentences(text)
            .into_iter()
            .map(|part| {
                let start = part.as_ptr().addr() - text.as_ptr().addr();
                let range = (char_at(start), char_at(start + part.len()));
                Sentence::new(text, &chars, &inside, range)
            })
            .collect();
        let mut classifier = Classifier {
            text,
            reader,
            namesake: false,
        };
        for s in &mut sentences {
            s.items = classifier.items(s);
        }
        let namesake = classifier.namesake;
        let mut titled = reader.titled;
        for s in &mut sentences {
            s.summary = Summary::of(&s.items, namesake, s.shouting);
            for item in &s.items {
                if let Item::Reader(m) = item {
                    match title_family(&s.words[m.from].lower) {
                        Some(Family::He) => titled.0 = true,
                        Some(Family::She) => titled.1 = true,
                        _ => {}
                    }
                }
            }
        }
        let he = sentences.iter().any(|s| s.summary.he);
        let she = sentences.iter().any(|s| s.summary.she);
        Self {
            text,
            sentences,
            mixed_gender: he && she,
            titled,
            namesake,
        }
    }

    /// The edits for sentence `i`, or [`Unsure`]; `previous_sure`: the
    /// sentence before it, if any, was not found unsure.
    fn rewrite(&self, i: usize, previous_sure: bool) -> Result<Vec<Edit>, Unsure> {
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
        // A pronoun the sentence before left unsure may be someone else.
        let previous_pronoun = i > 0
            && !previous_sure
            && self.sentences[i - 1]
                .items
                .iter()
                .any(|item| matches!(item, Item::Pronoun { .. }));
        // A pronoun before the reader's name is someone else ("He said
        // Liam was late") or not certainly the reader.
        let last_named = s
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Reader(m) => Some(m.from),
                _ => None,
            })
            .max();
        let mut plan = Plan::default();
        let mut last_reader = None;
        // The nearest mention of the reader so far, as its first and last
        // word: the reader named, or a pronoun (which must be the reader
        // too, or the sentence is unsure anyway).
        let mut mention = None;
        for item in &s.items {
            match *item {
                Item::Reader(m) => {
                    if m.short && self.namesake {
                        return Err(Unsure);
                    }
                    self.name(s, m, &mut plan)?;
                    last_reader = Some(m);
                    mention = Some((m.from, m.to));
                }
                Item::Pronoun { at, family, form } => {
                    let anchor = mention;
                    mention = Some((at, at));
                    let certain = !previous_pronoun
                        && last_named.is_none_or(|n| n < at)
                        && !self.crowded(i, family)
                        && match family {
                            Family::They => self.they_certain(i, at, form, last_reader),
                            _ => self.he_she_certain(i, at, family, form, anchor),
                        };
                    if !certain {
                        return Err(Unsure);
                    }
                    self.pronoun(s, at, family, form, anchor.is_some(), &mut plan)?;
                }
                _ => {}
            }
        }
        self.coordination(s, &plan)?;
        plan.finish()
    }

    /// Whether someone other than the reader may be meant by a pronoun of
    /// `family` in sentence `i`: someone else appears in it or in the
    /// sentence before (a name, a capitalised word that may be one, a word
    /// for a person, a pronoun in a quotation), or a pronoun of another
    /// family ("they" for "he" and "she"; "he" or "she" for "they"), or
    /// "they" in the sentence before for "they".
    fn crowded(&self, i: usize, family: Family) -> bool {
        let from = i.saturating_sub(1);
        self.sentences[from..=i].iter().enumerate().any(|(j, s)| {
            let m = &s.summary;
            let previous = from + j < i;
            m.others
                || m.quoted_pronoun
                || match family {
                    Family::They => m.he || m.she || (previous && m.they),
                    _ => m.they,
                }
        })
    }

    /// Whether the "he" or "she" form at word `at` of sentence `i` is the
    /// reader, beyond what [`Doc::crowded`] and [`Doc::rewrite`] rule out:
    /// the text uses only one of "he" and "she", no title gives the reader
    /// the other, and either the reader (or a pronoun for them) comes
    /// earlier in the sentence, in the same clause or one it governs (see
    /// [`same_clause`]), or the reader is named in the sentence before.
    fn he_she_certain(
        &self,
        i: usize,
        at: usize,
        family: Family,
        form: Form,
        anchor: Option<(usize, usize)>,
    ) -> bool {
        let contradicted = match family {
            Family::He => self.titled.1,
            _ => self.titled.0,
        };
        if self.mixed_gender || contradicted {
            return false;
        }
        match anchor {
            Some((from, to)) => {
                same_clause(self.text, &self.sentences[i], (from, to), at, form, true)
            }
            None => i > 0 && self.sentences[i - 1].summary.named,
        }
    }

    /// Whether the "they" form at word `at` of sentence `i` is the reader:
    /// the reader is named shortly before it in the sentence, in the same
    /// clause or one it governs ("Liam said they were busy"), and no noun
    /// that "they" could mean sits between.
    fn they_certain(&self, i: usize, at: usize, form: Form, last_reader: Option<Match>) -> bool {
        let s = &self.sentences[i];
        let Some(Match {
            from,
            to,
            poss: Poss::No,
            ..
        }) = last_reader
        else {
            return false;
        };
        if at - to > 12 || !same_clause(self.text, s, (from, to), at, form, false) {
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

    /// The edits for the pronoun at word `at`, certainly the reader;
    /// `anchored`: the reader is mentioned before it in the sentence, so
    /// that "her" as an object is someone else ("Liam told her").
    fn pronoun(
        &self,
        s: &Sentence,
        at: usize,
        family: Family,
        form: Form,
        anchored: bool,
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
            Form::Her => match her(text, s, at)? {
                "you" if anchored => return Err(Unsure),
                you => you.to_string(),
            },
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

/// Whether the pronoun at word `at` of `s` (of `form`) may be the reader
/// mentioned earlier at words `from..=to`: it is not the object of the
/// same clause ("Liam told him" is someone else), and no new clause starts
/// between them ("Liam sent the report and she signed it", "…because
/// he…", "…; he…"), except a question tag ("…, wasn't he?") and, if
/// `opening` allows it, the main clause after an opening one ("When Liam
/// sends it, he forgets"). A clause after "said" or "that" is the
/// reader's own ("Liam said he was late").
fn same_clause(
    text: &str,
    s: &Sentence,
    (from, to): (usize, usize),
    at: usize,
    form: Form,
    opening: bool,
) -> bool {
    if form == Form::Object {
        return false;
    }
    // "Liam was late, wasn't he?": a tag, the verb and the pronoun last.
    let tag = at + 1 == s.words.len()
        && at > 0
        && (aux(&s.words[at - 1].lower).is_some() || s.word_is(at - 1, MODALS));
    for k in to + 1..=at {
        let gap = s.gap(text, k);
        if gap.contains(QUOTE_MARKS) {
            return false;
        }
        let comma = gap.trim() == ",";
        let allowed = (opening && k == at && comma && fronted_clause(text, s, from))
            || (tag && k + 1 == at && comma);
        if gap.contains(CLAUSE_MARKS) && !allowed {
            return false;
        }
        if k < at && (s.words[k].quoted || s.word_is(k, CLAUSE_WORDS)) {
            return false;
        }
    }
    true
}

/// Whether word `from` of `s` is in an opening clause ("When Liam sends
/// it"): a word such as "when" or "if" before it, first in the sentence or
/// after a comma, with no punctuation between.
fn fronted_clause(text: &str, s: &Sentence, from: usize) -> bool {
    for f in (0..from).rev() {
        if s.gap(text, f + 1).contains(CLAUSE_MARKS) || s.words[f].quoted {
            return false;
        }
        if s.word_is(f, FRONT_SUBORDINATORS) {
            return f == 0 || s.gap(text, f).contains(',');
        }
    }
    false
}

/// Whether a date is beside word `k` of `s`: a number before or after it,
/// or a word such as "in" or "since" before it.
fn date_beside(s: &Sentence, k: usize) -> bool {
    let number = |j: usize| {
        s.words
            .get(j)
            .is_some_and(|w| w.lower.starts_with(|c: char| c.is_ascii_digit()))
    };
    (k > 0 && (number(k - 1) || s.word_is(k - 1, DATE_BEFORE))) || number(k + 1)
}

/// The pronoun family a title gives: "Mr" "he", "Ms" "she".
fn title_family(lower: &str) -> Option<Family> {
    match lower {
        "mr" | "sir" => Some(Family::He),
        "mrs" | "ms" | "miss" | "dame" => Some(Family::She),
        _ => None,
    }
}

/// Whether `stem` (a word without "'s") is a word for a person, or a
/// group of people: "patient", "chefs", "wives".
fn is_person_noun(stem: &str) -> bool {
    let singular = |s: &str| PERSON_NOUNS.contains(&s);
    if singular(stem) || PERSON_PLURALS.contains(&stem) {
        return true;
    }
    let Some(one) = stem.strip_suffix('s') else {
        return false;
    };
    singular(one)
        || stem.strip_suffix("es").is_some_and(singular)
        || stem
            .strip_suffix("ies")
            .is_some_and(|s| singular(&format!("{s}y")))
        || stem
            .strip_suffix("ves")
            .is_some_and(|s| singular(&format!("{s}fe")) || singular(&format!("{s}f")))
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
/// was he", "On 3 Nov was Liam late?". `None` where the verb before is not
/// the subject's ("The owner is Liam.", "All I know is he was late").
/// [`Unsure`] after "where's" and the like, and where a verb that may be
/// the subject's stands before it and it cannot tell ("The owner is Liam
/// now", "Only then was he told").
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
    if lead || tag || after_inverter {
        return Ok(Some((k, you)));
    }
    if matches!(s.next(text, to), Next::End) {
        // "The owner is Liam.": the subject is before the verb.
        return Ok(None);
    }
    let question = text[s.start..s.end]
        .trim_end_matches([')', ']', '"', '”', '\'', '’', '»'])
        .ends_with('?');
    let after = verb_after(text, s, to);
    if question {
        // "On 3 Nov was Liam 20 minutes late?", "…has Liam left?", "…is
        // Liam going?", "…does Liam know?"; but "…was Liam told?" may be
        // "the problem was Liam told…".
        let phrase = s.word_is(0, PREPOSITIONS) || s.word_is(0, TIME_LEADS);
        let inverted = matches!(
            (you, after),
            (_, VerbAfter::None)
                | ("have" | "haven't", VerbAfter::Participle)
                | ("are" | "aren't" | "were" | "weren't", VerbAfter::Ing)
                | ("do" | "don't", VerbAfter::Participle | VerbAfter::Ing)
        );
        return match phrase && inverted {
            true => Ok(Some((k, you))),
            false => Err(Unsure),
        };
    }
    match after {
        VerbAfter::Finite => Ok(None),
        _ => Err(Unsure),
    }
}

/// What follows a subject, over up to two adverbs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VerbAfter {
    /// A verb that can only be its own ("was", "sends", "can", "went").
    Finite,
    /// A past participle, or a past tense that looks like one ("told",
    /// "missed").
    Participle,
    /// A word in "-ing".
    Ing,
    /// No verb.
    None,
}

/// What follows the subject ending at word `to`: see [`VerbAfter`].
fn verb_after(text: &str, s: &Sentence, to: usize) -> VerbAfter {
    let mut k = to + 1;
    let mut adverbs = 0;
    while let Some(w) = s.words.get(k) {
        let lower = w.lower.as_str();
        if w.quoted || !s.spaced(text, k) {
            return VerbAfter::None;
        }
        if adverbs < 2 && is_adverb(lower) {
            adverbs += 1;
            k += 1;
            continue;
        }
        if aux(lower).is_some()
            || base_form(lower).is_some()
            || MODALS.contains(&lower)
            || PAST_ONLY.contains(&lower)
        {
            return VerbAfter::Finite;
        }
        if is_participle(lower) {
            return VerbAfter::Participle;
        }
        if lower.len() > 4 && lower.ends_with("ing") {
            return VerbAfter::Ing;
        }
        return VerbAfter::None;
    }
    VerbAfter::None
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

    /// The sentence before every pronoun case: it names the reader, so
    /// that a pronoun right after it may be them.
    const NAMED: &str = "Liam was in. ";

    /// Each of `cases` after [`NAMED`] rewritten for Liam Hart as expected,
    /// nothing unsure.
    fn all_certain_after_name(cases: &[(&str, &str)]) {
        for (text, expected) in cases {
            let out = certain(&format!("{NAMED}{text}"));
            assert_eq!(out, format!("You were in. {expected}"), "{text:?}");
        }
    }

    /// The sentence `text`, after [`NAMED`], left as written and reported
    /// unsure: the doubt is in the sentence itself.
    fn unsure_after_name(text: &str) {
        let out = liam(&format!("{NAMED}{text}"));
        assert_eq!(out.text, format!("You were in. {text}"), "{text:?}");
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
            ("Liam is late.", "You are late."),
            ("Liam has no excuse.", "You have no excuse."),
            ("Liam doesn't care.", "You don't care."),
            ("I noticed Liam was late.", "I noticed you were late."),
            ("The owner is Liam.", "The owner is you."),
        ]);
        all_certain_after_name(&[
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
            ("He'd left.", "You'd left."),
            ("He'll see.", "You'll see."),
            ("All I know is he was late.", "All I know is you were late."),
        ]);
    }

    #[test]
    fn a_present_verb_loses_its_s() {
        all_certain_after_name(&[
            ("He sends it late.", "You send it late."),
            ("She misses the point.", "You miss the point."),
            ("He tries.", "You try."),
            ("He goes home.", "You go home."),
            ("He says no.", "You say no."),
            ("He pushes back.", "You push back."),
            ("He watches.", "You watch."),
            ("He fixes it.", "You fix it."),
            ("He lies low.", "You lie low."),
        ]);
        all_certain(&[
            ("Liam sends it.", "You send it."),
            (
                "When Liam sends it, he forgets.",
                "When you send it, you forget.",
            ),
        ]);
    }

    #[test]
    fn an_adverb_may_sit_between_subject_and_verb() {
        all_certain(&[("Liam always replies.", "You always reply.")]);
        all_certain_after_name(&[
            ("He often sends it late.", "You often send it late."),
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
            ("Is Liam ready?", "Are you ready?"),
            ("Does Liam know?", "Do you know?"),
            ("Liam was late, wasn't he?", "You were late, weren't you?"),
            ("Is that what Liam wants?", "Is that what you want?"),
            ("What is Liam's view?", "What is your view?"),
        ]);
        all_certain_after_name(&[
            ("Was he late?", "Were you late?"),
            ("Why has he stopped?", "Why have you stopped?"),
            ("How often does he send it?", "How often do you send it?"),
            ("He was late, wasn't he?", "You were late, weren't you?"),
            ("I was late and so was he.", "I was late and so were you."),
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
        all_certain(&[("I gave Liam details.", "I gave you details.")]);
        all_certain_after_name(&[
            ("I told him.", "I told you."),
            ("I thanked him and left.", "I thanked you and left."),
        ]);
        // Was "I asked you and you agreed.": "he" after "and" may be
        // someone else.
        unsure_after_name("I asked him and he agreed.");
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
        all_certain_after_name(&[
            ("Her report was late.", "Your report was late."),
            ("I read her report.", "I read your report."),
            ("I read her weekly update.", "I read your weekly update."),
            ("Her own plan was fine.", "Your own plan was fine."),
            ("I gave her the file.", "I gave you the file."),
            ("I told her.", "I told you."),
            ("I sat with her.", "I sat with you."),
            ("I told her about it.", "I told you about it."),
            ("I thanked her for it.", "I thanked you for it."),
            ("I sat at her desk.", "I sat at your desk."),
        ]);
        // "gave her feedback": "gave you feedback" or "gave your feedback".
        unsure_after_name("I gave her feedback.");
        unsure_after_name("I saw her leave.");
        unsure_after_name("I saw her work.");
    }

    #[test]
    fn his_hers_and_reflexives() {
        all_certain_after_name(&[
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
        all_certain_after_name(&[
            ("He said so.", "You said so."),
            ("- he forgot", "- You forgot"),
            ("(He was late.)", "(You were late.)"),
        ]);
        all_certain(&[
            ("Liam said so. Then he left.", "You said so. Then you left."),
            ("LIAM WAS LATE.", "YOU WERE LATE."),
            ("LIAM SAID SO.", "YOU SAID SO."),
        ]);
        // Was certain ("YOU ARE LATE."): in capitals, "SAM" cannot be told
        // from any other word, so a pronoun in or after such a sentence is
        // unsure.
        let out = liam("LIAM WAS IN. HE IS LATE.");
        assert_eq!(out.text, "YOU WERE IN. HE IS LATE.");
        assert_eq!(out.unsure, ["HE IS LATE."]);
        unsure("LIAM TOLD SAM HE WAS LATE.");
    }

    #[test]
    fn quoted_words_are_never_touched() {
        all_certain(&[
            (
                "Liam said \"he is fine, Liam is fine\" and left.",
                "You said \"he is fine, Liam is fine\" and left.",
            ),
            ("Liam said “he is fine”.", "You said “he is fine”."),
            ("Liam said «he is fine».", "You said «he is fine»."),
            (
                "Liam wrote 'his plan is better' twice.",
                "You wrote 'his plan is better' twice.",
            ),
            (
                "Liam wrote ‘Liam was right’ in it.",
                "You wrote ‘Liam was right’ in it.",
            ),
            (
                "Liam said: \"Sam is useless\".",
                "You said: \"Sam is useless\".",
            ),
        ]);
        // A quotation mark without its pair: where the quote ends is unknown.
        unsure("Liam said \"no and left.");
        unsure("Liam bought a 27\" monitor.");
    }

    #[test]
    fn anyone_in_a_quotation_makes_a_pronoun_unsure() {
        // Was certain: the quoted "Liam" is not taken as the reader named.
        let out = liam("\"Liam was late,\" I said. He was.");
        assert_eq!(out.unsure, ["He was."]);
        // Was certain: "Sam" may be who "he" is.
        let out = liam("Liam said: \"Sam is useless\". He left.");
        assert_eq!(out.text, "You said: \"Sam is useless\". He left.");
        assert_eq!(out.unsure, ["He left."]);
        // The quoted "he" is someone Liam speaks of.
        let out = liam("Liam said \"he is fine\". He left.");
        assert_eq!(out.unsure, ["He left."]);
        unsure("Liam said \"the nurse is fine\" and he left.");
        unsure("Liam said \"I am fine\" and she left.");
        assert_eq!(
            certain("Liam said \"I am fine\". He left."),
            "You said \"I am fine\". You left."
        );
    }

    #[test]
    fn apostrophes_and_quotes_are_kept_as_typed() {
        all_certain_after_name(&[
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
        let text = "  Liam was late.  He said sorry!\tLiam left?\n\nThen he came back…\r\nLiam was here\n- he forgot\n";
        let out = certain(text);
        assert_eq!(
            out,
            "  You were late.  You said sorry!\tYou left?\n\nThen you came back…\r\nYou were here\n- You forgot\n"
        );
        // Two sentences after the name, "he" is unsure.
        let out = liam("Liam was late. He said sorry! He left.");
        assert_eq!(out.text, "You were late. You said sorry! He left.");
        assert_eq!(out.unsure, ["He left."]);
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
        assert_eq!(certain("Liam told me his view."), "You told me your view.");
        assert_eq!(
            certain("Liam was in. I told him my view."),
            "You were in. I told you my view."
        );
    }

    /// Words for people, singular and plural, from many workplaces.
    const PEOPLE: &[&str] = &[
        "patient",
        "patients",
        "resident",
        "residents",
        "client",
        "clients",
        "customer",
        "customers",
        "guest",
        "guests",
        "pupil",
        "pupils",
        "student",
        "students",
        "parent",
        "parents",
        "chef",
        "chefs",
        "driver",
        "drivers",
        "porter",
        "porters",
        "nurse",
        "nurses",
        "carer",
        "carers",
        "doctor",
        "doctors",
        "apprentice",
        "apprentices",
        "trainee",
        "trainees",
        "cleaner",
        "cleaners",
        "manager",
        "managers",
        "supervisor",
        "supervisors",
        "colleague",
        "colleagues",
        "contractor",
        "contractors",
        "tenant",
        "tenants",
        "caller",
        "callers",
        "visitor",
        "visitors",
        "family",
        "families",
        "relative",
        "relatives",
        "son",
        "sons",
        "daughter",
        "daughters",
        "husband",
        "husbands",
        "wife",
        "wives",
        "partner",
        "partners",
        "friend",
        "friends",
        "boss",
        "bosses",
        "agency worker",
        "agency workers",
        "new starter",
        "new starters",
        "temp",
        "temps",
        "volunteer",
        "volunteers",
        "child",
        "children",
        "man",
        "men",
        "woman",
        "women",
        "people",
        "courier",
        "waitress",
        "barista",
        "pharmacist",
        "midwife",
        "midwives",
        "teacher",
        "tutor",
        "landlord",
        "team",
        "staff",
        "passenger",
        "receptionist",
        "technician",
        "security guard",
        "HR officer",
        "GP",
    ];

    #[test]
    fn a_word_for_a_person_near_a_pronoun_makes_it_unsure() {
        unsure("On 3 Nov Liam spoke to the patient for 2 minutes and she cried.");
        let out = to_reader(
            "On 3 Nov the chef left at 21:00. He had not cleaned the 2 fryers.",
            "Liam Hart",
            None,
        );
        assert_eq!(out.unsure, ["He had not cleaned the 2 fryers."]);
        let out = to_reader(
            "The resident fell at 03:10 on 3 Nov. She was on the floor for 25 minutes.",
            "Priya Shah",
            None,
        );
        assert_eq!(
            out.unsure,
            ["She was on the floor for 25 minutes."],
            "{out:?}"
        );
        // The same sentences with a thing instead of a person are certain:
        // the person is what makes them unsure.
        assert_eq!(
            certain("Liam told the desk he was late."),
            "You told the desk you were late."
        );
        assert_eq!(
            certain("Liam checked the desk. He was late."),
            "You checked the desk. You were late."
        );
        for person in PEOPLE {
            // In the same sentence, before or after the pronoun.
            unsure(&format!("Liam told the {person} he was late."));
            unsure(&format!("Liam said she had called the {person}."));
            unsure(&format!("Liam said his {person} was late."));
            // In the sentence before.
            let out = liam(&format!("Liam called the {person}. He was late."));
            assert_eq!(out.unsure, ["He was late."], "{person}");
            // A name is still rewritten beside them.
            let out = liam(&format!("Liam called the {person}."));
            assert_eq!(out.text, format!("You called the {person}."));
            assert!(out.unsure.is_empty(), "{person}: {:?}", out.unsure);
        }
        // Possessive: "the nurse's".
        unsure("Liam read the nurse's notes and he signed them.");
        let out = liam("Liam read the nurses' notes. He signed them.");
        assert_eq!(out.unsure, ["He signed them."]);
    }

    #[test]
    fn a_capitalised_word_first_in_a_sentence_may_be_someone() {
        let out = liam("Sam arrived late on 3 Nov at 09:40. He said the bus was late.");
        assert_eq!(out.unsure, ["He said the bus was late."]);
        for first in ["Sam", "Priya", "Kerry", "Mohammed", "Zoe", "Okafor", "Dana"] {
            let out = liam(&format!(
                "Liam was in. {first} arrived late. He said sorry."
            ));
            assert_eq!(out.unsure, ["He said sorry."], "{first}");
            let out = liam(&format!("{first} arrived late. Liam said he was sorry."));
            assert_eq!(out.unsure, ["Liam said he was sorry."], "{first}");
        }
        // Common first words, months, weekdays and the reader's own name are
        // nobody else.
        for first in [
            "Yesterday",
            "Then",
            "Later",
            "After",
            "On",
            "Sometimes",
            "Usually",
            "Twice",
            "November",
            "Monday",
            "Afterwards",
            "Again",
            "Overall",
            "Apparently",
        ] {
            let text = format!("Liam was late. {first} he said sorry.");
            let out = liam(&text);
            assert_eq!(
                out.text,
                format!("You were late. {first} you said sorry."),
                "{first}"
            );
            assert!(out.unsure.is_empty(), "{first}: {:?}", out.unsure);
        }
        // A month that is also a name is someone unless a date is beside it.
        unsure_after_name("May said she was late.");
        unsure_after_name("I asked June if he was late.");
        let out = liam("Liam was in. Jun said he was late.");
        assert_eq!(out.unsure, ["Jun said he was late."]);
        all_certain(&[
            (
                "Liam was late in May. He said sorry.",
                "You were late in May. You said sorry.",
            ),
            (
                "Liam was late on 3 June. He said sorry.",
                "You were late on 3 June. You said sorry.",
            ),
            (
                "Liam was late. August 3 he said sorry.",
                "You were late. August 3 you said sorry.",
            ),
        ]);
        // Animals may be "he" or "she" too.
        let out = liam("Liam's dog was ill. He was at the vet.");
        assert_eq!(out.unsure, ["He was at the vet."]);
        // A capitalised word inside a sentence may be someone too.
        unsure("Liam met the Leeds manager and he was late.");
        unsure("Liam told Kerry she was late.");
    }

    #[test]
    fn he_or_she_needs_the_reader_named_just_before() {
        unsure("He was late.");
        unsure("She signed it.");
        unsure("I told him.");
        unsure("His report was late.");
        // Two sentences back is too far.
        let out = liam("Liam was late. It rained. He left.");
        assert_eq!(out.text, "You were late. It rained. He left.");
        assert_eq!(out.unsure, ["He left."]);
        // Named after the pronoun: "he" is someone else, or not certain.
        unsure_after_name("He said Liam was late.");
        unsure_after_name("I told him Liam was late.");
        unsure_after_name("His manager said Liam was late.");
        all_certain(&[
            ("Liam said he was late.", "You said you were late."),
            (
                "Liam told me that she was late.",
                "You told me that you were late.",
            ),
            (
                "Liam was late. He said sorry.",
                "You were late. You said sorry.",
            ),
            ("Liam lost his badge.", "You lost your badge."),
            ("Liam blamed himself.", "You blamed yourself."),
            ("Liam said so. Then he left.", "You said so. Then you left."),
            (
                "When Liam arrived, he said sorry.",
                "When you arrived, you said sorry.",
            ),
            (
                "On 3 Nov, after Liam arrived, he said sorry.",
                "On 3 Nov, after you arrived, you said sorry.",
            ),
        ]);
    }

    #[test]
    fn a_pronoun_starting_a_new_clause_may_be_someone_else() {
        unsure("On 3 Nov Liam sent the report and she signed it at 10:00.");
        for text in [
            "Liam sent the report and he signed it.",
            "Liam sent the report, and she signed it.",
            "Liam sent the report but she did not sign it.",
            "Liam sent the report so he could sign it.",
            "Liam sent the report; she signed it.",
            "Liam sent the report, she signed it.",
            "Liam sent the report - she signed it.",
            "Liam sent the report after she asked.",
            "Liam sent the report because he asked.",
            "Liam sent the report when she asked.",
            "Liam asked if she could sign it.",
            "Liam asked why he was late.",
            "Liam was late and he said sorry.",
            "Liam called and they answered.",
            "Liam sent it before they asked.",
        ] {
            unsure(text);
        }
        // The same across a sentence boundary is taken as the reader: the
        // text gives nothing to tell them apart (see the module notes).
        assert_eq!(
            certain("Liam sent the report. She signed it."),
            "You sent the report. You signed it."
        );
    }

    #[test]
    fn an_object_in_the_readers_own_clause_is_someone_else() {
        for text in [
            "Liam told him.",
            "Liam told her.",
            "Liam told them.",
            "Liam said I should call him.",
            "Liam gave her the file.",
        ] {
            unsure(text);
        }
        // A pronoun the sentence before left unsure may be who "he" is.
        let out = liam("Liam told him. He left.");
        assert_eq!(out.unsure, ["Liam told him.", "He left."]);
        assert_eq!(
            certain("Liam was in. I told him."),
            "You were in. I told you."
        );
    }

    #[test]
    fn a_title_for_the_reader_rules_out_the_other_pronoun() {
        let out = to_reader("Liam said she was late.", "Mr Liam Hart", None);
        assert_eq!(out.unsure, ["Liam said she was late."]);
        let out = to_reader("Liam said he was late.", "Mr Liam Hart", None);
        assert_eq!(out.text, "You said you were late.");
        let out = to_reader("Ms Hart said he was late.", "Liam Hart", None);
        assert_eq!(out.unsure, ["Ms Hart said he was late."]);
        let out = to_reader("Mrs Hart said she was late.", "Liam Hart", None);
        assert_eq!(out.text, "You said you were late.");
        let out = to_reader("Liam was in. He said so.", "Liam Hart", Some("Ms Hart"));
        assert_eq!(out.unsure, ["He said so."]);
        // Elsewhere in the text too.
        let out = liam("Mr Hart was in. Liam said she was late.");
        assert_eq!(out.unsure, ["Liam said she was late."]);
    }

    #[test]
    fn a_verb_before_the_subject_agrees_or_is_unsure() {
        all_certain(&[
            (
                "On 3 Nov was Liam 20 minutes late?",
                "On 3 Nov were you 20 minutes late?",
            ),
            (
                "In the review is Liam ready?",
                "In the review are you ready?",
            ),
            ("At 10:00 has Liam left?", "At 10:00 have you left?"),
            ("On Monday does Liam know?", "On Monday do you know?"),
            (
                "Yesterday was Liam going home?",
                "Yesterday were you going home?",
            ),
            ("On 3 Nov wasn't Liam late?", "On 3 Nov weren't you late?"),
            ("The owner is Liam.", "The owner is you."),
            (
                "All I know is Liam was late.",
                "All I know is you were late.",
            ),
        ]);
        all_certain_after_name(&[
            ("On 3 Nov was he late?", "On 3 Nov were you late?"),
            (
                "In the review has he agreed?",
                "In the review have you agreed?",
            ),
        ]);
        for text in [
            // "was you" is never written; where it cannot tell, unsure.
            "Only then was Liam told.",
            "The owner is Liam now.",
            "On 3 Nov was Liam told?",
            "The problem was Liam missed it?",
            "It was Liam who sent it.",
        ] {
            unsure(text);
        }
        for text in [
            "x",
            "Was Liam late?",
            "On 3 Nov was Liam late?",
            "Is Liam in?",
        ] {
            let out = liam(text);
            assert!(!out.text.to_lowercase().contains("was you"), "{out:?}");
            assert!(!out.text.to_lowercase().contains("is you "), "{out:?}");
        }
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
        let text = "Liam said he was \"late\". ".repeat(5000);
        let out = liam(&text);
        assert!(out.unsure.is_empty());
        assert_eq!(out.text, "You said you were \"late\". ".repeat(5000));
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
