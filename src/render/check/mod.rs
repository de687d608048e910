//! `ogp check` output: one file per format, each a pure function of the same [`Report`].

pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod short;

use crate::catalog::Rule;
use crate::diag::Finding;
use crate::load::Jurisdiction;
use crate::report::Report;

/// The formats of `ogp check` (and of its `--output FORMAT=PATH`).
#[derive(Copy, Clone, Debug, clap::ValueEnum, PartialEq, Eq)]
pub enum Format {
    /// Reports with the offending value underlined, for people.
    Human,
    /// One line per finding (`path:line:col: CODE [severity] message`), then the summary.
    Short,
    /// The stable, versioned report (its keys are in docs/format.md).
    Json,
    /// GitHub Actions annotations, plus a Markdown summary in $GITHUB_STEP_SUMMARY.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other viewers.
    Sarif,
    /// JUnit XML: one test suite per jurisdiction, one test case per rule.
    Junit,
}

/// How the human format is drawn, and which rules JUnit lists a test case for.
pub struct Style<'a> {
    pub color: bool,
    /// Columns of the terminal (or 100 for pipes, files and CI).
    pub width: usize,
    /// The rules the run reports (after `--select`/`--ignore`).
    pub rules: &'a [&'static Rule],
    /// The language of the human text around the findings.
    pub lang: crate::i18n::Lang,
}

/// Renders the report in `format`.
pub fn render(format: Format, report: &Report, style: &Style<'_>) -> String {
    match format {
        Format::Human => human::render(report, style.color, style.width, style.lang),
        Format::Short => short::render(report, style.lang),
        Format::Json => json::render(report, style.lang),
        Format::Github => github::render(report, style.lang),
        Format::Sarif => sarif::render(report, style.lang),
        Format::Junit => junit::render(report, style.rules, style.lang),
    }
}

/// A jurisdiction's findings in the order people read them: errors that count, then
/// warnings that count, then waived and acknowledged ones; the order among equals is kept
/// (causes before what follows from them).
pub fn errors_first(findings: &[Finding]) -> Vec<&Finding> {
    let mut v: Vec<&Finding> = findings.iter().collect();
    v.sort_by_key(|f| (!f.counts(), f.severity));
    v
}

/// Where a finding points, resolved to a path and, when a span applies, 1-based line and
/// column of its start and end. A finding without a position points at its jurisdiction's
/// `jurisdiction.toml` (or the orphan's path).
pub struct Place {
    pub path: String,
    pub start: Option<(usize, usize)>,
    pub end: Option<(usize, usize)>,
}

pub fn place(j: Option<&Jurisdiction>, orphan: Option<&str>, f: &Finding) -> Option<Place> {
    match (j, &f.primary) {
        (Some(j), Some(l)) => {
            let src = j.source(l.file);
            let (start, end) = match &l.span {
                Some(s) => (
                    Some(src.line_col(s.start)),
                    Some(src.line_col(s.end.max(s.start))),
                ),
                None => (None, None),
            };
            Some(Place {
                path: src.path.clone(),
                start,
                end,
            })
        }
        (Some(j), None) => j.sources.first().map(|s| Place {
            path: s.path.clone(),
            start: None,
            end: None,
        }),
        (None, _) => orphan.map(|p| Place {
            path: p.to_string(),
            start: None,
            end: None,
        }),
    }
}

/// Like [`place`], but always a file with text when the jurisdiction has one: a finding about a
/// plan folder or a missing file points at `jurisdiction.toml` instead (code scanning cannot
/// show a folder or a file that does not exist). The message still names the real path.
pub fn file_place(j: Option<&Jurisdiction>, orphan: Option<&str>, f: &Finding) -> Option<Place> {
    let p = place(j, orphan, f)?;
    if let (Some(j), None) = (j, p.start) {
        let empty = j
            .sources
            .iter()
            .find(|s| s.path == p.path)
            .is_none_or(|s| s.text.is_empty());
        if let Some(root_file) = j.sources.first().filter(|s| empty && !s.text.is_empty()) {
            return Some(Place {
                path: root_file.path.clone(),
                start: None,
                end: None,
            });
        }
    }
    Some(p)
}
