//! Family P: the action plan.

use super::{Rule, Severity};

pub static P101: Rule = Rule {
    code: "P101",
    name: "plan-outlasts-term",
    summary: "The plan ends later than the government's term allows (by month, across a re-elected administration).",
    section: "Handbook, Action Plan (period aligned with the term)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For a jurisdiction with elections, finds the [[term]] that holds the plan's start and checks the plan's end by calendar month: the plan may end on any day of the second month before the month in which the term ends, or earlier (a term ending 9 December allows a plan ending 31 October; a term ending on the 1st of a month counts as ending in the month before, so one ending 2030-01-01 allows 2029-10-31). The next term by start joins the span when both name the same `administration` (a re-elected government keeps its plan); terms without it are never joined. A plan that ends later than the span allows while no later term is recorded and the span's last term names its administration is a warning until that term ends (the plan holds only if the administration is re-elected), and an error from the day after unless a later term with the same administration is recorded. A plan whose start lies in no recorded term is reported too. Joint plans: the lead government's terms (those without `member`, or, when every term names one, those of the first of `members`) give errors; another member's own terms give warnings. `ogp calendar` lists the same latest end.",
    why: "The handbook aligns the action plan with the administration in office: it must end at least two months before the current government's term ends, so that the commitments made are the ones this government can deliver and the final learning exercise happens while it is still in office. OGP states plan periods by month, and a re-elected administration keeps its plan running across the election.",
    example: "# jurisdiction.toml\n[[term]]\nstart = 2025-07-01\nend = 2029-06-30\n\n# plans/2026-2029/plan.toml\nstart = 2026-01-12\nend = 2029-05-15   # must end in April 2029 or earlier",
    fix: "End the plan on or before the date in the message, or record the term that holds the plan's start. If the same administration was re-elected, name it with `administration` in both terms (and record the new term once it is known).",
};

pub static P102: Rule = Rule {
    code: "P102",
    name: "plan-before-joining",
    summary: "A plan starts before the member joined OGP Local.",
    section: "Handbook, Action Plan (the period starts when the jurisdiction joins)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Compares each plan's `start` with `joined` in jurisdiction.toml.",
    why: "The action plan period starts when the jurisdiction joins OGP Local; a plan cannot begin before membership.",
    example: "# jurisdiction.toml\njoined = 2026-01-12\n# plan.toml\nstart = 2025-12-01",
    fix: "Start the plan on or after the joining date, or correct `joined`.",
};

pub static P103: Rule = Rule {
    code: "P103",
    name: "plan-length",
    summary: "Without elections, the plan neither matches the medium-term strategy nor lasts one to four years.",
    section: "Handbook, Action Plan (jurisdictions without elections)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For a jurisdiction with `elections = false`, accepts a plan that corresponds to `medium_term_strategy` (it starts on the later of the joining day and the strategy's start, so a member that joined partway through its strategy can align with it, and ends on the strategy's end), or one lasting one to four years: from start + 1 year - 1 day to start + 4 years - 1 day, both included, where adding years keeps the month and the day (29 February becomes 28 February), so a plan from 2027-02-28 to 2028-02-27 lasts one year.",
    why: "Where there are no elections, the handbook lets the plan follow the government's medium-term strategy or a chosen period of one to four years.",
    example: "# jurisdiction.toml: elections = false\nstart = 2026-01-01\nend = 2026-06-30   # six months",
    fix: "Make the plan last one to four years, or set `medium_term_strategy` to the strategy's period and align the plan with it.",
};

pub static P104: Rule = Rule {
    code: "P104",
    name: "plan-language",
    summary: "The plan is not in English and no English version is given.",
    section: "Handbook, Action Plan (submitted in English)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks that `language` is English (\"en\", \"en-GB\", \"English\"...) or that `english_version` links to an English version. A warning while the plan is still being co-created.",
    why: "Plans are submitted to the Support Unit in English so that people across borders can learn from each other's reforms.",
    example: "language = \"es\"\n# no english_version",
    fix: "Add `english_version` with a link to the English translation, or submit the plan in English.",
};

pub static P105: Rule = Rule {
    code: "P105",
    name: "strategy-incomplete",
    summary: "The Local Open Government Strategy lacks a vision, principles, objectives or engagement mechanisms.",
    section: "Handbook, Action Plan (Local Open Government Strategy)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks that [strategy] has a non-empty `vision`, `principles`, `objectives` and `engagement`. A warning while the plan is still being co-created.",
    why: "The plan opens with a summary of the strategy: the long-term vision and principles, the objectives for the period, and how non-governmental stakeholders will be engaged.",
    example: "[strategy]\nvision = \"An open Riverbend\"\nprinciples = []",
    fix: "Fill in the missing parts of [strategy].",
};

pub static P106: Rule = Rule {
    code: "P106",
    name: "first-plan-late",
    summary: "The first plan was not submitted by the Support Unit's deadline (as extended).",
    section: "Handbook, Inactivity (new members' first plan)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Takes `submission_deadline` from jurisdiction.toml, extended by the latest `until` of the `extension` events recorded by the as-of date and moved later by every day the member spent voluntarily inactive, and checks the first plan's `submitted`. Only a deadline still pending when a pause starts moves; one already missed stays missed. Missing after the deadline is an error; submitted after it is a warning (late). After a revocation the finding is closed: nothing recorded from then on counts. `ogp status` uses the same date.",
    why: "A new member that does not submit its first plan by the deadline set by the Support Unit, with no extension granted, becomes inactive.",
    example: "submission_deadline = 2026-06-30\n# plan.toml has no `submitted` and today is 2026-07-15",
    fix: "Submit the plan and record `submitted`, or record the extension the Support Unit granted as an [[event]] with kind = \"extension\" and `until`.",
};

pub static P107: Rule = Rule {
    code: "P107",
    name: "next-plan-late",
    summary: "A plan ended and the next one was not submitted within four months.",
    section: "Handbook, Action Plan (four months between plans) and Inactivity",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For every submitted plan that has ended, checks that a later plan was submitted within four calendar months of its end, moved later by every day the member spent voluntarily inactive meanwhile (only while the deadline was still pending). Missing after the deadline is an error; submitted late is a warning. After a revocation the finding is closed: nothing recorded from then on counts. Extensions granted by the Support Unit apply to a new member's first plan only (P106), not here.",
    why: "Members have up to four months between the end of one plan and the submission of the next; after that they become inactive.",
    example: "# plans/2026-2029/plan.toml: end = 2029-04-30\n# no plan submitted by 2029-08-30",
    fix: "Co-create and submit the next plan: add plans/<next-id>/plan.toml with its `submitted` date.",
};

pub static P108: Rule = Rule {
    code: "P108",
    name: "no-submission-deadline",
    summary: "The first plan is not submitted and no submission deadline is recorded.",
    section: "Handbook, Inactivity and Acting Contrary to Process (new members' deadline)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "Reports a jurisdiction whose first plan is not submitted as of the date while jurisdiction.toml has no `submission_deadline`.",
    why: "A new member becomes inactive when it misses the deadline the Support Unit set for its first plan. Without that date on record, neither the member nor its partners can tell when that happens, and no check can warn in time.",
    example: "# jurisdiction.toml\njoined = 2026-01-12\n# no submission_deadline, and the first plan has no `submitted`",
    fix: "Record the deadline the Support Unit set: submission_deadline = YYYY-MM-DD.",
};

pub static P109: Rule = Rule {
    code: "P109",
    name: "term-not-recorded",
    summary: "With elections, the date is after the end of the last recorded government term.",
    section: "Handbook, Action Plan (period aligned with the term)",
    severity: Severity::Warning,
    since: "0.1.0",
    what: "For a jurisdiction with elections, reports when the as-of date is after the end of every recorded [[term]] of a government: the lead government's, and in a joint plan each member's own terms (`member`) when it has any.",
    why: "The plan's period is tied to the administration in office. Once the last recorded term has ended, the limit on the next plan's end cannot be worked out until the new administration's term is recorded.",
    example: "[[term]]\nstart = 2022-07-01\nend = 2026-06-30\n# as of 2026-07-15, no later term",
    fix: "Add the new administration's [[term]] with its start and end.",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[
    &P101, &P102, &P103, &P104, &P105, &P106, &P107, &P108, &P109,
];
