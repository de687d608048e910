//! A rule's documentation as Markdown, and the rules reference made of them.

use crate::catalog::{self, Rule};
use crate::i18n::Lang;

/// Renders a rule's documentation in fixed sections, in `lang`, as `ogp explain --format
/// markdown` prints it and as `docs/rules.md` holds it (in English).
pub fn render(rule: &Rule, lang: Lang) -> String {
    let w = super::Words::of(rule, lang);
    format!(
        "## {code} {name}\n\n{summary}\n\n{severity}\n{since}\n\n\
         ### {what_head}\n\n{what}\n\n### {why_head}\n\n{why}\n\n### {example_head}\n\n```toml\n{example}\n```\n\n### {fix_head}\n\n{fix}\n",
        code = rule.code,
        name = rule.name,
        summary = rule.summary(lang),
        severity = w.severity,
        since = w.since,
        what_head = lang.t("explain-what"),
        what = rule.what(lang),
        why_head = lang.t("explain-why"),
        why = rule.why(lang),
        example_head = lang.t("explain-example"),
        example = rule.example.trim_end(),
        fix_head = lang.t("explain-fix"),
        fix = rule.fix(lang),
    )
}

/// The whole rules reference (`docs/rules.md`), in English.
pub fn reference() -> String {
    let lang = Lang::En;
    let mut out = String::from(
        "# Rules reference\n\n<!-- Generated from the rule registry by `OGP_BLESS=1 cargo test`; do not edit. -->\n\n\
         | code | name | severity | summary |\n|---|---|---|---|\n",
    );
    for r in catalog::all() {
        out.push_str(&format!(
            "| [{}](#{}-{}) | {} | {} | {} |\n",
            r.code,
            r.code.to_lowercase(),
            r.name,
            r.name,
            r.severity.as_str(),
            r.summary(lang)
        ));
    }
    for r in catalog::all() {
        out.push('\n');
        out.push_str(&render(r, lang));
    }
    out
}
