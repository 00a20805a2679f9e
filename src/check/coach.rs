//! Coaching: the one place that says what is wrong with a text typed into
//! an answer, by how the catalogue coaches it ([`Coach`]).
//!
//! The wizard shows the advice as the user types, `--no-input`, `--answers`,
//! `--set` and `--add` print the same note on stderr, and `plan check`
//! reports the same rule, message and hint as a finding. The rules
//! themselves live in [`super::lint`] (questions) and [`super::judgement`]
//! (facts and the words the other person reads).

use super::judgement::{self, Judgement::*};
use super::lint::{self, QuestionRule};
use super::to_reader;
use crate::planfile::picked::{self, Picked};
use crate::planfile::{EditablePlan, Plan};
use crate::questions::catalogue::{self, Coach, Kind, Question};

pub use super::lint::QuestionFlag;

/// A coaching rule: the one value that owns its id, what it says in a few
/// words beside an answer kept as written (the brief), and, for the rules
/// whose words do not depend on the text, its message and hint.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The stable id, as `plan check` reports it.
    pub id: &'static str,
    /// The advice in a few words.
    pub short: &'static str,
    /// What is wrong, when it is the same for every text (empty when the
    /// judgement found words it: see `judgement::note`).
    message: &'static str,
    /// What to do, when no rewrite is proposed (empty when the judgement
    /// found words it).
    hint: &'static str,
}

/// A question that asks for a reason.
pub static WHY_QUESTION: Rule = Rule {
    id: "why-question",
    short: "\"why\" can sound like blame",
    message: "asks \"why\", which can sound like an accusation and invite a defence",
    hint: "ask what happened or what got in the way, with \"what\" or \"how\"",
};
/// A question that can be answered yes or no.
pub static CLOSED_QUESTION: Rule = Rule {
    id: "closed-question",
    short: "a yes or no can end the thread",
    message: "can be answered with a yes or a no, which ends the thread",
    hint: "open it with \"what\" or \"how\", or ask them to walk you through it",
};
/// A judgement in a fact.
pub static JUDGEMENT_IN_FACT: Rule = Rule {
    id: "judgement-in-fact",
    short: "a judgement, not what a camera would record",
    message: "",
    hint: "",
};
/// A judgement in words the other person will read.
pub static JUDGEMENT_IN_FOLLOW_UP: Rule = Rule {
    id: "judgement-in-follow-up",
    short: "a judgement, not what a camera would record",
    message: "",
    hint: "",
};
/// A purpose that is the user's alone.
pub static PURPOSE_NOT_SHARED: Rule = Rule {
    id: "purpose-not-shared",
    short: "a purpose of yours alone",
    message: "reads as your purpose alone, not one you both share",
    hint: "say what you both want from it: \"We both want…\", \"so that the team can…\"",
};
/// An answer that is a stray key, not an answer.
pub static NOT_AN_ANSWER: Rule = Rule {
    id: "not-an-answer",
    short: "not an answer yet",
    message: "",
    hint: "write it out in words, or remove it",
};

impl Rule {
    /// Whether it is one of the rules for questions, which `plan check`
    /// reports first.
    pub fn is_about_a_question(&self) -> bool {
        std::ptr::eq(self, &WHY_QUESTION) || std::ptr::eq(self, &CLOSED_QUESTION)
    }
}

impl Rule {
    /// The coaching rule a question's problem is.
    pub fn of(rule: QuestionRule) -> &'static Rule {
        match rule {
            QuestionRule::Why => &WHY_QUESTION,
            QuestionRule::Closed => &CLOSED_QUESTION,
        }
    }
}

/// What the coaching says about one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// The rule.
    pub rule: &'static Rule,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: String,
    /// A rewrite the user can take as it is, when a pattern gives one.
    pub rewrite: Option<String>,
}

impl Advice {
    /// The advice as one note: the message, then the hint.
    pub fn note(&self) -> String {
        format!("{}; {}", capitalised(&self.message), self.hint)
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Everything the coaching says about `text`, coached as `coach`.
pub fn advise(coach: Coach, text: &str) -> Vec<Advice> {
    if coach == Coach::No || text.trim().is_empty() {
        return Vec::new();
    }
    if let Some(what) = junk(coach, text) {
        return vec![Advice {
            rule: &NOT_AN_ANSWER,
            message: format!("\"{}\" is not {what}", text.trim()),
            hint: NOT_AN_ANSWER.hint.into(),
            rewrite: None,
        }];
    }
    match coach {
        Coach::Question => lint::question_flags(text)
            .into_iter()
            .map(question_advice)
            .collect(),
        Coach::Fact | Coach::Shared => judgement::fact_note(text)
            .map(|(message, hint)| Advice {
                rule: if coach == Coach::Fact {
                    &JUDGEMENT_IN_FACT
                } else {
                    &JUDGEMENT_IN_FOLLOW_UP
                },
                message,
                hint,
                rewrite: None,
            })
            .into_iter()
            .collect(),
        Coach::Purpose => {
            let mut advice = advise(Coach::Shared, text);
            if only_mine(text) {
                advice.push(Advice {
                    rule: &PURPOSE_NOT_SHARED,
                    message: PURPOSE_NOT_SHARED.message.into(),
                    hint: PURPOSE_NOT_SHARED.hint.into(),
                    rewrite: None,
                });
            }
            advice
        }
        Coach::Request => judgement::note_of(text, &[Verdict, Motive, Others])
            .map(|(message, _)| Advice {
                rule: &JUDGEMENT_IN_FOLLOW_UP,
                message,
                hint: "say what will be done, and by when, in words that describe it".into(),
                rewrite: None,
            })
            .into_iter()
            .collect(),
        Coach::TheirView => their_view_clauses(text)
            .into_iter()
            .filter(|c| !as_they_see_it(c))
            .find_map(|c| judgement::note_of(c, &[Verdict, Habit]))
            .map(|(message, _)| Advice {
                rule: &JUDGEMENT_IN_FOLLOW_UP,
                message,
                hint: "sum up their side as they told it, in words they would recognise".into(),
                rewrite: None,
            })
            .into_iter()
            .collect(),
        Coach::Statement | Coach::No => Vec::new(),
    }
}

fn question_advice(flag: QuestionFlag) -> Advice {
    let rule = Rule::of(flag.rule);
    Advice {
        rule,
        message: rule.message.into(),
        hint: match &flag.rewrite {
            Some(r) => format!("try: \"{r}\""),
            None => rule.hint.into(),
        },
        rewrite: flag.rewrite,
    }
}

/// The clauses of their view: sentences cut at commas, semicolons, "and"
/// and "but", so "You said the plan felt rushed and you were defensive"
/// is two.
fn their_view_clauses(text: &str) -> Vec<&str> {
    super::text::sentences(text)
        .into_iter()
        .flat_map(|s| s.split([',', ';']))
        .flat_map(|c| c.split(" and "))
        .flat_map(|c| c.split(" but "))
        .filter(|c| !c.trim().is_empty())
        .collect()
}

/// A purpose that is the user's alone: "I want you to…", "You need to…",
/// with no "we", "us", "our" or "both" in it.
fn only_mine(text: &str) -> bool {
    let lower = text.trim().to_lowercase().replace('’', "'");
    let mine = [
        "i want",
        "i need",
        "i'd like",
        "i would like",
        "i expect",
        "i am going to",
        "i'm going to",
        "my goal",
        "my aim",
        "you need",
        "you must",
        "you have to",
        "you should",
        "you will",
        "you're going to",
        "to get you",
        "to make you",
        "to tell you",
    ];
    let shared = [
        "we",
        "us",
        "our",
        "both",
        "together",
        "each other",
        "team",
        "everyone",
        "all of us",
    ];
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let padded = format!(" {} ", words.join(" "));
    mine.iter().any(|m| lower.starts_with(m))
        && !shared.iter().any(|w| padded.contains(&format!(" {w} ")))
}

/// A clause of their view that gives it as theirs ("You see the
/// meetings as slow", "you felt that…"): their words, not the user's verdict.
fn as_they_see_it(sentence: &str) -> bool {
    const THEIRS: &[&str] = &[
        "see",
        "saw",
        "feel",
        "felt",
        "think",
        "thought",
        "find",
        "found",
        "believe",
        "believed",
        "said",
        "told",
        "explained",
        "described",
        "called",
        "consider",
        "considered",
        "view",
        "viewed",
        "accept",
        "accepted",
        "agree",
        "agreed",
        "disagree",
        "disagreed",
        "understand",
        "understood",
        "want",
        "wanted",
        "expect",
        "expected",
        "worry",
        "worried",
        "hope",
        "hoped",
        "know",
        "knew",
        "see",
    ];
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    (0..words.len()).any(|i| {
        if !["you", "they"].contains(&words[i].as_str()) {
            return false;
        }
        // "you felt", "you don't accept", "you did not agree".
        let mut j = i + 1;
        while j < words.len()
            && [
                "do", "don't", "dont", "did", "didn't", "didnt", "not", "still", "really",
            ]
            .contains(&words[j].as_str())
        {
            j += 1;
        }
        words.get(j).is_some_and(|w| THEIRS.contains(&w.as_str()))
    })
}

/// What an answer of this kind is, in words ("a fact").
fn what(coach: Coach) -> &'static str {
    match coach {
        Coach::Question => "a question",
        Coach::Fact => "a fact",
        _ => "an answer",
    }
}

/// A stray key where words are asked for: a bare `y`, `n`, `yes`, `no`,
/// `ok` or a single character. Returns what was asked for, in words.
fn junk(coach: Coach, text: &str) -> Option<&'static str> {
    let t = text.trim().trim_end_matches(['.', '!', '?']).trim();
    let bare = [
        "y", "n", "yes", "no", "ok", "okay", "k", "yep", "yeah", "nope", "yup",
    ];
    // Lowercase never makes a text fewer characters, and no bare word is
    // longer than four: only a short text needs a lowercase copy.
    let chars = t.chars().take(5).count();
    let stray = chars <= 1 || chars <= 4 && bare.contains(&t.to_lowercase().as_str());
    (coach != Coach::No && stray).then(|| what(coach))
}

/// Why a typed answer is refused at the prompt, if it is: a stray key.
pub fn refusal(coach: Coach, text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    let what = junk(coach, text)?;
    Some(format!(
        "\"{}\" looks like a key pressed by mistake, not {what}; write it in words",
        text.trim()
    ))
}

/// Every coached text in a plan, keyed like load errors
/// (`prepare.evidence[2].fact`), with how it is coached. Only answers
/// whose question applies (an expectation only with that fallback).
pub fn texts(plan: &Plan) -> Vec<(String, Coach, String)> {
    let value = picked::pick(plan, &coached_paths());
    let at = |id: &str| value.at(id);
    let mut out = Vec::new();
    for q in catalogue::all() {
        if !applies(q, &at) {
            continue;
        }
        let Some(v) = at(q.id) else { continue };
        match (q.kind, v) {
            (Kind::Records(fields), Picked::List(a)) => {
                for (i, entry) in a.iter().enumerate() {
                    for f in fields.iter().filter(|f| f.coach != Coach::No) {
                        if let Some(text) = entry.get(f.key).and_then(Picked::as_str) {
                            out.push((entry_key(q.id, i + 1, f.key), f.coach, text.into()));
                        }
                    }
                }
            }
            (_, Picked::List(a)) if q.coach != Coach::No => {
                for (i, entry) in a.iter().enumerate() {
                    if let Some(text) = entry.as_str() {
                        out.push((entry_key(q.id, i + 1, ""), q.coach, text.into()));
                    }
                }
            }
            (_, Picked::Text(text)) if q.coach != Coach::No => {
                out.push((q.id.to_string(), q.coach, text.clone()));
            }
            _ => {}
        }
    }
    out
}

/// The key of the `n`th entry of a list (`prepare.evidence[2].fact`, or
/// `explore.questions[3]` with no field), built without the formatting
/// machinery: a plan of long lists has thousands.
fn entry_key(id: &str, n: usize, field: &str) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let number = std::str::from_utf8(&digits[at..]).unwrap_or("0");
    let mut key = String::with_capacity(id.len() + number.len() + field.len() + 3);
    key.push_str(id);
    key.push('[');
    key.push_str(number);
    key.push(']');
    if !field.is_empty() {
        key.push('.');
        key.push_str(field);
    }
    key
}

/// What [`texts`] reads of a plan: every coached answer (of a list of
/// records, its coached fields) and every answer a coached question's
/// condition looks at.
fn coached_paths() -> Vec<Vec<&'static str>> {
    let mut paths = Vec::new();
    for q in catalogue::all() {
        let id: Vec<&'static str> = q.id.split('.').collect();
        if let Some((key, _)) = q.only_if {
            paths.push(key.split('.').collect());
        }
        match q.kind {
            Kind::Records(fields) => {
                for f in fields.iter().filter(|f| f.coach != Coach::No) {
                    paths.push([id.as_slice(), &[f.key]].concat());
                }
            }
            _ if q.coach != Coach::No => paths.push(id),
            _ => {}
        }
    }
    paths
}

/// Whether a question's condition holds in the plan's values.
fn applies<'a>(q: &Question, at: &impl Fn(&str) -> Option<&'a Picked>) -> bool {
    let Some((key, wanted)) = q.only_if else {
        return true;
    };
    at(key).is_some_and(|v| wanted.is(v.as_bool(), v.as_str()))
}

/// The advice on every coached text of a plan: `(key, advice)`.
pub fn review(plan: &Plan) -> Vec<(String, Advice)> {
    by_key(reviewed(plan))
}

/// One coached text of a plan and everything the coaching says about it.
#[derive(Debug, Clone)]
pub struct Reviewed {
    /// The dotted key (`prepare.evidence[2].fact`).
    pub key: String,
    /// How it is coached.
    pub coach: Coach,
    /// The text.
    pub text: String,
    /// The advice on it, as [`advise`] gives it.
    pub advice: Vec<Advice>,
}

/// Every coached text of a plan ([`texts`]) with its advice: the rules run
/// once per text, for a reader (the brief) that wants both the findings and
/// the advice on each text.
pub fn reviewed(plan: &Plan) -> Vec<Reviewed> {
    texts(plan)
        .into_iter()
        .map(|(key, coach, text)| Reviewed {
            advice: advise(coach, &text),
            key,
            coach,
            text,
        })
        .collect()
}

/// [`reviewed`] as [`review`] gives it: `(key, advice)`, in order.
pub fn by_key(reviewed: Vec<Reviewed>) -> Vec<(String, Advice)> {
    reviewed
        .into_iter()
        .flat_map(|r| {
            let key = r.key;
            r.advice.into_iter().map(move |a| (key.clone(), a))
        })
        .collect()
}

/// One note on a coached text of a plan: where it is, the text, the advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The dotted key (`prepare.evidence[2].fact`).
    pub key: String,
    /// The text the advice is about.
    pub text: String,
    /// The advice, as one note.
    pub note: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.key, self.note)
    }
}

/// The advice on every coached text of a plan being written, as the notes
/// `--no-input`, `--answers`, `--set` and `--add` print on stderr
/// (`key: note`). A plan that does not read as typed has none.
pub fn notes(doc: &EditablePlan) -> Vec<Note> {
    let Ok(plan) = doc.typed() else {
        return Vec::new();
    };
    texts(&plan)
        .into_iter()
        .flat_map(|(key, coach, text)| {
            advise(coach, &text).into_iter().map(move |a| Note {
                key: key.clone(),
                text: text.clone(),
                note: a.note(),
            })
        })
        .collect()
}

/// Words offered as an answer the other person will read: the text to
/// start from, written to them, and what the user should know about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offered {
    /// The text to start from; empty when nothing could be offered.
    pub text: String,
    /// What the user should know about it, one note each.
    pub notes: Vec<String>,
}

/// What was discussed, offered from the plan's facts for a person called
/// `with`: only the facts that pass the judgement rule, written to the
/// person ("you") where that is certain, with a note for each fact left out
/// and each sentence left as written.
pub fn discussed(facts: &[String], with: Option<&str>, greeting: Option<&str>) -> Offered {
    let mut notes = Vec::new();
    let mut kept = Vec::new();
    for (i, fact) in facts.iter().enumerate() {
        let fact = fact.trim();
        if fact.is_empty() {
            continue;
        }
        if let Some((message, _)) = judgement::fact_note(fact) {
            notes.push(format!(
                "Fact {} (\"{fact}\") is left out of what you discussed: {message}",
                i + 1
            ));
            continue;
        }
        kept.push(match fact.ends_with(['.', '!', '?']) {
            true => fact.to_string(),
            false => format!("{fact}."),
        });
    }
    let mut offered = to_them(&kept.join(" "), with, greeting);
    notes.append(&mut offered.notes);
    offered.notes = notes;
    offered
}

/// Planned words (an expectation, a consequence) written to the person
/// they will be sent to, where that is certain, with a note for each
/// sentence left as written. Text too long to be an answer once rewritten
/// is offered as it was.
pub fn to_them(text: &str, with: Option<&str>, greeting: Option<&str>) -> Offered {
    let addressed = to_reader::to_reader(text, with.unwrap_or(""), greeting);
    if addressed.text.len() > crate::questions::answer::MAX_ANSWER_BYTES {
        return Offered {
            text: text.to_string(),
            notes: Vec::new(),
        };
    }
    Offered {
        notes: addressed
            .unsure
            .iter()
            .map(|unsure| {
                format!(
                    "Left as written, as it is not certain it can be turned to \"you\" (who a name or \"he\", \"she\" or \"they\" means, or the grammar): \"{}\"",
                    unsure.trim()
                )
            })
            .collect(),
        text: addressed.text,
    }
}

/// The answer an outcome question starts from, taken from the plan's
/// `source` answer and written to the person the meeting was with: what was
/// discussed from the facts, or the planned words (the expectation…).
pub fn planned_for_them(doc: &EditablePlan, source: &str) -> Option<Offered> {
    let text = |key| doc.get(key).and_then(toml_edit::Item::as_str);
    let (with, greeting) = (text("meeting.with"), text("meeting.greeting"));
    let item = doc.get(source)?;
    let offered = match item {
        toml_edit::Item::ArrayOfTables(_) | toml_edit::Item::Value(toml_edit::Value::Array(_)) => {
            discussed(&crate::questions::answer::facts(item), with, greeting)
        }
        _ => to_them(item.as_str()?, with, greeting),
    };
    (!offered.text.trim().is_empty() || !offered.notes.is_empty()).then_some(offered)
}

/// The five ways to make it safe to talk again: (name, a one-line reminder).
pub const TECHNIQUES: &[(&str, &str)] = &[
    (
        "Contrast",
        "Say what you don't mean, then what you do mean.",
    ),
    (
        "Stay curious",
        "Wonder what is behind their reaction before you respond to it.",
    ),
    (
        "Step in, step out",
        "Say your piece, then stop and listen; listening is not agreeing.",
    ),
    (
        "Say what you see",
        "Name what is happening in the room, then go back to exploring.",
    ),
    (
        "Apologise",
        "If you got something wrong, say sorry and mean it; don't back down on the point.",
    ),
];

#[cfg(test)]
mod tests {

    /// What [`texts`] gave when it read a whole `toml::Value` of the plan:
    /// the oracle its cheaper reading must agree with.
    fn texts_through_toml(plan: &Plan) -> Vec<(String, Coach, String)> {
        let value = toml::Value::try_from(plan).unwrap();
        let at = |id: &str| {
            id.split('.')
                .try_fold(&value, |v, k| v.as_table().and_then(|t| t.get(k)))
        };
        let mut out = Vec::new();
        for q in catalogue::all() {
            if let Some((key, wanted)) = q.only_if
                && !at(key).is_some_and(|v| wanted.is(v.as_bool(), v.as_str()))
            {
                continue;
            }
            let Some(v) = at(q.id) else { continue };
            match (q.kind, v) {
                (Kind::Records(fields), toml::Value::Array(a)) => {
                    for (i, entry) in a.iter().enumerate() {
                        for f in fields.iter().filter(|f| f.coach != Coach::No) {
                            if let Some(text) = entry.get(f.key).and_then(toml::Value::as_str) {
                                let key = format!("{}[{}].{}", q.id, i + 1, f.key);
                                out.push((key, f.coach, text.into()));
                            }
                        }
                    }
                }
                (_, toml::Value::Array(a)) if q.coach != Coach::No => {
                    for (i, entry) in a.iter().enumerate() {
                        if let Some(text) = entry.as_str() {
                            out.push((format!("{}[{}]", q.id, i + 1), q.coach, text.into()));
                        }
                    }
                }
                (_, toml::Value::String(text)) if q.coach != Coach::No => {
                    out.push((q.id.to_string(), q.coach, text.clone()));
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn entry_keys_are_numbered_from_one_like_load_errors() {
        assert_eq!(
            entry_key("prepare.evidence", 2, "fact"),
            "prepare.evidence[2].fact"
        );
        assert_eq!(
            entry_key("explore.questions", 1000, ""),
            "explore.questions[1000]"
        );
        assert_eq!(entry_key("x", 90, ""), format!("x[{}]", 90));
        assert_eq!(
            entry_key("x", usize::MAX, "y"),
            format!("x[{}].y", usize::MAX)
        );
    }

    #[test]
    fn texts_are_those_a_whole_toml_value_of_the_plan_gives() {
        use crate::questions::choices::Fallback;
        let mut compared = 0;
        for text in [
            include_str!("../../examples/missed-deadlines.toml"),
            include_str!("../../examples/meeting-behaviour.toml"),
            include_str!("../../examples/performance-escalation.toml"),
        ] {
            let plan: Plan = toml::from_str(text).unwrap();
            for (fallback, agreed) in [
                (None, None),
                (Some(Fallback::Expect), Some(false)),
                (Some(Fallback::Escalate), Some(false)),
                (Some(Fallback::Escalate), Some(true)),
            ] {
                let mut p = plan.clone();
                p.summarize.fallback = fallback;
                p.outcome.fallback = fallback;
                p.outcome.agreed = agreed;
                p.outcome.expectation = Some("Reports reach me by Friday noon.".into());
                p.outcome.escalation_why = Some("Why did it fail?".into());
                let want = texts_through_toml(&p);
                assert_eq!(texts(&p), want);
                compared += want.len();
            }
        }
        assert!(compared > 100, "only {compared} texts compared");
    }

    use super::*;

    fn rules(coach: Coach, text: &str) -> Vec<&'static str> {
        advise(coach, text).iter().map(|a| a.rule.id).collect()
    }

    #[test]
    fn each_kind_of_answer_has_its_rules() {
        assert_eq!(
            rules(Coach::Question, "Why did you miss it?"),
            ["why-question"]
        );
        assert_eq!(
            rules(Coach::Question, "Did you read it?"),
            ["closed-question"]
        );
        assert_eq!(
            rules(Coach::Fact, "She is always late."),
            [JUDGEMENT_IN_FACT.id]
        );
        assert_eq!(
            rules(Coach::Shared, "She is always late."),
            [JUDGEMENT_IN_FOLLOW_UP.id]
        );
        assert!(rules(Coach::Statement, "She is always late.").is_empty());
        assert!(rules(Coach::No, "y").is_empty());
        assert!(rules(Coach::Fact, "The report due 3 Nov came on 10 Nov.").is_empty());
    }

    #[test]
    fn stray_keys_are_not_answers() {
        for junk in ["y", "n", "yes", "No", "ok", "OK.", "k", "x", " y "] {
            for coach in [
                Coach::Question,
                Coach::Fact,
                Coach::Statement,
                Coach::Shared,
            ] {
                assert_eq!(rules(coach, junk), [NOT_AN_ANSWER.id], "{junk:?}");
                assert!(refusal(coach, junk).is_some(), "{junk:?}");
            }
        }
        for fine in ["", "No meeting room was free on 3 May.", "Yes, and more"] {
            assert_eq!(refusal(Coach::Fact, fine), None, "{fine:?}");
        }
    }

    #[test]
    fn what_was_discussed_leaves_out_judgements_and_speaks_to_them() {
        let facts = vec![
            "In the 17 Nov review Liam said the plan was rubbish".to_string(),
            "His attitude in meetings is toxic and everyone thinks so".to_string(),
        ];
        let d = discussed(&facts, Some("Liam Hart"), None);
        assert_eq!(
            d.text,
            "In the 17 Nov review you said the plan was rubbish."
        );
        assert_eq!(d.notes.len(), 1);
        assert!(
            d.notes[0].starts_with("Fact 2 (\"His attitude"),
            "{:?}",
            d.notes
        );
    }

    #[test]
    fn their_view_may_give_their_words_but_not_a_verdict_of_ours() {
        let rules = |t: &str| -> Vec<&'static str> {
            advise(Coach::TheirView, t)
                .iter()
                .map(|a| a.rule.id)
                .collect()
        };
        assert!(rules("You see the meetings as slow and felt unheard.").is_empty());
        assert!(rules("You didn't want to let either team down.").is_empty());
        assert_eq!(
            rules("You said the plan felt rushed and you were defensive as usual."),
            [JUDGEMENT_IN_FOLLOW_UP.id]
        );
    }

    #[test]
    fn a_purpose_of_one_is_noted() {
        let rules = |t: &str| -> Vec<&'static str> {
            advise(Coach::Purpose, t)
                .iter()
                .map(|a| a.rule.id)
                .collect()
        };
        assert_eq!(
            rules("I want you to hand reports in on time."),
            [PURPOSE_NOT_SHARED.id]
        );
        assert_eq!(
            rules("You need to stop missing deadlines."),
            [PURPOSE_NOT_SHARED.id]
        );
        assert!(rules("I want us both to be able to rely on the plan.").is_empty());
        assert!(rules("Reports the team can rely on, and a workload you can carry.").is_empty());
    }

    #[test]
    fn notes_read_as_one_sentence() {
        let a = &advise(Coach::Fact, "He is lazy.")[0];
        assert!(
            a.note().starts_with("\"lazy\" is a verdict"),
            "{}",
            a.note()
        );
        assert!(a.note().contains("; say what a camera would have recorded"));
    }
}
