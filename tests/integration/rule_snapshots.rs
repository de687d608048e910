//! The exact output of every rule fixture case: `tests/fixtures/rules/<CODE>/<case>.snap`, next
//! to the case's folder, holds what `ogp check tests/fixtures/rules/<CODE>/<case> --as-of
//! <date>` prints (human format, no colour, 100 columns, no git history), so a change of a
//! message, a label, a help text, a position or the summary line shows in review as a diff of
//! the rule's own files. C211, judged from git history, has its exact output checked by
//! tests/integration/git.rs instead.
//!
//! A case checked as of today (S008's, `as_of = "none"`) depends on the day the test runs: there
//! today's date reads `[today]` and the summary's next deadline `[after today]`.
//!
//! Refresh after a deliberate change, then review the diff:
//!
//! ```sh
//! INSTA_UPDATE=always cargo test --locked --test integration rule_snapshots
//! ```
//!
//! (or `cargo insta test` / `cargo insta review` where cargo-insta is installed). Without it a
//! changed output fails and leaves `<case>.snap.new` beside the snapshot; with `CI=true` nothing
//! is written.

use crate::common::{ogp, root};
use crate::rules_fixtures::{Case, cases};
use std::path::{Path, PathBuf};

/// The folder of a case as the command line names it: relative to the repository, so the
/// paths in the output are the same on every machine.
fn relative(case: &Case) -> PathBuf {
    case.dir
        .strip_prefix(root())
        .expect("fixtures are inside the repository")
        .to_path_buf()
}

/// What `ogp check DIR --as-of DATE` prints for the case: the report the command builds (with
/// the next deadline, without git history) rendered by the human renderer at 100 columns, as the
/// command does when its output is not a terminal.
fn human(case: &Case, dir: &Path) -> String {
    let settings = ogp::pipeline::Settings::new(case.opts);
    let report = ogp::pipeline::collect(&[dir.to_path_buf()], &settings)
        .unwrap_or_else(|e| panic!("{}: {}", case.label(), e.0));
    let out = ogp::render::check::human::render(&report, false, 100, ogp::i18n::Lang::En);
    if case.opts.as_of_given {
        return out;
    }
    // as of today: keep what does not move with the date
    let today = case.opts.as_of.to_string();
    let out = match out.rfind("; next deadline ") {
        Some(i) => format!("{}; next deadline [after today]\n", &out[..i]),
        None => out,
    };
    out.replace(&today, "[today]")
}

/// The command the snapshot shows, for its `description`.
fn command(case: &Case, dir: &Path) -> String {
    let dir = dir.to_string_lossy().replace('\\', "/");
    if case.opts.as_of_given {
        format!("ogp check {dir} --as-of {}", case.opts.as_of)
    } else {
        format!("ogp check {dir} (as of today)")
    }
}

#[test]
fn every_rule_fixture_case_prints_its_snapshot() {
    // the paths are given relative to the repository, as in the snapshots
    assert_eq!(
        std::env::current_dir().unwrap().canonicalize().unwrap(),
        root().canonicalize().unwrap(),
        "cargo runs the tests from the package root"
    );
    let mut failed = Vec::new();
    let mut n = 0;
    for case in cases() {
        let dir = relative(&case);
        let out = human(&case, &dir);
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(case.dir.parent().unwrap());
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_description(command(&case, &dir));
        let name = case.name.clone();
        let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name, out));
        }));
        if ok.is_err() {
            failed.push(case.label());
        }
        n += 1;
    }
    assert!(n >= 200, "only {n} cases: the fixtures were not found");
    assert!(
        failed.is_empty(),
        "{} of {n} outputs differ from their snapshots: {}\n\
         (INSTA_UPDATE=always cargo test --locked --test integration rule_snapshots rewrites them; review the diff)",
        failed.len(),
        failed.join(", ")
    );
}

/// Every snapshot belongs to a case: a case renamed or removed in generate.py leaves none behind.
#[test]
fn no_snapshot_outlives_its_case() {
    let mut stale = Vec::new();
    for e in std::fs::read_dir(root().join("tests/fixtures/rules"))
        .unwrap()
        .flatten()
    {
        for f in std::fs::read_dir(e.path()).unwrap().flatten() {
            let name = f.file_name().to_string_lossy().into_owned();
            if let Some(case) = name.strip_suffix(".snap") {
                if !e.path().join(case).is_dir() {
                    stale.push(format!("{}/{name}", e.file_name().to_string_lossy()));
                }
            }
        }
    }
    assert!(stale.is_empty(), "snapshots without a case: {stale:?}");
}

/// The snapshots are what the command prints: the real binary, for a failing case, a passing
/// one, and a run over two jurisdictions (S011, whose output ends with their table).
#[test]
fn snapshots_are_the_commands_output() {
    for label in ["C208/fail", "C208/pass", "S011/fail"] {
        let case = cases().into_iter().find(|c| c.label() == label).unwrap();
        let dir = relative(&case);
        let date = case.opts.as_of.to_string();
        let (out, _, _) = ogp(&["check", dir.to_str().unwrap(), "--as-of", &date]);
        assert_eq!(out, human(&case, &dir), "{label}");
    }
}
