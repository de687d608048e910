//! `--format ics`: an RFC 5545 calendar of all-day events.
//!
//! Each deadline is a VEVENT with `DTSTART;VALUE=DATE` and `DTEND` the next day, a UID made
//! from the jurisdiction and the deadline's stable key (so re-importing updates events instead
//! of duplicating them), a DTSTAMP fixed to the as-of date (the same input gives the same
//! bytes), text escaped (`\\`, `;`, `,`, newlines), lines ended by CRLF and folded at 75
//! octets without splitting a UTF-8 character.

use super::Entry;
use crate::date::next_day;
use chrono::NaiveDate;

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// Folds a content line at 75 octets: continuation lines start with one space (RFC 5545 §3.1).
pub fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
    out
}

/// A UID-safe slug: lowercase ASCII letters, digits and dashes.
fn slug(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            o.push(c.to_ascii_lowercase());
        } else if !o.ends_with('-') {
            o.push('-');
        }
    }
    o.trim_matches('-').to_string()
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

pub fn render(v: &[Entry], as_of: NaiveDate) -> String {
    let mut s = String::new();
    let mut line = |l: String| s.push_str(&fold(&l));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//ogp//OGP Local deadlines//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line("X-WR-CALNAME:OGP Local deadlines".into());
    for e in v {
        line("BEGIN:VEVENT".into());
        let who = match slug(&e.jurisdiction) {
            s if s.is_empty() => "jurisdiction".to_string(),
            s => s,
        };
        line(format!("UID:{}@{who}.ogp-local", slug(&e.key)));
        line(format!("DTSTAMP:{}T000000Z", ymd(as_of)));
        line(format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        if let Some(n) = next_day(e.date) {
            line(format!("DTEND;VALUE=DATE:{}", ymd(n)));
        }
        line(format!(
            "SUMMARY:{}",
            escape(&format!("{}: {}", e.jurisdiction, e.what))
        ));
        let mut desc = format!(
            "Responsible: {}\nState as of {as_of}: {}",
            e.who,
            e.state.text()
        );
        if let Some(r) = e.rule {
            desc.push_str(&format!("\nChecked by rule {r} (ogp explain {r})"));
        }
        line(format!("DESCRIPTION:{}", escape(&desc)));
        line(format!("CATEGORIES:{}", escape(e.state.code())));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_octets_and_characters() {
        let long = format!("SUMMARY:{}", "é".repeat(60));
        let f = fold(&long);
        for l in f.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        assert_eq!(f.replace("\r\n ", ""), format!("{long}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(slug("Riverbend / City"), "riverbend-city");
    }
}
