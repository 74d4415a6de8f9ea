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
use solace_clinical::region::PhoneNumber;
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
        args.set("region", region.id());
        args.set("number", self.phone(lang, region.emergency_number()));
        args.set("crisis", self.crisis(lang, region));
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

    /// A message filled with `args` alone (no region facts): the pieces the region facts are
    /// made of. `None` when the id is missing or did not format cleanly.
    fn format_plain(&self, lang: Lang, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let bundle = self.bundle(lang)?;
        let pattern = bundle.get_message(id).and_then(|m| m.value())?;
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if !errors.is_empty() {
            tracing::error!(message_id = id, "Fluent formatting error");
            return None;
        }
        Some(text.into_owned())
    }

    /// A phone number as shown, in the language's words: Ireland's "112 or 999" is two numbers
    /// joined by the language's "or" (`phone-either`); a single number is itself.
    pub fn phone(&self, lang: Lang, n: PhoneNumber) -> String {
        match n.display.split_once(" or ") {
            Some((first, second)) => {
                let mut args = FluentArgs::new();
                args.set("first", first);
                args.set("second", second);
                self.format_plain(lang, "phone-either", &args)
                    .unwrap_or_else(|| n.display.to_owned())
            }
            None => n.display.to_owned(),
        }
    }

    /// The region's crisis line in words ("Samaritans on 116 123"; the line's own name is kept
    /// as the service names itself), or empty where CLINICAL.md names none.
    pub fn crisis(&self, lang: Lang, region: Region) -> String {
        let Some(c) = region.crisis_line() else {
            return String::new();
        };
        let mut args = FluentArgs::new();
        args.set("name", c.name);
        args.set("phone", self.phone(lang, c.number));
        self.format_plain(lang, "crisis-line-on", &args)
            .unwrap_or_else(|| format!("{} {}", c.name, c.number.display))
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

    /// The region's emergency number as shown, in this language ("112 or 999" in English).
    pub fn emergency_number(&self) -> String {
        self.i18n.phone(self.lang, self.region.emergency_number())
    }

    /// A phone number as shown, in this language.
    pub fn phone(&self, n: PhoneNumber) -> String {
        self.i18n.phone(self.lang, n)
    }

    /// The region's crisis line in words, or empty where there is none.
    pub fn crisis(&self) -> String {
        self.i18n.crisis(self.lang, self.region)
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

/// Every message a language's own files define (not what it falls back to): its id, the file,
/// and the `$variables` it uses anywhere (value, attributes, selectors), for the tests that hold
/// a translation to the complete language's ids and arguments.
pub fn own_messages(lang: Lang) -> Vec<OwnMessage> {
    let mut out = vec![];
    for &(file, src) in lang.data().files {
        let mut current: Option<OwnMessage> = None;
        for line in src.lines() {
            let starts_entry = line.starts_with(|c: char| !c.is_whitespace());
            if starts_entry {
                out.extend(current.take());
                if let Some(id) = message_ids(line).next() {
                    current = Some(OwnMessage {
                        id,
                        file,
                        variables: std::collections::BTreeSet::new(),
                    });
                }
            }
            if line.trim_start().starts_with('#') {
                continue;
            }
            if let Some(m) = current.as_mut() {
                let mut rest = line;
                while let Some(at) = rest.find('$') {
                    rest = &rest[at + 1..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        m.variables.insert(name);
                    }
                }
            }
        }
        out.extend(current.take());
    }
    out
}

/// One message a language's own files define ([`own_messages`]).
#[derive(Debug, Clone)]
pub struct OwnMessage {
    pub id: &'static str,
    pub file: &'static str,
    pub variables: std::collections::BTreeSet<String>,
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

    /// Issue 17: a language that is not a variant of the complete one (Spanish, not en-US) is
    /// written in full: every id en-GB defines is in its own files, with the same `$variables`,
    /// none twice, and none en-GB lacks. Its fallback to en-GB only keeps a message it leaves out
    /// from showing as an id (SAFETY.md).
    #[test]
    fn every_other_language_defines_every_message_with_the_same_variables() {
        use std::collections::{BTreeMap, BTreeSet};
        use std::fmt::Write as _;
        // The arguments every message is given (`I18n::format`): the region's facts.
        const AMBIENT_VARIABLES: [&str; 3] = ["region", "number", "crisis"];
        let complete = Lang::ALL[0];
        let primary = |l: Lang| l.tag().split('-').next().unwrap_or("").to_owned();
        let gb: BTreeMap<&str, OwnMessage> = own_messages(complete)
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
        let mut report = String::new();
        let mut checked = 0;
        for lang in Lang::ALL
            .into_iter()
            .filter(|l| primary(*l) != primary(complete))
        {
            checked += 1;
            let own = own_messages(lang);
            let mut seen: BTreeMap<&str, &OwnMessage> = BTreeMap::new();
            let mut twice = vec![];
            for m in &own {
                if let Some(first) = seen.insert(m.id, m) {
                    twice.push(format!("{} ({} and {})", m.id, first.file, m.file));
                }
            }
            // Missing ids, grouped by the en-GB file that holds them.
            let mut missing: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
            let mut args = vec![];
            for (id, m) in &gb {
                match seen.get(id) {
                    None => missing.entry(m.file).or_default().push(id),
                    // Every message is given the region's facts ($region, $number, $crisis),
                    // so a language may choose by region where English need not (°F in the US).
                    Some(t)
                        if t.variables.iter().any(|v| {
                            !m.variables.contains(v) && !AMBIENT_VARIABLES.contains(&v.as_str())
                        }) || m.variables.iter().any(|v| !t.variables.contains(v)) =>
                    {
                        args.push(format!(
                            "{id}: en-GB {:?}, {} {:?}",
                            m.variables,
                            lang.tag(),
                            t.variables
                        ));
                    }
                    Some(_) => {}
                }
            }
            let orphans: BTreeSet<&str> = seen
                .keys()
                .filter(|id| !gb.contains_key(*id))
                .copied()
                .collect();
            let tag = lang.tag();
            if !missing.is_empty() {
                let n: usize = missing.values().map(Vec::len).sum();
                let _ = writeln!(report, "\n{tag}: {n} ids of en-GB missing:");
                for (file, ids) in &missing {
                    let shown = ids.iter().take(12).copied().collect::<Vec<_>>().join(" ");
                    let more = ids.len().saturating_sub(12);
                    let more = if more > 0 {
                        format!(" … and {more} more")
                    } else {
                        String::new()
                    };
                    let _ = writeln!(report, "  {file} ({}): {shown}{more}", ids.len());
                }
            }
            for (what, list) in [
                ("with other $variables than en-GB", args),
                ("defined twice", twice),
                (
                    "not in en-GB (orphans)",
                    orphans.iter().map(|s| (*s).to_owned()).collect(),
                ),
            ] {
                if !list.is_empty() {
                    let _ = writeln!(
                        report,
                        "\n{tag}: {} {what}:\n  {}",
                        list.len(),
                        list.join("\n  ")
                    );
                }
            }
        }
        assert!(checked > 0, "Spanish is a language folder");
        assert!(report.is_empty(), "{report}");
    }

    #[test]
    fn own_messages_read_ids_files_and_variables() {
        let gb = own_messages(Lang::EN_GB);
        let find = |id: &str| gb.iter().find(|m| m.id == id).unwrap();
        let m = find("action-crisis-line");
        assert_eq!(m.file, "triage.ftl");
        let vars: Vec<&str> = m.variables.iter().map(String::as_str).collect();
        assert_eq!(vars, ["crisis", "number", "region"]);
        assert!(find("site-name").variables.is_empty());
        assert!(find("region-link").variables.contains("country"));
        // Comments name variables without using them.
        assert!(!gb.iter().any(|m| m.id.starts_with('#')));
    }

    #[test]
    fn region_facts_are_written_in_the_language() {
        let i = I18n::load().unwrap();
        let gb = i.tr(Lang::EN_GB, Region::Ie);
        let es = i.tr(Lang::ES, Region::Ie);
        assert_eq!(gb.emergency_number(), "112 or 999");
        assert_eq!(es.emergency_number(), "112 o 999");
        assert_eq!(gb.crisis(), "Samaritans on 116 123");
        assert_eq!(es.crisis(), "Samaritans al 116 123");
        assert_eq!(i.tr(Lang::ES, Region::Other).crisis(), "");
        assert_eq!(i.tr(Lang::ES, Region::Us).emergency_number(), "911");
        // Every message's $number is the number in the language's words.
        let t = es.t("action-call-emergency");
        assert!(t.contains("112 o 999") && !t.contains("112 or"), "{t}");
        assert_eq!(crate::fmt::iu_per_l(Lang::ES, 1250.0), "1,250 UI/L");
        assert_eq!(crate::fmt::iu_per_l(Lang::EN_GB, 1250.0), "1,250 IU/L");
    }

    #[test]
    fn a_missing_id_shows_the_id_not_nothing() {
        let i = I18n::load().unwrap();
        assert_eq!(i.tr(Lang::EN_GB, Region::Uk).t("no-such-id"), "no-such-id");
    }
}
