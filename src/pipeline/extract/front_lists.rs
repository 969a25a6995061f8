//! A note kept entirely in its front matter (set 72: `went_well:`, `fumbles:` and `promises:`,
//! each a list of `who:` and `what:`, over an empty body, so that a script can roll the notes into
//! a spreadsheet). Its lists are what a body's sections would be: they are read as those sections,
//! written out after the front matter, where the readers of a body find them.

use super::sections::{self, SectionKind};
use crate::pipeline::parse::Document;
use crate::pipeline::parse::yaml::{Node, Yaml};

/// Keys of an entry that say whom it is about or for.
const WHO: &[&str] = &["who", "to", "with", "for", "name", "person"];
/// Keys of an entry that say what happened.
const WHAT: &[&str] = &["what", "text", "said", "detail", "details", "item", "note"];

/// The note's text with its front matter's lists of highlights, points to clarify and next steps
/// written out as the body's sections (`## went well` over `- Andrea Bouchard: close acceleration
/// story…`), when the note has no body of its own; `None` otherwise. A key that keeps something
/// private (`private:`, `salary:`) is no section, and is not written out.
pub(super) fn as_sections(text: &str, doc: &Document) -> Option<String> {
    let front = doc.front.as_ref()?;
    if !doc.body.text.trim().is_empty() {
        return None;
    }
    let mut body = String::new();
    for (key, node) in front {
        let heading = key.replace(['_', '-'], " ");
        let listed = matches!(
            sections::classify(&heading),
            Some(SectionKind::Highlights | SectionKind::Clarify | SectionKind::NextSteps)
        );
        // (`name_fix: "IT'S GURPREET, not Gurprit"`: a name's spelling, which the note's lines
        // are read for as they are.)
        let spelling = heading.split(' ').any(|w| matches!(w.to_lowercase().as_str(), "name" | "names" | "spelling"));
        if !listed || spelling || sections::is_private(&heading) {
            continue;
        }
        let items = items(node);
        if items.is_empty() {
            continue;
        }
        body.push_str(&format!("\n## {heading}\n\n"));
        for item in items {
            body.push_str(&format!("- {item}\n"));
        }
    }
    if body.is_empty() {
        return None;
    }
    let mut out = text.trim_end().to_owned();
    out.push('\n');
    out.push_str(&body);
    Some(out)
}

/// The entries of a list as lines of a body: a string as it is, an entry with `who:` and `what:`
/// as `Who: what`.
fn items(node: &Node) -> Vec<String> {
    let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let entry = |node: &Node| match &node.value {
        Yaml::Map(fields) => {
            let field = |names: &[&str]| {
                fields
                    .iter()
                    .find(|(k, _)| names.contains(&k.trim().to_lowercase().as_str()))
                    .and_then(|(_, v)| v.as_text())
                    .map(|t| one_line(&t))
                    .filter(|t| !t.is_empty())
            };
            let what = field(WHAT)?;
            Some(match field(WHO) {
                Some(who) => format!("{who}: {what}"),
                None => what,
            })
        }
        _ => node.as_text().map(|t| one_line(&t)).filter(|t| !t.is_empty()),
    };
    match &node.value {
        Yaml::Seq(entries) => entries.iter().filter_map(entry).collect(),
        _ => entry(node).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::scan::Source;

    fn written_out(text: &str) -> Option<String> {
        let source =
            Source { rel: "crcu/r1.md".to_owned(), text: text.to_owned(), saved: None, day_first: None, writer: None };
        let doc = crate::pipeline::parse::parse(&source).expect("the note parses");
        as_sections(text, &doc)
    }

    #[test]
    fn a_front_matter_only_notes_lists_are_its_sections() {
        let note = "---\ndate: 2026-11-16\norg: Chinook Ridge Credit Union\n\
                    went_well:\n  - who: Andrea Bouchard\n    what: \"close acceleration story. she said 'that's the exact problem we have'\"\n\
                    fumbles:\n  - kind: correction\n    to: Andrea Bouchard\n    what: >-\n      said I \"led\" the IFRS 16\n      transition\n\
                    \x20 - kind: not_mentioned\n    what: \"didn't mention the CPA cert\"\n\
                    private:\n  - \"current base 92k\"\n\
                    next_step: \"Wes: 'we'll be in touch by end of next week'\"\n---\n";
        let read = written_out(note).unwrap();
        assert!(read.starts_with(note.trim_end()), "{read}");
        let body = &read[note.trim_end().len()..];
        assert_eq!(
            body,
            "\n\n## went well\n\n- Andrea Bouchard: close acceleration story. she said 'that's the exact problem we have'\n\
             \n## fumbles\n\n- Andrea Bouchard: said I \"led\" the IFRS 16 transition\n- didn't mention the CPA cert\n\
             \n## next step\n\n- Wes: 'we'll be in touch by end of next week'\n"
        );
        assert!(!body.contains("92k"), "a private list is no section");
    }

    #[test]
    fn a_note_with_a_body_keeps_it() {
        assert_eq!(written_out("---\ndate: 2026-11-16\nwent_well:\n  - the demo\n---\n\n## Notes\n- fine\n"), None);
        assert_eq!(written_out("---\ndate: 2026-11-16\ncompany: Acme\n---\n"), None, "nothing to write out");
    }
}
