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
use super::people::{self, spelled_out};
use super::sections::{self, SectionKind};
use super::unlisted::REACTIONS;
use super::{Context, parse_date};
use crate::model::{Highlight, Kind, Note, Person};
use crate::pipeline::parse::body::Body;

/// How an item says whom the writer met.
const MET: &[&str] =
    &["spoke with ", "met with ", "talked with ", "talked to ", "interviewed with ", "interviewed by "];

impl Context<'_> {
    /// Adds those named alone among the items that list those met (set 63, a bullet journal: `–
    /// Eileen Fahy — Director of Nursing.` over `– Dr Fionnuala HEGARTY. not "Hegarity".`): run
    /// once the readers have found the others, whose items say what the list is.
    pub(super) fn named_alone_in_lists(&mut self, people: &mut Vec<Person>, body: &Body) {
        for section in body.sections.iter().filter(|s| !super::prose::is_private(&s.heading)) {
            let listed = |parent: Option<usize>| {
                section.items.iter().any(|i| i.parent == parent && people.iter().any(|p| p.line == i.line))
            };
            let alone: Vec<(people::PersonText, usize)> = section
                .items
                .iter()
                .filter(|i| i.parent.is_some() && !people.iter().any(|p| p.line == i.line))
                .filter_map(|i| named_alone(&i.text).filter(|_| listed(i.parent)).map(|p| (p, i.line)))
                .collect();
            for (person, line) in alone {
                people.push(self.vetted(people::from_body(person, Kind::Interviewer, line), 1));
            }
        }
    }

    /// True when `name` is the company the note's folder is named for (`Bronx Arts Collaborative –
    /// recruiter screen` in `bronx-arts-collaborative/`): no one met.
    fn names_the_folder(&self, name: &str) -> bool {
        let folder = self.path.rsplit_once('/').map_or("", |(f, _)| f.rsplit('/').next().unwrap_or(f));
        let first = name.split_whitespace().next().unwrap_or_default().to_lowercase();
        !folder.is_empty() && folder.split('-').next() == Some(first.as_str())
    }

    /// Reads a note that has no heading naming a section.
    pub(super) fn loose(&mut self, note: &mut Note, people: &mut Vec<Person>, body: &Body, rel: &str) {
        // (Set 43: `Round two — Helen Osei, Library Director` as the note's first line, its title:
        // the meeting, then the one it was with and their job.)
        let first = body.sections.first().and_then(|s| match s.level {
            1 => Some((s.heading.clone(), s.line)),
            0 => s.paragraphs.first().and_then(|p| p.lines().first().map(|l| (l.to_string(), p.line))),
            _ => None,
        });
        if let Some((title, line)) = first {
            // (Not `Larkspur — Support Team Lead — hiring manager interview`: a company and a job.)
            let dashes = [" — ", " – ", " - "].iter().map(|d| title.matches(d).count()).sum::<usize>();
            let with = [" — ", " – "]
                .iter()
                .filter_map(|sep| title.split_once(sep))
                .filter(|(_, rest)| dashes == 1 && rest.contains(", "))
                .find_map(|(_, rest)| person_heading(rest));
            if let Some(person) = with {
                people.push(self.vetted(people::from_body(person, Kind::Interviewer, line), 1));
            }
        }
        // (A roster of plain lines, when nothing before named anyone.)
        let unnamed = people.is_empty();
        // `## Wen Li, Firmware Lead (would be my manager)`: a section about each person met.
        for section in body.sections.iter().filter(|s| sections::classify(&s.heading).is_none()) {
            for person in people_heading(&section.heading).into_iter().filter(|_| section.level >= 2) {
                people.push(self.vetted(people::from_body(person, Kind::Interviewer, section.line), 1));
            }
            // `- **Beatriz Sampaio**, Research Director (would be my boss), beatriz@…` under a
            // heading in any language (`Quem estava:`): a list with two items or more that are each
            // a name and a title.
            let listed: Vec<(people::PersonText, usize)> = section
                .items
                .iter()
                .filter(|i| i.parent.is_none())
                .filter_map(|i| {
                    let text = as_listed(&i.text);
                    person_heading(&text).or_else(|| hurried_person(&text)).map(|p| (p, i.line))
                })
                .collect();
            // (Set 73, plain text read as a list: `Fatima Ebrahim - CEO. Very hands on…` over
            // `Daniel Cloete - board member, chairs their HR committee.`)
            let listed = if listed.len() >= 2 || !unnamed {
                listed
            } else {
                let lines: Vec<(usize, &str)> =
                    section.items.iter().filter(|i| i.parent.is_none()).map(|i| (i.line, i.text.as_str())).collect();
                roster(&lines)
            };
            if listed.len() >= 2 {
                for (person, line) in listed {
                    people.push(self.vetted(people::from_body(person, Kind::Interviewer, line), 1));
                }
            }
        }
        // (Set 47, Logseq: `- portfolio walkthrough w/ [[Dhruv Mehrotra]] — Director, Research &
        // Design`, `- [[Hannah]] — Naomi's EA. booked the big boardroom`, at any depth of an
        // outline that lists much else.)
        let listing = |s: &&crate::pipeline::parse::body::Section| {
            matches!(sections::classify(&s.heading), None | Some(SectionKind::People | SectionKind::Helpers))
        };
        // (Set 55: `Also Priya - Priya Chauhan, Recruitment Coordinator (…). She sent the invite…`
        // after the panel's list: one more person, added in a sentence of her own, with what she
        // did after it.)
        for paragraph in body.sections.iter().filter(listing).flat_map(|s| &s.paragraphs) {
            if let Some(person) = paragraph.lines().first().and_then(|l| added_person(l)) {
                people.push(self.vetted(people::from_body(person, Kind::Interviewer, paragraph.line), 1));
            }
            // (Set 73, plain text: `Fatima Ebrahim - CEO. Very hands on…` over `Daniel Cloete -
            // board member, chairs their HR committee.`: a line each, as a list would give them.)
            let lines = paragraph.lines();
            let lines: Vec<(usize, &str)> =
                lines.iter().enumerate().map(|(at, l)| (paragraph.line + at, l.as_str())).collect();
            for (person, line) in roster(&lines).into_iter().filter(|_| unnamed) {
                people.push(self.vetted(people::from_body(person, Kind::Interviewer, line), 1));
            }
        }
        // (Set 60, an email to oneself: `Stéphane Bouchard, CPA – contrôleur, mon futur boss si ça
        // marche.` over `- m'a posé plein de questions…`: a line of its own that introduces
        // someone, over what the writer noted of them.)
        for section in body.sections.iter().filter(listing) {
            for paragraph in &section.paragraphs {
                let over_list = section.items.iter().any(|i| i.line == paragraph.line + 1 && i.parent.is_none());
                if let (true, [line]) = (over_list, &paragraph.lines()[..]) {
                    if let Some(person) = introduced_over_list(line) {
                        people.push(self.vetted(people::from_body(person, Kind::Interviewer, paragraph.line), 1));
                    }
                }
            }
        }
        // (Set 60, a post-mortem's `## Timeline (CET)`: `- 10:10 — Agnieszka Kowalczyk (Staff SRE,
        // "call me Aga") joined, 10 min late`, `- 09:58 — joined Google Meet. Natalia Wójcik
        // (Talent Partner) was there to introduce`: a sentence after the time that opens with them.)
        let shared = body.sections.iter().filter(|s| !super::prose::is_private(&s.heading));
        for item in shared.flat_map(|s| &s.items) {
            for sentence in after_a_time(&item.text).map(split_sentences).unwrap_or_default() {
                // (What they go by, in the brackets, is `called_in`'s: `(Staff SRE, "call me Aga")`.)
                let called = sentence.find(", \"call me ").and_then(|at| {
                    let end = at + 3 + sentence[at + 3..].find('"')?;
                    Some(format!("{}{}", &sentence[..at], &sentence[end + 1..]))
                });
                let sentence = called.unwrap_or(sentence);
                let sentence = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
                // (`09:00 — Lars-Erik Nygaard, Engineering Manager Platform (hiring manager)`: their
                // name and their job after a comma.)
                let titled = titled_in_brackets(sentence).filter(|p| sentence.starts_with(p.name.as_str()));
                let found = titled.or_else(|| introduced_over_list(sentence)).or_else(|| job_in_brackets(sentence));
                // (`Ingrid (Technical Recruiter, …)`: the name the note gives her in full elsewhere,
                // `Recruiter Ingrid Haugen was clear`.)
                if let Some(mut p) = found {
                    p.name = super::spoken::named_in_full(self.text, &p.name).unwrap_or(p.name);
                    people.push(self.vetted(people::from_body(p, Kind::Interviewer, item.line), 1));
                }
            }
        }
        for item in body.sections.iter().filter(listing).flat_map(|s| &s.items) {
            let raw = self.text.lines().nth(item.line.wrapping_sub(1)).unwrap_or("");
            if let Some(person) = linked_person(raw) {
                people.push(self.vetted(people::from_body(person, Kind::Interviewer, item.line), 1));
            }
        }
        if body.sections.iter().any(|s| sections::classify(&s.heading).is_some()) {
            // A note with sections still says whom the writer met in its opening lines.
            // (The title's section too: `# Loomhaven -- QA Engineer II` over `w/ Priyanka …`.)
            let mut titles = 0;
            let opening = body.sections.iter().take_while(|s| {
                titles += usize::from(s.level == 1);
                s.level == 0 || (s.level == 1 && titles == 1 && sections::classify(&s.heading).is_none())
            });
            let mut opening_end = 0;
            for paragraph in opening.flat_map(|s| &s.paragraphs) {
                opening_end = paragraph.line;
                self.introduced_with_addresses(paragraph, people);
                for sentence in split_sentences(&joined(&paragraph.text)).iter().flat_map(|s| hurried(s)) {
                    let before = people.len();
                    self.people_in_sentence(&sentence, paragraph.line, people);
                    // (A name of one word there is an alias, `[[Tomasz Wierzbicki|Tom]]`, or a
                    // nickname: the people list names them in full.)
                    let found = people.split_off(before);
                    // (But `a shift lead named Tony` says who he is.)
                    people.extend(
                        found.into_iter().filter(|p| p.name.split_whitespace().count() >= 2 || p.title.is_some()),
                    );
                }
            }
            // `recruiter = hector valdez. he prepped me…` in a paragraph further down.
            for paragraph in body
                .sections
                .iter()
                .filter(|s| !super::prose::is_private(&s.heading))
                .flat_map(|s| &s.paragraphs)
                // (Only a paragraph with a label can hold one: most are split no further.)
                .filter(|p| p.line > opening_end && (p.text.contains(": ") || p.text.contains(" = ")))
            {
                for sentence in split_sentences(&joined(&paragraph.text)).iter().flat_map(|s| hurried(s)) {
                    self.labelled_people(&sentence, paragraph.line, people);
                }
            }
            // (Set 64, a Trello card's `## Description`: `**2.00–2.45** meeting with **Eileen
            // Fitzgerald, Director of Nursing** + **Margaret Doyle** (ADON) again.`: one met, with
            // their job, in a paragraph past the opening.)
            for section in body.sections.iter().filter(|s| !super::prose::is_private(&s.heading)) {
                if sections::classify(&section.heading).is_some() {
                    continue;
                }
                for paragraph in section.paragraphs.iter().filter(|p| p.line > opening_end) {
                    for sentence in split_sentences(&joined(&paragraph.text)) {
                        for p in people_met_in(&sentence).into_iter().filter(|p| p.title.is_some()) {
                            people.push(self.vetted(people::from_body(p, Kind::Interviewer, paragraph.line), 1));
                        }
                    }
                }
            }
            // (Set 43: `Tour was with Kwame (Kwame Asante, Head of Chemistry – would be my line
            // manager).`, `Observed by Kwame and Mrs Pryce (Joanna Pryce, Deputy Head – …)`: one
            // named in full in brackets after what the writer calls them, in any section.)
            for section in body.sections.iter().filter(|s| !super::prose::is_private(&s.heading)) {
                for paragraph in &section.paragraphs {
                    for p in named_in_full(&paragraph.text) {
                        people.push(self.vetted(people::from_body(p, Kind::Interviewer, paragraph.line), 1));
                    }
                }
            }
            // (Set 44: `Graham Kemp (MD, Dan's dad I think?) came in for the last five minutes`,
            // `Anika Sorensen (People & Culture) did the welcome` in a diary's sections: one named
            // in full, their job in brackets, who did something there.)
            for section in body.sections.iter().filter(|s| !super::prose::is_private(&s.heading)) {
                for paragraph in &section.paragraphs {
                    // (`(MD, Dan's dad I think?) came in…`: a question mark in brackets ends no
                    // sentence.)
                    let mut whole: Vec<String> = Vec::new();
                    for sentence in split_sentences(&joined(&paragraph.text)) {
                        match whole.last_mut() {
                            Some(open) if open.matches('(').count() > open.matches(')').count() => {
                                open.push(' ');
                                open.push_str(&sentence);
                            }
                            _ => whole.push(sentence),
                        }
                    }
                    for sentence in whole {
                        for p in all_titled_in_brackets(&sentence) {
                            let at = sentence.find(&format!("{} (", p.name));
                            let did = at.is_some_and(|at| people::did_after_brackets(&sentence[at..]));
                            if p.name.contains(' ') && did {
                                people.push(self.vetted(people::from_body(p, Kind::Interviewer, paragraph.line), 1));
                            }
                        }
                    }
                }
            }
            // `- Referred by Keisha Lawson (Support Ops)`, `- Recruiter: Lena Fischer (…)`, wherever
            // the note says it.
            for item in body.sections.iter().filter(|s| sections::classify(&s.heading).is_none()).flat_map(|s| &s.items)
            {
                // `- hm = ollie danforth, sr producer live ops`: a hurried label.
                if item.text.contains(" = ") && self.labelled_people(&item.text, item.line, people) {
                    continue;
                }
                if let Some(p) = hurried_comma_person(&item.text) {
                    people.push(self.vetted(people::from_body(p, Kind::Interviewer, item.line), 1));
                    continue;
                }
                // (Set 59, a deal record's `CHAMPION` over `- JP — Jean-Pierre Aoun, Head of
                // Partnerships. Lebanese too, …`: what they go by, then their name in full and their
                // job.)
                if let Some(p) = introduced_in_full(&item.text) {
                    let kind = if p.role.is_some() { Kind::Helper } else { Kind::Interviewer };
                    people.push(self.vetted(people::from_body(p, kind, item.line), 1));
                    continue;
                }
                let together = introduced_together(&item.text);
                if !together.is_empty() {
                    for p in together {
                        let kind = if p.role.is_some() { Kind::Helper } else { Kind::Interviewer };
                        people.push(self.vetted(people::from_body(p, kind, item.line), 1));
                    }
                    continue;
                }
                if let Some((label, value)) = item.text.split_once(": ") {
                    if let Some((k, role)) = people_label(label) {
                        for mut person in field_people(value, k, item.line) {
                            // (A label's role outranks one read from what they did.)
                            if person.role.is_none()
                                || (role.is_some() && person.role.as_deref() == Some("coordinator"))
                            {
                                person.role = role.map(str::to_owned);
                            }
                            people.push(self.vetted(person, 1));
                        }
                        continue;
                    }
                }
                let lower = item.text.to_lowercase();
                if REFERRED.iter().any(|r| lower.starts_with(r)) {
                    if let Some(p) = people::parse(&item.text).filter(|p| p.role.is_some()) {
                        people.push(self.vetted(people::from_body(p, Kind::Helper, item.line), 1));
                    }
                }
                // `- talked w/ Denise Valcourt, practice mgr (she does all the hiring)`.
                if MET.iter().chain(MET_WITH).any(|m| lower.starts_with(m)) || took_place_with(&lower) {
                    let sentence = split_sentences(&item.text).into_iter().next().unwrap_or_default();
                    self.people_in_sentence(&sentence, item.line, people);
                }
                // `- Dwight Amesbury (HR Analyst) ran the clock and read the questions`.
                if let Some(p) = titled_in_brackets(&item.text).filter(|p| item.text.starts_with(p.name.as_str())) {
                    people.push(self.vetted(people::from_body(p, Kind::Interviewer, item.line), 1));
                }
            }
            return;
        }
        // A section for oneself (`## Salary`, `## Private notes`) gives nothing to a letter.
        let read = || body.sections.iter().filter(|s| !super::prose::is_private(&s.heading));
        let items: Vec<(&str, usize)> =
            read().flat_map(|s| s.items.iter().map(|i| (i.text.as_str(), i.line))).collect();
        let mut rest = Vec::new();
        for &(text, line) in &items {
            // `- hm = ollie danforth, sr producer live ops`: a hurried label.
            if text.contains(" = ") && self.labelled_people(text, line, people) {
                continue;
            }
            if let Some(p) = hurried_comma_person(text) {
                people.push(self.vetted(people::from_body(p, Kind::Interviewer, line), 1));
                continue;
            }
            if let Some((label, value)) = text.split_once(": ") {
                let kind = match sections::normalize(label).as_str() {
                    "need to clarify" | "to clarify" | "clarify" => Some(SectionKind::Clarify),
                    other => sections::classify(other),
                };
                let value = value.trim();
                if let Some((k, role)) = people_label(label) {
                    for mut person in field_people(value, k, line) {
                        // (A label's role outranks one read from what they did.)
                        if person.role.is_none() || (role.is_some() && person.role.as_deref() == Some("coordinator")) {
                            person.role = role.map(str::to_owned);
                        }
                        people.push(self.vetted(person, 1));
                    }
                    continue;
                }
                match kind {
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
            // `- talked w/ Denise Valcourt, practice mgr (she does all the hiring)`.
            // (`- w/ jess (jessica marr) - recruiter`: "w/" opens a hurried list's meeting too.)
            // (`- hm call w/ diane ferreira-moss (supervising atty, housing) ~35 min`: a few words
            // may say which meeting first.)
            if MET_WITH.iter().any(|m| lower.starts_with(m)) || lower.starts_with("w/ ") || took_place_with(&lower) {
                let before = people.len();
                let sentence = split_sentences(text).into_iter().next().unwrap_or_default();
                self.people_in_sentence(&sentence, line, people);
                if people.len() > before {
                    continue;
                }
            }
            // (Set 63, a chat: `it was Lachie (Lachlan Bui, exec chef for the whole group) + Tash
            // — Natasha Greer, group ops manager.`, `- JP — Jean-Pierre Aoun, Head of Partnerships`.)
            let introduced = introduced_together(text);
            let introduced = if introduced.is_empty() {
                introduced_in_full(split_sentences(text).first().map_or(text, String::as_str)).into_iter().collect()
            } else {
                introduced
            };
            if !introduced.is_empty() {
                for p in introduced {
                    let kind = if p.role.is_some() { Kind::Helper } else { Kind::Interviewer };
                    people.push(self.vetted(people::from_body(p, kind, line), 1));
                }
                continue;
            }
            // `- front desk lady Trish got me coffee`: one who helped on the day.
            if let Some(p) = helped_on_the_day(text) {
                people.push(self.vetted(people::from_body(p, Kind::Helper, line), 1));
                continue;
            }
            // (Set 68: `- Sanne Oudshoorn (HR business partner, did the phone screen) + Ruud Kerkhof
            // (Head of Transport). Sanne mostly listened…`: two met, each with a title in brackets.)
            // (`- on the call: Marloes van Dijk (corporate recruiter…) + Jeroen Wouters (…)`: after
            // a few words that say where.)
            let first = split_sentences(text).into_iter().next().unwrap_or_default();
            let first = match first.split_once(": ") {
                Some((label, rest)) if label.split_whitespace().count() <= 4 && !label.contains('(') => rest.to_owned(),
                _ => first,
            };
            if [") + ", ") & "].iter().any(|j| first.contains(j)) {
                let both = people_with_titles_in_parentheses(&first);
                if both.len() >= 2 {
                    for p in both {
                        people.push(self.vetted(people::from_body(p, Kind::Interviewer, line), 1));
                    }
                    continue;
                }
            }
            // `- Dwight Amesbury (HR Analyst) ran the clock and read the questions`.
            if let Some(p) = titled_in_brackets(text).filter(|p| text.starts_with(p.name.as_str())) {
                people.push(self.vetted(people::from_body(p, Kind::Interviewer, line), 1));
                continue;
            }
            // `- Nadia Ferreira, Talent Acquisition. 20 min, phone`: an item that is someone.
            if let Some(p) = person_heading(text) {
                people.push(self.vetted(people::from_body(p, Kind::Interviewer, line), 1));
                continue;
            }
            rest.push((text, line));
        }
        // Paragraphs, a sentence at a time: whom the writer met, what landed, what to clarify.
        let mut sentences = Vec::new();
        // (`Not so good. Ms. Quan asked about… I also never mentioned…`: a paragraph that opens
        // as a heading would is a section of its own.)
        let mut to_clarify = Vec::new();
        for section in read() {
            for paragraph in &section.paragraphs {
                self.introduced_with_addresses(paragraph, people);
                let text = joined(&paragraph.text);
                // (`recruiter = hector valdez. he prepped me…`: a hurried full stop ends one too.)
                let mut these: Vec<String> = split_sentences(&text).iter().flat_map(|s| hurried(s)).collect();
                // (`Uh, what she liked.`: a transcript's label, after the speaker's filler.)
                let opens = these.first().map(|s| {
                    let s = ["Uh, ", "Um, ", "So, ", "Okay, ", "Ok, ", "And "]
                        .iter()
                        .fold(s.as_str(), |s, filler| s.strip_prefix(filler).unwrap_or(s));
                    s.trim_end_matches(['.', ':', '!']).to_owned()
                });
                let heads = opens.filter(|o| o.split_whitespace().count() <= 4).and_then(|o| sections::classify(&o));
                if heads == Some(SectionKind::Clarify) && these.len() > 1 {
                    these.remove(0);
                    to_clarify.push((these.clone(), paragraph.line));
                } else if heads == Some(SectionKind::Highlights) && these.len() > 1 {
                    these.remove(0);
                }
                sentences.extend(these.into_iter().map(|s| (s, paragraph.line)));
            }
        }
        for (sentence, line) in &sentences {
            self.people_in_sentence(sentence, *line, people);
        }
        let clarifying = |line: usize| to_clarify.iter().any(|(_, l)| *l == line);
        let mut previous: Option<(&str, usize)> = None;
        for (text, line) in rest.into_iter().chain(sentences.iter().map(|(s, l)| (s.as_str(), *l))) {
            let before = previous.replace((text, line)).filter(|(_, l)| *l == line).map(|(b, _)| b);
            if is_clarification(text) {
                note.clarifications.push(text.to_owned());
            } else if about_someone_listed(text, people) && !clarifying(line) {
                // What follows a semicolon or their own words is another thought.
                let text = super::prose::cut_at_semicolon(text).to_owned();
                // (`i told the story about the mislabeled panel… she liked that a lot`.)
                let text = before.and_then(|b| super::prose::told_before(&text, b)).unwrap_or(text);
                note.highlights.push(Highlight { text, about: Vec::new(), line });
            }
        }
        for (these, _) in &to_clarify {
            for thing in things_to_set_straight(these, people) {
                let known = note.clarifications.iter().any(|c| c.contains(&thing) || thing.contains(c.as_str()));
                if !known {
                    note.clarifications.push(thing);
                }
            }
        }
        // The first line of the note, and whether it is an item (a title-like line) or prose.
        let (first, is_item) = match (items.first(), sentences.first()) {
            (Some(&(_, item_line)), Some((sentence, line))) if *line < item_line => (sentence.as_str(), false),
            (Some(&(item, _)), _) => (item, true),
            (None, Some((sentence, _))) => (sentence.as_str(), false),
            (None, None) => return,
        };
        // A dated file in a company's folder is that company's, whatever else its name says
        // (`northgate-distribution/Nov-16 HM call.md`).
        if note.company.is_none() {
            // (Its headings too: set 60's `# Aéro Laurentide - 1ère entrevue - notes` writes the
            // folder's `aero-laurentide` with its accent.)
            note.company = super::folder::company_of(rel, self.text, false);
            if note.company.is_some() {
                note.sources.insert("company".to_owned(), "the folder".to_owned());
            }
        }
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
        // (An item under someone's heading is about them: `- would be my mgr` is no job.)
        let under_someone = read().find(|s| !s.items.is_empty()).is_some_and(|s| person_heading(&s.heading).is_some());
        let titles = is_item && !under_someone && !crate::text::words::contains_word(&first.to_lowercase(), "my");
        if note.position.is_none() {
            note.position = role_in(first)
                .or_else(|| titles.then(|| sections::position_from_title(first, note.company.as_deref())).flatten());
        }
    }
}

/// A paragraph's lines as one text, a soft break a space, except before a line that opens with
/// a time (`1:17  deviations — …`): a running log's entries stay apart, on lines of their own.
pub(super) fn joined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            let stamped = line.trim_start().split(' ').next().is_some_and(|w| {
                let (h, m) = w.split_once(':').unwrap_or(("", ""));
                (1..=2).contains(&h.len())
                    && h.chars().all(|c| c.is_ascii_digit())
                    && m.len() == 2
                    && m.chars().all(|c| c.is_ascii_digit())
            });
            // (`…he liked the property-based test idea⏎Overall: meh. He seemed fine…`: a line that
            // opens with the writer's verdict starts another thought.)
            const VERDICTS: &[&str] =
                &["Overall:", "Verdict:", "Summary:", "Takeaway:", "Vibe:", "Outcome:", "Impression:", "Feeling:"];
            let labelled = line.trim_start().split(' ').next().is_some_and(|w| VERDICTS.contains(&w));
            out.push(if stamped || labelled { '\n' } else { ' ' });
        }
        out.push_str(line);
    }
    out
}

/// The sentences of a paragraph: each ends with `.`, `!` or `?` before a space and a capital
/// (so `Dr. Achebe` and `4.5` stay whole), or at a line break `joined` kept.
pub(crate) fn split_sentences(text: &str) -> Vec<String> {
    if text.contains('\n') {
        return text.lines().flat_map(split_sentences).collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // (`… "quick after the demo." I liked them.`: a closing quote goes with its sentence.)
        let quote = usize::from(chars.get(n + 1).is_some_and(|(_, c)| matches!(c, '"' | '”')));
        let next_is_space = chars.get(n + 1 + quote).is_some_and(|(_, c)| *c == ' ');
        let then_capital = chars.get(n + 2 + quote).is_some_and(|(_, c)| c.is_uppercase());
        // (`Beatriz (Dr. Worthington's assistant)`: a bracket before the word is no part of it.)
        let word = text[start..i].rsplit(' ').next().unwrap_or("").trim_start_matches(['(', '[', '"', '“']);
        let abbreviation = matches!(
            word,
            "Dr" | "Mr"
                | "Mrs"
                | "Ms"
                | "Prof"
                | "St"
                | "Jr"
                | "Sr"
                | "vs"
                | "e.g"
                | "i.e"
                | "incl"
                | "approx"
                | "excl"
                | "est"
        );
        if (n + 1 + quote == chars.len() || (next_is_space && then_capital)) && !abbreviation {
            let end = chars.get(n + 1 + quote).map_or(text.len(), |&(j, _)| j);
            out.push(text[start..end].trim().to_owned());
            start = end;
        }
    }
    let tail = text[start..].trim();
    if !tail.is_empty() {
        out.push(tail.to_owned());
    }
    out
}

/// A hurried sentence's parts: a full stop before a word in lower case ends one too, when what
/// it ends has three words or more (`she reacted well when I brought up tagging. wrote something
/// down.`), but not after a short word (`approx. 30`, `e.g. dbt`).
pub(super) fn hurried(sentence: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in sentence.match_indices(". ") {
        let next = sentence[at + 2..].chars().next();
        let part = &sentence[start..at];
        let last = part.rsplit(' ').next().unwrap_or_default().to_lowercase();
        let short = last.len() <= 4 && !last.chars().any(|c| c.is_ascii_digit()) && part.split_whitespace().count() < 3;
        let abbreviation =
            ["approx", "e.g", "i.e", "etc", "vs", "incl", "esp", "dr", "mr", "ms", "mrs", "st", "sr", "jr"]
                .contains(&last.as_str());
        if next.is_some_and(char::is_lowercase) && !short && !abbreviation && part.split_whitespace().count() >= 3 {
            out.push(format!("{}.", part.trim()));
            start = at + 2;
        }
    }
    out.push(sentence[start..].trim().to_owned());
    out
}

impl Context<'_> {
    /// The people a paragraph's lines introduce each with an address that spells their name.
    fn introduced_with_addresses(
        &mut self,
        paragraph: &crate::pipeline::parse::body::Paragraph,
        people: &mut Vec<Person>,
    ) {
        for (line, text) in (paragraph.line..).zip(paragraph.lines()) {
            if let Some(p) = introduced_with_address(&text) {
                people.push(self.vetted(people::from_body(p, Kind::Interviewer, line), 1));
            }
        }
    }

    /// The people a sentence of prose says the writer met: after a label inside a line
    /// (`Zoom. Interviewer: Elena Petrova, Staff ML Engineer.`), after "spoke with" and the like,
    /// or each with a title in brackets.
    fn people_in_sentence(&mut self, sentence: &str, line: usize, people: &mut Vec<Person>) {
        // (`talked w/ kelsey marsh (…) then she looped in greg petrakis - site ops mgr`: two
        // meetings, one after the other.)
        if let Some(at) = sentence.find(" then ").filter(|&at| {
            let after = sentence[at..].to_lowercase();
            MET_WITH.iter().any(|m| after.contains(m))
        }) {
            self.people_in_sentence(&sentence[..at], line, people);
            self.people_in_sentence(&sentence[at + " then ".len()..], line, people);
            return;
        }
        if self.labelled_people(sentence, line, people) {
            return;
        }
        // (Set 64, a thread's notes: `Hemi Rangi — Manager, Adaptation Policy (chair). Will Ashdown
        // — Principal Policy Advisor.`: a sentence that is a full name, a dash and a title, as a
        // list's line would be.)
        // (Set 69: `**Dimitri "Dim" Katsaros** — Group Exec Chef — grilled me…`: what he goes by,
        // quoted inside his name, in bold.)
        let unquoted = people::given_in_full_between(sentence);
        let sentence = unquoted.as_deref().unwrap_or(sentence);
        if let Some((name, _)) = [" — ", " – "].iter().find_map(|d| sentence.split_once(d)) {
            let name = name.split(" (").next().unwrap_or(name);
            let name = name.trim();
            let full = (2..=3).contains(&name.split_whitespace().count())
                && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                && name != name.to_uppercase()
                && people::looks_like_name(name)
                && !self.names_the_folder(name);
            // (`— Group Exec Chef — grilled me for 90 minutes`: what they did, after a second dash.)
            let heading = [" — ", " – "]
                .iter()
                .filter_map(|d| sentence.match_indices(d).nth(1).map(|(at, _)| at))
                .min()
                .map_or(sentence, |at| &sentence[..at]);
            if let Some(p) = person_heading(heading.trim_end_matches('.')).filter(|p| full && p.name == name) {
                people.push(people::from_body(p, Kind::Interviewer, line));
                return;
            }
        }
        if let Some((label, value)) = sentence.split_once(": ") {
            let kind = sections::classify(label).filter(|_| label.split_whitespace().count() <= 3);
            if let Some(k @ (SectionKind::People | SectionKind::Helpers)) = kind {
                for person in field_people(value.trim_end_matches('.'), k, line) {
                    people.push(self.vetted(person, 1));
                }
                return;
            }
        }
        if let Some(p) = referrer_in(sentence).or_else(|| arranged_via(sentence)) {
            people.push(self.vetted(people::from_body(p, Kind::Helper, line), 1));
        }
        let mut met = people_met_in(sentence);
        // (`Final round = lunch with Margaret Pruitt (managing partner) "if her trial schedule
        // allows"`: one still to meet.)
        // (`met w/ Gary Pruitt (owner) + Luis Ocampo (site super, …)`: each with a title in
        // brackets, more than one reader found.)
        if met.len() <= 1 && !still_to_come(sentence) {
            let bracketed = people_with_titles_in_parentheses(sentence);
            if bracketed.len() > met.len() {
                met = bracketed;
            }
        }
        if met.is_empty() {
            met = all_titled_in_brackets(sentence);
        }
        if met.is_empty() {
            met.extend(met_and_said_who(sentence));
        }
        // (Set 63, a chat: `it was Lachie (Lachlan Bui, exec chef for the whole group) + Tash —
        // Natasha Greer, group ops manager.`)
        if met.is_empty() {
            met = introduced_together(sentence);
        }

        // (Set 46: `Jo's card says Joanne Kostas, Head of Nursing, joanne.kostas@…`: the card names
        // whom it is of.)
        if met.is_empty() {
            let lower = sentence.to_lowercase();
            if let Some(at) =
                ["'s card says ", "’s card says "].iter().find_map(|w| lower.find(w).map(|at| at + w.len()))
            {
                met.extend(people::parse(sentence[at..].trim_end_matches('.')).filter(|p| p.title.is_some()));
            }
        }
        if met.is_empty() {
            // (`Patricia is the GM of the whole site.` under `GM interview – Patricia Vance`: named
            // as fully as the note names her.)
            // (Only there: `it's in my phone under Shaz Mansfield` is no surname.)
            let first = self.text.lines().map(str::trim).find(|l| !l.is_empty() && *l != "---").unwrap_or_default();
            met.extend(said_to_be(sentence).into_iter().map(|mut p| {
                if let Some(full) = super::spoken::named_in_full(first, &p.name) {
                    p.name = full;
                }
                p
            }));
        }
        // (`also met a shift lead named Tony who showed me the freezer side`: one met, whose job
        // the sentence says, not one who helped on the day.)
        if met.is_empty() {
            met.extend(named_one(sentence).filter(|p| p.title.is_some()));
        }
        if met.is_empty() {
            if let Some(p) = helped_on_the_day(sentence) {
                people.push(self.vetted(people::from_body(p, Kind::Helper, line), 1));
                return;
            }
            met = with_honorifics(sentence);
        }
        // `doctor win [Dr. Nguyen — Thuy Nguyen, PharmD, owner and PIC]`: a transcript's correction
        // in square brackets names them in full.
        for p in corrected_in_brackets(sentence).into_iter().filter(|p| !met.iter().any(|m| m.name == p.name)) {
            let helps = p.role.is_some() || p.title.as_deref().and_then(people::role_from_title).is_some();
            people.push(people::from_body(p, if helps { Kind::Helper } else { Kind::Interviewer }, line));
        }
        // (`Declan Moss, the recruiter who did my phone screen, called`: named so in passing, one
        // who helps; the note says elsewhere if they interviewed.)
        let in_passing = appositives(sentence).into_iter().filter(|p| !met.iter().any(|m| m.name == p.name));
        for p in in_passing.collect::<Vec<_>>() {
            let helps = p.role.is_some() || p.title.as_deref().and_then(people::role_from_title).is_some();
            people.push(people::from_body(p, if helps { Kind::Helper } else { Kind::Interviewer }, line));
        }
        // (`… and a guy named Luis, GM of the Elm St location`: one met, whose name the writer
        // had just learnt.)
        if let Some(p) = named_one(sentence).filter(|p| !met.iter().any(|m| m.name == p.name)) {
            met.push(p);
        }
        for p in met {
            people.push(people::from_body(p, Kind::Interviewer, line));
        }
    }
}

/// Those a spoken sentence says are who, in a voice memo's words (set 46): `so the boss is Dr Gus
/// Whitlock, well Graham…` (Gus Whitlock, Boss), `Shaz is the senior nurse, Sharon um…` (Shaz,
/// Senior Nurse), `there's another vet Dr Priya Nair she's only…` (Priya Nair, Vet), `and Deb on
/// reception she's been there…` (Deb, Reception). Each clause names one, with a job.
fn said_to_be(sentence: &str) -> Vec<people::PersonText> {
    const JOBS: &[&str] = &["boss", "vet", "receptionist", "reception", "nurse", "owner", "manager", "head"];
    let job = |w: &str| JOBS.contains(&w.to_lowercase().as_str()) || people::is_title_word(w);
    // A name of one to three capitalised words, an honorific before it left out (`Dr Gus Whitlock`).
    let name_at = |words: &[&str]| -> Option<(String, usize)> {
        let skip = usize::from(words.first().is_some_and(|w| people::honorific(&w.to_lowercase()).is_some()));
        let n = words[skip..]
            .iter()
            .take(3)
            .take_while(|w| {
                let w = w.trim_end_matches([',', '.']);
                w.starts_with(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && !people::is_common_word(w)
                    && !super::dates::is_weekday(w)
                    && super::dates::month_number(w).is_none()
            })
            .count();
        let name = words[..skip + n].join(" ").trim_end_matches([',', '.']).to_owned();
        (n > 0 && people::looks_like_name(&name)).then_some((name, skip + n))
    };
    let title_of = |words: &[&str]| -> Option<String> {
        let end = words
            .iter()
            .position(|w| {
                ["she", "he", "they", "who", "she's", "he's", "um", "well"].contains(&w.to_lowercase().as_str())
            })
            .unwrap_or(words.len())
            // (Set 48: `the head of financial crime compliance`: a title with "of" runs on.)
            .min(if words.get(1).is_some_and(|w| *w == "of") { 5 } else { 3 });
        let words = &words[..end];
        (!words.is_empty() && words.iter().any(|w| job(w)))
            .then(|| {
                let title = words.join(" ").trim_end_matches([',', '.']).to_owned();
                // (`head of compliance` is Head of Compliance.)
                super::folder::capitalised(&title).replace(" Of ", " of ").replace(" And ", " and ")
            })
            // (`the boss` is no title an envelope carries.)
            .filter(|t| t != "Boss")
    };
    let mut out = Vec::new();
    for clause in sentence.split(", ").flat_map(|c| c.split(" and ")) {
        let words: Vec<&str> = clause.split_whitespace().collect();
        let lead = words
            .iter()
            .take_while(|w| ["so", "and", "um", "then", "ok", "like"].contains(&w.to_lowercase().as_str()))
            .count();
        let words = &words[lead..];
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let found = if let Some(at) = lower.iter().position(|w| w == "is").filter(|&at| at > 0 && at <= 3) {
            match (name_at(&words[..at]), lower.get(at + 1).map(String::as_str)) {
                // `Shaz is the senior nurse`.
                (Some((name, n)), Some("the" | "our" | "their" | "a" | "an")) if n == at => {
                    title_of(&words[at + 2..]).map(|title| (name, Some(title)))
                }
                // `the boss is Dr Gus Whitlock`.
                (None, _) if lower[0] == "the" && words[1..at].iter().any(|w| job(w)) => {
                    name_at(&words[at + 1..]).map(|(n, _)| (n, title_of(&words[1..at])))
                }
                _ => None,
            }
        } else if lower.first().is_some_and(|w| w == "there's" || w == "theres") {
            // `there's another vet Dr Priya Nair`.
            let det = usize::from(lower.get(1).is_some_and(|w| ["another", "a", "an", "the"].contains(&w.as_str())));
            let title_words = words[1 + det..].iter().take_while(|w| job(w)).count();
            let title = title_of(&words[1 + det..1 + det + title_words]);
            title.and_then(|t| name_at(&words[1 + det + title_words..]).map(|(n, _)| (n, Some(t))))
        } else if let Some((name, title)) = introduced(words, &lower, &name_at, &title_of) {
            // (Set 48: `it was with Edward Fairclough the head of compliance`, `a chap called Raj
            // Mehta who's a senior compliance manager on the KYC side`.)
            Some((name, Some(title)))
        } else if let Some((name, n)) = name_at(words).filter(|_| lower.get(1).map(String::as_str) == Some("on")) {
            // `Deb on reception`.
            (lower.get(n + 1).map(String::as_str) == Some("reception")).then(|| (name, Some("Reception".to_owned())))
        } else {
            None
        };
        if let Some((name, title)) = found {
            let lower_title = title.as_deref().unwrap_or_default().to_lowercase();
            let role = people::role_from_title(&lower_title).map(str::to_owned).or_else(|| {
                (lower_title == "reception" || lower_title.contains("receptionist")).then(|| "assistant".to_owned())
            });
            out.push(people::PersonText { name, title, role, ..Default::default() });
        }
    }
    out
}

/// Where a name opens some words: the name, and how many words it takes.
type NameAt = dyn Fn(&[&str]) -> Option<(String, usize)>;

/// A name a spoken clause introduces after "with" or "called" (or opens with), and the job it
/// then says they do: `it was with Edward Fairclough the head of compliance`, `a chap called Raj
/// Mehta who's a senior compliance manager`, `Laura Kemp who's a senior compliance adviser`.
fn introduced(
    words: &[&str],
    lower: &[String],
    name_at: &NameAt,
    title_of: &dyn Fn(&[&str]) -> Option<String>,
) -> Option<(String, String)> {
    let from = lower.iter().position(|w| ["with", "called", "named"].contains(&w.as_str())).map_or(0, |at| at + 1);
    // (Only at the clause's start, or after "it was with", "a chap called": not `I went with…`.)
    if from > 4 {
        return None;
    }
    let (name, n) = name_at(&words[from..])?;
    let rest = &lower[from + n..];
    let skip = match rest {
        [who, det, ..]
            if ["who's", "whos"].contains(&who.as_str()) && ["a", "an", "the", "their"].contains(&det.as_str()) =>
        {
            2
        }
        [who, is, det, ..] if who == "who" && is == "is" && ["a", "an", "the", "their"].contains(&det.as_str()) => 3,
        [det, ..] if ["the", "their"].contains(&det.as_str()) => 1,
        _ => return None,
    };
    let title = title_of(&words[from + n + skip..])?;
    Some((name, title))
}

/// Someone a hurried line under `who was there:` names first, in lower case, with what they do
/// after a dash or in brackets: `rafa - sous at elm st, leaving in jan` is Rafa, Sous; `luis
/// (GM) stopped by the pass` is Luis, GM; `"Big Tom" - grill, lead line cook` is Tom, Lead Line
/// Cook; `marguerite (on and off…)` is Marguerite. `None` when the line opens with no name.
/// The one a paragraph adds to those met, in a sentence of its own that opens it: `Also Priya -
/// Priya Chauhan, Recruitment Coordinator (recruitment team)`, named in full, with a job.
fn added_person(line: &str) -> Option<people::PersonText> {
    let added = ["Also ", "Plus "].iter().find_map(|a| line.strip_prefix(a))?;
    let sentence = added.split(". ").next().unwrap_or(added).trim_end_matches('.');
    people::parse_listed(sentence)
        .filter(|p| p.title.as_deref().is_some_and(people::is_a_job) && people::names_in_full(&p.name))
}

/// The people of lines (with their line numbers) that each name one in full, a dash, then what
/// they are (`dashed_person`): two or more, one of them with a job, a roster that says what the
/// others are too (`Daniel Cloete - board member, chairs their HR committee` beside a CEO's
/// line). One such line alone may be a title (`Thread Draft - Job Hunt Diary Pt 6`).
fn roster(lines: &[(usize, &str)]) -> Vec<(people::PersonText, usize)> {
    let found: Vec<(people::PersonText, usize)> =
        lines.iter().filter_map(|&(at, l)| Some((dashed_person(l)?, at))).collect();
    let jobs = found.iter().filter(|(p, _)| p.title.as_deref().is_some_and(people::is_a_job)).count();
    if found.len() >= 2 && jobs >= 1 { found } else { Vec::new() }
}

/// One a line of its own names in full, a dash, then what they are: `Fatima Ebrahim - CEO. Very
/// hands on, showed me the stores herself first.`
fn dashed_person(line: &str) -> Option<people::PersonText> {
    let sentence = line.split(". ").next().unwrap_or(line).trim_end_matches('.');
    let (name, _) = [" - ", " – ", " — "].iter().filter_map(|d| sentence.split_once(d)).min_by_key(|(n, _)| n.len())?;
    if !(people::names_in_full(name) && people::looks_like_name(name)) {
        return None;
    }
    let mut person = people::parse_listed(sentence).filter(|p| p.name == name)?;
    // (`board member, chairs their HR committee`: what they are, before what they do.)
    if person.title.is_none() {
        let after = &sentence[name.len()..].trim_start_matches([' ', '-', '–', '—']);
        let what = after.split([',', ';', '(']).next().unwrap_or_default().trim();
        person.title = (!what.is_empty() && what.split_whitespace().count() <= 4).then(|| what.to_owned());
    }
    person.title.is_some().then_some(person)
}

pub(super) fn hurried_line_person(line: &str) -> Option<people::PersonText> {
    let line = line.trim().trim_start_matches(['-', '*', ' ', '\t']);
    // (`"Big Tom"`: the name they go by, its last word the given name.)
    let (name, rest) = match line.strip_prefix('"') {
        Some(quoted) => {
            let (called, rest) = quoted.split_once('"')?;
            (called.split_whitespace().last()?.to_owned(), rest.trim_start())
        }
        None => {
            let end =
                [" (", " - ", " — ", " – ", ", ", " "].iter().filter_map(|s| line.find(s)).min().unwrap_or(line.len());
            (line[..end].to_owned(), line[end..].trim_start())
        }
    };
    let plain =
        name.len() >= 3 && name.chars().all(char::is_alphabetic) && !people::is_common_word(&name.to_lowercase());
    if !plain || !(rest.is_empty() || rest.starts_with(['(', '-', '—', '–', ','])) {
        return None;
    }
    let name = super::folder::capitalised(&name.to_lowercase());
    let said = match rest.strip_prefix('(') {
        Some(inside) => inside.split(')').next().unwrap_or_default(),
        None => rest.trim_start_matches(['-', '—', '–', ',', ' ']).split(". ").next().unwrap_or_default(),
    };
    // (The first part that is a title: `grill, lead line cook` → Lead Line Cook.)
    let title = said
        .split(", ")
        .map(|part| part.split(" at ").next().unwrap_or(part).trim())
        .find(|part| {
            part.split_whitespace().count() <= 4 && spelled_out(part).split_whitespace().any(people::is_title_word)
        })
        .map(|t| if t.len() <= 3 { t.to_uppercase() } else { people::title_cased(&spelled_out(t)) });
    people::looks_like_name(&name).then(|| people::PersonText { name, title, ..Default::default() })
}

/// One a line of a hurried note introduces with their job and an address that spells their name:
/// `kirsty galbraith - talent acq at northgale. kirsty.galbraith@…. rang me at 10:15`, `gareth
/// pryce ops mgr (scotland + n england). gareth.pryce@…`. A name of two words or more, and the
/// address theirs, not a shared inbox.
fn introduced_with_address(line: &str) -> Option<people::PersonText> {
    let (start, _, email) = people::find_email(line)?;
    let before = line[..start].trim_end_matches([' ', '.', ',', '-', '—', '(', '<', ':']);
    // (`Recruiter: Mirela Dobre (mirela@…)`: a labelled line is read as such.)
    if before.contains(": ") || before.contains(" = ") {
        return None;
    }
    let mut p = people::parse_listed(before)?;
    // (`talent acq at northgale`: where they work is the note's company.)
    p.title = p.title.map(|t| t.split(" at ").next().unwrap_or_default().to_owned()).filter(|t| !t.is_empty());
    let theirs = p.name.split_whitespace().count() >= 2 && super::prose::address_of(line, &p.name).is_some();
    // (The title a listed line gives is what makes it a person's line, not a sentence about them.)
    (theirs && p.title.is_some()).then_some(people::PersonText { email: Some(email), ..p })
}

/// The one a sentence introduces by name, with their title, as the writer met them: `a guy named
/// Luis, GM of the Elm St location` is Luis, GM. The name is one or two capitalised words, and a
/// title follows its comma.
pub(super) fn named_one(sentence: &str) -> Option<people::PersonText> {
    const NAMED: &[&str] = &[
        "a guy named ",
        "a woman named ",
        "a man named ",
        "a lady named ",
        "someone named ",
        "a person named ",
        "guy named ",
        "woman named ",
    ];
    let lower = sentence.to_ascii_lowercase();
    // (`also met a shift lead named Tony who showed me the freezer side`: what they do, before.)
    let titled_before = lower.find(" named ").and_then(|at| {
        let before: Vec<&str> =
            sentence[..at].split_whitespace().rev().take_while(|w| !["a", "an", "the"].contains(w)).collect();
        let title: Vec<&str> = before.into_iter().rev().collect();
        let fits = (1..=3).contains(&title.len()) && title.iter().any(|w| people::is_title_word(&spelled_out(w)));
        fits.then(|| (at + " named ".len(), title.join(" ")))
    });
    if let Some((at, title)) = titled_before {
        let name = sentence[at..].split(|c: char| !c.is_alphabetic() && c != '-').next().unwrap_or_default();
        let named =
            name.starts_with(char::is_uppercase) && people::looks_like_name(name) && !people::is_common_word(name);
        return named.then(|| people::PersonText {
            name: name.to_owned(),
            title: Some(people::title_cased(&spelled_out(&title))),
            ..Default::default()
        });
    }
    let at = NAMED.iter().find_map(|n| lower.find(n).map(|i| i + n.len()))?;
    let rest = &sentence[at..];
    // (The name ends at its comma: `Luis, GM` is Luis.)
    let mut words: Vec<&str> = Vec::new();
    for raw in rest.split_whitespace().take(2) {
        let w = raw.trim_end_matches([',', '.', ';', ':', ')']);
        if !(w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')) {
            break;
        }
        words.push(w);
        if w.len() < raw.len() {
            break;
        }
    }
    // (`a guy named ray who's their field super`: a hurried note's name, in lower case, before
    // what they do.)
    let lower_name = match rest.split_once(' ') {
        Some((w, after))
            if words.is_empty()
                && w.len() >= 3
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !people::is_common_word(w)
                && ["who's ", "who is ", "whos ", "something", "from ", "("].iter().any(|p| after.starts_with(p)) =>
        {
            Some(super::folder::capitalised(w))
        }
        _ => None,
    };
    let name = lower_name.clone().unwrap_or_else(|| words.join(" "));
    if name.is_empty() || !people::looks_like_name(&name) || people::is_common_word(&name.to_lowercase()) {
        return None;
    }
    // (`ray who's their field super or gen foreman, wasnt clear`: what they do, which the writer
    // was unsure of: someone met, with no title.)
    // (`a lady named brenda something (ruiz? rios?) from HR`: one from HR helps.)
    if lower_name.is_some() {
        let hr = rest.split(['.', ';']).next().is_some_and(|clause| {
            let lower = clause.to_ascii_lowercase();
            lower.contains(" from hr") || lower.contains(" in hr")
        });
        let role = hr.then(|| "coordinator".to_owned());
        return Some(people::PersonText { name, role, ..Default::default() });
    }
    // (Two capitalised words may be a name and the next sentence's first word: only a comma
    // straight after the name opens a title.)
    let after = rest[rest.find(name.as_str())? + name.len()..].trim_start();
    let title = after.strip_prefix(", ").map(|t| {
        let t = t.split(['.', ';', '(']).next().unwrap_or_default();
        t.split(" of the ").next().unwrap_or_default().trim().to_owned()
    });
    // (Only with a title: `a woman named Kit walked me back out` names one met in passing.)
    let title = title.filter(|t| {
        t.split_whitespace().count() <= 5 && t.split_whitespace().any(|w| people::is_title_word(&spelled_out(w)))
    })?;
    Some(people::PersonText { name, title: Some(title), ..Default::default() })
}

impl Context<'_> {
    /// The people a sentence lists after a label that names their role (`Recruiter: Lena
    /// Fischer`, `recruiter = hector valdez`); true when the label is one.
    fn labelled_people(&mut self, sentence: &str, line: usize, people: &mut Vec<Person>) -> bool {
        // (`Recruiter = Owen Baptiste (agency, Kestrel Talent)`: an equals sign labels too.)
        let labelled = sentence.split_once(": ").or_else(|| sentence.split_once(" = "));
        let Some((label, value)) = labelled else { return false };
        // (`derek faulk = operations manager.`: the other way round, a name given its title.)
        if sentence.contains(" = ") && people_label(label).is_none() {
            let name = people::lower_case_name(label.trim()).or_else(|| {
                let label = label.trim();
                (label.split(' ').count() >= 2 && people::looks_like_name(label)).then(|| label.to_owned())
            });
            let title = value.split(['.', ',', ';', '(']).next().unwrap_or_default().trim();
            let titled = (1..=4).contains(&title.split_whitespace().count())
                && title.split_whitespace().any(|w| people::is_title_word(&spelled_out(w)));
            if let (Some(name), true) = (name, titled) {
                let person = people::PersonText {
                    name,
                    title: Some(people::title_cased(&spelled_out(title))),
                    ..Default::default()
                };
                people.push(self.vetted(people::from_body(person, Kind::Interviewer, line), 1));
                // (What the sentence goes on to say may name others: `… also met a shift lead
                // named Tony`.)
                return false;
            }
        }
        let Some((k, role)) = people_label(label).filter(|_| label.split_whitespace().count() <= 3) else {
            return false;
        };
        // (`Referred by: Hannah Yoo (…)⏎Coordinator: Rosa Delgado, site admin`: lines run
        // together in a paragraph; the next label starts another field.)
        let next_label = value.match_indices(": ").find_map(|(at, _)| {
            let words: Vec<&str> = value[..at].split(' ').collect();
            (1..=3.min(words.len())).find_map(|n| {
                let label = words[words.len() - n..].join(" ");
                let start = at - label.len();
                // (`Not present: Executive Editor Alan Fairweather`: nobody met.)
                let negated =
                    words.len() > n && matches!(words[words.len() - n - 1].to_lowercase().as_str(), "not" | "no");
                (start > 0 && !negated && people_label(&label).is_some()).then_some(start)
            })
        });
        if let Some(start) = next_label {
            self.labelled_people(&value[start..], line, people);
        }
        let value = next_label.map_or(value, |start| value[..start].trim_end());
        // (`ollie danforth, sr producer live ops. talks fast`: a hurried full stop ends them.)
        let value = hurried(value).into_iter().next().unwrap_or_default();
        for mut person in field_people(value.trim_end_matches('.'), k, line) {
            // (A label's role outranks one read from what they did.)
            if person.role.is_none() || (role.is_some() && person.role.as_deref() == Some("coordinator")) {
                person.role = role.map(str::to_owned);
            }
            // (`sr producer` is written out: Senior Producer.)
            person.title = person.title.map(|t| spelled_out(&t));
            people.push(self.vetted(person, 1));
        }
        true
    }
}

/// The one who referred the writer, where a sentence says so with words between (`Referred by
/// my cousin's husband Derek Pryce-Hall??`): the first name of two or three capitalised words
/// within the next eight.
/// One a sentence says the application went through, by name and a job in people or HR (set
/// 72: `Application via Gemma Lawless (HR Manager), who has handled all correspondence to date by
/// email`): the coordinator, written to by email when the sentence says so.
fn arranged_via(sentence: &str) -> Option<people::PersonText> {
    let lower = sentence.to_lowercase();
    let at = ["application via ", "applied via ", "arranged via ", "booked via ", "came via "]
        .iter()
        .find_map(|w| lower.find(w).map(|at| at + w.len()))?;
    let rest = &sentence[at..];
    let (name, after) = rest.split_once(" (")?;
    let title = after.split(')').next()?.trim();
    let words = name.split_whitespace().count();
    if !(2..=3).contains(&words) || !people::looks_like_name(name) {
        return None;
    }
    let lower_title = title.to_lowercase();
    let people_job = lower_title
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "hr" | "recruitment" | "talent" | "people"))
        || people::role_from_title(title).is_some();
    if !people_job {
        return None;
    }
    let role = people::role_from_title(title).unwrap_or("coordinator");
    Some(people::PersonText {
        name: name.trim().to_owned(),
        title: Some(title.to_owned()),
        email: None,
        role: Some(role.to_owned()),
        emailed: lower[at..].contains("email"),
    })
}

pub(super) fn referrer_in(sentence: &str) -> Option<people::PersonText> {
    // Most sentences say no such thing: those are done before anything is lower-cased.
    if !["referr", "intro", "through", "thru"]
        .iter()
        .any(|w| crate::text::words::contains_ignoring_ascii_case(sentence, w))
    {
        return None;
    }
    let lower = sentence.to_ascii_lowercase();
    // (`Got here through Anjali Rao-Whitfield (we worked together…)`: how the writer came in.)
    const CAME_IN: &[&str] = &[
        "referred by ",
        "referral from ",
        "introduced by ",
        "intro from ",
        "got here through ",
        "got in through ",
        "came in through ",
        "got the interview through ",
        "got here thru ",
        "got in thru ",
        "came in thru ",
    ];
    let at = CAME_IN.iter().find_map(|r| {
        let i = lower.find(r)?;
        // (Set 72: `**Independent board member** — solicitor…, introduced by the Chair as "our
        // external assessor"`: someone else introduced, not the writer.)
        let before = lower[..i].trim_end();
        let of_writer = before.is_empty()
            || ["i was", "i got", "i'd been", "i had been", "was", "me", "-", "—", ":"]
                .iter()
                .any(|w| before.ends_with(w))
                && !before.contains(" — ")
            || *r != "introduced by ";
        of_writer.then_some(i + r.len())
    })?;
    let words: Vec<&str> = sentence[at..]
        .split_whitespace()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
        .collect();
    let start = words.iter().position(|w| w.starts_with(char::is_uppercase))?;
    let run: Vec<&str> = words[start..].iter().take_while(|w| w.starts_with(char::is_uppercase)).copied().collect();
    let name = run.iter().take(3).copied().collect::<Vec<_>>().join(" ");
    // `Referred by Rosa Ferreira's old manager? no`: someone else, and no one after all.
    let possessive = name.ends_with("'s") || name.ends_with("’s");
    let denied = sentence[at..].split_once('?').is_some_and(|(_, a)| a.trim_start().to_lowercase().starts_with("no"));
    if possessive || denied {
        return None;
    }
    // (`Got here thru Jamie (my old line cook buddy…)`: a given name alone, when it is no job
    // board's.)
    const BOARDS: &[&str] =
        &["LinkedIn", "Indeed", "Glassdoor", "Handshake", "Hired", "Wellfound", "Dice", "ZipRecruiter", "Monster"];
    let one_name = run.len() == 1 && !BOARDS.contains(&name.as_str()) && !people::is_common_word(&name.to_lowercase());
    (((2..=3).contains(&run.len()) || one_name) && people::looks_like_name(&name)).then(|| people::PersonText {
        name,
        role: Some("referrer".to_owned()),
        ..Default::default()
    })
}

/// One a log's sentence opens with, their job first in the brackets after their name: `Ingrid
/// (Technical Recruiter, Oslo, on video) wrap-up 10 min` (set 60).
fn job_in_brackets(sentence: &str) -> Option<people::PersonText> {
    let (name, rest) = sentence.split_once(" (")?;
    let job = rest.split([',', ')']).next()?.trim();
    let words = name.split_whitespace().count();
    let named = (1..=3).contains(&words) && name.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    let titled = job.split_whitespace().any(people::is_title_word);
    (named && titled && people::looks_like_name(name)).then(|| people::PersonText {
        name: name.to_owned(),
        title: Some(job.to_owned()),
        role: people::role_from_title(job).map(str::to_owned),
        ..Default::default()
    })
}

/// What a log's item says after the time it opens with (`10:10 — Agnieszka … joined`, `09:58 -
/// joined …`), if it opens with one.
fn after_a_time(text: &str) -> Option<&str> {
    let (time, rest) = text.split_once(' ')?;
    let (h, m) = time.split_once(':')?;
    let digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    (digits(h) && m.len() == 2 && digits(m)).then(|| rest.trim_start_matches(['—', '–', '-', ' ']))
}

/// The person a line introduces by their name in full, then their job after a dash or a comma
/// (`Priya Raman – Director FP&A (la partie avec elle en anglais)`, `Stéphane Bouchard, CPA –
/// contrôleur, mon futur boss si ça marche.`): the name opens the line, and a word of a job is
/// among the first of what follows it.
fn introduced_over_list(line: &str) -> Option<people::PersonText> {
    // (Not `Then Dr. Kevin Tran, DPT, OCS — lead ortho PT. He walked me thru…`, a sentence.)
    let opener = line.split_whitespace().next().is_some_and(|w| people::is_common_word(&w.to_lowercase()));
    let p = people::parse(line).filter(|_| !opener)?;
    let title = p.title.as_deref()?;
    let job = title.split_whitespace().take(4).any(people::is_title_word);
    (line.starts_with(p.name.as_str()) && p.name.split_whitespace().count() >= 2 && job).then_some(p)
}

/// The person an item introduces by what they go by, a dash, then their name in full and their
/// job: `JP — Jean-Pierre Aoun, Head of Partnerships. …`, `Abu Faisal — Saeed Al Qahtani, GM Saudi
/// Arabia`.
fn introduced_in_full(text: &str) -> Option<people::PersonText> {
    // (Set 63: `Lachie (Lachlan Bui, exec chef for the whole group)`, in brackets too.)
    let (called, rest) = [" — ", " – ", " - ", " ("]
        .iter()
        .filter_map(|d| text.find(d).map(|at| (at, d.len())))
        .min()
        .map(|(at, len)| (&text[..at], &text[at + len..]))?;
    let p = people::parse(text).filter(|p| p.title.is_some())?;
    (rest.starts_with(p.name.as_str()) && called.trim() != p.name && p.name.contains(' ')).then_some(p)
}

/// Those a line introduces together, each by what they go by and then in full (set 63, a chat's
/// `it was Lachie (Lachlan Bui, exec chef for the whole group) + Tash — Natasha Greer, group ops
/// manager. Brooke from Hospo Talent set it all up`): each part of the first sentence that
/// `introduced_in_full` reads, when all of them are.
fn introduced_together(text: &str) -> Vec<people::PersonText> {
    // (After the name and the time over a chat's message: `Mateo Fernández  10:59 PM`.)
    let stamp = text.match_indices(' ').take(5).map(|(at, _)| at + 1).find_map(|at| {
        let rest = after_a_time(&text[at..])?;
        Some(["AM ", "PM ", "am ", "pm "].iter().find_map(|m| rest.strip_prefix(m)).unwrap_or(rest))
    });
    let text = stamp.unwrap_or(text);
    let lower = text.to_lowercase();
    let Some(open) = ["it was ", "was ", "with ", "w/ "].iter().find(|o| lower.starts_with(*o)) else {
        return Vec::new();
    };
    let first = split_sentences(&text[open.len()..]).into_iter().next().unwrap_or_default();
    let parts = outside_brackets(&first, &[" + ", " & ", " and "]);
    let people: Vec<people::PersonText> = parts.iter().filter_map(|p| introduced_in_full(p.trim())).collect();
    if parts.len() > 1 && people.len() == parts.len() { people } else { Vec::new() }
}

/// What a label before people says of them (`Recruiter:` one who helped, as recruiter;
/// `Interviewer:` or `Panel:` people met), or `None` for a label of something else.
fn people_label(label: &str) -> Option<(SectionKind, Option<&'static str>)> {
    // `Recruiter/coordinator:`: the first of two roles says what they did.
    if let Some((first, _)) = label.split_once('/').filter(|(a, b)| !a.contains(' ') && !b.contains(' ')) {
        return people_label(first);
    }
    // `hm = ollie danforth, sr producer live ops`: the hiring manager, met.
    let normal = sections::normalize(label);
    if ["hm", "hiring manager", "hiring mgr"].contains(&normal.as_str()) {
        return Some((SectionKind::People, None));
    }
    // `Present: Ruth Castellane (Managing Editor), Benedikt Sørensen (…)`: whom the writer met.
    if ["present", "attendees", "attending", "in the room", "who was there", "met"].contains(&normal.as_str()) {
        return Some((SectionKind::People, None));
    }
    // `Found it via: Odalys Ferreira-Kim (friend…) — she referred me internally`.
    if ["found it via", "found it through", "found via", "came via", "came through", "via"].contains(&normal.as_str()) {
        return Some((SectionKind::Helpers, Some("referrer")));
    }
    match super::keys::body(&sections::normalize(label)) {
        Some(super::keys::Field::Helpers(role)) => Some((SectionKind::Helpers, role)),
        Some(super::keys::Field::Interviewers) => Some((SectionKind::People, None)),
        _ => match sections::classify(label).filter(|_| label.split_whitespace().count() <= 3) {
            Some(k @ (SectionKind::People | SectionKind::Helpers)) => Some((k, None)),
            _ => None,
        },
    }
}

/// `text` split at each of `separators` that stands outside brackets: `jordan pike (sr swe,
/// shipments team) + kelsey nguyen (eng mgr)` is two parts.
fn outside_brackets<'t>(text: &'t str, separators: &[&str]) -> Vec<&'t str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut i) = (0usize, 0, 0);
    while i < text.len() {
        let rest = &text[i..];
        match rest.chars().next() {
            Some('(') => depth += 1,
            Some(')') => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 {
            if let Some(sep) = separators.iter().find(|s| rest.starts_with(*s)) {
                parts.push(&text[start..i]);
                i += sep.len();
                start = i;
                continue;
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    parts.push(&text[start..]);
    parts
}

/// How a line opens that names who referred the writer.
const REFERRED: &[&str] = &["referred by ", "referral from ", "introduced by ", "intro from ", "scheduled by "];

/// Words after which a sentence names whom the writer met: `Call w/ Olivia Brandt, Talent
/// Acquisition Partner`, `a 90-minute session with Ines Carvalho, the Head of Design`.
const MET_WITH: &[&str] = &[
    "spoke with ",
    "met with ",
    // (Set 64, a Trello card: `**2.00–2.45** meeting with **Eileen Fitzgerald, Director of
    // Nursing** + **Margaret Doyle** (ADON) again.`)
    "meeting with ",
    "interview with ",
    "call with ",
    "panel with ",
    "talked with ",
    "session with ",
    "conversation with ",
    "chat with ",
    "screen with ",
    "ended up meeting ",
    "was with ",
    "were with ",
    "also meeting ",
    "call w/ ",
    "chat w/ ",
    "spoke w/ ",
    "talked w/ ",
    "met w/ ",
    "talked to ",
    "spoke to ",
    "interviewed w/ ",
    "interviewed with ",
    // `Started with ~15 min with Devon Pike (Senior Advisor…)`, `Then 50 min with Harriet Coyle, …`
    "min with ",
    // `Then I met Tobias Mbeki-Lund, a Senior Research Associate in the antibody group`.
    "then i met ",
    "next i met ",
    "later i met ",
    "mins with ",
    "minutes with ",
    // (`30-minute Zoom with Sunita Rao, Science Content Lead.`)
    "zoom with ",
    "zoom w/ ",
    "video call with ",
    "teams call with ",
    "hour with ",
    "hours with ",
    // (`then she looped in greg petrakis - site ops mgr dc2 - for last 15 min`.)
    "looped in ",
    "brought in ",
    "pulled in ",
];

/// How a sentence opens that introduces the next person met, in a series of meetings.
const IN_TURN: &[&str] = &[
    "first was ",
    "first up was ",
    "second was ",
    "third was ",
    "fourth was ",
    "next was ",
    "next up was ",
    "then came ",
    "last was ",
    "last up was ",
    "the first person was ",
    "the second person was ",
    "the third person was ",
    "the last person was ",
    "the next person was ",
    "finally, ",
    "after that, ",
    "after lunch, ",
    "then ",
    "last: ",
    "next: ",
];

/// Where the person starts in a sentence that says which meeting of a series it was, in more
/// words than `IN_TURN` lists: `The last proper interview was Neil Brandt, …`, `The second
/// conversation was with …` (an ordinal, up to three words, then "was").
fn in_turn(lower: &str) -> Option<usize> {
    const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "next", "last", "final"];
    let words: Vec<&str> = lower.split(' ').collect();
    let start = usize::from(words.first() == Some(&"the"));
    if !ORDINALS.contains(words.get(start)?) {
        return None;
    }
    // (Set 47: `Second person is Mr Ahmad bin Ismail, Warehouse Operations Manager`.)
    let was = (start + 1..=start + 4).find(|&i| matches!(words.get(i), Some(&"was" | &"is")))?;
    let with = usize::from(words.get(was + 1) == Some(&"with"));
    let at: usize = words[..=was + with].iter().map(|w| w.len() + 1).sum();
    (at < lower.len()).then_some(at)
}

/// Where whom a numbered round was with starts (set 49, a day's log: `10:05 – 10:50 round 1 w/
/// Seán Ó Briain, Engineering Manager`, `rd 2 with Kevin Fahy, …`).
fn round_with(lower: &str) -> Option<usize> {
    numbered_rounds(lower).find_map(|end| {
        let with = [" w/ ", " with "].iter().find(|w| lower[end..].starts_with(*w))?;
        Some(end + with.len())
    })
}

/// Where whom a meeting was with starts, after a lead of up to three words that names the kind
/// of meeting (set 49: `site walk w/ Tony Castellano, chief engineer at the bldg.`, `coffee with
/// …`); `people_met_in` still asks for a name and a title after it.
fn short_lead_with(lower: &str) -> Option<usize> {
    let (at, with) = [" w/ ", " with "].iter().filter_map(|w| lower.find(w).map(|at| (at, w.len()))).min()?;
    let lead = &lower[..at];
    let words = lead.split_whitespace().count();
    // (`i spoke w/ …` is `MET_WITH`'s; a lead that is a clause of its own is no meeting's kind.)
    let plain = lead.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    ((1..=3).contains(&words) && plain).then_some(at + with)
}

/// Where each `round N` or `rd N` of `lower` ends, after its number: the word standing alone.
fn numbered_rounds(lower: &str) -> impl Iterator<Item = usize> + '_ {
    ["round ", "rd "].into_iter().flat_map(move |r| {
        lower.match_indices(r).filter_map(move |(at, _)| {
            let rest = &lower[at + r.len()..];
            let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            let before_ok = at == 0 || lower[..at].ends_with(' ');
            (digits > 0 && before_ok).then_some(at + r.len() + digits)
        })
    })
}

/// True when what comes before the first bracket of `sentence` is a full name, two to four
/// capitalised words (`Niamh O'Sullivan (…) + …`; not `Lunch: Priyanka (…)`, `Ardán (…)`).
fn opens_with_a_full_name(sentence: &str) -> bool {
    let Some((name, _)) = sentence.split_once(" (") else { return false };
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        // (Set 68: `Marloes van Dijk (…) + Jeroen Wouters (…)`: a particle in lower case.)
        && words.iter().all(|w| (w.starts_with(char::is_uppercase) || people::is_name_particle(w)) && !w.contains(':'))
        && people::looks_like_name(name)
}

/// Where the people of a numbered round start, after what kind of round it was (set 49: `11:00 –
/// 12:00 round 2, technical. Niamh O'Sullivan (Principal QA Engineer) + Kevin Fahy (…)`).
fn round_named(lower: &str) -> Option<usize> {
    numbered_rounds(lower).find_map(|end| {
        let kind = lower[end..].strip_prefix(", ")?;
        let stop = kind.find(". ")?;
        let label = &kind[..stop];
        let short = (1..=3).contains(&label.split_whitespace().count()) && !label.contains(['(', ')']);
        short.then_some(end + 2 + stop + 2)
    })
}

/// The people a sentence says the writer met, each as `Name, Title` with a job title:
/// `I spoke with Ravi Shankar, Lead Tools Engineer, for about forty minutes.`,
/// `Met Ellen Foster, Managing Director, and Kofi Asante, Senior Associate.`
fn people_met_in(sentence: &str) -> Vec<people::PersonText> {
    let lower = sentence.to_lowercase();
    // (`Then 50 min with Harriet Coyle, …`: "with" says whom, after "Then" says when.)
    let with = MET_WITH.iter().filter_map(|t| lower.find(t).map(|i| i + t.len())).min();
    let others = || {
        (lower.starts_with("met ") && !lower.starts_with("met with "))
            .then_some(4)
            .into_iter()
            // `w/ Priyanka Dasgupta, QA Engineering Manager. Google Meet, ~40 min.`
            .chain(lower.starts_with("w/ ").then_some(3))
            // `First was Dr. Elena Marchetti, the VP of Data Science.`: a meeting in a series.
            .chain(IN_TURN.iter().find(|t| lower.starts_with(*t)).map(|t| t.len()))
            .chain(in_turn(&lower))
            .chain(round_with(&lower))
            .chain(short_lead_with(&lower))
            .min()
    };
    let Some(at) = with.or_else(others) else {
        return Vec::new();
    };
    let rest = sentence[at..].trim_end_matches(['.', '!', '?']);
    // (`Margaret Holloway, who asked me to call her Peg, Director of …`: the clause about the one
    // just named is `called_in`'s to read.)
    // (`…, who is the Director of …` says the title, and stays.)
    let titles = |at: usize| ["who is ", "who's ", "who was "].iter().any(|w| rest[at + 2..].starts_with(w));
    let rest = match rest.find(", who ").filter(|&at| !titles(at)) {
        Some(at) => match rest[at + 2..].find(", ") {
            Some(end) => format!("{}{}", &rest[..at], &rest[at + 2 + end..]),
            None => rest.to_owned(),
        },
        None => rest.to_owned(),
    };
    let rest = rest.as_str();
    let mut out: Vec<people::PersonText> = Vec::new();
    // (`Director of Psychosocial and Spiritual Care, and Deshawn Pruitt`: an "and" after the
    // first comma of a part is inside its title.)
    let parts: Vec<&str> = rest
        .split(", and ")
        .flat_map(|p| p.split(" + "))
        .flat_map(|p| match (p.find(" and "), p.find(", ")) {
            (Some(and), Some(comma)) if comma < and => vec![p],
            _ => p.split(" and ").collect(),
        })
        .collect();
    // A full name alone (`Call with Shauna Hollis.`), not a firm's.
    let name_alone = |part: &str| {
        const FIRM: &[&str] = &["Inc", "Corp", "LLC", "LLP", "Group", "Co", "Partners", "Company", "Bank", "Health"];
        let words: Vec<&str> = part.split(' ').collect();
        (2..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
            && !words.iter().any(|w| FIRM.contains(w))
            && people::looks_like_name(part)
    };
    // (`Met Marta Gil and Jorge Ruiz.`: full names alone, each of them.)
    if parts.len() > 1 && parts.iter().all(|p| name_alone(p)) {
        return parts.iter().filter_map(|p| people::parse(p)).collect();
    }
    for part in parts {
        // `with Greg and Dr. Harold Ferreira, the Head of Middle School`: a given name alone is
        // someone the note names in full elsewhere.
        let given = !part.contains(' ') && part.starts_with(char::is_uppercase) && people::looks_like_name(part);
        if given && out.is_empty() {
            continue;
        }
        // `Name, Title` and then perhaps `, for …`: the title ends at the next comma.
        // (`Dr. Anneliese Worthington, PhD, who is the Director of …`: credentials are neither.)
        let mut pieces = part.split(", ").filter(|p| !people::is_credential(p));
        // (`Call with Shauna Hollis.`: a full name alone, the whole of what follows "with".)
        let alone = out.is_empty() && part == rest && !part.contains(", ") && name_alone(part);
        if alone {
            out.extend(people::parse(part));
            break;
        }
        let (Some(name), Some(title)) = (pieces.next(), pieces.next()) else { break };
        // (Set 51: `Went good w/ VP, GM checked out early`: jobs in capitals, no one's name.)
        let acronym = |w: &str| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
        if acronym(name.trim()) || people::is_title_word(name.trim()) {
            break;
        }
        let title = title.trim();
        // `Andrea Whitcombe, she's the senior litigation paralegal / paralegal manager and would
        // be my direct boss`: a title in the writer's words, in lower case, up to the next clause.
        let said =
            ["she's ", "he's ", "who's ", "who is ", "she is ", "he is "].iter().find_map(|p| title.strip_prefix(p));
        let title = said.unwrap_or(title);
        let title = ["the ", "our ", "their ", "a ", "an "].iter().find_map(|a| title.strip_prefix(a)).unwrap_or(title);
        // (`the clinical manager for the east team`: the job, not its team.)
        let title = if title.starts_with(char::is_lowercase) {
            [" for the ", " on the ", " in the ", " at "].iter().fold(title, |t, s| t.split(s).next().unwrap_or(t))
        } else {
            title
        };
        if said.is_some() && title.starts_with(char::is_lowercase) {
            let title = [" and ", " / ", " who ", " - ", " — "]
                .iter()
                .fold(title, |t, s| t.split(s).next().unwrap_or(t))
                .trim();
            let titled = title.split_whitespace().any(people::is_title_word) && title.split_whitespace().count() <= 5;
            match people::parse(&format!("{}, {title}", name.trim()))
                .filter(|_| titled && people::looks_like_name(name.trim()))
            {
                Some(p) => out.push(p),
                None => break,
            }
            continue;
        }
        // `Talent Acquisition Partner (olivia@…)`, `Staff Product Designer on the mobile team`: the
        // title is its capitalised words; the address in brackets still goes to `parse`.
        let (title, aside) = match title.split_once(" (") {
            Some((title, aside)) => (title, format!(" ({aside}")),
            None => (title, String::new()),
        };
        // (A title all in lower case, `practice mgr`, is read whole and checked below.)
        let end = title
            .split(' ')
            .position(|w| w.starts_with(char::is_lowercase) && !matches!(w, "of" | "and" | "for" | "in"))
            .filter(|_| !title.starts_with(char::is_lowercase))
            .map_or(title.len(), |n| title.split(' ').take(n).map(|w| w.len() + 1).sum::<usize>().saturating_sub(1));
        let title = title[..end].trim();
        // `Product Manager for claims intake`: the words it ends on joined what was cut.
        let title = [" of", " and", " for", " in"].iter().fold(title, |t, w| t.strip_suffix(w).unwrap_or(t));
        // A job title, or, after someone with one, a few capitalised words (`Senior Associate`).
        let words = title.split_whitespace().count();
        let titled = ((title.split_whitespace().any(people::is_title_word)
            || people::role_from_title(title).is_some())
            && words <= 6)
            || (!out.is_empty() && words <= 4);
        // (`Denise Valcourt, practice mgr`: a hurried title in lower case, written out.)
        let capitals = title
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "in"))
            || (title.starts_with(char::is_lowercase)
                && words <= 4
                && title.split_whitespace().any(|w| people::is_title_word(&people::unabbreviated(w, None))));
        if !people::looks_like_name(name.trim()) || !titled || !capitals {
            break;
        }
        match people::parse(&format!("{}, {title}{aside}", name.trim())) {
            Some(p) => out.push(p),
            None => break,
        }
    }
    if out.is_empty() {
        out.extend(one_met_in_passing(rest).or_else(|| called_with_full_name(rest)));
    }
    // (`looped in **greg petrakis** - site ops mgr dc2 - for last 15 min`: a hurried name and
    // title between dashes, and what follows the second dash is about the meeting.)
    if out.is_empty() {
        let parts: Vec<&str> = rest.split(" - ").collect();
        if let [name, title, ..] = parts[..] {
            out.extend(person_heading(&format!("{} - {title}", name.replace("**", ""))));
        }
    }
    // (`INTERVIEW w/ LUIS YBARRA - Transportation Mgr.`: a title written out.)
    for p in &mut out {
        p.title = p.title.take().map(|t| people::spelled_out(&t));
    }
    out
}

/// The one a diary's sentence says the writer met, with an aside between dashes and their job
/// in the writer's words after it: `I met Fiona MacAllister first — everyone calls her Fi —
/// she's the co-founder and head brewer, and she's the one actually hiring`.
/// The people a sentence names with their title in apposition, anywhere in it: `Mr. Kowalczyk,
/// the assistant principal, was the quiet one`, `looked over at Janet, who I think is the science
/// department chair`; and one who set the interview up: `Ms. Pruitt in HR, who set all this up`.
pub(super) fn appositives(sentence: &str) -> Vec<people::PersonText> {
    const MARKERS: &[&str] = &[
        ", who i think is the ",
        ", who is the ",
        ", who's the ",
        // (`And Rick Dufresne, he's the service manager.`)
        ", he's the ",
        ", she's the ",
        ", they're the ",
        ", the ",
        ", one of the ",
        ", one of our ",
        ", who set ",
        ", who scheduled ",
        ", who arranged ",
        " from hr ",
        " in hr ",
        " — the ",
        " – the ",
    ];
    let lower = sentence.to_ascii_lowercase();
    let mut out: Vec<people::PersonText> = opening_name_and_title(sentence).into_iter().collect();
    for marker in MARKERS {
        for (at, _) in lower.match_indices(marker) {
            let before = &sentence[..at];
            // (`Jess (Jessica Huang, the recruiter)`: inside brackets, another reader's.)
            if before.matches('(').count() > before.matches(')').count() {
                continue;
            }
            // (`Ms. Pruitt in HR, who set…`: where they work is no part of the name.)
            let before =
                [" in HR", " from HR", " in the office"].iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
            // (`Beatriz Solano — "Bibi, please" — the School Programs Lead`: an aside between dashes
            // is the writer's.)
            let before = match before.rsplit_once(" — ") {
                Some((name, aside)) if marker.starts_with(" — ") && aside.starts_with(['"', '“', '(']) => name,
                _ => before,
            };
            // (`Dr. Anneliese Worthington, PhD, who is the Director…`: the letters are no name.)
            let before = match before.rsplit_once(", ") {
                Some((name, credential)) if people::is_credential(credential) => name,
                _ => before,
            };
            // (`Grant Fairweather, VP of Lending, he's the hiring manager`: the title between
            // the name and the marker is theirs.)
            let (before, between) = match before.rsplit_once(", ") {
                Some((name, title))
                    if marker.starts_with(", ")
                        && title.starts_with(char::is_uppercase)
                        && title.split_whitespace().count() <= 5
                        && title.split_whitespace().any(people::is_title_word) =>
                {
                    (name, Some(title.trim()))
                }
                _ => (before, None),
            };
            let tokens: Vec<&str> = before.split(' ').collect();
            let capitalised = tokens.iter().rev().take(3).take_while(|w| {
                w.starts_with(char::is_uppercase)
                    && w.trim_end_matches('.').chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            });
            let count = capitalised.count();
            if count == 0 {
                continue;
            }
            // (`Head of Design, the hiring manager`: what follows a title's "of" is its field.)
            let field = match tokens[..tokens.len() - count] {
                [.., job, "of" | "for"] => people::is_title_word(job),
                _ => false,
            };
            if field {
                continue;
            }
            let name = tokens[tokens.len() - count..].join(" ");
            // (A sentence's first word is capitalised for the sentence: `The`, `Also`, `Then`.)
            let name = name
                .split(' ')
                .skip_while(|w| ["The", "Also", "Then", "And", "But", "So", "Next", "Met", "Saw"].contains(w))
                .collect::<Vec<_>>()
                .join(" ");
            let honorific =
                name.split(' ').next().is_some_and(|w| w.ends_with('.') && people::is_abbreviated_honorific(w));
            if name.is_empty() || !people::looks_like_name(&name) || (name.contains('.') && !honorific) {
                continue;
            }
            let rest = &sentence[at + marker.len()..];
            // (`Gwen from HR (who had to rebook my slot…)`; not `Dale in HR (Dale Whitford, …)`.)
            let from_hr = marker.ends_with(" hr ");
            if from_hr && !sentence[at + marker.len()..].starts_with("(who") {
                continue;
            }
            if marker.contains(" set ") || marker.contains("scheduled") || marker.contains("arranged") || from_hr {
                // (`who set all this up by email`: and you have written to each other.)
                let clause = rest.split(',').next().unwrap_or(rest).to_lowercase();
                let emailed =
                    clause.contains("by email") || clause.contains("over email") || clause.contains("via email");
                out.push(people::PersonText {
                    name,
                    role: Some("coordinator".to_owned()),
                    emailed,
                    ..Default::default()
                });
                continue;
            }
            let title = [",", " (", " and ", " who ", " who's ", " who’s ", ".", ";", " —"]
                .iter()
                .fold(rest, |t, s| t.split(s).next().unwrap_or(t))
                .trim();
            // (`Marcus, one of the gallery educators`: one of them.)
            let singular = title.strip_suffix('s').filter(|_| marker.contains(" one of ")).unwrap_or(title);
            let title = people::without_reach(between.unwrap_or(singular));
            let words = title.split_whitespace().count();
            let titled = (title.starts_with(char::is_lowercase) || capitalised_title(title))
                && title.split_whitespace().any(|w| {
                    people::is_title_word(w)
                        || matches!(w.to_lowercase().as_str(), "chair" | "principal" | "owner" | "founder")
                });
            if titled && (1..=5).contains(&words) && !out.iter().any(|p| p.name == name) {
                // (`the admin assistant who's done all the scheduling emails`: you have written;
                // `the Assistant Head of Middle School, came down to get me — she's the one who's
                // been emailing me about scheduling`: she helped, whatever her title.)
                let clause = rest.to_lowercase();
                let negated = ["n't", "not ", "never"].iter().any(|w| clause.contains(w));
                let emailed = !negated
                    && ["emails", "emailed me", "emailing me", "email thread"].iter().any(|w| clause.contains(w));
                let scheduled = ["scheduling", "scheduled", "set up", "arranged"].iter().any(|w| clause.contains(w));
                // (`Nico, the CTO, Nico Petrakis, jumped in`: the full name after the title.)
                let full = rest.split(", ").nth(1).map(str::trim).filter(|f| {
                    let words: Vec<&str> = f.split_whitespace().collect();
                    (2..=3).contains(&words.len())
                        && words[0] == name
                        && words.iter().all(|w| w.starts_with(char::is_uppercase))
                        && people::looks_like_name(f)
                });
                let name = full.map_or(name, str::to_owned);
                let title = super::people::title_cased(title);
                let role = (!negated && scheduled && people::role_from_title(&title).is_none())
                    .then(|| "coordinator".to_owned());
                out.push(people::PersonText { name, title: Some(title), emailed, role, ..Default::default() });
            }
        }
    }
    out
}

/// True when a sentence says what comes next (`Final round = lunch with …`, `Next: call with …`):
/// whom it names the writer has not met yet.
fn still_to_come(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "final round =",
        "final round will",
        "next round",
        "next step",
        "next is ",
        "next:",
        "next up",
        "will meet",
        "to meet with",
        // (Set 44: `Before that, coffee with Raj (finance director).` after the final round.)
        "before that,",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A job title of a few words written in lower case, written out and capitalised:
/// `implementation lead` → Implementation Lead, `sr. analyst` → Senior Analyst; not `the other
/// engineer` or `same role`.
fn lower_case_title(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    // (Set 46: `the emergency and ICU nurse job`: an acronym among the words.)
    let acronym = |w: &str| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    let plain = words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-' || c == '.') || acronym(w));
    let other = words.first().is_some_and(|w| {
        people::is_common_word(w) || matches!(*w, "other" | "same" | "new" | "next" | "whole" | "open")
    });
    let titled = words.iter().any(|w| people::is_title_word(w));
    (plain && !other && titled && (1..=4).contains(&words.len())).then(|| people::title_cased(&spelled_out(text)))
}

/// A title written as one, each word capitalised but the small ones: `Volunteer & Docent
/// Coordinator`, `Director of Learning & Engagement`.
fn capitalised_title(title: &str) -> bool {
    title
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "&" | "of" | "and" | "for" | "the" | "to" | "in"))
        && title.split_whitespace().any(people::is_title_word)
}

/// Someone a sentence opens with, their title after a comma: `Dr. Eleanor Fitch, Director of
/// Learning & Engagement, PhD in plant ecology, calmest voice I've ever heard`. A credential
/// between is passed over (`Dana Whitlock, PhD, Research Lead`).
fn opening_name_and_title(sentence: &str) -> Option<people::PersonText> {
    // (Set 47: `Instead Tumelo Mokoena, Supply Chain Manager, sat in.`)
    let sentence =
        ["And ", "Also ", "Then ", "Instead "].iter().find_map(|w| sentence.strip_prefix(w)).unwrap_or(sentence);
    let mut parts = sentence.split(", ");
    let name = parts.next()?.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let honorific = words.first().is_some_and(|w| people::is_abbreviated_honorific(w));
    let names = &words[usize::from(honorific)..];
    // (`Met Ellen Foster, Managing Director, and…`: a verb opens that sentence.)
    let capitalised = names.iter().all(|w| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !people::is_common_word(w)
    });
    if !(2..=3).contains(&names.len()) || !capitalised || !people::looks_like_name(name) {
        return None;
    }
    let title = parts.find(|p| !people::is_credential(p))?;
    let title = [";", " — ", " (", "."].iter().fold(title, |t, s| t.split(s).next().unwrap_or(t)).trim();
    // (`Chloe Amsel, implementation lead, so she'd be…`: a title in lower case, written out.)
    let title = lower_case_title(title)
        .or_else(|| (capitalised_title(title) && title.split_whitespace().count() <= 6).then(|| title.to_owned()))?;
    Some(people::PersonText { name: name.to_owned(), title: Some(title), ..Default::default() })
}

/// The people a voice memo's transcript names in square brackets, as the writer corrected what
/// the phone misheard: `[Dr. Nguyen — Thuy Nguyen, PharmD, owner and PIC]`, `[Rafael Ortiz, lead
/// compounding tech]`, `[Corinne — Corinne Abate, the office / HR person] set up the interview`
/// (one who helped).
fn corrected_in_brackets(sentence: &str) -> Vec<people::PersonText> {
    let mut out = Vec::new();
    for (open, _) in sentence.match_indices('[') {
        let Some(close) = sentence[open..].find(']').map(|c| open + c) else { continue };
        // (`[[Wikilinks]]` are another reader's.)
        if sentence[open + 1..].starts_with('[') || sentence[..open].ends_with('[') {
            continue;
        }
        let inside = &sentence[open + 1..close];
        let full = inside.split_once(" — ").map_or(inside, |(_, full)| full);
        let Some((name, title)) = full.split_once(", ") else { continue };
        if !(2..=3).contains(&name.split_whitespace().count()) || !people::looks_like_name(name) {
            continue;
        }
        let title = title.split(", ").find(|t| !people::is_credential(t)).unwrap_or_default();
        let after = sentence[close + 1..].trim_start().to_lowercase();
        let set_up = ["set up", "set it up", "scheduled", "arranged"].iter().any(|w| after.starts_with(w));
        let lower = title.to_lowercase();
        let hr = lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == "hr");
        let title = title.trim_start_matches("the ").split(" / ").last().unwrap_or(title).trim();
        let titled =
            title.split_whitespace().any(|w| people::is_title_word(w) || matches!(w, "tech" | "owner" | "person"));
        if !titled && !set_up && !hr {
            continue;
        }
        let role = (set_up || hr).then(|| "coordinator".to_owned());
        let title = (!hr && titled).then(|| people::title_cased(&spelled_out(title)));
        out.push(people::PersonText { name: name.trim().to_owned(), title, role, ..Default::default() });
    }
    out
}

fn met_and_said_who(sentence: &str) -> Option<people::PersonText> {
    if !crate::text::words::contains_ignoring_ascii_case(sentence, "i met ")
        && !crate::text::words::contains_ignoring_ascii_case(sentence, "i first met ")
    {
        return None;
    }
    let lower = sentence.to_ascii_lowercase();
    let at = ["i met ", "i first met "].iter().find_map(|m| lower.find(m).map(|i| i + m.len()))?;
    let rest = &sentence[at..];
    let name: Vec<&str> = rest
        .split(' ')
        .take(3)
        .take_while(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
        .collect();
    let name = name.join(" ");
    if !(2..=3).contains(&name.split(' ').count()) || !people::looks_like_name(&name) {
        return None;
    }
    let after = rest[name.len()..].trim_start();
    let after = ["first ", "next ", "last "].iter().find_map(|w| after.strip_prefix(w)).unwrap_or(after);
    // (An aside between dashes says something else of them: `— everyone calls her Fi —`.)
    let after = match after.strip_prefix("— ").and_then(|a| a.split_once(" — ")) {
        Some((_, said)) => said,
        None => after.trim_start_matches([',', ' ']),
    };
    let title = ["she's the ", "he's the ", "they're the ", "who is the ", "who's the ", "the "]
        .iter()
        .find_map(|p| after.strip_prefix(p))?;
    let title =
        [", ", " who ", " — ", ". "].iter().fold(title, |t, s| t.split(s).next().unwrap_or(t)).trim_end_matches('.');
    let titled = title
        .split([' ', '-'])
        .any(|w| people::is_title_word(w) || matches!(w, "founder" | "owner" | "brewer" | "chef"));
    (titled && title.split_whitespace().count() <= 6).then(|| {
        // (`co-founder and head brewer` → Co-founder and Head Brewer.)
        let title: Vec<String> = title
            .split(' ')
            .map(|w| {
                if ["and", "of", "for", "the", "in"].contains(&w) {
                    w.to_owned()
                } else {
                    super::folder::capitalised(w)
                }
            })
            .collect();
        people::PersonText { name, title: Some(title.join(" ")), ..Default::default() }
    })
}

/// Someone a hurried line calls by a short name with the full one in brackets and the title
/// after a dash: `jess (jessica marr) - recruiter, internal TA` is Jessica Marr, recruiter.
fn called_with_full_name(rest: &str) -> Option<people::PersonText> {
    let (called, after) = rest.split_once(" (")?;
    let (full, after) = after.split_once(')')?;
    let title = [" - ", " — ", " – "].iter().find_map(|d| after.strip_prefix(d))?;
    let title = title.split([',', '.', ';']).next()?.trim();
    let called = called.trim().to_lowercase();
    let full_lower = full.trim().to_lowercase();
    // (The short name is the start of the full one's first word: `jess`, `jessica`.)
    let same = called.len() >= 2 && !called.contains(' ') && full_lower.starts_with(&called);
    let name = people::lower_case_name(full.trim()).unwrap_or_else(|| full.trim().to_owned());
    let short = title.split(' ').count() <= 4;
    let title = spelled_out(title);
    let titled = title.split(|c: char| !c.is_alphanumeric()).any(people::is_title_word) && short;
    if !same || !titled || !people::looks_like_name(&name) {
        return None;
    }
    people::parse(&format!("{name}, {title}"))
}

/// Someone a sentence of prose names in full with their job in brackets, whatever it says of them
/// next: `Greg Pellerin (science department chair) was sitting in the back with a notepad`.
/// The name is two or three capitalised words, the job a title of five words or fewer. Not one
/// the writer has yet to meet (`reports to Dr. Sunita Varga (QC Micro Manager)`), nor one who
/// helped (`Sandra Holt (GM) set it up`), whom the readers of helpers find.
fn titled_in_brackets(sentence: &str) -> Option<people::PersonText> {
    all_titled_in_brackets(sentence).into_iter().next()
}

/// Everyone a sentence names with their job in brackets, as `titled_in_brackets` reads each: a
/// panel read out in prose (`a panel: Peg again, Rev. Tom Haugen (chaplain), Ingrid Solberg
/// (bereavement coordinator), and …`).
fn all_titled_in_brackets(sentence: &str) -> Vec<people::PersonText> {
    const OPENERS: &[&str] = &["Then", "After", "Also", "Finally", "Next", "And", "But", "So", "Later", "Today"];
    // (`I need to warn Lorraine (my old ED) and Tom Vasquez (board chair at Eastgate)`: the
    // writer's references, not people met.)
    const NOT_MET: &[&str] =
        &["report", "replac", "next", "will ", "would ", "going to", "later", "not ", "n't ", "warn ", "reference"];
    const HELPED: &[&str] = &["set it up", "set up", "schedul", "arrang", "organi", "referr", "booked", "coordinat"];
    if !sentence.contains(" (") {
        return Vec::new();
    }
    let lower = sentence.to_lowercase();
    // (A title in the brackets, `database coordinator`, is no help given.)
    let outside = crate::text::words::without_brackets(&lower);
    // (One who set it up is another reader's, unless the brackets give a helper's job: set 58,
    // `Farah Khan ma'am (TA Partner, KiranaKart) ne sab arrange kiya`, in Hinglish, which that
    // reader does not read.)
    let helped = HELPED.iter().any(|w| outside.contains(w));
    let found = sentence.match_indices(" (").filter_map(|(open, _)| {
        if NOT_MET.iter().any(|w| lower[..open].contains(w)) {
            return None;
        }
        let inside = sentence[open + 2..].split(')').next()?;
        // `Claudette (Claudette Rhee, Chief Development Officer — my would-be boss) and I clicked`:
        // the brackets name them in full, with their title.
        if let Some((full, title)) = inside.split_once(", ") {
            let given = sentence[..open].rsplit(' ').next().unwrap_or_default();
            let title = [" — ", " – ", " - ", ";"].iter().fold(title, |t, s| t.split(s).next().unwrap_or(t)).trim();
            // (Set 49: `then ray (ray tutt, chief engineer) took me on the tour`: a hurried note's
            // name in lower case, written in capitals, and its title written out.)
            let hurried = full.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-' || c == '\'');
            let (full, title, given) = if hurried {
                (super::folder::capitalised(full), people::spelled_out(title), super::folder::capitalised(given))
            } else {
                (full.to_owned(), title.to_owned(), given.to_owned())
            };
            let (full, title, given) = (full.as_str(), title.as_str(), given.as_str());
            let full_name = (2..=3).contains(&full.split_whitespace().count()) && people::looks_like_name(full);
            let titled = title.split_whitespace().any(people::is_title_word) && title.split_whitespace().count() <= 6;
            // (`Jess (Jessica Huang, the recruiter)`: one who helps is another reader's.)
            let helps = people::role_from_title(title).is_some();
            if full_name && titled && !helps && full.starts_with(given) && !given.is_empty() {
                return people::parse(&format!("{full}, {title}"));
            }
        }
        // (`Helen Achterberg (Director of Learning & Engagement, the one I've been emailing…)`:
        // after a comma, lower case is the writer's aside.)
        // (Set 44: `Graham Kemp (MD, Dan's dad I think?)`: a guess, or whose kin they are, too.)
        let guessed = |aside: &str| {
            aside.trim_end().ends_with('?')
                || aside.contains("'s ")
                || aside.contains("’s ")
                || aside.contains(" I think")
        };
        // (Set 58: `Nikhil Joshi (Senior EM, Catalog)`: the team after the job, in a word or two.)
        let team = |aside: &str| {
            let words: Vec<&str> = aside.split_whitespace().collect();
            (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) || *w == "-")
        };
        let inside = match inside.split_once(", ") {
            Some((title, aside)) if aside.starts_with(char::is_lowercase) || guessed(aside) || team(aside) => title,
            _ => inside,
        };
        // (`Marguerite Okafor (exec chef / culinary director for the group…)`: the first of two
        // titles, when it is one.)
        let inside = match inside.split_once(" / ") {
            Some((first, _)) if first.split_whitespace().any(|w| people::is_title_word(&spelled_out(w))) => first,
            _ => inside,
        };
        // (Set 58, Hinglish: `Arjun Mehta sir the (Director of Engineering, Search - HM)`, `Farah
        // Khan ma'am (TA Partner, KiranaKart)`: the respect said after a name, and "was", are no
        // part of it.)
        let before = ["the", "thi", "hai", "hain", "ji", "sir", "ma'am", "madam", "maam"]
            .iter()
            .fold(sentence[..open].trim_end(), |b, w| {
                b.strip_suffix(w).filter(|h| h.ends_with(' ')).map_or(b, str::trim_end)
            });
        let before = ["sir", "ma'am", "madam", "maam", "ji"]
            .iter()
            .find_map(|w| before.strip_suffix(w).filter(|h| h.ends_with(' ')).map(str::trim_end))
            .unwrap_or(before);
        let mut name = people::name_words_before(before, usize::MAX);
        // (`Then Greg Pellerin (…)`: the word a sentence opens with is no part of the name.)
        if name.first().is_some_and(|w| OPENERS.contains(w)) {
            name.remove(0);
        }
        let name = name.join(" ");
        let title = spelled_out(inside.trim());
        let short = (1..=5).contains(&title.split_whitespace().count());
        // (Set 44: `Anika Sorensen (People & Culture) did the welcome`: a team that says the job.)
        let titled = title.split(|c: char| !c.is_alphanumeric()).any(people::is_title_word)
            || people::role_from_title(&title).is_some()
            // (`Graham Kemp (MD, …) came in`: a managing director, in brackets after a full name.)
            || title == "MD";
        let plain = !title.contains(['@', ',', ';', ':']) && !title.chars().any(|c| c.is_ascii_digit());
        // (`Hannah (gifts processing / database coordinator) did the warehouse tour`: a given
        // name alone, when what follows the brackets says what they did.)
        let did = people::did_after_brackets(&sentence[open..]);
        let words = name.split_whitespace().count();
        // (`Beatriz (Dr. Worthington's assistant) called`: one who helps is another reader's.)
        let own_title = people::role_from_title(inside).is_none() && !inside.contains("'s ") && !inside.contains("’s ");
        // (Set 67: `MARIGOLD – FINAL ROUND (CFO + CHRO)`: everyday words, shouted, are no name.)
        let everyday = name.split_whitespace().any(people::is_common_word);
        let named = ((2..=3).contains(&words) || (words == 1 && did && own_title))
            && people::looks_like_name(&name)
            && !everyday;
        (short && titled && plain && named).then(|| people::parse(&format!("{name}, {title}"))).flatten()
    });
    if !helped {
        return found.collect();
    }
    found
        .filter(|p| p.title.as_deref().and_then(people::role_from_title).is_some() && p.name.contains(' '))
        .map(|p| people::PersonText { role: Some("coordinator".to_owned()), ..p })
        .collect()
}

/// Those `text` names in full in brackets, with their job, after what the writer calls them:
/// `Kwame (Kwame Asante, Head of Chemistry – would be my line manager)`, `Mrs Pryce (Joanna
/// Pryce, Deputy Head – teaching & learning)`. The name in brackets has two or three words and
/// opens with the given name before it, or ends with the surname after an honorific.
fn named_in_full(text: &str) -> Vec<people::PersonText> {
    let text = text.replace('\n', " ");
    text.match_indices(" (")
        .filter_map(|(open, _)| {
            let inside = text[open + 2..].split(')').next()?;
            let end = [", ", " – ", " — ", " - "].iter().filter_map(|s| inside.find(s)).min()?;
            let (full, rest) = inside.split_at(end);
            let title = rest.trim_start_matches([',', '–', '—', '-', ' ']);
            let title =
                [" — ", " – ", " - ", ";", ", "].iter().fold(title, |t, s| t.split(s).next().unwrap_or(t)).trim();
            let words: Vec<&str> = full.split_whitespace().collect();
            if !(2..=3).contains(&words.len()) || !people::looks_like_name(full) {
                return None;
            }
            let mut before = text[..open].rsplit(' ');
            let last = before.next().unwrap_or_default();
            let honorific = before.next().is_some_and(people::is_abbreviated_honorific);
            let same = (last == words[0]) || (honorific && words.last() == Some(&last));
            let titled = title.starts_with(char::is_uppercase)
                && title.split_whitespace().any(people::is_title_word)
                && title.split_whitespace().count() <= 6;
            (same && titled && people::role_from_title(title).is_none())
                .then(|| people::parse(&format!("{full}, {title}")))
                .flatten()
        })
        .collect()
}

/// The one person a journal's sentence names after "Met" or "Then", with the title in brackets
/// or after credentials and a dash: `Met Marisol Reyes first (clinic director)`, `Then Dr. Kevin
/// Tran, DPT, OCS — lead ortho PT`.
fn one_met_in_passing(rest: &str) -> Option<people::PersonText> {
    let rest = split_sentences(rest).into_iter().next()?;
    let rest = rest.trim_end_matches('.');
    let rest = [" first ", " then ", " next ", " last "].iter().fold(rest.to_owned(), |r, w| r.replacen(w, " ", 1));
    let fits = |p: &people::PersonText| {
        let titled = p.title.as_deref().is_some_and(|t| {
            t.split_whitespace().count() <= 5 && t.split(|c: char| !c.is_alphanumeric()).any(people::is_title_word)
        });
        titled && (2..=4).contains(&p.name.split_whitespace().count())
    };
    // (`Last: HR - Tom Beckett, HR generalist`: the team before a dash, then them.)
    let after_team = [" - ", " — ", " – "].iter().find_map(|d| rest.split_once(d)).map(|(_, r)| r.to_owned());
    std::iter::once(rest).chain(after_team).filter_map(|r| people::parse(&r)).find(fits)
}

/// The people a hurried line names after `w/` or `with`, each with a title in parentheses:
/// `talked w/ marcus lee (hiring mgr) and ana ruiz (staff eng)`. Names are capitalised, and
/// the usual abbreviations of titles written out (`mgr` → `manager`).
fn people_with_titles_in_parentheses(sentence: &str) -> Vec<people::PersonText> {
    let lower = sentence.to_lowercase();
    // (Set 42: `sat in the private dining room w chef laurent viguier (exec chef) + chloe bamford
    // (talent partner, …)`: a hurried "with" in one letter.)
    // (Set 58: `Asked about working with high-expectation parents (hello private school)`: what
    // one works with, no one met.)
    let about = |i: usize| {
        let before = lower[..i].split_whitespace().last().unwrap_or_default();
        ["working", "work", "dealing", "deal", "cope", "coping", "comfortable", "familiar", "experience"]
            .contains(&before)
    };
    let Some(at) = ["w/ ", "with ", "talked to ", "spoke to ", " w ", "i met ", "we met "]
        .iter()
        .filter_map(|t| lower.find(t).filter(|&i| !about(i)).map(|i| i + t.len()))
        // (A hurried sentence that opens with its verb: `Met Aoife Kearney (QC Manager) and Tadhg
        // Brosnan (Senior Analyst).`)
        .chain(
            lower
                .strip_prefix("met ")
                .filter(|rest| !["with ", "w/ ", "w "].iter().any(|w| rest.starts_with(w)))
                .map(|_| "met ".len()),
        )
        .chain(round_named(&lower))
        // (Set 49: `Niamh O'Sullivian (Principal QA Engineer) + Kevin Fahy (senior backend dev)`,
        // a sentence of a day's log that is the people alone, joined by a plus.)
        .chain(([") + ", ") & "].iter().any(|j| sentence.contains(j)) && opens_with_a_full_name(sentence)).then_some(0))
        .min()
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // A hurried line's sentences may run on in lower case (`… (sr swe). recruiter was jan`).
    // (Not inside brackets: `greg fenwick (transp. group mgr, PE). ~40 min`.)
    let segment = &sentence[at..];
    let mut depth = 0usize;
    let end = segment.char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '.' if depth == 0 && segment[i..].starts_with(". ") => return Some(i),
            _ => {}
        }
        None
    });
    let segment = &segment[..end.unwrap_or(segment.len())];
    // (`diane ferreira-moss (supervising atty, housing) ~35 min on zoom`: what follows the last
    // bracket, with no other bracket after it, says how the meeting went.)
    // (`hm (wade hollister, agronomy mgr) + jess from precision ag, she joined late`: one more
    // after a plus, to the comma.)
    let segment = match segment.rfind(')') {
        Some(close) if !segment[close..].contains('(') => {
            let after = &segment[close + 1..];
            match [" + ", " & "].iter().find(|j| after.starts_with(*j)) {
                Some(_) => &segment[..close + 1 + after.find(", ").unwrap_or(after.len())],
                None => &segment[..=close],
            }
        }
        _ => segment,
    };
    for part in outside_brackets(segment, &[" and ", ", ", " + ", " & "]) {
        let part = part.trim().trim_end_matches(['.', '!']);
        // (`Panel w/ Dana + Jerome Whitaker (Engineering Mgr)`: a given name alone is someone the
        // note names in full elsewhere.)
        if !part.contains([' ', '(']) && part.starts_with(char::is_uppercase) && people::looks_like_name(part) {
            continue;
        }
        // (`+ jess from precision ag`: a given name and where they work, met too.)
        if let Some((given, _)) = part.split_once(" from ").filter(|(g, _)| !g.contains(' ') && g.len() >= 3) {
            let name = super::folder::capitalised(given);
            if !out.is_empty() && given.chars().all(char::is_alphabetic) && people::looks_like_name(&name) {
                out.push(people::PersonText { name, ..Default::default() });
                continue;
            }
        }
        let Some((name, title)) = part.strip_suffix(')').and_then(|p| p.split_once(" (")) else { return Vec::new() };
        // (`are you ok w/ middle school (YES), bilingual?`: the writer's answer, not a title.)
        let answer = ["yes", "no", "ok", "okay", "sure", "maybe", "y", "n", "yep", "nope", "yes!", "no!"];
        if answer.contains(&title.trim().to_lowercase().as_str()) {
            return Vec::new();
        }
        // (`talked to sheila (talent/recruiting for the whole group, not sure of her exact
        // title…)`: the writer's guess is no title, but says what they do.)
        let unsure = ["not sure", "unclear", "exact title", "?"].iter().any(|w| title.contains(w));
        if unsure {
            let name = if name.chars().all(|c| c.is_lowercase() || c == ' ') {
                super::folder::capitalised(name.trim())
            } else {
                name.trim().to_owned()
            };
            let role = people::role_from_title(title).map(str::to_owned);
            if role.is_none() || !people::looks_like_name(&name) || name.split_whitespace().count() > 3 {
                return Vec::new();
            }
            out.push(people::PersonText { name, role, ..Default::default() });
            continue;
        }
        // (`kelsey marsh (talent acq, "TA partner" on her sig)`: a quoted aside is the writer's.)
        // (`luis ocampo (site super, runs the st. aldric hospital job)`: what they do, after
        // the title, is the writer's too.)
        let parts: Vec<&str> = title.split(", ").filter(|t| !t.contains(['"', '“'])).collect();
        let clause = |t: &&str| t.split_whitespace().count() >= 3 && t.starts_with(char::is_lowercase);
        let title = parts.iter().take_while(|t| !clause(t)).copied().collect::<Vec<_>>().join(", ");
        let title = if title.is_empty() { parts.join(", ") } else { title };
        let title = title.as_str();
        // `w/ hm (wade hollister, agronomy mgr)`: the role first, the person in brackets.
        if ["hm", "mgr", "recruiter", "boss", "cto", "ceo", "gm"].contains(&name.trim().to_lowercase().as_str()) {
            match people::parse_listed(&spelled_out(title)).filter(|p| p.title.is_some()) {
                Some(p) => out.push(p),
                None => return Vec::new(),
            }
            continue;
        }
        match people::parse_listed(&format!("{name} ({})", spelled_out(title))) {
            Some(p) => out.push(p),
            None => return Vec::new(),
        }
    }
    out
}

/// The people a sentence says the writer met, named with an honorific (`Dr.`, `Ms.`): a panel
/// read out in prose (`Then Mr. Dale Brunswick (8th grade science, union building rep), Ms.
/// Teresa Quan (counselor), and a parent, Mrs. Fatima Haddad, PTSA president.`), or the one who
/// ran it (`Principal Dr. Marguerite Okafor-Lind chaired it`). Two or more named so in a list,
/// or one the sentence says ran or joined the meeting; a title in brackets or in apposition
/// after the name, or just before it, is theirs when it holds a job's word.
fn with_honorifics(sentence: &str) -> Vec<people::PersonText> {
    const RAN: &[&str] = &[" chaired", " led ", " ran ", " interviewed me", " sat in", " joined", " was on the panel"];
    const NOT_MET: &[&str] = &["will ", "going to", "next ", "tomorrow", "never met", "didn't meet", "not "];
    let words: Vec<(usize, &str)> = sentence
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    // Each one found, with where their name ends.
    let mut found: Vec<(usize, people::PersonText)> = Vec::new();
    for (i, &(start, word)) in words.iter().enumerate() {
        if !(word.ends_with('.') && people::is_abbreviated_honorific(word)) {
            continue;
        }
        // The name: up to three capitalised words after the honorific, to a comma or bracket.
        let mut end = start + word.len();
        let mut name_words = 0;
        for &(s, w) in &words[i + 1..] {
            let bare = w.trim_end_matches([',', '.', ';', ':']);
            let capitalised = bare.starts_with(char::is_uppercase)
                && bare.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
            if !capitalised || name_words == 3 {
                break;
            }
            name_words += 1;
            end = s + bare.len();
            if bare.len() != w.len() {
                break;
            }
        }
        if name_words == 0 || NOT_MET.iter().any(|n| sentence[..start].to_lowercase().contains(n)) {
            continue;
        }
        let name = &sentence[start..end];
        if !people::looks_like_name(&name[word.len() + 1..]) {
            continue;
        }
        // The title: in brackets right after, else in apposition (`, PTSA president,`), else the
        // job's words just before (`Principal Dr. …`).
        let after = &sentence[end..];
        let titled = |t: &str| {
            let t = spelled_out(t.trim());
            let fits = (1..=5).contains(&t.split_whitespace().count())
                && !t.contains(['@', '"', '“'])
                && (t.split(|c: char| !c.is_alphanumeric()).any(people::is_title_word)
                    || people::role_from_title(&t).is_some());
            fits.then_some(t)
        };
        let title = if let Some(inside) = after.strip_prefix(" (").and_then(|r| r.split(')').next()) {
            inside.split(", ").find_map(titled)
        } else if let Some(rest) = after.strip_prefix(", ") {
            rest.split([',', '.', ';']).next().and_then(titled)
        } else {
            None
        };
        let before: Vec<&str> = sentence[..start]
            .split(' ')
            .rev()
            .skip(1)
            .take_while(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', '.']))
            .collect();
        let before: Vec<&str> = before.into_iter().rev().collect();
        let title = title.or_else(|| titled(&before.join(" ")).filter(|_| !before.is_empty()));
        if let Some(p) = people::parse(name) {
            found.push((end, people::PersonText { title, ..p }));
        }
    }
    let ran = found.len() == 1 && RAN.iter().any(|r| sentence[found[0].0..].starts_with(r));
    if found.len() >= 2 || ran { found.into_iter().map(|(_, p)| p).collect() } else { Vec::new() }
}

/// One named alone, with an honorific, as an item's first sentence (set 63, a bullet journal: `–
/// Dr Fionnuala HEGARTY. not "Hegarity". saw her badge up close this time.`): the given and family
/// names in full, shouted or not. What follows is the writer's remark. Or one the item names in
/// full at its end, after an arrow.
fn named_alone(item: &str) -> Option<people::PersonText> {
    // (Set 64, Roam: `"the medical director" — came in for the last 15 min of the panel. Dr.
    // Abara? Abarca? — checked the lab website after → **Dr. Inés Abarca, Medical Director,
    // Anatomic Pathology**`: the name in full the item ends on, after an arrow, with the title.)
    if let Some((_, found)) = item.rsplit_once(" → ").or_else(|| item.rsplit_once(" -> ")) {
        let found = found.trim().trim_matches('*').trim_end_matches('.');
        let (name, title) = found.split_once(", ")?;
        let words: Vec<&str> = name.split_whitespace().collect();
        let honorific = words.first().is_some_and(|w| people::is_abbreviated_honorific(w));
        if honorific && (3..=4).contains(&words.len()) && people::looks_like_name(&words[1..].join(" ")) {
            return Some(people::PersonText {
                title: Some(title.trim().to_owned()),
                ..people::parse(name).unwrap_or(people::PersonText { name: name.to_owned(), ..Default::default() })
            });
        }
    }
    let name = item.split_once(". ").map_or(item.trim_end(), |(first, _)| first);
    let name = name.strip_suffix('.').unwrap_or(name);
    let words: Vec<&str> = name.split(' ').collect();
    let [honorific, rest @ ..] = &words[..] else { return None };
    let named = |w: &&str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    if !people::is_abbreviated_honorific(honorific) || !(2..=3).contains(&rest.len()) || !rest.iter().all(named) {
        return None;
    }
    let name = people::unshouted(name);
    people::looks_like_name(&name[honorific.len() + 1..]).then(|| people::parse(&name)).flatten()
}

/// The one a sentence opens with who helped the writer on the day, as it says: `Mrs. Obuya in
/// the front office buzzed me in and walked me back`, `Jonah (AM line cook) came in on his day
/// off to set me up`. A given name alone will do; the help is said within a few words.
fn helped_on_the_day(sentence: &str) -> Option<people::PersonText> {
    const HELPED: &[&str] = &[
        "buzzed me in",
        "let me in",
        "signed me in",
        "checked me in",
        "walked me back",
        "walked me to",
        "walked me up",
        "walked me down",
        "walked me over",
        "met me at",
        "met me in",
        "greeted me",
        "escorted me",
        "set me up",
        "got me set up",
        "brought me",
        "showed me around",
        "got me coffee",
        "brought me coffee",
        "got me water",
        "brought me water",
        "gave me a tour",
        "found me",
    ];
    let plain = sentence.trim_start_matches(['-', '*', ' ', '\t']).replace("**", "");
    let lower = plain.to_lowercase();
    let at = HELPED.iter().filter_map(|h| lower.find(h)).min()?;
    let head = &plain[..at];
    // The name opens the sentence: an honorific and a surname, or one to three capitalised words.
    let (name, rest) = match head.split_once(" (") {
        Some((name, rest)) => (name.trim().to_owned(), rest),
        None => {
            let n = head.split(' ').take_while(|w| w.starts_with(char::is_uppercase)).count().min(4);
            // (`front desk lady Trish got me coffee`: a few words of where they work, then the
            // name.)
            let words: Vec<&str> = head.split_whitespace().collect();
            let named_after = words.iter().rposition(|w| !w.starts_with(char::is_uppercase)).map_or(0, |i| i + 1);
            let place = ["desk", "front", "reception", "office", "lady", "guy", "receptionist", "security"];
            if n == 0 && named_after < words.len() && words[..named_after].iter().all(|w| place.contains(w)) {
                (words[named_after..].join(" "), "front desk")
            } else {
                (head.split(' ').take(n).collect::<Vec<_>>().join(" "), "")
            }
        }
    };
    let honorific = name.split(' ').next().is_some_and(|w| w.ends_with('.') && people::is_abbreviated_honorific(w));
    let bare = if honorific { name.split_once(' ').map_or("", |(_, n)| n) } else { name.as_str() };
    let count = bare.split_whitespace().count();
    // (A given name alone only with their title in brackets: `Afterwards a woman named Kit…`
    // opens with no name.)
    let named = honorific || count >= 2 || !rest.is_empty();
    let common = bare.split_whitespace().any(people::is_common_word);
    if !(1..=3).contains(&count) || !named || common || !people::looks_like_name(bare) || head.len() - name.len() > 60 {
        return None;
    }
    // (`He`, `Then`: no name.)
    if ["He", "She", "They", "Then", "And", "Someone", "Everyone", "The"].contains(&bare.split(' ').next()?) {
        return None;
    }
    let title = rest.split(')').next().map(str::trim).filter(|t| !t.is_empty() && t.split_whitespace().count() <= 4);
    Some(people::PersonText {
        name: name.clone(),
        title: title.map(spelled_out),
        role: Some("assistant".to_owned()),
        ..Default::default()
    })
}

/// Someone a hurried list names in lower case with their title after a dash: `ravi desai - eng
/// mgr (hm). already talked 11/12`, `mike "moose" albrecht - design/drafting lead, cad`: Ravi
/// Desai, engineering manager. Only read in a list of two such people or more.
fn hurried_person(text: &str) -> Option<people::PersonText> {
    let (name, title) = [" - ", " — ", " – "].iter().find_map(|sep| text.split_once(sep))?;
    // A nickname in quotes is the writer's: `mike "moose" albrecht` is Mike Albrecht.
    let name: String = name.split_whitespace().filter(|w| !w.starts_with(['"', '“'])).collect::<Vec<_>>().join(" ");
    if name.chars().any(char::is_uppercase) {
        return None;
    }
    let title = title.split(". ").next().unwrap_or_default();
    let title = title.split(" (").next().unwrap_or_default().trim();
    let titled = |title: &str| {
        title.split(|c: char| !c.is_alphanumeric()).any(people::is_title_word)
            || people::role_from_title(title).is_some()
            || people::opens_with_rank(title)
    };
    // `account exec, played the "customer" cfo`: after the title's comma, a clause of three
    // words or more says what they did, not which team they are on.
    let title = match title.split_once(", ") {
        Some((job, rest)) if rest.split_whitespace().count() >= 3 && titled(&spelled_out(job)) => spelled_out(job),
        _ => spelled_out(title),
    };
    let p = people::parse_listed(&format!("{name}, {title}"))?;
    (titled(&title) && p.title.is_some()).then_some(p)
}

/// Someone a hurried list item names in lower case, their title after a comma and what they did
/// after the next: `nadia kowalczyk, qa lead, dropped in for last ~15 min` is Nadia Kowalczyk,
/// QA Lead.
fn hurried_comma_person(text: &str) -> Option<people::PersonText> {
    let mut parts = text.split(", ");
    let name = people::lower_case_name(parts.next()?.trim())?;
    // (`phil haugen, dir of ops. phaugen@…`: the title ends with its sentence, before the address.)
    let title = parts.next()?.split(". ").next().unwrap_or_default();
    let title = title.split_whitespace().take_while(|w| !w.contains('@')).collect::<Vec<_>>().join(" ");
    let title = title.trim().trim_end_matches('.');
    let words: Vec<&str> = title.split_whitespace().collect();
    let lower = words.iter().all(|w| w.chars().all(|c| !c.is_uppercase()));
    if !(1..=4).contains(&words.len()) || !lower {
        return None;
    }
    // (`qa lead` → QA Lead: a short first word of a lower-case title is its initials; and `dir of
    // ops` → Director of Operations, the small words in lower case.)
    let title = spelled_out(title);
    let title = match title.split_once(' ') {
        Some((first, rest)) if first.len() == 2 => format!("{} {}", first.to_uppercase(), people::title_cased(rest)),
        _ => people::title_cased(&title),
    };
    let titled = title.split(|c: char| !c.is_alphanumeric()).any(|w| people::is_title_word(&w.to_lowercase()));
    titled.then(|| people::PersonText { name, title: Some(title), ..Default::default() })
}

/// True for a hurried item that says a meeting took place, and with whom, after a few words
/// that say which (`hm call w/ diane ferreira-moss (…) ~35 min on zoom`); not a step still to
/// come (`2. HM call w/ Rafael Osei`), which says how long it took or how it was held.
fn took_place_with(lower: &str) -> bool {
    let early = lower.split(' ').take(4).collect::<Vec<_>>().join(" ");
    let held = ["min", "hr", "zoom", "phone", "video", "today", "teams"]
        .iter()
        .any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w));
    early.contains(" w/") && held
}

/// The position a note's first line gives after the company or among parts set apart by slashes
/// or dashes: `delgado mechanical - svc tech (journeyman) interview` (Service Tech (Journeyman)),
/// `NFPR / second interview / asst producer, "Northbound" (the afternoon show)` (Assistant
/// Producer).
pub(super) fn position_in_first_line(first: &str, company: Option<&str>) -> Option<String> {
    let line = first.trim_start_matches('#').trim();
    let lower = line.to_lowercase();
    const SEPARATORS: [&str; 5] = [" - ", " — ", " – ", " / ", " | "];
    // (A part that says what happened is no job: `met the hiring manager`.)
    let plain = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=5).contains(&words.len())
            && !words
                .iter()
                .any(|w| ["the", "with", "w/", "met", "my", "i", "and"].contains(&w.to_lowercase().as_str()))
    };
    let meeting = |w: &str| {
        let w = w.to_lowercase();
        sections::MEETING_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "hm" | "call" | "screen" | "chat")
    };
    let job = |part: &str| -> Option<String> {
        // Without what follows a comma, and the meeting's words at its end; none left inside,
        // and no day or time (`recruiter screen 11/20 fri 2:30` is the meeting).
        let part = part.split(", ").next().unwrap_or(part).trim();
        let words: Vec<&str> = part.split_whitespace().collect();
        let kept = words.len() - words.iter().rev().take_while(|w| meeting(w)).count();
        let words = &words[..kept];
        let dated = words.iter().any(|w| {
            w.contains(|c: char| c.is_ascii_digit())
                && !w.ends_with("nd")
                && !w.ends_with("rd")
                && !w.ends_with("th")
                && !w.ends_with("st")
        });
        if dated || words.iter().any(|w| meeting(w) || super::dates::is_weekday(w)) {
            return None;
        }
        // (`tech screen`: the kind of meeting, not the job.)
        const OF_THE_MEETING: &[&str] = &[
            "tech",
            "technical",
            "phone",
            "video",
            "virtual",
            "final",
            "first",
            "second",
            "third",
            "hr",
            "recruiter",
            "intro",
            "initial",
            "panel",
            "zoom",
            "teams",
            "coffee",
            "onsite",
            "on-site",
            // (Set 43: `Maddox & Feeney — skills test` was "the Skills Test role".)
            "skills",
            "skill",
            "test",
            "assessment",
            "exercise",
        ];
        let of_the_meeting = words.iter().all(|w| OF_THE_MEETING.contains(&w.to_lowercase().as_str()));
        let titled = words.iter().any(|w| people::is_title_word(w));
        if of_the_meeting || (words.len() < 2 && !titled) {
            return None;
        }
        let part = words.join(" ");
        plain(&part).then(|| {
            spelled_out(&part)
                .split(' ')
                .map(|w| match w.strip_prefix('(') {
                    Some(inner) => format!("({}", super::folder::capitalised(inner)),
                    // (`SDR` stays in capitals; `LOGISTICS COORDINATOR` is shouted.)
                    None if (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()) => w.to_owned(),
                    None if w.len() > 4 && w.chars().all(|c| c.is_ascii_uppercase()) => {
                        super::folder::capitalised(&w.to_lowercase())
                    }
                    None => super::folder::capitalised(w),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    // `delgado mechanical - svc tech (journeyman) interview`: right after the company.
    if let Some(company) = company.filter(|c| lower.starts_with(&c.to_lowercase())) {
        let rest = &line[company.len()..];
        if let Some(rest) = SEPARATORS.iter().find_map(|s| rest.strip_prefix(s)) {
            let part = SEPARATORS.iter().fold(rest, |r, s| r.split(s).next().unwrap_or(r));
            return job(part);
        }
    }
    // `NFPR / second interview / asst producer, …`: the one part that names a job.
    let sep = SEPARATORS.iter().find(|s| line.matches(*s).count() >= 2)?;
    let parts: Vec<&str> = line.split(sep).collect();
    let titled: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|p| spelled_out(p.split(", ").next().unwrap_or(p)).split_whitespace().any(people::is_title_word))
        .collect();
    match titled[..] {
        [one] => job(one),
        _ => None,
    }
}

/// True for a sentence that says what the writer did not get across: `I fumbled…`, `I forgot to
/// mention…`, `I didn't explain…`, or a promise, `I said I'd send…`.
fn is_clarification(text: &str) -> bool {
    let t = text.to_lowercase().replace('’', "'");
    [
        "i fumbled ",
        "i forgot to mention ",
        "i forgot to say ",
        "i didn't explain ",
        "i didn't mention ",
        "i never mentioned ",
        "i also never mentioned ",
        "i didn't get to ",
        "i never got to ",
        "i said i'd send ",
        "i promised to send ",
        "i undertook to send ",
        "i agreed to send ",
        "i should have said ",
        "i meant to say ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// True for `Hugo liked…` or `Fatima and I agreed…`, Hugo or Fatima being listed.
/// What a paragraph under a heading-like first sentence (`Not so good.`) says to set straight:
/// each sentence that opens with what the writer said or left out (`I also never mentioned…`), or
/// with the name of someone met (`Ms. Quan asked about… and I said…`), with the short fact after
/// it (`This year it's back up to 14.`). The writer's feelings (`I don't think anyone caught
/// it`) and plans (`I need to fix that`) are theirs.
fn things_to_set_straight(sentences: &[String], people: &[Person]) -> Vec<String> {
    const TOLD: &[&str] = &["mention", "said", "told", "forgot", "promised", "fumbled", "didn't", "never", "blanked"];
    const FEELING: &[&str] = &["I don't think", "I think", "I hope", "I guess", "I feel", "I'm not sure"];
    let opens = |s: &str| {
        let first_clause = s.split([',', ';']).next().unwrap_or_default();
        // (`She asked how many people I manage and I said forty-five.`)
        let asked_me =
            ["She asked ", "He asked ", "They asked "].iter().any(|p| s.starts_with(p)) && s.contains(" I said ");
        let told = (s.starts_with("I ") && TOLD.iter().any(|w| first_clause.contains(w))) || asked_me;
        let told = told || people.iter().any(|p| opens_with_name(s, p) && TOLD.iter().any(|w| s.contains(w)));
        told && !FEELING.iter().any(|f| s.starts_with(f))
    };
    let mut out: Vec<String> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        if !opens(s) {
            continue;
        }
        let mut thing = s.clone();
        if let Some(next) = sentences.get(i + 1) {
            let short = next.split_whitespace().count() <= 14;
            if short && !opens(next) && !next.starts_with("I ") && !next.contains(" I ") {
                thing.push(' ');
                thing.push_str(next);
            }
        }
        out.push(thing);
    }
    out
}

/// True when `text` opens with `person`'s name: in full, their given name, or an honorific and
/// their family name (`Ms. Quan asked…`).
fn opens_with_name(text: &str, person: &Person) -> bool {
    let bare = people::bare_name(&person.name);
    let given = people::first_name(&person.name);
    let first = text.split([' ', ',', '\'', '’']).next().unwrap_or_default();
    let honorific = text
        .split_once(' ')
        .filter(|(h, _)| people::is_abbreviated_honorific(h))
        .is_some_and(|(_, rest)| rest.starts_with(people::last_name(&person.name)));
    text.starts_with(bare) || first == given || honorific
}

fn about_someone_listed(text: &str, people: &[Person]) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    people.iter().any(|p| {
        let first = people::first_name(&p.name);
        let full: Vec<&str> = p.name.split_whitespace().collect();
        // (`Dr. Ashgrove liked…`: an honorific and the family name.)
        // (Set 63, a bullet journal: `Dr H LOVED the pump-start story`: or its initial, when no
        // one else's family name starts so.)
        let surname = people::last_name(&p.name);
        let initial = |w: &str| {
            w.len() == 1
                && surname.starts_with(w)
                && !people.iter().any(|o| o.name != p.name && people::last_name(&o.name).starts_with(w))
        };
        let honorific = words.len() > 2
            && people::is_abbreviated_honorific(words[0])
            && (words[1] == surname || initial(words[1].trim_end_matches('.')));
        let after = if words.starts_with(&full) {
            &words[full.len()..]
        // A hurried note writes the name in lower case (`mara liked…`).
        } else if words.first().is_some_and(|w| *w == first || *w == first.to_lowercase()) {
            &words[1..]
        } else if honorific {
            &words[2..]
        } else {
            return false;
        };
        // (`Mr. Brunswick asked how I'd support teachers… and he actually said "thank you" out
        // loud`: a question, and how they took the answer.)
        let took_it = ["said", "wrote", "liked", "nodded", "laughed", "smiled"].iter().any(|w| words.contains(w));
        match after {
            [and, i, ..] if *and == "and" && matches!(*i, "I" | "i") => true,
            [verb, ..] if honorific && *verb == "asked" => took_it,
            // (`caroline called ~5 min late, apologized`: a phone call, not `called my plan bold`.)
            [verb, next, rest @ ..] if *verb == "called" => {
                let named = ["my", "the", "it", "that", "this", "our", "his", "her", "their"];
                named.contains(&next.to_lowercase().as_str())
                    || (*next == "me" && rest.first().is_some_and(|w| ["a", "an", "the"].contains(w)))
            }
            // (`LOVED`: how much, in capitals.)
            [verb, ..] => REACTIONS.contains(&verb.to_lowercase().as_str()) || *verb == "lit",
            [] => false,
        }
    })
}

/// The company a file name names (`2026-02-17-ashgrove-phone-screen.md`, `redfern-notes.md`),
/// when `text` writes it with a capital (`Ashgrove`, `Redfern Media`: the capitalised words
/// after it are part of the name).
fn company_in_file_name(rel: &str, text: &str) -> Option<String> {
    let file = crate::pipeline::scan::without_note_extension(rel.rsplit('/').next().unwrap_or(rel));
    // (Set 68: `brabant fresh gesprek 1.md`, in Dutch.)
    let meeting =
        ["interview", "notes", "note", "call", "round", "debrief", "prep", "gesprek", "entrevista", "entretien"];
    let words: Vec<String> = sections::normalize(&file.replace(['-', '_'], " "))
        .split(' ')
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        // `final round - nov 30 2026.md`: the day is no part of a name.
        .filter(|w| super::dates::month_number(w).is_none() && !super::dates::is_weekday(w))
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
        // (`(Brabant Fresh Distribution B.V.).`: the bracket closes the name.)
        let (bare, closed) = bare.strip_suffix(')').map_or((bare, false), |b| (b, true));
        let lower = bare.to_lowercase();
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !capital || people::is_title_word(bare) || STAGES.iter().any(|s| s.split(' ').any(|x| x == lower)) {
            break;
        }
        name = format!("{name} {bare}");
        if closed || bare.len() != word.len() {
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
pub(super) fn role_in(text: &str) -> Option<String> {
    // ASCII lower case keeps every byte where it was: positions in `lower` hold in `text`.
    let lower = text.to_ascii_lowercase();
    // `Role is Senior PM, Fleet Platform (the B2B side…)`, `· role: Senior Product Designer`.
    let stated = ["role is ", "role: ", "position is ", "position: ", "applied for "].iter().find_map(|lead| {
        let at = lower.find(lead)? + lead.len();
        let rest = &text[at..];
        // (Set 44: `Role is Associate Director of Development, so a step up.`: the writer's aside
        // after the comma.)
        let end = [" (", ". ", " — ", " – ", " · ", "; ", ", so ", ", which ", ", but "]
            .iter()
            .filter_map(|s| rest.find(s))
            .min()
            .unwrap_or(rest.len());
        let role = rest[..end].trim().trim_end_matches(['.', ',']);
        let words: Vec<&str> = role.split_whitespace().collect();
        let titled = words.iter().any(|w| people::is_title_word(w.trim_end_matches(',')));
        (titled && words.len() <= 8 && role.starts_with(char::is_uppercase)).then(|| role.to_owned())
    });
    if stated.is_some() {
        return stated;
    }
    let fits = |role: &str| {
        let words: Vec<&str> = role.split_whitespace().collect();
        let titled = words.iter().any(|w| people::is_title_word(w));
        (titled && words.len() <= 6 && role.chars().next().is_some_and(char::is_uppercase)).then(|| role.to_owned())
    };
    // (`for the implementation specialist job`: a job of a few words in lower case, written out.)
    // (Set 46: `it's the rural mixed practice nurse job the one off seek`.)
    let leads = ["for the ", "it's the ", "its the "];
    let for_the = leads.iter().flat_map(|l| lower.match_indices(l)).find_map(|(at, found)| {
        let start = at + found.len();
        let end =
            start + [" role", " position", " job", " opening"].iter().filter_map(|w| lower[start..].find(w)).min()?;
        let role = text[start..end].trim();
        // (`the Hospice Social Worker (LICSW) position`: the licence it asks for is no part of it.)
        let role = match role.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
            Some((job, inside)) if people::is_credential(inside) => job,
            _ => role,
        };
        fits(role).or_else(|| lower_case_title(role))
    });
    // `this is for Senior Frontend Engineer on the storefront team`: a title in capitals after
    // "is for", up to the team or the end of the clause.
    for_the.or_else(|| {
        lower.match_indices("is for ").find_map(|(at, found)| {
            let start = at + found.len();
            let rest = &text[start..];
            let end = [" on the ", " in the ", ",", ".", " (", ";"]
                .iter()
                .filter_map(|w| rest.find(w))
                .min()
                .unwrap_or(rest.len());
            let role = rest[..end].trim();
            role.split_whitespace().all(|w| w.starts_with(char::is_uppercase)).then(|| fits(role)).flatten()
        })
    })
}

/// The people a heading names with their titles, as notes written a section per person or per
/// session do: one (`Wen Li, Firmware Lead`), two met together (`Bea Holloway, Eng Manager +
/// Tomás Rivera, Design Lead (2 on 1)`), or one after the session's place in the day and its
/// topic (`1. Leo Marchetti — Analytics Manager`, `1:00 – Execution / metrics — Carla Mendes,
/// Director of PM`).
pub(crate) fn people_heading(heading: &str) -> Vec<people::PersonText> {
    let heading = without_order(heading.trim_start_matches('#').trim());
    // `Interviewer 1: Beth Arnaud, Clinical Research Manager`: a label of the list, then them.
    let heading = match heading.split_once(": ") {
        Some((label, rest))
            if label.split_whitespace().count() <= 3
                && ["interviewer", "panelist", "panellist", "person", "session", "round", "interview"]
                    .iter()
                    .any(|w| label.to_lowercase().starts_with(w)) =>
        {
            rest
        }
        _ => heading,
    };
    let group = |heading: &str| -> Vec<people::PersonText> {
        // Two or more met together: each part is someone with their title, or none is read.
        let bare = match heading.rsplit_once(" (") {
            Some((h, aside)) if aside.ends_with(')') && !aside.contains('@') => h,
            _ => heading,
        };
        let parts: Vec<&str> = bare.split(" + ").flat_map(|p| p.split(" & ")).collect();
        let each: Option<Vec<_>> = parts.iter().map(|p| person_heading(p)).collect();
        match each.filter(|_| parts.len() >= 2) {
            Some(each) => each,
            None => person_heading(heading).into_iter().collect(),
        }
    };
    let met = group(heading);
    if !met.is_empty() {
        return met;
    }
    // `Execution / metrics — Carla Mendes, Director of PM`: the topic, then the person and title.
    let after_topic = [" — ", " – ", " - "]
        .iter()
        .filter_map(|sep| heading.split_once(sep))
        .map(|(_, rest)| group(rest))
        .find(|met| !met.is_empty())
        .unwrap_or_default();
    if !after_topic.is_empty() {
        return after_topic;
    }
    // `Panel w/ Dana + Jerome Whitaker (Engineering Mgr) — 2nd half of the morning`.
    let with = people_with_titles_in_parentheses(heading);
    if !with.is_empty() {
        return with;
    }
    given_name_heading(heading).into_iter().collect()
}

/// A heading that names someone by their given name alone, their job after a dash: `Brent — QC
/// lab lead (?)` (the note did not catch the rest of the name).
fn given_name_heading(heading: &str) -> Option<people::PersonText> {
    const HEADINGS: &[&str] = &[
        "summary",
        "notes",
        "overview",
        "logistics",
        "prep",
        "next",
        "private",
        "salary",
        "questions",
        "timeline",
        "format",
        "recap",
        "debrief",
        "takeaways",
        "followups",
        "misc",
        "people",
        "panel",
        "round",
    ];
    let (name, title) = [" — ", " – ", " - "].iter().find_map(|sep| heading.split_once(sep))?;
    let name = name.trim();
    let single = !name.contains(' ') && name.chars().all(char::is_alphabetic) && name.starts_with(char::is_uppercase);
    if !single || HEADINGS.contains(&name.to_lowercase().as_str()) || !people::looks_like_name(name) {
        return None;
    }
    let title = title.split(" (").next()?.trim().trim_end_matches(['?', '.']).trim();
    let title = spelled_out(title);
    let words: Vec<&str> = title.split_whitespace().collect();
    let titled = words.iter().any(|w| people::is_title_word(&w.to_lowercase()));
    let title: Vec<String> = words
        .iter()
        .map(|w| if w.chars().all(|c| c.is_lowercase()) { super::folder::capitalised(w) } else { (*w).to_owned() })
        .collect();
    (titled && (1..=5).contains(&title.len())).then(|| people::PersonText {
        name: name.to_owned(),
        title: Some(title.join(" ")),
        ..Default::default()
    })
}

/// `heading` without the place in the day it opens with: `1. `, `2) `, `1:00 – `, `10:30am - `,
/// `2pm: `.
fn without_order(heading: &str) -> &str {
    let digits = heading.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return heading;
    }
    let after = &heading[digits..];
    if let Some(rest) = after.strip_prefix(['.', ')']) {
        return rest.strip_prefix(' ').map_or(heading, str::trim_start);
    }
    // A time of day: minutes, or am/pm, or both, then a dash or a colon.
    let mut time = after;
    if let Some(rest) = time.strip_prefix(':') {
        if !rest.get(..2).is_some_and(|m| m.bytes().all(|b| b.is_ascii_digit())) {
            return heading;
        }
        time = &rest[2..];
    }
    if time.get(..2).is_some_and(|m| m.eq_ignore_ascii_case("am") || m.eq_ignore_ascii_case("pm")) {
        time = &time[2..];
    }
    if time.len() == after.len() {
        return heading;
    }
    [" — ", " – ", " - ", ": "].iter().find_map(|sep| time.strip_prefix(sep)).map_or(heading, str::trim_start)
}

/// A list's item about someone as a heading would name them (set 54, todo.txt): without the
/// verb it opens with (`Met Jean-François Tremblay, Operations Manager`) and without what they
/// did after a second dash (`Donna Fitzgerald - Construction Manager, Electrical division - led
/// it`).
fn as_listed(text: &str) -> String {
    let text = ["Met with ", "Met ", "Spoke with ", "Talked to ", "Talked with "]
        .iter()
        .find_map(|v| text.strip_prefix(v))
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .unwrap_or(text);
    // (Set 62: `Daniel = Han Dong-hyun, Pricing Analytics Lead`: the name after the one they go
    // by, which `called_in` reads.)
    let text = text
        .split_once(" = ")
        .filter(|(called, rest)| called.split_whitespace().count() <= 2 && rest.contains(", "))
        .map_or(text, |(_, rest)| rest);
    // (`Marie-Eve Gagon, Project Director - led the call, … asked most of the q's`: after their
    // job, too.)
    let aside = text.match_indices(" - ").map(|(at, _)| at).find(|&at| {
        let head = &text[..at];
        text[at + 3..].starts_with(char::is_lowercase) && (head.contains(", ") || head.contains(" - "))
    });
    aside.map_or(text, |at| &text[..at]).to_owned()
}

/// The person a heading names with their title, as notes written a section per person do:
/// `Wen Li, Firmware Lead (would be my manager)`, `Marcus Delacroix-Huang — Senior Hardware
/// Engineer`. A name alone, or a name and a word that is no title (`Inés, wrap-up`), is not one.
/// The person an outline's item opens with a page link to, and their job after a dash or a
/// comma: `[[Bea Santos]] — Staff Product Designer, sat in…`, `portfolio walkthrough w/ [[Dhruv
/// Mehrotra]] — Director, Research & Design` (what they ran, then them), `[[Hannah]] — Naomi's
/// EA. booked…` (one the note knows by a given name, with a helper's job).
fn linked_person(raw: &str) -> Option<people::PersonText> {
    let line = raw.trim_start().trim_start_matches(['-', '*', '+']).trim_start();
    let (lead, link) = line.split_once("[[")?;
    let lead = lead.trim_end();
    let led = lead.is_empty()
        || (["w/", "with"].iter().any(|w| lead.ends_with(w))
            && lead.starts_with(char::is_lowercase)
            && lead.split_whitespace().count() <= 6);
    let (name, after) = link.split_once("]]")?;
    let name = name.split('|').next().unwrap_or(name).trim();
    let dash = [" — ", " – ", " - ", ", "].iter().find_map(|d| after.strip_prefix(d))?;
    if !led || !people::looks_like_name(name) || dash.starts_with(char::is_lowercase) {
        return None;
    }
    if name.split_whitespace().count() >= 2 {
        let p = person_heading(&format!("{name} — {dash}"))?;
        return (p.name == name).then_some(p);
    }
    // (A given name alone, with a helper's job up to the end of the clause.)
    let title = dash.split(['.', ',', ';', '(']).next().unwrap_or(dash).trim();
    people::role_from_title(title).map(|_| people::PersonText {
        name: name.to_owned(),
        title: Some(title.to_owned()),
        ..Default::default()
    })
}

fn person_heading(heading: &str) -> Option<people::PersonText> {
    let heading = heading.trim_start_matches('#').trim();
    // (Set 62, an org-mode day: `** 09:30 Karin Holmqvist — VP Engineering :interviewer:`: the
    // time first says when.)
    let heading = after_a_time(heading).unwrap_or(heading);
    // `Name, Title (aside), email`: the address after the aside is theirs.
    let email = heading.split([' ', ',', '<', '>', '(', ')']).find(|w| w.contains('@') && w.contains('.'));
    let heading = heading.split_once(" (").map_or(heading, |(h, aside)| if aside.contains('@') { heading } else { h });
    // `Olu Adeyemi, Engineering Manager, Robotics Platform`: the team after the title may go.
    let short = heading.match_indices(", ").nth(1).map_or(heading, |(i, _)| &heading[..i]);
    // `Coordinator — Beatriz Salgado-Moore`: the role first, then the name.
    let role_first = [" — ", " – ", " - ", ": "].iter().find_map(|sep| {
        let (role, name) = heading.split_once(sep)?;
        let name = name.trim();
        let fits = people::role_from_title(role).is_some()
            && (2..=4).contains(&name.split_whitespace().count())
            && people::looks_like_name(name);
        fits.then(|| people::PersonText {
            name: name.to_owned(),
            title: Some(role.trim().to_owned()),
            ..Default::default()
        })
    });
    // (`marisol vega — dir. of resident services`: hurried notes write the name in lower case.)
    let parsed = |text: &str| people::parse(text).or_else(|| people::parse_listed(text));
    let p = role_first.or_else(|| parsed(heading).filter(|p| p.title.is_some())).or_else(|| parsed(short))?;
    let title = p.title.as_deref()?;
    let words = p.name.split_whitespace().count();
    // (`Carmen Ruiz — HR`: the department is all the title the note gives.)
    let department = matches!(title.to_lowercase().as_str(), "hr" | "human resources" | "people ops" | "people team");
    let titled = title.split(|c: char| !c.is_alphanumeric()).any(people::is_title_word)
        || people::role_from_title(title).is_some()
        || department;
    // `Alder Analytics – Analytics Engineer – hiring manager interview`: a company and its job.
    const ORGS: &[&str] = &[
        "analytics",
        "labs",
        "systems",
        "group",
        "partners",
        "health",
        "bank",
        "software",
        "technologies",
        "capital",
        "inc",
        "llc",
        "ltd",
        "games",
        "robotics",
        "foods",
        "insurance",
        "security",
        "energy",
        "freight",
        "media",
        "studio",
        "studios",
        "ai",
        "co",
        "company",
        "solutions",
        "logistics",
    ];
    let last = p.name.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let dashes = [" – ", " — ", " - ", " | "].iter().map(|d| heading.matches(d).count()).sum::<usize>();
    // (`Jonathan Teller (Eng Manager)`: a family name may be a job's word; the words before it
    // may not, nor may one that says how senior a job is: `Senior PM`, `Lead Teller`.)
    const RANKS: &[&str] = &[
        "senior",
        "sr",
        "junior",
        "jr",
        "lead",
        "chief",
        "head",
        "principal",
        "staff",
        "associate",
        "assistant",
        "deputy",
        "vice",
        "general",
        "managing",
        "executive",
    ];
    let first_word = p.name.split_whitespace().next().unwrap_or_default().trim_end_matches('.').to_lowercase();
    let family = p.name.split_whitespace().last().is_some_and(|w| w.chars().any(char::is_lowercase))
        && !RANKS.contains(&first_word.as_str());
    let given = if family { words - 1 } else { words };
    // (`- refs list ready, NOT current manager`, `- nursing side, asked how I handle pushback
    // when a nurse wants…`: a to-do and a sentence, not someone and their title.)
    let sentence = title.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| {
        ["not", "no", "i", "i'd", "i'm", "asked", "said", "how", "when", "if", "ready", "told"]
            .contains(&w.to_lowercase().as_str())
    });
    let fits = (2..=4).contains(&words)
        && titled
        && !sentence
        && !p.name.contains('&')
        && !p.name.split_whitespace().take(given).any(people::is_title_word)
        && people::looks_like_name(&p.name)
        && !ORGS.contains(&last.as_str())
        && dashes < 2;
    fits.then(|| people::PersonText { email: p.email.clone().or_else(|| email.map(str::to_owned)), ..p })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_that_says_which_meeting_of_a_series_it_was_names_whom() {
        let met = |s: &str| people_met_in(s).into_iter().map(|p| (p.name, p.title)).collect::<Vec<_>>();
        assert_eq!(
            met(
                "It was a 45 min video call with Andrea Whitcombe, she's the senior litigation paralegal / paralegal manager and would be my direct boss."
            ),
            vec![("Andrea Whitcombe".to_owned(), Some("Senior Litigation Paralegal".to_owned()))],
            "a title in the writer's words, up to the next clause"
        );
        assert_eq!(
            met("Then Dr. Kevin Tran, DPT, OCS — lead ortho PT."),
            vec![("Dr. Kevin Tran".to_owned(), Some("Lead Ortho PT".to_owned()))]
        );
        assert_eq!(
            met("Met Marisol Reyes first (clinic director)."),
            vec![("Marisol Reyes".to_owned(), Some("Clinic Director".to_owned()))]
        );
        assert_eq!(
            met("The last proper interview was Neil Brandt, Workforce Management Analyst."),
            vec![("Neil Brandt".to_owned(), Some("Workforce Management Analyst".to_owned()))]
        );
        assert_eq!(met("The second conversation was with Ana Ruiz, Head of Design, over lunch.").len(), 1);
        assert!(met("The last question was rushed, sadly.").is_empty());
        assert!(met("The first thing I noticed was the office.").is_empty());
    }

    #[test]
    fn prose_names_someone_met_with_their_job_in_brackets_but_not_one_yet_to_meet_or_who_helped() {
        let met = |s: &str| titled_in_brackets(s).map(|p| (p.name, p.title.unwrap_or_default()));
        assert_eq!(
            met("Greg Pellerin (science department chair) was sitting in the back with a notepad."),
            Some(("Greg Pellerin".to_owned(), "Science Department Chair".to_owned()))
        );
        assert_eq!(
            met("Then Dr. Ines Haddad (lab mgr) walked me through the cleanroom."),
            Some(("Dr. Ines Haddad".to_owned(), "Lab Manager".to_owned()))
        );
        assert_eq!(met("team of 9. reports to Dr. Sunita Varga (QC Micro Manager)"), None, "not met yet");
        assert_eq!(met("Sandra Holt (GM) set it up — emailed back and forth with her."), None, "one who helped");
        assert_eq!(met("We toured Pike Place (the market) after lunch."), None, "no job in the brackets");
        assert_eq!(met("Greg Pellerin (he chairs science, 12 years here) was there."), None, "an aside, not a job");
        assert_eq!(
            met("Panel: Jane Doe (Engineering Manager), Raj Patel").map(|(name, _)| name).as_deref(),
            Some("Jane Doe"),
            "a label is no part of a name"
        );
        let with = |s: &str| people_met_in(s).into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            with(
                "After the lesson I had about 40 minutes with Greg and Dr. Harold Ferreira, the Head of Middle School."
            ),
            vec!["Dr. Harold Ferreira".to_owned()],
            "a given name alone is someone named in full elsewhere"
        );
    }

    #[test]
    fn the_job_and_the_company_come_from_the_words_around_them() {
        let text = "So: final round at Ardent Legal Partners for the Legal Operations Manager job. Four talks.";
        assert_eq!(role_in(text).as_deref(), Some("Legal Operations Manager"));
        assert_eq!(
            role_in("I waited for the lift, then for the Staff Engineer role.").as_deref(),
            Some("Staff Engineer")
        );
        let text = "Monday, Nov 30 2026\n\nfinal round at Ardent Legal Partners.";
        assert_eq!(company_in_file_name("x/final round - nov 30 2026.md", text), None, "a month is no company");
    }

    #[test]
    fn a_heading_may_open_with_the_sessions_place_in_the_day_and_name_two() {
        let met =
            |h: &str| people_heading(h).into_iter().map(|p| (p.name, p.title.unwrap_or_default())).collect::<Vec<_>>();
        let one = |name: &str, title: &str| vec![(name.to_owned(), title.to_owned())];
        assert_eq!(
            met("1. Leo Marchetti — Analytics Manager (would be my boss)"),
            one("Leo Marchetti", "Analytics Manager")
        );
        assert_eq!(
            met("1:00 – Execution / metrics — Carla Mendes, Director of PM"),
            one("Carla Mendes", "Director of PM")
        );
        assert_eq!(met("10:30am - Sunil Rao, Principal Engineer"), one("Sunil Rao", "Principal Engineer"));
        assert_eq!(
            met("3:00 – Cross-functional — Bea Holloway, Eng Manager + Tomás Rivera, Design Lead (2 on 1)"),
            [
                ("Bea Holloway".to_owned(), "Eng Manager".to_owned()),
                ("Tomás Rivera".to_owned(), "Design Lead".to_owned())
            ]
        );
        assert_eq!(
            met("Hank Deluca — Dir. Category Management (stakeholder)"),
            one("Hank Deluca", "Dir. Category Management")
        );
        assert!(
            met("Quillstack — Senior PM, Developer Platform — loop day 2 (Wed 11/25)").is_empty(),
            "a job is no one"
        );
        assert!(met("12 things to ask").is_empty());
    }

    #[test]
    fn a_heading_that_names_a_person_and_their_title_is_someone_met() {
        let p = person_heading("## Wen Li, Firmware Lead (would be my manager)").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Wen Li", Some("Firmware Lead")));
        let p = person_heading("Olu Adeyemi, Engineering Manager, Robotics Platform").unwrap();
        assert_eq!(p.name, "Olu Adeyemi");
        assert!(person_heading("Inés, wrap-up").is_none());
        assert!(person_heading("Alder Analytics – Analytics Engineer – hiring manager interview").is_none());
        assert!(person_heading("Brightwater Labs, Data Engineer").is_none(), "a company and its job");
        let p = person_heading("## Coordinator — Beatriz Salgado-Moore").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Beatriz Salgado-Moore", Some("Coordinator")));
        let p =
            person_heading("**Beatriz Sampaio**, Research Director (would be my boss), beatriz@nuvem.example").unwrap();
        assert_eq!(
            (p.name.as_str(), p.title.as_deref(), p.email.as_deref()),
            ("Beatriz Sampaio", Some("Research Director"), Some("beatriz@nuvem.example"))
        );
        assert!(person_heading("Lunch: Priyanka (firmware eng) + Dmitri (controls)").is_none());
        assert!(people_heading("Lunch: Priyanka (firmware eng) + Dmitri (controls)").is_empty());
        assert!(person_heading("What went well").is_none());
        let p = person_heading("## marisol vega — dir. of resident services").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Marisol Vega", Some("Director of Resident Services")));
        let p = person_heading("## pete o'rourke — prop mgr, Ash St site").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Pete O'Rourke", Some("Property Manager, Ash St Site")));
        assert!(person_heading("## what went well").is_none());
        let p = person_heading("Carmen Ruiz — HR (\"people team,\" took notes)").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Carmen Ruiz", Some("HR")));
        assert!(person_heading("## stuff i didnt explain well").is_none());
        assert!(person_heading("System design, part two").is_none());
    }

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
    fn sentences_say_whom_the_writer_met_and_what_to_clarify() {
        let names =
            |s: &str| people_met_in(s).into_iter().map(|p| (p.name, p.title.unwrap_or_default())).collect::<Vec<_>>();
        assert_eq!(
            names("Met Ellen Foster, Managing Director, and Kofi Asante, Senior Associate."),
            [
                ("Ellen Foster".to_owned(), "Managing Director".to_owned()),
                ("Kofi Asante".to_owned(), "Senior Associate".to_owned())
            ]
        );
        assert_eq!(
            names("I spoke with Ravi Shankar, Lead Tools Engineer, for about forty minutes."),
            [("Ravi Shankar".to_owned(), "Lead Tools Engineer".to_owned())]
        );
        assert!(names("I spoke with Ravi about the weather, briefly.").is_empty());
        assert_eq!(names("Met with Paul Nakamura, Director of Product, for the product manager role.").len(), 1);
        assert!(names("Met Ellen Foster, who was lovely.").is_empty(), "no job title, no guess");
        assert_eq!(
            names("First was Dr. Elena Marchetti, the VP of Data Science."),
            [("Dr. Elena Marchetti".to_owned(), "VP of Data Science".to_owned())]
        );
        assert_eq!(
            names("Second was Sam Okafor, Senior Data Scientist, who would be my closest teammate."),
            [("Sam Okafor".to_owned(), "Senior Data Scientist".to_owned())]
        );
        assert!(names("Finally, we talked about the team.").is_empty());
        assert_eq!(
            names("Call w/ Olivia Brandt, Talent Acquisition Partner (olivia.brandt@meridian.example.com)."),
            [("Olivia Brandt".to_owned(), "Talent Acquisition Partner".to_owned())]
        );
        assert_eq!(
            names(
                "It was a session with Ines Carvalho, the Head of Design, and Jonah Mercer, a Staff Product Designer on the mobile team."
            ),
            [
                ("Ines Carvalho".to_owned(), "Head of Design".to_owned()),
                ("Jonah Mercer".to_owned(), "Staff Product Designer".to_owned())
            ]
        );
        assert_eq!(
            split_sentences("Dr. Achebe liked it. I said I'd send the deck."),
            ["Dr. Achebe liked it.", "I said I'd send the deck."]
        );
        assert_eq!(
            split_sentences("It will be “quick after the demo.” I liked them."),
            ["It will be “quick after the demo.”", "I liked them."]
        );
        let log = joined(
            "1:14  asked about HPLC — said \"about 2 years.\" NOT RIGHT. it's ~6 months\n1:17  deviations — told him\nabout CAPAs",
        );
        assert_eq!(
            split_sentences(&log),
            [
                "1:14  asked about HPLC — said \"about 2 years.\"",
                "NOT RIGHT. it's ~6 months",
                "1:17  deviations — told him about CAPAs"
            ],
            "a running log's entries stay apart"
        );
        let commas =
            people_with_titles_in_parentheses("talked w/ jordan pike (sr swe, shipments) + kelsey nguyen (eng mgr)");
        assert_eq!(commas.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Jordan Pike", "Kelsey Nguyen"]);
        let hurried = people_with_titles_in_parentheses("talked w/ marcus lee (hiring mgr) and ana ruiz (staff eng)");
        let hurried: Vec<_> = hurried.into_iter().map(|p| (p.name, p.title.unwrap_or_default())).collect();
        assert_eq!(
            hurried,
            [
                ("Marcus Lee".to_owned(), "Hiring Manager".to_owned()),
                ("Ana Ruiz".to_owned(), "Staff Engineer".to_owned())
            ]
        );
        // (Set 42: a hurried "with" in one letter.)
        let w = people_with_titles_in_parentheses(
            "round 1. sat in the private dining room w chef laurent viguier (exec chef) + chloe bamford (talent partner, HR)",
        );
        assert_eq!(w.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Chef Laurent Viguier", "Chloe Bamford"]);
        let eng = people_with_titles_in_parentheses("talked w/ nina brooks (eng mgr)");
        assert_eq!(eng[0].title.as_deref(), Some("Engineering Manager"), "not engineer manager");
        assert!(people_with_titles_in_parentheses("went with the flow (mostly) and the team").is_empty());
        // (Set 49: a day's log, its rounds numbered.)
        let names = |ps: Vec<people::PersonText>| ps.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names(people_with_titles_in_parentheses(
                "Niamh O'Sullivan (Principal QA Engineer) + Kevin Fahy (senior backend dev)"
            )),
            ["Niamh O'Sullivan", "Kevin Fahy"]
        );
        assert_eq!(
            names(people_with_titles_in_parentheses(
                "11:00 – 12:00 round 2, technical. Niamh O'Sullivan (Principal QA Engineer) + Kevin Fahy (QA)"
            )),
            ["Niamh O'Sullivan", "Kevin Fahy"]
        );
        assert!(people_with_titles_in_parentheses("Ardán (my old job) + Fenlo (this one)").is_empty());
        // (A hurried sentence that opens with its verb; "met with" is read from its "with".)
        assert_eq!(
            names(people_with_titles_in_parentheses(
                "Met Aoife Kearney (QC Manager) and Tadhg Brosnan (Senior Analyst)."
            )),
            ["Aoife Kearney", "Tadhg Brosnan"]
        );
        assert_eq!(
            names(people_with_titles_in_parentheses(
                "Met with Rafi Amsalem (Diane's assistant) and Gabe Ortiz (co-EP)."
            )),
            names(people_with_titles_in_parentheses("with Rafi Amsalem (Diane's assistant) and Gabe Ortiz (co-EP).")),
        );
        assert_eq!(
            names(people_met_in("10:05 – 10:50 round 1 w/ Seán Ó Briain, Engineering Manager, Payments Platform")),
            ["Seán Ó Briain"]
        );
        assert_eq!(round_with("the 3rd round with the team"), None);
        assert_eq!(
            names(people_met_in("site walk w/ Tony Castellano, chief engineer at the bldg. mech room, chillers, roof")),
            ["Tony Castellano"]
        );
        assert!(people_met_in("in line with Basel, the standard").is_empty());
        let ray =
            all_titled_in_brackets("then ray (ray tutt, chief engineer) took me on the tour of the central plant");
        assert_eq!(
            ray.iter().map(|p| (p.name.as_str(), p.title.as_deref())).collect::<Vec<_>>(),
            [("Ray Tutt", Some("Chief Engineer"))]
        );
        assert!(all_titled_in_brackets("then ray (bob tutt, chief engineer) took me on the tour").is_empty());
        assert_eq!(short_lead_with("we agreed, with hesitation, with tom"), None);
        assert!(is_clarification("I forgot to mention my OSHA 30 certification."));
        assert!(!is_clarification("I forgot my umbrella."));
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
        assert_eq!(
            role_in("Role is Associate Director of Development, so a step up.").as_deref(),
            Some("Associate Director of Development")
        );
    }
}

#[cfg(test)]
mod roster_tests {
    use super::dashed_person;

    #[test]
    fn a_line_that_names_someone_in_full_then_their_job_after_a_dash_is_theirs() {
        let p = dashed_person("Fatima Ebrahim - CEO. Very hands on, showed me the stores herself first.").unwrap();
        assert_eq!((p.name.as_str(), p.title.as_deref()), ("Fatima Ebrahim", Some("CEO")));
        let p = dashed_person("Daniel Cloete - board member, chairs their HR committee. Retired advocate.").unwrap();
        assert_eq!(p.name, "Daniel Cloete");
        assert!(dashed_person("Timeline - Fatima couldn't give a date").is_none());
    }
}
