//! Letters: the draft's context and every wording rule.
//!
//! `context` turns a planned note into what the draft template sees (one message per person,
//! which highlights go to whom), `voice/` turns notes into sentences addressed to their reader,
//! `readback` reads the emails back from a draft as the user left it, and `mail` makes the
//! `mailto:` links from them. The sentences around those
//! (greetings, thanks, closings) are still in `themes/default/message.md.j2` and `check_in.md.j2`.
pub mod context;
pub mod mail;
pub mod readback;
pub mod voice;
