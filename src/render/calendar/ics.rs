//! `--format ics`: an RFC 5545 calendar of all-day events.
//!
//! Each deadline is a VEVENT with `DTSTART;VALUE=DATE` and `DTEND` the next day, a UID made
//! from the jurisdiction and the deadline's identity (so re-importing updates events instead
//! of duplicating them; a milestone is named by its commitment and title, not its position,
//! and names in other scripts are transliterated to ASCII), a DTSTAMP fixed to the as-of date (the same input gives the same
//! bytes), text escaped (`\\`, `;`, `,`, newlines; control characters made visible), lines
//! ended by CRLF and folded at 75 octets without splitting a UTF-8 character
//! (`render::escape::ics_text`, `ics_fold`).

use crate::calendar::Entry;
use crate::date::next_day;
use crate::i18n::Lang;
use crate::render::escape::{ics_fold as fold, ics_text as escape};
use chrono::NaiveDate;
use std::collections::HashMap;

/// A UID-safe slug: lowercase ASCII letters, digits and dashes; other scripts and accents
/// are transliterated first (São Tomé → sao-tome, Київ → kiyiv), so UIDs are ASCII.
fn slug(s: &str) -> String {
    let mut o = String::new();
    for c in deunicode::deunicode(s).chars() {
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

/// FNV-1a, 32 bits: a stable short hash (the same on every platform and run).
fn fnv(s: &str) -> u32 {
    s.bytes()
        .fold(0x811c_9dc5, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

/// Stable, unique UIDs: `key@jurisdiction.ogp-local` made of slugs. Slugs can coincide (`+1+1`
/// and `-1-1` are both `1-1`); the events whose UIDs would coincide get a hash of the exact
/// root and key as well, and a counter if even that repeats (a duplicated id).
fn uids(v: &[Entry]) -> Vec<String> {
    let base: Vec<String> = v
        .iter()
        .map(|e| {
            let who = match slug(&e.jurisdiction) {
                s if s.is_empty() => "jurisdiction".to_string(),
                s => s,
            };
            let mut key = slug(&e.identity);
            if key.len() > 64 {
                // a long title: its start, and a hash of all of it
                key = format!(
                    "{}-{:08x}",
                    key[..48].trim_end_matches('-'),
                    fnv(&e.identity)
                );
            }
            format!("{key}@{who}.ogp-local")
        })
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for b in &base {
        *count.entry(b).or_default() += 1;
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    v.iter()
        .zip(&base)
        .map(|(e, b)| {
            let mut uid = b.clone();
            if count[b.as_str()] > 1 {
                let (key, host) = b.split_once('@').unwrap_or((b, ""));
                let h = fnv(&format!("{}\0{}", e.root, e.identity));
                uid = format!("{key}-{h:08x}@{host}");
            }
            let n = seen.entry(uid.clone()).or_default();
            *n += 1;
            if *n > 1 {
                let (key, host) = uid.split_once('@').unwrap_or((&uid, ""));
                uid = format!("{key}-{n}@{host}");
            }
            uid
        })
        .collect()
}

/// The calendar file. The UIDs, categories and product id stay English; the summary and the
/// description a person reads in a calendar app are in `lang`.
pub fn render(v: &[Entry], as_of: NaiveDate, lang: Lang) -> String {
    let uids = uids(v);
    let mut s = String::new();
    let mut line = |l: String| s.push_str(&fold(&l));
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//ogp//OGP Local deadlines//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line("X-WR-CALNAME:OGP Local deadlines".into());
    for (e, uid) in v.iter().zip(&uids) {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{uid}"));
        line(format!("DTSTAMP:{}T000000Z", ymd(as_of)));
        line(format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        if let Some(n) = next_day(e.date) {
            line(format!("DTEND;VALUE=DATE:{}", ymd(n)));
        }
        line(format!(
            "SUMMARY:{}",
            escape(&format!("{}: {}", e.jurisdiction, e.what.render(lang)))
        ));
        let mut desc = lang.f(
            "calendar-ics-description",
            &[
                ("who", (&e.who.render(lang)).into()),
                ("date", (&lang.date(as_of)).into()),
                ("state", (&super::state(e.state, lang)).into()),
            ],
        );
        if let Some(r) = e.rule.map(|r| r.code) {
            desc.push('\n');
            desc.push_str(&lang.f("calendar-ics-rule", &[("rule", r.into())]));
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
    fn slugs_are_uid_safe() {
        assert_eq!(slug("Riverbend / City"), "riverbend-city");
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv(""), 0x811c_9dc5);
        assert_eq!(fnv("a"), 0xe40c_292c);
    }
}
