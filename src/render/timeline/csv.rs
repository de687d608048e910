//! The timeline as CSV: one line per row and month.

use crate::render::escape::csv_field;
use crate::timeline::Chart;

/// One row per activity with its full title, one column per month or quarter, the states in
/// the legend's words.
pub fn render(c: &Chart) -> String {
    let mut s = String::from("activity");
    for i in 0..c.months.len() {
        s.push(',');
        s.push_str(&c.col_label(i));
    }
    s.push_str("\r\n");
    for r in &c.rows {
        s.push_str(&csv_field(&r.full()));
        for m in &r.cells {
            s.push(',');
            s.push_str(&csv_field(&m.word()));
        }
        s.push_str("\r\n");
    }
    s
}
