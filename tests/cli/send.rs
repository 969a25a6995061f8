//! What the user sends is what they wrote (issue 12): every way of sending an email (the
//! dashboard's `mailto:` links, `export eml`) reads the message back from the draft on disk,
//! edited or not, and leaves out a message it cannot read back instead of sending the
//! generated text.

use crate::support::Test;

/// The `.eml` files `export eml` writes for `t`, by file name.
fn emls(t: &Test) -> std::collections::BTreeMap<String, String> {
    let out_dir = t.path().join("outbox");
    let run = t.run(&["export", "eml", "-o", out_dir.to_str().unwrap()]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run.stdout
        .lines()
        .map(|f| {
            let name = std::path::Path::new(f).file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(f).unwrap())
        })
        .collect()
}

// An unedited draft sends exactly what followup sent before it read drafts back: the committed
// dashboard of content/ (checked by `build --check` in build.rs) and these emails.
#[test]
fn an_unedited_draft_sends_the_same_bytes_as_before() {
    let t = Test::copy_of("content");
    for (name, text) in emls(&t) {
        insta::assert_snapshot!(format!("content_eml__{name}"), text.replace("\r\n", "⏎\n"));
    }
}
