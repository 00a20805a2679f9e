//! A rehearsal at the terminal: each stage of the run-through shown with its
//! share of the booked time and the time spent so far (a clock to glance
//! at; nothing is timed out), then the 'what if' cards: the moment, the
//! user's answer, the reminder and the plan's "do" lines to compare, and
//! whether to practise it again. What is recorded grows as the run goes, so
//! a Ctrl-C keeps what came before it.

use super::Prompter;
use crate::artefacts::rehearsal::{Card, NO_CARDS, Script, clock};
use crate::error::Result;
use crate::questions::answer::parse_input;
use crate::questions::catalogue::Kind;
use crate::questions::choices::Stage;
use std::time::{Duration, Instant};

/// Where the time comes from: the wall clock, or a test's.
pub trait Clock {
    /// The time since some fixed moment.
    fn now(&mut self) -> Duration;
}

/// The real clock.
pub struct Wall(Instant);

impl Wall {
    /// A clock starting now.
    pub fn new() -> Wall {
        Wall(Instant::now())
    }
}

impl Default for Wall {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for Wall {
    fn now(&mut self) -> Duration {
        self.0.elapsed()
    }
}

/// What a rehearsal has recorded so far.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Record {
    /// The seconds each stage took, for the stages finished.
    pub times: Vec<(Stage, u64)>,
    /// The cards answered, whether or not marked.
    pub shown: Vec<String>,
    /// The cards marked to practise again.
    pub again: Vec<String>,
}

impl Record {
    /// Whether anything was recorded.
    pub fn is_empty(&self) -> bool {
        self.times.is_empty() && self.shown.is_empty()
    }

    fn set_time(&mut self, stage: Stage, seconds: u64) {
        match self.times.iter_mut().find(|(s, _)| *s == stage) {
            Some(entry) => entry.1 = seconds,
            None => self.times.push((stage, seconds)),
        }
    }
}

/// The prompt that moves on from a stage.
pub const MOVE_ON: &str = "Say it aloud, then press Enter for the next step";

/// The prompt under a card.
pub const ANSWER: &str = "Your answer (type it, or say it aloud and press Enter)";

/// The question after a card.
pub const AGAIN: &str = "Practise this card again?";

/// Run a rehearsal: every stage of `script`, or with `only` those cards
/// alone, recording into `record` as it goes.
pub fn rehearse(
    p: &mut dyn Prompter,
    script: &Script,
    only: Option<&[Card]>,
    clock: &mut dyn Clock,
    record: &mut Record,
) -> Result<()> {
    let start = clock.now();
    let parts: Vec<_> = script
        .parts
        .iter()
        .filter(|part| only.is_none() || part.stage == Stage::WhatIf)
        .collect();
    for (i, part) in parts.iter().enumerate() {
        let shown = clock.now();
        let so_far = clock_of(shown - start);
        p.heading(part.stage.label(), i + 1, parts.len());
        let booked = match (part.minutes, script.booked) {
            (Some(min), Some(of)) => format!("About {min} of {of} minutes"),
            _ => capital(&part.time()),
        };
        p.note(&format!("{booked} · {so_far} so far"));
        if part.stage == Stage::WhatIf {
            cards(p, only.unwrap_or(&script.cards), clock, record)?;
            continue;
        }
        for line in &part.lines {
            p.note(line);
        }
        p.checked_text(MOVE_ON, None, &|_| Ok(()))?;
        record.set_time(part.stage, seconds(clock.now() - shown));
    }
    Ok(())
}

/// The 'what if' cards, one at a time; their times add up to the stage's.
fn cards(
    p: &mut dyn Prompter,
    cards: &[Card],
    clock: &mut dyn Clock,
    record: &mut Record,
) -> Result<()> {
    if cards.is_empty() {
        p.note(NO_CARDS);
        return Ok(());
    }
    let mut total = 0;
    for (i, card) in cards.iter().enumerate() {
        let shown = clock.now();
        p.note(&format!("\n{}", card.title(i + 1, cards.len())));
        for line in card.front() {
            p.note(&line);
        }
        p.long_text(ANSWER, "Answer as you would in the room.", None, &|t| {
            parse_input(&Kind::LongText, t)
                .map(|_| ())
                .map_err(|why| super::input::doesnt_fit(&why))
        })?;
        for line in card.back() {
            p.note(&line);
        }
        let again = p.confirm(AGAIN, false)?;
        total += seconds(clock.now() - shown);
        record.set_time(Stage::WhatIf, total);
        record.shown.push(card.id.clone());
        if again {
            record.again.push(card.id.clone());
        }
    }
    Ok(())
}

fn seconds(d: Duration) -> u64 {
    d.as_secs()
}

fn clock_of(d: Duration) -> String {
    clock(seconds(d))
}

fn capital(text: &str) -> String {
    crate::dates::wording::capitalised(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::replay::{Replay, Reply};
    use crate::planfile::typed::Plan;

    /// A clock that moves on 30 seconds each time it is read.
    struct Ticking(u64);

    impl Clock for Ticking {
        fn now(&mut self) -> Duration {
            self.0 += 30;
            Duration::from_secs(self.0)
        }
    }

    fn script() -> Script {
        let plan: Plan = toml::from_str(
            "[meeting]\nduration_minutes = 30\n\
             [mindset]\nderailers = \"Talking too much\"\nleanings = [\"triggered\"]\n\
             [open]\nmutual_purpose = \"Dates we can both rely on\"\n\
             [[safety.contrasting]]\ndont = \"blame you\"\ndo = \"need the dates\"\n",
        )
        .unwrap();
        Script::of(&plan)
    }

    fn text(t: &str) -> Reply {
        Reply::Text(t.into())
    }

    #[test]
    fn a_full_run_times_each_stage_and_keeps_the_marked_cards() {
        let s = script();
        let mut p = Replay::new([
            text(""),
            text(""),
            text("I'd stop and ask a question"),
            Reply::No,
            text(""),
            Reply::Yes,
            text(""),
            text(""),
        ]);
        let mut record = Record::default();
        rehearse(&mut p, &s, None, &mut Ticking(0), &mut record).unwrap();
        assert_eq!(p.remaining(), 0);
        assert_eq!(
            record.times,
            [
                (Stage::Open, 30),
                (Stage::Explore, 30),
                (Stage::WhatIf, 60),
                (Stage::Summarize, 30),
                (Stage::WrapUp, 30)
            ]
        );
        assert_eq!(record.shown, ["Talking too much", "triggered"]);
        assert_eq!(record.again, ["triggered"]);
        let t = p.transcript.join("\n");
        assert!(t.contains("# Open (1/5)"), "{t}");
        assert!(t.contains("About 3 of 30 minutes · 0:30 so far"), "{t}");
        assert!(
            t.contains("Say why you are meeting: Dates we can both rely on"),
            "{t}"
        );
        assert!(t.contains("They raise their voice"), "{t}");
        assert!(t.contains("Your do line: I do need the dates"), "{t}");
        // The reminder is shown after the answer, not before.
        let answer = t.find(ANSWER).unwrap();
        assert!(t.find("Reminder:").unwrap() > answer, "{t}");
    }

    #[test]
    fn again_runs_only_the_cards_given() {
        let s = script();
        let only = s.marked(&["triggered".into()]);
        let mut p = Replay::new([text("Breathe first"), Reply::No]);
        let mut record = Record::default();
        rehearse(&mut p, &s, Some(&only), &mut Ticking(0), &mut record).unwrap();
        assert_eq!(record.times, [(Stage::WhatIf, 30)]);
        assert_eq!(record.shown, ["triggered"]);
        assert!(record.again.is_empty());
        let t = p.transcript.join("\n");
        assert!(t.contains("# What if (1/1)"), "{t}");
        assert!(!t.contains("Talking too much"), "{t}");
    }

    #[test]
    fn ctrl_c_keeps_what_came_before_it() {
        let s = script();
        let mut p = Replay::new([text(""), text(""), text("x"), Reply::Yes, Reply::CtrlC]);
        let mut record = Record::default();
        let err = rehearse(&mut p, &s, None, &mut Ticking(0), &mut record).unwrap_err();
        assert_eq!(err.exit_code(), 130);
        assert_eq!(record.times.len(), 3);
        assert_eq!(record.again, ["Talking too much"]);
        assert_eq!(record.shown, ["Talking too much"]);
    }
}
