//! `followup list`: every interview on one line, newest first, filtered.

use std::io::Write as _;

use jiff::civil::Date;
use serde::Serialize;
use unicode_width::UnicodeWidthStr as _;

use super::agenda::{Colours, load, noted};
use crate::Outcome;
use crate::commands::ignore_broken_pipe;
use crate::config::Config;
use crate::error::Error;
use crate::pipeline::Loaded;
use crate::pipeline::plan::status;

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
///
/// # Errors
/// When `--status` names a status that is neither a documented one nor one a note gives: it
/// would list nothing, and say nothing of the typo.
pub fn lines(config: &Config, filter: &Filter) -> Result<Vec<Line>, Error> {
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
        .collect();
    if let Some(wanted) = &filter.status {
        check_status(wanted, &lines)?;
    }
    lines.retain(|l| {
        let company = filter
            .company
            .as_ref()
            .is_none_or(|c| l.company.as_deref().is_some_and(|lc| lc.to_lowercase().contains(&c.to_lowercase())));
        // A note that gives no status is awaiting feedback once its interview has taken place,
        // and scheduled before: what a person means by leaving it out.
        let implied = || match l.date.as_deref().and_then(|d| d.parse::<Date>().ok()) {
            Some(day) if day > config.today => Some("scheduled"),
            Some(_) => Some("awaiting-feedback"),
            None => None,
        };
        let given = l.status.as_deref().or_else(implied);
        let status = filter.status.as_ref().is_none_or(|s| given.is_some_and(|ls| status::same(ls, s)));
        let since =
            filter.since.is_none_or(|d| l.date.as_deref().and_then(|x| x.parse::<Date>().ok()).is_some_and(|x| x >= d));
        company && status && since
    });
    lines.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    Ok(lines)
}

/// Refuses a `--status` that no note gives and README does not document, naming those that are.
fn check_status(wanted: &str, lines: &[Line]) -> Result<(), Error> {
    let mut in_notes: Vec<&str> = lines.iter().filter_map(|l| l.status.as_deref()).collect();
    if status::KNOWN.iter().chain(&in_notes).any(|s| status::same(s, wanted)) {
        return Ok(());
    }
    in_notes.sort_unstable();
    in_notes.dedup_by(|a, b| status::same(a, b));
    in_notes.retain(|s| !status::KNOWN.iter().any(|k| status::same(k, s)));
    let all: Vec<&str> = status::KNOWN.iter().copied().chain(in_notes.iter().copied()).collect();
    let meant = crate::text::spelling::near_miss(&wanted.to_lowercase(), all.iter().copied());
    let mut message = format!("no interview has the status `{}`", crate::text::printable::printable(wanted));
    if let Some(meant) = meant {
        message += &format!(" (did you mean `{meant}`?)");
    }
    message += &format!("; the statuses are {}", all.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", "));
    Err(Error::Refused(message))
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
        // Not even one name and a count fit: cut the first name.
        .unwrap_or_else(|| crate::text::printable::fit(&all, width))
}

/// Runs `list`.
///
/// # Errors
/// Fatal problems only.
pub fn run(config: &Config, filter: &Filter, json: bool) -> Result<Outcome, Error> {
    let lines = lines(config, filter)?;
    // Text from notes is shown, never obeyed by the terminal; the colours are ours.
    let shown = |text: &str| crate::text::printable::printable(text).into_owned();
    let text = if json {
        serde_json::to_string_pretty(&lines).expect("lines serialize: strings only") + "\n"
    } else {
        let c = Colours::detect();
        let rows: Vec<[String; 5]> = lines
            .iter()
            .map(|l| {
                [
                    l.date.clone().unwrap_or_else(|| " ".repeat(10)),
                    l.company.as_deref().map_or_else(|| "—".to_owned(), shown),
                    l.position.as_deref().map(shown).unwrap_or_default(),
                    l.stage.as_deref().map(shown).unwrap_or_default(),
                    shown(&people_cell(&l.people, PEOPLE_WIDTH)),
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
