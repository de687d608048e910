//! `ogp completions SHELL`.

use super::Outcome;
use crate::cli::Cli;
use clap::CommandFactory;

/// A shell completion script for `ogp`.
pub fn run(shell: clap_complete::Shell) -> Outcome {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "ogp", &mut buf);
    let script = String::from_utf8_lossy(&buf).into_owned();
    Outcome::text(match shell {
        clap_complete::Shell::Fish => fish_escape_values(&script),
        _ => script,
    })
}

/// In fish, a `$` inside the double-quoted list of values (`-a "..."`) expands a variable: a
/// description that mentions `$GITHUB_STEP_SUMMARY` would show the variable's value, or
/// nothing. Escapes every `$` inside those lists (and only there: the script's own functions
/// use variables).
fn fish_escape_values(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(i) = rest.find(" -a \"") {
        let open = i + " -a \"".len();
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        let mut chars = rest.char_indices();
        let mut end = rest.len();
        while let Some((j, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    end = j;
                    break;
                }
                _ => {}
            }
        }
        let mut prev = ' ';
        for c in rest[..end].chars() {
            if c == '$' && prev != '\\' {
                out.push('\\');
            }
            out.push(c);
            prev = c;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
