//! The agenda that `status` and `list` print: each note with what is due, as the dashboard has
//! it (`plan::due`), so the terminal and the dashboard never disagree. Both run the pipeline up
//! to the plan (like `inspect`) and write nothing.

use std::io::IsTerminal;

use serde::Serialize;

use crate::config::Config;
use crate::output::fingerprint::State;
use crate::output::write;
use crate::pipeline::plan::due::{self, Due};
use crate::pipeline::{self, Item, Loaded};
use crate::pipeline::{salvage, scan};

/// One thing to do, as `status --json` prints it.
#[derive(Debug, Serialize)]
pub struct Task {
    /// `thank-you`, `check-in`, `review-draft` or `fix-note`.
    pub kind: &'static str,
    /// `YYYY-MM-DD`, or null for drafts to review and notes to fix.
    pub due: Option<String>,
    /// `overdue`, `due today`, `due soon` (within a week), or `pending`.
    pub urgency: &'static str,
    pub what: String,
    pub company: String,
    pub who: String,
    pub note: String,
    pub draft: Option<String>,
}

/// Everything a note offers `status` and `list`.
pub(crate) struct Noted<'a> {
    pub item: &'a Item,
    /// Its next actions, upcoming ones included, as the dashboard has them; for a broken note,
    /// those of what it still says plainly (`pipeline::salvage`).
    pub actions: Vec<Due>,
    pub draft_state: Option<State>,
}

pub(crate) fn load(config: &Config) -> Vec<Item> {
    let found = scan::find(&config.notes_dir, &config.skip);
    pipeline::run(&found.notes, config)
}

/// Each item with its next actions; with `read_drafts`, also whether its draft is still
/// followup's (which means reading every draft, so only `status` asks).
pub(crate) fn noted<'a>(items: &'a [Item], config: &Config, read_drafts: bool) -> Vec<Noted<'a>> {
    items
        .iter()
        .map(|item| {
            let draft = scan::draft_path(&item.rel);
            let draft_state = if read_drafts { write::draft_state(&config.notes_dir, &draft) } else { None };
            let actions = match &item.loaded {
                Loaded::Note(planned) => {
                    let to = crate::letters::context::check_in_recipient(&planned.note);
                    due::due(planned, &draft, config.today, &[], None, to.as_deref())
                }
                Loaded::Failed => salvage::salvage(&config.notes_dir, &item.rel, config)
                    .map(|planned| {
                        let mut actions = due::due(&planned, &draft, config.today, &[], None, None);
                        // Who they were is in the part of the note that cannot be read.
                        actions.iter_mut().for_each(|a| a.who = String::new());
                        actions
                    })
                    .unwrap_or_default(),
                Loaded::Skipped(_) => Vec::new(),
            };
            Noted { item, actions, draft_state }
        })
        .collect()
}

/// Every next action of a folder's open interviews, upcoming ones included.
pub fn all_actions(config: &Config) -> Vec<Due> {
    let items = load(config);
    let mut actions: Vec<Due> = noted(&items, config, false).into_iter().flat_map(|n| n.actions).collect();
    actions.sort_by(|a, b| (&a.due, a.what, &a.note).cmp(&(&b.due, b.what, &b.note)));
    actions
}

/// The tasks of a folder, most urgent first. A note's fix goes right after its most urgent
/// task, when it has one: an overdue thank-you of a broken note stays at the top, the fix beside it.
/// Also how many interviews have gone quiet (their action overdue by more than
/// `stale_after_days`): counted, not listed.
pub fn tasks(config: &Config) -> (Vec<Task>, usize) {
    let items = load(config);
    let mut quiet = 0;
    let rank = |t: &Task| -> u8 {
        match (t.kind, t.urgency) {
            ("thank-you", "overdue" | "due today") => 0,
            ("check-in", "overdue" | "due today") => 1,
            ("thank-you", _) => 2,
            ("check-in", _) => 3,
            ("review-draft", _) => 4,
            _ => 5,
        }
    };
    // (rank, due, note, 1 for a fix placed beside the note's most urgent task)
    type Order = (u8, Option<String>, String, u8);
    let mut keyed: Vec<(Order, Task)> = Vec::new();
    for n in noted(&items, config, true) {
        quiet += usize::from(n.actions.iter().any(|a| a.urgency == "gone quiet"));
        let tasks = tasks_of(&n);
        let first = tasks.iter().filter(|t| t.kind != "fix-note").map(|t| (rank(t), t.due.clone())).min();
        for t in tasks {
            let (rank, due, beside) = match (&first, t.kind) {
                (Some((rank, due)), "fix-note") => (*rank, due.clone(), 1),
                _ => (rank(&t), t.due.clone(), 0),
            };
            keyed.push(((rank, due, n.item.rel.clone(), beside), t));
        }
    }
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    (keyed.into_iter().map(|(_, t)| t).collect(), quiet)
}

/// One note's tasks: what is due (not the upcoming), its draft to review while it is still
/// followup's and the interview open, and the note to fix when it has an error.
fn tasks_of(n: &Noted) -> Vec<Task> {
    let mut tasks = Vec::new();
    let planned = match &n.item.loaded {
        Loaded::Note(p) => Some(p),
        _ => None,
    };
    let company = planned
        .map(|p| p.note.company.clone().unwrap_or_default())
        .or_else(|| n.actions.first().map(|a| a.company.clone()))
        .unwrap_or_default();
    for a in n.actions.iter().filter(|a| a.urgency != "upcoming" && a.urgency != "gone quiet") {
        let what = if a.what == "thank-you" { "send the thank-yous" } else { "check in" };
        tasks.push(Task {
            kind: a.what,
            due: Some(a.due.clone()),
            urgency: a.urgency,
            what: what.to_owned(),
            company: a.company.clone(),
            who: a.who.clone(),
            note: a.note.clone(),
            // A broken note's draft is the one an earlier build left, if any.
            draft: Some(a.draft.clone()).filter(|_| planned.is_some() || n.draft_state.is_some()),
        });
    }
    if let Some(p) = planned {
        let open = !crate::pipeline::plan::is_closed(p.note.status.as_deref()) && !p.note.thanked;
        if n.draft_state == Some(State::Generated) && open {
            tasks.push(Task {
                kind: "review-draft",
                due: None,
                urgency: "pending",
                what: match crate::letters::context::ledger(&p.note).to_add.len() {
                    0 => "review and personalise the draft".to_owned(),
                    1 => "write 1 line in your own words, then review the draft".to_owned(),
                    n => format!("write {n} lines in your own words, then review the draft"),
                },
                company: company.clone(),
                who: String::new(),
                note: n.item.rel.clone(),
                draft: Some(scan::draft_path(&n.item.rel)),
            });
        }
    }
    if let Some(error) = n.item.diagnostics.iter().find(|d| d.is_error()) {
        tasks.push(Task {
            kind: "fix-note",
            due: None,
            urgency: "pending",
            what: format!("fix the note: {}", error.message),
            company,
            who: String::new(),
            note: format!("{}:{}:{}", error.path, error.line.max(1), error.column.max(1)),
            draft: None,
        });
    }
    tasks
}

/// ANSI colours, or nothing when output is piped or `NO_COLOR` is set.
#[derive(Debug, Clone, Copy)]
pub struct Colours {
    pub red: &'static str,
    pub yellow: &'static str,
    pub dim: &'static str,
    pub reset: &'static str,
}

impl Colours {
    /// Colours on a terminal, unless `NO_COLOR` says otherwise (<https://no-color.org>).
    pub fn detect() -> Colours {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if std::io::stdout().is_terminal() && !no_color {
            Colours { red: "\x1b[31m", yellow: "\x1b[33m", dim: "\x1b[2m", reset: "\x1b[0m" }
        } else {
            Colours { red: "", yellow: "", dim: "", reset: "" }
        }
    }
}
