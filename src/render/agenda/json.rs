//! The versioned JSON of the briefing.

use crate::agenda::Agenda;

pub fn render(a: &Agenda) -> String {
    crate::render::escape::json(a)
}
