//! Building each note: read (or taken from the last build), planned, its draft rendered and
//! written, its dashboard part made; in parallel, in path order.

use super::*;
use crate::config::Config;
use crate::dashboard;
use crate::diagnostic::Diagnostic;
use crate::error::Error;
use crate::incremental::record;
use crate::letters::readback;
use crate::output::fingerprint::{self, State};
use crate::output::write::{self, Action};
use crate::pipeline::plan;
use crate::pipeline::scan::{self, Entry, Found, Stamp};
use crate::pipeline::{self, Loaded, LoadedKind};
use crate::render::Renderer;
use std::collections::HashMap;
use std::sync::Mutex;

impl Session {
    /// Reads, plans, renders and writes every note, in parallel, reusing what the last build
    /// made of the notes that did not change.
    pub(super) fn build_notes(
        &self,
        found: &Found,
        slots: Vec<Mutex<Slot>>,
        check: bool,
        progress: &indicatif::ProgressBar,
    ) -> Result<Vec<Built>, Error> {
        let drafts_on_disk: HashMap<&str, Stamp> = found.drafts.iter().map(|e| (e.rel.as_str(), e.stamp())).collect();
        let rows = self.rows();
        // A folder at a time: what its earlier notes tell the later ones is read with them.
        let folders = pipeline::folders(&found.notes);
        let items = pipeline::par_map(&folders, |folder| -> Vec<Result<Built, Error>> {
            let entries: Vec<&Entry> = folder.iter().map(|&i| &found.notes[i]).collect();
            let taken: Vec<(Option<record::Cached>, Option<KeyedPart>)> = folder
                .iter()
                .map(|&i| std::mem::take(&mut *slots[i].lock().expect("no worker panics holding a slot")))
                .collect();
            // The last build's yield stands for a note whose file is as it was, unless what the
            // folder's earlier notes tell it changed.
            let kept: Vec<pipeline::Kept> = taken
                .iter()
                .zip(&entries)
                .map(|((reuse, _), entry)| {
                    reuse.as_ref().filter(|c| c.stamp == entry.stamp()).map(|c| (&c.loaded, c.heard))
                })
                .collect();
            let mut loading: Vec<Option<pipeline::Loading>> = match crate::interrupt::check() {
                Ok(()) => pipeline::load_folder(&entries, &kept, &self.config).into_iter().map(Some).collect(),
                Err(_) => entries.iter().map(|_| None).collect(),
            };
            drop(kept);
            let mut out = Vec::with_capacity(folder.len());
            for ((k, &slot), (reuse, old_part)) in folder.iter().enumerate().zip(taken) {
                let entry = entries[k];
                let on_disk = drafts_on_disk.get(scan::draft_path(&entry.rel).as_str()).copied();
                let built = (|| -> Result<Built, Error> {
                    // After Ctrl-C, the notes not yet started are left: the build stops here.
                    crate::interrupt::check()?;
                    let (heard, fresh) = loading[k].take().expect("loaded unless interrupted");
                    let mut built = self.build_one(entry, reuse, on_disk, check, heard, fresh)?;
                    let old_hash = old_part.as_ref().map(|(_, part)| part.hash);
                    let part = part_for(&built, old_part, self.config.today, &rows)?;
                    built.part_hash = part.as_ref().map_or(0, |(_, p)| p.hash);
                    built.part_changed = old_hash != part.as_ref().map(|(_, p)| p.hash);
                    match self.is_live() {
                        true => built.part = part,
                        false => self.spool_to_record(slot, &mut built, part)?,
                    }
                    Ok(built)
                })();
                if let (Err(e), Some(record)) = (&built, self.record_writer()) {
                    record.lock().expect("no worker panics holding the record").abandon(e.to_string());
                }
                progress.inc(1);
                out.push(built);
            }
            out
        });
        let mut built = items.into_iter().flatten().collect::<Result<Vec<Built>, Error>>()?;
        built.sort_by(|a, b| a.rel.cmp(&b.rel));
        Ok(built)
    }

    /// The notes `entries` loaded a folder at a time (`pipeline::load_folder`), in the order of
    /// `entries`; `entries` hold every note of the folders they are in (a note at the top of the
    /// notes folder is one alone), and `kept` what the last build made of each, if it stands.
    pub(super) fn reload_folders(&self, entries: &[&Entry], kept: &[pipeline::Kept]) -> Vec<pipeline::Loading> {
        let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            // (A folder's key ends in a slash: no note's path does.)
            let key = entry.rel.rsplit_once('/').map_or_else(|| entry.rel.clone(), |(folder, _)| format!("{folder}/"));
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, members)) => members.push(i),
                None => groups.push((key, vec![i])),
            }
        }
        let mut out: Vec<Option<pipeline::Loading>> = entries.iter().map(|_| None).collect();
        for (_, members) in groups {
            let these: Vec<&Entry> = members.iter().map(|&i| entries[i]).collect();
            let kept: Vec<pipeline::Kept> = members.iter().map(|&i| kept[i]).collect();
            for (i, loaded) in members.into_iter().zip(pipeline::load_folder(&these, &kept, &self.config)) {
                out[i] = Some(loaded);
            }
        }
        out.into_iter().map(|o| o.expect("every entry is in a group")).collect()
    }

    /// For a one-shot build: writes what the note at `slot` yielded and its dashboard rows to
    /// the record, keeping only a summary of the note and its rows' keys in memory (or its rows
    /// too, when there is no record to spool them to).
    pub(super) fn spool_to_record(&self, slot: usize, built: &mut Built, part: Option<KeyedPart>) -> Result<(), Error> {
        built.overdue = part.as_ref().map(|(_, p)| p.overdue.clone()).unwrap_or_default();
        built.reported = Some(record::reported_hash(built.diagnostics.iter().chain(&built.overdue)));
        let loaded = built.loaded.take();
        let Some(record) = self.record_writer() else {
            built.part = part;
            return Ok(());
        };
        let io = |e| Error::Io { path: self.config.cache_dir.clone(), source: e };
        let entry = part.as_ref().map(|p| record::part_entry(&built.rel, p)).transpose().map_err(io)?;
        built.spooled = entry.as_deref().map(|entry| {
            let (_, (_, part)): (&str, (PartKey, dashboard::Part)) =
                record::decode_spooled_entry(entry, slot).expect("encoded just above");
            part
        });
        let scratch = record.lock().expect("no worker panics holding the record").is_scratch();
        let note = match loaded {
            Some(loaded) if !scratch => record::note_entry(&record::Cached {
                rel: built.rel.clone(),
                stamp: built.stamp,
                heard: built.heard,
                loaded,
                diagnostics: built.diagnostics.clone(),
                draft: built.kept_draft(),
                links: std::mem::take(&mut built.links),
            }),
            _ => Vec::new(),
        };
        record.lock().expect("no worker panics holding the record").put(slot, note, entry.as_deref());
        Ok(())
    }

    /// What one note yields: `fresh`, when it was read again with its folder
    /// (`pipeline::load_folder`), else the last build's record when its stamp is the same and
    /// its folder's earlier notes told it what they tell it now (`heard`), else the note read
    /// again with its folder; its draft rendered and written unless it is as the last build
    /// left it.
    pub(super) fn build_one(
        &self,
        entry: &Entry,
        reuse: Option<record::Cached>,
        on_disk: Option<Stamp>,
        check: bool,
        heard: u64,
        fresh: Option<pipeline::Yield>,
    ) -> Result<Built, Error> {
        let config = &self.config;
        let (loaded, diagnostics, kept_draft, mut links, problems_changed) = match (fresh, reuse) {
            (None, Some(c)) if c.stamp == entry.stamp() && c.heard == heard => {
                let draft = c.draft.filter(|(stamp, _)| Some(*stamp) == on_disk);
                (c.loaded, c.diagnostics, draft, c.links, false)
            }
            (fresh, old) => {
                let (loaded, diagnostics) = fresh.unwrap_or_else(|| pipeline::load(entry, config));
                match old {
                    // (A note read again with its folder for another's sake, which yields what it
                    // did: its draft is as the last build left it.)
                    Some(c) if c.stamp == entry.stamp() && c.loaded == loaded && c.diagnostics == diagnostics => {
                        let draft = c.draft.filter(|(stamp, _)| Some(*stamp) == on_disk);
                        (c.loaded, c.diagnostics, draft, c.links, false)
                    }
                    old => {
                        let changed = old.is_none_or(|c| c.diagnostics != diagnostics);
                        (loaded, diagnostics, None, crate::letters::mail::Links::default(), changed)
                    }
                }
            }
        };
        let (mut diagnostics, mut problems_changed) = (diagnostics, problems_changed);
        let draft = match &loaded {
            Loaded::Note(planned) if planned.drafted => match kept_draft {
                // The note and the draft are as the last build left them.
                Some((_, State::Generated)) => Some((Action::Unchanged, State::Generated, None)),
                Some((_, State::Edited)) => Some((Action::Kept, State::Edited, None)),
                None => {
                    let written = self.write_draft(planned, &entry.rel, check, &mut diagnostics)?;
                    problems_changed |= written.problems_changed;
                    written.draft.map(|(action, state, fresh, stamp)| {
                        links = fresh;
                        (action, state, stamp)
                    })
                }
            },
            _ => None,
        };
        // The stamp of the draft on disk now: the one written, or the one that was there.
        let draft_stamp = match draft {
            Some((_, _, Some(written))) => Some(written),
            _ => on_disk,
        };
        let draft = draft.map(|(action, state, _)| (action, state));
        Ok(Built {
            rel: entry.rel.clone(),
            stamp: entry.stamp(),
            heard,
            kind: loaded.kind(),
            loaded: Some(loaded),
            diagnostics,
            draft,
            draft_stamp,
            links,
            problems_changed,
            part: None,
            part_hash: 0,
            part_changed: false,
            overdue: Vec::new(),
            spooled: None,
            reported: None,
        })
    }
}

impl Session {
    /// Renders and writes a note's draft; a draft that cannot be written is an error on the note
    /// (in `diagnostics`), found anew each time: the one the last build said goes first.
    fn write_draft(
        &self,
        planned: &plan::Planned,
        note_rel: &str,
        check: bool,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Result<DraftOutcome, Error> {
        let draft_rel = scan::draft_path(note_rel);
        let had = diagnostics.iter().any(is_unwritable_draft);
        diagnostics.retain(|d| !is_unwritable_draft(d));
        // What reading the draft back found last time (its warnings name the draft, not the note).
        let (read_before, others): (Vec<Diagnostic>, Vec<Diagnostic>) =
            std::mem::take(diagnostics).into_iter().partition(|d| d.path == draft_rel);
        *diagnostics = others;
        // (Set 61: a bug in drafting one note is that note's error, as one in reading it is.)
        let (rendered, failed) = pipeline::on_one_note(note_rel, "draft", || {
            render_draft(&self.renderer, planned, &self.config, &draft_rel, check)
        });
        let Some(rendered) = rendered else {
            diagnostics.extend(failed);
            return Ok(DraftOutcome { draft: None, problems_changed: true });
        };
        Ok(match rendered? {
            Ok((action, state, links, read_back, stamp)) => {
                let changed = had || read_back != read_before;
                diagnostics.extend(read_back);
                DraftOutcome { draft: Some((action, state, links, stamp)), problems_changed: changed }
            }
            Err(e) => {
                diagnostics.push(unwritable_draft(note_rel, &draft_rel, &e));
                DraftOutcome { draft: None, problems_changed: !had || !read_before.is_empty() }
            }
        })
    }
}

/// A draft rendered: what became of it (none when it could not be written), and whether what
/// the build says about the note changed with it.
pub(super) struct DraftOutcome {
    draft: Option<(Action, State, crate::letters::mail::Links, Option<Stamp>)>,
    problems_changed: bool,
}

/// What a note yielded, for the record, with the stamp of its draft on disk.
pub(super) fn cached_of(built: Built, draft: Option<Stamp>) -> record::Cached {
    record::Cached {
        draft: built.draft.and_then(|(_, state)| draft.map(|stamp| (stamp, state))),
        rel: built.rel,
        stamp: built.stamp,
        heard: built.heard,
        loaded: built.loaded.expect("kept by a session that lives on"),
        diagnostics: built.diagnostics,
        links: built.links,
    }
}

/// A note as the manifest records it.
pub(super) fn recorded(c: &record::Cached, part: Option<&dashboard::Part>) -> record::Recorded {
    NoteState::of(c, part).recorded()
}

/// A note's dashboard part: the old one when nothing it depends on changed, a new one otherwise,
/// none for files that are not interview notes.
pub(super) fn part_for(
    item: &Built,
    old: Option<KeyedPart>,
    today: jiff::civil::Date,
    rows: &dashboard::Rows,
) -> Result<Option<KeyedPart>, Error> {
    let draft_state = item.draft.map(|(_, s)| s);
    let key = PartKey { stamp: item.stamp, draft: draft_state, draft_stamp: item.draft_stamp, today };
    if let Some((_, part)) = old.filter(|(k, _)| *k == key) {
        return Ok(Some((key, part)));
    }
    let part = match item.loaded.as_ref().expect("a part is made before the note is sealed") {
        Loaded::Note(planned) => {
            let entry = dashboard::Interview { planned, draft: scan::draft_path(&item.rel), draft_state };
            dashboard::Part::new(&entry, today, &item.links, &item.diagnostics, rows)?
        }
        Loaded::Failed => dashboard::Part::broken(&item.rel, &item.diagnostics, rows)?,
        Loaded::Skipped(_) => return Ok(None),
    };
    Ok(Some((key, part)))
}

/// Notes from which a build is worth a progress bar.
pub(super) const PROGRESS_FROM: usize = 1000;

/// Whether a build shows a progress bar: only for builds large enough to wait for, on a
/// terminal, outside CI (`CI` set), without `--quiet`. A pure function of its inputs so tests can
/// ask it about a terminal they do not have.
fn shows_progress(notes: usize, quiet: bool, ci: bool, terminal: bool) -> bool {
    !quiet && !ci && notes >= PROGRESS_FROM && terminal
}

/// A progress bar on stderr when `shows_progress` says so for this process; hidden otherwise.
pub(super) fn progress_bar(notes: usize, quiet: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    if !shows_progress(notes, quiet, ci, std::io::stderr().is_terminal()) {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(notes as u64);
    let style = indicatif::ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} notes ({eta})")
        .expect("the template is valid")
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_prefix("building");
    bar
}

/// Lines the last build's notes up with this build's entries, both sorted by path: a slot per
/// entry with its record and old dashboard part (when the settings are the same), and whether
/// any note of the last build is gone.
pub(super) fn align(previous: Vec<(record::Cached, Option<KeyedPart>)>, found: &Found, key_matches: bool) -> Aligned {
    let mut slots = Vec::with_capacity(found.notes.len());
    let mut gone = false;
    let mut previous = previous.into_iter().peekable();
    for entry in &found.notes {
        while previous.next_if(|(c, _)| c.rel < entry.rel).is_some() {
            gone = true;
        }
        match previous.next_if(|(c, _)| c.rel == entry.rel) {
            Some((cached, part)) if key_matches => slots.push(Mutex::new((Some(cached), part))),
            _ => slots.push(Mutex::new((None, None))),
        }
    }
    gone |= previous.next().is_some();
    Aligned { slots, gone }
}

/// What the last build made of one entry, for the worker that builds it to take.
pub(super) type Slot = (Option<record::Cached>, Option<KeyedPart>);

/// The last build's notes lined up with this build's entries.
pub(super) struct Aligned {
    pub(super) slots: Vec<Mutex<Slot>>,
    /// True when some note of the last build is gone.
    pub(super) gone: bool,
}

/// One note after the build: what it yielded and what became of its draft.
pub(super) struct Built {
    pub(super) rel: String,
    pub(super) stamp: Stamp,
    /// A hash of what its folder's earlier notes told it (`memory::heard`).
    pub(super) heard: u64,
    pub(super) kind: LoadedKind,
    /// What the note yielded; `None` once a one-shot build wrote it to the record.
    pub(super) loaded: Option<Loaded>,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) draft: Option<(Action, State)>,
    /// The stamp of its draft on disk after the build.
    pub(super) draft_stamp: Option<Stamp>,
    /// The `mailto:` links of the note's emails.
    pub(super) links: crate::letters::mail::Links,
    /// True when the note was read again and reported something else than last time.
    pub(super) problems_changed: bool,
    /// Its part of the dashboard, once made, for a session that lives on.
    pub(super) part: Option<KeyedPart>,
    /// A hash of that part (0 for none).
    pub(super) part_hash: u64,
    /// True when that part differs from the last build's.
    pub(super) part_changed: bool,
    /// The part's warnings that depend on today.
    pub(super) overdue: Vec<Diagnostic>,
    /// For a one-shot build, the part as read back from its entry in the record's rows file:
    /// its keys, its rows left in the file.
    pub(super) spooled: Option<dashboard::Part>,
    /// For a one-shot build, a hash of what was reported about the note (`record::reported_hash`).
    pub(super) reported: Option<u64>,
}

impl Built {
    /// Its draft as the record keeps it: the stamp on disk and whose it is.
    pub(super) fn kept_draft(&self) -> Option<(Stamp, State)> {
        self.draft.and_then(|(_, state)| self.draft_stamp.map(|stamp| (stamp, state)))
    }
}

/// What a one-shot build keeps of a note once its record is written: what the manifest and the
/// report need.
pub(super) struct Summary {
    pub(super) rel: String,
    pub(super) stamp: Stamp,
    pub(super) kind: LoadedKind,
    pub(super) draft: Option<(Stamp, State)>,
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) overdue: Vec<Diagnostic>,
    pub(super) part: u64,
    /// A hash of what was reported about it (`record::reported_hash`), made by the worker.
    pub(super) reported: u64,
}

impl Summary {
    pub(super) fn of(b: Built) -> Summary {
        Summary {
            draft: b.kept_draft(),
            rel: b.rel,
            stamp: b.stamp,
            kind: b.kind,
            reported: b.reported.unwrap_or_else(|| record::reported_hash(b.diagnostics.iter().chain(&b.overdue))),
            diagnostics: b.diagnostics,
            overdue: b.overdue,
            part: b.part_hash,
        }
    }
}

/// A note as `save` and the problems outside notes see it, whether the session keeps what it
/// yielded (`Cached`) or only its summary.
pub(super) struct NoteState<'a> {
    pub(super) rel: &'a str,
    pub(super) stamp: Stamp,
    pub(super) kind: LoadedKind,
    pub(super) draft: Option<(Stamp, State)>,
    /// What was reported about it: its own diagnostics, and its dashboard part's.
    pub(super) reported: [&'a [Diagnostic]; 2],
    /// A hash of its dashboard part (0 for none).
    pub(super) part: u64,
    /// A hash of `reported`, when already made.
    pub(super) reported_hash: Option<u64>,
}

impl<'a> NoteState<'a> {
    pub(super) fn of(c: &'a record::Cached, part: Option<&'a dashboard::Part>) -> NoteState<'a> {
        NoteState {
            rel: &c.rel,
            stamp: c.stamp,
            kind: c.loaded.kind(),
            draft: c.draft,
            reported: [&c.diagnostics, part.map_or(&[], |p| &p.overdue)],
            part: part.map_or(0, |p| p.hash),
            reported_hash: None,
        }
    }

    pub(super) fn summed(s: &'a Summary) -> NoteState<'a> {
        let reported = [&s.diagnostics[..], &s.overdue[..]];
        NoteState {
            rel: &s.rel,
            stamp: s.stamp,
            kind: s.kind,
            draft: s.draft,
            reported,
            part: s.part,
            reported_hash: Some(s.reported),
        }
    }

    /// The note as the manifest records it.
    pub(super) fn recorded(&self) -> record::Recorded {
        record::Recorded {
            rel: self.rel.to_owned(),
            stamp: self.stamp,
            kind: self.kind,
            part: self.part,
            reported: self
                .reported_hash
                .unwrap_or_else(|| record::reported_hash(self.reported.iter().copied().flatten())),
        }
    }
}

/// Renders a note's draft and writes it unless the user edited the one on disk: what happened,
/// whose the draft is, the `mailto:` links of its emails as read back from the draft now on disk
/// (the text written, or the user's), what the read-back found wrong, and the stamp of the file
/// written.
///
/// A template that fails stops the build (every draft would fail alike); a draft that cannot be
/// written (a folder or a pipe where it goes, a folder that is read-only) is that note's problem
/// alone, returned inside for the note to report.
pub(super) fn render_draft(
    renderer: &Renderer,
    planned: &plan::Planned,
    config: &Config,
    rel: &str,
    check: bool,
) -> Result<Result<DraftWritten, std::io::Error>, Error> {
    let mut context = crate::letters::context::draft_context(planned, config);
    let sealed = fingerprint::sign(&crate::letters::mail::draft_markdown(renderer, &mut context)?);
    Ok(write::draft(&config.notes_dir, rel, &sealed, check).map(|(action, written)| {
        let state = if action == Action::Kept { State::Edited } else { State::Generated };
        let stamp = written.map(|meta| Stamp::new(meta.len(), meta.modified().ok()));
        // What is sent is what the draft says: the user's text once they edited it (issue 12).
        let kept = (action == Action::Kept).then(|| write::kept_text(&config.notes_dir, rel));
        let mut back = readback::read_draft(rel, kept.as_deref().unwrap_or(&sealed), &context);
        back.diagnostics.extend(kept.as_deref().and_then(|kept| write::behind(rel, kept, &sealed)));
        let check_in = context.check_in.as_ref().and_then(|c| c.name.as_deref());
        (action, state, crate::letters::mail::Links::of(&back.sent, check_in), back.diagnostics, stamp)
    }))
}

/// What became of a draft written: the action, whose it is, its `mailto:` links, what reading
/// its emails back found wrong, its stamp.
pub(super) type DraftWritten = (Action, State, crate::letters::mail::Links, Vec<Diagnostic>, Option<Stamp>);

/// The words that begin what a build says of a draft it could not write.
const UNWRITABLE_DRAFT: &str = "cannot write this note's draft";

/// What a build says of a note whose draft it could not write.
fn unwritable_draft(note_rel: &str, draft_rel: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(note_rel, crate::diagnostic::Position::FILE, format!("{UNWRITABLE_DRAFT} `{draft_rel}`: {e}"))
        .with_help("make room for the draft: move what is at that path, or make its folder writable")
}

/// True for what a build said of a draft it could not write: the next build tries again.
pub(super) fn is_unwritable_draft(d: &Diagnostic) -> bool {
    d.message.starts_with(UNWRITABLE_DRAFT)
}

#[cfg(test)]
mod tests {
    use super::{PROGRESS_FROM, shows_progress};

    /// Followup decides itself: indicatif would hide a bar on a pipe anyway, so a test of the
    /// binary's stderr on a pipe could not tell whether followup asked for one.
    #[test]
    fn a_progress_bar_shows_only_for_large_builds_on_a_terminal_outside_ci_without_quiet() {
        let large = PROGRESS_FROM;
        assert!(shows_progress(large, false, false, true));
        assert!(!shows_progress(large, false, false, false), "not on a pipe or a file");
        assert!(!shows_progress(large, false, true, true), "not in CI");
        assert!(!shows_progress(large, true, false, true), "not with --quiet");
        assert!(!shows_progress(large - 1, false, false, true), "not for a small build");
    }
}
