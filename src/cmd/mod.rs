//! One file per command.

pub mod new;
pub mod render;
pub mod script;
pub mod templates;
