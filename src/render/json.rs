//! `--format json`: the stable, versioned report of SPEC §4. Every key is always present.

use super::Report;
use crate::diag::{Finding, Severity};
use crate::load::Jurisdiction;
use serde_json::{Value, json};

pub fn diagnostic(j: Option<&Jurisdiction>, path: Option<&str>, f: &Finding) -> Value {
    let (p, line, col) = match (&f.primary, j) {
        (Some(l), Some(j)) => {
            let src = j.source(l.file);
            match &l.span {
                Some(s) => {
                    let (line, col) = src.line_col(s.start);
                    (Some(src.path.clone()), Some(line), Some(col))
                }
                None => (Some(src.path.clone()), None, None),
            }
        }
        _ => (path.map(str::to_string), None, None),
    };
    json!({
        "rule": f.rule.code,
        "name": f.rule.name,
        "severity": f.severity.as_str(),
        "message": f.message,
        "help": f.help,
        "path": p,
        "line": line,
        "column": col,
    })
}

pub fn render(r: &Report) -> String {
    let mut diags = Vec::new();
    for c in &r.checked {
        for f in &c.findings {
            diags.push(diagnostic(Some(&c.j), None, f));
        }
    }
    for (path, f) in &r.orphans {
        diags.push(diagnostic(None, Some(path), f));
    }
    let v = json!({
        "version": 1,
        "as_of": r.as_of.to_string(),
        "summary": {
            "jurisdictions": r.checked.len(),
            "errors": r.count(Severity::Error),
            "warnings": r.count(Severity::Warning),
        },
        "diagnostics": diags,
    });
    let mut s = terminal_safe_json(
        &serde_json::to_string_pretty(&v).expect("JSON values always serialize"),
    );
    s.push('\n');
    s
}

/// serde_json escapes only the C0 controls; also escape DEL, the C1 controls (U+009B starts an
/// escape sequence on some terminals), bidirectional overrides and the Unicode line
/// separators, so JSON printed to a terminal is as safe as the human output. They can only
/// occur inside strings, where `\uXXXX` means the same character.
pub fn terminal_safe_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{7f}'..='\u{9f}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn bidi_and_c1_controls_are_escaped_and_mean_the_same() {
        let v = serde_json::json!({"m": "a\u{202e}b\u{9b}c\u{1b}d\u{2028}e\u{7f}"});
        let s = super::terminal_safe_json(&serde_json::to_string(&v).unwrap());
        assert_eq!(s, r#"{"m":"a\u202eb\u009bc\u001bd\u2028e\u007f"}"#);
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
