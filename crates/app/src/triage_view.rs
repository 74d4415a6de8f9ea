//! The triage result in the contract's JSON shape (DESIGN.md "Triage output"), with every message
//! id turned into words. The API and the CLI both print exactly this.

use serde::Serialize;
use solace_clinical::triage::{TriageOutcome, Urgency};
use solace_i18n::Tr;

#[derive(Debug, Serialize)]
pub struct Reason {
    pub rule: &'static str,
    pub because: String,
    pub sources: Vec<&'static str>,
}

/// A missing answer that matters, and the question that asks for it.
#[derive(Debug, Serialize)]
pub struct Ask {
    pub field: &'static str,
    pub question: String,
}

/// A tap-to-call number for this result.
#[derive(Debug, Serialize)]
pub struct Call {
    /// What the button says ("Call 999").
    pub label: String,
    /// The number as shown.
    pub number: &'static str,
    /// The `tel:` URI.
    pub tel: String,
    /// `emergency`, `same_day` or `crisis`.
    pub kind: &'static str,
}

#[derive(Debug, Serialize)]
pub struct TriageJson {
    pub urgency: &'static str,
    pub headline: String,
    pub actions: Vec<String>,
    pub reasons: Vec<Reason>,
    pub safety_net: Vec<String>,
    pub emergency_number: &'static str,
    /// Added beside the contract (extensions): when to act, in words; questions whose missing
    /// answer matters (the urgency already assumes the worse answer); the numbers to call.
    pub when: String,
    pub ask: Vec<Ask>,
    pub calls: Vec<Call>,
    /// Added beside the contract: the region used, and the crisis line where there is one.
    pub region: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crisis_line: Option<String>,
    pub disclaimer: String,
}

/// The message id of the time window for this outcome.
pub fn when_id(outcome: &TriageOutcome) -> &'static str {
    if outcome.headline == "headline-early-light" {
        return "when-early-light";
    }
    match outcome.urgency {
        Urgency::Emergency => "when-emergency",
        Urgency::Urgent => "when-urgent",
        Urgency::SameDay => "when-same_day",
        Urgency::Soon => "when-soon",
        Urgency::SelfCare => "when-self_care",
    }
}

/// The numbers to call for this outcome, most fitting first: the emergency number for every
/// level (first at `emergency` and `urgent`), the region's same-day line where there is one
/// (first at `same_day`), and the crisis line when thoughts of harm were reported.
pub fn calls(outcome: &TriageOutcome, tr: &Tr<'_>) -> Vec<Call> {
    let region = outcome.region;
    let emergency = region.emergency_number();
    let emergency = Call {
        label: tr.t("call-emergency"),
        number: emergency.display,
        tel: format!("tel:{}", emergency.dial),
        kind: "emergency",
    };
    let same_day = region.same_day_line().map(|n| Call {
        label: tr.t("call-same-day"),
        number: n.display,
        tel: format!("tel:{}", n.dial),
        kind: "same_day",
    });
    let mut calls = vec![];
    if outcome.actions.contains(&"action-crisis-line")
        && let Some(c) = region.crisis_line()
    {
        calls.push(Call {
            label: tr.t("call-crisis"),
            number: c.number.display,
            tel: format!("tel:{}", c.number.dial),
            kind: "crisis",
        });
    }
    // Thoughts of harm alone lead with support; any other emergency or urgent answer leads with
    // the emergency number.
    if outcome.headline == "headline-self-harm" {
        calls.push(emergency);
        return calls;
    }
    if outcome.urgency >= Urgency::Urgent {
        calls.insert(0, emergency);
        return calls;
    }
    calls.extend(same_day);
    calls.push(emergency);
    calls
}

pub fn render(outcome: &TriageOutcome, tr: &Tr<'_>) -> TriageJson {
    let region = outcome.region;
    TriageJson {
        urgency: outcome.urgency.id(),
        headline: tr.t(outcome.headline),
        actions: outcome.actions.iter().map(|a| tr.t(a)).collect(),
        reasons: outcome
            .fired
            .iter()
            .map(|r| Reason {
                rule: r.id,
                because: tr.t(r.because),
                sources: r.sources.iter().map(|s| s.id()).collect(),
            })
            .collect(),
        safety_net: outcome.safety_net.iter().map(|s| tr.t(s)).collect(),
        emergency_number: region.emergency_number().display,
        when: tr.t(when_id(outcome)),
        ask: outcome
            .ask
            .iter()
            .map(|field| Ask {
                field,
                question: tr.t(&format!("ask-{field}")),
            })
            .collect(),
        calls: calls(outcome, tr),
        region: region.id(),
        crisis_line: region
            .crisis_line()
            .map(|c| format!("{} {}", c.name, c.number.display)),
        disclaimer: tr.t("disclaimer"),
    }
}
