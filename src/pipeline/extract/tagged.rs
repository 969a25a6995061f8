//! Lines a record tags with what they are (set 63, a sales rep's CRM log): `✅ WIN — Raj: "…"`
//! and `✅ RAPPORT — minor hockey…` say what went well, `❌ ERROR — said my territory is
//! "$4.2M". it's $3.8M.`, `⚠️ MISSED — didn't mention President's Club` and `🤝 COMMITMENT —
//! send Raj a draft 30-60-90 day plan` what to set straight. The tag, in capitals, opens the item
//! (after an emoji, if any) and a dash or a colon ends it; what follows is the line's text.

use crate::model::{Highlight, Note};
use crate::pipeline::parse::body::Body;

/// What a tag says its line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tagged {
    WentWell,
    SetStraight,
}

/// The tags, each as a record writes it in capitals.
const TAGS: &[(&str, Tagged)] = &[
    ("WIN", Tagged::WentWell),
    ("WINS", Tagged::WentWell),
    ("RAPPORT", Tagged::WentWell),
    ("KUDOS", Tagged::WentWell),
    ("PRAISE", Tagged::WentWell),
    ("ERROR", Tagged::SetStraight),
    ("MISTAKE", Tagged::SetStraight),
    ("CORRECTION", Tagged::SetStraight),
    ("MISSED", Tagged::SetStraight),
    ("FORGOT", Tagged::SetStraight),
    ("COMMITMENT", Tagged::SetStraight),
    ("PROMISE", Tagged::SetStraight),
];

/// The tag that opens `item`, and the text after it.
fn tag_of(item: &str) -> Option<(Tagged, &str)> {
    let start = item.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = start.find(|c: char| !c.is_ascii_uppercase())?;
    let (word, rest) = start.split_at(end);
    let (_, kind) = TAGS.iter().find(|(tag, _)| *tag == word)?;
    let text = [" — ", " – ", " - ", ": "].iter().find_map(|sep| rest.strip_prefix(sep))?.trim();
    (!text.is_empty()).then_some((*kind, text))
}

/// Adds to `note` what the tagged items of `body` (outside sections kept to oneself) say went
/// well and what to set straight, unless the note has them already. A tag needs two tagged items
/// at least in the note: one word in capitals alone is a shout, not a record's tag.
pub(super) fn read(note: &mut Note, body: &Body) {
    let items: Vec<(Tagged, &str, usize)> = body
        .sections
        .iter()
        .filter(|s| !super::prose::is_private(&s.heading))
        .flat_map(|s| &s.items)
        .filter_map(|item| {
            let first = item.text.get(..item.first_line).unwrap_or(&item.text);
            tag_of(first).map(|(kind, text)| (kind, text, item.line))
        })
        .collect();
    if items.len() < 2 {
        return;
    }
    for (kind, text, line) in items {
        let known = |t: &str| t.contains(text) || text.contains(t);
        match kind {
            Tagged::WentWell if !note.highlights.iter().any(|h| known(&h.text)) => {
                note.highlights.push(Highlight { text: text.to_owned(), about: Vec::new(), line });
            }
            Tagged::SetStraight if !note.clarifications.iter().any(|c| known(c)) => {
                note.clarifications.push(text.to_owned());
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_in_capitals_says_what_the_line_is() {
        assert_eq!(tag_of("✅ WIN — Raj liked the OR story"), Some((Tagged::WentWell, "Raj liked the OR story")));
        assert_eq!(
            tag_of("❌ ERROR — said $4.2M. it's $3.8M."),
            Some((Tagged::SetStraight, "said $4.2M. it's $3.8M."))
        );
        assert_eq!(tag_of("⚠️ MISSED: didn't mention FR"), Some((Tagged::SetStraight, "didn't mention FR")));
        assert_eq!(tag_of("🤝 COMMITMENT — send Raj the plan"), Some((Tagged::SetStraight, "send Raj the plan")));
        assert_eq!(tag_of("WINE — a bottle"), None, "a word, not a tag");
        assert_eq!(tag_of("Win — lowercase is a word"), None);
        assert_eq!(tag_of("✅ WIN"), None, "nothing after it");
    }
}
