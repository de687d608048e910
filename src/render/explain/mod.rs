//! `ogp explain` output: a rule's documentation for a terminal or as Markdown, in the run's
//! language, and the whole rules reference (`docs/rules.md`, in English).

pub mod markdown;
pub mod text;

use crate::catalog::{self, Rule, Severity};
use crate::i18n::Lang;

/// The formats of `ogp explain`.
#[derive(Copy, Clone, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

/// Renders the rule's documentation in `format` and `lang`; `width` is the text's columns.
pub fn render(format: Format, rule: &Rule, width: usize, lang: Lang) -> String {
    match format {
        Format::Text => text::render(rule, width, lang),
        Format::Markdown => markdown::render(rule, lang),
    }
}

/// A rule's default severity as people read it in `lang` ("error", "advertencia").
pub fn severity(s: Severity, lang: Lang) -> String {
    lang.t(match s {
        Severity::Error => "severity-error",
        Severity::Warning => "severity-warning",
    })
}

/// The lines both formats show under a rule's summary.
struct Words {
    /// "Default severity: error. Handbook: Action Plan (...)."
    severity: String,
    /// "Added in ogp 0.1.0."
    since: String,
}

impl Words {
    fn of(rule: &Rule, lang: Lang) -> Words {
        let source = catalog::source(rule, lang);
        Words {
            severity: lang.f(
                "explain-severity",
                &[
                    ("severity", (&severity(rule.severity, lang)).into()),
                    ("source", (&source).into()),
                ],
            ),
            since: lang.f("explain-since", &[("version", rule.since.into())]),
        }
    }
}
