//! `/learn` and `/learn/<slug>` (issues 5 and 12): the articles by question, the POST-only search
//! box with its CSRF token, the no-results answer, and one article with its content warning,
//! region blocks, sources and related articles.

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use scraper::{ElementRef, Html, Selector};
use solace_content::articles::{self, Question};
use solace_web::{AppState, Config, app};
use tower::ServiceExt;

struct Res {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Res {
    fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.strip_prefix(&format!("{name}=")))
            .map(|c| c.split(';').next().unwrap_or("").to_owned())
    }
}

async fn send(req: Request<Body>) -> Res {
    let state = AppState::new(Config::default()).expect("state");
    let res = app(state).oneshot(req).await.expect("response");
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.expect("body").to_bytes();
    Res {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).expect("utf-8"),
    }
}

async fn get(path: &str, region: &str) -> Res {
    send(
        Request::get(path)
            .header(header::HOST, "127.0.0.1:7878")
            .header(header::COOKIE, format!("solace_region={region}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A search as a browser sends it from /learn: the box carries no token (the page is the same for
/// everyone), and the browser says the form came from this site.
async fn search(query: &str) -> Res {
    search_in(query, "uk").await
}

async fn search_in(query: &str, region: &str) -> Res {
    let page = get("/learn", region).await;
    assert!(
        page.cookie("solace_csrf").is_none(),
        "/learn sets no cookie"
    );
    assert!(!has(&page.html(), "#learn-search input[name=csrf]"));
    post_search_in(query, None, None, Some("same-origin"), region).await
}

async fn post_search(query: &str, cookie: Option<&str>, field: &str) -> Res {
    post_search_in(query, cookie, Some(field), None, "uk").await
}

async fn post_search_in(
    query: &str,
    cookie: Option<&str>,
    field: Option<&str>,
    fetch_site: Option<&str>,
    region: &str,
) -> Res {
    let cookies = match cookie {
        Some(c) => format!("solace_region={region}; solace_csrf={c}"),
        None => format!("solace_region={region}"),
    };
    let mut req = Request::post("/learn")
        .header(header::HOST, "127.0.0.1:7878")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::COOKIE, cookies);
    if let Some(site) = fetch_site {
        req = req.header("sec-fetch-site", site);
    }
    let body = match field {
        Some(f) => format!("csrf={}&q={}", enc(f), enc(query)),
        None => format!("q={}", enc(query)),
    };
    send(req.body(Body::from(body)).unwrap()).await
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

fn all<'a>(doc: &'a Html, s: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(s)).collect()
}

fn one<'a>(doc: &'a Html, s: &str) -> ElementRef<'a> {
    doc.select(&sel(s))
        .next()
        .unwrap_or_else(|| panic!("no element matches {s}"))
}

fn has(doc: &Html, s: &str) -> bool {
    doc.select(&sel(s)).next().is_some()
}

fn text(e: ElementRef<'_>) -> String {
    e.text().collect::<String>()
}

#[tokio::test]
async fn learn_lists_every_article_under_its_question_in_order() {
    let res = get("/learn", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let groups: Vec<String> = all(&doc, "section.group h2")
        .into_iter()
        .map(text)
        .collect();
    let want: Vec<&str> = Question::ALL
        .into_iter()
        .filter(|q| articles::by_question(*q).next().is_some())
        .map(Question::text)
        .collect();
    assert_eq!(groups, want);
    assert_eq!(groups.len(), 7);
    for a in articles::all() {
        let link = one(
            &doc,
            &format!("#group-{} a[href=\"/learn/{}\"]", a.question.id(), a.slug),
        );
        assert_eq!(text(link), a.title);
        assert!(
            res.body.contains(&a.summary.replace('\'', "&#39;")) || res.body.contains(&a.summary)
        );
    }
    assert!(has(&doc, "#learn-urgent a[href=\"/check\"]"));
}

#[tokio::test]
async fn the_search_box_posts_so_the_query_never_enters_a_url() {
    let doc = get("/learn", "uk").await.html();
    let form = one(&doc, "form#learn-search");
    assert_eq!(form.value().attr("method"), Some("post"));
    // The fragment takes the reader straight to the results; nothing they type is in it.
    assert_eq!(form.value().attr("action"), Some("/learn#search-results"));
    assert!(has(&doc, "#learn-search input[type=search][name=q]"));
    // No token: /learn is the same for everyone of a language and region (page_cache).
    assert!(!has(&doc, "#learn-search input[name=csrf]"));
    assert!(has(&doc, "label[for=field-q]"));
    // A GET with a query string is the plain list: nothing is searched from a URL.
    let res = get("/learn?q=small+clots", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(!res.html().select(&sel("#search-results")).any(|_| true));
}

#[tokio::test]
async fn a_search_shows_ranked_results_with_marked_snippets() {
    let res = search("small clots").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    let first = one(&doc, "#results li a");
    assert_eq!(
        first.value().attr("href"),
        Some("/learn/bleeding-clots-tissue")
    );
    assert!(has(&doc, "#results .snippet mark"));
    assert_eq!(
        one(&doc, "#field-q").value().attr("value"),
        Some("small clots")
    );
    assert!(text(one(&doc, "#search-results-heading")).contains("small clots"));
    // Never cached, never echoed into a header.
    assert_eq!(res.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    for (name, v) in &res.headers {
        let v = v.to_str().unwrap_or("");
        assert!(!v.contains("clots"), "{name}: {v}");
    }
    // Pages holding a search offer no language switch that would lose it.
    assert!(!has(&doc, "form.lang"));
}

#[tokio::test]
async fn typos_are_forgiven_and_said() {
    let doc = search("ectopik").await.html();
    assert_eq!(
        one(&doc, "#results li a").value().attr("href"),
        Some("/learn/ectopic-and-unknown-location")
    );
    assert!(text(one(&doc, ".corrected")).contains("ectopic"));
}

#[tokio::test]
async fn a_search_needs_the_token_and_some_words() {
    let token = "A".repeat(43);
    for res in [
        post_search("small clots", None, &token).await,
        post_search("small clots", Some(&token), &"B".repeat(43)).await,
        // Without a token, only a browser that says the form came from this site is answered.
        post_search_in("small clots", None, None, None, "uk").await,
        post_search_in("small clots", None, None, Some("cross-site"), "uk").await,
        post_search_in("small clots", None, None, Some("same-site"), "uk").await,
    ] {
        assert_eq!(res.status, StatusCode::FORBIDDEN);
        let doc = res.html();
        assert!(has(&doc, "#search-forbidden"));
        assert!(!has(&doc, "#search-results"));
    }
    // A matching token is still enough (a page from before the box lost it).
    let res = post_search("small clots", Some(&token), &token).await;
    assert_eq!(res.status, StatusCode::OK);
    let empty = search("   ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let doc = empty.html();
    assert!(has(&doc, "#error-q"));
    assert_eq!(
        one(&doc, "#field-q").value().attr("aria-invalid"),
        Some("true")
    );
    let long = search(&"word ".repeat(60)).await;
    assert_eq!(long.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn what_is_searched_for_is_shown_as_text_never_as_markup() {
    let res = search("<script>alert(1)</script> clots").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    assert!(!has(&doc, "script:not([src])"));
    assert!(res.body.contains("&lt;script&gt;"));
    let none = search("zzzqqq").await.html();
    assert!(has(&none, "#no-results"));
}

#[tokio::test]
async fn an_article_has_its_date_sources_related_and_the_symptom_check() {
    let a = articles::get("when-to-get-help").unwrap();
    let res = get("/learn/when-to-get-help", "uk").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    assert_eq!(text(one(&doc, "h1")), a.title);
    assert_eq!(
        one(&doc, "#reviewed time").value().attr("datetime"),
        Some(a.reviewed.format("%Y-%m-%d").to_string().as_str())
    );
    assert!(!a.content_warning());
    assert!(!has(&doc, "details.gate"));
    assert_eq!(
        text(one(&doc, "#article-body h2")),
        "What to do now",
        "the first section"
    );
    let sources = all(&doc, "#sources li");
    assert_eq!(sources.len(), a.sources.len());
    for (li, id) in sources.iter().zip(&a.sources) {
        let title = solace_content::sources::title(id).unwrap();
        assert!(text(*li).contains(title), "{id}");
    }
    let related: Vec<&str> = all(&doc, "#related a")
        .iter()
        .filter_map(|e| e.value().attr("href"))
        .collect();
    let want: Vec<String> = a.related.iter().map(|s| format!("/learn/{s}")).collect();
    assert_eq!(related, want);
    assert!(has(&doc, "#check-door a[href=\"/check\"]"));
    // Every link stays on this site.
    for e in all(&doc, "[href]") {
        let href = e.value().attr("href").unwrap();
        assert!(
            (href.starts_with('/') && !href.starts_with("//"))
                || href.starts_with('#')
                || href.starts_with("tel:"),
            "{href}"
        );
    }
}

/// Issue 12, item 5: the warning wraps only the drawings and the descriptions of what passes;
/// what to do, and when to get help, are open to everyone.
#[tokio::test]
async fn only_the_drawings_and_what_passes_are_behind_the_warning_with_the_regions_coin() {
    let res = get("/learn/bleeding-clots-tissue", "uk").await;
    let doc = res.html();
    // The first section is open, not behind the warning.
    let first = one(&doc, "#article-body > h2");
    assert_eq!(text(first), "What to do now");
    assert!(
        !has(&doc, "details.gate h2"),
        "no section heading is hidden"
    );
    let open_text: String = all(&doc, "#article-body > ul, #article-body > p")
        .into_iter()
        .map(text)
        .collect();
    assert!(
        open_text.contains("more than 1 full pad an hour"),
        "{open_text}"
    );
    // Each warning comes before its closed gate and links to the symptom check.
    let gates = all(&doc, "#article-body details.gate");
    assert!(gates.len() >= 2, "{}", gates.len());
    for g in &gates {
        assert!(g.value().attr("open").is_none(), "closed until asked");
        assert!(g.select(&sel(":scope > summary")).next().is_some());
    }
    assert_eq!(
        all(&doc, "#article-body .content-warning a[href=\"/check\"]").len(),
        gates.len()
    );
    // All five drawings are behind a gate; none outside.
    assert_eq!(
        all(
            &doc,
            "#article-body details.gate figure.drawing svg[role=img]"
        )
        .len(),
        5
    );
    assert_eq!(all(&doc, "#article-body figure.drawing").len(), 5);
    assert!(!has(&doc, "img"), "drawings, never photos");
    let body = text(one(&doc, "#article-body"));
    assert!(body.contains("10p"));
    assert!(body.contains("A&E"), "the UK reader is sent to A&E");
    let us = get("/learn/bleeding-clots-tissue", "us").await.html();
    let body = text(one(&us, "#article-body"));
    assert!(body.contains("quarter"), "US readers see their coin");
    assert!(!body.contains("10p"));
    assert!(body.contains("emergency room"), "{body}");
}

fn region_parts(doc: &Html) -> (Vec<String>, Vec<String>) {
    let here = all(doc, ".region-group > .region-here")
        .into_iter()
        .map(|e| e.value().attr("data-regions").unwrap_or("").to_owned())
        .collect();
    let others = all(doc, ".region-group > details.region-others .region-part")
        .into_iter()
        .map(|e| e.value().attr("data-regions").unwrap_or("").to_owned())
        .collect();
    (here, others)
}

/// Issue 12, item 3: facts that differ by region are shown for the reader's region, with the
/// others one click away in a closed "What applies in other countries".
#[tokio::test]
async fn region_blocks_show_the_readers_region_and_keep_the_others_one_click_away() {
    let nz = get("/learn/work-time-off-and-money", "nz").await;
    assert_eq!(nz.status, StatusCode::OK);
    let doc = nz.html();
    let (here, others) = region_parts(&doc);
    assert_eq!(here, ["nz"]);
    assert_eq!(others, ["uk", "au", "other"]);
    let shown = text(one(&doc, ".region-here"));
    assert!(
        shown.contains("New Zealand") && shown.contains("3 days"),
        "{shown}"
    );
    let details = one(&doc, "details.region-others");
    assert!(details.value().attr("open").is_none(), "closed until asked");
    assert_eq!(
        text(one(&doc, "details.region-others > summary")),
        "What applies in other countries"
    );
    let labels: Vec<String> = all(&doc, "details.region-others .region-label")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        labels,
        ["United Kingdom", "Australia", "everywhere else"],
        "each other block is named"
    );
    // The UK reader sees the UK facts first, and New Zealand's behind the click.
    let uk = get("/learn/work-time-off-and-money", "uk").await.html();
    let (here, others) = region_parts(&uk);
    assert_eq!(here, ["uk"]);
    assert_eq!(others, ["nz", "au", "other"]);
    assert!(text(one(&uk, ".region-here")).contains("fit note"));
    // A region the article does not name gets the fallback block.
    let ca = get("/learn/work-time-off-and-money", "ca").await.html();
    let (here, others) = region_parts(&ca);
    assert_eq!(here, ["other"]);
    assert_eq!(others, ["uk", "nz", "au"]);
    assert!(text(one(&ca, ".region-here")).contains("your family doctor"));
    // Where to go when it is urgent follows the region too.
    let ie = get("/learn/when-to-get-help", "ie").await.html();
    let here = text(one(&ie, ".region-group > .region-here"));
    assert!(here.contains("maternity hospital"), "{here}");
    let us = get("/learn/anti-d-and-blood-group", "us").await.html();
    assert!(text(one(&us, ".region-here")).contains("ACOG"));
    assert!(text(one(&us, "details.region-others")).contains("NICE"));
}

/// Issue 12, item 4: nothing found says so plainly and opens the three doors people need most,
/// with the region's emergency number and crisis line.
#[tokio::test]
async fn no_results_says_so_and_offers_the_three_doors_and_the_numbers() {
    let res = search("football scores").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    assert!(text(one(&doc, "#no-results")).contains("No articles match"));
    assert!(!has(&doc, "#results"));
    let doors: Vec<&str> = all(&doc, "#help-doors a")
        .iter()
        .filter_map(|e| e.value().attr("href"))
        .collect();
    assert_eq!(
        doors,
        [
            "/learn/when-to-get-help",
            "/learn/bleeding-clots-tissue",
            "/learn/feelings-and-grief"
        ]
    );
    assert_eq!(
        one(&doc, "#no-results-emergency").value().attr("href"),
        Some("tel:999")
    );
    assert!(text(one(&doc, "#no-results-crisis")).contains("116 123"));
    let us = search_in("football scores", "us").await.html();
    assert_eq!(
        one(&us, "#no-results-emergency").value().attr("href"),
        Some("tel:911")
    );
    assert!(text(one(&us, "#no-results-crisis")).contains("988"));
    // A real search shows results, not the doors.
    let found = search("anti-D").await.html();
    assert!(!has(&found, "#no-results"));
    assert_eq!(
        one(&found, "#results li a").value().attr("href"),
        Some("/learn/anti-d-and-blood-group")
    );
}

/// Issue 12, item 4: after pressing Search the results come first, before the introduction, so
/// they are on the screen without scrolling.
#[tokio::test]
async fn results_come_before_the_introduction() {
    let res = search("Rh negative").await;
    let body = &res.body;
    let results = body.find("id=\"search-results\"").expect("results");
    let intro = body.find("class=\"lead\"").expect("introduction");
    assert!(
        results < intro,
        "results at {results}, introduction at {intro}"
    );
    let doc = res.html();
    assert!(text(one(&doc, "#also-searched")).contains("anti-d"));
    // Only one search box on the page.
    assert_eq!(all(&doc, "form#learn-search").len(), 1);
}

#[tokio::test]
async fn an_unknown_article_is_the_kind_404_page() {
    for path in [
        "/learn/no-such-article",
        "/learn/..%2Fsources",
        "/learn/SCANS",
    ] {
        let res = get(path, "uk").await;
        assert_eq!(res.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            res.html()
                .select(&sel("#emergency-banner"))
                .next()
                .is_some()
        );
    }
}

#[tokio::test]
async fn home_and_nav_open_the_door_to_learn() {
    let doc = get("/", "uk").await.html();
    assert!(has(&doc, "a#door-learn[href=\"/learn\"]"));
    assert!(has(&doc, "nav a[href=\"/learn\"]"));
}

/// Issue 17: a Spanish reader (`solace_lang=es`) gets each article in Spanish, or — for one not
/// yet translated — the English article marked `lang="en"` with a note in Spanish.
#[tokio::test]
async fn spanish_readers_get_the_spanish_article_or_the_english_one_marked_as_english() {
    let es = articles::Articles::of("es");
    for en in articles::all() {
        let res = get(&format!("/learn/{}", en.slug), "us; solace_lang=es").await;
        assert_eq!(res.status, StatusCode::OK, "{}", en.slug);
        let doc = res.html();
        assert_eq!(one(&doc, "html").value().attr("lang"), Some("es"));
        let h1 = one(&doc, "h1");
        if let Some(a) = es.get(&en.slug) {
            assert_eq!(text(h1), a.title, "{}", en.slug);
            assert_eq!(h1.value().attr("lang"), None);
            assert!(!has(&doc, "#untranslated"), "{}", en.slug);
            assert!(
                text(one(&doc, "#article-body h2")).contains("Qué hacer ahora"),
                "{}",
                en.slug
            );
        } else {
            assert_eq!(text(h1), en.title, "{}", en.slug);
            assert_eq!(h1.value().attr("lang"), Some("en"));
            assert_eq!(one(&doc, "#article-body").value().attr("lang"), Some("en"));
            let note = text(one(&doc, "#untranslated"));
            assert!(note.contains("inglés"), "{}: {note}", en.slug);
            // The region's words inside the English text are English (region us: the ER).
            assert!(
                !one(&doc, "#article-body")
                    .inner_html()
                    .contains("sala de emergencias")
            );
        }
        for r in all(&doc, "#related li") {
            let slug = one_in(r, "a").value().attr("href").unwrap()["/learn/".len()..].to_owned();
            let english = r.value().attr("lang") == Some("en");
            assert_eq!(
                english,
                es.get(&slug).is_none(),
                "{}: related {slug}",
                en.slug
            );
        }
    }
    // English readers never see the note.
    let doc = get("/learn/scans", "uk").await.html();
    assert!(!has(&doc, "#untranslated"));
    assert_eq!(text(one(&doc, "h1")), articles::get("scans").unwrap().title);
}

fn one_in<'a>(e: ElementRef<'a>, s: &str) -> ElementRef<'a> {
    e.select(&sel(s))
        .next()
        .unwrap_or_else(|| panic!("no element matches {s}"))
}

#[tokio::test]
async fn the_spanish_list_holds_every_article_once_in_spanish_where_it_can() {
    let es = articles::Articles::of("es");
    let doc = get("/learn", "uk; solace_lang=es").await.html();
    let items = all(&doc, "section.group li");
    assert_eq!(items.len(), articles::all().len());
    for li in items {
        let a = one_in(li, "a");
        let slug = &a.value().attr("href").unwrap()["/learn/".len()..];
        if let Some(t) = es.get(slug) {
            assert_eq!(text(a), t.title);
            assert_eq!(li.value().attr("lang"), None);
        } else {
            assert_eq!(text(a), articles::get(slug).unwrap().title);
            assert_eq!(li.value().attr("lang"), Some("en"));
            assert_eq!(text(one_in(li, ".in-english")), "(en inglés)");
        }
    }
    // English readers: no marks.
    assert!(!has(&get("/learn", "uk").await.html(), ".in-english"));
}

#[tokio::test]
async fn a_spanish_search_searches_the_spanish_articles() {
    let es = articles::Articles::of("es");
    let res = search_in("coagulos pequeños", "us; solace_lang=es").await;
    assert_eq!(res.status, StatusCode::OK);
    let doc = res.html();
    if let Some(a) = es.get("bleeding-clots-tissue") {
        let first = one(&doc, "#results li a");
        assert_eq!(
            first.value().attr("href"),
            Some("/learn/bleeding-clots-tissue")
        );
        assert_eq!(text(first), a.title);
        assert!(
            one(&doc, "#results .snippet")
                .inner_html()
                .contains("<mark>")
        );
    }
    // Nothing found: the three doors, in Spanish where translated, with the region's numbers.
    let doc = search_in("clases de guitarra", "us; solace_lang=es")
        .await
        .html();
    assert!(has(&doc, "#no-results"));
    let doors: Vec<String> = all(&doc, "#help-doors a").into_iter().map(text).collect();
    let want: Vec<String> = solace_content::search::HELP_DOORS
        .iter()
        .map(|s| articles::lookup("es", s).unwrap().article.title.clone())
        .collect();
    assert_eq!(doors, want);
    assert_eq!(
        one(&doc, "#no-results-emergency").value().attr("href"),
        Some("tel:911")
    );
    // An English query in Spanish finds nothing Spanish by accident, and never fails.
    assert_eq!(
        search_in("football scores", "uk; solace_lang=es")
            .await
            .status,
        StatusCode::OK
    );
}
