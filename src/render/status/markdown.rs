//! `ogp status` as Markdown: headings, a list of facts and tables.

use super::{HISTORY_HEAD, MANY_HEAD, PROGRESS_HEAD, Page, page};
use crate::render::escape::md_text;
use crate::render::table::markdown;
use crate::status::report::Entry;
use chrono::NaiveDate;

pub fn render(entries: &[Entry], as_of: NaiveDate) -> String {
    let mut s = String::new();
    match page(entries, as_of) {
        Page::Many { count, tally, rows } => {
            s.push_str(&format!(
                "# Membership status as of {as_of}\n\n{count} jurisdictions: {tally}.\n\n"
            ));
            s.push_str(&markdown(&MANY_HEAD, &rows));
        }
        Page::Without { head, why } => {
            s.push_str(&format!("# {}\n\n", md_text(&head)));
            s.push_str(&md_text(&why));
            s.push('\n');
        }
        Page::One {
            head,
            facts,
            history,
            progress,
        } => {
            s.push_str(&format!("# {}\n\n", md_text(&head)));
            for (k, v) in facts {
                s.push_str(&format!("- **{k}**: {}\n", md_text(&v)));
            }
            s.push_str("\n## History\n\n");
            s.push_str(&markdown(&HISTORY_HEAD, &history));
            if let Some((plan, rows)) = progress {
                s.push_str(&format!("\n## Commitments of plan {plan}\n\n"));
                s.push_str(&markdown(&PROGRESS_HEAD, &rows));
            }
        }
    }
    s
}
