//! A compact binary encoding for the parts of the record read on hot paths, the manifest and
//! the rendered dashboard rows: lengths and bytes, no escaping, so that the tens of megabytes of
//! rows of a large folder read back in milliseconds (as JSON, the HTML in them took about 100 ms
//! to parse for 10,000 notes). Strings can be read in place (`&str`, borrowing the buffer) or
//! copied (`String`); a dashboard row (`RowText`) is copied, or, by a reader of one of the rows
//! file's entries (`Reader::spooling`), left where it is in the file.
//!
//! Integers are little-endian; a string is its length as a `u32` and its UTF-8 bytes; an
//! `Option` is a byte (0 or 1) and the value; a `Vec` is its length as a `u32` and its items.
//! Reading never panics: a short or malformed buffer reads as `None`.

use crate::output::RowText;

/// Appends encoded values to a buffer.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

/// Reads encoded values from a buffer, front to back.
pub struct Reader<'a> {
    buf: &'a [u8],
    /// The whole buffer, and the entry of a spool it is, when rows are left there.
    spooling: Option<(&'a [u8], u32)>,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, spooling: None }
    }

    /// A reader of `entry`, entry number `index` of a spool (`output::pieces::Spool`): its rows
    /// are read as `RowText::spooled`, placed within the entry, not copied.
    pub fn spooling(entry: &'a [u8], index: u32) -> Reader<'a> {
        Reader { buf: entry, spooling: Some((entry, index)) }
    }

    /// Skips `n` bytes; `None` when there are fewer.
    pub fn skip(&mut self, n: usize) -> Option<()> {
        self.take(n).map(drop)
    }

    /// True when everything has been read.
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.buf.len() < n {
            return None;
        }
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Some(head)
    }
}

/// A value that can be written.
pub trait Encode {
    fn encode(&self, w: &mut Writer);
}

/// A value that can be read back; `'a` is the buffer's lifetime, so that strings can be read
/// in place (`&'a str`) as well as copied (`String`).
pub trait Decode<'a>: Sized {
    fn decode(r: &mut Reader<'a>) -> Option<Self>;
}

impl<T: Encode + ?Sized> Encode for &T {
    fn encode(&self, w: &mut Writer) {
        (**self).encode(w);
    }
}

macro_rules! integer {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, w: &mut Writer) {
                w.buf.extend_from_slice(&self.to_le_bytes());
            }
        }
        impl<'a> Decode<'a> for $t {
            fn decode(r: &mut Reader<'a>) -> Option<Self> {
                Some(<$t>::from_le_bytes(r.take(size_of::<$t>())?.try_into().ok()?))
            }
        }
    )*};
}

integer!(u8, u32, u64, i16, i8);

impl Encode for usize {
    fn encode(&self, w: &mut Writer) {
        (*self as u64).encode(w);
    }
}

impl<'a> Decode<'a> for usize {
    fn decode(r: &mut Reader<'a>) -> Option<Self> {
        usize::try_from(u64::decode(r)?).ok()
    }
}

impl Encode for bool {
    fn encode(&self, w: &mut Writer) {
        u8::from(*self).encode(w);
    }
}

impl<'a> Decode<'a> for bool {
    fn decode(r: &mut Reader<'a>) -> Option<Self> {
        match u8::decode(r)? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Encode for str {
    fn encode(&self, w: &mut Writer) {
        u32::try_from(self.len()).expect("a row is far shorter than 4 GiB").encode(w);
        w.buf.extend_from_slice(self.as_bytes());
    }
}

impl Encode for String {
    fn encode(&self, w: &mut Writer) {
        self.as_str().encode(w);
    }
}

impl<'a> Decode<'a> for &'a str {
    fn decode(r: &mut Reader<'a>) -> Option<Self> {
        let len = u32::decode(r)? as usize;
        std::str::from_utf8(r.take(len)?).ok()
    }
}

impl<'a> Decode<'a> for String {
    fn decode(r: &mut Reader<'a>) -> Option<Self> {
        <&str>::decode(r).map(str::to_owned)
    }
}

impl Encode for RowText {
    fn encode(&self, w: &mut Writer) {
        // Rows are recorded as they are made; a spooled row is in the record already.
        self.as_str().expect("only rows made by this build are recorded").encode(w);
    }
}

impl<'a> Decode<'a> for RowText {
    fn decode(r: &mut Reader<'a>) -> Option<Self> {
        let text = <&str>::decode(r)?;
        Some(match r.spooling {
            None => RowText::from(text),
            Some((entry, index)) => {
                let at = u32::try_from(text.as_ptr() as usize - entry.as_ptr() as usize).ok()?;
                RowText::spooled(index, at, u32::try_from(text.len()).ok()?)
            }
        })
    }
}

impl<T: Encode> Encode for Option<T> {
    fn encode(&self, w: &mut Writer) {
        match self {
            None => 0u8.encode(w),
            Some(v) => {
                1u8.encode(w);
                v.encode(w);
            }
        }
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Option<T> {
    fn decode(r: &mut Reader<'a>) -> Option<Self> {
        match u8::decode(r)? {
            0 => Some(None),
            1 => Some(Some(T::decode(r)?)),
            _ => None,
        }
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, w: &mut Writer) {
        u32::try_from(self.len()).expect("fewer than 4 billion items").encode(w);
        for item in self {
            item.encode(w);
        }
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for Vec<T> {
    fn decode(r: &mut Reader<'a>) -> Option<Self> {
        let len = u32::decode(r)? as usize;
        // Every item takes at least a byte: a corrupt length cannot make a huge allocation.
        let mut out = Vec::with_capacity(len.min(r.buf.len()));
        for _ in 0..len {
            out.push(T::decode(r)?);
        }
        Some(out)
    }
}

macro_rules! tuple {
    ($($name:ident),+) => {
        impl<$($name: Encode),+> Encode for ($($name,)+) {
            #[allow(non_snake_case)]
            fn encode(&self, w: &mut Writer) {
                let ($($name,)+) = self;
                $($name.encode(w);)+
            }
        }
        impl<'a, $($name: Decode<'a>),+> Decode<'a> for ($($name,)+) {
            fn decode(r: &mut Reader<'a>) -> Option<Self> {
                Some(($($name::decode(r)?,)+))
            }
        }
    };
}

tuple!(A, B);
tuple!(A, B, C);
tuple!(A, B, C, D);
tuple!(A, B, C, D, E);

#[cfg(test)]
mod tests {
    use super::*;

    type Sample = Vec<(String, Option<String>, (u64, usize, bool, i16, i8))>;

    fn sample() -> Sample {
        vec![
            ("José <b>\"x\"</b>\n".to_owned(), None, (u64::MAX, 7, true, -3, 12)),
            (String::new(), Some("李娜".to_owned()), (0, 0, false, 2026, -1)),
        ]
    }

    #[test]
    fn values_read_back_as_written() {
        let mut w = Writer::default();
        sample().encode(&mut w);
        let mut r = Reader::new(&w.buf);
        assert_eq!(Sample::decode(&mut r), Some(sample()));
        assert!(r.is_empty());
    }

    #[test]
    fn strings_read_in_place_are_the_strings_written() {
        let mut w = Writer::default();
        sample().encode(&mut w);
        let borrowed = <Vec<(&str, Option<&str>, (u64, usize, bool, i16, i8))>>::decode(&mut Reader::new(&w.buf));
        let owned: Option<Sample> = borrowed
            .map(|rows| rows.into_iter().map(|(a, b, rest)| (a.to_owned(), b.map(str::to_owned), rest)).collect());
        assert_eq!(owned, Some(sample()));
        let mut bad = w.buf.clone();
        let at = bad.iter().position(|b| *b == b'J').expect("the first string");
        bad[at] = 0xff;
        assert_eq!(<Vec<(&str, Option<&str>, (u64, usize, bool, i16, i8))>>::decode(&mut Reader::new(&bad)), None);
    }

    #[test]
    fn rows_are_copied_or_left_in_their_spool_entry() {
        let mut w = Writer { buf: vec![7; 4] };
        (RowText::from("| a |"), Some(RowText::from("<li>b</li>"))).encode(&mut w);
        let copied = <(RowText, Option<RowText>)>::decode(&mut Reader::new(&w.buf[4..]));
        assert_eq!(copied, Some((RowText::from("| a |"), Some(RowText::from("<li>b</li>")))));
        let mut r = Reader::spooling(&w.buf, 3);
        r.skip(4).unwrap();
        let spooled = <(RowText, Option<RowText>)>::decode(&mut r);
        assert_eq!(spooled, Some((RowText::spooled(3, 8, 5), Some(RowText::spooled(3, 18, 10)))));
    }

    #[test]
    fn short_or_corrupt_input_reads_as_nothing() {
        let mut w = Writer::default();
        sample().encode(&mut w);
        for cut in 0..w.buf.len() {
            assert_eq!(Sample::decode(&mut Reader::new(&w.buf[..cut])), None, "cut at {cut}");
        }
        let mut bad = w.buf.clone();
        bad[0..4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(Sample::decode(&mut Reader::new(&bad)), None);
    }
}
