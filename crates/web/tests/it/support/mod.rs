//! Helpers shared by the integration tests.

pub mod diary_client;
pub mod page_client;
