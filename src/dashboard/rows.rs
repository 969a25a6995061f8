//! How a note becomes rows: the values each row template sees (an interview, a person met, a
//! problem, a due action), their sort keys, and `Rows`, which renders them through the theme
//! and asks the page's `Layout` for their HTML. Which rows a note has is `part.rs`'s; where they
//! sort is `assemble.rs`'s.

use std::collections::BTreeMap;

use serde::Serialize;

use super::fragment::Fragment;
use super::page::Layout;
use super::part::{ExtraRows, ProblemKey};
use super::section::Section;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::model::{Kind, ProcessPosition};
use crate::output::fingerprint::State;
use crate::pipeline::plan::Planned;
use crate::pipeline::plan::due::Due;
use crate::render::Renderer;
use crate::text::english;

/// One interview in the table.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Row {
    pub(super) date: Option<String>,
    company: String,
    position: Option<String>,
    stage: Option<String>,
    process: Option<ProcessPosition>,
    people: String,
    channels: String,
    pub(super) note: String,
    draft: Option<String>,
    /// `generated`, `edited` or none (no draft on disk).
    draft_state: Option<&'static str>,
    status: Option<String>,
}

/// One person in the directory.
#[derive(Debug, Clone, Serialize)]
pub(super) struct PersonRow {
    name: String,
    title: Option<String>,
    company: String,
    role: String,
    channel: String,
    last_interview: Option<String>,
    note: String,
}

/// One error or warning.
#[derive(Debug, Serialize)]
struct Problem<'a> {
    location: String,
    level: &'static str,
    message: std::borrow::Cow<'a, str>,
}

/// A planned note and the state of its draft on disk.
pub struct Interview<'a> {
    pub planned: &'a Planned,
    pub draft: String,
    pub draft_state: Option<State>,
}

/// Next actions sort by due date, then company, kind and note.
pub(super) fn action_key(a: &Due) -> String {
    [a.due.as_str(), &a.company, a.what, &a.note].join("\0")
}

fn problem_key(d: &Diagnostic) -> ProblemKey {
    (d.path.clone(), d.line, d.column, d.severity as u8, d.message.clone())
}

/// Renders rows through the theme: the row templates, and comrak for their HTML.
pub struct Rows<'a> {
    renderer: &'a Renderer,
    layout: &'a Layout,
}

impl<'a> Rows<'a> {
    pub fn new(renderer: &'a Renderer, layout: &'a Layout) -> Rows<'a> {
        Rows { renderer, layout }
    }

    /// One row per item of `section`.
    pub(super) fn render<S: Serialize>(&self, section: Section, items: &[S]) -> Result<Vec<Fragment>, Error> {
        let md = items
            .iter()
            .map(|item| {
                let mut row = self.renderer.render(section.template(), item)?;
                row.truncate(row.trim_end_matches(['\n', '\r']).len());
                Ok(row)
            })
            .collect::<Result<Vec<String>, Error>>()?;
        let html = self.layout.html_rows(section, &md);
        Ok(match html {
            Some(html) => md.into_iter().zip(html).map(|(md, html)| Fragment::new(md, Some(html))).collect(),
            None => md.into_iter().map(|md| Fragment::new(md, None)).collect(),
        })
    }

    pub(super) fn problems(&self, diagnostics: &[&Diagnostic]) -> Result<Vec<(ProblemKey, Fragment)>, Error> {
        let mut diagnostics = diagnostics.to_vec();
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        diagnostics.dedup();
        let shown: Vec<Problem> = diagnostics
            .iter()
            .map(|d| Problem {
                location: crate::text::printable::one_line(&d.short_location()).into_owned(),
                level: d.severity.as_str(),
                message: crate::text::printable::one_line(&d.message),
            })
            .collect();
        let rows = self.render(Section::Problems, &shown)?;
        Ok(diagnostics.iter().map(|d| problem_key(d)).zip(rows).collect())
    }
}

/// Renders the rows of problems found outside any note's part.
///
/// # Errors
/// When the problem template does not render.
pub fn extra_problems(diagnostics: &[&Diagnostic], rows: &Rows) -> Result<ExtraRows, Error> {
    rows.problems(diagnostics)
}

pub(super) fn row(e: &Interview) -> Row {
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
        people: english::join(&note.people.iter().map(|p| p.name.clone()).collect::<Vec<_>>()),
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
pub(super) fn broken_row(rel: &str) -> Row {
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
pub(super) fn person_row(note: &crate::model::Note, p: &crate::model::Person) -> PersonRow {
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
        company,
    }
}
