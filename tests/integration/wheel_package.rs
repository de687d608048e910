//! The Python package that carries the binary (`pip install ogp-local`), as the files declare
//! it: pyproject.toml builds the `ogp` binary into a wheel with ogp's own version; the README
//! leads with it; the pre-commit hook that installs the wheel (docs/ci.md) runs what the
//! repository's hook runs and pins this version; the release workflow builds and publishes the
//! wheels for every platform; CI builds, installs and runs a real wheel (tests/wheel.sh).

use crate::common::root;
use serde_norway::Value as Yaml;

fn text(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn yaml(s: &str) -> Yaml {
    serde_norway::from_str(s).unwrap_or_else(|e| panic!("not valid YAML: {e}\n{s}"))
}

fn s<'a>(v: &'a Yaml, key: &str) -> &'a str {
    v.get(key)
        .and_then(Yaml::as_str)
        .unwrap_or_else(|| panic!("missing string `{key}` in {v:?}"))
}

#[test]
fn pyproject_builds_the_binary_with_cargo_s_version() {
    let p: toml::Table = text("pyproject.toml")
        .parse()
        .expect("pyproject.toml is TOML");
    assert_eq!(p["build-system"]["build-backend"].as_str(), Some("maturin"));
    assert_eq!(p["tool"]["maturin"]["bindings"].as_str(), Some("bin"));
    let project = &p["project"];
    assert_eq!(project["name"].as_str(), Some("ogp-local"));
    // one version, Cargo.toml's: none written here
    assert!(project.get("version").is_none());
    let dynamic = project["dynamic"].as_array().unwrap();
    assert!(dynamic.iter().any(|d| d.as_str() == Some("version")));
    assert_eq!(
        project["description"].as_str(),
        Some(env!("CARGO_PKG_DESCRIPTION"))
    );
}

#[test]
fn the_readme_installs_the_wheel_first_then_cargo() {
    let readme = text("README.md");
    let install = readme
        .split("\n## Install\n")
        .nth(1)
        .and_then(|r| r.split("\n## ").next())
        .expect("an Install section");
    let pipx = install.find("pipx install ogp-local").expect("pipx line");
    let pip = install.find("pip install ogp-local").expect("pip line");
    let cargo = install.find("cargo install").expect("cargo line");
    assert!(pipx < cargo && pip < cargo, "{install}");
    let tag = format!("--tag v{}", env!("CARGO_PKG_VERSION"));
    assert!(
        install.contains(&tag),
        "README.md install line must pin {tag}"
    );
    // the two commands stay as they are
    assert!(readme.contains("cargo run --release -- check examples/riverbend --as-of 2026-11-28"));
}

/// The YAML block of docs/ci.md that holds `repo: local`.
fn local_hook_config() -> Yaml {
    let ci = text("docs/ci.md");
    let block = ci
        .split("```yaml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .find(|b| b.contains("repo: local"))
        .expect("docs/ci.md shows a `repo: local` pre-commit hook");
    yaml(block)
}

#[test]
fn the_documented_wheel_hook_runs_what_the_repository_s_hook_runs() {
    let config = local_hook_config();
    let repo = &config["repos"][0];
    assert_eq!(s(repo, "repo"), "local");
    let hook = &repo["hooks"][0];
    assert_eq!(s(hook, "language"), "python");
    let deps = hook["additional_dependencies"].as_sequence().unwrap();
    let pin = format!("ogp-local=={}", env!("CARGO_PKG_VERSION"));
    assert_eq!(
        deps.iter().filter_map(Yaml::as_str).collect::<Vec<_>>(),
        [pin.as_str()],
        "docs/ci.md must pin this version (docs/releasing.md)"
    );
    let manifest = yaml(&text(".pre-commit-hooks.yaml"));
    let theirs = manifest
        .as_sequence()
        .unwrap()
        .iter()
        .find(|h| s(h, "id") == s(hook, "id"))
        .expect("the same id in .pre-commit-hooks.yaml");
    for key in ["name", "entry"] {
        assert_eq!(s(hook, key), s(theirs, key), "{key}");
    }
    for key in ["pass_filenames", "always_run", "files"] {
        assert_eq!(hook.get(key), theirs.get(key), "{key}");
    }
}

#[test]
fn the_release_workflow_builds_a_wheel_per_platform_and_publishes_them_after_every_build() {
    let w = yaml(&text(".github/workflows/release.yml"));
    let jobs = &w["jobs"];
    let wheels = &jobs["wheels"];
    let targets: Vec<(String, String)> = wheels["strategy"]["matrix"]["include"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|m| (s(m, "os").to_string(), s(m, "target").to_string()))
        .collect();
    for (os, target) in [
        ("ubuntu", "x86_64"),
        ("ubuntu", "aarch64"),
        ("macos", "x86_64"),
        ("macos", "aarch64"),
        ("windows", "x64"),
    ] {
        assert!(
            targets
                .iter()
                .any(|(o, t)| o.starts_with(os) && t == target),
            "no wheel for {os} {target}: {targets:?}"
        );
    }
    let steps = wheels["steps"].as_sequence().unwrap();
    assert!(
        steps.iter().any(|st| st
            .get("uses")
            .and_then(Yaml::as_str)
            .is_some_and(|u| u.starts_with("PyO3/maturin-action@"))),
        "built with maturin"
    );
    // each wheel is installed and run before it is kept
    assert!(
        steps
            .iter()
            .filter_map(|st| st.get("run").and_then(Yaml::as_str))
            .any(|r| r.contains("pip install") && r.contains("ogp\" check")),
        "{steps:?}"
    );
    let needs: Vec<&str> = jobs["pypi"]["needs"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(Yaml::as_str)
        .collect();
    assert_eq!(needs, ["build", "wheels", "sdist"]);
    assert_eq!(s(&jobs["pypi"]["permissions"], "id-token"), "write");
}

#[test]
fn ci_builds_installs_and_runs_the_wheel_after_cargo_test() {
    let run = text(".ci/run");
    let lines: Vec<&str> = run.lines().map(str::trim).collect();
    let test = lines.iter().position(|l| *l == "cargo test --locked");
    let wheel = lines.iter().position(|l| *l == "bash tests/wheel.sh");
    assert!(
        matches!((test, wheel), (Some(t), Some(w)) if t < w),
        ".ci/run must run `bash tests/wheel.sh` after `cargo test --locked`"
    );
    assert_eq!(lines.last(), Some(&"bash tests/wheel.sh"));
}
