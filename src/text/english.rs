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

/// A small count in words, as a letter writes it: `two`, `ten`; from 11 on, in digits.
pub fn number(n: usize) -> String {
    const WORDS: &[&str] = &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// `October 14, 2026`.
pub fn full_date(date: Date) -> String {
    date.strftime("%B %-d, %Y").to_string()
}

/// `day`, or `Tuesday 14 October` when the day comes first (`day_first`).
pub fn day_in_order(date: Date, day_first: bool) -> String {
    if day_first { date.strftime("%A %-d %B").to_string() } else { day(date) }
}

/// `full_date`, or `14 October 2026` when the day comes first (`day_first`).
pub fn full_date_in_order(date: Date, day_first: bool) -> String {
    if day_first { date.strftime("%-d %B %Y").to_string() } else { full_date(date) }
}

/// `an email`, `a letter`, `a card`, `an SRE`, `a user`: `a` or `an` before a phrase, by the
/// sound of its first word. The one article rule: the `a_or_an` template filter and the
/// letters' rewriting call it too.
pub fn with_article(phrase: &str) -> String {
    let article = if starts_with_vowel_sound(phrase) { "an" } else { "a" };
    format!("{article} {phrase}")
}

/// True when a word is said starting with a vowel: `email`, `hour`, `SRE`, `ML`, `8-person`; not
/// `user`, `one-off`, `European`, `SQL`'s "sequel" aside, an acronym is read letter by letter.
pub fn starts_with_vowel_sound(phrase: &str) -> bool {
    let word: String =
        phrase.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().take_while(|c| c.is_alphanumeric()).collect();
    let lower = word.to_lowercase();
    const SILENT_H: &[&str] = &["hour", "honest", "honor", "honour", "heir"];
    const YOU_OR_WON: &[&str] = &["one", "once", "eu", "ewe", "ubiquitous"];
    let letters = word.chars().count();
    let acronym = letters > 1 && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if acronym {
        return word.starts_with(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);
    }
    if lower.starts_with(|c: char| c.is_ascii_digit()) {
        return lower.starts_with('8') || lower == "11" || lower == "18" || lower.starts_with("11") && letters == 2;
    }
    if SILENT_H.iter().any(|h| lower.starts_with(h)) {
        return true;
    }
    if YOU_OR_WON.contains(&lower.as_str())
        || lower.starts_with("uni")
        || lower.starts_with("use")
        || lower.starts_with("usu")
        || lower.starts_with("uti")
        || lower.starts_with("euro")
    {
        return false;
    }
    if letters == 1 {
        return "aefhilmnorsx".contains(lower.as_str());
    }
    lower.starts_with(['a', 'e', 'i', 'o', 'u'])
}

/// A job title with its team after a comma, split: `Senior Software Engineer, Notifications
/// team` → (`Senior Software Engineer`, `Notifications`). `None` when the title has no comma or
/// what follows it does not read as a team's name (a few capitalised words).
fn job_and_team(title: &str) -> Option<(&str, String)> {
    let (job, team) = title.split_once(", ")?;
    // (`FP&A (Commercial / Sales Finance)`: what the brackets add is not the name.)
    let team = crate::text::words::without_brackets(team);
    let team = team.trim().trim_end_matches(" team").trim_end_matches(" Team").trim().to_owned();
    let words: Vec<&str> = team.split_whitespace().collect();
    // (`1.0 FTE` is how much of a job, not a team.)
    let named = !words.is_empty()
        && words.len() <= 3
        && words.iter().any(|w| w.starts_with(char::is_uppercase))
        && !words.iter().any(|w| w.contains('.') || *w == "FTE")
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || *w == "and" || *w == "&");
    (named && !job.contains(',')).then(|| (job.trim(), team))
}

/// An organisation as a sentence names it: `the City of Millbrook`, `the University of Leeds`
/// (a name that opens with what it is the city or university of takes `the`); any other name
/// as it is (`Globex`).
pub fn organisation(name: &str) -> String {
    const OF: &[&str] = &[
        "city of ",
        "town of ",
        "county of ",
        "village of ",
        "state of ",
        "borough of ",
        "township of ",
        "university of ",
        "port of ",
        "commonwealth of ",
        "district of ",
        "department of ",
        "office of ",
        "museum of ",
        "bank of ",
        "college of ",
        "institute of ",
        // (Set 64: "the Senior Policy Analyst role at Ministry for Coastal Resilience".)
        "ministry of ",
        "ministry for ",
        "department for ",
        "office for ",
        "agency for ",
        "institute for ",
        "centre for ",
        "center for ",
        "school of ",
        "academy of ",
        "society of ",
        "society for ",
        "royal college of ",
    ];
    // A body named by what it is: "the Northbridge Research Institute", "the Harbour Capital
    // Housing Trust", "the Environment Agency".
    const BODIES: &[&str] = &[
        " Trust",
        " Institute",
        " Foundation",
        " Authority",
        " Agency",
        " Commission",
        " Society",
        " Association",
        " Ministry",
    ];
    // (Set 46: `Rupeeloop Technologies Pvt. Ltd.`: the legal form is for contracts, not letters.)
    // (Set 58: `Highveld Infrastructure Group (Pty) Ltd`, `Rand Metro Water SOC Ltd`, South
    // Africa's private and state-owned companies.)
    const LEGAL: &[&str] = &[
        " (Pty) Ltd",
        " (Pty) Ltd.",
        " (Pty)",
        " SOC Ltd",
        " SOC Limited",
        " Pvt. Ltd.",
        " Pvt Ltd",
        " Private Limited",
        " Pty Ltd",
        " Pty. Ltd.",
        " Pte Ltd",
        " Pte. Ltd.",
        " GmbH",
        " Ltd.",
        " Ltd",
        " Inc.",
        " Inc",
        " LLC",
        " Limited",
        // (Set 64: `Kroonhaven Logistics B.V.`, and Europe's other legal forms.)
        " B.V.",
        " BV",
        " N.V.",
        " AG",
        " S.A.",
        " SE",
        " plc",
        " PLC",
    ];
    let name = LEGAL
        .iter()
        .find_map(|l| name.strip_suffix(l).map(|n| n.trim_end_matches(',')))
        .filter(|n| n.split_whitespace().count() >= 1 && !n.is_empty())
        .unwrap_or(name);
    let lower = name.to_lowercase();
    let body = name.split_whitespace().count() >= 2 && BODIES.iter().any(|b| name.ends_with(b));
    let articled = lower.starts_with("the ");
    if !articled && (body || OF.iter().any(|of| lower.starts_with(of))) {
        format!("the {name}")
    } else {
        name.to_owned()
    }
}

/// The position as the letters name it: `the Backend Engineer role`, with a team after a comma
/// `the Senior Software Engineer role on the Payments team`, and with a specialty after it
/// `the Manager, FP&A role` (not "the Manager role", nor a team the title does not name).
pub fn role_phrase(position: &str) -> String {
    let said_team = position.ends_with(" team") || position.ends_with(" Team");
    match job_and_team(position) {
        Some((job, team)) if said_team => format!("the {job} role on the {team} team"),
        // (`Manager, FP&A (Commercial / Sales Finance)`: the brackets say more than the name.)
        Some((job, specialty)) => format!("the {job}, {specialty} role"),
        // `Speech-Language Pathologist (CCC-SLP), outpatient + early intervention`: what follows
        // the comma is the note's description of the job, not part of its name.
        None => match position.split_once(", ") {
            Some((job, _)) if job.starts_with(char::is_uppercase) => {
                format!("the {job} role")
            }
            _ => format!("the {position} role"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_or_a_university_takes_the_article_a_company_does_not() {
        assert_eq!(organisation("City of Millbrook"), "the City of Millbrook");
        assert_eq!(organisation("University of Leeds"), "the University of Leeds");
        assert_eq!(organisation("Globex"), "Globex");
        assert_eq!(organisation("Rupeeloop Technologies Pvt. Ltd."), "Rupeeloop Technologies", "set 46");
        assert_eq!(organisation("Acme, Inc."), "Acme");
        assert_eq!(organisation("Cityline Transit"), "Cityline Transit");
        assert_eq!(organisation("Ministry for Coastal Resilience"), "the Ministry for Coastal Resilience", "set 64");
        assert_eq!(organisation("Harbour Capital Housing Trust"), "the Harbour Capital Housing Trust", "set 64");
        assert_eq!(organisation("Northbridge Research Institute"), "the Northbridge Research Institute");
        assert_eq!(organisation("The Wellcome Trust"), "The Wellcome Trust");
        assert_eq!(organisation("Trust"), "Trust");
        assert_eq!(organisation("Trustly"), "Trustly");
        assert_eq!(organisation("Highveld Infrastructure Group (Pty) Ltd"), "Highveld Infrastructure Group", "set 58");
        assert_eq!(organisation("Rand Metro Water SOC Ltd"), "Rand Metro Water", "set 58");
        assert_eq!(organisation("Kroonhaven Logistics B.V."), "Kroonhaven Logistics", "set 64");
        assert_eq!(organisation("Straits Freight Pte Ltd"), "Straits Freight");
    }

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
        for (phrase, article) in [
            ("SDET", "an"),
            ("ML engineer", "an"),
            ("SRE", "an"),
            ("user", "a"),
            ("one-off", "a"),
            ("hour", "an"),
            ("UX designer", "a"),
            ("Engineering Manager", "an"),
            ("VP of Data", "a"),
            ("8-person team", "an"),
        ] {
            assert_eq!(with_article(phrase), format!("{article} {phrase}"));
        }
    }

    #[test]
    fn a_position_with_its_team_after_a_comma_reads_as_english() {
        assert_eq!(role_phrase("School Counselor (grades 6-8), 1.0 FTE"), "the School Counselor (grades 6-8) role");
        assert_eq!(
            role_phrase("Speech-Language Pathologist (CCC-SLP), outpatient + early intervention"),
            "the Speech-Language Pathologist (CCC-SLP) role"
        );
        assert_eq!(
            role_phrase("Senior Software Engineer, Payments team"),
            "the Senior Software Engineer role on the Payments team"
        );
        assert_eq!(role_phrase("Backend Engineer"), "the Backend Engineer role");
        assert_eq!(role_phrase("Marketing Lead, Lifecycle & CRM"), "the Marketing Lead, Lifecycle & CRM role");
        // (Set 32: "the Manager role", and "the Curriculum Writer role on the High School
        // Chemistry team", a team the title does not name.)
        assert_eq!(role_phrase("Manager, FP&A (Commercial / Sales Finance)"), "the Manager, FP&A role");
        assert_eq!(
            role_phrase("Curriculum Writer, High School Chemistry (contract, remote)"),
            "the Curriculum Writer, High School Chemistry role"
        );
    }
}
