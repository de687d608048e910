//! The Action's own scripts, taken from action.yml (never a copy of them) and run with bash the
//! way GitHub's runner runs a composite step (`bash --noprofile --norc -eo pipefail`, the
//! step's `env:` with its `${{ … }}` expressions filled in from the inputs and the event, the
//! `GITHUB_*` files), in real git repositories built in temporary folders and cloned the way
//! a checkout step clones them, with the freshly built `ogp` where the Action looks for it.
//! Also the triggers of the workflow `ogp init` writes, and the pre-commit hooks'.
//!
//! Every plan here is tests/fixtures/base (clean as of 2027-09-15) with one old breach on the
//! default branch: commitment C4's lead is not a stakeholder (S004, an error).

use crate::common::{copy_dir, root};
use serde_json::{Value as Json, json};
use serde_norway::Value as Yaml;
use std::path::{Path, PathBuf};
use std::process::Command;

const AS_OF: &str = "2027-09-15";
const C1: &str = "plans/2026-2029/commitments/c1.toml";
const C2: &str = "plans/2026-2029/commitments/c2.toml";
const C4: &str = "plans/2026-2029/commitments/c4.toml";

/// Whether `git` runs here. Without it a test is skipped, loudly; under CI that is a failure.
fn have_git() -> bool {
    let ok = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "git is not installed, and CI is set: install git (these tests build real repositories)"
        );
        eprintln!("skipped: git is not installed");
    }
    ok
}

/// Runs git in `dir` with fixed dates and no user configuration; returns its trimmed stdout.
fn git(dir: &Path, args: &[&str]) -> String {
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
        .current_dir(dir)
        .env("GIT_AUTHOR_DATE", "2026-01-02T12:00:00+00:00")
        .env("GIT_COMMITTER_DATE", "2026-01-02T12:00:00+00:00")
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

fn edit(dir: &Path, rel: &str, from: &str, to: &str) {
    let p = dir.join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

/// A plan repository on GitHub, as the tests see it: `origin` (the repository, default branch
/// `main` with the old breach, and branches `text` (an edit that breaks nothing) and `breach`
/// (a new S004 in C1), each one commit on main), and the temporary folder around it.
struct Origin {
    tmp: tempfile::TempDir,
    main: String,
}

impl Origin {
    fn new() -> Origin {
        let tmp = tempfile::tempdir().unwrap();
        let o = tmp.path().join("origin");
        copy_dir(&root().join("tests/fixtures/base"), &o);
        git(&o, &["init", "-q", "-b", "main", "."]);
        edit(&o, C4, "lead = \"planning-dept\"", "lead = \"planning\"");
        git(&o, &["add", "-A"]);
        git(&o, &["commit", "-q", "-m", "the plan"]);
        let main = git(&o, &["rev-parse", "HEAD"]);
        git(&o, &["checkout", "-q", "-b", "text"]);
        edit(&o, C2, "title = \"", "title = \"Revised: ");
        git(&o, &["commit", "-q", "-am", "a better title"]);
        git(&o, &["checkout", "-q", "-b", "breach", "main"]);
        edit(&o, C1, "\"m-2026-03-17\"]", "\"m-2026-03-71\"]");
        git(&o, &["commit", "-q", "-am", "a typo in a meeting id"]);
        git(&o, &["checkout", "-q", "main"]);
        Origin { tmp, main }
    }

    fn url(&self) -> String {
        format!("file://{}", self.tmp.path().join("origin").display())
    }

    /// The workspace as `actions/checkout` leaves it: a clone of `branch`, the whole history
    /// (`fetch-depth: 0`) or only its last commit (`depth: Some(1)`, the checkout's default).
    fn checkout(&self, name: &str, branch: &str, depth: Option<u32>) -> PathBuf {
        let ws = self.tmp.path().join(name);
        let mut args = vec!["clone", "-q", "--branch", branch];
        let d = depth.map(|d| format!("--depth={d}"));
        if let Some(d) = &d {
            args.push(d);
        }
        let url = self.url();
        args.push(&url);
        args.push(ws.to_str().unwrap());
        git(self.tmp.path(), &args);
        ws
    }
}

/// What one run of the check step left.
struct Step {
    code: i32,
    stdout: String,
    stderr: String,
    /// `$GITHUB_OUTPUT` after the step.
    output: String,
    /// `$GITHUB_STEP_SUMMARY` after the step.
    summary: String,
}

fn action() -> Yaml {
    serde_norway::from_str(&std::fs::read_to_string(root().join("action.yml")).unwrap()).unwrap()
}

fn step<'a>(action: &'a Yaml, name: &str) -> &'a Yaml {
    action["runs"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| s["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("action.yml has no step {name:?}"))
}

/// Fills in the `${{ … }}` expressions of `text` from `ctx`. The Action's step environments
/// use property paths only (`inputs.path`, `github.event.pull_request.base.sha`): anything
/// else fails the test, so a new kind of expression gets a test of its own. A missing
/// property is empty, as on GitHub.
fn expand(text: &str, ctx: &Json) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("${{") {
        out.push_str(&rest[..i]);
        let end = i + rest[i..].find("}}").expect("an unclosed ${{");
        let expr = rest[i + 3..end].trim();
        assert!(
            !expr.is_empty()
                && expr
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)),
            "an expression this test cannot evaluate: {expr:?}"
        );
        let v = expr
            .split('.')
            .fold(ctx, |v, k| v.get(k).unwrap_or(&Json::Null));
        match v {
            Json::Null => {}
            Json::String(s) => out.push_str(s),
            other => out.push_str(&other.to_string()),
        }
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

/// A run of the Action in `ws` for `event` (`push` or `pull_request`, with its payload) on
/// `git_ref`, with the inputs of `with` over action.yml's defaults: the download step (an
/// action ref that is not a release tag: no binary), then the check step with the freshly
/// built ogp installed where a build from source puts it (`~/.cargo/bin/ogp`).
fn run_action(
    ws: &Path,
    event: &str,
    payload: &Json,
    git_ref: &str,
    with: &[(&str, &str)],
) -> Step {
    let a = action();
    let mut inputs = serde_json::Map::new();
    for (k, v) in a["inputs"].as_mapping().unwrap() {
        let default = v.get("default").and_then(Yaml::as_str).unwrap_or("");
        inputs.insert(k.as_str().unwrap().to_string(), json!(default));
    }
    for (k, v) in with {
        assert!(inputs.contains_key(*k), "action.yml has no input {k}");
        inputs.insert((*k).to_string(), json!(v));
    }
    let runner = ws.parent().unwrap().join(format!(
        "runner-{}",
        ws.file_name().unwrap().to_string_lossy()
    ));
    let home = runner.join("home");
    std::fs::create_dir_all(home.join(".cargo/bin")).unwrap();
    let ogp = home.join(".cargo/bin/ogp");
    if std::fs::symlink_metadata(&ogp).is_err() {
        #[cfg(unix)]
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_ogp"), &ogp).unwrap();
        #[cfg(not(unix))]
        std::fs::copy(env!("CARGO_BIN_EXE_ogp"), &ogp).unwrap();
    }
    let event_path = runner.join("event.json");
    std::fs::write(&event_path, payload.to_string()).unwrap();
    let output = runner.join("github-output");
    let summary = runner.join("step-summary.md");
    std::fs::write(&output, "").unwrap();
    std::fs::write(&summary, "").unwrap();
    let mut ctx = json!({
        "inputs": inputs,
        "github": {
            "event_name": event,
            "event": payload,
            "ref": git_ref,
            "action_ref": "main",
            "action_repository": "ogp-local/ogp",
        },
        "steps": {},
    });
    let path = format!(
        "{}:{}",
        Path::new(env!("CARGO_BIN_EXE_ogp"))
            .parent()
            .unwrap()
            .display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut last = None;
    for (name, id) in [
        ("Download the released ogp", "release"),
        ("Run ogp check", "check"),
    ] {
        let s = step(&a, name);
        assert_eq!(s["shell"].as_str(), Some("bash"));
        let script = runner.join(format!("{id}.sh"));
        std::fs::write(&script, s["run"].as_str().unwrap()).unwrap();
        std::fs::write(&output, "").unwrap();
        let mut cmd = Command::new("bash");
        cmd.args(["--noprofile", "--norc", "-eo", "pipefail"])
            .arg(&script)
            .current_dir(ws)
            .env_clear()
            .env("PATH", &path)
            .env("HOME", &home)
            .env("CI", "true")
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_EVENT_NAME", event)
            .env("GITHUB_EVENT_PATH", &event_path)
            .env("GITHUB_REF", git_ref)
            .env("GITHUB_WORKSPACE", ws)
            .env("GITHUB_OUTPUT", &output)
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "X64")
            .env("RUNNER_TEMP", &runner)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("NO_COLOR", "1");
        for (k, v) in s["env"].as_mapping().into_iter().flatten() {
            cmd.env(k.as_str().unwrap(), expand(v.as_str().unwrap(), &ctx));
        }
        let out = cmd.output().expect("run bash");
        let written = std::fs::read_to_string(&output).unwrap();
        let outputs: serde_json::Map<String, Json> = written
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        ctx["steps"][id] = json!({ "outputs": outputs });
        let done = Step {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            output: written,
            summary: std::fs::read_to_string(&summary).unwrap(),
        };
        if id == "release" {
            assert_eq!(done.code, 0, "{}{}", done.stdout, done.stderr);
            assert_eq!(done.output, "bin=\n", "no release binary for a branch ref");
        }
        last = Some(done);
    }
    last.unwrap()
}

fn pull_request(o: &Origin, head: &str) -> Json {
    json!({
        "action": "synchronize",
        "number": 7,
        "pull_request": {
            "number": 7,
            "base": { "ref": "main", "sha": o.main },
            "head": { "ref": head },
        },
        "repository": { "default_branch": "main", "full_name": "riverbend/plan" },
    })
}

fn push(o: &Origin) -> Json {
    json!({
        "ref": "refs/heads/main",
        "after": o.main,
        "repository": { "default_branch": "main", "full_name": "riverbend/plan" },
    })
}

fn annotations(s: &Step) -> Vec<&str> {
    s.stdout
        .lines()
        .filter(|l| l.starts_with("::error") || l.starts_with("::warning"))
        .collect()
}

fn shown(s: &Step) -> String {
    format!(
        "exit {}\n--- stdout\n{}--- stderr\n{}--- output\n{}",
        s.code, s.stdout, s.stderr, s.output
    )
}

#[test]
fn a_pull_request_is_not_failed_for_a_breach_already_on_its_base() {
    if !have_git() {
        return;
    }
    let o = Origin::new();
    // The push to main reports the breach: it is real.
    let ws = o.checkout("main", "main", None);
    let s = run_action(
        &ws,
        "push",
        &push(&o),
        "refs/heads/main",
        &[("as-of", AS_OF)],
    );
    assert_eq!(s.code, 1, "{}", shown(&s));
    assert_eq!(s.output, "exit-code=1\n");
    let a = annotations(&s);
    assert_eq!(a.len(), 1, "{}", shown(&s));
    assert!(a[0].starts_with(&format!("::error file={C4},")), "{}", a[0]);
    assert!(a[0].contains("title=S004 unknown-reference"), "{}", a[0]);
    // A pull request that only edits a title passes; the summary says what it left out.
    let ws = o.checkout("pr-text", "text", None);
    let s = run_action(
        &ws,
        "pull_request",
        &pull_request(&o, "text"),
        "refs/pull/7/merge",
        &[("as-of", AS_OF)],
    );
    assert_eq!(s.code, 0, "{}", shown(&s));
    assert_eq!(s.output, "exit-code=0\n");
    assert!(annotations(&s).is_empty(), "{}", shown(&s));
    assert!(
        s.summary.contains("1 finding(s) it already had"),
        "{}",
        s.summary
    );
}

#[test]
fn a_pull_request_adding_a_breach_fails_with_its_annotation_only() {
    if !have_git() {
        return;
    }
    let o = Origin::new();
    let ws = o.checkout("pr-breach", "breach", None);
    let s = run_action(
        &ws,
        "pull_request",
        &pull_request(&o, "breach"),
        "refs/pull/7/merge",
        &[("as-of", AS_OF)],
    );
    assert_eq!(s.code, 1, "{}", shown(&s));
    assert_eq!(s.output, "exit-code=1\n");
    let a = annotations(&s);
    assert_eq!(a.len(), 1, "only the new breach: {}", shown(&s));
    assert!(a[0].starts_with(&format!("::error file={C1},")), "{}", a[0]);
    assert!(a[0].contains("m-2026-03-71"), "{}", a[0]);
}

#[test]
fn a_push_to_another_branch_is_compared_with_the_default_branch_even_in_a_shallow_clone() {
    if !have_git() {
        return;
    }
    let o = Origin::new();
    // Only the pushed branch's last commit is there: the step fetches the default branch.
    let ws = o.checkout("push-text", "text", Some(1));
    let payload = json!({
        "ref": "refs/heads/text",
        "repository": { "default_branch": "main" },
    });
    let s = run_action(
        &ws,
        "push",
        &payload,
        "refs/heads/text",
        &[("as-of", AS_OF)],
    );
    assert_eq!(s.code, 0, "{}", shown(&s));
    assert!(annotations(&s).is_empty(), "{}", shown(&s));
    let ws = o.checkout("push-breach", "breach", Some(1));
    let payload = json!({
        "ref": "refs/heads/breach",
        "repository": { "default_branch": "main" },
    });
    let s = run_action(
        &ws,
        "push",
        &payload,
        "refs/heads/breach",
        &[("as-of", AS_OF)],
    );
    assert_eq!(s.code, 1, "{}", shown(&s));
    let a = annotations(&s);
    assert_eq!(a.len(), 1, "{}", shown(&s));
    assert!(a[0].starts_with(&format!("::error file={C1},")), "{}", a[0]);
    // new-since: none checks everything, whatever the branch
    let s = run_action(
        &ws,
        "push",
        &payload,
        "refs/heads/breach",
        &[("as-of", AS_OF), ("new-since", "none")],
    );
    assert_eq!(s.code, 1, "{}", shown(&s));
    assert_eq!(annotations(&s).len(), 2, "{}", shown(&s));
}

#[test]
fn sarif_in_a_nested_folder_is_written_on_pull_requests_and_pushes() {
    if !have_git() {
        return;
    }
    let o = Origin::new();
    let results = |ws: &Path, rel: &str| -> Vec<String> {
        let text = std::fs::read_to_string(ws.join(rel))
            .unwrap_or_else(|e| panic!("no SARIF file {rel}: {e}"));
        let log: Json = serde_json::from_str(&text).unwrap();
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["ruleId"].as_str().unwrap().to_string())
            .collect()
    };
    let with = [
        ("as-of", AS_OF),
        ("sarif", "true"),
        ("sarif-file", "reports/scan/ogp.sarif"),
    ];
    let ws = o.checkout("pr-sarif", "breach", None);
    let s = run_action(
        &ws,
        "pull_request",
        &pull_request(&o, "breach"),
        "refs/pull/7/merge",
        &with,
    );
    assert_eq!(s.code, 1, "{}", shown(&s));
    assert_eq!(annotations(&s).len(), 1, "{}", shown(&s));
    // every finding, the old one too: code scanning compares with the base itself
    assert_eq!(results(&ws, "reports/scan/ogp.sarif"), ["S004", "S004"]);
    let ws = o.checkout("push-sarif", "main", None);
    let s = run_action(&ws, "push", &push(&o), "refs/heads/main", &with);
    assert_eq!(s.code, 1, "{}", shown(&s));
    assert_eq!(results(&ws, "reports/scan/ogp.sarif"), ["S004"]);
    // The upload step finds the file where the check step wrote it.
    let a = action();
    let upload = step(&a, "Upload SARIF to code scanning");
    assert_eq!(
        upload["with"]["sarif_file"].as_str(),
        Some("${{ inputs.sarif-file }}")
    );
    assert!(
        upload["if"]
            .as_str()
            .unwrap()
            .contains("hashFiles(inputs.sarif-file)")
    );
}

#[test]
fn args_are_passed_as_quoted() {
    if !have_git() {
        return;
    }
    let o = Origin::new();
    let ws = o.checkout("pr-args", "breach", None);
    let pr = pull_request(&o, "breach");
    let args =
        r#"--output "json=reports/my report.json" --output 'junit=it'\''s.xml' --ignore "S004""#;
    let s = run_action(
        &ws,
        "pull_request",
        &pr,
        "refs/pull/7/merge",
        &[("as-of", AS_OF), ("args", args)],
    );
    assert_eq!(s.code, 0, "S004 ignored: {}", shown(&s));
    let json: Json = serde_json::from_str(
        &std::fs::read_to_string(ws.join("reports/my report.json")).expect("the quoted path"),
    )
    .unwrap();
    assert_eq!(json["summary"]["errors"], 0);
    assert!(ws.join("it's.xml").is_file(), "{}", shown(&s));
    // $ and * stay as written: nothing is expanded
    let s = run_action(
        &ws,
        "pull_request",
        &pr,
        "refs/pull/7/merge",
        &[("as-of", AS_OF), ("args", "--ignore '$HOME' *")],
    );
    assert_eq!(s.code, 2, "{}", shown(&s));
    assert!(s.stderr.contains("$HOME"), "{}", shown(&s));
    // A quote left open is an error annotation and fails the step.
    let s = run_action(
        &ws,
        "pull_request",
        &pr,
        "refs/pull/7/merge",
        &[("as-of", AS_OF), ("args", "--ignore 'S004")],
    );
    assert_eq!(s.code, 2, "{}", shown(&s));
    assert!(
        s.stdout
            .contains("::error title=ogp::args: a ' quote is not closed"),
        "{}",
        shown(&s)
    );
}

#[test]
fn every_failure_fails_the_step() {
    if !have_git() {
        return;
    }
    let o = Origin::new();
    let ws = o.checkout("pr-fail", "text", None);
    let pr = pull_request(&o, "text");
    let at = "refs/pull/7/merge";
    // a date ogp cannot read
    let s = run_action(&ws, "pull_request", &pr, at, &[("as-of", "2027-13-45")]);
    assert_eq!(s.code, 2, "{}", shown(&s));
    assert_eq!(s.output, "exit-code=2\n");
    // a revision that does not exist, locally or on origin
    let s = run_action(
        &ws,
        "pull_request",
        &pr,
        at,
        &[("as-of", AS_OF), ("new-since", "no-such-branch")],
    );
    assert_eq!(s.code, 2, "{}", shown(&s));
    assert_eq!(s.output, "exit-code=2\n");
    assert!(
        s.stdout
            .contains("::error title=ogp::cannot fetch no-such-branch"),
        "{}",
        shown(&s)
    );
    // the SARIF run, separate on a pull request, cannot write its file: a file is in the way
    std::fs::write(ws.join("reports"), "not a folder").unwrap();
    let s = run_action(
        &ws,
        "pull_request",
        &pr,
        at,
        &[
            ("as-of", AS_OF),
            ("sarif", "true"),
            ("sarif-file", "reports/ogp.sarif"),
        ],
    );
    assert_ne!(s.code, 0, "{}", shown(&s));
    // an option ogp does not know fails the SARIF run (which the annotations' run would too)
    std::fs::remove_file(ws.join("reports")).unwrap();
    let s = run_action(
        &ws,
        "pull_request",
        &pr,
        at,
        &[
            ("as-of", AS_OF),
            ("sarif", "true"),
            ("sarif-file", "reports/ogp.sarif"),
            ("args", "--no-such-option"),
        ],
    );
    assert_eq!(s.code, 2, "{}", shown(&s));
    assert_eq!(s.output, "exit-code=2\n");
    assert!(
        s.stdout
            .contains("::error title=ogp::the SARIF file could not be written"),
        "{}",
        shown(&s)
    );
    assert!(!ws.join("reports/ogp.sarif").exists());
}

/// `--new-since` with `--select`: the count of findings left out as already there counts only
/// the rules the run reports.
#[test]
fn already_there_counts_only_the_selected_rules() {
    if !have_git() {
        return;
    }
    let o = Origin::new();
    let ws = o.checkout("select", "breach", None);
    let known = |select: &str| -> Json {
        let out = Command::new(env!("CARGO_BIN_EXE_ogp"))
            .args([
                "check",
                ".",
                "--as-of",
                AS_OF,
                "--format",
                "json",
                "--new-since",
                "origin/main",
                "--select",
                select,
            ])
            .current_dir(&ws)
            .env("NO_COLOR", "1")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env_remove("OGP_NO_HISTORY")
            .env_remove("GITHUB_STEP_SUMMARY")
            .output()
            .unwrap();
        assert_ne!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Json = serde_json::from_slice(&out.stdout).unwrap();
        v["summary"]["new_since"]["known"].clone()
    };
    assert_eq!(known("S004"), 1, "the S004 on main is already there");
    assert_eq!(
        known("C"),
        0,
        "no C finding is already there; the S004 is not reported"
    );
}

#[test]
fn the_workflow_init_writes_checks_pushes_to_the_default_branch_and_pull_requests() {
    let w: Yaml = serde_norway::from_str(ogp::init::WORKFLOW).unwrap();
    let on = &w["on"];
    for trigger in ["push", "pull_request", "schedule", "workflow_dispatch"] {
        assert!(on.get(trigger).is_some(), "the workflow lacks {trigger}");
    }
    // Every branch is pushed to, the job runs for the default branch's pushes only; any name
    // of the default branch (main, master, trunk) works.
    assert_eq!(
        w["jobs"]["check"]["if"].as_str(),
        Some(
            "github.event_name != 'push' || github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"
        )
    );
    let steps = w["jobs"]["check"]["steps"].as_sequence().unwrap();
    let uses = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("ogp-local/ogp@"))
        })
        .unwrap();
    // new-since is left to `auto`: the pull request's base on pull requests
    assert!(uses["with"].get("new-since").is_none());
    assert_eq!(str_default(&action()["inputs"]["new-since"]), "auto");
}

fn str_default(input: &Yaml) -> &str {
    input["default"].as_str().unwrap_or("")
}

/// pre-commit matches `files` against the added, copied, modified and renamed files of a
/// commit, never the deleted ones: a hook limited to plan files would skip a commit that only
/// deletes one. Both hooks run at every commit and check the whole repository.
#[test]
fn the_pre_commit_hooks_run_on_every_commit_deletions_included() {
    let h: Yaml = serde_norway::from_str(
        &std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap(),
    )
    .unwrap();
    let hooks = h.as_sequence().unwrap();
    assert!(hooks.len() >= 2);
    for hook in hooks {
        let id = hook["id"].as_str().unwrap();
        assert_eq!(hook["always_run"].as_bool(), Some(true), "{id}");
        assert_eq!(hook["pass_filenames"].as_bool(), Some(false), "{id}");
        assert!(
            hook.get("files").is_none() && hook.get("types").is_none(),
            "{id}: a file filter has no effect with always_run and reads as if it had one"
        );
    }
}
