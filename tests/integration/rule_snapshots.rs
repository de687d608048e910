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
//! Each case compares its snapshot in its own test (rule_cases.rs). Refresh a rule's snapshots
//! after a deliberate change, then review the diff:
//!
//! ```sh
//! scripts/bless.sh P101        # P101's cases and the files generated from the rule registry
//! scripts/bless.sh             # every case
//! ```
//!
//! (the script runs `INSTA_UPDATE=always OGP_BLESS=1 cargo test --locked --test integration`
//! with the rule's tests as the filter; `cargo insta review` works too where cargo-insta is
//! installed). Without `INSTA_UPDATE=always` a changed output fails and leaves
//! `<case>.snap.new` beside the snapshot; with `CI=true` nothing is written.

use crate::common::{ogp, root};
use crate::rules_fixtures::{Case, cases};
use std::path::{Path, PathBuf};

/// The folder of a case as the command line names it: relative to the repository, so the
/// paths in the output are the same on every machine.
pub fn relative(case: &Case) -> PathBuf {
    case.dir
        .strip_prefix(root())
        .expect("fixtures are inside the repository")
        .to_path_buf()
}

/// The report `ogp check DIR --as-of DATE` builds for the case (with the next deadline, without
/// git history); `dir` is the case's folder as the command line names it.
pub fn report(case: &Case, dir: &Path) -> ogp::pipeline::Report {
    let settings = ogp::pipeline::Settings::new(case.opts);
    ogp::pipeline::collect(&[dir.to_path_buf()], &settings)
        .unwrap_or_else(|e| panic!("{}: {}", case.label(), e.0))
}

/// What `ogp check DIR --as-of DATE` prints for the case: its report rendered by the human
/// renderer at 100 columns, as the command does when its output is not a terminal.
fn human(case: &Case, dir: &Path) -> String {
    render(case, &report(case, dir))
}

/// The case's report as the command prints it, with what moves with today's date masked.
fn render(case: &Case, report: &ogp::pipeline::Report) -> String {
    let out = ogp::render::check::human::render(report, false, 100, ogp::i18n::Lang::En);
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

/// Compares the case's output with `tests/fixtures/rules/<CODE>/<case>.snap` (insta prints the
/// difference, and `INSTA_UPDATE=always` rewrites the file); says what is wrong, if anything.
pub fn snapshot(case: &Case, dir: &Path, report: &ogp::pipeline::Report) -> Option<String> {
    let out = render(case, report);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(case.dir.parent().unwrap());
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(command(case, dir));
    let name = case.name.clone();
    let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        settings.bind(|| insta::assert_snapshot!(name, out));
    }));
    ok.is_err().then(|| {
        format!(
            "{}: the output differs from {}.snap (the difference is above; \
             scripts/bless.sh {} rewrites it: review the diff)",
            case.label(),
            dir.display(),
            case.code
        )
    })
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
