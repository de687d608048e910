//! Fingerprints never drift: users keep them in waivers and code scanning matches alerts by
//! them, so the fingerprint of every finding of every rule fixture case and every bundled
//! example is pinned in tests/golden/fingerprints.txt, and so is which finding folds under
//! which (a follower is listed indented under its cause). A change to how a finding says what it
//! is about (its typed payload) or to how findings fold shows here as a diff; refresh with
//! `OGP_BLESS=1 cargo test --locked --test integration fingerprints` only when the change is
//! meant, and say so to users.

use crate::common::{golden, root};
use ogp::diag::Finding;
use ogp::rules::Options;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn options(day: &str) -> Options {
    Options {
        as_of: day.parse().expect("a date"),
        as_of_given: true,
    }
}

fn line(out: &mut String, indent: &str, f: &Finding) {
    writeln!(out, "{indent}{} {}", f.rule.code, f.fingerprint).unwrap();
    for g in &f.follows {
        line(out, &format!("{indent}  "), g);
    }
}

/// Every fingerprint of the findings of `dir` checked as of `opts`, causes first with their
/// followers under them.
fn fingerprints(label: &str, dir: &Path, opts: Options) -> String {
    // relative to the repository, as a user names a folder: a path that names no jurisdiction
    // (an orphan finding) is fingerprinted by the path as given, the same on every machine
    let dir = dir.strip_prefix(root()).unwrap_or(dir);
    let report = ogp::pipeline::collect(&[dir.to_path_buf()], &ogp::pipeline::Settings::new(opts))
        .unwrap_or_else(|e| panic!("{label}: {}", e.0));
    let mut out = format!("{label}\n");
    for f in report.checked.iter().flat_map(|c| c.findings.iter()) {
        line(&mut out, "  ", f);
    }
    for (_, f) in &report.orphans {
        line(&mut out, "  orphan ", f);
    }
    out
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

/// The `as_of` of a rule fixture case (its `[case.<name>]` table, else the file's), `None` for
/// a case checked as of today, whose findings move with the date.
fn as_of(rule_dir: &Path, name: &str) -> Option<String> {
    let text = std::fs::read_to_string(rule_dir.join("case.toml")).ok()?;
    let v: toml::Table = toml::from_str(&text).ok()?;
    let own = v
        .get("case")
        .and_then(|c| c.get(name))
        .and_then(|c| c.get("as_of"))
        .and_then(|s| s.as_str());
    let day = own.or_else(|| v.get("as_of").and_then(|s| s.as_str()))?;
    (day != "none").then(|| day.to_string())
}

#[test]
fn fingerprints_of_every_fixture_and_example_are_pinned() {
    let mut out = String::new();
    for (example, day) in [
        ("riverbend", "2026-11-28"),
        ("river-valley-joint", "2026-11-28"),
        ("harbor-town", "2027-03-01"),
        ("lakeside-status", "2026-11-28"),
    ] {
        let dir = root().join("examples").join(example);
        out.push_str(&fingerprints(
            &format!("examples/{example} {day}"),
            &dir,
            options(day),
        ));
    }
    for (fixture, day) in [
        ("eco", "2027-01-15"),
        ("hostile", "2027-01-15"),
        ("hostile-text", "2027-01-15"),
        ("calendar/late", "2027-01-15"),
        ("status/registry", "2028-02-01"),
    ] {
        let dir = root().join("tests/fixtures").join(fixture);
        out.push_str(&fingerprints(
            &format!("tests/fixtures/{fixture} {day}"),
            &dir,
            options(day),
        ));
    }
    for rule_dir in sorted_dirs(&root().join("tests/fixtures/rules")) {
        let code = rule_dir.file_name().unwrap().to_string_lossy().into_owned();
        for case in sorted_dirs(&rule_dir) {
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            let Some(day) = as_of(&rule_dir, &name) else {
                continue;
            };
            out.push_str(&fingerprints(
                &format!("rules/{code}/{name} {day}"),
                &case,
                options(&day),
            ));
        }
    }
    golden("fingerprints.txt", &out);
}
