//! Per-person detail instead of filler (issue 13): what the note says someone did reaches their
//! message, said back to them.

use crate::support::Test;

#[test]
fn a_letter_says_what_its_reader_did_and_a_helpers_card_names_the_help() {
    let t = Test::copy_of("tests/fixtures/styles/sections");
    let run = t.run_at("2026-08-12", &["build"]);
    assert!(run.code == 0, "{}", run.stderr);
    let d = t.read("2026-08-11-fairhaven.followup.md");
    // "Priya Raman, Director of Infrastructure — ran the system design round"
    assert!(
        d.contains("I enjoyed the system design round you ran, and it gave me a clear picture of how your team works."),
        "{d}"
    );
    // "Tom Reyes (EM) — coding round"
    assert!(d.contains("The coding round you ran was a good chance to show how I work, and I enjoyed it."), "{d}");
    assert!(!d.contains("your work as"), "no filler where the note says more: {d}");
    // "Dana Cole, Recruiting Coordinator — rebooked my flight when the first one was cancelled"
    assert!(
        d.contains("I'm especially grateful to you for rebooking my flight when the first one was cancelled."),
        "{d}"
    );
}

#[test]
fn an_obsidian_alias_that_is_a_nickname_greets_and_is_read_as_the_person() {
    let t = Test::copy_of("tests/fixtures/styles/obsidian");
    t.run_at("2026-03-04", &["build"]);
    let d = t.read("2026-03-03 Lumenfold onsite.followup.md");
    // `[[Tomasz Wierzbicki|Tom]]`, and "Tom and I agreed that schema contracts belong in CI."
    assert!(d.contains("Dear Tom,\n"), "{d}");
    assert!(d.contains("I especially enjoyed how we agreed that schema contracts belong in CI."), "{d}");
    assert!(!d.contains("the tom"), "{d}");
    // `[[Priya Raman|Priya]]`: her given name, as ever.
    assert!(d.contains("Dear Priya,\n"), "{d}");
}
