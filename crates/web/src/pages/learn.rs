//! `/learn`: the articles, grouped by the question they answer, and a search box.
//! `/learn/<slug>`: one article, with its review date, sources, related articles and the
//! symptom check one tap away.
//!
//! The search box POSTs: what someone searches for is health information and must never sit in a
//! URL, the browser history or a server log. The results come back on the response page, which is
//! never cached (`no-store`). The box carries no CSRF token, so that `/learn` is the same for
//! everyone of a language and region (`crate::page_cache`); a search changes nothing, and is
//! answered only when the browser positively says it came from this site
//! ([`Ctx::same_origin_affirmed`]) or with a matching token.
//!
//! Article bodies are content files (`content/articles`, English; `content/articles/es`,
//! Spanish; rendered to safe HTML by `solace_content::markdown`), in the reader's language: an
//! article without a translation is shown in English (`lang="en"`) with a note saying so, in
//! the reader's language (`learn-untranslated`). Search runs over the articles of the reader's
//! language (`solace_content::search::for_lang`). What differs by region is written in the article as region
//! terms (`{{ coin }}`, `{{ doctor }}`, `{{ epu }}`, `{{ ed }}`: filled in from `services.ftl` for
//! the reader's region, the words the symptom check uses) and region blocks (the reader's block
//! shown, the others in a closed "What applies in other countries"). Drawings and descriptions of
//! what passes sit behind a content warning; the rest of the article is open. Everything around
//! the articles comes from Fluent (`learn.ftl`).
//!
//! A search that finds nothing says so and offers the three doors people need most (when to get
//! help, bleeding, feelings) with the region's emergency number and crisis line.

use super::drawings::article_drawing;
use super::{Chrome, Ctx, Page, bad_request, not_found};
use crate::AppState;
use crate::extract::csrf::last;
use crate::extract::{CsrfForm, CsrfRefusal};
use axum::Router;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use maud::{Markup, PreEscaped, html};
use solace_clinical::Region;
use solace_content::articles::{self, Article, Found, Question};
use solace_content::markdown::{Block, RegionGroup, Term};
use solace_content::search::{self, HELP_DOORS, MAX_QUERY_CHARS, Results};
use solace_content::sources;
use solace_i18n::{Lang, Tr};

/// The search box's field.
pub const QUERY_FIELD: &str = "q";
/// Results shown for one search.
const LIMIT: usize = 8;
/// Where the search form sends the person: the results, at the top of the screen.
const RESULTS_ANCHOR: &str = "search-results";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/learn", get(index).post(search_post))
        .route("/learn/{slug}", get(article))
}

/// Message ids the pages pick from tables (for the tidy tests).
pub fn message_ids() -> Vec<&'static str> {
    Question::ALL
        .into_iter()
        .map(question_id)
        .chain(Term::ALL.into_iter().map(Term::message_id))
        .collect()
}

fn question_id(q: Question) -> &'static str {
    match q {
        Question::HelpNow => "learn-q-help-now",
        Question::Happening => "learn-q-happening",
        Question::Tests => "learn-q-tests",
        Question::Next => "learn-q-next",
        Question::Cope => "learn-q-cope",
        Question::Cause => "learn-q-cause",
        Question::Future => "learn-q-future",
    }
}

/// What the search did, for the page.
#[derive(Debug)]
enum Searched {
    Nothing,
    /// The box was empty (or too long): say so beside it.
    Invalid(String),
    Found(String, Results),
    /// The token did not match: nothing searched.
    Forbidden,
}

async fn index(ctx: Ctx) -> Response {
    list_page(&ctx, &Searched::Nothing, StatusCode::OK)
}

async fn search_post(ctx: Ctx, form: Result<CsrfForm, CsrfRefusal>) -> Response {
    // A request from another site is refused before its body is read.
    let pairs = match form {
        Ok(CsrfForm(pairs)) => pairs,
        Err(CsrfRefusal {
            pairs: Some(pairs),
            cross_site: false,
            ..
        }) if ctx.same_origin_affirmed() => pairs,
        Err(refused) => {
            return match refused.unreadable_from_this_site() {
                Some(status) => bad_request(&ctx, status),
                None => list_page(&ctx, &Searched::Forbidden, StatusCode::FORBIDDEN),
            };
        }
    };
    let value = |name: &str| last(&pairs, name);
    let tr = ctx.tr();
    let query = value(QUERY_FIELD);
    if query.is_empty() {
        let s = Searched::Invalid(tr.t("learn-search-empty"));
        return list_page(&ctx, &s, StatusCode::UNPROCESSABLE_ENTITY);
    }
    if query.chars().count() > MAX_QUERY_CHARS {
        let s = Searched::Invalid(tr.t("learn-search-too-long"));
        return list_page(&ctx, &s, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let results = search::for_lang(tr.lang.tag())
        .map_err(|_| ())
        .and_then(|i| i.search(query, LIMIT).map_err(|_| ()));
    if let Ok(r) = results {
        list_page(&ctx, &Searched::Found(query.to_owned(), r), StatusCode::OK)
    } else {
        // Never the query: it is health information.
        tracing::error!("article search failed");
        let s = Searched::Invalid(tr.t("learn-search-failed"));
        list_page(&ctx, &s, StatusCode::INTERNAL_SERVER_ERROR)
    }
}

fn search_form(tr: &Tr<'_>, searched: &Searched) -> Markup {
    let (value, error) = match searched {
        Searched::Found(q, _) => (q.as_str(), None),
        Searched::Invalid(m) => ("", Some(m.as_str())),
        _ => ("", None),
    };
    html! {
        form #learn-search method="post" action={ "/learn#" (RESULTS_ANCHOR) } role="search" {
            div.q.err[error.is_some()] {
                label for="field-q" { (tr.t("learn-search-label")) }
                p.hint #hint-q { (tr.t("learn-search-hint")) }
                @if let Some(m) = error { p.field-error #error-q { (m) } }
                input type="search" name=(QUERY_FIELD) #field-q value=(value) autocomplete="off"
                    maxlength=(MAX_QUERY_CHARS)
                    aria-describedby={ "hint-q" @if error.is_some() { " error-q" } }
                    aria-invalid=[error.map(|_| "true")];
                " "
                button.btn.primary type="submit" { (tr.t("learn-search-button")) }
            }
        }
    }
}

fn results_section(tr: &Tr<'_>, region: Region, query: &str, r: &Results) -> Markup {
    html! {
        section #(RESULTS_ANCHOR) aria-labelledby="search-results-heading" {
            h2 #search-results-heading {
                (tr.t_with("learn-results-heading", &[("query", FluentValue::from(query))]))
            }
            @for (typed, used) in &r.corrected {
                p.hint.corrected {
                    (tr.t_with("learn-results-corrected", &[
                        ("typed", FluentValue::from(typed.as_str())),
                        ("used", FluentValue::from(used.as_str())),
                    ]))
                }
            }
            @if r.hits.is_empty() {
                (no_results(tr, region))
            } @else {
                @if !r.also.is_empty() {
                    p.hint #also-searched {
                        (tr.t_with("learn-results-also", &[("words", FluentValue::from(r.also.join(", ")))]))
                    }
                }
                ol.art-list #results {
                    @for h in &r.hits {
                        li {
                            a href={ "/learn/" (h.slug) } { (h.title) }
                            // Safe: the snippet escapes the article text and adds only <mark>.
                            p.snippet { (PreEscaped(h.snippet.to_html())) }
                        }
                    }
                }
            }
        }
    }
}

/// Nothing matched: say so, and offer the three doors and the numbers to call.
fn no_results(tr: &Tr<'_>, region: Region) -> Markup {
    let number = region.emergency_number();
    html! {
        p #no-results { strong { (tr.t("learn-results-none")) } }
        p { (tr.t("learn-results-doors")) }
        ul.art-list #help-doors {
            @for slug in HELP_DOORS {
                @if let Some(found) = articles::lookup(tr.lang.tag(), slug) {
                    (article_item(tr, found))
                }
            }
        }
        div.note #no-results-help {
            p {
                (tr.t("learn-results-emergency")) " "
                a #no-results-emergency href={ "tel:" (number.dial) } { (number.display) }
            }
            @if let Some(c) = region.crisis_line() {
                p {
                    (tr.t_with("learn-results-crisis", &[("name", FluentValue::from(c.name))])) " "
                    a #no-results-crisis href={ "tel:" (c.number.dial) } { (c.number.display) }
                }
            }
        }
    }
}

fn list_page(ctx: &Ctx, searched: &Searched, status: StatusCode) -> Response {
    let tr = ctx.tr();
    ctx.respond(&Page {
        title: tr.t("learn-title"),
        body: html! {
            h1 { (tr.t("learn-heading")) }
            @if let Searched::Found(q, r) = searched {
                // After a search the results come first, so they are on the screen at once
                // (the form's action also jumps to them).
                (search_form(&tr, searched))
                (results_section(&tr, ctx.prefs.region, q, r))
            }
            p.lead { (tr.t("learn-intro")) }
            p.note #learn-urgent {
                (tr.t("learn-urgent")) " "
                a href="/check" { (tr.t("nav-check")) }
            }
            @if matches!(searched, Searched::Forbidden) {
                p.field-error #search-forbidden { (tr.t("learn-search-forbidden")) }
            }
            @if !matches!(searched, Searched::Found(..)) {
                (search_form(&tr, searched))
            }
            @for q in Question::ALL {
                // Every article, in the reader's language where it has a translation.
                @let list: Vec<Found> = articles::by_question(q)
                    .filter_map(|a| articles::lookup(tr.lang.tag(), &a.slug))
                    .collect();
                @if !list.is_empty() {
                    section.group id={ "group-" (q.id()) } {
                        h2 { (tr.t(question_id(q))) }
                        ul.art-list {
                            @for found in list {
                                (article_item(&tr, found))
                            }
                        }
                    }
                }
            }
        },
        status,
        chrome: Chrome::Standard,
    })
}

/// An article in a list: its title and summary, marked `lang="en"` with "(in English)" in the
/// reader's words when it has no translation in their language.
fn article_item(tr: &Tr<'_>, found: Found) -> Markup {
    let a = found.article;
    let english = !found.translated;
    html! {
        li lang=[english.then_some("en")] {
            a href={ "/learn/" (a.slug) } { (a.title) }
            @if english {
                " " span.hint.in-english lang=(tr.lang.tag()) { (tr.t("learn-in-english")) }
            }
            p.hint { (a.summary) }
        }
    }
}

fn long_date(tr: &Tr<'_>, d: NaiveDate) -> String {
    solace_i18n::fmt::date(tr.lang, d)
}

/// The body, block by block: the renderer's safe HTML (with the region's words for the region
/// terms, from `terms`: the language the article is written in), drawings, warnings and region
/// groups (their words from `tr`, the reader's language).
fn body(tr: &Tr<'_>, terms: &Tr<'_>, a: &Article) -> Markup {
    let rendered = a.render_with(&|t: Term| terms.t(t.message_id()));
    blocks(tr, &rendered.blocks)
}

fn blocks(tr: &Tr<'_>, list: &[Block]) -> Markup {
    html! {
        @for block in list {
            @match block {
                // Safe: `solace_content::markdown` escapes every character of the source (and of
                // the region terms) and writes only its own tags; links go only to this site.
                Block::Html(h) => (PreEscaped(h)),
                Block::Drawing(d) => (article_drawing(tr, *d)),
                Block::Warning(inner) => (warning(tr, inner)),
                Block::Regions(g) => (regions(tr, g)),
            }
        }
    }
}

/// Drawings and descriptions of what passes: a warning, then the part behind a closed details.
fn warning(tr: &Tr<'_>, inner: &[Block]) -> Markup {
    html! {
        div.note.content-warning {
            p { strong { (tr.t("learn-cw-heading")) } }
            p { (tr.t("learn-cw-text")) }
            p { a href="/check" { (tr.t("nav-check")) } }
        }
        details.gate {
            summary { (tr.t("learn-cw-show")) }
            div.gated { (blocks(tr, inner)) }
        }
    }
}

/// The reader's region block, and the others one click away, each named.
fn regions(tr: &Tr<'_>, g: &RegionGroup) -> Markup {
    let (here, others) = g.split(tr.region);
    html! {
        div.region-group {
            @if let Some(p) = here {
                div.region-here data-regions=(ids(&p.regions)) { (blocks(tr, &p.blocks)) }
            }
            @if !others.is_empty() {
                details.region-others {
                    summary { (tr.t("learn-region-others")) }
                    @for p in others {
                        div.region-part data-regions=(ids(&p.regions)) {
                            p.region-label { strong { (region_label(tr, &p.regions)) } }
                            (blocks(tr, &p.blocks))
                        }
                    }
                }
            }
        }
    }
}

fn ids(regions: &[Region]) -> String {
    regions.iter().map(|r| r.id()).collect::<Vec<_>>().join(" ")
}

/// "United Kingdom, Ireland", or "Everywhere else" for the fallback block.
fn region_label(tr: &Tr<'_>, regions: &[Region]) -> String {
    let mut names: Vec<String> = regions
        .iter()
        .filter(|r| **r != Region::Other)
        .map(|r| tr.t(super::region_name_id(*r)))
        .collect();
    if regions.contains(&Region::Other) {
        names.push(tr.t("learn-region-elsewhere"));
    }
    names.join(", ")
}

async fn article(ctx: Ctx, Path(slug): Path<String>) -> Response {
    let Some(found) = articles::lookup(ctx.prefs.lang.tag(), &slug) else {
        return not_found(ctx).await;
    };
    let a = found.article;
    // No translation in the reader's language: the English article, marked as English.
    let english = (!found.translated).then_some("en");
    let tr = ctx.tr();
    // The region terms inside the text are in the article's language.
    let terms = if english.is_some() {
        let region = ctx.prefs.region;
        let lang = Some(Lang::default_for(region))
            .filter(|l| articles::language_of(l.tag()) == articles::ENGLISH)
            .unwrap_or_default();
        ctx.state().i18n.tr(lang, region)
    } else {
        ctx.tr()
    };
    let reviewed = long_date(&tr, a.reviewed);
    ctx.respond(&Page {
        title: tr.t_with(
            "learn-article-title",
            &[("title", FluentValue::from(a.title.as_str()))],
        ),
        body: html! {
            p.crumb { a href="/learn" { (tr.t("learn-back")) } }
            @if english.is_some() {
                p.note #untranslated { (tr.t("learn-untranslated")) }
            }
            h1 lang=[english] { (a.title) }
            p.hint #reviewed {
                (tr.t("learn-reviewed")) " "
                time datetime=(a.reviewed.format("%Y-%m-%d")) { (reviewed) }
            }
            p.lead lang=[english] { (a.summary) }
            div #article-body lang=[english] { (body(&tr, &terms, a)) }
            p #check-door {
                a.btn.primary href="/check" { (tr.t("nav-check")) }
            }
            h2 #sources-heading { (tr.t("learn-sources")) }
            ol #sources {
                @for id in &a.sources {
                    @if let Some(s) = sources::get(id) {
                        li id={ "source-" (id) } {
                            (s.title)
                            span.r-src { (s.citation) }
                        }
                    }
                }
            }
            @let related: Vec<Found> = a
                .related
                .iter()
                .filter_map(|s| articles::lookup(tr.lang.tag(), s))
                .collect();
            @if !related.is_empty() {
                h2 #related-heading { (tr.t("learn-related")) }
                ul.art-list #related {
                    @for r in related {
                        (article_item(&tr, r))
                    }
                }
            }
            p { a href="/learn" { (tr.t("learn-all")) } }
        },
        status: StatusCode::OK,
        chrome: Chrome::Standard,
    })
}
