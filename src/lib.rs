//! `ogp` checks OGP Local action plans kept as plain TOML files against the OGP Local Handbook.
//!
//! Pipeline: [`load`] (walk folders, parse with spans) → [`model`] (typed files) → [`rules`]
//! (pure functions of the model and the as-of date) → [`diag::Finding`]s → [`render`].
//! All date arithmetic lives in [`date`].

pub mod agenda;
pub mod audit;
pub mod calendar;
pub mod causes;
pub mod cli;
pub mod commands;
pub mod cycle;
pub mod date;
pub mod diag;
pub mod error;
pub mod filter;
pub mod fix;
pub mod git;
pub mod i18n;
pub mod init;
pub mod load;
pub mod model;
pub mod overview;
pub mod pipeline;
pub mod progress;
pub mod registry;
pub mod render;
pub mod repair;
pub mod report;
pub mod rules;
pub mod schema;
pub mod site;
pub mod status;
pub mod timeline;
