//! The note's own timeline (issue 13): by when the company will decide, where the interview
//! stands in the process, and what the note says was already sent or answered, as the draft,
//! `status` and the dashboard take them.

use crate::support::Test;

/// A note of an onsite on Thursday, November 5, 2026, with `body` under its front matter.
fn larkspur(body: &str) -> Test {
    let t = Test::new();
    t.write(
        "larkspur/2026-11-05-onsite.md",
        format!(
            "---\ncompany: Larkspur\nposition: Platform Engineer\ndate: 2026-11-05\nstage: onsite\ninterviewers:\n  - Nina Brooks, Engineering Manager\n  - Omar Haddad, Staff Engineer <omar@larkspur.example> (emailed)\n---\n{body}"
        ),
    );
    t
}

fn draft(t: &Test) -> String {
    let run = t.run_at("2026-11-06", &["build"]);
    assert!(run.code == 0, "{}", run.stderr);
    t.read("larkspur/2026-11-05-onsite.followup.md")
}

#[test]
fn a_decision_date_in_the_note_sets_the_check_in_and_the_letters_look_forward_to_it() {
    let t = larkspur("## Next steps\n\n- They'll decide by next Wednesday.\n");
    let d = draft(&t);
    assert!(d.contains("If you have not heard back by **Thursday, November 12**, send the check-in"), "{d}");
    assert!(
        d.contains("I understand there should be news by Wednesday, November 11, and I look forward to it."),
        "{d}"
    );
    assert!(
        d.contains("I understand a reply is expected by Wednesday, November 11, and I'm looking forward to it."),
        "{d}"
    );
    assert!(d.contains("I understand you hoped to be in touch by Wednesday, November 11."), "the check-in: {d}");
}

#[test]
fn a_letter_the_post_would_bring_on_the_day_of_the_decision_is_flagged_in_the_plan() {
    let d = draft(&larkspur("They'll decide by next Wednesday.\n"));
    assert!(
        d.contains("- Sent by post on Friday, November 6, your thanks may reach Nina Brooks only on Wednesday, November 11, the day they mean to decide: hand a card in at their office instead, or email anyone you have already corresponded with."),
        "only the letter, not Omar's email: {d}"
    );
    let d = draft(&larkspur("They'll decide by Tuesday, November 10.\n"));
    assert!(
        d.contains("only on Wednesday, November 11, after the answer they expect to give by Tuesday, November 10:"),
        "{d}"
    );
    let d = draft(&larkspur("They'll decide by Friday, November 20.\n"));
    assert!(!d.contains("Sent by post"), "in time: {d}");
}

#[test]
fn a_next_round_on_a_day_the_note_names_takes_the_check_in_s_place() {
    // Set 39: a check-in dated a week after the second round asked "for any update on the timeline"
    // and looked forward to the round it came after.
    let d = draft(&larkspur("The next step is a second round with the team, probably next Monday, the 9th.\n"));
    assert!(d.contains("- No check-in: your next round is on **Monday, November 9**, your notes say."), "{d}");
    assert!(!d.contains("## Check-in") && !d.contains("checked in with you"), "{d}");
    let d = draft(&larkspur("A second round might follow, if they move me forward.\n"));
    assert!(d.contains("## Check-in") && !d.contains("No check-in"), "only hoped for: {d}");
}

#[test]
fn the_post_does_not_run_on_the_days_off_the_note_names() {
    // Posted on Wednesday, November 25: without Thanksgiving and the Friday after, the letter is
    // there on Monday, November 30, before the decision; with them, on Wednesday, December 2.
    let t = Test::new();
    t.write(
        "larkspur/2026-11-24-onsite.md",
        "---\ncompany: Larkspur\nposition: Platform Engineer\ndate: 2026-11-24\ninterviewers:\n  - Nina Brooks, Engineering Manager\n---\nThey'll decide by Tuesday, December 1, after the Thanksgiving break.\n",
    );
    let run = t.run_at("2026-11-24", &["build"]);
    assert!(run.code == 0, "{}", run.stderr);
    let d = t.read("larkspur/2026-11-24-onsite.followup.md");
    assert!(
        d.contains("your thanks may reach Nina Brooks only on Wednesday, December 2, after the answer they expect to give by Tuesday, December 1:"),
        "{d}"
    );
}

#[test]
fn a_note_that_says_the_thanks_went_or_the_answer_came_needs_no_new_thank_you_or_check_in() {
    let t = Test::copy_of("tests/fixtures/styles/prose");
    let out = t.run_at("2026-07-22", &["status", "--json"]);
    let due: Vec<serde_json::Value> = serde_json::from_str(&out.stdout).unwrap();
    let of = |company: &str| -> Vec<String> {
        due.iter().filter(|d| d["company"] == company).map(|d| d["kind"].as_str().unwrap().to_owned()).collect()
    };
    // "Sent thank-you emails to Lena that evening.": the check-in only.
    assert_eq!(of("Brightwater Labs"), ["check-in"], "{}", out.stdout);
    // "got a rejection email": nothing more to send.
    assert_eq!(of("Cobalt Freight"), Vec::<String>::new(), "{}", out.stdout);
    t.run_at("2026-07-22", &["build"]);
    let brightwater = t.read("2026-07-14-brightwater.followup.md");
    assert!(
        brightwater.contains("- Your thanks are sent, your note says: the messages below (an email to Lena Ortiz) are kept for reference.")
            && !brightwater.contains("Send by")
            && !brightwater.contains("Find a postal address"),
        "{brightwater}"
    );
    let cobalt = t.read("2026-07-21-cobalt.followup.md");
    assert!(!cobalt.contains("## Check-in"), "{cobalt}");
    assert!(cobalt.contains("Thank you again for considering me for the Site Reliability Engineer role."), "{cobalt}");
}

// Set 70 (ATC): "I'd like to correct one thing. I said my uni contract ends…", in a follow-up to
// the HR advisor who had just turned her down. A reply to a rejection sets nothing straight; it
// asks for feedback, each letter in its own words, and keeps what was promised.
#[test]
fn a_reply_to_a_rejection_asks_for_feedback_and_sets_nothing_straight() {
    let t = larkspur(
        "## What I got wrong\n\n- I said the migration took a month, but in fact it took six weeks.\n\
         - Forgot to mention my on-call rota work.\n- Promised Nina the runbook template.\n\n\
         ## Update\n\nThey went with another candidate.\n",
    );
    let d = draft(&t);
    assert!(!d.contains("six weeks") && !d.contains("rota"), "{d}");
    assert!(d.contains("runbook template"), "the promise is kept: {d}");
    let asks = ["any feedback on my interview with you", "where I could have been stronger"];
    for ask in asks {
        assert_eq!(d.matches(ask).count(), 1, "{ask}: {d}");
    }
    assert!(!d.contains("## Check-in"), "{d}");
    let inspect = t.run_at("2026-11-06", &["inspect", "--json"]).stdout;
    assert_eq!(inspect.matches("left out: the company has decided").count(), 2, "{inspect}");
}

#[test]
fn an_obsidian_status_tag_sets_the_status() {
    let t = larkspur("Went fine.\n\n#status/advanced\n");
    let out = t.run_at("2026-11-06", &["status", "--json"]);
    assert!(!out.stdout.contains("\"check-in\""), "advanced: no check-in: {}", out.stdout);
    let d = draft(&t);
    assert!(!d.contains("## Check-in"), "{d}");
}

#[test]
fn a_decision_date_key_of_the_notes_own_sets_the_check_in() {
    let t = Test::new();
    t.write(
        "acme/2026-11-05-final.md",
        "---\ncompany: Acme\ndate: 2026-11-05\ndecision_date: 2026-11-13\ninterviewers:\n  - Ana Souza, CTO\n---\n",
    );
    let run = t.run_at("2026-11-06", &["build"]);
    assert!(run.code == 0, "{}", run.stderr);
    let d = t.read("acme/2026-11-05-final.followup.md");
    // Friday the 13th: the check-in on the Monday after it.
    assert!(d.contains("If you have not heard back by **Monday, November 16**"), "{d}");
    assert!(d.contains("by Friday, November 13"), "{d}");
}

#[test]
fn one_already_thanked_gets_no_new_thank_you_and_the_others_still_do() {
    let t = larkspur(
        "Thank-you sent: Omar ✅, Nina ❌ (no email)\n\n## Omar\n\n- send Omar the load-test results\n\n\
         ## Nina\n\n- Nina liked my rollout plan\n",
    );
    let d = draft(&t);
    assert!(d.contains("## Nina Brooks, Engineering Manager"), "{d}");
    // No second thank-you to Omar: a follow-up sends what was promised him.
    assert!(d.contains("- Your note says Omar Haddad has had a thank-you already, so none is drafted here: the follow-up to Omar Haddad below sets straight what your note still has for them"), "{d}");
    let omar = d.split("## Omar Haddad").nth(1).unwrap_or_else(|| panic!("{d}"));
    assert!(omar.contains(" · email, a follow-up"), "{omar}");
    assert!(omar.contains("As promised, here are the load-test results."), "{omar}");
    assert!(!omar.contains("Thank you for"), "{omar}");
    // Both marked: the draft keeps every message for reference, as `thanked: true` does.
    let t = larkspur("Thank-you sent: Omar ✅, Nina ✅\n");
    let d = draft(&t);
    assert!(d.contains("Your thanks are sent, your note says"), "{d}");
    assert!(d.contains("## Omar Haddad"), "{d}");
}

// Set 41: `Thank Lacey by phone when she calls`, `call Gary, thank him`, `Tell Luis thanks when I
// see him` each had a letter or a card.
#[test]
fn one_the_note_says_to_thank_by_phone_by_text_or_in_person_gets_no_written_message() {
    let t = larkspur(
        "Recruiter: Priya Shah <priya@larkspur.example>\n\n## Went well\n\n- Nina liked my rollout plan\n\n\
         ## To clarify\n\n- I told Nina we ran Kafka, but we actually ran Pulsar.\n\n## To do\n\n\
         - [ ] call Nina, thank her\n- [ ] text priya thanks\n",
    );
    let d = draft(&t);
    assert!(!d.contains("## Nina Brooks") && !d.contains("## Priya Shah"), "no message to either: {d}");
    assert!(d.contains("## Omar Haddad"), "Omar is written to as ever: {d}");
    assert!(
        d.contains(
            "- Your note says to thank Nina Brooks by phone and Priya Shah by text: do it by **Friday, November 6**."
        ),
        "{d}"
    );
    assert!(
        d.contains("\"I told Nina we ran Kafka, but we actually ran Pulsar.\": the message to Nina Brooks"),
        "what was for Nina is hers to say: {d}"
    );
    let omar = d.split("## Omar Haddad").nth(1).unwrap();
    assert!(!omar.contains("rollout plan") && !omar.contains("Pulsar"), "not given to Omar: {d}");
    assert!(d.contains("**To:** Priya Shah <priya@larkspur.example>"), "the check-in still goes to Priya: {d}");
    let run = t.run_at("2026-11-06", &["inspect"]);
    assert!(run.stdout.contains("Nina Brooks, Engineering Manager — interviewer, phone"), "{}", run.stdout);
    assert!(run.stdout.contains("rollout plan → left out: your note says to thank them yourself"), "{}", run.stdout);
}

// Set 42: `Short email to Trudy tonight to pass on thanks to Gareth + Ola` had letters to Gareth
// and Ola, which the post would bring after the news.
#[test]
fn thanks_the_note_says_another_passes_on_are_asked_for_in_their_message() {
    let t = larkspur(
        "Coordinator: Priya Shah <priya@larkspur.example>\n\n## Went well\n\n- Nina liked my rollout plan\n\n\
         ## Thank you\n\nShort email to Priya tonight to pass on thanks to Nina + Omar.\n",
    );
    let d = draft(&t);
    assert!(!d.contains("## Nina Brooks") && !d.contains("## Omar Haddad"), "no message to either: {d}");
    assert!(
        d.contains("- Your note says Priya Shah passes your thanks on to Nina Brooks and Omar Haddad, so no message is drafted for them: the message to Priya Shah asks for it."),
        "{d}"
    );
    let priya = d.split("## Priya Shah").nth(1).unwrap();
    assert!(priya.contains("I'd be grateful if you would pass my thanks on to Nina and Omar as well."), "{d}");
    let run = t.run_at("2026-11-06", &["inspect"]);
    assert!(run.stdout.contains("Nina Brooks, Engineering Manager — interviewer, passed on"), "{}", run.stdout);
    assert!(run.stdout.contains("rollout plan → left out: Priya Shah passes your thanks on to them"), "{}", run.stdout);
}

// Set 41: the recruiter who "joined for first 5 min then dropped" was sent the correction of a
// figure the hiring manager heard.
#[test]
fn what_names_nobody_goes_to_those_who_stayed_not_to_one_met_in_passing() {
    let t = Test::new();
    t.write(
        "harvest/2026-11-16-screen.md",
        "---\ncompany: Harvest Lane\nposition: Buyer II\ndate: 2026-11-16\n---\n## People\n\n\
         - **Dana Whitfield** — Talent Acquisition Partner. Set it up, joined for first 5 min then dropped. dana@harvest.example\n\
         - **Greg Halvorsen** — Purchasing Manager. Hiring manager.\n\n\
         ## What I fumbled\n\n- I said our PPV was about 2% favorable, but it was actually 1.4% favorable.\n",
    );
    let run = t.run_at("2026-11-17", &["build"]);
    assert!(run.code == 0, "{}", run.stderr);
    let d = t.read("harvest/2026-11-16-screen.followup.md");
    let greg = d.split("## Greg Halvorsen").nth(1).unwrap();
    let dana = d.split("## Dana Whitfield").nth(1).unwrap().split("## Greg Halvorsen").next().unwrap();
    assert!(greg.contains("1.4% favorable"), "Greg heard it: {d}");
    assert!(!dana.contains("1.4% favorable"), "Dana had dropped: {d}");
}

#[test]
fn the_steps_the_note_says_come_next_are_looked_forward_to_and_the_others_are_not_said() {
    let t = larkspur(
        "## Next steps\n\n- Next: site tour, then a second conversation w/ Nina. Then the offer.\n- possible final w/ the CTO\n- practise the system design answer\n",
    );
    let d = draft(&t);
    assert!(
        d.contains("I'm looking forward to the site tour and then our next conversation."),
        "Nina's own conversation: {d}"
    );
    assert!(d.contains("I look forward to the site tour and then the second conversation with Nina."), "{d}");
    assert!(d.contains("I understand a final round with the CTO may follow, and I would welcome it."), "{d}");
    let letters = d.split("\n---\n").skip(1).collect::<String>();
    assert!(!letters.contains("the offer") && !letters.contains("system design"), "no step of the writer's: {d}");
    let run = t.run_at("2026-11-06", &["inspect"]);
    assert!(run.stdout.contains("  next steps:\n    - site tour\n    - second conversation with Nina\n    - final round with the CTO (maybe)\n"), "{}", run.stdout);
}

#[test]
fn a_panel_the_note_says_not_to_contact_gets_no_message_and_the_check_in_goes_through_the_contact() {
    let t = Test::new();
    let note = "ashford/2026-11-23 oral board.md";
    t.write(
        note,
        "# City of Ashford — Program Coordinator II\n\nPanel:\n- Harold Beaumont, Deputy Director\n- Aisha Rahman, Program Manager\n\
         Admin: Keisha Lamb, HR Analyst — read the rules, timed every answer.\n\n\
         - Aisha liked my tutoring data story.\n- Said the grant was $15,000. It was $12,500.\n\
         - City rule: NO contacting panel members directly. Everything through Keisha (klamb@ashford.example.gov).\n",
    );
    let d = t.draft_built_at("2026-11-24", note);
    assert!(
        d.contains("- Your note says not to contact the panel directly, so no message to its members is drafted here, and what you noted for them stays in your note: Keisha Lamb is your contact, and can pass your thanks on."),
        "{d}"
    );
    assert!(!d.contains("## Harold") && !d.contains("## Aisha") && !d.contains("Dear Aisha"), "{d}");
    assert!(d.contains("## Keisha Lamb, HR Analyst · email"), "she helped, and is the way in: {d}");
    assert!(d.contains("**To:** Keisha Lamb <klamb@ashford.example.gov>"), "the check-in is hers: {d}");
    assert!(!t.check().contains("Harold"), "no address is wanted for a letter not drafted: {}", t.check());
    // `status` and the dashboard owe the panel nothing either.
    let out = t.run_at("2026-11-24", &["status", "--json"]);
    let due: Vec<serde_json::Value> = serde_json::from_str(&out.stdout).unwrap();
    let thanks: Vec<&serde_json::Value> = due.iter().filter(|d| d["kind"] == "thank-you").collect();
    assert_eq!(thanks.len(), 1, "{}", out.stdout);
    assert_eq!(thanks[0]["who"], "Keisha Lamb", "{}", out.stdout);
    assert!(!t.read("DASHBOARD.md").contains("Harold Beaumont and"), "{}", t.read("DASHBOARD.md"));
    // A front-matter flag says it too, and the agency's recruiter is the one to go through; one
    // the note says to go through, though an interviewer, is written to.
    let flagged = "granite/2026-11-27.md";
    t.write(
        flagged,
        "---\ncompany: Granite Mutual\ndate: 2026-11-27\nagency_contact: Steph Morales\ndo_not_contact_gmcu_directly: true\n---\n\
         - **Craig Pemberton**, VP Member Experience (hiring mgr)\n- **Lauren Oyelaran**, Senior Data Analyst\n",
    );
    let d = t.draft_built_at("2026-11-28", flagged);
    assert!(
        d.contains("not to contact your interviewers directly") && d.contains("Steph Morales is your contact"),
        "{d}"
    );
    assert!(!d.contains("Dear Craig") && !d.contains("Dear Lauren") && d.contains("Dear Steph"), "{d}");
    let t2 = Test::new();
    t2.write(
        "marrow/2026-11-23.md",
        "---\ncompany: Marrow Hill\ndate: 2026-11-23\n---\n## People\n- Dr. Howard Prentiss, Dept. Chair\n- Gail Sorensen, Senior Business Officer\n\n\
         Gail asked for references. She said all follow-up goes through her, faculty are in finals. Don't email Prentiss directly.\n",
    );
    let d = t2.draft_built_at("2026-11-24", "marrow/2026-11-23.md");
    assert!(
        d.contains("Gail Sorensen is your contact")
            && d.contains("Dear Gail")
            && !d.contains("Dear Howard")
            && !d.contains("Dear Dr. Prentiss"),
        "{d}"
    );
    let flagged_off = "---\ncompany: Granite Mutual\ndate: 2026-11-27\nagency_contact: Steph Morales\ndo_not_contact_gmcu_directly: false\n---\n- **Craig Pemberton**, VP Member Experience\n";
    t.write(flagged, flagged_off);
    assert!(t.draft_built_at("2026-11-28", flagged).contains("Dear Craig"), "`false` is no rule");
    // Without the rule, the panel is thanked.
    t.write(
        note,
        t.read(note).replace("NO contacting panel members directly. Everything through Keisha", "Keisha was kind"),
    );
    let d = t.draft_built_at("2026-11-24", note);
    assert!(d.contains("Dear Aisha") && !d.contains("not to contact"), "{d}");
}

#[test]
fn a_promise_to_someone_the_note_does_not_list_is_not_sent_to_another() {
    let t =
        larkspur("- I told Raj I'd send him a sample onboarding plan. Promised to send Raj the plan by Wednesday.\n");
    let d = draft(&t);
    assert!(!d.contains("As promised"), "neither Nina nor Omar was promised it: {d}");
    assert!(d.contains("the message to whichever interviewer it concerns"), "listed instead: {d}");
    let t = larkspur("- Promised to send Nina the plan by Wednesday.\n");
    assert!(draft(&t).contains("As promised, here is the plan"), "{}", draft(&t));
}

#[test]
fn a_company_named_with_its_article_is_greeted_without_it() {
    let t = Test::new();
    let note = "the-alder-hotel/2026-11-28.md";
    t.write(note, "---\ncompany: The Alder Hotel\ndate: 2026-11-28\n---\n## What went well\n- The tour was great.\n");
    let d = t.draft_built_at("2026-11-28", note);
    assert!(d.contains("## The Alder Hotel hiring team") && d.contains("Dear Alder Hotel team,"), "{d}");
    assert!(!d.contains("The The") && !d.contains("Dear The"), "{d}");
}

// Sets 33 and 34: with no company named and nobody written to, the check-in was to "Dear your team
// team", "anyone at your team".
#[test]
fn a_check_in_with_no_company_named_greets_the_hiring_team() {
    let t = Test::new();
    let note = "2026-11-16-panel.md";
    t.write(note, "---\ndate: 2026-11-16\nstage: panel\ninterviewers:\n  - Martin Osei, Head Registrar\n---\n");
    let d = t.draft_built_at("2026-11-17", note);
    assert!(d.contains("Dear hiring team,"), "{d}");
    assert!(d.contains("You have not exchanged email with anyone there yet"), "{d}");
    assert!(!d.contains("your team team") && !d.contains("at your team"), "{d}");
}

// Set 35: `ray said he'd call by end of week (fri the 13th)`, and nobody written to: the
// check-in was to "Dear Kessler Electric team".
#[test]
fn the_check_in_goes_to_the_one_who_said_they_would_call() {
    let t = Test::new();
    let note = "kessler-electric/2026-11-09-interview.md";
    t.write(
        note,
        "kessler electric - mon nov 9\n\nmet w/ dale kessler (owner) and a guy named ray who's their field super or gen foreman, wasnt clear.\n\n\
         next - ray said he'd call by end of week (fri the 13th).\n",
    );
    let d = t.draft_built_at("2026-11-10", note);
    assert!(d.contains("## Ray · letter"), "{d}");
    assert!(d.contains("You have not exchanged email with Ray yet, so send this through the channel you have been using with them, such as a phone call, LinkedIn or the careers portal.\n\n**Subject:**"), "{d}");
    assert!(
        d.contains(
            "Dear Ray,\n\nI hope you're well. I wanted to follow up on my interview on Monday, November 9. I understand"
        ),
        "{d}"
    );
}

// Set 36: "Send by …: a letter to Kendra Oyelaran and an email to Mike P.." (a name's own stop).
#[test]
fn a_plan_line_ending_on_an_initial_has_one_full_stop() {
    let t = Test::new();
    let note = "brightline/2026-11-18-panel.md";
    t.write(note, "---\ncompany: Brightline\ndate: 2026-11-18\ninterviewers:\n  - Kendra Oyelaran, Site Manager\n  - Mike P., HR Business Partner\n---\n");
    let d = t.draft_built_at("2026-11-18", note);
    assert!(d.contains("a letter to Kendra Oyelaran and a letter to Mike P.\n"), "{d}");
    assert!(!d.contains("P.."), "{d}");
}

// Set 35: `send through Brennan per his rule, he'll forward`, Brennan unlisted: the check-in was
// to "Dear Marsh & Oyelaran LLP team".
#[test]
fn the_check_in_goes_to_the_one_who_passes_the_thanks_on() {
    let t = Test::new();
    let note = "marsh-oyelaran/2026-11-10-first-round.md";
    t.write(
        note,
        "+++\ndate = 2026-11-10\ncompany = \"Marsh & Oyelaran LLP\"\nstage = \"first-round\"\ninterviewers = [\"Denise Huang (Paralegal Manager)\", \"Graham Oyelaran (Partner)\"]\n+++\n\n\
         In person at their office.\n\n**Follow-up:**\n- Thank-you to Denise and Graham — send through Brennan per his rule, he'll forward.\n",
    );
    let d = t.draft_built_at("2026-11-11", note);
    assert!(d.contains("send those to your interviewers below to Brennan, who will pass them on"), "{d}");
    assert!(d.contains("Dear Brennan,\n\nI hope you're well."), "{d}");
}

// Set 25: `Janelle asked that ALL follow-up come to her, not to the attorneys directly`, Janelle
// having interviewed: her letter recalls what she liked; the partner gets none.
#[test]
fn a_contact_who_interviewed_gets_her_own_letter_and_the_others_none() {
    let t = Test::new();
    let note = "brindle/2026-11-25.md";
    t.write(
        note,
        "---\ncompany: Brindle LLP\ndate: 2026-11-25\ninterviewers:\n  - Janelle Moreau, Senior Paralegal\n\
         \x20 - Gregory Oakes, Partner\n---\n## What went well\n- Janelle liked my deposition digest.\n\
         - Gregory liked my e-discovery answer.\n\n## Notes\nJanelle asked that ALL follow-up come to her, not to the \
         attorneys directly.\n",
    );
    let d = t.draft_built_at("2026-11-25", note);
    assert!(d.contains("## Janelle Moreau") && !d.contains("## Gregory Oakes"), "{d}");
    assert!(
        d.contains("deposition digest") && !d.contains("I was especially glad that you liked my e-discovery"),
        "{d}"
    );
}

// Set 25: "Please send everything through me, including thank-you notes — I'll make sure the
// panel gets them": the panel is thanked, in letters sent to Colleen; none needs a postal address.
#[test]
fn thanks_the_contact_passes_on_are_drafted_for_her_to_pass_on() {
    let t = Test::new();
    let note = "st-aldric/2026-11-23.md";
    t.write(
        note,
        "---\ncompany: St. Aldric\ndate: 2026-11-23\nreferred_by: Tom Baker\n---\n## Contacts\n\n| Name | Title | Email |\n|---|---|---|\n\
         | Deborah Kincaid | Director of Critical Care | — |\n\
         | Colleen Hartwell | Talent Acquisition Coordinator | chartwell@staldric.example |\n\n\
         ## What went well\n- Deborah said my answer on the staffing grid was \"very grounded.\"\n- Deborah said \
         they'd decide by Friday.\n\n## Next\n- Colleen's instruction: *\"Please send everything through me, including \
         thank-you notes — I'll make sure the panel gets them.\"*\n",
    );
    let d = t.draft_built_at("2026-11-23", note);
    assert!(
        d.contains(
            "Your note says your thank-you notes go through Colleen Hartwell: send those to your interviewers below \
             to Colleen Hartwell (chartwell@staldric.example), who will pass them on."
        ),
        "{d}"
    );
    assert!(d.contains("## Deborah Kincaid") && !d.contains("Find a postal address"), "{d}");
    // (Set 27: nor does her letter ask to check in with her: she was not to be written to.)
    let deborah = message(&d, "Deborah Kincaid");
    assert!(!deborah.contains("checked in") && !deborah.contains('?'), "no question asked of her: {deborah}");
    assert!(d.contains("you said my answer on the staffing grid was \"very grounded.\"\n"), "one full stop: {d}");
    assert!(!d.contains("decide by Friday."), "what happens next is no highlight: {d}");
    // (Set 28: a letter handed on was laid out for the post, and the contact's own message did
    // not say what to pass on.)
    assert!(
        d.contains("## Deborah Kincaid, Director of Critical Care · letter, through Colleen Hartwell\n\nDear Deborah,"),
        "{d}"
    );
    let colleen = message(&d, "Colleen Hartwell");
    assert!(colleen.contains("my thank-you note to Deborah") && colleen.contains("pass it on?"), "{colleen}");
    // (Set 32: the card to the one who referred you went through the coordinator too.)
    assert!(d.contains("## Tom Baker · card\n"), "{d}");
    assert!(!colleen.contains("Tom"), "{colleen}");
}

// Set 33: the recruiter who ran the phone screen alone said all thank-yous "go thru her": she
// was left without a message (the rule read as one against her), and the plan told the user to
// send "your interviewers below" through her when there were none.
#[test]
fn a_recruiter_who_ran_the_screen_and_takes_the_thanks_is_thanked_herself() {
    let t = Test::new();
    let note = "st-brigids/2026-11-06-phone-screen.md";
    t.write(
        note,
        "+++\ndate = 2026-11-06\ncompany = \"St. Brigid's Medical Center\"\nstage = \"screen\"\nformat = \"phone, 25 min\"\n\
         interviewers = [\"Denise Whitcomb (HR Talent Acquisition)\"]\ncontact_email = \"dwhitcomb@stbrigidsmc.org\"\n+++\n\n\
         Phone screen w/ Denise from HR. just her.\n\nDenise emailed me first to schedule, have her email.\n\n\
         rule she gave me: all communication/thank yous go thru her, don't email the dept staff directly, she forwards.\n",
    );
    let d = t.draft_built_at("2026-11-06", note);
    assert!(d.contains("## Denise Whitcomb, HR Talent Acquisition · email"), "{d}");
    assert!(!d.contains("not to contact") && !d.contains("who will pass them on"), "{d}");
    assert!(d.contains("Thank you for speaking with me by phone on Friday, November 6"), "the format says phone: {d}");
}

// Set 33: "thank yous go through Jo, NOT directly to Curtis or board" had the thanks go through
// Curtis (the first of the note's people the line names), and "send Curtis the 90-day plan
// outline (via Jo)" was "As promised" in Jo's letter too.
#[test]
fn the_thanks_go_through_the_one_named_first_and_a_promise_to_the_one_it_was_made_to() {
    let t = Test::new();
    let note = "riverbend/2026-11-23-search-committee.md";
    t.write(
        note,
        "# Riverbend — search committee interview\n\nDate: November 23, 2026 11:30 AM (CST)\n\
         Interviewers: Curtis Nwachukwu (Executive Director), Ellen Marsh (Board Treasurer), Jo Pettibone (observing)\n\n\
         <aside>\n💡 Reminder: thank yous go through Jo, NOT directly to Curtis or board. Jo said one short note per \
         person is fine, she'll forward same day.\n\n</aside>\n\n## Promised\n\n- send Curtis the one-page 90-day plan \
         outline (via Jo)\n",
    );
    let d = t.draft_built_at("2026-11-23", note);
    assert!(d.contains("Your note says your thank-you notes go through Jo Pettibone"), "{d}");
    let jo = message(&d, "Jo Pettibone");
    assert!(jo.contains("Would you please pass them on?") && !jo.contains("As promised"), "{jo}");
    assert!(!jo.contains("forward same day"), "how to send the thanks is no highlight: {jo}");
    let curtis = message(&d, "Curtis Nwachukwu");
    assert!(curtis.contains("As promised, here is the one-page 90-day plan outline."), "{curtis}");
}

// Set 34: the office manager who called for the phone screen, alone, was thanked "for your help
// with my phone screen" in a 28-word note.
#[test]
fn the_one_assistant_of_a_phone_screen_ran_it() {
    let t = Test::new();
    let note = "bright-smile/2026-11-04-phone-screen.md";
    t.write(
        note,
        "---\ncompany: Bright Smile Family Dental\nrole: Registered Dental Hygienist\ndate: 2026-11-04\nstage: phone screen\n\
         people:\n  - name: Carla Mendez\n    title: Office Manager\n    email: carla@brightsmilefd.com\n---\n\n\
         Carla called at 12:15 on my lunch. She's the one who emailed me after I applied.\n",
    );
    let d = t.draft_built_at("2026-11-04", note);
    assert!(!d.contains("hiring team") && !d.contains("for your help with my phone screen"), "{d}");
    let carla = message(&d, "Carla Mendez");
    assert!(
        carla.contains(
            "Thank you for speaking with me by phone on Wednesday, November 4, about the Registered Dental Hygienist role"
        ),
        "{carla}"
    );
}

// Set 34: "Tonya said all follow up goes through her, 'the doctors don't check email, just send to
// me and I'll pass it on.'" drafted nothing for the doctors; "Dr Brennan liked the car line" was
// said of her in her own letter; and "Tonya will call by Tues 11/24" set no decision day.
#[test]
fn follow_up_passed_on_is_the_thanks_and_an_honorific_may_lose_its_stop() {
    let t = Test::new();
    let note = "lakeshore/2026-11-18-panel.md";
    t.write(
        note,
        "---\ncompany: Lakeshore Periodontics\nrole: Periodontal Hygienist\ndate: 2026-11-18\npeople:\n\
         \x20 - name: Dr. Alicia Brennan\n    title: Periodontist\n  - name: Tonya Greer\n    title: Practice Administrator\n\
         \x20   email: tgreer@lakeshoreperio.com\n---\n\nThings they liked:\n- Dr Brennan liked my oil-change analogy\n\n\
         Rule: Tonya said all follow up goes through her, \"the doctors don't check email, just send to me and I'll pass \
         it on.\"\n\nnext step: second round w/ top 2, Tonya will call by Tues 11/24.\n",
    );
    let d = t.draft_built_at("2026-11-18", note);
    assert!(d.contains("## Dr. Alicia Brennan, Periodontist · letter, through Tonya Greer"), "{d}");
    assert!(d.contains("I was especially glad that you liked my oil-change analogy."), "{d}");
    assert!(d.contains("news by Tuesday, November 24"), "{d}");
}

// Set 20: a note that names only the assistant who brought coffee still thanks those who
// interviewed, as the team, and what to set straight is theirs.
#[test]
fn a_note_naming_only_one_who_helped_still_thanks_the_team() {
    let t = Test::new();
    let note = "wkrl-radio/2026-11-25.md";
    t.write(
        note,
        "---\ncompany: WKRL Radio\ndate: 2026-11-25\n---\nBeth, the station manager's assistant, moved it to today. \
         Beth also brought me coffee.\n\n## Didn't mention\n- forgot to mention my FCC license\n",
    );
    let d = t.draft_built_at("2026-11-25", note);
    assert!(d.contains("## The WKRL Radio hiring team") && d.contains("## Beth"), "{d}");
    let team = d.split("## Beth").next().unwrap_or_default();
    assert!(team.contains("FCC license"), "the thing not mentioned is for the team: {d}");
}

#[test]
fn a_rule_about_some_or_about_everything_is_kept_and_what_to_set_straight_goes_to_the_contact() {
    let t = Test::new();
    // Board members only: the others are thanked as ever.
    let board = "harvest/Open Harvest Interview (Nov 30 2026).md";
    t.write(
        board,
        "---\ncompany: Open Harvest\ndate: 2026-11-30\n---\nContact: Renata Suárez (Operations & HR Coordinator)\n\n\
         ## Who was on the call\n- **Maya Whitlock** — Executive Director\n- **Gordon Ashby** — Board Treasurer (volunteer)\n\n\
         ## What went well\n- Gordon liked the database migration story.\n- Maya liked my year-end appeal numbers.\n\n\
         ⚠️ Gordon is a board member — Renata said please don't reach out to board members directly.\n",
    );
    let d = t.draft_built_at("2026-12-01", board);
    assert!(d.contains("not to contact board members directly"), "{d}");
    assert!(d.contains("Dear Maya") && !d.contains("Dear Gordon"), "{d}");
    assert!(!d.contains("database migration"), "what was Gordon's stays in the note: {d}");
    // Everything through the recruiter: the assistant who booked the room gets nothing either,
    // the recruiter's address makes an email, and a correction is listed for his message.
    let superday = "pellham/20261125_superday.md";
    t.write(
        superday,
        "---\ncompany: Pellham Ridge Capital\ndate: 2026-11-25\nrecruiter: \"Nathan Greer (external recruiter)\"\n\
         recruiter_email: ngreer@greer.example\ninternal_coordinator: \"Alexis Moore, Exec Asst to CFO\"\n---\n\
         **1 — Hannah Voss, VP FP&A**\n- She liked the driver-based opex build.\n\n\
         **2 — Sanjay Mehrotra, Director, Portfolio Operations**\n- I said our LBO covenant was 5.0x leverage — it was actually 5.5x.\n\n\
         **Loose ends**\n- Nathan was clear: all comms through him until offer stage.\n",
    );
    let d = t.draft_built_at("2026-11-26", superday);
    assert!(d.contains("## Nathan Greer, External Recruiter · email"), "{d}");
    assert!(!d.contains("Dear Alexis") && !d.contains("Dear Hannah") && !d.contains("Dear Sanjay"), "{d}");
    assert!(d.contains("LBO covenant") && d.contains("\": the message to Nathan Greer"), "{d}");
    assert!(!d.contains("opex build"), "a highlight is theirs to hear, not the recruiter's: {d}");
}

// Set 28: "I also appreciated that you laughed at my 3am coffee comment, good sign." sent the
// writer's own verdict to the charge nurse.
#[test]
fn the_writers_verdict_after_a_highlight_stays_in_the_note() {
    let t = Test::new();
    let note = "st-brigid/2026-11-23.md";
    t.write(
        note,
        "---\ncompany: St. Brigid\ndate: 2026-11-23\ninterviewers: [Luz Ortega, Charge Nurse]\n---\n\
         ## What went well\n- Luz laughed at my 3am coffee comment, good sign I think\n",
    );
    let d = t.draft_built_at("2026-11-23", note);
    assert!(d.contains("coffee comment") && !d.contains("good sign"), "{d}");
}

/// The message of draft `d` headed `## {heading}…`, up to the rule after it.
fn message<'d>(d: &'d str, heading: &str) -> &'d str {
    d.split(&format!("## {heading}")).nth(1).unwrap().split("\n---").next().unwrap()
}

// Set 47: `If nothing by Mon 14/12, email Harpreet.` went to the GM, on the day reckoned from the
// decision; the note had said whom, and when.
#[test]
fn the_check_in_goes_to_whom_and_on_the_day_the_note_says() {
    let t = Test::new();
    t.write(
        "jurong/2026-12-03-final.md",
        "---\ncompany: Jurong Components\nposition: Supply Planning Lead\ndate: 2026-12-03\n---\n\n\
         ## People\n\n- Goh Teck Seng, General Manager — goh.teckseng@jurong.example (email him)\n\
         - Harpreet Kaur, HR Manager — harpreet.kaur@jurong.example, she emailed me the schedule\n\n\
         ## Process\n\nFinal round. Decision by 11 December. If nothing by Tue 15 December, email Harpreet.\n",
    );
    let d = t.draft_built_at("2026-12-04", "jurong/2026-12-03-final.md");
    let check_in = d.split("## Check-in").nth(1).unwrap();
    assert!(d.contains("## Check-in · send on Tuesday, December 15 if you have not heard back"), "{d}");
    assert!(check_in.contains("Dear Harpreet,"), "{d}");
}

// Set 58, a 4Ls retro: `Company:  Mahlangu & Partners … - Rosebank` and `Post:` named the
// company with its suburb and the position as the company ("the Mahlangu & Partners Consulting
// Engineers role at Mahlangu & Partners Consulting Engineers - Rosebank"); "Themba - old school
// gentleman, proper warm." was recalled as "I was especially glad that you - old school
// gentleman, proper warm."; Johan, who "put my name forward", was thanked for his help with "my
// 1st interview of 2".
#[test]
fn a_retros_post_line_a_place_after_the_company_a_sketch_of_someone_and_a_referrer() {
    let t = Test::new();
    let note = "mahlangu-partners/2026-11-23-first-interview.md";
    t.write(
        note,
        "INTERVIEW RETRO (4Ls)\n\nCompany:  Mahlangu & Partners Consulting Engineers - Rosebank\n\
         Post:     Senior Civil Engineer - Water & Sanitation (Pr.Eng required)\n\
         Date:     Monday 23 November 2026, 10:00 SAST\n\
         Stage:    1st interview of 2. Charmaine will phone the shortlist by Fri 4 Dec.\n\n\
         Who was there:\n- Mr Themba Mahlangu Pr.Eng - Managing Director & founder\n\n\
         Johan Botha Pr.Eng (my mentor from my candidate years at Kopano) put my name forward. He wasn't there obviously.\n\n\
         LIKED\n\n- Themba - old school gentleman, proper warm. Asked about my ECSA registration.\n\n\
         TO DO\n\n- Johan - handwritten card, he doesn't do email.\n",
    );
    let d = t.draft_built_at("2026-11-23", note);
    assert!(
        d.contains(
            "about the Senior Civil Engineer - Water & Sanitation role at Mahlangu & Partners Consulting Engineers."
        ),
        "{d}"
    );
    assert!(!d.contains("Rosebank") && !d.contains("required"), "{d}");
    assert!(!d.contains("you - old school"), "{d}");
    assert!(d.contains("- \"Themba - old school gentleman, proper warm\": the message to Mr Themba Mahlangu"), "{d}");
    assert!(
        d.contains("## Johan Botha · card\n\nDear Johan,\n\nThank you for referring me for the Senior Civil Engineer"),
        "{d}"
    );
    assert!(d.contains("I had my first-round interview on Monday, November 23,"), "{d}");
}

// Set 58, TaskPaper: `- thank-you Lena via Tasha` and Greg's likewise, Tasha and the coordinator
// under `Logistics:`. Lena and Greg got letters to find addresses for; Tasha, who sat in no
// session, was thanked "for the chance to meet you"; the check-in went to the coordinator.
#[test]
fn thanks_sent_via_the_recruiter_go_through_her_and_logistics_lists_those_who_helped() {
    let t = Test::new();
    let note = "cascadia-freightworks/2026-12-02-virtual-onsite.md";
    t.write(
        note,
        "Cascadia Freightworks — Sr PM, Carrier Platform:\n\tvirtual onsite loop — round 3 of 4 @date(2026-12-02)\n\n\
         Interviewers:\n\t- Lena Park — Principal Data Scientist, Marketplace @person(Lena)\n\
         \t\tliked the guardrail metrics (tender acceptance rate, carrier churn)\n\
         \t- Greg Halvorsen — VP Product @person(Greg)\n\t\tliked the \"I killed my own feature\" story\n\n\
         Logistics:\n\t- Jamie Lin — Recruiting Coordinator @person(Jamie)\n\
         \t\tscheduled the loop, fixed the dead Zoom link for Lena's session\n\t\tjamie.lin@cascadiafreight.example\n\
         \t- Tasha Greene — Sr Technical Recruiter @person(Tasha)\n\t\ttasha.greene@cascadiafreight.example\n\n\
         Follow-ups:\n\t- thank-you Lena via Tasha\n\t- thank-you Greg via Tasha\n\t- thank Jamie, direct email\n",
    );
    let d = t.draft_built_at("2026-12-02", note);
    assert!(d.contains("## Lena Park, Principal Data Scientist, Marketplace · letter, through Tasha Greene"), "{d}");
    assert!(
        d.contains("I've included my thank-you notes to Lena and Greg below. Would you please pass them on?"),
        "{d}"
    );
    assert!(!d.contains("Find postal addresses"), "{d}");
    let tasha = d.split("## Tasha Greene").nth(1).unwrap_or_default();
    assert!(!tasha.contains("meet you") && !tasha.contains("our conversation"), "{tasha}");
    let check_in = d.split("## Check-in").nth(1).unwrap_or_default();
    assert!(check_in.contains("Dear Tasha,"), "{check_in}");
}

// Set 59, AsciiDoc: at the base the description list named no one ("Dear Talent,"), and the
// gossip after `WARNING: Mine only.` was listed to write into a message.
#[test]
fn an_asciidoc_note_names_its_people_and_keeps_what_is_marked_mine_only() {
    let t = Test::new();
    let note = "carrick-data-systems/2026-12-01-panel.md";
    t.write(
        note,
        "= Carrick Data Systems -- panel\n:company: Carrick Data Systems\n:role: Senior Technical Writer\n\
         :interview-date: 2026-12-01\n\n== Who was there\n\n\
         Douglas Reid:: Head of Developer Experience. mailto:douglas.reid@carrickdata.example[Douglas]\n\
         Fiona:: Fiona Dalgleish, Talent Partner (the recruiter). mailto:fiona.dalgleish@carrickdata.example[Fiona]\n\n\
         == How it went\n\n=== Douglas\n* liked the docs-as-code migration plan\n\n\
         WARNING: Mine only. Fiona said the band is £52-58k. And Raj let slip the last writer left \"because of the reorgs\".\n",
    );
    let d = t.draft_built_at("2026-12-01", note);
    assert!(d.contains("Dear Douglas,") && d.contains("Dear Fiona,"), "{d}");
    assert!(d.contains("you liked the docs-as-code migration plan"), "{d}");
    assert!(!d.contains("let slip") && !d.contains("52-58k") && !d.contains("Talent,"), "{d}");
}

#[test]
fn a_later_rounds_note_that_says_the_earlier_thanks_went_marks_that_draft_sent() {
    let t = Test::new();
    t.write(
        "drr/2026-11-09 panel.md",
        "---\ncompany: DRR\ndate: 2026-11-09\npeople:\n  - name: Hinemoa Parata\n    title: Manager\n  \
         - name: Jade Murray\n    role: coordinator\n    email: jade@drr.example\n---\n\n## Went well\n\n\
         - Hinemoa liked my flood-maps answer\n",
    );
    let second = "---\ncompany: DRR\ndate: 2026-11-18\npeople:\n  - name: Ana Sefo\n    title: Senior Advisor\n---\n\n";
    t.write("drr/2026-11-18 exercise.md", second);
    t.run_at("2026-11-19", &["build"]);
    assert!(t.read("drr/2026-11-09 panel.followup.md").contains("Send by"));
    // The later note, saved again with what went out: the earlier draft, unchanged itself, hears it.
    t.write(
        "drr/2026-11-18 exercise.md",
        format!(
            "{second}## Status\n\n- Round 1 thank-yous – all done:\n  - Jade – emailed 10 Nov ✔\n  \
             - Hinemoa – card posted 11 Nov ✔\n"
        ),
    );
    t.run_at("2026-11-19", &["build"]);
    let first = t.read("drr/2026-11-09 panel.followup.md");
    assert!(
        first.contains("- Your thanks are sent, your later note (2026-11-18 exercise.md) says:")
            && !first.contains("Send by"),
        "{first}"
    );
    let second = t.read("drr/2026-11-18 exercise.followup.md");
    assert!(second.contains("Send by"), "round 2's own thanks are still to send: {second}");
    // The same again writes nothing: what the later note told is the same.
    let again = t.run_at("2026-11-19", &["build"]);
    assert!(again.stdout.contains("0 drafts written, 2 unchanged"), "{}", again.stdout);
}
