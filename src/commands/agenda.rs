//! `followup status` and `followup list`: what to do now, and every interview on one line each.
//!
//! Both run the pipeline up to the plan (like `inspect`), write nothing, and reuse the
//! dashboard's idea of what is due, so the terminal and the dashboard never disagree.

use std::io::{IsTerminal, Write as _};

use jiff::civil::Date;
use serde::Serialize;
use unicode_width::{UnicodeWidthChar as _, UnicodeWidthStr as _};

use crate::config::Config;
use crate::error::Error;
use crate::output::fingerprint::State;
use crate::output::write;
use crate::pipeline::plan::due::{self, Due};
use crate::pipeline::scan;
use crate::pipeline::{self, Item, Loaded};
use crate::{Outcome, ignore_broken_pipe};

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
struct Noted<'a> {
    item: &'a Item,
    /// Its next actions, upcoming ones included, as the dashboard has them.
    actions: Vec<Due>,
    draft_state: Option<State>,
}

fn load(config: &Config) -> Vec<Item> {
    let found = scan::find(&config.notes_dir, &config.skip);
    pipeline::run(&found.notes, config)
}

/// Each item with its next actions; with `read_drafts`, also whether its draft is still
/// followup's (which means reading every draft, so only `status` asks).
fn noted<'a>(items: &'a [Item], config: &Config, read_drafts: bool) -> Vec<Noted<'a>> {
    items
        .iter()
        .map(|item| {
            let draft = scan::draft_path(&item.rel);
            let draft_state = if read_drafts { write::draft_state(&config.notes_dir, &draft) } else { None };
            let actions = match &item.loaded {
                Loaded::Note(planned) => due::due(planned, &draft, config.today, &[], None),
                _ => Vec::new(),
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

/// The tasks of a folder, most urgent first.
pub fn tasks(config: &Config) -> Vec<Task> {
    let items = load(config);
    let mut tasks = Vec::new();
    for n in noted(&items, config, true) {
        let company = match &n.item.loaded {
            Loaded::Note(p) => p.note.company.clone().unwrap_or_default(),
            _ => String::new(),
        };
        if matches!(n.item.loaded, Loaded::Note(_)) {
            for a in n.actions.iter().filter(|a| a.urgency != "upcoming") {
                let what = if a.what == "thank-you" { "send the thank-yous" } else { "check in" };
                tasks.push(Task {
                    kind: a.what,
                    due: Some(a.due.clone()),
                    urgency: a.urgency,
                    what: what.to_owned(),
                    company: a.company.clone(),
                    who: a.who.clone(),
                    note: a.note.clone(),
                    draft: Some(a.draft.clone()),
                });
            }
            let open = matches!(&n.item.loaded, Loaded::Note(p) if !crate::pipeline::plan::is_closed(p.note.status.as_deref()) && !p.note.thanked);
            if n.draft_state == Some(State::Generated) && open {
                tasks.push(Task {
                    kind: "review-draft",
                    due: None,
                    urgency: "pending",
                    what: "review and personalise the draft".to_owned(),
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
    }
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
    tasks.sort_by(|a, b| (rank(a), &a.due, &a.note).cmp(&(rank(b), &b.due, &b.note)));
    tasks
}

/// Runs `status`.
///
/// # Errors
/// Fatal problems only; broken notes are tasks.
pub fn status(config: &Config, json: bool) -> Result<Outcome, Error> {
    let tasks = tasks(config);
    let mut out = std::io::stdout().lock();
    let text = if json {
        serde_json::to_string_pretty(&tasks).expect("tasks serialize: strings only") + "\n"
    } else {
        render_status(&tasks, config.today, Colours::detect())
    };
    out.write_all(text.as_bytes()).or_else(ignore_broken_pipe)?;
    Ok(Outcome::Clean)
}

fn render_status(tasks: &[Task], today: Date, c: Colours) -> String {
    if tasks.is_empty() {
        return format!("Nothing to do as of {}.\n", crate::text::english::full_date(today));
    }
    let mut s = String::new();
    for t in tasks {
        let colour = match t.urgency {
            "overdue" => c.red,
            "due today" | "due soon" => c.yellow,
            _ => c.dim,
        };
        let due = t
            .due
            .as_deref()
            .and_then(|d| d.parse::<Date>().ok())
            .map_or(String::new(), |d| d.strftime("%a %b %-d").to_string());
        let whom = match (t.company.is_empty(), t.who.is_empty()) {
            (false, false) => format!("{}: {}", t.company, t.who),
            (false, true) => t.company.clone(),
            (true, false) => t.who.clone(),
            (true, true) => String::new(),
        };
        let file = t.draft.as_deref().unwrap_or(&t.note);
        s.push_str(&format!(
            "{colour}{:<10}{reset} {:<11} {:<34} {whom}  {dim}{file}{reset}\n",
            t.urgency,
            due,
            t.what,
            reset = c.reset,
            dim = c.dim
        ));
    }
    s
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

/// One interview, as `list --json` prints it.
#[derive(Debug, Serialize)]
pub struct Line {
    pub path: String,
    pub date: Option<String>,
    pub company: Option<String>,
    pub position: Option<String>,
    pub stage: Option<String>,
    pub status: Option<String>,
    pub people: Vec<String>,
    /// The next thing to do: `{what, due}`, or null.
    pub next_action: Option<NextAction>,
}

/// The next action of an interview.
#[derive(Debug, Serialize)]
pub struct NextAction {
    pub what: &'static str,
    pub due: String,
}

/// Filters for `list`.
#[derive(Debug, Default)]
pub struct Filter {
    pub company: Option<String>,
    pub status: Option<String>,
    pub since: Option<Date>,
}

/// The interviews of a folder, newest first, filtered.
pub fn lines(config: &Config, filter: &Filter) -> Vec<Line> {
    let items = load(config);
    let mut lines: Vec<Line> = noted(&items, config, false)
        .into_iter()
        .filter_map(|n| {
            let Loaded::Note(planned) = &n.item.loaded else { return None };
            let note = &planned.note;
            let next = n.actions.iter().min_by(|a, b| a.due.cmp(&b.due));
            Some(Line {
                path: note.path.clone(),
                date: note.date.map(|d| d.to_string()),
                company: note.company.clone(),
                position: note.position.clone(),
                stage: note.stage.clone(),
                status: note.status.clone(),
                people: note.people.iter().map(|p| p.name.clone()).collect(),
                next_action: next.map(|a| NextAction { what: a.what, due: a.due.clone() }),
            })
        })
        .filter(|l| {
            let company = filter
                .company
                .as_ref()
                .is_none_or(|c| l.company.as_deref().is_some_and(|lc| lc.to_lowercase().contains(&c.to_lowercase())));
            let status =
                filter.status.as_ref().is_none_or(|s| l.status.as_deref().is_some_and(|ls| ls.eq_ignore_ascii_case(s)));
            let since = filter
                .since
                .is_none_or(|d| l.date.as_deref().and_then(|x| x.parse::<Date>().ok()).is_some_and(|x| x >= d));
            company && status && since
        })
        .collect();
    lines.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    lines
}

/// The widest the people column of `list` gets; a longer list names those that fit and says how
/// many more there are (`--json` has them all).
const PEOPLE_WIDTH: usize = 48;

/// `names` joined, within `width` terminal columns: `Ana Souza, Ben Okafor, and 2 more`.
fn people_cell(names: &[String], width: usize) -> String {
    let all = crate::text::english::join(names);
    if all.width() <= width {
        return all;
    }
    (1..names.len())
        .rev()
        .map(|shown| {
            let mut some = names[..shown].to_vec();
            some.push(format!("{} more", names.len() - shown));
            crate::text::english::join(&some)
        })
        .find(|text| text.width() <= width)
        .unwrap_or_else(|| {
            // Not even one name and a count fit: cut the first name.
            let mut out = String::new();
            for c in all.chars() {
                if out.width() + c.width().unwrap_or(0) + 1 > width {
                    break;
                }
                out.push(c);
            }
            out.trim_end().to_owned() + "…"
        })
}

/// Runs `list`.
///
/// # Errors
/// Fatal problems only.
pub fn list(config: &Config, filter: &Filter, json: bool) -> Result<Outcome, Error> {
    let lines = lines(config, filter);
    let text = if json {
        serde_json::to_string_pretty(&lines).expect("lines serialize: strings only") + "\n"
    } else {
        let c = Colours::detect();
        let rows: Vec<[String; 5]> = lines
            .iter()
            .map(|l| {
                [
                    l.date.clone().unwrap_or_else(|| " ".repeat(10)),
                    l.company.clone().unwrap_or_else(|| "—".to_owned()),
                    l.position.clone().unwrap_or_default(),
                    l.stage.clone().unwrap_or_default(),
                    people_cell(&l.people, PEOPLE_WIDTH),
                ]
            })
            .collect();
        // Columns as wide as their widest cell, counted in the terminal's columns (李娜 takes four).
        let widths: Vec<usize> = (0..5).map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0)).collect();
        rows.iter()
            .zip(&lines)
            .map(|(row, l)| {
                let next = l.next_action.as_ref().map_or(String::new(), |a| format!("{} by {}", a.what, a.due));
                let mut line = String::new();
                for (cell, width) in row.iter().zip(&widths) {
                    line.push_str(cell);
                    line.push_str(&" ".repeat(width - cell.width() + 2));
                }
                if next.is_empty() {
                    format!("{}\n", line.trim_end())
                } else {
                    format!("{line}{}{next}{}\n", c.dim, c.reset)
                }
            })
            .collect()
    };
    std::io::stdout().lock().write_all(text.as_bytes()).or_else(ignore_broken_pipe)?;
    Ok(Outcome::Clean)
}
