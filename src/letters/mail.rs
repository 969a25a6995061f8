//! Email messages as mail apps take them: `mailto:` links (RFC 6068) that open a message in a
//! mail app, ready to send, made from the message as read back from the draft (`readback`);
//! and the draft's own links (recipient and subject only).

use serde::Serialize;

use crate::error::Error;
use crate::letters::context::DraftContext;
use crate::letters::readback::Sent;
use crate::model::Channel;
use crate::render::Renderer;
use crate::text::percent;

/// The `mailto:` links of a note's emails, for the dashboard: (name, link), each made from the
/// message as read back from the draft on disk (`readback`), never from the generated text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Links {
    pub thanks: Vec<(String, String)>,
    pub check_in: Option<(String, String)>,
}

impl Links {
    /// The links of the emails read back from a draft: recipient, subject and body as the user
    /// left them. The check-in's link is named after `check_in_name`, whom the plan sends it to.
    pub fn of(sent: &[Sent], check_in_name: Option<&str>) -> Links {
        let link = |s: &Sent| mailto(&s.to_email, &s.subject, &s.body);
        Links {
            thanks: sent.iter().filter_map(|s| Some((s.person.clone()?, link(s)))).collect(),
            check_in: sent.iter().find(|s| s.person.is_none()).and_then(|s| Some((check_in_name?.to_owned(), link(s)))),
        }
    }
}

/// Fills in the `mailto` links that the draft itself shows under its emails and check-in:
/// recipient and subject only. The draft is never rewritten once edited, so a body in its link
/// could not follow the user's edits; the body is in the dashboard's links and `export eml`.
pub fn add_links(draft: &mut DraftContext) {
    for m in &mut draft.messages {
        if let (Channel::Email, Some(to)) = (m.channel, &m.email) {
            m.mailto = Some(mailto_subject(to, &m.subject));
        }
    }
    if let Some(c) = draft.check_in.as_mut() {
        c.mailto = c.email.as_deref().map(|to| mailto_subject(to, &c.subject));
    }
}

/// The draft's Markdown, its `mailto:` links filled in, before the fingerprint line.
///
/// # Errors
/// When a template fails.
pub fn draft_markdown(renderer: &Renderer, draft: &mut DraftContext) -> Result<String, Error> {
    add_links(draft);
    renderer.render("draft.md.j2", &*draft)
}

/// A `mailto:` URL (RFC 6068) with recipient and subject only, percent-encoded as UTF-8.
pub fn mailto_subject(to: &str, subject: &str) -> String {
    format!("mailto:{}?subject={}", percent::encode(to, percent::ADDRESS), percent::encode(subject, percent::COMPONENT))
}

/// A `mailto:` URL (RFC 6068) with subject and body, percent-encoded as UTF-8.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    let body = body.trim_end().replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        percent::encode(to, percent::ADDRESS),
        percent::encode(subject, percent::COMPONENT),
        percent::encode(&body, percent::COMPONENT)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_links_encode_everything_but_the_unreserved() {
        let link = mailto("ana@acme.example", "Thank you — Staff Engineer", "Dear José,\n\nThanks & more?\n");
        assert_eq!(
            link,
            "mailto:ana@acme.example?subject=Thank%20you%20%E2%80%94%20Staff%20Engineer&body=Dear%20Jos%C3%A9%2C%0D%0A%0D%0AThanks%20%26%20more%3F"
        );
    }
}
