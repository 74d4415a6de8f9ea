//! Solace's reading material, embedded in the binary at build time. For now: the bibliography
//! (`content/sources.toml`), the one place source ids are listed.

pub mod sources;
