//! A recovery journey, told as the person would record it: loss confirmed → medicines chosen →
//! misoprostol taken → bleeding for 10 days, tapering → a fever on day 5 (flagged) → a negative
//! test at 3 weeks → no flags. The diary is read at each step with only what was recorded by then.

use super::*;
use crate::diary::recovery::{
    FEVER, NO_BLEEDING_AFTER_MISOPROSTOL, POSITIVE_TEST, RECENT_SYMPTOMS,
};
use crate::triage::{Situation, Treatment, Urgency};

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// The whole diary, as JSON lines in the person's offset (+01:00).
fn story(final_test: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![
        r#"{"kind":"scan","at":"2026-10-01T08:30:00+01:00","showed":"early_pregnancy_loss"}"#.into(),
        r#"{"kind":"event","at":"2026-10-01T09:00:00+01:00","event":"loss_confirmed"}"#.into(),
        r#"{"kind":"event","at":"2026-10-01T10:00:00+01:00","event":"management_chosen","management":"medication"}"#.into(),
        r#"{"kind":"event","at":"2026-10-01T10:05:00+01:00","event":"medication_taken","medicine":"mifepristone"}"#.into(),
        r#"{"kind":"mood","at":"2026-10-01T21:00:00+01:00","score":2,"words":"numb"}"#.into(),
        r#"{"kind":"event","at":"2026-10-03T08:00:00+01:00","event":"medication_taken","medicine":"misoprostol"}"#.into(),
        r#"{"kind":"event","at":"2026-10-03T18:00:00+01:00","event":"pregnancy_ended"}"#.into(),
    ];
    // Days 1–10 after misoprostol: pads an hour and pad fullness taper off.
    let pads = [1.0, 1.0, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    let fullness = [
        "full", "full", "moderate", "moderate", "moderate", "light", "light", "light", "light",
        "light",
    ];
    for (i, (p, f)) in pads.iter().zip(fullness).enumerate() {
        let day = 3 + i;
        let clots = if i == 0 { r#","clots":"small""# } else { "" };
        lines.push(format!(
            r#"{{"kind":"bleeding","at":"2026-10-{day:02}T12:00:00+01:00","pads_soaked_per_hour":{p},"pad_fullness":"{f}"{clots}}}"#
        ));
    }
    lines.extend([
        r#"{"kind":"pain","at":"2026-10-03T12:00:00+01:00","score":6,"where":"lower_middle"}"#.into(),
        r#"{"kind":"medication","at":"2026-10-03T12:05:00+01:00","name":"Ibuprofen","dose":"400 mg"}"#.into(),
        r#"{"kind":"pain","at":"2026-10-04T12:00:00+01:00","score":4,"where":"lower_middle"}"#.into(),
        r#"{"kind":"pain","at":"2026-10-05T12:00:00+01:00","score":2}"#.into(),
        // Day 5: a fever in the evening; normal the next morning.
        r#"{"kind":"temperature","at":"2026-10-07T20:00:00+01:00","celsius":38.3}"#.into(),
        r#"{"kind":"temperature","at":"2026-10-08T09:00:00+01:00","celsius":37.0}"#.into(),
        r#"{"kind":"note","at":"2026-10-08T09:05:00+01:00","text":"Saw the GP, feeling better."}"#.into(),
        r#"{"kind":"hcg","at":"2026-10-10T09:00:00+01:00","iu_per_l":310}"#.into(),
        r#"{"kind":"mood","at":"2026-10-15T21:00:00+01:00","score":5}"#.into(),
    ]);
    lines.push(format!(
        r#"{{"kind":"pregnancy_test","at":"2026-10-24T08:00:00+01:00","result":"{final_test}"}}"#
    ));
    lines
}

/// The entries recorded by `now`, each checked as it was added (against its own time).
fn recorded_by(lines: &[String], now: DateTime<Utc>) -> Vec<Entry> {
    lines
        .iter()
        .map(|l| {
            let i: EntryInput = serde_json::from_str(l).unwrap();
            let at = t(i.at.as_deref().unwrap());
            (at, i)
        })
        .filter(|(at, _)| *at <= now)
        .map(|(at, i)| i.validate(at).unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn read(lines: &[String], now: &str) -> Recovery {
    let now = t(now);
    recovery(&recorded_by(lines, now), now, RecoveryOptions::default())
}

#[test]
fn a_recovery_journey_after_medical_management() {
    let lines = story("negative");

    // The loss is confirmed and medicines chosen: the pregnancy has ended for the UI.
    let r = read(&lines, "2026-10-01T11:00:00+01:00");
    assert!(r.course.pregnancy_ended);
    assert_eq!(r.course.management, Some(Management::Medication));
    assert_eq!(r.course.situation, Some(Situation::MiscarriageDiagnosed));
    assert!(r.flags.is_empty(), "{:?}", flag_ids(&r));
    assert_eq!(r.urgency, Urgency::SelfCare);
    assert!(
        r.expected_course
            .iter()
            .any(|f| f.id == "medication-bleeding-up-to-3-weeks")
    );

    // Misoprostol taken; bleeding came that day, so 25 hours on the misoprostol check is quiet.
    // Pain 6 the day before, after the loss, is same-day (pain-after-loss, CLINICAL.md 2026-12).
    let r = read(&lines, "2026-10-04T09:00:00+01:00");
    assert_eq!(r.course.situation, Some(Situation::AfterLoss));
    assert!(!has_flag(&r, NO_BLEEDING_AFTER_MISOPROSTOL));
    assert_eq!(flag_ids(&r), [RECENT_SYMPTOMS]);
    assert!(
        flag(&r, RECENT_SYMPTOMS)
            .triage_rules
            .contains(&"pain-after-loss")
    );
    assert_eq!(r.triage.input.treatment, Some(Treatment::Medication));
    assert_eq!(r.triage.input.pads_soaked_per_hour, Some(1.0));

    // Day 5, an hour after the fever: flagged, urgent, with the infection rule's answers.
    let r = read(&lines, "2026-10-07T21:00:00+01:00");
    assert_eq!(flag_ids(&r), [FEVER]);
    let f = flag(&r, FEVER);
    assert_eq!(f.level, Urgency::Urgent);
    assert_eq!(f.triage.temperature_c, Some(38.3));
    assert_eq!(f.triage.situation, Some(Situation::AfterLoss));
    assert_eq!(f.triage.treatment, Some(Treatment::Medication));
    assert!(f.triage_rules.contains(&"infection"));
    assert_eq!(r.urgency, Urgency::Urgent);

    // Two days later the fever is past its 48 hours.
    let r = read(&lines, "2026-10-10T09:00:00+01:00");
    assert!(r.flags.is_empty(), "{:?}", flag_ids(&r));

    // Three weeks after misoprostol: a negative test, the bleeding stopped. No flags.
    let r = read(&lines, "2026-10-24T09:00:00+01:00");
    assert!(r.flags.is_empty(), "{:?}", flag_ids(&r));
    assert_eq!(r.urgency, Urgency::SelfCare);
    assert_eq!(r.triage.urgency, Urgency::SelfCare);
    assert_eq!(
        r.course.loss_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2026-10-01T09:00:00+01:00")
    );
    let test_day = r
        .reminders
        .iter()
        .find(|x| x.id == "pregnancy-test-3-weeks")
        .unwrap();
    assert_eq!(test_day.date.to_string(), "2026-10-24");

    // The timeline tells the same story: ten bleeding days, tapering, no rise.
    let all = recorded_by(&lines, t("2026-10-24T09:00:00+01:00"));
    let tl = timeline(&all);
    let bleeding_days = tl.days.iter().filter(|d| d.summary.bleeding).count();
    assert_eq!(bleeding_days, 10);
    let pbac: Vec<f64> = tl
        .series
        .pbac_daily
        .points
        .iter()
        .map(|p| p.value)
        .collect();
    assert_eq!(pbac, [21.0, 20.0, 15.0, 15.0, 5.0, 1.0, 1.0, 1.0, 1.0, 1.0]);
    assert!(pbac.windows(2).all(|w| w[1] <= w[0]));
    assert_eq!(tl.series.pain.summary.change, Change::Falling);
    let fever_day = tl
        .days
        .iter()
        .find(|d| d.date.to_string() == "2026-10-07")
        .unwrap();
    assert_eq!(fever_day.summary.max_temperature_c, Some(38.3));
}

#[test]
fn the_same_journey_with_a_positive_test_at_3_weeks() {
    let r = read(&story("positive"), "2026-10-24T09:00:00+01:00");
    assert_eq!(flag_ids(&r), [POSITIVE_TEST]);
    assert_eq!(r.urgency, Urgency::Soon);
    assert_eq!(
        flag(&r, POSITIVE_TEST).triage.positive_test_weeks_after,
        Some(3.0)
    );
}

#[test]
fn the_same_journey_without_bleeding_after_misoprostol() {
    let lines: Vec<String> = story("negative")
        .into_iter()
        .filter(|l| !l.contains(r#""kind":"bleeding""#))
        .collect();
    let r = read(&lines, "2026-10-04T08:00:00+01:00");
    assert_eq!(
        flag_ids(&r),
        [NO_BLEEDING_AFTER_MISOPROSTOL, RECENT_SYMPTOMS]
    );
    assert_eq!(r.urgency, Urgency::SameDay);
    let r = read(&lines, "2026-10-04T07:59:00+01:00");
    assert!(
        !has_flag(&r, NO_BLEEDING_AFTER_MISOPROSTOL),
        "not yet 24 hours"
    );
}

fn has_flag(r: &Recovery, id: &str) -> bool {
    r.flags.iter().any(|f| f.id == id)
}
