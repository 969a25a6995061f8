//! The engine that `build` and `watch` drive: builds every note's draft and the dashboard, and
//! on the next build does only what changed.
//!
//! A `Session` holds the renderer, the settings and what the last build left. Its `Mode` is the
//! one thing that differs between commands: a one-shot session (`build`) answers from the
//! record's manifest when nothing changed, reads only the changed notes when they are few
//! (`session/partial.rs`), and otherwise builds every note, writing each note's record as soon
//! as it is made; a live session (`watch`) keeps every note in memory and rebuilds only the
//! notes a save touched (`session/update.rs`). All of them build a note the same way
//! (`session/notes.rs`: pipeline, draft, dashboard part) and write the dashboard the same way
//! (`session/dashboard_files.rs`).
//!
//! `record/` is the build record in `.followup/`: what it holds, and how it is read and written.
//! Nothing outside this folder knows the record exists; the pipeline, the letters and the
//! dashboard are plain functions of a note.

pub mod record;
pub mod session;
