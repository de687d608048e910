//! Words never decide: rewording every message (or emptying it) folds the same findings under
//! the same causes and makes the same `--fix` repairs, because folding and fixing read the
//! findings' typed payload and rule, never their text.

use crate::diag::Finding;
use crate::report::Report;
use crate::rules::Options;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn report(dir: &Path, day: &str) -> Report {
    crate::pipeline::collect(
        &[dir.to_path_buf()],
        &crate::pipeline::Settings::new(options(day)),
    )
    .unwrap_or_else(|e| panic!("{}: {}", dir.display(), e.0))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A copy of the clean fixture base (tests/fixtures/base) with `new` for `old` in `file`.
fn base_with(file: &str, old: &str, new: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&root().join("tests/fixtures/base"), tmp.path());
    let path = tmp.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(old), "{file} has no {old:?}");
    std::fs::write(&path, text.replacen(old, new, 1)).unwrap();
    tmp
}

/// The findings as a tree: rule and fingerprint of each, its followers indented under it.
fn tree(v: &[Finding]) -> String {
    fn one(out: &mut String, indent: usize, f: &Finding) {
        out.push_str(&format!(
            "{:indent$}{} {}\n",
            "", f.rule.code, f.fingerprint
        ));
        for g in &f.follows {
            one(out, indent + 2, g);
        }
    }
    let mut out = String::new();
    for f in v {
        one(&mut out, 0, f);
    }
    out
}

/// Each finding with its followers, unfolded, as the rules returned them.
fn unfold(v: Vec<Finding>) -> Vec<Finding> {
    let mut out = Vec::new();
    for mut f in v {
        let follows = std::mem::take(&mut f.follows);
        out.push(f);
        out.extend(unfold(follows));
    }
    out
}

/// New words for a finding: `Some(text)` the same text for every finding, `None` a text of
/// its own for each place (a loader's finding and its copy in the report keep matching).
fn reword(f: &mut Finding, same: Option<&str>) {
    let words = match same {
        Some(t) => t.to_string(),
        None => format!(
            "reworded {} at {:?}",
            f.rule.code,
            f.primary.as_ref().map(|l| (l.file, l.span.clone()))
        ),
    };
    f.message = words.clone().into();
    f.help = Some(words.into());
}

fn options(day: &str) -> Options {
    Options {
        as_of: day.parse().expect("a date"),
        as_of_given: true,
    }
}

/// Checks the jurisdiction at `dir`, then folds its findings again after rewording every
/// message (the loader's own findings too), and returns the tree before and after.
fn refold(dir: &Path, day: &str, same: Option<&str>) -> (String, String) {
    let mut j = crate::load::load(dir);
    let found = crate::rules::check(&j, options(day));
    for f in &mut j.findings {
        reword(f, same);
    }
    let mut v = unfold(found.clone());
    for f in &mut v {
        reword(f, same);
    }
    crate::rules::sort(&j, &mut v);
    super::fold(&j, &mut v);
    (tree(&found), tree(&v))
}

fn folds_the_same(dir: &Path, day: &str) {
    for same in [None, Some(""), Some("the same words")] {
        let (before, after) = refold(dir, day, same);
        assert_eq!(
            before,
            after,
            "{} reworded as {same:?} folds otherwise",
            dir.display()
        );
    }
}

#[test]
fn rewording_messages_folds_the_same_findings_under_the_same_causes() {
    for (dir, day) in [
        ("examples/harbor-town", "2027-03-01"),
        ("examples/riverbend", "2026-11-28"),
        ("tests/fixtures/hostile", "2027-01-15"),
        ("tests/fixtures/hostile-text", "2027-01-15"),
        ("tests/fixtures/eco/riverside", "2027-01-15"),
        (
            "tests/fixtures/rules/S002/fail-datetime-in-array",
            "2027-09-15",
        ),
    ] {
        folds_the_same(&root().join(dir), day);
    }
}

/// A commitment file copied without changing its id: the S005 and the tracker's entries for
/// the id it should have had (S004), whatever either message says.
#[test]
fn a_reworded_duplicate_id_still_folds_the_unknown_ids_under_it() {
    let tmp = base_with(
        "plans/2026-2029/commitments/c2.toml",
        "id = \"C2\"",
        "id = \"C1\"",
    );
    let dir = tmp.path();
    folds_the_same(dir, "2027-09-15");
    for same in [None, Some("")] {
        let (_, after) = refold(dir, "2027-09-15", same);
        let lines: Vec<&str> = after.lines().collect();
        assert!(lines[0].starts_with("S005 "), "{after}");
        assert_eq!(
            lines[1..]
                .iter()
                .filter(|l| l.starts_with("  S004 "))
                .count(),
            13,
            "{after}"
        );
        assert!(
            !lines.iter().any(|l| l.starts_with("S004 ")),
            "no S004 stands on its own: {after}"
        );
    }
}

/// A commitment whose id changed while the tracker still names the old one: every tracker
/// entry states the same unknown id, and they fold into the first, whatever the words.
#[test]
fn reworded_findings_stating_the_same_unknown_id_fold_into_one() {
    let tmp = base_with(
        "plans/2026-2029/commitments/c2.toml",
        "id = \"C2\"",
        "id = \"C9\"",
    );
    let dir = tmp.path();
    folds_the_same(dir, "2027-09-15");
    let (before, _) = refold(dir, "2027-09-15", None);
    let causes: Vec<&str> = before.lines().filter(|l| l.starts_with("S004 ")).collect();
    assert_eq!(causes.len(), 1, "{before}");
    assert_eq!(before.matches("  S004 ").count(), 12, "{before}");
}

/// `--fix` makes the same repairs whatever the findings say.
#[test]
fn rewording_messages_makes_the_same_repairs() {
    // an id and a key written in another case (S004, S003), each with its repair
    let tmp = base_with("plans/2026-2029/tracker.toml", "C1 = 5", "c1 = 5");
    let c1 = tmp.path().join("plans/2026-2029/commitments/c1.toml");
    let text = std::fs::read_to_string(&c1).unwrap();
    std::fs::write(&c1, text.replacen("title = ", "Title = ", 1)).unwrap();
    let repairs = |same: Option<&str>| {
        let mut r = report(tmp.path(), "2027-09-15");
        for c in &mut r.checked {
            for f in &mut c.findings {
                reword(f, same);
                for g in &mut f.follows {
                    reword(g, same);
                }
            }
        }
        let (fixes, skipped) = crate::fix::plan(&r);
        assert!(skipped.is_empty(), "{skipped:?}");
        fixes
            .into_iter()
            .map(|f| (f.path, f.after))
            .collect::<Vec<_>>()
    };
    let unchanged = repairs(Some("unchanged"));
    assert_eq!(unchanged.len(), 2, "two files repaired: {unchanged:?}");
    assert!(unchanged.iter().any(|(_, after)| after.contains("C1 = 5")));
    assert!(
        unchanged
            .iter()
            .any(|(_, after)| after.contains("\ntitle = "))
    );
    assert_eq!(repairs(None), unchanged);
    assert_eq!(repairs(Some("")), unchanged);
}

/// A byte-order mark in several files, and a Markdown fence's opening and closing lines: each
/// one mistake, folded into its first finding whatever the words.
#[test]
fn a_reworded_byte_order_mark_and_fence_still_fold() {
    let tmp = base_with("jurisdiction.toml", "", "\u{feff}");
    let dir = tmp.path();
    let plan = dir.join("plans/2026-2029/plan.toml");
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(&plan, format!("\u{feff}{text}")).unwrap();
    let c1 = dir.join("plans/2026-2029/commitments/c1.toml");
    let text = std::fs::read_to_string(&c1).unwrap();
    std::fs::write(&c1, format!("```toml\n{text}```\n")).unwrap();
    folds_the_same(dir, "2027-09-15");
    let (before, _) = refold(dir, "2027-09-15", None);
    let top: Vec<&str> = before.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(top.len(), 2, "one BOM, one fence: {before}");
    assert_eq!(
        before.lines().count(),
        4,
        "each with one follower: {before}"
    );
}
