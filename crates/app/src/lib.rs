//! What Solace's web app, CLI and fuzz targets share, below HTTP: the calculations and their
//! answers ([`calc`]), reading JSON input ([`json_input`]), the triage answer in words
//! ([`triage_view`]), the `OpenAPI` document ([`openapi`]), the PDF's words ([`export_labels`]),
//! photo metadata stripping ([`photo_meta`]), the results readings in the reader's language
//! ([`readings`]), the diary's typed records, loading and automatic
//! deletion over the storage trait ([`diary`]), the server's start-up checks ([`config`]) and the
//! clock ([`clock`]). No HTTP, no storage backend.

pub mod calc;
pub mod clock;
pub mod config;
pub mod diary;
pub mod export_labels;
pub mod json_input;
pub mod openapi;
pub mod photo_meta;
pub mod readings;
pub mod readings_more;
pub mod triage_view;

/// The largest request body (and CLI input) accepted. Triage answers are well under 2 KB; photo
/// uploads have their own, larger limit in the web crate.
pub const BODY_LIMIT: usize = 64 * 1024;
