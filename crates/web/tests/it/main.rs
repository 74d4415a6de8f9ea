//! The web crate's integration tests, one binary (each module was its own binary before: one
//! link of axum, tantivy and typst instead of one per file). `support` is the shared harness.

mod api;
mod api_results;
mod diary;
mod diary_backup;
mod diary_hosting;
mod diary_keys;
mod diary_more;
mod diary_photos;
mod diary_safety;
mod diary_year;
mod export;
mod hosted_ops;
mod hosts;
mod learn;
mod page_cache;
mod pages;
mod readings_es;
mod results_dates;
mod results_hcg;
mod results_odds;
mod results_options;
mod results_scan;
mod spanish;
mod support;
mod support_pages;
mod unreadable_forms;
mod wellbeing;
