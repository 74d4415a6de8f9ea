//! `/wellbeing`: the PHQ-9, GAD-7 and PCL-5 check-ins, in-process through the whole app. The
//! published wording pinned item by item; the form (no JavaScript, CSRF, big radio targets); a
//! rejected form refilled with each missing question named; PHQ-9 question 9 above 0 answered
//! with the crisis page first; results kept only when the diary is unlocked and asked; the trend;
//! the re-check `.ics`; and nothing in logs, headers or URLs.

use crate::support::diary_client::*;
use axum::http::StatusCode;
use scraper::{Html, Selector};
use solace_i18n::{I18n, Lang};
use solace_store::LOCAL_ACCOUNT;
use solace_web::{AppState, Config, app};
use std::sync::{Arc, Mutex};

// ---------------------------------------------------------------------------------------------
// The published wording, copied from the instruments. The Fluent file must match it exactly.
// ---------------------------------------------------------------------------------------------

/// PHQ-9 [kroenke-2001], Pfizer PHQ-9 form.
const PHQ9_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
const PHQ9: [&str; 9] = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
];
/// GAD-7 [spitzer-2006], Pfizer GAD-7 form.
const GAD7_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by the following problems?";
const GAD7: [&str; 7] = [
    "Feeling nervous, anxious, or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
];
const FREQUENCY: [&str; 4] = [
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
];
/// PCL-5 [weathers-2013], National Center for PTSD standard form.
const PCL5_STEM: &str = "In the past month, how much were you bothered by:";
const PCL5: [&str; 20] = [
    "Repeated, disturbing, and unwanted memories of the stressful experience?",
    "Repeated, disturbing dreams of the stressful experience?",
    "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?",
    "Feeling very upset when something reminded you of the stressful experience?",
    "Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?",
    "Avoiding memories, thoughts, or feelings related to the stressful experience?",
    "Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?",
    "Trouble remembering important parts of the stressful experience?",
    "Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?",
    "Blaming yourself or someone else for the stressful experience or what happened after it?",
    "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
    "Loss of interest in activities that you used to enjoy?",
    "Feeling distant or cut off from other people?",
    "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?",
    "Irritable behavior, angry outbursts, or acting aggressively?",
    "Taking too many risks or doing things that could cause you harm?",
    "Being \"superalert\" or watchful or on guard?",
    "Feeling jumpy or easily startled?",
    "Having difficulty concentrating?",
    "Trouble falling or staying asleep?",
];
const PCL_OPTIONS: [&str; 5] = [
    "Not at all",
    "A little bit",
    "Moderately",
    "Quite a bit",
    "Extremely",
];

fn instruments() -> [(
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
); 3] {
    [
        ("phq9", PHQ9_STEM, &PHQ9, &FREQUENCY),
        ("gad7", GAD7_STEM, &GAD7, &FREQUENCY),
        ("pcl5", PCL5_STEM, &PCL5, &PCL_OPTIONS),
    ]
}

#[test]
fn the_fluent_wording_is_exactly_the_published_wording() {
    let i18n = I18n::load().unwrap();
    // The English instruments, in every English; a translation (Spanish) words them in its own
    // language and is held to its own published wording where there is one.
    for lang in Lang::ALL.into_iter().filter(|l| l.tag().starts_with("en")) {
        for region in solace_clinical::Region::ALL {
            let tr = i18n.tr(lang, region);
            for (q, stem, items, options) in instruments() {
                assert_eq!(tr.t(&format!("wb-{q}-stem")), stem, "{q} stem");
                for (i, want) in items.iter().enumerate() {
                    let id = format!("wb-{q}-item-{}", i + 1);
                    assert_eq!(tr.t(&id), *want, "{id} ({lang:?}, {region})");
                }
                let prefix = if q == "pcl5" { "wb-pcl" } else { "wb-freq" };
                for (v, want) in options.iter().enumerate() {
                    assert_eq!(tr.t(&format!("{prefix}-{v}")), *want, "{q} option {v}");
                }
            }
        }
    }
    // The PCL-5 instruction keeps its "very stressful experience"; Solace's own intro ties it
    // to the loss.
    let tr = i18n.tr(Lang::EN_GB, solace_clinical::Region::Uk);
    assert!(
        tr.t("wb-pcl5-instruction")
            .starts_with("Below is a list of problems that people sometimes have in response to a very stressful experience.")
    );
    assert!(tr.t("wb-pcl5-intro").contains("pregnancy loss"));
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn sel(doc: &Html, css: &str) -> Vec<String> {
    doc.select(&Selector::parse(css).unwrap())
        .map(|e| e.text().collect::<String>())
        .collect()
}

/// A form body answering every item with `answers` (`None` leaves one blank).
fn body(answers: &[Option<u8>]) -> Vec<(String, String)> {
    answers
        .iter()
        .enumerate()
        .filter_map(|(i, a)| a.map(|v| (format!("item_{}", i + 1), v.to_string())))
        .collect()
}

async fn submit(c: &mut Client, q: &str, answers: &[Option<u8>]) -> Res {
    let pairs = body(answers);
    let sent: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    c.post(&format!("/wellbeing/{q}"), &sent).await
}

fn all(q: usize, v: u8) -> Vec<Option<u8>> {
    vec![Some(v); q]
}

/// The first element inside `<main>`, as (tag, id).
fn first_in_main(doc: &Html) -> (String, String) {
    let main = doc
        .select(&Selector::parse("main").unwrap())
        .next()
        .expect("main");
    let first = main
        .children()
        .find_map(scraper::ElementRef::wrap)
        .expect("an element in main");
    (
        first.value().name().to_owned(),
        first.value().id().unwrap_or("").to_owned(),
    )
}

/// The kept check-ins in the diary, read through a fresh unlock.
async fn kept(c: &Client) -> Vec<serde_json::Value> {
    let unlocked = c
        .diary
        .unlock(
            LOCAL_ACCOUNT,
            &solace_store::Passphrase::new(PASS.to_owned()),
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    c.diary
        .list::<serde_json::Value>(&unlocked)
        .await
        .unwrap()
        .entries
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| v["kind"] == "wellbeing")
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn home_has_a_door_and_the_index_offers_three_check_ins_not_the_epds() {
    let mut c = Client::local().await;
    let home = c.get("/").await;
    assert_eq!(home.count("a#door-wellbeing[href='/wellbeing']"), 1);
    let index = c.get("/wellbeing").await;
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.count("#questionnaires li"), 3);
    for q in ["phq9", "gad7", "pcl5"] {
        assert_eq!(index.count(&format!("a[href='/wellbeing/{q}']")), 1);
    }
    assert!(!index.body.to_lowercase().contains("epds"));
    assert!(!index.body.contains("Edinburgh"));
    assert!(index.text("#privacy").contains("forgotten"));
    assert!(index.text("#help-now").contains("116 123"));
    assert_eq!(c.get("/wellbeing/epds").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn each_form_has_a_fieldset_per_item_with_big_radio_answers_and_csrf() {
    let mut c = Client::local().await;
    for (q, stem, items, options) in instruments() {
        let res = c.get(&format!("/wellbeing/{q}")).await;
        assert_eq!(res.status, StatusCode::OK);
        let doc = res.html();
        assert_eq!(
            res.count(&format!(
                "form#wb-form[method=post][action='/wellbeing/{q}']"
            )),
            1
        );
        assert_eq!(res.count("form#wb-form input[type=hidden][name=csrf]"), 1);
        assert_eq!(sel(&doc, "#stem"), [stem]);
        assert_eq!(res.count("form#wb-form fieldset.q"), items.len());
        assert_eq!(sel(&doc, "fieldset.q legend .item"), *items);
        for n in 1..=items.len() {
            let radios = format!("fieldset#q-item_{n} label.opt input[type=radio][name=item_{n}]");
            assert_eq!(res.count(&radios), options.len(), "{q} item {n}");
            assert_eq!(res.count(&format!("#field-item_{n}")), 1);
        }
        assert_eq!(
            sel(&doc, "fieldset#q-item_1 label.opt span"),
            *options,
            "{q} options in order"
        );
        assert_eq!(
            res.count("script"),
            res.count("script[src]"),
            "no inline script"
        );
    }
    let pcl = c.get("/wellbeing/pcl5").await;
    assert!(pcl.text("#pcl5-intro").contains("pregnancy loss"));
}

#[tokio::test]
async fn a_rejected_form_comes_back_filled_in_with_each_missing_question_named() {
    let mut c = Client::local().await;
    c.get("/wellbeing").await;
    let mut answers = all(7, 2);
    answers[2] = None;
    answers[6] = None;
    let res = submit(&mut c, "gad7", &answers).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(res.count("#result"), 0, "no result for an incomplete form");
    let doc = res.html();
    let named = sel(&doc, "#error-summary li a");
    assert_eq!(named.len(), 2, "{named:?}");
    assert!(named[0].contains("question 3"), "{named:?}");
    assert!(named[1].contains("question 7"), "{named:?}");
    assert_eq!(res.count("#error-summary a[href='#field-item_3']"), 1);
    assert_eq!(res.count("fieldset#q-item_3.err #error-item_3"), 1);
    assert_eq!(res.count("fieldset#q-item_7.err #error-item_7"), 1);
    // Every answer given is still chosen; the missing ones are not.
    for n in [1, 2, 4, 5, 6] {
        assert_eq!(
            res.count(&format!("input[name=item_{n}][value='2'][checked]")),
            1,
            "item {n} kept"
        );
    }
    assert_eq!(res.count("input[name=item_3][checked]"), 0);
    assert_eq!(res.count("#crisis"), 0);
    // Out of range and not a number are named too, never guessed.
    let mut pairs = body(&all(9, 0));
    pairs[3].1 = "7".into();
    pairs[4].1 = "lots".into();
    let sent: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let bad = c.post("/wellbeing/phq9", &sent).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.count("#error-item_4"), 1);
    assert_eq!(bad.count("#error-item_5"), 1);
}

#[tokio::test]
async fn phq9_question_9_above_0_is_answered_with_the_crisis_page_first() {
    let mut c = Client::local().await;
    c.get("/wellbeing").await;
    // A minimal total (1), question 9 "Several days".
    let mut answers = all(9, 0);
    answers[8] = Some(1);
    let res = submit(&mut c, "phq9", &answers).await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    assert_eq!(first_in_main(&doc), ("section".into(), "crisis".into()));
    let crisis = res.text("#crisis");
    assert!(crisis.contains("116 123"), "{crisis}");
    assert!(crisis.contains("999"), "{crisis}");
    assert_eq!(res.count("#crisis a[href='tel:116123']"), 1);
    assert_eq!(res.count("#crisis a[href='tel:999']"), 1);
    assert!(!crisis.contains("111"), "never the UK non-emergency line");
    // The crisis line comes before the result, which still follows.
    let at = |s: &str| res.body.find(s).unwrap();
    assert!(at("id=\"crisis\"") < at("id=\"result\""));
    assert_eq!(res.count("h1"), 1, "one main heading: the crisis one");
    assert!(res.text("#result").contains("1 out of 27"));

    // Whatever the total: question 9 above 0 with items missing is still the crisis page first.
    let mut partial = vec![None; 9];
    partial[8] = Some(3);
    let res = submit(&mut c, "phq9", &partial).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        first_in_main(&res.html()),
        ("section".into(), "crisis".into())
    );
    assert_eq!(res.count("#error-summary"), 1);

    // Question 9 at 0 with a severe total: no crisis page.
    let mut severe = all(9, 3);
    severe[8] = Some(0);
    let res = submit(&mut c, "phq9", &severe).await;
    assert_eq!(res.count("#crisis"), 0);
    assert!(res.text("#band").contains("severe"));

    // Item 9 of the PCL-5 is not a crisis item.
    let mut pcl = all(20, 0);
    pcl[8] = Some(4);
    assert_eq!(submit(&mut c, "pcl5", &pcl).await.count("#crisis"), 0);
}

#[tokio::test]
async fn the_crisis_page_follows_the_region() {
    let mut c = Client::local().await;
    c.cookies.insert("solace_region".into(), "us".into());
    c.get("/wellbeing").await;
    let mut answers = all(9, 0);
    answers[8] = Some(2);
    let res = submit(&mut c, "phq9", &answers).await;
    assert_eq!(res.count("#crisis a[href='tel:988']"), 1);
    assert_eq!(res.count("#crisis a[href='tel:911']"), 1);
    // No listed crisis line: the emergency number and local services, never a guessed number.
    c.cookies.insert("solace_region".into(), "other".into());
    let res = submit(&mut c, "phq9", &answers).await;
    assert_eq!(res.count("#crisis a[href='tel:112']"), 1);
    assert!(res.text("#crisis").contains("local crisis line"));
}

#[tokio::test]
async fn results_name_the_band_in_plain_words_and_never_diagnose() {
    let mut c = Client::local().await;
    c.get("/wellbeing").await;
    // PHQ-9 band edges through the page (items 1-8 only, so no crisis): 4/5, 9/10, 14/15, 19/20.
    for (total, band) in [
        (4u8, "minimal"),
        (5, "mild"),
        (9, "mild"),
        (10, "moderate"),
        (14, "moderate"),
        (15, "moderately-severe"),
        (19, "moderately-severe"),
        (20, "severe"),
    ] {
        let mut answers = vec![Some(0u8); 9];
        let mut left = total;
        for a in answers.iter_mut().take(8) {
            let v = left.min(3);
            *a = Some(v);
            left -= v;
        }
        let res = submit(&mut c, "phq9", &answers).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(
            res.count(&format!(
                "#result[data-band='{band}'][data-total='{total}']"
            )),
            1,
            "PHQ-9 {total}"
        );
    }
    // GAD-7 at 10: moderate; the words of the result page.
    let res = submit(
        &mut c,
        "gad7",
        &[
            Some(3),
            Some(3),
            Some(3),
            Some(1),
            Some(0),
            Some(0),
            Some(0),
        ],
    )
    .await;
    assert_eq!(res.text("#score"), "Your score: 10 out of 21");
    assert!(res.text("#band").contains("moderate"));
    assert!(res.text("#meaning").contains("your GP"), "UK service words");
    assert!(res.text("#not-diagnosis").contains("not a diagnosis"));
    assert!(
        res.text("#sources").contains("Spitzer"),
        "{}",
        res.text("#sources")
    );
    assert!(res.text("#contacts").contains("116 123"));
    assert_eq!(
        res.count("#not-kept"),
        1,
        "no diary open: shown and forgotten"
    );
    assert_eq!(res.count("form#keep-form"), 0);
    let lower = res.text("main").to_lowercase();
    for word in [
        "you have depression",
        "you have anxiety",
        "you have ptsd",
        "diagnosed with",
    ] {
        assert!(!lower.contains(word), "{word}");
    }
    // PCL-5 at the cut-point edges, with its cluster subtotals.
    for (total, band) in [
        (30u8, "below-cut-point"),
        (31, "cut-point-range"),
        (33, "cut-point-range"),
        (34, "above-cut-point"),
    ] {
        let mut answers = vec![Some(0u8); 20];
        let mut left = total;
        for a in &mut answers {
            let v = left.min(4);
            *a = Some(v);
            left -= v;
        }
        let res = submit(&mut c, "pcl5", &answers).await;
        assert_eq!(
            res.count(&format!(
                "#result[data-band='{band}'][data-total='{total}']"
            )),
            1,
            "PCL-5 {total}"
        );
        assert_eq!(res.count("#clusters li"), 4);
    }
}

#[tokio::test]
async fn kept_in_the_diary_only_when_unlocked_and_asked_then_charted() {
    let mut c = Client::local().await;
    c.create().await;
    let index = c.get("/wellbeing").await;
    assert!(index.text("#privacy").contains("unlocked"));
    let answers = [
        Some(1),
        Some(2),
        Some(0),
        Some(1),
        Some(3),
        Some(0),
        Some(1),
        Some(0),
        Some(0),
    ];
    let res = submit(&mut c, "phq9", &answers).await;
    assert_eq!(
        res.count("form#keep-form[method=post][action='/wellbeing/keep']"),
        1
    );
    assert!(kept(&c).await.is_empty(), "scoring alone keeps nothing");

    // Without the CSRF token: refused, nothing kept.
    let mut pairs = vec![("questionnaire".to_owned(), "phq9".to_owned())];
    pairs.extend(body(&answers));
    let sent: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let forged = c.post_raw("/wellbeing/keep", &sent).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(kept(&c).await.is_empty());

    let saved = c.post("/wellbeing/keep", &sent).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.header("location"), "/wellbeing#trend");
    let stored = kept(&c).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["questionnaire"], "phq9");
    assert_eq!(
        stored[0]["answers"],
        serde_json::json!([1, 2, 0, 1, 3, 0, 1, 0, 0])
    );
    assert!(
        stored[0].get("total").is_none(),
        "total is derived, not stored"
    );

    // The trend: a chart with a dashed line where each band above minimal starts, and a table.
    let index = c.get("/wellbeing").await;
    assert_eq!(
        index.count("#trend figure#phq9-figure svg circle.point[data-value='8']"),
        1
    );
    assert_eq!(index.count("svg#phq9-chart g.band-line"), 4);
    assert_eq!(index.count("table#phq9-table tbody tr"), 1);
    assert!(index.text("table#phq9-table").contains("mild"));
    assert_eq!(
        index.count("#gad7-figure"),
        0,
        "no chart without a check-in"
    );

    // The timeline labels it, and its page shows it with a delete button.
    let tl = c.get("/diary").await;
    assert_eq!(tl.count("li.entry[data-kind=wellbeing]"), 1);
    assert!(
        tl.text("li.entry[data-kind=wellbeing]")
            .contains("Wellbeing check-in")
    );
    assert!(
        tl.text("li.entry[data-kind=wellbeing]")
            .contains("8 / 27, mild")
    );
    let href = tl
        .html()
        .select(&Selector::parse("li.entry[data-kind=wellbeing] a.edit").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_owned();
    let entry = c.get(&href).await;
    assert!(
        entry
            .text("#wellbeing-summary")
            .contains("Mood (PHQ-9): 8 / 27, mild")
    );
    assert_eq!(entry.count("#entry-delete"), 1);

    // No answers in any header.
    for h in &c.headers_seen {
        assert!(!h.contains("item_") && !h.contains("answers"), "{h}");
    }
}

#[tokio::test]
async fn nothing_is_kept_when_the_diary_is_locked() {
    let mut c = Client::local().await;
    c.create().await;
    c.post("/diary/lock", &[]).await;
    assert!(!c.cookies.contains_key("solace_session"));
    let res = submit(&mut c, "gad7", &all(7, 1)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.count("#not-kept"), 1);
    assert_eq!(res.count("form#keep-form"), 0);
    assert_eq!(c.get("/wellbeing").await.count("#trend"), 0);
    // A keep sent anyway (a stale page): told plainly, nothing stored.
    let mut pairs = vec![("questionnaire".to_owned(), "gad7".to_owned())];
    pairs.extend(body(&all(7, 1)));
    let sent: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let res = c.post("/wellbeing/keep", &sent).await;
    assert_eq!(res.status, StatusCode::UNAUTHORIZED);
    assert_eq!(res.count("#not-kept"), 1);
    assert!(kept(&c).await.is_empty());
}

#[tokio::test]
async fn without_a_diary_store_results_are_shown_and_forgotten() {
    let state = AppState::new(Config::default()).unwrap();
    let router = app(state);
    let mut c = Client::local().await;
    c.app = router;
    c.get("/wellbeing").await;
    let res = submit(&mut c, "phq9", &all(9, 0)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.count("#not-kept"), 1);
}

#[tokio::test]
async fn the_recheck_reminder_is_a_neutral_calendar_file_from_a_post() {
    let mut c = Client::local().await;
    c.get("/wellbeing").await;
    let res = submit(&mut c, "phq9", &all(9, 0)).await;
    assert_eq!(
        res.count("form#remind-form[method=post][action='/wellbeing/reminder']"),
        1
    );
    assert_eq!(
        res.count("form#remind-form input[name^=item_]"),
        0,
        "only the questionnaire id"
    );
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive();
    for (q, date) in [
        ("phq9", today + chrono::Days::new(14)),
        ("gad7", today + chrono::Days::new(14)),
        (
            "pcl5",
            today.checked_add_months(chrono::Months::new(1)).unwrap(),
        ),
    ] {
        let ics = c.post("/wellbeing/reminder", &[("questionnaire", q)]).await;
        assert_eq!(ics.status, StatusCode::OK);
        assert!(ics.header("content-type").starts_with("text/calendar"));
        assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(
            ics.body
                .contains(&format!("DTSTART;VALUE=DATE:{}\r\n", date.format("%Y%m%d"))),
            "{q}: {}",
            ics.body
        );
        assert!(ics.body.contains("SUMMARY:Check-in\r\n"));
        for word in ["PHQ", "GAD", "PCL", "mood", "wellbeing"] {
            assert!(!ics.body.contains(word), "{word} in a calendar title");
        }
    }
    let get = c.get("/wellbeing/reminder").await;
    assert_ne!(get.status, StatusCode::OK, "no reminder from a URL");
}

/// A writer that keeps every log line, for the test below.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_server_log_holds_no_answers() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_target(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    tracing::info!("log capture is live");
    let mut c = Client::local().await;
    c.create().await;
    let mut answers = all(9, 2);
    answers[8] = Some(3);
    submit(&mut c, "phq9", &answers).await;
    answers[0] = None;
    submit(&mut c, "phq9", &answers).await;
    let mut pairs = vec![("questionnaire".to_owned(), "pcl5".to_owned())];
    pairs.extend(body(&all(20, 4)));
    let sent: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    c.post("/wellbeing/pcl5", &sent).await;
    c.post("/wellbeing/keep", &sent).await;
    c.get("/wellbeing").await;
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("log capture is live"), "the capture works");
    for word in [
        "item_",
        "answers",
        "phq9",
        "pcl5",
        "questionnaire",
        "wellbeing",
    ] {
        assert!(!log.contains(word), "{word} in the log:\n{log}");
    }
}

// ---------------------------------------------------------------------------------------------
// PCL-5 question 16, the first month after the loss, and the 988 lines (issue 11)
// ---------------------------------------------------------------------------------------------

/// PCL-5 answers with question 16 at `q16` and everything else 0 (a total far below 31).
fn pcl5_with_16(q16: u8) -> Vec<Option<u8>> {
    let mut a = all(20, 0);
    a[15] = Some(q16);
    a
}

async fn submit_with(
    c: &mut Client,
    q: &str,
    answers: &[Option<u8>],
    extra: &[(&str, &str)],
) -> Res {
    let pairs = body(answers);
    let mut sent: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    sent.extend_from_slice(extra);
    c.post(&format!("/wellbeing/{q}"), &sent).await
}

fn london_today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::London)
        .date_naive()
}

/// SAFETY.md W8: PCL-5 question 16 ("taking too many risks or doing things that could cause you
/// harm") at "Moderately" or more puts the region's crisis line first, whatever the total; at "A
/// little bit" it does not.
#[tokio::test]
async fn pcl5_question_16_at_moderately_or_more_shows_the_crisis_line_first() {
    let mut c = Client::local().await;
    c.get("/wellbeing").await;
    for q16 in [2u8, 3, 4] {
        let res = submit(&mut c, "pcl5", &pcl5_with_16(q16)).await;
        assert_eq!(res.status, StatusCode::OK);
        let doc = res.html();
        assert_eq!(
            first_in_main(&doc),
            ("section".into(), "crisis".into()),
            "q16 = {q16}"
        );
        assert_eq!(res.count("#crisis[data-reason=pcl5-item-16]"), 1);
        assert!(res.text("#crisis").contains("too many risks"));
        assert_eq!(res.count("#crisis a[href='tel:116123']"), 1);
        assert_eq!(res.count("#crisis a[href='tel:999']"), 1);
        assert!(res.text("#result").contains(&format!("{q16} out of 80")));
        assert_eq!(res.count("#result[data-band='below-cut-point']"), 1);
    }
    let res = submit(&mut c, "pcl5", &pcl5_with_16(1)).await;
    assert_eq!(res.count("#crisis"), 0, "A little bit: no crisis section");
    // Seen in an incomplete form too: the crisis line before the questions.
    let mut partial = vec![None; 20];
    partial[15] = Some(2);
    let res = submit(&mut c, "pcl5", &partial).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        first_in_main(&res.html()),
        ("section".into(), "crisis".into())
    );
}

/// SAFETY.md W7: the US and Canadian lines by their own names, call or text 988.
#[tokio::test]
async fn the_us_and_canadian_988_lines_are_named_apart_with_call_and_text() {
    for (region, name) in [
        ("us", "988 Suicide & Crisis Lifeline"),
        ("ca", "9-8-8: Suicide Crisis Helpline"),
    ] {
        let mut c = Client::local().await;
        c.cookies.insert("solace_region".into(), region.into());
        c.get("/wellbeing").await;
        let res = submit(&mut c, "pcl5", &pcl5_with_16(2)).await;
        let crisis = res.text("#crisis");
        assert!(crisis.contains(name), "{region}: {crisis}");
        assert_eq!(res.count("#crisis a[href='tel:988']"), 1, "{region}");
        assert_eq!(
            res.count("#crisis a#crisis-text[href='sms:988']"),
            1,
            "{region}"
        );
        assert_eq!(res.count("#crisis a[href='tel:911']"), 1, "{region}");
        let other = if region == "us" {
            "9-8-8: Suicide Crisis Helpline"
        } else {
            "988 Suicide & Crisis Lifeline"
        };
        assert!(
            !res.body.contains(other),
            "{region}: never the other country's name"
        );
    }
}

/// SAFETY.md W9: a PCL-5 taken less than 4 weeks after the loss reads as acute stress, offers a
/// re-check at 4 weeks, and never says "probable PTSD"; from 4 weeks the published reading.
#[tokio::test]
async fn a_pcl5_in_the_first_month_reads_as_acute_stress_with_a_recheck_at_4_weeks() {
    let mut c = Client::local().await;
    c.get("/wellbeing").await;
    let form = c.get("/wellbeing/pcl5").await;
    assert_eq!(
        form.count("form#wb-form input[type=date][name=loss_date]"),
        1
    );
    assert!(
        form.text("label[for=field-loss_date]")
            .contains("When was your loss?")
    );
    assert_eq!(
        c.get("/wellbeing/phq9")
            .await
            .count("input[name=loss_date]"),
        0
    );

    let today = london_today();
    let high = all(20, 3); // 60: well above the cut-point range
    for days in [0u64, 10, 27] {
        let loss = today - chrono::Days::new(days);
        let loss_s = loss.format("%Y-%m-%d").to_string();
        let res = submit_with(&mut c, "pcl5", &high, &[("loss_date", &loss_s)]).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        assert_eq!(
            res.count("#first-month[data-since-loss=first-month]"),
            1,
            "{days} days"
        );
        let meaning = res.text("#first-month");
        assert!(meaning.contains("common soon after a loss"), "{meaning}");
        assert!(meaning.contains("acute stress"), "{meaning}");
        let recheck = loss + chrono::Days::new(28);
        assert_eq!(
            res.html()
                .select(&Selector::parse("#wb-remind").unwrap())
                .next()
                .unwrap()
                .value()
                .attr("data-recheck"),
            Some(recheck.format("%Y-%m-%d").to_string().as_str())
        );
        assert_eq!(
            res.count(&format!(
                "form#remind-form input[name=loss_date][value='{loss_s}']"
            )),
            1
        );
        let lower = res.text("main").to_lowercase();
        for word in [
            "probable ptsd",
            "you have ptsd",
            "post-traumatic stress disorder",
        ] {
            assert!(!lower.contains(word), "{word}");
        }
        // The reminder file is for 4 weeks after the loss.
        let ics = c
            .post(
                "/wellbeing/reminder",
                &[("questionnaire", "pcl5"), ("loss_date", &loss_s)],
            )
            .await;
        assert!(
            ics.body.contains(&format!(
                "DTSTART;VALUE=DATE:{}\r\n",
                recheck.format("%Y%m%d")
            )),
            "{}",
            ics.body
        );
        assert!(ics.body.contains("SUMMARY:Check-in\r\n"));
    }
    // From day 28: the published reading.
    let loss_s = (today - chrono::Days::new(28))
        .format("%Y-%m-%d")
        .to_string();
    let res = submit_with(&mut c, "pcl5", &high, &[("loss_date", &loss_s)]).await;
    assert_eq!(res.count("#first-month"), 0);
    assert!(res.text("#meaning").contains("above 33"));
    // Not said (and no diary): the page says what the first month would change.
    let res = submit(&mut c, "pcl5", &high).await;
    assert_eq!(res.count("#timing-unknown[data-since-loss=unknown]"), 1);
    assert!(
        res.text("#timing-unknown")
            .contains("less than 4 weeks ago")
    );
    // A date after today is refused by name, with the answers kept.
    let tomorrow = (today + chrono::Days::new(2))
        .format("%Y-%m-%d")
        .to_string();
    let res = submit_with(&mut c, "pcl5", &high, &[("loss_date", &tomorrow)]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text("#error-loss_date").contains("after today"));
    assert_eq!(
        res.count(&format!("input#field-loss_date[value='{tomorrow}']")),
        1
    );
    assert_eq!(res.count("input[name=item_1][value='3'][checked]"), 1);
}

/// With the diary unlocked and no date typed, the loss date comes from the diary.
#[tokio::test]
async fn the_loss_date_comes_from_an_unlocked_diary_when_not_typed() {
    let mut c = Client::local().await;
    c.create().await;
    let (d, t) = days_ago(10);
    let r = c
        .post(
            "/diary/add",
            &[
                ("kind", "event"),
                ("event", "loss_confirmed"),
                ("date", d.as_str()),
                ("time", t.as_str()),
                ("save", "1"),
            ],
        )
        .await;
    assert!(
        r.status.is_redirection() || r.status.is_success(),
        "{}",
        r.status
    );
    let form = c.get("/wellbeing/pcl5").await;
    assert!(form.text("#hint-loss_date").contains("date in your diary"));
    let res = submit(&mut c, "pcl5", &all(20, 2)).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.count("#loss-from-diary"), 1);
    assert_eq!(res.count("#first-month"), 1);
}
