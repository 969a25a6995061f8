//! Putting files on disk without losing a person's text: atomic writes, skip-unchanged and
//! `--check` (`write`), files written from pieces and spooled rows (`pieces`), the dashboard's
//! rows as output keeps them (`RowText`, in memory or spooled), and the fingerprint that tells a
//! draft followup wrote from one the user edited (`fingerprint`), and the outbox of `.eml` files that
//! holds only the emails due now (`outbox`).

pub mod fingerprint;
pub mod front_matter;
pub mod outbox;
pub mod pieces;
mod row_text;
pub mod write;

pub use row_text::{RowText, read_spooled};
