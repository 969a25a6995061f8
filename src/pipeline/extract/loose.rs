//! Notes written as a loose list, with no heading that names a section (issue 13):
//!
//! ```markdown
//! - Kitewing onsite, March 24, 2026
//! - Spoke with Hugo Lambert, Engineering Manager
//! - Went well: Yara liked my offline-sync design
//! - Hugo liked my postmortem write-up
//! ```
//!
//! Only plain forms are read, since a wrong guess ends up in a letter: an item labelled with a
//! section's name (`Went well: …`, `Interviewers: …`), an item that opens with who was met
//! (`Spoke with …`, `Met with …`), and an item that opens with the given name of someone listed
//! and says how they took something (`Hugo liked…`, `Fatima and I agreed…`). The company comes from
//! the file name only when the note writes that name too; the date, stage and position from the
//! file name or the first item.

use super::body::field_people;
use super::folder::{STAGES, stage_in};
use super::people;
use super::sections::{self, SectionKind};
use super::unlisted::REACTIONS;
use super::{Context, parse_date};
use crate::model::{Highlight, Kind, Note, Person};
use crate::pipeline::parse::body::Body;

/// How an item says whom the writer met.
const MET: &[&str] =
    &["spoke with ", "met with ", "talked with ", "talked to ", "interviewed with ", "interviewed by "];

impl Context<'_> {
    /// Reads a note that has no heading naming a section.
    pub(super) fn loose(&mut self, note: &mut Note, people: &mut Vec<Person>, body: &Body, rel: &str) {
        if body.sections.iter().any(|s| sections::classify(&s.heading).is_some()) {
            return;
        }
        let items: Vec<(&str, usize)> =
            body.sections.iter().flat_map(|s| s.items.iter().map(|i| (i.text.as_str(), i.line))).collect();
        let mut rest = Vec::new();
        for &(text, line) in &items {
            if let Some((label, value)) = text.split_once(": ") {
                let kind = match sections::normalize(label).as_str() {
                    "need to clarify" | "to clarify" | "clarify" => Some(SectionKind::Clarify),
                    other => sections::classify(other),
                };
                let value = value.trim();
                match kind {
                    Some(k @ (SectionKind::People | SectionKind::Helpers)) => {
                        for person in field_people(value, k, line) {
                            people.push(self.vetted(person, 1));
                        }
                        continue;
                    }
                    Some(SectionKind::Highlights) if !value.is_empty() => {
                        note.highlights.push(Highlight { text: value.to_owned(), about: Vec::new(), line });
                        continue;
                    }
                    Some(SectionKind::Clarify) if !value.is_empty() => {
                        note.clarifications.push(value.to_owned());
                        continue;
                    }
                    _ => {}
                }
            }
            let lower = text.to_lowercase();
            if let Some(met) = MET.iter().find(|m| lower.starts_with(*m)) {
                if let Some(p) = people::parse(&text[met.len()..]) {
                    people.push(self.vetted(people::from_body(p, Kind::Interviewer, line), 1));
                    continue;
                }
            }
            rest.push((text, line));
        }
        for (text, line) in rest {
            if about_someone_listed(text, people) {
                note.highlights.push(Highlight { text: text.to_owned(), about: Vec::new(), line });
            }
        }
        let Some(&(first, _)) = items.first() else { return };
        if note.company.is_none() {
            note.company = company_in_file_name(rel, &body.text);
            if note.company.is_some() {
                note.sources.insert("company".to_owned(), "the file name".to_owned());
            }
        }
        if note.company.is_none() {
            return;
        }
        if note.date.is_none() {
            note.date = month_date_in(first);
            if note.date.is_some() {
                note.sources.insert("date".to_owned(), "the first item".to_owned());
            }
        }
        if note.stage.is_none() {
            note.stage = stage_in(first);
        }
        if note.position.is_none() {
            note.position = role_in(first).or_else(|| sections::position_from_title(first, note.company.as_deref()));
        }
    }
}

/// True for `Hugo liked…` or `Fatima and I agreed…`, Hugo or Fatima being listed.
fn about_someone_listed(text: &str, people: &[Person]) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    people.iter().any(|p| {
        let first = people::first_name(&p.name);
        let full: Vec<&str> = p.name.split_whitespace().collect();
        let after = if words.starts_with(&full) {
            &words[full.len()..]
        } else if words.first() == Some(&first) {
            &words[1..]
        } else {
            return false;
        };
        match after {
            [and, i, ..] if *and == "and" && matches!(*i, "I" | "i") => true,
            [verb, ..] => REACTIONS.contains(verb) || *verb == "lit",
            [] => false,
        }
    })
}

/// The company a file name names (`2026-02-17-ashgrove-phone-screen.md`, `redfern-notes.md`),
/// when `text` writes it with a capital (`Ashgrove`, `Redfern Media`: the capitalised words
/// after it are part of the name).
fn company_in_file_name(rel: &str, text: &str) -> Option<String> {
    let file = rel.rsplit('/').next().unwrap_or(rel).trim_end_matches(".md");
    let meeting = ["interview", "notes", "note", "call", "round", "debrief", "prep"];
    let words: Vec<String> = sections::normalize(&file.replace(['-', '_'], " "))
        .split(' ')
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !meeting.contains(w) && !STAGES.iter().any(|s| s.split(' ').any(|x| x == *w)))
        .map(str::to_owned)
        .collect();
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let found = super::folder::written_as(&words.join(" "), text)?;
    // The capitalised words that follow it on its line, up to punctuation or a kind of interview.
    let line = text.lines().find(|l| l.contains(&found))?;
    let after = &line[line.find(&found)? + found.len()..];
    let mut name = found;
    for word in after.split(' ').skip(1) {
        let bare = word.trim_end_matches([',', ';', ':', '.']);
        let lower = bare.to_lowercase();
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !capital || people::is_title_word(bare) || STAGES.iter().any(|s| s.split(' ').any(|x| x == lower)) {
            break;
        }
        name = format!("{name} {bare}");
        if bare.len() != word.len() {
            break;
        }
    }
    Some(name)
}

/// `March 24, 2026` written in `text`.
fn month_date_in(text: &str) -> Option<jiff::civil::Date> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (0..words.len()).find_map(|i| {
        let candidate = words.get(i..i + 3)?.join(" ");
        let candidate = candidate.trim_end_matches([',', '.', ';']);
        parse_date(candidate)
    })
}

/// `for the Site Reliability Engineer role` → Site Reliability Engineer.
fn role_in(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let start = lower.find("for the ")? + "for the ".len();
    let end = start + lower[start..].find(" role").or_else(|| lower[start..].find(" position"))?;
    let role = text[start..end].trim();
    let words: Vec<&str> = role.split_whitespace().collect();
    let titled = words.iter().any(|w| people::is_title_word(w));
    (titled && words.len() <= 6 && role.chars().next().is_some_and(char::is_uppercase)).then(|| role.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_names_the_company_only_when_the_note_writes_it() {
        let text = "- Stonebridge Insurance, technical interview\n";
        assert_eq!(company_in_file_name("2026-04-02 stonebridge.md", text).as_deref(), Some("Stonebridge Insurance"));
        let text = "- phone screen with Ashgrove for the Site Reliability Engineer role\n";
        assert_eq!(company_in_file_name("2026-02-17-ashgrove-phone-screen.md", text).as_deref(), Some("Ashgrove"));
        assert_eq!(company_in_file_name("2026-02-17-ashgrove.md", "- a grove of ash trees\n"), None);
        assert_eq!(company_in_file_name("2026-02-17.md", "- Ashgrove\n"), None);
    }

    #[test]
    fn the_first_item_gives_date_and_role() {
        assert_eq!(
            month_date_in("Kitewing onsite, March 24, 2026").map(|d| d.to_string()).as_deref(),
            Some("2026-03-24")
        );
        assert_eq!(
            role_in("phone screen with Ashgrove for the Site Reliability Engineer role").as_deref(),
            Some("Site Reliability Engineer")
        );
        assert_eq!(role_in("for the team lunch role play"), None);
    }
}
