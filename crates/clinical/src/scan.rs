//! Early pregnancy scan findings, read against SRU 2013 (US) and NICE NG126 (UK).
//!
//! CLINICAL.md §3. Each criterion is a [`ScanRule`] value in [`RULES`]: its id, rule set, category,
//! sources, the fields it needs, the words shown to a person, and a predicate. A predicate answers
//! `Some(true)` (fires), `Some(false)` (does not) or `None` (cannot tell: a field it needs was not
//! given); the unanswered rules come back in `not_checked`, so a missing detail is visible rather
//! than silently read as "normal". Both rule sets are always returned; the region only decides
//! which comes first (`Region::leading_guidance`). Wording follows the SRU 2024 lexicon ("cardiac activity", "early pregnancy
//! loss"). Nothing here diagnoses: NICE says one scan never does.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

use serde::{Deserialize, Serialize};

use crate::input::{Checker, InvalidInput, Problem};
use crate::region::Region;
use crate::sources::Source;

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
// Input
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Through the vagina: the route the SRU and NICE size rules are written for.
    Transvaginal,
    /// Through the tummy only.
    Transabdominal,
}

/// Scan findings as written on a report. Every field is optional; `route` is required (checked).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    /// Crown–rump length of the embryo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crl_mm: Option<f64>,
    /// Mean sac diameter of the gestational sac.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msd_mm: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embryo_seen: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cardiac_activity: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yolk_sac_seen: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yolk_sac_mm: Option<f64>,
    /// An amnion seen with no embryo in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amnion_empty: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks_since_lmp: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_scan: Option<PreviousScanInput>,
}

/// An earlier scan of the same pregnancy.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousScanInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_ago: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sac_seen: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yolk_sac_seen: Option<bool>,
}

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

/// Checks the input: plausible ranges, whole days, and findings that contradict each other.
///
/// # Errors
///
/// [`InvalidInput`] naming every bad field: a missing `route`, a size out of range, days that are
/// not whole, or two findings that cannot both be true.
pub fn check(input: &ScanInput) -> Result<Findings, InvalidInput> {
    let mut c = Checker::default();
    let route = input.route;
    if route.is_none() {
        c.push("route", Problem::Missing);
    }
    let crl = c.range("crl_mm", input.crl_mm, CRL_RANGE_MM.0, CRL_RANGE_MM.1, "mm");
    let msd = c.range("msd_mm", input.msd_mm, MSD_RANGE_MM.0, MSD_RANGE_MM.1, "mm");
    let yolk_mm = c.range(
        "yolk_sac_mm",
        input.yolk_sac_mm,
        YOLK_SAC_RANGE_MM.0,
        YOLK_SAC_RANGE_MM.1,
        "mm",
    );
    let weeks = c.range(
        "weeks_since_lmp",
        input.weeks_since_lmp,
        WEEKS_RANGE.0,
        WEEKS_RANGE.1,
        "weeks",
    );

    check_contradictions(&mut c, input);

    let previous = input.previous_scan.as_ref().and_then(|p| {
        if p.days_ago.is_none() {
            c.push("previous_scan.days_ago", Problem::Missing);
        }
        let days = c.whole(
            "previous_scan.days_ago",
            p.days_ago,
            DAYS_AGO_RANGE.0,
            DAYS_AGO_RANGE.1,
        );
        if p.sac_seen == Some(false) && p.yolk_sac_seen == Some(true) {
            c.push(
                "previous_scan.yolk_sac_seen",
                Problem::Disagrees {
                    with: "previous_scan.sac_seen",
                },
            );
        }
        days.map(|days_ago| Previous {
            days_ago,
            sac: p
                .sac_seen
                .or_else(|| (p.yolk_sac_seen == Some(true)).then_some(true)),
            yolk: p.yolk_sac_seen,
        })
    });

    let embryo = input.embryo_seen.or_else(|| {
        if input.crl_mm.is_some() || input.cardiac_activity == Some(true) {
            Some(true)
        } else if input.amnion_empty == Some(true) {
            Some(false)
        } else {
            None
        }
    });
    let cardiac = input
        .cardiac_activity
        .or_else(|| (embryo == Some(false)).then_some(false));
    let yolk_seen = input
        .yolk_sac_seen
        .or_else(|| input.yolk_sac_mm.is_some().then_some(true));

    let findings = Findings {
        route: route.unwrap_or(Route::Transvaginal),
        crl_mm: crl,
        msd_mm: msd,
        embryo,
        cardiac,
        yolk_seen,
        yolk_mm,
        // An embryo seen means the amnion is not empty.
        amnion_empty: input
            .amnion_empty
            .or_else(|| (embryo == Some(true)).then_some(false)),
        weeks,
        previous,
    };
    c.finish(findings)
}

/// Findings that cannot both be true; the error names the field that contradicts the other.
fn check_contradictions(c: &mut Checker, input: &ScanInput) {
    if input.embryo_seen == Some(false) {
        if input.crl_mm.is_some() {
            c.push(
                "crl_mm",
                Problem::Disagrees {
                    with: "embryo_seen",
                },
            );
        }
        if input.cardiac_activity == Some(true) {
            c.push(
                "cardiac_activity",
                Problem::Disagrees {
                    with: "embryo_seen",
                },
            );
        }
    }
    if input.amnion_empty == Some(true)
        && (input.embryo_seen == Some(true)
            || input.crl_mm.is_some()
            || input.cardiac_activity == Some(true))
    {
        c.push(
            "amnion_empty",
            Problem::Disagrees {
                with: "embryo_seen",
            },
        );
    }
    if input.yolk_sac_seen == Some(false) && input.yolk_sac_mm.is_some() {
        c.push(
            "yolk_sac_mm",
            Problem::Disagrees {
                with: "yolk_sac_seen",
            },
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

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

    const fn rank(self) -> u8 {
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

fn tv(f: &Findings) -> bool {
    f.route == Route::Transvaginal
}

fn ta(f: &Findings) -> bool {
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
        rescan_after_days: Some(NICE_TRANSABDOMINAL_RESCAN_DAYS),
        test: |f| all(&[Some(ta(f)), no_embryo_with_cardiac_activity(f)]),
    },
];

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub rule: &'static str,
    pub because: &'static str,
    pub sources: Vec<Source>,
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

fn read_one(f: &Findings, rule_set: ScanRuleSet) -> ScanReading {
    let mut fired: Vec<&ScanRule> = Vec::new();
    let mut not_checked = Vec::new();
    for rule in RULES.iter().filter(|r| r.rule_set == rule_set) {
        match (rule.test)(f) {
            Some(true) => fired.push(rule),
            Some(false) => {}
            None => {
                let mut needs: Vec<&'static str> =
                    rule.needs.iter().copied().filter(|n| !f.known(n)).collect();
                if needs.is_empty() {
                    needs = rule.needs.to_vec();
                }
                not_checked.push(NotChecked {
                    rule: rule.id,
                    needs,
                });
            }
        }
    }
    // Most serious first; RULES order within a category.
    fired.sort_by_key(|r| std::cmp::Reverse(r.category.rank()));
    let category = fired
        .first()
        .map_or(Category::NoCriteriaMet, |r| r.category);

    let reasons = fired
        .iter()
        .map(|r| Reason {
            rule: r.id,
            because: r.because,
            sources: r.sources.to_vec(),
        })
        .collect();

    let (id, text, mut next_step) = words(rule_set, category, &fired);
    if rule_set == ScanRuleSet::Sru2013 && f.route == Route::Transabdominal {
        next_step.push_str(
            " The SRU signs are for scans through the vagina (transvaginal). This scan was \
             through the tummy only, so they could not be used.",
        );
    }
    // Missing details matter when a rule more serious than the result could not be checked.
    let mut missing: Vec<&'static str> = RULES
        .iter()
        .filter(|r| {
            r.category.rank() > category.rank()
                && not_checked.iter().any(|n: &NotChecked| n.rule == r.id)
        })
        .flat_map(|r| not_checked.iter().filter(|n| n.rule == r.id))
        .flat_map(|n| n.needs.iter().copied())
        .map(plain_field)
        .collect();
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        next_step.push_str(" Some checks need more details from your scan report: ");
        next_step.push_str(&missing.join("; "));
        next_step.push('.');
    }
    if category == Category::NoCriteriaMet
        && f.msd_mm.is_none()
        && f.crl_mm.is_none()
        && f.embryo != Some(true)
    {
        next_step.push_str(
            " If the scan did not show a pregnancy sac in the womb, ask your care team about \
             blood tests (hCG) and when you will be seen again.",
        );
    }

    ScanReading {
        rule_set,
        id,
        category,
        text,
        reasons,
        next_step,
        not_checked,
        sources: match rule_set {
            ScanRuleSet::Sru2013 => vec![Source::Sru2013, Source::SruLexicon2024],
            ScanRuleSet::NiceNg126 => vec![Source::NiceNg126, Source::SruLexicon2024],
        },
    }
}

/// A field name in words a person would find on a scan report.
fn plain_field(field: &'static str) -> &'static str {
    match field {
        "crl_mm" => "the embryo's size (CRL)",
        "msd_mm" => "the pregnancy sac's size (MSD)",
        "embryo_seen" => "whether an embryo was seen",
        "cardiac_activity" => "whether cardiac activity was seen",
        "yolk_sac_seen" => "whether a yolk sac was seen",
        "yolk_sac_mm" => "the yolk sac's size",
        "amnion_empty" => "whether the amnion was empty",
        "weeks_since_lmp" => "weeks since your last period",
        "previous_scan.days_ago" | "previous_scan.sac_seen" | "previous_scan.yolk_sac_seen" => {
            "what your earlier scan showed"
        }
        other => other,
    }
}

fn words(
    rule_set: ScanRuleSet,
    category: Category,
    fired: &[&ScanRule],
) -> (&'static str, String, String) {
    let safety = " If you have heavy bleeding or bad pain, or feel faint, get help at once.";
    match (rule_set, category) {
        (ScanRuleSet::Sru2013, Category::ConsistentWithLoss) => (
            "sru-2013-consistent-with-loss",
            "Under the US guidance (SRU 2013), these scan findings are consistent with an early \
             pregnancy loss. We are so sorry. Only your care team can tell you what this means \
             for you."
                .to_string(),
            format!(
                "Talk with your doctor or clinic about these findings and about your choices.{safety}"
            ),
        ),
        (ScanRuleSet::Sru2013, Category::Suspicious) => (
            "sru-2013-suspicious",
            "Under the US guidance (SRU 2013), some of these findings raise concern for an early \
             pregnancy loss. They are not enough to say so."
                .to_string(),
            format!(
                "SRU advises a follow-up scan in 7 to 10 days. Ask your doctor or clinic to \
                 arrange it.{safety}"
            ),
        ),
        (ScanRuleSet::Sru2013, _) => (
            "sru-2013-no-criteria-met",
            "None of the US (SRU 2013) signs of early pregnancy loss were found in the details \
             given."
                .to_string(),
            "Keep to the plan from your doctor or clinic.".to_string(),
        ),
        (ScanRuleSet::NiceNg126, Category::SecondOpinionOrRescan) => (
            "nice-ng126-second-opinion-or-rescan",
            "Under the UK guidance (NICE), these findings need a second opinion, or another \
             scan, before anything is decided. NICE says one scan alone is never enough to \
             diagnose an early pregnancy loss."
                .to_string(),
            format!(
                "NICE advises a second opinion, or another scan at least 7 days later, before any \
                 diagnosis. Your early pregnancy unit (EPU) will arrange this.{safety}"
            ),
        ),
        (ScanRuleSet::NiceNg126, Category::Rescan) => {
            let days = fired
                .iter()
                .filter_map(|r| r.rescan_after_days)
                .max()
                .unwrap_or(NICE_RESCAN_DAYS);
            (
                "nice-ng126-rescan",
                "Under the UK guidance (NICE), it is too early to tell from this scan how the \
                 pregnancy is going."
                    .to_string(),
                format!(
                    "NICE advises another scan at least {days} days later. Your early pregnancy \
                     unit (EPU) will arrange it.{safety}"
                ),
            )
        }
        (ScanRuleSet::NiceNg126, _) => (
            "nice-ng126-no-criteria-met",
            "None of the UK (NICE) reasons for a repeat scan were found in the details given."
                .to_string(),
            "Keep to the plan from your early pregnancy unit (EPU).".to_string(),
        ),
    }
}

#[cfg(test)]
mod tests;
