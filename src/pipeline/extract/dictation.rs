//! A dictated note made written (set 48): its spoken punctuation, and its own corrections of what
//! speech recognition heard: `shove on =
//! SIOBHAN Gallagher (obviously)`, `Fair cloth → FAIRCLOUGH (his email sig: …)`, `typed later:
//! Chroma easy = Chioma Eze`. The note is read with the words it heard written as it says they
//! are, so that "shove on Gallagher" is Siobhan Gallagher wherever the transcript says it.

use super::people;
use crate::text::words::replace_word;

/// `text` with each misheard phrase its glossary lines name written as they say it is, and a
/// dictation's spoken punctuation written (`full stop`, `comma`, `new paragraph`, `quote … unquote`);
/// `None` when the note has neither.
pub(super) fn applied(text: &str) -> Option<String> {
    let entries: Vec<(String, String)> = text.lines().filter_map(|line| entry(line, text)).collect();
    let written = punctuated(text);
    if entries.is_empty() && written.is_none() {
        return None;
    }
    let mut out = written.unwrap_or_else(|| text.to_owned());
    for (heard, meant) in &entries {
        // (`shove on Gallagher`, for `SIOBHAN Gallagher`: the surname the transcript heard right
        // is not written twice.)
        let mut words: Vec<&str> = meant.split(' ').collect();
        while words.len() > 1 {
            let tail = words[1..].join(" ");
            if out.contains(&format!("{heard} {tail}")) {
                words.truncate(1);
                break;
            }
            if let Some(last) = words.last() {
                if out.contains(&format!("{heard} {last}")) {
                    words.pop();
                    continue;
                }
            }
            break;
        }
        out = replace_word(&out, heard, &words.join(" "));
        // (`Chroma easy` also as the sentence's first words.)
        out = replace_word(&out, &crate::text::words::with_first_upper(heard), &words.join(" "));
    }
    Some(out)
}

/// A dictation's spoken punctuation, written (set 48: `…on the KYC side full stop I think it went
/// well`, `she said, quote, that's a really mature way of thinking about risk appetite, unquote`,
/// `New paragraph.`), when the note says at least two such words; `None` otherwise.
fn punctuated(text: &str) -> Option<String> {
    const SPOKEN: &[(&str, &str)] = &[
        (", quote, ", " \""),
        (" quote, ", " \""),
        (", unquote", "\""),
        (" unquote", "\""),
        (" full stop ", ". "),
        (" full stop.", "."),
        (" full stop,", "."),
        (" comma ", ", "),
        (" New paragraph. ", "\n\n"),
        (" new paragraph. ", "\n\n"),
        (" New paragraph, ", "\n\n"),
        (". New paragraph.", ".\n\n"),
    ];
    let said = SPOKEN.iter().filter(|(spoken, _)| text.contains(spoken)).count();
    if said < 2 {
        return None;
    }
    let mut out = SPOKEN.iter().fold(text.to_owned(), |t, (spoken, written)| t.replace(spoken, written));
    // (`. I think it went well`: a sentence the full stop ends, the next one opened.)
    for (at, _) in out.clone().match_indices(". ").collect::<Vec<_>>().into_iter().rev() {
        let next = at + 2;
        if out[next..].starts_with(char::is_lowercase) && !out[..at].ends_with(char::is_uppercase) {
            let c = out[next..].chars().next().unwrap_or_default();
            out.replace_range(next..next + c.len_utf8(), &c.to_uppercase().to_string());
        }
    }
    Some(out)
}

/// The misheard phrase and what the note says it is, when `line` is a glossary line whose
/// phrase `text` uses elsewhere.
fn entry(line: &str, text: &str) -> Option<(String, String)> {
    let line = line.trim().trim_start_matches(['-', '*', '•', ' ']);
    // (`typed later: Chroma easy = Chioma Eze`: after the writer's label.)
    let line = match line.split_once(": ") {
        Some((label, rest)) if label.to_lowercase().starts_with("typed") => rest,
        _ => line,
    };
    let (heard, meant, arrow) =
        [" = ", " → ", " -> "].iter().find_map(|s| line.split_once(s).map(|(h, m)| (h, m, *s != " = ")))?;
    // (An arrow routes a clipped note's line, `flow diagram → Nate`; one to a word in capitals,
    // `Fair cloth → FAIRCLOUGH`, spells what was heard.)
    let shouted = meant.split_whitespace().next().is_some_and(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase())
    });
    if arrow && !shouted {
        return None;
    }
    let heard = heard.trim();
    let words: Vec<&str> = heard.split_whitespace().collect();
    // A phrase of plain words that are not a name: what a machine heard for one.
    let plain = (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && words.iter().skip(1).all(|w| w.chars().all(char::is_lowercase));
    // (Set 68: `panel = Ingrid Boele (Operations Director) + Ruud again`: who the panel was, a
    // word for those met, is no phrase misheard.)
    const WHO: &[&str] = &["panel", "interviewer", "interviewers", "hm", "boss", "lead", "met", "present", "attendees"];
    if !plain || WHO.contains(&heard.to_lowercase().as_str()) {
        return None;
    }
    // What it is: one to three words, the first in capitals, up to the writer's aside.
    let meant = meant.split(['(', '!', ',', ';', '.']).next()?.trim();
    let meant_words: Vec<&str> = meant.split_whitespace().collect();
    let is_name = (1..=3).contains(&meant_words.len())
        && meant_words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic));
    if !is_name || meant.eq_ignore_ascii_case(heard) {
        return None;
    }
    // (Only a phrase the note says elsewhere: it is what the transcript heard.)
    let elsewhere = text.matches(heard).count() + text.matches(&crate::text::words::with_first_upper(heard)).count();
    if elsewhere < 2 {
        return None;
    }
    // `SIOBHAN` is Siobhan; `MLRO` stays an acronym.
    let meant = meant_words
        .iter()
        .map(|w| if w.chars().count() >= 5 { people::unshouted(w) } else { (*w).to_owned() })
        .collect::<Vec<_>>()
        .join(" ");
    Some((heard.to_owned(), meant))
}

#[cfg(test)]
mod tests {
    use super::applied;

    #[test]
    fn a_transcript_s_misheard_names_are_written_as_the_note_says() {
        let note = "it was with shove on Gallagher who's the head and a chap called Raj Mehta, and shove on \
                    was really warm.\n--- typed later ---\nshove on = SIOBHAN Gallagher (obviously)\n\
                    mellow = MLRO!! deputy MLRO since 2023\nI've been deputy mellow since 2023.\n";
        let read = applied(note).unwrap();
        assert!(read.starts_with("it was with Siobhan Gallagher who's the head"), "{read}");
        assert!(read.contains("and Siobhan was really warm"), "{read}");
        assert!(read.contains("I've been deputy MLRO since 2023."), "{read}");
        let note = "with Edward Fair cloth the head of compliance\ntyped:\nFair cloth → FAIRCLOUGH (his email sig)\n";
        assert!(applied(note).unwrap().starts_with("with Edward Fairclough the head"));
        let note = "with Chroma easy who's their head of legal. Chroma easy asked.\n\
                    typed later: Chroma easy = Chioma Eze (checked LinkedIn, Head of Legal)\n";
        let read = applied(note).unwrap();
        assert!(read.starts_with("with Chioma Eze who's their head of legal. Chioma Eze asked."), "{read}");
    }

    #[test]
    fn a_dictation_s_spoken_punctuation_is_written() {
        let said = "it was with Raj on the KYC side full stop I think it went well comma she said, quote, that's a \
                    really mature way of thinking, unquote, which was nice. New paragraph. Things to fix.";
        assert_eq!(
            applied(said).unwrap(),
            "it was with Raj on the KYC side. I think it went well, she said \"that's a really mature way of \
             thinking\", which was nice.\n\nThings to fix."
        );
        assert_eq!(applied("We put a full stop to it, quote me."), None, "one word alone is no dictation");
    }

    #[test]
    fn other_equations_are_left_alone() {
        assert_eq!(applied("- band = 95-105k\n- band is low\n"), None);
        assert_eq!(applied("Melissa Grant = Talent Acquisition Partner.\nMelissa Grant was kind.\n"), None);
        assert_eq!(applied("- 2 TB -> it's 200 GB\n"), None);
        // (Set 48's fixture of the bold style: an arrow that routes a promise.)
        assert_eq!(applied("He asked for the flow diagram.\n- flow diagram → Nate\n"), None);
        // (Set 68: who the panel was; at the base, every "panel" of the note was Ingrid Boele.)
        let panel = "- [x] Case + panel\n- panel = Ingrid Boele (Operations Director) + Ruud again.\n";
        assert_eq!(applied(panel), None);
    }
}
