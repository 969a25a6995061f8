//! Letters: the draft's context and every wording rule.
pub mod mail;
pub mod voice;
