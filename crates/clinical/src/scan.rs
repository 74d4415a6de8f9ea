//! Early pregnancy scan findings, read against SRU 2013 (US) and NICE NG126 (UK).
//!
//! CLINICAL.md §3. Each criterion is a [`ScanRule`] value in [`RULES`]: its id, rule set, category,
//! sources, the fields it needs, the words shown to a person, and a predicate. A predicate answers
//! `Some(true)` (fires), `Some(false)` (does not) or `None` (cannot tell: a field it needs was not
//! given); the unanswered rules come back in `not_checked`, so a missing detail is visible rather
//! than silently read as "normal". Both rule sets are always returned; the region only decides
//! which comes first (`Region::leading_guidance`). Wording follows the SRU 2024 lexicon ("cardiac activity", "early pregnancy
//! loss"). Nothing here diagnoses: NICE says one scan never does.

use serde::Serialize;

use crate::input::InvalidInput;
use crate::region::Region;
use crate::sources::Source;
use crate::words::Words;

mod input;
mod reading;
mod rules;

pub use input::{PreviousScanInput, Route, ScanInput, check};
use reading::read_one;
pub use rules::{Category, RULES, ScanRule, ScanRuleSet};

// ---------------------------------------------------------------------------------------------
// Thresholds. Each names its source id and when it was last checked against CLINICAL.md.
// ---------------------------------------------------------------------------------------------

/// SRU: CRL ≥ 7 mm with no cardiac activity is consistent with early pregnancy loss; CRL < 7 mm
/// with none is suspicious. Source `sru-2013` (S/V), checked 2026-11.
pub const SRU_CRL_MM: f64 = 7.0;
/// SRU: MSD ≥ 25 mm with no embryo is consistent with early pregnancy loss. `sru-2013`, checked 2026-11.
pub const SRU_MSD_LOSS_MM: f64 = 25.0;
/// SRU: MSD 16–24 mm (16 ≤ MSD < 25) with no embryo is suspicious. `sru-2013`, checked 2026-11.
pub const SRU_MSD_SUSPICIOUS_MM: f64 = 16.0;
/// SRU: no embryo with cardiac activity ≥ 2 weeks (14 days) after a scan showing a sac without a
/// yolk sac: consistent with loss. `sru-2013`, checked 2026-11.
pub const SRU_AFTER_SAC_NO_YOLK_LOSS_DAYS: u32 = 14;
/// SRU: no embryo with cardiac activity ≥ 11 days after a scan showing a sac with a yolk sac:
/// consistent with loss. `sru-2013`, checked 2026-11.
pub const SRU_AFTER_SAC_WITH_YOLK_LOSS_DAYS: u32 = 11;
/// SRU: the same 7–13 days after a sac without a yolk sac is suspicious. `sru-2013`, checked 2026-11.
pub const SRU_AFTER_SAC_NO_YOLK_SUSPICIOUS_DAYS: (u32, u32) = (7, 13);
/// SRU: the same 7–10 days after a sac with a yolk sac is suspicious. `sru-2013`, checked 2026-11.
pub const SRU_AFTER_SAC_WITH_YOLK_SUSPICIOUS_DAYS: (u32, u32) = (7, 10);
/// SRU: no embryo ≥ 6 weeks after the last menstrual period is suspicious. `sru-2013`, checked 2026-11.
pub const SRU_NO_EMBRYO_WEEKS: f64 = 6.0;
/// SRU: a yolk sac larger than 7 mm is suspicious. `sru-2013`, checked 2026-11.
pub const SRU_YOLK_SAC_MM: f64 = 7.0;
/// SRU: MSD − CRL < 5 mm (a small sac for the embryo) is suspicious. `sru-2013`, checked 2026-11.
pub const SRU_MSD_MINUS_CRL_MM: f64 = 5.0;
/// NICE: CRL 7.0 mm is the line between "rescan" and "second opinion and/or rescan" when there is
/// no cardiac activity. Source `nice-ng126` (S), checked 2026-11.
pub const NICE_CRL_MM: f64 = 7.0;
/// NICE: MSD 25.0 mm is the same line when there is no embryo (fetal pole). `nice-ng126`, checked 2026-11.
pub const NICE_MSD_MM: f64 = 25.0;
/// NICE: the repeat scan is at least 7 days later. `nice-ng126`, checked 2026-11.
pub const NICE_RESCAN_DAYS: u32 = 7;
/// NICE: after a transabdominal scan only, the repeat scan is at least 14 days later.
/// `nice-ng126`, checked 2026-11.
pub const NICE_TRANSABDOMINAL_RESCAN_DAYS: u32 = 14;

/// Plausible ranges, chosen by Solace so that typing slips are caught (not clinical figures):
/// CRL 0.5–90 mm (up to about 14 weeks, past the first-trimester rules), MSD 1–100 mm, yolk sac
/// 1–20 mm, previous scan 1–60 whole days ago, 3–20 weeks since the last period. Checked 2026-11.
pub const CRL_RANGE_MM: (f64, f64) = (0.5, 90.0);
/// See [`CRL_RANGE_MM`].
pub const MSD_RANGE_MM: (f64, f64) = (1.0, 100.0);
/// See [`CRL_RANGE_MM`].
pub const YOLK_SAC_RANGE_MM: (f64, f64) = (1.0, 20.0);
/// See [`CRL_RANGE_MM`].
pub const DAYS_AGO_RANGE: (f64, f64) = (1.0, 60.0);
/// See [`CRL_RANGE_MM`].
pub const WEEKS_RANGE: (f64, f64) = (3.0, 20.0);

/// Tolerance for decimal boundaries (12.3 − 7.3 is 5 mm, not 4.999…).
const EPS: f64 = 1e-9;

// ---------------------------------------------------------------------------------------------
// Checked findings (the rules read these)
// ---------------------------------------------------------------------------------------------

/// Checked findings, with what follows from what was given: a CRL or cardiac activity means an
/// embryo was seen; no embryo means no cardiac activity; a yolk sac size means a yolk sac was seen;
/// an empty amnion means no embryo; a yolk sac on the previous scan means a sac was seen.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    route: Route,
    crl_mm: Option<f64>,
    msd_mm: Option<f64>,
    embryo: Option<bool>,
    cardiac: Option<bool>,
    yolk_seen: Option<bool>,
    yolk_mm: Option<f64>,
    amnion_empty: Option<bool>,
    weeks: Option<f64>,
    previous: Option<Previous>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Previous {
    days_ago: u32,
    sac: Option<bool>,
    yolk: Option<bool>,
}

impl Findings {
    /// Whether a field (as named in a rule's `needs`) is known, directly or by inference.
    fn known(&self, field: &str) -> bool {
        let prev = self.previous.as_ref();
        match field {
            "route" => true,
            "crl_mm" => self.crl_mm.is_some(),
            "msd_mm" => self.msd_mm.is_some(),
            "embryo_seen" => self.embryo.is_some(),
            "cardiac_activity" => self.cardiac.is_some(),
            "yolk_sac_seen" => self.yolk_seen.is_some(),
            "yolk_sac_mm" => self.yolk_mm.is_some(),
            "amnion_empty" => self.amnion_empty.is_some(),
            "weeks_since_lmp" => self.weeks.is_some(),
            "previous_scan.days_ago" => prev.is_some(),
            "previous_scan.sac_seen" => prev.is_some_and(|p| p.sac.is_some()),
            "previous_scan.yolk_sac_seen" => prev.is_some_and(|p| p.yolk.is_some()),
            _ => false,
        }
    }
}
// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub rule: &'static str,
    pub because: String,
    pub sources: Vec<Source>,
    /// `because` as a Fluent message (`readings-scan.ftl`).
    #[serde(skip)]
    pub words: Words,
}

/// A rule that could not be checked, and the fields that would let it be.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotChecked {
    pub rule: &'static str,
    pub needs: Vec<&'static str>,
}

/// One rule set's reading. Field names are a contract (DESIGN.md); fields may be added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanReading {
    pub rule_set: ScanRuleSet,
    /// Stable id for this rule set and category, e.g. `sru-2013-suspicious`.
    pub id: &'static str,
    pub category: Category,
    pub text: String,
    pub reasons: Vec<Reason>,
    pub next_step: String,
    pub not_checked: Vec<NotChecked>,
    pub sources: Vec<Source>,
    /// `text` as a Fluent message with its arguments.
    #[serde(skip)]
    pub words: Words,
    /// `next_step` as Fluent messages, one a sentence or two, joined by a space.
    #[serde(skip)]
    pub next_words: Vec<Words>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanOutput {
    /// Both rule sets; the region's leading one first (us/ca: SRU; the others: NICE).
    pub readings: Vec<ScanReading>,
}

/// Reads scan findings under both rule sets, the region's usual one first.
///
/// # Errors
///
/// As [`check`].
pub fn read(input: &ScanInput, region: Region) -> Result<ScanOutput, InvalidInput> {
    let findings = check(input)?;
    Ok(evaluate(&findings, region))
}

/// Reads already-checked findings (see [`check`]).
#[must_use]
pub fn evaluate(findings: &Findings, region: Region) -> ScanOutput {
    // The region's leading guidance first (see `Region::leading_guidance`: uk, ie, au, nz and
    // other lead with NICE, us and ca with SRU).
    let order = if region.leading_guidance() == crate::region::Guidance::Nice {
        [ScanRuleSet::NiceNg126, ScanRuleSet::Sru2013]
    } else {
        [ScanRuleSet::Sru2013, ScanRuleSet::NiceNg126]
    };
    ScanOutput {
        readings: order.iter().map(|&rs| read_one(findings, rs)).collect(),
    }
}

#[cfg(test)]
mod tests;
