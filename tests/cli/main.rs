//! Integration tests: the real binary on temporary copies of fixture folders.
//! One test binary, a module per feature, to keep compiles fast.

mod browser;
mod build;
mod detail;
mod errors;
mod export;
mod hostile;
mod inspect;
mod interrupt;
mod lint;
mod mark;
mod properties;
mod record;
mod safety;
mod send;
mod serve;
mod session;
mod styles;
mod support;
mod timeline;
mod watch;
mod workflow;
