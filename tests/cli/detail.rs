//! Per-person detail instead of filler (issue 13): what the note says someone did reaches their
//! message, said back to them.

use crate::support::Test;

#[test]
fn a_letter_says_what_its_reader_did_and_a_helpers_card_names_the_help() {
    let t = Test::copy_of("tests/fixtures/styles/sections");
    let d = t.draft_built_at("2026-08-12", "2026-08-11-fairhaven.md");
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

#[test]
fn a_line_no_rule_reads_is_listed_for_its_reader_and_counted_by_status() {
    let t = Test::copy_of("tests/fixtures/styles/per-person");
    let d = t.draft_built_at("2026-11-04", "larkspur-support/2026-11-03-hiring-manager.md");
    // "he nodded along the whole time I walked through…": a reaction no rule reads, under `Notes`.
    assert!(
        d.contains(
            "- \"he nodded along the whole time I walked through the refund queue triage\": the message to Colm Byrne"
        ),
        "{d}"
    );
    assert!(!d.contains("you nodded"), "not sent: {d}");
    let status = t.run_at("2026-11-04", &["status"]);
    assert!(status.stdout.contains("write 1 line in your own words"), "{}", status.stdout);
    // A note whose every reaction was read lists nothing.
    let d = t.read("2026-09-09-quarry-onsite.followup.md");
    assert!(!d.contains("To add in your own words"), "{d}");
    assert!(
        d.contains("I was especially glad that you liked my explanation of how we found the stack overflow"),
        "{d}"
    );
    assert!(d.contains("As promised, here is the stack watermark script I described."), "{d}");
    assert!(d.contains("I said the watchdog resets after 500 ms, but in fact it's 2 seconds on your board."), "{d}");
}

#[test]
fn a_highlight_about_one_person_that_opens_with_she_is_said_to_them() {
    let t = Test::new();
    t.write(
        "larkspur/2026-10-05-screen.md",
        "---\ncompany: Larkspur\nposition: Account Executive\ndate: 2026-10-05\nstage: recruiter screen\n\
         recruiter: Nora Vance\n---\n\n## What went well\n\n- she liked that I sold into 3PLs at Cargomatic\n",
    );
    let d = t.draft_built_at("2026-10-06", "larkspur/2026-10-05-screen.md");
    assert!(d.contains("glad you liked that I sold into 3PLs at Cargomatic."), "{d}");
    assert!(!d.contains("To add in your own words"), "{d}");
}

#[test]
fn what_someone_did_is_said_back_only_in_plain_words() {
    let t = Test::new();
    t.write(
        "larkspur/2026-10-05-onsite.md",
        "---\ncompany: Larkspur\nposition: Operations Manager\ndate: 2026-10-05\n\
         interviewers:\n  - Ray Dunmore, Maintenance Supervisor\n  - Ida Moss, CFO\n---\n\n\
         Ray asked about how I work w/ maintenance.\n\nIda wanted to know how I plan a budget.\n\n\
         ## What went well\n\n- Ida was quiet until the end.\n",
    );
    let d = t.draft_built_at("2026-10-06", "larkspur/2026-10-05-onsite.md");
    assert!(!d.contains("w/"), "shorthand is not said back: {d}");
    // (Ida's line under "What went well" is left out, so what she did still stands in for it.)
    assert!(d.contains("how I plan a budget"), "{d}");
}

// Set 40 (Tomasz): "As promised, here is a blank template. As promised, here is the frag
// tracking template." — one promise, in two lines of the note.
#[test]
fn one_promise_in_two_lines_is_kept_once_in_its_fuller_words() {
    let t = Test::new();
    let note = "harborlight/2026-11-17-panel.md";
    t.write(
        note,
        "---\ncompany: Harborlight\ndate: 2026-11-17\ninterviewers:\n  - Tova Reinholt, Curator\n---\n\
         ## Promised\n- send Tova a blank template\n- send Tova the frag tracking template\n",
    );
    let d = t.draft_built_at("2026-11-17", note);
    assert!(d.contains("As promised, here is the frag tracking template."), "{d}");
    assert!(!d.contains("blank template"), "{d}");
}

#[test]
fn a_promise_to_one_who_helped_is_kept_in_their_note() {
    // Set 45: `send Melissa a redacted writing sample`, Melissa having booked the interview and
    // emailed first: her note sends it, and the plan says to attach it.
    let t = Test::new();
    t.write(
        "whitcombe/2026-11-18-first.md",
        "---\ncompany: Whitcombe Barlow\nposition: Law Clerk\ndate: 2026-11-18\n\
         interviewers:\n  - name: Deborah Kwan\n    title: Senior Law Clerk\n    email: dkwan@wb.example\n    emailed: true\n\
         coordinator:\n  - name: Melissa Tran\n    title: HR Coordinator\n    email: mtran@wb.example\n    emailed: true\n---\n\n\
         ## To send\n\n- send Melissa a redacted writing sample\n",
    );
    let d = t.draft_built_at("2026-11-19", "whitcombe/2026-11-18-first.md");
    let melissa = d.split("## Melissa Tran").nth(1).expect("a message to Melissa");
    assert!(melissa.contains("As promised, here is a redacted writing sample."), "{d}");
    assert!(!d.split("## Melissa Tran").next().unwrap().contains("a redacted writing sample\": the message"), "{d}");
}

// Set 47: a Logseq outline (tabs, `[[links]]`, `key:: value`, TODO/DONE) had Dhruv's correction
// of his own surname ignored, Bea and Owen unread, Owen's correction sent to Dhruv, Kezia (thanked
// by text, DONE) and Alexandra (thanked in person) written to, and Felix's praise sent to Naomi.
#[test]
fn a_logseq_outline_is_read_by_its_blocks_and_its_tasks() {
    let t = Test::copy_of("tests/fixtures/styles/logseq");
    let d = t.draft_built_at("2026-11-11", "northwind-ledger/2026-11-10-research-lead-r2.md");
    assert!(
        d.contains("- Send by **Wednesday, November 11**: an email to Dhruv Malhotra, an email to Owen Fitzgerald, and an email to Tessa Lam."),
        "{d}"
    );
    assert!(d.contains("Your note says to thank Bea Santos on LinkedIn"), "{d}");
    assert!(d.contains("Your note says Kezia Brathwaite has had a thank-you already"), "{d}");
    let messages = d.split("\n---\n").skip(1).collect::<String>();
    assert!(!messages.contains("Mehrotra"), "the note says it is Malhotra: {d}");
    let owen = d.split("## Owen Fitzgerald").nth(1).unwrap().split("## Tessa").next().unwrap();
    assert!(owen.contains("I said the Loopwell onboarding study had 38 participants, but in fact it was 28."), "{d}");
    assert!(!owen.contains("the right number"), "sending the right number is the correction: {d}");
    let tessa = d.split("## Tessa Lam").nth(1).unwrap();
    assert!(tessa.contains("meeting me in the lobby") && !tessa.contains("how you approach your work"), "{d}");
    assert!(d.contains("\"he stopped me at the synthesis wall photo: "), "listed, for Dhruv: {d}");
    let d = t.draft_built_at("2026-11-27", "hearthstone-health/2026-11-26-final-round.md");
    assert!(d.contains("an email to Naomi Achterberg, an email to Felix Oyelaran, and a card to Hannah."), "{d}");
    assert!(d.contains("Your note says Alexandra Petrov has had a thank-you already"), "{d}");
    let naomi = d.split("## Naomi Achterberg").nth(1).unwrap().split("## Felix").next().unwrap();
    assert!(!naomi.contains("night-shift"), "Felix's praise: {d}");
    // Her praise, quoted under her block, told back to her without its "clearly".
    assert!(
        naomi.contains("I was especially glad that you said I think about clinicians as users, not obstacles."),
        "{d}"
    );
    assert!(!d.contains("\"You clearly think about clinicians"), "{d}");
}

// Set 47: the head chef who said hello on the tour had a letter; the CEO seen across the floor
// ("didn't speak to her") had one "for our conversation"; Shane, whose thanks the plan sends
// through Aoife, had an email with no address; another company's offer, in the private section,
// became "I'm delighted to have received the offer" to this one's hiring manager.
#[test]
fn one_met_in_passing_or_not_at_all_is_written_nothing_and_another_firm_s_offer_is_not_this_one_s() {
    let t = Test::new();
    t.write(
        "liffey/2026-11-11-first-round.md",
        "# Liffey Live Events – first round\n\nWednesday 11 November 2026\n\n\
         | Name | Role | Email | Notes |\n| --- | --- | --- | --- |\n\
         | Aoife Brennan | Head of Events | aoife@liffeylive.ie | Ran it. Sent the invite herself. |\n\
         | Lukas Nowak | Head Chef | — | Said hello in the kitchen on the tour. That's it. |\n\
         | Shane | Ops Coordinator | — | Gave me the tour of the warehouse after. |\n\n\
         Also saw Róisín Healy (CEO) across the floor on a call – didn't speak to her.\n\n\
         **Private**\n\n- Verbal OFFER from Glasshouse Venues this morning, €54k. Don't mention it here.\n\n\
         **Next steps**\n\n- [ ] Thank-you email to Aoife – say thanks to Shane for the tour through her (no contact for him)\n",
    );
    let d = t.draft_built_at("2026-11-12", "liffey/2026-11-11-first-round.md");
    assert!(d.contains("- Send by **Thursday, November 12**: an email to Aoife Brennan."), "{d}");
    assert!(
        d.contains("- You met Lukas Nowak only in passing, your note says, and it plans no thanks for them: no message is drafted."),
        "{d}"
    );
    assert!(!d.contains("## Róisín") && !d.contains("## Lukas") && !d.contains("## Shane"), "{d}");
    assert!(d.contains("Aoife Brennan passes your thanks on to Shane"), "{d}");
    assert!(!d.to_lowercase().contains("offer"), "Glasshouse's offer is not Liffey's: {d}");
    let run = t.run_at("2026-11-12", &["inspect"]);
    assert!(!run.stdout.contains("status          offer"), "{}", run.stdout);
}

// Set 60 (Aéro Laurentide): "Pas besoin de le re-remercier, il a déjà eu le sien", and a
// correction still owed to him: a follow-up that sets it straight, with no second thank-you.
#[test]
fn one_thanked_already_by_email_gets_a_follow_up_with_what_is_left_to_set_straight() {
    let t = Test::new();
    let note = "aero/2026-12-01-second.md";
    t.write(
        note,
        "---\ncompany: Aéro Laurentide\nposition: Senior Accountant\ndate: 2026-12-01\n\
         interviewers:\n  - Stéphane Bouchard, Controller\n  - Priya Raman, Director FP&A\n---\n\n\
         Stéphane Bouchard: thank-you email sent already on 2 Dec, he replied.\n\n\
         ## Clarify\n\n- Told Stéphane the month-end close takes 5 days. It's 6 days.\n",
    );
    let d = t.draft_built_at("2026-12-02", note);
    let follow_up =
        d.split("## Stéphane Bouchard, Controller · email, a follow-up").nth(1).unwrap_or_else(|| panic!("{d}"));
    let follow_up = follow_up.split("\n---\n").next().unwrap_or_default();
    assert!(follow_up.contains("**Subject:** Following up — Senior Accountant interview"), "{follow_up}");
    assert!(follow_up.contains("I'm writing to follow up on our conversation on"), "{follow_up}");
    assert!(follow_up.contains("5 days") && follow_up.contains("6 days"), "{follow_up}");
    assert!(!follow_up.contains("Thank you for"), "no second thank-you: {follow_up}");
    // Priya is thanked as ever, and the correction is Stéphane's alone.
    assert!(d.contains("## Priya Raman, Director FP&A"), "{d}");
    assert!(!d.contains("\"Told Stéphane"), "not listed to write: {d}");
}

// Set 60 (Nordlys): the recruiter asked for no thank-you notes to the panel or to her, and to
// have what was promised sent to her, to forward; she is still the one to ask about the decision.
#[test]
fn with_thanks_refused_what_is_owed_goes_to_the_recruiter_to_pass_on_and_she_gets_the_check_in() {
    let t = Test::new();
    let note = "nordlys/2026-11-25-final.md";
    t.write(
        note,
        "---\ncompany: Nordlys Games\nposition: Platform Engineer\ndate: 2026-11-25\n\
         interviewers:\n  - Lars-Erik Nygaard, Engineering Manager\n\
         recruiter: Ingrid Haugen\nrecruiter_email: ingrid.haugen@nordlys.example\n---\n\n\
         Ingrid reminded me: \"Please don't send thank-you notes — not to the panel and not to me, honestly. \
         Materials you promised: send to me, I forward.\"\n\n\
         ## What went wrong\n\n- Forgot to mention I have the CKA certificate.\n",
    );
    let d = t.draft_built_at("2026-11-26", note);
    assert!(d.contains("## Ingrid Haugen"), "{d}");
    assert!(d.contains("· email, a follow-up"), "{d}");
    assert!(d.contains("Would you be kind enough to pass this on to Lars-Erik?"), "{d}");
    assert!(d.contains("CKA certificate"), "{d}");
    assert!(!d.contains("Thank you for your help"), "no thanks, as she asked: {d}");
    assert!(!d.contains("To add in your own words"), "her rule is read, not listed: {d}");
    let check_in = d.split("## Check-in").nth(1).unwrap_or_else(|| panic!("{d}"));
    assert!(check_in.contains("**To:** Ingrid Haugen <ingrid.haugen@nordlys.example>"), "{check_in}");
    assert!(check_in.contains("Dear Ingrid,"), "{check_in}");
}

// Set 61: `- Anita: Kirkpatrick L3 story — she said …` was "I was especially glad to tell you
// about the you: Kirkpatrick L3 story."
#[test]
fn the_name_a_highlight_is_labelled_with_is_whose_it_is_and_no_part_of_it() {
    let t = Test::new();
    let note = "lakeshore/2026-11-19-panel.md";
    t.write(
        note,
        "---\ncompany: Lakeshore Health\ndate: 2026-11-19\ninterviewers:\n  - Anita Desai, Director\n  - Kelsey Nguyen, Nurse Educator\n---\n\n\
         ## What landed\n\n- Anita: Kirkpatrick L3 story — she said \"nobody ever actually gets to Level 3.\" \
         Laughed at the 90-slide \"quick review\" line.\n",
    );
    let d = t.draft_built_at("2026-11-20", note);
    assert!(!d.contains("you:") && !d.contains("Anita:  "), "{d}");
    let kelsey = d.split("## Kelsey Nguyen").nth(1).unwrap_or_else(|| panic!("{d}"));
    assert!(!kelsey.contains("Kirkpatrick"), "Anita's, not Kelsey's: {kelsey}");
}

// Set 64 (St Finbarr's): the letter to the Director of Nursing was dated 27 November, the day its
// thanks were due, and said "I'm delighted to have received the offer", which came on 4 December.
#[test]
fn a_letter_that_tells_of_news_since_the_interview_is_dated_as_it_is_posted() {
    let t = Test::new();
    let note = "stfinbarrs/2026-11-26-stage-2.md";
    let text = "---\ncompany: St Finbarr's\nposition: CNM2 ICU\ndate: 2026-11-26\n\
                interviewers:\n  - Eileen Fitzgerald, Director of Nursing\n---\n\n\
                ## Good bits\n\n- Eileen liked my idea of a nurse-led follow-up clinic.\n\n\
                ## Activity\n\n4 Dec: GRACE RANG. Got the offer!\n";
    t.write(note, text);
    let d = t.draft_built_at("2026-12-07", note);
    assert!(d.contains("I'm delighted to have received the offer"), "{d}");
    assert!(
        d.contains(
            "- Send as soon as you can: a letter to Eileen Fitzgerald. They were due by Friday, November 27, \
             and they mention the news your note records since: date each letter the day you post it."
        ),
        "{d}"
    );
    assert!(!d.contains("November 27, 2026"), "no letter dated before the news: {d}");
    // Without the news, the letter is dated the day it is due.
    t.write(note, text.replace("Got the offer!", "Nothing yet."));
    let d = t.draft_built_at("2026-12-07", note);
    assert!(d.contains("- Send by **Friday, November 27**: a letter to Eileen Fitzgerald."), "{d}");
    assert!(d.contains("\nFriday, November 27, 2026\n") || d.contains("\nNovember 27, 2026\n"), "{d}");
}

// Set 71 (Liffey): a claim the writer wants nobody to know of was sent as "I said it is in
// progress, but in fact it is NOT in progress.", and the question that drew it was recalled as
// "I enjoyed your questions about my CORU registration".
#[test]
fn what_nobody_may_know_is_in_no_letter_nor_the_question_that_drew_it() {
    let t = Test::new();
    let note = "liffey/2026-12-03-screen.md";
    t.write(
        note,
        "---\ncompany: Liffey Clinical Diagnostics\ndate: 2026-12-03\ninterviewers:\n  - Aisling Doherty, Laboratory Manager\n---\n\
         ## Went not well\n\n- Aisling asked about my CORU registration (you need it to work here). I said \"it is in progress\". \
         It is NOT in progress, I didn't start yet!!! Nobody must know that I said this.\n",
    );
    let d = t.draft_built_at("2026-12-04", note);
    assert!(d.contains("## Aisling Doherty"), "{d}");
    let messages = d.split_once("\n---\n").map_or("", |(_, m)| m);
    assert!(!messages.contains("CORU") && !messages.contains("in progress"), "{d}");
    assert!(!d.contains("but in fact"), "{d}");
    let inspect = t.run_at("2026-12-04", &["inspect"]).stdout;
    assert!(inspect.contains("Nobody must know that I said this. → private"), "{inspect}");
}
