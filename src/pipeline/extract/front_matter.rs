//! Reading the front matter: each key is looked up in the synonym table (`keys`) and fills its
//! field of the note, people listed under a key are read one by one (a string such as `Ana Souza,
//! CTO` or a mapping with `name:`, `title:`, `email:`…), and keys followup does not read are kept
//! in `extra` for templates. What a person's line says and whether they interviewed or helped is
//! `people`'s; the body is `body`'s.

use super::keys::{self, Field};
use super::people::{self, Listed};
use super::{Context, parse_date};
use crate::model::{Kind, Note, Person, ProcessPosition};
use crate::pipeline::parse::yaml::{Node, Yaml};

/// True when the front matter describes one person (it has a `name:`): a contact card.
pub(super) fn is_contact_card(front: &[(String, Node)]) -> bool {
    front.iter().any(|(k, _)| key(k) == "name")
}

impl Context<'_> {
    /// Fills `note` and `people` from the front matter's keys.
    pub(super) fn front_matter(&mut self, note: &mut Note, people: &mut Vec<Person>, front: &[(String, Node)]) {
        let mut entries: Vec<(&String, &Node)> = Vec::new();
        for (k, node) in front {
            // Zola keeps its own fields under `[extra]`, Hugo under `params`: read them as if they
            // stood at the top, after the top-level keys.
            if matches!(key(k).as_str(), "extra" | "params") && matches!(node.value, Yaml::Map(_)) {
                continue;
            }
            entries.push((k, node));
        }
        for (_, node) in front.iter().filter(|(k, _)| matches!(key(k).as_str(), "extra" | "params")) {
            if let Yaml::Map(inner) = &node.value {
                entries.extend(inner.iter().map(|(k, n)| (k, n)));
            }
        }
        // Which key listed which people, so that `talent_partner_email` finds `talent_partner`.
        let mut listed: Vec<(String, usize, usize)> = Vec::new();
        let mut details = Vec::new();
        let mut titles = Vec::new();
        for (k, node) in entries {
            if key(k).ends_with("_email") || key(k).ends_with("_mail") {
                details.push((k, node));
                continue;
            }
            if key(k) == "title" {
                titles.push((k, node));
                continue;
            }
            let from = people.len();
            self.front_entry(note, people, k, node);
            if people.len() > from {
                listed.push((key(k), from, people.len()));
            }
        }
        for (k, node) in details {
            if !self.detail_of_person(people, k, node, &listed) {
                self.front_entry(note, people, k, node);
            }
        }
        for (_, node) in front.iter().filter(|(k, _)| keys::front_matter(&key(k)) == Some(Field::Thanked)) {
            thanks_listed(node, people);
        }
        // (Set 72: `round: 1` beside `rounds_total: 3   # per Wes: screen -> onsite -> final`.)
        let total = front.iter().find_map(|(k, node)| {
            let k = key(k);
            let counts =
                matches!(k.as_str(), "rounds_total" | "total_rounds" | "rounds" | "of_rounds" | "number_of_rounds");
            node.as_text().filter(|t| counts && !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()))
        });
        if let (Some(total), Some(stage)) = (total, note.stage.as_mut()) {
            if let Some(at) = stage.find("round ") {
                let n: String = stage[at + "round ".len()..].chars().take_while(char::is_ascii_digit).collect();
                let end = at + "round ".len() + n.len();
                if !n.is_empty() && !stage[end..].starts_with(" of") {
                    stage.insert_str(end, &format!(" of {total}"));
                }
            }
        }
        // (Set 43: `who: Julien Marchand` over `title: Director of Design`: the one person's job,
        // not the position applied for, which the letters had called "the Director of Design role".)
        for (k, node) in titles {
            match &mut people[..] {
                // (Not `title = "Thornbury phone screen"` beside the recruiter: the note's own.)
                [one]
                    if one.title.is_none()
                        && listed.len() == 1
                        && one.kind() == crate::model::Kind::Interviewer
                        && node.as_text().is_some_and(|t| {
                            let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
                            words.iter().any(|w| super::people::is_title_word(w))
                                && !words.iter().any(|w| super::sections::MEETING_WORDS.contains(&w.as_str()))
                        }) =>
                {
                    one.title = self.text(k, node);
                }
                _ => self.front_entry(note, people, k, node),
            }
        }
    }

    fn front_entry(&mut self, note: &mut Note, people: &mut Vec<Person>, k: &str, node: &Node) {
        let set = |slot: &mut Option<String>, value: Option<String>| {
            if slot.is_none() {
                *slot = value;
            }
        };
        let by_meaning = keys::front_matter(&key(k)).is_none();
        let field = keys::front_matter(&key(k)).or_else(|| keys::front_matter_by_meaning(&key(k)));
        // A key read by its meaning only holds what its value can be: a date that is not one, or
        // a position written as a date, stays the user's own key.
        let field = match field {
            Some(Field::Date) if by_meaning && node.as_text().and_then(|t| parse_date(&t)).is_none() => None,
            Some(Field::Position) if by_meaning && node.as_text().is_none_or(|t| parse_date(&t).is_some()) => None,
            // `where: 14th fl, 200 W Monroe`, `where: Zoom`: a place, not the company.
            Some(Field::Company) if by_meaning && node.as_text().is_none_or(|t| is_a_place(&t)) => None,
            // `via_recruiter: true` says how, not who.
            Some(Field::Interviewers | Field::Helpers(_))
                if by_meaning && !matches!(node.value, Yaml::Str(_) | Yaml::Seq(_) | Yaml::Map(_)) =>
            {
                None
            }
            f => f,
        };
        let slot = match field {
            Some(Field::Company) => Some(("company", note.company.is_none())),
            Some(Field::Position) => Some(("position", note.position.is_none())),
            Some(Field::Stage) => Some(("stage", note.stage.is_none())),
            Some(Field::Date) => Some(("date", note.date.is_none())),
            _ => None,
        };
        if let Some((name, true)) = slot {
            note.sources.insert(name.to_owned(), format!("`{k}`"));
        }
        match field {
            Some(Field::Company) => set(&mut note.company, self.text(k, node)),
            Some(Field::Position) => set(&mut note.position, self.text(k, node)),
            // (Set 42: `round: 1` over `stage: technical screen`: the stage names it, and the
            // round counts.)
            Some(Field::Stage) => match (note.stage.take(), self.text(k, node)) {
                (Some(round), Some(named))
                    if round.strip_prefix("round ").unwrap_or(&round).chars().all(|c| c.is_ascii_digit())
                        && named.contains(char::is_alphabetic) =>
                {
                    note.sources.insert("stage".to_owned(), format!("`{k}`"));
                    let round = round.strip_prefix("round ").unwrap_or(&round);
                    note.stage = Some(format!("{named} (round {round})"));
                }
                // (Set 72: `type: interview` over `round: 2`: the kind of meeting, then its round.)
                (Some(named), Some(round))
                    if !round.is_empty()
                        && round.chars().all(|c| c.is_ascii_digit())
                        && named.contains(char::is_alphabetic)
                        && !named.contains("round") =>
                {
                    note.stage = Some(format!("{named} (round {round})"));
                }
                (stage, value) => {
                    note.stage = stage;
                    // (Set 48: `runde = 1`, `runde = "2/3"`: a round, counted.)
                    let counted = value.map(|v| match v.split_once('/') {
                        Some((n, of))
                            if [n, of].iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) =>
                        {
                            format!("round {n} of {of}")
                        }
                        _ if !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()) => format!("round {v}"),
                        _ => v,
                    });
                    set(&mut note.stage, counted);
                }
            },
            Some(Field::Format) => set(&mut note.format, self.text(k, node)),
            Some(Field::Status) => set(&mut note.status, self.text(k, node)),
            Some(Field::Date) => {
                let Some(text) = self.text(k, node) else { return };
                match parse_date(&text) {
                    Some(date) => {
                        note.date = Some(date);
                        note.date_line = node.pos.line;
                    }
                    None => {
                        // `date: 30/11` in `2026-11-30-castellan.md`: the file name gives the year.
                        use super::dates::{NameDay, day_in_name};
                        let file = self.path.rsplit('/').next().unwrap_or(self.path);
                        let named = match (day_in_name(&text), day_in_name(file)) {
                            (Some(NameDay::YearLess(m, d)), Some(NameDay::Date(date)))
                                if date.month() == m && date.day() == d =>
                            {
                                Some(date)
                            }
                            _ => None,
                        };
                        match named {
                            Some(date) => {
                                note.date = Some(date);
                                note.date_line = node.pos.line;
                                self.warn(
                                    node.pos,
                                    format!("`{k}` gives no year: `{text}` read as {date}, the date in the file name"),
                                    &format!("write `{k}: {date}`"),
                                );
                            }
                            None => self.error(
                                node.pos,
                                format!("`{k}` is not a date: `{text}`"),
                                &super::dates::date_help(&text),
                            ),
                        }
                    }
                }
            }
            Some(Field::ProcessPosition) => {
                let Some(text) = self.text(k, node) else { return };
                match ProcessPosition::parse(&text) {
                    Some(p) => note.process_position = Some(p),
                    None => {
                        self.warn(node.pos, format!("`{k}` should be beginning, middle or end, found `{text}`"), "")
                    }
                }
            }
            Some(Field::Interviewers) => {
                let from = people.len();
                self.front_people(people, k, node, Kind::Interviewer, None);
                self.listed_under(note, people, from, k);
            }
            Some(Field::Helpers(role)) => {
                let from = people.len();
                self.front_people(people, k, node, Kind::Helper, role);
                self.listed_under(note, people, from, k);
            }
            Some(Field::Thanked) => note.thanked = done(node),
            Some(Field::CheckedIn) => note.checked_in = done(node),
            // A key followup does not read (`application` is read from body lines only, see
            // `keys`): kept as written, for templates.
            None | Some(Field::Application) => {
                if let Some(meant) = keys::front_matter_near_miss(&key(k)) {
                    self.warn(
                        node.pos,
                        format!("`{k}` is not a key followup reads: did you mean `{meant}`?"),
                        &format!("rename it `{meant}`; a key of your own is kept for templates, but followup does not read it"),
                    );
                }
                if let Some(t) = node.as_text() {
                    self.template |= t.contains("{{") && t.contains("}}");
                }
                note.extra.insert(k.to_owned(), node.to_json());
            }
        }
    }

    /// Records that the people from `from` on were listed under `k`, for `inspect`.
    fn listed_under(&mut self, note: &mut Note, people: &[Person], from: usize, k: &str) {
        for p in &people[from..] {
            note.sources.insert(format!("person {}", p.name), format!("`{k}`"));
        }
    }

    /// A key such as `talent_partner_email` beside a key that named one person
    /// (`talent_partner`): that person's address. Anything else stays the user's key.
    fn detail_of_person(
        &mut self,
        people: &mut [Person],
        k: &str,
        node: &Node,
        listed: &[(String, usize, usize)],
    ) -> bool {
        let kk = key(k);
        let Some((owner, detail)) = kk.rsplit_once('_') else { return false };
        if !matches!(detail, "email" | "mail") {
            return false;
        }
        let Some((_, from, to)) = listed.iter().find(|(key, _, _)| key == owner) else { return false };
        if to - from != 1 || people[*from].email.is_some() {
            return false;
        }
        let Some(text) = node.as_text() else { return false };
        people[*from].email = self.email(text.trim().to_owned(), node.pos);
        true
    }

    fn front_people(&mut self, out: &mut Vec<Person>, k: &str, node: &Node, kind: Kind, role: Option<&str>) {
        // (`people:`, `met:`: those met, among them a coordinator who is thanked for their help as
        // under a heading of people met; `interviewers:` says what each of them did.)
        // (Set 44: `who: Gloria Estrada (office manager, been there since it opened)`, a value of
        // its own: the one the meeting was with, who is thanked for it, whatever their job.)
        let the_one = matches!(key(k).as_str(), "who" | "with" | "met with") && !matches!(node.value, Yaml::Seq(_));
        let said = the_one || ["interview", "panel"].iter().any(|w| key(k).contains(w));
        let listed = if kind == Kind::Interviewer && !said { Listed::Heading(kind) } else { Listed::Key(kind) };
        // `people:` keyed by name (`Dr. Alison Kerr:` over her `title:` and `email:`): each entry
        // is one person, named by its key.
        if let Yaml::Map(entries) = &node.value {
            if keyed_by_name(entries) {
                for (name, fields) in entries {
                    if let Some(mut person) = self.named_entry(k, name, fields, listed) {
                        if person.role.is_none() {
                            person.role = role.map(str::to_owned);
                        }
                        out.push(person);
                    }
                }
                return;
            }
        }
        let items = match &node.value {
            Yaml::Seq(items) => items.iter().collect(),
            Yaml::Null => Vec::new(),
            _ => vec![node],
        };
        for item in items {
            if let Some(mut person) = self.front_person(k, item, listed) {
                if person.role.is_none() {
                    person.role = role.map(str::to_owned);
                }
                out.push(person);
            }
        }
    }

    /// One entry of `people:` keyed by name: its value is their fields, their title as text
    /// (`Femi Adeyemi: Scientist II`), or nothing.
    fn named_entry(&mut self, k: &str, name: &str, fields: &Node, listed: Listed) -> Option<Person> {
        let named = |value: Yaml| Node { pos: fields.pos, value };
        let entry = match &fields.value {
            Yaml::Map(entries) if !entries.iter().any(|(f, _)| key(f) == "name") => {
                let mut entries = entries.clone();
                entries.insert(0, ("name".to_owned(), named(Yaml::Str(name.to_owned()))));
                named(Yaml::Map(entries))
            }
            Yaml::Str(text) if !text.trim().is_empty() => named(Yaml::Map(vec![
                ("name".to_owned(), named(Yaml::Str(name.to_owned()))),
                ("title".to_owned(), fields.clone()),
            ])),
            Yaml::Null | Yaml::Str(_) => named(Yaml::Str(name.to_owned())),
            _ => fields.clone(),
        };
        self.front_person(k, &entry, listed)
    }

    fn front_person(&mut self, k: &str, node: &Node, listed: Listed) -> Option<Person> {
        let mut person = Person { line: node.pos.line, ..Person::default() };
        match &node.value {
            // An unfilled entry of a note template (`- name:` and nothing else) is no one yet; an
            // entry written empty (`{}`, `name: ""`) is said to be left out.
            Yaml::Map(entries) if entries.iter().all(|(_, v)| is_blank(v)) => {
                if entries.is_empty() || entries.iter().any(|(_, v)| matches!(v.value, Yaml::Str(_))) {
                    self.warn(
                        node.pos,
                        format!("an empty person in `{k}` is left out"),
                        "give them a `name:`, or delete the entry",
                    );
                }
                return None;
            }
            Yaml::Map(entries) => {
                for (field, value) in entries {
                    self.person_field(&mut person, field, value);
                }
                // (`name: Ana Souza <ana@acme.example>`, copied from a mail header: the address
                // is theirs when no `email:` of theirs is written, refused or not. A name is
                // otherwise kept as typed, `<…>` and all.)
                let wrote_email = entries.iter().any(|(f, _)| matches!(key(f).as_str(), "email" | "e_mail" | "mail"));
                let headed = (person.name.trim_end().ends_with('>'))
                    .then(|| people::find_email(&person.name))
                    .flatten()
                    .filter(|&(start, end, _)| person.name[..start].ends_with('<') && person.name[end..].trim() == ">");
                if let Some((start, _, address)) = headed.filter(|_| !wrote_email) {
                    let at = name_pos(entries).unwrap_or(node.pos);
                    person.name = person.name[..start - 1].trim().to_owned();
                    person.email = self.email(address, at);
                }
                if person.name.is_empty() {
                    self.error(
                        node.pos,
                        format!("a person in `{k}` has no `name`"),
                        "give every person a `name:`, such as `- name: Ana Souza`",
                    );
                    return None;
                }
                tidy_entry(&mut person);
            }
            Yaml::Str(text) => {
                self.template |= text.contains("{{");
                let Some(parsed) = people::parse_listed(text) else {
                    self.warn(
                        node.pos,
                        format!("cannot read a name from `{text}` in `{k}`"),
                        "write people as `Name, Title`, such as `Ana Souza, CTO`",
                    );
                    return None;
                };
                person.name = parsed.name;
                person.title = parsed.title;
                person.email = parsed.email.and_then(|e| self.email(e, node.pos));
                person.role = parsed.role;
                person.emailed |= parsed.emailed;
            }
            Yaml::Null => return None,
            _ => {
                self.error(
                    node.pos,
                    format!("a person in `{k}` should be a name or a mapping, found {}", node.describe()),
                    "write `- Ana Souza, CTO` or `- name: Ana Souza`",
                );
                return None;
            }
        }
        person.role = people::role(person.role.take(), person.title.as_deref());
        // A `kind:` field overrules the key the person is listed under.
        person.kind =
            person.kind.or_else(|| Some(people::kind(listed, person.role.as_deref(), person.title.as_deref())));
        Some(person)
    }

    fn person_field(&mut self, person: &mut Person, field: &str, value: &Node) {
        match key(field).as_str() {
            "name" => {
                if let Some(name) = self.text(field, value) {
                    person.name = people::without_trailing_credentials(&name).to_owned();
                }
            }
            // (Set 48: `titel`, `rolle`, as a German writer keys a person's job.)
            "title" | "job_title" | "position" | "is" | "titel" | "rolle" | "funktion" => {
                person.title = self.text(field, value);
            }
            "role" => {
                let Some(text) = self.text(field, value) else { return };
                // (Set 72: `role: "popped in for 5 min at start to say hi. not an interviewer
                // today"`: one met in passing, who has no part in the meeting.)
                if super::did::says_in_passing(&text) {
                    person.did = Some(crate::model::Did::Greeted(text));
                    return;
                }
                // (`role: helper`, `role: interviewer (lead)`: the kind, said; `role: "front desk
                // again - remembered my name!!"`: a helper's job, then what they did.)
                let lower = text.to_lowercase();
                match lower.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default() {
                    "helper" => {
                        person.kind.get_or_insert(Kind::Helper);
                        return;
                    }
                    "interviewer" => {
                        person.kind.get_or_insert(Kind::Interviewer);
                        return;
                    }
                    _ => {}
                }
                if let Some(role) = people::role_from_title(&text).filter(|_| text.split_whitespace().count() > 2) {
                    person.role = Some(role.to_owned());
                    person.kind.get_or_insert(Kind::Helper);
                    return;
                }
                // `role: scheduled everything, sent parking validation`: no role, but help given;
                // they helped (as their title says), and are thanked for it.
                match super::did::help_in(&text).filter(|_| text.split_whitespace().count() > 1) {
                    Some(help) => {
                        let lower = text.to_lowercase();
                        let set_up =
                            ["schedul", "coordinat", "arrang", "organi", "book"].iter().any(|w| lower.contains(w));
                        if set_up {
                            person.role.get_or_insert_with(|| "coordinator".to_owned());
                        }
                        person.kind.get_or_insert(Kind::Helper);
                        person.did = Some(help);
                    }
                    None => person.role = Some(text.to_lowercase()),
                }
            }
            "email" | "e_mail" | "mail" => {
                person.email = self.text(field, value).and_then(|e| self.email(e, value.pos))
            }
            "address" => person.address = self.text(field, value),
            "thanked" | "thank_you_sent" | "thanks_sent" => {
                match value.as_bool().or_else(|| said_yes_or_no(value)).or_else(|| said_done(value)) {
                    Some(b) => person.thanked = b,
                    None => self.warn(
                        value.pos,
                        format!("`{field}` should be true or false, found {}", value.describe()),
                        "write `thanked: true` once their thank-you is sent",
                    ),
                }
            }
            // (Set 72: `email_ok: yes   # she literally said "feel free to email me directly"`.)
            "email_ok" | "ok_to_email" | "can_email" | "email_fine" => {
                person.emailed |= value.as_bool().or_else(|| said_yes_or_no(value)) == Some(true);
            }
            "emailed" | "corresponded" => match value.as_bool().or_else(|| said_yes_or_no(value)) {
                Some(b) => person.emailed = b,
                None => self.warn(
                    value.pos,
                    format!("`{field}` should be true or false, found {}", value.describe()),
                    "write `emailed: true` once you have exchanged email with this person",
                ),
            },
            "channel" => {
                let Some(text) = self.text(field, value) else { return };
                match crate::model::Channel::parse(&text) {
                    Some(c) => person.channel = Some(c),
                    None => self.warn(value.pos, format!("unknown channel `{text}`"), "use email, letter or card"),
                }
            }
            // (Set 47: `notes: scheduling, walked me btwn rooms, site overview`: the one who
            // scheduled, whatever the title; thanked as the coordinator.)
            "notes" | "note" => {
                let Some(text) = self.text(field, value) else { return };
                let lower = text.to_lowercase();
                let first = lower.split([',', '.', ';']).next().unwrap_or_default().trim();
                const ARRANGED: &[&str] = &[
                    "scheduling",
                    "scheduled",
                    "set it up",
                    "set up the",
                    "coordinated",
                    "organised",
                    "organized",
                    "arranged",
                ];
                if ARRANGED.iter().any(|a| first.starts_with(a)) {
                    person.role.get_or_insert_with(|| "coordinator".to_owned());
                    person.kind.get_or_insert(Kind::Helper);
                }
            }
            "kind" => match self.text(field, value).as_deref().map(str::to_lowercase).as_deref() {
                Some("helper") => person.kind = Some(Kind::Helper),
                Some("interviewer") => person.kind = Some(Kind::Interviewer),
                _ => self.warn(value.pos, format!("`{field}` should be interviewer or helper"), ""),
            },
            other => {
                if let Some(meant) = crate::text::spelling::near_miss(other, keys::PERSON_FIELDS.iter().copied()) {
                    self.warn(
                        value.pos,
                        format!("`{field}` is not a field of a person followup reads: did you mean `{meant}`?"),
                        &format!("rename it `{meant}`"),
                    );
                }
            }
        }
    }
}

/// True when a mapping of people is keyed by their names, not by a person's fields: every key
/// reads as a name and none is a field (`name`, `title`, `email`…).
fn keyed_by_name(entries: &[(String, Node)]) -> bool {
    !entries.is_empty()
        && entries.iter().all(|(k, _)| {
            !keys::PERSON_FIELDS.contains(&key(k).as_str())
                && people::looks_like_name(people::without_trailing_credentials(k))
        })
}

/// Nothing written: null, an empty string, or `false`.
/// A yes or a no with the writer's words after it: `yes (sent schedule + parking pass Friday)`,
/// `no - send w/ the template`.
fn said_yes_or_no(node: &Node) -> Option<bool> {
    let Yaml::Str(text) = &node.value else { return None };
    let first = text.trim().split(|c: char| !c.is_alphanumeric()).next()?.to_lowercase();
    match first.as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// A person's `thanked:` in words that say it is done (set 72: `thanked: texted her sunday night +
/// coffee on me. done.`): how, then done; not `not yet`.
fn said_done(node: &Node) -> Option<bool> {
    let Yaml::Str(text) = &node.value else { return None };
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    let done = words.iter().any(|w| matches!(*w, "done" | "sent" | "texted" | "emailed" | "thanked"));
    let not = words.iter().any(|w| matches!(*w, "not" | "no" | "yet" | "todo"));
    (done && !not).then_some(true)
}

fn is_blank(node: &Node) -> bool {
    match &node.value {
        Yaml::Null | Yaml::Bool(false) => true,
        Yaml::Str(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// Marks thanked each one a list of thanks sent names (set 72: `thanks_sent:` over `- to: Andrea
/// Bouchard` and `via: email`), and written to when it went by email; not one whose entry says it
/// was no real thank-you (`note: "only a 1-liner … - NOT a real thank-you. still owe proper one"`).
fn thanks_listed(node: &Node, people: &mut [Person]) {
    let Yaml::Seq(entries) = &node.value else { return };
    for entry in entries {
        let (whom, said) = match &entry.value {
            Yaml::Map(fields) => {
                let field = |names: &[&str]| {
                    fields.iter().find(|(k, _)| names.contains(&key(k).as_str())).and_then(|(_, v)| v.as_text())
                };
                let said: Vec<String> = fields.iter().filter_map(|(_, v)| v.as_text()).collect();
                (field(&["to", "who", "name", "person"]), said.join(" ").to_lowercase())
            }
            _ => (entry.as_text(), String::new()),
        };
        let Some(whom) = whom else { continue };
        let owed = ["not a real", "still owe", "not sent", "not yet", "todo"].iter().any(|w| said.contains(w));
        let by_email = said.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "email" | "mail"));
        // (`to: Wes Tanaka` for `name: Wesley "Wes" Tanaka`: the name they go by, and theirs.)
        let same = |p: &Person| {
            let words = |n: &str| {
                n.split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            };
            let (said, theirs) = (words(&whom), words(&p.name));
            people::refers_to(&whom, &p.name)
                || (said.len() >= 2 && said.iter().all(|w| theirs.contains(w)) && said.last() == theirs.last())
        };
        for p in people.iter_mut().filter(|p| !owed && same(p)) {
            p.thanked = true;
            p.emailed |= by_email;
        }
    }
}

/// `true`, `yes` or a date mean done.
fn done(node: &Node) -> bool {
    // (Set 45: `ty_done: round 1 emails sent 19 Nov (Deborah, Aaron)` in round 2's note: an
    // earlier round's thanks say nothing of this one's.)
    let earlier = super::after_an_earlier_round;
    node.as_bool().unwrap_or_else(|| node.as_text().is_some_and(|t| parse_date(&t).is_some() && !earlier(&t)))
}

/// Front-matter keys are matched case-insensitively, with `-` and spaces as `_`.
fn key(k: &str) -> String {
    k.trim().to_lowercase().replace(['-', ' '], "_")
}

/// True for a `where:` that gives a place or a medium rather than an employer: an address, a
/// floor, a video call.
fn is_a_place(text: &str) -> bool {
    const PLACES: &[&str] = &[
        "fl", "floor", "bldg", "building", "suite", "room", "st", "street", "ave", "avenue", "rd", "road", "blvd",
        "zoom", "teams", "meet", "video", "phone", "remote", "onsite", "on-site", "office", "hq", "downtown", "campus",
    ];
    text.chars().any(|c| c.is_ascii_digit())
        || text.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| PLACES.contains(&w.to_lowercase().as_str()))
}

/// A person's entry as a hurried writer fills it in, made plain: `name: priyanka (referral)` is
/// Priyanka, who referred you; `title: "PM? or maybe eng lead — wasn't clear"` is a guess, no
/// title to put on a letter; and `title: friend from grad school — NOT on the call` ends at
/// the dash.
/// Where a person's `name:` value is written.
fn name_pos(entries: &[(String, Node)]) -> Option<crate::diagnostic::Position> {
    entries.iter().find(|(f, _)| key(f) == "name").map(|(_, v)| v.pos)
}

fn tidy_entry(person: &mut Person) {
    if let Some((bare, tag)) = person.name.trim_end().strip_suffix(')').and_then(|n| n.rsplit_once(" (")) {
        if person.role.is_none() {
            person.role = people::role_from_title(tag).map(str::to_owned);
        }
        person.name = bare.trim().to_owned();
    }
    if person.name.chars().all(|c| c.is_lowercase() || matches!(c, ' ' | '-' | '\'')) {
        person.name = super::folder::capitalised(&person.name);
    }
    person.title = person.title.take().and_then(|t| {
        let t = t.split(" — ").next().unwrap_or_default().trim().to_owned();
        let guess = t.contains('?') || ["not sure", "unclear", "wasn't clear", "maybe "].iter().any(|w| t.contains(w));
        (!guess && !t.is_empty()).then_some(t)
    });
}
