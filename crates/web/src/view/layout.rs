//! The one layout every page goes through: the document head with the inline critical CSS, the
//! emergency banner, the quick exit, the header with nav and language switch, and the footer.

use super::{Chrome, Page};
use crate::extract::Ctx;
use crate::pages::assets::CSS;
use crate::pages::{lang_name_id, lang_short_id, region_name_id};
use fluent_bundle::FluentValue;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use solace_i18n::{Lang, Tr};

/// The live pages, in nav order: (path, message id).
const NAV: &[(&str, &str)] = &[
    ("/", "nav-home"),
    ("/check", "nav-check"),
    ("/results", "nav-results"),
    ("/learn", "nav-learn"),
    ("/diary", "nav-diary"),
    ("/settings", "nav-settings"),
];

pub fn layout(ctx: &Ctx, tr: &Tr<'_>, page: &Page) -> Markup {
    let neutral = page.chrome == Chrome::Neutral;
    let number = ctx.prefs.region.emergency_number();
    html! {
        (DOCTYPE)
        html lang=(tr.lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (page.title) }
                @if neutral {
                    link rel="icon" href="/assets/away.svg" type="image/svg+xml";
                } @else {
                    link rel="icon" href="/favicon.svg" type="image/svg+xml";
                }
                // Allowed by its hash in the one CSP (crate::middleware::csp).
                style { (PreEscaped(CSS)) }
                @if !neutral {
                    script src="/assets/solace.js" defer {}
                }
            }
            body {
                @if neutral {
                    // Nothing here may hint at Solace or pregnancy, not even an emergency number:
                    // someone looking over the person's shoulder must see only an everyday page.
                    main #main { (page.body) }
                } @else {
                    a.skip href="#main" { (tr.t("skip-link")) }
                    div #emergency-banner role="region" aria-label=(tr.t("emergency-banner-label")) {
                        // Fixed in place by the CSS; first in the banner so it is the first stop after the skip link.
                        a #quick-exit href="/away" title=(tr.t("quick-exit-title")) { (tr.t("quick-exit")) }
                        (tr.t("emergency-banner-text")) " "
                        a href={ "tel:" (number.dial) } { (tr.phone(number)) }
                        br;
                        a #region-link href="/settings" { (tr.t_with("region-link", &[("country", FluentValue::from(tr.t(region_name_id(ctx.prefs.region))))])) }
                    }
                    (header(ctx, tr))
                    main #main tabindex="-1" { (page.body) }
                    // The result page shows the disclaimer itself, where it prints with the result.
                    @if page.chrome == Chrome::Standard {
                        footer { p #disclaimer { (tr.t("disclaimer")) } }
                    }
                }
            }
        }
    }
}

fn header(ctx: &Ctx, tr: &Tr<'_>) -> Markup {
    // Back to the same page after switching language, if it is one we can show again.
    let back = if NAV.iter().any(|(p, _)| *p == ctx.path) {
        ctx.path.as_str()
    } else {
        "/"
    };
    html! {
        header.top {
            div.bar {
                a.brand href="/" {
                    svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false" {
                        circle cx="16" cy="16" r="15" fill="#0f5c5c" {}
                        path d="M16 25c-6-4-9-7.5-9-11a4.5 4.5 0 0 1 9-1.5 4.5 4.5 0 0 1 9 1.5c0 3.5-3 7-9 11z" fill="#fff" {}
                    }
                    // On the narrowest phones the name is read, not shown, so the brand and the
                    // three languages fit one row above the form (solace.css).
                    span.name { (tr.t("site-name")) }
                }
                @if !ctx.holds_answers {
                // No CSRF token: the page stays the same for everyone of a language and region
                // (crate::page_cache). Settings accepts a switch only from a browser that says it
                // came from this site (pages::settings).
                form.lang method="post" action="/settings" {
                    input type="hidden" name="back" value=(back);
                    span.vh { (tr.t("lang-switch-label")) }
                    @for lang in Lang::ALL {
                        button type="submit" name="lang" value=(lang.tag()) lang=(lang.tag())
                            title=(tr.t(lang_name_id(lang)))
                            aria-current=[(lang == tr.lang).then_some("true")] {
                            (tr.t(lang_short_id(lang)))
                        }
                    }
                }
                }
            }
            nav aria-label=(tr.t("nav-label")) {
                ul {
                    @for (path, id) in NAV {
                        li {
                            a href=(path) aria-current=[(*path == ctx.path).then_some("page")] { (tr.t(id)) }
                        }
                    }
                }
            }
        }
    }
}
