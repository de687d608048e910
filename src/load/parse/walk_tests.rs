//! The schema's walk for unknown keys against what the deserializer leaves unread.

use crate::model::*;
use std::path::Path;
use toml::de::DeTable;

/// The schema's walk and what the deserializer leaves unread, for one file of kind `T`:
/// (every key known to the walk, keys the deserializer left unread).
fn both<T: serde::de::DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
) -> Option<(bool, usize)> {
    let mut table = DeTable::parse(src).ok()?;
    let walk = crate::schema::keys_all_known::<T>(table.get_mut(), &mut |_| true);
    let mut unread = 0;
    let _: Result<T, _> =
        serde_ignored::deserialize(toml::de::Deserializer::from(table), |_| unread += 1);
    Some((walk, unread))
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

/// `$f::<T>($src)` for the kind `T` of the fixture file `$p`, told by its name and folder;
/// `None` for a file of no kind.
macro_rules! by_kind {
    ($p:expr, $f:ident, $src:expr) => {{
        let p: &Path = $p;
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let in_commitments = p
            .parent()
            .and_then(|d| d.file_name())
            .is_some_and(|d| d == "commitments");
        match name {
            "jurisdiction.toml" => $f::<JurisdictionFile>($src),
            "plan.toml" => $f::<PlanFile>($src),
            "meetings.toml" => $f::<MeetingsFile>($src),
            "tracker.toml" => $f::<TrackerFile>($src),
            _ if in_commitments => $f::<CommitmentFile>($src),
            _ => None,
        }
    }};
}

/// Every TOML file of the fixtures and examples.
fn fixture_files() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("tests/fixtures"), &mut all);
    files(&root.join("examples"), &mut all);
    all
}

/// What the fast path reads of a file of kind `T` against what toml's own reading gives, as
/// (whether the walk vouched for it, the fast value's `Debug`, the plain value's `Debug`, the
/// portability findings of the `{ }` tables alone, those of the whole text, dates read ahead).
type Fast = (bool, String, String, String, String, usize);

fn fast<T: serde::de::DeserializeOwned + schemars::JsonSchema + std::fmt::Debug + 'static>(
    src: &str,
) -> Option<Fast> {
    let plain: Option<T> = DeTable::parse(src)
        .ok()
        .and_then(|t| T::deserialize(toml::de::Deserializer::from(t)).ok());
    let mut table = DeTable::parse(src).ok()?;
    let mut prep = super::Prep {
        src,
        tables: Vec::new(),
        preread: false,
    };
    let mut dates = 0;
    let walk = crate::schema::keys_all_known::<T>(table.get_mut(), &mut |r| {
        let was_date = matches!(r.value.get_ref(), toml::de::DeValue::Datetime(_));
        let go = prep.reach(r);
        dates += usize::from(was_date && prep.preread);
        go
    });
    let value: Option<T> = crate::date::with_dates_as_text(|| {
        T::deserialize(toml::de::Deserializer::from(table)).ok()
    });
    let show = |f: Vec<crate::load::syntax::Portable>| format!("{f:?}");
    Some((
        walk,
        format!("{value:?}"),
        format!("{plain:?}"),
        show(crate::load::syntax::portability_in(src, &mut prep.tables)),
        show(crate::load::syntax::portability(src)),
        dates,
    ))
}

/// Where the walk vouches for a file, the fast path reads from it exactly what toml's own
/// reading gives (its dates read ahead), and the portability scan of its `{ }` tables alone
/// finds what the scan of the whole text finds: in every file of the fixtures and examples.
#[test]
fn the_fast_path_reads_what_toml_reads() {
    let all = fixture_files();
    let (mut dates, mut portable) = (0, 0);
    for p in &all {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        let Some((walk, value, plain, only_tables, whole, n)) = by_kind!(p, fast, &src) else {
            continue;
        };
        if !walk {
            continue;
        }
        assert_eq!(value, plain, "{}", p.display());
        assert_eq!(only_tables, whole, "{}", p.display());
        dates += n;
        portable += usize::from(whole != "[]");
    }
    // the forms of the portability scan, around strings and comments that hold braces
    let head = "[[update]]\nquarter = \"2026-Q3\" # a { in a comment\ndate = 2026-09-01\n";
    for tail in [
        "progress = { C1 = 5, }\n",
        "progress = {\n  C1 = 5,\n  C2 = 7, # a note, with a }\n}\n",
        "progress = { \"C{1}\" = 5, 'C,2' = 7 ,}\n",
        "progress = { C1 = 5 }\n[[update]]\nquarter = \"2026-Q4\"\ndate = 2026-12-01\nprogress = {\nC1 = 9 }\n",
        "[[update]]\nquarter = '''2026-Q4'''\ndate = 2026-12-01\nprogress = { C1 = 1, C2 = 2, }\n",
    ] {
        let src = format!("{head}{tail}");
        let (walk, value, plain, only_tables, whole, _) =
            fast::<TrackerFile>(&src).expect("parses");
        assert!(walk, "{src}");
        assert_eq!(value, plain, "{src}");
        assert_eq!(only_tables, whole, "{src}");
        portable += usize::from(whole != "[]");
    }
    // the test means something: dates were read ahead, and portability findings were found
    assert!(dates > 1000, "only {dates} dates read ahead");
    assert!(
        portable >= 5,
        "only {portable} texts with portability findings"
    );
}

/// A date written in quotes is a string, the wrong type, on every path of the loader: alone,
/// beside an unknown key (the walk stops early), and beside dates read ahead.
#[test]
fn a_date_in_quotes_is_never_read_as_a_date() {
    let head = "[[update]]\nquarter = \"2026-Q2\"\ndate = 2026-06-01\n";
    for src in [
        "[[update]]\nquarter = \"2026-Q3\"\ndate = \"2026-09-01\"\n".to_string(),
        format!("{head}[[update]]\nquarter = \"2026-Q3\"\ndate = \"2026-09-01\"\n"),
        format!("zz = 1\n{head}[[update]]\nquarter = \"2026-Q3\"\ndate = \"2026-09-01\"\n"),
        format!("{head}[[update]]\nquarter = \"2026-Q3\"\ndate = \"\\u0032026-09-01\"\n"),
    ] {
        let (value, findings) = super::parse_doc::<TrackerFile>(&src, 0);
        let read = value.map_or(0, |v| v.update.len());
        assert!(read < 2, "{src:?} read as a date");
        assert!(
            findings.iter().any(|f| f.rule.code == "S002"),
            "{src:?}: {findings:?}"
        );
    }
}

/// The fast path trusts the walk: whenever it finds every key known, the deserializer must
/// leave no key unread, in every file of the fixtures and examples (unknown keys included),
/// and a key no kind knows is never trusted.
#[test]
fn the_walk_never_misses_a_key_the_deserializer_leaves_unread() {
    let all = fixture_files();
    let (mut trusted, mut unknown_seen) = (0, 0);
    for p in &all {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        if let Some((walk, _)) = by_kind!(p, both, &format!("zz_not_a_key = 1\n{src}")) {
            assert!(!walk, "{}: an unknown key trusted", p.display());
        }
        let Some((walk, unread)) = by_kind!(p, both, &src) else {
            continue;
        };
        assert!(
            !walk || unread == 0,
            "{}: the walk missed {unread}",
            p.display()
        );
        trusted += usize::from(walk);
        unknown_seen += usize::from(unread > 0);
    }
    // the test means something: most files are trusted, and unknown keys were met
    assert!(trusted > 1000, "only {trusted} files trusted by the walk");
    assert!(
        unknown_seen >= 10,
        "only {unknown_seen} files with unknown keys"
    );
}

#[test]
fn a_key_the_format_does_not_know_is_caught_at_every_depth() {
    for (src, known) in [
        ("", true),
        (
            "[[update]]\nquarter = \"2026-Q3\"\ndate = 2026-09-01\n",
            true,
        ),
        (
            "[[update]]\nquarter = \"2026-Q3\"\ndate = 2026-09-01\nprogress = { C1 = 5 }\n",
            true,
        ),
        (
            "[[update]]\nquarter = \"2026-Q3\"\ndate = 2026-09-01\nnote = 1\n",
            false,
        ),
        ("[[updates]]\nquarter = \"2026-Q3\"\n", false),
        ("update = 5\n", true),
        ("update = [{ quarter = { a = 1 } }]\n", false),
        ("[[update]]\nprogress = { C1 = { x = 1 } }\n", false),
    ] {
        let mut table = DeTable::parse(src).unwrap();
        assert_eq!(
            crate::schema::keys_all_known::<TrackerFile>(table.get_mut(), &mut |_| true),
            known,
            "{src}"
        );
    }
}
