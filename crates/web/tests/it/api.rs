//! The JSON API in-process: the triage contract, field-named 422s, the body limit, the `OpenAPI`
//! document, and the headers every response carries.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use solace_web::{AppState, Config, app};
use tower::ServiceExt;

async fn post(
    path: &str,
    body: impl Into<Body>,
    cookie: Option<&str>,
) -> (StatusCode, axum::http::HeaderMap, Value) {
    let state = AppState::new(Config::default()).expect("state");
    let mut req = Request::post(path)
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let res = app(state)
        .oneshot(req.body(body.into()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, headers, value)
}

fn rules(v: &Value) -> Vec<&str> {
    v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn shoulder_tip_pain_without_a_scan_is_urgent() {
    let (status, _, v) = post(
        "/api/v1/triage",
        json!({"situation":"pregnant","weeks":7,"shoulder_tip_pain":true}).to_string(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["urgency"], "urgent");
    assert_eq!(rules(&v), ["possible-ectopic-shoulder"]);
    assert_eq!(v["reasons"][0]["sources"], json!(["nhs-ectopic"]));
    assert!(!v["safety_net"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn fainting_is_an_emergency_with_the_regions_number() {
    for (region, number) in [
        ("uk", "999"),
        ("us", "911"),
        ("au", "000"),
        ("nz", "111"),
        ("ie", "112 or 999"),
    ] {
        let (_, _, v) = post(
            "/api/v1/triage",
            json!({"fainted": true, "region": region}).to_string(),
            None,
        )
        .await;
        assert_eq!(v["urgency"], "emergency");
        assert_eq!(v["emergency_number"], number, "{region}");
        assert!(
            v["headline"]
                .as_str()
                .unwrap()
                .contains(number.split(' ').next().unwrap()),
            "{region}: {}",
            v["headline"]
        );
    }
}

#[tokio::test]
async fn the_region_cookie_is_the_default_when_the_answers_name_none() {
    let (_, _, v) = post(
        "/api/v1/triage",
        r#"{"fainted": true}"#,
        Some("solace_region=us"),
    )
    .await;
    assert_eq!(v["emergency_number"], "911");
    assert!(v["actions"][0].as_str().unwrap().contains("911"));
}

#[tokio::test]
async fn us_wording_for_us_region() {
    let (_, _, v) = post(
        "/api/v1/triage",
        r#"{"region": "us", "pads_soaked_per_hour": 2}"#,
        None,
    )
    .await;
    assert_eq!(v["urgency"], "urgent");
    assert!(
        v["headline"].as_str().unwrap().contains("ER"),
        "{}",
        v["headline"]
    );
    let net = v["safety_net"].to_string();
    assert!(net.contains("quarter") && net.contains("100.4"), "{net}");
}

#[tokio::test]
async fn empty_object_is_self_care_with_the_safety_net() {
    let (status, _, v) = post("/api/v1/triage", "{}", None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["urgency"], "self_care");
    assert_eq!(rules(&v), ["expected-course"]);
    assert_eq!(v["safety_net"].as_array().unwrap().len(), 8);
    let net = v["safety_net"].to_string();
    assert!(
        net.contains("confused") && net.contains("blue"),
        "sepsis signs: {net}"
    );
    assert_eq!(v["when"].as_str().map(str::is_empty), Some(false));
    assert_eq!(v["ask"], serde_json::json!([]));
    let tels: Vec<&str> = v["calls"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["tel"].as_str())
        .collect();
    assert_eq!(
        tels,
        ["tel:111", "tel:999"],
        "NHS 111 for advice, 999 always there"
    );
}

#[tokio::test]
async fn a_pad_an_hour_with_no_duration_is_urgent_and_asks_how_long() {
    let (status, _, v) = post(
        "/api/v1/triage",
        r#"{"situation": "after_loss", "pads_soaked_per_hour": 1}"#,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["urgency"], "urgent");
    assert_eq!(v["ask"][0]["field"], "heavy_hours");
    assert!(v["ask"][0]["question"].as_str().unwrap().contains("hours"));
    assert_eq!(v["calls"][0]["kind"], "emergency");
    assert!(v["when"].as_str().unwrap().starts_with("Now"));
}

#[tokio::test]
async fn the_five_new_inputs_are_in_the_contract() {
    for field in [
        "confused_or_drowsy",
        "breathless",
        "mottled_or_blue_skin",
        "no_urine_18h",
    ] {
        let (status, _, v) = post("/api/v1/triage", format!(r#"{{"{field}": true}}"#), None).await;
        assert_eq!(status, StatusCode::OK, "{field}");
        assert_eq!(v["urgency"], "emergency", "{field}");
        assert_eq!(rules(&v), ["sepsis-red-flag"], "{field}");
    }
    let (_, _, v) = post(
        "/api/v1/triage",
        r#"{"vomiting": true, "location": "confirmed_in_womb"}"#,
        None,
    )
    .await;
    assert_eq!(v["urgency"], "same_day");
    let (status, _, v) = post("/api/v1/triage", r#"{"breathless": "yes"}"#, None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "true/false only");
    assert_eq!(v["errors"][0]["field"], "breathless");
}

#[tokio::test]
async fn bad_input_is_422_naming_each_field() {
    let cases: &[(&str, &str)] = &[
        ("not json", "body"),
        ("", "body"),
        (r#"{"pain": 4.5}"#, "pain"),
        (r#"{"pain": "bad"}"#, "pain"),
        (r#"{"weeks": 46}"#, "weeks"),
        (r#"{"bleeding": "loads"}"#, "bleeding"),
        (
            r#"{"temperature_c": 37, "temperature_f": 100.4}"#,
            "temperature_f",
        ),
        (r#"{"temperature_c": 29}"#, "temperature_c"),
        (r#"{"pads_soaked_per_hour": -1}"#, "pads_soaked_per_hour"),
        (r#"{"fainted": "yes"}"#, "fainted"),
        (r#"{"nauseous": true}"#, "nauseous"),
        (r#"{"vomiting": "a bit"}"#, "vomiting"),
        (r#"[{"fainted": true}]"#, "body"),
    ];
    for (body, field) in cases {
        let (status, _, v) = post("/api/v1/triage", *body, None).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(v["error"], "invalid_input");
        assert_eq!(v["errors"][0]["field"], *field, "{body}: {v}");
        assert!(
            v["errors"][0]["expected"].as_str().unwrap().len() > 5,
            "{body}: a reason is given"
        );
    }
}

#[tokio::test]
async fn every_field_error_is_reported_at_once() {
    let (_, _, v) = post(
        "/api/v1/triage",
        r#"{"pain": 11, "weeks": -1, "heavy_hours": 100}"#,
        None,
    )
    .await;
    let fields: Vec<_> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["weeks", "heavy_hours", "pain"]);
}

#[tokio::test]
async fn a_huge_body_is_refused_with_413() {
    let big = format!(r#"{{"pad":"{}"}}"#, "x".repeat(solace_app::BODY_LIMIT + 10));
    let (status, _, _) = post("/api/v1/triage", big, None).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn errors_never_echo_health_answers_into_headers() {
    let (_, headers, _) = post(
        "/api/v1/triage",
        r#"{"thoughts_of_harm": true, "pain": 99}"#,
        None,
    )
    .await;
    for (name, value) in &headers {
        let v = value.to_str().unwrap_or_default();
        assert!(!v.contains("harm") && !v.contains("99"), "{name}: {v}");
    }
}

#[tokio::test]
async fn api_responses_carry_the_security_headers() {
    let (_, h, _) = post("/api/v1/triage", "{}", None).await;
    let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(h[header::REFERRER_POLICY], "no-referrer");
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
}

#[tokio::test]
async fn openapi_document_describes_triage() {
    let state = AppState::new(Config::default()).unwrap();
    let res = app(state)
        .oneshot(
            Request::get("/api/v1/openapi.json")
                .header(header::HOST, "127.0.0.1:7878")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let doc: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let input = &doc["components"]["schemas"]["TriageInput"];
    assert_eq!(input["additionalProperties"], false);
    assert_eq!(input["properties"]["pain"]["maximum"], 10);
    assert!(doc["paths"]["/api/v1/triage"]["post"]["responses"]["422"].is_object());
}
