//! Tables shared by `status`, `calendar` and `timeline`: a terminal grid (comfy-table 8) and
//! GitHub-flavoured Markdown. Every cell is sanitized: text from plan files never reaches the
//! terminal raw.

use super::escape::md_text;
use super::sanitize;
use comfy_table::{ContentArrangement, Table, presets};

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

/// Splits text into lines of at most `width` characters at spaces (a longer word stays whole).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for w in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() || out.is_empty() {
        out.push(cur);
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
    fn grid_fits_its_width() {
        let long = "word ".repeat(60);
        let t = grid(&["a", "b"], &[vec!["1".into(), long]], 60);
        assert!(t.lines().all(|l| l.chars().count() <= 60), "{t}");
    }
}
