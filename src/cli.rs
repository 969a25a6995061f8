//! The command line as the user typed it (clap derive). Doc comments here are the `--help` text.
//! Nothing past `config::Config::resolve` reads these types.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn Markdown interview notes into follow-up drafts and a dashboard of what is due.
#[derive(Debug, Parser)]
#[command(name = "followup", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a follow-up draft beside every interview note, and the dashboard.
    Build {
        #[command(flatten)]
        common: Common,
        /// Write nothing; list what would change and exit 1 if anything would.
        #[arg(long)]
        check: bool,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Build, then keep every draft and the dashboard current as notes are saved (Ctrl-C stops).
    Watch {
        #[command(flatten)]
        common: Common,
        /// Milliseconds the folder must be quiet before a rebuild.
        #[arg(long, value_name = "MS", default_value_t = 50)]
        debounce: u64,
        /// Poll for changes every INTERVAL milliseconds instead of using the system's change
        /// events (for network drives, WSL's /mnt, Docker volumes).
        #[arg(long, value_name = "INTERVAL", num_args = 0..=1, default_missing_value = "1000")]
        poll: Option<u64>,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Show what followup understood of a note, or of every note in a folder.
    Inspect {
        #[command(flatten)]
        common: Common,
        /// Print JSON (the format is documented in README.md).
        #[arg(long)]
        json: bool,
    },
    /// List every error and warning as `path:line:column: level: message`.
    Check {
        #[command(flatten)]
        common: Common,
    },
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Common {
    /// A notes folder, a folder holding followup.toml, or (for inspect) one note.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Take this date (YYYY-MM-DD) as today; FOLLOWUP_TODAY does the same.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}
