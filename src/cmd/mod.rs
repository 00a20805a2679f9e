//! One file per command, and nothing else: each reads its arguments, calls
//! into the plan file, the questions, asking and the artefacts, and reports.

pub mod check;
pub mod invite;
pub mod list;
pub mod new;
pub mod render;
pub mod summary;
pub mod templates;
