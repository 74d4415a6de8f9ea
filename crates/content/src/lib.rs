//! Solace's reading material, embedded in the binary at build time: the bibliography
//! (`content/sources.toml`, the one place source ids are listed), the support directory
//! (`content/support/<region>.toml`) and the reading-grade check every text people read passes.

pub mod readability;
pub mod sources;
pub mod support;
