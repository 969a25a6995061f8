//! The draft's context: everything the draft template sees, made from a planned note.
//!
//! One message per person (or one to the hiring team when nobody is named), each with its
//! salutation, the highlights and clarifications turned into sentences for that reader (`voice`),
//! and the check-in. Which highlights go to whom is decided here; how each becomes a sentence is
//! `voice`'s.

use jiff::civil::Date;
use serde::Serialize;

use crate::config::{Config, Sender};
use crate::letters::voice::{self, Frame};
use crate::model::{Channel, Highlight, Kind, Note, Person, ProcessPosition};
use crate::pipeline::extract::people;
use crate::pipeline::plan::{Planned, awaits_answer, channel, is_advanced, is_closed};
use crate::text::{english, markdown};

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
    /// The people a letter goes to whose postal address the note does not give (Markdown text).
    pub needs_address: Vec<String>,
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
    /// The message's place among the draft's interviewers, or among its helpers of the same
    /// role, from 0: the wording of the frame varies with it.
    pub rank: usize,
    /// Sentences taking up what did not come across.
    pub clarifications: Vec<String>,
    /// The email's subject.
    pub subject: String,
    /// The letter itself, paragraph by paragraph: the opening, the highlights, the
    /// clarifications and the closing, each finished (`voice`).
    pub paragraphs: Vec<String>,
    /// `Best regards,`, `Sincerely,` or `Warmly,`, by channel.
    pub sign_off: &'static str,
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
    /// How it greets its reader: their salutation, else the team.
    pub greeting: String,
    pub subject: String,
    pub paragraphs: Vec<String>,
    /// A `mailto:` link for the check-in, when it has a recipient (set by `mail`).
    pub mailto: Option<String>,
}

/// Builds the draft template's context for a planned note.
pub fn draft_context<'a>(planned: &'a Planned, config: &'a Config) -> DraftContext<'a> {
    let note = &planned.note;
    let mut order: Vec<&Person> = note.people.iter().collect();
    order.sort_by_key(|p| p.kind());
    let interviewers: Vec<&Person> = order.iter().copied().filter(|p| p.kind() == Kind::Interviewer).collect();
    let mut messages = messages(note, &order, &interviewers);
    let closed = is_closed(note.status.as_deref());
    let send_list = send_list(&messages);
    let needs_address = messages
        .iter()
        .filter(|m| m.channel == Channel::Letter && !m.is_team && m.address.is_none())
        .map(|m| markdown::text(&m.name).into_owned())
        .collect();
    let view = NoteView::new(note);
    let date = note.date.map(DateView::new);
    let check_in_on = planned.check_in_on.map(DateView::new);
    let interviewer_names = english::join(&interviewers.iter().map(|p| p.name.clone()).collect::<Vec<_>>());
    let checks_in = awaits_answer(note.status.as_deref()) && check_in_on.is_some();
    let frame = Frame {
        role: &view.role,
        at_company: &view.at_company,
        company: view.company,
        team: &view.team,
        position: view.position,
        stage_text: &view.stage_text,
        day: date.as_ref().map(|d| d.day.as_str()),
        interviewer_names: &interviewer_names,
        closed,
        offer: view.offer,
        advanced: is_advanced(note.status.as_deref()),
        process: note.process_position,
        check_in_day: check_in_on.as_ref().filter(|_| checks_in).map(|d| d.day.as_str()),
    };
    for m in &mut messages {
        frame.fill(m);
    }
    let check_in = checks_in.then(|| check_in(&order, &frame));
    let advanced = frame.advanced;
    DraftContext {
        note: view,
        sender: &config.sender,
        date,
        thank_you_by: planned.thank_you_by.map(DateView::new),
        check_in_on,
        messages,
        check_in,
        closed,
        advanced,
        process: note.process_position,
        interviewer_names,
        note_file: note.path.rsplit('/').next().unwrap_or(&note.path).to_owned(),
        send_list,
        needs_address,
        signature: signature(&config.sender),
    }
}

impl<'a> NoteView<'a> {
    fn new(note: &'a Note) -> NoteView<'a> {
        NoteView {
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
        }
    }
}

/// One message per person in `order`, or the one to the hiring team when the note names nobody.
///
/// Panel members compare letters, so what is about nobody in particular is shared out rather
/// than repeated: each general highlight goes to one interviewer (those with fewest highlights
/// of their own first), and each clarification to the interviewer it names, else to one
/// interviewer in turn, a letter or an email rather than a card when there is one.
fn messages(note: &Note, order: &[&Person], interviewers: &[&Person]) -> Vec<Message> {
    // Talk of pay stays in the note: a thank-you letter is no place for it.
    let highlights: Vec<&Highlight> = note.highlights.iter().filter(|h| !voice::is_about_pay(&h.text)).collect();
    let general: Vec<&str> = highlights.iter().filter(|h| h.about.is_empty()).map(|h| h.text.as_str()).collect();
    let own = |p: &Person| highlights.iter().filter(|h| h.about.contains(&p.name)).count();
    let mut by_need: Vec<usize> = (0..interviewers.len()).collect();
    by_need.sort_by_key(|&i| (own(interviewers[i]).min(MAX_HIGHLIGHTS), i));
    let mut shares: Vec<Vec<&str>> = vec![Vec::new(); interviewers.len()];
    if !by_need.is_empty() {
        for (i, text) in general.iter().enumerate() {
            shares[by_need[i % by_need.len()]].push(text);
        }
    }
    let writes = |p: &&Person| channel_of(p) != Channel::Card;
    let letters: Vec<usize> = (0..interviewers.len()).filter(|&i| writes(&interviewers[i])).collect();
    let targets = if letters.is_empty() { (0..interviewers.len()).collect() } else { letters };
    let mut clarify: Vec<Vec<&str>> = vec![Vec::new(); interviewers.len()];
    let mut turn = 0;
    for c in &note.clarifications {
        let named: Vec<usize> = targets.iter().copied().filter(|&i| names(c, interviewers[i])).collect();
        if named.is_empty() && !targets.is_empty() {
            clarify[targets[turn % targets.len()]].push(c);
            turn += 1;
        }
        for i in named {
            clarify[i].push(c);
        }
    }
    let mut helper_ranks: Vec<Option<&str>> = Vec::new();
    let mut messages: Vec<Message> = order
        .iter()
        .map(|person| match interviewers.iter().position(|p| p.name == person.name) {
            Some(rank) => message(person, &highlights, &shares[rank], &clarify[rank], rank),
            None => {
                let role = person.role.as_deref();
                let rank = helper_ranks.iter().filter(|r| **r == role).count();
                helper_ranks.push(role);
                message(person, &[], &[], &[], rank)
            }
        })
        .collect();
    if messages.is_empty() {
        messages.push(team_message(note, &general));
    }
    messages
}

/// The channel a person's message takes.
fn channel_of(person: &Person) -> Channel {
    person.channel.unwrap_or_else(|| channel(person, None))
}

/// What to send to whom: `an email to Hannah Lee and a card to Maria Chen`.
fn send_list(messages: &[Message]) -> String {
    english::join(
        &messages
            .iter()
            .map(|m| {
                format!(
                    "{} to {}",
                    english::with_article(m.channel.as_str()),
                    if m.is_team { "the hiring team".to_owned() } else { markdown::text(&m.name).into_owned() }
                )
            })
            .collect::<Vec<_>>(),
    )
}

/// The sign-off lines (signature, else name) joined with Markdown line breaks; empty if unset.
fn signature(sender: &Sender) -> String {
    sender
        .signature
        .as_deref()
        .or(sender.name.as_deref())
        .unwrap_or_default()
        .trim()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("  \n")
}

/// How many highlights one message recalls: enough to be specific, few enough to read as a letter.
const MAX_HIGHLIGHTS: usize = 3;

/// A person's message: `highlights` are the note's that a letter may recall, `general` the
/// share of those about no one in particular that this message recalls, `clarify` its share of
/// the clarifications. A helper gets none of them.
fn message(person: &Person, highlights: &[&Highlight], general: &[&str], clarify: &[&str], rank: usize) -> Message {
    let kind = person.kind();
    let (highlights, has_own_highlight, clarifications) = if kind == Kind::Interviewer {
        let own: Vec<&str> =
            highlights.iter().filter(|h| h.about.contains(&person.name)).map(|h| h.text.as_str()).collect();
        let picked: Vec<&str> = own.iter().chain(general.iter()).copied().take(MAX_HIGHLIGHTS).collect();
        (
            voice::highlight_sentences(&picked, &person.name),
            !own.is_empty(),
            voice::clarification_sentences(clarify, &person.name),
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
        channel: channel_of(person),
        kind,
        role: person.role.clone(),
        is_team: false,
        highlights,
        has_own_highlight,
        rank,
        clarifications,
        subject: String::new(),
        paragraphs: Vec::new(),
        sign_off: "",
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
        rank: 0,
        clarifications: voice::clarification_sentences(&clarify, ""),
        subject: String::new(),
        paragraphs: Vec::new(),
        sign_off: "",
        mailto: None,
    }
}

/// True when `text` names `person`, by full or given name.
fn names(text: &str, person: &Person) -> bool {
    let lower = text.to_lowercase();
    crate::text::words::contains_word(&lower, &people::bare_name(&person.name).to_lowercase())
        || crate::text::words::contains_word(&lower, &people::first_name(&person.name).to_lowercase())
}

/// The check-in: to a recruiter or coordinator one emails with, else an interviewer one emails
/// with, else anyone one emails with; with nobody, to the team through whatever channel.
fn check_in(people: &[&Person], frame: &Frame) -> CheckIn {
    let emailed = |p: &&&Person| p.channel == Some(Channel::Email) && p.email.is_some();
    let to = people
        .iter()
        .filter(emailed)
        .find(|p| matches!(p.role.as_deref(), Some("recruiter" | "coordinator")))
        .or_else(|| people.iter().filter(emailed).find(|p| p.kind() == Kind::Interviewer))
        .or_else(|| people.iter().find(emailed));
    let salutation = to.map(|p| voice::salutation(&p.name));
    CheckIn {
        name: to.map(|p| p.name.clone()),
        greeting: salutation.clone().unwrap_or_else(|| format!("{} team", frame.team)),
        salutation,
        email: to.and_then(|p| p.email.clone()),
        subject: frame.check_in_subject(),
        paragraphs: frame.check_in_paragraphs(to.is_some()),
        mailto: None,
    }
}
