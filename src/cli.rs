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
    /// Build, watch, and show the dashboard, drafts and notes in a browser tab that reloads
    /// itself on every save; mark what you sent from the page (Ctrl-C stops).
    #[cfg(feature = "serve")]
    Serve {
        #[command(flatten)]
        common: Common,
        /// The port to serve on.
        #[arg(long, default_value_t = 4500)]
        port: u16,
        /// The address to serve on. Anything but a loopback address (127.0.0.1, ::1) lets
        /// anyone who can reach it read your notes and mark them.
        #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the dashboard in the default browser.
        #[arg(long)]
        open: bool,
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
    /// What to do now, most urgent first: thank-yous, check-ins, drafts to review, notes to fix.
    Status {
        #[command(flatten)]
        common: Common,
        /// Print JSON (the format is documented in README.md).
        #[arg(long)]
        json: bool,
    },
    /// One line per interview: date, company, position, stage, people, next action.
    List {
        #[command(flatten)]
        common: Common,
        /// Only companies whose name contains this (any case).
        #[arg(long)]
        company: Option<String>,
        /// Only interviews with this status: a documented one, or any a note gives.
        #[arg(long, value_parser = AnyStatus, hide_possible_values = true)]
        status: Option<String>,
        /// Only interviews on or after this date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Print JSON (the format is documented in README.md).
        #[arg(long)]
        json: bool,
    },
    /// Start a job-search folder: followup.toml, content/ with an example note, .gitignore.
    Init {
        /// The folder (created if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Your name, for the drafts' signature (asked on a terminal when missing).
        #[arg(long)]
        name: Option<String>,
        /// Your email address.
        #[arg(long)]
        email: Option<String>,
        /// Your phone number.
        #[arg(long)]
        phone: Option<String>,
    },
    /// Add a note for an interview with COMPANY, from the theme's note template.
    New {
        /// The company.
        company: String,
        /// The position.
        #[arg(long)]
        position: Option<String>,
        /// The stage: phone-screen, technical, onsite, final…
        #[arg(long)]
        stage: Option<String>,
        /// The interview's date (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Open the new note in $VISUAL or $EDITOR.
        #[arg(long)]
        edit: bool,
        /// The job-search folder (default: the current one).
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
    /// Record what you sent, in a note's front matter: `thanked`, `checked_in` or `status`.
    ///
    /// The only way followup ever changes a note, and only when asked: it edits that one line
    /// (or adds it), and leaves every other byte as it was.
    Mark {
        /// A note, or a company: its latest note.
        note: String,
        /// The thank-yous are sent, on DATE (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "DATE", num_args = 0..=1, default_missing_value = "")]
        thanked: Option<String>,
        /// The check-in is sent, on DATE (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "DATE", num_args = 0..=1, default_missing_value = "")]
        checked_in: Option<String>,
        /// Where the process stands: awaiting-feedback, advanced, rejected, offer…
        #[arg(long, value_parser = AnyStatus, hide_possible_values = true)]
        status: Option<String>,
        /// The job-search folder, when NOTE is a company (default: the current one).
        #[arg(long, default_value = ".")]
        dir: PathBuf,
        /// Take this date (YYYY-MM-DD) as today; FOLLOWUP_TODAY does the same.
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// Hand follow-ups to calendar and mail apps.
    #[command(subcommand)]
    Export(Export),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff), or write every page into a folder.
    Man {
        /// Write followup.1 and a page for each command (followup-build.1…) into DIR, made if
        /// missing, such as ~/.local/share/man/man1.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
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
    /// A notes folder, a folder holding followup.toml, or a note (check and inspect look at it
    /// alone; other commands at its notes folder).
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Take this date (YYYY-MM-DD) as today; FOLLOWUP_TODAY does the same.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Accept a `notes` folder in followup.toml that lies outside the folder holding
    /// followup.toml (drafts and the dashboard are written there).
    #[arg(long)]
    pub allow_notes_outside: bool,
}

impl Common {
    /// Where the notes folder may be, as the user said.
    pub fn notes_at(&self) -> crate::config::NotesAt {
        if self.allow_notes_outside {
            crate::config::NotesAt::Anywhere
        } else {
            crate::config::NotesAt::InsideConfigFolder
        }
    }
}

/// What to export.
#[derive(Debug, Subcommand)]
pub enum Export {
    /// An iCalendar file with an all-day event for every pending thank-you and check-in.
    Ics {
        #[command(flatten)]
        common: Common,
        /// Write to FILE instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// One .eml file per email in the drafts, for mail apps to open as new drafts.
    Eml {
        #[command(flatten)]
        common: Common,
        /// The outbox to keep (default: outbox/ beside followup.toml, or in the notes folder
        /// without one).
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
}

/// `--status`: any text (a note may give a status of its own; `list` refuses one that no note
/// gives), with the documented statuses as the values shell completions offer.
#[derive(Debug, Clone, Copy)]
struct AnyStatus;

impl clap::builder::TypedValueParser for AnyStatus {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(crate::pipeline::plan::status::KNOWN.iter().map(|s| clap::builder::PossibleValue::new(*s))))
    }
}
