//! One question of the plan: where its prompt starts (the current answer,
//! today, their first name, the planned answer), how its kind is asked, and
//! the offer to move a meeting that has too little time booked.

use super::drafts::offer_drafts;
use super::input::scalar;
use super::lists::{
    ask_bank, ask_records, edit_list, list_loop, planned_entries, start_from_planned,
};
use super::stored::{shown, strings};
use super::{EDIT_COMMAND, Prompter, Saver};
use crate::check::planned;
use crate::dates::wording;
use crate::error::Result;
use crate::planfile::EditablePlan;
use crate::questions::catalogue::{Coach, Initial, Kind, Question};
use toml_edit::Item;

/// Ask one question, starting from the current answer when `edit` (a list
/// is then shown whole, and each entry can be kept, changed, deleted or moved).
pub fn ask_question(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    edit: bool,
    save: &mut Saver<'_>,
) -> Result<()> {
    // A record typed part way when the questions were interrupted comes first.
    offer_drafts(p, doc, q, save)?;
    // Agreed actions not recorded yet start from the planned ones, when
    // revising too; anything else open-ended goes to the list editor.
    let from_plan = matches!(q.kind, Kind::Records(_)) && planned_entries(doc, q).is_some();
    if edit && q.kind.is_open_ended() && !from_plan {
        p.note(q.help);
        return edit_list(p, doc, q, save);
    }
    let initial = initial_text(p, doc, q, edit);
    // Revising is not completing: a required question with no answer yet
    // may be passed by with an empty answer, and stays unanswered.
    let may_pass = edit && q.min > 0 && !doc.complete(q);
    ask(p, doc, q, initial.as_deref(), may_pass, save)
}

/// Said when an empty answer leaves a required question unanswered in edit mode.
const LEFT_UNANSWERED: &str = "Left unanswered for now; it is asked again when you carry on.";

/// The text a prompt starts from: the current answer when editing, else the
/// question's own starting point (today, or another answer to confirm).
/// Words offered for the other person (what was discussed, from the facts;
/// the planned expectation) come with notes on what was left out or left
/// as written, shown before the prompt.
fn initial_text(
    p: &mut dyn Prompter,
    doc: &EditablePlan,
    q: &Question,
    edit: bool,
) -> Option<String> {
    // An empty greeting means the first name, so that is what it starts from.
    let current = doc
        .get(q.id)
        .and_then(shown)
        .filter(|s| q.id != GREETING || !s.trim().is_empty());
    if edit && let Some(current) = current {
        return Some(current);
    }
    match q.initial {
        _ if q.id == GREETING => first_name(doc),
        _ if q.id == ENOUGH_TIME => enough_for(booked_minutes(doc)).map(|b| b.to_string()),
        Initial::Empty => None,
        Initial::Today => {
            if let Some(note) = planned_day_note(doc) {
                p.note(&note);
            }
            Some(crate::dates::today().to_string())
        }
        // What was planned, written to the other person where they read it.
        Initial::From(_) => {
            let planned = planned::answer(doc, q);
            for note in &planned.notes {
                p.note(note);
            }
            planned.item.as_ref().and_then(shown)
        }
    }
    .filter(|s| !s.is_empty())
}

/// Ask `q` by its kind, its prompt starting from `initial`, and save the
/// answer; `may_pass` lets an empty answer leave a required one unanswered.
fn ask(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    q: &Question,
    initial: Option<&str>,
    may_pass: bool,
    save: &mut Saver<'_>,
) -> Result<()> {
    match q.kind {
        // A record's fields have their own prompts: the question comes first.
        Kind::Records(_) => p.note(&format!("{}\n{}", q.prompt, q.help)),
        Kind::LongText => p.note(&format!(
            "{} (Type {EDIT_COMMAND} to write it in your editor.)",
            q.help
        )),
        _ => p.note(q.help),
    }
    match q.kind {
        Kind::List => {
            let existing = strings(doc.get(q.id));
            list_loop(p, doc, q, existing, q.prompt, save)
        }
        Kind::Bank(bank) => ask_bank(p, doc, q, bank, save),
        Kind::Records(fields) => match planned_entries(doc, q) {
            Some(planned) => start_from_planned(p, doc, q, fields, &planned, save),
            None => ask_records(p, doc, q, fields, save),
        },
        _ => {
            let checked = checked_now(doc, q);
            let required = q.min > 0 && !may_pass;
            let asked = (q.prompt, q.help);
            let item = scalar(p, &q.kind, asked, q.coach, required, initial, &checked)?;
            let blank = item
                .as_ref()
                .is_none_or(|i| i.as_str().is_some_and(|s| s.trim().is_empty()));
            if may_pass && blank {
                p.note(LEFT_UNANSWERED);
                return Ok(());
            }
            if let Some(item) = item {
                let short_of_time = q.id == ENOUGH_TIME && item.as_bool() == Some(false);
                doc.set(q.id, item);
                save(doc)?;
                if short_of_time {
                    offer_to_move(p, doc, save)?;
                }
            }
            Ok(())
        }
    }
}

/// Which options of a multiple choice are ticked in the plan now.
fn checked_now(doc: &EditablePlan, q: &Question) -> Vec<bool> {
    let Kind::MultiChoice(opts) = q.kind else {
        return Vec::new();
    };
    let now = strings(doc.get(q.id));
    opts.iter()
        .map(|o| now.iter().any(|v| v == o.value))
        .collect()
}

/// The question whose "no" is followed by the offer to move the meeting.
pub(super) const ENOUGH_TIME: &str = "prepare.enough_time";

/// The question of how they are addressed, which starts from their first name.
const GREETING: &str = "meeting.greeting";

/// The length of the meeting, in minutes.
pub(super) const DURATION: &str = "meeting.duration_minutes";

/// The fewest minutes that are enough for a full conversation: below it,
/// `plan check` warns that too little time is booked (a test keeps the two
/// in step), and "Is there enough time booked?" starts from no.
pub const ENOUGH_MINUTES: i64 = 30;

/// Whether `minutes` booked are enough; `None` when nothing is booked.
pub fn enough_for(minutes: Option<i64>) -> Option<bool> {
    minutes.map(|m| m >= ENOUGH_MINUTES)
}

fn booked_minutes(doc: &EditablePlan) -> Option<i64> {
    doc.get(DURATION).and_then(Item::as_integer)
}

/// The first word of their name: what the follow-up calls them when no
/// greeting is given (`Shareable::greeting`), so Enter keeps what it would say.
fn first_name(doc: &EditablePlan) -> Option<String> {
    doc.get("meeting.with")
        .and_then(Item::as_str)?
        .split_whitespace()
        .next()
        .map(str::to_string)
}

/// A word on the day the meeting was planned for, when it is not today,
/// said before the day it took place is asked (which starts from today).
fn planned_day_note(doc: &EditablePlan) -> Option<String> {
    use crate::dates;
    let planned = doc.get("meeting.when")?.as_datetime()?;
    let day = dates::date_of(planned).ok()?;
    let when = wording::when_in_words(planned);
    let today = dates::today();
    if day > today {
        Some(format!(
            "Planned for {when}; it took place early, so today is filled in."
        ))
    } else if day < today {
        Some(format!(
            "Planned for {when}; if it took place then, type {day}."
        ))
    } else {
        None
    }
}

/// Not enough time is booked: offer to move the meeting to a new time (and
/// count the time as enough once they say it is), or keep it as it is, which
/// the brief then warns about at the top.
fn offer_to_move(p: &mut dyn Prompter, doc: &mut EditablePlan, save: &mut Saver<'_>) -> Result<()> {
    let pick = p.select(
        "Would you like to move the meeting?",
        &[
            "Move it to a time with room enough",
            "Keep it as booked for now",
        ],
        0,
    )?;
    if pick == 1 {
        p.note("Kept. Your brief will remind you to postpone or book more time.");
        return Ok(());
    }
    let when = scalar(
        p,
        &Kind::When,
        (
            "When will you meet instead?",
            "A day and time, as you would say it: next Tuesday 10am, 3 Dec 14:00.",
        ),
        Coach::No,
        true,
        None,
        &[],
    )?;
    if let Some(when) = when {
        doc.set("meeting.when", when);
        save(doc)?;
    }
    // A new slot often has a new length: asked from the current one.
    let length = crate::questions::catalogue::find(DURATION).expect("in the catalogue");
    let now = booked_minutes(doc).map(|m| m.to_string());
    let minutes = scalar(
        p,
        &length.kind,
        (length.prompt, length.help),
        Coach::No,
        false,
        now.as_deref(),
        &[],
    )?;
    if let Some(minutes) = minutes {
        doc.set(DURATION, minutes);
        save(doc)?;
    }
    let enough = enough_for(booked_minutes(doc)).unwrap_or(true);
    if p.confirm("Is there enough time booked now?", enough)? {
        doc.set(ENOUGH_TIME, toml_edit::value(true));
        save(doc)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::replay::{Replay as Script, Reply};
    use crate::questions::catalogue;

    fn t(s: &str) -> Reply {
        Reply::Text(s.into())
    }

    /// In edit mode an empty answer to a required question that has no
    /// answer yet moves on, saying so, and leaves it unanswered; one that
    /// has an answer still needs one.
    #[test]
    fn editing_may_pass_a_required_question_never_answered() {
        let when = catalogue::find("meeting.when").unwrap();
        assert!(when.min > 0, "meeting.when is required");
        let mut doc = EditablePlan::new_plan();
        doc.set("meeting.with", toml_edit::value("Ana"));
        let before = doc.to_toml();
        let mut script = Script::new([t("")]);
        ask_question(&mut script, &mut doc, when, true, &mut |_| Ok(())).unwrap();
        assert_eq!(script.remaining(), 0);
        assert!(
            script
                .transcript
                .iter()
                .any(|l| l.contains("Left unanswered")),
            "{:?}",
            script.transcript
        );
        assert!(
            !script
                .transcript
                .iter()
                .any(|l| l.contains("needs an answer"))
        );
        assert_eq!(doc.to_toml(), before);
        // Not when editing a question already answered, nor when completing.
        let with = catalogue::find("meeting.with").unwrap();
        let mut script = Script::new([t(""), t("Bea")]);
        ask_question(&mut script, &mut doc, with, true, &mut |_| Ok(())).unwrap();
        assert!(
            script
                .transcript
                .iter()
                .any(|l| l.contains("needs an answer"))
        );
        assert_eq!(doc.get("meeting.with").and_then(Item::as_str), Some("Bea"));
        let mut script = Script::new([t(""), t("2026-12-01 10:00")]);
        ask_question(&mut script, &mut doc, when, false, &mut |_| Ok(())).unwrap();
        assert!(
            script
                .transcript
                .iter()
                .any(|l| l.contains("needs an answer"))
        );
        assert!(doc.answered("meeting.when"));
    }

    /// The greeting offered is the one the follow-up uses when none is given.
    #[test]
    fn the_greeting_offered_is_the_follow_ups() {
        for with in ["Daniel Okoro", "  Ana  ", "Dr Amara Lee", "Marta"] {
            let mut doc = EditablePlan::new_plan();
            doc.set("meeting.with", toml_edit::value(with));
            let shared = crate::artefacts::shareable::Shareable::from_plan(doc.typed().unwrap());
            assert_eq!(first_name(&doc), shared.greeting(), "{with}");
        }
    }

    /// The default follows `plan check`: no warning of too little time
    /// exactly when the minutes are enough.
    #[test]
    fn enough_minutes_agree_with_plan_check() {
        for minutes in [1, 15, 29, 30, 31, 45, 90] {
            let mut doc = EditablePlan::new_plan();
            doc.set(DURATION, toml_edit::value(minutes));
            let plan = doc.typed().unwrap();
            let warned = crate::check::findings::preparation(&plan)
                .iter()
                .any(|f| f.key == DURATION);
            assert_eq!(
                enough_for(Some(minutes)),
                Some(!warned),
                "{minutes} minutes"
            );
        }
    }
}
