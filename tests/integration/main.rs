//! One integration-test binary (the suite links once). Each module is one area.

// A test reads as one scenario, from its setup to its last check; the library's functions
// keep the length limit.
#![allow(clippy::too_many_lines)]

mod action;
mod adoption;
mod agenda;
mod bench_smoke;
mod browser;
mod calendar;
mod calendar_identity;
mod cdp;
mod cli;
mod command_line;
mod common;
mod cycle;
mod docs_outputs;
mod dropped;
mod every_word;
mod everyday;
mod examples;
mod fingerprints;
mod fix;
mod fixture_hygiene;
mod format_doc;
mod formats;
mod generated;
mod git;
mod git_history;
mod git_long_history;
mod help;
mod hostile;
mod install_files;
mod json_schema;
mod languages;
mod languages_model;
mod layering;
mod messages;
mod nothing_lost;
mod output_safety;
mod paths;
mod plan_findings_languages;
mod properties;
mod registry_view;
mod rule_cases;
mod rule_snapshots;
mod rule_table;
mod rules_fixtures;
mod site;
mod status;
mod status_cases;
mod syntax;
mod timeline;
mod unread;
mod wheel_package;
mod words;
