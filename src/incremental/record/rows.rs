//! Each note's dashboard rows as the record keeps them (`parts.bin`), read back in place.

use super::*;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::path::Path;

/// Reads each note's dashboard rows as last rendered, keyed by path, their text copied; empty
/// when the record does not apply. What they were made from travels with them (`T`), to be
/// checked before use.
pub fn load_parts<T: DeserializeOwned + Send>(
    dir: &Path,
    manifest: Option<&Manifest>,
    key: &str,
) -> HashMap<String, T> {
    let Some(kept) = KeptRows::read(dir, manifest, key) else { return HashMap::new() };
    kept.decode_with::<T>(false).into_iter().map(|(rel, part)| (rel.to_owned(), part)).collect()
}

/// The record's kept dashboard rows, as read from disk (`parts.bin`, then its delta), for
/// reading in place: a one-shot build that only needs them to put the dashboard together
/// copies none of their tens of megabytes, and writes the page from here (`spool`).
pub struct KeptRows {
    bytes: Vec<u8>,
    /// Where each entry (after its length) starts in `bytes`, and its length.
    starts: Vec<u64>,
    lens: Vec<u32>,
    path: std::path::PathBuf,
}

impl KeptRows {
    /// Reads them; `None` when the record does not apply or has no rows.
    pub fn read(dir: &Path, manifest: Option<&Manifest>, key: &str) -> Option<KeptRows> {
        if manifest.is_none_or(|m| m.key != key) {
            return None;
        }
        let mut trace = crate::trace::Trace::start();
        let delta = std::fs::read(dir.join(PARTS_DELTA)).unwrap_or_default();
        let path = dir.join(PARTS);
        let bytes = read_in_halves_then(&path, &delta).ok().filter(|bytes| bytes.starts_with(PARTS_HEADER))?;
        trace.mark("kept rows read");
        let mut kept = KeptRows { bytes, starts: Vec::new(), lens: Vec::new(), path };
        // A delta that ends in a write cut short is read up to there, as is the whole file.
        let whole_end = kept.bytes.len() - delta.len();
        kept.split(PARTS_HEADER.len(), whole_end);
        kept.split(whole_end, kept.bytes.len());
        Some(kept)
    }

    /// Notes where the entries of `bytes[from..to]` start.
    fn split(&mut self, from: usize, to: usize) {
        let mut at = from;
        while let Some(len) = self.bytes.get(at..(at + 4).min(to)).and_then(|b| <[u8; 4]>::try_from(b).ok()) {
            let len = u32::from_le_bytes(len);
            if at + 4 + len as usize > to {
                break;
            }
            self.starts.push((at + 4) as u64);
            self.lens.push(len);
            at += 4 + len as usize;
        }
    }

    /// Each note's rows, keyed by path, their text left here (`spool` reads it). Entries of the
    /// delta replace the older ones.
    pub fn decode<'a, T: Deserialize<'a> + Send>(&'a self) -> HashMap<&'a str, T> {
        self.decode_with(true)
    }

    /// The spool the rows of `decode` are read from.
    pub fn spool(&self) -> crate::output::pieces::Spool<'_> {
        crate::output::pieces::Spool::memory(&self.bytes, &self.path, &self.starts)
    }

    fn decode_with<'a, T: Deserialize<'a> + Send>(&'a self, spooled: bool) -> HashMap<&'a str, T> {
        let entries: Vec<(u32, &[u8])> = (self.starts.iter().zip(&self.lens).enumerate())
            .map(|(i, (&start, &len))| (i as u32, &self.bytes[start as usize..][..len as usize]))
            .collect();
        let mut trace = crate::trace::Trace::start();
        let decoded = crate::par::par_map(&entries, |&(i, entry)| match spooled {
            true => crate::output::read_spooled(entry, i, || from_whole::<(&str, T)>(entry)),
            false => from_whole::<(&str, T)>(entry),
        });
        trace.mark("kept rows decoded");
        // In file order, so that the delta's entries replace the older ones.
        let mut parts = HashMap::with_capacity(decoded.len());
        parts.extend(decoded.into_iter().flatten());
        trace.mark("kept rows mapped");
        parts
    }
}

/// A file as `read_in_halves_then` reads it, without a tail.
#[cfg(test)]
pub(super) fn read_in_halves(path: &Path) -> std::io::Result<Vec<u8>> {
    read_in_halves_then(path, &[])
}

/// Reads a file of tens of megabytes as two halves side by side, followed by `tail`: copying
/// from the page cache is what takes the time, and one core copies at half the speed of two.
pub(super) fn read_in_halves_then(path: &Path, tail: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::{Read as _, Seek as _};
    let mut file = std::fs::File::open(path)?;
    let len = usize::try_from(file.metadata()?.len()).map_err(std::io::Error::other)?;
    let mut bytes = vec![0; len + tail.len()];
    let (read, rest) = bytes.split_at_mut(len);
    rest.copy_from_slice(tail);
    let (first, second) = read.split_at_mut(len / 2);
    let middle = first.len() as u64;
    std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            let mut file = std::fs::File::open(path)?;
            file.seek(std::io::SeekFrom::Start(middle))?;
            file.read_exact(second)
        });
        file.read_exact(first)?;
        other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })?;
    Ok(bytes)
}

/// Writes each note's path and rows to `w`, one note at a time.
pub(super) fn write_parts<T: Serialize>(w: &mut dyn std::io::Write, parts: &[(&str, T)]) -> std::io::Result<()> {
    let mut entry = Vec::new();
    for (rel, part) in parts {
        entry.clear();
        entry = part_entry_into(entry, rel, part)?;
        w.write_all(&entry)?;
    }
    Ok(())
}

/// A note's entry in `parts.bin`: its length, its path and its rows.
///
/// # Errors
/// When the entry is larger than 4 GiB.
pub fn part_entry<T: Serialize>(rel: &str, part: &T) -> std::io::Result<Vec<u8>> {
    part_entry_into(Vec::new(), rel, part)
}

/// Appends a note's entry to `buf`.
fn part_entry_into<T: Serialize>(mut buf: Vec<u8>, rel: &str, part: &T) -> std::io::Result<Vec<u8>> {
    let start = buf.len();
    buf.extend_from_slice(&[0; 4]);
    let mut buf = postcard::to_extend(&(rel, part), buf).map_err(std::io::Error::other)?;
    let len = u32::try_from(buf.len() - start - 4).map_err(std::io::Error::other)?;
    buf[start..start + 4].copy_from_slice(&len.to_le_bytes());
    Ok(buf)
}

/// The path and rows of a note's entry in `parts.bin` (`part_entry`), its rows left in the
/// file the entry is written to, as the entry of the note at `index` (`RecordWriter::spool`).
pub fn decode_spooled_entry<'a, T: Deserialize<'a>>(entry: &'a [u8], index: usize) -> Option<(&'a str, T)> {
    let index = u32::try_from(index).ok()?;
    crate::output::read_spooled(entry, index, || from_whole(entry.get(4..)?))
}

/// A note's entry in `notes.json`.
pub fn note_entry(note: &Cached) -> Vec<u8> {
    serde_json::to_vec(note).expect("a note's record serializes")
}
