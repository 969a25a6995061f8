//! `followup status`: what to do now, most urgent first.

use std::io::Write as _;

use jiff::civil::Date;

use super::agenda::{Colours, Task, tasks};
use crate::Outcome;
use crate::commands::ignore_broken_pipe;
use crate::config::Config;
use crate::error::Error;
use crate::text::printable::printable;

/// Runs `status`.
///
/// # Errors
/// Fatal problems only; broken notes are tasks.
pub fn run(config: &Config, json: bool) -> Result<Outcome, Error> {
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
        // Text from notes is shown, never obeyed by the terminal; the colours are ours.
        let (whom, file) = (printable(&whom), printable(t.draft.as_deref().unwrap_or(&t.note)));
        s.push_str(&format!(
            "{colour}{:<10}{reset} {:<11} {:<34} {whom}  {dim}{file}{reset}\n",
            t.urgency,
            due,
            printable(&t.what),
            reset = c.reset,
            dim = c.dim
        ));
    }
    s
}
