//! `ogp explain` output: a rule's documentation for a terminal or as Markdown, and the whole
//! rules reference (`docs/rules.md`).

pub mod markdown;
pub mod text;

use crate::catalog::Rule;

/// The formats of `ogp explain`.
#[derive(Copy, Clone, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

/// Renders the rule's documentation in `format`; `width` is the text's columns.
pub fn render(format: Format, rule: &Rule, width: usize) -> String {
    match format {
        Format::Text => text::render(rule, width),
        Format::Markdown => markdown::render(rule),
    }
}
