//! The rule catalogue: every rule declared once, with its code, name, summary, handbook
//! section, default severity and documentation.
//!
//! This module is reference data at the bottom of the crate: it imports nothing of the crate,
//! so the loader, the plan-cycle model, the rules and every renderer can name a rule without
//! reaching up. One file per family holds its `Rule` statics and its `RULES` list; the checks
//! that report them are in `crate::rules` (`rules::FAMILIES` pairs each list with its check).
//! `ogp rules`, `ogp explain`, `docs/rules.md` and SARIF's rule metadata are all rendered from
//! these entries (`crate::render::explain`).

pub mod commitments;
pub mod history;
pub mod monitoring;
pub mod plan;
pub mod requirements;
pub mod status;
pub mod structure;

/// How much a finding of a rule weighs by default (a plan still in co-creation, or a deadline
/// met late, reports a warning instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Every family's list of rules. Each rule is in exactly one list.
static LISTS: &[&[&Rule]] = &[
    structure::RULES,
    plan::RULES,
    commitments::RULES,
    monitoring::RULES,
    requirements::RULES,
    status::RULES,
    history::RULES,
];

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
    /// The version of ogp the rule first appeared in, as `MAJOR.MINOR.PATCH` (a rule added
    /// since the last release carries the next one). See docs/decisions.md, "Layering".
    pub since: &'static str,
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
    let mut v: Vec<&'static Rule> = LISTS.iter().flat_map(|l| l.iter().copied()).collect();
    v.sort_by_key(|r| r.code);
    v
}

/// Whether `rule` is one of the registered statics: same code and same address, so neither an
/// unlisted static nor a copy of a registered rule passes.
pub fn is_registered(rule: &Rule) -> bool {
    LISTS
        .iter()
        .flat_map(|l| l.iter())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A version written `MAJOR.MINOR.PATCH`, as numbers.
    fn version(v: &str) -> Option<(u32, u32, u32)> {
        let mut parts = v.split('.').map(|p| {
            (!p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                .then(|| p.parse::<u32>().ok())
                .flatten()
        });
        let got = (parts.next()??, parts.next()??, parts.next()??);
        parts.next().is_none().then_some(got)
    }

    /// Every rule says the version it appeared in: a version that has been released (up to
    /// this crate's own) or the next one, for a rule added since (docs/decisions.md, "Layering").
    #[test]
    fn every_rule_has_a_valid_since_version() {
        let own = version(env!("CARGO_PKG_VERSION")).unwrap();
        let next = (own.0, own.1 + 1, 0);
        for r in all() {
            let v = version(r.since).unwrap_or_else(|| {
                panic!("{}: since {:?} is not MAJOR.MINOR.PATCH", r.code, r.since)
            });
            assert!(
                v >= (0, 1, 0) && (v <= own || v == next),
                "{}: since {} is neither a version up to {own:?} nor the next one, {next:?}",
                r.code,
                r.since
            );
        }
        assert_eq!(version("0.1.0"), Some((0, 1, 0)));
        for bad in ["", "0.1", "0.1.0.1", "v0.1.0", "0.x.0", "0..1"] {
            assert_eq!(version(bad), None, "{bad}");
        }
    }

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
