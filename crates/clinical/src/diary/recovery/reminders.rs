//! Dates worth a reminder: the 3-week pregnancy test, the check-ins, the expected period.

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::diary::entry::{Entry, Management};
use crate::sources::Source;
use crate::sources::Source::{Farren2020, NhsMiscarriage, NhsPeriods, NiceCg192, NiceNg126};

use super::course::{Course, course};
use super::{
    CHECK_IN_DAYS, PERIOD_EXPECTED_FROM_DAYS, PERIOD_EXPECTED_TO_DAYS, PREGNANCY_TEST_AFTER_DAYS,
};

/// A date worth a reminder (the web turns it into an `.ics` file). Dates are in the offset of the
/// event they count from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Reminder {
    pub id: &'static str,
    /// Fluent id of the title.
    pub title_id: &'static str,
    pub date: NaiveDate,
    /// The last day of a window, when it is one.
    pub until: Option<NaiveDate>,
    /// The date rests on an unverified figure: say "approximately".
    pub approximate: bool,
    pub sources: &'static [Source],
}

fn plus_days(t: DateTime<FixedOffset>, days: u64) -> Option<NaiveDate> {
    t.date_naive().checked_add_days(Days::new(days))
}

/// The reminders for the most recent loss, by date.
pub fn reminders(entries: &[Entry]) -> Vec<Reminder> {
    reminders_for(&course(entries))
}

pub(super) fn reminders_for(c: &Course) -> Vec<Reminder> {
    let mut out = Vec::new();
    if let Some(anchor) = c.anchor
        && c.management != Some(Management::Surgery)
        && let Some(date) = plus_days(anchor, PREGNANCY_TEST_AFTER_DAYS)
    {
        out.push(Reminder {
            id: "pregnancy-test-3-weeks",
            title_id: "reminder-pregnancy-test",
            date,
            until: None,
            approximate: false,
            sources: &[NiceNg126],
        });
    }
    if let Some(loss) = c.loss_at {
        let [two, six] = CHECK_IN_DAYS;
        if let Some(date) = plus_days(loss, two) {
            out.push(Reminder {
                id: "check-in-2-weeks",
                title_id: "reminder-check-in-2-weeks",
                date,
                until: None,
                approximate: false,
                sources: &[NiceNg126, NhsMiscarriage, Farren2020, NiceCg192],
            });
        }
        if let Some(date) = plus_days(loss, six) {
            out.push(Reminder {
                id: "check-in-6-weeks",
                title_id: "reminder-check-in-6-weeks",
                date,
                until: None,
                approximate: false,
                sources: &[NhsPeriods, Farren2020],
            });
        }
    }
    if let Some(ended) = c.ended_at
        && let Some(date) = plus_days(ended, PERIOD_EXPECTED_FROM_DAYS)
    {
        out.push(Reminder {
            id: "period-expected",
            title_id: "reminder-period-expected",
            date,
            until: plus_days(ended, PERIOD_EXPECTED_TO_DAYS),
            approximate: true,
            sources: &[NhsPeriods],
        });
    }
    out.sort_by_key(|r| r.date);
    out
}
