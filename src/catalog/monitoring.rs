//! Family M: monitoring and reporting.

use super::{Rule, Severity};

pub static M301: Rule = Rule {
    code: "M301",
    name: "monitoring-body",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[monitoring_body]\nname = \"City Audit Office\"\nstakeholder = \"audit-office\"   # sector = \"government\"\nendorsed_by = []",
};

pub static M302: Rule = Rule {
    code: "M302",
    name: "inception-assessment",
    severity: Severity::Error,
    since: "0.1.0",
    example: "submitted = 2026-05-15\n[assessments]\n# no inception, and today is 2026-08-01 (due 2026-07-15)",
};

pub static M303: Rule = Rule {
    code: "M303",
    name: "end-of-commitment-assessment",
    severity: Severity::Error,
    since: "0.1.0",
    example: "completed = 2027-05-20\n# no assessed, and today is 2027-07-01 (due 2027-06-20)",
};

pub static M304: Rule = Rule {
    code: "M304",
    name: "final-learning-exercise",
    severity: Severity::Error,
    since: "0.1.0",
    example: "end = 2029-04-30\n[assessments]\n# no final_learning, and today is 2029-07-15 (due 2029-06-30)",
};

pub static M305: Rule = Rule {
    code: "M305",
    name: "tracker-update-missing",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# tracker.toml has 2026-Q2 and 2026-Q4, but no 2026-Q3",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&M301, &M302, &M303, &M304, &M305];
