//! The plan cycle's words in every language: the reasons of a status, what each deadline is
//! and who answers for it, what was done since the last meeting and the notes about the git
//! history. Spanish outputs are golden files (`tests/golden/lang/es/model/`, `OGP_BLESS=1`
//! rewrites them); every text the model makes is rendered in every language and must be a
//! translated message, never an id left as it is.

use crate::common::{LANGS, golden, ogp, root};
use crate::git::ogp_in;
use ogp::cycle::Cycle;
use ogp::i18n::{Lang, Text};

const OWED: &str = "tests/fixtures/rules/T501/fail-owed-plan";
const PAUSED: &str = "tests/fixtures/rules/T504/fail-until";
const REGISTRY: &str = "tests/fixtures/status/registry";
const LAKESIDE: &str = "examples/lakeside-status";

/// Spanish outputs that show the model's words: a member that owes a plan after being
/// restored (history, what restores it, the next escalation), one voluntarily inactive, a
/// registry's status as JSON, the calendar with the status machine's days and in the formats
/// whose human fields follow the language, the briefing's "done since", and the T finding.
const CASES: [(&str, &[&str]); 10] = [
    (
        "status-owed-plan.txt",
        &["status", OWED, "--as-of", "2027-01-20"],
    ),
    (
        "status-paused.txt",
        &["status", PAUSED, "--as-of", "2027-03-01"],
    ),
    (
        "status-registry.json",
        &[
            "status",
            REGISTRY,
            "--as-of",
            "2028-02-01",
            "--format",
            "json",
        ],
    ),
    (
        "calendar-owed-plan.txt",
        &["calendar", OWED, "--as-of", "2026-09-01"],
    ),
    (
        "calendar-paused.md",
        &[
            "calendar",
            PAUSED,
            "--as-of",
            "2027-03-01",
            "--format",
            "markdown",
        ],
    ),
    (
        "calendar-lakeside.csv",
        &[
            "calendar",
            LAKESIDE,
            "--as-of",
            "2027-06-30",
            "--format",
            "csv",
        ],
    ),
    (
        "calendar-lakeside.json",
        &[
            "calendar",
            LAKESIDE,
            "--as-of",
            "2027-06-30",
            "--format",
            "json",
        ],
    ),
    (
        "calendar-lakeside.ics",
        &[
            "calendar",
            LAKESIDE,
            "--as-of",
            "2027-06-30",
            "--format",
            "ics",
        ],
    ),
    (
        "agenda-lakeside.json",
        &[
            "agenda",
            LAKESIDE,
            "--as-of",
            "2027-06-30",
            "--since",
            "2026-01-01",
            "--format",
            "json",
        ],
    ),
    (
        "check-owed-plan.txt",
        &["check", OWED, "--as-of", "2027-01-20", "--format", "short"],
    ),
];

#[test]
fn the_model_speaks_spanish() {
    for (name, args) in CASES {
        let mut a = args.to_vec();
        a.extend(["--lang", "es"]);
        if matches!(args[0], "status" | "calendar") {
            a.extend(["--width", "100"]);
        }
        let (out, err, code) = ogp(&a);
        assert!(code == 0 || args[0] == "check", "{name}: {err}");
        // of a check, only the status finding is the model's
        let out = match args[0] {
            "check" => out
                .lines()
                .filter(|l| l.contains(" T50"))
                .map(|l| format!("{l}\n"))
                .collect(),
            _ => out,
        };
        assert!(!out.is_empty(), "{name}: {err}");
        golden(&format!("lang/es/model/{name}"), &out);
    }
}

/// Outside git, the note about the history is in the run's language (and stays English
/// without `--lang`).
#[test]
fn the_history_note_follows_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let base = root().join("tests/fixtures/base");
    copy(&base, &dir.path().join("a"));
    copy(&base, &dir.path().join("b"));
    let notes = |lang: &str| {
        let (out, err, _) = ogp_in(
            dir.path(),
            &[
                "check",
                "--as-of",
                "2027-01-15",
                "--format",
                "json",
                "--lang",
                lang,
            ],
        );
        // (the history audit is on here, as in a real run)
        let v: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
        v["summary"]["notes"].clone()
    };
    assert_eq!(
        notes("en"),
        serde_json::json!(["history not available: `.` is not in a git repository"])
    );
    assert_eq!(
        notes("es"),
        serde_json::json!(["historial no disponible: `.` no está en un repositorio git"])
    );
    let (out, _, _) = ogp_in(
        dir.path(),
        &["check", "--as-of", "2027-01-15", "--lang", "fr"],
    );
    assert!(
        out.contains("historique indisponible : `.` n'est pas dans un dépôt git"),
        "{out}"
    );
}

fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Every text the model makes — each deadline's what and who, each transition's reason and
/// what would have prevented it, what restores active status, the plan owed, why a record
/// cannot be read — renders in every language as a message of that language: no message id
/// comes out as it is (an id missing from the files), no variable is left unfilled, and
/// outside English the words differ from the English ones unless they are only values.
#[test]
fn every_text_of_the_model_is_a_message_in_every_language() {
    let mut dirs: Vec<std::path::PathBuf> = vec![
        root().join("examples/riverbend"),
        root().join(LAKESIDE),
        root().join("examples/river-valley-joint"),
        root().join(OWED),
        root().join(PAUSED),
    ];
    for d in ["T501", "T502", "T503", "T504", "P101", "S002", "M305"] {
        let rules = root().join("tests/fixtures/rules").join(d);
        for e in std::fs::read_dir(&rules).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            }
        }
    }
    for r in std::fs::read_dir(root().join(REGISTRY)).unwrap() {
        dirs.push(r.unwrap().path());
    }
    let mut seen = 0;
    for dir in &dirs {
        let j = ogp::load::load(dir);
        for as_of in ["2026-09-01", "2027-01-20", "2027-08-10", "2029-06-30"] {
            let Some(cy) = Cycle::new(&j, as_of.parse().unwrap()) else {
                continue;
            };
            let mut texts: Vec<Text> = Vec::new();
            for d in &cy.deadlines {
                texts.push(d.what());
                texts.push(d.who.text());
                texts.extend(d.unjudged.clone());
                texts.extend(d.anchor.iter().map(|l| l.text.clone()));
                texts.extend(d.record.iter().map(|l| l.text.clone()));
            }
            let r = &cy.status;
            for t in r.history.iter().chain(&r.future) {
                texts.push(t.reason.clone());
                texts.push(t.unless.clone());
                // an unknown status points where the loader's finding does (its own words)
                if t.status != ogp::cycle::Status::Unknown {
                    texts.extend(t.at.iter().map(|l| l.text.clone()));
                }
            }
            texts.push(r.restore.clone());
            texts.extend(r.owed.iter().map(|o| o.1.clone()));
            texts.extend(cy.unknown.clone());
            for e in ogp::calendar::from_model(&cy) {
                texts.push(e.what);
                texts.push(e.who);
            }
            for t in texts.iter().filter(|t| !t.is_empty()) {
                assert!(t.is_msg(), "{}: plain words {:?}", dir.display(), t.en());
                let en = t.en();
                for lang in LANGS {
                    let lang = Lang::from_code(lang).unwrap();
                    let s = t.render(lang);
                    assert!(
                        !s.contains("cycle-") && !s.contains("calendar-") && !s.contains('$'),
                        "{} in {lang:?}: {s}",
                        dir.display()
                    );
                    if lang != Lang::En && en.chars().filter(|c| c.is_alphabetic()).count() > 12 {
                        assert_ne!(s, en, "{} in {lang:?}: not translated", dir.display());
                    }
                }
                seen += 1;
            }
        }
    }
    assert!(seen > 1000, "{seen} texts rendered");
}
