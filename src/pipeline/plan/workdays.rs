//! Working days: a thank-you or a check-in is never due on a Saturday or a Sunday, and a
//! check-in after a decision date goes on the first working day after it. Public holidays vary
//! by country and are left to the user.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

/// `date`, or the Monday after it when it falls on a weekend.
pub fn on_a_working_day(date: Date) -> Date {
    let days = match date.weekday() {
        Weekday::Saturday => 2,
        Weekday::Sunday => 1,
        _ => 0,
    };
    date.checked_add(days.days()).unwrap_or(date)
}

/// The first working day after `date`.
pub fn working_day_after(date: Date) -> Date {
    date.checked_add(1.day()).map_or(date, on_a_working_day)
}

/// Working days a letter or card takes by post, at most, within a country.
const POST_DAYS: usize = 3;

/// The day a letter or card posted on `date` arrives, at the latest.
pub fn arrives_by_post(date: Date) -> Date {
    (0..POST_DAYS).fold(date, |day, _| working_day_after(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_weekend_day_moves_to_the_monday() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(on_a_working_day(d("2026-10-31")), d("2026-11-02"), "Saturday");
        assert_eq!(on_a_working_day(d("2026-11-01")), d("2026-11-02"), "Sunday");
        assert_eq!(on_a_working_day(d("2026-10-30")), d("2026-10-30"), "Friday stays");
    }

    #[test]
    fn the_working_day_after_a_friday_is_the_monday() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(working_day_after(d("2026-10-30")), d("2026-11-02"));
        assert_eq!(working_day_after(d("2026-11-11")), d("2026-11-12"));
    }

    #[test]
    fn post_takes_three_working_days() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(arrives_by_post(d("2026-11-06")), d("2026-11-11"), "posted on a Friday");
        assert_eq!(arrives_by_post(d("2026-11-02")), d("2026-11-05"));
    }
}
