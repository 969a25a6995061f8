//! Files written from pieces: text rendered in memory, and rows (`RowText`), in memory or left
//! in a spool, a file written while the build ran or read back since (a 10,000-note dashboard
//! is tens of megabytes, copied from the spool rather than kept in memory). Only the dashboard's files are written this way. Like every write, a file
//! whose bytes are already right is not touched, and a new file appears whole, by a rename.

use std::path::Path;

use super::row_text::{Place, RowText};
use super::write::{Action, Pending, atomic_write_buffered};

/// A piece of a file to write: text in memory, or a row's text, wherever it is kept.
#[derive(Debug, Clone, Copy)]
pub enum Piece<'a> {
    Text(&'a str),
    Row(&'a RowText),
}

impl Piece<'_> {
    fn len(&self) -> usize {
        match self {
            Piece::Text(text) => text.len(),
            Piece::Row(row) => row.len(),
        }
    }
}

/// Where spooled rows (`RowText::spooled`) are read from: a file being written that already
/// holds them (the record's rows), or such a file read back into memory, with where each of its
/// entries starts (a spooled row is placed within its entry).
#[derive(Debug, Clone, Copy)]
pub struct Spool<'a> {
    source: Source<'a>,
    entries: &'a [u64],
    path: &'a Path,
}

#[derive(Debug, Clone, Copy)]
enum Source<'a> {
    File(&'a std::fs::File),
    Memory(&'a [u8]),
}

impl<'a> Spool<'a> {
    /// A file (at `path`, for messages) whose entry `i` starts at byte `entries[i]`, read by
    /// position: several threads read it at once.
    pub fn file(file: &'a std::fs::File, path: &'a Path, entries: &'a [u64]) -> Spool<'a> {
        Spool { source: Source::File(file), entries, path }
    }

    /// The bytes of a file at `path` read into memory, entry `i` starting at `entries[i]`.
    pub fn memory(bytes: &'a [u8], path: &'a Path, entries: &'a [u64]) -> Spool<'a> {
        Spool { source: Source::Memory(bytes), entries, path }
    }

    /// The spool's file, for messages.
    pub fn path(&self) -> &'a Path {
        self.path
    }

    /// Where `at` of entry `entry` is in the spool.
    fn start(&self, entry: u32, at: u32) -> std::io::Result<u64> {
        let base =
            self.entries.get(entry as usize).ok_or_else(|| std::io::Error::other("a row of an unknown entry"))?;
        Ok(base + u64::from(at))
    }
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

/// Hands each piece's bytes to `f`, in order, reading spooled rows from `spool`, until `f`
/// returns false.
fn each_piece(
    pieces: &[Piece],
    spool: Option<Spool>,
    mut f: impl FnMut(&[u8]) -> std::io::Result<bool>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    for piece in pieces {
        let place = match piece {
            Piece::Text(text) => Place::Text(text),
            Piece::Row(row) => row.place(),
        };
        let go_on = match place {
            Place::Text(text) => f(text.as_bytes())?,
            Place::Spooled { entry, at, len } => {
                let spool = spool.ok_or_else(|| std::io::Error::other("a spooled row without its spool"))?;
                let start = spool.start(entry, at)?;
                match spool.source {
                    Source::Memory(bytes) => {
                        let range = usize::try_from(start).ok().and_then(|s| Some(s..s.checked_add(len as usize)?));
                        f(range.and_then(|r| bytes.get(r)).ok_or(std::io::ErrorKind::UnexpectedEof)?)?
                    }
                    Source::File(file) => {
                        buf.resize(len as usize, 0);
                        read_at(file, &mut buf, start)?;
                        f(&buf)?
                    }
                }
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
    let Source::File(spool_file) = spool.source else { return Ok(None) };
    if paths.iter().any(|p| p.exists()) {
        return Ok(None);
    }
    let Some(rows) = paired_rows(pieces, spool) else { return Ok(None) };
    let mut files = [Pending::create(paths[0], 1 << 16)?, Pending::create(paths[1], 1 << 16)?];
    let handles: Vec<std::fs::File> = files
        .iter_mut()
        .map(|f| {
            let file = f.flushed()?.0.try_clone()?;
            Ok(file)
        })
        .collect::<std::io::Result<_>>()?;
    let pair = Pair { pieces, rows, handles: [&handles[0], &handles[1]], spool: spool_file };
    for (file, total) in handles.iter().zip([pair.offset(0, pieces[0].len()), pair.offset(1, pieces[1].len())]) {
        file.set_len(total)?;
    }
    std::thread::scope(|scope| {
        let second = scope.spawn(|| pair.write_half(1));
        pair.write_half(0)?;
        second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })?;
    drop(handles);
    let [md_file, html_file] = files;
    md_file.commit()?;
    html_file.commit()?;
    Ok(Some(()))
}

/// Where a spooled row is in its spool file.
#[derive(Debug, Clone, Copy)]
struct Span {
    at: u64,
    len: u32,
}

/// The spooled rows of the Markdown and the HTML file, (piece index, span) each, when they pair
/// up: as many, and each HTML row right after its Markdown row in the spool.
fn paired_rows(pieces: [&[Piece]; 2], spool: Spool) -> Option<[Vec<(usize, Span)>; 2]> {
    let rows = |pieces: &[Piece]| -> Option<Vec<(usize, Span)>> {
        let mut rows = Vec::new();
        for (i, piece) in pieces.iter().enumerate() {
            if let Piece::Row(row) = piece
                && let Place::Spooled { entry, at, len } = row.place()
            {
                rows.push((i, Span { at: spool.start(entry, at).ok()?, len }));
            }
        }
        Some(rows)
    };
    let (md, html) = (rows(pieces[0])?, rows(pieces[1])?);
    let paired = md.len() == html.len()
        && md
            .iter()
            .zip(&html)
            .all(|((_, m), (_, h))| h.at >= m.at + u64::from(m.len) && h.at - m.at - u64::from(m.len) <= 16);
    (paired && !md.is_empty()).then_some([md, html])
}

/// Two new files written side by side from their pieces, each half of the rows on a core.
struct Pair<'a> {
    pieces: [&'a [Piece<'a>]; 2],
    rows: [Vec<(usize, Span)>; 2],
    handles: [&'a std::fs::File; 2],
    spool: &'a std::fs::File,
}

impl Pair<'_> {
    /// Where piece `upto` of `file` starts.
    fn offset(&self, file: usize, upto: usize) -> u64 {
        self.pieces[file][..upto].iter().map(|p| p.len() as u64).sum()
    }

    /// Writes half `h` (0 or 1) of both files: each half starts at a row, and its pieces run
    /// from there to the next half's first row.
    fn write_half(&self, h: usize) -> std::io::Result<()> {
        let [md, html] = &self.rows;
        let half = md.len() / 2;
        let starts = [[0, 0], [md[half].0, html[half].0]][h];
        let ends = [[md[half].0, html[half].0], [self.pieces[0].len(), self.pieces[1].len()]][h];
        let mut outs = [
            Positioned::new(self.handles[0], self.offset(0, starts[0])),
            Positioned::new(self.handles[1], self.offset(1, starts[1])),
        ];
        let mut buf = Vec::new();
        let mut next = starts;
        let row_range = if h == 0 { 0..half } else { half..md.len() };
        for r in row_range {
            let ((mi, m), (hi, hs)) = (md[r], html[r]);
            for (file, upto) in [(0, mi), (1, hi)] {
                write_texts(&mut outs[file], &self.pieces[file][next[file]..upto])?;
            }
            let end = hs.at + u64::from(hs.len);
            buf.resize((end - m.at) as usize, 0);
            read_at(self.spool, &mut buf, m.at)?;
            outs[0].write(&buf[..m.len as usize])?;
            outs[1].write(&buf[(hs.at - m.at) as usize..])?;
            next = [mi + 1, hi + 1];
        }
        for (file, out) in outs.iter_mut().enumerate() {
            write_texts(out, &self.pieces[file][next[file]..ends[file]])?;
            out.flush()?;
        }
        Ok(())
    }
}

/// Writes pieces that are in memory (between two spooled rows, all are).
fn write_texts(out: &mut Positioned, pieces: &[Piece]) -> std::io::Result<()> {
    for piece in pieces {
        let text = match piece {
            Piece::Text(text) => text,
            Piece::Row(row) => row.as_str().expect("every spooled row is paired, the rest are in memory"),
        };
        out.write(text.as_bytes())?;
    }
    Ok(())
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
    let file = match crate::files::open_regular(path) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
        spool.write_all("..hello wörld".as_bytes()).unwrap();
        // Two entries: the second starts at byte 2 (`hello`), the first at byte 0.
        let entries = [0, 2];
        let rows = [RowText::spooled(1, 6, 6), RowText::spooled(1, 0, 5), RowText::spooled(0, 2, 5)];
        let pieces = [Piece::Text("["), Piece::Row(&rows[0]), Piece::Text("|"), Piece::Row(&rows[1]), Piece::Text("]")];
        let (file, path) = spool.flushed().unwrap();
        let spooled = Some(Spool::file(file, path, &entries));
        assert_eq!(write_pieces(dir.path(), "f.md", &pieces, spooled, false).unwrap(), Action::Created);
        assert_eq!(std::fs::read_to_string(dir.path().join("f.md")).unwrap(), "[wörld|hello]");
        assert_eq!(write_pieces(dir.path(), "f.md", &pieces, spooled, false).unwrap(), Action::Unchanged);
        let other = [Piece::Text("["), Piece::Row(&rows[2]), Piece::Text("|"), Piece::Row(&rows[0]), Piece::Text("]")];
        assert_eq!(write_pieces(dir.path(), "f.md", &other, spooled, true).unwrap(), Action::Updated);
        assert_eq!(join(&pieces, spooled).unwrap(), "[wörld|hello]");
        assert_eq!(join(&other, spooled).unwrap(), "[hello|wörld]");
        assert!(write_pieces(dir.path(), "g.md", &pieces, None, false).is_err(), "no spool to read from");
        assert!(join(&[Piece::Row(&RowText::spooled(0, 100, 1))], spooled).is_err(), "past the end");
        assert!(join(&[Piece::Row(&RowText::spooled(2, 0, 1))], spooled).is_err(), "no such entry");
        drop(spool);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["f.md"], "the spool is gone, never committed");
    }

    #[test]
    fn spooled_pieces_are_read_from_a_spool_in_memory_as_from_its_file() {
        let bytes = "..hello wörld".as_bytes();
        let (entries, path) = ([0, 2], Path::new("rows.bin"));
        let spool = Some(Spool::memory(bytes, path, &entries));
        let (owned, a, b) = (RowText::from("!"), RowText::spooled(1, 6, 6), RowText::spooled(0, 2, 5));
        let pieces = [Piece::Row(&a), Piece::Text("|"), Piece::Row(&b), Piece::Row(&owned)];
        assert_eq!(join(&pieces, spool).unwrap(), "wörld|hello!");
        assert!(join(&[Piece::Row(&RowText::spooled(1, 11, 2))], spool).is_err(), "past the end");
    }

    #[test]
    fn a_pair_of_new_files_is_written_as_each_file_alone_would_be() {
        use std::io::Write as _;
        let dir = tempfile::tempdir().unwrap();
        let mut spool = Pending::create(&dir.path().join("rows.bin"), 1 << 10).unwrap();
        // Rows as the record keeps them, an entry per row: its Markdown, a few bytes, then its
        // HTML. Rows in memory (problems found outside notes) come between them.
        let mut rows = Vec::new();
        let mut entries = Vec::new();
        let mut at = 0u64;
        for i in 0..7u32 {
            let (m, h) = (format!("| row {i} |"), format!("<tr><td>row {i} ✓</td></tr>\n"));
            spool.write_all(b"\x09").unwrap();
            spool.write_all(m.as_bytes()).unwrap();
            spool.write_all(b"\x01\x02").unwrap();
            spool.write_all(h.as_bytes()).unwrap();
            let (m_len, h_len) = (m.len() as u32, h.len() as u32);
            entries.push(at);
            rows.push((RowText::spooled(i, 1, m_len), RowText::spooled(i, 1 + m_len + 2, h_len)));
            at += u64::from(1 + m_len + 2 + h_len);
        }
        let extra = (RowText::from("| extra |"), RowText::from("<tr><td>extra</td></tr>\n"));
        let (mut md, mut html) = (vec![Piece::Text("# Page\n\n")], vec![Piece::Text("<h1>Page</h1>\n")]);
        for (i, (m, h)) in rows.iter().enumerate() {
            if i > 0 {
                md.push(Piece::Text("\n"));
            }
            if i == 4 {
                md.push(Piece::Text("\n## Section\n\n"));
                html.push(Piece::Text("<h2>Section</h2>\n"));
                md.extend([Piece::Row(&extra.0), Piece::Text("\n")]);
                html.push(Piece::Row(&extra.1));
            }
            md.push(Piece::Row(m));
            html.push(Piece::Row(h));
        }
        md.push(Piece::Text("\n"));
        html.push(Piece::Text("</table>\n"));
        let (file, path) = spool.flushed().unwrap();
        let spooled = Spool::file(file, path, &entries);
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
}
