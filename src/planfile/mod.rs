//! The plan file: its typed view, the editable document, loading with
//! diagnostics, dates, where plans live, and atomic private writes.

pub mod batch;
mod diagnose;
pub mod editable;
pub mod listing;
pub mod load;
pub mod location;
pub mod picked;
pub mod provided;
pub mod scope;
pub mod sealed;
pub mod storage;
pub mod typed;

pub use diagnose::line_col;
pub use editable::EditablePlan;
pub use load::{FileKind, load};
pub use location::{folder_of, plan_dir, resolve, slug};
pub use storage::{
    PlanLock, check_fits, ensure_private_dir, lock, require_writable, save, save_as, try_lock,
    write_plan, write_private,
};
pub use typed::{Plan, SCHEMA, Status};
