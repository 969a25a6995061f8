//! Percent-encoding (RFC 3986) for the links followup writes: `mailto:` links in drafts and on
//! the dashboard, and relative paths in the dashboard's links to notes and drafts.
//!
//! The sets are defined here once, side by side, because they differ on purpose: everything but
//! the unreserved characters (`A-Z a-z 0-9 - . _ ~`) is escaped, except `@` in a `mailto:`
//! address (`ana@acme.example` stays readable, as mail apps show it) and `/` in a path (it
//! separates folders). Escapes are upper-case hexadecimal of the UTF-8 bytes.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Escapes everything but the unreserved characters: a `mailto:` subject or body.
pub const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Like `COMPONENT`, keeping `@`: the address of a `mailto:` link.
pub const ADDRESS: &AsciiSet = &COMPONENT.remove(b'@');

/// Like `COMPONENT`, keeping `/`: a relative path in a Markdown or HTML link.
pub const PATH: &AsciiSet = &COMPONENT.remove(b'/');

/// `text` percent-encoded as UTF-8, with every byte in `set` escaped.
pub fn encode(text: &str, set: &'static AsciiSet) -> String {
    utf8_percent_encode(text, set).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const AWKWARD: &str = "a b\nc\r\n&?#+%@:/-._~é—";

    #[test]
    fn components_escape_everything_but_the_unreserved() {
        assert_eq!(encode(AWKWARD, COMPONENT), "a%20b%0Ac%0D%0A%26%3F%23%2B%25%40%3A%2F-._~%C3%A9%E2%80%94");
    }

    #[test]
    fn addresses_keep_the_at_sign() {
        assert_eq!(encode(AWKWARD, ADDRESS), "a%20b%0Ac%0D%0A%26%3F%23%2B%25@%3A%2F-._~%C3%A9%E2%80%94");
    }

    #[test]
    fn paths_keep_the_slash() {
        assert_eq!(encode(AWKWARD, PATH), "a%20b%0Ac%0D%0A%26%3F%23%2B%25%40%3A/-._~%C3%A9%E2%80%94");
    }

    #[test]
    fn every_ascii_byte_is_escaped_unless_unreserved_or_kept() {
        for b in 0..128u8 {
            let text = char::from(b).to_string();
            let unreserved = b.is_ascii_alphanumeric() || b"-._~".contains(&b);
            for (set, kept) in [(COMPONENT, None), (ADDRESS, Some(b'@')), (PATH, Some(b'/'))] {
                let want = if unreserved || kept == Some(b) { text.clone() } else { format!("%{b:02X}") };
                assert_eq!(encode(&text, set), want, "byte {b:#04x}");
            }
        }
    }
}
