//! The commands: one file each, calling the pipeline and printing. Nothing here decides what a
//! note means or what a letter says; that is the pipeline's and the letters'.

pub mod agenda;
pub mod build;
pub mod check;
pub mod export;
pub mod init;
pub mod inspect;
pub mod list;
pub mod mark;
pub mod new;
#[cfg(feature = "serve")]
pub mod serve;
pub mod status;
pub mod watch;

use std::io::Write as _;

use crate::Outcome;
use crate::cli::{Cli, Command, Export};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Position};
use crate::error::Error;

/// Runs the command the user typed; past this point, nothing reads `Cli`.
///
/// # Errors
/// Only fatal problems (exit code 2): a missing folder, a broken config or template.
pub fn run(cli: Cli) -> Result<Outcome, Error> {
    let resolve =
        |common: &crate::cli::Common| Config::resolve_with(&common.path, common.today.as_deref(), common.notes_at());
    match cli.command {
        Command::Build { common, check, quiet } => build::run(&resolve(&common)?, &common, check, quiet),
        Command::Watch { common, debounce, poll, quiet } => {
            watch::run(resolve(&common)?, &common, debounce, poll, quiet)
        }
        #[cfg(feature = "serve")]
        Command::Serve { common, port, bind, open, debounce, poll, quiet } => {
            serve::run(resolve(&common)?, &common, &serve::Flags { port, bind, open, debounce, poll, quiet })
        }
        Command::Status { common, json } => status::run(&resolve(&common)?, json),
        Command::List { common, company, status, since, json } => {
            let since = since.map(|s| parse_day(&s)).transpose()?;
            list::run(&resolve(&common)?, &list::Filter { company, status, since }, json)
        }
        Command::Init { dir, name, email, phone } => init::run(&dir, init::Sender { name, email, phone }),
        Command::New { company, position, stage, date, edit, dir } => {
            let date = date.map(|d| parse_day(&d)).transpose()?;
            new::run(&Config::resolve(&dir, None)?, &company, position.as_deref(), stage.as_deref(), date, edit)
        }
        Command::Mark { note, thanked, checked_in, status, dir, today } => {
            mark::run(&note, &dir, today.as_deref(), &mark::Marks { thanked, checked_in, status })
        }
        Command::Export(Export::Ics { common, output }) => export::run_ics(&resolve(&common)?, output),
        Command::Export(Export::Eml { common, output }) => export::run_eml(&resolve(&common)?, output),
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            // Into memory first: clap_complete panics on a closed pipe (`… | head`).
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command, "followup", &mut script);
            std::io::stdout().write_all(&script).or_else(ignore_broken_pipe)?;
            Ok(Outcome::Clean)
        }
        Command::Man { dir } => man(dir.as_deref()),
        Command::Inspect { common, json } => {
            inspect::run(&common.path, common.today.as_deref(), common.notes_at(), json)
        }
        Command::Check { common } => {
            check::run(&resolve(&common)?, common.path.is_file().then_some(common.path.as_path()))
        }
    }
}

/// `followup man`: the main page on standard output, or, with `dir`, every page written there
/// (`followup.1`, and `followup-build.1`… that its list of commands refers to).
fn man(dir: Option<&std::path::Path>) -> Result<Outcome, Error> {
    let command = <Cli as clap::CommandFactory>::command();
    let Some(dir) = dir else {
        let mut out = Vec::new();
        clap_mangen::Man::new(command).render(&mut out).map_err(|e| Error::Io { path: "<man>".into(), source: e })?;
        std::io::stdout().write_all(&out).or_else(ignore_broken_pipe)?;
        return Ok(Outcome::Clean);
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::Io { path: dir.to_path_buf(), source: e })?;
    // No pages for clap's `help` commands (`followup help`, `followup help help`…): `--help` and
    // these pages say it all, and no page refers to them.
    let mut command =
        command.disable_help_subcommand(true).mut_subcommand("export", |c| c.disable_help_subcommand(true));
    command.build();
    let mut pages = Vec::new();
    man_pages(&command, &mut pages);
    for (name, page) in pages {
        let path = dir.join(format!("{name}.1"));
        crate::output::write::atomic_write(&path, &page).map_err(|e| Error::Io { path: path.clone(), source: e })?;
        writeln!(std::io::stdout(), "{}", path.display()).or_else(ignore_broken_pipe)?;
    }
    Ok(Outcome::Clean)
}

/// The page of `command` (built: its subcommands know their display names, `followup-build`),
/// and those of its subcommands.
fn man_pages(command: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) {
    let name = command.get_display_name().unwrap_or(command.get_name()).to_owned();
    let mut page = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut page).expect("rendering to memory does not fail");
    pages.push((name, page));
    for sub in command.get_subcommands() {
        man_pages(sub, pages);
    }
}

/// A date from the command line, written as a note may write it: `2026-11-27`,
/// `November 27, 2026`, `2026/11/27`, `11/27/2026` when it can mean one day only.
pub(crate) fn parse_day(text: &str) -> Result<jiff::civil::Date, Error> {
    crate::config::parse_day(text)
        .ok_or_else(|| Error::Refused(format!("`{text}` is not a date: write it as YYYY-MM-DD (or November 27, 2026)")))
}

/// A closed pipe (`followup check | head`) ends output quietly.
pub(crate) fn ignore_broken_pipe(e: std::io::Error) -> Result<(), Error> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(Error::Io { path: "<stdout>".into(), source: e })
    }
}

/// Which of the settings' warnings to give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Advice {
    /// What `build` says on every run: only what spoils the drafts.
    Build,
    /// What `check` says: everything, advice included (a webmail sender address).
    All,
}

/// Warnings about followup.toml itself: no sender name, and with `Advice::All` a webmail
/// sender address (`init` says that once, and `check` whenever asked; `build` stays quiet).
pub fn settings_warnings(config: &Config, advice: Advice) -> Vec<Diagnostic> {
    let path =
        config.config_file.as_ref().map_or_else(|| crate::config::CONFIG_FILE.to_owned(), |p| p.display().to_string());
    let mut out = Vec::new();
    if config.sender.name.is_none() && config.sender.signature.is_none() {
        let help = match config.config_file {
            Some(_) => "add `[sender]` with `name = \"Your Name\"` to followup.toml",
            None => {
                "run `followup init` in your notes folder, or create followup.toml there with `[sender]` and `name = \"Your Name\"`"
            }
        };
        let message = match config.config_file {
            Some(_) => "no sender name: the drafts end without a signature",
            None => "there is no followup.toml, so no sender name: the drafts end without a signature",
        };
        out.push(Diagnostic::warning(&path, Position::FILE, message).with_help(help));
    }
    let webmail = config.sender.email.as_deref().filter(|e| crate::pipeline::plan::is_webmail(e));
    if let Some(email) = webmail.filter(|_| advice == Advice::All) {
        out.push(
            Diagnostic::warning(&path, Position::FILE, format!("your sender address `{email}` is on a free webmail domain: first emails from it tend to land in spam"))
                .with_help("email only people you have already corresponded with, or use an address on your own domain"),
        );
    }
    out
}
