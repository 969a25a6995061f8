//! Plan stage: applies the follow-up advice to one note.
//!
//! Input is an extracted `Note` and the `Config`; output is a `Planned` note (every person with
//! the channel to reach them, the thank-you and check-in dates, the warnings) and, from it, the
//! `DraftContext` that the draft template renders. The advice encoded here: thank each person by
//! name within `thank_you_days`; email only people you have already exchanged email with, else a
//! letter (interviewers) or a card (helpers); lead each message with that person's highlights;
//! take up what did not come across; say where you are in the process; check in after
//! `follow_up_days`. Nothing here depends on today, so a draft changes only with its note.

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::config::{Config, Sender};
use crate::diagnostic::{Diagnostic, Position};
use crate::letters::voice;
use crate::model::{Channel, Highlight, Kind, Note, Person, ProcessPosition};
use crate::pipeline::extract::people;
use crate::text::english;

/// A note with the follow-up decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Planned {
    /// The note, with every person's channel filled in.
    pub note: Note,
    pub thank_you_by: Option<Date>,
    pub check_in_on: Option<Date>,
    /// Warnings about the plan (nobody named, an address never emailed…).
    pub warnings: Vec<Diagnostic>,
    /// False when the note records no interview yet (no date, people, highlights or points to
    /// clarify): a thank-you for a meeting that has not happened would be wrong, so no draft.
    pub drafted: bool,
}

/// Statuses after which no check-in is due.
pub fn is_closed(status: Option<&str>) -> bool {
    status_starts_with(
        status,
        &[
            "rejected",
            "withdrawn",
            "declined",
            "accepted",
            "offer accepted",
            "hired",
            "closed",
            "offer",
            "offer received",
            "not selected",
            "no offer",
        ],
    )
}

/// Statuses that say the company answered and the process goes on (`advanced`, `next round`):
/// nothing to check in about, though the thank-yous are still due.
pub fn is_advanced(status: Option<&str>) -> bool {
    // Not "passed": a company that passed on you did not advance you.
    status_starts_with(status, &["advanced", "next round", "moved forward", "moving forward"])
}

/// True when the status, normalised, is one of `words` or starts with one and a space.
fn status_starts_with(status: Option<&str>, words: &[&str]) -> bool {
    let Some(status) = status else { return false };
    let s = crate::pipeline::extract::sections::normalize(status);
    words.iter().any(|w| s == *w || s.strip_prefix(w).is_some_and(|rest| rest.starts_with(' ')))
}

/// True when a check-in is still to come: the company has not answered, by the status.
pub fn awaits_answer(status: Option<&str>) -> bool {
    !is_closed(status) && !is_advanced(status)
}

/// Free webmail domains: mail from an unknown address there tends to land in spam.
const WEBMAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "gmx.com",
    "gmx.net",
    "proton.me",
    "protonmail.com",
    "mail.com",
    "yandex.com",
    "zoho.com",
];

/// True when `email` is on a free webmail domain.
pub fn is_webmail(email: &str) -> bool {
    email.rsplit_once('@').is_some_and(|(_, domain)| WEBMAIL.contains(&domain.to_lowercase().as_str()))
}

/// Decides channels, dates and warnings for a note.
pub fn plan(mut note: Note, config: &Config) -> Planned {
    let mut warnings = Vec::new();
    for person in &mut note.people {
        person.channel = Some(channel(person));
        if person.email.is_some() && !person.emailed && person.channel != Some(Channel::Email) {
            warnings.push(
                Diagnostic::warning(&note.path, line(person.line), format!("{} has an email address but you have not exchanged email yet: drafting a {} instead", person.name, person.channel.unwrap_or(Channel::Letter)))
                    .with_help("mail from an unknown sender tends to land in spam; set `emailed: true` once you have corresponded, or `channel: email` to email anyway"),
            );
        }
    }
    let drafted = note.date.is_some() || note.records_the_meeting();
    // An application that ended before any interview (`status: rejected`, no date or people)
    // needs nothing: no draft, and nothing to warn about.
    if !drafted {
        if !is_closed(note.status.as_deref()) {
            warnings.push(
                Diagnostic::warning(
                    &note.path,
                    Position::START,
                    "nothing about an interview yet (no date, people or highlights): no draft is written",
                )
                .with_help("add the interview's `date:` and the people you met"),
            );
        }
    } else if note.people.is_empty() {
        warnings.push(
            Diagnostic::warning(&note.path, Position::START, "nobody is named: the draft thanks the hiring team")
                .with_help("list the people you met under `interviewers:` or a `## People` heading, as `Name, Title`"),
        );
    }
    let thank_you_by = note.date.and_then(|d| d.checked_add(config.thank_you_days.days()).ok());
    let check_in_on = note.date.and_then(|d| d.checked_add(config.follow_up_days.days()).ok());
    Planned { note, thank_you_by, check_in_on, warnings, drafted }
}

fn line(line: usize) -> Position {
    Position { line: line.max(1), column: 1 }
}

/// The channel for a person: an explicit one wins; email only after an exchange of email.
pub fn channel(person: &Person) -> Channel {
    if let Some(c) = person.channel {
        return c;
    }
    match (person.email.is_some() && person.emailed, person.kind()) {
        (true, _) => Channel::Email,
        (false, Kind::Interviewer) => Channel::Letter,
        (false, Kind::Helper) => Channel::Card,
    }
}

/// A date in the forms templates need.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `2026-10-14`
    pub iso: String,
    /// `Wednesday, October 14`
    pub day: String,
    /// `October 14, 2026`
    pub full: String,
}

impl DateView {
    fn new(date: Date) -> DateView {
        DateView { iso: date.to_string(), day: english::day(date), full: english::full_date(date) }
    }
}

/// Everything the draft template sees.
#[derive(Debug, Serialize)]
pub struct DraftContext<'a> {
    pub note: NoteView<'a>,
    pub sender: &'a Sender,
    pub date: Option<DateView>,
    pub thank_you_by: Option<DateView>,
    pub check_in_on: Option<DateView>,
    /// One message per person, interviewers first.
    pub messages: Vec<Message>,
    /// The check-in to send on `check_in_on`, unless the process is closed.
    pub check_in: Option<CheckIn>,
    /// True when the status says the process is over (rejected, offer, withdrawn…).
    pub closed: bool,
    /// True when the status says you moved on to the next round (`advanced`).
    pub advanced: bool,
    /// `beginning`, `middle`, `end` or none.
    pub process: Option<ProcessPosition>,
    /// The interviewers' names, joined (`Hannah Lee and Gregory Park`).
    pub interviewer_names: String,
    /// The note's file name, for a link from the draft.
    pub note_file: String,
    /// What to send to whom: `an email to Hannah Lee and a card to Maria Chen`.
    pub send_list: String,
    /// The sign-off lines (signature or name) joined with Markdown line breaks; empty if unset.
    pub signature: String,
}

/// The note's own fields, as templates see them.
#[derive(Debug, Serialize)]
pub struct NoteView<'a> {
    pub path: &'a str,
    pub company: Option<&'a str>,
    pub position: Option<&'a str>,
    pub stage: Option<&'a str>,
    pub format: Option<&'a str>,
    pub status: Option<&'a str>,
    pub extra: &'a std::collections::BTreeMap<String, serde_json::Value>,
    /// `the Staff Engineer role`, or `the role` when the note names none.
    pub role: String,
    /// ` at Globex`, or nothing when the note names no company.
    pub at_company: String,
    /// `Globex`, or `your team` when the note names no company.
    pub team: String,
    /// The stage as a phrase: `final round`, `phone screen`, `technical interview`, `interview`.
    pub stage_text: String,
    /// True when the status mentions an offer.
    pub offer: bool,
}

/// One message to one person.
#[derive(Debug, Serialize)]
pub struct Message {
    pub name: String,
    /// How to greet them: `Hannah`, `Dr. Raman`.
    pub salutation: String,
    pub title: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub channel: Channel,
    pub kind: Kind,
    pub role: Option<String>,
    /// True for the message to the hiring team, written when the note names nobody.
    pub is_team: bool,
    /// Sentences recalling highlights, this person's own first.
    pub highlights: Vec<String>,
    /// True when at least one highlight is about this person.
    pub has_own_highlight: bool,
    /// Sentences taking up what did not come across.
    pub clarifications: Vec<String>,
    /// A `mailto:` link with recipient, subject and body, for email messages (set by `mail`).
    pub mailto: Option<String>,
}

/// The check-in message.
#[derive(Debug, Serialize)]
pub struct CheckIn {
    /// Whom to send it to: a recruiter or coordinator you email with, else an interviewer.
    pub name: Option<String>,
    pub salutation: Option<String>,
    pub email: Option<String>,
    /// A `mailto:` link for the check-in, when it has a recipient (set by `mail`).
    pub mailto: Option<String>,
}

/// Builds the draft template's context for a planned note.
pub fn draft_context<'a>(planned: &'a Planned, config: &'a Config) -> DraftContext<'a> {
    let note = &planned.note;
    let mut order: Vec<&Person> = note.people.iter().collect();
    order.sort_by_key(|p| p.kind());
    let interviewers: Vec<&Person> = order.iter().copied().filter(|p| p.kind() == Kind::Interviewer).collect();
    // Talk of pay stays in the note: a thank-you letter is no place for it.
    let highlights: Vec<&Highlight> = note.highlights.iter().filter(|h| !voice::is_about_pay(&h.text)).collect();
    let general: Vec<&str> = highlights.iter().filter(|h| h.about.is_empty()).map(|h| h.text.as_str()).collect();
    let mut messages: Vec<Message> = order
        .iter()
        .map(|person| {
            let rank = interviewers.iter().position(|p| p.name == person.name).unwrap_or(0);
            message(note, person, &highlights, &general, rank)
        })
        .collect();
    if messages.is_empty() {
        messages.push(team_message(note, &general));
    }
    let closed = is_closed(note.status.as_deref());
    let send_list = english::join(
        &messages
            .iter()
            .map(|m| {
                format!(
                    "{} to {}",
                    english::with_article(m.channel.as_str()),
                    if m.is_team { "the hiring team".to_owned() } else { m.name.clone() }
                )
            })
            .collect::<Vec<_>>(),
    );
    let signature = config
        .sender
        .signature
        .as_deref()
        .or(config.sender.name.as_deref())
        .unwrap_or_default()
        .trim()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("  \n");
    DraftContext {
        note: NoteView {
            path: &note.path,
            company: note.company.as_deref(),
            position: note.position.as_deref(),
            stage: note.stage.as_deref(),
            format: note.format.as_deref(),
            status: note.status.as_deref(),
            extra: &note.extra,
            role: note.position.as_ref().map_or_else(|| "the role".to_owned(), |p| format!("the {p} role")),
            at_company: note.company.as_ref().map_or_else(String::new, |c| format!(" at {c}")),
            team: note.company.clone().unwrap_or_else(|| "your team".to_owned()),
            stage_text: voice::stage_phrase(note.stage.as_deref()),
            offer: note.status.as_deref().is_some_and(|s| s.to_lowercase().contains("offer")),
        },
        sender: &config.sender,
        date: note.date.map(DateView::new),
        thank_you_by: planned.thank_you_by.map(DateView::new),
        check_in_on: planned.check_in_on.map(DateView::new),
        messages,
        check_in: (awaits_answer(note.status.as_deref()) && planned.check_in_on.is_some()).then(|| check_in(&order)),
        closed,
        advanced: is_advanced(note.status.as_deref()),
        process: note.process_position,
        interviewer_names: english::join(&interviewers.iter().map(|p| p.name.clone()).collect::<Vec<_>>()),
        note_file: note.path.rsplit('/').next().unwrap_or(&note.path).to_owned(),
        send_list,
        signature,
    }
}

/// How many highlights one message recalls: enough to be specific, few enough to read as a letter.
const MAX_HIGHLIGHTS: usize = 3;

/// A person's message: `highlights` are the note's that a letter may recall, `general` those
/// about no one in particular.
fn message(note: &Note, person: &Person, highlights: &[&Highlight], general: &[&str], rank: usize) -> Message {
    let kind = person.kind();
    let (highlights, has_own_highlight, clarifications) = if kind == Kind::Interviewer {
        let own: Vec<&str> =
            highlights.iter().filter(|h| h.about.contains(&person.name)).map(|h| h.text.as_str()).collect();
        // People without highlights of their own each lead with a different general one.
        let mut rotated: Vec<&str> = general.to_vec();
        if !rotated.is_empty() {
            let shift = rank % rotated.len();
            rotated.rotate_left(shift);
        }
        let picked: Vec<&str> = own.iter().chain(rotated.iter()).copied().take(MAX_HIGHLIGHTS).collect();
        let clarify: Vec<&str> =
            note.clarifications.iter().filter(|c| names_only(c, person, &note.people)).map(String::as_str).collect();
        (
            voice::highlight_sentences(&picked, &person.name),
            !own.is_empty(),
            voice::clarification_sentences(&clarify, &person.name),
        )
    } else {
        (Vec::new(), false, Vec::new())
    };
    Message {
        name: person.name.clone(),
        salutation: voice::salutation(&person.name),
        title: person.title.clone(),
        email: person.email.clone(),
        address: person.address.clone(),
        channel: person.channel.unwrap_or_else(|| channel(person)),
        kind,
        role: person.role.clone(),
        is_team: false,
        highlights,
        has_own_highlight,
        clarifications,
        mailto: None,
    }
}

/// The one message of a note that names nobody: a letter to the hiring team.
fn team_message(note: &Note, general: &[&str]) -> Message {
    let picked: Vec<&str> = general.iter().copied().take(MAX_HIGHLIGHTS).collect();
    let clarify: Vec<&str> = note.clarifications.iter().map(String::as_str).collect();
    Message {
        name: note.company.as_ref().map_or_else(|| "The hiring team".to_owned(), |c| format!("The {c} hiring team")),
        salutation: note.company.as_ref().map_or_else(|| "Hiring Team".to_owned(), |c| format!("{c} team")),
        title: None,
        email: None,
        address: None,
        channel: Channel::Letter,
        kind: Kind::Interviewer,
        role: None,
        is_team: true,
        highlights: voice::highlight_sentences(&picked, ""),
        has_own_highlight: false,
        clarifications: voice::clarification_sentences(&clarify, ""),
        mailto: None,
    }
}

/// A clarification goes to everyone, unless it names someone: then only to them.
fn names_only(text: &str, reader: &Person, all: &[Person]) -> bool {
    let lower = text.to_lowercase();
    let named: Vec<&Person> = all
        .iter()
        .filter(|p| {
            crate::text::words::contains_word(&lower, &people::bare_name(&p.name).to_lowercase())
                || crate::text::words::contains_word(&lower, &people::first_name(&p.name).to_lowercase())
        })
        .collect();
    named.is_empty() || named.iter().any(|p| p.name == reader.name)
}

fn check_in(people: &[&Person]) -> CheckIn {
    let emailed = |p: &&&Person| p.channel == Some(Channel::Email) && p.email.is_some();
    let to = people
        .iter()
        .filter(emailed)
        .find(|p| matches!(p.role.as_deref(), Some("recruiter" | "coordinator")))
        .or_else(|| people.iter().filter(emailed).find(|p| p.kind() == Kind::Interviewer))
        .or_else(|| people.iter().find(emailed));
    CheckIn {
        name: to.map(|p| p.name.clone()),
        salutation: to.map(|p| voice::salutation(&p.name)),
        email: to.and_then(|p| p.email.clone()),
        mailto: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, email: Option<&str>, emailed: bool, kind: Kind) -> Person {
        Person { name: name.into(), email: email.map(Into::into), emailed, kind: Some(kind), ..Person::default() }
    }

    #[test]
    fn email_only_after_an_exchange_of_email() {
        assert_eq!(channel(&person("A", Some("a@x.com"), true, Kind::Interviewer)), Channel::Email);
        assert_eq!(channel(&person("A", Some("a@x.com"), false, Kind::Interviewer)), Channel::Letter);
        assert_eq!(channel(&person("A", None, true, Kind::Interviewer)), Channel::Letter);
        assert_eq!(channel(&person("A", None, false, Kind::Helper)), Channel::Card);
        let mut explicit = person("A", None, false, Kind::Helper);
        explicit.channel = Some(Channel::Email);
        assert_eq!(channel(&explicit), Channel::Email);
    }

    #[test]
    fn closed_statuses_need_no_check_in() {
        assert!(is_closed(Some("Rejected")));
        assert!(is_closed(Some("offer")));
        assert!(!is_closed(Some("awaiting-feedback")));
        assert!(!is_closed(None));
    }

    #[test]
    fn advancing_ends_the_wait_but_not_the_process() {
        for status in ["advanced", "Next round", "moved forward to the onsite", "moving forward"] {
            assert!(is_advanced(Some(status)) && !is_closed(Some(status)) && !awaits_answer(Some(status)), "{status}");
        }
        for status in ["awaiting-feedback", "completed", "scheduled", "passed", "withdrawn"] {
            assert!(!is_advanced(Some(status)), "{status}");
        }
        assert!(awaits_answer(Some("awaiting-feedback")) && awaits_answer(None) && !awaits_answer(Some("offer")));
    }

    #[test]
    fn webmail_domains_are_recognised() {
        assert!(is_webmail("sam@Gmail.com"));
        assert!(!is_webmail("sam@rivera.dev"));
    }
}
