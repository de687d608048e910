//! The history audit (C211) on histories real repositories grow over years, each built with
//! the `git` command line in a temporary folder: renamed and moved files, plan folders and
//! jurisdictions, renamed ids, broken commits fixed by the next one, merges and their own
//! edits, late merges and rebased commits, partial and shallow clones, submodules, damaged
//! objects and repository formats this build cannot read, `--new-since` against the merge
//! base, and waivers that acknowledge one edit by its commit.

use crate::git::{C2, Repo, c211, check_json, have_git, of_rule, ogp_in, submitted_plan};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

const PLAN: &str = "plans/2026-2029";
const C3: &str = "plans/2026-2029/commitments/c3.toml";

/// An unrecorded edit of C2's end after the change window (an error as of 2027-01-15).
fn move_c2_end(r: &Repo, date: &str) -> String {
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    r.commit(date, "move C2's end")
}

fn short(id: &str) -> &str {
    &id[..12]
}

/// The C211 messages only.
fn messages(v: &[(String, String)]) -> Vec<String> {
    v.iter().map(|(_, m)| m.clone()).collect()
}

fn c2_end_moved(id: &str, date: &str) -> String {
    format!(
        "commit {} on {date} changed commitment C2: `end` 2028-05-31 → 2028-06-30; no [[change]] of it is dated within 30 days of that day",
        short(id)
    )
}

fn notes(v: &Value) -> Vec<String> {
    v["summary"]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap().to_string())
        .collect()
}

fn git_in(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args(["-c", "user.name=T", "-c", "user.email=t@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "protocol.file.allow=always",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_DATE", "2027-01-02T12:00:00+00:00")
        .env("GIT_COMMITTER_DATE", "2027-01-02T12:00:00+00:00")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

// ---- identity: renames and moves ----------------------------------------------------------

#[test]
fn renaming_the_plan_folder_or_moving_the_jurisdiction_keeps_the_history() {
    let Some(r) = submitted_plan() else {
        return;
    };
    let id = move_c2_end(&r, "2026-12-10");
    r.git(&["mv", PLAN, "plans/2026-2029-lap"]);
    r.commit("2026-12-20", "rename the plan folder");
    let want = vec![c2_end_moved(&id, "2026-12-10")];
    assert_eq!(messages(&c211(&r, "2027-01-15")), want);
    // the whole jurisdiction moves into a subfolder
    std::fs::create_dir_all(r.path().join("cities")).unwrap();
    r.git(&["mv", "plans", "cities/plans"]);
    r.git(&["mv", "jurisdiction.toml", "cities/jurisdiction.toml"]);
    r.commit("2026-12-21", "into a folder");
    let (v, _) = check_json(&r, ".", "2027-01-15");
    assert_eq!(messages(&of_rule(&v, "C211")), want);
    let path = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "C211")
        .unwrap()["path"]
        .clone();
    assert_eq!(path, "cities/plans/2026-2029-lap/commitments/c2.toml");
}

#[test]
fn a_file_moved_to_another_plan_and_back_is_no_change() {
    let Some(r) = submitted_plan() else {
        return;
    };
    // a second plan folder (a draft: not submitted, so the member stays active; an edit dated
    // after a revocation would count for nothing), then C2's file goes there and comes back
    let plan = r.read(&format!("{PLAN}/plan.toml"));
    let draft: String = plan
        .replace("2026-2029", "2030-2033")
        .lines()
        .filter(|l| !l.starts_with("submitted"))
        .map(|l| format!("{l}\n"))
        .collect();
    r.write("plans/2030-2033/plan.toml", &draft);
    r.commit("2026-11-20", "next plan drafted");
    std::fs::create_dir_all(r.path().join("plans/2030-2033/commitments")).unwrap();
    r.git(&["mv", C2, "plans/2030-2033/commitments/c2.toml"]);
    r.commit("2026-12-01", "wrong plan");
    r.git(&["mv", "plans/2030-2033/commitments/c2.toml", C2]);
    r.commit("2026-12-02", "back");
    assert_eq!(c211(&r, "2027-01-15"), vec![]);
    // while it is away, it is deleted from its plan
    r.git(&["mv", C2, "plans/2030-2033/commitments/c2.toml"]);
    let gone = r.commit("2026-12-03", "away again");
    let v = c211(&r, "2027-01-15");
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(
        v[0].1.starts_with(&format!(
            "commit {} on 2026-12-03 deleted commitment C2: the file was deleted;",
            short(&gone)
        )),
        "{v:?}"
    );
    // and comes back in a file of another name: not deleted, compared with its last version
    r.git(&[
        "mv",
        "plans/2030-2033/commitments/c2.toml",
        &format!("{PLAN}/commitments/budgeting.toml"),
    ]);
    r.commit("2026-12-04", "back under a new name");
    assert_eq!(c211(&r, "2027-01-15"), vec![]);
}

#[test]
fn a_renamed_id_is_a_rename_its_waiver_may_name_the_old_id_and_s_fingerprints_stay() {
    let Some(r) = submitted_plan() else {
        return;
    };
    let id = move_c2_end(&r, "2026-12-10");
    r.edit(C2, "id = \"C2\"", "id = \"C9\"");
    let tracker = r.read(&format!("{PLAN}/tracker.toml"));
    r.write(
        &format!("{PLAN}/tracker.toml"),
        &tracker.replace("C2 =", "C9 ="),
    );
    r.commit("2026-12-20", "renumber C2");
    let v = c211(&r, "2027-01-15");
    assert_eq!(
        messages(&v),
        vec![format!(
            "commit {} on 2026-12-10 changed commitment C9 (renamed from C2): `end` 2028-05-31 → 2028-06-30; no [[change]] of it is dated within 30 days of that day",
            short(&id)
        )]
    );
    // a waiver naming the old id covers it (no S004)
    let jd = r.read("jurisdiction.toml");
    r.write(
        "jurisdiction.toml",
        &format!(
            "{jd}\n[[waiver]]\nrule = \"C211\"\nid = \"C2\"\nreason = \"The forum approved the new end; the change record is being written.\"\nuntil = 2027-02-28\n"
        ),
    );
    let (v, code) = check_json(&r, ".", "2027-01-15");
    assert_eq!(code, 0, "{v}");
    assert_eq!(of_rule(&v, "S004"), vec![]);
    assert_eq!(v["summary"]["waived"], 1, "{v}");
    r.commit("2026-12-21", "waiver");
    // an S finding in the commitment's file keeps its fingerprint when the file is renamed
    r.edit(C3, "problem = ", "colour = \"blue\"\nproblem = ");
    r.commit("2026-12-22", "an unknown key");
    r.git(&[
        "mv",
        C3,
        "plans/2026-2029/commitments/open-contracting.toml",
    ]);
    let (out, err, code) = r.ogp(&[
        "check",
        "--as-of",
        "2027-01-15",
        "--new-since",
        "HEAD",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "{v}");
    assert!(
        v["summary"]["new_since"]["known"].as_u64().unwrap() >= 1,
        "{v}"
    );
}

// ---- values that cannot be read -------------------------------------------------------------

#[test]
fn a_broken_commit_and_its_fix_are_no_change_value_by_value() {
    let Some(r) = submitted_plan() else {
        return;
    };
    let good = r.read(C2);
    r.write(C2, &good.replace("id = \"C2\"", "id = \"C2"));
    r.commit("2026-12-01", "broken: does not parse");
    r.write(C2, &good);
    r.commit("2026-12-02", "fixed");
    r.edit(C2, "end = 2028-05-31", "end = \"2028-05-3\"");
    r.commit("2026-12-03", "an end that is not a date");
    // the title changes while the end cannot be read: only the title is a change
    r.edit(
        C2,
        "title = \"Participatory budgeting for neighbourhood projects\"",
        "title = \"Open contracting\"",
    );
    let id = r.commit("2026-12-04", "new title");
    r.edit(C2, "end = \"2028-05-3\"", "end = 2028-05-31");
    r.commit("2026-12-05", "end fixed");
    assert_eq!(
        messages(&c211(&r, "2027-01-15")),
        vec![format!(
            "commit {} on 2026-12-04 changed commitment C2: `title` \"Participatory budgeting for neighbourhood projects\" → \"Open contracting\"; no [[change]] of it is dated within 30 days of that day",
            short(&id)
        )]
    );
}

// ---- merges and dates ------------------------------------------------------------------------

#[test]
fn a_merges_own_edit_counts_and_a_change_is_dated_by_the_commit_that_brought_it_in() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.git(&["checkout", "-q", "-b", "feature"]);
    // edited in the window on a branch, merged after it: dated by the merge
    r.edit(C3, "lead = \"finance-dept\"", "lead = \"mayor-office\"");
    let side = r.commit("2026-06-01", "on a branch");
    r.git(&["checkout", "-q", "main"]);
    r.git_at(
        &["merge", "-q", "--no-ff", "--no-commit", "feature"],
        "2026-12-10",
    );
    // resolving the merge, C2's end moves too: the merge's own edit
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    r.git_at(&["add", "-A"], "2026-12-10");
    r.git_at(&["commit", "-q", "-m", "merge feature"], "2026-12-10");
    let merge = r.git(&["rev-parse", "HEAD"]);
    let v = c211(&r, "2027-01-15");
    let mut got = messages(&v);
    got.sort();
    let want_side = format!(
        "commit {} on 2026-12-10 changed commitment C3: `lead` finance-dept → mayor-office; no [[change]] of it is dated within 30 days of that day",
        short(&side)
    );
    assert_eq!(got, {
        let mut w = vec![c2_end_moved(&merge, "2026-12-10"), want_side];
        w.sort();
        w
    });
    assert!(v.iter().all(|(s, _)| s == "error"), "{v:?}");
}

#[test]
fn a_change_authored_before_submission_but_committed_later_is_dated_by_its_commit() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    r.git_at(&["add", "-A"], "2026-12-10");
    let out = Command::new("git")
        .args(["-c", "user.name=A", "-c", "user.email=a@example.org"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "commit",
            "-q",
            "-m",
            "old work",
        ])
        .current_dir(r.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_DATE", "2026-04-01T12:00:00+00:00")
        .env("GIT_COMMITTER_DATE", "2026-12-10T12:00:00+00:00")
        .output()
        .unwrap();
    assert!(out.status.success());
    let id = r.git(&["rev-parse", "HEAD"]);
    assert_eq!(
        c211(&r, "2027-01-15"),
        vec![("error".to_string(), c2_end_moved(&id, "2026-12-10"))]
    );
}

// ---- --new-since against the merge base ------------------------------------------------------

#[test]
fn new_since_compares_with_the_merge_base_or_says_it_could_not() {
    let Some(r) = submitted_plan() else {
        return;
    };
    // C1's first milestone overdue at the base
    r.edit(
        "plans/2026-2029/commitments/c1.toml",
        "due = 2026-12-31\ndone = 2026-12-15",
        "due = 2026-12-31",
    );
    r.commit("2026-05-20", "milestone not done yet");
    r.git(&["branch", "feature"]);
    r.edit(
        "plans/2026-2029/commitments/c1.toml",
        "due = 2026-12-31",
        "due = 2026-12-31\ndone = 2026-12-15",
    );
    r.commit("2026-06-01", "main fixes it");
    r.git(&["checkout", "-q", "feature"]);
    r.write("notes.md", "a branch that started before the fix\n");
    r.commit("2026-06-02", "unrelated work");
    let args = [
        "check",
        "--as-of",
        "2027-01-15",
        "--new-since",
        "main",
        "--format",
        "json",
    ];
    let (out, err, code) = r.ogp(&args);
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "{v}");
    assert_eq!(v["summary"]["new_since"]["known"], 1, "{v}");
    // a depth-1 clone of the branch that fetches main's tip only: no merge base, compared
    // with main itself, and said so
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", r.path().display());
    git_in(
        clone.path(),
        &[
            "clone", "-q", "--depth", "1", "--branch", "feature", &url, ".",
        ],
    );
    git_in(
        clone.path(),
        &["fetch", "-q", "--depth", "1", "origin", "main:main"],
    );
    let (out, err, code) = ogp_in(clone.path(), &args);
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        notes(&v),
        vec![
            "history not available: the clone is shallow; fetch the whole history (in GitHub Actions: actions/checkout with fetch-depth: 0)".to_string(),
            "--new-since main: main and HEAD have no common ancestor in this clone (a shallow clone fetches only main), so the check compares with main itself".into(),
        ]
    );
    assert_eq!(of_rule(&v, "C208").len(), 1, "{v}");
}

// ---- waivers of one edit -------------------------------------------------------------------

#[test]
fn a_waiver_naming_a_commit_acknowledges_that_edit_for_good_and_no_other() {
    let Some(r) = submitted_plan() else {
        return;
    };
    let first = move_c2_end(&r, "2026-12-10");
    r.edit(C3, "lead = \"finance-dept\"", "lead = \"mayor-office\"");
    let second = r.commit("2026-12-12", "C3's lead");
    let jd = r.read("jurisdiction.toml");
    let waive = |commit: &str, rule: &str| {
        r.write(
            "jurisdiction.toml",
            &format!(
                "{jd}\n[[waiver]]\nrule = \"{rule}\"\ncommit = \"{commit}\"\nreason = \"Editorial correction, no change of substance.\"\n"
            ),
        );
    };
    waive(&first[..7], "C211");
    let (v, code) = check_json(&r, ".", "2027-01-15");
    assert_eq!(code, 1, "{v}");
    let open: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["waived"].is_null())
        .collect();
    assert_eq!(open.len(), 1, "{v}");
    assert!(
        open[0]["message"]
            .as_str()
            .unwrap()
            .starts_with(&format!("commit {}", short(&second))),
        "{v}"
    );
    assert_eq!(v["summary"]["waived"], 1, "{v}");
    // a commit that made no edit
    waive("0123456", "C211");
    let (v, _) = check_json(&r, ".", "2027-01-15");
    let s004 = of_rule(&v, "S004");
    assert_eq!(s004.len(), 1, "{v}");
    assert!(s004[0].1.contains("`0123456` made no edit"), "{s004:?}");
    // `commit` belongs to C211 only
    waive(&first[..7], "C208");
    let (v, _) = check_json(&r, ".", "2027-01-15");
    assert_eq!(of_rule(&v, "S002").len(), 1, "{v}");
}

// ---- histories that cannot be read -----------------------------------------------------------

#[test]
fn a_corrupt_head_commit_is_named_and_never_a_silent_ok() {
    let Some(r) = submitted_plan() else {
        return;
    };
    move_c2_end(&r, "2026-12-10");
    let head = r.git(&["rev-parse", "HEAD"]);
    let file = r
        .path()
        .join(".git/objects")
        .join(&head[..2])
        .join(&head[2..]);
    let mut perms = std::fs::metadata(&file).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&file, perms).unwrap();
    std::fs::write(&file, b"not a zlib stream").unwrap();
    let (v, code) = check_json(&r, ".", "2027-01-15");
    assert_eq!(code, 0, "{v}");
    let at = r.path().canonicalize().unwrap();
    assert_eq!(
        notes(&v),
        vec![format!(
            "history not available: the git repository at {} is damaged: commit {head}, which HEAD names, cannot be read",
            at.display()
        )]
    );
    let (_, err, code) = r.ogp(&["check", "--as-of", "2027-01-15", "--new-since", "HEAD~1"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        err,
        format!(
            "ogp: error: --new-since HEAD~1: the git repository at {} is damaged: commit {head}, which HEAD names, cannot be read\n",
            at.display()
        )
    );
}

#[test]
fn a_blobless_clone_says_partial_clone_and_gives_no_verdict() {
    let Some(r) = submitted_plan() else {
        return;
    };
    move_c2_end(&r, "2026-12-10");
    r.git(&["config", "uploadpack.allowFilter", "true"]);
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", r.path().display());
    git_in(
        clone.path(),
        &["clone", "-q", "--filter=blob:none", &url, "."],
    );
    let (out, err, code) = ogp_in(clone.path(), &["check", "--as-of", "2027-01-15"]);
    assert_eq!(code, 0, "{out}{err}");
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with("note: history not available: partial clone: the git repository at "),
        "{out}"
    );
    assert_eq!(out.matches("note:").count(), 1, "{out}");
    // the tree compared with lacks its files: exit 2, naming the cause
    let (_, err, code) = ogp_in(
        clone.path(),
        &["check", "--as-of", "2027-01-15", "--new-since", "HEAD~1"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.starts_with("ogp: error: --new-since HEAD~1: partial clone: "),
        "{err}"
    );
}

#[test]
fn a_plan_repository_used_as_a_submodule_is_read_from_its_own_history() {
    let Some(r) = submitted_plan() else {
        return;
    };
    let id = move_c2_end(&r, "2026-12-10");
    let sup = tempfile::tempdir().unwrap();
    git_in(sup.path(), &["init", "-q", "-b", "main", "."]);
    let url = format!("file://{}", r.path().display());
    git_in(sup.path(), &["submodule", "add", "-q", &url, "riverbend"]);
    git_in(sup.path(), &["commit", "-q", "-m", "add the plan"]);
    let (out, err, code) = ogp_in(
        sup.path(),
        &["check", "--as-of", "2027-01-15", "--format", "json"],
    );
    assert_eq!(code, 1, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(notes(&v), Vec::<String>::new());
    assert_eq!(
        messages(&of_rule(&v, "C211")),
        vec![c2_end_moved(&id, "2026-12-10")]
    );
    // nothing is new since the superproject's own HEAD
    let (out, err, code) = ogp_in(
        sup.path(),
        &[
            "check",
            "--as-of",
            "2027-01-15",
            "--new-since",
            "HEAD",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "{v}");
}

#[test]
fn reftable_and_sha256_repositories_are_an_unsupported_format_not_damage() {
    if !have_git() {
        return;
    }
    for (flag, what) in [
        ("--ref-format=reftable", "reftable references"),
        ("--object-format=sha256", "SHA-256 object ids"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        git_in(dir.path(), &["init", "-q", flag, "-b", "main", "."]);
        crate::common::copy_dir(
            &crate::common::root().join("tests/fixtures/base"),
            dir.path(),
        );
        git_in(dir.path(), &["add", "-A"]);
        git_in(dir.path(), &["commit", "-q", "-m", "plan"]);
        let (out, err, code) = ogp_in(dir.path(), &["check", "--as-of", "2027-01-15"]);
        assert_eq!(code, 0, "{out}{err}");
        let at = dir.path().canonicalize().unwrap();
        let want = format!(
            "unsupported repository format ({what}): the git repository at {} uses a format ogp cannot read yet; a clone made with git's default format can be checked",
            at.display()
        );
        assert!(
            out.starts_with(&format!("note: history not available: {want}\n")),
            "{out}"
        );
        let (_, err, code) = ogp_in(dir.path(), &["check", "--new-since", "HEAD"]);
        assert_eq!(code, 2, "{err}");
        assert_eq!(err, format!("ogp: error: --new-since HEAD: {want}\n"));
    }
}

// ---- revocation is final --------------------------------------------------------------------

/// Nothing dated on or after a revocation counts, a commit no more than any other record: an
/// unrecorded edit made before the revocation is still reported, one made after it is not.
#[test]
fn an_edit_after_the_revocation_counts_for_nothing() {
    let Some(r) = submitted_plan() else {
        return;
    };
    // a second plan submitted with no co-creation meeting at all (its folder has no
    // meetings.toml): probation from its submission, revoked four months on
    let plan = r.read(&format!("{PLAN}/plan.toml"));
    r.write(
        "plans/2030-2033/plan.toml",
        &plan.replace("2026-2029", "2030-2033"),
    );
    r.commit("2026-05-20", "a second plan");
    let (status, _, _) = ogp_in(r.path(), &["status", ".", "--as-of", "2027-01-15"]);
    assert!(
        status.contains("revoked since 2026-09-15"),
        "the premise: {status}"
    );
    // an unrecorded edit before the revocation is reported
    let before = move_c2_end(&r, "2026-08-01");
    let v = messages(&c211(&r, "2027-01-15"));
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(
        v[0].starts_with(&format!("commit {}", short(&before))),
        "{v:?}"
    );
    // the same kind of edit after it is not
    r.edit(C2, "end = 2028-06-30", "end = 2028-07-31");
    r.commit("2026-12-10", "move C2's end again");
    assert_eq!(messages(&c211(&r, "2027-01-15")), v);
}

// ---- a registry committed at once ---------------------------------------------------------

/// Makes a loose object's file writable and writes `bytes` into it (`None`: removes it).
fn spoil_object(r: &Repo, id: &str, bytes: Option<&[u8]>) {
    let file = r.path().join(".git/objects").join(&id[..2]).join(&id[2..]);
    let mut perms = std::fs::metadata(&file).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&file, perms).unwrap();
    match bytes {
        Some(b) => std::fs::write(&file, b).unwrap(),
        None => std::fs::remove_file(&file).unwrap(),
    }
}

#[test]
fn a_root_commits_files_are_read_only_for_the_plans_later_commits_touch() {
    if !have_git() {
        return;
    }
    let r = Repo::new();
    r.base("a");
    r.base("b");
    // b's files differ from a's (the same bytes would be the same objects)
    for c in ["c4", "c5"] {
        let f = format!("b/plans/2026-2029/commitments/{c}.toml");
        r.write(&f, &format!("{}# b\n", r.read(&f)));
    }
    r.commit("2026-05-10", "two jurisdictions in one commit");
    // a file of b's plan, which no later commit touches: damaged, and never read
    let c4 = r.git(&["rev-parse", "HEAD:b/plans/2026-2029/commitments/c4.toml"]);
    spoil_object(&r, &c4, Some(b"not a zlib stream"));
    r.edit(
        "a/plans/2026-2029/commitments/c2.toml",
        "end = 2028-05-31",
        "end = 2028-06-30",
    );
    let id = r.commit("2026-12-10", "move a's C2");
    let (v, _) = check_json(&r, ".", "2027-01-15");
    assert_eq!(
        messages(&of_rule(&v, "C211")),
        vec![c2_end_moved(&id, "2026-12-10")]
    );
    assert_eq!(notes(&v), Vec::<String>::new());
    // one missing from the objects is named all the same
    let c5 = r.git(&["rev-parse", "HEAD:b/plans/2026-2029/commitments/c5.toml"]);
    spoil_object(&r, &c5, None);
    let (v, _) = check_json(&r, ".", "2027-01-15");
    let at = r.path().canonicalize().unwrap();
    assert_eq!(
        notes(&v),
        vec![format!(
            "history not available: the git repository at {} is damaged: file (blob) {c5} cannot be read",
            at.display()
        )]
    );
}
