//! The loader's own work in the schema's walk of a well-formed file (the fast path).

use std::ops::Range;
use toml::de::DeValue;

/// The loader's work on each value of the schema's walk of a well-formed file.
///
/// A plain date where the format takes a date is replaced by its text as written, which the
/// date field reads straight back ([`crate::date::with_dates_as_text`]). A string with the
/// shape of a plain date (a date written in quotes, the wrong type) ends the walk, so that no
/// string written in a file is ever taken for a date. And each `{ }` table is noted, so that the
/// portability scan reads those alone.
pub(super) struct Prep<'i> {
    pub(super) src: &'i str,
    pub(super) tables: Vec<Range<usize>>,
    /// Whether a date was replaced.
    pub(super) preread: bool,
}

/// `YYYY-MM-DD` in digits and nothing more (whether it is a real day is the date field's to say).
fn date_shaped(text: &str) -> bool {
    text.len() == 10 && crate::load::syntax::looks_like_a_day(text)
}

impl<'i> Prep<'i> {
    pub(super) fn reach(&mut self, r: crate::schema::Reached<'_, 'i>) -> bool {
        let span = r.value.span();
        match r.value.get_ref() {
            DeValue::Datetime(_) if r.date => {
                let src = self.src;
                if let Some(text) = src.get(span).filter(|t| date_shaped(t)) {
                    *r.value.get_mut() = DeValue::String(std::borrow::Cow::Borrowed(text));
                    self.preread = true;
                }
            }
            DeValue::String(s) if date_shaped(s) => return false,
            DeValue::Table(_) if self.src.as_bytes().get(span.start) == Some(&b'{') => {
                self.tables.push(span);
            }
            _ => {}
        }
        true
    }
}
