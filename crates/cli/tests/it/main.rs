//! The crate's integration tests, one binary (each module was its own binary before: one link
//! of the crate's dependencies instead of one per file).

mod architecture;
mod browser;
mod cli;
mod cli_results;
mod crash;
mod diary;
mod hosted;
mod hosts;
mod readings_cli_es;
mod repository;
mod same_numbers;
mod search;
mod spanish;
