//! The calendar as CSV (RFC 4180, CRLF line ends, formula-led cells neutralised).

use crate::calendar::Entry;
use crate::render::escape;

pub fn render(v: &[Entry]) -> String {
    let mut s = String::from("date,jurisdiction,what,who,state,done_on,rule,key\r\n");
    for e in v {
        let cells = [
            e.date.to_string(),
            e.jurisdiction.clone(),
            e.what.clone(),
            e.who.clone(),
            e.state.code().to_string(),
            e.state.on().map(|d| d.to_string()).unwrap_or_default(),
            e.rule.map_or("", |r| r.code).to_string(),
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
