//! Names the note itself says it spelled wrong: `oops it's **Malhotra**, not Mehrotra`, `NOTE:
//! it's Patterson, -son not -sen`, `Correction - it's Ng WEE Ling not Wei Ling`, `*Isaacs — her
//! email signature says Isaacs` (set 47: four notes of fifteen). A letter that misspells its
//! reader's name, after the writer noted the right spelling, is the worst a draft can do.

use crate::model::Person;
use crate::text::spelling;

use super::people;

/// Words that say a line is about how something is spelled or what it really is.
const CUES: &[&str] = &[
    "it's ",
    "its ",
    "it is ",
    "spell",
    "spelt",
    "signature",
    " sig",
    "says ",
    "not ",
    "typo",
    "correct",
    "badge",
    // (Set 48: `with K!! I wrote Dominic everywhere above, is Dominik`.)
    "i wrote ",
    "everywhere",
];

/// Each person whose name a line of `text` respells, with their name as the note held it and as
/// it is spelled: a capitalised word of the line near one word of their name (one or two edits
/// for a word of five letters or more; up to three, or a short word, when the line says "not"
/// the old word), and no word of anyone else's.
pub(super) fn respelled(text: &str, people: &[Person]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        // (Set 64: `Bart Kuipers (Teamleider Planning) -> KUIJPERS with IJ!! he spelled it for me`:
        // an arrow says what the name is.)
        let arrowed = line.replace(" -> ", " is ").replace(" → ", " is ");
        let line = arrowed.as_str();
        let lower = line.to_lowercase().replace('’', "'");
        // (Set 63: `Dr Fionnuala HEGARTY. not "Hegarity".`: the wrong one may be quoted.)
        let unquoted = lower.replace(['"', '“', '”'], "");
        // (Set 48: not `Mere put a sign on the door`: " sig" is the word, not "sign".)
        // (Set 53: not `Lunch w/ three scientists (Rohan, Emily, and a third whose name I did not
        // catch)` beside Dr. Anjali Raman: "not" cues a respelling before a name, `not Hafix`.)
        let not_a_name = ["not ", "Not ", "NOT "]
            .iter()
            .any(|n| line.match_indices(n).any(|(at, _)| line[at + n.len()..].starts_with(char::is_uppercase)));
        // (Set 65: not `when a council unit is restructured`, beside Jonty Pratt and `Miriam's PRA
        // question`: a cue is a word of its own, not the end of another.)
        let cued = |c: &&str| {
            let own = |at: usize| !c.starts_with(char::is_alphabetic) || !lower[..at].ends_with(char::is_alphanumeric);
            lower.match_indices(*c).filter(|(at, _)| own(*at)).any(|(at, _)| match *c {
                " sig" => !lower[at + c.len()..].starts_with(char::is_alphabetic),
                "not " => not_a_name,
                _ => true,
            })
        };
        if !CUES.iter().any(cued) {
            continue;
        }
        // (Set 64: `Name correction: the consultant is Dr **Ciarán Ó Murchú**, not "Kieran
        // Murphy".`: the whole name the note held, said not to be it, and the one said instead.)
        let plain = line.replace("**", "").replace(['"', '“', '”'], "");
        let said_instead = people.iter().find_map(|p| {
            let held = people::bare_name(&p.name);
            if !held.contains(' ') {
                return None;
            }
            // (Set 72: `The Senior Associate is **Sinéad Ní Bhriain**, NOT O'Brien`: the family name
            // alone said not to be it, of the one whose given name the new one keeps.)
            let lower = plain.to_lowercase();
            let family = people::last_name(held).to_lowercase();
            let whole = lower.find(&format!(", not {}", held.to_lowercase()));
            let by_family = || {
                let at = lower.find(&format!(", not {family}"))?;
                let given = people::first_name(held).to_lowercase();
                lower[..at].rsplit(['.', ';']).next().is_some_and(|s| s.contains(&format!("{given} "))).then_some(at)
            };
            let at = whole.or_else(by_family)?;
            let before = &plain[..at];
            let said = ["is ", "it's ", "it is ", "= "]
                .iter()
                .filter_map(|w| before.rfind(w).map(|i| &before[i + w.len()..]))
                .min_by_key(|s| s.len())?;
            let said = said.trim().trim_end_matches('.');
            let words: Vec<&str> = said.split_whitespace().collect();
            let bare_words = words.iter().skip_while(|w| people::is_abbreviated_honorific(w)).count();
            let named = (2..=4).contains(&bare_words) && words.iter().all(|w| w.starts_with(char::is_uppercase));
            // (`**Otávio BANDEIRA**, not Brandão`: a word shouted is written as a name.)
            let said: Vec<String> = words
                .iter()
                .map(|w| {
                    if w.chars().count() > 1 && !w.chars().any(char::is_lowercase) {
                        people::unshouted(w)
                    } else {
                        (*w).to_owned()
                    }
                })
                .collect();
            named.then(|| (p.name.clone(), said.join(" ")))
        });
        if let Some((old, new)) = said_instead {
            record(&mut out, old, new);
            continue;
        }
        // (Set 69, a git log's `fix(names): Ngozi, not Ngozie`: one word of a name said to be
        // another, near it.)
        let one_word = plain.split_once(", not ").and_then(|(before, after)| {
            let said = before.rsplit(' ').next()?.trim_matches(|c: char| !c.is_alphabetic());
            let wrong = after.split([' ', ',', '.']).next()?.trim_matches(|c: char| !c.is_alphabetic());
            let word = |w: &str| w.chars().count() >= 3 && w.starts_with(char::is_uppercase);
            if !word(said) || !word(wrong) || said == wrong {
                return None;
            }
            // (Set 72: not `tell Wes, not Ted`, beside Ted Halvorsen: two short names two letters
            // apart are two names, and one to tell is someone to write to.)
            let apart = spelling::distance(&said.to_lowercase(), &wrong.to_lowercase());
            let short = said.chars().count().min(wrong.chars().count()) < 5;
            let told = before.trim_end_matches(said).trim_end().to_lowercase();
            let told = ["tell", "ask", "email", "mail", "call", "ring", "text", "to"].iter().any(|v| told.ends_with(v));
            let near = (apart <= 1 || (apart <= 2 && !short)) && !told;
            let held: Vec<&Person> = people.iter().filter(|p| p.name.split(' ').any(|n| n == wrong)).collect();
            let [person] = held[..] else { return None };
            let unshouted = people::unshouted(said);
            let name = person
                .name
                .split(' ')
                .map(|n| if n == wrong { unshouted.as_str() } else { n })
                .collect::<Vec<_>>()
                .join(" ");
            // (Not `It's Marten, not Martin, who runs payroll.` beside Marten Vos: someone else;
            // but the one named so already, `Ngozi Adeyemi` beside `Ngozie Adeyemi`, is them.)
            let someones = people.iter().any(|p| p.name != name && p.name.split(' ').any(|n| n == said));
            (near && !someones).then(|| (person.name.clone(), name))
        });
        if let Some((old, new)) = one_word {
            record(&mut out, old, new);
            continue;
        }
        let tokens: Vec<&str> = line
            .split(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
            .filter(|w| !w.is_empty())
            .collect();
        // (Set 57: not `Sheila says they'll offer WGA scale … DO NOT TALK MONEY.` beside Molly
        // Chen: the new spelling is what the line says the name is, straight after "it's",
        // "is", "says" or "spelled", or a word after that; after "not", straight after it.)
        let said_is = |k: usize| {
            let cue = |j: Option<usize>, words: &[&str]| {
                j.and_then(|j| tokens.get(j))
                    .is_some_and(|t| words.contains(&t.to_lowercase().replace('’', "'").as_str()))
            };
            const IS: &[&str] = &["it's", "its", "is", "says", "spelled", "spelt", "spelling", "wrote"];
            // (Set 64: not `blanked b/c ours is a Leica`, beside Leticia Moura: a thing, after its
            // article.)
            let article = cue(k.checked_sub(1), &["a", "an", "the", "our", "my", "their"]);
            cue(k.checked_sub(1), IS) || cue(k.checked_sub(1), &["not"]) || (cue(k.checked_sub(2), IS) && !article)
        };
        let words: Vec<String> = tokens
            .iter()
            .enumerate()
            .filter(|(k, _)| said_is(*k))
            // (`Renée's email was on the sign-up sheet`: her name, said as hers.)
            .map(|(_, w)| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w))
            .map(|w| w.trim_matches(['\'', '’', '-']))
            .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
            .map(people::unshouted)
            .collect();
        // (Set 63: `CORRECTION: is **HENK VERHOEVEN**` under `**Hank Ferhoven (?)**`, `CORREÇÃO: is
        // **Otávio BANDEIRA**, not Brandão!!`: the name in full, given name and surname, said to
        // be what it is; the given name is theirs, near enough, and the surname near the one the
        // note held, or the one the line says it is not.)
        let whole = (1..tokens.len()).find_map(|k| {
            let (given, family) = (tokens[k - 1], tokens[k]);
            let said = said_is(k - 1)
                && [given, family].iter().all(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase));
            if !said {
                return None;
            }
            let (given, family) = (people::unshouted(given), people::unshouted(family));
            let matching: Vec<&Person> = people
                .iter()
                .filter(|p| {
                    let parts: Vec<&str> = p.name.split(' ').collect();
                    let [first, last] = parts[..] else { return false };
                    let near = |a: &str, b: &str| spelling::distance(&a.to_lowercase(), &b.to_lowercase());
                    let not_last =
                        crate::text::words::contains_word(&unquoted, &format!("not {}", last.to_lowercase()));
                    near(first, &given) <= 1 && last != family && (not_last || near(last, &family) <= 3)
                })
                .collect();
            let [person] = matching[..] else { return None };
            Some((person.name.clone(), format!("{given} {family}")))
        });
        // (Set 67: `* *Pria Raghunathan* - Head of Planning.` over `** EDIT 03/Dec: it's *Priya* -
        // checked LinkedIn + her signature … Priya Raghunathan.`: the given name said to be what
        // it is, and written again with the family name the note held.)
        let whole = whole.or_else(|| {
            (1..tokens.len()).find_map(|k| {
                let (given, family) = (people::unshouted(tokens[k - 1]), tokens[k]);
                if !words.contains(&given) {
                    return None;
                }
                let matching: Vec<&Person> = people
                    .iter()
                    .filter(|p| {
                        let parts: Vec<&str> = p.name.split(' ').collect();
                        let [first, last] = parts[..] else { return false };
                        // (And `Rebecca Sato` under `→ it's REBEKAH (badge – k-a-h). Rebekah Sato`.)
                        let (first_lower, given_lower) = (first.to_lowercase(), given.to_lowercase());
                        last == family
                            && first != given
                            && first_lower.chars().next() == given_lower.chars().next()
                            && first.chars().count().abs_diff(given.chars().count()) <= 2
                            && spelling::distance(&first_lower, &given_lower) <= 3
                    })
                    .collect();
                let [person] = matching[..] else { return None };
                Some((person.name.clone(), format!("{given} {family}")))
            })
        });
        if let Some((old, new)) = whole {
            record(&mut out, old, new);
            continue;
        }
        let mut found: Vec<(usize, String, String)> = Vec::new();
        for word in &words {
            // (Set 48: not the one-word `Dominik` a to-do added, beside the panel's Dominic Sauer.)
            let someones = |p: &&Person| p.name.contains(' ') && p.name.split(' ').any(|n| n == word);
            // (Set 49: `Hafiz lah, not Hafix, typo above`: the word after "not" is the wrong one.)
            let rejected = crate::text::words::contains_word(&unquoted, &format!("not {}", word.to_lowercase()));
            if people.iter().any(|p| someones(&p)) || people::is_common_word(word) || rejected {
                continue;
            }
            for (i, person) in people.iter().enumerate() {
                for part in person.name.split(' ').filter(|n| n.chars().count() >= 3 && !n.ends_with('.')) {
                    // (Set 50: `Achieng’` for `Achieng'`: a name's closing apostrophe is no letter.)
                    let n = part.to_lowercase().replace('’', "'").trim_matches('\'').to_owned();
                    let w = word.to_lowercase();
                    let said_not = crate::text::words::contains_word(&unquoted, &format!("not {n}"));
                    let edits = spelling::distance(&w, &n);
                    if edits == 0 {
                        continue;
                    }
                    // (Set 65: `Gareth Reece-Jones – … (*it's RHYS-Jones. saw it on his office
                    // door*)`: a double-barrelled name, one half the same and the other spelled
                    // as it sounds.)
                    let halves = |x: &str| x.split_once('-').map(|(a, b)| (a.to_owned(), b.to_owned()));
                    let barrelled = halves(&w).zip(halves(&n)).is_some_and(|((a, b), (c, d))| {
                        let initial = |x: &str, y: &str| x.chars().next() == y.chars().next();
                        (b == d && initial(&a, &c) && a != c) || (a == c && initial(&b, &d) && b != d)
                    });
                    // (Set 67: `Rory Cavanagh — … [Later, 9pm: it's KAVANAGH. With a K.]`: one letter
                    // more or less, the first, said or sounding the same.)
                    let initial = |x: &str| x.chars().next().unwrap_or_default();
                    let said_initial = unquoted.contains(&format!("with a {}", initial(&w)));
                    let sounds = matches!((initial(&w), initial(&n)), ('c', 'k') | ('k', 'c'));
                    // (Set 67: `Correction – spelling is IYER, not Aiyer.`: the old word said not
                    // to be it.)
                    let same_start = initial(&w) == initial(&n)
                        || (edits == 1 && (said_initial || sounds))
                        || (said_not && edits <= 2);
                    let near = barrelled
                        || same_start
                            && w.chars().count().abs_diff(n.chars().count()) <= 2
                            && if said_not { edits <= 3 } else { edits <= 2 && n.chars().count() >= 5 };
                    if near {
                        found.push((i, part.to_owned(), word.clone()));
                    }
                }
            }
        }
        // (Set 68: `the name is written **Yousuf AlShamsi** (with "u" and AlShamsi together)`,
        // of Yousef Al Shamsi: two words of the name the line writes as one.)
        let run_together = |name: &str| -> String {
            let words: Vec<&str> = name.split(' ').collect();
            let mut out: Vec<String> = Vec::new();
            let mut k = 0;
            while k < words.len() {
                let joined = words.get(k + 1).map(|next| format!("{}{next}", words[k]));
                match joined.filter(|j| words[k].len() >= 2 && tokens.contains(&j.as_str())) {
                    Some(j) => {
                        out.push(j);
                        k += 2;
                    }
                    None => {
                        out.push(words[k].to_owned());
                        k += 1;
                    }
                }
            }
            out.join(" ")
        };
        // (One person's name, respelled one way: anything else is not a correction followup can
        // read.)
        let Some((i, _, _)) = found.first() else {
            let joined: Vec<(&Person, String)> =
                people.iter().map(|p| (p, run_together(&p.name))).filter(|(p, j)| *j != p.name).collect();
            if let [(person, name)] = &joined[..] {
                record(&mut out, person.name.clone(), name.clone());
            }
            continue;
        };
        if found.iter().any(|(j, _, _)| j != i) {
            continue;
        }
        let person = &people[*i];
        let name = person
            .name
            .split(' ')
            .map(|n| found.iter().find(|(_, old, _)| old == n).map_or(n, |(_, _, new)| new.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        let name = run_together(&name);
        if name != person.name {
            record(&mut out, person.name.clone(), name);
        }
    }
    out
}

/// Adds the respelling of `old` as `new`, unless a line before respelled `old` already.
fn record(out: &mut Vec<(String, String)>, old: String, new: String) {
    if !out.iter().any(|(o, _)| *o == old) {
        out.push((old, new));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(names: &[&str]) -> Vec<Person> {
        names.iter().map(|n| Person { name: (*n).to_owned(), ..Person::default() }).collect()
    }

    fn pairs(text: &str, names: &[&str]) -> Vec<(String, String)> {
        respelled(text, &named(names))
    }

    fn pair(old: &str, new: &str) -> Vec<(String, String)> {
        vec![(old.to_owned(), new.to_owned())]
    }

    #[test]
    fn a_cue_inside_another_word_is_none() {
        // Set 65: "Jonty Pra" in every message, from an acronym and "unit is".
        let line = "**2a** Miriam's PRA question (disposal under the Public Records Act 2005 when a council unit is restructured).";
        assert!(pairs(line, &["Miriam Oaks", "Jonty Pratt"]).is_empty());
    }

    #[test]
    fn half_of_a_double_barrelled_name_respelled_is_the_name() {
        // Set 65, a nurse's note.
        let line = "- Gareth Reece-Jones – Day Surgery Unit Manager. (*it's RHYS-Jones. saw it on his office door after. R-H-Y-S. Welsh.*)";
        assert_eq!(pairs(line, &["Gareth Reece-Jones"]), pair("Gareth Reece-Jones", "Gareth Rhys-Jones"));
        assert!(pairs("- it's Smith-Jones, the other team", &["Gareth Reece-Jones"]).is_empty());
    }

    #[test]
    fn a_name_respelled_from_its_first_letter_is_the_name() {
        // Set 67: every letter to Rory said "Cavanagh", the spelling the note forbade.
        let line =
            "Rory Cavanagh — Head of Content. [Later, 9pm: it's KAVANAGH. With a K. Do NOT write Cavanagh anywhere.]";
        assert_eq!(pairs(line, &["Rory Cavanagh"]), pair("Rory Cavanagh", "Rory Kavanagh"));
        assert!(
            pairs("- it's Mavanagh now", &["Rory Cavanagh"]).is_empty(),
            "only a letter said, or sounding the same"
        );
    }

    #[test]
    fn a_given_name_said_and_written_again_with_the_family_name_is_respelled() {
        // Set 67, a Jira ticket: "Dear Pria," after the note's edit.
        let line = "** EDIT 03/Dec: it's *Priya* - checked LinkedIn + her signature in the mail Lotte forwarded. Priya Raghunathan. Don't mess that up.";
        assert_eq!(pairs(line, &["Pria Raghunathan", "Tom Bakker"]), pair("Pria Raghunathan", "Priya Raghunathan"));
        // Set 67: "Dear Mr. Aiyer," after `spelling is IYER, not Aiyer`.
        let line = "   ** Correction – spelling is IYER, not Aiyer. Saw in his mail signature on 16th. Anand Iyer. **";
        assert_eq!(pairs(line, &["Mr. Anand Aiyer"]), pair("Mr. Anand Aiyer", "Mr. Anand Iyer"));
    }

    #[test]
    fn one_word_said_to_be_another_is_the_name() {
        // Set 69: "Dear Ngozie," after the note's `fix(names): Ngozi, not Ngozie`.
        let line = "## Ngozi, not Ngozie — names — Fri 13 Nov 2026";
        assert_eq!(pairs(line, &["Ngozie Adeyemi", "Lindsay Cho"]), pair("Ngozie Adeyemi", "Ngozi Adeyemi"));
        assert!(pairs("- Tuesday, not Thursday", &["Ngozie Adeyemi"]).is_empty());
        // (Set 72: whom to tell is no spelling: Ted Halvorsen had become "Wes Halvorsen".)
        assert!(
            pairs("told Ted I'd need 4 weeks notice - it's 3 weeks. tell Wes, not Ted", &["Ted Halvorsen"]).is_empty()
        );
    }

    #[test]
    fn two_words_of_a_name_the_note_writes_as_one_are_one() {
        // Set 68: "Dear Mr. Shamsi," after the note said how the CFO writes his name.
        let line = "  → CORRECTION: the name is written **Yousuf AlShamsi** (with \"u\" and AlShamsi together) – I saw it in the email";
        assert_eq!(pairs(line, &["Mr. Yousef Al Shamsi"]), pair("Mr. Yousef Al Shamsi", "Mr. Yousuf AlShamsi"));
        let line = "- correct: it's AlShamsi, all one word";
        assert_eq!(pairs(line, &["Yousef Al Shamsi", "Reem"]), pair("Yousef Al Shamsi", "Yousef AlShamsi"));
        assert!(pairs("- it's Al Shamsi", &["Yousef Al Shamsi"]).is_empty());
    }

    #[test]
    fn a_closing_apostrophe_is_no_respelling() {
        let line = "-   If I have not heard by Thursday I will call Ms. Achieng’ (her number is on her signature)";
        assert!(pairs(line, &["Ms. Achieng' Odera", "Ms. Wanjiku Kamau"]).is_empty());
    }

    #[test]
    fn a_whole_name_said_to_be_wrong_gives_way_to_the_one_said_instead() {
        let line = "> Name correction: the consultant is Dr **Ciarán Ó Murchú**, not \"Kieran Murphy\". Checked.";
        assert_eq!(pairs(line, &["Dr Kieran Murphy"]), pair("Dr Kieran Murphy", "Dr Ciarán Ó Murchú"));
        assert!(pairs("the consultant is Dr Ciarán Ó Murchú, not the registrar", &["Dr Kieran Murphy"]).is_empty());
    }

    #[test]
    fn the_spelling_a_line_says_is_wrong_may_be_quoted() {
        let line = "  – Dr Fionnuala HEGARTY. not \"Hegarity\". saw her badge up close this time.";
        assert!(pairs(line, &["Dr Fionnuala Hegarty"]).is_empty(), "the quoted word is the wrong one");
    }

    #[test]
    fn a_name_said_again_in_full_respells_the_surname() {
        assert_eq!(
            pairs("  - CORRECTION: is **HENK VERHOEVEN**. He wrote his name on the whiteboard", &["Hank Ferhoven"]),
            pair("Hank Ferhoven", "Henk Verhoeven")
        );
        assert_eq!(
            pairs(
                "  - CORREÇÃO: is **Otávio BANDEIRA**, not Brandão!! I saw it in Mariana's email",
                &["Otávio Brandão"]
            ),
            pair("Otávio Brandão", "Otávio Bandeira")
        );
        // (Not another person's name, nor a surname far from the one held that the line does not
        // say is wrong.)
        assert!(pairs("- his boss is Henk Smit", &["Hank Ferhoven"]).is_empty());
        assert!(pairs("- it's Otávio Bandeira who signs", &["Otávio Brandão"]).is_empty());
    }

    #[test]
    fn a_name_the_note_says_it_misspelled_is_respelled() {
        let panel = ["Dhruv Mehrotra", "Bea Santos", "Owen Fitzgerald"];
        let fix = "- oops it's **Malhotra**, not Mehrotra. saw it on the meeting room screen";
        assert_eq!(pairs(fix, &panel), pair("Dhruv Mehrotra", "Dhruv Malhotra"));
        let fix = "- NOTE: it's Patterson, -son not -sen. badge + email sig. yaml spelling wrong, fix";
        assert_eq!(
            pairs(fix, &["Dr. Renee Pattersen", "Greg Szymanski"]),
            pair("Dr. Renee Pattersen", "Dr. Renee Patterson")
        );
        let fix = "Correction - it's Ng WEE Ling not Wei Ling, I saw the email signature on the printout";
        assert_eq!(pairs(fix, &["Ng Wei Ling", "Ahmad bin Ismail"]), pair("Ng Wei Ling", "Ng Wee Ling"));
        let fix =
            "- Fatima Isaaks, HRBP — set up the Teams link. *Isaacs — her email signature says Isaacs, with the c's.";
        assert_eq!(pairs(fix, &["Fatima Isaaks", "Johan Pretorius"]), pair("Fatima Isaaks", "Fatima Isaacs"));
        // Set 49: the spelling after "not" is the wrong one, the name as held the right one.
        let fix = "- Hafiz (Hafiz lah, not Hafix, typo above) — no namecard, LinkedIn msg";
        assert!(pairs(fix, &["Muhammad Hafiz bin Osman", "Tan Wei Ling"]).is_empty());
        assert_eq!(
            pairs("- it's Hafiz, not Hafix", &["Muhammad Hafix bin Osman"]),
            pair("Muhammad Hafix bin Osman", "Muhammad Hafiz bin Osman")
        );
        // Set 48: a sign on a door is no signature.
        assert!(
            pairs("did it from the ward, Mere put a sign on the door for me", &["Rebecca Moore", "Tama Hēnare"])
                .is_empty()
        );
        // Set 48.
        let fix = "- [ ] Dominik – email, he sent the invite (with K!! I wrote Dominic everywhere above, is Dominik)";
        assert_eq!(pairs(fix, &["Dominic Sauer", "Ayşe Demir"]), pair("Dominic Sauer", "Dominik Sauer"));
        assert_eq!(pairs(fix, &["Dominic Sauer", "Ayşe Demir", "Dominik"]), pair("Dominic Sauer", "Dominik Sauer"));
    }

    #[test]
    fn other_names_and_lines_that_correct_nothing_leave_names_alone() {
        // Another person's name, however near, is theirs.
        assert!(pairs("It's Marten, not Martin, who runs payroll.", &["Martin Hale", "Marten Vos"]).is_empty());
        // A line with no word of correction is no respelling.
        assert!(pairs("Pattersen walked me to Patterson Hall after.", &["Renee Pattersen"]).is_empty());
        // A short name is respelled only when the line says which it is not.
        assert!(pairs("it's Jan on the badge", &["Jon Bell"]).is_empty());
        assert!(pairs("Renée's email was on the sign-up sheet", &["Renée Castellano"]).is_empty());
        // Set 53: "not" before no name, beside another one met at lunch.
        let lunch = "Lunch w/ three scientists (Rohan, Emily, and a third whose name I did not catch)";
        assert!(pairs(lunch, &["Anjali Raman"]).is_empty());
        assert_eq!(pairs("it's Jan, not Jon", &["Jon Bell"]), pair("Jon Bell", "Jan Bell"));
        // Two people's names near the word: no telling whose.
        assert!(pairs("correction: it's Carlsen", &["Ana Carlson", "Karl Carlsson"]).is_empty());
        // Set 57: a word shouted three words after "not", near a name, is not its spelling.
        let money = "- Staff writer = scale. Sheila says they'll offer WGA scale, nothing over. DO NOT TALK MONEY.";
        assert!(pairs(money, &["Molly Chen", "Renata Solis"]).is_empty());
    }
}
