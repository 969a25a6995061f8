//! Opening files that a user controls without ever blocking: only regular files are read.
//!
//! A notes folder can hold anything a file system can: a FIFO (or a symlink to one) would block
//! an ordinary `open` for reading until someone writes to it, and a build, `check`, `status` or
//! `list` would hang forever. Every file followup reads from the notes folder or a theme goes
//! through here: it is opened without blocking and read only when it is a regular file.

use std::fs::File;
use std::io::Read as _;
use std::path::Path;

/// Opens `path` for reading when it is a regular file (symlinks followed).
///
/// # Errors
/// `NotFound` when there is nothing there, `InvalidInput` ("not a regular file") for a FIFO, a
/// socket, a device or a folder, and any other error from opening it.
pub fn open_regular(path: &Path) -> std::io::Result<File> {
    let file = open_without_blocking(path)?;
    if !file.metadata()?.is_file() {
        return Err(not_regular());
    }
    Ok(file)
}

/// The whole of the regular file at `path`.
///
/// # Errors
/// As `open_regular`, and any error reading it.
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The whole of the regular file at `path`, as UTF-8 text.
///
/// # Errors
/// As `read_regular`, and `InvalidData` when it is not UTF-8.
pub fn read_regular_text(path: &Path) -> std::io::Result<String> {
    String::from_utf8(read_regular(path)?).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// The error for something that is not a regular file.
pub fn not_regular() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file")
}

#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    // O_NONBLOCK makes opening a FIFO return at once; reads of a regular file ignore it.
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    // Elsewhere the kinds of file that block are asked about first.
    if !std::fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    File::open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_at_once_and_a_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.md");
        let status = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(status.success(), "mkfifo is on the machine");
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&fifo, &link).unwrap();
        for path in [&fifo, &link] {
            let err = read_regular(path).unwrap_err();
            assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput, "{}", path.display());
        }
        assert_eq!(read_regular(dir.path()).unwrap_err().kind(), std::io::ErrorKind::InvalidInput, "a folder");
        let file = dir.path().join("note.md");
        std::fs::write(&file, "hello").unwrap();
        assert_eq!(read_regular(&file).unwrap(), b"hello");
        assert_eq!(read_regular(&dir.path().join("missing")).unwrap_err().kind(), std::io::ErrorKind::NotFound);
    }
}
