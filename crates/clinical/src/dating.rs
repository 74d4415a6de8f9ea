//! How many weeks pregnant, from the last period (LMP), the embryo's length (CRL) or the sac's size
//! (MSD). CLINICAL.md §4.
//!
//! Pure: "today" is a parameter (or the input's own `today`); nothing reads a clock.

use chrono::{NaiveDate, TimeDelta};
use serde::{Deserialize, Serialize};

use crate::input::{Checker, FieldError, InvalidInput, Problem};
use crate::sources::Source;
use crate::words::{Arg, Words};

/// Robinson & Fleming: GA (days) = 8.052 × √CRL(mm) + 23.73. Source `robinson-1975` (S/V),
/// checked 2026-11.
pub const ROBINSON_SLOPE: f64 = 8.052;
/// See [`ROBINSON_SLOPE`]. Source `robinson-1975` (S/V), checked 2026-11.
pub const ROBINSON_INTERCEPT_DAYS: f64 = 23.73;
/// One CRL measurement dates the pregnancy to within about ± 4.7 days. Source `robinson-1975`
/// (S/V), checked 2026-11.
pub const ROBINSON_PLUS_MINUS_DAYS: f64 = 4.7;
/// Robinson's formula is valid from about 6 to 14 weeks (42–98 days). Source `robinson-1975`
/// (S/V), checked 2026-11.
pub const ROBINSON_VALID_DAYS: (i64, i64) = (42, 98);
/// MSD: GA (days) ≈ MSD(mm) + 30, early first trimester only. Source `sru-2013` context (S),
/// checked 2026-11.
pub const MSD_OFFSET_DAYS: f64 = 30.0;
/// Above this MSD an embryo is expected to be seen (SRU 2013's 25 mm), so sac-size dating means
/// little. Source `sru-2013` (S), checked 2026-11.
pub const MSD_DATING_USEFUL_UP_TO_MM: f64 = 25.0;
/// Due date = LMP + 280 days for a 28-day cycle, adjusted by (cycle length − 28). Source
/// `acog-co700` (S), checked 2026-11.
pub const LMP_TO_DUE_DAYS: i64 = 280;
/// See [`LMP_TO_DUE_DAYS`]. Source `acog-co700` (S), checked 2026-11.
pub const STANDARD_CYCLE_DAYS: i64 = 28;

/// Plausible inputs, chosen by Solace (not clinical figures): cycle 20–45 days; an LMP no more
/// than 44 weeks ago; CRL 0.5–90 mm and MSD 1–100 mm as for scans. Checked 2026-11.
pub const CYCLE_RANGE_DAYS: (f64, f64) = (20.0, 45.0);
/// See [`CYCLE_RANGE_DAYS`].
pub const LMP_MAX_DAYS_AGO: i64 = 44 * 7;
/// See [`CYCLE_RANGE_DAYS`].
pub const CRL_RANGE_MM: (f64, f64) = (0.5, 90.0);
/// See [`CYCLE_RANGE_DAYS`].
pub const MSD_RANGE_MM: (f64, f64) = (1.0, 100.0);

/// Every message id the dating readings use (`DatingOutput::text_words`, `note_words`).
pub const MESSAGE_IDS: &[&str] = &[
    "dating-lmp",
    "dating-lmp-note",
    "dating-crl",
    "dating-crl-due",
    "dating-msd",
    "dating-msd-due",
    "dating-crl-note",
    "dating-msd-note",
    "dating-msd-note-large",
];

const DATE_EXPECTED: &str = "a date like 2026-11-20";

/// `{ "lmp": date, "cycle_days"?, "today"? } | { "crl_mm", "scan_date"? } | { "msd_mm", "scan_date"? }`.
/// One struct so that every mistake is a field error, not a parse error.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatingInput {
    /// First day of the last menstrual period, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lmp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle_days: Option<f64>,
    /// With `lmp`: the day to count to (defaults to the caller's today).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub today: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crl_mm: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msd_mm: Option<f64>,
    /// With `crl_mm` or `msd_mm`: the day of the scan, to work out a due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scan_date: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    Lmp,
    Crl,
    Msd,
}

/// Field names are a contract (DESIGN.md); fields may be added.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatingOutput {
    pub method: Method,
    /// Rounded to the nearest whole day (halves round up).
    pub gestational_age_days: u32,
    pub weeks: u32,
    pub days: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plus_minus_days: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<NaiveDate>,
    /// The day the age refers to: today for LMP, the scan date when given.
    pub as_of: Option<NaiveDate>,
    /// The unrounded estimate, for CRL and MSD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exact_days: Option<f64>,
    pub text: String,
    /// A caution about the method's limits, when it applies.
    pub note: Option<String>,
    pub sources: Vec<Source>,
    /// `text` as a message id and arguments, for other languages.
    #[serde(skip)]
    pub text_words: Words,
    /// `note` as a message id and arguments.
    #[serde(skip)]
    pub note_words: Option<Words>,
}

/// Works out the gestational age. `today` is used for an LMP when the input has no `today`, and
/// to refuse dates in the future.
///
/// # Errors
///
/// [`InvalidInput`] naming every bad field: none or more than one of `lmp` / `crl_mm` / `msd_mm`,
/// a date that cannot be read or is in the future, a cycle outside 20–45 days, sizes out of range.
pub fn estimate(input: &DatingInput, today: NaiveDate) -> Result<DatingOutput, InvalidInput> {
    let mut c = Checker::default();

    let given = [
        ("lmp", input.lmp.is_some()),
        ("crl_mm", input.crl_mm.is_some()),
        ("msd_mm", input.msd_mm.is_some()),
    ];
    let count = given.iter().filter(|(_, g)| *g).count();
    if count == 0 {
        c.push(
            "lmp",
            Problem::Invalid {
                expected: "one of lmp, crl_mm or msd_mm",
            },
        );
    }
    for (field, _) in given.iter().filter(|(_, g)| *g).skip(1) {
        c.push(
            *field,
            Problem::Invalid {
                expected: "only one of lmp, crl_mm or msd_mm",
            },
        );
    }
    if input.lmp.is_none() {
        if input.cycle_days.is_some() {
            c.push(
                "cycle_days",
                Problem::Invalid {
                    expected: "cycle_days only together with lmp",
                },
            );
        }
        if input.today.is_some() {
            c.push(
                "today",
                Problem::Invalid {
                    expected: "today only together with lmp (with a scan, give scan_date)",
                },
            );
        }
    } else if input.scan_date.is_some() {
        c.push(
            "scan_date",
            Problem::Invalid {
                expected: "scan_date only together with crl_mm or msd_mm",
            },
        );
    }

    let result = if let Some(lmp) = &input.lmp {
        by_lmp(&mut c, lmp, input, today)
    } else if input.crl_mm.is_some() {
        by_crl(&mut c, input, today)
    } else if input.msd_mm.is_some() {
        by_msd(&mut c, input, today)
    } else {
        None
    };
    // Every path that gives no result has pushed a field error, so `finish` reports it; the
    // fallback only guards date arithmetic that cannot overflow for dates within the ranges.
    c.finish(result)?.ok_or_else(|| InvalidInput {
        errors: vec![FieldError::new(
            "lmp",
            Problem::Invalid {
                expected: "a date or size that gives a due date within the calendar",
            },
        )],
    })
}

fn parse_date(c: &mut Checker, field: &str, text: &str) -> Option<NaiveDate> {
    if let Ok(d) = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        Some(d)
    } else {
        c.push(
            field,
            Problem::BadDate {
                expected: DATE_EXPECTED,
            },
        );
        None
    }
}

fn split(days: u32) -> (u32, u32) {
    (days / 7, days % 7)
}

/// A date as the English text writes it (ISO 8601), the same in every language.
fn iso(d: NaiveDate) -> Arg {
    Arg::Verbatim(d.format("%Y-%m-%d").to_string())
}

/// A message about an age of `ga` days: `weeks`, `days` (for plural forms) and `total`.
fn age_words(id: &'static str, ga: u32) -> Words {
    let (w, d) = split(ga);
    Words::id(id)
        .arg("weeks", Arg::Count(i64::from(w)))
        .arg("days", Arg::Count(i64::from(d)))
        .arg("total", Arg::Count(i64::from(ga)))
}

fn weeks_text(days: u32) -> String {
    let (w, d) = split(days);
    let weeks = if w == 1 { "week" } else { "weeks" };
    let dd = if d == 1 { "day" } else { "days" };
    format!("{w} {weeks} and {d} {dd}")
}

fn by_lmp(
    c: &mut Checker,
    lmp_text: &str,
    input: &DatingInput,
    today: NaiveDate,
) -> Option<DatingOutput> {
    let cycle = c.whole(
        "cycle_days",
        input.cycle_days,
        CYCLE_RANGE_DAYS.0,
        CYCLE_RANGE_DAYS.1,
    );
    let today = match &input.today {
        Some(t) => parse_date(c, "today", t),
        None => Some(today),
    };
    let lmp = parse_date(c, "lmp", lmp_text);
    let (today, lmp) = (today?, lmp?);
    if input.cycle_days.is_some() && cycle.is_none() {
        return None;
    }
    let cycle = cycle.map_or(STANDARD_CYCLE_DAYS, i64::from);
    if lmp > today {
        c.push(
            "lmp",
            Problem::BadDate {
                expected: "a date that is not in the future",
            },
        );
        return None;
    }
    let since = (today - lmp).num_days();
    if since > LMP_MAX_DAYS_AGO {
        c.push(
            "lmp",
            Problem::BadDate {
                expected: "a date within the last 44 weeks",
            },
        );
        return None;
    }
    let adjust = cycle - STANDARD_CYCLE_DAYS;
    let ga = since - adjust;
    let Ok(ga) = u32::try_from(ga) else {
        c.push(
            "lmp",
            Problem::Invalid {
                expected: "an earlier date: with this cycle length the pregnancy would not have started yet",
            },
        );
        return None;
    };
    let due = lmp.checked_add_signed(TimeDelta::days(LMP_TO_DUE_DAYS + adjust))?;
    let (weeks, days) = split(ga);
    let text_words = age_words("dating-lmp", ga).arg("due", iso(due));
    let note_words = (adjust != 0).then(|| {
        Words::id("dating-lmp-note")
            .arg("cycle", Arg::Count(cycle))
            .arg("shift", Arg::Count(adjust.abs()))
    });
    Some(DatingOutput {
        method: Method::Lmp,
        gestational_age_days: ga,
        weeks,
        days,
        plus_minus_days: None,
        due_date: Some(due),
        as_of: Some(today),
        exact_days: None,
        text: format!(
            "Counting from the first day of your last period, you are {} today ({ga} days). \
             The due date worked out this way is {}.",
            weeks_text(ga),
            due.format("%Y-%m-%d"),
        ),
        note: (adjust != 0).then(|| {
            format!(
                "Your cycle is {cycle} days, so the dates are moved by {} days from the usual \
                 28-day count.",
                adjust.abs()
            )
        }),
        sources: vec![Source::AcogCo700],
        text_words,
        note_words,
    })
}

fn scan_day(
    c: &mut Checker,
    input: &DatingInput,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, ()> {
    let Some(text) = &input.scan_date else {
        return Ok(None);
    };
    let Some(d) = parse_date(c, "scan_date", text) else {
        return Err(());
    };
    if d > today {
        c.push(
            "scan_date",
            Problem::BadDate {
                expected: "a date that is not in the future",
            },
        );
        return Err(());
    }
    Ok(Some(d))
}

fn from_scan(
    method: Method,
    exact: f64,
    scan: Option<NaiveDate>,
    plus_minus: Option<f64>,
    note: Option<(String, Words)>,
    sources: Vec<Source>,
) -> Option<DatingOutput> {
    // Nearest whole day; halves round up (f64::round rounds half away from zero; exact > 0).
    let ga = exact.round();
    if !(0.0..=400.0).contains(&ga) {
        return None;
    }
    // Whole and within 0..=400: the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let ga = ga as u32;
    let (weeks, days) = split(ga);
    let due =
        scan.and_then(|d| d.checked_add_signed(TimeDelta::days(LMP_TO_DUE_DAYS - i64::from(ga))));
    let give_or_take = plus_minus.map_or(String::new(), |p| {
        format!(", give or take about {} days", p.round())
    });
    let id = match (method, due.is_some()) {
        (Method::Msd, false) => "dating-msd",
        (Method::Msd, true) => "dating-msd-due",
        (_, false) => "dating-crl",
        (_, true) => "dating-crl-due",
    };
    let mut text_words = age_words(id, ga);
    if let Some(p) = plus_minus {
        text_words = text_words.arg("give", Arg::Number(p.round(), 0));
    }
    if let Some(d) = due {
        text_words = text_words.arg("due", iso(d));
    }
    let (note, note_words) = note.unzip();
    let due_text = due.map_or(String::new(), |d| {
        format!(
            " The due date worked out from this scan is {}.",
            d.format("%Y-%m-%d")
        )
    });
    Some(DatingOutput {
        method,
        gestational_age_days: ga,
        weeks,
        days,
        plus_minus_days: plus_minus,
        due_date: due,
        as_of: scan,
        exact_days: Some(exact),
        text: format!(
            "At the time of the scan, the pregnancy measured about {} ({ga} days){give_or_take}. \
             This is counted from the first day of a last period, as doctors do.{due_text}",
            weeks_text(ga)
        ),
        note,
        sources,
        text_words,
        note_words,
    })
}

fn by_crl(c: &mut Checker, input: &DatingInput, today: NaiveDate) -> Option<DatingOutput> {
    let crl = c.range("crl_mm", input.crl_mm, CRL_RANGE_MM.0, CRL_RANGE_MM.1, "mm");
    let scan = scan_day(c, input, today);
    let (crl, Ok(scan)) = (crl?, scan) else {
        return None;
    };
    let exact = ROBINSON_SLOPE * crl.sqrt() + ROBINSON_INTERCEPT_DAYS;
    // CRL ≤ 90 mm gives at most ~100 days: the cast is exact.
    #[allow(clippy::cast_possible_truncation)]
    let rounded = exact.round() as i64;
    let note = (!(ROBINSON_VALID_DAYS.0..=ROBINSON_VALID_DAYS.1).contains(&rounded)).then(|| {
        (
            "This formula works best from about 6 to 14 weeks. Outside that, treat the result as \
             rough and ask your care team."
                .to_string(),
            Words::id("dating-crl-note"),
        )
    });
    from_scan(
        Method::Crl,
        exact,
        scan,
        Some(ROBINSON_PLUS_MINUS_DAYS),
        note,
        vec![Source::Robinson1975],
    )
}

fn by_msd(c: &mut Checker, input: &DatingInput, today: NaiveDate) -> Option<DatingOutput> {
    let msd = c.range("msd_mm", input.msd_mm, MSD_RANGE_MM.0, MSD_RANGE_MM.1, "mm");
    let scan = scan_day(c, input, today);
    let (msd, Ok(scan)) = (msd?, scan) else {
        return None;
    };
    let exact = msd + MSD_OFFSET_DAYS;
    let mut note = "The sac size gives only a rough guide, and only very early in pregnancy, \
                    before the embryo can be measured."
        .to_string();
    let mut note_words = Words::id("dating-msd-note");
    if msd > MSD_DATING_USEFUL_UP_TO_MM {
        note.push_str(" At this sac size it is not a reliable way to date a pregnancy.");
        note_words = Words::id("dating-msd-note-large");
    }
    from_scan(
        Method::Msd,
        exact,
        scan,
        None,
        Some((note, note_words)),
        vec![Source::Sru2013],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn today() -> NaiveDate {
        day("2026-11-20")
    }

    fn crl(mm: f64) -> DatingOutput {
        estimate(
            &DatingInput {
                crl_mm: Some(mm),
                ..DatingInput::default()
            },
            today(),
        )
        .unwrap()
    }

    fn errs(input: &DatingInput) -> Vec<(String, Problem)> {
        estimate(input, today())
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    }

    fn lmp(date: &str, cycle: Option<f64>) -> DatingInput {
        DatingInput {
            lmp: Some(date.into()),
            cycle_days: cycle,
            ..DatingInput::default()
        }
    }

    #[test]
    fn crl_7_mm_is_45_days() {
        let out = crl(7.0);
        assert_eq!(out.method, Method::Crl);
        assert_eq!(out.gestational_age_days, 45);
        assert_eq!((out.weeks, out.days), (6, 3));
        assert_eq!(out.plus_minus_days, Some(4.7));
        assert!(out.note.is_none());
        assert!(out.text.contains("6 weeks and 3 days"), "{}", out.text);
        assert_eq!(out.sources, [Source::Robinson1975]);
    }

    #[test]
    fn crl_45_mm_is_77_to_78_days() {
        let out = crl(45.0);
        assert!(
            (77..=78).contains(&out.gestational_age_days),
            "{}",
            out.gestational_age_days
        );
        assert_eq!(
            out.gestational_age_days, 78,
            "77.74 rounds to the nearest day"
        );
        assert_eq!((out.weeks, out.days), (11, 1));
        assert_eq!(out.plus_minus_days, Some(4.7));
        assert!((out.exact_days.unwrap() - 77.74).abs() < 0.01);
    }

    #[test]
    fn crl_outside_6_to_14_weeks_carries_a_note() {
        let small = crl(0.5);
        assert_eq!(small.gestational_age_days, 29);
        assert!(small.note.as_deref().unwrap().contains("6 to 14 weeks"));
        assert!(crl(90.0).note.is_some());
        // 5.1 mm ≈ 42 days and 85 mm ≈ 98 days sit inside the range.
        assert!(crl(5.2).note.is_none());
        assert!(crl(85.0).note.is_none());
    }

    #[test]
    fn crl_with_a_scan_date_gives_a_due_date() {
        let out = estimate(
            &DatingInput {
                crl_mm: Some(7.0),
                scan_date: Some("2026-11-10".into()),
                ..DatingInput::default()
            },
            today(),
        )
        .unwrap();
        // 45 days at the scan: due 235 days later.
        assert_eq!(out.due_date, Some(day("2027-07-03")));
        assert_eq!(out.as_of, Some(day("2026-11-10")));
        let json = serde_json::to_value(&out).unwrap();
        assert_eq!(json["due_date"], "2027-07-03");
        assert_eq!(json["method"], "crl");
    }

    #[test]
    fn msd_is_plus_30_days_and_says_early_only() {
        let out = estimate(
            &DatingInput {
                msd_mm: Some(10.0),
                ..DatingInput::default()
            },
            today(),
        )
        .unwrap();
        assert_eq!(out.method, Method::Msd);
        assert_eq!(out.gestational_age_days, 40);
        assert_eq!((out.weeks, out.days), (5, 5));
        assert_eq!(out.plus_minus_days, None);
        assert!(out.note.as_deref().unwrap().contains("only very early"));
        let json = serde_json::to_value(&out).unwrap();
        assert!(json.get("plus_minus_days").is_none() && json.get("due_date").is_none());
        let big = estimate(
            &DatingInput {
                msd_mm: Some(30.0),
                ..DatingInput::default()
            },
            today(),
        )
        .unwrap();
        assert!(big.note.unwrap().contains("not a reliable way"));
        // Halves round up.
        let half = estimate(
            &DatingInput {
                msd_mm: Some(10.5),
                ..DatingInput::default()
            },
            today(),
        )
        .unwrap();
        assert_eq!(half.gestational_age_days, 41);
    }

    #[test]
    fn lmp_28_day_cycle() {
        let out = estimate(
            &DatingInput {
                today: Some("2026-02-15".into()),
                ..lmp("2026-01-01", None)
            },
            today(),
        )
        .unwrap();
        assert_eq!(out.method, Method::Lmp);
        assert_eq!(out.gestational_age_days, 45);
        assert_eq!((out.weeks, out.days), (6, 3));
        assert_eq!(out.due_date, Some(day("2026-10-08")));
        assert_eq!(out.plus_minus_days, None);
        assert!(out.note.is_none());
        assert_eq!(out.as_of, Some(day("2026-02-15")));
    }

    #[test]
    fn lmp_cycle_length_moves_the_dates() {
        let base = DatingInput {
            today: Some("2026-02-15".into()),
            ..lmp("2026-01-01", Some(35.0))
        };
        let out = estimate(&base, today()).unwrap();
        assert_eq!(out.due_date, Some(day("2026-10-15")));
        assert_eq!(out.gestational_age_days, 38);
        assert!(out.note.unwrap().contains("35 days"));
        let short = DatingInput {
            cycle_days: Some(20.0),
            ..base
        };
        let out = estimate(&short, today()).unwrap();
        assert_eq!(out.due_date, Some(day("2026-09-30")));
        assert_eq!(out.gestational_age_days, 53);
    }

    #[test]
    fn lmp_uses_the_callers_today_when_none_is_given() {
        let out = estimate(&lmp("2026-10-06", None), today()).unwrap();
        assert_eq!(out.gestational_age_days, 45);
        assert_eq!(out.as_of, Some(today()));
        let out = estimate(&lmp("2026-11-20", None), today()).unwrap();
        assert_eq!(out.gestational_age_days, 0);
    }

    #[test]
    fn lmp_handles_leap_years() {
        let out = estimate(
            &DatingInput {
                today: Some("2028-03-01".into()),
                ..lmp("2028-02-01", None)
            },
            today(),
        )
        .unwrap();
        assert_eq!(out.gestational_age_days, 29);
        assert_eq!(out.due_date, Some(day("2028-11-07")));
    }

    #[test]
    fn lmp_in_the_future_or_too_long_ago_is_refused() {
        let e = errs(&lmp("2026-11-21", None));
        assert_eq!(
            e,
            [(
                "lmp".to_string(),
                Problem::BadDate {
                    expected: "a date that is not in the future"
                }
            )]
        );
        assert!(
            estimate(&lmp("2026-01-16", None), today()).is_ok(),
            "308 days ago"
        );
        let e = errs(&lmp("2026-01-15", None));
        assert_eq!(
            e,
            [(
                "lmp".to_string(),
                Problem::BadDate {
                    expected: "a date within the last 44 weeks"
                }
            )]
        );
        // A long cycle and a very recent period: the pregnancy would not have started yet.
        let e = errs(&lmp("2026-11-18", Some(35.0)));
        assert_eq!(e[0].0, "lmp");
        assert!(matches!(e[0].1, Problem::Invalid { .. }));
    }

    #[test]
    fn bad_dates_and_cycles_name_the_field() {
        for bad in ["20/11/2026", "2026-13-01", "2026-02-30", "soon", ""] {
            let e = errs(&lmp(bad, None));
            assert_eq!(
                e,
                [(
                    "lmp".to_string(),
                    Problem::BadDate {
                        expected: "a date like 2026-11-20"
                    }
                )],
                "{bad}"
            );
        }
        for cycle in [19.0, 46.0, 28.5, f64::NAN] {
            let e = errs(&lmp("2026-10-01", Some(cycle)));
            assert_eq!(
                e,
                [(
                    "cycle_days".to_string(),
                    Problem::NotWholeNumber {
                        min: 20.0,
                        max: 45.0
                    }
                )],
                "{cycle}"
            );
        }
        assert!(estimate(&lmp("2026-10-01", Some(45.0)), today()).is_ok());
        let e = errs(&DatingInput {
            today: Some("tomorrow".into()),
            ..lmp("2026-10-01", None)
        });
        assert_eq!(e[0].0, "today");
    }

    #[test]
    fn exactly_one_method() {
        let e = errs(&DatingInput::default());
        assert_eq!(e[0].0, "lmp");
        let e = errs(&DatingInput {
            crl_mm: Some(7.0),
            msd_mm: Some(10.0),
            ..lmp("2026-10-01", None)
        });
        let fields: Vec<_> = e.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["crl_mm", "msd_mm"]);
        let e = errs(&DatingInput {
            crl_mm: Some(7.0),
            cycle_days: Some(30.0),
            today: Some("2026-11-01".into()),
            ..DatingInput::default()
        });
        let fields: Vec<_> = e.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["cycle_days", "today"]);
        let e = errs(&DatingInput {
            scan_date: Some("2026-11-01".into()),
            ..lmp("2026-10-01", None)
        });
        assert_eq!(e[0].0, "scan_date");
    }

    #[test]
    fn out_of_range_scan_sizes_and_future_scan_dates() {
        for (input, field) in [
            (
                DatingInput {
                    crl_mm: Some(0.4),
                    ..DatingInput::default()
                },
                "crl_mm",
            ),
            (
                DatingInput {
                    crl_mm: Some(90.5),
                    ..DatingInput::default()
                },
                "crl_mm",
            ),
            (
                DatingInput {
                    msd_mm: Some(0.0),
                    ..DatingInput::default()
                },
                "msd_mm",
            ),
            (
                DatingInput {
                    msd_mm: Some(101.0),
                    ..DatingInput::default()
                },
                "msd_mm",
            ),
        ] {
            let e = errs(&input);
            assert_eq!(e.len(), 1);
            assert_eq!(e[0].0, field);
            assert!(matches!(e[0].1, Problem::OutOfRange { .. }));
        }
        let e = errs(&DatingInput {
            crl_mm: Some(7.0),
            scan_date: Some("2026-11-21".into()),
            ..DatingInput::default()
        });
        assert_eq!(
            e,
            [(
                "scan_date".to_string(),
                Problem::BadDate {
                    expected: "a date that is not in the future"
                }
            )]
        );
        let e = errs(&DatingInput {
            crl_mm: Some(0.1),
            scan_date: Some("x".into()),
            ..DatingInput::default()
        });
        assert_eq!(e.len(), 2, "both problems at once: {e:?}");
    }

    #[test]
    fn json_shapes() {
        let input: DatingInput =
            serde_json::from_str(r#"{"lmp":"2026-10-06","cycle_days":28}"#).unwrap();
        let v = serde_json::to_value(estimate(&input, today()).unwrap()).unwrap();
        for key in [
            "method",
            "gestational_age_days",
            "weeks",
            "days",
            "due_date",
        ] {
            assert!(v.get(key).is_some(), "{key}");
        }
        assert_eq!(v["method"], "lmp");
        assert_eq!(v["due_date"], "2027-07-13");
        assert!(serde_json::from_str::<DatingInput>(r#"{"lmp":"2026-10-06","edd":"x"}"#).is_err());
    }

    #[test]
    fn every_crl_in_range_gives_an_age_within_the_expected_span() {
        let mut prev = 0;
        let mut mm = 0.5;
        while mm <= 90.0 {
            let out = crl(mm);
            assert!(out.gestational_age_days >= prev, "monotone at {mm}");
            assert_eq!(out.weeks * 7 + out.days, out.gestational_age_days);
            prev = out.gestational_age_days;
            mm += 0.5;
        }
    }
}
