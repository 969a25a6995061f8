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

    /// Prints the time since the previous mark, labelled, when tracing is on, with the process's
    /// resident memory and its peak so far where the system tells them (Linux).
    pub fn mark(&mut self, label: &str) {
        if enabled() {
            let now = Instant::now();
            eprintln!("trace: {label:<24} {:>8.1} ms{}", (now - self.last).as_secs_f64() * 1000.0, memory());
            self.last = now;
        }
    }
}

/// `  rss 12.3 MiB, peak 45.6 MiB`, from `/proc/self/status`; empty where there is none.
fn memory() -> String {
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else { return String::new() };
    let kib = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
    };
    match (kib("VmRSS:"), kib("VmHWM:")) {
        (Some(rss), Some(peak)) => format!("  rss {:.1} MiB, peak {:.1} MiB", rss / 1024.0, peak / 1024.0),
        _ => String::new(),
    }
}
