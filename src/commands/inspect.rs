//! `followup inspect` and `followup check`: what followup understood, and what it found wrong.
//!
//! Both run the same pipeline as `build` up to the plan, and write nothing.

use std::io::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::Outcome;
use crate::commands::ignore_broken_pipe;
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::model::{Channel, Highlight, Kind, Note, Person, ProcessPosition, opt_date};
use crate::pipeline::scan::{self, Entry};
use crate::pipeline::{self, Item, Loaded};

/// One file, as `inspect --json` prints it (the contract in README.md).
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum View<'a> {
    Note(Box<NoteView<'a>>),
    Skipped { path: &'a str, skipped: &'a str },
    Broken { path: &'a str, error: ErrorView<'a> },
}

/// An interview note.
#[derive(Debug, Serialize)]
pub struct NoteView<'a> {
    pub path: &'a str,
    pub company: Option<&'a str>,
    pub position: Option<&'a str>,
    #[serde(serialize_with = "opt_date")]
    pub date: Option<jiff::civil::Date>,
    pub stage: Option<&'a str>,
    pub process_position: Option<ProcessPosition>,
    pub status: Option<&'a str>,
    pub people: Vec<PersonView<'a>>,
    pub highlights: &'a [Highlight],
    pub clarifications: &'a [String],
    /// How many rounds the note says are still to come.
    pub rounds_left: Option<usize>,
    /// The day the note says the company will decide by.
    #[serde(serialize_with = "opt_date")]
    pub decision_by: Option<jiff::civil::Date>,
    /// The steps the note says come next (`plant tour`, `final round` with `Don`, maybe).
    pub steps: &'a [crate::model::Step],
    /// True when the thank-yous are sent (`thanked:`, or the note says so).
    pub thanked: bool,
    /// The note's rule that the interviewers are not to be contacted directly.
    pub hands_off: Option<&'a crate::model::HandsOff>,
    #[serde(serialize_with = "opt_date")]
    pub thank_you_by: Option<jiff::civil::Date>,
    #[serde(serialize_with = "opt_date")]
    pub check_in_on: Option<jiff::civil::Date>,
    pub warnings: Vec<String>,
    /// Where each highlight and clarification went: a message, the draft's list "to add in your
    /// own words", `private`, or `left out: about pay`.
    pub placed: Vec<crate::letters::context::Route>,
    /// Where each field came from (issue 13): `company`, `position`, `date`, `stage` and
    /// `person NAME`, to the key or the part of the note that gave it.
    pub from: &'a std::collections::BTreeMap<String, String>,
}

/// A person, as `inspect --json` shows them.
#[derive(Debug, Serialize)]
pub struct PersonView<'a> {
    pub name: &'a str,
    pub title: Option<&'a str>,
    pub kind: Kind,
    pub role: Option<&'a str>,
    /// What the note calls them (`Tom` for `[[Tomasz Wierzbicki|Tom]]`), when it greets them so.
    pub called: Option<&'a str>,
    pub email: Option<&'a str>,
    pub emailed: bool,
    /// True when the note says their own thank-you is sent.
    pub thanked: bool,
    pub channel: Option<Channel>,
}

impl<'a> PersonView<'a> {
    fn new(p: &'a Person) -> PersonView<'a> {
        PersonView {
            name: &p.name,
            title: p.title.as_deref(),
            kind: p.kind(),
            role: p.role.as_deref(),
            called: p.called.as_deref(),
            email: p.email.as_deref(),
            emailed: p.emailed,
            thanked: p.thanked,
            channel: p.channel,
        }
    }
}

/// The first error of a note that could not be read.
#[derive(Debug, Serialize)]
pub struct ErrorView<'a> {
    pub message: &'a str,
    pub line: usize,
    pub column: usize,
}

/// Runs `inspect` on a note or a folder.
///
/// # Errors
/// Fatal problems only: the path does not exist, the config is broken.
pub fn run(path: &Path, today: Option<&str>, notes_at: crate::config::NotesAt, json: bool) -> Result<Outcome, Error> {
    let is_file = path.is_file();
    let folder =
        if is_file { path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")) } else { path };
    let config = Config::resolve_with(folder, today, notes_at)?;
    let items = if is_file {
        vec![alone(file_entry(path, &config)?, &config)]
    } else {
        pipeline::run(&scan::find(&config.notes_dir, &config.skip).notes, &config)
    };
    let views: Vec<View> = items.iter().map(|item| view(item, &config)).collect();
    let mut out = std::io::stdout().lock();
    let text = if json {
        let value =
            if is_file { serde_json::to_string_pretty(&views[0]) } else { serde_json::to_string_pretty(&views) };
        value.expect("views serialize: they hold only strings, numbers and lists") + "\n"
    } else {
        views.iter().map(|v| crate::text::printable::printable(&human(v)).into_owned()).collect::<Vec<_>>().join("\n")
    };
    out.write_all(text.as_bytes()).or_else(ignore_broken_pipe)?;
    let broken = items.iter().any(|i| i.diagnostics.iter().any(Diagnostic::is_error));
    Ok(if broken { Outcome::Problems } else { Outcome::Clean })
}

/// Every diagnostic for the notes of `config`, or for the one note `only`, sorted by path and
/// position: the notes' own, and what their drafts on disk say that `build` and `export eml`
/// would report (an email reshaped beyond reading back).
///
/// # Errors
/// When `only` cannot be read, or a template fails.
pub fn diagnostics(config: &Config, only: Option<&Path>) -> Result<Vec<Diagnostic>, Error> {
    let (found, items) = match only {
        Some(note) => (scan::Found::default(), vec![alone(file_entry(note, config)?, config)]),
        None => {
            let found = scan::find(&config.notes_dir, &config.skip);
            let items = pipeline::run(&found.notes, config);
            (found, items)
        }
    };
    let mut out = found.problems;
    out.extend(super::export::emails_of(config, &items)?.1);
    for item in items {
        out.extend(item.diagnostics);
        if let Loaded::Note(planned) = &item.loaded {
            out.extend(crate::pipeline::plan::due::overdue_warnings(planned, config.today));
        }
    }
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out.dedup();
    Ok(out)
}

/// One note, read with the other notes of its folder, as `build` reads it (`pipeline::memory`).
fn alone(entry: Entry, config: &Config) -> pipeline::Item {
    let (loaded, diagnostics) = pipeline::load(&entry, config);
    pipeline::Item { rel: entry.rel, loaded, diagnostics }
}

fn file_entry(path: &Path, config: &Config) -> Result<Entry, Error> {
    let abs = std::path::absolute(path).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })?;
    let meta = std::fs::metadata(&abs).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })?;
    let rel = abs.strip_prefix(&config.notes_dir).unwrap_or(abs.file_name().map_or(abs.as_path(), Path::new));
    let rel = scan::slashed(rel);
    Ok(Entry { rel, abs, size: meta.len(), modified: meta.modified().ok() })
}

fn view<'a>(item: &'a Item, config: &Config) -> View<'a> {
    match &item.loaded {
        Loaded::Note(planned) => {
            let note: &Note = &planned.note;
            let mut warnings: Vec<&Diagnostic> = item.diagnostics.iter().collect();
            let overdue = crate::pipeline::plan::due::overdue_warnings(planned, config.today);
            warnings.extend(overdue.iter());
            View::Note(Box::new(NoteView {
                path: &item.rel,
                company: note.company.as_deref(),
                position: note.position.as_deref(),
                date: note.date,
                stage: note.stage.as_deref(),
                process_position: note.process_position,
                status: note.status.as_deref(),
                people: note.people.iter().map(PersonView::new).collect(),
                highlights: &note.highlights,
                clarifications: &note.clarifications,
                rounds_left: note.rounds_left,
                decision_by: note.decision_by,
                steps: &note.steps,
                thanked: note.thanked,
                hands_off: note.hands_off.as_ref(),
                thank_you_by: planned.thank_you_by,
                check_in_on: planned.check_in_on,
                warnings: warnings.iter().map(|d| d.message.clone()).collect(),
                placed: crate::letters::context::ledger(note).routes,
                from: &note.sources,
            }))
        }
        Loaded::Skipped(reason) => View::Skipped { path: &item.rel, skipped: reason },
        Loaded::Failed => {
            let d = item.diagnostics.iter().find(|d| d.is_error()).or(item.diagnostics.first());
            View::Broken {
                path: &item.rel,
                error: ErrorView {
                    message: d.map_or("cannot be read", |d| d.message.as_str()),
                    line: d.map_or(0, |d| d.line),
                    column: d.map_or(0, |d| d.column),
                },
            }
        }
    }
}

/// The human-readable form of a view.
fn human(view: &View) -> String {
    match view {
        View::Skipped { path, skipped } => format!("{path}\n  skipped: {skipped}\n"),
        View::Broken { path, error } => {
            format!("{path}\n  error at line {}, column {}: {}\n", error.line, error.column, error.message)
        }
        View::Note(n) => {
            let mut s = format!("{}\n", n.path);
            let mut field = |k: &str, v: Option<String>| {
                if let Some(v) = v {
                    s.push_str(&format!("  {k:<16}{v}\n"));
                }
            };
            field("company", n.company.map(str::to_owned));
            field("position", n.position.map(str::to_owned));
            field("date", n.date.map(|d| d.to_string()));
            field("stage", n.stage.map(str::to_owned));
            field("process", n.process_position.map(|p| format!("{p:?}").to_lowercase()));
            field("status", n.status.map(str::to_owned));
            field("rounds left", n.rounds_left.map(|r| r.to_string()));
            field("decision by", n.decision_by.map(|d| d.to_string()));
            field("thanked", n.thanked.then(|| "yes".to_owned()));
            field(
                "no contact",
                n.hands_off.map(|h| match &h.through {
                    Some(through) => format!("{}, only through {through} (line {})", h.whom, h.line),
                    None => format!("{} (line {})", h.whom, h.line),
                }),
            );
            field("thank you by", n.thank_you_by.map(|d| d.to_string()));
            field("check in on", n.check_in_on.map(|d| d.to_string()));
            let mut list = |title: &str, lines: Vec<String>| {
                if !lines.is_empty() {
                    s.push_str(&format!("  {title}:\n"));
                    for line in lines {
                        s.push_str(&format!("    - {line}\n"));
                    }
                }
            };
            list("people", n.people.iter().map(person_line).collect());
            list(
                "highlights",
                n.highlights
                    .iter()
                    .map(|h| {
                        if h.about.is_empty() {
                            h.text.clone()
                        } else {
                            format!("{} (about {})", h.text, h.about.join(", "))
                        }
                    })
                    .collect(),
            );
            list("clarify", n.clarifications.to_vec());
            list("next steps", n.steps.iter().map(crate::model::Step::describe).collect());
            list("placed", n.placed.iter().map(|r| format!("{} → {}", r.text, r.went.join("; "))).collect());
            list("from", n.from.iter().map(|(k, v)| format!("{k}: {v}")).collect());
            list("warnings", n.warnings.clone());
            s
        }
    }
}

fn person_line(p: &PersonView) -> String {
    let mut s = p.name.to_owned();
    if let Some(t) = &p.title {
        s.push_str(&format!(", {t}"));
    }
    let kind = p.role.map(str::to_owned).unwrap_or_else(|| format!("{:?}", p.kind).to_lowercase());
    let channel = p.channel.map_or(String::new(), |c| format!(", {c}"));
    let email =
        p.email.as_ref().map_or(String::new(), |e| format!(" <{e}>{}", if p.emailed { " (emailed)" } else { "" }));
    let thanked = if p.thanked { ", thanked already" } else { "" };
    format!("{s}{email} — {kind}{channel}{thanked}")
}
