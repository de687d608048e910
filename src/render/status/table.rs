//! `ogp status` as a terminal table: every line fits the width.

use super::{HISTORY_HEAD, MANY_HEAD, PROGRESS_HEAD, Page, page};
use crate::render::sanitize;
use crate::render::table::{grid, wrap_words};
use crate::status::report::Entry;
use chrono::NaiveDate;

/// Appends `text` wrapped to `width` columns, a line each.
fn lines(s: &mut String, text: &str, width: usize) {
    for l in wrap_words(text, width) {
        s.push_str(&l);
        s.push('\n');
    }
}

pub fn render(entries: &[Entry], as_of: NaiveDate, width: u16) -> String {
    let w = usize::from(width);
    let mut s = String::new();
    match page(entries, as_of) {
        Page::Many { count, tally, rows } => {
            let head = format!(
                "Membership status as of {as_of}: {count} jurisdictions ({tally}), worst first"
            );
            lines(&mut s, &head, w);
            s.push_str(&grid(&MANY_HEAD, &rows, width));
        }
        Page::Without { head, why } => {
            lines(&mut s, &sanitize(&head), w);
            s.push('\n');
            s.push_str(&sanitize(&why));
            s.push('\n');
        }
        Page::One {
            head,
            facts,
            history,
            progress,
        } => {
            lines(&mut s, &sanitize(&head), w);
            s.push('\n');
            for (k, v) in facts {
                let wrapped = wrap_words(&sanitize(&v), w.saturating_sub(19).max(20));
                for (i, l) in wrapped.iter().enumerate() {
                    s.push_str(&format!("  {:<16} {l}\n", if i == 0 { k } else { "" }));
                }
            }
            s.push_str("\nHistory\n");
            s.push_str(&grid(&HISTORY_HEAD, &history, width));
            if let Some((plan, rows)) = progress {
                s.push_str(&format!("\nCommitments of plan {plan}\n"));
                s.push_str(&grid(&PROGRESS_HEAD, &rows, width));
            }
        }
    }
    s
}
