//! Regions: the emergency number, crisis line and the words for services differ by country.
//! Numbers are from CLINICAL.md §1 (checked 2026-11). Service names live in the Fluent files,
//! selected by the region id, so this module only holds the facts that are numbers.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
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

/// A phone number as it is shown and as it is dialled (`tel:` links).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhoneNumber {
    pub display: &'static str,
    pub dial: &'static str,
}

/// A crisis line for thoughts of suicide or self-harm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrisisLine {
    pub name: &'static str,
    pub number: PhoneNumber,
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

    /// The crisis line, where CLINICAL.md §1 lists one. `None` for "other": the person is pointed
    /// to the emergency number and their local services instead of a guessed number.
    pub const fn crisis_line(self) -> Option<CrisisLine> {
        match self {
            Region::Uk | Region::Ie => Some(CrisisLine {
                name: "Samaritans",
                number: PhoneNumber {
                    display: "116 123",
                    dial: "116123",
                },
            }),
            Region::Us | Region::Ca => Some(CrisisLine {
                name: "988 Suicide and Crisis Lifeline",
                number: PhoneNumber {
                    display: "988",
                    dial: "988",
                },
            }),
            Region::Au => Some(CrisisLine {
                name: "Lifeline",
                number: PhoneNumber {
                    display: "13 11 14",
                    dial: "131114",
                },
            }),
            Region::Nz => Some(CrisisLine {
                name: "1737, Need to talk?",
                number: PhoneNumber {
                    display: "1737",
                    dial: "1737",
                },
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
