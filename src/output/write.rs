//! Write stage: puts rendered files on disk, changing only what must change.
//!
//! A file whose bytes are already right is not touched (so a rebuild with nothing changed writes
//! nothing and leaves modification times alone). Every write goes to a hidden temporary file in
//! the same folder, then is renamed over the target, so a reader never sees half a file. Drafts
//! the user has edited are never overwritten or deleted. With `check`, nothing is written and the
//! report says what would have been.

use std::path::Path;

use crate::output::fingerprint::{self, State};

/// What happened (or, in check mode, would happen) to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    Created,
    Updated,
    Unchanged,
    /// An edited draft left as the user made it.
    Kept,
    Removed,
}

/// The outcome for one path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub rel: String,
    pub action: Action,
}

/// Writes a generated draft unless the user has edited the one on disk. Returns what happened
/// and, when it was written, the new file's metadata (taken from the file as it was written:
/// asking the path again costs a lookup per draft).
///
/// # Errors
/// When the file cannot be read or written.
pub fn draft(
    root: &Path,
    rel: &str,
    sealed: &str,
    check: bool,
) -> std::io::Result<(Action, Option<std::fs::Metadata>)> {
    let path = root.join(rel);
    match read_existing(&path)? {
        None => write_new(&path, sealed.as_bytes(), check).map(|meta| (Action::Created, meta)),
        Some(old) if old == sealed.as_bytes() => Ok((Action::Unchanged, None)),
        Some(old) if fingerprint::state(&String::from_utf8_lossy(&old)) == State::Edited => Ok((Action::Kept, None)),
        Some(_) => write_new(&path, sealed.as_bytes(), check).map(|meta| (Action::Updated, meta)),
    }
}

/// The draft at `rel` as a build leaves it: the text on disk once the user edited it, else
/// `sealed` (what the build writes there).
///
/// # Errors
/// When the file cannot be read.
pub fn draft_as_built(root: &Path, rel: &str, sealed: &str) -> std::io::Result<String> {
    Ok(match read_existing(&root.join(rel))? {
        Some(old) => {
            let old = String::from_utf8_lossy(&old).into_owned();
            if fingerprint::state(&old) == State::Edited { old } else { sealed.to_owned() }
        }
        None => sealed.to_owned(),
    })
}

/// The text of the draft at `rel` that the user edited (`draft` kept it), as the emails in it
/// are read back; empty when it cannot be read any more.
pub fn kept_text(root: &Path, rel: &str) -> String {
    crate::files::read_regular(&root.join(rel)).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default()
}

/// When the draft `kept`, which the user edited, was made from another version of what followup
/// would write now (`sealed`): the note changed since, or the settings or the theme did. Told
/// by the fingerprint line each keeps at its top; a draft whose first line the user changed
/// cannot tell, and is not warned about.
pub fn behind(draft_rel: &str, kept: &str, sealed: &str) -> Option<crate::diagnostic::Diagnostic> {
    let first = |text: &str| text.split('\n').next().unwrap_or_default().trim_end().to_owned();
    let (then, now) = (first(kept), first(sealed));
    (then.starts_with("<!-- followup draft ") && then != now).then(|| {
        crate::diagnostic::Diagnostic::warning(
            draft_rel,
            crate::diagnostic::Position::FILE,
            "you edited this draft, and its note has changed since (or the settings or theme have): the draft does not have the changes",
        )
        .with_help("to see them, rename your draft, build, and copy what you need from the fresh one")
    })
}

/// Removes the draft of a note that is gone, unless the user has edited it.
///
/// # Errors
/// When the file cannot be read or removed.
pub fn remove_draft(root: &Path, rel: &str, check: bool) -> std::io::Result<Action> {
    let path = root.join(rel);
    let Some(old) = read_existing(&path)? else { return Ok(Action::Unchanged) };
    if fingerprint::state(&String::from_utf8_lossy(&old)) == State::Edited {
        return Ok(Action::Kept);
    }
    if !check {
        std::fs::remove_file(&path)?;
    }
    Ok(Action::Removed)
}

/// Whether the draft on disk at `rel` is still followup's, or the user's; `None` if absent.
pub fn draft_state(root: &Path, rel: &str) -> Option<State> {
    let text = crate::files::read_regular(&root.join(rel)).ok()?;
    Some(fingerprint::state(&String::from_utf8_lossy(&text)))
}

pub(super) fn read_existing(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match crate::files::read_regular(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename; the file's metadata, or
/// `None` in check mode.
pub(super) fn write_new(path: &Path, bytes: &[u8], check: bool) -> std::io::Result<Option<std::fs::Metadata>> {
    if check {
        return Ok(None);
    }
    atomic_write_buffered(path, 8 << 10, |w| w.write_all(bytes)).map(Some)
}

/// Writes `bytes` to `path` atomically: a hidden temporary file beside it, then a rename.
///
/// # Errors
/// When the folder is not writable; the temporary file is removed on failure.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    atomic_write_with(path, |w| w.write_all(bytes))
}

/// Like `atomic_write`, with the content streamed by `fill` through a buffer.
///
/// # Errors
/// When `fill` fails or the folder is not writable; the temporary file is removed on failure.
pub fn atomic_write_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    atomic_write_buffered(path, 8 << 10, fill).map(drop)
}

/// Like `atomic_write_with`, through a buffer of `capacity` bytes: large files written in many
/// small pieces take few system calls. Returns the written file's metadata.
pub(super) fn atomic_write_buffered(
    path: &Path,
    capacity: usize,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<std::fs::Metadata> {
    let mut file = Pending::create(path, capacity)?;
    fill(&mut file)?;
    file.commit()
}

/// A file being written atomically, for writers that fill it over time: it goes to a hidden
/// temporary file beside `path` (`.<name>.<pid>.<random>.followup-tmp`, which `watch` knows to
/// ignore, and the next build removes if this process dies before it is done: `crate::temporary`), renamed over `path` by `commit`. Dropped before that, the temporary file is removed
/// (by `tempfile`) and `path` is left as it was.
pub struct Pending {
    path: std::path::PathBuf,
    file: Option<std::io::BufWriter<tempfile::NamedTempFile>>,
}

impl Pending {
    /// Starts writing `path`, through a buffer of `capacity` bytes.
    ///
    /// # Errors
    /// When the folder is not writable.
    pub fn create(path: &Path, capacity: usize) -> std::io::Result<Pending> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let prefix = crate::temporary::prefix(&name);
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(crate::temporary::SUFFIX);
        // Created like any new file (0666 less the umask), not tempfile's private 0600: the file
        // is renamed into place and keeps these permissions.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        // Readable too (tempfile opens read and write): a spool is read back while it is
        // written (`flushed`).
        let file = builder.tempfile_in(dir)?;
        let file = std::io::BufWriter::with_capacity(capacity, file);
        Ok(Pending { path: path.to_owned(), file: Some(file) })
    }

    /// The file as written so far, everything buffered written out, and its path: to read back
    /// what it holds (a `pieces::Spool`) before it is put in place.
    ///
    /// # Errors
    /// When the buffered bytes cannot be written.
    pub fn flushed(&mut self) -> std::io::Result<(&std::fs::File, &Path)> {
        use std::io::Write as _;
        let file = self.file.as_mut().expect("read before commit");
        file.flush()?;
        let file = file.get_ref();
        Ok((file.as_file(), file.path()))
    }

    /// Puts the file in place; returns its metadata (its modification time is its last
    /// write's, which the rename does not change).
    ///
    /// # Errors
    /// When the last bytes cannot be written or the file cannot be renamed; the temporary file
    /// is removed then.
    pub fn commit(mut self) -> std::io::Result<std::fs::Metadata> {
        let file = self.file.take().expect("a pending file is committed once");
        let file = file.into_inner().map_err(std::io::IntoInnerError::into_error)?;
        let meta = file.as_file().metadata()?;
        // On failure the error holds the temporary file, removed as it is dropped.
        file.persist(&self.path).map_err(|e| e.error)?;
        Ok(meta)
    }
}

impl std::io::Write for Pending {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().expect("written before commit").write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.file.as_mut().expect("written before commit").write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().expect("written before commit").flush()
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            // Closed without writing out what is still buffered: it is thrown away, and the
            // temporary file with it (`NamedTempFile` removes itself when dropped).
            drop(file.into_parts());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_are_created_updated_and_then_left_alone_once_edited() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let v1 = fingerprint::sign("one\n");
        let v2 = fingerprint::sign("two\n");
        assert_eq!(draft(root, "a.followup.md", &v1, false).unwrap().0, Action::Created);
        assert_eq!(draft(root, "a.followup.md", &v1, false).unwrap().0, Action::Unchanged);
        assert_eq!(draft(root, "a.followup.md", &v2, false).unwrap().0, Action::Updated);
        let edited = v2.replace("two", "my words");
        std::fs::write(root.join("a.followup.md"), &edited).unwrap();
        assert_eq!(draft(root, "a.followup.md", &v1, false).unwrap().0, Action::Kept);
        assert_eq!(remove_draft(root, "a.followup.md", false).unwrap(), Action::Kept);
        assert_eq!(std::fs::read_to_string(root.join("a.followup.md")).unwrap(), edited);
    }

    #[test]
    fn atomic_writes_leave_no_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        atomic_write(&dir.path().join("f.md"), b"hello").unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["f.md"]);
    }

    #[test]
    fn files_are_written_with_the_permissions_of_any_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.md");
        atomic_write(&path, b"x").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let umask = {
                let probe = dir.path().join("probe");
                std::fs::write(&probe, b"").unwrap();
                0o777 & !std::fs::metadata(&probe).unwrap().permissions().mode()
            };
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o666 & !umask);
        }
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_file_and_the_old_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.md");
        std::fs::write(&path, b"old").unwrap();
        let failed = atomic_write_with(&path, |w| {
            w.write_all(b"new")?;
            Err(std::io::Error::other("cut short"))
        });
        assert!(failed.is_err());
        // A folder where the file should go: the rename fails after everything was written.
        std::fs::create_dir(dir.path().join("d.md")).unwrap();
        std::fs::write(dir.path().join("d.md").join("x"), b"").unwrap();
        assert!(atomic_write(&dir.path().join("d.md"), b"new").is_err());
        let mut names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        assert_eq!(names, ["d.md", "f.md"]);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
    }

    #[test]
    fn temporary_files_are_hidden_beside_their_target_and_named_after_it() {
        let dir = tempfile::tempdir().unwrap();
        let pending = Pending::create(&dir.path().join("f.md"), 16).unwrap();
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1);
        assert!(names[0].starts_with(".f.md.") && names[0].ends_with(".followup-tmp"), "{names:?}");
        drop(pending);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
