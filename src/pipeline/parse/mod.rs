//! Parse stage: a note's text into front matter and body structure, with positions.
//!
//! Input is a `Source` (the file's path and text); output is a `Document`. Nothing here decides
//! what a field means: `extract` does. A note that cannot be parsed gives one error diagnostic.

pub mod body;
pub mod front_matter;
mod latex;
pub mod mail;
mod markup;
mod styles;
pub mod yaml;

use crate::diagnostic::Diagnostic;
use crate::pipeline::parse::yaml::Node;
use crate::pipeline::scan::Source;

/// A parsed note: front-matter entries and the body's structure.
#[derive(Debug)]
pub struct Document {
    /// Front-matter keys and values in file order; `None` when the note has no front matter.
    pub front: Option<Vec<(String, Node)>>,
    pub body: body::Body,
    /// Byte offset of the body in the note's text, past any front matter.
    pub body_offset: usize,
    /// The emails pasted into the note, by their senders.
    pub mail: Vec<mail::Pasted>,
    /// The note's text as extraction reads it, when that differs from the file: the pasted
    /// emails blanked, and an outline's task markers read as checkboxes (`markers_boxed`).
    pub readable: Option<String>,
}

/// Parses a note.
///
/// # Errors
/// A diagnostic with the file's line and column when the front matter cannot be read.
pub fn parse(source: &Source) -> Result<Document, Diagnostic> {
    let split = front_matter::split(&source.rel, &source.text)?;
    // (A note kept as an email to oneself is the writer's own, byte for byte where it was.)
    let own = mail::to_oneself(&source.text, split.body_offset);
    let original = own.as_deref().unwrap_or(&source.text);
    let mail: Vec<mail::Pasted> =
        mail::pasted(&original[split.body_offset..]).into_iter().map(|p| p.shifted(split.body_offset)).collect();
    let without_mail = (!mail.is_empty()).then(|| mail::blanked(original, &mail));
    let text = without_mail.as_deref().unwrap_or(original);
    // A note kept in another program's format, read as Markdown first.
    let styled = rewritten(text, split.body_offset, STYLES);
    let text = styled.as_deref().unwrap_or(text);
    let boxed = markers_boxed(text);
    let readable = match pandoc_plain(boxed.as_deref().unwrap_or(text), split.body_offset) {
        Some(plain) => Some(plain),
        None => boxed.or(styled).or(without_mail).or_else(|| own.clone()),
    };
    let readable = rewritten(readable.as_deref().unwrap_or(original), split.body_offset, READINGS).or(readable);
    let body = body::parse(readable.as_deref().unwrap_or(&source.text), split.body_offset);
    Ok(Document { front: split.front, body, body_offset: split.body_offset, mail, readable })
}

/// A rewrite of a note's text past `body_offset`: every line kept where it was, and `None` when
/// the note has nothing it rewrites.
type Rewrite = fn(&str, usize) -> Option<String>;

/// The formats of other programs, read as the Markdown they stand for (`styles`).
const STYLES: &[Rewrite] = &[
    latex::latex_read,
    styles::indented_read,
    styles::notebook_read,
    styles::full_width_read,
    styles::html_read,
    markup::asciidoc_read,
    markup::rst_read,
    styles::org_read,
    styles::chat_read,
    styles::csv_record_read,
    styles::csv_tabled,
    styles::cornell_read,
    styles::bullet_journal_read,
    styles::todo_txt_read,
    styles::mind_map_read,
    styles::thread_read,
    styles::outline_numbered_read,
    styles::trello_read,
    styles::todoist_read,
    styles::git_log_read,
    styles::nippo_read,
    styles::meeting_summary_read,
    styles::jira_read,
    styles::issue_read,
    styles::dendron_read,
    styles::screenplay_read,
    styles::taskpaper_read,
    styles::zettel_read,
    styles::synthesis_read,
    styles::wiki_headings_read,
    styles::dashed_headings_read,
];

/// The writer's own habits, read as what they mean, in this order (sets 47–51).
const READINGS: &[Rewrite] = &[
    actions_listed,
    minutes_in_first_person,
    second_person_read,
    ocr_digits_read,
    ocr_letters_read,
    highlight_marks_read,
    attention_signs_read,
    arrows_after_names,
    military_dates_spelled,
    spoken_days_written,
    diff_marks_listed,
    footnotes_unmarked,
    doc_comments_unmarked,
    people_lines_listed,
    tagged_lines_listed,
    bullets_under_numbered,
    contact_blocks_listed,
];

/// `text` through each of `rewrites` in turn; `None` when none of them changed it.
fn rewritten(text: &str, body_offset: usize, rewrites: &[Rewrite]) -> Option<String> {
    rewrites
        .iter()
        .fold(None, |done: Option<String>, rewrite| rewrite(done.as_deref().unwrap_or(text), body_offset).or(done))
}

/// Text marked as highlighted, as Obsidian, Bear and Typora write it (set 65: `==Chase LOVED the
/// Lakeshore Foods win-back story== — lapsed co-pack acct…`), as the text: the marks are a
/// highlighter's, not the writer's words. `a == b` (spaces inside) is no mark.
fn highlight_marks_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if !body.contains("==") {
        return None;
    }
    let mut changed = false;
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let mut rest = line;
        loop {
            let Some(open) = rest.find("==") else {
                out.push_str(rest);
                break;
            };
            let after = &rest[open + 2..];
            let opens = after.starts_with(|c: char| !c.is_whitespace() && c != '=') && !rest[..open].ends_with('=');
            let close = after.find("==").filter(|&c| {
                opens && c > 0 && !after[..c].ends_with(char::is_whitespace) && !after[c + 2..].starts_with('=')
            });
            match close {
                Some(c) => {
                    out.push_str(&rest[..open]);
                    out.push_str(&after[..c]);
                    rest = &after[c + 2..];
                    changed = true;
                }
                None => {
                    out.push_str(&rest[..open + 2]);
                    rest = after;
                }
            }
        }
    }
    changed.then(|| format!("{front}{out}"))
}

/// An arrow after the name that opens a list item (set 69, a plan of thanks: `- **Tadhg** → email
/// (he gave his address)`, `- **Katie** → no, not directly, she's 17`), as the dash a note writes
/// there: what follows is what to do about them.
fn arrows_after_names(text: &str, body_offset: usize) -> Option<String> {
    if !text.contains(" → ") && !text.contains(" -> ") {
        return None;
    }
    items_rewritten(text, body_offset, &["- ", "* ", "+ "], |item| {
        let (at, len) = [" → ", " -> "].iter().filter_map(|a| item.find(a).map(|at| (at, a.len()))).min()?;
        let words: Vec<&str> = item[..at].trim_matches(['*', '_']).split_whitespace().collect();
        let named = (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                // (Not `EIT -> PE exam`, an acronym's arrow: a name has lower case.)
                w.starts_with(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            });
        named.then(|| format!("{} — {}", &item[..at], &item[at + len..]))
    })
}

/// `text` with the text of each list item (after one of `markers`) that `rewrite` rewrites as it
/// says, every line where it was; `None` when it rewrites none.
fn items_rewritten(
    text: &str,
    body_offset: usize,
    markers: &[&str],
    rewrite: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let mut changed = false;
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let rest = &line[indent..];
        let marker = markers.iter().find(|m| rest.starts_with(*m));
        match marker.and_then(|m| rewrite(&rest[m.len()..]).map(|item| (m, item))) {
            Some((marker, item)) => {
                out.push_str(&line[..indent]);
                out.push_str(marker);
                out.push_str(&item);
                changed = true;
            }
            None => out.push_str(line),
        }
    }
    changed.then(|| format!("{front}{out}"))
}

/// A sign of warning that opens a list item (set 68: `- ⚠️ forgot to say I have my ADR
/// certificate…`, `- 🚩 I said 18%…`), left out: it flags the line, and what the line says is
/// read as written. A tag after it (`⚠️ MISSED — …`) stays.
fn attention_signs_read(text: &str, body_offset: usize) -> Option<String> {
    const SIGNS: &[&str] = &["⚠️ ", "⚠ ", "❗️ ", "❗ ", "‼️ ", "‼ ", "🚩 "];
    if !SIGNS.iter().any(|s| text.contains(s)) {
        return None;
    }
    items_rewritten(text, body_offset, &["- [ ] ", "- [x] ", "- [X] ", "- ", "* ", "+ "], |item| {
        SIGNS.iter().find_map(|s| item.strip_prefix(s)).map(str::to_owned)
    })
}

/// Logseq's task markers, as the checkboxes they are, byte for byte (`- TODO email Owen` is `- [ ]
/// email Owen`, `- DONE text Kezia` is `- [x] text Kezia`), list markers a Google Doc escaped
/// (`\- Forgot…`) or typed as characters (`• `, `– `), as markers, and a document's ballot boxes
/// (`☐ `, `☒ `) as checkboxes, when `text` has any: a plan of thank-yous written in an outline
/// reads like one written as a checklist, and an exported list like a list (set 47). Every line
/// stays where it was.
fn markers_boxed(text: &str) -> Option<String> {
    const MARKERS: &[(&str, &str)] = &[
        ("TODO ", "[ ] "),
        ("LATER ", "[ ] "),
        ("NOW ", "[ ] "),
        ("DOING ", "[ ] "),
        ("DONE ", "[x] "),
        // (Set 56, Roam Research: `- {{[[TODO]]}} card → Denise`.)
        ("{{[[TODO]]}} ", "[ ] "),
        ("{{[[DONE]]}} ", "[x] "),
    ];
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let rest = &line[indent..];
        // (Set 47: a Google Doc exported to Markdown escapes its list markers, `\- Forgot to
        // mention…`: an item, as written.)
        if ["\\- ", "\\* ", "\\+ "].iter().any(|m| rest.starts_with(m)) {
            changed = true;
            out.push_str(&line[..indent]);
            out.push(' ');
            out.push_str(&rest[1..]);
            continue;
        }
        // (Set 48: Apple Notes pasted as plain text, `• Ngaire Pōtae – Head of Product`, `– said
        // ward 7 has 28 beds → it's 32`: a bullet typed as a character, a list marker.)
        if let Some(bullet) = ["• ", "◦ ", "▪ ", "‣ ", "– "].iter().find(|b| rest.starts_with(**b)) {
            changed = true;
            out.push_str(&line[..indent]);
            out.push('-');
            out.extend(std::iter::repeat_n(' ', bullet.len() - 1));
            out.push_str(&rest[bullet.len()..]);
            continue;
        }
        // (Set 50, a Word document's boxes: `☐ Mr. Kamau – SMS, …`, `☒ Njeri – email – sent 1/12`:
        // the checklist's items, ticked or not.)
        // (Set 51: `[ ] Shondra — LinkedIn msg + connect.`, `[x] LaToya — email — sent`: a box
        // typed without its list marker.)
        let boxes = [
            ("☐ ", "- [ ] "),
            ("☒ ", "- [x] "),
            ("☑ ", "- [x] "),
            ("[ ] ", "- [ ] "),
            ("[x] ", "- [x] "),
            ("[X] ", "- [x] "),
            // (Set 60, Apple Notes' checklist as plain text: `○ email Ximena — thanks`, `◉ navy
            // suit`.)
            ("○ ", "- [ ] "),
            ("◉ ", "- [x] "),
            // (Set 61, a bullet journal's done task: `× thank-you email to Ngaire + Sam — sent
            // Tue 17.11`.)
            ("× ", "- [x] "),
        ];
        // (Not `[x] Stage: technical phone screen`: a checklist of fields, each read as its label.)
        let field = |after: &str| {
            after
                .split_once(": ")
                .is_some_and(|(label, _)| label.split_whitespace().count() <= 3 && !label.contains(['—', '–']))
        };
        let boxes =
            boxes.iter().filter(|(b, _)| !b.starts_with('[') || !field(rest.get(b.len()..).unwrap_or_default()));
        if let Some((ballot, boxed)) = boxes.clone().find(|(b, _)| rest.starts_with(b)) {
            changed = true;
            out.push_str(&line[..indent]);
            out.push_str(boxed);
            out.push_str(&rest[ballot.len()..]);
            continue;
        }
        let item = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("* "));
        let marked = item.and_then(|item| MARKERS.iter().find(|(m, _)| item.starts_with(m)));
        match marked {
            Some((marker, boxed)) => {
                changed = true;
                out.push_str(&line[..indent + 2]);
                out.push_str(boxed);
                out.extend(std::iter::repeat_n(' ', marker.len() - boxed.len()));
                out.push_str(&line[indent + 2 + marker.len()..]);
            }
            None => out.push_str(line),
        }
    }
    changed.then_some(out)
}

/// What a document that pandoc converted from Word (set 50) writes as markup of its own, as the
/// text it marks: a span's attributes (`[This went well]{.mark}` is "This went well"), a
/// superscript (`7^th^` is "7th"), a line's closing backslash (a hard break), and a grid table,
/// as the pipe table it is (`grid_tables_piped`). Every line keeps its place, so each later line
/// starts on the line it did; only after `body_offset`. `None` when `text` holds none of these.
fn pandoc_plain(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let grid = body.lines().any(is_grid_border);
    let marked = grid || body.contains("]{") || body.contains("\\\n") || body.contains("^th^") || body.contains("^st^");
    if !marked {
        return None;
    }
    // (A span may run over lines, `[Remove the Ufanisi name and all⏎figures before sending!]{.mark}`;
    // only its brackets and attributes go, so every line stays.)
    let body = spans_unmarked(body);
    let mut lines: Vec<(String, &str)> = body
        .split_inclusive('\n')
        .map(|line| {
            let (content, end) = match line.strip_suffix('\n') {
                Some(c) => (c, "\n"),
                None => (line, ""),
            };
            let mut plain = content.to_owned();
            for sup in ["st", "nd", "rd", "th"] {
                plain = plain.replace(&format!("^{sup}^"), sup);
            }
            // (A hard break, `**Date:** 24/11/2026, 2.30 p.m.\`; not an escaped backslash.)
            if plain.ends_with('\\') && !plain.ends_with("\\\\") {
                plain.pop();
            }
            (plain, end)
        })
        .collect();
    if grid {
        grid_tables_piped(&mut lines);
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    for (line, end) in lines {
        out.push_str(&line);
        out.push_str(end);
    }
    Some(out)
}

/// True for a grid table's border: `+------+------+`, `+======+`, `+:-----+`.
fn is_grid_border(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3
        && line.starts_with('+')
        && line.ends_with('+')
        && line.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
        && line.contains(['-', '='])
}

/// Each grid table of `lines` (pandoc's, with `+---+` borders and cells run over several lines)
/// as a pipe table, in place: a row's cells joined on its first line (the header's on its last,
/// right above the delimiter row), its other lines and borders as empty rows, which no reader
/// takes for anything. A table with no `+===+` has its first row as the header.
fn grid_tables_piped(lines: &mut [(String, &str)]) {
    let mut at = 0;
    while at < lines.len() {
        if !is_grid_border(&lines[at].0) {
            at += 1;
            continue;
        }
        let end = (at + 1..lines.len())
            .find(|&i| {
                let l = lines[i].0.trim();
                !(l.starts_with('|') || is_grid_border(l))
            })
            .unwrap_or(lines.len());
        let top: Vec<char> = lines[at].0.trim().chars().collect();
        let bounds: Vec<usize> = top.iter().enumerate().filter(|(_, c)| **c == '+').map(|(i, _)| i).collect();
        let columns = bounds.len().saturating_sub(1);
        if columns == 0 || end - at < 3 {
            at = end;
            continue;
        }
        let empty = format!("|{}", " |".repeat(columns));
        let has_header = (at..end).any(|i| lines[i].0.trim().starts_with("+="));
        let mut header_done = false;
        let mut group: Vec<usize> = Vec::new();
        let mut cells: Vec<Vec<String>> = vec![Vec::new(); columns];
        for i in at..end {
            let line = lines[i].0.trim().to_owned();
            if !is_grid_border(&line) {
                let chars: Vec<char> = line.chars().collect();
                for (c, cell) in cells.iter_mut().enumerate() {
                    let from = (bounds[c] + 1).min(chars.len());
                    let to = bounds[c + 1].min(chars.len());
                    let piece: String = chars[from..to].iter().collect::<String>().trim().replace('|', "/");
                    if !piece.is_empty() {
                        cell.push(piece);
                    }
                }
                group.push(i);
                continue;
            }
            // A border: the row above it ends.
            let row = format!("| {} |", cells.iter().map(|c| c.join(" ")).collect::<Vec<_>>().join(" | "));
            let is_header = !header_done && (line.starts_with("+=") || (!has_header && !group.is_empty()));
            if let (Some(&first), Some(&last)) = (group.first(), group.last()) {
                let (keep, blank) = if is_header { (last, "") } else { (first, empty.as_str()) };
                for &g in &group {
                    lines[g].0 = blank.to_owned();
                }
                lines[keep].0 = row;
            }
            lines[i].0 = if is_header {
                header_done = true;
                format!("|{}", "---|".repeat(columns))
            } else if i == at || !header_done {
                String::new()
            } else {
                empty.clone()
            };
            group.clear();
            cells = vec![Vec::new(); columns];
        }
        at = end;
    }
}

/// A block of lines that each open with someone's name and a dash, as a plain-text note lists
/// who was there (set 61: `Letícia Amaral – Talent Acquisition. opened the Zoom…` over `Fernanda
/// Kato – VP of Engineering` over `Gui – Guilherme Prado, Senior Data Engineer`), as the list it
/// is: each line an item. Markdown would join the lines into one paragraph. Set 62's email to
/// oneself writes each over what they did, indented (`Daniel = Han Dong-hyun, Pricing Analytics
/// Lead` over ` - hardest question: …`, then `Shin Ye-rin-nim (Talent Acquisition)`): those lines
/// are the item's own list. Only a block of two such lines or more, none of them marked already;
/// `None` when there is none.
fn people_lines_listed(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let named = |line: &str| {
        let Some((who, _)) =
            [" – ", " — ", " - ", " = ", " ("].iter().filter_map(|d| line.split_once(d)).min_by_key(|(w, _)| w.len())
        else {
            return false;
        };
        let words: Vec<&str> = who.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words[0].starts_with(|c: char| c.is_uppercase())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || ["de", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "di"].contains(w)
                    || crate::pipeline::extract::people::is_korean_address(w)
            })
            && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)))
    };
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let plain = |l: &str| {
        let t = l.trim();
        !t.is_empty() && !l.starts_with([' ', '\t']) && !t.starts_with(['-', '*', '+', '#', '|', '>', '•', '–', '—'])
    };
    let indented = |l: &str| !l.trim().is_empty() && l.starts_with([' ', '\t']);
    // (0: as written; 1: an item; 2: an item's own line.)
    let mut listed = vec![0u8; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        let mut heads = 0;
        while i < lines.len() && (plain(lines[i]) || (heads > 0 && indented(lines[i]))) {
            heads += usize::from(plain(lines[i]));
            i += 1;
        }
        let block = start..i;
        if heads >= 2 && lines[block.clone()].iter().all(|l| !plain(l) || named(l.trim())) {
            block.for_each(|k| listed[k] = if plain(lines[k]) { 1 } else { 2 });
        }
        i = i.max(start + 1);
    }
    if !listed.iter().any(|&l| l > 0) {
        return None;
    }
    let out: String = lines
        .iter()
        .zip(&listed)
        .map(|(l, &list)| match list {
            1 => format!("- {l}"),
            2 => format!("  {l}"),
            _ => (*l).to_owned(),
        })
        .collect();
    Some(format!("{front}{out}"))
}

/// A block of lines that each open with a tag in square brackets, as a plain-text note sorts what
/// to fix (set 62: `[correction] I called their app "Nuri Taxi"…` over `[forgot] my Kaggle bronze
/// medal…` over `[promise] send Daniel…`), as the list it is: each line an item (Markdown would
/// join them into one paragraph). A link (`[text](url)`) or a checkbox (`[x] `) is no tag; only a
/// block of two such lines or more.
fn tagged_lines_listed(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let tagged = |l: &str| {
        let t = l.trim_end();
        let Some((tag, rest)) = t.strip_prefix('[').and_then(|t| t.split_once("] ")) else { return false };
        let words = tag.split_whitespace().count();
        // (Not a checkbox, `[x] Stage: …`: a tag is a word.)
        (1..=3).contains(&words)
            && tag.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && tag.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            && !rest.trim().is_empty()
            && !l.starts_with([' ', '\t'])
    };
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut listed = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let start = i;
        while i < lines.len() && tagged(lines[i]) {
            i += 1;
        }
        if i - start >= 2 {
            (start..i).for_each(|k| listed[k] = true);
        }
        i = i.max(start + 1);
    }
    if !listed.contains(&true) {
        return None;
    }
    let out: String =
        lines.iter().zip(&listed).map(|(l, &list)| if list { format!("- {l}") } else { (*l).to_owned() }).collect();
    Some(format!("{front}{out}"))
}

/// A record's contacts, each a name in bold and what it is, over the record's own fields indented
/// under it (set 63, a CRM log: `**Tom Achebe** — Sr. Consultant, Meridian Search` over `  Role:
/// COORDINATOR / my advocate`, `  Email: tom.achebe@…  (emailing since 10/29)`), as the list they
/// are: each contact an item, each field a point of it (Markdown would run each block into one
/// paragraph, its fields into the title). Only two such contacts or more.
fn contact_blocks_listed(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let contact = |l: &str| {
        let Some(rest) = l.strip_prefix("**") else { return false };
        let Some((name, after)) = rest.split_once("**") else { return false };
        let words: Vec<&str> = name.split_whitespace().collect();
        // (Not `**Marguerite Doucet** — VP Sales, Canada — R3 audience. NOT MET YET.`, nor `**"The
        // VP"**`, whose name the writer did not catch.)
        (1..=4).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && [" — ", " – ", " - "].iter().any(|d| after.starts_with(d))
            && !after.to_lowercase().contains("not met")
    };
    let field = |l: &str| {
        l.starts_with([' ', '\t'])
            && l.trim().split_once(": ").is_some_and(|(key, _)| {
                key.split_whitespace().count() <= 2
                    && key.starts_with(char::is_uppercase)
                    && key.chars().all(|c| c.is_alphabetic() || c == ' ')
            })
    };
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let heads: Vec<usize> = (0..lines.len()).filter(|&i| contact(lines[i])).collect();
    let with_fields = heads.iter().filter(|&&i| lines.get(i + 1).is_some_and(|l| field(l))).count();
    if heads.len() < 2 || with_fields < 2 {
        return None;
    }
    let mut out = String::with_capacity(body.len() + 64);
    let mut under = false;
    for (i, line) in lines.iter().enumerate() {
        if heads.contains(&i) {
            under = true;
            out.push_str("- ");
            out.push_str(line);
        } else if under && field(line) {
            out.push_str("    - ");
            out.push_str(line.trim_start());
        } else {
            under = false;
            out.push_str(line);
        }
    }
    Some(format!("{front}{out}"))
}

/// Bullets typed right under a numbered line, as the numbered item's own points (set 62: `1) Lee
/// Jae-won timjang-nim (…)` over `- got his business card: …` and `- he opened with my 과제…`):
/// indented under it, where Markdown would start a list of their own. Only bullets on the lines
/// right after the numbered one, with no blank line between; `None` when there are none.
fn bullets_under_numbered(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    // The width of a numbered line's marker (`1) `, `12. `), when the line is one.
    let numbered = |l: &str| {
        let digits = l.bytes().take_while(u8::is_ascii_digit).count();
        let marked = (1..=2).contains(&digits) && matches!(l.as_bytes().get(digits..digits + 2), Some(b") " | b". "));
        marked.then_some(digits + 2)
    };
    let bullet = |l: &str| l.starts_with("- ") || l.starts_with("* ");
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut out = String::with_capacity(body.len() + 64);
    let mut under: Option<usize> = None;
    let mut changed = false;
    for line in &lines {
        if let Some(width) = numbered(line) {
            under = Some(width);
            out.push_str(line);
            continue;
        }
        match under {
            Some(width) if bullet(line) => {
                out.extend(std::iter::repeat_n(' ', width));
                changed = true;
            }
            _ => under = None,
        }
        out.push_str(line);
    }
    changed.then(|| format!("{front}{out}"))
}

/// Each table of actions (`| Action | Owner | Due |`, as minutes of a meeting keep them: set 50)
/// as the to-do list it is, in place: a row is an item, its action and then its other cells after
/// dashes, ticked when a cell says it is done or sent (`| Thank-you email to Lwazi | KM | 30/11 —
/// DONE, sent 14:20 |` is `- [x] Thank-you email to Lwazi – KM – 30/11 — DONE, sent 14:20`); the
/// header and the delimiter row are blank. Only after `body_offset`; `None` when there is none.
fn actions_listed(text: &str, body_offset: usize) -> Option<String> {
    const ACTIONS: &[&str] = &["action", "actions", "action item", "action items", "to do", "todo", "task", "tasks"];
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let cells = |line: &str| -> Vec<String> {
        let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
        inner.split('|').map(|c| c.trim().replace("**", "")).collect()
    };
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    let mut changed = false;
    let mut at = 0;
    while at + 1 < lines.len() {
        let header = lines[at].trim();
        let delimiter = lines[at + 1].trim();
        let is_delimiter = delimiter.starts_with('|') && delimiter.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
        let first = cells(header).first().map(|c| c.to_lowercase()).unwrap_or_default();
        if !(header.starts_with('|') && is_delimiter && ACTIONS.contains(&first.trim_end_matches(':'))) {
            at += 1;
            continue;
        }
        changed = true;
        let end = |l: &str| if l.ends_with('\n') { "\n" } else { "" };
        out[at] = end(lines[at]).to_owned();
        out[at + 1] = end(lines[at + 1]).to_owned();
        let mut row = at + 2;
        while row < lines.len() && lines[row].trim().starts_with('|') {
            let parts: Vec<String> = cells(lines[row]).into_iter().filter(|c| !c.is_empty()).collect();
            let lower = parts.get(1..).unwrap_or_default().join(" ").to_lowercase();
            let done = ["done", "sent", "✓", "✔", "✅"]
                .iter()
                .any(|w| lower.split(|c: char| !c.is_alphanumeric() && !"✓✔✅".contains(c)).any(|x| x == *w));
            let tick = if done { "[x]" } else { "[ ]" };
            out[row] = if parts.is_empty() {
                end(lines[row]).to_owned()
            } else {
                format!("- {tick} {}{}", parts.join(" – "), end(lines[row]))
            };
            row += 1;
        }
        at = row;
    }
    changed.then(|| format!("{front}{}", out.concat()))
}

/// Minutes of a meeting as the writer's own notes, in place (set 50): where the minutes list the
/// writer as "Candidate" (`- Candidate`, `- Mr K. Molefe – Candidate`), "Candidate" in a sentence
/// is "I" or "me" and "candidate's" is "my" (`Candidate said 0.8.` is `I said 0.8.`, `put
/// candidate's name forward` is `put my name forward`); and the minutes' labels (`Noted:`,
/// `Resolved:`, `Agreed:`) that open a line are dropped, as the sentence after them says what
/// it says. Headings and the list of those present stay as they are. `None` when the note is no
/// such minutes.
fn minutes_in_first_person(text: &str, body_offset: usize) -> Option<String> {
    const LABELS: &[&str] = &["Noted:", "Resolved:", "Agreed:", "Observed:", "NOTED:", "RESOLVED:", "AGREED:"];
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let listed_as_candidate = body.lines().any(|line| {
        let item = line.trim_start().strip_prefix(['-', '*']).map(str::trim);
        item.is_some_and(|item| {
            let item = item.trim_end_matches(['.', ')']).to_lowercase();
            item == "candidate"
                || item.ends_with("(candidate")
                || [" – candidate", " - candidate", " — candidate", ", candidate"].iter().any(|e| item.ends_with(e))
        })
    });
    let labelled = body.lines().filter(|l| LABELS.iter().any(|label| l.trim_start().starts_with(label))).count();
    if !listed_as_candidate && labelled < 2 {
        return None;
    }
    let mut changed = false;
    let lines: Vec<String> = body
        .split_inclusive('\n')
        .map(|line| {
            let heading = line.trim_start().starts_with('#');
            let mut out = line.to_owned();
            if labelled >= 2 && !heading {
                let indent = line.len() - line.trim_start().len();
                if let Some(label) = LABELS.iter().find(|l| line[indent..].starts_with(**l)) {
                    out = format!("{}{}", &line[..indent], line[indent + label.len()..].trim_start());
                }
            }
            if listed_as_candidate && !heading {
                let content = out.trim_end_matches(['\n', '\r']);
                out = format!("{}{}", candidate_as_i(content), &out[content.len()..]);
            }
            changed |= out != line;
            out
        })
        .collect();
    changed.then(|| format!("{front}{}", lines.concat()))
}

/// `line` with the writer, whom minutes call "Candidate", as "I", "me" or "my" wherever a sentence
/// speaks of them; a list item that is the word alone (`- Candidate`) stays.
fn candidate_as_i(line: &str) -> String {
    // Words after which "Candidate" is the subject of what follows.
    const OPENS: &[&str] = &["how", "that", "when", "where", "why", "and", "but", "so", "if", "as", "whether", "which"];
    let words: Vec<&str> = line.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    // (`Candidate forgot to mention that he completed the Wits course`: until the sentence ends or
    // someone else is named, "he" is the writer too.)
    let mut the_writer_said = false;
    while i < words.len() {
        let word = words[i];
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        let tail = &word[bare.len()..];
        let lower = bare.to_lowercase();
        if the_writer_said {
            let mine = match lower.as_str() {
                "he" | "she" => Some("I"),
                "his" => Some("my"),
                "him" => Some("me"),
                "himself" | "herself" => Some("myself"),
                _ => None,
            };
            if let Some(mine) = mine {
                out.push(format!("{mine}{tail}"));
                the_writer_said = !tail.contains('.');
                i += 1;
                continue;
            }
            // (Someone else named, or the sentence's end, and "he" is no longer the writer.)
            let someone_else = bare.starts_with(char::is_uppercase) && bare != "I";
            the_writer_said = !(tail.contains('.') || someone_else);
        }
        let is_candidate = matches!(lower.as_str(), "candidate" | "candidate's" | "candidate’s");
        let the = out.last().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let next = words.get(i + 1).map(|w| w.trim_end_matches([',', '.', ';', ':']));
        // (`- Candidate`, `Mr K. Molefe – Candidate`: the list of those present.)
        let alone = next.is_none() && (i == 0 || words[..i].iter().any(|w| matches!(*w, "-" | "–" | "—" | "*")));
        if !is_candidate || alone {
            out.push(word.to_owned());
            i += 1;
            continue;
        }
        if the {
            out.pop();
        }
        let first =
            out.iter().all(|w| w.is_empty() || matches!(w.as_str(), "-" | "*" | "–") || w.ends_with(['.', ':']))
                && bare.starts_with('C');
        let capital = |s: &str| if first { crate::text::words::with_first_upper(s) } else { s.to_owned() };
        if lower.ends_with("'s") || lower.ends_with("’s") {
            out.push(format!("{}{tail}", capital("my")));
            i += 1;
            continue;
        }
        let before = out.last().map(|w| w.trim_end_matches(',').to_lowercase());
        let subject = first
            || before.as_deref().is_some_and(|w| OPENS.contains(&w))
            || next.is_some_and(|n| {
                n.ends_with("ed")
                    || matches!(
                        n,
                        "is" | "was"
                            | "has"
                            | "had"
                            | "will"
                            | "would"
                            | "could"
                            | "did"
                            | "does"
                            | "said"
                            | "gave"
                            | "forgot"
                            | "undertook"
                            | "took"
                            | "made"
                            | "told"
                            | "felt"
                            | "got"
                            | "spoke"
                            | "went"
                            | "came"
                            | "can"
                    )
            });
        if subject && tail.is_empty() {
            the_writer_said = true;
            out.push(capital("I"));
            // (`Candidate is`, `Candidate has`: as I would say it.)
            match next {
                Some("is") => {
                    out.push(format!("am{}", &words[i + 1][2..]));
                    i += 2;
                }
                Some("has") => {
                    out.push(format!("have{}", &words[i + 1][3..]));
                    i += 2;
                }
                Some("does") => {
                    out.push(format!("do{}", &words[i + 1][4..]));
                    i += 2;
                }
                _ => i += 1,
            }
        } else {
            out.push(format!("{}{tail}", if subject { capital("I") } else { "me".to_owned() }));
            i += 1;
        }
    }
    out.join(" ")
}

/// `front` and `body` with each word of `body` (a run of characters `in_word` accepts) that
/// `replace` gives a new spelling for written so, every other character as it was; `None` when
/// no word changed.
fn words_replaced(
    front: &str,
    body: &str,
    in_word: impl Fn(char) -> bool,
    replace: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let mut changed = false;
    let mut out = String::with_capacity(body.len());
    let mut word = String::new();
    for c in body.chars().chain(std::iter::once('\0')) {
        if c != '\0' && in_word(c) {
            word.push(c);
            continue;
        }
        match replace(&word) {
            Some(new) => {
                out.push_str(&new);
                changed = true;
            }
            None => out.push_str(&word),
        }
        word.clear();
        if c != '\0' {
            out.push(c);
        }
    }
    changed.then(|| format!("{front}{out}"))
}

/// A page read by OCR with its letters as the digits they look like (set 51: `hea1th`, `schoo1`,
/// `0perations`): a word of lower-case letters, four or more, with one `1` or `0` among them, is
/// the word with `l` or `o` (`O` when it opens a capitalised word). Codes (`k8s`, `B2B`, `H1`,
/// `4E`) have other digits, capitals or too few letters, and stay. Every line stays where it was.
/// `None` when there are none.
fn ocr_digits_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let read = |word: &str| -> Option<String> {
        let digits: Vec<(usize, char)> = word.char_indices().filter(|(_, c)| c.is_ascii_digit()).collect();
        let [(at, digit)] = digits[..] else { return None };
        let letters: Vec<char> = word.chars().filter(|c| !c.is_ascii_digit()).collect();
        let (before, after) = (&word[..at], &word[at + 1..]);
        // (Set 74, a notebook page: `KARA CALLED - 0FFER!!!`, `N0T repeating`: a word in capitals
        // with a zero among its letters, not last.)
        let enough = letters.len() >= 3 || (letters.len() == 2 && !before.is_empty());
        if digit == '0' && enough && !after.is_empty() && letters.iter().all(char::is_ascii_uppercase) {
            return Some(format!("{before}O{after}"));
        }
        let lower_after = after.chars().all(char::is_lowercase);
        let lower_before = before.chars().skip(1).all(char::is_lowercase) && before.chars().all(char::is_alphabetic);
        // (`ha1f`, `schoo1`, `0perations`; not `v1beta`, a version's code.)
        // (Set 51: `0ps Manager`, a word's first letter.)
        let placed = match (before.chars().count(), after.chars().count()) {
            (0, 2) => digit == '0',
            (0, n) => n >= 3,
            (b, 0) => b >= 3,
            (b, _) => b >= 2,
        };
        if letters.len() < 2 || !lower_after || !lower_before || !placed || !matches!(digit, '0' | '1') {
            return None;
        }
        let letter = match (digit, at) {
            ('0', 0) => 'O',
            ('0', _) => 'o',
            _ => 'l',
        };
        Some(format!("{}{letter}{}", &word[..at], &word[at + 1..]))
    };
    words_replaced(front, body, char::is_alphanumeric, read)
}

/// A page read by OCR with `m` as the `rn` it looks like and `w` as `vv` (set 74, a notebook page:
/// `ernail`, `rne`, `tirne`, `frorn`, `dovvn`): a word in lower case that reads as one of the
/// common words below once mended. Every other word stays (`turn`, `modern`, `savvy`, `Horne`).
fn ocr_letters_read(text: &str, body_offset: usize) -> Option<String> {
    const MENDED: &[&str] = &[
        "me", "my", "mom", "him", "them", "from", "some", "time", "times", "email", "emails", "emailed", "meet", "met",
        "min", "mins", "minute", "minutes", "more", "most", "must", "much", "made", "make", "many", "may", "maybe",
        "might", "mean", "meant", "mind", "same", "name", "home", "come", "came", "team", "room", "form", "dummy",
        "calm", "small", "remember", "down", "now", "how", "who", "with", "will", "would", "when", "what", "was",
        "were", "we", "well", "work", "want", "wear", "week", "wait", "way", "walk", "write", "wrote", "new", "know",
        "knew", "few", "two", "saw", "show", "showed",
    ];
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let read = |word: &str| -> Option<String> {
        if !(word.contains("rn") || word.contains("vv")) || !word.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let mended = word.replace("rn", "m").replace("vv", "w");
        MENDED.contains(&mended.as_str()).then_some(mended)
    };
    words_replaced(front, body, char::is_alphanumeric, read)
}

/// A day of the month said aloud, as a dictation app writes it (set 62: `Monday November twenty
/// third`, `by Friday December eleventh`), as a calendar writes it (`November 23rd`, `December
/// 11th`): after a month's name only. Every line stays where it was; `None` when there are none.
fn spoken_days_written(text: &str, body_offset: usize) -> Option<String> {
    const MONTHS: &[&str] = crate::pipeline::extract::timeline::MONTHS;
    const ORDINALS: &[&str] = crate::pipeline::extract::timeline::ORDINAL_WORDS;
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let ordinal = |w: &str| ORDINALS.iter().position(|o| w.eq_ignore_ascii_case(o)).map(|i| i + 1);
    let suffix = |n: usize| match (n % 10, n) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    let mut changed = false;
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let words: Vec<&str> = line.split(' ').collect();
        let mut kept: Vec<String> = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            // (Not `I may second that`: May and March as months are capitalised.)
            let month = i > 0
                && MONTHS.contains(&words[i - 1].to_lowercase().as_str())
                && !(["may", "march"].contains(&words[i - 1]));
            let bare = |w: &str| w.trim_end_matches([',', '.', ';', '\n']).to_owned();
            // `twenty third`, `twenty-third`, `thirty first`, or one word (`eleventh`).
            let (day, used) = if !month {
                (None, 1)
            } else if let Some(n) = ordinal(&bare(words[i])) {
                (Some(n), 1)
            } else {
                let tens = |w: &str| match w.to_lowercase().as_str() {
                    "twenty" => Some(20),
                    "thirty" => Some(30),
                    _ => None,
                };
                match bare(words[i]).split_once('-') {
                    Some((t, o)) => (tens(t).zip(ordinal(o)).map(|(t, o)| t + o).filter(|&n| n <= 31), 1),
                    None => {
                        let next = words.get(i + 1).map(|w| bare(w)).unwrap_or_default();
                        let day = tens(&bare(words[i])).zip(ordinal(&next)).map(|(t, o)| t + o).filter(|&n| n <= 31);
                        (day, 2)
                    }
                }
            };
            match day {
                Some(n) => {
                    let last = words[i + used - 1];
                    let tail = &last[bare(last).len()..];
                    kept.push(format!("{n}{}{tail}", suffix(n)));
                    changed = true;
                    i += used;
                }
                None => {
                    kept.push(words[i].to_owned());
                    i += 1;
                }
            }
        }
        out.push_str(&kept.join(" "));
    }
    changed.then(|| format!("{front}{out}"))
}

/// A soldier's dates as a calendar writes them (set 51): `04DEC` is `4 Dec`, `01DEC26` is `1 Dec
/// 2026`, a date-time group `171000SNOV26` (day, hour, minute, time zone, month, year) is `17 Nov
/// 2026`. Only words in capitals of that exact shape; every line stays where it was. `None`
/// when there are none.
fn military_dates_spelled(text: &str, body_offset: usize) -> Option<String> {
    const MONTHS: &[&str] = &["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let spelled = |word: &str| -> Option<String> {
        let digits = word.chars().take_while(char::is_ascii_digit).count();
        let rest = &word[digits..];
        // (A date-time group's time zone letter, `S` or `Z`, before the month.)
        let rest = match digits {
            6 if rest.len() == 6 || rest.len() == 4 => rest
                .strip_prefix(|c: char| c.is_ascii_uppercase())
                .filter(|r| MONTHS.iter().any(|m| r.starts_with(m)))
                .unwrap_or(rest),
            _ => rest,
        };
        let month = MONTHS.iter().position(|m| rest.starts_with(m))?;
        let year = &rest[3..];
        let year_ok = year.is_empty() || (year.len() == 2 && year.chars().all(|c| c.is_ascii_digit()));
        let day: u8 = match digits {
            1 | 2 => word[..digits].parse().ok()?,
            6 => word[..2].parse().ok()?,
            _ => return None,
        };
        if !year_ok || !(1..=31).contains(&day) {
            return None;
        }
        let name = crate::text::words::with_first_upper(&MONTHS[month].to_lowercase());
        Some(match year {
            "" => format!("{day} {name}"),
            yy => format!("{day} {name} 20{yy}"),
        })
    };
    words_replaced(front, body, |c| c.is_ascii_alphanumeric(), spelled)
}

/// A note written as a diff (set 51: `+ ` went well, `- ` went badly, `~ ` a plain line, `? ` a
/// question, `! ` a to-do, `> ` what someone said), with each line a list item, as the lines of a
/// list are read: `~ Kelvin Ng — Chief Product Officer` under `# ppl` lists him. Only in a note
/// that writes three or more such lines; every line stays where it was. `None` otherwise.
fn diff_marks_listed(text: &str, body_offset: usize) -> Option<String> {
    const MARKS: &[&str] = &["~ ", "? ", "! ", "> "];
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let marked = |line: &str| MARKS.iter().any(|m| line.starts_with(m));
    let count = body.lines().filter(|l| marked(l)).count();
    let kinds = MARKS.iter().filter(|m| body.lines().any(|l| l.starts_with(**m))).count();
    let plus = body.lines().any(|l| l.starts_with("+ "));
    if count < 3 || kinds < 2 || !plus {
        return None;
    }
    let out: String = body
        .split_inclusive('\n')
        .map(|line| match () {
            _ if marked(line) => format!("- {}", &line[2..]),
            _ => line.to_owned(),
        })
        .collect();
    Some(format!("{front}{out}"))
}

/// `text` without the marks of its footnotes in the run of its lines (`Head of Legal[^1]`, `It
/// was 31 July 2023.[^2]` are `Head of Legal`, `It was 31 July 2023.`): a note's reference to its
/// own footnote is no word of the sentence (set 51). The footnotes themselves (`[^1]: …` at a
/// line's start) stay. `None` when there are none.
fn footnotes_unmarked(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if !body.contains("[^") {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let mut rest = line;
        let mut first = true;
        while let Some(at) = rest.find("[^") {
            let close = rest[at..].find(']').map(|c| at + c);
            let label = close.map(|c| &rest[at + 2..c]);
            let is_mark = label.is_some_and(|l| !l.is_empty() && l.len() <= 12 && !l.contains(char::is_whitespace));
            // (`[^1]: Per HB's email…`, the footnote itself, opens its line.)
            let opens = first && rest[..at].trim().is_empty();
            match close.filter(|_| is_mark && !opens) {
                Some(c) => {
                    out.push_str(&rest[..at]);
                    rest = &rest[c + 1..];
                }
                None => {
                    out.push_str(&rest[..at + 2]);
                    rest = &rest[at + 2..];
                }
            }
            first = false;
        }
        out.push_str(rest);
    }
    (out != body).then(|| format!("{front}{out}"))
}

/// `text` without a Google Doc's comments, as its plain-text export writes them (set 61): a mark
/// in the text (`cut our BigQuery cost by 38%[a]`) and the comment itself, on a line of its own
/// after the text (`[a]Mariana Figueiredo: check this number`), which is the writer's note to
/// themselves and no part of any letter: the mark goes, the comment's line is left blank. Only
/// the labels a comment's line gives (`a` to `zz`) are marks. `None` when there are none.
fn doc_comments_unmarked(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let label_of = |line: &str| -> Option<String> {
        let rest = line.strip_prefix('[')?;
        let (label, after) = rest.split_once(']')?;
        let label_ok = (1..=2).contains(&label.len()) && label.chars().all(|c| c.is_ascii_lowercase());
        // (`[a]Mariana Figueiredo: …`, the comment's author right after the bracket; not a box,
        // `[x] done`.)
        (label_ok && after.starts_with(|c: char| c.is_alphabetic())).then(|| format!("[{label}]"))
    };
    let labels: Vec<String> =
        body.lines().filter_map(label_of).filter(|l| body.matches(l.as_str()).count() >= 2).collect();
    if labels.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        if label_of(line).is_some_and(|l| labels.contains(&l)) {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
            continue;
        }
        out.push_str(&labels.iter().fold(line.to_owned(), |l, label| l.replace(label.as_str(), "")));
    }
    Some(format!("{front}{out}"))
}

/// `line` with each pandoc span (`[text]{.mark}`, `[text]{.underline}`) as its text alone.
fn spans_unmarked(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("]{") {
        let Some(close) = rest[at..].find('}') else { break };
        let attrs = &rest[at + 2..at + close];
        // (The span's opening bracket, at most a few lines back.)
        let open = rest[..at].rfind('[').filter(|&open| rest[open..at].matches('\n').count() <= 3);
        // (`{.mark}`, `{#_GoBack .anchor}`, `{custom-style="Quote"}`.)
        let attributes = !attrs.is_empty()
            && attrs.split_whitespace().all(|a| a.starts_with(['.', '#']) || a.contains('='))
            && !attrs.contains('\n');
        match open.filter(|_| attributes) {
            Some(open) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..at]);
            }
            None => out.push_str(&rest[..at + close + 1]),
        }
        rest = &rest[at + close + 1..];
    }
    out.push_str(rest);
    out
}

/// A note written to oneself in the second person, in the first (set 67: `You told them the
/// Heaney and spoken word idea. Rory actually stopped you…`, `You never mentioned you've corrected
/// Junior Cycle English for the SEC`, `Fergal rang at 4. You didn't get it.`): outside quotations, "you"
/// is "I" where it is the subject and "me" where it is not, "your" "my", "you're" "I'm", "you
/// were" "I was". Only a note that speaks to "you" far more than it says "I" is read so: a letter
/// to a mentor (`like you taught me`) is to someone else. Headings stay as they are.
fn second_person_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let unquoted = |line: &str| crate::text::words::without_quotations(line);
    let (mut yous, mut mes) = (0usize, 0usize);
    for line in body.lines() {
        let plain = unquoted(line);
        for word in plain.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
            match word.to_lowercase().replace('’', "'").as_str() {
                "you" | "you've" | "you'd" | "you'll" | "you're" | "yourself" => yous += 1,
                "i" | "i've" | "i'd" | "i'll" | "i'm" | "myself" => mes += 1,
                _ => {}
            }
        }
    }
    if yous < 8 || yous < 4 * mes.max(1) {
        return None;
    }
    let mut changed = false;
    let mut out = String::with_capacity(body.len() + 64);
    for line in body.split_inclusive('\n') {
        if line.trim_start().starts_with('#') {
            out.push_str(line);
            continue;
        }
        let read = first_person_of(line);
        changed |= read != line;
        out.push_str(&read);
    }
    changed.then(|| format!("{front}{out}"))
}

/// Words that follow "you" as its verb, so that "you" is "I": `that's all you know`, `Of course
/// you were`, `He said you can ring the office`.
const VERBS: &[&str] = &[
    "know",
    "knew",
    "can",
    "could",
    "will",
    "would",
    "should",
    "have",
    "had",
    "did",
    "do",
    "don't",
    "didn't",
    "need",
    "want",
    "think",
    "thought",
    "got",
    "get",
    "were",
    "are",
    "may",
    "might",
    "must",
    "wrote",
    "write",
    "built",
    "run",
    "ran",
    "say",
    "said",
    "told",
    "tell",
    "see",
    "saw",
    "make",
    "made",
    "go",
    "went",
    "look",
    "felt",
    "feel",
    "love",
    "hate",
    "like",
    "mean",
    "meant",
    "forgot",
    "forget",
    "never",
    "always",
    "just",
    "really",
    "also",
    "still",
    "only",
    "both",
    "actually",
    "probably",
    "nearly",
    "finally",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "haven't",
    "hadn't",
    "weren't",
    "aren't",
    "sent",
    "send",
];

/// `line` with "you" as "I" or "me", outside what it quotes (`"send me that rubric"`, `thank
/// you`).
fn first_person_of(line: &str) -> String {
    // Words after which "you" is the subject of what follows.
    const OPENS: &[&str] = &[
        "and", "but", "so", "because", "when", "if", "that", "then", "as", "until", "before", "after", "where",
        "while", "since", "which", "what", "how", "why", "till", "though", "or", "once", "whether",
    ];
    let mut out = String::with_capacity(line.len() + 16);
    let mut quoted = false;
    let (mut previous, mut earlier) = (String::new(), String::new());
    let mut rest = line;
    while !rest.is_empty() {
        let at = rest.find(|c: char| c.is_alphabetic()).unwrap_or(rest.len());
        let gap = &rest[..at];
        for c in gap.chars() {
            if matches!(c, '"' | '“' | '”') {
                quoted = !quoted;
            }
        }
        out.push_str(gap);
        rest = &rest[at..];
        let end = rest.find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase().replace('’', "'");
        let next =
            rest.trim_start().split(|c: char| !(c.is_alphabetic() || c == '\'')).next().unwrap_or("").to_lowercase();
        let starts =
            previous.is_empty() || gap.contains(['.', '!', '?', ':', ';', '(', '—', '–', '\n']) || gap.trim() == "-";
        let subject = starts || OPENS.contains(&previous.as_str()) || gap.contains(',');
        let capital = word.starts_with(char::is_uppercase);
        let thank = previous == "thank";
        let verb = VERBS.contains(&next.as_str()) || (next.ends_with("ed") && next.len() > 3);
        let mine: Option<String> = if quoted || thank {
            None
        } else {
            match lower.as_str() {
                // (`You and Rory both taught in Mayo`: "Rory and I".)
                "you" if subject && rest.starts_with(" and ") => {
                    let after = &rest[" and ".len()..];
                    let name_end = after.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(after.len());
                    let name = &after[..name_end];
                    if name.starts_with(char::is_uppercase) {
                        rest = &after[name_end..];
                        Some(format!("{name} and I"))
                    } else {
                        Some("I".to_owned())
                    }
                }
                "you" if subject || verb => Some("I".to_owned()),
                // (`Dervla laughed at the pair of you`: the two of them.)
                "you" if previous == "of" && ["pair", "two", "both", "all", "three"].contains(&earlier.as_str()) => {
                    Some("us".to_owned())
                }
                "you" => Some(if capital { "Me" } else { "me" }.to_owned()),
                "your" => Some(if capital { "My" } else { "my" }.to_owned()),
                "yours" => Some(if capital { "Mine" } else { "mine" }.to_owned()),
                "yourself" => Some(if capital { "Myself" } else { "myself" }.to_owned()),
                "you're" => Some("I'm".to_owned()),
                "you've" => Some("I've".to_owned()),
                "you'd" => Some("I'd".to_owned()),
                "you'll" => Some("I'll".to_owned()),
                _ => None,
            }
        };
        match mine {
            Some(mine) => {
                out.push_str(&mine);
                // (`you were` as `I was`, `you weren't` as `I wasn't`, `you are` as `I am`.)
                if mine == "I" {
                    for (were, was) in
                        [(" were", " was"), (" weren't", " wasn't"), (" are", " am"), (" aren't", " am not")]
                    {
                        if rest.starts_with(were) && !rest[were.len()..].starts_with(char::is_alphabetic) {
                            out.push_str(was);
                            rest = &rest[were.len()..];
                            break;
                        }
                    }
                }
            }
            None => out.push_str(word),
        }
        earlier = std::mem::replace(&mut previous, lower);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighters_marks_are_no_words_of_the_note() {
        // Set 65, a Bear note.
        let text = "## the good\n- ==Chase LOVED the Lakeshore Foods win-back story== — lapsed acct\n\
                    - ==Linda: \"best slide\"== (tiering)\nif a == b then ==\n====\n";
        let read = highlight_marks_read(text, 0).unwrap();
        assert_eq!(
            read,
            "## the good\n- Chase LOVED the Lakeshore Foods win-back story — lapsed acct\n\
             - Linda: \"best slide\" (tiering)\nif a == b then ==\n====\n"
        );
        assert_eq!(highlight_marks_read("Setext\n======\n", 0), None);
    }

    #[test]
    fn a_day_said_aloud_is_written_as_a_calendar_writes_it() {
        let read = spoken_days_written(
            "okay Monday November twenty third\nthey'll decide by Friday December eleventh, ok\n",
            0,
        );
        assert_eq!(read.as_deref(), Some("okay Monday November 23rd\nthey'll decide by Friday December 11th, ok\n"));
        assert_eq!(spoken_days_written("the second round in May\nthe third one\n", 0), None);
        assert_eq!(spoken_days_written("December thirty-first\n", 0).as_deref(), Some("December 31st\n"));
        assert_eq!(spoken_days_written("I may second that\n", 0), None);
    }

    #[test]
    fn lines_opening_with_a_tag_are_a_list_and_checkboxes_are_no_tags() {
        let read = tagged_lines_listed("fix list:\n[correction] Nuri Ride, not Taxi\n[me only] commute\n", 0);
        assert_eq!(read.as_deref(), Some("fix list:\n- [correction] Nuri Ride, not Taxi\n- [me only] commute\n"));
        assert_eq!(tagged_lines_listed("[x] Stage: phone screen\n[x] Interviewer: Sofia\n", 0), None);
    }

    #[test]
    fn a_records_contacts_are_a_list_with_their_fields_under_each() {
        let record = "## CONTACTS\n\n**Tom Achebe** — Sr. Consultant\n  Role: COORDINATOR\n  Email: tom@m.example\n\n\
                      **Sunny Park** — National Sales Manager\n  Role: HIRING MGR\n\n**Gord** — front desk\n";
        let read = contact_blocks_listed(record, 0);
        assert_eq!(
            read.as_deref(),
            Some(
                "## CONTACTS\n\n- **Tom Achebe** — Sr. Consultant\n    - Role: COORDINATOR\n    - Email: tom@m.example\n\n\
                 - **Sunny Park** — National Sales Manager\n    - Role: HIRING MGR\n\n- **Gord** — front desk\n"
            )
        );
        // (One contact is no record's list; nor are bold names without fields.)
        assert_eq!(contact_blocks_listed("**Tom Achebe** — Sr. Consultant\n  Role: COORDINATOR\n", 0), None);
        assert_eq!(contact_blocks_listed("**Tom** — hi\n**Sunny** — hello\n", 0), None);
    }

    #[test]
    fn bullets_right_under_a_numbered_line_are_its_own() {
        let read = bullets_under_numbered(
            "1) Lee Jae-won (팀장)\n- got his card\n- asked about CUPED\n\n- a list of its own\n",
            0,
        );
        assert_eq!(
            read.as_deref(),
            Some("1) Lee Jae-won (팀장)\n   - got his card\n   - asked about CUPED\n\n- a list of its own\n")
        );
        assert_eq!(bullets_under_numbered("1. one\n2. two\n", 0), None);
    }

    #[test]
    fn pandoc_s_own_markup_is_read_as_its_text_with_every_line_in_place() {
        let text = "**TAUSI – AUDIT MANAGER**\\\n**Venue:** Ngong Road – 7^th^ Floor\nI picked all three. [This went well]{.mark} – JK said so. [Hm\nto]{.underline}\nkeep [this] and {that}[]{#_GoBack .anchor}\n";
        let plain = pandoc_plain(text, 0).unwrap();
        let lines: Vec<&str> = plain.lines().map(str::trim_end).collect();
        assert_eq!(
            lines,
            [
                "**TAUSI – AUDIT MANAGER**",
                "**Venue:** Ngong Road – 7th Floor",
                "I picked all three. This went well – JK said so. Hm",
                "to",
                "keep [this] and {that}"
            ]
        );
        assert_eq!(pandoc_plain("plain [text] here\n", 0), None);
        let grid = "**Panel:**\n\n+------------+--------------+\n| **Name**   | **Title**    |\n+============+==============+\n| Mr. Peter  | Partner,     |\n| Otieno     | Assurance    |\n+------------+--------------+\n| Ms. Achieng| HR Manager   |\n+------------+--------------+\nAfter.\n";
        let piped = pandoc_plain(grid, 0).unwrap();
        assert_eq!(piped.lines().count(), grid.lines().count());
        let lines: Vec<&str> = piped.lines().collect();
        assert_eq!(lines[3], "| **Name** | **Title** |");
        assert_eq!(lines[4], "|---|---|");
        assert_eq!(lines[5], "| Mr. Peter Otieno | Partner, Assurance |");
        assert_eq!(lines[6], "| | |");
        assert_eq!(lines[8], "| Ms. Achieng | HR Manager |");
        assert_eq!(lines[10], "After.");
    }

    #[test]
    fn a_table_of_actions_is_a_to_do_list_in_place() {
        let text = "## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Thank-you email to Lwazi | KM | 30/11 — DONE, sent 14:20 |\n| WhatsApp Sipho — thanks for the site walk | KM | 23/11 |\n\nAfter.\n";
        let listed = actions_listed(text, 0).unwrap();
        assert_eq!(listed.lines().count(), text.lines().count());
        assert_eq!(
            listed.lines().collect::<Vec<_>>(),
            [
                "## Action items",
                "",
                "",
                "",
                "- [x] Thank-you email to Lwazi – KM – 30/11 — DONE, sent 14:20",
                "- [ ] WhatsApp Sipho — thanks for the site walk – KM – 23/11",
                "",
                "After.",
            ]
        );
        assert!(actions_listed("| Action | Owner |\n|---|---|\n| | |\n", 0).is_some(), "an empty row");
        assert_eq!(actions_listed("| Name | Title |\n|---|---|\n| Ana | CTO |\n", 0), None);
    }

    #[test]
    fn an_arrow_after_a_name_that_opens_an_item_is_a_dash() {
        let text = "- **Tadhg** → email (he gave his address)\n- Katie → no\n- OTIF screenshot → Ruud\n→ tell Marcus\n";
        assert_eq!(
            arrows_after_names(text, 0).unwrap(),
            "- **Tadhg** — email (he gave his address)\n- Katie — no\n- OTIF screenshot → Ruud\n→ tell Marcus\n"
        );
    }

    #[test]
    fn a_warning_sign_before_an_item_is_left_out() {
        let text =
            "# N\n\n- ⚠️ forgot to say I have my ADR certificate\n  - 🚩 I said 18%\n- ⚠️ MISSED — the cert\nx ⚠️ y\n";
        assert_eq!(
            attention_signs_read(text, 0).unwrap(),
            "# N\n\n- forgot to say I have my ADR certificate\n  - I said 18%\n- MISSED — the cert\nx ⚠️ y\n"
        );
        assert_eq!(attention_signs_read("- a\n- b\n", 0), None);
    }

    #[test]
    fn an_outline_s_task_markers_are_checkboxes_in_place() {
        let text = "- thank-yous\n\t- DONE text Kezia\n\t- TODO email Owen\n\t- LATER card\n- TODOS are fine\n";
        let boxed = markers_boxed(text).unwrap();
        assert_eq!(boxed, "- thank-yous\n\t- [x]  text Kezia\n\t- [ ]  email Owen\n\t- [ ]   card\n- TODOS are fine\n");
        assert_eq!(boxed.len(), text.len());
        assert_eq!(markers_boxed("- nothing to do\n"), None);
        let exported = "***To clarify***\n\n\\- Forgot to mention the cert.\n";
        assert_eq!(markers_boxed(exported).unwrap(), "***To clarify***\n\n - Forgot to mention the cert.\n");
        let typed = "WHO WAS THERE\n• Ngaire – Head of Product\n– said 28 beds → it's 32\n";
        let listed = markers_boxed(typed).unwrap();
        assert_eq!(listed, "WHO WAS THERE\n-   Ngaire – Head of Product\n-   said 28 beds → it's 32\n");
        assert_eq!(listed.len(), typed.len());
        let boxes = "Thank-you list\n\n☒ Njeri – email – sent 1/12\n\n☐ Mr. Kamau – SMS\n[x] Grace — email — sent\n";
        assert_eq!(
            markers_boxed(boxes).unwrap(),
            "Thank-you list\n\n- [x] Njeri – email – sent 1/12\n\n- [ ] Mr. Kamau – SMS\n- [x] Grace — email — sent\n"
        );
        assert_eq!(markers_boxed("[x] Stage: technical phone screen\n"), None, "a checklist of fields");
    }

    #[test]
    fn minutes_that_call_the_writer_candidate_read_as_the_writer_s_own_words() {
        let text = "## Present\n- Mr Zulu – Chair\n- Mr K. Molefe – Candidate\n\n## 6. Candidate questions\n\
                    3.3 Mr van der Merwe asked for the LTIFR at candidate's current section. Candidate said 0.8.\n\
                    Noted: INCORRECT. It is 0.38.\n\
                    Resolved: Candidate undertook to send Mr van der Merwe the template.\n\
                    Noted: Mr Zulu corrected the candidate, gently. Candidate is keen; Candidate has the cert.\n\
                    Noted: Candidate forgot to mention that he completed his course. He was kind. Candidate asked Ms Nkosi how she did it.\n\
                    Noted: Shortlisted candidates advised by Friday.\n";
        let read = minutes_in_first_person(text, 0).unwrap();
        assert_eq!(read.lines().count(), text.lines().count());
        assert_eq!(
            read.lines().collect::<Vec<_>>(),
            [
                "## Present",
                "- Mr Zulu – Chair",
                "- Mr K. Molefe – Candidate",
                "",
                "## 6. Candidate questions",
                "3.3 Mr van der Merwe asked for the LTIFR at my current section. I said 0.8.",
                "INCORRECT. It is 0.38.",
                "I undertook to send Mr van der Merwe the template.",
                "Mr Zulu corrected me, gently. I am keen; I have the cert.",
                "I forgot to mention that I completed my course. He was kind. I asked Ms Nkosi how she did it.",
                "Shortlisted candidates advised by Friday.",
            ]
        );
        assert_eq!(minutes_in_first_person("Noted: once.\nThe candidate said it.\n", 0), None, "no minutes");
    }

    #[test]
    fn footnote_marks_are_no_words_of_their_sentences() {
        let text = "- Ms O'Sullivan, Head of Legal[^1]\nIt was 31 July 2023.[^2] Nobody corrected me.\n\n[^1]: Per HB's email.\n[^2]: FCA PS22/9. [^x] stays [^ not one]\n";
        let read = footnotes_unmarked(text, 0).unwrap();
        assert_eq!(
            read,
            "- Ms O'Sullivan, Head of Legal\nIt was 31 July 2023. Nobody corrected me.\n\n[^1]: Per HB's email.\n[^2]: FCA PS22/9.  stays [^ not one]\n"
        );
        assert_eq!(footnotes_unmarked("no marks [here]\n", 0), None);
    }

    #[test]
    fn lines_that_each_open_with_a_name_and_a_dash_are_a_list_of_people() {
        let text = "Where we are: round 1 of 3.\n\nLetícia Amaral – Talent Acquisition. opened the Zoom\n\
                    Fernanda Kato – VP of Engineering\nGui – Guilherme Prado, Senior Data Engineer\n\n\
                    Round 1 – done\nThey said – maybe\n";
        assert_eq!(
            people_lines_listed(text, 0).as_deref(),
            Some(
                "Where we are: round 1 of 3.\n\n- Letícia Amaral – Talent Acquisition. opened the Zoom\n\
                 - Fernanda Kato – VP of Engineering\n- Gui – Guilherme Prado, Senior Data Engineer\n\n\
                 Round 1 – done\nThey said – maybe\n"
            )
        );
        assert_eq!(people_lines_listed("Ana Ruiz – HR\n\nBo Li – CTO\n", 0), None, "one line a block");
    }

    #[test]
    fn a_google_docs_comment_is_the_writers_own_and_its_mark_no_word() {
        let text = "He liked the dbt story (cut cost by 38%[a]). It's 1.2 TB/day[b].\n- [x] done\n\n\
                    [a]Mariana Figueiredo: check this number before quoting it anywhere\n\
                    [b]Mariana Figueiredo: 1.2 TB confirmed\n";
        let read = doc_comments_unmarked(text, 0).unwrap();
        assert_eq!(read, "He liked the dbt story (cut cost by 38%). It's 1.2 TB/day.\n- [x] done\n\n\n\n");
        assert_eq!(doc_comments_unmarked("- [x] done\n[a] list\n", 0), None, "no comments");
    }

    #[test]
    fn a_note_written_as_a_diff_is_a_list_line_by_line() {
        let text = "# ppl\n~ Kelvin Ng — Chief Product Officer\n# how\n+ Siti liked it\n- rambled\n? hybrid?\n> Siti: \"nice\"\n! send notes\n";
        let listed = diff_marks_listed(text, 0).unwrap();
        assert_eq!(
            listed,
            "# ppl\n- Kelvin Ng — Chief Product Officer\n# how\n+ Siti liked it\n- rambled\n- hybrid?\n- Siti: \"nice\"\n- send notes\n"
        );
        assert_eq!(diff_marks_listed("> a quote\n> more\n- item\n", 0), None, "a note's quotes, no diff");
    }

    #[test]
    fn a_soldier_s_dates_read_as_a_calendar_writes_them() {
        let text = "DTG: 171000SNOV26 – 171215NOV26\nRd 2 BOOKED 01DEC26 0900. Decision NLT 04DEC. CALL on MON 07DEC.\nA1DEC and 123DEC and 32DEC stay.\n";
        let read = military_dates_spelled(text, 0).unwrap();
        assert_eq!(
            read,
            "DTG: 17 Nov 2026 – 17 Nov 2026\nRd 2 BOOKED 1 Dec 2026 0900. Decision NLT 4 Dec. CALL on MON 7 Dec.\nA1DEC and 123DEC and 32DEC stay.\n"
        );
        assert_eq!(military_dates_spelled("Met on 4 Dec.\n", 0), None);
    }

    #[test]
    fn letters_an_ocr_read_as_digits_are_letters_again() {
        let text =
            "Head of 0perations. sat in for the 2nd ha1f, old schoo1, a bott1e\nk8s B2B H1 4E 6W v1beta 2024 a1l\n";
        let read = ocr_digits_read(text, 0).unwrap();
        assert_eq!(
            read,
            "Head of Operations. sat in for the 2nd half, old school, a bottle\nk8s B2B H1 4E 6W v1beta 2024 a1l\n"
        );
        assert_eq!(ocr_digits_read("the 10am call, Q2, SS1/21\n", 0), None);
        // (Set 74: `rn` for m, `vv` for w, in common words only.)
        let read = ocr_letters_read("Kirsten gave rne her ernail this tirne, wrote it dovvn\n", 0).unwrap();
        assert_eq!(read, "Kirsten gave me her email this time, wrote it down\n");
        assert_eq!(ocr_letters_read("turn the modern corner, Horne is savvy\n", 0), None);
        // (Set 74: capitals, a zero among them.)
        let read = ocr_digits_read("KARA CALLED - 0FFER!!! N0T repeating\n", 0).unwrap();
        assert_eq!(read, "KARA CALLED - OFFER!!! NOT repeating\n");
        assert_eq!(ocr_digits_read("FY20 A10 XR0 D0 PS1 COVID-19\n", 0), None, "codes stay");
    }

    // Set 67: notes written to oneself in the second person. "I was especially glad that you
    // FINALLY told you about the SEC examining." was sent to Rory.
    #[test]
    fn a_note_to_oneself_in_the_second_person_reads_in_the_first() {
        let text = "Tue 24 Nov — Brightpath round 2\n\nDervla met you at reception. You didn't get her surname, \
                    that's all you know.\n\n## What went well\n\n- You FINALLY told Rory about the SEC examining. \
                    He said \"why didn't you say that the first time?!\" Fair.\n- You and Rory both taught in Mayo. Dervla laughed at the pair of you.\n\
                    - Of course you were. You'll look like you weren't listening.\n\nThank you, your notes.\n";
        let read = second_person_read(text, 0).expect("a note to oneself");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        assert_eq!(
            read,
            "Tue 24 Nov — Brightpath round 2\n\nDervla met me at reception. I didn't get her surname, \
             that's all I know.\n\n## What went well\n\n- I FINALLY told Rory about the SEC examining. \
             He said \"why didn't you say that the first time?!\" Fair.\n- Rory and I both taught in Mayo. Dervla laughed at the pair of us.\n\
             - Of course I was. I'll look like I wasn't listening.\n\nThank you, my notes.\n"
        );
        // (A letter to a mentor speaks to someone else: `like you taught me`.)
        let letter = "Dear Chef,\n\nI did the trade test. I was shaking. You taught me to write to them, and I will. \
                      I met Marco. I think you would like him. I owe you a call.\n";
        assert_eq!(second_person_read(letter, 0), None);
    }
}
