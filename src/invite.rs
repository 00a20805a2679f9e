//! The iCalendar file: built from the shareable part of a plan only.

use crate::followup::Shareable;
use anyhow::{Result, bail};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Todo};
use toml::value::Datetime;

/// How long a meeting with no length booked is put in the calendar for.
const DEFAULT_MINUTES: i64 = 30;

fn naive_date(d: &Datetime) -> Option<NaiveDate> {
    let date = d.date?;
    NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())
}

fn naive_datetime(d: &Datetime) -> Option<NaiveDateTime> {
    let t = d.time?;
    let time =
        NaiveTime::from_hms_opt(t.hour.into(), t.minute.into(), t.second.unwrap_or(0).into())?;
    Some(NaiveDateTime::new(naive_date(d)?, time))
}

/// When the plan was last changed, in UTC: the DTSTAMP of every component,
/// so the same plan always gives the same file.
fn stamp(updated: Option<&Datetime>) -> DateTime<Utc> {
    updated
        .and_then(|d| DateTime::parse_from_rfc3339(&d.to_string()).ok())
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(Utc::now)
}

/// A whole-day event: DTEND is the next day, since the end is exclusive (RFC 5545).
fn all_day(event: &mut Event, day: NaiveDate) {
    event.starts(day).ends(day.succ_opt().unwrap_or(day));
}

/// Build the calendar: the meeting, the next check-in, and the agreed actions as to-dos.
///
/// `id` makes the UIDs stable across runs (so calendars update rather than
/// duplicate); `updated` is the plan's last change.
pub fn calendar(shared: &Shareable, id: &str, updated: Option<&Datetime>) -> Result<Calendar> {
    let Some(when) = shared.meeting.when.as_ref() else {
        bail!(
            "the plan has no meeting time\n  hint: add one with --set meeting.when=\"2026-11-28 14:00\" (plan new PLAN --resume --no-input), or edit [meeting] when"
        );
    };
    let stamp = stamp(updated);
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

    let mut meeting = Event::new();
    meeting
        .uid(&format!("{id}-meeting@plan"))
        .timestamp(stamp)
        .summary(&title);
    match naive_datetime(when) {
        Some(start) => {
            let minutes = shared.meeting.duration_minutes.unwrap_or(DEFAULT_MINUTES);
            meeting
                .starts(start)
                .ends(start + chrono::Duration::minutes(minutes));
        }
        None => {
            if let Some(day) = naive_date(when) {
                all_day(&mut meeting, day);
            }
        }
    }
    if let Some(place) = shared
        .meeting
        .place
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    {
        meeting.location(place);
    }
    if let Some(purpose) = shared
        .mutual_purpose
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    {
        meeting.description(purpose);
    }
    cal.push(meeting.done());

    if let Some(day) = shared.outcome.next_check_in.as_ref().and_then(naive_date) {
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
        if let Some(day) = action.due.as_ref().and_then(naive_date) {
            todo.due(day);
        }
        cal.push(todo.done());
    }
    Ok(cal.done())
}
