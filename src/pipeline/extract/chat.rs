//! A chat pasted into a note (Teams' `[13/11/2026 07:31] Gemma Hollister (You)`, WhatsApp's
//! `13/11/2026, 07:31 - Gemma: …`): each message's day. A message written before the interview
//! tells of an earlier round, not of this one's thanks (set 71: `sent Dawn the thank you email
//! last night`, stamped 13 November, in the note of the 26 November round).

use std::borrow::Cow;

use jiff::civil::Date;

/// `text` with the lines of each message stamped before `date` blanked, so that what they say
/// counts for no later round; every line keeps its place. `text` itself when no stamp is.
pub(super) fn said_since(text: &str, date: Option<Date>) -> Cow<'_, str> {
    let Some(date) = date else { return Cow::Borrowed(text) };
    let mut earlier = false;
    let mut cut = false;
    let lines: Vec<&str> = text
        .lines()
        .map(|line| {
            if let Some((month_first, day_first)) = stamp_readings(line) {
                // (A day that reads two ways is earlier only when both readings are.)
                let before = |d: Option<Date>| d.is_none_or(|d| d < date);
                earlier = (month_first.is_some() || day_first.is_some()) && before(month_first) && before(day_first);
            }
            cut |= earlier;
            if earlier { "" } else { line }
        })
        .collect();
    if !cut {
        return Cow::Borrowed(text);
    }
    let mut out = lines.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    Cow::Owned(out)
}

/// For each line of `text`, the day of the chat message it is part of, when a stamp above it
/// gives one (read the way the chat's stamps are written); none outside a chat.
pub(super) fn days_by_line(text: &str) -> Vec<Option<Date>> {
    let order = order(text);
    let mut day = None;
    text.lines()
        .map(|line| {
            if let Some(readings) = stamp_readings(line) {
                day = one_day(readings, order);
            }
            day
        })
        .collect()
}

/// Whether a chat's stamps put the day first (`30/11/2026`) or the month (`11/30/2026`), when
/// one of them reads one way only.
fn order(text: &str) -> Option<bool> {
    let readings: Vec<(Option<Date>, Option<Date>)> = text.lines().filter_map(stamp_readings).collect();
    let day_first = readings.iter().any(|(m, d)| m.is_none() && d.is_some());
    let month_first = readings.iter().any(|(m, d)| m.is_some() && d.is_none());
    match (day_first, month_first) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// The day a stamp's readings give, in the chat's order when it reads two ways.
fn one_day((month_first, day_first): (Option<Date>, Option<Date>), order: Option<bool>) -> Option<Date> {
    match (month_first, day_first) {
        (Some(m), Some(d)) if m == d => Some(m),
        (Some(m), Some(d)) => order.map(|first| if first { d } else { m }),
        (m, d) => m.or(d),
    }
}

/// The day most of a pasted chat's messages were written, which a debrief typed as it happened
/// makes the interview's (set 71: three messages of 30 November, when the recruiter rang, and
/// thirteen of 2 December, the interview's day); none for fewer than three stamps. A stamp that
/// reads two ways is read the way the chat's others are written.
pub(super) fn busiest_day(text: &str) -> Option<Date> {
    let stamps = text.lines().filter_map(stamp_readings).filter(|(m, d)| m.is_some() || d.is_some()).count();
    if stamps < 3 {
        return None;
    }
    let order = order(text);
    let days: Vec<Date> = text.lines().filter_map(stamp_readings).filter_map(|r| one_day(r, order)).collect();
    let count = |day: &Date| days.iter().filter(|d| *d == day).count();
    days.iter().copied().max_by_key(|d| (count(d), *d))
}

/// A chat message's stamp, a date in numbers and a time opening the line, in brackets or before a
/// dash (`[13/11/2026 07:31]`, `[13.11.26, 07:31:12]`, `13/11/2026, 07:31 -`), read with the month
/// first, then with the day first.
fn stamp_readings(line: &str) -> Option<(Option<Date>, Option<Date>)> {
    let line = line.trim_start();
    let inner = match line.strip_prefix('[') {
        Some(rest) => &rest[..rest.find(']')?],
        None => line.split_once(" - ")?.0,
    };
    let mut words = inner.split([' ', ',']).filter(|w| !w.is_empty());
    let day = words.next()?;
    let time = words.next()?;
    let clock = time.split(':').count() >= 2 && time.split(':').all(|p| p.chars().all(|c| c.is_ascii_digit()));
    if !clock {
        return None;
    }
    super::dates::readings(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_busiest_day_of_a_chat_is_read_the_way_its_stamps_are_written() {
        let chat = "[30/11/2026 12:05] Me\nTom rang.\n[30/11/2026 12:07] Me\nTom: pay\n\
                    [02/12/2026 11:18] Me\nok. brain dump\n[02/12/2026 11:19] Me\nSteve = great\n\
                    [02/12/2026 11:20] Me\nGOOD\n";
        assert_eq!(busiest_day(chat), Date::new(2026, 12, 2).ok());
        assert_eq!(busiest_day("[02/12/2026 11:18] Me\nok\n[02/12/2026 11:19] Me\nok\n"), None, "two stamps");
    }

    #[test]
    fn a_message_before_the_interview_is_cut_and_the_others_kept() {
        let chat = "Teams chat w/ myself\n\n[13/11/2026 07:31] Gemma Hollister (You)\nsent Dawn the thank you email\n\n\
                    [26/11/2026 15:03] Gemma Hollister (You)\nin the room: Dawn again\n";
        let since = said_since(chat, Date::new(2026, 11, 26).ok());
        assert_eq!(
            since,
            "Teams chat w/ myself\n\n\n\n\n[26/11/2026 15:03] Gemma Hollister (You)\nin the room: Dawn again\n"
        );
        assert!(matches!(said_since("no chat here", Date::new(2026, 11, 26).ok()), Cow::Borrowed(_)));
        // (`05/11/2026` reads as 11 May or 5 November: before the 26 November round either way.)
        let whatsapp = "05/11/2026, 09:12 - Ana: sent the thank-you\n";
        assert_eq!(said_since(whatsapp, Date::new(2026, 11, 26).ok()), "\n");
        // (`11/30/2026` read both ways is 30 November alone: after.)
        assert_eq!(
            said_since("[11/30/2026 7:31 AM] Me\nsent it\n", Date::new(2026, 11, 26).ok()),
            "[11/30/2026 7:31 AM] Me\nsent it\n"
        );
    }
}
