//! `ogp`: the OGP Local action-plan checker. Parses flags, runs the subcommand, writes what it
//! printed and maps the result to an exit code: 0 clean, 1 findings with errors, 2 usage, an
//! unreadable path or an output that cannot be written.

use clap::{CommandFactory, FromArgMatches};
use std::io::Write;
use std::process::ExitCode;

/// The allocator: many small allocations (every value of every file, every deadline) are
/// several times cheaper than with the system's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // A command line that parses needs no words: it is read with the bare command tree. Only
    // when clap has something to say (`--help`, `--version`, a usage error) is the tree built
    // with its texts, in the run's language (found before clap reads the command line), and
    // the line read again for clap to say it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = ogp::cli::Cli::command()
        .try_get_matches_from(&args)
        .and_then(|mut m| ogp::cli::Cli::from_arg_matches_mut(&mut m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(_) => {
            let lang = ogp::cli::lang_of(&args, &ogp::i18n::Env::read());
            let mut cmd = ogp::cli::command(lang);
            let again = cmd
                .clone()
                .try_get_matches_from(&args)
                .and_then(|mut m| ogp::cli::Cli::from_arg_matches_mut(&mut m))
                .map_err(|e| e.format(&mut cmd));
            match again {
                Ok(cli) => cli,
                Err(e) => match ogp::cli::usage_error(&e, lang) {
                    // a mistake in the command line, in the run's language
                    Some(text) => {
                        // what the user typed is shown inert, line by line
                        for line in text.lines() {
                            eprintln!("{}", ogp::render::sanitize(line));
                        }
                        return ExitCode::from(2);
                    }
                    None => e.exit(),
                },
            }
        }
    };
    let lang = match ogp::i18n::choose(
        cli.lang.as_ref().map(|l| l.first()),
        &ogp::i18n::Env::read(),
    ) {
        Ok(lang) => lang,
        Err(msg) => {
            eprintln!("ogp: error: {}", ogp::render::sanitize(&msg));
            return ExitCode::from(2);
        }
    };
    let mut said = Vec::new();
    let result = ogp::commands::run(cli, lang, &mut said);
    // what the command had to say besides its outcome, in order, before the outcome
    for text in &said {
        eprint!("{text}");
    }
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(ogp::error::Fatal(msg)) => {
            // paths in the message come from the file system: hostile text too. The `help:`
            // line ogp adds keeps its own line; any other line break is shown escaped.
            let error = lang.t("error-prefix");
            match msg.split_once("\nhelp: ") {
                Some((m, h)) => eprintln!(
                    "{error} {}\n{} {}",
                    ogp::render::sanitize(m),
                    lang.t("error-help"),
                    ogp::render::sanitize(h)
                ),
                None => eprintln!("{error} {}", ogp::render::sanitize(&msg)),
            }
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    match out
        .write_all(outcome.stdout.as_bytes())
        .and_then(|()| out.flush())
    {
        Ok(()) => {}
        // `ogp check | head`: the reader had what it wanted
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        // a full disk: a lost report must never pass for a clean one
        Err(e) => {
            eprintln!("ogp: error: cannot write the output: {e}");
            return ExitCode::from(2);
        }
    }
    // the codes are 0, 1 and 2
    ExitCode::from(u8::try_from(outcome.code).unwrap_or(2))
}
