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
    // the words for people (a finding's message and help, the next deadline's what) follow
    // the language; every key,
    // code and value a tool reads is the same in every language
    let machine = |text: &str| {
        fn blank(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, x) in m.iter_mut() {
                        if k == "message" || k == "help" || k == "what" {
                            *x = serde_json::Value::Null;
                        } else {
                            blank(x);
                        }
                    }
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(blank),
                _ => {}
            }
        }
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        blank(&mut v);
        v
    };
    let en = json("en");
    for lang in &LANGS[1..] {
        let other = json(lang);
        assert_eq!(machine(&other), machine(&en), "{lang}");
        // and the words differ: the findings' messages and helps are translated
        assert_ne!(other, en, "{lang}: no finding's words are translated");
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

/// `ogp rules` and `ogp explain` in each language: the list, and a rule's documentation for a
/// terminal and as Markdown (`tests/golden/lang/<lang>/rules.txt`, `explain-*`).
#[test]
fn rule_docs_in_every_language() {
    let cases: [(&str, &[&str]); 3] = [
        ("rules.txt", &["rules"]),
        ("explain-P101.txt", &["explain", "P101", "--format", "text"]),
        (
            "explain-C207.md",
            &["explain", "C207", "--format", "markdown"],
        ),
    ];
    for lang in LANGS {
        for (name, args) in cases {
            let mut a = args.to_vec();
            a.extend(["--lang", lang]);
            let (out, err, code) = ogp(&a);
            assert!(err.is_empty() && code == 0, "{a:?}: {err}");
            golden(&format!("lang/{lang}/{name}"), &out);
            if lang == "en" {
                assert_eq!(out, ogp(args).0, "{args:?}");
            }
        }
    }
}

/// In Spanish every rule's words are Spanish, in `ogp explain`, `ogp rules` and SARIF's rule
/// texts, while its code, name, example and SARIF's keys stay as they are in English.
#[test]
fn every_rule_is_documented_in_spanish() {
    use ogp::i18n::Lang;
    let (list, _, _) = ogp(&["rules", "--lang", "es"]);
    assert!(list.trim_start().starts_with("código"), "{list}");
    for r in ogp::catalog::all() {
        let (md, err, code) = ogp(&["explain", r.code, "--format", "markdown", "--lang", "es"]);
        assert!(err.is_empty() && code == 0, "{}: {err}", r.code);
        assert!(
            md.starts_with(&format!("## {} {}\n", r.code, r.name)),
            "{md}"
        );
        assert!(md.contains(&format!("```toml\n{}\n```", r.example.trim_end())));
        for head in [
            "### Qué hace",
            "### Por qué",
            "### Ejemplo",
            "### Cómo corregirlo",
        ] {
            assert!(md.contains(head), "{}: no {head}", r.code);
        }
        let parts = [
            (r.summary(Lang::Es), r.summary(Lang::En)),
            (r.what(Lang::Es), r.what(Lang::En)),
            (r.why(Lang::Es), r.why(Lang::En)),
            (r.fix(Lang::Es), r.fix(Lang::En)),
            (r.section(Lang::Es), r.section(Lang::En)),
        ];
        for (es, en) in parts {
            assert_ne!(es, en, "{}: not translated", r.code);
            assert!(!md.contains(&en), "{}: English in Spanish: {en}", r.code);
        }
        assert!(md.contains(&r.what(Lang::Es)) && md.contains(&r.fix(Lang::Es)));
        assert!(
            list.lines()
                .any(|l| l.trim_start().starts_with(r.code) && l.ends_with(&r.summary(Lang::Es))),
            "{}: {list}",
            r.code
        );
    }
    let sarif = |lang: &str| {
        let (out, _, _) = ogp(&[
            "check",
            "examples/harbor-town",
            "--as-of",
            "2027-06-30",
            "--format",
            "sarif",
            "--lang",
            lang,
        ]);
        let log: serde_json::Value = serde_json::from_str(&out).unwrap();
        log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .clone()
    };
    let (en, es) = (sarif("en"), sarif("es"));
    assert_eq!(en.len(), ogp::catalog::all().len());
    for (e, s) in en.iter().zip(&es) {
        assert_eq!((&e["id"], &e["name"]), (&s["id"], &s["name"]));
        assert_eq!(e["helpUri"], s["helpUri"]);
        let r = ogp::catalog::find(e["id"].as_str().unwrap()).unwrap();
        assert_eq!(s["shortDescription"]["text"], r.summary(Lang::Es));
        assert_eq!(
            s["fullDescription"]["text"],
            format!("{} Fuente: {}.", r.what(Lang::Es), r.section(Lang::Es))
        );
        assert_eq!(
            s["help"]["text"],
            format!("{}\n\n{}", r.fix(Lang::Es), r.why(Lang::Es))
        );
        assert!(
            s["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains("### Qué hace")
        );
        assert_eq!(e["shortDescription"]["text"], r.summary(Lang::En));
    }
}

/// A finding that gives no help of its own shows its rule's fix in the run's language, in the
/// human output and in JSON.
#[test]
fn a_findings_default_help_is_its_rules_fix_in_the_language() {
    use ogp::i18n::Lang;
    let r401 = ogp::catalog::find("R401").unwrap();
    for (lang, l) in [("en", Lang::En), ("es", Lang::Es)] {
        let args = [
            "check",
            "examples/harbor-town",
            "--as-of",
            "2027-06-30",
            "--lang",
            lang,
        ];
        let (human, _, _) = ogp(&args);
        assert!(human.contains(&r401.fix(l)), "{lang}: {human}");
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&ogp(&a).0).unwrap();
        let helps: Vec<&str> = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["rule"] == "R401")
            .filter_map(|d| d["help"].as_str())
            .collect();
        assert_eq!(helps, [r401.fix(l)], "{lang}");
    }
    assert_ne!(r401.fix(Lang::En), r401.fix(Lang::Es));
}

/// The S002 cases whose finding the structure rules make (the others are the loader's).
const S002_OF_THE_RULES: [&str; 8] = [
    "fail",
    "fail-empty-country",
    "fail-extension-without-until",
    "fail-joint-one-member",
    "fail-no-point-of-contact",
    "fail-no-term",
    "fail-point-of-contact-email",
    "fail-quarter",
];

/// The findings of the commitment, monitoring and structure rules (C, M, S002 and S004-S006)
/// in Spanish: every failing fixture case of those rules with the case's own findings, each
/// with its message, labels and help (`tests/golden/lang/es/findings-commitments.txt`;
/// `OGP_BLESS=1` rewrites it). A help that is the rule's own fix is shown as `(fix)`: it is
/// the rule's documentation, pinned with it. S008's cases are judged as of today, so they are
/// left out.
#[test]
fn findings_of_commitments_monitoring_and_structure_in_spanish() {
    let lang = ogp::i18n::Lang::Es;
    let mut out = String::new();
    for case in crate::rules_fixtures::cases() {
        // S002's other cases are the loader's (a value of the wrong type)
        let mine = case.code.starts_with(['C', 'M'])
            || ["S004", "S005", "S006"].contains(&case.code)
            || (case.code == "S002" && S002_OF_THE_RULES.contains(&case.name.as_str()));
        if !mine || !case.name.starts_with("fail") || !case.opts.as_of_given {
            continue;
        }
        let dir = crate::rule_snapshots::relative(&case);
        let report = crate::rule_snapshots::report(&case, &dir);
        let mut findings: Vec<&ogp::diag::Finding> = Vec::new();
        let mut todo: Vec<&ogp::diag::Finding> = report.all().map(|(_, _, f)| f).collect();
        while let Some(f) = todo.pop() {
            todo.extend(f.follows.iter());
            if f.rule.code == case.code {
                findings.push(f);
            }
        }
        assert!(
            !findings.is_empty(),
            "{}: no finding of its rule",
            case.label()
        );
        findings.sort_by_key(|f| f.message_in(lang));
        out.push_str(&format!(
            "=== {} (as of {})\n",
            case.label(),
            case.opts.as_of
        ));
        for f in findings {
            out.push_str(&format!("× {}\n", f.message_in(lang)));
            for l in f.primary.iter().chain(&f.related) {
                out.push_str(&format!("  ╰── {}\n", l.text.render(lang)));
            }
            let help = match &f.help {
                Some(h) => h.render(lang),
                None => "(fix)".to_string(),
            };
            out.push_str(&format!("  help: {help}\n"));
        }
    }
    golden("lang/es/findings-commitments.txt", &out);
}
