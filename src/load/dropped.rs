//! What the loader could not read or left out, as data: one [`Dropped`] record per value (or
//! per table entry, or per file) that the loaded records lack although the file has it.
//!
//! A value left out is unreadable, not absent: the model reads these records to know which
//! verdicts rest on a value it does not have (`cycle::unreadable`), and never guesses that
//! from the text of the loader's findings.

use crate::diag::FileId;
use std::ops::Range;

/// The kind of file a record is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    Jurisdiction,
    Plan,
    Commitment,
    Meetings,
    Tracker,
}

impl Form {
    /// The form of the file type `T` (`None` for a type that is not a file of the format).
    pub fn of<T: 'static>() -> Option<Form> {
        use crate::model::*;
        use std::any::TypeId;
        let t = TypeId::of::<T>();
        [
            (TypeId::of::<JurisdictionFile>(), Form::Jurisdiction),
            (TypeId::of::<PlanFile>(), Form::Plan),
            (TypeId::of::<CommitmentFile>(), Form::Commitment),
            (TypeId::of::<MeetingsFile>(), Form::Meetings),
            (TypeId::of::<TrackerFile>(), Form::Tracker),
        ]
        .into_iter()
        .find_map(|(id, f)| (id == t).then_some(f))
    }
}

/// Why a value was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// Nothing in the file was read: it is not text, too large, empty, not valid TOML (a
    /// syntax mistake, a key or table given twice), or holds too many wrong values.
    File,
    /// A value of the wrong type (text where a date belongs, one text for a list), left out.
    WrongType,
    /// A value of the right type that the format does not allow (not one of the allowed
    /// values, a date that does not exist), left out.
    BadValue,
    /// A date typed another way: repaired only to read the rest of the file, and left out
    /// (no verdict rests on a guessed date).
    GuessedDate,
    /// A key the table does not know, with the key it probably means.
    UnknownKey { meant: Option<String> },
    /// A table entry left out because a key it requires was itself left out (`key`).
    Incomplete { key: String },
}

/// One value (or table entry, or file) the loaded records lack although the file has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub file: FileId,
    pub form: Form,
    /// The table it is in, as segments: keys and 0-based array indices
    /// (`["commitment", "milestone", "1"]`); empty for the top of the file.
    pub table: Vec<String>,
    /// The key left out; `None` when a whole table entry or the whole file is.
    pub key: Option<String>,
    pub why: Why,
    /// Where it is in the file, when known.
    pub span: Option<Range<usize>>,
}

impl Dropped {
    /// The table's keys without the array indices (`commitment.milestone`): what the format
    /// calls the table.
    pub fn table_name(&self) -> String {
        self.table
            .iter()
            .filter(|s| s.parse::<usize>().is_err())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(".")
    }

    /// The table as a person finds it in the file, entries counted from 1 (`term[2]`,
    /// `commitment.milestone[1]`); empty for the top of the file.
    pub fn table_path(&self) -> String {
        let mut out = String::new();
        for s in &self.table {
            match s.parse::<usize>() {
                Ok(i) => out.push_str(&format!("[{}]", i + 1)),
                Err(_) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(s);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_paths_count_entries_from_one() {
        let d = Dropped {
            file: 0,
            form: Form::Commitment,
            table: vec!["commitment".into(), "milestone".into(), "1".into()],
            key: Some("due".into()),
            why: Why::WrongType,
            span: None,
        };
        assert_eq!(d.table_path(), "commitment.milestone[2]");
        assert_eq!(d.table_name(), "commitment.milestone");
    }

    /// The records of one file: (table path, key, why) of each.
    fn records<
        T: serde::de::DeserializeOwned + crate::load::DirectFile + schemars::JsonSchema + 'static,
    >(
        text: &str,
    ) -> Vec<(String, Option<String>, Why)> {
        let (value, _, dropped) = crate::load::parse_doc_dropped::<T>(text, 0);
        assert!(value.is_some(), "the file still loads");
        dropped
            .into_iter()
            .map(|d| (d.table_path(), d.key.clone(), d.why))
            .collect()
    }

    /// A file of the clean fixture, read when the test runs (the source distribution carries
    /// no test fixtures, so nothing of tests/ is compiled in).
    fn fixture(rel: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/base")
            .join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn base() -> String {
        fixture("jurisdiction.toml")
    }

    fn plan() -> String {
        fixture("plans/2026-2029/plan.toml")
    }

    #[test]
    fn a_clean_file_drops_nothing() {
        assert!(records::<crate::model::JurisdictionFile>(&base()).is_empty());
        assert!(records::<crate::model::PlanFile>(&plan()).is_empty());
    }

    #[test]
    fn a_quoted_term_end_drops_the_value_and_its_term() {
        let text = base().replacen("end = 2029-06-30", "end = \"2029-06-30\"", 1);
        let r = records::<crate::model::JurisdictionFile>(&text);
        assert_eq!(
            r,
            vec![
                ("term[1]".into(), Some("end".into()), Why::GuessedDate),
                (
                    "term[1]".into(),
                    None,
                    Why::Incomplete { key: "end".into() }
                ),
            ]
        );
    }

    #[test]
    fn a_misspelt_key_names_the_key_it_means_unless_its_table_has_it() {
        let text = plan().replacen("inception =", "inceptoin =", 1);
        let r = records::<crate::model::PlanFile>(&text);
        let meant = Why::UnknownKey {
            meant: Some("inception".into()),
        };
        assert_eq!(
            r,
            vec![("assessments".into(), Some("inceptoin".into()), meant)]
        );
        let text = plan().replacen("inception =", "inceptoin = 2026-07-10\ninception =", 1);
        let r = records::<crate::model::PlanFile>(&text);
        let none = Why::UnknownKey { meant: None };
        assert_eq!(
            r,
            vec![("assessments".into(), Some("inceptoin".into()), none)]
        );
    }

    #[test]
    fn wrong_types_and_bad_values_are_told_apart() {
        let text = base().replacen("elections = true", "elections = 3", 1);
        let r = records::<crate::model::JurisdictionFile>(&text);
        assert_eq!(
            r,
            vec![("".into(), Some("elections".into()), Why::WrongType)]
        );
        let text = base().replacen("kind = \"single\"", "kind = \"triple\"", 1);
        let r = records::<crate::model::JurisdictionFile>(&text);
        assert_eq!(r, vec![("".into(), Some("kind".into()), Why::BadValue)]);
    }
}
