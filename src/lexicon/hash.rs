//! A fast hasher for the lexicons' small string-keyed tables.
//!
//! The standard library's SipHash resists hash flooding, which these
//! tables do not need: their keys are fixed word lists, and lookups with
//! words of the article only probe them. This multiply-rotate hash (the
//! one rustc uses for its own tables) costs a few cycles per eight bytes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of the hash (from rustc's FxHasher).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Multiply-rotate hasher over 64-bit words.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    /// Mixes one word into the hash.
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FxHasher`].
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A hash set with [`FxHasher`].
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// Word tables compiled into one map from word to the union of the class
/// bits of every table that holds it.
pub(crate) fn class_map<const N: usize>(
    tables: [(&'static [&'static str], u16); N],
) -> FxMap<&'static str, u16> {
    let mut m: FxMap<&'static str, u16> = FxMap::default();
    for (words, flag) in tables {
        for w in words {
            *m.entry(*w).or_insert(0) |= flag;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_they_hold() {
        let mut m: FxMap<&str, u16> = FxMap::default();
        for (i, w) in ["a", "minister", "chairman of the board", ""]
            .iter()
            .enumerate()
        {
            m.insert(w, i as u16);
        }
        assert_eq!(m.get("minister"), Some(&1));
        assert_eq!(m.get("chairman of the board"), Some(&2));
        assert_eq!(m.get(""), Some(&3));
        assert_eq!(m.get("ministers"), None);
        let s: FxSet<String> = ["x".to_string()].into_iter().collect();
        assert!(s.contains("x") && !s.contains("y"));
    }

    #[test]
    fn different_keys_hash_differently() {
        let h = |s: &str| {
            let mut f = FxHasher::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_ne!(h("president"), h("presidents"));
        assert_ne!(h("abcdefgh1"), h("abcdefgh2"));
    }
}
