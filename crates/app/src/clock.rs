//! The one place "now" comes from. The server holds a [`Clock`] in its state and passes the
//! time to every page that needs it; tests hold a [`FixedClock`] and move it, so nothing sleeps
//! to cross a second or a day.

use chrono::{DateTime, Local, NaiveDate, Utc};
use std::sync::Mutex;

/// Where the current time comes from.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// This instant.
    fn now(&self) -> DateTime<Utc>;

    /// Today's date where Solace runs (dating by the last period counts from it).
    fn today(&self) -> NaiveDate;
}

/// The computer's own clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
}

/// A clock that says what it is told: for tests, which set it and move it forward.
#[derive(Debug)]
pub struct FixedClock {
    at: Mutex<DateTime<Utc>>,
}

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> FixedClock {
        FixedClock { at: Mutex::new(at) }
    }

    /// Sets the time.
    pub fn set(&self, at: DateTime<Utc>) {
        *self
            .at
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = at;
    }

    /// Moves the time forward (or back, with a negative delta).
    pub fn advance(&self, by: chrono::TimeDelta) {
        let mut at = self
            .at
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *at += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self
            .at
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The fixed clock's date in UTC (tests choose times far from midnight).
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_told() {
        let start = DateTime::parse_from_rfc3339("2026-12-07T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let c = FixedClock::new(start);
        assert_eq!(c.now(), start);
        c.advance(chrono::TimeDelta::minutes(16));
        assert_eq!(c.now(), start + chrono::TimeDelta::minutes(16));
        assert_eq!(c.today(), start.date_naive());
        c.set(start);
        assert_eq!(c.now(), start);
    }
}
