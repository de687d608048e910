//! The calendar as a terminal table.

use super::rows;
use crate::calendar::Entry;
use crate::render::table::grid;
use chrono::NaiveDate;

pub fn render(v: &[Entry], as_of: NaiveDate, width: u16, many: bool) -> String {
    let (h, r) = rows(v, many);
    format!("Deadlines as of {as_of}\n{}", grid(&h, &r, width))
}
