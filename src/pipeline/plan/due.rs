//! What is due on a given day, and how urgent: the thank-yous and check-ins of a planned note,
//! and the warnings about check-ins whose day has passed. The dashboard, `status`, `list`,
//! `inspect` and the `.ics` export all ask here.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use super::{Planned, awaits_answer, is_closed};
use crate::diagnostic::{Diagnostic, Position};
use crate::text::english;

/// A check-in due within this many days shows among the next actions.
const CHECK_IN_HORIZON_DAYS: i32 = 7;

/// Something to do about one interview.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub due: String,
    pub due_day: String,
    /// `overdue`, `due today`, `due soon`, `upcoming`, or `gone quiet` (overdue by more than
    /// `stale_after_days`: no longer something to act on, and listed apart).
    pub urgency: &'static str,
    /// `thank-you` or `check-in`.
    pub what: &'static str,
    pub who: String,
    pub company: String,
    pub note: String,
    pub draft: String,
    /// `mailto:` links that open the emails to send: {name, url}.
    pub emails: Vec<EmailLink>,
}

/// A `mailto:` link to one person.
#[derive(Debug, Clone, Serialize)]
pub struct EmailLink {
    pub name: String,
    pub url: String,
}

/// Warnings that depend on today: check-ins whose date passed while the status still awaits an
/// answer.
pub fn overdue_warnings(planned: &Planned, today: Date) -> Vec<Diagnostic> {
    let note = &planned.note;
    match planned.check_in_on {
        Some(on) if on < today && !note.checked_in && awaits_answer(note.status.as_deref()) => {
            let status = note.status.as_deref().map_or("no status".to_owned(), |s| format!("status `{s}`"));
            vec![
                Diagnostic::warning(
                    &note.path,
                    Position { line: note.date_line.max(1), column: 1 },
                    format!("the check-in date ({}) has passed with {status}", english::full_date(on)),
                )
                .with_help("send the check-in from the draft, then set `checked_in: YYYY-MM-DD` or update `status`"),
            ]
        }
        _ => Vec::new(),
    }
}

/// What is due for a note, upcoming items included: the thank-yous until `thanked`, and the
/// check-in while the company has not answered. One action at a time: once the check-in's day
/// has come, an unsent thank-you gives way to it. `check_in_to` is whom the draft's check-in is
/// written to (`letters::context::check_in_recipient`); `None`, the hiring team. `draft` is the draft's path; `thanks` and
/// `check_in` are the `mailto:` links of the emails to send, as (name, link).
pub fn due(
    planned: &Planned,
    draft: &str,
    today: Date,
    thanks: &[(String, String)],
    check_in: Option<&(String, String)>,
    check_in_to: Option<&str>,
) -> Vec<Due> {
    let note = &planned.note;
    let (Some(date), false) = (note.date, is_closed(note.status.as_deref())) else { return Vec::new() };
    if date > today {
        return Vec::new();
    }
    let company = note.company.clone().unwrap_or_default();
    let mut out = Vec::new();
    let email_links = |pairs: &[(String, String)]| -> Vec<EmailLink> {
        pairs.iter().map(|(name, url)| EmailLink { name: name.clone(), url: url.clone() }).collect()
    };
    let make = |what, due: Date, who: String, emails: Vec<EmailLink>| Due {
        due: due.to_string(),
        due_day: english::day(due),
        urgency: urgency(due, today, planned.stale_after_days),
        what,
        who,
        company: company.clone(),
        note: note.path.clone(),
        draft: draft.to_owned(),
        emails,
    };
    let check_in_pending = !note.checked_in && awaits_answer(note.status.as_deref());
    let check_in_come = check_in_pending && planned.check_in_on.is_some_and(|on| on <= today);
    // Whose thank-you is still to send: not one the note says had theirs, nor an interviewer the
    // note says not to contact.
    let owed: Vec<String> =
        note.people.iter().filter(|p| !p.thanked && note.may_contact(p)).map(|p| p.name.clone()).collect();
    let who = match (note.people.is_empty(), owed.is_empty()) {
        (true, _) => Some("the hiring team".to_owned()),
        (false, true) => None,
        (false, false) => Some(english::join(&owed)),
    };
    if let (Some(by), false, false, Some(who)) = (planned.thank_you_by, note.thanked, check_in_come, who) {
        out.push(make("thank-you", by, who, email_links(thanks)));
    }
    if let (Some(on), true) = (planned.check_in_on, check_in_pending) {
        let check_in: Vec<(String, String)> = check_in.into_iter().cloned().collect();
        let who = check_in_to.map_or_else(|| "the hiring team".to_owned(), str::to_owned);
        out.push(make("check-in", on, who, email_links(&check_in)));
    }
    out
}

/// Which of a note's emails may go today, as (thank-yous, check-in): the thank-yous from the
/// interview's day until `thanked`, and the check-in from its day while the company has not
/// answered, until either has gone quiet. `export eml` writes these, and only these, into the
/// outbox.
pub fn sendable_today(planned: &Planned, today: Date) -> (bool, bool) {
    let due: Vec<Due> =
        due(planned, "", today, &[], None, None).into_iter().filter(|d| d.urgency != "gone quiet").collect();
    let thanks = due.iter().any(|d| d.what == "thank-you");
    let check_in = due.iter().any(|d| d.what == "check-in") && planned.check_in_on.is_some_and(|on| on <= today);
    (thanks, check_in)
}

fn urgency(due: Date, today: Date, stale_after_days: i32) -> &'static str {
    if today.checked_sub(stale_after_days.max(0).days()).is_ok_and(|quiet| due < quiet) {
        "gone quiet"
    } else if due < today {
        "overdue"
    } else if due == today {
        "due today"
    } else if today.checked_add(CHECK_IN_HORIZON_DAYS.days()).is_ok_and(|horizon| due <= horizon) {
        "due soon"
    } else {
        "upcoming"
    }
}
