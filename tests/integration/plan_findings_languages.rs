//! The findings of the action plan (P), the minimum requirements (R), the membership status
//! (T), the git history (C211), jurisdiction names (S011), placeholders (S013) and waivers
//! (S002, S004, S009, S010 about a `[[waiver]]`) in every language: what each failing case
//! says, its message, help and labels, as golden files (`tests/golden/lang/<lang>/findings-plan-*`;
//! `OGP_BLESS=1` rewrites them), so that a reader of the language reviews every sentence at
//! once and a change of the words shows as a diff.

use crate::common::{LANGS, base_copy, golden};
use crate::git::{C1, C2, submitted_plan};
use crate::rule_snapshots::{relative, report};
use crate::rules_fixtures::cases;
use ogp::i18n::Lang;

/// The rules whose fixture cases are shown (the rest of S belongs to the loader).
const CODES: [&str; 22] = [
    "P101", "P102", "P103", "P104", "P105", "P106", "P107", "P108", "P109", "R401", "R402", "R403",
    "R404", "R405", "T501", "T502", "T503", "T504", "S009", "S010", "S011", "S013",
];

fn lang(code: &str) -> Lang {
    Lang::from_code(code).expect("a language of ogp")
}

/// Every word a person reads of each finding of `codes` in `r`: the message, the help and the
/// labels, one finding a paragraph (the help is the rule's own fix when the finding has none).
fn words(r: &ogp::pipeline::Report, codes: &[&str], lang: Lang) -> String {
    let mut out = String::new();
    let all = r.checked.iter().flat_map(|c| &c.findings);
    let all = all.flat_map(|f| std::iter::once(f).chain(&f.follows));
    for f in all.filter(|f| codes.contains(&f.rule.code)) {
        out.push_str(&format!("{} {}\n", f.rule.code, f.message_in(lang)));
        out.push_str(&format!("    help: {}\n", f.help_in(lang)));
        for l in f.primary.iter().chain(&f.related) {
            out.push_str(&format!("    label: {}\n", l.text.render(lang)));
        }
    }
    out
}

/// The lines of `short` output that report one of `codes`, with `strip` taken out.
fn lines_of(out: &str, codes: &[&str], strip: &str) -> String {
    out.lines()
        .filter(|l| codes.iter().any(|c| l.contains(&format!(": {c} ["))))
        .map(|l| format!("{}\n", l.replace(strip, "")))
        .collect()
}

#[test]
fn every_failing_case_of_the_plan_rules_in_every_language() {
    let cases: Vec<_> = cases()
        .into_iter()
        .filter(|c| c.fails() && CODES.contains(&c.code))
        .map(|c| {
            let dir = relative(&c);
            let r = report(&c, &dir);
            (c, r)
        })
        .collect();
    assert!(cases.len() > 50, "{} cases", cases.len());
    for code in LANGS {
        let mut out = String::new();
        for (c, r) in &cases {
            let found = words(r, &[c.code], lang(code));
            assert!(!found.is_empty(), "{}", c.label());
            out.push_str(&format!("# {}\n{found}", c.label()));
        }
        golden(&format!("lang/{code}/findings-plan-cases.txt"), &out);
    }
}

/// Waivers that cannot be understood or cover nothing, over a plan without a forum (R401, an
/// open finding) and with two unknown keys (S003 twice).
const WAIVERS: &str = r#"[[waiver]]
rule = "R401"
file = "jurisdiction.toml"
id = "C1"
reason = "two targets"
until = 2027-12-31

[[waiver]]
rule = "R401"
file = "plans/2026-2029/commitments/c9.toml"
reason = "no such file"
until = 2027-12-31

[[waiver]]
rule = "R401"
id = "c-unknown"
reason = "no such id"
until = 2027-12-31

[[waiver]]
rule = "R401"
commit = "abc1234"
reason = "a commit for another rule"
until = 2027-12-31

[[waiver]]
rule = "S010"
reason = "not waivable"
until = 2027-12-31

[[waiver]]
rule = "no-such-rule"
reason = "unknown rule"
until = 2027-12-31

[[waiver]]
rule = "R401"
reason = ""
until = 2027-12-31

[[waiver]]
rule = "R401"
reason = "one open finding, no until"

[[waiver]]
rule = "S003"
reason = "two open findings, no until"

[[waiver]]
rule = "P104"
reason = "expired, covers nothing"
until = 2026-12-31

[[waiver]]
rule = "R401"
reason = "expired, covered one"
until = 2026-12-31

[[waiver]]
rule = "S003"
reason = "expired, covered two"
until = 2026-12-31

[[waiver]]
rule = "P104"
reason = "in force, covers nothing"
until = 2027-12-31

"#;

#[test]
fn waiver_findings_in_every_language() {
    let tmp = base_copy(&[
        (
            "jurisdiction.toml",
            "[forum]\nname = \"Riverbend Open Government Forum\"\nestablished = 2026-01-20\ndescription = \"Monthly public forum of city departments and civil society.\"\n",
            "",
        ),
        (
            "jurisdiction.toml",
            "[[stakeholder]]",
            &format!("{WAIVERS}[[stakeholder]]"),
        ),
        (
            "plans/2026-2029/plan.toml",
            "title = ",
            "zzz = 1\nyyy = 2\ntitle = ",
        ),
    ]);
    let dir = tmp.path().join("plan");
    let settings = ogp::pipeline::Settings::new(ogp::rules::Options {
        as_of: "2027-01-15".parse().unwrap(),
        as_of_given: true,
    });
    let r = ogp::pipeline::collect(std::slice::from_ref(&dir), &settings)
        .unwrap_or_else(|e| panic!("{}", e.0));
    let strip = format!("{}/", tmp.path().display());
    let codes = ["S002", "S004", "S009", "S010"];
    for code in LANGS {
        let out = lines_of(
            &ogp::render::check::short::render(&r, lang(code)),
            &codes,
            &strip,
        );
        // every kind of waiver finding: 7 that cannot be understood, 2 open, 3 expired, 1 idle
        assert_eq!(out.lines().count(), 13, "{code}:\n{out}");
        let out = format!("{out}\n{}", words(&r, &codes, lang(code)));
        golden(&format!("lang/{code}/findings-plan-waivers.txt"), &out);
    }
}

#[test]
fn c211_in_every_language() {
    let Some(r) = submitted_plan() else {
        return;
    };
    r.edit(
        C1,
        "title = \"Open budget data\"",
        "title = \"Open contracting data\"",
    );
    r.edit(C1, "lead = \"finance-dept\"", "lead = \"mayor-office\"");
    r.edit(C1, "due = 2027-05-15", "due = 2027-04-15");
    let a = r.commit("2026-08-03", "rework C1");
    r.edit(C2, "end = 2028-05-31", "end = 2028-06-30");
    r.edit(C2, "id = \"C2\"", "id = \"C2b\"");
    let b = r.commit("2026-12-10", "move C2's end and rename it");
    r.edit(C2, "id = \"C2b\"", "id = \"C2c\"");
    r.commit("2026-12-11", "rename C2 again");
    std::fs::remove_file(r.path().join("plans/2026-2029/commitments/c3.toml")).unwrap();
    let c = r.commit("2027-01-05", "drop C3");
    r.edit(
        "jurisdiction.toml",
        "[[stakeholder]]",
        "[[waiver]]\nrule = \"C211\"\ncommit = \"0000000\"\nreason = \"no such commit\"\n\n[[stakeholder]]",
    );
    r.commit("2027-01-06", "a waiver naming no edit");
    for code in LANGS {
        let (out, err, _) = r.ogp(&[
            "check",
            ".",
            "--as-of",
            "2027-01-15",
            "--format",
            "short",
            "--lang",
            code,
        ]);
        assert!(err.is_empty(), "{err}");
        // C211's findings and the waiver's S004 (the tracker still names the old ids: S004 too)
        let mut out: String = lines_of(&out, &["C211", "S004"], "")
            .lines()
            .filter(|l| !l.starts_with("plans/2026-2029/tracker.toml"))
            .map(|l| format!("{l}\n"))
            .collect();
        for (id, name) in [(&a, "<commit a>"), (&b, "<commit b>"), (&c, "<commit c>")] {
            out = out.replace(&id[..12], name);
        }
        assert_eq!(out.lines().count(), 4, "{code}:\n{out}");
        golden(&format!("lang/{code}/findings-plan-c211.txt"), &out);
    }
}

/// Text that breaks a terminal or a CI log if it reaches it raw: an escape, a right-to-left
/// override, a line break and a forged workflow command (as a TOML string's escapes).
const HOSTILE: &str = r"x\u001b[31mred\u202e\r\n::error::forged";

#[test]
fn hostile_values_in_these_findings_stay_inert_in_every_language() {
    let quoted = format!("\"{HOSTILE}\"");
    let waivers = format!(
        "[[waiver]]\nrule = {quoted}\nreason = \"r\"\nuntil = 2027-12-31\n\n\
         [[waiver]]\nrule = \"R401\"\nfile = {quoted}\nreason = \"r\"\nuntil = 2027-12-31\n\n\
         [[waiver]]\nrule = \"R401\"\nid = {quoted}\nreason = \"r\"\nuntil = 2027-12-31\n\n\
         [[stakeholder]]\nid = {quoted}\nname = \"Hostile office\"\nsector = \"government\"\n\n\
         [[stakeholder]]"
    );
    let tmp = base_copy(&[
        ("jurisdiction.toml", "[[stakeholder]]", &waivers),
        (
            "jurisdiction.toml",
            "end = 2029-06-30",
            &format!("end = 2029-06-30\nadministration = {quoted}"),
        ),
        (
            "jurisdiction.toml",
            "[forum]",
            &format!("[forum]\n\"k{HOSTILE}\" = \"TODO\""),
        ),
        (
            "plans/2026-2029/plan.toml",
            "language = \"en\"",
            &format!("language = {quoted}"),
        ),
        (
            "plans/2026-2029/plan.toml",
            "end = 2029-04-30",
            "end = 2029-05-31",
        ),
        (
            "plans/2026-2029/plan.toml",
            "\nby = [",
            &format!("\nby = [{quoted}, "),
        ),
    ]);
    let check = |code: &str, format: &str| {
        let r = crate::hostile::run_in(
            tmp.path(),
            &[
                "check",
                "plan",
                "--as-of",
                "2027-01-15",
                "--format",
                format,
                "--lang",
                code,
            ],
        );
        crate::hostile::handled(&r);
        r.stdout
    };
    for code in LANGS {
        let short = check(code, "short");
        // the findings that quote the values are all there
        for rule in ["P101", "P104", "R405", "S004", "S013"] {
            assert!(
                short.contains(&format!(": {rule} [")),
                "{code} {rule}:\n{short}"
            );
        }
        // the waiver's rule and file are unknown; its id is the hostile stakeholder's
        assert_eq!(short.matches(": S004 [").count(), 2, "{code}:\n{short}");
        for out in [short, check(code, "human")] {
            crate::hostile::terminal_safe(&out);
            assert!(
                !out.lines().any(|l| l.trim_start().starts_with("::")),
                "{out}"
            );
            assert!(out.contains("\\u{1b}[31m"), "escapes are shown, visibly");
        }
        let github = check(code, "github");
        assert!(!github.contains("\n::error::forged"), "{github}");
        let json: serde_json::Value =
            serde_json::from_str(&check(code, "json")).expect("JSON parses");
        assert!(json["diagnostics"].as_array().is_some_and(|d| d.len() > 5));
    }
}
