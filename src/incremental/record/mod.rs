//! The build record: what each note yielded last time, kept in `.followup/` in the notes folder.
//!
//! A rebuild compares every note's size and modification time with the record and reads again
//! only the notes that changed; when nothing at all changed (notes, drafts, dashboard, settings,
//! theme and today), it writes nothing and reports from the record alone. The record is never
//! trusted over the notes: a different stamp means the note is read again, and a record that is
//! missing, unreadable or from another version or configuration is ignored. Deleting the folder
//! is always safe. It holds a `.gitignore` of its own, so git never sees it.
//!
//! Files: `manifest.bin` (stamps, and per note hashes of its dashboard rows and of what was
//! reported about it; binary, as it is read on every build), `notes.json` (what each note
//! yielded), `parts.bin` (each note's rendered dashboard rows), `warnings.json`. A one-shot
//! full build writes `notes.json` and `parts.bin` while it builds (`RecordWriter`), and copies
//! the dashboard's rows back from `parts.bin`; one that reads only a few notes appends to the
//! `*.delta.*` files beside them instead of rewriting the whole record; a full build folds the
//! deltas back in. Every file is written whole by a rename or appended to, and each is checked
//! against the notes and the manifest before use, so a write cut short costs only time.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

mod manifest;
mod rows;
mod writer;

pub use manifest::{Manifest, Recorded};
pub use rows::*;
pub use writer::*;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::hash::Fnv;
use crate::output::fingerprint::State;
use crate::pipeline::scan::Stamp;
use crate::pipeline::{Loaded, LoadedKind};
use crate::render::theme;

/// Binary (postcard), after a header line: read on every build, it must be quick to read.
const MANIFEST: &str = "manifest.bin";
const MANIFEST_HEADER: &[u8] = b"followup manifest 2\n";
const NOTES: &str = "notes.json";
const WARNINGS: &str = "warnings.json";
/// The warnings of notes read again by one-shot builds since: one line per note, its path and
/// its warnings, in place of what `warnings.json` holds for that path.
const WARNINGS_DELTA: &str = "warnings.delta.jsonl";
/// Notes read again by one-shot builds since `notes.json` was last written whole: one JSON
/// record per line, later lines winning. A full build folds it back into `notes.json`.
const DELTA: &str = "notes.delta.jsonl";
/// Each note's rendered rows of the dashboard, with what they were made from, so that a
/// rebuild renders only the rows of the notes that changed. Later entries of the delta win.
/// Binary (postcard): a header line, then for each note the length of its entry (4 bytes,
/// little-endian) and the entry, its path and rows, so that entries can be decoded on all cores
/// and their rows read in place.
const PARTS: &str = "parts.bin";
const PARTS_DELTA: &str = "parts.delta.bin";
const PARTS_HEADER: &[u8] = b"followup dashboard rows 3\n";

impl Counts {
    /// Counts one more file of `kind` (or one fewer, when `by` is -1).
    pub fn add(&mut self, kind: LoadedKind, by: isize) {
        let n = match kind {
            LoadedKind::Note => &mut self.notes,
            LoadedKind::Skipped => &mut self.skipped,
            LoadedKind::Failed => &mut self.failed,
        };
        *n = n.saturating_add_signed(by);
    }
}

/// A hash of what a build reported about one note.
pub fn reported_hash<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> u64 {
    let mut hash = Fnv::default();
    for d in diagnostics {
        let Diagnostic { severity, path, line, column, message, help, about_build } = d;
        hash.write(&[*severity as u8]);
        for text in [path, message] {
            hash.write(text.as_bytes());
            hash.write(&[0]);
        }
        hash.write(&(*line as u64).to_le_bytes());
        hash.write(&(*column as u64).to_le_bytes());
        if let Some(help) = help {
            hash.write(help.as_bytes());
        }
        hash.write(&[u8::from(help.is_some()), u8::from(*about_build)]);
    }
    hash.0
}

/// How many files were notes, other files, or broken.
#[derive(Debug, Default, Clone, Copy, Serialize, Deserialize)]
pub struct Counts {
    pub notes: usize,
    pub skipped: usize,
    pub failed: usize,
}

/// What one note yielded, with the stamps that make it reusable.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cached {
    pub rel: String,
    pub stamp: Stamp,
    /// A hash of what its folder's earlier notes told it (`pipeline::memory::heard`): it is read
    /// again when that changes, even if its own file did not.
    #[serde(default)]
    pub heard: u64,
    pub loaded: Loaded,
    pub diagnostics: Vec<Diagnostic>,
    /// The draft as followup left it: its stamp and whether it was still followup's.
    pub draft: Option<(Stamp, State)>,
    /// The `mailto:` links of the note's emails, for the dashboard.
    #[serde(default)]
    pub links: crate::letters::mail::Links,
}

/// The record's identity: a record made by another version, settings or theme is not reused.
///
/// "Version" includes the executable itself (its size and modification time): a build of
/// followup that words letters differently must not trust what another build wrote, even when
/// both say 0.1.0.
pub fn key(config: &Config) -> String {
    let mut hash = Fnv::default();
    hash.write(env!("CARGO_PKG_VERSION").as_bytes());
    if let Some(stamp) = std::env::current_exe().ok().and_then(|exe| Stamp::of(&exe)) {
        hash.write(&stamp.size.to_le_bytes());
        hash.write(&stamp.secs.to_le_bytes());
        hash.write(&stamp.nanos.to_le_bytes());
    }
    for (name, text) in theme::DEFAULT {
        hash.write(name.as_bytes());
        hash.write(text.as_bytes());
    }
    if let Some(file) = &config.config_file {
        hash.write(&crate::files::read_regular(file).unwrap_or_default());
    }
    if let Some(dir) = &config.theme_dir {
        let mut files: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            hash.write(file.to_string_lossy().as_bytes());
            hash.write(&crate::files::read_regular(&file).unwrap_or_default());
        }
    }
    format!("{:016x}", hash.0)
}

/// Reads the warnings of the recorded build.
pub fn load_warnings(dir: &Path) -> Vec<Diagnostic> {
    let mut warnings: Vec<Diagnostic> =
        std::fs::read(dir.join(WARNINGS)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    let delta = std::fs::read(dir.join(WARNINGS_DELTA)).unwrap_or_default();
    let lines: Vec<(String, Vec<Diagnostic>)> =
        delta.split(|b| *b == b'\n').filter_map(|line| serde_json::from_slice(line).ok()).collect();
    if !lines.is_empty() {
        for (path, reported) in lines {
            warnings.retain(|d| d.path != path);
            warnings.extend(reported);
        }
        warnings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        warnings.dedup();
    }
    warnings
}

/// Reads what each note yielded last time, keyed by path; empty when the record does not apply.
/// Records of notes read again since (the delta) replace the older ones; a line that cannot be
/// read (a write cut short) is skipped, which costs only a note read again.
pub fn load_notes(dir: &Path, manifest: Option<&Manifest>, key: &str) -> HashMap<String, Cached> {
    if manifest.is_none_or(|m| m.key != key) {
        return HashMap::new();
    }
    let Ok(bytes) = std::fs::read(dir.join(NOTES)) else { return HashMap::new() };
    let notes: Vec<Cached> = serde_json::from_slice(&bytes).unwrap_or_default();
    let mut notes: HashMap<String, Cached> = notes.into_iter().map(|c| (c.rel.clone(), c)).collect();
    let delta = std::fs::read(dir.join(DELTA)).unwrap_or_default();
    for line in delta.split(|b| *b == b'\n') {
        if let Ok(c) = serde_json::from_slice::<Cached>(line) {
            notes.insert(c.rel.clone(), c);
        }
    }
    notes
}

/// True when a delta has grown past a quarter of its whole record (and past a size that is
/// quick to read anyway), so that a full build should fold it in.
pub fn delta_is_large(dir: &Path) -> bool {
    let len = |name| std::fs::metadata(dir.join(name)).map_or(0, |m| m.len());
    let large = |delta, whole| len(delta) > (len(whole) / 4).max(1 << 20);
    large(DELTA, NOTES) || large(PARTS_DELTA, PARTS) || large(WARNINGS_DELTA, WARNINGS)
}

/// A value that fills `bytes` exactly (postcard: the manifest, a rows entry); `None` when they
/// are short, malformed or followed by more, as a write cut short leaves them.
pub(super) fn from_whole<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Option<T> {
    let (value, rest) = postcard::take_from_bytes(bytes).ok()?;
    rest.is_empty().then_some(value)
}

pub(super) fn json<T: Serialize + ?Sized>(w: &mut dyn std::io::Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer(w, value).map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests;
