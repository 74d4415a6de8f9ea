//! Every triage rule of CLINICAL.md §1 as a value in one registry (checked 2026-12).
//!
//! Each rule has a stable id, a level, its sources, a plain statement of when it fires, the Fluent
//! message id that explains it to the person, and optionally a message id for an extra action.
//! The result is the highest level among the rules that fire; no rule lowers another.
//! `solace triage --list-rules` and the rules reference are generated from [`RULES`].

use super::input::{Bleeding, Clots, Facts, Location, Situation, Treatment};
use crate::sources::Source::{
    self, AcogPb200, Condous2005, Farren2020, HseHyperemesis, HseMiscarriageRecovery, Kroenke2001,
    NhsEctopic, NhsFever, NhsGgcEpas, NhsMentalHealth, NhsMiscarriage, NhsPeriods, NhsSepsis,
    NiceCg192, NiceNg51, NiceNg126, NiceNg255, NiceQs69, RcogGtg38, TommysMiscarriage,
};
use serde::Serialize;

/// How soon to get help, lowest first so that `Ord` gives "higher is more urgent".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// What you describe fits the expected course; here is what to watch for.
    SelfCare,
    /// Arrange to be seen in the next few days.
    Soon,
    /// Contact the early pregnancy unit / maternity triage / GP / OB today.
    SameDay,
    /// Go to the emergency department now (CLINICAL.md §1 names it per region).
    Urgent,
    /// Call the emergency number now.
    Emergency,
}

impl Urgency {
    pub const ALL: [Urgency; 5] = [
        Urgency::SelfCare,
        Urgency::Soon,
        Urgency::SameDay,
        Urgency::Urgent,
        Urgency::Emergency,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Urgency::SelfCare => "self_care",
            Urgency::Soon => "soon",
            Urgency::SameDay => "same_day",
            Urgency::Urgent => "urgent",
            Urgency::Emergency => "emergency",
        }
    }
}

/// One triage rule.
#[derive(Debug)]
pub struct Rule {
    /// Stable kebab-case id, as in CLINICAL.md.
    pub id: &'static str,
    pub level: Urgency,
    pub sources: &'static [Source],
    /// When it fires, in the words of CLINICAL.md's table (the reference text for clinicians).
    pub fires_when: &'static str,
    /// Fluent id of the sentence that tells the person why this matters.
    pub because: &'static str,
    /// Fluent id of an extra action this rule adds, if any.
    pub action: Option<&'static str>,
    pub test: fn(&Facts) -> bool,
}

// ---- Shared definitions (CLINICAL.md §1 preamble, checked 2026-12) ----

/// "unconf": `location` is `not_confirmed`, `ectopic` or absent — a pregnancy never seen in the womb
/// (an apparent complete miscarriage was ectopic in 5.9 %, condous-2005).
fn location_not_confirmed(f: &Facts) -> bool {
    f.location != Some(Location::ConfirmedInWomb)
}

/// "Pregnant": `situation` is pregnant or absent.
fn pregnant(f: &Facts) -> bool {
    matches!(f.situation, None | Some(Situation::Pregnant))
}

/// "Loss": `situation` is `miscarriage_diagnosed` or `after_loss`.
fn loss(f: &Facts) -> bool {
    matches!(
        f.situation,
        Some(Situation::MiscarriageDiagnosed | Situation::AfterLoss)
    )
}

fn ectopic(f: &Facts) -> bool {
    f.location == Some(Location::Ectopic)
}

fn pain_at_least(f: &Facts, n: u32) -> bool {
    f.pain.is_some_and(|p| p >= n)
}

fn pads_at_least(f: &Facts, n: f64) -> bool {
    f.pads_soaked_per_hour.is_some_and(|p| p >= n)
}

/// The bleeding level, raised to at least "light" when pads were soaked or clots passed: a person
/// who soaked a pad is bleeding even if they left the "how much" question blank (escalate in doubt).
pub(crate) fn bleeding_level(f: &Facts) -> Option<Bleeding> {
    let implied = if f.pads_soaked_per_hour.is_some_and(|p| p > 0.0)
        || matches!(f.clots, Some(Clots::Small | Clots::Large))
    {
        Some(Bleeding::Light)
    } else {
        None
    };
    f.bleeding.max(implied)
}

fn bleeding_at_least(f: &Facts, level: Bleeding) -> bool {
    bleeding_level(f).is_some_and(|b| b >= level)
}

/// heavy-bleeding: more than 1 pad an hour; or 1 an hour for 2 hours or more, for an unknown time,
/// or with large clots; or "heavy" with no pad count (nhs-ggc-epas V, tommys-miscarriage V,
/// acog-pb200 S). An unknown duration counts as long: counting carefully never lowers urgency.
pub(crate) fn heavy_bleeding(f: &Facts) -> bool {
    match f.pads_soaked_per_hour {
        Some(p) => {
            p > 1.0
                || (p >= 1.0
                    && (f.heavy_hours.is_none_or(|h| h >= 2.0) || f.clots == Some(Clots::Large)))
        }
        None => f.bleeding == Some(Bleeding::Heavy),
    }
}

/// Exactly 1 pad an hour with the duration not given (and no large clots): the result asks how
/// long, because the answer decides between urgent and same-day; until it is given the answer is
/// already urgent, by heavy-bleeding. More than 1 pad an hour is urgent whatever the duration,
/// so nothing is asked.
pub fn asks_how_long(f: &Facts) -> bool {
    pads_at_least(f, 1.0)
        && f.pads_soaked_per_hour.is_some_and(|p| p <= 1.0)
        && f.heavy_hours.is_none()
        && f.clots != Some(Clots::Large)
}

/// Fever: temperature ≥ 38.0 °C or feeling feverish (nhs-fever, nice-ng255).
fn fever_sign(f: &Facts) -> bool {
    f.temperature_c.is_some_and(|t| t >= 38.0) || f.feels_feverish
}

/// infection: fever with smelly discharge, with pain ≥ 4, or in a loss whatever the treatment
/// (nice-ng51 V: a recent miscarriage raises sepsis risk).
fn infection(f: &Facts) -> bool {
    fever_sign(f) && (f.foul_discharge || pain_at_least(f, 4) || loss(f))
}

/// sepsis-red-flag: any of the NG51/NG255 high-risk signs the form asks about.
fn sepsis_red_flag(f: &Facts) -> bool {
    f.confused_or_drowsy || f.breathless || f.mottled_or_blue_skin || f.no_urine_18h
}

/// possible-rupture: unconf and (dizzy with shoulder-tip pain, one-sided pain or pain ≥ 4; or pale
/// and clammy with pain ≥ 7) — nhs-ectopic: sudden intense pain with very dizzy or very pale → 999.
fn possible_rupture(f: &Facts) -> bool {
    location_not_confirmed(f)
        && ((f.dizzy_or_faint && (f.shoulder_tip_pain || f.pain_one_sided || pain_at_least(f, 4)))
            || (f.pale_clammy && pain_at_least(f, 7)))
}

fn shock(f: &Facts) -> bool {
    f.pale_clammy && (f.racing_heart || f.dizzy_or_faint)
}

fn ectopic_faintness(f: &Facts) -> bool {
    ectopic(f) && f.dizzy_or_faint
}

fn bleeding_with_faintness(f: &Facts) -> bool {
    f.dizzy_or_faint && (heavy_bleeding(f) || pads_at_least(f, 1.0))
}

fn severe_one_sided(f: &Facts) -> bool {
    f.pain_one_sided
        && (pain_at_least(f, 7) || f.pain_worse_or_constant)
        && location_not_confirmed(f)
}

fn possible_ectopic_urgent(f: &Facts) -> bool {
    location_not_confirmed(f) && (pain_at_least(f, 7) || (f.dizzy_or_faint && pain_at_least(f, 1)))
}

fn ectopic_pain(f: &Facts) -> bool {
    ectopic(f)
        && (pain_at_least(f, 4)
            || f.pain_worse_or_constant
            || bleeding_at_least(f, Bleeding::Moderate))
}

fn low_temperature_unwell(f: &Facts) -> bool {
    f.temperature_c.is_some_and(|t| t < 36.0) && (f.feels_feverish || f.racing_heart)
}

fn fever_racing_heart(f: &Facts) -> bool {
    fever_sign(f) && f.racing_heart
}

fn racing_heart_bleeding(f: &Facts) -> bool {
    f.racing_heart && (bleeding_at_least(f, Bleeding::Moderate) || pain_at_least(f, 7))
}

/// racing-heart-after-treatment: medication or surgery within 6 weeks, or when the days are not
/// given (a missing `days_since_treatment` counts as recent).
fn racing_heart_after_treatment(f: &Facts) -> bool {
    f.racing_heart
        && matches!(
            f.treatment,
            Some(Treatment::Medication | Treatment::Surgery)
        )
        && f.days_since_treatment.is_none_or(|d| d <= 42.0)
}

/// early-light-bleeding: pregnant, weeks given and < 6, spotting/light, no pain, not a known ectopic,
/// no ectopic risk factors (nice-ng126).
fn early_light_bleeding(f: &Facts) -> bool {
    pregnant(f)
        && f.weeks.is_some_and(|w| w < 6.0)
        && matches!(
            bleeding_level(f),
            Some(Bleeding::Spotting | Bleeding::Light)
        )
        && matches!(f.pain, None | Some(0))
        && !ectopic(f)
        && !f.ectopic_risk_factors
}

fn pain_unconfirmed_location(f: &Facts) -> bool {
    location_not_confirmed(f)
        && ((pregnant(f) && pain_at_least(f, 1)) || (loss(f) && pain_at_least(f, 4)))
}

fn prolonged_bleeding(f: &Facts) -> bool {
    let limit = if f.treatment == Some(Treatment::Medication) {
        21.0
    } else {
        14.0
    };
    loss(f) && f.bleeding_days.is_some_and(|d| d > limit)
}

/// The registry. Order: by level, highest first, then as in CLINICAL.md §1 (early-light-bleeding
/// sits beside bleeding-in-pregnancy, which it replaces).
pub static RULES: &[Rule] = &[
    Rule {
        id: "collapse",
        level: Urgency::Emergency,
        sources: &[NhsEctopic, NiceQs69],
        fires_when: "fainted",
        because: "rule-collapse",
        action: None,
        test: |f| f.fainted,
    },
    Rule {
        id: "shock",
        level: Urgency::Emergency,
        sources: &[NiceNg255, NiceQs69],
        fires_when: "pale_clammy and (racing_heart or dizzy_or_faint)",
        because: "rule-shock",
        action: None,
        test: shock,
    },
    Rule {
        id: "sepsis-red-flag",
        level: Urgency::Emergency,
        sources: &[NiceNg255, NiceNg51, NhsSepsis],
        fires_when: "confused_or_drowsy or breathless or mottled_or_blue_skin or no_urine_18h (any situation)",
        because: "rule-sepsis-red-flag",
        action: None,
        test: sepsis_red_flag,
    },
    Rule {
        id: "possible-rupture",
        level: Urgency::Emergency,
        sources: &[NhsEctopic],
        fires_when: "location not confirmed_in_womb and (dizzy_or_faint with shoulder_tip_pain, pain_one_sided or pain >= 4; or pale_clammy with pain >= 7)",
        because: "rule-possible-rupture",
        action: None,
        test: possible_rupture,
    },
    Rule {
        id: "ectopic-faintness",
        level: Urgency::Emergency,
        sources: &[NhsEctopic],
        fires_when: "location = ectopic and dizzy_or_faint",
        because: "rule-ectopic-faintness",
        action: None,
        test: ectopic_faintness,
    },
    Rule {
        id: "bleeding-with-faintness",
        level: Urgency::Emergency,
        sources: &[NhsGgcEpas, TommysMiscarriage],
        fires_when: "dizzy_or_faint and (heavy-bleeding fires or pads_soaked_per_hour >= 1)",
        because: "rule-bleeding-with-faintness",
        action: None,
        test: bleeding_with_faintness,
    },
    Rule {
        id: "self-harm",
        level: Urgency::Emergency,
        sources: &[Kroenke2001, NhsMentalHealth],
        fires_when: "thoughts_of_harm",
        because: "rule-self-harm",
        action: Some("action-crisis-line"),
        test: |f| f.thoughts_of_harm,
    },
    Rule {
        id: "heavy-bleeding",
        level: Urgency::Urgent,
        sources: &[NhsGgcEpas, TommysMiscarriage, AcogPb200],
        fires_when: "pads_soaked_per_hour > 1; or pads_soaked_per_hour >= 1 and (heavy_hours >= 2, or heavy_hours not given, or clots = large); or bleeding = heavy with no pad count",
        because: "rule-heavy-bleeding",
        action: Some("action-bring-pad-count"),
        test: heavy_bleeding,
    },
    Rule {
        id: "possible-ectopic-shoulder",
        level: Urgency::Urgent,
        sources: &[NhsEctopic],
        fires_when: "shoulder_tip_pain and location not confirmed_in_womb",
        because: "rule-possible-ectopic-shoulder",
        action: None,
        test: |f| f.shoulder_tip_pain && location_not_confirmed(f),
    },
    Rule {
        id: "possible-ectopic-severe-one-sided",
        level: Urgency::Urgent,
        sources: &[NhsEctopic],
        fires_when: "pain_one_sided and (pain >= 7 or pain_worse_or_constant) and location not confirmed_in_womb",
        because: "rule-possible-ectopic-severe-one-sided",
        action: None,
        test: severe_one_sided,
    },
    Rule {
        id: "possible-ectopic-urgent",
        level: Urgency::Urgent,
        sources: &[NhsEctopic, NhsGgcEpas, Condous2005],
        fires_when: "location not confirmed_in_womb and (pain >= 7, or dizzy_or_faint with pain >= 1)",
        because: "rule-possible-ectopic-urgent",
        action: None,
        test: possible_ectopic_urgent,
    },
    Rule {
        id: "ectopic-pain",
        level: Urgency::Urgent,
        sources: &[NiceNg126],
        fires_when: "location = ectopic and (pain >= 4 or pain_worse_or_constant or bleeding moderate/heavy)",
        because: "rule-ectopic-pain",
        action: None,
        test: ectopic_pain,
    },
    Rule {
        id: "severe-pain",
        level: Urgency::Urgent,
        sources: &[TommysMiscarriage, HseMiscarriageRecovery],
        fires_when: "pain >= 8, any situation",
        because: "rule-severe-pain",
        action: None,
        test: |f| pain_at_least(f, 8),
    },
    Rule {
        id: "pain-not-easing-severe",
        level: Urgency::Urgent,
        sources: &[NhsGgcEpas, TommysMiscarriage],
        fires_when: "pain >= 7 and pain_worse_or_constant",
        because: "rule-pain-not-easing-severe",
        action: None,
        test: |f| pain_at_least(f, 7) && f.pain_worse_or_constant,
    },
    Rule {
        id: "infection",
        level: Urgency::Urgent,
        sources: &[NhsGgcEpas, NiceNg51, NiceNg255],
        fires_when: "fever (temperature >= 38.0 °C or feels_feverish) with foul_discharge, or with pain >= 4, or in a loss (miscarriage_diagnosed / after_loss, any treatment or none)",
        because: "rule-infection",
        action: None,
        test: infection,
    },
    Rule {
        id: "low-temperature-unwell",
        level: Urgency::Urgent,
        sources: &[NiceNg255],
        fires_when: "temperature < 36.0 °C and (feels_feverish or racing_heart)",
        because: "rule-low-temperature-unwell",
        action: None,
        test: low_temperature_unwell,
    },
    // Added beyond CLINICAL.md's table (it allows escalating rules with sources): a high
    // temperature with a racing heart is the same sepsis pattern as low-temperature-unwell, and
    // without it a person at 38 °C with a racing heart rated lower than one at 35 °C.
    Rule {
        id: "fever-racing-heart",
        level: Urgency::Urgent,
        sources: &[NiceNg255],
        fires_when: "(temperature >= 38.0 °C or feels_feverish) and racing_heart",
        because: "rule-fever-racing-heart",
        action: None,
        test: fever_racing_heart,
    },
    Rule {
        id: "racing-heart-bleeding",
        level: Urgency::Urgent,
        sources: &[NiceNg255],
        fires_when: "racing_heart and (bleeding moderate/heavy or pain >= 7)",
        because: "rule-racing-heart-bleeding",
        action: None,
        test: racing_heart_bleeding,
    },
    Rule {
        id: "racing-heart-after-treatment",
        level: Urgency::Urgent,
        sources: &[NiceNg255, NiceNg51],
        fires_when: "racing_heart and treatment medication/surgery and (days_since_treatment <= 42 or not given)",
        because: "rule-racing-heart-after-treatment",
        action: None,
        test: racing_heart_after_treatment,
    },
    Rule {
        id: "pale-clammy",
        level: Urgency::Urgent,
        sources: &[NiceNg255],
        fires_when: "pale_clammy (alone)",
        because: "rule-pale-clammy",
        action: None,
        test: |f| f.pale_clammy && !shock(f),
    },
    Rule {
        id: "second-trimester-bleeding",
        level: Urgency::Urgent,
        sources: &[TommysMiscarriage],
        fires_when: "weeks >= 12 and bleeding light or more, pregnant",
        because: "rule-second-trimester-bleeding",
        action: None,
        test: |f| {
            pregnant(f)
                && f.weeks.is_some_and(|w| w >= 12.0)
                && bleeding_at_least(f, Bleeding::Light)
        },
    },
    Rule {
        id: "bleeding-in-pregnancy",
        level: Urgency::SameDay,
        sources: &[NhsMiscarriage, NiceNg126],
        fires_when: "pregnant and bleeding spotting or more, except when early-light-bleeding fires instead",
        because: "rule-bleeding-in-pregnancy",
        action: None,
        test: |f| {
            pregnant(f) && bleeding_at_least(f, Bleeding::Spotting) && !early_light_bleeding(f)
        },
    },
    Rule {
        id: "early-light-bleeding",
        level: Urgency::Soon,
        sources: &[NiceNg126],
        fires_when: "pregnant, weeks given and < 6, bleeding spotting/light, pain 0 or not given, location not ectopic, no ectopic_risk_factors",
        because: "rule-early-light-bleeding",
        action: Some("action-repeat-test"),
        test: early_light_bleeding,
    },
    // Added beyond CLINICAL.md's table: when pads are counted, the count decides heavy-bleeding
    // (count, don't judge by eye). But a person who calls their bleeding heavy is never told it
    // is the expected course; found by the property test (heavy + half a pad fell to self-care).
    Rule {
        id: "heavy-bleeding-reported",
        level: Urgency::SameDay,
        sources: &[TommysMiscarriage, NhsMiscarriage],
        fires_when: "bleeding = heavy, but the pad count does not meet heavy-bleeding",
        because: "rule-heavy-bleeding-reported",
        action: Some("action-bring-pad-count"),
        test: |f| f.bleeding == Some(Bleeding::Heavy) && !heavy_bleeding(f),
    },
    Rule {
        id: "pain-unconfirmed-location",
        level: Urgency::SameDay,
        sources: &[NiceNg126, NiceQs69, Condous2005],
        fires_when: "location not confirmed_in_womb and (pregnant with pain >= 1, or miscarriage_diagnosed / after_loss with pain >= 4)",
        because: "rule-pain-unconfirmed-location",
        action: None,
        test: pain_unconfirmed_location,
    },
    Rule {
        id: "pain-in-pregnancy",
        level: Urgency::SameDay,
        sources: &[NiceNg126],
        fires_when: "pregnant, pain >= 4",
        because: "rule-pain-in-pregnancy",
        action: None,
        test: |f| pregnant(f) && pain_at_least(f, 4),
    },
    Rule {
        id: "pain-not-easing",
        level: Urgency::SameDay,
        sources: &[NhsGgcEpas],
        fires_when: "pain >= 4 and pain_worse_or_constant, any situation",
        because: "rule-pain-not-easing",
        action: None,
        test: |f| pain_at_least(f, 4) && f.pain_worse_or_constant,
    },
    Rule {
        id: "pain-after-loss",
        level: Urgency::SameDay,
        sources: &[NhsGgcEpas, HseMiscarriageRecovery],
        fires_when: "situation = after_loss and pain >= 4",
        because: "rule-pain-after-loss",
        action: None,
        test: |f| f.situation == Some(Situation::AfterLoss) && pain_at_least(f, 4),
    },
    Rule {
        id: "bleeding-one-pad-an-hour",
        level: Urgency::SameDay,
        sources: &[NhsGgcEpas],
        fires_when: "pads_soaked_per_hour >= 1 (never self_care; alone: quiet when heavy-bleeding fires)",
        because: "rule-bleeding-one-pad-an-hour",
        action: Some("action-recheck-pads"),
        // Quiet beside heavy-bleeding, like the other "(alone)" rules: its "check today" reason
        // would read against the "go now" answer the same pads already give.
        test: |f| pads_at_least(f, 1.0) && !heavy_bleeding(f),
    },
    Rule {
        id: "one-sided-pain",
        level: Urgency::SameDay,
        sources: &[NhsEctopic],
        fires_when: "pain_one_sided (not severe)",
        because: "rule-one-sided-pain",
        action: None,
        test: |f| f.pain_one_sided && !severe_one_sided(f),
    },
    Rule {
        id: "shoulder-tip-confirmed",
        level: Urgency::SameDay,
        sources: &[NhsEctopic],
        fires_when: "shoulder_tip_pain with location confirmed_in_womb",
        because: "rule-shoulder-tip-confirmed",
        action: None,
        test: |f| f.shoulder_tip_pain && !location_not_confirmed(f),
    },
    Rule {
        id: "rectal-pain",
        level: Urgency::SameDay,
        sources: &[NhsEctopic],
        fires_when: "bowel_or_rectal_pain and location not confirmed_in_womb",
        because: "rule-rectal-pain",
        action: None,
        test: |f| f.bowel_or_rectal_pain && location_not_confirmed(f),
    },
    Rule {
        id: "fever",
        level: Urgency::SameDay,
        sources: &[NhsFever],
        fires_when: "temperature >= 38.0 °C or feels_feverish (alone)",
        because: "rule-fever",
        action: None,
        test: |f| fever_sign(f) && !infection(f) && !fever_racing_heart(f),
    },
    Rule {
        id: "foul-discharge",
        level: Urgency::SameDay,
        sources: &[NhsGgcEpas],
        fires_when: "foul_discharge (alone)",
        because: "rule-foul-discharge",
        action: None,
        test: |f| f.foul_discharge && !infection(f),
    },
    Rule {
        id: "dizziness",
        level: Urgency::SameDay,
        sources: &[NhsEctopic],
        fires_when: "dizzy_or_faint (alone)",
        because: "rule-dizziness",
        action: None,
        test: |f| {
            f.dizzy_or_faint
                && !possible_rupture(f)
                && !shock(f)
                && !ectopic_faintness(f)
                && !bleeding_with_faintness(f)
                && !possible_ectopic_urgent(f)
        },
    },
    Rule {
        id: "racing-heart",
        level: Urgency::SameDay,
        sources: &[NiceNg255],
        fires_when: "racing_heart (alone)",
        because: "rule-racing-heart",
        action: None,
        test: |f| {
            f.racing_heart
                && !shock(f)
                && !racing_heart_bleeding(f)
                && !low_temperature_unwell(f)
                && !fever_racing_heart(f)
                && !racing_heart_after_treatment(f)
        },
    },
    Rule {
        id: "vomiting",
        level: Urgency::SameDay,
        sources: &[HseHyperemesis, RcogGtg38],
        fires_when: "vomiting (unable to keep fluids down for 24 hours)",
        because: "rule-vomiting",
        action: None,
        test: |f| f.vomiting,
    },
    Rule {
        id: "no-bleeding-after-misoprostol",
        level: Urgency::SameDay,
        sources: &[NiceNg126],
        fires_when: "treatment = medication, days_since_treatment >= 1, bleeding = none, location not ectopic",
        because: "rule-no-bleeding-after-misoprostol",
        action: None,
        test: |f| {
            f.treatment == Some(Treatment::Medication)
                && f.days_since_treatment.is_some_and(|d| d >= 1.0)
                && f.bleeding == Some(Bleeding::None)
                && bleeding_level(f) == Some(Bleeding::None)
                && !ectopic(f)
        },
    },
    Rule {
        id: "ectopic-known",
        level: Urgency::SameDay,
        sources: &[NiceNg126],
        fires_when: "location = ectopic, except after_loss with treatment = surgery",
        because: "rule-ectopic-known",
        action: None,
        test: |f| {
            ectopic(f)
                && !(f.situation == Some(Situation::AfterLoss)
                    && f.treatment == Some(Treatment::Surgery))
        },
    },
    Rule {
        id: "positive-test-unconfirmed",
        level: Urgency::SameDay,
        sources: &[NiceNg126, HseMiscarriageRecovery],
        fires_when: "positive_test_weeks_after >= 2 and location not confirmed_in_womb",
        because: "rule-positive-test-unconfirmed",
        action: None,
        test: |f| {
            f.positive_test_weeks_after.is_some_and(|w| w >= 2.0) && location_not_confirmed(f)
        },
    },
    Rule {
        id: "prolonged-bleeding",
        level: Urgency::Soon,
        sources: &[NiceNg126, NhsMiscarriage],
        fires_when: "miscarriage_diagnosed / after_loss and bleeding_days > 14 (> 21 after medication)",
        because: "rule-prolonged-bleeding",
        action: None,
        test: prolonged_bleeding,
    },
    Rule {
        id: "positive-test-after",
        level: Urgency::Soon,
        sources: &[NiceNg126],
        fires_when: "positive_test_weeks_after >= 3",
        because: "rule-positive-test-after",
        action: None,
        test: |f| f.positive_test_weeks_after.is_some_and(|w| w >= 3.0),
    },
    Rule {
        id: "no-period",
        level: Urgency::Soon,
        sources: &[NhsPeriods],
        fires_when: "no_period_weeks >= 8",
        because: "rule-no-period",
        action: None,
        test: |f| f.no_period_weeks.is_some_and(|w| w >= 8.0),
    },
    Rule {
        id: "low-mood",
        level: Urgency::Soon,
        sources: &[Farren2020, NiceCg192],
        fires_when: "low_mood_weeks >= 2",
        because: "rule-low-mood",
        action: Some("action-talk-about-mood"),
        test: |f| f.low_mood_weeks.is_some_and(|w| w >= 2.0),
    },
    Rule {
        id: "expected-course",
        level: Urgency::SelfCare,
        sources: &[NhsMiscarriage],
        fires_when: "nothing above fired",
        because: "rule-expected-course",
        action: None,
        // Decided by the engine: it fires exactly when no other rule does.
        test: |_| false,
    },
];

/// The id of the catch-all rule that fires when nothing else does.
pub const EXPECTED_COURSE: &str = "expected-course";

/// Looks a rule up by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
