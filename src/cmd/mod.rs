//! One file per command, and nothing else: each reads its arguments, calls
//! into the plan file, the questions, asking and the artefacts, and reports.

pub mod check;
pub mod check_in;
pub mod completions;
pub mod decrypt;
pub mod edit;
pub mod encrypt;
pub mod example;
pub mod init;
pub mod invite;
pub mod keygen;
pub mod list;
pub mod man;
pub mod new;
pub mod rehearse;
pub mod render;
pub mod summary;
pub mod templates;
