//! Family R: the minimum requirements.

use super::{Rule, Severity};

pub static R401: Rule = Rule {
    code: "R401",
    name: "no-forum",
    summary: "No space for participation (forum) is recorded.",
    section: "Handbook, Minimum Requirements 1 (Forum)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks that jurisdiction.toml has a [forum] with a name. A forum established after the as-of date does not exist yet: a warning while the first plan is being co-created, an error once a plan is submitted.",
    why: "The local government, with non-governmental stakeholders, must have a space for participation in developing and reviewing the action plan.",
    example: "# jurisdiction.toml has no [forum]",
    fix: "Record the forum: [forum] name = \"...\", established = YYYY-MM-DD, description = \"...\".",
};

pub static R402: Rule = Rule {
    code: "R402",
    name: "no-co-creation-meeting",
    summary: "No co-creation meeting with a non-governmental attendee before the plan was submitted.",
    section: "Handbook, Minimum Requirements 2 (Regularity)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For each submitted plan, looks for a co-creation meeting of the plan that engages non-governmental stakeholders: purpose \"co-creation\", at least one non-governmental attendee, held in the plan's co-creation phase (from the joining date for the first plan, from the previous plan's submission for the others, so a member may co-create its next plan while implementing the current one) and on or before this plan's submission.",
    why: "At least one meeting with civil society and non-governmental stakeholders must be held during the co-creation of the action plan.",
    example: "# meetings.toml: only implementation meetings, or co-creation meetings of officials only",
    fix: "Record the co-creation meeting(s) with their non-governmental attendees in meetings.toml.",
};

pub static R403: Rule = Rule {
    code: "R403",
    name: "implementation-meetings",
    summary: "An implementation year closed with fewer meetings with non-governmental stakeholders than it needs.",
    section: "Handbook, Minimum Requirements 2 (Regularity)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Splits implementation into 12-month years from the start of implementation (the last cut at the plan's end) and, for every year that has closed, counts the meetings of the plan held in it that at least one non-governmental stakeholder attended, whatever their `purpose` (a forum meeting that co-creates a new commitment is also a meeting on the plan's implementation): two are needed; a last, cut year of three to six months needs one, and one shorter than three months none. A year of which at least half the days were spent voluntarily inactive is excused.",
    why: "Two meetings per year on the implementation of the action plan must be held with civil society and non-governmental stakeholders.",
    example: "# submitted 2026-05-15; between 2026-05-15 and 2027-05-14 one implementation meeting\n# with civil society, and one attended by officials only",
    fix: "Hold the implementation meetings with non-governmental stakeholders and record their attendees; from now on plan two a year.",
};

pub static R404: Rule = Rule {
    code: "R404",
    name: "not-multi-stakeholder",
    summary: "No co-creation meeting had both governmental and non-governmental attendees.",
    section: "Handbook, Minimum Requirements 3 (Multi-stakeholder)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For each submitted plan, looks for a co-creation meeting of the plan, held in its co-creation phase by its submission, attended by at least one government and at least one non-governmental stakeholder.",
    why: "The space for co-creation must include both governmental and non-governmental representatives.",
    example: "[[meeting]]\npurpose = \"co-creation\"\nattendees = [\"cso-open\", \"cso-budget\"]   # no government attendee",
    fix: "Record the government and non-governmental attendees of the co-creation meetings (stakeholder ids with their sectors).",
};

pub static R405: Rule = Rule {
    code: "R405",
    name: "endorsement",
    summary: "The plan is not endorsed by non-governmental stakeholders before submission.",
    section: "Handbook, Minimum Requirements 4 (Endorsement)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks that [endorsement] exists with a non-empty `by`, that no endorser is a government stakeholder, and that it is dated on or before the submission. A warning while the plan is still being co-created.",
    why: "Non-governmental stakeholders must endorse the final action plan, and the government submits the list of their names as part of the plan.",
    example: "[endorsement]\ndate = 2026-05-20   # after submitted = 2026-05-15\nby = [\"mayor-office\"]",
    fix: "Record the non-governmental stakeholders who endorsed the final plan, and the date they did, before submitting.",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&R401, &R402, &R403, &R404, &R405];
