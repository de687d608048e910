//! The calendar as versioned JSON.

use crate::calendar::Entry;
use crate::i18n::Lang;
use crate::render::escape;
use chrono::NaiveDate;
use serde_json::json;

/// The keys and codes stay English; `what` and `who` are in `lang`.
pub fn render(v: &[Entry], as_of: NaiveDate, lang: Lang) -> String {
    let ds: Vec<_> = v
        .iter()
        .map(|e| {
            json!({
                "date": e.date.to_string(),
                "jurisdiction": e.jurisdiction,
                "root": e.root,
                "key": e.key,
                "what": e.what.render(lang),
                "who": e.who.render(lang),
                "state": e.state.code(),
                "done_on": e.state.on().map(|d| d.to_string()),
                "rule": e.rule.map(|r| r.code),
            })
        })
        .collect();
    escape::json(&json!({"version": 1, "as_of": as_of.to_string(), "deadlines": ds}))
}
