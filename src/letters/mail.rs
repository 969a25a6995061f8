//! Email messages as mail apps take them: a message rendered alone and split into subject and
//! plain-text body, and `mailto:` links (RFC 6068) that open it in a mail app, ready to send.

use serde::Serialize;

use crate::error::Error;
use crate::letters::context::{DraftContext, Message};
use crate::model::Channel;
use crate::render::Renderer;
use crate::text::percent;

/// A draft's context as templates see it, made once for all of a note's messages.
pub fn draft_value(draft: &DraftContext) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(draft))
}

/// A message's subject and plain-text body, from its template rendered alone: it sees the
/// draft's context (`draft_value`) and the message as `m`.
///
/// # Errors
/// When the template fails.
pub fn message_text(renderer: &Renderer, draft: &minijinja::Value, m: &Message) -> Result<(String, String), Error> {
    let context = minijinja::context! { m => minijinja::Value::from(minijinja::value::Serde(m)), ..draft.clone() };
    Ok(split(&renderer.render("message.md.j2", &context)?))
}

/// The check-in's subject and plain-text body, from its template.
///
/// # Errors
/// When the template fails.
pub fn check_in_text(renderer: &Renderer, draft: &DraftContext) -> Result<(String, String), Error> {
    Ok(split(&renderer.render("check_in.md.j2", draft)?))
}

/// The `mailto:` links of a note's emails, for the dashboard: (name, link).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Links {
    pub thanks: Vec<(String, String)>,
    pub check_in: Option<(String, String)>,
}

impl Links {
    /// The links a draft context carries after `add_links`.
    pub fn of(draft: &DraftContext) -> Links {
        Links {
            thanks: draft.messages.iter().filter_map(|m| m.mailto.clone().map(|l| (m.name.clone(), l))).collect(),
            check_in: draft.check_in.as_ref().and_then(|c| Some((c.name.clone()?, c.mailto.clone()?))),
        }
    }
}

/// Fills in the `mailto` links of a draft's email messages and check-in.
///
/// # Errors
/// When a template fails.
pub fn add_links(renderer: &Renderer, draft: &mut DraftContext) -> Result<(), Error> {
    let mut links = Vec::new();
    let mut context = None;
    for (i, m) in draft.messages.iter().enumerate() {
        if let (Channel::Email, Some(to)) = (m.channel, &m.email) {
            let context = context.get_or_insert_with(|| draft_value(draft));
            let (subject, body) = message_text(renderer, context, m)?;
            links.push((i, mailto(to, &subject, &body)));
        }
    }
    for (i, link) in links {
        draft.messages[i].mailto = Some(link);
    }
    if let Some(to) = draft.check_in.as_ref().and_then(|c| c.email.clone()) {
        let (subject, body) = check_in_text(renderer, draft)?;
        if let Some(c) = draft.check_in.as_mut() {
            c.mailto = Some(mailto(&to, &subject, &body));
        }
    }
    Ok(())
}

/// Takes the `**Subject:**` line out of a rendered message and keeps the letter from its
/// salutation on, as plain text.
pub fn split(markdown: &str) -> (String, String) {
    let subject =
        markdown.lines().find_map(|l| l.strip_prefix("**Subject:**")).map(|s| s.trim().to_owned()).unwrap_or_default();
    let lines: Vec<&str> = markdown.lines().collect();
    let start = lines.iter().position(|l| l.starts_with("Dear ")).unwrap_or(0);
    let body: Vec<&str> = lines[start..]
        .iter()
        .filter(|l| !l.starts_with("**To:**") && !l.starts_with("**Subject:**") && !l.starts_with("[Open this email"))
        .map(|l| l.trim_end())
        .collect();
    (subject, body.join("\n").trim().to_owned() + "\n")
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

    #[test]
    fn split_keeps_the_letter_from_the_salutation() {
        let (subject, body) = split(
            "**To:** A <a@b.c>  \n**Subject:** Hi\n\n[Open this email](mailto:x)\n\nDear A,\n\nText.  \n\nBest,  \nSam\n",
        );
        assert_eq!(subject, "Hi");
        assert_eq!(body, "Dear A,\n\nText.\n\nBest,\nSam\n");
    }
}
