//! The support directory: organisations that help after pregnancy loss, per region, from
//! `content/support/<region>.toml` (embedded at build time).
//!
//! Names stay as the organisations write them; what they offer and their hours are given in
//! English and Spanish ([`Org::offers_in`], [`Org::hours_in`]).
//!
//! Every entry says where and when it was checked. A phone number or opening hours appear only
//! with their own `*_verified_from`; the crisis line of each region comes first and must equal
//! CLINICAL.md §1 (tidy tests below). Web addresses are plain text for the person to open:
//! Solace never loads anything from them.
//!
//! File layout:
//! ```toml
//! region = "uk"
//! [[org]]
//! id = "samaritans"                 # kebab-case, unique in the region
//! name = "Samaritans"
//! crisis = true                     # the region's crisis line (exactly one, first)
//! offers = "…"                      # what they offer, plain words, grade ≤ 7
//! offers_es = "…"                   # the same in Spanish (usted, neutral Spanish)
//! website = "https://…"             # optional, only when checked
//! phone = "116 123"                 # optional, only with phone_verified_from
//! phone_verified_from = "CLINICAL.md §1"
//! hours = "…"                       # optional, only with hours_verified_from
//! hours_es = "…"                    # the hours in Spanish, exactly when there are hours
//! hours_verified_from = "https://…"
//! verified_on = "2026-11-23"        # when it was checked
//! verified_from = "https://…"       # where it was checked
//! note = "…"                        # optional: how it was checked, what is missing
//! ```

use serde::Deserialize;
use solace_clinical::Region;
use std::sync::OnceLock;

/// The regions with a directory, and their files.
const FILES: [(Region, &str); 6] = [
    (Region::Uk, include_str!("../../../content/support/uk.toml")),
    (Region::Ie, include_str!("../../../content/support/ie.toml")),
    (Region::Us, include_str!("../../../content/support/us.toml")),
    (Region::Ca, include_str!("../../../content/support/ca.toml")),
    (Region::Au, include_str!("../../../content/support/au.toml")),
    (Region::Nz, include_str!("../../../content/support/nz.toml")),
];

/// One organisation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Org {
    pub id: String,
    pub name: String,
    /// The region's crisis line for thoughts of suicide or self-harm.
    #[serde(default)]
    pub crisis: bool,
    /// What they offer, in plain words.
    pub offers: String,
    /// [`Org::offers`] in Spanish.
    pub offers_es: String,
    pub website: Option<String>,
    /// As shown to people; dialled as [`Org::dial`].
    pub phone: Option<String>,
    pub phone_verified_from: Option<String>,
    pub hours: Option<String>,
    /// [`Org::hours`] in Spanish.
    pub hours_es: Option<String>,
    pub hours_verified_from: Option<String>,
    /// YYYY-MM-DD.
    pub verified_on: String,
    pub verified_from: String,
    pub note: Option<String>,
}

impl Org {
    /// What they offer, in the language of `tag` (`"es"`, `"en-GB"`): Spanish or English.
    pub fn offers_in(&self, tag: &str) -> &str {
        if is_spanish(tag) {
            &self.offers_es
        } else {
            &self.offers
        }
    }

    /// Their hours, in the language of `tag`.
    pub fn hours_in(&self, tag: &str) -> Option<&str> {
        if is_spanish(tag) {
            self.hours_es.as_deref().or(self.hours.as_deref())
        } else {
            self.hours.as_deref()
        }
    }

    /// The number for a `tel:` link: the digits (and a leading `+`), nothing else.
    pub fn dial(&self) -> Option<String> {
        self.phone.as_deref().map(dial_digits)
    }
}

fn is_spanish(tag: &str) -> bool {
    crate::articles::language_of(tag) == "es"
}

/// `"1-800-944-4773"` → `"18009444773"`; a leading `+` is kept.
pub fn dial_digits(phone: &str) -> String {
    let plus = phone.trim_start().starts_with('+');
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if plus { format!("+{digits}") } else { digits }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    region: Region,
    org: Vec<Org>,
}

/// A file did not parse, or names the wrong region. Embedded at build time, so the tests catch
/// this before release.
#[derive(Debug, thiserror::Error)]
#[error("content/support/{region}.toml: {detail}")]
pub struct SupportError {
    region: &'static str,
    detail: String,
}

/// Every region's entries, in file order, or the first error.
pub fn parse_all() -> Result<Vec<(Region, Vec<Org>)>, SupportError> {
    FILES
        .iter()
        .map(|&(region, src)| {
            let file = toml::from_str::<File>(src).map_err(|e| SupportError {
                region: region.id(),
                detail: e.to_string(),
            })?;
            if file.region != region {
                return Err(SupportError {
                    region: region.id(),
                    detail: format!("says region = \"{}\"", file.region),
                });
            }
            Ok((region, file.org))
        })
        .collect()
}

fn all() -> &'static [(Region, Vec<Org>)] {
    static DIRECTORY: OnceLock<Vec<(Region, Vec<Org>)>> = OnceLock::new();
    // An unparsable file yields an empty directory here (and fails the tests).
    DIRECTORY.get_or_init(|| parse_all().unwrap_or_default())
}

/// The regions that have a directory, in display order.
pub fn regions() -> Vec<Region> {
    all().iter().map(|(r, _)| *r).collect()
}

/// A region's organisations, crisis line first. Empty for "other".
pub fn for_region(region: Region) -> &'static [Org] {
    all()
        .iter()
        .find(|(r, _)| *r == region)
        .map_or(&[], |(_, orgs)| orgs.as_slice())
}

/// The region's crisis line entry.
pub fn crisis_line(region: Region) -> Option<&'static Org> {
    for_region(region).iter().find(|o| o.crisis)
}

/// Whether `s` is a calendar date written YYYY-MM-DD.
pub fn is_iso_date(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..=2100).contains(&year) && (1..=days).contains(&day)
}

/// Whether `s` looks like a phone number: digits with single spaces or hyphens between groups,
/// an optional leading `+`, 3 to 15 digits.
pub fn looks_like_phone(s: &str) -> bool {
    let body = s.strip_prefix('+').unwrap_or(s);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    (3..=15).contains(&digits)
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        && !body.contains("  ")
        && !body.contains("--")
        && !body.contains(" -")
        && !body.contains("- ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::grade;
    use std::collections::BTreeSet;

    /// Regions with fewer than three entries, and why. Anything else needs three.
    const FEWER_THAN_THREE: &[(Region, &str)] = &[
        (
            Region::Ie,
            "Féileacáin and others could not be checked on their own pages (2026-11-23)",
        ),
        (
            Region::Ca,
            "no third national organisation could be checked on its own page (2026-11-23)",
        ),
    ];

    /// The crisis lines as CLINICAL.md §1 lists them (checked 2026-11): the dialled digits.
    const CLINICAL_MD_CRISIS: [(Region, &str); 6] = [
        (Region::Uk, "116123"),
        (Region::Ie, "116123"),
        (Region::Us, "988"),
        (Region::Ca, "988"),
        (Region::Au, "131114"),
        (Region::Nz, "1737"),
    ];

    const CLINICAL_MD: &str = "CLINICAL.md §1";

    fn directory() -> Vec<(Region, Vec<Org>)> {
        parse_all().unwrap_or_else(|e| panic!("{e}"))
    }

    fn is_address(s: &str) -> bool {
        (s.starts_with("https://") || s.starts_with("http://"))
            && s.len() > "https://".len() + 3
            && !s.contains(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\''))
    }

    fn each_org(mut f: impl FnMut(Region, &Org)) {
        for (region, orgs) in directory() {
            for o in &orgs {
                f(region, o);
            }
        }
    }

    #[test]
    fn every_file_parses_and_every_region_has_one() {
        let got: Vec<Region> = directory().into_iter().map(|(r, _)| r).collect();
        let want: Vec<Region> = Region::ALL
            .into_iter()
            .filter(|r| *r != Region::Other)
            .collect();
        let ids = |rs: &[Region]| rs.iter().map(|r| r.id()).collect::<BTreeSet<_>>();
        assert_eq!(ids(&got), ids(&want), "{got:?}");
        assert_eq!(got.len(), want.len(), "{got:?}");
        assert_eq!(regions().len(), 6);
        assert!(for_region(Region::Other).is_empty());
    }

    #[test]
    fn every_region_has_three_entries_or_says_why_not() {
        for (region, orgs) in directory() {
            let excused = FEWER_THAN_THREE.iter().find(|(r, _)| *r == region);
            match excused {
                Some((_, why)) => {
                    assert!(!why.is_empty());
                    assert!(orgs.len() >= 2, "{region}: {} entries", orgs.len());
                    assert!(orgs.len() < 3, "{region} has 3 now: drop its excuse");
                }
                None => assert!(orgs.len() >= 3, "{region}: {} entries", orgs.len()),
            }
        }
    }

    #[test]
    fn every_entry_says_when_and_where_it_was_checked() {
        each_org(|region, o| {
            assert!(
                is_iso_date(&o.verified_on),
                "{region}/{}: verified_on {:?}",
                o.id,
                o.verified_on
            );
            assert!(
                is_address(&o.verified_from) || o.verified_from == CLINICAL_MD,
                "{region}/{}: verified_from {:?}",
                o.id,
                o.verified_from
            );
            assert!(
                o.phone.is_some() || o.website.is_some(),
                "{region}/{}: neither a phone nor a web address",
                o.id
            );
        });
    }

    /// SAFETY.md: a wrong or guessed phone number. No number without where it was checked.
    #[test]
    fn phones_and_hours_only_with_their_verification() {
        each_org(|region, o| {
            let from = o.phone_verified_from.as_deref();
            match (&o.phone, from) {
                (Some(p), Some(f)) => {
                    assert!(looks_like_phone(p), "{region}/{}: phone {p:?}", o.id);
                    assert!(
                        is_address(f) || f == CLINICAL_MD,
                        "{region}/{}: phone_verified_from {f:?}",
                        o.id
                    );
                }
                (Some(p), None) => panic!("{region}/{}: phone {p:?} without a source", o.id),
                (None, Some(_)) => panic!("{region}/{}: a phone source but no phone", o.id),
                (None, None) => {}
            }
            match (&o.hours, o.hours_verified_from.as_deref()) {
                (Some(h), Some(f)) => {
                    assert!(!h.trim().is_empty());
                    assert!(
                        is_address(f),
                        "{region}/{}: hours_verified_from {f:?}",
                        o.id
                    );
                }
                (Some(h), None) => panic!("{region}/{}: hours {h:?} without a source", o.id),
                (None, Some(_)) => panic!("{region}/{}: an hours source but no hours", o.id),
                (None, None) => {}
            }
            if let Some(w) = &o.website {
                assert!(is_address(w), "{region}/{}: website {w:?}", o.id);
            }
        });
    }

    /// SAFETY.md: a crisis line that differs from CLINICAL.md §1.
    #[test]
    fn crisis_lines_equal_clinical_md_and_come_first() {
        let dir = directory();
        for (region, want) in CLINICAL_MD_CRISIS {
            let orgs = &dir.iter().find(|(r, _)| *r == region).expect("region").1;
            let crisis: Vec<&Org> = orgs.iter().filter(|o| o.crisis).collect();
            assert_eq!(crisis.len(), 1, "{region}: one crisis line");
            let c = crisis[0];
            assert!(orgs[0].crisis, "{region}: the crisis line comes first");
            assert_eq!(c.dial().as_deref(), Some(want), "{region}");
            assert_eq!(c.phone_verified_from.as_deref(), Some(CLINICAL_MD));
            // The same number the triage actions and every page's messages use.
            let line = region.crisis_line().expect("crisis line");
            assert_eq!(line.number.dial, want, "{region}: Region::crisis_line");
            // The same name too: the US and Canadian 988 lines are two services (CLINICAL.md §1).
            assert_eq!(c.name, line.name, "{region}: the line's own name");
            assert_eq!(dial_digits(line.number.display), want);
        }
    }

    #[test]
    fn no_duplicates() {
        for (region, orgs) in directory() {
            let mut ids = BTreeSet::new();
            let mut names = BTreeSet::new();
            let mut phones = BTreeSet::new();
            let mut sites = BTreeSet::new();
            for o in &orgs {
                assert!(
                    !o.id.is_empty()
                        && o.id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                    "{region}: id {:?} is not kebab-case",
                    o.id
                );
                assert!(ids.insert(o.id.clone()), "{region}: id {} twice", o.id);
                assert!(names.insert(o.name.clone()), "{region}: {} twice", o.name);
                if let Some(d) = o.dial() {
                    assert!(phones.insert(d.clone()), "{region}: number {d} twice");
                }
                if let Some(w) = &o.website {
                    assert!(sites.insert(w.clone()), "{region}: {w} twice");
                }
            }
        }
    }

    #[test]
    fn what_they_offer_is_plain_and_short() {
        each_org(|region, o| {
            let g = grade(&o.offers).grade;
            assert!(g <= 7.0, "{region}/{}: grade {g:.2}: {}", o.id, o.offers);
            assert!(
                (20..=300).contains(&o.offers.len()),
                "{region}/{}: {} characters",
                o.id,
                o.offers.len()
            );
            let all = format!(
                "{} {} {} {}",
                o.name,
                o.offers,
                o.hours.as_deref().unwrap_or(""),
                o.note.as_deref().unwrap_or("")
            )
            .to_lowercase();
            for bad in ["todo", "tbd", "xxx", "lorem", "fixme", "example.com"] {
                assert!(!all.contains(bad), "{region}/{}: {bad}", o.id);
            }
        });
    }

    /// Issue 17: every entry says what it offers in Spanish (and its hours, where it has some),
    /// with the same numbers as the English, in plain Spanish.
    #[test]
    fn every_entry_has_its_spanish_words() {
        let digits = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_ascii_digit())
                .filter(|d| !d.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let mut spanish = String::new();
        each_org(|region, o| {
            let es = o.offers_es.trim();
            assert!(
                !es.is_empty() && es != o.offers.trim(),
                "{region}/{}: offers_es must say it in Spanish",
                o.id
            );
            assert!(
                (20..=300).contains(&es.chars().count()),
                "{region}/{}: offers_es is {} characters",
                o.id,
                es.chars().count()
            );
            assert_eq!(digits(&o.offers), digits(es), "{region}/{}: numbers", o.id);
            match (&o.hours, &o.hours_es) {
                (Some(h), Some(e)) => {
                    assert!(
                        !e.trim().is_empty() && e != h,
                        "{region}/{}: hours_es",
                        o.id
                    );
                    assert_eq!(digits(h), digits(e), "{region}/{}: hours' numbers", o.id);
                }
                (None, None) => {}
                _ => panic!("{region}/{}: hours_es exactly when there are hours", o.id),
            }
            assert!(o.offers_in("es") == es && o.offers_in("en-GB") == o.offers);
            assert_eq!(o.hours_in("es"), o.hours_es.as_deref());
            assert_eq!(o.hours_in("en-US"), o.hours.as_deref());
            // "usted", never "tú".
            for tu in [" tú ", " te ", " tu ", " puedes ", " tienes "] {
                assert!(
                    !format!(" {} ", es.to_lowercase()).contains(tu),
                    "{region}/{}: {tu:?}",
                    o.id
                );
            }
            spanish.push_str(es);
            spanish.push('\n');
        });
        let score = crate::inflesz::inflesz(&spanish).score;
        assert!(score >= crate::inflesz::MIN_SCORE, "INFLESZ {score:.1}");
    }

    #[test]
    fn checks_reject_what_they_should() {
        assert!(is_iso_date("2026-11-23"));
        assert!(is_iso_date("2028-02-29"));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-11-31",
            "26-11-23",
            "2026-1-23",
            "soon",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
        for ok in [
            "116 123",
            "988",
            "1-800-944-4773",
            "01924 200799",
            "+44 20 7946 0000",
        ] {
            assert!(looks_like_phone(ok), "{ok}");
        }
        for bad in [
            "12",
            "call us",
            "0800 TOMMYS",
            "0800  123",
            "123-",
            "tel:999",
            "",
        ] {
            assert!(!looks_like_phone(bad), "{bad}");
        }
        assert_eq!(dial_digits("13 11 14"), "131114");
        assert_eq!(dial_digits("+44 1924 200799"), "+441924200799");
    }
}
