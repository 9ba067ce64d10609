//! A fast case-insensitive map from short words to values, for the word
//! tables the extractors consult at every token (calendar words, tense
//! markers). A word of up to 15 bytes is packed, its ASCII letters
//! lower-cased, into one `u128` key and found with one multiplicative hash
//! and a short probe, without allocating. [`WordMap::get`] compares words
//! as `str::to_lowercase` does, lower-casing a word with non-ASCII letters
//! through it first (allocating, but such words are rare in English text;
//! and Unicode lower case may turn one into an ASCII word: the Kelvin sign
//! "K" lower-cases to "k"); [`WordMap::get_ascii`] compares as
//! `eq_ignore_ascii_case` does.

/// The longest word a [`WordMap`] holds, in bytes.
pub(crate) const MAX_WORD: usize = 15;

/// Lower-cases the ASCII capitals among the eight bytes of `x` at once,
/// leaving every other byte as it is (as `u8::to_ascii_lowercase` does to
/// each byte).
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits, plus a bias that carries into the
    // byte's high bit exactly when they reach 'A' (or pass 'Z'); no sum
    // carries into the next byte.
    let low7 = x & !HIGH;
    let from_a = low7.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let past_z = low7.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// A word packed into a key: its UTF-8 bytes, ASCII letters lower-cased,
/// then its length in the last byte (which keeps keys of words with NUL
/// bytes apart, and no key 0). `None` for an empty word or a longer one
/// than [`MAX_WORD`].
fn key(bytes: &[u8]) -> Option<u128> {
    let n = bytes.len();
    if n == 0 || n > MAX_WORD {
        return None;
    }
    // Byte by byte: cheaper for short words than a copy into a buffer.
    let (mut lo, mut hi) = (0u64, 0u64);
    for (i, &b) in bytes.iter().enumerate() {
        if i < 8 {
            lo |= u64::from(b) << (8 * i);
        } else {
            hi |= u64::from(b) << (8 * (i - 8));
        }
    }
    hi |= u64::try_from(n).ok()? << 56;
    Some((u128::from(lower8(hi)) << 64) | u128::from(lower8(lo)))
}

/// The bit of a word in a map's filter: from its length and the low five
/// bits of its first and last bytes, ASCII lower-cased (which tell the
/// letters apart).
fn filter_bit(bytes: &[u8]) -> Option<usize> {
    let first = usize::from(bytes.first()?.to_ascii_lowercase() & 0x1F);
    let last = usize::from(bytes.last()?.to_ascii_lowercase() & 0x1F);
    Some(((bytes.len() & 0xF) << 10) | (first << 5) | last)
}

/// The number of bits of a map's filter.
const FILTER_BITS: usize = 1 << 14;

/// The slot a key hashes to, in a table of `1 << bits` slots.
fn slot(key: u128, bits: u32) -> usize {
    // Fold the key to 64 bits and spread it with Fibonacci hashing; the top
    // bits of the product are the best mixed.
    #[allow(clippy::cast_possible_truncation)]
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    let h = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    usize::try_from(h >> (64 - bits)).unwrap_or(0)
}

/// A map from short words to values, matched case-insensitively.
#[derive(Debug)]
pub(crate) struct WordMap<V: Copy> {
    /// Open-addressed slots: a key (0 for an empty slot) and its value.
    slots: Vec<(u128, V)>,
    /// Log2 of the number of slots.
    bits: u32,
    /// A bit set for every word's [`filter_bit`]: most words of a text
    /// are told absent by it without a hash.
    filter: Vec<u64>,
}

impl<V: Copy + Default> WordMap<V> {
    /// Builds the map from words and their values (the words lower-cased
    /// with `str::to_lowercase`). A word given twice has its values merged
    /// with `merge`; a word that cannot be a key (empty, over [`MAX_WORD`]
    /// bytes) is left out, as no lookup could find it.
    pub(crate) fn new(
        entries: impl IntoIterator<Item = (String, V)>,
        merge: fn(V, V) -> V,
    ) -> Self {
        let mut filter = vec![0u64; FILTER_BITS / 64];
        let entries: Vec<(u128, V)> = entries
            .into_iter()
            .filter_map(|(w, v)| {
                let w = w.to_lowercase();
                let k = key(w.as_bytes())?;
                let bit = filter_bit(w.as_bytes())?;
                if let Some(f) = filter.get_mut(bit / 64) {
                    *f |= 1 << (bit % 64);
                }
                Some((k, v))
            })
            .collect();
        // At most half full, so that probes stay short.
        let mut bits = 4u32;
        while (1usize << bits) < entries.len() * 2 {
            bits += 1;
        }
        let mut slots = vec![(0u128, V::default()); 1 << bits];
        let mask = (1usize << bits) - 1;
        for (key, value) in entries {
            let mut i = slot(key, bits);
            loop {
                let Some(s) = slots.get_mut(i) else { break };
                if s.0 == 0 {
                    *s = (key, value);
                    break;
                }
                if s.0 == key {
                    s.1 = merge(s.1, value);
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        WordMap {
            slots,
            bits,
            filter,
        }
    }

    /// The value of a packed key.
    fn get_key(&self, key: u128) -> Option<V> {
        let mask = (1usize << self.bits) - 1;
        let mut i = slot(key, self.bits);
        // The table is never full, so an empty slot ends every probe; the
        // bound only guards against a logic error.
        for _ in 0..self.slots.len() {
            let &(k, v) = self.slots.get(i)?;
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The value of `word` compared ASCII case-insensitively
    /// (`eq_ignore_ascii_case`).
    pub(crate) fn get_ascii(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }

    /// Whether the word with these bytes may be in the map, compared ASCII
    /// case-insensitively: `false` tells it is not, at the cost of a few
    /// instructions and no hash; `true` is only likely.
    pub(crate) fn may_hold_bytes(&self, bytes: &[u8]) -> bool {
        bytes.len() <= MAX_WORD
            && filter_bit(bytes).is_some_and(|bit| {
                self.filter
                    .get(bit / 64)
                    .is_some_and(|f| f & (1 << (bit % 64)) != 0)
            })
    }

    /// [`WordMap::get_ascii`] for the bytes of a word.
    pub(crate) fn get_bytes(&self, bytes: &[u8]) -> Option<V> {
        if bytes.len() > MAX_WORD {
            return None;
        }
        if !self.may_hold_bytes(bytes) {
            return None;
        }
        self.get_key(key(bytes)?)
    }

    /// The value of `word` after Unicode lower-casing (`str::to_lowercase`),
    /// which allocates only for a word with non-ASCII letters.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        if word.is_ascii() {
            return self.get_ascii(word);
        }
        if word.len() > 4 * MAX_WORD {
            // Lower-casing shrinks a character by at most two bytes of its
            // three: so long a word cannot become a key.
            return None;
        }
        self.get_ascii(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let words = [
            "may",
            "june",
            "corresponding",
            "a",
            "Sept",
            "x".repeat(17).as_str(),
        ]
        .iter()
        .enumerate()
        .map(|(i, w)| (w.to_string(), i + 1))
        .collect::<Vec<_>>();
        let map = WordMap::new(words, |a, b| a + b);
        assert!(map.may_hold_bytes(b"JUNE"));
        assert!(!map.may_hold_bytes(b"jun"));
        assert!(!map.may_hold_bytes(b""));
        for (word, want) in [
            ("may", Some(1)),
            ("MAY", Some(1)),
            ("May", Some(1)),
            ("june", Some(2)),
            ("Corresponding", Some(3)),
            ("a", Some(4)),
            ("sept", Some(5)),
            ("sep", None),
            ("mayo", None),
            ("", None),
            ("m\u{0}y", None),
            (&"x".repeat(17), None),
            (&"x".repeat(16), None),
            ("M\u{0130}Y", None),
        ] {
            assert_eq!(map.get(word), want, "{word:?}");
        }
        // Non-ASCII words: "İ" lower-cases to "i" and a combining dot.
        let map = WordMap::new(
            [("\u{130}yun".to_owned(), 6), ("şubat".to_owned(), 2)],
            |a, _| a,
        );
        for (word, want) in [
            ("İyun", Some(6)),
            ("i\u{307}yun", Some(6)),
            ("iyun", None),
            ("ŞUBAT", Some(2)),
            ("Şubat", Some(2)),
        ] {
            assert_eq!(map.get(word), want, "{word:?}");
        }
        // Unicode lower case: the Kelvin sign is "k"; ASCII lookups do not
        // lower-case it.
        let map = WordMap::new([("ok".to_owned(), 7)], |a, _| a);
        assert_eq!(map.get("O\u{212A}"), Some(7));
        assert_eq!(map.get_ascii("O\u{212A}"), None);
        // Repeated words merge.
        let map = WordMap::new([("a".to_owned(), 1), ("A".to_owned(), 2)], |a, b| a | b);
        assert_eq!(map.get("a"), Some(3));
    }

    #[test]
    fn lower8_is_bytewise_ascii_lowercase() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'A', b'z', b'@', b'[', b'Z', 0xC3, b]);
            let want = x.to_le_bytes().map(|c| c.to_ascii_lowercase());
            assert_eq!(lower8(x).to_le_bytes(), want, "{b}");
        }
        // NUL bytes do not make two words one key.
        assert_ne!(key(b"a"), key(b"a\0"));
    }

    #[test]
    fn many_words_all_found() {
        let words: Vec<(String, usize)> = (0..500).map(|i| (format!("w{i}"), i)).collect();
        let map = WordMap::new(words.clone(), |a, _| a);
        for (w, i) in words {
            assert_eq!(map.get(&w), Some(i));
        }
        assert_eq!(map.get("w500"), None);
    }
}
