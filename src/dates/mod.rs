//! Dates: the one place TOML dates meet chrono (here), dates said in
//! words (`wording`) and read from words (`natural`). The lowest layer but
//! the error type: questions, plans and artefacts all read dates.
//!
//! A TOML date can hold things a calendar cannot (30 February, a leap
//! second) and chrono can hold years TOML cannot write (10000, or below 1).
//! Every conversion here is checked both ways, so a date that reaches the
//! file can be read back, and a date read from the file means one real day.

use chrono::{
    DateTime, Datelike, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta,
    TimeZone, Timelike, Utc,
};
use toml_edit::Datetime;

pub mod natural;
pub mod wording;

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

/// A change of the clocks as a person sees it: they read `from`, then `to`
/// (01:00 then 02:00 going forward; 02:00 then 01:00 going back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The reading just before the change.
    pub from: NaiveDateTime,
    /// The reading just after it.
    pub to: NaiveDateTime,
}

impl Change {
    /// Whether the clocks go forward (and skip the times between).
    pub fn forward(&self) -> bool {
        self.to > self.from
    }
}

/// A wall-clock time as a time zone reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wall {
    /// It happens once: the usual case.
    Once(DateTime<FixedOffset>),
    /// It happens twice, as the clocks go back over it; the first of the
    /// two is the one meant (as RFC 5545, 3.3.5, has it).
    Twice {
        /// The earlier of the two.
        first: DateTime<FixedOffset>,
        /// The change that repeats it.
        change: Change,
    },
    /// It never happens: the clocks go forward over it. As RFC 5545 has it,
    /// it is read with the offset from before the change, which the clocks
    /// show as the same time after it (01:30 is 02:30).
    Skipped {
        /// The moment used.
        used: DateTime<FixedOffset>,
        /// The change that skips it.
        change: Change,
    },
}

impl Wall {
    /// The moment meant: the time itself, the first of two, or the time the
    /// clocks show in place of a skipped one.
    pub fn moment(&self) -> DateTime<FixedOffset> {
        match self {
            Wall::Once(t) | Wall::Twice { first: t, .. } | Wall::Skipped { used: t, .. } => *t,
        }
    }
}

/// How a wall-clock time reads in the local time zone (chrono's `Local`,
/// which honours `TZ`). `None` when it cannot be placed: near the first or
/// last moment chrono can hold, never within the years a plan holds.
pub fn here(wall: NaiveDateTime) -> Option<Wall> {
    in_zone(&Local, wall)
}

/// How a wall-clock time reads in `zone`: once, twice or never.
pub fn in_zone<Tz: TimeZone>(zone: &Tz, wall: NaiveDateTime) -> Option<Wall> {
    let wall = wall.with_nanosecond(0)?;
    match readings(zone, wall)[..] {
        [] => {
            let (start, end) = stretch(wall, |t| readings(zone, t).is_empty())?;
            let shown = wall.checked_add_signed(end - start)?;
            let used = *readings(zone, shown).first()?;
            let change = Change {
                from: start,
                to: end,
            };
            Some(Wall::Skipped { used, change })
        }
        [once] => Some(Wall::Once(once)),
        [first, ..] => {
            let (start, end) = stretch(wall, |t| readings(zone, t).len() > 1)?;
            let change = Change {
                from: end,
                to: start,
            };
            Some(Wall::Twice { first, change })
        }
    }
}

/// The moments `zone` shows as `wall`, earliest first: none, one, or two.
/// Worked out from UTC, where every moment has one offset (chrono's own
/// reading of a local time counts the second of a change on both sides).
fn readings<Tz: TimeZone>(zone: &Tz, wall: NaiveDateTime) -> Vec<DateTime<FixedOffset>> {
    let offset_at = |t: Option<NaiveDateTime>| t.map(|t| zone.offset_from_utc_datetime(&t).fix());
    let reach = TimeDelta::days(2);
    // Offsets are less than a day: the ones in use two days either side
    // are the ones before and after any change near `wall`.
    let offsets = [
        offset_at(wall.checked_sub_signed(reach)),
        offset_at(Some(wall)),
        offset_at(wall.checked_add_signed(reach)),
    ];
    let mut out: Vec<DateTime<FixedOffset>> = Vec::new();
    for offset in offsets.into_iter().flatten() {
        let Some(utc) = wall.checked_sub_offset(offset) else {
            continue;
        };
        let moment = DateTime::from_naive_utc_and_offset(utc, offset);
        if offset_at(Some(utc)) == Some(offset) && !out.contains(&moment) {
            out.push(moment);
        }
    }
    out.sort();
    out
}

/// The stretch of wall-clock times around `wall` that are `odd` (skipped,
/// or repeated): its first second and the first second after it. No zone
/// has skipped or repeated more than a day, so two days either side reach
/// past it.
fn stretch(
    wall: NaiveDateTime,
    odd: impl Fn(NaiveDateTime) -> bool,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let reach = TimeDelta::days(2);
    let before = wall.checked_sub_signed(reach).filter(|t| !odd(*t))?;
    let after = wall.checked_add_signed(reach).filter(|t| !odd(*t))?;
    Some((edge(before, wall, &odd), edge(wall, after, &odd)))
}

/// The first second after `lo` (up to `hi`) where `odd` no longer answers
/// as it does at `lo`, found by halving: `odd` changes once between them.
fn edge(
    mut lo: NaiveDateTime,
    mut hi: NaiveDateTime,
    odd: impl Fn(NaiveDateTime) -> bool,
) -> NaiveDateTime {
    let at_lo = odd(lo);
    while (hi - lo).num_seconds() > 1 {
        let mid = lo + TimeDelta::seconds((hi - lo).num_seconds() / 2);
        if odd(mid) == at_lo {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    hi
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
    use chrono::MappedLocalTime;

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

    /// A time zone for tests: offsets from UTC, each from a moment on
    /// (Unix seconds), in order; the first holds from the start of time.
    #[derive(Debug, Clone, Copy)]
    struct Zone(&'static [(i64, i32)]);

    #[derive(Debug, Clone, Copy)]
    struct ZoneOffset(FixedOffset, Zone);

    impl Offset for ZoneOffset {
        fn fix(&self) -> FixedOffset {
            self.0
        }
    }

    impl TimeZone for Zone {
        type Offset = ZoneOffset;

        fn from_offset(offset: &ZoneOffset) -> Zone {
            offset.1
        }

        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
            let at = utc.and_utc().timestamp();
            let (_, secs) = self.0.iter().rev().find(|(from, _)| *from <= at).unwrap();
            ZoneOffset(FixedOffset::east_opt(*secs).unwrap(), *self)
        }

        fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
            self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
        }

        fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
            let offset = |t: DateTime<FixedOffset>| ZoneOffset(*t.offset(), *self);
            match readings(self, *local)[..] {
                [] => MappedLocalTime::None,
                [one] => MappedLocalTime::Single(offset(one)),
                [first, second, ..] => MappedLocalTime::Ambiguous(offset(first), offset(second)),
            }
        }

        fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset> {
            self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
        }
    }

    /// Europe/London in 2026: BST from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
    const LONDON: Zone = Zone(&[(i64::MIN, 0), (1_774_746_000, 3600), (1_792_890_000, 0)]);
    /// Australia/Sydney in 2026: AEDT until 16:00 UTC on 4 April, and again
    /// from 16:00 UTC on 3 October.
    const SYDNEY: Zone = Zone(&[
        (i64::MIN, 39600),
        (1_775_318_400, 36000),
        (1_791_043_200, 39600),
    ]);

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn moment(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn the_test_zones_change_when_the_real_ones_do() {
        let utc = |s: &str| at(s).and_utc().timestamp();
        assert_eq!(LONDON.0[1].0, utc("2026-03-29 01:00"));
        assert_eq!(LONDON.0[2].0, utc("2026-10-25 01:00"));
        assert_eq!(SYDNEY.0[1].0, utc("2026-04-04 16:00"));
        assert_eq!(SYDNEY.0[2].0, utc("2026-10-03 16:00"));
    }

    #[test]
    fn times_the_clocks_skip_going_forward_are_read_as_the_time_they_show_then() {
        let forward = Change {
            from: at("2026-03-29 01:00"),
            to: at("2026-03-29 02:00"),
        };
        let skipped = |used: &str| Wall::Skipped {
            used: moment(used),
            change: forward,
        };
        let cases = [
            ("00:59", Wall::Once(moment("2026-03-29T00:59:00+00:00"))),
            ("01:00", skipped("2026-03-29T02:00:00+01:00")),
            ("01:30", skipped("2026-03-29T02:30:00+01:00")),
            ("01:59", skipped("2026-03-29T02:59:00+01:00")),
            ("02:00", Wall::Once(moment("2026-03-29T02:00:00+01:00"))),
        ];
        for (time, want) in cases {
            let wall = at(&format!("2026-03-29 {time}"));
            assert_eq!(in_zone(&LONDON, wall), Some(want), "{time}");
        }
        // To the second: the last one before the change is there, the first is not.
        let second = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap();
        assert!(matches!(
            in_zone(&LONDON, second("2026-03-29 00:59:59")),
            Some(Wall::Once(_))
        ));
        assert!(matches!(
            in_zone(&LONDON, second("2026-03-29 01:59:59")),
            Some(Wall::Skipped { .. })
        ));
        // The moment used is the one the offset before the change gives.
        let used = in_zone(&LONDON, at("2026-03-29 01:30")).unwrap().moment();
        assert_eq!(used.with_timezone(&Utc), at("2026-03-29 01:30").and_utc());
        assert!(forward.forward());
    }

    #[test]
    fn times_the_clocks_repeat_going_back_are_the_first_of_the_two() {
        let back = Change {
            from: at("2026-10-25 02:00"),
            to: at("2026-10-25 01:00"),
        };
        let twice = |first: &str| Wall::Twice {
            first: moment(first),
            change: back,
        };
        let cases = [
            ("00:59", Wall::Once(moment("2026-10-25T00:59:00+01:00"))),
            ("01:00", twice("2026-10-25T01:00:00+01:00")),
            ("01:30", twice("2026-10-25T01:30:00+01:00")),
            ("01:59", twice("2026-10-25T01:59:00+01:00")),
            ("02:00", Wall::Once(moment("2026-10-25T02:00:00+00:00"))),
        ];
        for (time, want) in cases {
            let wall = at(&format!("2026-10-25 {time}"));
            assert_eq!(in_zone(&LONDON, wall), Some(want), "{time}");
        }
        assert!(!back.forward());
    }

    #[test]
    fn the_southern_hemisphere_goes_back_in_april_and_forward_in_october() {
        let april = in_zone(&SYDNEY, at("2026-04-05 02:30")).unwrap();
        assert_eq!(
            april,
            Wall::Twice {
                first: moment("2026-04-05T02:30:00+11:00"),
                change: Change {
                    from: at("2026-04-05 03:00"),
                    to: at("2026-04-05 02:00"),
                },
            }
        );
        let october = in_zone(&SYDNEY, at("2026-10-04 02:30")).unwrap();
        assert_eq!(
            october,
            Wall::Skipped {
                used: moment("2026-10-04T03:30:00+11:00"),
                change: Change {
                    from: at("2026-10-04 02:00"),
                    to: at("2026-10-04 03:00"),
                },
            }
        );
        // Where London changes, Sydney does not.
        let march = at("2026-03-29 01:30");
        assert_eq!(
            in_zone(&SYDNEY, march),
            Some(Wall::Once(moment("2026-03-29T01:30:00+11:00")))
        );
    }

    #[test]
    fn utc_has_no_gaps_and_the_edges_of_time_are_no_panic() {
        for s in ["2026-03-29 01:30", "2026-10-25 01:30", "2026-11-28 14:00"] {
            assert!(matches!(in_zone(&Utc, at(s)), Some(Wall::Once(_))), "{s}");
        }
        // Too early to hold east of Greenwich: no moment, and no panic.
        assert_eq!(in_zone(&SYDNEY, NaiveDateTime::MIN), None);
        assert!(matches!(
            in_zone(&LONDON, NaiveDateTime::MAX),
            Some(Wall::Once(_))
        ));
    }
}
