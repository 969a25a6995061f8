//! Parse stage: a note's text into front matter and body structure, with positions.
//!
//! Input is a `Source` (the file's path and text); output is a `Document`. Nothing here decides
//! what a field means: `extract` does. A note that cannot be parsed gives one error diagnostic.

pub mod body;
pub mod front_matter;
pub mod mail;
pub mod yaml;

use crate::diagnostic::Diagnostic;
use crate::pipeline::parse::yaml::Node;
use crate::pipeline::scan::Source;

/// A parsed note: front-matter entries and the body's structure.
#[derive(Debug)]
pub struct Document {
    /// Front-matter keys and values in file order; `None` when the note has no front matter.
    pub front: Option<Vec<(String, Node)>>,
    pub body: body::Body,
    /// Byte offset of the body in the note's text, past any front matter.
    pub body_offset: usize,
    /// The emails pasted into the note, by their senders.
    pub mail: Vec<mail::Pasted>,
    /// The note's text with those emails blanked, when it has any: what extraction reads.
    pub without_mail: Option<String>,
}

/// Parses a note.
///
/// # Errors
/// A diagnostic with the file's line and column when the front matter cannot be read.
pub fn parse(source: &Source) -> Result<Document, Diagnostic> {
    let split = front_matter::split(&source.rel, &source.text)?;
    let mail: Vec<mail::Pasted> =
        mail::pasted(&source.text[split.body_offset..]).into_iter().map(|p| p.shifted(split.body_offset)).collect();
    let without_mail = (!mail.is_empty()).then(|| mail::blanked(&source.text, &mail));
    let body = body::parse(without_mail.as_deref().unwrap_or(&source.text), split.body_offset);
    Ok(Document { front: split.front, body, body_offset: split.body_offset, mail, without_mail })
}
