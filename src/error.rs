//! Errors that stop a whole run (exit code 2). Problems in single notes are `Diagnostic`s instead.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;

/// A fatal error: the run cannot go on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: not a folder (give a notes folder or a folder holding followup.toml)", .0.display())]
    NotAFolder(PathBuf),
    #[error("`--today {0}` is not a date: write it as YYYY-MM-DD (or November 27, 2026)")]
    BadToday(String),
    #[error("{0}")]
    Config(Diagnostic),
    #[error("{0}")]
    Refused(String),
    /// A note changed on disk since the page that asked to change it was shown.
    #[error("{0}: the note changed since this page showed it; reload")]
    Changed(String),
    #[error("stopped by Ctrl-C: every file written so far is whole, and no temporary file is left")]
    Interrupted,
    #[error("watch: {0}")]
    Watch(String),
    #[error("template `{name}`: {message}")]
    Template { name: String, message: String },
}
