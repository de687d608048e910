//! `ogp agenda` output: one file per format, each a pure function of the
//! [`Agenda`].

pub mod html;
pub mod json;
pub mod markdown;

use crate::agenda::Agenda;
use crate::error::Fatal;

/// The formats of `ogp agenda`.
#[derive(Copy, Clone, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Headings and tables that paste into minutes and render on GitHub.
    Markdown,
    /// A page to print or share.
    Html,
    /// The versioned JSON of the briefing.
    Json,
}

/// Renders the briefing in `format`.
pub fn render(format: Format, a: &Agenda) -> Result<String, Fatal> {
    Ok(match format {
        Format::Markdown => markdown::render(a),
        Format::Html => html::render(a)?,
        Format::Json => json::render(a),
    })
}
