//! The triage answers, as `POST /api/v1/triage` and `solace triage` read them: JSON bytes →
//! `json_input::parse` → `triage` (validation and the rules) → `triage_view::render` (Fluent).
//!
//! Each input is used twice: as the request body itself, and as raw material for answers built
//! field by field (every field present or not, numbers near and far from the limits), which
//! reaches rule combinations that mutating JSON text rarely does.
//!
//! Checked beyond "does not panic": a valid answer always gives an outcome with at least one
//! fired rule and the full safety net; saying "I fainted" never lowers the urgency; a parsed
//! input serialises to JSON that parses again; every refusal names at least one field.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use solace_app::{json_input, triage_view};
use solace_clinical::Region;
use solace_clinical::triage::{
    Bleeding, Clots, Location, SAFETY_NET, Situation, Treatment, TriageInput, triage,
};
use solace_i18n::{I18n, Lang};
use std::sync::LazyLock;

static I18N: LazyLock<I18n> = LazyLock::new(|| I18n::load().expect("the Fluent files load"));

fuzz_target!(|data: &[u8]| {
    // 1. The bytes as the request body.
    if let Ok(input) = json_input::parse::<TriageInput>(data) {
        check(&input, Region::Uk);
        let again = serde_json::to_vec(&input).expect("a parsed input serialises");
        json_input::parse::<TriageInput>(&again).expect("what serialises parses again");
    }
    // 2. The same bytes as answers built field by field.
    let mut u = Unstructured::new(data);
    if let Ok((input, region)) = build(&mut u) {
        check(&input, region);
    }
});

fn check(input: &TriageInput, default_region: Region) {
    match triage(input, default_region) {
        Ok(outcome) => {
            assert!(!outcome.fired.is_empty(), "no rule fired: {input:?}");
            assert_eq!(outcome.safety_net, SAFETY_NET, "safety net changed");
            let tr = I18N.tr(Lang::default_for(outcome.region), outcome.region);
            let view = triage_view::render(&outcome, &tr);
            serde_json::to_vec(&view).expect("the view serialises");

            // A red flag added never lowers the urgency ("no rule lowers another").
            let worse = TriageInput {
                fainted: Some(true),
                ..input.clone()
            };
            let worse = triage(&worse, default_region).expect("adding a flag stays valid");
            assert!(
                worse.urgency >= outcome.urgency,
                "fainting lowered the urgency: {input:?}"
            );
        }
        Err(e) => {
            assert!(!e.errors.is_empty(), "a refusal names no field: {input:?}");
            assert!(e.errors.iter().all(|f| !f.field.is_empty()));
        }
    }
}

/// A number as a person might give it: absent, a whole or half number near the limits, a
/// decimal, or any `f64` at all (negative, huge, NaN, infinite).
fn number(u: &mut Unstructured<'_>) -> Result<Option<f64>> {
    Ok(match u.int_in_range(0u8..=4)? {
        0 => None,
        1 => Some(f64::from(u.int_in_range(0u16..=130)?)),
        2 => Some(f64::from(u.int_in_range(0u16..=260)?) / 2.0),
        3 => Some(f64::from(u.arbitrary::<i16>()?) / 10.0),
        _ => Some(u.arbitrary::<f64>()?),
    })
}

fn flag(u: &mut Unstructured<'_>) -> Result<Option<bool>> {
    u.arbitrary()
}

fn one_of<T: Copy>(u: &mut Unstructured<'_>, all: &[T]) -> Result<Option<T>> {
    Ok(if u.arbitrary()? {
        Some(*u.choose(all)?)
    } else {
        None
    })
}

fn build(u: &mut Unstructured<'_>) -> Result<(TriageInput, Region)> {
    let default_region = *u.choose(&Region::ALL)?;
    let input = TriageInput {
        region: one_of(u, &Region::ALL)?,
        situation: one_of(
            u,
            &[
                Situation::Pregnant,
                Situation::MiscarriageDiagnosed,
                Situation::AfterLoss,
            ],
        )?,
        location: one_of(
            u,
            &[
                Location::ConfirmedInWomb,
                Location::NotConfirmed,
                Location::Ectopic,
            ],
        )?,
        weeks: number(u)?,
        treatment: one_of(
            u,
            &[
                Treatment::None,
                Treatment::Expectant,
                Treatment::Medication,
                Treatment::Surgery,
            ],
        )?,
        days_since_treatment: number(u)?,
        bleeding: one_of(
            u,
            &[
                Bleeding::None,
                Bleeding::Spotting,
                Bleeding::Light,
                Bleeding::Moderate,
                Bleeding::Heavy,
            ],
        )?,
        pads_soaked_per_hour: number(u)?,
        heavy_hours: number(u)?,
        bleeding_days: number(u)?,
        clots: one_of(u, &[Clots::None, Clots::Small, Clots::Large])?,
        pain: number(u)?,
        pain_one_sided: flag(u)?,
        shoulder_tip_pain: flag(u)?,
        pain_worse_or_constant: flag(u)?,
        temperature_c: number(u)?,
        temperature_f: number(u)?,
        feels_feverish: flag(u)?,
        dizzy_or_faint: flag(u)?,
        fainted: flag(u)?,
        racing_heart: flag(u)?,
        pale_clammy: flag(u)?,
        foul_discharge: flag(u)?,
        bowel_or_rectal_pain: flag(u)?,
        positive_test_weeks_after: number(u)?,
        no_period_weeks: number(u)?,
        low_mood_weeks: number(u)?,
        ectopic_risk_factors: flag(u)?,
        thoughts_of_harm: flag(u)?,
        confused_or_drowsy: flag(u)?,
        breathless: flag(u)?,
        mottled_or_blue_skin: flag(u)?,
        no_urine_18h: flag(u)?,
        vomiting: flag(u)?,
    };
    Ok((input, default_region))
}
