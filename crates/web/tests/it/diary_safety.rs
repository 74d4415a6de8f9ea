//! Issue 11, items 7 and 9, in-process on a temporary SQLite store: the diary's help banner names
//! the entry and the rule that raised it, the most urgent first, under one headline; recovery
//! cards' words agree with their level and urgent cards can call; the recovery page lists only
//! the events the person recorded; the timeline shows where the pain was and the care chosen;
//! reminders carry an alarm and a neutral title with notes that say what to do; "Leave this site"
//! can go to an operator's address (checked), after locking the diary.

use axum::http::StatusCode;
use scraper::{ElementRef, Html, Selector};
use solace_web::Config;

use crate::support::diary_client::*;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn words(e: ElementRef<'_>) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "22 Nov", as the banner dates an entry `hours` ago.
fn day_of(hours: i64) -> String {
    let t = (chrono::Utc::now() - chrono::TimeDelta::hours(hours))
        .with_timezone(&chrono_tz::Europe::London);
    t.format("%-d %b").to_string()
}

/// Issue 11: the banner said "needs attention" twice and never which entry. It now names the
/// entry and the rule, the most urgent first, under one headline.
#[tokio::test]
async fn the_banner_names_the_entry_and_the_rule_most_urgent_first_under_one_headline() {
    let mut c = Client::ready().await;
    c.add_hours_ago(&[("kind", "event"), ("event", "pregnancy_ended")], 72)
        .await;
    c.add_hours_ago(
        &[
            ("kind", "bleeding"),
            ("pads_soaked_per_hour", "3"),
            ("clots", "large"),
        ],
        3,
    )
    .await;
    // A later, calmer entry: it must not lead.
    c.add_hours_ago(&[("kind", "pain"), ("score", "4")], 1)
        .await;
    let page = c.get("/diary").await;
    let doc = page.html();
    let banner = doc.select(&sel("#diary-alert")).next().expect("a banner");
    assert_eq!(banner.value().attr("data-urgency"), Some("urgent"));
    assert_eq!(banner.select(&sel("h2")).count(), 1, "one headline");
    let text = words(banner);
    assert!(
        text.matches("needs attention").count() <= 1,
        "said more than once: {text}"
    );
    let first = banner
        .select(&sel(".lead p.recorded"))
        .next()
        .map(words)
        .unwrap_or_default();
    assert_eq!(
        first,
        format!(
            "You recorded 3 soaked pads in an hour with large clots on {}.",
            day_of(3)
        )
    );
    assert_eq!(
        banner
            .select(&sel(".lead p.why[data-rule=heavy-bleeding]"))
            .count(),
        1,
        "the rule that raised it: {text}"
    );
    assert_eq!(banner.select(&sel("a.call[href='tel:999']")).count(), 1);
    // The order: the heavy bleeding comes before the pain in the banner.
    let bleeding_at = text.find("soaked pads").unwrap();
    if let Some(pain_at) = text.find("pain of 4") {
        assert!(bleeding_at < pain_at, "{text}");
    }
}

/// The text of a card's words (not its buttons).
fn card_words(card: ElementRef<'_>) -> String {
    card.select(&sel("p.kind, p.recorded, p.why, p.do"))
        .map(words)
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Urgent: go now" never says "today"; "Today" says today; urgent and emergency cards carry the
/// call button, the others do not.
#[tokio::test]
async fn recovery_cards_words_agree_with_their_level_and_urgent_cards_can_call() {
    let mut c = Client::ready().await;
    c.add_hours_ago(&[("kind", "event"), ("event", "loss_confirmed")], 80)
        .await;
    // Misoprostol 30 hours ago and no bleeding since: a "today" check.
    c.add_hours_ago(
        &[
            ("kind", "event"),
            ("event", "medication_taken"),
            ("medicine", "misoprostol"),
        ],
        30,
    )
    .await;
    // A fever 28 hours ago (inside the 48-hour fever window, outside the last 24 hours): the
    // fever check at "go now".
    c.add_hours_ago(
        &[
            ("kind", "temperature"),
            ("temp_value", "38.6"),
            ("temp_unit", "c"),
        ],
        28,
    )
    .await;
    let rec = c.get("/diary/recovery").await;
    let doc = rec.html();
    let cards: Vec<ElementRef<'_>> = doc.select(&sel("#flags div.flag")).collect();
    let levels: Vec<&str> = cards
        .iter()
        .filter_map(|c| c.value().attr("data-level"))
        .collect();
    assert!(levels.contains(&"urgent"), "{levels:?}: {}", rec.body);
    assert!(levels.contains(&"same_day"), "{levels:?}");
    for card in &cards {
        let level = card.value().attr("data-level").unwrap();
        let text = card_words(*card);
        let lower = text.to_lowercase();
        let calls = card.select(&sel("a.call[href='tel:999']")).count();
        match level {
            "urgent" | "emergency" => {
                assert!(lower.contains(" now"), "{level}: {text}");
                assert!(!lower.contains("today"), "{level}: {text}");
                assert_eq!(calls, 1, "{level}: the call button");
            }
            "same_day" => {
                assert!(lower.contains("today"), "{level}: {text}");
                assert!(!lower.contains(" now"), "{level}: {text}");
                assert_eq!(calls, 0, "{level}");
            }
            _ => assert_eq!(calls, 0, "{level}"),
        }
    }
    let fever = doc
        .select(&sel("#flags div.flag[data-flag=fever]"))
        .next()
        .unwrap();
    assert!(
        card_words(fever).contains(&format!(
            "You recorded a temperature of 38.6 °C on {}.",
            day_of(28)
        )),
        "{}",
        card_words(fever)
    );
}

/// Issue 11: the recovery page listed "Loss confirmed" and "My pregnancy has ended" with dates
/// the checks had worked out, though the person recorded neither. Only recorded events now.
#[tokio::test]
async fn the_recovery_page_shows_only_the_events_recorded() {
    let mut c = Client::ready().await;
    c.add_hours_ago(
        &[
            ("kind", "event"),
            ("event", "management_chosen"),
            ("management", "medication"),
        ],
        48,
    )
    .await;
    let rec = c.get("/diary/recovery").await;
    let items: Vec<String> = rec.html().select(&sel("#happened li")).map(words).collect();
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0].ends_with(" – Care chosen: Medicine"), "{items:?}");
    // (The buttons below the list still offer to record each event.)
    let happened = rec.text("#happened");
    for never in ["Loss confirmed", "My pregnancy has ended", "Treatment"] {
        assert!(!happened.contains(never), "{never} in {happened}");
    }
}

#[tokio::test]
async fn the_timeline_shows_where_the_pain_was_and_the_care_chosen() {
    let mut c = Client::ready().await;
    c.add_hours_ago(
        &[("kind", "pain"), ("score", "5"), ("where", "left_side")],
        2,
    )
    .await;
    c.add_hours_ago(
        &[
            ("kind", "event"),
            ("event", "management_chosen"),
            ("management", "surgery"),
        ],
        1,
    )
    .await;
    let page = c.get("/diary").await;
    let pain = page.text("li.entry[data-kind=pain]");
    assert!(
        pain.contains("5 / 10") && pain.contains("on the left side"),
        "{pain}"
    );
    let event = page.text("li.entry[data-kind=event]");
    assert!(event.contains("Care chosen: A procedure"), "{event}");
}

/// Unfolds an iCalendar file (RFC 5545 §3.1) into its content lines.
fn unfold(ics: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![];
    for raw in ics.split("\r\n") {
        if let Some(rest) = raw.strip_prefix(' ') {
            lines.last_mut().unwrap().push_str(rest);
        } else if !raw.is_empty() {
            lines.push(raw.to_owned());
        }
    }
    lines
}

#[tokio::test]
async fn reminders_carry_an_alarm_a_neutral_title_and_notes_that_say_what_to_do() {
    let mut c = Client::ready().await;
    c.add_hours_ago(&[("kind", "event"), ("event", "loss_confirmed")], 48)
        .await;
    c.add_hours_ago(
        &[
            ("kind", "event"),
            ("event", "management_chosen"),
            ("management", "expectant"),
        ],
        47,
    )
    .await;
    let ics = c.get("/diary/reminders/all.ics").await;
    assert_eq!(ics.status, StatusCode::OK);
    for line in ics.body.split("\r\n") {
        assert!(line.len() <= 75, "not folded: {line}");
    }
    let lines = unfold(&ics.body);
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(events, 4, "{lines:#?}");
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VALARM").count(),
        events
    );
    assert_eq!(
        lines.iter().filter(|l| *l == "ACTION:DISPLAY").count(),
        events
    );
    assert_eq!(
        lines.iter().filter(|l| *l == "TRIGGER:PT9H").count(),
        events
    );
    // The title and the alarm, which a lock screen shows, say only "Check-in".
    let titles: Vec<&String> = lines.iter().filter(|l| l.starts_with("SUMMARY:")).collect();
    assert!(
        titles.iter().all(|t| *t == "SUMMARY:Check-in"),
        "{titles:?}"
    );
    let mut in_alarm = false;
    let mut notes = vec![];
    for l in &lines {
        match l.as_str() {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if l.starts_with("DESCRIPTION:") => {
                if in_alarm {
                    assert_eq!(l, "DESCRIPTION:Check-in");
                } else {
                    notes.push(l.clone());
                }
            }
            _ => {}
        }
    }
    // The notes say what to do, with the number for help at once.
    assert_eq!(notes.len(), events);
    assert!(
        notes
            .iter()
            .any(|n| n.contains("Do a home pregnancy test today")),
        "{notes:#?}"
    );
    assert!(notes.iter().all(|n| n.contains("call 999")), "{notes:#?}");
    for word in ["miscarr", "loss"] {
        assert!(!ics.body.to_lowercase().contains(word), "{word}");
    }
}

#[test]
fn the_exit_address_must_be_an_absolute_http_address() {
    for good in [
        "https://www.bbc.co.uk/weather",
        "http://example.org/",
        "https://news.example.com/today?x=1",
    ] {
        assert_eq!(solace_app::config::exit_url(good).as_deref(), Ok(good));
    }
    for bad in [
        "",
        "/away",
        "www.bbc.co.uk",
        "javascript:alert(1)",
        "data:text/html,hi",
        "ftp://example.org/",
        "https://",
        "https://user:secret@example.org/",
        "https://exa mple.org/",
        "https://example.org/\nSet-Cookie: x",
    ] {
        assert!(
            solace_app::config::exit_url(bad).is_err(),
            "{bad:?} was accepted"
        );
    }
    let long = format!("https://example.org/{}", "a".repeat(2100));
    assert!(solace_app::config::exit_url(&long).is_err());
}

/// A hosted operator's exit address: `/away` locks the diary, then sends the browser there
/// (303), never cached. Without one, `/away` is Solace's own neutral page.
#[tokio::test]
async fn leaving_goes_to_the_operators_address_after_locking_the_diary() {
    let config = Config {
        exit_url: Some("https://www.bbc.co.uk/weather".to_owned()),
        ..Config::default()
    };
    let mut c = Client::ready_with(config).await;
    c.add_hours_ago(&[("kind", "note"), ("text", "OSPREY-4410")], 1)
        .await;
    let away = c.get("/away").await;
    assert_eq!(away.status, StatusCode::SEE_OTHER);
    assert_eq!(away.header("location"), "https://www.bbc.co.uk/weather");
    assert_eq!(away.header("cache-control"), "no-store");
    assert_eq!(away.header("referrer-policy"), "no-referrer");
    assert!(
        away.set_cookies()
            .iter()
            .any(|s| s.starts_with("solace_session=;")),
        "the diary's cookie is cleared"
    );
    assert!(!c.get("/diary").await.body.contains("OSPREY-4410"));

    let mut plain = Client::ready().await;
    let away = plain.get("/away").await;
    assert_eq!(away.status, StatusCode::OK);
    assert_eq!(away.count("main .weather"), 1);
}

/// Every answer to a form is `no-store`, so Back or a restored tab cannot show it from a cache,
/// and the page script that keeps Solace to one history entry is on every page but `/away`.
#[tokio::test]
async fn answers_are_never_stored_and_the_one_entry_script_is_loaded() {
    let mut c = Client::ready().await;
    let check = c
        .post("/check", &[("situation", "pregnant"), ("fainted", "yes")])
        .await;
    assert_eq!(check.header("cache-control"), "no-store");
    let doc = Html::parse_document(&check.body);
    assert_eq!(
        doc.select(&sel("head script[src='/assets/solace.js']"))
            .count(),
        1
    );
    let away = c.get("/away").await;
    assert_eq!(away.count("script"), 0);
    let js = c.get("/assets/solace.js").await;
    for needle in ["location.replace", "history.replaceState", "fetch("] {
        assert!(js.body.contains(needle), "{needle}");
    }
}
