//! Dates in words, for people to read.

use crate::planfile::dates;
use chrono::NaiveDateTime;
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
    }
}
