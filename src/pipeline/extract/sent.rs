//! What a note tells the earlier notes of its company (`memory`): the lines that say a message
//! went out, with the day each gives (a tracker in the final round's note: `- Bart: template +
//! thanks + Sonntag fix sent 20-11 ✔`, `- Mark: letter posted 21-11 ✔`), and the spellings it
//! says were wrong (`Dr Fionnuala HEGARTY. not "Hegarity".`). Whom a line names is for memory to
//! find among the earlier note's people; this module only reads the lines.

use jiff::civil::Date;

use crate::model::{Person, SentLine};
use crate::text::spelling;

use super::people;

/// Words that say a message went out.
const WENT: &[&str] =
    &["sent", "posted", "emailed", "mailed", "did send", "dropped off", "handed in", "left it", "gesendet"];

/// Words that name a message.
const MESSAGE: &[&str] = &[
    "mail",
    "email",
    "card",
    "letter",
    "note",
    "thank",
    "thanks",
    "ty",
    "kaartje",
    "kaart",
    "brief",
    "karte",
    "cartão",
    "carta",
    "agradecimento",
    "linkedin",
];

/// Words that say it has not gone, or is still to go.
const NOT_GONE: &[&str] = &[
    "not sent",
    "not yet",
    "[ ]",
    "still",
    "migrat",
    "to do",
    "todo",
    "never",
    "n't",
    "not posted",
    // (Not `will`, a name too: `emailed Will (thanks + report) ✔`.)
    "i will ",
    "i'll ",
    "we will ",
    "tomorrow",
    "tmrw",
    "going to",
    "need to",
    "plan to",
];

/// The lines of `text` that say a message went out, each with the day it gives, read in the year
/// that puts it before `date`, the note's interview, or in the weeks after it.
pub(super) fn sent_lines(text: &str, date: Option<Date>) -> Vec<SentLine> {
    let Some(date) = date else { return Vec::new() };
    // (In the year that puts it before the interview, or in the weeks after it: an update.)
    let soon = date.checked_add(jiff::Span::new().days(90)).unwrap_or(date);
    let mut out = Vec::new();
    // (Set 71: `[13/11/2026 07:31] Gemma Hollister (You)` over `sent Dawn the thank you email last
    // night`: a chat message's day is its stamp's.)
    let lines: Vec<&str> = text.lines().collect();
    let stamped = super::chat::days_by_line(text);
    let stamp_of = |raw: &str| {
        let first = raw.lines().next().unwrap_or_default();
        lines.iter().position(|l| *l == first).and_then(|at| stamped.get(at).copied().flatten())
    };
    // (A chat message may tell of two: `sent Dawn the thank you email last night … overanalysing.
    // sent Raj the CIMA results letter via Leanne`; each sentence of it is read alone.)
    let said: Vec<(String, String)> = items_unwrapped(text)
        .into_iter()
        .flat_map(|raw| {
            let parts = match stamp_of(&raw) {
                // (Typed fast, a sentence may open in lower case.)
                Some(_) => raw.split(". ").map(str::to_owned).collect(),
                None => vec![raw.clone()],
            };
            parts.into_iter().map(move |part| (raw.clone(), part))
        })
        .collect();
    for (raw, part) in said {
        let line = part.trim().trim_start_matches(['-', '*', '+', '•', '×', ' ', '\t']).trim();
        let lower = line.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let ticked = lower.starts_with("[x]") || ["✔", "✓", "✅", "☑"].iter().any(|t| line.contains(t));
        let went = WENT.iter().any(|w| if w.contains(' ') { lower.contains(w) } else { words.contains(w) });
        let message = MESSAGE.iter().any(|m| words.iter().any(|w| w == m || (m.len() >= 4 && w.starts_with(m))));
        if !(ticked || went || says_received(line)) || !message || NOT_GONE.iter().any(|n| lower.contains(n)) {
            continue;
        }
        // (Set 71: `sent Raj the CIMA results letter via Leanne`: a document named as a letter, and
        // no thanks, is no message of thanks.)
        let thanks = ["thank", "ty", "thx"].iter().any(|t| words.iter().any(|w| w.starts_with(t)));
        let named_letter = words.windows(4).any(|w| w[0] == "the" && w[3] == "letter")
            || words.windows(3).any(|w| w[0] == "the" && w[2] == "letter");
        if named_letter && !thanks {
            continue;
        }
        let day = super::dates::day_and_month_in(line, text)
            .and_then(|(month, day)| {
                [date.year(), date.year() - 1]
                    .into_iter()
                    .find_map(|y| Date::new(y, month, day).ok().filter(|d| *d <= soon))
            })
            .or_else(|| stamp_of(&raw));
        out.push(SentLine { text: line.to_owned(), day });
    }
    out
}

/// The lines of `text`, each list item with the lines it is wrapped onto (set 70, a lab
/// notebook's `- R1 follow-ups: DONE 11/11 by email → Declan (LAL cert attached, fixed the "5 yrs"`
/// over `  thing, …) + Siobhán. Hannah: short letter posted` over `  c/o Corrib reception 12/11. ✔
/// all`: one line that says all three went).
pub(super) fn items_unwrapped(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // (The indent of the list item being read, if one is.)
    let mut item_at: Option<usize> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let marker = trimmed.starts_with(['-', '*', '+', '•', '[']);
        let wrapped = item_at.is_some_and(|at| indent > at) && !trimmed.is_empty() && !marker;
        match out.last_mut().filter(|_| wrapped) {
            Some(item) => {
                item.push(' ');
                item.push_str(trimmed);
            }
            None => {
                item_at = (marker && trimmed.chars().nth(1).is_some_and(char::is_whitespace)).then_some(indent);
                out.push(line.to_owned());
            }
        }
    }
    out
}

/// True when `line` says a message of the writer's reached its reader (set 66: `Deb said at the
/// start: "thank you for the lovely card." So it arrived. ✔`): its day is before the note that
/// says so, and after the interview before it.
pub(crate) fn says_received(line: &str) -> bool {
    let lower = line.to_lowercase().replace('’', "'");
    const RECEIVED: &[&str] = &[
        "it arrived",
        "they arrived",
        "card arrived",
        "note arrived",
        "letter arrived",
        "got my card",
        "got my note",
        "got my letter",
        "got my email",
        "received my",
        "thank you for the card",
        "thank you for the lovely card",
        "thank you for the note",
        "thank you for the lovely note",
        "thank you for the letter",
        "thanks for the card",
        "thanks for the note",
        "thanks for the letter",
        "thank you for your card",
        "thank you for your note",
        "thanks for your card",
        "thanks for your note",
    ];
    RECEIVED.iter().any(|r| lower.contains(r))
}

/// The words of a line that says a message went out that may name whom it went to: without what
/// is in brackets, and without the word after `for`, `about`, `from`, `via`, `with` or `cc` (set
/// 64: `[x] Mail Svenja 28.11. — Danke + Herbstkarte photos for Jörg` went to Svenja alone).
pub(crate) fn recipients_text(line: &str) -> String {
    let plain = crate::text::words::without_brackets(line);
    let mut out: Vec<&str> = Vec::new();
    let mut skip = false;
    for word in plain.split(' ') {
        if skip {
            skip = false;
            continue;
        }
        skip = ["for", "about", "from", "via", "with", "cc", "re"].contains(&word.to_lowercase().as_str());
        out.push(word);
    }
    out.join(" ")
}

/// Marks thanked each of `people` not thanked yet whom `line`, saying a message went out, sent
/// it to (`recipients_text`), and emailed when the message was mail; the indexes of those it marks.
pub(crate) fn thank_recipients(line: &str, people: &mut [Person]) -> Vec<usize> {
    let text = recipients_text(line);
    let by_email = ["mail", "email"].iter().any(|m| text.to_lowercase().contains(m));
    // (Set 70, a court reporter's habit: `R1 thank-yous: Park — email 11/18 … ✔. Strauss — letter
    // mailed 11/19 ✔.`: a family name alone, capitalised, that is one person's only.)
    let family = |i: usize| {
        let last = people::last_name(&people[i].name);
        let ours = people.iter().filter(|p| people::last_name(&p.name) == last).count() == 1;
        people[i].name.contains(' ')
            && last.chars().count() >= 4
            && ours
            && text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'').any(|w| w == last)
    };
    let named: Vec<usize> = (0..people.len())
        .filter(|&i| !people[i].thanked && (super::prose::names(&text, &people[i], people) || family(i)))
        .collect();
    for &i in &named {
        people[i].thanked = true;
        people[i].emailed |= by_email;
    }
    named
}

/// The names the note says an earlier one spelled wrong: for each person of `people`, a word
/// after "not" (quoted or not) within three letters of their family name and starting as it
/// does (`Dr Fionnuala HEGARTY. not "Hegarity".`), with their name as it is spelled.
pub(super) fn spelled_wrong(text: &str, people: &[Person]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let plain = text.replace(['"', '“', '”', '\'', '‘', '’'], " ");
    let words: Vec<&str> = plain.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    for pair in words.windows(2) {
        let [not, wrong] = pair else { continue };
        // (Set 65: `it's Miriam OAKES — with an e. … I had "Oaks" everywhere.`: what the writer had.)
        let said = ["not", "had", "wrote", "typed", "spelled", "spelt"].iter().any(|w| not.eq_ignore_ascii_case(w));
        if !said || !wrong.starts_with(char::is_uppercase) {
            continue;
        }
        for p in people {
            let family = people::last_name(&p.name);
            let (a, b) = (wrong.to_lowercase(), family.to_lowercase());
            let near = a != b && a.chars().next() == b.chars().next() && (1..=3).contains(&spelling::distance(&a, &b));
            if near && b.chars().count() >= 4 && !out.iter().any(|(w, _)| w == wrong) {
                out.push(((*wrong).to_owned(), p.name.clone()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn lines_that_say_a_message_went_out_are_read_with_their_day() {
        let text = "## bedankt?\n\n- Fleur: mail [ ] (thanks + notice 2 mnd + refs + holiday)\n\
                    - Bart: template + thanks + Sonntag fix sent 20-11 ✔\n- Mark: letter posted 21-11 ✔\n\
                    - Yvonne: kaartje still [ ]\n- Director: NO (she asked)\n\
                    - R2 do 19-11 (Fleur mail 12-11)\n- Jade – emailed 10 Nov ✔\n\
                    - did send Brooke a thanks after the first chat btw\n";
        let lines = sent_lines(text, day("2026-12-03"));
        let read: Vec<(&str, Option<Date>)> = lines.iter().map(|l| (l.text.as_str(), l.day)).collect();
        assert_eq!(
            read,
            [
                ("Bart: template + thanks + Sonntag fix sent 20-11 ✔", day("2026-11-20")),
                ("Mark: letter posted 21-11 ✔", day("2026-11-21")),
                ("Jade – emailed 10 Nov ✔", day("2026-11-10")),
                ("did send Brooke a thanks after the first chat btw", None),
            ],
            "not what is still to send, nor a day that says no message went"
        );
        assert!(sent_lines(text, None).is_empty(), "a note with no day places none");
    }

    // Set 71: a Teams chat in the stage-2 note says the stage-1 thanks went, on the day of its stamp.
    #[test]
    fn a_chat_message_gives_its_day_and_each_sentence_its_own_message() {
        let text = "[13/11/2026 07:31] Gemma Hollister (You)\nsent Dawn the thank you email last night 21:50, she \
                    replied. overanalysing. sent Raj the CIMA results letter via Leanne\n\n\
                    [26/11/2026 15:03] Gemma Hollister (You)\nin the room: Dawn again\n";
        let lines = sent_lines(text, day("2026-11-26"));
        let read: Vec<(&str, Option<Date>)> = lines.iter().map(|l| (l.text.as_str(), l.day)).collect();
        assert_eq!(read, [("sent Dawn the thank you email last night 21:50, she replied", day("2026-11-13"))]);
    }

    #[test]
    fn whom_a_message_went_to_is_not_whom_it_was_for() {
        assert_eq!(
            recipients_text("[x] Mail Svenja 28.11. — Danke + Herbstkarte photos for Jörg (finally!!) + start date"),
            "[x] Mail Svenja 28.11. — Danke + Herbstkarte photos for + start date"
        );
    }

    #[test]
    fn a_spelling_the_note_says_is_not_theirs_is_the_earlier_ones() {
        let people = [Person { name: "Dr Fionnuala Hegarty".to_owned(), ..Person::default() }];
        let text = "– Dr Fionnuala HEGARTY. not \"Hegarity\". saw her badge up close this time.";
        assert_eq!(spelled_wrong(text, &people), [("Hegarity".to_owned(), "Dr Fionnuala Hegarty".to_owned())]);
        let miriam = [Person { name: "Miriam Oakes".to_owned(), ..Person::default() }];
        let text = "it's Miriam **OAKES** — with an e. Saw it on the letterhead. I had \"Oaks\" everywhere.";
        assert_eq!(spelled_wrong(text, &miriam), [("Oaks".to_owned(), "Miriam Oakes".to_owned())], "set 65");
        assert!(spelled_wrong("– Dr Fionnuala Hegarty. not Brennan, the other one", &people).is_empty());
    }
}
