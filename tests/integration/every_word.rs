//! Every word of every finding comes from the Fluent files: a finding whose message, help or
//! label is plain text with words in it would stay English in every language.

use crate::rules_fixtures::cases;
use ogp::diag::Finding;
use ogp::i18n::Text;
use std::collections::BTreeSet;

/// Plain text that holds words: letters that are not only a value's own (an id such as `C1`
/// is a value; "in no term" is words).
fn words(t: &Text) -> Option<String> {
    match t {
        Text::Plain(s)
            if s.split_whitespace().count() > 1 && s.chars().any(char::is_alphabetic) =>
        {
            Some(s.clone())
        }
        _ => None,
    }
}

fn plain_words(f: &Finding, out: &mut BTreeSet<String>) {
    let labels = f.primary.iter().chain(&f.related).map(|l| &l.text);
    let help = f.help.iter();
    for t in std::iter::once(&f.message).chain(help).chain(labels) {
        if let Some(w) = words(t) {
            out.insert(format!("{}: {w}", f.rule.code));
        }
    }
    for x in &f.follows {
        plain_words(x, out);
    }
}

/// The findings of checking `dir` as `opts` says.
fn check(dir: &std::path::Path, opts: ogp::rules::Options, plain: &mut BTreeSet<String>) {
    let report = ogp::pipeline::collect(&[dir.to_path_buf()], &ogp::pipeline::Settings::new(opts))
        .unwrap_or_else(|e| panic!("{}", e.0));
    let all = report.checked.iter().flat_map(|c| c.findings.iter());
    for f in all.chain(report.orphans.iter().map(|(_, f)| f)) {
        plain_words(f, plain);
    }
}

#[test]
fn every_finding_of_every_fixture_speaks_through_fluent() {
    let mut plain = BTreeSet::new();
    for case in cases() {
        check(&case.dir, case.opts, &mut plain);
    }
    // the examples over their plans' lives
    for day in ["2026-11-28", "2027-06-30", "2028-06-30", "2030-01-31"] {
        let opts = ogp::rules::Options {
            as_of: day.parse().unwrap(),
            as_of_given: true,
        };
        check(&crate::common::root().join("examples"), opts, &mut plain);
    }
    assert!(
        plain.is_empty(),
        "{} findings say words that are not in the Fluent files (src/i18n/en/*.ftl), so they stay English in every language:\n{}",
        plain.len(),
        plain.into_iter().collect::<Vec<_>>().join("\n")
    );
}
