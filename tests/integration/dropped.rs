//! What the loader drops is data the model reads: a value it cannot read leaves unjudged
//! exactly the verdicts that read it (the table matters), and nothing else changes.

use crate::common::{base_copy, ogp};

const AS_OF: &str = "2027-03-01";

/// The rule codes `ogp check` gives for the jurisdiction at `dir/plan`.
fn codes(dir: &tempfile::TempDir) -> Vec<String> {
    let path = dir.path().join("plan");
    let path = path.to_str().unwrap();
    let (out, _, _) = ogp(&["check", path, "--as-of", AS_OF, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

/// The first line of `ogp status` for the jurisdiction at `dir/plan`.
fn status(dir: &tempfile::TempDir) -> String {
    let path = dir.path().join("plan");
    let (out, _, code) = ogp(&["status", path.to_str().unwrap(), "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}");
    out
}

#[test]
fn the_clean_base_gives_no_finding() {
    let clean = base_copy(&[]);
    assert_eq!(codes(&clean), Vec::<String>::new());
    assert!(
        status(&clean).contains("is active as of"),
        "{}",
        status(&clean)
    );
}

/// A quoted `[[term]] end` is one S002: the term is not read, so no verdict about the plan's
/// start or end against the terms is given (no P101 saying the start lies in no term), and the
/// status, which no term decides, stays known.
#[test]
fn a_quoted_term_end_is_one_s002_and_no_p101() {
    let dir = base_copy(&[(
        "jurisdiction.toml",
        "end = 2029-06-30",
        "end = \"2029-06-30\"",
    )]);
    assert_eq!(codes(&dir), vec!["S002".to_string()]);
    assert!(status(&dir).contains("is active as of"), "{}", status(&dir));
    let path = dir.path().join("plan");
    let (cal, _, _) = ogp(&["calendar", path.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(!cal.contains("latest allowed end"), "{cal}");
}

/// The same term's end written right gives P101's latest end in the calendar, so the test
/// above can fail.
#[test]
fn a_term_end_written_right_gives_the_latest_end() {
    let dir = base_copy(&[]);
    let path = dir.path().join("plan");
    let (cal, _, _) = ogp(&["calendar", path.to_str().unwrap(), "--as-of", "2026-01-01"]);
    assert!(cal.contains("latest allowed end"), "{cal}");
}

/// A misspelt `inceptoin` is the inception assessment left out: M302 does not say it is "not
/// recorded" (it is recorded, under a name ogp cannot read), the S003 names the typo, the
/// calendar still lists the day with the state `unknown` (not overdue, not done), and the
/// plan's other deadlines and the status are judged as before.
#[test]
fn a_misspelt_inception_leaves_only_its_deadline_unjudged() {
    let dir = base_copy(&[(
        "plans/2026-2029/plan.toml",
        "inception = 2026-07-10",
        "inceptoin = 2026-07-10",
    )]);
    let path = dir.path().join("plan");
    let (out, _, _) = ogp(&["check", path.to_str().unwrap(), "--as-of", AS_OF]);
    assert!(
        out.contains("`inceptoin`; did you mean `inception`?"),
        "{out}"
    );
    assert_eq!(codes(&dir), vec!["S003".to_string()]);
    assert!(status(&dir).contains("is active as of"), "{}", status(&dir));
    for as_of in ["2026-06-01", AS_OF] {
        let (cal, _, _) = ogp(&[
            "calendar",
            path.to_str().unwrap(),
            "--as-of",
            as_of,
            "--format",
            "csv",
        ]);
        let line = cal
            .lines()
            .find(|l| l.contains("inception assessment"))
            .unwrap_or_else(|| panic!("the inception day is still listed: {cal}"));
        assert!(line.contains(",unknown,"), "{line}");
        assert!(cal.contains("final learning"), "{cal}");
    }
    // removed, not misspelt: the assessment is not recorded, and M302 says so
    let gone = base_copy(&[("plans/2026-2029/plan.toml", "inception = 2026-07-10", "")]);
    assert!(
        codes(&gone).contains(&"M302".to_string()),
        "{:?}",
        codes(&gone)
    );
}

/// `until` of a `[[waiver]]` is not `until` of an `[[event]]`: a wrong one is reported and
/// changes no status, while a wrong event `until` makes the status unknown.
#[test]
fn a_wrong_value_in_another_table_with_a_status_key_name_keeps_the_status() {
    let waiver = "\n[[waiver]]\nrule = \"P104\"\nreason = \"agreed with the Support Unit\"\nuntil = \"soon\"\n";
    let dir = base_copy(&[(
        "jurisdiction.toml",
        "[[term]]",
        &format!("{}\n[[term]]", waiver.trim_start()),
    )]);
    assert!(
        codes(&dir).contains(&"S002".to_string()),
        "{:?}",
        codes(&dir)
    );
    assert!(status(&dir).contains("is active as of"), "{}", status(&dir));
    let event = "[[event]]\ndate = 2026-09-01\nkind = \"voluntary-inactive\"\nuntil = \"soon\"\n";
    let dir = base_copy(&[(
        "jurisdiction.toml",
        "[[term]]",
        &format!("{event}\n[[term]]"),
    )]);
    assert!(status(&dir).contains("status unknown"), "{}", status(&dir));
}
