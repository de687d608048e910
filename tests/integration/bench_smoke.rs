//! A smoke run of the benchmark's registry generator (bench/registry.rs, the `ogp-gen`
//! example): it is deterministic, a registry of N is a prefix of a larger one, `ogp check`
//! reads everything it writes, and the jurisdictions without deliberate faults are clean.
//! Nothing here is timed; the benchmark itself is bench/run.sh (docs/performance.md).

#[path = "../../bench/registry.rs"]
#[allow(dead_code)]
mod registry;

use crate::common::ogp_in;
use std::collections::BTreeMap;
use std::path::Path;

/// Every file below `dir`, by relative path.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn the_generator_is_deterministic_and_its_registry_checks() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let small = tempfile::tempdir().unwrap();
    let stats = registry::generate(a.path(), 5, 2026).unwrap();
    assert_eq!(stats, registry::generate(b.path(), 5, 2026).unwrap());
    assert_eq!(stats.jurisdictions, 5);
    let fa = files(a.path());
    assert_eq!(fa.len(), stats.files);
    assert!(
        fa == files(b.path()),
        "two runs with the same seed write different files"
    );
    registry::generate(small.path(), 2, 2026).unwrap();
    let fs = files(small.path());
    assert!(
        fs.iter().all(|(p, t)| fa.get(p) == Some(t)),
        "the registry of 2 is not a prefix of the registry of 5"
    );
    assert!(
        fa.keys().any(|p| p.ends_with("/plan.toml"))
            && fa.keys().any(|p| p.contains("/commitments/"))
    );
    assert!(
        fa.keys().any(|p| p.ends_with("/tracker.toml"))
            && fa.keys().any(|p| p.ends_with("/meetings.toml"))
    );

    let dir = a.path().to_str().unwrap();
    let (out, err, code) = ogp_in(
        a.path(),
        &["check", "--format", "json", "--as-of", registry::AS_OF, dir],
    );
    assert!(code == 0 || code == 1, "ogp check failed ({code}): {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["jurisdictions"], 5);
    let (again, _, _) = ogp_in(
        a.path(),
        &["check", "--format", "json", "--as-of", registry::AS_OF, dir],
    );
    assert_eq!(out, again, "two checks of the same registry differ");

    // A jurisdiction without deliberate faults reports nothing at all.
    let diags = v["diagnostics"].as_array().unwrap();
    for i in 0..5 {
        let g = registry::jurisdiction(2026, i);
        let noisy: Vec<&serde_json::Value> = diags
            .iter()
            .filter(|d| d["path"].as_str().is_some_and(|p| p.contains(&g.folder)))
            .collect();
        if g.faults.is_empty() {
            assert!(
                noisy.is_empty(),
                "clean jurisdiction {} reports {noisy:#?}",
                g.folder
            );
        }
    }
}

#[test]
fn only_the_jurisdictions_with_faults_report_anything() {
    let dir = tempfile::tempdir().unwrap();
    let n = 40;
    registry::generate(dir.path(), n, 7).unwrap();
    let report = ogp::pipeline::collect(
        &[dir.path().to_path_buf()],
        &ogp::pipeline::Settings::new(ogp::rules::Options {
            as_of: registry::AS_OF.parse().unwrap(),
            as_of_given: true,
        }),
    )
    .unwrap();
    assert_eq!(report.checked.len(), n);
    let mut faulty = 0;
    for i in 0..n {
        let g = registry::jurisdiction(7, i);
        let c = report
            .checked
            .iter()
            .find(|c| c.j.root.ends_with(&g.folder))
            .unwrap_or_else(|| panic!("{} was not checked", g.folder));
        let codes: Vec<&str> = c.findings.iter().map(|f| f.rule.code).collect();
        if g.faults.is_empty() {
            assert!(codes.is_empty(), "clean {} reports {codes:?}", g.folder);
        } else {
            faulty += 1;
        }
    }
    assert!(
        faulty > 0,
        "no faults in the first {n} jurisdictions of seed 7"
    );
}

#[test]
fn about_one_jurisdiction_in_five_has_deliberate_faults() {
    let faulty = (0..1000)
        .filter(|&i| !registry::jurisdiction(2026, i).faults.is_empty())
        .count();
    assert!(
        (150..=250).contains(&faulty),
        "{faulty} of 1000 have faults"
    );
}
