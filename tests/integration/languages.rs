//! The messages in every language: representative outputs of each translated surface as
//! golden files (`tests/golden/lang/<lang>/`, `OGP_BLESS=1` rewrites them), English with
//! `--lang en` byte for byte what it is without, and how the language is chosen.

use crate::common::{LANGS, golden, ogp, ogp_with_summary, root};
use std::process::Command;

/// The outputs each language's goldens hold: a failing registry's check, a failing plan's
/// short output, one jurisdiction's status and a registry's, a calendar, a timeline in each
/// of its text formats, a forum briefing, and a usage error.
const CASES: [(&str, &[&str]); 11] = [
    (
        "check-registry.txt",
        &["check", "examples", "--as-of", "2027-06-30"],
    ),
    (
        "check-harbor-town-short.txt",
        &[
            "check",
            "examples/harbor-town",
            "--as-of",
            "2027-06-30",
            "--format",
            "short",
        ],
    ),
    (
        "status-riverbend.txt",
        &["status", "examples/riverbend", "--as-of", "2027-06-30"],
    ),
    (
        "status-registry.md",
        &[
            "status",
            "examples",
            "--as-of",
            "2027-06-30",
            "--format",
            "markdown",
        ],
    ),
    (
        "calendar-riverbend.txt",
        &["calendar", "examples/riverbend", "--as-of", "2026-11-28"],
    ),
    (
        "calendar-lakeside.md",
        &[
            "calendar",
            "examples/lakeside-status",
            "--as-of",
            "2027-06-30",
            "--format",
            "markdown",
        ],
    ),
    (
        "timeline-riverbend.txt",
        &["timeline", "examples/riverbend", "--as-of", "2026-11-28"],
    ),
    (
        "timeline-riverbend.md",
        &[
            "timeline",
            "examples/riverbend",
            "--as-of",
            "2026-11-28",
            "--format",
            "markdown",
        ],
    ),
    (
        "agenda-riverbend.md",
        &["agenda", "examples/riverbend", "--as-of", "2026-11-28"],
    ),
    (
        "agenda-riverbend.html",
        &[
            "agenda",
            "examples/riverbend",
            "--as-of",
            "2026-11-28",
            "--format",
            "html",
        ],
    ),
    (
        "timeline-riverbend.svg",
        &[
            "timeline",
            "examples/riverbend",
            "--as-of",
            "2026-11-28",
            "--format",
            "svg",
        ],
    ),
];

#[test]
fn representative_outputs_in_every_language() {
    for lang in LANGS {
        for (name, args) in CASES {
            let mut a = args.to_vec();
            a.extend(["--lang", lang]);
            let (out, err, _) = ogp(&a);
            assert!(err.is_empty(), "{a:?}: {err}");
            golden(&format!("lang/{lang}/{name}"), &out);
        }
        let (_, err, code) = ogp(&[
            "calendar",
            "examples/riverbend",
            "--from",
            "2027-02-01",
            "--to",
            "2027-01-01",
            "--lang",
            lang,
        ]);
        assert_eq!(code, 2);
        golden(&format!("lang/{lang}/usage-error.txt"), &err);
    }
}

#[test]
fn the_github_step_summary_in_every_language() {
    for lang in LANGS {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("summary.md");
        let args = [
            "check",
            "examples/harbor-town",
            "--as-of",
            "2027-06-30",
            "--format",
            "github",
            "--lang",
            lang,
        ];
        let (_, _, code) = ogp_with_summary(&args, &path);
        assert_eq!(code, 1);
        let md = std::fs::read_to_string(&path).unwrap();
        // the counts and notes; the table of findings is the findings' own text
        let head: String = md.split("\n| |").next().unwrap_or_default().to_string();
        golden(&format!("lang/{lang}/step-summary.md"), &head);
    }
}

#[test]
fn english_by_flag_is_english_without_it() {
    for (_, args) in CASES {
        let plain = ogp(args);
        let mut a = args.to_vec();
        a.extend(["--lang", "en"]);
        assert_eq!(plain, ogp(&a), "{args:?}");
    }
}

#[test]
fn every_language_translates_the_summary_and_keeps_machine_output_english() {
    let json = |lang: &str| {
        ogp(&[
            "check",
            "examples/harbor-town",
            "--as-of",
            "2027-06-30",
            "--format",
            "json",
            "--lang",
            lang,
        ])
        .0
    };
    // what the next deadline is follows the language; the rest is the same in every language
    let keys = |out: String| {
        let mut v: serde_json::Value = serde_json::from_str(&out).unwrap();
        for j in v["jurisdictions"].as_array_mut().unwrap() {
            if let Some(n) = j["next_deadline"].as_object_mut() {
                assert!(n.remove("what").is_some_and(|w| w.is_string()));
            }
        }
        v
    };
    let en = keys(json("en"));
    for lang in &LANGS[1..] {
        // nothing else translated yet reaches JSON: its keys and codes are the same in every
        // language
        assert_eq!(keys(json(lang)), en, "{lang}");
        let (out, _, code) = ogp(&[
            "check",
            "examples/harbor-town",
            "--as-of",
            "2027-06-30",
            "--lang",
            lang,
        ]);
        assert_eq!(code, 1);
        let last = out.lines().last().unwrap_or_default();
        assert!(!last.starts_with("failed:"), "{lang}: {last}");
        assert!(last.contains("2027"), "{lang}: {last}");
    }
}

fn ogp_env(args: &[&str], env: &[(&str, &str)]) -> (String, String, i32) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ogp"));
    cmd.args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env("OGP_NO_HISTORY", "1")
        .env_remove("OGP_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run ogp");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn the_language_comes_from_the_flag_then_ogp_lang_then_the_locale() {
    let status = ["status", "examples/riverbend", "--as-of", "2027-06-30"];
    let head = |env: &[(&str, &str)], extra: &[&str]| {
        let mut a = status.to_vec();
        a.extend_from_slice(extra);
        let (out, err, code) = ogp_env(&a, env);
        assert_eq!(code, 0, "{env:?}: {err}");
        out.lines().next().unwrap_or_default().to_string()
    };
    let en = head(&[], &[]);
    assert!(en.starts_with("Riverbend is"), "{en}");
    assert!(head(&[("LANG", "es_AR.UTF-8")], &[]).starts_with("Estado de Riverbend"));
    assert!(
        head(&[("LC_MESSAGES", "pt_BR.UTF-8"), ("LANG", "es_AR")], &[]).starts_with("Situação")
    );
    assert!(head(&[("LANG", "es_AR"), ("OGP_LANG", "fr")], &[]).starts_with("Statut"));
    assert!(head(&[("OGP_LANG", "fr")], &["--lang", "pt"]).starts_with("Situação"));
    // a locale ogp does not speak is English, without a word
    assert_eq!(
        head(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "es_AR")], &[]),
        en
    );
    assert_eq!(head(&[("LANG", "C.UTF-8")], &[]), en);
}

#[test]
fn an_unknown_language_is_a_usage_error_listing_the_others() {
    for (args, env) in [
        (vec!["status", "examples/riverbend", "--lang", "de"], vec![]),
        (
            vec!["status", "examples/riverbend"],
            vec![("OGP_LANG", "klingon")],
        ),
    ] {
        let (out, err, code) = ogp_env(&args, &env);
        assert_eq!(code, 2, "{args:?} {env:?}");
        assert!(out.is_empty());
        for l in [
            "en (English)",
            "es (español)",
            "fr (français)",
            "pt (português)",
        ] {
            assert!(err.contains(l), "{err}");
        }
    }
}

#[test]
fn hostile_text_stays_inert_in_every_language_of_the_registry_table() {
    // the registry table and the summary hold jurisdiction names: in every language they are
    // shown escaped
    for lang in LANGS {
        let (out, _, _) = ogp(&[
            "check",
            "tests/fixtures/hostile-text",
            "--as-of",
            "2027-01-15",
            "--lang",
            lang,
        ]);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{202e}'),
            "{lang}"
        );
        assert!(out.contains("\\u{1b}"), "{lang}: escapes are shown");
    }
}
