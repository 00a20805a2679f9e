//! What `plan` says of the answers: the coaching of every text (questions,
//! judgements, words the other person reads), the findings of `plan check`
//! and what is due after a meeting. It reads plans and the catalogue, and
//! is read by the artefacts and the wizard.

#[cfg(test)]
mod accuracy;
pub mod coach;
pub mod due;
pub mod findings;
pub mod judgement;
pub mod lint;
pub mod planned;
pub mod text;
pub mod to_reader;
mod word_hash;
