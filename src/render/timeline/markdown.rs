//! The timeline as a Markdown table, one column per month or quarter.

use crate::render::escape::md_text;
use crate::timeline::{Chart, Mark, Row, legend, month_of};

/// A Markdown cell: the symbol and the word, the span's bar alone.
fn md_cell(m: Mark) -> String {
    match m {
        Mark::Empty => String::new(),
        Mark::Span => m.symbol().into(),
        Mark::Count(n) => n.to_string(),
        _ => format!("{} {}", m.symbol(), m.word()),
    }
}

pub fn render(c: &Chart) -> String {
    let now = c.col(month_of(c.as_of));
    let mut s = format!(
        "# {}\n\nAs of {} (column marked ▼). {}.\n\n",
        md_text(&c.title),
        c.as_of,
        legend()
    );
    let head: Vec<String> = (0..c.months.len())
        .map(|i| {
            if Some(i) == now {
                format!("▼ {}", c.col_label(i))
            } else {
                c.col_label(i)
            }
        })
        .collect();
    s.push_str(&format!("| activity | {} |\n", head.join(" | ")));
    s.push_str(&format!("|---|{}\n", "---|".repeat(c.months.len())));
    for r in &c.rows {
        let cells: Vec<String> = r.cells.iter().map(|m| md_cell(*m)).collect();
        s.push_str(&format!(
            "| {} | {} |\n",
            md_text(&r.label),
            cells.join(" | ")
        ));
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
