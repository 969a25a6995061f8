//! dashboard.html in a real browser: its one script runs under the page's own
//! Content-Security-Policy, and sorts, filters and folds as README says. And `followup serve`
//! in a real browser, driven over the Chrome DevTools Protocol: the charts, live reload, the
//! Mark and Copy buttons, a broken note's diagnostic in the page.
//!
//! The page's script is allowed by its hash; any other script, or this one changed by a byte,
//! is refused by the browser. The check of the hash runs everywhere; the tests in Chromium are
//! `#[ignore]`d by `cargo test` (a fresh machine has no browser) and run by `.ci/run`, which
//! installs Chromium and runs them with `--ignored`.

use std::process::Command;

use crate::serve::Serving;
use crate::support::{LIMIT, Test, wait_until};

/// The text between `<script>` and `</script>`, and the hash the CSP allows.
fn script_and_hash(html: &str) -> (String, String) {
    let script = html.split("<script>").nth(1).and_then(|s| s.split("</script>").next()).expect("one inline script");
    let csp = html.split("Content-Security-Policy\" content=\"").nth(1).unwrap().split('"').next().unwrap();
    let hash = csp.split("script-src '").nth(1).unwrap().split('\'').next().unwrap();
    (script.to_owned(), hash.to_owned())
}

#[test]
fn the_dashboards_script_is_the_one_its_policy_allows() {
    use base64::Engine as _;
    use sha2::Digest as _;
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let html = t.read("dashboard.html");
    assert_eq!(html.matches("<script").count(), 1, "one script, inline");
    let (script, hash) = script_and_hash(&html);
    let digest = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()));
    assert_eq!(hash, format!("sha256-{digest}"));
    assert!(!script.contains("</"), "nothing in the script ends its element");
    let csp = html.split("Content-Security-Policy\" content=\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(csp.starts_with("default-src 'none';") && !csp.contains("unsafe-eval") && !csp.contains("http"), "{csp}");
}

/// Chromium without a window, a sandbox, a GPU, or any connection of its own (the machine's
/// network is closed: its background connections would be refused, many at a time).
const HEADLESS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// The page's DOM after its script ran, as headless Chromium has it.
fn dom(page: &std::path::Path, fragment: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("chromium")
        .args(HEADLESS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}#{fragment}", page.display()))
        .output()
        .expect("Chromium is installed (apt-get install chromium; .ci/run does)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The visible rows of the table under heading `h2`, as the text of their first `n` cells.
fn rows(dom: &str, h2: &str, n: usize) -> Vec<Vec<String>> {
    let start = dom.find(&format!("<h2>{h2}</h2>")).unwrap();
    let table = &dom[start..];
    let table = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
    let strip = |html: &str| {
        let mut text = String::new();
        let mut tag = false;
        for c in html.chars() {
            match c {
                '<' => tag = true,
                '>' => tag = false,
                c if !tag => text.push(c),
                _ => {}
            }
        }
        text.trim().to_owned()
    };
    table
        .split("<tr")
        .skip(1)
        .filter(|row| !row.starts_with(" hidden"))
        .map(|row| row.split("<td").skip(1).take(n).map(|cell| strip(&format!("<td{cell}"))).collect())
        .collect()
}

#[test]
#[ignore = "needs Chromium: .ci/run installs it and runs this"]
fn the_dashboard_sorts_filters_and_folds_in_a_browser() {
    let t = Test::copy_of("content");
    t.run(&["build"]);
    let page = t.path().join("dashboard.html");
    // The script ran, under the page's policy: a filter box above each table.
    let plain = dom(&page, "");
    assert_eq!(plain.matches("<input type=\"search\" class=\"filter\"").count(), 3, "{plain}");
    let dates: Vec<String> = rows(&plain, "Interviews", 1).into_iter().map(|r| r[0].clone()).collect();
    assert_eq!(dates, ["2026-10-22", "2026-10-20", "2026-10-14", "2026-10-02", "2026-09-28"], "newest first");
    // Sorted by company, as a click on its heading does.
    let sorted = dom(&page, "sort=Company");
    let companies: Vec<String> = rows(&sorted, "Interviews", 2).into_iter().map(|r| r[1].clone()).collect();
    assert_eq!(companies, ["Globex", "Hooli", "Initech", "Pied Piper", "Umbrella Health"]);
    assert!(sorted.contains("<th tabindex=\"0\" aria-sort=\"ascending\" title=\"Sort by this column\">Company</th>"));
    // Filtered, as typing in its box does: every word must be in the row.
    let filtered = dom(&page, "filter=umbrella%20panel");
    let left: Vec<String> = rows(&filtered, "Interviews", 2).into_iter().map(|r| r[1].clone()).collect();
    assert_eq!(left, ["Umbrella Health"]);
    // Gone quiet stays as it is, after what is still to do (folding thousands of items away
    // costs the browser seconds).
    t.run_at("2026-11-20", &["build"]);
    let later = dom(&page, "");
    assert!(later.contains("<h3>Gone quiet</h3>"), "{later}");
    assert!(later.find("<h2>Next actions</h2>").unwrap() < later.find("<h3>Gone quiet</h3>").unwrap());
}

/// Headless Chromium driven over the Chrome DevTools Protocol: one page, a WebSocket to it.
struct Chromium {
    child: std::process::Child,
    _profile: tempfile::TempDir,
    socket: tungstenite::WebSocket<tungstenite::stream::MaybeTlsStream<std::net::TcpStream>>,
    next: u64,
}

impl Chromium {
    /// Opens `url` in a new headless Chromium.
    fn open(url: &str) -> Chromium {
        let profile = tempfile::tempdir().unwrap();
        let child = Command::new("chromium")
            .args(HEADLESS)
            .args(["--window-size=1280,900", "--remote-debugging-port=0"])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(url)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("Chromium is installed (apt-get install chromium; .ci/run does)");
        let port_file = profile.path().join("DevToolsActivePort");
        let mut port = String::new();
        assert!(wait_until(LIMIT, || {
            port = std::fs::read_to_string(&port_file).unwrap_or_default();
            port.lines().count() >= 2
        }));
        let port = port.lines().next().unwrap().to_owned();
        let mut target = None;
        assert!(wait_until(LIMIT, || {
            let list = http_get(&format!("127.0.0.1:{port}"), "/json/list");
            let pages: serde_json::Value = serde_json::from_str(&list).unwrap_or_default();
            target = pages.as_array().into_iter().flatten().find(|p| p["type"] == "page").cloned();
            target.is_some()
        }));
        let ws = target.unwrap()["webSocketDebuggerUrl"].as_str().unwrap().to_owned();
        let (socket, _) = tungstenite::connect(ws.as_str()).unwrap();
        if let tungstenite::stream::MaybeTlsStream::Plain(stream) = socket.get_ref() {
            stream.set_read_timeout(Some(LIMIT)).unwrap();
        }
        let mut chromium = Chromium { child, _profile: profile, socket, next: 0 };
        assert!(chromium.wait_for("document.readyState === 'complete' && !!document.getElementById('followup-serve')"));
        chromium
    }

    /// Sends a DevTools command and returns its whole reply (`result` or `error`).
    fn send(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.next += 1;
        let id = self.next;
        let message = serde_json::json!({ "id": id, "method": method, "params": params });
        self.socket.send(tungstenite::Message::text(message.to_string())).unwrap();
        loop {
            let reply = self.socket.read().unwrap_or_else(|e| panic!("{method}: no reply from Chromium: {e}"));
            let Ok(text) = reply.to_text() else { continue };
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            if value["id"] == id {
                return value;
            }
        }
    }

    /// Calls a DevTools method and returns its result.
    fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        let reply = self.send(method, params);
        assert!(reply.get("error").is_none(), "{method}: {reply}");
        reply["result"].clone()
    }

    /// The value of a JavaScript expression in the page (promises awaited); null while the page
    /// is being replaced.
    fn eval(&mut self, expression: &str) -> serde_json::Value {
        let params = serde_json::json!({ "expression": expression, "returnByValue": true, "awaitPromise": true });
        self.send("Runtime.evaluate", params)["result"]["result"]["value"].clone()
    }

    /// True once `expression` is true in the page (within `LIMIT`).
    fn wait_for(&mut self, expression: &str) -> bool {
        wait_until(LIMIT, || self.eval(expression) == serde_json::Value::Bool(true))
    }

    /// Saves a PNG of the page's first screen.
    fn screenshot(&mut self, path: &std::path::Path) {
        use base64::Engine as _;
        let shot = self.call("Page.captureScreenshot", serde_json::json!({ "format": "png" }));
        let png = base64::engine::general_purpose::STANDARD.decode(shot["data"].as_str().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The body of a plain HTTP GET to `host` (Chromium keeps the connection open: the body is read
/// to its `Content-Length`).
fn http_get(host: &str, path: &str) -> String {
    use std::io::{BufRead as _, Read as _, Write as _};
    let Ok(mut stream) = std::net::TcpStream::connect(host) else { return String::new() };
    stream.set_read_timeout(Some(LIMIT)).unwrap();
    let _ = write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n");
    let mut reader = std::io::BufReader::new(stream);
    let mut length = 0;
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
        line.clear();
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    String::from_utf8_lossy(&body).into_owned()
}

/// Where the screenshots for README go, when the run is asked for them
/// (`FOLLOWUP_SCREENSHOTS=docs cargo test --test cli -- --ignored serve`).
fn screenshot_dir() -> Option<std::path::PathBuf> {
    std::env::var_os("FOLLOWUP_SCREENSHOTS").map(|dir| crate::support::repo().join(dir))
}

#[test]
#[ignore = "needs Chromium: .ci/run installs it and runs this"]
fn serve_in_a_browser_charts_live_reload_mark_and_a_broken_note() {
    let t = Test::copy_of("content");
    let serving = Serving::start(&t, &["--debounce", "20"]);
    let mut page = Chromium::open(&serving.url("/"));
    // The dashboard, with both charts, and the server's buttons added by its script.
    assert!(page.wait_for("document.querySelectorAll('figure.charts svg').length === 2"));
    assert!(page.wait_for("document.querySelectorAll('table.followup-interviews').length === 1"));
    assert!(page.wait_for("document.querySelector('.followup-live').textContent === 'live'"));
    if let Some(dir) = screenshot_dir() {
        page.screenshot(&dir.join("serve-dashboard.png"));
    }

    // A save on disk reaches the open page by itself, without loading it again: the page
    // applies the build's changes, and then reads as a page loaded afresh.
    let note = "initech/2026-10-02-phone-screen.md";
    page.eval("window.before_reload = true");
    let text = t.read(note);
    t.write(note, text.replace("role: Senior Backend Engineer", "role: Principal Backend Engineer"));
    assert!(page.wait_for("document.body.textContent.includes('Principal Backend Engineer')"));
    t.write(note, text.replace("status: advanced", "status: rejected"));
    assert!(page.wait_for("!document.body.textContent.includes('Principal Backend Engineer')"));
    assert_eq!(page.eval("window.before_reload"), serde_json::Value::Bool(true), "patched, not reloaded");
    // textContent, not innerText: a table the page lays out only when scrolled to (content-visibility)
    // has no innerText until then.
    let shown = |page: &mut Chromium| page.eval("document.querySelector('main').textContent.replace(/\\s+/g, ' ')");
    let fresh = shown(&mut Chromium::open(&serving.url("/")));
    assert!(fresh.as_str().unwrap().contains("rejected"));
    assert_eq!(shown(&mut page), fresh, "the patched page is the page");

    // Mark thank-yous sent: the note gets `thanked:`, and the action leaves the page.
    let globex = "globex/2026-10-14-final.md";
    let before = t.read(globex);
    let row = "[...document.querySelectorAll('tr')].find(r => r.textContent.includes('Send the thank-yous') && r.textContent.includes('Globex'))";
    assert!(page.wait_for(&format!("!!{row}")));
    page.eval(&format!("{row}.querySelector('button').click(), true"));
    assert!(wait_until(LIMIT, || t.read(globex).contains("thanked: 2026-10-27")), "the note is marked");
    let expected = before.replacen("    role: coordinator\n---", "    role: coordinator\nthanked: 2026-10-27\n---", 1);
    assert_eq!(t.read(globex), expected, "the rest of the note is byte-identical");
    assert!(page.wait_for(&format!("document.getElementById('followup-serve') && !{row}")), "the action left the page");

    // A status: click the interview's status, choose one; the note says so, and the page too.
    let hooli = "hooli/2026-09-28-technical.md";
    let status_cell = format!(
        "[...document.querySelectorAll('table.followup-interviews tbody tr')].find(r => r.querySelector('a[href=\"{hooli}\"]')).cells[8]"
    );
    page.eval(&format!("{status_cell}.click(), true"));
    assert!(page.wait_for(&format!("!!{status_cell}.querySelector('select')")));
    page.eval(&format!(
        "(() => {{ const s = {status_cell}.querySelector('select'); s.value = 'rejected'; s.dispatchEvent(new Event('change')); return true; }})()"
    ));
    assert!(wait_until(LIMIT, || t.read(hooli).contains("status: rejected")), "the note is marked");
    assert!(page.wait_for(&format!("{status_cell}.textContent.trim() === 'rejected'")));

    // A broken note shows its diagnostic in the page until it is fixed.
    t.write(note, "---\ncompany: Initech\ndate: [2026-10-02\n---\n");
    assert!(page.wait_for(&format!(
        "!!document.querySelector('.followup-errors') && document.querySelector('.followup-errors').textContent.includes('{note}:3:')"
    )));
    t.write(note, &text);
    assert!(page.wait_for("document.getElementById('followup-serve') && !document.querySelector('.followup-errors')"));
    drop(page);

    // A draft's page: Copy puts the message on the clipboard.
    let mut draft = Chromium::open(&serving.url("/globex/2026-10-14-final.followup.md"));
    assert!(draft.wait_for("document.querySelectorAll('.followup-message').length === 4"));
    if let Some(dir) = screenshot_dir() {
        draft.screenshot(&dir.join("serve-draft.png"));
    }
    draft.call(
        "Browser.grantPermissions",
        serde_json::json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"], "origin": serving.url("") }),
    );
    draft.eval("document.querySelector('.followup-message [data-copy]').click(), true");
    assert!(draft.wait_for("navigator.clipboard.readText().then(t => t.startsWith('Dear Hannah,'))"));
}

/// Live reload, from the save to the page showing it, as a browser sees it: `followup serve`, the
/// dashboard open, and a note's position changed 10 times (20 with `LIVE_RELOAD_SAVES`). Prints
/// each latency in ms; `bench/serve.sh` runs it on 10,000 notes for BENCHMARKS.md. The folder is
/// a copy of `content/`, or `LIVE_RELOAD_DIR` itself (its first note with a `position:` line
/// is saved, and put back at the end); `LIVE_RELOAD_DEBOUNCE` is serve's `--debounce` (50).
#[test]
#[ignore = "needs Chromium: .ci/run installs it and runs this"]
fn live_reload_latency() {
    let copy = Test::copy_of("content");
    let dir = std::env::var_os("LIVE_RELOAD_DIR").map_or_else(|| copy.path().to_path_buf(), Into::into);
    let debounce = std::env::var("LIVE_RELOAD_DEBOUNCE").unwrap_or_else(|_| "50".to_owned());
    let serving = Serving::start_in(&dir, &["--debounce", &debounce]);
    let mut page = Chromium::open(&serving.url("/"));
    let note = walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .find(|p| {
            !p.to_string_lossy().ends_with(".followup.md")
                && std::fs::read_to_string(p)
                    .is_ok_and(|t| t.lines().any(|l| l.starts_with("position: ") || l.starts_with("role: ")))
        })
        .expect("a note with a position");
    let text = std::fs::read_to_string(&note).unwrap();
    let line = text.lines().find(|l| l.starts_with("position: ") || l.starts_with("role: ")).unwrap().to_owned();
    let key = line.split(": ").next().unwrap().to_owned();
    let saves: usize = std::env::var("LIVE_RELOAD_SAVES").ok().and_then(|n| n.parse().ok()).unwrap_or(10);
    // The note's row of the interviews table (the page is megabytes: its whole text is not
    // searched on every look).
    let rel = note.strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/");
    let row = format!(
        "[...document.querySelectorAll('main td a[href=\"{rel}\"]')].map(a => a.closest('tr').textContent).join(' ')"
    );
    let mut latencies = Vec::new();
    for round in 0..saves {
        let marker = format!("Principal Backend Engineer {round}.");
        let started = std::time::Instant::now();
        std::fs::write(&note, text.replace(&line, &format!("{key}: {marker}"))).unwrap();
        // Looked for every 5 ms in the page itself; done after the next frame is painted.
        let seen = page.eval(&format!(
            "new Promise(done => {{ const t0 = performance.now(); const look = () => {{ if (({row}).includes('{marker}')) requestAnimationFrame(() => done(true)); else if (performance.now() - t0 > 8000) done(false); else setTimeout(look, 5); }}; look(); }})"
        ));
        // The evaluation may be cut by a reload: wait in the new page then.
        let shown = seen == serde_json::Value::Bool(true) || page.wait_for(&format!("({row}).includes('{marker}')"));
        assert!(shown);
        latencies.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    std::fs::write(&note, &text).unwrap();
    latencies.sort_by(f64::total_cmp);
    eprintln!("live reload, save to repaint (ms): {latencies:.0?}");
}
