//! What is due after a meeting, in one place: `plan check` reports it as
//! findings and `plan list --due` as rows, from the same rules.
//!
//! - `follow-up-due`: the meeting day has passed and the plan is not
//!   followed up;
//! - `action-overdue`: an agreed action still open past its day (an action
//!   done or dropped is never overdue);
//! - `check-in-due`: the agreed check-in day has come (the day itself
//!   counts), and no check-in was recorded on or after it.

use crate::dates::day_of;
use crate::planfile::Plan;
use crate::questions::choices::ActionState;
use chrono::NaiveDate;

/// The rule ids, as `plan check` and `plan list --due` name them.
pub const FOLLOW_UP_DUE: &str = "follow-up-due";
/// An open action past its day.
pub const ACTION_OVERDUE: &str = "action-overdue";
/// The check-in day has come.
pub const CHECK_IN_DUE: &str = "check-in-due";

/// What the rules need to know of a plan ([`Life::of`]).
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

impl Life {
    /// What the rules need to know of a plan, read the one way `plan check`
    /// and `plan list` both read it.
    pub fn of(plan: &Plan) -> Life {
        Life {
            followed_up: plan.status == crate::planfile::Status::FollowedUp,
            met: day_of(plan.meeting.when.as_ref()),
            actions: plan
                .outcome
                .actions
                .iter()
                .map(|a| ActionDue {
                    what: a.what.clone(),
                    owner: a.owner.clone(),
                    due: day_of(a.due.as_ref()),
                    open: a.state() == ActionState::Open,
                })
                .collect(),
            next_check_in: day_of(plan.outcome.next_check_in.as_ref()),
            last_check_in: plan
                .debrief
                .check_ins
                .iter()
                .filter_map(|c| day_of(c.date.as_ref()))
                .max(),
        }
    }

    /// The next check-in, while none was recorded on or after its day.
    pub fn check_in_to_come(&self) -> Option<NaiveDate> {
        self.next_check_in
            .filter(|d| self.last_check_in.is_none_or(|last| last < *d))
    }

    /// How many agreed actions are still open.
    pub fn open_actions(&self) -> usize {
        self.actions.iter().filter(|a| a.open).count()
    }
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
    if let Some(d) = life.check_in_to_come().filter(|d| *d <= today) {
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

    #[test]
    fn a_plan_is_read_for_the_rules_one_way() {
        let plan: Plan = toml::from_str(
            r#"
            status = "held"
            [meeting]
            when = 2026-11-20T10:00:00
            [outcome]
            next_check_in = 2026-12-01
            [[outcome.actions]]
            what = "a"
            owner = "Sam"
            due = 2026-11-25
            [[outcome.actions]]
            what = "b"
            owner = "Me"
            state = "done"
            [[debrief.check_ins]]
            date = 2026-11-28
            [[debrief.check_ins]]
            date = 2026-11-26
            "#,
        )
        .unwrap();
        let life = Life::of(&plan);
        assert!(!life.followed_up);
        assert_eq!(life.met, Some(day("2026-11-20")));
        assert_eq!(life.open_actions(), 1);
        assert_eq!(life.last_check_in, Some(day("2026-11-28")));
        assert_eq!(life.check_in_to_come(), Some(day("2026-12-01")));
        // A check-in recorded on the day closes it.
        let recorded = Life {
            last_check_in: Some(day("2026-12-01")),
            ..life
        };
        assert_eq!(recorded.check_in_to_come(), None);
    }
}
