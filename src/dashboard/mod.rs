//! The dashboard: next actions by due date, every interview, every person, every problem.
//!
//! Each note adds a `Part`: its rows of each section, rendered once through the theme's row
//! templates (`dashboard/*.md.j2`) to Markdown and, by comrak, to HTML, with the keys that place
//! them. Putting the dashboard together is then sorting keys and joining rows, so a watcher that
//! rebuilds after one save renders that note's rows and no other. The page (`dashboard.md.j2`)
//! is rendered around the joined rows; its HTML is comrak's rendering of the page, with each
//! section's rows put in place as comrak rendered them (or, for the plainest rows, as comrak
//! would: `plain.rs`). Where a theme's rows or page take a shape that cannot be cut so (rows that
//! are not table rows or list items), the whole page is rendered by comrak instead: slower,
//! never different. A one-shot build keeps its rows in the record's rows file rather than in
//! memory (`Part<String, Span>`), and the page is written from there.
//!
//! This is the only part of a build that depends on today.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::hash::Fnv;
use crate::incremental::record::codec::{Decode, Encode, Reader, Writer};
use crate::model::{Kind, ProcessPosition};
use crate::output::fingerprint::State;
use crate::output::pieces::{Piece, Span};
use crate::pipeline::extract::people;
use crate::pipeline::plan::Planned;
use crate::pipeline::plan::due::{self, Due};
use crate::render::Renderer;
use crate::text::english;

mod page;
mod plain;

pub use page::{Layout, Rendered};

/// The sections of rows, in the order of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Actions,
    Upcoming,
    Interviews,
    People,
    Problems,
}

impl Section {
    const ALL: [Section; 5] =
        [Section::Actions, Section::Upcoming, Section::Interviews, Section::People, Section::Problems];

    /// The page template's variable that holds the section's rows.
    fn name(self) -> &'static str {
        match self {
            Section::Actions => "actions",
            Section::Upcoming => "upcoming",
            Section::Interviews => "interviews",
            Section::People => "people",
            Section::Problems => "problems",
        }
    }

    /// The template that renders one row.
    fn template(self) -> &'static str {
        match self {
            Section::Actions => "dashboard/action.md.j2",
            Section::Upcoming => "dashboard/upcoming.md.j2",
            Section::Interviews => "dashboard/interview.md.j2",
            Section::People => "dashboard/person.md.j2",
            Section::Problems => "dashboard/problem.md.j2",
        }
    }

    /// What stands for the section's rows in a page rendered to find where they go.
    fn marker(self) -> String {
        format!("\u{E000}{}\u{E000}", self.name())
    }
}

/// One rendered row: its Markdown (one or more lines, no final newline) and, when the theme's
/// shapes allow, the HTML comrak makes of it within its section. `T` is `String`, `&str` for
/// rows read in place from the record, or `Span` for rows a one-shot build left in the record's
/// file as it writes it (`spooled`).
#[derive(Debug, Clone)]
pub struct Fragment<T = String> {
    md: T,
    html: Option<T>,
}

impl<T: AsPiece> Fragment<T> {
    fn shown(&self) -> Shown<'_> {
        Shown { md: self.md.as_piece(), html: self.html.as_ref().map(AsPiece::as_piece) }
    }
}

/// A row's text, wherever it is kept, as a piece of the page.
pub trait AsPiece {
    fn as_piece(&self) -> Piece<'_>;
}

impl AsPiece for String {
    fn as_piece(&self) -> Piece<'_> {
        Piece::Text(self)
    }
}

impl AsPiece for &str {
    fn as_piece(&self) -> Piece<'_> {
        Piece::Text(self)
    }
}

impl AsPiece for Span {
    fn as_piece(&self) -> Piece<'_> {
        Piece::Spooled(*self)
    }
}

/// A row as the page shows it, wherever its text is kept.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a> {
    md: Piece<'a>,
    html: Option<Piece<'a>>,
}

/// What one note adds to the dashboard: its rows and the keys that place them. It depends only
/// on the note, what the build reported about it, the state of its draft, today and the theme. The
/// keys are `S` (`String`, or `&str` read in place), the rows' text `T` (as in `Fragment`).
#[derive(Debug, Clone)]
pub struct Part<S = String, T = S> {
    /// Next actions (due within the horizon or overdue), by `action_key`.
    actions: Vec<(S, Fragment<T>)>,
    /// Actions further ahead, by `action_key`.
    upcoming: Vec<(S, Fragment<T>)>,
    /// The note's row in the interviews table: its date and path place it.
    interview: ((Option<S>, S), Fragment<T>),
    /// Each person met: who (name without honorific, company), and the interview's date.
    people: Vec<MetRow<S, T>>,
    /// Errors and warnings about the note, by their sort key.
    problems: Vec<(ProblemKey<S>, Fragment<T>)>,
    /// True for a note that cannot be read.
    broken: bool,
    /// Warnings that depend on today (a check-in date passed).
    pub overdue: Vec<Diagnostic>,
    /// A hash of all of the above.
    pub hash: u64,
}

impl<S: Encode> Encode for Fragment<S> {
    fn encode(&self, w: &mut Writer) {
        (&self.md, &self.html).encode(w);
    }
}

impl<'a, S: Decode<'a>> Decode<'a> for Fragment<S> {
    fn decode(r: &mut Reader<'a>) -> Option<Fragment<S>> {
        let (md, html) = Decode::decode(r)?;
        Some(Fragment { md, html })
    }
}

impl<S: Encode> Encode for Part<S> {
    fn encode(&self, w: &mut Writer) {
        self.actions.encode(w);
        self.upcoming.encode(w);
        self.interview.encode(w);
        self.people.encode(w);
        self.problems.encode(w);
        self.broken.encode(w);
        // At most a warning or two: JSON is quick enough.
        serde_json::to_string(&self.overdue).expect("diagnostics serialize").encode(w);
        self.hash.encode(w);
    }
}

impl<'a, S: Decode<'a>> Decode<'a> for Part<S> {
    fn decode(r: &mut Reader<'a>) -> Option<Part<S>> {
        Some(Part {
            actions: Decode::decode(r)?,
            upcoming: Decode::decode(r)?,
            interview: Decode::decode(r)?,
            people: Decode::decode(r)?,
            problems: Decode::decode(r)?,
            broken: Decode::decode(r)?,
            overdue: serde_json::from_str(<&str>::decode(r)?).ok()?,
            hash: Decode::decode(r)?,
        })
    }
}

impl Part {
    /// The keys of its rows, list by list: while they stay the same, so does the order of the
    /// dashboard, whatever the rows say.
    pub fn keys(&self) -> PartKeys {
        PartKeys {
            actions: self.actions.iter().map(|(k, _)| k.clone()).collect(),
            upcoming: self.upcoming.iter().map(|(k, _)| k.clone()).collect(),
            interview: self.interview.0.clone(),
            people: self.people.iter().map(|(k, last, _)| (k.clone(), last.clone())).collect(),
            problems: self.problems.iter().map(|(k, _)| k.clone()).collect(),
        }
    }

    /// The same rows, borrowed: to be put together with rows read in place from the record.
    pub fn borrowed(&self) -> Part<&str> {
        fn f(f: &Fragment) -> Fragment<&str> {
            Fragment { md: f.md.as_str(), html: f.html.as_deref() }
        }
        let ((date, path), interview) = &self.interview;
        Part {
            actions: self.actions.iter().map(|(k, r)| (k.as_str(), f(r))).collect(),
            upcoming: self.upcoming.iter().map(|(k, r)| (k.as_str(), f(r))).collect(),
            interview: ((date.as_deref(), path.as_str()), f(interview)),
            people: self
                .people
                .iter()
                .map(|((n, c), last, r)| ((n.as_str(), c.as_str()), last.as_deref(), f(r)))
                .collect(),
            problems: self
                .problems
                .iter()
                .map(|((path, line, column, level, message), r)| {
                    ((path.as_str(), *line, *column, *level, message.as_str()), f(r))
                })
                .collect(),
            broken: self.broken,
            overdue: self.overdue.clone(),
            hash: self.hash,
        }
    }
}

impl Part<&str> {
    /// The same part with its keys copied and its rows' text left where it is: `entry` holds
    /// the rows this part was read from, and each row becomes its span of `entry` (to be moved
    /// to where `entry` lands in a file by `Part::rebase`).
    pub fn spooled(&self, entry: &[u8]) -> Part<String, Span> {
        let base = entry.as_ptr() as usize;
        let span = |text: &str| {
            let at = text.as_ptr() as usize - base;
            debug_assert!(at + text.len() <= entry.len(), "the text is read from the entry");
            Span { at: at as u64, len: u32::try_from(text.len()).expect("rows are smaller than 4 GiB") }
        };
        let f = |f: &Fragment<&str>| Fragment { md: span(f.md), html: f.html.map(span) };
        let ((date, path), interview) = &self.interview;
        Part {
            actions: self.actions.iter().map(|(k, r)| ((*k).to_owned(), f(r))).collect(),
            upcoming: self.upcoming.iter().map(|(k, r)| ((*k).to_owned(), f(r))).collect(),
            interview: ((date.map(str::to_owned), (*path).to_owned()), f(interview)),
            people: self
                .people
                .iter()
                .map(|((n, c), last, r)| (((*n).to_owned(), (*c).to_owned()), last.map(str::to_owned), f(r)))
                .collect(),
            problems: self
                .problems
                .iter()
                .map(|((path, line, column, level, message), r)| {
                    (((*path).to_owned(), *line, *column, *level, (*message).to_owned()), f(r))
                })
                .collect(),
            broken: self.broken,
            overdue: self.overdue.clone(),
            hash: self.hash,
        }
    }
}

impl Part<String, Span> {
    /// Moves every row's span by `by`: where the entry it was read from lands in the file.
    pub fn rebase(&mut self, by: u64) {
        let mut fragments: Vec<&mut Fragment<Span>> = Vec::new();
        fragments.extend(self.actions.iter_mut().map(|(_, f)| f));
        fragments.extend(self.upcoming.iter_mut().map(|(_, f)| f));
        fragments.push(&mut self.interview.1);
        fragments.extend(self.people.iter_mut().map(|(_, _, f)| f));
        fragments.extend(self.problems.iter_mut().map(|(_, f)| f));
        for f in fragments {
            f.md.at += by;
            if let Some(html) = &mut f.html {
                html.at += by;
            }
        }
    }
}

/// Where a problem sorts: path, line, column, severity, message.
type ProblemKey<S = String> = (S, usize, usize, u8, S);

/// The keys of a part's rows (`Part::keys`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartKeys {
    actions: Vec<String>,
    upcoming: Vec<String>,
    interview: (Option<String>, String),
    people: Vec<((String, String), Option<String>)>,
    problems: Vec<ProblemKey>,
}

/// The rows of problems found outside any note's part, with their keys (`extra_problems`).
pub type ExtraRows = Vec<(ProblemKey, Fragment)>;

/// A person's row in the directory: who (name without honorific, company), the interview's
/// date, and the row.
type MetRow<S, T = S> = ((S, S), Option<S>, Fragment<T>);

/// One interview in the table.
#[derive(Debug, Clone, Serialize)]
struct Row {
    date: Option<String>,
    company: String,
    position: Option<String>,
    stage: Option<String>,
    process: Option<ProcessPosition>,
    people: String,
    channels: String,
    note: String,
    draft: Option<String>,
    /// `generated`, `edited` or none (no draft on disk).
    draft_state: Option<&'static str>,
    status: Option<String>,
}

/// One person in the directory.
#[derive(Debug, Clone, Serialize)]
struct PersonRow {
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
    message: &'a str,
}

/// A planned note and the state of its draft on disk.
pub struct Interview<'a> {
    pub planned: &'a Planned,
    pub draft: String,
    pub draft_state: Option<State>,
}

/// Next actions sort by due date, then company, kind and note.
fn action_key(a: &Due) -> String {
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
    fn render<S: Serialize>(&self, section: Section, items: &[S]) -> Result<Vec<Fragment>, Error> {
        let md = items
            .iter()
            .map(|item| {
                let mut row = self.renderer.render(section.template(), item)?;
                row.truncate(row.trim_end_matches(['\n', '\r']).len());
                // Kept until the dashboard is written, for every note: no spare capacity.
                row.shrink_to_fit();
                Ok(row)
            })
            .collect::<Result<Vec<String>, Error>>()?;
        let html = self.layout.html_rows(section, &md);
        Ok(match html {
            Some(html) => md.into_iter().zip(html).map(|(md, html)| Fragment { md, html: Some(html) }).collect(),
            None => md.into_iter().map(|md| Fragment { md, html: None }).collect(),
        })
    }

    fn problems(&self, diagnostics: &[&Diagnostic]) -> Result<Vec<(ProblemKey, Fragment)>, Error> {
        let mut diagnostics = diagnostics.to_vec();
        diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        diagnostics.dedup();
        let shown: Vec<Problem> = diagnostics
            .iter()
            .map(|d| Problem { location: d.short_location(), level: d.severity.as_str(), message: &d.message })
            .collect();
        let rows = self.render(Section::Problems, &shown)?;
        Ok(diagnostics.iter().map(|d| problem_key(d)).zip(rows).collect())
    }
}

/// The dashboard put together: its rows in order, borrowed from the parts.
pub struct Dashboard<'a> {
    today: Date,
    interview_count: usize,
    actions: Vec<Shown<'a>>,
    upcoming: Vec<Shown<'a>>,
    interviews: Vec<Shown<'a>>,
    people: Vec<Shown<'a>>,
    problems: Vec<Shown<'a>>,
    /// A hash of everything it shows.
    pub hash: u64,
}

/// What the page template sees: the counts, and each section's rows as one string.
#[derive(Serialize)]
struct Page {
    today: String,
    today_full: String,
    interview_count: usize,
    people_count: usize,
    actions: String,
    upcoming: String,
    interviews: String,
    people: String,
    problems: String,
}

impl Page {
    /// A page with every section shown, for finding where rows go.
    fn sample(rows: impl Fn(Section) -> String) -> Page {
        let today = Date::constant(2026, 1, 1);
        Page {
            today: today.to_string(),
            today_full: english::full_date(today),
            interview_count: 2,
            people_count: 2,
            actions: rows(Section::Actions),
            upcoming: rows(Section::Upcoming),
            interviews: rows(Section::Interviews),
            people: rows(Section::People),
            problems: rows(Section::Problems),
        }
    }
}

impl<'a> Dashboard<'a> {
    fn rows(&self, section: Section) -> &[Shown<'a>] {
        match section {
            Section::Actions => &self.actions,
            Section::Upcoming => &self.upcoming,
            Section::Interviews => &self.interviews,
            Section::People => &self.people,
            Section::Problems => &self.problems,
        }
    }

    /// The page's context, with `rows(section)` standing for the rows of each section shown.
    fn page(&self, rows: impl Fn(Section) -> String) -> Page {
        let shown = |s: Section| if self.rows(s).is_empty() { String::new() } else { rows(s) };
        Page {
            today: self.today.to_string(),
            today_full: english::full_date(self.today),
            interview_count: self.interview_count,
            people_count: self.people.len(),
            actions: shown(Section::Actions),
            upcoming: shown(Section::Upcoming),
            interviews: shown(Section::Interviews),
            people: shown(Section::People),
            problems: shown(Section::Problems),
        }
    }

    /// The day the dashboard is for, as `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        self.today.to_string()
    }
}

impl Part {
    /// The part of a note that can be read, with what the build reported about it.
    ///
    /// # Errors
    /// When a row template does not render.
    pub fn new(
        e: &Interview,
        today: Date,
        links: &crate::letters::mail::Links,
        reported: &[Diagnostic],
        rows: &Rows,
    ) -> Result<Part, Error> {
        let note = &e.planned.note;
        let due = due::due(e.planned, &e.draft, today, &links.thanks, links.check_in.as_ref());
        let (upcoming, actions): (Vec<Due>, Vec<Due>) = due.into_iter().partition(|a| a.urgency == "upcoming");
        let keyed = |section: Section, list: Vec<Due>| -> Result<Vec<(String, Fragment)>, Error> {
            let keys = list.iter().map(action_key);
            Ok(keys.zip(rows.render(section, &list)?).collect())
        };
        let persons: Vec<PersonRow> = note.people.iter().map(|p| person_row(note, p)).collect();
        let people_keys = note.people.iter().map(|p| {
            (
                (people::name_key(&p.name), note.company.clone().unwrap_or_default().to_lowercase()),
                note.date.map(|d| d.to_string()),
            )
        });
        let people =
            people_keys.zip(rows.render(Section::People, &persons)?).map(|((k, last), f)| (k, last, f)).collect();
        let row = row(e);
        let key = (row.date.clone(), row.note.clone());
        let interview = (key, rows.render(Section::Interviews, std::slice::from_ref(&row))?.remove(0));
        let overdue = due::overdue_warnings(e.planned, today);
        let problems = rows.problems(&reported.iter().chain(&overdue).collect::<Vec<_>>())?;
        let mut part = Part {
            actions: keyed(Section::Actions, actions)?,
            upcoming: keyed(Section::Upcoming, upcoming)?,
            interview,
            people,
            problems,
            broken: false,
            overdue,
            hash: 0,
        };
        part.hash_contents();
        Ok(part)
    }

    /// The part of a note that cannot be read: a row, so it is not silently missing, and the
    /// problems that say why.
    ///
    /// # Errors
    /// When a row template does not render.
    pub fn broken(rel: &str, reported: &[Diagnostic], rows: &Rows) -> Result<Part, Error> {
        let row = broken_row(rel);
        let key = (row.date.clone(), row.note.clone());
        let interview = (key, rows.render(Section::Interviews, std::slice::from_ref(&row))?.remove(0));
        let problems = rows.problems(&reported.iter().collect::<Vec<_>>())?;
        let mut part = Part {
            actions: Vec::new(),
            upcoming: Vec::new(),
            interview,
            people: Vec::new(),
            problems,
            broken: true,
            overdue: Vec::new(),
            hash: 0,
        };
        part.hash_contents();
        Ok(part)
    }

    /// Hashes what the part shows and where.
    fn hash_contents(&mut self) {
        // Only ever compared with hashes made by the same executable (the record is not trusted
        // across builds of followup); FNV like every hash, some 20 ms slower than the standard
        // hasher on a cold build of 10,000 notes (src/hash.rs).
        let mut hash = Fnv::default();
        let mut text = |text: &str| {
            hash.write(text.as_bytes());
            hash.write(&[0xff]);
        };
        for (key, f) in self.actions.iter().chain(&self.upcoming) {
            text(key);
            text(&f.md);
        }
        let ((date, note), f) = &self.interview;
        text(date.as_deref().unwrap_or("\u{0}"));
        text(note);
        text(&f.md);
        for ((name, company), last, f) in &self.people {
            text(name);
            text(company);
            text(last.as_deref().unwrap_or("\u{0}"));
            text(&f.md);
        }
        for ((path, line, column, level, message), f) in &self.problems {
            text(path);
            text(&format!("{line}:{column}:{level}"));
            text(message);
            text(&f.md);
        }
        hash.write(&[u8::from(self.broken)]);
        self.hash = hash.0;
    }
}

/// Puts the dashboard together from the parts of every note (in path order) and the problems
/// found outside them (`extras`).
pub fn assemble<'a, S: AsRef<str>, T: AsPiece>(
    parts: &[&'a Part<S, T>],
    extras: &'a [(ProblemKey, Fragment)],
    today: Date,
) -> Dashboard<'a> {
    assemble_ordered(parts, extras, today).0
}

/// Where a row comes from: the index of its part and of the row in the part's list, or `EXTRA`
/// and the index of a problem found outside any part.
type Origin = (u32, u32);
const EXTRA: u32 = u32::MAX;

/// The order of a dashboard's rows, by where each comes from. While the parts stay where they
/// are and keep their keys (a save that changes what a row says, not where it sorts), the next
/// dashboard has the same order and is put together without sorting (`reassemble`).
#[derive(Debug, Clone, Default)]
pub struct Order {
    actions: Vec<Origin>,
    upcoming: Vec<Origin>,
    interviews: Vec<u32>,
    people: Vec<Origin>,
    problems: Vec<Origin>,
}

/// Like `assemble`, with the order it found.
pub fn assemble_ordered<'a, S: AsRef<str>, T: AsPiece>(
    parts: &[&'a Part<S, T>],
    extras: &'a [(ProblemKey, Fragment)],
    today: Date,
) -> (Dashboard<'a>, Order) {
    let index = |i: usize| u32::try_from(i).expect("fewer than 4 billion rows");
    let mut actions: Vec<(u128, &str, Origin)> = Vec::new();
    let mut upcoming: Vec<(u128, &str, Origin)> = Vec::new();
    let mut interviews = Vec::with_capacity(parts.len());
    let mut problems: Vec<(ProblemKey<&str>, Origin)> = Vec::new();
    let mut people: Vec<Met> = Vec::new();
    let problem = |(path, line, column, level, message): &'a ProblemKey<S>| {
        (path.as_ref(), *line, *column, *level, message.as_ref())
    };
    for (p, part) in parts.iter().enumerate() {
        let p = index(p);
        actions
            .extend(part.actions.iter().enumerate().map(|(r, (k, _))| (prefix(k.as_ref()), k.as_ref(), (p, index(r)))));
        upcoming.extend(
            part.upcoming.iter().enumerate().map(|(r, (k, _))| (prefix(k.as_ref()), k.as_ref(), (p, index(r)))),
        );
        let ((date, path), _) = &part.interview;
        let date = date.as_ref().map(AsRef::as_ref);
        interviews.push((date.map_or(0, prefix), (date, path.as_ref()), p));
        problems.extend(part.problems.iter().enumerate().map(|(r, (k, _))| (problem(k), (p, index(r)))));
        for (r, ((name, company), last, _)) in part.people.iter().enumerate() {
            let key = (name.as_ref(), company.as_ref());
            people.push((prefix(key.0), key, last.as_ref().map(AsRef::as_ref), (p, index(r))));
        }
    }
    for (r, ((path, line, column, level, message), _)) in extras.iter().enumerate() {
        problems.push(((path.as_str(), *line, *column, *level, message.as_str()), (EXTRA, index(r))));
    }
    // Keys are unique but for problems reported twice, so unstable sorts give one order. Each key's
    // first 16 bytes, as a number, settle most comparisons without following a pointer. The
    // people, as many as the rest together, are sorted on a thread of their own.
    std::thread::scope(|scope| {
        scope.spawn(|| {
            // Everyone met, once per person and company, as of their latest interview (the first
            // such row in path order: origins sort in path order).
            people.sort_unstable_by(|a, b| {
                a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1)).then_with(|| b.2.cmp(&a.2)).then_with(|| a.3.cmp(&b.3))
            });
            people.dedup_by(|later, first| later.1 == first.1);
        });
        actions.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
        upcoming.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
        interviews.sort_unstable_by(|(pa, (da, na), _), (pb, (db, nb), _)| {
            pb.cmp(pa).then_with(|| db.cmp(da)).then_with(|| na.cmp(nb))
        });
        // The notes' problems come in path order already, each note's sorted: a stable sort
        // only has to merge in the few found outside them.
        problems.sort_by(|a, b| a.0.cmp(&b.0));
        problems.dedup_by(|a, b| a.0 == b.0);
    });
    let order = Order {
        actions: actions.into_iter().map(|(_, _, o)| o).collect(),
        upcoming: upcoming.into_iter().map(|(_, _, o)| o).collect(),
        interviews: interviews.into_iter().map(|(_, _, p)| p).collect(),
        people: people.into_iter().map(|(_, _, _, o)| o).collect(),
        problems: problems.into_iter().map(|(_, o)| o).collect(),
    };
    let dashboard = reassemble(parts, extras, &order, today).expect("the order was just made from these parts");
    (dashboard, order)
}

/// The dashboard of `parts` and `extras` in a known `order`; `None` when the order names a row
/// that is not there (then it is not this dashboard's order: `assemble` it).
pub fn reassemble<'a, S: AsRef<str>, T: AsPiece>(
    parts: &[&'a Part<S, T>],
    extras: &'a [(ProblemKey, Fragment)],
    order: &Order,
    today: Date,
) -> Option<Dashboard<'a>> {
    let mut hash = Fnv::default();
    hash.write(today.to_string().as_bytes());
    for part in parts {
        hash.write(&part.hash.to_le_bytes());
    }
    for ((path, line, column, level, message), f) in extras {
        hash.write(format!("{:?}", (path, line, column, level, message)).as_bytes());
        hash.write(f.md.as_bytes());
    }
    let part = |p: u32| parts.get(p as usize);
    let keyed = |origins: &[Origin], upcoming: bool| -> Option<Vec<Shown<'a>>> {
        origins
            .iter()
            .map(|&(p, r)| {
                let part = part(p)?;
                let list = if upcoming { &part.upcoming } else { &part.actions };
                list.get(r as usize).map(|(_, f)| f.shown())
            })
            .collect()
    };
    Some(Dashboard {
        today,
        interview_count: parts.iter().filter(|p| !p.broken).count(),
        actions: keyed(&order.actions, false)?,
        upcoming: keyed(&order.upcoming, true)?,
        interviews: order
            .interviews
            .iter()
            .map(|&p| part(p).map(|part| part.interview.1.shown()))
            .collect::<Option<_>>()?,
        people: order
            .people
            .iter()
            .map(|&(p, r)| part(p)?.people.get(r as usize).map(|(_, _, f)| f.shown()))
            .collect::<Option<_>>()?,
        problems: order
            .problems
            .iter()
            .map(|&(p, r)| match p {
                EXTRA => extras.get(r as usize).map(|(_, f)| f.shown()),
                p => part(p)?.problems.get(r as usize).map(|(_, f)| f.shown()),
            })
            .collect::<Option<_>>()?,
        hash: hash.0,
    })
}

/// The first 16 bytes of `key` as a big-endian number, zero-padded: when two keys' prefixes
/// differ, they order the keys as the keys themselves do.
fn prefix(key: &str) -> u128 {
    let mut bytes = [0; 16];
    let n = key.len().min(16);
    bytes[..n].copy_from_slice(&key.as_bytes()[..n]);
    u128::from_be_bytes(bytes)
}

/// A person's row in the directory: the prefix of their name, who, the interview's date, and
/// where the row comes from (which is also its place in path order).
type Met<'a> = (u128, (&'a str, &'a str), Option<&'a str>, Origin);

/// Renders the rows of problems found outside any note's part.
///
/// # Errors
/// When the problem template does not render.
pub fn extra_problems(diagnostics: &[&Diagnostic], rows: &Rows) -> Result<ExtraRows, Error> {
    rows.problems(diagnostics)
}

fn row(e: &Interview) -> Row {
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
        company,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Config;
    use crate::pipeline::{self, Loaded};
    use crate::render::theme::Theme;

    /// The dashboard of the notes in `dir`, as the theme in `theme` (or the default) renders it:
    /// its Markdown, its HTML, and whether the HTML was joined from the rows' own.
    fn dashboard_of(dir: &Path, theme: Option<&Path>) -> (String, String, bool) {
        let config = Config::resolve(dir, Some("2026-10-27")).unwrap();
        let renderer = Renderer::new(Theme::new(theme));
        let layout = Layout::new(&renderer).unwrap();
        let rows = Rows::new(&renderer, &layout);
        let found = crate::pipeline::scan::find(&config.notes_dir, &config.skip);
        let items = pipeline::run(&found.notes, &config);
        let parts: Vec<Part> = items
            .iter()
            .filter_map(|item| match &item.loaded {
                Loaded::Note(planned) => {
                    let mut context = crate::letters::context::draft_context(planned, &config);
                    crate::letters::mail::add_links(&renderer, &mut context).unwrap();
                    let links = crate::letters::mail::Links::of(&context);
                    let entry = Interview {
                        planned,
                        draft: crate::pipeline::scan::draft_path(&item.rel),
                        draft_state: Some(State::Generated),
                    };
                    Some(Part::new(&entry, config.today, &links, &item.diagnostics, &rows).unwrap())
                }
                Loaded::Failed => Some(Part::broken(&item.rel, &item.diagnostics, &rows).unwrap()),
                Loaded::Skipped(_) => None,
            })
            .collect();
        let refs: Vec<&Part> = parts.iter().collect();
        let extras = extra_problems(&found.problems.iter().collect::<Vec<_>>(), &rows).unwrap();
        let d = assemble(&refs, &extras, config.today);
        let page = layout.render(&renderer, &d, None).unwrap();
        let joined = layout.cut_html(&renderer, &d).unwrap().is_some();
        let join = |pieces: Vec<crate::output::pieces::Piece>| crate::output::pieces::join(&pieces, None).unwrap();
        (join(page.markdown_pieces()), join(page.html_pieces()), joined)
    }

    fn repo(rel: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
    }

    /// The HTML joined from the rows is byte for byte what comrak makes of the whole page.
    fn joined_html_is_the_whole_page_through_comrak(dir: &Path) {
        assert!(dir.is_dir(), "{} is expected", dir.display());
        let (md, html, joined) = dashboard_of(dir, None);
        assert!(joined, "the default theme's rows can be cut out one by one");
        assert!(md.lines().filter(|l| l.starts_with("| ") || l.starts_with("- ")).count() > 5, "{md}");
        assert_eq!(html, crate::render::markdown_to_html(&md));
    }

    #[test]
    fn joined_html_is_comrak_html_for_the_example_search() {
        joined_html_is_the_whole_page_through_comrak(&repo("content"));
    }

    #[test]
    fn joined_html_is_comrak_html_for_broken_notes() {
        joined_html_is_the_whole_page_through_comrak(&repo("tests/fixtures/bad-notes"));
    }

    #[test]
    fn joined_html_is_comrak_html_for_real_world_notes() {
        joined_html_is_the_whole_page_through_comrak(&repo("tests/fixtures/wild"));
    }

    #[test]
    fn key_prefixes_order_keys_as_the_keys_do_whenever_they_differ() {
        let keys = [
            "",
            "a",
            "a\0",
            "a\0b",
            "ab",
            "2026-10-27\0Acme\0thank-you",
            "2026-10-27\0Acme\0check-in",
            "2026-10-27\0Acme",
            "2026-10-28",
            "José Álvarez",
            "Jose",
            "0123456789abcdef",
            "0123456789abcdefg",
            "0123456789abcdeg",
            "李娜",
            "zz",
        ];
        for a in keys {
            for b in keys {
                let (pa, pb) = (prefix(a), prefix(b));
                if pa != pb {
                    assert_eq!(pa.cmp(&pb), a.cmp(b), "{a:?} vs {b:?}");
                }
            }
        }
        assert_ne!(prefix("2026-10-27\0Acme"), prefix("2026-10-28\0Acme"));
    }

    #[test]
    fn the_directory_lists_each_person_once_per_company_as_of_their_latest_interview() {
        let dir = tempfile::tempdir().unwrap();
        let note = |rel: &str, company: &str, date: &str, title: &str| {
            let text =
                format!("---\ncompany: {company}\ndate: {date}\ninterviewers:\n  - Dr. Ana Souza, {title}\n---\n");
            std::fs::create_dir_all(dir.path().join(rel).parent().unwrap()).unwrap();
            std::fs::write(dir.path().join(rel), text).unwrap();
        };
        note("a/1.md", "Acme", "2026-10-01", "Staff Engineer");
        note("a/2.md", "ACME", "2026-10-09", "Engineering Manager");
        note("a/3.md", "Acme", "2026-10-05", "Principal Engineer");
        note("b/1.md", "Globex", "2026-10-02", "CTO");
        let (md, _, _) = dashboard_of(dir.path(), None);
        let people: Vec<&str> = md.lines().filter(|l| l.starts_with("| Dr. Ana Souza")).collect();
        assert_eq!(people.len(), 2, "{md}");
        assert!(people[0].contains("Engineering Manager") && people[0].contains("2026-10-09"), "{md}");
        assert!(people[1].contains("CTO") && people[1].contains("Globex"), "{md}");
    }

    #[test]
    fn rows_that_cannot_be_cut_make_the_whole_page_go_through_comrak() {
        let theme = tempfile::tempdir().unwrap();
        std::fs::create_dir(theme.path().join("dashboard")).unwrap();
        // Problems as paragraphs, not list items.
        std::fs::write(theme.path().join("dashboard/problem.md.j2"), "Problem at {{ location }}: {{ message }}\n")
            .unwrap();
        let (md, html, joined) = dashboard_of(&repo("content"), Some(theme.path()));
        assert!(!joined);
        assert!(md.contains("Problem at globex/2026-10-14-final.md:13:"), "{md}");
        assert_eq!(html, crate::render::markdown_to_html(&md));
    }
}
