//! Properties of the engine (docs/decisions.md, "Time and the plan cycle"), checked with
//! proptest over the examples: facts after
//! the as-of date are invisible, a plan that has not started has no errors, the order files
//! are visited in does not matter, and the output is the same on every run and thread count.

use crate::common::root;
use crate::hostile::{copy_dir, run_env};
use chrono::{Datelike, Days, NaiveDate};
use ogp::diag::Severity;
use ogp::rules::Options;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// One finding as the user sees it, with the path relative to the checked folder.
type Seen = (
    String,
    Severity,
    String,
    Option<String>,
    Option<(usize, usize)>,
);

fn findings(dir: &Path, as_of: NaiveDate) -> Vec<Seen> {
    let report = ogp::pipeline::collect(
        &[dir.to_path_buf()],
        &ogp::pipeline::Settings::new(Options {
            as_of,
            as_of_given: true,
        }),
    )
    .expect("the folder exists");
    let prefix = format!("{}/", ogp::load::display(dir));
    let mut v: Vec<Seen> = Vec::new();
    for c in &report.checked {
        for f in &c.findings {
            let (path, at) = match &f.primary {
                Some(l) => {
                    let s = c.j.source(l.file);
                    let p = s.path.strip_prefix(&prefix).unwrap_or(&s.path).to_string();
                    (Some(p), l.span.as_ref().map(|sp| s.line_col(sp.start)))
                }
                None => (None, None),
            };
            v.push((
                f.rule.code.to_string(),
                f.severity,
                f.message.en(),
                path,
                at,
            ));
        }
    }
    v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    v
}

fn example(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path().join(name);
    copy_dir(&root().join("examples").join(name), &r);
    (tmp, r)
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // From before Riverbend joined to after its last plan.
    (0u64..(365 * 10)).prop_map(|d| NaiveDate::from_ymd_opt(2022, 6, 1).unwrap() + Days::new(d))
}

fn append(p: &Path, text: &str) {
    let mut t = std::fs::read_to_string(p).unwrap();
    t.push('\n');
    t.push_str(text);
    std::fs::write(p, t).unwrap();
}

/// Puts `line` as a top-level key of a TOML file: before its first table header.
fn top_level(p: &Path, line: &str) {
    let t = std::fs::read_to_string(p).unwrap();
    let at = t.find("\n[").map(|i| i + 1).unwrap_or(t.len());
    std::fs::write(p, format!("{}{line}\n{}", &t[..at], &t[at..])).unwrap();
}

/// Ways to record a fact dated `d` in Riverbend's second plan (the last: a commitment
/// added on `d`, so full of mistakes that any rule looking at it would report one).
fn add_fact(r: &Path, kind: u8, d: NaiveDate) {
    let plan = r.join("plans/2026-2030");
    let c = plan.join("commitments/d1-budget-explained.toml");
    match kind % 10 {
        9 => std::fs::write(
            plan.join("commitments/d9-later.toml"),
            format!(
                "id = \"D9\"\ntitle = \"added later\"\nlead = \"nobody\"\nadded = {d}\nstart = 2031-01-01\nend = 2030-01-01\nco_created_in = [\"m-none\"]\n"
            ),
        )
        .unwrap(),
        0 => append(
            &plan.join("meetings.toml"),
            &format!(
                "[[meeting]]\nid = \"m-late\"\ndate = {d}\npurpose = \"co-creation\"\nattendees = [\"mayor-office\", \"cso-open\"]\n"
            ),
        ),
        1 => append(
            &plan.join("meetings.toml"),
            &format!(
                "[[meeting]]\nid = \"m-late\"\ndate = {d}\npurpose = \"implementation\"\nattendees = [\"cso-open\"]\n"
            ),
        ),
        // a quarter the tracker already has would be a duplicate (S005) on any day: the
        // update is recorded under a quarter of its own then
        2 if std::fs::read_to_string(plan.join("tracker.toml"))
            .unwrap()
            .contains(&format!("\"{}-Q{}\"", d.year(), d.quarter())) =>
        {
            append(
                &plan.join("tracker.toml"),
                &format!("[[update]]\nquarter = \"2099-Q1\"\ndate = {d}\nprogress = {{ D1 = 100 }}\n"),
            )
        }
        2 => append(
            &plan.join("tracker.toml"),
            &format!(
                "[[update]]\nquarter = \"{}-Q{}\"\ndate = {d}\nprogress = {{ D1 = 100, D2 = 100 }}\n",
                d.year(),
                d.quarter()
            ),
        ),
        3 => top_level(&c, &format!("completed = {d}")),
        4 => top_level(&c, &format!("assessed = {d}")),
        5 => top_level(&c, &format!("withdrawn = {d}")),
        6 => append(
            &c,
            &format!(
                "[[change]]\ndate = {d}\nsummary = \"late\"\napproved_by = [\"cso-open\"]\ncommunicated = {d}\n"
            ),
        ),
        7 => append(
            &r.join("jurisdiction.toml"),
            &format!("[[event]]\ndate = {d}\nkind = \"voluntary-inactive\"\nnote = \"later\"\n"),
        ),
        _ => {
            let t = std::fs::read_to_string(&c).unwrap();
            std::fs::write(&c, t.replace("due = 2026-12-15", &format!("due = 2026-12-15\ndone = {d}")))
                .unwrap();
        }
    }
}

/// Findings without positions in `file` (an edit above them moves them).
fn without_positions_in(v: &[Seen], file: &str) -> Vec<Seen> {
    let mut v: Vec<Seen> = v
        .iter()
        .cloned()
        .map(|mut s| {
            if s.3.as_deref() == Some(file) {
                s.4 = None;
            }
            s
        })
        .collect();
    v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    v
}

/// Rules about the files' shape and the plan's own schedule, true or false on any day: a
/// draft whose period outlasts the term is wrong before it starts, too.
const TIMELESS: &[&str] = &[
    "S001", "S002", "S003", "S004", "S005", "S006", "S007", "P101", "P102", "P103", "C203",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_fact_after_the_as_of_date_changes_nothing(as_of in date(), later in 1u64..2000, kind in 0u8..10) {
        let (_tmp, r) = example("riverbend");
        let before = findings(&r, as_of);
        add_fact(&r, kind, as_of + Days::new(later));
        let after = findings(&r, as_of);
        // Inserting a key moves the lines below it: positions in that file are not compared.
        let c = "plans/2026-2030/commitments/d1-budget-explained.toml";
        prop_assert_eq!(without_positions_in(&before, c), without_positions_in(&after, c));
    }

    #[test]
    fn no_errors_for_a_plan_that_has_not_started(example_name in prop::sample::select(vec!["riverbend", "river-valley-joint", "harbor-town"]), back in 1u64..3000) {
        let (_tmp, r) = example(example_name);
        for plan in std::fs::read_dir(r.join("plans")).unwrap() {
            let plan = plan.unwrap().path();
            let text = std::fs::read_to_string(plan.join("plan.toml")).unwrap();
            let start: NaiveDate = text
                .lines()
                .find_map(|l| l.strip_prefix("start = "))
                .and_then(|s| s.trim().parse().ok())
                .expect("plan.toml has a start");
            let Some(as_of) = start.checked_sub_days(Days::new(back)) else { continue };
            let folder = format!("plans/{}/", plan.file_name().unwrap().to_string_lossy());
            let errors: Vec<Seen> = findings(&r, as_of)
                .into_iter()
                .filter(|s| s.1 == Severity::Error && s.3.as_deref().is_some_and(|p| p.starts_with(&folder)))
                .filter(|s| !TIMELESS.contains(&s.0.as_str()))
                .collect();
            prop_assert!(errors.is_empty(), "as of {}, before {} starts on {}: {:?}", as_of, folder, start, errors);
        }
    }

    #[test]
    fn the_order_files_are_visited_in_changes_nothing(
        example_name in prop::sample::select(vec!["riverbend", "river-valley-joint", "harbor-town"]),
        order in Just((0..8usize).collect::<Vec<_>>()).prop_shuffle(),
        as_of in date(),
    ) {
        let (_tmp, r) = example(example_name);
        let rename = |from: &Path, to_of: &dyn Fn(usize) -> String| {
            for plan in std::fs::read_dir(from.join("plans")).unwrap() {
                let dir = plan.unwrap().path().join("commitments");
                let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
                files.sort();
                // Through temporary names, so a new name never meets an old one.
                for (i, f) in files.iter().enumerate() {
                    std::fs::rename(f, dir.join(format!("tmp-{i}.toml"))).unwrap();
                }
                for i in 0..files.len() {
                    std::fs::rename(dir.join(format!("tmp-{i}.toml")), dir.join(to_of(i))).unwrap();
                }
            }
        };
        rename(&r, &|i| format!("c{i}.toml"));
        let strip = |v: Vec<Seen>| {
            let mut v: Vec<Seen> = v
                .into_iter()
                .map(|mut s| {
                    if s.3.as_deref().is_some_and(|p| p.contains("/commitments/")) {
                        s.3 = Some("a commitment".into());
                    }
                    s
                })
                .collect();
            v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            v
        };
        let before = strip(findings(&r, as_of));
        let order = order.clone();
        rename(&r, &move |i| format!("x{}.toml", order.get(i).copied().unwrap_or(i + 100)));
        let after = strip(findings(&r, as_of));
        prop_assert_eq!(before, after);
    }
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    let dir = root();
    for format in ["human", "json"] {
        for as_of in ["2024-03-01", "2027-01-15", "2031-12-31"] {
            let args = ["check", "examples", "--as-of", as_of, "--format", format];
            let first = run_env(&dir, &args, &[("RAYON_NUM_THREADS", "1")]);
            for threads in ["1", "2", "4", "8"] {
                for _ in 0..2 {
                    let again = run_env(&dir, &args, &[("RAYON_NUM_THREADS", threads)]);
                    assert_eq!(first.code, again.code);
                    assert!(
                        first.stdout == again.stdout,
                        "{format} as of {as_of} differs with {threads} threads"
                    );
                }
            }
        }
    }
}
