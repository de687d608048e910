//! The briefing as Markdown that pastes into minutes and renders on GitHub: headings, tables,
//! no HTML.

use crate::agenda::{Agenda, Commitment, Deadline};
use crate::render::escape::md_text;

/// The widest line of the timeline's tables: minutes are printed on A4.
const WIDTH: u16 = 100;

fn next(c: &Commitment) -> String {
    match &c.next_milestone {
        Some(m) if m.overdue => format!("{} (overdue since {})", m.title, m.date),
        Some(m) => format!("{} (due {})", m.title, m.date),
        None => "none left".into(),
    }
}

/// A Markdown table; an empty list says so in a sentence instead.
fn md_table(s: &mut String, head: &[&str], rows: Vec<Vec<String>>, empty: &str) {
    if rows.is_empty() {
        s.push_str(empty);
        s.push_str("\n\n");
        return;
    }
    s.push_str(&format!("| {} |\n", head.join(" | ")));
    s.push_str(&format!("|{}\n", "---|".repeat(head.len())));
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| md_text(c)).collect();
        s.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    s.push('\n');
}

/// Markdown that pastes into minutes and renders on GitHub: headings, tables, no HTML.
pub fn render(a: &Agenda) -> String {
    let mut s = format!(
        "# Forum briefing of {}: {}\n\nSince {} ({}); due dates up to {}.\n\n",
        a.as_of,
        md_text(&a.jurisdiction),
        a.since,
        md_text(&a.since_what),
        a.until
    );
    s.push_str("## Status\n\n");
    match &a.status {
        Some(st) => s.push_str(&format!(
            "**{}**{}: {}.\n\nWhat would change it: {}.\n\n",
            crate::render::status_words(&st.status),
            st.since.map(|d| format!(" since {d}")).unwrap_or_default(),
            md_text(st.reason.trim_end_matches('.')),
            md_text(st.change.trim_end_matches('.'))
        )),
        None => s.push_str("Not established: the records could not be read.\n\n"),
    }
    s.push_str(&format!("## Done since {}\n\n", a.since));
    md_table(
        &mut s,
        &["date", "what"],
        a.done
            .iter()
            .map(|d| vec![d.date.to_string(), d.what.clone()])
            .collect(),
        "Nothing recorded.",
    );
    s.push_str("## Overdue\n\n");
    let dl = |v: &[Deadline]| -> Vec<Vec<String>> {
        v.iter()
            .map(|d| vec![d.date.to_string(), d.what.clone(), d.who.clone()])
            .collect()
    };
    md_table(
        &mut s,
        &["was due", "what", "who"],
        dl(&a.overdue),
        "Nothing overdue.",
    );
    s.push_str(&format!("## Due by {}\n\n", a.until));
    md_table(
        &mut s,
        &["due", "what", "who"],
        dl(&a.due),
        "Nothing falls due.",
    );
    s.push_str("## Commitments\n\n");
    md_table(
        &mut s,
        &["commitment", "state", "milestones done", "next milestone"],
        a.commitments
            .iter()
            .map(|c| {
                vec![
                    format!("{} {}", c.id, c.title),
                    c.state_words.clone(),
                    format!("{} of {}", c.milestones_done, c.milestones),
                    next(c),
                ]
            })
            .collect(),
        "No commitments yet.",
    );
    if let Some(c) = &a.chart {
        s.push_str("## Timeline\n\n");
        s.push_str(&format!("{}\n\n", md_text(&c.title)));
        s.push_str(&crate::render::timeline::markdown::body(c, WIDTH));
    }
    s
}
