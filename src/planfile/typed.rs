//! The typed plan: the read-only view every artefact is made from.
//!
//! The plan file on disk is the source of truth and is changed only through
//! [`super::editable::EditablePlan`], which keeps comments and unknown keys.
//! This typed view is read from it after validation and is never written
//! back. Stored choices are enums, so code never compares raw strings.

use crate::questions::choices::{
    ActionState, Belief, Fallback, Leaning, Mode, Source, Stage, choice,
};
use serde::{Deserialize, Serialize};
use toml::value::Datetime;

/// Dates are handed to templates as their TOML text (`2026-11-28T10:00:00`),
/// not as the TOML crate's internal wrapper.
fn date_text<S: serde::Serializer>(d: &Option<Datetime>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_some(&d.to_string()),
        None => s.serialize_none(),
    }
}

/// The plan file format this binary reads and writes.
pub const SCHEMA: i64 = 1;

choice! {
    /// Where a plan stands.
    Status, STATUSES {
        /// Still being prepared.
        Draft = "draft", "Draft";
        /// Every question was asked; ready for the meeting.
        Ready = "ready", "Ready";
        /// The meeting took place.
        Held = "held", "Held";
        /// The outcome is recorded and the follow-up written.
        FollowedUp = "followed-up", "Followed up";
    }
}

/// A plan starts as a draft.
impl Default for Status {
    fn default() -> Status {
        Status::Draft
    }
}

/// One conversation's plan.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    /// File format version.
    pub schema: i64,
    /// Where the plan stands.
    pub status: Status,
    /// Made with `plan new --quick`: the questions outside quick mode were skipped.
    pub quick: bool,
    /// When the plan was started.
    #[serde(serialize_with = "date_text")]
    pub created: Option<Datetime>,
    /// When it was last saved.
    #[serde(serialize_with = "date_text")]
    pub updated: Option<Datetime>,
    /// Who, what, when, where.
    pub meeting: Meeting,
    /// Private: the mindset work before planning.
    pub mindset: Mindset,
    /// P: preparation.
    pub prepare: Prepare,
    /// O: opening.
    pub open: Open,
    /// E: exploring their side.
    pub explore: Explore,
    /// M: making it safe (private).
    pub safety: Safety,
    /// S: summarizing and agreeing the way forward.
    pub summarize: Summarize,
    /// After the meeting: what happened and was agreed (shareable).
    pub outcome: Outcome,
    /// After the meeting: the private look back.
    pub debrief: Debrief,
    /// Before the meeting: the last rehearsal (private).
    pub rehearsal: Rehearsal,
}

/// The meeting itself. Shareable.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Meeting {
    /// The other person.
    pub with: Option<String>,
    /// How the planner addresses them ("Dana"), when not their first name.
    pub greeting: Option<String>,
    /// A neutral title.
    pub title: Option<String>,
    /// A date or date-time.
    #[serde(serialize_with = "date_text")]
    pub when: Option<Datetime>,
    /// Length booked.
    pub duration_minutes: Option<i64>,
    /// Room or link.
    pub place: Option<String>,
    /// In person or virtual.
    pub mode: Option<Mode>,
}

/// The mindset questions, derailers, leanings and beliefs. Private.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Mindset {
    /// What is hard about this for me.
    pub hard_for_me: Option<String>,
    /// What the problem is for them.
    pub problem_for_them: Option<String>,
    /// How I feel.
    pub feelings: Option<String>,
    /// How I may have contributed.
    pub my_contribution: Option<String>,
    /// The outcome I want for me.
    pub outcome_for_me: Option<String>,
    /// The outcome I want for them.
    pub outcome_for_them: Option<String>,
    /// The outcome I want for the relationship.
    pub outcome_relationship: Option<String>,
    /// How I need to behave to get there.
    pub behaviour: Option<String>,
    /// What might derail me.
    pub derailers: Option<String>,
    /// The 'what if' behaviours I lean towards.
    pub leanings: Vec<Leaning>,
    /// What answering the mindset questions taught me, and what must shift.
    pub learnt: Option<String>,
    /// The confidence beliefs I hold.
    pub beliefs: Vec<Belief>,
    /// How they may react differently under stress.
    pub their_reaction: Option<String>,
}

/// One fact to bring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// What happened.
    pub fact: String,
    /// Seen, heard or written.
    pub source: Source,
    /// When.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "date_text"
    )]
    pub date: Option<Datetime>,
}

/// Preparation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prepare {
    /// How I will stay calm (private).
    pub calm: Option<String>,
    /// Facts to bring.
    pub evidence: Vec<Evidence>,
    /// A safe space is booked.
    pub space_booked: Option<bool>,
    /// Enough time is booked.
    pub enough_time: Option<bool>,
}

/// Opening.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Open {
    /// The shared purpose that opens the meeting (shareable).
    pub mutual_purpose: Option<String>,
    /// Facts plus my conclusion (private).
    pub story: Option<String>,
}

/// Exploring their side.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Explore {
    /// What I expect their story to be (private).
    pub their_story: Option<String>,
    /// Open questions to ask.
    pub questions: Vec<String>,
}

/// A don't/do line.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contrast {
    /// What I don't mean.
    pub dont: String,
    /// What I do mean.
    #[serde(rename = "do")]
    pub do_: String,
}

/// Making it safe. Private.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Safety {
    /// Quick reactions I expect.
    pub flashes: Option<String>,
    /// Bigger bumps I expect.
    pub roadbumps: Option<String>,
    /// Don't/do lines.
    pub contrasting: Vec<Contrast>,
    /// An apology, if owed.
    pub apology: Option<String>,
}

/// Summarizing and agreeing the way forward.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Summarize {
    /// Questions to agree the way forward.
    pub questions: Vec<String>,
    /// Win/win actions to propose.
    pub actions: Vec<String>,
    /// Expect or escalate.
    pub fallback: Option<Fallback>,
    /// The behaviour expected from now on.
    pub expectation: Option<String>,
    /// What happens if it does not change.
    pub consequence: Option<String>,
    /// How I will ask for their agreement to the expectation.
    pub agreement: Option<String>,
    /// Why it is escalated.
    pub escalation_why: Option<String>,
    /// What happens next when escalated.
    pub escalation_next: Option<String>,
}

/// One agreed action.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// What will be done.
    pub what: String,
    /// Who does it.
    pub owner: String,
    /// By when.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "date_text"
    )]
    pub due: Option<Datetime>,
    /// Where it stands; absent means open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ActionState>,
    /// The day its state last changed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "date_text"
    )]
    pub changed: Option<Datetime>,
    /// A note with its state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Action {
    /// Where it stands: open unless marked done or dropped.
    pub fn state(&self) -> ActionState {
        self.state.unwrap_or(ActionState::Open)
    }
}

/// One check-in on the agreed actions, as `plan check-in` records it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckIn {
    /// The day of the check-in.
    #[serde(serialize_with = "date_text")]
    pub date: Option<Datetime>,
    /// The actions marked done, as written.
    pub done: Vec<String>,
    /// The actions dropped, as written.
    pub dropped: Vec<String>,
    /// What was said.
    pub said: Option<String>,
    /// The next check-in agreed, if any.
    #[serde(serialize_with = "date_text")]
    pub next: Option<Datetime>,
}

/// What happened in the meeting. Shareable: this is what the follow-up says.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Outcome {
    /// The day it took place.
    #[serde(serialize_with = "date_text")]
    pub held_on: Option<Datetime>,
    /// What was discussed, as the planner would say it to them.
    pub discussed: Option<String>,
    /// Their view, as understood.
    pub their_view: Option<String>,
    /// Whether a way forward was agreed.
    pub agreed: Option<bool>,
    /// The agreed actions.
    pub actions: Vec<Action>,
    /// Support offered.
    pub support: Option<String>,
    /// Without agreement: expect or escalate.
    pub fallback: Option<Fallback>,
    /// The behaviour expected from now on.
    pub expectation: Option<String>,
    /// The consequence if it does not change.
    pub consequence: Option<String>,
    /// Why it is escalated.
    pub escalation_why: Option<String>,
    /// What happens next.
    pub escalation_next: Option<String>,
    /// The next check-in.
    #[serde(serialize_with = "date_text")]
    pub next_check_in: Option<Datetime>,
}

/// The private look back after the meeting.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Debrief {
    /// What went well.
    pub went_well: Option<String>,
    /// What to do differently.
    pub differently: Option<String>,
    /// The outcome against what was wanted.
    pub outcome_compared: Option<String>,
    /// Which flashes or roadbumps came up.
    pub flashes_roadbumps: Option<String>,
    /// The check-ins since, in order (private: what was said stays here).
    pub check_ins: Vec<CheckIn>,
}

/// The last rehearsal, as `plan rehearse` records it. Private.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rehearsal {
    /// The day of the last rehearsal.
    #[serde(serialize_with = "date_text")]
    pub date: Option<Datetime>,
    /// The time each stage took, in the order of the stages.
    pub steps: Vec<StageTime>,
    /// The 'what if' cards to practise again, by their ids.
    pub again: Vec<String>,
}

/// The time one stage of a rehearsal took.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageTime {
    /// Which stage.
    pub step: Stage,
    /// How long it took, in seconds.
    pub seconds: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::catalogue::{self, Kind};

    /// Every catalogue id must be a field of the typed plan, or answers
    /// would be asked, stored and then never read.
    #[test]
    fn every_catalogue_id_is_a_plan_field() {
        let plan = toml::Value::try_from(Plan::default()).unwrap();
        for q in catalogue::all() {
            let section = plan
                .get(q.section())
                .unwrap_or_else(|| panic!("no [{}] in Plan", q.section()));
            let is_option = matches!(
                q.kind,
                Kind::Text
                    | Kind::LongText
                    | Kind::Choice(_)
                    | Kind::When
                    | Kind::Date
                    | Kind::Minutes
                    | Kind::YesNo
            );
            // Options serialize to nothing when empty; check them by filling one in.
            if is_option {
                let mut doc = toml_edit::DocumentMut::new();
                doc[q.section()][q.field()] = sample(&q.kind);
                let parsed: Plan =
                    toml::from_str(&doc.to_string()).unwrap_or_else(|e| panic!("{}: {e}", q.id));
                let back = toml::Value::try_from(parsed).unwrap();
                assert!(
                    back[q.section()].get(q.field()).is_some(),
                    "{} is not a field of Plan",
                    q.id
                );
            } else {
                assert!(section.get(q.field()).is_some(), "{} is not a field", q.id);
            }
        }
    }

    /// What later commands record is read into the typed view too.
    #[test]
    fn every_recorded_id_is_a_plan_field() {
        fn full(kind: &Kind) -> toml_edit::Item {
            match kind {
                Kind::Records(fields) => {
                    let mut t = toml_edit::Table::new();
                    for f in *fields {
                        t.insert(f.key, full(&f.kind));
                    }
                    crate::questions::answer::records(vec![t])
                }
                Kind::List => crate::questions::answer::list(&["x".into()]),
                kind => sample(kind),
            }
        }
        for q in catalogue::LATER {
            let mut doc = toml_edit::DocumentMut::new();
            doc[q.section()] = toml_edit::table();
            doc[q.section()][q.field()] = full(&q.kind);
            let parsed: Plan =
                toml::from_str(&doc.to_string()).unwrap_or_else(|e| panic!("{}: {e}", q.id));
            let back = toml::Value::try_from(parsed).unwrap();
            let value = back[q.section()].get(q.field());
            let empty = value.is_none_or(|v| v.as_array().is_some_and(|a| a.is_empty()));
            assert!(!empty, "{} is not read into Plan", q.id);
        }
    }

    fn sample(kind: &Kind) -> toml_edit::Item {
        match kind {
            Kind::Choice(opts) => toml_edit::value(opts[0].value),
            Kind::When | Kind::Date => {
                toml_edit::value("2026-01-02".parse::<toml_edit::Datetime>().unwrap())
            }
            Kind::Minutes => toml_edit::value(30),
            Kind::Seconds => toml_edit::value(90),
            Kind::YesNo => toml_edit::value(true),
            _ => toml_edit::value("x"),
        }
    }

    #[test]
    fn status_names_round_trip() {
        for s in Status::ALL {
            let v: toml::Value = toml::Value::try_from(s).unwrap();
            assert_eq!(v.as_str(), Some(s.value()));
        }
    }
}
