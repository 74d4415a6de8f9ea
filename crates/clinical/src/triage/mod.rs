//! Symptom triage: "do I need help right now, and where?" (CLINICAL.md §1).
//!
//! [`triage`] validates the answers, runs every rule in [`rules::RULES`], and takes the highest
//! level among those that fired. Text is returned as Fluent message ids; the web and CLI layers
//! turn them into words for the person's language and region.

pub mod input;
pub mod rules;

pub use input::{Bleeding, Clots, Facts, Location, Situation, Treatment, TriageInput};
pub use rules::{RULES, Rule, Urgency};

use crate::input::InvalidInput;
use crate::region::Region;

/// The result of triage, as message ids (see `content/locales/*/triage.ftl`).
#[derive(Debug, Clone)]
pub struct TriageOutcome {
    pub urgency: Urgency,
    pub region: Region,
    /// Every rule that fired, highest level first.
    pub fired: Vec<&'static Rule>,
    pub headline: &'static str,
    pub actions: Vec<&'static str>,
    /// "Get help at once if …": always present, whatever the urgency.
    pub safety_net: Vec<&'static str>,
    /// Questions whose answer is missing and matters (contract field names): the answer shown is
    /// already the one the missing answer could lead to, so asking never delays help.
    pub ask: Vec<&'static str>,
}

/// The safety net shown with every result (CLINICAL.md §1, checked 2026-12): heavy bleeding by the
/// pad rule, severe or one-sided pain, shoulder-tip pain, feeling faint, fever or smelly discharge,
/// new confusion, very fast breathing, blotchy or blue skin (nhs-ggc-epas, nhs-sepsis); and
/// thoughts of harm. Its heading says how to get help (the number), not only when.
pub const SAFETY_NET: &[&str] = &[
    "safety-heavy-bleeding",
    "safety-severe-pain",
    "safety-shoulder-tip",
    "safety-faint",
    "safety-fever",
    "safety-sepsis",
    "safety-harm",
    "safety-count-pads",
];

/// Actions that advise watching and waiting. They apply only when the rule that carries them sets
/// the overall level: beside "go now" they would contradict it.
const WAITING_ACTIONS: &[&str] = &["action-repeat-test", "action-recheck-pads"];

/// The anti-D line (CLINICAL.md §1 and §10): weeks ≥ 12 and any bleeding.
const ANTI_D_ACTION: &str = "action-anti-d";

/// Whether the anti-D line applies: `weeks` ≥ 12 and bleeding other than none (acog-rh-2024,
/// nice-ng126 via CLINICAL.md §10).
fn anti_d_applies(facts: &Facts) -> bool {
    facts.weeks.is_some_and(|w| w >= 12.0)
        && rules::bleeding_level(facts).is_some_and(|b| b > Bleeding::None)
}

/// Validates `input` and runs the rules. `default_region` is used when the input names none.
pub fn triage(input: &TriageInput, default_region: Region) -> Result<TriageOutcome, InvalidInput> {
    let facts = input.validate(default_region)?;
    Ok(evaluate(&facts))
}

/// Runs every rule against validated facts. Total: every input gives an outcome.
pub fn evaluate(facts: &Facts) -> TriageOutcome {
    let mut fired: Vec<&'static Rule> = RULES.iter().filter(|r| (r.test)(facts)).collect();
    if fired.is_empty() {
        fired.extend(rules::rule(rules::EXPECTED_COURSE));
    }
    // Stable sort keeps registry order within a level.
    fired.sort_by_key(|r| std::cmp::Reverse(r.level));
    let urgency = fired
        .iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(Urgency::SelfCare);

    // When thoughts of harm are the only emergency, lead with support rather than an ambulance;
    // the emergency number stays in the actions for anyone at risk of acting now.
    let only_self_harm = urgency == Urgency::Emergency
        && fired
            .iter()
            .filter(|r| r.level == Urgency::Emergency)
            .all(|r| r.id == "self-harm");

    // The mild case (< 6 weeks, light bleeding, no pain): the advice is a repeat test, not an
    // appointment (nice-ng126 via CLINICAL.md §1).
    let only_early_light = urgency == Urgency::Soon
        && fired
            .iter()
            .filter(|r| r.level == Urgency::Soon)
            .all(|r| r.id == "early-light-bleeding");

    let (headline, level_actions): (&'static str, &[&'static str]) = if only_self_harm {
        (
            "headline-self-harm",
            &["action-self-harm-emergency", "action-stay-with-someone"],
        )
    } else {
        match urgency {
            Urgency::Emergency => (
                "headline-emergency",
                &[
                    "action-call-emergency",
                    "action-emergency-while-waiting",
                    "action-do-not-drive",
                ],
            ),
            Urgency::Urgent => (
                "headline-urgent",
                &[
                    "action-go-now",
                    "action-do-not-drive",
                    "action-call-if-worse",
                ],
            ),
            Urgency::SameDay => (
                "headline-same-day",
                &[
                    "action-contact-today",
                    "action-out-of-hours",
                    "action-go-if-worse-today",
                ],
            ),
            Urgency::Soon if only_early_light => ("headline-early-light", &[]),
            Urgency::Soon => ("headline-soon", &["action-book-soon", "action-go-if-worse"]),
            Urgency::SelfCare => (
                "headline-self-care",
                &["action-self-care", "action-keep-notes"],
            ),
        }
    };

    let mut actions: Vec<&'static str> = level_actions.to_vec();
    for rule in &fired {
        if let Some(a) = rule.action
            && !actions.contains(&a)
            && (rule.level == urgency || !WAITING_ACTIONS.contains(&a))
        {
            actions.push(a);
        }
    }
    if anti_d_applies(facts) {
        actions.push(ANTI_D_ACTION);
    }
    let mut ask = vec![];
    if rules::asks_how_long(facts) {
        ask.push("heavy_hours");
    }

    TriageOutcome {
        urgency,
        region: facts.region,
        fired,
        headline,
        actions,
        safety_net: SAFETY_NET.to_vec(),
        ask,
    }
}

#[cfg(test)]
mod tests;
