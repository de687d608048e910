//! Family R: the minimum requirements.

use super::{Rule, Severity};

pub static R401: Rule = Rule {
    code: "R401",
    name: "no-forum",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# jurisdiction.toml has no [forum]",
};

pub static R402: Rule = Rule {
    code: "R402",
    name: "no-co-creation-meeting",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# meetings.toml: only implementation meetings, or co-creation meetings of officials only",
};

pub static R403: Rule = Rule {
    code: "R403",
    name: "implementation-meetings",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# submitted 2026-05-15; between 2026-05-15 and 2027-05-14 one implementation meeting\n# with civil society, and one attended by officials only",
};

pub static R404: Rule = Rule {
    code: "R404",
    name: "not-multi-stakeholder",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[[meeting]]\npurpose = \"co-creation\"\nattendees = [\"cso-open\", \"cso-budget\"]   # no government attendee",
};

pub static R405: Rule = Rule {
    code: "R405",
    name: "endorsement",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[endorsement]\ndate = 2026-05-20   # after submitted = 2026-05-15\nby = [\"mayor-office\"]",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&R401, &R402, &R403, &R404, &R405];
