//! One module per command family: each calls the pipeline and prints.
pub mod agenda;
pub mod export;
pub mod init;
pub mod inspect;
