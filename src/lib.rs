//! followup: turns a folder of Markdown interview notes into follow-up drafts and a dashboard.
//!
//! The pipeline is scan → parse → extract → plan → render → write; see README.md's design notes.
//! `run` is the one entry point: it takes the parsed command line and returns the exit status.

pub mod cli;
pub mod commands;
pub mod config;
pub mod dashboard;
pub mod diagnostic;
pub mod error;
pub mod files;
pub mod hash;
pub mod incremental;
pub mod interrupt;
pub mod letters;
pub mod model;
pub mod output;
pub mod par;
pub mod pipeline;
pub mod render;
#[cfg(feature = "serve")]
pub mod serve;
pub mod temporary;
pub mod text;
pub mod trace;
pub mod watch;

use cli::Cli;
use error::Error;

/// How a run ended, as the process exit code says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything built, no errors.
    Clean = 0,
    /// Finished, but some notes had errors (or `--check` found changes).
    Problems = 1,
}

/// Runs a command.
///
/// # Errors
/// Only fatal problems (exit code 2): a missing folder, a broken config or template.
pub fn run(cli: Cli) -> Result<Outcome, Error> {
    commands::run(cli)
}
