//! Documentation markup read as the Markdown it stands for (set 59): AsciiDoc and
//! reStructuredText, which people who write documentation for a living keep their notes in too.
//! Like the readers in `styles`, each rewrite keeps every line where it was, so that what is
//! reported of a note points at the line the writer wrote.

/// A note in AsciiDoc: `= Title` and `== Section` headings, an attribute block (`:company:
/// Carrick Data Systems`, read as `Company: …` lines), `* ` and `** ` lists, description lists
/// (`Douglas Reid:: Head of Developer Experience.`, an item that names someone and what they
/// are), admonitions (`IMPORTANT: Told Douglas…`, the paragraph without its label), `[quote]`
/// blocks between `____` lines (a quotation), `mailto:addr[Name]` (`Name <addr>`) and `--` (a
/// dash). `None` unless the note opens with a `= Title`, or has two `== ` headings.
pub(super) fn asciidoc_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let first = body.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    // (Set 55: `= Lumora Mobility – IV Runde 2 (HM) =`, `== People ==`: a vimwiki's headings close
    // as they open.)
    if body.lines().any(|l| l.starts_with('=') && l.trim_end().ends_with(" =") || l.trim_end().ends_with(" ==")) {
        return None;
    }
    let titled = first.starts_with("= ") && body.lines().any(|l| l.starts_with("== ") || attribute(l).is_some());
    if !titled && body.lines().filter(|l| l.starts_with("== ")).count() < 2 {
        return None;
    }
    let mut out = String::with_capacity(body.len() + 64);
    let (mut quoting, mut listing, mut comment) = (false, false, false);
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let content = content.strip_suffix('\r').unwrap_or(content);
        let bare = content.trim_end();
        if comment || bare == "////" {
            comment ^= bare == "////";
            out.push_str(end);
            continue;
        }
        if bare == "----" || bare == "...." {
            listing = !listing;
            out.push_str("```");
        } else if listing {
            out.push_str(content);
        } else if bare == "____" {
            quoting = !quoting;
        } else if quoting {
            if !bare.is_empty() {
                out.push_str("> ");
                out.push_str(&inline(bare));
            }
        } else if let Some(said) = bare.strip_prefix("//").filter(|s| s.starts_with(' ')) {
            // (Set 65: `// 25/11 -- sent R2 thank-you to Sinéad (for Aoife, Tadhg …)`: a comment
            // the writer keeps to themselves, as one in Markdown is: read for what happened,
            // never said to anyone.)
            out.push_str(&format!("<!--{said} -->"));
        } else if bare == "+"
            || (bare.starts_with('[') && bare.ends_with(']') && !bare.contains(' ') && !bare.contains("]("))
            || bare.starts_with("[quote")
            || bare.starts_with("[NOTE]")
            || bare.starts_with("[TIP]")
            || bare.starts_with("[IMPORTANT]")
            || bare.starts_with("[WARNING]")
            || bare.starts_with("[CAUTION]")
            || bare == "===="
        {
            // (Block attributes, comments, delimiters: nothing a reader sees.)
        } else if let Some((level, title)) = heading(bare) {
            out.push_str(&"#".repeat(level));
            out.push(' ');
            out.push_str(&inline(title));
        } else if let Some((name, value)) = attribute(bare) {
            // (`:toc!:`, `:sectnums:`: settings of the document, not fields of the note.)
            if !name.ends_with('!') && !value.is_empty() {
                let name = name.replace(['-', '_'], " ");
                let mut chars = name.chars();
                let name: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
                out.push_str(&format!("{name}: {}", inline(value)));
            }
        } else if let Some(said) = admonition(bare) {
            out.push_str(&inline(said));
        } else if let Some((depth, numbered, item)) = list_item(bare) {
            out.push_str(&"  ".repeat(depth - 1));
            out.push_str(if numbered { "1. " } else { "- " });
            out.push_str(&inline(item));
        } else if let Some((term, said)) = described(bare) {
            // (Set 65: `When:: Tue 24 Nov 2026, 09:30`, `Where:: Ringaskiddy`: a field of the note,
            // as a line of it, not someone met.)
            if LABELS.iter().any(|l| term.eq_ignore_ascii_case(l)) {
                out.push_str(&format!("{term}: {}", inline(said)));
            } else {
                out.push_str("- ");
                out.push_str(&named_item(term, &inline(said)));
            }
        } else {
            out.push_str(&inline(content));
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// Terms of a description list that name a field of the note, not a person.
const LABELS: &[&str] = &[
    "When",
    "Where",
    "Date",
    "Time",
    "Location",
    "Place",
    "Company",
    "Role",
    "Position",
    "Job",
    "Stage",
    "Round",
    "Format",
    "Status",
    "Type",
    "Outcome",
    "Next",
    "Next steps",
    "Decision",
    "Salary",
];

/// `== Who was there` as level 2 and its title.
fn heading(line: &str) -> Option<(usize, &str)> {
    let marks = line.len() - line.trim_start_matches('=').len();
    let title = line[marks..].strip_prefix(' ')?.trim();
    ((1..=6).contains(&marks) && !title.is_empty()).then_some((marks, title))
}

/// `:company: Carrick Data Systems` as its name and value.
fn attribute(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix(':')?;
    let (name, value) = rest.split_once(':')?;
    let plain = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '!' | ' '));
    (plain && (value.is_empty() || value.starts_with(' '))).then(|| (name.trim(), value.trim()))
}

/// An admonition paragraph's text: `IMPORTANT: Told Douglas…` → `Told Douglas…`.
fn admonition(line: &str) -> Option<&str> {
    ["NOTE: ", "TIP: ", "IMPORTANT: ", "WARNING: ", "CAUTION: "].iter().find_map(|a| line.strip_prefix(a))
}

/// A list item: how deep, whether numbered, and its text (`** laughed at…` is 2, false).
fn list_item(line: &str) -> Option<(usize, bool, &str)> {
    let marks = line.len() - line.trim_start_matches(['*', '.']).len();
    let item = line[marks..].strip_prefix(' ')?;
    let numbered = line[..marks].starts_with('.');
    let same = line[..marks].chars().all(|c| line.starts_with(c));
    ((1..=5).contains(&marks) && same && !item.trim().is_empty()).then_some((marks, numbered, item))
}

/// A description list's entry: `Douglas Reid:: Head of Developer Experience.` as its term and
/// what it says.
fn described(line: &str) -> Option<(&str, &str)> {
    let (term, said) = line.split_once(":: ")?;
    let short = !term.is_empty() && term.split_whitespace().count() <= 5 && !term.starts_with([' ', '\t']);
    (short && !term.contains("://") && !said.trim().is_empty()).then(|| (term.trim(), said.trim()))
}

/// A description of someone as a list item of the people met: `Fiona:: Fiona Dalgleish, Talent
/// Partner` is `Fiona Dalgleish, Talent Partner` (the term is how the writer calls her), and
/// `Jamie:: reception.` is `Jamie — reception.`
fn named_item(term: &str, said: &str) -> String {
    let first = |s: &str| s.split_whitespace().next().unwrap_or_default().to_lowercase();
    let honorific = |w: &str| ["dr.", "dr", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "prof.", "prof"].contains(&w);
    let restated = said
        .split_whitespace()
        .take(3)
        .map(str::to_lowercase)
        .find(|w| !honorific(w))
        .is_some_and(|w| w.trim_end_matches(',') == first(term));
    // (`MK` over `Marie-Claire Kowalski, Talent Acquisition Coordinator`: her initials.)
    let initials = |parts: &[&str]| parts.iter().filter_map(|w| w.chars().next()).collect::<String>();
    let words: Vec<&str> = said.split([' ', ',']).take(2).collect();
    let hyphened: Vec<&str> = words.iter().flat_map(|w| w.split('-')).collect();
    let coded = term.len() >= 2
        && term.chars().all(|c| c.is_ascii_uppercase())
        && (initials(&words) == term || initials(&hyphened) == term);
    // (`Gordie:: Gordon Baird, COO`: a full name before a comma says who the term is.)
    let full = said.split_once(", ").is_some_and(|(name, _)| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (2..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase) && !w.contains('.'))
    });
    if restated || coded || full { said.to_owned() } else { format!("{term} — {said}") }
}

/// A line's inline AsciiDoc as Markdown: `mailto:addr[Name]` → `Name <addr>`, `link[text]` →
/// `text (link)`, ` -- ` → ` — `.
fn inline(line: &str) -> String {
    let mut text = line.replace(" -- ", " — ");
    for scheme in ["mailto:", "https://", "http://"] {
        while let Some(at) = text.find(scheme) {
            let rest = &text[at..];
            let Some(open) = rest.find('[').filter(|&o| !rest[..o].contains(char::is_whitespace)) else { break };
            let Some(close) = rest[open..].find(']') else { break };
            let target = &rest[..open];
            let label = &rest[open + 1..open + close];
            let shown = match (scheme, label.is_empty()) {
                (_, true) => target.trim_start_matches("mailto:").to_owned(),
                ("mailto:", false) => format!("{label} <{}>", target.trim_start_matches("mailto:")),
                _ => format!("{label} ({target})"),
            };
            text.replace_range(at..at + open + close + 1, &shown);
        }
    }
    text
}

/// A note in reStructuredText: titles over- and underlined (`====`) or underlined (`----`),
/// read as headings by the order their adornments first appear; a field list (`:Company: …`,
/// read as `Company: …` lines); directives (`.. warning::`, `.. todo::`), their indented bodies
/// read as paragraphs; definition lists (`Amara` over `    Dr. Amara Osei, Director of Data
/// Engineering.`), an item naming someone and what they are; and a line that is only emphasis
/// (`*Amara*`), a heading under the one before it. `None` unless the note has a directive, or a
/// field list and an adorned title.
pub(super) fn rst_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let bare = |i: usize| lines.get(i).map_or("", |l| l.trim_end());
    let directive = |l: &str| l.starts_with(".. ") && l.contains("::");
    let fields = lines.iter().filter(|l| field(l.trim_end()).is_some()).count();
    let adorned = (0..lines.len()).any(|i| underline(bare(i), bare(i.wrapping_sub(1))).is_some());
    let directed = lines.iter().any(|l| directive(l));
    if !directed && (fields < 2 || !adorned) {
        return None;
    }
    let mut out = String::with_capacity(body.len() + 64);
    let mut styles: Vec<(char, bool)> = Vec::new();
    let mut level = |style: (char, bool)| match styles.iter().position(|s| *s == style) {
        Some(at) => at + 1,
        None => {
            styles.push(style);
            styles.len()
        }
    };
    let mut last_level = 1;
    // The indentation of the directive or definition the lines below belong to.
    let mut block: Option<usize> = None;
    let mut i = 0;
    while i < lines.len() {
        let (content, end) = lines[i].strip_suffix('\n').map_or((lines[i], ""), |c| (c, "\n"));
        let content = content.strip_suffix('\r').unwrap_or(content);
        let line = content.trim_end();
        let indent = line.len() - line.trim_start().len();
        i += 1;
        if line.is_empty() {
            out.push_str(end);
            continue;
        }
        if let Some(at) = block {
            if indent > at {
                out.push_str(&inline_rst(line.trim_start()));
                out.push_str(end);
                continue;
            }
            block = None;
        }
        // An overlined title: the overline, the title, the underline.
        let over = adornment(line).filter(|_| indent == 0);
        if let Some(c) = over.filter(|&c| adornment(bare(i + 1)) == Some(c) && !bare(i).is_empty()) {
            let title = bare(i).trim();
            last_level = level((c, true));
            out.push_str(end);
            out.push_str(&"#".repeat(last_level.min(6)));
            out.push(' ');
            out.push_str(&inline_rst(title));
            out.push('\n');
            out.push_str(if lines[i + 1].ends_with('\n') { "\n" } else { "" });
            i += 2;
            continue;
        }
        // A title over its underline.
        if let Some(c) = underline(bare(i), line).filter(|_| indent == 0) {
            last_level = level((c, false));
            out.push_str(&"#".repeat(last_level.min(6)));
            out.push(' ');
            out.push_str(&inline_rst(line));
            out.push_str(end);
            out.push_str(if lines[i].ends_with('\n') { "\n" } else { "" });
            i += 1;
            continue;
        }
        if let Some((name, value)) = field(line).filter(|_| indent == 0) {
            out.push_str(&format!("{name}: {}", inline_rst(value)));
        } else if line.starts_with("..") {
            // (`.. warning::` and its body, `.. comment`, `.. _label:`: the body alone is read.)
            block = Some(indent);
            if let Some((_, argument)) = line.split_once("::").filter(|_| directive(line)) {
                out.push_str(&inline_rst(argument.trim()));
            }
        } else if indent == 0 && is_term(line) && indent_of(bare(i)) > 0 && bare(i.wrapping_sub(2)).is_empty() {
            // A definition: the term here, the item on the line that says what it is.
            let said = bare(i).trim();
            let item = named_item(line, &inline_rst(said));
            block = Some(0);
            out.push_str(end);
            out.push_str("- ");
            out.push_str(&item);
            out.push_str(if lines[i].ends_with('\n') { "\n" } else { "" });
            i += 1;
            continue;
        } else if let Some(label) = emphasised(line).filter(|_| indent == 0) {
            out.push_str(&"#".repeat((last_level + 1).min(6)));
            out.push(' ');
            out.push_str(label);
        } else if let Some(item) = line.trim_start().strip_prefix("#. ") {
            out.push_str(&" ".repeat(indent));
            out.push_str("1. ");
            out.push_str(&inline_rst(item));
        } else {
            out.push_str(&inline_rst(content));
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// The character a line of adornment repeats (`=====`, `-----`), if it is one.
fn adornment(line: &str) -> Option<char> {
    const MARKS: &str = "=-~^\"'`*+#:._";
    let c = line.chars().next().filter(|c| MARKS.contains(*c))?;
    (line.chars().count() >= 3 && line.chars().all(|x| x == c)).then_some(c)
}

/// The adornment under `title`, when `next` underlines it.
fn underline(next: &str, title: &str) -> Option<char> {
    let c = adornment(next)?;
    let words = !title.trim().is_empty() && adornment(title).is_none() && !title.starts_with([' ', '\t']);
    (words && next.chars().count() + 1 >= title.trim().chars().count()).then_some(c)
}

/// `:Company: Harbourfront Health Data` as its name and value.
fn field(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.strip_prefix(':')?.split_once(':')?;
    let plain = !name.is_empty() && !name.starts_with(' ') && name.split_whitespace().count() <= 4;
    (plain && (value.is_empty() || value.starts_with(' '))).then(|| (name.trim(), value.trim()))
}

/// A definition list's term: a few words, no sentence.
fn is_term(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=6).contains(&words)
        && !line.ends_with(['.', ':', ',', ';'])
        && !line.starts_with(['-', '*', '+', '>', '|', '#', '`'])
        && !line.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// A line that is only emphasis, `*Amara*` or `**Lukas**`, and its words.
fn emphasised(line: &str) -> Option<&str> {
    let inner = line
        .strip_prefix("**")
        .and_then(|l| l.strip_suffix("**"))
        .or_else(|| line.strip_prefix('*').and_then(|l| l.strip_suffix('*')))?;
    let plain = !inner.is_empty() && !inner.contains('*') && inner.split_whitespace().count() <= 5;
    plain.then_some(inner.trim())
}

/// A line's inline reStructuredText as Markdown: ``` ``code`` ``` → `` `code` ``, `` `text
/// <url>`_ `` → `text (url)`, ` -- ` → ` — `.
fn inline_rst(line: &str) -> String {
    let mut text = line.replace("``", "`").replace(" -- ", " — ");
    while let Some(at) = text.find(">`_") {
        let Some(open) = text[..at].rfind('`') else { break };
        let Some(lt) = text[open..at].rfind('<').map(|l| open + l) else { break };
        let label = text[open + 1..lt].trim().to_owned();
        let url = text[lt + 1..at].to_owned();
        let end = at + 3 + usize::from(text[at + 3..].starts_with('_'));
        text.replace_range(open..end, &format!("{label} ({url})"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asciidoc_reads_as_the_markdown_it_stands_for_line_for_line() {
        let text = "= Carrick Data Systems -- HM interview\n:company: Carrick Data Systems\n:toc!:\n\
                    :interview-date: 2026-11-18\n\n== Who was there\n\n\
                    Douglas Reid:: Head of Developer Experience. Would be my line manager.\n\
                    Fiona:: Fiona Dalgleish, Talent Partner (the recruiter). Set the whole thing up.\n\
                    Jamie:: reception. The towel.\n\n=== Douglas\n* loved the docs-as-code stuff\n\
                    ** laughed at the joke\n\n[quote, Douglas]\n____\nHalf the job is writing.\n____\n\n\
                    IMPORTANT: Told Douglas it was 400 pages.\n\
                    * Raj -- gave me his card. mailto:rajesh.menon@carrick.example[Raj]\n";
        let read = asciidoc_read(text, 0).unwrap();
        assert_eq!(read.lines().count(), text.lines().count(), "{read}");
        let expect = "# Carrick Data Systems — HM interview\nCompany: Carrick Data Systems\n\n\
                      Interview date: 2026-11-18\n\n## Who was there\n\n\
                      - Douglas Reid — Head of Developer Experience. Would be my line manager.\n\
                      - Fiona Dalgleish, Talent Partner (the recruiter). Set the whole thing up.\n\
                      - Jamie — reception. The towel.\n\n### Douglas\n- loved the docs-as-code stuff\n\
                      \x20 - laughed at the joke\n\n\n\n> Half the job is writing.\n\n\n\
                      Told Douglas it was 400 pages.\n- Raj — gave me his card. Raj <rajesh.menon@carrick.example>\n";
        assert_eq!(read, expect);
        assert_eq!(asciidoc_read("# Notes\n\nreferrer:: [[Hana Okoro]]\n", 0), None, "Markdown with a Dataview field");
        assert_eq!(asciidoc_read("= Lumora – HM =\n\n== People ==\n* Jana\n", 0), None, "vimwiki");
        // Set 65: a field of the note in a description list is a line of it, not someone met.
        let fields = "= Brennan -- Round 2\n\n== Logistics\n\nWhen:: Tue 24 Nov 2026, 09:30\nWhere:: Ringaskiddy\n\n\
                      == Who\n\nTadhg Brosnan:: Senior Analyst.\n";
        let read = asciidoc_read(fields, 0).unwrap();
        assert!(read.contains("\nWhen: Tue 24 Nov 2026, 09:30\nWhere: Ringaskiddy\n"), "{read}");
        assert!(read.contains("\n- Tadhg Brosnan — Senior Analyst.\n"), "{read}");
        // Set 65: a line comment is the writer's own, as a Markdown comment is; a comment block
        // is nothing at all.
        let comments = "= Brennan -- Round 2\n\n== Who\n\n// 25/11 -- sent the thank-you to Sinéad\n\
                        ////\nPRIVATE: the offer is poor\n////\n== Next\n";
        let read = asciidoc_read(comments, 0).unwrap();
        assert_eq!(
            read,
            "# Brennan — Round 2\n\n## Who\n\n<!-- 25/11 -- sent the thank-you to Sinéad -->\n\n\n\n## Next\n"
        );
    }

    #[test]
    fn restructured_text_reads_as_the_markdown_it_stands_for_line_for_line() {
        let text = "=====\nHarbourfront -- onsite\n=====\n\n:Company: Harbourfront Health Data\n\
                    :Date: Thu Nov 26 2026\n\nWho I met\n---------\n\nAmara\n    Dr. Amara Osei, Director of \
                    Data Engineering. Hiring manager.\n    Did the intro.\n\nJamie\n    reception, lent me a towel.\n\n\
                    *Amara*\n\n- liked that I owned the mistake\n\n.. warning::\n   Told Lukas I'd run ``Dagster`` \
                    in production.\n\nAfter.\n";
        let read = rst_read(text, 0).unwrap();
        assert_eq!(read.lines().count(), text.lines().count(), "{read}");
        let expect = "\n# Harbourfront — onsite\n\n\nCompany: Harbourfront Health Data\nDate: Thu Nov 26 2026\n\n\
                      ## Who I met\n\n\n\n- Dr. Amara Osei, Director of Data Engineering. Hiring manager.\n\
                      Did the intro.\n\n\n- Jamie — reception, lent me a towel.\n\n### Amara\n\n\
                      - liked that I owned the mistake\n\n\nTold Lukas I'd run `Dagster` in production.\n\nAfter.\n";
        assert_eq!(read, expect);
        assert_eq!(rst_read("Title\n=====\n\nPlain Markdown, setext.\n", 0), None);
        assert_eq!(named_item("MK", "Marie-Claire Kowalski, Coordinator."), "Marie-Claire Kowalski, Coordinator.");
        assert_eq!(named_item("Gordie", "Gordon Baird, COO."), "Gordon Baird, COO.", "what she calls him");
        assert_eq!(named_item("Jamie", "reception. The towel."), "Jamie — reception. The towel.");
    }
}
