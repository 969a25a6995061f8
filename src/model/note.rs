//! A note as followup understood it: the interview, where it stands, what went well.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Person;

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
    /// Those the note met but says to send nothing (`- phil - nothing, he barely saw me`): no
    /// message, and a later note still knows them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_thanked: Vec<Person>,
    /// Those the note met only in passing and plans no thanks for (`| Lukas Nowak | Head Chef |
    /// — | Said hello in the kitchen on the tour. That's it. |`): no message; the draft says so.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub met_in_passing: Vec<Person>,
    pub highlights: Vec<Highlight>,
    pub clarifications: Vec<String>,
    /// The person a clarification is for, when the note wrote it in a section about them
    /// (`## System design with Rohan`): clarification → name.
    #[serde(default)]
    pub clarified_with: BTreeMap<String, String>,
    pub next_steps: Vec<String>,
    /// The steps the note says come next, as a letter can name them (`the plant tour`, `a
    /// possible final round with Don`).
    #[serde(default)]
    pub steps: Vec<Step>,
    /// The day the note says the company will decide or answer by ("decision by March 12").
    #[serde(default)]
    pub decision_by: Option<Date>,
    /// The day the note says the next round takes place ("a second round, probably next Monday,
    /// the 23rd"): no check-in is due before it.
    #[serde(default)]
    pub next_round_on: Option<Date>,
    /// How many rounds the note says are still to come ("round 2 of 5", "two more rounds").
    #[serde(default)]
    pub rounds_left: Option<usize>,
    /// Days off the note's own words name, which no letter should be due on, besides the
    /// configured `holidays` (`decision "before Thanksgiving"`: Thanksgiving and the day after).
    #[serde(default)]
    pub days_off: Vec<Date>,
    /// True once the thank-you notes are marked sent (`thanked: true` or a date).
    pub thanked: bool,
    /// True once the check-in is marked sent (`checked_in: true` or a date).
    pub checked_in: bool,
    /// Front-matter keys followup does not know, passed through to templates.
    pub extra: BTreeMap<String, serde_json::Value>,
    /// Where the date was found, for diagnostics about it.
    pub date_line: usize,
    /// Where each field came from, for `inspect`: `company`, `position`, `date`, `stage`, and
    /// `person NAME`, each to the key or the part of the note that gave it (`` `met_on` ``,
    /// `the folder`, `the first heading`, `the file name`).
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
    /// Lines that say how someone took something, or what did not come across, which no rule
    /// could read: the draft lists them for the user to write in their own words.
    #[serde(default)]
    pub unread: Vec<Unread>,
    /// What the note says of contacting the interviewers: not directly (`NO contacting panel
    /// members directly. Everything through Keisha`).
    #[serde(default)]
    pub hands_off: Option<HandsOff>,
    /// The one who asked for the thank-you notes, to pass them on (`Please send everything through
    /// me, including thank-you notes — I'll make sure the panel gets them`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_on_by: Option<String>,
    /// The one whose message carries the thanks to those whose channel is `Passed` (`Short email
    /// to Trudy tonight to pass on thanks to Gareth + Ola`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thanks_passed_by: Option<String>,
    /// The one the note says will call with the answer (`ray said he'd call by end of week`,
    /// `Grace will call`): the check-in's reader when nobody has written to you.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<String>,
    /// The one the note says to write to if nothing comes back (`If nothing by Mon 14/12, email
    /// Harpreet.`, `if nothing by Mon Nov 30, nudge Rosa`): the check-in's reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checks_in_with: Option<String>,
    /// The day the note says to check in on if nothing comes back (`nothing by Tue 12/1 -> email
    /// Denise`): the check-in's day, before any reckoning from the decision or the interview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in_said: Option<Date>,
    /// Whom the note says to ring if nothing comes back (`if nothing by Thu 3 Dec ring Jess`,
    /// `If silent by Wed 9 Dec → call Mr. Otieno`), by name, or as the note writes one it names
    /// nowhere else: the check-in is a call, and no written one is drafted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in_call: Option<String>,
    /// The lines of the note that say a message went out (`- Bart: template + thanks + Sonntag fix
    /// sent 20-11 ✔`), with the day each gives: what this note tells the earlier notes of its
    /// company of their thanks (`memory`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sent_lines: Vec<SentLine>,
    /// Spellings the note says were wrong (`Dr Fionnuala HEGARTY. not "Hegarity".`), each with the
    /// name as it is spelled: what this note tells the earlier notes of its company.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spelled_wrong: Vec<(String, String)>,
}

/// A line of a note that says a message went out, and the day it gives, if any.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SentLine {
    pub text: String,
    pub day: Option<Date>,
}

/// The note's rule that the interviewers are not to be contacted directly.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HandsOff {
    /// Whom the rule is about, as a letter's plan can say it: `the panel`, `your interviewers`.
    pub whom: String,
    /// The one the note says to go through instead, when it names someone it lists.
    pub through: Option<String>,
    /// The word of a title the rule is about, when it is about some only (`board`: "don't reach
    /// out to board members directly"); `None`: every interviewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titled: Option<String>,
    /// True when the rule sends everything through `through` (`all comms through him`): those
    /// who helped are not written to directly either.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub everything: bool,
    /// The people the rule names, when it is about them alone (`Don't loop in Sam Okafor`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub named: Vec<String>,
    /// The line that says so.
    pub line: usize,
}

impl HandsOff {
    /// True when the rule is about some of those met only: board members, or the people it names.
    pub fn partial(&self) -> bool {
        self.titled.is_some() || !self.named.is_empty()
    }

    /// True when the rule is about `person`.
    pub fn covers(&self, person: &Person) -> bool {
        if self.through.as_ref() == Some(&person.name) {
            return false;
        }
        if !self.named.is_empty() {
            return self.named.contains(&person.name);
        }
        match &self.titled {
            Some(word) => person.title.as_deref().is_some_and(|t| t.to_lowercase().contains(word.as_str())),
            None => person.kind() == super::Kind::Interviewer || (self.everything && self.through.is_some()),
        }
    }
}

/// A line of the note that carries something for a letter that followup could not read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Unread {
    /// The sentence as the note wrote it.
    pub text: String,
    /// `highlight` or `clarification`: what it seems to be.
    pub kind: String,
    /// The person it is about, when it names one.
    pub about: Option<String>,
    pub line: usize,
}

impl Note {
    /// True unless the note says not to contact `person` directly: an interviewer, under a
    /// hands-off rule, other than the one it says to go through.
    pub fn may_contact(&self, person: &Person) -> bool {
        self.hands_off.as_ref().is_none_or(|rule| !rule.covers(person))
    }

    /// True when the note records something of the interview itself: whom you met, what went
    /// well, or what to clarify. With a date, that is what a draft is made of.
    pub fn records_the_meeting(&self) -> bool {
        !self.people.is_empty() || !self.highlights.is_empty() || !self.clarifications.is_empty()
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

/// A step of the hiring process that the note says comes next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// What it is, as a letter names it: `plant tour`, `final round`, `second conversation`,
    /// `take-home assignment`, `references`.
    pub what: String,
    /// Whom it is with, when the note names them: `Carl`, `the team`.
    pub with: Option<String>,
    /// True when the note says it may not happen (`possible final w/ Don`, `if yes → coffee`).
    pub maybe: bool,
}

impl Step {
    /// True for references, which one gets ready rather than looks forward to.
    pub fn is_references(&self) -> bool {
        self.what == "references"
    }

    /// True for the writer's own work rather than a meeting (`take-home assignment`, `case
    /// study`, `presentation`): done by the time of a check-in.
    pub fn is_task(&self) -> bool {
        const TASKS: &[&str] = &["assignment", "exercise", "project", "study", "test", "presentation", "demonstration"];
        TASKS.iter().any(|t| self.what.ends_with(t))
    }

    /// How `inspect` shows it: `final round with Don (maybe)`.
    pub fn describe(&self) -> String {
        let with = self.with.as_ref().map_or_else(String::new, |w| format!(" with {w}"));
        let maybe = if self.maybe { " (maybe)" } else { "" };
        format!("{}{with}{maybe}", self.what)
    }
}

/// Something that went well in the interview, and whom it is about.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Highlight {
    pub text: String,
    /// Names of the people the highlight mentions.
    pub about: Vec<String>,
    /// The line of the note it is on (0 when unknown).
    #[serde(default)]
    pub line: usize,
}
