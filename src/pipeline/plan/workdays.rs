//! Working days: a thank-you or a check-in is never due on a Saturday, a Sunday or one of the
//! user's `holidays` (public holidays vary by country: followup.toml lists them), and a check-in
//! after a decision date goes on the first working day after it.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// `date`, or the first working day after it when it falls on a weekend or a holiday.
pub fn on_a_working_day(date: Date, holidays: &[Date]) -> Date {
    let mut day = date;
    // (A year of holidays in a row is not a calendar: stop looking after a month.)
    for _ in 0..31 {
        let weekend = matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday);
        if !weekend && holidays.binary_search(&day).is_err() {
            return day;
        }
        day = match day.checked_add(1.day()) {
            Ok(next) => next,
            Err(_) => return date,
        };
    }
    date
}

/// The first working day after `date`.
pub fn working_day_after(date: Date, holidays: &[Date]) -> Date {
    date.checked_add(1.day()).map_or(date, |next| on_a_working_day(next, holidays))
}

/// Working days a letter or card takes by post, at most, within a country.
const POST_DAYS: usize = 3;

/// The day a letter or card posted on `date` arrives, at the latest.
pub fn arrives_by_post(date: Date, holidays: &[Date]) -> Date {
    (0..POST_DAYS).fold(date, |day, _| working_day_after(day, holidays))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekend_day_moves_to_the_monday() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(on_a_working_day(d("2026-10-31"), &[]), d("2026-11-02"), "Saturday");
        assert_eq!(on_a_working_day(d("2026-11-01"), &[]), d("2026-11-02"), "Sunday");
        assert_eq!(on_a_working_day(d("2026-10-30"), &[]), d("2026-10-30"), "Friday stays");
    }

    #[test]
    fn the_working_day_after_a_friday_is_the_monday() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(working_day_after(d("2026-10-30"), &[]), d("2026-11-02"));
        assert_eq!(working_day_after(d("2026-11-11"), &[]), d("2026-11-12"));
    }

    #[test]
    fn post_takes_three_working_days() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(arrives_by_post(d("2026-11-06"), &[]), d("2026-11-11"), "posted on a Friday");
        assert_eq!(arrives_by_post(d("2026-11-02"), &[]), d("2026-11-05"));
    }

    #[test]
    fn a_holiday_is_no_working_day() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let thanksgiving = [d("2026-11-26"), d("2026-11-27")];
        assert_eq!(on_a_working_day(d("2026-11-26"), &thanksgiving), d("2026-11-30"), "Thursday and Friday off");
        assert_eq!(working_day_after(d("2026-11-25"), &thanksgiving), d("2026-11-30"));
        assert_eq!(arrives_by_post(d("2026-11-25"), &thanksgiving), d("2026-12-02"), "the post does not count them");
    }
}
