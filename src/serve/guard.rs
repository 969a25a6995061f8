//! What the server lets in: requests addressed to it by a name that cannot be rebound, changes
//! only from its own pages, and files only from the notes folder.
//!
//! - `Host` must be `localhost`, or an IP address the server listens on, at its port: a page
//!   on another site that gets its own name pointed at 127.0.0.1 (DNS rebinding) still sends its
//!   own name, and is refused.
//! - A change (POST) must come from a page of the same origin (`Origin`), and carry the token
//!   that each run puts in its pages: a form on another site cannot send either.
//! - A path must name a note, a draft or the dashboard inside the notes folder, with no `..`,
//!   no hidden part, and no symbolic link leading out of the folder.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

/// Who may talk to the server.
#[derive(Debug, Clone)]
pub struct Guard {
    pub address: SocketAddr,
    /// The secret each page carries for its changes.
    pub token: String,
    /// Names this run: a page of an earlier one reloads.
    pub run: String,
}

impl Guard {
    /// A guard for a server listening on `address`, with a new random token.
    pub fn new(address: SocketAddr) -> Guard {
        Guard { address, token: new_token(), run: new_token()[..12].to_owned() }
    }

    /// True when `host` (a request's `Host` header) names this server.
    pub fn host_allowed(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return false };
        let Some((name, port)) = split_host(host) else { return false };
        if port != self.address.port() {
            return false;
        }
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        let Ok(ip) = name.parse::<IpAddr>() else { return false };
        let bound = self.address.ip();
        if bound.is_unspecified() {
            // Listening on every address: any of them, by number.
            return true;
        }
        ip == bound || (bound.is_loopback() && ip.is_loopback())
    }

    /// True when a change request comes from one of this server's own pages: its `Origin` is
    /// the server as the request names it, and it carries the run's token.
    pub fn change_allowed(&self, host: Option<&str>, origin: Option<&str>, token: Option<&str>) -> bool {
        let (Some(host), Some(origin), Some(token)) = (host, origin, token) else { return false };
        self.host_allowed(Some(host)) && origin == format!("http://{host}") && same_secret(token, &self.token)
    }
}

/// `name` and port of a `Host` header (`localhost:4500`, `[::1]:4500`); the port is required.
fn split_host(host: &str) -> Option<(&str, u16)> {
    let (name, port) = host.rsplit_once(':')?;
    let name = name.strip_prefix('[').and_then(|n| n.strip_suffix(']')).unwrap_or(name);
    Some((name, port.parse().ok()?))
}

/// Compares without stopping at the first difference.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// 128 random bits, in hex, from the standard library's per-process random hash keys.
fn new_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for part in 0..2u8 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u8(part);
        hasher.write_u128(
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos(),
        );
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out
}

/// A file the server may show, by what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Served {
    Dashboard,
    Note(String),
    Draft(String),
}

/// What the request path `path` (percent-decoded, from the first `/`) names inside the notes
/// folder `root`, or `None`: nothing else is served.
pub fn resolve(root: &Path, skip: &crate::pipeline::skip::Skip, path: &str) -> Option<Served> {
    use crate::pipeline::scan::{self, FileKind};
    let rel = path.strip_prefix('/')?;
    if rel.is_empty() || rel == scan::DASHBOARD_HTML {
        return Some(Served::Dashboard);
    }
    let plain = rel
        .split('/')
        .all(|part| !part.is_empty() && !part.starts_with('.') && !part.contains(['\\', '\0', ':']) && part != "~");
    if !plain {
        return None;
    }
    let real = inside(root, &root.join(rel))?;
    if !real.is_file() {
        return None;
    }
    match scan::kind_of(rel, skip)? {
        FileKind::Note => Some(Served::Note(rel.to_owned())),
        FileKind::Draft => Some(Served::Draft(rel.to_owned())),
        FileKind::Dashboard => Some(Served::Dashboard),
    }
}

/// `path` with its links resolved, when that is inside `root`.
fn inside(root: &Path, path: &Path) -> Option<PathBuf> {
    let root = root.canonicalize().ok()?;
    let real = path.canonicalize().ok()?;
    real.starts_with(&root).then_some(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(address: &str) -> Guard {
        Guard { address: address.parse().unwrap(), token: "0123456789abcdef".to_owned(), run: "r".to_owned() }
    }

    #[test]
    fn only_this_server_by_a_name_that_cannot_be_rebound() {
        let g = guard("127.0.0.1:4500");
        for ok in ["127.0.0.1:4500", "localhost:4500", "LOCALHOST:4500", "[::1]:4500", "127.0.0.2:4500"] {
            assert!(g.host_allowed(Some(ok)), "{ok}");
        }
        for refused in ["evil.example:4500", "127.0.0.1:4501", "127.0.0.1", "localhost", "192.168.1.5:4500", ""] {
            assert!(!g.host_allowed(Some(refused)), "{refused}");
        }
        assert!(!g.host_allowed(None));
        let every = guard("0.0.0.0:4500");
        assert!(every.host_allowed(Some("192.168.1.5:4500")));
        assert!(!every.host_allowed(Some("attacker.example:4500")));
    }

    #[test]
    fn changes_only_from_the_servers_own_pages() {
        let g = guard("127.0.0.1:4500");
        let token = Some("0123456789abcdef");
        assert!(g.change_allowed(Some("localhost:4500"), Some("http://localhost:4500"), token));
        assert!(!g.change_allowed(Some("localhost:4500"), Some("http://evil.example"), token));
        assert!(!g.change_allowed(Some("localhost:4500"), Some("null"), token));
        assert!(!g.change_allowed(Some("localhost:4500"), None, token));
        assert!(!g.change_allowed(Some("localhost:4500"), Some("http://localhost:4500"), Some("0123456789abcdee")));
        assert!(!g.change_allowed(Some("localhost:4500"), Some("http://localhost:4500"), None));
    }

    #[test]
    fn tokens_differ_between_runs() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }

    #[test]
    fn only_notes_drafts_and_the_dashboard_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("notes");
        std::fs::create_dir_all(root.join("acme")).unwrap();
        std::fs::write(root.join("acme/2026-10-01.md"), "company: Acme\n").unwrap();
        std::fs::write(root.join("acme/2026-10-01.followup.md"), "draft").unwrap();
        std::fs::write(root.join("followup.toml"), "").unwrap();
        std::fs::write(dir.path().join("secret.md"), "outside").unwrap();
        let skip = crate::pipeline::skip::Skip::default();
        let at = |p: &str| resolve(&root, &skip, p);
        assert_eq!(at("/"), Some(Served::Dashboard));
        assert_eq!(at("/acme/2026-10-01.md"), Some(Served::Note("acme/2026-10-01.md".to_owned())));
        assert_eq!(at("/acme/2026-10-01.followup.md"), Some(Served::Draft("acme/2026-10-01.followup.md".to_owned())));
        for refused in [
            "/../secret.md",
            "/acme/../../secret.md",
            "/followup.toml",
            "/acme/missing.md",
            "/.followup/x.md",
            "//etc/passwd",
            "/acme//2026-10-01.md",
        ] {
            assert_eq!(at(refused), None, "{refused}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.md"), root.join("acme/link.md")).unwrap();
            assert_eq!(at("/acme/link.md"), None, "a link out of the folder");
        }
    }
}
