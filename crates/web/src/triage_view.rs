//! The triage result in the contract's JSON shape (DESIGN.md "Triage output"), with every message
//! id turned into words. The API and the CLI both print exactly this.

use crate::i18n::Tr;
use serde::Serialize;
use solace_clinical::triage::TriageOutcome;

#[derive(Debug, Serialize)]
pub struct Reason {
    pub rule: &'static str,
    pub because: String,
    pub sources: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct TriageJson {
    pub urgency: &'static str,
    pub headline: String,
    pub actions: Vec<String>,
    pub reasons: Vec<Reason>,
    pub safety_net: Vec<String>,
    pub emergency_number: &'static str,
    /// Added beside the contract: the region used, and the crisis line where there is one.
    pub region: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crisis_line: Option<String>,
    pub disclaimer: String,
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
        region: region.id(),
        crisis_line: region
            .crisis_line()
            .map(|c| format!("{} {}", c.name, c.number.display)),
        disclaimer: tr.t("disclaimer"),
    }
}
