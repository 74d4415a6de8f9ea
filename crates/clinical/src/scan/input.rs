//! The scan input: what the report says, checked into [`Findings`] with every problem named by
//! its field, and contradictions between details refused.

use serde::{Deserialize, Serialize};

use crate::input::{Checker, InvalidInput, Problem};

use super::{
    CRL_RANGE_MM, DAYS_AGO_RANGE, Findings, MSD_RANGE_MM, Previous, WEEKS_RANGE, YOLK_SAC_RANGE_MM,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Through the vagina: the route the SRU and NICE size rules are written for.
    Transvaginal,
    /// Through the tummy only.
    Transabdominal,
}

/// Scan findings as written on a report. Every field is optional; `route` is required (checked).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PreviousScanInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_ago: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sac_seen: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yolk_sac_seen: Option<bool>,
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
