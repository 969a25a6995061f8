//! The sentences around what a note says: a message's subject, its opening (by the reader's role
//! and channel), its closing (by where the process stands) and its sign-off, and the check-in's.
//!
//! With `highlights` and `clarify`, this is every sentence of a letter: a template lays the
//! paragraphs out and adds nothing to them. What each sentence may say comes from `Frame`, the
//! facts of the note and the draft that the wording depends on.

use crate::letters::context::Message;
use crate::model::{Channel, Did, Kind, ProcessPosition, Step};
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
    /// True when the note says the interview was held by phone (`format: phone, 30 min`).
    pub by_phone: bool,
    /// True when the note says it was held on a call (`Type: Panel (Zoom)`, `format: video`):
    /// nobody was welcomed in person.
    pub remote: bool,
    /// The interview's day, `Wednesday, October 14`, when the note gives a date.
    pub day: Option<&'a str>,
    /// The interviewers' names, joined; empty when the note names none.
    pub interviewer_names: &'a str,
    pub closed: bool,
    pub offer: bool,
    /// True when the company ended the process (`status: rejected`, `They went with another
    /// candidate.`): the reply asks for feedback.
    pub rejected: bool,
    pub advanced: bool,
    pub process: Option<ProcessPosition>,
    /// The day the check-in is due, when a check-in is planned.
    pub check_in_day: Option<&'a str>,
    /// The one the note says to check in with (`If nothing by Mon 14/12, email Harpreet.`): only
    /// their message asks to check in with them.
    pub checks_in_with: Option<&'a str>,
    /// The day of the next round, when the note books one (`Final with the CTO is already
    /// booked: Di 1.12.`), written for people.
    pub next_round_day: Option<&'a str>,
    /// The day the note says the company will decide by, `Wednesday, November 11`.
    pub decision_day: Option<&'a str>,
    /// How many rounds the note says are still to come.
    pub rounds_left: Option<usize>,
    /// The steps the note says come next.
    pub steps: &'a [Step],
}

/// The reader of one message, as the frame sees them.
pub struct Reader<'a> {
    pub kind: Kind,
    pub channel: Channel,
    pub role: Option<&'a str>,
    /// The message's place among the draft's messages of its kind (interviewers, or helpers of
    /// the same role), from 0: each place has its own wording, so that no two messages of a
    /// draft share a sentence (panel members compare letters).
    pub rank: usize,
    /// What the note says they did, when a rule understood it.
    pub did: Option<&'a Did>,
    /// Their name, to tell a step with them (`our next conversation`) from one with others.
    pub name: &'a str,
}

/// What an interviewer did, said back to them in place of a generic line about their work; in
/// each place's own words.
fn did_sentence(did: Option<&Did>, rank: usize) -> Option<String> {
    match did? {
        Did::Ran(part) => Some(pick(
            &[
                format!("I enjoyed the {part} you ran, and it gave me a clear picture of how your team works."),
                format!("The {part} you ran was a good chance to show how I work, and I enjoyed it."),
                format!("I enjoyed working through the {part} with you."),
                format!("Thank you as well for running the {part}; I learned a great deal from it."),
            ],
            rank,
        )),
        Did::Asked(topic) => Some(pick(
            &[
                format!("I enjoyed your questions about {topic}, and I'd be glad to say more about it."),
                format!("Your questions about {topic} were thoughtful, and I enjoyed answering them."),
                format!("I appreciated your questions about {topic}."),
                format!("I was glad you asked about {topic}, and I'd be happy to go into more detail."),
            ],
            rank,
        )),
        Did::Showed(thing) => Some(pick(
            &[
                format!("Thank you for walking me through the {thing}; it gave me a much clearer picture of the work."),
                format!("I appreciated the time you took to show me the {thing}."),
                format!("Seeing the {thing} with you made the work much more concrete for me."),
                format!(
                    "I'm grateful you took me through the {thing}, which helped me see how the pieces fit together."
                ),
            ],
            rank,
        )),
        Did::Helped(_) | Did::Greeted(_) => None,
    }
}

/// The `rank`th of `variants`, wrapping around.
fn pick<T: Clone>(variants: &[T], rank: usize) -> T {
    variants[rank % variants.len()].clone()
}

impl Frame<'_> {
    /// Puts a message's subject, paragraphs and sign-off in.
    pub fn fill(&self, m: &mut Message) {
        if m.follow_up {
            m.subject = match self.position {
                Some(position) => format!("Following up — {position} interview"),
                None => "Following up on our conversation".to_owned(),
            };
            let met = m.kind == Kind::Interviewer;
            m.paragraphs = self
                .follow_up(met, &m.clarifications, m.forward_to.as_deref(), m.rank)
                .iter()
                .map(|p| one_full_stop(p))
                .collect();
            m.sign_off = Frame::sign_off(m.channel);
            return;
        }
        let reader = Reader {
            kind: m.kind,
            channel: m.channel,
            role: m.role.as_deref(),
            rank: m.rank,
            // What they did stands in for a highlight of their own (one met in passing is
            // always thanked for the moment, not for a conversation).
            did: m.did.as_ref().filter(|d| matches!(d, Did::Greeted(_)) || !m.has_own_highlight),
            name: &m.name,
        };
        m.subject = self.subject(&reader);
        m.paragraphs =
            self.paragraphs(&reader, &m.highlights, &m.clarifications).iter().map(|p| one_full_stop(p)).collect();
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
            let mut thanks = self.helper_opening(reader.role, reader.rank);
            // A coordinator's thanks already say they organized the interviews: only other help
            // is named again.
            // (So do a recruiter's, when they thank them for setting the conversations up.)
            let opened = thanks.contains("setting up") || thanks.contains("organizing");
            let said = |help: &str| {
                (reader.role == Some("coordinator") || opened)
                    && ["scheduling ", "arranging ", "organizing ", "organising ", "coordinating "]
                        .iter()
                        .any(|verb| help.starts_with(verb))
            };
            // (Set 57: `met her for coffee downstairs before`, the writer's words of her, is no
            // help to thank her for in them: "for meeting her for coffee".)
            let of_them =
                |help: &str| help.split_whitespace().any(|w| matches!(w, "her" | "him" | "them" | "she" | "he"));
            if let Some(Did::Helped(help)) =
                reader.did.filter(|d| !matches!(d, Did::Helped(h) if said(h) || of_them(h)))
            {
                let grateful =
                    if reader.rank % 2 == 1 { "Thank you, too, for" } else { "I'm especially grateful to you for" };
                thanks.push_str(&format!(" {grateful} {help}."));
            }
            for c in clarifications {
                thanks.push(' ');
                thanks.push_str(c);
            }
            return vec![thanks];
        }
        if let Some(Did::Greeted(_)) = reader.did {
            return self.in_passing(reader, highlights, clarifications);
        }
        if reader.channel == Channel::Card {
            let mut card = self.card(
                highlights.first().cloned().or_else(|| did_sentence(reader.did, reader.rank)).as_ref(),
                reader.rank,
            );
            for c in clarifications {
                card.push(' ');
                card.push_str(c);
            }
            return vec![card];
        }
        let detail = did_sentence(reader.did, reader.rank);
        let mut out = vec![self.opening(highlights.is_empty() && detail.is_none(), reader.rank)];
        if let Some(detail) = detail {
            out[0].push(' ');
            out[0].push_str(&detail);
        }
        for group in [highlights, clarifications] {
            if !group.is_empty() {
                out.push(group.join(" "));
            }
        }
        out.extend(self.closing(reader.rank, reader.name));
        out
    }

    /// A message to someone met only in passing: thanks for the moment, what the note says of
    /// them, and interest; no conversation recalled, and no check-in asked of them.
    fn in_passing(&self, reader: &Reader, highlights: &[String], clarifications: &[String]) -> Vec<String> {
        let (on, at, role) = (self.on_day(), self.at_company, self.role);
        let stage = self.stage_text;
        // (Set 40: "when I came in for my first-round interview", of a phone screen.)
        let opening = match (self.remote || self.by_phone, reader.rank % 2 == 0) {
            (false, true) => format!(
                "Thank you for taking a moment to meet me{on}, when I came in for my {stage}{at}. It was a pleasure to meet you."
            ),
            (false, false) => {
                format!("It was a pleasure to meet you, if only briefly,{on}, when I came in for my {stage}{at}.")
            }
            (true, true) => format!(
                "Thank you for taking a moment to join the call{on} for my {stage}{at}. It was a pleasure to meet you."
            ),
            (true, false) => {
                format!("It was a pleasure to meet you, if only briefly, on the call for my {stage}{at}{on}.")
            }
        };
        let interest = if reader.rank % 2 == 0 {
            format!("I'm very interested in {role}{at}, and I hope to have the chance to work with you.")
        } else {
            format!("I would be glad to join {}, and I hope our paths cross again soon.", self.team)
        };
        let mut out = vec![opening];
        for group in [highlights, clarifications] {
            if !group.is_empty() {
                out.push(group.join(" "));
            }
        }
        out.push(interest);
        if reader.channel == Channel::Card {
            return vec![out.join(" ")];
        }
        out
    }

    /// The contact's word on the messages they pass on: `I've included my thank-you notes to
    /// Felix, Gwendolyn and Sarah-Jane below; I'd be grateful if you could pass them on.`
    pub fn hand_on(names: &[String], channel: Channel) -> String {
        let notes = if names.len() == 1 { "thank-you note" } else { "thank-you notes" };
        let them = if names.len() == 1 { "it" } else { "them" };
        let names = english::join(names);
        match channel {
            Channel::Email => format!("I've included my {notes} to {names} below. Would you please pass {them} on?"),
            _ => format!("I've enclosed my {notes} to {names}. Would you please pass {them} on?"),
        }
    }

    /// The request to pass the writer's thanks on: `I'd be grateful if you would pass my thanks on
    /// to Gareth and Ola as well.`
    pub fn pass_thanks(names: &[String]) -> String {
        format!("I'd be grateful if you would pass my thanks on to {} as well.", english::join(names))
    }

    /// How a message signs off on its channel.
    pub fn sign_off(channel: Channel) -> &'static str {
        match channel {
            Channel::Email => "Best regards,",
            Channel::Letter => "Sincerely,",
            Channel::Card
            | Channel::Phone
            | Channel::Text
            | Channel::InPerson
            | Channel::LinkedIn
            | Channel::Passed => "Warmly,",
        }
    }

    /// ` on Wednesday, October 14`, or nothing.
    fn on_day(&self) -> String {
        self.day.map_or_else(String::new, |day| format!(" on {day}"))
    }

    /// `on_day` with more of the sentence after it: `on Friday, November 27, to talk about…` closes
    /// the date with a comma; `on Friday 27 November to talk about…` has none to close.
    fn on_day_before_more(&self) -> String {
        self.day.map_or_else(String::new, |day| format!(" on {day}{}", if day.contains(',') { "," } else { "" }))
    }

    /// The thanks to someone who helped, for what their role did; a second helper of the same
    /// role (`rank` 1) is thanked in other words.
    fn helper_opening(&self, role: Option<&str>, rank: usize) -> String {
        let (role_phrase, at, on) = (self.role, self.at_company, self.on_day());
        let second = rank % 2 == 1;
        match role {
            Some("recruiter") if second => format!(
                "I'm grateful for your help with my interviews for {role_phrase}{at}{on}. You kept everything clear and easy to follow, and it made a real difference to me."
            ),
            Some("recruiter") => {
                let setting_up =
                    self.day.map_or_else(String::new, |d| format!(" and for setting up my conversations on {d}"));
                format!(
                    "Thank you for guiding me through the interviews for {role_phrase}{at}{setting_up}. Your help made the whole process easier, and I'm grateful for it."
                )
            }
            // (`Panel (Zoom)`: an assistant helped with no visit, but with the arranging.)
            Some("assistant") if self.remote => {
                let stage = self.stage_text;
                if second {
                    format!(
                        "I wanted to thank you for your help{on}. You made the arrangements easy, and it made a real difference to my day."
                    )
                } else {
                    format!(
                        "Thank you for your help with my {stage}{on}. Everything around it ran smoothly, and I'm grateful for the care you took."
                    )
                }
            }
            Some("coordinator") => {
                let names = self.interviewer_names;
                let comma = if self.day.is_some() && !names.is_empty() { "," } else { "" };
                let with = if names.is_empty() { String::new() } else { format!(" with {names}") };
                if second {
                    format!(
                        "I'm grateful to you for arranging my interviews{on}{comma}{with}. Your care made it easy to focus on the conversations themselves, and I'm thankful for it."
                    )
                } else {
                    format!(
                        "Thank you for organizing my interviews{on}{comma}{with}. Your help let me focus on the conversations, and I really appreciated it."
                    )
                }
            }
            Some("assistant") => {
                let to = self.company.map_or_else(String::new, |c| format!(" to {}", english::organisation(c)));
                let to_day = self.company.map_or_else(String::new, |c| format!(" at {}", english::organisation(c)));
                // (Set 34: a second assistant's card shared the first one's sentence.)
                if second {
                    format!(
                        "I wanted to thank you for your help{on}. Your welcome set the tone for the day{to_day}, and I was grateful for it."
                    )
                } else {
                    format!(
                        "Thank you for your help{on}. You made my visit{to} easy and welcoming, and it made a real difference to my day."
                    )
                }
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
            _ => {
                let stage = self.stage_text;
                // (Set 44: "I'm also grateful…" opened a card of its own, with nothing before it.)
                if second {
                    format!(
                        "I'm grateful for your help with my {stage}{at}{on}. You made things simpler for me, and I wanted you to know how much it meant."
                    )
                } else {
                    format!(
                        "Thank you for your help with my {stage}{at}{on}. It made the day easier, and I really appreciated the time you gave me."
                    )
                }
            }
        }
    }

    /// A card to an interviewer: thanks, one highlight, and a last word.
    fn card(&self, highlight: Option<&String>, rank: usize) -> String {
        let highlight = highlight.map_or_else(
            || {
                let said = [
                    "I enjoyed our conversation.",
                    "I appreciated hearing about your work.",
                    "It was good to learn about your team.",
                ];
                format!("{} ", pick(&said, rank))
            },
            |h| format!("{h} "),
        );
        // (A call: nobody met, nor will "see you again".)
        let call = self.remote || self.by_phone;
        let thanks = match call {
            true => pick(
                &["Thank you for speaking with me", "Thank you for your time", "Thank you for the conversation"],
                rank,
            ),
            // (Set 60: "It was a pleasure to meet you on Wednesday, December 2. It was good to learn
            // about your team." thanked Bea for nothing.)
            false => pick(
                &[
                    "Thank you for meeting with me",
                    "Thank you for your time",
                    "Thank you for taking the time to meet me",
                ],
                rank,
            ),
        };
        let role = self.role;
        let last = if self.closed {
            pick(
                &[
                    "I'm grateful for the time you took with me.".to_owned(),
                    "I appreciated our conversation very much.".to_owned(),
                    "I'm glad to have had the chance to talk with you.".to_owned(),
                ],
                rank,
            )
        } else if call {
            pick(
                &[
                    format!("I'm excited about {role} and look forward to the next step."),
                    format!("I'm very interested in {role}, and I hope we speak again soon."),
                    format!("I'd be glad to continue the conversation about {role}."),
                ],
                rank,
            )
        } else {
            pick(
                &[
                    format!("I'm excited about {role} and hope to see you again soon."),
                    format!("I'm very interested in {role}, and I hope we meet again."),
                    format!("I'd be glad to continue the conversation about {role}."),
                ],
                rank,
            )
        };
        format!("{thanks}{}. {highlight}{last}", self.on_day())
    }

    /// A follow-up's paragraphs: what it follows up, what it sets straight, whom to pass it on to
    /// (`forward_to`), and a closing; no second thank-you. `met` when its reader interviewed you.
    fn follow_up(&self, met: bool, clarifications: &[String], forward_to: Option<&str>, rank: usize) -> Vec<String> {
        let (role, at, on) = (self.role, self.at_company, self.on_day_before_more());
        let opening = if met {
            pick(
                &[
                    format!("I'm writing to follow up on our conversation{on} about {role}{at}."),
                    format!("I wanted to add a note to our conversation{on} about {role}{at}."),
                ],
                rank,
            )
        } else {
            format!("I'm writing to follow up on my {}{on} for {role}{at}.", self.stage_text)
        };
        // (The opening names the conversation already; and its reader may not have been in it.)
        let said = clarifications
            .join(" ")
            .replace("I'd like to correct one thing from our conversation.", "I'd like to correct one thing.");
        let mut out = vec![opening, said];
        if let Some(names) = forward_to {
            out.push(format!("Would you be kind enough to pass this on to {names}?"));
        }
        out.push(pick(
            &[
                "Thank you, and I look forward to hearing from you.".to_owned(),
                "Thank you for reading, and I look forward to staying in touch.".to_owned(),
            ],
            rank,
        ));
        out
    }

    /// The thanks that opens a letter or email to an interviewer; without highlights to recall,
    /// it says what the conversation was about.
    fn opening(&self, no_highlights: bool, rank: usize) -> String {
        let on = self.on_day_before_more();
        self.day.map_or_else(String::new, |day| format!(" on {day}{}", if day.contains(',') { "," } else { "" }));
        let (role, at) = (self.role, self.at_company);
        let mut out = pick(
            &[
                self.first_opening(&on),
                format!("Thank you for speaking with me{on} about {role}{at}."),
                format!("I appreciated the chance to meet you{on} and to talk about {role}{at}."),
                format!("Thank you for your time{on} and for our conversation about {role}{at}."),
                format!("It was a pleasure to meet you{on} and to learn more about {role}{at}."),
                format!("Many thanks for meeting with me{on} to discuss {role}{at}."),
            ],
            rank,
        );
        if no_highlights {
            // (Not "your work as a VP Finance": a title from the note, said back in a slot, reads
            // as pasted, and says nothing a careful writer would.)
            out.push(' ');
            out.push_str(pick(
                &[
                    "I enjoyed our conversation and learning more about your work and your team.",
                    "I valued hearing about your work, and our conversation gave me a much clearer picture of the role.",
                    "I was glad to hear how you approach your work, and it helped me see where I could contribute.",
                    "It was good to learn more about your work, and I enjoyed the chance to ask my own questions.",
                    "Hearing how your team works day to day made the role much more concrete for me.",
                    "I came away with a good sense of what the work involves and of where I could help.",
                ],
                rank,
            ));
        }
        out
    }

    /// The first interviewer's opening, which names the kind of interview when the stage says
    /// it: a call, a final round, a day on site.
    fn first_opening(&self, on: &str) -> String {
        let (role, at, stage) = (self.role, self.at_company, self.stage_text);
        // (A `callback` is a second round, in person as often as not; an `intro call` may have
        // been on video: only a phone call is thanked for as one.)
        if stage.contains("phone") || self.by_phone {
            format!("Thank you for speaking with me by phone{on} about {role}{at}.")
        } else if crate::text::words::contains_word(stage, "call") {
            format!("Thank you for speaking with me{on} about {role}{at}.")
        } else if stage == "final round" {
            format!("Thank you for meeting with me{on} in the final round for {role}{at}.")
        } else if stage.contains("onsite") || stage.contains("on-site") {
            format!("Thank you for hosting me{on} at the onsite for {role}{at}.")
        } else {
            format!("Thank you for taking the time to meet with me{on} to talk about {role}{at}.")
        }
    }

    /// The last paragraphs: interest in the job and where the process stands, then an offer to
    /// say more and whether one may check in; each place in the panel (`rank`) in its own words.
    fn closing(&self, rank: usize, name: &str) -> Vec<String> {
        let team = self.team;
        if self.closed && self.offer {
            let glad = pick(
                &[
                    "I'm delighted to have received the offer, and grateful for the time you took with me.",
                    "Receiving the offer was wonderful news, and I'm grateful for your part in the process.",
                    "I'm very happy about the offer, and thankful for the time you gave me.",
                    "The offer means a great deal to me, and I valued our conversation.",
                ],
                rank,
            );
            let ahead = pick(
                &[
                    "I'm looking forward to talking through the next steps with you and the team.",
                    "I look forward to being in touch about the next steps.",
                    "I hope we'll have the chance to work together soon.",
                    "I'm excited about what lies ahead.",
                ],
                rank,
            );
            let meanwhile = pick(
                &[
                    "Please let me know if there is anything you need from me in the meantime.",
                    "If there is anything I can prepare before then, I'd be glad to.",
                    "In the meantime, please don't hesitate to reach out if you need anything from me.",
                    "If anything would help before we speak again, just let me know.",
                ],
                rank,
            );
            let welcome = pick(
                &[
                    format!("Our conversation left me all the more excited about the work at {team}."),
                    format!("What I learned about {team} in our conversation made the news all the more welcome."),
                    format!("I enjoyed learning about {team}, and the offer was wonderful to receive after it."),
                    format!("Our conversation made the offer from {team} all the more welcome."),
                ],
                rank,
            );
            return vec![format!("{glad} {welcome}"), format!("{ahead} {meanwhile}")];
        }
        if self.closed {
            let thanks = pick(
                &[
                    format!("I'm grateful for the time you took and for everything I learned about {team}."),
                    format!("Thank you again for your openness and for all I learned about {team}."),
                    format!("I enjoyed learning about {team}, and I'm grateful for your time."),
                    format!("I wish you and {team} all the best, and I'm grateful for your time."),
                ],
                rank,
            );
            let wish = pick(
                &[
                    "I hope our paths cross again, and I'd be glad to stay in touch.",
                    "I wish you every success with the work ahead, and I hope we meet again.",
                    "It would be a pleasure to stay in touch, should the chance come up.",
                    "Perhaps we'll have the chance to work together in the future.",
                ],
                rank,
            );
            // (Each beside the `thanks` of its rank, with no word of it said twice: set 73's
            // rejection read "for all I learned about …. … and I learned a great deal".)
            let considered = pick(
                &[
                    format!("Thank you again for considering me for {}.", self.role),
                    "It was a real pleasure to meet you, and I'm glad we had the chance to talk.".to_owned(),
                    format!("Thank you, too, for the care you gave to my application for {}.", self.role),
                    "I valued our conversation, whatever the outcome, and I'm glad to have met you.".to_owned(),
                ],
                rank,
            );
            if !self.rejected {
                return vec![format!("{thanks} {considered} {wish}")];
            }
            // Coaches advise asking those who turned you down what would have made the
            // difference: each in their own words, and of their own part.
            let feedback = pick(
                &[
                    "If you have a moment, I'd be grateful for any feedback on my interview with you; it would help me as I continue my search.",
                    "Should you have any thoughts on where I could have been stronger, I would welcome them.",
                    "If there is anything you could share about how I might improve, I would value it greatly.",
                    "I'd also welcome any feedback you're able to give me, as I'm keen to keep improving.",
                ],
                rank,
            );
            return vec![format!("{thanks} {considered}"), format!("{feedback} {wish}")];
        }
        let offer = pick(
            &[
                "If it would help, I'd be happy to share more about my work or to answer any other questions you may have.",
                "Please let me know if there is anything else I can tell you about my background or my experience.",
                "I'd be glad to go into more detail on anything we covered, or to share more about my work, whenever it suits you.",
                "If any other questions come up as you think things over, I'm happy to answer them.",
                "Should anything else be useful to you, please don't hesitate to ask.",
                "I remain happy to share more about my experience whenever it would help.",
            ],
            rank,
        );
        let interest = pick(
            &[
                format!(
                    "Our conversation made me even more interested in joining {team}, and I would welcome the chance to contribute."
                ),
                "I came away even more enthusiastic about the role and the work ahead, and I'd be glad to be part of it."
                    .to_owned(),
                format!("Everything I heard confirmed how much I would like to join {team} and help with what comes next."),
                format!("I left our conversation all the more keen to join {team} and to put my experience to work there."),
                format!("Talking with you made the prospect of joining {team} even more appealing to me."),
                format!("I'm more excited than ever about the chance to join {team} and to contribute."),
            ],
            rank,
        );
        if self.advanced {
            let next = pick(
                &[
                    "I'm glad to be moving on to the next step, and I look forward to continuing the conversation."
                        .to_owned(),
                    "I'm excited to be moving forward, and I look forward to the next round.".to_owned(),
                    "I'm glad to be continuing in the process, and I look forward to what comes next.".to_owned(),
                    "Moving on to the next step is great news, and I'm looking forward to it.".to_owned(),
                ],
                rank,
            );
            return vec![format!("{interest} {next}"), offer.to_owned()];
        }
        let rounds = self.rounds_left.filter(|_| self.process != Some(ProcessPosition::End));
        let next = self.next_steps(name, rank);
        let stands = match (self.decision_day, rounds, self.process) {
            _ if !next.is_empty() => {
                // (Set 37: "I understand references come next… I understand there should be news
                // by…": the news in other words than the step before it. Two places on, then four,
                // so that the readers of a panel of up to four keep words of their own.)
                let after = |day: &str| {
                    let opens = |s: &str| s.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                    let last = next.rsplit(". ").next().unwrap_or(&next);
                    // (Set 48: "I'm looking forward to the next round. I understand there should be
                    // news by …, and I look forward to it.": the news said plainly after it.)
                    if last.contains("forward") {
                        return format!(" I understand there should be news by {day}.");
                    }
                    [rank, rank + 4, rank + 2]
                        .into_iter()
                        .map(|r| self.decision(day, r))
                        .find(|d| opens(d) != opens(last))
                        .unwrap_or_else(|| self.decision(day, rank))
                };
                next.clone() + &self.decision_day.map_or_else(String::new, after)
            }
            (Some(day), _, _) => self.decision(day, rank),
            // (Set 48: "I understand there are more conversations ahead" to Katrin, the CTO's final
            // booked for Tuesday 1 December: the round the note books, by its day.)
            (None, _, process) if self.next_round_day.is_some() && process != Some(ProcessPosition::End) => {
                let day = self.next_round_day.unwrap_or_default();
                pick(
                    &[
                        format!(" I'm looking forward to the next round on {day}."),
                        format!(" I look forward to the next round on {day}."),
                        format!(" I'm glad the next round is set for {day}, and I look forward to it."),
                        format!(" I look forward to continuing the conversation on {day}."),
                    ],
                    rank,
                )
            }
            (None, Some(n), _) => Frame::rounds(n, rank),
            // (What a final round says, and no more: set 60's "I understand you are close to a
            // decision" went to Ximena, who said "probably after the holidays".)
            (None, None, Some(ProcessPosition::End)) => pick(
                &[
                    " I know this was the final step, and I hope to hear from you when you have decided.",
                    " As you make your decision, I hope to hear good news.",
                    " As you come to a decision, please know how much I would value the opportunity.",
                    " I look forward to hearing how you decide, and I'm hopeful.",
                ],
                rank,
            )
            .to_owned(),
            (None, None, Some(ProcessPosition::Beginning)) => pick(
                &[
                    " I know this is an early step in your process, and I'm very interested in continuing the conversation.",
                    " I realize this is only the first step, and I would welcome the chance to continue.",
                    " I know it's early in your process, and I hope we can keep talking.",
                    " I'm looking forward to the next steps in your process.",
                ],
                rank,
            )
            .to_owned(),
            (None, None, Some(ProcessPosition::Middle)) => pick(
                &[
                    " I understand there are more conversations ahead, and I'm looking forward to them.",
                    " I know there are further rounds to come, and I look forward to them.",
                    " I'm looking forward to the rest of the process.",
                    " I look forward to the conversations still ahead.",
                ],
                rank,
            )
            .to_owned(),
            (None, None, None) => String::new(),
        };
        // (Set 47: eleven thank-yous asked an interviewer "may I check in with you…", when the note
        // says whom it will be.)
        let theirs = self.checks_in_with.is_none_or(|who| who == name);
        // (Their message, or one with no check-in to ask for, closes on thanks instead.)
        let thanks = [
            " Thank you again for your time.",
            " Thank you again for the conversation.",
            " I'm grateful for the time you gave me.",
            " Thank you once more for meeting with me.",
            " I appreciated your time very much.",
            " Thank you again for having me.",
        ];
        let ask = match self.check_in_day {
            Some(day) if theirs => pick(
                &[
                    format!(
                        " Would it be all right if I checked in with you on {day}, if I haven't heard anything by then?"
                    ),
                    format!(" If I haven't heard anything by {day}, may I check in with you then?"),
                    format!(" May I follow up with you on {day}, if I haven't heard back by then?"),
                    format!(" If it's all right with you, I'll check in on {day}, in case I haven't heard anything."),
                    format!(" Would you mind if I got in touch on {day}, should I not have heard back by then?"),
                    format!(" With your permission, I'll follow up on {day}, if I haven't heard back."),
                ],
                rank,
            ),
            // (Set 67: with no check-in to ask for, the message closes on thanks too; the emails
            // of a note of the styles corpus read as a whole folder had been 86 words.)
            Some(_) | None => pick(&thanks, rank).to_owned(),
        };
        vec![format!("{interest}{stands}"), format!("{offer}{ask}")]
    }

    /// Where the process stands when the note says by when the company will answer: one looks
    /// forward to the news, in each place's own words. A note's "feedback by Friday" is no
    /// decision, so no sentence says which it is; nor does one say the reader is the one who
    /// decides (a peer on the panel is not).
    fn decision(&self, day: &str, rank: usize) -> String {
        pick(
            &[
                format!(" I understand there should be news by {day}, and I look forward to it."),
                format!(" I understand a reply is expected by {day}, and I'm looking forward to it."),
                format!(" I look forward to the news expected by {day}."),
                format!(" I understand I can expect to hear by {day}, and I look forward to it."),
                format!(" With news expected by {day}, I look forward to hearing how things stand."),
                format!(" I'm glad to know there should be word by {day}, and I look forward to it."),
            ],
            rank,
        )
    }

    /// The steps the note says come next, said to the reader named `name`: those that will
    /// happen looked forward to (`the plant tour`, `our next conversation`), those that may
    /// welcomed, references promised ready; in each place's own words. Empty when the note
    /// names none.
    fn next_steps(&self, name: &str, rank: usize) -> String {
        let phrases = |maybe: bool| -> Vec<String> {
            let steps = self.steps.iter().filter(|s| s.maybe == maybe && !s.is_references());
            steps.take(2).map(|s| step_phrase(s, name)).collect()
        };
        let mut out = String::new();
        let mut sure = phrases(false);
        // (Set 52: `Round 2 = portfolio walk-through …, booked Tue Dec 1`: the step the note books,
        // by its day.)
        if let (Some(first), Some(day)) = (sure.first_mut(), self.next_round_day) {
            first.push_str(&format!(" on {day}"));
        }
        if !sure.is_empty() {
            let what = sure.join(" and then ");
            out.push_str(&pick(
                &[
                    format!(" I'm looking forward to {what}."),
                    format!(" I look forward to {what}."),
                    format!(" I'm glad to know the plan from here, and I look forward to {what}."),
                    format!(" As for what comes next, I'm looking forward to {what}."),
                    format!(" I'm already looking forward to {what}."),
                    format!(" I look forward to {what} as the next step."),
                ],
                rank,
            ));
        }
        let maybe = phrases(true);
        if !maybe.is_empty() {
            let what = english::join(&maybe);
            out.push_str(&pick(
                &[
                    format!(" I understand {what} may follow, and I would welcome it."),
                    format!(" I know {what} may come next, and I'd welcome the chance."),
                    format!(" If {what} comes next, I'd very much welcome it."),
                    format!(" I'd welcome {what}, should it come next."),
                    format!(" I understand {what} may be next, and I'd be glad of it."),
                    format!(" Should {what} follow, I'd welcome it."),
                ],
                rank,
            ));
        }
        // (`Denise said she'd call with references request if I'm moving forward`: references
        // only if it goes on, which no letter takes for granted.)
        let references: Vec<&Step> = self.steps.iter().filter(|s| s.is_references()).collect();
        if !references.is_empty() && references.iter().all(|s| s.maybe) {
            out.push_str(pick(
                &[
                    " I'd be glad to provide references, should you need them.",
                    " My references are available if they would help.",
                    " Should references help, I'm glad to provide them.",
                    " I'm happy to share references if you need them.",
                    " References are available whenever they might be useful.",
                    " I'd be happy to put you in touch with my references if that would help.",
                ],
                rank,
            ));
        } else if !references.is_empty() {
            // (Not "mine are ready": a note may say they are not asked yet, set 39.)
            out.push_str(pick(
                &[
                    " I understand references come next, and I'm glad to provide them.",
                    " I'm glad to provide references for the next step.",
                    " I'd be glad to put you in touch with my references whenever they're needed.",
                    " I understand references are the next step, and I'm happy to provide them.",
                    " I'm happy to share references for the next step, whenever they are needed.",
                    " I'm glad to provide references whenever they're needed.",
                ],
                rank,
            ));
        }
        out
    }

    /// Where the process stands when the note says how many rounds are still to come.
    fn rounds(n: usize, rank: usize) -> String {
        let count = english::number(n);
        if n == 1 {
            pick(
                &[
                    " I understand there is one more round to come, and I'm looking forward to it.",
                    " I know one more round lies ahead, and I look forward to it.",
                    " I'm looking forward to the round still ahead.",
                    " I look forward to the last round of your process.",
                    " I'm glad to know there is one more conversation ahead, and I look forward to it.",
                    " I look forward to the final round.",
                ],
                rank,
            )
            .to_owned()
        } else {
            pick(
                &[
                    format!(" I understand there are {count} more rounds to come, and I'm looking forward to them."),
                    format!(" I know {count} more rounds lie ahead, and I look forward to them."),
                    format!(" I'm looking forward to the {count} rounds still ahead."),
                    format!(" I look forward to the {count} conversations still to come."),
                    format!(" I'm glad to know there are {count} more rounds ahead, and I look forward to them."),
                    format!(" With {count} rounds still to come, I look forward to the rest of your process."),
                ],
                rank,
            )
        }
    }

    /// The check-in's subject.
    pub fn check_in_subject(&self) -> String {
        format!("Following up on {}{}", self.role, self.at_company)
    }

    /// The check-in's paragraphs; `to` the named person it goes to, if one.
    pub fn check_in_paragraphs(&self, to: Option<&str>) -> Vec<String> {
        let to_someone = to.is_some();
        let on = self.on_day_before_more();
        self.day.map_or_else(String::new, |day| format!(" on {day}{}", if day.contains(',') { "," } else { "" }));
        let help = if to_someone { " and for your help throughout the process" } else { "" };
        // After the day they said they would decide, the check-in recalls it, without reproach.
        // A meeting the note said comes next is still looked forward to.
        let ahead: Vec<String> = self
            .steps
            .iter()
            .filter(|s| !s.maybe && !s.is_references() && !s.is_task())
            .take(2)
            // (`the next round would come next` says it twice: another round.)
            .map(|s| match s.what.strip_prefix("next ").filter(|_| s.with.is_none()) {
                Some(what) => format!("another {what}"),
                // (Set 38: "I'm also looking forward to the second round with Lorraine", to
                // Lorraine: with the reader, "our next conversation".)
                None => step_phrase(s, to.unwrap_or_default()),
            })
            .collect();
        let ahead = if ahead.is_empty() {
            String::new()
        } else {
            // (Not "I understood then that … would follow, and I'm keen to continue": keen to
            // continue what?)
            format!(" I'm also looking forward to {}.", ahead.join(" and then "))
        };
        let update = self.decision_day.map_or_else(
            || "I'm still very interested in the position, and I'd be grateful for any update you can share on the timeline.".to_owned(),
            |day| format!("I understand you hoped to be in touch by {day}. I'm still very interested in the position, and I'd be grateful for any update you can share."),
        );
        [
            // (`my interview on Monday, November 9, for the role.`: with no position named, the day
            // ends the sentence.)
            match self.role {
                "the role" => format!(
                    "I hope you're well. I wanted to follow up on my {}{}. {update}{ahead}",
                    self.stage_text,
                    on.trim_end_matches(',')
                ),
                role => format!("I hope you're well. I wanted to follow up on my {}{on} for {role}. {update}{ahead}", self.stage_text),
            },
            // (Long enough for an email to read as one, 90 words and more, without filler: what
            // the conversations gave, and an offer that answers what may have come up since.)
            format!(
                "Our {} gave me a clear picture of the work ahead and left me all the more enthusiastic about joining {}. If it would help, I'd be glad to send any other information you need, or to answer any questions that have come up since we spoke.",
                if self.interviewer_names.contains(" and ") { "conversations" } else { "conversation" },
                self.team
            ),
            format!("Thank you again for your time{help}."),
        ]
        .iter()
        // (`joining Norrland Fixtures Ltd.. If it would help`: one full stop.)
        .map(|p| one_full_stop(p))
        .collect()
    }
}

/// A step as a letter names it to the reader named `name`: `the plant tour`, `coffee with
/// Carl`, `a final round with Don` (when it may not happen), `our next conversation` (with them).
fn step_phrase(step: &Step, name: &str) -> String {
    let theirs = step.with.as_deref().is_some_and(|with| {
        !with.starts_with("the ")
            && with
                .split([' ', '.'])
                // (Set 46: `the working interview with Jo`, to Jo: a name of two letters is one.)
                .filter(|w| w.len() > 2 || w.starts_with(char::is_uppercase))
                .any(|w| name.split(' ').any(|n| n.eq_ignore_ascii_case(w)))
    });
    match (theirs, step.maybe) {
        (true, false) => return "our next conversation".to_owned(),
        (true, true) => return "another conversation with you".to_owned(),
        _ => {}
    }
    let with = step.with.as_ref().map_or_else(String::new, |w| format!(" with {w}"));
    if matches!(step.what.as_str(), "coffee" | "lunch" | "dinner") {
        format!("{}{with}", step.what)
    } else if step.maybe && matches!(step.what.as_str(), "round" | "interview") {
        // (Set 40: "I understand a round may follow", of `whether they're moving to the in-person
        // round`: one more of what they just had.)
        format!("another {}{with}", step.what)
    } else if step.maybe {
        format!("{}{with}", english::with_article(&step.what))
    } else {
        format!("the {}{with}", step.what)
    }
}

/// A sentence that ends on a name with its own full stop (`Copperleaf Design Co.`) ends there:
/// `…at Copperleaf Design Co.. I enjoyed…` has one full stop too many.
fn one_full_stop(paragraph: &str) -> String {
    let mut out = String::with_capacity(paragraph.len());
    let mut chars = paragraph.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        // Two stops, not three (an ellipsis stays).
        if c == '.' && chars.peek() == Some(&'.') && !out.ends_with("..") {
            let mut ahead = chars.clone();
            ahead.next();
            if ahead.peek() != Some(&'.') {
                chars.next();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_step_with_the_reader_is_our_next_conversation_even_for_a_short_name() {
        // Set 46: "I look forward to the working interview with Jo.", to Jo.
        let step =
            crate::model::Step { what: "working interview".to_owned(), with: Some("Jo".to_owned()), maybe: false };
        assert_eq!(step_phrase(&step, "Jo"), "our next conversation");
        assert_eq!(step_phrase(&step, "Leanne Pritchard"), "the working interview with Jo");
    }
    use super::*;

    #[test]
    fn a_name_ending_in_a_full_stop_ends_its_sentence_once() {
        assert_eq!(
            one_full_stop("the role at Copperleaf Design Co.. I enjoyed it."),
            "the role at Copperleaf Design Co. I enjoyed it."
        );
        assert_eq!(one_full_stop("Well... maybe."), "Well... maybe.", "an ellipsis stays");
    }

    fn frame<'a>() -> Frame<'a> {
        Frame {
            role: "the Staff Engineer role",
            at_company: " at Acme",
            company: Some("Acme"),
            team: "Acme",
            position: Some("Staff Engineer"),
            stage_text: "final round",
            by_phone: false,
            remote: false,
            day: Some("Wednesday, October 14"),
            interviewer_names: "Ana Souza and Bo Li",
            closed: false,
            offer: false,
            rejected: false,
            advanced: false,
            process: Some(ProcessPosition::End),
            check_in_day: Some("Wednesday, October 28"),
            checks_in_with: None,
            next_round_day: None,
            decision_day: None,
            rounds_left: None,
            steps: &[],
        }
    }

    fn reader(kind: Kind, channel: Channel, role: Option<&'static str>) -> Reader<'static> {
        Reader { kind, channel, role, rank: 0, did: None, name: "Ana Souza" }
    }

    // Set 60: Bea's card said "It was a pleasure to meet you on Wednesday, December 2. It was good
    // to learn about your team.", and thanked her for nothing.
    #[test]
    fn every_card_to_an_interviewer_thanks_them() {
        for rank in 0..6 {
            let card = Reader { rank, ..reader(Kind::Interviewer, Channel::Card, None) };
            let p = frame().paragraphs(&card, &[], &[]);
            assert!(p.join(" ").contains("Thank you"), "rank {rank}: {p:?}");
        }
    }

    #[test]
    fn a_letter_to_an_interviewer_opens_recalls_takes_up_and_closes() {
        let highlights = ["I was especially glad that you liked my design.".to_owned()];
        let clarify = ["One thing I'd like to add.".to_owned(), "And another.".to_owned()];
        let p = frame().paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &highlights, &clarify);
        assert_eq!(p.len(), 5, "{p:?}");
        assert_eq!(
            p[0],
            "Thank you for meeting with me on Wednesday, October 14, in the final round for the Staff Engineer role at Acme."
        );
        assert_eq!(p[1], highlights[0]);
        assert_eq!(p[2], "One thing I'd like to add. And another.");
        assert!(p[3].starts_with("Our conversation made me even more interested in joining Acme, and"), "{}", p[3]);
        assert!(p[3].contains("I know this was the final step"), "{}", p[3]);
        assert!(p[4].ends_with("checked in with you on Wednesday, October 28, if I haven't heard anything by then?"));
    }

    // Set 32: "Thank you for speaking with me by phone" after an in-person callback and an `intro
    // call` on Zoom.
    #[test]
    fn only_a_phone_call_is_thanked_for_as_one() {
        let opening = |stage: &'static str| Frame { stage_text: stage, ..frame() }.first_opening(" on Tuesday");
        assert!(opening("phone screen").contains("speaking with me by phone on Tuesday"));
        // (Set 33: a `recruiter screen` whose format says `phone, 30 min`.)
        let screen = Frame { stage_text: "recruiter screen", by_phone: true, ..frame() };
        assert!(screen.first_opening(" on Tuesday").contains("speaking with me by phone on Tuesday"));
        assert_eq!(
            opening("intro call"),
            "Thank you for speaking with me on Tuesday about the Staff Engineer role at Acme."
        );
        assert_eq!(
            opening("video call"),
            "Thank you for speaking with me on Tuesday about the Staff Engineer role at Acme."
        );
        assert!(opening("callback").starts_with("Thank you for taking the time to meet with me on Tuesday"));
    }

    #[test]
    fn without_highlights_the_opening_says_what_the_talk_was_about() {
        let mut f = frame();
        f.day = None;
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Email, None), &[], &[]);
        assert_eq!(
            p[0],
            "Thank you for meeting with me in the final round for the Staff Engineer role at Acme. I enjoyed our conversation and learning more about your work and your team."
        );
        // A panel of six, none with a highlight, shares no sentence of its openings.
        let openings: Vec<String> = (0..6)
            .map(|rank| f.paragraphs(&Reader { rank, ..reader(Kind::Interviewer, Channel::Email, None) }, &[], &[]))
            .map(|p| p[0].split_once(". ").unwrap().1.to_owned())
            .collect();
        let distinct: std::collections::BTreeSet<&String> = openings.iter().collect();
        assert_eq!(distinct.len(), 6, "{openings:#?}");
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
        assert!(opening(Some("assistant")).contains("You made my visit to Acme easy and welcoming"));
        // (Set 34: two assistants' cards shared "You made my visit … easy and welcoming".)
        let second = f.helper_opening(Some("assistant"), 1);
        assert!(!second.contains("You made my visit"), "{second}");
        // (Set 33: a panel on Zoom was no visit.)
        let remote = Frame { remote: true, ..frame() };
        let said = remote.helper_opening(Some("assistant"), 0);
        assert!(!said.contains("visit") && said.starts_with("Thank you for your help with my final round"), "{said}");
        assert!(opening(Some("referrer")).contains("I had my final round on Wednesday, October 14, and I'm grateful"));
        assert!(opening(None).starts_with("Thank you for your help with my final round at Acme on Wednesday"));
    }

    #[test]
    fn the_closing_follows_where_the_process_stands() {
        let closing =
            |f: Frame| f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]).pop().unwrap();
        let mut f = frame();
        (f.closed, f.offer) = (true, true);
        let offer = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(offer[1].starts_with("I'm delighted to have received the offer"), "{offer:?}");
        assert!(offer[2].starts_with("I'm looking forward to talking through the next steps"), "{offer:?}");
        let mut f = frame();
        f.closed = true;
        assert_eq!(
            closing(f),
            "I'm grateful for the time you took and for everything I learned about Acme. Thank you again for considering me for the Staff Engineer role. I hope our paths cross again, and I'd be glad to stay in touch."
        );
        let mut f = frame();
        f.advanced = true;
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(p[p.len() - 2].contains("I'm glad to be moving on to the next step"), "{p:?}");
        let mut f = frame();
        (f.process, f.check_in_day) = (None, None);
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert_eq!(
            p[p.len() - 2],
            "Our conversation made me even more interested in joining Acme, and I would welcome the chance to contribute."
        );
        assert_eq!(
            p[p.len() - 1],
            "If it would help, I'd be happy to share more about my work or to answer any other questions you may have. Thank you again for your time.",
            "with no check-in to ask for, thanks close it"
        );
    }

    // Set 48: "I understand there are more conversations ahead" to Katrin, whose CTO final the
    // note books for Tuesday 1 December; and "looking forward… look forward" in two sentences.
    #[test]
    fn a_booked_round_is_looked_forward_to_by_its_day_and_once() {
        let mut f = frame();
        (f.process, f.check_in_day, f.decision_day) = (Some(ProcessPosition::Middle), None, None);
        f.next_round_day = Some("Tuesday 1 December");
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(p[p.len() - 2].ends_with("I'm looking forward to the next round on Tuesday 1 December."), "{p:?}");
        let steps = [step("next round", None, false)];
        let mut f = Frame { steps: &steps, ..frame() };
        (f.process, f.check_in_day, f.decision_day) =
            (Some(ProcessPosition::Middle), None, Some("Wednesday 25 November"));
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        let stands = &p[p.len() - 2];
        assert_eq!(stands.matches("forward").count(), 1, "{stands}");
        assert!(stands.ends_with("I understand there should be news by Wednesday 25 November."), "{stands}");
        // Set 52: the step the note names, on the day it books (`Final: panel presentation on
        // 8/12`).
        let steps = [step("presentation", None, false)];
        let mut f = Frame { steps: &steps, ..frame() };
        (f.process, f.check_in_day, f.decision_day) = (Some(ProcessPosition::Middle), None, None);
        f.next_round_day = Some("Tuesday 8 December");
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(p[p.len() - 2].ends_with("to the presentation on Tuesday 8 December."), "{p:?}");
    }

    fn step(what: &str, with: Option<&str>, maybe: bool) -> Step {
        Step { what: what.to_owned(), with: with.map(str::to_owned), maybe }
    }

    #[test]
    fn the_steps_the_note_says_come_next_are_looked_forward_to() {
        let steps = [step("plant tour", None, false), step("second conversation", Some("Ana"), false)];
        let mut f = frame();
        f.steps = &steps;
        let to = |name: &'static str, f: &Frame| {
            let r = Reader { name, ..reader(Kind::Interviewer, Channel::Email, None) };
            f.paragraphs(&r, &[], &[]).join(" ")
        };
        assert!(to("Ana Souza", &f).contains(" I'm looking forward to the plant tour and then our next conversation."));
        assert!(
            to("Bo Li", &f)
                .contains(" I'm looking forward to the plant tour and then the second conversation with Ana.")
        );
        assert!(!to("Bo Li", &f).contains("close to a decision"), "the steps say where the process stands");
        assert!(
            f.check_in_paragraphs(Some("Quinn Reyes"))[0]
                .ends_with(" I'm also looking forward to the plant tour and then the second conversation with Ana.")
        );
        // (Set 38: to Ana herself, not "the second conversation with Ana".)
        assert!(
            f.check_in_paragraphs(Some("Ana Souza"))[0]
                .ends_with(" I'm also looking forward to the plant tour and then our next conversation.")
        );

        let steps =
            [step("final round", Some("Don"), true), step("edit test", None, true), step("references", None, false)];
        f.steps = &steps;
        f.decision_day = Some("Friday, December 4");
        let said = to("Bo Li", &f);
        assert!(
            said.contains(" I understand a final round with Don and an edit test may follow, and I would welcome it."),
            "{said}"
        );
        assert!(said.contains(" I understand references come next, and I'm glad to provide them."), "{said}");
        // (Set 37: the news in other words than the sentence before it, "I understand…" twice.)
        assert!(said.contains(" With news expected by Friday, December 4, I look forward to"), "{said}");
        assert_eq!(said.matches(" I understand ").count(), 2, "{said}");
        assert!(
            !f.check_in_paragraphs(Some("Quinn Reyes"))[0].contains("come next"),
            "what may not happen is not recalled"
        );
        // (Set 33: references only if the writer moves forward do not "come next".)
        let steps = [step("references", None, true)];
        f.steps = &steps;
        let said = to("Bo Li", &f);
        assert!(
            said.contains(" I'd be glad to provide references, should you need them.") && !said.contains("come next"),
            "{said}"
        );
        // (Set 40: "I understand a round may follow": one more.)
        let steps = [step("round", None, true)];
        f.steps = &steps;
        let said = to("Bo Li", &f);
        assert!(said.contains(" I understand another round may follow, and I would welcome it."), "{said}");
        let steps = [step("coffee", Some("Carl"), false), step("take-home assignment", None, false)];
        f.steps = &steps;
        assert!(to("Bo Li", &f).contains("to coffee with Carl and then the take-home assignment."));
        assert!(
            f.check_in_paragraphs(Some("Quinn Reyes"))[0].ends_with(" I'm also looking forward to coffee with Carl."),
            "the take-home is done by then"
        );
    }

    // Set 35: nine check-ins in ten were under 90 words, short for an email.
    #[test]
    fn a_check_in_is_long_enough_for_an_email() {
        let f = frame();
        for to_someone in [true, false] {
            let words: usize = f
                .check_in_paragraphs(to_someone.then_some("Quinn Reyes"))
                .iter()
                .map(|p| p.split_whitespace().count())
                .sum();
            assert!((90..=200).contains(&words), "{words} words");
        }
    }

    #[test]
    fn a_company_ending_in_a_full_stop_ends_the_check_in_s_sentence_once() {
        let mut f = frame();
        f.team = "Norrland Fixtures Ltd.";
        let p = f.check_in_paragraphs(Some("Quinn Reyes"));
        assert!(
            p[1].starts_with(
                "Our conversations gave me a clear picture of the work ahead and left me all the more enthusiastic about joining Norrland Fixtures Ltd. If"
            ),
            "{p:?}"
        );
    }

    #[test]
    fn a_decision_date_is_looked_forward_to_and_recalled_by_the_check_in() {
        let mut f = frame();
        (f.decision_day, f.check_in_day) = (Some("Wednesday, November 11"), Some("Thursday, November 12"));
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(
            p[p.len() - 2]
                .ends_with(" I understand there should be news by Wednesday, November 11, and I look forward to it."),
            "not 'you expect to be in touch': a peer on the panel does not decide: {p:?}"
        );
        assert!(
            p[p.len() - 1]
                .ends_with("checked in with you on Thursday, November 12, if I haven't heard anything by then?")
        );
        let check_in = f.check_in_paragraphs(Some("Quinn Reyes"));
        assert!(
            check_in[0].contains("I understand you hoped to be in touch by Wednesday, November 11."),
            "{check_in:?}"
        );
        f.check_in_day = None;
        f.decision_day = None;
        assert!(!f.check_in_paragraphs(Some("Quinn Reyes"))[0].contains("decision"));
    }

    // Set 47: the note said whom to check in with; the others were each asked "may I check in".
    #[test]
    fn only_the_one_the_note_checks_in_with_is_asked_to_be_checked_in_with() {
        let mut f = frame();
        f.check_in_day = Some("Monday, December 14");
        f.checks_in_with = Some("Harpreet Kaur");
        let ana = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(!ana.iter().any(|p| p.contains("December 14")), "{ana:?}");
        assert!(ana.last().unwrap().ends_with(" Thank you again for your time."), "{ana:?}");
        let harpreet = Reader { name: "Harpreet Kaur", ..reader(Kind::Interviewer, Channel::Letter, None) };
        let theirs = f.paragraphs(&harpreet, &[], &[]);
        assert!(theirs.iter().any(|p| p.contains("December 14")), "{theirs:?}");
    }

    #[test]
    fn the_rounds_still_to_come_are_counted_in_words() {
        let mut f = frame();
        (f.process, f.rounds_left) = (Some(ProcessPosition::Middle), Some(3));
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(
            p[p.len() - 2]
                .ends_with(" I understand there are three more rounds to come, and I'm looking forward to them."),
            "{p:?}"
        );
        f.rounds_left = Some(1);
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Letter, None), &[], &[]);
        assert!(
            p[p.len() - 2].ends_with(" I understand there is one more round to come, and I'm looking forward to it.")
        );
    }

    // Set 27: an owner who shook hands in the hallway was thanked for "our conversation", and asked
    // for a check-in.
    #[test]
    fn one_met_in_passing_is_thanked_for_the_moment_and_asked_nothing() {
        let greeted = Did::Greeted("shook hands".to_owned());
        let r = Reader { did: Some(&greeted), ..reader(Kind::Interviewer, Channel::Letter, None) };
        let mut f = frame();
        f.check_in_day = Some("Thursday, November 12");
        let p = f.paragraphs(&r, &[], &[]);
        let text = p.join(" ");
        assert!(text.starts_with("Thank you for taking a moment to meet me"), "{p:?}");
        assert!(!text.contains("conversation") && !text.contains("check"), "{p:?}");
        let card = f.paragraphs(&Reader { channel: Channel::Card, rank: 1, ..r }, &[], &[]);
        assert_eq!(card.len(), 1, "{card:?}");
        assert!(card[0].starts_with("It was a pleasure to meet you, if only briefly,"), "{card:?}");
        // (Set 40: one who dialled in to a phone screen did not see the writer come in.)
        let call = Frame { by_phone: true, ..f };
        let text = call.paragraphs(&r, &[], &[]).join(" ");
        assert!(text.starts_with("Thank you for taking a moment to join the call"), "{text}");
        let text = call.paragraphs(&Reader { rank: 1, ..r }, &[], &[]).join(" ");
        assert!(text.contains("if only briefly, on the call for my") && !text.contains("came in"), "{text}");
    }

    #[test]
    fn what_the_reader_did_replaces_the_line_about_their_work() {
        let ran = Did::Ran("system design round".to_owned());
        let r = Reader { did: Some(&ran), ..reader(Kind::Interviewer, Channel::Letter, None) };
        let p = frame().paragraphs(&r, &[], &[]);
        assert!(
            p[0].ends_with(
                " I enjoyed the system design round you ran, and it gave me a clear picture of how your team works."
            ),
            "{p:?}"
        );
        assert!(!p.join(" ").contains("your work"), "{p:?}");
        let asked = Did::Asked("my on-call setup".to_owned());
        let r =
            Reader { did: Some(&asked), channel: Channel::Card, ..reader(Kind::Interviewer, Channel::Letter, None) };
        assert!(
            frame().paragraphs(&r, &[], &[])[0]
                .contains(" I enjoyed your questions about my on-call setup, and I'd be glad to say more about it. ")
        );
        let met = Did::Helped("meeting her for coffee downstairs before".to_owned());
        let r = Reader { did: Some(&met), ..reader(Kind::Helper, Channel::Card, Some("referrer")) };
        assert!(!frame().paragraphs(&r, &[], &[])[0].contains("coffee"), "the writer's words of her");
        let helped = Did::Helped("rebooking my flight".to_owned());
        let r = Reader { did: Some(&helped), ..reader(Kind::Helper, Channel::Card, Some("coordinator")) };
        assert!(
            frame().paragraphs(&r, &[], &[])[0].ends_with(" I'm especially grateful to you for rebooking my flight.")
        );
    }

    /// Panel members compare letters: the first four interviewers of a draft, and two helpers
    /// of one role, share no sentence, whatever the process says.
    #[test]
    fn no_two_places_in_a_panel_share_a_sentence() {
        let states: [fn(&mut Frame); 8] = [
            |_| {},
            |f| f.process = Some(ProcessPosition::Beginning),
            |f| (f.process, f.check_in_day) = (None, None),
            |f| f.advanced = true,
            |f| (f.closed, f.offer) = (true, true),
            |f| f.decision_day = Some("Wednesday, November 11"),
            |f| (f.process, f.rounds_left) = (Some(ProcessPosition::Middle), Some(1)),
            |f| (f.process, f.rounds_left) = (Some(ProcessPosition::Middle), Some(3)),
        ];
        for state in states {
            for (kind, channel, role, places) in [
                (Kind::Interviewer, Channel::Letter, None, 4),
                (Kind::Interviewer, Channel::Card, None, 3),
                (Kind::Helper, Channel::Card, Some("coordinator"), 2),
                (Kind::Helper, Channel::Card, Some("recruiter"), 2),
                (Kind::Helper, Channel::Card, None, 2),
            ] {
                let mut f = frame();
                state(&mut f);
                let mut seen: Vec<String> = Vec::new();
                for rank in 0..places {
                    let r = Reader { kind, channel, role, rank, did: None, name: "" };
                    let text = f.paragraphs(&r, &[], &[]).join(" ");
                    for sentence in text.split_inclusive(['.', '?']).map(str::trim).filter(|s| !s.is_empty()) {
                        assert!(!seen.contains(&sentence.to_owned()), "rank {rank} repeats: {sentence}");
                        seen.push(sentence.to_owned());
                    }
                }
            }
        }
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
        // (Set 36: a card for a phone screen said "Thank you for meeting with me … hope to see you
        // again soon".)
        let f = Frame { by_phone: true, ..frame() };
        let p = f.paragraphs(&reader(Kind::Interviewer, Channel::Card, None), &highlight, &[]);
        assert_eq!(
            p,
            [
                "Thank you for speaking with me on Wednesday, October 14. I was glad that you liked my design. I'm excited about the Staff Engineer role and look forward to the next step."
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
