//! Text helpers shared by the pipeline, the letters and the views: word search, English joins,
//! articles and dates. Plain functions on strings, with no knowledge of notes or letters, so that
//! extract and letters can both use them without depending on each other.

pub mod email;
pub mod english;
pub mod markdown;
pub mod percent;
pub mod placeholder;
pub mod printable;
pub mod slug;
pub mod spelling;
pub mod words;
pub mod yaml;
