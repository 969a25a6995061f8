//! `followup serve`: `watch`, plus the dashboard, drafts and notes over HTTP (`crate::serve`).

use crate::Outcome;
use crate::cli::Common;
use crate::config::Config;
use crate::error::Error;

/// What the command line says about serving.
#[derive(Debug)]
pub struct Flags {
    pub port: u16,
    pub bind: std::net::IpAddr,
    pub open: bool,
    pub debounce: u64,
    pub poll: Option<u64>,
    pub quiet: bool,
}

/// Runs `serve` until Ctrl-C or SIGTERM (exit 0).
///
/// # Errors
/// The port cannot be had, the folder cannot be watched, the first build's templates fail.
pub fn run(config: Config, common: &Common, flags: &Flags) -> Result<Outcome, Error> {
    let options = crate::serve::Options {
        watch: super::watch::options(common, flags.debounce, flags.poll, flags.quiet),
        address: std::net::SocketAddr::new(flags.bind, flags.port),
        open: flags.open,
    };
    crate::serve::run(config, options)?;
    Ok(Outcome::Clean)
}
