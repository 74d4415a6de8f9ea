//! The figures of CLINICAL.md §5, each checked 2026-11, and [`all_figures`] listing them.

use crate::sources::Source;

use super::{Amount, Confidence, Figure, Qualifier, Topic, pct};

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
