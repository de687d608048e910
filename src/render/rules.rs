//! `ogp rules`: the list of every rule.

use crate::catalog;
use crate::i18n::Lang;

/// Every rule with its code, name, default severity and summary, one line each, in `lang`
/// (the codes and names are the same in every language).
pub fn table(lang: Lang) -> String {
    let mut t = comfy_table::Table::new();
    t.load_style(comfy_table::presets::NOTHING);
    t.set_header(
        ["code", "name", "severity", "summary"].map(|c| lang.t(&format!("rules-column-{c}"))),
    );
    t.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    for r in catalog::all() {
        t.add_row([
            r.code.to_string(),
            r.name.to_string(),
            super::explain::severity(r.severity, lang),
            r.summary(lang),
        ]);
    }
    let mut s = t.to_string();
    s = s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    s.push('\n');
    s
}
