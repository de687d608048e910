//! Values that are valid TOML but not of the kind the format takes (`"Government"` for
//! `government`, `"true"` in quotes, one text where a list belongs, a number in quotes): the
//! hints for the loader's wrong-value findings.

use super::*;

/// `Civil Society`, `civil_society`, `cocreation`: how a value is compared with the allowed
/// ones (case, spaces, `_` and `-` set aside).
pub fn normalise(s: &str) -> String {
    s.trim()
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .collect()
}

/// An allowed value written in another case or with spaces (`"Government"`, `"civil society"`):
/// the value as the format spells it, from serde's list of the allowed ones.
pub fn enum_value(text: &str, span: &Range<usize>, msg: &str, typos: bool) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = raw.strip_prefix(q)?.strip_suffix(q)?;
    let allowed: Vec<&str> = msg
        .split_once("expected ")?
        .1
        .split('`')
        .skip(1)
        .step_by(2)
        .collect();
    let same = allowed.iter().find(|a| normalise(a) == normalise(inner));
    // or a typo: the one allowed value within two letters
    let close: Vec<&&str> = allowed
        .iter()
        .filter(|a| strsim::damerau_levenshtein(&normalise(a), &normalise(inner)) <= 2)
        .collect();
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    let (target, message) = match (same, close.as_slice()) {
        (Some(t), _) if !typos => (*t, t!("s002-value-spelling", key = key, value = *t)),
        (None, [t]) if typos && inner.chars().count() >= 4 => (
            **t,
            t!("s002-value-meant", found = inner, key = key, value = **t),
        ),
        _ => return None,
    };
    let fixed = format!("\"{target}\"");
    Some(Hint {
        message,
        label: t!("s002-value-label"),
        help: t!("s002-value-help", allowed = allowed.join(", ")),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: fixed,
        }),
    })
}

/// `"true"`, `"yes"`: true or false in quotes where the key takes true or false.
pub fn quoted_bool(text: &str, span: &Range<usize>) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = raw.strip_prefix(q)?.strip_suffix(q)?.trim();
    let b = match inner.to_lowercase().as_str() {
        "true" | "yes" | "y" | "on" | "sim" | "si" | "sí" | "oui" => "true",
        "false" | "no" | "n" | "off" | "não" | "nao" | "non" => "false",
        _ => return None,
    };
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    Some(Hint {
        message: t!("s001-bool", key = key, value = b),
        label: t!("s002-quoted-bool-label"),
        help: t!("s001-bool-help"),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: b.into(),
        }),
    })
}

/// `[[monitoring_body]]` for a single table: serde's "expected struct" at a list header.
pub fn double_for_single(text: &str, span: &Range<usize>) -> Option<Hint> {
    let header = header_line(text, span.start)?;
    let (name, list) = header_of(&text[header.clone()])?;
    if !list {
        return None;
    }
    let fixed = format!("[{name}]");
    Some(Hint {
        message: t!(
            "s002-double-for-single",
            name = &name,
            fixed = fixed.clone()
        ),
        label: t!("s002-double-for-single-label"),
        help: t!("s001-header-help", fixed = fixed.clone()),
        span: header.clone(),
        related: None,
        edit: Some(Edit {
            span: header,
            with: fixed,
        }),
    })
}

/// One text where the key takes a list (`values = "transparency"`): the text in brackets.
pub fn one_for_list(text: &str, span: &Range<usize>) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    if !(raw.starts_with('"') || raw.starts_with('\'')) || raw.contains('\n') {
        return None;
    }
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    let fixed = format!("[{raw}]");
    Some(Hint {
        message: t!("s002-one-for-list", key = key, fixed = fixed.clone()),
        label: t!("s002-one-for-list-label"),
        help: t!("s002-one-for-list-help"),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: fixed,
        }),
    })
}

/// A number in quotes, with or without a % sign (`"60%"`, `"60"`): the number alone.
pub fn quoted_number(text: &str, span: &Range<usize>) -> Option<Hint> {
    let raw = text.get(span.clone())?;
    let q = raw.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = raw.strip_prefix(q)?.strip_suffix(q)?.trim();
    let n = percent(inner).or_else(|| percent(&format!("{inner}%")))?;
    let key = crate::load::key_before(text, span.start);
    let key = text.get(key).unwrap_or("").trim();
    Some(Hint {
        message: t!("s002-quoted-number", key = key, value = n.clone()),
        label: t!("s002-quoted-number-label"),
        help: t!("s001-percent-help"),
        span: span.clone(),
        related: None,
        edit: Some(Edit {
            span: span.clone(),
            with: n,
        }),
    })
}
