//! `--help` in every language: English as it always was (the golden file was written by the
//! ogp that had its help texts in the code), Spanish as a golden file, the language found
//! before the command line is parsed, and the one command that takes several languages.

use crate::common::{LANGS, golden, ogp, root};
use std::process::Command;

#[test]
fn english_help_is_what_it_was() {
    let (out, err, code) = ogp(&["--help"]);
    assert_eq!(code, 0, "{err}");
    golden("help/en-root.txt", &out);
    assert_eq!(ogp(&["--help", "--lang", "en"]).0, out);
}

#[test]
fn check_help_in_spanish() {
    let (out, err, code) = ogp(&["check", "--help", "--lang", "es"]);
    assert_eq!(code, 0, "{err}");
    golden("help/es-check.txt", &out);
}

/// Every language's `--help` of every command is in that language: its usage heading, its
/// flags' words and clap's own words, and no text is left in English.
#[test]
fn every_command_helps_in_every_language() {
    let subs = [
        "check",
        "status",
        "calendar",
        "timeline",
        "agenda",
        "site",
        "rules",
        "explain",
        "schema",
        "init",
        "completions",
        "man",
    ];
    let english = |sub: &str| ogp(&[sub, "--help"]).0;
    for lang in &LANGS[1..] {
        let l = ogp::i18n::Lang::from_code(lang).unwrap();
        for sub in subs {
            for flag in ["--help", "-h"] {
                let (out, err, code) = ogp(&[sub, flag, "--lang", lang]);
                assert_eq!(code, 0, "{err}");
                assert!(out.contains(&l.t("help-usage")), "{lang} {sub}: {out}");
                // clap wraps the text at its own width
                let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                let about = l.t(&format!("help-cmd-{sub}"));
                assert!(flat(&out).contains(&flat(&about)), "{lang} {sub}: {out}");
                // ("Options" and "Arguments" are French too)
                for en in [
                    "Usage:",
                    "Commands:",
                    "Print help",
                    "[default:",
                    "[possible values:",
                ] {
                    assert!(!out.contains(en), "{lang} {sub} {flag}: {en} in {out}");
                }
            }
            assert_ne!(ogp(&[sub, "--help", "--lang", lang]).0, english(sub));
        }
    }
}

#[test]
fn the_language_of_help_comes_from_the_environment_too() {
    let help = |env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ogp"));
        cmd.arg("--help")
            .current_dir(root())
            .env_remove("OGP_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in env {
            cmd.env(k, v);
        }
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    assert!(help(&[("OGP_LANG", "fr")]).contains("Utilisation :"));
    assert!(help(&[("LANG", "pt_BR.UTF-8")]).contains("Opções:"));
    assert!(help(&[("LANG", "es_AR.UTF-8"), ("OGP_LANG", "en")]).contains("Usage:"));
}

/// Only `ogp site` writes several languages; any other command given several is a usage
/// error in the first language, and a language ogp does not speak lists those it does.
#[test]
fn several_languages_are_for_the_site() {
    for args in [
        &["check", "examples/riverbend", "--lang", "es,en"][..],
        &["agenda", "examples/riverbend", "--lang", "es,en"][..],
        &["status", "examples/riverbend", "--lang", "es,fr"][..],
    ] {
        let (out, err, code) = ogp(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert!(err.contains("solo `ogp site`"), "{err}");
    }
    let (_, err, code) = ogp(&["check", "examples/riverbend", "--lang", "es,xx"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("`xx`") && err.contains("fr (français)"),
        "{err}"
    );
    // the same language twice is one language
    let (_, err, code) = ogp(&[
        "status",
        "examples/riverbend",
        "--as-of",
        "2027-06-30",
        "--lang",
        "es,es",
    ]);
    assert_eq!(code, 0, "{err}");
}

/// A mistake in the command line: clap's own words in English, ogp's in every other
/// language, with the usage line and clap's suggestion; exit code 2 either way
/// (`tests/golden/help/usage-errors-<lang>.txt`).
#[test]
fn command_line_mistakes_in_every_language() {
    let mistakes: [&[&str]; 5] = [
        &["chek"],
        &["check", "--formt", "json"],
        &["check", "--format", "jsn"],
        &["check", "--as-of", "2026-13-01"],
        &["check", "--output", "sarif"],
    ];
    for lang in LANGS {
        let mut out = String::new();
        for m in mistakes {
            let mut args = m.to_vec();
            args.extend(["--lang", lang]);
            let (stdout, err, code) = ogp(&args);
            assert_eq!(code, 2, "{lang} {m:?}: {err}");
            assert!(stdout.is_empty(), "{lang} {m:?}: {stdout}");
            out.push_str(&format!("$ ogp {}\n{err}\n", args.join(" ")));
        }
        if lang != "en" {
            // nothing of clap's English is left
            for english in ["tip:", "For more information", "Usage:", "unrecognized"] {
                assert!(!out.contains(english), "{lang}: {english}\n{out}");
            }
        }
        golden(&format!("help/usage-errors-{lang}.txt"), &out);
    }
}
