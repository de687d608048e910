//! The result of `ogp check`: each jurisdiction's findings with what the renderers need to
//! show them, and the run's summary facts. [`crate::pipeline::collect`] builds it; the
//! formats of `crate::render::check` draw it.

use crate::diag::{Finding, Severity};
use crate::load::Jurisdiction;
use chrono::NaiveDate;

/// One jurisdiction's findings.
pub struct Checked {
    pub j: Jurisdiction,
    pub findings: Vec<Finding>,
    /// What is below the jurisdiction's root, plan files by git blob id, for `--new-since`
    /// (see [`crate::load::Shape`]); `None` otherwise, or when it cannot be compared by id.
    pub shape: Option<crate::load::Shape>,
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
    /// Whether the summary names what comes next ("2027-03-31: tracker update for 2027-Q1"):
    /// the renderers take it from the jurisdictions' overviews
    /// (`overview::next_deadline`), in their language.
    pub show_next_deadline: bool,
    /// Things the run could not do and says once in the summary ("history not available: the
    /// clone is shallow; ...").
    pub notes: Vec<crate::i18n::Text>,
    /// With `--new-since REV`: the revision, and how many findings it already had (not shown).
    pub new_since: Option<(String, usize)>,
    /// `--deny-warnings`: warnings fail the run too, and the summary says so.
    pub deny_warnings: bool,
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

    /// Findings covered by a waiver (acknowledged ones included).
    pub fn waived(&self) -> usize {
        self.all().filter(|(_, _, f)| !f.counts()).count()
    }

    /// Closed findings acknowledged for good by a waiver without `until`.
    pub fn acknowledged(&self) -> usize {
        self.all().filter(|(_, _, f)| f.acknowledged()).count()
    }

    /// Whether a path given holds no plan repository (an S007 finding, or nothing checked at
    /// all): a usage error, exit code 2, as for every other command.
    pub fn no_repository(&self) -> bool {
        self.orphans
            .iter()
            .any(|(_, f)| f.rule == &crate::catalog::structure::S007)
            || (self.checked.is_empty() && !self.orphans.is_empty())
    }

    /// Whether the run fails: errors, or warnings with `--deny-warnings`.
    pub fn failed(&self) -> bool {
        self.count(Severity::Error) > 0 || (self.deny_warnings && self.count(Severity::Warning) > 0)
    }
}
