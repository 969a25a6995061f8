//! What one note adds to the dashboard (`Part`): its rows of each section with the keys that
//! sort them, made from the note by `rows.rs`'s renderer, hashed, and kept in the record
//! (`Encode`/`Decode`) or as spans of the record's file (`spooled`, `rebase`). Putting parts in
//! order is `assemble.rs`'s.

use jiff::civil::Date;

use super::fragment::Fragment;
use super::rows::{Interview, PersonRow, Rows, action_key, broken_row, person_row, row};
use super::section::Section;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::hash::Fnv;
use crate::incremental::record::codec::{Decode, Encode, Reader, Writer};
use crate::output::pieces::Span;
use crate::pipeline::extract::people;
use crate::pipeline::plan::due::{self, Due};

/// What one note adds to the dashboard: its rows and the keys that place them. It depends only
/// on the note, what the build reported about it, the state of its draft, today and the theme. The
/// keys are `S` (`String`, or `&str` read in place), the rows' text `T` (as in `Fragment`).
#[derive(Debug, Clone)]
pub struct Part<S = String, T = S> {
    /// Next actions (due within the horizon or overdue), by `action_key`.
    pub(super) actions: Vec<(S, Fragment<T>)>,
    /// Actions further ahead, by `action_key`.
    pub(super) upcoming: Vec<(S, Fragment<T>)>,
    /// The note's row in the interviews table: its date and path place it.
    pub(super) interview: ((Option<S>, S), Fragment<T>),
    /// Each person met: who (name without honorific, company), and the interview's date.
    pub(super) people: Vec<MetRow<S, T>>,
    /// Errors and warnings about the note, by their sort key.
    pub(super) problems: Vec<(ProblemKey<S>, Fragment<T>)>,
    /// True for a note that cannot be read.
    pub(super) broken: bool,
    /// Warnings that depend on today (a check-in date passed).
    pub overdue: Vec<Diagnostic>,
    /// A hash of all of the above.
    pub hash: u64,
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
pub(super) type ProblemKey<S = String> = (S, usize, usize, u8, S);

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
pub(super) type MetRow<S, T = S> = ((S, S), Option<S>, Fragment<T>);

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
