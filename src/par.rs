//! Work spread over the cores with scoped threads: no thread pool to keep, no dependency.
//! Every parallel stage (reading notes, stat'ing files, rendering dashboard sections) uses this.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Maps `f` over `items` on one scoped thread per core, each taking the next item as it
/// finishes one; the results keep the order of `items`.
pub fn par_map<I, T, F>(items: &[I], f: F) -> Vec<T>
where
    I: Sync,
    T: Send,
    F: Fn(&I) -> T + Sync,
{
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len());
    if workers <= 1 {
        // Nothing to share out: no thread to start (a watcher's rescan of one new folder).
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.push((i, f(item)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker panicked; followup does not panic on user input"))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// Drops `value` on a thread of its own. Freeing a large folder's notes one allocation at a
/// time takes longer than what a one-shot command has left to do (60 ms for 10,000 notes), and
/// the process may end before the thread is done: the system takes the memory back then.
pub fn drop_aside<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}
