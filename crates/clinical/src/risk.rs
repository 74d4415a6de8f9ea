//! The statistics of CLINICAL.md §5, as data, and which of them fit a person's situation.
//!
//! Every figure carries its value, "X in 100" wording, a percent, its sources, how sure we are of
//! it (V verified in the source's own text, S from a faithful secondary copy) and when it was last
//! checked. Unverified (U) figures are not encoded. Some figures are deliberately held back and
//! returned in `withheld` with a reason: the Tong 2008 figures after cardiac activity is seen are
//! never shown to someone who is bleeding or in pain (or who has not said), and Magnus 2019 age
//! bands other than the verified ones are not shown.
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

use crate::input::{Checker, InvalidInput};
use crate::sources::Source;

/// When every figure below was last checked against CLINICAL.md.
pub const CHECKED: &str = "2026-11";

/// How sure we are of a figure (CLINICAL.md's V / S / U).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// V: verified in the source's own text.
    Verified,
    /// S: from a faithful secondary copy.
    Secondary,
    /// U: not verified. Never shown as fact: only as "approximately", with its source.
    Unverified,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    About,
    MoreThan,
    FewerThan,
}

/// A figure's number.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Amount {
    /// A percentage, optionally with its 95 % confidence interval.
    Percent {
        value: f64,
        qualifier: Qualifier,
        ci95: Option<(f64, f64)>,
    },
    /// A span of percentages given by the source ("about 9–17 %").
    PercentRange { low: f64, high: f64 },
    /// An odds ratio: compares the odds in one group with another; not a chance.
    OddsRatio { value: f64 },
}

/// What a figure is about, for grouping on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    Overall,
    Age,
    PreviousLosses,
    HowCommonLossesAre,
    AfterCardiacActivity,
    ByWeek,
    Feelings,
    Management,
}

/// One figure, as data.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figure {
    pub id: &'static str,
    pub topic: Topic,
    /// One plain sentence that contains the "X in 100" wording (or the odds wording) and the percent.
    pub text: &'static str,
    pub amount: Amount,
    pub sources: &'static [Source],
    pub confidence: Confidence,
}

/// Whether a figure is about the reader's own situation or background for everyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Picked by the reader's answers to describe people like them (their age band, their
    /// previous losses, their week after cardiac activity was seen). Only these may be shown as a
    /// headline number.
    Situation,
    /// Background that holds for everyone ("80 % of losses are in the first trimester"): shown as
    /// a plain sentence, never as a headline number about the reader.
    Context,
}

/// A figure ready to show: the data plus computed wording.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shown {
    pub id: &'static str,
    pub topic: Topic,
    /// About the reader's situation, or context (see [`Role`]).
    pub role: Role,
    pub text: &'static str,
    pub amount: Amount,
    /// "15.3%", "9–17%", "more than 2%"; none for odds ratios.
    pub percent_text: Option<String>,
    /// "about 15 in 100", "fewer than 1 in 100"; none for odds ratios.
    pub in_100: Option<String>,
    /// "about 1.5 times the odds" for odds ratios.
    pub odds_text: Option<String>,
    pub sources: Vec<Source>,
    pub confidence: Confidence,
    pub checked: &'static str,
}

fn trim_number(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{:.0}", x.round())
    } else {
        format!("{x}")
    }
}

impl Figure {
    /// "about 15 in 100" (rounded to a whole number); under 5 % one decimal is kept, because
    /// rounding 1.5 % to "2 in 100" would overstate it by a third; below 1 %, "fewer than 1 in 100".
    #[must_use]
    pub fn in_100(&self) -> Option<String> {
        match self.amount {
            Amount::Percent {
                value, qualifier, ..
            } => Some(match qualifier {
                Qualifier::About if value < 1.0 => "fewer than 1 in 100".to_string(),
                Qualifier::About if value < 5.0 => format!("about {} in 100", trim_number(value)),
                Qualifier::About => format!("about {} in 100", value.round()),
                Qualifier::MoreThan => format!("more than {} in 100", trim_number(value)),
                Qualifier::FewerThan => format!("fewer than {} in 100", trim_number(value)),
            }),
            Amount::PercentRange { low, high } => {
                Some(format!("about {} to {} in 100", low.round(), high.round()))
            }
            Amount::OddsRatio { .. } => None,
        }
    }

    #[must_use]
    pub fn percent_text(&self) -> Option<String> {
        match self.amount {
            Amount::Percent {
                value, qualifier, ..
            } => Some(match qualifier {
                Qualifier::About => format!("{}%", trim_number(value)),
                Qualifier::MoreThan => format!("more than {}%", trim_number(value)),
                Qualifier::FewerThan => format!("fewer than {}%", trim_number(value)),
            }),
            Amount::PercentRange { low, high } => {
                Some(format!("{}–{}%", trim_number(low), trim_number(high)))
            }
            Amount::OddsRatio { .. } => None,
        }
    }

    /// "about 1.5 times the odds" (one decimal below 3, whole from 3).
    #[must_use]
    pub fn odds_text(&self) -> Option<String> {
        match self.amount {
            Amount::OddsRatio { value } if value >= 3.0 => {
                Some(format!("about {} times the odds", value.round()))
            }
            Amount::OddsRatio { value } => Some(format!("about {value:.1} times the odds")),
            _ => None,
        }
    }

    #[must_use]
    pub fn show(&self) -> Shown {
        Shown {
            id: self.id,
            topic: self.topic,
            role: Role::Context,
            text: self.text,
            amount: self.amount,
            percent_text: self.percent_text(),
            in_100: self.in_100(),
            odds_text: self.odds_text(),
            sources: self.sources.to_vec(),
            confidence: self.confidence,
            checked: CHECKED,
        }
    }
}

const fn pct(value: f64) -> Amount {
    Amount::Percent {
        value,
        qualifier: Qualifier::About,
        ci95: None,
    }
}

// ---------------------------------------------------------------------------------------------
// The figures (CLINICAL.md §5), each checked 2026-11.
// ---------------------------------------------------------------------------------------------

/// Quenby 2021 pooled: 15.3 % (95 % CI 12.5–18.7). `quenby-2021` (V), checked 2026-11.
pub const QUENBY_RECOGNISED: Figure = Figure {
    id: "quenby-recognised-pregnancies",
    topic: Topic::Overall,
    text: "About 15 in 100 known pregnancies end in miscarriage (15.3%, from many studies).",
    amount: Amount::Percent {
        value: 15.3,
        qualifier: Qualifier::About,
        ci95: Some((12.5, 18.7)),
    },
    sources: &[Source::Quenby2021],
    confidence: Confidence::Verified,
};
/// Norway's register: 12.8 %. `magnus-2019` (V), checked 2026-11.
pub const MAGNUS_RECOGNISED: Figure = Figure {
    id: "magnus-recognised-pregnancies",
    topic: Topic::Overall,
    text: "In Norway's records, about 13 in 100 known pregnancies ended in miscarriage (12.8%).",
    amount: pct(12.8),
    sources: &[Source::Magnus2019],
    confidence: Confidence::Verified,
};
/// ACOG: 10 % of clinically recognised pregnancies. `acog-pb200` (V), checked 2026-11.
pub const ACOG_RECOGNISED: Figure = Figure {
    id: "acog-clinically-recognised",
    topic: Topic::Overall,
    text: "About 10 in 100 pregnancies known to a doctor end in early pregnancy loss (10%).",
    amount: pct(10.0),
    sources: &[Source::AcogPb200],
    confidence: Confidence::Verified,
};
/// ACOG: 80 % of losses happen in the first trimester. `acog-pb200` (V), checked 2026-11.
pub const ACOG_FIRST_TRIMESTER: Figure = Figure {
    id: "acog-first-trimester-share",
    topic: Topic::Overall,
    text: "About 80 in 100 pregnancy losses happen in the first trimester, the first 3 months (80%).",
    amount: pct(80.0),
    sources: &[Source::AcogPb200],
    confidence: Confidence::Verified,
};

/// Magnus: 15.8 % under 20. `magnus-2019` (V), checked 2026-11.
pub const MAGNUS_AGE_UNDER_20: Figure = Figure {
    id: "magnus-age-under-20",
    topic: Topic::Age,
    text: "For women under 20, about 16 in 100 pregnancies ended in miscarriage (15.8%).",
    amount: pct(15.8),
    sources: &[Source::Magnus2019],
    confidence: Confidence::Verified,
};
/// Magnus: 9.8 % at 25–29, the lowest. `magnus-2019` (V), checked 2026-11.
pub const MAGNUS_AGE_25_29: Figure = Figure {
    id: "magnus-age-25-29",
    topic: Topic::Age,
    text: "For women aged 25 to 29, about 10 in 100 pregnancies ended in miscarriage (9.8%). This was the lowest of any age.",
    amount: pct(9.8),
    sources: &[Source::Magnus2019],
    confidence: Confidence::Verified,
};
/// Magnus: 53.6 % at 45 and over. `magnus-2019` (V), checked 2026-11.
pub const MAGNUS_AGE_45_PLUS: Figure = Figure {
    id: "magnus-age-45-plus",
    topic: Topic::Age,
    text: "For women aged 45 or over, about 54 in 100 pregnancies ended in miscarriage (53.6%).",
    amount: pct(53.6),
    sources: &[Source::Magnus2019],
    confidence: Confidence::Verified,
};
/// ACOG (citing Nybo Andersen 2000): about 9–17 % at 20–30. `acog-pb200` (V), checked 2026-11.
pub const ACOG_AGE_20_30: Figure = Figure {
    id: "acog-age-20-30",
    topic: Topic::Age,
    text: "Between the ages of 20 and 30, about 9 to 17 in 100 pregnancies end in miscarriage (9–17%).",
    amount: Amount::PercentRange {
        low: 9.0,
        high: 17.0,
    },
    sources: &[Source::AcogPb200],
    confidence: Confidence::Verified,
};
/// ACOG: about 20 % at 35. `acog-pb200` (V), checked 2026-11.
pub const ACOG_AGE_35: Figure = Figure {
    id: "acog-age-35",
    topic: Topic::Age,
    text: "At age 35, about 20 in 100 pregnancies end in miscarriage (20%).",
    amount: pct(20.0),
    sources: &[Source::AcogPb200],
    confidence: Confidence::Verified,
};
/// ACOG: about 40 % at 40. `acog-pb200` (V), checked 2026-11.
pub const ACOG_AGE_40: Figure = Figure {
    id: "acog-age-40",
    topic: Topic::Age,
    text: "At age 40, about 40 in 100 pregnancies end in miscarriage (40%).",
    amount: pct(40.0),
    sources: &[Source::AcogPb200],
    confidence: Confidence::Verified,
};
/// ACOG: about 80 % at 45. `acog-pb200` (V), checked 2026-11.
pub const ACOG_AGE_45: Figure = Figure {
    id: "acog-age-45",
    topic: Topic::Age,
    text: "At age 45, about 80 in 100 pregnancies end in miscarriage (80%).",
    amount: pct(80.0),
    sources: &[Source::AcogPb200],
    confidence: Confidence::Verified,
};

/// Magnus, age-adjusted odds ratio after 1 previous miscarriage: 1.54. `magnus-2019` (V), checked 2026-11.
pub const MAGNUS_OR_1: Figure = Figure {
    id: "magnus-odds-after-1",
    topic: Topic::PreviousLosses,
    text: "After 1 miscarriage, the odds of another were about 1.5 times the odds for women with none (odds ratio 1.54, allowing for age).",
    amount: Amount::OddsRatio { value: 1.54 },
    sources: &[Source::Magnus2019],
    confidence: Confidence::Verified,
};
/// Magnus: after 2 in a row, 2.21. `magnus-2019` (V), checked 2026-11.
pub const MAGNUS_OR_2: Figure = Figure {
    id: "magnus-odds-after-2-in-a-row",
    topic: Topic::PreviousLosses,
    text: "After 2 miscarriages in a row, the odds of another were about 2.2 times the odds for women with none (odds ratio 2.21, allowing for age).",
    amount: Amount::OddsRatio { value: 2.21 },
    sources: &[Source::Magnus2019],
    confidence: Confidence::Verified,
};
/// Magnus: after 3 in a row, 3.97. `magnus-2019` (V), checked 2026-11.
pub const MAGNUS_OR_3: Figure = Figure {
    id: "magnus-odds-after-3-in-a-row",
    topic: Topic::PreviousLosses,
    text: "After 3 miscarriages in a row, the odds of another were about 4 times the odds for women with none (odds ratio 3.97, allowing for age).",
    amount: Amount::OddsRatio { value: 3.97 },
    sources: &[Source::Magnus2019],
    confidence: Confidence::Verified,
};

/// Quenby: women who have had 1 miscarriage, 10.8 %. `quenby-2021` (V), checked 2026-11.
pub const QUENBY_HAD_1: Figure = Figure {
    id: "quenby-women-with-1-loss",
    topic: Topic::HowCommonLossesAre,
    text: "You are not alone: about 11 in 100 women have had 1 miscarriage (10.8%).",
    amount: pct(10.8),
    sources: &[Source::Quenby2021],
    confidence: Confidence::Verified,
};
/// Quenby: 2 miscarriages, 1.9 %. `quenby-2021` (V), checked 2026-11.
pub const QUENBY_HAD_2: Figure = Figure {
    id: "quenby-women-with-2-losses",
    topic: Topic::HowCommonLossesAre,
    text: "You are not alone: about 1.9 in 100 women have had 2 miscarriages (1.9%).",
    amount: pct(1.9),
    sources: &[Source::Quenby2021],
    confidence: Confidence::Verified,
};
/// Quenby: 3 or more, 0.7 %. `quenby-2021` (V), checked 2026-11.
pub const QUENBY_HAD_3: Figure = Figure {
    id: "quenby-women-with-3-or-more-losses",
    topic: Topic::HowCommonLossesAre,
    text: "You are not alone: fewer than 1 in 100 women have had 3 or more miscarriages (0.7%).",
    amount: pct(0.7),
    sources: &[Source::Quenby2021],
    confidence: Confidence::Verified,
};

/// Tong 2008: loss after cardiac activity is seen, with no bleeding or pain, by the week of the
/// scan. `tong-2008` (S), checked 2026-11. Never shown to someone bleeding or in pain.
pub const TONG_BY_WEEK: [Figure; 5] = [
    Figure {
        id: "tong-week-6",
        topic: Topic::AfterCardiacActivity,
        text: "Cardiac activity was seen at a scan in week 6, with no bleeding or pain. Later, about 9 in 100 of these pregnancies ended in miscarriage (9.4%).",
        amount: pct(9.4),
        sources: &[Source::Tong2008],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "tong-week-7",
        topic: Topic::AfterCardiacActivity,
        text: "Cardiac activity was seen at a scan in week 7, with no bleeding or pain. Later, about 4.2 in 100 of these pregnancies ended in miscarriage (4.2%).",
        amount: pct(4.2),
        sources: &[Source::Tong2008],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "tong-week-8",
        topic: Topic::AfterCardiacActivity,
        text: "Cardiac activity was seen at a scan in week 8, with no bleeding or pain. Later, about 1.5 in 100 of these pregnancies ended in miscarriage (1.5%).",
        amount: pct(1.5),
        sources: &[Source::Tong2008],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "tong-week-9",
        topic: Topic::AfterCardiacActivity,
        text: "Cardiac activity was seen at a scan in week 9, with no bleeding or pain. Later, fewer than 1 in 100 of these pregnancies ended in miscarriage (0.5%).",
        amount: pct(0.5),
        sources: &[Source::Tong2008],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "tong-week-10",
        topic: Topic::AfterCardiacActivity,
        text: "Cardiac activity was seen at a scan in week 10, with no bleeding or pain. Later, fewer than 1 in 100 of these pregnancies ended in miscarriage (0.7%).",
        amount: pct(0.7),
        sources: &[Source::Tong2008],
        confidence: Confidence::Secondary,
    },
];
/// The first week in [`TONG_BY_WEEK`] (week 6). Source `tong-2008` (S), checked 2026-11.
pub const TONG_FIRST_WEEK: u32 = 6;

/// Ammon Avalos: weekly rate > 20 per 1,000 before week 13. `ammon-avalos-2012` (V), checked 2026-11.
pub const AMMON_WEEKLY_BEFORE_13: Figure = Figure {
    id: "ammon-avalos-weekly-before-13",
    topic: Topic::ByWeek,
    text: "Before week 13, the chance of a loss in any one week is more than 2 in 100 (more than 2%, over 20 in 1,000).",
    amount: Amount::Percent {
        value: 2.0,
        qualifier: Qualifier::MoreThan,
        ci95: None,
    },
    sources: &[Source::AmmonAvalos2012],
    confidence: Confidence::Verified,
};
/// Ammon Avalos: weekly rate < 10 per 1,000 by week 14. `ammon-avalos-2012` (V), checked 2026-11.
pub const AMMON_WEEKLY_BY_14: Figure = Figure {
    id: "ammon-avalos-weekly-by-14",
    topic: Topic::ByWeek,
    text: "By week 14, the chance of a loss in any one week falls to fewer than 1 in 100 (fewer than 1%, under 10 in 1,000).",
    amount: Amount::Percent {
        value: 1.0,
        qualifier: Qualifier::FewerThan,
        ci95: None,
    },
    sources: &[Source::AmmonAvalos2012],
    confidence: Confidence::Verified,
};
/// Ammon Avalos: cumulative 11–22 % from week 5 to 20. `ammon-avalos-2012` (V), checked 2026-11.
pub const AMMON_CUMULATIVE: Figure = Figure {
    id: "ammon-avalos-cumulative-5-20",
    topic: Topic::ByWeek,
    text: "Adding up all the weeks from week 5 to week 20, about 11 to 22 in 100 pregnancies end in miscarriage (11–22%).",
    amount: Amount::PercentRange {
        low: 11.0,
        high: 22.0,
    },
    sources: &[Source::AmmonAvalos2012],
    confidence: Confidence::Verified,
};

/// Farren: feelings 1 month and 9 months after a miscarriage. `farren-2020` (S), checked 2026-11.
pub const FARREN: [Figure; 6] = [
    Figure {
        id: "farren-post-traumatic-stress-1-month",
        topic: Topic::Feelings,
        text: "One month after a miscarriage, about 29 in 100 women had signs of post-traumatic stress (29%).",
        amount: pct(29.0),
        sources: &[Source::Farren2020],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "farren-anxiety-1-month",
        topic: Topic::Feelings,
        text: "One month after a miscarriage, about 24 in 100 women had moderate or severe anxiety (24%).",
        amount: pct(24.0),
        sources: &[Source::Farren2020],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "farren-depression-1-month",
        topic: Topic::Feelings,
        text: "One month after a miscarriage, about 11 in 100 women had moderate or severe depression (11%).",
        amount: pct(11.0),
        sources: &[Source::Farren2020],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "farren-post-traumatic-stress-9-months",
        topic: Topic::Feelings,
        text: "Nine months after a miscarriage, about 18 in 100 women still had signs of post-traumatic stress (18%).",
        amount: pct(18.0),
        sources: &[Source::Farren2020],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "farren-anxiety-9-months",
        topic: Topic::Feelings,
        text: "Nine months after a miscarriage, about 17 in 100 women still had moderate or severe anxiety (17%).",
        amount: pct(17.0),
        sources: &[Source::Farren2020],
        confidence: Confidence::Secondary,
    },
    Figure {
        id: "farren-depression-9-months",
        topic: Topic::Feelings,
        text: "Nine months after a miscarriage, about 6 in 100 women still had moderate or severe depression (6%).",
        amount: pct(6.0),
        sources: &[Source::Farren2020],
        confidence: Confidence::Secondary,
    },
];

/// Every figure in this module, for the reference page and the tidy tests.
#[must_use]
pub fn all_figures() -> Vec<Figure> {
    let mut v = vec![
        QUENBY_RECOGNISED,
        MAGNUS_RECOGNISED,
        ACOG_RECOGNISED,
        ACOG_FIRST_TRIMESTER,
        MAGNUS_AGE_UNDER_20,
        MAGNUS_AGE_25_29,
        MAGNUS_AGE_45_PLUS,
        ACOG_AGE_20_30,
        ACOG_AGE_35,
        ACOG_AGE_40,
        ACOG_AGE_45,
        MAGNUS_OR_1,
        MAGNUS_OR_2,
        MAGNUS_OR_3,
        QUENBY_HAD_1,
        QUENBY_HAD_2,
        QUENBY_HAD_3,
        AMMON_WEEKLY_BEFORE_13,
        AMMON_WEEKLY_BY_14,
        AMMON_CUMULATIVE,
    ];
    v.extend(TONG_BY_WEEK);
    v.extend(FARREN);
    v
}

// ---------------------------------------------------------------------------------------------
// A situation → the figures that fit
// ---------------------------------------------------------------------------------------------

/// Plausible ranges chosen by Solace (not clinical): age 10–60 whole years, previous losses 0–20,
/// weeks 0–45 (as in triage). Checked 2026-11.
pub const AGE_RANGE: (f64, f64) = (10.0, 60.0);
/// See [`AGE_RANGE`].
pub const PREVIOUS_LOSSES_RANGE: (f64, f64) = (0.0, 20.0);
/// See [`AGE_RANGE`].
pub const WEEKS_RANGE: (f64, f64) = (0.0, 45.0);

/// Everything is optional; a figure that needs an unknown is simply not chosen.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// Age in whole years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<f64>,
    /// How many miscarriages before this pregnancy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_losses: Option<f64>,
    /// Whether those losses were one after another (consecutive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_losses_consecutive: Option<bool>,
    /// Completed weeks since the last period (at the scan, for the Tong figures).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weeks: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cardiac_activity_seen: Option<bool>,
    /// Any bleeding or pain now. Unknown counts as "may be" for the Tong figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bleeding_or_pain: Option<bool>,
}

/// Why a figure that might be expected is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WithheldReason {
    /// Tong's figures are for people with no bleeding or pain (CLINICAL.md §5).
    BleedingOrPain,
    /// Not said whether there is bleeding or pain: Tong's figures are held back to be safe.
    BleedingOrPainNotKnown,
    /// Tong's figures start at week 6 and end at week 10.
    NoFigureForThisWeek,
    /// The week was not given.
    WeeksNotKnown,
    /// The odds ratios are for losses in a row; not said whether they were.
    NeedToKnowIfInARow,
    /// No verified figure for this group (not in a row, or more than 3 in a row).
    NoVerifiedFigureForThisGroup,
    /// No verified figure for this age (Magnus: under 20, 25–29, 45+; ACOG: 20–30, 35, 40, 45).
    /// Unverified bands are neither shown nor mentioned.
    NoFigureForThisAge,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Withheld {
    /// The figure (or family of figures) held back.
    pub id: &'static str,
    pub reason: WithheldReason,
    pub text: &'static str,
}

/// A point on the by-week chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekPoint {
    pub week: u32,
    pub percent: f64,
    pub in_100: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekSeries {
    pub title: &'static str,
    pub points: Vec<WeekPoint>,
    pub sources: Vec<Source>,
    pub confidence: Confidence,
}

/// An answer the reader gave that no shown figure uses, with why, so the page can say that it
/// changed nothing instead of leaving them to wonder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unused {
    /// The input field (`Situation`'s name).
    pub field: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskOutput {
    /// Always shown first.
    pub framing: &'static str,
    pub figures: Vec<Shown>,
    pub withheld: Vec<Withheld>,
    /// Answers given that changed nothing here, each with the reason.
    pub unused: Vec<Unused>,
    /// Tong 2008 weeks 6–10, for a chart; only when cardiac activity was seen and there is no
    /// bleeding or pain.
    pub by_week: Option<WeekSeries>,
}

const FRAMING: &str = "These numbers come from large groups of people. They cannot tell what will \
happen to you. If a number worries you, talk it through with your care team.";

/// The Tong chart, without any check: for callers that have already made the same checks as
/// [`figures_for`] (cardiac activity seen, no bleeding or pain).
#[must_use]
pub fn tong_series() -> WeekSeries {
    WeekSeries {
        title: "After cardiac activity is seen, with no bleeding or pain: loss by the week of the scan",
        points: TONG_BY_WEEK
            .iter()
            .zip(TONG_FIRST_WEEK..)
            .filter_map(|(f, week)| match f.amount {
                Amount::Percent { value, .. } => Some(WeekPoint {
                    week,
                    percent: value,
                    in_100: f.in_100().unwrap_or_default(),
                }),
                _ => None,
            })
            .collect(),
        sources: vec![Source::Tong2008],
        confidence: Confidence::Secondary,
    }
}

/// Feelings after a miscarriage (Farren 2020), for the wellbeing pages. Kept out of
/// [`figures_for`] on purpose: they describe life after a loss, not the odds in a pregnancy, and
/// should be shown where support is offered beside them.
#[must_use]
pub fn feelings_after_loss() -> Vec<Shown> {
    FARREN.iter().map(Figure::show).collect()
}

/// The figures that fit a situation, and the ones held back with the reason.
///
/// # Errors
///
/// [`InvalidInput`] naming `age`, `previous_losses` or `weeks` when out of range or not whole.
pub fn figures_for(situation: &Situation) -> Result<RiskOutput, InvalidInput> {
    let mut c = Checker::default();
    let age = c.whole("age", situation.age, AGE_RANGE.0, AGE_RANGE.1);
    let losses = c.whole(
        "previous_losses",
        situation.previous_losses,
        PREVIOUS_LOSSES_RANGE.0,
        PREVIOUS_LOSSES_RANGE.1,
    );
    let weeks = c.range(
        "weeks",
        situation.weeks,
        WEEKS_RANGE.0,
        WEEKS_RANGE.1,
        "weeks",
    );
    c.finish(())?;

    let mut figures: Vec<Figure> = vec![
        QUENBY_RECOGNISED,
        MAGNUS_RECOGNISED,
        ACOG_RECOGNISED,
        ACOG_FIRST_TRIMESTER,
    ];
    let mut withheld = Vec::new();
    let mut unused = Vec::new();
    // Figures picked to describe people like the reader (see `Role::Situation`).
    let mut about_you: Vec<&'static str> = Vec::new();

    if let Some(age) = age {
        let before = figures.len();
        age_figures(age, &mut figures, &mut withheld);
        about_you.extend(figures.iter().skip(before).map(|f| f.id));
    }
    if let Some(n) = losses {
        loss_figures(
            n,
            situation.previous_losses_consecutive,
            &mut figures,
            &mut withheld,
        );
        about_you.extend(
            figures
                .iter()
                .filter(|f| f.topic == Topic::PreviousLosses)
                .map(|f| f.id),
        );
        if n == 0 {
            unused.push(Unused {
                field: "previous_losses",
                text: "You have not had a miscarriage before, so the figures about earlier \
                       miscarriages do not apply to you.",
            });
        }
    }
    if situation.previous_losses_consecutive.is_some() && losses.is_none_or(|n| n < 2) {
        unused.push(Unused {
            field: "previous_losses_consecutive",
            text: "Whether miscarriages were one after another only matters after 2 or more, so \
                   this answer did not change the numbers.",
        });
    }
    if let Some(w) = weeks {
        // Ammon Avalos: the weekly rate for the reader's stage (before week 13, or from week
        // 14), and the total over weeks 5 to 20. Background for everyone at that stage.
        if w < 13.0 {
            figures.push(AMMON_WEEKLY_BEFORE_13);
        } else if w >= 14.0 {
            figures.push(AMMON_WEEKLY_BY_14);
        }
        figures.push(AMMON_CUMULATIVE);
    }
    if situation.cardiac_activity_seen == Some(false) {
        unused.push(Unused {
            field: "cardiac_activity_seen",
            text: "The figures about cardiac activity are for after it has been seen, so this \
                   answer did not change the numbers. What a scan without cardiac activity means \
                   depends on the size and the week: the scan page explains what guidelines say.",
        });
    }
    if situation.bleeding_or_pain == Some(false) && situation.cardiac_activity_seen != Some(true) {
        unused.push(Unused {
            field: "bleeding_or_pain",
            text: "Bleeding or pain only matters for the figures after cardiac activity is seen, \
                   so this answer did not change the numbers.",
        });
    }

    let mut by_week = None;
    if situation.cardiac_activity_seen == Some(true) {
        let hold = |reason, text| Withheld {
            id: "tong-by-week",
            reason,
            text,
        };
        match situation.bleeding_or_pain {
            Some(true) => withheld.push(hold(
                WithheldReason::BleedingOrPain,
                "The figures for after cardiac activity is seen are only for people with no \
                 bleeding or pain, so they are not shown here.",
            )),
            None => withheld.push(hold(
                WithheldReason::BleedingOrPainNotKnown,
                "The figures for after cardiac activity is seen are only for people with no \
                 bleeding or pain. Tell us if you have none to see them.",
            )),
            Some(false) => {
                by_week = Some(tong_series());
                // Completed weeks: 6.5 weeks is week 6. Weeks were checked to be 0–45, so the
                // cast is exact.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let completed = weeks.map(|w| w.floor() as u32);
                match completed {
                    None => withheld.push(hold(
                        WithheldReason::WeeksNotKnown,
                        "Give the week of the scan to see the figure for that week.",
                    )),
                    Some(w) => match w
                        .checked_sub(TONG_FIRST_WEEK)
                        .and_then(|i| TONG_BY_WEEK.get(i as usize))
                    {
                        Some(f) => {
                            figures.push(*f);
                            about_you.push(f.id);
                        }
                        None => withheld.push(hold(
                            WithheldReason::NoFigureForThisWeek,
                            "These figures are for scans in weeks 6 to 10 only.",
                        )),
                    },
                }
            }
        }
    }

    Ok(RiskOutput {
        framing: FRAMING,
        figures: figures
            .iter()
            .map(|f| Shown {
                role: if about_you.contains(&f.id) {
                    Role::Situation
                } else {
                    Role::Context
                },
                ..f.show()
            })
            .collect(),
        withheld,
        unused,
        by_week,
    })
}

/// The figures for an age: Magnus 2019's verified bands (under 20, 25–29, 45 and over; its other
/// bands are U in CLINICAL.md and never shown or mentioned), and ACOG's (20–30, then the figure at
/// the start of each 5-year band from 35, its text naming the age). When neither has a figure for
/// the age (31 to 34), the reader is told why their age changed nothing.
fn age_figures(age: u32, figures: &mut Vec<Figure>, withheld: &mut Vec<Withheld>) {
    let before = figures.len();
    match age {
        0..=19 => figures.push(MAGNUS_AGE_UNDER_20),
        25..=29 => figures.push(MAGNUS_AGE_25_29),
        45.. => figures.push(MAGNUS_AGE_45_PLUS),
        _ => {}
    }
    match age {
        20..=30 => figures.push(ACOG_AGE_20_30),
        35..=39 => figures.push(ACOG_AGE_35),
        40..=44 => figures.push(ACOG_AGE_40),
        45.. => figures.push(ACOG_AGE_45),
        _ => {}
    }
    if figures.len() == before {
        withheld.push(Withheld {
            id: "age",
            reason: WithheldReason::NoFigureForThisAge,
            text: "The studies we use give figures for some ages only: under 20, 20 to 30, 35, 40 \
                   and 45 or over. There is none for your age, so your age did not change the \
                   numbers.",
        });
    }
}

fn loss_figures(
    n: u32,
    in_a_row: Option<bool>,
    figures: &mut Vec<Figure>,
    withheld: &mut Vec<Withheld>,
) {
    match n {
        0 => return,
        1 => figures.push(QUENBY_HAD_1),
        2 => figures.push(QUENBY_HAD_2),
        _ => figures.push(QUENBY_HAD_3),
    }
    let odds = match n {
        1 => Some(MAGNUS_OR_1),
        2 => Some(MAGNUS_OR_2),
        3 => Some(MAGNUS_OR_3),
        _ => None,
    };
    match (n, in_a_row, odds) {
        (1, _, Some(f)) | (_, Some(true), Some(f)) => figures.push(f),
        (_, None, Some(_)) => withheld.push(Withheld {
            id: "magnus-odds-after-previous-losses",
            reason: WithheldReason::NeedToKnowIfInARow,
            text: "The figures for more than one miscarriage are for losses one after another. \
                   Tell us if yours were to see them.",
        }),
        _ => withheld.push(Withheld {
            id: "magnus-odds-after-previous-losses",
            reason: WithheldReason::NoVerifiedFigureForThisGroup,
            text: "There is no checked figure for this number or pattern of losses, so none is \
                   shown.",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Problem;
    use std::collections::BTreeSet;

    fn ids(out: &RiskOutput) -> BTreeSet<&'static str> {
        out.figures.iter().map(|f| f.id).collect()
    }

    fn held(out: &RiskOutput) -> Vec<(&'static str, WithheldReason)> {
        out.withheld.iter().map(|w| (w.id, w.reason)).collect()
    }

    #[allow(clippy::needless_pass_by_value)] // call sites build the situation inline
    fn run(s: Situation) -> RiskOutput {
        figures_for(&s).unwrap()
    }

    fn tong_ok(weeks: f64) -> Situation {
        Situation {
            weeks: Some(weeks),
            cardiac_activity_seen: Some(true),
            bleeding_or_pain: Some(false),
            ..Situation::default()
        }
    }

    #[test]
    fn wording_is_computed_from_the_value() {
        assert_eq!(QUENBY_RECOGNISED.in_100().unwrap(), "about 15 in 100");
        assert_eq!(QUENBY_RECOGNISED.percent_text().unwrap(), "15.3%");
        assert_eq!(MAGNUS_AGE_45_PLUS.in_100().unwrap(), "about 54 in 100");
        assert_eq!(QUENBY_HAD_3.in_100().unwrap(), "fewer than 1 in 100");
        assert_eq!(ACOG_AGE_20_30.in_100().unwrap(), "about 9 to 17 in 100");
        assert_eq!(ACOG_AGE_20_30.percent_text().unwrap(), "9–17%");
        assert_eq!(
            AMMON_WEEKLY_BEFORE_13.in_100().unwrap(),
            "more than 2 in 100"
        );
        assert_eq!(AMMON_WEEKLY_BY_14.percent_text().unwrap(), "fewer than 1%");
        assert_eq!(MAGNUS_OR_1.odds_text().unwrap(), "about 1.5 times the odds");
        assert_eq!(MAGNUS_OR_2.odds_text().unwrap(), "about 2.2 times the odds");
        assert_eq!(MAGNUS_OR_3.odds_text().unwrap(), "about 4 times the odds");
        assert_eq!(MAGNUS_OR_1.in_100(), None);
    }

    #[test]
    fn every_figure_text_says_its_own_numbers() {
        for f in all_figures() {
            let lower = f.text.to_lowercase();
            if let Some(w) = f.in_100() {
                assert!(lower.contains(&w), "{}: {:?} not in {:?}", f.id, w, f.text);
            }
            if let Some(p) = f.percent_text() {
                assert!(lower.contains(&p), "{}: {:?} not in {:?}", f.id, p, f.text);
            }
            if let Some(o) = f.odds_text() {
                assert!(lower.contains(&o), "{}: {:?} not in {:?}", f.id, o, f.text);
                if let Amount::OddsRatio { value } = f.amount {
                    assert!(f.text.contains(&format!("{value}")), "{}", f.id);
                }
            }
        }
    }

    #[test]
    fn every_figure_is_sourced_unique_and_never_unverified() {
        let mut seen = BTreeSet::new();
        for f in all_figures() {
            assert!(seen.insert(f.id), "duplicate {}", f.id);
            assert!(!f.sources.is_empty(), "{}", f.id);
            assert_ne!(
                f.confidence,
                Confidence::Unverified,
                "{}: U figures are not encoded",
                f.id
            );
            assert!(
                f.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            );
        }
        assert_eq!(seen.len(), 31);
    }

    #[test]
    fn figures_match_clinical_md() {
        let value = |f: &Figure| match f.amount {
            Amount::Percent { value, .. } | Amount::OddsRatio { value } => value,
            Amount::PercentRange { low, .. } => low,
        };
        let tong: Vec<f64> = TONG_BY_WEEK.iter().map(value).collect();
        assert_eq!(tong, [9.4, 4.2, 1.5, 0.5, 0.7]);
        let farren: Vec<f64> = FARREN.iter().map(value).collect();
        assert_eq!(farren, [29.0, 24.0, 11.0, 18.0, 17.0, 6.0]);
        assert_eq!(
            [MAGNUS_OR_1, MAGNUS_OR_2, MAGNUS_OR_3]
                .iter()
                .map(value)
                .collect::<Vec<_>>(),
            [1.54, 2.21, 3.97]
        );
        assert_eq!(
            QUENBY_RECOGNISED.amount,
            Amount::Percent {
                value: 15.3,
                qualifier: Qualifier::About,
                ci95: Some((12.5, 18.7))
            }
        );
    }

    #[test]
    fn empty_situation_gets_the_overall_figures_and_the_framing() {
        let out = run(Situation::default());
        assert_eq!(
            ids(&out),
            BTreeSet::from([
                "quenby-recognised-pregnancies",
                "magnus-recognised-pregnancies",
                "acog-clinically-recognised",
                "acog-first-trimester-share",
            ])
        );
        assert!(out.withheld.is_empty());
        assert!(out.by_week.is_none());
        assert!(out.framing.contains("cannot tell what will happen to you"));
    }

    #[test]
    fn tong_figure_for_the_week_when_no_bleeding_or_pain() {
        for (w, id) in [
            (6.0, "tong-week-6"),
            (6.9, "tong-week-6"),
            (8.0, "tong-week-8"),
            (10.0, "tong-week-10"),
        ] {
            let out = run(tong_ok(w));
            assert!(ids(&out).contains(id), "{w}");
            assert_eq!(
                out.figures
                    .iter()
                    .filter(|f| f.id.starts_with("tong-"))
                    .count(),
                1
            );
            assert_eq!(out.by_week.as_ref().unwrap().points.len(), 5);
        }
        let out = run(tong_ok(9.0));
        let f = out.figures.iter().find(|f| f.id == "tong-week-9").unwrap();
        assert_eq!(f.in_100.as_deref(), Some("fewer than 1 in 100"));
        assert_eq!(f.confidence, Confidence::Secondary);
    }

    #[test]
    fn tong_is_never_shown_with_bleeding_or_pain_or_when_unknown() {
        let bleeding = run(Situation {
            bleeding_or_pain: Some(true),
            ..tong_ok(8.0)
        });
        assert!(!bleeding.figures.iter().any(|f| f.id.starts_with("tong-")));
        assert!(bleeding.by_week.is_none());
        assert_eq!(
            held(&bleeding),
            [("tong-by-week", WithheldReason::BleedingOrPain)]
        );
        let unknown = run(Situation {
            bleeding_or_pain: None,
            ..tong_ok(8.0)
        });
        assert!(!unknown.figures.iter().any(|f| f.id.starts_with("tong-")));
        assert!(unknown.by_week.is_none());
        assert_eq!(
            held(&unknown),
            [("tong-by-week", WithheldReason::BleedingOrPainNotKnown)]
        );
    }

    #[test]
    fn tong_needs_cardiac_activity_seen_and_a_week_from_6_to_10() {
        for cardiac in [None, Some(false)] {
            let out = run(Situation {
                cardiac_activity_seen: cardiac,
                ..tong_ok(8.0)
            });
            assert!(!out.figures.iter().any(|f| f.id.starts_with("tong-")));
            assert!(out.by_week.is_none());
        }
        for w in [5.9, 11.0, 0.0] {
            let out = run(tong_ok(w));
            assert!(
                !out.figures.iter().any(|f| f.id.starts_with("tong-")),
                "{w}"
            );
            assert_eq!(
                held(&out),
                [("tong-by-week", WithheldReason::NoFigureForThisWeek)],
                "{w}"
            );
            assert!(out.by_week.is_some(), "the chart itself is fine to show");
        }
        let out = run(Situation {
            weeks: None,
            ..tong_ok(8.0)
        });
        assert_eq!(
            held(&out),
            [("tong-by-week", WithheldReason::WeeksNotKnown)]
        );
    }

    #[test]
    fn magnus_age_bands_only_when_verified() {
        let age = |a: f64| {
            run(Situation {
                age: Some(a),
                ..Situation::default()
            })
        };
        assert!(ids(&age(18.0)).contains("magnus-age-under-20"));
        assert!(ids(&age(19.0)).contains("magnus-age-under-20"));
        assert!(ids(&age(25.0)).contains("magnus-age-25-29"));
        assert!(ids(&age(29.0)).contains("magnus-age-25-29"));
        assert!(ids(&age(45.0)).contains("magnus-age-45-plus"));
        for a in [20.0, 24.0, 30.0, 34.0, 35.0, 40.0, 44.0] {
            let out = age(a);
            assert!(
                !out.figures.iter().any(|f| f.id.starts_with("magnus-age")),
                "{a}"
            );
            // An unverified band is neither shown nor talked about (no internal notes).
            assert!(
                out.withheld.iter().all(|w| w.id != "magnus-age-band"),
                "{a}"
            );
        }
    }

    #[test]
    fn acog_age_figures() {
        let age = |a: f64| {
            ids(&run(Situation {
                age: Some(a),
                ..Situation::default()
            }))
        };
        assert!(age(20.0).contains("acog-age-20-30"));
        assert!(age(30.0).contains("acog-age-20-30"));
        assert!(age(35.0).contains("acog-age-35"));
        assert!(age(39.0).contains("acog-age-35"));
        assert!(age(40.0).contains("acog-age-40"));
        assert!(age(47.0).contains("acog-age-45"));
        // 31 to 34: no figure from either study, and the reader is told why.
        for a in [31.0, 32.0, 34.0] {
            let out = run(Situation {
                age: Some(a),
                ..Situation::default()
            });
            assert!(!out.figures.iter().any(|f| f.topic == Topic::Age), "{a}");
            assert_eq!(held(&out), [("age", WithheldReason::NoFigureForThisAge)]);
            assert!(out.withheld[0].text.contains("did not change the numbers"));
        }
        // 17: Magnus's under-20 figure, so nothing is said about ACOG's missing one.
        let out = run(Situation {
            age: Some(17.0),
            ..Situation::default()
        });
        assert!(ids(&out).contains("magnus-age-under-20"));
        assert!(out.withheld.is_empty());
    }

    #[test]
    fn previous_losses() {
        let s = |n: f64, row: Option<bool>| {
            run(Situation {
                previous_losses: Some(n),
                previous_losses_consecutive: row,
                ..Situation::default()
            })
        };
        let none = s(0.0, None);
        assert!(
            !none
                .figures
                .iter()
                .any(|f| f.id.starts_with("magnus-odds") || f.id.starts_with("farren"))
        );
        let one = s(1.0, None);
        assert!(
            ids(&one).contains("magnus-odds-after-1")
                && ids(&one).contains("quenby-women-with-1-loss")
        );
        assert!(
            !ids(&one).iter().any(|id| id.starts_with("farren")),
            "feelings live elsewhere"
        );
        assert!(ids(&s(2.0, Some(true))).contains("magnus-odds-after-2-in-a-row"));
        assert!(ids(&s(3.0, Some(true))).contains("magnus-odds-after-3-in-a-row"));
        assert!(ids(&s(3.0, Some(true))).contains("quenby-women-with-3-or-more-losses"));
        assert_eq!(
            held(&s(2.0, None)),
            [(
                "magnus-odds-after-previous-losses",
                WithheldReason::NeedToKnowIfInARow
            )]
        );
        assert_eq!(
            held(&s(2.0, Some(false))),
            [(
                "magnus-odds-after-previous-losses",
                WithheldReason::NoVerifiedFigureForThisGroup
            )]
        );
        let four = s(4.0, Some(true));
        assert!(!four.figures.iter().any(|f| f.id.starts_with("magnus-odds")));
        assert_eq!(
            held(&four),
            [(
                "magnus-odds-after-previous-losses",
                WithheldReason::NoVerifiedFigureForThisGroup
            )]
        );
    }

    #[test]
    fn feelings_figures_are_separate() {
        let f = feelings_after_loss();
        assert_eq!(f.len(), 6);
        assert!(
            f.iter()
                .all(|x| x.topic == Topic::Feelings && x.sources == [Source::Farren2020])
        );
        assert_eq!(f[0].in_100.as_deref(), Some("about 29 in 100"));
    }

    #[test]
    fn weekly_background_rates_when_weeks_are_given() {
        let out = run(Situation {
            weeks: Some(12.0),
            ..Situation::default()
        });
        assert!(ids(&out).contains("ammon-avalos-weekly-before-13"));
        assert!(
            !ids(&out).contains("ammon-avalos-weekly-by-14"),
            "the rate for week 12 only"
        );
        assert!(ids(&out).contains("ammon-avalos-cumulative-5-20"));
        let later = run(Situation {
            weeks: Some(15.0),
            ..Situation::default()
        });
        assert!(ids(&later).contains("ammon-avalos-weekly-by-14"));
        assert!(!ids(&later).contains("ammon-avalos-weekly-before-13"));
    }

    fn role_of(out: &RiskOutput, id: &str) -> Role {
        out.figures
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("{id}"))
            .role
    }

    /// SAFETY.md R10: only figures picked by the reader's answers are about their situation;
    /// everything else (the first-trimester share, all pregnancies, "you are not alone", the
    /// weekly background) is context, never a headline number.
    #[test]
    fn figures_about_the_reader_are_marked_apart_from_context() {
        let out = run(Situation {
            age: Some(27.0),
            previous_losses: Some(2.0),
            previous_losses_consecutive: Some(true),
            weeks: Some(8.0),
            cardiac_activity_seen: Some(true),
            bleeding_or_pain: Some(false),
        });
        for id in [
            "magnus-age-25-29",
            "acog-age-20-30",
            "magnus-odds-after-2-in-a-row",
            "tong-week-8",
        ] {
            assert_eq!(role_of(&out, id), Role::Situation, "{id}");
        }
        for id in [
            "acog-first-trimester-share",
            "quenby-recognised-pregnancies",
            "magnus-recognised-pregnancies",
            "acog-clinically-recognised",
            "quenby-women-with-2-losses",
            "ammon-avalos-weekly-before-13",
            "ammon-avalos-cumulative-5-20",
        ] {
            assert_eq!(role_of(&out, id), Role::Context, "{id}");
        }
        // With no answers, nothing is about the reader.
        let empty = run(Situation::default());
        assert!(empty.figures.iter().all(|f| f.role == Role::Context));
        let v = serde_json::to_value(&out).unwrap();
        assert!(
            v["figures"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["role"] == "situation")
        );
    }

    /// SAFETY.md R11: an answer that changes nothing is named, with why.
    #[test]
    fn answers_that_change_nothing_are_named_with_the_reason() {
        let fields =
            |s: Situation| -> Vec<&'static str> { run(s).unused.iter().map(|u| u.field).collect() };
        assert_eq!(
            fields(Situation {
                previous_losses: Some(1.0),
                previous_losses_consecutive: Some(true),
                ..Situation::default()
            }),
            ["previous_losses_consecutive"]
        );
        assert_eq!(
            fields(Situation {
                previous_losses_consecutive: Some(false),
                ..Situation::default()
            }),
            ["previous_losses_consecutive"]
        );
        assert!(
            fields(Situation {
                previous_losses: Some(2.0),
                previous_losses_consecutive: Some(true),
                ..Situation::default()
            })
            .is_empty()
        );
        assert_eq!(
            fields(Situation {
                previous_losses: Some(0.0),
                ..Situation::default()
            }),
            ["previous_losses"]
        );
        assert_eq!(
            fields(Situation {
                cardiac_activity_seen: Some(false),
                bleeding_or_pain: Some(false),
                ..Situation::default()
            }),
            ["cardiac_activity_seen", "bleeding_or_pain"]
        );
        // Bleeding or pain: used (it holds the Tong figures back), so not listed.
        assert!(
            fields(Situation {
                cardiac_activity_seen: Some(true),
                bleeding_or_pain: Some(true),
                weeks: Some(8.0),
                ..Situation::default()
            })
            .is_empty()
        );
        for u in run(Situation {
            previous_losses: Some(0.0),
            previous_losses_consecutive: Some(true),
            cardiac_activity_seen: Some(false),
            bleeding_or_pain: Some(false),
            ..Situation::default()
        })
        .unused
        {
            assert!(
                u.text.contains("did not change the numbers") || u.text.contains("do not apply"),
                "{}",
                u.text
            );
        }
    }

    /// No internal notes reach the reader, for any age.
    #[test]
    fn no_internal_notes_for_any_age() {
        for age in 10..=60 {
            let out = run(Situation {
                age: Some(f64::from(age)),
                ..Situation::default()
            });
            let words: Vec<&str> = out
                .withheld
                .iter()
                .map(|w| w.text)
                .chain(out.figures.iter().map(|f| f.text))
                .collect();
            for w in words {
                let lower = w.to_lowercase();
                for note in [
                    "checked against",
                    "not been checked",
                    "paper yet",
                    "not verified",
                ] {
                    assert!(!lower.contains(note), "{age}: {w}");
                }
            }
            let has_age_figure = out.figures.iter().any(|f| f.topic == Topic::Age);
            assert_eq!(
                !has_age_figure,
                out.withheld.iter().any(|w| w.id == "age"),
                "{age}: the page says why when no age figure fits"
            );
        }
    }

    #[test]
    fn bad_input_names_the_field() {
        let errs = |s: Situation| -> Vec<(String, Problem)> {
            figures_for(&s)
                .unwrap_err()
                .errors
                .into_iter()
                .map(|e| (e.field, e.problem))
                .collect()
        };
        assert_eq!(
            errs(Situation {
                age: Some(9.0),
                ..Situation::default()
            })[0]
                .0,
            "age"
        );
        assert_eq!(
            errs(Situation {
                age: Some(30.5),
                ..Situation::default()
            })[0]
                .0,
            "age"
        );
        assert_eq!(
            errs(Situation {
                previous_losses: Some(-1.0),
                ..Situation::default()
            })[0]
                .0,
            "previous_losses"
        );
        assert_eq!(
            errs(Situation {
                previous_losses: Some(1.5),
                ..Situation::default()
            })[0]
                .0,
            "previous_losses"
        );
        assert_eq!(
            errs(Situation {
                weeks: Some(46.0),
                ..Situation::default()
            })[0]
                .0,
            "weeks"
        );
        assert_eq!(
            errs(Situation {
                age: Some(70.0),
                weeks: Some(-1.0),
                ..Situation::default()
            })
            .len(),
            2
        );
        assert!(serde_json::from_str::<Situation>(r#"{"age":30,"ethnicity":"x"}"#).is_err());
    }

    #[test]
    fn json_shape() {
        let out = run(Situation {
            previous_losses: Some(1.0),
            ..tong_ok(7.0)
        });
        let v = serde_json::to_value(&out).unwrap();
        let f = &v["figures"][0];
        for key in [
            "id",
            "text",
            "amount",
            "in_100",
            "percent_text",
            "sources",
            "confidence",
            "checked",
        ] {
            assert!(f.get(key).is_some(), "{key}");
        }
        assert_eq!(f["amount"]["kind"], "percent");
        assert_eq!(f["sources"][0], "quenby-2021");
        assert_eq!(f["checked"], "2026-11");
        assert_eq!(v["by_week"]["points"][0]["week"], 6);
        let or = v["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "magnus-odds-after-1")
            .unwrap();
        assert_eq!(or["amount"]["kind"], "odds_ratio");
        assert!(or["in_100"].is_null());
    }

    #[test]
    fn texts_are_plain_and_kind() {
        let banned = [
            "failed",
            "nonviable",
            "heartbeat",
            "fault",
            "blame",
            "abortion",
        ];
        let mut texts: Vec<&str> = all_figures().iter().map(|f| f.text).collect();
        texts.push(FRAMING);
        for t in texts {
            for b in banned {
                assert!(!t.to_lowercase().contains(b), "{b} in {t}");
            }
            for sentence in t.split(". ") {
                assert!(
                    sentence.split_whitespace().count() <= 30,
                    "long: {sentence}"
                );
            }
        }
    }
}
