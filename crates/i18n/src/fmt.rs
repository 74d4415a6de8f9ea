//! The one formatter: every number, hCG value, percent, date and time people see, in the
//! language's own way (`locale.toml`). The page, the PDF and the CLI all call these, so the same
//! fall reads "−50%" everywhere, never "-50%" in one place and "-50.0%" in another.
//!
//! Machine-readable places (JSON, CSV, FHIR, `datetime=""` attributes, form values) keep ISO 8601
//! and plain numbers; they do not come here.

use crate::Lang;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

/// Shown instead of a number that is not finite (never expected; never "NaN" on a page).
const NOT_A_NUMBER: &str = "\u{2013}";

/// A number for people: at most `max_decimals` decimals, trailing zeros dropped, thousands
/// grouped, and the true minus sign. 1234.5 → "1,234.5"; 1000 → "1,000"; −50 → "−50";
/// −0.04 with one decimal → "0" (no minus on a value that shows as zero).
pub fn number(lang: Lang, x: f64, max_decimals: usize) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    let d = lang.data();
    let s = format!("{:.*}", max_decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(s.len() + 4);
    if x < 0.0 && s.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push_str(d.minus);
    }
    let len = int.len();
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (len - k).is_multiple_of(3) {
            out.push_str(d.group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push_str(d.decimal);
        out.push_str(frac);
    }
    out
}

/// One decimal, kept even when it is zero unless the value really is whole: 63 → "63",
/// 63.04 → "63.0", 12.25 → "12.3" (halves round away from zero), 1234.5 → "1,234.5". The
/// results readings write percents and hours this way, so a value just past a guideline's line
/// (+63.04%) never reads as exactly on it.
pub fn one_decimal(lang: Lang, x: f64) -> String {
    if !x.is_finite() {
        return NOT_A_NUMBER.to_owned();
    }
    if (x - x.round()).abs() < 1e-9 {
        return number(lang, x.round(), 0);
    }
    let r = (x * 10.0).round() / 10.0;
    let mut s = number(lang, r, 1);
    if !s.contains(lang.data().decimal) {
        s.push_str(lang.data().decimal);
        s.push('0');
    }
    s
}

/// An hCG value (IU/L, the number alone): one decimal below 100, whole from 100 up, as results
/// are reported. 4.52 → "4.5"; 1699.6 → "1,700".
pub fn iu(lang: Lang, x: f64) -> String {
    number(lang, x, usize::from(x.abs() < 100.0))
}

/// An hCG value with its unit, as the language writes it (`locale.toml`): "1,700 IU/L",
/// Spanish "1,700 UI/L".
pub fn iu_per_l(lang: Lang, x: f64) -> String {
    format!("{} {}", iu(lang, x), lang.data().iu_per_l)
}

/// The hCG unit alone ("IU/L"), for a table heading or a chart line.
pub fn iu_unit(lang: Lang) -> &'static str {
    lang.data().iu_per_l
}

/// A percent without a sign of its own: "12.5%", at most one decimal.
pub fn percent(lang: Lang, p: f64) -> String {
    format!("{}%", number(lang, p, 1))
}

/// The largest change written out; beyond it the text says "more than" (a doubling every
/// minute is a typing slip, not a number to print in full).
const PERCENT_SHOWN_MAX: f64 = 100_000.0;

/// A change: "+70%", "−50%", "0%", at most one decimal. A change that shows as zero has no sign;
/// one that is not whole keeps its decimal even when it rounds to a whole number (63.04 →
/// "+63.0%"), so a value just past a guideline's line never looks exactly on it.
pub fn signed_percent(lang: Lang, p: f64) -> String {
    if p > PERCENT_SHOWN_MAX {
        return format!("> +{}%", number(lang, PERCENT_SHOWN_MAX, 0));
    }
    if p < -PERCENT_SHOWN_MAX {
        return format!("< {}%", number(lang, -PERCENT_SHOWN_MAX, 0));
    }
    let mut body = number(lang, p.abs(), 1);
    // A change just past a guideline's line (+63.04%) must not read as exactly on it (+63%).
    if body != "0"
        && !body.contains(lang.data().decimal)
        && (p.abs() - p.abs().round()).abs() > 1e-9
    {
        body.push_str(lang.data().decimal);
        body.push('0');
    }
    if body == "0" {
        "0%".to_owned()
    } else if p > 0.0 {
        format!("+{body}%")
    } else {
        format!("{}{body}%", lang.data().minus)
    }
}

/// Hours between results: "47.5".
pub fn hours(lang: Lang, h: f64) -> String {
    number(lang, h, 1)
}

/// A date in full: "7 December 2026" / "December 7, 2026".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    fill(lang, lang.data().date, Some(d), None)
}

/// A date with the month shortened: "7 Dec 2026" / "Dec 7, 2026".
pub fn date_abbrev(lang: Lang, d: NaiveDate) -> String {
    fill(lang, lang.data().date_abbrev, Some(d), None)
}

/// Day and month, for chart axes and short lists: "7 Dec" / "Dec 7".
pub fn date_short(lang: Lang, d: NaiveDate) -> String {
    fill(lang, lang.data().date_short, Some(d), None)
}

/// A date with its weekday, for the diary's day headings: "Monday 7 December 2026".
pub fn date_weekday(lang: Lang, d: NaiveDate) -> String {
    fill(lang, lang.data().date_weekday, Some(d), None)
}

/// A wall-clock time: "14:30" / "2:30 PM".
pub fn time(lang: Lang, t: NaiveTime) -> String {
    fill(lang, lang.data().time, None, Some(t))
}

/// A date and time as the person wrote it (local wall clock): "7 Dec 2026, 14:30" /
/// "Dec 7, 2026, 2:30 PM".
pub fn date_time(lang: Lang, at: NaiveDateTime) -> String {
    fill(
        lang,
        lang.data().date_time,
        Some(at.date()),
        Some(at.time()),
    )
}

/// Weeks and days of pregnancy as clinicians write them: 52 days → "7+3".
pub fn weeks_days(days: u32) -> String {
    format!("{}+{}", days / 7, days % 7)
}

/// Fills a `locale.toml` pattern. Unknown placeholders are kept as written (a tidy test checks
/// every pattern fills completely).
fn fill(lang: Lang, pattern: &str, d: Option<NaiveDate>, t: Option<NaiveTime>) -> String {
    let data = lang.data();
    let mut out = String::with_capacity(pattern.len() + 8);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        let name = |list: &[&'static str], i: u32| {
            list.get(i as usize).copied().unwrap_or_default().to_owned()
        };
        let value = match (key, d, t) {
            ("d", Some(d), _) => d.day().to_string(),
            ("y", Some(d), _) => d.year().to_string(),
            ("month", Some(d), _) => name(data.months, d.month0()),
            ("mon", Some(d), _) => name(data.months_short, d.month0()),
            ("weekday", Some(d), _) => name(data.weekdays, d.weekday().num_days_from_monday()),
            ("HH", _, Some(t)) => format!("{:02}", t.hour()),
            ("h", _, Some(t)) => t.hour12().1.to_string(),
            ("MM", _, Some(t)) => format!("{:02}", t.minute()),
            ("ampm", _, Some(t)) => {
                let pm = t.hour12().0;
                (if pm { data.pm } else { data.am }).to_owned()
            }
            _ => format!("{{{key}}}"),
        };
        out.push_str(&value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GB: Lang = Lang::EN_GB;
    const US: Lang = Lang::EN_US;

    #[test]
    fn one_decimal_keeps_the_decimal_of_a_value_that_is_not_whole() {
        assert_eq!(one_decimal(GB, 63.0), "63");
        assert_eq!(one_decimal(GB, 63.04), "63.0");
        assert_eq!(one_decimal(GB, 62.96), "63.0");
        assert_eq!(one_decimal(GB, 12.25), "12.3");
        assert_eq!(one_decimal(GB, 4.5), "4.5");
        assert_eq!(one_decimal(GB, 1234.5), "1,234.5");
        assert_eq!(one_decimal(GB, 4900.0), "4,900");
        assert_eq!(one_decimal(GB, f64::INFINITY), "\u{2013}");
    }

    #[test]
    fn numbers_read_the_way_people_write_them() {
        assert_eq!(number(GB, 1000.0, 2), "1,000");
        assert_eq!(number(GB, 1234.5, 2), "1,234.5");
        assert_eq!(number(GB, 999_999.0, 0), "999,999");
        assert_eq!(number(GB, 1_000_000.0, 2), "1,000,000");
        assert_eq!(number(GB, 4.26, 1), "4.3");
        assert_eq!(number(GB, 4.25, 2), "4.25");
        assert_eq!(number(GB, 0.0, 1), "0");
        assert_eq!(number(GB, -50.0, 1), "\u{2212}50");
        assert_eq!(number(GB, -0.04, 1), "0");
        assert_eq!(number(GB, f64::NAN, 1), "\u{2013}");
    }

    #[test]
    fn hcg_values_keep_one_decimal_below_100_only() {
        assert_eq!(iu(GB, 4.52), "4.5");
        assert_eq!(iu(GB, 5.0), "5");
        assert_eq!(iu(GB, 99.94), "99.9");
        assert_eq!(iu(GB, 1699.6), "1,700");
        assert_eq!(iu_per_l(US, 1250.0), "1,250 IU/L");
    }

    #[test]
    fn changes_carry_their_sign_and_a_true_minus() {
        assert_eq!(signed_percent(GB, 70.0), "+70%");
        assert_eq!(signed_percent(GB, -50.0), "\u{2212}50%");
        assert_eq!(signed_percent(GB, 63.0), "+63%");
        assert_eq!(signed_percent(GB, 63.04), "+63.0%");
        assert_eq!(signed_percent(GB, 62.96), "+63.0%");
        assert_eq!(signed_percent(GB, -14.96), "\u{2212}15.0%");
        assert_eq!(signed_percent(GB, -50.0), "\u{2212}50%");
        assert_eq!(signed_percent(GB, 0.01), "0%");
        assert_eq!(signed_percent(GB, 1.0e9), "> +100,000%");
        assert_eq!(signed_percent(GB, f64::MAX), "> +100,000%");
        assert_eq!(percent(GB, 12.5), "12.5%");
    }

    #[test]
    fn dates_follow_the_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let at = d.and_hms_opt(14, 5, 0).unwrap();
        assert_eq!(date(GB, d), "7 December 2026");
        assert_eq!(date(US, d), "December 7, 2026");
        assert_eq!(date_abbrev(GB, d), "7 Dec 2026");
        assert_eq!(date_short(US, d), "Dec 7");
        assert_eq!(date_weekday(GB, d), "Monday 7 December 2026");
        assert_eq!(date_weekday(US, d), "Monday, December 7, 2026");
        assert_eq!(date_time(GB, at), "7 Dec 2026, 14:05");
        assert_eq!(date_time(US, at), "Dec 7, 2026, 2:05 PM");
        assert_eq!(time(US, at.time()), "2:05 PM");
        let midnight = d.and_hms_opt(0, 30, 0).unwrap().time();
        assert_eq!(time(US, midnight), "12:30 AM");
        assert_eq!(time(GB, midnight), "00:30");
    }

    #[test]
    fn every_pattern_fills_completely() {
        let at = NaiveDate::from_ymd_opt(2026, 1, 31)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        for l in Lang::ALL {
            for text in [
                date(l, at.date()),
                date_abbrev(l, at.date()),
                date_short(l, at.date()),
                date_weekday(l, at.date()),
                time(l, at.time()),
                date_time(l, at),
            ] {
                assert!(!text.contains('{'), "{l:?}: {text}");
                assert!(!text.is_empty());
            }
        }
    }

    #[test]
    fn weeks_and_days() {
        assert_eq!(weeks_days(52), "7+3");
        assert_eq!(weeks_days(0), "0+0");
    }
}
