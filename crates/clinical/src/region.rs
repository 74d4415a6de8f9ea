//! Regions: the emergency number, crisis line and the words for services differ by country.
//! Numbers are from CLINICAL.md §1 (checked 2026-11). Service names live in the Fluent files,
//! selected by the region id, so this module only holds the facts that are numbers.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Region {
    #[default]
    Uk,
    Us,
    Ie,
    Ca,
    Au,
    Nz,
    Other,
}

/// A family of guidelines for reading results: UK (NICE NG126) or US (SRU 2013, ACOG,
/// Barnhart 2004, Seeber 2006). See [`Region::leading_guidance`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Guidance {
    Nice,
    Us,
}

/// A phone number as it is shown and as it is dialled (`tel:` links).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhoneNumber {
    pub display: &'static str,
    pub dial: &'static str,
}

/// A crisis line for thoughts of suicide or self-harm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrisisLine {
    /// The line's own name, exactly as CLINICAL.md §1 gives it.
    pub name: &'static str,
    pub number: PhoneNumber,
    /// The number to text, where the line also takes text messages (`sms:` links).
    pub text: Option<&'static str>,
}

impl Region {
    pub const ALL: [Region; 7] = [
        Region::Uk,
        Region::Ie,
        Region::Us,
        Region::Ca,
        Region::Au,
        Region::Nz,
        Region::Other,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Region::Uk => "uk",
            Region::Us => "us",
            Region::Ie => "ie",
            Region::Ca => "ca",
            Region::Au => "au",
            Region::Nz => "nz",
            Region::Other => "other",
        }
    }

    /// The number to call in an emergency. CLINICAL.md §1: uk 999, us 911, ie 112 or 999, ca 911,
    /// au 000, nz 111, other 112. In the UK, 111 is the non-emergency NHS line: never use it here.
    pub const fn emergency_number(self) -> PhoneNumber {
        match self {
            Region::Uk => PhoneNumber {
                display: "999",
                dial: "999",
            },
            Region::Us | Region::Ca => PhoneNumber {
                display: "911",
                dial: "911",
            },
            Region::Ie => PhoneNumber {
                display: "112 or 999",
                dial: "112",
            },
            Region::Au => PhoneNumber {
                display: "000",
                dial: "000",
            },
            Region::Nz => PhoneNumber {
                display: "111",
                dial: "111",
            },
            Region::Other => PhoneNumber {
                display: "112",
                dial: "112",
            },
        }
    }

    /// The crisis line, where CLINICAL.md §1 lists one (checked 2026-12). The US and Canada
    /// both use 988, but they are two services with two names: the US "988 Suicide & Crisis
    /// Lifeline" [crisis-988 S] and Canada's "9-8-8: Suicide Crisis Helpline" (since 30 Nov 2023)
    /// [crisis-988 V]; both take calls and texts at 988. `None` for "other": the person is
    /// pointed to the emergency number and their local services instead of a guessed number.
    pub const fn crisis_line(self) -> Option<CrisisLine> {
        match self {
            Region::Uk | Region::Ie => Some(CrisisLine {
                name: "Samaritans",
                number: PhoneNumber {
                    display: "116 123",
                    dial: "116123",
                },
                text: None,
            }),
            Region::Us => Some(CrisisLine {
                name: "988 Suicide & Crisis Lifeline",
                number: PhoneNumber {
                    display: "988",
                    dial: "988",
                },
                text: Some("988"),
            }),
            Region::Ca => Some(CrisisLine {
                name: "9-8-8: Suicide Crisis Helpline",
                number: PhoneNumber {
                    display: "988",
                    dial: "988",
                },
                text: Some("988"),
            }),
            Region::Au => Some(CrisisLine {
                name: "Lifeline",
                number: PhoneNumber {
                    display: "13 11 14",
                    dial: "131114",
                },
                text: None,
            }),
            Region::Nz => Some(CrisisLine {
                name: "1737, Need to talk?",
                number: PhoneNumber {
                    display: "1737",
                    dial: "1737",
                },
                text: None,
            }),
            Region::Other => None,
        }
    }

    /// The non-emergency line for same-day advice, where CLINICAL.md §1 names one: NHS 111 in the
    /// UK (checked 2026-12). Elsewhere the same-day service is the person's own unit or doctor,
    /// whose number Solace does not know, so none is guessed.
    pub const fn same_day_line(self) -> Option<PhoneNumber> {
        match self {
            Region::Uk => Some(PhoneNumber {
                display: "111",
                dial: "111",
            }),
            _ => None,
        }
    }

    /// The rule set results pages (hCG, scan) lead with, alone, as the reading; the other sits
    /// under "What other guidelines say". CLINICAL.md keeps UK (NICE NG126) and US (SRU 2013,
    /// ACOG, Barnhart/Seeber) rule sets apart and labels each reading; which one leads is
    /// Solace's choice (checked 2026-12):
    /// - uk, ie: NICE, the guidance their early pregnancy units follow (the HSE's units use it too).
    /// - us, ca: the US rule sets, which US and Canadian reports are written against.
    /// - au, nz, other: NICE, because where the two differ it is the more cautious: under NICE one
    ///   scan never diagnoses a loss (a second opinion or rescan always comes first, where SRU
    ///   can call a loss from one scan), and every hCG change between its two bands goes to a
    ///   clinical review within 24 hours. CLINICAL.md holds no Australian or New Zealand rule
    ///   set to prefer.
    pub const fn leading_guidance(self) -> Guidance {
        match self {
            Region::Us | Region::Ca => Guidance::Us,
            Region::Uk | Region::Ie | Region::Au | Region::Nz | Region::Other => Guidance::Nice,
        }
    }

    /// Whether people here usually read US spelling and words (ER, OB-GYN, quarter).
    pub const fn prefers_us_english(self) -> bool {
        matches!(self, Region::Us)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The text was not one of the region ids.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected one of uk, us, ie, ca, au, nz, other")]
pub struct UnknownRegion;

impl FromStr for Region {
    type Err = UnknownRegion;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Region::ALL
            .into_iter()
            .find(|r| r.id() == s)
            .ok_or(UnknownRegion)
    }
}

#[cfg(test)]
mod tests {
    use super::Region;

    #[test]
    fn uk_emergency_is_999_never_111() {
        assert_eq!(Region::Uk.emergency_number().dial, "999");
        assert_eq!(Region::Nz.emergency_number().dial, "111");
    }

    #[test]
    fn every_region_round_trips_through_its_id() {
        for r in Region::ALL {
            assert_eq!(r.id().parse::<Region>(), Ok(r));
        }
        assert!("gb".parse::<Region>().is_err());
    }

    /// SAFETY.md W7: the US and Canadian lines are two services with their own names
    /// (CLINICAL.md §1, 2026-12), both reached by call or text at 988.
    #[test]
    fn crisis_lines_are_named_as_clinical_md_names_them() {
        let line = |r: Region| r.crisis_line().expect("crisis line");
        assert_eq!(line(Region::Us).name, "988 Suicide & Crisis Lifeline");
        assert_eq!(line(Region::Ca).name, "9-8-8: Suicide Crisis Helpline");
        assert_ne!(line(Region::Us).name, line(Region::Ca).name);
        for r in [Region::Us, Region::Ca] {
            assert_eq!(line(r).number.dial, "988", "{r}");
            assert_eq!(line(r).text, Some("988"), "{r}: call or text 988");
        }
        assert_eq!(line(Region::Uk).name, "Samaritans");
        assert_eq!(line(Region::Uk).number.dial, "116123");
        assert_eq!(line(Region::Uk).text, None);
        assert_eq!(line(Region::Au).number.dial, "131114");
        assert_eq!(line(Region::Nz).number.dial, "1737");
        assert!(Region::Other.crisis_line().is_none());
    }

    /// SAFETY.md R7: uk/ie lead with NICE, us/ca with the US rule sets, the rest with NICE.
    #[test]
    fn results_lead_with_the_regions_guidance() {
        use super::Guidance;
        let got: Vec<_> = Region::ALL
            .iter()
            .map(|r| (r.id(), r.leading_guidance()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("uk", Guidance::Nice),
                ("ie", Guidance::Nice),
                ("us", Guidance::Us),
                ("ca", Guidance::Us),
                ("au", Guidance::Nice),
                ("nz", Guidance::Nice),
                ("other", Guidance::Nice)
            ]
        );
    }

    #[test]
    fn numbers_match_clinical_md() {
        let got: Vec<_> = Region::ALL
            .iter()
            .map(|r| (r.id(), r.emergency_number().dial))
            .collect();
        assert_eq!(
            got,
            vec![
                ("uk", "999"),
                ("ie", "112"),
                ("us", "911"),
                ("ca", "911"),
                ("au", "000"),
                ("nz", "111"),
                ("other", "112")
            ]
        );
    }
}
