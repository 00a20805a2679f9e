//! The questions: the catalogue, the fixed choices, and parsing and
//! checking answers. What is said of a whole text or plan (the coaching
//! rules, the findings, what is due) is in `check`, a layer above the plan
//! file; which questions a plan asks (`planfile::scope`) and the answers it
//! planned (`planfile::planned`) read the plan, so they are part of it.

pub mod answer;
pub mod catalogue;
pub mod choices;
