//! The timeline as Markdown for minutes: the legend as a list, then the chart as tables of at
//! most `width` characters a line. A chart wider than that is cut into blocks of columns, each
//! a table repeating the activity column, so no renderer has to squeeze or wrap a table.

use crate::i18n::Lang;
use crate::render::escape::md_text;
use crate::timeline::{Chart, LEGEND_MARKS, Mark, Row, count_word, month_of};
use unicode_width::UnicodeWidthStr;

/// A Markdown cell: the symbol and the word, the span's bar alone.
fn md_cell(m: Mark, lang: Lang) -> String {
    match m {
        Mark::Empty => String::new(),
        Mark::Span => m.symbol().into(),
        Mark::Count(n) => n.to_string(),
        _ => format!("{} {}", m.symbol(), m.text(lang)),
    }
}

/// The legend as a Markdown list, one state a line (runs of spaces collapse in every renderer).
pub fn legend_list(lang: Lang) -> String {
    let mut s = String::new();
    for m in LEGEND_MARKS {
        s.push_str(&format!("- {} {}\n", m.symbol(), m.text(lang)));
    }
    s.push_str(&format!("- n {}\n", count_word(lang)));
    s
}

/// The chart's heading, legend and tables, each line at most `width` characters (a single
/// column wider than that is drawn alone).
pub fn render(c: &Chart, width: u16) -> String {
    format!("# {}\n\n{}", md_text(&c.title), body(c, width))
}

/// Everything below the heading: for a briefing that has its own.
pub fn body(c: &Chart, width: u16) -> String {
    let now = c.col(month_of(c.as_of));
    let as_of = c.lang.f(
        "timeline-markdown-as-of",
        &[("date", (&c.lang.date(c.as_of)).into())],
    );
    let mut s = format!("{as_of}\n\n{}\n", legend_list(c.lang));
    let head: Vec<String> = (0..c.months.len())
        .map(|i| {
            if Some(i) == now {
                format!("▼ {}", c.col_label(i))
            } else {
                c.col_label(i)
            }
        })
        .collect();
    let labels: Vec<String> = c.rows.iter().map(|r| md_text(&r.label)).collect();
    let activity = c.lang.t("timeline-column-activity");
    let cells: Vec<Vec<String>> = c
        .rows
        .iter()
        .map(|r| r.cells.iter().map(|m| md_cell(*m, c.lang)).collect())
        .collect();
    let w = |t: &str| t.width();
    let first = labels
        .iter()
        .map(|l| w(l))
        .chain([w(&activity)])
        .max()
        .unwrap_or(0);
    let col_w: Vec<usize> = (0..head.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| w(&r[i]))
                .chain([w(&head[i])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // "| label " + for each column "| cell " + "|"
    let room = usize::from(width);
    let mut blocks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let mut used = first + 3;
    for (i, cw) in col_w.iter().enumerate() {
        if i > start && used + cw + 3 + 1 > room {
            blocks.push(start..i);
            start = i;
            used = first + 3;
        }
        used += cw + 3;
    }
    blocks.push(start..head.len());
    for (k, b) in blocks.iter().enumerate() {
        if k > 0 {
            s.push('\n');
        }
        table(
            &mut s,
            b.clone(),
            (&activity, &head),
            &labels,
            &cells,
            (first, &col_w),
        );
    }
    let titled: Vec<&Row> = c.rows.iter().filter(|r| r.title.is_some()).collect();
    if !titled.is_empty() {
        s.push('\n');
        for r in titled {
            s.push_str(&format!(
                "- **{}** {}\n",
                md_text(&r.label),
                md_text(r.title.as_deref().unwrap_or_default())
            ));
        }
    }
    s
}

/// One table of the columns in `cols`, padded so that it reads as a table in plain text too.
fn table(
    s: &mut String,
    cols: std::ops::Range<usize>,
    (activity, head): (&str, &[String]),
    labels: &[String],
    cells: &[Vec<String>],
    (first, col_w): (usize, &[usize]),
) {
    let pad = |t: &str, n: usize| format!("{t}{}", " ".repeat(n.saturating_sub(t.width())));
    let mut line = format!("| {} |", pad(activity, first));
    for i in cols.clone() {
        line.push_str(&format!(" {} |", pad(&head[i], col_w[i])));
    }
    s.push_str(line.trim_end());
    s.push('\n');
    let mut rule = format!("|{}|", "-".repeat(first + 2));
    for i in cols.clone() {
        rule.push_str(&format!("{}|", "-".repeat(col_w[i] + 2)));
    }
    s.push_str(&rule);
    s.push('\n');
    for (label, row) in labels.iter().zip(cells) {
        let mut line = format!("| {} |", pad(label, first));
        for i in cols.clone() {
            line.push_str(&format!(" {} |", pad(&row[i], col_w[i])));
        }
        s.push_str(&line);
        s.push('\n');
    }
}
