//! One file per command.

pub mod new;
pub mod script;
