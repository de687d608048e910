//! One integration-test binary (the suite links once). Each module is one area.

mod adoption;
mod agenda;
mod bench_smoke;
mod browser;
mod calendar;
mod cli;
mod common;
mod docs_outputs;
mod examples;
mod fix;
mod fixture_hygiene;
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
mod site;
mod status;
mod timeline;
