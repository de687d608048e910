//! One line per jurisdiction for the registry view: name, folder, membership status and since
//! when, counted errors and warnings, and the next deadline.
//!
//! `ogp check` builds one [`Overview`] per jurisdiction inside its parallel loop, while the
//! parsed plans are still there, and every output that lists jurisdictions (the human registry
//! table, JSON's `jurisdictions` array, the public site's index) reads it from
//! [`crate::report::Checked::overview`] instead of computing it again.

use crate::cycle::Cycle;
use crate::diag::{Finding, Severity};
use crate::load::Jurisdiction;
use crate::status::Status;
use chrono::NaiveDate;

/// A jurisdiction's membership status as the overview shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// A status replayed from readable records.
    Member(Status),
    /// `joined` lies after the as-of date.
    NotYetMember,
    /// `jurisdiction.toml` could not be read: no verdict is guessed.
    Unknown,
}

impl Standing {
    /// The word used in tables and JSON: "active", "probation", ..., "not-yet-member", "unknown".
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Member(s) => s.as_str(),
            Standing::NotYetMember => "not-yet-member",
            Standing::Unknown => "unknown",
        }
    }
}

/// The next deadline of one jurisdiction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub date: NaiveDate,
    /// What is due, in no language until shown.
    pub what: crate::i18n::Text,
}

/// What the registry view shows for one jurisdiction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    /// The jurisdiction's name (its folder when `jurisdiction.toml` does not say).
    pub name: String,
    /// The folder, as reached from the PATH argument.
    pub folder: String,
    pub standing: Standing,
    /// The day the current status began (`None` when there is no status).
    pub since: Option<NaiveDate>,
    /// Errors and warnings that count (waived findings do not).
    pub errors: usize,
    pub warnings: usize,
    /// Findings covered by a waiver.
    pub waived: usize,
    /// The earliest coming deadline on or after the as-of date that is not yet done.
    pub next: Option<Deadline>,
}

/// What the overview takes from the plan-cycle model: the status, since when, and the next
/// deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FromModel {
    pub standing: Standing,
    pub since: Option<NaiveDate>,
    pub next: Option<Deadline>,
}

impl FromModel {
    /// Reads the model the rules ran on (`None`: jurisdiction.toml could not be read).
    pub fn read(cy: Option<&Cycle<'_>>) -> FromModel {
        let Some(cy) = cy else {
            return FromModel {
                standing: Standing::Unknown,
                since: None,
                next: None,
            };
        };
        let (standing, since) = match cy.status.current() {
            Some(t) => (Standing::Member(t.status), Some(t.date)),
            None => (Standing::NotYetMember, None),
        };
        let next = crate::calendar::next_of(cy).map(|e| Deadline {
            date: e.date,
            what: e.what,
        });
        FromModel {
            standing,
            since,
            next,
        }
    }
}

impl Overview {
    /// Summarizes one checked jurisdiction from its findings and what the model said.
    pub fn new(j: &Jurisdiction, findings: &[Finding], m: FromModel) -> Overview {
        let mut o = Overview {
            name: j.name(),
            folder: j.root.clone(),
            standing: m.standing,
            since: m.since,
            errors: 0,
            warnings: 0,
            waived: 0,
            next: m.next,
        };
        o.recount(findings);
        o
    }

    /// Summarizes one jurisdiction, building its model (for callers without one at hand).
    pub fn build(j: &Jurisdiction, findings: &[Finding], as_of: NaiveDate) -> Overview {
        let cy = Cycle::new(j, as_of);
        Overview::new(j, findings, FromModel::read(cy.as_ref()))
    }

    /// The same overview after `--select`/`--ignore` kept only `findings`.
    pub fn recount(&mut self, findings: &[Finding]) {
        let count = |sev: Severity| {
            findings
                .iter()
                .filter(|f| f.severity == sev && f.counts())
                .count()
        };
        self.errors = count(Severity::Error);
        self.warnings = count(Severity::Warning);
        self.waived = findings.iter().filter(|f| !f.counts()).count();
    }

    /// "clean", "warnings" or "errors": the check verdict of this jurisdiction alone.
    pub fn verdict(&self) -> &'static str {
        if self.errors > 0 {
            "errors"
        } else if self.warnings > 0 {
            "warnings"
        } else {
            "clean"
        }
    }

    /// The JSON object of this overview (keys always present; what the next deadline is, in
    /// `lang`).
    pub fn json(&self, lang: crate::i18n::Lang) -> serde_json::Value {
        serde_json::json!({
            "name": self.name,
            "folder": self.folder,
            "status": self.standing.as_str(),
            "since": self.since.map(|d| d.to_string()),
            "errors": self.errors,
            "warnings": self.warnings,
            "waived": self.waived,
            "next_deadline": self.next.as_ref().map(|d| serde_json::json!({
                "date": d.date.to_string(),
                "what": d.what.render(lang),
            })),
        })
    }
}

/// How a table names each jurisdiction: its name, or "name (folder)" when another jurisdiction
/// of the same table carries that name too. `all` may list a jurisdiction more than once (one
/// calendar row per deadline); the labels come back in the same order.
pub fn labels<'a>(all: impl Iterator<Item = (&'a str, &'a str)> + Clone) -> Vec<String> {
    let mut folders: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    let mut repeated: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (name, folder) in all.clone() {
        if *folders.entry(name).or_insert(folder) != folder {
            repeated.insert(name);
        }
    }
    all.map(|(name, folder)| {
        if repeated.contains(name) {
            format!("{name} ({folder})")
        } else {
            name.to_string()
        }
    })
    .collect()
}

/// The summary line's text from each jurisdiction's next deadline (see
/// [`crate::calendar::first_coming`]), in report order: the first of their earliest, which is
/// the first earliest entry overall; what is due is said in `lang`.
pub fn next_deadline_line_in<'a>(
    all: impl ExactSizeIterator<Item = &'a Overview>,
    lang: crate::i18n::Lang,
) -> Option<String> {
    next_deadline(all).map(|(n, name)| match name {
        Some(name) => format!("{}: {} ({name})", n.date, n.what.render(lang)),
        None => format!("{}: {}", n.date, n.what.render(lang)),
    })
}

/// The earliest next deadline of all the jurisdictions, with the name of its jurisdiction
/// when there are several.
pub fn next_deadline<'a>(
    all: impl ExactSizeIterator<Item = &'a Overview>,
) -> Option<(&'a Deadline, Option<&'a str>)> {
    let several = all.len() > 1;
    all.filter_map(|o| o.next.as_ref().map(|n| (n, o)))
        .min_by(|a, b| a.0.date.cmp(&b.0.date).then(a.1.folder.cmp(&b.1.folder)))
        .map(|(n, o)| (n, several.then_some(o.name.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_show_the_folder_only_when_names_repeat() {
        let all = [
            ("Riverbend", "a"),
            ("Lakeside", "l"),
            ("Riverbend", "b"),
            ("Riverbend", "a"),
        ];
        assert_eq!(
            labels(all.iter().copied()),
            [
                "Riverbend (a)",
                "Lakeside",
                "Riverbend (b)",
                "Riverbend (a)"
            ]
        );
    }
}
