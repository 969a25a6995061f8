//! What the fuzz targets share: turning fuzzer bytes into a note as `scan` would, a pinned
//! configuration, and the invariants every diagnostic must keep.
//!
//! The targets live in `fuzz_targets/`; FUZZING.md at the repository root says how to run them.

use std::path::PathBuf;

use followup::config::{Config, Sender};
use followup::diagnostic::Diagnostic;
use followup::pipeline::scan::{self, Source};
use followup::pipeline::skip::Skip;

/// The path every fuzzed note has: a date in the file name, as real notes have, so the date
/// rules that read it run too.
pub const REL: &str = "acme/2026-10-20-onsite.md";

/// The note `scan` would make of a file holding `data`; `None` when scan would refuse it (not
/// UTF-8, empty, a byte-order mark only).
pub fn source(data: &[u8]) -> Option<Source> {
    scan::source_from_bytes(REL, data.to_vec()).ok()
}

/// The highest line a position in `text` may name: the line after a final newline.
pub fn max_line(text: &str) -> usize {
    1 + text.bytes().filter(|&b| b == b'\n').count()
}

/// Checks that a diagnostic about `text` points inside it and renders, with its snippet, without
/// panicking.
pub fn check_diagnostic(text: &str, d: &Diagnostic) {
    assert!(d.line <= max_line(text), "{}: line {} past the end ({} lines)", d.message, d.line, max_line(text));
    assert!(!d.message.is_empty(), "a diagnostic without a message");
    let plain = d.render(Some(text), false);
    assert!(!plain.is_empty());
    let _ = d.render(Some(text), true);
    let _ = d.to_string();
}

/// The configuration of `content/` (a sender with name, address and phone), today pinned, and
/// no theme folder: drafts come from the default theme built into the binary.
pub fn config() -> Config {
    Config {
        notes_dir: PathBuf::from("/nonexistent/followup-fuzz"),
        config_file: None,
        theme_dir: None,
        sender: Sender {
            name: Some("Sam Rivera".to_owned()),
            email: Some("sam@samrivera.dev".to_owned()),
            phone: Some("+1 415 555 0134".to_owned()),
            signature: None,
        },
        thank_you_days: 1,
        follow_up_days: 14,
        stale_after_days: 30,
        not_yet_emailed: None,
        skip: Skip::default(),
        today: followup::config::resolve_today(Some("2026-10-27")).expect("a valid date"),
        cache_dir: PathBuf::from("/nonexistent/followup-fuzz/.followup"),
        holidays: Vec::new(),
        day_first: false,
    }
}
