//! Recovery: what the diary says about the loss and its care, the expected course for that care
//! (CLINICAL.md §6), the checks of the diary against it, and the dates worth a reminder.
//!
//! Every check is a value in [`CHECKS`] with a stable id, a level, its sources, and whether it is a
//! Solace heuristic rather than a guideline's rule. A check never says what is happening in the
//! body: it says what was recorded and who to contact. Each flag carries the triage answers the
//! diary implies, and its level is never lower than what the triage engine says for those answers.
//!
//! Pure and total: `now` is a parameter, nothing reads a clock, nothing panics.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::region::Region;
use crate::sources::Source;
use crate::triage::input::limits;
use crate::triage::{Bleeding, TriageInput, Urgency};
use crate::words::{Arg, Words};

use super::entry::{Entry, Management};
use super::timeline::timeline;

mod checks;
mod course;
mod expected;
mod findings;
mod reminders;
mod triage_answers;

pub use checks::{
    BLEEDING_LONGER, CHECKS, CheckDef, FEVER, Flag, HEAVIER_AGAIN, NO_BLEEDING_AFTER_MISOPROSTOL,
    NO_PERIOD, POSITIVE_TEST, RECENT_SYMPTOMS, check,
};
pub use course::{Course, course};
use course::{events, utc};
pub use expected::{COURSE_FACTS, CourseFact, expected_course};
use findings::{
    bleeding_run, days_f, fever, harm_thoughts_recorded, no_bleeding_after_misoprostol,
    no_period_weeks, positive_test, rebound, recent,
};
use reminders::reminders_for;
pub use reminders::{Reminder, reminders};
pub use triage_answers::action_words;
use triage_answers::{Raised, clamp, flag_text, most_urgent_first, run_triage, yes};

/// The PHQ-9's recall window, "over the last 2 weeks", in days [kroenke-2001], checked 2026-11.
const PHQ9_RECALL_DAYS: i64 = 14;

// ---------------------------------------------------------------------------------------------
// Thresholds from CLINICAL.md. Each names its source id; all checked 2026-11.
// ---------------------------------------------------------------------------------------------

/// Bleeding for more than 14 days after a loss: arrange to be seen. `nice-ng126`,
/// `nhs-miscarriage` (CLINICAL.md §1 prolonged-bleeding), checked 2026-11.
pub const BLEEDING_DAYS_LIMIT: i64 = 14;
/// After medication, bleeding may last up to 3 weeks: more than 21 days, arrange to be seen.
/// `nice-ng126` (S; CLINICAL.md §1 prolonged-bleeding and §6), checked 2026-11.
pub const BLEEDING_DAYS_LIMIT_AFTER_MEDICATION: i64 = 21;
/// A fever is a temperature of 38.0 °C or more. `nhs-fever`, `nice-ng255` (CLINICAL.md §1 fever
/// and infection), checked 2026-11.
pub const FEVER_C: f64 = 38.0;
/// Bleeding is expected within 24 hours of misoprostol; none by then: contact the care team today.
/// `nice-ng126` (CLINICAL.md §1 no-bleeding-after-misoprostol), checked 2026-11.
pub const MISOPROSTOL_BLEEDING_HOURS: i64 = 24;
/// A urine pregnancy test 3 weeks after expectant or medical management; positive: return.
/// `nice-ng126` (S; CLINICAL.md §6), checked 2026-11.
pub const PREGNANCY_TEST_AFTER_DAYS: u64 = 21;
/// Periods usually return in approximately 4–6 weeks: the window opens at 4 weeks.
/// `nhs-periods` (U/S: shown only as "approximately"), checked 2026-11.
pub const PERIOD_EXPECTED_FROM_DAYS: u64 = 28;
/// … and closes at 6 weeks. `nhs-periods` (U/S: "approximately"), checked 2026-11.
pub const PERIOD_EXPECTED_TO_DAYS: u64 = 42;
/// No period by about 8 weeks: see someone. `nhs-periods` (S; CLINICAL.md §1 no-period and §6),
/// checked 2026-11.
pub const NO_PERIOD_DAYS: i64 = 56;

// ---------------------------------------------------------------------------------------------
// Solace's own choices (no guideline gives these). Each is documented; all checked 2026-11.
// ---------------------------------------------------------------------------------------------

/// Check-ins at 2 and 6 weeks after the loss. Solace's schedule, timed to CLINICAL.md facts: at 2
/// weeks bleeding should be easing (`nice-ng126`, `nhs-miscarriage`) and low mood lasting 2 weeks
/// is worth raising (`farren-2020`, `nice-cg192`); by 6 weeks a period has often returned
/// (`nhs-periods`, U) and mood at a month matters (`farren-2020`); checked 2026-11.
pub const CHECK_IN_DAYS: [u64; 2] = [14, 42];
/// "The diary's latest state" for triage: entries in the last 24 hours. Within it the worst value
/// counts (highest pads, pain, temperature; any one-sided or shoulder-tip pain), so a red flag
/// recorded this morning is not hidden by a calmer entry since. Solace's window, checked 2026-11.
pub const RECENT_HOURS: i64 = 24;
/// A fever recorded in the last 48 hours raises the fever check, even if a later reading was
/// normal (paracetamol lowers a temperature without treating its cause). Solace's window,
/// checked 2026-11.
pub const FEVER_WINDOW_HOURS: i64 = 48;
/// A run of bleeding days may have up to 3 days without any record in between (people do not
/// record every day); a day recorded as "no bleeding" always ends a run. The run is current when
/// its last bleeding day is at most 3 days before today. Solace's bound, checked 2026-11.
pub const BLEEDING_GAP_DAYS: i64 = 3;
/// Hours at ≥ 1 pad an hour (triage `heavy_hours`): see [`super::severity`], which both the
/// recovery checks and the exports read them through.
pub use super::severity::HEAVY_STRETCH_GAP_HOURS;
/// "Heavier again": the day's value must be above the highest of the 3 recorded days before it.
/// Solace's heuristic, checked 2026-11.
pub const REBOUND_LOOKBACK_DAYS: usize = 3;
/// "… after settling": the recorded days before it fell or held steady, with at least 2 falls.
/// Solace's heuristic, checked 2026-11.
pub const REBOUND_MIN_FALLS: usize = 2;
/// A rise is only flagged while it is recent: its day at most 7 days before today. Solace's
/// heuristic, checked 2026-11.
pub const REBOUND_RECENT_DAYS: i64 = 7;
/// The PBAC-style score must reach 5 (one moderately stained pad, `higham-1990` points) for a
/// rise to count: smaller changes are spotting noise. Solace's heuristic, checked 2026-11.
pub const REBOUND_MIN_PBAC: f64 = 5.0;
/// The misoprostol check watches for 7 days after the dose (by day 7 most have passed the
/// pregnancy, `chu-2020`); after that the 3-week test takes over. Solace's bound, checked 2026-11.
pub const MISOPROSTOL_WATCH_DAYS: i64 = 7;
/// Course events (loss confirmed, management, medication, surgery, pregnancy ended) more than
/// 84 days (12 weeks) after the one before start a new loss. Waiting can go on for up to 8 weeks
/// (`acog-pb200`), so one loss's events fit. A quicker second loss would merge with the first,
/// which only adds checks (the earlier anchor makes tests and periods due sooner). Solace's
/// bound, checked 2026-11.
pub const NEW_LOSS_GAP_DAYS: i64 = 84;

// ---------------------------------------------------------------------------------------------
// The answer
// ---------------------------------------------------------------------------------------------

/// What triage says for the diary's answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriageView {
    pub input: TriageInput,
    pub urgency: Urgency,
    pub rules: Vec<&'static str>,
}

/// Settings that change the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct RecoveryOptions {
    /// The region for the triage engine (numbers only; it does not change levels).
    pub region: Region,
    /// The person has said they will record when their period comes back. Without this, "no
    /// period recorded" means nothing and the no-period check stays quiet.
    pub records_periods: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recovery {
    #[serde(flatten)]
    pub course: Course,
    pub expected_course: Vec<CourseFact>,
    /// Highest level first, then in [`CHECKS`] order.
    pub flags: Vec<Flag>,
    /// Triage on the diary's latest state (the last 24 hours and the events).
    pub triage: TriageView,
    /// The highest of the flags and the triage: the recovery is never shown calmer than triage.
    pub urgency: Urgency,
    pub reminders: Vec<Reminder>,
}

// ---------------------------------------------------------------------------------------------
// Building it
// ---------------------------------------------------------------------------------------------

/// Builds the recovery view of the diary at `now`.
pub fn recovery(entries: &[Entry], now: DateTime<Utc>, options: RecoveryOptions) -> Recovery {
    let c = course(entries);
    let evs = events(entries);
    let t = timeline(entries);
    let r = recent(entries, now);
    let run = bleeding_run(&t.days, now);
    let rebound = rebound(&t.days, now);
    let fever = fever(entries, now);
    let misoprostol = no_bleeding_after_misoprostol(entries, &evs, now);
    let test = positive_test(entries, &c);
    let period_weeks = no_period_weeks(&evs, &c, now, options.records_periods);
    let harm = harm_thoughts_recorded(entries, now);

    // The answers the diary implies: its events, the worst of the last 24 hours, and the facts
    // the checks established. Numbers are clamped to the triage ranges; days and weeks are whole
    // (rounded down, which never changes a "≥ whole number" rule) so the form shows what a
    // person would type.
    let treatment = c.management.map(Management::treatment);
    let base = TriageInput {
        region: None,
        situation: c.situation,
        location: c.location,
        weeks: None, // never: no pregnancy dating in the diary
        treatment,
        days_since_treatment: treatment
            .and(c.anchor)
            .map(|a| clamp(days_f(now - utc(a)).floor(), limits::DAYS)),
        bleeding: if misoprostol.is_some() {
            Some(Bleeding::None)
        } else {
            r.bleeding
        },
        pads_soaked_per_hour: r.pads.map(|p| clamp(p, limits::PADS)),
        heavy_hours: r.heavy_hours.map(|h| clamp(h, limits::HOURS)),
        bleeding_days: run.map(|run| clamp(run.days as f64, limits::DAYS)),
        clots: r.clots,
        pain: r.pain.map(f64::from),
        pain_one_sided: yes(r.one_sided),
        shoulder_tip_pain: yes(r.shoulder_tip),
        pain_worse_or_constant: None,
        temperature_c: r.temperature_c.map(|t| clamp(t, limits::TEMP_C)),
        temperature_f: None,
        feels_feverish: None,
        dizzy_or_faint: None,
        fainted: None,
        racing_heart: None,
        pale_clammy: None,
        foul_discharge: None,
        bowel_or_rectal_pain: yes(r.bottom),
        positive_test_weeks_after: test.map(|(w, ..)| clamp(w.floor(), limits::WEEKS_SINCE)),
        no_period_weeks: period_weeks.map(|w| clamp(w.floor(), limits::WEEKS_SINCE)),
        low_mood_weeks: None,
        ectopic_risk_factors: None,
        thoughts_of_harm: yes(harm.is_some()),
        // The diary records none of the sepsis signs or vomiting: the check-in form asks them.
        confused_or_drowsy: None,
        breathless: None,
        mottled_or_blue_skin: None,
        no_urine_18h: None,
        vomiting: None,
    };
    let (base_urgency, base_fired) = run_triage(&base, options.region);

    // (check id, what was recorded, since, the entries that raised it, extra answers)
    let mut raised: Vec<Raised> = Vec::new();
    if c.pregnancy_ended
        && let Some((temp, at, index)) = fever
    {
        let mut input = base.clone();
        let t = clamp(temp, limits::TEMP_C);
        input.temperature_c = Some(input.temperature_c.map_or(t, |x| x.max(t)));
        raised.push(Raised {
            id: FEVER,
            finding: format!("You recorded a temperature of {temp:.1} °C."),
            finding_words: Words::id("diary-finding-fever")
                .arg("temp", Arg::Verbatim(format!("{temp:.1}"))),
            since: Some(at),
            recorded: vec![index],
            input,
        });
    }
    if let Some((at, index)) = misoprostol {
        raised.push(Raised {
            id: NO_BLEEDING_AFTER_MISOPROSTOL,
            finding: "It is more than 24 hours since you took misoprostol, and you have not recorded any bleeding.".to_owned(),
            finding_words: Words::id("diary-finding-no-bleeding-after-misoprostol"),
            since: Some(at),
            recorded: vec![index],
            input: base.clone(),
        });
    }
    if let Some(rb) = rebound {
        raised.push(Raised {
            id: HEAVIER_AGAIN,
            finding: format!(
                "Your bleeding got heavier again on {} after it had been settling.",
                rb.date
            ),
            finding_words: Words::id("diary-finding-bleeding-heavier-again")
                .arg("date", Arg::Verbatim(rb.date.to_string())),
            since: rb.at.map(|(at, _)| at),
            recorded: rb.at.map(|(_, i)| i).into_iter().collect(),
            input: base.clone(),
        });
    }
    let limit = if c.management == Some(Management::Medication) {
        BLEEDING_DAYS_LIMIT_AFTER_MEDICATION
    } else {
        BLEEDING_DAYS_LIMIT
    };
    if c.pregnancy_ended
        && let Some(run) = run
        && run.days > limit
    {
        raised.push(Raised {
            id: BLEEDING_LONGER,
            finding: format!(
                "You have recorded bleeding over {} days, from {} to {}. Bleeding for more than {limit} days should be checked.",
                run.days, run.first, run.last
            ),
            finding_words: Words::id("diary-finding-bleeding-longer-than-expected")
                .arg("days", Arg::Count(run.days))
                .arg("first", Arg::Verbatim(run.first.to_string()))
                .arg("last", Arg::Verbatim(run.last.to_string()))
                .arg("limit", Arg::Count(limit)),
            since: None,
            recorded: vec![],
            input: base.clone(),
        });
    }
    if let Some((weeks, at, index)) = test
        && weeks * 7.0 >= PREGNANCY_TEST_AFTER_DAYS as f64
    {
        raised.push(Raised {
            id: POSITIVE_TEST,
            finding: format!(
                "Your pregnancy test was positive {} weeks after your care began.",
                weeks.floor()
            ),
            finding_words: Words::id("diary-finding-positive-test-after-treatment")
                .arg("weeks", Arg::Number(weeks.floor(), 0)),
            since: Some(at),
            recorded: vec![index],
            input: base.clone(),
        });
    }
    if let Some(weeks) = period_weeks
        && weeks * 7.0 >= NO_PERIOD_DAYS as f64
    {
        raised.push(Raised {
            id: NO_PERIOD,
            finding: format!(
                "You have not recorded a period in the {} weeks since your pregnancy ended.",
                weeks.floor()
            ),
            finding_words: Words::id("diary-finding-no-period-by-8-weeks")
                .arg("weeks", Arg::Number(weeks.floor(), 0)),
            since: None,
            recorded: vec![],
            input: base.clone(),
        });
    }

    // Triage rules above self-care that no raised check stands for.
    let covered: Vec<&str> = raised
        .iter()
        .filter_map(|r| check(r.id))
        .flat_map(|d| d.covers.iter().copied())
        .collect();
    let uncovered: Vec<&'static crate::triage::Rule> = base_fired
        .iter()
        .copied()
        .filter(|rule| rule.level > Urgency::SelfCare && !covered.contains(&rule.id))
        .collect();

    let mut flags: Vec<Flag> = Vec::new();
    for r in raised {
        let Some(def) = check(r.id) else { continue };
        let (u, fired) = run_triage(&r.input, options.region);
        let level = def.level.max(u);
        flags.push(Flag {
            id: r.id,
            level,
            check_level: def.level,
            sources: def.sources.to_vec(),
            heuristic: def.heuristic,
            message_id: def.message_id,
            text: flag_text(&r.finding, def.why, level, options.region),
            finding: r.finding,
            finding_words: r.finding_words,
            why: def.why,
            recorded: r.recorded,
            since: r.since,
            triage: r.input,
            triage_urgency: u,
            triage_rules: fired.iter().map(|r| r.id).collect(),
        });
    }
    if !uncovered.is_empty()
        && let Some(def) = check(RECENT_SYMPTOMS)
    {
        let mut sources: Vec<Source> = Vec::new();
        for rule in &uncovered {
            for s in rule.sources {
                if !sources.contains(s) {
                    sources.push(*s);
                }
            }
        }
        let level = def.level.max(base_urgency);
        let rules: Vec<&'static str> = uncovered.iter().map(|r| r.id).collect();
        let finding = format!(
            "What you recorded in the last {RECENT_HOURS} hours meets the symptom check's {} {}.",
            if rules.len() == 1 { "rule" } else { "rules" },
            rules.join(", ")
        );
        let finding_words = Words::id("diary-finding-recent-symptoms")
            .arg("hours", Arg::Count(RECENT_HOURS))
            .arg(
                "count",
                Arg::Count(i64::try_from(rules.len()).unwrap_or(i64::MAX)),
            )
            .arg("rules", Arg::Verbatim(rules.join(", ")));
        let mut candidates: Vec<usize> = r.entries.clone();
        candidates.extend(harm);
        candidates.extend(test.map(|(_, _, i)| i));
        flags.push(Flag {
            id: RECENT_SYMPTOMS,
            level,
            check_level: def.level,
            sources,
            heuristic: def.heuristic,
            message_id: def.message_id,
            text: flag_text(&finding, def.why, level, options.region),
            finding,
            finding_words,
            why: def.why,
            recorded: most_urgent_first(entries, &candidates, &base, &rules, options.region),
            since: None,
            triage: base.clone(),
            triage_urgency: base_urgency,
            triage_rules: rules,
        });
    }
    let position = |id: &str| CHECKS.iter().position(|d| d.id == id).unwrap_or(usize::MAX);
    flags.sort_by_key(|f| (std::cmp::Reverse(f.level), position(f.id)));

    let urgency = flags
        .iter()
        .map(|f| f.level)
        .fold(base_urgency, Urgency::max);
    Recovery {
        expected_course: expected_course(c.management),
        reminders: reminders_for(&c),
        course: c,
        flags,
        triage: TriageView {
            input: base,
            urgency: base_urgency,
            rules: base_fired.iter().map(|r| r.id).collect(),
        },
        urgency,
    }
}
