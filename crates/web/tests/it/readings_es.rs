//! The dating, odds and options readings in Spanish (`solace_lang=es`): on the results pages and
//! through the API the sentences are Spanish, with the same numbers as the English, and a
//! rejected answer is named in Spanish. The JSON keys and field names stay English.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use solace_clinical::Region;
use solace_i18n::{I18n, Lang};

use crate::support::page_client::*;

fn es() -> solace_i18n::Tr<'static> {
    let i18n: &'static I18n = Box::leak(Box::new(I18n::load().unwrap()));
    i18n.tr(Lang::ES, Region::Uk)
}

async fn post_lang(path: &str, body: &str, content_type: &str, lang: &str) -> Res {
    send(
        Request::post(path)
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::CONTENT_TYPE, content_type)
            .header(
                header::COOKIE,
                format!("solace_region=uk; solace_lang={lang}"),
            )
            .body(Body::from(body.to_owned()))
            .unwrap(),
    )
    .await
}

async fn get_lang(path: &str, lang: &str) -> Res {
    send(
        Request::get(path)
            .header(header::HOST, "127.0.0.1:7878")
            .header(
                header::COOKIE,
                format!("solace_region=uk; solace_lang={lang}"),
            )
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

const FORM: &str = "application/x-www-form-urlencoded";

/// The numbers of a text, sorted ("15.3%" is one number).
fn numbers(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|s| s.trim_matches(|c| c == '.' || c == ','))
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn the_dates_result_is_spanish_with_the_english_numbers() {
    let body = "method=crl&crl_mm=7&scan_date=2026-01-10";
    let en = post_lang("/results/dates", body, FORM, "en-GB").await;
    let es_page = post_lang("/results/dates", body, FORM, "es").await;
    assert_eq!(es_page.status, StatusCode::OK);
    let (en, es_doc) = (en.html(), es_page.html());
    let (a, b) = (
        text(one(&en, "#dates-text")),
        text(one(&es_doc, "#dates-text")),
    );
    assert!(a.starts_with("At the time of the scan"), "{a}");
    assert!(b.starts_with("En el momento de la ecografía"), "{b}");
    assert!(b.contains("6 semanas y 3 días"), "{b}");
    assert_eq!(numbers(&a), numbers(&b), "{a}\n{b}");
    // MSD carries a note.
    let doc = post_lang("/results/dates", "method=msd&msd_mm=10", FORM, "es")
        .await
        .html();
    let note = text(one(&doc, "#method-note"));
    assert!(note.contains("aproximada"), "{note}");
}

#[tokio::test]
async fn a_rejected_dates_answer_is_named_in_spanish() {
    let tr = es();
    let res = post_lang("/results/dates", "method=crl&crl_mm=200", FORM, "es").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = res.html();
    let summary = text(one(&doc, "#error-summary"));
    // The field is named by its Spanish question, not its JSON key.
    assert!(summary.contains(&tr.t("dates-q-crl_mm")), "{summary}");
    assert!(!summary.contains("crl_mm"), "{summary}");
    assert!(text(one(&doc, "#error-crl_mm")).contains("0.5"));
}

#[tokio::test]
async fn the_odds_result_is_spanish() {
    let body = "age=27&previous_losses=0&weeks=8&cardiac_activity_seen=yes&bleeding_or_pain=no";
    let res = post_lang("/odds", body, FORM, "es").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let framing = text(one(&doc, "#framing"));
    assert_eq!(framing, es().t("odds-framing"));
    assert!(framing.contains("equipo médico"));
    // The readings' sentences (the page around them, and the sources' titles, are not theirs).
    let readings: String = all(
        &doc,
        "li[data-figure] p:not(.src), li[data-withheld], li[data-field]",
    )
    .into_iter()
    .map(text)
    .collect();
    assert!(readings.contains("de cada 100"), "{readings}");
    assert!(readings.contains("pérdida del embarazo"));
    for english in ["in 100", "miscarriage", "did not change the numbers"] {
        assert!(!readings.contains(english), "English left: {english}");
    }
    // The English page, the same answers: the same numbers in the figures' sentences.
    let en = post_lang("/odds", body, FORM, "en-GB").await.html();
    let figs = |d: &scraper::Html| {
        all(d, "[data-figure]")
            .into_iter()
            .map(|e| numbers(&text(e)))
            .collect::<Vec<_>>()
    };
    assert!(!figs(&en).is_empty());
    assert_eq!(figs(&en), figs(&doc));
}

#[tokio::test]
async fn the_options_page_is_spanish() {
    let res = get_lang("/options", "es").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let main = text(one(&doc, "#options"));
    assert!(main.contains("manejo expectante"), "{main}");
    assert!(main.contains("¿Cuánto tiempo debo esperar"), "{main}");
    // The "X in 100" is still picked out in bold.
    let bold: Vec<String> = all(&doc, "b.r-in100").into_iter().map(text).collect();
    assert!(
        !bold.is_empty() && bold.iter().all(|b| b.contains("de cada 100")),
        "{bold:?}"
    );
    for english in [
        "in 100 women",
        "Waiting for it",
        "What happens if the medicines",
    ] {
        assert!(!main.contains(english), "English left: {english}");
    }
    let safety = text(one(&doc, "#safety"));
    assert!(safety.contains("de inmediato"), "{safety}");
    assert!(safety.contains('2'));
}

#[tokio::test]
async fn the_api_answers_in_spanish_with_english_keys() {
    let res = post_lang(
        "/api/v1/dating",
        &json!({"crl_mm": 7, "scan_date": "2026-01-10"}).to_string(),
        "application/json",
        "es",
    )
    .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    let v: Value = serde_json::from_str(&res.body).unwrap();
    assert_eq!(v["method"], "crl");
    let t = v["text"].as_str().unwrap();
    assert!(t.starts_with("En el momento"), "{t}");
    assert!(t.contains("2026-08-15") || t.contains("2026-"), "{t}");

    let res = post_lang(
        "/api/v1/risk",
        &json!({"age": 27}).to_string(),
        "application/json",
        "es",
    )
    .await;
    let v: Value = serde_json::from_str(&res.body).unwrap();
    assert_eq!(v["framing"], es().t("odds-framing"));
    assert!(
        v["figures"][0]["in_100"]
            .as_str()
            .unwrap()
            .contains("de cada 100")
    );

    let res = get_lang("/api/v1/options", "es").await;
    let v: Value = serde_json::from_str(&res.body).unwrap();
    assert_eq!(v["options"][0]["id"], "expectant");
    assert!(
        v["options"][0]["name"]
            .as_str()
            .unwrap()
            .contains("expectante")
    );

    // A refused answer: the field key stays English, the words are Spanish.
    let res = post_lang(
        "/api/v1/dating",
        &json!({"crl_mm": 200}).to_string(),
        "application/json",
        "es",
    )
    .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    let v: Value = serde_json::from_str(&res.body).unwrap();
    assert_eq!(v["errors"][0]["field"], "crl_mm");
    assert_eq!(v["errors"][0]["problem"], "out_of_range");
    assert_eq!(
        v["errors"][0]["expected"],
        "se esperaba un número de 0.5 a 90 mm"
    );
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("crl_mm: se esperaba")
    );
}
