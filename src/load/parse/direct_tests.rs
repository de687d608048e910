//! The loader's direct reading against serde's, on every fixture and example file and on
//! mutations of the examples.

use crate::model::*;
use std::path::Path;
use toml::de::DeTable;

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

/// How a text of kind `T` reads, as (serde reads it whole with no key left unread, the value
/// serde reads, the value read directly, the portability findings of the `{ }` tables the direct
/// reading noted, those of the whole text); `None` for a text that is not TOML.
type Both = (bool, String, Option<String>, String, String);

fn both<T>(src: &str) -> Option<Both>
where
    T: serde::de::DeserializeOwned + super::DirectFile + std::fmt::Debug,
{
    let table = DeTable::parse(src).ok()?;
    let mut unread = 0;
    let serde: Result<T, _> =
        serde_ignored::deserialize(toml::de::Deserializer::from(table.clone()), |_| unread += 1);
    let clean = serde.is_ok() && unread == 0;
    let mut cx = super::direct::Cx::new(src);
    let direct = T::read_file(table.get_ref(), &mut cx).map(|v| format!("{v:?}"));
    let show = |f: Vec<crate::load::syntax::Portable>| format!("{f:?}");
    Some((
        clean,
        format!("{:?}", serde.ok()),
        direct,
        show(crate::load::syntax::portability_in(src, &mut cx.tables)),
        show(crate::load::syntax::portability(src)),
    ))
}

/// Checks one text of the kind of the file `kind`: what the direct reading reads is what serde
/// reads, with no key left unread, and its `{ }` tables hold every portability finding; and where
/// serde reads a text cleanly, the direct reading reads it too. Gives whether it was read
/// directly.
fn same(name: &str, kind: &Path, src: &str) -> bool {
    let Some((clean, serde, direct, only_tables, every)) = by_kind!(kind, both, src) else {
        return false;
    };
    match &direct {
        Some(d) => {
            assert!(
                clean,
                "{name}: read directly, but not cleanly by serde:\n{src}"
            );
            assert_eq!(&format!("Some({d})"), &serde, "{name}:\n{src}");
            assert_eq!(only_tables, every, "{name}:\n{src}");
        }
        None => assert!(
            !clean,
            "{name}: serde reads it, the direct reading does not:\n{src}"
        ),
    }
    direct.is_some()
}

/// The direct reading reads exactly what serde reads in every file of the fixtures and
/// examples, and reads every file serde reads cleanly.
#[test]
fn the_direct_reading_is_serdes() {
    let mut read = 0;
    for p in &fixture_files() {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        read += usize::from(same(&p.display().to_string(), p, &src));
    }
    // the forms of the portability scan, around strings and comments that hold braces, and
    // the forms of a number
    let head = "[[update]]\nquarter = \"2026-Q3\" # a { in a comment\ndate = 2026-09-01\n";
    let mut portable = 0;
    for tail in [
        "progress = { C1 = 5, }\n",
        "progress = {\n  C1 = 5,\n  C2 = 7, # a note, with a }\n}\n",
        "progress = { \"C{1}\" = 5, 'C,2' = 7 ,}\n",
        "progress = { C1 = 5 }\n[[update]]\nquarter = \"2026-Q4\"\ndate = 2026-12-01\nprogress = {\nC1 = 9 }\n",
        "[[update]]\nquarter = '''2026-Q4'''\ndate = 2026-12-01\nprogress = { C1 = 1, C2 = 2, }\n",
        "progress = { C1 = 5.5, C2 = 0x10, C3 = 1e2, C4 = -0.0, C5 = +7, C6 = 1_0, C7 = nan }\n",
        "progress = { C1 = inf, C2 = 99999999999999999999, C3 = 1e999 }\n",
    ] {
        let src = format!("{head}{tail}");
        same(&src, Path::new("tracker.toml"), &src);
        portable += usize::from(!crate::load::syntax::portability(&src).is_empty());
    }
    // the test means something: most files were read directly, portability findings were met
    assert!(read > 1000, "only {read} files read directly");
    assert!(
        portable >= 4,
        "only {portable} texts with portability findings"
    );
}

/// Each key of each example file left out, renamed, and given values of every type and of
/// wrong shapes: the direct reading never reads what serde would not read the same, and reads
/// whatever serde reads cleanly.
#[test]
fn the_direct_reading_is_serdes_on_every_mutation() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("examples"), &mut all);
    let values = [
        "\"2026-01-01\"",
        "2026-01-01",
        "1989-12-31",
        "2101-01-01",
        "2026-01-01T10:00:00",
        "2026-01-01 10:00:00Z",
        "10:00:00",
        "1",
        "-3",
        "1.5",
        "true",
        "\"x\"",
        "\"single\"",
        "\"civil-society\"",
        "\"Joint\"",
        "[]",
        "[\"a\"]",
        "[1]",
        "{}",
        "{ a = 1 }",
        "[{ title = \"t\" }]",
    ];
    let (mut tried, mut read) = (0, 0);
    for p in &all {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        let lines: Vec<&str> = src.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some((key, _)) = line.split_once('=') else {
                continue;
            };
            let key = key.trim();
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                continue;
            }
            let with = |new: Option<String>| {
                let mut out: Vec<String> = lines.iter().map(|l| (*l).to_string()).collect();
                match new {
                    Some(n) => out[i] = n,
                    None => {
                        out.remove(i);
                    }
                }
                out.join("\n")
            };
            let mut texts = vec![with(None), with(Some(format!("{key}_x = 1")))];
            texts.extend(values.iter().map(|v| with(Some(format!("{key} = {v}")))));
            for text in texts {
                tried += 1;
                read += usize::from(same(&format!("{}:{}", p.display(), i + 1), p, &text));
            }
        }
    }
    // the test means something: thousands of texts, many of them read directly
    assert!(tried > 5000, "only {tried} texts");
    assert!(read > 500, "only {read} texts read directly");
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
