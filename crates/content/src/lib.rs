//! Solace's reading material, embedded in the binary at build time: the bibliography
//! (`content/sources.toml`, the one place source ids are listed), the articles
//! (`content/articles/*.md`) with their Markdown renderer and reading-grade check, the in-memory
//! search over them, and the support directory (`content/support/<region>.toml`).

pub mod articles;
pub mod grade;
pub mod markdown;
pub mod search;
pub mod sources;
pub mod support;
