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
    /// The note's text as extraction reads it, when that differs from the file: the pasted
    /// emails blanked, and an outline's task markers read as checkboxes (`markers_boxed`).
    pub readable: Option<String>,
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
    let text = without_mail.as_deref().unwrap_or(&source.text);
    let readable = markers_boxed(text).or(without_mail);
    let body = body::parse(readable.as_deref().unwrap_or(&source.text), split.body_offset);
    Ok(Document { front: split.front, body, body_offset: split.body_offset, mail, readable })
}

/// Logseq's task markers, as the checkboxes they are, byte for byte (`- TODO email Owen` is `- [ ]
/// email Owen`, `- DONE text Kezia` is `- [x] text Kezia`), and list markers a Google Doc escaped
/// (`\- Forgot…`) or typed as characters (`• `, `– `), as markers, when `text` has any: a plan of thank-yous written in an outline
/// reads like one written as a checklist, and an exported list like a list (set 47).
fn markers_boxed(text: &str) -> Option<String> {
    const MARKERS: &[(&str, &str)] =
        &[("TODO ", "[ ] "), ("LATER ", "[ ] "), ("NOW ", "[ ] "), ("DOING ", "[ ] "), ("DONE ", "[x] ")];
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let rest = &line[indent..];
        // (Set 47: a Google Doc exported to Markdown escapes its list markers, `\- Forgot to
        // mention…`: an item, as written.)
        if ["\\- ", "\\* ", "\\+ "].iter().any(|m| rest.starts_with(m)) {
            changed = true;
            out.push_str(&line[..indent]);
            out.push(' ');
            out.push_str(&rest[1..]);
            continue;
        }
        // (Set 48: Apple Notes pasted as plain text, `• Ngaire Pōtae – Head of Product`, `– said
        // ward 7 has 28 beds → it's 32`: a bullet typed as a character, a list marker.)
        if let Some(bullet) = ["• ", "◦ ", "▪ ", "‣ ", "– "].iter().find(|b| rest.starts_with(**b)) {
            changed = true;
            out.push_str(&line[..indent]);
            out.push('-');
            out.extend(std::iter::repeat_n(' ', bullet.len() - 1));
            out.push_str(&rest[bullet.len()..]);
            continue;
        }
        let item = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("* "));
        let marked = item.and_then(|item| MARKERS.iter().find(|(m, _)| item.starts_with(m)));
        match marked {
            Some((marker, boxed)) => {
                changed = true;
                out.push_str(&line[..indent + 2]);
                out.push_str(boxed);
                out.extend(std::iter::repeat_n(' ', marker.len() - boxed.len()));
                out.push_str(&line[indent + 2 + marker.len()..]);
            }
            None => out.push_str(line),
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outline_s_task_markers_are_checkboxes_in_place() {
        let text = "- thank-yous\n\t- DONE text Kezia\n\t- TODO email Owen\n\t- LATER card\n- TODOS are fine\n";
        let boxed = markers_boxed(text).unwrap();
        assert_eq!(boxed, "- thank-yous\n\t- [x]  text Kezia\n\t- [ ]  email Owen\n\t- [ ]   card\n- TODOS are fine\n");
        assert_eq!(boxed.len(), text.len());
        assert_eq!(markers_boxed("- nothing to do\n"), None);
        let exported = "***To clarify***\n\n\\- Forgot to mention the cert.\n";
        assert_eq!(markers_boxed(exported).unwrap(), "***To clarify***\n\n - Forgot to mention the cert.\n");
        let typed = "WHO WAS THERE\n• Ngaire – Head of Product\n– said 28 beds → it's 32\n";
        let listed = markers_boxed(typed).unwrap();
        assert_eq!(listed, "WHO WAS THERE\n-   Ngaire – Head of Product\n-   said 28 beds → it's 32\n");
        assert_eq!(listed.len(), typed.len());
    }
}
