//! Output files: atomic writes, skip-unchanged, `--check`, and the draft fingerprint.
pub mod fingerprint;
pub mod pieces;
pub mod write;
