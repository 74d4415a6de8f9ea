//! The codes an export may carry: exactly the table of CLINICAL.md §9 (source `loinc`, V),
//! checked 2026-11. PCL-5 and EPDS totals are U there and left out. The code system is always
//! stored with the code.

/// The LOINC code system URI (FHIR R4 terminology).
pub const LOINC_SYSTEM: &str = "http://loinc.org";
/// UCUM, for units.
pub const UCUM_SYSTEM: &str = "http://unitsofmeasure.org";

/// One code of CLINICAL.md §9.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    pub code: &'static str,
    pub display: &'static str,
}

/// Serum β-hCG: 21198-7. CLINICAL.md §9 (`loinc`), checked 2026-11.
pub const SERUM_BETA_HCG: Code = Code {
    code: "21198-7",
    display: "Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma",
};
/// hCG total: 19080-1. CLINICAL.md §9 (`loinc`), checked 2026-11. Not used by the diary (its hCG
/// entries are the β-hCG blood test), listed so the table matches §9.
pub const HCG_TOTAL: Code = Code {
    code: "19080-1",
    display: "Choriogonadotropin [Units/volume] in Serum or Plasma",
};
/// Urine pregnancy test: 2106-3. CLINICAL.md §9 (`loinc`), checked 2026-11.
pub const URINE_PREGNANCY_TEST: Code = Code {
    code: "2106-3",
    display: "Choriogonadotropin (pregnancy test) [Presence] in Urine",
};
/// Body temperature: 8310-5. CLINICAL.md §9 (`loinc`), checked 2026-11.
pub const BODY_TEMPERATURE: Code = Code {
    code: "8310-5",
    display: "Body temperature",
};
/// Pain severity 0–10: 72514-3. CLINICAL.md §9 (`loinc`), checked 2026-11.
pub const PAIN_SEVERITY: Code = Code {
    code: "72514-3",
    display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
};
/// PHQ-9 total: 44261-6. CLINICAL.md §9 (`loinc`), checked 2026-11 (for the wellbeing module).
pub const PHQ9_TOTAL: Code = Code {
    code: "44261-6",
    display: "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
};
/// PHQ-9 item 9: 44260-8. CLINICAL.md §9 (`loinc`), checked 2026-11.
pub const PHQ9_ITEM_9: Code = Code {
    code: "44260-8",
    display: "Thoughts that you would be better off dead, or of hurting yourself in some way",
};
/// GAD-7 total: 70274-6. CLINICAL.md §9 (`loinc`), checked 2026-11.
pub const GAD7_TOTAL: Code = Code {
    code: "70274-6",
    display: "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
};

/// Every code of CLINICAL.md §9: the one list that tests check exports against.
pub const CLINICAL_MD_9: [Code; 8] = [
    SERUM_BETA_HCG,
    HCG_TOTAL,
    URINE_PREGNANCY_TEST,
    BODY_TEMPERATURE,
    PAIN_SEVERITY,
    PHQ9_TOTAL,
    PHQ9_ITEM_9,
    GAD7_TOTAL,
];

/// Whether `code` is in the §9 table.
pub fn is_listed(code: &str) -> bool {
    CLINICAL_MD_9.iter().any(|c| c.code == code)
}
