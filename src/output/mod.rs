//! Output files: atomic writes, skip-unchanged, `--check`, the draft fingerprint, and the
//! dashboard's rows as output keeps them (`RowText`, in memory or spooled).
pub mod fingerprint;
pub mod pieces;
mod row_text;
pub mod write;

pub use row_text::{RowText, read_spooled};
