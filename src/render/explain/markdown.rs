//! A rule's documentation as Markdown, and the rules reference made of them.

use crate::catalog::{self, Rule};

/// Renders a rule's documentation in fixed sections, as `ogp explain --format markdown` prints
/// it and as `docs/rules.md` holds it.
pub fn render(rule: &Rule) -> String {
    format!(
        "## {code} {name}\n\n{summary}\n\nDefault severity: {sev}. {source}.\nAdded in ogp {since}.\n\n\
         ### What it does\n\n{what}\n\n### Why\n\n{why}\n\n### Example\n\n```toml\n{example}\n```\n\n### Fix\n\n{fix}\n",
        code = rule.code,
        name = rule.name,
        summary = rule.summary,
        sev = rule.severity.as_str(),
        source = catalog::source(rule),
        since = rule.since,
        what = rule.what,
        why = rule.why,
        example = rule.example.trim_end(),
        fix = rule.fix,
    )
}

/// The whole rules reference (`docs/rules.md`).
pub fn reference() -> String {
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
            r.summary
        ));
    }
    for r in catalog::all() {
        out.push('\n');
        out.push_str(&render(r));
    }
    out
}
