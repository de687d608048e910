//! The calendar as CSV (RFC 4180, CRLF line ends, formula-led cells neutralised).

use crate::calendar::Entry;
use crate::i18n::Lang;
use crate::render::escape;

/// The header and the codes stay English; what is due and who answers for it are in `lang`.
pub fn render(v: &[Entry], lang: Lang) -> String {
    let mut s = String::from("date,jurisdiction,what,who,state,done_on,rule,key\r\n");
    for e in v {
        let cells = [
            e.date.to_string(),
            e.jurisdiction.clone(),
            e.what.render(lang),
            e.who.render(lang),
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
