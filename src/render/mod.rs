//! Renderers of `ogp check` results: one small file per output format, each a pure function of
//! the same [`Report`].

pub mod human;
pub mod json;

use crate::diag::{Finding, Severity};
use crate::load::Jurisdiction;
use chrono::NaiveDate;

/// One jurisdiction's findings.
pub struct Checked {
    pub j: Jurisdiction,
    pub findings: Vec<Finding>,
}

/// Everything a renderer needs.
pub struct Report {
    pub as_of: NaiveDate,
    pub checked: Vec<Checked>,
    /// Findings not tied to a jurisdiction (e.g. a path with no plan repository), each with
    /// the path it is about.
    pub orphans: Vec<(String, Finding)>,
}

impl Report {
    pub fn count(&self, sev: Severity) -> usize {
        self.checked
            .iter()
            .flat_map(|c| &c.findings)
            .chain(self.orphans.iter().map(|(_, f)| f))
            .filter(|f| f.severity == sev)
            .count()
    }
}

/// Makes text from plan files safe for a terminal: control characters (ANSI escapes among
/// them) and bidirectional overrides are shown as visible escapes. Line breaks are escaped
/// too, so a value cannot start a line of its own (a forged finding, or a `::error` workflow
/// command when the output is a CI log).
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push(c),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
