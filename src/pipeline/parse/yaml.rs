//! A YAML value that remembers where each of its parts stands in the note.
//!
//! serde-saphyr reports positions for syntax errors and, through `Spanned`, for every value we
//! ask about. Front matter is loosely typed in real notes (a date or a date-time, one person or a
//! list, strings or mappings), so we read it into this tree first and let `extract` interpret it,
//! pointing at the exact value when something is wrong.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::diagnostic::Position;

/// A YAML node with its position in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Yaml,
    pub pos: Position,
}

/// The YAML data model, as front matter uses it.
#[derive(Debug, Clone, PartialEq)]
pub enum Yaml {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Keys in file order; YAML keys that are not strings are turned into their text.
    Map(Vec<(String, Node)>),
}

impl Node {
    /// The scalar as text (`true`, `3`, `2026-10-14`…); `None` for null, lists and mappings.
    pub fn as_text(&self) -> Option<String> {
        match &self.value {
            Yaml::Str(s) => Some(s.clone()),
            Yaml::Int(i) => Some(i.to_string()),
            Yaml::Float(f) => Some(f.to_string()),
            Yaml::Bool(b) => Some(b.to_string()),
            Yaml::Null | Yaml::Seq(_) | Yaml::Map(_) => None,
        }
    }

    /// The value as a boolean, accepting `yes`/`no` strings as people write them.
    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            Yaml::Bool(b) => Some(*b),
            Yaml::Str(s) => match s.trim().to_lowercase().as_str() {
                "yes" | "y" | "true" => Some(true),
                "no" | "n" | "false" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }

    /// What kind of value this is, for messages (`a list`, `a mapping`…).
    pub fn describe(&self) -> &'static str {
        match self.value {
            Yaml::Null => "nothing",
            Yaml::Bool(_) => "a boolean",
            Yaml::Int(_) | Yaml::Float(_) => "a number",
            Yaml::Str(_) => "a string",
            Yaml::Seq(_) => "a list",
            Yaml::Map(_) => "a mapping",
        }
    }

    /// The value as JSON, for templates (`note.extra`).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.value {
            Yaml::Null => Value::Null,
            Yaml::Bool(b) => Value::Bool(*b),
            Yaml::Int(i) => Value::from(*i),
            Yaml::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Yaml::Str(s) => Value::String(s.clone()),
            Yaml::Seq(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            Yaml::Map(entries) => Value::Object(entries.iter().map(|(k, v)| (k.clone(), v.to_json())).collect()),
        }
    }

    /// Moves every position down by `lines`, for YAML that starts below line 1 of the file.
    pub fn shift(&mut self, lines: usize) {
        if self.pos.line > 0 {
            self.pos.line += lines;
        }
        match &mut self.value {
            Yaml::Seq(items) => items.iter_mut().for_each(|n| n.shift(lines)),
            Yaml::Map(entries) => entries.iter_mut().for_each(|(_, n)| n.shift(lines)),
            _ => {}
        }
    }
}

/// Parses YAML text into a positioned tree. Positions are relative to `text`.
///
/// Front matter is nearly always plain (mappings, lists, strings, numbers, dates), and for plain
/// YAML the parser's events are read directly (`plain`), at half the cost; anything else
/// (anchors, tags, floats, duplicate keys, errors…) goes through serde-saphyr, which also words
/// every error. Tests check that both read every plain document alike.
pub fn parse(text: &str) -> Result<Node, serde_saphyr::Error> {
    match plain::parse(text) {
        Some(node) => Ok(node),
        None => parse_with_serde(text),
    }
}

/// Parses YAML text through serde-saphyr, whatever it holds.
fn parse_with_serde(text: &str) -> Result<Node, serde_saphyr::Error> {
    let spanned: Spanned<Raw> = serde_saphyr::from_str(text)?;
    Ok(Node::from(spanned))
}

/// Both readings of `text`: the fast path's (`None` when it leaves the text to serde-saphyr) and
/// serde-saphyr's. Only for checking that they agree, as the fuzz target `front_matter` does on
/// arbitrary text (fuzz/fuzz_targets/front_matter.rs); notes are read with `parse`.
#[doc(hidden)]
pub fn parse_both_ways(text: &str) -> (Option<Node>, Result<Node, serde_saphyr::Error>) {
    (plain::parse(text), parse_with_serde(text))
}

/// Plain YAML read from the parser's events, as serde-saphyr would read it.
mod plain {
    use std::borrow::Cow;

    use granit_parser::{Event, Parser, ScalarStyle, Span};

    use super::{Node, Yaml};
    use crate::diagnostic::Position;

    /// The tree of `text`; `None` when it holds anything this reader leaves to serde-saphyr.
    pub fn parse(text: &str) -> Option<Node> {
        let mut events = Parser::new_from_str(text);
        let mut next = || events.next()?.ok();
        if !matches!(next()?, (Event::StreamStart, _)) || !matches!(next()?, (Event::DocumentStart(false, None), _)) {
            return None;
        }
        let first = next()?;
        let node = node(first, &mut next, 0)?;
        let ends = matches!(next()?, (Event::DocumentEnd, _)) && matches!(next()?, (Event::StreamEnd, _));
        ends.then_some(node)
    }

    /// Deeper than this, serde-saphyr decides.
    const MAX_DEPTH: usize = 32;

    fn node<'a>(
        (event, span): (Event<'a>, Span),
        next: &mut impl FnMut() -> Option<(Event<'a>, Span)>,
        depth: usize,
    ) -> Option<Node> {
        let pos = position(&span);
        let value = match event {
            Event::Scalar(text, style, 0, None) => scalar(text, style)?,
            Event::SequenceStart(_, 0, None) if depth < MAX_DEPTH => {
                let mut items = Vec::new();
                loop {
                    match next()? {
                        (Event::SequenceEnd, _) => break,
                        item => items.push(node(item, next, depth + 1)?),
                    }
                }
                Yaml::Seq(items)
            }
            Event::MappingStart(_, 0, None) if depth < MAX_DEPTH => {
                let mut entries: Vec<(String, Node)> = Vec::new();
                loop {
                    let key = match next()? {
                        (Event::MappingEnd, _) => break,
                        key => node(key, next, depth + 1)?,
                    };
                    let key = match key.value {
                        Yaml::Str(s) => s,
                        Yaml::Int(i) => i.to_string(),
                        Yaml::Bool(b) => b.to_string(),
                        Yaml::Null => String::new(),
                        Yaml::Float(_) | Yaml::Seq(_) | Yaml::Map(_) => return None,
                    };
                    // Merge keys and repeated keys are serde-saphyr's to resolve or report.
                    if key == "<<" || entries.iter().any(|(k, _)| *k == key) {
                        return None;
                    }
                    let value = node(next()?, next, depth + 1)?;
                    entries.push((key, value));
                }
                Yaml::Map(entries)
            }
            _ => return None,
        };
        Some(Node { value, pos })
    }

    /// Where a node starts, as serde-saphyr counts: lines and columns from 1.
    fn position(span: &Span) -> Position {
        Position { line: span.start.line(), column: span.start.col() + 1 }
    }

    /// A scalar's value: quoted and block scalars are strings; a plain one is null, a boolean, an
    /// integer or a string when it is plainly one of them, and left to serde-saphyr otherwise
    /// (floats, octal or hex numbers, `yes` and `no`, times…).
    fn scalar(text: Cow<str>, style: ScalarStyle) -> Option<Yaml> {
        if style != ScalarStyle::Plain {
            return Some(Yaml::Str(text.into_owned()));
        }
        match text.as_ref() {
            "" | "~" | "null" | "Null" | "NULL" => return Some(Yaml::Null),
            "true" | "True" | "TRUE" => return Some(Yaml::Bool(true)),
            "false" | "False" | "FALSE" => return Some(Yaml::Bool(false)),
            _ => {}
        }
        let lower = text.to_ascii_lowercase();
        let special = ["yes", "no", "y", "n", "on", "off", ".inf", ".nan", "-.inf", "+.inf"];
        if special.contains(&lower.as_str()) {
            return None;
        }
        let first = text.chars().next()?;
        if first.is_ascii_digit() || first == '-' || first == '+' || first == '.' {
            return number_or_date(&text);
        }
        Some(Yaml::Str(text.into_owned()))
    }

    /// A plain scalar that starts like a number: a decimal integer, or a date (`2026-10-14`,
    /// which is text to serde-saphyr). Anything else is serde-saphyr's to read.
    fn number_or_date(text: &str) -> Option<Yaml> {
        let bytes = text.as_bytes();
        let digits = |b: &[u8]| !b.is_empty() && b.iter().all(u8::is_ascii_digit);
        let unsigned = text.strip_prefix('-').unwrap_or(text);
        // Leading zeros, and numbers past 64 bits, are left to serde-saphyr.
        if digits(unsigned.as_bytes()) && (unsigned.len() == 1 || !unsigned.starts_with('0')) {
            return text.parse().ok().map(Yaml::Int);
        }
        let date = bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-';
        (date && digits(&bytes[..4]) && digits(&bytes[5..7]) && digits(&bytes[8..])).then(|| Yaml::Str(text.to_owned()))
    }
}

/// The deserialized form before positions are unwrapped.
enum Raw {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Spanned<Raw>>),
    Map(Vec<(Key, Spanned<Raw>)>),
}

impl From<Spanned<Raw>> for Node {
    fn from(s: Spanned<Raw>) -> Node {
        let pos = Position { line: s.referenced.line() as usize, column: s.referenced.column() as usize };
        let value = match s.value {
            Raw::Null => Yaml::Null,
            Raw::Bool(b) => Yaml::Bool(b),
            Raw::Int(i) => Yaml::Int(i),
            Raw::Float(f) => Yaml::Float(f),
            Raw::Str(t) => Yaml::Str(t),
            Raw::Seq(items) => Yaml::Seq(items.into_iter().map(Node::from).collect()),
            Raw::Map(entries) => Yaml::Map(entries.into_iter().map(|(k, v)| (k.0, Node::from(v))).collect()),
        };
        Node { value, pos }
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        Ok(Raw::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        Raw::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        Ok(Raw::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        Ok(Raw::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        Ok(i64::try_from(v).map_or(Raw::Float(v as f64), Raw::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        Ok(Raw::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        Ok(Raw::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        Ok(Raw::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Raw::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Raw::Map(entries))
    }
}

/// A mapping key: YAML allows numbers and booleans as keys, front matter wants their text.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        let raw = Raw::deserialize(d)?;
        let text = match raw {
            Raw::Str(s) => s,
            Raw::Int(i) => i.to_string(),
            Raw::Float(f) => f.to_string(),
            Raw::Bool(b) => b.to_string(),
            Raw::Null => String::new(),
            Raw::Seq(_) | Raw::Map(_) => {
                return Err(serde::de::Error::custom("a list or mapping cannot be a key"));
            }
        };
        Ok(Key(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_their_positions() {
        let node = parse("company: Acme\npeople:\n  - Ana Souza, CTO\n").unwrap();
        let Yaml::Map(entries) = node.value else { panic!("not a map") };
        assert_eq!(entries[0].1.pos, Position { line: 1, column: 10 });
        let Yaml::Seq(people) = &entries[1].1.value else { panic!("not a list") };
        assert_eq!(people[0].pos, Position { line: 3, column: 5 });
        assert_eq!(people[0].as_text().as_deref(), Some("Ana Souza, CTO"));
    }

    /// The front matter of every note under `dir`.
    fn front_matters(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                front_matters(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                let text = std::fs::read_to_string(&path).unwrap_or_default().replace("\r\n", "\n");
                let text = text.trim_start_matches('\u{feff}');
                if let Some(rest) = text.strip_prefix("---\n")
                    && let Some(end) = rest.find("\n---")
                {
                    out.push((path.display().to_string(), rest[..=end].to_owned()));
                }
            }
        }
    }

    /// Documents that are plain, and documents that are not, or not quite.
    const TRICKY: &[&str] = &[
        "company: Acme\ndate: 2026-10-14\n",
        "date: 2026-10-14T10:00:00\n",
        "date: 2026-10-14 10:00\n",
        "date: 2026-1-4\n",
        "date: '2026-10-14'\n",
        "n: 42\nm: -7\nz: 0\nlead: 007\nbig: 99999999999999999999\nplus: +5\n",
        "f: 1.5\ng: 1e3\nh: .5\ni: .inf\nj: -.inf\nk: .nan\nhex: 0x1F\noct: 0o17\n",
        "a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\ng: true\nh: False\ni: TRUE\n",
        "a: ~\nb: null\nc: Null\nd:\ne: ''\nf: \"\"\n",
        "helpers: []\npanel: [Ana, 'Ben', \"Cy\"]\nmeta: {a: 1, b: two}\n",
        "interviewers:\n  - name: Ana Souza\n    title: CTO\n    emailed: true\n  - Ben Okafor - Staff Engineer\n",
        "people:\n- Ana\n- Ben\n",
        "people:\n  -   Ana\n  -\n",
        "notes: |\n  line one\n  line two\nsummary: >\n  folded\n  text\n",
        "title: a long\n  plain scalar\n  over lines\n",
        "q: \"escaped \\\"quotes\\\" and \\u00e9\"\nr: 'it''s'\n",
        "base: &b {x: 1}\nother: *b\n",
        "t: !!str 42\nu: !custom x\n",
        "a: 1\na: 2\n",
        "<<: {a: 1}\nb: 2\n",
        "1: one\ntrue: yes-key\n~: nothing\n",
        "# a comment\ncompany: Acme # trailing\n",
        "company: José Álvarez 李娜\n",
        "key: value: bad\n",
        "a: [1, 2\nb: c\n",
        "- just\n- a list\n",
        "just text\n",
        "",
        "---\ncompany: Acme\n",
        "%YAML 1.2\n---\ncompany: Acme\n",
        "a:\n  b:\n    c:\n      d: deep\n",
        "tab:\tvalue\n",
        "url: https://example.com/a?b=c#d\nat: '@handle'\n",
        "round: 3rd\nstage: 2nd round\nyear: 2026\n",
        "k: -\nl: - x\n",
    ];

    /// Every document the plain reader takes, it reads as serde-saphyr does, positions included;
    /// and it takes the plain front matter of every note in the repository.
    #[test]
    fn plain_documents_read_as_serde_saphyr_reads_them() {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut docs: Vec<(String, String)> = TRICKY.iter().map(|t| (format!("{t:?}"), (*t).to_owned())).collect();
        let tricky = docs.len();
        // tests/fixtures holds the real-world notes (wild/) and the synthetic notes the
        // benchmarks build (generated/), committed so the test reads nothing outside the repository.
        for dir in ["content", "tests/fixtures"] {
            front_matters(&repo.join(dir), &mut docs);
        }
        for kind in ["content", "tests/fixtures/wild", "tests/fixtures/generated/yaml-30"] {
            let dir = repo.join(kind).display().to_string();
            assert!(docs.iter().any(|(name, _)| name.starts_with(&dir)), "no front matter read from {dir}");
        }
        assert!(docs.len() > tricky + 10, "notes are expected in the repository");
        let mut taken = Vec::new();
        for (name, doc) in &docs {
            if let Some(node) = plain::parse(doc) {
                let slow = parse_with_serde(doc).unwrap_or_else(|e| panic!("{name}: serde-saphyr fails: {e}"));
                assert_eq!(node, slow, "{name}");
                taken.push(name.as_str());
            }
        }
        for name in ["content/globex", "content/pied-piper", "content/umbrella-health"] {
            assert!(taken.iter().any(|t| t.contains(name)), "{name} is plain YAML, read directly: {taken:?}");
        }
        assert!(taken.len() > docs.len() / 2, "{} of {}", taken.len(), docs.len());
    }

    #[test]
    fn syntax_errors_carry_a_location() {
        let err = parse("a: [1, 2\nb: c").unwrap_err();
        let loc = err.location().expect("a location");
        assert_eq!(loc.line(), 2);
    }
}
