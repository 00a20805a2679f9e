//! Which questions a plan asks: every one, or in a plan made with
//! `--quick` only the quick ones; step by step, in catalogue order; each
//! only while its condition (`only_if`) holds of the answers so far. The
//! wizard's run and its step headings, the step picker and its counts, and
//! the brief's gaps all read it here.

use crate::planfile::EditablePlan;
use crate::questions::catalogue::{Question, Step};

/// The questions of a list that a plan asks: all of them, or the quick ones.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'q> {
    questions: &'q [Question],
    quick: bool,
}

impl<'q> Scope<'q> {
    /// The questions of `questions` in scope, all of them or (`quick`) the quick ones.
    pub fn new(questions: &'q [Question], quick: bool) -> Self {
        Scope { questions, quick }
    }

    /// The questions of `questions` that `doc` asks: the quick ones of a quick plan.
    pub fn of(doc: &EditablePlan, questions: &'q [Question]) -> Self {
        Scope::new(questions, doc.quick())
    }

    /// Whether `q` is in scope, whatever the answers.
    pub fn includes(&self, q: &Question) -> bool {
        !self.quick || q.quick
    }

    /// Whether `q` is asked now: in scope, and its condition holds of the
    /// answers so far (a changed answer can bring one in or drop it).
    pub fn asks(&self, doc: &EditablePlan, q: &Question) -> bool {
        self.includes(q) && doc.applies(q)
    }

    /// The steps of the questions in scope, in order.
    pub fn steps(&self) -> Vec<Step> {
        let mut out: Vec<Step> = self
            .questions
            .iter()
            .filter(|q| self.includes(q))
            .map(|q| q.step)
            .collect();
        out.dedup();
        out
    }

    /// Where `step` stands among [`Scope::steps`], counted from 1, and how
    /// many steps there are: a heading's "2 of 7".
    pub fn place(&self, step: Step) -> (usize, usize) {
        let steps = self.steps();
        let index = steps.iter().position(|s| *s == step).unwrap_or(0) + 1;
        (index, steps.len())
    }

    /// Where the questions that apply stand, in every step.
    pub fn counts(&self, doc: &EditablePlan) -> Counts {
        self.count(doc, |_| true)
    }

    /// Where the questions of `step` that apply stand.
    pub fn step_counts(&self, doc: &EditablePlan, step: Step) -> Counts {
        self.count(doc, |q| q.step == step)
    }

    fn count(&self, doc: &EditablePlan, which: impl Fn(&Question) -> bool) -> Counts {
        let mut counts = Counts::default();
        for q in self.questions.iter().filter(|q| which(q) && doc.applies(q)) {
            if doc.complete(q) {
                counts.answered += 1;
            } else if self.includes(q) {
                counts.open += 1;
            } else {
                counts.skipped += 1;
            }
        }
        counts
    }
}

/// Questions that apply, by where they stand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Answered.
    pub answered: usize,
    /// In scope and still to answer.
    pub open: usize,
    /// Left out by quick mode and not answered (none in a full plan).
    pub skipped: usize,
}

impl std::fmt::Display for Counts {
    /// "2 answered, 1 open", and "; 8 skipped in quick mode" when quick
    /// mode skipped some ("8 skipped in quick mode" alone when it skipped
    /// them all).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Counts {
            answered,
            open,
            skipped,
        } = *self;
        match (answered + open, skipped) {
            (_, 0) => write!(f, "{answered} answered, {open} open"),
            (0, _) => write!(f, "{skipped} skipped in quick mode"),
            _ => write!(
                f,
                "{answered} answered, {open} open; {skipped} skipped in quick mode"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questions::catalogue::{AFTER, PLANNING};

    #[test]
    fn a_quick_plan_has_fewer_steps_and_the_full_one_all() {
        let full = Scope::new(PLANNING, false).steps();
        let quick = Scope::new(PLANNING, true).steps();
        assert_eq!(full.first(), Some(&Step::Meeting));
        assert!(full.contains(&Step::Confidence));
        assert!(
            !quick.contains(&Step::Confidence),
            "no quick question there"
        );
        assert!(quick.iter().all(|s| full.contains(s)));
        assert_eq!(
            Scope::new(AFTER, false).steps(),
            [Step::Outcome, Step::Debrief]
        );
        let (index, total) = Scope::new(PLANNING, true).place(Step::Prepare);
        assert_eq!(quick[index - 1], Step::Prepare);
        assert_eq!(total, quick.len());
    }

    #[test]
    fn a_condition_that_does_not_hold_leaves_a_question_out() {
        let mut doc = EditablePlan::new_plan();
        let scope = Scope::new(PLANNING, true);
        let why = crate::questions::catalogue::find("summarize.escalation_why").unwrap();
        assert!(scope.includes(why));
        assert!(!scope.asks(&doc, why));
        doc.set("summarize.fallback", toml_edit::value("escalate"));
        assert!(scope.asks(&doc, why));
        let total = scope.counts(&doc);
        let by_step: usize = scope
            .steps()
            .iter()
            .map(|s| scope.step_counts(&doc, *s).open)
            .sum();
        assert_eq!(total.open, by_step);
    }
}
