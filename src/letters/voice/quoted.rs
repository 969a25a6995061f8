//! Praise in the interviewer's own words, told back to them: `Dr. O -> "you think like an
//! auditor already" after the mock batch record review` becomes "Chinedu said I think like an
//! auditor already", which `highlights` turns to its reader ("I was especially glad that you said
//! I think like an auditor already."). Only words about the writer, in the speaker's plain voice,
//! are told back: a question, a tip, a remark about "this" or "we", generic "you'd be surprised…"
//! and casual words (`wah`, `ok,`) stay for the user.

/// Words a careful letter does not quote back: particles, fillers and swearing.
const CASUAL: &[&str] = &[
    "wah",
    "lah",
    "ah",
    "leh",
    "lor",
    "lol",
    "honestly",
    "literally",
    "ok",
    "okay",
    "yeah",
    "yep",
    "yup",
    "gonna",
    "wanna",
    "kinda",
    "damn",
    "hell",
    "bloody",
    "mate",
    "dude",
    "guys",
    "folks",
    "eh",
    "haha",
    "omg",
    "like,",
    "um",
    "uh",
    "ja",
    "sho",
    "hey",
    "wow",
];

/// A speaker's word that points at someone else or at their side: the quote cannot be turned.
const OTHERS: &[&str] =
    &["we", "we're", "we've", "we'd", "our", "ours", "us", "he", "she", "they", "them", "his", "her", "their", "it"];

/// After "you": a generic "you", not the writer (`you'd be surprised how many…`, `you know`).
const GENERIC: &[&str] = &[
    "be surprised",
    "know",
    "never",
    "can't",
    "cannot",
    "have to",
    "need to",
    "should",
    "must",
    "hear",
    "get",
    "see",
    "want",
    "will hear",
    "can",
    "could",
    "may",
    "might",
    "dare",
    "mean",
];

/// Words before a quote that make it the speaker's (`said`, `Name:`, `->`, `ended w/`).
// (Set 48: `He told "You think like an owner…"`, as Indian English says it.)
const SAYS: &[&str] = &[
    "said",
    "says",
    "say",
    "told me",
    "tells me",
    "he told",
    "she told",
    "ended w/",
    "ended with",
    "->",
    "→",
    ":",
    "–",
    "—",
];

/// The praise in `text` said by one of `speakers` (given names) about the writer, as a clause
/// "<Name> said I …". `about` names the speaker when the text does not (`"…" ← after the study`,
/// under their block).
pub fn told_back(text: &str, speakers: &[&str], about: Option<&str>) -> Option<String> {
    let mut rest = text;
    while let Some((before, after)) = rest.split_once(['"', '“']) {
        let (quoted, tail) = after.split_once(['"', '”'])?;
        if let Some(said) = praise(quoted) {
            // The speaker: the last given name before the quote in its sentence, or the one the
            // highlight is about.
            let sentence = before.rsplit(['.', '!', '?', ';']).next().unwrap_or(before);
            let lower = sentence.to_lowercase();
            let writers =
                [" i said", " i told", " i went", " i answered", "i said", "told them", "told him", "told her"];
            let by_writer = writers.iter().any(|w| lower.trim_end().ends_with(w) || lower.contains(&format!("{w} ")));
            let lead = lower.trim_end();
            let says = lead.is_empty() || SAYS.iter().any(|s| lead.ends_with(s));
            // (`"…" ← after the nurse charting study`: the quote leads and the line says when.)
            let after_mark = ["←", "<-", "after", "(after", "when"].iter().any(|m| tail.trim_start().starts_with(m));
            if !by_writer && (says || (lead.is_empty() && after_mark)) {
                let named = speakers
                    .iter()
                    .filter(|s| crate::text::words::contains_word(sentence, s))
                    .max_by_key(|s| sentence.rfind(*s));
                let who = named.copied().or(about)?;
                // (The speaker's own "I" is named, for `highlights` to turn to the reader:
                // `…better than I do` is "better than Peggy do", then "better than you do".)
                let said = said.replace(SPEAKER, who);
                // (`I like that you…`, told back as what they liked.)
                if let Some(liked) = said.strip_prefix(LIKED) {
                    return Some(format!("{who} liked {liked}"));
                }
                if let Some(called) = said.strip_prefix(CALLED) {
                    return Some(format!("{who} called {called}"));
                }
                return Some(format!("{who} said {said}"));
            }
        }
        rest = tail;
    }
    None
}

/// The quote turned to the writer ("you think…" → "I think…"), when it is plain praise of them.
fn praise(quoted: &str) -> Option<String> {
    // One sentence, its first clause (`You've done the hard bit already – the hotel side is…`).
    // (Set 48: `You think like an owner, that is what we want in this role.`: the praise before
    // what the speaker adds of their side.)
    let clause = [" – ", " — ", " - ", "; ", ", that is ", ", that's ", ", which "]
        .iter()
        .fold(quoted.trim(), |q, d| q.split(d).next().unwrap_or(q));
    // (Set 65: `"you're a hunter, I can tell"` was "you said I'm a hunter, you can tell": what the
    // speaker adds after a comma, a clause of its own, is theirs.)
    let clause = clause
        .match_indices(", ")
        .find(|(at, sep)| {
            let next = clause[at + sep.len()..].split_whitespace().next().unwrap_or_default().to_lowercase();
            ["i", "i'm", "we", "it", "that's", "this", "most", "everyone", "nobody", "they", "he", "she"]
                .contains(&next.as_str())
        })
        .map_or(clause, |(at, _)| &clause[..at]);
    let clause = clause.trim_end_matches(['.', '!', ',']).trim();
    if clause.contains(['?', '.', '!', '"', '(']) {
        return None;
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    if !(3..=14).contains(&words.len()) {
        return None;
    }
    let lower: Vec<String> =
        words.iter().map(|w| w.to_lowercase().replace('’', "'").trim_matches(',').to_owned()).collect();
    // (Set 64: `Leticia: "cleanest ribbons I've seen from a candidate this year"`: a superlative
    // said of something of the writer's, told back as what they called it.)
    // (Set 65: `Aoife on the OOS answer: "That's the clearest OOS walk-through I've heard this
    // year."`: what "that" is, called the best of its kind.)
    let pointed = match (lower[0].as_str(), lower.get(1).map(String::as_str)) {
        ("that's" | "that’s", _) => 1,
        ("that" | "this", Some("is" | "was")) => 2,
        _ => 0,
    };
    if let Some(called) = superlative(&words[pointed..], &lower[pointed..]) {
        return Some(format!("{CALLED}{called}"));
    }
    // (The speaker's "I'm", "I've", "am": no verb to make agree with their name.)
    let unturnable = ["mine", "i'm", "i've", "i'd", "i'll", "am", "myself"];
    if lower
        .iter()
        .any(|w| CASUAL.contains(&w.as_str()) || OTHERS.contains(&w.as_str()) || unturnable.contains(&w.as_str()))
    {
        return None;
    }
    // (Set 48: `He told "I like that you didn't oversell AI."`: their liking, then what of yours.)
    if lower.len() >= 5
        && lower[0] == "i"
        && ["like", "love", "liked", "loved", "appreciate", "appreciated"].contains(&lower[1].as_str())
        && ["that", "how"].contains(&lower[2].as_str())
        && lower[3] == "you"
        && !lower[4..].iter().any(|w| w == "i" || w == "me" || w == "my")
    {
        let rest = swapped(&words[3..], &lower[3..]);
        return Some(format!("{LIKED}{} {rest}", lower[2]));
    }
    // (Set 48: `Fatou: "Your reconciliation logic is very clean."`.)
    if !["you", "you're", "you've", "you'd", "you'll", "your"].contains(&lower[0].as_str()) {
        return None;
    }
    let after_you = lower[1..].join(" ");
    let after_you = after_you.trim_start_matches("really ").trim_start_matches("clearly ");
    if lower[0] == "you" && GENERIC.iter().any(|g| after_you.starts_with(g)) {
        return None;
    }
    if ["you'd", "you'll"].contains(&lower[0].as_str()) && GENERIC.iter().any(|g| after_you.starts_with(g)) {
        return None;
    }
    // (`You clearly think about clinicians…`: how plainly they said it is theirs to say; told
    // back, "I clearly think" boasts.)
    // (Set 64: `"you've clearly thought about the step-down unit"`, told back as "you said I'd
    // clearly thought…": what they found in a thing done is theirs to have found.)
    let done = lower[0] == "you've";
    let plain: Vec<usize> = (0..words.len())
        .filter(|&i| {
            done || !(i == 1
                && ["clearly", "really", "obviously", "definitely", "totally"].contains(&lower[i].as_str()))
        })
        .collect();
    let words: Vec<&str> = plain.iter().map(|&i| words[i]).collect();
    let lower: Vec<String> = plain.iter().map(|&i| lower[i].clone()).collect();
    Some(swapped(&words, &lower))
}

/// Marks a quote that says what its speaker liked (`I like that you…`).
const LIKED: &str = "\u{2}";

/// Marks a quote that calls something of the writer's the best of its kind.
const CALLED: &str = "\u{3}";

/// Words ending so that are no superlatives.
const NOT_SUPERLATIVE: &[&str] =
    &["honest", "modest", "earnest", "interest", "request", "forest", "harvest", "latest", "contest", "suggest"];

/// A superlative of a thing with nothing of anyone else's in it (`cleanest ribbons I've seen from
/// a candidate this year`, `best case so far`), as "my ribbons the cleanest <speaker> had seen
/// from a candidate this year".
fn superlative(words: &[&str], lower: &[String]) -> Option<String> {
    let at = usize::from(lower[0] == "the");
    let word = |i: usize| lower.get(i).map(String::as_str);
    let alphabetic = |w: &str| w.len() > 1 && w.chars().all(char::is_alphabetic);
    let (degree, noun) = match word(at)? {
        // (Not `most reps glaze over when I say middleware`: "most" with no article counts.)
        "most" if at == 1 && word(at + 1).is_some_and(alphabetic) => (2, at + 2),
        w if (w == "best" || w == "finest" || (w.len() > 5 && w.ends_with("est") && !NOT_SUPERLATIVE.contains(&w)))
            && alphabetic(w) =>
        {
            (1, at + 1)
        }
        _ => return None,
    };
    // What follows the thing says whose or when: the speaker's own "I've seen", a "from…", "so far".
    let opens = ["i've", "i", "from", "so", "in", "of", "all", "this", "today", "yet", "ever", "by"];
    // (Set 65: `the clearest OOS walk-through I've heard`: a thing of up to three words, as written.)
    let end = (noun..lower.len()).find(|&j| opens.contains(&lower[j].as_str())).unwrap_or(lower.len());
    let thing = |w: &str| w.len() > 1 && w.chars().all(|c| c.is_alphabetic() || c == '-');
    if !(1..=3).contains(&(end - noun)) || !lower[noun..end].iter().all(|w| thing(w)) {
        return None;
    }
    let head = word(end - 1).filter(|w| !["i", "of", "from", "in", "so", "yet", "one"].contains(w))?;
    let named: String = words[noun..end].join(" ");
    let named =
        if named.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) { named.to_lowercase() } else { named };
    let noun = end - 1;
    let rest = &lower[noun + 1..];
    // Only the speaker's "I" may be in it: "you", "my" and the like are someone else's.
    let others = ["you", "your", "you're", "you've", "me", "my", "mine", "i'm", "i'd", "i'll", "am"];
    if rest.iter().any(|w| others.contains(&w.as_str())) {
        return None;
    }
    let told: Vec<String> = words[noun + 1..]
        .iter()
        .zip(rest)
        .map(|(w, l)| match l.as_str() {
            "i've" => format!("{SPEAKER} had"),
            "i" => SPEAKER.to_owned(),
            "have" => "had".to_owned(),
            _ => (*w).to_owned(),
        })
        .collect();
    let sup = words[at..at + degree].join(" ").to_lowercase();
    let tail = if told.is_empty() { String::new() } else { format!(" {}", told.join(" ")) };
    // (`best candidate I've seen`: the writer is the one called so.)
    if ["candidate", "applicant", "interviewee", "person", "hire", "fit"].contains(&head) {
        return Some(format!("me the {sup} {named}{tail}"));
    }
    // (`best thing I've heard`: a thing that says nothing of what it was.)
    if ["thing", "things", "part", "bit", "one", "way", "idea", "time"].contains(&head) {
        return None;
    }
    Some(format!("my {named} the {sup}{tail}"))
}

/// Stands for the speaker's name in a quote turned to the writer, until the name is known.
const SPEAKER: &str = "\u{1}";
const SPEAKER_S: &str = "\u{1}'s";

/// The words with the speaker and the writer swapped: "you" is the writer, "I" the speaker.
fn swapped(words: &[&str], lower: &[String]) -> String {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, word) in lower.iter().enumerate() {
        let previous = i.checked_sub(1).map(|p| lower[p].as_str());
        let to = match word.as_str() {
            // The subject at the start or after a joining word; an object after a verb.
            "you"
                if matches!(
                    previous,
                    None | Some("that" | "and" | "when" | "because" | "so" | "if" | "but" | "as")
                ) || lower.get(i + 1).is_some_and(|n| n.ends_with("n't") || n == "are" || n == "were") =>
            {
                "I"
            }
            "you" => "me",
            "your" => "my",
            "yours" => "mine",
            "yourself" => "myself",
            "you're" => "I'm",
            // (Told back as said before: "you said I'd thought about…".)
            "you've" => "I'd",
            "you'd" => "I'd",
            "you'll" => "I'll",
            "are" if previous == Some("you") => "am",
            "were" if previous == Some("you") => "was",
            "weren't" if previous == Some("you") => "wasn't",
            "aren't" if previous == Some("you") => "am not",
            "i" | "me" => SPEAKER,
            "my" => SPEAKER_S,
            _ => {
                out.push(words[i].trim_matches(',').to_owned() + if words[i].ends_with(',') { "," } else { "" });
                continue;
            }
        };
        out.push(to.to_owned() + if words[i].ends_with(',') { "," } else { "" });
    }
    let text = out.join(" ");
    // A capital that only opened the quote is lowered ("You clearly…" → "I clearly…").
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if text.starts_with("I ") || text.starts_with("I'") => c.to_string() + chars.as_str(),
        Some(c) => c.to_lowercase().collect::<String>() + chars.as_str(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::told_back;

    #[test]
    fn praise_about_the_writer_is_told_back_in_their_voice() {
        let given = ["Chinedu", "Tamara"];
        // Set 47, each line as the note wrote it.
        let dr_o = "Chinedu -> \"you think like an auditor already\" after the mock batch record review";
        assert_eq!(told_back(dr_o, &given, None).as_deref(), Some("Chinedu said I think like an auditor already"));
        let goh = "when I asked him how they plan around the Tet shutdown he said \"you ask the right questions\"";
        assert_eq!(told_back(goh, &[], Some("Teck Seng")).as_deref(), Some("Teck Seng said I ask the right questions"));
        let naomi = "\"You clearly think about clinicians as users, not obstacles.\" ← after the nurse charting study";
        assert_eq!(
            told_back(naomi, &[], Some("Naomi")).as_deref(),
            Some("Naomi said I think about clinicians as users, not obstacles")
        );
        let peggy = "Afterwards Peggy said \"You'd sell this room better than I do.\" Best line of the day.";
        assert_eq!(
            told_back(peggy, &["Peggy"], None).as_deref(),
            Some("Peggy said I'd sell this room better than Peggy do")
        );
        let arvind = "He told \"I like that you didn't oversell AI.\" Long discussion on synthetic test data";
        assert_eq!(told_back(arvind, &[], Some("Arvind")).as_deref(), Some("Arvind liked that I didn't oversell AI"));
        let fatou = "Fatou: \"Your reconciliation logic is very clean.\" (about the case)";
        assert_eq!(
            told_back(fatou, &["Fatou"], None).as_deref(),
            Some("Fatou said my reconciliation logic is very clean")
        );
        let eimear =
            "Eimear: “You’ve done the hard bit already – the hotel side is where most event people fall down.”";
        assert_eq!(told_back(eimear, &["Eimear"], None).as_deref(), Some("Eimear said I'd done the hard bit already"));
        // Set 65: what the speaker adds after a comma is theirs.
        let gus = "Gus: \"you're a hunter, I can tell\"";
        assert_eq!(told_back(gus, &["Gus"], None).as_deref(), Some("Gus said I'm a hunter"));
        let marek = "Marek: \"you actually do audit trail review, most people just say the acronym\"";
        assert_eq!(told_back(marek, &["Marek"], None).as_deref(), Some("Marek said I actually do audit trail review"));
    }

    #[test]
    fn a_superlative_is_told_back_as_what_they_called_it() {
        // Set 64, as the note wrote it.
        let leticia = "Leticia: \"cleanest ribbons I've seen from a candidate this year\" ^^forever in my brain^^";
        let told = told_back(leticia, &["Leticia"], None).unwrap();
        assert_eq!(told, "Leticia called my ribbons the cleanest Leticia had seen from a candidate this year");
        assert_eq!(
            super::super::highlight_sentences(&[&told], "Leticia Moura"),
            ["I was especially glad that you called my ribbons the cleanest you had seen from a candidate this year."]
        );
        let bart = "Bart: \"best answer I have heard all week\"";
        assert_eq!(
            told_back(bart, &["Bart"], None).as_deref(),
            Some("Bart called my answer the best Bart had heard all week")
        );
        let aoife = "Aoife on the OOS answer: \"That's the clearest OOS walk-through I've heard this year.\"";
        assert_eq!(
            told_back(aoife, &["Aoife"], None).as_deref(),
            Some("Aoife called my OOS walk-through the clearest Aoife had heard this year"),
            "set 65"
        );
        let ana = "Ana said \"the most thorough candidate so far\"";
        assert_eq!(told_back(ana, &["Ana"], None).as_deref(), Some("Ana called me the most thorough candidate so far"));
        // Someone else's, a thing that says nothing, or no superlative at all.
        for line in [
            "Sunny said \"most reps glaze over when I say middleware\"",
            "Ana: \"best thing I've heard today\"",
            "Ana: \"the latest version we have\"",
            "Ana: \"best team you'll ever join\"",
            "Ana: \"honest answers please\"",
        ] {
            assert_eq!(told_back(line, &["Ana"], None), None, "{line}");
        }
    }

    #[test]
    fn praise_of_what_the_writer_did_keeps_how_plainly_it_was_said() {
        let margaret = "Margaret: \"you've clearly thought about the step-down unit\" — re my HDU staffing ratios";
        let told = told_back(margaret, &["Margaret"], None).unwrap();
        assert_eq!(told, "Margaret said I'd clearly thought about the step-down unit");
        assert_eq!(
            super::super::highlight_sentences(&[&told], "Margaret Doyle"),
            ["I was especially glad that you said I'd clearly thought about the step-down unit."]
        );
    }

    #[test]
    fn praise_told_back_reads_as_a_sentence_to_the_speaker() {
        let peggy = "Afterwards Margaret said “You’d sell this room better than I do.” Best line of the day.";
        let told = told_back(peggy, &["Margaret"], None).unwrap();
        assert_eq!(super::super::unvouched(&told), None);
        assert_eq!(
            super::super::highlight_sentences(&[&told], "Margaret Hanley"),
            ["I was especially glad that you said I'd sell this room better than you do."]
        );
    }

    #[test]
    fn anything_else_quoted_stays_for_the_user() {
        let given = ["Bob", "Owen", "Dhruv", "Ana"];
        for line in [
            // Generic "you", a remark on "this" or "we", casual words, a question, the writer's own.
            "Bob -> after I explained control charts: \"you'd be surprised how many people can't explain a control chart\"",
            "he stopped me at the synthesis wall photo: \"This is exactly the mess we need someone to untangle.\"",
            "Owen was pretty dry but ended w/ \"ok, you've convinced me you're not allergic to numbers\"",
            "she said \"wah, you really cleaned up the SKU master ah\"",
            "Dhruv asked \"how do you know 8 interviews is enough\"",
            "I said \"you can count on me\" and Ana smiled",
            "Ana -> \"that's literally a validation protocol\"",
        ] {
            assert_eq!(told_back(line, &given, Some("Dhruv")), None, "{line}");
        }
    }
}
