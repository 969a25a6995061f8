//! `followup check`: every problem of every note and of followup.toml, without writing anything.

use super::{ignore_broken_pipe, settings_warnings};
use crate::Outcome;
use crate::config::Config;
use crate::diagnostic::{self, Diagnostic};
use crate::error::Error;

/// What the drafts on disk say that `build` and `export eml` would report: an email reshaped
/// beyond reading back, a draft that cannot be read. Of the draft of `only`, when given.
fn draft_problems(config: &Config, only: Option<&std::path::Path>) -> Result<Vec<Diagnostic>, Error> {
    let (_, mut problems) = super::export::emails(config)?;
    if let Some(note) = only {
        let note = std::path::absolute(note).unwrap_or_else(|_| note.to_path_buf());
        let draft = note.with_extension("followup.md");
        problems.retain(|d| config.notes_dir.join(&d.path) == draft);
    }
    Ok(problems)
}

/// Runs `check`: prints the problems of every note, or of the one note `only`, and fails when
/// any is an error.
///
/// # Errors
/// Only fatal problems.
pub fn run(config: &Config, only: Option<&std::path::Path>) -> Result<Outcome, Error> {
    let mut diagnostics = settings_warnings(config, super::Advice::All);
    diagnostics.extend(super::inspect::diagnostics(config, only)?);
    diagnostics.extend(draft_problems(config, only)?);
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
    diagnostic::print_all(&mut std::io::stdout().lock(), terminal, &config.notes_dir, &diagnostics)
        .or_else(ignore_broken_pipe)?;
    Ok(if diagnostics.iter().any(Diagnostic::is_error) { Outcome::Problems } else { Outcome::Clean })
}
