//! A rule's documentation for a terminal.

use crate::catalog::{self, Rule};
use crate::render::table::wrap_words;

/// A rule's documentation for a terminal: the same sections as [`super::markdown::render`] without Markdown
/// markers (no `#`, no backticks, no code fences), prose wrapped to `width` columns and the
/// example indented as it is written.
pub fn render(rule: &Rule, width: usize) -> String {
    let plain = |s: &str| s.replace('`', "");
    let para = |out: &mut String, text: &str| {
        for l in wrap_words(&plain(text), width.saturating_sub(2).max(20)) {
            out.push_str("  ");
            out.push_str(&l);
            out.push('\n');
        }
    };
    let mut out = format!("{} {}\n", rule.code, rule.name);
    para(&mut out, rule.summary);
    out.push('\n');
    para(
        &mut out,
        &format!(
            "Default severity: {}. {}.",
            rule.severity.as_str(),
            catalog::source(rule)
        ),
    );
    para(&mut out, &format!("Added in ogp {}.", rule.since));
    for (head, body) in [("What it does", rule.what), ("Why", rule.why)] {
        out.push_str(&format!("\n{head}\n"));
        para(&mut out, body);
    }
    out.push_str("\nExample\n");
    for l in rule.example.trim_end().lines() {
        out.push_str("    ");
        out.push_str(l);
        out.push('\n');
    }
    out.push_str("\nFix\n");
    para(&mut out, rule.fix);
    out
}
