//! The rule catalogue: every rule declared once, with its code, name, default severity,
//! version and example; its words (summary, source, what it does, why, how to fix it) are in
//! every language's `rules.ftl` (`src/i18n/<lang>/rules.ftl`), under ids made of its code:
//! `P101-summary`, `P101-section`, `P101-what`, `P101-why`, `P101-fix`.
//!
//! This module is reference data at the bottom of the crate: it imports nothing of the crate
//! but the languages (`crate::i18n`, itself at the bottom), so the loader, the plan-cycle
//! model, the rules and every renderer can name a rule without reaching up. One file per
//! family holds its `Rule` statics and its `RULES` list; the checks that report them are in
//! `crate::rules` (`rules::FAMILIES` pairs each list with its check). `ogp rules`,
//! `ogp explain`, `docs/rules.md` and SARIF's rule metadata are all rendered from these
//! entries (`crate::render::explain`).

pub mod commitments;
pub mod history;
pub mod monitoring;
pub mod plan;
pub mod requirements;
pub mod status;
pub mod structure;

use crate::i18n::Lang;

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
    pub severity: Severity,
    /// The version of ogp the rule first appeared in, as `MAJOR.MINOR.PATCH` (a rule added
    /// since the last release carries the next one). See docs/decisions.md, "Layering".
    pub since: &'static str,
    /// A TOML snippet that breaks the rule (the same in every language: it is what a person
    /// writes in a file).
    pub example: &'static str,
}

impl Rule {
    /// One line: what a finding of this rule means.
    pub fn summary(&self, lang: Lang) -> String {
        self.text(lang, "summary")
    }

    /// The source the rule enforces: "Handbook, <section>" for a handbook rule, "Format: ..."
    /// for one about the files' format (see [`source`]).
    pub fn section(&self, lang: Lang) -> String {
        self.text(lang, "section")
    }

    /// What it does.
    pub fn what(&self, lang: Lang) -> String {
        self.text(lang, "what")
    }

    /// Why it matters (the handbook rule, in our words).
    pub fn why(&self, lang: Lang) -> String {
        self.text(lang, "why")
    }

    /// How to fix a finding of the rule: the help of a finding that gives no other.
    pub fn fix(&self, lang: Lang) -> String {
        self.text(lang, "fix")
    }

    /// The message `<code>-<part>` of `rules.ftl` in `lang`.
    fn text(&self, lang: Lang, part: &str) -> String {
        lang.t(&format!("{}-{part}", self.code))
    }
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

/// What a rule's section names: a section of the handbook, the reference of the files'
/// format, or another source (OGP's founding declaration).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Handbook,
    Format,
    Other,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Source::Handbook => "handbook",
            Source::Format => "format",
            Source::Other => "other",
        }
    }
}

/// The kind of the rule's source and the section without the kind's word. The kind is read
/// from the English text ("Handbook, Action Plan (...)", "Format: the plan repository
/// (...)"), the one every translation follows; in every language the section starts with the
/// kind's word followed by a comma for the handbook ("Manual, Plan de acción (...)") and a
/// colon for the format ("Formato: ..."), and that word is left out.
pub fn section_parts(rule: &Rule, lang: Lang) -> (Source, String) {
    let en = rule.section(Lang::En);
    let (kind, sep) = if en.starts_with("Handbook, ") {
        (Source::Handbook, ',')
    } else if en.starts_with("Format: ") {
        (Source::Format, ':')
    } else {
        return (Source::Other, rule.section(lang));
    };
    let text = rule.section(lang);
    let rest = text.split_once(sep).map_or(text.as_str(), |(_, rest)| rest);
    (kind, rest.trim().to_string())
}

/// Where the rule comes from, named once, in `lang`: "Handbook: Action Plan (...)" for a
/// handbook rule, "Reference: the plan repository (docs/format.md)" for one about the files'
/// format, "Source: ..." otherwise.
pub fn source(rule: &Rule, lang: Lang) -> String {
    let (kind, section) = section_parts(rule, lang);
    lang.f(
        "explain-source",
        &[
            ("kind", kind.as_str().into()),
            ("section", (&section).into()),
        ],
    )
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

    const PARTS: [&str; 5] = ["summary", "section", "what", "why", "fix"];

    /// Every rule has its five messages in English (the source of every other language), each
    /// with words, and src/i18n/en/rules.ftl holds no message of a rule that does not exist.
    #[test]
    fn every_rule_has_its_five_messages_in_english_and_no_other_rule_has_any() {
        let en = Lang::En;
        for r in all() {
            for (part, text) in PARTS.into_iter().zip([
                r.summary(en),
                r.section(en),
                r.what(en),
                r.why(en),
                r.fix(en),
            ]) {
                let id = format!("{}-{part}", r.code);
                // a missing message comes out as its id
                assert!(
                    text != id && !text.trim().is_empty(),
                    "src/i18n/en/rules.ftl has no `{id}`"
                );
            }
        }
        let at = crate::i18n::FILES
            .iter()
            .position(|f| *f == "rules")
            .unwrap();
        let ids: Vec<&str> = Lang::En.sources()[at]
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| !id.starts_with('#'))
            .collect();
        assert_eq!(ids.len(), all().len() * PARTS.len(), "{ids:?}");
        for id in ids {
            let known = id.split_once('-').is_some_and(|(code, part)| {
                find(code).is_some_and(|r| r.code == code) && PARTS.contains(&part)
            });
            assert!(known, "src/i18n/en/rules.ftl: `{id}` is no rule's message");
        }
    }

    #[test]
    fn a_source_is_named_in_the_language_of_the_run() {
        let p101 = find("P101").unwrap();
        assert_eq!(
            source(p101, Lang::En),
            "Handbook: Action Plan (period aligned with the term)"
        );
        assert_eq!(
            source(p101, Lang::Es),
            "Manual: Plan de acción (período alineado con el mandato)"
        );
        assert_eq!(
            source(find("S001").unwrap(), Lang::En),
            "Reference: the plan repository (docs/format.md)"
        );
        assert_eq!(
            source(find("S001").unwrap(), Lang::Es),
            "Referencia: el repositorio del plan (docs/format.md)"
        );
        let c209 = find("C209").unwrap();
        assert_eq!(section_parts(c209, Lang::En).0, Source::Other);
        assert!(source(c209, Lang::En).starts_with("Source: Open Government Declaration ("));
        assert!(source(c209, Lang::Es).starts_with("Fuente: Declaración de Gobierno Abierto ("));
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
            assert!(!r.example.trim().is_empty(), "{} has no example", r.code);
        }
    }
}
