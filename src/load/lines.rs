//! The line index of a [`Source`]: where each line starts, so a byte offset becomes a line and
//! a column.

use super::Source;
use super::read::BOM_BLANK;
use std::ops::Range;

impl Source {
    pub fn new(path: String, text: String) -> Source {
        // a plan file's lines are rarely shorter than 16 bytes: one allocation in most files
        let mut line_starts = Vec::with_capacity(text.len() / 16 + 2);
        line_starts.push(0);
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Source {
            path,
            text,
            line_starts,
            bom: false,
            read: false,
        }
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.line_starts.partition_point(|&s| s <= offset) - 1
    }

    /// The number of lines (an empty text has one, empty line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The byte range of the 0-based line `n` with its line break (empty past the end).
    pub fn line_bytes(&self, n: usize) -> Range<usize> {
        let len = self.text.len();
        let start = self.line_starts.get(n).copied().unwrap_or(len);
        let end = self.line_starts.get(n + 1).copied().unwrap_or(len);
        start..end
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
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
