//! The wizard's run: the catalogue asked in order, step by step, saving
//! after every answer; on resume, what is done is passed by and a record
//! typed part way is offered back.

use super::drafts::{drafts_of, offer_drafts};
use super::question::ask_question;
use super::{Prompter, Saver};
use crate::error::Result;
use crate::planfile::EditablePlan;
use crate::planfile::scope::Scope;
use crate::questions::catalogue::Question;

/// Ask every question in scope that is not yet complete (with `edit`, every
/// question in scope, starting from its current answer), saving after each.
/// A record typed part way when the questions were interrupted is offered
/// back at its list, even one that is done.
///
/// Returns how many questions were asked.
pub fn run(
    p: &mut dyn Prompter,
    doc: &mut EditablePlan,
    questions: &[Question],
    quick: bool,
    edit: bool,
    save: &mut Saver<'_>,
) -> Result<usize> {
    let scope = Scope::new(questions, quick);
    let mut current = None;
    let mut asked = 0;
    for (i, q) in questions.iter().enumerate() {
        if !scope.asks(doc, q) {
            continue;
        }
        // A list that is done may still have a record typed part way.
        let finished = !edit && done(doc, q, &questions[i + 1..]);
        if finished && drafts_of(doc, q).is_empty() {
            continue;
        }
        if current != Some(q.step) {
            current = Some(q.step);
            let (index, total) = scope.place(q.step);
            p.heading(q.step.title(), index, total);
        }
        asked += 1;
        if finished {
            offer_drafts(p, doc, q, save)?;
        } else {
            ask_question(p, doc, q, edit, save)?;
        }
    }
    Ok(asked)
}

/// Whether resuming moves past a question.
///
/// A one-answer question is done once complete. A list is done once it has
/// its minimum and the user has moved on from it, which the file shows as
/// an answer to any later question: a list interrupted part-way (say in the
/// middle of its second fact) is returned to, with its entries so far. The
/// rule needs nothing but the answers, so it survives a hand edit.
fn done(doc: &EditablePlan, q: &Question, later: &[Question]) -> bool {
    doc.complete(q) && (!q.kind.is_open_ended() || later.iter().any(|l| doc.answered(l.id)))
}

#[cfg(test)]
mod tests;
