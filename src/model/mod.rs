//! The plain data that flows between stages: a note as followup understood it.
//!
//! No I/O and no parsing here: `extract` fills these types in, `plan` reads them. Their serde form
//! is the `inspect --json` contract documented in README.md, so renaming a field is a breaking
//! change for users' scripts.

mod note;
mod person;

pub use note::{HandsOff, Highlight, Note, ProcessPosition, SentLine, Step, Unread};
pub use person::{Channel, Did, Kind, Person};

use jiff::civil::Date;
use serde::Serializer;

/// Serializes an optional date as `YYYY-MM-DD` or null.
pub fn opt_date<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}
