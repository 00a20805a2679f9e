//! Dates in the plan file: the one place TOML dates meet chrono.
//!
//! A TOML date can hold things a calendar cannot (30 February, a leap
//! second) and chrono can hold years TOML cannot write (10000, or below 1).
//! Every conversion here is checked both ways, so a date that reaches the
//! file can be read back, and a date read from the file means one real day.

use chrono::{DateTime, Datelike, Local, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};
use toml_edit::Datetime;

/// The years a plan may hold: what a TOML date can write.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// Why a date does not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// Year outside 1..=9999.
    Year(i32),
    /// A second of 60 (a leap second) or more.
    LeapSecond,
    /// No such day or time (30 February, 25:00).
    NoSuchDay,
}

impl std::fmt::Display for DateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateProblem::Year(y) => write!(
                f,
                "the year {y} is outside {} to {}",
                YEARS.start(),
                YEARS.end()
            ),
            DateProblem::LeapSecond => write!(f, "a minute has seconds 0 to 59"),
            DateProblem::NoSuchDay => write!(f, "there is no such day or time"),
        }
    }
}

/// A calendar date as a TOML local date.
pub fn from_date(d: NaiveDate) -> Result<Datetime, DateProblem> {
    if !YEARS.contains(&d.year()) {
        return Err(DateProblem::Year(d.year()));
    }
    Ok(Datetime {
        date: Some(toml_edit::Date {
            year: u16::try_from(d.year()).map_err(|_| DateProblem::Year(d.year()))?,
            month: u8::try_from(d.month()).map_err(|_| DateProblem::NoSuchDay)?,
            day: u8::try_from(d.day()).map_err(|_| DateProblem::NoSuchDay)?,
        }),
        time: None,
        offset: None,
    })
}

/// A wall-clock date and time as a TOML local date-time (to the second).
pub fn from_datetime(dt: NaiveDateTime) -> Result<Datetime, DateProblem> {
    // chrono keeps a leap second as second 59 with an extra second of nanoseconds.
    if dt.nanosecond() >= 1_000_000_000 {
        return Err(DateProblem::LeapSecond);
    }
    let mut out = from_date(dt.date())?;
    out.time = Some(toml_edit::Time {
        hour: u8::try_from(dt.hour()).map_err(|_| DateProblem::NoSuchDay)?,
        minute: u8::try_from(dt.minute()).map_err(|_| DateProblem::NoSuchDay)?,
        second: Some(u8::try_from(dt.second()).map_err(|_| DateProblem::NoSuchDay)?),
        nanosecond: None,
    });
    Ok(out)
}

/// The day of a TOML date or date-time, if it is a real one.
pub fn date_of(d: &Datetime) -> Result<NaiveDate, DateProblem> {
    let date = d.date.ok_or(DateProblem::NoSuchDay)?;
    let year = i32::from(date.year);
    if !YEARS.contains(&year) {
        return Err(DateProblem::Year(year));
    }
    NaiveDate::from_ymd_opt(year, date.month.into(), date.day.into()).ok_or(DateProblem::NoSuchDay)
}

/// The day of a date that may be missing, if it is there and a real one.
pub fn day_of(d: Option<&Datetime>) -> Option<NaiveDate> {
    d.and_then(|d| date_of(d).ok())
}

/// The wall-clock time of a TOML date-time, `None` for a date alone.
pub fn time_of(d: &Datetime) -> Result<Option<NaiveTime>, DateProblem> {
    let Some(t) = d.time else {
        return Ok(None);
    };
    if t.second.unwrap_or(0) >= 60 {
        return Err(DateProblem::LeapSecond);
    }
    NaiveTime::from_hms_nano_opt(
        t.hour.into(),
        t.minute.into(),
        t.second.unwrap_or(0).into(),
        t.nanosecond.unwrap_or(0),
    )
    .map(Some)
    .ok_or(DateProblem::NoSuchDay)
}

/// Check that a TOML date or date-time is a real moment `plan` can use.
pub fn check(d: &Datetime) -> Result<(), DateProblem> {
    date_of(d)?;
    time_of(d)?;
    Ok(())
}

/// The date and wall-clock time, or `None` for a date alone or a bad value.
pub fn datetime_of(d: &Datetime) -> Option<NaiveDateTime> {
    Some(NaiveDateTime::new(date_of(d).ok()?, time_of(d).ok()??))
}

/// The instant of a TOML offset date-time (such as a plan's `updated`).
pub fn instant_of(d: &Datetime) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(&d.to_string())
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// The variable that fixes "today" (`PLAN_TODAY=2026-11-25`), for tests and
/// for trying out what a plan will look like on another day.
pub const TODAY_VAR: &str = "PLAN_TODAY";

/// Today in the local time zone, or the day `PLAN_TODAY` names
/// (`YYYY-MM-DD`; a value that is not one is ignored).
pub fn today() -> NaiveDate {
    std::env::var(TODAY_VAR)
        .ok()
        .and_then(|v| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok())
        .filter(|d| YEARS.contains(&d.year()))
        .unwrap_or_else(|| Local::now().date_naive())
}

/// Check `PLAN_TODAY` once, before a command runs: a value that is not a
/// day (`2026-13-01`, `garbage`) is a usage error rather than a silent
/// fall back to the clock. Unset or empty is fine.
pub fn check_today_var() -> crate::Result<()> {
    let Some(raw) = std::env::var_os(TODAY_VAR) else {
        return Ok(());
    };
    let text = raw.to_string_lossy();
    if text.trim().is_empty() {
        return Ok(());
    }
    let ok = raw.to_str().is_some_and(|v| {
        NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").is_ok_and(|d| YEARS.contains(&d.year()))
    });
    if ok {
        return Ok(());
    }
    Err(crate::Error::usage(
        format!("{TODAY_VAR} is \"{text}\", which is not a day"),
        format!(
            "set {TODAY_VAR} to a day written YYYY-MM-DD (such as 2026-11-25), or unset it to use today's date"
        ),
    ))
}

/// Today as a TOML date.
pub fn today_toml() -> Datetime {
    from_date(today()).expect("the clock is within years 1 to 9999")
}

/// Now, as a TOML offset date-time to the second (for `created` and `updated`).
pub fn now() -> Datetime {
    Local::now()
        .format("%Y-%m-%dT%H:%M:%S%:z")
        .to_string()
        .parse()
        .expect("chrono writes RFC 3339")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toml(s: &str) -> Datetime {
        s.parse().unwrap()
    }

    #[test]
    fn years_toml_cannot_write_are_refused() {
        let far = NaiveDate::from_ymd_opt(10000, 1, 1).unwrap();
        assert_eq!(from_date(far), Err(DateProblem::Year(10000)));
        let farther = NaiveDate::from_ymd_opt(70000, 1, 1).unwrap();
        assert_eq!(from_date(farther), Err(DateProblem::Year(70000)));
        let zero = NaiveDate::from_ymd_opt(0, 1, 1).unwrap();
        assert_eq!(from_date(zero), Err(DateProblem::Year(0)));
        let ok = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        assert_eq!(from_date(ok).unwrap().to_string(), "9999-12-31");
    }

    #[test]
    fn leap_seconds_are_refused_both_ways() {
        let leap = NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_milli_opt(10, 0, 59, 1000)
            .unwrap();
        assert_eq!(from_datetime(leap), Err(DateProblem::LeapSecond));
        assert_eq!(
            check(&toml("2026-11-28T10:00:60")),
            Err(DateProblem::LeapSecond)
        );
    }

    #[test]
    fn impossible_days_are_refused() {
        // TOML refuses 30 February itself; a hand-built value is still caught.
        let mut feb30 = toml("2026-02-28");
        feb30.date.as_mut().unwrap().day = 30;
        assert_eq!(check(&feb30), Err(DateProblem::NoSuchDay));
        assert_eq!(check(&toml("0000-01-01")), Err(DateProblem::Year(0)));
        assert!(check(&toml("2026-11-28T10:00:00")).is_ok());
    }

    #[test]
    fn round_trip() {
        let dt = NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_opt(14, 30, 5)
            .unwrap();
        let t = from_datetime(dt).unwrap();
        assert_eq!(t.to_string(), "2026-11-28T14:30:05");
        assert_eq!(datetime_of(&t), Some(dt));
        assert_eq!(datetime_of(&toml("2026-11-28")), None);
    }
}
