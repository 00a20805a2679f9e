//! Dates as people write them: `tomorrow 15:00`, `next Thursday 3pm`,
//! `Thu 15:00`, `12 Nov`, `12 Nov 14:30`, `in 2 weeks`.
//!
//! Only the words people use for a meeting or a deadline are understood;
//! anything else is refused, so a typo never becomes a wrong day. A weekday
//! alone is the next such day from today (today included), and `next`
//! before it skips today. A day and month without a year depends on the
//! question: for a time still to come (the meeting, read with
//! [`parse_ahead`]) it is the next such day from today (today included);
//! for a plain date ([`parse`]: a fact's date, the day a meeting was held)
//! a day within the last 90 days is that recent day, since nobody plans
//! eleven months ahead by day and month alone. "Today" comes from
//! [`crate::dates::today`], which honours `PLAN_TODAY`.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime, Weekday};

/// The forms accepted, for messages and help.
pub const FORMS: &str = "2026-11-28, today, tomorrow, Thu, next Thursday, 12 Nov, in 2 weeks";

/// The same, with times, for questions that take one.
pub const FORMS_WITH_TIME: &str =
    "2026-11-28 14:30, tomorrow 15:00, next Thursday 3pm, Thu 15:00, 12 Nov 14:30, in 2 weeks";

/// A day, and the time of day when one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// The day.
    pub date: NaiveDate,
    /// The time, when one was written.
    pub time: Option<NaiveTime>,
}

/// Read a date (and perhaps a time) written in words, counting from `today`;
/// a day and month within the last 90 days is that recent day. `None` when
/// the text is not one of the forms understood.
pub fn parse(text: &str, today: NaiveDate) -> Option<Moment> {
    parse_with(text, today, false)
}

/// The same for a time still to come (the meeting): a day and month is the
/// next such day from today.
pub fn parse_ahead(text: &str, today: NaiveDate) -> Option<Moment> {
    parse_with(text, today, true)
}

fn parse_with(text: &str, today: NaiveDate, ahead: bool) -> Option<Moment> {
    let lower = text.trim().to_lowercase().replace(',', " ");
    let mut words: Vec<String> = Vec::new();
    for w in lower.split_whitespace() {
        // "3 pm" is one time: join the suffix to its number.
        if matches!(w, "am" | "pm" | "a.m." | "p.m.")
            && let Some(last) = words.last_mut()
            && last
                .chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        {
            last.push_str(&w.replace('.', ""));
            continue;
        }
        if matches!(w, "at" | "on") {
            continue;
        }
        words.push(w.to_string());
    }
    if words.is_empty() {
        return None;
    }
    // A time may come last ("tomorrow 15:00") or first ("3pm tomorrow").
    let (time, rest) = if let Some(t) = words.last().and_then(|w| time_of(w)) {
        (Some(t), &words[..words.len() - 1])
    } else if let Some(t) = time_of(&words[0]) {
        (Some(t), &words[1..])
    } else {
        (None, &words[..])
    };
    let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
    let date = date_of(&rest, today, ahead)?;
    Some(Moment { date, time })
}

/// The day named by the words left once a time is taken out.
fn date_of(words: &[&str], today: NaiveDate, ahead: bool) -> Option<NaiveDate> {
    match words {
        ["today"] => Some(today),
        ["tomorrow"] => today.succ_opt(),
        [day] if weekday(day).is_some() => Some(next_weekday(today, weekday(day)?, false)),
        ["next" | "this", day] if weekday(day).is_some() => {
            Some(next_weekday(today, weekday(day)?, words[0] == "next"))
        }
        ["in", n, unit] => later(today, count(n)?, unit),
        [day, month] | [month, day] if month_of(month).is_some() => {
            day_in_year(today, month_of(month)?, day_number(day)?, ahead)
        }
        [day, month, year] | [month, day, year] if month_of(month).is_some() => {
            let year: i32 = year.parse().ok().filter(|y| (1000..=9999).contains(y))?;
            NaiveDate::from_ymd_opt(year, month_of(month)?, day_number(day)?)
        }
        // "Thu 12 Nov": the weekday is read as a check on the day.
        [wd, a, b] if weekday(wd).is_some() => {
            let d = date_of(&[a, b], today, ahead)?;
            (d.weekday() == weekday(wd)?).then_some(d)
        }
        _ => None,
    }
}

/// A number of days, weeks or months after today.
fn later(today: NaiveDate, n: u32, unit: &str) -> Option<NaiveDate> {
    match unit {
        "day" | "days" => today.checked_add_days(Days::new(n.into())),
        "week" | "weeks" => today.checked_add_days(Days::new(u64::from(n) * 7)),
        "month" | "months" => today.checked_add_months(Months::new(n)),
        _ => None,
    }
}

/// "2", "a" or "one" … "ten".
fn count(word: &str) -> Option<u32> {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    match word {
        "a" | "an" => Some(1),
        _ => word
            .parse()
            .ok()
            .filter(|n| *n <= 1000)
            .or_else(|| WORDS.iter().position(|w| *w == word).map(|i| i as u32)),
    }
}

/// The day of the month, as "12" or "12th".
fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// How far back a day and month without a year may reach.
const RECENT_DAYS: u64 = 90;

/// The `month`/`day` within the last 90 days (unless `ahead`), else the next
/// one on or after today (a year on, when this year's has gone).
fn day_in_year(today: NaiveDate, month: u32, day: u32, ahead: bool) -> Option<NaiveDate> {
    let back = if ahead { 0 } else { RECENT_DAYS };
    let recent = today.checked_sub_days(Days::new(back))?;
    // 29 February waits for the next year that has one.
    (today.year() - 1..today.year() + 8)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .find(|d| *d >= recent)
}

/// The next `wd` from today: today itself counts unless `skip_today`.
fn next_weekday(today: NaiveDate, wd: Weekday, skip_today: bool) -> NaiveDate {
    let mut ahead = (7 + wd.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    if ahead == 0 && skip_today {
        ahead = 7;
    }
    today + Days::new(ahead.into())
}

fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "mon" | "monday" => Weekday::Mon,
        "tue" | "tues" | "tuesday" => Weekday::Tue,
        "wed" | "weds" | "wednesday" => Weekday::Wed,
        "thu" | "thur" | "thurs" | "thursday" => Weekday::Thu,
        "fri" | "friday" => Weekday::Fri,
        "sat" | "saturday" => Weekday::Sat,
        "sun" | "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn month_of(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.');
    if word == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(word)))
        .map(|i| i as u32 + 1)
}

/// A time of day: "15:00", "9:30", "3pm", "3:30pm", "12am", "noon".
fn time_of(word: &str) -> Option<NaiveTime> {
    if word == "noon" || word == "midday" {
        return NaiveTime::from_hms_opt(12, 0, 0);
    }
    let (clock, half) = match word.strip_suffix("am") {
        Some(c) => (c, Some(false)),
        None => match word.strip_suffix("pm") {
            Some(c) => (c, Some(true)),
            None => (word, None),
        },
    };
    let (h, m) = match clock.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        // A bare number is a time only with am/pm ("3pm"), never "12" alone.
        None if half.is_some() => (clock, "00"),
        None => return None,
    };
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (mut h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if let Some(pm) = half {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = h % 12 + if pm { 12 } else { 0 };
    }
    NaiveTime::from_hms_opt(h, m, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wednesday 25 November 2026.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn at(text: &str) -> String {
        match parse(text, today()) {
            Some(Moment {
                date,
                time: Some(t),
            }) => format!("{date} {}", t.format("%H:%M")),
            Some(Moment { date, time: None }) => date.to_string(),
            None => "none".into(),
        }
    }

    #[test]
    fn today_and_tomorrow_with_and_without_a_time() {
        assert_eq!(at("today"), "2026-11-25");
        assert_eq!(at("Tomorrow"), "2026-11-26");
        assert_eq!(at("tomorrow 15:00"), "2026-11-26 15:00");
        assert_eq!(at("tomorrow at 9:30"), "2026-11-26 09:30");
        assert_eq!(at("3pm tomorrow"), "2026-11-26 15:00");
    }

    #[test]
    fn weekdays_are_the_next_such_day() {
        assert_eq!(at("Thu 15:00"), "2026-11-26 15:00");
        assert_eq!(at("thursday"), "2026-11-26");
        assert_eq!(at("next Thursday 3pm"), "2026-11-26 15:00");
        assert_eq!(at("next Thursday 3 pm"), "2026-11-26 15:00");
        assert_eq!(at("Mon"), "2026-11-30");
        // Today counts for a weekday alone; "next" skips it.
        assert_eq!(at("Wednesday"), "2026-11-25");
        assert_eq!(at("next Wednesday"), "2026-12-02");
        assert_eq!(at("Fri 12:30pm"), "2026-11-27 12:30");
        assert_eq!(at("fri 12am"), "2026-11-27 00:00");
    }

    #[test]
    fn days_of_a_month_pick_the_next_one() {
        // A day in the last 90 days is that recent day (a fact's date).
        assert_eq!(at("12 Nov"), "2026-11-12");
        assert_eq!(at("12 Nov 14:30"), "2026-11-12 14:30");
        assert_eq!(at("2 Sep"), "2026-09-02");
        // Longer ago than that, the next one.
        assert_eq!(at("20 Aug"), "2027-08-20");
        assert_eq!(at("3 December"), "2026-12-03");
        assert_eq!(at("Dec 3rd, 10:00"), "2026-12-03 10:00");
        assert_eq!(at("25 nov"), "2026-11-25");
        assert_eq!(at("12 Nov 2026"), "2026-11-12");
        assert_eq!(at("Thu 3 Dec"), "2026-12-03");
        assert_eq!(at("Fri 3 Dec"), "none", "3 December 2026 is a Thursday");
        assert_eq!(at("29 Feb"), "2028-02-29");
        assert_eq!(at("31 Nov"), "none");
    }

    #[test]
    fn a_time_still_to_come_is_the_next_such_day() {
        let ahead = |text: &str| parse_ahead(text, today()).map(|m| (m.date.to_string(), m.time));
        // 12 November has gone: the meeting is next year's.
        assert_eq!(ahead("12 Nov 10:00").unwrap().0, "2027-11-12");
        assert_eq!(ahead("12 Nov").unwrap().0, "2027-11-12");
        assert_eq!(ahead("Thu 12 Nov"), None, "12 November 2027 is a Friday");
        // Today and the days ahead are the same either way.
        assert_eq!(ahead("25 Nov").unwrap().0, "2026-11-25");
        assert_eq!(ahead("3 Dec").unwrap().0, "2026-12-03");
        assert_eq!(ahead("tomorrow").unwrap().0, "2026-11-26");
        // A plain date still reads a recent day as that day.
        assert_eq!(at("12 Nov 10:00"), "2026-11-12 10:00");
    }

    #[test]
    fn in_so_many_days_weeks_or_months() {
        assert_eq!(at("in 2 weeks"), "2026-12-09");
        assert_eq!(at("in a week"), "2026-12-02");
        assert_eq!(at("in three days"), "2026-11-28");
        assert_eq!(at("in 1 month"), "2026-12-25");
        assert_eq!(at("in 2 weeks 10:00"), "2026-12-09 10:00");
        assert_eq!(at("in many weeks"), "none");
    }

    #[test]
    fn anything_else_is_refused() {
        for text in [
            "",
            "soon",
            "28/11/2026",
            "next",
            "12",
            "thursday 25:00",
            "13pm tomorrow",
            "tomorrow 15",
            "in 2 fortnights",
            "12 Smarch",
            "123 Nov",
        ] {
            assert_eq!(at(text), "none", "{text:?}");
        }
    }
}
