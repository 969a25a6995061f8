//! Stage timings for benchmarking: `FOLLOWUP_TRACE=1 followup build …` prints how long each
//! stage took to stderr. Off by default, and cheap when off.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("FOLLOWUP_TRACE").is_some_and(|v| !v.is_empty() && v != "0"))
}

/// Times the stages of one run.
pub struct Trace {
    last: Instant,
}

impl Trace {
    /// Starts timing.
    pub fn start() -> Trace {
        Trace { last: Instant::now() }
    }

    /// Prints a line, when tracing is on.
    pub fn note(&self, line: &str) {
        if enabled() {
            eprintln!("trace: {line}");
        }
    }

    /// Prints the time since the previous mark, labelled, when tracing is on.
    pub fn mark(&mut self, label: &str) {
        if enabled() {
            let now = Instant::now();
            eprintln!("trace: {label:<24} {:>8.1} ms", (now - self.last).as_secs_f64() * 1000.0);
            self.last = now;
        }
    }
}
