//! A rehearsal's run-through, made from the plan: the stages in the
//! method's order, each with its share of the booked time and what to say
//! or ask; the 'what if' cards from the user's derailers and leanings. The
//! terminal run (`ask::rehearse`) shows it a stage at a time; `plan rehearse
//! --no-input` prints it whole as a script ([`Script::text`]).

use super::brief::{AGENDA_SPLIT, agenda, contrasts};
use crate::dates::wording::{count, date_in_words};
use crate::planfile::typed::Plan;
use crate::questions::choices::{DERAILER_MOMENT, DERAILER_REMINDER, Fallback, Stage};

/// The most derailers that get a card each.
const MAX_DERAILER_CARDS: usize = 6;

/// The whole run-through of one plan.
#[derive(Debug, Clone)]
pub struct Script {
    /// The conversation, in a few words ("Project deadlines, with Jordan").
    pub title: String,
    /// The minutes booked, if the plan says.
    pub booked: Option<i64>,
    /// Every stage, in order.
    pub parts: Vec<Part>,
    /// The 'what if' cards, in the order they are practised.
    pub cards: Vec<Card>,
}

/// One stage of the run-through.
#[derive(Debug, Clone)]
pub struct Part {
    /// Which stage.
    pub stage: Stage,
    /// Its share of the booked time, in percent (none for the cards,
    /// practised within Explore).
    pub share: Option<u32>,
    /// Its minutes of the booked time, when the plan has a length.
    pub minutes: Option<i64>,
    /// What to say or ask, a line each; continuation lines are indented.
    pub lines: Vec<String>,
}

/// A 'what if' card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// How the plan records it: a behaviour's value, or the derailer as written.
    pub id: String,
    /// In a few words: "They get angry".
    pub cue: String,
    /// Where it comes from: the behaviour's name, or "your derailer".
    pub from: String,
    /// The moment itself.
    pub scene: String,
    /// The reminder to compare an answer with.
    pub reminder: String,
    /// The plan's "do" lines.
    pub dos: Vec<String>,
}

impl Script {
    /// The run-through of `plan`.
    pub fn of(plan: &Plan) -> Script {
        let m = &plan.meeting;
        let with = given(&m.with).unwrap_or_else(|| "them".into());
        let title = match given(&m.title) {
            Some(t) => format!("{t}, with {with}"),
            None => format!("Conversation with {with}"),
        };
        let booked = m.duration_minutes;
        let split = booked.map(|b| agenda(b, None)).unwrap_or_default();
        let parts = Stage::ALL
            .iter()
            .map(|&stage| {
                let at = AGENDA_SPLIT.iter().position(|(s, _)| *s == stage.label());
                Part {
                    stage,
                    share: at.map(|i| AGENDA_SPLIT[i].1),
                    minutes: at.and_then(|i| split.get(i)).map(|a| a.minutes),
                    lines: lines(plan, stage),
                }
            })
            .collect();
        Script {
            title,
            booked,
            parts,
            cards: cards(plan),
        }
    }

    /// The cards among `ids`, in the script's order.
    pub fn marked(&self, ids: &[String]) -> Vec<Card> {
        self.cards
            .iter()
            .filter(|c| ids.contains(&c.id))
            .cloned()
            .collect()
    }

    /// The run-through as a script to read or print: every stage, or with
    /// `only` the cards among them.
    pub fn text(&self, only: Option<&[Card]>) -> String {
        let mut out = format!("Rehearsal: {}\n", self.title);
        out.push_str(&match self.booked {
            Some(b) => format!("{b} minutes booked. "),
            None => "No length booked yet. ".into(),
        });
        out.push_str("Read each part aloud; the minutes are a guide, not a limit.\n");
        let mut n = 0;
        for part in &self.parts {
            if only.is_some() && part.stage != Stage::WhatIf {
                continue;
            }
            n += 1;
            out.push_str(&format!("\n{n}. {}\n", part.heading()));
            if part.stage == Stage::WhatIf {
                let cards = only.unwrap_or(&self.cards);
                if cards.is_empty() {
                    out.push_str(&indent(NO_CARDS));
                }
                for (i, card) in cards.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str(&indent(&card.title(i + 1, cards.len())));
                    for line in card.front() {
                        out.push_str(&indent(&format!("  {line}")));
                    }
                    out.push_str(&indent(
                        "  Your answer: ____________________________________",
                    ));
                    for line in card.back() {
                        out.push_str(&indent(&format!("  {line}")));
                    }
                }
            }
            for line in &part.lines {
                out.push_str(&indent(line));
            }
        }
        out
    }
}

/// Said where a plan has no card to practise.
pub const NO_CARDS: &str = "No 'what if' card: your plan names no derailer and no 'what if' behaviour (plan edit PLAN --step mindset).";

impl Part {
    /// Its name and its time: "Open · 10%, about 5 minutes".
    pub fn heading(&self) -> String {
        format!("{} · {}", self.stage.label(), self.time())
    }

    /// Its share of the time, in words.
    pub fn time(&self) -> String {
        match (self.share, self.minutes) {
            (Some(share), Some(min)) => {
                format!("{share}%, about {}", count(min as usize, "minutes"))
            }
            (Some(share), None) => format!("{share}% of the time"),
            (None, _) => "practised within Explore".into(),
        }
    }
}

impl Card {
    /// "Card 1 of 3: They get angry (Triggered)".
    pub fn title(&self, at: usize, of: usize) -> String {
        format!("Card {at} of {of}: {} ({})", self.cue, self.from)
    }

    /// What the card shows first: the moment.
    pub fn front(&self) -> Vec<String> {
        vec![self.scene.clone()]
    }

    /// What it shows once answered: the reminder and the "do" lines.
    pub fn back(&self) -> Vec<String> {
        let mut out = vec![format!("Reminder: {}", self.reminder)];
        if self.dos.is_empty() {
            out.push("Your do line: none in your plan yet (plan edit PLAN --step safety).".into());
        }
        for d in &self.dos {
            out.push(format!("Your do line: {d}"));
        }
        out
    }
}

/// The time a stage took, as a clock shows it: "1:05".
pub fn clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// How a rehearsal went, a line each: the time per stage against the
/// agenda, then the cards to practise again (`again` is the command that
/// runs only those).
pub fn how_it_went(
    script: &Script,
    times: &[(Stage, u64)],
    marked: &[Card],
    again: &str,
) -> Vec<String> {
    let mut out = vec!["Time per step, against the agenda:".to_string()];
    for part in &script.parts {
        let Some((_, secs)) = times.iter().find(|(s, _)| *s == part.stage) else {
            continue;
        };
        let planned = match (part.share, part.minutes) {
            (Some(_), Some(min)) => format!("agenda {min} min"),
            (Some(share), None) => format!("agenda {share}%"),
            (None, _) => "within Explore".into(),
        };
        out.push(format!(
            "  {:<10} {:>6}  ({planned})",
            part.stage.label(),
            clock(*secs)
        ));
    }
    if marked.is_empty() {
        out.push("No card marked to practise again.".into());
    } else {
        out.push(format!(
            "To practise again ({}):",
            count(marked.len(), "cards")
        ));
        for c in marked {
            out.push(format!("  {} ({})", c.cue, c.from));
        }
        out.push(format!("Run `{again}` to practise only those."));
    }
    out
}

/// What to say or ask in a stage, from the plan.
fn lines(plan: &Plan, stage: Stage) -> Vec<String> {
    let mut out = Vec::new();
    let not_yet = "(not in your plan yet)";
    match stage {
        Stage::Open => {
            out.push(block(
                "Say why you are meeting:",
                given(&plan.open.mutual_purpose)
                    .as_deref()
                    .unwrap_or(not_yet),
            ));
            out.push("The facts:".into());
            if plan.prepare.evidence.is_empty() {
                out.push(format!("  {not_yet}"));
            }
            for e in &plan.prepare.evidence {
                let date = e.date.as_ref().map(|d| format!(" ({})", date_in_words(d)));
                out.push(block(
                    "  -",
                    &format!("{}{}", e.fact.trim(), date.unwrap_or_default()),
                ));
            }
            if let Some(story) = given(&plan.open.story) {
                out.push(block("Your story:", &story));
            }
        }
        Stage::Explore => {
            out.push("Ask, then listen to the end:".into());
            if plan.explore.questions.is_empty() {
                out.push(format!("  {not_yet}"));
            }
            for q in &plan.explore.questions {
                out.push(block("  -", q));
            }
            if let Some(theirs) = given(&plan.explore.their_story) {
                out.push(block("You expect to hear:", &theirs));
            }
        }
        Stage::WhatIf => {}
        Stage::Summarize => {
            out.push("Sum up their view first, and ask if you have it right.".into());
            let s = &plan.summarize;
            if !s.questions.is_empty() {
                out.push("Agree the way forward:".into());
                for q in &s.questions {
                    out.push(block("  -", q));
                }
            }
            if !s.actions.is_empty() {
                out.push("Propose:".into());
                for a in &s.actions {
                    out.push(block("  -", a));
                }
            }
            match s.fallback {
                Some(Fallback::Expect) => {
                    out.push("If you can't agree, say what you expect and what follows:".into());
                    for text in [&s.expectation, &s.consequence, &s.agreement] {
                        if let Some(t) = given(text) {
                            out.push(block("  -", &t));
                        }
                    }
                }
                Some(Fallback::Escalate) => {
                    out.push(
                        "If you can't agree, say it goes further, why, and what happens next:"
                            .into(),
                    );
                    for text in [&s.escalation_why, &s.escalation_next] {
                        if let Some(t) = given(text) {
                            out.push(block("  -", &t));
                        }
                    }
                }
                None => out.push(format!("If you can't agree: {not_yet}")),
            }
        }
        Stage::WrapUp => {
            out.push(
                "Say you will send a written summary, and when you will check in together.".into(),
            );
            out.push("Thank them for talking it through.".into());
        }
    }
    out
}

/// The cards of a plan: its derailers first, then its leanings.
fn cards(plan: &Plan) -> Vec<Card> {
    let dos: Vec<String> = contrasts(plan).into_iter().map(|c| c.do_).collect();
    let calm = given(&plan.prepare.calm)
        .map(|c| format!("What you said keeps you calm: {}", one_line(&c)))
        .unwrap_or_else(|| DERAILER_REMINDER.into());
    let mut out: Vec<Card> = derailers(plan.mindset.derailers.as_deref().unwrap_or(""))
        .into_iter()
        .map(|d| Card {
            scene: format!("{} {}.", DERAILER_MOMENT.scene, lowered(&d)),
            id: d,
            cue: DERAILER_MOMENT.cue.into(),
            from: "your derailer".into(),
            reminder: calm.clone(),
            dos: dos.clone(),
        })
        .collect();
    for l in &plan.mindset.leanings {
        let moment = l.moment();
        if out.iter().any(|c| c.id == l.value()) {
            continue;
        }
        out.push(Card {
            id: l.value().into(),
            cue: moment.cue.into(),
            from: l.name().into(),
            scene: moment.scene.into(),
            reminder: l.reminder().into(),
            dos: dos.clone(),
        });
    }
    out
}

/// The derailers of an answer: a line, a list item or a part between
/// semicolons each, as written (without a closing full stop).
pub fn derailers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split(['\n', ';']) {
        let part = part.trim().trim_start_matches(['-', '*', '•']).trim();
        let part = part.trim_end_matches('.').trim();
        if !part.is_empty() && !out.iter().any(|d| d == part) {
            out.push(part.to_string());
        }
    }
    out.truncate(MAX_DERAILER_CARDS);
    out
}

/// A derailer to follow a colon: its first letter lowered unless it is a
/// word in capitals or "I".
fn lowered(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        _ => text.to_string(),
    }
}

/// An answer that says something, or nothing.
fn given(s: &Option<String>) -> Option<String> {
    s.as_ref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_string())
}

/// A text on one line, its line breaks as spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `label` then `text`, its further lines indented under the first.
fn block(label: &str, text: &str) -> String {
    let mut lines = text.trim().lines();
    let mut out = format!("{label} {}", lines.next().unwrap_or(""));
    let pad = " ".repeat(label.chars().count() + 1);
    for line in lines {
        out.push('\n');
        if !line.trim().is_empty() {
            out.push_str(&pad);
            out.push_str(line.trim_end());
        }
    }
    out
}

/// Every line of `text` indented by three spaces, ending in a newline.
fn indent(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if !line.is_empty() {
            out.push_str("   ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::choices::Leaning;

    fn plan(toml: &str) -> Plan {
        toml::from_str(toml).unwrap()
    }

    #[test]
    fn derailers_are_split_by_line_item_and_semicolon() {
        assert_eq!(
            derailers("Getting impatient if I hear excuses; filling silences with talk."),
            [
                "Getting impatient if I hear excuses",
                "filling silences with talk"
            ]
        );
        assert_eq!(derailers("- one\n- two\n\n* one"), ["one", "two"]);
        assert!(derailers("  ").is_empty());
    }

    #[test]
    fn every_leaning_has_its_own_moment() {
        let mut seen = std::collections::HashSet::new();
        for l in Leaning::ALL {
            let m = l.moment();
            assert!(!m.cue.is_empty() && !m.scene.is_empty());
            assert!(seen.insert(m.cue), "{l:?} repeats a cue");
        }
    }

    #[test]
    fn every_agenda_step_is_a_stage() {
        for (step, _) in AGENDA_SPLIT {
            assert!(Stage::ALL.iter().any(|s| s.label() == *step), "{step}");
        }
    }

    #[test]
    fn cards_come_from_derailers_then_leanings_with_the_do_lines() {
        let p = plan(
            "[mindset]\nderailers = \"Talking too much\"\nleanings = [\"triggered\"]\n\
             [[safety.contrasting]]\ndont = \"blame you\"\ndo = \"need the dates\"\n",
        );
        let s = Script::of(&p);
        let ids: Vec<&str> = s.cards.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["Talking too much", "triggered"]);
        assert_eq!(s.cards[0].scene, "You feel it starting: talking too much.");
        assert_eq!(s.cards[0].reminder, DERAILER_REMINDER);
        assert_eq!(s.cards[1].cue, "They get angry");
        assert_eq!(s.cards[1].dos, ["I do need the dates"]);
        assert_eq!(s.marked(&["triggered".into()]).len(), 1);
    }

    #[test]
    fn the_shares_come_from_the_agenda() {
        let s = Script::of(&plan("[meeting]\nduration_minutes = 40\n"));
        let times: Vec<String> = s.parts.iter().map(Part::time).collect();
        assert_eq!(
            times,
            [
                "10%, about 4 minutes",
                "50%, about 20 minutes",
                "practised within Explore",
                "30%, about 12 minutes",
                "10%, about 4 minutes"
            ]
        );
        assert!(s.text(None).contains("No 'what if' card"));
    }

    #[test]
    fn how_it_went_lists_the_times_and_the_cards() {
        let p = plan("[mindset]\nleanings = [\"blame\"]\n[meeting]\nduration_minutes = 30\n");
        let s = Script::of(&p);
        let lines = how_it_went(
            &s,
            &[(Stage::Open, 65)],
            &s.cards,
            "plan rehearse p --again",
        );
        assert_eq!(lines[1], "  Open         1:05  (agenda 3 min)");
        assert!(lines.contains(&"  They deny it (Blame)".to_string()));
        assert_eq!(
            lines.last().unwrap(),
            "Run `plan rehearse p --again` to practise only those."
        );
    }
}
