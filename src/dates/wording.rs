//! Dates, counts and ordinals in words, for people to read.

use crate::dates::{self, Change, Wall};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike};
use toml_edit::Datetime;

/// A TOML date or date-time in words: "Saturday 28 November 2026, 10:00".
/// A time the clocks repeat or skip here says which moment it is (see
/// [`wall_in_words`]).
pub fn when_in_words(d: &Datetime) -> String {
    let Ok(day) = dates::date_of(d) else {
        return d.to_string();
    };
    match dates::time_of(d) {
        Ok(Some(t)) => wall_in_words(NaiveDateTime::new(day, t)),
        Ok(None) => day.format("%A %-d %B %Y").to_string(),
        Err(_) => d.to_string(),
    }
}

/// A wall-clock time in words, as the local time zone reads it: as it is
/// when it happens once; with its offset, "the first of the two", when the
/// clocks go back over it; and when they go forward over it, as the time
/// they show then, with the reason.
fn wall_in_words(wall: NaiveDateTime) -> String {
    let day = |t: NaiveDateTime| t.format("%A %-d %B %Y").to_string();
    match dates::here(wall) {
        Some(Wall::Twice { first, change }) => format!(
            "{}, {}, the first of the two ({})",
            day(wall),
            moment_in_words(&first),
            clocks(&change, wall.date())
        ),
        Some(Wall::Skipped { used, change }) => format!(
            "{}, {} ({} does not exist that day: {})",
            day(used.naive_local()),
            moment_in_words(&used),
            clock(wall, used.date_naive()),
            clocks(&change, used.date_naive())
        ),
        Some(Wall::Once(_)) | None => format!("{}, {}", day(wall), wall.format("%H:%M")),
    }
}

/// A moment as its local time and offset: "02:30 UTC+1".
pub fn moment_in_words(t: &DateTime<FixedOffset>) -> String {
    format!("{} {}", t.format("%H:%M"), offset_in_words(t.offset()))
}

/// Why a wall-clock time the clocks skip cannot be: "01:30 does not exist
/// on 29 March 2026 here: the clocks go forward from 01:00 to 02:00".
pub fn does_not_exist(wall: NaiveDateTime, change: &Change) -> String {
    format!(
        "{} does not exist on {} here: {}",
        clock(wall, wall.date()),
        wall.format("%-d %B %Y"),
        clocks(change, wall.date())
    )
}

/// The times to give instead of one a change skips: "a time before 01:00
/// or from 02:00".
pub fn instead(change: &Change) -> String {
    let day = change.from.date();
    format!(
        "a time before {} or from {}",
        clock(change.from, day),
        clock(change.to, day)
    )
}

/// A change of the clocks in words: "the clocks go forward from 01:00 to
/// 02:00", "the clocks go back from 02:00 to 01:00".
fn clocks(change: &Change, day: NaiveDate) -> String {
    let way = if change.forward() { "forward" } else { "back" };
    format!(
        "the clocks go {way} from {} to {}",
        clock(change.from, day),
        clock(change.to, day)
    )
}

/// A time of day: "01:30", with its seconds when it has some, and with its
/// day when that is not `day` ("00:00 on 31 December 2011").
fn clock(t: NaiveDateTime, day: NaiveDate) -> String {
    let time = if t.second() == 0 {
        t.format("%H:%M").to_string()
    } else {
        t.format("%H:%M:%S").to_string()
    };
    if t.date() == day {
        time
    } else {
        format!("{time} on {}", t.format("%-d %B %Y"))
    }
}

/// An offset from UTC in words: "UTC+1", "UTC-4", "UTC+5:30", "UTC+0".
pub fn offset_in_words(offset: &FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let (hours, minutes) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
    if minutes == 0 {
        format!("UTC{sign}{hours}")
    } else {
        format!("UTC{sign}{hours}:{minutes:02}")
    }
}

/// A TOML date in short words: "7 Nov 2026".
pub fn date_in_words(d: &Datetime) -> String {
    dates::date_of(d).map_or_else(|_| d.to_string(), |day| day.format("%-d %b %Y").to_string())
}

/// A day as a person names it in a sentence, the year only when it is not
/// the year of `today`: "3 December", "28 December 2025".
pub fn day_in_words(day: NaiveDate, today: NaiveDate) -> String {
    if day.year() == today.year() {
        day.format("%-d %B").to_string()
    } else {
        day.format("%-d %B %Y").to_string()
    }
}

/// A day with its weekday, the year only when it is not the year of
/// `reference`: "Monday 7 December", "Friday 1 January 2027".
pub fn weekday_in_words(day: NaiveDate, reference: NaiveDate) -> String {
    format!("{} {}", day.format("%A"), day_in_words(day, reference))
}

/// A day in short words, the year only when it is not the year of
/// `reference`: "6 Nov", "28 Dec 2025".
pub fn short_day_in_words(day: NaiveDate, reference: NaiveDate) -> String {
    if day.year() == reference.year() {
        day.format("%-d %b").to_string()
    } else {
        day.format("%-d %b %Y").to_string()
    }
}

/// A number of things, the noun in the singular for one: `count(1, "facts")`
/// is "1 fact", `count(2, "facts")` is "2 facts". `plural` is the noun as
/// the catalogue names a list's entries.
pub fn count(n: usize, plural: &str) -> String {
    if n == 1 {
        format!("1 {}", singular(plural))
    } else {
        format!("{n} {plural}")
    }
}

/// One of a plural noun: "facts" → "fact", "don't/do pairs" → "don't/do
/// pair", "entries" → "entry", "check-ins" → "check-in".
pub fn singular(plural: &str) -> String {
    if let Some(stem) = plural.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = plural.strip_suffix("sses") {
        format!("{stem}ss")
    } else if let Some(stem) = plural.strip_suffix('s') {
        stem.to_string()
    } else {
        plural.to_string()
    }
}

/// Text with a capital first letter: "hands a review back" → "Hands a
/// review back".
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// An ordinal in figures: "1st", "2nd", "3rd", "4th", "11th", "22nd".
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words() {
        let d: Datetime = "2026-11-28T10:00:00".parse().unwrap();
        assert_eq!(when_in_words(&d), "Saturday 28 November 2026, 10:00");
        let d: Datetime = "2026-11-07".parse().unwrap();
        assert_eq!(when_in_words(&d), "Saturday 7 November 2026");
        assert_eq!(date_in_words(&d), "7 Nov 2026");
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            day_in_words(day(2026, 12, 3), day(2026, 11, 1)),
            "3 December"
        );
        assert_eq!(
            day_in_words(day(2025, 12, 28), day(2026, 1, 2)),
            "28 December 2025"
        );
        assert_eq!(
            weekday_in_words(day(2026, 12, 7), day(2026, 11, 27)),
            "Monday 7 December"
        );
        assert_eq!(
            weekday_in_words(day(2027, 1, 1), day(2026, 12, 18)),
            "Friday 1 January 2027"
        );
        assert_eq!(
            short_day_in_words(day(2026, 11, 6), day(2026, 11, 27)),
            "6 Nov"
        );
        assert_eq!(
            short_day_in_words(day(2025, 12, 28), day(2026, 1, 2)),
            "28 Dec 2025"
        );
    }

    #[test]
    fn clock_changes_in_words() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap();
        let forward = Change {
            from: at("2026-03-29 01:00:00"),
            to: at("2026-03-29 02:00:00"),
        };
        assert_eq!(
            does_not_exist(at("2026-03-29 01:30:00"), &forward),
            "01:30 does not exist on 29 March 2026 here: the clocks go forward from 01:00 to 02:00"
        );
        assert_eq!(instead(&forward), "a time before 01:00 or from 02:00");
        // A whole day skipped (Samoa, 2011), and a change to the second.
        let samoa = Change {
            from: at("2011-12-30 00:00:00"),
            to: at("2011-12-31 00:00:00"),
        };
        assert_eq!(
            does_not_exist(at("2011-12-30 12:00:15"), &samoa),
            "12:00:15 does not exist on 30 December 2011 here: the clocks go forward from 00:00 to 00:00 on 31 December 2011"
        );
        let east = |secs| FixedOffset::east_opt(secs).unwrap();
        let offsets: Vec<String> = [0, 3600, -4 * 3600, 5 * 3600 + 1800, 11 * 3600, -9000]
            .into_iter()
            .map(|s| offset_in_words(&east(s)))
            .collect();
        assert_eq!(
            offsets,
            ["UTC+0", "UTC+1", "UTC-4", "UTC+5:30", "UTC+11", "UTC-2:30"]
        );
    }

    #[test]
    fn counts_and_ordinals_in_words() {
        assert_eq!(count(1, "facts"), "1 fact");
        assert_eq!(count(0, "facts"), "0 facts");
        assert_eq!(count(3, "questions"), "3 questions");
        assert_eq!(count(1, "don't/do pairs"), "1 don't/do pair");
        assert_eq!(count(1, "entries"), "1 entry");
        assert_eq!(count(1, "check-ins"), "1 check-in");
        assert_eq!(count(1, "behaviours"), "1 behaviour");
        let firsts: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            firsts,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th"
            ]
        );
    }
}
