//! The `followup` binary: parse the command line, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    fix_malloc_mmap_threshold();
    followup::watch::after_rebuild(release_freed_memory);
    let cli = followup::cli::Cli::parse();
    match followup::run(cli) {
        Ok(outcome) => ExitCode::from(outcome as u8),
        Err(err @ followup::error::Error::Interrupted) => {
            eprintln!("followup: {err}");
            ExitCode::from(followup::interrupt::EXIT_CODE)
        }
        Err(err) => {
            eprintln!("followup: error: {err}");
            ExitCode::from(2)
        }
    }
}

/// Pins glibc's threshold for serving allocations with mmap at its default, 128 KiB.
///
/// glibc raises the threshold each time a large block is freed, after which large blocks come
/// from the heap and fragment it. A watcher rebuilding a 10,000-note folder allocates and frees
/// megabytes of such blocks per save, and without this its resident memory grew by about 0.25 MiB
/// a save; pinned, it stays flat (BENCHMARKS.md). `mallopt` is glibc's documented, thread-safe
/// way to set it; this, `malloc_trim` below and the process check in `temporary.rs` are the
/// crate's only `unsafe`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn fix_malloc_mmap_threshold() {
    // SAFETY: mallopt only sets an allocator parameter; it is called before any other thread runs.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn fix_malloc_mmap_threshold() {}

/// Returns the pages a watcher's rebuild freed to the system.
///
/// The first build runs on worker threads, and glibc gives each thread an arena of its own.
/// When a save replaces a note's data, the old data is freed into a worker's arena, which the
/// watcher's main thread never allocates from; without this, resident memory grew by the size
/// of each note's data the first time it was saved (about 6.5 KiB a note; BENCHMARKS.md).
/// `malloc_trim` hands whole free pages of every arena back.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
fn release_freed_memory() {
    // SAFETY: malloc_trim takes the allocator's own locks and only releases free pages.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn release_freed_memory() {}
