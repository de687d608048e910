//! `ogp-gen`: writes a deterministic registry of generated jurisdictions, and measures the
//! parse-only floor the benchmark compares `ogp check` with.
//!
//! ```text
//! ogp-gen N DIR [--seed S]     write N jurisdictions below DIR (byte-identical for the same N and S)
//! ogp-gen --parse-only DIR...  read and TOML-parse every .toml file below DIR, nothing else
//! ogp-gen --as-of              print the date the generated files describe
//! ```
//!
//! Built with `cargo build --release --example ogp-gen`; see bench/run.sh and
//! docs/performance.md.

// A command-line tool of the benchmark: its output is stdout.
#![allow(clippy::print_stdout)]

mod registry;

use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str =
    "usage: ogp-gen N DIR [--seed S] | ogp-gen --parse-only DIR... | ogp-gen --as-of";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--as-of") => {
            println!("{}", registry::AS_OF);
            ExitCode::SUCCESS
        }
        Some("--parse-only") if args.len() > 1 => parse_only(&args[1..]),
        Some(_) => generate(&args),
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn generate(args: &[String]) -> ExitCode {
    let mut seed: u64 = 2026;
    let mut pos: Vec<&str> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--seed" {
            match it.next().and_then(|s| s.parse().ok()) {
                Some(s) => seed = s,
                None => {
                    eprintln!("ogp-gen: --seed needs a number\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else {
            pos.push(a);
        }
    }
    let (Some(n), Some(dir), 2) = (
        pos.first()
            .and_then(|n| n.replace([',', '_'], "").parse::<usize>().ok()),
        pos.get(1),
        pos.len(),
    ) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match registry::generate(Path::new(dir), n, seed) {
        Ok(s) => {
            eprintln!(
                "ogp-gen: wrote {} jurisdictions ({} with deliberate faults), {} files, {} bytes below {dir}; check them with --as-of {}",
                s.jurisdictions,
                s.faulty,
                s.files,
                s.bytes,
                registry::AS_OF
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ogp-gen: cannot write below {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The floor: find every .toml file (skipping hidden folders, as ogp does), read it and parse
/// it with the same toml crate and entry point as ogp's loader (`DeTable::parse`), in parallel
/// on rayon's pool (RAYON_NUM_THREADS applies). No deserialization, no rules, no output.
fn parse_only(dirs: &[String]) -> ExitCode {
    let mut files: Vec<PathBuf> = Vec::new();
    for d in dirs {
        let walk = walkdir::WalkDir::new(d)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for e in walk.flatten() {
            if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml") {
                files.push(e.into_path());
            }
        }
    }
    let (bytes, broken) = files
        .par_iter()
        .map(|p| match std::fs::read_to_string(p) {
            Ok(text) => (
                text.len(),
                usize::from(toml::de::DeTable::parse(&text).is_err()),
            ),
            Err(_) => (0, 1),
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    eprintln!(
        "ogp-gen: parsed {} files, {bytes} bytes; {broken} did not parse",
        files.len()
    );
    ExitCode::SUCCESS
}
