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
}

/// The safety net shown with every result (CLINICAL.md §1): heavy bleeding by the pad rule, severe
/// or one-sided pain, shoulder-tip pain, feeling faint, fever or smelly discharge, thoughts of harm.
pub const SAFETY_NET: &[&str] = &[
    "safety-heavy-bleeding",
    "safety-severe-pain",
    "safety-shoulder-tip",
    "safety-faint",
    "safety-fever",
    "safety-harm",
    "safety-count-pads",
];

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
                    "action-go-if-worse",
                ],
            ),
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
        {
            actions.push(a);
        }
    }

    TriageOutcome {
        urgency,
        region: facts.region,
        fired,
        headline,
        actions,
        safety_net: SAFETY_NET.to_vec(),
    }
}

#[cfg(test)]
mod tests;
