//! The text of one dashboard row as output keeps it (`RowText`): in memory, or left in a spool
//! (a file being written, such as the record's rows, or the record's rows read back) to be
//! copied from there when the page is written. Domain code makes rows from strings and moves
//! them about; only `output` and the engine that spools them know where the text is.

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
