//! Reading the body: `Key: value` lines and `**Label:**` fields (looked up in `keys`, else read
//! as the heading of that name), and the sections under headings, whose items, paragraphs and
//! tables become people, highlights, clarifications and next steps. What a heading means is
//! `sections`'s; what a person's line says, `people`'s; the front matter, `front_matter`'s.

use super::keys::{self, Field};
use super::people;
use super::sections::{self, SectionKind};
use super::{Context, parse_date};
use crate::diagnostic::Position;
use crate::model::{Highlight, Kind, Note, Person};
use crate::pipeline::parse::body::{Body, Field as BodyField, Section, Table, strip_wikilinks};

impl Context<'_> {
    /// Inline fields in the body fill in what the front matter left out.
    pub(super) fn fields(&mut self, note: &mut Note, people: &mut Vec<Person>, body: &Body) {
        for field in &body.fields {
            let value = field.value.trim();
            if crate::text::placeholder::unfilled(value) {
                self.template = true;
                continue;
            }
            if value.is_empty() {
                continue;
            }
            let k = sections::normalize(&field.key);
            let slot = match keys::body(&k) {
                Some(Field::Company) => Some(("company", note.company.is_none())),
                Some(Field::Position) => Some(("position", note.position.is_none())),
                Some(Field::Date) => Some(("date", note.date.is_none() && parse_date(value).is_some())),
                // (Set 64, Roam: `Round:: just this one? — "maybe a short follow-up call…"`: the
                // writer wondering is no stage.)
                Some(Field::Stage) if unsure_stage(value) => continue,
                Some(Field::Stage) => {
                    Some(("stage", note.stage.as_deref().is_none_or(|s| generic_stage(s) && names_a_stage(value))))
                }
                _ => None,
            };
            if let Some((name, true)) = slot {
                note.sources.insert(name.to_owned(), format!("the `{}:` line", field.key.trim()));
            }
            match keys::body(&k) {
                Some(Field::Company) if note.company.is_none() => {
                    let company = without_place(value);
                    note.company = Some(company.to_owned());
                    // (Set 59: `OPP: Gulfbridge Software — Regional Sales Director, KSA & UAE`: the
                    // job after the dash, when it names one.)
                    let after = value[company.len()..].trim_start_matches([' ', '-', '–', '—']);
                    let deal = ["opp", "opportunity"].contains(&k.as_str());
                    if deal && note.position.is_none() && after.split_whitespace().any(people::is_title_word) {
                        note.position = Some(after.to_owned());
                        note.sources.insert("position".to_owned(), format!("the `{}:` line", field.key.trim()));
                    }
                }
                Some(Field::Position) if note.position.is_none() => {
                    let (position, company) = split_at_company(first_sentence(value));
                    note.position = Some(without_reference(&position).to_owned());
                    if note.company.is_none() {
                        note.company = company;
                    }
                }
                Some(Field::Application) => {
                    let (position, company) = split_at_company(strip_id(value));
                    if company.is_some() {
                        note.position.get_or_insert(position);
                        if note.company.is_none() {
                            note.company = company;
                        }
                    }
                }
                Some(Field::Date) if note.date.is_none() => {
                    match parse_date(value).or_else(|| super::dates::numeric_date_as_written(value, self.text)) {
                        Some(d) => {
                            note.date = Some(d);
                            note.date_line = field.pos.line;
                        }
                        None => self.warn(
                            field.pos,
                            format!("cannot read a date from `{value}`"),
                            &super::dates::date_help(value),
                        ),
                    }
                }
                // (Set 47, Logseq: `type:: [[interview]]` over `round:: final`: the one that says
                // which.)
                Some(Field::Stage)
                    if note.stage.as_deref().is_none_or(|s| generic_stage(s) && names_a_stage(value)) =>
                {
                    note.stage = Some(first_sentence(value).to_owned());
                }
                Some(Field::Format) if note.format.is_none() => note.format = Some(value.to_owned()),
                // (Set 60, a post-mortem's `**Status:** Resolved — passed to round 3`: the
                // incident's status, whose words may say the outcome; only those are the note's.)
                Some(Field::Status) if note.status.is_none() => {
                    let plain = ["advanced", "offer", "rejected", "waiting", "applied", "withdrawn"]
                        .iter()
                        .any(|s| value.trim().eq_ignore_ascii_case(s));
                    note.status = if plain || !value.contains(' ') {
                        Some(value.to_owned())
                    } else {
                        super::timeline::outcome_in(value, &[]).map(str::to_owned)
                    };
                }
                // `Recruiter: Jamie Okafor`, `referrer:: [[Hana Okoro]]`: one who helped, in that role.
                Some(Field::Helpers(role)) => {
                    for mut person in field_people(value, SectionKind::Helpers, field.pos.line) {
                        // (The key's role outranks one read from what they did.)
                        if person.role.is_none() || (role.is_some() && person.role.as_deref() == Some("coordinator")) {
                            person.role = role.map(str::to_owned);
                        }
                        people.push(self.vetted(person, field.pos.column));
                    }
                }
                // Filled already: the front matter, or an earlier line, wins.
                Some(_) => {}
                // (Set 44: `with:: [[Denise Hollins]] (HR generalist)` beside `referred-by:: [[Big
                // Mike]]`: an Obsidian field is a property, read by what its key means as a
                // front-matter key is.)
                None if !field.plain && keys::front_matter_by_meaning(&k) == Some(Field::Interviewers) => {
                    for person in field_people(value, SectionKind::People, field.pos.line) {
                        people.push(self.vetted(person, field.pos.column));
                    }
                }
                None => self.section_field(note, people, field, value),
            }
        }
    }

    /// A `Key: value` line whose key names a section (`Who I met: …`, `Wins: …`), not a field.
    fn section_field(&mut self, note: &mut Note, people: &mut Vec<Person>, field: &BodyField, value: &str) {
        // (Set 72, a solicitor's attendance note: `| **Attending** | Declan Hallissey (Partner, …);
        // Sinéad O'Brien (Senior Associate) |`, those met; not set 51's `**Attending:** Charlotte
        // Ashworth (CA)`, the writer, by her initials.)
        let attending = sections::normalize(&field.key) == "attending" && value.contains(';');
        let kind = if attending { Some(SectionKind::People) } else { sections::classify(&field.key) };
        match kind {
            Some(kind @ (SectionKind::People | SectionKind::Helpers)) => {
                for person in field_people(value, kind, field.pos.line) {
                    people.push(self.vetted(person, field.pos.column));
                }
            }
            // A plain line is taken only for what it names plainly: a "Wins: …" line in
            // prose is more likely a sentence than a field.
            Some(SectionKind::Highlights) if !field.plain => {
                note.highlights.push(Highlight { text: value.to_owned(), about: Vec::new(), line: field.pos.line })
            }
            // (`Promised Jerome: nothing, but he mentioned…`: nothing promised.)
            Some(SectionKind::Clarify) if !field.plain && !says_none(value) => {
                note.clarifications.push(value.to_owned())
            }
            _ => {}
        }
    }

    pub(super) fn sections(&mut self, note: &mut Note, people: &mut Vec<Person>, body: &Body) {
        let mut stack: Vec<(u8, Option<SectionKind>)> = Vec::new();
        for section in &body.sections {
            while stack.last().is_some_and(|(level, _)| *level >= section.level && section.level > 0) {
                stack.pop();
            }
            let inherited = stack.last().and_then(|(_, kind)| *kind);
            // (`> [!tip] self` under `## Promised`: written for oneself, whatever it is under.)
            let kind = sections::kind_under(&section.heading, inherited)
                .filter(|_| !super::prose::is_private(&section.heading));
            // (`**Rick Salazar** – Station Manager` over his list, under `## People`: he is one
            // met, and the list under him is about him.)
            if let Some(k @ (SectionKind::People | SectionKind::Helpers)) = inherited {
                let met = super::loose::people_heading(&section.heading);
                if sections::classify(&section.heading).is_none() && !met.is_empty() {
                    for person in met {
                        people.push(self.vetted(people::from_body(person, listed_as(k), section.line), 1));
                    }
                    stack.push((section.level, None));
                    continue;
                }
            }
            stack.push((section.level, kind));
            match kind {
                Some(k @ (SectionKind::People | SectionKind::Helpers)) => self.section_people(people, section, k),
                Some(SectionKind::Highlights) => {
                    let highlights = entries_at(section, false).into_iter();
                    note.highlights.extend(highlights.map(|(text, line)| Highlight { text, about: Vec::new(), line }));
                }
                // Under `Forgot to mention:`, `my Braze migration` is a thing not mentioned; under
                // `Promised:`, `references to Carla by Fri` is a thing to send.
                // Under `Didn't ask / should have`, `whether they cross-train into micro` is a
                // question not asked.
                Some(SectionKind::Clarify) if sections::names_the_unasked(&section.heading) => {
                    note.clarifications.extend(entries(section).map(unasked));
                }
                Some(SectionKind::Clarify) if sections::names_the_unsaid(&section.heading) => {
                    note.clarifications.extend(entries(section).map(unsaid));
                }
                Some(SectionKind::Clarify) if sections::names_promises(&section.heading) => {
                    // (`Promised Jerome: nothing, but…`: nothing promised.)
                    let something = |e: &String| !e.split_once(": ").is_some_and(|(_, v)| says_none(v));
                    // (Set 67: `referees → Kath by Wed 2 Dec` over `✅ sent Tue 1 Dec (…)`: kept.)
                    let kept = |e: &String| {
                        ["✅", "✔", "☑"].iter().any(|t| e.contains(t)) && !e.contains('☐') && !e.contains("not ")
                    };
                    note.clarifications.extend(entries(section).filter(something).filter(|e| !kept(e)).map(promised));
                }
                Some(SectionKind::Clarify) => note.clarifications.extend(entries(section)),
                Some(SectionKind::NextSteps) => note.next_steps.extend(entries(section)),
                // A table of people under any heading: `| Name | Title | … |` says what it is.
                None => {
                    for table in section.tables.iter().filter(|t| lists_people(t)) {
                        for person in table_people(table, SectionKind::People) {
                            people.push(self.vetted(person, 1));
                        }
                        if note.position.is_none() {
                            note.position = job_of_every_row(table);
                            if note.position.is_some() {
                                note.sources
                                    .insert("position".to_owned(), "a column of the table of people".to_owned());
                            }
                        }
                    }
                }
            }
        }
    }

    fn section_people(&mut self, people: &mut Vec<Person>, section: &Section, kind: SectionKind) {
        // (Set 65, AsciiDoc read as Markdown: `### Dr Aoife Kearney` under `## Panel`, over `-
        // QC Microbiology Manager — would be my manager's manager?` and `- Ran the competency
        // Qs`: a part of the panel named by one person, whose items say what they are and did.)
        if sections::classify(&section.heading).is_none() {
            let named = people::parse_listed(&section.heading)
                .filter(|p| p.title.is_none() && p.name.contains(' ') && people::looks_like_name(&p.name));
            if let Some(mut p) = named {
                p.title = section.items.iter().filter(|i| i.parent.is_none()).take(1).find_map(|i| {
                    let first = &i.text[..i.first_line];
                    let job = [" — ", " – ", " - ", " / ", ", ", ". "]
                        .iter()
                        .fold(first, |t, sep| t.split(sep).next().unwrap_or(t))
                        .trim()
                        .trim_end_matches('.');
                    people::is_a_job(job).then(|| job.to_owned())
                });
                people.push(self.vetted(people::from_body(p, listed_as(kind), section.line), 1));
                return;
            }
        }
        // Written without a list, one person a line: a paragraph counts when every line of it
        // reads as a person (a sentence about the panel does not).
        // (Set 43: `Mr Royce (Daniel Royce, Head), Kwame, and a governor, Mrs Hibbert (Anne Hibbert –
        // chairs the curriculum committee…). About 40 mins.`: a line of several, each with their
        // name or job in brackets, whatever else the section holds.)
        // (Set 52, an org drawer under `* Panel + presentation`: `Company: Maplewood Credit Union`,
        // `Role: Manager, Member Analytics`, the note's own fields; set 63, a Google Doc's
        // `## **1. Logistics**` over `Role: Senior Policy Advisor, Climate Adaptation (Adaptation
        // Policy team) – … Round 1 of 3 (panel → …)`.)
        let fields = |paragraph: &&crate::pipeline::parse::body::Paragraph| {
            paragraph
                .lines()
                .iter()
                .all(|l| l.split_once(": ").is_some_and(|(k, _)| keys::body(&sections::normalize(k)).is_some()))
        };
        let mut several_at = Vec::new();
        for paragraph in section
            .paragraphs
            .iter()
            .filter(|p| p.lines().len() == 1 && p.text.matches(" (").count() >= 2)
            .filter(|p| !fields(p))
        {
            let found = field_people(&paragraph.text, kind, paragraph.line);
            if found.len() >= 2 {
                several_at.push(paragraph.line);
                for person in found {
                    people.push(self.vetted(person, 1));
                }
            }
        }
        if section.items.is_empty() {
            for paragraph in section.paragraphs.iter().filter(|p| !several_at.contains(&p.line)) {
                if fields(&paragraph) {
                    continue;
                }
                // (A label over the people is none of them: `ALSO (by phone, before and after
                // only):` over `DANA LOFGREN, Recruiter, Calder Legal Staffing`.)
                // (What a paragraph's first line is indented by, as typed: set 70's transcript wraps
                // each person's line onto lines indented deeper, `WILL BAKER, … Card:` over
                // `     wbaker@hargrovepell.com — "shoot me an email."`.)
                let typed: Vec<&str> = self.text.lines().skip(paragraph.line.saturating_sub(1)).collect();
                let indents: Vec<usize> = typed.iter().map(|l| l.len() - l.trim_start().len()).collect();
                let joined = bracketed_lines_joined(paragraph.lines(), &indents);
                // (Set 70: `NOT PRESENT, but relevant:` over `MARCUS BELL — old co-worker …, walked my
                // résumé to Luis`, `NOT PRESENT: Alan Strauss — "in trial in Rockford all week"`: those
                // not there are met only if they helped, as a referrer does.)
                let away_label = joined.iter().any(|(l, _)| l.trim_end().ends_with(':') && super::did::says_away(l));
                let lines: Vec<(String, usize)> = joined
                    .into_iter()
                    .filter(|(l, _)| !l.trim_end().ends_with(':'))
                    .filter_map(|(l, at)| {
                        let (away, rest) = match l.split_once(':') {
                            Some((label, rest))
                                if super::did::says_away(label) && label.split_whitespace().count() <= 4 =>
                            {
                                (true, rest.trim_start().to_owned())
                            }
                            // (`ALSO: LORRAINE at the 38th-floor reception desk — found me …`.)
                            Some((label, rest)) if ["also", "plus"].contains(&label.trim().to_lowercase().as_str()) => {
                                (away_label, rest.trim_start().to_owned())
                            }
                            _ => (away_label, l),
                        };
                        match (away, referred(&rest)) {
                            (false, _) => Some((rest, at)),
                            (true, true) => Some((format!("Referral: {rest}"), at)),
                            (true, false) => None,
                        }
                    })
                    .collect();
                if lines.is_empty() {
                    continue;
                }
                let found: Vec<_> = lines.iter().map(|(l, _)| people::parse_listed(l)).collect();
                if found.iter().all(Option::is_some) {
                    for ((_, at), p) in lines.iter().zip(found.into_iter().flatten()) {
                        people.push(self.vetted(people::from_body(p, listed_as(kind), paragraph.line + at), 1));
                    }
                    continue;
                }
                // (`who was there:` over `rafa - sous at elm st, leaving in jan`, `luis (GM) stopped
                // by the pass a couple times`: a hurried line a person, in lower case, with
                // what they do after a dash or in brackets.)
                let hurried: Vec<_> = lines.iter().map(|(l, _)| super::loose::hurried_line_person(l)).collect();
                if hurried.iter().filter(|p| p.is_some()).count() * 2 > hurried.len() {
                    for ((_, at), p) in lines.iter().zip(hurried) {
                        if let Some(p) = p {
                            people.push(self.vetted(people::from_body(p, listed_as(kind), paragraph.line + at), 1));
                        }
                    }
                }
            }
        }
        // What an outline nests under a person (`- Ilse Varga, Staff Engineer` over `- she liked…`)
        // is about them, not another person: `prose` reads it.
        let lines: std::collections::HashSet<usize> = section.items.iter().map(|i| i.line).collect();
        // Lists after the section's first paragraph of prose are notes of the interview
        // (`- Weak: asked about backups…`), not more people: `prose` reads them.
        // (But a paragraph that introduces the list, `Three people at a long table, each took a
        // turn reading questions.` over `- **Joanne Pettit** — Communications Training Officer`,
        // leaves the list its people: it opens the section, and each of the list's lines up to
        // the next paragraph reads as a person.)
        let opens = section.items.first().map_or(0, |i| i.line);
        let introduces = |p: &crate::pipeline::parse::body::Paragraph| {
            if p.line > opens {
                return false;
            }
            let until = section.paragraphs.iter().map(|q| q.line).filter(|&l| l > p.line).min().unwrap_or(usize::MAX);
            let list: Vec<&str> = section
                .items
                .iter()
                .filter(|i| i.parent.is_none() && i.line > p.line && i.line < until)
                .map(|i| &i.text[..i.first_line])
                .collect();
            // (Set 52: `Panel of 3 (+1 on Zoom):` right over the list names it, whatever else the
            // list says of the bench, `HR person (Bev?) took notes`.)
            let colon = p.text.trim_end().ends_with(':');
            !list.is_empty() && (colon || list.iter().all(|l| people::parse_listed(l).is_some()))
        };
        let prose_from = section
            .paragraphs
            .iter()
            .filter(|p| !p.lines().iter().all(|l| people::parse_listed(l).is_some()) && !introduces(p))
            .map(|p| p.line)
            .min()
            .unwrap_or(usize::MAX);
        for item in
            section.items.iter().filter(|i| !i.parent.is_some_and(|p| lines.contains(&p)) && i.line < prose_from)
        {
            let raw = self.text.lines().nth(item.line.wrapping_sub(1)).unwrap_or("");
            // (A line run on into the item is not part of the person: `- Hye-jin Park — Objects
            // Conservator⏎No emails for any of them, only names.`)
            // (But an address on the next line is theirs.)
            let first =
                if item.text[item.first_line..].contains('@') { &item.text } else { &item.text[..item.first_line] };
            // (`- Lunch: **Hannah Cole** (2nd yr)`: the label is the writer's.)
            let text = match people::label_over_marked_name(raw).map(str::trim_end) {
                Some(label) => first.strip_prefix(label).map_or(first, str::trim_start),
                None => first,
            };
            // (Set 66: `**Ms. Fitzgerald** – no!! **Orla Fitzpatrick**, Regional Director`, and set 65's
            // `**Pani from HR** – Shivon?? no – **Siobhán Kavanagh**, HR Business Partner`: the
            // name the writer corrects on the line is the one after the "no".)
            let text = corrected_on_the_line(text).unwrap_or(text);
            // (Set 71, a recipe card's `1 × **Ravi Pillai** — Executive Chef`: a count is no part
            // of the person.)
            let uncounted = counted(text);
            // (`2 × flat whites — made by **Tahnee**`, `1 × printed folio`: counted things.)
            if uncounted != text && !uncounted.starts_with(|c: char| c.is_uppercase() || c == '*' || c == '[') {
                continue;
            }
            // (`1 × KP, **Tevita** — showed me where everything lived`: what comes before the name
            // the writer marked is what they do, not who they are.)
            let marked = counted(raw.trim_start().trim_start_matches(['-', '*', '+']).trim_start());
            let label = marked.find("**").filter(|&at| at > 0 && uncounted != text).map(|at| marked[..at].trim());
            let text = match label {
                Some(label) => uncounted.strip_prefix(label).map_or(uncounted, str::trim_start),
                None => uncounted,
            };
            // (`[[Priya Anand]] + [[Tomasz Wierzbicki]] — practical exercise`: two met together.)
            if let Some(both) = people::met_together(text) {
                for p in both {
                    people.push(self.vetted(people::from_body(p, listed_as(kind), item.line), 1));
                }
                continue;
            }
            // (Set 65: `- **Chase Whitaker** — Regional Sales Director, Central. Hiring mgr. Sent me
            // the Zoom invite himself from cwhitaker@corrugo.com…`: the person is the line's first
            // sentence, and the address theirs; the hiring manager had been left out.)
            let first_sentence = || {
                let (head, _) = text.split_once(". ")?;
                let dashed = [" — ", " – ", " - "].iter().any(|d| head.contains(d));
                let mut p = people::parse_listed(head).filter(|_| dashed)?;
                p.email = p.email.or_else(|| super::prose::address_of(text, &p.name));
                Some(p)
            };
            match people::parse_listed(text).or_else(|| people::listed_as_present(text)).or_else(first_sentence) {
                Some(mut p) => {
                    // The body's text keeps an aliased wikilink's alias; the line has the page.
                    if let Some(full) = people::aliased(&p.name, raw) {
                        p.name = full;
                    }
                    // (`- **Bridget O'Shea** — HR Coordinator` over `  - bridget.oshea@…`: their
                    // address, nested under them.)
                    if p.email.is_none() {
                        let nested = section.items.iter().filter(|c| c.parent == Some(item.line));
                        p.email = nested.into_iter().find_map(|c| super::prose::address_of(&c.text, &p.name));
                    }
                    // (Set 67: `(x) "M. de Haan (Finance)" was on the invite but never joined. …
                    // Did NOT meet.`: one the item says was not met gets no thanks.)
                    if !super::did::says_not_met(&item.text) {
                        people.push(self.vetted(people::from_body(p, listed_as(kind), item.line), 1))
                    }
                }
                // (`- Sunita asked about stakeholder mtgs. told the story…` under `Panel (Grant +
                // Sunita + Owen on screen)`: a sentence about the meeting, which `prose` reads, is
                // no name written wrong.)
                None if item.text.split_whitespace().count() > 8 || item.text.contains(". ") => {}
                // (Set 57: `(lunch break, not an interview)`: an aside in brackets names no one.)
                None if item.text.trim_start().starts_with('(') && item.text.trim_end().ends_with(')') => {}
                None => self.warn(
                    Position { line: item.line, column: 1 },
                    format!("cannot read a name from `{}` under `{}`", item.text, section.heading),
                    "write people as `Name, Title`, such as `Ana Souza, CTO`",
                ),
            }
        }
        for table in &section.tables {
            for person in table_people(table, kind) {
                people.push(self.vetted(person, 1));
            }
        }
    }

    /// `person` with their email address checked (`Context::email`), found on their line from
    /// `column` on.
    pub(super) fn vetted(&mut self, mut person: Person, column: usize) -> Person {
        let at = Position { line: person.line, column };
        person.email = person.email.take().and_then(|e| self.email(e, at));
        person
    }
}

/// A line without the count a recipe's ingredient opens with (`1 × `, `2 x `).
fn counted(line: &str) -> &str {
    let digits = line.find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
    let rest = line[digits..].trim_start();
    match rest.strip_prefix('×').or_else(|| rest.strip_prefix("x ")) {
        Some(after) if digits > 0 => after.trim_start(),
        _ => line,
    }
}

/// True for a line that says its person passed the writer on to the company (`walked my résumé to
/// Luis`, `referred me`, `put my name forward`).
fn referred(line: &str) -> bool {
    let lower = line.to_lowercase();
    ["résumé to", "resume to", "cv to", "referred me", "referral", "put my name", "passed my", "recommended me"]
        .iter()
        .any(|w| lower.contains(w))
}

/// A paragraph's lines, each with those it wraps onto while a bracket is open or that are typed
/// deeper than its first (`indents`, as typed: `ALAN STRAUSS, Partner, …` over `     (joined
/// approx. 10:35, left 11:10; no card)`) (set 70, a transcript's `BERNADETTE "BERNIE" FLOOD, Office Manager (runs the place,`
/// over `everybody says so, including Luis)`: one person, not two), and the offset of the line
/// it opens on.
fn bracketed_lines_joined(lines: Vec<String>, indents: &[usize]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    let mut open = 0_i32;
    let first = indents.first().copied().unwrap_or(0);
    for (i, line) in lines.into_iter().enumerate() {
        // (A line typed deeper than the paragraph's first goes on with the one before.)
        let deeper = indents.get(i).is_some_and(|&at| at > first);
        let depth = |t: &str| t.matches('(').count() as i32 - t.matches(')').count() as i32;
        match out.last_mut().filter(|_| open > 0 || deeper) {
            Some((joined, _)) => {
                joined.push(' ');
                joined.push_str(line.trim());
            }
            None => out.push((line.clone(), i)),
        }
        open = (open + depth(&line)).max(0);
    }
    out
}

/// What a section lists: its items, or when it has none, each of its paragraphs (one entry per
/// line when every line ends a sentence, as notes typed one point a line do).
fn entries(section: &Section) -> impl Iterator<Item = String> {
    entries_at(section, true).into_iter().map(|(text, _)| text)
}

/// Like `entries`, each with the line it starts on; with `nested_go_on`, what is nested under an
/// entry is part of it (a highlight's nested lines stay points of their own, each about whom it
/// names).
fn entries_at(section: &Section, nested_go_on: bool) -> Vec<(String, usize)> {
    if !section.items.is_empty() {
        // (Set 46: `<aside>⚠️ **Start date.** … I said "January". That is wrong – … So realistic
        // start is **Mon 3 May 2027** …</aside>` over the list: a paragraph beside the items that
        // says what was said and what is true is one more; an introduction is not.)
        let corrections = section
            .paragraphs
            .iter()
            .map(|p| (p.lines().join(" "), p.line))
            .filter(|(t, _)| super::prose::said_and_truth(t).is_some());
        // (Set 67, a mind map: `forgot to mention the 2-day GMP refresher … I did in Aug` over
        // `→ tell Marcus`, `endotoxin – told Marcus it's gel clot only ✔ FIXED in person` over `he
        // said "appreciate the honesty"`: what is nested under a thing to set straight goes on
        // with it, unless the point is a label over a list, `Marcus:`.)
        let label = |t: &str| t.trim_end().ends_with(':') || t.split_whitespace().count() <= 2;
        let mut joined: Vec<(String, usize)> = Vec::new();
        for item in &section.items {
            let parent = item.parent.and_then(|p| joined.iter().position(|(_, line)| *line == p));
            match parent.filter(|&at| nested_go_on && !label(&joined[at].0)) {
                Some(at) => {
                    let child = item.text.trim();
                    let glue = if child.starts_with(['→', '-']) || joined[at].0.ends_with(['—', '–']) {
                        " "
                    } else {
                        " — "
                    };
                    joined[at].0 = format!("{}{glue}{child}", joined[at].0.trim_end());
                }
                None => joined.push((item.text.clone(), item.line)),
            }
        }
        let items = joined.into_iter().filter(|(t, _)| !says_nothing(t));
        let mut out: Vec<(String, usize)> = corrections.chain(items).collect();
        out.sort_by_key(|(_, line)| *line);
        return out;
    }
    section
        .paragraphs
        .iter()
        .flat_map(|p| {
            let lines = p.lines();
            // (Set 61: a Google Doc saved as plain text, a paragraph a line, `Rafael really liked
            // the dbt incremental story…` over `He laughed when I said…` over `Ju and I clicked,
            // nossa.`: three lines or more, each opening with a capital, are a point each.)
            let capitals = |l: &String| l.starts_with(|c: char| c.is_uppercase());
            let one_a_line = lines.len() > 1 && lines.iter().all(|l| l.ends_with(['.', '!', '?']))
                || lines.len() >= 3 && lines.iter().all(capitals);
            if one_a_line {
                // Blank lines inside a paragraph are not kept, so its lines follow one another.
                // (A line that opens with a pronoun, `He laughed when I said…` under `Rafael
                // really liked…`, goes on about the one the line before named: one point.)
                let mut points: Vec<(String, usize)> = Vec::new();
                for (i, l) in lines.into_iter().enumerate() {
                    let first = l.split_whitespace().next().unwrap_or_default();
                    match points.last_mut() {
                        Some((point, _)) if ["He", "She", "They", "His", "Her"].contains(&first) => {
                            point.push(' ');
                            point.push_str(&l);
                        }
                        _ => points.push((l, p.line + i)),
                    }
                }
                points
            } else {
                vec![(lines.join(" "), p.line)]
            }
        })
        .filter(|(t, _)| !says_nothing(t))
        .collect()
}

/// A line under a heading of things not mentioned, as a thing not mentioned: `my Braze
/// migration` is "forgot to mention my Braze migration"; a line with its own verb (`didn't ask
/// about remote days`, `said I could start Dec 1`) stays as it is.
fn unsaid(item: String) -> String {
    const OWN_VERB: &[&str] = &[
        "said",
        "told",
        "claimed",
        "got",
        "mixed",
        "messed",
        "blanked",
        "misspoke",
        "explained",
        "gave",
        "rambled",
        "fumbled",
        "forgot",
        "never",
        "didn't",
        "didnt",
        "did",
        "should",
        "could",
        "i",
        "asked",
        "wasn't",
        "was",
        "need",
        "no",
        "not",
        "send",
        "ask",
        "mention",
        "mentioned",
        // (`Promised Lorna the three-year donor retention breakdown`: a promise, as written.)
        "promised",
        "owe",
        "tell",
    ];
    // `The migration` is `the migration`; `SMS compliance`, `Klaviyo` keep their capitals.
    const COMMON: &[&str] = &["the", "my", "our", "a", "an", "that", "this", "how", "some"];
    let first = item.split_whitespace().next().unwrap_or_default().to_lowercase().replace('’', "'");
    // (`Note to self: read up on AWWA…`, `Told Gwendolyn I'd send…`: a line of its own kind.)
    // (`Theo's question about Portuguese-speaking families — I didn't really address it`: a
    // question of theirs, not a thing of the writer's to mention.)
    let lower = item.to_lowercase().replace('’', "'");
    let own_kind = ["note to self", "self:", "private", "todo", "to do"].iter().any(|p| lower.starts_with(p))
        || lower.split_whitespace().take(3).any(|w| w == "question" || w == "questions");
    if OWN_VERB.contains(&first.as_str()) || own_kind {
        item
    } else if COMMON.contains(&first.as_str()) {
        format!("forgot to mention {}", crate::text::words::with_first_lower(&item))
    } else {
        format!("forgot to mention {item}")
    }
}

/// A line under a heading of questions not asked, as one: `whether they cross-train into micro`
/// is "forgot to ask whether they cross-train into micro", `staffing ratio on evenings — how
/// many MLS on at once` "forgot to ask about staffing ratio on evenings"; a line with its own verb
/// stays as it is.
fn unasked(item: String) -> String {
    let lower = item.to_lowercase().replace('’', "'");
    let first = lower.split_whitespace().next().unwrap_or_default();
    if ["forgot", "didn't", "didnt", "never", "should", "i", "ask", "asked", "need"].contains(&first) {
        return item;
    }
    // (`sign-on bonus? heard they have one for evening shift`: after the question, the writer's.)
    let asked = item.split(['?', '—', '–']).next().unwrap_or(&item).trim().trim_end_matches([',', '.']);
    let direct = ["whether", "if", "how", "what", "when", "why", "who", "which"].contains(&first);
    match direct {
        true => format!("forgot to ask {asked}"),
        false => format!("forgot to ask about {}", crate::text::words::with_first_lower(asked)),
    }
}

/// A line under a heading of things promised, as a promise: `references to Carla by Fri` is
/// "send references to Carla by Fri", `Jun: the AAC parent handout` "send Jun the AAC parent
/// handout"; a line with its own verb stays as it is.
fn promised(item: String) -> String {
    const VERB: &[&str] =
        &["send", "share", "email", "forward", "i", "promised", "get", "follow", "intro", "reply", "ask", "text"];
    // (Under `corrections / things I owe`, a line with a verb of its own is what it says:
    // `Told Alison our top titer was 3.2 g/L…`, `Forgot to mention…`, `Bryce needs my receipts`.)
    const OWN: &[&str] = &[
        "told",
        "said",
        "forgot",
        "mentioned",
        "misspoke",
        "gave",
        "quoted",
        "stated",
        "mixed",
        "didn't",
        "never",
        "need",
        "should",
        "must",
        "owe",
        "will",
        "want",
    ];
    const THEIRS: &[&str] = &["needs", "wants", "asked", "wanted", "said", "expects"];
    // (`did Dana get the certs? …`: a question for oneself; `thank-you to Lin, Marcus`: the
    // thanks themselves, which the draft writes.)
    const NOT_A_THING: &[&str] =
        &["did", "does", "do", "is", "are", "was", "thank-you", "thank-yous", "thanks", "thank"];
    let mut words = item.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    // (`Dr. Mendez asked for a sample progress report`: the title and the name are the subject.)
    let titled = super::people::is_abbreviated_honorific(item.split_whitespace().next().unwrap_or_default());
    let second = if titled { words.nth(1) } else { words.next() }.unwrap_or_default();
    if VERB.contains(&first.as_str())
        || NOT_A_THING.contains(&first.as_str())
        || OWN.contains(&first.as_str())
        || first.ends_with("ed")
        || THEIRS.contains(&second.as_str())
    {
        return item;
    }
    // `Read & Skate one-pager → Keisha, by Wed`: the thing, then whom it goes to.
    if let Some((thing, to)) = item.split_once(" → ").or_else(|| item.split_once(" -> ")) {
        let name = to.split([',', ' ']).next().unwrap_or_default();
        if name.starts_with(char::is_uppercase) && name.chars().all(char::is_alphabetic) {
            let thing = thing.trim();
            // (A thing named with its capital keeps it: `Read & Skate one-pager`.)
            let thing = if thing.split(' ').next().is_some_and(|w| {
                // (A word may open with a dash of three bytes: `– NDA doc → Ama`.)
                w.chars().skip(1).any(char::is_uppercase)
                    || w.chars().next().is_some_and(char::is_uppercase) && thing.contains(" & ")
            }) {
                thing.to_owned()
            } else {
                crate::text::words::with_first_lower(thing)
            };
            return format!("send {name} the {thing}");
        }
    }
    let to = item
        .split_once(": ")
        .filter(|(name, _)| name.split_whitespace().count() <= 2 && name.starts_with(char::is_uppercase));
    match to {
        // (`Greg: send the article on EPS panel losses`: the verb once.)
        Some((name, thing)) => {
            let thing = ["send ", "Send "].iter().find_map(|v| thing.strip_prefix(v)).unwrap_or(thing);
            format!("send {name} {thing}")
        }
        None => format!("send {}", crate::text::words::with_first_lower(&item)),
    }
}

/// True for an entry that says there is nothing to list: `None`, `N/A`, `Nothing open right now.`
fn says_nothing(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', '!']).to_lowercase();
    // `Related: [[Job search 2026]], [[Teaching demo prep]]`: a note-taking app's links, not a line.
    let metadata = ["related:", "tags:", "see also:", "links:", "up:", "parent:", "source:", "aliases:"];
    ["none", "nothing", "n/a", "na", "nil", "-", "—", "tbd", "todo", "..."].contains(&t.as_str())
        || metadata.iter().any(|m| t.starts_with(m))
        // (`#lateral-2026 #followup`: a line of tags.)
        || (!t.is_empty() && t.split_whitespace().all(|w| w.len() > 1 && w.starts_with('#')))
        || t.starts_with("nothing ")
        || t.starts_with("none ")
        || t.starts_with("none,")
}

/// The people a field lists: `Ana Souza; Ben Okafor - Staff Engineer`, with titles in
/// parentheses, `Jane Doe (Engineering Manager), Raj Patel (Staff Engineer)`, or names alone,
/// `Jane Doe, Raj Patel`. Otherwise the value is one person (`Raj Mehta, VP, Operations`: after
/// the first comma, the title).
pub(super) fn field_people(value: &str, kind: SectionKind, line: usize) -> Vec<Person> {
    // `Inés Castellano (ines@…). She sent the agenda`: the people end with the first sentence.
    let value = value.split_once("). ").map_or(value, |(people, _)| &value[..people.len() + 1]);
    // (`Keisha Lamb, HR Analyst, City Personnel Dept — read the rules, timed every answer`: what
    // they did ends them.)
    // (Not inside brackets, set 59: `David Otieno (Partner, Public Sector & Dev — ran the case);
    // Njeri Mwangi (Principal — fit interview)`.)
    let outside = |at: usize| value[..at].matches('(').count() <= value[..at].matches(')').count();
    let deed = [" — ", " – ", " - "].iter().find_map(|dash| {
        value
            .match_indices(dash)
            .map(|(at, _)| at)
            .find(|&at| outside(at) && value[at + dash.len()..].split(' ').next().is_some_and(people::is_deed))
    });
    // (`Rosa Delgado, site admin — emailed the parking pass`: what they did says you have written.)
    let wrote = deed.is_some_and(|at| {
        !value[..at].contains('\n') && value[at..].split([',', '\n']).next().is_some_and(|d| d.contains("emailed"))
    });
    let value = deed.map_or(value, |at| &value[..at]);
    let mut parts = Vec::new();
    for part in value.split(';') {
        // `[[Rebecca Anand-Holt|Becca]], [[Tomás Villanueva]]`: one person a link.
        if part.contains('(') || part.matches("[[").count() >= 2 {
            let mut depth = 0usize;
            let mut start = 0;
            for (i, c) in part.char_indices() {
                match c {
                    '(' | '[' => depth += 1,
                    ')' | ']' => depth = depth.saturating_sub(1),
                    // (Set 51: `Trish Kowalczyk (Exec Director …) + Dr Mehmet Aydin (…)`.)
                    ',' | '+' if depth == 0 => {
                        parts.push(&part[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            parts.push(&part[start..]);
        } else if people::names_alone(part) {
            parts.extend(part.split(','));
        } else {
            // (`…; and Rev. Carol Whitfield, who barely spoke`: the last of a list.)
            let part = part.trim_start();
            parts.push(part.strip_prefix("and ").unwrap_or(part));
        }
    }
    // `Elena Petrova, Staff ML Engineer (elena@…)`: a part that is a title, its brackets holding
    // no title of their own, belongs to the name before it.
    let mut merged: Vec<String> = Vec::new();
    for part in parts {
        let (main, aside) = part.split_once('(').unwrap_or((part, ""));
        let name_part = [" - ", " — ", " – "].iter().fold(main, |m, s| m.split(s).next().unwrap_or(m));
        // (`Colm Hennessy, Talent Acquisition Partner — did the phone screen`: a helper's title.)
        let titled = |t: &str| t.split_whitespace().any(people::is_title_word) || people::role_from_title(t).is_some();
        // `(hiring mgr)`, `(my boss)`: a tag on the title before it, not a title of its own.
        let tag = |t: &str| {
            let t = t.to_lowercase();
            t.contains("hiring") || t.contains("boss") || t.starts_with("hm") || t.starts_with("peer")
        };
        match merged.last_mut() {
            Some(last)
                if titled(name_part)
                    && (!titled(aside) || tag(aside))
                    && !last.contains('(')
                    && !last.contains(',') =>
            {
                last.push(',');
                last.push_str(part);
            }
            // `Carla Jimenez-Braddock, Sr. Director, People (HM)`: one word after a title is its team.
            Some(last) if last.contains(',') && !last.contains('(') && name_part.split_whitespace().count() == 1 => {
                last.push(',');
                last.push_str(part);
            }
            _ => merged.push(part.to_owned()),
        }
    }
    // `Thank-you: SENT`, `Recruiter: TBD`: a word of status, not someone.
    let status = |name: &str| {
        let word = !name.contains(' ');
        word && (name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
            || ["sent", "done", "yes", "no", "pending", "none", "unknown"].contains(&name.to_lowercase().as_str()))
    };
    merged
        .iter()
        .filter_map(|p| people::parse_listed(p))
        .filter(|p| !status(&p.name))
        // (`Keisha Morrow-Dunn (Metro reporter — sat in, asked 2 qs)`: the job ends at the dash.)
        .map(|p| people::PersonText {
            title: p
                .title
                .map(|t| t.split(" — ").next().unwrap_or_default().trim().to_owned())
                .filter(|t| !t.is_empty()),
            emailed: p.emailed || wrote,
            ..p
        })
        .map(|p| people::from_body(p, listed_as(kind), line))
        .collect()
}

/// True for a stage that says only that it was an interview (`interview`, `[[interview]]`).
fn generic_stage(stage: &str) -> bool {
    stage.trim_matches(['[', ']', ' ']).eq_ignore_ascii_case("interview")
}

/// True for a stage that says which (`final`), not only how far along (`2 of 3`, `1 (after
/// recruiter screen)`).
fn names_a_stage(value: &str) -> bool {
    !value.starts_with(|c: char| c.is_ascii_digit())
        && value.split_whitespace().any(|w| w.chars().all(char::is_alphabetic) && !["of", "round"].contains(&w))
}

/// How a heading lists people: as interviewers, or as people who helped.
fn listed_as(section: SectionKind) -> Kind {
    if section == SectionKind::Helpers { Kind::Helper } else { Kind::Interviewer }
}

/// True for a value that says there is nothing: `nothing, but…`, `none`, `n/a`.
/// (`nothing explicitly but I should send a short note…` still says something to send.)
fn says_none(value: &str) -> bool {
    let first = value.split([',', '.', ' ', ';']).next().unwrap_or_default().to_lowercase();
    let lower = value.to_lowercase();
    let but_will =
        ["should send", "will send", "need to send", "i'll send", "must send"].iter().any(|w| lower.contains(w));
    matches!(first.as_str(), "nothing" | "none" | "n/a" | "nope" | "no") && !but_will
}

/// True for a table with a column of names and one of their titles.
fn lists_people(table: &Table) -> bool {
    let has = |is: fn(&str) -> bool| table.header.iter().any(|h| is(&sections::normalize(h)));
    has(names_people) && (has(names_jobs) || has(names_a_panel))
}

/// True for a column header over people's names.
fn names_people(header: &str) -> bool {
    ["name", "who", "person", "interviewer", "full name", "people", "whom", "persona", "nombre"].contains(&header)
        || names_a_panel(header)
}

/// True for a column header over several people a cell, each with their job in brackets (set 48:
/// `| Round | Panel | What they asked | How it went |`, `Anand S. (SDET-III), Meghna Kulkarni
/// (Senior QA Engineer)`).
fn names_a_panel(header: &str) -> bool {
    ["panel", "interviewers", "panelists", "panellists", "interviewed by"].contains(&header)
}

/// The people a panel's cell lists: `Anand S. (SDET-III), Meghna Kulkarni (Senior QA Engineer)`,
/// split at the commas and "and"s outside brackets.
fn panel_cell(cell: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0_i32, 0);
    let bytes = cell.as_bytes();
    for (at, c) in cell.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | '&' | '+' | ';' if depth == 0 => {
                parts.push(cell[start..at].trim().to_owned());
                start = at + 1;
            }
            ' ' if depth == 0 && cell[at..].starts_with(" and ") && bytes.get(at + 5).is_some() => {
                parts.push(cell[start..at].trim().to_owned());
                start = at + 5;
            }
            _ => {}
        }
    }
    parts.push(cell[start..].trim().to_owned());
    parts.retain(|p| !p.is_empty());
    parts
}

/// True for a column header over what people do, by its words rather than a list of headers:
/// `Title`, `Job title`, `Role / team`, `Position`, `Designation`, `What they do` (set 43), `Does`,
/// `What`.
fn names_jobs(header: &str) -> bool {
    let words: Vec<&str> = header.split(' ').collect();
    // (Set 56: `||Name||Designation||Remarks||`, as Indian English says it.)
    words.iter().any(|w| ["title", "role", "position", "job", "does", "function", "designation"].contains(w))
        // (Set 44: `| who | what | notes |`, the what beside the who.)
        || header == "what"
        || header.starts_with("what they do")
        || header.starts_with("what she does")
        || header.starts_with("what he does")
}

/// People from a table with a name column and, optionally, title and email columns.
fn table_people(table: &Table, kind: SectionKind) -> Vec<Person> {
    let column = |is: fn(&str) -> bool| table.header.iter().position(|h| is(&sections::normalize(h)));
    let Some(name_col) = column(names_people) else { return Vec::new() };
    // (Set 52: `"Role","Stage","Name","Title"`: the job applied for, then each one's title.)
    let title_col = column(|h| h.split(' ').any(|w| w == "title")).or_else(|| column(names_jobs));
    let email_col = column(|h| ["email", "e mail", "mail"].contains(&h));
    let mut out = Vec::new();
    let panel = table.header.get(name_col).is_some_and(|h| names_a_panel(&sections::normalize(h)));
    for (cells, line) in &table.rows {
        let cell = |col: Option<usize>| {
            col.and_then(|c| cells.get(c)).map(|s| strip_wikilinks(s.trim())).filter(|s| !s.is_empty())
        };
        // (A panel's cell: each person in it, with the job in their brackets.)
        if panel {
            for part in panel_cell(&cell(Some(name_col)).unwrap_or_default()) {
                let Some(found) = people::parse(&part).filter(|p| people::looks_like_name(&p.name)) else { continue };
                out.push(people::from_body(found, listed_as(kind), *line));
            }
            continue;
        }
        // (Set 53, a day's schedule: `| 8:45 | Megan Ruiz — Executive Assistant to the CSO | … |`, each
        // one's job beside their name, and rows of no one, `**Job talk** (~20 in the room)`.)
        let listed = cell(Some(name_col))
            .filter(|_| title_col.is_none())
            .and_then(|n| people::parse_listed(&n))
            // (The name as the cell writes it, not one made up of its words: `Lunch w/ three
            // scientists (Rohan, Emily, …)`.)
            .filter(|p| p.title.is_some() && people::looks_like_name(&p.name) && cells[name_col].contains(&p.name))
            .filter(|p| !people::is_common_word(&p.name))
            // (The job set off from the name: not `Lunch w/ three scientists`.)
            .filter(|p| {
                let after = cells[name_col].split_once(p.name.as_str()).map_or("", |(_, after)| after);
                [" — ", " – ", " - ", ", ", " ("].iter().any(|sep| after.starts_with(sep))
            });
        if let Some(mut found) = listed {
            found.email = found.email.or_else(|| cells.iter().find_map(|s| people::find_email(s).map(|(_, _, e)| e)));
            out.push(people::from_body(found, listed_as(kind), *line));
            continue;
        }
        let Some(name) = cell(Some(name_col)).map(|n| as_written_in_a_sheet(&n)).filter(|n| people::looks_like_name(n))
        else {
            continue;
        };
        // (`Stanislav "Stan" Voronov`: the name without the nickname, as a line gives it.)
        let name = people::parse(&name).map(|p| p.name).filter(|n| !n.is_empty()).unwrap_or(name);
        // (Set 43: `| Hal Bixby | Community member — Friends of the Library board, retired middle
        // school teacher |`: the job, read as a list line reads it.)
        let title = cell(title_col)
            .map(|t| people::without_tag(&t))
            .map(|t| people::parse_listed(&format!("{name} - {t}")).and_then(|p| p.title).unwrap_or(t));
        let text = people::PersonText {
            name,
            title,
            // (`| Brandon Keele | District Manager | bkeele@hollisandpike.com | … |` under a
            // `Contact` header: an address in any cell of the row is theirs.)
            email: cell(email_col).or_else(|| {
                cells
                    .iter()
                    .enumerate()
                    .filter(|(c, _)| Some(*c) != title_col)
                    .find_map(|(_, s)| people::find_email(s).map(|(_, _, email)| email))
            }),
            role: None,
            emailed: false,
        };
        out.push(people::from_body(text, listed_as(kind), *line));
    }
    out
}

/// The job applied for, when a table of people gives it in a column of its own beside their
/// titles, the same in every row (set 52: `"Role","Stage","Name","Title"` over `Financial
/// Controller`).
fn job_of_every_row(table: &Table) -> Option<String> {
    let header: Vec<String> = table.header.iter().map(|h| sections::normalize(h)).collect();
    let titles = header.iter().any(|h| h.split(' ').any(|w| w == "title"));
    let col =
        header.iter().position(|h| ["role", "position", "job", "applied for", "vacancy"].contains(&h.as_str()))?;
    let mut jobs =
        table.rows.iter().filter_map(|(cells, _)| cells.get(col)).map(|c| c.trim()).filter(|c| !c.is_empty());
    let first = jobs.next()?.to_owned();
    (titles && jobs.all(|j| j == first) && first.split_whitespace().any(people::is_title_word)).then_some(first)
}

/// A name as a spreadsheet's cell holds it, in the order a letter gives it (set 52): the family
/// name first, before a comma (`Ogundipe, Oladapo`, `Bello, Alhaji Musa`), and one typed in lower
/// case (`chukwuemeka obi`) with its capitals.
fn as_written_in_a_sheet(cell: &str) -> String {
    let capital =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c));
    if let Some((family, given)) = cell.split_once(", ") {
        let given: Vec<&str> = given.split_whitespace().collect();
        if capital(family)
            && !family.contains(' ')
            && (1..=3).contains(&given.len())
            && given.iter().all(|w| capital(w))
        {
            return format!("{} {family}", given.join(" "));
        }
    }
    let words: Vec<&str> = cell.split_whitespace().collect();
    let hurried =
        (2..=4).contains(&words.len()) && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    if hurried {
        return words.iter().map(|w| super::folder::capitalised(w)).collect::<Vec<_>>().join(" ");
    }
    cell.to_owned()
}

/// `Senior Developer @ ExampleCorp` or `Senior Developer at ExampleCorp` → position and company.
fn split_at_company(value: &str) -> (String, Option<String>) {
    for sep in [" @ ", " at "] {
        if let Some((position, company)) = value.rsplit_once(sep) {
            return (position.trim().to_owned(), Some(company.trim().to_owned()));
        }
    }
    (value.to_owned(), None)
}

/// A company without where the writer met it, after a spaced dash: `Mahlangu & Partners
/// Consulting Engineers - Rosebank`, `Rand Metro Water SOC Ltd - head office, Braamfontein`
/// (set 58). The letters name the company, and the address says where.
fn without_place(value: &str) -> &str {
    [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| value.split_once(d))
        .map(|(company, _)| company.trim_end())
        .find(|company| company.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .unwrap_or(value)
}

/// A position without the brackets after it that file it or ask something of the one who
/// holds it (set 58): `Principal Engineer: Bulk Water Infrastructure (Ref RMW/2026/114)`,
/// `Senior Civil Engineer - Water & Sanitation (Pr.Eng required)`.
fn without_reference(position: &str) -> &str {
    let Some(open) = position.strip_suffix(')').and_then(|p| p.rfind(" (")) else { return position };
    let inside = position[open + 2..position.len() - 1].to_lowercase();
    let first = inside.split([' ', ':', '-']).next().unwrap_or_default().trim_end_matches('.');
    let files = ["ref", "reference", "req", "requisition", "id", "job"].contains(&first) || inside.starts_with('#');
    let asks = ["required", "essential", "preferred"].iter().any(|w| inside.ends_with(w));
    if files || asks { position[..open].trim_end() } else { position }
}

/// Drops a tracker id in front of a value: `APP-001 - Senior Developer` → `Senior Developer`.
fn strip_id(value: &str) -> &str {
    match value.split_once(" - ") {
        Some((id, rest)) if id.chars().any(|c| c.is_ascii_digit()) && !id.contains(' ') => rest,
        _ => value,
    }
}

/// A line's first sentence: `Data Engineer, Pricing. Hybrid, 2 days in office.` → `Data
/// Engineer, Pricing` (what follows is about the job, not its name).
fn first_sentence(value: &str) -> &str {
    let cut = value.match_indices(". ").find(|(at, _)| {
        let next = value[at + 2..].chars().next();
        // Not after an initial or an abbreviation (`Sr. Engineer`, `J. Smith`).
        let word = value[..*at].rsplit(' ').next().unwrap_or("");
        // (A number ends a sentence: `1st interview of 2. Charmaine will phone…`.)
        let number = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
        next.is_some_and(char::is_uppercase) && (word.chars().count() > 3 || number)
    });
    cut.map_or(value, |(at, _)| &value[..at]).trim_end_matches('.')
}

/// True for a stage the writer wonders about (`just this one? — "maybe a short follow-up call"`):
/// its first sentence asks.
fn unsure_stage(value: &str) -> bool {
    first_sentence(value).contains('?')
}

/// What a people line says after the writer corrects themselves on it (`Ms. Fitzgerald – no!! Orla
/// Fitzpatrick, Regional Director`): the text from the name after the "no", when one follows.
fn corrected_on_the_line(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    lower
        .match_indices(" no")
        .filter_map(|(at, w)| {
            let end = at + w.len();
            // (Not `note`, `Nov`, `now`: "no" a word of its own.)
            if lower[end..].starts_with(char::is_alphanumeric) {
                return None;
            }
            let dashed_before = lower[..at].trim_end().ends_with(['–', '—', '-', '?', '!']);
            let rest = text[end..].trim_start_matches(['!', '?', ',', ' ', '–', '—', '-', '*']);
            let named = rest.split_whitespace().take(2).filter(|w| w.starts_with(char::is_uppercase)).count() == 2;
            (dashed_before && named).then_some(rest)
        })
        .last()
}

#[cfg(test)]
mod tests {
    use super::promised;

    #[test]
    fn a_promise_opened_by_a_typed_dash_is_read_whole() {
        // (A callout's list typed with an en dash, `> – [ ] writing sample PDF → Gwen`, once cut
        // the dash in two.)
        let item = promised("– [ ] deadline-tracking template → Simone".to_owned());
        assert!(item.contains("deadline-tracking template"), "{item}");
    }
}
