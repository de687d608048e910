//! The HTML pages of `ogp site` and `ogp agenda --format html`: minijinja templates
//! (`templates/`, compiled into the binary) with every value escaped.

use crate::error::Fatal;
use minijinja::{Environment, Value};

/// The version of `ogp` that made a page, shown in its footer.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The templates, compiled in.
pub fn env() -> Environment<'static> {
    let mut e = Environment::new();
    // Every value is escaped as XML attribute text (valid in HTML text and attributes alike):
    // markup characters, line breaks and control characters become references, and no line
    // of a page can read as a CI workflow command. Only values marked safe (the SVG, which its
    // renderer escapes) pass as they are.
    e.set_formatter(|out, _state, v| {
        if v.is_undefined() || v.is_none() {
            Ok(())
        } else if v.is_safe() {
            write!(out, "{v}").map_err(minijinja::Error::from)
        } else {
            out.write_str(&crate::render::escape::xml_attr(&v.to_string()))
                .map_err(minijinja::Error::from)
        }
    });
    for (name, src) in [
        ("base.html", include_str!("templates/base.html")),
        ("parts.html", include_str!("templates/parts.html")),
        ("index.html", include_str!("templates/index.html")),
        (
            "jurisdiction.html",
            include_str!("templates/jurisdiction.html"),
        ),
        ("rule.html", include_str!("templates/rule.html")),
        ("rules.html", include_str!("templates/rules.html")),
        ("agenda.html", include_str!("templates/agenda.html")),
    ] {
        // the templates are ours and tested: a broken one fails every test
        e.add_template(name, src)
            .unwrap_or_else(|err| panic!("template {name}: {err}"));
    }
    e
}

pub fn render(e: &Environment<'_>, name: &str, ctx: Value) -> Result<String, Fatal> {
    e.get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|err| Fatal(format!("cannot render {name}: {err}")))
}
