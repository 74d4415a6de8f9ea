//! The statistics of CLINICAL.md §5, as data, and which of them fit a person's situation.
//!
//! Every figure carries its value, "X in 100" wording, a percent, its sources, how sure we are of
//! it (V verified in the source's own text, S from a faithful secondary copy) and when it was last
//! checked. Unverified (U) figures are not encoded. Some figures are deliberately held back and
//! returned in `withheld` with a reason: the Tong 2008 figures after cardiac activity is seen are
//! never shown to someone who is bleeding or in pain (or who has not said), and Magnus 2019 age
//! bands other than the verified ones are not shown.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::sources::Source;
use crate::words::{Arg, Words};

mod figures;
mod select;

pub use figures::{
    ACOG_AGE_20_30, ACOG_AGE_35, ACOG_AGE_40, ACOG_AGE_45, ACOG_FIRST_TRIMESTER, ACOG_RECOGNISED,
    AMMON_CUMULATIVE, AMMON_WEEKLY_BEFORE_13, AMMON_WEEKLY_BY_14, FARREN, MAGNUS_AGE_25_29,
    MAGNUS_AGE_45_PLUS, MAGNUS_AGE_UNDER_20, MAGNUS_OR_1, MAGNUS_OR_2, MAGNUS_OR_3,
    MAGNUS_RECOGNISED, QUENBY_HAD_1, QUENBY_HAD_2, QUENBY_HAD_3, QUENBY_RECOGNISED, TONG_BY_WEEK,
    TONG_FIRST_WEEK, all_figures,
};
pub use select::{feelings_after_loss, figures_for, tong_series};

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
    /// English from `solace-clinical`, or the reader's language once localised.
    pub text: Cow<'static, str>,
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

/// A number as [`trim_number`] writes it (up to 2 decimals, no trailing zeros).
fn trimmed(x: f64) -> Arg {
    Arg::Number(x, 2)
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

    /// [`Figure::in_100`] as a message id and arguments.
    #[must_use]
    pub fn in_100_words(&self) -> Option<Words> {
        in_100_words(self.amount)
    }

    /// [`Figure::percent_text`] as a message id and arguments.
    #[must_use]
    pub fn percent_words(&self) -> Option<Words> {
        match self.amount {
            Amount::Percent {
                value, qualifier, ..
            } => Some(
                Words::id(match qualifier {
                    Qualifier::About => "odds-pct",
                    Qualifier::MoreThan => "odds-pct-more",
                    Qualifier::FewerThan => "odds-pct-fewer",
                })
                .arg("p", trimmed(value)),
            ),
            Amount::PercentRange { low, high } => Some(
                Words::id("odds-pct-range")
                    .arg("low", trimmed(low))
                    .arg("high", trimmed(high)),
            ),
            Amount::OddsRatio { .. } => None,
        }
    }

    /// [`Figure::odds_text`] as a message id and arguments.
    #[must_use]
    pub fn odds_words(&self) -> Option<Words> {
        match self.amount {
            Amount::OddsRatio { value } if value >= 3.0 => {
                Some(Words::id("odds-times").arg("x", Arg::Number(value.round(), 0)))
            }
            Amount::OddsRatio { value } => Some(
                Words::id("odds-times").arg("x", Arg::Number((value * 10.0).round() / 10.0, 1)),
            ),
            _ => None,
        }
    }

    /// The figure's sentence: its message id is the figure's id.
    #[must_use]
    pub fn words(&self) -> Words {
        Words::id(self.id)
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
            text: Cow::Borrowed(self.text),
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

/// "about 15 in 100" as a message id and arguments (the rules of [`Figure::in_100`]).
#[must_use]
pub fn in_100_words(amount: Amount) -> Option<Words> {
    match amount {
        Amount::Percent {
            value, qualifier, ..
        } => Some(match qualifier {
            Qualifier::About if value < 1.0 => {
                Words::id("odds-in-100-fewer").arg("n", trimmed(1.0))
            }
            Qualifier::About if value < 5.0 => Words::id("odds-in-100").arg("n", trimmed(value)),
            Qualifier::About => Words::id("odds-in-100").arg("n", trimmed(value.round())),
            Qualifier::MoreThan => Words::id("odds-in-100-more").arg("n", trimmed(value)),
            Qualifier::FewerThan => Words::id("odds-in-100-fewer").arg("n", trimmed(value)),
        }),
        Amount::PercentRange { low, high } => Some(
            Words::id("odds-in-100-range")
                .arg("low", trimmed(low.round()))
                .arg("high", trimmed(high.round())),
        ),
        Amount::OddsRatio { .. } => None,
    }
}

impl Shown {
    /// The sentence as a message id (the figure's id).
    #[must_use]
    pub fn words(&self) -> Words {
        Words::id(self.id)
    }

    fn figure(&self) -> Figure {
        Figure {
            id: self.id,
            topic: self.topic,
            text: "",
            amount: self.amount,
            sources: &[],
            confidence: self.confidence,
        }
    }

    /// `in_100` as a message id and arguments.
    #[must_use]
    pub fn in_100_words(&self) -> Option<Words> {
        in_100_words(self.amount)
    }

    /// `percent_text` as a message id and arguments.
    #[must_use]
    pub fn percent_words(&self) -> Option<Words> {
        self.figure().percent_words()
    }

    /// `odds_text` as a message id and arguments.
    #[must_use]
    pub fn odds_words(&self) -> Option<Words> {
        self.figure().odds_words()
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    pub text: Cow<'static, str>,
}

impl Withheld {
    /// The sentence as a message id: one per reason.
    #[must_use]
    pub fn words(&self) -> Words {
        Words::id(match self.reason {
            WithheldReason::BleedingOrPain => "odds-withheld-bleeding-or-pain",
            WithheldReason::BleedingOrPainNotKnown => "odds-withheld-bleeding-or-pain-not-known",
            WithheldReason::NoFigureForThisWeek => "odds-withheld-no-figure-for-this-week",
            WithheldReason::WeeksNotKnown => "odds-withheld-weeks-not-known",
            WithheldReason::NeedToKnowIfInARow => "odds-withheld-need-to-know-if-in-a-row",
            WithheldReason::NoVerifiedFigureForThisGroup => {
                "odds-withheld-no-verified-figure-for-this-group"
            }
            WithheldReason::NoFigureForThisAge => "odds-withheld-no-figure-for-this-age",
        })
    }
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
    pub title: Cow<'static, str>,
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
    pub text: Cow<'static, str>,
}

impl Unused {
    /// The sentence as a message id: one per field.
    #[must_use]
    pub fn words(&self) -> Words {
        Words::id(match self.field {
            "previous_losses" => "odds-unused-previous-losses",
            "previous_losses_consecutive" => "odds-unused-previous-losses-consecutive",
            "cardiac_activity_seen" => "odds-unused-cardiac-activity-seen",
            _ => "odds-unused-bleeding-or-pain",
        })
    }
}

impl WeekSeries {
    /// The title's message id.
    pub const TITLE_ID: &'static str = "odds-week-series-title";
}

impl WeekPoint {
    /// `in_100` as a message id and arguments.
    #[must_use]
    pub fn in_100_words(&self) -> Option<Words> {
        in_100_words(pct(self.percent))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskOutput {
    /// Always shown first.
    pub framing: Cow<'static, str>,
    pub figures: Vec<Shown>,
    pub withheld: Vec<Withheld>,
    /// Answers given that changed nothing here, each with the reason.
    pub unused: Vec<Unused>,
    /// Tong 2008 weeks 6–10, for a chart; only when cardiac activity was seen and there is no
    /// bleeding or pain.
    pub by_week: Option<WeekSeries>,
}

/// Every message id of the odds readings beside the figures' own ids.
pub const MESSAGE_IDS: &[&str] = &[
    RiskOutput::FRAMING_ID,
    WeekSeries::TITLE_ID,
    "odds-in-100",
    "odds-in-100-fewer",
    "odds-in-100-more",
    "odds-in-100-range",
    "odds-pct",
    "odds-pct-more",
    "odds-pct-fewer",
    "odds-pct-range",
    "odds-times",
    "odds-withheld-bleeding-or-pain",
    "odds-withheld-bleeding-or-pain-not-known",
    "odds-withheld-no-figure-for-this-week",
    "odds-withheld-weeks-not-known",
    "odds-withheld-need-to-know-if-in-a-row",
    "odds-withheld-no-verified-figure-for-this-group",
    "odds-withheld-no-figure-for-this-age",
    "odds-unused-previous-losses",
    "odds-unused-previous-losses-consecutive",
    "odds-unused-cardiac-activity-seen",
    "odds-unused-bleeding-or-pain",
];

impl RiskOutput {
    /// The framing's message id.
    pub const FRAMING_ID: &'static str = "odds-framing";
}

const FRAMING: &str = "These numbers come from large groups of people. They cannot tell what will \
happen to you. If a number worries you, talk it through with your care team.";

#[cfg(test)]
mod tests;
