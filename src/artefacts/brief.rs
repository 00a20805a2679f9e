//! The private brief: what the templates see.
//!
//! Everything is prepared here (labels, dates in words, gaps) so the
//! templates only lay it out. The whole typed plan is passed too, as `plan`,
//! for user templates that want a field the built-in layout leaves out.

use crate::check::coach;
use crate::check::findings::{self, Finding, Severity};
use crate::dates::wording::{capitalised, count, date_in_words, ordinal, singular, when_in_words};
use crate::error::Result;
use crate::planfile::listing::{self, Earlier};
use crate::planfile::picked::{self, Picked};
use crate::planfile::scope::Scope;
use crate::planfile::{EditablePlan, Plan, location};
use crate::questions::catalogue::Coach;
use crate::questions::catalogue::{self, Kind, Step};
use crate::questions::choices::{Belief, Leaning};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

/// The context of `brief.md` and `brief.html`.
#[derive(Debug, Serialize)]
pub struct Brief {
    /// The typed plan, every field.
    pub plan: Plan,
    /// A title for the page.
    pub title: String,
    /// The other person, or a stand-in while unanswered.
    pub with: String,
    /// When, in words.
    pub when: Option<String>,
    /// Length booked, in words.
    pub duration: Option<String>,
    /// In person or virtual, in words.
    pub mode: Option<String>,
    /// The plan's status.
    pub status: String,
    /// How many questions in scope are still open (in quick mode, only
    /// the quick questions are in scope).
    pub gaps: usize,
    /// Made in quick mode (`quick = true`).
    pub quick: bool,
    /// How many questions quick mode skipped that are still unanswered.
    pub skipped: usize,
    /// What an unanswered question outside quick mode is called: "not
    /// answered yet", or "skipped in quick mode" in a quick plan.
    pub skip: &'static str,
    /// The same, as a sentence ("Not answered yet.").
    pub skip_sentence: &'static str,
    /// The command that reaches skipped questions.
    pub edit: String,
    /// Why the time booked is not enough, when it is not (from the booked
    /// minutes and the answer to "Is there enough time booked?", the same
    /// source as the "Enough time" line): "only 20 minutes, though you said
    /// that is enough. Book at least 30 minutes; …".
    pub short_of_time: Option<String>,
    /// The Explore questions, each with the coaching note it was kept despite.
    pub questions: Vec<Asked>,
    /// The command that fills the gaps.
    pub resume: String,
    /// The mindset and compassion answers, labelled.
    pub reflections: Vec<Labelled>,
    /// The three outcomes, labelled.
    pub outcomes: Vec<Labelled>,
    /// The four beliefs, held or not.
    pub beliefs: Vec<BeliefLine>,
    /// Quick mode skipped the beliefs: none is marked as not held.
    pub beliefs_skipped: bool,
    /// The confidence step was answered and none of the beliefs is held.
    pub no_belief_held: bool,
    /// The 'what if' behaviours leaned towards, with reminders.
    pub leanings: Vec<Tip>,
    /// The facts, with sources and dates in words.
    pub evidence: Vec<Fact>,
    /// Evidence, space, time.
    pub readiness: Readiness,
    /// The five techniques to make it safe.
    pub techniques: Vec<Tip>,
    /// The fallback chosen, in words.
    pub fallback: Option<String>,
    /// The don't/do lines as full sentences.
    pub contrasts: Vec<Contrast>,
    /// The booked minutes split across the steps (empty without a length).
    pub agenda: Vec<AgendaStep>,
    /// The private look back, once written (what went well, what to change).
    pub look_back: Vec<Labelled>,
    /// What `plan check` would flag before the meeting (errors and
    /// warnings; the notes and what is due afterwards are left out).
    pub findings: Vec<Finding>,
    /// The same findings said in words, each naming the answer it is about
    /// by its text; the time booked is left to `short_of_time`.
    pub look_at: Vec<ToLookAt>,
    /// The earlier conversation this one follows up, with what it left open.
    pub follows: Option<Earlier>,
    /// When the plan was last rehearsed, and the cards left to practise.
    pub rehearsed: Option<String>,
    /// Whether the plan is kept encrypted at rest (`NAME.toml.age`).
    pub encrypted: bool,
}

/// How the booked time is shared across the conversation, in percent: the
/// one place the split lives.
pub const AGENDA_SPLIT: &[(&str, u32)] = &[
    ("Open", 10),
    ("Explore", 50),
    ("Summarize", 30),
    ("Wrap up", 10),
];

/// One step of the timed agenda.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct AgendaStep {
    /// The step's name.
    pub step: &'static str,
    /// When it starts ("14:05"), when the meeting has a start time.
    pub start: Option<String>,
    /// How long it has.
    pub minutes: i64,
}

/// Split `total` minutes by [`AGENDA_SPLIT`], each step starting at the
/// rounded share of the time before it (so the minutes add up), with clock
/// times from `start` when it is known.
pub fn agenda(total: i64, start: Option<chrono::NaiveTime>) -> Vec<AgendaStep> {
    let mut before = 0u32;
    let at = |percent: u32| (total * i64::from(percent) + 50) / 100;
    AGENDA_SPLIT
        .iter()
        .map(|(step, share)| {
            let (from, to) = (at(before), at(before + share));
            before += share;
            AgendaStep {
                step,
                start: start.map(|t| {
                    (t + chrono::Duration::minutes(from))
                        .format("%H:%M")
                        .to_string()
                }),
                minutes: to - from,
            }
        })
        .collect()
}

/// A don't/do pair as two sentences ready to say.
#[derive(Debug, Serialize)]
pub struct Contrast {
    /// "I don't …".
    pub dont: String,
    /// "I do …".
    #[serde(rename = "do")]
    pub do_: String,
}

/// Complete a half sentence with its opening ("I don't" + "doubt you"),
/// unless it is already a sentence of its own: one in the first person ("I'm
/// not keeping score"), or one with a capital and a full stop ("This isn't
/// about one bad week.").
fn sentence(opening: &str, rest: &str) -> String {
    let rest = rest.trim();
    let lower = rest.to_lowercase();
    let whole = rest.starts_with(char::is_uppercase) && rest.ends_with(['.', '!', '?']);
    if whole || lower.starts_with("i ") || lower.starts_with("i'") || lower.starts_with("i’") {
        rest.to_string()
    } else {
        format!("{opening} {rest}")
    }
}

/// A question's label and its answer (absent when unanswered).
#[derive(Debug, Serialize)]
pub struct Labelled {
    /// The label.
    pub label: String,
    /// The answer, as written.
    pub answer: Option<String>,
    /// What to say while it is unanswered ("not answered yet", or
    /// "skipped in quick mode").
    pub missing: &'static str,
}

/// An Explore question as written, and the coaching rule's note on it if
/// it flags one: the user kept it as written after that note.
#[derive(Debug, Serialize)]
pub struct Asked {
    /// The question.
    pub text: String,
    /// Why the coaching flagged it, in a few words.
    pub note: Option<&'static str>,
}

/// A confidence belief.
#[derive(Debug, Serialize)]
pub struct BeliefLine {
    /// The belief.
    pub label: &'static str,
    /// Whether the planner holds it.
    pub held: bool,
    /// What to do if not.
    pub reminder: &'static str,
}

/// A named reminder.
#[derive(Debug, Serialize)]
pub struct Tip {
    /// The name.
    pub label: &'static str,
    /// The reminder.
    pub reminder: &'static str,
}

/// One fact, ready to say.
#[derive(Debug, Serialize)]
pub struct Fact {
    /// What happened.
    pub fact: String,
    /// Seen, heard or written.
    pub source: &'static str,
    /// When, in words.
    pub date: Option<String>,
    /// Why the coaching flagged it, in a few words: the user kept it as written.
    pub note: Option<&'static str>,
}

/// Whether the practical preparation is done.
#[derive(Debug, Serialize)]
pub struct Readiness {
    /// How many facts are ready.
    pub evidence: usize,
    /// A safe space is booked (absent: not answered).
    pub space_booked: Option<bool>,
    /// The answer to "Is there enough time booked?" (absent: not answered).
    pub enough_time: Option<bool>,
    /// Whether the time is ready, from the answer and the booked minutes
    /// together (absent: neither says).
    pub time_ready: Option<bool>,
    /// The time in words that agree with the booked minutes: "yes", "you
    /// said yes, but only 20 minutes are booked", "no: postpone until there
    /// is" (absent: neither says).
    pub time: Option<String>,
}

/// One thing `plan check` would flag, in words: which answer, what is
/// wrong with it, what to do.
#[derive(Debug, Serialize)]
pub struct ToLookAt {
    /// The answer it is about, named by its question: "Your 2nd fact",
    /// "The purpose you share".
    pub about: String,
    /// The answer's words, shortened, when it is one text.
    pub text: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do, as a sentence, with the real command in it.
    pub hint: String,
    /// The finding's rule id.
    pub rule: &'static str,
    /// The finding's dotted key, for templates that want it.
    pub key: String,
}

/// An answer that says something, or nothing.
fn given(s: &Option<String>) -> Option<String> {
    s.as_ref().filter(|s| !s.trim().is_empty()).cloned()
}

impl Brief {
    /// Prepare the brief for a plan stored at `file`.
    pub fn new(doc: &EditablePlan, file: &str) -> Result<Self> {
        Ok(Brief::of(doc, doc.plan()?, file))
    }

    /// [`Brief::new`], given the plan's view ([`EditablePlan::plan`]), as
    /// loading gives it ([`crate::planfile::load::load_checked`]).
    pub fn of(doc: &EditablePlan, plan: Plan, file: &str) -> Self {
        let m = &plan.meeting;
        let with = given(&m.with).unwrap_or_else(|| "(who?)".into());
        let title = given(&m.title).unwrap_or_else(|| format!("Conversation with {with}"));
        let quick = doc.quick();
        let counts = Scope::new(catalogue::PLANNING, quick).counts(doc);
        let (gaps, skipped) = (counts.open, counts.skipped);
        let skip = skipped_or_open(quick, false);
        let command = typed_as(file);
        // Each text is coached once: for the findings and for its note here.
        let reviewed = coach::reviewed(&plan);
        let coached = Coached::of(&reviewed);
        let questions = asked(&plan, &coached);
        let evidence = facts(&plan, &coached);
        let findings = worth_fixing(&plan, coach::by_key(reviewed));
        let time = Time::of(&plan, &findings);
        Brief {
            title,
            with,
            when: m.when.as_ref().map(when_in_words),
            duration: m.duration_minutes.map(|n| format!("{n} minutes")),
            mode: m.mode.map(|v| v.value().replace('-', " ")),
            status: plan.status.value().to_string(),
            gaps,
            quick,
            skipped,
            skip,
            skip_sentence: if quick {
                "Skipped in quick mode."
            } else {
                "Not answered yet."
            },
            edit: format!("plan edit {command}"),
            beliefs_skipped: quick && !doc.answered("mindset.beliefs"),
            no_belief_held: doc.answered("mindset.beliefs") && plan.mindset.beliefs.is_empty(),
            short_of_time: time.warning(),
            questions,
            resume: format!("plan new {command} --resume"),
            reflections: reflections(doc, skip),
            outcomes: outcomes(&plan, quick),
            beliefs: beliefs(&plan),
            leanings: leanings(&plan),
            evidence,
            readiness: Readiness {
                evidence: plan.prepare.evidence.len(),
                space_booked: plan.prepare.space_booked,
                enough_time: plan.prepare.enough_time,
                time_ready: time.ready(),
                time: time.in_words(),
            },
            techniques: techniques(),
            fallback: plan.summarize.fallback.map(|f| f.label().to_string()),
            contrasts: contrasts(&plan),
            agenda: meeting_agenda(&plan),
            look_back: look_back(&plan, skip),
            follows: doc
                .follows()
                .map(|f| listing::earlier(&listing::follows_path(Path::new(file), f), f)),
            look_at: look_at(&plan, &findings, &command),
            rehearsed: last_rehearsed(&plan.rehearsal),
            encrypted: location::is_sealed(Path::new(file)),
            findings,
            plan,
        }
    }
}

/// The plan as a person types it in a command: its bare name when it lives
/// in the plan folder under a usable name, else its path, quoted for the
/// shell when it needs to be.
pub(crate) fn typed_as(file: &str) -> String {
    let path = Path::new(file);
    let plain = location::plain_form(path);
    if plain.extension().is_some_and(|e| e == "toml")
        && let Some(stem) = plain.file_stem().and_then(|s| s.to_str())
        && location::is_bare_name(stem)
        && location::resolve(stem).is_ok_and(|p| p == path)
    {
        return stem.to_string();
    }
    shell_quoted(file)
}

/// A word as a POSIX shell reads it back: as it is when it is plain, else
/// in single quotes.
fn shell_quoted(word: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./+@%:,=".contains(c);
    if !word.is_empty() && word.chars().all(plain) {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The time booked, from its two sources: the answer to "Is there enough
/// time booked?" and the minutes booked, judged by `plan check`'s
/// `too-little-time` rule. The readiness line and the warning at the top
/// are both worded from it, so they cannot disagree.
struct Time {
    /// The answer.
    answer: Option<bool>,
    /// The minutes booked, when `plan check` finds them too few, and what it
    /// says to do.
    too_few: Option<(i64, String)>,
}

impl Time {
    fn of(plan: &Plan, findings: &[Finding]) -> Self {
        let too_few = findings
            .iter()
            .find(|f| f.rule == TOO_LITTLE_TIME && f.key == "meeting.duration_minutes")
            .and_then(|f| Some((plan.meeting.duration_minutes?, f.hint.clone())));
        Time {
            answer: plan.prepare.enough_time,
            too_few,
        }
    }

    /// Whether there is enough time (absent: neither source says).
    fn ready(&self) -> Option<bool> {
        match self.too_few {
            Some(_) => Some(false),
            None => self.answer,
        }
    }

    /// The readiness line's words.
    fn in_words(&self) -> Option<String> {
        Some(match (self.answer, &self.too_few) {
            (Some(true), None) => "yes".into(),
            (Some(true), Some((n, _))) => format!("you said yes, but {}", only_booked(*n)),
            (Some(false), Some((n, _))) => format!("no: {}", only_booked(*n)),
            (Some(false), None) => "no: postpone until there is".into(),
            (None, Some((n, _))) => only_booked(*n),
            (None, None) => return None,
        })
    }

    /// The warning at the top, when there is not enough time.
    fn warning(&self) -> Option<String> {
        Some(match (self.answer, &self.too_few) {
            (Some(true), Some((n, hint))) => format!(
                "only {}, though you said that is enough. {}",
                count(usize::try_from(*n).unwrap_or(0), "minutes"),
                as_sentence(hint)
            ),
            (_, Some((n, hint))) => format!(
                "only {}. {}",
                count(usize::try_from(*n).unwrap_or(0), "minutes"),
                as_sentence(hint)
            ),
            (Some(false), None) => "you said so. Postpone, or book more before you go in.".into(),
            (_, None) => return None,
        })
    }
}

/// `plan check`'s rule for too little time booked (too few minutes, or the
/// user said so): the brief says it once, at the top.
const TOO_LITTLE_TIME: &str = "too-little-time";

/// "only 20 minutes are booked", "only 1 minute is booked".
fn only_booked(n: i64) -> String {
    match n {
        1 => "only 1 minute is booked".into(),
        n => format!("only {n} minutes are booked"),
    }
}

/// Text as a sentence: a capital first letter and a full stop, unless it
/// already ends as a sentence does (a quoted question counts).
fn as_sentence(text: &str) -> String {
    let text = capitalised(text.trim());
    let ends = |s: &str| s.ends_with(['.', '?', '!']);
    let closed = text.strip_suffix(['"', '\u{201d}']).is_some_and(ends);
    if text.is_empty() || ends(&text) || closed {
        text
    } else {
        format!("{text}.")
    }
}

/// A command in `plan check`'s hints written for any plan (`plan new PLAN
/// --resume`), with this plan's name or path in place of `PLAN`.
fn with_command(text: &str, command: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("`plan ") {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let end = from[1..].find('`').map_or(from.len(), |e| e + 2);
        let code = from[..end]
            .split(' ')
            .map(|w| match w {
                "PLAN" => command.to_string(),
                "PLAN`" => format!("{command}`"),
                w => w.to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ");
        out.push_str(&code);
        rest = &from[end..];
    }
    out.push_str(rest);
    out
}

/// How the brief names an answer `plan check` points at: the whole answer,
/// and one entry of it when it is a list (`None`: the catalogue's noun for
/// its entries, in the singular).
const NAMES: &[(&str, &str, Option<&str>)] = &[
    ("meeting.with", "who it is with", None),
    ("meeting.when", "the meeting's date and time", None),
    ("meeting.duration_minutes", "the time booked", None),
    ("prepare.enough_time", "whether there is enough time", None),
    ("prepare.evidence", "your facts", None),
    ("mindset.beliefs", "the four beliefs", None),
    ("mindset.derailers", "what might knock you off course", None),
    ("open.mutual_purpose", "the purpose you share", None),
    ("open.story", "your story", None),
    ("explore.questions", "your questions", None),
    ("safety.contrasting", "your don't/do lines", None),
    (
        "summarize.questions",
        "your questions to agree the way forward",
        Some("question to agree the way forward"),
    ),
    (
        "summarize.actions",
        "the actions you will propose",
        Some("action to propose"),
    ),
    (
        "summarize.fallback",
        "what you will do if you can't agree",
        None,
    ),
    ("summarize.expectation", "what you expect from now on", None),
    ("summarize.consequence", "what happens if it doesn't", None),
    ("summarize.escalation_why", "why it goes further", None),
    ("summarize.escalation_next", "what happens next", None),
];

/// A dotted key (`prepare.evidence[2].fact`) as its question, index and
/// field: `("prepare.evidence", Some(2), Some("fact"))`.
fn parts(key: &str) -> (&str, Option<usize>, Option<&str>) {
    let Some((base, rest)) = key.split_once('[') else {
        return (key, None, None);
    };
    let Some((n, after)) = rest.split_once(']') else {
        return (key, None, None);
    };
    let field = after.strip_prefix('.').filter(|f| !f.is_empty());
    (base, n.parse().ok(), field)
}

/// The answer at a key, named by its question, in lower case: "your 2nd
/// fact", "the purpose you share", "your answer to \"…?\"".
fn name_of(key: &str) -> String {
    let (base, index, _) = parts(key);
    let named = NAMES.iter().find(|(id, ..)| *id == base);
    let question = catalogue::find(base);
    let one = |noun: Option<&str>| match (noun, question) {
        (Some(noun), _) => noun.to_string(),
        (None, Some(q)) if q.entries != "entries" => singular(q.entries),
        (None, Some(q)) => format!("answer to \"{}\"", q.prompt),
        (None, None) => "answer".into(),
    };
    match (index, named, question) {
        (_, _, None) if key.is_empty() => "the plan".into(),
        (Some(n), Some((_, _, noun)), _) => format!("your {} {}", ordinal(n), one(*noun)),
        (Some(n), None, Some(_)) => format!("your {} {}", ordinal(n), one(None)),
        (None, Some((_, whole, _)), _) => (*whole).to_string(),
        (None, None, Some(q)) => format!("your answer to \"{}\"", q.prompt),
        (_, None, None) => format!("`{key}`"),
    }
}

/// The words of the answer at a key, shortened, when it is one text: for
/// an entry of a record list, the entry's text, whichever field is meant.
fn text_at(plan: &Picked, key: &str) -> Option<String> {
    let (base, index, field) = parts(key);
    let mut at = plan.at(base)?;
    if let Some(n) = index {
        let Picked::List(items) = at else { return None };
        at = items.get(n.checked_sub(1)?)?;
    }
    let text = match (at, field) {
        (Picked::Text(s), None) => s.clone(),
        (Picked::Table(_), Some(field)) => {
            let own = at.get(field).and_then(Picked::as_str);
            let texts = match catalogue::find(base).map(|q| q.kind) {
                Some(Kind::Records(fields)) => fields
                    .iter()
                    .filter(|f| matches!(f.kind, Kind::Text | Kind::LongText))
                    .filter_map(|f| at.get(f.key)?.as_str())
                    .collect(),
                _ => Vec::new(),
            };
            let is_text = texts.iter().any(|t| Some(*t) == own);
            match own.filter(|s| is_text && !s.trim().is_empty()) {
                Some(s) => s.to_string(),
                None => texts
                    .into_iter()
                    .find(|s| !s.trim().is_empty())?
                    .to_string(),
            }
        }
        _ => return None,
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then(|| shortened(&text, 70))
}

/// At most `max` characters, cut at a word with an ellipsis.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > max / 2 => &cut[..at],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// The findings worth fixing, in words, except the time booked, which the
/// warning at the top and the readiness line say.
fn look_at(plan: &Plan, findings: &[Finding], command: &str) -> Vec<ToLookAt> {
    let findings: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.rule != TOO_LITTLE_TIME)
        .collect();
    // Only the answers the findings are about are read.
    let paths: Vec<Vec<&str>> = findings
        .iter()
        .map(|f| parts(&f.key).0.split('.').collect())
        .collect();
    let value = picked::pick(plan, &paths);
    findings
        .into_iter()
        .map(|f| ToLookAt {
            about: capitalised(&name_of(&f.key)),
            text: text_at(&value, &f.key),
            message: f.message.clone(),
            hint: as_sentence(&with_command(&f.hint, command)),
            rule: f.rule,
            key: f.key.clone(),
        })
        .collect()
}

/// The Explore questions, each with the coaching's note if it flags one.
fn asked(plan: &Plan, coached: &Coached) -> Vec<Asked> {
    plan.explore
        .questions
        .iter()
        .map(|q| Asked {
            text: q.clone(),
            note: coached.note(Coach::Question, q),
        })
        .collect()
}

/// Every confidence belief, held or not.
fn beliefs(plan: &Plan) -> Vec<BeliefLine> {
    Belief::ALL
        .iter()
        .map(|b| BeliefLine {
            label: b.label(),
            held: plan.mindset.beliefs.contains(b),
            reminder: b.reminder(),
        })
        .collect()
}

/// The leanings the planner knows they have, with what to do about each.
fn leanings(plan: &Plan) -> Vec<Tip> {
    Leaning::ALL
        .iter()
        .filter(|l| plan.mindset.leanings.contains(l))
        .map(|l| Tip {
            label: l.name(),
            reminder: l.reminder(),
        })
        .collect()
}

fn techniques() -> Vec<Tip> {
    coach::TECHNIQUES
        .iter()
        .map(|(label, reminder)| Tip { label, reminder })
        .collect()
}

/// The agenda for the time booked, timed from the start when it is known.
pub(crate) fn meeting_agenda(plan: &Plan) -> Vec<AgendaStep> {
    let m = &plan.meeting;
    match (m.duration_minutes, &m.when) {
        (Some(n), when) if n > 0 => agenda(
            n,
            when.as_ref()
                .and_then(|w| crate::dates::time_of(w).ok().flatten()),
        ),
        _ => Vec::new(),
    }
}

/// The debrief's answers, those given.
fn look_back(plan: &Plan, skip: &'static str) -> Vec<Labelled> {
    [
        ("What went well", &plan.debrief.went_well),
        ("What to do differently", &plan.debrief.differently),
    ]
    .into_iter()
    .filter_map(|(label, answer)| {
        given(answer).map(|a| Labelled {
            label: label.into(),
            answer: Some(a),
            missing: skip,
        })
    })
    .collect()
}

/// The preparation findings worth fixing before the meeting.
fn worth_fixing(plan: &Plan, review: Vec<(String, coach::Advice)>) -> Vec<Finding> {
    findings::preparation_after(plan, review)
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .collect()
}

/// What an unanswered question is called: skipped, when quick mode left
/// it out (`quick_question` is false in a quick plan), else not answered yet.
fn skipped_or_open(quick: bool, quick_question: bool) -> &'static str {
    if quick && !quick_question {
        "skipped in quick mode"
    } else {
        "not answered yet"
    }
}

/// The coaching's note on an answer kept as written, in a few words.
fn kept_despite(how: Coach, text: &str) -> Option<&'static str> {
    coach::advise(how, text).first().map(|a| a.rule.short)
}

/// The first rule the coaching found on each coached text of a plan, so
/// that a note beside an answer does not run the rules again.
struct Coached<'a>(HashMap<(Coach, &'a str), Option<&'static coach::Rule>>);

impl<'a> Coached<'a> {
    fn of(reviewed: &'a [coach::Reviewed]) -> Self {
        Coached(
            reviewed
                .iter()
                .map(|r| ((r.coach, r.text.as_str()), r.advice.first().map(|a| a.rule)))
                .collect(),
        )
    }

    /// [`kept_despite`], from the review when it holds the text.
    fn note(&self, how: Coach, text: &str) -> Option<&'static str> {
        match self.0.get(&(how, text)) {
            Some(rule) => rule.map(|r| r.short),
            None => kept_despite(how, text),
        }
    }
}

/// The mindset and compassion answers that have no place of their own, labelled.
fn reflections(doc: &EditablePlan, skip: &'static str) -> Vec<Labelled> {
    catalogue::all()
        .filter(|q| matches!(q.step, Step::Mindset | Step::Confidence))
        .filter(|q| matches!(q.kind, Kind::Text | Kind::LongText))
        // Outcomes and derailers have places of their own in the brief.
        .filter(|q| !q.id.starts_with("mindset.outcome_") && q.id != "mindset.derailers")
        .map(|q| Labelled {
            label: q.prompt.to_string(),
            answer: doc
                .get(q.id)
                .and_then(|i| i.as_str())
                .filter(|s| !s.trim().is_empty())
                .map(String::from),
            missing: if q.quick { "not answered yet" } else { skip },
        })
        .collect()
}

fn outcomes(plan: &Plan, quick: bool) -> Vec<Labelled> {
    let m = &plan.mindset;
    [
        ("For me", &m.outcome_for_me, "mindset.outcome_for_me"),
        ("For them", &m.outcome_for_them, "mindset.outcome_for_them"),
        (
            "For our working relationship",
            &m.outcome_relationship,
            "mindset.outcome_relationship",
        ),
    ]
    .into_iter()
    .map(|(label, answer, id)| Labelled {
        label: label.into(),
        answer: given(answer),
        missing: skipped_or_open(quick, catalogue::find(id).is_some_and(|q| q.quick)),
    })
    .collect()
}

fn facts(plan: &Plan, coached: &Coached) -> Vec<Fact> {
    plan.prepare
        .evidence
        .iter()
        .map(|e| Fact {
            fact: e.fact.clone(),
            source: e.source.label(),
            date: e.date.as_ref().map(date_in_words),
            note: coached.note(Coach::Fact, &e.fact),
        })
        .collect()
}

/// The brief's line on the last rehearsal: "Monday 30 November 2026; 1 card
/// to practise again".
fn last_rehearsed(r: &crate::planfile::typed::Rehearsal) -> Option<String> {
    let day = r.date.as_ref()?;
    let mut out = when_in_words(day);
    if !r.again.is_empty() {
        out.push_str(&format!(
            "; {} to practise again",
            count(r.again.len(), "cards")
        ));
    }
    Some(out)
}

/// The plan's don't/do pairs as sentences (the brief's, and the rehearsal's cards).
pub fn contrasts(plan: &Plan) -> Vec<Contrast> {
    plan.safety
        .contrasting
        .iter()
        .map(|c| Contrast {
            dont: sentence("I don't", &c.dont),
            do_: sentence("I do", &c.do_),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `text_at` gave when it read a whole `toml::Value` of the plan.
    fn text_through_toml(plan: &Plan, key: &str) -> Option<String> {
        let plan = toml::Value::try_from(plan).unwrap();
        let (base, index, field) = parts(key);
        let mut at = base
            .split('.')
            .try_fold(&plan, |v, k| v.as_table()?.get(k))?;
        if let Some(n) = index {
            at = at.as_array()?.get(n.checked_sub(1)?)?;
        }
        let text = match (at, field) {
            (toml::Value::String(s), None) => s.clone(),
            (toml::Value::Table(t), Some(field)) => {
                let own = t.get(field).and_then(toml::Value::as_str);
                let texts: Vec<&str> = match catalogue::find(base).map(|q| q.kind) {
                    Some(Kind::Records(fields)) => fields
                        .iter()
                        .filter(|f| matches!(f.kind, Kind::Text | Kind::LongText))
                        .filter_map(|f| t.get(f.key)?.as_str())
                        .collect(),
                    _ => Vec::new(),
                };
                let is_text = texts.iter().any(|t| Some(*t) == own);
                match own.filter(|s| is_text && !s.trim().is_empty()) {
                    Some(s) => s.to_string(),
                    None => texts
                        .into_iter()
                        .find(|s| !s.trim().is_empty())?
                        .to_string(),
                }
            }
            _ => return None,
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then(|| shortened(&text, 70))
    }

    #[test]
    fn the_words_beside_each_finding_are_those_of_the_whole_plan_as_toml() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut compared = 0;
        let mut keys = std::collections::BTreeSet::new();
        for text in [
            include_str!("../../examples/missed-deadlines.toml"),
            include_str!("../../examples/meeting-behaviour.toml"),
            include_str!("../../examples/performance-escalation.toml"),
        ] {
            let plan: Plan = toml::from_str(text).unwrap();
            let mut bare = plan.clone();
            for e in &mut bare.prepare.evidence {
                e.date = None;
            }
            bare.prepare
                .evidence
                .push(crate::planfile::typed::Evidence {
                    fact: " ".into(),
                    ..plan.prepare.evidence[0].clone()
                });
            bare.safety
                .contrasting
                .push(crate::planfile::typed::Contrast {
                    dont: "blame you".into(),
                    do_: String::new(),
                });
            bare.outcome.actions.push(Default::default());
            bare.open.mutual_purpose = None;
            bare.summarize.fallback = None;
            bare.explore.questions.truncate(1);
            // After the meeting: a follow-up, an action and a check-in
            // due, at keys that are a date, a record's date and a section.
            let mut held = plan.clone();
            held.status = crate::planfile::Status::Held;
            let day = |d: &str| Some(d.parse::<toml::value::Datetime>().unwrap());
            held.meeting.when = day("2026-11-20T10:00:00");
            held.outcome.held_on = day("2026-11-20");
            held.outcome.next_check_in = day("2026-11-24");
            held.outcome.actions = vec![crate::planfile::typed::Action {
                what: "Send the dates".into(),
                owner: "Sam".into(),
                due: day("2026-11-22"),
                ..Default::default()
            }];
            let mut followed = held.clone();
            followed.status = crate::planfile::Status::FollowedUp;
            for plan in [plan, bare, held, followed] {
                let findings = findings::check(&plan, today);
                let value = picked::pick(
                    &plan,
                    &findings
                        .iter()
                        .map(|f| parts(&f.key).0.split('.').collect())
                        .collect::<Vec<_>>(),
                );
                for f in &findings {
                    keys.insert(f.key.clone());
                    assert_eq!(
                        text_at(&value, &f.key),
                        text_through_toml(&plan, &f.key),
                        "{}",
                        f.key
                    );
                    compared += 1;
                }
            }
        }
        assert!(compared > 20, "only {compared} findings compared");
        for key in ["outcome", "outcome.next_check_in", "outcome.actions[1].due"] {
            assert!(keys.contains(key), "no finding at {key} among {keys:?}");
        }
    }

    #[test]
    fn contrasts_read_as_sentences() {
        assert_eq!(
            sentence("I don't", "doubt your work"),
            "I don't doubt your work"
        );
        assert_eq!(
            sentence("I do", " I'm asking for dates"),
            "I'm asking for dates"
        );
        assert_eq!(sentence("I do", "I do mean it"), "I do mean it");
        assert_eq!(
            sentence("I don't", "This isn't about one bad week."),
            "This isn't about one bad week."
        );
        assert_eq!(sentence("I do", "need the dates"), "I do need the dates");
    }

    #[test]
    fn the_agenda_splits_the_booked_time() {
        let at = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
        let shown = |a: Vec<AgendaStep>| {
            a.iter()
                .map(|s| {
                    format!(
                        "{} {} {}",
                        s.start.as_deref().unwrap_or("-"),
                        s.step,
                        s.minutes
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        assert_eq!(
            shown(agenda(60, at(14, 0))),
            "14:00 Open 6, 14:06 Explore 30, 14:36 Summarize 18, 14:54 Wrap up 6"
        );
        assert_eq!(
            shown(agenda(45, at(9, 30))),
            "09:30 Open 5, 09:35 Explore 22, 09:57 Summarize 14, 10:11 Wrap up 4"
        );
        assert_eq!(
            shown(agenda(30, None)),
            "- Open 3, - Explore 15, - Summarize 9, - Wrap up 3"
        );
        for total in 1..=600 {
            assert_eq!(
                agenda(total, None).iter().map(|s| s.minutes).sum::<i64>(),
                total
            );
        }
        assert_eq!(AGENDA_SPLIT.iter().map(|(_, p)| p).sum::<u32>(), 100);
    }

    #[test]
    fn a_quick_plan_counts_skipped_questions_apart() {
        let mut doc = EditablePlan::new_plan();
        doc.set_quick();
        let brief = Brief::new(&doc, "p.toml").unwrap();
        let quick = catalogue::PLANNING
            .iter()
            .filter(|q| q.quick && doc.applies(q))
            .count();
        assert_eq!(brief.gaps, quick, "only quick questions are open");
        assert!(brief.skipped > 10);
        assert_eq!(brief.skip, "skipped in quick mode");
        assert!(brief.beliefs_skipped);
        let relationship = &brief.outcomes[2];
        assert_eq!(relationship.missing, "not answered yet", "a quick question");
        assert_eq!(brief.outcomes[0].missing, "skipped in quick mode");
        assert!(
            brief
                .reflections
                .iter()
                .all(|r| r.missing == "skipped in quick mode")
        );
    }

    #[test]
    fn kept_questions_carry_their_coaching_note_and_short_time_is_flagged() {
        let mut doc = EditablePlan::new_plan();
        doc.set(
            "explore.questions",
            crate::questions::answer::list(&["Why was it late?".into(), "What happened?".into()]),
        );
        doc.set("prepare.enough_time", toml_edit::value(false));
        let brief = Brief::new(&doc, "p.toml").unwrap();
        assert_eq!(
            brief.questions[0].note,
            Some("\"why\" can sound like blame")
        );
        assert_eq!(brief.questions[1].note, None);
        assert_eq!(
            brief.short_of_time.as_deref(),
            Some("you said so. Postpone, or book more before you go in.")
        );
        assert!(!brief.quick);
        assert_eq!(brief.skipped, 0);
    }

    /// The readiness line and the warning at the top say the same thing,
    /// from the booked minutes and the answer together.
    #[test]
    fn the_time_booked_is_said_one_way() {
        let brief = |minutes: Option<i64>, enough: Option<bool>| {
            let mut doc = EditablePlan::new_plan();
            if let Some(n) = minutes {
                doc.set("meeting.duration_minutes", toml_edit::value(n));
            }
            if let Some(yes) = enough {
                doc.set("prepare.enough_time", toml_edit::value(yes));
            }
            let b = Brief::new(&doc, "p.toml").unwrap();
            let r = b.readiness;
            (r.time_ready, r.time, b.short_of_time, b.look_at)
        };
        let (ready, time, warning, look_at) = brief(Some(20), Some(true));
        assert_eq!(ready, Some(false));
        assert_eq!(
            time.as_deref(),
            Some("you said yes, but only 20 minutes are booked")
        );
        assert_eq!(
            warning.as_deref(),
            Some(
                "only 20 minutes, though you said that is enough. Book at least 30 minutes; a talk cut short does harm."
            )
        );
        assert!(look_at.iter().all(|l| l.rule != TOO_LITTLE_TIME));
        let (ready, time, warning, _) = brief(Some(45), Some(true));
        assert_eq!(
            (ready, time.as_deref(), warning),
            (Some(true), Some("yes"), None)
        );
        let (ready, time, warning, _) = brief(Some(20), None);
        assert_eq!(ready, Some(false));
        assert_eq!(time.as_deref(), Some("only 20 minutes are booked"));
        assert!(warning.unwrap().starts_with("only 20 minutes. Book"));
        let (_, time, _, _) = brief(Some(1), Some(false));
        assert_eq!(time.as_deref(), Some("no: only 1 minute is booked"));
        let (ready, time, warning, _) = brief(Some(60), Some(false));
        assert_eq!(ready, Some(false));
        assert_eq!(time.as_deref(), Some("no: postpone until there is"));
        assert!(warning.is_some());
        let (ready, time, warning, _) = brief(None, None);
        assert_eq!((ready, time, warning), (None, None, None));
    }

    #[test]
    fn what_to_look_at_names_answers_by_their_question() {
        let mut doc = EditablePlan::new_plan();
        doc.set(
            "explore.questions",
            crate::questions::answer::list(&[
                "What happened?".into(),
                "How do you see it?".into(),
                "Why was it late?".into(),
            ]),
        );
        let fact = |text: &str| {
            let mut t = toml_edit::Table::new();
            t.insert("fact", toml_edit::value(text));
            t.insert("source", toml_edit::value("seen"));
            t
        };
        doc.set(
            "prepare.evidence",
            crate::questions::answer::records(vec![
                fact("The report due 3 Nov arrived 10 Nov"),
                fact("She is always careless with dates"),
            ]),
        );
        let brief = Brief::new(&doc, "sam lee.toml").unwrap();
        let about = |rule: &str| {
            brief
                .look_at
                .iter()
                .find(|l| l.rule == rule)
                .unwrap_or_else(|| panic!("no {rule} in {:#?}", brief.look_at))
        };
        let why = about("why-question");
        assert_eq!(why.about, "Your 3rd question");
        assert_eq!(why.text.as_deref(), Some("Why was it late?"));
        let fact = brief
            .look_at
            .iter()
            .find(|l| l.key.starts_with("prepare.evidence[2]"))
            .unwrap();
        assert_eq!(fact.about, "Your 2nd fact");
        assert_eq!(
            fact.text.as_deref(),
            Some("She is always careless with dates")
        );
        let purpose = about("no-mutual-purpose");
        assert_eq!(purpose.about, "The purpose you share");
        assert_eq!(purpose.text, None);
        assert_eq!(
            purpose.hint,
            "Answer it with `plan new 'sam lee.toml' --resume`."
        );
        for l in &brief.look_at {
            assert!(!l.about.contains('.') && !l.about.contains('['), "{l:?}");
            assert!(!l.hint.contains("PLAN"), "{l:?}");
            assert!(l.hint.starts_with(char::is_uppercase), "{l:?}");
        }
        assert_eq!(brief.resume, "plan new 'sam lee.toml' --resume");
    }

    #[test]
    fn commands_name_the_plan_as_it_is_typed() {
        assert_eq!(typed_as("p.toml"), "p.toml");
        assert_eq!(typed_as("/tmp/My Plans/p.toml"), "'/tmp/My Plans/p.toml'");
        assert_eq!(typed_as("it's.toml"), r"'it'\''s.toml'");
        assert_eq!(
            with_command(
                "answer it with `plan new PLAN --resume`, or `plan edit PLAN`",
                "x.toml"
            ),
            "answer it with `plan new x.toml --resume`, or `plan edit x.toml`"
        );
        assert_eq!(
            name_of("safety.contrasting[2].dont"),
            "your 2nd don't/do pair"
        );
        assert_eq!(
            name_of("summarize.questions[1]"),
            "your 1st question to agree the way forward"
        );
        assert_eq!(
            name_of("safety.apology"),
            "your answer to \"Is there anything you should say sorry for?\""
        );
        assert_eq!(shortened("one two three four five", 12), "one two…");
    }

    #[test]
    fn an_empty_plan_is_all_gaps() {
        let doc = EditablePlan::new_plan();
        let brief = Brief::new(&doc, "p.toml").unwrap();
        assert_eq!(brief.with, "(who?)");
        assert!(brief.gaps > 10);
        assert!(brief.reflections.iter().all(|r| r.answer.is_none()));
        assert!(brief.beliefs.iter().all(|b| !b.held));
        assert!(brief.findings.iter().any(|f| f.rule == "no-fallback"));
    }
}
