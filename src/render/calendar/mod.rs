//! `ogp calendar` output: one file per format, each a pure function of the calendar entries
//! (`crate::calendar`).

pub mod csv;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod table;

use crate::calendar::Entry;
use crate::calendar::State;
use crate::i18n::Lang;
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
pub fn render(
    format: Format,
    v: &[Entry],
    as_of: NaiveDate,
    width: u16,
    many: bool,
    lang: Lang,
) -> String {
    match format {
        Format::Table => table::render(v, as_of, width, many, lang),
        Format::Markdown => markdown::render(v, as_of, many, lang),
        Format::Csv => csv::render(v, lang),
        Format::Json => json::render(v, as_of, lang),
        Format::Ics => ics::render(v, as_of, lang),
    }
}

/// The header and rows both tables show: what is overdue first, then what is due soon, then
/// the rest by date.
fn rows(v: &[Entry], many: bool, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let v = crate::calendar::attention_first(v);
    let mut keys = vec!["date", "state", "what", "who"];
    if many {
        keys.insert(1, "jurisdiction");
    }
    let h = keys
        .iter()
        .map(|k| lang.t(&format!("calendar-column-{k}")))
        .collect();
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
                state(e.state, lang),
                e.what.render(lang),
                e.who.render(lang),
            ];
            if many {
                r.insert(1, labels[i].clone());
            }
            r
        })
        .collect();
    (h, rows)
}

/// "done 2026-07-10", "overdue": the state's word in `lang`, with its ISO day when it has one.
fn state(s: State, lang: Lang) -> String {
    s.words(lang, false)
}
