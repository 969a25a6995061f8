//! `followup build`: drafts beside every note, then the dashboard, once.

use std::io::Write as _;

use super::{ignore_broken_pipe, settings_warnings};
use crate::Outcome;
use crate::config::Config;
use crate::error::Error;
use crate::incremental::session::{self, Report};
use crate::output::write::Action;

/// Runs `build`: builds once, prints what happened, and fails with `--check` when a file would
/// change.
///
/// # Errors
/// Only fatal problems: a broken template, an unwritable folder.
pub fn run(config: &Config, common: &crate::cli::Common, check: bool, quiet: bool) -> Result<Outcome, Error> {
    crate::interrupt::stop_on_interrupt()?;
    // A folder that holds no note, and never did (no record): nothing to build, and no
    // dashboard or record to leave in a folder that may not be a notes folder at all.
    if !config.cache_dir.exists() && !crate::pipeline::scan::has_notes(&config.notes_dir) {
        if !quiet {
            let help = "a note is a Markdown file about one interview; `followup new COMPANY` writes one";
            writeln!(std::io::stderr(), "no notes in {}: nothing written\n  help: {help}", config.notes_dir.display())
                .or_else(ignore_broken_pipe)?;
        }
        return Ok(Outcome::Clean);
    }
    let mut report = session::build(config, check, quiet)?;
    report.diagnostics.splice(0..0, settings_warnings(config, super::Advice::Build));
    let lister = check_command(&common.path);
    print_report(&report, &config.notes_dir, &Printing { check, quiet, lister: &lister })
        .or_else(ignore_broken_pipe)?;
    Ok(if report.has_errors() || (check && report.changed()) { Outcome::Problems } else { Outcome::Clean })
}

/// How to print a build's report.
pub struct Printing<'a> {
    /// `--check`: say what would change.
    pub check: bool,
    /// `--quiet`: errors only.
    pub quiet: bool,
    /// The command that lists the warnings a build only counts (`followup check PATH`).
    pub lister: &'a str,
}

/// Prints the report: errors and what the build says about files it kept in full, to stderr;
/// changes (in check mode) and the summary, which counts the notes' warnings and names the
/// command that lists them, to stdout.
pub fn print_report(report: &Report, root: &std::path::Path, how: &Printing) -> std::io::Result<()> {
    use std::io::IsTerminal;
    let Printing { check, quiet, lister } = *how;
    let terminal = std::io::stderr().is_terminal();
    let shown = report.diagnostics.iter().filter(|d| d.is_error() || (!quiet && !d.is_advice()));
    crate::diagnostic::print_all(&mut std::io::stderr().lock(), terminal, root, shown)?;
    let mut out = std::io::stdout().lock();
    for w in &report.written {
        let verb = match (w.action, check) {
            (Action::Kept, _) if !quiet && !w.rel.ends_with(".followup.md") => "kept (yours, not overwritten)",
            (Action::Kept, _) if !quiet => "kept (edited by you, not overwritten)",
            (Action::Created, true) => "would create",
            (Action::Updated, true) => "would update",
            (Action::Removed, true) => "would remove",
            _ => continue,
        };
        if verb.starts_with("kept") {
            writeln!(out, "{}: {verb}", w.rel)?;
        } else {
            writeln!(out, "{verb} {}", w.rel)?;
        }
    }
    if !quiet {
        writeln!(out, "{}", report.summary(check, lister))?;
    }
    Ok(())
}

/// `followup check`, with the path the user gave when it is not the current folder, quoted for
/// a POSIX shell when it needs to be.
pub fn check_command(path: &std::path::Path) -> String {
    let path = path.to_string_lossy();
    if path == "." {
        return "followup check".to_owned();
    }
    let plain = path.chars().all(|c| c.is_alphanumeric() || "/._-+,:@%~".contains(c)) && !path.starts_with('~');
    if plain { format!("followup check {path}") } else { format!("followup check '{}'", path.replace('\'', r"'\''")) }
}
