//! Writing the record: whole, note by note (`RecordWriter`: while a one-shot build runs, or from
//! what a live session keeps, `save`), or appended to for a partial build (`append_changed`).

use super::*;
use crate::diagnostic::Diagnostic;
use serde::Serialize;
use std::path::Path;

/// The record of a full build, written note by note while the build runs, in path order, so
/// that no note's record waits in memory for the end of the build. Its rows file serves as the
/// spool the dashboard is copied from (`spool`). `finish` puts it in place, then the
/// manifest that vouches for it; dropped before that, it leaves the old record as it was.
pub struct RecordWriter {
    dir: std::path::PathBuf,
    notes: crate::output::write::Pending,
    parts: crate::output::write::Pending,
    /// The index of the next note to write.
    next: usize,
    /// How many bytes `parts` holds, and where each note's entry starts in it.
    parts_len: u64,
    offsets: Vec<u64>,
    /// Notes done before their turn, by index: their `notes.json` and `parts.bin` entries.
    waiting: std::collections::BTreeMap<usize, (Vec<u8>, Option<Vec<u8>>)>,
    /// Why the record cannot be finished, once something failed.
    failed: Option<std::io::Error>,
    /// True for a record in the temporary folder, never finished (`scratch`).
    scratch: bool,
}

impl RecordWriter {
    /// Starts writing the record in `dir`.
    ///
    /// # Errors
    /// When the folder cannot be made or written.
    pub fn create(dir: &Path) -> std::io::Result<RecordWriter> {
        make_record_dir(dir)?;
        RecordWriter::open(dir)
    }

    /// A record that is never finished, in the system's temporary folder: a build that must
    /// not write the record (`--check`) still spools its rows.
    ///
    /// # Errors
    /// When the temporary folder cannot be written.
    pub fn scratch() -> std::io::Result<RecordWriter> {
        let dir = std::env::temp_dir();
        crate::temporary::remove_stale_in(&dir, Some(&[NOTES, PARTS]));
        let mut record = RecordWriter::open(&dir)?;
        record.scratch = true;
        Ok(record)
    }

    /// True for a record that is never finished: its notes need not be written.
    pub fn is_scratch(&self) -> bool {
        self.scratch
    }

    fn open(dir: &Path) -> std::io::Result<RecordWriter> {
        use std::io::Write as _;
        let mut notes = crate::output::write::Pending::create(&dir.join(NOTES), 64 << 10)?;
        notes.write_all(b"[")?;
        let mut parts = crate::output::write::Pending::create(&dir.join(PARTS), 64 << 10)?;
        parts.write_all(PARTS_HEADER)?;
        Ok(RecordWriter {
            dir: dir.to_owned(),
            notes,
            parts,
            next: 0,
            parts_len: PARTS_HEADER.len() as u64,
            offsets: Vec::new(),
            waiting: Default::default(),
            failed: None,
            scratch: false,
        })
    }

    /// The rows file as written so far, to copy rows from: the rows of the note at `index`
    /// are placed within its entry (`decode_spooled_entry`), found here by `index`.
    ///
    /// # Errors
    /// When something failed before, or the buffered rows cannot be written out.
    pub fn spool(&mut self) -> std::io::Result<crate::output::pieces::Spool<'_>> {
        if let Some(e) = &self.failed {
            return Err(std::io::Error::new(e.kind(), e.to_string()));
        }
        let (file, path) = self.parts.flushed()?;
        Ok(crate::output::pieces::Spool::file(file, path, &self.offsets))
    }

    /// Adds the record of the note at `index` (counted from 0 in path order): its `notes.json`
    /// entry and its `parts.bin` entry if it has rows. Notes may come in any order; each is
    /// written once those before it are.
    pub fn put(&mut self, index: usize, note: Vec<u8>, part: Option<&[u8]>) {
        if self.failed.is_some() {
            return;
        }
        if index != self.next {
            self.waiting.insert(index, (note, part.map(<[u8]>::to_vec)));
            return;
        }
        self.write(&note, part);
        while let Some((note, part)) = self.waiting.remove(&self.next) {
            self.write(&note, part.as_deref());
        }
    }

    /// Gives up on the record: a note at `index` has none (its build failed).
    pub fn abandon(&mut self, why: String) {
        self.failed.get_or_insert_with(|| std::io::Error::other(why));
        self.waiting.clear();
    }

    fn write(&mut self, note: &[u8], part: Option<&[u8]>) {
        use std::io::Write as _;
        let result = (|| {
            if self.next > 0 {
                self.notes.write_all(b",")?;
            }
            self.notes.write_all(note)?;
            part.map_or(Ok(()), |part| self.parts.write_all(part))
        })();
        self.offsets.push(self.parts_len);
        self.parts_len += part.map_or(0, |p| p.len() as u64);
        self.next += 1;
        if let Err(e) = result {
            self.failed = Some(e);
            self.waiting.clear();
        }
    }

    /// Puts the record in place: the notes and their rows, the build's warnings, then the
    /// manifest. `notes` is how many notes were put: a record missing one is not written.
    ///
    /// # Errors
    /// When a file cannot be written, or some note never came.
    pub fn finish(mut self, notes: usize, manifest: &Manifest, warnings: &[&Diagnostic]) -> std::io::Result<()> {
        use std::io::Write as _;
        if let Some(e) = self.failed.take() {
            return Err(e);
        }
        if self.scratch {
            return Err(std::io::Error::other("a scratch record is not kept"));
        }
        if self.next != notes || !self.waiting.is_empty() {
            return Err(std::io::Error::other(format!("{} of {notes} notes recorded", self.next)));
        }
        self.notes.write_all(b"]")?;
        let RecordWriter { dir, notes, parts, .. } = self;
        notes.commit()?;
        parts.commit()?;
        finish(&dir, manifest, warnings)
    }
}

/// Records the notes a one-shot build read again, then the manifest that says so. The delta is
/// written first: a manifest is never newer than the records it vouches for.
pub fn append_changed<P: Serialize>(
    dir: &Path,
    manifest: &Manifest,
    notes: &[Cached],
    parts: &[(&str, P)],
    warnings: &[(&str, Vec<&Diagnostic>)],
) -> std::io::Result<()> {
    append_lines(&dir.join(DELTA), notes)?;
    if !parts.is_empty() {
        use std::io::Write as _;
        let file = std::fs::OpenOptions::new().create(true).append(true).open(dir.join(PARTS_DELTA))?;
        let mut file = std::io::BufWriter::new(file);
        write_parts(&mut file, parts)?;
        file.flush()?;
    }
    append_lines(&dir.join(WARNINGS_DELTA), warnings)?;
    crate::output::write::atomic_write(&dir.join(MANIFEST), &manifest.to_bytes())
}

/// Appends one JSON line per item to the file at `path`.
pub(super) fn append_lines<T: Serialize>(path: &Path, items: &[T]) -> std::io::Result<()> {
    use std::io::Write as _;
    if items.is_empty() {
        return Ok(());
    }
    let mut lines = Vec::new();
    for item in items {
        serde_json::to_writer(&mut lines, item).map_err(std::io::Error::other)?;
        lines.push(b'\n');
    }
    std::fs::OpenOptions::new().create(true).append(true).open(path)?.write_all(&lines)
}

/// Writes the whole record of notes kept in memory (a live session's), the way a one-shot build
/// writes it note by note: through a `RecordWriter`. Failing to write it costs only speed next
/// time, so errors are returned for the caller to ignore or report. `parts` are the rows of the
/// notes that have any, in the notes' order.
pub fn save<P: Serialize>(
    dir: &Path,
    manifest: &Manifest,
    warnings: &[&Diagnostic],
    notes: &[&Cached],
    parts: &[(&str, P)],
) -> std::io::Result<()> {
    let mut writer = RecordWriter::create(dir)?;
    let mut parts = parts.iter().peekable();
    for (i, note) in notes.iter().enumerate() {
        let part = parts.next_if(|(rel, _)| *rel == note.rel).map(|(rel, part)| part_entry(rel, part)).transpose()?;
        writer.put(i, note_entry(note), part.as_deref());
    }
    writer.finish(notes.len(), manifest, warnings)
}

/// Ends writing a whole record, once its notes and rows are in place: the warnings, the deltas
/// folded in (removed), and last the manifest.
pub(super) fn finish(dir: &Path, manifest: &Manifest, warnings: &[&Diagnostic]) -> std::io::Result<()> {
    // The warnings are written while the manifest is encoded; the manifest goes last.
    let manifest = std::thread::scope(|scope| {
        let bytes = scope.spawn(|| manifest.to_bytes());
        crate::output::write::atomic_write_with(&dir.join(WARNINGS), |w| json(w, &warnings))?;
        Ok::<_, std::io::Error>(bytes.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })?;
    for delta in [DELTA, PARTS_DELTA, WARNINGS_DELTA] {
        match std::fs::remove_file(dir.join(delta)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    crate::output::write::atomic_write(&dir.join(MANIFEST), &manifest)
}

/// Makes the record's folder, with a `.gitignore` that keeps it out of git.
fn make_record_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        crate::output::write::atomic_write(
            &ignore,
            b"# followup's build record: safe to delete, never committed.\n*\n",
        )?;
    }
    Ok(())
}
