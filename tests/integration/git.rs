//! `ogp` against real git repositories, built in temporary folders with the `git` command line
//! (real commits with set author and committer dates): the history audit (C211, whose
//! failing and passing cases live here since a folder cannot hold a history), `--new-since`,
//! fingerprints that survive reformatting and moved lines, shallow clones, and the
//! operational errors. Without `git` each test says it was skipped; with CI set it fails.

use crate::common::{copy_dir as copy, root};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether `git` runs here. Without it a test is skipped, loudly; under CI that is a failure.
pub(crate) fn have_git() -> bool {
    let ok = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "git is not installed, and CI is set: install git (the tests build real repositories)"
        );
        eprintln!("skipped: git is not installed");
    }
    ok
}

/// A plan repository in a temporary folder. The plan files start as tests/fixtures/base/ at
/// `sub` (the repository's top folder when empty).
pub(crate) struct Repo {
    pub(crate) dir: tempfile::TempDir,
}

impl Repo {
    pub(crate) fn new() -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let r = Repo { dir };
        r.git(&["init", "-q", "-b", "main", "."]);
        r
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn git(&self, args: &[&str]) -> String {
        self.git_at(args, "2026-01-01")
    }

    /// Runs git with author and committer dated `date` (noon UTC), no user configuration.
    pub(crate) fn git_at(&self, args: &[&str], date: &str) -> String {
        let stamp = format!("{date}T12:00:00+00:00");
        let out = Command::new("git")
            .args([
                "-c",
                "user.name=Point of Contact",
                "-c",
                "user.email=poc@example.org",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "core.autocrlf=false",
            ])
            .args(args)
            .current_dir(self.path())
            .env("GIT_AUTHOR_DATE", &stamp)
            .env("GIT_COMMITTER_DATE", &stamp)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .expect("run git");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Copies the clean fixture into `sub`.
    pub(crate) fn base(&self, sub: &str) {
        copy(&root().join("tests/fixtures/base"), &self.path().join(sub));
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    pub(crate) fn write(&self, rel: &str, text: &str) {
        let p = self.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Replaces `from` (which must be there) by `to` in a file.
    pub(crate) fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} has no {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    /// Commits everything, dated `date`; returns the commit id.
    pub(crate) fn commit(&self, date: &str, msg: &str) -> String {
        self.git_at(&["add", "-A"], date);
        self.git_at(&["commit", "-q", "--allow-empty", "-m", msg], date);
        self.git(&["rev-parse", "HEAD"])
    }

    /// `ogp` in the repository, history audit on (the other test files turn it off).
    pub(crate) fn ogp(&self, args: &[&str]) -> (String, String, i32) {
        ogp_in(self.path(), args)
    }
}

pub(crate) fn ogp_in(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_ogp"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("OGP_NO_HISTORY")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("run ogp");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The clean plan (tests/fixtures/base) committed as submitted, on 2026-05-10; `None` without
/// git.
pub(crate) fn submitted_plan() -> Option<Repo> {
    if !have_git() {
        return None;
    }
    let r = Repo::new();
    r.base("");
    r.commit("2026-05-10", "the plan as submitted");
    Some(r)
}

pub(crate) const C1: &str = "plans/2026-2029/commitments/c1.toml";
pub(crate) const C2: &str = "plans/2026-2029/commitments/c2.toml";

/// (rule, severity, message) of every diagnostic of a JSON report.
pub(crate) fn diags(json: &str) -> Vec<(String, String, String)> {
    let v: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

pub(crate) fn check_json(r: &Repo, path: &str, as_of: &str) -> (Value, i32) {
    let (out, err, code) = r.ogp(&["check", path, "--format", "json", "--as-of", as_of]);
    assert!(code != 2, "{err}");
    (serde_json::from_str(&out).unwrap(), code)
}

pub(crate) fn of_rule(v: &Value, rule: &str) -> Vec<(String, String)> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == rule)
        .map(|d| {
            (
                d["severity"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// (severity, message) of the C211 findings of the repository as of a day.
pub(crate) fn c211(r: &Repo, as_of: &str) -> Vec<(String, String)> {
    of_rule(&check_json(r, ".", as_of).0, "C211")
}

// ---- C211 unrecorded-change: failing cases -------------------------------------------------

#[test]
fn c211_fail_an_edit_after_the_window_is_an_error_with_commit_and_date() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    let id = r.commit("2026-12-10", "move C2's end");
    let (v, code) = check_json(&r, ".", "2027-01-15");
    assert_eq!(
        diags(&serde_json::to_string(&v).unwrap()),
        vec![(
            "C211".to_string(),
            "error".to_string(),
            format!(
                "commit {} on 2026-12-10 changed commitment C2: `end` 2028-05-31 → 2028-06-30; no [[change]] of it is dated within 30 days of that day",
                &id[..12]
            )
        )]
    );
    assert_eq!(code, 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["path"], C2);
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(1), Some(6))
    );
    assert_eq!(d["closed"], false);
    assert_eq!(v["summary"]["notes"], serde_json::json!([]));
}

#[test]
fn c211_fail_within_the_window_is_a_warning_and_names_every_substantive_edit() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.edit(
        C1,
        "title = \"Open budget data\"",
        "title = \"Open contracting data\"",
    );
    r.edit(C1, "lead = \"finance-dept\"", "lead = \"mayor-office\"");
    r.edit(C1, "due = 2027-05-15", "due = 2027-04-15");
    r.edit(
        C1,
        "[[milestone]]\ntitle = \"Publish monthly spending data\"",
        "[[milestone]]\ntitle = \"Publish a contracts register\"\ndue = 2027-02-28\ndone = 2027-02-01\n\n[[milestone]]\ntitle = \"Publish monthly spending data\"",
    );
    let id = r.commit("2026-08-03", "rework C1");
    let (v, code) = check_json(&r, ".", "2027-01-15");
    assert_eq!(
        of_rule(&v, "C211"),
        vec![(
            "warning".to_string(),
            format!(
                "commit {} on 2026-08-03 changed commitment C1: `title` \"Open budget data\" → \"Open contracting data\", `lead` finance-dept → mayor-office, milestone \"Publish monthly spending data\": `due` 2027-05-15 → 2027-04-15, milestone \"Publish a contracts register\" added; no [[change]] of it is dated within 30 days of that day",
                &id[..12]
            )
        )]
    );
    assert_eq!(code, 0, "a warning does not fail the run");
}

#[test]
fn c211_fail_a_deleted_commitment_points_at_its_plan_folder() {
    let Some(r) = submitted_plan() else {
        return;
    };
    std::fs::remove_file(r.path().join(C2)).unwrap();
    let id = r.commit("2027-01-05", "drop C2");
    let (v, _) = check_json(&r, ".", "2027-01-15");
    assert_eq!(
        of_rule(&v, "C211"),
        vec![(
            "error".to_string(),
            format!(
                "commit {} on 2027-01-05 deleted commitment C2: the file was deleted; no [[change]] of it is dated within 30 days of that day",
                &id[..12]
            )
        )]
    );
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "C211")
        .unwrap();
    assert_eq!(d["path"], "plans/2026-2029");
}

#[test]
fn c211_fail_only_commits_dated_by_the_as_of_date_count() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.edit(C2, "due = 2027-03-31", "due = 2027-06-30");
    r.commit("2027-02-01", "move a milestone");
    assert_eq!(
        of_rule(&check_json(&r, ".", "2027-01-31").0, "C211"),
        vec![]
    );
    assert_eq!(
        of_rule(&check_json(&r, ".", "2027-02-01").0, "C211").len(),
        1
    );
}

// ---- C211 unrecorded-change: passing cases -------------------------------------------------

#[test]
fn c211_pass_an_edit_with_a_change_recorded_within_30_days() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    r.write(
        C2,
        &(r.read(C2)
            + "\n[[change]]\ndate = 2026-07-20\nsummary = \"Second cycle moved by a month.\"\napproved_by = [\"cso-open\"]\ncommunicated = 2026-07-25\n"),
    );
    r.commit("2026-08-03", "record the change and move C2's end");
    assert_eq!(c211(&r, "2027-01-15"), vec![]);
}

#[test]
fn c211_pass_creation_typos_other_keys_and_co_creation_edits_are_no_change() {
    if !have_git() {
        return;
    }
    let r = Repo::new();
    r.base("");
    let commitments = r.path().join("plans/2026-2029/commitments");
    let keep = tempfile::tempdir().unwrap();
    copy(&commitments, keep.path());
    std::fs::remove_dir_all(&commitments).unwrap();
    r.commit("2026-01-20", "the plan without commitments");
    // co-creation: the files are created, then edited, before the submission (2026-05-15)
    copy(keep.path(), &commitments);
    r.commit("2026-03-01", "first drafts");
    r.edit(C2, "end = 2028-05-31", "end = 2028-04-30");
    r.commit("2026-04-01", "co-creation edit");
    r.edit(C2, "end = 2028-04-30", "end = 2028-05-31");
    r.commit("2026-05-14", "final text");
    // after submission: a typo fixed (under a tenth of the title), free text, facts
    r.edit(
        C2,
        "title = \"Participatory budgeting for neighbourhood projects\"",
        "title = \"Participatory budgeting for neighborhood projects\"",
    );
    r.edit(
        C2,
        "problem = \"Neighbourhoods have no say",
        "problem = \"Residents have no say",
    );
    r.commit("2026-12-01", "typo and problem statement");
    // a new commitment file after submission is creation, not a change (C201 may speak)
    r.write(
        "plans/2026-2029/commitments/c6.toml",
        &r.read(C1).replace("\"C1\"", "\"C6\""),
    );
    r.commit("2026-12-02", "a new commitment");
    assert_eq!(c211(&r, "2027-01-15"), vec![]);
}

#[test]
fn c211_pass_a_file_moved_within_its_plan_is_the_same_commitment() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.git(&[
        "mv",
        C2,
        "plans/2026-2029/commitments/participatory-budgeting.toml",
    ]);
    r.commit("2026-12-01", "rename");
    assert_eq!(c211(&r, "2027-01-15"), vec![]);
}

// ---- history not available ---------------------------------------------------------------

#[test]
fn a_shallow_clone_says_so_once_and_never_fails() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    r.commit("2026-12-10", "unrecorded");
    let shallow = tempfile::tempdir().unwrap();
    let url = format!("file://{}", r.path().display());
    let out = Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url, "."])
        .current_dir(shallow.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (out, err, code) = ogp_in(shallow.path(), &["check", "--as-of", "2027-01-15"]);
    assert_eq!(code, 0, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        vec![
            "note: history not available: the clone is shallow; fetch the whole history (in GitHub Actions: actions/checkout with fetch-depth: 0)",
            "ok: 0 errors, 0 warnings in 1 jurisdiction as of 2027-01-15; next deadline 2027-01-31: C4 milestone: Publish agendas and minutes online",
        ]
    );
}

#[test]
fn a_folder_outside_git_says_so_once() {
    if !have_git() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&root().join("tests/fixtures/base"), &dir.path().join("a"));
    copy(&root().join("tests/fixtures/base"), &dir.path().join("b"));
    let (out, _, code) = ogp_in(
        dir.path(),
        &["check", "--as-of", "2027-01-15", "--format", "json"],
    );
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["summary"]["notes"],
        serde_json::json!(["history not available: `.` is not in a git repository"])
    );
}

// ---- --new-since ---------------------------------------------------------------------------

/// A registry of two jurisdictions in `registry/` of one repository; `a` already has an
/// overdue milestone (C208) at the base commit.
fn registry() -> Option<(Repo, String)> {
    if !have_git() {
        return None;
    }
    let r = Repo::new();
    r.base("registry/a");
    r.base("registry/b");
    r.edit(
        "registry/b/jurisdiction.toml",
        "name = \"Riverbend\"",
        "name = \"Lakeside\"",
    );
    r.write("README.md", "plans of two cities\n");
    overdue(&r, "registry/a");
    let base = r.commit("2026-05-10", "registry");
    Some((r, base))
}

/// C1's first milestone, due 2026-12-31, not done: C208 from 2027-01-01 on.
fn overdue(r: &Repo, jurisdiction: &str) {
    r.edit(
        &format!("{jurisdiction}/{C1}"),
        "due = 2026-12-31\ndone = 2026-12-15",
        "due = 2026-12-31",
    );
}

#[test]
fn new_since_reports_only_new_findings_and_counts_the_rest() {
    let Some((r, base)) = registry() else {
        return;
    };
    // in the work tree, uncommitted: b gets the same overdue milestone
    overdue(&r, "registry/b");
    let (plain, _, _) = r.ogp(&[
        "check",
        "registry",
        "--as-of",
        "2027-01-15",
        "--format",
        "json",
    ]);
    assert_eq!(diags(&plain).len(), 2);
    let (out, err, code) = r.ogp(&[
        "check",
        "registry",
        "--as-of",
        "2027-01-15",
        "--format",
        "json",
        "--new-since",
        &base,
    ]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let d = v["diagnostics"].as_array().unwrap();
    assert_eq!(d.len(), 1, "{out}");
    assert_eq!(d[0]["rule"], "C208");
    assert_eq!(d[0]["path"], format!("registry/b/{C1}"));
    assert_eq!(
        v["summary"]["new_since"],
        serde_json::json!({"rev": base, "known": 1})
    );
    let (human, _, _) = r.ogp(&[
        "check",
        "registry",
        "--as-of",
        "2027-01-15",
        "--new-since",
        "main",
    ]);
    assert!(
        human.ends_with("ok: 0 errors, 1 warning in 1 of 2 jurisdictions as of 2027-01-15; only findings new since main: 1 already there not shown; next deadline 2027-01-31: C4 milestone: Publish agendas and minutes online (Riverbend)\n"),
        "{human}"
    );
}

#[test]
fn new_since_from_inside_the_registry_and_from_a_jurisdiction_folder() {
    let Some((r, _)) = registry() else {
        return;
    };
    overdue(&r, "registry/b");
    for (dir, path, new) in [
        ("registry", ".", 1),
        ("registry/b", ".", 1),
        ("registry/a", ".", 0),
        ("", "registry/a", 0),
    ] {
        let (out, err, code) = ogp_in(
            &r.path().join(dir),
            &[
                "check",
                path,
                "--as-of",
                "2027-01-15",
                "--format",
                "json",
                "--new-since",
                "HEAD",
            ],
        );
        assert_eq!(code, 0, "{dir} {path}: {err}");
        assert_eq!(diags(&out).len(), new, "{dir} {path}: {out}");
    }
}

/// Every file under .git with its size and modification time.
fn snapshot(dir: &Path) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
    let mut v = Vec::new();
    for e in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let e = e.unwrap();
        let m = e.metadata().unwrap();
        v.push((e.path().to_path_buf(), m.len(), m.modified().unwrap()));
    }
    v
}

#[test]
fn new_since_writes_nothing_into_git_or_the_work_tree() {
    let Some((r, _)) = registry() else {
        return;
    };
    r.git(&["gc", "-q"]);
    let before = snapshot(r.path());
    let (_, err, code) = r.ogp(&[
        "check",
        "registry",
        "--as-of",
        "2027-01-15",
        "--new-since",
        "HEAD",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(before, snapshot(r.path()));
}

#[test]
fn fingerprints_survive_reformatting_and_moved_lines_each_but_not_a_renamed_id() {
    let Some((r, _)) = registry() else {
        return;
    };
    let c1 = format!("registry/a/{C1}");
    let new = |r: &Repo| {
        let (out, err, code) = r.ogp(&[
            "check",
            "registry",
            "--as-of",
            "2027-01-15",
            "--format",
            "json",
            "--new-since",
            "HEAD",
        ]);
        assert_ne!(code, 2, "{err}");
        diags(&out)
    };
    let text = r.read(&c1);
    // reformatted: spaces around `=`, a comment, blank lines
    let reformatted = format!(
        "# C1, reformatted\n\n{}",
        text.replace(" = ", "   =   ").replace("\n[[", "\n\n\n[[")
    );
    // the finding is still there, at another line
    let c208_line = |r: &Repo| {
        let (v, _) = check_json(r, "registry", "2027-01-15");
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == "C208")
            .map(|d| d["line"].as_u64().unwrap())
    };
    let before = c208_line(&r);
    r.write(&c1, &reformatted);
    assert_eq!(new(&r), vec![], "reformatting makes no new finding");
    assert!(c208_line(&r).is_some() && c208_line(&r) != before);
    // moved: the overdue milestone, first in the file, now comes last, many lines lower
    let (keys, milestones) = text.split_at(text.find("[[milestone]]").unwrap());
    let (m1, m2) = milestones.split_at(milestones.rfind("[[milestone]]").unwrap());
    let moved = format!("{keys}{}\n\n{}", m2.trim_end(), m1);
    assert_ne!(moved, text);
    r.write(&c1, &moved);
    assert_eq!(new(&r), vec![], "moving lines makes no new finding");
    assert!(c208_line(&r).is_some() && c208_line(&r) != before);
    // the same finding about a renamed commitment is a new one (and so are the references
    // to the old id the tracker still holds)
    r.write(&c1, &moved.replace("\"C1\"", "\"C1-budget\""));
    let found = new(&r);
    assert_eq!(
        found.iter().filter(|f| f.0 == "C208").count(),
        1,
        "{found:?}"
    );
}

#[test]
fn new_since_operational_errors_are_exit_2_with_a_plain_message() {
    let Some((r, _)) = registry() else {
        return;
    };
    let (out, err, code) = r.ogp(&["check", "registry", "--new-since", "no-such-branch"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(
        err.starts_with("ogp: error: --new-since no-such-branch: `no-such-branch` does not name a commit of this repository"),
        "{err}"
    );
    // outside git
    let plain = tempfile::tempdir().unwrap();
    copy(&root().join("tests/fixtures/base"), plain.path());
    let (_, err, code) = ogp_in(plain.path(), &["check", "--new-since", "HEAD"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "ogp: error: --new-since HEAD: `.` is not in a git repository\n"
    );
    // a repository whose objects are gone
    std::fs::remove_dir_all(r.path().join(".git/objects")).unwrap();
    std::fs::create_dir_all(r.path().join(".git/objects")).unwrap();
    let (_, err, code) = r.ogp(&["check", "registry", "--new-since", "HEAD"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("ogp: error: --new-since HEAD: the git repository at "),
        "{err}"
    );
    assert!(err.contains(" is damaged: HEAD names commit "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // without --new-since the damage is a note: the check itself goes on
    let (out, _, code) = r.ogp(&["check", "registry", "--as-of", "2027-01-15"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("note: history not available: the git repository at "),
        "{out}"
    );
    // a HEAD that cannot be read
    std::fs::write(r.path().join(".git/HEAD"), "garbage\n").unwrap();
    let (_, err, code) = r.ogp(&["check", "registry", "--new-since", "HEAD"]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.ends_with(" is damaged: its HEAD cannot be read\n"),
        "{err}"
    );
}

#[test]
fn a_reworded_message_keeps_the_fingerprint() {
    let j = ogp::load::load(&root().join("tests/fixtures/rules/C208/fail"));
    let opts = ogp::rules::Options {
        as_of: "2027-09-15".parse().unwrap(),
        as_of_given: true,
    };
    let found = ogp::rules::check(&j, opts);
    let f = found.iter().find(|f| f.rule.code == "C208").unwrap();
    assert_eq!(f.fingerprint.len(), 16);
    let mut reworded = f.clone();
    reworded.message = "this milestone is late: say when it will be done".into();
    reworded.help = Some("a different help text".into());
    reworded.fingerprint.clear();
    ogp::rules::identify(&j, &mut reworded);
    assert_eq!(reworded.fingerprint, f.fingerprint);
}

/// The same files loaded from disk and from memory read the same: same findings, same digest.
#[test]
fn a_tree_in_memory_loads_like_the_same_files_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let rb = dir.path().join("rb");
    copy(&root().join("tests/fixtures/rules/C208/fail"), &rb);
    // a byte-order mark and an unknown key, too
    let c1 = rb.join(C1);
    let text = std::fs::read_to_string(&c1).unwrap();
    std::fs::write(&c1, format!("\u{feff}{text}")).unwrap();
    // an unknown key: an S finding that leaves every verdict standing (a file that does not
    // parse would hold back the plan's verdicts, C208 among them)
    let text = std::fs::read_to_string(&c1).unwrap();
    std::fs::write(&c1, format!("{text}\ncolour = \"red\"\n")).unwrap();
    let mut mem = ogp::load::MemTree::new(&rb);
    for e in walkdir::WalkDir::new(&rb) {
        let e = e.unwrap();
        if e.file_type().is_dir() {
            mem.add_dir(e.path());
        } else if e.path().extension().is_some_and(|x| x == "toml") {
            mem.add_file(e.path(), std::fs::read(e.path()).unwrap());
        }
    }
    let disk = ogp::load::load(&rb);
    let memory = ogp::load::load_from(ogp::load::Files::Mem(&mem), &rb);
    let opts = ogp::rules::Options {
        as_of: "2027-09-15".parse().unwrap(),
        as_of_given: true,
    };
    let show = |j: &ogp::load::Jurisdiction| {
        ogp::rules::check(j, opts)
            .iter()
            .map(|f| format!("{} {} {}", f.rule.code, f.fingerprint, f.message.en()))
            .collect::<Vec<_>>()
    };
    assert_eq!(show(&disk), show(&memory));
    assert!(show(&disk).iter().any(|f| f.starts_with("C208")));
    assert!(show(&disk).iter().any(|f| f.starts_with("S00")));
    // the same files by blob id, unread, have the shape the loaded files on disk have
    let mut ids = ogp::load::MemTree::new(&rb);
    for e in walkdir::WalkDir::new(&rb) {
        let e = e.unwrap();
        if e.file_type().is_dir() {
            ids.add_dir(e.path());
        } else if e.path().extension().is_some_and(|x| x == "toml") {
            let bytes = std::fs::read(e.path()).unwrap();
            let id = gix_object::compute_hash(gix_hash::Kind::Sha1, gix_object::Kind::Blob, &bytes)
                .unwrap();
            ids.add_blob(e.path(), id);
        } else {
            ids.add_name(e.path());
        }
    }
    let shape = ogp::load::shape_on_disk(&rb, &disk);
    assert!(shape.as_ref().is_some_and(|s| s.len() > 5));
    assert_eq!(shape, ids.shape(&rb));
    // a file read from memory cannot be compared by id; one byte more is another shape
    assert_eq!(mem.shape(&rb), None);
    std::fs::write(&c1, format!("{text}\ncolour = \"red\"\n ")).unwrap();
    let edited = ogp::load::load(&rb);
    assert_ne!(ogp::load::shape_on_disk(&rb, &edited), shape);
}

#[test]
fn a_file_inside_the_repository_stands_for_it_in_the_history_and_new_since() {
    let Some(r) = submitted_plan() else {
        return;
    };
    overdue(&r, ".");
    r.commit("2026-11-01", "milestone not done after all");
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    r.commit("2026-12-10", "unrecorded");
    let dir = r.path().join("plans/2026-2029");
    let rules = |extra: &[&str]| {
        let mut args = vec![
            "check",
            "commitments/c2.toml",
            "--as-of",
            "2027-01-15",
            "--format",
            "json",
        ];
        args.extend(extra);
        let (out, err, code) = ogp_in(&dir, &args);
        assert_ne!(code, 2, "{err}");
        diags(&out)
            .into_iter()
            .map(|d| d.0)
            .collect::<Vec<String>>()
    };
    assert_eq!(rules(&[]), ["C208", "C211"]);
    assert_eq!(
        rules(&["--new-since", "HEAD~1"]),
        ["C211"],
        "only the unrecorded change is new"
    );
}

/// The Action's check step, run as GitHub would run it (bash, inputs in the environment) on a
/// pull request: annotations for the new findings only, every finding in the SARIF file.
#[test]
fn the_action_step_checks_a_pull_request_against_its_base() {
    let Some((r, base)) = registry() else {
        return;
    };
    overdue(&r, "registry/b");
    let action: serde_norway::Value =
        serde_norway::from_str(&std::fs::read_to_string(root().join("action.yml")).unwrap())
            .unwrap();
    let script = action["runs"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["name"].as_str() == Some("Run ogp check"))
        .and_then(|s| s["run"].as_str())
        .unwrap()
        .to_string();
    let out_file = r.path().join("github-output");
    let sarif = r.path().join("ogp.sarif");
    let out = Command::new("bash")
        .args(["-e", "-c", &script])
        .current_dir(r.path())
        .env("OGP_BIN", env!("CARGO_BIN_EXE_ogp"))
        .env("OGP_PATH", "registry")
        .env("OGP_AS_OF", "2027-01-15")
        .env("OGP_NEW_SINCE", "auto")
        .env("OGP_EVENT", "pull_request")
        .env("OGP_BASE", &base)
        .env("OGP_ARGS", "")
        .env("OGP_SARIF", "true")
        .env("OGP_SARIF_FILE", &sarif)
        .env("GITHUB_OUTPUT", &out_file)
        .env("NO_COLOR", "1")
        .env_remove("OGP_NO_HISTORY")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let annotations: Vec<&str> = stdout.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), 1, "{stdout}");
    assert!(
        annotations[0]
            .starts_with("::warning file=registry/b/plans/2026-2029/commitments/c1.toml,"),
        "{stdout}"
    );
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), "exit-code=0\n");
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(log["runs"][0]["results"].as_array().unwrap().len(), 2);
}

/// Each finding of a JSON report as (rule, path, fingerprint), in report order.
fn fingerprints(json: &str) -> Vec<(String, String, String)> {
    let v: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (s("rule"), s("path"), s("fingerprint"))
        })
        .collect()
}

/// `--new-since` loads from git only the jurisdictions whose folders changed; the result is
/// what comparing with a full check of the old tree gives. The reference here is that full
/// check, run in a clone at the old commit: the current findings, less (as many times) those
/// the clone's check finds, are exactly what `--new-since` reports.
#[test]
fn new_since_skipping_unchanged_jurisdictions_gives_the_full_comparison() {
    if !have_git() {
        return;
    }
    let r = Repo::new();
    let name = |j: &str, n: &str| {
        r.edit(
            &format!("registry/{j}/jurisdiction.toml"),
            "name = \"Riverbend\"",
            &format!("name = \"{n}\""),
        );
    };
    for (j, n) in [
        ("a", "Riverbend"),
        ("b", "Lakeside"),
        ("c", "Cedar"),
        ("d", "Dover"),
        ("f", "Fairview"),
        ("g", "Fairview"),
        ("h", "Hill"),
        ("i", "Hill"),
        ("k", "Kingston"),
        ("m", "Marsh"),
    ] {
        r.base(&format!("registry/{j}"));
        if n != "Riverbend" {
            name(j, n);
        }
    }
    overdue(&r, "registry/a");
    overdue(&r, "registry/d");
    r.write("registry/k/plans/2026-2029/notes.txt", "draft\n");
    let base = r.commit("2026-05-10", "registry");
    // the work tree of a pull request: b edited (a new overdue milestone), c removed, d
    // renamed, e added under a name a (unchanged) has, g removed (f keeps its name alone),
    // h and i unchanged (both named Hill before and after), k loses a file it does not read,
    // m gains a stray plan file
    overdue(&r, "registry/b");
    std::fs::remove_dir_all(r.path().join("registry/c")).unwrap();
    std::fs::rename(r.path().join("registry/d"), r.path().join("registry/d2")).unwrap();
    r.base("registry/e");
    overdue(&r, "registry/e");
    std::fs::remove_dir_all(r.path().join("registry/g")).unwrap();
    std::fs::remove_file(r.path().join("registry/k/plans/2026-2029/notes.txt")).unwrap();
    r.write("registry/m/plans/2026-2029/extra.toml", "x = 1\n");
    let args = [
        "check",
        "registry",
        "--as-of",
        "2027-01-15",
        "--format",
        "json",
    ];
    let (plain, err, _) = r.ogp(&args);
    assert!(err.is_empty(), "{err}");
    // the old tree, checked in full in a clone at the base commit
    let clone = tempfile::tempdir().unwrap();
    r.git(&["clone", "-q", ".", clone.path().to_str().unwrap()]);
    let (then, err, _) = ogp_in(clone.path(), &args);
    assert!(err.is_empty(), "{err}");
    let mut known: Vec<(String, String)> = fingerprints(&then)
        .into_iter()
        .map(|(rule, _, fp)| (rule, fp))
        .collect();
    let expected: Vec<_> = fingerprints(&plain)
        .into_iter()
        .filter(
            |(rule, _, fp)| match known.iter().position(|k| k.0 == *rule && k.1 == *fp) {
                Some(i) => {
                    known.remove(i);
                    false
                }
                None => true,
            },
        )
        .collect();
    let since: Vec<&str> = args.iter().copied().chain(["--new-since", &base]).collect();
    let (out, err, code) = r.ogp(&since);
    assert_ne!(code, 2, "{err}");
    assert_eq!(fingerprints(&out), expected, "{out}");
    // the cases the comparison is about are all there
    let has = |rule: &str, path: &str| {
        expected
            .iter()
            .any(|(r, p, _)| r == rule && p.starts_with(&format!("registry/{path}")))
    };
    assert!(has("C208", "b/"), "the edited jurisdiction: {expected:?}");
    assert!(has("C208", "e/"), "the added jurisdiction: {expected:?}");
    assert!(has("S011", "a/"), "a name shared since: {expected:?}");
    assert!(!has("S011", "h/"), "a name shared before: {expected:?}");
    assert!(
        !has("C208", "a/"),
        "the unchanged jurisdiction: {expected:?}"
    );
    // a jurisdiction's folder is part of its findings' fingerprints
    assert!(has("C208", "d2/"), "the renamed jurisdiction: {expected:?}");
    assert!(has("S012", "m/"), "a stray file added: {expected:?}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["summary"]["new_since"]["known"].as_u64(),
        u64::try_from(fingerprints(&plain).len() - expected.len()).ok()
    );
}
