//! The corpus of notes in the styles people really write (`tests/fixtures/styles/`, issue 13):
//! each style's folder is a notes folder of its own, and each note `NOTE.md` (or `.txt`, `.org`, `.tex`) sits
//! beside `NOTE.expect.json`, what a careful reader takes from it. `inspect --json` must agree, field by
//! field; every mismatch of every note is printed before the test fails.
//!
//! A person is written `Name | Title | kind` or `Name | Title | kind | role` (`-` for no title),
//! so that an expectation reads like the note. `KNOWN_GAPS` names the notes not read right yet:
//! the test fails when one of them is read right, so the list only shrinks.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::support::{Test, repo};

/// Notes (`style/path`) that followup does not read as their expectation says, yet.
/// (Set 19's notes, issue 13: a helper named only in a heading's brackets, a promise in lower
/// case, a thing not mentioned under a self-scoring heading, highlights under a person's link.)
const KNOWN_GAPS: &[&str] = &[
    "bold/tri-county-federal-credit-union/Nov 24 final.md",
    "hurried/northgate-community-housing-partnership/Northgate 25 Nov.md",
    "obsidian/hadley-voss-llp/2026-11-23 Hadley & Voss 2nd round.md",
    // (Set 47's Logseq outlines: praise quoted under a person's block, `"You clearly think about
    // clinicians as users, not obstacles." ← after…`, is listed for the user to write, not read
    // as a highlight; nor is `gurpreet said "end of next week" for a decision` a decision day.)
    "logseq/hearthstone-health/2026-11-26-final-round.md",
    "logseq/maple-transit-labs/2026-11-17-portfolio-review.md",
    "logseq/northwind-ledger/2026-11-10-research-lead-r2.md",
    // (Set 48: Apple Notes as plain text, a dictated transcript, an Indian English table a round.
    // Read better than at first, not yet wholly: names written without their macrons, people met
    // but excluded from the thanks, praise in a transcript's run-on sentences, clarifications in
    // run-on sentences, a second interview's process position.)
    "dictated/aldgate-payments/2026-11-23-interview.md",
    "dictated/castlemere-bank/2026-11-16-stage-one.md",
    "dictated/thornbury-am/2026-12-04-final.md",
    "plain-text/kotui-health/2026-11-17-first-interview.md",
    "plain-text/kotui-health/2026-11-26-case-study.md",
    "plain-text/whanau-connect/2026-12-02-panel.md",
    "rounds-table/kirana-cloud/2026-11-21-walkin-drive.md",
    "rounds-table/zestmark/2026-11-25-r1-r2.md",
    "rounds-table/zestmark/2026-12-02-final.md",
    // (Set 50: minutes of a meeting, and Word documents through pandoc. Their people are read, the
    // writer and the apologies left out; not yet what the minutes say in the third person
    // (`Candidate said 0.8.`, `Candidate undertook to send…`), the job a pasted mail's subject
    // names, a tour's guide as one who helped, a promise told to someone in a list of follow-ups,
    // nor a stage in bold under a heading of the case study.)
    "minutes/bokamoso-platinum/2026-11-23-safety-manager-r1.md",
    "minutes/highveld-coal/2026-11-30-group-she-manager-r2.md",
    "pandoc/mwangaza-assurance/2026-11-19-audit-manager-panel.md",
    "pandoc/savanna-logistics/2026-12-01-audit-manager-final.md",
    "pandoc/tausi-microfinance/2026-11-24-internal-audit-mgr-r2.md",
    // (Set 63, written by a helper that had seen neither code nor earlier sets: a nurse's bullet
    // journal, a chef's Slack debrief with a friend, a sales rep's CRM log, a Brazilian lab
    // technician's English, a policy advisor's Google Docs export; their truth is `KEY-63.txt`. Read in part: the people of a
    // chat and a CRM's contacts, highlights and clarifications under a CRM's `✅ WIN`, `❌ ERROR`
    // tags, names the note corrects (`Hegarity`, `Brandão`), the job in a bullet journal's line.)
    "bujo/harbourview-community-health/wk47 harbourview.md",
    "bujo/st-brigids-childrens-hospital/01.12 final - St B.md",
    "bujo/st-brigids-childrens-hospital/2026-11-12 St Brigids panel.md",
    "crm/brightline-diagnostics/Brightline-Onsite-20261124.md",
    "crm/norvane-surgical/NORVANE_R1_2026-11-16.md",
    "crm/norvane-surgical/NORVANE_R2_2026-12-02.md",
    "gdocs/department-of-regional-resilience/DRR R2 written exercise 18 Nov.md",
    "gdocs/department-of-regional-resilience/DRR R3 - DepSec 26.11.2026.md",
    "gdocs/department-of-regional-resilience/DRR Senior Policy Advisor - interview notes (R1).md",
    "pt-br/biolumen-analises-clinicas/Biolumen - etapa unica.md",
    "pt-br/vetra-pharma/entrevista_vetra_13-11-2026.md",
    "pt-br/vetra-pharma/vetra final 04.12.md",
    "slack/larder-and-vine/slack - larder n vine 18-11.md",
    "slack/ostro-dining-group/ostro FINAL trial 3 dec.md",
    "slack/ostro-dining-group/ostro chat 10nov.md",
    // (Set 64, written the same way: a nurse's Trello cards, a lab technologist's Roam pages, a
    // transport planner's tracker row pasted from Excel with Dutch columns, a sous-chef's English
    // with German habits, a policy analyst's social-media thread drafts with notes not for
    // posting. Their truth is `KEY-64.txt`. Read in part: the tracker row column by column, the
    // thread's bracketed notes, names said wrong and said again, refusals, thanks a later round's
    // note says went out.)
    "csv-row/kroonhaven-logistics/Kroonhaven R3 finale 3-12-2026.md",
    "csv-row/kroonhaven-logistics/kroonhaven_R2_19-11.md",
    "csv-row/kroonhaven-logistics/kroonhaven_ronde1_09-11-2026.md",
    "de-en/hotel-elbgold/2026-11-13 Elbgold Gespräch.md",
    "de-en/hotel-elbgold/Probearbeiten Elbgold 27.11.md",
    "de-en/restaurant-fjordhaus/Fjordhaus 20.11.2026.md",
    "roam/harbourfront-pathology/December 2nd, 2026.md",
    "roam/harbourfront-pathology/November 16th, 2026.md",
    "roam/northbridge-research-institute/November 24th, 2026.md",
    "thread/harbour-capital-housing-trust/hcht-thread-draft-2026-12-04.md",
    "thread/ministry-for-coastal-resilience/thread draft R2 (25-11-2026).md",
    "thread/ministry-for-coastal-resilience/thread-draft-R1-11nov.md",
    "trello/corvanta-medical/Corvanta - Clinical Education Specialist - R1 Teams 18-11.md",
    "trello/st-finbarrs-university-hospital/StFinbarrs CNM2 ICU - stage 1 panel (12 Nov 2026).md",
    "trello/st-finbarrs-university-hospital/StFinbarrs CNM2 ICU - stage 2 DON + walkround (26 Nov 2026).md",
    // (Set 65, written the same way: an archivist's Zettelkasten slips, a QC analyst's AsciiDoc, a
    // nurse's Nigerian English, a chef's Québécois French-English, a sales rep's Bear notes with
    // nested tags. Their truth is `KEY-65.txt`. Read in part: the slips as sections and items, a
    // field's term, a person listed by a word and named after, news after a rule.)
    "asciidoc/brennan-biologics/interview-notes-r1-2026-11-10.md",
    "asciidoc/brennan-biologics/r2-lab-tour-site-visit.md",
    "asciidoc/lee-valley-pharma/LVP_EM_teams_interview_03-12-2026.md",
    "bear/corrugo-packaging/Corrugo FINAL pres.md",
    "bear/corrugo-packaging/Corrugo R2 panel 11.19.md",
    "bear/corrugo-packaging/Corrugo — R1 — Chase + Kayla (11-13).md",
    "ng-en/northbrook-nhs/AMU band 6 interview 18-11-26.md",
    "ng-en/northbrook-nhs/Informal visit AMU 9th Nov.md",
    "ng-en/rosewood-private-hospital/Rosewood DSU interview.md",
    "qc-fr/hotel-le-marquis/entrevue-marquis-2026-11-11.md",
    "qc-fr/hotel-le-marquis/stage-alma-20nov.md",
    "qc-fr/maison-ferland/entrevue_ferland_4dec.md",
    "zettel/harbour-city-archives/202611121602 Interview HCA round 1.md",
    "zettel/harbour-city-archives/202611261745 Interview HCA round 2 practical.md",
    "zettel/kelburn-university-library/202612021310 Interview Kelburn Special Collections.md",
    // (Set 66, written the same way and reviewed before anything was fixed from it: a chef's
    // notebook typed up with `[illegible]` marks, a designer's Obsidian Kanban boards, a logistics
    // manager's English with Polish habits, a teacher's podcast-style self-interview, a lab
    // technologist's CBT thought records. Their truth is `KEY-66.txt`. The thought record of the
    // final round is skipped: no company, no day in its name, its people only in a "Situation"
    // list.)
    "kanban/brightwater-health/2026-11-10 Brightwater R1.md",
    "kanban/brightwater-health/2026-11-19 Brightwater R2 portfolio.md",
    "kanban/brightwater-health/2026-12-02 Brightwater FINAL panel.md",
    "notebook/ardmore-hotel/notebook-p14-ardmore-12nov.md",
    "notebook/ardmore-hotel/notebook-p19-ardmore-trial-26nov.md",
    "notebook/bramble-and-bone/notebook-p23-bramble-glasgow.md",
    "pl-en/donnelly-fresh-foods/2026.11.23 Donnelly rozmowa.md",
    "pl-en/kestrel-logistics/2026.11.17 rozmowa Kestrel etap 1.md",
    "pl-en/kestrel-logistics/2026.12.01 Kestrel etap 2.md",
    "podcast/harbourview-girls-high/ep08-harbourview-r1.md",
    "podcast/harbourview-girls-high/ep09 harbourview demo lesson 2026-12-04.md",
    "podcast/kauri-bay-college/ep07-kauri-bay-16nov.md",
    "thought-record/st-brendans-health-centre/TR 2026-11-24 panel.md",
    "thought-record/st-brendans-health-centre/thought record - bench test.md",
    "thought-record/st-brendans-health-centre/thought-record-2026-11-13.md",
    // (Set 67, written the same way and reviewed at the base before anything was fixed from it: a
    // transport planner's Jira tickets exported whole, a teacher's notes to herself in the second
    // person, an accountant's Indian English, a lab technician's mind maps exported as indented
    // text, a chef's unsent letters to her old mentor. Their truth is `KEY-67.txt`. Read in part:
    // the tickets' people and boxes, the second person as the first, the mind maps' people and
    // the points nested under them.)
    "in-en/marigold-consumer-products/Marigold final round.md",
    "in-en/marigold-consumer-products/Marigold_R1_13-11-2026.md",
    "in-en/marigold-consumer-products/Marigold_R2_technical_20-11-2026.md",
    "jira/frislog/JOB-21_frislog_barendrecht.md",
    "jira/stolk-verhagen/JOB-14_R1_stolk-verhagen_2026-11-12.md",
    "jira/stolk-verhagen/JOB-17_R2_venlo-onsite_2026-11-26.md",
    "mentor-letters/atlantic-crest-hotel/atlantic crest - letter to chef P.md",
    "mentor-letters/fynbos-and-flame/Dear Chef - Fynbos first meeting 11 Nov.md",
    "mentor-letters/fynbos-and-flame/Dear Chef - trade test 2026-11-19.md",
    "mind-map/calyx-biologics/Calyx interview 1 (16 Nov).md",
    "mind-map/calyx-biologics/Calyx onsite 2026-11-30.md",
    "mind-map/southbank-fertility/Southbank Fertility.md",
    "second-person/brightpath/brightpath_call1_10nov.md",
    "second-person/brightpath/brightpath_round2_24nov.md",
    "second-person/st-declans/stdeclans_AP2_interview.md",
    // (Set 68, written the same way and reviewed paired, the base against session 52's head,
    // before two fixes came from it: a transport planner's Todoist exports, a chef's English with
    // Spanish habits, a teacher's self-scored interview scorecards, a microbiologist's
    // Keep-a-Changelog release notes, an accountant's Gulf business English. Their truth is
    // `KEY-68.txt`. Session 53 reads the Todoist notes' tasks and comments, the Brabant Fresh note
    // among them, which had been skipped; their highlights in task comments are still unread.)
    "changelog/ardmore-medical/ardmore-sterility-CHANGELOG.md",
    "changelog/lismore-biologics/CHANGELOG_lismore-biologics_r1_2026-11-11.md",
    "changelog/lismore-biologics/CHANGELOG_lismore-biologics_r2_2026-11-20.md",
    "es-en/the-calder-hotel/Calder Hotel - entrevista sous chef.md",
    "es-en/the-larder-group/entrevista Larder 16-11-2026.md",
    "es-en/the-larder-group/prueba Forge 27nov.md",
    "gulf-en/falcon-crest-catering/FalconCrest_ChiefAccountant.md",
    "gulf-en/rimal-properties/Rimal 2nd interview (CFO) 23.11.2026.md",
    "gulf-en/rimal-properties/Rimal Properties 1st interview 09-11-2026.md",
    "scorecard/kingsbury-park-grammar/KPG scorecard - Head of Maths.md",
    "scorecard/merri-creek-secondary-college/MCSC_demo-lesson_scorecard_2026-11-19.md",
    "scorecard/merri-creek-secondary-college/MCSC_panel_scorecard_2026-11-10.md",
    "todoist/brabant-fresh/brabant fresh gesprek 1.md",
    "todoist/maasdelta-cold-chain/todoist-export_maasdelta-ronde1_2026-11-12.md",
    "todoist/maasdelta-cold-chain/todoist-export_maasdelta-ronde2_2026-11-24.md",
    // (Set 69, written the same way and reviewed paired, the base against session 53's first
    // head, before the fixes that came from it: an ICU nurse's SBAR handovers, a logistics
    // coordinator's English with Korean habits, a drama teacher's screenplays, a GIS analyst's
    // `git log`, a chef's Reddit drafts. Their truth is `KEY-69.txt`. The git log and the Reddit
    // coffee chat were skipped until session 53 read them.)
    "git-log/bytown-regional-transit/2026-11-13-brtc-screen.md",
    "git-log/bytown-regional-transit/2026-11-20-brtc-panel.md",
    "git-log/tamarack-geomatics/tamarack-onsite-log.md",
    "ko-en/arcbridge-pharma-logistics/arcbridge_video_interview_1203.md",
    "ko-en/nordlane-freight-korea/20261112_nordlane_1차면접.md",
    "ko-en/nordlane-freight-korea/20261126_nordlane_2차(임원)면접.md",
    "reddit/saltbush-and-ember/draft - final tasting.md",
    "reddit/saltbush-and-ember/reddit draft - ember coffee chat 11-11.md",
    "reddit/saltbush-and-ember/reddit draft - trial shift (ember) 19nov.md",
    "sbar/glan-ely-hospital/SBAR_GlanEly_interview_10-11-26.md",
    "sbar/glan-ely-hospital/SBAR_GlanEly_stage2_24-11-26.md",
    "sbar/medrona-clinical-research/medrona SBAR 2.12.26.md",
    "screenplay/ardan-youth-theatre/Ardan - pilot episode.md",
    "screenplay/colaiste-naomh-brid/CNB - Scene 1 - interview 17.11.26.md",
    "screenplay/colaiste-naomh-brid/CNB - Scene 2 - demo lesson 27.11.26.md",
    // (Set 70, reviewed paired before anything was fixed from it: a QC technician's lab notebook,
    // a chef's English with French habits, a loadmaster's tech log, a paralegal's court-reporter
    // transcript, an analyst's Jupyter notebook exported to Markdown. Truth in `KEY-70.txt`.)
    "fr-en/hawthorn-and-pike/hawthorn_pike_entretien.md",
    "fr-en/maison-colbert/entretien_colbert_12-11-2026.md",
    "fr-en/maison-colbert/essai_colbert_20nov.md",
    "jupyter/atlantic-transit-commission/atc_screen.md",
    "jupyter/maritime-housing-corp/mhc_r2_20261126.md",
    "jupyter/maritime-housing-corp/mhc_round1_2026-11-13.md",
    "lab-notebook/corrib-biologics/NB07-041_corrib_R1_2026-11-10.md",
    "lab-notebook/corrib-biologics/NB07-047_corrib_R2_onsite_2026-11-19.md",
    "lab-notebook/lismore-diagnostics/NB07-052_lismore_2026-12-03.md",
    "tech-log/coral-sea-cargo/LOG_2026-11-11_CSCS_PH-SCREEN.md",
    "tech-log/coral-sea-cargo/LOG_2026-11-18_CSCS_PANEL.md",
    "tech-log/coral-sea-cargo/LOG_2026-12-01_CSCS_FINAL.md",
    "transcript/hargrove-pell/2026-11-17_HargrovePell_1st-interview.md",
    "transcript/hargrove-pell/HP_2nd-round_12.2.26.md",
    "transcript/midwest-tenant-justice-center/MTJC_interview_11-24-26.md",
    // (Set 71, reviewed unseen before anything was fixed from it: a management accountant's Teams
    // chat with herself, a transport planner's English with Dutch habits, a PE teacher's match
    // reports, a chef's notes on her recipe app's template, a lab technician's English with
    // Italian habits. Truth in `KEY-71.txt`.)
    "it-en/helvexa-diagnostics/colloquio_helvexa_11-11-2026.md",
    "it-en/helvexa-diagnostics/colloquio_helvexa_2_basel_25nov.md",
    "it-en/liffey-clinical-diagnostics/liffey_3dic.md",
    "match-report/ardfield-community-college/match-report-ardfield-R1-13nov.md",
    "match-report/ardfield-community-college/match-report-ardfield-R2-demo-20nov.md",
    "match-report/glenmire-community-school/glenmire-4dec.md",
    "nl-en/maasbridge-logistics/2026-11-10_maasbridge_gesprek1.md",
    "nl-en/maasbridge-logistics/2026-11-24_maasbridge_gesprek2.md",
    "nl-en/nordhaven-pharma-distribution/nordhaven_03-12.md",
    "recipe-card/saltbush-dining-group/ember-rye-sous-chat.md",
    "recipe-card/saltbush-dining-group/ember-rye-trial-shift-261126.md",
    "recipe-card/wattle-grand-hotel/wattle-grand-junior-sous-01-12-2026.md",
    "teams-chat/greater-irwell-council/GIBC_stage1_12-11-26.md",
    "teams-chat/greater-irwell-council/GIBC_stage2_26-11-26.md",
    "teams-chat/pennine-fresh-foods/pennine-FC-interview.md",
    // (Set 72, reviewed unseen before anything was fixed from it: a science teacher's Marp slide
    // decks, a customs specialist's English with Turkish habits, an accountant's notes kept in YAML
    // front matter alone, a paralegal's solicitor-style attendance notes, a reporter's story
    // files. Truth in `KEY-72.txt`.)
    "attendance-note/dublin-city-council/DCC Legal Exec Interview.md",
    "attendance-note/hallissey-rourke/AttNote_HR_R2_01.12.26.md",
    "attendance-note/hallissey-rourke/AttNote_HallisseyRourke_R1_17.11.2026.md",
    "marp/merri-creek-grammar/2026-11-12_merri-creek_r1.md",
    "marp/merri-creek-grammar/2026-11-26_merri-creek_r2_demo.md",
    "marp/westgate-secondary/westgate-panel.md",
    "story-file/riverlea-district-council/riverlea-dc.md",
    "story-file/waipa-valley-dairy/waipa-coop-r1-11nov.md",
    "story-file/waipa-valley-dairy/waipa-coop-r2-27nov.md",
    "tr-en/egetermo/EgeTermo mulakat.md",
    "tr-en/nordhavn-freight/Nordhavn 2.gorusme 24.11.md",
    "tr-en/nordhavn-freight/Nordhavn_HR_gorusme_10.11.2026.md",
    "yaml-only/chinook-ridge-cu/2026-11-16 CRCU R1.md",
    "yaml-only/chinook-ridge-cu/2026-11-25 CRCU R2 onsite.md",
    "yaml-only/chinook-ridge-cu/CRCU final.md",
    // (Set 73, written and reviewed unseen like set 63's: a pharmacist's Google Keep checklists, a
    // civil engineer's English with Chinese habits, a hotel duty manager's handover logs, a
    // librarian's notes mailed to herself and saved as plain text over the thread they forward, an
    // electrician's weighted decision matrices. Truth in `KEY-73.txt`. Their plain-text notes,
    // dates in Chinese and ticked thanks are read; not yet all their people, titles as the
    // expectation writes them, highlights under a matrix's rows, nor a rejection told in the
    // writer's English, `LTP choose other candidate`.)
    "decision-matrix/copperline-dc/copperline R1 - matrix.md",
    "decision-matrix/copperline-dc/copperline R2 FINAL matrix v3.md",
    "decision-matrix/saguaro-valley-usd/SVUSD panel 11-17.md",
    "handover-log/greyfriars-house/HANDOVER 13-11 greyfriars.md",
    "handover-log/greyfriars-house/Handover_Greyfriars_R2 (final).md",
    "handover-log/norland-hospitality/norland log 01dec.md",
    "keep/kauri-coast-health/KCH onsite 24-11.md",
    "keep/kauri-coast-health/Kauri Coast - video int.md",
    "keep/puriri-aged-care/Puriri.md",
    "mail-to-self/cape-metropole-university/Fwd_ Interview invitation - Subject Librarian (Engineering & Built Env).txt",
    "mail-to-self/cape-metropole-university/Fwd_ RE_ Second interview - Subject Librarian (Eng & BE).txt",
    "mail-to-self/marula-heritage-trust/Fwd_ Thank you for coming in today!.txt",
    "zh-en/brightwater-consulting/brightwater 1st interview 11.18.md",
    "zh-en/brightwater-consulting/brightwater 2nd 12.02.md",
    "zh-en/lakeshore-transit/LTP 面试 记录.txt",
    // (Set 74, written by a helper that had seen neither code nor earlier sets and reviewed
    // unseen at a983315 before anything was fixed from it: an ecologist's Discord debriefs, an
    // accountant's English with Greek habits, a demand planner's Things 3 exports, a MEL
    // specialist's AI meeting summaries corrected by hand, a vet tech's notebook pages read by
    // OCR. Their truth is `KEY-74.txt`, each with its `followup.toml`.)
    "ai-summary/maji-bora-trust/Meeting notes 2026-11-24 14-00.md",
    "ai-summary/savanna-health-alliance/Interview – Savanna Health Alliance – MEL Specialist (Nov 11, 2026).md",
    "ai-summary/savanna-health-alliance/Savanna final panel – Dec 3, 2026 (edited).md",
    "discord/fernhill-ecology/debrief fernhill FIELD DAY r2.txt",
    "discord/fernhill-ecology/debrief fernhill r1 (discord copy).txt",
    "discord/liffey-rivers-trust/debrief LRT zoom 3 dec.txt",
    "el-en/harlow-freight/Harlow 2η - CFO.txt",
    "el-en/harlow-freight/Harlow συνέντευξη 1η.txt",
    "el-en/yarra-bend-community-health/YBCH 19.11 συνέντευξη.txt",
    "ocr-scan/north-hills-cat-clinic/Adobe Scan Nov 20, 2026 (1).txt",
    "ocr-scan/three-rivers-vet-er/notebook p31-32 TRVES.txt",
    "ocr-scan/three-rivers-vet-er/notebook p38-39 TRVES rd 2.txt",
    "things/jurong-cold-chain/JCC — Inventory & Planning Lead.md",
    "things/lumiere-consumer-health/Lumière Consumer Health · Senior Demand Planner APAC 2.md",
    "things/lumiere-consumer-health/Lumière Consumer Health · Senior Demand Planner APAC.md",
    // (Set 75, written by a helper that had seen neither code nor earlier sets and reviewed unseen
    // at 0f7dd88 before anything was fixed from it: a data engineer's org-mode notes, a demand
    // planner's WhatsApp exports to herself, a localisation producer's Japanese memos, a nurse's
    // Taglish phone notes, a postdoc's LaTeX notes. Their truth is `KEY-75.txt`, each with its
    // `followup.toml`. The .org and .tex notes were not read at all until session 59.)
    "ja-en/kamogawa-interactive/20261118_一次面接メモ.txt",
    "ja-en/kamogawa-interactive/20261201_二次面接メモ.txt",
    "ja-en/tsubame-commerce/20261124_面接メモ_ツバメコマース.txt",
    "latex/capricornia-university/2026-11-13_screening.tex",
    "latex/capricornia-university/2026-12-03_campus-visit.tex",
    "latex/reefwise-consulting/reefwise_interview_notes.tex",
    "org/brightwater-energy/2026-11-10_teams-interview.org",
    "org/kelvin-ledger/2026-11-04_round1.org",
    "org/kelvin-ledger/2026-11-17_round2.org",
    "taglish/st-raphael-medical-center/SRMC final interview - Nov 27.txt",
    "taglish/st-raphael-medical-center/SRMC interview 1 - Nov 18.txt",
    "taglish/westmoor-nhs/Westmoor interview Nov 9.txt",
    "whatsapp/karoo-fresh/WhatsApp Chat with Karoo Fresh job.txt",
    "whatsapp/vusa-logistics/WhatsApp Chat with Vusa interview (1).txt",
    "whatsapp/vusa-logistics/WhatsApp Chat with Vusa interview.txt",
];

/// The fields an expectation gives, in the order mismatches are told.
const FIELDS: &[&str] = &["company", "position", "date", "stage", "people", "highlights", "clarifications"];

/// The fields of the note's own timeline an expectation may give, checked when it does: where
/// the process stands, the day the company decides by, whether the thank-yous are sent, the
/// status and the days that follow from them.
const TIMELINE: &[&str] =
    &["process_position", "rounds_left", "decision_by", "thanked", "status", "thank_you_by", "check_in_on"];

#[test]
fn every_note_of_the_styles_corpus_is_read_as_its_expectation_says() {
    let root = repo().join("tests/fixtures/styles");
    let mut styles: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    styles.sort();
    assert!(styles.len() >= 12, "the corpus has {} styles, fewer than 12", styles.len());
    let mut notes = 0;
    let mut failing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for style in &styles {
        let expected = expectations(&root.join(style));
        notes += expected.len();
        let t = Test::copy_of(&format!("tests/fixtures/styles/{style}"));
        let run = t.run(&["inspect", "--json"]);
        let views: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{style}: {e}\n{}", run.stderr));
        let views = views.as_array().expect("a folder's inspect is a list");
        for view in views {
            let path = view["path"].as_str().unwrap();
            if !expected.contains_key(path) {
                failing.entry(format!("{style}/{path}")).or_default().push("has no .expect.json beside it".into());
            }
        }
        for (path, expect) in &expected {
            let found = views.iter().find(|v| v["path"] == path.as_str());
            let problems = mismatches(found, expect);
            if !problems.is_empty() {
                failing.insert(format!("{style}/{path}"), problems);
            }
        }
    }
    assert!(notes >= 60, "the corpus has {notes} notes, fewer than 60");
    let mut report = String::new();
    for (note, problems) in &failing {
        let known = if KNOWN_GAPS.contains(&note.as_str()) { " (known gap)" } else { "" };
        report.push_str(&format!("\n{note}{known}\n"));
        for p in problems {
            report.push_str(&format!("    {p}\n"));
        }
    }
    let unexpected: Vec<&String> = failing.keys().filter(|n| !KNOWN_GAPS.contains(&n.as_str())).collect();
    let fixed: Vec<&&str> = KNOWN_GAPS.iter().filter(|n| !failing.contains_key(**n)).collect();
    eprintln!(
        "styles corpus: {} of {notes} notes read as expected; {} known gaps{report}",
        notes - failing.len(),
        KNOWN_GAPS.len()
    );
    assert!(unexpected.is_empty(), "{} notes are not read as expected:{report}", unexpected.len());
    assert!(fixed.is_empty(), "now read as expected, so take them off KNOWN_GAPS: {fixed:?}");
}

/// Every `NOTE.expect.json` under `dir`, by the note's path relative to `dir`.
fn expectations(dir: &Path) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Value>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if let Some(note) = path.to_str().and_then(|p| p.strip_suffix(".expect.json")) {
                let rel = Path::new(note).strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                let text = std::fs::read_to_string(&path).unwrap();
                let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                // (A note kept as plain text, `NOTE.txt`, in org-mode or in LaTeX, as well as
                // Markdown.)
                let ext =
                    ["md", "txt", "org", "tex"].into_iter().find(|ext| Path::new(&format!("{note}.{ext}")).is_file());
                let ext = ext.unwrap_or_else(|| panic!("{} has no note beside it", path.display()));
                out.insert(format!("{rel}.{ext}"), value);
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

/// What differs between the note as `inspect` read it and its expectation, one line each.
fn mismatches(found: Option<&Value>, expect: &Value) -> Vec<String> {
    let Some(found) = found else { return vec!["not listed by inspect".into()] };
    if let Some(reason) = found.get("skipped") {
        return vec![format!("skipped: {reason}")];
    }
    if let Some(error) = found.get("error") {
        return vec![format!("cannot be read: {error}")];
    }
    let mut out = Vec::new();
    let given = TIMELINE.iter().filter(|f| expect.get(**f).is_some());
    for field in FIELDS.iter().chain(given) {
        let Some(want) = expect.get(*field) else {
            out.push(format!("the expectation lacks `{field}`"));
            continue;
        };
        let got = match *field {
            "people" => {
                Value::Array(found["people"].as_array().unwrap().iter().map(|p| Value::String(person(p))).collect())
            }
            "highlights" => {
                Value::Array(found["highlights"].as_array().unwrap().iter().map(|h| h["text"].clone()).collect())
            }
            _ => found[*field].clone(),
        };
        if got != *want {
            match (got.as_array(), want.as_array()) {
                (Some(got), Some(want)) => {
                    let before = out.len();
                    for w in want.iter().filter(|w| !got.contains(w)) {
                        out.push(format!("{field}: missing {w}"));
                    }
                    for g in got.iter().filter(|g| !want.contains(g)) {
                        out.push(format!("{field}: unexpected {g}"));
                    }
                    if out.len() == before {
                        out.push(format!("{field}: in another order, or repeated: {}", Value::Array(got.clone())));
                    }
                }
                _ => out.push(format!("{field}: expected {want}, found {got}")),
            }
        }
    }
    out
}

/// `Name | Title | kind`, with `| role` when the person has one.
fn person(p: &Value) -> String {
    let title = p["title"].as_str().unwrap_or("-");
    let mut s = format!("{} | {title} | {}", p["name"].as_str().unwrap(), p["kind"].as_str().unwrap());
    if let Some(role) = p["role"].as_str() {
        s.push_str(&format!(" | {role}"));
    }
    s
}

#[test]
fn check_lists_a_note_that_looks_like_an_interview_but_cannot_be_read_as_one() {
    // Before issue 13 such a file was skipped in silence: `check` printed nothing about it.
    let t = Test::new();
    t.write("kitewing-interview.md", "- onsite went fine\n- Ana liked the demo\n");
    t.write("README.md", "# How I take notes\n\nOne file per interview.\n");
    let check = t.check();
    assert!(check.contains("kitewing-interview.md:1:1: warning: this looks like an interview note"), "{check}");
    assert!(!check.contains("README.md"), "a README is skipped quietly: {check}");
}

#[test]
fn inspect_says_which_key_or_part_of_the_note_gave_what() {
    let t = Test::copy_of("tests/fixtures/styles/keys");
    t.write("acme/2026-05-27-final.md", "# ACME final round\n\n## People\n\n- Ana Souza, CTO\n");
    let run = t.run(&["inspect", "--json"]);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let note = |p: &str| v.as_array().unwrap().iter().find(|n| n["path"] == p).unwrap().clone();
    let hollowell = note("2026-02-20-hollowell.md");
    assert_eq!(hollowell["from"]["date"], "`met_on`");
    assert_eq!(hollowell["from"]["position"], "`opening`");
    assert_eq!(hollowell["from"]["person Kenzo Ito"], "`talent_partner`");
    let notion = Test::copy_of("tests/fixtures/styles/notion");
    let run = notion.run(&["inspect", "--json"]);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let halden = v.as_array().unwrap().iter().find(|n| n["path"] == "Halden Bank onsite 8be01d.md").unwrap();
    assert_eq!(halden["from"]["date"], "the `Date:` line");
    assert_eq!(halden["from"]["position"], "the `Role:` line");
    let acme = note("acme/2026-05-27-final.md");
    assert_eq!(acme["company"], "ACME");
    assert_eq!(acme["from"]["company"], "the folder");
    assert_eq!(acme["from"]["date"], "the file name");
    assert_eq!(acme["from"]["stage"], "the first heading");
}

/// Issue 13, prose notes: a person's line that says "I emailed Claire before" gives Claire an
/// email and no one else; a title or position with its team after a comma is said in English.
#[test]
fn prose_notes_give_email_to_those_emailed_and_name_teams_in_english() {
    let t = Test::copy_of("tests/fixtures/styles/sessions");
    t.run_at("2026-11-25", &["build"]);
    let lumen = t.read("2026-11-24-lumen.followup.md");
    assert!(lumen.contains("## Claire Dubois, Engineering Manager, Notifications · email"), "{lumen}");
    assert!(lumen.contains("## Rohan Mehta, Staff Engineer · letter"), "{lumen}");
    assert!(t.read("2026-11-18-quarry.followup.md").contains("## Ines Carvalho, Engineering Manager · email"));
    let t = Test::copy_of("tests/fixtures/styles/debrief");
    t.run_at("2026-11-11", &["build"]);
    let harbor = t.read("2026-11-10-harbor.followup.md");
    assert!(harbor.contains("about the Senior Software Engineer role on the Payments team at Harbor Pay."), "{harbor}");
    assert!(!harbor.contains("Engineer, Payments team role"), "{harbor}");
}

/// Issue 13, the fifth blind review: a `How it landed` cell of `good.` is no thing they liked, a nod
/// is said as "responded well", and a highlight of two sentences is listed for the user to word.
#[test]
fn a_verdict_cell_is_no_highlight_and_two_sentences_are_listed() {
    let t = Test::copy_of("tests/fixtures/styles/tables");
    t.run_at("2026-10-13", &["build"]);
    let draft = t.read("farrow-bank/Farrow panel 13-10-2026.followup.md");
    assert!(!draft.contains("liked good"), "{draft}");
    assert!(draft.contains("you responded well to the price/volume/mix bridge"), "{draft}");
    let listed = "- \"The bridge chart on the case. Greta turned the laptop to show Omar\"";
    let plan = draft.split("\n---\n").next().unwrap();
    assert!(plan.contains(listed), "{draft}");
    assert_eq!(draft.matches("The bridge chart").count(), 2, "listed for both, sent to neither: {draft}");
    // `Emailed Greta before? Yes, once…` under `Process`: she gets email, Omar a letter.
    assert!(draft.contains("## Greta Lindahl, Head of FP&A · email"), "{draft}");
    assert!(draft.contains("## Omar Said, Finance Business Partner · letter"), "{draft}");
}

/// Issue 13, prose notes: a clarification written in a section about someone (`## Round 2 —
/// Aiko`, `## Walkthrough with Leo`) goes to that person's message, or to its list of lines to
/// word yourself, not to whoever's turn it is.
#[test]
fn a_clarification_in_a_section_about_someone_is_for_them() {
    let t = Test::copy_of("tests/fixtures/styles/debrief");
    t.run_at("2026-11-11", &["build"]);
    let harbor = t.read("2026-11-10-harbor.followup.md");
    let aiko = harbor.find("Dear Aiko").expect("a letter to Aiko");
    let p99 = harbor.find("I said our p99 was 40 ms").expect("the correction");
    assert!(p99 > aiko, "in Aiko's letter, not Marcus's:\n{harbor}");
    let t = Test::copy_of("tests/fixtures/styles/sessions");
    t.run_at("2026-11-25", &["build"]);
    let orchard = t.read("2026-11-20-orchard.followup.md");
    assert!(orchard.contains("came out muddled.\": the message to Leo Brandt"), "{orchard}");
}

#[test]
fn minutes_thank_those_present_by_their_surnames_and_never_the_writer() {
    // Set 50: `Mr K. Molefe – Candidate` is among those present, and `Minutes taken by: K. Molefe`.
    let t = Test::copy_of("tests/fixtures/styles/minutes");
    t.run_at("2026-11-24", &["build"]);
    let draft = t.read("bokamoso-platinum/2026-11-23-safety-manager-r1.followup.md");
    assert!(draft.contains("Dear Mr van der Merwe,"), "{draft}");
    assert!(draft.contains("Dear Ms Nkosi,"), "{draft}");
    assert!(draft.contains("Dear Mrs Naidoo,"), "{draft}");
    assert!(!draft.contains("Molefe,") && !draft.contains("Dear Candidate"), "the writer is no one to thank:\n{draft}");
    assert!(!draft.contains("Pillay"), "one who sent apologies was not met:\n{draft}");
}

// Set 71, a chef's notes on her recipe app's template: the trial shift's `1 × KP, **Tevita**` had
// a letter "Dear KP,", its `Ollie + Tahnee cards from round 1` gave Ollie a second letter for a
// meeting that never happened, and the title's quoted `"chat"` was part of the job.
#[test]
fn a_recipe_card_s_counted_people_are_those_met_that_day() {
    let t = Test::copy_of("tests/fixtures/styles/recipe-card");
    let run = t.run(&["inspect", "--json"]);
    let views: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{}", run.stderr));
    let view = |path: &str| {
        views
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["path"] == path)
            .unwrap_or_else(|| panic!("{path}: {views}"))
            .clone()
    };
    let trial = view("saltbush-dining-group/ember-rye-trial-shift-261126.md");
    let people: Vec<String> = trial["people"].as_array().unwrap().iter().map(person).collect();
    assert_eq!(
        people,
        [
            "Fern Gallagher | Head Chef, Ember & Rye | interviewer",
            "Ravi Pillai | Executive Chef, Saltbush Dining Group | interviewer",
            "Mei Lin | Operations Coordinator | helper | coordinator",
            "Tevita | - | helper",
        ]
    );
    assert_eq!(trial["position"], "Sous Chef");
    assert_eq!(view("saltbush-dining-group/ember-rye-sous-chat.md")["date"], "2026-11-16");
}

// Set 74, reviewed unseen at a983315: a scan named for the day it was scanned dated the visit a
// day late; a Greek date left a note unread and a sentence over a rule hid its rejection; a note
// named by the company's initials was skipped; "After, a tour…" and a to-do "Take leave…" were
// letters; the writer, listed among an AI summary's participants, was sent a letter; a crossed-out
// name read by OCR was a salutation, and "the Director!! finally met him" a title.
#[test]
fn set_74_dates_people_and_news_read_as_the_writer_meant_them() {
    let inspect = |style: &str| -> Vec<Value> {
        let t = Test::copy_of(&format!("tests/fixtures/styles/{style}"));
        let run = t.run(&["inspect", "--json"]);
        let views: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}\n{}", run.stderr));
        views.as_array().unwrap().clone()
    };
    let view = |views: &[Value], path: &str| {
        views.iter().find(|v| v["path"] == path).unwrap_or_else(|| panic!("{path}: {views:?}")).clone()
    };
    let names = |v: &Value| -> Vec<String> {
        v["people"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_owned()).collect()
    };
    let scans = inspect("ocr-scan");
    let north_hills = view(&scans, "north-hills-cat-clinic/Adobe Scan Nov 20, 2026 (1).txt");
    assert_eq!(north_hills["date"], "2026-11-19", "the page's `Thurs 11/19`, not the scan's day");
    let round_2 = view(&scans, "three-rivers-vet-er/notebook p38-39 TRVES rd 2.txt");
    assert!(round_2.get("skipped").is_none(), "TRVES is the folder's company: {round_2}");
    assert_eq!(round_2["company"], "Three Rivers Vet ER");
    assert_eq!(round_2["date"], "2026-11-30");
    let round_1 = view(&scans, "three-rivers-vet-er/notebook p31-32 TRVES.txt");
    assert!(names(&round_1).iter().all(|n| !n.contains('€')), "{:?}", names(&round_1));
    let greek = inspect("el-en");
    let ybch = view(&greek, "yarra-bend-community-health/YBCH 19.11 συνέντευξη.txt");
    assert_eq!(ybch["date"], "2026-11-19", "`Πέμπτη 19 Νοεμβρίου 2026`");
    assert_eq!(ybch["status"], "rejected", "`email from Sophie: unsuccessful.` below a rule");
    assert!(!names(&view(&greek, "harlow-freight/Harlow 2η - CFO.txt")).contains(&"After".to_owned()));
    let things = inspect("things");
    let lumiere = view(&things, "lumiere-consumer-health/Lumière Consumer Health · Senior Demand Planner APAC.md");
    assert!(names(&lumiere).iter().all(|n| !n.starts_with("Take")), "{:?}", names(&lumiere));
    let summaries = inspect("ai-summary");
    let maji_bora = view(&summaries, "maji-bora-trust/Meeting notes 2026-11-24 14-00.md");
    assert!(names(&maji_bora).contains(&"Samuel Kiptoo".to_owned()));
    assert!(!names(&maji_bora).contains(&"Wanjiru Kamau".to_owned()), "the sender is no one to thank");
    let discord = inspect("discord");
    let field_day = view(&discord, "fernhill-ecology/debrief fernhill FIELD DAY r2.txt");
    let declan = field_day["people"].as_array().unwrap().iter().find(|p| p["name"] == "Declan Furlong").unwrap();
    assert_eq!(declan["title"], "Director");
}

// Set 73's `LTP choose other candidate`: the company by its initials, its name in full on the
// note's third line; the news is a rejection, and the letters say so.
#[test]
fn a_company_named_by_its_initials_turned_the_writer_down() {
    let t = Test::copy_of("tests/fixtures/styles/zh-en");
    t.run_at("2026-11-26", &["build"]);
    let draft = t.read("lakeshore-transit/LTP 面试 记录.txt.followup.md");
    assert!(draft.contains("# Follow-up: Lakeshore Transit Partners"), "{draft}");
    assert!(!draft.contains("I hope to hear from you when you have decided"), "{draft}");
    assert!(!draft.contains("## Check-in"), "no check-in after a rejection: {draft}");
}
