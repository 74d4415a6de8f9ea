//! Our own simple drawings, as inline SVG: how full a pad is, clot sizes against the region's
//! coin, and the urgency icons. Abstract shapes in muted colours, never realistic blood.
//! Only presentation attributes (`fill=…`): the CSP forbids `style` attributes.

use fluent_bundle::FluentValue;
use maud::{Markup, html};
use solace_content::markdown::Drawing;
use solace_i18n::Tr;

/// A muted maroon: reads as "blood" without being graphic.
const STAIN: &str = "#8e4a57";
const PAD: &str = "#f3f0eb";
const LINE: &str = "#555";

/// Three full-size pads: lightly stained, half soaked, soaked through (count only the last).
pub fn pads(tr: &Tr<'_>) -> Markup {
    // (message id, stain half-width, stain half-height)
    let pads: [(&str, &str, u8, u8); 3] = [
        ("pad-light", "pad-light-svg", 7, 12),
        ("pad-half", "pad-half-svg", 15, 30),
        ("pad-full", "pad-full-svg", 21, 50),
    ];
    html! {
        div.figure #pads-figure {
            @for (id, svg_id, rx, ry) in pads {
                @let caption = tr.t(id);
                div {
                    svg #(svg_id) viewBox="0 0 60 120" width="60" height="120" role="img" aria-label=(caption) {
                        title { (caption) }
                        rect x="6" y="4" width="48" height="112" rx="22" fill=(PAD) stroke=(LINE) stroke-width="2" {}
                        ellipse cx="30" cy="60" rx=(rx) ry=(ry) fill=(STAIN) {}
                        @if id == "pad-full" {
                            circle cx="48" cy="14" r="10" fill="#1e6b34" {}
                            path d="M43 14l4 4 7-8" fill="none" stroke="#fff" stroke-width="3" {}
                        }
                    }
                    span aria-hidden="true" { (caption) }
                }
            }
            p.cap { (tr.t("pads-figure-caption")) }
        }
    }
}

/// Clot sizes against the region's reference coin (10p / quarter / 2.5 cm): a guide.
pub fn clots(tr: &Tr<'_>) -> Markup {
    let coin = tr.t("coin");
    let label = tr.t("clots-figure-label");
    html! {
        div.figure #clots-figure {
            svg.wide viewBox="0 0 300 100" width="300" height="100" role="img" aria-label=(label) {
                title { (label) }
                // The coin: about 2.5 cm across, drawn 50 units wide.
                circle cx="50" cy="50" r="25" fill="#c8c8c8" stroke=(LINE) stroke-width="2" {}
                circle cx="50" cy="50" r="19" fill="none" stroke="#9a9a9a" stroke-width="1.5" {}
                // A small clot: smaller than the coin.
                path d="M150 36c8-2 15 4 14 12s-6 15-14 14-14-6-13-14 5-11 13-12z" fill=(STAIN) {}
                // A large clot: bigger than the coin.
                path d="M250 10c22 0 42 14 40 38s-16 44-40 42-42-16-40-40 18-40 40-40z" fill=(STAIN) {}
            }
            span aria-hidden="true" { (coin) }
            span aria-hidden="true" { (tr.t("clot-small")) }
            span aria-hidden="true" { (tr.t("clot-large")) }
            p.cap { (tr.t_with("clots-figure-caption", &[("coin", FluentValue::from(coin.clone()))])) }
        }
    }
}

/// The urgency banner's icon, so the level is never told by colour alone.
pub fn urgency_icon(urgency: &str) -> Markup {
    html! {
        svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" {
            @match urgency {
                "emergency" | "urgent" => {
                    path d="M16 3L30 28H2z" fill="#fff" stroke="#111" stroke-width="2" stroke-linejoin="round" {}
                    path d="M16 11v9" stroke="#111" stroke-width="3" stroke-linecap="round" {}
                    circle cx="16" cy="24" r="1.8" fill="#111" {}
                }
                "same_day" | "soon" => {
                    circle cx="16" cy="16" r="13" fill="#fff" stroke="#111" stroke-width="2.5" {}
                    path d="M16 8v8l6 4" fill="none" stroke="#111" stroke-width="2.5" stroke-linecap="round" {}
                }
                _ => {
                    circle cx="16" cy="16" r="13" fill="#fff" stroke="#111" stroke-width="2.5" {}
                    path d="M10 16l4 4 8-9" fill="none" stroke="#111" stroke-width="3" stroke-linecap="round" {}
                }
            }
        }
    }
}

/// One drawing placed in an article by `{{ drawing: NAME }}`: a single pad, or one clot beside
/// the region's coin. The same shapes and colours as the figures above, without their element
/// ids (an article may show several).
pub fn article_drawing(tr: &Tr<'_>, drawing: Drawing) -> Markup {
    match drawing {
        Drawing::PadLight | Drawing::PadModerate | Drawing::PadFull => {
            // (caption id, stain half-width, stain half-height), as in `pads`.
            let (id, rx, ry): (&str, u8, u8) = match drawing {
                Drawing::PadLight => ("pad-light", 7, 12),
                Drawing::PadModerate => ("pad-half", 15, 30),
                _ => ("pad-full", 21, 50),
            };
            let caption = tr.t(id);
            html! {
                figure.figure.drawing {
                    svg viewBox="0 0 60 120" width="60" height="120" role="img" aria-label=(caption) {
                        title { (caption) }
                        rect x="6" y="4" width="48" height="112" rx="22" fill=(PAD) stroke=(LINE) stroke-width="2" {}
                        ellipse cx="30" cy="60" rx=(rx) ry=(ry) fill=(STAIN) {}
                    }
                    figcaption aria-hidden="true" { (caption) }
                }
            }
        }
        Drawing::ClotSmall | Drawing::ClotLarge => {
            let small = drawing == Drawing::ClotSmall;
            let coin = tr.t("coin");
            let caption = tr.t(if small { "clot-small" } else { "clot-large" });
            let label = format!(
                "{caption}. {}",
                tr.t_with("clots-figure-caption", &[("coin", FluentValue::from(coin))])
            );
            html! {
                figure.figure.drawing {
                    svg.wide viewBox="0 0 200 100" width="200" height="100" role="img" aria-label=(label) {
                        title { (label) }
                        circle cx="50" cy="50" r="25" fill="#c8c8c8" stroke=(LINE) stroke-width="2" {}
                        circle cx="50" cy="50" r="19" fill="none" stroke="#9a9a9a" stroke-width="1.5" {}
                        @if small {
                            path d="M150 36c8-2 15 4 14 12s-6 15-14 14-14-6-13-14 5-11 13-12z" fill=(STAIN) {}
                        } @else {
                            path d="M150 10c22 0 42 14 40 38s-16 44-40 42-42-16-40-40 18-40 40-40z" fill=(STAIN) {}
                        }
                    }
                    figcaption aria-hidden="true" { (label) }
                }
            }
        }
    }
}
