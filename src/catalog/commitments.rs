//! Family C: commitments.

use super::{Rule, Severity};

pub static C201: Rule = Rule {
    code: "C201",
    name: "commitment-cap",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# C1..C5 submitted with the plan, none assessed yet\n# commitments/c6.toml\nadded = 2027-02-01",
};

pub static C202: Rule = Rule {
    code: "C202",
    name: "initial-commitments",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "# plans/2026-2029/commitments/ holds c1.toml .. c3.toml only",
};

pub static C203: Rule = Rule {
    code: "C203",
    name: "commitment-outside-plan",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# plan.toml: end = 2029-04-30\nstart = 2026-06-01\nend = 2029-03-31\n\n[[milestone]]\ntitle = \"Evaluate the portal\"\ndue = 2029-12-31   # after the plan ends",
};

pub static C204: Rule = Rule {
    code: "C204",
    name: "commitment-not-measurable",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "id = \"C1\"\ntitle = \"Open budget data\"\n# no lead, no [[milestone]]",
};

pub static C205: Rule = Rule {
    code: "C205",
    name: "commitment-not-co-created",
    severity: Severity::Error,
    since: "0.1.0",
    example: "co_created_in = []",
};

pub static C206: Rule = Rule {
    code: "C206",
    name: "change-after-window",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# plan submitted 2026-05-15\n[[change]]\ndate = 2027-01-10",
};

pub static C207: Rule = Rule {
    code: "C207",
    name: "change-not-approved",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[[change]]\ndate = 2027-02-19\nsummary = \"Moved to year two\"\napproved_by = [\"finance-dept\"]   # government: not an approval\ncommunicated = 2027-12-01        # months after the change: late",
};

pub static C208: Rule = Rule {
    code: "C208",
    name: "milestone-overdue",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "[[milestone]]\ntitle = \"publish budget\"\ndue = 2026-12-31\n# no done",
};

pub static C209: Rule = Rule {
    code: "C209",
    name: "commitment-values",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "values = [\"efficiency\"]",
};

pub static C210: Rule = Rule {
    code: "C210",
    name: "commitment-overdue",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "end = 2027-05-31\n# no completed, and today is 2027-06-15",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[
    &C201, &C202, &C203, &C204, &C205, &C206, &C207, &C208, &C209, &C210,
];
