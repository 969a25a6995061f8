//! The `followup` binary: parse the command line, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = followup::cli::Cli::parse();
    match followup::run(cli) {
        Ok(outcome) => ExitCode::from(outcome as u8),
        Err(err) => {
            eprintln!("followup: error: {err}");
            ExitCode::from(2)
        }
    }
}
