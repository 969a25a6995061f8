//! A note kept in LaTeX (set 75: a postdoc's `.tex` notes, read as often as compiled), read as
//! the Markdown it stands for. Like the readers in `styles`, the rewrite keeps every line where
//! it was, so that what is reported of a note points at the line the writer wrote.

/// A LaTeX note as Markdown: `\title{…}` the title, `\date{…}` a `Date:` line, `\section*{…}`
/// and its kin headings, `\item` a list's items (nested as the lists are), `\textbf{…}` and
/// `\emph{…}` emphasis, `\todo[inline]{…}` what it holds, `--` a dash, ``` ``…'' ``` quotes, `\&`
/// and its kin the characters, and a `%` comment a comment the writer keeps to themselves, as
/// one in Markdown is: read for what happened, never said to anyone. The preamble and the
/// environments' own lines are nothing a reader sees. `None` unless the note is a LaTeX
/// document (`\documentclass`, `\begin{document}`), or has a `\section` and a list.
pub(super) fn latex_read(text: &str, body_offset: usize) -> Option<String> {
    let (front, body) = text.split_at(body_offset.min(text.len()));
    let starts = |l: &str, p: &str| l.trim_start().starts_with(p);
    let document = body.lines().any(|l| starts(l, "\\documentclass") || starts(l, "\\begin{document}"));
    let sectioned = body.lines().any(|l| starts(l, "\\section") || starts(l, "\\subsection"))
        && body.lines().any(|l| starts(l, "\\item") || starts(l, "\\begin{itemize}"));
    if !document && !sectioned {
        return None;
    }
    let mut out = String::with_capacity(body.len());
    // What each brace still open closes with (`**` for `\textbf{`), across lines.
    let mut open: Vec<&'static str> = Vec::new();
    // How deep the lists are.
    let mut lists = 0usize;
    for line in body.split_inclusive('\n') {
        let (content, end) = line.strip_suffix('\n').map_or((line, ""), |c| (c, "\n"));
        let content = content.strip_suffix('\r').unwrap_or(content);
        let (code, comment) = uncommented(content);
        let bare = code.trim();
        let read = if !open.is_empty() {
            // (The rest of a `\todo[inline]{…` that goes on over lines: text of the item.)
            format!("{}{}", "  ".repeat(lists), inline(bare, &mut open))
        } else if let Some(env) = environment(bare, "\\begin{") {
            lists += usize::from(is_list(env));
            String::new()
        } else if let Some(env) = environment(bare, "\\end{") {
            lists = lists.saturating_sub(usize::from(is_list(env)));
            String::new()
        } else if let Some(title) = argument(bare, "\\title") {
            format!("# {}", inline(title, &mut open))
        } else if let Some(date) = argument(bare, "\\date") {
            format!("Date: {}", inline(date, &mut open))
        } else if let Some((level, title)) = sectioning(bare) {
            format!("{} {}", "#".repeat(level), inline(title, &mut open))
        } else if let Some(item) = bare.strip_prefix("\\item").filter(|r| !r.starts_with(char::is_alphabetic)) {
            // (`\item[Alan] liked …`: a description list's term opens the item.)
            let item = item.trim_start();
            let item = match item.strip_prefix('[').and_then(|r| r.split_once(']')) {
                Some((term, rest)) => format!("{term} {}", rest.trim_start()),
                None => item.to_owned(),
            };
            format!("{}- {}", "  ".repeat(lists.saturating_sub(1)), inline(&item, &mut open))
        } else if is_preamble(bare) {
            String::new()
        } else {
            format!("{}{}", "  ".repeat(lists), inline(bare, &mut open))
        };
        let read = read.trim_end();
        out.push_str(read);
        let said = comment.trim().trim_matches(['%', '-', ' ']);
        if !said.is_empty() {
            if !read.trim().is_empty() {
                out.push(' ');
            }
            out.push_str(&format!("<!-- {} -->", said.replace("--", "–")));
        }
        out.push_str(end);
    }
    Some(format!("{front}{out}"))
}

/// A line split at its comment: what comes before the first `%` that is no `\%`, and the
/// comment after it.
fn uncommented(line: &str) -> (&str, &str) {
    let mut escaped = false;
    for (at, c) in line.char_indices() {
        match c {
            '%' if !escaped => return (&line[..at], &line[at + 1..]),
            '\\' => escaped = !escaped,
            _ => escaped = false,
        }
    }
    (line, "")
}

/// The environment a `\begin{itemize}` or `\end{itemize}` line opens or closes.
fn environment<'a>(line: &'a str, command: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(command)?;
    let (name, after) = rest.split_once('}')?;
    // (`\begin{itemize}[nosep]`: its options.)
    let after = after.trim();
    (after.is_empty() || after.starts_with('[') || after.starts_with('{')).then_some(name)
}

/// True for an environment that is a list.
fn is_list(environment: &str) -> bool {
    matches!(environment, "itemize" | "enumerate" | "description" | "compactitem" | "compactenum" | "todolist")
}

/// The argument of a line that is `\command{…}` and nothing else (`\title{CapU -- …}`).
fn argument<'a>(line: &'a str, command: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(command)?.trim_start_matches('*').trim_start();
    let rest = rest.strip_prefix('[').and_then(|r| r.split_once(']')).map_or(rest, |(_, r)| r.trim_start());
    rest.strip_prefix('{')?.strip_suffix('}')
}

/// A sectioning line as a Markdown heading's level and its title: `\section*{Panel}` is `## Panel`
/// (the `\title` being the one `#`).
fn sectioning(line: &str) -> Option<(usize, &str)> {
    const LEVELS: &[(&str, usize)] =
        &[("\\chapter", 2), ("\\section", 2), ("\\subsection", 3), ("\\subsubsection", 4), ("\\paragraph", 5)];
    LEVELS.iter().find_map(|(command, level)| {
        let rest = line.strip_prefix(command)?;
        if rest.starts_with(char::is_alphabetic) {
            return None;
        }
        argument(line, command).map(|title| (*level, title))
    })
}

/// True for a line of the document's setup, nothing a reader of the page sees: `\usepackage{…}`,
/// `\maketitle`, `\listoftodos`, `\vspace{…}`.
fn is_preamble(line: &str) -> bool {
    const SETUP: &[&str] = &[
        "\\documentclass",
        "\\usepackage",
        "\\setlist",
        "\\setlength",
        "\\newcommand",
        "\\renewcommand",
        "\\geometry",
        "\\pagestyle",
        "\\author",
        "\\maketitle",
        "\\tableofcontents",
        "\\listoftodos",
        "\\vspace",
        "\\hspace",
        "\\newpage",
        "\\clearpage",
        "\\noindent",
        "\\hrule",
        "\\bigskip",
        "\\medskip",
        "\\smallskip",
    ];
    SETUP.iter().any(|s| line.strip_prefix(s).is_some_and(|r| !r.starts_with(char::is_alphabetic)))
}

/// A line of LaTeX's inline markup as Markdown. `open` holds what each brace still open closes
/// with, from one line to the next.
fn inline(line: &str, open: &mut Vec<&'static str>) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '\\' => {
                let name_len = after.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(after.len());
                if name_len == 0 {
                    // `\&`, `\%`, `\,` (a thin space), `\ ` (a space), `\\` (a new line).
                    let Some(symbol) = after.chars().next() else { break };
                    match symbol {
                        ',' | ' ' | ';' | '\\' => out.push(' '),
                        '-' | '/' => {}
                        other => out.push(other),
                    }
                    rest = &after[symbol.len_utf8()..];
                    continue;
                }
                let name = &after[..name_len];
                let mut tail = after[name_len..].trim_start_matches('*');
                // (Options, `\todo[inline]{…}`, are the writer's settings.)
                if let Some((_, r)) = tail.strip_prefix('[').and_then(|r| r.split_once(']')) {
                    tail = r;
                }
                // (`\href{url}{words}`: the words.)
                if name == "href" {
                    if let Some((_, r)) = tail.strip_prefix('{').and_then(|r| r.split_once('}')) {
                        tail = r;
                    }
                }
                if let Some(r) = tail.strip_prefix('{') {
                    let mark = match name {
                        "textbf" => "**",
                        "emph" | "textit" => "*",
                        "texttt" => "`",
                        _ => "",
                    };
                    out.push_str(mark);
                    open.push(mark);
                    rest = r;
                } else {
                    out.push_str(symbol(name));
                    rest = tail;
                }
            }
            '{' => {
                open.push("");
                rest = after;
            }
            '}' => {
                out.push_str(open.pop().unwrap_or_default());
                rest = after;
            }
            '~' => {
                out.push(' ');
                rest = after;
            }
            '$' => rest = after,
            '-' if after.starts_with("--") => {
                out.push('—');
                rest = &after[2..];
            }
            '-' if after.starts_with('-') => {
                out.push('–');
                rest = &after[1..];
            }
            '`' if after.starts_with('`') => {
                out.push('"');
                rest = &after[1..];
            }
            '\'' if after.starts_with('\'') => {
                out.push('"');
                rest = &after[1..];
            }
            _ => {
                out.push(c);
                rest = after;
            }
        }
    }
    out
}

/// What a command without an argument writes: `\checkmark` ✓, `\ldots` …; nothing for the
/// rest (`\centering`).
fn symbol(name: &str) -> &'static str {
    match name {
        "checkmark" | "cmark" => "✓",
        "xmark" => "✗",
        "ldots" | "dots" | "textellipsis" => "…",
        "rightarrow" | "to" | "longrightarrow" | "Rightarrow" | "implies" => "→",
        "leftarrow" | "gets" => "←",
        "times" => "×",
        "approx" => "≈",
        "textendash" => "–",
        "textemdash" => "—",
        "LaTeX" => "LaTeX",
        "TeX" => "TeX",
        "textbackslash" => "\\",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latex_note_reads_as_the_markdown_it_stands_for_line_for_line() {
        let text = "\\documentclass[11pt]{article}\n\\usepackage{todonotes}\n% job hunt notes\n\
                    \\title{CapU -- Lecturer (Level B) -- screening}\n\\date{Fri 13/11/2026, 10:00--10:45}\n\
                    \\begin{document}\n\\maketitle\n\\section*{Panel}\n\\begin{itemize}\n\
                    \\item \\textbf{Prof Alan Whitcombe} -- Head of School. Email's\n      established.\n\
                    \\item \\todo[inline]{PROMISED Courtney: list of units\n      -- by Mon 16/11.}\n\
                    \\end{itemize}\nSchool of Science \\& Environment, 30\\,min, no.\\ CU-0871, \
                    ``informal'' $\\rightarrow$ on campus \\checkmark % needs amssymb\n\\end{document}\n";
        let read = latex_read(text, 0).expect("a LaTeX document");
        assert_eq!(read.lines().count(), text.lines().count(), "every line stays where it was:\n{read}");
        let lines: Vec<&str> = read.lines().collect();
        assert_eq!(lines[0], "");
        assert_eq!(lines[2], "<!-- job hunt notes -->");
        assert_eq!(lines[3], "# CapU – Lecturer (Level B) – screening");
        assert_eq!(lines[4], "Date: Fri 13/11/2026, 10:00–10:45");
        assert_eq!(lines[7], "## Panel");
        assert_eq!(lines[9], "- **Prof Alan Whitcombe** – Head of School. Email's");
        assert_eq!(lines[10], "  established.");
        assert_eq!(lines[11], "- PROMISED Courtney: list of units");
        assert_eq!(lines[12], "  – by Mon 16/11.");
        assert_eq!(
            lines[14],
            "School of Science & Environment, 30 min, no. CU-0871, \"informal\" → on campus ✓ <!-- needs amssymb -->"
        );
        // (Not a note in Markdown that names a command in passing.)
        assert_eq!(latex_read("# Acme\n\n- I said \\section was easy\n", 0), None);
    }

    #[test]
    fn a_percent_sign_written_as_latex_writes_it_is_no_comment() {
        assert_eq!(uncommented("a 10\\% raise % mine"), ("a 10\\% raise ", " mine"));
        assert_eq!(uncommented("no comment"), ("no comment", ""));
    }
}
