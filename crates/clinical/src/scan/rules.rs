//! The criteria as values: each [`ScanRule`] in [`RULES`] with its id, rule set, category,
//! sources, the fields it needs, its words and its predicate.

use serde::{Deserialize, Serialize};

use crate::sources::Source;

use super::input::Route;
use super::{
    EPS, Findings, NICE_CRL_MM, NICE_MSD_MM, NICE_RESCAN_DAYS, NICE_TRANSABDOMINAL_RESCAN_DAYS,
    SRU_AFTER_SAC_NO_YOLK_LOSS_DAYS, SRU_AFTER_SAC_NO_YOLK_SUSPICIOUS_DAYS,
    SRU_AFTER_SAC_WITH_YOLK_LOSS_DAYS, SRU_AFTER_SAC_WITH_YOLK_SUSPICIOUS_DAYS, SRU_CRL_MM,
    SRU_MSD_LOSS_MM, SRU_MSD_MINUS_CRL_MM, SRU_MSD_SUSPICIOUS_MM, SRU_NO_EMBRYO_WEEKS,
    SRU_YOLK_SAC_MM,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ScanRuleSet {
    #[serde(rename = "sru-2013")]
    Sru2013,
    #[serde(rename = "nice-ng126")]
    NiceNg126,
}

impl ScanRuleSet {
    pub const ALL: [ScanRuleSet; 2] = [ScanRuleSet::Sru2013, ScanRuleSet::NiceNg126];

    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            ScanRuleSet::Sru2013 => "sru-2013",
            ScanRuleSet::NiceNg126 => "nice-ng126",
        }
    }
}

/// The guideline category. SRU: consistent-with-loss > suspicious > no-criteria-met.
/// NICE: second-opinion-or-rescan > rescan > no-criteria-met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    ConsistentWithLoss,
    Suspicious,
    SecondOpinionOrRescan,
    Rescan,
    NoCriteriaMet,
}

impl Category {
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Category::ConsistentWithLoss => "consistent-with-loss",
            Category::Suspicious => "suspicious",
            Category::SecondOpinionOrRescan => "second-opinion-or-rescan",
            Category::Rescan => "rescan",
            Category::NoCriteriaMet => "no-criteria-met",
        }
    }

    pub(super) const fn rank(self) -> u8 {
        match self {
            Category::ConsistentWithLoss | Category::SecondOpinionOrRescan => 2,
            Category::Suspicious | Category::Rescan => 1,
            Category::NoCriteriaMet => 0,
        }
    }
}

/// One guideline criterion, as a value. The rules page is generated from [`RULES`].
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ScanRule {
    pub id: &'static str,
    pub rule_set: ScanRuleSet,
    pub category: Category,
    pub sources: &'static [Source],
    /// The input fields the rule reads (besides `route`).
    pub needs: &'static [&'static str],
    /// The criterion as the guideline states it, for the rules page and reviewers.
    pub description: &'static str,
    /// Why it fired, in plain words for the person.
    pub because: &'static str,
    /// `because` as a Fluent message (`readings-scan.ftl`).
    #[serde(skip)]
    pub because_id: &'static str,
    /// NICE: the repeat scan is at least this many days later.
    pub rescan_after_days: Option<u32>,
    /// `Some(true)` fires, `Some(false)` does not, `None` cannot tell from what was given.
    #[serde(skip)]
    pub test: fn(&Findings) -> Option<bool>,
}

/// Kleene "and": false if any part is false, true if all are true, otherwise unknown.
fn all(parts: &[Option<bool>]) -> Option<bool> {
    if parts.contains(&Some(false)) {
        Some(false)
    } else if parts.iter().all(Option::is_some) {
        Some(true)
    } else {
        None
    }
}

fn not(x: Option<bool>) -> Option<bool> {
    x.map(|b| !b)
}

pub(super) fn tv(f: &Findings) -> bool {
    f.route == Route::Transvaginal
}

pub(super) fn ta(f: &Findings) -> bool {
    f.route == Route::Transabdominal
}

/// `a ≥ b`, with decimal boundaries counted as on the line.
fn at_least(a: f64, b: f64) -> bool {
    a >= b - EPS
}

/// "No embryo with cardiac activity": no embryo, or an embryo without cardiac activity.
fn no_embryo_with_cardiac_activity(f: &Findings) -> Option<bool> {
    match (f.embryo, f.cardiac) {
        (Some(false), _) | (_, Some(false)) => Some(true),
        (_, Some(true)) => Some(false),
        _ => None,
    }
}

/// A previous scan `lo..=hi` days ago that showed a sac, with (`yolk`) or without a yolk sac.
fn previous_sac(f: &Findings, yolk: bool, lo: u32, hi: u32) -> Option<bool> {
    let Some(p) = f.previous else {
        // No earlier scan given: these rules do not apply (not "unknown").
        return Some(false);
    };
    all(&[
        p.sac,
        p.yolk.map(|y| y == yolk),
        Some((lo..=hi).contains(&p.days_ago)),
    ])
}

const SRU: &[Source] = &[Source::Sru2013];
const NICE: &[Source] = &[Source::NiceNg126];

/// Every SRU 2013 and NICE NG126 criterion from CLINICAL.md §3.
pub const RULES: &[ScanRule] = &[
    // ---- SRU 2013: consistent with early pregnancy loss ----
    ScanRule {
        id: "sru-crl-7-no-cardiac-activity",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::ConsistentWithLoss,
        sources: SRU,
        needs: &["crl_mm", "cardiac_activity"],
        description: "CRL ≥ 7 mm and no cardiac activity.",
        because: "The embryo measures 7 mm or more and no cardiac activity was seen.",
        because_id: "scanr-sru-crl-7-no-cardiac-activity",
        rescan_after_days: None,
        test: |f| {
            all(&[
                Some(tv(f)),
                f.embryo,
                f.crl_mm.map(|x| at_least(x, SRU_CRL_MM)),
                not(f.cardiac),
            ])
        },
    },
    ScanRule {
        id: "sru-msd-25-no-embryo",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::ConsistentWithLoss,
        sources: SRU,
        needs: &["msd_mm", "embryo_seen"],
        description: "MSD ≥ 25 mm and no embryo.",
        because: "The pregnancy sac measures 25 mm or more across and no embryo was seen.",
        because_id: "scanr-sru-msd-25-no-embryo",
        rescan_after_days: None,
        test: |f| {
            all(&[
                Some(tv(f)),
                f.msd_mm.map(|x| at_least(x, SRU_MSD_LOSS_MM)),
                not(f.embryo),
            ])
        },
    },
    ScanRule {
        id: "sru-no-embryo-14-days-after-sac-without-yolk-sac",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::ConsistentWithLoss,
        sources: SRU,
        needs: &[
            "embryo_seen",
            "cardiac_activity",
            "previous_scan.sac_seen",
            "previous_scan.yolk_sac_seen",
        ],
        description: "No embryo with cardiac activity ≥ 2 weeks after a scan that showed a gestational sac without a yolk sac.",
        because: "An earlier scan showed a pregnancy sac with no yolk sac. 2 weeks or more later, no embryo with cardiac activity was seen.",
        because_id: "scanr-sru-no-embryo-14-days-after-sac-without-yolk-sac",
        rescan_after_days: None,
        test: |f| {
            all(&[
                Some(tv(f)),
                no_embryo_with_cardiac_activity(f),
                previous_sac(f, false, SRU_AFTER_SAC_NO_YOLK_LOSS_DAYS, u32::MAX),
            ])
        },
    },
    ScanRule {
        id: "sru-no-embryo-11-days-after-sac-with-yolk-sac",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::ConsistentWithLoss,
        sources: SRU,
        needs: &[
            "embryo_seen",
            "cardiac_activity",
            "previous_scan.sac_seen",
            "previous_scan.yolk_sac_seen",
        ],
        description: "No embryo with cardiac activity ≥ 11 days after a scan that showed a gestational sac with a yolk sac.",
        because: "An earlier scan showed a pregnancy sac with a yolk sac. 11 days or more later, no embryo with cardiac activity was seen.",
        because_id: "scanr-sru-no-embryo-11-days-after-sac-with-yolk-sac",
        rescan_after_days: None,
        test: |f| {
            all(&[
                Some(tv(f)),
                no_embryo_with_cardiac_activity(f),
                previous_sac(f, true, SRU_AFTER_SAC_WITH_YOLK_LOSS_DAYS, u32::MAX),
            ])
        },
    },
    // ---- SRU 2013: suspicious for early pregnancy loss ----
    ScanRule {
        id: "sru-crl-under-7-no-cardiac-activity",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &["crl_mm", "cardiac_activity"],
        description: "CRL < 7 mm and no cardiac activity.",
        because: "The embryo measures less than 7 mm and no cardiac activity was seen.",
        because_id: "scanr-sru-crl-under-7-no-cardiac-activity",
        rescan_after_days: None,
        test: |f| {
            all(&[
                Some(tv(f)),
                f.embryo,
                f.crl_mm.map(|x| !at_least(x, SRU_CRL_MM)),
                not(f.cardiac),
            ])
        },
    },
    ScanRule {
        id: "sru-msd-16-24-no-embryo",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &["msd_mm", "embryo_seen"],
        description: "MSD 16–24 mm (16 ≤ MSD < 25) and no embryo.",
        because: "The pregnancy sac measures 16 to 24 mm across and no embryo was seen.",
        because_id: "scanr-sru-msd-16-24-no-embryo",
        rescan_after_days: None,
        test: |f| {
            all(&[
                Some(tv(f)),
                f.msd_mm
                    .map(|x| at_least(x, SRU_MSD_SUSPICIOUS_MM) && !at_least(x, SRU_MSD_LOSS_MM)),
                not(f.embryo),
            ])
        },
    },
    ScanRule {
        id: "sru-no-embryo-7-13-days-after-sac-without-yolk-sac",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &[
            "embryo_seen",
            "cardiac_activity",
            "previous_scan.sac_seen",
            "previous_scan.yolk_sac_seen",
        ],
        description: "No embryo with cardiac activity 7–13 days after a scan that showed a gestational sac without a yolk sac.",
        because: "An earlier scan showed a pregnancy sac with no yolk sac. 7 to 13 days later, no embryo with cardiac activity was seen.",
        because_id: "scanr-sru-no-embryo-7-13-days-after-sac-without-yolk-sac",
        rescan_after_days: None,
        test: |f| {
            let (lo, hi) = SRU_AFTER_SAC_NO_YOLK_SUSPICIOUS_DAYS;
            all(&[
                Some(tv(f)),
                no_embryo_with_cardiac_activity(f),
                previous_sac(f, false, lo, hi),
            ])
        },
    },
    ScanRule {
        id: "sru-no-embryo-7-10-days-after-sac-with-yolk-sac",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &[
            "embryo_seen",
            "cardiac_activity",
            "previous_scan.sac_seen",
            "previous_scan.yolk_sac_seen",
        ],
        description: "No embryo with cardiac activity 7–10 days after a scan that showed a gestational sac with a yolk sac.",
        because: "An earlier scan showed a pregnancy sac with a yolk sac. 7 to 10 days later, no embryo with cardiac activity was seen.",
        because_id: "scanr-sru-no-embryo-7-10-days-after-sac-with-yolk-sac",
        rescan_after_days: None,
        test: |f| {
            let (lo, hi) = SRU_AFTER_SAC_WITH_YOLK_SUSPICIOUS_DAYS;
            all(&[
                Some(tv(f)),
                no_embryo_with_cardiac_activity(f),
                previous_sac(f, true, lo, hi),
            ])
        },
    },
    ScanRule {
        id: "sru-no-embryo-6-weeks-after-lmp",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &["weeks_since_lmp", "embryo_seen", "msd_mm"],
        description: "No embryo ≥ 6 weeks after the last menstrual period (a sac was seen: MSD given).",
        because: "No embryo was seen 6 weeks or more after the first day of your last period.",
        because_id: "scanr-sru-no-embryo-6-weeks-after-lmp",
        rescan_after_days: None,
        test: |f| {
            // The criterion is about an empty sac: without an MSD, a sac may not have been seen
            // at all (a pregnancy of unknown location), so the rule cannot tell.
            all(&[
                Some(tv(f)),
                f.weeks.map(|w| at_least(w, SRU_NO_EMBRYO_WEEKS)),
                not(f.embryo),
                f.msd_mm.map(|_| true),
            ])
        },
    },
    ScanRule {
        id: "sru-empty-amnion",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &["amnion_empty"],
        description: "Empty amnion (amnion seen next to the yolk sac, with no embryo).",
        because: "The amnion (the inner bag) was seen with no embryo in it.",
        because_id: "scanr-sru-empty-amnion",
        rescan_after_days: None,
        test: |f| all(&[Some(tv(f)), f.amnion_empty]),
    },
    ScanRule {
        id: "sru-enlarged-yolk-sac",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &["yolk_sac_mm"],
        description: "Enlarged yolk sac (> 7 mm).",
        because: "The yolk sac measures more than 7 mm.",
        because_id: "scanr-sru-enlarged-yolk-sac",
        rescan_after_days: None,
        test: |f| {
            let big = match (f.yolk_seen, f.yolk_mm) {
                (_, Some(mm)) => Some(mm > SRU_YOLK_SAC_MM + EPS),
                (Some(false), None) => Some(false),
                _ => None,
            };
            all(&[Some(tv(f)), big])
        },
    },
    ScanRule {
        id: "sru-small-sac-for-embryo",
        rule_set: ScanRuleSet::Sru2013,
        category: Category::Suspicious,
        sources: SRU,
        needs: &["msd_mm", "crl_mm"],
        description: "Small gestational sac in relation to the size of the embryo (MSD − CRL < 5 mm).",
        because: "The pregnancy sac is small for the size of the embryo (less than 5 mm bigger).",
        because_id: "scanr-sru-small-sac-for-embryo",
        rescan_after_days: None,
        test: |f| {
            let small = match (f.msd_mm, f.crl_mm) {
                (Some(msd), Some(crl)) => Some(!at_least(msd - crl, SRU_MSD_MINUS_CRL_MM)),
                _ => None,
            };
            all(&[Some(tv(f)), f.embryo, small])
        },
    },
    // ---- NICE NG126 ----
    ScanRule {
        id: "nice-crl-under-7-no-cardiac-activity",
        rule_set: ScanRuleSet::NiceNg126,
        category: Category::Rescan,
        sources: NICE,
        needs: &["crl_mm", "cardiac_activity"],
        description: "Transvaginal: CRL < 7.0 mm with no visible heartbeat → rescan at least 7 days later.",
        because: "The embryo measures less than 7 mm and no cardiac activity was seen.",
        because_id: "scanr-nice-crl-under-7-no-cardiac-activity",
        rescan_after_days: Some(NICE_RESCAN_DAYS),
        test: |f| {
            all(&[
                Some(tv(f)),
                f.embryo,
                f.crl_mm.map(|x| !at_least(x, NICE_CRL_MM)),
                not(f.cardiac),
            ])
        },
    },
    ScanRule {
        id: "nice-crl-7-no-cardiac-activity",
        rule_set: ScanRuleSet::NiceNg126,
        category: Category::SecondOpinionOrRescan,
        sources: NICE,
        needs: &["crl_mm", "cardiac_activity"],
        description: "Transvaginal: CRL ≥ 7.0 mm with no visible heartbeat → second opinion and/or rescan at least 7 days later before a diagnosis.",
        because: "The embryo measures 7 mm or more and no cardiac activity was seen.",
        because_id: "scanr-nice-crl-7-no-cardiac-activity",
        rescan_after_days: Some(NICE_RESCAN_DAYS),
        test: |f| {
            all(&[
                Some(tv(f)),
                f.embryo,
                f.crl_mm.map(|x| at_least(x, NICE_CRL_MM)),
                not(f.cardiac),
            ])
        },
    },
    ScanRule {
        id: "nice-msd-under-25-no-embryo",
        rule_set: ScanRuleSet::NiceNg126,
        category: Category::Rescan,
        sources: NICE,
        needs: &["msd_mm", "embryo_seen"],
        description: "Transvaginal: MSD < 25.0 mm with no visible fetal pole → rescan at least 7 days later.",
        because: "The pregnancy sac measures less than 25 mm across and no embryo was seen.",
        because_id: "scanr-nice-msd-under-25-no-embryo",
        rescan_after_days: Some(NICE_RESCAN_DAYS),
        test: |f| {
            all(&[
                Some(tv(f)),
                f.msd_mm.map(|x| !at_least(x, NICE_MSD_MM)),
                not(f.embryo),
            ])
        },
    },
    ScanRule {
        id: "nice-msd-25-no-embryo",
        rule_set: ScanRuleSet::NiceNg126,
        category: Category::SecondOpinionOrRescan,
        sources: NICE,
        needs: &["msd_mm", "embryo_seen"],
        description: "Transvaginal: MSD ≥ 25.0 mm with no visible fetal pole → second opinion and/or rescan at least 7 days later before a diagnosis.",
        because: "The pregnancy sac measures 25 mm or more across and no embryo was seen.",
        because_id: "scanr-nice-msd-25-no-embryo",
        rescan_after_days: Some(NICE_RESCAN_DAYS),
        test: |f| {
            all(&[
                Some(tv(f)),
                f.msd_mm.map(|x| at_least(x, NICE_MSD_MM)),
                not(f.embryo),
            ])
        },
    },
    ScanRule {
        id: "nice-transabdominal-only",
        rule_set: ScanRuleSet::NiceNg126,
        category: Category::Rescan,
        sources: NICE,
        needs: &["embryo_seen", "cardiac_activity"],
        description: "Transabdominal scan only, with no visible heartbeat or no fetal pole → rescan at least 14 days later.",
        because: "The scan was through the tummy only and showed no embryo with cardiac activity.",
        because_id: "scanr-nice-transabdominal-only",
        rescan_after_days: Some(NICE_TRANSABDOMINAL_RESCAN_DAYS),
        test: |f| all(&[Some(ta(f)), no_embryo_with_cardiac_activity(f)]),
    },
];
