//! A note's text through the whole pipeline to its draft, as `build` writes it: parse, extract,
//! plan, the draft's context, its `mailto:` links and the default theme's `draft.md.j2`, signed.
//! No panic and no template error; rendering twice gives the same bytes; a signed draft reads
//! back as followup's own (not as one the user edited), and every email in it reads back whole
//! (`letters::readback`), as the dashboard's links and `export eml` read it.
#![no_main]

use followup::letters::{context, mail, readback};
use followup::output::fingerprint::{self, State};
use followup::pipeline::extract::{self, Outcome};
use followup::pipeline::{parse, plan};
use followup::render::Renderer;
use followup::render::theme::Theme;
use followup_fuzz::{check_diagnostic, config, source};
use libfuzzer_sys::fuzz_target;

thread_local! {
    // Templates compile once per process, as in a build.
    static RENDERER: Renderer = Renderer::new(Theme::new(None));
    static CONFIG: followup::config::Config = config();
}

fuzz_target!(|data: &[u8]| {
    let Some(source) = source(data) else { return };
    let Ok(doc) = parse::parse(&source) else { return };
    let Outcome::Note(note) = extract::extract(&source, &doc).outcome else { return };
    CONFIG.with(|config| {
        let planned = plan::plan(*note, config);
        planned.warnings.iter().for_each(|d| check_diagnostic(&source.text, d));
        if !planned.drafted {
            return;
        }
        RENDERER.with(|renderer| {
            let draft = |()| {
                let mut cx = context::draft_context(&planned, config);
                let body = mail::draft_markdown(renderer, &mut cx).unwrap_or_else(|e| panic!("draft.md.j2: {e}"));
                let sealed = fingerprint::sign(&body);
                // Every email of a fresh draft reads back whole: what is sent is what it says.
                let back = readback::read_draft("draft.md", &sealed, &cx);
                assert!(back.diagnostics.is_empty(), "a fresh draft does not read back: {:?}", back.diagnostics);
                let emails = readback::Expected::of(&cx).iter().filter(|e| e.email).count();
                assert_eq!(back.sent.len(), emails, "an email of a fresh draft is not read back");
                sealed
            };
            let first = draft(());
            assert_eq!(first, draft(()), "the same note rendered twice differs");
            assert_eq!(fingerprint::state(&first), State::Generated, "a fresh draft reads as edited");
        });
    });
});
