//! `ogp calendar` output: one file per format, each a pure function of the calendar entries
//! (`crate::calendar`).

pub mod csv;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod table;

use crate::calendar::Entry;
use chrono::NaiveDate;

/// The formats of `ogp calendar`.
#[derive(Copy, Clone, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Csv,
    Json,
    Ics,
}

/// Renders the entries in `format`; `many` when they come from more than one jurisdiction
/// (the tables then show which), `width` the terminal table's columns.
pub fn render(format: Format, v: &[Entry], as_of: NaiveDate, width: u16, many: bool) -> String {
    match format {
        Format::Table => table::render(v, as_of, width, many),
        Format::Markdown => markdown::render(v, as_of, many),
        Format::Csv => csv::render(v),
        Format::Json => json::render(v, as_of),
        Format::Ics => ics::render(v, as_of),
    }
}

/// The header and rows both tables show: what is overdue first, then what is due soon, then
/// the rest by date.
fn rows(v: &[Entry], many: bool) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let v = crate::calendar::attention_first(v);
    let mut h = vec!["date", "state", "what", "who"];
    if many {
        h.insert(1, "jurisdiction");
    }
    let labels = if many {
        crate::overview::labels(v.iter().map(|e| (e.jurisdiction.as_str(), e.root.as_str())))
    } else {
        Vec::new()
    };
    let rows = v
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut r = vec![
                e.date.to_string(),
                e.state.text(),
                e.what.clone(),
                e.who.clone(),
            ];
            if many {
                r.insert(1, labels[i].clone());
            }
            r
        })
        .collect();
    (h, rows)
}
