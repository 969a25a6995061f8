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

/// Everything the dashboard templates see.
#[derive(Debug, Serialize)]
pub struct Dashboard {
    pub today: String,
    pub today_full: String,
    pub interview_count: usize,
    pub people_count: usize,
    pub actions: Vec<Action>,
    pub upcoming: Vec<Action>,
    pub interviews: Vec<Row>,
    pub people: Vec<PersonRow>,
    pub problems: Vec<Problem>,
}

/// Something to do about one interview.
#[derive(Debug, Serialize)]
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
}

/// One interview in the table.
#[derive(Debug, Serialize)]
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
#[derive(Debug, Serialize)]
pub struct PersonRow {
    pub name: String,
    pub title: Option<String>,
    pub company: String,
    pub role: String,
    pub channel: String,
    pub last_interview: Option<String>,
    pub note: String,
}

/// One error or warning.
#[derive(Debug, Serialize)]
pub struct Problem {
    pub location: String,
    pub level: &'static str,
    pub message: String,
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

impl Dashboard {
    /// A hash of everything the dashboard shows, to skip rendering an unchanged one.
    pub fn hash(&self) -> u64 {
        let mut hash = crate::draft::Fnv::default();
        let json = serde_json::to_vec(self).expect("the dashboard serializes: it holds only strings and numbers");
        hash.write(&json);
        hash.0
    }
}

/// Builds the dashboard's context.
pub fn build(entries: &[Entry], broken: &[String], problems: &[Diagnostic], today: Date) -> Dashboard {
    let mut actions = Vec::new();
    let mut upcoming = Vec::new();
    for e in entries {
        for action in actions_for(e, today) {
            if action.urgency == "upcoming" { upcoming.push(action) } else { actions.push(action) }
        }
    }
    let key = |a: &Action| (a.due.clone(), a.company.clone(), a.what, a.note.clone());
    actions.sort_by_key(key);
    upcoming.sort_by_key(key);
    let mut interviews: Vec<Row> = entries.iter().map(row).chain(broken.iter().map(|rel| broken_row(rel))).collect();
    interviews.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.note.cmp(&b.note)));
    let people = directory(entries);
    let mut problems: Vec<&Diagnostic> = problems.iter().collect();
    problems.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    Dashboard {
        today: today.to_string(),
        today_full: voice::full_date(today),
        interview_count: entries.len(),
        people_count: people.len(),
        actions,
        upcoming,
        interviews,
        people,
        problems: problems
            .into_iter()
            .map(|d| Problem { location: d.short_location(), level: d.severity.as_str(), message: d.message.clone() })
            .collect(),
    }
}

fn actions_for(e: &Entry, today: Date) -> Vec<Action> {
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
    let make = |what, due: Date, who: String| Action {
        due: due.to_string(),
        due_day: voice::day(due),
        urgency: urgency(due, today),
        what,
        who,
        company: company.clone(),
        note: note.path.clone(),
        draft: e.draft.clone(),
    };
    if let (Some(by), false) = (e.planned.thank_you_by, note.thanked) {
        out.push(make("thank-you", by, names(None)));
    }
    if let (Some(on), false) = (e.planned.check_in_on, note.checked_in) {
        out.push(make("check-in", on, names(Some(Kind::Interviewer))));
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
        status: Some("broken: see Problems".to_owned()),
    }
}

/// Everyone met, once per person and company, with their latest interview.
fn directory(entries: &[Entry]) -> Vec<PersonRow> {
    let mut by_key: BTreeMap<(String, String), PersonRow> = BTreeMap::new();
    for e in entries {
        let note = &e.planned.note;
        let company = note.company.clone().unwrap_or_default();
        for p in &note.people {
            let date = note.date.map(|d| d.to_string());
            let row = PersonRow {
                name: p.name.clone(),
                title: p.title.clone(),
                company: company.clone(),
                role: p.role.clone().unwrap_or_else(|| match p.kind() {
                    Kind::Interviewer => "interviewer".to_owned(),
                    Kind::Helper => "helper".to_owned(),
                }),
                channel: p.channel.map_or("letter", |c| c.as_str()).to_owned(),
                last_interview: date.clone(),
                note: note.path.clone(),
            };
            let key = (people::name_key(&p.name), company.to_lowercase());
            match by_key.get_mut(&key) {
                Some(existing) if existing.last_interview >= date => {
                    existing.title = existing.title.take().or_else(|| p.title.clone());
                }
                _ => {
                    by_key.insert(key, row);
                }
            }
        }
    }
    by_key.into_values().collect()
}
