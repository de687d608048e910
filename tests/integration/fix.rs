//! `ogp check --fix` makes only the safe, mechanical repairs, editing just
//! those bytes; `--diff` shows them without writing; a file that would not parse afterwards is
//! left as it was; nothing else in the folder is touched.

use crate::common::{base_copy, golden, ogp_in, root};
use std::collections::BTreeMap;
use std::path::Path;

const C1: &str = "plans/2026-2029/commitments/c1.toml";
const PLAN: &str = "plans/2026-2029/plan.toml";

/// A copy of the clean base as `plan/`, with mistakes typed into c1.toml and plan.toml.
fn mistyped() -> tempfile::TempDir {
    base_copy(&[
        (
            PLAN,
            "submitted = 2026-05-15",
            "submitted = \"2026-05-15\"   # sent by email",
        ),
        (
            C1,
            "title = \"Open budget data\"",
            "title = “Open budget data”",
        ),
        (C1, "start = 2026-06-01", "start = 2026-6-1"),
        (C1, "end = 2027-05-31", "end = 31/05/2027 # as agreed"),
        (C1, "problem = ", "porblem = "),
    ])
}

fn edit(p: &Path, old: &str, new: &str) {
    let t = std::fs::read_to_string(p).unwrap();
    assert!(t.contains(old), "{} has no {old:?}", p.display());
    std::fs::write(p, t.replacen(old, new, 1)).unwrap();
}

/// Every file below `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn run(dir: &Path, extra: &[&str]) -> (String, String, i32) {
    let mut args = vec!["check", "plan", "--as-of", "2027-09-15"];
    args.extend_from_slice(extra);
    ogp_in(dir, &args)
}

#[test]
fn diff_shows_the_repairs_and_writes_nothing() {
    let tmp = mistyped();
    let before = snapshot(tmp.path());
    let (out, err, code) = run(tmp.path(), &["--diff"]);
    assert_eq!(code, 1, "something to repair: {err}");
    golden("fix/diff.txt", &out);
    assert_eq!(snapshot(tmp.path()), before, "--diff wrote something");
}

#[test]
fn fix_edits_just_the_mistakes_and_says_so() {
    let tmp = mistyped();
    let before = snapshot(tmp.path());
    let (out, err, code) = run(tmp.path(), &["--fix"]);
    golden("fix/fix-stderr.txt", &err);
    assert_eq!(code, 0, "all repaired, the check passes: {out}");
    assert!(out.starts_with("ok: 0 errors, 0 warnings"), "{out}");
    let after = snapshot(tmp.path());
    // the same files, and only the two edited ones differ
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    let changed: Vec<&String> = after.keys().filter(|k| after[*k] != before[*k]).collect();
    assert_eq!(changed.len(), 2, "{changed:?}");
    // the files are the base again, but for the comments the user wrote, which stay
    let base =
        |f: &str| std::fs::read_to_string(root().join("tests/fixtures/base").join(f)).unwrap();
    let read = |f: &str| std::fs::read_to_string(tmp.path().join("plan").join(f)).unwrap();
    assert_eq!(
        read(PLAN),
        base(PLAN).replace(
            "submitted = 2026-05-15",
            "submitted = 2026-05-15   # sent by email"
        )
    );
    assert_eq!(
        read(C1),
        base(C1).replace("end = 2027-05-31", "end = 2027-05-31 # as agreed")
    );
    // a second run has nothing left to do
    let (_, err, code) = run(tmp.path(), &["--fix"]);
    assert_eq!((err.as_str(), code), ("nothing to fix automatically\n", 0));
}

#[test]
fn a_file_that_would_not_parse_is_left_as_it_was() {
    let tmp = mistyped();
    let r = tmp.path().join("plan");
    // an ambiguous date (1 June or 6 January?) is no mechanical repair: c1.toml stays broken
    edit(
        &r.join(C1),
        "completed = 2027-05-20",
        "completed = 1/6/2027",
    );
    let c1 = std::fs::read(r.join(C1)).unwrap();
    let (_, err, code) = run(tmp.path(), &["--fix"]);
    assert_eq!(code, 1);
    assert_eq!(
        std::fs::read(r.join(C1)).unwrap(),
        c1,
        "c1.toml was changed"
    );
    assert!(
        err.starts_with("not fixed plan/plans/2026-2029/commitments/c1.toml: the file would still not be valid TOML after the repair"),
        "{err}"
    );
    assert!(
        err.ends_with("fixed 1 mistake in 1 file\n"),
        "plan.toml still is: {err}"
    );
}
