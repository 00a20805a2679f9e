//! One file per command.

pub mod invite;
pub mod new;
pub mod render;
pub mod script;
pub mod summary;
pub mod templates;
