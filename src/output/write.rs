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

/// A piece of a file to write: text in memory, or a span of a spool file (a file being written
/// that already holds the text, such as the record's rows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Spooled(Span),
}

/// Where a piece of text is in a spool file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub at: u64,
    pub len: u32,
}

impl Piece<'_> {
    fn len(&self) -> usize {
        match self {
            Piece::Text(text) => text.len(),
            Piece::Spooled(span) => span.len as usize,
        }
    }
}

/// A file being written that already holds text to copy (the record's rows, `Piece::Spooled`),
/// read back by position.
#[derive(Debug, Clone, Copy)]
pub struct Spool<'a> {
    pub file: &'a std::fs::File,
    /// Its path, for messages.
    pub path: &'a Path,
}

/// The pieces joined into one string.
///
/// # Errors
/// When the spool cannot be read.
pub fn join(pieces: &[Piece], spool: Option<Spool>) -> std::io::Result<String> {
    let mut out = Vec::with_capacity(pieces.iter().map(Piece::len).sum());
    each_piece(pieces, spool, |bytes| {
        out.extend_from_slice(bytes);
        Ok(true)
    })?;
    String::from_utf8(out).map_err(std::io::Error::other)
}

/// Hands each piece's bytes to `f`, in order, reading spooled ones from `spool`, until `f`
/// returns false.
fn each_piece(
    pieces: &[Piece],
    spool: Option<Spool>,
    mut f: impl FnMut(&[u8]) -> std::io::Result<bool>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    for piece in pieces {
        let go_on = match *piece {
            Piece::Text(text) => f(text.as_bytes())?,
            Piece::Spooled(span) => {
                let spool = spool.ok_or_else(|| std::io::Error::other("a spooled piece without its spool"))?;
                buf.resize(span.len as usize, 0);
                read_at(spool.file, &mut buf, span.at)?;
                f(&buf)?
            }
        };
        if !go_on {
            break;
        }
    }
    Ok(())
}

/// Reads `buf.len()` bytes of `file` from `offset`, without moving a cursor: several threads
/// read the same spool.
#[cfg(unix)]
fn read_at(file: &std::fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_at(file: &std::fs::File, mut buf: &mut [u8], mut offset: u64) -> std::io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, offset)? {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

/// Writes a file followup owns outright (the dashboard), given in pieces, without joining them
/// first. Spooled pieces are read from `spool`.
///
/// # Errors
/// When the file or the spool cannot be read, or the file cannot be written.
pub fn write_pieces(
    root: &Path,
    rel: &str,
    pieces: &[Piece],
    spool: Option<Spool>,
    check: bool,
) -> std::io::Result<Action> {
    let path = root.join(rel);
    let action = match same_as(&path, pieces, spool)? {
        Some(true) => return Ok(Action::Unchanged),
        Some(false) => Action::Updated,
        None => Action::Created,
    };
    if !check {
        let len = pieces.iter().map(Piece::len).sum::<usize>();
        atomic_write_buffered(&path, len.min(1 << 20), |w| {
            each_piece(pieces, spool, |bytes| w.write_all(bytes).map(|()| true))
        })?;
    }
    Ok(action)
}

/// Writes two new files whose spooled pieces pair up row by row (the dashboard's Markdown and
/// HTML: each row's HTML follows its Markdown in the spool), on two threads that each take half
/// of the rows of both files: one read of the spool per row instead of two, split over two
/// cores. `None`, writing nothing, when either file exists or the pieces do not pair up; the
/// caller then writes each file with `owned`.
///
/// # Errors
/// When the spool cannot be read or a file cannot be written.
pub fn new_pair(paths: [&Path; 2], pieces: [&[Piece]; 2], spool: Spool) -> std::io::Result<Option<()>> {
    if paths.iter().any(|p| p.exists()) {
        return Ok(None);
    }
    let rows = |pieces: &[Piece]| -> Vec<(usize, Span)> {
        pieces
            .iter()
            .enumerate()
            .filter_map(|(i, p)| if let Piece::Spooled(s) = p { Some((i, *s)) } else { None })
            .collect()
    };
    let (md, html) = (rows(pieces[0]), rows(pieces[1]));
    let paired = md.len() == html.len()
        && md
            .iter()
            .zip(&html)
            .all(|((_, m), (_, h))| h.at >= m.at + u64::from(m.len) && h.at - m.at - u64::from(m.len) <= 16);
    if !paired || md.is_empty() {
        return Ok(None);
    }
    // Each half starts at a row: its pieces run from there to the next half's first row.
    let half = md.len() / 2;
    let starts = [[0, 0], [md[half].0, html[half].0]];
    let ends = [[md[half].0, html[half].0], [pieces[0].len(), pieces[1].len()]];
    let offset = |file: usize, upto: usize| -> u64 { pieces[file][..upto].iter().map(|p| p.len() as u64).sum() };
    let mut files = [Pending::create(paths[0], 1 << 16)?, Pending::create(paths[1], 1 << 16)?];
    let handles: Vec<std::fs::File> = files
        .iter_mut()
        .map(|f| {
            let file = f.flushed()?.file.try_clone()?;
            Ok(file)
        })
        .collect::<std::io::Result<_>>()?;
    for (file, total) in handles.iter().zip([offset(0, pieces[0].len()), offset(1, pieces[1].len())]) {
        file.set_len(total)?;
    }
    let work = |h: usize| -> std::io::Result<()> {
        let mut outs = [
            Positioned::new(&handles[0], offset(0, starts[h][0])),
            Positioned::new(&handles[1], offset(1, starts[h][1])),
        ];
        let mut buf = Vec::new();
        let mut next = starts[h];
        let row_range = if h == 0 { 0..half } else { half..md.len() };
        for r in row_range {
            let ((mi, m), (hi, hs)) = (md[r], html[r]);
            for (file, upto) in [(0, mi), (1, hi)] {
                for piece in &pieces[file][next[file]..upto] {
                    let Piece::Text(text) = piece else { unreachable!("rows are spooled, text is not") };
                    outs[file].write(text.as_bytes())?;
                }
            }
            let end = hs.at + u64::from(hs.len);
            buf.resize((end - m.at) as usize, 0);
            read_at(spool.file, &mut buf, m.at)?;
            outs[0].write(&buf[..m.len as usize])?;
            outs[1].write(&buf[(hs.at - m.at) as usize..])?;
            next = [mi + 1, hi + 1];
        }
        for file in 0..2 {
            for piece in &pieces[file][next[file]..ends[h][file]] {
                let Piece::Text(text) = piece else { unreachable!("rows are spooled, text is not") };
                outs[file].write(text.as_bytes())?;
            }
            outs[file].flush()?;
        }
        Ok(())
    };
    std::thread::scope(|scope| {
        let second = scope.spawn(|| work(1));
        work(0)?;
        second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })?;
    drop(handles);
    let [md_file, html_file] = files;
    md_file.commit()?;
    html_file.commit()?;
    Ok(Some(()))
}

/// A buffered writer at a position of a file, for writing parts of one file side by side.
struct Positioned<'a> {
    file: &'a std::fs::File,
    at: u64,
    buf: Vec<u8>,
}

impl<'a> Positioned<'a> {
    fn new(file: &'a std::fs::File, at: u64) -> Positioned<'a> {
        Positioned { file, at, buf: Vec::with_capacity(1 << 16) }
    }

    fn write(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        if self.buf.len() + bytes.len() > self.buf.capacity() {
            self.flush()?;
        }
        if bytes.len() >= self.buf.capacity() {
            write_at(self.file, bytes, self.at)?;
            self.at += bytes.len() as u64;
        } else {
            self.buf.extend_from_slice(bytes);
        }
        Ok(())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        write_at(self.file, &self.buf, self.at)?;
        self.at += self.buf.len() as u64;
        self.buf.clear();
        Ok(())
    }
}

#[cfg(unix)]
fn write_at(file: &std::fs::File, buf: &[u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, buf, offset)
}

#[cfg(windows)]
fn write_at(file: &std::fs::File, mut buf: &[u8], mut offset: u64) -> std::io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_write(file, buf, offset)? {
            0 => return Err(std::io::ErrorKind::WriteZero.into()),
            n => {
                buf = &buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

/// Whether the file at `path` holds exactly `pieces`, read a block at a time; `None` when
/// there is no file.
fn same_as(path: &Path, pieces: &[Piece], spool: Option<Spool>) -> std::io::Result<Option<bool>> {
    use std::io::Read as _;
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let len: usize = pieces.iter().map(Piece::len).sum();
    if file.metadata()?.len() != len as u64 {
        return Ok(Some(false));
    }
    let mut file = std::io::BufReader::with_capacity(1 << 16, file);
    let mut same = true;
    let mut read = Vec::new();
    each_piece(pieces, spool, |bytes| {
        read.resize(bytes.len(), 0);
        file.read_exact(&mut read)?;
        same = read == bytes;
        Ok(same)
    })?;
    Ok(Some(same))
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
    let text = std::fs::read(root.join(rel)).ok()?;
    Some(fingerprint::state(&String::from_utf8_lossy(&text)))
}

fn read_existing(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename; the file's metadata, or
/// `None` in check mode.
fn write_new(path: &Path, bytes: &[u8], check: bool) -> std::io::Result<Option<std::fs::Metadata>> {
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
fn atomic_write_buffered(
    path: &Path,
    capacity: usize,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<std::fs::Metadata> {
    let mut file = Pending::create(path, capacity)?;
    fill(&mut file)?;
    file.commit()
}

/// A file being written atomically, for writers that fill it over time: it goes to a hidden
/// temporary file beside `path` (`.<name>.<random>.followup-tmp`, which `watch` knows to
/// ignore), renamed over `path` by `commit`. Dropped before that, the temporary file is removed
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
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".followup-tmp");
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

    /// The file as written so far, everything buffered written out: to read back what it holds
    /// (`Piece::Spooled`) before it is put in place.
    ///
    /// # Errors
    /// When the buffered bytes cannot be written.
    pub fn flushed(&mut self) -> std::io::Result<Spool<'_>> {
        use std::io::Write as _;
        let file = self.file.as_mut().expect("read before commit");
        file.flush()?;
        let file = file.get_ref();
        Ok(Spool { file: file.as_file(), path: file.path() })
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

    fn texts<'a>(pieces: &[&'a str]) -> Vec<Piece<'a>> {
        pieces.iter().map(|p| Piece::Text(p)).collect()
    }

    #[test]
    fn pieces_are_compared_and_written_as_one_file() {
        let dir = tempfile::tempdir().unwrap();
        let big = "x".repeat(100_000);
        let whole = ["a", "", &big, "bc"].concat();
        assert_eq!(
            write_pieces(dir.path(), "f.md", &texts(&["a", "", &big, "bc"]), None, false).unwrap(),
            Action::Created
        );
        assert_eq!(std::fs::read_to_string(dir.path().join("f.md")).unwrap(), whole);
        let split = [&whole[..70_000], "", &whole[70_000..]];
        assert_eq!(write_pieces(dir.path(), "f.md", &texts(&split), None, false).unwrap(), Action::Unchanged);
        let early = whole.replacen('x', "y", 1);
        let late = whole.replace("bc", "bd");
        for other in [early.as_str(), late.as_str(), &whole[1..]] {
            assert_eq!(write_pieces(dir.path(), "f.md", &texts(&[other]), None, true).unwrap(), Action::Updated);
        }
        assert_eq!(write_pieces(dir.path(), "f.md", &texts(&[&late]), None, false).unwrap(), Action::Updated);
        assert_eq!(std::fs::read_to_string(dir.path().join("f.md")).unwrap(), late);
    }

    #[test]
    fn spooled_pieces_are_read_from_the_spool_as_it_is_written() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().unwrap();
        let mut spool = Pending::create(&dir.path().join("rows.bin"), 1 << 10).unwrap();
        spool.write_all("hello wörld".as_bytes()).unwrap();
        let at = |at: u64, len: u32| Piece::Spooled(Span { at, len });
        let pieces = [Piece::Text("["), at(6, 6), Piece::Text("|"), at(0, 5), Piece::Text("]")];
        let spooled = Some(spool.flushed().unwrap());
        assert_eq!(write_pieces(dir.path(), "f.md", &pieces, spooled, false).unwrap(), Action::Created);
        assert_eq!(std::fs::read_to_string(dir.path().join("f.md")).unwrap(), "[wörld|hello]");
        assert_eq!(write_pieces(dir.path(), "f.md", &pieces, spooled, false).unwrap(), Action::Unchanged);
        let other = [Piece::Text("["), at(0, 6), Piece::Text("|"), at(6, 5), Piece::Text("]")];
        assert_eq!(write_pieces(dir.path(), "f.md", &other, spooled, true).unwrap(), Action::Updated);
        assert_eq!(join(&pieces, spooled).unwrap(), "[wörld|hello]");
        assert!(write_pieces(dir.path(), "g.md", &pieces, None, false).is_err(), "no spool to read from");
        assert!(join(&[at(100, 1)], spooled).is_err(), "past the end");
        drop(spool);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["f.md"], "the spool is gone, never committed");
    }

    #[test]
    fn a_pair_of_new_files_is_written_as_each_file_alone_would_be() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().unwrap();
        let mut spool = Pending::create(&dir.path().join("rows.bin"), 1 << 10).unwrap();
        // Rows as the record keeps them: each row's Markdown, a few bytes, then its HTML.
        let (mut md, mut html) = (vec![Piece::Text("# Page\n\n")], vec![Piece::Text("<h1>Page</h1>\n")]);
        let mut at = 0u64;
        for i in 0..7u32 {
            let (m, h) = (format!("| row {i} |"), format!("<tr><td>row {i} ✓</td></tr>\n"));
            spool.write_all(m.as_bytes()).unwrap();
            spool.write_all(b"\x01\x02").unwrap();
            spool.write_all(h.as_bytes()).unwrap();
            let (m_len, h_len) = (m.len() as u32, h.len() as u32);
            if i > 0 {
                md.push(Piece::Text("\n"));
            }
            if i == 4 {
                md.push(Piece::Text("\n## Section\n\n"));
                html.push(Piece::Text("<h2>Section</h2>\n"));
            }
            md.push(Piece::Spooled(Span { at, len: m_len }));
            html.push(Piece::Spooled(Span { at: at + u64::from(m_len) + 2, len: h_len }));
            at += u64::from(m_len + 2 + h_len);
        }
        md.push(Piece::Text("\n"));
        html.push(Piece::Text("</table>\n"));
        let spooled = spool.flushed().unwrap();
        let (a, b) = (dir.path().join("a.md"), dir.path().join("a.html"));
        assert_eq!(new_pair([&a, &b], [&md, &html], spooled).unwrap(), Some(()));
        assert_eq!(std::fs::read_to_string(&a).unwrap(), join(&md, Some(spooled)).unwrap());
        assert_eq!(std::fs::read_to_string(&b).unwrap(), join(&html, Some(spooled)).unwrap());
        // Not for files that exist (they are compared first), nor for rows that do not pair.
        assert_eq!(new_pair([&a, &b], [&md, &html], spooled).unwrap(), None);
        let (c, d) = (dir.path().join("c.md"), dir.path().join("c.html"));
        assert_eq!(new_pair([&c, &d], [&md, &html[..3]], spooled).unwrap(), None);
        assert!(!c.exists() && !d.exists());
    }

    #[test]
    fn check_mode_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(write_pieces(dir.path(), "x.md", &texts(&["x"]), None, true).unwrap(), Action::Created);
        assert!(!dir.path().join("x.md").exists());
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
