//! Family C: commitments.

use super::{Rule, Severity};

pub static C201: Rule = Rule {
    code: "C201",
    name: "commitment-cap",
    summary: "More commitments occupy slots at once than the cap allows (5 single, 12 joint).",
    section: "Handbook, Action Plan (up to five, or twelve for joint plans, at any moment)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Replays the plan day by day: an initial commitment takes a slot when the plan is submitted, an added one on its `added` date; it frees the slot on the later of its completion and its end-of-commitment assessment, on its assessment when the monitoring body assessed it unfinished (`assessed` without `completed`), or when it is withdrawn by a recorded change (a `[[change]]` dated on the withdrawal or up to 30 days before; a bare `withdrawn` date frees nothing, C207). Reports every day on which more than 5 (single) or 12 (joint) slots are taken. While the plan is still a draft, more than the cap in the draft is a warning.",
    why: "An action plan may hold at most five commitments (twelve for a joint plan) at any moment; a new commitment can only come in once an earlier one is fully implemented and assessed.",
    example: "# C1..C5 submitted with the plan, none assessed yet\n# commitments/c6.toml\nadded = 2027-02-01",
    fix: "Add the new commitment only after an earlier one is completed and assessed (record `completed` and `assessed`), or withdraw one through an approved change.",
};

pub static C202: Rule = Rule {
    code: "C202",
    name: "initial-commitments",
    summary: "The plan was submitted with fewer than five commitments.",
    section: "Handbook, Action Plan (the first five commitments)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Counts the commitments submitted with the plan (those without an `added` date after submission) and warns when there are fewer than five.",
    why: "The plan is made of a strategy and its first five commitments; fewer leaves slots unused from the start.",
    example: "# plans/2026-2029/commitments/ holds c1.toml .. c3.toml only",
    fix: "Co-create the missing initial commitments with non-governmental stakeholders.",
};

pub static C203: Rule = Rule {
    code: "C203",
    name: "commitment-outside-plan",
    summary: "A commitment starts before or ends after its plan, or a milestone is due outside the commitment's time.",
    section: "Handbook, Action Plan (fully implemented within the plan period)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Compares each commitment's `start` and `end` with the plan's, and each milestone's `due` with the commitment's `start` and the plan's `end`: a milestone due before its commitment starts or after the plan ends is reported too.",
    why: "A commitment must be fully implemented within the action plan period, including one added later in the remaining time.",
    example: "# plan.toml: end = 2029-04-30\nstart = 2026-06-01\nend = 2029-03-31\n\n[[milestone]]\ntitle = \"Evaluate the portal\"\ndue = 2029-12-31   # after the plan ends",
    fix: "Move the commitment's dates, and its milestones' due dates, inside the plan, or split the work.",
};

pub static C204: Rule = Rule {
    code: "C204",
    name: "commitment-not-measurable",
    summary: "A commitment has no milestone with a due date, or no lead agency.",
    section: "Handbook, Action Plan (concrete, measurable actions)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Checks that each commitment names its `lead` and has at least one [[milestone]] with a `due` date.",
    why: "Commitments are concrete, measurable actions; without a dated milestone or a responsible agency progress cannot be tracked.",
    example: "id = \"C1\"\ntitle = \"Open budget data\"\n# no lead, no [[milestone]]",
    fix: "Add `lead` and at least one [[milestone]] with `title` and `due`.",
};

pub static C205: Rule = Rule {
    code: "C205",
    name: "commitment-not-co-created",
    summary: "No co-creation meeting with a non-governmental attendee is listed for the commitment.",
    section: "Handbook, Action Plan (all commitments co-created)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Looks for a meeting in `co_created_in` that is a co-creation meeting, had at least one non-governmental attendee and was held on or before the day the commitment entered the plan (submission, or `added`). A warning while the plan is still being co-created: a draft's commitments may be co-created at meetings still to come.",
    why: "All commitments must be developed through co-creation by government and non-governmental stakeholders, including those added later.",
    example: "co_created_in = []",
    fix: "List the co-creation meeting(s) where the commitment was developed: co_created_in = [\"m-2026-02-10\"].",
};

pub static C206: Rule = Rule {
    code: "C206",
    name: "change-after-window",
    summary: "A commitment was changed or withdrawn more than six months after it was submitted.",
    section: "Handbook, Action Plan (changes within six months of submission)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks each [[change]] and `withdrawn` date against six calendar months after the commitment was submitted (the plan's submission, or its `added` date).",
    why: "Changes to commitments can only be made within six months after submission.",
    example: "# plan submitted 2026-05-15\n[[change]]\ndate = 2027-01-10",
    fix: "Changes after the window are not allowed: keep the commitment as submitted, or complete it and co-create a new one.",
};

pub static C207: Rule = Rule {
    code: "C207",
    name: "change-not-approved",
    summary: "A change was not approved by a non-governmental stakeholder who co-created it, or not communicated to the OGP Local team.",
    section: "Handbook, Action Plan (changes consulted, approved and communicated)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks that each [[change]] has `approved_by` naming a non-governmental stakeholder who attended a co-creation meeting of the plan, and a `communicated` date. The OGP Local team must be told within one calendar month of the change (a change of 2027-01-31 by 2027-02-28); `ogp calendar` lists that day for every change of a submitted plan, with the same state this rule reads. Not communicated yet is a warning up to that day and an error after it; communicated later is a warning (late), reported for every such change. A withdrawal is a change: a `withdrawn` date with no [[change]] dated that day or up to 30 days before is reported, and the commitment keeps its slot; the change that records a withdrawal must be communicated like any other.",
    why: "Changes must be consulted and approved with the non-governmental stakeholders involved in co-creation, and the agreed changes communicated to the OGP Local team.",
    example: "[[change]]\ndate = 2027-02-19\nsummary = \"Moved to year two\"\napproved_by = [\"finance-dept\"]   # government: not an approval\ncommunicated = 2027-12-01        # months after the change: late",
    fix: "Record in `approved_by` the approval of a non-governmental stakeholder who took part in co-creation, and tell the OGP Local team within a month of the change, recording the date in `communicated`.",
};

pub static C208: Rule = Rule {
    code: "C208",
    name: "milestone-overdue",
    summary: "A milestone is past its due date and not done.",
    section: "Handbook, Monitoring and Evaluation (quarterly progress)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Reports a milestone whose `due` date has passed with no `done` date, for commitments that are neither withdrawn nor assessed unfinished (`assessed` without `completed`).",
    why: "Progress on commitments is tracked quarterly; an overdue milestone is an early sign of a commitment that will not show progress.",
    example: "[[milestone]]\ntitle = \"publish budget\"\ndue = 2026-12-31\n# no done",
    fix: "Record `done` when it happened, or agree a new date through a change.",
};

pub static C209: Rule = Rule {
    code: "C209",
    name: "commitment-values",
    summary: "A commitment names none of the OGP values (transparency, participation, accountability).",
    section: "Open Government Declaration (OGP's founding declaration: transparency, civic participation, accountability)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Checks that `values` names at least one of transparency, participation and accountability.",
    why: "The values come from the Open Government Declaration that founded the Open Government Partnership: more transparency, civic participation and accountability. An open government commitment should say which of them it advances.",
    example: "values = [\"efficiency\"]",
    fix: "Say which value the commitment advances: values = [\"transparency\"].",
};

pub static C210: Rule = Rule {
    code: "C210",
    name: "commitment-overdue",
    summary: "A commitment's planned end has passed and it is neither completed nor withdrawn.",
    section: "Handbook, Action Plan (commitments fully implemented) and Monitoring and Evaluation",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Reports a commitment whose `end` (planned completion) is before the as-of date with no `completed` and no `withdrawn` date, unless the monitoring body assessed it unfinished (`assessed` without `completed`): its story has ended.",
    why: "Each commitment is assessed by the monitoring body once it is fully implemented, and only then does its slot free up for a new one. A commitment that ran past its planned end without being completed delays both, and its partners need to know.",
    example: "end = 2027-05-31\n# no completed, and today is 2027-06-15",
    fix: "Record `completed` when it was fully implemented, or agree a new end or a withdrawal through an approved change.",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[
    &C201, &C202, &C203, &C204, &C205, &C206, &C207, &C208, &C209, &C210,
];
