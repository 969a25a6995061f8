//! Notes kept in another program's format, read as the Markdown they stand for (set 52): a chat
//! pasted from Slack or WhatsApp, an Emacs user's org-mode outline, rows pasted from a
//! spreadsheet. Each rewrite keeps every line where it was (what it drops becomes an empty line),
//! so that positions still point into the file, and returns `None` when the note has none of
//! its marks.

use crate::pipeline::extract::people;

/// A chat pasted into the note, Slack's (`Wanjiku Mwangi  1:47 PM` over each message) or
/// WhatsApp's (`[25/11/2026, 12:31] Me: tapos na`), as the writer's own lines: each line the
/// writer sent is an item, and what the others wrote, who wrote it and when, and reactions
/// (`:raised_hands: 2`) are left out. The writer is `Me` (WhatsApp) or whoever speaks first.
/// Emoji codes, `(edited)` and `@mentions` of the others go. The chat ends at a heading or a
/// rule.
pub(super) fn chat_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let speakers: Vec<&str> =
        body.lines().filter_map(|l| slack_speaker(l).or_else(|| whatsapp(l).map(|w| w.0))).collect();
    let mut distinct = speakers.clone();
    distinct.sort_unstable();
    distinct.dedup();
    // (A conversation: two people at least, one of them speaking again.)
    if speakers.len() < 4 || distinct.len() < 2 || distinct.len() == speakers.len() {
        return None;
    }
    let writer = distinct.iter().copied().find(|s| matches!(*s, "Me" | "You")).unwrap_or(speakers[0]);
    let others: Vec<&str> = distinct.iter().copied().filter(|s| *s != writer).collect();
    let mut out = String::with_capacity(body.len());
    let mut speaking: Option<&str> = None;
    for line in body.split_inclusive('\n') {
        let (content, end) = match line.strip_suffix('\n') {
            Some(content) => (content, "\n"),
            None => (line, ""),
        };
        let trimmed = content.trim();
        let said = if let Some(who) = slack_speaker(content) {
            speaking = Some(who);
            None
        } else if let Some((who, said)) = whatsapp(content) {
            speaking = Some(who);
            Some(said)
        } else if trimmed.starts_with('#') || (trimmed.len() >= 3 && trimmed.chars().all(|c| c == '-')) {
            speaking = None;
            out.push_str(line);
            continue;
        } else if speaking.is_none() {
            out.push_str(line);
            continue;
        } else if is_time(trimmed) || is_reaction(trimmed) {
            None
        } else {
            Some(trimmed)
        };
        if let (Some(said), Some(true)) = (said, speaking.map(|s| s == writer)) {
            let said = cleaned(said, &others);
            if !said.is_empty() {
                // (`so thank yous:`: a label over the items that follow, as a note writes one.)
                let listed = ["- ", "* ", "• ", "+ "].iter().any(|m| said.starts_with(m))
                    || said.ends_with(':')
                    || said.split_once(". ").is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
                if !listed {
                    out.push_str("- ");
                }
                out.push_str(&said);
            }
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// The speaker of a line Slack writes over a message: `Njeri Kamau  4:13 PM`, a name of one to
/// four capitalised words, two spaces or more, and the time.
fn slack_speaker(line: &str) -> Option<&str> {
    let line = line.trim();
    let at = line.rfind("  ")?;
    let (name, time) = (line[..at].trim_end(), line[at..].trim().trim_matches(['[', ']']));
    let time = ["AM", "PM", "am", "pm"].iter().find_map(|m| time.strip_suffix(m)).unwrap_or(time).trim_end();
    (is_time(time) && is_speaker(name)).then_some(name)
}

/// The speaker and the text of a line of a WhatsApp export: `[25/11/2026, 12:31] Me: tapos na`
/// (iPhone) or `25/11/2026, 12:31 - Ate Joy: OMG` (Android).
fn whatsapp(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let rest = match line.strip_prefix('[') {
        Some(rest) => rest.split_once("] ")?,
        None => line.split_once(" - ")?,
    };
    let (stamp, message) = rest;
    let (date, time) = stamp.split_once(", ")?;
    let time = time.split(' ').next().unwrap_or(time);
    let time = time.rsplit_once(':').filter(|(hm, _)| hm.contains(':')).map_or(time, |(hm, _)| hm);
    let dated = date.split('/').count() == 3 && date.chars().all(|c| c.is_ascii_digit() || c == '/');
    let (who, said) = message.split_once(": ")?;
    (dated && is_time(time) && (is_speaker(who) || who == "Me")).then_some((who, said))
}

/// True for a time of day as a chat writes it: `4:15`, `12:58`.
fn is_time(text: &str) -> bool {
    text.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    })
}

/// True for someone's name as a chat shows it: one to four words, each with a capital first.
fn is_speaker(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '-' | '.'))
        })
}

/// True for a line of reactions under a message: `:raised_hands: 2  :heart: 1`, `:+1: 1`.
fn is_reaction(line: &str) -> bool {
    !line.is_empty()
        && line.split_whitespace().all(|w| w.chars().all(|c| c.is_ascii_digit()) || is_emoji_code(w))
        && line.split_whitespace().any(is_emoji_code)
}

/// True for an emoji's code: `:sweat_smile:`, `:+1:`.
fn is_emoji_code(word: &str) -> bool {
    word.len() > 2
        && word.starts_with(':')
        && word.ends_with(':')
        && word[1..word.len() - 1].chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-'))
}

/// A message as the writer meant it: without emoji codes, `(edited)`, WhatsApp's `<Media
/// omitted>`, or the `@` before one of the `others` it mentions (`@Njeri Kamau out of Shamba`).
fn cleaned(said: &str, others: &[&str]) -> String {
    let said = said.trim().trim_end_matches("(edited)").trim_end().replace("<Media omitted>", "");
    let said = others.iter().fold(said, |s, o| s.replace(&format!("@{o} "), "").replace(&format!("@{o}"), ""));
    let words: Vec<&str> = said.split(' ').filter(|w| !is_emoji_code(w.trim_end_matches([',', '.']))).collect();
    words.join(" ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A note an Emacs user keeps with org-mode's marks, as the Markdown they stand for: `#+TITLE:`
/// the title, `* Heading :tag:` a heading one level down, `* TODO Email Preet` and `* DONE …` a
/// checklist's items, a `:PROPERTIES:` drawer's `:COMPANY:  Northbound` a `Company:` line (its
/// `:WHERE:` and other properties the writer's own),
/// `<2026-12-11 Fri>` a date, `[[url][words]]` the words. Only a note with org's own header or
/// drawer (`#+TITLE:`, `#+FILETAGS:`, `:PROPERTIES:`) is read so.
pub(super) fn org_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let org = body.lines().any(|l| {
        let l = l.trim();
        l.starts_with("#+TITLE:") || l.starts_with("#+title:") || l.starts_with("#+FILETAGS:") || l == ":PROPERTIES:"
    });
    if !org {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    // (Set 75: a `:LOGBOOK:` drawer's `CLOCK: [2026-11-04 Wed 14:04]--[…] =>  1:17`, the time
    // Emacs kept, not the writer's words.)
    let mut logbook = false;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let trimmed = content.trim();
        // (A heading's planning line, `CLOSED: [2026-11-11 Wed 09:20]`, `SCHEDULED: <…>`: when
        // Emacs marked it done or due, not what the heading says.)
        let planning = ["CLOSED:", "SCHEDULED:", "DEADLINE:"].iter().any(|p| trimmed.starts_with(p));
        // (A drawer left open ends at the next heading.)
        logbook &= heading(content).is_none();
        if logbook || trimmed == ":LOGBOOK:" || planning {
            logbook = (logbook || trimmed == ":LOGBOOK:") && trimmed != ":END:";
            out.push_str(end);
            continue;
        }
        let read = if let Some(title) = trimmed.strip_prefix("#+TITLE:").or_else(|| trimmed.strip_prefix("#+title:")) {
            format!("# {}", title.trim())
        } else if trimmed.starts_with("#+") || trimmed == ":PROPERTIES:" || trimmed == ":END:" {
            String::new()
        } else if let Some((key, value)) = property(trimmed) {
            // (The company, the job and the round, as lines a note writes them; where and when it
            // was, any other property, and a round with the writer's aside are the writer's:
            // `:WHERE: King St office`, `:ROUND: 2/3 (Priya now says this is effectively the final)`.)
            const FIELDS: &[&str] = &["Company", "Organisation", "Organization", "Employer", "Role", "Position", "Job"];
            let round = ["Round", "Stage"].contains(&key.as_str()) && !value.contains('(');
            if FIELDS.contains(&key.as_str()) || round { format!("{key}: {value}") } else { String::new() }
        } else if let Some((stars, rest)) = heading(content) {
            let rest = untagged(rest);
            match rest.split_once(' ').unwrap_or((rest, "")) {
                ("TODO" | "NEXT" | "WAITING", item) => format!("- [ ] {item}"),
                ("DONE", item) => format!("- [x] {item}"),
                _ => format!("{} {rest}", "#".repeat(stars + 1)),
            }
        } else {
            content.to_owned()
        };
        out.push_str(&plain_org(&read));
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A drawer's property line, `:COMPANY:  Northbound Logistics Inc.`, as (`Company`, its value).
fn property(line: &str) -> Option<(String, &str)> {
    let rest = line.strip_prefix(':')?;
    let (key, value) = rest.split_once(':')?;
    let word = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    (word && !value.trim().is_empty()).then(|| {
        let key = key.replace(['_', '-'], " ").to_lowercase();
        (crate::text::words::with_first_upper(&key), value.trim())
    })
}

/// An org heading, `** Who`: how many stars, and what follows them.
fn heading(line: &str) -> Option<(usize, &str)> {
    let stars = line.len() - line.trim_start_matches('*').len();
    let rest = line[stars..].strip_prefix(' ')?;
    (stars >= 1 && !rest.trim().is_empty()).then_some((stars, rest.trim()))
}

/// A heading without the tags at its end: `Onsite — Mississauga office   :interview:onsite:`.
fn untagged(heading: &str) -> &str {
    match heading.rsplit_once(char::is_whitespace) {
        Some((before, tags))
            if tags.len() > 2 && tags.starts_with(':') && tags.ends_with(':') && !tags.contains(' ') =>
        {
            before.trim_end()
        }
        _ => heading,
    }
}

/// A line without org's brackets: `<2026-12-11 Fri>` is `2026-12-11 Fri`, `[[url][words]]` the
/// words, `[[Someone]]` the name.
fn plain_org(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(['<', '[']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let stamp = tail.strip_prefix('<').and_then(|t| t.split_once('>')).filter(|(inner, _)| {
            inner.len() >= 10
                && inner[..10].chars().all(|c| c.is_ascii_digit() || c == '-')
                && inner.as_bytes()[4] == b'-'
        });
        let link = tail.strip_prefix("[[").and_then(|t| t.split_once("]]"));
        if let Some((inner, after)) = stamp {
            out.push_str(inner);
            rest = after;
        } else if let Some((inner, after)) = link.filter(|(inner, _)| !inner.contains('\n')) {
            out.push_str(inner.split_once("][").map_or(inner, |(_, words)| words));
            rest = after;
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// A note exported from OneNote or Evernote, its lines HTML (`<div><b>Quién estuvo:</b></div>`,
/// `&nbsp;`, `<span style="…">`), as the text they show: bold as `**bold**`, italics as `*…*`,
/// other tags left out, entities read, and a table whose rows are a line each (`<tr><td>…</td>
/// …</tr>`) a Markdown table: its header row on the `<table>` line, the rule where the header
/// row was, so that every other row keeps its line (set 53). Only a note whose lines mostly open
/// with a tag is read so.
pub(super) fn html_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let filled: Vec<&str> = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
    let tagged = filled.iter().filter(|l| l.starts_with('<') && l.contains('>')).count();
    let exported = ["<div", "<p>", "<p ", "<br", "<span", "<table"].iter().any(|t| body.contains(t));
    if !exported || filled.is_empty() || tagged * 2 < filled.len() {
        return None;
    }
    let cells = |line: &str| -> Option<Vec<String>> {
        let row = line.trim().strip_prefix("<tr")?.split_once('>')?.1.strip_suffix("</tr>")?;
        let cells: Vec<String> = row
            .split("</td>")
            .flat_map(|c| c.split("</th>"))
            .filter_map(|c| c.trim().split_once('>').map(|(_, inner)| html_text(inner).replace('|', "\\|")))
            .collect();
        (!cells.is_empty()).then_some(cells)
    };
    let mut out = String::with_capacity(body.len());
    let mut titled = false;
    let mut i = 0;
    while i < lines.len() {
        let (content, end) = lines[i].strip_suffix('\n').map_or((lines[i], ""), |c| (c, "\n"));
        let trimmed = content.trim();
        // (`<table …>` alone on its line over a row a line: the table's lines are a blank line,
        // the header row and the rule, then the rows, each a line down, the last on `</table>`.)
        if trimmed.starts_with("<table") && trimmed.ends_with('>') && !trimmed.contains("<tr") {
            let rows: Vec<Vec<String>> = lines[i + 1..].iter().map_while(|l| cells(l)).collect();
            if let Some(header) = rows.first() {
                let closed = lines.get(i + 1 + rows.len()).is_some_and(|l| l.trim().starts_with("</table"));
                out.push('\n');
                out.push_str(&format!("| {} |\n|{}\n", header.join(" | "), "---|".repeat(header.len())));
                for row in &rows[1..] {
                    out.push_str(&format!("| {} |\n", row.join(" | ")));
                }
                i += 1 + rows.len() + usize::from(closed);
                if !closed {
                    out.push('\n');
                }
                continue;
            }
        }
        let text = html_text(content);
        let text = text.trim_end();
        // (A line all in bold, `<div><b>Quién estuvo:</b></div>`, is a heading: the first the
        // note's title.)
        let bold = text.strip_prefix("**").and_then(|t| t.strip_suffix("**")).filter(|t| !t.contains("**"));
        let read = match bold {
            Some(heading) if !heading.trim().is_empty() => {
                let level = if titled { "###" } else { "#" };
                titled = true;
                format!("{level} {}", heading.trim())
            }
            _ => text.to_owned(),
        };
        out.push_str(&read);
        out.push_str(end);
        i += 1;
    }
    Some(format!("{front}{out}"))
}

/// A line of HTML as the text it shows: `<b>`/`<strong>` as `**`, `<i>`/`<em>` as `*`, other tags
/// left out, and the entities a note's export writes (`&nbsp;`, `&amp;`, `&gt;`) read.
fn html_text(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let Some(close) = rest[at..].find('>') else {
            out.push_str(&rest[at..]);
            rest = "";
            break;
        };
        let tag = rest[at + 1..at + close].trim().to_ascii_lowercase();
        let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or_default().to_owned();
        match name.as_str() {
            "b" | "strong" => out.push_str("**"),
            "i" | "em" => out.push('*'),
            _ => {}
        }
        rest = &rest[at + close + 1..];
    }
    out.push_str(rest);
    // (A bold run that opens the line with a space inside, `** Quién**`, would be no bold.)
    let out = out.replace("&nbsp;", " ").replace("\u{a0}", " ");
    let out = out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    let out = out.replace("&amp;", "&");
    out.trim_start().to_owned()
}

/// Wiki links to pages named by a hierarchy, as Dendron and Foam vaults write them (set 57:
/// `[[people.oksana-petrenko|Oksana]]`, `[[orgs.tessellate]]`), as links to the page's own name:
/// `[[Oksana Petrenko|Oksana]]`, `[[Tessellate]]`. A link whose alias is no start of the name
/// (`[[people.marcus-lee|mlee]]`, what the writer calls him everywhere else) stays as written, and
/// so do links with spaces, anchors or capitals, another vault's.
pub(super) fn dendron_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if !body.contains("[[") {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    let mut changed = false;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open..].find("]]").map(|c| open + c) else { break };
        out.push_str(&rest[..open]);
        let inner = &rest[open + 2..close];
        let (target, alias) = match inner.split_once('|') {
            Some((t, a)) => (t, Some(a)),
            None => (inner, None),
        };
        let slug = |part: &str| {
            !part.is_empty()
                && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        };
        let parts: Vec<&str> = target.split('.').collect();
        match parts.last() {
            Some(page) if parts.len() >= 2 && parts.iter().all(|p| slug(p)) => {
                let name: Vec<String> = page
                    .split(['-', '_'])
                    .filter(|w| !w.is_empty())
                    .map(crate::text::words::with_first_upper)
                    .collect();
                let name = name.join(" ");
                let alias = alias.map(str::trim);
                let short = alias.map(|a| a.trim_end_matches('.').to_lowercase());
                match short {
                    Some(a) if a.is_empty() || !name.to_lowercase().starts_with(&a) => {
                        out.push_str(&rest[open..close + 2]);
                    }
                    _ => {
                        out.push_str("[[");
                        out.push_str(&name);
                        if let Some(alias) = alias {
                            out.push('|');
                            out.push_str(alias);
                        }
                        out.push_str("]]");
                        changed = true;
                    }
                }
            }
            _ => out.push_str(&rest[open..close + 2]),
        }
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    changed.then(|| format!("{front}{out}"))
}

/// A note written up as user research is synthesised (set 58): a header of labels in capitals
/// over their values (`CO        Gleisfrei GmbH`), the people met coded as a study codes its
/// participants (`P1  Katrin Bauer (KB) — Head of UX Research`, `P2  MK — Moritz Krüger, Staff
/// Product Designer`), blocks under a label in capitals (`OBSERVATIONS`, `QUOTES`) of lines
/// tagged like sticky notes (`[+] P1 nodded hard at the diary study`, `→ still owe KB the
/// readout`), and quotes signed with initials (`"…" — KB`). Read as Markdown: the header as
/// `Company: …` lines, each label a heading, each person and each tagged line an item, and each
/// code or set of initials the person's given name (`Katrin nodded hard…`). `None` unless the
/// note has three tagged lines and a label in capitals.
pub(super) fn synthesis_read(text: &str, body_offset: usize) -> Option<String> {
    const TAGS: &[&str] = &["[+] ", "[-] ", "[!] ", "[?] "];
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let tagged = body.lines().filter(|l| TAGS.iter().any(|t| l.trim_start().starts_with(t))).count();
    let shouted = |l: &str| {
        let head = l.split([' ', '—', '–', '/']).next().unwrap_or_default();
        head.chars().count() >= 3
            && head.chars().all(|c| c.is_uppercase() || c == '-')
            && l.split_whitespace().count() <= 5
            && !l.contains("  ")
    };
    if tagged < 3 || !body.lines().any(|l| shouted(l.trim_end())) {
        return None;
    }
    // The people, by their code and initials: (code or initials, given name).
    let mut coded: Vec<(String, String)> = Vec::new();
    let participant = |l: &str| -> Option<(Option<String>, String)> {
        let (code, rest) = l.split_once("  ")?;
        let code = code.trim();
        let numbered = code.len() >= 2 && code.starts_with('P') && code[1..].chars().all(|c| c.is_ascii_digit());
        (numbered || matches!(code, "ref" | "+")).then(|| (numbered.then(|| code.to_owned()), rest.trim().to_owned()))
    };
    let initials = |w: &str| (2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    // `Katrin Bauer (KB) — Head…` or `MK — Moritz Krüger, Staff…`: the line as a list writes a
    // person, and their initials.
    let person = |line: &str| -> (String, Option<String>) {
        if let Some((first, rest)) = line.split_once(" — ").filter(|(f, _)| initials(f)) {
            return (rest.to_owned(), Some(first.to_owned()));
        }
        if let Some(open) = line.find(" (") {
            if let Some(close) = line[open..].find(')').map(|c| open + c) {
                let inside = &line[open + 2..close];
                if initials(inside) {
                    return (format!("{}{}", &line[..open], &line[close + 1..]), Some(inside.to_owned()));
                }
            }
        }
        (line.to_owned(), None)
    };
    let given = |listed: &str| -> Option<String> {
        let name = listed.split([',', '—', '–', '(']).next().unwrap_or_default().trim();
        if let Some((_, rest)) = name.split_once('"') {
            return rest.split_once('"').map(|(called, _)| called.to_owned());
        }
        name.split_whitespace()
            .find(|w| !people::is_abbreviated_honorific(w) && w.trim_end_matches('.').len() > 1)
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(str::to_owned)
    };
    for line in body.lines() {
        if let Some((code, rest)) = participant(line) {
            let (listed, short) = person(&rest);
            if let Some(name) = given(&listed) {
                coded.extend(code.into_iter().chain(short).map(|c| (c, name.clone())));
            }
        }
    }
    let named = |line: &str| -> String {
        let mut out = String::with_capacity(line.len());
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            match coded.iter().find(|(c, _)| c == word) {
                Some((_, name)) => out.push_str(name),
                None => out.push_str(word),
            }
            word.clear();
        };
        for c in line.chars() {
            if c.is_alphanumeric() {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    };
    const HEADER: &[(&str, &str)] = &[
        ("SESSION", "Date"),
        ("DATE", "Date"),
        ("WHEN", "Date"),
        ("CO", "Company"),
        ("COMPANY", "Company"),
        ("ROLE", "Role"),
        ("POSITION", "Role"),
        ("STAGE", "Stage"),
        ("NEXT", "Next"),
    ];
    let mut out = String::with_capacity(body.len() + 256);
    let mut among_people = false;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let trimmed = content.trim();
        // (`Gleisfrei GmbH · Revaler Str., Friedrichshain · on-site`: the company, then where;
        // `18.11.2026 (Mi) · 14:00–15:15`: the day, then the time.)
        let header = content.split_once("  ").and_then(|(label, value)| {
            let (_, key) = HEADER.iter().find(|(l, _)| *l == label.trim())?;
            let value = value.trim();
            let value = match *key {
                "Company" | "Date" => {
                    let end = [" · ", " ("].iter().filter_map(|s| value.find(s)).min().unwrap_or(value.len());
                    &value[..end]
                }
                _ => value,
            };
            Some(format!("{key}: {value}"))
        });
        if trimmed.is_empty() {
            among_people = false;
            out.push_str(content);
        } else if let Some(header) = header {
            out.push_str(&header);
        } else if let Some((_, rest)) = participant(content) {
            among_people = true;
            out.push_str("- ");
            out.push_str(&person(&rest).0);
        } else if among_people && content.starts_with([' ', '\t']) {
            out.push_str("- ");
            out.push_str(&named(trimmed));
        } else if shouted(trimmed) && !TAGS.iter().any(|t| trimmed.starts_with(t)) {
            among_people = ["WHO", "PARTICIPANTS", "PEOPLE", "ATTENDEES"].contains(&trimmed);
            out.push_str("## ");
            out.push_str(trimmed);
        } else if let Some(rest) = TAGS.iter().chain(&["→ "]).find_map(|t| trimmed.strip_prefix(t)) {
            out.push_str("- ");
            out.push_str(&named(rest));
        } else if trimmed.starts_with(['"', '“', '✔', '✓']) {
            out.push_str("- ");
            out.push_str(&named(trimmed));
        } else {
            out.push_str(&named(content));
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A Zettelkasten note (set 65): paragraphs numbered as Luhmann numbered his slips, the number
/// in bold (`**3** What went well`, `**3a** Miriam on my rate-book appraisal: "…"`), and a `Type:`
/// line that files the note (`Type: fleeting`). Read as Markdown: a number over a few words is a
/// heading (`## What went well`, `### People` for `**1a** People`), any other numbered paragraph
/// an item, so that lines written one under the other are read one by one; the `Type:` line says
/// nothing of the interview. `None` unless three paragraphs are numbered so.
pub(super) fn zettel_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if body.lines().filter(|l| numbered_slip(l).is_some()).count() < 3 {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let content = content.strip_suffix('\r').unwrap_or(content);
        let filed = content.split_once(':').is_some_and(|(key, value)| {
            const TYPES: &[&str] = &["fleeting", "permanent", "literature", "reference", "moc", "index", "structure"];
            key.trim().eq_ignore_ascii_case("type")
                && value.split_whitespace().next().is_some_and(|t| TYPES.contains(&t.to_lowercase().as_str()))
        });
        if filed {
            out.push_str(end);
            continue;
        }
        match numbered_slip(content) {
            Some((id, rest)) => {
                let words = rest.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
                let label = words <= 5 && !rest.ends_with(['.', '!', '?', ')']) && !rest.contains([':', '=', '"', '“']);
                if label {
                    let sub = id.ends_with(|c: char| c.is_ascii_alphabetic());
                    out.push_str(if sub { "### " } else { "## " });
                } else {
                    out.push_str("- ");
                }
                out.push_str(rest);
            }
            None => out.push_str(content),
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A paragraph numbered as a slip is (`**3a** Miriam on…`): the number, and what follows it.
fn numbered_slip(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("**")?;
    let (id, rest) = rest.split_once("**")?;
    let digits = id.chars().take_while(char::is_ascii_digit).count();
    let slip = (1..=3).contains(&digits) && id[digits..].chars().all(|c| c.is_ascii_lowercase()) && id.len() <= 5;
    let rest = rest.strip_prefix(' ')?.trim();
    (slip && !rest.is_empty()).then_some((id, rest))
}

/// A note kept in TaskPaper's format (set 58): projects (`People:`, a line ending in a colon),
/// tasks under them (`\t- Marcus Feld — Director of Product @person(Marcus)`) and notes under the
/// tasks (`\t\tliked the load-matching story`), indented with tabs and tagged (`@done(…)`,
/// `@due(…)`, `@waiting`). Read as Markdown: a project is a heading, a task an item, a note under
/// a task an item nested under it (what the outline says of that task), a note under a project
/// a line of its own. A task done (`@done(2026-11-19)`) is ticked, `- [x]`; a day due or dated
/// is said in words (`(due 2026-11-23)`); the other tags go. `None` unless the note has two
/// projects and a tagged task.
pub(super) fn taskpaper_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let project = |l: &str| {
        let t = l.trim_end();
        !l.starts_with([' ', '\t', '-', '#', '>', '*']) && t.len() > 1 && t.ends_with(':') && !t.contains(": ")
    };
    let tagged = |l: &str| l.trim_start().starts_with("- ") && l.contains(" @") && l.starts_with('\t');
    if body.lines().filter(|l| project(l)).count() < 2 || !body.lines().any(tagged) {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    // The tabs of the task the lines below are notes under, if any.
    let mut task: Option<usize> = None;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let content = content.strip_suffix('\r').unwrap_or(content);
        let tabs = content.len() - content.trim_start_matches('\t').len();
        let rest = content[tabs..].trim_end();
        if rest.is_empty() {
            out.push_str(end);
            continue;
        }
        if tabs == 0 && project(content) {
            task = None;
            out.push_str("## ");
            out.push_str(rest.trim_end_matches(':'));
        } else if let Some(item) = rest.strip_prefix("- ") {
            let (item, done) = without_taskpaper_tags(item);
            task = Some(tabs);
            out.push_str(&"  ".repeat(tabs.saturating_sub(1)));
            out.push_str(if done { "- [x] " } else { "- " });
            out.push_str(&item);
        } else {
            let (note, _) = without_taskpaper_tags(rest);
            match task.filter(|&t| tabs > t) {
                Some(t) => {
                    out.push_str(&"  ".repeat(t));
                    out.push_str("- ");
                }
                None => task = None,
            }
            out.push_str(&note);
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A TaskPaper line without its tags (`@person(Marcus)`, `@waiting`), with a day it is due or
/// dated said in words (`@due(2026-11-23)` → `(due 2026-11-23)`, `@date(2026-11-24)` → `on
/// 2026-11-24`); and whether it is done (`@done`).
fn without_taskpaper_tags(line: &str) -> (String, bool) {
    let mut out = String::with_capacity(line.len());
    let mut done = false;
    let mut rest = line;
    while let Some(at) = rest.find('@') {
        let after = &rest[at + 1..];
        let word_end = after.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')).unwrap_or(after.len());
        let tag = &after[..word_end];
        let starts = at == 0 || rest[..at].ends_with(' ');
        if !starts || tag.is_empty() {
            out.push_str(&rest[..=at]);
            rest = after;
            continue;
        }
        let (value, used) = match after[word_end..].strip_prefix('(') {
            Some(v) => match v.find(')') {
                Some(close) => (Some(&v[..close]), word_end + close + 2),
                None => (None, word_end),
            },
            None => (None, word_end),
        };
        out.push_str(rest[..at].trim_end());
        match (tag, value) {
            ("done", _) => done = true,
            ("due", Some(day)) => {
                out.push_str(" (due ");
                out.push_str(day);
                out.push(')');
            }
            ("date", Some(day)) => {
                out.push_str(" on ");
                out.push_str(day);
            }
            _ => {}
        }
        rest = &after[used..];
    }
    out.push_str(rest);
    (out.trim_end().to_owned(), done)
}

/// A note written as a screenplay's scene (set 57: `INT. COBALT HOUR - LOBBY - DAY` over
/// `RAFI AMSALEM (20s, Diane's assistant, three phones, apologetic) intercepts.`), with each
/// character's introduction read as a note says whom the writer met: `Met with Rafi Amsalem
/// (Diane's assistant). Rafi Amsalem intercepts.`, their job alone in brackets, without their age
/// and the writer's sketch of them; what they go by (`"call me Ren"`) stays. `None` unless the
/// note has a slugline and a transition or a second slugline.
pub(super) fn screenplay_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    // (Set 69: `**EXT. COLÁISTE NAOMH BRÍD, ORANMORE – CAR PARK – 3:38 PM**`, in bold.)
    let plain = |l: &str| l.trim().trim_matches(['*', '_']).trim().to_owned();
    let slug = |l: &str| ["INT. ", "EXT. ", "INT./EXT. ", "I/E. "].iter().any(|s| plain(l).starts_with(s));
    let transition =
        |l: &str| ["FADE IN:", "CUT TO:", "FADE OUT.", "SMASH CUT TO:", "DISSOLVE TO:"].contains(&plain(l).as_str());
    let sluglines = body.lines().filter(|l| slug(l)).count();
    if sluglines == 0 || sluglines + body.lines().filter(|l| transition(l)).count() < 2 {
        return None;
    }
    // Who wrote it, as a title page says: `*written by F. Desmond, Tues 17 Nov…*`.
    let writer: Option<(char, String)> = body.lines().find_map(|l| {
        let lower = l.to_lowercase();
        let at = lower.find("written by ")? + "written by ".len();
        let words: Vec<&str> = l[at..].split([',', '*', '_']).next()?.split_whitespace().collect();
        let [given, family] = words[..] else { return None };
        Some((given.chars().next()?, family.to_owned()))
    });
    let mut out = String::with_capacity(body.len());
    let mut changed = false;
    // (Not the title over the scenes, `COBALT HOUR - CREATIVE EXEC (TV DEVELOPMENT)`.)
    let mut scene = false;
    for line in body.split_inclusive('\n') {
        scene |= slug(line) || transition(line);
        // (A scene's heading is where it happens, no one met: `EXT. … – CAR PARK – 3:38 PM` had a
        // letter of its own. Left out, as an empty line.)
        if slug(line) {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
            changed = true;
            continue;
        }
        // (Set 69: `FIONNUALA (34, good blazer, bad umbrella)` under `*written by F. Desmond*`:
        // the writer, no one met.)
        let writer = |name: &str| {
            writer.as_ref().is_some_and(|(initial, family)| {
                name.starts_with(*initial) && (!name.contains(' ') || name.ends_with(family.as_str()))
            })
        };
        match introduced(line)
            .filter(|_| scene)
            .filter(|read| !read.starts_with("Met with ") || !introduced_names(read).iter().all(|n| writer(n)))
        {
            Some(read) => {
                out.push_str(&read);
                changed = true;
            }
            None => out.push_str(line),
        }
    }
    changed.then(|| format!("{front}{out}"))
}

/// The names a line `introduced` read says were met: `Met with Rafi Amsalem (…). ` gives Rafi
/// Amsalem.
fn introduced_names(read: &str) -> Vec<&str> {
    let name = |m: &'_ str| -> usize { [" (", ". ", ", "].iter().filter_map(|d| m.find(d)).min().unwrap_or(m.len()) };
    read.split("Met with ").skip(1).map(|m| &m[..name(m)]).collect()
}

/// `line` with each character a screenplay introduces (`MOLLY CHEN (20s, writers' assistant,
/// headset, a saint)`, `GABE (40s, co-EP and Ren's #2, hoodie, phone)`) said to be met first
/// (`Met with Molly Chen (writers' assistant). Met with Gabe (co-EP).`) and then named as a
/// name; `None` when it introduces no one.
fn introduced(line: &str) -> Option<String> {
    let shouted = |w: &str| {
        let bare = w.trim_end_matches('.');
        // (`J.P. BRENNAN`: initials too.)
        bare.chars().count() >= 2
            && bare.starts_with(char::is_uppercase)
            && bare.chars().all(|c| c.is_uppercase() || matches!(c, '\'' | '-' | '.'))
    };
    let age = |item: &str| {
        let item = item.trim().to_lowercase();
        let item = ["early ", "mid ", "mid-", "late "].iter().find_map(|p| item.strip_prefix(p)).unwrap_or(&item);
        let digits = item.trim_end_matches(['s', '\'']);
        (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
    };
    let mut met = String::new();
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else { break };
        let words: Vec<&str> = rest[..open].rsplit(' ').take_while(|w| shouted(w)).collect();
        let inside: Vec<&str> = rest[open + 2..close].split(", ").collect();
        let aged = inside.first().is_some_and(|i| age(i));
        // (A name of one word, `GABE`, only with an age after it: a cue, not an acronym.)
        if words.is_empty() || words.len() > 3 || !(aged || words.len() >= 2) {
            out.push_str(&rest[..=close]);
            rest = &rest[close + 1..];
            continue;
        }
        // (The words and the space before each; a name that opens the line has none before it.)
        let name_at = (open + 1).saturating_sub(words.iter().map(|w| w.len() + 1).sum::<usize>());
        let name: Vec<&str> = words.iter().rev().copied().collect();
        let name = people::unshouted(&name.join(" "));
        let items = if aged { &inside[1..] } else { &inside[..] };
        let job = items.first().map(|j| j.split(" and ").next().unwrap_or(j).trim()).filter(|j| !j.contains('"'));
        // (Not `THE BALIKBAYAN BOX (a Manila-set drama)`, a title in capitals: a name, and with
        // no age, a job.)
        let a_job =
            job.is_some_and(|j| people::role_from_title(j).is_some() || j.split([' ', '/']).any(people::is_title_word));
        if !people::looks_like_name(&name) || !(aged || a_job) {
            out.push_str(&rest[..=close]);
            rest = &rest[close + 1..];
            continue;
        }
        let called = items.iter().find(|i| i.to_lowercase().contains("call me") || i.contains("goes by"));
        met.push_str("Met with ");
        met.push_str(&name);
        if let Some(job) = job {
            met.push_str(" (");
            met.push_str(job);
            met.push(')');
        }
        if let Some(called) = called {
            met.push_str(", ");
            met.push_str(called.trim());
        }
        met.push_str(". ");
        out.push_str(&rest[..name_at]);
        out.push_str(&name);
        rest = &rest[close + 1..];
    }
    if met.is_empty() {
        return None;
    }
    out.push_str(rest);
    let indent = out.len() - out.trim_start().len();
    Some(format!("{}{met}{}", &out[..indent], &out[indent..]))
}

/// Punctuation typed in full width, as a Chinese or Japanese keyboard gives it (set 56: `Role：
/// Analyst, FP&A （Group Finance）`, `passed CFA Level II in Aug！！`), as the ASCII it stands
/// for, with the space after it that ASCII takes (and before an opening bracket).
pub(super) fn full_width_read(text: &str, body_offset: usize) -> Option<String> {
    const WIDE: &[char] = &['：', '（', '）', '，', '！', '？', '；', '\u{3000}'];
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if !body.contains(WIDE) {
        return None;
    }
    let mut out = String::with_capacity(body.len() + 32);
    let mut chars = body.chars().peekable();
    // (Set 75: `・Daniel Whitfield-san ("Dan")　i18n Engineering Lead`: a wide space after a list
    // item's name in Latin letters stands where a dash would, between whom and what they are.)
    let mut line_start = 0;
    let mut dashed = false;
    while let Some(c) = chars.next() {
        if c == '\n' {
            line_start = out.len() + 1;
            dashed = false;
        }
        // (And the next one, `… Lead　American, Japanese very good`, where a sentence ends: what
        // they are is the title, what the writer says of them is not.)
        if c == '\u{3000}' && dashed {
            out.push_str(". ");
            continue;
        }
        let named = || {
            let item = out[line_start..].trim_start().trim_start_matches(['・', '■', '-', '*', ' ']);
            item.starts_with(|c: char| c.is_ascii_uppercase())
                && item.chars().all(|c| c.is_ascii_alphabetic() || " .-'\"()".contains(c))
                && !out[line_start..].contains(" — ")
        };
        if c == '\u{3000}' && named() {
            out.push_str(" — ");
            dashed = true;
            continue;
        }
        let next_spaced = chars.peek().is_none_or(|n| n.is_whitespace());
        let after = |out: &mut String, ascii: char| {
            out.push(ascii);
            if !next_spaced {
                out.push(' ');
            }
        };
        match c {
            '：' => after(&mut out, ':'),
            '，' => after(&mut out, ','),
            '；' => after(&mut out, ';'),
            '！' => out.push('!'),
            '？' => out.push('?'),
            '\u{3000}' => out.push(' '),
            '（' => {
                if !out.is_empty() && !out.ends_with(char::is_whitespace) {
                    out.push(' ');
                }
                out.push('(');
            }
            '）' => {
                out.push(')');
                if chars.peek().is_some_and(|n| n.is_alphanumeric()) {
                    out.push(' ');
                }
            }
            _ => out.push(c),
        }
    }
    Some(format!("{front}{out}"))
}

/// A note kept as an issue on GitHub and exported as Markdown (set 56): the title `# [Maplegrid
/// Payments] Sr. QA Automation Engineer — technical panel (round 2/4) #17` as `# Maplegrid
/// Payments — Sr. QA…` (the company the brackets tag, without the issue's number), the issue's
/// own lines (`**Open** · **qa-nadia** opened this issue on …`, `**Labels:**`, `**Assignees:**`,
/// `**Milestone:**`, `**Linked:**`) and each comment's byline (`**qa-nadia** commented on Nov 28,
/// 2026`) left out, and a `<details>` block a section headed by its `<summary>`. Only a note
/// with the line that opened the issue, or a comment's byline, is read so.
pub(super) fn issue_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let byline = |line: &str| {
        let line = line.trim();
        line.contains(" opened this issue on ")
            || line.strip_prefix("**").and_then(|l| l.split_once("** commented on ")).is_some_and(|(who, _)| {
                !who.is_empty() && who.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.')
            })
    };
    if !body.lines().any(byline) {
        return None;
    }
    const FIELDS: &[&str] = &["**Labels:**", "**Assignees:**", "**Milestone:**", "**Linked:**", "**Projects:**"];
    let mut out = String::with_capacity(body.len());
    let mut titled = false;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let bare = content.trim();
        let title = bare.strip_prefix("# ").filter(|_| !titled);
        if let Some(title) = title {
            titled = true;
            // (`… (round 2/4) #17`: the issue's number.)
            let title = title
                .rsplit_once(" #")
                .filter(|(_, n)| n.bytes().all(|b| b.is_ascii_digit()))
                .map_or(title, |(t, _)| t);
            let tagged = title.strip_prefix('[').and_then(|t| t.split_once("] "));
            out.push_str("# ");
            match tagged {
                Some((company, rest)) => out.push_str(&format!("{company} — {rest}")),
                None => out.push_str(title),
            }
        } else if byline(bare)
            || FIELDS.iter().any(|f| bare.starts_with(f))
            || matches!(bare, "<details>" | "</details>")
        {
        } else if let Some(summary) = bare.strip_prefix("<summary>").and_then(|s| s.strip_suffix("</summary>")) {
            out.push_str("## ");
            out.push_str(summary.trim());
        } else {
            // (`| Dan Kowalczyk (@dkowalczyk) | QA Manager |`: a mention's handle is no part of a
            // name.)
            out.push_str(&without_handles(content));
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// `line` without the handles in brackets after names (`Dan Kowalczyk (@dkowalczyk)`).
fn without_handles(line: &str) -> String {
    let mut out = line.to_owned();
    while let Some(at) = out.find(" (@") {
        let Some(close) = out[at..].find(')').map(|c| at + c) else { break };
        if out[at + 3..close].contains(char::is_whitespace) {
            break;
        }
        out.replace_range(at..=close, "");
    }
    out
}

/// A meeting summary exported from a transcription service (set 55, Otter.ai or Fireflies): an
/// `Overview`, `Keywords`, an `Outline` of topics with timestamped points (` • 00:04:12 Ryan
/// described…`), `Action Items` in ballot boxes, then a transcript's excerpt (`Speaker 2
/// 00:12:40` over what was said), and often the writer's own lines after a rule. Read as the
/// sections it has: each part's name a heading, each point an item without its time, each
/// action a box; the keywords (a machine's list of words) and the transcript (what others said,
/// in a machine's hearing) are left out. Only a note with a transcript's speaker lines, or the
/// service's name alone on a line, and an outline or action items, is read so.
pub(super) fn meeting_summary_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    const SERVICES: &[&str] = &["Otter.ai", "Fireflies.ai", "Fireflies", "Fathom", "tl;dv", "Grain"];
    const PARTS: &[&str] = &["Overview", "Summary", "Keywords", "Outline", "Action Items", "Action items", "Notes"];
    fn stamp(word: &str) -> bool {
        let parts: Vec<&str> = word.split(':').collect();
        (2..=3).contains(&parts.len()) && parts.iter().all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
    }
    // (`Speaker 2  00:12:40`, `Marcus Alvarez  00:12:49`: who speaks, then when.)
    let speaker = |line: &str| {
        line.trim_end().rsplit_once("  ").is_some_and(|(who, when)| {
            stamp(when.trim()) && !who.trim().is_empty() && who.split_whitespace().count() <= 4
        })
    };
    let lines: Vec<&str> = body.lines().map(str::trim).collect();
    let service = lines.iter().take(6).any(|l| SERVICES.contains(l));
    let speakers = body.lines().filter(|l| speaker(l)).count();
    let outlined = lines.iter().any(|l| *l == "Outline" || l.eq_ignore_ascii_case("action items"));
    if !(service || speakers >= 2) || !outlined {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    // (What part of the summary a line is in: the keywords and the transcript are left out.
    // The keywords end at the first blank line after them.)
    let mut part = "";
    let mut keywords_read = false;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let bare = content.trim();
        let named = PARTS.iter().find(|p| **p == bare).copied();
        if let Some(name) = named {
            part = name;
            keywords_read = false;
            if name != "Keywords" {
                out.push_str("## ");
                out.push_str(bare);
            }
        } else if bare.starts_with("Transcript") && bare.len() <= 24 {
            part = "Transcript";
        } else if part == "Transcript" && bare.len() >= 3 && bare.chars().all(|c| c == '-' || c == '=' || c == '_') {
            // (A rule after the transcript: the writer's own lines follow.)
            part = "";
            out.push_str(content);
        } else if part == "Keywords" && bare.is_empty() && keywords_read {
            part = "";
        } else if part == "Keywords" {
            keywords_read = true;
        } else if SERVICES.contains(&bare) || part == "Transcript" {
        } else if let Some(box_) = ["☐ ", "☑ ", "☒ ", "✅ "].iter().find_map(|b| bare.strip_prefix(b).map(|r| (*b, r)))
        {
            out.push_str(if box_.0 == "☐ " { "- [ ] " } else { "- [x] " });
            out.push_str(box_.1);
        } else if let Some(point) = bare.strip_prefix("• ").or_else(|| bare.strip_prefix("* ")) {
            let point = point.split_once(' ').filter(|(when, _)| stamp(when)).map_or(point, |(_, said)| said);
            out.push_str("- ");
            out.push_str(point);
        } else if part == "Outline" && !bare.is_empty() {
            out.push_str("### ");
            out.push_str(bare);
        } else {
            out.push_str(content);
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A note copied from a Jira or Confluence ticket, in their wiki markup (set 56): `h3. People
/// met` a heading, `# ` and `* ` lists (`## `, `** ` nested), `*bold*` and `_italic_`,
/// `{quote}…{quote}` a quotation, `{panel:title=Only for me}` a heading over what the panel holds
/// (the panel's end is a blank line), `{code}` a fence, `[~pooja.nair]` the one mentioned,
/// `(/)` and `(x)` a tick and a cross, and `||Name||Role||` over `|Kavita Rao|…|` a table (one of
/// two columns, `||Field||Value||`, a table of properties). Only a note with a `h1.`–`h6.`
/// heading and another of these marks, or two such headings, is read so.
pub(super) fn jira_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    const MARKS: &[&str] = &["{quote}", "{panel", "{code", "{noformat}", "[~", "(/)", "||"];
    let headings = lines.iter().filter(|l| jira_heading(l.trim()).is_some()).count();
    let marked = lines.iter().any(|l| MARKS.iter().any(|m| l.contains(m)));
    if headings == 0 || (headings < 2 && !marked) {
        return None;
    }
    let mut out = String::with_capacity(body.len() + 64);
    let (mut quoting, mut fenced, mut checklist) = (false, false, false);
    let first_heading = lines.iter().position(|l| jira_heading(l.trim()).is_some()).unwrap_or(0);
    let title_at = lines.iter().position(|l| !l.trim().is_empty());
    let mut i = 0;
    while i < lines.len() {
        let (content, end) = lines[i].strip_suffix('\n').map_or((lines[i], ""), |c| (c, "\n"));
        let bare = content.trim();
        i += 1;
        // (Set 67, a ticket exported whole: `[JOB-21] Interview - FrisLog Cold Chain - Supply
        // Chain Planner` its title; its fields, `Type: Task   Priority: High   Status: WAITING FOR
        // CUSTOMER`, `Created: 18/Nov/26 12:03`, the tracker's, not the interview's; a rule of
        // dashes no heading over what it follows.)
        if Some(i - 1) == title_at && i - 1 < first_heading {
            if let Some(title) = ticket_title(bare) {
                out.push_str("# ");
                out.push_str(&jira_inline(title));
                out.push_str(end);
                continue;
            }
        }
        if (i - 1 < first_heading && ticket_field(bare)) || (bare.len() >= 4 && bare.chars().all(|c| c == '-')) {
            out.push_str(end);
            continue;
        }
        let fence = bare.starts_with("{code") || bare.starts_with("{noformat");
        if fenced || fence {
            out.push_str(if fence { "```" } else { content });
            fenced ^= fence;
            out.push_str(end);
            continue;
        }
        if bare.starts_with('|') {
            // (The whole table, at once: its rule takes the line after it when that is blank.)
            let from = i - 1;
            while i < lines.len() && lines[i].trim().starts_with('|') {
                i += 1;
            }
            out.push_str(&jira_table(&lines[from..i]));
            if lines.get(i).is_some_and(|l| l.trim().is_empty()) {
                i += 1;
            }
            continue;
        }
        if let Some(quoted) = bare.strip_prefix("{quote}") {
            let (said, closed) = quoted.strip_suffix("{quote}").map_or((quoted, false), |s| (s, true));
            if !said.is_empty() {
                out.push_str("> ");
                out.push_str(&jira_inline(said));
            }
            quoting = !(closed || (quoting && said.is_empty()));
        } else if quoting {
            let said = bare.strip_suffix("{quote}");
            quoting = said.is_none();
            if let Some(said) = said.or(Some(bare)).filter(|s| !s.is_empty()) {
                out.push_str("> ");
                out.push_str(&jira_inline(said));
            }
        } else if let Some((level, title)) = jira_heading(bare) {
            let key = title.to_lowercase();
            checklist = CHECKLISTS.iter().any(|c| key.contains(c));
            out.push_str(&"#".repeat(level));
            out.push(' ');
            out.push_str(&jira_inline(title));
        } else if let Some(panel) = bare.strip_prefix("{panel") {
            let title = panel.split_once("title=").map(|(_, t)| t.split(['|', '}']).next().unwrap_or(t).trim());
            if let Some(title) = title.filter(|t| !t.is_empty()) {
                out.push_str("## ");
                out.push_str(title);
            }
        } else if let Some(said) = bare.strip_prefix("bq. ") {
            out.push_str("> ");
            out.push_str(&jira_inline(said));
        } else if let Some((depth, numbered, item)) = jira_item(bare) {
            out.push_str(&" ".repeat(if numbered { 3 } else { 2 } * (depth - 1)));
            out.push_str(if numbered { "1. " } else { "- " });
            // (Set 67: under `h3. Acceptance criteria`, `(x) Thank-you mail Lotte` is a to-do not
            // done and `(/) References to Lotte` one done, not a cross and a tick: `(x) Priya -
            // no direct mail…` had said no thanks to Priya.)
            let boxed = checklist.then(|| {
                [("(x) ", "[ ] "), ("(/) ", "[x] "), ("(!) ", "[ ] ")]
                    .iter()
                    .find_map(|(icon, bx)| item.strip_prefix(icon).map(|rest| (*bx, rest)))
            });
            match boxed.flatten() {
                Some((bx, rest)) => {
                    out.push_str(bx);
                    out.push_str(&jira_inline(rest));
                }
                None => out.push_str(&jira_inline(item)),
            }
        } else {
            out.push_str(&jira_inline(content));
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// Headings over a list of things to do, whose `(x)` and `(/)` are boxes, open and ticked.
const CHECKLISTS: &[&str] =
    &["acceptance criteria", "to do", "todo", "checklist", "tasks", "action", "next steps", "definition of done"];

/// The title of a ticket after its key: `[JOB-21] Interview - FrisLog` or `JOB-21 Interview - …`.
fn ticket_title(line: &str) -> Option<&str> {
    let (key, title) = line.split_once(' ')?;
    let key = key.strip_prefix('[').and_then(|k| k.strip_suffix(']')).unwrap_or(key);
    let (project, number) = key.split_once('-')?;
    let keyed = !project.is_empty()
        && project.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && project.starts_with(|c: char| c.is_ascii_uppercase())
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit());
    keyed.then(|| title.trim()).filter(|t| !t.is_empty())
}

/// True for a line of a ticket's own fields, as Jira prints them over its description.
fn ticket_field(line: &str) -> bool {
    const FIELDS: &[&str] = &[
        "type:",
        "issue type:",
        "priority:",
        "status:",
        "resolution:",
        "reporter:",
        "assignee:",
        "labels:",
        "component/s:",
        "components:",
        "due date:",
        "created:",
        "updated:",
        "resolved:",
        "linked issues:",
        "sprint:",
        "epic link:",
        "fix version/s:",
        "affects version/s:",
        "story points:",
    ];
    let lower = line.to_lowercase();
    FIELDS.iter().any(|f| lower.starts_with(f))
}

/// `h3. People met` as level 3 and its text.
fn jira_heading(line: &str) -> Option<(usize, &str)> {
    let rest = line.strip_prefix('h')?;
    let level = rest.chars().next()?.to_digit(10).filter(|l| (1..=6).contains(l))? as usize;
    rest[1..].strip_prefix(". ").map(|title| (level, title.trim()))
}

/// A list item in wiki markup: how deep, whether numbered, and its text (`## second` is 2, true).
fn jira_item(line: &str) -> Option<(usize, bool, &str)> {
    let marks = line.len() - line.trim_start_matches(['#', '*', '-']).len();
    let item = line[marks..].strip_prefix(' ')?;
    let numbered = line[..marks].ends_with('#');
    // (`- ` is a Markdown item already, and `---` a rule.)
    (marks >= 1 && !line.starts_with("- ") && !line[..marks].contains('-')).then_some((marks, numbered, item))
}

/// A table in wiki markup as Markdown's: `||` opens a header cell, `|` a cell. A table of two
/// columns headed `Field`/`Value` (or of rows each opening with a header cell) is one of
/// properties, its header left empty.
fn jira_table(rows: &[&str]) -> String {
    let cells = |row: &str| -> (Vec<String>, bool) {
        let row = row.trim().trim_end_matches('|');
        let header = row.starts_with("||");
        let cells = row.split('|').filter(|c| !c.is_empty()).map(|c| jira_inline(c.trim()).replace('|', "\\|"));
        (cells.collect(), header)
    };
    let mut parsed: Vec<(Vec<String>, bool)> = rows.iter().map(|r| cells(r)).collect();
    let width = parsed.iter().map(|(c, _)| c.len()).max().unwrap_or(0);
    let headed = parsed.first().is_some_and(|(_, h)| *h) && parsed.iter().skip(1).all(|(_, h)| !*h);
    let properties = width == 2
        && (!headed
            || parsed.first().is_some_and(|(c, _)| {
                ["value", "values", "details", "detail", "info"].contains(&c[1].to_lowercase().as_str())
            }));
    let line = |cells: &[String]| {
        let mut cells = cells.to_vec();
        cells.resize(width, String::new());
        format!("| {} |\n", cells.join(" | "))
    };
    let mut out = String::new();
    if properties {
        if headed {
            parsed.remove(0);
        }
        out.push_str(&line(&[]));
    } else if headed {
        out.push_str(&line(&parsed.remove(0).0));
    } else {
        out.push_str(&line(&[]));
    }
    out.push_str(&format!("|{}\n", "---|".repeat(width)));
    for (row, _) in &parsed {
        out.push_str(&line(row));
    }
    out
}

/// A line's inline wiki markup as Markdown's: `*bold*`, `_italic_`, `{{code}}`, `[~pooja.nair]` as the name it is (Pooja Nair), `(/)` ✅ and `(x)` ❌.
fn jira_inline(line: &str) -> String {
    let mut text = line.replace("(/)", "✅").replace("(x)", "❌").replace("(!)", "⚠️").replace("{{", "`");
    text = text.replace("}}", "`").replace("\\\\", "");
    while let Some(at) = text.find("[~") {
        let Some(close) = text[at..].find(']') else { break };
        let user = &text[at + 2..at + close];
        let parts: Vec<&str> = user.split(['.', '_', '-']).collect();
        let name = if parts.len() >= 2 && parts.iter().all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic)) {
            let capital = |p: &str| {
                let mut chars = p.chars();
                chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
            };
            parts.iter().map(|p| capital(p)).collect::<Vec<_>>().join(" ")
        } else {
            user.to_owned()
        };
        // (Set 67: `[~ruud.jansen] *Ruud Jansen* - Manager …`: the mention, then the name again,
        // was "Ruud Jansen Ruud Jansen".)
        let after = text[at + close + 1..].trim_start().trim_start_matches(['*', '_']);
        let named_again = after.get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(&name));
        let end = if named_again {
            at + close + 1 + (text[at + close + 1..].len() - text[at + close + 1..].trim_start().len())
        } else {
            at + close + 1
        };
        text.replace_range(at..end, if named_again { "" } else { &name });
    }
    let text = emphasis(&text, '*', "**");
    emphasis(&text, '_', "*")
}

/// `text` with each run between two `mark`s (`*bold*`, opening before a word and closing after
/// one) between `with`s instead.
fn emphasis(text: &str, mark: char, with: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric());
    let space = |c: Option<&char>| c.is_none_or(|c| c.is_whitespace());
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let opens = chars[i] == mark && !word(i.checked_sub(1).and_then(|p| chars.get(p))) && !space(chars.get(i + 1));
        let close = opens
            .then(|| {
                (i + 2..chars.len()).find(|&j| {
                    chars[j] == mark && !space(chars.get(j - 1)) && !word(chars.get(j + 1)) && chars[j - 1] != mark
                })
            })
            .flatten();
        match close {
            Some(j) => {
                out.push_str(with);
                out.extend(&chars[i + 1..j]);
                out.push_str(with);
                i = j + 1;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// A project exported from Todoist (set 68): tasks as a checklist's items, each followed by
/// Todoist's marks two spaces apart (`` `p2` `` its priority, `@gesprek` a label, `📅 Fri 13 Nov`
/// its due day, `· ✔ 12 Nov 07:41` when it was ticked, `‼️ overdue`), and comments nested under
/// a task, each stamped with when it was written (`💬 12 Nov 11:52 — ok dump before I forget:`).
/// Read as the items and comments alone, with a label that says how (`@email`): the other marks
/// and stamps are the program's, and the export's own line (`_Exported from Todoist · Sun 6 Dec 2026 19:51 · 16 tasks…_`) says when the
/// list was saved, not when anyone was met. Only a note with three tasks so marked is read so.
pub(super) fn todoist_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if body.lines().filter(|l| todoist_task(l).is_some()).count() < 3 {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let plain = content.trim().trim_matches(['_', '*']);
        if plain.starts_with("Exported from Todoist") {
            // (Left out: the line stays, empty.)
        } else if let Some(task) = todoist_task(content) {
            out.push_str(&task);
        } else if let Some(comment) = todoist_comment(content) {
            out.push_str(&comment);
        } else {
            out.push_str(content);
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A task's line without Todoist's marks; `None` for a line that is no item, or has none.
fn todoist_task(line: &str) -> Option<String> {
    let indent = &line[..line.len() - line.trim_start().len()];
    let rest = line.trim_start();
    let (marker, rest) =
        ["- [x] ", "- [X] ", "- [ ] ", "- ", "* "].iter().find_map(|m| rest.strip_prefix(m).map(|r| (*m, r)))?;
    let is_mark = |part: &str| {
        let part = part.trim();
        let priority =
            part.len() == 4 && part.starts_with("`p") && part.ends_with('`') && part.as_bytes()[2].is_ascii_digit();
        // (A label that says how, `@email`, is the writer's word for the task, and stays;
        // `@gesprek`, `@later` only file it.)
        const HOW: &[&str] = &["email", "mail", "e-mail", "call", "phone", "card", "letter", "text", "sms", "linkedin"];
        let label = part.strip_prefix('@').is_some_and(|l| !l.is_empty() && !HOW.contains(&l.to_lowercase().as_str()))
            && !part.contains([' ', '.']);
        priority
            || label
            || part.starts_with("📅 ")
            || part.starts_with("· ✔")
            || part.starts_with("✔ ")
            || part.starts_with("‼️")
    };
    let mut parts = rest.split("  ").filter(|p| !p.trim().is_empty());
    let text = parts.next()?;
    let (marks, words): (Vec<&str>, Vec<&str>) = parts.partition(|p| is_mark(p));
    if marks.is_empty() {
        return None;
    }
    let mut task = format!("{indent}{marker}{}", text.trim_end());
    for word in words {
        task.push(' ');
        task.push_str(word.trim());
    }
    Some(task)
}

/// A comment's line without its stamp: `  - 💬 12 Nov 11:52 — ok dump…` is `  - ok dump…`.
fn todoist_comment(line: &str) -> Option<String> {
    let (head, said) = line.split_once("💬 ")?;
    let (when, said) = said.split_once(" — ")?;
    let stamp = when.split_whitespace().count() <= 4 && when.starts_with(|c: char| c.is_ascii_digit());
    (stamp && head.trim().trim_start_matches(['-', '*']).trim().is_empty()).then(|| format!("{head}{said}"))
}

/// A day's notes kept as commits and pasted as `git log` prints them (set 69): `commit <hash>`,
/// `Author:` and `Date:` over each message, the message indented. Read as Markdown: each subject
/// a heading, without its conventional type (`feat(tamarack): onsite interview done` is `##
/// onsite interview done — tamarack — Tue 1 Dec 2026`: the scope names the company, the date the
/// commit's day), a scope `private` a private heading, and the message under it as written; the
/// shell's prompt, the hashes, authors, dates and trailers (`Co-authored-by:`) are git's, and
/// left out. Only a note with two commits is read so.
pub(super) fn git_log_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let hash = |line: &str| {
        line.strip_prefix("commit ").is_some_and(|h| {
            let h = h.split_whitespace().next().unwrap_or_default();
            h.len() >= 7 && h.chars().all(|c| c.is_ascii_hexdigit())
        })
    };
    if body.lines().filter(|l| hash(l)).count() < 2 || !body.lines().any(|l| l.starts_with("Author:")) {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    let mut day: Option<String> = None;
    let mut subject_next = false;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let trailer =
            ["Co-authored-by:", "Signed-off-by:", "Reviewed-by:"].iter().any(|t| content.trim().starts_with(t));
        if hash(content) {
            subject_next = false;
            day = None;
        } else if let Some(date) = content.strip_prefix("Date:") {
            day = git_day(date);
            subject_next = true;
        } else if content.starts_with("Author:") || content.starts_with("Merge:") || trailer {
            // (Git's own lines: left out, each kept as an empty line.)
        } else if content.contains("$ git ") || content.trim_start().starts_with("git log") {
            // (The shell's prompt and the command.)
        } else if subject_next && !content.trim().is_empty() {
            subject_next = false;
            let subject = content.trim();
            let (kind, rest) = subject.split_once(": ").unwrap_or(("", subject));
            let typed = !kind.is_empty() && !kind.contains(' ') && kind.len() <= 24;
            let (scope, rest) = if typed {
                let scope = kind.split_once('(').map(|(_, s)| s.trim_end_matches(['!', ')']));
                (scope, rest)
            } else {
                (None, subject)
            };
            out.push_str("## ");
            if scope.is_some_and(|s| s.eq_ignore_ascii_case("private")) {
                out.push_str("Private — ");
                out.push_str(rest);
            } else {
                out.push_str(rest);
                if let Some(scope) = scope {
                    out.push_str(" — ");
                    out.push_str(scope);
                }
            }
            if let Some(day) = &day {
                out.push_str(" — ");
                out.push_str(day);
            }
        } else {
            // (The message, indented four spaces under its header; a dash typed in a terminal,
            // ` -- `, is a dash: `Owen Fairbairn -- Field Survey Supervisor`.)
            out.push_str(&content.strip_prefix("    ").unwrap_or(content).replace(" -- ", " — "));
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A commit's `Date:` (`   Fri Dec 4 16:20:33 2026 -0500`) as a day a note writes: `Fri 4 Dec 2026`.
fn git_day(date: &str) -> Option<String> {
    let words: Vec<&str> = date.split_whitespace().collect();
    let [weekday, month, day, _time, year, ..] = words[..] else { return None };
    let plain = |w: &str| w.chars().all(|c| c.is_ascii_alphanumeric());
    (plain(weekday) && plain(month) && day.parse::<u8>().is_ok() && year.len() == 4)
        .then(|| format!("{weekday} {day} {month} {year}"))
}

/// A card exported from Trello (set 60): `**List:** Interviewing`, `## Checklist: …` sections, and
/// under `## Comments` each comment under its author and time (`**Efua Boateng** · 1 Dec 2026,
/// 19:48`). That line is left out, as spaces, so that each comment is a paragraph of its own: one
/// that opens `Not for any letter:` is kept to yourself, as a private label's paragraph is. Only a
/// card with a `## Comments` heading is read so.
pub(super) fn trello_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if !body.lines().any(|l| l.trim() == "## Comments") {
        return None;
    }
    let signed = |line: &str| {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("**") else { return false };
        let Some((name, when)) = rest.split_once("** · ") else { return false };
        !name.is_empty() && name.split_whitespace().count() <= 4 && when.chars().any(|c| c.is_ascii_digit())
    };
    if !body.lines().any(signed) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        if signed(content) {
            out.extend(std::iter::repeat_n(' ', content.len()));
        } else {
            out.push_str(content);
        }
        out.push_str(end);
    }
    Some(out)
}

/// Headings a wiki writes as it closes them (set 62, an email to oneself: `== people ==`, `==
/// FIX / TODO ==`; vimwiki's `= Title =`): a heading of as many levels as its signs. Only a note
/// with two such lines is read so; a line of signs alone (a heading's underline) is none.
pub(super) fn wiki_headings_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if body.lines().filter(|l| wiki_heading(l).is_some()).count() < 2 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        match wiki_heading(content) {
            Some((level, title)) => {
                out.push_str(&"#".repeat(level));
                out.push(' ');
                out.push_str(title);
            }
            None => out.push_str(content),
        }
        out.push_str(end);
    }
    Some(out)
}

/// A wiki's closed heading (`== people ==`): its level and title.
fn wiki_heading(line: &str) -> Option<(usize, &str)> {
    let line = line.trim_end();
    // (Set 55, vimwiki: `== Private == :private:`, the heading's tags after it.)
    let line = match line.rsplit_once(" :") {
        Some((head, tags)) if tags.ends_with(':') && !tags.contains(' ') && head.ends_with('=') => head.trim_end(),
        _ => line,
    };
    let level = line.len() - line.trim_start_matches('=').len();
    let inner = line.get(level..)?.strip_suffix(&"=".repeat(level))?;
    let title = inner.strip_prefix(' ')?.strip_suffix(' ')?.trim();
    ((1..=6).contains(&level) && !title.is_empty() && !title.contains('=')).then_some((level, title))
}

/// A note typed indented throughout, as a court reporter lays out a transcript (set 70: `     DATE:
/// Tuesday, November 17, 2026`, `     A P P E A R A N C E S`, `     1.  EXAMINATION BY MS.
/// PARK`): the indent every line shares is the page's margin, not a block of code, and goes. A
/// heading letter-spaced alone on its line is a heading (`## APPEARANCES`), and so is a
/// numbered part in capitals (`## EXAMINATION BY MS. PARK`).
pub(super) fn indented_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let lines = || body.lines().filter(|l| !l.trim().is_empty());
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let margin = lines().map(indent).min()?;
    if margin < 4 || lines().count() < 8 || body.contains('\t') {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    let all: Vec<&str> = body.split_inclusive('\n').collect();
    let blank = |i: Option<usize>| i.and_then(|i| all.get(i)).is_none_or(|l| l.trim().is_empty());
    for (i, line) in all.iter().enumerate() {
        let (content, end) = line.strip_suffix('\n').map_or((*line, ""), |c| (c, "\n"));
        let content = content.get(margin..).unwrap_or_else(|| content.trim_start());
        // (`EXAMINATION BY MR. OCHOA` alone between empty lines.)
        let apart = blank(i.checked_sub(1)) && blank(Some(i + 1));
        let shouted = || apart.then(|| shouted_part(content)).flatten();
        match letter_spaced(content).or_else(|| numbered_part(content)).or_else(shouted) {
            Some(heading) => {
                out.push_str("## ");
                out.push_str(&heading);
            }
            None => out.push_str(&speaker_unshouted(content)),
        }
        out.push_str(end);
    }
    Some(out)
}

/// A part's title in capitals, two to eight words (`EXAMINATION BY MR. OCHOA`, `OFF THE
/// RECORD`).
fn shouted_part(line: &str) -> Option<String> {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let shouted = (2..=8).contains(&words) && letters.len() >= 6 && letters.iter().all(|c| c.is_uppercase());
    (shouted && !line.contains(':')).then(|| line.to_owned())
}

/// A transcript's speaker, named in capitals before what they said (`MR. BAKER: "I've been
/// trying…"`), as a note names people: `Mr. Baker: "I've been trying…"`.
fn speaker_unshouted(line: &str) -> String {
    let indent = &line[..line.len() - line.trim_start().len()];
    let Some((speaker, said)) = line.trim_start().split_once(": ") else { return line.to_owned() };
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let honorific = |w: &str| ["MR.", "MS.", "MRS.", "DR.", "MX."].contains(&w);
    let name = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'');
    let spoken = said.starts_with(['"', '“']);
    let fits = match words[..] {
        [h, n] => honorific(h) && name(n),
        [n] => name(n) && n.chars().count() >= 3,
        _ => false,
    };
    if !(fits && spoken) {
        return line.to_owned();
    }
    let unshouted: Vec<String> = words.iter().map(|w| people::title_cased(&w.to_lowercase())).collect();
    format!("{indent}{}: {said}", unshouted.join(" "))
}

/// A heading letter-spaced alone on its line (`A P P E A R A N C E S`), its letters joined.
fn letter_spaced(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let letters = words.len() >= 4 && words.iter().all(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase));
    letters.then(|| words.concat())
}

/// A numbered part in capitals on its line (`1.  EXAMINATION BY MS. PARK  (10:00 – 10:35)`,
/// `5.  REPORTER'S NOTES (PRIVATE)`): its words, without its number.
fn numbered_part(line: &str) -> Option<String> {
    let (number, rest) = line.trim_start().split_once(". ")?;
    if number.is_empty() || number.len() > 2 || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest = rest.trim();
    let letters: Vec<char> = rest.chars().filter(|c| c.is_alphabetic()).collect();
    // (Not an index's line, `1. Examination by Ms. Park ..... 1`, nor an item in sentence case.)
    let shouted = letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase());
    (shouted && !rest.contains("..")).then(|| rest.to_owned())
}

/// A Jupyter notebook exported to Markdown (set 70): what the writer keeps in Python is read as
/// the note it stands for. A fenced `python` cell's comments are items (`# CORRECTION: slide 4 …`,
/// and the comment lines under one go on with it); a dict of someone met (`{"name": "Claire
/// Boudreau", "role": "Manager, …", "emailed": True, "note": "hiring mgr. …"}`) is an item that
/// names them, their job, that you have emailed them, and the note; another dict's entries and a
/// list's strings are items (`"correction": "SQL: DENSE_RANK …"` is `correction: SQL: …`, and a
/// dict named `clarifications` is what to clarify); a text pasted between triple quotes is quoted;
/// the rest of such a cell's code, and its fences, are left out. A cell that holds none of these
/// stays code.
pub(super) fn notebook_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    let mut changed = false;
    // (Under a heading kept from the letters, `## MHC status (NOT ATC — don't mix up)` or
    // `## private`, a cell stays code: its `"r2_thanks": "Claire + Shauna emailed …"` is another
    // company's, and named Claire as someone this one's screen was thanked for.)
    let mut kept_out = false;
    let mut i = 0;
    while i < lines.len() {
        let fence = lines[i].trim();
        if let Some(heading) = fence.strip_prefix('#') {
            kept_out = crate::pipeline::extract::sections::is_private(heading.trim_start_matches('#'));
        }
        let python = !kept_out && fence.strip_prefix("```").is_some_and(|lang| lang.trim() == "python");
        let close = python.then(|| (i + 1..lines.len()).find(|&j| lines[j].trim() == "```")).flatten();
        let Some(close) = close else {
            out.push_str(lines[i]);
            i += 1;
            continue;
        };
        let cell: Vec<&str> = lines[i + 1..close].iter().map(|l| l.trim_end_matches(['\n', '\r'])).collect();
        let read = python_cell_read(&cell);
        if read.iter().all(Option::is_none) {
            for line in &lines[i..=close] {
                out.push_str(line);
            }
            i = close + 1;
            continue;
        }
        changed = true;
        out.push('\n');
        for line in read {
            out.push_str(line.as_deref().unwrap_or_default());
            out.push('\n');
        }
        out.push_str(if lines[close].ends_with('\n') { "\n" } else { "" });
        i = close + 1;
    }
    changed.then_some(out)
}

/// A `python` cell's lines as the note's (`notebook_read`): each line's Markdown, or `None` for
/// code left out.
fn python_cell_read(cell: &[&str]) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = vec![None; cell.len()];
    let mut comment_open = false;
    let mut i = 0;
    while i < cell.len() {
        let line = cell[i].trim();
        if let Some(comment) = line.strip_prefix('#') {
            let words = comment.trim();
            // (`#   that's the 2024 figure!!` under `# CORRECTION: …` goes on with it.)
            let goes_on = comment_open && comment.starts_with("  ");
            // (`# private:` over the comments kept for oneself: a heading, as it means.)
            let label = words.trim_end_matches([':', '!', ' ']);
            let private = label.split_whitespace().count() <= 3
                && !label.is_empty()
                && crate::pipeline::extract::sections::is_private(label);
            if private {
                out[i] = Some(format!("### {label}"));
                comment_open = false;
            } else if !words.is_empty() {
                out[i] = Some(if goes_on { format!("  {words}") } else { format!("- {words}") });
                comment_open = true;
            }
            i += 1;
            continue;
        }
        comment_open = false;
        // (A text pasted between triple quotes, `rejection = """` over `Email from Dawn: 'After
        // careful consideration …'`: its lines as the note's, unless they are code, as a query is.)
        if let Some((_, opened)) = line.split_once("= \"\"\"") {
            let end = (i + 1..cell.len()).find(|&j| cell[j].contains("\"\"\"")).unwrap_or(cell.len() - 1);
            let inside: Vec<&str> = std::iter::once(opened).chain(cell[i + 1..end].iter().copied()).collect();
            let code =
                ["SELECT ", "FROM ", "WHERE ", "def ", "import "].iter().any(|k| inside.iter().any(|l| l.contains(k)));
            if !code {
                for (k, text) in inside.iter().enumerate().filter(|(_, t)| !t.trim().is_empty()) {
                    out[i + k] = Some(format!("> {}", text.trim()));
                }
            }
            i = end + 1;
            continue;
        }
        // One value per line of a dict or a list, or a dict on lines of its own (`{"name": …`).
        let start = line.trim_start_matches(['[', '(']);
        if start.starts_with('{') {
            let end = (i..cell.len())
                .find(|&j| cell[j].trim_end().trim_end_matches(',').trim_end_matches([']', ')']).ends_with('}'));
            let end = end.unwrap_or(i);
            let joined = cell[i..=end].join(" ");
            let pairs = python_pairs(&joined);
            out[i] = someone_met(&pairs).or_else(|| {
                (!pairs.is_empty()).then(|| {
                    let items: Vec<String> =
                        pairs.iter().map(|(k, v)| format!("{}: {v}", k.replace('_', " "))).collect();
                    format!("- {}", items.join("; "))
                })
            });
            i = end + 1;
            continue;
        }
        // `"correction": "SQL: …",` inside a dict opened on the line before, with the strings
        // after it on the lines below.
        if line.starts_with('"') && line.contains("\":") {
            let mut end = i;
            while end + 1 < cell.len() && cell[end + 1].trim().starts_with('"') && !cell[end + 1].contains("\":") {
                end += 1;
            }
            let joined = cell[i..=end].join(" ");
            let pairs = python_pairs(&joined);
            if let [(key, value)] = &pairs[..] {
                out[i] = Some(format!("- {}: {value}", key.replace('_', " ")));
            }
            i = end + 1;
            continue;
        }
        // (`clarifications = {` over its entries: the name says what they are, as a heading.)
        if let Some(name) = line.strip_suffix(" = {").or_else(|| line.strip_suffix(" = [")) {
            // (`clarifications = {"correction": …, "promise": …}`: what to clarify. No other name is a
            // heading: `mhc = {` under `## MHC status (NOT ATC — don't mix up)` would end the part
            // kept from this company's letters.)
            if matches!(name, "clarifications" | "clarify" | "corrections" | "to_clarify") {
                out[i] = Some("### to clarify".to_owned());
            }
            i += 1;
            continue;
        }
        // A list of strings on one line: `promises = ["full deck (PDF) … -> Claire"]`.
        if let Some((name, list)) = line.split_once(" = [") {
            let strings = python_strings(list);
            if !strings.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                let label = name.replace('_', " ");
                out[i] = Some(strings.iter().map(|s| format!("- {label}: {s}")).collect::<Vec<_>>().join(" "));
            }
        }
        i += 1;
    }
    out
}

/// An item that names someone met, from a dict with a `"name"` (`notebook_read`).
fn someone_met(pairs: &[(String, String)]) -> Option<String> {
    let get = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    // (`"Mohammed 'Moe' Sheikh"`: what he goes by, quoted as notes quote it.)
    let name = get("name")?.replace(" '", " \"").replace("' ", "\" ");
    let mut item = format!("- **{name}**");
    if let Some(role) = get("role").or_else(|| get("title")) {
        item.push_str(" — ");
        item.push_str(role);
    }
    item.push('.');
    if get("emailed") == Some("True") {
        item.push_str(" We have emailed.");
    }
    if let Some(note) = get("note").or_else(|| get("notes")) {
        item.push(' ');
        item.push_str(note);
    }
    Some(item)
}

/// The `"key": value` pairs of a Python dict written out (`{"name": "Claire", "emailed": True}`),
/// each value a string (adjacent strings joined, as Python joins them) or a word (`True`).
fn python_pairs(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        let key = &after[..close];
        let tail = after[close + 1..].trim_start();
        let Some(value) = tail.strip_prefix(':') else {
            rest = &after[close + 1..];
            continue;
        };
        let value = value.trim_start();
        // The value runs to the next `, "key":` or the dict's end.
        let end = next_key(value).unwrap_or(value.len());
        let raw = value[..end].trim().trim_end_matches(['}', ']', ')', ',']).trim();
        let strings = python_strings(raw);
        let read = if strings.is_empty() { raw.to_owned() } else { strings.concat() };
        if !key.is_empty() && !read.is_empty() {
            out.push((key.to_owned(), read));
        }
        rest = &value[end..];
    }
    out
}

/// Where the next `"key":` of a dict starts in `value` (after a comma), if anywhere.
fn next_key(value: &str) -> Option<usize> {
    let mut quoted = false;
    let bytes: Vec<char> = value.chars().collect();
    let mut at = 0;
    for (n, c) in bytes.iter().enumerate() {
        if *c == '"' {
            quoted = !quoted;
        } else if *c == ',' && !quoted {
            let after: String = bytes[n + 1..].iter().collect();
            let after = after.trim_start();
            if let Some(k) = after.strip_prefix('"') {
                if k.find('"').is_some_and(|q| k[q + 1..].trim_start().starts_with(':')) {
                    return Some(at);
                }
            }
        }
        at += c.len_utf8();
    }
    None
}

/// The string literals of a stretch of Python, in order (`"a " "b"` is two).
fn python_strings(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('"') else { break };
        out.push(after[..close].to_owned());
        rest = &after[close + 1..];
    }
    out
}

/// Headings typed between runs of dashes, as a log kept in plain text rules off its parts (set 70,
/// a loadmaster's tech log: `--- CREW ---------`, `--- NOTAMs (PRIVATE) ------`): a heading. Only
/// a note with two such lines is read so.
pub(super) fn dashed_headings_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if body.lines().filter(|l| dashed_heading(l).is_some()).count() < 2 {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(front);
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        match dashed_heading(content) {
            Some(title) => {
                out.push_str("## ");
                out.push_str(title);
            }
            None => out.push_str(content),
        }
        out.push_str(end);
    }
    Some(out)
}

/// The title of a line that sets it between runs of dashes (`--- CREW -----------`).
fn dashed_heading(line: &str) -> Option<&str> {
    let line = line.trim();
    let inner = line.strip_prefix("---")?.trim_start_matches('-');
    let title = inner.trim_end_matches('-');
    let closed = inner.len() - title.len() >= 3;
    let title = title.trim();
    let fits = !title.is_empty() && title.split_whitespace().count() <= 6 && title.chars().any(char::is_alphabetic);
    (closed && fits && !title.contains("--")).then_some(title)
}

/// A Japanese daily report (日報, set 61) written in English: `【面接】` and `【参加者】` (the
/// interview, and who took part) and `■ Keep` / `■ Problem` / `■ Try` (a KPT review: what went
/// well, what went wrong, what to do) are headings; `■ Yamaguchi Takeshi 部長 (buchō) — Head of
/// Development` and `・2次 passed!!` are a list's items, and the title after a name (`部長`,
/// `課長`, `さん`, `様`) is no part of it. Only a note with two such headings is read so.
pub(super) fn nippo_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    fn bracketed(l: &str) -> Option<(&str, &str)> {
        l.trim_start().strip_prefix('【').and_then(|r| r.split_once('】'))
    }
    let kpt = |l: &str| {
        let t = l.trim_start().strip_prefix("■ ")?.trim();
        let heading = match t.to_lowercase().as_str() {
            "keep" | "keep (good)" => "Keep: what went well",
            "problem" | "problems" => "Problem: what went wrong",
            "try" | "next" => "Try: what to do",
            _ => return None,
        };
        Some(heading)
    };
    let headings = body.lines().filter(|l| bracketed(l).is_some() || kpt(l).is_some()).count();
    if headings < 2 {
        return None;
    }
    const RANKS: &[&str] = &[" 部長", " 課長", " 社長", " 係長", " 主任", " さん", " 様", " 先輩"];
    // (`Yamaguchi Takeshi 部長 (buchō)`, then `Buchō laughed big`, `Yamaguchi buchō asked`: the
    // rank stands for the one who holds it, who is greeted as "Yamaguchi-san".)
    const ROMAJI: &[(&str, &[&str])] = &[
        ("部長", &["buchō", "bucho", "Buchō", "Bucho"]),
        ("課長", &["kachō", "kacho", "Kachō", "Kacho"]),
        ("社長", &["shachō", "shacho", "Shachō", "Shacho"]),
    ];
    let holders: Vec<(&str, String)> = body
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("■ "))
        .flat_map(|item| {
            let family = item.split_whitespace().next().unwrap_or_default();
            ROMAJI
                .iter()
                .filter(move |(kanji, words)| {
                    item.contains(kanji) || words.iter().any(|w| item.contains(&format!("({w})")))
                })
                .flat_map(move |(_, words)| words.iter().map(move |w| (*w, format!("{family}-san"))))
        })
        .collect();
    let ranked = |line: &str| {
        holders.iter().fold(line.to_owned(), |l, (rank, held)| {
            let family = held.trim_end_matches("-san");
            let l = l.replace(&format!("{family} {rank}"), held);
            crate::text::words::replace_word(&l, rank, held)
        })
    };
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(front);
    for (i, line) in body.split_inclusive('\n').enumerate() {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        if let Some(heading) = kpt(content) {
            out.push_str(&format!("## {heading}"));
        } else if let (Some((label, rest)), true) = (bracketed(content), i > 0) {
            // (Set 75: a localisation producer's `【会った人】`, `【よかった点】`, `【反省点・訂正】`,
            // `【お礼】`: whom she met, what went well, what to set straight, the thanks.)
            let label = match label {
                "参加者" | "出席者" | "面接官" | "会った人" | "会った人たち" => "Who was there",
                "人事・エージェント" | "人事" | "エージェント" => "Also helped",
                "面接" | "面接記録" => "The interview",
                "よかった点" | "良かった点" | "うまくいったこと" | "よかったこと" => {
                    "What went well"
                }
                "反省点" | "反省点・訂正" | "訂正" | "うまく言えなかったこと" | "うまく言えなかったこと・訂正" => {
                    "What I'd redo"
                }
                "選考プロセス" | "選考" | "今後" | "次のステップ" => "Next steps",
                "お礼" | "お礼状" => "Thank-yous",
                other => other,
            };
            out.push_str(&format!("## {label}"));
            if !rest.trim().is_empty() {
                out.push_str("\n\n");
                out.push_str(rest.trim());
            }
        } else if let Some(item) =
            content.trim_start().strip_prefix("■ ").or_else(|| content.trim_start().strip_prefix('・'))
        {
            let item = RANKS.iter().fold(item.to_owned(), |t, r| t.replacen(r, "", 1));
            // (The rank in brackets after the name says how the note speaks of them: no title.)
            let item = holders.iter().fold(item, |t, (rank, _)| t.replace(&format!(" ({rank})"), ""));
            out.push_str("- ");
            out.push_str(&ranked(item.trim_start()));
        } else {
            out.push_str(&ranked(content));
        }
        out.push_str(end);
    }
    Some(out)
}

/// A one-pager whose points are numbered by section, as consultants write them (set 59: `1.1
/// Met: David Otieno (…); Njeri Mwangi (…)`, `4.2 Njeri: both Strathmore MBA…`, `7.1 Email SN —
/// samuel.njoroge@… — me — Thu 3 Dec`): each point a list item, without its number, and each
/// section's title in capitals, numbered (`4. ANSWER — how it landed`) or not (`KEY TAKEAWAYS`,
/// `NEXT STEPS (owner / date)`), a heading. A point another line says is done (`5.1 DONE Fri
/// evening`, `5.2 thank-you DONE Mon`) is ticked: `- [x] Thank-you to Otieno …`. Only a note
/// with three such points, two of one section, each section's from `.1`, is read so; a time
/// written with a stop (`9.30 call with Priya`) is no point.
pub(super) fn outline_numbered_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let points: Vec<(u8, u8)> = body.lines().filter_map(|l| outline_number(l).map(|(n, _)| n)).collect();
    let shared = points.iter().any(|(section, point)| points.iter().any(|(s, p)| s == section && p != point));
    // (Set 55: a solicitor's attendance note, `2.1 Head` over `    (a) CRO filings…`, is read as
    // the headings and items it is.)
    let lettered = body.lines().any(|l| {
        let item = l.trim_start();
        l.len() > item.len()
            && item
                .strip_prefix('(')
                .and_then(|r| r.split_once(") "))
                .is_some_and(|(n, _)| (1..=4).contains(&n.len()) && n.chars().all(|c| c.is_ascii_lowercase()))
    });
    // (A day's log with its times written with a stop, `10.15 call with Priya`, `10.20 …`, `11.05 …`,
    // numbers no section from its first point.)
    let from_one = points.iter().all(|(section, _)| points.contains(&(*section, 1)));
    if points.len() < 3 || !shared || lettered || !from_one {
        return None;
    }
    let done = points_done(body);
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let title = line.split_once(". ").filter(|(n, rest)| {
            let word = rest.split([' ', '\n']).next().unwrap_or_default();
            (1..=2).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
                && word.chars().count() >= 2
                && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        });
        // (`NEXT STEPS (owner / by when)`: what the brackets add is no part of the title.)
        let head = line.split(" (").next().unwrap_or(line);
        let words = head.split_whitespace().count();
        let letters = head.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = (1..=6).contains(&words) && letters >= 3 && !head.chars().any(char::is_lowercase);
        match (outline_number(line), title) {
            (Some((point, rest)), _) => {
                out.push_str(if done.contains(&point) { "- [x] " } else { "- " });
                out.push_str(rest);
            }
            (None, Some((_, rest))) => {
                out.push_str("## ");
                out.push_str(rest);
            }
            (None, None) if capitals && !line.trim_start().starts_with(['-', '*', '#', '>', '|']) => {
                out.push_str("## ");
                out.push_str(line.trim_start());
            }
            (None, None) => out.push_str(line),
        }
    }
    Some(format!("{front}{out}"))
}

/// The points a note says elsewhere are done: a point's number, then within two words `done`,
/// `sent` or a tick (`5.1 DONE Fri evening`, `5.2 thank-you DONE Mon`, `7.1 ✔`).
fn points_done(body: &str) -> Vec<(u8, u8)> {
    let words: Vec<&str> = body.split_whitespace().collect();
    (0..words.len())
        .filter(|&i| {
            let after = &words[i + 1..(i + 3).min(words.len())];
            after.iter().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric() && !"✔✓✅".contains(c)).to_lowercase();
                matches!(w.as_str(), "done" | "sent" | "✔" | "✓" | "✅")
            })
        })
        .filter_map(|i| outline_number(&format!("{} x", words[i])).map(|(point, _)| point))
        .collect()
}

/// The number a line opens with as a point of a section (`4.2 `, `10.1 `), and the rest of the
/// line: a section of two digits at most, and a point from 1 to 20 written without a leading
/// zero, as no time of day is.
fn outline_number(line: &str) -> Option<((u8, u8), &str)> {
    let (number, rest) = line.split_once(' ')?;
    let (section, point) = number.split_once('.')?;
    let digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(section) || !digits(point) || point.starts_with('0') || rest.trim().is_empty() {
        return None;
    }
    let point: u8 = point.parse().ok().filter(|p| (1..=20).contains(p))?;
    Some(((section.parse().ok()?, point), rest.trim_start()))
}

/// A thread written to oneself as numbered posts, the way one drafts a social-media thread (set
/// 55: `1/ ok just got off zoom w/ Tidepool Health — round 2, …🧵`, `4/ Anj 💜 loved the
/// onboarding redesign case study…`): each post the paragraph it is, without its number. A post
/// that opens by keeping itself private (`15/ private 🤐 range…`, `13/ 🤐 NOT FOR ANYONE: base…`,
/// `🤫 …`) is left out, as a private section's lines are, and so are the last post when it only ends
/// the thread (`6/ end 🧵 #designjobs`, `6/ fin`) and a line of hashtags alone (`#designjobs #uxdesign`); a scorecard
/// after the thread (`SCORECARD ✦ tidepool health ✦ nov 20` over stars given to the
/// company and the people) is the writer's own, a private section. Only a note with five posts
/// at least, numbered from `1/`, is read so.
pub(super) fn thread_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    fn post(line: &str) -> Option<(u32, &str)> {
        let (number, rest) = line.trim_start().split_once('/')?;
        let number: u32 = number.parse().ok().filter(|_| number.len() <= 2)?;
        rest.starts_with(' ').then(|| (number, rest.trim_start()))
    }
    let numbers: Vec<u32> = body.lines().filter_map(post).map(|(n, _)| n).collect();
    if numbers.len() < 5 || numbers.first() != Some(&1) || numbers.windows(2).any(|w| w[1] != w[0] + 1) {
        return None;
    }
    const PRIVATE: &[&str] = &["private", "note to self", "not for anyone", "just for me", "for me only", "self:"];
    const HUSHED: &[char] = &['🤫', '🤐', '🙊'];
    let mut out = String::with_capacity(body.len() + 64);
    let mut scorecard = false;
    // (Set 64: `[NFP: Marama Reid — CEO. Gave me her card: …]`, what is "not for posting" kept
    // between brackets beside the posts: the writer's own notes, plain, for the letters to read.)
    let mut aside = false;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let opened = (!aside).then(|| not_for_posting(content)).flatten();
        if opened.is_some() || aside {
            let inner = opened.unwrap_or(content);
            let closed = inner.trim_end().ends_with(']') && inner.matches('[').count() < inner.matches(']').count();
            aside = !closed;
            let inner = if closed { inner.trim_end().strip_suffix(']').unwrap_or(inner) } else { inner };
            out.push_str(inner.trim_end());
            out.push_str(end);
            continue;
        }
        let bare = crate::text::words::trim_pictographs(content);
        if !scorecard && bare.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("scorecard")) {
            scorecard = true;
            out.push_str("# Private: ");
            out.push_str(bare);
        } else if let Some((number, said)) = post(content) {
            let opening = crate::text::words::trim_pictographs(said).to_lowercase();
            let hushed = said.trim_start().starts_with(HUSHED) || PRIVATE.iter().any(|p| opening.starts_with(p));
            // (`15/ end 🧵 #designjobs #…`, `6/ fin`: the thread's end, with or without its tags.)
            let left = crate::text::words::trim_pictographs(before_hashtags(said));
            let ending = left.is_empty() || (Some(&number) == numbers.last() && left.len() <= 4);
            if !(hushed || ending) {
                // (`Anj 💜 loved the onboarding redesign case study`: the emoji are the writer's
                // mood, and stand between a name and what it did.)
                let words = said.split(' ').map(|w| w.trim_matches(crate::text::words::is_pictograph));
                out.push_str(&words.filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "));
            }
        } else if !before_hashtags(content).trim().is_empty() {
            out.push_str(content);
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// What follows the label of a bracket of notes "not for posting" that `line` opens (`[NFP: …`,
/// `[NFP — private:`, `[not for posting: …`): the writer's own words beside a thread's posts.
fn not_for_posting(line: &str) -> Option<&str> {
    let rest = line.trim_start().strip_prefix('[')?;
    let (label, after) = rest.split_once(':')?;
    let label = label.trim().to_lowercase();
    let named = ["nfp", "not for posting", "note", "notes", "nb", "irl", "offline", "off thread", "update"]
        .iter()
        .any(|l| label == *l || label.starts_with(&format!("{l} ")));
    // (`[UPDATE 13 Nov: emailed Will … ✔`: an update keeps the day it was written.)
    let dated = label.strip_prefix("update ").filter(|d| d.chars().any(|c| c.is_ascii_digit()));
    match dated {
        Some(_) => named.then(|| rest.get("update ".len()..).map_or(after, str::trim_start)),
        None => named.then(|| after.trim_start()),
    }
}

/// A line without the run of hashtags it closes on (`end 🧵 #designjobs #uxdesign` → `end 🧵`);
/// a line of hashtags alone is left empty. A heading's marks (`## Notes`) are no hashtag.
fn before_hashtags(line: &str) -> &str {
    let tag = |w: &str| w.len() > 1 && w.starts_with('#') && !w[1..].starts_with('#');
    let mut lead = line.trim_end();
    loop {
        let (rest, last) = lead.rsplit_once(char::is_whitespace).unwrap_or(("", lead));
        if !tag(last) {
            break;
        }
        lead = rest.trim_end();
    }
    lead
}

/// A bullet journal typed up (rapid logging): each line's signifier as the Markdown it stands
/// for. A task (`• ring Mam`), one migrated (`> practise STAR answers`) or scheduled (`< …`) is
/// an open box, one done (`× drop the lads to creche`) a ticked box, an event (`o 10.30
/// INTERVIEW — …`), a note (`– reception — Bríd`) or an idea (`! idea: …`) an item; the legend
/// (`Key: • task  × done …`) is left out (set 53). Only a note with tasks and tasks done, or
/// the legend, is read so.
pub(super) fn bullet_journal_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let opens = |m: &str| body.lines().filter(|l| l.trim_start().starts_with(m)).count();
    let legend = |l: &str| {
        let l = l.trim_start();
        l.starts_with("Key:") && ["•", "×", "o ", "–"].iter().filter(|m| l.contains(*m)).count() >= 3
    };
    if !(body.lines().any(legend) || (opens("× ") >= 1 && opens("• ") >= 1 && opens("o ") + opens("× ") >= 2)) {
        return None;
    }
    const SIGNIFIERS: &[(&str, &str)] = &[
        ("× ", "- [x] "),
        ("• ", "- [ ] "),
        ("> ", "- [ ] "),
        ("< ", "- [ ] "),
        ("o ", "- "),
        ("– ", "- "),
        ("! ", "- "),
    ];
    let mut out = String::with_capacity(body.len() + 64);
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let rest = content.trim_start();
        let indent = &content[..content.len() - rest.len()];
        if legend(content) {
            out.push_str(end);
            continue;
        }
        match SIGNIFIERS.iter().find_map(|(m, md)| rest.strip_prefix(m).map(|r| (md, r))) {
            Some((md, r)) => {
                out.push_str(indent);
                out.push_str(md);
                out.push_str(r);
            }
            None => out.push_str(content),
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A note kept in todo.txt's format (set 54): a line per item, `(A) 2026-11-23 told JF 48 units…
/// +Northbridge @email who:JF`, a done one `x 2026-11-24 2026-11-23 text Gurpreet…`, and comment
/// lines `# what went well`. Each item is a list item (a done one ticked), without its priority,
/// dates, `+project`, `@context` and `key:value` tags; a run of comment lines is a heading over
/// the others, which are items. Only a note with three such items is read so.
pub(super) fn todo_txt_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    if body.lines().filter(|l| todo_item(l).is_some()).count() < 3 {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    let (mut commented, mut titled) = (false, false);
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        if let Some((done, item)) = todo_item(content) {
            out.push_str(if done { "- [x] " } else { "- " });
            out.push_str(&item);
            commented = false;
        } else if let Some(comment) = content.strip_prefix("# ").map(str::trim) {
            // (The first comment of a run is the heading over the rest; the note's first, its
            // title.)
            match (commented, titled) {
                (true, _) => out.push_str("- "),
                (false, false) => out.push_str("# "),
                (false, true) => out.push_str("## "),
            }
            out.push_str(comment);
            commented = true;
            titled = true;
        } else {
            out.push_str(content);
            commented = false;
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A todo.txt item's text without its marks, and whether it is done; `None` for a line that is
/// not one (it has no date or priority first, or no `+project` or `@context`).
fn todo_item(line: &str) -> Option<(bool, String)> {
    let is_date = |w: &str| {
        w.len() == 10
            && w.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
    };
    let mut words = line.split(' ').peekable();
    let done = words.next_if_eq(&"x").is_some();
    let priority = words.next_if(|w| w.len() == 3 && w.starts_with('(') && w.ends_with(')')).is_some();
    let mut dated = false;
    while words.next_if(|w| is_date(w)).is_some() {
        dated = true;
    }
    if !(dated || priority) {
        return None;
    }
    let tag = |w: &str, mark: char| {
        w.strip_prefix(mark).is_some_and(|r| r.starts_with(char::is_alphanumeric) && !r.contains('@'))
    };
    let key_value = |w: &str| {
        w.split_once(':').is_some_and(|(k, v)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !v.is_empty() && !v.contains("//")
        })
    };
    let rest: Vec<&str> = words.collect();
    if !rest.iter().any(|w| tag(w, '+') || tag(w, '@')) {
        return None;
    }
    let kept: Vec<&str> = rest.into_iter().filter(|w| !(tag(w, '+') || tag(w, '@') || key_value(w))).collect();
    Some((done, kept.join(" ").trim().to_owned()))
}

/// A mind map exported as indented text (set 54, XMind or MindNode): the central topic on the
/// first line, each branch a line indented under its parent by tabs or spaces, with no list
/// marks. Read as the outline it is: the topic the title, each node an item nested as deep as
/// its branch. Only a note whose other lines are nearly all indented, eight at least, and none
/// of them a list's item, a heading or a table's row, is read so.
pub(super) fn mind_map_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    let (first, rest) = lines.split_first()?;
    let indent = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let marked = |l: &str| {
        let t = l.trim_start();
        ["- ", "* ", "+ ", "#", "|", ">", "```"].iter().any(|m| t.starts_with(m))
            || t.split_once(". ").is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let indented = rest.iter().filter(|l| indent(l) > 0).count();
    if indent(first) > 0 || rest.len() < 8 || indented * 10 < rest.len() * 9 || lines.iter().any(|l| marked(l)) {
        return None;
    }
    // (A level is a tab, or the fewest spaces a line is indented by.)
    let unit = rest.iter().map(|l| l.len() - l.trim_start_matches(' ').len()).filter(|&n| n > 0).min().unwrap_or(1);
    let depth = |l: &str| {
        let tabs = l.len() - l.trim_start_matches('\t').len();
        tabs + (l[tabs..].len() - l[tabs..].trim_start_matches(' ').len()) / unit
    };
    let all: Vec<&str> = body.split_inclusive('\n').collect();
    let content = |i: usize| all[i].strip_suffix('\n').unwrap_or(all[i]);
    // (`Morag Henderson` over `COO`: a person's node and their job, the first thing under it,
    // are one line, `Morag Henderson — COO`, as a list of people writes it.)
    let job_under = |i: usize| -> Option<usize> {
        let node = content(i).trim();
        let next = (i + 1..all.len()).find(|&j| !content(j).trim().is_empty())?;
        let after = (next + 1..all.len()).find(|&j| !content(j).trim().is_empty());
        let job = content(next).trim();
        let leaf = after.is_none_or(|a| depth(content(a)) <= depth(content(next)));
        let under = depth(content(i)) >= 1 && depth(content(next)) == depth(content(i)) + 1;
        (under && leaf && people::names_in_full(node) && people::is_a_job(job)).then_some(next)
    };
    let jobs: Vec<Option<usize>> = (0..all.len()).map(job_under).collect();
    let mut folded = vec![false; all.len()];
    // (The depths of the nodes written as headings over the node in hand: its items are nested
    // from the deepest of them.)
    let mut headings: Vec<usize> = Vec::new();
    let mut person_depth: Option<usize> = None;
    let mut out = String::with_capacity(body.len() + lines.len() * 4);
    for (i, line) in all.iter().enumerate() {
        let end = if line.ends_with('\n') { "\n" } else { "" };
        let node = content(i).trim();
        if !node.is_empty() && !folded[i] {
            let d = depth(content(i));
            while headings.last().is_some_and(|&h| h >= d) {
                headings.pop();
            }
            // (The main branches are the note's sections, and so is a person's node with the
            // branches under it; the other nodes are its items.)
            let below = (i + 1..all.len()).find(|&j| !content(j).trim().is_empty() && !folded[j] && Some(j) != jobs[i]);
            let parent = below.is_some_and(|j| depth(content(j)) > d);
            // (Set 67: `Marcus Oyelaran (again)` a heading, then `Rebecca Sato – Senior QC Micro
            // Technician` and `Kath` with their branches: each a heading too, or they were the items
            // of Marcus's section.)
            if person_depth.is_some_and(|p| d < p) {
                person_depth = None;
            }
            let person = parent && (people::names_in_full(node) || person_depth == Some(d));
            if person {
                person_depth = Some(d);
            }
            if d <= 1 || person {
                out.push_str(&"#".repeat((d + 1).min(6)));
                out.push(' ');
                headings.push(d);
            } else {
                let base = headings.last().map_or(1, |h| h + 1);
                out.push_str(&"  ".repeat(d.saturating_sub(base)));
                out.push_str("- ");
            }
            out.push_str(node);
            if let Some(job) = jobs[i] {
                out.push_str(" — ");
                out.push_str(content(job).trim());
                folded[job] = true;
            }
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// Cornell notes written as pairs of lines, `CUE: Who` over `NOTE: Panel of 3 (+1 on Zoom):`, as
/// the sections they stand for: each cue a heading, its note the text under it, and a line that
/// only says `SUMMARY` the heading of the summary (set 52). Only a note with two cues and two
/// notes at least is read so. (A Cornell page typed as a table, `| Cues | Notes |`, is read by
/// `body`.)
pub(super) fn cornell_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    fn marked<'a>(line: &'a str, marks: &[&str]) -> Option<&'a str> {
        let (mark, rest) = line.trim_start().split_once(':')?;
        marks.contains(&mark.trim()).then(|| rest.trim())
    }
    const CUES: &[&str] = &["CUE", "Cue", "CUES", "Cues"];
    const NOTES: &[&str] = &["NOTE", "Note", "NOTES", "Notes"];
    let count = |marks: &[&str]| body.lines().filter(|l| marked(l, marks).is_some()).count();
    if count(CUES) < 2 || count(NOTES) < 2 {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let read = match (marked(content, CUES), marked(content, NOTES)) {
            (Some(cue), _) if !cue.is_empty() => format!("### {cue}"),
            (_, Some(note)) => note.to_owned(),
            _ if matches!(content.trim(), "SUMMARY" | "Summary" | "SUMMARY:" | "Summary:") => "### Summary".to_owned(),
            _ => content.to_owned(),
        };
        out.push_str(&read);
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// Rows pasted from a spreadsheet as comma-separated values (`"Name","Title","Notes"` over a row
/// a person), as the Markdown table they stand for: each field a cell, quotes and doubled quotes
/// read, a row of empty fields left out. The rule under the header row takes the next line, so
/// the rows below it move down one line: into the empty row after them when there is one, else
/// the lines after the table move down one too (a table needs the blank line after it).
pub(super) fn csv_tabled(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let fields = |line: &str| csv_fields(line.trim_end_matches(['\n', '\r']));
    let mut out = String::with_capacity(body.len() + 64);
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let Some(header) = fields(lines[i]).filter(|h| is_header(h)) else {
            out.push_str(lines[i]);
            i += 1;
            continue;
        };
        let width = header.len();
        let rows: Vec<Vec<String>> =
            lines[i + 1..].iter().map_while(|l| fields(l).filter(|f| f.len() == width)).collect();
        let filled = rows.iter().filter(|r| r.iter().any(|c| !c.is_empty())).count();
        if filled == 0 {
            out.push_str(lines[i]);
            i += 1;
            continue;
        }
        changed = true;
        let row = |cells: &[String]| {
            let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
            format!("| {} |\n", cells.join(" | "))
        };
        out.push_str(&row(&header));
        out.push_str(&format!("|{}\n", "---|".repeat(width)));
        for cells in rows.iter().filter(|r| r.iter().any(|c| !c.is_empty())) {
            out.push_str(&row(cells));
        }
        // (The lines the block held, less the two the header and rule took and the rows: the
        // empty rows, and a blank line after the block, take up the line the rule added.)
        let end = i + 1 + rows.len();
        out.push_str(&"\n".repeat((end - i).saturating_sub(filled + 2)));
        i = end;
    }
    changed.then(|| format!("{front}{out}"))
}

/// One row of a spreadsheet pasted with its header (set 64: a Dutch tracker's `datum;bedrijf;
/// functie;…;ging goed;ging fout / vergeten;…` over `09-11-2026;Kroonhaven Logistics B.V.;…;"Mark
/// liked the A15 story…⏎both played korfbal…"`), separated by semicolons or tabs, its cells quoted
/// over several lines: each column as the note would write it, a cell of one short line as `Label:
/// value` and the others as a section of their own, a line an item. The lines after the row move
/// down by what the sections add.
pub(super) fn csv_record_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let mut start = 0;
    for line in body.split_inclusive('\n') {
        let end = start + line.len();
        let bare = line.trim_end_matches(['\n', '\r']);
        let header = [';', '\t'].iter().find_map(|&sep| {
            let fields: Vec<String> = bare.split(sep).map(|f| f.trim().to_owned()).collect();
            (fields.len() >= 5 && is_header(&fields)).then_some((sep, fields))
        });
        if let Some((sep, header)) = header {
            if let Some((cells, used)) = record(&body[end..], sep, header.len()) {
                let mut out = format!("{front}{}", &body[..start]);
                let mut fields = String::new();
                let mut sections = String::new();
                for (label, cell) in header.iter().zip(&cells) {
                    let lines: Vec<&str> = cell.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
                    match lines[..] {
                        [] => {}
                        [one] if one.chars().count() <= 80 && !is_section_label(label) => {
                            fields.push_str(&format!("{label}: {one}\n"));
                        }
                        _ => {
                            sections.push_str(&format!("## {label}\n\n"));
                            for l in lines {
                                sections.push_str(&format!("- {l}\n"));
                            }
                            sections.push('\n');
                        }
                    }
                }
                out.push_str(&fields);
                out.push('\n');
                out.push_str(&sections);
                out.push_str(&body[end + used..]);
                return Some(out);
            }
        }
        start = end;
    }
    None
}

/// True for a column whose label names what a section holds (`ging goed`, `PRIVE`, `bedankt?`):
/// its cell is read as that section, a line an item, even when it is one line.
fn is_section_label(label: &str) -> bool {
    let lower = label.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    const SECTIONS: &[&str] = &[
        "who", "wie", "people", "went", "goed", "fout", "vergeten", "beloofd", "promised", "private", "prive", "privé",
        "next", "volgende", "bedankt", "thanked", "thanks", "mail", "emailed", "gut", "schlecht",
    ];
    words.iter().any(|w| SECTIONS.contains(w))
}

/// The cells of one record of `width` fields separated by `sep` at the start of `text`, its
/// quoted cells over as many lines as they take, and the bytes it took (to the end of its last
/// line); `None` when the fields do not come to `width` there.
fn record(text: &str, sep: char, width: usize) -> Option<(Vec<String>, usize)> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' if quoted && chars.peek().is_some_and(|(_, n)| *n == '"') => {
                cell.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            c if c == sep && !quoted => cells.push(std::mem::take(&mut cell)),
            '\n' if !quoted => {
                cells.push(std::mem::take(&mut cell));
                return (cells.len() == width).then_some((cells, at + 1));
            }
            '\r' if !quoted => {}
            c => cell.push(c),
        }
        if cells.len() > width {
            return None;
        }
    }
    cells.push(cell);
    (cells.len() == width && !quoted).then_some((cells, text.len()))
}

/// The fields of a line of comma-separated values, when it has three or more: `27/11/2026,"Bello,
/// Alhaji Musa",MD/CEO` is three. Not a line of Markdown (`- a, b, c`, `| a | b |`), nor prose
/// (a field of more than twelve words outside quotes).
fn csv_fields(line: &str) -> Option<Vec<String>> {
    if line.is_empty() || line.starts_with(['-', '*', '+', '|', '#', '>', ' ', '\t', '[']) {
        return None;
    }
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if field.is_empty() => {
                quoted = true;
                was_quoted = true;
            }
            ',' if !quoted => {
                fields.push((std::mem::take(&mut field), was_quoted));
                was_quoted = false;
            }
            c => field.push(c),
        }
    }
    if quoted {
        return None;
    }
    fields.push((field, was_quoted));
    let prose = fields.iter().any(|(f, q)| !q && f.split_whitespace().count() > 12);
    (fields.len() >= 3 && !prose).then(|| fields.into_iter().map(|(f, _)| f.trim().to_owned()).collect())
}

/// True for a spreadsheet's header row: every field a short label with a letter in it, none
/// repeated.
fn is_header(fields: &[String]) -> bool {
    let mut seen: Vec<String> = fields.iter().map(|f| f.to_lowercase()).collect();
    seen.sort_unstable();
    seen.dedup();
    // (Set 70: `JENNIFER PARK, Paralegal Manager, Litigation` over `ALAN STRAUSS, Partner, Commercial
    // Litigation`: someone met and their job, a line each, not a spreadsheet's header and row.)
    let first_words: Vec<&str> = fields.first().map(|f| f.split_whitespace().collect()).unwrap_or_default();
    let named = (2..=3).contains(&first_words.len())
        && first_words.iter().all(|w| w.starts_with(char::is_uppercase))
        && people::looks_like_name(&fields[0]);
    let titled = fields[1..].iter().any(|f| f.split_whitespace().any(|w| people::is_title_word(&w.to_lowercase())));
    let someone = named && titled;
    !someone
        && seen.len() == fields.len()
        && fields.iter().all(|f| {
            !f.is_empty()
                && f.split_whitespace().count() <= 6
                && f.chars().any(char::is_alphabetic)
                && !f.chars().any(|c| c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_todoist_export_is_read_without_its_marks_stamps_and_export_line() {
        // Set 68, a transport planner's project.
        let text = "# Sollicitaties › Maasdelta › Ronde 1\n_Exported from Todoist · Sun 6 Dec 2026 19:51 · 16 tasks_\n\n\
                    - [x] Print CV  `p4`  · ✔ 12 Nov 07:41\n\
                    - [x] Gesprek ronde 1  `p1`  @gesprek  · ✔ 12 Nov 11:48\n  \
                    - 💬 12 Nov 11:52 — Ruud liked the A16 story\n\
                    - [ ] Bedankmail Ingrid  `p1`  📅 Wed 25 Nov  @email  ‼️ overdue\n\
                    - [ ] Priscilla kaartje  `p4`  (carried over from ronde 1)\n\
                    - [ ] Read the Feb 3  notes again\n";
        let read = todoist_read(text, 0).expect("a Todoist export");
        assert_eq!(read.lines().count(), text.lines().count(), "{read}");
        assert_eq!(
            read,
            "# Sollicitaties › Maasdelta › Ronde 1\n\n\n- [x] Print CV\n- [x] Gesprek ronde 1\n  \
             - Ruud liked the A16 story\n- [ ] Bedankmail Ingrid @email\n\
             - [ ] Priscilla kaartje (carried over from ronde 1)\n- [ ] Read the Feb 3  notes again\n"
        );
        let checklist = "- [x] Email Ana  today\n- [ ] Send the deck\n- [x] Call Bo @ 3pm\n";
        assert_eq!(todoist_read(checklist, 0), None, "a checklist without Todoist's marks");
    }

    #[test]
    fn a_note_typed_indented_throughout_reads_without_its_margin() {
        // Set 70, a paralegal's notes laid out as a court reporter's transcript: the whole note
        // was one block of code, and nobody in it was met.
        let text = "                         IN THE MATTER OF\n\
                    \x20    DATE:         Tuesday, November 17, 2026\n\n\
                    \x20                      A P P E A R A N C E S\n\n\
                    \x20    JENNIFER PARK, Paralegal Manager, Litigation\n\
                    \x20         (gave me her card — \"email me\n\
                    \x20         anything, anytime\")\n\n\
                    \x20    EXAMINATION BY MR. OCHOA\n\n\
                    \x20    1.  EXAMINATION BY MS. PARK  (10:00 – 10:35)\n\n\
                    \x20    Q.  Walk me through a production you ran.\n\
                    \x20    A.  The freight-client matter.\n\
                    \x20    5. Reporter's notes (PRIVATE) .................. 5\n";
        let read = indented_read(text, 0).expect("a note indented throughout");
        let lines: Vec<&str> = read.lines().collect();
        assert_eq!(lines.len(), text.lines().count(), "every line where it was");
        assert_eq!(lines[1], "DATE:         Tuesday, November 17, 2026");
        assert_eq!(lines[3], "## APPEARANCES");
        assert_eq!(lines[5], "JENNIFER PARK, Paralegal Manager, Litigation");
        assert_eq!(lines[6], "     (gave me her card — \"email me", "what wraps keeps its own indent");
        assert_eq!(lines[9], "## EXAMINATION BY MR. OCHOA", "capitals alone between empty lines");
        assert_eq!(lines[11], "## EXAMINATION BY MS. PARK  (10:00 – 10:35)", "a numbered part in capitals");
        assert_eq!(lines[15], "5. Reporter's notes (PRIVATE) .................. 5", "an index's line stays");
        // (A note with lines at the margin is no such note, nor one of a few lines.)
        assert_eq!(indented_read("# Acme\n\n    code\n", 0), None);
        assert_eq!(indented_read("    a\n    b\n", 0), None);
    }

    #[test]
    fn a_notebooks_python_cells_read_as_the_note_they_stand_for() {
        // Set 70, an analyst's Jupyter notebook exported to Markdown: the people were a list of
        // dicts in a code block, and nobody was met.
        let text = "## people\n\n```python\npeople = [\n\
                    \x20   {\"name\": \"Claire Boudreau\", \"role\": \"Manager, Research & Analytics\", \"emailed\": True,\n\
                    \x20    \"note\": \"hiring mgr. replied-all \"\n\
                    \x20            \"on the scheduling thread\"},\n\
                    \x20   {\"name\": \"Earl\", \"role\": \"commissionaire, front desk\", \"emailed\": False},\n\
                    ]\n# Jean-Luc Arsenault: OFF SICK today, not on the panel.\nlen(people)\n```\n\n\
                    ```python\nclarifications = {\n\
                    \x20   \"correction\":    \"SQL: DENSE_RANK (ties, no gaps), not RANK\",\n\
                    \x20   \"not_mentioned\": \"I'm BILINGUAL. \"\n\
                    \x20                    \"didn't say it.\",\n}\n```\n\n\
                    ```python\nrejection = \"\"\"\nEmail from Dawn: 'After careful consideration …'\n\"\"\"\n\
                    # CORRECTION: slide 4 said 1.0%.\n#   that's the 2024 figure!!\n```\n\n\
                    ```python\nfix = \"\"\"\nSELECT county FROM rents\n\"\"\"\nprint(1)\n```\n";
        let read = notebook_read(text, 0).expect("a notebook");
        let lines: Vec<&str> = read.lines().collect();
        assert_eq!(lines.len(), text.lines().count(), "every line where it was");
        assert_eq!(lines[3], "", "a list's name is no heading");
        assert_eq!(
            lines[4],
            "- **Claire Boudreau** — Manager, Research & Analytics. We have emailed. hiring mgr. replied-all on the \
             scheduling thread"
        );
        assert_eq!(lines[7], "- **Earl** — commissionaire, front desk.");
        assert_eq!(lines[9], "- Jean-Luc Arsenault: OFF SICK today, not on the panel.");
        assert_eq!(lines[14], "### to clarify");
        assert_eq!(lines[15], "- correction: SQL: DENSE_RANK (ties, no gaps), not RANK");
        assert_eq!(lines[16], "- not mentioned: I'm BILINGUAL. didn't say it.");
        assert_eq!(lines[23], "> Email from Dawn: 'After careful consideration …'", "a text pasted between quotes");
        assert_eq!(lines[25], "- CORRECTION: slide 4 said 1.0%.");
        assert_eq!(lines[26], "  that's the 2024 figure!!", "a comment under one goes on with it");
        assert_eq!(lines[29], "```python", "a cell that holds nothing of the note stays code");
        assert!(lines[..29].iter().all(|l| !l.contains("len(people)") && !l.contains("```")), "code is left out");
        assert_eq!(notebook_read("```python\nprint(1)\n```\n", 0), None, "no cell that holds a note");
        // (A comment that keeps what follows to oneself is a heading; a cell under a heading kept
        // from the letters stays code.)
        let private = "## how it went\n\n```python\n# private:\n# band $68,400 – $74,100\n```\n";
        assert!(notebook_read(private, 0).unwrap().contains("### private\n- band $68,400"));
        let elsewhere = "## MHC status (NOT ATC — don't mix up)\n\n```python\n# Claire emailed ✔\n```\n";
        assert_eq!(notebook_read(elsewhere, 0), None);
    }

    #[test]
    fn a_title_between_runs_of_dashes_is_a_heading() {
        // Set 70, a loadmaster's tech log.
        let text =
            "--- CREW -----------------\nDARREN KUYPER  - Ops Manager\n\n--- NOTAMs (PRIVATE) ------\n!! red flag\n";
        let read = dashed_headings_read(text, 0).unwrap();
        assert_eq!(read, "## CREW\nDARREN KUYPER  - Ops Manager\n\n## NOTAMs (PRIVATE)\n!! red flag\n");
        assert_eq!(dashed_headings_read("--- CREW ---\ntext\n", 0), None, "one alone is a rule's doing");
        assert_eq!(dashed_heading("-----------"), None);
        assert_eq!(dashed_heading("--- no closing dashes"), None);
    }

    #[test]
    fn a_git_log_reads_as_its_messages_under_their_subjects() {
        // Set 69, a GIS analyst's day kept as commits.
        let text = "teddy@thinkpad:~/jobhunt (tamarack)$ git log --all\n\n\
                    commit 9b54812f8fe122d0f8079736d83c8bf3b29430f8\nAuthor: Teddy M <teddy@thinkpad>\n\
                    Date:   Fri Dec 4 16:20:33 2026 -0500\n\n    docs(private): $$ + timing. NOT FOR EMAILS\n    \n\
                    \x20   - Jen said range is $68-74k.\n\n\
                    commit f87e8a5c4349d441642e1fab15898f61334ede02\nAuthor: Teddy M <teddy@thinkpad>\n\
                    Date:   Tue Dec 1 12:05:55 2026 -0500\n\n    feat(tamarack): onsite interview done\n    \n\
                    \x20   who:\n    - Owen Fairbairn -- Field Survey Supervisor\n    \n\
                    \x20   Co-authored-by: Priya Nandakumar <priya@tamarackgeo.ca>\n";
        let read = git_log_read(text, 0).expect("a git log");
        assert_eq!(read.lines().count(), text.lines().count(), "{read}");
        assert_eq!(
            read,
            "\n\n\n\n\n\n## Private — $$ + timing. NOT FOR EMAILS — Fri 4 Dec 2026\n\n- Jen said range is $68-74k.\n\n\
             \n\n\n\n## onsite interview done — tamarack — Tue 1 Dec 2026\n\nwho:\n- Owen Fairbairn — Field Survey Supervisor\n\n\n"
        );
        assert_eq!(git_log_read("commit abcdef1 is a word\nAuthor: me\n", 0), None, "one commit");
    }

    #[test]
    fn a_zettelkasten_notes_numbered_slips_are_its_sections_and_items() {
        // Set 65, as an archivist wrote it.
        let text = "# 202612021310 Interview — Kelburn\n\nType: fleeting\nUp: [[202609150900 Job hunt]]\n\n\
                    **1** Role: Special Collections Librarian — fixed-term.\n\n**1a** Panel\n- Priya Nand — Manager\n\n\
                    **2** Went well\n\n**2a** Priya LOVED the zine idea.\n**2b** Daniel knew my thesis topic.\n\n\
                    **3** What I got wrong / forgot\n";
        let read = zettel_read(text, 0).expect("numbered slips");
        assert_eq!(read.lines().count(), text.lines().count(), "{read}");
        assert_eq!(
            read,
            "# 202612021310 Interview — Kelburn\n\n\nUp: [[202609150900 Job hunt]]\n\n\
             - Role: Special Collections Librarian — fixed-term.\n\n### Panel\n- Priya Nand — Manager\n\n\
             ## Went well\n\n- Priya LOVED the zine idea.\n- Daniel knew my thesis topic.\n\n\
             ## What I got wrong / forgot\n"
        );
        assert_eq!(zettel_read("**1** One\n**2** Two\n", 0), None, "two slips are no Zettelkasten");
        assert_eq!(zettel_read("**Bold** a\n**Bold** b\n**Bold** c\n", 0), None, "bold words are no numbers");
    }

    #[test]
    fn a_wikis_closed_headings_are_headings() {
        let read = wiki_headings_read("Intro\n== people ==\n1) Lee Jae-won\n\n== FIX / TODO ==\n* fix\n=====\n", 0);
        assert_eq!(read.as_deref(), Some("Intro\n## people\n1) Lee Jae-won\n\n## FIX / TODO\n* fix\n=====\n"));
        assert_eq!(wiki_headings_read("== one ==\ntext\n", 0), None, "one such line is no wiki's");
        assert_eq!(wiki_headings_read("a == b ==\n== x ==\n", 0), None);
        let tagged = wiki_headings_read("= Lumora =\n== Private == :private:\n* band\n", 0);
        assert_eq!(tagged.as_deref(), Some("# Lumora\n## Private\n* band\n"), "vimwiki's tags");
    }

    #[test]
    fn a_daily_reports_brackets_and_kpt_are_its_sections_and_its_squares_items() {
        let text = "【日報】2026/12/02 面接記録 — Kumo Interactive\n\n【参加者】\n\
                    ■ Yamaguchi Takeshi 部長 (buchō) — Head of Development Division\n\
                    ■ Ishikawa-san — again, last 10 min only\n\n■ Keep\n- Buchō liked my mentoring idea\n\n\
                    ■ Problem\n- I told Kondo kachō 1 month → WRONG\n\n■ Try\n・Mail to Kondo kachō\n";
        assert_eq!(
            nippo_read(text, 0).as_deref(),
            Some(
                "【日報】2026/12/02 面接記録 — Kumo Interactive\n\n## Who was there\n\
                 - Yamaguchi Takeshi — Head of Development Division\n\
                 - Ishikawa-san — again, last 10 min only\n\n## Keep: what went well\n- Yamaguchi-san liked my mentoring idea\n\n\
                 ## Problem: what went wrong\n- I told Kondo kachō 1 month → WRONG\n\n## Try: what to do\n- Mail to Kondo kachō\n"
            )
        );
        assert_eq!(nippo_read("■ Keep\nsomething\n", 0), None, "one heading is no report");
    }

    #[test]
    fn a_dendron_vaults_hierarchical_links_name_the_page() {
        let text = "1. system design - [[people.oksana-petrenko|Oksana]] (principal eng)\n3. behavioral - [[people.marcus-lee|mlee]] again\n[[orgs.tessellate]] / Sr Backend Eng\n![[interviews.tessellate.2026-11-16-tech-screen#fix / followup]]\n[[Gwen Park|Gwen]]\n";
        assert_eq!(
            dendron_read(text, 0).as_deref(),
            Some(
                "1. system design - [[Oksana Petrenko|Oksana]] (principal eng)\n3. behavioral - [[people.marcus-lee|mlee]] again\n[[Tessellate]] / Sr Backend Eng\n![[interviews.tessellate.2026-11-16-tech-screen#fix / followup]]\n[[Gwen Park|Gwen]]\n"
            )
        );
        assert_eq!(dendron_read("[[Gwen Park|Gwen]] and [[people]]\n", 0), None, "no hierarchy, nothing to read");
    }

    #[test]
    fn a_research_synthesis_reads_as_a_note_with_its_participants_named() {
        let text = "SESSION   18.11.2026 (Mi) · 14:00–15:15\nCO        Gleisfrei GmbH · on-site\n\
                    STAGE     R2/4 — hiring mgr deep-dive\n\nPARTICIPANTS\n\
                    P1  Katrin Bauer (KB) — Head of UX Research, hiring mgr\n\
                    P2  MK — Moritz Krüger, Staff Product Designer\n\
                    \x20   Bea — office mgr. HDMI adapter, Kaffee\n\n\
                    OBSERVATIONS\n[+] P1 nodded hard at the diary study\n[-] said 40 participants. it was 24!!\n\
                    [?] promised MK my checklist\n\nQUOTES\n\"We have more dashboards than insights.\" — KB\n\n\
                    CHANNELS\n→ KB: katrin.bauer@gleisfrei.example\n✔ TY mail to KB sent 18.11.\n";
        let read = synthesis_read(text, 0).expect("a synthesis");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        assert_eq!(
            read,
            "Date: 18.11.2026\nCompany: Gleisfrei GmbH\n\
             Stage: R2/4 — hiring mgr deep-dive\n\n## PARTICIPANTS\n\
             - Katrin Bauer — Head of UX Research, hiring mgr\n- Moritz Krüger, Staff Product Designer\n\
             - Bea — office mgr. HDMI adapter, Kaffee\n\n\
             ## OBSERVATIONS\n- Katrin nodded hard at the diary study\n- said 40 participants. it was 24!!\n\
             - promised Moritz my checklist\n\n## QUOTES\n- \"We have more dashboards than insights.\" — Katrin\n\n\
             ## CHANNELS\n- Katrin: katrin.bauer@gleisfrei.example\n- ✔ TY mail to Katrin sent 18.11.\n"
        );
        assert_eq!(synthesis_read("NOTES\n[+] one\n- two\n", 0), None, "one tag");
    }

    #[test]
    fn a_taskpaper_notes_projects_tasks_and_notes_read_as_headings_items_and_nested_items() {
        let text = "Cascadia Freightworks — Sr PM:\n\tInterview 2 of 4 — HM screen @date(2026-11-19)\n\
                    \t- hear back @due(2026-11-24) @done(2026-11-23)\n\t\tUPDATE 11/23: moving to onsite\n\n\
                    People:\n\t- Marcus Feld — Director of Product (HM) @person(Marcus)\n\
                    \t\tliked the load-matching story\n\t\tmarcus.feld@cascadiafreight.example\n\
                    Follow-ups:\n\t- thank-you email to Marcus @done(2026-11-19)\n\
                    \t- send Marcus the one-pager @due(2026-11-23) @waiting\n\
                    \t- stop saying \"at the end of the day\" @self — counted 5\n";
        let read = taskpaper_read(text, 0).expect("a TaskPaper note");
        assert_eq!(
            read,
            "## Cascadia Freightworks — Sr PM\nInterview 2 of 4 — HM screen on 2026-11-19\n\
             - [x] hear back (due 2026-11-24)\n  - UPDATE 11/23: moving to onsite\n\n\
             ## People\n- Marcus Feld — Director of Product (HM)\n  - liked the load-matching story\n\
             \x20 - marcus.feld@cascadiafreight.example\n## Follow-ups\n- [x] thank-you email to Marcus\n\
             - send Marcus the one-pager (due 2026-11-23)\n- stop saying \"at the end of the day\" — counted 5\n"
        );
        assert_eq!(taskpaper_read("People:\n- Ana Souza, CTO\nNotes:\n- liked @ the demo\n", 0), None, "no tabs");
    }

    #[test]
    fn a_screenplays_introductions_say_whom_the_writer_met() {
        let text = "COBALT HOUR - CREATIVE EXEC (TV DEVELOPMENT)\n\nFADE IN:\n\nINT. LOBBY - DAY\n\n\
                    Theo arrives. RAFI AMSALEM (20s, Diane's assistant, three phones, apologetic) intercepts.\n\
                    RENATA SOLIS (50s, showrunner/creator, \"call me Ren\") sits. Next to her, GABE (40s, co-EP and \
                    Ren's #2, hoodie) -- last name?\n\
                    \x20                   RAFI (CONT'D)\n\
                    Their whiteboard has THE BALIKBAYAN BOX (a Manila-set drama) on it.\n\nCUT TO:\n";
        let read = screenplay_read(text, 0).expect("a screenplay");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        let lines: Vec<&str> = read.lines().collect();
        assert_eq!(lines[0], "COBALT HOUR - CREATIVE EXEC (TV DEVELOPMENT)", "the title is no one");
        assert_eq!(lines[4], "", "a scene's heading, left out");
        // (Set 69: in bold, a scene's heading too.)
        let bold = "FADE IN:\n\n**EXT. COLÁISTE NAOMH BRÍD – CAR PARK – 3:38 PM**\n\nLashing.\n";
        assert_eq!(screenplay_read(bold, 0).unwrap(), "FADE IN:\n\n\n\nLashing.\n");
        assert_eq!(lines[6], "Met with Rafi Amsalem (Diane's assistant). Theo arrives. Rafi Amsalem intercepts.");
        assert_eq!(
            lines[7],
            "Met with Renata Solis (showrunner/creator), \"call me Ren\". Met with Gabe (co-EP). Renata Solis sits. \
             Next to her, Gabe -- last name?"
        );
        assert_eq!(lines[8], "                    RAFI (CONT'D)", "a cue is no introduction");
        assert_eq!(lines[9], "Their whiteboard has THE BALIKBAYAN BOX (a Manila-set drama) on it.", "no age, a title");
        assert_eq!(screenplay_read("RAFI AMSALEM (20s, assistant) waits.\n", 0), None, "no scene");
    }

    #[test]
    fn a_todo_txt_note_is_read_as_a_list_under_its_comments() {
        let text = "# Northbridge - Site Supervisor - interview 1 of 2\n# Panel: JF + Doug\n\
                    2026-11-23 Met Doug McKinnon, Senior Site Supervisor +Northbridge @notes who:Doug\n\
                    # what went well\n\
                    2026-11-23 Doug liked the changeover story +Northbridge @went_well who:Doug\n\
                    (A) 2026-11-23 told JF 48 units -> it was 84 suites +Northbridge @email who:JF due:2026-11-25\n\
                    x 2026-11-24 2026-11-23 text Gurpreet, careers@acme.example +Northbridge ch:text\n";
        let read = todo_txt_read(text, 0).expect("a todo.txt note");
        assert_eq!(
            read,
            "# Northbridge - Site Supervisor - interview 1 of 2\n- Panel: JF + Doug\n\
             - Met Doug McKinnon, Senior Site Supervisor\n## what went well\n- Doug liked the changeover story\n\
             - told JF 48 units -> it was 84 suites\n- [x] text Gurpreet, careers@acme.example\n"
        );
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        assert_eq!(todo_txt_read("# Acme\n\n- 2026-11-23 met Ana +Acme\n- (A) call Bo @phone\n", 0), None);
    }

    #[test]
    fn a_mind_map_is_read_as_sections_a_person_a_heading_with_their_job_and_items_under_them() {
        let text = "Inchkeith Bio – Finance Manager – FINAL\n\tWed 2 Dec\n\t\tFinal round\n\tMorag Henderson\n\
                    \t\tCOO\n\t\tHiring manager\n\t\tWent well\n\t\t\tCash flow forecast answer\n\
                    \tThank yous\n\t\tMorag – email\n\t\tGreg – card\n";
        let read = mind_map_read(text, 0).expect("a mind map");
        assert_eq!(
            read,
            "# Inchkeith Bio – Finance Manager – FINAL\n## Wed 2 Dec\n- Final round\n## Morag Henderson — COO\n\n\
             - Hiring manager\n- Went well\n  - Cash flow forecast answer\n## Thank yous\n- Morag – email\n\
             - Greg – card\n"
        );
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        assert_eq!(mind_map_read("# Acme\n\n- one\n  - two\n", 0), None, "a Markdown outline is one already");
    }

    #[test]
    fn a_meeting_summarys_keywords_end_at_their_blank_line_and_its_transcript_at_a_rule() {
        let text = "Acme | AE - Round 2\nOtter.ai\n\nKeywords\n\nAcme, MEDDPICC\n\nmet Ryan in the lobby\n\n\
                    Outline\nIntro\n • 00:00:41 Ryan introduced himself.\n\nTranscript (excerpt)\n\nSpeaker 2  00:12:40\n\
                    Okay.\n\nRyan Cole  00:12:49\nYeah.\n-----\nmy own line\n";
        let read = meeting_summary_read(text, 0).expect("a meeting summary");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        let kept: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "Acme | AE - Round 2",
                "met Ryan in the lobby",
                "## Outline",
                "### Intro",
                "- Ryan introduced himself.",
                "-----",
                "my own line"
            ]
        );
    }

    #[test]
    fn a_threads_end_and_its_hashtags_are_left_out_and_a_post_that_closes_on_tags_is_kept() {
        let text = "1/ Acme, round 2\n\n2/ Ana liked the demo #win\n\n3/ more\n\n4/ 🧵\n\n5/ end 🧵 #designjobs #ux\n\n\
                    #designjobs #ux\n## Notes\n";
        let read = thread_read(text, 0).expect("a thread");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        let kept: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(kept, ["Acme, round 2", "Ana liked the demo #win", "more", "## Notes"]);
        assert_eq!(before_hashtags("end 🧵 #designjobs #ux"), "end 🧵");
        assert_eq!(before_hashtags("#ux"), "");
        assert_eq!(before_hashtags("C# and #rust rocks"), "C# and #rust rocks");
    }

    #[test]
    fn a_note_in_jira_wiki_markup_is_read_as_the_markdown_it_stands_for() {
        let text = "h1. Kestrel Automotive – Program Manager\n\n*Date:* 24-Nov-2026 | [~pooja.nair] to revert\n\n\
                    h3. Attendees\n* *Kavita Rao* – Senior Manager\n** she said _mail is fine_\n# first\n## nested\n\n\
                    {quote}Go-live is a rumour until SOP.{quote}\n{quote}\ntwo\n{quote}\n\n\
                    ||Name||Role||\n|Sanjay Bhide|CTO|\n\n||Field||Value||\n|Decision|by *09-Dec*|\n\n\
                    {panel:title=Only for me|bgColor=#FFEBE6}\n* band 38 (x) and (/)\n{panel}\n----\n";
        let read = jira_read(text, 0).expect("a note in wiki markup");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        let kept: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "# Kestrel Automotive – Program Manager",
                "**Date:** 24-Nov-2026 | Pooja Nair to revert",
                "### Attendees",
                "- **Kavita Rao** – Senior Manager",
                "  - she said *mail is fine*",
                "1. first",
                "   1. nested",
                "> Go-live is a rumour until SOP.",
                "> two",
                "| Name | Role |",
                "|---|---|",
                "| Sanjay Bhide | CTO |",
                "|  |  |",
                "|---|---|",
                "| Decision | by **09-Dec** |",
                "## Only for me",
                "- band 38 ❌ and ✅",
            ]
        );
        assert_eq!(jira_read("# Acme\n\nh1. is a word here\n", 0), None);
    }

    // Set 67: a ticket exported whole. Its rule of dashes made its fields a heading, `Type: Task`
    // was the stage, the mention then the name was "Ruud Jansen Ruud Jansen", and the acceptance
    // criteria's `(x) Priya - no direct mail…` said no thanks to Priya.
    #[test]
    fn a_jira_ticket_reads_as_its_title_and_description_and_its_criteria_as_a_checklist() {
        let text = "[JOB-21] Interview - FrisLog Cold Chain - Supply Chain Planner\n------------------\n\
                    Type: Task          Priority: High        Status: WAITING FOR CUSTOMER\n\
                    Created: 18/Nov/26 12:03     Updated: 04/Dec/26 16:30\n------------------\n\n\
                    h3. Attendees\n\n* [~ruud.jansen] *Ruud Jansen* - Manager Transport & Planning\n\
                    * (x) Tom Bakker - off sick. Did NOT meet.\n\nh3. Acceptance criteria\n\n\
                    * (/) WhatsApp Lotte after\n* (x) Priya - no direct mail. Letter to FrisLog\n";
        let read = jira_read(text, 0).expect("a ticket");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        let kept: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "# Interview - FrisLog Cold Chain - Supply Chain Planner",
                "### Attendees",
                "- **Ruud Jansen** - Manager Transport & Planning",
                "- ❌ Tom Bakker - off sick. Did NOT meet.",
                "### Acceptance criteria",
                "- [x] WhatsApp Lotte after",
                "- [ ] Priya - no direct mail. Letter to FrisLog",
            ]
        );
    }

    #[test]
    fn punctuation_typed_in_full_width_is_read_as_ascii() {
        let text = "Role： Analyst, FP&A （Group Finance）\nPpl：\n- Tan Wei Ming （陈伟明）— Finance Manager\n\
                    - Nurul（nurul.ain@x.example）came down\n- CFA Level II in Aug！！ 好，ok\n";
        assert_eq!(
            full_width_read(text, 0).unwrap(),
            "Role: Analyst, FP&A (Group Finance)\nPpl:\n- Tan Wei Ming (陈伟明)— Finance Manager\n\
             - Nurul (nurul.ain@x.example) came down\n- CFA Level II in Aug!! 好, ok\n"
        );
        assert_eq!(full_width_read("Role: Analyst\n", 0), None);
    }

    #[test]
    fn an_issue_exported_from_github_is_read_without_its_own_lines() {
        let text = "# [Maplegrid Payments] Sr. QA Engineer — panel (round 2/4) #17\n\n\
                    **Open** · **qa-nadia** opened this issue on Nov 26, 2026 · 4 comments\n\n\
                    **Labels:** `interview`\n**Assignees:** @qa-nadia\n**Milestone:** Job hunt\n\
                    **Role:** Senior QA\n<details>\n<summary>🔒 private, not for any email</summary>\n\n- band 128\n</details>\n\
                    **qa-nadia** commented on Nov 28, 2026\n\nFOUND Rob's card\n| Dan Kowalczyk (@dkowalczyk) | QA |\n# Second\n";
        let read = issue_read(text, 0).expect("an issue");
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        let kept: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "# Maplegrid Payments — Sr. QA Engineer — panel (round 2/4)",
                "**Role:** Senior QA",
                "## 🔒 private, not for any email",
                "- band 128",
                "FOUND Rob's card",
                "| Dan Kowalczyk | QA |",
                "# Second",
            ]
        );
        assert_eq!(issue_read("# Acme #3\n\n**Labels:** x\n", 0), None);
    }

    #[test]
    fn a_slack_thread_is_read_as_the_writers_own_lines() {
        let text = "# Shamba Connect — Senior PM\n\nWanjiku Mwangi  1:47 PM\n@Njeri Kamau out of Shamba Connect :weary:\n\
                    Njeri Kamau  1:52 PM\npole sana! how was it\nWanjiku Mwangi  1:58 PM\nMercy gave me her card\n\
                    4:15\nIbra nodded hard at that :raised_hands:\n(it's Confidence) (edited)\nNjeri Kamau  1:59 PM\n\
                    put a line in his LinkedIn msg\n:+1: 1\nWanjiku Mwangi  2:31 PM\nso thank yous:\n• Mercy — email tonight\n";
        let read = chat_read(text, 0).unwrap();
        assert_eq!(read.lines().count(), text.lines().count(), "every line where it was");
        let kept: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            [
                "# Shamba Connect — Senior PM",
                "- out of Shamba Connect",
                "- Mercy gave me her card",
                "- Ibra nodded hard at that",
                "- (it's Confidence)",
                "so thank yous:",
                "• Mercy — email tonight",
            ]
        );
    }

    #[test]
    fn a_whatsapp_export_is_read_as_the_writers_own_lines() {
        let text = "Kalinaw Health — final panel\n\n[25/11/2026, 12:31] Me: tapos na yung final!!\n\
                    [25/11/2026, 12:31] Ate Joy: OMG kamusta\n[25/11/2026, 12:33] Me: panel sila 3\n\
                    si Bea yung recruiter\n[25/11/2026, 12:34] Ate Joy: may doctor??\n\
                    25/11/2026, 12:35 - Me: <Media omitted>\n";
        let read = chat_read(text, 0).unwrap();
        assert_eq!(read.lines().count(), text.lines().count());
        let kept: Vec<&str> = read.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            kept,
            ["Kalinaw Health — final panel", "- tapos na yung final!!", "- panel sila 3", "- si Bea yung recruiter"]
        );
    }

    #[test]
    fn rows_pasted_from_a_spreadsheet_are_a_table() {
        let text = "Date,Company,Interviewer,Position,Remarks,Thank-you sent\n\
                    27/11/2026,Zenora Energy Ltd,\"Ogundipe, Oladapo\",Finance Director (hiring mgr),\"Liked the template, \"\"we have been begging for this\"\"\",FALSE\n\
                    27/11/2026,Zenora Energy Ltd,\"Bisi (Mrs.)\",PA to the MD,Booked the boardroom | gave me water,FALSE\n\
                    ,,,,,\n\n2nd and final interview.\n";
        let read = csv_tabled(text, 0).unwrap();
        assert_eq!(
            read.lines().collect::<Vec<_>>(),
            [
                "| Date | Company | Interviewer | Position | Remarks | Thank-you sent |",
                "|---|---|---|---|---|---|",
                "| 27/11/2026 | Zenora Energy Ltd | Ogundipe, Oladapo | Finance Director (hiring mgr) | Liked the template, \"we have been begging for this\" | FALSE |",
                "| 27/11/2026 | Zenora Energy Ltd | Bisi (Mrs.) | PA to the MD | Booked the boardroom \\| gave me water | FALSE |",
                "",
                "2nd and final interview.",
            ],
            "the empty row takes the line the rule added: the lines after stay where they were"
        );
        // (Prose with commas, and a list, are no spreadsheet.)
        assert_eq!(csv_tabled("Met Ana, Bo, and Cy today, all good, then left.\nThen lunch, coffee, home.\n", 0), None);
        assert_eq!(csv_tabled("- a, b, c\n- d, e, f\n", 0), None);
    }

    #[test]
    fn an_org_mode_note_is_read_as_markdown() {
        let text = "#+TITLE: Northbound Logistics — Analytics Lead (onsite)\n#+FILETAGS: :jobsearch:\n\n\
                    * Onsite — Mississauga office      :interview:onsite:\n:PROPERTIES:\n\
                    :COMPANY:  Northbound Logistics Inc.\n:WHEN:     <2026-11-25 Wed 09:30-11:45>\n:END:\n\
                    ** Who\n- Gurpreet Sandhu — VP, Operations Analytics, see [[https://x.ca][his profile]]\n\
                    ** Process\nDecision by <2026-12-11 Fri>.\n* TODO Email Preet      :thanks:\n  - co-op students\n\
                    * DONE Text Hamza\n  CLOSED: [2026-11-26 Thu 09:20]\n  :LOGBOOK:\n  \
                    CLOCK: [2026-11-25 Wed 09:34]--[2026-11-25 Wed 11:40] =>  2:06\n  :END:\n";
        let read = org_read(text, 0).unwrap();
        assert_eq!(read.lines().count(), text.lines().count());
        assert_eq!(
            read.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>(),
            [
                "# Northbound Logistics — Analytics Lead (onsite)",
                "## Onsite — Mississauga office",
                "Company: Northbound Logistics Inc.",
                "### Who",
                "- Gurpreet Sandhu — VP, Operations Analytics, see his profile",
                "### Process",
                "Decision by 2026-12-11 Fri.",
                "- [ ] Email Preet",
                "  - co-op students",
                "- [x] Text Hamza",
            ]
        );
        // (A Markdown note's `* item` list is no org heading.)
        assert_eq!(org_read("# Notes\n* first\n* second\n", 0), None);
    }

    #[test]
    fn a_spreadsheet_row_pasted_with_its_header_is_read_column_by_column() {
        let text = "row 14 — pasted as-is\n\ndatum;bedrijf;functie;wie;ging goed;PRIVE;status\n\
                    09-11-2026;Kroonhaven B.V.;Planner;\"Fleur de Wit (recruiter)\nMark Janssen (Ops)\";\
                    \"Mark liked the \"\"A15\"\" story\";;wachten\n\n---\nlosse notities\n";
        assert_eq!(
            csv_record_read(text, 0).as_deref(),
            Some(
                "row 14 — pasted as-is\n\ndatum: 09-11-2026\nbedrijf: Kroonhaven B.V.\nfunctie: Planner\n\
                 status: wachten\n\n## wie\n\n- Fleur de Wit (recruiter)\n- Mark Janssen (Ops)\n\n\
                 ## ging goed\n\n- Mark liked the \"A15\" story\n\n\n---\nlosse notities\n"
            ),
            "a cell of one line a field, unless its column is a section's; an empty cell nothing"
        );
        assert_eq!(csv_record_read("a;b;c;d;e\n1;2;3\n", 0), None, "a row of another width is no record");
        assert_eq!(csv_record_read("one; two; three; four; five\n", 0), None, "a header with no row");
    }

    #[test]
    fn a_note_with_times_in_it_is_no_chat() {
        // (A day's schedule: one name, or fewer than four lines, is no conversation.)
        assert_eq!(chat_read("Panel  2:00 PM\nLunch  12:30 PM\nTour  3:15 PM\nDebrief  4:00 PM\n", 0), None);
        assert_eq!(chat_read("Mercy Chebet  2:00 PM\nIbrahim Abdi  3:00 PM\n", 0), None);
    }

    // Set 59's one-pager numbered by section, and a day's log whose times are written with a stop,
    // which is none.
    #[test]
    fn a_one_pager_numbered_by_section_but_not_a_log_of_times() {
        let pager = "WHERE WE ARE\n1.1 Panel: Samuel Njoroge (Managing Partner).\n1.2 Aisha met me at reception.\n\n\
                     NEXT STEPS (owner / date)\n7.1 Email SN — me — Thu 3 Dec\n7.2 Thank-you to Njeri — me\n\n- 7.2 DONE Mon\n";
        let read = outline_numbered_read(pager, 0).expect("read as an outline");
        assert!(read.starts_with("## WHERE WE ARE\n- Panel: Samuel Njoroge"), "{read}");
        assert!(read.contains("- [x] Thank-you to Njeri — me"), "{read}");
        assert!(read.contains("## NEXT STEPS (owner / date)"), "{read}");
        let log = "9.10 arrived at reception\n9.15 HR screen with Tom\n9.20 panel with Greg\n";
        assert_eq!(outline_numbered_read(log, 0), None, "times, not points");
    }
}
