//! Paths like git. A file or folder inside a plan repository checks that
//! repository; without a PATH, the repository the current folder is inside is found upwards;
//! `ogp init .` works in a fresh clone and refuses only to overwrite a plan file.

use crate::common::{ogp, ogp_in, root};
use std::process::Command;

const AS_OF: &str = "2026-11-28";

#[test]
fn a_file_or_folder_inside_checks_its_repository() {
    let (whole, _, code) = ogp(&["check", "examples/harbor-town", "--as-of", AS_OF]);
    assert_eq!(code, 1);
    for inside in [
        "examples/harbor-town/plans/2025-2028/plan.toml",
        "examples/harbor-town/plans/2025-2028/commitments",
        "examples/harbor-town/plans/2025-2028/commitments/h1.toml",
        "examples/harbor-town/jurisdiction.toml",
    ] {
        let (out, err, code) = ogp(&["check", inside, "--as-of", AS_OF]);
        assert_eq!((code, err.as_str()), (1, ""), "{inside}");
        assert_eq!(out, whole, "{inside}");
    }
}

#[test]
fn no_path_inside_a_subfolder_finds_the_root_upwards() {
    let dir = root().join("examples/riverbend/plans/2026-2030/commitments");
    let (out, err, code) = ogp_in(&dir, &["check", "--as-of", AS_OF]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        out,
        "ok: 0 errors, 0 warnings in 1 jurisdiction as of 2026-11-28; next deadline 2026-12-15: D1 milestone: first citizens budget published\n"
    );
    let (out, _, _) = ogp_in(&dir, &["status", "--as-of", AS_OF]);
    assert!(
        out.starts_with("Riverbend is active as of 2026-11-28"),
        "{out}"
    );
}

#[test]
fn the_search_stops_at_the_top_of_a_git_repository() {
    let tmp = tempfile::tempdir().unwrap();
    // a plan repository above a git repository that holds none: not the one to check
    std::fs::write(tmp.path().join("jurisdiction.toml"), "").unwrap();
    let repo = tmp.path().join("other/docs");
    std::fs::create_dir_all(&repo).unwrap();
    std::fs::create_dir(tmp.path().join("other/.git")).unwrap();
    let (out, err, code) = ogp_in(&repo, &["check", "--as-of", AS_OF]);
    assert_eq!(code, 2, "{out}");
    assert!(out.is_empty(), "{out}");
    let out = err;
    assert!(
        out.replace("\n  │ ", " ")
            .contains(". holds no plan repository and is not inside one (no jurisdiction.toml at, below or above it)"),
        "{out}"
    );
}

/// A fresh clone: README, LICENSE, .git and .github (with a workflow of its own).
fn fresh_clone() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("README.md"), "# Our plan\n").unwrap();
    std::fs::write(d.join("LICENSE"), "CC-BY-4.0\n").unwrap();
    std::fs::create_dir_all(d.join(".github/workflows")).unwrap();
    std::fs::write(d.join(".github/workflows/ogp.yml"), "# ours\n").unwrap();
    let git = Command::new("git")
        .args(["init", "-q"])
        .current_dir(d)
        .status();
    if !git.is_ok_and(|s| s.success()) {
        // no git here: a .git folder is what a clone has all the same
        std::fs::create_dir_all(d.join(".git")).unwrap();
    }
    tmp
}

#[test]
fn init_dot_works_in_a_fresh_clone() {
    let tmp = fresh_clone();
    let d = tmp.path();
    let (out, err, code) = ogp_in(
        d,
        &[
            "init",
            ".",
            "--name",
            "Lakeview",
            "--country",
            "Freedonia",
            "--joined",
            "2026-01-15",
        ],
    );
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(
        out,
        "created a plan repository in . (11 files)\nkept what was already there: .github/workflows/ogp.yml, README.md\nnext: fill in the TODOs and placeholders, then run `ogp check .`\n"
    );
    // what was there is untouched, and nothing is staged inside the folder or beside it
    assert_eq!(
        std::fs::read_to_string(d.join("README.md")).unwrap(),
        "# Our plan\n"
    );
    assert_eq!(
        std::fs::read_to_string(d.join(".github/workflows/ogp.yml")).unwrap(),
        "# ours\n"
    );
    assert!(d.join("jurisdiction.toml").is_file());
    let hidden: Vec<_> = std::fs::read_dir(d)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("ogp-init"))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
    let (out, _, code) = ogp_in(d, &["check", "--as-of", "2026-02-01"]);
    assert_eq!(code, 0, "{out}");
    // a second init would overwrite the plan: refused, naming what is there
    let (_, err, code) = ogp_in(d, &["init", "."]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "ogp: error: . already holds jurisdiction.toml and 4 more plan files; ogp init never overwrites a plan: `ogp check .` checks it, or choose a new folder\n"
    );
}
