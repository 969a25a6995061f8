//! The wording rules on the shapes real notes take: stages, salutations, highlights addressed to
//! their reader, pay left out, clarifications and questions.

use super::rewrite::lower_topic;
use super::vouch::{labelled, left_out, tidy, unlabel, unvouched, without_quoted_tail};
use super::*;

#[test]
fn stages_read_as_phrases() {
    assert_eq!(stage_phrase(Some("phone-screen")), "phone screen");
    assert_eq!(stage_phrase(Some("final")), "final round");
    assert_eq!(stage_phrase(Some("onsite = round 3 of 4")), "onsite", "set 26");
    assert_eq!(stage_phrase(Some("onsite / panel")), "onsite", "set 33");
    assert_eq!(stage_phrase(Some("case study / final round")), "final round", "set 32");
    assert!(is_about_next_steps("Darnell said \"probably first or second week of December,\" will email"));
    assert!(!is_about_next_steps("Darnell said my purification story was the clearest he'd heard"));
    // (Set 43.)
    assert!(is_about_next_steps("Graham said people would hear by the 18th or 19th."));
    assert!(is_about_next_steps("Rosa said they would let people know by the 4th"));
    assert!(!is_about_next_steps("Graham said he was impressed by the booklet"));
    assert_eq!(stage_phrase(Some("Technical")), "technical interview");
    assert_eq!(stage_phrase(Some("2nd of 4 (technical onsite)")), "technical onsite");
    assert_eq!(stage_phrase(Some("1 of 2 (panel → demo lesson for shortlisted)")), "panel", "set 68");
    assert_eq!(stage_phrase(Some("2 of 2 (panel -> demo lesson)")), "demo lesson");
    assert_eq!(stage_phrase(Some("round 2 (of 3, I think)")), "second-round interview", "no hedge pasted in");
    assert_eq!(stage_phrase(Some("2")), "second-round interview", "`round: 2`: the number alone");
    assert_eq!(stage_phrase(Some("Round 2 — in person")), "second-round interview", "how it was held is not the stage");
    assert_eq!(stage_phrase(Some("round 3 of 5")), "third-round interview");
    assert_eq!(stage_phrase(Some("second of four")), "second-round interview");
    assert_eq!(stage_phrase(Some("panel")), "panel");
    assert_eq!(stage_phrase(Some("HR screen")), "HR screen");
    assert_eq!(stage_phrase(Some("take home")), "take-home interview");
    assert_eq!(stage_phrase(Some("clinical director + lead SLP")), "interview", "who, not what");
    assert_eq!(stage_phrase(Some("take-home review")), "take-home review");
    assert_eq!(stage_phrase(None), "interview");
    assert_eq!(stage_phrase(Some("2nd. 1st was phone w/ Dale in HR on 11/16.")), "second-round interview");
    // (Set 41: "when I came in for my after recruiter screen on 11/10".)
    assert_eq!(stage_phrase(Some("2 (after recruiter screen on 11/10)")), "second-round interview");
    assert_eq!(stage_phrase(Some("round 2")), "second-round interview");
    // (Set 58: "Thank you for your help with my 1st interview of 2".)
    assert_eq!(stage_phrase(Some("1st interview of 2")), "first-round interview");
    assert_eq!(stage_phrase(Some("chat w/ the team lead and two of her reports")), "chat", "whom it was with");
    assert_eq!(stage_phrase(Some("final (round 4) — CMO + VP Growth")), "final round");
    // (Set 42: "I wanted to follow up on my only one round apparently on Monday".)
    assert_eq!(stage_phrase(Some("1 (only one round apparently – \"we keep it simple\")")), "first-round interview");
    assert_eq!(stage_phrase(Some("only 1 panel then offer/no offer. Video (Teams). 1 hr 10 min.")), "panel");
}

#[test]
fn salutations_use_honorifics_or_given_names() {
    assert_eq!(salutation("Dr. Priya Raman"), "Dr. Raman");
    assert_eq!(salutation("Hannah Lee"), "Hannah");
    assert_eq!(salutation("Chef Luca Marchetti"), "Chef Marchetti", "not \"Dear Chef\"");
    assert_eq!(salutation("Rev. Daniel Osterhout"), "Rev. Osterhout", "not \"Dear Rev.\"");
    // Set 37: "Dear Lt.," and "Dear Sgt.," to an oral board.
    assert_eq!(salutation("Lt. Ray Castellano"), "Lieutenant Castellano");
    assert_eq!(salutation("Sgt. Dale Imhoff"), "Sergeant Imhoff");
    assert_eq!(salutation("Capt. Derek Haun"), "Captain Haun");
    assert_eq!(salutation("Captain Derek Haun"), "Captain Haun");
    assert_eq!(salutation("Coach Ray Dumont"), "Coach Dumont");
    assert_eq!(salutation("李娜"), "李娜");
    // Set 44: "Dear Big," to Big Mike.
    assert_eq!(salutation("Big Mike"), "Mike");
    // Set 65: "Dear Assoc.,".
    assert_eq!(salutation("Assoc. Prof. Daniel Reuben"), "Professor Reuben");
    assert_eq!(salutation("Associate Professor Daniel Reuben"), "Professor Reuben");
    assert_eq!(salutation("Mme Catherine Ng"), "Mme Ng", "not \"Dear Mme,\"");
    assert_eq!(crate::pipeline::extract::people::first_name("Assoc. Prof. Daniel Reuben"), "Daniel");
}

#[test]
fn a_note_about_the_reader_is_turned_to_them() {
    let s = highlight_sentences(&["Hannah liked how I broke the migration into reversible steps."], "Hannah Lee");
    assert_eq!(s, ["I was especially glad that you liked how I broke the migration into reversible steps."]);
    // (Set 34: the honorific without its stop, `Dr Brennan liked…`, is the reader too.)
    let s = highlight_sentences(&["Dr Brennan liked my oil-change analogy"], "Dr. Alicia Brennan");
    assert_eq!(s, ["I was especially glad that you liked my oil-change analogy."]);
    let s = highlight_sentences(&["Dr. Raman was impressed by the benchmark harness"], "Dr. Priya Raman");
    assert_eq!(s, ["I was especially glad that you were impressed by the benchmark harness."]);
    let s = highlight_sentences(&["They asked great follow-up questions about my Kafka work"], "Ana Souza");
    assert_eq!(s, ["I was especially glad that you asked great follow-up questions about my Kafka work."]);
    let s =
        highlight_sentences(&["Harriet liked the niche plan", "Harriet also liked my answer on fees"], "Harriet Coyle");
    assert_eq!(s[1], "I also appreciated that you liked my answer on fees.", "one \"also\"");
    let s =
        highlight_sentences(&["Owen said the empty states were the best he's seen in this round"], "Owen Castellanos");
    assert_eq!(s, ["I was especially glad that you said the empty states were the best you've seen in this round."]);
    let s = highlight_sentences(&["Trial experience resonated with both of them"], "Eleanor Whitcombe");
    assert_eq!(s, ["I was especially glad that the trial experience resonated with both of you."]);
    // (Set 61: the words in quotation marks are as they were said.)
    let s = highlight_sentences(
        &["Ngaire laughed at my \"Dewey is a colonial hangover but he's OUR colonial hangover\" line"],
        "Ngaire Paewai",
    );
    assert!(s[0].contains("but he's OUR colonial hangover"), "{s:?}");
}

#[test]
fn notes_without_a_subject_get_one() {
    let s = highlight_sentences(
        &["Connected on remote work culture", "Python experience clearly matched", "Walked through the rollback plan"],
        "Jane Smith",
    );
    assert_eq!(
        s,
        [
            "I especially enjoyed how we connected on remote work culture.",
            "I was also glad that Python experience clearly matched.",
            "And I was pleased that I walked through the rollback plan.",
        ]
    );
}

#[test]
fn phrases_become_objects() {
    let s =
        highlight_sentences(&["The discussion of on-call rotations", "Lively debate on event sourcing"], "Jane Smith");
    assert_eq!(
        s,
        [
            "I especially enjoyed the discussion of on-call rotations.",
            "I also appreciated the lively debate on event sourcing."
        ]
    );
}

#[test]
fn topics_lose_their_sentence_capital_but_not_proper_nouns() {
    assert_eq!(lower_topic("Cache invalidation"), "cache invalidation");
    assert_eq!(lower_topic("Kafka consumer lag"), "Kafka consumer lag");
    assert_eq!(lower_topic("API design"), "API design");
    assert_eq!(lower_topic("I've done design system work"), "I've done design system work");
    assert_eq!(lower_topic("Gregory Park's question"), "Gregory Park's question");
}

#[test]
fn facts_about_the_job_are_glad_news_not_moments_enjoyed() {
    let s = highlight_sentences(
        &["Team of 9 engineers, growing to 30 by next year", "Remote-first, with one offsite per quarter"],
        "",
    );
    assert_eq!(
        s,
        [
            "I was especially glad to hear about the team of 9 engineers, growing to 30 by next year.",
            "I also appreciated hearing that the team is remote-first, with one offsite per quarter.",
        ]
    );
    let s = highlight_sentences(&["Good discussion of rate limiting", "A promotion path to staff"], "");
    assert_eq!(
        s,
        [
            "I especially enjoyed the good discussion of rate limiting.",
            "I was also glad to hear about a promotion path to staff.",
        ]
    );
}

#[test]
fn pay_is_told_apart_from_words_that_contain_it() {
    // Set 35: "I was especially glad that you said $38-41 for JW depending…"
    assert!(is_about_pay("ray said $38-41 for JW depending, plus truck for foreman level only."));
    assert!(is_about_pay("she said $36/hr to start"));
    assert!(!is_about_pay("Kim liked that I cut overtime costs by $40k"), "a result, not pay");
    // (Set 49: thousands beside an offer, no currency sign.)
    assert!(is_about_pay(
        "Said yesterday's presentation \"went down a storm\", offer coming in writing by Fri. 87k + 10%."
    ));
    assert!(!is_about_pay("she liked that we cut the 40k backlog"), "a count, no offer");
    assert!(!is_about_pay("she liked the offer letter template"), "an offer, no figure");
    for text in [
        "Salary band matches my target",
        "Equity is generous",
        "Great benefits",
        "Comp is fine",
        "Stock options vest monthly",
        "A 401(k) match",
        "PTO: unlimited",
    ] {
        assert!(is_about_pay(text), "{text}");
    }
    for text in ["We discussed the payments API", "Paying down tech debt", "A compelling roadmap"] {
        assert!(!is_about_pay(text), "{text}");
    }
}

#[test]
fn ones_own_doing_is_a_pleasure_not_something_appreciated() {
    let s = highlight_sentences(&["Priya said the team ships weekly", "I explained the outage clearly"], "");
    assert_eq!(
        s,
        [
            "I was especially glad that Priya said the team ships weekly.",
            "I was also pleased that I explained the outage clearly."
        ]
    );
}

#[test]
fn no_highlight_takes_the_verb_of_the_one_before() {
    let s = highlight_sentences(
        &["the whiteboard session", "we agreed on the rollout", "the tour of the office", "Ana liked my tests"],
        "Ana Souza",
    );
    assert_eq!(
        s,
        [
            "I especially enjoyed the whiteboard session.",
            "I also appreciated how we agreed on the rollout.",
            "And I enjoyed the tour of the office.",
            "And I was glad that you liked my tests.",
        ]
    );
}

#[test]
fn what_the_two_of_you_talked_about_was_a_conversation() {
    let s = highlight_sentences(
        &["Maura and I talked about the teen transition clinic", "we talked about rural travel times"],
        "Maura Kinsella",
    );
    assert_eq!(
        s,
        [
            "I especially enjoyed our conversation about the teen transition clinic.",
            "I also appreciated our conversation about rural travel times.",
        ]
    );
}

#[test]
fn the_writers_own_work_that_landed_is_told_not_enjoyed() {
    let s =
        highlight_sentences(&["The punch-list app I set up for the superintendents", "my Q3 recovery story"], "Signe");
    assert_eq!(
        s,
        [
            "I was especially glad to tell you about the punch-list app I set up for the superintendents.",
            "I was also glad to tell you about my Q3 recovery story.",
        ]
    );
    assert!(left_out("She liked me I think").is_some(), "a guess at what they thought of you");
    // (Set 34: "I was especially glad you seemed to appreciate that actually.")
    // It is not sent; it is listed for the user, who knows what "that" was (set 37: `Sam liked
    // this` was dropped unseen).
    assert!(unvouched("he seemed to appreciate that actually.").is_some());
    // (Set 74, an AI summary corrected by hand.)
    assert!(unvouched("01:03:18 Speaker 1: [Achieng]").is_some(), "a transcript's line");
    let cut = "Amina Hassan praised the candidate's cost-per-beneficiary analysis [WK: NO — that was SAMUEL";
    assert!(unvouched(cut).is_some(), "cut inside an aside");
    assert!(unvouched("Amina praised the candidate's cost-per-beneficiary analysis").is_some(), "the candidate");
    assert!(unvouched("the 10:30 slot suited her").is_none(), "a time of day is no transcript");
    assert!(left_out("he seemed to appreciate that actually.").is_none());
    // (Set 33: how to send the thanks, said back to the one who said it.)
    assert!(left_out("Jo said one short note per person is fine, she'll forward same day.").is_some());
    assert!(left_out("Ana liked my forward-looking roadmap").is_none());
    // Session 31: what the user is to word is listed for them, not left out unseen.
    let joined = "we clicked, he made a joke about redaction fails";
    assert_eq!(unvouched(joined), Some("two sentences joined by a comma, to word in your own"));
    assert!(left_out(joined).is_none(), "listed to write");
    assert!(
        !super::clarify::understood(
            "should've used the school board story from the Tribune internship. why didn't I??"
        ),
        "a reproach, not a question to ask"
    );
    assert!(promised("send Ngozi the live call-in practice thing? maybe not, audio is rough").is_none(), "a doubt");
    assert!(unvouched("the hindenburg vs Pro Tools, I've cut in both, fine").is_some());
    // Set 35: "I was especially glad that you seemed into it."
    assert!(unvouched("DeShawn seemed into it").is_some(), "what it was is elsewhere");
    // (Set 44.)
    assert!(unvouched("shielding multiplier completely").is_some());
    assert!(unvouched("the shielding multiplier").is_none());
    // (Set 63: another language's word order.)
    assert!(unvouched("Otávio liked very much my idea of trending the OOS results").is_some());
    assert!(unvouched("I forgot to say about my registration in CRQ-IV (is active!)").is_some());
    assert!(unvouched("Otávio liked my idea very much").is_none(), "English, and said back as it is");
    // Set 45: said to another, before the writer ("I was especially glad you told you, in front of me…").
    assert!(unvouched("Deborah told him, in front of me, that my writing sample was \"very clean.\"").is_some());
    // (Set 41: "I was especially glad that you responded well to the ecg part and wrote something down.")
    assert!(unvouched("Tasha responded well to the ecg part and wrote something down").is_some());
    // Set 38: "I was especially glad that you liked."
    assert!(unvouched("Camille liked").is_some(), "what she liked is elsewhere");
    // Set 39: the reader's own question quoted back, and "that" from a sentence before.
    let quoted = "Ingrid asked three follow-up questions and then said, \"Would you want to co-facilitate with me?\" as if I already worked there.";
    assert!(unvouched(quoted).is_some());
    assert!(unvouched("Brent said that was \"exactly right\"").is_some());
    // (Set 40.)
    assert!(unvouched("Kofi + prep station").is_some(), "you and prep station");
    assert!(unvouched("Odalys said \"no pressure, just a page,\" which is never true").is_some());
    assert!(unvouched("Kofi and I rebuilt the prep station").is_none());
    let answered = "Tom asked about my own spiritual practice, gently, and I said I was raised Anglican and now I mostly find it in the work";
    assert!(unvouched(answered).is_some());
    assert!(unvouched("Brent said that the plan was sound").is_none(), "a clause that says what");
    assert!(unvouched("In Graham's note, mention TrialDirector and the Baines verdict").is_some(), "a plan");
    assert!(unvouched("mention the binder tabs in the email to Lucy").is_some(), "a plan");
    assert!(unvouched("Lucy liked the binder tabs in the email to the partners").is_none());
    assert!(unvouched("you liked that it was \"cheap and ugly and worked\"").is_some(), "what it was is elsewhere");
    let s = clarification_sentences(&["forgot to mention I'm fine with the every-other-Saturday shift"], "Amadi");
    assert_eq!(s, ["I also wanted to let you know that I'm fine with the every-other-Saturday shift."]);
    assert!(labelled("Portfolio: Jamal flipped through the whole thing"));
    assert!(!super::clarify::understood(
        "Forgot to mention I've done Final Cut, not just Premiere. Jamal said video!!"
    ));
    assert!(gerund_clause("Knowing the difference between an ASI and a CCD without being asked"));
    // (Set 39: a name that ends in "ing", every highlight about her listed.)
    assert!(!gerund_clause("Mei-Ling liked that I wrote down dough temps every step"));
    assert!(!gerund_clause("Sterling said the model was the clearest he had seen"));
    assert!(!gerund_clause("Working through the RFI log together"));
    assert!(unvouched("Change-order log / version control story").is_some(), "shorthand for two things");
    // Blind review 16's worst sentences.
    assert!(unvouched("He liked \"not emailing.\"").is_some(), "a quotation alone");
    assert!(unvouched("He liked “not emailing.”").is_some(), "a quotation alone, in curly quotes");
    assert!(unvouched("Brad, eventually: \"ok, you get that it's a business\"").is_some(), "words after a label");
    assert!(unvouched("She lit up at the recall thing, how I got overdue recalls down").is_some(), "a thing");
    assert!(unvouched("He liked my \"not emailing\" rule for holds").is_none(), "a quoted name in a phrase");
    assert!(unvouched("Carol liked that I flagged the customer concentration (one buyer = 41% of sales)").is_some());
    assert!(unvouched("Denise liked the story about the febrile seizure kid at St. Agnes").is_some(), "too casual");
    assert!(unvouched("ADA transition plan answer — Gloria said \"that's very thorough\"").is_some(), "a label");
    assert!(left_out("Dr. Adeyemi said they want someone by January 4th so the decision will be quick").is_some());
    assert!(unvouched("Leah liked my \"what changed / who's affected\" template").is_none(), "a quoted name");
    let s = clarification_sentences(
        &["Forgot to talk about the grant reporting I did for the IMLS grant — she literally said \"we have one\""],
        "Margit",
    );
    assert_eq!(
        s,
        [
            "I didn't get to mention the grant reporting I did for the IMLS grant, and I'd be glad to tell you more about it."
        ]
    );
    let s = clarification_sentences(&["Forgot to mention I did OSHA 30. Could matter for site visits."], "Devendra");
    assert_eq!(s, ["I didn't get to say that I did OSHA 30, and I'd be glad to tell you more about it."]);
    // (Set 69: a word in another script is the writer's to put in English.)
    assert!(!understood(
        "I forgot to say I have 물류관리사 (Certified Logistics Manager — national license) since 2025!!!"
    ));
    assert!(understood("Forgot to mention I speak Portuguese and Spanish."), "accents are Latin");
    // (Set 72: "I don't think I explained ran 4 minutes over. Bell went during the exit ticket as
    // clearly as I would have liked": a topic is a phrase, not two sentences.)
    assert!(!understood("Ran 4 min over. Bell went during the exit ticket."));
    // (Set 72: "As promised, here is the links via her.", "As promised, here are the Hakan Bey: he
    // wants to see the Excel route planner more detailed.")
    assert_eq!(super::clarify::promised("send Hamish the links via her"), None);
    assert_eq!(
        super::clarify::promised("send I the hakan Bey: he wants to see the Excel route planner more detailed"),
        None
    );
    assert!(super::clarify::promised("send Hamish the links to the farmer wellbeing series").is_some());
    // (Set 69: "here is the him the bilingual… template".)
    let s = clarification_sentences(
        &[
            "Told Rhys I'd send him the bilingual (Welsh/English) trache bedhead sign template I adapted from the NTSP ones. → email, he said fine.",
        ],
        "Rhys",
    );
    assert!(s.iter().all(|s| !s.contains(" the him ")), "{s:?}");
    // (Set 68: a second clause after a comma ran on from the first.)
    let s =
        clarification_sentences(&["forgot to mention I speak German too, half their customers are in NRW."], "Ingrid");
    assert_eq!(s, ["I didn't get to say that I speak German too, and I'd be glad to tell you more about it."]);
    // (A second thing unsaid is one more, not the same sentence again.)
    let s = clarification_sentences(
        &["forgot to say I have my ADR certificate (valid till 2029).", "forgot to mention I speak German too."],
        "Ingrid",
    );
    assert_eq!(
        s,
        [
            "I didn't get to say that I have my ADR certificate, and I'd be glad to tell you more about it.",
            "I also didn't get to say that I speak German."
        ]
    );
    let s = clarification_sentences(&["forgot to mention I speak German, which half their customers use."], "Ingrid");
    assert_eq!(s.len(), 1);
    assert!(s[0].contains("German, which half"), "{s:?}");
    // (Set 27: the brackets tell the writer how it came up.)
    let line = "Forgot to mention I ran the Sony SH800 sorter independently (Femi asked who did our sorts and I said \"the core\")";
    assert!(understood(line));
    assert_eq!(
        clarification_sentences(&[line], "Femi"),
        [
            "I didn't get to say that I ran the Sony SH800 sorter independently, and I'd be glad to tell you more about it."
        ]
    );
}

#[test]
fn pronouns_for_the_reader_become_you_but_them_stays() {
    let s = highlight_sentences(&["José and I paired well; he said my tests read like a spec"], "José Álvarez");
    assert_eq!(s, ["I especially enjoyed how we paired well; you said my tests read like a spec."]);
    let s = highlight_sentences(&["Lena said she and I think alike"], "Lena Park");
    assert_eq!(s, ["I was especially glad that you said we think alike."]);
    let s = highlight_sentences(
        &["Compensation band seems to match my target", "Priya's team ships weekly", "Kafka experience resonated"],
        "Lena Park",
    );
    assert_eq!(
        s,
        [
            "I was especially glad that the compensation band seems to match my target.",
            "I also appreciated that Priya's team ships weekly.",
            "And I was glad that Kafka experience resonated."
        ],
        "a sentence's capital goes, a name's stays"
    );
    let s = highlight_sentences(&["Overall the conversation flowed"], "Lena Park");
    assert_eq!(s, ["I was especially glad that overall the conversation flowed."]);
    let s = highlight_sentences(
        &["The team ships weekly", "Most answers landed", "Pairing on the bug went well"],
        "Lena Park",
    );
    assert_eq!(
        s,
        [
            "I was especially glad that the team ships weekly.",
            "I also appreciated that most answers landed.",
            "And I was glad that pairing on the bug went well."
        ]
    );
    let s = clarification_sentences(
        &["Could have been more specific about error budgets and how we negotiated them"],
        "Ana Souza",
    );
    assert_eq!(
        s,
        [
            "I don't think I explained error budgets and how we negotiated them as clearly as I would have liked, and I would be glad to walk you through it in more detail."
        ]
    );
    let s = clarification_sentences(&["Why I chose event sourcing"], "Ana Souza");
    assert!(s[0].starts_with("I don't think I explained why I chose event sourcing as"), "{s:?}");
}

#[test]
fn questions_and_things_to_check_read_as_such() {
    let s = clarification_sentences(
        &["Is the role hybrid or fully remote?", "Confirm the equity refresh policy"],
        "Ana Souza",
    );
    assert_eq!(
        s,
        [
            "I also had a question I didn't get to ask: is the role hybrid or fully remote?",
            "I would also like to confirm the equity refresh policy."
        ]
    );
    let s = clarification_sentences(
        &[
            "Confirm the equity refresh policy",
            "Who owns on-call?",
            "What is the team size?",
            "Check the start date",
            "How is review done?",
        ],
        "Ana Souza",
    );
    assert_eq!(
        s,
        [
            "I would also like to confirm the equity refresh policy.",
            "I also had a question I didn't get to ask: who owns on-call?",
            "And another: what is the team size?",
            "I would also like to check the start date.",
            "I also wanted to ask: how is review done?"
        ],
        "\"and another\" follows a question"
    );
    let s = highlight_sentences(&["The role owns data retention rules end to end"], "Ana Souza");
    assert_eq!(s, ["I was especially glad that the role owns data retention rules end to end."]);
}

#[test]
fn someone_else_keeps_their_name() {
    let s = highlight_sentences(&["Gregory liked my pairing style"], "Hannah Lee");
    assert_eq!(s, ["I was especially glad that Gregory liked my pairing style."]);
}

#[test]
fn clarifications_keep_the_explanation_or_offer_one() {
    let s = clarification_sentences(
        &[
            "Cache invalidation: I said we rely on TTLs, but we version every key so stale reads are bounded.",
            "Didn't explain how the on-call rotation works",
        ],
        "Hannah Lee",
    );
    assert_eq!(
        s,
        [
            "I also wanted to come back to cache invalidation. I said we rely on TTLs, but we version every key so stale reads are bounded.",
            "I would also be happy to say more about how the on-call rotation works, which I didn't get to explain fully.",
        ]
    );
    let s = clarification_sentences(&["Could have been more specific about distributed systems"], "Jane Smith");
    assert_eq!(
        s,
        [
            "I don't think I explained distributed systems as clearly as I would have liked, and I would be glad to walk you through it in more detail."
        ]
    );
}

#[test]
fn clarifications_take_the_form_of_their_kind() {
    let s = clarification_sentences(&["I said we used Redis for the queue; we actually use Kafka"], "Ana Souza");
    assert_eq!(
        s,
        [
            "I'd like to correct one thing from our conversation. I said we used Redis for the queue; we actually use Kafka."
        ]
    );
    let s = clarification_sentences(&["forgot to mention my open-source scheduler"], "Ana Souza");
    assert_eq!(s, ["I didn't get to mention my open-source scheduler, and I'd be glad to tell you more about it."]);
    let s = clarification_sentences(&["Didn't mention the IASTM course or the running gait analysis CPD"], "Ola");
    assert_eq!(
        s,
        [
            "I didn't get to mention the IASTM course or the running gait analysis CPD, and I'd be glad to tell you more about them."
        ]
    );
    // Set 50: how wholly it was forgotten is the writer's.
    let s = clarification_sentences(&["Forgot to mention the Mine Manager's Certificate of Competency at all."], "L");
    assert_eq!(
        s,
        [
            "I didn't get to mention the Mine Manager's Certificate of Competency, and I'd be glad to tell you more about it."
        ]
    );
    let s = clarification_sentences(&["Never mentioned my IFRS 16 lease work"], "Ana Souza");
    assert_eq!(s, ["I didn't get to mention my IFRS 16 lease work, and I'd be glad to tell you more about it."]);
    // Set 47: a clipped "forgot", its month in brackets the writer's; a credential is one's own.
    let forgot = "forgot 21 CFR Part 11 course cert (Nov)";
    assert!(understood(forgot));
    let s = clarification_sentences(&[forgot], "Tamara Lindgren");
    assert_eq!(
        s,
        ["I didn't get to mention my 21 CFR Part 11 course certificate, and I'd be glad to tell you more about it."]
    );
    let s = clarification_sentences(
        &["forgot the falls-risk audit I ran in 2024!! literally data + process improvement"],
        "N",
    );
    assert_eq!(
        s,
        ["I didn't get to mention the falls-risk audit I ran in 2024, and I'd be glad to tell you more about it."]
    );
    for other in
        ["forgot to ask about the team size", "forgot her name", "forgot the question halfway", "forgot the name of it"]
    {
        assert_ne!(clarification_kind(other), ClarifyKind::Unmentioned, "{other}");
    }
    // Set 32: "I didn't get to mention delaware bar application pending".
    let s = clarification_sentences(&["Forgot to mention Delaware bar application pending"], "Ana Souza");
    assert_eq!(
        s,
        [
            "I didn't get to mention that my Delaware bar application is pending, and I'd be glad to tell you more about it."
        ]
    );
    // Set 47: a thing not mentioned in two words before a dash, and a cert written out.
    let s = clarification_sentences(
        &["forgot to mention the bilingual fieldwork — the French sessions in Montreal."],
        "Ana Souza",
    );
    assert_eq!(s, ["I didn't get to mention the bilingual fieldwork, and I'd be glad to tell you more about it."]);
    let s = clarification_sentences(
        &[
            "Forgot to mention the Fáilte Ireland event management cert (finished June 2025). Peggy asked. Put it in her email.",
        ],
        "Peggy Hanley",
    );
    assert_eq!(
        s,
        [
            "I didn't get to mention the Fáilte Ireland event management certificate, and I'd be glad to tell you more about it."
        ]
    );
    // Set 47: "I didn't get to mention ASQ CQA exam booked".
    let s = clarification_sentences(&["didn't mention ASQ CQA exam booked (Feb '27) -> Bob"], "Bob Kowalski");
    assert_eq!(
        s,
        ["I didn't get to mention that my ASQ CQA exam is booked, and I'd be glad to tell you more about it."]
    );
    // Set 34: the line was listed ("stuff" is the note's word), and "I didn't get to mention I've
    // done…" did not read.
    let line = "didn't mention I've done the Tableau Server admin stuff (permissions, extract refresh schedules) — \
                Derek mentioned their Tableau server is \"a mess\" and I just... didn't say anything. ugh.";
    assert_eq!(unvouched(&unmentioned_core(line)), None);
    assert_eq!(
        clarification_sentences(&[line], "Derek Aldana"),
        ["I didn't get to say that I've done Tableau Server admin work, and I'd be glad to tell you more about it."]
    );
    // Set 35: news since the interview is told as news.
    assert_eq!(
        clarification_sentences(&["forgot to mention that I've started the Everlaw free training"], "Peter Lam"),
        ["I also wanted to let you know that I've started the Everlaw free training."]
    );
    let s = clarification_sentences(&["Send Ana the benchmark write-up"], "Ana Souza");
    assert_eq!(s, ["As promised, here is the benchmark write-up."]);
    // Blind review 17: the writer's next sentence, and a day said from the note's, stay out.
    let s = clarification_sentences(
        &["send her the ICRA phasing diagram I described. Need to redraw without client info first."],
        "Ana Souza",
    );
    assert_eq!(s, ["As promised, here is the ICRA phasing diagram I described."]);
    assert!(promised("send Helen the lesson plan from today anyway").is_none());
    assert!(promised("share my 90-day plan draft if they move me to round 3").is_none(), "set 25: on a condition");
    let s = clarification_sentences(&["send Dr. Anand the recall text templates I mentioned"], "Dr. Priya Anand");
    assert_eq!(s, ["As promised, here are the recall text templates I mentioned."]);
    let s = clarification_sentences(&["send Keisha the Read & Skate one-pager"], "Keisha Dunmore");
    assert_eq!(s, ["As promised, here is the Read & Skate one-pager."], "an ampersand between capitals is a name's");
    let s =
        clarification_sentences(&["I promised to send him the sample weekend-coverage schedule I mentioned."], "Ana");
    assert_eq!(s, ["As promised, here is the sample weekend-coverage schedule I mentioned."]);
    let line =
        "**Promise:** I told Mrs. Wafula I would send a one-page outline of my first-90-days internal audit plan.";
    assert_eq!(
        clarification_sentences(&[line], "Mrs. Rose Wafula"),
        ["As promised, here is a one-page outline of my first-90-days internal audit plan."]
    );
    let s = clarification_sentences(&["send copies of my AM2 and 2391 certs"], "Graeme Stoddart");
    assert_eq!(s, ["As promised, here are copies of my AM2 and 2391 certs."]);
    assert_eq!(clarification_kind("Send Ana the benchmark write-up"), ClarifyKind::Promise);
    assert_eq!(promised("Send Maya the benchmark write-up").as_deref(), Some("the benchmark write-up"));
    assert_eq!(promised("share the OOM runbook template with Keiko").as_deref(), Some("the OOM runbook template"));
    // (Set 39: the writer is not sure what it is.)
    let doubted = "send Greg the article on EPS panel losses I mentioned (the FM Global data sheet reference, not an article — check which one)";
    assert_eq!(promised(doubted), None);
    assert_eq!(
        promised("send Corinne my pending list follow-up script (the texts + card wording), without patient names")
            .as_deref(),
        Some("my pending list follow-up script")
    );
    let s = clarification_sentences(&["I should practise system design"], "Ana Souza");
    assert!(s.is_empty(), "{s:?}");
    assert_eq!(clarification_kind("Need to practice system design more"), ClarifyKind::Private);
    // (Set 41: "I also wanted to ask How long is Legal review…", answered in the note.)
    assert_eq!(
        clarification_kind("How long is Legal review for a discussion guide, really? Dev says \"2 weeks\". Noted lol."),
        ClarifyKind::Private
    );
    // (Set 34: a truth the note trailed away from is the user's to finish.)
    assert!(!understood("I said I'd done dozens of couriers, but in fact it's like."));
    assert_eq!(
        clarification_kind("told Hannah 6 yrs at my airline, it's 5 and a half. nbd. skip it."),
        ClarifyKind::Private
    );
    assert!(understood("I said I'd done dozens of couriers, but in fact it's six."));
    // (Set 33: set straight already, by someone else.)
    assert_eq!(
        clarification_kind("the $1.2M culvert thing — Bri said she already fixed it in her notes 👍"),
        ClarifyKind::Private
    );
    // (Set 39: "I'd like to correct one thing… I said the textile show went to 3 venues in 2024".)
    assert_eq!(
        clarification_kind("Told Rosa the textile show went to 3 venues \"in 2024\" — it was 2023–24. Tiny. Leave it."),
        ClarifyKind::Private
    );
    assert_ne!(clarification_kind("Told Rosa the show went to 3 venues — it was 4. Correct it."), ClarifyKind::Private);
}

#[test]
fn what_became_of_your_own_letters_and_your_moods_marks_are_yours() {
    assert_eq!(
        unvouched("Stage 1 letters to Margaret + Dr Ó Murchú never went out"),
        Some("about your own messages, for you alone")
    );
    assert_eq!(unvouched("forgot the poster 🙈"), Some("a mark of your mood, to word in your own"));
}

#[test]
fn a_range_said_wrong_names_nothing_it_measures() {
    // (Set 64: "I said 6 to 48 hours, but in fact it's 6 to 72." named no fixation time.)
    assert!(!understood("I said 6 to 48 hours, but in fact it's 6 to 72."));
    assert!(understood("I said the Resource Management Act was 1993, but in fact it's 1991."), "what it was is named");
}

#[test]
fn since_a_span_of_time_is_another_languages_habit() {
    let calque = "I said I have HACCP responsibility \"since 5 years\", but in fact it's since 3 years.";
    assert_eq!(unvouched(calque), Some("written in another language's word order, to write in your own words"));
    assert_eq!(unvouched("I've led the audit since 2023"), None, "since a year is English");
}

#[test]
fn days_written_as_numbers_are_for_the_user_to_write() {
    assert_eq!(
        unvouched("forgot to mention holiday 21-12 to 04-01 already booked"),
        Some("days written as numbers, to write in your own words")
    );
    assert_eq!(unvouched("I managed a team of 10-15 people"), None, "a range is no day");
}

#[test]
fn lines_no_rule_understands_are_not_vouched_for() {
    assert!(unvouched("dev and i paired on the parser").is_some());
    assert!(unvouched("Jordan and I clicked, he made a joke about redaction fails").is_some(), "a comma splice");
    assert!(unvouched("Dana liked the rollout plan, she said it was the clearest").is_none(), "who said it");
    assert!(unvouched("forgot to mention my open-source scheduler").is_none());
    assert!(unvouched("The interview went so-so").is_some());
    assert!(unvouched("I nailed the system design question").is_some());
    assert!(unvouched("The projector failed halfway through").is_some());
    assert!(unvouched("Greg liked that I have my EIT and sitting for PE in april").is_some(), "a hurried line");
    assert!(labelled("the demo: you liked the live walkthrough"));
    assert!(unvouched("Hannah liked how I broke the migration into reversible steps.").is_none());
    assert!(!labelled("Partition rebalancing: I said we paused consumers"));
    // (Set 42: "I was especially glad that I told them about the gait analysis CPD this time.")
    assert!(unvouched("Told them about the gait analysis CPD this time!! (learned from Northgate).").is_some());
    // (Set 53: a line in Spanish, pasted into an English frame as "prometí a you el layout…".)
    assert!(unvouched("prometí a Héctor el layout del cross-dock que dibujé en el pizarrón, en limpio").is_some());
    assert!(unvouched("Ximena liked my idea de conteos cíclicos por zona ABC en vez del inventario anual").is_some());
    assert!(unvouched("Rosa liked the café con leche idea for the Del Mar site").is_none());
    // (Set 75: a nurse's Taglish, and a localisation producer's Japanese, are the writer's to put
    // into English; English with the accents of a name stays.)
    let taglish =
        "Hannah liked din na naka-ACLS ako at current, and yung 1:1 ventilated patients experience namin sa ICU.";
    assert_eq!(unvouched(taglish), Some("written in another language, to write in your own words"));
    assert!(unvouched("Takeda-san said 「まさに今うちに足りないもの」 about my termbase").is_some());
    assert!(unvouched("Zoë liked how Renée and I mapped the Ørsted sites").is_none());
}

#[test]
fn talk_of_the_work_is_no_aside() {
    assert!(
        unvouched("Gregory was impressed by the replay tooling we built to test consumers against production traffic")
            .is_none()
    );
    // Set 47: "I also appreciated hearing about the teams didn't crash for once"; "your overview
    // honestly great - window into gowning"; "that the rand/dollar hedge" (felt confident on it).
    assert!(unvouched("Teams didn't crash for once.").is_some());
    assert!(unvouched("I said the ballroom holds 350, but in fact it's 450 standing / 320 seated.").is_none());
    assert!(unvouched("the change-order log / version control story").is_some());
    assert!(unvouched("Denise's overview honestly great - window into gowning, fill line").is_some());
    assert!(unvouched("The rand/dollar hedge on imported packaging — felt confident on that one.").is_some());
}

#[test]
fn a_label_before_a_clause_is_dropped() {
    assert_eq!(unlabel("the demo: you liked the live walkthrough"), "You liked the live walkthrough");
    let s = highlight_sentences(&[&unlabel("the demo: you liked the live walkthrough")], "Lena Ortiz");
    assert_eq!(s, ["I was especially glad that you liked the live walkthrough."]);
    assert_eq!(unlabel("the demo: live walkthrough"), "the demo: live walkthrough");
}

#[test]
fn the_same_question_to_two_people_is_asked_in_other_words() {
    let a = clarification_sentences_at(&["Ask Lucas about the deploy cadence"], "Lucas Wright", 0);
    let b = clarification_sentences_at(&["Ask Henrik about the deploy cadence"], "Henrik Adeyemi", 1);
    assert_eq!(a, ["I would also like to ask you about the deploy cadence."]);
    assert_eq!(b, ["I'd also welcome the chance to ask you about the deploy cadence."]);
}

// Notes of every style write their regrets in the first person ("i forgot to mention…", "I
// should have said…"); each becomes the addendum of its kind, never the line pasted into a frame.
#[test]
fn regrets_in_the_first_person_take_their_own_forms() {
    let one = |item: &str| clarification_sentences(&[item], "Ana Souza").remove(0);
    assert_eq!(
        one("i forgot to mention my OSHA 30 certification"),
        "I didn't get to mention my OSHA 30 certification, and I'd be glad to tell you more about it."
    );
    assert_eq!(
        one("forgot to say I know dbt"),
        "I didn't get to say that I know dbt, and I'd be glad to tell you more about it."
    );
    assert_eq!(
        one("I never got to mention the rate limiter I wrote"),
        "I didn't get to mention the rate limiter I wrote, and I'd be glad to tell you more about it."
    );
    assert_eq!(
        one("I should have said the discount applies only to annual plans."),
        "One correction to what I said: the discount applies only to annual plans."
    );
    assert_eq!(
        one("Pricing question: I should have said the discount applies only to annual plans."),
        "I also wanted to come back to the pricing question. To put it precisely, the discount applies only to annual plans."
    );
    assert_eq!(
        one("i didn't explain well why we chose SQLite for the edge nodes"),
        "I don't think I explained why we chose SQLite for the edge nodes as clearly as I would have liked, and I would be glad to walk you through it in more detail."
    );
    assert_eq!(clarification_kind("I should practise system design"), ClarifyKind::Private);
    assert_eq!(
        clarification_kind("forgot to ask about ramp period / draw. ASK NEXT TIME"),
        ClarifyKind::Private,
        "a reminder for the next interview"
    );
    // (A question not asked is asked now: set 35, `forgot to ask about CE allowance. Carla said
    // there's a CE budget…` was listed.)
    assert_eq!(
        clarification_sentences(&["forgot to ask about CE allowance. Carla said there's a CE budget"], "Carla Mendes"),
        ["I also wanted to ask about the CE allowance."]
    );
    // Set 37: "I don't think I explained whether you cross-train into micro as clearly as I would
    // have liked…": a question not asked, asked now; two in a row in other words; pay waits.
    let unasked = [
        "forgot to ask about sign-on bonus",
        "forgot to ask about staffing ratio on evenings",
        "forgot to ask whether they cross-train into micro",
    ];
    assert_eq!(clarification_kind(unasked[0]), ClarifyKind::Private, "pay waits for an offer");
    assert_eq!(
        clarification_sentences(&unasked, "Hollis Ferreira"),
        [
            "I also wanted to ask about the staffing ratio on evenings.",
            "I'd also like to know whether you cross-train into micro."
        ]
    );
    assert!(!understood("send references to Carla by Fri"), "a thing to do, not a topic to explain");
    // Set 18: "I don't think I explained maybe be upfront about that in the email as clearly…".
    assert!(!understood("maybe be upfront about that in the email"), "the writer's plan, not a topic");
    assert_eq!(
        clarification_sentences(&["forgot to mention mentored the 2 interns last summer"], "Ana Souza"),
        ["I didn't get to say that I mentored the 2 interns last summer, and I'd be glad to tell you more about it."]
    );
    assert_eq!(
        clarification_sentences(&["forgot to mention advanced SQL"], "Ana Souza"),
        ["I didn't get to mention advanced SQL, and I'd be glad to tell you more about it."]
    );
}

// A blind review found "I was especially glad that you liked that I asked…": one "that" is enough.
#[test]
fn a_clause_with_a_that_of_its_own_takes_no_second_one() {
    let s = highlight_sentences(&["Priya liked that I asked how the data is audited"], "Priya Raman");
    assert_eq!(s, ["I was especially glad you liked that I asked how the data is audited."]);
}

#[test]
fn a_regret_with_its_own_verdict_is_listed_and_a_topic_loses_its_miss_prefix() {
    // The verdict on oneself ("got muddled") goes to the user's own words, not to the reader.
    assert!(unvouched("I didn't explain well how we handled backfills — the merge-on-read part got muddled").is_some());
    assert!(unvouched("burst capacity answer (above)").is_some(), "it points elsewhere");
    assert!(unvouched("Dale liked that a lot").is_some(), "what was liked is in the line before");
    assert!(unvouched("Luis liked that").is_some());
    assert!(did_it("Leo really liked that I caught it myself"), "what \"it\" was is elsewhere");
    assert!(!did_it("I said it was impossible with our format, but it works with checksums"));
    assert!(unvouched("Luis liked that I asked about safety").is_none());
    assert!(left_out("Gerald asked mostly about classroom management and parent communication.").is_some());
    assert!(left_out("Tom was quiet until the end, then asked whether I'd coach anything.").is_some());
    assert!(left_out("you asked great follow-up questions about my Kafka work").is_none());
    assert!(left_out("Gregory was impressed by the replay tooling").is_none());
    assert!(unvouched("I didn't explain very well how I'd handle that adoption problem.").is_some());
    assert!(unvouched("forgot that question entirely").is_some());
    assert!(unvouched("the concrete uncertainty-communication answer above").is_some());
    assert!(unvouched("I said yes, but it was a prototype that never shipped. Need to be accurate.").is_some());
    assert!(unvouched("Never got to talk about Terraform. Could mention the module refactor I did.").is_some());
    assert!(unvouched("One. Two. Three.").is_some(), "a story, not a line");
    assert!(unvouched("you seemed happy with that").is_some(), "what 'that' was is elsewhere");
    assert!(unvouched("Sessionization query with LAG – wrote it cleanly on the first try.").is_some());
    assert!(unvouched("loved the storytime demo esp the waiata at the end").is_some(), "shorthand");
    assert!(!super::clarify::understood("forgot to mention I've done kafka work, your thing is event driven. dumb"));
    assert!(super::clarify::understood("forgot to mention that I've used Triton Inference Server"));
    // What follows a dash or the first sentence is the writer's, and left out of the sentence.
    assert!(super::clarify::understood("forgot to say I've used dbt for a year at Finch — just nodded"));
    assert!(super::clarify::understood(
        "didn't mention I've done design system work. Their job post literally lists a design system."
    ));
    assert!(!super::clarify::understood("forgot to mention french — they have 4 quebec suppliers, i'm fluent"));
    assert_eq!(super::sentences_in("Dr. Raman liked that I asked how the data is audited."), 1);
    assert_eq!(super::sentences_in("The bridge chart on the case. Fiona turned the laptop to show Dev"), 2);
    assert!(
        !super::clarify::understood("anonymised sample of my monthly variance commentary, to Fiona (by end of week)"),
        "a thing promised to someone is no topic"
    );
    assert!(unvouched("liked that story about the billing migration").is_none(), "it says what it is about");
    assert!(unvouched("she said that the team is growing").is_none(), "a clause, not a pointer");
    assert!(unvouched("how to run postmortems that actually change things").is_none(), "a relative clause");
    let out = clarification_sentences(
        &["didn't explain well how we handled backfills — we replay by watermark and merge on read"],
        "Naomi",
    );
    assert!(out[0].starts_with("I also wanted to come back to how we handled backfills. "), "{out:?}");
}

#[test]
fn a_correction_ends_where_the_correction_does() {
    let out = clarification_sentences(
        &["I said we run Postgres 12 — it's actually 14 since the upgrade in spring. Minor, but note it."],
        "Marcus",
    );
    assert_eq!(
        out,
        [
            "I'd like to correct one thing from our conversation. I said we run Postgres 12 — it's actually 14 since the upgrade in spring."
        ]
    );
}

#[test]
fn where_the_process_stands_is_no_highlight() {
    assert!(left_out("Naomi said decision by Dec 4, no further rounds unless they need a tiebreaker").is_some());
    assert!(left_out("She said they'd get back to me within two weeks").is_some());
    assert!(left_out("Hannah liked how I broke the migration into reversible steps.").is_none());
}

#[test]
fn a_promise_of_several_things_is_here_are() {
    let out = clarification_sentences(
        &["send Dana my load-test results", "send Theo the link to the talk", "send the analysis"],
        "Dana",
    );
    assert_eq!(out[0], "As promised, here are my load-test results.");
    assert_eq!(out[1], "As promised, here is the link to the talk.");
    assert_eq!(out[2], "As promised, here is the analysis.");
}

#[test]
fn a_stage_is_said_without_the_notes_brackets() {
    assert_eq!(stage_phrase(Some("onsite (virtual)")), "onsite");
    assert_eq!(stage_phrase(Some("hiring manager (round 2 of 4)")), "hiring manager interview");
    assert_eq!(stage_phrase(Some("technical screen (video)")), "technical screen");
}

#[test]
fn a_highlight_sentence_does_not_repeat_the_notes_own_verb() {
    let s = highlight_sentences(
        &["Leo really liked the lineage diagram.", "Leo appreciated the data contract template I brought."],
        "Leo Brandt",
    );
    assert_eq!(s[1], "I was also pleased that you appreciated the data contract template I brought.");
}

#[test]
fn a_wish_to_clarify_without_saying_what_is_worded_by_the_user() {
    assert!(unvouched("I'd like to clarify the part about backfills, which came out muddled.").is_some());
    assert!(unvouched("I want to correct something about the bootloader.").is_some());
    assert!(unvouched("I said our CI runs in four minutes, but in fact it's closer to nine.").is_none());
}

#[test]
fn a_line_the_writer_wonders_about_is_not_sent_but_a_question_to_ask_is() {
    assert!(unvouched("Ruth said they want someone in seat by Jan 4 so decision before Christmas?").is_some());
    assert!(unvouched("Is the Full-Stack Engineer role hybrid or fully remote?").is_none());
    assert!(unvouched("Dana responded well to \"learn names.\"").is_some(), "a quotation alone");
}

#[test]
fn a_highlight_sentence_does_not_stack_two_thats() {
    let s = highlight_sentences(
        &["Aiko loved the idea of replaying webhooks.", "Aiko liked that I asked how they test idempotency keys."],
        "Aiko Tanaka",
    );
    assert_eq!(s[1], "I was also pleased you liked that I asked how you test idempotency keys.");
}

#[test]
fn their_quoted_words_after_a_highlight_stay_in_the_note() {
    let line = "Marcus liked that I brought up clock skew between nodes without being prompted — he literally said \"good, most people miss that\".";
    assert_eq!(
        without_quoted_tail(line),
        "Marcus liked that I brought up clock skew between nodes without being prompted"
    );
    let line = "Becca loved the story about killing the feature. She said \"that's exactly the muscle we need\".";
    assert_eq!(without_quoted_tail(line), "Becca loved the story about killing the feature");
    let line = "Becca loved the story about killing the \"v2\" feature after the beta. You said \"that's the muscle we need\".";
    assert_eq!(without_quoted_tail(line), "Becca loved the story about killing the \"v2\" feature after the beta");
    assert_eq!(
        without_quoted_tail("Phil asked how I'd present to nurses. Said my answer was practical."),
        "Phil asked how I'd present to nurses"
    );
    let only_a_quote = "She said \"please come tell my team that.\"";
    assert_eq!(without_quoted_tail(only_a_quote), only_a_quote);
}

#[test]
fn a_note_to_correct_oneself_is_written_by_the_user() {
    assert!(
        unvouched("told you that Cox models assume a constant hazard. Wrong, it's proportional hazards. Must correct.")
            .is_some()
    );
}

#[test]
fn a_hurried_line_is_tidied_before_it_is_recalled() {
    assert_eq!(tidy("Nico + I bonded over mobile telemetry.", &["Nico"]), "Nico and I bonded over mobile telemetry.");
    assert_eq!(tidy("dev and i agreed on the plan", &["Dev"]), "Dev and I agreed on the plan");
    // Set 48: times written out, and the writer's surprise left out.
    assert_eq!(
        tidy("I finished the case within the 45 min and knew the 15-min products", &[]),
        "I finished the case within the 45 minutes and knew the 15-minute products"
    );
    assert_eq!(tidy("Dr. Mwangi had actually read the sample", &[]), "Dr. Mwangi had read the sample");
    // (Set 48: shorthand for a time and so much by the period.)
    assert_eq!(
        tidy("I said the pilot ran 3 months, but in fact it was 6 wks.", &[]),
        "I said the pilot ran 3 months, but in fact it was 6 weeks."
    );
    assert_eq!(
        tidy("I said our bill is around 40k €/month, but in fact it's 14k €/month.", &[]),
        "I said our bill is around €40k a month, but in fact it's €14k a month."
    );
    assert_eq!(tidy("our pipeline processes 2 TB/day", &[]), "our pipeline processes 2 TB a day");
    // (Set 49: a language in lower case, a thumb's intensifier, a bracket with no opening.)
    assert_eq!(tidy("I didn't get to say that I speak spanish", &[]), "I didn't get to say that I speak Spanish");
    assert_eq!(tidy("you liked the triage bit heaps", &[]), "you liked the triage bit");
    assert_eq!(tidy("you liked the triage bit heaps.", &[]), "you liked the triage bit.");
    assert_eq!(tidy("heaps of work", &[]), "heaps of work", "a word of the sentence");
    assert_eq!(
        tidy("the article on Batam dwell times I mentioned]", &[]),
        "the article on Batam dwell times I mentioned"
    );
    assert_eq!(tidy("the [draft] plan", &[]), "the [draft] plan");
    assert_eq!(tidy("the 24/7 desk and/or the A/B test", &[]), "the 24/7 desk and/or the A/B test");
    // Set 48: a word shouted for emphasis is said plainly; an acronym stays.
    assert_eq!(
        tidy("Hemi liked that I asked about alert fatigue BEFORE designing anything in ED.", &["Hemi"]),
        "Hemi liked that I asked about alert fatigue before designing anything in ED."
    );
    // (Set 39: a hurried "w/" had the highlight listed as shorthand.)
    assert_eq!(
        tidy("Paul liked the kouign-amann w/ miso story.", &["Paul"]),
        "Paul liked the kouign-amann with miso story."
    );
    // (Set 27.)
    assert_eq!(
        tidy("I said i had 4 yrs as journeyman, but in fact its 3.5.", &[]),
        "I said I had 4 years as journeyman, but in fact it's 3.5."
    );
    assert_eq!(
        tidy("Tomás liked that i brought up idempotent writes & dedupe keys early", &["Tomás"]),
        "Tomás liked that I brought up idempotent writes and dedupe keys early"
    );
    assert_eq!(tidy("she asked about Harlan & Voss", &[]), "she asked about Harlan & Voss", "a name's ampersand");
    assert_eq!(
        super::vouch::without_trailing_clause(
            "Tanya liked my retention numbers, 94% GRR, made her write something down"
        ),
        "Tanya liked my retention numbers"
    );
    assert_eq!(
        super::vouch::without_trailing_clause("Luca liked my crudo plating, had me do two more for family meal"),
        "Luca liked my crudo plating"
    );
    // (Set 27: after the dash, how the writer saw it land.)
    assert_eq!(
        super::vouch::without_trailing_clause(
            "Carla liked my shrink numbers from Giant Eagle – when I said 3.1% to 2.2% you actually wrote it down"
        ),
        "Carla liked my shrink numbers from Giant Eagle"
    );
    assert_eq!(
        super::vouch::without_trailing_clause(
            "Tobias liked that I'd dealt with service contracts, because apparently their plate readers go down"
        ),
        "Tobias liked that I'd dealt with service contracts"
    );
    for whole in [
        "Tanya liked my retention numbers, 94% GRR, and the churn chart",
        "Tanya liked the plan, the budget, and the timeline",
        "Tanya, the recruiter, liked my numbers",
    ] {
        assert_eq!(super::vouch::without_trailing_clause(whole), whole);
    }
}

#[test]
fn family_are_greeted_as_the_writer_calls_them() {
    assert_eq!(salutation("Aunt Roberta"), "Aunt Roberta");
    assert_eq!(salutation("Ma'am Ruth Gonzales"), "Ma'am Ruth", "set 59");
    assert_eq!(salutation("Kuya Ben"), "Kuya Ben", "set 59");
    assert_eq!(salutation("Roberta Aunt"), "Roberta");
}

#[test]
fn a_line_written_to_oneself_is_not_recalled_to_the_reader() {
    let why = unvouched(
        "She liked the inventory system story a lot, the one where you cut the stockroom count time in half.",
    );
    assert_eq!(why, Some("written to yourself, to word in your own"));
    assert_eq!(unvouched("Marco did like that you ran the monthly safety walks."), why);
    // Someone's words in quotes say "you" of the writer, and may be recalled.
    assert_eq!(unvouched("She said \"you'd fit right in here.\""), None);
}

#[test]
fn set_23s_worst_lines_are_worded_or_left_for_the_user() {
    // The writer's verdict on a person is no highlight; what someone said stays theirs.
    assert!(left_out("Kira was the best part.").is_some());
    assert!(left_out("Tom was great").is_some());
    assert!(left_out("Maya said it was the best answer she'd heard all week").is_none());
    // Their question about the writer's own work is the point; what follows a question is more
    // than what they asked, for the user to word.
    assert!(left_out("Maya asked about the year-end appeal I ran at Riverbend Literacy").is_none());
    assert!(left_out("Gerald asked mostly about classroom management").is_some());
    assert!(left_out("Lena asked how I'd tell program stories. She said that's her number one worry.").is_none());
    // A note that opens with the reader's surname alone.
    assert_eq!(
        highlight_sentences(&["Patel really liked when I talked about the controlled substance counts"], "Sunil Patel"),
        ["I was especially glad that you really liked when I talked about the controlled substance counts."]
    );
    // A hurried "didnt mention", with the writer's verdict after it.
    assert_eq!(clarification_kind("didnt mention the hazmat endorsement class i did. dumb"), ClarifyKind::Unmentioned);
    // What follows the thing not mentioned is the writer's thought, not the letter's.
    assert_eq!(
        clarification_sentences(&["Forgot to mention the Spanish. Obvious asset for Eastfield!!"], "Priya"),
        ["I didn't get to mention the Spanish, and I'd be glad to tell you more about it."]
    );
    // (Set 49: a promise to one named in lower case, with its day.)
    assert_eq!(promised("promised jenna my references list by wed 12/2").as_deref(), Some("my references list"));
    // (Set 48: the topic before a dash, and who liked "that" after it.)
    assert_eq!(
        undashed(
            "te reo labels on the escalation screen – Lucy loved that, said the aged care providers would too",
            &["Lucy"]
        ),
        "Lucy loved the te reo labels on the escalation screen"
    );
    assert_eq!(
        undashed("the way I ran standups – Lucy loved that", &["Lucy"]),
        "the way I ran standups – Lucy loved that",
        "the writer's own doing is theirs to word"
    );
    // (Set 48: a thing not come to, with the writer's reasons after it.)
    let slide = "didn't get to my slide on offline mode (rural facilities, rubbish wifi). Hemi would care about that – put in his email";
    assert_eq!(clarification_kind(slide), ClarifyKind::Unmentioned);
    assert!(understood(slide));
    assert_eq!(
        clarification_sentences(&[slide], "Hemi"),
        ["I didn't get to mention my slide on offline mode, and I'd be glad to tell you more about it."]
    );
    // What the writer did badly is not a topic to explain.
    assert!(!understood("explained volunteer hours tracking badly"));
    assert!(!understood("didnt follow up on the budget question"));
    // A line marked private, or one the writer will not bring up, goes to no one.
    assert_eq!(
        clarification_kind(
            "private: the band Colleen gave ($58–64k) is low for this. Do NOT bring it up until offer stage."
        ),
        ClarifyKind::Private
    );
}

#[test]
fn a_highlight_loses_the_writers_asides_and_the_thing_is_what_was_said_about_it() {
    use super::vouch::trimmed;
    let cases = [
        (
            "Kayla liked the peak season thing (ramped 40 temps in 3 wks)",
            "Kayla liked what I said about the peak season",
        ),
        (
            "Lin really liked the sepsis bundle audit I did on my unit. asked if I'd want to be on their practice council 👀",
            "Lin really liked the sepsis bundle audit I did on my unit",
        ),
        (
            "Dr. Nguyen liked the standards-based grading stuff",
            "Dr. Nguyen liked what I said about the standards-based grading",
        ),
        ("Joanne liked the capital campaign thing a lot", "Joanne liked what I said about the capital campaign"),
        // Set 35: what she said after is the writer's record.
        (
            "Grace loved that I added the early literacy tip for the grownups. She said later that's something they want every storytime to have.",
            "Grace loved that I added the early literacy tip for the grownups",
        ),
        // Set 34: "I was especially glad that you liked the parallel run part."
        ("Derek liked the parallel run part a lot", "Derek liked what I said about the parallel run"),
        (
            "Renee liked my double-check workflow thing (independent verification before compounding, not after)",
            "Renee liked what I said about my double-check workflow",
        ),
        (
            "Marcus responded warmly when I mentioned the \"insight half-life\" thing (re-validating findings after 6 mo)",
            "Marcus responded warmly when I mentioned the \"insight half-life\"",
        ),
        (
            "Rick liked the TRIR drop at current place (2.8 -> 1.1 over 2 yrs)",
            "Rick liked the TRIR drop at current place",
        ),
        (
            "Tobias really liked when I talked about the contextual inquiry I did in pharmacies (standing behind the \
             counter w/ techs). \"that's the muscle we need\"",
            "Tobias really liked hearing about the contextual inquiry I did in pharmacies",
        ),
        ("Tobias liked when i mentioned the ride-alongs", "Tobias liked hearing about the ride-alongs"),
        // Set 39: "I was especially glad you liked that I think."
        ("Kirsty liked that i think", "Kirsty liked that"),
    ];
    for (line, want) in cases {
        assert_eq!(trimmed(line), want, "{line}");
    }
    // What comes between the article and "thing" is a clause, or brackets hold all there is.
    for kept in [
        "Patrice liked the board giving + getting thing I did at the museum",
        "Patrice liked the thing I built",
        "She liked (the demo)",
        "Ana liked the demo. Then we toured the lab",
    ] {
        assert_eq!(trimmed(kept), kept);
    }
    assert_eq!(tidy("Rick liked the TRIR drop at current place", &[]), "Rick liked the TRIR drop at my current job");
    assert_eq!(tidy("liked that ive done RF cycle counts", &[]), "liked that I've done RF cycle counts");
    assert_eq!(tidy("she said i didnt need it", &[]), "she said I didn't need it");
    assert_eq!(
        tidy("I said I'd used PCSWMM for 5 yrs, but in fact its more like 3.", &[]),
        "I said I'd used PCSWMM for 5 years, but in fact it's more like 3."
    );
    assert_eq!(tidy("the team and its roadmap", &[]), "the team and its roadmap");
    // Set 35: "…when I explained how I cut OT by ~20%".
    assert_eq!(tidy("how I cut OT by ~20% with scheduling", &[]), "how I cut overtime by about 20% with scheduling");
}

#[test]
fn set_46_corrections_end_before_the_writers_aside_and_salary_credit_is_no_pay() {
    let line = "I said we migrated the catalogue to Axiell Collections in 2019, but in fact it was 2021 — I was thinking of the business case.";
    assert_eq!(
        clarification_sentences(&[line], "Dr Alasdair Kerr"),
        [
            "I'd like to correct one thing from our conversation. I said we migrated the catalogue to Axiell Collections in 2019, but in fact it was 2021."
        ]
    );
    // Set 50: a second correction says it is one more.
    let two = [
        "I said I passed the 2391 in 2019, but in fact it was 2018.",
        "I said the contractor's got 2 weeks to submit the quotation, but in fact it's 3.",
    ];
    assert_eq!(
        clarification_sentences(&two, "Graeme Stoddart"),
        [
            "I'd like to correct one thing from our conversation. I said I passed the 2391 in 2019, but in fact it was 2018.",
            "I should also correct one more thing. I said the contractor's got 2 weeks to submit the quotation, but in fact it's 3."
        ]
    );
    assert!(!is_about_pay("I proposed nudges 2 days after salary credit and Neha lit up"));
    assert!(is_about_pay("the salary is Grade 6"));
}

#[test]
fn a_rounds_code_before_its_name_is_left_out() {
    // Set 46: `R1b - take-home assignment review`, `R2 - panel (4 members)`.
    assert_eq!(stage_phrase(Some("R1b - take-home assignment review")), "take-home assignment review");
    assert_eq!(stage_phrase(Some("R2 - panel (4 members)")), "panel");
}

#[test]
fn a_topic_before_a_dash_is_what_it_stands_for() {
    // Set 46.
    let line = "Business note - Vikram liked that I kept it to one page and put the recommendation first";
    assert_eq!(
        undashed(line, &["Vikram"]),
        "Vikram liked that I kept the business note to one page and put the recommendation first"
    );
    assert_eq!(undashed("SQL - AJ asked rolling roll-rate", &["AJ"]), "SQL - AJ asked rolling roll-rate", "no liking");
    assert_eq!(
        without_quoted_tail("Vikram liked that I kept it to one page. He said most candidates send 6 pages."),
        "Vikram liked that I kept it to one page"
    );
    assert_eq!(
        without_quoted_tail("Luis liked the temp log story (caught a reefer running 44F, refused it)."),
        "Luis liked the temp log story"
    );
}

#[test]
fn set_46_a_topic_and_what_i_did_and_a_verdict_on_how_it_went_are_not_sent() {
    assert!(labelled("Discharge TAT question - I explained the funnel approach"));
    assert!(unvouched("Alasdair's question about the documentation backlog seemed to go well").is_some());
}

#[test]
fn a_label_naming_the_kind_of_a_clarification_is_its_kind_not_its_topic() {
    // (Set 56, a Jira note's numbered points: at the base, "I would also like to add a word about
    // not mentioned. Forgot to mention RBI IT audit…" and "I also wanted to come back to promise.")
    let unmentioned = "Not mentioned: Forgot to mention RBI IT audit compliance experience (closed 14 observations in FY25). Very relevant for BFSI.";
    assert_eq!(clarification_kind(unmentioned), ClarifyKind::Unmentioned);
    assert!(understood(unmentioned));
    assert_eq!(
        clarification_sentences(&[unmentioned], "Vivek Kulkarni"),
        ["I didn't get to mention my RBI IT audit compliance experience, and I'd be glad to tell you more about it."]
    );
    let promise = "Promise: Told Sneha I will share sanitised weekly status report template by EOD Wednesday (18-Nov).";
    assert_eq!(clarification_kind(promise), ClarifyKind::Promise);
    assert_eq!(promised(promise).as_deref(), Some("the sanitised weekly status report template"));
    assert_eq!(
        clarification_sentences(&[promise], "Sneha Patil"),
        ["As promised, here is the sanitised weekly status report template."]
    );
    // (A promise's label, then only the thing and whom it is for.)
    let deck = "Promise: PMO governance deck (sanitised) to Farida ma'am by Fri 04-Dec.";
    assert_eq!(promised(deck).as_deref(), Some("the PMO governance deck"));
    assert_eq!(promised("Promise: Maya gets the deck"), None, "a sentence that is no plain thing is the user's");
    // (A label of a note to oneself keeps the line out of every letter, whatever it says.)
    assert_eq!(clarification_kind("NTS: said 35 people but it is 28"), ClarifyKind::Private);
    // (A label that says the kind while what follows is private stays private.)
    assert_eq!(clarification_kind("Correction: salary, don't bring it up"), ClarifyKind::Private);
    // (An unknown label is a topic, as before.)
    assert_eq!(clarification_kind("Caching: I meant the read-through cache"), ClarifyKind::Topic);
}

#[test]
fn a_promise_of_a_promise_is_worded_by_the_user_when_it_names_no_thing() {
    // (Set 56: "As promised, here is an actual card." from `n.b. send Denise an actual card`.)
    assert_eq!(promised("send Denise an actual card — she went way beyond"), None);
    assert_eq!(promised("send Omar a handwritten note"), None);
    assert_eq!(promised("send Maya the benchmark write-up").as_deref(), Some("the benchmark write-up"));
}

#[test]
fn a_highlight_about_the_writer_alone_or_strung_from_fragments_is_not_recalled() {
    // (Set 56, each sent at the base.)
    assert!(strung_together("Asked velocity vs outcomes – liked DORA metrics answer", "Sanjay Bhide"));
    assert!(strung_together("Rescheduled round 2 once when I requested, no issues", "Sneha Patil"));
    assert!(strung_together("Series C funded, ~180 employees", "Sanjay Bhide"));
    assert!(strung_together("Cab, reimbursement, water + cookies, gave a short campus tour after", "Pooja Nair"));
    assert!(strung_together("Discussed team structure, liked my approach of light-touch PMO", "Manasi Kelkar"));
    // (What the reader did, or did with the writer, is theirs to hear.)
    assert!(!strung_together("Sneha liked that I have SAFe POPM along with PMP", "Sneha Patil"));
    assert!(!strung_together("We agreed that benchmarks belong in CI, not on someone's laptop", "Dan"));
    assert!(!strung_together("the question on scope creep in fixed-bid", "Sneha Patil"));
    // (An emoji between two sentences ends the first.)
    assert_eq!(super::vouch::sentences_in("Ciarán said the deck was \"the best\" 😊 He liked the ad idea"), 2);
    assert_eq!(super::vouch::sentences_in("She is also from Nashik 🙂"), 1);
    assert_eq!(super::vouch::sentences_in("he said the deck was \"the best\" He liked the ad idea"), 2);
    assert_eq!(super::vouch::sentences_in("she called it \"clean\" and laughed"), 1);
    // (What they did after a comma is the writer's account, and left off the highlight.)
    assert_eq!(
        without_quoted_tail(
            "Vivek liked the RAID log from the NBFC loan-migration project, went through it line by line"
        ),
        "Vivek liked the RAID log from the NBFC loan-migration project"
    );
    assert_eq!(
        without_quoted_tail("She also started career in Chakan plant, shared some line-side stories. Good connect"),
        "She also started career in Chakan plant, shared some line-side stories. Good connect",
        "a line of two sentences is the user's to word"
    );
}

// Set 59's `CORRECTION: 131% not 138% (FY25)` was "I'd like to correct one thing from our
// conversation. 131% not 138% (FY25)."; set 60's `Napkin math slow` was "I don't think I
// explained napkin math slow as clearly as I would have liked". Neither says what it is about.
#[test]
fn a_figure_and_what_it_replaces_or_a_verdict_is_left_for_the_writer_to_word() {
    assert!(!understood("CORRECTION: 131% not 138% (FY25)"));
    assert!(!understood("Napkin math slow"));
    // (And set 60's `I said we run 14 k8s clusters, but in fact 11`: its truth says nothing.)
    assert!(!understood("I said we run 14 k8s clusters, but in fact 11."));
    assert!(understood("I said we run 14 k8s clusters, but in fact it's 11."));
    assert!(!understood("I said 350 mg at the end, but in fact it's 340 mg."), "350 mg of what");
    assert!(understood("CORRECTION: I said the book was AED 18M, but in fact it was AED 14M."));
    assert!(understood("The rollout plan"), "a topic is still one");
}

// Set 60: `ask Shanice for Trevor's email` was "I'd also welcome the chance to ask Shanice for your
// email." in the letter to Trevor.
#[test]
fn a_question_for_someone_else_or_for_an_address_is_the_writers_own() {
    assert!(!understood("ask Shanice for Trevor's email"));
    assert!(!understood("find out Lourdes's email address"));
    assert!(understood("ask about the onboarding timeline"));
}

// Set 60: `Send Dr. Sarpong-Kumah the ICU pharmacist protocol draft I did at Tesano Hills (remove
// hospital name)` was "As promised, here is the ICU pharmacist protocol draft I did at Tesano Hills."
#[test]
fn a_promise_whose_note_says_to_take_a_name_out_is_the_writers_to_word() {
    let text = "Send Dr. Sarpong-Kumah the ICU pharmacist protocol draft I did at Tesano Hills (remove hospital name)";
    let thing = promised(text).expect("a promise");
    assert!(names_what_to_remove(text, &thing), "{thing}");
    let sanitised = "PROMISE: Rwanda case summary (sanitised, no client name) to Claudine by Mon 7 Dec.";
    assert!(!names_what_to_remove(sanitised, &promised(sanitised).unwrap_or_default()));
}

// Set 60: `Dr. Huber asked Gehalt directly. I said 85k. He` was offered for Dr. Huber's letter.
#[test]
fn pay_in_german_and_french_is_pay() {
    assert!(is_about_pay("Dr. Huber asked Gehalt directly. I said 85k."));
    assert!(is_about_pay("Mélanie m'a demandé le salaire visé"));
}

// Set 60: `round 3 of 3, final loop = 3 interviews in a row` was "my round 3 of 3, final loop on
// Wednesday 25 November"; `Marek: liked I declared incident at minute 3` was recalled to Marek as
// written.
#[test]
fn a_round_counted_before_a_comma_and_a_hurried_clause() {
    assert_eq!(
        stage_phrase(Some("round 3 of 3, final loop = 3 interviews in a row (HM, peer, bar raiser)")),
        "third-round interview"
    );
    assert!(unvouched("liked I declared incident at minute 3 and assigned roles before debugging").is_some());
    assert!(unvouched("liked that I declared an incident at minute 3").is_none());
    // Set 65, a Zettelkasten slip: "I was especially glad that you and me on the 1950s tramways
    // negatives."
    assert!(unvouched("Jonty + me on the 1950s tramways negatives").is_some());
    assert!(unvouched("me and Jonty on the tramways negatives").is_some());
    assert!(unvouched("Jonty and Miriam asked about the tramways negatives").is_none());
}

#[test]
fn one_named_twice_in_a_sentence_is_spoken_of_not_to() {
    // Set 63, sent to Colleen once the praise of Raj's was told back.
    let s = "I was especially glad that Raj called my objection handling the best Raj had seen this cycle.";
    assert!(super::speaks_of_a_third_person(s));
    assert!(!super::speaks_of_a_third_person(
        "I was especially glad that you called my objection handling the best you had seen this cycle."
    ));
}

#[test]
fn an_aside_in_brackets_inside_what_was_not_said_is_left_out_of_it() {
    // Set 65: "I didn't get to say that I've done the, and I'd be glad to tell you more about it."
    let s = clarification_sentences(
        &["Forgot to say I've done the (2024) rare books handling & conservation short course. Only matters a bit."],
        "Priya Nand",
    );
    assert_eq!(
        s,
        [
            "I didn't get to say that I've done the rare books handling & conservation short course, and I'd be glad to tell you more about it."
        ]
    );
}

#[test]
fn a_promise_that_lists_what_a_message_is_to_say_is_no_thing_to_attach() {
    // (Set 60: `send Dana the recap deck + the 850 correction + CMP`, a to-do for the message.)
    assert!(clarify::vague("the recap deck and the 850 correction and CMP"));
    assert!(!clarify::vague("the Hope Gala post-event recap deck"));
}

#[test]
fn a_line_the_writer_marks_memo_only_is_private() {
    let line = "Kondo kachō asked about my family plan (children?). Uncomfortable. → memo only";
    assert_eq!(clarify::clarification_kind(line), clarify::ClarifyKind::Private);
}

#[test]
fn a_label_and_its_value_or_a_deadline_is_no_topic_to_explain() {
    // (Set 61, a mind map's nodes under `Fix`: "I don't think I explained real: 68 as clearly as I
    // would have liked", "…say more about before vr 20-11".)
    assert!(!clarify::understood("real: 68"));
    assert!(!clarify::understood("before vr 20-11"));
    // (Set 61, a KPT's problems: verdicts on oneself.)
    assert!(!clarify::understood("Quaternion question: I was slow"));
    assert!(!clarify::understood("English part with Lin-san: I spoke too fast, too much katakana English"));
    assert!(clarify::understood("the budget variance walkthrough"));
}

#[test]
fn a_clause_inside_a_noun_phrase_is_no_verb_of_it() {
    // Set 67: "I was especially glad that the attendance traffic-light system I built for the 2nd
    // years at Holy Family." had no verb.
    let s = highlight_sentences(&["The attendance traffic-light system I built for the 2nd years"], "Fergal Dunne");
    assert_eq!(
        s,
        ["I was especially glad to tell you about the attendance traffic-light system I built for the 2nd years."]
    );
    let s = highlight_sentences(&["The rota tool I built impressed Fergal"], "Fergal Dunne");
    assert_eq!(s, ["I was especially glad that the rota tool I built impressed you."]);
}
