//! `followup serve`, end to end: the real binary on a temporary folder, spoken to over raw HTTP
//! (what a hostile page or a confused client could send) and, in `in_a_browser`, driven in
//! headless Chromium over the DevTools protocol. Every wait has a deadline.

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::process::Command;
use std::time::Duration;

use crate::support::{LIMIT, Running, TODAY, Test, wait_until};

/// A running `followup serve` on a port the system chose.
pub(crate) struct Serving {
    pub run: Running,
    pub port: u16,
}

impl Serving {
    pub fn start(t: &Test, extra: &[&str]) -> Serving {
        Serving::start_in(t.path(), extra)
    }

    /// Serves the folder `dir`.
    pub fn start_in(dir: &std::path::Path, extra: &[&str]) -> Serving {
        // Benchmarks (bench/serve.sh) time a release binary instead.
        let binary = std::env::var_os("FOLLOWUP_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_followup").into());
        let mut command = Command::new(binary);
        command.arg("serve").arg(dir).args(["--today", TODAY, "--port", "0"]).args(extra);
        let run = Running::start(command);
        let mut url = None;
        let started = wait_until(LIMIT, || {
            url = run.stdout().iter().find_map(|l| l.strip_prefix("serving http://").map(str::to_owned));
            url.is_some()
        });
        assert!(started, "never served: {:?} {:?}", run.stdout(), run.stderr());
        let url = url.unwrap();
        let port = url.split(['/', ' ']).next().unwrap().rsplit(':').next().unwrap().parse().unwrap();
        Serving { run, port }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// A GET as a browser on this machine sends it.
    pub fn get(&self, path: &str) -> Http {
        self.send(&format!("GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", self.host()))
    }

    /// Sends `request` as it is, and reads the whole answer.
    pub fn send(&self, request: &str) -> Http {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream.set_read_timeout(Some(LIMIT)).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        Http::parse(&String::from_utf8_lossy(&answer))
    }

    /// A mark, as the page's script posts it, with `origin` and `token` as given.
    pub fn post_mark(&self, origin: &str, token: &str, body: &str) -> Http {
        self.send(&format!(
            "POST /_/mark HTTP/1.1\r\nHost: {}\r\nOrigin: {origin}\r\nX-Followup-Token: {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.host(),
            body.len()
        ))
    }

    /// The JSON a page carries for its script.
    pub fn page_data(&self, path: &str) -> serde_json::Value {
        let page = self.get(path);
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        let json = page.body.split("id=\"followup-serve\">").nth(1).unwrap().split("</script>").next().unwrap();
        serde_json::from_str(json).unwrap()
    }
}

pub(crate) struct Http {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Http {
    fn parse(answer: &str) -> Http {
        let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((answer, ""));
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let chunked = head.to_ascii_lowercase().contains("transfer-encoding: chunked");
        let body = if chunked { unchunk(body) } else { body.to_owned() };
        Http { status, head: head.to_owned(), body }
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    }
}

fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else { break };
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

const NOTE: &str = "acme/2026-10-26-onsite.md";
const NOTE_TEXT: &str = "---\ncompany: Acme\nposition: Staff Engineer # the platform team\ndate: 2026-10-26\nstatus: 'awaiting-feedback'\ninterviewers:\n  - name: Ana Souza\n    title: CTO\n    email: ana@acme.example\n    emailed: true\n---\n\n## Highlights\n\n- Ana liked my rollout plan.\n";

fn acme() -> Test {
    let t = Test::new();
    t.write(NOTE, NOTE_TEXT);
    t
}

#[test]
fn the_dashboard_drafts_and_notes_are_served_under_a_strict_policy() {
    let t = acme();
    let s = Serving::start(&t, &[]);
    let dashboard = s.get("/");
    assert_eq!(dashboard.status, 200);
    let policy = dashboard.header("content-security-policy").unwrap();
    assert!(
        policy.starts_with("default-src 'none';") && !policy.contains("http") && !policy.contains("unsafe-eval"),
        "{policy}"
    );
    assert_eq!(dashboard.header("x-content-type-options").as_deref(), Some("nosniff"));
    assert_eq!(dashboard.body.matches("<svg").count(), 2, "both charts");
    // No inline script is left to run: the data is JSON, and the scripts come from the server.
    let scripts: Vec<&str> = dashboard.body.split("<script").skip(1).map(|s| s.split('>').next().unwrap()).collect();
    assert_eq!(
        scripts,
        [" type=\"application/json\" id=\"followup-serve\"", " src=\"/_/dashboard.js\"", " src=\"/_/serve.js\""]
    );
    let js = s.get("/_/serve.js");
    assert_eq!((js.status, js.header("content-type").as_deref()), (200, Some("text/javascript; charset=utf-8")));

    let draft = s.get("/acme/2026-10-26-onsite.followup.md");
    assert_eq!(draft.status, 200);
    for part in [
        "Open in mail app",
        "data-copy",
        "Mark thank-yous sent",
        "Mark check-in sent",
        "mailto:ana@acme.example?subject=",
    ] {
        assert!(draft.body.contains(part), "{part}: {}", draft.body);
    }
    assert!(!draft.body.contains("raw HTML omitted"), "the draft's fingerprint line is not shown");
    let note = s.get("/acme/2026-10-26-onsite.md");
    assert_eq!(note.status, 200);
    assert!(note.body.contains("<pre class=\"front-matter\"><code>---\ncompany: Acme"), "{}", note.body);
    assert!(note.body.contains("href=\"/acme/2026-10-26-onsite.followup.md\""), "links to its draft");
    assert_eq!(s.get("/DASHBOARD.md").status, 303);
}

#[test]
fn nothing_from_a_note_reaches_a_page_as_markup() {
    let t = acme();
    t.write("evil/2026-10-25-screen.md", "---\ncompany: Evil <script>alert(1)</script>\ndate: 2026-10-25\ninterviewers:\n  - Eve <img src=x onerror=alert(1)>, CTO\n---\n\n<script>alert(2)</script>\n\n## Highlights\n\n- <iframe src=https://evil.example></iframe> liked it\n");
    let s = Serving::start(&t, &[]);
    for path in ["/", "/evil/2026-10-25-screen.md", "/evil/2026-10-25-screen.followup.md"] {
        let page = s.get(path);
        assert_eq!(page.status, 200, "{path}");
        for bad in ["<script>alert", "<img src=x", "<iframe"] {
            assert!(!page.body.contains(bad), "{path} carries {bad}");
        }
    }
}

#[test]
fn paths_outside_the_notes_folder_get_404() {
    // The notes folder is `notes/`, with a note beside it that is not its to show.
    let t = Test::new();
    t.write(&format!("notes/{NOTE}"), NOTE_TEXT);
    t.write("secret.md", "company: Secret\ndate: 2026-10-01\n");
    t.write("notes/followup.toml", "");
    #[cfg(unix)]
    std::os::unix::fs::symlink(t.path().join("secret.md"), t.path().join("notes/acme/link.md")).unwrap();
    let s = Serving::start_in(&t.path().join("notes"), &[]);
    assert_eq!(s.get("/acme/2026-10-26-onsite.md").status, 200, "the folder's own note");
    for path in [
        "/../secret.md",
        "/%2e%2e/secret.md",
        "/acme/%2E%2E/%2e%2e/secret.md",
        "/acme/..%2f..%2fsecret.md",
        "/acme/link.md",
        "/followup.toml",
        "/.followup/manifest.bin",
        "/acme/missing.md",
        "/_/../followup.toml",
    ] {
        let answer = s.get(path);
        assert_eq!(answer.status, 404, "{path}: {}", answer.body);
        assert!(!answer.body.contains("Secret"), "{path}");
    }
}

#[test]
fn a_bad_host_and_a_cross_site_post_are_refused() {
    let t = acme();
    let s = Serving::start(&t, &[]);
    let rebound = s.send(&format!("GET / HTTP/1.1\r\nHost: evil.example:{}\r\nConnection: close\r\n\r\n", s.port));
    assert_eq!(rebound.status, 403);
    let data = s.page_data("/acme/2026-10-26-onsite.followup.md");
    let (token, version) = (data["token"].as_str().unwrap(), data["versions"][NOTE].as_str().unwrap());
    let body = format!("{{\"note\":\"{NOTE}\",\"field\":\"thanked\",\"version\":\"{version}\"}}");
    let own = format!("http://{}", s.host());
    assert_eq!(s.post_mark("http://evil.example", token, &body).status, 403, "another site's page");
    assert_eq!(s.post_mark("null", token, &body).status, 403, "a sandboxed page");
    assert_eq!(s.post_mark(&own, "not-the-token", &body).status, 403, "a page of another run");
    // A plain HTML form can only send form data, which is not taken.
    let form = s.send(&format!(
        "POST /_/mark HTTP/1.1\r\nHost: {}\r\nOrigin: {own}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\nConnection: close\r\n\r\nnote=",
        s.host()
    ));
    assert!(form.status >= 400, "{}", form.status);
    assert_eq!(s.get("/_/mark").status, 405, "changes are POST only");
    assert_eq!(t.read(NOTE), NOTE_TEXT, "nothing was written");
}

#[test]
fn a_mark_writes_the_one_field_and_a_note_changed_since_is_refused() {
    let t = acme();
    let s = Serving::start(&t, &[]);
    let data = s.page_data("/");
    let (token, version) = (data["token"].as_str().unwrap(), data["versions"][NOTE].as_str().unwrap());
    let own = format!("http://{}", s.host());
    let body = format!("{{\"note\":\"{NOTE}\",\"field\":\"thanked\",\"version\":\"{version}\"}}");
    let done = s.post_mark(&own, token, &body);
    assert_eq!(done.status, 200, "{}", done.body);
    assert!(done.body.contains(&format!("thanked: {TODAY}")), "{}", done.body);
    let expected = NOTE_TEXT.replace("    emailed: true\n---", &format!("    emailed: true\nthanked: {TODAY}\n---"));
    assert_eq!(t.read(NOTE), expected, "one line added, every other byte kept");
    // The page's version is now out of date.
    let again =
        format!("{{\"note\":\"{NOTE}\",\"field\":\"status\",\"value\":\"advanced\",\"version\":\"{version}\"}}");
    let stale = s.post_mark(&own, token, &again);
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("the note changed; reload"), "{}", stale.body);
    assert_eq!(t.read(NOTE), expected);
    let bad = format!("{{\"note\":\"../x.md\",\"field\":\"thanked\",\"version\":\"{version}\"}}");
    assert_eq!(s.post_mark(&own, token, &bad).status, 404);
}

/// Opens the live-reload stream a page at generation `since`, showing `keys`, would open.
fn open_live(s: &Serving, data: &serde_json::Value) -> TcpStream {
    open_live_with(s, data, "")
}

/// `open_live`, with more of the query (`&follow=1`, as the dashboard asks).
fn open_live_with(s: &Serving, data: &serde_json::Value, more: &str) -> TcpStream {
    let keys: Vec<&str> = data["keys"].as_array().unwrap().iter().map(|k| k.as_str().unwrap()).collect();
    let query = format!(
        "since={}&keys={}&run={}",
        data["generation"],
        keys.join("%0A").replace('/', "%2F").replace(' ', "%20").replace('(', "%28").replace(')', "%29"),
        data["run"].as_str().unwrap()
    ) + more;
    let mut stream = TcpStream::connect(("127.0.0.1", s.port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
    write!(stream, "GET /_/live?{query} HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n", s.host()).unwrap();
    stream
}

/// True once `stream` has sent a `reload` event (within `LIMIT`); an event without data is
/// never dispatched by a browser.
fn reload_arrives(stream: &mut TcpStream) -> bool {
    let mut seen = Vec::new();
    wait_until(LIMIT, || {
        let mut buf = [0; 4096];
        if let Ok(n) = stream.read(&mut buf) {
            seen.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&seen).contains("event: reload\ndata: reload\n")
    })
}

#[test]
fn a_page_is_told_to_reload_when_its_note_changes_and_only_then() {
    let t = acme();
    t.write("globex/2026-10-20-screen.md", "---\ncompany: Globex\ndate: 2026-10-20\n---\n");
    let s = Serving::start(&t, &["--debounce", "20"]);
    let acme_page = s.page_data("/acme/2026-10-26-onsite.followup.md");
    let globex_page = s.page_data("/globex/2026-10-20-screen.md");
    let mut acme_live = open_live(&s, &acme_page);
    let mut globex_live = open_live(&s, &globex_page);
    t.write(NOTE, NOTE_TEXT.replace("rollout plan", "rollback plan"));
    assert!(reload_arrives(&mut acme_live), "the draft's page reloads");
    assert!(wait_until(LIMIT, || s.run.stdout().iter().any(|l| l.starts_with(NOTE))));
    let mut buf = [0; 4096];
    let n = globex_live.read(&mut buf).unwrap_or(0);
    assert!(!String::from_utf8_lossy(&buf[..n]).contains("reload"), "another note's page stays");
}

#[test]
fn an_open_dashboard_is_sent_the_rows_a_save_changed() {
    let t = acme();
    for k in 0..30 {
        t.write(
            &format!("co{k:02}/2026-10-{:02}-screen.md", k % 28 + 1),
            format!("---\ncompany: Co {k}\ndate: 2026-10-{:02}\nposition: Engineer\n---\n", k % 28 + 1),
        );
    }
    let s = Serving::start(&t, &["--debounce", "20"]);
    let dashboard = s.page_data("/");
    assert_eq!(dashboard["keys"], serde_json::json!(["dashboard.html", "(errors)"]), "short at any size");
    let mut live = open_live_with(&s, &dashboard, "&follow=1");
    t.write("co07/2026-10-08-screen.md", "---\ncompany: Co 7\ndate: 2026-10-08\nposition: Staff Engineer\n---\n");
    let mut seen = Vec::new();
    // A save can reach the watcher in two steps (the file emptied, then written): the patch to
    // look at is the one that brings the new row.
    let brought = |seen: &[u8]| {
        let text = String::from_utf8_lossy(seen).into_owned();
        text.split("data: ")
            .skip(1)
            .map(|d| d.lines().next().unwrap_or_default().to_owned())
            .find(|d| d.contains("Staff Engineer"))
    };
    assert!(wait_until(LIMIT, || {
        let mut buf = [0; 65536];
        if let Ok(n) = live.read(&mut buf) {
            seen.extend_from_slice(&buf[..n]);
        }
        brought(&seen).is_some()
    }));
    let data = brought(&seen).unwrap();
    let steps: serde_json::Value = serde_json::from_str(&data).unwrap();
    let ops = &steps[0]["ops"];
    let splice = ops.as_array().unwrap().iter().find(|op| op["op"] == "splice").expect("a splice");
    // One row replaced (or, after an emptied file's patch took it out, put back): one row in.
    assert!(matches!(splice["delete"].as_u64(), Some(0 | 1)), "{ops}");
    assert_eq!(splice["insert"].as_array().unwrap().len(), 1, "{ops}");
    assert!(splice["insert"][0].as_str().unwrap().contains("Staff Engineer"));
    assert!(steps[0]["versions"]["co07/2026-10-08-screen.md"].as_str().is_some_and(|v| v.len() == 16));
}

#[test]
fn a_broken_note_shows_its_diagnostic_in_the_page_until_it_is_fixed() {
    let t = acme();
    let s = Serving::start(&t, &["--debounce", "20"]);
    let dashboard = s.page_data("/");
    let mut live = open_live(&s, &dashboard);
    t.write(NOTE, "---\ncompany: Acme\ndate: [2026-10-26\n---\n");
    assert!(reload_arrives(&mut live));
    // A save can reach the watcher in two steps (the file emptied, then written): the page
    // shows the error once the build of the whole note is done.
    let mut page = String::new();
    assert!(
        wait_until(LIMIT, || {
            page = s.get("/").body;
            page.contains(&format!("{NOTE}:3:"))
        }),
        "file:line:column in the page: {page}"
    );
    assert!(page.contains("class=\"followup-errors\""), "{page}");
    let draft = s.get("/acme/2026-10-26-onsite.followup.md").body;
    assert!(draft.contains(&format!("{NOTE}:3:")), "and on its draft's page");
    t.write(NOTE, NOTE_TEXT);
    assert!(wait_until(LIMIT, || !s.get("/").body.contains("followup-errors")), "gone once fixed");
}

#[test]
fn sigterm_stops_serving_with_exit_0_even_with_a_page_open() {
    let t = acme();
    let s = Serving::start(&t, &[]);
    let _open = open_live(&s, &s.page_data("/"));
    assert_eq!(s.run.stop(), 0);
}

#[test]
fn a_port_in_use_is_named_with_the_way_out() {
    let t = acme();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let run = t.run(&["serve", "--port", &port]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains(&format!("port {port} is in use")) && run.stderr.contains("--port"), "{}", run.stderr);
    assert!(!t.exists("acme/2026-10-26-onsite.followup.md"), "nothing is built when it cannot serve");
}

#[test]
fn another_address_than_loopback_is_warned_about_once() {
    let t = acme();
    let s = Serving::start(&t, &["--bind", "0.0.0.0"]);
    let warnings: Vec<String> = s.run.stderr().into_iter().filter(|l| l.contains("anyone who can reach")).collect();
    assert_eq!(warnings.len(), 1, "{:?}", s.run.stderr());
    let loopback = Serving::start(&t, &[]);
    assert!(!loopback.run.stderr().iter().any(|l| l.contains("anyone who can reach")));
}

#[test]
fn open_starts_the_browser_on_the_dashboard() {
    let t = acme();
    let outside = tempfile::tempdir().unwrap();
    let log = outside.path().join("opened.txt");
    let browser = outside.path().join("browser.sh");
    std::fs::write(&browser, format!("#!/bin/sh\necho \"$1\" > '{}'\n", log.display())).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut command = Command::new(env!("CARGO_BIN_EXE_followup"));
    command.arg("serve").arg(t.path()).args(["--today", TODAY, "--port", "0", "--open"]).env("BROWSER", &browser);
    let run = Running::start(command);
    // The browser may start before the reader of the server's output has seen its first line:
    // wait for both, the page opened and the address announced.
    let served = || {
        run.stdout().iter().find_map(|l| l.strip_prefix("serving ").map(|u| u.split(' ').next().unwrap().to_owned()))
    };
    let opened =
        || std::fs::read_to_string(&log).ok().filter(|l| l.starts_with("http://127.0.0.1:") && l.ends_with('\n'));
    assert!(wait_until(LIMIT, || opened().is_some() && served().is_some()), "{:?} {:?}", run.stdout(), run.stderr());
    assert_eq!(opened().unwrap().trim(), served().unwrap());
}
