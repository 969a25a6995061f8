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

/// Writes a file followup owns outright (the dashboard).
///
/// # Errors
/// When the file cannot be read or written.
pub fn owned(root: &Path, rel: &str, bytes: &[u8], check: bool) -> std::io::Result<Action> {
    let path = root.join(rel);
    match read_existing(&path)? {
        Some(old) if old == bytes => Ok(Action::Unchanged),
        Some(_) => write_new(&path, bytes, check).map(|()| Action::Updated),
        None => write_new(&path, bytes, check).map(|()| Action::Created),
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
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.followup-tmp", std::process::id()));
    let result = (|| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&tmp)?);
        fill(&mut file)?;
        file.into_inner().map_err(std::io::IntoInnerError::into_error)?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
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
    fn check_mode_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(owned(dir.path(), "x.md", b"x", true).unwrap(), Action::Created);
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
