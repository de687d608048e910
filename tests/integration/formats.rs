//! Every output format of `ogp check` over the same fixture (tests/fixtures/eco: errors,
//! warnings, a waived finding, an expired and an unused waiver, a finding without a line, and
//! hostile text in an id and a file name), as of a pinned date: one golden file per format,
//! the SARIF schema, `--output`, the GitHub step summary and `--select`/`--ignore`.

use crate::common::{copy_dir, golden, ogp, ogp_with_summary, root};
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/eco";
const AS_OF: &str = "2027-01-15";

fn check(format: &str) -> (String, i32) {
    let (out, err, code) = ogp(&["check", FIXTURE, "--as-of", AS_OF, "--format", format]);
    assert!(err.is_empty(), "stderr: {err}");
    (out, code)
}

#[test]
fn golden_per_format() {
    for format in crate::common::formats_of("check") {
        let file = match format.as_str() {
            "human" => "check.txt",
            "short" => "check.short.txt",
            "json" => "check.json",
            "github" => "check.github.txt",
            "sarif" => "check.sarif",
            "junit" => "check.junit.xml",
            other => panic!("check --format {other} has no golden file: name one here"),
        };
        let (out, code) = check(&format);
        assert_eq!(code, 1, "{format}: the fixture has errors");
        golden(&format!("formats/{file}"), &out);
    }
}

/// `--format short`: one line per finding (the JSON's diagnostics, folded ones included), each
/// `path:line:col: CODE [severity] message` or `path: CODE [severity] message`, errors before
/// warnings, then the summary line of the human format.
#[test]
fn short_is_one_line_per_finding_errors_first() {
    let (out, _) = check("short");
    let (json, _) = check("json");
    let v: Value = serde_json::from_str(&json).unwrap();
    let n = v["diagnostics"].as_array().unwrap().len();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), n + 1, "{out}");
    let (summary, findings) = lines.split_last().unwrap();
    assert!(summary.starts_with("failed: "), "{summary}");
    let re_sev = |l: &str| {
        if l.contains(" [error") {
            0
        } else if l.contains(" [warning") {
            1
        } else {
            panic!("no severity: {l}")
        }
    };
    for l in findings {
        let (place, rest) = l.split_once(": ").unwrap();
        assert!(place.starts_with(FIXTURE), "{l}");
        let code = rest.split(' ').next().unwrap();
        assert!(
            code.len() == 4 && code.chars().skip(1).all(|c| c.is_ascii_digit()),
            "{l}"
        );
    }
    let sev: Vec<i32> = findings.iter().map(|l| re_sev(l)).collect();
    assert!(sev.windows(2).all(|w| w[0] <= w[1]), "errors first:\n{out}");
}

/// The human format puts a jurisdiction's errors before its warnings too.
#[test]
fn human_lists_errors_before_warnings() {
    let (out, _) = check("human");
    let marks: Vec<char> = out
        .lines()
        .filter_map(|l| l.trim_start().chars().next())
        .filter(|c| *c == '×' || *c == '⚠')
        .collect();
    let first_warning = marks.iter().position(|c| *c == '⚠').unwrap();
    assert!(
        marks[first_warning..].iter().all(|c| *c == '⚠'),
        "{marks:?}\n{out}"
    );
    assert!(first_warning > 0);
}

/// The official SARIF 2.1.0 schema (a copy of ../shared/schemas/sarif-schema-2.1.0.json, so the
/// test needs nothing outside the repository).
pub fn sarif_validator() -> crate::json_schema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/schemas/sarif-schema-2.1.0.json"))
            .expect("schema copy"),
    )
    .unwrap();
    crate::json_schema::Validator::new(schema)
}

#[test]
fn sarif_validates_against_the_official_schema_and_every_result_has_a_location() {
    let validator = sarif_validator();
    let (out, _) = check("sarif");
    let log: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(
        !validator.is_valid(&broken),
        "the validator must catch a bad level"
    );
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), ogp::catalog::all().len());
    for r in rules {
        for key in [
            "shortDescription",
            "fullDescription",
            "help",
            "helpUri",
            "defaultConfiguration",
        ] {
            assert!(!r[key].is_null(), "rule {} lacks {key}", r["id"]);
        }
    }
    let results = run["results"].as_array().unwrap();
    assert!(results.len() >= 8);
    for res in results {
        let idx = usize::try_from(res["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(rules[idx]["id"], res["ruleId"]);
        let loc = &res["locations"][0]["physicalLocation"];
        assert!(
            loc["artifactLocation"]["uri"]
                .as_str()
                .is_some_and(|u| !u.is_empty()),
            "{res}"
        );
        assert!(loc["region"]["startLine"].as_u64().is_some(), "{res}");
    }
    assert!(
        results
            .iter()
            .any(|r| r["suppressions"][0]["kind"] == "inSource"),
        "the waived finding is suppressed"
    );
}

#[test]
fn sarif_of_a_folder_with_no_plan_repository_still_has_locations() {
    let dir = tempfile::tempdir().unwrap();
    let (out, _, code) = ogp(&["check", dir.path().to_str().unwrap(), "--format", "sarif"]);
    assert_eq!(code, 2);
    let log: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = sarif_validator()
        .iter_errors(&log)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let res = &log["runs"][0]["results"][0];
    assert_eq!(res["ruleId"], "S007");
    assert!(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
}

#[test]
fn output_writes_extra_formats_beside_the_terminal_output() {
    let dir = tempfile::tempdir().unwrap();
    // missing folders are created
    let sarif = dir.path().join("reports/ci/ogp.sarif");
    let json = dir.path().join("report.json");
    let (out, err, code) = ogp(&[
        "check",
        FIXTURE,
        "--as-of",
        AS_OF,
        "--output",
        &format!("sarif={}", sarif.display()),
        "--output",
        &format!("json={}", json.display()),
    ]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(out, check("human").0);
    assert_eq!(std::fs::read_to_string(&sarif).unwrap(), check("sarif").0);
    assert_eq!(std::fs::read_to_string(&json).unwrap(), check("json").0);
    let (_, err, code) = ogp(&["check", FIXTURE, "--output", "xml=out.xml"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a format"), "{err}");
}

/// Two `--output`s naming one file would overwrite each other: a usage error naming the file,
/// before anything is written, whether the file is written the same way twice, through `.`
/// and `..`, or through a symbolic link to its folder.
#[test]
fn two_outputs_to_one_file_are_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("reports")).unwrap();
    let d = dir.path().display();
    let mut same = vec![
        (
            format!("{d}/reports/ogp.out"),
            format!("{d}/reports/ogp.out"),
        ),
        (
            format!("{d}/reports/ogp.out"),
            format!("{d}/reports/./x/../ogp.out"),
        ),
        (format!("{d}/new/ogp.out"), format!("{d}/new/ogp.out")),
    ];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("reports"), dir.path().join("link")).unwrap();
        same.push((format!("{d}/reports/ogp.out"), format!("{d}/link/ogp.out")));
    }
    for (a, b) in &same {
        let (out, err, code) = ogp(&[
            "check",
            FIXTURE,
            "--as-of",
            AS_OF,
            "--output",
            &format!("sarif={a}"),
            "--output",
            &format!("json={b}"),
        ]);
        assert_eq!(code, 2, "{a} and {b}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.contains(&format!("`{a}`")), "{err}");
        assert!(err.contains("each format needs a file of its own"), "{err}");
        assert!(!dir.path().join("reports/ogp.out").exists() && !dir.path().join("new").exists());
    }
    // two files side by side are fine
    let (_, err, code) = ogp(&[
        "check",
        FIXTURE,
        "--as-of",
        AS_OF,
        "--output",
        &format!("sarif={d}/reports/ogp.sarif"),
        "--output",
        &format!("json={d}/reports/ogp.json"),
    ]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn github_step_summary_is_appended() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let (_, _, code) = ogp_with_summary(
        &["check", FIXTURE, "--as-of", AS_OF, "--format", "github"],
        &summary,
    );
    assert_eq!(code, 1);
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.starts_with("earlier step\n"));
    golden("formats/step-summary.md", &text["earlier step\n".len()..]);
}

#[test]
fn annotations_survive_hostile_text() {
    let (out, _) = check("github");
    for line in out.lines() {
        if let Some(rest) = line.strip_prefix("::") {
            let (kind, _) = rest.split_once(' ').unwrap();
            assert!(["error", "warning", "notice"].contains(&kind), "{line}");
        }
    }
    let forged = out.lines().filter(|l| l.starts_with("::error::")).count();
    assert_eq!(forged, 0, "no text may start a command of its own:\n{out}");
    assert!(out.contains(
        "file=tests/fixtures/eco/riverside/plans/2026-2029/commitments/c2 open%2Cdata.toml,line=3"
    ));
    assert!(out.contains("`procurement,dept:100%25%0A::error::forged`"));
}

fn codes(args: &[&str]) -> Vec<String> {
    let mut a = vec!["check", FIXTURE, "--as-of", AS_OF, "--format", "json"];
    a.extend_from_slice(args);
    let (out, err, _) = ogp(&a);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn select_and_ignore_by_code_family_and_name() {
    let all = codes(&[]);
    assert!(all.iter().any(|c| c.starts_with("C2")) && all.iter().any(|c| c.starts_with('S')));
    assert!(
        codes(&["--ignore", "C2"])
            .iter()
            .all(|c| !c.starts_with("C2"))
    );
    assert!(codes(&["--ignore", "C208"]).iter().all(|c| c != "C208"));
    assert!(codes(&["--select", "S"]).iter().all(|c| c.starts_with('S')));
    // M305 for 2026-Q2 and Q3 (Q4's update is not due until 2027-01-31), and one S004
    assert_eq!(codes(&["--select", "M305,S004"]).len(), 3);
    assert!(
        codes(&["--ignore", "milestone-overdue"])
            .iter()
            .all(|c| c != "C208")
    );
    // Ignoring a rule never makes its waiver look unused.
    let s010 = |v: Vec<String>| v.iter().filter(|c| *c == "S010").count();
    assert_eq!(s010(codes(&["--ignore", "C208"])), s010(codes(&[])));
    let (_, err, code) = ogp(&["check", FIXTURE, "--ignore", "Z9"]);
    assert_eq!(code, 2);
    assert!(err.contains("names no rule"), "{err}");
}

#[test]
fn waived_findings_do_not_count() {
    let (out, _) = check("json");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["waived"], 1);
    let waived: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| !d["waived"].is_null())
        .collect();
    assert_eq!(waived.len(), 1);
    assert_eq!(waived[0]["rule"], "C208");
    assert_eq!(waived[0]["waived"]["until"], "2027-03-31");
    // Once the waiver expires, the finding counts again and S009 says so.
    let (out, _, _) = ogp(&[
        "check",
        FIXTURE,
        "--as-of",
        "2027-04-01",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["waived"], 0);
    let s009 = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "S009")
        .count();
    assert_eq!(s009, 2);
}

#[test]
fn sarif_keeps_the_most_severe_results_within_the_cap_and_says_how_many_it_left_out() {
    let opts = ogp::rules::Options {
        as_of: AS_OF.parse().unwrap(),
        as_of_given: true,
    };
    let report =
        ogp::pipeline::collect(&[root().join(FIXTURE)], &ogp::pipeline::Settings::new(opts))
            .unwrap();
    let all: Vec<_> = report.all().map(|(_, _, f)| f).collect();
    let errors = all
        .iter()
        .filter(|f| f.severity == ogp::diag::Severity::Error && f.waived.is_none())
        .count();
    assert!(
        errors >= 2 && all.len() > errors + 1,
        "the fixture has errors and more"
    );
    let cap = errors + 1;
    let log: Value = serde_json::from_str(&ogp::render::check::sarif::render_capped(
        &report,
        cap,
        ogp::i18n::Lang::En,
    ))
    .unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), cap);
    let levels: Vec<&str> = results
        .iter()
        .map(|r| r["level"].as_str().unwrap())
        .collect();
    assert!(levels[..errors].iter().all(|l| *l == "error"), "{levels:?}");
    assert_eq!(levels[errors], "warning");
    let notes = &log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(
        notes[0]["message"]["text"],
        format!(
            "{} of {} results left out: code scanning accepts {cap} per run; the most severe are kept. Run `ogp check` or write --format json to see them all.",
            all.len() - cap,
            all.len()
        )
    );
    assert!(sarif_validator().is_valid(&log));
    assert_eq!(ogp::render::check::sarif::MAX_RESULTS, 25_000);
    // the note is in the run's language, like the rules' texts
    let es: Value = serde_json::from_str(&ogp::render::check::sarif::render_capped(
        &report,
        cap,
        ogp::i18n::Lang::Es,
    ))
    .unwrap();
    assert_eq!(
        es["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"],
        format!(
            "{} de {} resultados omitidos: el análisis de código acepta {cap} por ejecución; se conservan los más graves. Ejecute `ogp check` o use --format json para verlos todos.",
            all.len() - cap,
            all.len()
        )
    );
}

#[test]
fn every_result_carries_its_fingerprint_and_whether_it_is_closed() {
    let (out, _) = check("sarif");
    let log: Value = serde_json::from_str(&out).unwrap();
    let (json, _) = check("json");
    let report: Value = serde_json::from_str(&json).unwrap();
    let sarif: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["partialFingerprints"]["ogpFinding/v1"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let json: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["fingerprint"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sarif, json);
    assert!(sarif.iter().all(|f| f.len() == 16));
    let mut unique = sarif.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        sarif.len(),
        "no two findings share a fingerprint"
    );
}

#[test]
fn with_deny_warnings_the_last_line_says_the_run_failed() {
    // the clean base as of a day with one warning only (an overdue milestone)
    let dir = tempfile::tempdir().unwrap();
    let c1 = "plans/2026-2029/commitments/c1.toml";
    copy_dir(&root().join("tests/fixtures/base"), dir.path());
    let text = std::fs::read_to_string(dir.path().join(c1)).unwrap();
    std::fs::write(
        dir.path().join(c1),
        text.replacen("due = 2026-12-31\ndone = 2026-12-15", "due = 2026-12-31", 1),
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let (out, _, code) = ogp(&["check", d, "--as-of", AS_OF]);
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("ok: 0 errors, 1 warning in 1 jurisdiction"),
        "{out}"
    );
    let (out, _, code) = ogp(&["check", d, "--as-of", AS_OF, "--deny-warnings"]);
    assert_eq!(code, 1);
    let last = out.lines().last().unwrap();
    assert!(
        last.starts_with("failed: 0 errors, 1 warning in 1 jurisdiction as of 2027-01-15 (--deny-warnings: warnings fail the run)"),
        "{last}"
    );
    let (json, _, _) = ogp(&[
        "check",
        d,
        "--as-of",
        AS_OF,
        "--deny-warnings",
        "--format",
        "json",
    ]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["summary"]["failed"], true);
}

#[test]
fn a_waiver_without_until_acknowledges_closed_findings_and_refuses_open_ones() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("tests/fixtures/base"), dir.path());
    let edit = |rel: &str, from: &str, to: &str| {
        let p = dir.path().join(rel);
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.contains(from), "{rel}: {from}");
        std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    };
    // closed: the inception assessment came late (due 2026-07-15)
    edit(
        "plans/2026-2029/plan.toml",
        "inception = 2026-07-10",
        "inception = 2026-07-20",
    );
    // open: an overdue milestone, which can still be done
    let c1 = "plans/2026-2029/commitments/c1.toml";
    edit(
        c1,
        "due = 2026-12-31\ndone = 2026-12-15",
        "due = 2026-12-31",
    );
    let j = dir.path().join("jurisdiction.toml");
    let text = std::fs::read_to_string(&j).unwrap();
    let m302 =
        "\n[[waiver]]\nrule = \"M302\"\nreason = \"Late by five days; agreed with the forum.\"\n";
    let c208 = "\n[[waiver]]\nrule = \"C208\"\nreason = \"We will get to it.\"\n";
    std::fs::write(&j, format!("{text}{m302}{c208}")).unwrap();
    let d = dir.path().to_str().unwrap();
    let (json, _, code) = ogp(&["check", d, "--as-of", AS_OF, "--format", "json"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    let find = |rule: &str| {
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["rule"] == rule)
            .unwrap_or_else(|| panic!("no {rule}: {json}"))
            .clone()
    };
    let late = find("M302");
    assert_eq!(late["closed"], true);
    assert_eq!(
        late["waived"],
        serde_json::json!({"reason": "Late by five days; agreed with the forum.", "until": null})
    );
    let overdue = find("C208");
    assert_eq!(overdue["closed"], false);
    assert_eq!(
        overdue["waived"],
        Value::Null,
        "an open finding is not acknowledged"
    );
    let s002 = find("S002");
    assert_eq!(
        s002["message"],
        "this waiver of C208 milestone-overdue has no `until`, but a finding it covers can still be remedied, so it keeps counting"
    );
    assert_eq!(s002["severity"], "error");
    assert_eq!(code, 1);
    assert_eq!(v["summary"]["acknowledged"], 1);
    assert_eq!(v["summary"]["waived"], 1);
    let (human, _, _) = ogp(&["check", d, "--as-of", AS_OF]);
    assert!(
        human.contains("acknowledged: the inception assessment was submitted 2026-07-20")
            && human.contains("(reason: Late by five days; agreed with the forum.)"),
        "{human}"
    );
    let last = human.lines().last().unwrap();
    assert!(
        last.starts_with("failed: 1 error, 1 warning (1 acknowledged) in 1 jurisdiction"),
        "{last}"
    );
    // without the C208 waiver and with the milestone done, the run is green again, and the
    // late assessment stays visible
    std::fs::write(&j, format!("{text}{m302}")).unwrap();
    edit(
        c1,
        "due = 2026-12-31",
        "due = 2026-12-31\ndone = 2026-12-15",
    );
    let (human, _, code) = ogp(&["check", d, "--as-of", AS_OF]);
    assert_eq!(code, 0, "{human}");
    assert!(
        human
            .lines()
            .last()
            .unwrap()
            .starts_with("ok: 0 errors, 0 warnings (1 acknowledged) in 1 jurisdiction"),
        "{human}"
    );
    assert!(human.contains("1 acknowledged"), "{human}");
    let summary = dir.path().join("summary.md");
    ogp_with_summary(
        &["check", d, "--as-of", AS_OF, "--format", "github"],
        &summary,
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(md.contains("0 waived, 1 acknowledged"), "{md}");
}

#[test]
fn past_25000_findings_the_sarif_run_and_the_step_summary_say_how_many_were_left_out() {
    let opts = ogp::rules::Options {
        as_of: AS_OF.parse().unwrap(),
        as_of_given: true,
    };
    let mut report =
        ogp::pipeline::collect(&[root().join(FIXTURE)], &ogp::pipeline::Settings::new(opts))
            .unwrap();
    let one = report.checked[0].findings[0].clone();
    while report.all().count() <= ogp::render::check::sarif::MAX_RESULTS {
        report.checked[0].findings.push(one.clone());
    }
    let total = report.all().count();
    let log: Value = serde_json::from_str(&ogp::render::check::sarif::render(
        &report,
        ogp::i18n::Lang::En,
    ))
    .unwrap();
    assert_eq!(
        log["runs"][0]["results"].as_array().unwrap().len(),
        ogp::render::check::sarif::MAX_RESULTS
    );
    let note = log["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        note.starts_with(&format!("{} of {total} results left out", total - 25_000)),
        "{note}"
    );
    let md = ogp::render::check::github::step_summary(&report, ogp::i18n::Lang::En);
    assert!(
        md.contains(&format!(
            "SARIF: {} of {total} findings are left out of a SARIF file (code scanning accepts 25000 results per run; the most severe are kept)",
            total - 25_000
        )),
        "{}",
        &md[..md.len().min(2000)]
    );
}
