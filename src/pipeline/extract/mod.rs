//! Extract stage: decides what a parsed note says — company, date, people, highlights, what to
//! clarify — and whether it is an interview note at all.
//!
//! Input is a `Document` from `parse`; output is a `Note` (or the reason the file is not one) and
//! the diagnostics found on the way. Front matter wins over the body field by field. Nothing here
//! knows about channels, due dates or letters: that is `plan`.

mod keys;
pub mod people;
pub mod sections;

use std::collections::HashMap;

use jiff::civil::Date;

use crate::diagnostic::{Diagnostic, Position};
use crate::model::{Highlight, Kind, Note, Person, ProcessPosition};
use crate::pipeline::parse::Document;
use crate::pipeline::parse::body::{Body, Section, Table, strip_wikilinks};
use crate::pipeline::parse::yaml::{Node, Yaml};
use crate::pipeline::scan::Source;
use crate::text::words::contains_word;
use keys::Field;
use people::Listed;
use sections::SectionKind;

/// What extraction made of a file.
#[derive(Debug)]
pub enum Outcome {
    /// An interview note.
    Note(Box<Note>),
    /// Not an interview note (a template, a contact card, a README); the reason says which.
    Skipped(String),
    /// An interview note that cannot be built; the diagnostics say why.
    Failed,
}

/// The outcome and the diagnostics about the file.
#[derive(Debug)]
pub struct Extracted {
    pub outcome: Outcome,
    pub diagnostics: Vec<Diagnostic>,
}

/// Extracts a note from a parsed document.
pub fn extract(source: &Source, doc: &Document) -> Extracted {
    let mut cx = Context { path: &source.rel, diagnostics: Vec::new(), failed: false, template: false };
    let mut note = Note { path: source.rel.clone(), ..Note::default() };
    let mut people = Vec::new();
    let mut is_contact_card = false;
    if let Some(front) = &doc.front {
        is_contact_card = front.iter().any(|(k, _)| key(k) == "name");
        for (k, node) in front {
            // Zola keeps its own fields under `[extra]`, Hugo under `params`: read them as if they
            // stood at the top, after the top-level keys.
            if matches!(key(k).as_str(), "extra" | "params") && matches!(node.value, Yaml::Map(_)) {
                continue;
            }
            cx.front_entry(&mut note, &mut people, k, node);
        }
        for (_, node) in front.iter().filter(|(k, _)| matches!(key(k).as_str(), "extra" | "params")) {
            if let Yaml::Map(inner) = &node.value {
                for (k, node) in inner {
                    cx.front_entry(&mut note, &mut people, k, node);
                }
            }
        }
    }
    cx.fields(&mut note, &mut people, &doc.body);
    cx.sections(&mut note, &mut people, &doc.body);
    note.people = merge(people);
    drop_repeats(&mut note.highlights, |h| &h.text);
    drop_repeats(&mut note.clarifications, |c| c);
    drop_repeats(&mut note.next_steps, |s| s);
    note.highlights = about(std::mem::take(&mut note.highlights), &note.people);
    if note.position.is_none() {
        note.position =
            doc.body.title.as_deref().and_then(|t| sections::position_from_title(t, note.company.as_deref()));
    }
    // A note that names a company but gives no date: the date in its first heading or its file
    // name (`2026-10-21-acme-onsite.md`). Without a company, a dated journal page with a "Wins"
    // heading must not become an interview.
    if note.date.is_none() && note.company.is_some() {
        let file_name = source.rel.rsplit('/').next().unwrap_or(&source.rel);
        note.date = doc.body.title.as_deref().and_then(iso_date_in).or_else(|| iso_date_in(file_name));
    }
    note.process_position = note
        .process_position
        .or_else(|| note.stage.as_deref().and_then(sections::position_from_stage))
        .or_else(|| sections::position_from_words(&doc.body.text));

    let records_interview = note.date.is_some() && (!note.people.is_empty() || !note.highlights.is_empty());
    let outcome = if cx.template {
        Outcome::Skipped("it looks like a template: it has `{{…}}` placeholders".to_owned())
    } else if cx.failed {
        Outcome::Failed
    } else if is_contact_card && note.position.is_none() && note.date.is_none() && note.people.is_empty() {
        Outcome::Skipped("it is a contact card: its front matter describes one person, not an interview".to_owned())
    } else if note.company.is_none() && !records_interview {
        Outcome::Skipped("it names no company and records no interview (no date with people or highlights)".to_owned())
    } else {
        // Without a date, a note that records the interview still gets its draft, without dates:
        // say so. One that records nothing yet is `plan`'s to speak of.
        if note.date.is_none() && note.records_the_meeting() {
            cx.diagnostics.push(
                Diagnostic::warning(
                    &source.rel,
                    Position::START,
                    "no interview date: thank-you and check-in dates cannot be planned",
                )
                .with_help("add `date: YYYY-MM-DD` to the front matter"),
            );
        }
        Outcome::Note(Box::new(note))
    };
    if matches!(outcome, Outcome::Skipped(_)) {
        cx.diagnostics.retain(Diagnostic::is_error);
    }
    Extracted { outcome, diagnostics: cx.diagnostics }
}

struct Context<'a> {
    path: &'a str,
    diagnostics: Vec<Diagnostic>,
    failed: bool,
    template: bool,
}

impl Context<'_> {
    fn error(&mut self, pos: Position, message: String, help: &str) {
        self.failed = true;
        self.diagnostics.push(Diagnostic::error(self.path, pos, message).with_help(help));
    }

    fn warn(&mut self, pos: Position, message: String, help: &str) {
        let d = Diagnostic::warning(self.path, pos, message);
        self.diagnostics.push(if help.is_empty() { d } else { d.with_help(help) });
    }

    /// The text of a scalar, with wikilinks reduced; `None` (and a warning) for lists and maps.
    fn text(&mut self, k: &str, node: &Node) -> Option<String> {
        match node.as_text() {
            Some(t) => {
                self.template |= t.contains("{{") && t.contains("}}");
                Some(strip_wikilinks(t.trim())).filter(|t| !t.is_empty())
            }
            None if node.value == Yaml::Null => None,
            None => {
                self.warn(node.pos, format!("`{k}` should be text, found {}", node.describe()), "");
                None
            }
        }
    }

    fn front_entry(&mut self, note: &mut Note, people: &mut Vec<Person>, k: &str, node: &Node) {
        let set = |slot: &mut Option<String>, value: Option<String>| {
            if slot.is_none() {
                *slot = value;
            }
        };
        match keys::front_matter(&key(k)) {
            Some(Field::Company) => set(&mut note.company, self.text(k, node)),
            Some(Field::Position) => set(&mut note.position, self.text(k, node)),
            Some(Field::Stage) => set(&mut note.stage, self.text(k, node)),
            Some(Field::Format) => set(&mut note.format, self.text(k, node)),
            Some(Field::Status) => set(&mut note.status, self.text(k, node)),
            Some(Field::Date) => {
                let Some(text) = self.text(k, node) else { return };
                match parse_date(&text) {
                    Some(date) => {
                        note.date = Some(date);
                        note.date_line = node.pos.line;
                    }
                    None => self.error(node.pos, format!("`{k}` is not a date: `{text}`"), &date_help(&text)),
                }
            }
            Some(Field::ProcessPosition) => {
                let Some(text) = self.text(k, node) else { return };
                match ProcessPosition::parse(&text) {
                    Some(p) => note.process_position = Some(p),
                    None => {
                        self.warn(node.pos, format!("`{k}` should be beginning, middle or end, found `{text}`"), "")
                    }
                }
            }
            Some(Field::Interviewers) => self.front_people(people, k, node, Kind::Interviewer, None),
            Some(Field::Helpers(role)) => self.front_people(people, k, node, Kind::Helper, role),
            Some(Field::Thanked) => note.thanked = done(node),
            Some(Field::CheckedIn) => note.checked_in = done(node),
            // A key followup does not read (`application` is read from body lines only, see
            // `keys`): kept as written, for templates.
            None | Some(Field::Application) => {
                if let Some(t) = node.as_text() {
                    self.template |= t.contains("{{") && t.contains("}}");
                }
                note.extra.insert(k.to_owned(), node.to_json());
            }
        }
    }

    fn front_people(&mut self, out: &mut Vec<Person>, k: &str, node: &Node, kind: Kind, role: Option<&str>) {
        let items = match &node.value {
            Yaml::Seq(items) => items.iter().collect(),
            Yaml::Null => Vec::new(),
            _ => vec![node],
        };
        for item in items {
            if let Some(mut person) = self.front_person(k, item, kind) {
                if person.role.is_none() {
                    person.role = role.map(str::to_owned);
                }
                out.push(person);
            }
        }
    }

    fn front_person(&mut self, k: &str, node: &Node, kind: Kind) -> Option<Person> {
        let mut person = Person { line: node.pos.line, ..Person::default() };
        match &node.value {
            // An unfilled entry of a note template (`- name:` and nothing else) is no one yet.
            Yaml::Map(entries) if entries.iter().all(|(_, v)| is_blank(v)) => {
                return None;
            }
            Yaml::Map(entries) => {
                for (field, value) in entries {
                    self.person_field(&mut person, field, value);
                }
                if person.name.is_empty() {
                    self.error(
                        node.pos,
                        format!("a person in `{k}` has no `name`"),
                        "give every person a `name:`, such as `- name: Ana Souza`",
                    );
                    return None;
                }
            }
            Yaml::Str(text) => {
                self.template |= text.contains("{{");
                let Some(parsed) = people::parse(text) else {
                    self.warn(
                        node.pos,
                        format!("cannot read a name from `{text}` in `{k}`"),
                        "write people as `Name, Title`, such as `Ana Souza, CTO`",
                    );
                    return None;
                };
                person.name = parsed.name;
                person.title = parsed.title;
                person.email = parsed.email;
                person.role = parsed.role;
            }
            Yaml::Null => return None,
            _ => {
                self.error(
                    node.pos,
                    format!("a person in `{k}` should be a name or a mapping, found {}", node.describe()),
                    "write `- Ana Souza, CTO` or `- name: Ana Souza`",
                );
                return None;
            }
        }
        person.role = people::role(person.role.take(), person.title.as_deref());
        // A `kind:` field overrules the key the person is listed under.
        person.kind = person.kind.or_else(|| Some(people::kind(Listed::Key(kind), person.role.as_deref())));
        Some(person)
    }

    fn person_field(&mut self, person: &mut Person, field: &str, value: &Node) {
        match key(field).as_str() {
            "name" => {
                if let Some(name) = self.text(field, value) {
                    person.name = name;
                }
            }
            "title" | "job_title" | "position" => person.title = self.text(field, value),
            "role" => person.role = self.text(field, value).map(|r| r.to_lowercase()),
            "email" | "e_mail" | "mail" => person.email = self.text(field, value),
            "address" => person.address = self.text(field, value),
            "emailed" | "corresponded" => match value.as_bool() {
                Some(b) => person.emailed = b,
                None => self.warn(
                    value.pos,
                    format!("`{field}` should be true or false, found {}", value.describe()),
                    "write `emailed: true` once you have exchanged email with this person",
                ),
            },
            "channel" => {
                let Some(text) = self.text(field, value) else { return };
                match crate::model::Channel::parse(&text) {
                    Some(c) => person.channel = Some(c),
                    None => self.warn(value.pos, format!("unknown channel `{text}`"), "use email, letter or card"),
                }
            }
            "kind" => match self.text(field, value).as_deref().map(str::to_lowercase).as_deref() {
                Some("helper") => person.kind = Some(Kind::Helper),
                Some("interviewer") => person.kind = Some(Kind::Interviewer),
                _ => self.warn(value.pos, format!("`{field}` should be interviewer or helper"), ""),
            },
            _ => {}
        }
    }

    /// Inline fields in the body fill in what the front matter left out.
    fn fields(&mut self, note: &mut Note, people: &mut Vec<Person>, body: &Body) {
        for field in &body.fields {
            let value = field.value.trim();
            self.template |= value.contains("{{") && value.contains("}}");
            if value.is_empty() {
                continue;
            }
            let k = sections::normalize(&field.key);
            match keys::body(&k) {
                Some(Field::Company) if note.company.is_none() => note.company = Some(value.to_owned()),
                Some(Field::Position) if note.position.is_none() => {
                    let (position, company) = split_at_company(value);
                    note.position = Some(position);
                    if note.company.is_none() {
                        note.company = company;
                    }
                }
                Some(Field::Application) => {
                    let (position, company) = split_at_company(strip_id(value));
                    if company.is_some() {
                        note.position.get_or_insert(position);
                        if note.company.is_none() {
                            note.company = company;
                        }
                    }
                }
                Some(Field::Date) if note.date.is_none() => match parse_date(value) {
                    Some(d) => {
                        note.date = Some(d);
                        note.date_line = field.pos.line;
                    }
                    None => self.warn(field.pos, format!("cannot read a date from `{value}`"), &date_help(value)),
                },
                Some(Field::Stage) if note.stage.is_none() => note.stage = Some(value.to_owned()),
                Some(Field::Format) if note.format.is_none() => note.format = Some(value.to_owned()),
                Some(Field::Status) if note.status.is_none() => note.status = Some(value.to_owned()),
                // Filled already: the front matter, or an earlier line, wins.
                Some(_) => {}
                None => match sections::classify(&field.key) {
                    Some(kind @ (SectionKind::People | SectionKind::Helpers)) => {
                        field_people(people, value, kind, field.pos.line);
                    }
                    // A plain line is taken only for what it names plainly: a "Wins: …" line in
                    // prose is more likely a sentence than a field.
                    Some(SectionKind::Highlights) if !field.plain => {
                        note.highlights.push(Highlight { text: value.to_owned(), about: Vec::new() })
                    }
                    Some(SectionKind::Clarify) if !field.plain => note.clarifications.push(value.to_owned()),
                    _ => {}
                },
            }
        }
    }

    fn sections(&mut self, note: &mut Note, people: &mut Vec<Person>, body: &Body) {
        let mut stack: Vec<(u8, Option<SectionKind>)> = Vec::new();
        for section in &body.sections {
            while stack.last().is_some_and(|(level, _)| *level >= section.level && section.level > 0) {
                stack.pop();
            }
            let inherited = stack.last().and_then(|(_, kind)| *kind);
            let kind = sections::classify(&section.heading).or(inherited);
            stack.push((section.level, kind));
            match kind {
                Some(k @ (SectionKind::People | SectionKind::Helpers)) => self.section_people(people, section, k),
                Some(SectionKind::Highlights) => {
                    note.highlights.extend(entries(section).map(|text| Highlight { text, about: Vec::new() }));
                }
                Some(SectionKind::Clarify) => note.clarifications.extend(entries(section)),
                Some(SectionKind::NextSteps) => note.next_steps.extend(entries(section)),
                None => {}
            }
        }
    }

    fn section_people(&mut self, people: &mut Vec<Person>, section: &Section, kind: SectionKind) {
        // Written without a list, one person a line: a paragraph counts when every line of it
        // reads as a person (a sentence about the panel does not).
        if section.items.is_empty() {
            for paragraph in &section.paragraphs {
                let found: Vec<_> = paragraph.lines().iter().map(|l| people::parse(l)).collect();
                if found.iter().all(Option::is_some) {
                    let lines = (paragraph.line..).zip(found.into_iter().flatten());
                    people.extend(lines.map(|(line, p)| people::from_body(p, listed_as(kind), line)));
                }
            }
        }
        for item in &section.items {
            match people::parse(&item.text) {
                Some(p) => people.push(people::from_body(p, listed_as(kind), item.line)),
                None => self.warn(
                    Position { line: item.line, column: 1 },
                    format!("cannot read a name from `{}` under `{}`", item.text, section.heading),
                    "write people as `Name, Title`, such as `Ana Souza, CTO`",
                ),
            }
        }
        for table in &section.tables {
            people.extend(table_people(table, kind));
        }
    }
}

/// What a section lists: its items, or when it has none, each of its paragraphs (one entry per
/// line when every line ends a sentence, as notes typed one point a line do).
fn entries(section: &Section) -> Box<dyn Iterator<Item = String> + '_> {
    if !section.items.is_empty() {
        return Box::new(section.items.iter().map(|i| i.text.clone()).filter(|t| !says_nothing(t)));
    }
    Box::new(
        section
            .paragraphs
            .iter()
            .flat_map(|p| {
                let lines = p.lines();
                let one_a_line = lines.len() > 1 && lines.iter().all(|l| l.ends_with(['.', '!', '?']));
                if one_a_line { lines } else { vec![lines.join(" ")] }
            })
            .filter(|t| !says_nothing(t)),
    )
}

/// True for an entry that says there is nothing to list: `None`, `N/A`, `Nothing open right now.`
fn says_nothing(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', '!']).to_lowercase();
    ["none", "nothing", "n/a", "na", "nil", "-", "—", "tbd", "todo", "..."].contains(&t.as_str())
        || t.starts_with("nothing ")
        || t.starts_with("none ")
        || t.starts_with("none,")
}

/// The people a field lists: `Ana Souza; Ben Okafor - Staff Engineer`, with titles in
/// parentheses, `Jane Doe (Engineering Manager), Raj Patel (Staff Engineer)`, or names alone,
/// `Jane Doe, Raj Patel`. Otherwise the value is one person (`Raj Mehta, VP, Operations`: after
/// the first comma, the title).
fn field_people(people: &mut Vec<Person>, value: &str, kind: SectionKind, line: usize) {
    let mut parts = Vec::new();
    for part in value.split(';') {
        if part.contains('(') {
            let mut depth = 0usize;
            let mut start = 0;
            for (i, c) in part.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    ',' if depth == 0 => {
                        parts.push(&part[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            parts.push(&part[start..]);
        } else if people::names_alone(part) {
            parts.extend(part.split(','));
        } else {
            parts.push(part);
        }
    }
    people.extend(parts.into_iter().filter_map(people::parse).map(|p| people::from_body(p, listed_as(kind), line)));
}

/// How a heading lists people: as interviewers, or as people who helped.
fn listed_as(section: SectionKind) -> Kind {
    if section == SectionKind::Helpers { Kind::Helper } else { Kind::Interviewer }
}

/// People from a table with a name column and, optionally, title and email columns.
fn table_people(table: &Table, kind: SectionKind) -> Vec<Person> {
    let column = |names: &[&str]| table.header.iter().position(|h| names.contains(&sections::normalize(h).as_str()));
    let Some(name_col) = column(&["name", "who", "person", "interviewer", "full name"]) else { return Vec::new() };
    let title_col = column(&["title", "role", "position", "job title"]);
    let email_col = column(&["email", "e mail", "mail"]);
    let mut out = Vec::new();
    for (cells, line) in &table.rows {
        let cell = |col: Option<usize>| {
            col.and_then(|c| cells.get(c)).map(|s| strip_wikilinks(s.trim())).filter(|s| !s.is_empty())
        };
        let Some(name) = cell(Some(name_col)).filter(|n| people::looks_like_name(n)) else { continue };
        let text = people::PersonText { name, title: cell(title_col), email: cell(email_col), role: None };
        out.push(people::from_body(text, listed_as(kind), *line));
    }
    out
}

/// Merges people found more than once (front matter first, field by field), keeping first-seen
/// order. A one-word name merges into the one person whose given name it is.
fn merge(found: Vec<Person>) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for person in found {
        let key = people::name_key(&person.name);
        let existing = index.get(&key).copied().or_else(|| {
            if key.contains(' ') {
                return None;
            }
            let mut same = out.iter().enumerate().filter(|(_, p)| people::first_name(&p.name).to_lowercase() == key);
            match (same.next(), same.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        });
        match existing {
            Some(i) => fill(&mut out[i], person),
            None => {
                index.insert(key, out.len());
                out.push(person);
            }
        }
    }
    out
}

fn fill(into: &mut Person, from: Person) {
    into.title = into.title.take().or(from.title);
    into.email = into.email.take().or(from.email);
    into.role = into.role.take().or(from.role);
    into.address = into.address.take().or(from.address);
    into.channel = into.channel.or(from.channel);
    into.kind = into.kind.or(from.kind);
    into.emailed |= from.emailed;
}

/// Keeps the first of items that say the same thing (a line pasted twice, a field repeated in a
/// section): a letter must not thank anyone twice for one thing. Case, spacing and closing
/// punctuation don't make two items different.
fn drop_repeats<T>(items: &mut Vec<T>, text: impl Fn(&T) -> &str) {
    let key = |t: &T| {
        let words: Vec<String> = text(t).split_whitespace().map(str::to_lowercase).collect();
        words.join(" ").trim_end_matches(['.', '!', ';', ',', ':']).to_owned()
    };
    let mut seen = std::collections::HashSet::new();
    items.retain(|item| seen.insert(key(item)));
}

/// Marks whom each highlight is about: people named in full, by an unambiguous given name, or
/// by honorific and family name.
fn about(highlights: Vec<Highlight>, people: &[Person]) -> Vec<Highlight> {
    if people.is_empty() {
        return highlights;
    }
    let firsts: Vec<String> = people.iter().map(|p| people::first_name(&p.name).to_lowercase()).collect();
    // The ways each person may be named in a highlight, lower-cased.
    let mentions: Vec<Vec<String>> = people
        .iter()
        .zip(&firsts)
        .map(|(p, first)| {
            let mut ways = vec![people::bare_name(&p.name).to_lowercase()];
            if firsts.iter().filter(|f| *f == first).count() == 1 {
                ways.push(first.clone());
            }
            if let Some(h) = people::honorific(&p.name) {
                ways.push(format!("{h} {}", people::last_name(&p.name)).to_lowercase());
            }
            ways
        })
        .collect();
    highlights
        .into_iter()
        .map(|mut h| {
            let text = h.text.to_lowercase();
            h.about = people
                .iter()
                .zip(&mentions)
                .filter(|(_, ways)| ways.iter().any(|w| contains_word(&text, w)))
                .map(|(p, _)| p.name.clone())
                .collect();
            h
        })
        .collect()
}

/// Nothing written: null, an empty string, or `false`.
fn is_blank(node: &Node) -> bool {
    match &node.value {
        Yaml::Null | Yaml::Bool(false) => true,
        Yaml::Str(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// `true`, `yes` or a date mean done.
fn done(node: &Node) -> bool {
    node.as_bool().unwrap_or_else(|| node.as_text().is_some_and(|t| parse_date(&t).is_some()))
}

/// Front-matter keys are matched case-insensitively, with `-` and spaces as `_`.
fn key(k: &str) -> String {
    k.trim().to_lowercase().replace(['-', ' '], "_")
}

/// Reads a date or date-time: `2026-10-14`, `2026-10-14T15:00`, `2026-10-14 14:00 PST`,
/// `October 14, 2026`, `14 October 2026`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(head) = text.get(..10) {
        let rest = &text[10..];
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            if let Ok(date) = head.parse::<Date>() {
                return Some(date);
            }
        }
    }
    let cleaned = text.replace(',', "");
    ["%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y", "%A %B %d %Y"]
        .iter()
        .find_map(|f| Date::strptime(f, &cleaned).ok())
        .or_else(|| numeric_date(text).ok())
}

/// The first `YYYY-MM-DD` date written in `text`.
fn iso_date_in(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let candidate = text.get(i..i + 10)?;
        let digits_before = i > 0 && bytes[i - 1].is_ascii_digit();
        let digits_after = bytes.get(i + 10).is_some_and(u8::is_ascii_digit);
        if digits_before || digits_after || !candidate.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        candidate.parse::<Date>().ok()
    })
}

/// How to fix a date `parse_date` cannot read.
fn date_help(text: &str) -> String {
    match numeric_date(text.trim()) {
        Err(Some((first, second))) => format!(
            "`{}` could be {} or {}: write it as YYYY-MM-DD ({first} or {second})",
            text.trim(),
            crate::text::english::full_date(first),
            crate::text::english::full_date(second)
        ),
        _ => "write the date as YYYY-MM-DD, such as 2026-10-14".to_owned(),
    }
}

/// A date written with numbers only: `2026/10/20` and `2026.10.20` (year first), `20.10.2026`
/// (day first, as dots are written), and `10/20/2026` or `20/10/2026` when one of the first
/// two numbers cannot be a month. Two readings are the error `Some((month first, day first))`.
fn numeric_date(text: &str) -> Result<Date, Option<(Date, Date)>> {
    let sep = if text.contains('/') { '/' } else { '.' };
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, c] = parts[..] else { return Err(None) };
    let number = |s: &str| s.trim().parse::<i16>().ok().filter(|_| s.trim().chars().all(|c| c.is_ascii_digit()));
    let (Some(x), Some(y), Some(z)) = (number(a), number(b), number(c)) else { return Err(None) };
    let date = |year: i16, month: i16, day: i16| {
        let month = i8::try_from(month).ok()?;
        let day = i8::try_from(day).ok()?;
        Date::new(year, month, day).ok()
    };
    if a.trim().len() == 4 {
        return date(x, y, z).ok_or(None);
    }
    if c.trim().len() != 4 {
        return Err(None);
    }
    if sep == '.' {
        return date(z, y, x).ok_or(None);
    }
    match (date(z, x, y), date(z, y, x)) {
        (Some(us), Some(eu)) if us != eu => Err(Some((us, eu))),
        (Some(d), _) | (None, Some(d)) => Ok(d),
        (None, None) => Err(None),
    }
}

/// `Senior Developer @ ExampleCorp` or `Senior Developer at ExampleCorp` → position and company.
fn split_at_company(value: &str) -> (String, Option<String>) {
    for sep in [" @ ", " at "] {
        if let Some((position, company)) = value.rsplit_once(sep) {
            return (position.trim().to_owned(), Some(company.trim().to_owned()));
        }
    }
    (value.to_owned(), None)
}

/// Drops a tracker id in front of a value: `APP-001 - Senior Developer` → `Senior Developer`.
fn strip_id(value: &str) -> &str {
    match value.split_once(" - ") {
        Some((id, rest)) if id.chars().any(|c| c.is_ascii_digit()) && !id.contains(' ') => rest,
        _ => value,
    }
}

#[cfg(test)]
mod tests;
