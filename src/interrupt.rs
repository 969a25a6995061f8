//! Ctrl-C and SIGTERM. A one-shot build stops at the next note, drops its temporary files and
//! exits 130; `watch` stops after the build in progress. A second Ctrl-C ends the process at once
//! (a build stuck on a slow disk); its temporary files are removed by the next build.
//!
//! The process has one handler (the `ctrlc` crate allows one), installed on first use; what it
//! does is set here.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use crate::error::Error;

/// Set by the first Ctrl-C of a one-shot command.
static STOP: AtomicBool = AtomicBool::new(false);
/// What a long-running command (`watch`) does instead.
static LISTENER: Mutex<Option<Box<dyn Fn() + Send>>> = Mutex::new(None);
static INSTALLED: OnceLock<Result<(), String>> = OnceLock::new();

/// The exit code of a command stopped by Ctrl-C (128 + SIGINT), as a shell reports it.
pub const EXIT_CODE: u8 = 130;

/// For a one-shot command: the first Ctrl-C asks it to stop (`check` then fails), the second
/// ends the process.
///
/// # Errors
/// When the handler cannot be installed.
pub fn stop_on_interrupt() -> Result<(), Error> {
    install()
}

/// For a long-running command: every Ctrl-C or SIGTERM calls `listener`.
///
/// # Errors
/// When the handler cannot be installed.
pub fn on_interrupt(listener: impl Fn() + Send + 'static) -> Result<(), Error> {
    *LISTENER.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Box::new(listener));
    install()
}

/// `Err(Error::Interrupted)` once Ctrl-C was pressed during a one-shot command.
///
/// # Errors
/// After Ctrl-C.
pub fn check() -> Result<(), Error> {
    if STOP.load(Ordering::Relaxed) { Err(Error::Interrupted) } else { Ok(()) }
}

fn install() -> Result<(), Error> {
    INSTALLED
        .get_or_init(|| ctrlc::set_handler(handle).map_err(|e| e.to_string()))
        .clone()
        .map_err(|e| Error::Refused(format!("cannot handle Ctrl-C: {e}")))
}

fn handle() {
    if let Some(listener) = LISTENER.lock().unwrap_or_else(std::sync::PoisonError::into_inner).as_ref() {
        listener();
    } else if STOP.swap(true, Ordering::Relaxed) {
        std::process::exit(i32::from(EXIT_CODE));
    }
}
