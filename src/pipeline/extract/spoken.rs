//! Thanks the note says to give in the writer's own voice: by phone (`call Gary, thank him`,
//! `Thank Lacey by phone when she calls`), by text (`text Gus thanks`), or in person (`Tell Luis
//! thanks when I see him`). Nobody gets a drafted message for those: the draft names them, and
//! the day to do it by.

use crate::model::{Channel, Person};

use super::{loose, prose};

/// Gives each person the note says to thank by phone, by text or in person that channel, unless
/// the note set one already.
pub(super) fn thanks_spoken(text: &str, people: &mut [Person]) {
    let snapshot = people.to_vec();
    for line in text.lines() {
        for sentence in loose::split_sentences(line) {
            for (name, channel) in spoken_in(&sentence, &snapshot) {
                if let Some(p) = people.iter_mut().find(|p| p.name == name && p.channel.is_none()) {
                    p.channel = Some(channel);
                }
            }
        }
    }
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
    fn thanks_said_by_phone_in_person_or_by_text() {
        assert_eq!(spoken("[ ] Thank Lacey by phone when she calls"), one("Lacey Moran", Channel::Phone));
        assert_eq!(spoken("thank Luis in person on Monday"), one("Luis Ortega", Channel::InPerson));
        assert_eq!(spoken("say thanks to Kim when I see her"), one("Kim Lee", Channel::InPerson));
        assert_eq!(spoken("thank Gus by text"), one("Gus Hale", Channel::Text));
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
