//! dashboard.html in a real browser: its one script runs under the page's own
//! Content-Security-Policy, and sorts, filters and folds as README says.
//!
//! The page's script is allowed by its hash; any other script, or this one changed by a byte,
//! is refused by the browser. The check of the hash runs everywhere; the tests in Chromium are
//! `#[ignore]`d by `cargo test` (a fresh machine has no browser) and run by `.ci/run`, which
//! installs Chromium and runs them with `--ignored`.

use std::process::Command;

use crate::support::Test;

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

/// The page's DOM after its script ran, as headless Chromium has it.
fn dom(page: &std::path::Path, fragment: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
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
