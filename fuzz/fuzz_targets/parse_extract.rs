//! A whole note through parse (front matter, then the body with pulldown-cmark) and extract
//! (company, people, highlights, what to clarify). No panic; every position inside the file;
//! diagnostics render; extracting twice gives the same note (no hash-map order leaks out).
#![no_main]

use followup::pipeline::extract::{self, Outcome};
use followup::pipeline::parse;
use followup_fuzz::{check_diagnostic, max_line, source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(source) = source(data) else { return };
    let text = source.text.as_str();
    let doc = match parse::parse(&source) {
        Ok(doc) => doc,
        Err(d) => return check_diagnostic(text, &d),
    };
    let last = max_line(text);
    for section in &doc.body.sections {
        assert!(section.line <= last, "section `{}` at line {} past the end", section.heading, section.line);
        for item in &section.items {
            assert!(item.line <= last, "item at line {} past the end", item.line);
        }
        for paragraph in &section.paragraphs {
            assert!(paragraph.line <= last, "paragraph at line {} past the end", paragraph.line);
        }
    }
    for field in &doc.body.fields {
        assert!(field.pos.line <= last, "field `{}` at line {} past the end", field.key, field.pos.line);
    }
    let first = extract::extract(&source, &doc);
    first.diagnostics.iter().for_each(|d| check_diagnostic(text, d));
    let again = extract::extract(&source, &doc);
    assert_eq!(first.diagnostics, again.diagnostics, "extract is not deterministic");
    match (&first.outcome, &again.outcome) {
        (Outcome::Note(a), Outcome::Note(b)) => assert_eq!(a, b, "extract is not deterministic"),
        (Outcome::Skipped(a), Outcome::Skipped(b)) => assert_eq!(a, b),
        (Outcome::Failed, Outcome::Failed) => {}
        (a, b) => panic!("extract is not deterministic: {a:?} then {b:?}"),
    }
});
