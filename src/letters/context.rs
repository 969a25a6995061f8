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
use crate::pipeline::plan::{Planned, awaits_answer, channel, is_advanced, is_closed, is_rejected};
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
    /// `date` as the drafts write it, the day before the month when `day_first`.
    fn new(date: Date, day_first: bool) -> DateView {
        DateView {
            iso: date.to_string(),
            day: english::day_in_order(date, day_first),
            full: english::full_date_in_order(date, day_first),
        }
    }
}

/// Everything the draft template sees.
#[derive(Debug, Serialize)]
pub struct DraftContext<'a> {
    pub note: NoteView<'a>,
    pub sender: &'a Sender,
    pub date: Option<DateView>,
    pub thank_you_by: Option<DateView>,
    /// The day a letter is dated: `thank_you_by`, unless the note tells of news since the
    /// interview (an offer, a rejection, the next round), when the letter is written after that
    /// day and dated as it is posted.
    pub dated: Option<DateView>,
    /// True when the note's own words tell of news since the interview (`news_since`).
    pub news_since: bool,
    pub check_in_on: Option<DateView>,
    /// The next round's day, when it takes the check-in's place.
    pub next_round_on: Option<DateView>,
    /// One message per person, interviewers first.
    pub messages: Vec<Message>,
    /// The check-in to send on `check_in_on`, unless the process is closed.
    pub check_in: Option<CheckIn>,
    /// Those written to through the company's careers inbox, and its address.
    pub via_inbox: Option<ViaInbox>,
    /// Whom to ring on `check_in_on` instead, when the note says to check in by phone (`if nothing
    /// by Thu 3 Dec ring Jess`): no written check-in is drafted then.
    pub check_in_call: Option<String>,
    /// True when the status says the process is over (rejected, offer, withdrawn…).
    pub closed: bool,
    /// True when the status says you moved on to the next round (`advanced`).
    pub advanced: bool,
    /// True when the thank-yous are sent (`thanked:`, or the note says so).
    pub thanked: bool,
    /// The note's rule that the interviewers are not to be contacted directly: `whom` (`the
    /// panel`), and `through`, the one to go through, when it names them.
    pub hands_off: Option<&'a crate::model::HandsOff>,
    /// Those whose own thank-you the note says is sent, while others' are not (Markdown text):
    /// the draft writes them none.
    pub thanked_already: Vec<String>,
    /// Those of `thanked_already` a follow-up is drafted to (Markdown text).
    pub followed_up: Vec<String>,
    /// Those the note met only in passing and plans no thanks for (Markdown text): the draft
    /// writes them none, and says so.
    pub met_in_passing: Vec<String>,
    /// Those the note says to thank by phone, by text or in person, and how, joined (Markdown
    /// text): `Lacey Moran by phone and Gus Hale by text`; empty when none. No message is
    /// drafted for them.
    pub thank_yourself: String,
    /// Those whose thanks the note says another passes on (`Short email to Trudy tonight to pass
    /// on thanks to Gareth + Ola`): no message is drafted for them.
    pub thanks_passed: Option<ThanksPassed>,
    /// `beginning`, `middle`, `end` or none.
    pub process: Option<ProcessPosition>,
    /// The interviewers' names, joined (`Hannah Lee and Gregory Park`).
    pub interviewer_names: String,
    /// The note's file name, for a link from the draft.
    pub note_file: String,
    /// What to send to whom: `an email to Hannah Lee and a card to Maria Chen`.
    pub send_list: String,
    /// Which note says the thanks are sent: `your note`, or `your later note (FILE)` when a later
    /// round's note says so (`memory::hindsight`).
    pub thanked_per: String,
    /// The people a letter goes to whose postal address the note does not give (Markdown text).
    pub needs_address: Vec<String>,
    /// The people an email goes to whose address the note does not give (Markdown text).
    pub needs_email: Vec<String>,
    /// The people a letter goes to whom the note names by a given name alone (`Janet`, `Nate`):
    /// an address block wants the surname.
    pub needs_surname: Vec<String>,
    /// The sign-off lines (signature or name) joined with Markdown line breaks; empty if unset.
    pub signature: String,
    /// What an email (and the check-in) is signed with: `signature`, with the phone under the
    /// name when no signature of one's own is set.
    pub email_signature: String,
    /// The signature's own closing line (`Best regards,` of `Best regards,⏎Declan Okafor`),
    /// which the messages close with instead of theirs; empty when it has none.
    pub valediction: String,
    /// The note's lines followup could not turn into sentences it vouches for, each with the
    /// message it belongs in: the plan lists them "to add in your own words".
    pub to_add: Vec<ToAdd>,
    /// What a message promises to send ("As promised, here is…"): `line` is the thing, to
    /// attach or link.
    pub attach: Vec<ToAdd>,
    /// The day the note says the company will decide by, while an answer is awaited.
    pub decision_by: Option<DateView>,
    /// The letters and cards that, posted on `thank_you_by`, would arrive only on or after
    /// `decision_by`: the plan says to hand a card over or email instead.
    pub late_by_post: Option<LateByPost>,
    /// The one who asked to pass the thank-you notes on, and their address.
    pub passed_on_by: Option<PassedOn>,
}

/// Those whose thanks the note says another passes on, and who: the plan says so.
#[derive(Debug, Serialize)]
pub struct ThanksPassed {
    /// The one who passes them on (Markdown text).
    pub by: String,
    /// Those they pass them to, joined (Markdown text): `Gareth Mwangi and Ola Henriksen`.
    pub to: String,
    /// True when the message to `by` asks them to.
    pub asked: bool,
}

/// Letters and cards the post would bring too late to count.
#[derive(Debug, Serialize)]
pub struct LateByPost {
    /// Their readers' names, joined (Markdown text): `Nina Brooks and Omar Haddad`.
    pub names: String,
    /// When they would arrive, said against the decision: `on Wednesday, November 11, the day
    /// they mean to decide`.
    pub when: String,
}

/// The one who passes the thank-you notes on (`Please send everything through me, including
/// thank-you notes`), and their address when the note gives it.
#[derive(Debug, Serialize)]
pub struct PassedOn {
    pub name: String,
    pub email: Option<String>,
}

/// A line of the note, and the message it belongs in.
#[derive(Debug, Clone, Serialize)]
pub struct ToAdd {
    pub line: String,
    /// The reader's name, or `the hiring team`.
    pub message: String,
}

/// Where one highlight or clarification of a note went: `inspect --json` shows them all, so
/// that none is ever dropped unseen.
#[derive(Debug, Clone, Serialize)]
pub struct Route {
    pub text: String,
    /// `highlight` or `clarification`.
    pub kind: &'static str,
    /// Each place it went: a reader's name, `to add in your own words (in NAME's message)`,
    /// `private`, `left out: about pay`.
    pub went: Vec<String>,
}

/// What the messages of a note recall, and what they leave for the user.
#[derive(Debug, Default)]
pub struct Ledger {
    pub to_add: Vec<ToAdd>,
    pub attach: Vec<ToAdd>,
    pub routes: Vec<Route>,
    /// Each line as tidied for the letters, and as the note wrote it: routes and the list to
    /// add quote the note.
    originals: Vec<(String, String)>,
}

/// The reader named for the message to the hiring team.
const TEAM: &str = "";

impl Ledger {
    /// The note's own words for a line tidied for the letters.
    fn original(&self, text: &str) -> String {
        self.originals.iter().find(|(t, _)| t == text).map_or_else(|| text.to_owned(), |(_, o)| o.clone())
    }

    fn went(&mut self, text: &str, kind: &'static str, place: &str) {
        let text = self.original(text);
        let text = text.as_str();
        match self.routes.iter_mut().find(|r| r.text == text && r.kind == kind) {
            Some(r) => {
                if !r.went.iter().any(|w| w == place) {
                    r.went.push(place.to_owned());
                }
            }
            None => self.routes.push(Route { text: text.to_owned(), kind, went: vec![place.to_owned()] }),
        }
    }

    fn list(&mut self, text: &str, kind: &'static str, reader: &str) {
        let message = if reader == TEAM { "the hiring team".to_owned() } else { reader.to_owned() };
        self.went(text, kind, &format!("to add in your own words (in the message to {message})"));
        let text = self.original(text);
        let text = text.as_str();
        if !self.to_add.iter().any(|t| t.line == text && t.message == message) {
            self.to_add.push(ToAdd { line: text.to_owned(), message });
        }
    }

    /// The highlights a message to `reader` can recall in sentences followup vouches for, at
    /// most `room`; the others are listed for the user to write.
    fn vouch_highlights<'h>(&mut self, candidates: &[&'h str], reader: &str, room: usize) -> Vec<&'h str> {
        let mut picked = Vec::new();
        for text in candidates {
            let text = &voice::without_quoted_tail(text);
            // (Set 47: `The rand/dollar hedge on imported packaging — felt confident on that one.`:
            // what the writer felt, cut at its dash, was "I also appreciated that the rand/dollar
            // hedge on imported packaging." The note's own line says whose verdict it is.)
            if voice::judges_oneself(&self.original(text)) {
                // (Set 61: `Ishikawa-san: he ran my rollback sandbox on his PC, worked first try`:
                // what they did, with a word on how it went, is the user's to word.)
                let theirs = text.split_whitespace().next().is_some_and(|w| ["he", "she", "they"].contains(&w));
                if theirs {
                    self.list(text, "highlight", reader);
                } else {
                    self.went(text, "highlight", "left out: a verdict on yourself");
                }
                continue;
            }
            if let Some(why) = voice::left_out(text) {
                self.went(text, "highlight", &format!("left out: {why}"));
                continue;
            }
            let lowercase = text.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
            let sentence = voice::highlight_sentences(&[text], reader).remove(0);
            // `The bridge chart on the case. Fiona turned the laptop to show Dev`: two sentences
            // are not one highlight a frame can hold.
            let one_sentence = voice::sentences_in(text.trim_end_matches(['.', ' '])) == 1
                // `Brian — organization. liked my…`: a note's shorthand, not a sentence.
                && !text.match_indices(". ").any(|(at, _)| text[at + 2..].starts_with(char::is_lowercase));
            let vouched = voice::unvouched(text).is_none()
                && !voice::did_it(text)
                && !voice::gerund_clause(text)
                && one_sentence
                && !lowercase
                && !voice::labelled(text)
                && !voice::strung_together(text, reader)
                && !voice::speaks_of_a_third_person(&sentence);
            if vouched && picked.len() < room {
                picked.push(*text);
                self.went(text, "highlight", if reader == TEAM { "the hiring team" } else { reader });
            } else {
                self.list(text, "highlight", reader);
            }
        }
        picked
    }

    /// The clarifications a message to `reader` takes up; a private one goes nowhere, a promise
    /// also goes into the plan (attach it), and one no rule understands is listed.
    fn vouch_clarifications<'c>(&mut self, items: &[&'c str], reader: &str) -> Vec<&'c str> {
        let mut kept: Vec<&'c str> = Vec::new();
        for text in items {
            let kind = voice::clarification_kind(text);
            let name = if reader == TEAM { "the hiring team" } else { reader };
            if kind == voice::ClarifyKind::Private {
                self.went(text, "clarification", "private");
            } else if voice::unvouched(&match kind {
                // (What follows a thing not mentioned is left out of its sentence.)
                voice::ClarifyKind::Unmentioned => voice::unmentioned_core(text),
                // (And a promise's sentence says only the thing: `… (the title). He asked for it.`)
                voice::ClarifyKind::Promise => voice::promised(text).map_or((*text).into(), Into::into),
                _ => (*text).into(),
            })
            .is_some()
                || voice::promised(text).is_some_and(|t| voice::vague(&t) || voice::names_what_to_remove(text, &t))
                || !voice::understood(text)
            {
                self.list(text, "clarification", reader);
            } else {
                if let Some(thing) = voice::promised(text) {
                    // (`Promised to send her a blank template.` and `send Tova the frag tracking
                    // template`: one promise said twice, kept in its fuller words.)
                    let head = |t: &str| t.rsplit(' ').next().unwrap_or_default().to_lowercase();
                    let same = kept.iter().position(|k| voice::promised(k).is_some_and(|t| head(&t) == head(&thing)));
                    if let Some(at) = same {
                        let earlier = voice::promised(kept[at]).unwrap_or_default();
                        if thing.len() <= earlier.len() {
                            self.went(text, "clarification", "left out: the same promise as another line");
                            continue;
                        }
                        self.went(kept[at], "clarification", "left out: the same promise as another line");
                        kept.remove(at);
                        self.attach.retain(|a| !(a.line == earlier && a.message == name));
                    }
                    self.attach.push(ToAdd { line: thing, message: name.to_owned() });
                }
                self.went(text, "clarification", name);
                kept.push(*text);
            }
        }
        kept
    }
}

/// Where each highlight and clarification of a note goes, and how many lines its draft leaves
/// to write in the user's own words: what `inspect` and `status` say of it.
pub fn ledger(note: &Note) -> Ledger {
    let people = who_ran_it(note);
    let mut order: Vec<&Person> = people.iter().collect();
    order.sort_by_key(|p| p.kind());
    let interviewers: Vec<&Person> = order.iter().copied().filter(|p| p.kind() == Kind::Interviewer).collect();
    let mut ledger = Ledger::default();
    messages(note, &order, &interviewers, &mut ledger);
    for c in &note.clarifications {
        if !ledger.routes.iter().any(|r| r.kind == "clarification" && &r.text == c) {
            // Only people who helped, no interviewer: nothing to take it up in.
            ledger.went(c, "clarification", "nowhere: no interviewer to write to");
        }
    }
    ledger
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
    /// True for a letter or card handed to the contact who passes the thanks on
    /// (`passed_on_by`): it needs no address block.
    pub passed_on: bool,
    /// Sentences recalling highlights, this person's own first.
    pub highlights: Vec<String>,
    /// True when at least one highlight is about this person.
    pub has_own_highlight: bool,
    /// The message's place among the draft's interviewers, or among its helpers of the same
    /// role, from 0: the wording of the frame varies with it.
    pub rank: usize,
    /// Sentences taking up what did not come across.
    pub clarifications: Vec<String>,
    /// What the note says they did, when a rule understood it: the letter says it back.
    pub did: Option<crate::model::Did>,
    /// The email's subject.
    pub subject: String,
    /// The letter itself, paragraph by paragraph: the opening, the highlights, the
    /// clarifications and the closing, each finished (`voice`).
    pub paragraphs: Vec<String>,
    /// `Best regards,`, `Sincerely,` or `Warmly,`, by channel.
    pub sign_off: &'static str,
    /// A `mailto:` link with recipient, subject and body, for email messages (set by `mail`).
    pub mailto: Option<String>,
    /// True for a follow-up that sets straight what the note still has for one thanked already,
    /// or for the interviewers through the contact who asked for no thanks: no second thank-you.
    pub follow_up: bool,
    /// Whom a follow-up asks its reader to pass it on to (Markdown text): `Lars-Erik`.
    pub forward_to: Option<String>,
}

/// The check-in message.
#[derive(Debug, Serialize)]
pub struct CheckIn {
    /// Whom to send it to: a recruiter or coordinator you email with, else an interviewer.
    pub name: Option<String>,
    pub salutation: Option<String>,
    pub email: Option<String>,
    /// True when the reader is someone you email with (whether or not the note gives the address).
    pub emailed: bool,
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
    let people = who_ran_it(note);
    let mut order: Vec<&Person> = people.iter().collect();
    order.sort_by_key(|p| p.kind());
    let interviewers: Vec<&Person> = order.iter().copied().filter(|p| p.kind() == Kind::Interviewer).collect();
    let mut ledger = Ledger::default();
    let mut messages = messages(note, &order, &interviewers, &mut ledger);
    for m in &mut messages {
        // (Only the interviewers' thanks go through the contact: not a card to your own
        // recruiter, nor to the colleague who referred you.)
        m.passed_on = m.channel != Channel::Email
            && m.kind == Kind::Interviewer
            && note.passed_on_by.as_ref().is_some_and(|c| *c != m.name);
    }
    let closed = is_closed(note.status.as_deref());
    let send_list = send_list(&messages);
    // (Letters handed to the one who passes them on need no address.)
    let passed_on = note.passed_on_by.is_some();
    let needs_address = messages
        .iter()
        .filter(|m| m.channel == Channel::Letter && !m.is_team && m.address.is_none() && !passed_on)
        .map(|m| markdown::text(&m.name).into_owned())
        .collect();
    let needs_surname = messages
        .iter()
        // (`李娜` is a whole name: scripts that write names without spaces are left alone.)
        .filter(|m| {
            let name = markdown::text(&m.name);
            let spaced_script = name.chars().all(|c| (c as u32) < 0x2E80);
            m.channel == Channel::Letter && !m.is_team && !name.trim().contains(' ') && spaced_script
        })
        .map(|m| markdown::text(&m.name).into_owned())
        .collect();
    let needs_email = messages
        .iter()
        .filter(|m| m.channel == Channel::Email && !m.is_team && m.email.is_none())
        .map(|m| markdown::text(&m.name).into_owned())
        .collect();
    let view = NoteView::new(note);
    let date = note.date.map(|d| DateView::new(d, config.day_first));
    let check_in_on = planned.check_in_on.map(|d| DateView::new(d, config.day_first));
    let decision_by = note.decision_by.map(|d| DateView::new(d, config.day_first));
    let interviewer_names = english::join(&interviewers.iter().map(|p| p.name.clone()).collect::<Vec<_>>());
    let checks_in = awaits_answer(note.status.as_deref()) && check_in_on.is_some();
    let next_round_on = note
        .next_round_on
        .filter(|_| awaits_answer(note.status.as_deref()) && check_in_on.is_none() && !note.checked_in)
        .map(|d| DateView::new(d, config.day_first));
    let frame = Frame {
        role: &view.role,
        at_company: &view.at_company,
        company: view.company,
        team: &view.team,
        position: view.position,
        stage_text: &view.stage_text,
        // (`format: phone, 30 min`, `Format: Phone`: held by phone whatever its stage is called.)
        by_phone: note.format.as_deref().is_some_and(|f| crate::text::words::contains_word(&f.to_lowercase(), "phone")),
        remote: [note.format.as_deref(), note.stage.as_deref()].into_iter().flatten().any(|t| {
            let t = t.to_lowercase();
            ["zoom", "video", "teams", "virtual", "remote", "phone", "google meet", "webex", "online"]
                .iter()
                .any(|w| crate::text::words::contains_word(&t, w))
        }),
        day: date.as_ref().map(|d| d.day.as_str()),
        interviewer_names: &interviewer_names,
        closed,
        offer: view.offer,
        rejected: is_rejected(note.status.as_deref()),
        advanced: is_advanced(note.status.as_deref()),
        process: note.process_position,
        check_in_day: check_in_on.as_ref().filter(|_| checks_in).map(|d| d.day.as_str()),
        checks_in_with: note.checks_in_with.as_deref(),
        next_round_day: next_round_on.as_ref().map(|d| d.day.as_str()),
        decision_day: decision_by.as_ref().filter(|_| checks_in).map(|d| d.day.as_str()),
        rounds_left: note.rounds_left,
        steps: &note.steps,
    };
    // (A letter the contact passes on asks its reader for nothing: the check-in goes to the
    // contact, and the reader was not to be written to directly.)
    let passed = Frame { check_in_day: None, ..frame };
    for m in &mut messages {
        let through_contact =
            m.kind == Kind::Interviewer && note.passed_on_by.as_ref().is_some_and(|contact| *contact != m.name);
        if through_contact { passed.fill(m) } else { frame.fill(m) }
    }
    // (Set 48: `- Tama – email to careers@ "attn Tama"`: the inbox's email says whom it is for.)
    for m in &mut messages {
        if note.people.iter().any(|p| p.name == m.name && p.via_inbox) && m.channel == Channel::Email {
            m.subject = format!("For the attention of {}: {}", m.name, m.subject);
        }
    }
    // (The contact's own message says what to pass on, and to whom.)
    let handed: Vec<String> = messages.iter().filter(|m| m.passed_on).map(|m| m.salutation.clone()).collect();
    if let Some(m) = messages.iter_mut().find(|m| note.passed_on_by.as_ref() == Some(&m.name)) {
        if !handed.is_empty() {
            let at = if m.paragraphs.len() > 1 { m.paragraphs.len() - 1 } else { m.paragraphs.len() };
            m.paragraphs.insert(at, Frame::hand_on(&handed, m.channel));
        }
    }
    // (The one who passes the thanks on to others is asked to.)
    let passed = passed_to(note, &order);
    let carries = |m: &Message| note.thanks_passed_by.as_ref() == Some(&m.name);
    let carried = !passed.is_empty() && messages.iter().any(carries);
    if let Some(m) = messages.iter_mut().find(|m| carries(m)).filter(|_| carried) {
        let at = if m.paragraphs.len() > 1 { m.paragraphs.len() - 1 } else { m.paragraphs.len() };
        m.paragraphs.insert(at, Frame::pass_thanks(&passed));
    }
    let followed_up: Vec<String> = messages
        .iter()
        .filter(|m| m.follow_up && thanked_already(note, &order).iter().any(|p| p.name == m.name))
        .map(|m| markdown::text(&m.name).into_owned())
        .collect();
    let reachable = reachable(note, &order);
    // (Nobody to go through: the one who passes the thanks on, `send through Brennan per his rule,
    // he'll forward`, else the one who said they would call, `ray said he'd call by Friday`.)
    let answers = || {
        let named = |name: &Option<String>| reachable.iter().copied().find(|p| name.as_ref() == Some(&p.name));
        named(&note.passed_on_by).or_else(|| named(&note.answers))
    };
    let check_in_call = note.check_in_call.as_ref().filter(|_| checks_in).map(|w| markdown::text(w).into_owned());
    let asked = asked_about_the_decision(note, &reachable);
    let check_in = (checks_in && check_in_call.is_none())
        .then(|| check_in(note, &asked, contact(note, &reachable).or_else(answers), &frame));
    let advanced = frame.advanced;
    let decision_by = note.decision_by.filter(|_| checks_in);
    let late_by_post = late_by_post(
        &messages,
        planned.thank_you_by.filter(|_| !note.thanked && !passed_on),
        decision_by,
        &crate::pipeline::plan::holidays_of(note, &config.holidays),
        config.day_first,
    );
    // (Set 64: a letter dated 27 November said "I'm delighted to have received the offer" of 4
    // December: news the note tells of came after the day the thanks were due.)
    let news_since =
        note.sources.get("status").is_some_and(|s| s == crate::pipeline::extract::NOTE_WORDS) && (closed || advanced);
    let (valediction, signature) = signature(&config.sender);
    let email_signature = email_signature(&config.sender, &signature);
    DraftContext {
        note: view,
        sender: &config.sender,
        date,
        thank_you_by: planned.thank_you_by.map(|d| DateView::new(d, config.day_first)),
        dated: planned.thank_you_by.filter(|_| !news_since).map(|d| DateView::new(d, config.day_first)),
        news_since,
        check_in_on,
        next_round_on,
        messages,
        check_in,
        check_in_call,
        via_inbox: {
            let through: Vec<&Person> = note.people.iter().filter(|p| p.via_inbox && !p.thanked).collect();
            through.first().and_then(|p| p.email.clone()).map(|inbox| ViaInbox {
                names: english::join(&through.iter().map(|p| markdown::text(&p.name).into_owned()).collect::<Vec<_>>()),
                inbox,
            })
        },
        closed,
        advanced,
        thanked: note.thanked,
        hands_off: note.hands_off.as_ref(),
        // (When the contact is the only one met, there is nobody's thanks to pass on.)
        passed_on_by: note.passed_on_by.as_ref().filter(|_| !handed.is_empty()).map(|name| {
            let email = note.people.iter().find(|p| &p.name == name).and_then(|p| p.email.clone());
            PassedOn { name: markdown::text(name).into_owned(), email }
        }),
        thanked_already: thanked_already(note, &order).iter().map(|p| markdown::text(&p.name).into_owned()).collect(),
        followed_up,
        met_in_passing: note.met_in_passing.iter().map(|p| markdown::text(&p.name).into_owned()).collect(),
        thank_yourself: english::join(
            &thanked_in_own_words(note, &order)
                .iter()
                .filter_map(|p| channel_of(p).spoken().map(|how| format!("{} {how}", markdown::text(&p.name))))
                .collect::<Vec<_>>(),
        ),
        thanks_passed: note
            .thanks_passed_by
            .as_ref()
            .map(|by| ThanksPassed {
                by: markdown::text(by).into_owned(),
                to: english::join(
                    &thanked_in_own_words(note, &order)
                        .iter()
                        .filter(|p| channel_of(p) == Channel::Passed)
                        .map(|p| markdown::text(&p.name).into_owned())
                        .collect::<Vec<_>>(),
                ),
                asked: carried,
            })
            .filter(|t| !t.to.is_empty()),
        process: note.process_position,
        interviewer_names,
        note_file: note.path.rsplit('/').next().unwrap_or(&note.path).to_owned(),
        send_list,
        thanked_per: match note.sources.get("thanked").and_then(|s| s.strip_prefix("a later note, ")) {
            Some(file) => format!("your later note ({})", markdown::text(file)),
            None => "your note".to_owned(),
        },
        needs_address,
        needs_surname,
        needs_email,
        to_add: ledger.to_add,
        attach: ledger.attach,
        decision_by: decision_by.map(|d| DateView::new(d, config.day_first)),
        late_by_post,
        signature,
        email_signature,
        valediction,
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
            role: note
                .position
                .as_ref()
                .map_or_else(|| "the role".to_owned(), |p| crate::text::english::role_phrase(p)),
            at_company: note.company.as_ref().map_or_else(String::new, |c| format!(" at {}", english::organisation(c))),
            team: note.company.as_deref().map_or_else(|| "your team".to_owned(), english::organisation),
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
fn messages(note: &Note, order: &[&Person], interviewers: &[&Person], ledger: &mut Ledger) -> Vec<Message> {
    // Those whose thank-you the note says is sent get none now (when all have, the draft keeps
    // every message for reference instead).
    let thanked = thanked_already(note, order);
    let rejected = is_rejected(note.status.as_deref());
    // Those the note says to thank by phone, by text or in person get none either: what is
    // theirs is for the user to say.
    let spoken = thanked_in_own_words(note, order);
    let sent = |p: &&Person| thanked.iter().chain(&spoken).any(|t| t.name == p.name);
    // (`NO contacting panel members directly`: the interviewers get nothing; what was for them
    // stays in the note.)
    let reachable = |p: &&Person| note.may_contact(p);
    let order: Vec<&Person> = order.iter().copied().filter(|p| !sent(p) && reachable(p)).collect();
    let interviewers: Vec<&Person> = interviewers.iter().copied().filter(|p| !sent(p) && reachable(p)).collect();
    let (order, interviewers) = (&order[..], &interviewers[..]);
    // (`don't reach out to board members directly`: what was for them stays in the note; the
    // others are written to as ever.)
    // (`Janelle asked that ALL follow-up come to her`, Janelle having interviewed you: her letter
    // is written as ever, and what was for the others stays in the note.)
    let contact_met =
        |rule: &crate::model::HandsOff| interviewers.iter().any(|p| rule.through.as_ref() == Some(&p.name));
    let (note_highlights, note_clarifications, note_unread) = not_for_the_covered(note, contact_met, ledger);
    if let Some(rule) = note.hands_off.as_ref().filter(|rule| !rule.partial() && !contact_met(rule)) {
        let place = format!("left out: your note says not to contact {} directly", rule.whom);
        for h in &note.highlights {
            ledger.went(&h.text, "highlight", &place);
        }
        // What was to be set straight or sent goes through the contact, in the user's words
        // (`Should correct that with Dana, not the panel`).
        let contact = rule.through.as_ref().filter(|name| order.iter().any(|p| &p.name == *name));
        let to_set_straight = sets_straight;
        for c in &note.clarifications {
            match contact {
                Some(name) if to_set_straight(c) => ledger.list(c, "clarification", name),
                _ => ledger.went(c, "clarification", &place),
            }
        }
        for u in &note.unread {
            match contact {
                Some(name) if unread_kind(u) == "clarification" && to_set_straight(&u.text) => {
                    ledger.list(&u.text, "clarification", name);
                }
                _ => ledger.went(&u.text, unread_kind(u), &place),
            }
        }
        let mut helper_ranks = Vec::new();
        return order.iter().map(|p| message(p, &[], &[], &[], rank_by_role(&mut helper_ranks, p), ledger)).collect();
    }
    // Talk of pay stays in the note: a thank-you letter is no place for it.
    for h in note_highlights.iter().filter(|h| voice::is_about_pay(&h.text)) {
        ledger.went(&h.text, "highlight", "left out: about pay");
    }
    // What happens next is said by the letter in its own words, not recalled as what landed.
    let (next_steps, note_highlights): (Vec<&Highlight>, Vec<&Highlight>) =
        note_highlights.into_iter().partition(|h| voice::is_about_next_steps(&h.text));
    for h in next_steps {
        ledger.went(&h.text, "highlight", "left out: about the next steps");
    }
    // Hurried lines made presentable first ("dev and i" → "Dev and I"), and a highlight that
    // then names an interviewer is theirs.
    let given: Vec<&str> = note.people.iter().map(|p| people::first_name(&p.name)).collect();
    // What the note calls someone (`Tom` for Tomasz) is read as their given name.
    // (So are `Len` for Leonard and `Stef` for Stefan.)
    let by_given_name = |text: &str| {
        note.people.iter().fold(text.to_owned(), |text, p| {
            let text = match &p.called {
                Some(alias) => crate::text::words::replace_word(&text, alias, people::first_name(&p.name)),
                None => text,
            };
            // (Set 46: `Joseph sir`, `Farhan sir`, as an Indian note writes a senior's name: the
            // name alone.)
            let first = people::first_name(&p.name);
            let text = people::RESPECT_AFTER_NAME
                .iter()
                .flat_map(|h| [h.to_string(), crate::text::words::with_first_upper(h)])
                .fold(text, |t, h| crate::text::words::replace_word(&t, &format!("{first} {h}"), first));
            let forms: Vec<String> = people::short_forms_in(&text, p, &note.people)
                .into_iter()
                .map(str::to_owned)
                .chain(people::honorific_forms_in(&text, p, &note.people))
                .collect();
            forms
                .iter()
                .fold(text, |text, form| crate::text::words::replace_word(&text, form, people::first_name(&p.name)))
        })
    };
    // (Set 47: `"You clearly think about clinicians as users, not obstacles." ← after the nurse
    // charting study`, under Naomi: a line no reader took, whose praise can be told back.)
    let told: Vec<Highlight> = note_unread
        .iter()
        .filter(|u| unread_kind(u) == "highlight")
        .filter(|u| {
            let speaker = u.about.as_deref().map(people::first_name);
            voice::told_back(&by_given_name(&u.text), &given, speaker).is_some()
        })
        .map(|u| Highlight { text: u.text.clone(), about: u.about.iter().cloned().collect(), line: u.line })
        .collect();
    let note_unread: Vec<&crate::model::Unread> =
        note_unread.into_iter().filter(|u| !told.iter().any(|h| h.text == u.text)).collect();
    let tidied: Vec<Highlight> = note_highlights
        .into_iter()
        .chain(&told)
        .filter(|h| !voice::is_about_pay(&h.text))
        .map(|h| {
            // (Set 47: `Dr. O -> "you think like an auditor already" after the mock batch record
            // review`: their praise, told back to them in the writer's voice.)
            let named = by_given_name(&h.text);
            // (Set 61: `- Anita: Kirkpatrick L3 story — she said …`, under `WHAT LANDED`: the name
            // before the colon says whose it is, and is no part of it; it was "the you:
            // Kirkpatrick L3 story".)
            let named = h
                .about
                .iter()
                .find_map(|a| {
                    [people::first_name(a), a.as_str()]
                        .iter()
                        .find_map(|n| named.strip_prefix(&format!("{n}: ")))
                        .filter(|rest| rest.starts_with(|c: char| c.is_alphanumeric()))
                })
                .map_or(named.clone(), str::to_owned);
            let speaker = (h.about.len() == 1).then(|| people::first_name(&h.about[0]));
            let named = voice::told_back(&named, &given, speaker).unwrap_or_else(|| voice::trimmed(&named));
            let text = voice::unlabel(&voice::tidy(named.trim_end().trim_end_matches('!').trim_end(), &given));
            let text = voice::undashed(&text, &given);
            ledger.originals.push((text.clone(), h.text.clone()));
            let about = if h.about.is_empty() {
                interviewers.iter().filter(|p| names(&text, p)).map(|p| p.name.clone()).collect()
            } else {
                h.about.clone()
            };
            Highlight { text, about, line: h.line }
        })
        .collect();
    let clarifications: Vec<String> = note_clarifications
        .iter()
        .map(|c| {
            // `Forgot to mention my vestibular course!!`: the writer's exclamation is theirs.
            let text = voice::tidy(by_given_name(c).trim_end().trim_end_matches('!'), &given);
            ledger.originals.push((text.clone(), (*c).clone()));
            text
        })
        .collect();
    for h in
        tidied.iter().filter(|h| !h.about.is_empty() && h.about.iter().all(|a| thanked.iter().any(|t| &t.name == a)))
    {
        ledger.went(&h.text, "highlight", "left out: your thank-you to them is sent already");
    }
    for h in tidied.iter().filter(|h| {
        let theirs = |a: &String| thanked.iter().chain(&spoken).any(|t| &t.name == a);
        !h.about.is_empty()
            && h.about.iter().all(theirs)
            && !h.about.iter().all(|a| thanked.iter().any(|t| &t.name == a))
    }) {
        let passed = |a: &String| spoken.iter().any(|t| &t.name == a && channel_of(t) == Channel::Passed);
        let place = match &note.thanks_passed_by {
            Some(by) if h.about.iter().all(passed) => format!("left out: {by} passes your thanks on to them"),
            _ => "left out: your note says to thank them yourself".to_owned(),
        };
        ledger.went(&h.text, "highlight", &place);
    }
    let highlights: Vec<&Highlight> = tidied.iter().collect();
    let general: Vec<&str> = highlights.iter().filter(|h| h.about.is_empty()).map(|h| h.text.as_str()).collect();
    let own = |p: &Person| highlights.iter().filter(|h| h.about.contains(&p.name)).count();
    // (Set 41: `Dana Whitfield — Talent Acquisition Partner. Set it up, joined for first 5 min
    // then dropped`: one met in passing heard none of what the note says about nobody in
    // particular; the one who interviewed did.)
    let greeted = |p: &Person| matches!(p.did, Some(crate::model::Did::Greeted(_)));
    let stayed: Vec<usize> = (0..interviewers.len()).filter(|&i| !greeted(interviewers[i])).collect();
    let heard = |i: &usize| stayed.is_empty() || stayed.contains(i);
    let mut by_need: Vec<usize> = (0..interviewers.len()).filter(heard).collect();
    by_need.sort_by_key(|&i| (own(interviewers[i]).min(MAX_HIGHLIGHTS), i));
    let mut shares: Vec<Vec<&str>> = vec![Vec::new(); interviewers.len()];
    if !by_need.is_empty() {
        for (i, text) in general.iter().enumerate() {
            shares[by_need[i % by_need.len()]].push(text);
        }
    } else if spoken.iter().any(|p| p.kind() == Kind::Interviewer) {
        for text in &general {
            ledger.went(text, "highlight", "left out: your note says to thank them yourself");
        }
    }
    let writes = |p: &&Person| channel_of(p) != Channel::Card;
    let letters: Vec<usize> = (0..interviewers.len()).filter(|&i| writes(&interviewers[i])).collect();
    let targets: Vec<usize> = if letters.is_empty() { (0..interviewers.len()).collect() } else { letters };
    // (What names nobody goes to those who heard it.)
    let in_turn: Vec<usize> = targets.iter().copied().filter(heard).collect();
    let in_turn = if in_turn.is_empty() { targets.clone() } else { in_turn };
    let mut clarify: Vec<Vec<&str>> = vec![Vec::new(); interviewers.len()];
    let mut helper_promises: Vec<(String, &str)> = Vec::new();
    // Follow-ups: each to its reader, with what it sets straight and whom to pass it on to.
    let mut follow_ups: Vec<(&Person, &str, Option<String>)> = Vec::new();
    let forwarder = (note.people.iter().all(|p| p.kind() != Kind::Interviewer)
        && note.not_thanked.iter().any(|p| p.kind() == Kind::Interviewer))
    .then(|| {
        note.not_thanked
            .iter()
            .find(|p| matches!(p.role.as_deref(), Some("recruiter" | "coordinator")) && channel_of(p) == Channel::Email)
    })
    .flatten();
    let mut turn = 0;
    for (c, &original) in clarifications.iter().zip(&note_clarifications) {
        // A promise goes to the one it was made to, even in a card; anything else that names
        // someone whose card cannot carry it goes to the others' letters. One written in a
        // section about someone (`## System design with Rohan`) is for them.
        let kind = voice::clarification_kind(c);
        // (A note to oneself goes to no one, not even to a list for one thanked already.)
        if kind == voice::ClarifyKind::Private {
            ledger.went(c, "clarification", "private");
            continue;
        }
        // (Set 70: "I'd like to correct one thing…" to one who has just turned you down: what
        // was to be set straight no longer matters; only a promise is still kept.)
        if rejected && kind != voice::ClarifyKind::Promise {
            ledger.went(c, "clarification", DECIDED);
            continue;
        }
        let promise = kind == voice::ClarifyKind::Promise;
        let with = note.clarified_with.get(original);
        // (`send Curtis the one-page 90-day plan outline (via Jo)`: for Curtis; Jo carries it.)
        let addressed = [" (via ", " via ", " (through ", " through ", " thru "]
            .iter()
            .filter_map(|route| c.find(route))
            .min()
            .map_or(c.as_str(), |at| &c[..at]);
        let named: Vec<usize> = (0..interviewers.len())
            .filter(|i| promise || targets.contains(i))
            .filter(|&i| names(addressed, interviewers[i]) || with == Some(&interviewers[i].name))
            .collect();
        // `Send Colette my availability`: for one who helped, whose card carries no such thing;
        // the user writes it to them.
        // For one thanked already: a note of the user's own carries it.
        // (The same for one thanked by phone, by text or in person.)
        if let Some(t) = thanked.iter().chain(&spoken).find(|p| names(c, p) || with == Some(&p.name)) {
            // (One whose thanks another passes on: the message that carries them.)
            let reader = match &note.thanks_passed_by {
                Some(by) if channel_of(t) == Channel::Passed => by,
                _ => &t.name,
            };
            // (Set 60: `Pas besoin de le re-remercier, il a déjà eu le sien`, and a correction for
            // him: one thanked already by email is sent what is still to set straight, in a
            // follow-up with no second thank-you.)
            let emailed_thanks = thanked.iter().any(|p| p.name == t.name) && channel_of(t) == Channel::Email;
            if emailed_thanks && *reader == t.name && sets_straight(c) {
                follow_ups.push((t, c, None));
                continue;
            }
            ledger.list(c, "clarification", reader);
            continue;
        }
        // (Set 60: `Please don't send thank-you notes — not to the panel and not to me …
        // materials you promised: send to me, I forward`: with the whole panel asking for no
        // thanks, what is to be set straight goes to the recruiter, to pass on.)
        if let (true, Some(contact)) = (interviewers.is_empty() && sets_straight(c), forwarder) {
            let panel: Vec<&Person> = note.not_thanked.iter().filter(|p| p.kind() == Kind::Interviewer).collect();
            let to = match panel.iter().find(|p| names(addressed, p) || with == Some(&p.name)) {
                Some(one) => salutation(one),
                None if panel.len() == 1 => salutation(panel[0]),
                None => "the panel".to_owned(),
            };
            follow_ups.push((contact, c, Some(to)));
            continue;
        }
        let helper = order.iter().find(|p| p.kind() == Kind::Helper && (names(c, p) || with == Some(&p.name)));
        if let (true, Some(helper)) = (named.is_empty(), helper) {
            // (`send Melissa a redacted writing sample`, Melissa having booked the interview: her
            // note sends it, when it is written; anything else for her is the user's to word.)
            if promise && channel_of(helper).is_written() {
                helper_promises.push((helper.name.clone(), c));
            } else {
                ledger.list(c, "clarification", &helper.name);
            }
            continue;
        }
        // (`send Raj a sample onboarding plan`, Raj being no one the note lists: not for another
        // to read as promised to them.)
        let to_someone_else = promise
            && named.is_empty()
            && with.is_none()
            && c.strip_prefix("send ")
                .and_then(|rest| rest.split(' ').next())
                .is_some_and(|w| w.starts_with(char::is_uppercase) && !note.people.iter().any(|p| names(w, p)));
        if to_someone_else {
            ledger.list(c, "clarification", WHICHEVER);
            continue;
        }
        if named.is_empty() && !in_turn.is_empty() {
            clarify[in_turn[turn % in_turn.len()]].push(c);
            turn += 1;
        }
        // (Every interviewer to be thanked in the user's own words: theirs to say.)
        if let (true, true, Some(first)) =
            (named.is_empty(), targets.is_empty(), spoken.iter().find(|p| p.kind() == Kind::Interviewer))
        {
            ledger.list(c, "clarification", &first.name);
        }
        for i in named {
            clarify[i].push(c);
        }
    }
    let mut helper_ranks: Vec<Option<&str>> = Vec::new();
    let mut messages: Vec<Message> = order
        .iter()
        .map(|person| match interviewers.iter().position(|p| p.name == person.name) {
            Some(rank) => message(person, &highlights, &shares[rank], &clarify[rank], rank, ledger),
            None => {
                let promises: Vec<&str> =
                    helper_promises.iter().filter(|(name, _)| *name == person.name).map(|(_, c)| *c).collect();
                message(person, &[], &[], &promises, rank_by_role(&mut helper_ranks, person), ledger)
            }
        })
        .collect();
    // (`Beth also brought me coffee`, and nobody else named: those who interviewed are still
    // thanked, as the team.)
    let met_nobody = !who_ran_it(note).iter().any(|p| p.kind() == Kind::Interviewer);
    // (Not when everyone is to be thanked in the user's own words; nor when those who interviewed
    // are to get nothing, set 58: `Please do not send thank-you letters … to panel members`.)
    let unthanked = note.not_thanked.iter().any(|p| p.kind() == Kind::Interviewer);
    if !unthanked && ((messages.is_empty() && spoken.is_empty()) || (met_nobody && note.hands_off.is_none())) {
        messages.insert(0, team_message(&clarifications, note, &general, ledger));
    }
    // What no rule could read is listed for the message to the one it is about, else to the
    // one interviewer, else to whichever interviewer it concerns.
    for u in note_unread {
        let kind = unread_kind(u);
        // (`Still want to send the Kroketten recipe, I promised it.`: still listed.)
        let promised = |t: &str| {
            voice::clarification_kind(t) == voice::ClarifyKind::Promise || t.to_lowercase().contains("promis")
        };
        if rejected && kind == "clarification" && !promised(&u.text) {
            ledger.went(&u.text, kind, DECIDED);
            continue;
        }
        // (Set 49: `… offer coming in writing by Fri. 87k + 10%.`: talk of pay is listed for no
        // message either.)
        if voice::is_about_pay(&u.text) {
            ledger.went(&u.text, kind, "left out: about pay");
            continue;
        }
        // (One thanked already has no message here: what is theirs is for a note of your own.)
        let is_theirs = |name: &String| {
            messages.iter().any(|m| &m.name == name) || thanked.iter().chain(&spoken).any(|t| &t.name == name)
        };
        let met = note.people.iter().any(|p| p.kind() == Kind::Interviewer);
        // (The message that passes thanks on speaks for those it thanks: `He smiled at
        // "apprenticeship."`, of one of them.)
        let passed = |name: &String| spoken.iter().any(|p| &p.name == name && channel_of(p) == Channel::Passed);
        let carrier = note
            .thanks_passed_by
            .as_deref()
            .filter(|by| messages.iter().any(|m| m.name == *by) && spoken.iter().any(|p| passed(&p.name)));
        let reader = match (&u.about, interviewers, carrier) {
            (Some(name), _, Some(by)) if passed(name) => by,
            (Some(name), _, _) if is_theirs(name) => name.as_str(),
            (None, _, Some(by)) => by,
            (_, [one], _) => one.name.as_str(),
            (_, [], _) if !met => TEAM,
            _ => WHICHEVER,
        };
        ledger.list(&u.text, kind, reader);
    }
    let mut readers: Vec<&Person> = Vec::new();
    for (p, _, _) in &follow_ups {
        if !readers.iter().any(|r| r.name == p.name) {
            readers.push(p);
        }
    }
    for (rank, reader) in readers.into_iter().enumerate() {
        let theirs: Vec<&str> =
            follow_ups.iter().filter(|(p, _, _)| p.name == reader.name).map(|(_, c, _)| *c).collect();
        let mut to: Vec<String> = Vec::new();
        for (_, _, t) in follow_ups.iter().filter(|(p, _, _)| p.name == reader.name) {
            if let Some(t) = t.as_ref().filter(|t| !to.contains(t)) {
                to.push(t.clone());
            }
        }
        let kept = ledger.vouch_clarifications(&theirs, &reader.name);
        if kept.is_empty() {
            continue;
        }
        let mut m = message(reader, &[], &[], &[], rank, ledger);
        m.clarifications = voice::clarification_sentences(&kept, &reader.name);
        m.channel = Channel::Email;
        m.did = None;
        m.follow_up = true;
        m.forward_to = (!to.is_empty()).then(|| english::join(&to));
        messages.push(m);
    }
    messages
}

/// True for a clarification that sets something straight: what was said wrong, not mentioned
/// or promised; not a fumble or a question.
fn sets_straight(c: &str) -> bool {
    matches!(
        voice::clarification_kind(c),
        voice::ClarifyKind::Correction | voice::ClarifyKind::Unmentioned | voice::ClarifyKind::Promise
    )
}

/// What the note has for the letters (highlights, clarifications, lines no rule read), less what
/// was for those a rule says not to contact when others are written to as ever: a rule that
/// names them by title (`don't reach out to board members directly`), or one whose contact
/// interviewed you (`contact_met`). What is left out is placed so in `ledger`.
fn not_for_the_covered<'n>(
    note: &'n Note,
    contact_met: impl Fn(&crate::model::HandsOff) -> bool,
    ledger: &mut Ledger,
) -> (Vec<&'n Highlight>, Vec<&'n String>, Vec<&'n crate::model::Unread>) {
    let rule = note.hands_off.as_ref().filter(|rule| rule.partial() || contact_met(rule));
    let covered =
        |name: &String| rule.is_some_and(|rule| note.people.iter().any(|p| &p.name == name && rule.covers(p)));
    let place = rule.map(|rule| format!("left out: your note says not to contact {} directly", rule.whom));
    let mut leave = |text: &str, kind: &'static str| {
        if let Some(place) = &place {
            ledger.went(text, kind, place);
        }
    };
    let highlights = note.highlights.iter().filter(|h| {
        let theirs = !h.about.is_empty() && h.about.iter().all(covered);
        if theirs {
            leave(&h.text, "highlight");
        }
        !theirs
    });
    let highlights = highlights.collect();
    let clarifications = note.clarifications.iter().filter(|c| {
        let theirs = note.clarified_with.get(*c).is_some_and(covered);
        if theirs {
            leave(c, "clarification");
        }
        !theirs
    });
    let clarifications = clarifications.collect();
    let unread = note.unread.iter().filter(|u| {
        let theirs = u.about.as_ref().is_some_and(covered);
        if theirs {
            leave(&u.text, unread_kind(u));
        }
        !theirs
    });
    (highlights, clarifications, unread.collect())
}

/// The people of `order` the note says have had their thank-you, unless all have.
fn thanked_already<'p>(note: &Note, order: &[&'p Person]) -> Vec<&'p Person> {
    if note.thanked {
        return Vec::new();
    }
    order.iter().copied().filter(|p| p.thanked).collect()
}

/// The people of `order` the note says to thank by phone, by text or in person, or through
/// another's message (and not thanked already): no message is drafted for them.
fn thanked_in_own_words<'p>(note: &Note, order: &[&'p Person]) -> Vec<&'p Person> {
    if note.thanked {
        return Vec::new();
    }
    order.iter().copied().filter(|p| !p.thanked && note.may_contact(p) && !channel_of(p).is_written()).collect()
}

/// The names those passed the thanks on are given in the message of the one who passes them
/// (`Gareth and Ola`).
fn passed_to(note: &Note, order: &[&Person]) -> Vec<String> {
    thanked_in_own_words(note, order)
        .iter()
        .filter(|p| channel_of(p) == Channel::Passed)
        .map(|p| markdown::text(&salutation(p)).into_owned())
        .collect()
}

/// The reader named for a line that could go in any interviewer's message.
const WHICHEVER: &str = "whichever interviewer it concerns";

/// Where a clarification goes when the company has turned you down.
const DECIDED: &str = "left out: the company has decided";

/// The channel a person's message takes.
fn channel_of(person: &Person) -> Channel {
    person.channel.unwrap_or_else(|| channel(person, None))
}

/// The letters and cards among `messages` that, posted on `posted`, would arrive on or after
/// `decision`, when the decision is made: too late to count.
fn late_by_post(
    messages: &[Message],
    posted: Option<Date>,
    decision: Option<Date>,
    holidays: &[Date],
    day_first: bool,
) -> Option<LateByPost> {
    let arrives = crate::pipeline::plan::workdays::arrives_by_post(posted?, holidays);
    if arrives < decision? {
        return None;
    }
    let names: Vec<String> = messages
        .iter()
        .filter(|m| m.channel != Channel::Email)
        .map(|m| if m.is_team { "the hiring team".to_owned() } else { markdown::text(&m.name).into_owned() })
        .collect();
    let decision = decision?;
    let when = if arrives == decision {
        format!("on {}, the day they mean to decide", english::day_in_order(arrives, day_first))
    } else {
        let (arrives, decision) =
            (english::day_in_order(arrives, day_first), english::day_in_order(decision, day_first));
        format!("on {arrives}, after the answer they expect to give by {decision}")
    };
    (!names.is_empty()).then(|| LateByPost { names: english::join(&names), when })
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

/// The people of a note, as the letters see them: when nobody else interviewed you, the
/// recruiters and coordinators the note names ran the interview (a phone screen with a
/// recruiter), or else the one assistant of a call, and each gets a full thank-you rather than
/// a helper's card.
fn who_ran_it(note: &Note) -> Vec<Person> {
    let mut out = note.people.to_vec();
    let ran = |p: &Person| matches!(p.role.as_deref(), Some("recruiter" | "coordinator"));
    // (Set 57: not when those who interviewed asked for no thanks, `please don't send them`: the
    // coordinator did not run the panel.)
    if !out.iter().chain(&note.not_thanked).any(|p| p.kind() == Kind::Interviewer) {
        // (`Carla Mendez, Office Manager` who called for the phone screen: the one assistant of a
        // call with nobody else ran it; the assistant who brought coffee on a visit did not.)
        let call = voice::stage_phrase(note.stage.as_deref());
        let call = ["phone", "screen", "call"].iter().any(|w| call.contains(w));
        let assistants: Vec<usize> = (0..out.len()).filter(|&i| out[i].role.as_deref() == Some("assistant")).collect();
        let by_assistant = call && !out.iter().any(ran) && assistants.len() == 1;
        for (i, p) in out.iter_mut().enumerate() {
            if ran(p) || (by_assistant && assistants.contains(&i)) {
                p.kind = Some(Kind::Interviewer);
            }
        }
    }
    out
}

/// The signature's closing line, if it opens with one (`Thanks so much,` over the name), and
/// the lines after it (signature, else name) joined with Markdown line breaks; both empty if unset.
fn signature(sender: &Sender) -> (String, String) {
    let text = sender.signature.as_deref().or(sender.name.as_deref()).unwrap_or_default().trim();
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    // (A closing is a few words and a comma, with a name under it: not `Sam Rivera, PhD`.)
    let closes = |line: &str| line.ends_with(',') && line.split_whitespace().count() <= 4;
    let valediction = match lines[..] {
        [first, _, ..] if closes(first) => lines.remove(0).to_owned(),
        _ => String::new(),
    };
    (valediction, lines.join("  \n"))
}

/// `signature` as an email closes with it: the phone under the name, unless the sender wrote a
/// signature of their own (which says what they want said).
fn email_signature(sender: &Sender, signature: &str) -> String {
    let own = sender.signature.as_deref().is_some_and(|s| !s.is_empty());
    match sender.phone.as_deref().filter(|p| !p.is_empty()) {
        Some(phone) if !own && !signature.is_empty() => format!("{signature}  \n{phone}"),
        _ => signature.to_owned(),
    }
}

/// How many highlights one message recalls: enough to be specific, few enough to read as a letter.
const MAX_HIGHLIGHTS: usize = 3;

/// A person's message: `highlights` are the note's that a letter may recall, `general` the
/// share of those about no one in particular that this message recalls, `clarify` its share of
/// the clarifications. A helper gets none of them.
fn message(
    person: &Person,
    highlights: &[&Highlight],
    general: &[&str],
    clarify: &[&str],
    rank: usize,
    ledger: &mut Ledger,
) -> Message {
    let kind = person.kind();
    let channel = channel_of(person);
    let (highlights, has_own_highlight, clarifications) = if kind == Kind::Interviewer {
        let own: Vec<&str> =
            highlights.iter().filter(|h| h.about.contains(&person.name)).map(|h| h.text.as_str()).collect();
        let candidates: Vec<&str> = own.iter().chain(general.iter()).copied().collect();
        // A card recalls one highlight, a letter or an email three.
        let room = if channel == Channel::Card { 1 } else { MAX_HIGHLIGHTS };
        let picked = ledger.vouch_highlights(&candidates, &person.name, room);
        let clarify = ledger.vouch_clarifications(clarify, &person.name);
        // (One left out or listed to write is not sent: what they did stands in for it.)
        let sends_own = picked.iter().any(|p| own.contains(p));
        (
            distinct(voice::highlight_sentences(&picked, &person.name)),
            sends_own,
            distinct(voice::clarification_sentences_at(&clarify, &person.name, rank)),
        )
    } else {
        // (A helper's note carries only what was promised to them.)
        let clarify = ledger.vouch_clarifications(clarify, &person.name);
        (Vec::new(), false, distinct(voice::clarification_sentences(&clarify, &person.name)))
    };
    Message {
        name: person.name.clone(),
        salutation: salutation(person),
        title: person.title.clone(),
        email: person.email.clone(),
        address: person.address.clone(),
        channel,
        kind,
        role: person.role.clone(),
        is_team: false,
        passed_on: false,
        highlights,
        has_own_highlight,
        rank,
        clarifications,
        // (`how I work w/ maintenance`: what a rule read is still sent only in plain words.)
        // (Set 47: `Sorted my parking` is help to thank a helper for, though the parking is an
        // aside in a highlight.)
        did: person.did.clone().filter(|did| match voice::unvouched(did.words()) {
            None => true,
            Some(why) => why == "an aside" && matches!(did, crate::model::Did::Helped(_)),
        }),
        subject: String::new(),
        paragraphs: Vec::new(),
        sign_off: "",
        mailto: None,
        follow_up: false,
        forward_to: None,
    }
}

/// How many helpers of `person`'s role have a message before theirs (their message's wording
/// varies with it), counting them in.
fn rank_by_role<'p>(ranks: &mut Vec<Option<&'p str>>, person: &'p Person) -> usize {
    let role = person.role.as_deref();
    let rank = ranks.iter().filter(|r| **r == role).count();
    ranks.push(role);
    rank
}

/// `sentences` without one said again (set 66: `I didn't mention that I coach netball and run the
/// Science Fair` and a to-do's `(+ netball/Science Fair)` were the same sentence, twice in one
/// letter).
fn distinct(mut sentences: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    sentences.retain(|s| seen.insert(s.clone()));
    sentences
}

/// What an unread line seems to be, as the ledger names it.
fn unread_kind(u: &crate::model::Unread) -> &'static str {
    if u.kind == "clarification" { "clarification" } else { "highlight" }
}

/// A company's name without its article, for "Dear Alder Hotel team" (not "Dear The Alder Hotel
/// team"), and without its legal form (not "Dear Rand Metro Water SOC Ltd team").
fn without_article(company: &str) -> String {
    let name = english::organisation(company);
    name.strip_prefix("The ").or_else(|| name.strip_prefix("the ")).unwrap_or(&name).to_owned()
}

/// The one message of a note that names nobody: a letter to the hiring team.
fn team_message(clarifications: &[String], note: &Note, general: &[&str], ledger: &mut Ledger) -> Message {
    let picked = ledger.vouch_highlights(general, TEAM, MAX_HIGHLIGHTS);
    let clarify: Vec<&str> = clarifications.iter().map(String::as_str).collect();
    let clarify = ledger.vouch_clarifications(&clarify, TEAM);
    Message {
        name: note
            .company
            .as_ref()
            .map_or_else(|| "The hiring team".to_owned(), |c| format!("The {} hiring team", without_article(c))),
        salutation: note
            .company
            .as_ref()
            .map_or_else(|| "Hiring Team".to_owned(), |c| format!("{} team", without_article(c))),
        title: None,
        email: None,
        address: None,
        channel: Channel::Letter,
        kind: Kind::Interviewer,
        role: None,
        is_team: true,
        passed_on: false,
        highlights: voice::highlight_sentences(&picked, "").into_iter().collect(),
        has_own_highlight: false,
        rank: 0,
        clarifications: voice::clarification_sentences(&clarify, ""),
        did: None,
        subject: String::new(),
        paragraphs: Vec::new(),
        sign_off: "",
        mailto: None,
        follow_up: false,
        forward_to: None,
    }
}

/// How a message greets `person`: what the note calls them (`Tom`), unless an honorific asks
/// for more; else `voice::salutation`.
fn salutation(person: &Person) -> String {
    // (Initials, `DC` for David Chua Boon Keat, are what colleagues call him, not a greeting.)
    let initials = |alias: &str| alias.len() <= 3 && alias.chars().all(|c| c.is_ascii_uppercase());
    match &person.called {
        // (Set 48: `M. Farooq`, what the note calls him, greeted by the name after the initial;
        // `Mdm Lee`, `Ana Lucía` as the note calls them.)
        Some(alias) if (people::honorific(&person.name).is_none() || person.called_as_asked) && !initials(alias) => {
            let initial = alias.split_once(' ').is_some_and(|(first, _)| {
                first.len() == 2 && first.ends_with('.') && first.starts_with(char::is_uppercase)
            });
            // (Set 57: `[[people.dave-r|Dave R.]]`, whose surname the writer did not catch: "Dear
            // Dave,", not "Dear Dave R.,".)
            let initialled = alias.rsplit_once(' ').filter(|(_, last)| {
                let letter = last.trim_end_matches('.');
                letter.chars().count() == 1 && letter.starts_with(char::is_uppercase)
            });
            match initialled {
                _ if initial => people::first_name(alias).to_owned(),
                Some((given, _)) => given.to_owned(),
                None => alias.clone(),
            }
        }
        _ => voice::salutation(&person.name),
    }
}

/// True when `text` names `person`, by full or given name.
fn names(text: &str, person: &Person) -> bool {
    let lower = text.to_lowercase();
    // (`send Dr. Anand the recall templates`: Dr. Priya Anand, by title and surname.)
    let last = people::last_name(&person.name).to_lowercase();
    let titled = people::ABBREVIATED_HONORIFICS
        .iter()
        .any(|t| crate::text::words::contains_word(&lower, &format!("{}. {last}", t.to_lowercase())));
    titled
        || crate::text::words::contains_word(&lower, &people::bare_name(&person.name).to_lowercase())
        || crate::text::words::contains_word(&lower, &people::first_name(&person.name).to_lowercase())
}

/// Whom a note's check-in goes to, by name: what the dashboard and `status` say, so that they
/// name the person the draft's check-in is written to. `None`: the hiring team.
pub fn check_in_recipient(note: &crate::model::Note) -> Option<String> {
    // (The one to ring, when the note says to check in by phone.)
    if let Some(whom) = &note.check_in_call {
        return Some(whom.clone());
    }
    let people = who_ran_it(note);
    let mut order: Vec<&Person> = people.iter().collect();
    order.sort_by_key(|p| p.kind());
    let reachable = reachable(note, &order);
    let asked = asked_about_the_decision(note, &reachable);
    check_in_to(note, &asked).or_else(|| contact(note, &reachable)).map(|p| p.name.clone())
}

/// Those a check-in may go to: `reachable`, and a recruiter or coordinator who asked for no
/// thank-you notes, who is still the one to ask about the decision (set 60: `Please don't send
/// thank-you notes — not to the panel and not to me`, then `Ask Ingrid about decision if nothing
/// after Friday`).
fn asked_about_the_decision<'p>(note: &'p Note, reachable: &[&'p Person]) -> Vec<&'p Person> {
    let runs_it = |p: &&Person| matches!(p.role.as_deref(), Some("recruiter" | "coordinator"));
    reachable.iter().copied().chain(note.not_thanked.iter().filter(runs_it)).collect()
}

/// The people of `order` a message may go to: all, unless the note says not to contact the
/// interviewers directly; then the one it says to go through first, and those who helped.
fn reachable<'p>(note: &Note, order: &[&'p Person]) -> Vec<&'p Person> {
    match &note.hands_off {
        Some(rule) => {
            let through = order.iter().copied().filter(|p| rule.through.as_ref() == Some(&p.name));
            let others =
                order.iter().copied().filter(|p| note.may_contact(p) && rule.through.as_ref() != Some(&p.name));
            through.chain(others).collect()
        }
        None => order.to_vec(),
    }
}

/// The one the note says to go through, among `people`.
fn contact<'p>(note: &Note, people: &[&'p Person]) -> Option<&'p Person> {
    let through = note.hands_off.as_ref()?.through.as_ref()?;
    people.iter().copied().find(|p| &p.name == through)
}

/// The check-in's reader: a recruiter or coordinator one emails with, else an interviewer one
/// emails with, else anyone one emails with; with nobody, the team through whatever channel.
fn check_in_to<'p>(note: &Note, people: &[&'p Person]) -> Option<&'p Person> {
    // (Set 47: `If nothing by Mon 14/12, email Harpreet.`: the one the note says, when you write
    // to them.)
    let said = people
        .iter()
        .copied()
        .find(|p| note.checks_in_with.as_ref() == Some(&p.name) && (p.emailed || p.channel == Some(Channel::Email)));
    if said.is_some() {
        return said;
    }
    // (One thanked by text or in person, whom you have emailed, can still be emailed: `text
    // kirsty thanks, she said text is fine`, Kirsty having set the interview up by email.)
    let emailed = |p: &&&Person| {
        p.channel == Some(Channel::Email) || (p.emailed && p.channel.is_some_and(|c| c.spoken().is_some()))
    };
    // Someone whose address the note gives comes first: the check-in can go out as it is.
    let mut emailed: Vec<&'p Person> = people.iter().filter(emailed).copied().collect();
    emailed.sort_by_key(|p| p.email.is_none());
    // (Set 58: the recruiter who will give the answer before the coordinator who booked the
    // rooms; the one the thanks go through before either.)
    let through = emailed.iter().find(|p| note.passed_on_by.as_ref() == Some(&p.name));
    let found = through
        .or_else(|| emailed.iter().find(|p| p.role.as_deref() == Some("recruiter")))
        .or_else(|| emailed.iter().find(|p| p.role.as_deref() == Some("coordinator")));
    found.or_else(|| emailed.iter().find(|p| p.kind() == Kind::Interviewer)).or_else(|| emailed.first()).copied()
}

/// Those a note says to reach through the company's careers inbox (`names`, joined), and the
/// inbox's address.
#[derive(Debug, Serialize)]
pub struct ViaInbox {
    pub names: String,
    pub inbox: String,
}

/// The check-in, to `check_in_to`'s reader.
fn check_in(note: &Note, people: &[&Person], contact: Option<&Person>, frame: &Frame) -> CheckIn {
    let to = check_in_to(note, people);
    // Nobody emailed: the one the note says to go through, else the recruiter or coordinator
    // the note names, by whatever channel the two of you use; a named person reads better than
    // "Dear Acme team".
    let named = to
        .or(contact)
        .or_else(|| people.iter().copied().find(|p| matches!(p.role.as_deref(), Some("recruiter" | "coordinator"))));
    let salutation = named.map(salutation);
    CheckIn {
        name: named.map(|p| p.name.clone()),
        greeting: salutation
            .clone()
            // (With no company named: "Dear hiring team", not "Dear your team team".)
            .unwrap_or_else(|| {
                frame.company.map_or_else(|| "hiring team".to_owned(), |c| format!("{} team", without_article(c)))
            }),
        salutation,
        email: to.and_then(|p| p.email.clone()),
        emailed: to.is_some(),
        subject: frame.check_in_subject(),
        paragraphs: frame.check_in_paragraphs(to.map(|p| p.name.as_str())),
        mailto: None,
    }
}

#[cfg(test)]
mod tests {
    use super::salutation;
    use crate::model::Person;

    #[test]
    fn a_sentence_said_again_in_one_message_is_said_once() {
        let said = vec!["I didn't get to mention that I coach netball.".to_owned(), "Other.".to_owned()];
        let twice = [said.clone(), vec![said[0].clone()]].concat();
        assert_eq!(super::distinct(twice), said);
    }

    // Set 48's `M. Farooq` is greeted by the name after his initial; set 47's `Mdm Lee` and `Ana
    // Lucía`, as the notes call them, whole.
    #[test]
    fn what_the_note_calls_someone_is_the_greeting_but_an_initial() {
        let called = |name: &str, alias: &str| {
            salutation(&Person { name: name.to_owned(), called: Some(alias.to_owned()), ..Person::default() })
        };
        assert_eq!(called("M. Farooq", "M. Farooq"), "Farooq");
        assert_eq!(called("Lee Mei Fong", "Mdm Lee"), "Mdm Lee");
        assert_eq!(called("Ana Lucía Ferreira", "Ana Lucía"), "Ana Lucía");
        assert_eq!(called("Oleksandr Kovalenko", "Sasha"), "Sasha");
        assert_eq!(called("Dave R", "Dave R."), "Dave", "a surname the writer did not catch");
    }
}
