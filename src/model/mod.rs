//! The plain data that flows between stages: a note as followup understood it.
//!
//! No I/O and no parsing here: `extract` fills these types in, `plan` reads them. Their serde form
//! is the `inspect --json` contract documented in README.md, so renaming a field is a breaking
//! change for users' scripts.

use std::collections::BTreeMap;
use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Serialize, Serializer};

/// One interview note, as extracted from its front matter and body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// Path relative to the notes folder, with `/` separators.
    pub path: String,
    pub company: Option<String>,
    pub position: Option<String>,
    pub date: Option<Date>,
    pub stage: Option<String>,
    pub format: Option<String>,
    pub process_position: Option<ProcessPosition>,
    pub status: Option<String>,
    pub people: Vec<Person>,
    pub highlights: Vec<Highlight>,
    pub clarifications: Vec<String>,
    pub next_steps: Vec<String>,
    /// True once the thank-you notes are marked sent (`thanked: true` or a date).
    pub thanked: bool,
    /// True once the check-in is marked sent (`checked_in: true` or a date).
    pub checked_in: bool,
    /// Front-matter keys followup does not know, passed through to templates.
    pub extra: BTreeMap<String, serde_json::Value>,
    /// Where the date was found, for diagnostics about it.
    pub date_line: usize,
}

impl Note {
    /// True when the note records something of the interview itself: whom you met, what went
    /// well, or what to clarify. With a date, that is what a draft is made of.
    pub fn records_the_meeting(&self) -> bool {
        !self.people.is_empty() || !self.highlights.is_empty() || !self.clarifications.is_empty()
    }
}

/// Whether someone interviewed the candidate or helped along the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Interviewer,
    Helper,
}

/// How a message reaches its reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Letter,
    Card,
}

impl Channel {
    /// Reads a channel name as people write it (`e-mail`, `Letter`, `note card`…).
    pub fn parse(text: &str) -> Option<Channel> {
        let t = text.trim().to_lowercase();
        match t.as_str() {
            "email" | "e-mail" | "mail" => Some(Channel::Email),
            "letter" | "post" | "postal" | "postal letter" => Some(Channel::Letter),
            "card" | "note card" | "thank-you card" | "handwritten" | "handwritten card" => Some(Channel::Card),
            _ => None,
        }
    }

    /// The lowercase name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Letter => "letter",
            Channel::Card => "card",
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where an interview sits in the employer's hiring process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProcessPosition {
    Beginning,
    Middle,
    End,
}

impl ProcessPosition {
    /// Reads `beginning`, `early`, `middle`, `end`, `final`… as people write them.
    pub fn parse(text: &str) -> Option<ProcessPosition> {
        let t = text.trim().to_lowercase();
        match t.as_str() {
            "beginning" | "begin" | "start" | "early" | "first" => Some(ProcessPosition::Beginning),
            "middle" | "mid" | "midway" => Some(ProcessPosition::Middle),
            "end" | "late" | "final" | "last" => Some(ProcessPosition::End),
            _ => None,
        }
    }
}

/// Someone the candidate met or was helped by.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub title: Option<String>,
    pub kind: Option<Kind>,
    /// For helpers: recruiter, coordinator, assistant, referrer…
    pub role: Option<String>,
    pub email: Option<String>,
    /// True when the candidate has already exchanged email with this person.
    pub emailed: bool,
    /// The channel the note asks for, or the one `plan` chose (see `inspect`).
    pub channel: Option<Channel>,
    /// A postal address, for letters.
    pub address: Option<String>,
    /// The 1-based line where the person was found.
    pub line: usize,
}

impl Person {
    /// The person's kind, interviewer unless stated otherwise.
    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Interviewer)
    }
}

/// Something that went well in the interview, and whom it is about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Highlight {
    pub text: String,
    /// Names of the people the highlight mentions.
    pub about: Vec<String>,
}

/// Serializes an optional date as `YYYY-MM-DD` or null.
pub fn opt_date<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}
