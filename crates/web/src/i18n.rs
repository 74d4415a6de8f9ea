//! All text people read goes through Project Fluent message ids (`content/locales/<lang>/*.ftl`).
//!
//! en-GB is complete; en-US holds only the wording that differs and falls back to en-GB for the
//! rest. Every message gets the region's facts as arguments (`$region`, `$number`, `$crisis`),
//! so service names and numbers follow where the person is, whatever language they read.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use solace_clinical::Region;
use unic_langid::{LanguageIdentifier, langid};

/// A language Solace is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    EnGb,
    EnUs,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::EnGb, Lang::EnUs];

    pub const fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::EnUs => "en-US",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The language to use when the person has not chosen one.
    pub const fn default_for(region: Region) -> Lang {
        if region.prefers_us_english() {
            Lang::EnUs
        } else {
            Lang::EnGb
        }
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::EnGb => langid!("en-GB"),
            Lang::EnUs => langid!("en-US"),
        }
    }
}

/// The Fluent files, embedded at build time: (language, file name, source).
pub const RESOURCES: &[(Lang, &str, &str)] = &[
    (
        Lang::EnGb,
        "services.ftl",
        include_str!("../../../content/locales/en-GB/services.ftl"),
    ),
    (
        Lang::EnGb,
        "triage.ftl",
        include_str!("../../../content/locales/en-GB/triage.ftl"),
    ),
    (
        Lang::EnGb,
        "pages.ftl",
        include_str!("../../../content/locales/en-GB/pages.ftl"),
    ),
    (
        Lang::EnGb,
        "hcg.ftl",
        include_str!("../../../content/locales/en-GB/hcg.ftl"),
    ),
    (
        Lang::EnGb,
        "export.ftl",
        include_str!("../../../content/locales/en-GB/export.ftl"),
    ),
    (
        Lang::EnGb,
        "diary.ftl",
        include_str!("../../../content/locales/en-GB/diary.ftl"),
    ),
    (
        Lang::EnGb,
        "scan.ftl",
        include_str!("../../../content/locales/en-GB/scan.ftl"),
    ),
    (
        Lang::EnGb,
        "dates.ftl",
        include_str!("../../../content/locales/en-GB/dates.ftl"),
    ),
    (
        Lang::EnGb,
        "odds.ftl",
        include_str!("../../../content/locales/en-GB/odds.ftl"),
    ),
    (
        Lang::EnGb,
        "options.ftl",
        include_str!("../../../content/locales/en-GB/options.ftl"),
    ),
    (
        Lang::EnGb,
        "photos.ftl",
        include_str!("../../../content/locales/en-GB/photos.ftl"),
    ),
    (
        Lang::EnGb,
        "support.ftl",
        include_str!("../../../content/locales/en-GB/support.ftl"),
    ),
    (
        Lang::EnGb,
        "wellbeing.ftl",
        include_str!("../../../content/locales/en-GB/wellbeing.ftl"),
    ),
    (
        Lang::EnGb,
        "learn.ftl",
        include_str!("../../../content/locales/en-GB/learn.ftl"),
    ),
    (
        Lang::EnUs,
        "services.ftl",
        include_str!("../../../content/locales/en-US/services.ftl"),
    ),
    (
        Lang::EnUs,
        "triage.ftl",
        include_str!("../../../content/locales/en-US/triage.ftl"),
    ),
    (
        Lang::EnUs,
        "pages.ftl",
        include_str!("../../../content/locales/en-US/pages.ftl"),
    ),
    (
        Lang::EnUs,
        "hcg.ftl",
        include_str!("../../../content/locales/en-US/hcg.ftl"),
    ),
    (
        Lang::EnUs,
        "diary.ftl",
        include_str!("../../../content/locales/en-US/diary.ftl"),
    ),
    (
        Lang::EnUs,
        "scan.ftl",
        include_str!("../../../content/locales/en-US/scan.ftl"),
    ),
    (
        Lang::EnUs,
        "dates.ftl",
        include_str!("../../../content/locales/en-US/dates.ftl"),
    ),
    (
        Lang::EnUs,
        "odds.ftl",
        include_str!("../../../content/locales/en-US/odds.ftl"),
    ),
    (
        Lang::EnUs,
        "options.ftl",
        include_str!("../../../content/locales/en-US/options.ftl"),
    ),
    (
        Lang::EnUs,
        "export.ftl",
        include_str!("../../../content/locales/en-US/export.ftl"),
    ),
    (
        Lang::EnUs,
        "photos.ftl",
        include_str!("../../../content/locales/en-US/photos.ftl"),
    ),
    (
        Lang::EnUs,
        "support.ftl",
        include_str!("../../../content/locales/en-US/support.ftl"),
    ),
];

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
    en_gb: FluentBundle<FluentResource>,
    en_us: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("I18n { en-GB, en-US }")
    }
}

fn parse(lang: Lang, file: &'static str, src: &str) -> Result<FluentResource, LoadError> {
    FluentResource::try_new(src.to_owned()).map_err(|(_, errs)| LoadError {
        lang: lang.tag(),
        file,
        detail: format!("{errs:?}"),
    })
}

impl I18n {
    pub fn load() -> Result<I18n, LoadError> {
        let bundle = |lang: Lang| {
            let mut b = FluentBundle::new_concurrent(vec![lang.langid()]);
            // Unicode isolation marks would show up inside HTML attributes and tel: links.
            b.set_use_isolating(false);
            b
        };
        let mut en_gb = bundle(Lang::EnGb);
        let mut en_us = bundle(Lang::EnUs);
        for &(lang, file, src) in RESOURCES.iter().filter(|r| r.0 == Lang::EnGb) {
            let err = |e: Vec<fluent_bundle::FluentError>| LoadError {
                lang: lang.tag(),
                file,
                detail: format!("{e:?}"),
            };
            en_gb.add_resource(parse(lang, file, src)?).map_err(err)?;
            // en-US starts from en-GB and overrides the wording that differs.
            en_us.add_resource(parse(lang, file, src)?).map_err(err)?;
        }
        for &(lang, file, src) in RESOURCES.iter().filter(|r| r.0 == Lang::EnUs) {
            en_us.add_resource_overriding(parse(lang, file, src)?);
        }
        Ok(I18n { en_gb, en_us })
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::EnGb => &self.en_gb,
            Lang::EnUs => &self.en_us,
        }
    }

    /// Whether a message id exists in a language (en-US includes en-GB's fallbacks).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
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
        self.t_with(id, &[])
    }

    /// The message `id` with extra arguments.
    pub fn t_with(&self, id: &str, extra: &[(&str, FluentValue<'_>)]) -> String {
        let bundle = self.i18n.bundle(self.lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            // A missing id is a bug caught by the tidy test; show the id rather than nothing.
            tracing::error!(message_id = id, "missing Fluent message");
            return id.to_owned();
        };
        let mut args = FluentArgs::new();
        let number = self.region.emergency_number();
        args.set("region", self.region.id());
        args.set("number", number.display);
        args.set(
            "crisis",
            self.region
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
            tracing::error!(message_id = id, "Fluent formatting error");
        }
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_loads() {
        I18n::load().expect("Fluent files load");
    }

    #[test]
    fn region_selects_service_names_and_numbers() {
        let i = I18n::load().unwrap();
        assert!(
            i.tr(Lang::EnGb, Region::Uk)
                .t("headline-urgent")
                .contains("A&E")
        );
        assert!(
            i.tr(Lang::EnUs, Region::Us)
                .t("headline-urgent")
                .contains("ER")
        );
        assert!(
            i.tr(Lang::EnGb, Region::Au)
                .t("headline-emergency")
                .contains("000")
        );
        assert!(
            i.tr(Lang::EnUs, Region::Us)
                .t("safety-heavy-bleeding")
                .contains("quarter")
        );
        assert!(
            i.tr(Lang::EnGb, Region::Uk)
                .t("safety-heavy-bleeding")
                .contains("10p")
        );
        assert!(
            i.tr(Lang::EnGb, Region::Uk)
                .t("action-crisis-line")
                .contains("116 123")
        );
        assert!(
            i.tr(Lang::EnGb, Region::Other)
                .t("action-crisis-line")
                .contains("local crisis line")
        );
    }

    #[test]
    fn en_us_falls_back_to_en_gb() {
        let i = I18n::load().unwrap();
        assert_eq!(
            i.tr(Lang::EnUs, Region::Us).t("rule-collapse"),
            i.tr(Lang::EnGb, Region::Us).t("rule-collapse")
        );
        assert!(
            i.tr(Lang::EnUs, Region::Us)
                .t("safety-fever")
                .contains("100.4 °F")
        );
    }

    #[test]
    fn uk_never_mixes_111_into_the_emergency_number() {
        let i = I18n::load().unwrap();
        let t = i.tr(Lang::EnGb, Region::Uk);
        assert!(t.t("action-call-emergency").contains("999"));
        assert!(!t.t("action-call-emergency").contains("111"));
        assert!(!t.t("headline-emergency").contains("111"));
    }
}
