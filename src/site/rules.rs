//! A page per rule and the list of rules: what each rule checks, why, an example that breaks
//! it and how to fix it.

use super::{Site, write};
use crate::error::Fatal;
use crate::i18n::Lang;
use crate::render::html::{VERSION, render};
use minijinja::{Value, context};
use serde::Serialize;

/// Writes the rules' pages of one language.
pub(super) fn write(
    site: &Site<'_>,
    out: &write::Plan,
    as_of: chrono::NaiveDate,
) -> Result<(), Fatal> {
    write_rules(site, out, &rule_views(site.lang), as_of)
}

/// A page per rule and the list of rules.
fn write_rules(
    site: &Site<'_>,
    out: &write::Plan,
    rules: &[RuleView],
    as_of: chrono::NaiveDate,
) -> Result<(), Fatal> {
    for r in rules {
        let path = format!("rules/{}.html", r.code);
        site.put(
            out,
            &path,
            &render(
                &site.e,
                "rule.html",
                context! {
                    r => Value::from_serialize(r), as_of, version => VERSION, up => "../", home => true,
                    langs => site.switch(&path, "../"),
                },
            )?,
        )?;
    }
    site.put(
        out,
        "rules/index.html",
        &render(
            &site.e,
            "rules.html",
            context! {
                rules => Value::from_serialize(rules), as_of, version => VERSION, up => "../", home => true,
                langs => site.switch("rules/index.html", "../"),
            },
        )?,
    )
}

#[derive(Serialize)]
struct RuleView {
    code: &'static str,
    name: &'static str,
    summary: Vec<Piece>,
    section: String,
    severity: String,
    what: Vec<Piece>,
    why: Vec<Piece>,
    example: &'static str,
    fix: Vec<Piece>,
}

/// A run of a rule's text: plain words, or a file key or value the text quotes (shown as
/// code on the page, without the backticks it is written with).
#[derive(Serialize)]
struct Piece {
    text: String,
    code: bool,
}

/// Text with backticked spans, as pieces.
fn pieces(text: &str) -> Vec<Piece> {
    text.split('`')
        .enumerate()
        .filter(|(_, t)| !t.is_empty())
        .map(|(k, t)| Piece {
            text: t.to_string(),
            code: k % 2 == 1,
        })
        .collect()
}

fn rule_views(lang: Lang) -> Vec<RuleView> {
    crate::catalog::all()
        .into_iter()
        .map(|r| RuleView {
            code: r.code,
            name: r.name,
            summary: pieces(&r.summary(lang)),
            section: source_words(r, lang),
            severity: lang.t(&format!("site-severity-{}", r.severity.as_str())),
            what: pieces(&r.what(lang)),
            why: pieces(&r.why(lang)),
            example: r.example.trim_end(),
            fix: pieces(&r.fix(lang)),
        })
        .collect()
}

/// Where a rule comes from, for the public: "the handbook, section Action Plan (...)" or "the
/// format of the plan files: ...", without pointers to files the site does not carry.
fn source_words(rule: &crate::catalog::Rule, lang: Lang) -> String {
    use crate::catalog::Source;
    let (kind, section) = crate::catalog::section_parts(rule, lang);
    let text = match section.split_once(" (docs/") {
        Some((head, _)) => head,
        None => &section,
    };
    match kind {
        Source::Handbook => lang.f("site-rule-source-handbook", &[("section", text.into())]),
        Source::Format => lang.f("site-rule-source-format", &[("section", text.into())]),
        Source::Other => text.to_string(),
    }
}
