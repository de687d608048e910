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
    // what each format is, as `--help` says it: help.ftl (help-value-...)
    Markdown,
    Html,
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
