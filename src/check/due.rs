//! What is due after a meeting, in one place: `plan check` reports it as
//! findings and `plan list --due` as rows, from the same rules.
//!
//! - `follow-up-due`: the meeting day has passed and the plan is not
//!   followed up;
//! - `action-overdue`: an agreed action still open past its day (an action
//!   done or dropped is never overdue);
//! - `check-in-due`: the agreed check-in day has come (the day itself
//!   counts), and no check-in was recorded on or after it.

use chrono::NaiveDate;

/// The rule ids, as `plan check` and `plan list --due` name them.
pub const FOLLOW_UP_DUE: &str = "follow-up-due";
/// An open action past its day.
pub const ACTION_OVERDUE: &str = "action-overdue";
/// The check-in day has come.
pub const CHECK_IN_DUE: &str = "check-in-due";

/// What the rules need to know of a plan, read from the whole plan or from
/// a listing's summary of it.
#[derive(Debug, Clone, Default)]
pub struct Life {
    /// Whether the follow-up is written.
    pub followed_up: bool,
    /// The day of the meeting (held, or planned).
    pub met: Option<NaiveDate>,
    /// Each agreed action: its text, its owner, its day, and whether it is
    /// still open.
    pub actions: Vec<ActionDue>,
    /// The agreed next check-in.
    pub next_check_in: Option<NaiveDate>,
    /// The day of the latest check-in recorded.
    pub last_check_in: Option<NaiveDate>,
}

/// One agreed action, as the rules see it.
#[derive(Debug, Clone)]
pub struct ActionDue {
    /// What will be done.
    pub what: String,
    /// Who does it.
    pub owner: String,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Not done or dropped yet.
    pub open: bool,
}

/// One thing due: its rule, its day, which action (0-based) if it is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// The rule id.
    pub rule: &'static str,
    /// The day it fell due.
    pub date: NaiveDate,
    /// The action it concerns, for `action-overdue`.
    pub action: Option<usize>,
}

/// Everything due in one plan as of `today`, in the order: follow-up,
/// actions, check-in.
pub fn due(life: &Life, today: NaiveDate) -> Vec<Due> {
    let mut out = Vec::new();
    if let Some(met) = life.met.filter(|d| *d < today)
        && !life.followed_up
    {
        out.push(Due {
            rule: FOLLOW_UP_DUE,
            date: met,
            action: None,
        });
    }
    for (i, a) in life.actions.iter().enumerate() {
        if let Some(d) = a.due.filter(|d| *d < today && a.open) {
            out.push(Due {
                rule: ACTION_OVERDUE,
                date: d,
                action: Some(i),
            });
        }
    }
    if let Some(d) = life.next_check_in.filter(|d| *d <= today)
        && life.last_check_in.is_none_or(|last| last < d)
    {
        out.push(Due {
            rule: CHECK_IN_DUE,
            date: d,
            action: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn action(due: &str, open: bool) -> ActionDue {
        ActionDue {
            what: "Send the plan".into(),
            owner: "Sam".into(),
            due: Some(day(due)),
            open,
        }
    }

    #[test]
    fn the_day_itself_and_what_is_done() {
        let life = Life {
            followed_up: true,
            met: Some(day("2026-11-20")),
            actions: vec![action("2026-11-25", true), action("2026-11-25", false)],
            next_check_in: Some(day("2026-11-30")),
            last_check_in: None,
        };
        let rules =
            |today: &str| -> Vec<&str> { due(&life, day(today)).iter().map(|d| d.rule).collect() };
        assert_eq!(rules("2026-11-25"), Vec::<&str>::new());
        assert_eq!(rules("2026-11-26"), [ACTION_OVERDUE]);
        assert_eq!(rules("2026-11-30"), [ACTION_OVERDUE, CHECK_IN_DUE]);
        let recorded = Life {
            last_check_in: Some(day("2026-11-30")),
            ..life.clone()
        };
        assert!(
            due(&recorded, day("2026-12-05"))
                .iter()
                .all(|d| d.rule != CHECK_IN_DUE)
        );
    }

    #[test]
    fn a_meeting_past_without_its_follow_up() {
        let life = Life {
            met: Some(day("2026-11-20")),
            ..Life::default()
        };
        assert!(due(&life, day("2026-11-20")).is_empty());
        assert_eq!(due(&life, day("2026-11-21"))[0].rule, FOLLOW_UP_DUE);
    }
}
