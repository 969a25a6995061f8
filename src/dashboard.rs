//! The dashboard's content: next actions by due date, every interview, every person, every
//! problem. Input is the planned notes of a build plus today; output is the context the
//! dashboard templates render. This is the only part of a build that depends on today.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use crate::diagnostic::{Diagnostic, Position};
use crate::draft::State;
use crate::extract::people;
use crate::model::{Kind, ProcessPosition};
use crate::plan::{Planned, is_closed};
use crate::voice;

/// A check-in due within this many days shows among the next actions.
const CHECK_IN_HORIZON_DAYS: i32 = 7;

/// Everything the dashboard templates see. It borrows the rows of each note's `Part`, so a
/// watcher rebuilding after one save only recomputes that note's part.
#[derive(Debug, Serialize)]
pub struct Dashboard<'a> {
    pub today: String,
    pub today_full: String,
    pub interview_count: usize,
    pub people_count: usize,
    pub actions: Vec<&'a Action>,
    pub upcoming: Vec<&'a Action>,
    pub interviews: Vec<&'a Row>,
    pub people: Vec<&'a PersonRow>,
    pub problems: Vec<Problem<'a>>,
}

/// What one note adds to the dashboard: its row, its people, its next actions. It depends only
/// on the note, the state of its draft and today.
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    pub row: Row,
    pub people: Vec<PersonRow>,
    pub actions: Vec<Action>,
    /// Warnings that depend on today (a check-in date passed).
    #[serde(skip)]
    pub overdue: Vec<Diagnostic>,
    /// A hash of all of the above.
    #[serde(skip)]
    pub hash: u64,
}

/// Something to do about one interview.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub due: String,
    pub due_day: String,
    /// `overdue`, `due today`, `due soon` or `upcoming`.
    pub urgency: &'static str,
    /// `thank-you` or `check-in`.
    pub what: &'static str,
    pub who: String,
    pub company: String,
    pub note: String,
    pub draft: String,
    /// `mailto:` links that open the emails to send: {name, url}.
    pub emails: Vec<EmailLink>,
}

/// A `mailto:` link to one person.
#[derive(Debug, Clone, Serialize)]
pub struct EmailLink {
    pub name: String,
    pub url: String,
}

/// One interview in the table.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub date: Option<String>,
    pub company: String,
    pub position: Option<String>,
    pub stage: Option<String>,
    pub process: Option<ProcessPosition>,
    pub people: String,
    pub channels: String,
    pub note: String,
    pub draft: Option<String>,
    /// `generated`, `edited` or none (no draft on disk).
    pub draft_state: Option<&'static str>,
    pub status: Option<String>,
}

/// One person in the directory.
#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    pub name: String,
    pub title: Option<String>,
    pub company: String,
    pub role: String,
    pub channel: String,
    pub last_interview: Option<String>,
    pub note: String,
    /// How two rows of one person are matched: name without honorific, and company.
    #[serde(skip)]
    key: (String, String),
}

/// One error or warning.
#[derive(Debug, Serialize)]
pub struct Problem<'a> {
    pub location: String,
    pub level: &'static str,
    pub message: &'a str,
}

/// A planned note and the state of its draft on disk.
pub struct Entry<'a> {
    pub planned: &'a Planned,
    pub draft: String,
    pub draft_state: Option<State>,
}

/// Warnings that depend on today: check-ins whose date passed while the status is still open.
pub fn overdue_warnings(planned: &Planned, today: Date) -> Vec<Diagnostic> {
    let note = &planned.note;
    match planned.check_in_on {
        Some(on) if on < today && !note.checked_in && !is_closed(note.status.as_deref()) => {
            let status = note.status.as_deref().map_or("no status".to_owned(), |s| format!("status `{s}`"));
            vec![
                Diagnostic::warning(
                    &note.path,
                    Position { line: note.date_line.max(1), column: 1 },
                    format!("the check-in date ({}) has passed with {status}", voice::full_date(on)),
                )
                .with_help("send the check-in from the draft, then set `checked_in: YYYY-MM-DD` or update `status`"),
            ]
        }
        _ => Vec::new(),
    }
}

/// Next actions by due date, then company, kind and note.
fn action_order(a: &Action, b: &Action) -> std::cmp::Ordering {
    (&a.due, &a.company, a.what, &a.note).cmp(&(&b.due, &b.company, b.what, &b.note))
}

impl Part {
    /// The part of a note that can be read.
    pub fn new(e: &Entry, today: Date, links: &crate::mail::Links) -> Part {
        let note = &e.planned.note;
        let people = note.people.iter().map(|p| person_row(note, p)).collect();
        let mut part = Part::hashed(row(e), people, actions_for(e, today, links));
        part.overdue = overdue_warnings(e.planned, today);
        part
    }

    /// The part of a note that cannot be read: a row, so it is not silently missing.
    pub fn broken(rel: &str) -> Part {
        Part::hashed(broken_row(rel), Vec::new(), Vec::new())
    }

    fn hashed(row: Row, people: Vec<PersonRow>, actions: Vec<Action>) -> Part {
        let mut part = Part { row, people, actions, overdue: Vec::new(), hash: 0 };
        let mut hash = crate::draft::Fnv::default();
        hash.write(&serde_json::to_vec(&part).expect("a part serializes: it holds only strings"));
        part.hash = hash.0;
        part
    }
}

impl Dashboard<'_> {
    /// A hash of everything the dashboard shows, to skip rendering an unchanged one.
    pub fn hash(&self, parts_hash: u64) -> u64 {
        let mut hash = crate::draft::Fnv::default();
        hash.write(&parts_hash.to_le_bytes());
        hash.write(self.today.as_bytes());
        for p in &self.problems {
            hash.write(p.location.as_bytes());
            hash.write(p.level.as_bytes());
            hash.write(p.message.as_bytes());
        }
        hash.0
    }
}

/// Puts the dashboard together from the parts of every note (in path order) and the problems.
/// Returns it with a hash of the parts.
pub fn assemble<'a>(parts: &[&'a Part], problems: &'a [Diagnostic], today: Date) -> (Dashboard<'a>, u64) {
    let mut hash = crate::draft::Fnv::default();
    let mut actions = Vec::new();
    let mut upcoming = Vec::new();
    for part in parts {
        hash.write(&part.hash.to_le_bytes());
        for action in &part.actions {
            if action.urgency == "upcoming" { upcoming.push(action) } else { actions.push(action) }
        }
    }
    actions.sort_by(|a, b| action_order(a, b));
    upcoming.sort_by(|a, b| action_order(a, b));
    let mut interviews: Vec<&Row> = parts.iter().map(|p| &p.row).collect();
    interviews.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.note.cmp(&b.note)));
    let people = directory(parts);
    let mut problems: Vec<&Diagnostic> = problems.iter().collect();
    problems.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let dashboard = Dashboard {
        today: today.to_string(),
        today_full: voice::full_date(today),
        interview_count: parts.iter().filter(|p| p.row.status.as_deref() != Some(BROKEN)).count(),
        people_count: people.len(),
        actions,
        upcoming,
        interviews,
        people,
        problems: problems
            .into_iter()
            .map(|d| Problem { location: d.short_location(), level: d.severity.as_str(), message: &d.message })
            .collect(),
    };
    (dashboard, hash.0)
}

fn actions_for(e: &Entry, today: Date, links: &crate::mail::Links) -> Vec<Action> {
    let note = &e.planned.note;
    let (Some(date), false) = (note.date, is_closed(note.status.as_deref())) else { return Vec::new() };
    if date > today {
        return Vec::new();
    }
    let company = note.company.clone().unwrap_or_default();
    let names = |kind: Option<Kind>| {
        let names: Vec<String> =
            note.people.iter().filter(|p| kind.is_none_or(|k| p.kind() == k)).map(|p| p.name.clone()).collect();
        if names.is_empty() { "the hiring team".to_owned() } else { voice::join(&names) }
    };
    let mut out = Vec::new();
    let email_links = |pairs: &[(String, String)]| -> Vec<EmailLink> {
        pairs.iter().map(|(name, url)| EmailLink { name: name.clone(), url: url.clone() }).collect()
    };
    let make = |what, due: Date, who: String, emails: Vec<EmailLink>| Action {
        due: due.to_string(),
        due_day: voice::day(due),
        urgency: urgency(due, today),
        what,
        who,
        company: company.clone(),
        note: note.path.clone(),
        draft: e.draft.clone(),
        emails,
    };
    if let (Some(by), false) = (e.planned.thank_you_by, note.thanked) {
        out.push(make("thank-you", by, names(None), email_links(&links.thanks)));
    }
    if let (Some(on), false) = (e.planned.check_in_on, note.checked_in) {
        let check_in: Vec<(String, String)> = links.check_in.iter().cloned().collect();
        out.push(make("check-in", on, names(Some(Kind::Interviewer)), email_links(&check_in)));
    }
    out
}

fn urgency(due: Date, today: Date) -> &'static str {
    if due < today {
        "overdue"
    } else if due == today {
        "due today"
    } else if today.checked_add(CHECK_IN_HORIZON_DAYS.days()).is_ok_and(|horizon| due <= horizon) {
        "due soon"
    } else {
        "upcoming"
    }
}

fn row(e: &Entry) -> Row {
    let note = &e.planned.note;
    let channels: BTreeMap<&str, usize> = note.people.iter().fold(BTreeMap::new(), |mut m, p| {
        *m.entry(p.channel.map_or("letter", |c| c.as_str())).or_default() += 1;
        m
    });
    Row {
        date: note.date.map(|d| d.to_string()),
        company: note.company.clone().unwrap_or_default(),
        position: note.position.clone(),
        stage: note.stage.clone(),
        process: note.process_position,
        people: voice::join(&note.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>()),
        channels: channels
            .iter()
            .map(|(c, n)| if *n > 1 { format!("{c} ×{n}") } else { (*c).to_owned() })
            .collect::<Vec<_>>()
            .join(", "),
        note: note.path.clone(),
        draft: e.draft_state.map(|_| e.draft.clone()),
        draft_state: e.draft_state.map(|s| match s {
            State::Generated => "generated",
            State::Edited => "edited",
        }),
        status: note.status.clone(),
    }
}

/// The status shown for a note that cannot be read.
const BROKEN: &str = "broken: see Problems";

/// A note that cannot be read, shown so that it is not silently missing from the table.
fn broken_row(rel: &str) -> Row {
    Row {
        date: None,
        company: String::new(),
        position: None,
        stage: None,
        process: None,
        people: String::new(),
        channels: String::new(),
        note: rel.to_owned(),
        draft: None,
        draft_state: None,
        status: Some(BROKEN.to_owned()),
    }
}

/// One person of a note, as the directory shows them.
fn person_row(note: &crate::model::Note, p: &crate::model::Person) -> PersonRow {
    let company = note.company.clone().unwrap_or_default();
    PersonRow {
        name: p.name.clone(),
        title: p.title.clone(),
        role: p.role.clone().unwrap_or_else(|| match p.kind() {
            Kind::Interviewer => "interviewer".to_owned(),
            Kind::Helper => "helper".to_owned(),
        }),
        channel: p.channel.map_or("letter", |c| c.as_str()).to_owned(),
        last_interview: note.date.map(|d| d.to_string()),
        note: note.path.clone(),
        key: (people::name_key(&p.name), company.to_lowercase()),
        company,
    }
}

/// Everyone met, once per person and company, as of their latest interview.
fn directory<'a>(parts: &[&'a Part]) -> Vec<&'a PersonRow> {
    let mut by_key: BTreeMap<&(String, String), &PersonRow> = BTreeMap::new();
    for row in parts.iter().flat_map(|p| &p.people) {
        match by_key.get(&row.key) {
            Some(existing) if existing.last_interview >= row.last_interview => {}
            _ => {
                by_key.insert(&row.key, row);
            }
        }
    }
    by_key.into_values().collect()
}
