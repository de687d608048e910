//! The calendar as a terminal table.

use super::rows;
use crate::calendar::Entry;
use crate::i18n::Lang;
use crate::render::table::grid;
use chrono::NaiveDate;

pub fn render(v: &[Entry], as_of: NaiveDate, width: u16, many: bool, lang: Lang) -> String {
    let (h, r) = rows(v, many, lang);
    let h: Vec<&str> = h.iter().map(String::as_str).collect();
    let title = lang.f("calendar-title", &[("date", (&lang.date(as_of)).into())]);
    format!("{title}\n{}", grid(&h, &r, width))
}
