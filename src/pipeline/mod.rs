//! The pipeline that every command drives: scan → read → parse → extract → plan.
//!
//! The notes of one folder are read together: a company's later note takes from its earlier ones
//! what it does not say again (`memory`). Folders are independent until the dashboard, so they
//! are processed in parallel on scoped threads, each worker taking whole folders (a note at the
//! top of the notes folder is one alone); results come back sorted by path, so the output never
//! depends on scheduling. `build` adds render and write per note inside the same workers, which
//! keeps a folder's text in memory only while that folder is being worked on.

pub mod extract;
pub mod memory;
pub mod parse;
pub mod plan;
pub mod salvage;
pub mod scan;
pub mod skip;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use extract::Outcome;
use plan::Planned;
use scan::Entry;

/// What became of one file.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Loaded {
    /// An interview note, planned.
    Note(Box<Planned>),
    /// Not an interview note, and why.
    Skipped(String),
    /// An interview note (or a file) that could not be read; the diagnostics say why.
    Failed,
}

/// What a file turned out to be, without what it yielded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LoadedKind {
    Note,
    Skipped,
    Failed,
}

impl Loaded {
    /// What the file turned out to be.
    pub fn kind(&self) -> LoadedKind {
        match self {
            Loaded::Note(_) => LoadedKind::Note,
            Loaded::Skipped(_) => LoadedKind::Skipped,
            Loaded::Failed => LoadedKind::Failed,
        }
    }
}

/// What a note yielded: what it turned out to be, and what followup says about it.
pub type Yield = (Loaded, Vec<Diagnostic>);

/// One file's outcome and diagnostics.
#[derive(Debug)]
pub struct Item {
    pub rel: String,
    pub loaded: Loaded,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads, parses, extracts and plans one note, with what the other notes of its folder, read
/// from disk, tell it (`memory`).
pub fn load(entry: &Entry, config: &Config) -> Yield {
    let folder = entry.rel.rsplit_once('/').map(|(folder, _)| folder);
    let found = folder.map(|f| scan::find_in(&config.notes_dir, &config.notes_dir.join(f), &config.skip));
    let others: Vec<&Entry> = found
        .iter()
        .flat_map(|found| &found.notes)
        .filter(|e| e.rel != entry.rel && e.rel.rsplit_once('/').map(|(f, _)| f) == folder)
        .collect();
    let entries: Vec<&Entry> = std::iter::once(entry).chain(others).collect();
    let kept: Vec<Kept> = entries.iter().map(|_| None).collect();
    let (_, loaded) = load_folder(&entries, &kept, config).swap_remove(0);
    loaded.expect("nothing kept: every note is read")
}

/// What the last build made of a note whose file is as it was then: what it yielded, and the
/// hash of what its folder's other notes told it (`memory::heard`).
pub type Kept<'a> = Option<(&'a Loaded, u64)>;

/// A note of a folder, loaded: the hash of what its folder's other notes told it, and what
/// it yields; `None` when that is what the last build made of it (its `Kept`).
pub type Loading = (u64, Option<Yield>);

/// Reads, parses and extracts the notes of one folder, then plans them oldest first, each with
/// what the earlier notes of its company tell it (`memory`). A note `kept` from the last build
/// is read again only when what it is told changed. In the order of `entries`.
///
/// A rule that panics on a note (a bug: followup means never to) fails that note only, with an
/// error that asks for a report; the other notes are built. The panic's message is printed too.
pub fn load_folder(entries: &[&Entry], kept: &[Kept], config: &Config) -> Vec<Loading> {
    type Read = (Option<(Outcome, String)>, Vec<Diagnostic>);
    let day_first = day_first_of(entries);
    let writer = config.sender.name.as_deref();
    let read = |i: usize| -> Read {
        match guarded(entries[i], || extract_one(entries[i], day_first, writer)) {
            (Some((outcome, diagnostics, shared)), _) => (Some((outcome, shared)), diagnostics),
            (None, failed) => (None, failed),
        }
    };
    let mut extracted: Vec<Option<Read>> = (0..entries.len()).map(|i| kept[i].is_none().then(|| read(i))).collect();
    // Each note as read now or kept from the last build.
    let noted = |i: usize| match (&extracted[i], kept[i]) {
        (Some((Some((Outcome::Note(note), _)), _)), _) => Some(&**note),
        (None, Some((Loaded::Note(planned), _))) => Some(&planned.note),
        _ => None,
    };
    // Oldest first: the notes with a day, by day and path; the others need nothing of them.
    let days: Vec<Option<jiff::civil::Date>> = (0..entries.len()).map(|i| noted(i).and_then(|n| n.date)).collect();
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by_key(|&i| (days[i], &entries[i].rel));
    // Each note's interview, to say which came after which (`memory::next_round`), and what each
    // tells the earlier ones of its company (`memory::hindsight`).
    let rounds: Vec<memory::Round> = (0..entries.len()).filter_map(|i| noted(i).and_then(memory::Round::of)).collect();
    let later: Vec<memory::Later> = (0..entries.len()).filter_map(|i| noted(i).and_then(memory::Later::of)).collect();
    let mut told: Vec<memory::Told> = Vec::new();
    let mut out: Vec<Option<Loading>> = (0..entries.len()).map(|_| None).collect();
    for i in order {
        if let Some((loaded, heard_then)) = kept[i] {
            let Loaded::Note(planned) = loaded else {
                out[i] = Some((0, None));
                continue;
            };
            let heard = memory::heard(&planned.note, &told, memory::next_round(&planned.note, &rounds))
                ^ memory::foreseen(&planned.note, &later)
                ^ told_day_first(day_first);
            if heard == heard_then {
                told.extend(memory::Told::of(&planned.note));
                out[i] = Some((heard, None));
                continue;
            }
            extracted[i] = Some(read(i));
        }
        let (outcome, mut diagnostics) = extracted[i].take().expect("read above");
        let loaded = match outcome {
            Some((Outcome::Note(mut note), shared)) => {
                let next = memory::next_round(&note, &rounds);
                let heard =
                    memory::heard(&note, &told, next) ^ memory::foreseen(&note, &later) ^ told_day_first(day_first);
                let planned = guarded(entries[i], || {
                    memory::recall(&mut note, &shared, &told);
                    memory::hindsight(&mut note, &later, &rounds);
                    memory::led_to(&mut note, next);
                    plan::plan(*note, config)
                });
                let loaded = match planned {
                    (Some(planned), _) => {
                        told.extend(memory::Told::of(&planned.note));
                        diagnostics.extend(planned.warnings.iter().cloned());
                        Loaded::Note(Box::new(planned))
                    }
                    (None, failed) => {
                        diagnostics.extend(failed);
                        Loaded::Failed
                    }
                };
                out[i] = Some((heard, Some((loaded, diagnostics))));
                continue;
            }
            Some((Outcome::Skipped(reason), _)) => Loaded::Skipped(reason),
            Some((Outcome::Failed, _)) | None => Loaded::Failed,
        };
        out[i] = Some((0, Some((loaded, diagnostics))));
    }
    out.into_iter().map(|o| o.expect("every note is loaded once")).collect()
}

/// How the file names of a folder's notes write their days (`Source::day_first`).
fn day_first_of(entries: &[&Entry]) -> Option<bool> {
    let stems: Vec<&str> = entries
        .iter()
        .map(|e| e.rel.rsplit('/').next().unwrap_or(&e.rel))
        .map(|name| name.rsplit_once('.').map_or(name, |(stem, _)| stem))
        .collect();
    extract::dates::day_first_in(&stems.join("\n"))
}

/// What a folder's way of writing days tells each of its notes, as part of what it hears
/// (`Kept`): a note kept from the last build is read again when that way changes.
fn told_day_first(day_first: Option<bool>) -> u64 {
    match day_first {
        None => 0,
        Some(true) => 0x5d1f_0a3c_9e77_b201,
        Some(false) => 0x2b84_c6e9_13f5_7a0d,
    }
}

/// `work` on one note, with a panic in it (a bug in followup) turned into an error on that note.
fn guarded<T>(entry: &Entry, work: impl FnOnce() -> T) -> (Option<T>, Vec<Diagnostic>) {
    on_one_note(&entry.rel, "read", work)
}

/// `work` on the note at `rel`, with a panic in it (a bug in followup) turned into an error on
/// that note, which says what followup failed to do (`read`, `draft`): the other notes are built.
pub(crate) fn on_one_note<T>(rel: &str, doing: &str, work: impl FnOnce() -> T) -> (Option<T>, Vec<Diagnostic>) {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_or_else(
        |_| {
            let message = format!(
                "followup failed to {doing} this note (a bug in followup, not in the note: please report it with \
                 the note, or the lines that set it off); the other notes are built"
            );
            (None, vec![Diagnostic::error(rel, crate::diagnostic::Position::FILE, message)])
        },
        |done| (Some(done), Vec::new()),
    )
}

/// Reads, parses and extracts one note; with it, the body less what the writer keeps for
/// themselves (what `memory` looks in for people met again), for a note only.
fn extract_one(entry: &Entry, day_first: Option<bool>, writer: Option<&str>) -> (Outcome, Vec<Diagnostic>, String) {
    let source = match scan::read(entry) {
        Ok(source) => scan::Source { day_first, writer: writer.map(str::to_owned), ..source },
        Err(d) => return (Outcome::Failed, vec![d], String::new()),
    };
    let doc = match crate::pipeline::parse::parse(&source) {
        Ok(doc) => doc,
        Err(d) => return (Outcome::Failed, vec![d], String::new()),
    };
    let extracted = extract::extract(&source, &doc);
    let shared = match extracted.outcome {
        Outcome::Note(_) => {
            extract::sections::shareable(&doc.readable.as_deref().unwrap_or(&source.text)[doc.body_offset..])
        }
        _ => String::new(),
    };
    (extracted.outcome, extracted.diagnostics, shared)
}

/// The notes of `entries` (sorted by path) by folder, each folder's in path order and the
/// folders in the order of their first note; a note at the top of the notes folder is alone.
pub fn folders(entries: &[Entry]) -> Vec<Vec<usize>> {
    let mut by_folder: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        match entry.rel.rsplit_once('/') {
            Some((folder, _)) => match by_folder.get(folder) {
                Some(&at) => out[at].push(i),
                None => {
                    by_folder.insert(folder, out.len());
                    out.push(vec![i]);
                }
            },
            None => out.push(vec![i]),
        }
    }
    out
}

/// Loads every entry (every note of their folders: a scan's), in parallel by folder; the items
/// keep the order of `entries` (sorted by path).
pub fn run(entries: &[Entry], config: &Config) -> Vec<Item> {
    let folders = folders(entries);
    let loaded = par_map(&folders, |folder| {
        let these: Vec<&Entry> = folder.iter().map(|&i| &entries[i]).collect();
        let kept: Vec<Kept> = these.iter().map(|_| None).collect();
        let loaded = load_folder(&these, &kept, config).into_iter().map(|(_, l)| l.expect("nothing kept"));
        folder.iter().copied().zip(loaded).collect::<Vec<_>>()
    });
    let mut items: Vec<Item> = loaded
        .into_iter()
        .flatten()
        .map(|(i, (loaded, diagnostics))| Item { rel: entries[i].rel.clone(), loaded, diagnostics })
        .collect();
    items.sort_by(|a, b| a.rel.cmp(&b.rel));
    items
}

pub use crate::par::par_map;

#[cfg(test)]
mod tests {
    use super::on_one_note;

    #[test]
    fn a_bug_on_one_note_is_an_error_on_that_note_and_not_a_crash() {
        let (done, said) = on_one_note("acme/2026-11-25.md", "draft", || -> u8 { panic!("a bug") });
        assert_eq!(done, None);
        assert_eq!(said.len(), 1);
        assert_eq!(said[0].path, "acme/2026-11-25.md");
        assert!(
            said[0].message.starts_with("followup failed to draft this note (a bug in followup"),
            "{}",
            said[0].message
        );
        let (done, said) = on_one_note("acme/2026-11-25.md", "read", || 7);
        assert_eq!((done, said.len()), (Some(7), 0));
    }
}
