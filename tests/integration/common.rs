//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The languages of ogp's messages: the tests of what people read run in each.
pub const LANGS: [&str; 4] = ["en", "es", "fr", "pt"];

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the real binary with NO_COLOR set, from the project root; returns (stdout, stderr, exit code).
pub fn ogp(args: &[&str]) -> (String, String, i32) {
    ogp_in(&root(), args)
}

pub fn ogp_in(dir: &Path, args: &[&str]) -> (String, String, i32) {
    ogp_at(dir, args, None)
}

/// Like [`ogp`], with `$GITHUB_STEP_SUMMARY` set to `summary`.
pub fn ogp_with_summary(args: &[&str], summary: &Path) -> (String, String, i32) {
    ogp_at(&root(), args, Some(summary))
}

fn ogp_at(dir: &Path, args: &[&str], summary: Option<&Path>) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ogp"));
    // The fixtures live in ogp's own repository, whose history is not a plan's: the history
    // audit (C211) has its own tests on repositories built for it (tests/integration/git.rs).
    cmd.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("OGP_NO_HISTORY", "1")
        // English, whatever the machine's locale: the goldens are English; the other
        // languages are asked for with --lang
        .env_remove("OGP_LANG")
        .env("LC_ALL", "C");
    match summary {
        Some(s) => cmd.env("GITHUB_STEP_SUMMARY", s),
        None => cmd.env_remove("GITHUB_STEP_SUMMARY"),
    };
    let out = cmd.output().expect("run ogp");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Copies a folder tree (a fixture into a temporary folder).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// Compares `actual` with the golden file; `OGP_BLESS=1` rewrites it.
pub fn golden(rel: &str, actual: &str) {
    let path = root().join("tests/golden").join(rel);
    if std::env::var_os("OGP_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing golden file {}; run with OGP_BLESS=1",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "output differs from {} (run with OGP_BLESS=1 to accept):\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// A copy of the clean rule-fixture base (tests/fixtures/base) as `plan/` in a new temporary
/// folder, with each `(file, old, new)` edit made once.
pub fn base_copy(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path().join("plan");
    crate::hostile::copy_dir(&root().join("tests/fixtures/base"), &r);
    for (file, old, new) in edits {
        let p = r.join(file);
        let t = std::fs::read_to_string(&p).unwrap();
        assert!(t.contains(old), "{file} has no {old:?}");
        std::fs::write(&p, t.replacen(old, new, 1)).unwrap();
    }
    tmp
}

/// Every subcommand that takes `--format`, with every value it accepts, read from the command
/// line itself — the values are the variants of the `Format` enums in `ogp::render` — so a new
/// format, or a new command with formats, is in every test that iterates this list.
pub fn formats() -> Vec<(String, Vec<String>)> {
    use clap::CommandFactory;
    let mut cli = ogp::cli::Cli::command();
    cli.build();
    cli.get_subcommands()
        .filter_map(|sub| {
            let arg = sub.get_arguments().find(|a| a.get_id() == "format")?;
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .map(|v| v.get_name().to_string())
                .collect();
            Some((sub.get_name().to_string(), values))
        })
        .collect()
}

/// The `--format` values of one subcommand (see [`formats`]).
pub fn formats_of(cmd: &str) -> Vec<String> {
    formats()
        .into_iter()
        .find(|(c, _)| c == cmd)
        .map(|(_, f)| f)
        .unwrap_or_else(|| panic!("`ogp {cmd}` takes no --format"))
}
