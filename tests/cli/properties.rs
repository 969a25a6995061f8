//! Properties of every build, tested on generated notes folders (proptest): a build writes only
//! inside its notes folder, never overwrites an edited draft, gives the same bytes twice and
//! writes nothing the second time, every `.eml` header is one field, and text from a note is
//! escaped in the HTML dashboard and in the Markdown tables.
//!
//! Each case runs the real binary, so each property runs a modest number of cases (set
//! `PROPTEST_CASES` for more: `PROPTEST_CASES=500 cargo test --test cli properties`). A failing
//! case is shrunk and its seed saved in `tests/cli/properties.proptest-regressions`, which is
//! committed: every later run tries the saved seeds first, so a fixed failure stays fixed.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt as _;
use std::path::Path;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{FileFailurePersistence, TestCaseError};

use crate::support::{TODAY, run, run_with};

/// Text as people write it: names, companies and positions.
const ORDINARY: &[&str] = &[
    "Acme",
    "Globex",
    "Initech Labs",
    "Ana Souza",
    "Ben Okafor",
    "Zoë Ng",
    "Léa Côté",
    "O'Brien & Sons",
    "Staff Engineer",
    "Engineering Manager, Platform",
    "株式会社テスト",
    "Ω Corp",
];

/// Text meant to break something: paths, markup, table pipes, header injections, YAML syntax,
/// control characters, template syntax, very long words.
const HOSTILE: &[&str] = &[
    "../../../outside",
    "/etc/passwd",
    "..",
    "a/../../b",
    "C:\\Windows\\x",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<b>bold</b>",
    "<svg onload=alert(3)>",
    "<a href=\"javascript:alert(4)\">x</a>",
    "</td></tr></table><iframe src=x>",
    "<!-- x",
    "-->",
    "&lt;script&gt;",
    "a | b | c",
    "|",
    "\\|",
    "`code`",
    "``",
    "line\nbreak",
    "cr\rreturn",
    "x\r\nBcc: attacker@evil.example",
    "Ann <attacker@evil.example>, Lee",
    "Zoë \"Z\" Ng; Jr",
    "\"quoted\"",
    "a,b;c:d",
    "=?utf-8?q?x?=",
    "\u{1b}[2J\u{7}",
    "\t",
    "\u{202e}evil",
    "#1 Solutions",
    "Acme: Labs",
    "[24]7.ai",
    "@Home",
    "*NSYNC",
    "{{ sender }}",
    "{% raw %}",
    "\\",
    "_*~[]()#",
];

/// Markdown that would become a live link or a remote image on the dashboard.
const MARKDOWN_LINKS: &[&str] = &[
    "![t](https://evil.example/t.png)",
    "[x](https://evil.example/a)",
    "<https://evil.example/b>",
    "<attacker@evil.example>",
    "[y][r]\n\n[r]: https://evil.example/c",
];

fn long_words() -> impl Strategy<Value = String> {
    prop_oneof![
        (1usize..400).prop_map(|n| "x".repeat(n)),
        (1usize..80).prop_map(|n| "Société ".repeat(n)),
        (1usize..100).prop_map(|n| "é".repeat(n)),
    ]
}

/// A value for a note's field: ordinary, hostile, a mix of both, or any text at all.
fn text_from(extra: &'static [&'static str]) -> impl Strategy<Value = String> {
    let piece = prop_oneof![select(ORDINARY), select(HOSTILE), select(extra)].prop_map(str::to_owned);
    prop_oneof![
        3 => select(ORDINARY).prop_map(str::to_owned),
        3 => select(HOSTILE).prop_map(str::to_owned),
        1 => select(extra).prop_map(str::to_owned),
        3 => prop::collection::vec(piece, 1..4).prop_map(|v| v.join(" ")),
        1 => long_words(),
        1 => "(?s).{0,24}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    text_from(HOSTILE)
}

/// Addresses: mostly plain ones that get an email, some that must not.
fn email() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(&["ana@acme.example", "ben.okafor+jobs@mail.globex.example", "zoe@x.example"][..]).prop_map(str::to_owned),
        1 => select(&[
            "ann@acme.example\r\nBcc: attacker@evil.example",
            "a@acme.example, b@acme.example",
            "\"Ann\" <ann@acme.example>",
            "zoë@acme.example",
            "javascript:alert(7)",
            "",
        ][..]).prop_map(str::to_owned),
    ]
}

/// The name of a note's file (without `.md`), hostile ones included.
const FILE_NAMES: &[&str] = &[
    "note",
    "acme/final",
    "a/b/c/deep",
    "x.followup",
    "DASHBOARD",
    "dashboard",
    "outbox/n",
    "-rf",
    " spaced ",
    "new\nline",
    "back\\slash",
    "zoë",
    "we`ird",
    "<i>",
    "%2e%2e",
    "a:b",
    "q\"uote",
];

/// `FILE_NAMES` without the dashboard's names: a note there makes the dashboard the user's file
/// (not written, not read as a note), which leaves nothing to test on the dashboard.
const NOTE_NAMES: &[&str] = &[
    "note",
    "acme/final",
    "a/b/c/deep",
    "x.followup",
    "outbox/n",
    "-rf",
    " spaced ",
    "new\nline",
    "back\\slash",
    "zoë",
    "we`ird",
    "<i>",
    "%2e%2e",
    "a:b",
    "q\"uote",
];

#[derive(Debug, Clone)]
struct Person {
    name: String,
    title: String,
    email: String,
}

#[derive(Debug, Clone)]
struct GenNote {
    file: String,
    company: String,
    position: String,
    stage: String,
    people: Vec<Person>,
    highlight: String,
}

#[derive(Debug, Clone)]
struct Folder {
    sender: String,
    notes: Vec<GenNote>,
}

fn person(text: BoxedStrategy<String>) -> impl Strategy<Value = Person> {
    (text.clone(), text, email()).prop_map(|(name, title, email)| Person { name, title, email })
}

fn note(text: BoxedStrategy<String>, names: &'static [&'static str]) -> impl Strategy<Value = GenNote> {
    (select(names), text.clone(), text.clone(), text.clone(), prop::collection::vec(person(text.clone()), 1..4), text)
        .prop_map(|(file, company, position, stage, people, highlight)| GenNote {
            file: file.to_owned(),
            company,
            position,
            stage,
            people,
            highlight,
        })
}

fn folder_from(text: BoxedStrategy<String>, names: &'static [&'static str]) -> impl Strategy<Value = Folder> {
    (text.clone(), prop::collection::vec(note(text, names), 1..5)).prop_map(|(sender, notes)| Folder { sender, notes })
}

/// A folder of notes with any names, the dashboard's included.
fn folder() -> impl Strategy<Value = Folder> {
    folder_from(text().boxed(), FILE_NAMES)
}

/// A folder of notes with names that leave the dashboard to followup.
fn folder_with_dashboard() -> impl Strategy<Value = Folder> {
    folder_from(text().boxed(), NOTE_NAMES)
}

/// A YAML double-quoted scalar that reads back as `s`, whatever it holds.
fn yaml(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            '\u{2028}' | '\u{2029}' | '\u{feff}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML basic string that reads back as `s`.
fn toml(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl GenNote {
    fn text(&self, i: usize) -> String {
        let mut s = format!(
            "---\ncompany: {}\nposition: {}\ndate: 2026-10-{:02}\nstage: {}\ninterviewers:\n",
            yaml(&self.company),
            yaml(&self.position),
            10 + i,
            yaml(&self.stage)
        );
        for p in &self.people {
            s += &format!(
                "  - name: {}\n    title: {}\n    email: {}\n    emailed: true\n",
                yaml(&p.name),
                yaml(&p.title),
                yaml(&p.email)
            );
        }
        s + &format!("---\n\n## Highlights\n\n- {}\n", self.highlight.replace(['\r', '\n'], " "))
    }
}

impl Folder {
    /// Writes the notes and a `followup.toml` into `dir`; returns the notes' paths (relative).
    fn write_to(&self, dir: &Path) -> Vec<String> {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(
            dir.join("followup.toml"),
            format!("[sender]\nname = {}\nemail = \"sam@samrivera.example\"\n", toml(&self.sender)),
        )
        .unwrap();
        let mut written = Vec::new();
        for (i, note) in self.notes.iter().enumerate() {
            let mut rel = format!("{}.md", note.file);
            if written.contains(&rel) {
                rel = format!("{}-{i}.md", note.file);
            }
            let path = dir.join(&rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, note.text(i)).unwrap();
            written.push(rel);
        }
        written
    }
}

fn config(cases: u32) -> ProptestConfig {
    let base = ProptestConfig::default();
    ProptestConfig {
        // `ProptestConfig::default()` has read PROPTEST_CASES already: keep it when it is set.
        cases: if std::env::var_os("PROPTEST_CASES").is_some() { base.cases } else { cases },
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        // Each case runs the binary a few times: shrink for a while, not for minutes.
        max_shrink_iters: 200,
        ..base
    }
}

fn followup(args: &[&str], dir: &Path) -> crate::support::Run {
    let mut all = args.to_vec();
    all.extend([dir.to_str().unwrap(), "--today", TODAY]);
    run(&all)
}

/// What a build could change in a file or folder: its kind, bytes (or link target), inode and
/// modification time.
#[derive(Debug, PartialEq, Eq)]
struct Entry {
    kind: &'static str,
    content: Vec<u8>,
    ino: u64,
    mtime: (i64, i64),
}

/// Panics with the paths that differ between two `entries` of one folder, and `why`.
fn assert_same(before: &BTreeMap<String, Entry>, after: &BTreeMap<String, Entry>, why: &str) {
    let mut changed: Vec<&String> =
        before.keys().chain(after.keys()).filter(|k| before.get(*k) != after.get(*k)).collect();
    changed.dedup();
    assert!(changed.is_empty(), "{why}: {changed:?} changed");
}

/// Every entry under `root` (itself included), without following links, leaving out `skip`.
fn entries(root: &Path, skip: &[&Path]) -> BTreeMap<String, Entry> {
    fn walk(root: &Path, path: &Path, skip: &[&Path], out: &mut BTreeMap<String, Entry>) {
        if skip.contains(&path) {
            return;
        }
        let meta = std::fs::symlink_metadata(path).unwrap();
        let (kind, content) = if meta.is_symlink() {
            ("link", std::fs::read_link(path).unwrap().into_os_string().into_encoded_bytes())
        } else if meta.is_dir() {
            ("dir", Vec::new())
        } else {
            ("file", std::fs::read(path).unwrap())
        };
        let rel = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
        out.insert(rel, Entry { kind, content, ino: meta.ino(), mtime: (meta.mtime(), meta.mtime_nsec()) });
        if kind == "dir" {
            for entry in std::fs::read_dir(path).unwrap() {
                walk(root, &entry.unwrap().path(), skip, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, skip, &mut out);
    out
}

/// Links a notes folder may hold that point outside it, each made or not.
#[derive(Debug, Clone)]
struct Links {
    to_folder: bool,
    to_note: bool,
    at_draft: bool,
    at_dashboard: bool,
    at_html: bool,
}

fn links() -> impl Strategy<Value = Links> {
    (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(to_folder, to_note, at_draft, at_dashboard, at_html)| Links {
            to_folder,
            to_note,
            at_draft,
            at_dashboard,
            at_html,
        },
    )
}

fn check_a_build_writes_only_inside_its_notes_folder(folder: &Folder, links: &Links, company: &str) {
    let parent = tempfile::tempdir().unwrap();
    let p = parent.path();
    let notes = p.join("notes");
    let tmp = p.join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::create_dir_all(p.join("sibling/acme")).unwrap();
    let sibling_note = "---\ncompany: Sibling\ndate: 2026-10-20\ninterviewers:\n  - Ana Souza, CTO\n---\n";
    std::fs::write(p.join("sibling.md"), sibling_note).unwrap();
    std::fs::write(p.join("sibling/acme/final.md"), sibling_note).unwrap();
    std::fs::write(p.join("victim.txt"), "the user's file\n").unwrap();
    let rels = folder.write_to(&notes);
    let link = |target: &str, at: &str| {
        let _ = std::os::unix::fs::symlink(target, notes.join(at));
    };
    if links.to_folder {
        link("../sibling", "linked");
    }
    if links.to_note {
        link("../sibling.md", "linked-note.md");
    }
    if links.at_draft {
        let draft = rels[0].trim_end_matches(".md").to_owned() + ".followup.md";
        let up = "../".repeat(draft.matches('/').count() + 1);
        link(&format!("{up}victim.txt"), &draft);
    }
    if links.at_dashboard {
        link("../victim.txt", "DASHBOARD.md");
    }
    if links.at_html {
        link("../victim.txt", "dashboard.html");
    }
    let before = entries(p, &[&notes, &tmp]);
    let n = notes.to_str().unwrap();
    let commands: [&[&str]; 9] = [
        &["build", n],
        &["build", n, "--check"],
        &["build", n],
        &["check", n],
        &["status", n],
        &["list", n],
        &["inspect", n, "--json"],
        &["export", "eml", n],
        &["export", "ics", n],
    ];
    for args in commands {
        let mut all = args.to_vec();
        all.extend(["--today", TODAY]);
        let out = run_with(&all, &[("TMPDIR", tmp.to_str().unwrap())]);
        assert_ne!(out.code, 2, "`{}` was fatal:\n{}", args.join(" "), out.stderr);
        assert_same(
            &before,
            &entries(p, &[&notes, &tmp]),
            &format!("`{}` wrote outside the notes folder", args.join(" ")),
        );
        assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0, "`{}` left a temporary file", args.join(" "));
    }
    // `new` names a folder after the company: whatever the name, it stays inside. (The
    // company is an argument, so it holds no NUL.)
    let out = run(&["new", company, "--dir", n, "--date", "2026-11-02"]);
    assert_ne!(out.code, -1);
    assert_same(&before, &entries(p, &[&notes, &tmp]), &format!("`new {company:?}` wrote outside the notes folder"));
    if out.code == 0 {
        let written = Path::new(out.stdout.trim()).canonicalize().unwrap();
        assert!(written.starts_with(notes.canonicalize().unwrap()), "{}", written.display());
    }
}

/// A draft as followup compares it: trailing white space (of lines and of the text) and line
/// endings aside.
fn normalized(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').map(str::trim_end).collect();
    lines.join("\n").trim_end().to_owned()
}

/// An edit a person could make to a draft: text typed at a place, text deleted, a line replaced.
/// The line an edit is on: the first (the fingerprint's), or any.
type Line = Option<Index>;

#[derive(Debug, Clone)]
enum Edit {
    Insert { line: Line, column: Index, text: String },
    Delete { line: Line, column: Index, len: usize },
    ReplaceLine { line: Line, text: String },
    Append(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let typed = prop_oneof![
        select(&["x", " sent on Monday!", "Hi Ana!", "é", "—", "0", "-->", "<!--", "\t", " ", "\n"][..])
            .prop_map(str::to_owned),
        "[^\r]{1,12}",
    ];
    // The first line (the fingerprint) gets a quarter of the edits.
    let line = prop_oneof![1 => Just(None), 3 => any::<Index>().prop_map(Some)];
    prop_oneof![
        (line.clone(), any::<Index>(), typed.clone()).prop_map(|(line, column, text)| Edit::Insert {
            line,
            column,
            text
        }),
        (line.clone(), any::<Index>(), 1usize..20).prop_map(|(line, column, len)| Edit::Delete { line, column, len }),
        (line, typed.clone()).prop_map(|(line, text)| Edit::ReplaceLine { line, text }),
        typed.prop_map(Edit::Append),
    ]
}

impl Edit {
    fn apply(&self, draft: &str) -> String {
        let mut lines: Vec<String> = draft.split('\n').map(str::to_owned).collect();
        // The last element is the empty text after the final line break: not a line.
        let count = lines.len() - 1;
        let pick = |line: &Line| line.as_ref().map_or(0, |i| i.index(count));
        let at = |line: &String, column: &Index| {
            let chars: Vec<(usize, char)> = line.char_indices().collect();
            let i = column.index(chars.len() + 1);
            chars.get(i).map_or(line.len(), |(byte, _)| *byte)
        };
        match self {
            Edit::Insert { line, column, text } => {
                let l = &mut lines[pick(line)];
                let byte = at(l, column);
                l.insert_str(byte, text);
            }
            Edit::Delete { line, column, len } => {
                let l = &mut lines[pick(line)];
                let from = at(l, column);
                let to = l[from..].char_indices().nth(*len).map_or(l.len(), |(b, _)| from + b);
                l.replace_range(from..to, "");
            }
            Edit::ReplaceLine { line, text } => lines[pick(line)] = text.clone(),
            Edit::Append(text) => lines.last_mut().unwrap().push_str(text),
        }
        lines.join("\n")
    }
}

fn check_an_edited_draft_is_never_overwritten(
    folder: &Folder,
    which: Index,
    edit: &Edit,
    also_note: bool,
) -> Result<(), TestCaseError> {
    let t = tempfile::tempdir().unwrap();
    let rels = folder.write_to(t.path());
    followup(&["build"], t.path());
    let drafts: Vec<String> = rels
        .iter()
        .map(|rel| rel.trim_end_matches(".md").to_owned() + ".followup.md")
        .filter(|d| t.path().join(d).is_file())
        .collect();
    prop_assume!(!drafts.is_empty(), "no note got a draft");
    let i = which.index(drafts.len());
    let path = t.path().join(&drafts[i]);
    let draft = std::fs::read_to_string(&path).unwrap();
    let edited = edit.apply(&draft);
    prop_assume!(normalized(&edited) != normalized(&draft), "only white space or line endings changed");
    std::fs::write(&path, &edited).unwrap();
    if also_note {
        let note = t.path().join(&rels[i]);
        let text = std::fs::read_to_string(&note).unwrap();
        std::fs::write(&note, text.replacen("## Highlights\n\n", "## Highlights\n\n- Ana liked my plan.\n", 1))
            .unwrap();
    }
    let out = followup(&["build"], t.path());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited, "{}\n{}", out.stdout, out.stderr);
    Ok(())
}

/// Every file under `root` with its bytes, inode and modification time, the record included.
fn files_with_times(root: &Path) -> BTreeMap<String, Entry> {
    entries(root, &[])
}

fn check_two_builds_give_the_same_bytes(folder: &Folder) {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    // Folders at different depths, so that no absolute path may reach an output unnoticed.
    let (a, b) = (a.path().join("notes"), b.path().join("somewhat/deeper/notes"));
    folder.write_to(&a);
    folder.write_to(&b);
    let (ra, rb) = (followup(&["build"], &a).in_any_folder(&a), followup(&["build"], &b).in_any_folder(&b));
    assert_eq!((ra.code, &ra.stdout), (rb.code, &rb.stdout));
    // Compared as text, so that a failure shows the lines that differ.
    let text = |dir: &Path| -> Vec<(String, String)> {
        let files = crate::support::snapshot_tree(dir).into_iter();
        files.map(|(rel, bytes)| (rel, String::from_utf8_lossy(&bytes).into_owned())).collect()
    };
    assert_eq!(text(&a), text(&b));
    // A rebuild of either writes nothing: no file changes, none is replaced, the record included.
    for dir in [&a, &b] {
        let before = files_with_times(dir);
        let again = followup(&["build"], dir);
        assert_eq!(again.code, ra.code, "{}", again.stderr);
        assert_same(
            &before,
            &files_with_times(dir),
            &format!("a rebuild with nothing changed wrote\n{}", again.stdout),
        );
    }
}

/// The headers every `.eml` carries, in order: nothing a note says may add one.
const HEADERS: [&str; 8] =
    ["From", "To", "Subject", "Date", "MIME-Version", "Content-Type", "Content-Transfer-Encoding", "X-Unsent"];

fn check_every_eml_header_is_one_line(folder: &Folder) {
    let t = tempfile::tempdir().unwrap();
    folder.write_to(&t.path().join("notes"));
    let out_dir = t.path().join("out");
    let out = followup(&["export", "eml", "-o", out_dir.to_str().unwrap()], &t.path().join("notes"));
    assert_ne!(out.code, 2, "{}", out.stderr);
    let files: Vec<_> = match std::fs::read_dir(&out_dir) {
        Ok(dir) => dir.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "eml")).collect(),
        Err(_) => Vec::new(),
    };
    assert_eq!(files.len(), out.stdout.matches(".eml\n").count(), "every file listed is written:\n{}", out.stdout);
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let text = String::from_utf8(bytes).expect("an .eml is UTF-8");
        let (head, _) = text.split_once("\r\n\r\n").expect("a blank line ends the headers");
        let mut names = Vec::new();
        for line in head.split("\r\n") {
            assert!(!line.contains(['\r', '\n']), "a bare CR or LF in {}: {line:?}", file.display());
            assert!(line.len() <= 998, "a line over 998 characters in {}", file.display());
            assert!(line.chars().all(|c| c == '\t' || !c.is_control()), "{}: {line:?}", file.display());
            if line.starts_with([' ', '\t']) {
                assert!(!names.is_empty(), "a continuation line before any header in {}", file.display());
            } else {
                let (name, _) = line.split_once(':').expect("a header name");
                names.push(name.to_owned());
            }
        }
        assert_eq!(names, HEADERS, "{}:\n{head}", file.display());
    }
}

/// The tags a dashboard page is made of; anything else came from a note.
const TAGS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "table", "thead", "tbody", "tr",
    "th", "td", "ul", "li", "a", "code", "em", "strong", "del",
];

/// Every tag of `html` as (name, closing, the whole tag), comments and the doctype aside.
fn tags(html: &str) -> Vec<(String, bool, &str)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let closing = tag.starts_with("</");
        let name: String = tag
            .trim_start_matches("</")
            .trim_start_matches('<')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if !tag.starts_with("<!") {
            out.push((name.to_ascii_lowercase(), closing, tag));
        }
        rest = &rest[end..];
    }
    out
}

/// The cells of a Markdown table row: a `|` splits them unless a backslash stands before it
/// (in GFM, even a backslash that is itself escaped: `\\|` is `\` and an escaped pipe).
fn cells(row: &str) -> usize {
    let bytes = row.as_bytes();
    (0..bytes.len()).filter(|&i| bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\')).count()
}

/// For every table of `html`, the number of cells of its head and of each row.
fn html_tables(html: &str) -> Vec<(usize, Vec<usize>)> {
    html.split("<table>")
        .skip(1)
        .map(|table| {
            let table = table.split("</table>").next().unwrap();
            let (head, body) = table.split_once("</thead>").unwrap_or((table, ""));
            let rows = body.split("<tr>").skip(1).map(|row| row.matches("<td").count()).collect();
            (head.matches("<th").count() - head.matches("<thead").count(), rows)
        })
        .collect()
}

/// `line` without its code spans (a run of backticks up to the next run of the same length).
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        let run = rest[open..].bytes().take_while(|&b| b == b'`').count();
        let fence = &rest[open..open + run];
        let after = &rest[open + run..];
        let close = after.char_indices().map(|(i, _)| i).find(|&i| {
            after[i..].starts_with(fence)
                && !after[i + run..].starts_with('`')
                && (i == 0 || !after[..i].ends_with('`'))
        });
        out.push_str(&rest[..open]);
        match close {
            Some(end) => rest = &after[end + run..],
            None => {
                out.push_str(fence);
                rest = after;
            }
        }
    }
    out + rest
}

/// The lines of the Markdown table under `## {heading}`, head included, up to the blank line.
fn table<'a>(markdown: &'a str, heading: &str) -> Vec<&'a str> {
    let Some((_, after)) = markdown.split_once(&format!("## {heading}\n\n")) else { return Vec::new() };
    let lines: Vec<&str> = after.lines().take_while(|l| !l.is_empty()).collect();
    // A section with nothing in it says so in a sentence instead.
    if lines.first().is_some_and(|l| l.starts_with('|')) { lines } else { Vec::new() }
}

fn check_note_text_is_escaped_in_the_dashboard(folder: &Folder) {
    let t = tempfile::tempdir().unwrap();
    folder.write_to(t.path());
    let out = followup(&["build"], t.path());
    assert_ne!(out.code, 2, "{}", out.stderr);
    if !t.path().join("dashboard.html").exists() {
        // Every file is named like a draft (`x.followup.md`): no note, so no dashboard.
        assert!(out.stderr.contains("no notes in"), "no dashboard, and not told why: {}", out.stderr);
        return;
    }
    let html = crate::support::without_own_script(&std::fs::read_to_string(t.path().join("dashboard.html")).unwrap());
    let mut open = BTreeMap::<String, i64>::new();
    for (name, closing, tag) in tags(&html) {
        assert!(TAGS.contains(&name.as_str()), "a tag from a note: {tag}");
        let lower = tag.to_ascii_lowercase();
        assert!(!lower.contains("javascript:") && !lower.contains(" on"), "an attribute from a note: {tag}");
        if name != "meta" {
            *open.entry(name).or_default() += if closing { -1 } else { 1 };
        }
    }
    assert!(open.values().all(|&n| n == 0), "unbalanced tags: {open:?}");
    // Escaped, not dropped: comrak leaves this comment where it drops raw HTML.
    assert!(!html.contains("raw HTML omitted"), "text from a note was dropped as raw HTML");
    let markdown = std::fs::read_to_string(t.path().join("DASHBOARD.md")).unwrap();
    // The page's own first line is its only HTML; a note's `<` is escaped (code spans aside).
    for line in markdown.lines().skip(1) {
        let text = without_code_spans(line);
        let raw = text.match_indices('<').any(|(i, _)| {
            !text[..i].ends_with('\\')
                && text[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c))
        });
        assert!(!raw, "raw HTML in DASHBOARD.md: {line}");
    }
    for heading in ["Next actions", "Interviews", "People"] {
        let rows = table(&markdown, heading);
        if rows.is_empty() {
            continue;
        }
        let width = cells(rows[0]);
        for row in &rows {
            assert!(row.starts_with('|') && row.ends_with('|'), "{heading}: a row broken in two: {row:?}");
            assert_eq!(cells(row), width, "{heading}: a row with cells of its own: {row}");
        }
    }
    for (head, rows) in html_tables(&html) {
        assert!(rows.iter().all(|&n| n == head), "a row of {rows:?} cells under a head of {head}");
    }
    // Every Markdown row is one HTML row: (head + rows) of the three tables.
    let md_rows: usize = ["Next actions", "Interviews", "People"].iter().map(|h| table(&markdown, h).len()).sum();
    let separators =
        ["Next actions", "Interviews", "People"].iter().filter(|h| !table(&markdown, h).is_empty()).count();
    assert_eq!(html.matches("<tr>").count(), md_rows - separators, "rows of the tables in HTML");
}

fn check_markdown_in_a_note_is_no_link_on_the_dashboard(folder: &Folder) {
    let t = tempfile::tempdir().unwrap();
    folder.write_to(t.path());
    let out = followup(&["build"], t.path());
    assert_ne!(out.code, 2, "{}", out.stderr);
    if !t.path().join("dashboard.html").exists() {
        assert!(out.stderr.contains("no notes in"), "no dashboard, and not told why: {}", out.stderr);
        return;
    }
    let html = std::fs::read_to_string(t.path().join("dashboard.html")).unwrap();
    for (name, _, tag) in tags(&html) {
        assert!(name != "img", "a remote image from a note: {tag}");
        for target in ["=\"https://evil.example", "=\"mailto:attacker@evil.example"] {
            assert!(!tag.contains(target), "a link from a note: {tag}");
        }
    }
}

fn cases() -> ProptestConfig {
    config(24)
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn a_build_writes_only_inside_its_notes_folder(
        folder in folder(), links in links(), company in text().prop_map(|c| c.replace('\0', ""))
    ) {
        check_a_build_writes_only_inside_its_notes_folder(&folder, &links, &company);
    }

    #[test]
    fn an_edited_draft_is_never_overwritten(
        folder in folder(), which in any::<Index>(), edit in edit(), also_note in any::<bool>()
    ) {
        check_an_edited_draft_is_never_overwritten(&folder, which, &edit, also_note)?;
    }

    #[test]
    // `folder()`, with notes named DASHBOARD.md: a dashboard file of the user's no longer makes
    // every rebuild a full one that rewrites the record.
    fn two_builds_give_the_same_bytes_and_a_rebuild_writes_nothing(folder in folder()) {
        check_two_builds_give_the_same_bytes(&folder);
    }

    #[test]
    fn every_eml_header_is_one_line(folder in folder()) {
        check_every_eml_header_is_one_line(&folder);
    }

    #[test]
    fn note_text_is_escaped_in_the_dashboard(folder in folder_with_dashboard()) {
        check_note_text_is_escaped_in_the_dashboard(&folder);
    }

    #[test]
    fn markdown_in_a_note_is_no_link_on_the_dashboard(
        folder in folder_from(text_from(MARKDOWN_LINKS).boxed(), NOTE_NAMES)
    ) {
        check_markdown_in_a_note_is_no_link_on_the_dashboard(&folder);
    }
}
