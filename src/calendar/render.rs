//! Calendar as a terminal table, Markdown, CSV (RFC 4180) and JSON.

use super::Entry;
use crate::render::escape;
use crate::render::table::{grid, markdown as md_table};
use chrono::NaiveDate;
use serde_json::json;

fn rows(v: &[Entry], many: bool) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let mut h = vec!["date", "state", "what", "who"];
    if many {
        h.insert(1, "jurisdiction");
    }
    let labels = if many {
        crate::overview::labels(v.iter().map(|e| (e.jurisdiction.as_str(), e.root.as_str())))
    } else {
        Vec::new()
    };
    let rows = v
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let mut r = vec![
                e.date.to_string(),
                e.state.text(),
                e.what.clone(),
                e.who.clone(),
            ];
            if many {
                r.insert(1, labels[i].clone());
            }
            r
        })
        .collect();
    (h, rows)
}

pub fn table(v: &[Entry], as_of: NaiveDate, width: u16, many: bool) -> String {
    let (h, r) = rows(v, many);
    format!("Deadlines as of {as_of}\n{}", grid(&h, &r, width))
}

pub fn markdown(v: &[Entry], as_of: NaiveDate, many: bool) -> String {
    let (h, r) = rows(v, many);
    format!("# Deadlines as of {as_of}\n\n{}", md_table(&h, &r))
}

pub fn csv(v: &[Entry]) -> String {
    let mut s = String::from("date,jurisdiction,what,who,state,done_on,rule,key\r\n");
    for e in v {
        let cells = [
            e.date.to_string(),
            e.jurisdiction.clone(),
            e.what.clone(),
            e.who.clone(),
            e.state.code().to_string(),
            e.state.on().map(|d| d.to_string()).unwrap_or_default(),
            e.rule.unwrap_or("").to_string(),
            e.key.clone(),
        ];
        s.push_str(
            &cells
                .iter()
                .map(|c| escape::csv_field(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        s.push_str("\r\n");
    }
    s
}

pub fn json(v: &[Entry], as_of: NaiveDate) -> String {
    let ds: Vec<_> = v
        .iter()
        .map(|e| {
            json!({
                "date": e.date.to_string(),
                "jurisdiction": e.jurisdiction,
                "root": e.root,
                "key": e.key,
                "what": e.what,
                "who": e.who,
                "state": e.state.code(),
                "done_on": e.state.on().map(|d| d.to_string()),
                "rule": e.rule,
            })
        })
        .collect();
    escape::json(&json!({"version": 1, "as_of": as_of.to_string(), "deadlines": ds}))
}
