//! What handlers take from a request, read once: [`Ctx`] (preferences, CSRF token,
//! the clock), [`CsrfForm`] (a form whose token and origin were checked) and the diary session
//! ([`Session`], [`UnlockedDiary`]).
//!
//! A handler reads as: extract → call `solace-app` / `solace-clinical` → render. Failures that
//! every page shares (an unreadable form, a forged one, a locked diary, the store failing) come
//! back as a [`PageError`](crate::error::PageError), which is a response.

pub mod csrf;
pub mod form;
pub mod session;

pub use csrf::{CSRF_FIELD, CsrfForm, CsrfRefusal, Pairs};
pub use session::{Session, UnlockedDiary};

use crate::AppState;
use crate::cookies::{self, Cookies, Lifetime};
use crate::error::PageError;
use crate::hosts::Hosts;
use crate::prefs::Prefs;
use crate::view::{self, Chrome, Page};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use solace_i18n::{Lang, Tr};
use solace_store::Diary;
use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A form body for the pages that change nothing and only show answers back (the symptom check,
/// the results pages, "How to help me"): no CSRF token is needed. A body that is not a form is
/// answered with the kind page for a request we could not read, with the form reader's status.
#[derive(Debug)]
pub struct AnswersForm(pub form::SecretPairs);

impl axum::extract::FromRequest<AppState> for AnswersForm {
    type Rejection = PageError;

    async fn from_request(
        req: axum::extract::Request,
        state: &AppState,
    ) -> Result<Self, PageError> {
        let (mut parts, body) = req.into_parts();
        let Ok(ctx) = Ctx::from_request_parts(&mut parts, state).await;
        let req = axum::extract::Request::from_parts(parts, body);
        match form::read(req, state).await {
            Ok(pairs) => Ok(AnswersForm(pairs)),
            Err(status) => Err(PageError::bad_request(&ctx, status)),
        }
    }
}

/// What every page handler needs: the person's preferences, the path (for the
/// language switch), the CSRF token for forms, and the server's state (the clock, the diary).
#[derive(Debug, Clone)]
pub struct Ctx {
    state: AppState,
    pub prefs: Prefs,
    pub(crate) path: String,
    pub(crate) csrf: String,
    /// The visit had no token yet: one was made for this response, so nothing sent can match it.
    pub(crate) csrf_is_new: bool,
    /// Whether the page put the token in a form: only then does a new visit get the cookie, so a
    /// page without a form that changes something sets no cookie (and can be kept,
    /// [`crate::page_cache`]).
    csrf_used: Arc<AtomicBool>,
    /// Whether the browser says the request came from this site (see [`csrf::same_origin`]).
    same_origin: bool,
    /// Whether the browser positively says so (see [`csrf::affirmed_same_origin`]).
    same_origin_affirmed: bool,
    /// Whether the person chose a language (else it follows the region).
    pub(crate) lang_chosen: bool,
    /// Whether this page shows answers sent with the request (a POST): the language switch would
    /// leave the page and lose them, so it is left out and Settings is one tap away instead.
    pub holds_answers: bool,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = Infallible;

    /// Made once a request: a second extractor (a [`CsrfForm`], an [`UnlockedDiary`]) gets the
    /// same one, with the same fresh CSRF token.
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        if let Some(ctx) = parts.extensions.get::<Ctx>() {
            return Ok(ctx.clone());
        }
        let prefs = Prefs::from_headers(&parts.headers, &state.config);
        let jar = Cookies::for_config(&state.config);
        let (csrf, csrf_is_new) = match jar
            .get(&parts.headers, cookies::CSRF)
            .filter(|t| csrf::well_formed(t))
        {
            Some(t) => (t.to_owned(), false),
            None => (csrf::fresh(), true),
        };
        let ctx = Ctx {
            state: state.clone(),
            prefs,
            path: parts.uri.path().to_owned(),
            csrf,
            csrf_is_new,
            csrf_used: Arc::new(AtomicBool::new(false)),
            same_origin: csrf::same_origin(&parts.headers, Hosts::of(&state.config)),
            same_origin_affirmed: csrf::affirmed_same_origin(
                &parts.headers,
                Hosts::of(&state.config),
            ),
            lang_chosen: jar
                .get(&parts.headers, cookies::LANG)
                .and_then(Lang::from_tag)
                .is_some(),
            // Every POST but settings carries answers (check, results, odds).
            holds_answers: parts.method == axum::http::Method::POST
                && parts.uri.path() != "/settings",
        };
        parts.extensions.insert(ctx.clone());
        Ok(ctx)
    }
}

impl Ctx {
    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub fn tr(&self) -> Tr<'_> {
        self.state.i18n.tr(self.prefs.lang, self.prefs.region)
    }

    /// This instant, from the server's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.state.clock.now()
    }

    /// Today's date where Solace runs, from the server's clock.
    pub fn today(&self) -> NaiveDate {
        self.state.clock.today()
    }

    /// Multi-user (hosted) mode: diaries are opened by account name and passphrase.
    pub fn multi_user(&self) -> bool {
        self.state.config.multi_user
    }

    /// The cookie builder for this server (hosted cookies are `Secure`).
    pub fn cookies(&self) -> Cookies {
        Cookies::for_config(&self.state.config)
    }

    /// The diary store, or the kind page that says there is none.
    pub fn store(&self) -> Result<Arc<Diary>, PageError> {
        self.state
            .diary
            .clone()
            .ok_or_else(|| PageError::no_store(self))
    }

    /// The one CSRF check: the request came from this site, this visit already had a token, and
    /// `submitted` (the form's hidden field) equals it.
    pub fn csrf_ok(&self, submitted: &str) -> bool {
        self.same_origin && !self.csrf_is_new && csrf::matches(&self.csrf, submitted)
    }

    /// The CSRF token, for a form's hidden field: the response then sets the cookie if this visit
    /// had none.
    pub(crate) fn csrf_token(&self) -> &str {
        self.csrf_used.store(true, Ordering::Relaxed);
        &self.csrf
    }

    /// Whether the browser positively says the request came from this site: `Sec-Fetch-Site:
    /// same-origin`, or an `Origin` that names this host. Enough for the language switch, which
    /// carries no token (see [`crate::pages::settings`]).
    pub fn same_origin_affirmed(&self) -> bool {
        self.same_origin_affirmed
    }

    /// Whether the browser says the request came from another site (checked before the form is
    /// read by the pages that refuse such a request without reading it).
    pub fn cross_site(&self) -> bool {
        !self.same_origin
    }

    /// Wraps `page` in the layout and makes the response: HTML, the status, and the CSRF
    /// cookie when this visit has none yet and the page holds a form that needs it.
    pub fn respond(&self, page: &Page) -> Response {
        let tr = self.tr();
        let html = view::layout::layout(self, &tr, page).into_string();
        let mut res = (
            page.status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response();
        if self.csrf_is_new && self.csrf_used.load(Ordering::Relaxed) {
            self.cookies()
                .set(&mut res, cookies::CSRF, &self.csrf, Lifetime::Browser);
        }
        res
    }

    /// A standard page that holds something private (the diary, check-in answers): never
    /// cached. `title` is a message id.
    pub fn private_page(&self, title: &str, body: maud::Markup, status: StatusCode) -> Response {
        crate::error::no_store(self.respond(&Page {
            title: self.tr().t(title),
            body,
            status,
            chrome: Chrome::Standard,
        }))
    }

    /// A question form, empty or sent back: its title (`titles.0`, or `titles.1` when the form
    /// came back with problems) says which.
    pub fn form_page(
        &self,
        titles: (&str, &str),
        has_errors: bool,
        body: maud::Markup,
        status: StatusCode,
    ) -> Response {
        self.respond(&Page {
            title: self.tr().t(if has_errors { titles.1 } else { titles.0 }),
            body,
            status,
            chrome: Chrome::Standard,
        })
    }
}
