//! Solace's words and numbers.
//!
//! All text people read goes through Project Fluent message ids (`content/locales/<tag>/*.ftl`).
//! Each folder there is a language ([`Lang`]); its `locale.toml` says how it writes numbers and
//! dates and which language it falls back to for messages it leaves out (en-US holds only the
//! wording that differs from en-GB). `build.rs` turns the folders into a table, so adding a
//! language is adding a folder.
//!
//! Every message gets the region's facts as arguments (`$region`, `$number`, `$crisis`), so
//! service names and numbers follow where the person is, whatever language they read. Every
//! number, percent and date people see is written by [`fmt`], so the page, the PDF and the CLI
//! print the same value the same way.

pub mod fmt;
mod lang;

pub use lang::Lang;
use lang::LocaleData;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use solace_clinical::Region;
use solace_clinical::words::{Arg, Words};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Loading failed: a Fluent file has a syntax error or repeats an id. Caught by tests and at start.
#[derive(Debug, thiserror::Error)]
#[error("Fluent resource {lang}/{file}: {detail}")]
pub struct LoadError {
    lang: &'static str,
    file: &'static str,
    detail: String,
}

/// The loaded bundles, one per language. Built once at start and shared.
pub struct I18n {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Per (language, region): every message that needs no argument of its own, formatted the
    /// first time that pair is used. A page's `t("…")` is then a copy, not a Fluent format.
    plain: Vec<OnceLock<HashMap<&'static str, String>>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        write!(f, "I18n {{ {} }}", tags.join(", "))
    }
}

fn parse(data: &LocaleData, file: &'static str, src: &str) -> Result<FluentResource, LoadError> {
    FluentResource::try_new(src.to_owned()).map_err(|(_, errs)| LoadError {
        lang: data.tag,
        file,
        detail: format!("{errs:?}"),
    })
}

impl I18n {
    pub fn load() -> Result<I18n, LoadError> {
        let mut bundles = Vec::with_capacity(Lang::ALL.len());
        for lang in Lang::ALL {
            let id = lang.tag().parse().map_err(|e| LoadError {
                lang: lang.tag(),
                file: "locale.toml",
                detail: format!("not a language tag: {e}"),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Unicode isolation marks would show up inside HTML attributes and tel: links.
            bundle.set_use_isolating(false);
            // The complete language's files first (a repeated id is an error there), then each
            // language down the chain overrides the wording that differs.
            for (depth, level) in lang.chain().into_iter().enumerate() {
                let data = level.data();
                for &(file, src) in data.files {
                    let res = parse(data, file, src)?;
                    if depth == 0 {
                        bundle.add_resource(res).map_err(|e| LoadError {
                            lang: data.tag,
                            file,
                            detail: format!("{e:?}"),
                        })?;
                    } else {
                        bundle.add_resource_overriding(res);
                    }
                }
            }
            bundles.push(bundle);
        }
        let plain = (0..bundles.len() * Region::ALL.len())
            .map(|_| OnceLock::new())
            .collect();
        Ok(I18n { bundles, plain })
    }

    /// The messages of `lang` that need no argument of their own, formatted for `region`.
    fn plain(&self, lang: Lang, region: Region) -> Option<&HashMap<&'static str, String>> {
        let r = Region::ALL.iter().position(|x| *x == region)?;
        let cell = self.plain.get(lang.index() * Region::ALL.len() + r)?;
        Some(cell.get_or_init(|| {
            let mut out = HashMap::new();
            for level in lang.chain() {
                for (_, src) in level.data().files {
                    for id in message_ids(src) {
                        if out.contains_key(id) {
                            continue;
                        }
                        if let Some(text) = self.format(lang, region, id, &[], false) {
                            out.insert(id, text);
                        }
                    }
                }
            }
            out
        }))
    }

    /// The message `id` formatted, or `None` when it is missing or could not be formatted
    /// without more arguments (reported when `report`).
    fn format(
        &self,
        lang: Lang,
        region: Region,
        id: &str,
        extra: &[(&str, FluentValue<'_>)],
        report: bool,
    ) -> Option<String> {
        let bundle = self.bundle(lang)?;
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            if report {
                // A missing id is a bug caught by the tidy test; show the id rather than nothing.
                tracing::error!(message_id = id, "missing Fluent message");
            }
            return None;
        };
        let mut args = FluentArgs::new();
        let number = region.emergency_number();
        args.set("region", region.id());
        args.set("number", number.display);
        args.set(
            "crisis",
            region
                .crisis_line()
                .map(|c| format!("{} on {}", c.name, c.number.display))
                .unwrap_or_default(),
        );
        for (k, v) in extra {
            args.set(*k, v.clone());
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            if !report {
                return None;
            }
            tracing::error!(message_id = id, "Fluent formatting error");
        }
        Some(text.into_owned())
    }

    fn bundle(&self, lang: Lang) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.get(lang.index())
    }

    /// Whether a message id exists in a language (including what it falls back to).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).is_some_and(|b| b.has_message(id))
    }

    /// Whether a language's own files (not its fallback) define the message `id`.
    pub fn defines_own(lang: Lang, id: &str) -> bool {
        lang.data().files.iter().any(|(_, src)| {
            src.lines().any(|l| {
                l.strip_prefix(id)
                    .is_some_and(|r| r.trim_start().starts_with('='))
            })
        })
    }

    /// A translator for one request: a language and the region whose facts fill the messages.
    pub fn tr(&self, lang: Lang, region: Region) -> Tr<'_> {
        Tr {
            i18n: self,
            lang,
            region,
        }
    }
}

/// Looks up messages in one language with one region's facts.
#[derive(Debug, Clone, Copy)]
pub struct Tr<'a> {
    i18n: &'a I18n,
    pub lang: Lang,
    pub region: Region,
}

impl Tr<'_> {
    /// The message `id`, with the region's facts as arguments.
    pub fn t(&self, id: &str) -> String {
        if let Some(text) = self
            .i18n
            .plain(self.lang, self.region)
            .and_then(|p| p.get(id))
        {
            return text.clone();
        }
        self.t_with(id, &[])
    }

    /// The message `id` with extra arguments.
    pub fn t_with(&self, id: &str, extra: &[(&str, FluentValue<'_>)]) -> String {
        self.i18n
            .format(self.lang, self.region, id, extra, true)
            .unwrap_or_else(|| id.to_owned())
    }

    /// Words from the clinical crate in this language: each argument written by the one
    /// formatter (`fmt`), counts passed as numbers so plural forms can select on them.
    pub fn words(&self, w: &Words) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = w
            .args
            .iter()
            .map(|(name, arg)| (*name, self.arg_value(arg)))
            .collect();
        self.t_with(w.id, &args)
    }

    fn arg_value(&self, arg: &Arg) -> FluentValue<'static> {
        let lang = self.lang;
        let text = match arg {
            Arg::Count(n) => return FluentValue::from(*n),
            Arg::Iu(x) => fmt::iu(lang, *x),
            Arg::Percent(p) => fmt::percent(lang, *p),
            Arg::SignedPercent(p) => fmt::signed_percent(lang, *p),
            Arg::Hours(h) => fmt::hours(lang, *h),
            Arg::Decimal1(x) => fmt::one_decimal(lang, *x),
            Arg::Number(x, decimals) => fmt::number(lang, *x, *decimals),
            Arg::Date(d) => fmt::date(lang, *d),
            Arg::WeeksDays(days) => fmt::weeks_days(*days),
            Arg::Words(inner) => self.words(inner),
            Arg::Verbatim(s) => s.clone(),
        };
        FluentValue::from(text)
    }
}

/// The ids of the messages a Fluent file defines (`id = …` at the start of a line; terms, which
/// start with `-`, are not messages).
fn message_ids(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().filter_map(|l| {
        // A continuation line is indented; a message starts at the start of its line.
        let (id, _) = l.split_once('=')?;
        let id = id.trim_end();
        (id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .then_some(id)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prepared_message_is_the_message_formatted_afresh() {
        let i = I18n::load().unwrap();
        let mut prepared = 0;
        for lang in Lang::ALL {
            for region in Region::ALL {
                let tr = i.tr(lang, region);
                let plain = i.plain(lang, region).unwrap();
                for (id, text) in plain {
                    assert_eq!(*text, tr.t_with(id, &[]), "{lang:?} {region:?} {id}");
                    assert_eq!(tr.t(id), *text);
                    prepared += 1;
                }
                // A message that needs an argument is not prepared: it is formatted each time.
                assert!(!plain.contains_key("learn-results-heading"));
                assert!(plain.contains_key("headline-urgent"));
            }
        }
        assert!(prepared > 1000, "{prepared}");
    }

    #[test]
    fn words_format_their_arguments_in_the_language() {
        use chrono::NaiveDate;
        let i = I18n::load().unwrap();
        let tr = i.tr(Lang::EN_GB, Region::Uk);
        // An unknown id shows the id (the tidy tests catch it), never an empty line.
        let w = Words::id("no-such-message").arg("x", Arg::Iu(1699.6));
        assert_eq!(tr.words(&w), "no-such-message");
        for (arg, want) in [
            (Arg::Iu(1699.6), "1,700"),
            (Arg::SignedPercent(63.04), "+63.0%"),
            (Arg::Percent(12.5), "12.5%"),
            (Arg::Hours(47.5), "47.5"),
            (
                Arg::Date(NaiveDate::from_ymd_opt(2026, 12, 8).unwrap()),
                "8 December 2026",
            ),
            (Arg::WeeksDays(52), "7+3"),
            (Arg::Verbatim("x".into()), "x"),
        ] {
            let FluentValue::String(s) = tr.arg_value(&arg) else {
                panic!("{arg:?} is text");
            };
            assert_eq!(s, want, "{arg:?}");
        }
        assert!(matches!(
            tr.arg_value(&Arg::Count(2)),
            FluentValue::Number(_)
        ));
        let us = i.tr(Lang::EN_US, Region::Us);
        let d = Arg::Date(NaiveDate::from_ymd_opt(2026, 12, 8).unwrap());
        let FluentValue::String(s) = us.arg_value(&d) else {
            panic!()
        };
        assert_eq!(s, "December 8, 2026");
    }

    #[test]
    fn every_file_parses_and_loads() {
        I18n::load().expect("Fluent files load");
    }

    #[test]
    fn region_selects_service_names_and_numbers() {
        let i = I18n::load().unwrap();
        assert!(
            i.tr(Lang::EN_GB, Region::Uk)
                .t("headline-urgent")
                .contains("A&E")
        );
        assert!(
            i.tr(Lang::EN_US, Region::Us)
                .t("headline-urgent")
                .contains("ER")
        );
        assert!(
            i.tr(Lang::EN_GB, Region::Au)
                .t("headline-emergency")
                .contains("000")
        );
        assert!(
            i.tr(Lang::EN_US, Region::Us)
                .t("safety-heavy-bleeding")
                .contains("quarter")
        );
        assert!(
            i.tr(Lang::EN_GB, Region::Uk)
                .t("safety-heavy-bleeding")
                .contains("10p")
        );
        assert!(
            i.tr(Lang::EN_GB, Region::Uk)
                .t("action-crisis-line")
                .contains("116 123")
        );
        assert!(
            i.tr(Lang::EN_GB, Region::Other)
                .t("action-crisis-line")
                .contains("local crisis line")
        );
    }

    #[test]
    fn a_language_falls_back_to_the_complete_one() {
        let i = I18n::load().unwrap();
        assert_eq!(
            i.tr(Lang::EN_US, Region::Us).t("rule-collapse"),
            i.tr(Lang::EN_GB, Region::Us).t("rule-collapse")
        );
        assert!(
            i.tr(Lang::EN_US, Region::Us)
                .t("safety-fever")
                .contains("100.4 °F")
        );
        assert!(I18n::defines_own(Lang::EN_US, "safety-fever"));
        assert!(!I18n::defines_own(Lang::EN_US, "rule-collapse"));
    }

    #[test]
    fn uk_never_mixes_111_into_the_emergency_number() {
        let i = I18n::load().unwrap();
        let t = i.tr(Lang::EN_GB, Region::Uk);
        assert!(t.t("action-call-emergency").contains("999"));
        assert!(!t.t("action-call-emergency").contains("111"));
        assert!(!t.t("headline-emergency").contains("111"));
    }

    #[test]
    fn a_missing_id_shows_the_id_not_nothing() {
        let i = I18n::load().unwrap();
        assert_eq!(i.tr(Lang::EN_GB, Region::Uk).t("no-such-id"), "no-such-id");
    }
}
