//! Family S: the files themselves (syntax, values, keys, references, ids, dates, missing and
//! unread files, placeholders, waivers).

use super::{Rule, Severity};

pub static S001: Rule = Rule {
    code: "S001",
    name: "toml-syntax",
    severity: Severity::Error,
    since: "0.1.0",
    example: "title = \"Riverbend Local Action Plan\nstart = 2026-01-12   # the string above is never closed",
};

pub static S002: Rule = Rule {
    code: "S002",
    name: "invalid-value",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[[update]]\nquarter = \"2026-Q5\"\ndate = 2207-09-28\nprogress = { C1 = 120 }",
};

pub static S003: Rule = Rule {
    code: "S003",
    name: "unknown-key",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[assessments]\ninceptoin = 2026-07-10",
};

pub static S004: Rule = Rule {
    code: "S004",
    name: "unknown-reference",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[endorsement]\ndate = 2026-05-10\nby = [\"cso-opne\"]   # no stakeholder has this id",
};

pub static S005: Rule = Rule {
    code: "S005",
    name: "duplicate-id",
    severity: Severity::Error,
    since: "0.1.0",
    example: "[[meeting]]\nid = \"m1\"\n# ...\n[[meeting]]\nid = \"m1\"",
};

pub static S006: Rule = Rule {
    code: "S006",
    name: "date-order",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# plan.toml: submitted = 2026-05-15\n# tracker.toml\n[[update]]\nquarter = \"2026-Q2\"\ndate = 2026-04-30   # before the submission",
};

pub static S007: Rule = Rule {
    code: "S007",
    name: "missing-file",
    severity: Severity::Error,
    since: "0.1.0",
    example: "plans/2026-2029/commitments/c1.toml   # but no plans/2026-2029/plan.toml",
};

pub static S008: Rule = Rule {
    code: "S008",
    name: "future-fact",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "submitted = 2062-05-15",
};

pub static S009: Rule = Rule {
    code: "S009",
    name: "waiver-expired",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "[[waiver]]\nrule = \"C208\"\nid = \"C3\"\nreason = \"Milestone moved by the forum on 2026-11-02; change being drafted.\"\nuntil = 2026-12-31   # checked as of 2027-01-15",
};

pub static S010: Rule = Rule {
    code: "S010",
    name: "waiver-unused",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "[[waiver]]\nrule = \"C208\"\nid = \"C3\"          # C3 has no overdue milestone\nreason = \"...\"\nuntil = 2027-06-30",
};

pub static S011: Rule = Rule {
    code: "S011",
    name: "duplicate-name",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "# springfield-or/jurisdiction.toml\nname = \"Springfield\"\n# springfield-il/jurisdiction.toml\nname = \"Springfield\"",
};

pub static S012: Rule = Rule {
    code: "S012",
    name: "unread-file",
    severity: Severity::Warning,
    since: "0.2.0",
    example: "plans/2026-2029/meeting.toml        # the forum's meetings, but ogp reads meetings.toml\nplans/2026-2029/commitments/c5.txt  # a commitment, but ogp reads only commitments/*.toml",
};

pub static S013: Rule = Rule {
    code: "S013",
    name: "placeholder",
    severity: Severity::Warning,
    since: "0.2.0",
    example: "[point_of_contact]\nname = \"Point of contact (replace with a name)\"\nemail = \"open-government@example.org\"",
};

/// The texts `ogp init` writes where only the user knows the real value (reference data of
/// S013, kept here so that the rule and the scaffold share one list without importing each
/// other). Rule S013 reports a
/// value still equal to one of them, so a new repository is never taken for a finished one.
pub const PLACEHOLDERS: &[&str] = &[POC_NAME, POC_EMAIL, OFFICE, NO_NAME];
pub const POC_NAME: &str = "Point of contact (replace with a name)";
pub const POC_EMAIL: &str = "point-of-contact@example.org";
pub const OFFICE: &str = "TODO: the office leading the process";
/// The member's name when neither `--name` nor the folder gives one.
pub const NO_NAME: &str = "New jurisdiction";

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[
    &S001, &S002, &S003, &S004, &S005, &S006, &S007, &S008, &S009, &S010, &S011, &S012, &S013,
];
