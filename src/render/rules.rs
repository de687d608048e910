//! `ogp rules`: the list of every rule.

use crate::catalog;

/// Every rule with its code, name, default severity and summary, one line each.
pub fn table() -> String {
    let mut t = comfy_table::Table::new();
    t.load_style(comfy_table::presets::NOTHING);
    t.set_header(["code", "name", "severity", "summary"]);
    t.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    for r in catalog::all() {
        t.add_row([r.code, r.name, r.severity.as_str(), r.summary]);
    }
    let mut s = t.to_string();
    s = s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    s.push('\n');
    s
}
