//! `ogp`: the OGP Local action-plan checker. Parses flags, runs, maps the result to an exit
//! code: 0 clean, 1 findings with errors, 2 usage or an unreadable path.

use clap::Parser;

fn main() {
    let cli = ogp::cli::Cli::parse();
    let code = match ogp::cli::run(cli) {
        Ok(code) => code,
        Err(ogp::cli::Fatal(msg)) => {
            eprintln!("ogp: error: {}", ogp::render::sanitize(&msg));
            2
        }
    };
    std::process::exit(code);
}
