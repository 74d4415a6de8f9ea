//! Bibliography ids. The citations themselves live in `content/sources.toml`; a test in
//! `solace-content` checks that every id here has an entry there and the other way round.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A source from CLINICAL.md's bibliography. Every rule and figure names at least one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    NiceNg126,
    NiceQs69,
    NiceNg255,
    NiceCg192,
    NhsMiscarriage,
    NhsEctopic,
    NhsFever,
    NhsPeriods,
    NhsMentalHealth,
    NhsGgcEpas,
    TommysMiscarriage,
    AcogPb200,
    AcogCo700,
    Sru2013,
    SruLexicon2024,
    Barnhart2004Rise,
    Barnhart2004Decline,
    Seeber2006,
    Steier1984,
    Robinson1975,
    Magnus2019,
    Quenby2021,
    Tong2008,
    AmmonAvalos2012,
    Chu2020,
    Schreiber2018,
    Zhang2005,
    Luise2002,
    Farren2020,
    Kroenke2001,
    Spitzer2006,
    Weathers2013,
    Higham1990,
    Loinc,
    Condous2005,
    NiceNg51,
    NhsSepsis,
    HseHyperemesis,
    HseMaternityEmergency,
    HseMiscarriageRecovery,
    HseMiscarriageCauses,
    ThewomensEpas,
    AcogRh2024,
    SmfmRh2024,
    TommysCauses,
    TommysAfter,
    PpMiscarriage,
    Yland2023,
    BpasRecovery,
    MaiAfter,
    Sundermann2017,
    CooperCameron2024,
    FsrhCap2017,
    NhsggcMethotrexate,
    Lipscomb1999,
    PlymouthMethotrexate,
    RcogGtg17,
    EshreRpl2022,
    RcogGtg38,
    HtaPregnancyRemains,
    BabyLossCertificate,
    LeedsBreastCare,
    MaErb2025,
    NzBereavement2021,
    AuCompassionate2021,
    ApaDsm5,
    UkWorkLoss,
    UkGtdCentres,
    Crisis988,
}

impl Source {
    /// Every source, in bibliography order.
    pub const ALL: [Source; 69] = [
        Source::NiceNg126,
        Source::NiceQs69,
        Source::NiceNg255,
        Source::NiceCg192,
        Source::NhsMiscarriage,
        Source::NhsEctopic,
        Source::NhsFever,
        Source::NhsPeriods,
        Source::NhsMentalHealth,
        Source::NhsGgcEpas,
        Source::TommysMiscarriage,
        Source::AcogPb200,
        Source::AcogCo700,
        Source::Sru2013,
        Source::SruLexicon2024,
        Source::Barnhart2004Rise,
        Source::Barnhart2004Decline,
        Source::Seeber2006,
        Source::Steier1984,
        Source::Robinson1975,
        Source::Magnus2019,
        Source::Quenby2021,
        Source::Tong2008,
        Source::AmmonAvalos2012,
        Source::Chu2020,
        Source::Schreiber2018,
        Source::Zhang2005,
        Source::Luise2002,
        Source::Farren2020,
        Source::Kroenke2001,
        Source::Spitzer2006,
        Source::Weathers2013,
        Source::Higham1990,
        Source::Loinc,
        Source::Condous2005,
        Source::NiceNg51,
        Source::NhsSepsis,
        Source::HseHyperemesis,
        Source::HseMaternityEmergency,
        Source::HseMiscarriageRecovery,
        Source::HseMiscarriageCauses,
        Source::ThewomensEpas,
        Source::AcogRh2024,
        Source::SmfmRh2024,
        Source::TommysCauses,
        Source::TommysAfter,
        Source::PpMiscarriage,
        Source::Yland2023,
        Source::BpasRecovery,
        Source::MaiAfter,
        Source::Sundermann2017,
        Source::CooperCameron2024,
        Source::FsrhCap2017,
        Source::NhsggcMethotrexate,
        Source::Lipscomb1999,
        Source::PlymouthMethotrexate,
        Source::RcogGtg17,
        Source::EshreRpl2022,
        Source::RcogGtg38,
        Source::HtaPregnancyRemains,
        Source::BabyLossCertificate,
        Source::LeedsBreastCare,
        Source::MaErb2025,
        Source::NzBereavement2021,
        Source::AuCompassionate2021,
        Source::ApaDsm5,
        Source::UkWorkLoss,
        Source::UkGtdCentres,
        Source::Crisis988,
    ];

    /// The stable kebab-case id, as written in CLINICAL.md and `content/sources.toml`.
    pub const fn id(self) -> &'static str {
        match self {
            Source::NiceNg126 => "nice-ng126",
            Source::NiceQs69 => "nice-qs69",
            Source::NiceNg255 => "nice-ng255",
            Source::NiceCg192 => "nice-cg192",
            Source::NhsMiscarriage => "nhs-miscarriage",
            Source::NhsEctopic => "nhs-ectopic",
            Source::NhsFever => "nhs-fever",
            Source::NhsPeriods => "nhs-periods",
            Source::NhsMentalHealth => "nhs-mental-health",
            Source::NhsGgcEpas => "nhs-ggc-epas",
            Source::TommysMiscarriage => "tommys-miscarriage",
            Source::AcogPb200 => "acog-pb200",
            Source::AcogCo700 => "acog-co700",
            Source::Sru2013 => "sru-2013",
            Source::SruLexicon2024 => "sru-lexicon-2024",
            Source::Barnhart2004Rise => "barnhart-2004-rise",
            Source::Barnhart2004Decline => "barnhart-2004-decline",
            Source::Seeber2006 => "seeber-2006",
            Source::Steier1984 => "steier-1984",
            Source::Robinson1975 => "robinson-1975",
            Source::Magnus2019 => "magnus-2019",
            Source::Quenby2021 => "quenby-2021",
            Source::Tong2008 => "tong-2008",
            Source::AmmonAvalos2012 => "ammon-avalos-2012",
            Source::Chu2020 => "chu-2020",
            Source::Schreiber2018 => "schreiber-2018",
            Source::Zhang2005 => "zhang-2005",
            Source::Luise2002 => "luise-2002",
            Source::Farren2020 => "farren-2020",
            Source::Kroenke2001 => "kroenke-2001",
            Source::Spitzer2006 => "spitzer-2006",
            Source::Weathers2013 => "weathers-2013",
            Source::Higham1990 => "higham-1990",
            Source::Loinc => "loinc",
            Source::Condous2005 => "condous-2005",
            Source::NiceNg51 => "nice-ng51",
            Source::NhsSepsis => "nhs-sepsis",
            Source::HseHyperemesis => "hse-hyperemesis",
            Source::HseMaternityEmergency => "hse-maternity-emergency",
            Source::HseMiscarriageRecovery => "hse-miscarriage-recovery",
            Source::HseMiscarriageCauses => "hse-miscarriage-causes",
            Source::ThewomensEpas => "thewomens-epas",
            Source::AcogRh2024 => "acog-rh-2024",
            Source::SmfmRh2024 => "smfm-rh-2024",
            Source::TommysCauses => "tommys-causes",
            Source::TommysAfter => "tommys-after",
            Source::PpMiscarriage => "pp-miscarriage",
            Source::Yland2023 => "yland-2023",
            Source::BpasRecovery => "bpas-recovery",
            Source::MaiAfter => "mai-after",
            Source::Sundermann2017 => "sundermann-2017",
            Source::CooperCameron2024 => "cooper-cameron-2024",
            Source::FsrhCap2017 => "fsrh-cap-2017",
            Source::NhsggcMethotrexate => "nhsggc-methotrexate",
            Source::Lipscomb1999 => "lipscomb-1999",
            Source::PlymouthMethotrexate => "plymouth-methotrexate",
            Source::RcogGtg17 => "rcog-gtg17",
            Source::EshreRpl2022 => "eshre-rpl-2022",
            Source::RcogGtg38 => "rcog-gtg38",
            Source::HtaPregnancyRemains => "hta-pregnancy-remains",
            Source::BabyLossCertificate => "baby-loss-certificate",
            Source::LeedsBreastCare => "leeds-breast-care",
            Source::MaErb2025 => "ma-erb-2025",
            Source::NzBereavement2021 => "nz-bereavement-2021",
            Source::AuCompassionate2021 => "au-compassionate-2021",
            Source::ApaDsm5 => "apa-dsm5",
            Source::UkWorkLoss => "uk-work-loss",
            Source::UkGtdCentres => "uk-gtd-centres",
            Source::Crisis988 => "crisis-988",
        }
    }
}

// Serialised by id: serde's kebab-case would split `Sru2013` as "sru2013", not "sru-2013".
impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        Source::from_id(&id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown source id `{id}`")))
    }
}

impl Source {
    pub fn from_id(id: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::Source;

    #[test]
    fn ids_are_unique_and_match_serde() {
        let mut seen = std::collections::BTreeSet::new();
        for s in Source::ALL {
            assert!(seen.insert(s.id()), "duplicate id {}", s.id());
            let json = serde_json::to_string(&s).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", s.id()));
        }
    }
}
