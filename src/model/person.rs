//! A person met or helped by: who they are, and how a message reaches them.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Whether someone interviewed the candidate or helped along the way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Interviewer,
    Helper,
}

/// How a message reaches its reader: in writing (an email, a letter, a card), or in words the
/// user says themselves (a call, a text, in person), for which no message is drafted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Email,
    Letter,
    Card,
    Phone,
    Text,
    #[serde(rename = "in person")]
    InPerson,
    /// A message on LinkedIn (`Find me on LinkedIn`, `- [ ] LinkedIn note to Tom`): the user's own
    /// words, like a text.
    #[serde(rename = "linkedin")]
    LinkedIn,
    /// Thanked in the message to another, who passes the thanks on (`ask her to pass thanks to
    /// Ama`): the note's `thanks_passed_by`.
    #[serde(rename = "passed on")]
    Passed,
}

impl Channel {
    /// Reads a channel name as people write it (`e-mail`, `Letter`, `note card`, `by phone`…).
    pub fn parse(text: &str) -> Option<Channel> {
        let t = text.trim().to_lowercase();
        match t.strip_prefix("by ").unwrap_or(&t) {
            "email" | "e-mail" | "mail" => Some(Channel::Email),
            "letter" | "post" | "postal" | "postal letter" => Some(Channel::Letter),
            "card" | "note card" | "thank-you card" | "handwritten" | "handwritten card" => Some(Channel::Card),
            "phone" | "call" | "a call" | "phone call" => Some(Channel::Phone),
            "text" | "sms" | "text message" => Some(Channel::Text),
            "in person" | "in-person" | "face to face" => Some(Channel::InPerson),
            "linkedin" | "linkedin message" => Some(Channel::LinkedIn),
            _ => None,
        }
    }

    /// The lowercase name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Letter => "letter",
            Channel::Card => "card",
            Channel::Phone => "phone",
            Channel::Text => "text",
            Channel::InPerson => "in person",
            Channel::LinkedIn => "LinkedIn",
            Channel::Passed => "passed on",
        }
    }

    /// True for the channels a message is drafted for.
    pub fn is_written(self) -> bool {
        matches!(self, Channel::Email | Channel::Letter | Channel::Card)
    }

    /// How the user thanks someone on a channel with no draft: `by phone`, `by text`, `in person`.
    pub fn spoken(self) -> Option<&'static str> {
        match self {
            Channel::Phone => Some("by phone"),
            Channel::Text => Some("by text"),
            Channel::InPerson => Some("in person"),
            Channel::LinkedIn => Some("on LinkedIn"),
            Channel::Email | Channel::Letter | Channel::Card | Channel::Passed => None,
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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
    /// What the note calls them, when it is their given name's short form or nickname
    /// (`[[Tomasz Wierzbicki|Tom]]`): the letters greet them so.
    #[serde(default)]
    pub called: Option<String>,
    /// True when they asked to be called so (`told me to call him Paddy`): a doctor is greeted
    /// by it too.
    #[serde(default)]
    pub called_as_asked: bool,
    /// What the note says they did, when a rule understood it (`ran the system design round`).
    #[serde(default)]
    pub did: Option<Did>,
    /// True when the note says this person has had their thank-you already (`thanked: true`,
    /// `Thank-you sent: Tamsin ✅`): the draft writes them none.
    #[serde(default)]
    pub thanked: bool,
    /// True when the note says to reach them through the company's careers inbox (`- Tama –
    /// email to careers@ "attn Tama"`): `email` is the inbox's, and the email is for their
    /// attention.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub via_inbox: bool,
}

/// What a person did, as the note says it and a letter can say it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Did {
    /// Ran a part of the interview: `system design round`.
    Ran(String),
    /// Asked about something: `my on-call setup`.
    Asked(String),
    /// Showed the writer something: `architecture` (from "walked me through the architecture").
    Showed(String),
    /// Helped, said as what one thanks them for: `rebooking my flight`.
    Helped(String),
    /// Met only in passing, as the note says it: `shook hands in the hallway, 2 min tops`. Their
    /// letter thanks them for the moment, and recalls no conversation.
    Greeted(String),
}

impl Did {
    /// The note's words for what they did: the part, topic, thing or help.
    pub fn words(&self) -> &str {
        match self {
            Did::Ran(words) | Did::Asked(words) | Did::Showed(words) | Did::Helped(words) | Did::Greeted(words) => {
                words
            }
        }
    }

    /// `words`, to tidy in place.
    pub fn words_mut(&mut self) -> &mut String {
        match self {
            Did::Ran(words) | Did::Asked(words) | Did::Showed(words) | Did::Helped(words) | Did::Greeted(words) => {
                words
            }
        }
    }
}

impl Person {
    /// The person's kind, interviewer unless stated otherwise.
    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Interviewer)
    }
}
