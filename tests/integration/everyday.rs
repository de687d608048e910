//! Everyday mistakes of a new point of contact (a Portuguese-speaking city, from `ogp init` to
//! its first tracker updates) that the syntax and unread-file cases do not already cover: each
//! pins the exit code, the rule codes and the message, and follows the advice to a clean check.

use crate::common::{base_copy, ogp_in};
use std::path::Path;

const AS_OF: &str = "2027-09-15";
const PLAN: &str = "plans/2026-2029/plan.toml";
const C1: &str = "plans/2026-2029/commitments/c1.toml";
const TRACK: &str = "plans/2026-2029/tracker.toml";
const J: &str = "jurisdiction.toml";

/// (rule, severity, message, the rules folded under it) of every finding, and the exit code.
type Said = (String, String, String, Vec<String>);

fn check(dir: &Path) -> (Vec<Said>, i32) {
    let (out, err, code) = ogp_in(
        dir,
        &["check", "plan", "--as-of", AS_OF, "--format", "json"],
    );
    assert!(err.is_empty() || err.starts_with("note:"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let s = |x: &serde_json::Value| x.as_str().unwrap_or_default().to_string();
    let list = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let follows = d["follows"]
                .as_array()
                .map(|f| f.iter().map(|x| s(&x["rule"])).collect())
                .unwrap_or_default();
            (s(&d["rule"]), s(&d["severity"]), s(&d["message"]), follows)
        })
        .collect();
    (list, code)
}

fn status(dir: &Path) -> String {
    let (out, _, code) = ogp_in(dir, &["status", "plan", "--as-of", AS_OF]);
    assert_eq!(code, 0, "{out}");
    out
}

fn said(rule: &str, severity: &str, message: &str) -> Said {
    (rule.into(), severity.into(), message.into(), Vec::new())
}

fn clean(dir: &Path) {
    assert_eq!(check(dir), (Vec::new(), 0));
}

fn fix(dir: &Path) {
    let (_, err, code) = ogp_in(dir, &["check", "plan", "--as-of", AS_OF, "--fix"]);
    assert_eq!(code, 0, "{err}");
}

fn mv(dir: &Path, from: &str, to: &str) {
    std::fs::rename(dir.join("plan").join(from), dir.join("plan").join(to)).unwrap();
}

/// `ID = "C1"` and `[Strategy]`: the key written in another case is reported once, read as the
/// key it means (no "required key `id` missing", no "the strategy has no vision"), and the
/// status is judged; `--fix` renames it.
#[test]
fn a_key_in_another_case_is_read_as_the_key_it_means() {
    for (file, old, new, key, meant) in [
        (C1, "id = \"C1\"", "ID = \"C1\"", "ID", "id"),
        (PLAN, "[strategy]", "[Strategy]", "Strategy", "strategy"),
        (
            C1,
            "[[milestone]]",
            "[[Milestone]]",
            "Milestone",
            "milestone",
        ),
    ] {
        let tmp = base_copy(&[(file, old, new)]);
        let (got, code) = check(tmp.path());
        assert_eq!(
            got,
            vec![said(
                "S003",
                "error",
                &format!("unknown key `{key}`; did you mean `{meant}`?")
            )],
            "{new}"
        );
        assert_eq!(code, 1);
        assert!(!status(tmp.path()).contains("unknown"), "{new}");
        fix(tmp.path());
        clean(tmp.path());
    }
}

/// `[[milestones]]` is the list `milestone` misspelt: renaming it is the advice, never removing
/// the header (which would leave the milestone's title and date at the top of the file).
#[test]
fn a_misspelt_list_header_is_renamed_not_removed() {
    let tmp = base_copy(&[(C1, "[[milestone]]", "[[milestones]]")]);
    let (got, code) = check(tmp.path());
    assert_eq!(
        got[0],
        said(
            "S003",
            "error",
            "unknown key `milestones`; did you mean `milestone`?"
        )
    );
    assert_eq!(code, 1);
    fix(tmp.path());
    clean(tmp.path());
}

/// A decimal comma (`20,5`) is told as such, not as a malformed `{ }` table; `--fix` writes
/// the point. A quarter written with `T` (trimestre) is repaired to `Q`.
#[test]
fn a_decimal_comma_and_a_quarter_with_t() {
    let tmp = base_copy(&[(TRACK, "C1 = 20,", "C1 = 20,5,")]);
    let (got, code) = check(tmp.path());
    assert_eq!(
        got,
        vec![said(
            "S001",
            "error",
            "write the number with a point, not a comma: C1 = 20.5"
        )]
    );
    assert_eq!(code, 1);
    fix(tmp.path());
    clean(tmp.path());
    let t = std::fs::read_to_string(tmp.path().join("plan").join(TRACK)).unwrap();
    assert!(t.contains("C1 = 20.5,"), "{t}");

    for q in ["2026-T3", "3T2026", "3T 2026"] {
        let tmp = base_copy(&[(
            TRACK,
            "quarter = \"2026-Q3\"",
            &format!("quarter = \"{q}\""),
        )]);
        let (got, code) = check(tmp.path());
        assert_eq!(
            got,
            vec![said(
                "S002",
                "error",
                &format!("`{q}` is not a quarter; write the year and quarter like 2026-Q3")
            )]
        );
        assert_eq!(code, 1);
        fix(tmp.path());
        clean(tmp.path());
    }
}

/// The meetings saved as `reunioes.toml`, the commitments in `compromissos/`: names in the
/// member's language, not near the format's, but what they hold says what they are. Each
/// stands in for the missing file (an error, the status unknown, never "revoked"), and the
/// `mv` command of the advice fixes it.
#[test]
fn records_under_names_in_another_language_stand_in_for_the_missing_ones() {
    let p = "plans/2026-2029";
    for (from, to, says) in [
        (
            format!("{p}/meetings.toml"),
            format!("{p}/reunioes.toml"),
            "`reunioes.toml` is not read: it is probably meant to be `meetings.toml` (the forum's meetings), which this plan folder lacks, so the verdicts that need it are not given",
        ),
        (
            format!("{p}/tracker.toml"),
            format!("{p}/acompanhamento.toml"),
            "`acompanhamento.toml` is not read: it is probably meant to be `tracker.toml` (the tracker updates), which this plan folder lacks, so the verdicts that need it are not given",
        ),
        (
            format!("{p}/commitments"),
            format!("{p}/compromissos"),
            "the folder `compromissos` is not read: ogp reads the plan's commitments only from a folder named `commitments`, so the plan's commitments are unknown",
        ),
    ] {
        let tmp = base_copy(&[]);
        mv(tmp.path(), &from, &to);
        let (got, code) = check(tmp.path());
        assert_eq!(got, vec![said("S012", "error", says)], "{to}");
        assert_eq!(code, 1);
        let st = status(tmp.path());
        assert!(st.contains("status unknown"), "{st}");
        let (out, _, _) = ogp_in(tmp.path(), &["check", "plan", "--as-of", AS_OF]);
        let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
        let mv_cmd = format!("`mv plan/{to} plan/{from}`");
        assert!(out.contains(&mv_cmd), "{out}");
        mv(tmp.path(), &to, &from);
        clean(tmp.path());
    }
}

/// A value the loader dropped from jurisdiction.toml (a sector in Portuguese) is behind what
/// the plan's rules then say about meetings and endorsements: those fold under it. An empty
/// `country = ""` drops nothing, so nothing folds under it.
#[test]
fn what_follows_from_a_dropped_stakeholder_folds_under_it() {
    let tmp = base_copy(&[(
        J,
        "sector = \"civil-society\"",
        "sector = \"sociedade civil\"",
    )]);
    let (got, code) = check(tmp.path());
    assert_eq!(code, 1);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "S002");
    assert!(
        got[0]
            .2
            .starts_with("unknown value `sociedade civil`, expected one of"),
        "{got:?}"
    );
    assert!(!got[0].3.is_empty(), "{got:?}");
    assert!(got[0].3.iter().all(|r| !r.starts_with('S')), "{got:?}");

    // a fresh repository: the forum not yet recorded is its own finding, not a follower of
    // the empty country
    let tmp = tempfile::tempdir().unwrap();
    let (_, err, code) = ogp_in(tmp.path(), &["init", "rio"]);
    assert_eq!(code, 0, "{err}");
    let (out, _, _) = ogp_in(
        tmp.path(),
        &["check", "rio", "--as-of", "2027-01-11", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let d = v["diagnostics"].as_array().unwrap();
    let country = d
        .iter()
        .find(|d| d["message"] == "`country` is empty; it is required")
        .unwrap();
    assert_eq!(country["follows"].as_array().map_or(0, Vec::len), 0);
    assert!(d.iter().any(|d| d["rule"] == "R401"), "{out}");
}

/// A key in the member's language or with accents (`título`, `prazo`) is told the key it
/// means, and `--fix` renames it; never "write título = ...", which repeats the mistake.
#[test]
fn a_key_in_portuguese_is_told_the_key_it_means() {
    for (old, new, meant) in [
        (
            "title = \"Open budget data\"",
            "título = \"Open budget data\"",
            "title",
        ),
        ("due = 2026-12-31", "prazo = 2026-12-31", "due"),
    ] {
        let tmp = base_copy(&[(C1, old, new)]);
        let (got, code) = check(tmp.path());
        assert_eq!(code, 1, "{new}");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].2.contains(&format!("did you mean `{meant}`?")),
            "{got:?}"
        );
        fix(tmp.path());
        clean(tmp.path());
    }
}

/// A list where one text belongs (`id = ["C1", "C2"]`) is said in the words of the format,
/// not the parser's ("sequence").
#[test]
fn a_wrong_type_is_said_in_plain_words() {
    let tmp = base_copy(&[(C1, "id = \"C1\"", "id = [\"C1\", \"C6\"]")]);
    let (got, code) = check(tmp.path());
    assert_eq!(code, 1);
    assert_eq!(
        got[0],
        said(
            "S002",
            "error",
            "wrong type: a list [ ], expected text in quotes"
        )
    );
}

/// A stakeholder written by its name where its id belongs: the help names the id, and `--fix`
/// writes it.
#[test]
fn a_stakeholder_by_its_name_is_told_its_id() {
    let tmp = base_copy(&[(
        C1,
        "lead = \"finance-dept\"",
        "lead = \"Finance Department\"",
    )]);
    let (got, code) = check(tmp.path());
    assert_eq!(
        got,
        vec![said(
            "S004",
            "error",
            "the lead `Finance Department` is not a stakeholder defined in jurisdiction.toml"
        )]
    );
    assert_eq!(code, 1);
    let (out, _, _) = ogp_in(tmp.path(), &["check", "plan", "--as-of", AS_OF]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("help: `Finance Department` is the name of the stakeholder `finance-dept`; other files name a stakeholder by its id: write `finance-dept`"),
        "{out}"
    );
    fix(tmp.path());
    clean(tmp.path());
}

/// `id = "C1, C6"`: two ids in one is said as such (not only "C1 is not a commitment"), and
/// keeping one id, as the help says, gives a clean check.
#[test]
fn a_commitment_with_two_ids_is_told_to_keep_one() {
    let tmp = base_copy(&[(C1, "id = \"C1\"", "id = \"C1, C6\"")]);
    let (got, code) = check(tmp.path());
    assert_eq!(code, 1);
    assert_eq!(
        got[0],
        said(
            "S002",
            "error",
            "`C1, C6` is not one id: a commitment has one id, and each commitment a file of its own"
        )
    );
    let (out, _, _) = ogp_in(tmp.path(), &["check", "plan", "--as-of", AS_OF]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("help: keep one id here, as in id = \"C1\","),
        "{out}"
    );
    let p = tmp.path().join("plan").join(C1);
    let t = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, t.replace("id = \"C1, C6\"", "id = \"C1\"")).unwrap();
    clean(tmp.path());
}
