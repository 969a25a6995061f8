//! `followup watch`: build once, then keep every draft and the dashboard current on every save.
//!
//! notify (through notify-debouncer-full) reports changed paths; `change::classify` says what
//! each one is; the `Tree` picture of the notes folder is refreshed path by path; and the same
//! build `Session` as `followup build` runs only when the picture really changed. The session
//! keeps the renderer and the record of the last build in memory, so a save costs the work of
//! that note plus the dashboard. followup's own writes are recognised by the stamps the last build
//! recorded, so they never cause a build; nothing a note contains can stop the loop.

mod change;
mod tree;

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::{self, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, NoCache, RecommendedCache};

use crate::config::Config;
use crate::error::Error;
use crate::incremental::session::{Report, Session};
use crate::output::write::Action;
use crate::pipeline::scan::{self, FileKind};
use change::{Change, Paths};
use tree::Tree;

pub use change::classify;

/// How to watch.
#[derive(Debug, Clone)]
pub struct Options {
    /// How long the folder must be quiet before a build.
    pub debounce: Duration,
    /// Poll every so often instead of using the system's change events.
    pub poll: Option<Duration>,
    pub quiet: bool,
    /// The folder and `--today` the user gave, to resolve the settings again when they change.
    pub path: PathBuf,
    pub today: Option<String>,
    pub notes_at: crate::config::NotesAt,
}

enum Message {
    Events(DebounceEventResult),
    Stop,
}

/// Either kind of watcher, kept alive while watching.
enum Guard {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, NoCache>),
}

impl Guard {
    /// Stops watching and waits for the debouncer's thread.
    fn stop(self) {
        match self {
            Guard::Native(d) => d.stop(),
            Guard::Poll(d) => d.stop(),
        }
    }
}

/// What the binary asks to be done after each rebuild, once its line is printed: `main.rs`
/// returns the memory freed by the rebuild to the system (see there), which a library must not
/// do behind its caller's back.
static AFTER_REBUILD: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// Sets what to do after each rebuild (once per process).
pub fn after_rebuild(hook: fn()) {
    let _ = AFTER_REBUILD.set(hook);
}

/// What one build of a watcher did, for whoever watches the watcher (`followup serve`).
#[derive(Debug, Clone, Copy)]
pub struct Rebuilt<'a> {
    pub report: &'a Report,
    /// True when every note was built (the first build, a rescan, new settings): the report then
    /// says everything about the folder, not only about `changed`.
    pub full: bool,
    /// The notes (paths relative to the notes folder) whose change caused the build.
    pub changed: &'a [String],
}

/// Builds, then rebuilds on every change until Ctrl-C or SIGTERM.
///
/// # Errors
/// Fatal problems only: the first build's template errors, a folder that cannot be watched.
pub fn run(config: Config, options: &Options) -> Result<(), Error> {
    run_observed(config, options, &mut |_| {})
}

/// Like `run`, telling `observer` about every build once its files are written.
///
/// # Errors
/// As `run`.
pub fn run_observed(config: Config, options: &Options, observer: &mut dyn FnMut(Rebuilt<'_>)) -> Result<(), Error> {
    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    let stop = std::sync::Mutex::new(stop);
    crate::interrupt::on_interrupt(move || {
        let _ = stop.lock().map(|stop| stop.send(Message::Stop));
    })?;

    let mut paths = Paths::new(&config);
    let mut session = Session::live(config);
    let found = scan::find(&paths.notes_dir, &paths.skip);
    crate::incremental::session::remove_stale_temporaries(&found, session.config());
    let report = session.build(&found, false, options.quiet)?;
    session.copy_to_this_thread();
    if let Some(hook) = AFTER_REBUILD.get() {
        hook();
    }
    let lister = crate::commands::build::check_command(&options.path);
    let printing = crate::commands::build::Printing { check: false, quiet: options.quiet, lister: &lister };
    crate::commands::build::print_report(&report, &paths.notes_dir, &printing).map_err(stdout_error)?;
    let mut tree = Tree::from_found(found);
    tree.note_writes(&paths.notes_dir, &report.written, |rel| session.draft_stamp(rel));

    warn_about_file_system(&paths.notes_dir);
    let guard = watch(&paths, options, tx)?;
    // (The observer hears of the first build once saves are watched: `serve` says it is serving
    // then, and a save right after that is seen.)
    observer(Rebuilt { report: &report, full: true, changed: &[] });
    say(options, &format!("watching {} for changes (Ctrl-C to stop)", paths.notes_dir.display()));

    while let Some(messages) = next_batch(&rx, options.debounce / 2) {
        let started = Instant::now();
        let mut trace = crate::trace::Trace::start();
        let batch = batch_of(messages, &paths, &mut trace);
        if batch.reconfigure {
            match Config::resolve_with(&options.path, options.today.as_deref(), options.notes_at) {
                Ok(config) => {
                    paths = Paths::new(&config);
                    session.reconfigure(config);
                }
                Err(e) => eprintln!("followup: {e}\n  (the last good settings stay in force)"),
            }
        }
        if !batch.is_empty() {
            rebuild(&mut session, &mut tree, &batch, &paths, options, started, observer);
        }
    }
    // Stopping: the record is saved so the next `build` starts where this left off. Every write
    // is a rename of a finished file, so no temporary file is left behind.
    guard.stop();
    let _ = session.save();
    Ok(())
}

/// The messages of the next batch, or `None` when it is time to stop.
///
/// The debouncer waits for each path to be quiet; a `git checkout` writes paths one after the
/// other for a while, so batches are also gathered until the whole folder has been quiet for
/// `quiet` (half the debounce time; each path waits the other half in the debouncer).
fn next_batch(rx: &mpsc::Receiver<Message>, quiet: Duration) -> Option<Vec<Message>> {
    let first = rx.recv().ok()?;
    let mut messages = vec![first];
    // A folder that never goes quiet (a tool writing all the time) still gets a rebuild every
    // two seconds.
    let give_up = Instant::now() + Duration::from_secs(2);
    while let Ok(more) = rx.recv_timeout(quiet.min(give_up.saturating_duration_since(Instant::now()))) {
        messages.push(more);
    }
    (!messages.iter().any(|m| matches!(m, Message::Stop))).then_some(messages)
}

/// What a batch of messages asks for: the paths that changed, a rescan after watch errors, new
/// settings.
fn batch_of(messages: Vec<Message>, paths: &Paths, trace: &mut crate::trace::Trace) -> Batch {
    let mut batch = Batch::default();
    for message in messages {
        let Message::Events(result) = message else { continue };
        match result {
            Ok(events) => {
                if let Some(first) = events.iter().map(|e| e.time).min() {
                    trace.note(&format!("events waited {:.1} ms", first.elapsed().as_secs_f64() * 1000.0));
                }
                batch.merge(Batch::from_events(&events, paths));
            }
            Err(errors) => {
                for e in errors {
                    eprintln!("followup: watch error: {e}");
                }
                batch.rescan = true;
            }
        }
    }
    batch
}

/// Rebuilds what a batch changed (everything after a rescan or new settings) and prints one line
/// about it; errors are printed and the watcher goes on.
fn rebuild(
    session: &mut Session,
    tree: &mut Tree,
    batch: &Batch,
    paths: &Paths,
    options: &Options,
    started: Instant,
    observer: &mut dyn FnMut(Rebuilt<'_>),
) {
    let mut trace = crate::trace::Trace::start();
    let changed = apply(tree, batch, paths, session);
    trace.mark("refresh picture");
    if changed.is_empty() && !batch.reconfigure {
        return;
    }
    let full = batch.rescan || batch.reconfigure;
    let result = if full {
        session.build(&tree.to_found(), false, true)
    } else {
        let changes = changed
            .iter()
            .filter(|rel| scan::is_note_name(rel) && rel.as_str() != scan::DASHBOARD_MD)
            .map(|rel| tree.change(rel))
            .collect();
        session.update(changes, || tree.to_found())
    };
    session.copy_to_this_thread();
    match result {
        Ok(report) => {
            tree.note_writes(&paths.notes_dir, &report.written, |rel| session.draft_stamp(rel));
            print_diagnostics(&report, &changed, &paths.notes_dir);
            let line = summary(&report, &changed, &paths.notes_dir, batch.reconfigure, started.elapsed());
            say(options, &line);
            observer(Rebuilt { report: &report, full, changed: &changed });
        }
        Err(e) => eprintln!("followup: error: {e}"),
    }
    if let Some(hook) = AFTER_REBUILD.get() {
        let mut trace = crate::trace::Trace::start();
        hook();
        trace.mark("memory handed back");
    }
}

fn say(options: &Options, line: &str) {
    if !options.quiet {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    }
}

fn stdout_error(e: std::io::Error) -> Error {
    Error::Io { path: "<stdout>".into(), source: e }
}

/// What one batch of events asks for.
#[derive(Debug, Default)]
struct Batch {
    /// Notes, drafts and folders to look at again.
    files: BTreeSet<(String, Option<FileKind>)>,
    rescan: bool,
    reconfigure: bool,
    dashboard: bool,
}

impl Batch {
    fn merge(&mut self, other: Batch) {
        self.files.extend(other.files);
        self.rescan |= other.rescan;
        self.reconfigure |= other.reconfigure;
        self.dashboard |= other.dashboard;
    }

    fn is_empty(&self) -> bool {
        self.files.is_empty() && !self.rescan && !self.reconfigure && !self.dashboard
    }

    fn from_events(events: &[notify_debouncer_full::DebouncedEvent], paths: &Paths) -> Batch {
        let mut batch = Batch::default();
        for event in events {
            batch.rescan |= event.need_rescan();
            // Reading a file (followup itself, an editor, `git status`) changes nothing.
            if matches!(event.kind, notify::EventKind::Access(_)) {
                continue;
            }
            // A rename carries both paths: the note leaves one and arrives at the other.
            for path in &event.paths {
                match change::classify(path, paths) {
                    Change::Note(rel) => drop(batch.files.insert((rel, Some(FileKind::Note)))),
                    Change::Draft(rel) => drop(batch.files.insert((rel, Some(FileKind::Draft)))),
                    Change::Folder(rel) => drop(batch.files.insert((rel, None))),
                    Change::Dashboard(_) => batch.dashboard = true,
                    Change::Config | Change::Theme => batch.reconfigure = true,
                    Change::Ignored => {}
                }
            }
        }
        batch
    }
}

/// Refreshes the picture from a batch; returns the notes (or folders) that changed.
fn apply(tree: &mut Tree, batch: &Batch, paths: &Paths, session: &Session) -> Vec<String> {
    let root = &paths.notes_dir;
    if batch.rescan {
        // Events were lost: look at everything again, and build.
        *tree = Tree::from_found(scan::find(root, &paths.skip));
        return vec!["(all notes, events were lost)".to_owned()];
    }
    let mut changed = Vec::new();
    for (rel, kind) in &batch.files {
        match kind {
            Some(kind) => {
                if tree.refresh_file(root, rel, *kind) {
                    changed.push(rel.clone());
                }
            }
            None => changed.extend(tree.refresh_folder(root, rel, &paths.skip)),
        }
    }
    changed.sort();
    changed.dedup();
    // A draft the user edited or deleted counts as a change of its note.
    let notes: Vec<String> = changed
        .iter()
        .map(|rel| if rel.ends_with(scan::DRAFT_SUFFIX) { scan::note_of_draft(rel) } else { rel.clone() })
        .collect();
    let mut changed = notes;
    changed.sort();
    changed.dedup();
    // A dashboard file deleted or changed by hand is written again.
    if batch.dashboard
        && session.recorded_dashboard().iter().any(|(rel, stamp)| scan::Stamp::of(&root.join(rel)) != *stamp)
    {
        changed.push(scan::DASHBOARD_MD.to_owned());
    }
    changed
}

/// Starts the watcher on the notes folder, the settings' folder and the themes folder.
fn watch(paths: &Paths, options: &Options, tx: mpsc::Sender<Message>) -> Result<Guard, Error> {
    let handler = move |result: DebounceEventResult| {
        let _ = tx.send(Message::Events(result));
    };
    // Folders, not files: a file watch is lost when an editor renames over the file.
    let mut targets = vec![(paths.notes_dir.clone(), RecursiveMode::Recursive)];
    if let Some(dir) = paths.config_file.parent().filter(|d| *d != paths.notes_dir) {
        targets.push((dir.to_path_buf(), RecursiveMode::NonRecursive));
    }
    if paths.themes_dir.is_dir() && !paths.themes_dir.starts_with(&paths.notes_dir) {
        targets.push((paths.themes_dir.clone(), RecursiveMode::Recursive));
    }
    if let Some(interval) = options.poll {
        return poll(handler, interval, options.debounce / 2, &targets);
    }
    let mut debouncer = notify_debouncer_full::new_debouncer(options.debounce / 2, None, handler.clone())
        .map_err(|e| Error::Watch(e.to_string()))?;
    for (dir, mode) in &targets {
        if let Err(e) = debouncer.watch(dir, *mode) {
            if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) {
                eprintln!(
                    "followup: the system's limit on watched folders is reached (inotify max_user_watches)\n  help: raise it with `sudo sysctl fs.inotify.max_user_watches=524288` (and in /etc/sysctl.conf to keep it)\n  followup polls for changes every second instead (`--poll` chooses this yourself)"
                );
                drop(debouncer);
                return poll(handler, Duration::from_secs(1), options.debounce / 2, &targets);
            }
            return Err(Error::Watch(format!("cannot watch {}: {e}", dir.display())));
        }
    }
    Ok(Guard::Native(debouncer))
}

fn poll(
    handler: impl notify_debouncer_full::DebounceEventHandler,
    interval: Duration,
    debounce: Duration,
    targets: &[(PathBuf, RecursiveMode)],
) -> Result<Guard, Error> {
    // The poll watcher compares modification times in whole seconds; comparing contents too
    // catches a second save within the same second.
    let config = notify::Config::default().with_poll_interval(interval).with_compare_contents(true);
    let mut debouncer =
        notify_debouncer_full::new_debouncer_opt::<_, PollWatcher, NoCache>(debounce, None, handler, NoCache, config)
            .map_err(|e| Error::Watch(e.to_string()))?;
    for (dir, mode) in targets {
        debouncer.watch(dir, *mode).map_err(|e| Error::Watch(format!("cannot watch {}: {e}", dir.display())))?;
    }
    Ok(Guard::Poll(debouncer))
}

/// Says so when the notes are on a file system where change events often do not arrive.
fn warn_about_file_system(dir: &Path) {
    let Ok(mounts) = std::fs::read_to_string("/proc/self/mountinfo") else { return };
    let best = mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split(' ');
            let mount_point = fields.nth(4)?;
            let fs_type = line.split(" - ").nth(1)?.split(' ').next()?;
            dir.starts_with(mount_point).then(|| (mount_point.len(), fs_type.to_owned()))
        })
        .max_by_key(|(len, _)| *len);
    if let Some((_, fs)) = best {
        let remote = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "drvfs", "virtiofs", "fuse.sshfs", "fuse.rclone"];
        if remote.contains(&fs.as_str()) {
            eprintln!(
                "followup: warning: the notes are on a {fs} file system, where change events often do not arrive\n  help: if saves go unnoticed, run `followup watch --poll`"
            );
        }
    }
}

/// Prints the diagnostics about the notes that changed.
fn print_diagnostics(report: &Report, changed: &[String], root: &Path) {
    use std::io::IsTerminal;
    let about_changes = report.diagnostics.iter().filter(|d| {
        // A note's draft, read back, has warnings of its own (issue 12).
        changed.iter().any(|c| d.path == *c || d.path.starts_with(&format!("{c}/")) || d.path == scan::draft_path(c))
    });
    let _ = crate::diagnostic::print_all(
        &mut std::io::stderr().lock(),
        std::io::stderr().is_terminal(),
        root,
        about_changes,
    );
}

/// One line per rebuild: what changed, what was written, how long it took.
fn summary(report: &Report, changed: &[String], root: &Path, reconfigured: bool, took: Duration) -> String {
    let action_of = |rel: &str| report.written.iter().find(|w| w.rel == rel).map(|w| w.action);
    let dashboard = match action_of(scan::DASHBOARD_MD).or(action_of(scan::DASHBOARD_HTML)) {
        Some(Action::Created | Action::Updated) => "dashboard updated",
        _ => "dashboard unchanged",
    };
    let ms = took.as_secs_f64() * 1000.0;
    let errors = |rel: &str| report.diagnostics.iter().filter(|d| d.path == rel && d.is_error()).count();
    if reconfigured {
        let written = report.written.iter().filter(|w| matches!(w.action, Action::Created | Action::Updated)).count();
        return format!("settings or theme changed: {written} files written, {dashboard} ({ms:.1} ms)");
    }
    match changed {
        [one] if scan::is_note_name(one) && !one.ends_with(scan::DRAFT_SUFFIX) && one != scan::DASHBOARD_MD => {
            let draft = scan::draft_path(one);
            let draft_did = match action_of(&draft) {
                Some(Action::Created) => "draft written",
                Some(Action::Updated) => "draft updated",
                Some(Action::Unchanged) => "draft unchanged",
                Some(Action::Kept) => "draft kept (edited by you)",
                Some(Action::Removed) => "draft removed",
                None => "no draft",
            };
            let what = if !root.join(one).exists() {
                format!("note removed, {draft_did}")
            } else if errors(one) > 0 {
                "cannot be read, its last draft kept".to_owned()
            } else {
                draft_did.to_owned()
            };
            format!("{one}: {what}, {dashboard} ({ms:.1} ms)")
        }
        _ => {
            let count = |a: Action| {
                report.written.iter().filter(|w| w.action == a && w.rel.ends_with(scan::DRAFT_SUFFIX)).count()
            };
            let mut parts = Vec::new();
            for (action, label) in [
                (Action::Created, "written"),
                (Action::Updated, "updated"),
                (Action::Removed, "removed"),
                (Action::Kept, "kept"),
            ] {
                let n = count(action);
                if n > 0 {
                    parts.push(format!("{n} draft{} {label}", if n == 1 { "" } else { "s" }));
                }
            }
            if parts.is_empty() {
                parts.push("drafts unchanged".to_owned());
            }
            let what = if changed.len() == 1 { changed[0].clone() } else { format!("{} paths changed", changed.len()) };
            format!("{what}: {}, {dashboard} ({ms:.1} ms)", parts.join(", "))
        }
    }
}
