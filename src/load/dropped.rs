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
    /// The file could not be read or is not valid TOML: nothing in it was read.
    File,
    /// A value of the wrong type or not one of the allowed values, left out.
    WrongValue,
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

    /// The 0-based index of the entry of the array of tables `name` it is in, if any
    /// (`term` in `["term", "1"]` gives 1).
    pub fn entry_of(&self, name: &str) -> Option<usize> {
        let at = self.table.iter().position(|s| s == name)?;
        self.table.get(at + 1)?.parse().ok()
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
            why: Why::WrongValue,
            span: None,
        };
        assert_eq!(d.table_path(), "commitment.milestone[2]");
        assert_eq!(d.table_name(), "commitment.milestone");
        assert_eq!(d.entry_of("milestone"), Some(1));
        assert_eq!(d.entry_of("term"), None);
    }
}
