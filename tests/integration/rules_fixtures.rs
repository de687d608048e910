//! Every registered rule has a failing and a passing fixture under tests/fixtures/rules/<CODE>/:
//! `fail/` and `pass/` are jurisdiction roots, `case.toml` says `as_of = "YYYY-MM-DD"` (or
//! "none" to run as of today, for S008). The failing fixture must report the rule (at the
//! severity in `severity`, default the rule's own); the passing one must not report it at all.

use crate::common::root;
use ogp::rules::Options;

fn as_of(code: &str) -> Options {
    let case = root().join(format!("tests/fixtures/rules/{code}/case.toml"));
    let text =
        std::fs::read_to_string(&case).unwrap_or_else(|_| panic!("{} is missing", case.display()));
    let v: toml::Table = toml::from_str(&text).expect("case.toml parses");
    match v.get("as_of").and_then(|v| v.as_str()) {
        Some("none") => Options {
            as_of: chrono::Local::now().date_naive(),
            as_of_given: false,
        },
        Some(d) => Options {
            as_of: d.parse().expect("as_of is a date"),
            as_of_given: true,
        },
        None => panic!("{} has no as_of", case.display()),
    }
}

fn expected_severity(code: &str) -> Option<String> {
    let case = root().join(format!("tests/fixtures/rules/{code}/case.toml"));
    let v: toml::Table = toml::from_str(&std::fs::read_to_string(case).ok()?).ok()?;
    v.get("severity")
        .and_then(|s| s.as_str())
        .map(str::to_string)
}

fn findings(code: &str, case: &str) -> Vec<(String, String, String)> {
    let dir = root().join(format!("tests/fixtures/rules/{code}/{case}"));
    assert!(
        dir.is_dir(),
        "{} is missing: every rule needs a failing and a passing fixture",
        dir.display()
    );
    let report =
        ogp::cli::collect(&[dir], as_of(code)).unwrap_or_else(|e| panic!("{code}/{case}: {}", e.0));
    report
        .checked
        .iter()
        .flat_map(|c| c.findings.iter())
        .chain(report.orphans.iter().map(|(_, f)| f))
        .map(|f| {
            (
                f.rule.code.to_string(),
                f.severity.as_str().to_string(),
                f.message.clone(),
            )
        })
        .collect()
}

#[test]
fn every_rule_fails_its_failing_fixture_and_passes_its_passing_one() {
    let mut problems = Vec::new();
    for rule in ogp::registry::all() {
        let code = rule.code;
        let fail = findings(code, "fail");
        let sev = expected_severity(code).unwrap_or_else(|| rule.severity.as_str().to_string());
        if !fail.iter().any(|(c, s, _)| c == code && *s == sev) {
            problems.push(format!(
                "{code}: fail/ does not report {code} as {sev}; got {fail:?}"
            ));
        }
        let pass = findings(code, "pass");
        if pass.iter().any(|(c, _, _)| c == code) {
            problems.push(format!("{code}: pass/ reports {code}: {pass:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
