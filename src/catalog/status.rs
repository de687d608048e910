//! Family T: membership status.

use super::{Rule, Severity};

pub static T501: Rule = Rule {
    code: "T501",
    name: "inactive",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# tracker.toml: last update for 2026-Q4; nothing for 2027-Q1 and 2027-Q2\n# 2027-Q2's update was due 2027-07-31: as of 2027-08-01 the member is inactive\n# (the same when 2027-Q1 is the last quarter of one plan and 2027-Q2 the first of the next)",
};

pub static T502: Rule = Rule {
    code: "T502",
    name: "probation",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# inactive since 2027-08-01 with no activity since\n# as of 2028-02-01 the member is in probation",
};

pub static T503: Rule = Rule {
    code: "T503",
    name: "revoked",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# probation since 2028-02-01, no activity\n# as of 2028-06-01 the membership is revoked",
};

pub static T504: Rule = Rule {
    code: "T504",
    name: "voluntary-inactive",
    severity: Severity::Warning,
    since: "0.1.0",
    example: "[[event]]\ndate = 2027-02-01\nkind = \"voluntary-inactive\"\nuntil = 2027-05-31\nnote = \"Floods\"\n# as of 2027-06-01 without a `resumed` event: probation",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&T501, &T502, &T503, &T504];
