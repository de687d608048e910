//! Findings: what a rule reports about the user's files.
//!
//! A finding is data collected into a list, never an `Err`: a broken file or a violated rule
//! never stops the run. Every finding names its rule, so the engine's output can always be
//! traced back to a registry entry with its code, name and default severity.

use crate::registry::Rule;
use serde::Serialize;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Index of a source file within its jurisdiction.
pub type FileId = usize;

/// A place in a file: the value a finding is about, or the place that sets a limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    /// Byte range; `None` when the finding is about the file or folder as a whole.
    pub span: Option<Range<usize>>,
    pub text: String,
}

#[derive(Clone, Debug)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: String,
    pub help: String,
    /// Where the finding points; `None` only when no file applies (e.g. an empty registry).
    pub primary: Option<Label>,
    /// Further places that explain the finding ("the term ends here").
    pub related: Vec<Label>,
    /// Set when a `[[waiver]]` in jurisdiction.toml covers this finding: it is still reported,
    /// but does not count as an error or warning.
    pub waived: Option<Waived>,
    /// A safe, mechanical repair in the primary label's file (`ogp check --fix` applies it).
    pub fix: Option<crate::repair::Edit>,
    /// Findings that only follow from this one (see `causes::fold`): shown under it, counted
    /// with it.
    pub follows: Vec<Finding>,
}

/// A deliberate, documented exception to a rule (see `rules::waivers`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waived {
    pub reason: String,
    /// The last day the waiver holds.
    pub until: chrono::NaiveDate,
}

impl Finding {
    /// A finding of `rule` at its default severity; the help defaults to the rule's fix.
    pub fn new(rule: &'static Rule, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            severity: rule.severity,
            message: message.into(),
            help: rule.fix.to_string(),
            primary: None,
            related: Vec::new(),
            waived: None,
            fix: None,
            follows: Vec::new(),
        }
    }

    /// Whether the finding counts (it is not waived).
    pub fn counts(&self) -> bool {
        self.waived.is_none()
    }

    /// Report as a warning (late rather than missing, or a plan still in co-creation).
    pub fn warning(mut self) -> Finding {
        self.severity = Severity::Warning;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = help.into();
        self
    }

    pub fn at(mut self, file: FileId, span: Range<usize>, text: impl Into<String>) -> Finding {
        self.primary = Some(Label {
            file,
            span: Some(span),
            text: text.into(),
        });
        self
    }

    /// Points at a whole file or folder (no line and column).
    pub fn at_file(mut self, file: FileId) -> Finding {
        self.primary = Some(Label {
            file,
            span: None,
            text: String::new(),
        });
        self
    }

    /// The repair `ogp check --fix` may make for this finding.
    pub fn fix(mut self, edit: crate::repair::Edit) -> Finding {
        self.fix = Some(edit);
        self
    }

    pub fn also(mut self, file: FileId, span: Range<usize>, text: impl Into<String>) -> Finding {
        self.related.push(Label {
            file,
            span: Some(span),
            text: text.into(),
        });
        self
    }
}
