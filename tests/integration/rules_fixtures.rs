//! Every registered rule has fixtures under tests/fixtures/rules/<CODE>/: jurisdiction roots
//! named `fail*` must report the rule, roots named `pass*` must not report it at all; `fail/` and
//! `pass/` are required. `case.toml` says `as_of = "YYYY-MM-DD"` (or "none" to run as of today,
//! for S008) and may refine each case in a `[case.<folder>]` table: `as_of`, `severity` of the
//! expected finding (default the rule's own), `count` (exact number of findings of the rule) and
//! `messages` (texts each of which some finding of the rule must contain). A top-level
//! `severity` applies to every fail case. The fixtures are generated from tests/fixtures/base/
//! by tests/fixtures/generate.py.
//!
//! This module reads the fixtures and says what a case's findings lack; each case is its own
//! test in `rule_cases.rs`, which runs it once for these expectations, fixture_hygiene.rs's
//! and its snapshot (rule_snapshots.rs).

use crate::common::root;
use ogp::rules::Options;
use std::path::PathBuf;

/// One fixture folder of one rule.
pub struct Case {
    pub code: &'static str,
    /// The folder name: `pass`, `fail`, `fail-late`...
    pub name: String,
    pub dir: PathBuf,
    pub opts: Options,
    /// The severity the failing fixture must report the rule at.
    pub severity: String,
    pub count: Option<usize>,
    pub messages: Vec<String>,
}

impl Case {
    pub fn fails(&self) -> bool {
        self.name.starts_with("fail")
    }

    pub fn label(&self) -> String {
        format!("{}/{}", self.code, self.name)
    }
}

/// A finding as the fixtures check it: (rule code, severity, message).
pub type Finding = (String, String, String);

fn options(as_of: &str, at: &str) -> Options {
    match as_of {
        "none" => Options {
            as_of: chrono::Local::now().date_naive(),
            as_of_given: false,
        },
        d => Options {
            as_of: d
                .parse()
                .unwrap_or_else(|_| panic!("{at}: as_of {d:?} is not a date")),
            as_of_given: true,
        },
    }
}

/// Rules judged from a repository's git history: a folder cannot hold their fixtures, so
/// tests/integration/git.rs builds real repositories (failing and passing cases, exact output).
pub const HISTORY_RULES: &[&str] = &["C211"];

/// Every fixture case of every registered rule; panics on a missing or malformed fixture.
pub fn cases() -> Vec<Case> {
    ogp::catalog::all()
        .into_iter()
        .filter(|rule| !HISTORY_RULES.contains(&rule.code))
        .flat_map(|rule| cases_of(rule.code, rule.severity.as_str()))
        .collect()
}

/// One fixture case, `tests/fixtures/rules/<code>/<name>/`, as its rule's `case.toml` describes
/// it; panics when the rule or the folder does not exist.
pub fn case(code: &str, name: &str) -> Case {
    let rule = ogp::catalog::all()
        .into_iter()
        .find(|r| r.code == code)
        .unwrap_or_else(|| panic!("{code} is no registered rule, but it has fixtures"));
    cases_of(rule.code, rule.severity.as_str())
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| {
            panic!("tests/fixtures/rules/{code}/{name}/ is gone: run python3 tests/fixtures/generate.py --list")
        })
}

/// The fixture cases of one rule (its code and own severity), in folder-name order.
fn cases_of(code: &'static str, severity: &str) -> Vec<Case> {
    let mut out = Vec::new();
    let folder = root().join(format!("tests/fixtures/rules/{code}"));
    let case_file = folder.join("case.toml");
    let text = std::fs::read_to_string(&case_file).unwrap_or_else(|_| {
        panic!(
            "{} is missing: every rule needs fixtures",
            case_file.display()
        )
    });
    let v: toml::Table =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", case_file.display()));
    for k in v.keys() {
        assert!(
            ["as_of", "severity", "case"].contains(&k.as_str()),
            "{}: unknown key `{k}`",
            case_file.display()
        );
    }
    let top_as_of = v.get("as_of").and_then(|s| s.as_str());
    let top_sev = v
        .get("severity")
        .and_then(|s| s.as_str())
        .unwrap_or(severity);
    let empty = toml::Table::new();
    let refined = v.get("case").and_then(|c| c.as_table()).unwrap_or(&empty);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for required in ["fail", "pass"] {
        assert!(
            names.iter().any(|n| n == required),
            "{code}/{required}/ is missing: every rule needs a failing and a passing fixture"
        );
    }
    for name in refined.keys() {
        assert!(
            names.contains(name),
            "{}: [case.{name}] has no folder",
            case_file.display()
        );
    }
    for name in names {
        assert!(
            name.starts_with("pass") || name.starts_with("fail"),
            "{code}/{name}/: a fixture folder is named pass* or fail*"
        );
        let c = refined
            .get(&name)
            .and_then(|c| c.as_table())
            .unwrap_or(&empty);
        let at = format!("{code}/{name}");
        for k in c.keys() {
            assert!(
                ["note", "as_of", "severity", "count", "messages"].contains(&k.as_str()),
                "{}: [case.{name}] has an unknown key `{k}`",
                case_file.display()
            );
        }
        let severity = c
            .get("severity")
            .and_then(|s| s.as_str())
            .unwrap_or(top_sev)
            .to_string();
        assert!(
            ["error", "warning"].contains(&severity.as_str()),
            "{at}: severity is error or warning, not {severity:?}"
        );
        let as_of = c
            .get("as_of")
            .and_then(|s| s.as_str())
            .or(top_as_of)
            .unwrap_or_else(|| panic!("{} has no as_of", case_file.display()));
        out.push(Case {
            code,
            dir: folder.join(&name),
            opts: options(as_of, &at),
            severity,
            count: c
                .get("count")
                .and_then(|n| n.as_integer())
                .map(|n| usize::try_from(n).expect("count is not negative")),
            messages: c
                .get("messages")
                .and_then(|m| m.as_array())
                .map(|m| {
                    m.iter()
                        .filter_map(|s| s.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            name,
        });
    }
    out
}

/// (rule code, severity, message) of every finding of a report, orphan paths included.
pub fn findings(report: &ogp::pipeline::Report) -> Vec<Finding> {
    report
        .checked
        .iter()
        .flat_map(|c| c.findings.iter())
        .chain(report.orphans.iter().map(|(_, f)| f))
        .map(|f| {
            (
                f.rule.code.to_string(),
                f.severity.as_str().to_string(),
                f.message.en(),
            )
        })
        .collect()
}

/// What is wrong with a case's findings: a `fail*` case must report its rule (at the expected
/// severity, count and messages), a `pass*` case must not report it at all.
pub fn expectations(case: &Case, all: &[Finding]) -> Vec<String> {
    let code = case.code;
    let mine: Vec<_> = all.iter().filter(|(c, _, _)| c == code).collect();
    let label = case.label();
    let mut problems = Vec::new();
    if !case.fails() {
        if !mine.is_empty() {
            problems.push(format!("{label}: reports {code}: {mine:?}"));
        }
        return problems;
    }
    if !mine.iter().any(|(_, s, _)| *s == case.severity) {
        problems.push(format!(
            "{label}: does not report {code} as {}; got {all:?}",
            case.severity
        ));
    }
    if let Some(n) = case.count {
        if mine.len() != n {
            problems.push(format!(
                "{label}: reports {code} {} times, expected {n}: {mine:?}",
                mine.len()
            ));
        }
    }
    for m in &case.messages {
        if !mine.iter().any(|(_, _, msg)| msg.contains(m.as_str())) {
            problems.push(format!(
                "{label}: no {code} finding says {m:?}; got {mine:?}"
            ));
        }
    }
    problems
}
