//! `ogp rules` and `ogp explain`.

use super::Outcome;
use crate::catalog;
use crate::error::Fatal;
use crate::render::{self, explain::Format};
use std::io::IsTerminal;

/// `ogp rules`: every rule with its code, name, default severity and summary, in `lang`.
pub fn list(lang: crate::i18n::Lang) -> Outcome {
    Outcome::text(render::rules::table(lang))
}

/// `ogp explain CODE`: one rule's documentation in `lang`, for a terminal or as Markdown (the
/// default on a terminal: text; piped: Markdown).
pub fn explain(
    code: &str,
    format: Option<Format>,
    lang: crate::i18n::Lang,
) -> Result<Outcome, Fatal> {
    let Some(r) = catalog::find(code) else {
        return Err(Fatal(lang.f("usage-no-rule", &[("code", code.into())])));
    };
    let format = format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Text
    } else {
        Format::Markdown
    });
    let width = usize::from(render::table::width(None)).min(100);
    Ok(Outcome::text(render::explain::render(
        format, r, width, lang,
    )))
}
