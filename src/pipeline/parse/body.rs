//! Reads the structure of a note's Markdown body with pulldown-cmark.
//!
//! The output is deliberately shallow: headings with the list items and table rows under them,
//! inline fields (`**Date:** …`, `company:: Acme`), the first top-level heading, and the body's
//! plain text. Everything carries a line number in the file. What the sections *mean* is decided
//! in `extract`; code blocks, HTML blocks and inline HTML never reach it.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::diagnostic::Position;

/// The body of a note, reduced to what extraction needs.
#[derive(Debug, Default)]
pub struct Body {
    /// The text of the first level-1 heading.
    pub title: Option<String>,
    pub sections: Vec<Section>,
    /// `**Label:** value` and `key:: value` lines, in file order.
    pub fields: Vec<Field>,
    /// Every paragraph and item as plain text, for phrases such as "first of four rounds".
    pub text: String,
}

/// A heading and the blocks under it, up to the next heading.
#[derive(Debug, Default)]
pub struct Section {
    pub heading: String,
    pub level: u8,
    pub line: usize,
    pub items: Vec<Item>,
    pub tables: Vec<Table>,
    /// Paragraphs outside lists, each as its lines, for sections written without a list.
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph as plain text, its line breaks kept, and the line where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    pub line: usize,
}

impl Paragraph {
    /// Its lines, each with its spaces collapsed.
    pub fn lines(&self) -> Vec<String> {
        self.text.lines().map(collapse_spaces).filter(|l| !l.is_empty()).collect()
    }
}

/// One list item as plain text, without its nested lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub text: String,
    /// Where the item's first line ends in `text`: a line after it with no blank line between
    /// (`- Hye-jin Park — Objects Conservator⏎No emails for any of them`) runs on into the item.
    pub first_line: usize,
    pub line: usize,
    /// The line of the item it is nested in, if any: an outline's `- Dana` over `- liked…`.
    pub parent: Option<usize>,
    /// A task's box: `Some(true)` for `- [x] Chloe — thanks email 1110`, `Some(false)` for
    /// `- [ ] …`, `None` for an item that is no task.
    pub checked: Option<bool>,
}

/// A table: its header cells and its rows, each with its line.
#[derive(Debug, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(Vec<String>, usize)>,
}

/// An inline field written in the body.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: String,
    pub value: String,
    pub pos: Position,
    /// True for a plain `Key: value` line (as Notion and many templates write properties),
    /// which `extract` takes only for the keys it knows: prose can start that way too.
    pub plain: bool,
}

/// Parses `body`, which starts at byte `offset` of `text` (the whole file).
pub fn parse(text: &str, offset: usize) -> Body {
    let opened = without_aside_tags(&text[offset..]);
    let body_text = opened.as_str();
    let lines = LineIndex::new(text);
    let mut body = Body::default();
    let mut skipped: Vec<Range<usize>> = Vec::new();
    let mut state = State::default();
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_WIKILINKS | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(body_text, options).into_offset_iter() {
        let mut start = offset + range.start;
        // (pulldown-cmark opens a list, or an item, indented by a tab at the newline before it:
        // Logseq's outlines, set 47, had each person a line early, under the one before.)
        if matches!(event, Event::Start(Tag::Item | Tag::List(_))) {
            start += body_text[range.start..].len() - body_text[range.start..].trim_start_matches(['\r', '\n']).len();
        }
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => {
                skipped.push(offset + range.start..offset + range.end);
                state.skip += 1;
            }
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                state.skip -= 1;
            }
            _ if state.skip > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                state.open(Open::Heading(level_number(level), lines.line(start)));
            }
            Event::End(TagEnd::Heading(_)) => {
                let (level, line) = state.heading.take().unwrap_or((1, lines.line(start)));
                // (Set 54: `## 👑 mrs. folake adebayo-williams — head of data & AI`: the emoji
                // mark the heading, they are no part of it.)
                let text = state.take_text();
                let heading = match crate::text::words::trim_pictographs(&text) {
                    "" => text.clone(),
                    bare => bare.to_owned(),
                };
                if level == 1 && body.title.is_none() {
                    body.title = Some(heading.clone());
                }
                body.sections.push(Section { heading, level, line, ..Section::default() });
            }
            Event::Start(Tag::Item) => {
                state.open_items.push(lines.line(start));
                state.open(Open::Item(lines.line(start)));
            }
            Event::Start(Tag::List(_)) => {
                // An outline's item over a nested list is a heading when it names a section
                // (`- Went well` and the items under it, issue 13), at any depth: an outline
                // often nests everything under its title.
                let outline_heading = state.lists >= 1
                    && state.outline_heading.is_none()
                    && state.item.is_some()
                    && crate::pipeline::extract::sections::classify(&state.text).is_some();
                if outline_heading {
                    let line = state.item.take().unwrap_or_default();
                    let heading = state.take_text();
                    push_text(&mut body.text, &heading);
                    body.sections.push(Section { heading, level: INNER, line, ..Section::default() });
                    state.outline_heading = Some(state.lists);
                } else {
                    state.flush_item(&mut body);
                }
                state.lists += 1;
            }
            Event::End(TagEnd::List(_)) => {
                state.lists = state.lists.saturating_sub(1);
                if state.lists == 0 && std::mem::take(&mut state.label) {
                    body.sections.push(Section { level: INNER, line: lines.line(start), ..Section::default() });
                }
            }
            Event::End(TagEnd::Item) => {
                state.flush_item(&mut body);
                state.open_items.pop();
                if state.outline_heading == Some(state.lists) {
                    state.outline_heading = None;
                    body.sections.push(Section { level: INNER, line: lines.line(start), ..Section::default() });
                }
            }
            Event::Start(Tag::BlockQuote(_)) => state.quotes += 1,
            Event::End(TagEnd::BlockQuote(_)) => {
                state.quotes = state.quotes.saturating_sub(1);
                if state.quotes == 0 && std::mem::take(&mut state.callout) {
                    body.sections.push(Section { level: INNER, line: lines.line(start), ..Section::default() });
                }
            }
            Event::Start(Tag::Table(_) | Tag::TableRow | Tag::TableHead)
            | Event::End(TagEnd::TableCell | TagEnd::TableHead | TagEnd::TableRow | TagEnd::Table) => {
                state.table_event(&event, lines.line(start), &mut body);
            }
            Event::Start(Tag::Paragraph) if state.item.is_none() => state.paragraph = lines.line(start),
            Event::End(TagEnd::Paragraph) if state.item.is_none() => {
                let mut raw = std::mem::take(&mut state.text);
                // An Obsidian callout, `> [!tip] What landed`: a section named by its title, to
                // the end of the quote.
                if state.quotes > 0 {
                    if let Some((title, rest)) = callout(&raw) {
                        push_text(&mut body.text, &title);
                        body.sections.push(Section {
                            heading: title,
                            level: INNER,
                            line: state.paragraph,
                            ..Section::default()
                        });
                        state.callout = true;
                        state.paragraph += 1;
                        raw = rest;
                    }
                }
                // A line that only names a section ("Panel:", "interviewers") over a list or
                // lines of its own: a section to the end of those.
                let mut labelled_lines = false;
                // `Corrections to send` with the list right under it, no colon and no blank line.
                let after = body_text[range.end.min(body_text.len())..].trim_start_matches([' ', '\t']);
                // (`**Rick Salazar** – Station Manager`, a blank line, then his list.)
                let after_blank = after.trim_start();
                let over_a_list = ["- ", "* ", "+ "].iter().any(|m| after.starts_with(m))
                    || ["- ", "* ", "+ "].iter().any(|m| after_blank.starts_with(m))
                    || after
                        .split_once(". ")
                        .is_some_and(|(n, _)| !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()));
                let first_line =
                    body_text[range.start..range.end.min(body_text.len())].lines().next().unwrap_or_default();
                // (Not the note's first line: that is its title, `**Juniper & Pine — Store Manager**`.)
                let opens_note = body_text[..range.start].trim().is_empty();
                let bold = (state.quotes == 0 && !state.label && !opens_note)
                    .then(|| bold_heading(first_line, &raw, over_a_list))
                    .flatten();
                if let Some((heading, rest)) = bold {
                    // `**Claire Dubois — CMO**` over what she asked: a section about her.
                    push_text(&mut body.text, &heading);
                    body.sections.push(Section { heading, level: INNER, line: state.paragraph, ..Section::default() });
                    state.paragraph += 1;
                    raw = rest;
                } else if state.quotes == 0 && !state.label {
                    // (Set 51: an attendance note's `**Date:** …` lines, then `**Attendees:**` right
                    // over the list: the paragraph's last line names the list's section.)
                    let last_label = raw
                        .trim_end()
                        .rsplit_once('\n')
                        .filter(|_| over_a_list)
                        .and_then(|(before, last)| Some((before, label_line(last, true)?)))
                        .filter(|(_, (_, rest))| rest.trim().is_empty());
                    if let Some((before, (label, _))) = last_label {
                        let before = before.to_owned();
                        let para = collapse_spaces(&before);
                        push_text(&mut body.text, &para);
                        let under = before.lines().count();
                        if !para.is_empty() {
                            current_section(&mut body)
                                .paragraphs
                                .push(Paragraph { text: before, line: state.paragraph });
                        }
                        push_text(&mut body.text, &label);
                        body.sections.push(Section {
                            heading: label,
                            level: INNER,
                            line: state.paragraph + under,
                            ..Section::default()
                        });
                        state.paragraph += under + 1;
                        state.label = true;
                        raw = String::new();
                    } else if let Some((label, rest)) = label_line(&raw, over_a_list) {
                        push_text(&mut body.text, &label);
                        body.sections.push(Section {
                            heading: label,
                            level: INNER,
                            line: state.paragraph,
                            ..Section::default()
                        });
                        state.paragraph += 1;
                        labelled_lines = !rest.trim().is_empty();
                        state.label = !labelled_lines;
                        raw = rest;
                    }
                } else if state.label {
                    // The label's lines were a paragraph of their own.
                    labelled_lines = std::mem::take(&mut state.label);
                }
                let para = collapse_spaces(&raw);
                push_text(&mut body.text, &para);
                if !para.is_empty() {
                    current_section(&mut body).paragraphs.push(Paragraph { text: raw, line: state.paragraph });
                }
                if labelled_lines {
                    body.sections.push(Section { level: INNER, line: lines.line(start), ..Section::default() });
                }
            }
            Event::End(TagEnd::Paragraph) => state.text.push(' '),
            Event::Start(Tag::Link { link_type: LinkType::WikiLink { has_pothole: true }, dest_url, .. }) => {
                state.wiki_target = Some(dest_url.to_string());
            }
            Event::End(TagEnd::Link) => state.wiki_target = None,
            // (`[[Gwen Park|Gwen]] (recruiting coordinator) moved it`: a name shortened to its
            // given name is read as the full name, as a person's line reads it.)
            Event::Text(t)
                if state.struck == 0
                    && state.wiki_target.as_deref().is_some_and(|target| {
                        target.contains(' ')
                            && !target.contains('/')
                            && target.starts_with(&*t)
                            && target.starts_with(char::is_uppercase)
                    }) =>
            {
                let target = state.wiki_target.take().unwrap_or_default();
                state.text.push_str(&target);
            }
            Event::Start(Tag::Strikethrough) => state.struck += 1,
            Event::End(TagEnd::Strikethrough) => state.struck = state.struck.saturating_sub(1),
            Event::Text(_) | Event::Code(_) if state.struck > 0 => {}
            // `Kwame Asante -- Staff Engineer`: two hyphens are the dash a keyboard could not type.
            Event::Text(t) if t.contains(" -- ") => state.text.push_str(&t.replace(" -- ", " — ")),
            Event::Text(t) | Event::Code(t) => state.text.push_str(&t),
            // A line break stays one, so that a paragraph can be read line by line.
            Event::SoftBreak | Event::HardBreak => state.text.push('\n'),
            Event::TaskListMarker(checked) => state.checked = Some(checked),
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ => {}
        }
    }
    // (The table's properties after the lines', in the order of the note.)
    let tabled = std::mem::take(&mut body.fields);
    body.fields = fields(text, offset, &skipped, &lines);
    body.fields.extend(tabled);
    body.fields.sort_by_key(|f| f.pos.line);
    body
}

/// The boxes a checklist opens its lines with, written without a list marker: each is as long
/// as the list marker `-   ` it becomes.
const CHECKBOXES: &[&str] = &["[x] ", "[X] ", "[ ] ", "[~] ", "[-] ", "[/] "];

/// `line` without the checkbox it opens with (`[ ] email Carl`, `[x] Stage: …`), if any.
pub fn unboxed(line: &str) -> Option<&str> {
    CHECKBOXES.iter().find_map(|b| line.strip_prefix(b))
}

/// `text` with each line that only opens or closes an `<aside>` (as Notion exports its callouts)
/// blanked, and each checkbox that opens a line without a list marker made one, byte for byte:
/// what the aside holds is read as Markdown, not skipped as HTML, a bare checklist is a list, and
/// every position stays where it was.
fn without_aside_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let bare = line.trim();
        // A checklist written without list markers (`[x] Interviewer: Hugo…`) is a list: the box
        // becomes a marker of the same length.
        let indent = line.len() - line.trim_start().len();
        let boxed = unboxed(&line[indent..]).is_some();
        if bare.eq_ignore_ascii_case("<aside>") || bare.eq_ignore_ascii_case("</aside>") {
            let end = line.trim_end_matches(['\n', '\r']);
            out.extend(std::iter::repeat_n(' ', end.len()));
            out.push_str(&line[end.len()..]);
        } else if boxed {
            out.push_str(&line[..indent]);
            out.push_str("-   ");
            out.push_str(&line[indent + 4..]);
        } else if let Some(width) = outline_number(&line[indent..]) {
            // `2.1 Hannah Reyes-Whitfield, …`, `2.1.1 ex-Stripe`: a numbered outline's deeper
            // numbers are list markers of the same length, each under the one before.
            let pad = width.saturating_sub(4);
            out.push_str(&line[..indent]);
            out.extend(std::iter::repeat_n(' ', pad));
            out.push('-');
            out.extend(std::iter::repeat_n(' ', width - pad - 1));
            out.push_str(&line[indent + width..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The length of the outline number a line opens with (`2.1 `, `3.2.1 `), space included: two
/// numbers or more, joined by dots, with no dot after the last (`1.` is a list marker already).
fn outline_number(line: &str) -> Option<usize> {
    let number = line.split(' ').next()?;
    let parts: Vec<&str> = number.split('.').collect();
    let fits = parts.len() >= 2
        && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && line.len() > number.len() + 1;
    fits.then_some(number.len() + 1)
}

/// Parsing state between events.
#[derive(Default)]
struct State {
    /// Depth inside code and HTML blocks.
    skip: usize,
    /// Inside `[[Gwen Park|Gwen]]`: the link's target.
    wiki_target: Option<String>,
    /// Depth inside struck-through text (`~~…~~`): what the writer crossed out is left out.
    struck: usize,
    text: String,
    heading: Option<(u8, usize)>,
    /// The line of the list item being read, if any.
    item: Option<usize>,
    /// The box of the task being read, if it is one.
    checked: Option<bool>,
    /// Lines of the items that enclose the current one; their text was flushed already.
    outer_items: Vec<usize>,
    /// The lines of the items open around this point, innermost last: an item's parent.
    open_items: Vec<usize>,
    table: Option<Table>,
    row: Option<(Vec<String>, usize)>,
    /// The line where the paragraph being read starts.
    paragraph: usize,
    /// Depth of lists and of block quotes.
    lists: usize,
    quotes: usize,
    /// True inside a callout's quote, or under an outline item read as a heading: their end ends
    /// the section they opened.
    callout: bool,
    /// The depth of lists of the outline item read as a heading, if any.
    outline_heading: Option<usize>,
    /// After a line that only names a section: the list or paragraph under it ends it.
    label: bool,
}

/// The level of the sections that callouts and outline items open: below every heading, so that
/// the section after them is again the enclosing heading's.
const INNER: u8 = 7;

/// A paragraph's first line when it only names a section followup reads (`Panel:`, `Who I met:`,
/// or `interviewers` over lines of its own), and the rest of the paragraph.
fn label_line(raw: &str, over_a_list: bool) -> Option<(String, String)> {
    let (first, rest) = raw.split_once('\n').unwrap_or((raw, ""));
    let first = first.trim();
    let label = first.strip_suffix(':').unwrap_or(first).trim();
    let named = first.ends_with(':') || !rest.trim().is_empty() || over_a_list;
    // (`Stuff I flubbed / forgot`: a slash or an ampersand is no word.)
    let words = label.split_whitespace().filter(|w| !matches!(*w, "/" | "&" | "+")).count();
    // (Set 47: `**Who (actually):**`, a word of the writer's in brackets.)
    let aside = label.strip_suffix(')').and_then(|l| l.split_once(" (")).is_some_and(|(before, aside)| {
        aside.split_whitespace().count() <= 2 && !aside.contains('(') && !before.contains('(')
    });
    let short = words <= 4 && !label.contains(['.', ',', ':']) && (!label.contains('(') || aside);
    // (`self notes` over a list: a section for oneself, which no letter reads. Not `todo`: a
    // hurried list of things to do holds promises too.)
    let known = |l: &str| {
        use crate::pipeline::extract::sections;
        let todo = ["todo", "to do"].contains(&sections::normalize(l).as_str());
        // (`**Follow-up:**` over a list after `**Next steps:**`: a section of its own, not more
        // steps.)
        let errands = ["follow up", "followup", "follow ups", "followups"];
        sections::classify(l).is_some()
            || (over_a_list && sections::is_private(l) && !todo)
            || (over_a_list && errands.contains(&sections::normalize(l).as_str()))
    };
    if named && short && !label.is_empty() && known(label) {
        return Some((label.to_owned(), rest.to_owned()));
    }
    // (`Interview was 3 people in a conf room in the basement of bldg C:` over a list: a sentence
    // that says how many people the list names.)
    // (`**HR part** - 2 ppl` over a list: without the colon, when the count ends the line.)
    let counted = |at_end: bool| {
        let key = crate::pipeline::extract::sections::normalize(label);
        let words: Vec<&str> = key.split(' ').collect();
        const COUNTS: &[&str] = &["2", "3", "4", "5", "6", "two", "three", "four", "five", "six"];
        let count =
            |w: &[&str]| COUNTS.contains(&w[0]) && ["people", "ppl", "interviewers", "panelists"].contains(&w[1]);
        match at_end {
            true => words.len() >= 3 && words.len() <= 6 && count(&words[words.len() - 2..]),
            false => words.windows(2).any(count),
        }
    };
    let colon = first.ends_with(':');
    (over_a_list && rest.trim().is_empty() && counted(!colon)).then(|| ("people".to_owned(), String::new()))
}

/// A paragraph's first line, written all in bold, that names the people a session was with
/// (`**Claire Dubois — CMO**`, `**1:00 – Metrics — Carla Mendes, Director of PM**`), and the rest of
/// the paragraph: a heading in all but its markup, as notes written in a chat app or a word
/// processor have them.
fn bold_heading(source_line: &str, raw: &str, over_a_list: bool) -> Option<(String, String)> {
    let line = source_line.trim();
    // (`**Greg Halvorsen** — VP Retail Delivery`: the name in bold, then the title.)
    let (inner, after) = ["**", "__"].iter().find_map(|m| line.strip_prefix(m)?.split_once(m))?;
    // (Not `**Yuki Haverford** – Director of Programs. She liked…`: a paragraph about her; nor
    // a line of a list of people, one to a paragraph, with nothing under it.)
    let (_, rest) = raw.split_once('\n').unwrap_or((raw, ""));
    let titled = [" — ", " – ", " - ", ", "].iter().any(|sep| after.starts_with(sep))
        && (over_a_list || !rest.trim().is_empty())
        && !after.contains(". ")
        && after.split_whitespace().count() <= 12
        && inner.split_whitespace().count() >= 2;
    if inner.is_empty() || inner.contains("**") || inner.contains("__") || !(after.is_empty() || titled) {
        return None;
    }
    let (first, rest) = raw.split_once('\n').unwrap_or((raw, ""));
    let first = first.trim();
    // (Set 72, a solicitor's attendance note: `**7. PRIVATE — NOT FOR ANY CORRESPONDENCE**`, a
    // paragraph of its own over numbered paragraphs: the heading of a section kept to oneself.)
    let numbered = inner.split_once(". ").filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    let name = numbered.map_or(inner, |(_, name)| name).trim();
    if after.is_empty() && rest.trim().is_empty() && crate::pipeline::extract::names_a_private_section(name) {
        return Some((name.to_owned(), String::new()));
    }
    crate::pipeline::extract::names_people(first).then(|| (first.to_owned(), rest.to_owned()))
}

/// The title of an Obsidian callout (`[!tip] What landed`) and the rest of its paragraph, when
/// `raw` starts one with a title.
fn callout(raw: &str) -> Option<(String, String)> {
    let rest = raw.trim_start().strip_prefix("[!")?;
    let (kind, after) = rest.split_once(']')?;
    if kind.is_empty() || !kind.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let after = after.trim_start_matches(['+', '-']);
    let (title, rest) = after.split_once('\n').unwrap_or((after, ""));
    let title = collapse_spaces(title);
    (!title.is_empty()).then(|| (title, rest.to_owned()))
}

enum Open {
    Heading(u8, usize),
    Item(usize),
}

impl State {
    /// A table's start, rows and cells: the table goes to the current section when it ends.
    fn table_event(&mut self, event: &Event, line: usize, body: &mut Body) {
        match event {
            Event::Start(Tag::Table(_)) => self.table = Some(Table::default()),
            Event::Start(Tag::TableRow | Tag::TableHead) => self.row = Some((Vec::new(), line)),
            Event::End(TagEnd::TableCell) => {
                let cell = self.take_text();
                if let Some((cells, _)) = &mut self.row {
                    cells.push(cell);
                }
            }
            Event::End(TagEnd::TableHead) => {
                if let (Some(table), Some((cells, _))) = (&mut self.table, self.row.take()) {
                    table.header = cells;
                }
            }
            Event::End(TagEnd::TableRow) => {
                if let (Some(table), Some(row)) = (&mut self.table, self.row.take()) {
                    table.rows.push(row);
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(table) = self.table.take() {
                    // `| | |` over `| **Recruiter** | Bethany Cole, Regional Recruiter |`: a table
                    // of properties, each row a `Key: value` line.
                    if table.header.iter().all(|h| h.trim().is_empty()) {
                        for (cells, line) in table.rows.iter().filter(|(cells, _)| cells.len() == 2) {
                            let key = cells[0].trim().trim_end_matches([':', '?']).trim();
                            if !key.is_empty() && key.split_whitespace().count() <= 4 && !cells[1].trim().is_empty() {
                                body.fields.push(Field {
                                    key: key.to_owned(),
                                    value: cells[1].trim().to_owned(),
                                    pos: Position { line: *line, column: 1 },
                                    plain: true,
                                });
                            }
                        }
                    }
                    if is_cornell(&table.header) {
                        cornell_sections(table, body);
                    } else {
                        current_section(body).tables.push(table);
                    }
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, what: Open) {
        match what {
            Open::Heading(level, line) => {
                self.text.clear();
                self.heading = Some((level, line));
            }
            Open::Item(line) => {
                if let Some(outer) = self.item.take() {
                    self.outer_items.push(outer);
                }
                self.text.clear();
                self.item = Some(line);
                self.checked = None;
            }
        }
    }

    fn take_text(&mut self) -> String {
        let text = collapse_spaces(&self.text);
        self.text.clear();
        text
    }

    /// Ends the text of the current item (at its end, or where a nested list starts).
    fn flush_item(&mut self, body: &mut Body) {
        let Some(line) = self.item.take() else {
            self.item = self.outer_items.pop();
            return;
        };
        // (`2. Owen⏎ a. juggling deadlines⏎ i. he laughed at…`: an outline lettered by hand is
        // no list Markdown knows, so its lines are the item's; each is an item of its own.)
        let raw = std::mem::take(&mut self.text);
        let mut parts: Vec<(usize, String)> = Vec::new();
        for (offset, part) in raw.split('\n').enumerate() {
            match parts.last_mut() {
                Some((_, text)) if !is_lettered(part) => {
                    text.push('\n');
                    text.push_str(part);
                }
                _ => parts.push((offset, part.to_owned())),
            }
        }
        let parent = self.open_items.iter().rev().nth(1).copied();
        let checked = self.checked.take();
        for (i, (offset, part)) in parts.into_iter().enumerate() {
            let part = if i == 0 { part.as_str() } else { part.trim_start().split_once(". ").map_or("", |(_, p)| p) };
            let text = collapse_spaces(part);
            if text.is_empty() {
                continue;
            }
            let head = collapse_spaces(part.trim_start().split('\n').next().unwrap_or_default());
            let first_line = if text.starts_with(&head) { head.len() } else { text.len() };
            push_text(&mut body.text, &text);
            // (A lettered line is under the item it follows.)
            let (parent, checked) = if i == 0 { (parent, checked) } else { (Some(line), None) };
            current_section(body).items.push(Item { text, first_line, line: line + offset, parent, checked });
        }
    }
}

/// Whether a table's header is a Cornell page's (`| Cues | Notes |`): the cue beside what was
/// noted of it.
fn is_cornell(header: &[String]) -> bool {
    let word = |cell: &String| {
        let cell = cell.trim().trim_matches(['*', '_']).trim_end_matches(':').trim().to_lowercase();
        cell.split_whitespace().next().map(str::to_owned).unwrap_or_default()
    };
    header.len() == 2
        && ["cue", "cues", "keyword", "keywords", "question", "questions"].contains(&word(&header[0]).as_str())
        && ["note", "notes", "notetaking"].contains(&word(&header[1]).as_str())
}

/// A Cornell table's rows, each a section: the cue (`Who?`, `Promise ★`) its heading, and what
/// was noted beside it its paragraph, on the row's line (set 52). The section after the table is
/// again the enclosing heading's.
fn cornell_sections(table: Table, body: &mut Body) {
    let mut end = 0;
    for (cells, line) in table.rows {
        let mut cells = cells.into_iter();
        let (Some(cue), Some(noted)) = (cells.next(), cells.next()) else { continue };
        let heading = cue
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')')
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_owned();
        end = line + 1;
        push_text(&mut body.text, &heading);
        push_text(&mut body.text, &noted);
        // (`Harpreet Gill — Learning Experience Lead. Kwame Asante — Sr. Instructional Designer.`:
        // a cell written as the lines of a list, a sentence each.)
        let items = crate::pipeline::extract::split_sentences(&noted)
            .into_iter()
            .map(|text| Item { first_line: text.len(), text, line, parent: None, checked: None })
            .collect();
        body.sections.push(Section { heading, level: INNER, line, items, ..Section::default() });
    }
    if end > 0 {
        body.sections.push(Section { level: INNER, line: end, ..Section::default() });
    }
}

fn current_section(body: &mut Body) -> &mut Section {
    if body.sections.is_empty() {
        body.sections.push(Section::default());
    }
    body.sections.last_mut().expect("a section was just pushed")
}

fn push_text(all: &mut String, text: &str) {
    if !text.is_empty() {
        all.push_str(text);
        all.push('\n');
    }
}

fn level_number(level: HeadingLevel) -> u8 {
    level as u8
}

/// Collapses runs of white space into one space and trims the ends.
/// True for a line that opens with a letter or a roman numeral and a full stop, as an outline
/// written by hand numbers its points: `a. trial prep`, `ii. fumbled`.
fn is_lettered(line: &str) -> bool {
    let Some((mark, rest)) = line.trim_start().split_once(". ") else { return false };
    let letter = mark.len() == 1 && mark.chars().all(|c| c.is_ascii_lowercase());
    let roman = (1..=4).contains(&mark.len()) && mark.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    (letter || roman) && !rest.trim().is_empty()
}

pub fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        let bytes = text.as_bytes();
        // Most text has nothing to collapse: words one space apart, no line breaks or tabs.
        let (mut odd, mut after_space) = (false, true);
        for &b in bytes {
            let space = b == b' ';
            odd |= b.wrapping_sub(b'\t') < 5 || (space && after_space);
            after_space = space;
        }
        if !odd && !after_space {
            out.push_str(text);
            return out;
        }
        // One pass over the bytes, copying whole words.
        let space = |b: u8| b == b' ' || (b'\t'..=b'\r').contains(&b);
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && space(bytes[i]) {
                i += 1;
            }
            let start = i;
            while i < bytes.len() && !space(bytes[i]) {
                i += 1;
            }
            if start < i {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&text[start..i]);
            }
        }
        return out;
    }
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Finds `**Label:** value`, `**Label**: value` and `key:: value` lines outside code and HTML,
/// and plain `Key: value` lines outside lists and quotes.
fn fields(text: &str, offset: usize, skipped: &[Range<usize>], lines: &LineIndex) -> Vec<Field> {
    let mut out = Vec::new();
    let mut at = offset;
    for raw in text[offset..].split_inclusive('\n') {
        let start = at;
        at += raw.len();
        if skipped.iter().any(|r| r.contains(&start)) {
            continue;
        }
        let indent = raw.len() - raw.trim_start().len();
        let whole = raw.trim();
        let line = whole.strip_prefix("- ").or_else(|| whole.strip_prefix("* ")).unwrap_or(whole);
        let line = line.strip_prefix("> ").unwrap_or(line);
        // `[x] Stage: technical phone screen`: a checklist's line is a line of its own.
        let checked = unboxed(whole);
        let (found, plain) = match label(line) {
            Some(found) => (Some(found), false),
            None if checked.is_some() && indent == 0 => (checked.and_then(plain_label), true),
            None if line.len() == whole.len() && indent == 0 => (plain_label(line), true),
            None => (None, false),
        };
        if let Some((key, value)) = found {
            let value = value.trim_end_matches('\\').trim();
            let pos = Position { line: lines.line(start), column: indent + 1 };
            let value = linked_list(value).unwrap_or_else(|| strip_wikilinks(value));
            out.push(Field { key: key.to_owned(), value, pos, plain });
        }
    }
    out
}

/// Splits a label line into key and value.
fn label(line: &str) -> Option<(&str, &str)> {
    if let Some(rest) = line.strip_prefix("**") {
        let (key, value) = rest.split_once("**")?;
        return match key.strip_suffix(':') {
            Some(key) => Some((key.trim(), value)),
            None => value.strip_prefix(':').map(|v| (key.trim(), v)),
        }
        .filter(|(key, _)| plausible_key(key));
    }
    let (key, value) = line.split_once("::")?;
    plausible_key(key).then_some((key.trim(), value))
}

/// Splits a plain `Key: value` line, the key being a word or three.
fn plain_label(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let short = key.split_whitespace().count() <= 3 && !key.starts_with(char::is_whitespace);
    (short && plausible_key(key) && value.starts_with(' ')).then_some((key.trim(), value))
}

fn plausible_key(key: &str) -> bool {
    let key = key.trim();
    !key.is_empty()
        && key.chars().count() <= 40
        && key.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '/'))
}

/// Reduces `[[Target]]` and `[[Target|Alias]]` to their text.
/// A value that is only links (`[[Grant Whitaker|Grant]], [[Sunita Mehra]], [[Bri]]`, or
/// `[[Natalie Cho|Nat]]`): the pages they link to, one per entry, as a list of people reads them
/// (`Grant Whitaker; Sunita Mehra; Bri`, `Natalie Cho`). `None` for any other value.
fn linked_list(value: &str) -> Option<String> {
    let mut pages = Vec::new();
    let mut rest = value.trim();
    while let Some(after) = rest.strip_prefix("[[") {
        let close = after.find("]]")?;
        let inner = &after[..close];
        pages.push(inner.split('|').next().unwrap_or(inner).trim());
        rest = after[close + 2..].trim_start().trim_start_matches([',', ';']).trim_start();
        rest = rest.strip_prefix("and ").unwrap_or(rest);
    }
    (rest.is_empty() && !pages.is_empty()).then(|| pages.join("; "))
}

pub fn strip_wikilinks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open..].find("]]") else { break };
        out.push_str(&rest[..open]);
        let inner = &rest[open + 2..open + close];
        out.push_str(inner.rsplit('|').next().unwrap_or(inner));
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    out
}

/// Finds the line of a byte offset quickly.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn spaces_collapse_as_split_whitespace_collapses_them() {
        let slow = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        for text in [
            "",
            " ",
            "plain words here",
            " leading",
            "trailing ",
            "two  spaces",
            "tab\there",
            "line\nbreak",
            "vertical\u{b}tab",
            "form\u{c}feed",
            "no\u{a0}break",
            "ideographic\u{3000}space",
            "José Álvarez",
        ] {
            assert_eq!(collapse_spaces(text), slow(text), "{text:?}");
        }
    }
    use super::*;

    fn body(text: &str) -> Body {
        parse(text, 0)
    }

    #[test]
    fn a_task_s_box_is_read_with_its_item() {
        let b = body("## Thank-yous\n\n- [x] Chloe — thanks email 1110\n  - [ ] Ana\n- Jo, by card\n");
        let items: Vec<(&str, Option<bool>)> =
            b.sections[0].items.iter().map(|i| (i.text.as_str(), i.checked)).collect();
        assert_eq!(items, [("Chloe — thanks email 1110", Some(true)), ("Ana", Some(false)), ("Jo, by card", None)]);
    }

    #[test]
    fn sections_collect_their_items_without_nested_lists() {
        let b = body("# Title\n\n## People\n\n- **Jane Doe**, EM\n  - nested note\n- Bob\n");
        assert_eq!(b.title.as_deref(), Some("Title"));
        let people = &b.sections[1];
        assert_eq!(people.heading, "People");
        let texts: Vec<_> = people.items.iter().map(|i| (i.text.as_str(), i.line)).collect();
        assert_eq!(texts, [("Jane Doe, EM", 5), ("nested note", 6), ("Bob", 7)]);
    }

    // Set 25: "I was especially glad that you laughed at "whoever's in court first wins" b.": the
    // next lettered line had run into the item.
    #[test]
    fn an_outline_lettered_by_hand_is_items_under_their_item() {
        let b =
            body("## Notes\n\n2. Owen\n   a. juggling deadlines\n      i. he laughed at my joke\n   b. OT is common\n");
        let items: Vec<_> = b.sections[0].items.iter().map(|i| (i.text.as_str(), i.line, i.parent)).collect();
        assert_eq!(
            items,
            [
                ("Owen", 3, None),
                ("juggling deadlines", 4, Some(3)),
                ("he laughed at my joke", 5, Some(3)),
                ("OT is common", 6, Some(3))
            ]
        );
        let b = body("- met at 9. Then coffee\n- a. b. c. are marks\n");
        let items: Vec<_> = b.sections[0].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(items, ["met at 9. Then coffee", "a. b. c. are marks"], "only a line that opens with one");
    }

    #[test]
    fn tables_keep_header_and_rows_with_lines() {
        let b = body("## Participants\n\n| Name | Title |\n|---|---|\n| Jane Smith | Recruiter |\n");
        let t = &b.sections[0].tables[0];
        assert_eq!(t.header, ["Name", "Title"]);
        assert_eq!(t.rows, [(vec!["Jane Smith".to_owned(), "Recruiter".to_owned()], 5)]);
    }

    #[test]
    fn code_blocks_and_html_are_ignored() {
        let b = body("## Wins\n\n```\n- not an item\n**Date:** 2020-01-01\n```\n<!-- - hidden -->\n- real\n");
        let items: Vec<_> = b.sections[0].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(items, ["real"]);
        assert!(b.fields.is_empty());
    }

    #[test]
    fn labels_and_dataview_fields_are_found_with_their_lines() {
        let b = body("intro\n\n**Date:** 2026-02-18  \n**Type**: Phone Screen\ncompany:: [[Initech]]\n");
        let f: Vec<_> = b.fields.iter().map(|f| (f.key.as_str(), f.value.as_str(), f.pos.line)).collect();
        assert_eq!(f, [("Date", "2026-02-18", 3), ("Type", "Phone Screen", 4), ("company", "Initech", 5)]);
        assert!(b.fields.iter().all(|f| !f.plain));
    }

    #[test]
    fn plain_property_lines_are_fields_marked_plain_but_not_in_lists_or_urls() {
        let b = body(
            "Company: Stripe\nDate: 2026-10-20\nSee https://example.com\n\n- Role: owning billing\n> Stage: final\n  Status: indented\nA long sentence that has a colon: in it\n",
        );
        let f: Vec<_> = b.fields.iter().map(|f| (f.key.as_str(), f.value.as_str(), f.plain)).collect();
        assert_eq!(f, [("Company", "Stripe", true), ("Date", "2026-10-20", true)]);
    }

    #[test]
    fn crossed_out_text_is_left_out_and_an_item_crossed_out_whole_is_no_item() {
        let b = body("## Wins\n\n- [x] Talked about ~~Kafka~~ Pulsar\n- [ ] ~~Salary talk~~\n- [ ] Team lunch\n");
        let items: Vec<_> = b.sections[0].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(items, ["Talked about Pulsar", "Team lunch"]);
    }

    #[test]
    fn wikilinks_become_their_text() {
        assert_eq!(strip_wikilinks("[[Marcus Webb]] — lead"), "Marcus Webb — lead");
        assert_eq!(strip_wikilinks("[[people/mw|Marcus]]"), "Marcus");
        let b = body("## People\n- [[Marcus Webb]] — Analytics Lead\n");
        assert_eq!(b.sections[0].items[0].text, "Marcus Webb — Analytics Lead");
    }

    #[test]
    fn task_list_markers_are_dropped() {
        let b = body("## Next steps\n- [ ] Send thanks\n- [x] Done\n");
        let items: Vec<_> = b.sections[0].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(items, ["Send thanks", "Done"]);
    }

    #[test]
    fn a_callout_is_a_section_named_by_its_title_to_the_end_of_its_quote() {
        let b = parse(
            "## People\n\n> [!tip] What landed\n> - Priya liked it.\n\n- Ana Souza, CTO\n\n> [!caution]\n> plain\n",
            0,
        );
        let headings: Vec<(&str, u8)> = b.sections.iter().map(|s| (s.heading.as_str(), s.level)).collect();
        assert_eq!(headings, [("People", 2), ("What landed", 7), ("", 7)]);
        assert_eq!(b.sections[1].items[0].text, "Priya liked it.");
        assert_eq!(b.sections[2].items[0].text, "Ana Souza, CTO", "after the quote, the heading's section again");
        assert_eq!(b.sections[2].paragraphs[0].text, "[!caution]\nplain", "a callout without a title is a quote");
    }

    #[test]
    fn an_outline_indented_with_tabs_has_each_item_on_its_line() {
        let b = parse("- panel\n\t- [[Naomi A]] — VP\n\t\t- liked it\n\t- Felix O — UX\n", 0);
        let items: Vec<(&str, usize, Option<usize>)> =
            b.sections[0].items.iter().map(|i| (i.text.as_str(), i.line, i.parent)).collect();
        assert_eq!(items, [("Naomi A — VP", 2, Some(1)), ("liked it", 3, Some(2)), ("Felix O — UX", 4, Some(1))]);
    }

    #[test]
    fn an_outline_item_that_names_a_section_heads_its_nested_items() {
        let b = parse(
            "- Acme onsite\n    - company:: Acme\n- Went well\n    - Ana liked it.\n- Ana Souza, CTO\n    - ran the design round\n",
            0,
        );
        let headings: Vec<&str> = b.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["", "Went well", ""]);
        assert_eq!(b.sections[1].items[0].text, "Ana liked it.");
        let after: Vec<&str> = b.sections[2].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(after, ["Ana Souza, CTO", "ran the design round"], "an item that names no section stays one");
    }

    #[test]
    fn a_bold_line_that_names_someone_met_is_a_heading() {
        let b = parse(
            "Intro.\n\n**Claire Dubois — CMO**\nBig-picture convo. She liked the quiz idea.\n\n\
             **1:00 – Metrics — Carla Mendes, Director of PM**\n- she liked TTFHW\n\n**Big win!**\nIt went well.\n",
            0,
        );
        let headings: Vec<(&str, usize)> = b.sections.iter().map(|s| (s.heading.as_str(), s.line)).collect();
        assert_eq!(
            headings,
            [("", 0), ("Claire Dubois — CMO", 3), ("1:00 – Metrics — Carla Mendes, Director of PM", 6)]
        );
        assert_eq!(b.sections[1].paragraphs[0].text, "Big-picture convo. She liked the quiz idea.");
        assert_eq!(b.sections[1].paragraphs[0].line, 4);
        assert_eq!(b.sections[2].items[0].text, "she liked TTFHW");
        assert_eq!(
            b.sections[2].paragraphs[0].text, "Big win!\nIt went well.",
            "a bold line that names no one stays text"
        );
        // A name in bold, then the title, over what happened with them; not a line of a list of
        // people one to a paragraph, nor the start of a paragraph about them.
        let b = parse(
            "Intro.\n\n**Greg Halvorsen** — VP Retail Delivery\n- landed: the coaching story\n\n\
             **Victor Anand** – SVP, Commercial Lending\n\n**Yuki Haverford** – Director. She liked it.\n",
            0,
        );
        let headings: Vec<&str> = b.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["", "Greg Halvorsen — VP Retail Delivery"]);
    }

    #[test]
    fn a_wikilink_that_shortens_a_name_reads_as_the_full_name_in_text() {
        let b = parse("Intro.\n\n[[Gwen Park|Gwen]] (recruiting coordinator) moved it. [[people/mw|Marcus]] too.\n", 0);
        assert_eq!(b.sections[0].paragraphs[1].text, "Gwen Park (recruiting coordinator) moved it. Marcus too.");
    }
}
