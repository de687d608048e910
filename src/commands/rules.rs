//! `ogp rules` and `ogp explain`.

use super::Outcome;
use crate::cli::ExplainFormat;
use crate::error::Fatal;
use crate::registry;
use std::io::IsTerminal;

/// `ogp rules`: every rule with its code, name, default severity and summary.
pub fn list() -> Outcome {
    let mut t = comfy_table::Table::new();
    t.load_style(comfy_table::presets::NOTHING);
    t.set_header(["code", "name", "severity", "summary"]);
    t.set_content_arrangement(comfy_table::ContentArrangement::Disabled);
    for r in crate::registry::all() {
        t.add_row([r.code, r.name, r.severity.as_str(), r.summary]);
    }
    let mut s = t.to_string();
    s = s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
    s.push('\n');
    Outcome::text(s)
}

/// `ogp explain CODE`: one rule's documentation, for a terminal or as Markdown.
pub fn explain(code: &str, format: Option<ExplainFormat>) -> Result<Outcome, Fatal> {
    let Some(r) = registry::find(code) else {
        return Err(Fatal(format!(
            "no rule `{code}`; `ogp rules` lists them all (codes such as C201, names such as commitment-cap)"
        )));
    };
    let text = match format {
        Some(ExplainFormat::Text) => true,
        Some(ExplainFormat::Markdown) => false,
        None => std::io::stdout().is_terminal(),
    };
    Ok(Outcome::text(if text {
        let width = usize::from(crate::render::table::width(None));
        registry::explain_text(r, width.min(100))
    } else {
        registry::explain(r)
    }))
}
