//! The adoption kit: `ogp init` then `ogp check`, the GitHub Action, the pre-commit hook, the
//! documented workflow, the editor configuration, completions and the man page.

use crate::common::{ogp, ogp_in, root};
use serde_json::Value;
use serde_norway::Value as Yaml;

fn yaml(rel: &str) -> Yaml {
    let text =
        std::fs::read_to_string(root().join(rel)).unwrap_or_else(|_| panic!("{rel} is missing"));
    serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{rel} is not valid YAML: {e}"))
}

fn str_at<'a>(v: &'a Yaml, key: &str) -> &'a str {
    v.get(key)
        .and_then(Yaml::as_str)
        .unwrap_or_else(|| panic!("missing string `{key}` in {v:?}"))
}

#[test]
fn init_then_check_passes_with_no_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("riverside");
    let d = dir.to_str().unwrap();
    let (out, err, code) = ogp(&[
        "init",
        d,
        "--name",
        "Riverside",
        "--country",
        "Freedonia",
        "--joined",
        "2026-01-12",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    for f in [
        "jurisdiction.toml",
        "plans/2026-2028/plan.toml",
        "plans/2026-2028/meetings.toml",
        "schema/plan.schema.json",
    ] {
        assert!(dir.join(f).is_file(), "{f} was not written");
    }
    let first = std::fs::read_to_string(dir.join("plans/2026-2028/plan.toml")).unwrap();
    assert!(
        first.starts_with("#:schema ../../schema/plan.schema.json\n"),
        "{first}"
    );
    // Nothing is left behind beside DIR.
    let beside: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside.len(), 1, "{beside:?}");
    for as_of in ["2026-01-12", "2026-03-01"] {
        let (out, err, code) = ogp(&["check", d, "--as-of", as_of, "--format", "json"]);
        assert_eq!(code, 0, "{out}{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["summary"]["errors"], 0, "{out}");
        for diag in v["diagnostics"].as_array().unwrap() {
            assert_eq!(diag["severity"], "warning", "{diag}");
        }
    }
    // And with --deny-warnings off by default, a plain run today passes too.
    let (out, err, code) = ogp(&["check", d]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn init_joint_and_hostile_names_are_valid_toml() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("joint");
    let d = dir.to_str().unwrap();
    let (_, err, code) = ogp(&[
        "init",
        d,
        "--name",
        "North \"&\" South\\",
        "--country",
        "Freedonia",
        "--joined",
        "2026-01-12",
        "--joint",
        "Northville,Southville",
        "--term-end",
        "2028-06-30",
    ]);
    assert_eq!(code, 0, "{err}");
    let (out, err, code) = ogp(&["check", d, "--as-of", "2026-02-01", "--format", "json"]);
    assert_eq!(code, 0, "{out}{err}");
    let text = std::fs::read_to_string(dir.join("jurisdiction.toml")).unwrap();
    assert!(
        text.contains("kind = \"joint\"")
            && text.contains("members = [\"Northville\", \"Southville\"]")
    );
    assert!(
        dir.join("plans/2026-2028/plan.toml").is_file(),
        "the plan ends two months before the term"
    );
}

#[test]
fn init_refuses_to_overwrite_anything() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("existing");
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::write(dir.join("jurisdiction.toml"), "name = \"mine\"\n").unwrap();
    let d = dir.to_str().unwrap();
    let (_, err, code) = ogp(&["init", d]);
    assert_eq!(code, 2);
    assert!(err.contains("never overwrites"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("jurisdiction.toml")).unwrap(),
        "name = \"mine\"\n"
    );
    assert!(!dir.join("plans").exists(), "nothing was written");
    // An existing folder without plan files (a fresh clone) is fine.
    std::fs::remove_file(dir.join("jurisdiction.toml")).unwrap();
    let (_, err, code) = ogp(&["init", d, "--country", "Freedonia"]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join(".git").is_dir() && dir.join("jurisdiction.toml").is_file());
    let (_, _, code) = ogp(&["init", d]);
    assert_eq!(code, 2, "a second init refuses");
}

#[test]
fn action_yml_is_a_usable_composite_action() {
    let a = yaml("action.yml");
    assert!(!str_at(&a, "name").is_empty() && !str_at(&a, "description").is_empty());
    let inputs = a.get("inputs").expect("inputs");
    for key in ["path", "as-of", "args", "sarif", "sarif-file"] {
        let i = inputs.get(key).unwrap_or_else(|| panic!("input {key}"));
        assert!(
            i.get("description").is_some(),
            "input {key} has no description"
        );
    }
    let runs = a.get("runs").expect("runs");
    assert_eq!(str_at(runs, "using"), "composite");
    let steps = runs
        .get("steps")
        .and_then(Yaml::as_sequence)
        .expect("steps");
    let uses: Vec<&str> = steps
        .iter()
        .filter_map(|s| s.get("uses").and_then(Yaml::as_str))
        .collect();
    assert!(
        uses.iter().any(|u| u.starts_with("actions/cache@")),
        "{uses:?}"
    );
    assert!(
        uses.iter()
            .any(|u| u.starts_with("github/codeql-action/upload-sarif@")),
        "{uses:?}"
    );
    let runs_text: String = steps
        .iter()
        .filter_map(|s| s.get("run").and_then(Yaml::as_str))
        .collect();
    assert!(
        runs_text.contains("cargo install --locked --path"),
        "{runs_text}"
    );
    assert!(runs_text.contains("--format github"), "{runs_text}");
    for s in steps.iter().filter(|s| s.get("run").is_some()) {
        assert_eq!(
            str_at(s, "shell"),
            "bash",
            "composite run steps need a shell"
        );
        // Inputs reach scripts through the environment, never pasted into the script.
        assert!(!str_at(s, "run").contains("${{ inputs."), "{s:?}");
    }
}

#[test]
fn pre_commit_hook_is_usable() {
    let h = yaml(".pre-commit-hooks.yaml");
    let hooks = h.as_sequence().expect("a list of hooks");
    let hook = hooks
        .iter()
        .find(|h| str_at(h, "id") == "ogp-check")
        .expect("the ogp-check hook");
    for key in ["name", "entry", "language"] {
        assert!(!str_at(hook, key).is_empty(), "{key}");
    }
    assert!(str_at(hook, "entry").starts_with("ogp check"));
    assert_eq!(str_at(hook, "language"), "rust");
    assert_eq!(
        hook.get("pass_filenames").and_then(Yaml::as_bool),
        Some(false)
    );
}

#[test]
fn documented_workflow_is_the_one_init_writes_and_runs_on_push_pr_and_schedule() {
    let docs = std::fs::read_to_string(root().join("docs/ci.md")).unwrap();
    assert!(
        docs.contains(ogp::init::WORKFLOW),
        "docs/ci.md must show src/init/workflow.yml verbatim"
    );
    let w: Yaml = serde_norway::from_str(ogp::init::WORKFLOW).unwrap();
    let on = w.get("on").expect("on");
    for trigger in ["push", "pull_request", "schedule"] {
        assert!(on.get(trigger).is_some(), "workflow lacks {trigger}");
    }
    let action = yaml("action.yml");
    let inputs = action.get("inputs").unwrap();
    let step = w["jobs"]["check"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|s| {
            s.get("uses")
                .and_then(Yaml::as_str)
                .is_some_and(|u| u.starts_with("ogp-local/ogp@"))
        })
        .unwrap();
    for (k, _) in step["with"].as_mapping().unwrap() {
        assert!(
            inputs.get(k.as_str().unwrap()).is_some(),
            "the workflow passes an unknown input {k:?}"
        );
    }
}

#[test]
fn taplo_config_maps_every_plan_file_to_a_generated_schema() {
    let text = std::fs::read_to_string(root().join(".taplo.toml")).unwrap();
    assert_eq!(
        text,
        ogp::init::TAPLO,
        ".taplo.toml and src/init/taplo.toml must agree"
    );
    let v: toml::Table = toml::from_str(&text).unwrap();
    let paths: Vec<String> = v["rule"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["schema"]["path"].as_str().unwrap().to_string())
        .collect();
    for (name, _) in ogp::schema::all() {
        assert!(
            paths.contains(&format!("./schema/{name}")),
            "{name} is not mapped"
        );
    }
}

#[test]
fn completions_and_man_page_render() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (out, err, code) = ogp(&["completions", shell]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("ogp") && out.contains("check"), "{shell}");
    }
    let (out, _, code) = ogp_in(&root(), &["man"]);
    assert_eq!(code, 0);
    assert!(out.starts_with(".ie") || out.contains(".TH ogp"), "{out}");
    assert!(out.contains("init") && out.contains("completions"));
}

#[test]
fn the_repository_named_in_cargo_toml_is_the_one_the_kit_points_at() {
    let repo = env!("CARGO_PKG_REPOSITORY");
    let slug = repo.trim_start_matches("https://github.com/");
    assert!(
        ogp::init::WORKFLOW.contains(&format!("uses: {slug}@")),
        "src/init/workflow.yml"
    );
    let ci = std::fs::read_to_string(root().join("docs/ci.md")).unwrap();
    assert!(
        ci.contains(&format!("repo: {repo}")),
        "docs/ci.md pre-commit example"
    );
    assert!(
        ci.contains(&format!("--git {repo}")),
        "docs/ci.md install line"
    );
}

#[test]
fn the_workflow_docs_and_hooks_pin_this_release() {
    let tag = format!("v{}", env!("CARGO_PKG_VERSION"));
    let repo = env!("CARGO_PKG_REPOSITORY");
    let slug = repo.trim_start_matches("https://github.com/");
    assert!(
        ogp::init::WORKFLOW.contains(&format!("uses: {slug}@{tag}\n")),
        "src/init/workflow.yml must pin {tag} (docs/releasing.md)"
    );
    assert!(!ogp::init::WORKFLOW.contains("@main"));
    let ci = std::fs::read_to_string(root().join("docs/ci.md")).unwrap();
    assert!(
        ci.contains(&format!("rev: {tag}")),
        "docs/ci.md pre-commit rev"
    );
    assert!(
        ci.contains(&format!("--tag {tag}")),
        "docs/ci.md install line"
    );
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(
        readme.contains(&format!("uses: {slug}@{tag}")),
        "README.md workflow"
    );
    assert!(!readme.contains(&format!("{slug}@main")) && !ci.contains(&format!("{slug}@main")));
    // the whole history, for C211
    assert!(ogp::init::WORKFLOW.contains("fetch-depth: 0"));
}

#[test]
fn the_action_checks_only_new_findings_on_pull_requests_and_prefers_the_release_binary() {
    let a = yaml("action.yml");
    assert_eq!(str_at(&a["inputs"]["new-since"], "default"), "auto");
    assert_eq!(str_at(&a["inputs"]["sarif"], "default"), "false");
    let sarif_doc = str_at(&a["inputs"]["sarif"], "description");
    assert!(
        sarif_doc.contains("private") && sarif_doc.contains("fork"),
        "{sarif_doc}"
    );
    let steps = a["runs"]["steps"].as_sequence().unwrap();
    let run = |name: &str| {
        steps
            .iter()
            .find(|s| str_at(s, "name") == name)
            .map(|s| str_at(s, "run").to_string())
            .unwrap_or_else(|| panic!("no step {name}"))
    };
    let download = run("Download the released ogp");
    assert!(
        download.contains("releases/download/${OGP_REF}/${asset}"),
        "{download}"
    );
    assert!(
        download.contains("ogp-${RUNNER_OS}-${RUNNER_ARCH}"),
        "{download}"
    );
    let check = run("Run ogp check");
    assert!(check.contains("--new-since \"$since\""), "{check}");
    assert!(
        check.contains("pull_request|pull_request_target)"),
        "{check}"
    );
    // building from source happens only without a release binary
    let build = steps
        .iter()
        .find(|s| str_at(s, "name") == "Build ogp from source")
        .unwrap();
    assert!(str_at(build, "if").contains("steps.release.outputs.bin == ''"));
}

#[test]
fn the_release_workflow_builds_every_asset_the_action_downloads() {
    let w = yaml(".github/workflows/release.yml");
    assert!(w["on"]["push"]["tags"].as_sequence().is_some());
    let assets: Vec<String> = w["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|m| str_at(m, "asset").to_string())
        .collect();
    for want in [
        "ogp-Linux-X64.tar.gz",
        "ogp-macOS-ARM64.tar.gz",
        "ogp-macOS-X64.tar.gz",
        "ogp-Windows-X64.zip",
    ] {
        assert!(
            assets.iter().any(|a| a == want),
            "{want} missing from {assets:?}"
        );
    }
}

#[test]
fn the_default_pre_commit_hook_checks_files_only_and_the_deadlines_are_opt_in() {
    let h = yaml(".pre-commit-hooks.yaml");
    let hooks = h.as_sequence().unwrap();
    let entry = |id: &str| {
        hooks
            .iter()
            .find(|h| str_at(h, "id") == id)
            .map(|h| str_at(h, "entry").to_string())
            .unwrap_or_else(|| panic!("no hook {id}"))
    };
    assert_eq!(entry("ogp-check"), "ogp check --select S --no-history");
    assert_eq!(entry("ogp-check-deadlines"), "ogp check");
}
