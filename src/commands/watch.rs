//! `followup watch`: build, then keep every draft and the dashboard current as notes are saved.

use std::time::Duration;

use crate::Outcome;
use crate::cli::Common;
use crate::config::Config;
use crate::error::Error;

/// Runs `watch` until Ctrl-C: `debounce` and `poll` are in milliseconds.
///
/// # Errors
/// Only fatal problems: the folder cannot be watched.
pub fn run(config: Config, common: &Common, debounce: u64, poll: Option<u64>, quiet: bool) -> Result<Outcome, Error> {
    crate::watch::run(config, &options(common, debounce, poll, quiet))?;
    Ok(Outcome::Clean)
}

/// The watcher's options, from the command line (`serve` watches the same way).
pub(crate) fn options(common: &Common, debounce: u64, poll: Option<u64>, quiet: bool) -> crate::watch::Options {
    crate::watch::Options {
        debounce: Duration::from_millis(debounce.max(1)),
        poll: poll.map(|ms| Duration::from_millis(ms.max(10))),
        quiet,
        path: common.path.clone(),
        today: common.today.clone(),
        notes_at: common.notes_at(),
    }
}
