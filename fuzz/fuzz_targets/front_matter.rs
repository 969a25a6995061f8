//! Front matter, YAML and TOML: `split` on the note as it is, and on the same text put inside a
//! `---` block and a `+++` block, so arbitrary text reaches both parsers. Positions must stay in
//! the file, the body must be the rest of the file, errors must render; and the fast YAML reader
//! must read whatever it takes exactly as serde-saphyr does.
#![no_main]

use followup::pipeline::parse::front_matter;
use followup::pipeline::parse::yaml::{self, Node, Yaml};
use followup_fuzz::{check_diagnostic, max_line, source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(source) = source(data) else { return };
    let text = source.text.as_str();
    check_split(text);
    check_split(&format!("---\n{text}\n---\n# Body\n"));
    check_split(&format!("+++\n{text}\n+++\n# Body\n"));
    let (fast, slow) = yaml::parse_both_ways(text);
    if let Some(fast) = fast {
        let slow = slow.unwrap_or_else(|e| panic!("the fast reader took text serde-saphyr refuses: {e}"));
        assert_eq!(fast, slow, "the fast reader and serde-saphyr disagree");
    }
});

fn check_split(text: &str) {
    match front_matter::split(source_path(), text) {
        Ok(split) => {
            assert!(text.is_char_boundary(split.body_offset), "body offset {} not on a character", split.body_offset);
            assert_eq!(split.body, &text[split.body_offset..], "the body is not the rest of the file");
            match &split.front {
                None => assert_eq!(split.body_offset, 0),
                Some(entries) => entries.iter().for_each(|(_, node)| check_node(text, node)),
            }
        }
        Err(d) => check_diagnostic(text, &d),
    }
}

fn check_node(text: &str, node: &Node) {
    assert!(node.pos.line <= max_line(text), "a value at line {} past the end", node.pos.line);
    match &node.value {
        Yaml::Seq(items) => items.iter().for_each(|n| check_node(text, n)),
        Yaml::Map(entries) => entries.iter().for_each(|(_, n)| check_node(text, n)),
        _ => {}
    }
}

fn source_path() -> &'static str {
    followup_fuzz::REL
}
