//! Waiver targets, expiry and malformed waivers, over small jurisdictions in a temporary folder.

use crate::rules::{Options, check};

const BASE: &str = "name = \"W\"\ncountry = \"F\"\njoined = 2026-01-12\nelections = false\n\n\
    [[stakeholder]]\nid = \"gov\"\nname = \"Gov\"\nsector = \"government\"\n\n\
    [[stakeholder]]\nid = \"cso\"\nname = \"CSO\"\nsector = \"civil-society\"\n";

const PLAN: &str = "title = \"P\"\nstart = 2026-01-12\nend = 2027-12-31\n";

const MEETINGS: &str = "[[meeting]]\nid = \"m1\"\ndate = 2026-02-01\npurpose = \"co-creation\"\nattendees = [\"gov\", \"ghost\"]\n\n\
    [[meeting]]\nid = \"m2\"\ndate = 2026-03-01\npurpose = \"co-creation\"\nattendees = [\"phantom\"]\n";

/// (rule, severity, waived) of every finding, as of 2027-01-15.
fn run(waivers: &str) -> Vec<(String, String, bool)> {
    run_with(waivers, PLAN)
}

fn run_with(waivers: &str, plan: &str) -> Vec<(String, String, bool)> {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("jurisdiction.toml"), format!("{BASE}\n{waivers}")).unwrap();
    std::fs::create_dir_all(root.join("plans/p")).unwrap();
    std::fs::write(root.join("plans/p/plan.toml"), plan).unwrap();
    std::fs::write(root.join("plans/p/meetings.toml"), MEETINGS).unwrap();
    let j = crate::load::load(root);
    let opts = Options {
        as_of: "2027-01-15".parse().unwrap(),
        as_of_given: true,
    };
    check(&j, opts)
        .into_iter()
        .map(|f| {
            (
                f.rule.code.to_string(),
                f.severity.as_str().to_string(),
                f.waived.is_some(),
            )
        })
        .collect()
}

fn count(v: &[(String, String, bool)], code: &str, waived: bool) -> usize {
    v.iter()
        .filter(|(c, _, w)| c == code && *w == waived)
        .count()
}

fn waiver(target: &str, until: &str) -> String {
    format!("[[waiver]]\nrule = \"S004\"\n{target}\nreason = \"r\"\nuntil = {until}\n")
}

#[test]
fn a_meeting_id_covers_findings_inside_that_meeting_only() {
    let v = run(&waiver("id = \"m1\"", "2027-06-30"));
    assert_eq!(count(&v, "S004", true), 1, "{v:?}");
    assert_eq!(count(&v, "S004", false), 1, "{v:?}");
    assert_eq!(count(&v, "S010", false), 0);
}

#[test]
fn a_file_covers_every_finding_in_it_and_no_target_covers_the_jurisdiction() {
    let v = run(&waiver("file = \"./plans/p/meetings.toml\"", "2027-06-30"));
    assert_eq!(count(&v, "S004", true), 2, "{v:?}");
    let v = run(&waiver("", "2027-06-30"));
    assert_eq!(count(&v, "S004", true), 2, "{v:?}");
}

#[test]
fn expired_waivers_give_back_their_findings_and_warn() {
    let v = run(&waiver("id = \"m1\"", "2027-01-14"));
    assert_eq!(count(&v, "S004", false), 2, "{v:?}");
    assert!(v.iter().any(|(c, s, _)| c == "S009" && s == "warning"));
    // The last day still holds.
    let v = run(&waiver("id = \"m1\"", "2027-01-15"));
    assert_eq!(count(&v, "S004", true), 1, "{v:?}");
}

#[test]
fn unused_and_malformed_waivers_are_reported() {
    let v = run(&waiver("id = \"gov\"", "2027-06-30"));
    assert_eq!(count(&v, "S010", false), 1, "{v:?}");
    let v = run(&waiver("id = \"nobody\"", "2027-06-30"));
    assert_eq!(
        count(&v, "S004", false),
        3,
        "an unknown id is S004 too: {v:?}"
    );
    let v = run(&waiver(
        "id = \"m1\"\nfile = \"plans/p/meetings.toml\"",
        "2027-06-30",
    ));
    assert!(v.iter().any(|(c, _, _)| c == "S002"), "{v:?}");
    let v = run("[[waiver]]\nrule = \"S010\"\nreason = \"r\"\nuntil = 2027-06-30\n");
    assert!(v.iter().any(|(c, _, _)| c == "S002"), "{v:?}");
    let v = run("[[waiver]]\nrule = \"Z999\"\nreason = \"r\"\nuntil = 2027-06-30\n");
    assert_eq!(count(&v, "S004", false), 3, "{v:?}");
    let v = run("[[waiver]]\nrule = \"S004\"\nreason = \"  \"\nuntil = 2027-06-30\n");
    assert!(v.iter().any(|(c, _, _)| c == "S002"), "{v:?}");
    let v = run("[[waiver]]\nrule = \"S004\"\nuntil = 2027-06-30\n");
    assert!(
        v.iter().any(|(c, _, _)| c == "S002"),
        "a missing reason is S002: {v:?}"
    );
}

#[test]
fn an_id_also_covers_findings_pointing_at_a_reference_to_it() {
    let plan = format!(
        "{PLAN}\n[monitoring_body]\nname = \"City lab\"\nstakeholder = \"gov\"\nendorsed_by = [\"cso\"]\n"
    );
    // two M301 findings: the body is governmental (at `gov`), and its endorser took no part
    // in a meeting of the plan (at the table); the waiver by id covers only the first
    let v = run_with("", &plan);
    assert_eq!(count(&v, "M301", false), 2, "{v:?}");
    let w = "[[waiver]]\nrule = \"M301\"\nid = \"gov\"\nreason = \"r\"\nuntil = 2027-06-30\n";
    let v = run_with(w, &plan);
    assert_eq!(count(&v, "M301", true), 1, "{v:?}");
    assert_eq!(count(&v, "M301", false), 1, "{v:?}");
}
