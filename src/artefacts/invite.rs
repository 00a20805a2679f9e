//! The iCalendar file: built from the shareable part of a plan only.

use super::shareable::Shareable;
use crate::dates::wording::when_in_words;
use crate::dates::{self, Wall};
use crate::error::{Error, Result};
use crate::questions::choices::ActionState;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property, Todo, TodoStatus, ValueType};
use toml_edit::Datetime;

/// How long a meeting with no length booked is put in the calendar for.
const DEFAULT_MINUTES: i64 = 30;

/// A whole-day event: DTEND is the next day, since the end is exclusive (RFC 5545).
fn all_day(event: &mut Event, day: NaiveDate, what: &str) -> Result<()> {
    let end = day.succ_opt().filter(|d| dates::YEARS.contains(&d.year()));
    let end = end.ok_or_else(|| too_late(what, &day.format("%A %-d %B %Y").to_string()))?;
    event.starts(day).ends(end);
    Ok(())
}

/// The error for an event that would end past the last year a calendar
/// file (and a plan) can hold.
fn too_late(what: &str, when: &str) -> Error {
    Error::failed(
        format!(
            "the {what} on {when} would end after the year {}, which a calendar file cannot hold",
            dates::YEARS.end()
        ),
        "give it an earlier date in the plan",
    )
}

/// The instant of a wall-clock time in the planner's time zone (chrono's
/// `Local`, which honours `TZ`), so the invite says 10:00 London and not a
/// floating 10:00 that each reader takes as their own. A time the clocks
/// repeat or skip is the moment [`dates::here`] says, the one the brief
/// says in words. `None` when the instant falls outside the years a
/// calendar file can hold.
fn utc_of(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let instant = dates::here(local)?.moment().with_timezone(&Utc);
    Some(instant).filter(|t| dates::YEARS.contains(&t.year()))
}

/// The error for a meeting time whose instant is outside the years a
/// calendar file can hold (the first hours of year 1 east of Greenwich).
fn out_of_range(when: &str) -> Error {
    Error::failed(
        format!("the meeting time {when} cannot be written in a calendar file"),
        "give it a date between the years 1 and 9999 in the plan",
    )
}

/// A text property (RFC 5545 section 3.3.11), the one way text reaches the
/// file. Control characters are dropped (a tab becomes a space), and
/// backslash, comma, semicolon and newline are escaped as `\\`, `\,`, `\;`
/// and `\n`, so no answer can end the line and start a property or a
/// component of its own. The icalendar crate escapes the properties it
/// knows as text and folds every line at 75 octets; for the others (such
/// as NAME) it writes the value raw, so those are escaped here.
fn text(key: &str, value: &str) -> Property {
    let clean: String = value
        .chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    let property = Property::new(key, &clean);
    if property.value_type() == Some(ValueType::Text) {
        return property;
    }
    let mut escaped = String::with_capacity(clean.len() + 8);
    for c in clean.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ',' => escaped.push_str("\\,"),
            ';' => escaped.push_str("\\;"),
            '\n' => escaped.push_str("\\n"),
            c => escaped.push(c),
        }
    }
    Property::new(key, escaped)
}

/// Build the calendar: the meeting, the next check-in, and the agreed actions as to-dos.
///
/// `id` makes the UIDs stable across runs (so calendars update rather than
/// duplicate); `updated` is the plan's last change, used as every DTSTAMP so
/// the same plan always gives the same file.
pub fn calendar(shared: &Shareable, id: &str, updated: Option<&Datetime>) -> Result<Calendar> {
    let Some(when) = shared.meeting.when.as_ref() else {
        return Err(Error::failed(
            "the plan has no meeting time",
            "add one with --set meeting.when=\"2026-11-28 14:00\" (plan new PLAN --resume --no-input), or edit [meeting] when",
        ));
    };
    let when = &held_when(when, shared.outcome.held_on.as_ref());
    let stamp = updated.and_then(dates::instant_of).unwrap_or_else(Utc::now);
    let title = shared.title();
    let mut cal = Calendar::empty();
    for (key, value) in [
        ("VERSION", "2.0"),
        (
            "PRODID",
            concat!("-//plan//plan ", env!("CARGO_PKG_VERSION"), "//EN"),
        ),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        cal.append_property(icalendar::Property::new(key, value));
    }
    cal.append_property(text("NAME", &title));
    cal.append_property(text("X-WR-CALNAME", &title));
    cal.push(meeting(shared, when, id, stamp, &title)?);
    if let Some(day) = shared
        .outcome
        .next_check_in
        .as_ref()
        .and_then(|d| dates::date_of(d).ok())
    {
        let mut check_in = Event::new();
        check_in
            .append_property(text("UID", &format!("{id}-check-in@plan")))
            .timestamp(stamp)
            .append_property(text("SUMMARY", &format!("Check-in: {title}")));
        all_day(&mut check_in, day, "check-in")?;
        cal.push(check_in.done());
    }
    for (i, action) in shared.outcome.actions.iter().enumerate() {
        let mut todo = Todo::new();
        todo.append_property(text("UID", &format!("{id}-action-{}@plan", i + 1)))
            .timestamp(stamp)
            .append_property(text("SUMMARY", &action.what))
            .append_property(text("DESCRIPTION", &format!("Owner: {}", action.owner)));
        if let Some(day) = action.due.as_ref().and_then(|d| dates::date_of(d).ok()) {
            todo.due(day);
        }
        // What a check-in recorded: done is completed, dropped is cancelled.
        todo.status(match action.state() {
            ActionState::Done => TodoStatus::Completed,
            ActionState::Dropped => TodoStatus::Cancelled,
            ActionState::Open => TodoStatus::NeedsAction,
        });
        cal.push(todo.done());
    }
    Ok(cal.done())
}

/// What the invite holds when the meeting's time is one the clocks repeat
/// or skip here, in the brief's words ("the invite is for Sunday 29 March
/// 2026, 02:30 UTC+1 (01:30 does not exist that day: …)"); `None` for any
/// other time.
pub fn clock_change_note(shared: &Shareable) -> Option<String> {
    let planned = shared.meeting.when.as_ref()?;
    let when = held_when(planned, shared.outcome.held_on.as_ref());
    match dates::here(dates::datetime_of(&when)?)? {
        Wall::Once(_) => None,
        Wall::Twice { .. } | Wall::Skipped { .. } => {
            Some(format!("the invite is for {}", when_in_words(&when)))
        }
    }
}

/// When the meeting was: on the day it was held (when recorded), at the
/// planned time of day.
fn held_when(planned: &Datetime, held_on: Option<&Datetime>) -> Datetime {
    match held_on.filter(|h| dates::date_of(h).is_ok()) {
        Some(held) => Datetime {
            date: held.date,
            ..*planned
        },
        None => *planned,
    }
}

/// The meeting itself: timed when the plan has a time, else all day.
fn meeting(
    shared: &Shareable,
    when: &Datetime,
    id: &str,
    stamp: DateTime<Utc>,
    title: &str,
) -> Result<Event> {
    let mut meeting = Event::new();
    meeting
        .append_property(text("UID", &format!("{id}-meeting@plan")))
        .timestamp(stamp)
        .append_property(text("SUMMARY", title));
    let day = dates::date_of(when)
        .map_err(|p| Error::plain(format!("the meeting date {when} cannot be used: {p}")))?;
    match dates::datetime_of(when) {
        Some(local) => {
            let start = utc_of(local).ok_or_else(|| out_of_range(&when_in_words(when)))?;
            let minutes = shared.meeting.duration_minutes.unwrap_or(DEFAULT_MINUTES);
            let end = chrono::Duration::try_minutes(minutes)
                .and_then(|length| start.checked_add_signed(length))
                .filter(|end| dates::YEARS.contains(&end.year()))
                .ok_or_else(|| too_late("meeting", &when_in_words(when)))?;
            meeting.starts(start).ends(end);
        }
        None => all_day(&mut meeting, day, "meeting")?,
    }
    let given = |s: &Option<String>| s.clone().filter(|p| !p.trim().is_empty());
    if let Some(place) = given(&shared.meeting.place) {
        meeting.append_property(text("LOCATION", &place));
    }
    if let Some(purpose) = given(&shared.mutual_purpose) {
        meeting.append_property(text("DESCRIPTION", &purpose));
    }
    Ok(meeting.done())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(key: &str, value: &str) -> String {
        let mut cal = Calendar::empty();
        cal.append_property(text(key, value));
        let out = cal.to_string();
        let start = out.find(&format!("\r\n{key}")).unwrap() + 2;
        let end = out[start..].find("\r\nEND:").unwrap() + start;
        out[start..end].to_string()
    }

    #[test]
    fn text_drops_control_characters_and_escapes_known_and_unknown_keys_alike() {
        let value = "a\u{1b}[31m,b;c\\d\r\ne\0f\tg\u{9b}";
        let want = r"a[31m\,b\;c\\d\nef g";
        for key in ["SUMMARY", "NAME", "X-WR-CALNAME"] {
            assert_eq!(line(key, value), format!("{key}:{want}"));
        }
    }
}
