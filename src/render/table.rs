//! Tables shared by `status`, `calendar` and `timeline`: a terminal grid (comfy-table 8) and
//! GitHub-flavoured Markdown. Every cell is sanitized: text from plan files never reaches the
//! terminal raw.

use super::escape::md_text;
use super::sanitize;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

/// Words up to this many columns are never cut: a date (10), a quarter, an id.
const KEEP_WHOLE: u16 = 12;

/// The display width of the widest whitespace-free run in `text`.
fn longest_word(text: &str) -> u16 {
    text.split_whitespace()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
        .try_into()
        .unwrap_or(u16::MAX)
}

/// A terminal table fitted to `width` columns.
pub fn grid(header: &[&str], rows: &[Vec<String>], width: u16) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.set_width(width);
    t.set_header(header.iter().map(|h| sanitize(h)));
    for r in rows {
        t.add_row(r.iter().map(|c| sanitize(c)));
    }
    // A column is never narrower than its longest word, so a date, an id, a quarter or a path
    // is not cut in two; only when those words cannot all fit the width are the longest ones
    // (hostile 5,000-character words, long paths) cut, never below a date's width.
    let mut longest = vec![0u16; header.len()];
    for (i, h) in header.iter().enumerate() {
        longest[i] = longest_word(h);
    }
    for r in rows {
        for (i, c) in r.iter().enumerate().take(longest.len()) {
            longest[i] = longest[i].max(longest_word(&sanitize(c)));
        }
    }
    // borders: one column between cells and at each end; padding: one blank each side
    let room = width.saturating_sub(u16::try_from(longest.len() + 1).unwrap_or(u16::MAX));
    let cells = |v: &[u16]| v.iter().map(|w| u32::from(*w) + 2).sum::<u32>();
    while cells(&longest) > u32::from(room) {
        let Some(widest) = longest.iter_mut().filter(|w| **w > KEEP_WHOLE).max() else {
            break;
        };
        *widest -= 1;
    }
    for (i, w) in longest.into_iter().enumerate() {
        if let Some(col) = t.column_mut(i) {
            // the width counts the cell's padding
            col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                w.saturating_add(2),
            )));
        }
    }
    let mut s: String = t
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    s.push('\n');
    s
}

/// A Markdown table (no wrapping: Markdown viewers wrap themselves).
pub fn markdown(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "| {} |\n",
        header
            .iter()
            .map(|h| md_text(h))
            .collect::<Vec<_>>()
            .join(" | ")
    ));
    s.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for r in rows {
        s.push_str(&format!(
            "| {} |\n",
            r.iter().map(|c| md_text(c)).collect::<Vec<_>>().join(" | ")
        ));
    }
    s
}

/// Splits text into lines of at most `width` display columns at spaces; a longer word (a path,
/// a date, an id) stays whole on a line of its own.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let opts = textwrap::Options::new(width.max(1))
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: Vec<String> = textwrap::wrap(&text, opts)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// The width to fit: `--width`, else the terminal's, else 100.
pub fn width(given: Option<u16>) -> u16 {
    given
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0))
        .unwrap_or(100)
        .max(40)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escapes_pipes_and_newlines() {
        let t = markdown(&["a"], &[vec!["x | y\nz".into()]]);
        assert_eq!(t, "| a |\n|---|\n| x \\| y\\\\nz |\n");
    }

    #[test]
    fn wrapping_counts_columns_and_keeps_words_whole() {
        // wide characters take two columns each
        assert_eq!(wrap_words("東京 東京 東京", 10), ["東京 東京", "東京"]);
        assert_eq!(
            wrap_words(
                "due 2026-08-20 for 2026-Q3 in plans/2026-2029/plan.toml",
                12
            ),
            [
                "due",
                "2026-08-20",
                "for 2026-Q3",
                "in",
                "plans/2026-2029/plan.toml"
            ]
        );
    }

    #[test]
    fn grid_keeps_dates_and_paths_whole() {
        let rows = vec![vec![
            "plans/2026-2029/commitments/c1.toml".to_string(),
            "2026-08-20 and 2026-Q3".to_string(),
        ]];
        let t = grid(&["file", "when"], &rows, 52);
        assert!(t.contains("plans/2026-2029/commitments/c1.toml"), "{t}");
        assert!(t.contains("2026-08-20"), "{t}");
    }

    #[test]
    fn grid_fits_its_width() {
        let long = "word ".repeat(60);
        let t = grid(&["a", "b"], &[vec!["1".into(), long]], 60);
        assert!(t.lines().all(|l| l.chars().count() <= 60), "{t}");
    }
}
