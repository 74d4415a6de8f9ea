//! A year's diary (730 entries: a bleeding and a pain entry every day) on the paged timeline: each
//! page fits one round trip on a phone (≤ 14 KB gzip), pages go from the newest entries to the
//! oldest without losing or repeating one, the charts summarise the whole year, and the help
//! banner still reads every entry (an old entry that needs help is not hidden on page 1).

use crate::support::diary_client::{Client, PASS, gzip_len};
use axum::http::StatusCode;
use chrono::{Duration, SecondsFormat, Utc};
use serde_json::json;
use solace_store::LOCAL_ACCOUNT;
use solace_store::vault::Passphrase;
use std::collections::BTreeSet;

/// One round trip's worth: the first response of a page must fit in 14 KB compressed.
const PAGE_BUDGET: usize = 14 * 1024;

/// A year of a bleeding and a pain entry every day, the newest this morning; `worst` days ago the
/// bleeding is heavy enough to need help (2 pads an hour).
async fn year_diary(worst: Option<i64>) -> Client {
    let c = Client::ready().await;
    let unlocked = c
        .diary
        .unlock(LOCAL_ACCOUNT, &Passphrase::new(PASS.to_owned()), Utc::now())
        .await
        .unwrap();
    let morning = Utc::now() - Duration::hours(2);
    for day in (0..365).rev() {
        let at = morning - Duration::days(day);
        let pads = if Some(day) == worst { 2.0 } else { 0.5 };
        let bleeding = json!({"kind": "bleeding", "at": at.to_rfc3339_opts(SecondsFormat::Secs, true),
            "pads_soaked_per_hour": pads, "pad_fullness": "light", "clots": "none",
            "note": "changed pads twice this morning"});
        let pain = json!({"kind": "pain", "at": (at + Duration::minutes(10)).to_rfc3339_opts(SecondsFormat::Secs, true),
            "score": 2 + day % 4, "where": "lower_middle"});
        c.diary.add(&unlocked, &bleeding).await.unwrap();
        c.diary.add(&unlocked, &pain).await.unwrap();
    }
    c
}

async fn unlock(c: &mut Client) {
    let res = c.post("/diary/unlock", &[("passphrase", PASS)]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
}

#[tokio::test]
async fn a_years_diary_is_paged_newest_first_each_page_one_round_trip() {
    let mut c = year_diary(None).await;
    unlock(&mut c).await;
    let first = c.get("/diary").await;
    assert_eq!(first.status, StatusCode::OK);
    let size = gzip_len(&first.body);
    eprintln!("page weight: GET /diary (730 entries, page 1): {size} bytes gzip");
    assert!(size <= PAGE_BUDGET, "page 1 is {size} bytes gzip");
    // The charts summarise the whole year, a point a month.
    // 365 days touch 12 or 13 calendar months.
    assert!((12..=13).contains(&first.count("#pads-figure circle.point")));
    assert!((12..=13).contains(&first.count("#pain-figure circle.point")));
    assert!(first.text("#pads-figure figcaption").contains("month"));
    assert_eq!(first.count("#older-entries[href=\"/diary?page=2\"]"), 1);
    assert_eq!(first.count("#newer-entries"), 0);

    // Every entry exactly once over the pages, newest first, each page within the budget.
    let mut seen = BTreeSet::new();
    let mut whens: Vec<String> = vec![];
    let mut page = 1;
    let mut res = first;
    loop {
        let size = gzip_len(&res.body);
        assert!(size <= PAGE_BUDGET, "page {page} is {size} bytes gzip");
        let doc = res.html();
        let sel = scraper::Selector::parse("li.entry a.edit").unwrap();
        for a in doc.select(&sel) {
            assert!(
                seen.insert(a.value().attr("href").unwrap().to_owned()),
                "an entry twice"
            );
        }
        let days = scraper::Selector::parse("section.day").unwrap();
        whens.extend(
            doc.select(&days)
                .map(|d| d.value().attr("data-date").unwrap().to_owned()),
        );
        if page > 1 {
            assert_eq!(
                res.count("figure.chart"),
                0,
                "charts only on the first page"
            );
            assert_eq!(res.count("#newer-entries"), 1);
        }
        if res.count("#older-entries") == 0 {
            break;
        }
        page += 1;
        res = c.get(&format!("/diary?page={page}")).await;
        assert_eq!(res.status, StatusCode::OK);
    }
    assert_eq!(seen.len(), 730);
    assert_eq!(page, 730usize.div_ceil(solace_web::pages::diary::PER_PAGE));
    let mut sorted = whens.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(whens, sorted, "newest days first");
    // A page past the end is the last page; nonsense is the first.
    let past = c.get("/diary?page=999").await;
    assert_eq!(past.count("#older-entries"), 0);
    let nonsense = c.get("/diary?page=x").await;
    assert_eq!(nonsense.count("#newer-entries"), 0);
}

#[tokio::test]
async fn the_help_banner_reads_every_entry_not_only_the_page() {
    // Heavy bleeding yesterday is on page 1; the banner must show on every page.
    let mut c = year_diary(Some(1)).await;
    unlock(&mut c).await;
    for path in ["/diary", "/diary?page=5", "/diary?page=25"] {
        let res = c.get(path).await;
        assert_eq!(res.count("#diary-alert"), 1, "{path}: the help banner");
    }
}
