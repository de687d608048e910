//! C211: commitment changes judged from the git history.

use super::{Rule, Severity};

pub static C211: Rule = Rule {
    code: "C211",
    name: "unrecorded-change",
    severity: Severity::Error,
    since: "0.1.0",
    example: "# commit 3f2a9c1 on 2027-02-03 changed the commitment's end:\n-end = 2027-05-31\n+end = 2027-09-30\n# and the commitment holds no [[change]] dated between 2027-01-04 and 2027-03-05",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&C211];
