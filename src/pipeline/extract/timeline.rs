//! The note's own timeline: the day the company said it would decide ("they'll decide by next
//! Wednesday", "decision by March 12", "expect to hear back by Friday"), read relative to the
//! interview's date. Planning the check-in from it is `plan`'s; saying it in a letter is
//! `letters`'.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::sections::normalize;

/// Words that, a little before `by`, say the company will answer by that day.
const ANSWER_WORDS: &[&str] =
    &["decide", "decision", "decisions", "hear", "back", "know", "answer", "feedback", "respond", "response", "update"];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The day the note says the company will decide or answer by, after the interview on
/// `interview` and within three months of it; the first such day the note gives.
pub fn decision_in(text: &str, interview: Date) -> Option<Date> {
    text.lines().find_map(|line| {
        let line = normalize(line);
        let words: Vec<&str> = line.split(' ').collect();
        (0..words.len()).filter(|&i| words[i] == "by").find_map(|i| {
            let before = &words[i.saturating_sub(4)..i];
            if !before.iter().any(|w| ANSWER_WORDS.contains(w)) {
                return None;
            }
            let day = day_named(&words[i + 1..], interview)?;
            let latest = interview.checked_add(3.months()).ok()?;
            (day > interview && day <= latest).then_some(day)
        })
    })
}

/// The day `words` open with, read from the interview's day: `wednesday` (the first after it),
/// `next wednesday` (that of the week after), `end of the week`, `end of next week`,
/// `tomorrow`, `march 12`, `12 march`, `2026 03 12`.
fn day_named(words: &[&str], interview: Date) -> Option<Date> {
    let words = without_article(words);
    let monday = interview.checked_sub(i32::from(interview.weekday().to_monday_zero_offset()).days()).ok()?;
    let next_week = |weekday: Weekday| monday.checked_add((7 + i32::from(weekday.to_monday_zero_offset())).days()).ok();
    match words {
        ["tomorrow", ..] => interview.checked_add(1.day()).ok(),
        ["next", day, ..] => next_week(weekday(day)?),
        ["end", "of", rest @ ..] => match without_article(rest) {
            ["next", "week", ..] => next_week(Weekday::Friday),
            // The end of the interview's own week, or of the next when it is said on a weekend.
            ["week", ..] => monday
                .checked_add(4.days())
                .ok()
                .filter(|friday| *friday > interview)
                .or_else(|| next_week(Weekday::Friday)),
            _ => None,
        },
        // `friday october 30`: the date says which Friday.
        [day, rest @ ..] if weekday(day).is_some() && day_named(rest, interview).is_some() => {
            day_named(rest, interview)
        }
        [day, ..] if weekday(day).is_some() => first_after(interview, weekday(day)?),
        [month, day, ..] if month_number(month).is_some() => on(interview, month_number(month)?, day),
        [day, month, ..] if month_number(month).is_some() => on(interview, month_number(month)?, day),
        [year, month, day, ..] if year.len() == 4 => {
            Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
        }
        _ => None,
    }
}

fn without_article<'w>(words: &'w [&'w str]) -> &'w [&'w str] {
    match words {
        ["the" | "this", rest @ ..] => rest,
        _ => words,
    }
}

fn weekday(word: &str) -> Option<Weekday> {
    let word = word.strip_suffix('s').unwrap_or(word);
    WEEKDAYS.iter().find(|(name, _)| *name == word || (word.len() >= 3 && name.starts_with(word))).map(|(_, d)| *d)
}

fn month_number(word: &str) -> Option<i8> {
    let i = MONTHS.iter().position(|m| *m == word || (word.len() >= 3 && m.starts_with(word)))?;
    i8::try_from(i + 1).ok()
}

/// The first `weekday` after `date`.
fn first_after(date: Date, weekday: Weekday) -> Option<Date> {
    (1..=7).filter_map(|n| date.checked_add(n.days()).ok()).find(|d| d.weekday() == weekday)
}

/// `month` and the day written `day` (`12`, `12th`), in the interview's year, or the next one
/// when that day has passed by the interview.
fn on(interview: Date, month: i8, day: &str) -> Option<Date> {
    let day: i8 = day.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse().ok()?;
    let this_year = Date::new(interview.year(), month, day).ok()?;
    if this_year > interview { Some(this_year) } else { Date::new(interview.year() + 1, month, day).ok() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_the_company_will_decide_by_is_read_from_the_interview_day() {
        // Thursday, November 5, 2026.
        let on = d("2026-11-05");
        let decided = |text: &str| decision_in(text, on);
        assert_eq!(decided("They'll decide by next Wednesday."), Some(d("2026-11-11")));
        assert_eq!(decision_in("- Decision by March 12", d("2027-03-03")), Some(d("2027-03-12")));
        assert_eq!(decided("Decision by January 8"), Some(d("2027-01-08")), "in the new year");
        assert_eq!(decided("Expect to hear by Friday"), Some(d("2026-11-06")));
        assert_eq!(decided("should hear back by the end of next week"), Some(d("2026-11-13")));
        assert_eq!(decided("They'll let me know by end of the week."), Some(d("2026-11-06")));
        assert_eq!(decided("decision by November 20th"), Some(d("2026-11-20")));
        assert_eq!(decided("Feedback by 2026-11-17."), Some(d("2026-11-17")));
        assert_eq!(decided("hear back by 17 Nov"), Some(d("2026-11-17")));
        assert_eq!(decided("They'll decide by Friday, November 20."), Some(d("2026-11-20")), "not the first Friday");
    }

    #[test]
    fn a_by_that_is_not_about_an_answer_gives_no_day() {
        let on = d("2026-11-05");
        assert_eq!(decision_in("I have to send the write-up by Friday.", on), None);
        assert_eq!(decision_in("Walked by the office on Monday", on), None);
        assert_eq!(decision_in("Decision by the end of next quarter", on), None);
        assert_eq!(decision_in("decision by next week", on), None, "a week, not a day");
        assert_eq!(decision_in("Decision by March 12", on), None, "over three months on: not this interview's");
        assert_eq!(decision_in("They decided by October 1", on), None, "before the interview");
    }
}
