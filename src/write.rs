//! Write stage: puts rendered files on disk, changing only what must change.
//!
//! A file whose bytes are already right is not touched (so a rebuild with nothing changed writes
//! nothing and leaves modification times alone). Every write goes to a hidden temporary file in
//! the same folder, then is renamed over the target, so a reader never sees half a file. Drafts
//! the user has edited are never overwritten or deleted. With `check`, nothing is written and the
//! report says what would have been.

use std::path::Path;

use crate::draft::{self, State};

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

/// Writes a generated draft unless the user has edited the one on disk.
///
/// # Errors
/// When the file cannot be read or written.
pub fn draft(root: &Path, rel: &str, sealed: &str, check: bool) -> std::io::Result<Action> {
    let path = root.join(rel);
    match read_existing(&path)? {
        None => write_new(&path, sealed.as_bytes(), check).map(|()| Action::Created),
        Some(old) if old == sealed.as_bytes() => Ok(Action::Unchanged),
        Some(old) if draft::state(&String::from_utf8_lossy(&old)) == State::Edited => Ok(Action::Kept),
        Some(_) => write_new(&path, sealed.as_bytes(), check).map(|()| Action::Updated),
    }
}

/// Writes a file followup owns outright (the dashboard), given in pieces, without joining them
/// first.
///
/// # Errors
/// When the file cannot be read or written.
pub fn owned(root: &Path, rel: &str, pieces: &[&str], check: bool) -> std::io::Result<Action> {
    let path = root.join(rel);
    let action = match same_as(&path, pieces)? {
        Some(true) => return Ok(Action::Unchanged),
        Some(false) => Action::Updated,
        None => Action::Created,
    };
    if !check {
        let len = pieces.iter().map(|p| p.len()).sum::<usize>();
        atomic_write_buffered(&path, len.min(1 << 20), |w| pieces.iter().try_for_each(|p| w.write_all(p.as_bytes())))?;
    }
    Ok(action)
}

/// Whether the file at `path` holds exactly `pieces`, read a block at a time; `None` when
/// there is no file.
fn same_as(path: &Path, pieces: &[&str]) -> std::io::Result<Option<bool>> {
    use std::io::Read as _;
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let len: usize = pieces.iter().map(|p| p.len()).sum();
    if file.metadata()?.len() != len as u64 {
        return Ok(Some(false));
    }
    let mut block = vec![0; 1 << 16];
    let mut wanted = pieces.iter().map(|p| p.as_bytes()).filter(|p| !p.is_empty());
    let mut pending: &[u8] = &[];
    loop {
        let n = file.read(&mut block)?;
        if n == 0 {
            return Ok(Some(pending.is_empty() && wanted.next().is_none()));
        }
        let mut read = &block[..n];
        while !read.is_empty() {
            if pending.is_empty() {
                match wanted.next() {
                    Some(next) => pending = next,
                    None => return Ok(Some(false)),
                }
            }
            let k = pending.len().min(read.len());
            if pending[..k] != read[..k] {
                return Ok(Some(false));
            }
            (pending, read) = (&pending[k..], &read[k..]);
        }
    }
}

/// Removes the draft of a note that is gone, unless the user has edited it.
///
/// # Errors
/// When the file cannot be read or removed.
pub fn remove_draft(root: &Path, rel: &str, check: bool) -> std::io::Result<Action> {
    let path = root.join(rel);
    let Some(old) = read_existing(&path)? else { return Ok(Action::Unchanged) };
    if draft::state(&String::from_utf8_lossy(&old)) == State::Edited {
        return Ok(Action::Kept);
    }
    if !check {
        std::fs::remove_file(&path)?;
    }
    Ok(Action::Removed)
}

/// Whether the draft on disk at `rel` is still followup's, or the user's; `None` if absent.
pub fn draft_state(root: &Path, rel: &str) -> Option<State> {
    let text = std::fs::read(root.join(rel)).ok()?;
    Some(draft::state(&String::from_utf8_lossy(&text)))
}

fn read_existing(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename.
fn write_new(path: &Path, bytes: &[u8], check: bool) -> std::io::Result<()> {
    if check {
        return Ok(());
    }
    atomic_write(path, bytes)
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
    atomic_write_buffered(path, 8 << 10, fill)
}

/// Like `atomic_write_with`, through a buffer of `capacity` bytes: large files written in many
/// small pieces take few system calls.
fn atomic_write_buffered(
    path: &Path,
    capacity: usize,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut file = Pending::create(path, capacity)?;
    fill(&mut file)?;
    file.commit()
}

/// A file being written atomically, for writers that fill it over time: it goes to a hidden
/// temporary file beside `path`, renamed over `path` by `commit`. Dropped before that, the
/// temporary file is removed and `path` is left as it was.
pub struct Pending {
    path: std::path::PathBuf,
    tmp: std::path::PathBuf,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl Pending {
    /// Starts writing `path`, through a buffer of `capacity` bytes.
    ///
    /// # Errors
    /// When the folder is not writable.
    pub fn create(path: &Path, capacity: usize) -> std::io::Result<Pending> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.followup-tmp", std::process::id()));
        let file = std::io::BufWriter::with_capacity(capacity, std::fs::File::create(&tmp)?);
        Ok(Pending { path: path.to_owned(), tmp, file: Some(file) })
    }

    /// Puts the file in place.
    ///
    /// # Errors
    /// When the last bytes cannot be written or the file cannot be renamed; the temporary file
    /// is removed then.
    pub fn commit(mut self) -> std::io::Result<()> {
        let file = self.file.take().expect("a pending file is committed once");
        let result = match file.into_inner() {
            Ok(_) => std::fs::rename(&self.tmp, &self.path),
            Err(e) => Err(e.into_error()),
        };
        if result.is_err() {
            let _ = std::fs::remove_file(&self.tmp);
        }
        result
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
            // Closed without writing out what is still buffered: it is thrown away.
            drop(file.into_parts());
            let _ = std::fs::remove_file(&self.tmp);
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
        let v1 = draft::seal("one\n");
        let v2 = draft::seal("two\n");
        assert_eq!(draft(root, "a.followup.md", &v1, false).unwrap(), Action::Created);
        assert_eq!(draft(root, "a.followup.md", &v1, false).unwrap(), Action::Unchanged);
        assert_eq!(draft(root, "a.followup.md", &v2, false).unwrap(), Action::Updated);
        let edited = v2.replace("two", "my words");
        std::fs::write(root.join("a.followup.md"), &edited).unwrap();
        assert_eq!(draft(root, "a.followup.md", &v1, false).unwrap(), Action::Kept);
        assert_eq!(remove_draft(root, "a.followup.md", false).unwrap(), Action::Kept);
        assert_eq!(std::fs::read_to_string(root.join("a.followup.md")).unwrap(), edited);
    }

    #[test]
    fn pieces_are_compared_and_written_as_one_file() {
        let dir = tempfile::tempdir().unwrap();
        let big = "x".repeat(100_000);
        let whole = ["a", "", &big, "bc"].concat();
        assert_eq!(owned(dir.path(), "f.md", &["a", "", &big, "bc"], false).unwrap(), Action::Created);
        assert_eq!(std::fs::read_to_string(dir.path().join("f.md")).unwrap(), whole);
        let split = [&whole[..70_000], "", &whole[70_000..]];
        assert_eq!(owned(dir.path(), "f.md", &split, false).unwrap(), Action::Unchanged);
        let early = whole.replacen('x', "y", 1);
        let late = whole.replace("bc", "bd");
        for other in [early.as_str(), late.as_str(), &whole[1..]] {
            assert_eq!(owned(dir.path(), "f.md", &[other], true).unwrap(), Action::Updated);
        }
        assert_eq!(owned(dir.path(), "f.md", &[&late], false).unwrap(), Action::Updated);
        assert_eq!(std::fs::read_to_string(dir.path().join("f.md")).unwrap(), late);
    }

    #[test]
    fn check_mode_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(owned(dir.path(), "x.md", &["x"], true).unwrap(), Action::Created);
        assert!(!dir.path().join("x.md").exists());
    }

    #[test]
    fn atomic_writes_leave_no_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        atomic_write(&dir.path().join("f.md"), b"hello").unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["f.md"]);
    }
}
