//! Everyday mistakes explained in plain words, and causes before the
//! findings that follow from them. Each case edits one file of a copy of the clean base fixture
//! and pins the whole human output.

use crate::common::{base_copy, golden, ogp_in};

const PLAN: &str = "plans/2026-2029/plan.toml";
const C1: &str = "plans/2026-2029/commitments/c1.toml";

/// Checks a copy of tests/fixtures/base (as `plan/`) with `old` replaced by `new` in `file`
/// (`count` times, 0 for all).
fn mistake(file: &str, old: &str, new: &str, count: usize) -> (String, i32) {
    let tmp = base_copy(&[]);
    let p = tmp.path().join("plan").join(file);
    let t = std::fs::read_to_string(&p).unwrap();
    assert!(t.contains(old), "{file} has no {old:?}");
    let edited = if count == 0 {
        t.replace(old, new)
    } else {
        t.replacen(old, new, count)
    };
    std::fs::write(&p, edited).unwrap();
    let (out, err, code) = ogp_in(tmp.path(), &["check", "plan", "--as-of", "2027-09-15"]);
    assert!(err.is_empty(), "{err}");
    (out, code)
}

#[test]
fn dates_in_other_forms() {
    for (name, value) in [
        ("date-slashes", "15/05/2026"),
        ("date-one-digit", "2026-5-15"),
        ("date-quoted", "\"2026-05-15\""),
    ] {
        let (out, code) = mistake(
            PLAN,
            "submitted = 2026-05-15",
            &format!("submitted = {value}"),
            1,
        );
        assert_eq!(code, 1, "{out}");
        assert!(
            out.contains("× write dates as YYYY-MM-DD, without quotes: submitted = 2026-05-15"),
            "{out}"
        );
        // quoting is never suggested, and the rest of the plan is still read: no finding says
        // the plan was not submitted
        for l in out
            .lines()
            .filter(|l| l.contains('×') || l.contains("help:"))
        {
            assert!(!l.contains("= \"2026"), "{l}");
        }
        assert!(!out.contains("not submitted"), "{out}");
        golden(&format!("messages/{name}.txt"), &out);
    }
    let (out, _) = mistake(PLAN, "submitted = 2026-05-15", "submitted = 05/08/2026", 1);
    let out = out.replace("\n  │ ", " ");
    assert!(
        out.contains("submitted = 2026-08-05 for 5 August, or submitted = 2026-05-08 for 8 May"),
        "{out}"
    );
}

#[test]
fn curly_quotes_from_a_word_processor() {
    let (out, _) = mistake(
        C1,
        "title = \"Open budget data\"",
        "title = “Open budget data”",
        1,
    );
    golden("messages/curly-quotes.txt", &out);
    assert!(out.contains("curly quotes"), "{out}");
    assert!(out.contains("title = \"Open budget data\""), "{out}");
}

#[test]
fn single_brackets_for_a_list() {
    // both milestones in single brackets: a table given twice
    let (out, _) = mistake(C1, "[[milestone]]", "[milestone]", 0);
    golden("messages/single-brackets-twice.txt", &out);
    assert!(out.contains("the first `milestone` starts here"), "{out}");
    assert!(out.contains("the second one"), "{out}");
    // only the first: mixed forms
    let (out, _) = mistake(C1, "[[milestone]]", "[milestone]", 1);
    assert!(
        out.contains("`[milestone]` and `[[milestone]]` cannot be mixed"),
        "{out}"
    );
}

#[test]
fn duplicate_key_points_at_both_places() {
    let (out, _) = mistake(
        C1,
        "lead = \"finance-dept\"",
        "lead = \"finance-dept\"\ntitle = \"Open data\"",
        1,
    );
    golden("messages/duplicate-key.txt", &out);
    assert!(
        out.contains("`title` is given twice in this table"),
        "{out}"
    );
    assert!(
        out.contains("first given here") && out.contains("given again here"),
        "{out}"
    );
}

#[test]
fn causes_come_first_and_followers_are_folded() {
    // c2.toml copied from c1 without changing its id: one S005; the tracker's C2 entries follow
    let (out, code) = mistake(
        "plans/2026-2029/commitments/c2.toml",
        "id = \"C2\"",
        "id = \"C1\"",
        1,
    );
    assert_eq!(code, 1);
    golden("messages/duplicate-id.txt", &out);
    assert!(
        out.starts_with("── Riverbend (plan): 1 error, 0 warnings\n\nS005 duplicate-id"),
        "{out}"
    );
    assert_eq!(
        out.matches("S004 unknown-reference").count(),
        0,
        "not repeated in full: {out}"
    );
    assert!(
        out.contains("↳ 13 more findings follow from this one"),
        "{out}"
    );
}

/// Item 7: a key of an inline table holding a comma or quotes is pointed at exactly.
#[test]
fn inline_table_keys_with_commas_and_quotes_are_pointed_at_exactly() {
    let tmp = crate::common::base_copy(&[(
        "plans/2026-2029/tracker.toml",
        "progress = { C1 = 5, C2 = 5,",
        "progress = { C1 = 5, \"C2, C3\" = 5, 'say \"C4\"' = 1, C2 = 5,",
    )]);
    let (out, _, _) = ogp_in(
        tmp.path(),
        &["check", "plan", "--as-of", "2026-07-15", "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let at: Vec<(String, u64)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "S004")
        .map(|d| {
            (
                d["message"].as_str().unwrap().to_string(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        at,
        [
            (
                "commitment `C2, C3` is not a commitment of this plan".to_string(),
                22
            ),
            (
                "commitment `say \"C4\"` is not a commitment of this plan".to_string(),
                36
            ),
        ]
    );
}
