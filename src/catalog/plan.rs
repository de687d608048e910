//! Family P: the action plan.

use super::{Rule, Severity};

pub static P101: Rule = Rule {
    code: "P101",
    name: "plan-outlasts-term",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# jurisdiction.toml\n[[term]]\nstart = 2025-07-01\nend = 2029-06-30\n\n# plans/2026-2029/plan.toml\nstart = 2026-01-12\nend = 2029-05-15   # must end in April 2029 or earlier",
};

pub static P102: Rule = Rule {
    code: "P102",
    name: "plan-before-joining",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# jurisdiction.toml\njoined = 2026-01-12\n# plan.toml\nstart = 2025-12-01",
};

pub static P103: Rule = Rule {
    code: "P103",
    name: "plan-length",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# jurisdiction.toml: elections = false\nstart = 2026-01-01\nend = 2026-06-30   # six months",
};

pub static P104: Rule = Rule {
    code: "P104",
    name: "plan-language",
    severity: Severity::Error,
    since: "0.1.0",
    example: "language = \"es\"\n# no english_version",
};

pub static P105: Rule = Rule {
    code: "P105",
    name: "strategy-incomplete",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[strategy]\nvision = \"An open Riverbend\"\nprinciples = []",
};

pub static P106: Rule = Rule {
    code: "P106",
    name: "first-plan-late",
    severity: Severity::Error,
    since: "0.1.0",
    example: "submission_deadline = 2026-06-30\n# plan.toml has no `submitted` and today is 2026-07-15",
};

pub static P107: Rule = Rule {
    code: "P107",
    name: "next-plan-late",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# plans/2026-2029/plan.toml: end = 2029-04-30\n# no plan submitted by 2029-08-30",
};

pub static P108: Rule = Rule {
    code: "P108",
    name: "no-submission-deadline",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "# jurisdiction.toml\njoined = 2026-01-12\n# no submission_deadline, and the first plan has no `submitted`",
};

pub static P109: Rule = Rule {
    code: "P109",
    name: "term-not-recorded",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "[[term]]\nstart = 2022-07-01\nend = 2026-06-30\n# as of 2026-07-15, no later term",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[
    &P101, &P102, &P103, &P104, &P105, &P106, &P107, &P108, &P109,
];
