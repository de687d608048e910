//! The plan-cycle model (`ogp::cycle`): phases, tracker quarters, withdrawals and the deadline
//! list's ids, on small jurisdictions written to a temporary folder.

use chrono::NaiveDate;
use ogp::cycle::{Cycle, Kind, State};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Writes a jurisdiction with the given plans: (folder, plan.toml body, commitments).
fn write(plans: &[(&str, &str, &[&str])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("jurisdiction.toml"),
        "name = \"T\"\ncountry = \"F\"\njoined = 2026-01-12\nsubmission_deadline = 2026-10-31\n\
         [point_of_contact]\nname = \"P\"\nemail = \"p@t.example\"\n\
         [forum]\nname = \"F\"\n[[term]]\nstart = 2025-07-01\nend = 2033-06-30\n\
         [[stakeholder]]\nid = \"gov\"\nname = \"G\"\nsector = \"government\"\n\
         [[stakeholder]]\nid = \"cso\"\nname = \"C\"\nsector = \"civil-society\"\n",
    )
    .unwrap();
    for (id, body, commitments) in plans {
        let p = root.join("plans").join(id);
        std::fs::create_dir_all(p.join("commitments")).unwrap();
        std::fs::write(p.join("plan.toml"), format!("title = \"P\"\n{body}")).unwrap();
        active(&p);
        for (i, c) in commitments.iter().enumerate() {
            std::fs::write(p.join(format!("commitments/c{i}.toml")), c).unwrap();
        }
    }
    dir
}

/// Keeps the member active throughout, so that no revocation freezes the model: a co-creation
/// meeting with civil society, implementation meetings twice a year, and a tracker update
/// with progress at the end of every quarter to 2031.
fn active(plan: &std::path::Path) {
    let mut m = String::from(
        "[[meeting]]\nid = \"m0\"\ndate = 2026-02-10\npurpose = \"co-creation\"\nattendees = [\"gov\", \"cso\"]\n",
    );
    let mut t = String::new();
    let mut pct = 0;
    for y in 2026..=2031 {
        for (n, md) in [(1, "03-31"), (2, "06-30"), (3, "09-30"), (4, "12-31")] {
            pct += 1;
            t.push_str(&format!(
                "[[update]]\nquarter = \"{y}-Q{n}\"\ndate = {y}-{md}\nprogress = {{ X = {pct} }}\n"
            ));
        }
        for md in ["03-10", "09-10"] {
            m.push_str(&format!(
                "[[meeting]]\nid = \"m{y}-{md}\"\ndate = {y}-{md}\npurpose = \"implementation\"\nattendees = [\"gov\", \"cso\"]\n"
            ));
        }
    }
    std::fs::write(plan.join("meetings.toml"), m).unwrap();
    std::fs::write(plan.join("tracker.toml"), t).unwrap();
}

#[test]
fn tracker_quarters_need_thirty_days_of_implementation() {
    // submitted 29 September: two days of 2026-Q3; ending 2 April: two days of 2029-Q2
    let dir = write(&[(
        "p1",
        "start = 2026-01-12\nend = 2029-04-02\nsubmitted = 2026-09-29\n",
        &[],
    )]);
    let j = ogp::load::load(dir.path());
    let cy = Cycle::new(&j, d("2029-12-31")).unwrap();
    let qs = cy.tracker_quarters(&cy.plans[0]);
    assert_eq!(qs.first().unwrap().to_string(), "2026-Q4");
    assert_eq!(qs.last().unwrap().to_string(), "2029-Q1");
    let due: Vec<_> = cy
        .of_kind(Kind::Tracker)
        .map(|t| (t.ids.quarter.unwrap().to_string(), t.due))
        .collect();
    assert_eq!(due[0], ("2026-Q4".to_string(), d("2027-01-31")));
    assert_eq!(due.len(), qs.len());
}

#[test]
fn the_next_plans_co_creation_opens_at_the_previous_submission() {
    let dir = write(&[
        (
            "p1",
            "start = 2026-01-12\nend = 2029-04-30\nsubmitted = 2026-05-15\n",
            &[],
        ),
        ("p2", "start = 2029-07-01\nend = 2031-04-30\n", &[]),
    ]);
    let j = ogp::load::load(dir.path());
    let cy = Cycle::new(&j, d("2028-01-01")).unwrap();
    assert_eq!(cy.co_creation_start(&cy.plans[0]), d("2026-01-12"));
    assert_eq!(cy.co_creation_start(&cy.plans[1]), d("2026-05-15"));
    // in implementation, the first plan is current; after its end, the one being co-created
    assert_eq!(cy.current_plan().unwrap().id(), "p1");
    let cy = Cycle::new(&j, d("2029-05-20")).unwrap();
    assert_eq!(cy.current_plan().unwrap().id(), "p2");
    // the next plan is due four months after the end, a month's last day to a month's last day
    let next = cy.of_kind(Kind::NextPlan).next().unwrap();
    assert_eq!((next.due, next.state), (d("2029-08-31"), State::Pending));
}

#[test]
fn withdrawals_need_a_change_within_thirty_days() {
    let c = |change: &str| {
        format!(
            "id = \"C1\"\ntitle = \"C\"\nstart = 2026-06-01\nend = 2028-12-31\nwithdrawn = 2026-11-01\n\
             [[change]]\ndate = {change}\nsummary = \"Dropped.\"\n"
        )
    };
    for (change, frees) in [
        ("2026-10-02", true),
        ("2026-10-01", false),
        ("2026-11-02", false),
    ] {
        let text = c(change);
        let dir = write(&[(
            "p1",
            "start = 2026-01-12\nend = 2029-04-30\nsubmitted = 2026-05-15\n",
            &[text.as_str()],
        )]);
        let j = ogp::load::load(dir.path());
        let cy = Cycle::new(&j, d("2027-01-01")).unwrap();
        let cm = &cy.plans[0].plan.commitments[0];
        assert_eq!(cy.slot_release(cm).is_some(), frees, "change {change}");
    }
}

#[test]
fn deadlines_carry_the_ids_they_are_about() {
    let commitment = "id = \"C1\"\ntitle = \"C\"\nadded = 2026-05-15\nstart = 2026-06-01\nend = 2027-05-31\n\
                      completed = 2027-05-20\n[[milestone]]\ntitle = \"first\"\ndue = 2026-12-31\n";
    let dir = write(&[(
        "p1",
        "start = 2026-01-12\nend = 2029-04-30\nsubmitted = 2026-05-15\n",
        &[commitment],
    )]);
    let j = ogp::load::load(dir.path());
    let cy = Cycle::new(&j, d("2027-09-15")).unwrap();
    // `added` on the submission day: an initial commitment, in the plan's change window
    let p = &cy.plans[0];
    let cm = &p.plan.commitments[0];
    assert!(cy.is_initial(p, cm));
    assert_eq!(cy.entered(p, cm), Some(d("2026-05-15")));
    let mut keys: Vec<&str> = cy.deadlines.iter().map(|x| x.key.as_str()).collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "deadline keys are unique");
    let m = cy.of_kind(Kind::Milestone).next().unwrap();
    assert_eq!(m.ids.commitment.as_deref(), Some("C1"));
    assert_eq!(m.ids.milestone.as_deref(), Some("first"));
    assert_eq!(m.state, State::Missing);
    let y = cy.of_kind(Kind::ImplementationYear).next().unwrap();
    assert_eq!((y.ids.year, y.count), (Some(1), Some((2, 2))));
    assert!(
        y.is_over(d("2027-09-15")),
        "a year that ended cannot be remedied"
    );
    let a = cy.of_kind(Kind::CommitmentAssessment).next().unwrap();
    assert_eq!((a.due, a.state), (d("2027-06-20"), State::Missing));
    assert!(
        !a.is_over(d("2027-09-15")),
        "a missing assessment can still be recorded"
    );
    assert!(
        cy.of_kind(Kind::ChangeWindow)
            .all(|w| w.ids.commitment.is_none())
    );
}
