//! Which figures fit a situation ([`figures_for`]), and which are held back with the reason.

use std::borrow::Cow;

use crate::input::{Checker, InvalidInput};
use crate::sources::Source;

use super::figures::{
    ACOG_AGE_20_30, ACOG_AGE_35, ACOG_AGE_40, ACOG_AGE_45, ACOG_FIRST_TRIMESTER, ACOG_RECOGNISED,
    AMMON_CUMULATIVE, AMMON_WEEKLY_BEFORE_13, AMMON_WEEKLY_BY_14, FARREN, MAGNUS_AGE_25_29,
    MAGNUS_AGE_45_PLUS, MAGNUS_AGE_UNDER_20, MAGNUS_OR_1, MAGNUS_OR_2, MAGNUS_OR_3,
    MAGNUS_RECOGNISED, QUENBY_HAD_1, QUENBY_HAD_2, QUENBY_HAD_3, QUENBY_RECOGNISED, TONG_BY_WEEK,
    TONG_FIRST_WEEK,
};
use super::{
    AGE_RANGE, Amount, Confidence, FRAMING, Figure, PREVIOUS_LOSSES_RANGE, RiskOutput, Role, Shown,
    Situation, Topic, Unused, WEEKS_RANGE, WeekPoint, WeekSeries, Withheld, WithheldReason,
};

/// The Tong chart, without any check: for callers that have already made the same checks as
/// [`figures_for`] (cardiac activity seen, no bleeding or pain).
#[must_use]
pub fn tong_series() -> WeekSeries {
    WeekSeries {
        title: Cow::Borrowed(
            "After cardiac activity is seen, with no bleeding or pain: loss by the week of the scan",
        ),
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
                text: Cow::Borrowed(
                    "You have not had a miscarriage before, so the figures about earlier \
                       miscarriages do not apply to you.",
                ),
            });
        }
    }
    if situation.previous_losses_consecutive.is_some() && losses.is_none_or(|n| n < 2) {
        unused.push(Unused {
            field: "previous_losses_consecutive",
            text: Cow::Borrowed(
                "Whether miscarriages were one after another only matters after 2 or more, so \
                   this answer did not change the numbers.",
            ),
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
            text: Cow::Borrowed(
                "The figures about cardiac activity are for after it has been seen, so this \
                   answer did not change the numbers. What a scan without cardiac activity means \
                   depends on the size and the week: the scan page explains what guidelines say.",
            ),
        });
    }
    if situation.bleeding_or_pain == Some(false) && situation.cardiac_activity_seen != Some(true) {
        unused.push(Unused {
            field: "bleeding_or_pain",
            text: Cow::Borrowed(
                "Bleeding or pain only matters for the figures after cardiac activity is seen, \
                   so this answer did not change the numbers.",
            ),
        });
    }

    let mut by_week = None;
    if situation.cardiac_activity_seen == Some(true) {
        let hold = |reason, text| Withheld {
            id: "tong-by-week",
            reason,
            text: Cow::Borrowed(text),
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
        framing: Cow::Borrowed(FRAMING),
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
            text: Cow::Borrowed(
                "The studies we use give figures for some ages only: under 20, 20 to 30, 35, 40 \
                   and 45 or over. There is none for your age, so your age did not change the \
                   numbers.",
            ),
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
            text: Cow::Borrowed(
                "The figures for more than one miscarriage are for losses one after another. \
                   Tell us if yours were to see them.",
            ),
        }),
        _ => withheld.push(Withheld {
            id: "magnus-odds-after-previous-losses",
            reason: WithheldReason::NoVerifiedFigureForThisGroup,
            text: Cow::Borrowed(
                "There is no checked figure for this number or pattern of losses, so none is \
                   shown.",
            ),
        }),
    }
}
