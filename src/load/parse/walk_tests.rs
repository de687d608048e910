//! The schema's walk for unknown keys against what the deserializer leaves unread.

use crate::model::*;
use std::path::Path;
use toml::de::DeTable;

/// The schema's walk and what the deserializer leaves unread, for one file of kind `T`:
/// (every key known to the walk, keys the deserializer left unread).
fn both<T: serde::de::DeserializeOwned + schemars::JsonSchema + 'static>(
    src: &str,
) -> Option<(bool, usize)> {
    let table = DeTable::parse(src).ok()?;
    let walk = crate::schema::keys_all_known::<T>(table.get_ref());
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

/// [`both`] for a fixture file, its kind told by its name and folder.
fn both_for(p: &Path, src: &str) -> Option<(bool, usize)> {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let in_commitments = p
        .parent()
        .and_then(|d| d.file_name())
        .is_some_and(|d| d == "commitments");
    match name {
        "jurisdiction.toml" => both::<JurisdictionFile>(src),
        "plan.toml" => both::<PlanFile>(src),
        "meetings.toml" => both::<MeetingsFile>(src),
        "tracker.toml" => both::<TrackerFile>(src),
        _ if in_commitments => both::<CommitmentFile>(src),
        _ => None,
    }
}

/// The fast path trusts the walk: whenever it finds every key known, the deserializer must
/// leave no key unread, in every file of the fixtures and examples (unknown keys included),
/// and a key no kind knows is never trusted.
#[test]
fn the_walk_never_misses_a_key_the_deserializer_leaves_unread() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("tests/fixtures"), &mut all);
    files(&root.join("examples"), &mut all);
    let (mut trusted, mut unknown_seen) = (0, 0);
    for p in &all {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        if let Some((walk, _)) = both_for(p, &format!("zz_not_a_key = 1\n{src}")) {
            assert!(!walk, "{}: an unknown key trusted", p.display());
        }
        let Some((walk, unread)) = both_for(p, &src) else {
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
        let table = DeTable::parse(src).unwrap();
        assert_eq!(
            crate::schema::keys_all_known::<TrackerFile>(table.get_ref()),
            known,
            "{src}"
        );
    }
}
