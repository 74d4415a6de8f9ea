//! The hCG results, as `POST /api/v1/hcg` and `solace hcg` read them: JSON bytes →
//! `api::hcg` (`json_input::parse`, validation, the readings for each context, the answer with
//! its disclaimer) → the JSON the API sends.
//!
//! Each input is used twice: as the request body itself, and as raw material for a series built
//! value by value (valid RFC 3339 times with any offset, near "now" or centuries away; values
//! near the limits and the guideline boundaries, or any `f64`), which reaches the pair, trend and
//! projection code that mutated JSON text rarely does.
//!
//! Checked beyond "does not panic": every answer serialises to JSON and reads every value given;
//! every refusal names at least one field.
#![no_main]

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use solace_app::calc::{self as api, Words};
use solace_clinical::Region;
use solace_clinical::hcg::{HcgContext, HcgInput, HcgValueInput, MAX_VALUES};
use solace_i18n::{I18n, Lang};
use std::sync::LazyLock;

static I18N: LazyLock<I18n> = LazyLock::new(|| I18n::load().expect("the Fluent files load"));

/// A fixed "now", so that a crash reproduces: the seeds are dated just before it.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 12, 0, 0)
        .single()
        .expect("a valid instant")
}

fuzz_target!(|data: &[u8]| {
    // 1. The bytes as the request body.
    run(data, Region::Uk);
    // 2. The same bytes as a series built value by value.
    let mut u = Unstructured::new(data);
    if let Ok((input, region)) = build(&mut u) {
        let body = serde_json::to_vec(&input).expect("an input serialises");
        run(&body, region);
    }
});

fn run(body: &[u8], region: Region) {
    let words = Words {
        i18n: &I18N,
        lang: Lang::default_for(region),
    };
    match api::hcg(body, now(), region, words) {
        Ok(answer) => {
            let json = serde_json::to_value(&answer).expect("the answer serialises");
            let given: HcgInput = serde_json::from_slice(body).expect("it parsed once");
            assert_eq!(
                json["values"].as_array().map(Vec::len),
                Some(given.values.len()),
                "every value given is read"
            );
        }
        Err(e) => {
            assert!(!e.errors.is_empty(), "a refusal names no field");
            assert!(e.errors.iter().all(|f| !f.field.is_empty()));
        }
    }
}

/// A number as a lab reports it: near the limits and the guideline boundaries, or any `f64`.
fn value(u: &mut Unstructured<'_>) -> Result<Option<f64>> {
    Ok(match u.int_in_range(0u8..=5)? {
        0 => None,
        1 => Some(f64::from(u.int_in_range(0u32..=2_000)?)),
        2 => Some(f64::from(u.int_in_range(0u32..=1_000_001)?)),
        3 => Some(f64::from(u.arbitrary::<u16>()?) / 100.0),
        4 => Some(*u.choose(&[
            0.0,
            1.0,
            4.999,
            5.0,
            5.001,
            20.0,
            1500.0,
            3500.0,
            1e6,
            1e6 + 1.0,
        ])?),
        _ => Some(u.arbitrary::<f64>()?),
    })
}

/// A time: mostly hours to weeks before "now" (in order), sometimes far away, in any offset;
/// sometimes text that is not a time at all.
fn time(u: &mut Unstructured<'_>, after: &mut DateTime<Utc>) -> Result<Option<String>> {
    let kind = u.int_in_range(0u8..=9)?;
    if kind == 0 {
        return Ok(None);
    }
    if kind == 1 {
        return Ok(Some(u.arbitrary::<String>()?));
    }
    let step = match kind {
        2 => Duration::minutes(i64::from(u.arbitrary::<i32>()?)),
        3 => Duration::seconds(u.int_in_range(-3_600i64..=3_600)?),
        _ => Duration::minutes(u.int_in_range(0i64..=14 * 24 * 60)?),
    };
    let Some(at) = after.checked_add_signed(step) else {
        return Ok(Some("+275760-09-13T00:00:00Z".to_owned()));
    };
    *after = at;
    let offset = FixedOffset::east_opt(u.int_in_range(-86_399i32..=86_399)?)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("UTC"));
    Ok(Some(at.with_timezone(&offset).to_rfc3339()))
}

fn build(u: &mut Unstructured<'_>) -> Result<(HcgInput, Region)> {
    let region = *u.choose(&Region::ALL)?;
    let context = if u.ratio(1u8, 16)? {
        None
    } else {
        Some(*u.choose(&HcgContext::ALL)?)
    };
    let count = u.int_in_range(0..=MAX_VALUES + 1)?;
    // Start up to 60 days before "now", so that most series end in the past.
    let mut at = now() - Duration::minutes(u.int_in_range(0i64..=60 * 24 * 60)?);
    let mut values = Vec::with_capacity(count);
    for _ in 0..count {
        let iu = value(u)?;
        let (iu_per_l, miu_per_ml) = match u.int_in_range(0u8..=3)? {
            0 => (iu, None),
            1 => (None, iu),
            2 => (iu, iu),
            _ => (iu, value(u)?),
        };
        values.push(HcgValueInput {
            at: time(u, &mut at)?,
            iu_per_l,
            miu_per_ml,
        });
    }
    Ok((
        HcgInput {
            context,
            values,
            scan_showed_in_womb: None,
        },
        region,
    ))
}
