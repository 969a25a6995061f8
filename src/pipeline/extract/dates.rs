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
    // (`Nov 26th, 2026`, as Logseq links its journal days: set 47.)
    let cleaned = text
        .replace(',', "")
        .split(' ')
        .map(|w| {
            let day = ["st", "nd", "rd", "th"].iter().find_map(|s| w.strip_suffix(s));
            day.filter(|d| !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit())).unwrap_or(w)
        })
        // (Set 72: `3 Aralık (December) 2026`: the month, then its name in English, glossed.)
        .filter(|w| {
            !(w.starts_with('(') && w.ends_with(')') && month_number(&w[1..w.len() - 1].to_lowercase()).is_some())
        })
        .collect::<Vec<_>>()
        .join(" ");
    ["%B %d %Y", "%d %B %Y", "%b %d %Y", "%d %b %Y", "%A %B %d %Y"]
        .iter()
        // (Set 62: `New Recording 14` over `Nov 23, 2026 at 11:38 AM`, a voice memo's title and
        // day, is no 14 November of the year 23.)
        .find_map(|f| Date::strptime(f, &cleaned).ok().filter(|d| d.year() >= 1000))
        .or_else(|| written_date(&cleaned))
        .or_else(|| numeric_date(text).ok())
        .or_else(|| without_time(&cleaned).and_then(parse_date))
        .or_else(|| without_weekday(&cleaned).and_then(parse_date))
}

/// A day, a month written in a language `month_number` reads, and a year (`3 dicembre 2026`,
/// `4 déc 2026`).
fn written_date(text: &str) -> Option<Date> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [a, b, year] = words[..] else { return None };
    let year: i16 = year.parse().ok().filter(|_| year.len() == 4)?;
    let (day, month) = match (a.parse::<i8>(), b.parse::<i8>()) {
        (Ok(day), _) => (day, month_number(b)?),
        (_, Ok(day)) => (day, month_number(a)?),
        _ => return None,
    };
    Date::new(year, month, day).ok()
}

/// A date after the day of the week, written out or short (`Tue 24 Nov 2026`): the rest.
fn without_weekday(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once(' ')?;
    is_weekday(first.trim_end_matches('.')).then(|| rest.trim_start())
}

/// True for a day of the week, written out or short (`Tue`, `thurs`, `Monday`).
pub(super) fn is_weekday(word: &str) -> bool {
    const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    let word = word.to_lowercase();
    word.len() >= 3 && DAYS.iter().any(|d| d.starts_with(&word))
}

/// A date written with a time of day after it, as Notion exports them
/// (`March 3 2026 10:30 AM (PST)`): the date alone, when what follows it is a time.
fn without_time(text: &str) -> Option<&str> {
    let at = text.char_indices().filter(|(_, c)| *c == ' ').map(|(i, _)| i).find(|&i| {
        let rest = text[i + 1..].trim_start();
        let mut words = rest.split(' ');
        let clock = words.next().unwrap_or("");
        // (Set 50: `24/11/2026, 2.30 p.m.`: a British clock's stop, before the half of the day.)
        let meridiem = |w: &str| matches!(w.to_lowercase().trim_end_matches(['.', ',']), "a.m" | "p.m" | "am" | "pm");
        let half_day = words.next().is_some_and(meridiem)
            || meridiem(clock.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'));
        let (h, m) = clock.split_once(':').or_else(|| clock.split_once('.').filter(|_| half_day)).unwrap_or(("", ""));
        !h.is_empty()
            && h.len() <= 2
            && h.chars().all(|c| c.is_ascii_digit())
            && m.get(..2).is_some_and(|m| m.chars().all(|c| c.is_ascii_digit()))
    })?;
    Some(text[..at].trim_end_matches(','))
}

/// The day a file's name gives, as people name files: `2026-11-24-onsite.md`, `Gespraech
/// 26.11.2026 SRE.md`, `2026.11.24 debrief.md`, `pellucid_2026_11_19.md`, `Marlowe panel
/// 23-11-2026.md`, `Nov 24 2026 final.md`; or a day without its year: `nov 23 tech screen.md`,
/// `round2_nov19.md`, `entrevista-27nov.md`, `20 Nov onsite.md`, `11-30 screen.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameDay {
    Date(Date),
    /// A month and a day: the year is the note's to give, or the day it was saved.
    YearLess(i8, i8),
    /// A day that reads two ways (`10-11-26`): the month first, then the day first. The way the
    /// note, or its folder's other file names, write their days decides (`date_in_name`).
    Either(Date, Date),
}

/// The day `name` gives, if one: see `NameDay`.
pub(crate) fn day_in_name(name: &str) -> Option<NameDay> {
    if let Some(date) = iso_date_in(name) {
        return Some(NameDay::Date(date));
    }
    let stem = name.rsplit_once('.').filter(|(_, ext)| ext.chars().all(char::is_alphabetic)).map_or(name, |(s, _)| s);
    let tokens = tokens(stem);
    // Numbers joined by one `-`, `.`, `/` or `_` each: `23-11-2026`, `2026_11_19`, `11-30`.
    let mut i = 0;
    while i < tokens.len() {
        // (Set 67: `brightpath_round2_24nov`: a number glued to a word, `round2`, `r2`, `call1`,
        // counts; it opens no date, `2_24` being no 24 February.)
        let counted = i > 0 && !tokens[i - 1].number && month_number(tokens[i - 1].text).is_none();
        if tokens[i].number && tokens[i].joined == Some('\0') && counted {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].number && tokens[j - 1].number && tokens[j].joined.is_some_and(|c| c != ' ')
        {
            j += 1;
        }
        if tokens[i].number {
            let meeting =
                tokens.iter().any(|t| super::sections::MEETING_WORDS.contains(&t.text.to_lowercase().as_str()));
            if let Some(day) = numbers_day(&tokens[i..j], meeting) {
                return Some(day);
            }
        }
        i = j;
    }
    // A month's name beside a day (`nov 19`, `nov19`, `27nov`, `20 Nov`), and a year after it.
    (0..tokens.len()).find_map(|i| {
        let month = month_number(tokens[i].text)?;
        let day_at = |k: usize| {
            let t = tokens.get(k)?;
            let day = t.text.parse::<i8>().ok().filter(|d| t.number && t.text.len() <= 2 && (1..=31).contains(d))?;
            Some(day)
        };
        let (day, after) = match (day_at(i + 1), i.checked_sub(1).and_then(day_at)) {
            (Some(day), _) => (day, i + 2),
            (None, Some(day)) => (day, i + 1),
            (None, None) => return None,
        };
        let year = tokens.get(after).filter(|t| t.number && t.text.len() == 4).and_then(|t| t.text.parse::<i16>().ok());
        match year {
            Some(year) => Date::new(year, month, day).ok().map(NameDay::Date),
            None => Date::new(2024, month, day).ok().map(|_| NameDay::YearLess(month, day)),
        }
    })
}

/// The date a file's name gives, with the year `text` writes when the name has none (none: no
/// date). A day that reads two ways is read the way `text` writes its days, else the way
/// `folder` does (`Source::day_first`), else not at all.
pub(crate) fn date_in_name(name: &str, text: &str, folder: Option<bool>) -> Option<Date> {
    match day_in_name(name)? {
        NameDay::Date(date) => Some(date),
        NameDay::Either(month_first, day_first) => {
            day_first_in(text).or(folder).map(|first| if first { day_first } else { month_first })
        }
        NameDay::YearLess(month, day) => {
            let year = text
                .split(|c: char| !c.is_ascii_digit())
                .find(|w| w.len() == 4 && w.starts_with("20"))
                .and_then(|w| w.parse::<i16>().ok())?;
            Date::new(year, month, day).ok()
        }
    }
}

/// The last `month`/`day` on or before `saved`: the day of a note named without its year.
pub(crate) fn last_before(month: i8, day: i8, saved: Date) -> Option<Date> {
    (0..8).find_map(|back| Date::new(saved.year() - back, month, day).ok().filter(|d| *d <= saved))
}

/// The day a line of a note's opening writes, for a note whose front matter and file name give
/// none (set 63): a whole date anywhere in it (`terça 24/11/2026, 14h`, `Thu 19 November 2026`),
/// or a day and a month after the day of the week (`# Tue 01.12 — St B FINAL`, `## Thu 19.11`,
/// `Tue 1 Dec`), in the year that puts the day on that weekday: the file's year or the one
/// before (`saved`), else a year the note writes. A day and a month alone (`Rm 2.14`) are no day.
pub(crate) fn day_in_line(line: &str, saved: Option<Date>, text: &str) -> Option<Date> {
    if let Some(day) = chinese_day(line, saved, text) {
        return Some(day);
    }
    let tokens: Vec<&str> = line
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')' | '[' | ']' | '*' | '_' | '#' | '|')))
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| !t.is_empty())
        .collect();
    // (Set 70: `# Entretien Maison Colbert — jeudi 12/11/2026`, set 69: `Event: Wed 02/12/26, 1130`: a
    // date that reads two ways, on the weekday the line names.)
    let weekdays: Vec<jiff::civil::Weekday> = tokens.iter().filter_map(|t| weekday_of(t)).collect();
    // (Set 71: `Thu 26/11/26`, a short year on a date that reads one way, on its weekday.)
    let by_weekday = |t: &str| {
        let (month_first, day_first) = readings(t)?;
        let on = |d: Option<Date>| d.filter(|d| weekdays.contains(&d.weekday()));
        match (on(month_first), on(day_first)) {
            (Some(d), None) | (None, Some(d)) => Some(d),
            _ => None,
        }
    };
    let whole = (0..tokens.len()).find_map(|i| {
        let t = tokens[i];
        let first =
            t.starts_with(|c: char| c.is_ascii_digit()) && (t.contains('/') || t.contains('.') || t.contains('-'));
        let numeric =
            first.then(|| iso_date_in(t).or_else(|| numeric_date(t).ok()).or_else(|| by_weekday(t))).flatten();
        numeric.or_else(|| {
            [4, 3].iter().filter(|&&n| i + n <= tokens.len()).find_map(|&n| {
                let words = &tokens[i..i + n];
                // (Only what starts with a day, a month or a weekday, and ends on a year.)
                let year = words[n - 1].len() == 4 && words[n - 1].chars().all(|c| c.is_ascii_digit());
                year.then(|| parse_date(&words.join(" "))).flatten()
            })
        })
    });
    if whole.is_some() {
        return whole;
    }

    let years = years_of(saved, text);
    (0..tokens.len().saturating_sub(1)).find_map(|i| {
        // (Set 63: `# Vetra — ENTREVISTA FINAL — 04/12 (sexta)`: the weekday after the day.)
        let (weekday, next) = match weekday_of(tokens[i]) {
            Some(weekday) => (weekday, tokens[i + 1]),
            None => (weekday_of(tokens[i + 1]).filter(|_| tokens[i].contains(['/', '.']))?, tokens[i]),
        };
        let number = |t: &str| t.parse::<i8>().ok().filter(|n| (1..=31).contains(n) && t.len() <= 2);
        // `01.12`, `19/11`: either order, as the weekday allows.
        let sep = next.contains('.').then_some('.').or(next.contains('/').then_some('/'));
        let pairs: Vec<(i8, i8)> = match sep.and_then(|sep| next.split_once(sep)) {
            Some((a, b)) => match (number(a), number(b)) {
                (Some(a), Some(b)) => vec![(b, a), (a, b)],
                _ => Vec::new(),
            },
            // `1 Dec`, `Dec 1`.
            None => match (number(next), tokens.get(i + 2).and_then(|t| month_number(t))) {
                (Some(day), Some(month)) => vec![(month, day)],
                _ => match (month_number(next), tokens.get(i + 2).and_then(|t| number(t))) {
                    (Some(month), Some(day)) => vec![(month, day)],
                    _ => Vec::new(),
                },
            },
        };
        pairs
            .iter()
            .flat_map(|&(month, day)| years.iter().filter_map(move |&y| Date::new(y, month, day).ok()))
            .filter(|d| d.weekday() == weekday && saved.is_none_or(|saved| *d <= saved))
            .max()
    })
}

/// A day written the Chinese (or Japanese) way (set 73: `11月25日 周三 下午 1:30`, `2026年12月2日`):
/// a month and a day, of the year it gives, else of the year the note was saved in or the one
/// before, on the weekday it names (`周三`, `星期三`) when it names one.
fn chinese_day(line: &str, saved: Option<Date>, text: &str) -> Option<Date> {
    let (before, after) = line.split_once('月')?;
    let (head, month) = trailing_number(before);
    let month = i8::try_from(month?).ok()?;
    let (day, rest) = after.trim_start().split_once('日')?;
    let day: i8 = day.trim().parse().ok()?;
    let given = head.trim_end().strip_suffix('年').and_then(|y| trailing_number(y).1);
    if let Some(year) = given {
        return Date::new(i16::try_from(year).ok()?, month, day).ok();
    }
    use jiff::civil::Weekday::*;
    const WEEKDAYS: &[(char, jiff::civil::Weekday)] = &[
        ('一', Monday),
        ('二', Tuesday),
        ('三', Wednesday),
        ('四', Thursday),
        ('五', Friday),
        ('六', Saturday),
        ('日', Sunday),
        ('天', Sunday),
    ];
    let weekday = ["周", "星期", "禮拜", "礼拜"].iter().find_map(|w| {
        let c = rest.split_once(w)?.1.chars().next()?;
        WEEKDAYS.iter().find(|(n, _)| *n == c).map(|(_, d)| *d)
    });
    years_of(saved, text)
        .iter()
        .filter_map(|&y| Date::new(y, month, day).ok())
        .filter(|d| weekday.is_none_or(|w| d.weekday() == w) && saved.is_none_or(|saved| *d <= saved))
        .max()
}

/// The years a day written without one may be of: the year the note was saved in or the one
/// before, else the years the note writes.
fn years_of(saved: Option<Date>, text: &str) -> Vec<i16> {
    match saved {
        Some(saved) => vec![saved.year(), saved.year() - 1],
        None => text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4 && w.starts_with("20"))
            .filter_map(|w| w.parse().ok())
            .collect(),
    }
}

/// `text` without the number it ends with, and that number (`2026年12` → `2026年`, 12).
fn trailing_number(text: &str) -> (&str, Option<u32>) {
    let digits = text.chars().rev().take_while(char::is_ascii_digit).count();
    let (head, number) = text.split_at(text.len() - digits);
    (head, number.parse().ok())
}

/// The days a date in numbers with its year may be (`26/11/26`: the day first only): the month
/// first, then the day first, each when it is a day.
pub(super) fn readings(text: &str) -> Option<(Option<Date>, Option<Date>)> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [a, b, y] = parts[..] else { return None };
    let short = |p: &str| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit());
    if !short(a) || !short(b) || !(y.len() == 2 || y.len() == 4) || !y.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i16 = y.parse().ok()?;
    let year = if y.len() == 2 { 2000 + year } else { year };
    let (x, z): (i8, i8) = (a.parse().ok()?, b.parse().ok()?);
    Some((Date::new(year, x, z).ok(), Date::new(year, z, x).ok()))
}

/// The day of the week a word names, in English (`Tue`, `thurs`, `Monday`) or written out in
/// Portuguese, Spanish, French, German or Dutch (`terça`, `terça-feira`, `martes`, `mardi`,
/// `Dienstag`, `do`).
fn weekday_of(word: &str) -> Option<jiff::civil::Weekday> {
    use jiff::civil::Weekday::*;
    let word = word.to_lowercase();
    let word = word.strip_suffix("-feira").unwrap_or(&word);
    const ENGLISH: &[(&str, jiff::civil::Weekday)] = &[
        ("monday", Monday),
        ("tuesday", Tuesday),
        ("wednesday", Wednesday),
        ("thursday", Thursday),
        ("friday", Friday),
        ("saturday", Saturday),
        ("sunday", Sunday),
    ];
    const OTHERS: &[(&str, jiff::civil::Weekday)] = &[
        ("segunda", Monday),
        ("terça", Tuesday),
        ("terca", Tuesday),
        ("quarta", Wednesday),
        ("quinta", Thursday),
        ("sexta", Friday),
        ("sábado", Saturday),
        ("domingo", Sunday),
        ("lunes", Monday),
        ("martes", Tuesday),
        ("miércoles", Wednesday),
        ("jueves", Thursday),
        ("viernes", Friday),
        ("lundi", Monday),
        ("mardi", Tuesday),
        ("mercredi", Wednesday),
        ("jeudi", Thursday),
        ("vendredi", Friday),
        ("montag", Monday),
        ("dienstag", Tuesday),
        ("mittwoch", Wednesday),
        ("donnerstag", Thursday),
        ("freitag", Friday),
        ("lunedì", Monday),
        ("martedì", Tuesday),
        ("mercoledì", Wednesday),
        ("giovedì", Thursday),
        ("venerdì", Friday),
        ("lunedi", Monday),
        ("martedi", Tuesday),
        ("mercoledi", Wednesday),
        ("giovedi", Thursday),
        ("venerdi", Friday),
        // (Set 68, Dutch: `## 📌 Teams do 3/12 14:00`, `Gesprek di 24/11`.)
        ("maandag", Monday),
        ("dinsdag", Tuesday),
        ("woensdag", Wednesday),
        ("donderdag", Thursday),
        ("vrijdag", Friday),
        ("ma", Monday),
        ("di", Tuesday),
        ("wo", Wednesday),
        ("do", Thursday),
        ("vr", Friday),
        // (Set 74, in Greek: `Πέμπτη 19 Νοεμβρίου 2026`, `Τρίτη 10/11/2026`; accents as the
        // writer typed them or not, `without_greek_accents`.)
        ("δευτερα", Monday),
        ("τριτη", Tuesday),
        ("τεταρτη", Wednesday),
        ("πεμπτη", Thursday),
        ("παρασκευη", Friday),
        ("σαββατο", Saturday),
        ("κυριακη", Sunday),
    ];
    let word = without_greek_accents(word);
    let word = word.as_str();
    let english = (word.len() >= 3).then(|| ENGLISH.iter().find(|(name, _)| name.starts_with(word))).flatten();
    english.or_else(|| OTHERS.iter().find(|(name, _)| *name == word)).map(|(_, day)| *day)
}

/// A Greek word in lower case without its accents and diaereses (`νοεμβρίου` → `νοεμβριου`),
/// as notes write them or leave them out.
fn without_greek_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ά' => 'α',
            'έ' => 'ε',
            'ή' => 'η',
            'ί' | 'ϊ' | 'ΐ' => 'ι',
            'ό' => 'ο',
            'ύ' | 'ϋ' | 'ΰ' => 'υ',
            'ώ' => 'ω',
            _ => c,
        })
        .collect()
}

/// A run of letters or of digits in a file name, and what joined it to the one before: one
/// character (`-`, `_`, ` `…), nothing (`nov19`: `Some('\0')`), or more (`None`).
struct Token<'a> {
    text: &'a str,
    number: bool,
    joined: Option<char>,
}

fn tokens<'a>(stem: &'a str) -> Vec<Token<'a>> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut gap = String::new();
    let mut start: Option<(usize, bool)> = None;
    let close = |out: &mut Vec<Token<'a>>, from: usize, to: usize, number: bool, gap: &str| {
        let mut gap_chars = gap.chars();
        let joined = match (gap_chars.next(), gap_chars.next()) {
            (None, _) => Some('\0'),
            (Some(c), None) => Some(c),
            _ => None,
        };
        out.push(Token { text: &stem[from..to], number, joined });
    };
    for (i, c) in stem.char_indices() {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        match (start, kind) {
            (Some((_, was)), Some(now)) if was == now => {}
            (Some((from, was)), _) => {
                close(&mut out, from, i, was, &gap);
                gap.clear();
                start = kind.map(|k| (i, k));
                if kind.is_none() {
                    gap.push(c);
                }
            }
            (None, Some(k)) => start = Some((i, k)),
            (None, None) => gap.push(c),
        }
    }
    if let Some((from, was)) = start {
        close(&mut out, from, stem.len(), was, &gap);
    }
    out
}

/// The day a run of joined numbers gives: year, month and day in either order, or a month and a
/// day that can be read one way only (`11-30`, and `hm call 11.17`; `05-06` cannot).
fn numbers_day(run: &[Token<'_>], names_meeting: bool) -> Option<NameDay> {
    let n = |t: &Token<'_>| t.text.parse::<i16>().ok();
    match run {
        // `20261130_portfolio-review`: a year, month and day run together.
        [a] if a.text.len() == 8 && a.text.starts_with("20") => {
            let (y, m, d) = (a.text[..4].parse().ok()?, a.text[4..6].parse().ok()?, a.text[6..].parse().ok()?);
            Date::new(y, m, d).ok().map(NameDay::Date)
        }
        [a, b, c] if a.text.len() == 4 => {
            Date::new(n(a)?, i8::try_from(n(b)?).ok()?, i8::try_from(n(c)?).ok()?).ok().map(NameDay::Date)
        }
        [a, b, c] if c.text.len() == 4 && a.text.len() <= 2 && b.text.len() <= 2 => {
            let sep = b.joined?;
            let text = format!("{}{sep}{}{sep}{}", a.text, b.text, c.text).replace(['-', '_'], "/");
            // Dots are day first, unless the first number cannot be a month's day and the second
            // can be no month (`11.23.2026`); slashes and dashes only when one order fits.
            let month_first = sep == '.' && n(b)? > 12 && n(a)? <= 12;
            let text = match (sep, month_first) {
                ('.', false) => format!("{}.{}.{}", a.text, b.text, c.text),
                ('.', true) => format!("{}/{}/{}", a.text, b.text, c.text),
                _ => text,
            };
            match numeric_date(&text) {
                Ok(date) => Some(NameDay::Date(date)),
                Err(Some((month_first, day_first))) => Some(NameDay::Either(month_first, day_first)),
                Err(None) => None,
            }
        }
        // `11-30-26`: a year of two digits, after a month and a day that fit one way only.
        [a, b, c] if c.text.len() == 2 && a.text.len() <= 2 && b.text.len() <= 2 && b.joined == c.joined => {
            let year = 2000 + n(c)?;
            let (x, y) = (i8::try_from(n(a)?).ok()?, i8::try_from(n(b)?).ok()?);
            match (Date::new(year, x, y), Date::new(year, y, x)) {
                (Ok(d), Err(_)) | (Err(_), Ok(d)) => Some(NameDay::Date(d)),
                (Ok(d), Ok(e)) if d == e => Some(NameDay::Date(d)),
                (Ok(d), Ok(e)) => Some(NameDay::Either(d, e)),
                _ => None,
            }
        }
        // Dots and underscores join version numbers as well (`v1.2`, `v1_2`): a day only in a
        // name that names a meeting (`11_23 panel`).
        [a, b]
            if a.text.len() <= 2
                && b.text.len() <= 2
                && (matches!(b.joined, Some('-' | '/')) || (matches!(b.joined, Some('.' | '_')) && names_meeting)) =>
        {
            let (x, y) = (i8::try_from(n(a)?).ok()?, i8::try_from(n(b)?).ok()?);
            let fits = |m: i8, d: i8| Date::new(2024, m, d).is_ok();
            match (fits(x, y), fits(y, x)) {
                (true, false) => Some(NameDay::YearLess(x, y)),
                (false, true) => Some(NameDay::YearLess(y, x)),
                // (Set 69: `ember coffee chat 11-11`: one day, whichever way it is read.)
                (true, true) if x == y => Some(NameDay::YearLess(x, y)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The month a word names (`nov`, `November`, `sept`), in English.
pub(super) fn month_number(word: &str) -> Option<i8> {
    let word = word.to_lowercase();
    // (Set 60, in French and German: `vendredi 4 déc`, `Dezember`.)
    const WRITTEN: &[(&str, i8)] = &[
        ("janv", 1),
        ("janvier", 1),
        ("févr", 2),
        ("février", 2),
        ("avril", 4),
        ("juillet", 7),
        ("juil", 7),
        ("août", 8),
        ("déc", 12),
        ("décembre", 12),
        ("januar", 1),
        ("februar", 2),
        ("märz", 3),
        ("juni", 6),
        ("juli", 7),
        ("oktober", 10),
        ("okt", 10),
        ("dezember", 12),
        ("dez", 12),
        // (Set 71, in Italian: `giovedì 3 dicembre 2026`, `liffey_3dic.md`; in Dutch.)
        ("gennaio", 1),
        ("febbraio", 2),
        ("marzo", 3),
        ("aprile", 4),
        ("maggio", 5),
        ("giugno", 6),
        ("luglio", 7),
        ("agosto", 8),
        ("settembre", 9),
        ("ottobre", 10),
        ("novembre", 11),
        ("dicembre", 12),
        ("genn", 1),
        ("febbr", 2),
        ("magg", 5),
        ("giu", 6),
        ("lug", 7),
        ("sett", 9),
        ("ott", 10),
        ("dic", 12),
        // (Set 72, in Turkish: `3 Aralık (December) 2026`.)
        ("ocak", 1),
        ("şubat", 2),
        ("mart", 3),
        ("nisan", 4),
        ("mayıs", 5),
        ("haziran", 6),
        ("temmuz", 7),
        ("ağustos", 8),
        ("eylül", 9),
        ("ekim", 10),
        ("kasım", 11),
        ("aralık", 12),
        ("januari", 1),
        ("februari", 2),
        ("maart", 3),
        ("augustus", 8),
    ];
    // (Set 74, in Greek: `19 Νοεμβρίου 2026`, the month's genitive, as a date writes it; its
    // nominative and its first letters too.)
    const GREEK: &[&str] = &[
        "ιανουαρ",
        "φεβρουαρ",
        "μαρτ",
        "απριλ",
        "μαι",
        "ιουν",
        "ιουλ",
        "αυγουστ",
        "σεπτεμβρ",
        "οκτωβρ",
        "νοεμβρ",
        "δεκεμβρ",
    ];
    const GREEK_SHORT: &[&str] =
        &["ιαν", "φεβ", "μαρ", "απρ", "μαι", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"];
    if let Some((_, n)) = WRITTEN.iter().find(|(name, _)| *name == word.trim_end_matches('.')) {
        return Some(*n);
    }
    if word.starts_with(|c: char| ('\u{370}'..='\u{3ff}').contains(&c) || ('\u{1f00}'..='\u{1fff}').contains(&c)) {
        let word = without_greek_accents(word.trim_end_matches('.'));
        let whole = GREEK.iter().position(|stem| {
            word.strip_prefix(stem).is_some_and(|ending| ["ιου", "ιος", "ου", "ος"].contains(&ending))
        });
        let short = || GREEK_SHORT.iter().position(|s| *s == word);
        return whole.or_else(short).and_then(|at| i8::try_from(at + 1).ok());
    }
    if word.len() < 3 {
        return None;
    }
    let at = super::timeline::MONTHS.iter().position(|m| *m == word || (word.len() <= 4 && m.starts_with(&word)))?;
    i8::try_from(at + 1).ok()
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

/// A date of numbers that can be read two ways (`09-11-2026`), read the way the note's other
/// days are written: when every day it writes that can be read one way only (`R2 do 19-11`,
/// `21-12 to 04-01`) puts the day first, or every one the month, so is this one.
pub(crate) fn numeric_date_as_written(value: &str, text: &str) -> Option<Date> {
    let Err(Some((month_first, day_first))) = numeric_date(value.trim()) else { return None };
    day_first_in(text).map(|first| if first { day_first } else { month_first })
}

/// The first date of numbers in `line` that reads two ways (`10/11/2026`), read as the folder's
/// file names write their days (`Source::day_first`).
pub(crate) fn two_ways_as_the_folder_writes(line: &str, day_first: Option<bool>) -> Option<Date> {
    let first = day_first?;
    line.split_whitespace().map(|t| t.trim_matches(|c: char| !c.is_ascii_digit())).find_map(|t| {
        let Err(Some((month_first, day_first))) = numeric_date(t) else { return None };
        Some(if first { day_first } else { month_first })
    })
}

/// True when every day `text` writes in numbers that can be read one way only puts the day
/// first (`19-11`, `21/12`), false when every one puts the month first, `None` when it writes
/// none or both.
pub(crate) fn day_first_in(text: &str) -> Option<bool> {
    let mut orders = text.split(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))).filter_map(|token| {
        let parts: Vec<&str> = token.split(['-', '/', '.']).collect();
        let (a, b) = (parts.first()?.parse::<u8>().ok()?, parts.get(1)?.parse::<u8>().ok()?);
        let short = |p: &str| (1..=2).contains(&p.len());
        if parts.len() < 2 || parts.len() > 3 || !short(parts[0]) || !short(parts[1]) {
            return None;
        }
        match (a, b) {
            (13..=31, 1..=12) => Some(true),
            (1..=12, 13..=31) => Some(false),
            _ => None,
        }
    });
    let first = orders.next()?;
    orders.all(|o| o == first).then_some(first)
}

/// The month and day a line gives (set 64, a tracker's `sent 20-11 ✔`, `emailed 10 Nov ✔`, `14/11
/// sent email to Henk`): numbers in the order `text` writes its days (`day_first_in`), or a
/// month's name beside a day.
pub(crate) fn day_and_month_in(line: &str, text: &str) -> Option<(i8, i8)> {
    let tokens: Vec<&str> = line
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '/' | '.')))
        .map(|t| t.trim_end_matches(['.', '-', '/']))
        .filter(|t| !t.is_empty())
        .collect();
    for (i, token) in tokens.iter().enumerate() {
        let parts: Vec<&str> = token.split(['-', '/', '.']).collect();
        let number = |p: &str| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit());
        if let [a, b, rest @ ..] = &parts[..] {
            if number(a) && number(b) && rest.len() <= 1 {
                let (a, b) = (a.parse::<i8>().ok()?, b.parse::<i8>().ok()?);
                let fits = |m: i8, d: i8| Date::new(2024, m, d).is_ok();
                let day_first = match (fits(b, a), fits(a, b)) {
                    (true, false) => true,
                    (false, true) => false,
                    (true, true) => day_first_in(text)?,
                    (false, false) => continue,
                };
                return Some(if day_first { (b, a) } else { (a, b) });
            }
        }
        if let Some(month) = month_number(token) {
            let day = |t: Option<&&str>| t.and_then(|t| t.parse::<i8>().ok()).filter(|d| (1..=31).contains(d));
            if let Some(d) = day(tokens.get(i + 1)).or_else(|| day(i.checked_sub(1).and_then(|j| tokens.get(j)))) {
                return Some((month, d));
            }
        }
    }
    None
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
    // (Set 64, a Dutch tracker's `09-11-2026`: dashes as slashes, the year last.)
    let sep = if text.contains('/') {
        '/'
    } else if text.matches('-').count() == 2 && !text.contains('.') {
        '-'
    } else {
        '.'
    };
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
    fn a_date_is_read_with_its_day_s_ordinal() {
        let d = |y, m, day| Some(jiff::civil::date(y, m, day));
        assert_eq!(parse_date("Nov 26th, 2026"), d(2026, 11, 26), "as Logseq links a journal day");
        assert_eq!(parse_date("1st December 2026"), d(2026, 12, 1));
        assert_eq!(parse_date("November 2nd 2026"), d(2026, 11, 2));
        assert_eq!(parse_date("Nov 26thx, 2026"), None);
        // (Set 62: a voice memo's `New Recording 14` over `Nov 23, 2026 at 11:38 AM`.)
        assert_eq!(parse_date("14 Nov 23"), None, "no year 23");
        assert_eq!(parse_date("Nov 23, 2026"), d(2026, 11, 23));
    }

    #[test]
    fn a_file_name_gives_the_date_as_people_write_it() {
        let d = |y, m, day| jiff::civil::date(y, m, day);
        assert_eq!(date_in_name("2026-11-24-onsite.md", "", None), Some(d(2026, 11, 24)));
        assert_eq!(date_in_name("Gespraech 26.11.2026 SRE.md", "", None), Some(d(2026, 11, 26)));
        assert_eq!(date_in_name("2026.11.24 debrief.md", "", None), Some(d(2026, 11, 24)));
        assert_eq!(date_in_name("Nov 24 2026 final.md", "", None), Some(d(2026, 11, 24)));
        assert_eq!(date_in_name("nov 23 tech screen.md", "met them in 2026", None), Some(d(2026, 11, 23)));
        assert_eq!(date_in_name("nov 23 tech screen.md", "no year here", None), None, "no year, no guess");
        assert_eq!(date_in_name("v1.2.3 notes.md", "", None), None);
        assert_eq!(date_in_name("pellucid_hm_call_2026_11_19.md", "", None), Some(d(2026, 11, 19)));
        assert_eq!(date_in_name("Marlowe panel 23-11-2026.md", "", None), Some(d(2026, 11, 23)));
        assert_eq!(date_in_name("panel 11-23-2026.md", "", None), Some(d(2026, 11, 23)), "one order fits");
        assert_eq!(date_in_name("panel 05-06-2026.md", "", None), None, "May 6 or 5 June");
        assert_eq!(date_in_name("HM interview 11-30-26.md", "", None), Some(d(2026, 11, 30)), "a two-digit year");
        assert_eq!(date_in_name("HM interview 30.11.26.md", "", None), Some(d(2026, 11, 30)));
        assert_eq!(date_in_name("v1.2.3 notes.md", "", None), None, "no month 1 day 2 of 2003");
        assert_eq!(date_in_name("Ferrowind Final Round 30 Nov 2026 3f9a2c71e0b8.md", "", None), Some(d(2026, 11, 30)));
        assert_eq!(date_in_name("20261130_portfolio-review.md", "", None), Some(d(2026, 11, 30)), "run together");
        assert_eq!(date_in_name("20261340_notes.md", "", None), None, "no month 13");
        assert_eq!(date_in_name("ticket 12345678.md", "", None), None);
        // (Set 69: a day that reads two ways, in a folder whose other names put the day first.)
        assert_eq!(date_in_name("SBAR_GlanEly_interview_10-11-26.md", "", None), None);
        let day_first = day_first_in("SBAR_GlanEly_stage2_24-11-26\nSBAR_GlanEly_interview_10-11-26");
        assert_eq!(day_first, Some(true));
        assert_eq!(date_in_name("SBAR_GlanEly_interview_10-11-26.md", "", day_first), Some(d(2026, 11, 10)));
        assert_eq!(date_in_name("panel 05-06-2026.md", "", Some(false)), Some(d(2026, 5, 6)));
        assert_eq!(
            date_in_name("panel 05-06-2026.md", "round 1 was 14/4", Some(false)),
            Some(d(2026, 6, 5)),
            "the note first"
        );
        assert_eq!(
            date_in_name("HP_2nd-round_12.2.26.md", "R1 thank-yous: Park — email 11/18 ✔", None),
            Some(d(2026, 12, 2))
        );
        assert_eq!(date_in_name("HP_2nd-round_12.2.26.md", "", None), None, "dots with a short year: either way");
    }

    #[test]
    fn a_file_name_may_give_a_day_without_its_year() {
        let y = |m, d| Some(NameDay::YearLess(m, d));
        assert_eq!(day_in_name("copperline_round2_nov19.md"), y(11, 19));
        assert_eq!(day_in_name("entrevista-final-27nov.md"), y(11, 27));
        assert_eq!(day_in_name("20 Nov onsite.md"), y(11, 20));
        assert_eq!(day_in_name("11-30 screen.md"), y(11, 30));
        // (Set 69: a day and a month that are the same number.)
        assert_eq!(day_in_name("reddit draft - ember coffee chat 11-11.md"), y(11, 11));
        assert_eq!(day_in_name("notes 3-4.md"), None, "3 April or 4 March");
        assert_eq!(day_in_name("quillmark phone screen 11-16.md"), y(11, 16));
        assert_eq!(day_in_name("30-11 screen.md"), y(11, 30), "day first, when only that fits");
        assert_eq!(day_in_name("05-06 screen.md"), None, "either order fits");
        assert_eq!(day_in_name("round 2 of 5.md"), None);
        assert_eq!(day_in_name("brightpath_round2_24nov.md"), y(11, 24), "round2 counts; 2_24 is no day");
        assert_eq!(day_in_name("call1_10nov.md"), y(11, 10));
        assert_eq!(day_in_name("may notes.md"), None);
        assert_eq!(day_in_name("v1.2 notes.md"), None, "dots join version numbers, not a month and a day");
        assert_eq!(day_in_name("hm call 11.17.md"), y(11, 17), "unless the name says interview");
        assert_eq!(day_in_name("11_23 panel.md"), y(11, 23));
        assert_eq!(day_in_name("11.23.2026 hiring mgr call.md"), Some(NameDay::Date(jiff::civil::date(2026, 11, 23))));
        assert_eq!(day_in_name("notes_v1_2.md"), None, "a version, not a day");
        // The year is the last one that puts the day on or before the day the note was saved.
        let d = |y, m, day| jiff::civil::date(y, m, day);
        assert_eq!(last_before(11, 19, d(2026, 12, 1)), Some(d(2026, 11, 19)));
        assert_eq!(last_before(11, 19, d(2027, 1, 5)), Some(d(2026, 11, 19)));
        assert_eq!(last_before(11, 19, d(2026, 11, 19)), Some(d(2026, 11, 19)));
        assert_eq!(last_before(2, 29, d(2026, 12, 1)), Some(d(2024, 2, 29)));
    }

    #[test]
    fn a_line_at_the_top_gives_the_day_whole_or_by_its_weekday() {
        let d = |y, m, day| Some(jiff::civil::date(y, m, day));
        let saved = Some(jiff::civil::date(2026, 12, 6));
        assert_eq!(day_in_line("terça 24/11/2026, 14h — Unidade Taquaral", saved, ""), d(2026, 11, 24));
        assert_eq!(day_in_line("Thu 19 November 2026, 14:00", None, ""), d(2026, 11, 19));
        assert_eq!(day_in_line("Thu 26/11/26", None, ""), d(2026, 11, 26), "set 71: a short year");
        let liffey = "LIFFEY CLINICAL DIAGNOSTICS (Dublin) - giovedì 3 dicembre 2026, 10:30 irish hour";
        assert_eq!(day_in_line(liffey, None, ""), d(2026, 12, 3), "set 71, in Italian");
        assert_eq!(parse_date("Thursday, 3 Aralık (December) 2026"), d(2026, 12, 3), "set 72, in Turkish, glossed");
        assert_eq!(day_in_line("Fri 26/11/26", None, ""), None, "not on its weekday");
        // (Day first or month first, and the year, as the weekday allows.)
        assert_eq!(day_in_line("# Tue 01.12 — St B FINAL ○", saved, ""), d(2026, 12, 1));
        assert_eq!(day_in_line("## Thu 19.11 — Harbourview", saved, ""), d(2026, 11, 19));
        assert_eq!(day_in_line("Tue 1 Dec, panel", saved, ""), d(2026, 12, 1));
        assert_eq!(day_in_line("sexta-feira 4/12", saved, ""), d(2026, 12, 4));
        assert_eq!(day_in_line("Thu 19.11", None, "met them in 2026"), d(2026, 11, 19), "a year the note writes");
        assert_eq!(day_in_line("Thu 19.11", None, ""), None, "no year, no guess");
        assert_eq!(day_in_line("Wed 19.11", saved, ""), d(2025, 11, 19), "the year before, on its Wednesday");
        assert_eq!(day_in_line("Mon 19.11", saved, ""), None, "no such Monday");
        assert_eq!(day_in_line("Tue 01.12", Some(jiff::civil::date(2026, 11, 30)), ""), None, "not after the save");
        assert_eq!(day_in_line("Rm 2.14, Education Centre", saved, ""), None, "a day and month alone are none");
        assert_eq!(day_in_line("# Vetra — ENTREVISTA FINAL — 04/12 (sexta)", saved, ""), d(2026, 12, 4), "after it");
        // (Set 73, in Chinese: the month and the day, on the weekday it names.)
        assert_eq!(day_in_line("11月25日 周三 下午 1:30", saved, ""), d(2026, 11, 25));
        assert_eq!(day_in_line("Brightwater 二面 — 12月2日 周三 10:00", saved, ""), d(2026, 12, 2));
        assert_eq!(day_in_line("11月25日 周二", saved, ""), d(2025, 11, 25), "the year before, on its Tuesday");
        assert_eq!(day_in_line("11月25日 周四", saved, ""), None, "no such Thursday");
        assert_eq!(day_in_line("2024年3月5日", saved, ""), d(2024, 3, 5));
        assert_eq!(day_in_line("面试记录", saved, ""), None);
        assert_eq!(day_in_line("~50 min, 8 qs", saved, ""), None);
        // (A date with its year that reads two ways, on the weekday the line names.)
        assert_eq!(day_in_line("# Entretien Maison Colbert — jeudi 12/11/2026", saved, ""), d(2026, 11, 12));
        assert_eq!(day_in_line("Event: Wed 02/12/26, 1130–1220, MS Teams", saved, ""), d(2026, 12, 2));
        assert_eq!(day_in_line("Event: 02/12/26, 1130–1220, MS Teams", saved, ""), None, "no weekday, no guess");
        // (Set 74, in Greek: the month's genitive, accented or not, and the weekday.)
        let ybch = "Πέμπτη 19 Νοεμβρίου 2026 — Yarra Bend Community Health (YBCH), Abbotsford";
        assert_eq!(day_in_line(ybch, saved, ""), d(2026, 11, 19));
        assert_eq!(day_in_line("19 ΝΟΕΜΒΡΙΟΥ 2026", saved, ""), d(2026, 11, 19), "in capitals, unaccented");
        assert_eq!(day_in_line("Τρίτη 10/11/2026, 10:30 the morning", saved, ""), d(2026, 11, 10));
        assert_eq!(day_in_line("Τετάρτη 10/11/2026", saved, ""), None, "10 November was a Tuesday");
        assert_eq!(day_in_line("Τρίτη 1 Δεκ", saved, ""), d(2026, 12, 1));
        assert_eq!(month_number("Μαΐου"), Some(5));
        assert_eq!(month_number("Αύγουστος"), Some(8));
        assert_eq!(month_number("Νοέμβρη"), None, "the spoken form is not read yet");
    }

    #[test]
    fn a_date_with_a_time_after_it_is_that_date() {
        let d = |t: &str| parse_date(t).map(|d| d.to_string());
        assert_eq!(d("March 3, 2026 10:30 AM (PST)").as_deref(), Some("2026-03-03"));
        assert_eq!(d("24/11/2026, 2.30 p.m.").as_deref(), Some("2026-11-24"));
        assert_eq!(d("Thursday, 19 November 2026 10.00 a.m.").as_deref(), Some("2026-11-19"));
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
