//! The diary session: the cookie `solace_session` holds the 256-bit session secret; the store
//! keeps the data key wrapped under it with a sliding idle timeout, so any app node can open it.
//!
//! [`Session`] is the cookie, read but not yet opened (so a form's CSRF token is checked before
//! the store is asked). [`UnlockedDiary`] is an open diary: as an extractor it answers a locked
//! diary with the unlock form (saying so kindly when the session ended by itself, and clearing
//! the dead cookie).
//!
//! A request that carries more than one session cookie (the same name twice, or `__Host-`
//! prefixed and unprefixed) was given one by someone else — a sibling subdomain, an injected
//! plain-HTTP answer, another app on this computer — who may hope to catch what is typed next in
//! a diary of their own. Such a request is treated as locked: no cookie is opened, every one is
//! cleared, and Lock ends every session named.

use super::Ctx;
use crate::AppState;
use crate::cookies::{self, Cookies};
use crate::error::PageError;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::Response;
use solace_store::{Diary, DiaryError, SessionSecret, Unlocked};
use std::convert::Infallible;
use std::sync::Arc;

/// The session cookie of a request, not yet opened.
#[derive(Debug)]
pub struct Session {
    /// The one session cookie, by this server's name for it, when it was the only one.
    secret: Option<SessionSecret>,
    /// Every well-formed session secret sent, under either name (ended by Lock).
    sent: Vec<SessionSecret>,
    /// The request carried a session cookie, well formed or not.
    had_cookie: bool,
}

/// An open diary: the store and the key this session unwrapped.
#[derive(Debug)]
pub struct UnlockedDiary {
    pub diary: Arc<Diary>,
    pub key: Unlocked,
}

impl UnlockedDiary {
    /// Every readable entry, in time order.
    pub async fn entries(&self) -> Result<Vec<solace_clinical::diary::Entry>, DiaryError> {
        solace_app::diary::load(&self.diary, &self.key)
            .await
            .map(|l| l.entries)
    }
}

/// Why a session did not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed {
    /// This server has no diary store.
    NoStore,
    /// No session, or it ended (locked, idle, or unknown).
    Locked,
    /// The store failed.
    Failed,
    /// The database cannot be reached (an outage): the session may well be live, so its cookie
    /// is kept and nothing says the diary locked.
    Unavailable,
}

impl FromRequestParts<AppState> for Session {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let ours = Cookies::for_config(&state.config).name(cookies::SESSION);
        let values = cookies::session_values(&parts.headers);
        let secret = match values.as_slice() {
            [(name, value)] if *name == ours => SessionSecret::from_cookie_value(value).ok(),
            _ => None,
        };
        Ok(Session {
            secret,
            sent: values
                .iter()
                .filter_map(|(_, v)| SessionSecret::from_cookie_value(v).ok())
                .collect(),
            had_cookie: !values.is_empty(),
        })
    }
}

impl Session {
    /// Whether the request carried a session cookie (so a locked page clears it).
    pub fn had_cookie(&self) -> bool {
        self.had_cookie
    }

    /// Opens the diary when the session is live.
    pub async fn try_open(&self, ctx: &Ctx) -> Result<UnlockedDiary, Closed> {
        let diary = ctx.state().diary.clone().ok_or(Closed::NoStore)?;
        let secret = self.secret.as_ref().ok_or(Closed::Locked)?;
        match diary.open_session(secret, ctx.now()).await {
            Ok(key) => Ok(UnlockedDiary { diary, key }),
            Err(DiaryError::SessionInvalid) => Err(Closed::Locked),
            Err(e) => {
                crate::error::report(ctx, &e);
                Err(if crate::error::kind_of(&e) == "unavailable" {
                    Closed::Unavailable
                } else {
                    Closed::Failed
                })
            }
        }
    }

    /// The open diary, or the page to send instead: the unlock form (with the dead cookie
    /// cleared), the page that says there is no store, or the store error.
    pub async fn open(&self, ctx: &Ctx) -> Result<UnlockedDiary, PageError> {
        match self.try_open(ctx).await {
            Ok(open) => Ok(open),
            Err(closed) => Err(self.closed_page(ctx, closed).await),
        }
    }

    /// The page for a session that did not open (see [`Self::open`]).
    pub async fn closed_page(&self, ctx: &Ctx, closed: Closed) -> PageError {
        match closed {
            Closed::NoStore => PageError::no_store(ctx),
            Closed::Failed => PageError::store_error(ctx),
            Closed::Unavailable => PageError::unavailable(ctx),
            Closed::Locked => {
                let diary = match ctx.store() {
                    Ok(diary) => diary,
                    Err(page) => return page,
                };
                let mut res = crate::pages::diary::locked_page(ctx, &diary, self.had_cookie).await;
                if self.had_cookie {
                    self.clear(ctx, &mut res);
                }
                res.into()
            }
        }
    }

    /// The open diary, or `None` for any reason. For pages outside the diary that offer to keep
    /// something only when it is unlocked (wellbeing check-ins); they never show the unlock form.
    pub async fn open_quietly(&self, ctx: &Ctx) -> Option<UnlockedDiary> {
        self.try_open(ctx).await.ok()
    }

    /// Ends the session in the store (Lock, "Leave this site"): every session the request
    /// named, when it carried more than one. Returns whether there was one.
    pub async fn end(&self, ctx: &Ctx) -> bool {
        if self.sent.is_empty() {
            return false;
        }
        if let Some(diary) = &ctx.state().diary {
            for secret in &self.sent {
                let _ = diary.end_session(secret).await;
            }
        }
        true
    }

    /// Clears the session cookie on `res` (in hosted mode an unprefixed one too).
    pub fn clear(&self, ctx: &Ctx, res: &mut Response) {
        ctx.cookies().remove_session(res);
    }
}

impl FromRequestParts<AppState> for UnlockedDiary {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, PageError> {
        let Ok(ctx) = Ctx::from_request_parts(parts, state).await;
        let Ok(session) = Session::from_request_parts(parts, state).await;
        session.open(&ctx).await
    }
}

/// Starts a session for an unlocked diary and sets its cookie on `res`.
pub async fn start(
    ctx: &Ctx,
    diary: &Diary,
    key: &Unlocked,
    res: &mut Response,
) -> Result<(), DiaryError> {
    let session = diary.start_session(key, ctx.now()).await?;
    ctx.cookies().set(
        res,
        cookies::SESSION,
        session.secret().to_cookie_value().as_str(),
        cookies::Lifetime::Browser,
    );
    Ok(())
}
