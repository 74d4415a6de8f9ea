//! The results API in-process: `POST /api/v1/hcg | scan | dating | risk` and `GET /api/v1/options`
//! give the same answers as the CLI for the guideline vectors (CLINICAL.md), 422 bodies name each
//! bad field, the region follows the cookie, and the `OpenAPI` document lists every path.
//!
//! "now" and "today" are the server's clock here, so every date is well in the past (or, to test
//! the refusal, far in the future).

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use chrono::{NaiveDate, TimeDelta};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use solace_web::{AppState, Config, app};
use tower::ServiceExt;

async fn send(mut req: Request<Body>) -> (StatusCode, String) {
    req.headers_mut()
        .entry(header::HOST)
        .or_insert(header::HeaderValue::from_static("127.0.0.1:7878"));
    let state = AppState::new(Config::default()).expect("state");
    let res = app(state).oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(bytes.to_vec()).unwrap())
}

async fn post_raw(path: &str, body: impl Into<Body>, cookie: Option<&str>) -> (StatusCode, String) {
    let mut req = Request::post(path).header(header::CONTENT_TYPE, "application/json");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    send(req.body(body.into()).unwrap()).await
}

async fn post(path: &str, body: &Value, cookie: Option<&str>) -> (StatusCode, Value) {
    let (status, raw) = post_raw(path, body.to_string(), cookie).await;
    let v = serde_json::from_str(&raw).unwrap_or_else(|e| panic!("not JSON ({e}): {raw}"));
    (status, v)
}

async fn ok(path: &str, body: &Value) -> Value {
    let (status, v) = post(path, body, None).await;
    assert_eq!(status, StatusCode::OK, "{path} {body}: {v:#}");
    assert!(
        v["disclaimer"]
            .as_str()
            .unwrap()
            .contains("does not diagnose"),
        "{v:#}"
    );
    v
}

/// 422 naming `field` first, with a reason; and no key written twice in the raw body.
async fn refused(path: &str, body: impl Into<Body>, field: &str) {
    let (status, raw) = post_raw(path, body, None).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{path} {field}: {raw}"
    );
    let v: Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["error"], "invalid_input");
    assert_eq!(v["errors"][0]["field"], field, "{path}: {v:#}");
    assert!(
        v["errors"][0]["expected"].as_str().unwrap().len() > 5,
        "{v:#}"
    );
    assert!(v["message"].as_str().unwrap().contains(field), "{v:#}");
    let errors = v["errors"].as_array().unwrap().len();
    assert_eq!(raw.matches("\"expected\"").count(), errors, "{raw}");
}

fn pair(context: &str, from: f64, to: f64, later: &str) -> Value {
    json!({
        "context": context,
        "values": [
            { "at": "2024-03-04T09:00:00Z", "iu_per_l": from },
            { "at": later, "iu_per_l": to },
        ]
    })
}

const PLUS_48H: &str = "2024-03-06T09:00:00Z";

fn ids(v: &Value) -> Vec<&str> {
    v["readings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn hcg_the_nice_bands_for_a_48_hour_pair() {
    for (to, id) in [
        (1700.0, "nice-rise-over-63"),
        (1630.0, "nice-in-between"),
        (500.0, "nice-in-between"),
        (490.0, "nice-fall-over-50"),
    ] {
        let v = ok(
            "/api/v1/hcg",
            &pair("unknown_location", 1000.0, to, PLUS_48H),
        )
        .await;
        assert_eq!(v["readings"][0]["rule_set"], "nice-ng126", "{v:#}");
        assert_eq!(v["readings"][0]["id"], id, "1000 → {to}");
        assert_eq!(v["interpretation"]["id"], id);
        assert_eq!(v["pairs"][0]["is_48h_pair"], true);
        assert_eq!(v["region"], "uk");
        assert!(ids(&v).contains(&"hcg-never-rules-out-ectopic"));
    }
}

#[tokio::test]
async fn hcg_a_pair_30_hours_apart_is_not_a_48_hour_pair() {
    let v = ok(
        "/api/v1/hcg",
        &pair("unknown_location", 1000.0, 1400.0, "2024-03-05T15:00:00Z"),
    )
    .await;
    assert_eq!(v["pairs"][0]["hours"], 30.0);
    assert_eq!(v["pairs"][0]["is_48h_pair"], false);
    assert!(ids(&v).contains(&"nice-not-48h-pair"), "{:?}", ids(&v));
}

#[tokio::test]
async fn hcg_the_region_cookie_puts_the_us_studies_first() {
    let (status, v) = post(
        "/api/v1/hcg",
        &pair("unknown_location", 1000.0, 1700.0, PLUS_48H),
        Some("solace_region=us"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["region"], "us");
    assert_eq!(v["readings"][0]["rule_set"], "barnhart-2004", "{v:#}");
    assert_eq!(v["interpretation"]["id"], "rise-at-least-minimal");
}

#[tokio::test]
async fn hcg_after_a_loss_has_a_projection_with_plain_dates() {
    let v = ok(
        "/api/v1/hcg",
        &json!({
            "context": "after_loss",
            "values": [
                { "at": "2024-03-04T09:00:00Z", "iu_per_l": 2000 },
                { "at": "2024-03-06T09:00:00Z", "iu_per_l": 1000 },
                { "at": "2024-03-11T09:00:00Z", "miu_per_ml": 200 },
            ]
        }),
    )
    .await;
    assert_eq!(v["interpretation"]["id"], "decline-as-expected", "{v:#}");
    let p = &v["projection"];
    let mut days = Vec::new();
    for k in ["earliest", "below_5_on", "latest"] {
        let s = p[k].as_str().unwrap();
        days.push(
            NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{k}: {s}: {e}")),
        );
    }
    assert!(days.is_sorted(), "{p:#}");
    assert!(days[0] >= NaiveDate::from_ymd_opt(2024, 3, 11).unwrap());
    assert_eq!(v["values"][2]["iu_per_l"], 200.0, "miu_per_ml read as IU/L");
}

#[tokio::test]
async fn hcg_bad_input_is_422_naming_the_field() {
    let v = |at: &str, iu: f64| json!({ "at": at, "iu_per_l": iu });
    let series =
        |values: Vec<Value>| json!({ "context": "unknown_location", "values": values }).to_string();
    let (t0, t1) = ("2024-03-04T09:00:00Z", PLUS_48H);
    let cases: Vec<(String, &str)> = vec![
        (series(vec![v(t0, 0.0), v(t1, 100.0)]), "values[0].iu_per_l"),
        (
            series(vec![v(t0, 100.0), v(t1, -1.0)]),
            "values[1].iu_per_l",
        ),
        (series(vec![v(t1, 100.0), v(t0, 200.0)]), "values[1].at"),
        (series(vec![v(t0, 100.0), v(t0, 200.0)]), "values[1].at"),
        (
            series(vec![v("2024-03-04 09:00", 100.0), v(t1, 200.0)]),
            "values[0].at",
        ),
        (
            series(vec![v(t0, 100.0), v("2999-01-01T00:00:00Z", 200.0)]),
            "values[1].at",
        ),
        (series(vec![v(t0, 100.0)]), "values"),
        (
            series(
                (0..21)
                    .map(|d| v(&format!("2024-03-{:02}T09:00:00Z", d + 1), 100.0))
                    .collect(),
            ),
            "values",
        ),
        (
            r#"{"values":[],"context":"unknown_location","units":"iu"}"#.to_owned(),
            "units",
        ),
        (
            r#"{"context":"somewhere","values":[]}"#.to_owned(),
            "context",
        ),
        ("1000, 1700".to_owned(), "body"),
    ];
    for (body, field) in cases {
        refused("/api/v1/hcg", body, field).await;
    }
}

#[tokio::test]
async fn scan_crl_7_without_cardiac_activity_under_each_guideline() {
    let body = json!({ "route": "transvaginal", "crl_mm": 7, "cardiac_activity": false });
    let v = ok("/api/v1/scan", &body).await;
    let categories: Vec<(&str, &str)> = v["readings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule_set"].as_str().unwrap(),
                r["category"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        categories,
        [
            ("nice-ng126", "second-opinion-or-rescan"),
            ("sru-2013", "consistent-with-loss")
        ]
    );
    let (_, v) = post("/api/v1/scan", &body, Some("solace_region=us")).await;
    assert_eq!(v["readings"][0]["rule_set"], "sru-2013");
    assert_eq!(v["readings"][0]["category"], "consistent-with-loss");
    assert_eq!(v["region"], "us");
}

#[tokio::test]
async fn scan_bad_input_is_422_naming_the_field() {
    refused(
        "/api/v1/scan",
        r#"{"route":"transvaginal","crl_mm":200}"#,
        "crl_mm",
    )
    .await;
    refused("/api/v1/scan", r#"{"crl_mm":7}"#, "route").await;
    refused(
        "/api/v1/scan",
        r#"{"route":"transvaginal","fhr":120}"#,
        "fhr",
    )
    .await;
    refused(
        "/api/v1/scan",
        r#"{"route":"transvaginal","previous_scan":{"days_ago":3.5}}"#,
        "previous_scan.days_ago",
    )
    .await;
}

#[tokio::test]
async fn dating_by_crl_and_by_lmp() {
    let v = ok("/api/v1/dating", &json!({ "crl_mm": 7 })).await;
    assert_eq!(
        (
            &v["method"],
            &v["gestational_age_days"],
            &v["weeks"],
            &v["days"],
            &v["plus_minus_days"]
        ),
        (&json!("crl"), &json!(45), &json!(6), &json!(3), &json!(4.7))
    );
    let v = ok("/api/v1/dating", &json!({ "crl_mm": 45 })).await;
    let days = v["gestational_age_days"].as_u64().unwrap();
    assert!(days == 77 || days == 78, "{v:#}");

    let v = ok(
        "/api/v1/dating",
        &json!({ "lmp": "2024-01-01", "today": "2024-02-01" }),
    )
    .await;
    let due = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + TimeDelta::days(280);
    assert_eq!(v["due_date"], due.format("%Y-%m-%d").to_string());
    assert_eq!(v["gestational_age_days"], 31);
    assert!(
        v.get("region").is_none(),
        "the region does not change a date: {v:#}"
    );
}

#[tokio::test]
async fn dating_bad_input_is_422_naming_the_field() {
    refused("/api/v1/dating", r#"{"crl_mm":200}"#, "crl_mm").await;
    refused("/api/v1/dating", r#"{"lmp":"2999-01-01"}"#, "lmp").await;
    refused("/api/v1/dating", "{}", "lmp").await;
    refused(
        "/api/v1/dating",
        r#"{"lmp":"2024-01-01","cycle_days":50}"#,
        "cycle_days",
    )
    .await;
}

#[tokio::test]
async fn risk_with_bleeding_withholds_the_tong_figures() {
    let v = ok(
        "/api/v1/risk",
        &json!({ "weeks": 8, "cardiac_activity_seen": true, "bleeding_or_pain": true }),
    )
    .await;
    let held: Vec<(&str, &str)> = v["withheld"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["id"].as_str().unwrap(), w["reason"].as_str().unwrap()))
        .collect();
    assert!(
        held.contains(&("tong-by-week", "bleeding-or-pain")),
        "{held:?}"
    );
    assert_eq!(v["by_week"], Value::Null);

    let v = ok(
        "/api/v1/risk",
        &json!({ "weeks": 8, "cardiac_activity_seen": true }),
    )
    .await;
    assert_eq!(
        v["withheld"][0]["reason"], "bleeding-or-pain-not-known",
        "{v:#}"
    );
}

#[tokio::test]
async fn risk_bad_input_is_422_naming_the_field() {
    refused("/api/v1/risk", r#"{"age":61}"#, "age").await;
    refused(
        "/api/v1/risk",
        r#"{"previous_losses":1.5}"#,
        "previous_losses",
    )
    .await;
    refused("/api/v1/risk", r#"{"smoker":true}"#, "smoker").await;
}

#[tokio::test]
async fn options_lists_the_three_ways() {
    let (status, raw) = send(Request::get("/api/v1/options").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let v: Value = serde_json::from_str(&raw).unwrap();
    let ids: Vec<&str> = v["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["expectant", "medication", "surgery"]);
    assert!(
        v["disclaimer"]
            .as_str()
            .unwrap()
            .contains("does not diagnose")
    );
}

#[tokio::test]
async fn the_openapi_document_lists_every_results_path() {
    let (status, raw) = send(
        Request::get("/api/v1/openapi.json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let doc: Value = serde_json::from_str(&raw).unwrap();
    for (path, input) in [
        ("/api/v1/hcg", "HcgInput"),
        ("/api/v1/scan", "ScanInput"),
        ("/api/v1/dating", "DatingInput"),
        ("/api/v1/risk", "RiskInput"),
    ] {
        let op = &doc["paths"][path]["post"];
        assert_eq!(
            op["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            format!("#/components/schemas/{input}")
        );
        assert!(op["responses"]["422"].is_object(), "{path}");
        assert_eq!(
            doc["components"]["schemas"][input]["additionalProperties"],
            false
        );
    }
    assert!(doc["paths"]["/api/v1/options"]["get"].is_object());
    let scan = &doc["components"]["schemas"]["ScanInput"]["properties"];
    assert_eq!(scan["crl_mm"]["maximum"], 90.0);
    let values = &doc["components"]["schemas"]["HcgInput"]["properties"]["values"];
    assert_eq!(
        (&values["minItems"], &values["maxItems"]),
        (&json!(2), &json!(20))
    );
}

/// Every string value under `v`, with its path, in document order.
fn strings(v: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((path.to_owned(), s.clone())),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(x, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                strings(x, &format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}

/// The numbers in a text, sorted.
fn numbers_in(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|t| t.trim_matches(|c| c == '.' || c == ','))
        .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

/// The readings' sentences (`text`, `next_step`, `because`) of an answer.
fn sentences(v: &Value) -> Vec<(String, String)> {
    let mut all = vec![];
    strings(v, "", &mut all);
    all.into_iter()
        .filter(|(p, _)| {
            // The last key of the path (not a file name).
            matches!(p.rsplit('.').next(), Some("text" | "next_step" | "because"))
        })
        .collect()
}

#[tokio::test]
async fn with_solace_lang_es_the_readings_are_spanish_and_the_keys_and_numbers_stay() {
    let after_loss = json!({
        "context": "after_loss",
        "values": [
            { "at": "2024-03-04T09:00:00Z", "iu_per_l": 2000 },
            { "at": "2024-03-06T09:00:00Z", "iu_per_l": 1200 },
            { "at": "2024-03-11T09:00:00Z", "iu_per_l": 300 },
        ]
    });
    let scan = json!({ "route": "transvaginal", "msd_mm": 18, "embryo_seen": false });
    for (path, body) in [
        (
            "/api/v1/hcg",
            pair("unknown_location", 1000.0, 1700.0, PLUS_48H),
        ),
        ("/api/v1/hcg", after_loss),
        ("/api/v1/scan", scan),
    ] {
        let (status, en) = post(path, &body, Some("solace_region=us")).await;
        assert_eq!(status, StatusCode::OK, "{en:#}");
        let (status, es) = post(path, &body, Some("solace_region=us; solace_lang=es")).await;
        assert_eq!(status, StatusCode::OK, "{es:#}");
        let (e, s) = (sentences(&en), sentences(&es));
        assert!(e.len() >= 6, "{path}: {e:?}");
        // The same keys in the same places; only the words change.
        assert_eq!(
            e.iter().map(|x| &x.0).collect::<Vec<_>>(),
            s.iter().map(|x| &x.0).collect::<Vec<_>>()
        );
        assert_eq!(
            en["readings"].as_array().unwrap().len(),
            es["readings"].as_array().unwrap().len()
        );
        for (r_en, r_es) in en["readings"]
            .as_array()
            .unwrap()
            .iter()
            .zip(es["readings"].as_array().unwrap())
        {
            assert_eq!(r_en["id"], r_es["id"]);
        }
        for ((p, e), (_, s)) in e.iter().zip(&s) {
            assert_ne!(e, s, "{path} {p}: still English");
            assert_eq!(numbers_in(e), numbers_in(s), "{path} {p}:\n{e}\n{s}");
        }
    }
    // An input problem of the hCG check's own is in Spanish too.
    let (status, v) = post(
        "/api/v1/hcg",
        &pair("unknown_location", 1000.0, 1700.0, "2024-03-04T09:20:00Z"),
        Some("solace_lang=es"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(v["errors"][0]["field"], "values[1].at");
    assert!(
        v["errors"][0]["expected"]
            .as_str()
            .unwrap()
            .contains("al menos 1 hora"),
        "{v:#}"
    );
}
