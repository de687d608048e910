//! One case per loophole of the status machine that a record could open, each on a copy of the
//! clean base (tests/fixtures/base) with a few edits, and the exact output of `ogp status` (and
//! of `ogp calendar` where the case puts something in it) kept as a golden file in
//! tests/golden/status/cases/ (`OGP_BLESS=1` rewrites them; read the diff).

use crate::common::{golden, ogp_in, root};

/// An edit of the base: replace text once, or append text.
#[derive(Clone, Copy)]
enum Edit {
    Sub(&'static str, &'static str, &'static str),
    Add(&'static str, &'static str),
}
use Edit::*;

const J: &str = "jurisdiction.toml";
const PLAN: &str = "plans/2026-2029/plan.toml";
const TRACK: &str = "plans/2026-2029/tracker.toml";
const MEET: &str = "plans/2026-2029/meetings.toml";
const UNSUBMIT: Edit = Sub(PLAN, "submitted = 2026-05-15\n", "");
const NO_Q2_2029: Edit = Sub(
    TRACK,
    "[[update]]\nquarter = \"2029-Q2\"\ndate = 2029-05-15\nprogress = { C1 = 100, C2 = 100, C3 = 100, C4 = 100, C5 = 100 }\n",
    "",
);
const SILENT_2027: [Edit; 2] = [
    Sub(
        TRACK,
        "[[update]]\nquarter = \"2027-Q1\"\ndate = 2027-03-29\nprogress = { C1 = 75, C2 = 40, C3 = 20, C4 = 35, C5 = 20 }\n",
        "",
    ),
    Sub(
        TRACK,
        "[[update]]\nquarter = \"2027-Q2\"\ndate = 2027-06-28\nprogress = { C1 = 100, C2 = 50, C3 = 30, C4 = 45, C5 = 35 }\n",
        "",
    ),
];

/// The next plan, 2029-2031, submitted on `submitted`, co-created and endorsed before it.
fn next_plan(submitted: &str) -> Vec<(String, String)> {
    let plan = format!(
        "title = \"Riverbend Local Action Plan 2029-2031\"\nlanguage = \"en\"\nstart = 2029-07-01\nend = 2031-04-30\nsubmitted = {submitted}\n\n\
         [strategy]\nvision = \"An open city.\"\nprinciples = [\"transparency\"]\nobjectives = [\"open land use\"]\nengagement = \"Monthly forum.\"\n\n\
         [monitoring_body]\nname = \"Riverbend University, Public Policy Lab\"\nstakeholder = \"rb-univ\"\nendorsed_by = [\"cso-open\"]\nendorsed_on = 2029-01-20\n\n\
         [endorsement]\ndate = 2029-02-20\nby = [\"cso-open\", \"cso-budget\"]\n\n[assessments]\ninception = 2029-04-20\n"
    );
    let meetings = "[[meeting]]\nid = \"m-2029-01-16\"\ndate = 2029-01-16\npurpose = \"co-creation\"\nattendees = [\"mayor-office\", \"cso-open\"]\n\n\
                    [[meeting]]\nid = \"m-2029-09-18\"\ndate = 2029-09-18\npurpose = \"implementation\"\nattendees = [\"mayor-office\", \"cso-open\"]\n";
    let mut v = vec![
        ("plans/2029-2031/plan.toml".to_string(), plan),
        (
            "plans/2029-2031/meetings.toml".to_string(),
            meetings.to_string(),
        ),
    ];
    for i in 1..=5 {
        v.push((
            format!("plans/2029-2031/commitments/c{i}.toml"),
            format!(
                "id = \"C{i}\"\ntitle = \"Commitment {i}\"\nlead = \"planning-dept\"\nstart = 2029-09-01\nend = 2031-03-31\n\
                 co_created_in = [\"m-2029-01-16\"]\nvalues = [\"transparency\"]\n\n[[milestone]]\ntitle = \"First release\"\ndue = 2030-03-31\n"
            ),
        ));
    }
    v
}

struct Case {
    name: &'static str,
    edits: Vec<Edit>,
    next: Option<&'static str>,
    as_of: &'static str,
    calendar: bool,
}

fn case(name: &'static str, as_of: &'static str, edits: Vec<Edit>) -> Case {
    Case {
        name,
        edits,
        next: None,
        as_of,
        calendar: false,
    }
}

fn write(c: &Case) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path().join("plan");
    crate::common::copy_dir(&root().join("tests/fixtures/base"), &r);
    let files: Vec<(String, String)> = c.next.map(next_plan).unwrap_or_default();
    for e in &c.edits {
        match e {
            Sub(f, old, new) => {
                let p = r.join(f);
                let t = std::fs::read_to_string(&p).unwrap();
                assert!(t.contains(old), "{}: {f} has no {old:?}", c.name);
                std::fs::write(&p, t.replacen(old, new, 1)).unwrap();
            }
            Add(f, text) => {
                let p = r.join(f);
                let t = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, format!("{t}\n{text}")).unwrap();
            }
        }
    }
    for (f, text) in files {
        let p = r.join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    tmp
}

fn cases() -> Vec<Case> {
    vec![
        // revoked is final: a first plan submitted long after the revocation brings nothing
        // back, and its tracker updates, dated before it, are no evidence
        case(
            "submitted-after-revocation",
            "2027-12-31",
            vec![Sub(
                PLAN,
                "submitted = 2026-05-15",
                "submitted = 2027-12-31",
            )],
        ),
        // an extension dated after the revocation changes nothing
        Case {
            calendar: true,
            ..case(
                "extension-after-revocation",
                "2027-08-01",
                vec![
                    UNSUBMIT,
                    Add(
                        J,
                        "[[event]]\ndate = 2027-06-01\nkind = \"extension\"\nuntil = 2027-12-31\n",
                    ),
                ],
            )
        },
        // a pause recorded on the day a trigger falls holds it; it fires when the pause ends
        case(
            "trigger-held-by-pause",
            "2027-08-10",
            vec![
                SILENT_2027[0],
                SILENT_2027[1],
                Add(
                    J,
                    "[[event]]\ndate = 2027-08-01\nkind = \"voluntary-inactive\"\n\n[[event]]\ndate = 2027-08-02\nkind = \"resumed\"\n",
                ),
            ],
        ),
        // a deadline already missed is not excused by a pause asked for afterwards
        case(
            "pause-after-missed-deadline",
            "2026-07-20",
            vec![
                UNSUBMIT,
                Add(
                    J,
                    "[[event]]\ndate = 2026-07-01\nkind = \"voluntary-inactive\"\n\n[[event]]\ndate = 2026-07-10\nkind = \"resumed\"\n",
                ),
            ],
        ),
        // restored by one co-creation meeting, the member owes its first plan four months later
        Case {
            calendar: true,
            ..case(
                "owed-plan-pending",
                "2026-09-01",
                vec![
                    UNSUBMIT,
                    Add(
                        MEET,
                        "[[meeting]]\nid = \"m-2026-08-05\"\ndate = 2026-08-05\npurpose = \"co-creation\"\nattendees = [\"mayor-office\", \"cso-open\"]\n",
                    ),
                ],
            )
        },
        // ... missed, inactive again, and a further co-creation meeting does not restore it
        case(
            "owed-plan-missed",
            "2027-01-20",
            vec![
                UNSUBMIT,
                Add(
                    MEET,
                    "[[meeting]]\nid = \"m-2026-08-05\"\ndate = 2026-08-05\npurpose = \"co-creation\"\nattendees = [\"mayor-office\", \"cso-open\"]\n\n\
                     [[meeting]]\nid = \"m-2027-01-12\"\ndate = 2027-01-12\npurpose = \"co-creation\"\nattendees = [\"mayor-office\", \"cso-open\"]\n",
                ),
            ],
        ),
        // voluntary inactivity has a resume-by day; the calendar lists it
        Case {
            calendar: true,
            ..case(
                "pause-resume-by",
                "2027-05-01",
                vec![Add(
                    J,
                    "[[event]]\ndate = 2027-02-01\nkind = \"voluntary-inactive\"\nuntil = 2027-05-31\n",
                )],
            )
        },
        // ... and the day after it the member is in probation; a later `resumed` ends nothing
        case(
            "pause-not-resumed",
            "2027-09-01",
            vec![
                SILENT_2027[1],
                Add(
                    J,
                    "[[event]]\ndate = 2027-02-01\nkind = \"voluntary-inactive\"\n\n[[event]]\ndate = 2027-08-15\nkind = \"resumed\"\n",
                ),
            ],
        ),
        // a next plan submitted before its period starts owes no tracker quarter before it
        Case {
            next: Some("2029-03-01"),
            calendar: true,
            ..case("next-plan-before-start", "2029-10-15", vec![])
        },
        // the last quarter of one plan and the first of the next form a pair
        Case {
            next: Some("2029-06-20"),
            ..case("pair-across-plans", "2029-11-05", vec![NO_Q2_2029])
        },
        // a misspelt key the status depends on makes the status unknown, with the fix
        case(
            "misspelt-submitted",
            "2027-01-15",
            vec![Sub(PLAN, "submitted = 2026-05-15", "submited = 2026-05-15")],
        ),
        // ... and so does a misspelt list of attendees (harbor-town's old typo): the meeting
        // would otherwise read as one without civil society
        case(
            "misspelt-attendees",
            "2026-06-01",
            vec![Sub(
                MEET,
                "attendees = [\"mayor-office\", \"cso-open\", \"cso-budget\"]",
                "atendees = [\"mayor-office\", \"cso-open\", \"cso-budget\"]",
            )],
        ),
        // an [[event]] without `kind` is unreadable, not absent
        case(
            "event-without-kind",
            "2026-09-01",
            vec![
                UNSUBMIT,
                Add(
                    J,
                    "[[event]]\ndate = 2026-06-20\ntype = \"extension\"\nuntil = 2026-12-31\n",
                ),
            ],
        ),
        // a plan never submitted has no final learning exercise (no deadline was set, so the
        // member is still active)
        Case {
            calendar: true,
            ..case(
                "never-submitted",
                "2029-08-01",
                vec![UNSUBMIT, Sub(J, "submission_deadline = 2026-06-30\n", "")],
            )
        },
    ]
}

#[test]
fn each_loophole_has_its_verdict() {
    for c in cases() {
        let dir = write(&c);
        let mut out = String::new();
        let mut cmds = vec!["status"];
        if c.calendar {
            cmds.push("calendar");
        }
        for cmd in cmds {
            let (text, err, code) = ogp_in(
                dir.path(),
                &[cmd, "plan", "--as-of", c.as_of, "--width", "100"],
            );
            assert_eq!(code, 0, "{}: {err}", c.name);
            out.push_str(&format!("$ ogp {cmd} plan --as-of {}\n{text}\n", c.as_of));
        }
        golden(&format!("status/cases/{}.txt", c.name), &out);
    }
}

/// A misspelt `submitted` is unreadable, not absent: no rule says the plan is not submitted.
#[test]
fn a_misspelt_submission_gives_no_verdict_on_it() {
    let c = case(
        "misspelt-submitted",
        "2027-01-15",
        vec![Sub(PLAN, "submitted = 2026-05-15", "submited = 2026-05-15")],
    );
    let dir = write(&c);
    let (out, _, _) = ogp_in(
        dir.path(),
        &["check", "plan", "--as-of", c.as_of, "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let codes: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"S003"), "{codes:?}");
    for never in ["P106", "T501", "T502", "T503", "M302", "M305"] {
        assert!(!codes.contains(&never), "{never}: {codes:?}");
    }
    assert_eq!(v["jurisdictions"][0]["status"], "unknown", "{out}");
}

/// A plan never submitted has no final learning exercise: not in check, the calendar, the
/// agenda or the timeline.
#[test]
fn a_plan_never_submitted_has_no_final_learning_anywhere() {
    let c = case(
        "never-submitted",
        "2029-08-01",
        vec![UNSUBMIT, Sub(J, "submission_deadline = 2026-06-30\n", "")],
    );
    let dir = write(&c);
    for cmd in ["check", "calendar", "agenda"] {
        let (out, err, _) = ogp_in(
            dir.path(),
            &[cmd, "plan", "--as-of", c.as_of, "--format", "json"],
        );
        assert!(!out.is_empty(), "{cmd}: {err}");
        assert!(!out.contains("M304"), "{cmd}: {out}");
        assert!(
            !out.contains("final learning exercise of plan"),
            "{cmd}: {out}"
        );
    }
    // the timeline keeps the row, with nothing in it
    let (out, _, _) = ogp_in(
        dir.path(),
        &["timeline", "plan", "--as-of", c.as_of, "--format", "csv"],
    );
    let row = out
        .lines()
        .find(|l| l.starts_with("Final learning exercise,"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        row.trim_start_matches("Final learning exercise")
            .chars()
            .all(|ch| ch == ','),
        "{row}"
    );
}
