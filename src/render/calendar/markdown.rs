//! The calendar as a Markdown table.

use super::rows;
use crate::calendar::Entry;
use crate::render::table::markdown as md_table;
use chrono::NaiveDate;

pub fn render(v: &[Entry], as_of: NaiveDate, many: bool) -> String {
    let (h, r) = rows(v, many);
    format!("# Deadlines as of {as_of}\n\n{}", md_table(&h, &r))
}
