//! `followup mark`: records what was sent (`thanked`, `checked_in`) or where the process stands
//! (`status`) in a note's front matter. The only way followup changes a note, and only when
//! asked: the edit is `output::front_matter`'s, and it is written only when the note, read
//! again, says what it said before with just those fields changed.

use std::io::Write as _;
use std::path::Path;

use crate::Outcome;
use crate::config::Config;
use crate::error::Error;
use crate::output::front_matter::{self, Setting};
use crate::pipeline::extract::keys::Field;
use crate::pipeline::extract::{self, Outcome as Extracted};
use crate::pipeline::scan::{self, Source};
use crate::pipeline::{Loaded, plan::status};

/// What to record; a date left empty means today.
#[derive(Debug, Default)]
pub struct Marks {
    pub thanked: Option<String>,
    pub checked_in: Option<String>,
    pub status: Option<String>,
}

/// Runs `mark`: `target` is a note's path, or a company whose latest note is meant.
///
/// # Errors
/// A note that cannot be found or read, a broken one, a value that is not one, or an edit that
/// would change more than the fields asked for: nothing is written then.
pub fn run(target: &str, dir: &Path, today: Option<&str>, marks: &Marks) -> Result<Outcome, Error> {
    let as_path = Path::new(target);
    let is_note = as_path.is_file();
    let config = Config::resolve(if is_note { as_path } else { dir }, today)?;
    let settings = settings(marks, &config)?;
    let rel = if is_note { note_in_folder(as_path, &config)? } else { latest_note_of(target, &config)? };
    let written = mark_note(&config.notes_dir, &rel, &settings, None)?;
    let mut out = std::io::stdout().lock();
    if !written {
        writeln!(out, "{rel}: already says so, unchanged").or_else(super::ignore_broken_pipe)?;
        return Ok(Outcome::Clean);
    }
    for s in &settings {
        writeln!(out, "{rel}: {}: {}", s.key(), s.value).or_else(super::ignore_broken_pipe)?;
    }
    Ok(Outcome::Clean)
}

/// The version of a note's text that a page shows (`followup serve` sends it back with a button):
/// a hash of its bytes, in hex.
pub fn version_of(bytes: &[u8]) -> String {
    format!("{:016x}", crate::hash::of(bytes))
}

/// Writes `settings` into the note `rel` of the folder `root`, atomically; false when the note
/// already said so. With `version` (what `version_of` gave for the note a page showed), a note
/// changed since is refused.
///
/// # Errors
/// As `mark`; a note that cannot be read or written; a note changed since `version`.
pub(crate) fn mark_note(root: &Path, rel: &str, settings: &[Setting], version: Option<&str>) -> Result<bool, Error> {
    let path = root.join(rel);
    let text = crate::files::read_regular_text(&path).map_err(|e| Error::Io { path: path.clone(), source: e })?;
    if version.is_some_and(|v| v != version_of(text.as_bytes())) {
        return Err(Error::Changed(rel.to_owned()));
    }
    let marked = mark(rel, &text, settings)?;
    if marked == text {
        return Ok(false);
    }
    crate::output::write::atomic_write(&path, marked.as_bytes()).map_err(|e| Error::Io { path, source: e })?;
    Ok(true)
}

/// `text` with `settings` written into its front matter.
///
/// # Errors
/// When the note is broken, or when the edited note would read differently in anything but
/// those fields.
pub(crate) fn mark(rel: &str, text: &str, settings: &[Setting]) -> Result<String, Error> {
    let refuse = |why: String| Error::Refused(format!("cannot mark {rel}: {why}; nothing was written"));
    if scan::has_no_front_matter(rel) {
        return Err(refuse(
            "an org-mode or LaTeX note has no front matter to write into (say it in the note: `Thanks: all sent 12/11`)"
                .to_owned(),
        ));
    }
    let before = read(rel, text).map_err(refuse)?;
    let marked = front_matter::set(text, settings).map_err(|why| refuse(why.to_owned()))?;
    let after = read(rel, &marked).map_err(|why| refuse(format!("the edited note would not read: {why}")))?;
    let mut expected = before;
    for s in settings {
        match s.field {
            Field::Thanked => expected.thanked = true,
            Field::CheckedIn => expected.checked_in = true,
            _ => expected.status = Some(s.value.clone()),
        }
    }
    if essence(&expected) != essence(&after) {
        return Err(refuse(
            "followup could not set it without changing how the rest of the note reads (set it by hand)".to_owned(),
        ));
    }
    Ok(marked)
}

/// The note `text` as followup reads it; the first error otherwise.
fn read(rel: &str, text: &str) -> Result<crate::model::Note, String> {
    let source = Source {
        rel: rel.to_owned(),
        text: text.strip_prefix('\u{feff}').unwrap_or(text).to_owned(),
        saved: None,
        day_first: None,
        writer: None,
    };
    let doc = crate::pipeline::parse::parse(&source).map_err(|d| format!("{d}"))?;
    let extracted = extract::extract(&source, &doc);
    match extracted.outcome {
        Extracted::Note(note) => Ok(*note),
        Extracted::Skipped(why) => Err(format!("it is not an interview note ({why})")),
        Extracted::Failed => {
            let error = extracted.diagnostics.iter().find(|d| d.is_error()).map(ToString::to_string);
            Err(error.unwrap_or_else(|| "it cannot be read".to_owned()))
        }
    }
}

/// What a note says, without where it says it (line numbers move when a line is added).
fn essence(note: &crate::model::Note) -> serde_json::Value {
    fn strip(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.retain(|key, _| key != "line" && key != "date_line");
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(note).expect("a note serializes");
    strip(&mut value);
    value
}

pub(crate) fn settings(marks: &Marks, config: &Config) -> Result<Vec<Setting>, Error> {
    let day = |given: &str| -> Result<String, Error> {
        if given.is_empty() { Ok(config.today.to_string()) } else { super::parse_day(given).map(|d| d.to_string()) }
    };
    let mut out = Vec::new();
    if let Some(on) = &marks.thanked {
        out.push(Setting { field: Field::Thanked, value: day(on)? });
    }
    if let Some(on) = &marks.checked_in {
        out.push(Setting { field: Field::CheckedIn, value: day(on)? });
    }
    if let Some(given) = &marks.status {
        let known = status::KNOWN.iter().find(|k| status::same(k, given)).ok_or_else(|| {
            Error::Refused(format!("`{given}` is not a status followup knows: {}", status::KNOWN.join(", ")))
        })?;
        out.push(Setting { field: Field::Status, value: (*known).to_owned() });
    }
    if out.is_empty() {
        return Err(Error::Refused("say what to mark: --thanked, --checked-in or --status".to_owned()));
    }
    Ok(out)
}

/// The note at `path`, as a path relative to the notes folder; refused outside it.
fn note_in_folder(path: &Path, config: &Config) -> Result<String, Error> {
    let absolute = std::path::absolute(path).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })?;
    let rel = absolute.strip_prefix(&config.notes_dir).map_err(|_| {
        Error::Refused(format!("{} is not in the notes folder {}", path.display(), config.notes_dir.display()))
    })?;
    let rel = rel.to_string_lossy().replace('\\', "/");
    if !scan::is_note_name(&rel) || rel.ends_with(scan::DRAFT_SUFFIX) {
        return Err(Error::Refused(format!(
            "{rel} is not a note: mark takes a note's .md, .txt, .org or .tex file, or a company"
        )));
    }
    Ok(rel)
}

/// The latest note (by interview date, then path) whose company or folder is `company`.
fn latest_note_of(company: &str, config: &Config) -> Result<String, Error> {
    use crate::pipeline::{Item, plan::Planned};
    let slug = crate::text::slug::slug;
    let wanted = slug(company);
    let found = scan::find(&config.notes_dir, &config.skip);
    let items = crate::pipeline::run(&found.notes, config);
    let notes: Vec<(&Item, &Planned)> = items
        .iter()
        .filter_map(|item| match &item.loaded {
            Loaded::Note(p) => Some((item, &**p)),
            _ => None,
        })
        .collect();
    // The company's name or its folder, as a slug; else the first words of one (`fernhill` for
    // Fernhill Analytics), when only one company starts so.
    let names = |item: &Item, p: &Planned| -> Vec<String> {
        let folder = item.rel.split_once('/').map(|(folder, _)| slug(folder));
        p.note.company.as_deref().map(slug).into_iter().chain(folder).collect()
    };
    let exact: Vec<&(&Item, &Planned)> = notes.iter().filter(|(item, p)| names(item, p).contains(&wanted)).collect();
    let starting: Vec<&(&Item, &Planned)> =
        notes.iter().filter(|(item, p)| names(item, p).iter().any(|n| n.starts_with(&format!("{wanted}-")))).collect();
    let matched = if exact.is_empty() { starting } else { exact };
    let which: std::collections::BTreeSet<String> =
        matched.iter().map(|(item, p)| p.note.company.clone().unwrap_or_else(|| item.rel.clone())).collect();
    if which.len() > 1 {
        let which: Vec<String> = which.into_iter().collect();
        return Err(Error::Refused(format!("`{company}` could be {}: say which", which.join(" or "))));
    }
    let latest = matched.into_iter().max_by(|(a, pa), (b, pb)| (pa.note.date, &a.rel).cmp(&(pb.note.date, &b.rel)));
    match latest {
        Some((item, _)) => Ok(item.rel.clone()),
        None => {
            let known: std::collections::BTreeSet<&str> =
                notes.iter().filter_map(|(_, p)| p.note.company.as_deref()).collect();
            let known: Vec<&str> = known.into_iter().collect();
            Err(Error::Refused(format!(
                "no note is a file `{company}` or about a company `{company}`; the companies in your notes: {}",
                if known.is_empty() { "none".to_owned() } else { known.join(", ") }
            )))
        }
    }
}
