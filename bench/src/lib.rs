//! Fixtures shared by the criterion benches and the HTTP load scripts in `bench/`.
//!
//! [`year_of_entries`] is the diary of a whole year, one day at a time: the loss and the care
//! chosen at the start, bleeding, pain, temperatures and hCG falling over the first weeks, tests,
//! then a mood entry every day and a note every week. Made-up data, shaped like a real diary.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Value, json};

/// Days in the year of entries.
pub const DAYS: i64 = 365;

fn at(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The entries (as `solace diary add --json` reads them) of a diary whose last day is the day of
/// `end`: at least one entry on each of the [`DAYS`] days, 450 or so in all, in time order, none
/// after `end`.
pub fn year_of_entries(end: DateTime<Utc>) -> Vec<Value> {
    // The first morning entry is 16 hours before `end` on the last day, so the evening ones fit.
    let first = end - Duration::days(DAYS - 1) - Duration::hours(16);
    let mut out = vec![
        json!({"kind": "event", "at": at(first), "event": "loss_confirmed"}),
        json!({"kind": "event", "at": at(first + Duration::minutes(30)),
               "event": "management_chosen", "management": "medication"}),
        json!({"kind": "event", "at": at(first + Duration::hours(1)),
               "event": "medication_taken", "medicine": "misoprostol"}),
    ];
    for day in 0..DAYS {
        let morning = first + Duration::days(day) + Duration::minutes(90);
        if day < 21 {
            // Bleeding that eases over three weeks, with pain and a temperature.
            let pads = if day < 2 { 1.0 } else { 0.5 };
            let fullness = if day < 3 {
                "full"
            } else if day < 10 {
                "moderate"
            } else {
                "light"
            };
            let clots = if day < 2 { "small" } else { "none" };
            out.push(json!({"kind": "bleeding", "at": at(morning),
                "pads_soaked_per_hour": pads, "pad_fullness": fullness, "clots": clots,
                "note": "changed pads twice this morning"}));
            out.push(
                json!({"kind": "pain", "at": at(morning + Duration::minutes(10)),
                "score": (6 - day / 4).max(1), "where": "lower_middle"}),
            );
            out.push(
                json!({"kind": "temperature", "at": at(morning + Duration::minutes(20)),
                "celsius": 36.8}),
            );
        }
        if day % 7 == 2 && day < 30 {
            let iu = 2400.0 / f64::powi(2.0, (day / 2) as i32 + 1);
            out.push(
                json!({"kind": "hcg", "at": at(morning + Duration::minutes(30)),
                "iu_per_l": (iu.max(2.0) * 10.0).round() / 10.0}),
            );
        }
        if day == 21 {
            out.push(
                json!({"kind": "pregnancy_test", "at": at(morning + Duration::minutes(40)),
                "result": "negative"}),
            );
        }
        out.push(
            json!({"kind": "mood", "at": at(morning + Duration::hours(12)),
            "score": 3 + (day % 5), "words": "tired but a little better"}),
        );
        if day % 7 == 6 {
            out.push(
                json!({"kind": "note", "at": at(morning + Duration::hours(13)),
                "text": "Walked to the park. Talked to my sister on the phone for a long time."}),
            );
        }
        if day == 40 {
            out.push(
                json!({"kind": "event", "at": at(morning + Duration::hours(1)),
                "event": "period_returned"}),
            );
        }
    }
    out.sort_by(|a, b| a["at"].as_str().cmp(&b["at"].as_str()));
    out
}

/// The year of issue 16's targets: a bleeding and a pain entry every day for [`DAYS`] days (730
/// entries), the newest this morning (before `end`), in time order.
pub fn year_of_bleeding_and_pain(end: DateTime<Utc>) -> Vec<Value> {
    let first = end - Duration::days(DAYS - 1) - Duration::hours(16);
    (0..DAYS)
        .flat_map(|day| {
            let morning = first + Duration::days(day) + Duration::minutes(90);
            [
                json!({"kind": "bleeding", "at": at(morning),
                    "pads_soaked_per_hour": 0.5, "pad_fullness": "light", "clots": "none",
                    "note": "changed pads twice this morning"}),
                json!({"kind": "pain", "at": at(morning + Duration::minutes(10)),
                    "score": 2 + day % 4, "where": "lower_middle"}),
            ]
        })
        .collect()
}
