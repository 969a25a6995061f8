//! The engine that `build` and `watch` drive.
pub mod record;
pub mod session;
