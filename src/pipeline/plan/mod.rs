//! Plan stage: applies the follow-up advice to one note.
//!
//! Input is an extracted `Note` and the `Config`; output is a `Planned` note: every person with
//! the channel to reach them, the thank-you and check-in dates, the warnings. The advice encoded
//! here: thank each person by name within `thank_you_days`; email only people you have already
//! exchanged email with, else a letter (interviewers) or a card (helpers); check in after
//! `follow_up_days`. Nothing in `plan` depends on today, so a draft changes only with its note;
//! what is due on a given day, and how urgent, is `due`'s. How the letters are worded is
//! `letters`'.

pub mod due;
pub mod status;
pub mod workdays;

pub use status::{awaits_answer, is_advanced, is_closed, is_rejected};

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Position};
use crate::model::{Channel, Kind, Note, Person};

/// A note with the follow-up decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Planned {
    /// The note, with every person's channel filled in.
    pub note: Note,
    pub thank_you_by: Option<Date>,
    pub check_in_on: Option<Date>,
    /// An action overdue by more than this many days has gone quiet (`stale_after_days`).
    pub stale_after_days: i32,
    /// Warnings about the plan (nobody named, an address never emailed…).
    pub warnings: Vec<Diagnostic>,
    /// False when the note records no interview yet (no date, people, highlights or points to
    /// clarify): a thank-you for a meeting that has not happened would be wrong, so no draft.
    pub drafted: bool,
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
    let reachable: Vec<bool> = note.people.iter().map(|p| note.may_contact(p)).collect();
    // (Set 60: the recruiter who asked for no thank-you notes is still asked about the decision,
    // by the channel the two of you use.)
    for person in &mut note.not_thanked {
        person.channel = Some(channel(person, config.not_yet_emailed));
    }
    for (person, reachable) in note.people.iter_mut().zip(reachable) {
        person.channel = Some(channel(person, config.not_yet_emailed));
        // (Nothing is drafted to a panel the note says not to contact, nor to one already thanked:
        // no address is wanted for either.)
        if reachable && !person.thanked {
            warnings.extend(channel_warning(&note.path, person));
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
    // (`round 2 of 3 … a decision before winter break, so probably by Dec 11`: with rounds still
    // to come, a decision after the usual check-in ends the whole process; the check-in and the
    // letters are about the next round.)
    // (The days off the note names count as the configured ones do: no check-in on Thanksgiving
    // for a note that says the decision comes before it.)
    let holidays = holidays_of(&note, &config.holidays);
    let usual = days_after(note.date, config.follow_up_days, &holidays);
    if note.rounds_left.is_some_and(|left| left > 0) && note.decision_by.zip(usual).is_some_and(|(d, u)| d >= u) {
        note.decision_by = None;
    }
    let (thank_you_by, check_in_on) = due_days(&note, config.thank_you_days, config.follow_up_days, &holidays);
    Planned { note, thank_you_by, check_in_on, stale_after_days: config.stale_after_days, warnings, drafted }
}

/// The days nobody reads mail for `note`: the configured `holidays` and the days off the note
/// names, sorted; borrowed when the note names none (most notes, on every build).
pub fn holidays_of<'a>(note: &Note, holidays: &'a [Date]) -> std::borrow::Cow<'a, [Date]> {
    if note.days_off.is_empty() {
        return std::borrow::Cow::Borrowed(holidays);
    }
    let mut all: Vec<Date> = holidays.iter().chain(&note.days_off).copied().collect();
    all.sort_unstable();
    all.dedup();
    std::borrow::Cow::Owned(all)
}

/// The thank-you's and the check-in's days: `thank_you_days` and `follow_up_days` after the
/// interview, each moved off a weekend to the Monday, since nobody reads mail sent then. When
/// the note says by when the company will decide, the check-in is the working day after that.
fn due_days(note: &Note, thank_you_days: i32, follow_up_days: i32, holidays: &[Date]) -> (Option<Date>, Option<Date>) {
    // (A next round on a day the note names, before the usual check-in or within a week after it,
    // takes its place: a check-in would ask after what has happened since; a check-in after the
    // day they decide by stays.)
    // (The day the note itself sets, `nothing by Tue 12/1 -> email Denise`, comes first.)
    let said = note.check_in_said.map(|d| workdays::on_a_working_day(d, holidays));
    let check_in = said.or_else(|| note.decision_by.map(|d| workdays::working_day_after(d, holidays))).or_else(|| {
        days_after(note.date, follow_up_days, holidays)
            // (Set 46: nor one due the day before a final booked for Thu 3 Dec: a check-in asks
            // after silence, and a round soon booked is no silence; set 47: nor eleven days before a case
            // study booked for 8 December. A round weeks away still leaves a check-in.)
            .filter(|day| note.next_round_on.is_none_or(|round| round.checked_sub(14.days()).is_ok_and(|r| *day < r)))
    });
    (days_after(note.date, thank_you_days, holidays), check_in)
}

/// The working day `days` after the interview on `date` (moved off a weekend or holiday).
fn days_after(date: Option<Date>, days: i32, holidays: &[Date]) -> Option<Date> {
    date.and_then(|d| d.checked_add(days.days()).ok()).map(|d| workdays::on_a_working_day(d, holidays))
}

/// What a person's channel leaves to the user: an email address not used (mail from an unknown
/// sender tends to land in spam), a letter without an address to post it to.
fn channel_warning(path: &str, person: &Person) -> Option<Diagnostic> {
    let channel = person.channel.unwrap_or(Channel::Letter);
    if channel == Channel::Email && person.email.is_none() {
        return Some(
            Diagnostic::warning(path, line(person.line), format!("an email to {} needs their address: add `email:`", person.name))
                .with_help("you have emailed them before, so the address is in that thread; or give `channel: letter` or `channel: card`"),
        );
    }
    let unaddressed = channel == Channel::Letter && person.address.is_none();
    if person.email.is_some() && !person.emailed && channel != Channel::Email {
        let needs = if unaddressed { ", which needs their postal address as `address:`" } else { "" };
        return Some(
            Diagnostic::warning(path, line(person.line), format!("{} has an email address but you have not exchanged email yet: drafting a {channel} instead{needs}", person.name))
                .with_help("mail from an unknown sender tends to land in spam; set `emailed: true` once you have corresponded, or `channel: email` to email anyway"),
        );
    }
    unaddressed.then(|| {
        Diagnostic::warning(
            path,
            line(person.line),
            format!("a letter to {} needs an address: add `address:`", person.name),
        )
        .with_help("the company's office address will do; or give `channel: card` to hand a card over")
    })
}

fn line(line: usize) -> Position {
    Position { line: line.max(1), column: 1 }
}

/// The channel for a person: an explicit one wins; email only after an exchange of email.
///
/// Everyone else gets `not_yet_emailed` (`followup.toml`) when it is set and possible (an email
/// needs an address), else a letter if they interviewed you and a card if they helped.
pub fn channel(person: &Person, not_yet_emailed: Option<Channel>) -> Channel {
    if let Some(c) = person.channel {
        return c;
    }
    // Someone the note says you have emailed gets an email, address or not: the address is in
    // that thread, and `channel_warning` asks for it.
    match (person.emailed, not_yet_emailed, person.kind()) {
        (true, _, _) => Channel::Email,
        (false, Some(Channel::Email), _) if person.email.is_some() => Channel::Email,
        (false, Some(c @ (Channel::Letter | Channel::Card)), _) => c,
        (false, _, Kind::Interviewer) => Channel::Letter,
        (false, _, Kind::Helper) => Channel::Card,
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
        assert_eq!(channel(&person("A", Some("a@x.com"), true, Kind::Interviewer), None), Channel::Email);
        assert_eq!(channel(&person("A", Some("a@x.com"), false, Kind::Interviewer), None), Channel::Letter);
        assert_eq!(
            channel(&person("A", None, true, Kind::Interviewer), None),
            Channel::Email,
            "the address is in the thread"
        );
        assert_eq!(channel(&person("A", None, false, Kind::Helper), None), Channel::Card);
        let mut explicit = person("A", None, false, Kind::Helper);
        explicit.channel = Some(Channel::Email);
        assert_eq!(channel(&explicit, Some(Channel::Card)), Channel::Email);
    }

    #[test]
    fn the_channel_for_people_not_yet_emailed_can_be_set() {
        let interviewer = person("A", Some("a@x.com"), false, Kind::Interviewer);
        let helper = person("B", None, false, Kind::Helper);
        assert_eq!(channel(&interviewer, Some(Channel::Card)), Channel::Card);
        assert_eq!(channel(&helper, Some(Channel::Letter)), Channel::Letter);
        assert_eq!(channel(&interviewer, Some(Channel::Email)), Channel::Email);
        assert_eq!(channel(&helper, Some(Channel::Email)), Channel::Card, "no address: no email");
    }

    #[test]
    fn no_follow_up_is_due_on_a_weekend() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        // Friday, October 30: a day later is a Saturday, two weeks later a Friday.
        let note = Note { date: Some(d("2026-10-30")), ..Note::default() };
        assert_eq!(due_days(&note, 1, 14, &[]), (Some(d("2026-11-02")), Some(d("2026-11-13"))));
        assert_eq!(due_days(&note, 1, 15, &[]), (Some(d("2026-11-02")), Some(d("2026-11-16"))), "a Saturday check-in");
        assert_eq!(due_days(&Note::default(), 1, 14, &[]), (None, None));
    }

    #[test]
    fn a_round_booked_within_two_weeks_of_the_check_in_takes_its_place() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        // Set 46: interview Wednesday, November 18; the usual check-in Wednesday, December 2.
        let mut note = Note { date: Some(d("2026-11-18")), next_round_on: Some(d("2026-12-03")), ..Note::default() };
        assert_eq!(due_days(&note, 1, 14, &[]).1, None, "the final is the day after");
        // Set 47: interview Friday, November 13; the case study Tuesday, December 8, eleven days on.
        let straits = Note { date: Some(d("2026-11-13")), next_round_on: Some(d("2026-12-08")), ..Note::default() };
        assert_eq!(due_days(&straits, 1, 14, &[]).1, None, "the case study is within two weeks of it");
        note.next_round_on = Some(d("2027-01-12"));
        assert_eq!(due_days(&note, 1, 14, &[]).1, Some(d("2026-12-02")), "a round weeks away leaves it");
    }

    #[test]
    fn a_decision_date_brings_the_check_in_to_the_working_day_after_it() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let mut note = Note { date: Some(d("2026-11-05")), decision_by: Some(d("2026-11-11")), ..Note::default() };
        assert_eq!(due_days(&note, 1, 14, &[]).1, Some(d("2026-11-12")), "the Thursday after a Wednesday");
        note.decision_by = Some(d("2026-11-13"));
        assert_eq!(due_days(&note, 1, 14, &[]).1, Some(d("2026-11-16")), "the Monday after a Friday");
    }

    // Set 27: with a round still to come, a decision after the usual check-in ends the whole
    // process; the check-in asks about the next round two weeks on. A sooner one still counts.
    #[test]
    fn with_rounds_to_come_a_later_decision_is_the_whole_processs() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config = Config::resolve(dir.path(), Some("2026-11-06")).unwrap();
        let note = Note {
            date: Some(d("2026-11-05")),
            decision_by: Some(d("2026-12-11")),
            rounds_left: Some(1),
            ..Note::default()
        };
        let planned = plan(note.clone(), &config);
        assert_eq!((planned.note.decision_by, planned.check_in_on), (None, Some(d("2026-11-19"))));
        let planned = plan(Note { decision_by: Some(d("2026-11-13")), ..note.clone() }, &config);
        assert_eq!(planned.check_in_on, Some(d("2026-11-16")));
        let planned = plan(Note { rounds_left: None, ..note.clone() }, &config);
        assert_eq!(planned.check_in_on, Some(d("2026-12-14")));
        // Set 37: the days off a note names are no day to check in on (Thanksgiving, the Friday).
        let before_thanksgiving = Note {
            decision_by: Some(d("2026-11-25")),
            rounds_left: None,
            days_off: vec![d("2026-11-26"), d("2026-11-27")],
            ..note
        };
        assert_eq!(plan(before_thanksgiving, &config).check_in_on, Some(d("2026-11-30")));
    }

    #[test]
    fn webmail_domains_are_recognised() {
        assert!(is_webmail("sam@Gmail.com"));
        assert!(!is_webmail("sam@rivera.dev"));
    }
}
