//! The rule fixtures stay focused: every `pass*` fixture is free of errors (of any rule), and
//! every `fail*` fixture's errors are of its own rule only, so a fixture cannot pass for the
//! wrong reason. Warnings are allowed (a late assessment, a draft's missing piece). A few
//! violations cannot be shown without breaking a second rule; they are listed in [`ALSO`].
//! Each case is checked in its own test (rule_cases.rs); this module holds the exceptions.

use crate::common::root;
use crate::rules_fixtures::{Case, Finding, cases};
use ogp::rules::Options;

/// (fixture, further error codes it may report, why).
const ALSO: &[(&str, &[&str], &str)] = &[
    (
        "R402/fail",
        &["R404", "C205", "C207", "T503", "M301"],
        "with no NGS at co-creation, no meeting can have both sectors (R404), no commitment can list an NGS co-creation meeting (C205) and no change can be approved by an NGS co-creator (C207); submitting so is probation, revoked four months later (T503), and nothing dated after the revocation counts, so the monitoring body's endorsers took part in no meeting (M301)",
    ),
    (
        "R402/fail-before-joining",
        &["R404", "C205", "C207", "T503", "M301"],
        "meetings before the co-creation phase are no co-creation meetings of the plan, for any rule (R404, C205, and C207's co-creating approvers); submitting without an NGS co-creation meeting is probation, revoked four months later (T503), and nothing dated after the revocation counts, so the monitoring body's endorsers took part in no meeting (M301)",
    ),
    (
        "C201/fail-withdrawn-without-change",
        &["C207"],
        "a withdrawal with no recorded change is C207, and that is why it frees no slot",
    ),
    (
        "P106/fail-paused",
        &["T501"],
        "a first plan not submitted by its moved deadline makes the member inactive (T501)",
    ),
    (
        "P107/fail-extension-ignored",
        &["T501"],
        "no next plan within four months of the end makes the member inactive (T501)",
    ),
    (
        "S005/fail-quarter",
        &["M305"],
        "the 2026-Q4 update labelled 2026-Q3 leaves 2026-Q4 without an update (M305)",
    ),
    (
        "T501/fail",
        &["M305"],
        "two quarters without an update are two M305 errors",
    ),
    (
        "T501/fail-missing-then-flat",
        &["M305"],
        "the quarter without an update is an M305 error",
    ),
    (
        "T501/fail-officials-co-creation",
        &["M305"],
        "two quarters without an update are two M305 errors",
    ),
    (
        "T501/fail-held-by-pause",
        &["M305"],
        "two quarters without an update are two M305 errors",
    ),
    (
        "T501/fail-owed-plan",
        &["P106"],
        "the first plan is still not submitted (P106)",
    ),
    (
        "T503/fail-extension-after-revocation",
        &["P106"],
        "the first plan was not submitted by its deadline (P106); the extension came after the revocation",
    ),
    (
        "T503/fail-submitted-after-revocation",
        &["P106"],
        "the first plan was not submitted by its deadline (P106); its submission came after the revocation",
    ),
    (
        "T501/fail-one-day-pause",
        &["M305"],
        "the pause excuses neither quarter, so both are M305 errors",
    ),
    (
        "T501/fail-resumed",
        &["M305"],
        "two quarters without an update are two M305 errors",
    ),
    (
        "T501/fail-unsubmitted-progress",
        &["P106"],
        "the plan was never submitted: P106",
    ),
    (
        "T502/fail",
        &["M305"],
        "the quarters without an update are M305 errors",
    ),
    (
        "T502/fail-pause-in-probation",
        &["M305"],
        "the quarters without an update are M305 errors",
    ),
    (
        "T502/fail-engagement",
        &["R403"],
        "a year whose implementation meetings no NGS attended also fails R403",
    ),
    (
        "T503/fail",
        &["M305"],
        "the quarters without an update are M305 errors",
    ),
    (
        "P106/fail",
        &["T501"],
        "a first plan not submitted by its deadline makes the member inactive (T501)",
    ),
    (
        "P106/fail-extension-passed",
        &["T501"],
        "a first plan not submitted by its extended deadline makes the member inactive (T501)",
    ),
    (
        "P107/fail",
        &["T501"],
        "no next plan within four months of the end makes the member inactive (T501)",
    ),
    (
        "M305/fail-no-tracker",
        &["T503"],
        "a year and more without tracker updates is inactivity, then probation, then revocation (T503)",
    ),
    (
        "R403/fail-cut-year",
        &["T502"],
        "a year without implementation meetings is also a year without NGS engagement: probation (T502)",
    ),
    (
        "S006/fail-term",
        &["P101"],
        "a reversed term holds no date, so the plan's start lies in no term",
    ),
];

/// The errors a case may not have: any in a `pass*` case, another rule's in a `fail*` case
/// (unless [`ALSO`] lists it). Each case checks it in its own test (rule_cases.rs).
pub fn unexpected_errors(case: &Case, findings: &[Finding]) -> Vec<String> {
    let label = case.label();
    let allowed: Vec<&str> = ALSO
        .iter()
        .filter(|(l, _, _)| *l == label)
        .flat_map(|(_, codes, _)| codes.iter().copied())
        .collect();
    findings
        .iter()
        .filter(|(code, sev, _)| {
            sev == "error"
                && !(case.fails() && (code == case.code || allowed.contains(&code.as_str())))
        })
        .map(|(code, _, msg)| format!("{label}: unexpected error {code}: {msg}"))
        .collect()
}

#[test]
fn the_exception_list_names_real_fixtures() {
    let labels: Vec<String> = cases().iter().map(|c| c.label()).collect();
    for (l, _, _) in ALSO {
        assert!(
            labels.iter().any(|x| x == l),
            "ALSO names {l}, which is not a fixture"
        );
    }
}

/// The base every fixture is copied from is clean (no errors, no warnings) on every day of its
/// plan's life, from the submission until just before the next plan is due.
#[test]
fn the_base_is_clean_throughout_its_plan() {
    let dir = root().join("tests/fixtures/base");
    let mut problems = Vec::new();
    for d in [
        "2026-05-12",
        "2026-05-15",
        "2026-06-30",
        "2026-07-15",
        "2026-07-16",
        "2026-11-16",
        "2027-05-15",
        "2027-06-21",
        "2027-09-15",
        "2028-01-15",
        "2028-06-30",
        "2029-01-11",
        "2029-05-01",
        "2029-07-01",
        "2029-08-30",
    ] {
        let opts = Options {
            as_of: d.parse().unwrap(),
            as_of_given: true,
        };
        let report = ogp::pipeline::collect(
            std::slice::from_ref(&dir),
            &ogp::pipeline::Settings::new(opts),
        )
        .unwrap_or_else(|e| panic!("{}", e.0));
        for f in report.checked.iter().flat_map(|c| c.findings.iter()) {
            problems.push(format!(
                "as of {d}: {} {}: {}",
                f.rule.code,
                f.severity.as_str(),
                f.message.en()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
