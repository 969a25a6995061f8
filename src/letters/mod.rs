//! Letters: the draft's context and every wording rule.
pub mod context;
pub mod mail;
pub mod voice;
