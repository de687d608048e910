//! A run over several jurisdictions ends with a table of every one of them
//! (clean ones included), JSON lists them in `jurisdictions`, two jurisdictions with one name
//! are a warning (S011), and the status and calendar tables show the folder when names repeat.

use crate::common::{golden, ogp};

/// Riverbend twice more (tests/fixtures/rules/S011/fail holds two copies of it) and Lakeside.
const RUN: [&str; 6] = [
    "check",
    "examples/riverbend",
    "examples/lakeside-status",
    "tests/fixtures/rules/S011/fail",
    "--as-of",
    "2026-11-28",
];

#[test]
fn human_output_ends_with_every_jurisdiction() {
    let (out, _, code) = ogp(&RUN);
    assert_eq!(code, 0, "warnings only: {out}");
    golden("check/registry.txt", &out);
    let table = out
        .split("── 4 jurisdictions as of 2026-11-28")
        .nth(1)
        .unwrap();
    // the clean Lakeside is listed too, with its folder and next deadline
    assert!(
        table.contains("│ Lakeside     ┆ examples/lakeside-status         ┆ active ┆ 0      ┆ 0 "),
        "{table}"
    );
}

#[test]
fn json_lists_every_jurisdiction() {
    let mut args = RUN.to_vec();
    args.extend(["--format", "json"]);
    let (out, _, _) = ogp(&args);
    golden("check/registry.json", &out);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let js = v["jurisdictions"].as_array().unwrap();
    assert_eq!(js.len(), 4);
    assert_eq!(js[1]["name"], "Lakeside");
    assert_eq!(js[1]["folder"], "examples/lakeside-status");
    assert_eq!(js[1]["status"], "active");
    assert_eq!(js[1]["errors"], 0);
    assert_eq!(js[1]["warnings"], 0);
    assert_eq!(js[1]["next_deadline"]["date"], "2026-12-31");
    assert_eq!(js[2]["warnings"], 1, "S011 counts as a warning");
}

#[test]
fn one_jurisdiction_has_no_registry_table() {
    let (out, _, _) = ogp(&["check", "examples/riverbend", "--as-of", "2026-11-28"]);
    assert!(!out.contains("next deadline  "), "{out}");
    assert!(!out.contains("┌"), "{out}");
}

#[test]
fn repeated_names_show_their_folder_in_status_and_calendar() {
    let (out, _, _) = ogp(&[
        "status",
        "examples/lakeside-status",
        "tests/fixtures/rules/S011/fail",
        "--as-of",
        "2026-11-28",
    ]);
    golden("status/repeated-names.txt", &out);
    assert!(
        out.contains("│ Lakeside "),
        "a unique name stays bare: {out}"
    );
    assert!(out.contains("(tests/fixtures/rules/S011/fail/a)"), "{out}");
    let (out, _, _) = ogp(&[
        "calendar",
        "tests/fixtures/rules/S011/fail",
        "--as-of",
        "2026-11-28",
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
    ]);
    golden("calendar/repeated-names.txt", &out);
    assert!(out.contains("(tests/fixtures/rules/S011/fail/b)"), "{out}");
}

/// Many jurisdictions under one name: each S011 names a few of the others and counts the rest,
/// so the output grows with the registry, not with its square.
#[test]
fn a_name_shared_by_many_names_a_few_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    for k in 0..6 {
        crate::hostile::copy_dir(
            &crate::common::root().join("examples/riverbend"),
            &dir.path().join(format!("rb{k}")),
        );
    }
    let (out, err, _) = ogp(&[
        "check",
        dir.path().to_str().unwrap(),
        "--as-of",
        "2026-11-28",
        "--select",
        "S011",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    let msgs: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "S011")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(msgs.len(), 6, "one per jurisdiction: {msgs:?}");
    for m in &msgs {
        assert!(
            m.starts_with("another jurisdiction in this run is also named \"Riverbend\": ")
                && m.ends_with(" and 2 more")
                && m.matches("/rb").count() == 3,
            "{m}"
        );
    }
}
