//! Ways to manage a miscarriage (CLINICAL.md §6), as data: waiting (expectant), medicines, and
//! surgery (uterine aspiration). For each: what happens, how long, how often it works (every figure
//! with its source and confidence), and questions to ask. UK (NICE) and US (ACOG) advice are kept
//! apart: a guideline's fact names its guideline. The questions are Solace's own words.

use std::borrow::Cow;

use serde::Serialize;

use crate::risk::{Amount, Confidence, Figure, Qualifier, Shown, Topic};
use crate::sources::Source;
use crate::words::Words;

/// The guideline a fact comes from, when it is one guideline's advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Guideline {
    #[serde(rename = "nice-ng126")]
    NiceNg126,
    #[serde(rename = "acog-pb200")]
    AcogPb200,
}

/// A statement without a number to compute, with its sources.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// The sentence's message id (for other languages).
    #[serde(skip)]
    pub msg: &'static str,
    pub text: Cow<'static, str>,
    /// Set when this is one guideline's advice (UK and US differ).
    pub guideline: Option<Guideline>,
    pub sources: &'static [Source],
    pub confidence: Confidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OptionId {
    Expectant,
    Medication,
    Surgery,
}

/// Which miscarriage a medicine plan is for. NICE gives one plan for each (CLINICAL.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MiscarriageType {
    /// The pregnancy has stopped growing but has not started to come away.
    Missed,
    /// Some of the pregnancy has already come away.
    Incomplete,
}

/// One guideline's medicine plan for one type of miscarriage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Regimen {
    pub for_type: MiscarriageType,
    /// `when`'s message id.
    #[serde(skip)]
    pub when_msg: &'static str,
    /// What the plan is for, in plain words ("If nothing has come away yet (missed miscarriage)").
    pub when: Cow<'static, str>,
    pub fact: Fact,
}

/// One way to manage a miscarriage, as data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ManagementOption {
    pub id: OptionId,
    pub name: &'static str,
    /// `name`'s message id.
    pub name_msg: &'static str,
    pub what_happens: &'static [Fact],
    /// NICE's medicine plans, one per type of miscarriage, shown apart (medication only).
    pub regimens: &'static [Regimen],
    pub how_long: &'static [Fact],
    pub how_often_it_works: &'static [Figure],
    /// 3 to 5 questions to ask the care team.
    pub questions: &'static [&'static str],
    /// The questions' message ids, in the same order.
    pub question_msgs: &'static [&'static str],
}

/// A [`ManagementOption`] ready to show, with computed "X in 100" wording on each figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionView {
    pub id: OptionId,
    pub name: Cow<'static, str>,
    #[serde(skip)]
    pub name_msg: &'static str,
    pub what_happens: Vec<Fact>,
    pub regimens: Vec<Regimen>,
    pub how_long: Vec<Fact>,
    pub how_often_it_works: Vec<Shown>,
    pub questions: Vec<Cow<'static, str>>,
    #[serde(skip)]
    pub question_msgs: &'static [&'static str],
}

impl Fact {
    /// The sentence as a message id.
    #[must_use]
    pub fn words(&self) -> Words {
        Words::id(self.msg)
    }
}

impl ManagementOption {
    #[must_use]
    pub fn view(&self) -> OptionView {
        OptionView {
            id: self.id,
            name: Cow::Borrowed(self.name),
            name_msg: self.name_msg,
            what_happens: self.what_happens.to_vec(),
            regimens: self.regimens.to_vec(),
            how_long: self.how_long.to_vec(),
            how_often_it_works: self.how_often_it_works.iter().map(Figure::show).collect(),
            questions: self.questions.iter().map(|q| Cow::Borrowed(*q)).collect(),
            question_msgs: self.question_msgs,
        }
    }
}

const fn pct(value: f64) -> Amount {
    Amount::Percent {
        value,
        qualifier: Qualifier::About,
        ci95: None,
    }
}

const fn figure(
    id: &'static str,
    text: &'static str,
    value: f64,
    sources: &'static [Source],
    confidence: Confidence,
) -> Figure {
    Figure {
        id,
        topic: Topic::Management,
        text,
        amount: pct(value),
        sources,
        confidence,
    }
}

// ---------------------------------------------------------------------------------------------
// Waiting (expectant management)
// ---------------------------------------------------------------------------------------------

/// Expectant management figures, checked 2026-11. CLINICAL.md cites "nice-ng126 S, luise-2002 V"
/// for the whole line; the 70 % is given both sources and the weaker confidence (S), the
/// by-type figures are Luise's (V). ACOG's ~80 % up to 8 weeks is `acog-pb200` (S).
pub const EXPECTANT_FIGURES: [Figure; 6] = [
    figure(
        "expectant-complete-within-14-days",
        "About 70 in 100 women had a complete miscarriage within 14 days of waiting (70%).",
        70.0,
        &[Source::Luise2002, Source::NiceNg126],
        Confidence::Secondary,
    ),
    figure(
        "expectant-complete-without-surgery",
        "Overall, about 81 in 100 women who waited did not need surgery (81%).",
        81.0,
        &[Source::Luise2002],
        Confidence::Verified,
    ),
    figure(
        "expectant-incomplete",
        "When bleeding had already started and some tissue had passed (incomplete miscarriage), about 91 in 100 completed without surgery (91%).",
        91.0,
        &[Source::Luise2002],
        Confidence::Verified,
    ),
    figure(
        "expectant-missed",
        "When nothing had passed yet (missed miscarriage), about 76 in 100 completed without surgery (76%).",
        76.0,
        &[Source::Luise2002],
        Confidence::Verified,
    ),
    figure(
        "expectant-sac-without-embryo",
        "When the pregnancy sac had no embryo in it, about 66 in 100 completed without surgery (66%).",
        66.0,
        &[Source::Luise2002],
        Confidence::Verified,
    ),
    figure(
        "expectant-acog-up-to-8-weeks",
        "US guidance (ACOG): waiting up to 8 weeks works for about 80 in 100 women (80%).",
        80.0,
        &[Source::AcogPb200],
        Confidence::Secondary,
    ),
];

pub const EXPECTANT: ManagementOption = ManagementOption {
    id: OptionId::Expectant,
    name_msg: "options-name-expectant",
    name: "Waiting for it to happen naturally (expectant care)",
    what_happens: &[Fact {
        msg: "options-expectant-what",
        text: Cow::Borrowed(
            "You wait at home for the pregnancy to pass on its own. It comes away with bleeding and cramping pain.",
        ),
        guideline: None,
        sources: &[Source::NhsMiscarriage],
        confidence: Confidence::Secondary,
    }],
    regimens: &[],
    how_long: &[
        Fact {
            msg: "options-expectant-how-long-nice",
            text: Cow::Borrowed("UK guidance (NICE): waiting is offered first, for 7 to 14 days."),
            guideline: Some(Guideline::NiceNg126),
            sources: &[Source::NiceNg126],
            confidence: Confidence::Secondary,
        },
        Fact {
            msg: "options-expectant-how-long-acog",
            text: Cow::Borrowed("US guidance (ACOG): waiting can go on for up to 8 weeks."),
            guideline: Some(Guideline::AcogPb200),
            sources: &[Source::AcogPb200],
            confidence: Confidence::Secondary,
        },
    ],
    how_often_it_works: &EXPECTANT_FIGURES,
    questions: &[
        "How long should I wait before we talk about other choices?",
        "How much bleeding and pain should I expect, and when should I call you?",
        "Which pain relief can I take at home?",
        "Who do I call at night or at the weekend?",
        "How will we know it is complete?",
    ],
    question_msgs: &[
        "options-q-expectant-1",
        "options-q-expectant-2",
        "options-q-expectant-3",
        "options-q-expectant-4",
        "options-q-expectant-5",
    ],
};

// ---------------------------------------------------------------------------------------------
// Medicines (medical management)
// ---------------------------------------------------------------------------------------------

/// Medical management figures (all V in the papers' own text), checked 2026-11.
pub const MEDICATION_FIGURES: [Figure; 8] = [
    figure(
        "medication-chu-both-by-day-7",
        "With mifepristone then misoprostol, about 83 in 100 women had passed the pregnancy by day 7 (83%).",
        83.0,
        &[Source::Chu2020],
        Confidence::Verified,
    ),
    figure(
        "medication-chu-misoprostol-alone-by-day-7",
        "With misoprostol alone, about 76 in 100 women had passed the pregnancy by day 7 (76%).",
        76.0,
        &[Source::Chu2020],
        Confidence::Verified,
    ),
    figure(
        "medication-schreiber-both-complete",
        "With both medicines, about 84 in 100 women were complete by the first check-up (83.8%).",
        83.8,
        &[Source::Schreiber2018],
        Confidence::Verified,
    ),
    figure(
        "medication-schreiber-misoprostol-alone-complete",
        "With misoprostol alone, about 67 in 100 women were complete by the first check-up (67.1%).",
        67.1,
        &[Source::Schreiber2018],
        Confidence::Verified,
    ),
    figure(
        "medication-schreiber-both-needed-aspiration",
        "With both medicines, about 9 in 100 women then needed a procedure to empty the womb (8.8%).",
        8.8,
        &[Source::Schreiber2018],
        Confidence::Verified,
    ),
    figure(
        "medication-schreiber-misoprostol-alone-needed-aspiration",
        "With misoprostol alone, about 24 in 100 women then needed a procedure to empty the womb (23.5%).",
        23.5,
        &[Source::Schreiber2018],
        Confidence::Verified,
    ),
    figure(
        "medication-zhang-misoprostol-by-day-3",
        "With misoprostol alone, about 71 in 100 women were complete by day 3 (71%).",
        71.0,
        &[Source::Zhang2005],
        Confidence::Verified,
    ),
    figure(
        "medication-zhang-misoprostol-by-day-8",
        "With misoprostol alone, about 84 in 100 women were complete by day 8 (84%).",
        84.0,
        &[Source::Zhang2005],
        Confidence::Verified,
    ),
];

/// NICE's two medicine plans, apart (CLINICAL.md §6, `nice-ng126` S, checked 2026-12). For a
/// missed miscarriage CLINICAL.md gives the plan: mifepristone 200 mg by mouth, then misoprostol
/// 800 micrograms 48 hours later (NICE 2023). For an incomplete miscarriage it gives no medicine
/// or dose, so none is shown: only that NICE's plan differs and the care team gives it.
pub const NICE_REGIMENS: [Regimen; 2] = [
    Regimen {
        for_type: MiscarriageType::Missed,
        when_msg: "options-regimen-missed-when",
        when: Cow::Borrowed("If the pregnancy has not started to come away (a missed miscarriage)"),
        fact: Fact {
            msg: "options-regimen-missed",
            text: Cow::Borrowed(
                "UK guidance (NICE, 2023): a mifepristone tablet (200 mg) by mouth, then misoprostol (800 micrograms) 48 hours later.",
            ),
            guideline: Some(Guideline::NiceNg126),
            sources: &[Source::NiceNg126],
            confidence: Confidence::Secondary,
        },
    },
    Regimen {
        for_type: MiscarriageType::Incomplete,
        when_msg: "options-regimen-incomplete-when",
        when: Cow::Borrowed(
            "If some of the pregnancy has already come away (an incomplete miscarriage)",
        ),
        fact: Fact {
            msg: "options-regimen-incomplete",
            text: Cow::Borrowed(
                "UK guidance (NICE) has a different medicine plan for this. Your care team will tell you which medicine and dose are right for you.",
            ),
            guideline: Some(Guideline::NiceNg126),
            sources: &[Source::NiceNg126],
            confidence: Confidence::Secondary,
        },
    },
];

pub const MEDICATION: ManagementOption = ManagementOption {
    id: OptionId::Medication,
    name_msg: "options-name-medication",
    name: "Taking medicines to help the pregnancy pass (medical management)",
    regimens: &NICE_REGIMENS,
    what_happens: &[
        Fact {
            msg: "options-medication-what-acog",
            text: Cow::Borrowed(
                "US guidance (ACOG): the same two medicines, with the misoprostol 24 hours later.",
            ),
            guideline: Some(Guideline::AcogPb200),
            sources: &[Source::AcogPb200],
            confidence: Confidence::Secondary,
        },
        Fact {
            msg: "options-medication-what-alone",
            text: Cow::Borrowed(
                "Some places use misoprostol alone. The studies below compare the two ways.",
            ),
            guideline: None,
            sources: &[Source::Chu2020, Source::Schreiber2018, Source::Zhang2005],
            confidence: Confidence::Verified,
        },
    ],
    how_long: &[
        Fact {
            msg: "options-medication-how-long-nice",
            text: Cow::Borrowed(
                "UK guidance (NICE): bleeding may last up to 3 weeks after the medicines.",
            ),
            guideline: Some(Guideline::NiceNg126),
            sources: &[Source::NiceNg126],
            confidence: Confidence::Secondary,
        },
        HEAVIEST_FIRST_DAYS,
    ],
    how_often_it_works: &MEDICATION_FIGURES,
    questions: &[
        "When should the bleeding start, and what do I do if it does not?",
        "What pain relief and anti-sickness medicine will I have?",
        "Can I take the medicines at home, or do I come in?",
        "What happens if the medicines do not work?",
        "Who do I call if the bleeding gets very heavy?",
    ],
    question_msgs: &[
        "options-q-medication-1",
        "options-q-medication-2",
        "options-q-medication-3",
        "options-q-medication-4",
        "options-q-medication-5",
    ],
};

// ---------------------------------------------------------------------------------------------
// Surgery (uterine aspiration)
// ---------------------------------------------------------------------------------------------

/// Surgical management: 97 % complete. `zhang-2005` (V), checked 2026-11.
pub const SURGERY_FIGURES: [Figure; 1] = [figure(
    "surgery-zhang-complete",
    "After the procedure, about 97 in 100 women were complete (97%).",
    97.0,
    &[Source::Zhang2005],
    Confidence::Verified,
)];

pub const SURGERY: ManagementOption = ManagementOption {
    id: OptionId::Surgery,
    name_msg: "options-name-surgery",
    name: "A procedure to empty the womb (surgical management)",
    what_happens: &[Fact {
        msg: "options-surgery-what",
        text: Cow::Borrowed(
            "A doctor empties the womb with gentle suction. This is called uterine aspiration.",
        ),
        guideline: None,
        sources: &[Source::Zhang2005, Source::AcogPb200],
        confidence: Confidence::Verified,
    }],
    regimens: &[],
    how_long: &[Fact {
        msg: "options-surgery-how-long",
        text: Cow::Borrowed("It is done on a day you plan with your care team."),
        guideline: None,
        sources: &[Source::AcogPb200],
        confidence: Confidence::Secondary,
    }],
    how_often_it_works: &SURGERY_FIGURES,
    questions: &[
        "When can it be done, and how long will I be there?",
        "Will I be awake with numbing medicine, or asleep?",
        "What are the risks, and how common are they?",
        "How much bleeding and pain is normal afterwards?",
        "Can the tissue be tested, if I would like that?",
    ],
    question_msgs: &[
        "options-q-surgery-1",
        "options-q-surgery-2",
        "options-q-surgery-3",
        "options-q-surgery-4",
        "options-q-surgery-5",
    ],
};

/// All three, in the order NICE offers them (waiting first).
pub const OPTIONS: [ManagementOption; 3] = [EXPECTANT, MEDICATION, SURGERY];

/// "Heaviest in the first ~8 days" (CLINICAL.md §6), said of the group it comes from: the one
/// study in §6 that followed bleeding to day 8, a US trial of women who used misoprostol alone for
/// a first-trimester miscarriage (`zhang-2005`; its completion figures are V). CLINICAL.md gives
/// this line no confidence mark of its own, so it stays "approximately" (U). Checked 2026-12.
pub const HEAVIEST_FIRST_DAYS: Fact = Fact {
    msg: "options-heaviest-first-days",
    text: Cow::Borrowed(HEAVIEST_FIRST_DAYS_TEXT),
    guideline: None,
    sources: &[Source::Zhang2005],
    confidence: Confidence::Unverified,
};

/// [`HEAVIEST_FIRST_DAYS`]'s sentence, shared with the diary's expected course.
pub const HEAVIEST_FIRST_DAYS_TEXT: &str = "In one US study, women took misoprostol alone for a miscarriage. Their bleeding was heaviest in approximately the first 8 days.";

/// After any of them.
pub const AFTERCARE: [Fact; 4] = [
    Fact {
        msg: "options-aftercare-test",
        text: Cow::Borrowed(
            "After waiting or medicines, NICE advises a urine pregnancy test 3 weeks later. If it is positive, contact your early pregnancy unit.",
        ),
        guideline: Some(Guideline::NiceNg126),
        sources: &[Source::NiceNg126],
        confidence: Confidence::Secondary,
    },
    Fact {
        msg: "options-aftercare-periods",
        text: Cow::Borrowed("Periods usually come back after 4 to 6 weeks."),
        guideline: None,
        sources: &[Source::TommysAfter, Source::MaiAfter],
        confidence: Confidence::Verified,
    },
    Fact {
        msg: "options-aftercare-no-period",
        text: Cow::Borrowed("If you have had no period by about 8 weeks, see your doctor."),
        guideline: None,
        sources: &[Source::NhsPeriods],
        confidence: Confidence::Secondary,
    },
    Fact {
        msg: "options-aftercare-get-help",
        text: Cow::Borrowed(
            "Get help at once for heavy bleeding (soaking 2 full-size pads in an hour), bad pain, a fever or smelly discharge, or feeling faint.",
        ),
        guideline: None,
        sources: &[
            Source::NhsGgcEpas,
            Source::NhsMiscarriage,
            Source::TommysMiscarriage,
        ],
        confidence: Confidence::Secondary,
    },
];

/// The three options ready to show.
#[must_use]
pub fn options() -> Vec<OptionView> {
    OPTIONS.iter().map(ManagementOption::view).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn value(f: &Figure) -> f64 {
        match f.amount {
            Amount::Percent { value, .. } | Amount::OddsRatio { value } => value,
            Amount::PercentRange { low, .. } => low,
        }
    }

    #[test]
    fn three_options_with_3_to_5_questions_each() {
        let ids: Vec<OptionId> = OPTIONS.iter().map(|o| o.id).collect();
        assert_eq!(
            ids,
            [OptionId::Expectant, OptionId::Medication, OptionId::Surgery]
        );
        for o in OPTIONS {
            assert!((3..=5).contains(&o.questions.len()), "{:?}", o.id);
            assert!(o.questions.iter().all(|q| q.ends_with('?')));
            assert!(
                !o.what_happens.is_empty()
                    && !o.how_long.is_empty()
                    && !o.how_often_it_works.is_empty()
            );
        }
    }

    #[test]
    fn every_fact_and_figure_has_a_source_and_unique_ids() {
        let mut ids = BTreeSet::new();
        for o in OPTIONS {
            for f in o.how_often_it_works {
                assert!(ids.insert(f.id), "duplicate {}", f.id);
                assert!(!f.sources.is_empty(), "{}", f.id);
                assert_ne!(f.confidence, Confidence::Unverified);
                let lower = f.text.to_lowercase();
                assert!(lower.contains(&f.in_100().unwrap()), "{}: {}", f.id, f.text);
                assert!(
                    lower.contains(&f.percent_text().unwrap()),
                    "{}: {}",
                    f.id,
                    f.text
                );
            }
            for fact in o.what_happens.iter().chain(o.how_long) {
                assert!(!fact.sources.is_empty(), "{}", fact.text);
            }
        }
        for fact in AFTERCARE {
            assert!(!fact.sources.is_empty());
        }
    }

    #[test]
    fn figures_match_clinical_md() {
        let vals = |fs: &[Figure]| fs.iter().map(value).collect::<Vec<_>>();
        assert_eq!(
            vals(&EXPECTANT_FIGURES),
            [70.0, 81.0, 91.0, 76.0, 66.0, 80.0]
        );
        assert_eq!(
            vals(&MEDICATION_FIGURES),
            [83.0, 76.0, 83.8, 67.1, 8.8, 23.5, 71.0, 84.0]
        );
        assert_eq!(vals(&SURGERY_FIGURES), [97.0]);
    }

    #[test]
    fn uk_and_us_advice_are_labelled() {
        for o in OPTIONS {
            for fact in o.what_happens.iter().chain(o.how_long) {
                match fact.guideline {
                    Some(Guideline::NiceNg126) => {
                        assert!(fact.text.contains("NICE"), "{}", fact.text);
                        assert!(fact.sources.contains(&Source::NiceNg126));
                    }
                    Some(Guideline::AcogPb200) => {
                        assert!(fact.text.contains("ACOG"), "{}", fact.text);
                        assert!(fact.sources.contains(&Source::AcogPb200));
                    }
                    None => {}
                }
            }
        }
        let med = MEDICATION.what_happens;
        assert!(
            med.iter()
                .any(|f| f.guideline == Some(Guideline::AcogPb200) && f.text.contains("24 hours"))
        );
        // NICE's plan with its doses is the missed-miscarriage one, apart from the other.
        assert!(
            !med.iter()
                .any(|f| f.guideline == Some(Guideline::NiceNg126)),
            "NICE's plans are in `regimens`, each under its type"
        );
        for r in MEDICATION.regimens {
            assert_eq!(r.fact.guideline, Some(Guideline::NiceNg126));
            assert!(r.fact.text.contains("NICE"));
        }
    }

    /// SAFETY.md R9: NICE's two medicine plans (missed and incomplete miscarriage) are shown
    /// apart; the doses CLINICAL.md §6 gives belong to the missed one only, and none is invented
    /// for the incomplete one.
    #[test]
    fn nice_medicine_plans_for_missed_and_incomplete_miscarriage_are_apart() {
        let types: Vec<MiscarriageType> = MEDICATION.regimens.iter().map(|r| r.for_type).collect();
        assert_eq!(
            types,
            [MiscarriageType::Missed, MiscarriageType::Incomplete]
        );
        let missed = &MEDICATION.regimens[0];
        assert!(missed.when.contains("missed miscarriage"));
        for dose in [
            "mifepristone",
            "200 mg",
            "misoprostol",
            "800 micrograms",
            "48 hours",
        ] {
            assert!(missed.fact.text.contains(dose), "{dose}");
        }
        let incomplete = &MEDICATION.regimens[1];
        assert!(incomplete.when.contains("incomplete miscarriage"));
        assert!(
            !incomplete.fact.text.chars().any(|c| c.is_ascii_digit()),
            "no dose that CLINICAL.md does not give: {}",
            incomplete.fact.text
        );
        assert!(EXPECTANT.regimens.is_empty() && SURGERY.regimens.is_empty());
        let v = serde_json::to_value(options()).unwrap();
        assert_eq!(v[1]["regimens"][0]["for_type"], "missed");
        assert_eq!(v[1]["regimens"][1]["for_type"], "incomplete");
    }

    /// "Heaviest in the first ~8 days" names the study and the group it studied, and stays
    /// "approximately" (CLINICAL.md §6 gives it no mark).
    #[test]
    fn heaviest_bleeding_days_cite_the_study_and_its_group() {
        assert!(MEDICATION.how_long.contains(&HEAVIEST_FIRST_DAYS));
        let t = HEAVIEST_FIRST_DAYS.text;
        assert_eq!(HEAVIEST_FIRST_DAYS.sources, [Source::Zhang2005]);
        assert!(
            t.contains("study") && t.contains("misoprostol alone"),
            "{t}"
        );
        assert!(t.contains("approximately the first 8 days"), "{t}");
    }

    #[test]
    fn unverified_facts_say_approximately() {
        for fact in AFTERCARE.iter().chain(OPTIONS.iter().flat_map(|o| {
            o.what_happens
                .iter()
                .chain(o.how_long)
                .chain(o.regimens.iter().map(|r| &r.fact))
        })) {
            if fact.confidence == Confidence::Unverified {
                assert!(fact.text.contains("approximately"), "{}", fact.text);
            }
        }
        assert!(AFTERCARE[0].text.contains("3 weeks"));
    }

    #[test]
    fn words_are_plain_and_kind() {
        let banned = [
            "failed",
            "nonviable",
            "heartbeat",
            "fault",
            "blame",
            "abortion",
            "evacuation",
            "products of conception",
        ];
        let mut texts: Vec<&str> = Vec::new();
        for o in OPTIONS {
            texts.push(o.name);
            texts.extend(o.questions.iter().copied());
            texts.extend(o.what_happens.iter().chain(o.how_long).map(|f| &*f.text));
            texts.extend(o.regimens.iter().flat_map(|r| [&*r.when, &*r.fact.text]));
            texts.extend(o.how_often_it_works.iter().map(|f| f.text));
        }
        texts.extend(AFTERCARE.iter().map(|f| &*f.text));
        for t in texts {
            for b in banned {
                assert!(!t.to_lowercase().contains(b), "{b} in {t}");
            }
            for sentence in t.split(". ") {
                assert!(
                    sentence.split_whitespace().count() <= 25,
                    "long: {sentence}"
                );
            }
        }
    }

    #[test]
    fn json_shape() {
        let v = serde_json::to_value(options()).unwrap();
        assert_eq!(v[0]["id"], "expectant");
        assert_eq!(v[1]["how_often_it_works"][0]["in_100"], "about 83 in 100");
        assert_eq!(v[1]["what_happens"][0]["guideline"], "acog-pb200");
        assert_eq!(v[1]["regimens"][0]["fact"]["guideline"], "nice-ng126");
        assert_eq!(v[2]["how_often_it_works"][0]["sources"][0], "zhang-2005");
        assert_eq!(v[2]["how_often_it_works"][0]["checked"], "2026-11");
        // Periods in 4 to 6 weeks: V since the 2026-12 revision (tommys-after, mai-after).
        assert_eq!(
            serde_json::to_value(&AFTERCARE[1]).unwrap()["confidence"],
            "verified"
        );
    }
}
