//! `followup check`: every problem of every note and of followup.toml, without writing anything.

use super::{ignore_broken_pipe, settings_warnings};
use crate::Outcome;
use crate::config::Config;
use crate::diagnostic::{self, Diagnostic};
use crate::error::Error;

/// Runs `check`: prints the problems of every note, or of the one note `only`, and fails when
/// any is an error.
///
/// # Errors
/// Only fatal problems.
pub fn run(config: &Config, only: Option<&std::path::Path>) -> Result<Outcome, Error> {
    let mut diagnostics = settings_warnings(config, super::Advice::All);
    diagnostics.extend(super::inspect::diagnostics(config, only)?);
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
    diagnostic::print_all(&mut std::io::stdout().lock(), terminal, &config.notes_dir, &diagnostics)
        .or_else(ignore_broken_pipe)?;
    Ok(if diagnostics.iter().any(Diagnostic::is_error) { Outcome::Problems } else { Outcome::Clean })
}
