//! The status machine, transition by transition, on the day before, of and after each
//! deadline. Each test writes a small jurisdiction into a temporary folder.

use ogp::status::{Status, replay};

/// A small plan repository: joined 2026-01-12, first deadline 2026-06-30, one plan
/// 2026-01-12..2029-04-30 submitted 2026-05-15 after a co-creation meeting with NGS.
#[derive(Clone, Debug)]
struct Repo {
    events: String,
    submitted: Option<&'static str>,
    /// (id, date, purpose, with NGS)
    meetings: Vec<(&'static str, &'static str, &'static str, bool)>,
    /// (quarter, date, percent of C1)
    updates: Vec<Update>,
    /// Further lines of c1.toml (a withdrawal, a change).
    c1: String,
    /// A next plan, 2029-05-01 to 2031-04-30: its `submitted` date (if any) and its tracker's
    /// (quarter, date, percent of C1).
    next: Option<(Option<String>, Vec<Update>)>,
}

/// A tracker update: quarter, date, percent of C1.
type Update = (String, String, u32);

impl Repo {
    fn new() -> Repo {
        Repo {
            events: String::new(),
            submitted: Some("2026-05-15"),
            meetings: vec![
                ("m1", "2026-02-10", "co-creation", true),
                ("m2", "2026-09-15", "implementation", true),
                ("m3", "2027-03-16", "implementation", true),
                ("m4", "2027-09-14", "implementation", true),
                ("m5", "2028-03-14", "implementation", true),
                ("m6", "2028-09-12", "implementation", true),
            ],
            updates: Vec::new(),
            c1: String::new(),
            next: None,
        }
        .update("2026-Q2", "2026-06-28", 5)
        .update("2026-Q3", "2026-09-28", 10)
        .update("2026-Q4", "2026-12-18", 15)
    }

    fn event(mut self, date: &str, kind: &str, until: Option<&str>) -> Repo {
        self.events
            .push_str(&format!("\n[[event]]\ndate = {date}\nkind = \"{kind}\"\n"));
        if let Some(u) = until {
            self.events.push_str(&format!("until = {u}\n"));
        }
        self
    }

    fn update(mut self, q: &str, date: &str, pct: u32) -> Repo {
        self.updates.push((q.to_string(), date.to_string(), pct));
        self
    }

    /// A tracker update with rising progress for every quarter up to `last_year`'s Q4.
    fn steady(mut self, last_year: i32) -> Repo {
        self.updates.clear();
        let mut pct = 0;
        for y in 2026..=last_year {
            for (q, md) in [(1, "03-28"), (2, "06-28"), (3, "09-28"), (4, "12-18")] {
                if (y, q) >= (2026, 2) {
                    pct += 2;
                    self = self.update(&format!("{y}-Q{q}"), &format!("{y}-{md}"), pct);
                }
            }
        }
        self
    }

    fn write(&self) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let plan = root.join("plans/2026-2029");
        std::fs::create_dir_all(plan.join("commitments")).unwrap();
        std::fs::write(
            root.join("jurisdiction.toml"),
            format!(
                "name = \"T\"\ncountry = \"F\"\njoined = 2026-01-12\nsubmission_deadline = 2026-06-30\n\
                 [forum]\nname = \"F\"\n[[term]]\nstart = 2025-07-01\nend = 2029-06-30\n\
                 [point_of_contact]\nname = \"P\"\nemail = \"p@t.example\"\n\
                 [[stakeholder]]\nid = \"gov\"\nname = \"G\"\nsector = \"government\"\n\
                 [[stakeholder]]\nid = \"cso\"\nname = \"C\"\nsector = \"civil-society\"\n{}",
                self.events
            ),
        )
        .unwrap();
        let sub = self
            .submitted
            .map(|s| format!("submitted = {s}\n"))
            .unwrap_or_default();
        std::fs::write(
            plan.join("plan.toml"),
            format!("title = \"P\"\nstart = 2026-01-12\nend = 2029-04-30\n{sub}"),
        )
        .unwrap();
        std::fs::write(
            plan.join("commitments/c1.toml"),
            format!(
                "id = \"C1\"\ntitle = \"C\"\nstart = 2026-06-01\nend = 2029-03-31\n{}",
                self.c1
            ),
        )
        .unwrap();
        let mut m = String::new();
        for (id, date, purpose, ngs) in &self.meetings {
            let who = if *ngs {
                "[\"gov\", \"cso\"]"
            } else {
                "[\"gov\"]"
            };
            m.push_str(&format!("[[meeting]]\nid = \"{id}\"\ndate = {date}\npurpose = \"{purpose}\"\nattendees = {who}\n"));
        }
        std::fs::write(plan.join("meetings.toml"), m).unwrap();
        let mut t = String::new();
        for (q, date, pct) in &self.updates {
            t.push_str(&format!(
                "[[update]]\nquarter = \"{q}\"\ndate = {date}\nprogress = {{ C1 = {pct} }}\n"
            ));
        }
        std::fs::write(plan.join("tracker.toml"), t).unwrap();
        if let Some((sub, updates)) = &self.next {
            write_next(root, sub.as_deref(), updates);
        }
        dir
    }
}

/// The next plan of a [`Repo`]: 2029-05-01 to 2031-04-30, co-created with civil society in
/// January 2029, one commitment, implementation meetings twice a year.
fn write_next(root: &std::path::Path, submitted: Option<&str>, updates: &[Update]) {
    let plan = root.join("plans/2029-2031");
    std::fs::create_dir_all(plan.join("commitments")).unwrap();
    let sub = submitted
        .map(|s| format!("submitted = {s}\n"))
        .unwrap_or_default();
    std::fs::write(
        plan.join("plan.toml"),
        format!("title = \"Q\"\nstart = 2029-05-01\nend = 2031-04-30\n{sub}"),
    )
    .unwrap();
    std::fs::write(
        plan.join("commitments/c1.toml"),
        "id = \"C1\"\ntitle = \"D\"\nstart = 2029-05-01\nend = 2031-03-31\n",
    )
    .unwrap();
    let mut m = String::from(
        "[[meeting]]\nid = \"n1\"\ndate = 2029-01-15\npurpose = \"co-creation\"\nattendees = [\"gov\", \"cso\"]\n",
    );
    for (i, d) in ["2029-09-10", "2030-03-10", "2030-09-10", "2031-03-10"]
        .iter()
        .enumerate()
    {
        m.push_str(&format!(
            "[[meeting]]\nid = \"n{}\"\ndate = {d}\npurpose = \"implementation\"\nattendees = [\"gov\", \"cso\"]\n",
            i + 2
        ));
    }
    std::fs::write(plan.join("meetings.toml"), m).unwrap();
    let mut t = String::new();
    for (q, date, pct) in updates {
        t.push_str(&format!(
            "[[update]]\nquarter = \"{q}\"\ndate = {date}\nprogress = {{ C1 = {pct} }}\n"
        ));
    }
    std::fs::write(plan.join("tracker.toml"), t).unwrap();
}

/// Status and since-date as of each day.
fn on(repo: &Repo, days: &[&str]) -> Vec<(Status, String)> {
    let dir = repo.write();
    let j = ogp::load::load(dir.path());
    assert!(
        j.findings.is_empty(),
        "{:?}",
        j.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    days.iter()
        .map(|d| {
            let ctx = ogp::cycle::Cycle::new(&j, d.parse().unwrap()).unwrap();
            let r = replay(&ctx);
            let t = r.current().expect("a member");
            (t.status, t.date.to_string())
        })
        .collect()
}

fn statuses(repo: &Repo, days: &[&str]) -> Vec<Status> {
    on(repo, days).into_iter().map(|(s, _)| s).collect()
}

use Status::*;

#[test]
fn two_silent_quarters_make_the_member_inactive_the_day_after_the_second_is_due() {
    // 2027-Q1 and 2027-Q2 silent; 2027-Q2's update is due a month after it, 2027-07-31
    let r = Repo::new();
    assert_eq!(
        statuses(&r, &["2027-07-31", "2027-08-01", "2027-08-02"]),
        [Active, Inactive, Inactive]
    );
}

#[test]
fn no_update_then_a_flat_update_is_two_stalled_quarters() {
    // defect 1: nothing for 2027-Q1, a flat update for 2027-Q2
    let flat = Repo::new().update("2027-Q2", "2027-06-30", 15);
    assert_eq!(
        statuses(&flat, &["2027-07-31", "2027-08-01"]),
        [Active, Inactive]
    );
    // progress recorded by the second quarter's due date saves the pair
    let on_time = Repo::new().update("2027-Q2", "2027-07-31", 20);
    assert_eq!(statuses(&on_time, &["2027-08-01"]), [Active]);
    // recorded a day later it comes after the trigger: inactive, then active the same day
    let late = Repo::new().update("2027-Q2", "2027-08-01", 20);
    let dir = late.write();
    let j = ogp::load::load(dir.path());
    let cy = ogp::cycle::Cycle::new(&j, "2027-08-01".parse().unwrap()).unwrap();
    let h: Vec<_> = replay(&cy)
        .history
        .iter()
        .map(|t| (t.date.to_string(), t.status))
        .collect();
    assert_eq!(
        h[1..],
        [
            ("2027-08-01".into(), Inactive),
            ("2027-08-01".into(), Active)
        ]
    );
}

#[test]
fn two_quarters_without_progress_make_the_member_inactive() {
    let r = Repo::new()
        .update("2027-Q1", "2027-03-28", 15)
        .update("2027-Q2", "2027-06-28", 15);
    assert_eq!(
        statuses(&r, &["2027-07-31", "2027-08-01"]),
        [Active, Inactive]
    );
    let progress =
        Repo::new()
            .update("2027-Q1", "2027-03-28", 15)
            .update("2027-Q2", "2027-06-28", 20);
    assert_eq!(statuses(&progress, &["2027-08-01"]), [Active]);
}

#[test]
fn progress_restores_active_on_its_day() {
    let r = Repo::new().update("2027-Q3", "2027-08-10", 40);
    assert_eq!(
        on(&r, &["2027-08-09", "2027-08-10", "2027-08-11"]),
        [
            (Inactive, "2027-08-01".into()),
            (Active, "2027-08-10".into()),
            (Active, "2027-08-10".into())
        ]
    );
}

#[test]
fn six_months_inactive_is_probation_and_four_more_revocation() {
    let r = Repo::new();
    assert_eq!(
        statuses(
            &r,
            &["2028-01-31", "2028-02-01", "2028-05-31", "2028-06-01"]
        ),
        [Inactive, Probation, Probation, Revoked]
    );
}

#[test]
fn revocation_is_final() {
    let r = Repo::new()
        .update("2028-Q2", "2028-06-01", 50)
        .update("2028-Q3", "2028-07-01", 60);
    assert_eq!(
        statuses(&r, &["2028-06-01", "2028-08-01"]),
        [Revoked, Revoked]
    );
    let saved = Repo::new().update("2028-Q2", "2028-05-31", 50);
    assert_eq!(
        statuses(&saved, &["2028-05-31", "2028-06-01"]),
        [Active, Active]
    );
}

#[test]
fn first_plan_deadline_with_and_without_extension() {
    let mut r = Repo::new();
    r.submitted = None;
    assert_eq!(
        statuses(&r, &["2026-06-30", "2026-07-01"]),
        [Active, Inactive]
    );
    let ext = {
        let mut e = Repo::new().event("2026-06-20", "extension", Some("2026-09-30"));
        e.submitted = None;
        e
    };
    assert_eq!(
        statuses(&ext, &["2026-07-01", "2026-09-30", "2026-10-01"]),
        [Active, Active, Inactive]
    );
    let mut late = Repo::new();
    late.submitted = Some("2026-08-01");
    assert_eq!(
        statuses(&late, &["2026-07-31", "2026-08-01"]),
        [Inactive, Active]
    );
}

#[test]
fn voluntary_inactivity_pauses_the_clocks() {
    // two silent quarters, but the member asked to be inactive before they were judged
    let r = Repo::new().event("2027-02-01", "voluntary-inactive", Some("2028-12-31"));
    assert_eq!(
        statuses(
            &r,
            &["2027-01-31", "2027-02-01", "2027-08-01", "2028-06-01"]
        ),
        [
            Active,
            VoluntaryInactive,
            VoluntaryInactive,
            VoluntaryInactive
        ]
    );
    // resumed 2027-05-01: 2027-Q1 is excused (59 of its 90 days paused), 2027-Q2 is not (30
    // of 91); 2027-Q2 and Q3 silent make the member inactive after Q3's due date
    let back = r.event("2027-05-01", "resumed", None);
    assert_eq!(
        statuses(
            &back,
            &["2027-04-30", "2027-05-01", "2027-10-31", "2027-11-01"]
        ),
        [VoluntaryInactive, Active, Active, Inactive]
    );
    // without `until`, the member must resume within six months: probation the day after
    let default = Repo::new().event("2027-02-01", "voluntary-inactive", None);
    assert_eq!(
        on(&default, &["2027-07-31", "2027-08-01", "2027-12-01"]),
        [
            (VoluntaryInactive, "2027-02-01".into()),
            (Probation, "2027-08-01".into()),
            (Revoked, "2027-12-01".into())
        ]
    );
    // the first plan's deadline moves by the days spent voluntarily inactive (10)
    let mut first = Repo::new()
        .event("2026-06-01", "voluntary-inactive", None)
        .event("2026-06-11", "resumed", None);
    first.submitted = None;
    assert_eq!(
        statuses(&first, &["2026-07-10", "2026-07-11"]),
        [Active, Inactive]
    );
}

#[test]
fn a_one_day_pause_excuses_no_quarter() {
    // defect 6: a one-day pause in 2027-Q1 does not excuse six months of tracker checks
    let r = Repo::new()
        .event("2027-02-01", "voluntary-inactive", None)
        .event("2027-02-02", "resumed", None);
    assert_eq!(
        statuses(&r, &["2027-07-31", "2027-08-01"]),
        [Active, Inactive]
    );
}

#[test]
fn the_next_plan_is_due_four_months_after_the_end() {
    let mut r = Repo::new().steady(2029);
    r.meetings
        .push(("m7", "2029-03-13", "implementation", true));
    // 2029-04-30 + 4 months is 2029-08-31 (a month's last day maps to a month's last day)
    assert_eq!(
        statuses(&r, &["2029-08-31", "2029-09-01"]),
        [Active, Inactive]
    );
    // defect 7: an extension is for a new member's first plan only
    let ext = r.event("2029-08-01", "extension", Some("2029-10-31"));
    assert_eq!(
        statuses(&ext, &["2029-08-31", "2029-09-01"]),
        [Active, Inactive]
    );
}

#[test]
fn the_members_own_events_do_not_end_inactivity_or_probation() {
    // defect 2: inactive 2027-08-01; a voluntary-inactive event and a `resumed` event change
    // nothing, and the six-month clock runs on
    let r = Repo::new()
        .event("2027-10-01", "voluntary-inactive", None)
        .event("2027-10-02", "resumed", None)
        .event("2028-03-01", "resumed", None);
    assert_eq!(
        on(
            &r,
            &[
                "2027-09-30",
                "2027-10-01",
                "2027-10-02",
                "2028-02-01",
                "2028-03-01"
            ]
        ),
        [
            (Inactive, "2027-08-01".into()),
            (Inactive, "2027-08-01".into()),
            (Inactive, "2027-08-01".into()),
            (Probation, "2028-02-01".into()),
            (Probation, "2028-02-01".into())
        ]
    );
}

#[test]
fn a_trigger_and_evidence_on_one_day_both_enter_the_history() {
    let mut r = Repo::new();
    r.submitted = Some("2026-07-01");
    let dir = r.write();
    let j = ogp::load::load(dir.path());
    let ctx = ogp::cycle::Cycle::new(&j, "2026-07-01".parse().unwrap()).unwrap();
    let h: Vec<_> = replay(&ctx)
        .history
        .iter()
        .map(|t| (t.date.to_string(), t.status))
        .collect();
    assert_eq!(
        h,
        [
            ("2026-01-12".into(), Active),
            ("2026-07-01".into(), Inactive),
            ("2026-07-01".into(), Active)
        ]
    );
}

#[test]
fn submitting_without_ngs_co_creation_is_probation() {
    let mut r = Repo::new();
    r.meetings[0].3 = false;
    assert_eq!(
        statuses(&r, &["2026-05-14", "2026-05-15"]),
        [Active, Probation]
    );
    // the tracker progress of 2026-06-28 does not end it; a meeting attended by NGS does
    r.meetings[1].1 = "2026-08-20";
    assert_eq!(
        statuses(&r, &["2026-08-19", "2026-08-20"]),
        [Probation, Active]
    );
    // with no such meeting, it is revoked four months after it began
    r.meetings.truncate(1);
    assert_eq!(
        statuses(&r, &["2026-09-14", "2026-09-15"]),
        [Probation, Revoked]
    );
}

#[test]
fn a_year_without_ngs_meetings_is_probation_the_day_after_it_closes() {
    let mut r = Repo::new()
        .update("2027-Q1", "2027-03-28", 20)
        .update("2027-Q2", "2027-06-28", 25);
    r.meetings.retain(|m| m.0 == "m1" || m.1 > "2027-06-01");
    assert_eq!(
        statuses(&r, &["2027-05-14", "2027-05-15"]),
        [Active, Probation]
    );
    assert_eq!(on(&r, &["2027-09-14"]), [(Active, "2027-09-14".into())]);
}

#[test]
fn the_next_escalation_says_when_and_what_prevents_it() {
    let dir = Repo::new().write();
    let j = ogp::load::load(dir.path());
    let ctx = ogp::cycle::Cycle::new(&j, "2027-07-31".parse().unwrap()).unwrap();
    let r = replay(&ctx);
    let n = r.next().unwrap();
    assert_eq!(
        (n.status, n.date.to_string()),
        (Inactive, "2027-08-01".to_string())
    );
    let cy = ogp::cycle::Cycle::new(&j, "2027-09-01".parse().unwrap()).unwrap();
    let r = replay(&cy);
    let n = r.next().unwrap();
    assert_eq!(
        (n.status, n.date.to_string()),
        (Probation, "2028-02-01".to_string())
    );
    assert!(
        n.unless.en().contains("tracker update showing progress"),
        "{}",
        n.unless.en()
    );
    assert_eq!(r.future.last().map(|t| t.status), Some(Revoked));
    let ctx = ogp::cycle::Cycle::new(&j, "2027-05-01".parse().unwrap()).unwrap();
    let n = replay(&ctx).next().cloned().unwrap();
    assert_eq!(
        (n.status, n.date.to_string()),
        (Inactive, "2027-08-01".to_string())
    );
    assert!(
        n.unless.en().contains("2027-Q1 or 2027-Q2"),
        "{}",
        n.unless.en()
    );
}

const REGISTRY: &str = "tests/fixtures/status/registry";

#[test]
fn status_goldens_for_every_format() {
    use crate::common::{golden, ogp};
    for fmt in crate::common::formats_of("status") {
        let ext = match fmt.as_str() {
            "table" => "txt",
            "markdown" => "md",
            "json" => "json",
            other => panic!("status --format {other} has no golden file: name one here"),
        };
        let fmt = fmt.as_str();
        let (out, err, code) = ogp(&[
            "status",
            "examples/lakeside-status",
            "--as-of",
            "2027-09-01",
            "--format",
            fmt,
            "--width",
            "100",
        ]);
        assert_eq!(code, 0, "{err}");
        golden(&format!("status/lakeside.{ext}"), &out);
        let (out, err, code) = ogp(&[
            "status",
            REGISTRY,
            "--as-of",
            "2028-02-01",
            "--format",
            fmt,
            "--width",
            "100",
        ]);
        assert_eq!(code, 0, "{err}");
        golden(&format!("status/registry.{ext}"), &out);
    }
}

#[test]
fn status_json_follows_the_spec_worst_first() {
    let (out, _, _) = crate::common::ogp(&[
        "status",
        REGISTRY,
        "--as-of",
        "2028-02-01",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["as_of"], "2028-02-01");
    let js = v["jurisdictions"].as_array().unwrap();
    let got: Vec<(&str, &str)> = js
        .iter()
        .map(|j| (j["name"].as_str().unwrap(), j["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            ("Elm", "revoked"),
            ("Birch", "probation"),
            ("Dogwood", "inactive"),
            ("Cedar", "voluntary-inactive"),
            ("Alder", "active")
        ]
    );
    for j in js {
        for key in [
            "name", "root", "status", "since", "reasons", "history", "next",
        ] {
            assert!(j.get(key).is_some(), "{key} missing in {j}");
        }
        let h = j["history"].as_array().unwrap();
        assert_eq!(h.last().unwrap()["date"], j["since"]);
        assert_eq!(h.last().unwrap()["status"], j["status"]);
    }
    // Birch: probation since 2028-02-01 (the second silent quarter's update was due a month
    // after it), revoked four months later
    assert_eq!(js[1]["next"]["date"], "2028-06-01");
    assert_eq!(js[1]["next"]["status"], "revoked");
    assert!(js[0]["next"].is_null(), "revocation is final");
}

/// Replayed on any day, the status is the one the latest replay's history gives for that day:
/// records after a day never change what the machine said on it (no extension is involved).
#[test]
fn replays_at_many_dates_agree_with_the_latest_history() {
    use chrono::{Days, NaiveDate};
    let mut roots = vec![crate::common::root().join("examples/lakeside-status")];
    for name in ["alder", "birch", "cedar", "dogwood", "elm"] {
        roots.push(crate::common::root().join(REGISTRY).join(name));
    }
    let last: NaiveDate = "2029-12-31".parse().unwrap();
    for root in roots {
        let j = ogp::load::load(&root);
        let full = replay(&ogp::cycle::Cycle::new(&j, last).unwrap()).clone();
        let mut day: NaiveDate = "2026-01-12".parse().unwrap();
        while day <= last {
            let r = replay(&ogp::cycle::Cycle::new(&j, day).unwrap()).clone();
            let want = full
                .history
                .iter()
                .rfind(|t| t.date <= day)
                .map(|t| t.status);
            assert_eq!(r.status(), want, "{} as of {day}", root.display());
            day = day.checked_add_days(Days::new(5)).unwrap();
        }
    }
}

/// Defect 13: a date that cannot be read makes the status `unknown`, never a guessed verdict;
/// `ogp status` says why and what fixes it, and no rule reports the plan as not submitted.
#[test]
fn unreadable_dates_give_an_unknown_status_not_revoked() {
    use crate::common::ogp;
    for (value, says) in [
        ("\"2026-05-15\"", "write dates as"),
        ("20/08/2026", "write dates as"),
    ] {
        let mut r = Repo::new();
        r.submitted = Some(value);
        let dir = r.write();
        let path = dir.path().to_str().unwrap();
        let (out, _, code) = ogp(&["status", path, "--as-of", "2029-01-01"]);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains(": status unknown as of 2029-01-01"), "{out}");
        assert!(out.contains(says), "{out}");
        assert!(out.contains("correct the file"), "{out}");
        let (out, _, _) = ogp(&["check", path, "--as-of", "2029-01-01", "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let codes: Vec<&str> = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["rule"].as_str().unwrap())
            .collect();
        for never in ["P106", "T501", "T502", "T503", "M302"] {
            assert!(!codes.contains(&never), "{never} for {value}: {codes:?}");
        }
        assert!(
            codes.contains(&"S001") || codes.contains(&"S002"),
            "{codes:?}"
        );
    }
    // jurisdiction.toml itself unreadable: unknown too, in every format
    let dir = Repo::new().write();
    std::fs::write(dir.path().join("jurisdiction.toml"), "name = \"T\n").unwrap();
    let path = dir.path().to_str().unwrap();
    let (out, _, _) = ogp(&["status", path, "--as-of", "2027-01-01", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["jurisdictions"][0]["status"], "unknown", "{out}");
    // a bad free-text value is reported, and the status is still given
    let mut r = Repo::new();
    r.events
        .push_str("\n[[event]]\ndate = 2026-03-01\nkind = \"resumed\"\nnote = 12\n");
    let dir = r.write();
    let j = ogp::load::load(dir.path());
    let cy = ogp::cycle::Cycle::new(&j, "2026-04-01".parse().unwrap()).unwrap();
    assert_eq!(replay(&cy).status(), Some(Active));
}

/// Status for a random plan, three ways: the T finding of `ogp check`, `ogp status` and the
/// calendar's status entries agree, with voluntary pauses, withdrawals,
/// officials-only meetings and stray `resumed` events among the records.
mod agreement {
    use super::*;
    use chrono::{Days, NaiveDate};
    use proptest::prelude::*;

    fn day(offset: u64) -> String {
        let base: NaiveDate = "2026-01-12".parse().unwrap();
        base.checked_add_days(Days::new(offset))
            .unwrap()
            .to_string()
    }

    /// Days on which a trigger or a clock of the base falls: the first plan's deadline, the
    /// day after 2027-Q2's update was due, six and ten months later, the next plan's day.
    const TRIGGER_DAYS: [&str; 7] = [
        "2026-07-01",
        "2027-08-01",
        "2027-07-31",
        "2028-02-01",
        "2028-06-01",
        "2029-09-01",
        "2026-06-30",
    ];

    const LATE: [&str; 5] = [
        "2026-08-01",
        "2027-01-20",
        "2027-06-01",
        "2027-12-31",
        "2028-03-01",
    ];

    fn updates(ups: Vec<u8>, from: u32) -> Vec<Update> {
        let mut out = Vec::new();
        let mut pct = 0;
        for (i, kind) in ups.into_iter().enumerate() {
            let i = u32::try_from(i).unwrap() + from;
            let (y, q) = (2026 + i32::try_from((i + 1) / 4).unwrap(), (i + 1) % 4 + 1);
            let end = match q {
                1 => "03-28",
                2 => "06-28",
                3 => "09-28",
                _ => "12-18",
            };
            let late = match q {
                1 => "05-05",
                2 => "08-05",
                3 => "11-05",
                _ => "02-05",
            };
            let late_y = if q == 4 { y + 1 } else { y };
            match kind {
                0 => continue,
                1 => {}
                _ => pct += 5,
            }
            let date = if kind == 3 {
                format!("{late_y}-{late}")
            } else {
                format!("{y}-{end}")
            };
            out.push((format!("{y}-Q{q}"), date, pct));
        }
        out
    }

    fn repo() -> impl Strategy<Value = Repo> {
        (
            (0u8..5, 0u64..1400),
            prop::collection::vec(any::<bool>(), 6),
            prop::collection::vec(0u8..4, 12),
            prop::collection::vec((0u64..1500, 0u8..5, prop::option::of(0usize..7)), 0..4),
            0u8..5,
            (0u8..4, prop::collection::vec(0u8..4, 8)),
        )
            .prop_map(|((submitted, late), ngs, ups, events, withdraw, (next, next_ups))| {
                let mut r = Repo::new();
                r.submitted = match submitted {
                    0 => None,
                    // late: after the deadline, in probation, long after a revocation
                    1 | 2 => Some(LATE[usize::try_from(late % 5).unwrap()]),
                    _ => Some("2026-05-15"),
                };
                for (m, n) in r.meetings.iter_mut().zip(ngs) {
                    m.3 = n;
                }
                r.updates = updates(ups, 0);
                for (off, kind, on_trigger) in events {
                    let date = match on_trigger {
                        Some(k) => TRIGGER_DAYS[k].to_string(),
                        None => day(off),
                    };
                    let d: NaiveDate = date.parse().unwrap();
                    let later = |n: u64| d.checked_add_days(Days::new(n)).unwrap().to_string();
                    r = match kind {
                        0 => r.event(&date, "voluntary-inactive", None),
                        1 | 2 => r.event(&date, "resumed", None),
                        3 => r.event(&date, "extension", Some(&later(90))),
                        _ => r.event(&date, "voluntary-inactive", Some(&later(30))),
                    };
                }
                r.c1 = match withdraw {
                    1 => "withdrawn = 2026-11-01\n".into(),
                    2 => "withdrawn = 2026-11-01\n[[change]]\ndate = 2026-10-20\nsummary = \"Dropped.\"\napproved_by = [\"cso\"]\ncommunicated = 2026-10-21\n".into(),
                    // a withdrawal the OGP Local team was never told of, and a change told late
                    3 => "withdrawn = 2026-11-01\n[[change]]\ndate = 2026-10-20\nsummary = \"Dropped.\"\napproved_by = [\"cso\"]\n".into(),
                    4 => "[[change]]\ndate = 2026-09-30\nsummary = \"Moved.\"\napproved_by = [\"cso\"]\ncommunicated = 2027-02-01\n".into(),
                    _ => String::new(),
                };
                // a next plan: submitted before its start, after it, late, or not at all
                let sub = match next {
                    0 => None,
                    1 => Some(Some("2029-03-01".to_string())),
                    2 => Some(Some("2029-06-10".to_string())),
                    _ => Some(None),
                };
                r.next = sub.map(|s| (s, updates(next_ups, 12)));
                r
            })
    }

    /// The rules whose findings are a deadline missing as of the date.
    const DEADLINE_RULES: &[&str] = &["P106", "P107", "M302", "M304", "M305"];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn check_status_and_calendar_agree(r in repo(), at in 0u64..2000) {
            let dir = r.write();
            let as_of: NaiveDate = day(at).parse().unwrap();
            let j = ogp::load::load(dir.path());
            // ogp check: the T finding
            let findings = ogp::rules::check(&j, ogp::rules::Options { as_of, as_of_given: true });
            let t: Vec<&str> = findings.iter().map(|f| f.rule.code).filter(|c| c.starts_with('T')).collect();
            // ogp status
            let entry = ogp::status::report::Entry::build(&j, as_of);
            let status = entry.replay.as_ref().and_then(|r| r.status());
            let want: &[&str] = match status {
                Some(Status::Inactive) => &["T501"],
                Some(Status::Probation) => &["T502"],
                Some(Status::Revoked) => &["T503"],
                Some(Status::VoluntaryInactive) => &["T504"],
                _ => &[],
            };
            prop_assert_eq!(&t[..], want, "as of {}", as_of);
            // the calendar's status entry is the next escalation `ogp status` announces (not
            // the ones after it, which the member can still avoid)
            let cal: Vec<(NaiveDate, String)> = ogp::calendar::entries(&j, as_of)
                .into_iter()
                .filter(|e| e.key.starts_with("status/"))
                .map(|e| (e.date, e.key.trim_start_matches("status/").to_string()))
                .collect();
            let future: Vec<(NaiveDate, String)> = entry
                .replay
                .as_ref()
                .map(|r| r.future.iter().take(1).map(|t| (t.date, t.status.as_str().to_string())).collect())
                .unwrap_or_default();
            prop_assert_eq!(cal, future, "as of {}", as_of);
            // the deadlines: what the calendar lists as overdue (missed, once revoked: nothing
            // can meet it any more) is what check reports as missing
            let entries = ogp::calendar::entries(&j, as_of);
            let revoked = status == Some(Status::Revoked);
            let wrong = if revoked { ogp::calendar::State::Overdue } else { ogp::calendar::State::Missed };
            prop_assert!(entries.iter().all(|e| e.state != wrong), "as of {}", as_of);
            let overdue: std::collections::BTreeSet<&str> = entries
                .iter()
                .filter(|e| matches!(e.state, ogp::calendar::State::Overdue | ogp::calendar::State::Missed))
                .filter_map(|e| e.rule.map(|r| r.code))
                .filter(|c| DEADLINE_RULES.contains(c))
                .collect();
            let missing: std::collections::BTreeSet<&str> = findings
                .iter()
                .filter(|f| f.severity == ogp::diag::Severity::Error)
                .map(|f| f.rule.code)
                .filter(|c| DEADLINE_RULES.contains(c))
                .collect();
            prop_assert_eq!(overdue, missing, "as of {}", as_of);
            // the day a change must be communicated: C207 reads the calendar's deadline
            let told = |f: &&ogp::diag::Finding| {
                f.rule.code == "C207"
                    && f.about.as_ref().is_some_and(|a| a.contains(&ogp::diag::About::Item(ogp::diag::Item::Communication)))
            };
            let mut c207: Vec<ogp::diag::Severity> = findings.iter().filter(told).map(|f| f.severity).collect();
            let mut c207_cal: Vec<ogp::diag::Severity> = ogp::calendar::entries(&j, as_of)
                .iter()
                .filter(|e| e.rule.map(|r| r.code) == Some("C207"))
                .filter_map(|e| match e.state {
                    ogp::calendar::State::Overdue | ogp::calendar::State::Missed => Some(ogp::diag::Severity::Error),
                    ogp::calendar::State::Late(_)
                    | ogp::calendar::State::DueSoon
                    | ogp::calendar::State::Upcoming => Some(ogp::diag::Severity::Warning),
                    _ => None,
                })
                .collect();
            c207.sort_by_key(|s| *s == ogp::diag::Severity::Error);
            c207_cal.sort_by_key(|s| *s == ogp::diag::Severity::Error);
            prop_assert_eq!(c207, c207_cal, "as of {}", as_of);
            // the agenda shows the same status and the calendar's overdue entries
            let agenda = ogp::agenda::Agenda::build(&j, as_of, None, None).unwrap();
            prop_assert_eq!(
                agenda.status.as_ref().map(|s| s.status.clone()),
                status.map(|s| s.as_str().to_string()),
                "as of {}", as_of
            );
            let cal_overdue: Vec<String> = agenda
                .calendar
                .iter()
                .filter(|e| e.state == ogp::calendar::State::Overdue)
                .map(|e| e.what.en())
                .collect();
            let agenda_overdue: Vec<String> = agenda.overdue.iter().map(|d| d.what.clone()).collect();
            prop_assert_eq!(agenda_overdue, cal_overdue, "as of {}", as_of);
            // and replaying later never rewrites what the status was on this day (an extension
            // recorded later may, unless the membership was revoked before it)
            let later_ext = std::fs::read_to_string(dir.path().join("jurisdiction.toml"))
                .unwrap()
                .split("[[event]]")
                .skip(1)
                .any(|e| e.contains("extension") && e.split_once("date = ").is_some_and(|(_, d)| d[..10] > *as_of.to_string()));
            let later = ogp::cycle::Cycle::new(&j, "2031-06-30".parse().unwrap()).unwrap();
            let then = replay(&later).history.iter().rfind(|t| t.date <= as_of).map(|t| t.status);
            if !later_ext || status == Some(Status::Revoked) {
                prop_assert_eq!(then, status, "as of {}", as_of);
            }
        }
    }
}

/// A member revoked before its change window closed: the change it made before the revocation
/// and never told the OGP Local team of is still judged (C207, closed, as the calendar lists it
/// overdue), though the window itself is gone with everything after the revocation.
#[test]
fn a_change_missed_before_a_revocation_is_still_reported() {
    let mut r = Repo::new();
    // submitted during probation, with no engaging co-creation meeting: probation again,
    // revoked four months later, before the change window of the submission closes
    r.submitted = Some("2027-01-20");
    for m in &mut r.meetings {
        m.3 = false;
    }
    r.c1 = "withdrawn = 2026-11-01\n[[change]]\ndate = 2026-10-20\nsummary = \"Dropped.\"\napproved_by = [\"cso\"]\n".into();
    let dir = r.write();
    let as_of: chrono::NaiveDate = "2027-05-20".parse().unwrap();
    let j = ogp::load::load(dir.path());
    let findings = ogp::rules::check(
        &j,
        ogp::rules::Options {
            as_of,
            as_of_given: true,
        },
    );
    assert!(findings.iter().any(|f| f.rule.code == "T503"));
    let told: Vec<_> = findings
        .iter()
        .filter(|f| f.rule.code == "C207")
        .filter(|f| {
            f.about.as_ref().is_some_and(|a| {
                a.contains(&ogp::diag::About::Item(ogp::diag::Item::Communication))
            })
        })
        .collect();
    assert_eq!(told.len(), 1, "{findings:#?}");
    assert!(told[0].closed && told[0].severity == ogp::diag::Severity::Error);
    let cal = ogp::calendar::entries(&j, as_of);
    let e = cal
        .iter()
        .find(|e| e.rule.map(|r| r.code) == Some("C207"))
        .expect("on the calendar");
    // revoked: nothing can meet it any more, so the calendar says missed, not overdue
    assert_eq!(e.state, ogp::calendar::State::Missed);
}
