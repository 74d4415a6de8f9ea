//! Solace's clinical domain: pure, total and deterministic.
//!
//! No IO, no clock reads, no randomness, no panics. "Today", the region and the rule set are
//! parameters. Every threshold names its source id from CLINICAL.md (see [`sources::Source`]).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub mod dating;
pub mod diary;
pub mod hcg;
pub mod input;
pub mod management;
pub mod region;
pub mod risk;
pub mod scan;
pub mod sources;
pub mod triage;
pub mod wellbeing;
pub mod words;

pub use region::Region;
pub use sources::Source;
