//! The view kit: the one page [`layout`], the pieces every form shares ([`forms`]: the error
//! summary, the line under a field, the CSRF field, questions kept as typed) and the SVG chart
//! helpers ([`charts`]). Pages build their `<main>` from these and hand a [`Page`] to
//! [`Ctx::respond`](crate::extract::Ctx::respond).

pub mod charts;
pub mod forms;
pub mod layout;

use axum::http::StatusCode;
use maud::Markup;

/// How much of the site's frame a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chrome {
    /// Banner, quick exit, header, nav, language switch, footer with the disclaimer.
    Standard,
    /// As standard, but the page shows the disclaimer itself (the result page), so the footer
    /// does not repeat it.
    DisclaimerInBody,
    /// The neutral page behind "Leave this site": no name, no nav, no script; only the
    /// emergency number, quietly.
    Neutral,
}

/// One page: its title, its `<main>` content, the status, and how much frame it gets.
#[derive(Debug)]
pub struct Page {
    pub title: String,
    pub body: Markup,
    pub status: StatusCode,
    pub chrome: Chrome,
}
