//! Calendar UIDs are ASCII (names in other scripts transliterated) and a
//! milestone keeps its UID when the milestones are reordered.

use crate::common::{base_copy, ogp_in};
use std::collections::BTreeMap;
use std::path::Path;

/// SUMMARY → UID of every event (folded lines joined).
fn uids(ics: &str) -> BTreeMap<String, String> {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = BTreeMap::new();
    for ev in unfolded.split("BEGIN:VEVENT").skip(1) {
        let field = |name: &str| {
            ev.lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap_or_default()
                .to_string()
        };
        out.insert(field("SUMMARY:"), field("UID:"));
    }
    out
}

fn ics(dir: &Path) -> String {
    let (out, err, code) = ogp_in(
        dir,
        &[
            "calendar",
            "plan",
            "--format",
            "ics",
            "--as-of",
            "2026-11-28",
        ],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    out
}

#[test]
fn uids_are_ascii_for_names_in_any_script() {
    let tmp = base_copy(&[]);
    let j = tmp.path().join("plan/jurisdiction.toml");
    let t = std::fs::read_to_string(&j).unwrap();
    std::fs::write(&j, t.replacen("name = \"Riverbend\"", "name = \"Київ\"", 1)).unwrap();
    let all = uids(&ics(tmp.path()));
    assert!(!all.is_empty());
    for uid in all.values() {
        assert!(uid.is_ascii(), "{uid}");
        assert!(uid.ends_with("@kiyiv.ogp-local"), "{uid}");
    }
}

#[test]
fn a_milestone_keeps_its_uid_when_milestones_are_reordered() {
    let tmp = base_copy(&[]);
    let before = uids(&ics(tmp.path()));
    let c1 = tmp.path().join("plan/plans/2026-2029/commitments/c1.toml");
    let t = std::fs::read_to_string(&c1).unwrap();
    // the two [[milestone]] blocks swapped
    let (head, rest) = t.split_once("[[milestone]]").unwrap();
    let (first, second) = rest.split_once("[[milestone]]").unwrap();
    let swapped = format!(
        "{head}[[milestone]]{}\n\n[[milestone]]{}\n",
        second.trim_end(),
        first.trim_end()
    );
    std::fs::write(&c1, swapped).unwrap();
    let after = uids(&ics(tmp.path()));
    assert_eq!(after, before);
    let m = before
        .iter()
        .find(|(s, _)| s.contains("Publish the 2026 budget"))
        .unwrap();
    assert_eq!(
        m.1,
        "2026-2029-c1-milestone-publish-the-2026-budget-as-open-data@riverbend.ogp-local"
    );
}
