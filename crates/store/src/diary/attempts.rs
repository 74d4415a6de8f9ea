//! Failed unlocks: the limits for passphrases and recovery codes, the reservation made
//! before each slow key derivation, and the derivation thrown away for an unknown name.

use chrono::{DateTime, TimeDelta, Utc};

use crate::ids::UserId;
use crate::store::FailureKind;
use crate::vault::{self, NameHash, Passphrase};

use super::{Diary, DiaryError, MAX_TRACKED_UNKNOWN_NAMES};

impl Diary {
    /// One Argon2id derivation at the configured parameters, thrown away: an unknown name
    /// takes as long as a wrong passphrase.
    pub(super) async fn burn(
        &self,
        ticket: &super::KdfTicket<'_>,
        pass: Passphrase,
    ) -> Result<(), DiaryError> {
        let params = self.config.kdf;
        self.derive_with(ticket, move || vault::burn_derivation(&pass, params))
            .await
    }

    pub(super) fn limit(&self, kind: FailureKind) -> (usize, TimeDelta) {
        match kind {
            FailureKind::Passphrase => {
                (self.config.max_failures.max(1), self.config.failure_window)
            }
            FailureKind::RecoveryCode => (
                self.config.max_recovery_failures.max(1),
                self.config.recovery_window,
            ),
        }
    }

    /// `TooManyAttempts` when `failures` (times, oldest first) hold the limit for `kind`.
    pub(super) fn over_limit(
        &self,
        kind: FailureKind,
        failures: &[DateTime<Utc>],
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        let (max, window) = self.limit(kind);
        if failures.len() >= max {
            // Allowed again once the oldest of the last `max` failures leaves the window.
            let oldest = failures.get(failures.len() - max).copied().unwrap_or(now);
            let retry_after = (oldest + window - now).max(TimeDelta::seconds(1));
            return Err(DiaryError::TooManyAttempts { retry_after });
        }
        Ok(())
    }

    /// Refuses without trying when the account has reached the limit for this kind of secret
    /// in its window; otherwise records this attempt as a failure *before* the slow key
    /// derivation, so attempts fired together are each counted (a success clears the count in
    /// [`Self::after_attempt`]). Within one process the check and the reservation are
    /// serialised; across app nodes sharing PostgreSQL the remaining window is the two quick
    /// queries, not a derivation. Wrong passphrases and wrong recovery codes have separate
    /// limits, so a guesser who locks the passphrase out never locks out the recovery code.
    pub(super) async fn reserve_attempt(
        &self,
        user: UserId,
        kind: FailureKind,
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        let _gate = self.attempt_gate.lock().await;
        let (_, window) = self.limit(kind);
        let failures = self
            .store
            .unlock_failures_since(user, kind, now - window)
            .await?;
        self.over_limit(kind, &failures, now)?;
        self.store.record_unlock_failure(user, kind, now).await?;
        Ok(())
    }

    /// The same limit for a name that has no account, kept in memory.
    pub(super) fn reserve_unknown(
        &self,
        name: NameHash,
        kind: FailureKind,
        now: DateTime<Utc>,
    ) -> Result<(), DiaryError> {
        let (_, window) = self.limit(kind);
        let mut map = self
            .unknown_failures
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() >= MAX_TRACKED_UNKNOWN_NAMES {
            map.retain(|_, times| times.last().is_some_and(|t| *t > now - window));
        }
        let times = map.entry((name, kind)).or_default();
        times.retain(|t| *t > now - window);
        self.over_limit(kind, times, now)?;
        times.push(now);
        Ok(())
    }

    /// A success clears the failure times (both kinds), the reserved one included, and reads
    /// how many failed since the last success; a wrong passphrase or code leaves the
    /// reservation standing as the failure it was.
    pub(super) async fn after_attempt<T>(
        &self,
        user: UserId,
        outcome: Result<T, DiaryError>,
    ) -> Result<(T, u64), DiaryError> {
        let value = outcome?;
        self.store.clear_unlock_failures(user).await?;
        // The count includes this attempt's reservation.
        let failed = self
            .store
            .take_failed_attempts(user)
            .await?
            .saturating_sub(1);
        Ok((value, failed))
    }
}
