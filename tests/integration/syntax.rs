//! Every syntax mistake of a file reported, in plain words, with advice that works when it is
//! followed: each case types one everyday mistake into a copy of the clean base, pins the
//! exact findings (rule, line, column, message), then follows the advice — by `ogp check
//! --fix` where the repair is mechanical, by hand otherwise — and checks that the repository
//! passes again.

use crate::common::{base_copy, ogp_in};
use std::path::Path;

const PLAN: &str = "plans/2026-2029/plan.toml";
const C1: &str = "plans/2026-2029/commitments/c1.toml";
const C2: &str = "plans/2026-2029/commitments/c2.toml";
const C3: &str = "plans/2026-2029/commitments/c3.toml";
const C4: &str = "plans/2026-2029/commitments/c4.toml";
const C5: &str = "plans/2026-2029/commitments/c5.toml";
const TRACK: &str = "plans/2026-2029/tracker.toml";
const MEET: &str = "plans/2026-2029/meetings.toml";
const J: &str = "jurisdiction.toml";

/// A finding as (rule, severity, line, column, message).
type Said = (String, String, u64, u64, String);

/// Every finding, the exit code and the status.
fn findings(dir: &Path) -> (Vec<Said>, i32, String) {
    let (out, err, code) = ogp_in(
        dir,
        &["check", "plan", "--as-of", "2027-09-15", "--format", "json"],
    );
    assert!(err.is_empty() || err.starts_with("note:"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let list = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let (status, _, _) = ogp_in(dir, &["status", "plan", "--as-of", "2027-09-15"]);
    (list, code, status)
}

fn f(rule: &str, line: u64, col: u64, msg: &str) -> Said {
    (rule.into(), "error".into(), line, col, msg.into())
}

fn warning(rule: &str, line: u64, col: u64, msg: &str) -> Said {
    (rule.into(), "warning".into(), line, col, msg.into())
}

/// A copy of the base with `edits`; its findings must be `want`.
fn mistake(edits: &[(&str, &str, &str)], want: &[Said]) -> tempfile::TempDir {
    let tmp = base_copy(edits);
    let (got, code, _) = findings(tmp.path());
    assert_eq!(got, want);
    let errors = want.iter().any(|w| w.1 == "error");
    assert_eq!(code, i32::from(errors), "exit code");
    tmp
}

/// `ogp check --fix` repairs everything, and the repository then passes.
fn fixes_clean(tmp: &Path) {
    let (_, err, code) = ogp_in(tmp, &["check", "plan", "--as-of", "2027-09-15", "--fix"]);
    assert_eq!(code, 0, "{err}");
    let (got, code, _) = findings(tmp);
    assert_eq!((got, code), (Vec::new(), 0));
}

/// The advice followed by hand: `old` replaced by `new` in `file`, and the repository passes.
fn followed(tmp: &Path, file: &str, old: &str, new: &str) {
    let p = tmp.join("plan").join(file);
    let t = std::fs::read_to_string(&p).unwrap();
    assert!(t.contains(old), "{file} has no {old:?}");
    std::fs::write(&p, t.replacen(old, new, 1)).unwrap();
    let (got, code, _) = findings(tmp);
    assert_eq!((got, code), (Vec::new(), 0));
}

#[test]
fn a_percent_sign_and_an_unquoted_quarter_in_one_file_are_both_reported() {
    let tmp = mistake(
        &[
            (TRACK, "C1 = 20,", "C1 = 60%,"),
            (TRACK, "quarter = \"2026-Q4\"", "quarter = 2026-Q4"),
        ],
        &[
            f("S001", 11, 19, "write the number without %: C1 = 60"),
            f(
                "S001",
                14,
                11,
                "a quarter is text in quotes: quarter = \"2026-Q4\"",
            ),
        ],
    );
    // repaired in memory, so the rest of the tracker is still read: no status is lost
    let (_, _, status) = findings(tmp.path());
    assert!(!status.contains("unknown"), "{status}");
    fixes_clean(tmp.path());
}

#[test]
fn a_list_never_closed_is_told_where_it_starts() {
    let tmp = mistake(
        &[(
            C1,
            "co_created_in = [\"m-2026-02-10\", \"m-2026-03-17\"]",
            "co_created_in = [\"m-2026-02-10\", \"m-2026-03-17\"",
        )],
        &[f(
            "S001",
            8,
            17,
            "the list `co_created_in` that starts on line 8 is not closed: add ] after its last item: co_created_in = [\"m-2026-02-10\", \"m-2026-03-17\"]",
        )],
    );
    // no value after the broken line is taken as missing, and the status waits for the fix
    let (_, _, status) = findings(tmp.path());
    assert!(status.contains("unknown"), "{status}");
    fixes_clean(tmp.path());
}

#[test]
fn every_mistake_of_a_file_is_reported_not_only_the_first() {
    let tmp = mistake(
        &[
            (
                C1,
                "title = \"Open budget data\"",
                "title = \"Open budget data",
            ),
            (C1, "problem = \"Residents", "problem = Residents"),
            (C1, "due = 2026-12-31", "due = December 31, 2026"),
        ],
        &[
            f(
                "S001",
                2,
                9,
                "the text is not closed: put \" at its end: title = \"Open budget data\"",
            ),
            f(
                "S001",
                9,
                11,
                "the text has no opening quote: problem = \"Residents cannot see how the city budget is planned and spent.\"",
            ),
            f(
                "S001",
                14,
                7,
                "write dates as YYYY-MM-DD, without quotes: due = 2026-12-31",
            ),
        ],
    );
    fixes_clean(tmp.path());
}

#[test]
fn a_table_name_with_spaces_gets_the_known_name() {
    let tmp = mistake(
        &[(J, "[point_of_contact]", "[point of contact]")],
        &[f(
            "S001",
            10,
            1,
            "a table name has no spaces: write [point_of_contact]",
        )],
    );
    fixes_clean(tmp.path());
    let tmp = mistake(
        &[(J, "[forum]", "[forum")],
        &[f(
            "S001",
            15,
            1,
            "the table header is not closed with ]: write [forum]",
        )],
    );
    fixes_clean(tmp.path());
}

#[test]
fn a_comma_after_a_value_and_a_colon_for_equals() {
    let tmp = mistake(
        &[
            (
                C1,
                "title = \"Open budget data\"",
                "title = \"Open budget data\",",
            ),
            (C1, "lead = \"finance-dept\"", "lead: \"finance-dept\""),
        ],
        &[
            f(
                "S001",
                2,
                27,
                "remove the comma after the value: title = \"Open budget data\" (TOML puts each key = value on its own line, without commas)",
            ),
            f(
                "S001",
                3,
                5,
                "write `key = value`, with = (not :): lead = \"finance-dept\"",
            ),
        ],
    );
    fixes_clean(tmp.path());
}

#[test]
fn a_date_with_the_month_in_words() {
    let tmp = mistake(
        &[(PLAN, "submitted = 2026-05-15", "submitted = May 15, 2026")],
        &[f(
            "S001",
            5,
            13,
            "write dates as YYYY-MM-DD, without quotes: submitted = 2026-05-15",
        )],
    );
    // the date is not guessed into a verdict: the status waits for the file to be repaired
    let (_, _, status) = findings(tmp.path());
    assert!(status.contains("unknown"), "{status}");
    assert!(!status.contains("not submitted"), "{status}");
    fixes_clean(tmp.path());
}

#[test]
fn a_markdown_fence_pasted_with_the_toml() {
    let tmp = mistake(
        &[
            (C1, "id = \"C1\"", "```toml\nid = \"C1\""),
            (C1, "done = 2027-05-10", "done = 2027-05-10\n```"),
        ],
        &[f(
            "S001",
            1,
            1,
            "this line is a Markdown code fence (```), copied with the TOML; remove the fence lines at the top and the bottom",
        )],
    );
    fixes_clean(tmp.path());
}

#[test]
fn an_unknown_key_is_told_the_key_it_means_never_to_delete_it() {
    let tmp = mistake(
        &[(C1, "due = 2026-12-31", "deadline = 2026-12-31")],
        &[f(
            "S003",
            14,
            1,
            "unknown key `deadline`; did you mean `due`?",
        )],
    );
    fixes_clean(tmp.path());
    let tmp = mistake(
        &[(C1, "completed = 2027-05-20", "finished = 2027-05-20")],
        &[
            // the completion is unreadable, not absent: no "neither completed nor withdrawn"
            f(
                "S003",
                6,
                1,
                "unknown key `finished`; did you mean `completed`?",
            ),
        ],
    );
    fixes_clean(tmp.path());
    // a date under a key that matches nothing: the dates the table records, no "remove it"
    // (`fecha`, Spanish for date, is now told `due`; `vence` matches no key)
    let tmp = base_copy(&[(C1, "due = 2026-12-31", "vence = 2026-12-31")]);
    let (out, _, code) = ogp_in(tmp.path(), &["check", "plan", "--as-of", "2027-09-15"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("unknown key `vence`; the dates this table records are `done`, `due`"),
        "{out}"
    );
    assert!(!out.contains("remove it"), "{out}");
    followed(tmp.path(), C1, "vence = ", "due = ");
}

#[test]
fn an_empty_file_says_so_and_what_it_needs() {
    let tmp = base_copy(&[]);
    let p = tmp.path().join("plan").join(C1);
    let kept = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, "").unwrap();
    let (got, code, status) = findings(tmp.path());
    assert_eq!(code, 1);
    assert_eq!(
        got[0],
        f(
            "S002",
            1,
            1,
            "this file is empty; it needs at least `id`, `title`, `start`, `end`"
        )
    );
    assert!(status.contains("unknown"), "{status}");
    std::fs::write(&p, kept).unwrap();
    let (got, code, _) = findings(tmp.path());
    assert_eq!((got, code), (Vec::new(), 0));
}

#[test]
fn allowed_values_and_ids_in_another_case_are_repaired_by_fix() {
    let tmp = mistake(
        &[
            (J, "sector = \"government\"", "sector = \"Government\""),
            (
                J,
                "sector = \"civil-society\"",
                "sector = \"civil society\"",
            ),
            (
                MEET,
                "purpose = \"co-creation\"",
                "purpose = \"Co-Creation\"",
            ),
            (TRACK, "C2 = 10,", "c2 = 10,"),
        ],
        &[
            f(
                "S002",
                30,
                10,
                "write the value as the format spells it: sector = \"government\"",
            ),
            f(
                "S002",
                45,
                10,
                "write the value as the format spells it: sector = \"civil-society\"",
            ),
            f(
                "S002",
                6,
                11,
                "write the value as the format spells it: purpose = \"co-creation\"",
            ),
            f(
                "S004",
                11,
                23,
                "commitment `c2` is not a commitment of this plan",
            ),
        ],
    );
    fixes_clean(tmp.path());
}

#[test]
fn other_everyday_mistakes() {
    for (file, old, new, msg, line, col) in [
        (
            J,
            "elections = true",
            "elections = True",
            "write true or false, in small letters and without quotes: elections = true",
            7,
            13,
        ),
        (
            J,
            "office = \"Mayor's Office\"",
            "office = 'Mayor's Office'",
            "the ' inside the text ends it early: write the text in double quotes: office = \"Mayor's Office\"",
            13,
            10,
        ),
        (
            C1,
            "values = [\"transparency\"]",
            "values = [transparency, participation]",
            "text in a list needs quotes too: values = [\"transparency\", \"participation\"]",
            10,
            10,
        ),
        (
            C1,
            "lead = \"finance-dept\"",
            "lead = \"finance-dept\"\nThis one matters most.",
            "this line is neither `key = value` nor a [table] header; if it is a note, start it with #",
            4,
            1,
        ),
        (
            C1,
            "id = \"C1\"",
            "// the first commitment\nid = \"C1\"",
            "comments start with #, not //: write # the first commitment",
            1,
            1,
        ),
        (
            C1,
            "[[milestone]]",
            "[[milestone]",
            "a list's header has two brackets on each side: write [[milestone]]",
            12,
            1,
        ),
        (
            C1,
            "due = 2026-12-31",
            "due date = 2026-12-31",
            "a key has no spaces; did you mean `due`? write due = 2026-12-31",
            14,
            1,
        ),
        (
            C1,
            "co_created_in = [\"m-2026-02-10\", \"m-2026-03-17\"]",
            "co_created_in = [\"m-2026-02-10\" \"m-2026-03-17\"]",
            "put a comma between the items of a list: co_created_in = [\"m-2026-02-10\", \"m-2026-03-17\"]",
            8,
            32,
        ),
        (
            TRACK,
            "progress = { C1 = 20, C2 = 10,",
            "progress = { C1 = 20 C2 = 10,",
            "put a comma between the entries of a { } table: progress = { C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5 }",
            11,
            21,
        ),
        (
            TRACK,
            "progress = { C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5 }",
            "progress = [ C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5 ]",
            "`progress` is a { } table, written in curly brackets: progress = { C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5 }",
            11,
            12,
        ),
        (
            C1,
            "title = \"Open budget data\"",
            "title = 'Open budget data\"",
            "the text opens with ' and closes with \": use the same quote at both ends: title = \"Open budget data\"",
            2,
            9,
        ),
        (
            C1,
            "co_created_in = [\"m-2026-02-10\", \"m-2026-03-17\"]",
            "co_created_in = [\n  \"m-2026-02-10\",\n  m-2026-03-17,\n]",
            "text in a list needs quotes: \"m-2026-03-17\"",
            10,
            3,
        ),
        (
            TRACK,
            "C1 = 20,",
            "C1 = 60 percent,",
            "write the number without %: C1 = 60",
            11,
            19,
        ),
        (
            C1,
            "values = [\"transparency\"]",
            "values = (\"transparency\")",
            "a list is written in square brackets [ ], not ( ): values = [\"transparency\"]",
            10,
            10,
        ),
    ] {
        let tmp = mistake(&[(file, old, new)], &[f("S001", line, col, msg)]);
        fixes_clean(tmp.path());
    }
    let tmp = mistake(
        &[(J, "elections = true", "elections = \"yes\"")],
        &[f(
            "S002",
            7,
            13,
            "write true or false, in small letters and without quotes: elections = true",
        )],
    );
    fixes_clean(tmp.path());
}

#[test]
fn lists_without_brackets_and_a_needless_header() {
    let tmp = mistake(
        &[(
            MEET,
            "attendees = [\"mayor-office\", \"cso-open\", \"cso-budget\"]",
            "attendees = \"mayor-office\", \"cso-open\", \"cso-budget\"",
        )],
        &[f(
            "S001",
            7,
            13,
            "a list is written in square brackets: attendees = [\"mayor-office\", \"cso-open\", \"cso-budget\"]",
        )],
    );
    fixes_clean(tmp.path());
    let tmp = mistake(
        &[(
            C1,
            "values = [\"transparency\"]",
            "values = \"transparency\"",
        )],
        &[f(
            "S002",
            10,
            10,
            "a list is written in square brackets, even with one item: values = [\"transparency\"]",
        )],
    );
    fixes_clean(tmp.path());
    let tmp = base_copy(&[(PLAN, "title = \"Riverbend", "[plan]\ntitle = \"Riverbend")]);
    let (got, code, _) = findings(tmp.path());
    assert_eq!(code, 1);
    assert!(
        got.contains(&f(
            "S003",
            1,
            1,
            "unknown table `[plan]`: the keys under it need no header of their own; remove the line [plan] and keep the keys"
        )),
        "{got:?}"
    );
    followed(tmp.path(), PLAN, "[plan]\n", "");
}

#[test]
fn a_milestone_without_its_header_and_a_misspelt_value() {
    let tmp = mistake(
        &[(
            C1,
            "due = 2027-05-15\ndone = 2027-05-10\n",
            "due = 2027-05-15\ndone = 2027-05-10\ntitle = \"Publish the audit\"\n",
        )],
        &[f(
            "S001",
            21,
            1,
            "`title` is given twice in this milestone; if another milestone starts here, put [[milestone]] on the line above it",
        )],
    );
    followed(
        tmp.path(),
        C1,
        "title = \"Publish the audit\"",
        "\n[[milestone]]\ntitle = \"Publish the audit\"",
    );
    // a value one letter off an allowed one: offered to --fix, but not read as if it were
    let tmp = base_copy(&[(J, "sector = \"civil-society\"", "sector = \"civil-socety\"")]);
    let (got, code, status) = findings(tmp.path());
    assert_eq!(code, 1);
    assert_eq!(
        got[0],
        f(
            "S002",
            45,
            10,
            "unknown value `civil-socety`; did you mean sector = \"civil-society\"?"
        )
    );
    assert!(status.contains("unknown"), "{status}");
    fixes_clean(tmp.path());
}

#[test]
fn double_brackets_for_a_single_table_and_a_comma_after_a_date() {
    let tmp = mistake(
        &[(PLAN, "[monitoring_body]", "[[monitoring_body]]")],
        &[f(
            "S002",
            13,
            1,
            "`[[monitoring_body]]` starts a list, but there is only one monitoring_body: write [monitoring_body], in single brackets",
        )],
    );
    fixes_clean(tmp.path());
    let tmp = mistake(
        &[(MEET, "date = 2026-02-10", "date = 2026-02-10,")],
        &[f(
            "S001",
            5,
            18,
            "remove the comma after the value: date = 2026-02-10 (TOML puts each key = value on its own line, without commas)",
        )],
    );
    fixes_clean(tmp.path());
    // a key written as two words that the format does not know: not read, so nothing is
    // reported missing because of it
    let tmp = mistake(
        &[(C1, "start = 2026-06-01", "start date = 2026-06-01")],
        &[f(
            "S001",
            4,
            1,
            "a key has no spaces; did you mean `start`? write start = 2026-06-01",
        )],
    );
    fixes_clean(tmp.path());
}

#[test]
fn a_quarter_in_another_order_is_repaired_by_fix() {
    let tmp = mistake(
        &[(TRACK, "quarter = \"2026-Q3\"", "quarter = \"Q3 2026\"")],
        &[f(
            "S002",
            9,
            11,
            "`Q3 2026` is not a quarter; write the year and quarter like 2026-Q3",
        )],
    );
    fixes_clean(tmp.path());
}

#[test]
fn a_number_in_quotes_is_a_wrong_value() {
    let tmp = mistake(
        &[(
            TRACK,
            "progress = { C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5 }",
            "progress = { C1 = \"20%\", C2 = 10, C3 = 5, C4 = 10, C5 = 5 }",
        )],
        &[f(
            "S002",
            11,
            19,
            "write the number without quotes or % sign: C1 = 20",
        )],
    );
    fixes_clean(tmp.path());
}

#[test]
fn advice_without_a_mechanical_repair_works_when_followed() {
    let tmp = mistake(
        &[(
            PLAN,
            "start = 2026-01-12\nend = 2029-04-30",
            "start = 2026-01-12 end = 2029-04-30",
        )],
        &[f(
            "S001",
            3,
            20,
            "put each key = value on its own line: start = 2026-01-12, then end = 2029-04-30 on the next line",
        )],
    );
    followed(
        tmp.path(),
        PLAN,
        "start = 2026-01-12 end",
        "start = 2026-01-12\nend",
    );
}

#[test]
fn what_other_tools_reject_is_a_warning() {
    let tmp = mistake(
        &[(
            TRACK,
            "progress = { C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5 }",
            "progress = { C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5, }",
        )],
        &[warning(
            "S001",
            11,
            55,
            "ogp reads a comma before }, but editors' TOML tools reject it: remove it: progress = { C1 = 20, C2 = 10, C3 = 5, C4 = 10, C5 = 5 }",
        )],
    );
    fixes_clean(tmp.path());
    // a byte-order mark
    let tmp = base_copy(&[]);
    let p = tmp.path().join("plan").join(J);
    let t = std::fs::read_to_string(&p).unwrap();
    std::fs::write(&p, format!("\u{feff}{t}")).unwrap();
    let (got, code, status) = findings(tmp.path());
    assert_eq!(
        (got, code),
        (
            vec![warning(
                "S001",
                1,
                1,
                "this file starts with a byte-order mark (BOM): ogp reads it, but editors' TOML tools and other programs reject the file"
            )],
            0
        )
    );
    assert!(!status.contains("unknown"), "{status}");
}

/// A copy of the base with mistakes of every part of the loader: syntax hints with and without
/// a repair, an unknown key, a value spelt another way, a quoted true, a misnamed file and a
/// plan folder without plan.toml.
fn loader_mistakes() -> tempfile::TempDir {
    let tmp = base_copy(&[
        (
            C1,
            "title = \"Open budget data\"",
            "title = Open budget data",
        ),
        (C1, "lead = \"finance-dept\"", "leader = \"finance-dept\""),
        (TRACK, "quarter = \"2026-Q3\"", "quarter = 2026-Q3"),
        (TRACK, "C1 = 50,", "C1 = 50%,"),
        (J, "kind = \"single\"", "kind = \"Single\""),
        (J, "elections = true", "elections = \"yes\""),
        (MEET, "[[meeting]]", "[[meeting]] extra"),
        (
            C2,
            "lead = \"mayor-office\"",
            "lead = \"mayor-office\"\nlead = \"x\"",
        ),
        (
            C3,
            "\"m-2026-03-17\", \"m-2026-04-21\"",
            "\"m-2026-03-17\" \"m-2026-04-21\"",
        ),
        (C4, "completed = 2029-03-15", "completed = 05/03/2029"),
        (
            C5,
            "problem = \"Complaints",
            "problem = 42\nsummary = \"Complaints",
        ),
        (PLAN, "[monitoring_body]", "[[monitoring_body]]"),
        (
            PLAN,
            "submitted = 2026-05-15",
            "submitted = 2026-05-15T10:00:00",
        ),
    ]);
    let plan = tmp.path().join("plan/plans");
    std::fs::write(plan.join("2026-2029/notes.toml"), "x = 1\n").unwrap();
    std::fs::create_dir_all(plan.join("2030-2033")).unwrap();
    tmp
}

/// The loader's findings, the `--fix` report and the usage error of a path without a plan
/// repository, in every language: English exactly as without `--lang`, the others translated
/// (golden files in tests/golden/lang/<lang>/, `OGP_BLESS=1` rewrites them).
#[test]
fn the_loaders_words_in_every_language() {
    let args = ["check", "plan", "--as-of", "2027-09-15"];
    let tmp = loader_mistakes();
    let (plain, _, _) = ogp_in(tmp.path(), &args);
    for lang in crate::common::LANGS {
        let mut a = args.to_vec();
        a.extend(["--lang", lang]);
        let (out, err, code) = ogp_in(tmp.path(), &a);
        assert_eq!(code, 1, "{lang}: {err}");
        if lang == "en" {
            assert_eq!(out, plain);
        } else {
            // the words are translated: no English message of the loader is left
            for english in ["unknown key", "write the number without %", "is not read"] {
                assert!(!out.contains(english), "{lang}: {english}");
            }
        }
        crate::common::golden(&format!("lang/{lang}/check-loader.txt"), &out);
        // what --fix repaired, and why a file was not repaired, in a copy of its own
        let fix = loader_mistakes();
        a.push("--fix");
        let (_, err, _) = ogp_in(fix.path(), &a);
        crate::common::golden(&format!("lang/{lang}/check-loader-fix.txt"), &err);
        // a path that holds no plan repository is a usage error, with the finding's words
        let empty = tempfile::tempdir().unwrap();
        let (_, err, code) = ogp_in(empty.path(), &["status", ".", "--lang", lang]);
        assert_eq!(code, 2, "{lang}: {err}");
        crate::common::golden(&format!("lang/{lang}/usage-no-repository.txt"), &err);
    }
}

/// Every word of every finding of the loader is a message of the Fluent files, so each
/// language writes it: its message, its help and its labels (a label may be empty). Checked on
/// every fixture of the loader's rules and on the mistakes above.
#[test]
fn every_finding_of_the_loader_is_translated() {
    fn words_ok(f: &ogp::diag::Finding) -> Result<(), String> {
        let labels = f.primary.iter().chain(&f.related);
        let plain = !f.message.is_msg()
            || f.help.as_ref().is_some_and(|h| !h.is_msg())
            || labels
                .clone()
                .any(|l| !l.text.is_msg() && !l.text.is_empty());
        match plain {
            true => Err(format!("{}: {}", f.rule.code, f.message.en())),
            false => Ok(()),
        }
    }
    let mut roots = Vec::new();
    for code in ["S001", "S002", "S003", "S007", "S012"] {
        let dir = crate::common::root()
            .join("tests/fixtures/rules")
            .join(code);
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if e.path().join("jurisdiction.toml").exists() {
                roots.push(e.path());
            }
        }
    }
    let tmp = loader_mistakes();
    roots.push(tmp.path().join("plan"));
    let mut seen = 0;
    for r in &roots {
        let j = ogp::load::load(r);
        for f in &j.findings {
            seen += 1;
            if let Err(e) = words_ok(f) {
                panic!("{}: words not in the Fluent files: {e}", r.display());
            }
        }
    }
    assert!(seen > 50, "{seen}");
    // the findings about the paths themselves
    let empty = tempfile::tempdir().unwrap();
    std::fs::write(empty.path().join("Jurisdiction.toml"), "name = \"x\"\n").unwrap();
    let other = tempfile::tempdir().unwrap();
    let (_, orphans) = ogp::pipeline::discover(
        &[empty.path().into(), other.path().into()],
        Default::default(),
        &mut Vec::new(),
    )
    .unwrap();
    assert_eq!(orphans.len(), 2);
    for (_, f) in &orphans {
        words_ok(f).unwrap();
    }
}
