//! Sessions: started, opened, renewed at most once a minute, rotated and ended; every one
//! needs the cookie's secret and this diary's server secret.

use chrono::{DateTime, Utc};

use crate::ids::UserId;
use crate::store::SessionRow;
use crate::vault::{self, Sealed, SessionSecret};

use super::{Diary, DiaryError, Session, Unlocked};

impl Diary {
    /// Starts a session: a new random secret for the cookie; the database keeps only the data
    /// key wrapped under it (and the server secret), the idle expiry (`now` + idle timeout) and
    /// the absolute end (`now` + session lifetime). The account's oldest session ends if it
    /// already has `max_sessions`.
    pub async fn start_session(
        &self,
        unlocked: &Unlocked,
        now: DateTime<Utc>,
    ) -> Result<Session, DiaryError> {
        let ends_at = now + self.config.session_lifetime;
        let (secret, row) = self.new_session_row(unlocked, now, ends_at)?;
        self.store
            .create_session(&row, self.config.max_sessions.max(1))
            .await?;
        Ok(Session {
            secret,
            user: unlocked.user,
            expires_at: row.expires_at,
        })
    }

    pub(super) fn new_session_row(
        &self,
        unlocked: &Unlocked,
        now: DateTime<Utc>,
        ends_at: DateTime<Utc>,
    ) -> Result<(SessionSecret, SessionRow), DiaryError> {
        let secret = SessionSecret::generate()?;
        let wrapped = vault::wrap_for_session(&unlocked.key, &self.server, &secret, unlocked.user)?;
        let row = SessionRow {
            lookup: vault::session_lookup(&self.server, &secret),
            user_id: unlocked.user,
            nonce: wrapped.nonce,
            wrapped_key: wrapped.ciphertext,
            expires_at: (now + self.config.idle_timeout).min(ends_at),
            ends_at,
        };
        Ok((secret, row))
    }

    /// The live row for this secret, its idle expiry slid forward when that moves it by more
    /// than `renew_after` (otherwise nothing is written).
    pub(super) async fn live_row(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<SessionRow, DiaryError> {
        let lookup = vault::session_lookup(&self.server, secret);
        let mut row = self
            .store
            .live_session(&lookup, now)
            .await?
            .ok_or(DiaryError::SessionInvalid)?;
        let wanted = (now + self.config.idle_timeout).min(row.ends_at);
        if wanted - row.expires_at > self.config.renew_after {
            if !self.store.touch_session(&lookup, now, wanted).await? {
                return Err(DiaryError::SessionInvalid);
            }
            row.expires_at = wanted;
        }
        Ok(row)
    }

    /// The row key this diary stores for a session secret (what a database dump holds; tests
    /// use it to look at the row).
    pub fn session_lookup(&self, secret: &SessionSecret) -> vault::SessionLookup {
        vault::session_lookup(&self.server, secret)
    }

    /// Opens the diary for one request from the cookie's secret, and slides the idle timeout.
    /// `SessionInvalid` if the session is unknown, ended, idle too long or past its absolute
    /// end, or was made under another server secret (local mode: before `serve` restarted).
    pub async fn open_session(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<Unlocked, DiaryError> {
        let row = self.live_row(secret, now).await?;
        let key = vault::unwrap_session(
            &Sealed {
                nonce: row.nonce,
                ciphertext: row.wrapped_key,
            },
            &self.server,
            secret,
            row.user_id,
        )?;
        Ok(Unlocked {
            user: row.user_id,
            key,
            failed_attempts: 0,
        })
    }

    /// Slides the idle timeout without unwrapping the key. `SessionInvalid` if not live.
    pub async fn touch(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, DiaryError> {
        Ok(self.live_row(secret, now).await?.expires_at)
    }

    /// Replaces the session's secret with a new one (the old cookie stops working at once).
    /// The new session keeps the old one's absolute end.
    pub async fn rotate_session(
        &self,
        secret: &SessionSecret,
        now: DateTime<Utc>,
    ) -> Result<Session, DiaryError> {
        let old = self.live_row(secret, now).await?;
        let unlocked = self.open_session(secret, now).await?;
        let (new_secret, row) = self.new_session_row(&unlocked, now, old.ends_at)?;
        if !self
            .store
            .rotate_session(&vault::session_lookup(&self.server, secret), now, &row)
            .await?
        {
            return Err(DiaryError::SessionInvalid);
        }
        Ok(Session {
            secret: new_secret,
            user: unlocked.user,
            expires_at: row.expires_at,
        })
    }

    /// Lock / log out: deletes the wrapped key. Ending an unknown session is not an error.
    pub async fn end_session(&self, secret: &SessionSecret) -> Result<(), DiaryError> {
        self.store
            .delete_session(&vault::session_lookup(&self.server, secret))
            .await?;
        Ok(())
    }

    /// Ends every session of the user ("sign out everywhere"); returns how many there were.
    pub async fn end_all_sessions(&self, user: UserId) -> Result<u64, DiaryError> {
        Ok(self.store.delete_user_sessions(user).await?)
    }

    /// Ends every session of every account: local mode calls it when `serve` starts and when
    /// it stops, since no session can open without this process's server secret anyway.
    pub async fn end_every_session(&self) -> Result<u64, DiaryError> {
        Ok(self.store.delete_all_sessions().await?)
    }

    /// Deletes expired sessions and failures older than the longer failure window. Run it now
    /// and then (say each minute); expired sessions are refused whether or not they were
    /// purged.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> Result<u64, DiaryError> {
        let sessions = self.store.purge_expired_sessions(now).await?;
        let window = self.config.failure_window.max(self.config.recovery_window);
        self.store.purge_unlock_failures(now - window).await?;
        {
            let mut map = self
                .unknown_failures
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            map.retain(|_, times| times.last().is_some_and(|t| *t > now - window));
        }
        Ok(sessions)
    }
}
