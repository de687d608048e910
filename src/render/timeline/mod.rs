//! `ogp timeline` output: one file per format, each a pure function of the
//! [`Chart`]. Labels in the tables are short ("C1"); the full titles
//! follow each table as a legend, wrapped, never cut.

pub mod csv;
pub mod markdown;
pub mod svg;
pub mod table;

use crate::timeline::Chart;

/// The formats of `ogp timeline`.
#[derive(Copy, Clone, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Csv,
    Svg,
}

/// Renders the chart in `format`; `width` is the widest line of the terminal and Markdown
/// tables.
pub fn render(format: Format, c: &Chart, width: u16) -> String {
    match format {
        Format::Table => table::render(c, width),
        Format::Markdown => markdown::render(c, width),
        Format::Csv => csv::render(c),
        Format::Svg => svg::render(c),
    }
}
