//! Syntax mistakes in plain words: what the TOML parser stopped at, told as what to write
//! instead (`C1 = 60` for `C1 = 60%`, `quarter = "2027-Q3"`, `[point_of_contact]`), and what
//! the loader does with the text before it reads on, so that every mistake of a file is
//! reported, not only the first.
//!
//! A mistake whose repair is certain and keeps every byte offset is repaired in memory and the
//! value read; any other is blanked out (the file then gives no verdict, but the mistakes after
//! it are still found). The repair offered to `ogp check --fix` may change the line's length.

use crate::i18n::Text;
use crate::repair::{Edit, Hint, boundary};
use crate::schema::Takes;
use crate::t;
use std::ops::Range;

mod keys;
mod kinds;
mod portable;
mod statements;
mod values;

pub use keys::*;
pub use kinds::*;
pub use portable::*;
use statements::*;
pub use values::*;

/// What the loader knows of a file's format: the keys each table knows, and what a key takes.
#[derive(Clone, Copy)]
pub struct Shape {
    keys: fn(&[String]) -> Vec<String>,
    takes: fn(&[String], &str) -> Option<Takes>,
}

impl Shape {
    pub fn of<T: schemars::JsonSchema + 'static>() -> Shape {
        Shape {
            keys: crate::schema::known_keys::<T>,
            takes: crate::schema::takes::<T>,
        }
    }
}

/// What to do with the text before reading it again (always an edit of the same length).
#[derive(Debug)]
pub enum Then {
    /// Make this edit; `true` when the value it leaves is what the user meant, and may be read.
    Edit(Edit, bool),
    /// Blank these bytes (line breaks stay); `true` when nothing the file records is lost.
    Blank(Range<usize>, bool),
}

/// A syntax mistake: what to tell, and what to do before reading on.
#[derive(Debug)]
pub struct Mistake {
    pub hint: Hint,
    pub then: Then,
    /// What the finding states, where code decides on it (a fence: folded when repeated).
    pub fact: crate::diag::Fact,
}

/// The context of one parse error.
struct Ctx<'a> {
    text: &'a str,
    /// The error's span as the parser gave it.
    span: Range<usize>,
    msg: &'a str,
    /// The line holding the error, without its line break.
    line: Range<usize>,
    /// The table the line is in (`["milestone", "0"]`).
    path: Vec<String>,
    shape: Shape,
}

/// Explains the parse error `msg` at `span` of `text` (a file of the format `shape`).
pub fn diagnose(text: &str, span: Range<usize>, msg: &str, shape: Shape) -> Mistake {
    let at = boundary(text, span.start);
    let span = at..boundary(text, span.end.max(at));
    let line = line_at(text, at);
    let path = table_path(text, line.start);
    let cx = Ctx {
        text,
        span,
        msg,
        line,
        path,
        shape,
    };
    fence(&cx)
        .or_else(|| unclosed_long_text(&cx))
        .or_else(|| slash_comment(&cx))
        .or_else(|| unclosed_list(&cx))
        .or_else(|| header(&cx))
        .or_else(|| not_an_assignment(&cx))
        .or_else(|| in_key(&cx))
        .or_else(|| in_value(&cx))
        .or_else(|| bare_item(&cx))
        .or_else(|| decimal_comma(&cx))
        .unwrap_or_else(|| fallback(&cx))
}

/// The line holding `at`, without its line break (and a carriage return before it).
fn line_at(text: &str, at: usize) -> Range<usize> {
    let mut line = crate::repair::line_at(text, at);
    if text[..line.end].ends_with('\r') && line.end > line.start {
        line.end -= 1;
    }
    line
}

/// The name of a table header line and whether it is a list's (`[[name]]`).
fn header_of(line: &str) -> Option<(String, bool)> {
    crate::repair::header(line).map(|(name, list)| (name.to_string(), list))
}

/// The table a line at `start` is in: the last well-formed header before it.
fn table_path(text: &str, start: usize) -> Vec<String> {
    let mut path = Vec::new();
    for l in text[..start].lines() {
        if let Some((name, list)) = header_of(l) {
            path = name
                .split('.')
                .map(|s| s.trim().trim_matches('"').to_string())
                .collect();
            if list {
                path.push("0".into());
            }
        }
    }
    path
}

/// Where a `#` comment starts in `s`, outside quotes.
fn comment_start(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some('"'), '\\') if !escaped => {
                escaped = true;
                continue;
            }
            (None, '#') => return Some(i),
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q && !escaped => quote = None,
            _ => {}
        }
        escaped = false;
    }
    None
}

/// Where the first `=` outside quotes is in `s`.
fn equals(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '=') => return Some(i),
            (None, '#') => return None,
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
    }
    None
}

/// A line that starts a new statement: a table header or `key =`.
fn starts_statement(line: &str) -> bool {
    let l = line.trim_start();
    if l.starts_with('[') && !l.starts_with("[\"") && !l.starts_with("['") {
        return header_of(l).is_some();
    }
    equals(l).is_some_and(|eq| {
        let key = l[..eq].trim();
        !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || "_-.\"' ".contains(c))
    })
}

/// The statement at `at`, from its line to the end of what it opens (a list or a table spread
/// over lines), for blanking.
pub fn statement(text: &str, at: usize) -> Range<usize> {
    let line = line_at(text, boundary(text, at));
    let start = line.start;
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut end = line.end;
    let mut pos = start;
    for l in text[start..].split_inclusive('\n') {
        if pos > start && depth > 0 && starts_statement(l) {
            break;
        }
        let body = match (quote, comment_start(l)) {
            (None, Some(h)) => &l[..h],
            _ => l,
        };
        for c in body.chars() {
            match (quote, c) {
                (None, '[' | '{') => depth += 1,
                (None, ']' | '}') => depth -= 1,
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
        }
        quote = None;
        end = pos + l.trim_end_matches(['\n', '\r']).len();
        pos += l.len();
        if depth <= 0 {
            break;
        }
    }
    start..end.max(line.end)
}

/// A value that starts like a day, `2027-13-01` (for an impossible date).
pub fn looks_like_a_day(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

fn hint(message: Text, label: Text, help: Text, span: Range<usize>) -> Hint {
    Hint {
        message,
        label,
        help,
        span,
        related: None,
        edit: None,
    }
}

impl Ctx<'_> {
    fn line_str(&self) -> &str {
        &self.text[self.line.clone()]
    }

    /// The line's content, its leading blanks and its comment left out.
    fn content(&self) -> Range<usize> {
        let l = self.line_str();
        let lead = l.len() - l.trim_start().len();
        let body = match comment_start(l) {
            Some(h) => &l[..h],
            None => l,
        };
        let end = self.line.start + body.trim_end().len();
        (self.line.start + lead).min(end)..end
    }

    fn statement(&self) -> Range<usize> {
        statement(self.text, self.line.start)
    }

    /// Blanking the statement: the file is not read, the search goes on.
    fn skip(&self) -> Then {
        Then::Blank(self.statement(), false)
    }

    /// The repair made in memory when it keeps every offset, else the statement blanked.
    fn read_as(&self, edit: &Edit, readable: bool) -> Then {
        if let Some(same) = edit.same_length(self.text) {
            return Then::Edit(same, readable);
        }
        // the line written tighter (`key="value"`, no blanks around =) to make room
        let content = self.content();
        let whole = self.line.start..content.end;
        let inside = whole.start <= edit.span.start && edit.span.end <= whole.end;
        if inside {
            let line = Edit {
                span: edit.span.start - whole.start..edit.span.end - whole.start,
                with: edit.with.clone(),
            }
            .apply(&self.text[whole.clone()]);
            let tight = match equals(&line) {
                Some(eq) => format!("{}={}", line[..eq].trim(), line[eq + 1..].trim_start()),
                None => line.trim_start().to_string(),
            };
            if tight.len() <= whole.len() && !tight.contains('\n') {
                let pad = whole.len() - tight.len();
                return Then::Edit(
                    Edit {
                        span: whole,
                        with: format!("{tight}{}", " ".repeat(pad)),
                    },
                    readable,
                );
            }
        }
        self.skip()
    }

    fn known_keys(&self) -> Vec<String> {
        (self.shape.keys)(&self.path)
    }

    /// The known tables of the file: (name, whether it is a list).
    fn tables(&self) -> Vec<(String, bool)> {
        (self.shape.keys)(&[])
            .into_iter()
            .filter_map(|k| match (self.shape.takes)(&[], &k) {
                Some(Takes::Table) => Some((k, false)),
                Some(Takes::Tables) => Some((k, true)),
                _ => None,
            })
            .collect()
    }

    fn takes(&self, key: &str) -> Option<Takes> {
        (self.shape.takes)(&self.path, key)
    }

    fn done(&self, hint: Hint, then: Then) -> Option<Mistake> {
        Some(Mistake {
            hint,
            then,
            fact: crate::diag::Fact::None,
        })
    }

    /// A mistake with a certain repair: `--fix` writes `with` over `span`, and the loader reads
    /// on with it in place.
    fn repaired(&self, mut hint: Hint, span: Range<usize>, with: String) -> Option<Mistake> {
        let edit = Edit { span, with };
        hint.edit = Some(edit.clone());
        self.done(hint, self.read_as(&edit, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_in_other_forms() {
        assert_eq!(percent("60%").as_deref(), Some("60"));
        assert_eq!(percent("20.5 %").as_deref(), Some("20.5"));
        assert_eq!(percent("%"), None);
        assert_eq!(percent("60 percent").as_deref(), Some("60"));
        assert_eq!(normal_quarter("2027-Q3").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("Q3 2027").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("2027q3").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("2027-Q5"), None);
        assert_eq!(normal_quarter("2027-T3").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("3T2027").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("3T 2027").as_deref(), Some("2027-Q3"));
        assert_eq!(normal_quarter("TODO"), None);
        assert_eq!(normal_quarter("2027-09-28T10:00"), None);
        assert!(thousands_like("120,000"));
        assert!(!thousands_like("12,00"));
    }

    mod properties {
        use proptest::prelude::*;

        proptest! {
            /// Any text made of TOML's own characters, some of them several bytes long: every
            /// file gives findings or a value, never a panic.
            #[test]
            fn never_panics(text in "[a-z0-9 =\\[\\]{}\"',.#%:\\n\\r\\t\\-_é“”€]{0,80}") {
                let _ = crate::load::parse_doc::<crate::model::CommitmentFile>(&text, 0);
                let _ = crate::load::parse_doc::<crate::model::TrackerFile>(&text, 0);
                let _ = super::super::portability(&text);
            }

            /// The same, from a real commitment with one line damaged.
            #[test]
            fn a_damaged_line_never_panics(at in 0usize..400, junk in "[\\[\\]{}\"'=,#%: é\\n]{0,6}") {
                let base = "id = \"C1\"\ntitle = \"Open data\"\nstart = 2026-06-01\nend = 2027-05-31\nco_created_in = [\"m-1\", \"m-2\"]\nvalues = [\"transparency\"]\n\n[[milestone]]\ntitle = \"Publish\"\ndue = 2026-12-31\n";
                let mut at = at.min(base.len());
                while !base.is_char_boundary(at) {
                    at -= 1;
                }
                let text = format!("{}{junk}{}", &base[..at], &base[at..]);
                let _ = crate::load::parse_doc::<crate::model::CommitmentFile>(&text, 0);
            }
        }
    }

    #[test]
    fn forms_other_tools_reject() {
        let found = |t: &str| {
            portability(t)
                .into_iter()
                .map(|p| p.1.en())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("progress = { C1 = 20, C2 = 10, }\n"),
            [
                "ogp reads a comma before }, but editors' TOML tools reject it: remove it: progress = { C1 = 20, C2 = 10 }"
            ]
        );
        assert!(found("progress = { C1 = 20, C2 = 10 }\nby = [\"a\", \"b\",]\n").is_empty());
        assert!(found("title = \"a, }\" # x, }\n").is_empty());
        assert_eq!(found("p = {\n a = 1 }\n").len(), 1);
    }

    #[test]
    fn synonyms_depend_on_the_table() {
        let milestone: Vec<String> = ["title", "due", "done"].map(String::from).into();
        let commitment: Vec<String> = ["id", "title", "start", "end", "completed"]
            .map(String::from)
            .into();
        assert_eq!(suggest_key("deadline", &milestone).as_deref(), Some("due"));
        assert_eq!(suggest_key("deadline", &commitment).as_deref(), Some("end"));
        assert_eq!(suggest_key("finished", &milestone).as_deref(), Some("done"));
        assert_eq!(
            suggest_key("finished", &commitment).as_deref(),
            Some("completed")
        );
        assert_eq!(suggest_key("Due Date", &milestone).as_deref(), Some("due"));
    }
}
