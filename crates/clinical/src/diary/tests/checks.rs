//! Every recovery check fires, and stays quiet just below its threshold. The course, the expected
//! course and the reminders.

use super::*;
use crate::diary::recovery::{
    BLEEDING_LONGER, COURSE_FACTS, FEVER, HEAVIER_AGAIN, NO_BLEEDING_AFTER_MISOPROSTOL, NO_PERIOD,
    POSITIVE_TEST, RECENT_SYMPTOMS, check,
};
use crate::management::Guideline;
use crate::region::Region;
use crate::risk::Confidence;
use crate::sources::Source;
use crate::triage::{Bleeding, Location, Situation, Urgency, triage};
use std::collections::BTreeSet;

/// Loss confirmed and medicines chosen a day before misoprostol `hours` ago, with bleeding
/// recorded soon after the dose (so the misoprostol check stays quiet).
fn medical(hours: f64) -> Vec<Entry> {
    vec![
        event(hours + 24.0, "loss_confirmed"),
        chosen(hours + 23.0, "medication"),
        taken(hours, "misoprostol"),
        bleeding(hours - 2.0, r#""pad_fullness":"moderate""#),
    ]
}

fn has(r: &Recovery, id: &str) -> bool {
    r.flags.iter().any(|f| f.id == id)
}

/// Checks the invariants every recovery must hold, then returns it.
fn checked(r: Recovery) -> Recovery {
    for f in &r.flags {
        assert!(f.level >= f.triage_urgency, "{}: below triage", f.id);
        assert!(f.level >= f.check_level, "{}", f.id);
        assert!(r.urgency >= f.level, "{}", f.id);
        assert!(!f.sources.is_empty(), "{} has no source", f.id);
        let again = triage(&f.triage, Region::Uk).unwrap();
        assert_eq!(again.urgency, f.triage_urgency, "{}", f.id);
    }
    assert!(r.urgency >= r.triage.urgency);
    r
}

fn run_at(entries: &[Entry], options: RecoveryOptions) -> Recovery {
    checked(recovery(entries, now(), options))
}

fn check_run(entries: &[Entry]) -> Recovery {
    run_at(entries, RecoveryOptions::default())
}

// ---- fever (nhs-fever, nice-ng255; infection: nhs-ggc-epas, nhs-miscarriage) ----

#[test]
fn fever_fires_at_38_and_maps_to_the_triage_infection_rule() {
    let mut d = medical(96.0);
    d.push(temp(10.0, 38.0));
    let r = check_run(&d);
    let f = flag(&r, FEVER);
    assert_eq!(f.level, Urgency::Urgent);
    assert!(
        f.triage_rules.contains(&"infection"),
        "{:?}",
        f.triage_rules
    );
    assert_eq!(f.triage.temperature_c, Some(38.0));
    assert_eq!(f.triage.situation, Some(Situation::MiscarriageDiagnosed));
    assert_eq!(
        f.triage.treatment,
        Some(crate::triage::Treatment::Medication)
    );
    assert!(f.text.contains("38.0 °C"), "{}", f.text);
    assert_eq!(r.urgency, Urgency::Urgent);
    assert!(
        !has(&r, RECENT_SYMPTOMS),
        "the fever check stands for the fever rules"
    );
}

#[test]
fn fever_stays_quiet_at_37_9() {
    let mut d = medical(96.0);
    d.push(temp(10.0, 37.9));
    let r = check_run(&d);
    assert!(r.flags.is_empty(), "{:?}", flag_ids(&r));
    assert_eq!(r.urgency, Urgency::SelfCare);
}

#[test]
fn fever_counts_for_48_hours_even_after_a_normal_reading() {
    let mut d = medical(96.0);
    d.push(temp(47.9, 38.5));
    d.push(temp(2.0, 36.8));
    let r = check_run(&d);
    assert_eq!(flag(&r, FEVER).triage.temperature_c, Some(38.5));
    assert_eq!(flag(&r, FEVER).level, Urgency::Urgent);

    let mut d = medical(96.0);
    d.push(temp(48.1, 38.5));
    assert!(!has(&check_run(&d), FEVER));
}

#[test]
fn fever_after_a_loss_with_no_care_recorded_is_still_urgent() {
    let d = vec![event(48.0, "loss_confirmed"), temp(3.0, 38.2)];
    let r = check_run(&d);
    let f = flag(&r, FEVER);
    assert_eq!(f.check_level, Urgency::Urgent);
    assert_eq!(f.level, Urgency::Urgent);
    // Since CLINICAL.md 2026-12, triage agrees: fever in a loss is urgent whatever the treatment.
    assert_eq!(f.triage_urgency, Urgency::Urgent);
}

#[test]
fn without_a_loss_a_fever_is_left_to_triage() {
    let r = check_run(&[temp(3.0, 38.2)]);
    assert!(!has(&r, FEVER));
    let f = flag(&r, RECENT_SYMPTOMS);
    assert_eq!(f.level, Urgency::SameDay);
    assert_eq!(f.triage_rules, ["fever"]);
    assert_eq!(f.sources, [Source::NhsFever]);
}

// ---- no bleeding 24 h after misoprostol (nice-ng126) ----

fn misoprostol_at(hours: f64, medicine: &str) -> Vec<Entry> {
    vec![
        event(hours + 48.0, "loss_confirmed"),
        chosen(hours + 47.0, "medication"),
        taken(hours, medicine),
    ]
}

#[test]
fn no_bleeding_24_hours_after_misoprostol_fires() {
    let r = check_run(&misoprostol_at(24.0, "misoprostol"));
    let f = flag(&r, NO_BLEEDING_AFTER_MISOPROSTOL);
    assert_eq!(f.level, Urgency::SameDay);
    assert_eq!(f.triage.bleeding, Some(Bleeding::None));
    assert!(f.triage.days_since_treatment.unwrap() >= 1.0);
    assert!(f.triage_rules.contains(&"no-bleeding-after-misoprostol"));
    assert_eq!(r.triage.urgency, Urgency::SameDay);
    assert!(!has(&r, RECENT_SYMPTOMS));
}

#[test]
fn no_bleeding_check_waits_for_24_hours() {
    let r = check_run(&misoprostol_at(23.0 + 59.0 / 60.0, "misoprostol"));
    assert!(r.flags.is_empty(), "{:?}", flag_ids(&r));
}

#[test]
fn no_bleeding_check_reads_the_dose_and_the_bleeding_since() {
    // No medicine named: read as misoprostol (escalate in doubt).
    let mut d = misoprostol_at(30.0, "misoprostol");
    d[2] = event(30.0, "medication_taken");
    assert!(has(&check_run(&d), NO_BLEEDING_AFTER_MISOPROSTOL));
    // Mifepristone is not the dose after which bleeding is expected.
    assert!(!has(
        &check_run(&misoprostol_at(30.0, "mifepristone")),
        NO_BLEEDING_AFTER_MISOPROSTOL
    ));
    // Any bleeding since the dose, even after 24 hours, answers it.
    let mut d = misoprostol_at(30.0, "misoprostol");
    d.push(bleeding(2.0, r#""pad_fullness":"light""#));
    assert!(!has(&check_run(&d), NO_BLEEDING_AFTER_MISOPROSTOL));
    // Bleeding only before the dose does not.
    let mut d = misoprostol_at(30.0, "misoprostol");
    d.push(bleeding(31.0, r#""pad_fullness":"light""#));
    assert!(has(&check_run(&d), NO_BLEEDING_AFTER_MISOPROSTOL));
    // A "no bleeding" entry is not bleeding.
    let mut d = misoprostol_at(30.0, "misoprostol");
    d.push(no_bleeding(3.0));
    d.push(pads(2.0, 0.0));
    assert!(has(&check_run(&d), NO_BLEEDING_AFTER_MISOPROSTOL));
}

#[test]
fn no_bleeding_check_watches_for_7_days() {
    assert!(has(
        &check_run(&misoprostol_at(7.0 * DAY - 0.1, "misoprostol")),
        NO_BLEEDING_AFTER_MISOPROSTOL
    ));
    assert!(!has(
        &check_run(&misoprostol_at(7.0 * DAY, "misoprostol")),
        NO_BLEEDING_AFTER_MISOPROSTOL
    ));
}

// ---- bleeding longer than expected (nice-ng126, nhs-miscarriage) ----

/// Bleeding recorded on each of the given days before today (0 = today), at 11:30 UTC.
fn bleeding_days(days: impl IntoIterator<Item = u32>) -> Vec<Entry> {
    days.into_iter()
        .map(|k| bleeding(f64::from(k) * DAY + 0.5, r#""pad_fullness":"light""#))
        .collect()
}

fn expectant_loss() -> Vec<Entry> {
    vec![
        event(40.0 * DAY, "loss_confirmed"),
        chosen(40.0 * DAY, "expectant"),
    ]
}

#[test]
fn bleeding_past_14_days_fires_on_day_15() {
    let mut d = expectant_loss();
    d.extend(bleeding_days(0..15));
    let r = check_run(&d);
    let f = flag(&r, BLEEDING_LONGER);
    assert_eq!(f.level, Urgency::Soon);
    assert_eq!(f.triage.bleeding_days, Some(15.0));
    assert!(f.triage_rules.contains(&"prolonged-bleeding"));
    assert!(f.text.contains("15 days"), "{}", f.text);

    let mut d = expectant_loss();
    d.extend(bleeding_days(0..14));
    let r = check_run(&d);
    assert!(!has(&r, BLEEDING_LONGER), "14 days is not past 14");
    assert_eq!(r.triage.input.bleeding_days, Some(14.0));
}

#[test]
fn bleeding_after_medication_may_last_21_days() {
    let with = |n: u32| {
        let mut d = vec![
            event(40.0 * DAY, "loss_confirmed"),
            taken(30.0 * DAY, "misoprostol"),
        ];
        d.extend(bleeding_days(0..n));
        check_run(&d)
    };
    assert!(!has(&with(21), BLEEDING_LONGER));
    assert!(!has(&with(15), BLEEDING_LONGER));
    assert!(has(&with(22), BLEEDING_LONGER));
}

#[test]
fn a_run_bridges_3_unrecorded_days_and_ends_on_a_no_bleeding_day() {
    let mut d = expectant_loss();
    d.extend(bleeding_days((0..6).chain(9..15)));
    assert!(
        has(&check_run(&d), BLEEDING_LONGER),
        "3 days without a record"
    );

    let mut d = expectant_loss();
    d.extend(bleeding_days((0..6).chain(10..16)));
    assert!(
        !has(&check_run(&d), BLEEDING_LONGER),
        "4 days without a record"
    );

    let mut d = expectant_loss();
    d.extend(bleeding_days((0..7).chain(8..16)));
    d.push(no_bleeding(7.0 * DAY + 0.5));
    assert!(
        !has(&check_run(&d), BLEEDING_LONGER),
        "a day of no bleeding"
    );
}

#[test]
fn a_run_that_has_stopped_is_not_flagged() {
    let mut d = expectant_loss();
    d.extend(bleeding_days(3..19));
    assert!(
        has(&check_run(&d), BLEEDING_LONGER),
        "last bleeding 3 days ago"
    );

    let mut d = expectant_loss();
    d.extend(bleeding_days(4..20));
    assert!(
        !has(&check_run(&d), BLEEDING_LONGER),
        "last bleeding 4 days ago"
    );

    let mut d = expectant_loss();
    d.extend(bleeding_days(1..17));
    d.push(no_bleeding(0.5));
    assert!(!has(&check_run(&d), BLEEDING_LONGER), "no bleeding today");
}

#[test]
fn without_a_loss_long_bleeding_is_left_to_triage() {
    let r = check_run(&bleeding_days(0..20));
    assert!(!has(&r, BLEEDING_LONGER));
    // Triage reads it as bleeding in pregnancy (no loss recorded): same day.
    assert_eq!(
        flag(&r, RECENT_SYMPTOMS).triage_rules,
        ["bleeding-in-pregnancy"]
    );
}

// ---- bleeding heavier again after settling (Solace heuristic) ----

/// Max pads an hour on days before today (days ago, pads).
fn pad_days(days: &[(u32, f64)]) -> Vec<Entry> {
    let mut d = expectant_loss();
    d.extend(days.iter().map(|&(k, n)| pads(f64::from(k) * DAY + 1.0, n)));
    d
}

#[test]
fn heavier_again_after_settling_fires() {
    let r = check_run(&pad_days(&[(5, 1.5), (4, 1.0), (3, 0.5), (2, 1.75)]));
    let f = flag(&r, HEAVIER_AGAIN);
    assert_eq!(f.level, Urgency::SameDay);
    assert!(f.heuristic);
    assert!(f.text.contains("2026-11-18"), "{}", f.text);
    assert_eq!(
        f.sources,
        [
            Source::AcogPb200,
            Source::NhsGgcEpas,
            Source::TommysMiscarriage
        ]
    );
}

#[test]
fn heavier_again_stays_quiet_just_below() {
    // Back to the earlier level, not above it.
    let r = check_run(&pad_days(&[(5, 1.5), (4, 1.0), (3, 0.5), (2, 1.5)]));
    assert!(!has(&r, HEAVIER_AGAIN));
    // Only one fall before the rise.
    let r = check_run(&pad_days(&[(5, 1.5), (4, 1.5), (3, 1.0), (2, 1.75)]));
    assert!(!has(&r, HEAVIER_AGAIN));
    // Still rising: nothing had settled.
    let r = check_run(&pad_days(&[(5, 0.5), (4, 1.0), (3, 1.5), (2, 1.75)]));
    assert!(!has(&r, HEAVIER_AGAIN));
    // Only three days recorded.
    let r = check_run(&pad_days(&[(4, 1.0), (3, 0.5), (2, 1.75)]));
    assert!(!has(&r, HEAVIER_AGAIN));
}

#[test]
fn heavier_again_counts_a_steady_spell_as_settling() {
    let r = check_run(&pad_days(&[
        (7, 2.0),
        (6, 1.5),
        (5, 1.0),
        (4, 1.0),
        (3, 1.0),
        (2, 1.25),
    ]));
    assert!(has(&r, HEAVIER_AGAIN));
}

#[test]
fn heavier_again_is_flagged_for_7_days() {
    let shifted = |by: u32| pad_days(&[(by + 3, 1.5), (by + 2, 1.0), (by + 1, 0.5), (by, 1.75)]);
    assert!(has(&check_run(&shifted(7)), HEAVIER_AGAIN));
    assert!(!has(&check_run(&shifted(8)), HEAVIER_AGAIN));
}

#[test]
fn heavier_again_by_the_pbac_score_needs_at_least_5_points() {
    // Days of PBAC-style scores built from lightly stained pads (1 point each).
    let score_days = |scores: &[(u32, u32)]| {
        let mut d = expectant_loss();
        for &(k, score) in scores {
            for i in 0..score {
                d.push(bleeding(
                    f64::from(k) * DAY + 1.0 + f64::from(i) * 0.1,
                    r#""pad_fullness":"light""#,
                ));
            }
        }
        d
    };
    let r = check_run(&score_days(&[(5, 3), (4, 2), (3, 1), (2, 4)]));
    assert!(
        !has(&r, HEAVIER_AGAIN),
        "a rise to 4 points is spotting noise"
    );
    let r = check_run(&score_days(&[(5, 4), (4, 3), (3, 2), (2, 5)]));
    assert!(has(&r, HEAVIER_AGAIN), "a rise to 5 points");
}

#[test]
fn heavy_bleeding_again_today_is_urgent_through_triage() {
    let r = check_run(&pad_days(&[(4, 1.5), (3, 1.0), (2, 0.5), (0, 2.0)]));
    let f = flag(&r, HEAVIER_AGAIN);
    assert_eq!(f.check_level, Urgency::SameDay);
    assert_eq!(
        f.level,
        Urgency::Urgent,
        "never below triage's heavy-bleeding"
    );
    assert!(f.triage_rules.contains(&"heavy-bleeding"));
    assert!(
        has(&r, RECENT_SYMPTOMS),
        "heavy bleeding is its own triage rule"
    );
}

// ---- positive test 3 weeks after treatment (nice-ng126) ----

fn tested(days_after_anchor: f64, result: &str) -> Recovery {
    let anchor = 30.0 * DAY;
    check_run(&[
        event(anchor + 2.0, "loss_confirmed"),
        chosen(anchor, "expectant"),
        test(anchor - days_after_anchor * DAY, result),
    ])
}

#[test]
fn a_positive_test_3_weeks_after_fires() {
    let r = tested(21.0, "positive");
    let f = flag(&r, POSITIVE_TEST);
    // No scan showed the pregnancy in the womb: positive-test-unconfirmed makes it same-day.
    assert_eq!(f.level, Urgency::SameDay);
    assert!(f.triage_rules.contains(&"positive-test-unconfirmed"));
    assert_eq!(f.triage.positive_test_weeks_after, Some(3.0));
    assert!(f.triage_rules.contains(&"positive-test-after"));
    assert!(has(&tested(21.0, "faint"), POSITIVE_TEST), "faint counts");
    assert!(has(&tested(28.0, "positive"), POSITIVE_TEST));
}

#[test]
fn a_positive_test_stays_quiet_just_before_3_weeks_or_when_negative() {
    assert!(!has(&tested(21.0 - 1.0 / 24.0, "positive"), POSITIVE_TEST));
    assert!(!has(&tested(21.0, "negative"), POSITIVE_TEST));
    // A later negative test answers an earlier positive one.
    let anchor = 30.0 * DAY;
    let r = check_run(&[
        chosen(anchor, "expectant"),
        test(anchor - 21.0 * DAY, "positive"),
        test(anchor - 25.0 * DAY, "negative"),
    ]);
    assert!(!has(&r, POSITIVE_TEST));
}

#[test]
fn a_positive_test_after_surgery_counts_from_the_surgery() {
    let r = check_run(&[
        event(40.0 * DAY, "loss_confirmed"),
        event(30.0 * DAY, "surgery"),
        test(9.0 * DAY, "positive"),
    ]);
    assert!(has(&r, POSITIVE_TEST));
    let r = check_run(&[
        event(40.0 * DAY, "loss_confirmed"),
        event(30.0 * DAY, "surgery"),
        test(10.0 * DAY, "positive"),
    ]);
    assert!(!has(&r, POSITIVE_TEST), "20 days after the surgery");
}

// ---- no period by 8 weeks (nhs-periods), only for people who record periods ----

fn ended(days: f64, extra: Vec<Entry>, records_periods: bool) -> Recovery {
    let mut d = vec![event(days * DAY, "pregnancy_ended")];
    d.extend(extra);
    run_at(
        &d,
        RecoveryOptions {
            records_periods,
            ..RecoveryOptions::default()
        },
    )
}

#[test]
fn no_period_by_8_weeks_fires_for_people_who_record_periods() {
    let r = ended(56.0, vec![], true);
    let f = flag(&r, NO_PERIOD);
    assert_eq!(f.level, Urgency::Soon);
    assert_eq!(f.triage.no_period_weeks, Some(8.0));
    assert!(f.triage_rules.contains(&"no-period"));
}

#[test]
fn no_period_stays_quiet_below_8_weeks_after_a_period_or_when_periods_are_not_recorded() {
    assert!(!has(&ended(56.0 - 0.1, vec![], true), NO_PERIOD));
    assert!(!has(&ended(56.0, vec![], false), NO_PERIOD));
    assert!(!has(
        &ended(60.0, vec![event(20.0 * DAY, "period_returned")], true),
        NO_PERIOD
    ));
    // A period recorded before the pregnancy ended does not count.
    assert!(has(
        &ended(60.0, vec![event(61.0 * DAY, "period_returned")], true),
        NO_PERIOD
    ));
}

// ---- recent symptoms: the triage engine on the last 24 hours ----

#[test]
fn heavy_bleeding_in_the_last_24_hours_is_urgent() {
    let r = check_run(&[event(5.0 * DAY, "pregnancy_ended"), pads(23.9, 2.0)]);
    let f = flag(&r, RECENT_SYMPTOMS);
    assert_eq!(f.level, Urgency::Urgent);
    assert_eq!(f.triage_rules, ["heavy-bleeding"]);
    assert!(f.sources.contains(&Source::AcogPb200));
    assert_eq!(r.urgency, Urgency::Urgent);

    let r = check_run(&[event(5.0 * DAY, "pregnancy_ended"), pads(24.1, 2.0)]);
    assert!(r.flags.is_empty(), "{:?}", flag_ids(&r));
}

#[test]
fn a_pad_an_hour_for_2_hours_is_heavy_bleeding() {
    let loss = || event(5.0 * DAY, "pregnancy_ended");
    let r = check_run(&[loss(), pads(4.0, 0.5), pads(3.0, 1.0), pads(2.0, 1.0)]);
    assert_eq!(r.triage.input.heavy_hours, Some(2.0));
    assert_eq!(r.urgency, Urgency::Urgent);
    // Three hours apart with nothing calmer recorded before either: how long each has gone on
    // is not known, and an unknown duration counts as long (CLINICAL.md §1, 2026-12).
    let r = check_run(&[loss(), pads(5.0, 1.0), pads(2.0, 1.0)]);
    assert_eq!(r.triage.input.heavy_hours, None);
    assert_eq!(r.urgency, Urgency::Urgent);
    // A single entry of a pad an hour: the same. Counting carefully never lowers urgency.
    let r = check_run(&[loss(), pads(2.0, 1.0)]);
    assert_eq!(r.triage.input.heavy_hours, None);
    assert_eq!(r.urgency, Urgency::Urgent);
    // Half a pad an hour recorded an hour before: the pad an hour has gone on for 1 hour. A pad
    // an hour is never the expected course (CLINICAL.md 2026-12): check again today.
    let r = check_run(&[loss(), pads(3.0, 0.5), pads(2.0, 1.0)]);
    assert_eq!(r.triage.input.heavy_hours, Some(1.0));
    assert_eq!(r.urgency, Urgency::SameDay);
    assert_eq!(
        flag(&r, RECENT_SYMPTOMS).triage_rules,
        ["bleeding-one-pad-an-hour"]
    );
}

#[test]
fn pain_places_feed_the_triage_questions() {
    let r = check_run(&[
        event(5.0 * DAY, "pregnancy_ended"),
        pain(2.0, 3, "shoulder_tip"),
    ]);
    assert_eq!(r.triage.input.shoulder_tip_pain, Some(true));
    assert_eq!(
        flag(&r, RECENT_SYMPTOMS).triage_rules,
        ["possible-ectopic-shoulder"]
    );
    assert_eq!(r.urgency, Urgency::Urgent, "location not confirmed");

    let r = check_run(&[
        scan(6.0 * DAY, "early_pregnancy_loss"),
        event(5.0 * DAY, "pregnancy_ended"),
        pain(2.0, 3, "shoulder_tip"),
    ]);
    assert_eq!(r.triage.input.location, Some(Location::ConfirmedInWomb));
    assert_eq!(r.urgency, Urgency::SameDay);

    let r = check_run(&[
        event(5.0 * DAY, "pregnancy_ended"),
        pain(2.0, 2, "left_side"),
        pain(1.0, 1, "bottom"),
    ]);
    assert_eq!(r.triage.input.pain_one_sided, Some(true));
    assert_eq!(r.triage.input.bowel_or_rectal_pain, Some(true));
    assert_eq!(r.triage.input.pain, Some(2.0), "the worst of the day");
}

#[test]
fn severe_pain_after_a_loss_is_urgent() {
    let r = check_run(&[event(5.0 * DAY, "pregnancy_ended"), pain(1.0, 8, "")]);
    assert_eq!(r.urgency, Urgency::Urgent);
    assert!(
        flag(&r, RECENT_SYMPTOMS)
            .triage_rules
            .contains(&"severe-pain")
    );
    // No scan showed where the pregnancy was: pain 7 is urgent (possible-ectopic-urgent), pain 4
    // same-day, pain 3 the expected course.
    let r = check_run(&[event(5.0 * DAY, "pregnancy_ended"), pain(1.0, 7, "")]);
    assert_eq!(r.urgency, Urgency::Urgent);
    let r = check_run(&[event(5.0 * DAY, "pregnancy_ended"), pain(1.0, 4, "")]);
    assert_eq!(r.urgency, Urgency::SameDay);
    let r = check_run(&[event(5.0 * DAY, "pregnancy_ended"), pain(1.0, 3, "")]);
    assert_eq!(r.urgency, Urgency::SelfCare);
}

#[test]
fn the_implied_answers_never_include_pregnancy_dating() {
    let r = check_run(&medical(30.0));
    assert_eq!(r.triage.input.weeks, None);
    assert_eq!(r.triage.input.region, None, "the web fills in the region");
}

// ---- the registry ----

/// One diary that makes each check fire.
fn firing() -> Vec<(&'static str, Recovery)> {
    let mut fever = medical(96.0);
    fever.push(temp(10.0, 38.0));
    let mut longer = expectant_loss();
    longer.extend(bleeding_days(0..15));
    vec![
        (FEVER, check_run(&fever)),
        (
            NO_BLEEDING_AFTER_MISOPROSTOL,
            check_run(&misoprostol_at(24.0, "misoprostol")),
        ),
        (
            HEAVIER_AGAIN,
            check_run(&pad_days(&[(5, 1.5), (4, 1.0), (3, 0.5), (2, 1.75)])),
        ),
        (BLEEDING_LONGER, check_run(&longer)),
        (POSITIVE_TEST, tested(21.0, "positive")),
        (NO_PERIOD, ended(56.0, vec![], true)),
        (RECENT_SYMPTOMS, check_run(&[pads(1.0, 2.0)])),
    ]
}

#[test]
fn every_check_has_an_id_sources_and_a_case_that_fires() {
    let mut ids = BTreeSet::new();
    for c in CHECKS {
        assert!(ids.insert(c.id), "duplicate {}", c.id);
        assert!(
            c.id.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
            "{}",
            c.id
        );
        assert!(c.message_id.starts_with("diary-flag-"), "{}", c.message_id);
        assert!(c.message_id.ends_with(c.id));
        if c.id != RECENT_SYMPTOMS {
            assert!(!c.sources.is_empty(), "{} has no source", c.id);
        }
        for rule in c.covers {
            assert!(crate::triage::rules::rule(rule).is_some(), "{rule}");
        }
    }
    let fired: BTreeSet<&str> = firing()
        .iter()
        .filter(|(id, r)| has(r, id))
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(fired, ids, "each check fires in a case");
    assert!(check(HEAVIER_AGAIN).unwrap().heuristic);
    assert_eq!(
        CHECKS.iter().filter(|c| c.heuristic).count(),
        1,
        "heavier-again is the one heuristic check; say so if another is added"
    );
}

#[test]
fn flags_are_shown_highest_first() {
    let mut d = medical(96.0);
    d.push(temp(10.0, 38.3));
    d.extend(bleeding_days(0..3));
    d.push(test(1.0, "positive"));
    let r = check_run(&d);
    let levels: Vec<Urgency> = r.flags.iter().map(|f| f.level).collect();
    let mut sorted = levels.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(levels, sorted);
}

// ---- the course ----

#[test]
fn any_loss_or_care_event_ends_the_pregnancy() {
    for ev in [
        "loss_confirmed",
        "management_chosen",
        "medication_taken",
        "surgery",
        "pregnancy_ended",
    ] {
        assert!(course(&[event(DAY, ev)]).pregnancy_ended, "{ev}");
    }
    assert!(!course(&[event(DAY, "period_returned")]).pregnancy_ended);
    assert!(!course(&[pads(1.0, 1.0), test(2.0, "positive")]).pregnancy_ended);
    assert!(!course(&[]).pregnancy_ended);
}

#[test]
fn the_latest_care_event_decides_the_management() {
    let c = course(&[
        event(10.0 * DAY, "loss_confirmed"),
        chosen(9.0 * DAY, "expectant"),
    ]);
    assert_eq!(c.management, Some(Management::Expectant));
    assert_eq!(c.situation, Some(Situation::MiscarriageDiagnosed));
    assert_eq!(c.loss_at, Some(ago_t(10.0 * DAY)));
    assert_eq!(c.anchor, Some(ago_t(9.0 * DAY)));

    let c = course(&[
        event(10.0 * DAY, "loss_confirmed"),
        chosen(9.0 * DAY, "expectant"),
        taken(5.0 * DAY, "misoprostol"),
    ]);
    assert_eq!(c.management, Some(Management::Medication));
    assert_eq!(c.treatment_at, Some(ago_t(5.0 * DAY)));

    let c = course(&[
        event(10.0 * DAY, "loss_confirmed"),
        taken(5.0 * DAY, "misoprostol"),
        event(3.0 * DAY, "surgery"),
        event(DAY, "management_chosen"),
    ]);
    assert_eq!(
        c.management,
        Some(Management::Surgery),
        "a choice without a way"
    );
    assert_eq!(c.situation, Some(Situation::AfterLoss));

    let c = course(&[
        event(10.0 * DAY, "loss_confirmed"),
        event(2.0 * DAY, "pregnancy_ended"),
    ]);
    assert_eq!(c.situation, Some(Situation::AfterLoss));
    assert_eq!(c.loss_at, Some(ago_t(10.0 * DAY)), "the first loss event");
    assert_eq!(c.ended_at, Some(ago_t(2.0 * DAY)));
    assert_eq!(c.management, None);
}

#[test]
fn scans_place_the_pregnancy_and_an_ectopic_finding_sticks() {
    let loc = |scans: &[&str]| {
        let mut d = vec![event(DAY, "loss_confirmed")];
        d.extend(
            scans
                .iter()
                .enumerate()
                .map(|(i, s)| scan(10.0 - i as f64, s)),
        );
        course(&d).location
    };
    assert_eq!(loc(&[]), None);
    assert_eq!(loc(&["not_seen"]), Some(Location::NotConfirmed));
    assert_eq!(loc(&["womb_empty"]), Some(Location::NotConfirmed));
    assert_eq!(
        loc(&["in_womb", "womb_empty"]),
        Some(Location::ConfirmedInWomb)
    );
    assert_eq!(loc(&["tissue_remaining"]), Some(Location::ConfirmedInWomb));
    assert_eq!(loc(&["ectopic", "in_womb"]), Some(Location::Ectopic));
    assert_eq!(loc(&["in_womb", "ectopic"]), Some(Location::Ectopic));
}

#[test]
fn a_new_loss_starts_a_new_course() {
    let c = course(&[
        scan(201.0 * DAY, "ectopic"),
        event(200.0 * DAY, "loss_confirmed"),
        event(199.0 * DAY, "surgery"),
        event(10.0 * DAY, "loss_confirmed"),
    ]);
    assert_eq!(c.loss_at, Some(ago_t(10.0 * DAY)));
    assert_eq!(c.management, None);
    assert_eq!(c.situation, Some(Situation::MiscarriageDiagnosed));
    assert_eq!(
        c.location, None,
        "the earlier loss's scan is not this one's"
    );
    // 84 days apart is still one loss.
    let c = course(&[
        event(90.0 * DAY, "loss_confirmed"),
        event(6.0 * DAY, "pregnancy_ended"),
    ]);
    assert_eq!(c.loss_at, Some(ago_t(90.0 * DAY)));
}

// ---- the expected course ----

#[test]
fn the_expected_course_for_each_management() {
    let ids = |m| expected_course(m).iter().map(|f| f.id).collect::<Vec<_>>();
    let med = ids(Some(Management::Medication));
    assert!(med.contains(&"medication-bleeding-up-to-3-weeks"));
    assert!(med.contains(&"pregnancy-test-at-3-weeks"));
    assert!(med.contains(&"bleeding-over-21-days-after-medication"));
    assert!(!med.contains(&"bleeding-over-14-days"));
    let exp = ids(Some(Management::Expectant));
    assert!(exp.contains(&"expectant-nice-7-to-14-days"));
    assert!(exp.contains(&"pregnancy-test-at-3-weeks"));
    let surg = ids(Some(Management::Surgery));
    assert!(
        !surg.contains(&"pregnancy-test-at-3-weeks"),
        "NICE: after waiting or medicines"
    );
    for m in [
        None,
        Some(Management::Expectant),
        Some(Management::Medication),
        Some(Management::Surgery),
    ] {
        let all = ids(m);
        for must in [
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ] {
            assert!(all.contains(&must), "{m:?} lacks {must}");
        }
    }
}

#[test]
fn course_facts_have_sources_and_say_approximately_when_unverified() {
    let mut ids = BTreeSet::new();
    for f in COURSE_FACTS {
        assert!(ids.insert(f.id), "duplicate {}", f.id);
        assert!(!f.sources.is_empty(), "{}", f.id);
        if f.confidence == Confidence::Unverified {
            assert!(f.text.contains("approximately"), "{}", f.text);
        }
        match f.guideline {
            Some(Guideline::NiceNg126) => {
                assert!(f.text.contains("NICE") && f.sources.contains(&Source::NiceNg126));
            }
            Some(Guideline::AcogPb200) => {
                assert!(f.text.contains("ACOG") && f.sources.contains(&Source::AcogPb200));
            }
            None => {}
        }
    }
    let periods = COURSE_FACTS
        .iter()
        .find(|f| f.id == "periods-in-4-to-6-weeks")
        .unwrap();
    // V since the 2026-12 revision of CLINICAL.md §6 [tommys-after, mai-after].
    assert_eq!(periods.confidence, Confidence::Verified);
    assert!(periods.sources.contains(&Source::TommysAfter));
}

#[test]
fn words_are_loss_aware_plain_and_never_diagnose() {
    let banned = [
        "baby",
        "babies",
        "due date",
        "weeks pregnant",
        "size of",
        "failed",
        "nonviable",
        "heartbeat",
        "fault",
        "blame",
        "you have an infection",
        "you have retained",
        "abortion",
        "products of conception",
    ];
    let mut texts: Vec<String> = COURSE_FACTS.iter().map(|f| f.text.to_owned()).collect();
    texts.push(PBAC_NOTE.text.to_owned());
    for (_, r) in firing() {
        texts.extend(r.flags.iter().map(|f| f.text.clone()));
    }
    for t in &texts {
        let lower = t.to_lowercase();
        for b in banned {
            assert!(!lower.contains(b), "{b:?} in {t}");
        }
        for sentence in t.split(". ") {
            assert!(
                sentence.split_whitespace().count() <= 25,
                "long: {sentence}"
            );
        }
    }
}

// ---- reminders ----

#[test]
fn reminders_after_medication() {
    let d = vec![
        entry(r#"{"kind":"event","at":"2026-10-01T09:00:00+01:00","event":"loss_confirmed"}"#),
        entry(
            r#"{"kind":"event","at":"2026-10-03T08:00:00+01:00","event":"medication_taken","medicine":"misoprostol"}"#,
        ),
    ];
    let rs = reminders(&d);
    let got: Vec<(&str, String, Option<String>, bool)> = rs
        .iter()
        .map(|r| {
            (
                r.id,
                r.date.to_string(),
                r.until.map(|d| d.to_string()),
                r.approximate,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("check-in-2-weeks", "2026-10-15".into(), None, false),
            ("pregnancy-test-3-weeks", "2026-10-24".into(), None, false),
            (
                "period-expected",
                "2026-10-31".into(),
                Some("2026-11-14".into()),
                true
            ),
            ("check-in-6-weeks", "2026-11-12".into(), None, false),
        ]
    );
    for r in &rs {
        assert!(!r.sources.is_empty(), "{}", r.id);
        assert!(r.title_id.starts_with("reminder-"));
    }
    let test = rs
        .iter()
        .find(|r| r.id == "pregnancy-test-3-weeks")
        .unwrap();
    assert_eq!(test.sources, [Source::NiceNg126]);
    let period = rs.iter().find(|r| r.id == "period-expected").unwrap();
    assert_eq!(period.sources, [Source::NhsPeriods]);
}

#[test]
fn reminders_use_the_persons_own_date() {
    // 23:30 on 1 October in New York is 2 October in UTC.
    let d = vec![entry(
        r#"{"kind":"event","at":"2026-10-01T23:30:00-04:00","event":"pregnancy_ended"}"#,
    )];
    let rs = reminders(&d);
    let two = rs.iter().find(|r| r.id == "check-in-2-weeks").unwrap();
    assert_eq!(two.date.to_string(), "2026-10-15");
}

#[test]
fn no_test_reminder_after_surgery_and_none_without_events() {
    let rs = reminders(&[event(DAY, "surgery")]);
    assert!(rs.iter().all(|r| r.id != "pregnancy-test-3-weeks"));
    assert_eq!(rs.len(), 3);
    assert!(reminders(&[pads(1.0, 1.0)]).is_empty());
}

// ---- a kept PHQ-9 with item 9 above 0 (kroenke-2001; the triage self-harm rule) ----

fn phq9(hours: f64, item9: u8) -> Entry {
    entry(&format!(
        r#"{{"kind":"wellbeing","at":"{}","questionnaire":"phq9","answers":[0,0,0,0,0,0,0,0,{item9}]}}"#,
        ago(hours)
    ))
}

#[test]
fn a_kept_phq9_with_item_9_above_0_raises_the_self_harm_rule_for_its_two_weeks() {
    // 13 days ago: inside the PHQ-9's 2-week window, so the diary shows the crisis rule.
    let r = check_run(&[phq9(13.0 * 24.0, 1)]);
    assert_eq!(r.triage.input.thoughts_of_harm, Some(true));
    assert!(
        r.triage.rules.contains(&"self-harm"),
        "{:?}",
        r.triage.rules
    );
    assert_eq!(r.urgency, Urgency::Emergency);
    assert!(has(&r, RECENT_SYMPTOMS));
    // 15 days ago: outside the window, quiet.
    let r = check_run(&[phq9(15.0 * 24.0, 3)]);
    assert_eq!(r.triage.input.thoughts_of_harm, None);
    assert!(!r.triage.rules.contains(&"self-harm"));
}

#[test]
fn only_a_newer_phq9_answering_item_9_with_0_stands_it_down() {
    let r = check_run(&[phq9(48.0, 2), phq9(24.0, 0)]);
    assert_eq!(
        r.triage.input.thoughts_of_harm, None,
        "the newer answer is 0"
    );
    // Order of the list does not matter; an older 0 never cancels a newer answer above 0.
    let r = check_run(&[phq9(24.0, 1), phq9(48.0, 0)]);
    assert_eq!(r.triage.input.thoughts_of_harm, Some(true));
    assert_eq!(r.urgency, Urgency::Emergency);
    // A GAD-7 says nothing about item 9.
    let gad = entry(&format!(
        r#"{{"kind":"wellbeing","at":"{}","questionnaire":"gad7","answers":[3,3,3,3,3,3,3]}}"#,
        ago(2.0)
    ));
    assert_eq!(check_run(&[gad]).triage.input.thoughts_of_harm, None);
}

// ---- what the flags name, and words that agree with their level (issue 11, item 7) ----

/// A card that says "Urgent: go now" must never say "today", and a "today" card must say today
/// (CLINICAL.md §1 "Words"). Checked on every firing case, in every region.
#[test]
fn every_flags_words_agree_with_its_level() {
    for (name, r) in firing() {
        for f in &r.flags {
            let text = f.text.to_lowercase();
            match f.level {
                Urgency::Emergency | Urgency::Urgent => {
                    assert!(text.contains(" now"), "{name}/{}: {}", f.id, f.text);
                    assert!(!text.contains("today"), "{name}/{}: {}", f.id, f.text);
                    assert!(
                        !text.contains("next few days"),
                        "{name}/{}: {}",
                        f.id,
                        f.text
                    );
                }
                Urgency::SameDay => {
                    assert!(text.contains("today"), "{name}/{}: {}", f.id, f.text);
                    assert!(!text.contains(" now"), "{name}/{}: {}", f.id, f.text);
                }
                Urgency::Soon => {
                    assert!(
                        text.contains("next few days"),
                        "{name}/{}: {}",
                        f.id,
                        f.text
                    );
                    assert!(
                        !text.contains("today") && !text.contains(" now"),
                        "{name}/{}",
                        f.id
                    );
                }
                Urgency::SelfCare => panic!("{name}/{}: a flag at self-care", f.id),
            }
            assert!(f.text.starts_with(&f.finding), "{}", f.text);
            assert!(!f.finding.contains("needs attention"), "{}", f.finding);
        }
    }
    for region in Region::ALL {
        let number = region.emergency_number().display;
        assert!(action_words(Urgency::Emergency, region).contains(number));
        assert!(action_words(Urgency::Urgent, region).contains(number));
    }
    // A check at "today" raised to urgent by triage speaks as urgent.
    let r = check_run(&pad_days(&[(4, 1.5), (3, 1.0), (2, 0.5), (0, 2.0)]));
    let f = flag(&r, HEAVIER_AGAIN);
    assert_eq!(f.level, Urgency::Urgent);
    assert!(
        f.text.contains("now") && !f.text.contains("today"),
        "{}",
        f.text
    );
}

/// The entries that raised a flag are named, the most urgent first.
#[test]
fn flags_name_the_entries_that_raised_them_most_urgent_first() {
    let d = vec![
        event(5.0 * DAY, "pregnancy_ended"),
        bleeding(
            6.0,
            r#""pads_soaked_per_hour": 3, "clots": "large", "amount": "moderate""#,
        ),
        pain(2.0, 4, ""),
        temp(1.0, 37.0),
    ];
    let r = check_run(&d);
    let f = flag(&r, RECENT_SYMPTOMS);
    assert_eq!(f.level, Urgency::Urgent);
    assert_eq!(
        f.recorded.first(),
        Some(&1),
        "the heavy bleeding first: {:?}",
        f.recorded
    );
    assert!(
        !f.recorded.contains(&3),
        "a normal temperature raised nothing"
    );
    // A fever names its reading; the recent symptoms do not repeat it.
    let d = vec![
        event(5.0 * DAY, "pregnancy_ended"),
        temp(3.0, 38.4),
        pain(2.0, 2, ""),
    ];
    let r = check_run(&d);
    assert_eq!(flag(&r, FEVER).recorded, vec![1]);
    // A run of bleeding days names no single entry; its finding gives the dates.
    let mut d = expectant_loss();
    d.extend(bleeding_days(0..16));
    let r = check_run(&d);
    let f = flag(&r, BLEEDING_LONGER);
    assert!(f.recorded.is_empty());
    assert!(f.finding.contains(" to "), "{}", f.finding);
}
