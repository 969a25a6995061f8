//! Each note's dashboard rows as the record keeps them (`parts.bin`), read back in place.

use super::*;
use codec::{Decode, Encode, Reader, Writer};
use std::collections::HashMap;
use std::path::Path;

/// Reads each note's dashboard rows as last rendered, keyed by path; empty when the record does
/// not apply. What they were made from travels with them (`T`), to be checked before use.
pub fn load_parts<T: for<'a> Decode<'a> + Send>(
    dir: &Path,
    manifest: Option<&Manifest>,
    key: &str,
) -> HashMap<String, T> {
    let Some(kept) = KeptRows::read(dir, manifest, key) else { return HashMap::new() };
    kept.decode::<T>().into_iter().map(|(rel, part)| (rel.to_owned(), part)).collect()
}

/// The record's kept dashboard rows, as read from disk, for reading in place: a one-shot build
/// that only needs them to put the dashboard together copies none of their tens of megabytes.
pub struct KeptRows {
    whole: Vec<u8>,
    delta: Vec<u8>,
}

impl KeptRows {
    /// Reads them; `None` when the record does not apply or has no rows.
    pub fn read(dir: &Path, manifest: Option<&Manifest>, key: &str) -> Option<KeptRows> {
        if manifest.is_none_or(|m| m.key != key) {
            return None;
        }
        let mut trace = crate::trace::Trace::start();
        let whole = read_in_halves(&dir.join(PARTS)).ok().filter(|bytes| bytes.starts_with(PARTS_HEADER))?;
        let delta = std::fs::read(dir.join(PARTS_DELTA)).unwrap_or_default();
        trace.mark("kept rows read");
        Some(KeptRows { whole, delta })
    }

    /// Each note's rows, keyed by path. A delta that ends in a write cut short is read up to
    /// there; its entries replace the older ones.
    pub fn decode<'a, T: Decode<'a> + Send>(&'a self) -> HashMap<&'a str, T> {
        let mut entries: Vec<&[u8]> = Vec::new();
        for mut rest in [&self.whole[PARTS_HEADER.len()..], &self.delta[..]] {
            while let Some((len, after)) = rest.split_first_chunk::<4>() {
                let Some(entry) = after.get(..u32::from_le_bytes(*len) as usize) else { break };
                entries.push(entry);
                rest = &after[entry.len()..];
            }
        }
        let mut trace = crate::trace::Trace::start();
        let decoded = crate::par::par_map(&entries, |entry| <(&str, T)>::decode(&mut Reader::new(entry)));
        trace.mark("kept rows decoded");
        // In file order, so that the delta's entries replace the older ones.
        let mut parts = HashMap::with_capacity(decoded.len());
        parts.extend(decoded.into_iter().flatten());
        trace.mark("kept rows mapped");
        parts
    }
}

/// Reads a file of tens of megabytes as two halves side by side: copying from the page cache
/// is what takes the time, and one core copies at half the speed of two.
pub(super) fn read_in_halves(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::{Read as _, Seek as _};
    let mut file = std::fs::File::open(path)?;
    let len = usize::try_from(file.metadata()?.len()).map_err(std::io::Error::other)?;
    let mut bytes = vec![0; len];
    let (first, second) = bytes.split_at_mut(len / 2);
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
pub(super) fn write_parts<T: Encode>(w: &mut dyn std::io::Write, parts: &[(&str, T)]) -> std::io::Result<()> {
    let mut entry = Writer::default();
    for (rel, part) in parts {
        entry.buf.clear();
        part_entry_into(&mut entry, rel, part)?;
        w.write_all(&entry.buf)?;
    }
    Ok(())
}

/// A note's entry in `parts.bin`: its length, its path and its rows.
///
/// # Errors
/// When the entry is larger than 4 GiB.
pub fn part_entry<T: Encode>(rel: &str, part: &T) -> std::io::Result<Vec<u8>> {
    let mut entry = Writer::default();
    part_entry_into(&mut entry, rel, part)?;
    Ok(entry.buf)
}

pub(super) fn part_entry_into<T: Encode>(w: &mut Writer, rel: &str, part: &T) -> std::io::Result<()> {
    let start = w.buf.len();
    w.buf.extend_from_slice(&[0; 4]);
    rel.encode(w);
    part.encode(w);
    let len = u32::try_from(w.buf.len() - start - 4).map_err(std::io::Error::other)?;
    w.buf[start..start + 4].copy_from_slice(&len.to_le_bytes());
    Ok(())
}

/// The path and rows of a note's entry in `parts.bin`, read in place.
pub fn decode_part_entry<'a, T: Decode<'a>>(entry: &'a [u8]) -> Option<(&'a str, T)> {
    let mut r = Reader::new(entry.get(4..)?);
    let decoded = Decode::decode(&mut r)?;
    r.is_empty().then_some(decoded)
}

/// A note's entry in `notes.json`.
pub fn note_entry(note: &Cached) -> Vec<u8> {
    serde_json::to_vec(note).expect("a note's record serializes")
}
