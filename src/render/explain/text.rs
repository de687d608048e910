//! A rule's documentation for a terminal.

use crate::catalog::Rule;
use crate::i18n::Lang;
use crate::render::table::wrap_words;

/// A rule's documentation for a terminal, in `lang`: the same sections as
/// [`super::markdown::render`] without Markdown markers (no `#`, no backticks, no code fences),
/// prose wrapped to `width` columns and the example indented as it is written.
pub fn render(rule: &Rule, width: usize, lang: Lang) -> String {
    let w = super::Words::of(rule, lang);
    let plain = |s: &str| s.replace('`', "");
    let para = |out: &mut String, text: &str| {
        for l in wrap_words(&plain(text), width.saturating_sub(2).max(20)) {
            out.push_str("  ");
            out.push_str(&l);
            out.push('\n');
        }
    };
    let mut out = format!("{} {}\n", rule.code, rule.name);
    para(&mut out, &rule.summary(lang));
    out.push('\n');
    para(&mut out, &w.severity);
    para(&mut out, &w.since);
    for (head, body) in [
        ("explain-what", rule.what(lang)),
        ("explain-why", rule.why(lang)),
    ] {
        out.push_str(&format!("\n{}\n", lang.t(head)));
        para(&mut out, &body);
    }
    out.push_str(&format!("\n{}\n", lang.t("explain-example")));
    for l in rule.example.trim_end().lines() {
        out.push_str("    ");
        out.push_str(l);
        out.push('\n');
    }
    out.push_str(&format!("\n{}\n", lang.t("explain-fix")));
    para(&mut out, &rule.fix(lang));
    out
}
