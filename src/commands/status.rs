//! `followup status`: what to do now, most urgent first.

use std::io::Write as _;

use jiff::civil::Date;

use super::agenda::{Colours, Task, tasks};
use crate::Outcome;
use crate::commands::ignore_broken_pipe;
use crate::config::Config;
use crate::error::Error;
use crate::text::printable::printable;
use unicode_width::UnicodeWidthStr as _;

/// Runs `status`.
///
/// # Errors
/// Fatal problems only; broken notes are tasks.
pub fn run(config: &Config, json: bool) -> Result<Outcome, Error> {
    let (tasks, quiet) = tasks(config);
    let mut out = std::io::stdout().lock();
    let text = if json {
        serde_json::to_string_pretty(&tasks).expect("tasks serialize: strings only") + "\n"
    } else {
        let mut text = render_status(&tasks, config.today, Colours::detect());
        if quiet > 0 {
            let (n, s) =
                if quiet == 1 { ("1 interview has", "its") } else { (&*format!("{quiet} interviews have"), "their") };
            text += &format!(
                "{n} gone quiet, {s} follow-up overdue for over {} days: the dashboard lists them apart\n",
                config.stale_after_days
            );
        }
        text
    };
    out.write_all(text.as_bytes()).or_else(ignore_broken_pipe)?;
    Ok(Outcome::Clean)
}

/// The widest the "company: people" column gets; a longer one is cut with `…`.
const WHOM_WIDTH: usize = 80;
/// The widest the "what" column gets (a note's fix quotes its error, which `check` gives whole).
const WHAT_WIDTH: usize = 48;

fn render_status(tasks: &[Task], today: Date, c: Colours) -> String {
    if tasks.is_empty() {
        return format!("Nothing to do as of {}.\n", crate::text::english::full_date(today));
    }
    let rows: Vec<(&Task, String, String, String)> = tasks
        .iter()
        .map(|t| {
            let whom = match (t.company.is_empty(), t.who.is_empty()) {
                (false, false) => format!("{}: {}", t.company, t.who),
                (false, true) => t.company.clone(),
                (true, false) => t.who.clone(),
                (true, true) => String::new(),
            };
            // Text from notes is shown, never obeyed by the terminal; the colours are ours.
            (
                t,
                crate::text::printable::fit(&printable(&t.what), WHAT_WIDTH),
                crate::text::printable::fit(&printable(&whom), WHOM_WIDTH),
                printable(t.draft.as_deref().unwrap_or(&t.note)).into_owned(),
            )
        })
        .collect();
    // The file column lines up after the widest "company: people" (counted in terminal columns:
    // 李娜 takes four).
    let widest = rows.iter().map(|(_, _, whom, _)| whom.width()).max().unwrap_or(0);
    let widest_what = rows.iter().map(|(_, what, _, _)| what.width()).max().unwrap_or(0);
    let mut s = String::new();
    for (t, what, whom, file) in rows {
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
        let pad = " ".repeat(widest - whom.width());
        let what_pad = " ".repeat(widest_what - what.width());
        s.push_str(&format!(
            "{colour}{:<10}{reset} {:<11} {what}{what_pad}  {whom}{pad}  {dim}{file}{reset}\n",
            t.urgency,
            due,
            reset = c.reset,
            dim = c.dim
        ));
    }
    s
}
