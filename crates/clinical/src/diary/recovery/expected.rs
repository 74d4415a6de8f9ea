//! The expected course for each way of care (CLINICAL.md §6), as facts with their sources.

use serde::Serialize;

use crate::diary::entry::Management;
use crate::management::Guideline;
use crate::risk::Confidence;
use crate::sources::Source;
use crate::sources::Source::{
    AcogPb200, NhsGgcEpas, NhsMiscarriage, NhsPeriods, NiceNg126, TommysMiscarriage,
};

/// One thing to expect, with its sources. Unverified (U) facts say "approximately".
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CourseFact {
    pub id: &'static str,
    pub text: &'static str,
    /// Set when this is one guideline's advice (UK and US differ).
    pub guideline: Option<Guideline>,
    pub sources: &'static [Source],
    pub confidence: Confidence,
}

const fn fact(
    id: &'static str,
    text: &'static str,
    guideline: Option<Guideline>,
    sources: &'static [Source],
    confidence: Confidence,
) -> CourseFact {
    CourseFact {
        id,
        text,
        guideline,
        sources,
        confidence,
    }
}

/// Every expected-course fact, each with its own sources (`nice-ng126`, `acog-pb200`,
/// `nhs-miscarriage`, `nhs-periods`, `nhs-ggc-epas`, `tommys-miscarriage`); checked 2026-11 against
/// CLINICAL.md §1 and §6.
pub const COURSE_FACTS: [CourseFact; 11] = [
    fact(
        "expectant-nice-7-to-14-days",
        "UK guidance (NICE): waiting is offered first, for 7 to 14 days.",
        Some(Guideline::NiceNg126),
        &[NiceNg126],
        Confidence::Secondary,
    ),
    fact(
        "expectant-acog-up-to-8-weeks",
        "US guidance (ACOG): waiting can go on for up to 8 weeks.",
        Some(Guideline::AcogPb200),
        &[AcogPb200],
        Confidence::Secondary,
    ),
    fact(
        "medication-bleeding-within-24-hours",
        "Bleeding usually starts within 24 hours of taking misoprostol. If it has not, contact your care team that day.",
        None,
        &[NiceNg126],
        Confidence::Secondary,
    ),
    fact(
        "medication-bleeding-up-to-3-weeks",
        "UK guidance (NICE): bleeding may last up to 3 weeks after the medicines.",
        Some(Guideline::NiceNg126),
        &[NiceNg126],
        Confidence::Secondary,
    ),
    // CLINICAL.md §6 gives "heaviest in the first ~8 days" without its own source mark: said of
    // the group it comes from (`management::HEAVIEST_FIRST_DAYS`), approximately, kept at U.
    fact(
        "medication-heaviest-first-days",
        crate::management::HEAVIEST_FIRST_DAYS_TEXT,
        None,
        &[Source::Zhang2005],
        Confidence::Unverified,
    ),
    fact(
        "bleeding-over-14-days",
        "If bleeding goes on for more than 14 days, arrange to be seen.",
        None,
        &[NiceNg126, NhsMiscarriage],
        Confidence::Secondary,
    ),
    fact(
        "bleeding-over-21-days-after-medication",
        "After the medicines, if bleeding goes on for more than 21 days, arrange to be seen.",
        None,
        &[NiceNg126],
        Confidence::Secondary,
    ),
    fact(
        "pregnancy-test-at-3-weeks",
        "After waiting or medicines, NICE advises a urine pregnancy test 3 weeks later. If it is positive, contact your early pregnancy unit.",
        Some(Guideline::NiceNg126),
        &[NiceNg126],
        Confidence::Secondary,
    ),
    // V since the 2026-12 revision of CLINICAL.md §6 [tommys-after V, mai-after V].
    fact(
        "periods-in-4-to-6-weeks",
        "Periods usually come back after 4 to 6 weeks.",
        None,
        &[Source::TommysAfter, Source::MaiAfter],
        Confidence::Verified,
    ),
    fact(
        "no-period-by-8-weeks",
        "If you have had no period by about 8 weeks, see your doctor.",
        None,
        &[NhsPeriods],
        Confidence::Secondary,
    ),
    fact(
        "get-help-at-once",
        "Get help at once for heavy bleeding (soaking 2 full-size pads in an hour), bad pain, a fever or smelly discharge, or feeling faint.",
        None,
        &[NhsGgcEpas, NhsMiscarriage, TommysMiscarriage],
        Confidence::Secondary,
    ),
];

impl CourseFact {
    /// The sentence's message id (`diary-course-` and the fact's id).
    #[must_use]
    pub fn msg(&self) -> &'static str {
        match self.id {
            "expectant-nice-7-to-14-days" => "diary-course-expectant-nice-7-to-14-days",
            "expectant-acog-up-to-8-weeks" => "diary-course-expectant-acog-up-to-8-weeks",
            "medication-bleeding-within-24-hours" => {
                "diary-course-medication-bleeding-within-24-hours"
            }
            "medication-bleeding-up-to-3-weeks" => "diary-course-medication-bleeding-up-to-3-weeks",
            "medication-heaviest-first-days" => "diary-course-medication-heaviest-first-days",
            "bleeding-over-14-days" => "diary-course-bleeding-over-14-days",
            "bleeding-over-21-days-after-medication" => {
                "diary-course-bleeding-over-21-days-after-medication"
            }
            "pregnancy-test-at-3-weeks" => "diary-course-pregnancy-test-at-3-weeks",
            "periods-in-4-to-6-weeks" => "diary-course-periods-in-4-to-6-weeks",
            "no-period-by-8-weeks" => "diary-course-no-period-by-8-weeks",
            "get-help-at-once" => "diary-course-get-help-at-once",
            _ => "diary-course-unknown",
        }
    }

    /// The sentence as a message id.
    #[must_use]
    pub fn words(&self) -> crate::words::Words {
        crate::words::Words::id(self.msg())
    }
}

fn facts_by_id(ids: &[&str]) -> Vec<CourseFact> {
    ids.iter()
        .filter_map(|id| COURSE_FACTS.iter().find(|f| f.id == *id).copied())
        .collect()
}

/// What to expect for a way of care; with none known, what holds whatever the care.
pub fn expected_course(management: Option<Management>) -> Vec<CourseFact> {
    let ids: &[&str] = match management {
        Some(Management::Expectant) => &[
            "expectant-nice-7-to-14-days",
            "expectant-acog-up-to-8-weeks",
            "bleeding-over-14-days",
            "pregnancy-test-at-3-weeks",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
        Some(Management::Medication) => &[
            "medication-bleeding-within-24-hours",
            "medication-bleeding-up-to-3-weeks",
            "medication-heaviest-first-days",
            "bleeding-over-21-days-after-medication",
            "pregnancy-test-at-3-weeks",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
        Some(Management::Surgery) => &[
            "bleeding-over-14-days",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
        None => &[
            "bleeding-over-14-days",
            "pregnancy-test-at-3-weeks",
            "periods-in-4-to-6-weeks",
            "no-period-by-8-weeks",
            "get-help-at-once",
        ],
    };
    facts_by_id(ids)
}
