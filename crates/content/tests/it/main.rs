//! The crate's integration tests, one binary (each module was its own binary before: one link
//! of the crate's dependencies instead of one per file).

mod articles;
mod articles_es;
mod search;
mod search_es;
