//! Family M: monitoring and reporting.

use super::{Rule, Severity};

pub static M301: Rule = Rule {
    code: "M301",
    name: "monitoring-body",
    summary: "No independent monitoring body, a governmental one, or one endorsed by no non-governmental stakeholder.",
    section: "Handbook, Monitoring and Evaluation (the Monitoring Body)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "Checks that [monitoring_body] exists with a `stakeholder` id that is not in the government sector, and that `endorsed_by` names at least one non-governmental stakeholder, other than the body itself, who took part in the process (attended a meeting of the plan), with `endorsed_on`, if given, not in the future. A warning while the plan is still being co-created.",
    why: "Each member selects an independent monitoring body, such as a research or academic institution, endorsed by the local non-governmental stakeholders taking part in the process.",
    example: "[monitoring_body]\nname = \"City Audit Office\"\nstakeholder = \"audit-office\"   # sector = \"government\"\nendorsed_by = []",
    fix: "Choose an independent body (academia, civil society), record its stakeholder id, and list in `endorsed_by` the non-governmental stakeholders from the plan's meetings who endorsed it.",
};

pub static M302: Rule = Rule {
    code: "M302",
    name: "inception-assessment",
    summary: "The inception assessment is missing two months after submission, or was late.",
    section: "Handbook, Monitoring and Evaluation (Inception Assessment)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "The inception assessment is due two calendar months after the plan's submission. Missing once that date has passed is an error; recorded after it is a warning.",
    why: "The monitoring body assesses the co-creation process and the design of the first commitments two months after the plan is submitted.",
    example: "submitted = 2026-05-15\n[assessments]\n# no inception, and today is 2026-08-01 (due 2026-07-15)",
    fix: "Record the date the monitoring body submitted it: [assessments] inception = YYYY-MM-DD.",
};

pub static M303: Rule = Rule {
    code: "M303",
    name: "end-of-commitment-assessment",
    summary: "A completed commitment has no end-of-commitment assessment a month later, or it was late.",
    section: "Handbook, Monitoring and Evaluation (End-of-commitment Assessment)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For each completed commitment, the end-of-commitment assessment is due one calendar month after `completed`. Missing once that date has passed is an error; recorded after it is a warning.",
    why: "The monitoring body appraises each commitment's results one month after it is fully implemented; only then can a new commitment take its slot.",
    example: "completed = 2027-05-20\n# no assessed, and today is 2027-07-01 (due 2027-06-20)",
    fix: "Record the assessment's date in the commitment: assessed = YYYY-MM-DD.",
};

pub static M304: Rule = Rule {
    code: "M304",
    name: "final-learning-exercise",
    summary: "The final learning exercise is missing two months after the plan's end, or was late.",
    section: "Handbook, Monitoring and Evaluation (Final Learning Exercise)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For a submitted plan, the final learning exercise is due two calendar months after the plan's `end`. Missing once that date has passed is an error; recorded after it is a warning. A plan never submitted was never implemented and has no final learning exercise: no finding, and no calendar, timeline or agenda entry. After a revocation nothing more is due.",
    why: "At the end of the plan the monitoring body leads a reflection on its process and results, submitted two months after the end.",
    example: "end = 2029-04-30\n[assessments]\n# no final_learning, and today is 2029-07-15 (due 2029-06-30)",
    fix: "Record its date: [assessments] final_learning = YYYY-MM-DD.",
};

pub static M305: Rule = Rule {
    code: "M305",
    name: "tracker-update-missing",
    summary: "A tracker quarter has no update a month after it ended, or the update was late.",
    section: "Handbook, Monitoring and Evaluation (quarterly online tracker)",
    severity: Severity::Error,
    since: "0.1.0",
    what: "For every tracker quarter of the member (a calendar quarter holding at least 30 days of the implementation of one of its plans; implementation runs from the later of the plan's `submitted` and `start` to its `end`), the update is due one calendar month after the quarter's last day. The member has one online tracker: an update for the quarter in the tracker.toml of any submitted plan, dated on or after that plan's submission, meets it, and a quarter two plans share is reported once, in the later plan. Missing once the due day has passed is an error; recorded after it is a warning (late). A quarter of which at least half the days were spent voluntarily inactive is excused.",
    why: "The point of contact reports progress on the commitments every quarter through the online tracker; a month's grace covers the time it takes to collect it. Two stalled quarters in a row make the member inactive.",
    example: "# tracker.toml has 2026-Q2 and 2026-Q4, but no 2026-Q3",
    fix: "Update the online tracker and record it: [[update]] quarter = \"2026-Q3\", date, progress.",
};

/// The family's rules, in code order.
pub static RULES: &[&Rule] = &[&M301, &M302, &M303, &M304, &M305];
