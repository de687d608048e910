//! `ogp status --format json`: the versioned report, every key always present. Keys and codes
//! stay English; the reasons and what restores active status are in the run's language.

use super::why;
use crate::i18n::Lang;
use crate::status::Transition;
use crate::status::report::Entry;
use chrono::NaiveDate;
use serde_json::{Value, json};

fn transition(t: &Transition, lang: Lang) -> Value {
    json!({"date": t.date.to_string(), "status": t.status.as_str(), "reason": t.reason.render(lang)})
}

pub fn render(entries: &[Entry], as_of: NaiveDate, lang: Lang) -> String {
    let transition = |t: &Transition| transition(t, lang);
    let js: Vec<Value> = entries
        .iter()
        .map(|e| {
            let r = e.replay.as_ref();
            json!({
                "name": e.name,
                "root": e.root,
                "status": r.and_then(|r| r.status()).map(|s| s.as_str()).or(e.unreadable.then_some("unknown")),
                "since": r.and_then(|r| r.current()).map(|t| t.date.to_string()),
                "reasons": [why(e, lang)],
                "record": e.record,
                "history": r.map(|r| r.history.iter().map(transition).collect::<Vec<_>>()).unwrap_or_default(),
                "restore": r.map(|r| r.restore.render(lang)).unwrap_or_default(),
                "next": r.and_then(|r| r.next()).map(|t| json!({
                    "date": t.date.to_string(), "status": t.status.as_str(), "reason": t.reason.render(lang), "unless": t.unless.render(lang),
                })),
                "escalations": r.map(|r| r.future.iter().map(transition).collect::<Vec<_>>()).unwrap_or_default(),
                "commitments": e.progress.iter().map(|p| json!({
                    "plan": p.plan, "id": p.id, "title": p.title,
                    "progress": p.latest.as_ref().map(|l| l.0), "quarter": p.latest.as_ref().map(|l| l.1.clone()),
                    "milestones": {"done": p.done, "due": p.due, "total": p.total},
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let v = json!({"version": 1, "as_of": as_of.to_string(), "jurisdictions": js});
    crate::render::escape::json(&v)
}
