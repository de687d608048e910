//! The command line. `--from` after `--to` is a usage error, `--help` lists
//! the exit codes, `ogp man --out DIR` writes a page per subcommand and the top page lists only
//! pages that exist, fish completions do not expand `$`.

use crate::common::ogp;

#[test]
fn from_after_to_is_a_usage_error() {
    let (out, err, code) = ogp(&[
        "calendar",
        "examples/riverbend",
        "--from",
        "2027-01-01",
        "--to",
        "2026-01-01",
    ]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert_eq!(
        err,
        "ogp: error: --from 2027-01-01 is after --to 2026-01-01: no day is in that range; give the earlier day to --from\n"
    );
}

#[test]
fn help_lists_the_exit_codes() {
    let codes = "Exit codes:\n  0  no errors (warnings do not count unless --deny-warnings)\n  1  findings with errors (with --deny-warnings: or warnings)\n  2  a usage error, or a path that cannot be read\n";
    for args in [&["--help"][..], &["check", "--help"][..]] {
        let (out, _, code) = ogp(args);
        assert_eq!(code, 0);
        assert!(out.ends_with(codes), "{args:?}: {out}");
    }
}

#[test]
fn man_writes_a_page_per_subcommand_and_lists_only_those() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("man1");
    let (out, err, code) = ogp(&["man", "--out", dir.to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let subcommands = [
        "calendar",
        "check",
        "completions",
        "explain",
        "init",
        "man",
        "rules",
        "schema",
        "status",
        "timeline",
    ];
    for s in subcommands {
        assert!(
            written.contains(&format!("ogp-{s}.1")),
            "no page for {s}: {written:?}"
        );
    }
    let top = std::fs::read_to_string(dir.join("ogp.1")).unwrap();
    // every page the top page names exists, and it names every subcommand's page
    let mut named: Vec<String> = top
        .split("ogp\\-")
        .skip(1)
        .filter_map(|rest| rest.split_once("(1)").map(|(n, _)| format!("ogp-{n}.1")))
        .filter(|n| !n.contains(char::is_whitespace))
        .collect();
    named.sort();
    named.dedup();
    let pages: Vec<String> = written.iter().filter(|w| *w != "ogp.1").cloned().collect();
    assert_eq!(named, pages);
    let check = std::fs::read_to_string(dir.join("ogp-check.1")).unwrap();
    assert!(
        check.contains("ogp\\-check \\- Check plan repositories"),
        "{check}"
    );
    assert!(check.contains("\\-\\-fix"), "{check}");
}

#[test]
fn fish_completions_escape_dollars_in_descriptions() {
    let (out, _, code) = ogp(&["completions", "fish"]);
    assert_eq!(code, 0);
    assert!(out.contains("summary in \\$GITHUB_STEP_SUMMARY"), "{out}");
    // outside the value lists the script's own variables stay variables
    assert!(out.contains("echo $argv[1]"), "{out}");
    // no `$` inside a double-quoted value list is left unescaped (fish would expand it)
    for list in out.split(" -a \"").skip(1) {
        let body = list.split_once("\"\n").map_or(list, |(b, _)| b);
        let bytes = body.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'$' {
                assert!(i > 0 && bytes[i - 1] == b'\\', "unescaped $ in {body}");
            }
        }
    }
}
