//! Scan stage: finds the notes under the notes folder and reads them.
//!
//! `find` walks the folder (walkdir) and returns candidate paths with their size and modification
//! time, sorted by path, so later stages can decide what to read again. `read` turns one path into
//! a `Source`, reporting files that are not UTF-8, empty, too large or unreadable as diagnostics.
//! Hidden files and folders, followup's own outputs and the configured skips never become notes.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use walkdir::WalkDir;

use crate::diagnostic::{Diagnostic, Position};
use crate::pipeline::skip::Skip;

/// Notes larger than this are reported and skipped: no interview note is a megabyte of text.
pub const MAX_NOTE_BYTES: u64 = 1024 * 1024;

/// Suffix of the draft written beside each note.
pub const DRAFT_SUFFIX: &str = ".followup.md";

/// Name of the Markdown dashboard at the root of the notes folder.
pub const DASHBOARD_MD: &str = "DASHBOARD.md";

/// Name of the HTML dashboard at the root of the notes folder.
pub const DASHBOARD_HTML: &str = "dashboard.html";

/// A note (`.md`, `.txt`, `.org` or `.tex`) or a draft found under the notes folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Path relative to the notes folder, with `/` separators.
    pub rel: String,
    pub abs: PathBuf,
    pub size: u64,
    pub modified: Option<SystemTime>,
}

impl Entry {
    /// An entry for `rel` as a recorded stamp describes it.
    pub fn from_stamp(root: &Path, rel: &str, stamp: Stamp) -> Entry {
        let modified = SystemTime::UNIX_EPOCH + std::time::Duration::new(stamp.secs, stamp.nanos);
        Entry { rel: rel.to_owned(), abs: root.join(rel), size: stamp.size, modified: Some(modified) }
    }

    /// The file's size and modification time, to tell whether it changed since last time.
    pub fn stamp(&self) -> Stamp {
        Stamp::new(self.size, self.modified)
    }
}

/// A file's size and modification time. Equal stamps mean "very probably unchanged"; followup
/// reads a file again whenever its stamp differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize, serde::Deserialize)]
pub struct Stamp {
    pub size: u64,
    pub secs: u64,
    pub nanos: u32,
}

impl Stamp {
    /// A stamp from a size and a modification time.
    pub fn new(size: u64, modified: Option<SystemTime>) -> Stamp {
        let since = modified.and_then(|m| m.duration_since(SystemTime::UNIX_EPOCH).ok()).unwrap_or_default();
        Stamp { size, secs: since.as_secs(), nanos: since.subsec_nanos() }
    }

    /// The stamp of the file at `path`, if it exists.
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp::new(meta.len(), meta.modified().ok()))
    }
}

/// A note's path and text.
#[derive(Debug, Clone)]
pub struct Source {
    /// Path relative to the notes folder, with `/` separators.
    pub rel: String,
    /// The text, without a byte-order mark.
    pub text: String,
    /// The day (UTC) the file was last saved, when known: the year of a note whose name gives
    /// a day without one (`nov19 screen.md`).
    pub saved: Option<jiff::civil::Date>,
    /// How the file names of the note's folder write their days, when every one that reads one
    /// way only agrees: day first (`24-11-26`, true) or month first. It reads a day in the
    /// note's own name that reads two ways (`10-11-26`).
    pub day_first: Option<bool>,
    /// The writer's own name (`followup.toml`'s `[sender] name`), when set: never one they met.
    pub writer: Option<String>,
}

/// What `find` saw: candidate notes, and the drafts that already exist.
#[derive(Debug, Default)]
pub struct Found {
    pub notes: Vec<Entry>,
    /// Existing drafts (`*.followup.md`).
    pub drafts: Vec<Entry>,
    /// Folders or files that could not be read while walking.
    pub problems: Vec<Diagnostic>,
    /// followup's own temporary files (`output::temporary`), of this or another process.
    pub temporaries: Vec<PathBuf>,
}

/// Walks `root` and returns every candidate note and existing draft, sorted by path.
pub fn find(root: &Path, skip: &Skip) -> Found {
    find_in(root, root, skip)
}

/// Like `find`, for the folder `start` inside `root` only (paths stay relative to `root`).
///
/// The folders directly under `start` are walked on all cores, and each file is stat'ed where
/// it is found: listing and stat'ing 10,000 notes in 1,250 folders is most of a rebuild that
/// finds nothing changed.
pub fn find_in(root: &Path, start: &Path, skip: &Skip) -> Found {
    let mut found = Found::default();
    let mut folders = Vec::new();
    let top = WalkDir::new(start).max_depth(1).into_iter();
    for entry in top.filter_entry(|e| e.depth() == 0 || !is_hidden(e) || is_temporary(e)) {
        match entry {
            Ok(entry) if entry.depth() == 1 && entry.file_type().is_dir() => folders.push(entry.into_path()),
            entry => add(root, entry, skip, &mut found),
        }
    }
    let walked = crate::par::par_map(&folders, |folder| {
        let mut found = Found::default();
        for entry in WalkDir::new(folder).into_iter().filter_entry(|e| !is_hidden(e) || is_temporary(e)) {
            add(root, entry, skip, &mut found);
        }
        found
    });
    for part in walked {
        found.notes.extend(part.notes);
        found.drafts.extend(part.drafts);
        found.problems.extend(part.problems);
        found.temporaries.extend(part.temporaries);
    }
    // Folders are listed in whatever order the file system keeps; later stages line notes up
    // by their whole path (`a-b/c.md` comes before `a/b.md`), so everything is sorted by that.
    found.notes.sort_by(|a, b| a.rel.cmp(&b.rel));
    found.drafts.sort_by(|a, b| a.rel.cmp(&b.rel));
    found.problems.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    found
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.file_name().to_string_lossy().starts_with('.')
}

/// A hidden file that may be one of followup's temporary files, left by a build that died.
fn is_temporary(entry: &walkdir::DirEntry) -> bool {
    entry.file_type().is_file() && entry.file_name().to_string_lossy().ends_with(crate::temporary::SUFFIX)
}

/// Adds what the walk found, a note or a draft with its stamp, or a folder it could not read.
fn add(root: &Path, entry: walkdir::Result<walkdir::DirEntry>, skip: &Skip, found: &mut Found) {
    let entry = match entry {
        Ok(entry) => entry,
        Err(err) => {
            let rel = err.path().map_or_else(String::new, |p| relative(root, p));
            found.problems.push(Diagnostic::error(&rel, Position::FILE, format!("cannot read: {err}")));
            return;
        }
    };
    if !entry.file_type().is_file() && !entry.path_is_symlink() {
        return;
    }
    if entry.depth() > 0 && is_hidden(&entry) {
        found.temporaries.push(entry.into_path());
        return;
    }
    // A name that is not UTF-8 cannot be written back exactly (its draft's name, a link to it):
    // such a note is skipped, its name shown with the odd bytes escaped.
    if entry.path().strip_prefix(root).unwrap_or(entry.path()).to_str().is_none() {
        if is_note_file(entry.path()) {
            let shown = escaped(entry.path().strip_prefix(root).unwrap_or(entry.path()));
            found.problems.push(
                Diagnostic::warning(&shown, Position::FILE, "the file's name is not UTF-8 text: skipped")
                    .with_help("rename the file with letters your system writes as UTF-8"),
            );
        }
        return;
    }
    let rel = relative(root, entry.path());
    let list = match kind_of(&rel, skip) {
        Some(FileKind::Note) => &mut found.notes,
        Some(FileKind::Draft) => &mut found.drafts,
        Some(FileKind::Dashboard) | None => return,
    };
    let meta = std::fs::metadata(entry.path()).ok();
    // A FIFO, a socket or a device (or a link to one) is never opened: reading it could block.
    if meta.as_ref().is_some_and(|m| !m.is_file()) {
        found.problems.push(
            Diagnostic::warning(&rel, Position::FILE, "not a regular file (a pipe, socket or device): skipped")
                .with_help("notes are plain files; move this out of the notes folder or add it to `skip`"),
        );
        return;
    }
    list.push(Entry {
        size: meta.as_ref().map_or(0, std::fs::Metadata::len),
        modified: meta.and_then(|m| m.modified().ok()),
        abs: entry.into_path(),
        rel,
    });
}

/// What a path under the notes folder is to followup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileKind {
    /// A Markdown or plain-text file that may be a note.
    Note,
    /// A draft followup writes (`*.followup.md`).
    Draft,
    /// `DASHBOARD.md` or `dashboard.html` at the root.
    Dashboard,
}

/// What the file at `rel` (relative to the notes folder) is; `None` for files followup never
/// reads: not Markdown, hidden, or matched by a `skip` pattern.
pub fn kind_of(rel: &str, skip: &Skip) -> Option<FileKind> {
    if rel == DASHBOARD_MD || rel == DASHBOARD_HTML {
        return Some(FileKind::Dashboard);
    }
    if !is_note_name(rel) || rel.split('/').any(|part| part.starts_with('.')) || skip.matches(rel) {
        return None;
    }
    // (A plain-text file is a note in a folder under the notes folder, as a company's notes are
    // kept: one at its top is more often a list, a key or a letter than an interview's notes; a
    // LaTeX file there, a CV.)
    if is_kept_in_folders(rel) && !rel.contains('/') {
        return None;
    }
    Some(if rel.ends_with(DRAFT_SUFFIX) { FileKind::Draft } else { FileKind::Note })
}

/// True when `root` holds a candidate note anywhere (hidden folders aside); stops at the first.
pub fn has_notes(root: &Path) -> bool {
    WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .any(|e| {
            e.file_type().is_file() && kind_of(&relative(root, e.path()), &Skip::default()) == Some(FileKind::Note)
        })
}

/// The path of `path` relative to `root`, with `/`; `None` when it is not inside `root`.
pub fn relative_to(root: &Path, path: &Path) -> Option<String> {
    Some(slashed(path.strip_prefix(root).ok()?))
}

/// Reads a note.
///
/// # Errors
/// A diagnostic when the file cannot be read, is too large, is empty or is not UTF-8.
pub fn read(entry: &Entry) -> Result<Source, Diagnostic> {
    let rel = &entry.rel;
    if entry.size > MAX_NOTE_BYTES {
        return Err(too_large(rel, entry.size));
    }
    // Read up to the size the scan saw (and a little more, to find the end), without asking
    // the file's size again as `fs::read` does.
    let read = || -> std::io::Result<Vec<u8>> {
        use std::io::Read as _;
        let mut bytes = Vec::with_capacity(usize::try_from(entry.size).unwrap_or(0).saturating_add(1));
        crate::files::open_regular(&entry.abs)?.take(MAX_NOTE_BYTES + 1).read_to_end(&mut bytes)?;
        Ok(bytes)
    };
    let bytes = read().map_err(|e| Diagnostic::error(rel, Position::FILE, format!("cannot read the file: {e}")))?;
    if bytes.len() as u64 > MAX_NOTE_BYTES {
        return Err(too_large(rel, bytes.len() as u64));
    }
    let mut source = source_from_bytes(rel, bytes)?;
    source.saved = entry.modified.and_then(|m| {
        let days = i64::try_from(m.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_secs() / 86_400).ok()?;
        jiff::civil::date(1970, 1, 1).checked_add(jiff::Span::new().try_days(days).ok()?).ok()
    });
    Ok(source)
}

fn too_large(rel: &str, size: u64) -> Diagnostic {
    Diagnostic::error(
        rel,
        Position::FILE,
        format!("file is too large ({} KiB); notes over {} KiB are skipped", size / 1024, MAX_NOTE_BYTES / 1024),
    )
    .with_help("split it into one note per interview, or add it to `skip` in followup.toml")
}

/// Turns a file's bytes into a `Source`, checking that they are non-empty UTF-8.
pub fn source_from_bytes(rel: &str, bytes: Vec<u8>) -> Result<Source, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.as_bytes();
            let good = err.utf8_error().valid_up_to();
            let before = String::from_utf8_lossy(&bytes[..good]);
            let pos = Position::of_offset(&before, good);
            return Err(Diagnostic::error(rel, pos, "file is not valid UTF-8 text")
                .with_help("save the note as UTF-8 in your editor"));
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(Diagnostic::warning(rel, Position::FILE, "file is empty"));
    }
    Ok(Source { rel: rel.to_owned(), text, saved: None, day_first: None, writer: None })
}

/// The extensions of the files that may be notes: Markdown, plain text (a note kept in a plain
/// editor, an email saved as text), an Emacs user's org-mode and a LaTeX user's document.
pub const NOTE_EXTENSIONS: &[&str] = &["md", "txt", "org", "tex"];

/// True for an extension a note may have, in any case (`MD`, `Txt`).
fn is_note_extension(ext: &str) -> bool {
    NOTE_EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e))
}

/// A name split at its note extension: `a/b.md` → (`a/b`, `md`); nothing for any other name.
fn split_note_extension(name: &str) -> Option<(&str, &str)> {
    name.rsplit_once('.').filter(|(_, ext)| is_note_extension(ext))
}

/// True for a `.txt` or `.tex` name, in any case: a note only in a folder of the notes folder.
fn is_kept_in_folders(rel: &str) -> bool {
    split_note_extension(rel).is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("txt") || ext.eq_ignore_ascii_case("tex"))
}

/// True for a note whose file has no front matter for followup to write into: org-mode and
/// LaTeX, whose programs would read a `---` block as their own text.
pub fn has_no_front_matter(rel: &str) -> bool {
    split_note_extension(rel).is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("org") || ext.eq_ignore_ascii_case("tex"))
}

/// True for a name that may be a note's (`NOTE_EXTENSIONS`), in any case (`Final.MD`).
pub fn is_note_name(rel: &str) -> bool {
    split_note_extension(rel).is_some()
}

/// A file's name without its note extension: `2026-11-18 brightwater.md` → `2026-11-18
/// brightwater`, `LTP notes.txt` → `LTP notes`; what its words and days are read from.
pub fn without_note_extension(name: &str) -> &str {
    split_note_extension(name).map_or(name, |(stem, _)| stem)
}

/// The draft path beside a note: `a/b.md` → `a/b.followup.md`; any other note keeps its
/// extension, `a/b.txt` → `a/b.txt.followup.md`, so that every draft names its one note.
pub fn draft_path(note_rel: &str) -> String {
    format!("{}{DRAFT_SUFFIX}", note_stem(note_rel))
}

/// The note a draft belongs to: `a/b.followup.md` → `a/b.md`, `a/b.txt.followup.md` → `a/b.txt`.
pub fn note_of_draft(draft_rel: &str) -> String {
    let stem = draft_stem(draft_rel);
    if is_note_name(stem) { stem.to_owned() } else { format!("{stem}.md") }
}

/// The part of a note's path its draft's name starts with (`draft_stem` of its draft): `a/b.md`
/// → `a/b`; the whole path for a plain-text note (`a/b.txt`) and for a Markdown note whose name
/// ends in a note's extension once `.md` is cut (`a/b.txt.md`).
pub fn note_stem(note_rel: &str) -> &str {
    match note_rel.strip_suffix(".md") {
        Some(stem) if !is_note_name(stem) => stem,
        _ => note_rel,
    }
}

/// The path of a draft without its suffix: `a/b.followup.md` → `a/b`.
pub fn draft_stem(draft_rel: &str) -> &str {
    draft_rel.strip_suffix(DRAFT_SUFFIX).unwrap_or(draft_rel)
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    // Paths the walk made are already written with `/` between clean components on Unix.
    #[cfg(unix)]
    if let Some(text) = rel.to_str().filter(|t| !t.contains("//") && !t.ends_with('/')) {
        return text.to_owned();
    }
    slashed(rel)
}

/// True for a file that may be a note (`is_note_name`).
fn is_note_file(path: &Path) -> bool {
    path.extension().and_then(std::ffi::OsStr::to_str).is_some_and(is_note_extension)
}

/// A path that is not UTF-8, shown with its odd bytes escaped (`a\xff.md`).
fn escaped(path: &Path) -> String {
    path.as_os_str().as_encoded_bytes().escape_ascii().to_string()
}

/// A relative path written with `/`, whatever the platform.
pub fn slashed(rel: &Path) -> String {
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draft_paths_sit_beside_their_notes() {
        assert_eq!(draft_path("acme/2026-10-01-final.md"), "acme/2026-10-01-final.followup.md");
        assert_eq!(note_of_draft("acme/2026-10-01-final.followup.md"), "acme/2026-10-01-final.md");
        // A plain-text note keeps its extension in its draft's name, so each draft names one note.
        for note in ["acme/Fwd_ notes.txt", "acme/notes.txt.md", "acme/a.md.md", "acme/b.MD"] {
            assert_eq!(note_of_draft(&draft_path(note)), note, "{note}");
        }
        assert_eq!(draft_path("acme/Fwd_ notes.txt"), "acme/Fwd_ notes.txt.followup.md");
        assert_ne!(draft_path("acme/notes.txt.md"), draft_path("acme/notes.txt"));
        assert_eq!(kind_of("acme/notes.txt", &Skip::default()), Some(FileKind::Note));
        assert_eq!(kind_of("acme/notes.txt.followup.md", &Skip::default()), Some(FileKind::Draft));
        assert_eq!(kind_of("acme/notes.rtf", &Skip::default()), None);
        assert_eq!(kind_of("todo.txt", &Skip::default()), None, "plain text at the top is no note");
        assert_eq!(kind_of("todo.md", &Skip::default()), Some(FileKind::Note));
        assert_eq!(without_note_extension("LTP 面试 记录.txt"), "LTP 面试 记录");
    }

    #[test]
    fn invalid_utf8_points_at_the_first_bad_byte() {
        let err = source_from_bytes("n.md", b"ok\nab\xffc".to_vec()).unwrap_err();
        assert_eq!((err.line, err.column), (2, 3));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let s = source_from_bytes("n.md", "\u{feff}---\n".as_bytes().to_vec()).unwrap();
        assert_eq!(s.text, "---\n");
    }

    #[test]
    fn notes_come_sorted_by_their_whole_path() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["a/b.md", "a-b/c.md", "a/b.followup.md", "a-b/c.followup.md", ".hidden/x.md", "DASHBOARD.md"] {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let found = find(dir.path(), &Skip::default());
        let notes: Vec<&str> = found.notes.iter().map(|e| e.rel.as_str()).collect();
        let drafts: Vec<&str> = found.drafts.iter().map(|e| e.rel.as_str()).collect();
        assert_eq!(notes, ["a-b/c.md", "a/b.md"]);
        assert_eq!(drafts, ["a-b/c.followup.md", "a/b.followup.md"]);
        assert!(found.notes.iter().all(|e| e.size == 1), "every entry is stat'ed");
    }

    #[test]
    fn blank_files_are_reported_as_empty() {
        let err = source_from_bytes("n.md", b" \n\n".to_vec()).unwrap_err();
        assert_eq!(err.message, "file is empty");
    }
}
