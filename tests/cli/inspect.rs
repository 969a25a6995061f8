//! `followup inspect`: what followup understood, as text and as the JSON contract.

use crate::support::Test;

fn json(run: &crate::support::Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

#[test]
fn inspect_json_of_a_note_follows_the_contract() {
    let t = Test::copy_of("content");
    let run = crate::support::run(&[
        "inspect",
        "--json",
        t.path().join("globex/2026-10-14-final.md").to_str().unwrap(),
        "--today",
        "2026-10-27",
    ]);
    let v = json(&run);
    assert_eq!(v["path"], "globex/2026-10-14-final.md");
    assert_eq!(v["company"], "Globex");
    assert_eq!(v["date"], "2026-10-14");
    assert_eq!(v["process_position"], "end");
    assert_eq!(v["thank_you_by"], "2026-10-15");
    // "Decision by Friday, October 30": the check-in is the working day after it.
    assert_eq!(v["decision_by"], "2026-10-30");
    assert_eq!(v["check_in_on"], "2026-11-02");
    let people = v["people"].as_array().unwrap();
    assert_eq!(people.len(), 3);
    assert_eq!(people[0]["name"], "Hannah Lee");
    assert_eq!(people[0]["channel"], "email");
    assert_eq!(people[1]["channel"], "letter");
    assert_eq!(people[2]["kind"], "helper");
    assert_eq!(people[2]["role"], "coordinator");
    assert_eq!(people[2]["channel"], "card");
    assert_eq!(v["highlights"][0]["about"][0], "Hannah Lee");
    assert_eq!(v["clarifications"].as_array().unwrap().len(), 2);
    assert!(v["warnings"][0].as_str().unwrap().contains("Gregory Park has an email address"));
}

#[test]
fn inspect_json_of_a_folder_is_sorted_and_shows_skips_and_errors() {
    let t = Test::copy_of("tests/fixtures/bad-notes");
    t.write("templates/README.md", "# How I take notes\n");
    let run = t.run(&["inspect", "--json"]);
    assert_eq!(run.code, 1);
    let v = json(&run);
    let paths: Vec<&str> = v.as_array().unwrap().iter().map(|n| n["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    let unclosed = v.as_array().unwrap().iter().find(|n| n["path"] == "unclosed.md").unwrap();
    assert_eq!(unclosed["error"]["line"], 1);
    assert_eq!(unclosed["error"]["message"], "front matter is never closed");
    let readme = v.as_array().unwrap().iter().find(|n| n["path"] == "templates/README.md").unwrap();
    assert!(readme["skipped"].as_str().unwrap().contains("names no company"));
}

#[test]
fn body_styles_are_all_understood() {
    let t = Test::copy_of("content");
    let run = t.run(&["inspect", "--json"]);
    let v = json(&run);
    let note = |p: &str| v.as_array().unwrap().iter().find(|n| n["path"] == p).unwrap().clone();
    let hooli = note("hooli/2026-09-28-technical.md");
    assert_eq!(hooli["company"], "Hooli");
    assert_eq!(hooli["date"], "2026-09-28");
    assert_eq!(hooli["people"][0]["name"], "Marcus Webb");
    assert_eq!(hooli["people"][0]["title"], "SRE Manager");
    assert_eq!(hooli["process_position"], "beginning");
    let umbrella = note("umbrella-health/2026-10-20-panel.md");
    let names: Vec<&str> = umbrella["people"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Dr. Priya Raman", "José Álvarez", "李娜", "Omar Haddad"]);
    assert_eq!(umbrella["people"][3]["role"], "referrer");
    assert_eq!(umbrella["highlights"][0]["about"][0], "Dr. Priya Raman");
    assert_eq!(umbrella["process_position"], "middle");
    let initech = note("initech/2026-10-02-phone-screen.md");
    assert_eq!(initech["people"][0]["email"], "dana.whitfield@initech.example");
    assert_eq!(initech["date"], "2026-10-02");
    let readme = note("README.md");
    assert!(readme["skipped"].is_string());
}

#[test]
fn the_real_world_corpus_is_read_without_a_crash() {
    // Committed copies of published notes; tests/fixtures/wild/SOURCES.md names their sources.
    let t = Test::copy_of("tests/fixtures/wild");
    let run = t.run(&["inspect", "--json"]);
    assert_eq!(run.code, 1, "the Brightwave note has invalid YAML: {}", run.stdout);
    let v = json(&run);
    let note = |p: &str| v.as_array().unwrap().iter().find(|n| n["path"] == p).unwrap().clone();
    let screen = note("09-unicorn-phone-screen.md");
    assert_eq!(screen["people"][0]["name"], "Jane Smith");
    assert_eq!(screen["people"][0]["title"], "Recruiter");
    assert_eq!(screen["company"], "ExampleCorp");
    assert_eq!(screen["position"], "Senior Developer");
    assert_eq!(screen["date"], "2026-02-18");
    assert_eq!(note("10-sabrina553-brightwave-offer.md")["error"]["line"], 12);
    assert!(note("07-nickhart-notes-template.md")["skipped"].as_str().unwrap().contains("template"));
    assert!(note("12-sabrina553-recruiter-contact.md")["skipped"].as_str().unwrap().contains("contact card"));
    assert!(note("13-sabrina553-email-templates.md")["skipped"].is_string());
    assert_eq!(note("11-sabrina553-kestrel-rejected.md")["company"], "Kestrel Avionics");
    let build = t.run(&["build"]);
    assert_eq!(build.code, 1);
    assert!(t.read("09-unicorn-phone-screen.followup.md").contains("Dear Jane,"));
}

/// A note in a hurry: lines no rule understands, a verdict on oneself, an aside, and each kind
/// of clarification.
const HURRIED: &str = "---
company: Acme
position: SDET
date: 2026-10-20
stage: final
interviewers:
  - Maya Chen, Engineering Manager
  - Dev Patel, Staff Engineer <dev@acme.example> (emailed)
  - Lena Ortiz, Director of QA
---
## What went well
- Maya said it was the best answer she'd heard all week
- the demo: you liked the live walkthrough
- the whiteboard: tough but fair
- dev and i paired on the flaky test
- The interview went so-so
- The projector failed halfway through
- We connected on test pyramids

## Clarify
- I said we used Redis for the queue; we actually use Kafka
- forgot to mention my open-source scheduler
- Send Maya the benchmark write-up
- I should practise system design
";

#[test]
fn every_highlight_and_clarification_is_placed_and_none_is_dropped_unseen() {
    let t = Test::new();
    t.write("acme/2026-10-20-final.md", HURRIED);
    assert_eq!(t.run(&["build"]).code, 0);
    let draft = t.read("acme/2026-10-20-final.followup.md");
    // Vouched for: rewritten for their reader.
    assert!(
        draft.contains("I was especially glad that you said it was the best answer you'd heard all week."),
        "{draft}"
    );
    assert!(draft.contains("I especially enjoyed how we paired on the flaky test."), "{draft}");
    assert!(draft.contains("I'd like to correct one thing from our conversation. I said we used Redis"), "{draft}");
    assert!(draft.contains("I didn't get to mention my open-source scheduler"), "{draft}");
    assert!(draft.contains("As promised, here is the benchmark write-up."), "{draft}");
    assert!(draft.contains("- Attach or link the benchmark write-up to the message to Maya Chen"), "{draft}");
    // Not vouched for: quoted in the plan, with the message it belongs in, and in no message.
    assert!(draft.contains("**To add in your own words.**"), "{draft}");
    assert!(draft.contains("- \"the whiteboard: tough but fair\": the message to "), "{draft}");
    assert_eq!(draft.matches("the whiteboard:").count(), 1, "{draft}");
    // A label before a clause is dropped.
    assert!(draft.contains("that you liked the live walkthrough."), "{draft}");
    assert!(!draft.contains("the demo:"), "{draft}");
    // Left out on purpose.
    for never in ["so-so", "projector", "practise"] {
        assert!(!draft.contains(never), "{never} in:\n{draft}");
    }
    let status = t.run(&["status"]);
    assert!(status.stdout.contains("write 1 line in your own words"), "{}", status.stdout);
    let json: serde_json::Value = serde_json::from_str(&t.run(&["inspect", "--json"]).stdout).unwrap();
    let note = &json.as_array().unwrap()[0];
    let placed = note["placed"].as_array().unwrap();
    assert_eq!(placed.len(), 11, "{placed:#?}");
    let went = |text: &str| {
        placed.iter().find(|p| p["text"] == text).map(|p| p["went"][0].as_str().unwrap().to_owned()).unwrap()
    };
    assert_eq!(went("I should practise system design"), "private");
    assert_eq!(went("The projector failed halfway through"), "left out: an aside");
    assert_eq!(went("The interview went so-so"), "left out: a verdict on yourself");
    assert_eq!(went("dev and i paired on the flaky test"), "Dev Patel");
    assert!(went("the whiteboard: tough but fair").starts_with("to add in your own words"));
    assert!(note["highlights"].is_array() && note["clarifications"].is_array(), "the existing fields stay");
}

// Set 61, a daily report (日報) as a Keep/Problem/Try review: what an interviewer did, with a
// word on how it went, is the user's to word (not left out as a verdict on themselves); how
// nervous they were stays in the note; a handwritten thank-you letter is a letter.
#[test]
fn what_they_did_with_a_verdict_is_listed_and_nerves_stay_private() {
    let t = Test::new();
    t.write(
        "kumo-interactive/2026-12-02-final.md",
        "【面接】\n・Kumo Interactive Inc. / Senior Gameplay Programmer\n・最終面接 = final\n\n\
         【参加者】\n■ Yamaguchi Takeshi 部長 (buchō) — Head of Development Division\n\
         ■ Ishikawa Daisuke — Lead Gameplay Programmer\n\n\
         ■ Keep\n- Buchō liked my junior mentoring idea (pair-programming Friday).\n\
         - Ishikawa-san: he ran my rollback sandbox on his PC, worked first try. \"Yoroshiku ne\" with big grin\n\n\
         ■ Problem\n- I was nervous, drank all the water in 5 minuts lol\n\n\
         ■ Try\n- Handwritten thank-you letter for Yamaguchi buchō. Use proper 便箋.\n",
    );
    assert_eq!(t.run(&["build"]).code, 0);
    let json: serde_json::Value = serde_json::from_str(&t.run(&["inspect", "--json"]).stdout).unwrap();
    let note = &json.as_array().unwrap()[0];
    let placed = note["placed"].as_array().unwrap();
    let went = |text: &str| {
        let found = placed.iter().find(|p| p["text"].as_str().is_some_and(|t| t.contains(text)));
        found.map(|p| p["went"][0].as_str().unwrap().to_owned()).unwrap_or_else(|| panic!("{text}: {placed:#?}"))
    };
    assert_eq!(went("he ran my rollback sandbox"), "to add in your own words (in the message to Ishikawa Daisuke)");
    assert_eq!(went("I was nervous"), "private");
    let people = note["people"].as_array().unwrap();
    let yamaguchi = people.iter().find(|p| p["name"] == "Yamaguchi Takeshi").unwrap();
    assert_eq!(yamaguchi["channel"], "letter", "{people:#?}");
    let draft = t.read("kumo-interactive/2026-12-02-final.followup.md");
    assert!(!draft.contains("nervous") && !draft.contains("water"), "{draft}");
}

// Issue 13: one note inspected alone is read with the other notes of its folder, as `build`
// reads it, and says which note told it what.
#[test]
fn a_note_inspected_alone_is_read_with_the_earlier_notes_of_its_company() {
    let t = Test::new();
    t.write(
        "acme/2026-10-13-screen.md",
        "---\ncompany: Acme\nposition: Staff Engineer\ndate: 2026-10-13\ninterviewers:\n  - name: Ana Souza\n    title: CTO\n---\n",
    );
    t.write("acme/2026-10-20-final.md", "---\ncompany: Acme\ndate: 2026-10-20\ninterviewers: [Ana Souza]\n---\n");
    t.write("acme/notes.md", "---\ncompany: Other Co\nposition: Janitor\ndate: 2026-10-01\n---\n");
    t.write("followup.toml", "[sender]\nname = \"Sam Lee\"\n");
    let note = t.path().join("acme/2026-10-20-final.md");
    let run = crate::support::run(&["inspect", note.to_str().unwrap(), "--today", "2026-10-27"]);
    assert!(run.stdout.contains("  position        Staff Engineer\n"), "{}", run.stdout);
    assert!(run.stdout.contains("    - Ana Souza, CTO — interviewer"), "{}", run.stdout);
    assert!(run.stdout.contains("    - position: an earlier note, 2026-10-13-screen.md\n"), "{}", run.stdout);
    assert!(
        run.stdout.contains("    - what was known of Ana Souza: an earlier note, 2026-10-13-screen.md\n"),
        "{}",
        run.stdout
    );
}
