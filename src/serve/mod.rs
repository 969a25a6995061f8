//! `followup serve`: the watcher of `followup watch`, and an HTTP server on its folder.
//!
//! The watcher runs on a thread of its own, as `watch` runs it, and tells `live::Live` about
//! every build; the server (axum, on a tokio runtime started here and only here) shows the
//! dashboard, drafts and notes (`pages`), streams `reload` to the pages whose files a build
//! changed (`routes::live`), and writes what a page's buttons mark into the note
//! (`commands::mark`). `guard` says which requests it takes. Ctrl-C or SIGTERM stops the
//! watcher, which stops the server; the process exits 0.

mod guard;
mod live;
mod pages;
mod patch;
mod routes;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use crate::config::Config;
use crate::error::Error;

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    pub watch: crate::watch::Options,
    pub address: SocketAddr,
    /// Open the dashboard in the default browser once it is built.
    pub open: bool,
}

/// Builds, watches and serves until Ctrl-C or SIGTERM.
///
/// # Errors
/// The address cannot be had (the port is in use), the folder cannot be watched, the first
/// build's templates fail.
pub fn run(config: Config, options: Options) -> Result<(), Error> {
    let listener = bind(options.address)?;
    let address = listener.local_addr().map_err(|e| io("<socket>", e))?;
    if !address.ip().is_loopback() {
        eprintln!(
            "followup: warning: serving on {address}: anyone who can reach this address can read your notes and mark them"
        );
    }
    let url = format!("http://{address}/");
    let (sender, receiver) = tokio::sync::watch::channel(live::Live::default());
    let sender = Arc::new(sender);
    let app = Arc::new(routes::App {
        guard: guard::Guard::new(address),
        live: receiver,
        path: options.watch.path.clone(),
        today: options.watch.today.clone(),
        notes_at: options.watch.notes_at,
    });
    let (done, watcher_done) = tokio::sync::oneshot::channel();
    let mut follower = patch::Follower::new(&config.notes_dir);
    let watcher = {
        let sender = sender.clone();
        let (watch, quiet, open) = (options.watch.clone(), options.watch.quiet, options.open);
        std::thread::Builder::new()
            .name("watch".to_owned())
            .spawn(move || {
                let mut first = true;
                let result = crate::watch::run_observed(config, &watch, &mut |rebuilt| {
                    let mut trace = crate::trace::Trace::start();
                    let step = follower.step(rebuilt);
                    trace.mark("serve: dashboard followed");
                    sender.send_modify(|live| live.record(rebuilt, step));
                    if std::mem::take(&mut first) {
                        if !quiet {
                            println!("serving {url} (Ctrl-C to stop)");
                        }
                        if open {
                            open_browser(&url);
                        }
                    }
                });
                let _ = done.send(result);
            })
            .map_err(|e| io("<thread>", e))?
    };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| io("<runtime>", e))?;
    let result = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).map_err(|e| io("<socket>", e))?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = axum::serve(listener, routes::router(app)).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        let server = tokio::spawn(async move { server.await });
        let result = watcher_done.await.unwrap_or(Ok(()));
        // Every page's event stream ends; open connections get a moment to finish.
        sender.send_modify(|live| live.stopping = true);
        let _ = stop.send(());
        let _ = tokio::time::timeout(Duration::from_secs(2), server).await;
        result
    });
    let _ = watcher.join();
    result
}

/// Listens on `address`; a port in use is said plainly, with the way out.
fn bind(address: SocketAddr) -> Result<std::net::TcpListener, Error> {
    let listener = std::net::TcpListener::bind(address).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => Error::Refused(format!(
            "port {} is in use on {} (another `followup serve`?)\n  help: choose another port with `--port`, such as `followup serve --port {}`",
            address.port(),
            address.ip(),
            address.port().wrapping_add(1).max(1024)
        )),
        _ => Error::Refused(format!("cannot serve on {address}: {e}")),
    })?;
    listener.set_nonblocking(true).map_err(|e| io("<socket>", e))?;
    Ok(listener)
}

/// Opens `url` in the browser `$BROWSER` names, else the system's default one.
fn open_browser(url: &str) {
    let program = std::env::var("BROWSER").ok().filter(|b| !b.trim().is_empty()).unwrap_or_else(|| {
        if cfg!(target_os = "macos") {
            "open".to_owned()
        } else if cfg!(windows) {
            "explorer".to_owned()
        } else {
            "xdg-open".to_owned()
        }
    });
    let started = std::process::Command::new(&program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = started {
        eprintln!("followup: cannot open a browser ({program}: {e}); open {url} yourself");
    }
}

fn io(what: &str, source: std::io::Error) -> Error {
    Error::Io { path: what.into(), source }
}
