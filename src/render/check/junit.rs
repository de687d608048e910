//! `--format junit`: JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure).
//!
//! One `<testsuite>` per jurisdiction, one `<testcase>` per rule of the run. A rule with an
//! error (or, with `--deny-warnings`, a warning) is a `<failure>` whose text lists every
//! finding; a rule with only warnings passes and lists them in `<system-out>`; a rule whose
//! findings are all waived is `<skipped>`. Paths given to ogp that hold no plan repository
//! form a suite of their own. All text is XML-escaped ([`xml_text`], [`xml_attr`]); characters XML 1.0
//! cannot hold become U+FFFD.

use super::place;
use crate::catalog::Rule;
use crate::diag::{Finding, Severity};
use crate::i18n::Lang;
use crate::load::Jurisdiction;
use crate::render::escape::{xml_attr, xml_text};
use crate::report::Report;
use std::fmt::Write;

fn line(j: Option<&Jurisdiction>, orphan: Option<&str>, f: &Finding, lang: Lang) -> String {
    let at = match place(j, orphan, f) {
        Some(p) => match p.start {
            Some((l, c)) => format!("{}:{l}:{c}: ", p.path),
            None => format!("{}: ", p.path),
        },
        None => String::new(),
    };
    let sev = match &f.waived {
        Some(w) => format!("{} ({})", w.label(lang), w.reason),
        None => f.severity.as_str().to_string(),
    };
    let sev = if f.closed {
        format!("{sev}, closed")
    } else {
        sev
    };
    let mut s = format!("{at}{sev}: {}", f.message_in(lang));
    let help = f.help_in(lang);
    if !help.is_empty() {
        s.push_str(&format!("\n  help: {help}"));
    }
    s.push('\n');
    s
}

struct Suite<'a> {
    name: String,
    id: String,
    j: Option<&'a Jurisdiction>,
    orphan: Option<&'a str>,
    findings: Vec<&'a Finding>,
}

fn suite(
    out: &mut String,
    s: &Suite<'_>,
    rules: &[&'static Rule],
    deny_warnings: bool,
    lang: Lang,
) {
    let mut cases = String::new();
    let (mut failures, mut skipped) = (0, 0);
    for r in rules {
        let mine: Vec<&Finding> = s
            .findings
            .iter()
            .copied()
            .filter(|f| std::ptr::eq(f.rule, *r))
            .collect();
        let _ = write!(
            cases,
            "    <testcase classname=\"{}\" name=\"{} {}\"",
            xml_attr(&s.id),
            r.code,
            r.name
        );
        if mine.is_empty() {
            cases.push_str("/>\n");
            continue;
        }
        cases.push_str(">\n");
        let text: String = mine.iter().map(|f| line(s.j, s.orphan, f, lang)).collect();
        let counting: Vec<&&Finding> = mine.iter().filter(|f| f.counts()).collect();
        let fails = counting
            .iter()
            .any(|f| f.severity == Severity::Error || deny_warnings);
        if fails {
            failures += 1;
            let worst = if counting.iter().any(|f| f.severity == Severity::Error) {
                "error"
            } else {
                "warning"
            };
            let first = counting
                .first()
                .map(|f| f.message_in(lang))
                .unwrap_or_default();
            let _ = writeln!(
                cases,
                "      <failure type=\"{worst}\" message=\"{}\">{}</failure>",
                xml_attr(&first),
                xml_text(&text)
            );
        } else if counting.is_empty() {
            skipped += 1;
            let _ = writeln!(cases, "      <skipped message=\"waived\"/>");
            let _ = writeln!(cases, "      <system-out>{}</system-out>", xml_text(&text));
        } else {
            let _ = writeln!(cases, "      <system-out>{}</system-out>", xml_text(&text));
        }
        cases.push_str("    </testcase>\n");
    }
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">",
        xml_attr(&s.name),
        rules.len()
    );
    out.push_str(&cases);
    out.push_str("  </testsuite>\n");
}

/// Renders the report; `rules` are the rules this run checked (after `--select`/`--ignore`).
/// With `--deny-warnings` (the report says so) a warning fails its test case too.
pub fn render(r: &Report, rules: &[&'static Rule], lang: Lang) -> String {
    let mut suites: Vec<Suite<'_>> = Vec::new();
    for (path, f) in &r.orphans {
        match suites.iter_mut().find(|s| s.orphan == Some(path.as_str())) {
            Some(s) => s.findings.push(f),
            None => suites.push(Suite {
                name: path.clone(),
                id: path.clone(),
                j: None,
                orphan: Some(path),
                findings: vec![f],
            }),
        }
    }
    for c in &r.checked {
        suites.push(Suite {
            name: format!("{} ({})", c.j.name(), c.j.root),
            id: c.j.root.clone(),
            j: Some(&c.j),
            orphan: None,
            findings: c.findings.iter().collect(),
        });
    }
    let mut body = String::new();
    for s in &suites {
        suite(&mut body, s, rules, r.deny_warnings, lang);
    }
    let failures = body.matches("<failure ").count();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ogp check as of {}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">\n{body}</testsuites>\n",
        r.as_of,
        suites.len() * rules.len()
    )
}
