//! One integration-test binary (the suite links once). Each module is one area.

mod adoption;
mod bench_smoke;
mod calendar;
mod calendar_identity;
mod cli;
mod command_line;
mod common;
mod cycle;
mod docs_outputs;
mod examples;
mod fix;
mod fixture_hygiene;
mod format_doc;
mod formats;
mod generated;
mod hostile;
mod messages;
mod nothing_lost;
mod output_safety;
mod paths;
mod properties;
mod registry_view;
mod rules_fixtures;
mod status;
mod timeline;
mod words;
