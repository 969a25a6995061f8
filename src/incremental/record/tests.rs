//! Tests of the record: reading in halves, writing in path order, cut writes, round trips.

use super::*;
use crate::diagnostic::Position;

#[test]
fn a_file_read_in_halves_is_the_file() {
    let dir = tempfile::tempdir().unwrap();
    for len in [0, 1, 2, 3, 65_537] {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
        let path = dir.path().join(format!("f{len}"));
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(read_in_halves(&path).unwrap(), bytes, "{len} bytes");
    }
    assert!(read_in_halves(&dir.path().join("missing")).is_err());
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn the_record_is_written_in_path_order_whatever_order_notes_come_in() {
    let entry = |i: usize| (format!("{{\"n\":{i}}}").into_bytes(), (i % 2 == 0).then(|| vec![i as u8; 3]));
    let write = |dir: &Path, order: &[usize]| {
        let mut record = RecordWriter::create(dir).unwrap();
        for &i in order {
            let (note, part) = entry(i);
            record.put(i, note, part.as_deref());
        }
        record.finish(order.len(), &Manifest::default(), &[]).unwrap();
        (std::fs::read(dir.join(NOTES)).unwrap(), std::fs::read(dir.join(PARTS)).unwrap())
    };
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let in_order = write(a.path(), &[0, 1, 2, 3, 4]);
    assert_eq!(in_order, write(b.path(), &[1, 0, 4, 3, 2]));
    assert_eq!(String::from_utf8(in_order.0).unwrap(), r#"[{"n":0},{"n":1},{"n":2},{"n":3},{"n":4}]"#);
    assert_eq!(in_order.1, [PARTS_HEADER, &[0; 3], &[2; 3], &[4; 3]].concat());
    assert_eq!(names(a.path()), [".gitignore", MANIFEST, NOTES, PARTS, WARNINGS]);
}

#[test]
fn a_record_left_unfinished_leaves_the_old_one_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut record = RecordWriter::create(dir.path()).unwrap();
    record.put(0, b"{}".to_vec(), None);
    record.finish(1, &Manifest::default(), &[]).unwrap();
    let old = names(dir.path());
    let notes = std::fs::read(dir.path().join(NOTES)).unwrap();

    // A note that never came, a build that failed, a build dropped halfway.
    let mut missing = RecordWriter::create(dir.path()).unwrap();
    missing.put(1, b"{}".to_vec(), None);
    assert!(missing.finish(2, &Manifest::default(), &[]).is_err());
    let mut failed = RecordWriter::create(dir.path()).unwrap();
    failed.put(0, b"{}".to_vec(), None);
    failed.abandon("a template failed".to_owned());
    failed.put(1, b"{}".to_vec(), None);
    let err = failed.finish(2, &Manifest::default(), &[]).unwrap_err();
    assert!(err.to_string().contains("a template failed"), "{err}");
    drop(RecordWriter::create(dir.path()).unwrap());

    assert_eq!(names(dir.path()), old);
    assert_eq!(std::fs::read(dir.path().join(NOTES)).unwrap(), notes);
}

#[test]
fn the_manifest_reads_back_as_written_and_a_cut_one_reads_as_none() {
    let stamp = Stamp { size: 42, secs: 1_795_908_863, nanos: 8_171_156 };
    let manifest = Manifest {
        key: "5464985e472be5de".to_owned(),
        today: "2026-10-27".to_owned(),
        notes: vec![
            Recorded { rel: "acme/final.md".to_owned(), stamp, kind: LoadedKind::Note, part: 7, reported: u64::MAX },
            Recorded { rel: "README.md".to_owned(), stamp, kind: LoadedKind::Skipped, part: 0, reported: 1 },
            Recorded { rel: "zoë/李娜.md".to_owned(), stamp, kind: LoadedKind::Failed, part: 0, reported: 2 },
        ],
        drafts: vec![("acme/final.followup.md".to_owned(), stamp)],
        dashboard: vec![("DASHBOARD.md".to_owned(), Some(stamp)), ("dashboard.html".to_owned(), None)],
        dashboard_hash: 99,
        errors: vec![Diagnostic::error("zoë/李娜.md", Position { line: 3, column: 9 }, "invalid YAML")],
        counts: Counts { notes: 1, skipped: 1, failed: 1 },
        kept: vec!["b.followup.md".to_owned()],
        generated: vec!["acme/final.followup.md".to_owned()],
        orphans: vec!["gone.followup.md".to_owned()],
    };
    let dir = tempfile::tempdir().unwrap();
    let bytes = manifest.to_bytes();
    std::fs::write(dir.path().join(MANIFEST), &bytes).unwrap();
    let back = Manifest::load(dir.path()).expect("it reads back");
    assert_eq!(format!("{back:?}"), format!("{manifest:?}"));
    for cut in [MANIFEST_HEADER.len(), bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(dir.path().join(MANIFEST), &bytes[..cut]).unwrap();
        assert!(Manifest::load(dir.path()).is_none(), "cut at {cut}");
    }
    std::fs::write(dir.path().join(MANIFEST), [&bytes[..], b"x"].concat()).unwrap();
    assert!(Manifest::load(dir.path()).is_none(), "trailing bytes");
}

#[test]
fn a_spooled_entry_leaves_its_rows_where_they_are_and_a_copied_one_copies_them() {
    use crate::output::RowText;
    use crate::output::pieces::{Piece, Spool, join};
    type Rows = Vec<(RowText, Option<RowText>)>;
    let rows: Rows = vec![(RowText::from("| a |"), Some(RowText::from("<li>b</li>"))), (RowText::from("é"), None)];
    let entry = part_entry("acme/final.md", &rows).unwrap();
    let (rel, spooled): (&str, Rows) = decode_spooled_entry(&entry, 3).unwrap();
    assert_eq!(rel, "acme/final.md");
    // The entry as the fourth of a spool, where it starts at 0.
    let spool = Spool::memory(&entry, Path::new("parts.bin"), &[9, 9, 9, 0]);
    let text = |row: &RowText| {
        assert_eq!(row.as_str(), None, "left in the entry, not copied");
        join(&[Piece::Row(row)], Some(spool)).unwrap()
    };
    assert_eq!(text(&spooled[0].0), "| a |");
    assert_eq!(text(spooled[0].1.as_ref().unwrap()), "<li>b</li>");
    assert_eq!(text(&spooled[1].0), "é");
    let copied: Option<(&str, Rows)> = from_whole(&entry[4..]);
    assert_eq!(copied.map(|(_, rows)| rows), Some(rows));
    for cut in 4..entry.len() {
        assert!(from_whole::<(&str, Rows)>(&entry[4..cut]).is_none(), "cut at {cut}");
    }
}
