//! `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers, written with
//! small hand-written structs (the generated SARIF crates are far heavier than this file).
//!
//! `tool.driver.rules` is the whole rule catalogue (short and full descriptions, help text and
//! Markdown from `ogp explain`, in the run's language; a help URI into docs/rules.md, default
//! level; the ids, names and keys stay the same in every language). Every result
//! has a physical location: a finding without a file position points at its jurisdiction's
//! `jurisdiction.toml` (line 1), and a waived finding carries an accepted `inSource`
//! suppression with the waiver's reason.

use super::file_place;
use crate::catalog::{self, Rule};
use crate::diag::{Finding, Severity};
use crate::i18n::{Arg, Lang};
use crate::load::Jurisdiction;
use crate::report::Report;
use serde::Serialize;

/// Where the project lives; rule help links point into its docs/rules.md.
pub const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: Vec<Invocation>,
    column_kind: &'static str,
    results: Vec<SResult>,
    properties: RunProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
}

/// GitHub code scanning accepts at most this many results per run: beyond it, the least severe
/// are left out and the run's notifications say how many.
pub const MAX_RESULTS: usize = 25_000;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RunProperties {
    as_of: String,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<RuleDesc>,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDesc {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    help_uri: String,
    default_configuration: Config,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Config {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    partial_fingerprints: Fingerprints,
    properties: ResultProperties,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "ogpFinding/v1")]
    finding: String,
}

#[derive(Serialize)]
struct ResultProperties {
    closed: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: Physical,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical {
    artifact_location: Artifact,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Artifact {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    status: &'static str,
    justification: String,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The anchor of a rule's section in docs/rules.md (GitHub's heading slug).
pub fn help_uri(r: &Rule) -> String {
    format!(
        "{REPOSITORY}/blob/main/docs/rules.md#{}-{}",
        r.code.to_lowercase(),
        r.name
    )
}

fn rule_desc(r: &'static Rule, lang: Lang) -> RuleDesc {
    RuleDesc {
        id: r.code,
        name: r.name,
        short_description: Text {
            text: r.summary(lang),
        },
        full_description: Text {
            text: lang.f(
                "sarif-rule-description",
                &[
                    ("what", (&r.what(lang)).into()),
                    ("section", (&r.section(lang)).into()),
                ],
            ),
        },
        help: Help {
            text: format!("{}\n\n{}", r.fix(lang), r.why(lang)),
            markdown: crate::render::explain::markdown::render(r, lang),
        },
        help_uri: help_uri(r),
        default_configuration: Config {
            level: level(r.severity),
        },
        properties: RuleProperties {
            tags: vec!["ogp-local", family(r)],
        },
    }
}

fn family(r: &Rule) -> &'static str {
    match r.code.as_bytes().first() {
        Some(b'S') => "structure",
        Some(b'P') => "plan",
        Some(b'C') => "commitments",
        Some(b'M') => "monitoring",
        Some(b'R') => "minimum-requirements",
        Some(b'T') => "membership-status",
        _ => "other",
    }
}

/// A relative path as a URI reference: everything but unreserved characters and `/` is
/// percent-encoded.
pub fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn is_absolute(path: &str) -> bool {
    let p = path.replace('\\', "/");
    p.starts_with('/') || (p.len() > 2 && p.as_bytes()[1] == b':' && p.as_bytes()[2] == b'/')
}

/// A path relative to the checkout stays relative (to `%SRCROOT%`); an absolute one becomes a
/// `file://` URI.
fn artifact_uri(path: &str) -> String {
    match (is_absolute(path), path.starts_with('/')) {
        (false, _) => uri(path),
        (true, true) => format!("file://{}", uri(path)),
        (true, false) => format!("file:///{}", uri(path).replacen("%3A", ":", 1)),
    }
}

fn physical(path: &str, start: Option<(usize, usize)>, end: Option<(usize, usize)>) -> Physical {
    let region = match start {
        Some((l, c)) => Region {
            start_line: l,
            start_column: Some(c),
            end_line: end.map(|e| e.0),
            end_column: end.map(|e| e.1),
        },
        None => Region {
            start_line: 1,
            start_column: None,
            end_line: None,
            end_column: None,
        },
    };
    Physical {
        artifact_location: Artifact {
            uri: artifact_uri(path),
            uri_base_id: (!is_absolute(path)).then_some("%SRCROOT%"),
        },
        region,
    }
}

fn result(
    rules: &[&'static Rule],
    j: Option<&Jurisdiction>,
    orphan: Option<&str>,
    f: &Finding,
    lang: Lang,
) -> SResult {
    let p = file_place(j, orphan, f);
    let (path, start, end) = match p {
        Some(p) => (p.path, p.start, p.end),
        None => (".".to_string(), None, None),
    };
    let mut text = f.message_in(lang);
    let help = f.help_in(lang);
    if !help.is_empty() {
        text.push_str("\nhelp: ");
        text.push_str(&help);
    }
    let related = match j {
        Some(j) => f
            .related
            .iter()
            .enumerate()
            .filter_map(|(i, l)| {
                let src = j.source(l.file);
                let sp = l.span.as_ref()?;
                Some(Location {
                    id: Some(i + 1),
                    physical_location: physical(
                        &src.path,
                        Some(src.line_col(sp.start)),
                        Some(src.line_col(sp.end.max(sp.start))),
                    ),
                    message: Some(Text {
                        text: if l.text.is_empty() {
                            "related".into()
                        } else {
                            l.text.render(lang)
                        },
                    }),
                })
            })
            .collect(),
        None => Vec::new(),
    };
    SResult {
        rule_id: f.rule.code,
        rule_index: rules
            .iter()
            .position(|r| std::ptr::eq(*r, f.rule))
            .unwrap_or(0),
        level: level(f.severity),
        message: Text { text },
        locations: vec![Location {
            id: None,
            physical_location: physical(&path, start, end),
            message: None,
        }],
        related_locations: related,
        suppressions: f
            .waived
            .iter()
            .map(|w| Suppression {
                kind: "inSource",
                status: "accepted",
                justification: format!("{}: {}", w.label(lang), w.reason),
            })
            .collect(),
        partial_fingerprints: Fingerprints {
            finding: f.fingerprint.clone(),
        },
        properties: ResultProperties { closed: f.closed },
    }
}

/// How severe a finding is, for keeping the most severe under [`MAX_RESULTS`]: errors, then
/// warnings, then waived findings.
fn rank(f: &Finding) -> u8 {
    match (f.severity, &f.waived) {
        (Severity::Error, None) => 0,
        (Severity::Warning, None) => 1,
        _ => 2,
    }
}

/// The SARIF log of the report; the rules' texts are in `lang`.
pub fn render(r: &Report, lang: Lang) -> String {
    render_capped(r, MAX_RESULTS, lang)
}

/// [`render`] with at most `max` results.
pub fn render_capped(r: &Report, max: usize, lang: Lang) -> String {
    let rules = catalog::all();
    let mut all: Vec<_> = r.all().collect();
    let left_out = all.len().saturating_sub(max);
    if left_out > 0 {
        // stable: report order within each rank
        all.sort_by_key(|(_, _, f)| rank(f));
        all.truncate(max);
    }
    let results = all
        .into_iter()
        .map(|(j, o, f)| result(&rules, j, o, f, lang))
        .collect();
    let mut notes: Vec<Notification> = r
        .notes
        .iter()
        .map(|n| Notification {
            level: "note",
            message: Text {
                text: n.render(lang),
            },
        })
        .collect();
    if left_out > 0 {
        notes.push(Notification {
            level: "warning",
            message: Text {
                text: lang.f(
                    "sarif-left-out",
                    &[
                        ("left", Arg::N(left_out)),
                        ("total", Arg::N(left_out + max)),
                        ("max", Arg::N(max)),
                    ],
                ),
            },
        });
    }
    if let Some((rev, known)) = &r.new_since {
        notes.push(Notification {
            level: "note",
            message: Text {
                text: lang.f(
                    "sarif-new-since",
                    &[("rev", Arg::S(rev)), ("n", Arg::N(*known))],
                ),
            },
        });
    }
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "ogp",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: REPOSITORY,
                    rules: rules.iter().map(|r| rule_desc(r, lang)).collect(),
                },
            },
            invocations: vec![Invocation {
                execution_successful: true,
                tool_execution_notifications: notes,
            }],
            column_kind: "unicodeCodePoints",
            results,
            properties: RunProperties {
                as_of: r.as_of.to_string(),
            },
        }],
    };
    crate::render::escape::json(&log)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri("plans/2026 plan/c#1.toml"),
            "plans/2026%20plan/c%231.toml"
        );
        assert_eq!(uri("café"), "caf%C3%A9");
    }

    #[test]
    fn absolute_paths_become_file_uris() {
        assert_eq!(artifact_uri("/tmp/a b/j.toml"), "file:///tmp/a%20b/j.toml");
        assert_eq!(artifact_uri("C:\\plans\\j.toml"), "file:///C:/plans/j.toml");
        assert_eq!(artifact_uri("plans/j.toml"), "plans/j.toml");
    }

    #[test]
    fn help_uri_points_at_the_rules_reference() {
        let r = catalog::find("C201").unwrap();
        assert!(help_uri(r).ends_with("/blob/main/docs/rules.md#c201-commitment-cap"));
    }
}
