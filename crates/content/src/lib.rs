//! Solace's reading material, embedded in the binary at build time: the bibliography
//! (`content/sources.toml`, the one place source ids are listed), the articles
//! (`content/articles/*.md`, translations in `content/articles/<lang>/`) with their Markdown
//! renderer and reading checks (grade for English, INFLESZ for Spanish), the in-memory
//! search over them, and the support directory (`content/support/<region>.toml`).

pub mod articles;
pub mod grade;
pub mod inflesz;
pub mod markdown;
pub mod search;
pub mod sources;
pub mod support;
