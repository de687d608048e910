//! Nothing present is ignored in silence (rule S012) and nothing is left as `ogp init` wrote it
//! (S013): what `ogp status` says when a file stands in for a missing one, a registry with a
//! misnamed jurisdiction.toml, the `ignore` list, and a freshly initialised repository.

use crate::common::{base_copy, ogp, ogp_in};
use std::path::Path;

const AS_OF: &str = "2027-09-15";

fn status_json(dir: &Path) -> serde_json::Value {
    let (out, err, code) = ogp_in(
        dir,
        &["status", "plan", "--as-of", AS_OF, "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn mv(dir: &Path, from: &str, to: &str) {
    std::fs::rename(dir.join("plan").join(from), dir.join("plan").join(to)).unwrap();
}

/// Each misnamed or misplaced file of the format makes the status `unknown` with the reason
/// and the fix, never a sanction built from the records without it.
#[test]
fn a_file_standing_in_for_a_missing_one_makes_the_status_unknown() {
    let p = "plans/2026-2029";
    for (from, to, names) in [
        (
            format!("{p}/meetings.toml"),
            format!("{p}/meeting.toml"),
            "meetings.toml",
        ),
        (
            format!("{p}/tracker.toml"),
            format!("{p}/Tracker.toml"),
            "tracker.toml",
        ),
        (
            format!("{p}/plan.toml"),
            format!("{p}/plan.toml.txt"),
            "plan.toml",
        ),
        ("plans".to_string(), "Plans".to_string(), "plans"),
        (
            format!("{p}/commitments/c5.toml"),
            format!("{p}/commitments/c5.txt"),
            "c5.toml",
        ),
        (
            format!("{p}/commitments"),
            format!("{p}/commitment"),
            "rename it",
        ),
    ] {
        let tmp = base_copy(&[]);
        mv(tmp.path(), &from, &to);
        let v = status_json(tmp.path());
        let j = &v["jurisdictions"][0];
        assert_eq!(j["status"], "unknown", "{to}: {j}");
        let reasons = j["reasons"].to_string();
        assert!(reasons.contains(names), "{to}: {reasons}");
        let (out, _, code) = ogp_in(tmp.path(), &["check", "plan", "--as-of", AS_OF]);
        assert_eq!(code, 1, "{to}: {out}");
        assert!(out.contains("S012 unread-file"), "{to}: {out}");
        for sanction in ["T501", "T502", "T503", "P106", "R402", "R403", "M305"] {
            assert!(!out.contains(sanction), "{to}: {sanction} in\n{out}");
        }
    }
}

/// A registry in which one member's jurisdiction.toml is misnamed: `check` reports it as an
/// error (the member is not dropped in silence), `status` says so on stderr.
#[test]
fn a_misnamed_jurisdiction_in_a_registry_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    for m in ["a", "b"] {
        crate::common::copy_dir(
            &crate::common::root().join("tests/fixtures/base"),
            &tmp.path().join(m),
        );
    }
    std::fs::rename(
        tmp.path().join("b/jurisdiction.toml"),
        tmp.path().join("b/Jurisdiction.toml"),
    )
    .unwrap();
    let (out, _, code) = ogp_in(
        tmp.path(),
        &["check", ".", "--as-of", AS_OF, "--format", "json"],
    );
    assert_eq!(code, 1, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["jurisdictions"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["rule"], "S012");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "b/Jurisdiction.toml");
    let (out, err, code) = ogp_in(tmp.path(), &["status", ".", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Riverbend"), "{out}");
    assert!(
        err.contains("b/Jurisdiction.toml") && err.contains("mv "),
        "{err}"
    );
    // alone, the misnamed folder is no repository: a usage error for every command
    for cmd in ["check", "status", "calendar", "timeline"] {
        let (out, err, code) = ogp_in(tmp.path(), &[cmd, "b", "--as-of", AS_OF]);
        assert_eq!(code, 2, "{cmd}: {out}{err}");
        assert!(
            format!("{out}{err}").contains("Jurisdiction.toml"),
            "{cmd}: {out}{err}"
        );
    }
}

/// Files a repository holds on purpose raise nothing; `ignore` silences the rest; a stray
/// `.toml` that is not listed is a warning naming the file and the `ignore` entry to add.
#[test]
fn ignore_lists_files_kept_on_purpose() {
    let tmp = base_copy(&[]);
    let r = tmp.path().join("plan");
    std::fs::write(r.join("notes.toml"), "draft = true\n").unwrap();
    let (out, _, code) = ogp_in(tmp.path(), &["check", "plan", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"notes.toml\" to `ignore`"), "{out}");
    let j = std::fs::read_to_string(r.join("jurisdiction.toml")).unwrap();
    let j = j.replacen(
        "country = \"Freedonia\"",
        "country = \"Freedonia\"\nignore = [\"notes.toml\"]",
        1,
    );
    std::fs::write(r.join("jurisdiction.toml"), j).unwrap();
    let (out, _, code) = ogp_in(tmp.path(), &["check", "plan", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok: 0 errors, 0 warnings"), "{out}");
}

/// A freshly initialised repository is never "ok: 0 errors, 0 warnings": its placeholders are
/// S013 and an empty country S002; filled in with real values, they go.
#[test]
fn a_fresh_repository_is_never_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, err, code) = ogp_in(tmp.path(), &["init", "new", "--joined", "2026-12-01"]);
    assert_eq!(code, 0, "{err}");
    let (out, _, _) = ogp_in(
        tmp.path(),
        &["check", "new", "--as-of", "2026-12-07", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let rules: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["rule"].as_str())
        .collect();
    assert_eq!(
        rules.iter().filter(|r| **r == "S013").count(),
        3,
        "{rules:?}"
    );
    assert!(rules.contains(&"S002"), "{rules:?}");
    let (out, _, _) = ogp_in(
        tmp.path(),
        &[
            "init",
            "filled",
            "--joined",
            "2026-12-01",
            "--country",
            "Brazil",
        ],
    );
    let _ = out;
    let j = tmp.path().join("filled/jurisdiction.toml");
    let text = std::fs::read_to_string(&j)
        .unwrap()
        .replace("Point of contact (replace with a name)", "Ana Souza")
        .replace("point-of-contact@example.org", "ana@prefeitura.gov.br")
        .replace("TODO: the office leading the process", "Mayor's Office");
    std::fs::write(&j, text).unwrap();
    let (out, _, _) = ogp_in(
        tmp.path(),
        &[
            "check",
            "filled",
            "--as-of",
            "2026-12-07",
            "--format",
            "json",
        ],
    );
    assert!(
        !out.contains("\"S013\"") && !out.contains("\"S002\""),
        "{out}"
    );
}

/// The examples shipped with ogp hold no placeholder and nothing unread.
#[test]
fn the_examples_hold_no_placeholder_and_nothing_unread() {
    let (out, _, _) = ogp(&[
        "check",
        "examples",
        "--as-of",
        "2026-11-28",
        "--format",
        "json",
    ]);
    assert!(
        !out.contains("\"S012\"") && !out.contains("\"S013\""),
        "{out}"
    );
}

/// `ogp init` with no DIR starts the repository in the current folder; the command it shows
/// next, and the one of the refusal to overwrite, paste back into a shell for a path with
/// spaces.
#[test]
fn init_without_dir_is_the_current_folder_and_commands_are_pasteable() {
    let tmp = tempfile::tempdir().unwrap();
    let here = tmp.path().join("my city");
    std::fs::create_dir(&here).unwrap();
    let (out, err, code) = ogp_in(&here, &["init", "--joined", "2026-12-01"]);
    assert_eq!(code, 0, "{err}");
    assert!(here.join("jurisdiction.toml").is_file(), "{out}");
    assert!(out.contains("`ogp check .`"), "{out}");
    let (out, err, code) = ogp_in(tmp.path(), &["init", "my city"]);
    assert_eq!(code, 2, "{out}");
    assert!(err.contains("`ogp check 'my city'`"), "{err}");
    let (out, _, code) = ogp_in(tmp.path(), &["init", "new town", "--joined", "2026-12-01"]);
    assert_eq!(code, 0);
    assert!(out.contains("`ogp check 'new town'`"), "{out}");
    // an S012 fix names both paths quoted
    std::fs::rename(
        here.join("plans/2026-2028/meetings.toml"),
        here.join("plans/2026-2028/meeting.toml"),
    )
    .unwrap();
    let (out, _, _) = ogp_in(tmp.path(), &["check", "my city", "--format", "json"]);
    assert!(
        out.contains(
            "`mv 'my city/plans/2026-2028/meeting.toml' 'my city/plans/2026-2028/meetings.toml'`"
        ),
        "{out}"
    );
}

/// Outside a plan repository every command that reads one exits 2, with the reason on stderr.
#[test]
fn every_command_exits_2_outside_a_repository() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [
        &["check"][..],
        &["check", "--format", "json"][..],
        &["check", "--format", "short"][..],
        &["status"][..],
        &["calendar"][..],
        &["timeline"][..],
        &["agenda"][..],
    ] {
        let (out, err, code) = ogp_in(tmp.path(), args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains("holds no plan repository"), "{args:?}: {err}");
        // every command says it in the same words, with the same help
        assert_eq!(
            err,
            "ogp: error: . holds no plan repository and is not inside one (no jurisdiction.toml at, below or above it)\nhelp: point ogp at a folder holding jurisdiction.toml, or at a folder of such folders; `ogp init DIR` starts a new one\n",
            "{args:?}"
        );
    }
}

/// `--new-since` sees the unread files of the earlier tree too, by name: a misnamed file that
/// was already there is not new, a stray file added since is.
#[test]
fn new_since_knows_the_unread_files_of_the_earlier_tree() {
    let tmp = base_copy(&[]);
    let r = tmp.path().join("plan");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(&r)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@riverbend.example")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@riverbend.example")
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
    };
    let c = "plans/2026-2029/commitments";
    std::fs::rename(r.join(c).join("c5.toml"), r.join(c).join("c5.txt")).unwrap();
    git(&["init", "-q", "-b", "main", "."]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "base"]);
    std::fs::write(r.join("notes.toml"), "draft = true\n").unwrap();
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "notes"]);
    let (out, err, _) = ogp_in(
        &r,
        &[
            "check",
            "--as-of",
            AS_OF,
            "--new-since",
            "HEAD~1",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    let paths: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["path"].as_str())
        .collect();
    assert_eq!(paths, ["notes.toml"], "{out}");
}
