//! One file per command, and nothing else: each reads its arguments, calls
//! into the plan file, the questions, asking and the artefacts, and reports.

pub mod check;
pub mod check_in;
pub mod completions;
pub mod edit;
pub mod example;
pub mod invite;
pub mod list;
pub mod man;
pub mod new;
pub mod rehearse;
pub mod render;
pub mod summary;
pub mod templates;
