//! Every output of every command, one file per format: `render/<command>/<format>.rs`, each
//! a pure function of what its command computed (a `report::Report` for `check`,
//! calendar entries, a timeline chart, status entries, an agenda). Each command's `mod.rs`
//! declares its `Format` enum (the values of `--format`) and the `render` that dispatches on
//! it. Shared pieces: [`escape`] (every escaping rule, per output language), [`table`]
//! (terminal and Markdown tables) and [`html`] (the page templates).

pub mod agenda;
pub mod calendar;
pub mod check;
pub mod escape;
pub mod explain;
pub mod html;
pub mod rules;
pub mod status;
pub mod table;
pub mod timeline;

/// Text from plan files made safe for a terminal: see [`escape::terminal`].
pub use escape::terminal as sanitize;

/// A status word as people read it: "not a member yet" for `not-yet-member`, the word itself
/// otherwise (active, inactive, probation, ...).
pub fn status_words(status: &str) -> &str {
    match status {
        "not-yet-member" => "not a member yet",
        "voluntary-inactive" => "voluntarily inactive",
        "unknown" => "not established",
        s => s,
    }
}
