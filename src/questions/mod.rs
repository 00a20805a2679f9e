//! The questions: the catalogue, the fixed choices, parsing and checking
//! answers, the coaching rules, and answers given by flags and files.

#[cfg(test)]
mod accuracy;
pub mod answer;
pub mod catalogue;
pub mod choices;
pub mod coach;
pub mod due;
pub mod findings;
pub mod judgement;
pub mod lint;
pub mod natural_date;
pub mod planned;
pub mod provided;
pub mod scope;
pub mod text;
pub mod to_reader;
