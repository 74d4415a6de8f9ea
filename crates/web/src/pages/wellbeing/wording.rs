//! The Fluent ids of the three questionnaires' wording, their bands and clusters (as literals, so
//! the tidy test sees every one of them), and a kept check-in in one line.

use solace_clinical::wellbeing::{Band, Questionnaire, Score};
use solace_i18n::Tr;

// ---------------------------------------------------------------------------------------------
// Message ids, as literals so the tidy test sees every one of them.
// ---------------------------------------------------------------------------------------------

const PHQ9_ITEMS: [&str; 9] = [
    "wb-phq9-item-1",
    "wb-phq9-item-2",
    "wb-phq9-item-3",
    "wb-phq9-item-4",
    "wb-phq9-item-5",
    "wb-phq9-item-6",
    "wb-phq9-item-7",
    "wb-phq9-item-8",
    "wb-phq9-item-9",
];
const GAD7_ITEMS: [&str; 7] = [
    "wb-gad7-item-1",
    "wb-gad7-item-2",
    "wb-gad7-item-3",
    "wb-gad7-item-4",
    "wb-gad7-item-5",
    "wb-gad7-item-6",
    "wb-gad7-item-7",
];
const PCL5_ITEMS: [&str; 20] = [
    "wb-pcl5-item-1",
    "wb-pcl5-item-2",
    "wb-pcl5-item-3",
    "wb-pcl5-item-4",
    "wb-pcl5-item-5",
    "wb-pcl5-item-6",
    "wb-pcl5-item-7",
    "wb-pcl5-item-8",
    "wb-pcl5-item-9",
    "wb-pcl5-item-10",
    "wb-pcl5-item-11",
    "wb-pcl5-item-12",
    "wb-pcl5-item-13",
    "wb-pcl5-item-14",
    "wb-pcl5-item-15",
    "wb-pcl5-item-16",
    "wb-pcl5-item-17",
    "wb-pcl5-item-18",
    "wb-pcl5-item-19",
    "wb-pcl5-item-20",
];
/// "Not at all" … "Nearly every day" (PHQ-9 and GAD-7), answer 0 to 3.
const FREQUENCY: [&str; 4] = ["wb-freq-0", "wb-freq-1", "wb-freq-2", "wb-freq-3"];
/// "Not at all" … "Extremely" (PCL-5), answer 0 to 4.
const PCL_OPTIONS: [&str; 5] = ["wb-pcl-0", "wb-pcl-1", "wb-pcl-2", "wb-pcl-3", "wb-pcl-4"];

/// The Fluent ids of one questionnaire's wording.
#[derive(Debug, Clone, Copy)]
pub struct Wording {
    pub name: &'static str,
    pub about: &'static str,
    pub stem: &'static str,
    pub items: &'static [&'static str],
    pub options: &'static [&'static str],
}

pub const fn wording(q: Questionnaire) -> Wording {
    match q {
        Questionnaire::Phq9 => Wording {
            name: "wb-phq9-name",
            about: "wb-phq9-about",
            stem: "wb-phq9-stem",
            items: &PHQ9_ITEMS,
            options: &FREQUENCY,
        },
        Questionnaire::Gad7 => Wording {
            name: "wb-gad7-name",
            about: "wb-gad7-about",
            stem: "wb-gad7-stem",
            items: &GAD7_ITEMS,
            options: &FREQUENCY,
        },
        Questionnaire::Pcl5 => Wording {
            name: "wb-pcl5-name",
            about: "wb-pcl5-about",
            stem: "wb-pcl5-stem",
            items: &PCL5_ITEMS,
            options: &PCL_OPTIONS,
        },
    }
}

pub(crate) fn band_name(band: Band) -> &'static str {
    match band {
        Band::Minimal => "wb-band-minimal",
        Band::Mild => "wb-band-mild",
        Band::Moderate => "wb-band-moderate",
        Band::ModeratelySevere => "wb-band-moderately-severe",
        Band::Severe => "wb-band-severe",
        Band::BelowCutPoint => "wb-band-below-cut-point",
        Band::CutPointRange => "wb-band-cut-point-range",
        Band::AboveCutPoint => "wb-band-above-cut-point",
    }
}

pub(super) fn band_meaning(q: Questionnaire, band: Band) -> &'static str {
    match (q, band) {
        (Questionnaire::Phq9, Band::Minimal) => "wb-phq9-meaning-minimal",
        (Questionnaire::Phq9, Band::Mild) => "wb-phq9-meaning-mild",
        (Questionnaire::Phq9, Band::Moderate) => "wb-phq9-meaning-moderate",
        (Questionnaire::Phq9, Band::ModeratelySevere) => "wb-phq9-meaning-moderately-severe",
        (Questionnaire::Phq9, _) => "wb-phq9-meaning-severe",
        (Questionnaire::Gad7, Band::Minimal) => "wb-gad7-meaning-minimal",
        (Questionnaire::Gad7, Band::Mild) => "wb-gad7-meaning-mild",
        (Questionnaire::Gad7, Band::Moderate) => "wb-gad7-meaning-moderate",
        (Questionnaire::Gad7, _) => "wb-gad7-meaning-severe",
        (Questionnaire::Pcl5, Band::BelowCutPoint) => "wb-pcl5-meaning-below-cut-point",
        (Questionnaire::Pcl5, Band::CutPointRange) => "wb-pcl5-meaning-cut-point-range",
        (Questionnaire::Pcl5, _) => "wb-pcl5-meaning-above-cut-point",
    }
}

pub(super) fn cluster_name(id: &str) -> &'static str {
    match id {
        "B" => "wb-cluster-B",
        "C" => "wb-cluster-C",
        "D" => "wb-cluster-D",
        _ => "wb-cluster-E",
    }
}

/// Message ids picked from tables, for the tidy test that checks every id exists.
pub fn message_ids() -> Vec<&'static str> {
    let mut ids = vec![];
    for q in Questionnaire::ALL {
        let w = wording(q);
        ids.extend([w.name, w.about, w.stem]);
        ids.extend(w.items);
        ids.extend(w.options);
        for b in q.bands() {
            ids.push(band_name(b.band));
            ids.push(band_meaning(q, b.band));
        }
        ids.extend(q.clusters().iter().map(|c| cluster_name(c.id)));
    }
    ids
}

/// One kept check-in in a line, for the diary timeline: "Mood (PHQ-9): 7 / 27, mild".
pub(crate) fn summary(tr: &Tr<'_>, score: &Score) -> String {
    format!(
        "{}: {} / {}, {}",
        tr.t(wording(score.questionnaire).name),
        score.total,
        score.max_total,
        tr.t(band_name(score.band))
    )
}
