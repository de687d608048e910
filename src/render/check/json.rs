//! `--format json`: the stable, versioned report (its keys are in docs/format.md). Every key
//! is always present.
//!
//! Additive extensions to version 1 (old readers can ignore them): `summary.waived`, the number
//! of findings covered by a waiver, and `diagnostics[].waived`, `null` or `{"reason", "until"}`
//! (`until` null: a closed finding acknowledged for good). A waived diagnostic is not counted in
//! `errors` or `warnings`. `diagnostics[].follows`: the findings that only follow from this one
//! (same keys, folded under their cause and not counted on their own). `jurisdictions`: one
//! object per jurisdiction checked (clean ones included), in report order: `name`, `folder`,
//! `status` (active, voluntary-inactive, inactive, probation, revoked, not-yet-member or
//! unknown), `since`, `errors`, `warnings`, `waived` and `next_deadline` (`null` or
//! `{"date", "what"}`). `summary.acknowledged` (of the waived, those acknowledged for good),
//! `summary.closed`, `summary.new_since` (`null` or `{"rev", "known"}`: with `--new-since`, how
//! many findings REV already had and are left out), `summary.notes` (what the run could not do,
//! e.g. "history not available: ..."), `summary.failed` (the verdict, `--deny-warnings`
//! included); `diagnostics[].closed` and `diagnostics[].fingerprint` (16 hex digits, stable
//! across moved lines, reformatting and reworded messages).

use crate::diag::{Finding, Severity};
use crate::i18n::Lang;
use crate::load::Jurisdiction;
use crate::report::Report;
use rayon::prelude::*;
use serde_json::{Value, json};

pub fn diagnostic(j: Option<&Jurisdiction>, path: Option<&str>, f: &Finding, lang: Lang) -> Value {
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
        "message": f.message_in(lang),
        "help": f.help_in(lang),
        "path": p,
        "line": line,
        "column": col,
        "waived": f.waived.as_ref().map(|w| json!({"reason": w.reason, "until": w.until.map(|d| d.to_string())})),
        "closed": f.closed,
        "fingerprint": f.fingerprint,
        "follows": f.follows.iter().map(|x| diagnostic(j, path, x, lang)).collect::<Vec<_>>(),
    })
}

pub fn render(r: &Report, lang: Lang) -> String {
    // each finding's words are written on the worker threads, in the report's order
    let mut diags: Vec<Value> = r
        .checked
        .par_iter()
        .flat_map_iter(|c| {
            c.findings
                .iter()
                .map(|f| diagnostic(Some(&c.j), None, f, lang))
        })
        .collect();
    for (path, f) in &r.orphans {
        diags.push(diagnostic(None, Some(path), f, lang));
    }
    let v = json!({
        "version": 1,
        "as_of": r.as_of.to_string(),
        "summary": {
            "jurisdictions": r.checked.len(),
            "errors": r.count(Severity::Error),
            "warnings": r.count(Severity::Warning),
            "waived": r.waived(),
            "acknowledged": r.acknowledged(),
            "closed": r.all().filter(|(_, _, f)| f.closed).count(),
            "new_since": r.new_since.as_ref().map(|(rev, known)| json!({"rev": rev, "known": known})),
            "notes": r.notes.iter().map(|n| n.render(lang)).collect::<Vec<_>>(),
            "failed": r.failed(),
        },
        "diagnostics": diags,
        "jurisdictions": r.checked.par_iter().map(|c| c.overview.json(lang)).collect::<Vec<_>>(),
    });
    crate::render::escape::json(&v)
}

#[cfg(test)]
mod tests {
    #[test]
    fn bidi_and_c1_controls_are_escaped_and_mean_the_same() {
        let v = serde_json::json!({"m": "a\u{202e}b\u{9b}c\u{1b}d\u{2028}e\u{7f}"});
        let s = crate::render::escape::json(&v);
        assert!(
            s.contains(r#""a\u202eb\u009bc\u001bd\u2028e\u007f""#),
            "{s}"
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
