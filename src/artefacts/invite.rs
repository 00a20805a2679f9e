//! The iCalendar file: built from the shareable part of a plan only.

use super::shareable::Shareable;
use crate::error::{Error, Result};
use crate::planfile::dates;
use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Todo};
use toml_edit::Datetime;

/// How long a meeting with no length booked is put in the calendar for.
const DEFAULT_MINUTES: i64 = 30;

/// A whole-day event: DTEND is the next day, since the end is exclusive (RFC 5545).
fn all_day(event: &mut Event, day: NaiveDate) {
    event.starts(day).ends(day.succ_opt().unwrap_or(day));
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
    cal.name(&title);
    cal.push(meeting(shared, when, id, stamp, &title)?);
    if let Some(day) = shared
        .outcome
        .next_check_in
        .as_ref()
        .and_then(|d| dates::date_of(d).ok())
    {
        let mut check_in = Event::new();
        check_in
            .uid(&format!("{id}-check-in@plan"))
            .timestamp(stamp)
            .summary(&format!("Check-in: {title}"));
        all_day(&mut check_in, day);
        cal.push(check_in.done());
    }
    for (i, action) in shared.outcome.actions.iter().enumerate() {
        let mut todo = Todo::new();
        todo.uid(&format!("{id}-action-{}@plan", i + 1))
            .timestamp(stamp)
            .summary(&action.what)
            .description(&format!("Owner: {}", action.owner));
        if let Some(day) = action.due.as_ref().and_then(|d| dates::date_of(d).ok()) {
            todo.due(day);
        }
        cal.push(todo.done());
    }
    Ok(cal.done())
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
        .uid(&format!("{id}-meeting@plan"))
        .timestamp(stamp)
        .summary(title);
    let day = dates::date_of(when)
        .map_err(|p| Error::plain(format!("the meeting date {when} cannot be used: {p}")))?;
    match dates::datetime_of(when) {
        Some(start) => {
            let minutes = shared.meeting.duration_minutes.unwrap_or(DEFAULT_MINUTES);
            meeting
                .starts(start)
                .ends(start + chrono::Duration::minutes(minutes));
        }
        None => all_day(&mut meeting, day),
    }
    let given = |s: &Option<String>| s.clone().filter(|p| !p.trim().is_empty());
    if let Some(place) = given(&shared.meeting.place) {
        meeting.location(&place);
    }
    if let Some(purpose) = given(&shared.mutual_purpose) {
        meeting.description(&purpose);
    }
    Ok(meeting.done())
}
