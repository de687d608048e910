//! The rule registry: every rule declared once, with its code, name, summary, handbook
//! section, default severity and documentation.
//!
//! Each rule family declares its own rules next to its checks (`rules/*.rs`); this module
//! gathers them from the one table of families, [`crate::rules::FAMILIES`]. `ogp rules`,
//! `ogp explain`, `docs/rules.md` and SARIF's rule metadata are all rendered from these entries.

use crate::diag::Severity;

#[derive(Debug)]
pub struct Rule {
    /// Stable code, e.g. "C201".
    pub code: &'static str,
    /// Kebab-case name, e.g. "commitment-cap".
    pub name: &'static str,
    /// One line: what a finding of this rule means.
    pub summary: &'static str,
    /// The handbook section the rule enforces.
    pub section: &'static str,
    pub severity: Severity,
    /// What it does.
    pub what: &'static str,
    /// Why it matters (the handbook rule, in our words).
    pub why: &'static str,
    /// A TOML snippet that breaks the rule.
    pub example: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        self.code == other.code
    }
}

/// Every rule, in code order.
pub fn all() -> Vec<&'static Rule> {
    let mut v: Vec<&'static Rule> = crate::rules::FAMILIES
        .iter()
        .flat_map(|f| f.rules.iter().copied())
        .collect();
    v.sort_by_key(|r| r.code);
    v
}

/// Whether `rule` is one of the registered statics: same code and same address, so neither an
/// unlisted static nor a copy of a registered rule passes.
pub fn is_registered(rule: &Rule) -> bool {
    crate::rules::FAMILIES
        .iter()
        .flat_map(|f| f.rules.iter())
        .any(|r| r.code == rule.code && std::ptr::eq(*r, rule))
}

/// Finds a rule by code (case-insensitive) or by name.
pub fn find(key: &str) -> Option<&'static Rule> {
    all()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(key) || r.name.eq_ignore_ascii_case(key))
}

/// Where the rule comes from, named once: "Handbook: Action Plan (...)" for a handbook rule,
/// "Reference: the plan repository (docs/format.md)" for one about the files' format.
pub fn source(rule: &Rule) -> String {
    if let Some(s) = rule.section.strip_prefix("Handbook, ") {
        format!("Handbook: {s}")
    } else if let Some(s) = rule.section.strip_prefix("Format: ") {
        format!("Reference: {s}")
    } else {
        format!("Source: {}", rule.section)
    }
}

/// Renders a rule's documentation in fixed sections, as `ogp explain --format markdown` prints
/// it and as `docs/rules.md` holds it.
pub fn explain(rule: &Rule) -> String {
    format!(
        "## {code} {name}\n\n{summary}\n\nDefault severity: {sev}. {source}.\n\n\
         ### What it does\n\n{what}\n\n### Why\n\n{why}\n\n### Example\n\n```toml\n{example}\n```\n\n### Fix\n\n{fix}\n",
        code = rule.code,
        name = rule.name,
        summary = rule.summary,
        sev = rule.severity.as_str(),
        source = source(rule),
        what = rule.what,
        why = rule.why,
        example = rule.example.trim_end(),
        fix = rule.fix,
    )
}

/// A rule's documentation for a terminal: the same sections as [`explain`] without Markdown
/// markers (no `#`, no backticks, no code fences), prose wrapped to `width` columns and the
/// example indented as it is written.
pub fn explain_text(rule: &Rule, width: usize) -> String {
    let plain = |s: &str| s.replace('`', "");
    let para = |out: &mut String, text: &str| {
        for l in crate::render::table::wrap_words(&plain(text), width.saturating_sub(2).max(20)) {
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
            source(rule)
        ),
    );
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

/// The whole rules reference (`docs/rules.md`).
pub fn reference() -> String {
    let mut out = String::from(
        "# Rules reference\n\n<!-- Generated from the rule registry by `OGP_BLESS=1 cargo test`; do not edit. -->\n\n\
         | code | name | severity | summary |\n|---|---|---|---|\n",
    );
    for r in all() {
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
    for r in all() {
        out.push('\n');
        out.push_str(&explain(r));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_well_formed() {
        let rules = all();
        let mut codes: Vec<_> = rules.iter().map(|r| r.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), rules.len(), "duplicate rule code");
        let mut names: Vec<_> = rules.iter().map(|r| r.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), rules.len(), "duplicate rule name");
        for r in &rules {
            assert!(r.code.len() == 4, "{}", r.code);
            assert!(
                r.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.name
            );
            for (part, text) in [
                ("what", r.what),
                ("why", r.why),
                ("example", r.example),
                ("fix", r.fix),
                ("section", r.section),
            ] {
                assert!(!text.trim().is_empty(), "{} has no {part}", r.code);
            }
        }
    }
}
