//! The line index of a [`Source`]: where each line starts, so a byte offset becomes a line and
//! a column.

use super::Source;
use super::read::BOM_BLANK;
use std::ops::Range;

impl Source {
    pub fn new(path: String, text: String) -> Source {
        Source {
            path,
            text,
            line_starts: std::sync::OnceLock::new(),
            bom: false,
            read: false,
        }
    }

    /// Where each line starts (the first at 0).
    fn starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let b = self.text.as_bytes();
            // a plan file's lines are rarely shorter than 16 bytes: one allocation in most files
            let mut v = Vec::with_capacity(b.len() / 16 + 2);
            v.push(0);
            v.extend(memchr::memchr_iter(b'\n', b).map(|i| i + 1));
            v
        })
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.starts().partition_point(|&s| s <= offset) - 1
    }

    /// The number of lines (an empty text has one, empty line).
    pub fn line_count(&self) -> usize {
        self.starts().len()
    }

    /// The byte range of the 0-based line `n` with its line break (empty past the end).
    pub fn line_bytes(&self, n: usize) -> Range<usize> {
        let len = self.text.len();
        let starts = self.starts();
        let start = starts.get(n).copied().unwrap_or(len);
        let end = starts.get(n + 1).copied().unwrap_or(len);
        start..end
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.starts();
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let start = starts[line];
        let start = if line == 0 && self.bom {
            BOM_BLANK.len().min(offset)
        } else {
            start
        };
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line + 1, col + 1)
    }
}
