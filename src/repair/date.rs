//! Dates typed another way (20/08/2026, 2026-8-20, 20 August 2026, in quotes): every reading of
//! the value as a day, and the hint that says how to write it (with the repair when only one
//! reading is possible).

use super::*;

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

/// The readings of a value that looks like a date: one when it is certain, two when day and
/// month could be either way round (05/08/2026).
pub(super) fn date_readings(value: &str) -> Vec<chrono::NaiveDate> {
    let v = value.trim().trim_end_matches('.');
    if let Some(d) = named_month(v) {
        return vec![d];
    }
    let parts: Vec<&str> = v.split(['-', '/', '.']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Vec::new();
    }
    let seps: Vec<char> = v.chars().filter(|c| matches!(c, '-' | '/' | '.')).collect();
    if seps[0] != seps[1] {
        return Vec::new();
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return Vec::new();
    }
    if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
        let Ok(y) = i32::try_from(n[0]) else {
            return Vec::new();
        };
        return ymd(y, n[1], n[2]).into_iter().collect();
    }
    if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        let Ok(y) = i32::try_from(n[2]) else {
            return Vec::new();
        };
        let day_first = ymd(y, n[1], n[0]);
        let month_first = ymd(y, n[0], n[1]);
        return match (day_first, month_first) {
            (Some(a), Some(b)) if a == b => vec![a],
            (Some(a), Some(b)) => vec![a, b],
            (a, b) => a.or(b).into_iter().collect(),
        };
    }
    Vec::new()
}

/// Month names in English, Portuguese, Spanish and French, in the year's order.
pub(super) const MONTH_NAMES: [&[&str]; 12] = [
    &["january", "janeiro", "enero", "janvier"],
    &["february", "fevereiro", "febrero", "février", "fevrier"],
    &["march", "março", "marco", "marzo", "mars"],
    &["april", "abril", "avril"],
    &["may", "maio", "mayo", "mai"],
    &["june", "junho", "junio", "juin"],
    &["july", "julho", "julio", "juillet"],
    &["august", "agosto", "août", "aout"],
    &[
        "september",
        "setembro",
        "septiembre",
        "setiembre",
        "septembre",
    ],
    &["october", "outubro", "octubre", "octobre"],
    &["november", "novembro", "noviembre", "novembre"],
    &["december", "dezembro", "diciembre", "décembre", "decembre"],
];

/// The month a word names (`December`, `Dec`, `dezembro`, `dez.`).
pub(super) fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.chars().count() < 3 || !w.chars().all(char::is_alphabetic) {
        return None;
    }
    let hits: Vec<u32> = (1u32..=12)
        .filter(|m| {
            let names = MONTH_NAMES[(*m - 1) as usize];
            names
                .iter()
                .any(|n| *n == w || (w.chars().count() >= 3 && n.starts_with(&w)))
        })
        .collect();
    match hits.as_slice() {
        [m] => Some(*m),
        _ => None,
    }
}

/// A date written with the month's name: `December 15, 2027`, `15 December 2027`,
/// `15 de dezembro de 2027`, `Dec. 15th 2027`.
pub(super) fn named_month(v: &str) -> Option<chrono::NaiveDate> {
    let cleaned: String = v
        .chars()
        .map(|c| if matches!(c, ',' | '-' | '/') { ' ' } else { c })
        .collect();
    let mut month = None;
    let mut numbers = Vec::new();
    for w in cleaned.split_whitespace() {
        let lw = w.to_lowercase();
        if matches!(lw.as_str(), "de" | "del" | "of" | "the" | "le") {
            continue;
        }
        if let Some(m) = month_of(w) {
            if month.replace(m).is_some() {
                return None;
            }
            continue;
        }
        let digits = lw.trim_end_matches(['.', 'º', '°']);
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| digits.strip_suffix(s))
            .unwrap_or(digits);
        if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        numbers.push(digits.to_string());
    }
    let m = month?;
    let (day, year) = match numbers.as_slice() {
        [a, b] if b.len() == 4 && a.len() <= 2 => (a, b),
        [a, b] if a.len() == 4 && b.len() <= 2 => (b, a),
        _ => return None,
    };
    ymd(year.parse().ok()?, m, day.parse().ok()?)
}

/// `5 August`: a day of the year without its year, in the language of the message.
pub(super) fn spoken(d: chrono::NaiveDate) -> crate::i18n::Text {
    use chrono::Datelike;
    crate::t!(
        "s001-date-day-month",
        day = d.day(),
        month = crate::t!(format!("month-{}", d.month()))
    )
}

/// A date written in another form than TOML's (20/08/2026, 2026-8-20, 2026/08/20) or in
/// quotes, at the value holding `at`.
pub fn date(text: &str, at: usize) -> Option<Hint> {
    let (key, span) = assignment(text, at)?;
    let raw = &text[span.clone()];
    let (inner, quoted) = match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(i) => (i, true),
        None => match raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
            Some(i) => (i, true),
            None => (raw, false),
        },
    };
    let readings = date_readings(inner);
    let well_formed = chrono::NaiveDate::parse_from_str(inner, "%Y-%m-%d").is_ok()
        && inner.len() == 10
        && !quoted;
    if readings.is_empty() || well_formed {
        return None;
    }
    let label = if quoted {
        crate::t!("s001-date-quoted-label")
    } else {
        crate::t!("s001-date-label")
    };
    let (message, edit) = match readings.as_slice() {
        [d] => (
            crate::t!("s001-date", key = key, date = d.to_string()),
            Some(Edit {
                span: span.clone(),
                with: d.to_string(),
            }),
        ),
        [a, b] => (
            crate::t!(
                "s001-date-either",
                key = key,
                first = a.to_string(),
                first_day = spoken(*a),
                second = b.to_string(),
                second_day = spoken(*b)
            ),
            None,
        ),
        _ => return None,
    };
    let help = match &edit {
        Some(_) => crate::t!("s001-fix-help"),
        None => crate::t!("s001-date-either-help"),
    };
    Some(Hint {
        message,
        label,
        help,
        span,
        related: None,
        edit,
    })
}
