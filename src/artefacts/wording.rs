//! Dates, counts and ordinals in words, for people to read.

use crate::planfile::dates;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use toml_edit::Datetime;

/// A TOML date or date-time in words: "Saturday 28 November 2026, 10:00".
pub fn when_in_words(d: &Datetime) -> String {
    let Ok(day) = dates::date_of(d) else {
        return d.to_string();
    };
    match dates::time_of(d) {
        Ok(Some(t)) => NaiveDateTime::new(day, t)
            .format("%A %-d %B %Y, %H:%M")
            .to_string(),
        Ok(None) => day.format("%A %-d %B %Y").to_string(),
        Err(_) => d.to_string(),
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
