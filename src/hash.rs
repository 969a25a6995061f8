//! The one hasher of followup: 64-bit FNV-1a, for every hash the crate makes.
//!
//! FNV because its values are fixed by its definition: the same bytes give the same hash with
//! any Rust version, on any platform, in any run. Draft fingerprints are written into the drafts
//! themselves (`output::fingerprint::sign`) and must still match years later; the standard library's
//! `DefaultHasher` promises none of that (its algorithm and keys may change between releases).
//! The other hashes (the record's keys, what a build said about a note, a dashboard part's
//! contents, calendar UIDs) use it too, so that there is one hasher to know. It reads a byte at
//! a time, about 2.3 ns a byte where `DefaultHasher` takes 0.7: the dashboard parts of 10,000
//! notes (about 13 MB of Markdown) cost some 20 ms more on a cold build, about 1.5 %, and nothing
//! on a rebuild that re-renders a few notes: too little to keep a second hasher for. Not a
//! security measure.

/// A 64-bit FNV-1a hash; `.0` is the value so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fnv(pub u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    /// Mixes `bytes` into the hash.
    pub fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The hash of `bytes`.
pub fn of(bytes: &[u8]) -> u64 {
    let mut hash = Fnv::default();
    hash.write(bytes);
    hash.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fnv(bytes: &[u8]) -> u64 {
        let mut hash = Fnv::default();
        hash.write(bytes);
        hash.0
    }

    #[test]
    fn values_are_those_of_the_fnv_1a_definition() {
        // Published FNV-1a 64 test vectors: values that must never change.
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn bytes_written_in_pieces_hash_as_one() {
        let mut hash = Fnv::default();
        hash.write(b"foo");
        hash.write(b"bar");
        assert_eq!(hash.0, fnv(b"foobar"));
    }
}
