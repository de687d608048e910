//! Every output format of `ogp check` over the same fixture (tests/fixtures/eco: errors,
//! warnings, a waived finding, an expired and an unused waiver, a finding without a line, and
//! hostile text in an id and a file name), as of a pinned date: one golden file per format,
//! the SARIF schema, `--output`, the GitHub step summary and `--select`/`--ignore`.

use crate::common::{golden, ogp, ogp_with_summary, root};
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/eco";
const AS_OF: &str = "2027-01-15";

fn check(format: &str) -> (String, i32) {
    let (out, err, code) = ogp(&["check", FIXTURE, "--as-of", AS_OF, "--format", format]);
    assert!(err.is_empty(), "stderr: {err}");
    (out, code)
}

#[test]
fn golden_per_format() {
    for (format, file) in [
        ("human", "check.txt"),
        ("json", "check.json"),
        ("github", "check.github.txt"),
        ("sarif", "check.sarif"),
        ("junit", "check.junit.xml"),
    ] {
        let (out, code) = check(format);
        assert_eq!(code, 1, "{format}: the fixture has errors");
        golden(&format!("formats/{file}"), &out);
    }
}

/// The official SARIF 2.1.0 schema (a copy of ../shared/schemas/sarif-schema-2.1.0.json, so the
/// test needs nothing outside the repository).
pub fn sarif_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/schemas/sarif-schema-2.1.0.json"))
            .expect("schema copy"),
    )
    .unwrap();
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
}

#[test]
fn sarif_validates_against_the_official_schema_and_every_result_has_a_location() {
    let validator = sarif_validator();
    let (out, _) = check("sarif");
    let log: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(
        !validator.is_valid(&broken),
        "the validator must catch a bad level"
    );
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), ogp::registry::all().len());
    for r in rules {
        for key in [
            "shortDescription",
            "fullDescription",
            "help",
            "helpUri",
            "defaultConfiguration",
        ] {
            assert!(!r[key].is_null(), "rule {} lacks {key}", r["id"]);
        }
    }
    let results = run["results"].as_array().unwrap();
    assert!(results.len() >= 8);
    for res in results {
        let idx = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], res["ruleId"]);
        let loc = &res["locations"][0]["physicalLocation"];
        assert!(
            loc["artifactLocation"]["uri"]
                .as_str()
                .is_some_and(|u| !u.is_empty()),
            "{res}"
        );
        assert!(loc["region"]["startLine"].as_u64().is_some(), "{res}");
    }
    assert!(
        results
            .iter()
            .any(|r| r["suppressions"][0]["kind"] == "inSource"),
        "the waived finding is suppressed"
    );
}

#[test]
fn sarif_of_a_folder_with_no_plan_repository_still_has_locations() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _, code) = ogp(&["check", dir.path().to_str().unwrap(), "--format", "sarif"]);
    assert_eq!(code, 1);
    let log: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let res = &log["runs"][0]["results"][0];
    assert_eq!(res["ruleId"], "S007");
    assert!(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
}

#[test]
fn output_writes_extra_formats_beside_the_terminal_output() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("ogp.sarif");
    let json = dir.path().join("report.json");
    let (out, err, code) = ogp(&[
        "check",
        FIXTURE,
        "--as-of",
        AS_OF,
        "--output",
        &format!("sarif={}", sarif.display()),
        "--output",
        &format!("json={}", json.display()),
    ]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(out, check("human").0);
    assert_eq!(std::fs::read_to_string(&sarif).unwrap(), check("sarif").0);
    assert_eq!(std::fs::read_to_string(&json).unwrap(), check("json").0);
    let (_, err, code) = ogp(&["check", FIXTURE, "--output", "xml=out.xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a format"), "{err}");
}

#[test]
fn github_step_summary_is_appended() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let (_, _, code) = ogp_with_summary(
        &["check", FIXTURE, "--as-of", AS_OF, "--format", "github"],
        &summary,
    );
    assert_eq!(code, 1);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.starts_with("earlier step\n"));
    golden("formats/step-summary.md", &text["earlier step\n".len()..]);
}

#[test]
fn annotations_survive_hostile_text() {
    let (out, _) = check("github");
    for line in out.lines() {
        if let Some(rest) = line.strip_prefix("::") {
            let (kind, _) = rest.split_once(' ').unwrap();
            assert!(["error", "warning", "notice"].contains(&kind), "{line}");
        }
    }
    let forged = out.lines().filter(|l| l.starts_with("::error::")).count();
    assert_eq!(forged, 0, "no text may start a command of its own:\n{out}");
    assert!(out.contains(
        "file=tests/fixtures/eco/riverside/plans/2026-2029/commitments/c2 open%2Cdata.toml,line=3"
    ));
    assert!(out.contains("`procurement,dept:100%25%0A::error::forged`"));
}

fn codes(args: &[&str]) -> Vec<String> {
    let mut a = vec!["check", FIXTURE, "--as-of", AS_OF, "--format", "json"];
    a.extend_from_slice(args);
    let (out, err, _) = ogp(&a);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn select_and_ignore_by_code_family_and_name() {
    let all = codes(&[]);
    assert!(all.iter().any(|c| c.starts_with("C2")) && all.iter().any(|c| c.starts_with('S')));
    assert!(
        codes(&["--ignore", "C2"])
            .iter()
            .all(|c| !c.starts_with("C2"))
    );
    assert!(codes(&["--ignore", "C208"]).iter().all(|c| c != "C208"));
    assert!(codes(&["--select", "S"]).iter().all(|c| c.starts_with('S')));
    // M305 for 2026-Q2 and Q3 (Q4's update is not due until 2027-01-31), and one S004
    assert_eq!(codes(&["--select", "M305,S004"]).len(), 3);
    assert!(
        codes(&["--ignore", "milestone-overdue"])
            .iter()
            .all(|c| c != "C208")
    );
    // Ignoring a rule never makes its waiver look unused.
    let s010 = |v: Vec<String>| v.iter().filter(|c| *c == "S010").count();
    assert_eq!(s010(codes(&["--ignore", "C208"])), s010(codes(&[])));
    let (_, err, code) = ogp(&["check", FIXTURE, "--ignore", "Z9"]);
    assert_eq!(code, 2);
    assert!(err.contains("names no rule"), "{err}");
}

#[test]
fn waived_findings_do_not_count() {
    let (out, _) = check("json");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["waived"], 1);
    let waived: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| !d["waived"].is_null())
        .collect();
    assert_eq!(waived.len(), 1);
    assert_eq!(waived[0]["rule"], "C208");
    assert_eq!(waived[0]["waived"]["until"], "2027-03-31");
    // Once the waiver expires, the finding counts again and S009 says so.
    let (out, _, _) = ogp(&[
        "check",
        FIXTURE,
        "--as-of",
        "2027-04-01",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["waived"], 0);
    let s009 = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "S009")
        .count();
    assert_eq!(s009, 2);
}
