//! Thanks the note says to give other than by a message of one's own: in the writer's own voice,
//! by phone (`call Gary, thank him`, `Thank Lacey by phone when she calls`), by text (`text Gus
//! thanks`) or in person (`Tell Luis thanks when I see him`); or passed on by someone the writer
//! emails (`Short email to Trudy tonight to pass on thanks to Gareth + Ola`). Nobody gets a
//! drafted message for those: the draft names them, and the day to do it by, or asks the one who
//! passes the thanks on to do so.

use super::people::PersonText;
use crate::model::{Channel, Kind, Person};
use crate::pipeline::parse::body::unboxed;

use super::prose::the_one_named;
use super::{loose, prose};

/// Gives each person the note says to thank by phone, by text or in person that channel, unless
/// the note set one already.
pub(super) fn thanks_spoken(text: &str, people: &mut [Person]) {
    let snapshot = people.to_vec();
    for line in text.lines() {
        // (Set 45: `renata … said "just text me, i dont read email till sunday"`, `He gave me his
        // mobile and said to WhatsApp it or text him, he never opens his email.`: the one the
        // sentence names, or else the one the sentence before it names.)
        let sentences = loose::split_sentences(line);
        for (at, sentence) in sentences.iter().enumerate() {
            let lower = sentence.to_lowercase().replace('’', "'");
            // (Set 46: `- [ ] Pint for Lydia – WhatsApp her`.)
            const ASKED: &[&str] = &[
                "text me",
                "said to text",
                "said to whatsapp",
                "whatsapp me",
                "just text",
                "whatsapp her",
                "whatsapp him",
            ];
            let negated = ["don't text", "dont text", "do not text", "not text"].iter().any(|n| lower.contains(n));
            if negated || !ASKED.iter().any(|a| lower.contains(a)) {
                continue;
            }
            let one = the_one_named(sentence, &snapshot)
                .or_else(|| at.checked_sub(1).and_then(|b| the_one_named(&sentences[b], &snapshot)));
            if let Some(p) = one.map(|i| &mut people[i]).filter(|p| p.channel.is_none()) {
                p.channel = Some(Channel::Text);
            }
        }
        // (Set 46: `"Find me on LinkedIn if you want to chat about the task"`, of one the note gives
        // no address for: a message there.)
        for (at, sentence) in sentences.iter().enumerate() {
            let lower = sentence.to_lowercase();
            const ON_LINKEDIN: &[&str] =
                &["find me on linkedin", "ping me on linkedin", "message me on linkedin", "connect on linkedin"];
            if !ON_LINKEDIN.iter().any(|a| lower.contains(a)) {
                continue;
            }
            let one = the_one_named(sentence, &snapshot)
                .or_else(|| at.checked_sub(1).and_then(|b| the_one_named(&sentences[b], &snapshot)));
            if let Some(p) = one.map(|i| &mut people[i]).filter(|p| p.channel.is_none() && p.email.is_none()) {
                p.channel = Some(Channel::LinkedIn);
            }
        }
        for sentence in sentences {
            for (name, channel) in spoken_in(&sentence, &snapshot).into_iter().chain(treated_in(&sentence, &snapshot)) {
                if let Some(p) = people.iter_mut().find(|p| p.name == name && p.channel.is_none()) {
                    p.channel = Some(channel);
                }
            }
        }
    }
}

/// A clipped to-do's arrow, as the words it stands for: `card -> Luis, mail to plant` is a card to
/// Luis, `TY Greg -> LinkedIn (no email)` says how to thank Greg (set 47).
fn unarrowed(line: &str) -> std::borrow::Cow<'_, str> {
    let Some((before, after)) = line.split_once(" -> ") else { return line.into() };
    let last = before.split_whitespace().last().unwrap_or_default().to_lowercase();
    let to = ["card", "email", "letter", "note", "text", "message", "msg"].contains(&last.as_str());
    format!("{before}{}{after}", if to { " to " } else { " - " }).into()
}

/// A to-do list of thanks, a person a line with what to do after a dash (set 43): `Kevin — call
/// him, not email, he likes the phone`, `Sue – a card`, `text Mike`, `Laura — gave me her card,
/// email it tonight`, `Monica — said "email is fine"`. Gives each the channel the line says,
/// unless the note set one already. Those a line asks another to thank (`Bev – ask Kwame to pass
/// it on`) are `thanks_passed_on`'s.
pub(super) fn thanks_listed(text: &str, people: &mut [Person]) {
    let snapshot = people.to_vec();
    for line in text.lines() {
        let line = &*unarrowed(line);
        // (`… to Kwame – he asked for them, said email is fine: k.asante@…`, `email Helen a thank
        // you tonight — she gave me her card, said email was best`: the one the line names.)
        let lower = line.to_lowercase().replace('’', "'");
        const FINE: &[&str] =
            &["said email is fine", "said email was fine", "said email is best", "said email was best"];
        if FINE.iter().any(|w| lower.contains(w)) {
            if let Some(one) = the_one_named(line, &snapshot) {
                people[one].emailed |= people[one].channel.is_none();
            }
        }
        // (`- text Mike`, `- call Gary tonight`: a short to-do that names one.)
        let todo = lower.trim_start_matches(|c: char| "-*+[]x \t".contains(c));
        // (Set 47: `- TY email Wee Ling + S&OP deck template`, `- WhatsApp Encik Ahmad, with the
        // 1,200 correction`: a thank-you's to-do, by its channel.)
        let todo = ["ty ", "thank-you ", "thank you "].iter().fold(todo, |t, p| t.strip_prefix(p).unwrap_or(t));
        let verb = [
            ("text ", Some(Channel::Text)),
            ("whatsapp ", Some(Channel::Text)),
            ("call ", Some(Channel::Phone)),
            ("email ", None),
        ]
        .iter()
        // (Not `email = "lucas.wright@…"`, a TOML key: the verb is followed by whom.)
        .find(|(v, _)| todo.strip_prefix(v).is_some_and(|whom| whom.starts_with(char::is_alphabetic)));
        // (Set 45: `- text renata tonite (short!!)`, `text big mike - gave me his #`: whom, and when,
        // before what the writer adds.)
        let head = [" (", " - ", " – ", " — ", ", ", " + "].iter().fold(todo, |t, d| t.split(d).next().unwrap_or(t));
        let head = WHEN.iter().fold(head.trim_end(), |h, w| h.strip_suffix(w).unwrap_or(h));
        if let Some((_, channel)) = verb.filter(|_| head.split_whitespace().count() <= 3) {
            if let Some(one) = the_one_named(line, &snapshot) {
                match channel {
                    _ if people[one].channel.is_some() => {}
                    Some(channel) => people[one].channel = Some(*channel),
                    None => people[one].emailed = true,
                }
                continue;
            }
        }
        // (Set 45: `card to margaux - put the brunch thing right`, `- [ ] CARD to Jim - handwrite
        // it`, `- [ ] one mail to Tobi for the whole panel`: the message, then whom it goes to.)
        let item = line.trim_start_matches(['-', '*', '+', ' ', '\t']);
        let item = unboxed(item).unwrap_or(item).trim_start();
        // (Set 46: `- [ ] LinkedIn connection + short note to Tom`, `Neha - LinkedIn message`.)
        let on_linkedin = item.to_lowercase().starts_with("linkedin ");
        if let Some(one) = the_one_named(line, &snapshot).filter(|_| on_linkedin) {
            people[one].channel.get_or_insert(Channel::LinkedIn);
            continue;
        }
        // (Set 64, Roam: `{{[[DONE]]}} thank-you letter to Gord, posted Nov 17` under `R1
        // follow-ups`: a message sent says how it went then, not how to write now.)
        let sent =
            ["[x]", "[X]"].iter().any(|b| line.trim_start().trim_start_matches(['-', '*', '+', ' ']).starts_with(b));
        if let Some((channel, whom)) = message_to(item).filter(|_| !sent) {
            // (Set 46: `card to the clinic addressed to Gus and the team, Shaz, Deb and Priya too`:
            // the one it is addressed to.)
            let addressed = whom.find("addressed to ").map(|at| &whom[at + "addressed to ".len()..]);
            if let Some(one) = addressed.and_then(|a| the_one_named(a.split([',', ' ']).next().unwrap_or(a), &snapshot))
            {
                people[one].channel.get_or_insert(channel);
                continue;
            }
            let whom = whom.split([',', '(', ';']).next().unwrap_or(whom);
            let whom =
                [" - ", " – ", " — ", " for ", " with "].iter().fold(whom, |w, d| w.split(d).next().unwrap_or(w));
            // (Not `thank you email to Dr. Bright — Carla said just send it to her and she'll
            // forward`: a line that names another says something else of it.)
            let alone = the_one_named(line, &snapshot);
            let one =
                the_one_named(whom, &snapshot).filter(|&i| whom.split_whitespace().count() <= 3 && alone == Some(i));
            if let Some(one) = one {
                match channel {
                    Channel::Email if people[one].channel.is_none() => people[one].emailed = true,
                    Channel::Email => {}
                    other => {
                        people[one].channel.get_or_insert(other);
                    }
                }
                continue;
            }
        }
        // (Set 45: `- [ ] Aylin directly with template`, her address in the note; `Miriam
        // directly? I have her mail from first round`: written to, by email.)
        if let Some((who, what)) = item.split_once(" directly") {
            let what = what.to_lowercase();
            let one = the_one_named(who, &snapshot).filter(|_| who.split_whitespace().count() <= 2);
            if let Some(p) = one.map(|i| &mut people[i]).filter(|p| p.channel.is_none()) {
                p.emailed |= p.email.is_some() || what.contains(" mail") || what.contains("email");
                continue;
            }
        }
        // (Set 46: `- Jo gave me her card!! it's in my bag somewhere, email her too?`: the one the
        // item names, written to.)
        let asks_email = ["email her", "email him", "e-mail her", "e-mail him"].iter().any(|w| lower.contains(w));
        let opener = list_item(line).and_then(|item| {
            let first = item.split([' ', ',']).next().unwrap_or_default().trim_matches(['*', '_']);
            // (`Jo` for Joanne: the start of one given name.)
            let starts: Vec<usize> = (0..snapshot.len())
                .filter(|&i| {
                    let given = super::people::first_name(&snapshot[i].name);
                    first.len() >= 2 && given.to_lowercase().starts_with(&first.to_lowercase())
                })
                .collect();
            the_one_named(first, &snapshot).or(match starts[..] {
                [one] => Some(one),
                _ => None,
            })
        });
        if let Some(i) = opener.filter(|_| asks_email) {
            let negated = ["don't email", "dont email", "not email", "no email"].iter().any(|w| lower.contains(w));
            if !negated && people[i].channel.is_none() {
                people[i].emailed = true;
                continue;
            }
        }
        let Some((name, what)) = listed_thanks(line, &snapshot) else { continue };
        let Some(p) = people.iter_mut().find(|p| p.name == name && p.channel.is_none()) else { continue };
        let what = what.to_lowercase().replace('’', "'").replace("**", "");
        // (Set 47: `Grant — proper handwritten card, posted to the office`: how it is to be said
        // first.)
        let plain = ["proper ", "nice ", "short ", "quick ", "brief "]
            .iter()
            .fold(what.as_str(), |w, a| w.strip_prefix(a).unwrap_or(w));
        let starts = |words: &[&str]| words.iter().any(|w| what.starts_with(w) || plain.starts_with(w));
        let negated = |w: &str| {
            what.find(w).is_some_and(|at| {
                let before = &what[..at];
                ["not ", "no ", "n't ", "never "].iter().any(|n| before.ends_with(n))
            })
        };
        // (Set 46: `**Kenny** — I would like to thank him properly. A card, …? … Yes — card.`: the
        // writer's last word on it.)
        let last_word = what.trim_end_matches(['.', '!', ' ']).rsplit(['.', '?', '!']).next().unwrap_or_default();
        let last_word = last_word.trim().trim_start_matches("yes").trim_start_matches(['—', '–', '-', ',', ':', ' ']);
        // (Set 46: `**Hamish** — a handwritten letter, posted to Brae Cottage`.)
        let letter = starts(&["a handwritten letter", "handwritten letter", "a hand-written letter"]);
        // (Set 67: `Rory — you don't have his email. So a proper letter, to the office.`: how, in a
        // later sentence of the item.)
        let later = |words: &[&str]| {
            what.split(". ")
                .skip(1)
                .map(|s| s.trim().trim_start_matches("so ").trim_start_matches("then "))
                .any(|s| words.iter().any(|w| s.starts_with(w)))
        };
        let letter =
            letter || later(&["a proper letter", "proper letter", "a letter", "letter", "a handwritten letter"]);
        if !letter
            && (starts(&["a card", "card", "thank-you card", "thank you card", "handwritten"])
                || ["card", "a card", "handwritten card"].contains(&last_word))
        {
            p.channel = Some(Channel::Card);
        } else if letter
            || starts(&["posted letter", "a posted letter", "letter", "a letter", "a proper letter", "proper letter"])
        {
            // (Set 45: `- [ ] Mr. Barlow — **posted letter**. He said … he "still prefers a proper
            // letter to another email."`)
            p.channel = Some(Channel::Letter);
        } else if starts(&["text ", "text,", "text.", "sms", "whatsapp", "messenger", "viber", "signal "])
            || what == "text"
            || what.contains("text is fine")
        {
            // (Set 50: `☐ Mr. Kamau – SMS, thank him for the warehouse tour`, `Collins – WhatsApp
            // (0712 xxx xxx)`: a message to a phone.)
            p.channel = Some(Channel::Text);
        } else if starts(&["call ", "call,", "ring ", "phone "]) || what == "call" {
            p.channel = Some(Channel::Phone);
        } else if starts(&["in person"]) || (what.contains("thank") && when_seen(&what).is_some()) {
            // (Set 52: `• Wairimu — i'll thank her in person on the 8th`.)
            // (Set 51: `[ ] Marcus — in person, seeing him at the Go meetup fri 4/12`.)
            p.channel = Some(Channel::InPerson);
        } else if starts(&["linkedin"])
            // (Set 48: `Lucy – only have her LinkedIn, … LinkedIn msg + the 4 yrs fix`.)
            || [
                "linkedin message",
                "linkedin note",
                "linkedin msg",
                "linkedin dm",
                "message on linkedin",
                "note on linkedin",
                "connect on linkedin",
                "only have her linkedin",
                "only have his linkedin",
                "only have their linkedin",
                // (Set 49: `Darren — no card, LinkedIn only. short one`.)
                "linkedin only",
                "only linkedin",
                "only on linkedin",
            ]
            .iter()
            .any(|w| what.contains(w))
        {
            // (Not `said she's on LinkedIn "barely"`: where they are, not how to thank them.)
            p.channel = Some(Channel::LinkedIn);
        } else if super::people::find_email(&what).is_some() && !negated("email") {
            // (Set 48: `Raj – gave me his card, raj.mehta@castlemerebank.co.uk – 240 not 400`: an
            // address on the thank-you's own line is where it goes.)
            p.emailed = true;
        } else if what.contains("email")
            && !negated("email")
            && !["no email", "never", "n't"].iter().any(|w| what.contains(w))
        {
            p.emailed = true;
        } else if [
            "have his mail id",
            "have her mail id",
            "have his email",
            "have her email",
            "need his email",
            "need her email",
        ]
        .iter()
        .any(|w| what.contains(w))
            // (Set 67: `Rory — you don't have his email. … So a proper letter, to the office.`: a
            // letter instead.)
            && !["letter", "card"].iter().any(|w| what.contains(w))
        {
            // (Set 46: `Vikram - don't have his mail id. Check the calendar invite…`: an email,
            // once the address is found.)
            p.emailed = true;
        } else if starts(&["mail ", "short mail", "formal mail", "a mail", "reply "])
            || ["replied to her mail", "replied to his mail", "reply to her mail", "reply to his mail"]
                .iter()
                .any(|w| what.contains(w))
        {
            // (Set 46: `Pooja - already replied to her mail, add one line of thanks…`.)
            // (Set 45: `Priya: mail in English`, `Frau Köhler: formal mail in German`, as a
            // German writes email.)
            p.emailed = true;
        }
    }
}

/// The channel a to-do opens with, and what follows its "to": `card to margaux - …` is a card
/// and `margaux - …`; `one mail to Tobi …`, `short email to Gráinne …` an email.
fn message_to(todo: &str) -> Option<(Channel, &str)> {
    let (before, whom) = todo.split_once(" to ")?;
    let before = before.to_lowercase();
    let words: Vec<&str> = before.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let channel = match *words.last()? {
        "card" | "handwritten" => Channel::Card,
        "letter" => Channel::Letter,
        "email" | "e-mail" | "mail" => Channel::Email,
        _ => return None,
    };
    // (`short email`, `one mail`, `thank-you card`, `a card`: a word or two about it before.)
    let about = ["a", "one", "short", "quick", "brief", "formal", "thank-you", "thank", "you", "handwritten", "proper"];
    words[..words.len() - 1].iter().all(|w| about.contains(w)).then_some((channel, whom))
}

/// When a to-do is to be done, as its last words say it: `text Mike tonight`.
const WHEN: &[&str] =
    &[" tonight", " tonite", " today", " tomorrow", " tmrw", " now", " asap", " later", " first thing"];

/// Those the note's plan says to write to whom no other reader found, with the channel it says
/// and the line (set 44): `- [ ] thank-you email to Maureen – she said email is fine`, `- email
/// Carl tonight`, `- [ ] thank you emails – Ross, Mei Lin, Anika`, `- Patricia – gave me her
/// card, email her today`, `- Carl – handwritten card?`, `Thank yous: Dr. Whitfield is definitely
/// an old school handwritten card person`. Only a written message: `thank Tamsin` or `call Big
/// Mike` says nothing of a letter, and whom to thank in person is no one to write to. Each is
/// named as fully as the note names them anywhere (`GM interview – Patricia Vance – …`).
pub(super) fn to_write_to(text: &str, people: &[Person]) -> Vec<(PersonText, Channel, usize)> {
    let mut out: Vec<(PersonText, Channel, usize)> = Vec::new();
    for (at, raw) in text.lines().enumerate() {
        let line = raw.trim_start().trim_start_matches(['-', '*', '+', ' ', '\t']);
        let line = unboxed(line).unwrap_or(line).trim_start();
        let lower = line.to_lowercase().replace('’', "'");
        let says_email = |t: &str| {
            t.contains("email")
                // (Set 59: `Aisha — asked me NOT to email her: "my inbox is chaos, call or WhatsApp me"`.)
                && ![
                    "no email",
                    "not email",
                    "n't email",
                    "never email",
                    "not by email",
                    "not to email",
                    "dont email",
                    // (Set 67: `Rory — I don't have his email. … So a proper letter, to the office.`)
                    "don't have his email",
                    "don't have her email",
                    "don't have their email",
                    "don't have an email",
                ]
                    .iter()
                    .any(|n| t.contains(n))
        };
        let says_card = |t: &str| ["card", "handwritten", "letter"].iter().any(|w| t.contains(w));
        let mut found: Vec<(&str, Channel)> = Vec::new();
        // `thank-you email to Maureen`, `thank you card to Sue`.
        for lead in [
            "thank-you email to ",
            "thank you email to ",
            "thank-you note to ",
            "thank you note to ",
            "thank-you card to ",
            "thank you card to ",
        ] {
            if let Some(rest) = lower.starts_with(lead).then(|| &line[lead.len()..]) {
                let channel = if lead.contains("email") { Channel::Email } else { Channel::Card };
                found.extend(names_listed(rest).into_iter().map(|n| (n, channel)));
            }
        }
        // (Set 64, a Trello card's description: `**Joy** — ward clerk at ICU reception. Made me tea
        // + found me a chair. Card for Joy.`: a sentence of its own that says a card is for them.)
        for sentence in line.split(". ") {
            let lower = sentence.to_lowercase();
            let rest = ["card for ", "a card for ", "thank-you card for ", "thank you card for "]
                .iter()
                .find_map(|lead| lower.starts_with(lead).then(|| &sentence[lead.len()..]));
            if let Some(rest) = rest {
                let whom = rest.trim_end_matches(['.', '!']).split([' ', ',']).next().unwrap_or_default();
                found.extend(names_listed(whom).into_iter().map(|n| (n, Channel::Card)));
            }
        }
        // `email Carl tonight`, `email Ross + Mei Lin tomorrow morning`.
        if let Some(rest) = ["email ", "e-mail "].iter().find_map(|v| lower.starts_with(v).then(|| &line[v.len()..])) {
            // (Set 57: `email Gabe -- thanks + Nicholl fix + deckhand`: what the email holds,
            // after a dash, names a competition, not someone to write to.)
            let to_whom = [" -- ", " — ", " – ", " - ", ": ", " w/ ", " with "]
                .iter()
                .filter_map(|d| rest.find(d))
                .min()
                .map_or(rest, |at| &rest[..at]);
            found.extend(names_listed(to_whom).into_iter().map(|n| (n, Channel::Email)));
            // (Set 45: `email kayla thx`, `email jess w pasta ratio + thx`: a hurried note's name
            // in lower case, one its other lines open a sentence with, as they do a name.)
            if found.is_empty() {
                found.extend(lower_case_subject(rest, text).map(|n| (n, Channel::Email)));
            }
        }
        // (Set 73, a checklist kept in Google Keep: `letter – Rachel Ngata, Charge Nurse Manager
        // Ward 7 (the nurse on the panel)`: the channel, a dash, then whom, before their job. Not
        // `letter to Dr Hegarity — still not written` in a week's log: maybe another company's.)
        let leads = [("letter", Channel::Letter), ("card", Channel::Card)];
        for (word, channel) in leads {
            let rest = ["– ", "— ", "- "]
                .iter()
                .find_map(|d| lower.strip_prefix(word)?.strip_prefix(' ')?.strip_prefix(d).map(|r| r.len()))
                .map(|left| &line[line.len() - left..]);
            if let Some(rest) = rest {
                let whom = rest.split([',', '(', '.', ';', '–', '—']).next().unwrap_or_default().trim();
                found.extend(names_listed(whom).into_iter().map(|n| (n, channel)));
            }
        }
        // `thank you emails – Ross, Mei Lin, Anika`.
        for lead in ["thank you emails", "thank-you emails", "thank you email", "thank-you email", "ty emails"] {
            let Some(rest) = lower.starts_with(lead).then(|| line[lead.len()..].trim_start()) else { continue };
            if let Some(rest) = ["– ", "— ", "- ", ": "].iter().find_map(|d| rest.strip_prefix(d)) {
                found.extend(names_listed(rest).into_iter().map(|n| (n, Channel::Email)));
            }
        }
        // `- Patricia – gave me her card, email her today`, `- Carl – handwritten card?`.
        // (Set 47: `TY list:` over `1. Mr Goh - email`, `4. Mdm Lee - card`: numbered too.)
        let item = list_item(raw).is_some();
        let line = list_item(raw).unwrap_or(line);
        if let Some((who, what)) =
            [" — ", " – ", " - "].iter().filter_map(|d| line.split_once(d)).min_by_key(|(w, _)| w.len())
        {
            let what = what.to_lowercase();
            let name = one_name(who.trim()).filter(|n| n.len() == who.trim().len());
            if let Some(name) = name.filter(|_| item) {
                // (Set 53: `Paddy — CARD. He doesn't do email`: the channel named first.)
                // (Not `he gave me his card: ciaran@…, "email me anything"`: a business card.)
                let first_at = |words: &[&str]| {
                    let given = |at: usize| {
                        let before = what[..at].split_whitespace().last().unwrap_or_default();
                        ["his", "her", "their", "business", "my"].contains(&before)
                    };
                    words
                        .iter()
                        .flat_map(|w| what.match_indices(w).map(|(at, _)| at))
                        .filter(|&at| !given(at))
                        .min()
                        .unwrap_or(usize::MAX)
                };
                let card_first = first_at(&["card", "handwritten", "letter"]) < first_at(&["email"]);
                if says_email(&what) && !card_first {
                    found.push((name, Channel::Email));
                } else if says_card(&what) && !what.starts_with("gave me") {
                    // (Set 49: `MD — formal letter. … Hand deliver it`: a letter, not a card.)
                    let letter = what.contains("letter") && !what.contains("card");
                    found.push((name, if letter { Channel::Letter } else { Channel::Card }));
                } else if ["text ", "text,", "text."].iter().any(|t| what.starts_with(t)) || what == "text" {
                    // (Set 46: `- Big Mike - TEXT tonight`: thanked in the user's own words, and
                    // named in the plan.)
                    found.push((name, Channel::Text));
                } else if what.starts_with("linkedin") {
                    // (Set 47: `2. Siti - LinkedIn, with the S$1.2m correction`.)
                    found.push((name, Channel::LinkedIn));
                }
            }
        }
        // `Thank yous: Dr. Whitfield is definitely an old school handwritten card person`.
        for label in ["thank yous: ", "thank-yous: ", "thanks: ", "thank you's: "] {
            let Some(at) = lower.find(label) else { continue };
            let rest = &line[at + label.len()..];
            // (Set 64: `thank-yous: Rachael (email) [ ], Hemi (letter) [ ], Priscilla (card) [ ]`:
            // each one still to write, with the channel in brackets.)
            let listed: Vec<(&str, Channel)> = rest
                .split(", ")
                .filter_map(|part| {
                    let (name, after) = part.split_once(" (")?;
                    let (how, left) = after.split_once(')')?;
                    let channel = match how.trim().to_lowercase().as_str() {
                        "email" | "e-mail" | "mail" => Channel::Email,
                        "letter" => Channel::Letter,
                        "card" => Channel::Card,
                        _ => return None,
                    };
                    let open = left.trim_start().starts_with("[ ]");
                    let name = one_name(name.trim()).filter(|n| n.len() == name.trim().len())?;
                    open.then_some((name, channel))
                })
                .collect();
            if !listed.is_empty() {
                found.extend(listed);
                continue;
            }
            // (The clause that names them: `Dr. Whitfield is … card person, mail one tomorrow`.)
            let said = rest.split(['!', ';']).next().unwrap_or(rest).to_lowercase();
            let channel = if says_card(&said) {
                Some(Channel::Card)
            } else if says_email(&said) {
                Some(Channel::Email)
            } else {
                None
            };
            if let (Some(name), Some(channel)) = (one_name(rest), channel) {
                found.push((name, channel));
            }
        }
        for (name, channel) in found {
            let capitalised;
            let name = if name.starts_with(char::is_lowercase) {
                capitalised = crate::text::words::with_first_upper(name);
                capitalised.as_str()
            } else {
                name
            };
            let known = people.iter().any(|p| prose::names(name, p, people))
                || out.iter().any(|(p, _, _)| p.name == name || super::people::first_name(&p.name) == name);
            if known {
                continue;
            }
            let full = named_in_full(text, name).unwrap_or_else(|| name.to_owned());
            // (`Anika Sorensen (People & Culture) did the welcome`: what the brackets after the
            // name say they do.)
            let role = text.match_indices(&format!("{full} (")).find_map(|(i, _)| {
                let inside = text[i + full.len() + 2..].split(')').next()?;
                super::people::role_from_title(inside).map(str::to_owned)
            });
            out.push((PersonText { name: full, role, ..PersonText::default() }, channel, at + 1));
        }
    }
    out
}

/// The name in lower case that a to-do's `rest` opens with (`kayla thx`), when another line of
/// `text` opens a sentence with it (`kayla - email, she emailed me first`, `… a maze. jess runs
/// pastry`), as a hurried note writes a name; no common word (`them`, `back`, `both`).
fn lower_case_subject<'t>(rest: &'t str, text: &str) -> Option<&'t str> {
    let word = rest.split([' ', ',']).next()?;
    const NOT: &[&str] = &["them", "back", "both", "all", "everyone", "everybody", "hr", "team", "panel", "asap"];
    let plain = word.len() >= 3 && word.chars().all(|c| c.is_ascii_lowercase());
    if !plain || NOT.contains(&word) || super::people::is_common_word(word) || super::dates::is_weekday(word) {
        return None;
    }
    let opens = |s: &str| {
        let s = s.trim_start_matches(['-', '*', '+', ' ', '\t']);
        s.strip_prefix(word).is_some_and(|r| r.starts_with([' ', ',']) && !r.trim_start().starts_with("thx"))
    };
    let subject = text.lines().flat_map(|l| l.split(". ")).filter(|s| opens(s)).count();
    (subject >= 1).then_some(word)
}

/// The names a to-do lists, up to what it says next: `Ross + Mei Lin tomorrow morning`, `Ross,
/// Mei Lin, Anika. Anika gave her…`, `Maureen – she said email is fine`.
fn names_listed(text: &str) -> Vec<&str> {
    let text = text.split(['.', ';', '(', '–', '—']).next().unwrap_or(text);
    let mut out = Vec::new();
    for part in text.split([',', '+', '&', '/']).flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        match one_name(part) {
            // (Set 66: `Email Jordan my CMLTO registration # + Michener transcript`: words after a
            // name end the list of whom; what follows is what the message holds.)
            Some(name) if name.len() < part.len() => {
                out.push(name);
                break;
            }
            Some(name) => out.push(name),
            None if out.is_empty() => return Vec::new(),
            None => break,
        }
    }
    out
}

/// The name `text` opens with: a capitalised word or two (`Mei Lin`, `Carl`), or an honorific
/// and a surname (`Dr. Whitfield`), none of them a common word.
fn one_name(text: &str) -> Option<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let proper = |w: &str| {
        let w = w.trim_end_matches([',', ':', '?', '!']);
        w.len() >= 2
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !super::people::is_common_word(w)
            && !(super::dates::is_weekday(w) || super::dates::month_number(w).is_some())
    };
    let first = *words.first()?;
    let count = if super::people::is_abbreviated_honorific(first) {
        (words.get(1).is_some_and(|w| proper(w))).then_some(2)?
    } else if proper(first)
        && !first.ends_with([',', ':', '?', '!'])
        && words.get(1).is_some_and(|w| proper(w) && !w.ends_with(['?', '!']))
    {
        2
    } else if proper(first) {
        1
    } else {
        return None;
    };
    // (Where the last of them ends in `text`, however many spaces stand between them.)
    let last = words[count - 1];
    let end = last.as_ptr() as usize - text.as_ptr() as usize + last.len();
    let start = text.len() - text.trim_start().len();
    let name = text[start..end].trim_end_matches([',', ':', '?', '!']);
    super::people::looks_like_name(name).then_some(name)
}

/// `given` named in full somewhere in `text`: `Patricia Vance` for `Patricia`, a capitalised word
/// right after it that is no common word.
pub(super) fn named_in_full(text: &str, given: &str) -> Option<String> {
    if given.contains(' ') {
        return None;
    }
    text.match_indices(given).find_map(|(at, _)| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let after = text[at + given.len()..].strip_prefix(' ')?;
        let word = after.split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'')).next()?;
        let proper = word.len() >= 2
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).any(char::is_lowercase)
            && !super::people::is_common_word(word)
            && !(super::dates::is_weekday(word) || super::dates::month_number(word).is_some());
        proper.then(|| format!("{given} {word}"))
    })
}

/// The person a line of a to-do list opens with, before a dash, and what it says after it: `Kevin
/// — call him, not email`. Only a line that names them alone, by name, before the dash.
fn listed_thanks<'t>(line: &'t str, people: &[Person]) -> Option<(String, &'t str)> {
    // (Only a list's item: `Marguerite — the admin assistant who never answers emails — met me at
    // the gate` is a sentence about her.)
    let line = list_item(line)?;
    // (Set 45: `- [ ] Priya: mail in English with the screener`.)
    let (who, what) =
        [" — ", " – ", " - ", ": "].iter().filter_map(|d| line.split_once(d)).min_by_key(|(w, _)| w.len())?;
    // (Set 49: `Hafiz (Hafiz lah, not Hafix, typo above) — … LinkedIn msg`: the brackets are an aside.)
    let bare = crate::text::words::without_brackets(who);
    let who = bare.trim_matches(['*', '_', ' ']);
    let named: Vec<&Person> = people.iter().filter(|p| prose::names(who, p, people)).collect();
    match named[..] {
        [one] if who.split_whitespace().count() <= 3 => Some((one.name.clone(), what.trim())),
        // (`Ray gave me his card w/ email - short email tonight`: the one the line opens with.)
        [one] if opens_with(who, one) => Some((one.name.clone(), line)),
        _ => None,
    }
}

/// What a list's item says, without its marker, its number or its checkbox: `- [ ] Priya: mail…`,
/// `2. Vikram - don't have his mail id.` (set 46); `None` for a line that is no item.
fn list_item(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let numbered = line
        .split_once(['.', ')'])
        .filter(|(n, rest)| {
            (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(' ')
        })
        .map(|(_, rest)| rest);
    let line = line.strip_prefix(['-', '*', '+']).or(numbered)?.trim_start();
    Some(unboxed(line).unwrap_or(line).trim_start())
}

/// True when `text` opens with `person`'s given or full name.
fn opens_with(text: &str, person: &Person) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    first.eq_ignore_ascii_case(super::people::first_name(&person.name))
}

/// Those a refusal in `text` covers (set 57, 58): `mlee: "please don't send me a thank-you note"`,
/// the one the line names; `Please do not send thank-you letters … to panel members`, everyone who
/// interviewed; `NO thank-yous here. Not to the panel, not to anyone.`, everyone. A sentence that
/// says the thanks are not sent yet (`no thank-you to Dana yet`) refuses nothing.
pub(super) fn refused(text: &str, people: &[Person]) -> Vec<String> {
    const REFUSALS: &[&str] = &[
        "don't send thank",
        "dont send thank",
        "do not send thank",
        "not to send thank",
        "don't send me a thank",
        "dont send me a thank",
        "do not send me a thank",
        "no thank-yous",
        "no thank yous",
        "no thank-you notes",
        "no thank you notes",
        // (Set 61: `Fujita-san said at the end: "please, no thank-you mail."`)
        "no thank-you mail",
        "no thank you mail",
        "no thank-you email",
        "no thank you email",
        "no bedankmail",
        "don't want thank",
        "do not want thank",
        // (Set 71: `Danny: "mate don't write me a card or anything"`, Kenji's `"don't thank me in
        // writing"`, Mr Feeney's `"no need for cards or any of that craic"`, Giulia's `"non serve
        // che mi scrivi"`.)
        "don't write me",
        "dont write me",
        "do not write me",
        "don't thank me",
        "dont thank me",
        "no need to thank me",
        "no need to write",
        "no need for cards",
        "no need for a card",
        // (Set 72: Deb's `"No need for a thank-you note Harriet, honestly"`.)
        "no need for a thank",
        "no need for thank",
        "non serve che mi scrivi",
    ];
    const NOT_YET: &[&str] = &[" yet", "still ", " sent", "forgot", "haven't", "didn't"];
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let lower = line.to_lowercase().replace('’', "'");
        // (Set 57: `panel members won't accept or respond to thank-you notes … "please don't send
        // them"`.)
        let declined = ["won't accept", "will not accept", "please don't send them", "please do not send them"]
            .iter()
            .filter(|_| lower.contains("thank"))
            .filter_map(|r| lower.find(r));
        // (Set 63: `"and please, no thank-you note for me"`, `"no thank-you cards or notes for me"`,
        // `"don't bother sending me a thank-you"`, `no TY to Trevor`: what is refused, in any form.)
        let kinds = ["note", "card", "letter", "mail", "email", "message", "s ", "s.", "s,"];
        let no_form = ["no thank-you ", "no thank you ", "no thankyou ", "no thank-you", "no thank you"]
            .iter()
            .flat_map(|r| lower.match_indices(r))
            .filter(|(at, r)| kinds.iter().any(|k| lower[at + r.len()..].trim_start().starts_with(k)))
            .map(|(at, _)| at);
        // (Set 64: `^^NO thank-you to Liang.^^`.)
        let bother = [
            "don't bother sending",
            "dont bother sending",
            "don't bother with a thank",
            "no ty to ",
            "no thank-you to ",
            "no thank you to ",
        ]
        .iter()
        .filter(|_| lower.contains("thank") || lower.contains(" ty "))
        .filter_map(|r| lower.find(r));
        let Some(at) = REFUSALS.iter().filter_map(|r| lower.find(r)).chain(declined).chain(no_form).chain(bother).min()
        else {
            continue;
        };
        let sentence_end = lower[at..].find(". ").map_or(lower.len(), |e| at + e);
        // (Set 71: `Mr Feeney — … (didn't get first name …). … At the end: *"No need for cards…"*`:
        // the refusal's own sentence.)
        let sentence_start = lower[..at].rfind(". ").map_or(0, |s| s + 2);
        // (Set 66: `"don't write me anything formal, just come and work here"`: a thank-you of
        // another kind, by WhatsApp.)
        let formal = lower[at..sentence_end].contains("formal");
        if formal || NOT_YET.iter().any(|w| lower[sentence_start..sentence_end].contains(w)) {
            continue;
        }
        // (Set 70: `Gráinne …: "Honestly, don't send me a thank-you, I get 200 emails a day — if you
        // want to thank anyone, thank Declan."`: whom to thank instead is no refusal of anyone.)
        let redirected = ["want to thank anyone", "want to thank someone", "wanna thank anyone"];
        // (From the refusal's sentence on: `Not on the panel.` before it says whom it is not.)
        let scope = &lower[sentence_start..];
        let everyone = ["anyone", "everyone", "nobody", "no one", "any of them"].iter().any(|w| scope.contains(w))
            && !redirected.iter().any(|r| lower.contains(r));
        // (Set 72: `No thank-you to ANY board member — Chair, Bernadette, or external. Canvassing
        // rule.`)
        let panel =
            ["panel", "interviewers", "the team", "board member", "interview board"].iter().any(|w| scope.contains(w));
        // (Set 64: `"Please — no thank-you emails, I get hundreds. If there's anything to add, send it
        // to Sunny."`: the one to send to instead refuses nothing.)
        let instead = [" send it to ", " send them to ", " send to ", " go via ", " via ", " through ", ", thank "]
            .iter()
            .filter_map(|w| lower.find(w))
            .filter(|&at| at > 0)
            .min()
            .unwrap_or(line.len());
        let named: Vec<&Person> = people.iter().filter(|p| prose::names(&line[..instead], p, people)).collect();
        // (`"don't bother sending me a thank-you, save it for Raj" → no TY to Trevor`: the one
        // the refusal is said to.)
        let to = ["no ty to ", "no thank-you to ", "no thank you to "].iter().find_map(|r| {
            // (ASCII compared without case: the match starts and ends on a character's bounds.)
            let at = line.as_bytes().windows(r.len()).position(|w| w.eq_ignore_ascii_case(r.as_bytes()))?;
            let after = &line[at + r.len()..];
            let span: String = after.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            // (Set 64: `NO thank-you to Liang.`, Dr. Wei Liang: the family name alone, there.)
            let family = |p: &Person| {
                let last = super::people::last_name(&p.name);
                p.name.contains(' ') && last.chars().count() >= 3 && crate::text::words::contains_word(&span, last)
            };
            let them: Vec<&Person> = people.iter().filter(|p| prose::names(&span, p, people) || family(p)).collect();
            (them.len() == 1).then_some(them)
        });
        // (Set 64: `- Director: NO - she said literally "no thank-you mails please … Questions go
        // via Fleur."`: the refusal is the one the item opens with, whom the note lists under no
        // name; the one to go through refuses nothing.)
        let item = list_item(line).unwrap_or(line);
        let opener = [": ", " - ", " – ", " — "].iter().filter_map(|d| item.split_once(d)).min_by_key(|(w, _)| w.len());
        let someone_else = opener.is_some_and(|(who, _)| {
            let who = who.trim_matches(['*', '_', ' ']);
            (1..=3).contains(&who.split_whitespace().count())
                && who.starts_with(char::is_uppercase)
                && !people.iter().any(|p| prose::names(who, p, people))
        });
        // (Set 73: `- [ ] Dr Simon Edgecombe (Clinical Director …) – NO letter. at the end he said
        // "no need to write to me, Grace passes everything on"`: the item is about the one it
        // opens with, whoever else its refusal names.)
        let opened_by: Vec<&Person> = match opener {
            Some((who, _)) if list_item(line).is_some() => {
                let who = who.trim_start_matches(['[', ' ', 'x', 'X', ']']);
                let them: Vec<&Person> = people.iter().filter(|p| prose::names(who, p, people)).collect();
                if them.len() == 1 { them } else { Vec::new() }
            }
            _ => Vec::new(),
        };
        let one = match to {
            Some(them) => them,
            None if named.len() == 1 && !someone_else => named,
            None if !opened_by.is_empty() && named.len() > 1 => opened_by,
            None => Vec::new(),
        };
        // (Set 60: `Ingrid: … "Please don't send thank-you notes — not to the panel and not to
        // me"`: the panel, and the one who said it.)
        let me_too = ["not to me", "nor to me", "and not me", "or to me"].iter().any(|w| lower.contains(w));
        let whom: Vec<&Person> = if everyone {
            people.iter().collect()
        } else if panel {
            let panel = people.iter().filter(|p| p.kind() == crate::model::Kind::Interviewer);
            panel.chain(one.into_iter().filter(|_| me_too)).collect()
        } else {
            one
        };
        for p in whom {
            if !out.contains(&p.name) {
                out.push(p.name.clone());
            }
        }
    }
    out
}

/// True for a heading that asks whether you have emailed someone (set 64: a Dutch tracker's `mail
/// gehad?`, "had mail?"; `Emailed?`), over a list that answers it person by person.
pub(super) fn asks_if_emailed(heading: &str) -> bool {
    let key = super::sections::normalize(heading);
    heading.trim_end().ends_with('?')
        && key.split(' ').any(|w| ["mail", "email", "emailed", "mailed", "gemaild", "gemaild"].contains(&w))
        && key.split(' ').count() <= 4
}

/// Those the note's plan says get no thanks (set 45): `- phil - nothing, he barely saw me`,
/// `Hr. Weiß: nothing, not there`, `Gráinne, nothing again, she's had one.` A sentence that opens
/// with the name alone, and "nothing" or "none" after it; `Questions from Dana: nothing hard` is
/// about something else.
pub(super) fn not_thanked(text: &str, people: &[Person]) -> Vec<String> {
    let mut out = Vec::new();
    let mut heading = String::new();
    // (Set 70, a lab notebook: `- Declan: "cleanest count sheet we've had off a candidate" — GDP, no`
    // over `  overwrites, …`: an item read whole, not a line that ends in "no".)
    for raw in super::sent::items_unwrapped(text) {
        let raw = raw.as_str();
        if let Some(h) = raw.strip_prefix('#') {
            heading = h.to_owned();
        }
        // (Set 64, a Dutch tracker's `mail gehad?` column over `Mark: no`: whether you have
        // emailed them, not whether to thank them.)
        if asks_if_emailed(&heading) {
            continue;
        }
        let line = list_item(raw).unwrap_or(raw.trim_start());
        // (Set 48: `✗ Ama – only said hello, no`: a cross typed before the item says no.)
        let crossed = ["✗ ", "✘ ", "❌ ", "☒ "].iter().find_map(|c| line.strip_prefix(c));
        // (Set 53, a bullet journal: `~~• Gerry — email~~ no. left early … skip.`: an item struck
        // out, with nothing after it or a no.)
        let struck = line.strip_prefix("~~").and_then(|r| r.split_once("~~")).filter(|(_, after)| {
            let after = after.trim_start().to_lowercase();
            after.is_empty() || ["no", "skip", "nothing", "not "].iter().any(|n| after.starts_with(n))
        });
        let struck = struck.map(|(inner, _)| list_item(inner).unwrap_or(inner.trim_start_matches(['•', ' '])));
        let crossed = crossed.or(struck);
        let line = crossed.unwrap_or(line);
        for (k, sentence) in loose::split_sentences(line).into_iter().enumerate() {
            // (Set 67: `❌ Tom Bakker (planner pharma) - … Did NOT meet. Priya: "you'll meet Tom in
            // round 2".`: the cross is the item's first sentence's, not Priya's.)
            let crossed = crossed.filter(|_| k == 0);
            // (Set 45: `…, and nothing to Fionnuala or Niamh directly.`; not `nothing to Wes yet`.)
            let lower = sentence.to_lowercase();
            // (Set 53: not `PRIVATE: said nothing to Ciarán about St Brendan's`: what was said.)
            let said = |at: usize| {
                let before = lower[..at].split_whitespace().last().unwrap_or_default();
                ["said", "say", "saying", "told", "tell", "mentioned", "mention", "asked", "revealed"].contains(&before)
            };
            if let Some(at) = lower.find("nothing to ").filter(|&at| !lower.contains(" yet") && !said(at)) {
                let rest = &lower[at + "nothing to ".len()..];
                let span = rest.split(['.', ';', '(']).next().unwrap_or(rest);
                if span.split_whitespace().count() <= 8 {
                    let span = span.trim_end().trim_end_matches(" directly");
                    for p in people.iter().filter(|p| prose::names(span, p, people)) {
                        if !out.contains(&p.name) {
                            out.push(p.name.clone());
                        }
                    }
                }
            }
            let Some((who, what)) = [", ", ": ", " - ", " – ", " — "]
                .iter()
                .filter_map(|d| sentence.split_once(d))
                .min_by_key(|(w, _)| w.len())
            else {
                continue;
            };
            let what = what.trim_start().to_lowercase();
            // (Set 46: `Fenella — not there; nothing needed, though…`: why first, then nothing.)
            let what = match super::did::away_in(&what) {
                Some((0, away)) => what[away.len()..].trim_start_matches([';', ',', '.', ' ']).to_owned(),
                _ => what,
            };
            // (Set 46: `Ananya - not present, already thanked on 20/11. Nothing new.`)
            // (Set 48: `Anahera – nah, she barely said anything`, `Lea – not need, she will call me`.)
            let none = [
                "nothing",
                "none",
                "no thank-you",
                "no thank you",
                "no need",
                "already thanked",
                "nah",
                "not need",
                "not needed",
                "no,",
                "skip",
            ];
            // (`✗ Ama – only said hello, no`: the cross, or the last word.)
            // (Set 52: `[ ] Uche — no`: no, and nothing else.)
            let last_no = [", no", " - no", " – no", ". no"].iter().any(|n| what.trim_end_matches(['.', '!']).ends_with(n))
                    || what.trim_end_matches(['.', '!']) == "no"
                    // (Set 71: `- Giulia: NO (she asked)`.)
                    || what.starts_with("no (");
            // (Set 75: `Priya -- nothing yet. Letter to the office I suppose`: a thank-you still owed.)
            let owed =
                ["nothing yet", "none yet", "nothing so far", "nothing sent yet"].iter().any(|o| what.starts_with(o));
            if (owed
                || !none.iter().any(|n| {
                    what.strip_prefix(n).is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.', ';', '!']))
                }))
                && crossed.is_none()
                && !last_no
            {
                continue;
            }
            let who = who.trim_matches(['*', '_', ' ']);
            // (Set 72: `Ruth at reception — nah, 2-min thing. Skip.`: where they work is no part of
            // whom.)
            let who = super::people::FRONT_DESK.iter().find_map(|w| who.strip_suffix(w)).unwrap_or(who);
            // (Set 46: `- Ms. Ruth / Carla - nothing`: each of those the item opens with.)
            for who in who.split(" / ") {
                let named: Vec<&Person> = people.iter().filter(|p| prose::names(who, p, people)).collect();
                let [one] = named[..] else { continue };
                let words = |n: &str| n.to_lowercase().split_whitespace().map(str::to_owned).collect::<Vec<_>>();
                let mut known = words(&one.name);
                known.extend(one.called.as_deref().map(words).unwrap_or_default());
                let only_name = who.split_whitespace().all(|w| {
                    let w = w.to_lowercase();
                    known.contains(&w) || super::people::honorific(&w).is_some()
                });
                // (Set 48: `Ravi (admin) gave visitor pass and lunch coupon – no need`: an item that
                // opens with the one it is about and ends saying no.)
                let opens = who.split_whitespace().next().is_some_and(|w| known.contains(&w.to_lowercase()));
                let only_no = none
                    .iter()
                    .any(|n| what.trim_end_matches(['.', '!']).trim_end_matches(',') == n.trim_end_matches(','));
                if (only_name || (opens && only_no)) && !out.contains(&one.name) {
                    out.push(one.name.clone());
                }
            }
        }
    }
    out
}

/// Those the writer says they will not write to or thank (set 72: `→ respect that. NOT writing to
/// Deb.`, under Deb's refusal; `- **Oscar** — Yr 10 student … (student — not thanking a student by
/// letter obvs, …)`, in his own item): the one named straight after the words, or the one the
/// item opens with.
pub(super) fn declined(text: &str, people: &[Person]) -> Vec<String> {
    const NOT: &[&str] = &["not writing to ", "not thanking ", "won't write to ", "won't thank "];
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let lower = line.to_lowercase().replace('’', "'");
        for (at, w) in NOT.iter().filter_map(|w| lower.find(w).map(|at| (at, *w))) {
            // (Not `not thanking him yet`, nor `if I'm not writing to her, …`.)
            let rest = &line[at + w.len()..];
            let span = rest.split(['.', ';', ',', '(', ')']).next().unwrap_or(rest);
            // (Nor `not writing to Mr Royce directly … Thanks via Kwame`: thanked another way.)
            let clause = lower[at..].split(['.', ';']).next().unwrap_or("");
            if [" yet", "if ", "directly", " via "].iter().any(|y| clause.contains(y)) || lower.contains("via ") {
                continue;
            }
            let named: Vec<&Person> = people.iter().filter(|p| prose::names(span, p, people)).collect();
            let whom: Vec<&Person> = if named.is_empty() {
                let item = list_item(line).unwrap_or(line.trim_start()).replace(['*', '_'], "");
                people.iter().filter(|p| opens_with(&item, p)).collect()
            } else {
                named
            };
            for p in whom {
                if !out.contains(&p.name) {
                    out.push(p.name.clone());
                }
            }
        }
    }
    out
}

/// The one the note says passes the writer's thanks on to others, whose channel becomes
/// `Passed`: `email Megan, ask her to forward to Ingrid + Luis`, `Thank-you: short email to Declan,
/// ask him to pass thanks to Ama`, `copy Denise, and ask her to thank Teresa and Walter for me`,
/// `Email Jessamyn w/ GitHub link + thanks to Tobias`, `Say thanks to Shona via Trudy's email`,
/// `just tell harriet to pass thanks` (to everyone else met).
pub(super) fn thanks_passed_on(text: &str, people: &mut [Person]) -> Option<String> {
    let snapshot = people.to_vec();
    let mut carrier = None;
    for line in text.lines() {
        // (Set 43: `not emailing Mr Royce directly, doesn't feel right. Thanks via Kwame.`: the
        // others the line names, through the one after "via".)
        let lower = line.to_lowercase();
        // (Set 45: `- Jakob, Sören: only via Tobi`.)
        // (Set 46: `- Mr Singh — via Alasdair.`)
        let via = [
            "thanks via ",
            "thank via ",
            ": only via ",
            " — only via ",
            " - only via ",
            ": via ",
            " — via ",
            " – via ",
            " - via ",
        ];
        if let Some(at) = via.iter().find_map(|w| lower.find(w).map(|at| at + w.len())) {
            let by = snapshot.iter().find(|p| prose::names(line.get(at..).unwrap_or_default(), p, &snapshot));
            if let Some(by) = by.filter(|b| carrier.as_ref().is_none_or(|c| *c == b.name)) {
                let before = line.get(..at).unwrap_or_default();
                for p in people.iter_mut().filter(|p| p.name != by.name && p.channel.is_none() && !p.thanked) {
                    if prose::names(before, p, &snapshot) {
                        p.channel = Some(Channel::Passed);
                        carrier = Some(by.name.clone());
                    }
                }
            }
        }
        // (Set 46: `… + Dev's Rise file (send to Siân to pass on, no email for Dev)`: the brackets
        // name the one who passes it on, and the one it is for.)
        if let Some(open) = line.find("(send to ").filter(|&at| line[at..].contains(" to pass on")) {
            let inside = line[open + 1..].split(')').next().unwrap_or_default();
            let after = &inside["send to ".len()..];
            let by = snapshot.iter().find(|p| prose::names(after.split(' ').next().unwrap_or_default(), p, &snapshot));
            if let Some(by) = by.filter(|b| carrier.as_ref().is_none_or(|c| *c == b.name)) {
                let rest = &after[after.find(" to pass on").unwrap_or(0)..];
                for p in people.iter_mut().filter(|p| p.name != by.name && p.channel.is_none() && !p.thanked) {
                    if prose::names(rest, p, &snapshot) {
                        p.channel = Some(Channel::Passed);
                        carrier = Some(by.name.clone());
                    }
                }
            }
        }
        // (Set 47: `- [ ] Thank-you email to Aoife – ballroom capacity fix + say thanks to Shane for
        // the tour through her (no contact for him)`: "her" is the one the message goes to.)
        // (Set 48: `- [ ] Katrin – email today … also say thanks for Felix tour here, I don't have
        // his contact`: the item's own message, "here".)
        let through = [
            " through her",
            " through him",
            " via her",
            " via him",
            " tour here",
            " here, i don't have",
            " here, i dont have",
            " in her email",
            " in his email",
        ]
        .iter()
        .any(|w| lower.contains(w));
        let item = line.trim_start_matches(['-', '*', '+', ' ', '\t']);
        let item = unboxed(item).unwrap_or(item).trim_start();
        let item = ["thank-you ", "thank you ", "Thank-you ", "Thank you "]
            .iter()
            .fold(item, |i, t| i.strip_prefix(t).unwrap_or(i));
        let addressee = message_to(item)
            .and_then(|(_, whom)| the_one_named(whom.split([' ', ',']).next().unwrap_or(whom), &snapshot))
            .or_else(|| {
                let (name, _) = listed_thanks(line, &snapshot)?;
                snapshot.iter().position(|p| p.name == name)
            });
        let thanks = ["thanks to ", "thanks for "].iter().find_map(|t| lower.find(t).map(|at| at + t.len()));
        if let (true, Some(at), Some(by)) = (through, thanks, addressee) {
            let by = snapshot[by].name.clone();
            let rest = &line[at..];
            let whom = rest.split([' ', ',']).next().unwrap_or_default();
            if carrier.as_ref().is_none_or(|c| *c == by) {
                for p in people.iter_mut().filter(|p| p.name != by && p.channel.is_none() && !p.thanked) {
                    if prose::names(whom, p, &snapshot) {
                        p.channel = Some(Channel::Passed);
                        carrier = Some(by.clone());
                    }
                }
            }
        }
        // (Set 46: `card to the clinic addressed to Gus and the team, Shaz, Deb and Priya too`: the
        // others the card names, through the one it is addressed to.)
        if let Some(at) = lower.find("addressed to ") {
            let rest = &line[at + "addressed to ".len()..];
            let by =
                snapshot.iter().find(|p| prose::names(rest.split([',', ' ']).next().unwrap_or(rest), p, &snapshot));
            let too = rest.find(" too").map(|end| &rest[..end]);
            if let (Some(by), Some(too)) = (by.filter(|b| carrier.as_ref().is_none_or(|c| *c == b.name)), too) {
                for p in people.iter_mut().filter(|p| p.name != by.name && p.channel.is_none() && !p.thanked) {
                    if prose::names(too, p, &snapshot) {
                        p.channel = Some(Channel::Passed);
                        carrier = Some(by.name.clone());
                    }
                }
            }
        }
        // (Set 45: `Frau Köhler: formal mail … Ask her to pass thanks to Dr. Sandmann`: "her" is
        // the one an earlier sentence of the line names.)
        let sentences = loose::split_sentences(line);
        // (Set 46: `- Priscilla - no email. ask Tasha to pass thanks along`: an item about one
        // person is read whole, so that its second sentence is about her, not everyone.)
        let item = listed_thanks(line, &snapshot).is_some() && passed_in(line, &snapshot).is_some();
        let whole = sentences.len() > 1 && (item || sentences.iter().all(|s| passed_in(s, &snapshot).is_none()));
        let sentences = if whole { vec![line.to_owned()] } else { sentences };
        for sentence in sentences {
            let Some((by, to)) = passed_in(&sentence, &snapshot) else { continue };
            if carrier.as_ref().is_some_and(|c| *c != by) {
                continue;
            }
            for p in people.iter_mut().filter(|p| to.contains(&p.name) && p.channel.is_none() && !p.thanked) {
                p.channel = Some(Channel::Passed);
            }
            carrier = Some(by);
        }
    }
    carrier
}

/// The one `sentence` says passes the thanks on, and those they pass them to.
fn passed_in(sentence: &str, people: &[Person]) -> Option<(String, Vec<String>)> {
    let sentence = sentence.replace('’', "'");
    // (Set 43: `Bev – ask Kwame to pass it on`, `Luis - ask Mike to tell him thanks`, `Ben — ask
    // Erin to thank him`: the one the line opens with, through the one it asks.)
    if let Some((whom, what)) = listed_thanks(&sentence, people) {
        let lower = what.to_ascii_lowercase().replace('"', "");
        // (Set 44: `Eli – no email, said "just tell Brianna, she'll pass it on"`, `Howard – no
        // email, Carolyn said she'd pass along a note`.)
        const PASSES: &[&str] = &["pass it on", "pass it along", "pass along", "pass on a note", "pass them on"];
        // (Set 46: `Priscilla - no email. ask Tasha to pass thanks along`: after what is not.)
        // (Set 46: `Joseph sir - no mail id. Kindly ask Pooja to convey thanks.`)
        let asks = ((lower.starts_with("ask ")
            || lower.starts_with("kindly ask ")
            || [". ask ", ", ask ", "kindly ask "].iter().any(|w| lower.contains(w)))
            && [" to pass", " to thank", " to tell", " to say thanks", " to convey"].iter().any(|w| lower.contains(w)))
            || PASSES.iter().any(|w| lower.contains(w));
        let carrier = people.iter().find(|p| p.name != whom && prose::names(what, p, people));
        // (Set 46: `**Alasdair** — separate email. …; ask him to pass my thanks to Mr Singh`: the
        // one the item opens with carries them, read below.)
        let asks_them = ["ask him ", "ask her ", "ask them "].iter().any(|w| lower.contains(w));
        if let Some(carrier) = carrier.filter(|_| asks && !asks_them) {
            return Some((carrier.name.clone(), vec![whom]));
        }
    }
    let lower = sentence.to_ascii_lowercase();
    // (Not `Thank you to Nathan, ask him to forward to Gail` without the thanks said: any line
    // here says thanks, or forwards what is sent as thanks.)
    let named = |text: &str| -> Vec<String> {
        people.iter().filter(|p| prose::names(text, p, people)).map(|p| p.name.clone()).collect()
    };
    // Whom the carrier is asked to pass the thanks to, after these words.
    const ASKED: &[&str] = &[
        "to pass on thanks to ",
        "to pass on my thanks to ",
        "to pass thanks on to ",
        "to pass my thanks on to ",
        "to pass thanks to ",
        "to pass my thanks to ",
        "to thank ",
        "to forward to ",
        "to forward it to ",
        "to forward them to ",
        "to pass it on to ",
        "to pass it to ",
        "to pass on to ",
        "to pass to ",
        // (`Email Jessamyn w/ GitHub link + thanks to Tobias`.)
        "+ thanks to ",
        " and thanks to ",
        ", thanks to ",
        // (`say thanks to Shona via Trudy's email`.)
        "say thanks to ",
        // (`pass thanks to Tasha through Carl`: with the one who passes them on after it.)
        "pass thanks to ",
        "pass on thanks to ",
        "pass my thanks to ",
        // (`email Tiffany tonight, thank Carol/Ray/Deshawn by name`.)
        ", thank ",
        // (`just tell harriet to pass thanks`: to everyone else.)
        "to pass thanks",
        "to pass on thanks",
        "to pass on my thanks",
        "to pass my thanks",
    ];
    let (at, phrase) = ASKED.iter().filter_map(|p| lower.find(p).map(|at| (at, *p))).min_by_key(|(at, _)| *at)?;
    if phrase == ", thank " && !lower.contains("by name") {
        return None;
    }
    let before = &sentence[..at];
    let after = &sentence[at + phrase.len()..];
    // (`thank Carol/Ray/Deshawn by name` in an email to Tiffany.)
    let writes =
        ["email", "e-mail", "mail", "message", "a short note", "a note"].iter().any(|w| lower[..at].contains(w));
    let via_word = [" via ", " through "].iter().find_map(|v| lower[at..].find(v).map(|i| (i, v.len())));
    let via = via_word.map(|(i, len)| &sentence[at + i + len..]);
    let via_len = via_word.map_or(0, |(_, len)| len);
    let first_named = |via: &str| {
        let whom = via.split([' ', ',']).next().unwrap_or_default();
        named(whom.trim_end_matches("'s")).into_iter().next()
    };
    let carrier = match (phrase, via) {
        ("say thanks to ", Some(via)) if lower.contains("email") => first_named(via),
        // (Set 44: `- pass thanks to Tasha through Carl`.)
        ("pass thanks to " | "pass on thanks to " | "pass my thanks to ", Some(via)) => first_named(via),
        // (`email chloe tonite w the pdf, say thanks to chef laurent`: in that email.)
        ("say thanks to ", None) if writes => last_named(before, people),
        ("say thanks to ", _) => None,
        // (The one named last before the words: `copy Denise, and ask her to thank…`, `ask
        // Declan to…`, `email Megan, ask her to…`.)
        _ if writes || ["ask ", "asking ", "tell "].iter().any(|w| lower[..at].contains(w)) => {
            last_named(before, people)
        }
        _ => None,
    }?;
    let to = match via {
        Some(via) => &after[..after.len() - via.len() - via_len],
        None => after,
    };
    // (`ask her to thank Teresa and Walter for me`: those it names, up to the clause's end.)
    // (Set 45: `to pass thanks to Dr. Sandmann (…)`: an honorific's full stop ends no clause.)
    let end = to
        .match_indices(['.', ';', '(', '—', '?'])
        .find(|(at, stop)| {
            *stop != "." || !super::people::is_abbreviated_honorific(to[..*at].rsplit(' ').next().unwrap_or_default())
        })
        .map_or(to.len(), |(at, _)| at);
    let to = &to[..end];
    // (Set 46: `Ask her to thank Agnes for me, or put a line in Hamish's letter`: what follows "or"
    // is another way.)
    let to = to.split(", or ").next().unwrap_or(to);
    let mut whom: Vec<String> = named(to).into_iter().filter(|n| *n != carrier).collect();
    // (Set 45: `a short note to Gráinne to pass on thanks to the panel`.)
    let everyone = ["the panel", "the team", "the others", "everyone", "all of them"];
    let all = everyone.iter().any(|w| to.trim_start().to_lowercase().starts_with(w));
    if whom.is_empty() && (all || (phrase.starts_with("to pass") && phrase.trim_end().ends_with("thanks"))) {
        whom = people
            .iter()
            .filter(|p| p.name != carrier && p.kind() == Kind::Interviewer)
            .map(|p| p.name.clone())
            .collect();
    }
    (!whom.is_empty()).then_some((carrier, whom))
}

/// The person of `people` named last in `text`.
fn last_named(text: &str, people: &[Person]) -> Option<String> {
    let lower = text.to_lowercase();
    people
        .iter()
        .filter(|p| prose::names(text, p, people))
        .filter_map(|p| {
            let given = super::people::first_name(&p.name).to_lowercase();
            let family = super::people::last_name(&p.name).to_lowercase();
            [given, family].iter().filter_map(|w| lower.rfind(w.as_str())).max().map(|at| (at, p.name.clone()))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, name)| name)
}

/// Those `sentence` says to thank in the writer's own voice, and how.
fn spoken_in(sentence: &str, people: &[Person]) -> Vec<(String, Channel)> {
    let sentence = sentence.replace('’', "'");
    // (ASCII lower case keeps every byte where it was: positions in `lower` hold in `sentence`.)
    let lower = sentence.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'').collect();
    // (Not `he'll call after Thanksgiving`, nor a thank-you already given, `texted Gus thanks`.)
    let thanks = words.iter().any(|w| ["thank", "thanks", "thx", "ty"].contains(w));
    if !thanks || ["n't", " not ", "never", "no need"].iter().any(|w| lower.contains(w)) {
        return Vec::new();
    }
    let named = |text: &str| -> Vec<String> {
        people.iter().filter(|p| prose::names(text, p, people)).map(|p| p.name.clone()).collect()
    };
    // A to-do that opens with the verb: `text dougie thanks`, `call Gary, thank him`, `[ ] Tell
    // Luis thanks when I see him`, `thank-you: text Kenta`.
    let opening = lower.trim_start_matches(|c: char| "-*[]x> ".contains(c));
    let opening = ["thank-you: ", "thank you: ", "thanks: ", "thanks - ", "thank you - ", "ty: "]
        .iter()
        .find_map(|l| opening.strip_prefix(l))
        .unwrap_or(opening);
    const OPENS: &[(&str, Channel)] = &[
        ("text ", Channel::Text),
        ("txt ", Channel::Text),
        ("call ", Channel::Phone),
        ("ring ", Channel::Phone),
        ("phone ", Channel::Phone),
        ("tell ", Channel::InPerson),
    ];
    if let Some((rest, channel)) = OPENS.iter().find_map(|(verb, c)| opening.strip_prefix(verb).map(|r| (r, *c))) {
        // (Whom: the names up to the thanks or a clause of their own: `call Gary, thank him`,
        // `text dougie + kirsty thanks`.)
        let start = sentence.len() - rest.len();
        let end = [",", " - ", " — ", " thank", " thx", " ty", " to ", " and thank", " when ", " about "]
            .iter()
            .filter_map(|w| rest.find(w))
            .min()
            .unwrap_or(rest.len());
        let whom = &sentence[start..start + end];
        // (`tell Luis thanks`: thanks to say to him; `tell Kim I'll send the deck`: something else.)
        let said = channel != Channel::InPerson || rest[end..].trim_start().starts_with("thank");
        // (`call Gary, thank him` but not `call Gary about the schedule, and thank Kim`.)
        let near = rest[end..].split_whitespace().take(4).any(|w| w.starts_with("thank") || w == "thx" || w == "ty");
        if said && near && whom.split_whitespace().count() <= 6 {
            let channel = when_seen(&lower).unwrap_or(channel);
            return named(whom).into_iter().map(|n| (n, channel)).collect();
        }
        return Vec::new();
    }
    // `Thank Lacey by phone when she calls`, `thank Luis in person on Monday`, `say thanks to
    // Ana when I see her`.
    for lead in ["thank ", "say thanks to ", "say thank you to "] {
        let Some(at) = opening.find(lead).filter(|&at| at == 0) else { continue };
        let rest = &opening[at + lead.len()..];
        const HOW: &[(&str, Channel)] = &[
            (" by phone", Channel::Phone),
            (" over the phone", Channel::Phone),
            (" on the phone", Channel::Phone),
            (" with a call", Channel::Phone),
            (" when she calls", Channel::Phone),
            (" when he calls", Channel::Phone),
            (" by text", Channel::Text),
            (" via text", Channel::Text),
            (" over text", Channel::Text),
            (" in person", Channel::InPerson),
            (" face to face", Channel::InPerson),
            (" when i see", Channel::InPerson),
        ];
        let Some((end, channel)) =
            HOW.iter().filter_map(|(w, c)| rest.find(w).map(|i| (i, *c))).min_by_key(|(i, _)| *i)
        else {
            continue;
        };
        let start = sentence.len() - rest.len();
        let whom = &sentence[start..start + end];
        if whom.split_whitespace().count() <= 6 {
            return named(whom).into_iter().map(|n| (n, channel)).collect();
        }
    }
    Vec::new()
}

/// Those `sentence` says the writer treats, which is thanks given in person (set 44): `buy Big
/// Mike lunch, Smoky's on Friday`, `shout Dev a beer Friday`, `Jess gets margaritas on me`, `Tamsin
/// – coffee on me, whatever happens`.
fn treated_in(sentence: &str, people: &[Person]) -> Vec<(String, Channel)> {
    const TREATS: &[&str] =
        &["lunch", "coffee", "a coffee", "a beer", "beers", "drinks", "a drink", "dinner", "donuts"];
    // (Set 61: `Dani – … checked on me before … (we’ve emailed a lot already)`: positions in
    // `lower` hold in `sentence`, so the curly apostrophe stays as it is, and only ASCII letters
    // change case.)
    let lower = sentence.to_ascii_lowercase();
    let opening = lower.trim_start_matches(|c: char| "-*[]x> ".contains(c));
    let start = sentence.len() - opening.len();
    let whom = ["buy ", "shout ", "take "].iter().find_map(|verb| {
        let rest = opening.strip_prefix(verb)?;
        let (at, _) = TREATS.iter().filter_map(|t| rest.find(&format!(" {t}")).map(|i| (i, t))).min()?;
        Some(&sentence[start + verb.len()..start + verb.len() + at])
    });
    // (`Jess gets margaritas on me`, `Tamsin – coffee on me`: a treat; not `checked on me before
    // the presentation`.)
    let treat_on_me = lower.match_indices(" on me").any(|(at, _)| {
        let before = lower[..at].rsplit(' ').next().unwrap_or_default();
        !before.is_empty() && TREATS.iter().any(|t| t.ends_with(before))
            || ["margaritas", "pizza", "tacos", "pints", "round"].contains(&before)
    });
    let whom = whom.or_else(|| {
        // (The one the line opens with.)
        treat_on_me.then(|| opening.split([' ', ',']).next().map(|w| &sentence[start..start + w.len()]))?
    });
    let Some(whom) = whom.filter(|w| w.split_whitespace().count() <= 3) else { return Vec::new() };
    people.iter().filter(|p| prose::names(whom, p, people)).map(|p| (p.name.clone(), Channel::InPerson)).collect()
}

/// `tell Luis thanks when I see him`: in person, whatever the verb.
fn when_seen(lower: &str) -> Option<Channel> {
    ["when i see", "in person", "face to face"].iter().any(|w| lower.contains(w)).then_some(Channel::InPerson)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(names: &[&str]) -> Vec<Person> {
        names.iter().map(|n| Person { name: (*n).to_owned(), ..Person::default() }).collect()
    }

    #[test]
    fn a_refusal_in_other_words_covers_the_one_who_said_it() {
        let met = people(&["Mr Feeney", "Danny", "Giulia", "Tadhg Ó Súilleabháin"]);
        // Set 71: a refusal in its own sentence, whatever the line says before it.
        let feeney = "- Mr Feeney — Deputy Principal (didn't get first name — Gerry? Ger?). Not on the panel. Gave me a \
                      15-min tour of the new astro + the fitness suite before. At the end: *\"No need for cards or any \
                      of that craic, just do well, good luck.\"* — so leave him out.";
        assert_eq!(refused(feeney, &met), ["Mr Feeney"]);
        let danny =
            "7. Clean down. Danny: \"mate don't write me a card or anything, that'd be weird\" 😂 OK Danny. Noted.";
        assert_eq!(refused(danny, &met), ["Danny"]);
        let giulia = "- Giulia - technician. At the end she said \"dai, non serve che mi scrivi, figurati\".";
        assert_eq!(refused(giulia, &met), ["Giulia"]);
    }

    #[test]
    fn a_refusal_covers_the_one_it_names_the_panel_or_everyone() {
        let mut met = people(&["Dr Nomvula Zulu", "Mr Rajesh Naidoo", "Ms T. Mabena"]);
        met[2].kind = Some(crate::model::Kind::Helper);
        let rand = "- Public entity rules: Ms Mabena said: \"Please do not send thank-you letters, emails, calls or gifts \
                    to panel members.\" So NO thank-yous here. Not to the panel, not to anyone.";
        assert_eq!(refused(rand, &met).len(), 3, "not to anyone");
        let panel =
            "8. Chair said panel members won't accept or respond to thank-you notes – \"please don't send them\".";
        assert_eq!(refused(panel, &met), ["Dr Nomvula Zulu", "Mr Rajesh Naidoo"], "the panel, not the helper");
        let one = "- at the end she said \"please don't send thank-you notes, honestly\". Niente a Nomvula.";
        assert_eq!(refused(one, &met), ["Dr Nomvula Zulu"]);
        assert!(refused("- no thank-you notes to Naidoo yet", &met).is_empty(), "not sent yet");
        assert!(refused("- thank-you email to HR sent Tue. Do not send again;", &met).is_empty());
        // (Set 61: a mail refused, by the one the line names.)
        let mail = "- Nomvula said at the end: \"please, no thank-you mail. We decide only by the interview.\"";
        assert_eq!(refused(mail, &met), ["Dr Nomvula Zulu"]);
        // (Set 60: the panel, and the recruiter who said so.)
        let both = "- Ms Mabena: \"Please don't send thank-you notes — not to the panel and not to me, honestly.\"";
        assert_eq!(refused(both, &met), ["Dr Nomvula Zulu", "Mr Rajesh Naidoo", "Ms T. Mabena"]);
        // (Set 63: a thank-you refused in any form, and `no TY to` the one it names.)
        let note = "– Nomvula walking me out: \"and please, no thank-you note for me, HR gets enough post\" 😂";
        assert_eq!(refused(note, &met), ["Dr Nomvula Zulu"]);
        let cards = "– Nomvula at the end: \"no thank-you cards or notes for me, I mean it.\" so NOT Nomvula.";
        assert_eq!(refused(cards, &met), ["Dr Nomvula Zulu"]);
        let bother = "  NOTE: said \"don't bother sending me a thank-you, save it for Naidoo\" → no TY to Nomvula.";
        assert_eq!(refused(bother, &met), ["Dr Nomvula Zulu"], "the one the refusal is said to");
        assert!(refused("- no thank-you to Nomvula yet", &met).is_empty(), "not sent yet");
        assert!(refused("- Nomvula said no thank you, she'd had lunch", &met).is_empty(), "no thank-you refused");
    }

    fn spoken(sentence: &str) -> Vec<(String, Channel)> {
        spoken_in(
            sentence,
            &people(&["Gary Pruitt", "Lacey Moran", "Luis Ortega", "Gus Hale", "Kenta Mori", "Kim Lee"]),
        )
    }

    fn one(name: &str, channel: Channel) -> Vec<(String, Channel)> {
        vec![(name.to_owned(), channel)]
    }

    #[test]
    fn a_to_do_to_call_text_or_tell_someone_thanks() {
        assert_eq!(spoken("call Gary, thank him"), one("Gary Pruitt", Channel::Phone));
        assert_eq!(spoken("[ ] text Gus thanks"), one("Gus Hale", Channel::Text));
        assert_eq!(spoken("- [ ] text Kenta thank you — TODAY"), one("Kenta Mori", Channel::Text));
        assert_eq!(spoken("[ ] Tell Luis thanks when I see him."), one("Luis Ortega", Channel::InPerson));
        assert_eq!(spoken("thank-you: text kenta"), Vec::new(), "no thanks said after the name");
        assert_eq!(
            spoken("text gus + kim thanks"),
            vec![("Gus Hale".to_owned(), Channel::Text), ("Kim Lee".to_owned(), Channel::Text)]
        );
    }

    #[test]
    fn a_thank_you_list_names_the_channel_after_what_it_is_not() {
        // (Set 49: `no card, LinkedIn only`.)
        let mut people = people(&["Darren Lee", "Rajesh Pillai"]);
        thanks_listed("- [ ] Darren — no card, LinkedIn only. short one\n- [ ] Rajesh — email", &mut people);
        assert_eq!(people[0].channel, Some(Channel::LinkedIn));
        // (And a name with an aside in brackets.)
        let mut people = vec![Person { name: "Muhammad Hafiz bin Osman".into(), ..Person::default() }];
        thanks_listed(
            "- Hafiz (Hafiz lah, not Hafix, typo above) — no namecard. LinkedIn msg, mention DAX",
            &mut people,
        );
        assert_eq!(people[0].channel, Some(Channel::LinkedIn));
    }

    #[test]
    fn a_name_to_write_to_is_read_whatever_the_spaces() {
        assert_eq!(one_name("Dr.  Ángela Ruiz – card"), Some("Dr.  Ángela"));
        assert_eq!(one_name("Mei Lin, Anika"), Some("Mei Lin"));
        assert_eq!(names_listed("Ross,  Mei   Lin, Anika. Anika gave"), ["Ross", "Mei   Lin", "Anika"]);
    }

    #[test]
    fn a_treat_is_thanks_in_person() {
        let people = people(&["Big Mike", "Jess Moreno", "Tamsin Reyes", "Dev Patel"]);
        let treated = |s: &str| treated_in(s, &people);
        assert_eq!(treated("- buy Big Mike lunch, Smoky's on Friday"), one("Big Mike", Channel::InPerson));
        assert_eq!(treated("- shout Dev a beer Friday, he's the reason I got in"), one("Dev Patel", Channel::InPerson));
        assert_eq!(treated("Jess gets margaritas on me, for sure."), one("Jess Moreno", Channel::InPerson));
        assert_eq!(treated("- Tamsin – coffee on me, whatever happens"), one("Tamsin Reyes", Channel::InPerson));
        assert_eq!(treated("- buy a new tie before Friday"), Vec::new());
        assert_eq!(treated("He paid for lunch. Wouldn't let me."), Vec::new());
        // (Set 61: no treat, and a curly apostrophe after a dash, which once cut a character.)
        let dani = "Dani – super organised, checked on me before the presentation (we’ve emailed a lot)";
        assert_eq!(treated_in(dani, &self::people(&["Dani Nunes"])), Vec::new());
    }

    #[test]
    fn thanks_said_by_phone_in_person_or_by_text() {
        assert_eq!(spoken("[ ] Thank Lacey by phone when she calls"), one("Lacey Moran", Channel::Phone));
        assert_eq!(spoken("thank Luis in person on Monday"), one("Luis Ortega", Channel::InPerson));
        assert_eq!(spoken("say thanks to Kim when I see her"), one("Kim Lee", Channel::InPerson));
        assert_eq!(spoken("thank Gus by text"), one("Gus Hale", Channel::Text));
    }

    fn passed(sentence: &str) -> Option<(String, Vec<String>)> {
        let mut people = people(&["Trudy Pell", "Gareth Mwangi", "Ola Henriksen", "Megan Holt", "Denise Albright"]);
        for p in people.iter_mut().filter(|p| !["Gareth Mwangi", "Ola Henriksen"].contains(&p.name.as_str())) {
            p.kind = Some(Kind::Helper);
        }
        passed_in(sentence, &people)
    }

    fn by(carrier: &str, to: &[&str]) -> Option<(String, Vec<String>)> {
        Some((carrier.to_owned(), to.iter().map(|s| (*s).to_owned()).collect()))
    }

    #[test]
    fn thanks_another_is_asked_to_pass_on() {
        let both = ["Gareth Mwangi", "Ola Henriksen"];
        assert_eq!(passed("Short email to Trudy tonight to pass on thanks to Gareth + Ola."), by("Trudy Pell", &both));
        assert_eq!(
            passed("- [ ] email Megan, ask her to forward to Gareth + Ola. done by tonight"),
            by("Megan Holt", &both)
        );
        assert_eq!(
            passed("Thank-yous: email Megan directly, copy Denise, and ask her to thank Gareth and Ola for me."),
            by("Denise Albright", &both)
        );
        assert_eq!(passed("Email Trudy w/ GitHub link + thanks to Ola."), by("Trudy Pell", &["Ola Henriksen"]));
        assert_eq!(passed("Say thanks to Ola via Trudy's email too"), by("Trudy Pell", &["Ola Henriksen"]));
        assert_eq!(
            passed("thank u - email trudy tonite w the pdf, say thanks to ola."),
            by("Trudy Pell", &["Ola Henriksen"])
        );
        assert_eq!(passed("email Trudy tonight, thank Gareth/Ola by name"), by("Trudy Pell", &both));
        assert_eq!(passed("thank u - just tell trudy to pass thanks."), by("Trudy Pell", &both), "to everyone met");
        // (Set 44.)
        assert_eq!(passed("- pass thanks to Ola through Trudy"), by("Trudy Pell", &["Ola Henriksen"]));
        assert_eq!(
            passed(r#"- Ola – no email, said "just tell Trudy, she'll pass it on""#),
            by("Trudy Pell", &["Ola Henriksen"])
        );
        assert_eq!(
            passed("- Gareth – no email, Megan said she'd pass along a note."),
            by("Megan Holt", &["Gareth Mwangi"])
        );
    }

    #[test]
    fn other_thanks_are_passed_on_by_no_one() {
        assert_eq!(passed("Thanks to Ola's tip I found the entrance."), None);
        assert_eq!(passed("email Trudy tonight, thank Gareth for the tour"), None);
        assert_eq!(passed("Say thanks to Ola when I see her"), None);
    }

    #[test]
    fn other_calls_and_thanks_are_not_spoken_thanks() {
        assert!(spoken("Paul: references (Alma, Jordan) — he'll call after Thanksgiving").is_empty());
        assert!(spoken("call Gary about the schedule").is_empty());
        assert!(spoken("tell Kim I'll send the deck, thanks").is_empty());
        assert!(spoken("don't text Gus thanks, email him").is_empty());
        assert!(spoken("Thank Lacey").is_empty(), "no channel named");
        assert!(spoken("email Gary, thank him").is_empty());
    }
}
