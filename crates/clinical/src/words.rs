//! Words the clinical crate means, as a Fluent message id and typed arguments.
//!
//! The clinical crate decides *what* to say (which reading, which numbers); `solace-i18n`
//! (`Tr::words`) decides *how*, in the reader's language, formatting every argument through the
//! one formatter. A reading keeps its English `text` beside its `Words` while the English Fluent
//! messages are proved equal to it (`solace_app` tests); the Spanish comes only from Fluent.

use chrono::NaiveDate;

/// A message id with its arguments.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Words {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument, typed so each language writes it its own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// An hCG value, the number alone (`fmt::iu`): "1,700", "4.5".
    Iu(f64),
    /// A percent with no sign of its own (`fmt::percent`): "12.5%".
    Percent(f64),
    /// A change with its sign (`fmt::signed_percent`): "+63.0%", "−50%".
    SignedPercent(f64),
    /// Hours, one decimal at most (`fmt::hours`).
    Hours(f64),
    /// One decimal, kept even when it is zero unless the value really is whole
    /// (`fmt::one_decimal`): 63 → "63", 63.04 → "63.0", 12.25 → "12.3", 1234.5 → "1,234.5".
    /// The readings write percents, hours and small hCG values this way, so a value just past a
    /// guideline's line never looks exactly on it.
    Decimal1(f64),
    /// A plain number with at most this many decimals (`fmt::number`).
    Number(f64, usize),
    /// A whole count, passed to Fluent as a number so plural forms can select on it.
    Count(i64),
    /// A date (`fmt::date`).
    Date(NaiveDate),
    /// Weeks and days from a number of days (`fmt::weeks_days`): "7+3".
    WeeksDays(u32),
    /// Another message, formatted in the same language and given as text.
    Words(Box<Words>),
    /// Text that is not words to translate (an id shown as is). Use sparingly.
    Verbatim(String),
}

impl Words {
    /// A message with no arguments.
    pub fn id(id: &'static str) -> Self {
        Words { id, args: vec![] }
    }

    /// Adds one argument (builder style).
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_keeps_arguments_in_order() {
        let w = Words::id("hcg-rise")
            .arg("pct", Arg::SignedPercent(63.0))
            .arg("h", Arg::Hours(48.0));
        assert_eq!(w.id, "hcg-rise");
        assert_eq!(w.args.len(), 2);
        assert_eq!(w.args[0].0, "pct");
        assert_eq!(w.args[1], ("h", Arg::Hours(48.0)));
    }
}
