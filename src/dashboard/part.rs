//! What one note adds to the dashboard (`Part`): its rows of each section with the keys that
//! sort them, made from the note by `rows.rs`'s renderer, hashed, and kept in the record
//! (serde). Putting parts in order is `assemble.rs`'s.

use jiff::civil::Date;

use super::fragment::Fragment;
use super::rows::{Interview, PersonRow, Rows, action_key, broken_row, person_row, row};
use super::section::Section;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::hash::Fnv;
use crate::pipeline::extract::people;
use crate::pipeline::plan::due::{self, Due};

/// What one note adds to the dashboard: its rows and the keys that place them. It depends only
/// on the note, what the build reported about it, the state of its draft, today and the theme. The
/// keys are `S` (`String`, or `&str` read in place).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Part<S = String> {
    /// Next actions (due within the horizon or overdue), by `action_key`.
    pub(super) actions: Vec<(S, Fragment)>,
    /// Actions further ahead, by `action_key`.
    pub(super) upcoming: Vec<(S, Fragment)>,
    /// Actions overdue by more than `stale_after_days`, by `action_key`.
    pub(super) quiet: Vec<(S, Fragment)>,
    /// The note's row in the interviews table: its date and path place it.
    pub(super) interview: ((Option<S>, S), Fragment),
    /// Each person met: who (name without honorific, company), and the interview's date.
    pub(super) people: Vec<MetRow<S>>,
    /// Errors and warnings about the note, by their sort key.
    pub(super) problems: Vec<(ProblemKey<S>, Fragment)>,
    /// True for a note that cannot be read.
    pub(super) broken: bool,
    /// Where the interview stands, for the pipeline chart (`charts::standing_of`).
    pub(super) standing: (u8, u8),
    /// Warnings that depend on today (a check-in date passed).
    #[serde(with = "crate::diagnostic::as_json")]
    pub overdue: Vec<Diagnostic>,
    /// A hash of all of the above.
    pub hash: u64,
}

impl Part {
    /// The keys of its rows, list by list: while they stay the same, so does the order of the
    /// dashboard, whatever the rows say.
    pub fn keys(&self) -> PartKeys {
        PartKeys {
            actions: self.actions.iter().map(|(k, _)| k.clone()).collect(),
            upcoming: self.upcoming.iter().map(|(k, _)| k.clone()).collect(),
            quiet: self.quiet.iter().map(|(k, _)| k.clone()).collect(),
            interview: self.interview.0.clone(),
            people: self.people.iter().map(|(k, last, _)| (k.clone(), last.clone())).collect(),
            problems: self.problems.iter().map(|(k, _)| k.clone()).collect(),
        }
    }

    /// The same part with its keys borrowed: to be put together with parts whose keys are read
    /// in place from the record.
    pub fn borrowed(&self) -> Part<&str> {
        let ((date, path), interview) = &self.interview;
        Part {
            actions: self.actions.iter().map(|(k, r)| (k.as_str(), r.clone())).collect(),
            upcoming: self.upcoming.iter().map(|(k, r)| (k.as_str(), r.clone())).collect(),
            quiet: self.quiet.iter().map(|(k, r)| (k.as_str(), r.clone())).collect(),
            interview: ((date.as_deref(), path.as_str()), interview.clone()),
            people: self
                .people
                .iter()
                .map(|((n, c), last, r)| ((n.as_str(), c.as_str()), last.as_deref(), r.clone()))
                .collect(),
            problems: self
                .problems
                .iter()
                .map(|((path, line, column, level, message), r)| {
                    ((path.as_str(), *line, *column, *level, message.as_str()), r.clone())
                })
                .collect(),
            broken: self.broken,
            standing: self.standing,
            overdue: self.overdue.clone(),
            hash: self.hash,
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
    quiet: Vec<String>,
    interview: (Option<String>, String),
    people: Vec<((String, String), Option<String>)>,
    problems: Vec<ProblemKey>,
}

/// The rows of problems found outside any note's part, with their keys (`extra_problems`).
pub type ExtraRows = Vec<(ProblemKey, Fragment)>;

/// A person's row in the directory: who (name without honorific, company), the interview's
/// date, and the row.
pub(super) type MetRow<S> = ((S, S), Option<S>, Fragment);

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
        let to = crate::letters::context::check_in_recipient(note);
        let due = due::due(e.planned, &e.draft, today, &links.thanks, links.check_in.as_ref(), to.as_deref());
        let (upcoming, due): (Vec<Due>, Vec<Due>) = due.into_iter().partition(|a| a.urgency == "upcoming");
        let (quiet, actions): (Vec<Due>, Vec<Due>) = due.into_iter().partition(|a| a.urgency == "gone quiet");
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
            quiet: keyed(Section::Quiet, quiet)?,
            interview,
            people,
            problems,
            broken: false,
            standing: super::charts::standing_of(note.stage.as_deref(), note.status.as_deref()),
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
            quiet: Vec::new(),
            interview,
            people: Vec::new(),
            problems,
            broken: true,
            standing: (0, 0),
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
        for (key, f) in self.actions.iter().chain(&self.upcoming).chain(&self.quiet) {
            text(key);
            text(f.rendered_md());
        }
        text(&format!("{:?}", self.standing));
        let ((date, note), f) = &self.interview;
        text(date.as_deref().unwrap_or("\u{0}"));
        text(note);
        text(f.rendered_md());
        for ((name, company), last, f) in &self.people {
            text(name);
            text(company);
            text(last.as_deref().unwrap_or("\u{0}"));
            text(f.rendered_md());
        }
        for ((path, line, column, level, message), f) in &self.problems {
            text(path);
            text(&format!("{line}:{column}:{level}"));
            text(message);
            text(f.rendered_md());
        }
        hash.write(&[u8::from(self.broken)]);
        self.hash = hash.0;
    }
}
