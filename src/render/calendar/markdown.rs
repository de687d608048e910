//! The calendar as a Markdown table.

use super::rows;
use crate::calendar::Entry;
use crate::i18n::Lang;
use crate::render::table::markdown as md_table;
use chrono::NaiveDate;

pub fn render(v: &[Entry], as_of: NaiveDate, many: bool, lang: Lang) -> String {
    let (h, r) = rows(v, many, lang);
    let h: Vec<&str> = h.iter().map(String::as_str).collect();
    let title = lang.f("calendar-title", &[("date", (&lang.date(as_of)).into())]);
    format!("# {title}\n\n{}", md_table(&h, &r))
}
