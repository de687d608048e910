//! The command line as users run it: golden output for both formats, exit codes, bad input.

use crate::common::{golden, ogp};

#[test]
fn compliant_example_is_clean() {
    let (out, _, code) = ogp(&["check", "examples/riverbend", "--as-of", "2026-11-28"]);
    assert_eq!(code, 0, "{out}");
    golden("check/riverbend.txt", &out);
}

#[test]
fn violations_example_human() {
    let (out, _, code) = ogp(&["check", "examples/harbor-town", "--as-of", "2027-03-01"]);
    assert_eq!(code, 1);
    golden("check/harbor-town.txt", &out);
}

#[test]
fn violations_example_json() {
    let (out, _, code) = ogp(&[
        "check",
        "examples/harbor-town",
        "--as-of",
        "2027-03-01",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    golden("check/harbor-town.json", &out);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["as_of"], "2027-03-01");
    let diags = v["diagnostics"].as_array().unwrap();
    assert_eq!(
        usize::try_from(v["summary"]["errors"].as_u64().unwrap()).unwrap(),
        diags.iter().filter(|d| d["severity"] == "error").count()
    );
    for d in diags {
        for key in [
            "rule", "name", "severity", "message", "help", "path", "line", "column",
        ] {
            assert!(d.get(key).is_some(), "{key} missing in {d}");
        }
        assert!(
            d["path"]
                .as_str()
                .unwrap()
                .starts_with("examples/harbor-town/"),
            "{d}"
        );
        assert!(
            d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1,
            "{d}"
        );
    }
}

#[test]
fn json_points_at_the_offending_value() {
    let (out, _, _) = ogp(&[
        "check",
        "examples/harbor-town",
        "--as-of",
        "2027-03-01",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let p101 = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "P101")
        .unwrap();
    assert_eq!(
        p101["path"],
        "examples/harbor-town/plans/2025-2028/plan.toml"
    );
    assert_eq!(
        (p101["line"].as_u64(), p101["column"].as_u64()),
        (Some(4), Some(7))
    );
    assert_eq!(
        p101["message"],
        "the plan ends 2028-12-31; the term ends 2028-12-31, so the plan must end by 2028-10-31"
    );
}

#[test]
fn warnings_pass_unless_denied() {
    // The joint example, a year on, has only a missing tracker update (a warning).
    let args = [
        "check",
        "examples/river-valley-joint",
        "--as-of",
        "2027-01-10",
        "--format",
        "json",
    ];
    let (out, _, code) = ogp(&args);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["errors"], 0, "{out}");
    assert!(v["summary"]["warnings"].as_u64().unwrap() > 0, "{out}");
    assert_eq!(code, 0);
    let mut denied = args.to_vec();
    denied.push("--deny-warnings");
    assert_eq!(ogp(&denied).2, 1);
}

#[test]
fn unreadable_path_is_a_usage_error() {
    let (out, err, code) = ogp(&["check", "no/such/folder"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("cannot read no/such/folder"), "{err}");
}

#[test]
fn bad_as_of_is_a_usage_error() {
    let (_, err, code) = ogp(&["check", "examples/riverbend", "--as-of", "2027-02-30"]);
    assert_eq!(code, 2);
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn folder_without_plans_is_s007() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _, code) = ogp(&[
        "check",
        dir.path().to_str().unwrap(),
        "--as-of",
        "2027-01-01",
        "--format",
        "json",
    ]);
    // a path that is no plan repository is a usage error, as for every command; the JSON
    // report still names it
    assert_eq!(code, 2);
    assert!(out.contains("\"S007\""), "{out}");
}

#[test]
fn a_registry_is_checked_in_order() {
    let (out, _, code) = ogp(&[
        "check",
        "examples",
        "--as-of",
        "2027-03-01",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["jurisdictions"], 4);
    // jurisdictions in folder order; within one, structure findings (S) first, then by path
    let keys: Vec<(String, bool, &str)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let path = d["path"].as_str().unwrap();
            let root = path.split('/').take(2).collect::<Vec<_>>().join("/");
            (root, !d["rule"].as_str().unwrap().starts_with('S'), path)
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // and the same bytes every time
    assert_eq!(
        ogp(&[
            "check",
            "examples",
            "--as-of",
            "2027-03-01",
            "--format",
            "json"
        ])
        .0,
        out
    );
}

#[test]
fn rules_list() {
    let (out, _, code) = ogp(&["rules"]);
    assert_eq!(code, 0);
    golden("rules.txt", &out);
}

#[test]
fn future_facts_warn_without_as_of() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("jurisdiction.toml"),
        "name = \"A\"\ncountry = \"B\"\njoined = 2099-01-01\nelections = false\n[forum]\nname = \"F\"\n",
    )
    .unwrap();
    let (out, _, _) = ogp(&["check", root.to_str().unwrap(), "--format", "json"]);
    assert!(!out.contains("S008"), "joined is not a fact: {out}");
    std::fs::create_dir_all(root.join("plans/p")).unwrap();
    std::fs::write(
        root.join("plans/p/plan.toml"),
        "title = \"T\"\nstart = 2099-01-01\nend = 2100-12-31\nsubmitted = 2099-03-01\n",
    )
    .unwrap();
    let (out, _, _) = ogp(&["check", root.to_str().unwrap(), "--format", "json"]);
    assert!(out.contains("\"S008\""), "{out}");
    let (out, _, _) = ogp(&[
        "check",
        root.to_str().unwrap(),
        "--format",
        "json",
        "--as-of",
        "2026-01-01",
    ]);
    assert!(!out.contains("S008"), "{out}");
}
