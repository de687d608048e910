//! `ogp` checks OGP Local action plans kept as plain TOML files against the OGP Local Handbook.
//!
//! Pipeline: [`load`] (walk folders, parse with spans) → [`model`] (typed files) → [`rules`]
//! (pure functions of the model and the as-of date) → [`diag::Finding`]s → [`render`].
//! All date arithmetic lives in `date`; every rule is declared once in [`catalog`].

pub mod agenda;
pub(crate) mod audit;
pub mod calendar;
pub mod catalog;
pub(crate) mod causes;
pub mod cli;
pub mod commands;
pub mod cycle;
pub(crate) mod date;
pub mod diag;
pub mod error;
pub(crate) mod filter;
pub(crate) mod fix;
pub(crate) mod git;
pub mod i18n;
pub mod init;
pub mod load;
pub mod model;
pub(crate) mod overview;
pub mod pipeline;
pub(crate) mod progress;
pub mod render;
pub(crate) mod repair;
pub(crate) mod report;
pub mod rules;
pub mod schema;
pub(crate) mod site;
pub mod status;
pub mod timeline;
