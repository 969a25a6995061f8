//! followup: turns a folder of Markdown interview notes into follow-up drafts and a dashboard.
//!
//! The pipeline is scan → parse → extract → plan → render → write; see README.md's design notes.
//! `run` is the one entry point: it takes the parsed command line and returns the exit status.

pub mod agenda;
pub mod build;
pub mod cache;
pub mod cli;
pub mod codec;
pub mod config;
pub mod dashboard;
pub mod diagnostic;
pub mod draft;
pub mod error;
pub mod export;
pub mod extract;
pub mod glob;
pub mod hash;
pub mod init;
pub mod inspect;
pub mod mail;
pub mod model;
pub mod par;
pub mod parse;
pub mod percent;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod scan;
pub mod theme;
pub mod trace;
pub mod voice;
pub mod watch;
pub mod write;

use std::io::Write as _;

use cli::{Cli, Command};
use config::Config;
use diagnostic::{Diagnostic, Position};
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
    match cli.command {
        Command::Build { common, check, quiet } => {
            let config = Config::resolve(&common.path, common.today.as_deref())?;
            let mut report = build::build(&config, check, quiet)?;
            report.diagnostics.splice(0..0, config_warnings(&config));
            build::print(&report, &config.notes_dir, check, quiet).or_else(ignore_broken_pipe)?;
            Ok(if report.has_errors() || (check && report.changed()) { Outcome::Problems } else { Outcome::Clean })
        }
        Command::Watch { common, debounce, poll, quiet } => {
            let config = Config::resolve(&common.path, common.today.as_deref())?;
            let options = watch::Options {
                debounce: std::time::Duration::from_millis(debounce.max(1)),
                poll: poll.map(|ms| std::time::Duration::from_millis(ms.max(10))),
                quiet,
                path: common.path.clone(),
                today: common.today.clone(),
            };
            watch::run(config, &options)?;
            Ok(Outcome::Clean)
        }
        Command::Status { common, json } => {
            let config = Config::resolve(&common.path, common.today.as_deref())?;
            agenda::status(&config, json)
        }
        Command::List { common, company, status, since, json } => {
            let config = Config::resolve(&common.path, common.today.as_deref())?;
            let since = since.map(|s| parse_day(&s)).transpose()?;
            agenda::list(&config, &agenda::Filter { company, status, since }, json)
        }
        Command::Init { dir, name, email, phone } => {
            let today = config::resolve_today(None)?;
            let done = init::init(&dir, init::Sender { name, email, phone }, today)?;
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "Created in {}:", dir.display());
            for path in &done.created {
                let _ = writeln!(out, "  {}", path.display());
            }
            for path in &done.kept {
                let _ = writeln!(out, "Already there, left as it is: {}", path.display());
            }
            if done.no_example {
                let _ = writeln!(out, "No example note: the folder has notes already.");
            }
            let _ = writeln!(
                out,
                "\nNext: edit followup.toml (your name and email sign the drafts), add a note with\n`followup new COMPANY --stage phone-screen --edit`, then run `followup build` or `followup watch`."
            );
            Ok(Outcome::Clean)
        }
        Command::New { company, position, stage, date, edit, dir } => {
            let config = Config::resolve(&dir, None)?;
            let date = date.map(|d| parse_day(&d)).transpose()?;
            let path = init::new_note(&config, &company, position.as_deref(), stage.as_deref(), date)?;
            writeln!(std::io::stdout(), "{}", path.display()).or_else(ignore_broken_pipe)?;
            if edit {
                init::edit(&path)?;
            }
            Ok(Outcome::Clean)
        }
        Command::Export(cli::Export::Ics { common, output }) => {
            let config = Config::resolve(&common.path, common.today.as_deref())?;
            let text = export::ics(&config);
            match output {
                Some(path) => write::atomic_write(&path, text.as_bytes()).map_err(|e| Error::Io { path, source: e })?,
                None => std::io::stdout().write_all(text.as_bytes()).or_else(ignore_broken_pipe)?,
            }
            Ok(Outcome::Clean)
        }
        Command::Export(cli::Export::Eml { common, output }) => {
            let config = Config::resolve(&common.path, common.today.as_deref())?;
            let dir = output.unwrap_or_else(|| config.notes_dir.join("outbox"));
            let written = export::eml(&config, &dir)?;
            let mut out = std::io::stdout().lock();
            for path in &written {
                writeln!(out, "{}", path.display()).or_else(ignore_broken_pipe)?;
            }
            Ok(Outcome::Clean)
        }
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "followup", &mut std::io::stdout());
            Ok(Outcome::Clean)
        }
        Command::Man => {
            let command = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_mangen::Man::new(command)
                .render(&mut out)
                .map_err(|e| Error::Io { path: "<man>".into(), source: e })?;
            std::io::stdout().write_all(&out).or_else(ignore_broken_pipe)?;
            Ok(Outcome::Clean)
        }
        Command::Inspect { common, json } => inspect::run(&common.path, common.today.as_deref(), json),
        Command::Check { common } => {
            let config = Config::resolve(&common.path, common.today.as_deref())?;
            let mut diagnostics = config_warnings(&config);
            diagnostics.extend(inspect::diagnostics(&config));
            let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
            diagnostic::print_all(&mut std::io::stdout().lock(), terminal, &config.notes_dir, &diagnostics)
                .or_else(ignore_broken_pipe)?;
            Ok(if diagnostics.iter().any(Diagnostic::is_error) { Outcome::Problems } else { Outcome::Clean })
        }
    }
}

/// A `YYYY-MM-DD` from the command line.
fn parse_day(text: &str) -> Result<jiff::civil::Date, Error> {
    text.trim().parse().map_err(|_| Error::Refused(format!("`{text}` is not a date: write it as YYYY-MM-DD")))
}

/// A closed pipe (`followup check | head`) ends output quietly.
fn ignore_broken_pipe(e: std::io::Error) -> Result<(), Error> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(Error::Io { path: "<stdout>".into(), source: e })
    }
}

/// Warnings about followup.toml itself: no sender name, a webmail sender address.
pub fn config_warnings(config: &Config) -> Vec<Diagnostic> {
    let path = config.config_file.as_ref().map_or_else(|| config::CONFIG_FILE.to_owned(), |p| p.display().to_string());
    let mut out = Vec::new();
    if config.sender.name.is_none() && config.sender.signature.is_none() {
        let help = match config.config_file {
            Some(_) => "add `[sender]` with `name = \"Your Name\"` to followup.toml",
            None => {
                "run `followup init` in your notes folder, or create followup.toml there with `[sender]` and `name = \"Your Name\"`"
            }
        };
        out.push(
            Diagnostic::warning(&path, Position::FILE, "no sender name: the drafts end without a signature")
                .with_help(help),
        );
    }
    if let Some(email) = config.sender.email.as_deref().filter(|e| plan::is_webmail(e)) {
        out.push(
            Diagnostic::warning(&path, Position::FILE, format!("your sender address `{email}` is on a free webmail domain: first emails from it tend to land in spam"))
                .with_help("email only people you have already corresponded with, or use an address on your own domain"),
        );
    }
    out
}
