//! Nothing lost: every command but `ogp init` only reads the plan tree. Each command below runs
//! in a copy of the examples, and every file and folder must be byte-identical afterwards.
//! Every `--format` of every command runs too ([`with_every_format`] reads them from the
//! command line); a new read-only command is one more line in [`COMMANDS`].

use crate::common::root;
use crate::hostile::{copy_dir, run_in};
use std::collections::BTreeMap;
use std::path::Path;

/// Argument vectors run in the copy, besides every format of every command; `.` and the
/// jurisdiction folders are plan trees.
const COMMANDS: &[&[&str]] = &[
    &["check"],
    &["check", "."],
    &["check", "riverbend", "harbor-town", "--deny-warnings"],
    &["check", ".", "--as-of", "2027-01-15", "--color", "always"],
    &[
        "check",
        "riverbend",
        "--ignore",
        "C2",
        "--select",
        "S,P,C,M,R,T",
    ],
    &["status", "."],
    &["calendar", "riverbend"],
    &["timeline", "riverbend"],
    &["timeline", "riverbend", "--plan", "all", "--by", "quarter"],
    &["agenda", "riverbend"],
    &["completions", "bash"],
    &["man"],
    &["rules"],
    &["explain", "C201"],
    &["explain", "commitment-cap"],
    &["schema"],
    &["--help"],
    &["check", "--help"],
];

/// [`COMMANDS`], then each command with `--format` once per value it accepts.
fn with_every_format() -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = COMMANDS
        .iter()
        .map(|a| a.iter().map(|s| s.to_string()).collect())
        .collect();
    for (cmd, formats) in crate::common::formats() {
        // what each command is pointed at: many jurisdictions where it takes many
        let target = match cmd.as_str() {
            "check" | "status" => ".",
            "explain" => "C201",
            _ => "riverbend",
        };
        for f in formats {
            all.push(vec![cmd.clone(), target.into(), "--format".into(), f]);
        }
    }
    all
}

/// Every entry under `dir`: files with their bytes, folders and links as markers.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap())
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let p = e.path();
            let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
            let t = e.file_type().unwrap();
            if t.is_dir() {
                out.insert(format!("{rel}/"), Vec::new());
                walk(base, &p, out);
            } else if t.is_symlink() {
                out.insert(
                    rel,
                    std::fs::read_link(&p)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned()
                        .into_bytes(),
                );
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

#[test]
fn read_only_commands_leave_the_plan_tree_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples"), tmp.path());
    copy_dir(
        &root().join("tests/fixtures/hostile"),
        &tmp.path().join("hostile"),
    );
    let before = snapshot(tmp.path());
    assert!(before.len() > 40, "the copy holds the examples");
    for args in with_every_format() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run_in(tmp.path(), &args);
        assert!(
            out.code == 0 || out.code == 1,
            "{args:?}: exit {}: {}",
            out.code,
            out.stderr
        );
        let after = snapshot(tmp.path());
        let changed: Vec<&String> = before
            .keys()
            .chain(after.keys())
            .filter(|k| before.get(*k) != after.get(*k))
            .collect();
        assert!(changed.is_empty(), "ogp {args:?} changed {changed:?}");
    }
}

#[test]
fn init_never_overwrites_a_plan_tree() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples"), tmp.path());
    let before = snapshot(tmp.path());
    for args in [
        &["init", "riverbend"][..],
        &[
            "init",
            "riverbend",
            "--name",
            "Other",
            "--country",
            "X",
            "--joined",
            "2027-01-01",
        ],
        &["init", "harbor-town/plans/.."],
    ] {
        let out = run_in(tmp.path(), args);
        assert_eq!(out.code, 2, "{args:?} must refuse: {}", out.stderr);
        assert!(!out.stderr.is_empty(), "{args:?} says why");
    }
    assert!(
        snapshot(tmp.path()) == before,
        "init changed an existing plan tree"
    );
}
