//! The briefing as a page to print or share (a template of `crate::render::html`).

use crate::agenda::Agenda;
use crate::error::Fatal;
use crate::render::html::{VERSION, env_in, render as page};
use minijinja::{Value, context};

/// The agenda as an HTML page (`ogp agenda --format html`).
pub fn render(a: &Agenda) -> Result<String, Fatal> {
    page(
        &env_in(a.lang),
        "agenda.html",
        context! { a => Value::from_serialize(a), as_of => a.as_of, version => VERSION, up => "" },
    )
}
