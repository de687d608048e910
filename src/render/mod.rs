//! Renderers of `ogp check` results: one small file per output format, each a pure function of
//! the same [`Report`].

pub mod escape;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod table;

use crate::diag::{Finding, Severity};
use crate::load::Jurisdiction;
use chrono::NaiveDate;

/// Text from plan files made safe for a terminal: see [`escape::terminal`].
pub use escape::terminal as sanitize;

/// One jurisdiction's findings.
pub struct Checked {
    pub j: Jurisdiction,
    pub findings: Vec<Finding>,
    /// The registry view's line for this jurisdiction, built while its plans were parsed.
    pub overview: crate::overview::Overview,
}

/// Everything a renderer needs.
pub struct Report {
    pub as_of: NaiveDate,
    pub checked: Vec<Checked>,
    /// Findings not tied to a jurisdiction (e.g. a path with no plan repository), each with
    /// the path it is about.
    pub orphans: Vec<(String, Finding)>,
    /// What comes next, for the human summary line ("2027-03-31: tracker update for
    /// 2027-Q1"); filled in from the calendar by `cli::collect_for_report`.
    pub next_deadline: Option<String>,
}

impl Report {
    /// Every finding with its jurisdiction (`None` for an orphan) and, for an orphan, its path.
    pub fn all(&self) -> impl Iterator<Item = (Option<&Jurisdiction>, Option<&str>, &Finding)> {
        self.orphans
            .iter()
            .map(|(p, f)| (None, Some(p.as_str()), f))
            .chain(
                self.checked
                    .iter()
                    .flat_map(|c| c.findings.iter().map(move |f| (Some(&c.j), None, f))),
            )
    }

    /// Findings of a severity that count (waived ones do not).
    pub fn count(&self, sev: Severity) -> usize {
        self.all()
            .filter(|(_, _, f)| f.severity == sev && f.counts())
            .count()
    }

    /// Findings covered by a waiver.
    pub fn waived(&self) -> usize {
        self.all().filter(|(_, _, f)| !f.counts()).count()
    }
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
