//! The pipeline that every command drives: scan → read → parse → extract → plan.
//!
//! Notes are independent until the dashboard, so they are processed in parallel on scoped
//! threads, each worker taking whole notes; results come back sorted by path, so the output never
//! depends on scheduling. `build` adds render and write per note inside the same workers, which
//! keeps each note's text in memory only while that note is being worked on.

pub mod extract;
pub mod parse;
pub mod plan;
pub mod salvage;
pub mod scan;
pub mod skip;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use extract::Outcome;
use plan::Planned;
use scan::Entry;

/// What became of one file.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Loaded {
    /// An interview note, planned.
    Note(Box<Planned>),
    /// Not an interview note, and why.
    Skipped(String),
    /// An interview note (or a file) that could not be read; the diagnostics say why.
    Failed,
}

/// What a file turned out to be, without what it yielded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LoadedKind {
    Note,
    Skipped,
    Failed,
}

impl Loaded {
    /// What the file turned out to be.
    pub fn kind(&self) -> LoadedKind {
        match self {
            Loaded::Note(_) => LoadedKind::Note,
            Loaded::Skipped(_) => LoadedKind::Skipped,
            Loaded::Failed => LoadedKind::Failed,
        }
    }
}

/// One file's outcome and diagnostics.
#[derive(Debug)]
pub struct Item {
    pub rel: String,
    pub loaded: Loaded,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads, parses, extracts and plans one note.
///
/// A rule that panics on a note (a bug: followup means never to) fails that note only, with an
/// error that asks for a report; the other notes are built. The panic's message is printed too.
pub fn load(entry: &Entry, config: &Config) -> (Loaded, Vec<Diagnostic>) {
    let load = std::panic::AssertUnwindSafe(|| load_unguarded(entry, config));
    std::panic::catch_unwind(load).unwrap_or_else(|_| {
        let message = "followup failed on this note (a bug in followup, not in the note: please report it with \
                       the note, or the lines that set it off); the other notes are built";
        (Loaded::Failed, vec![Diagnostic::error(&entry.rel, crate::diagnostic::Position::FILE, message)])
    })
}

fn load_unguarded(entry: &Entry, config: &Config) -> (Loaded, Vec<Diagnostic>) {
    let source = match scan::read(entry) {
        Ok(source) => source,
        Err(d) => return (Loaded::Failed, vec![d]),
    };
    let doc = match crate::pipeline::parse::parse(&source) {
        Ok(doc) => doc,
        Err(d) => return (Loaded::Failed, vec![d]),
    };
    let extracted = extract::extract(&source, &doc);
    let mut diagnostics = extracted.diagnostics;
    let loaded = match extracted.outcome {
        Outcome::Note(note) => {
            let planned = plan::plan(*note, config);
            diagnostics.extend(planned.warnings.iter().cloned());
            Loaded::Note(Box::new(planned))
        }
        Outcome::Skipped(reason) => Loaded::Skipped(reason),
        Outcome::Failed => Loaded::Failed,
    };
    (loaded, diagnostics)
}

/// Loads every entry, in parallel; the items keep the order of `entries` (sorted by path).
pub fn run(entries: &[Entry], config: &Config) -> Vec<Item> {
    par_map(entries, |entry| {
        let (loaded, diagnostics) = load(entry, config);
        Item { rel: entry.rel.clone(), loaded, diagnostics }
    })
}

pub use crate::par::par_map;
