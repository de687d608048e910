//! The words people read. "is in probation", "status unknown", "0 errors,
//! 0 warnings in 1 jurisdiction", "non-governmental stakeholder" rather than "NGS", milestone
//! counts that cannot be read as "still due", "nothing to fix now" only when it is true, and
//! C208 suggesting an approved change only while changes are still possible.

use crate::common::{base_copy, ogp, ogp_in};

#[test]
fn statuses_read_as_sentences() {
    let (out, _, _) = ogp(&["status", "examples/harbor-town", "--as-of", "2027-09-01"]);
    assert!(
        out.starts_with("Harbor Town is inactive as of 2027-09-01\n"),
        "{out}"
    );
    let tmp = base_copy(&[(
        "plans/2026-2029/plan.toml",
        "submitted = 2026-05-15",
        "submitted = \"2026-05-15\"",
    )]);
    let (out, _, _) = ogp_in(tmp.path(), &["status", "plan", "--as-of", "2027-09-15"]);
    assert!(
        out.starts_with("Riverbend: status unknown as of 2027-09-15\n"),
        "{out}"
    );
    let (out, _, _) = ogp(&[
        "status",
        "examples/lakeside-status",
        "--as-of",
        "2027-01-15",
    ]);
    assert!(out.contains("┆ 1 of 2 done; 1 was due by now  │"), "{out}");
    assert!(out.contains("┆ 0 of 2 done; 0 were due by now │"), "{out}");
}

#[test]
fn a_clean_run_counts_its_jurisdictions_plainly() {
    let (out, _, code) = ogp(&["check", "examples/riverbend", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("ok: 0 errors, 0 warnings in 1 jurisdiction as of 2026-11-28;"),
        "{out}"
    );
}

#[test]
fn no_ngs_abbreviation_in_human_text() {
    let mut texts = vec![
        ogp(&["check", "examples/harbor-town", "--as-of", "2027-03-01"]).0,
        ogp(&["rules"]).0,
    ];
    for r in ogp::catalog::all() {
        texts.push(ogp(&["explain", r.code, "--format", "text"]).0);
    }
    for t in texts {
        assert!(
            !t.split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w == "NGS"),
            "{t}"
        );
    }
}

#[test]
fn nothing_to_fix_now_only_when_nothing_is_missing() {
    // 2026-Q2's update came late; 2026-Q3's is missing
    let tmp = base_copy(&[
        (
            "plans/2026-2029/tracker.toml",
            "date = 2026-06-26",
            "date = 2026-08-15",
        ),
        (
            "plans/2026-2029/tracker.toml",
            "[[update]]\nquarter = \"2026-Q3\"",
            "[[old]]\nquarter = \"2026-Q3\"",
        ),
    ]);
    let t = tmp.path().join("plan/plans/2026-2029/tracker.toml");
    let text = std::fs::read_to_string(&t).unwrap();
    // drop the renamed Q3 table entirely
    let start = text.find("[[old]]").unwrap();
    let end = text[start..]
        .find("\n\n")
        .map_or(text.len(), |e| start + e + 2);
    std::fs::write(&t, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (out, _, _) = ogp_in(
        tmp.path(),
        &["check", "plan", "--as-of", "2026-11-10", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let late = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "M305" && d["severity"] == "warning")
        .expect("the late 2026-Q2 update");
    assert_eq!(
        late["help"],
        "online tracker update for 2026-Q3 (due 2026-10-31) is still missing: record it"
    );
    // with 2026-Q3 recorded, the late one needs nothing
    let (out, _, _) = ogp_in(
        tmp.path(),
        &["check", "plan", "--as-of", "2026-10-15", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let late = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "M305")
        .expect("the late 2026-Q2 update");
    assert_eq!(
        late["help"],
        "nothing to fix now; record the next quarter's update within a month of its end"
    );
}

#[test]
fn c208_suggests_a_change_only_while_the_window_is_open() {
    let tmp = base_copy(&[(
        "plans/2026-2029/commitments/c1.toml",
        "due = 2026-12-31\ndone = 2026-12-15",
        "due = 2026-08-31",
    )]);
    let help = |as_of: &str| {
        let (out, _, _) = ogp_in(
            tmp.path(),
            &["check", "plan", "--as-of", as_of, "--format", "json"],
        );
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == "C208")
            .map(|d| d["help"].as_str().unwrap().to_string())
            .expect("C208")
    };
    assert_eq!(
        help("2026-10-01"),
        "record `done` when it happened, or agree a new due date through an approved change (possible until 2026-11-15)"
    );
    let closed = help("2027-01-10");
    assert_eq!(
        closed,
        "record `done` when it happened; the window for changes closed 2026-11-15, so the milestone stays due as planned and the tracker can say why it is late"
    );
    assert!(!closed.contains("approved change"));
}

/// Item 6: wrapping never splits a date, a quarter, an id or a path, in findings or tables.
#[test]
fn wrapping_keeps_dates_quarters_and_paths_whole() {
    let split = |text: &str| -> Option<String> {
        let lines: Vec<&str> = text.lines().collect();
        lines.windows(2).find_map(|w| {
            let (a, b) = (w[0].trim_end(), w[1]);
            let next = b.trim_start_matches([' ', '│', '┆', '·']).trim_start();
            let broken = (a.ends_with('-')
                && a[..a.len() - 1].ends_with(|c: char| c.is_ascii_digit()))
                || (a.ends_with('/') && !next.is_empty());
            broken.then(|| format!("{a}\n{b}"))
        })
    };
    for args in [
        vec!["check", "examples/harbor-town", "--as-of", "2027-03-01"],
        vec!["check", "examples", "--as-of", "2027-03-01"],
        vec![
            "status",
            "examples",
            "--as-of",
            "2027-03-01",
            "--width",
            "80",
        ],
        vec![
            "calendar",
            "examples/lakeside-status",
            "--as-of",
            "2027-03-01",
            "--width",
            "60",
        ],
    ] {
        let (out, _, _) = ogp(&args);
        assert_eq!(split(&out), None, "{args:?}");
    }
}

/// T504 says what a pause suspends, and what it does not.
#[test]
fn t504_says_what_a_pause_suspends() {
    let (out, _, _) = ogp(&[
        "check",
        "tests/fixtures/rules/T504/fail",
        "--as-of",
        "2027-03-01",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let t504 = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "T504")
        .unwrap();
    assert_eq!(
        t504["help"],
        "When activities restart, and by the resume-by day `ogp calendar` lists, record [[event]] kind = \"resumed\" with its date. Meanwhile plan submission deadlines move later by every paused day and mostly paused tracker quarters are excused; milestones and assessments keep their dates."
    );
}
