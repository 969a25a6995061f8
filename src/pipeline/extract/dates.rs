//! Reading the dates notes are written with: ISO dates and date-times, month names, and dates
//! written with numbers only when they can mean one day only; with the help a diagnostic gives
//! when they cannot. Used for the interview date and for `thanked:`-style keys; planning from
//! the date is `plan`'s.

use jiff::civil::Date;

/// Reads a date or date-time: `2026-10-14`, `2026-10-14T15:00`, `2026-10-14 14:00 PST`,
/// `October 14, 2026`, `14 October 2026`, `Tue 24 Nov 2026, 11:00–13:00 PT`.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(head) = text.get(..10) {
        let rest = &text[10..];
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            if let Ok(date) = head.parse::<Date>() {
                return Some(date);
            }
        }
    }
    let cleaned = text.replace(',', "");
    ["%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y", "%A %B %d %Y"]
        .iter()
        .find_map(|f| Date::strptime(f, &cleaned).ok())
        .or_else(|| numeric_date(text).ok())
        .or_else(|| without_time(&cleaned).and_then(parse_date))
        .or_else(|| without_weekday(&cleaned).and_then(parse_date))
}

/// A date after the day of the week, written out or short (`Tue 24 Nov 2026`): the rest.
fn without_weekday(text: &str) -> Option<&str> {
    const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let (first, rest) = text.split_once(' ')?;
    let first = first.trim_end_matches('.').to_lowercase();
    let weekday = first.len() >= 3 && DAYS.iter().any(|d| d.starts_with(&first));
    weekday.then(|| rest.trim_start())
}

/// A date written with a time of day after it, as Notion exports them
/// (`March 3 2026 10:30 AM (PST)`): the date alone, when what follows it is a time.
fn without_time(text: &str) -> Option<&str> {
    let at = text.char_indices().filter(|(_, c)| *c == ' ').map(|(i, _)| i).find(|&i| {
        let rest = text[i + 1..].trim_start();
        let clock = rest.split(' ').next().unwrap_or("");
        let (h, m) = clock.split_once(':').unwrap_or(("", ""));
        !h.is_empty()
            && h.len() <= 2
            && h.chars().all(|c| c.is_ascii_digit())
            && m.get(..2).is_some_and(|m| m.chars().all(|c| c.is_ascii_digit()))
    })?;
    Some(&text[..at])
}

/// The date a file's name gives, as people name files: `2026-11-24-onsite.md`,
/// `Gespraech 26.11.2026 SRE.md`, `2026.11.24 debrief.md`, `Nov 24 2026 final.md`, or `nov 23
/// tech screen.md` with the year `text` writes (none: no date).
pub(crate) fn date_in_name(name: &str, text: &str) -> Option<Date> {
    if let Some(date) = iso_date_in(name) {
        return Some(date);
    }
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let words: Vec<&str> = stem.split([' ', '_']).filter(|w| !w.is_empty()).collect();
    // `26.11.2026`, `2026.11.24`: numbers with dots, read as a date can only be read.
    let dotted = words.iter().find_map(|w| {
        let parts: Vec<&str> = w.split('.').collect();
        match parts[..] {
            [y, m, d] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}").parse::<Date>().ok(),
            [d, m, y] if y.len() == 4 => format!("{y}-{m:0>2}-{d:0>2}").parse::<Date>().ok(),
            _ => None,
        }
    });
    if dotted.is_some() {
        return dotted;
    }
    // `Nov 24 2026`, `nov 23`: a month's name and a day, with the year of the name or the note.
    let year = words
        .iter()
        .chain(text.split(|c: char| !c.is_ascii_digit()).collect::<Vec<_>>().iter())
        .find(|w| w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit()))
        .copied()?;
    (0..words.len()).find_map(|i| {
        let month = words[i].trim_end_matches('.');
        let day = words.get(i + 1)?.trim_end_matches([',', '.']);
        let month_name = month.len() >= 3 && month.chars().all(char::is_alphabetic);
        (month_name && day.len() <= 2 && day.chars().all(|c| c.is_ascii_digit()))
            .then(|| parse_date(&format!("{month} {day} {year}")))
            .flatten()
    })
}

/// The first `YYYY-MM-DD` date written in `text`.
pub(super) fn iso_date_in(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let candidate = text.get(i..i + 10)?;
        let digits_before = i > 0 && bytes[i - 1].is_ascii_digit();
        let digits_after = bytes.get(i + 10).is_some_and(u8::is_ascii_digit);
        if digits_before || digits_after || !candidate.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        candidate.parse::<Date>().ok()
    })
}

/// How to fix a date `parse_date` cannot read.
pub(super) fn date_help(text: &str) -> String {
    match numeric_date(text.trim()) {
        Err(Some((first, second))) => format!(
            "`{}` could be {} or {}: write it as YYYY-MM-DD ({first} or {second})",
            text.trim(),
            crate::text::english::full_date(first),
            crate::text::english::full_date(second)
        ),
        _ => "write the date as YYYY-MM-DD, such as 2026-10-14".to_owned(),
    }
}

/// A date written with numbers only: `2026/10/20` and `2026.10.20` (year first), `20.10.2026`
/// (day first, as dots are written), and `10/20/2026` or `20/10/2026` when one of the first
/// two numbers cannot be a month. Two readings are the error `Some((month first, day first))`.
fn numeric_date(text: &str) -> Result<Date, Option<(Date, Date)>> {
    let sep = if text.contains('/') { '/' } else { '.' };
    let parts: Vec<&str> = text.split(sep).collect();
    let [a, b, c] = parts[..] else { return Err(None) };
    let number = |s: &str| s.trim().parse::<i16>().ok().filter(|_| s.trim().chars().all(|c| c.is_ascii_digit()));
    let (Some(x), Some(y), Some(z)) = (number(a), number(b), number(c)) else { return Err(None) };
    let date = |year: i16, month: i16, day: i16| {
        let month = i8::try_from(month).ok()?;
        let day = i8::try_from(day).ok()?;
        Date::new(year, month, day).ok()
    };
    if a.trim().len() == 4 {
        return date(x, y, z).ok_or(None);
    }
    if c.trim().len() != 4 {
        return Err(None);
    }
    if sep == '.' {
        return date(z, y, x).ok_or(None);
    }
    match (date(z, x, y), date(z, y, x)) {
        (Some(us), Some(eu)) if us != eu => Err(Some((us, eu))),
        (Some(d), _) | (None, Some(d)) => Ok(d),
        (None, None) => Err(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_gives_the_date_as_people_write_it() {
        let d = |y, m, day| jiff::civil::date(y, m, day);
        assert_eq!(date_in_name("2026-11-24-onsite.md", ""), Some(d(2026, 11, 24)));
        assert_eq!(date_in_name("Gespraech 26.11.2026 SRE.md", ""), Some(d(2026, 11, 26)));
        assert_eq!(date_in_name("2026.11.24 debrief.md", ""), Some(d(2026, 11, 24)));
        assert_eq!(date_in_name("Nov 24 2026 final.md", ""), Some(d(2026, 11, 24)));
        assert_eq!(date_in_name("nov 23 tech screen.md", "met them in 2026"), Some(d(2026, 11, 23)));
        assert_eq!(date_in_name("nov 23 tech screen.md", "no year here"), None, "no year, no guess");
        assert_eq!(date_in_name("v1.2.3 notes.md", ""), None);
    }

    #[test]
    fn a_date_with_a_time_after_it_is_that_date() {
        let d = |t: &str| parse_date(t).map(|d| d.to_string());
        assert_eq!(d("March 3, 2026 10:30 AM (PST)").as_deref(), Some("2026-03-03"));
        assert_eq!(d("April 14, 2026 9:00 AM (EDT)").as_deref(), Some("2026-04-14"));
        assert_eq!(d("May 8, 2026 14:00").as_deref(), Some("2026-05-08"));
        assert_eq!(d("March 3, 2026 sometime"), None);
        assert_eq!(d("10:30 AM"), None);
    }

    #[test]
    fn a_weekday_day_month_and_year_with_a_time_range_is_that_date() {
        let d = |t: &str| parse_date(t).map(|d| d.to_string());
        assert_eq!(d("Tue 24 Nov 2026, 11:00–13:00 PT (remote)").as_deref(), Some("2026-11-24"));
        assert_eq!(d("Tuesday, 24 November 2026").as_deref(), Some("2026-11-24"));
        assert_eq!(d("Thu 5 Nov 2026").as_deref(), Some("2026-11-05"));
        assert_eq!(d("Tue, Nov 24, 2026 9:30-10:15 ET").as_deref(), Some("2026-11-24"));
    }
}
