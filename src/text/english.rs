//! English for people: list joins, articles, and dates as a letter writes them.

use jiff::civil::Date;

/// Joins items as people write lists: `A`, `A and B`, `A, B, and C`.
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// `Tuesday, October 14`.
pub fn day(date: Date) -> String {
    date.strftime("%A, %B %-d").to_string()
}

/// `October 14, 2026`.
pub fn full_date(date: Date) -> String {
    date.strftime("%B %-d, %Y").to_string()
}

/// `an email`, `a letter`, `a card`: `a` or `an` before a phrase, by its first letter as
/// spelled. The one article rule: the `a_or_an` template filter calls it too.
pub fn with_article(phrase: &str) -> String {
    let first = phrase.trim_start().chars().next().map(|c| c.to_ascii_lowercase());
    let article = if matches!(first, Some('a' | 'e' | 'i' | 'o' | 'u')) { "an" } else { "a" };
    format!("{article} {phrase}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_joined_as_people_write_them() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&s(&["Hannah"])), "Hannah");
        assert_eq!(join(&s(&["Hannah", "Gregory"])), "Hannah and Gregory");
        assert_eq!(join(&s(&["Ana", "Ben", "Cleo"])), "Ana, Ben, and Cleo");
    }

    #[test]
    fn dates_read_as_people_write_them() {
        let d: Date = "2026-10-14".parse().unwrap();
        assert_eq!(day(d), "Wednesday, October 14");
        assert_eq!(full_date(d), "October 14, 2026");
    }

    #[test]
    fn the_article_fits_the_first_letter_as_spelled() {
        assert_eq!(with_article("email"), "an email");
        assert_eq!(with_article("Email"), "an Email");
        assert_eq!(with_article("letter"), "a letter");
        assert_eq!(with_article("card"), "a card");
    }
}
