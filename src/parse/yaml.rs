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
pub fn parse(text: &str) -> Result<Node, serde_saphyr::Error> {
    let spanned: Spanned<Raw> = serde_saphyr::from_str(text)?;
    Ok(Node::from(spanned))
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

    #[test]
    fn syntax_errors_carry_a_location() {
        let err = parse("a: [1, 2\nb: c").unwrap_err();
        let loc = err.location().expect("a location");
        assert_eq!(loc.line(), 2);
    }
}
