//! The sentences around what a note says: a message's subject, its opening (by the reader's role
//! and channel), its closing (by where the process stands) and its sign-off, and the check-in's.
//!
//! With `highlights` and `clarify`, this is every sentence of a letter: a template lays the
//! paragraphs out and adds nothing to them. What each sentence may say comes from `Frame`, the
//! facts of the note and the draft that the wording depends on.

use crate::letters::context::Message;
use crate::model::{Channel, Kind, ProcessPosition};
use crate::text::english;

/// What the frame of a note's letters depends on.
pub struct Frame<'a> {
    /// `the Staff Engineer role`, or `the role`.
    pub role: &'a str,
    /// ` at Globex`, or nothing.
    pub at_company: &'a str,
    pub company: Option<&'a str>,
    /// `Globex`, or `your team`.
    pub team: &'a str,
    pub position: Option<&'a str>,
    /// `final round`, `phone screen`…
    pub stage_text: &'a str,
    /// The interview's day, `Wednesday, October 14`, when the note gives a date.
    pub day: Option<&'a str>,
    /// The interviewers' names, joined; empty when the note names none.
    pub interviewer_names: &'a str,
    pub closed: bool,
    pub offer: bool,
    pub advanced: bool,
    pub process: Option<ProcessPosition>,
    /// The day the check-in is due, when a check-in is planned.
    pub check_in_day: Option<&'a str>,
}

/// The reader of one message, as the frame sees them.
pub struct Reader<'a> {
    pub kind: Kind,
    pub channel: Channel,
    pub role: Option<&'a str>,
    pub title: Option<&'a str>,
}

impl Frame<'_> {
    /// Puts a message's subject, paragraphs and sign-off in.
    pub fn fill(&self, m: &mut Message) {
        let reader = Reader { kind: m.kind, channel: m.channel, role: m.role.as_deref(), title: m.title.as_deref() };
        m.subject = self.subject(&reader);
        m.paragraphs = self.paragraphs(&reader, &m.highlights, &m.clarifications);
        m.sign_off = Frame::sign_off(m.channel);
    }

    /// An email's subject.
    pub fn subject(&self, reader: &Reader) -> String {
        match (reader.kind, self.position) {
            (Kind::Helper, _) => "Thank you for your help".to_owned(),
            (_, Some(position)) => format!("Thank you — {position} interview"),
            (_, None) => "Thank you for your time".to_owned(),
        }
    }

    /// The message's paragraphs: the opening, the highlights and clarifications (already
    /// sentences, each group one paragraph), and the closing.
    pub fn paragraphs(&self, reader: &Reader, highlights: &[String], clarifications: &[String]) -> Vec<String> {
        if reader.kind == Kind::Helper {
            return vec![self.helper_opening(reader.role)];
        }
        if reader.channel == Channel::Card {
            return vec![self.card(highlights.first())];
        }
        let mut out = vec![self.opening(reader.title, highlights.is_empty())];
        for group in [highlights, clarifications] {
            if !group.is_empty() {
                out.push(group.join(" "));
            }
        }
        out.push(self.closing());
        out
    }

    /// How a message signs off on its channel.
    pub fn sign_off(channel: Channel) -> &'static str {
        match channel {
            Channel::Email => "Best regards,",
            Channel::Letter => "Sincerely,",
            Channel::Card => "Warmly,",
        }
    }

    /// ` on Wednesday, October 14`, or nothing.
    fn on_day(&self) -> String {
        self.day.map_or_else(String::new, |day| format!(" on {day}"))
    }

    /// The thanks to someone who helped, for what their role did.
    fn helper_opening(&self, role: Option<&str>) -> String {
        let (role_phrase, at, on) = (self.role, self.at_company, self.on_day());
        match role {
            Some("recruiter") => {
                let setting_up =
                    self.day.map_or_else(String::new, |d| format!(" and for setting up my conversations on {d}"));
                format!(
                    "Thank you for guiding me through the interviews for {role_phrase}{at}{setting_up}. Your help made the whole process easier, and I'm grateful for it."
                )
            }
            Some("coordinator") => {
                let names = self.interviewer_names;
                let comma = if self.day.is_some() && !names.is_empty() { "," } else { "" };
                let with = if names.is_empty() { String::new() } else { format!(" with {names}") };
                format!(
                    "Thank you for organizing my interviews{on}{comma}{with}. Everything ran smoothly, and I really appreciated your help."
                )
            }
            Some("assistant") => {
                let to = self.company.map_or_else(String::new, |c| format!(" to {c}"));
                format!(
                    "Thank you for your help{on}: you made my visit{to} easy and welcoming, and I really appreciated it."
                )
            }
            Some("referrer") => {
                let had = match self.day {
                    Some(day) => format!(" I had my {} on {day}, and I'm", self.stage_text),
                    None => " I'm".to_owned(),
                };
                format!(
                    "Thank you for referring me for {role_phrase}{at}.{had} grateful you put my name forward. I'll let you know how it goes."
                )
            }
            _ => format!("Thank you for your help with my {}{at}{on}. I really appreciated it.", self.stage_text),
        }
    }

    /// A card to an interviewer: thanks, one highlight, and a last word.
    fn card(&self, highlight: Option<&String>) -> String {
        let highlight = highlight.map_or_else(String::new, |h| format!("{h} "));
        let last = if self.closed {
            "I'm grateful for the time you took with me.".to_owned()
        } else {
            format!("I'm excited about {} and hope to see you again soon.", self.role)
        };
        format!("Thank you for meeting with me{}. {highlight}{last}", self.on_day())
    }

    /// The thanks that opens a letter or email to an interviewer; without highlights to recall,
    /// it says what the conversation was about.
    fn opening(&self, title: Option<&str>, no_highlights: bool) -> String {
        let on = self.day.map_or_else(String::new, |day| format!(" on {day},"));
        let mut out = format!(
            "Thank you for taking the time to meet with me{on} to talk about {}{}.",
            self.role, self.at_company
        );
        if no_highlights {
            let work = title.map_or_else(String::new, |t| format!(" as {}", english::with_article(t)));
            out.push_str(&format!(" I enjoyed our conversation and learning more about your work{work}."));
        }
        out
    }

    /// The last paragraph: where things stand, and whether one may check in.
    fn closing(&self) -> String {
        let ask = self.check_in_day.map_or_else(String::new, |day| {
            format!(" Would it be all right if I checked in with you on {day}, if I haven't heard anything by then?")
        });
        let team = self.team;
        if self.closed && self.offer {
            "I'm delighted to have received the offer, and grateful for the time you took with me.".to_owned()
        } else if self.closed {
            format!("I'm grateful for the time you took and for everything I learned about {team}.")
        } else if self.advanced {
            let with = if self.company.is_some() { format!(" with {team}") } else { String::new() };
            format!(
                "I'm glad to be moving on to the next step, and I look forward to continuing the conversation{with}."
            )
        } else {
            let stands = match self.process {
                Some(ProcessPosition::End) => format!(
                    "I understand you are close to a decision, and I want to say again how much I would welcome the chance to join {team}."
                ),
                Some(ProcessPosition::Beginning) => {
                    "I know this is an early step in your process, and I'm very interested in continuing the conversation.".to_owned()
                }
                Some(ProcessPosition::Middle) => "I understand there are more conversations ahead, and I'm looking forward to them: I'm very interested in the role and in the work your team is doing.".to_owned(),
                None => "I'm very interested in the role and in the work your team is doing.".to_owned(),
            };
            stands + &ask
        }
    }

    /// The check-in's subject.
    pub fn check_in_subject(&self) -> String {
        format!("Following up on {}{}", self.role, self.at_company)
    }

    /// The check-in's paragraphs; `to_someone` when it goes to a named person.
    pub fn check_in_paragraphs(&self, to_someone: bool) -> Vec<String> {
        let on = self.day.map_or_else(String::new, |day| format!(" on {day},"));
        let help = if to_someone { " and for your help throughout the process" } else { "" };
        vec![
            format!(
                "I hope you're well. I wanted to follow up on my {}{on} for {}. I'm still very interested in the position, and I'd be grateful for any update you can share on the timeline.",
                self.stage_text, self.role
            ),
            format!("Thank you again for your time{help}."),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame<'a>() -> Frame<'a> {
        Frame {
            role: "the Staff Engineer role",
            at_company: " at Acme",
            company: Some("Acme"),
            team: "Acme",
            position: Some("Staff Engineer"),
            stage_text: "final round",
            day: Some("Wednesday, October 14"),
            interviewer_names: "Ana Souza and Bo Li",
            closed: false,
            offer: false,
            advanced: false,
            process: Some(ProcessPosition::End),
            check_in_day: Some("Wednesday, October 28"),
        }
    }

    fn reader(kind: Kind, channel: Channel, role: Option<&'static str>) -> Reader<'static> {
        Reader { kind, channel, role, title: Some("CTO") }
    }

    #[test]
    fn a_letter_to_an_interviewer_opens_recalls_takes_up_and_closes() {
        let highlights = ["I was especially glad that you liked my design.".to_owned()];
        let clarify = ["One thing I'd like to add.".to_owned(), "And another.".to_owned()];
        let p = frame().paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &highlights, &clarify);
        assert_eq!(p.len(), 4, "{p:?}");
        assert_eq!(
            p[0],
            "Thank you for taking the time to meet with me on Wednesday, October 14, to talk about the Staff Engineer role at Acme."
        );
        assert_eq!(p[1], highlights[0]);
        assert_eq!(p[2], "One thing I'd like to add. And another.");
        assert!(p[3].starts_with("I understand you are close to a decision"), "{}", p[3]);
        assert!(p[3].ends_with("checked in with you on Wednesday, October 28, if I haven't heard anything by then?"));
    }

    #[test]
    fn without_highlights_the_opening_says_what_the_talk_was_about() {
        let mut f = frame();
        f.day = None;
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Email, None), &[], &[]);
        assert_eq!(
            p[0],
            "Thank you for taking the time to meet with me to talk about the Staff Engineer role at Acme. I enjoyed our conversation and learning more about your work as a CTO."
        );
    }

    #[test]
    fn helpers_are_thanked_for_what_their_role_did() {
        let f = frame();
        let opening = |role| f.paragraphs(&reader(Kind::Helper, Channel::Card, role), &[], &[]).remove(0);
        assert!(opening(Some("recruiter")).contains("and for setting up my conversations on Wednesday, October 14."));
        assert!(
            opening(Some("coordinator")).starts_with(
                "Thank you for organizing my interviews on Wednesday, October 14, with Ana Souza and Bo Li."
            )
        );
        assert!(opening(Some("assistant")).contains("you made my visit to Acme easy and welcoming"));
        assert!(opening(Some("referrer")).contains("I had my final round on Wednesday, October 14, and I'm grateful"));
        assert!(opening(None).starts_with("Thank you for your help with my final round at Acme on Wednesday"));
    }

    #[test]
    fn the_closing_follows_where_the_process_stands() {
        let closing =
            |f: Frame| f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]).pop().unwrap();
        let mut f = frame();
        (f.closed, f.offer) = (true, true);
        assert!(closing(f).starts_with("I'm delighted to have received the offer"));
        let mut f = frame();
        f.closed = true;
        assert_eq!(closing(f), "I'm grateful for the time you took and for everything I learned about Acme.");
        let mut f = frame();
        f.advanced = true;
        assert!(closing(f).starts_with("I'm glad to be moving on to the next step"));
        let mut f = frame();
        (f.process, f.check_in_day) = (None, None);
        assert_eq!(closing(f), "I'm very interested in the role and in the work your team is doing.");
    }

    #[test]
    fn a_card_to_an_interviewer_is_one_short_paragraph() {
        let highlight = ["I was glad that you liked my design.".to_owned()];
        let p = frame().paragraphs(&reader(Kind::Interviewer, Channel::Card, None), &highlight, &[]);
        assert_eq!(
            p,
            [
                "Thank you for meeting with me on Wednesday, October 14. I was glad that you liked my design. I'm excited about the Staff Engineer role and hope to see you again soon."
            ]
        );
    }

    #[test]
    fn subjects_and_sign_offs_follow_the_reader_and_channel() {
        let f = frame();
        assert_eq!(f.subject(&reader(Kind::Helper, Channel::Email, None)), "Thank you for your help");
        assert_eq!(f.subject(&reader(Kind::Interviewer, Channel::Email, None)), "Thank you — Staff Engineer interview");
        assert_eq!(Frame::sign_off(Channel::Card), "Warmly,");
        assert_eq!(f.check_in_subject(), "Following up on the Staff Engineer role at Acme");
    }
}
