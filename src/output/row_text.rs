//! The text of one dashboard row as output keeps it (`RowText`): in memory, or left in a spool
//! (a file being written, such as the record's rows, or the record's rows read back) to be
//! copied from there when the page is written. Domain code makes rows from strings and moves
//! them about; only `output` and the engine that spools them know where the text is.
//!
//! Serialized, a row is its text. Deserialized, it is copied, unless the engine reads one of its
//! spool's entries (`read_spooled`): then rows read from that entry are left where they are.

use std::cell::Cell;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The text of one row, wherever it is kept. Made from a `String` (`From`), it is in memory; the
/// engine may instead leave it in a spool (`RowText::spooled`), from where `pieces` copies it
/// into the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowText(Stored);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Stored {
    /// In memory, without spare capacity: rows are kept until the page is written.
    Owned(Box<str>),
    /// `len` bytes at `at` in entry `entry` of a spool (`pieces::Spool` knows where each entry
    /// starts).
    Spooled { entry: u32, at: u32, len: u32 },
}

/// Where a row's text is, as `pieces` reads it.
pub(super) enum Place<'a> {
    Text(&'a str),
    Spooled { entry: u32, at: u32, len: u32 },
}

impl RowText {
    /// A row left in a spool: `len` bytes at `at` in entry `entry`. For the engine that wrote
    /// the spool; domain code makes rows from strings.
    pub fn spooled(entry: u32, at: u32, len: u32) -> RowText {
        RowText(Stored::Spooled { entry, at, len })
    }

    /// The text, when it is in memory: rows made by this run are, until the engine spools them
    /// (it hashes and records them first). `None` for a row left in a spool.
    pub fn as_str(&self) -> Option<&str> {
        match &self.0 {
            Stored::Owned(text) => Some(text),
            Stored::Spooled { .. } => None,
        }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        match &self.0 {
            Stored::Owned(text) => text.len(),
            Stored::Spooled { len, .. } => *len as usize,
        }
    }

    /// True for a row without text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(super) fn place(&self) -> Place<'_> {
        match &self.0 {
            Stored::Owned(text) => Place::Text(text),
            &Stored::Spooled { entry, at, len } => Place::Spooled { entry, at, len },
        }
    }
}

thread_local! {
    /// The entry being read by `read_spooled` on this thread: where it is in memory, its
    /// length, and its index in the spool.
    static SPOOLING: Cell<Option<(usize, usize, u32)>> = const { Cell::new(None) };
}

/// Runs `read`, which deserializes from `entry`, entry `index` of a spool: rows it reads that
/// are borrowed from `entry` are left there (`RowText::spooled`, placed within the entry),
/// not copied. Serde has no other way to hand a deserializer's input down to a field.
pub fn read_spooled<R>(entry: &[u8], index: u32, read: impl FnOnce() -> R) -> R {
    struct Reset(Option<(usize, usize, u32)>);
    impl Drop for Reset {
        fn drop(&mut self) {
            SPOOLING.set(self.0);
        }
    }
    let _reset = Reset(SPOOLING.replace(Some((entry.as_ptr() as usize, entry.len(), index))));
    read()
}

impl Serialize for RowText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Rows are recorded as they are made; a spooled row is in its spool already.
        let text = self.as_str().ok_or_else(|| serde::ser::Error::custom("a spooled row is written where it is"))?;
        serializer.serialize_str(text)
    }
}

impl<'de> Deserialize<'de> for RowText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RowText, D::Error> {
        deserializer.deserialize_str(RowVisitor)
    }
}

struct RowVisitor;

impl<'de> Visitor<'de> for RowVisitor {
    type Value = RowText;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a row's text")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<RowText, E> {
        let spooled = SPOOLING.get().and_then(|(start, len, index)| {
            let at = (text.as_ptr() as usize).checked_sub(start)?;
            (at + text.len() <= len).then_some(())?;
            Some(RowText::spooled(index, u32::try_from(at).ok()?, u32::try_from(text.len()).ok()?))
        });
        Ok(spooled.unwrap_or_else(|| RowText::from(text)))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<RowText, E> {
        Ok(RowText::from(text))
    }
}

impl From<String> for RowText {
    /// Keeps the text without its spare capacity (`into_boxed_str`).
    fn from(text: String) -> RowText {
        RowText(Stored::Owned(text.into_boxed_str()))
    }
}

impl From<&str> for RowText {
    fn from(text: &str) -> RowText {
        RowText(Stored::Owned(text.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_memory_is_readable_and_spooled_text_is_not() {
        let owned = RowText::from(String::from("| a | b |"));
        assert_eq!(owned.as_str(), Some("| a | b |"));
        assert_eq!(owned.len(), 9);
        let spooled = RowText::spooled(3, 10, 9);
        assert_eq!(spooled.as_str(), None);
        assert_eq!(spooled.len(), 9);
        assert!(RowText::from("").is_empty());
    }
}
