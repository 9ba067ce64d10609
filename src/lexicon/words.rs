//! A fast case-insensitive map from short words to values, for the word
//! tables the extractors consult at every token (calendar words, tense
//! markers). A word of up to 15 bytes is packed, its ASCII letters
//! lower-cased, into one `u128` key with its length, and found with one
//! multiplicative hash and a short probe, without allocating:
//! [`WordMap::probe`] reads a word in place in the text with one 16-byte
//! load. [`WordMap::get`] compares words as `str::to_lowercase` does,
//! lower-casing a word with non-ASCII letters through it first (allocating,
//! but such words are rare in English text; and Unicode lower case may turn
//! one into an ASCII word: the Kelvin sign "K" lower-cases to "k");
//! [`WordMap::get_ascii`] compares as `eq_ignore_ascii_case` does. A small
//! filter on a word's length and letters ([`WordMap::may_hold_bytes`])
//! tells most absent words apart without a hash.

/// The longest word a [`WordMap`] holds, in bytes.
pub(crate) const MAX_WORD: usize = 15;

/// The high bit of every byte of a 64-bit number.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Lower-cases the ASCII capitals among the eight bytes of `x` at once,
/// leaving every other byte as it is (as `u8::to_ascii_lowercase` does to
/// each byte).
#[inline]
fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Each byte's low seven bits, plus a bias that carries into the
    // byte's high bit exactly when they reach 'A' (or pass 'Z'); no sum
    // carries into the next byte.
    let low7 = x & !HIGH;
    let from_a = low7.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let past_z = low7.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// The key of a word given as its bytes packed little-endian into `lo`
/// and `hi` (nothing past its `n` bytes): lower-cased, with `n` in the
/// last byte, which keeps keys of words with NUL bytes apart and no key 0.
#[inline]
fn pack(lo: u64, hi: u64, n: usize) -> u128 {
    let hi = hi | (u64::try_from(n).unwrap_or(0) << 56);
    (u128::from(lower8(hi)) << 64) | u128::from(lower8(lo))
}

/// A word packed into a key (see [`pack`]); `None` for an empty word or
/// one longer than [`MAX_WORD`].
fn key(bytes: &[u8]) -> Option<u128> {
    let n = bytes.len();
    if n == 0 || n > MAX_WORD {
        return None;
    }
    let (mut lo, mut hi) = (0u64, 0u64);
    for (i, &b) in bytes.iter().enumerate() {
        if i < 8 {
            lo |= u64::from(b) << (8 * i);
        } else {
            hi |= u64::from(b) << (8 * (i - 8));
        }
    }
    Some(pack(lo, hi, n))
}

/// The number of bits of a map's filter.
const FILTER_BITS: usize = 1 << 14;

/// The number of 64-bit words of a map's filter.
const FILTER_WORDS: usize = FILTER_BITS / 64;

/// The two bits of a word in a map's filter: one from its length and the
/// low five bits of its first and last bytes, one from its length and
/// those of its second and second-to-last bytes, all ASCII lower-cased
/// (the low five bits tell the letters apart).
#[inline]
fn filter_bits(bytes: &[u8]) -> Option<(usize, usize)> {
    let n = bytes.len();
    let at = |i: usize| {
        bytes
            .get(i)
            .map(|b| usize::from(b.to_ascii_lowercase() & 0x1F))
    };
    let first = at(0)?;
    let last = at(n - 1)?;
    let second = at(1).unwrap_or(first);
    let second_last = at(n.saturating_sub(2)).unwrap_or(last);
    let len = (n & 0xF) << 10;
    Some((len | (first << 5) | last, len | (second << 5) | second_last))
}

/// A word of the text read into registers: its bytes, ASCII lower-cased,
/// packed little-endian, and its length (1 to [`MAX_WORD`]). Reading a
/// word once this way makes the tests the extractors run on every word (is
/// it ASCII, may a table hold it, which is it) a few instructions each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Packed {
    /// Bytes 0 to 7, lower-cased.
    lo: u64,
    /// Bytes 8 to 14, lower-cased.
    hi: u64,
    /// The length.
    n: usize,
    /// Whether every byte is ASCII.
    ascii: bool,
}

/// The bytes of `w` (at most 16) packed little-endian into two numbers, as
/// they are: for comparing a [`Packed`] word with a lower-case constant.
const fn pack_const(w: &[u8]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    let mut i = 0;
    while i < w.len() && i < 16 {
        if i < 8 {
            lo |= (w[i] as u64) << (8 * i);
        } else {
            hi |= (w[i] as u64) << (8 * (i - 8));
        }
        i += 1;
    }
    (lo, hi)
}

/// For each length up to [`MAX_WORD`], the masks that keep a word's bytes
/// of the low and the high eight of a 16-byte load.
const LENGTH_MASKS: [(u64, u64); 16] = {
    let mut masks = [(0u64, 0u64); 16];
    let mut n = 1;
    while n < 16 {
        let lo = if n >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * n)) - 1
        };
        let hi = if n > 8 {
            (1u64 << (8 * (n - 8))) - 1
        } else {
            0
        };
        masks[n] = (lo, hi);
        n += 1;
    }
    masks
};

/// The word of letters `text[start..end]` (a word token: its ASCII bytes
/// are letters), read with one 16-byte load where the text allows: its
/// bytes lower-cased and packed (low and high eight), when it is ASCII and
/// at most [`MAX_WORD`] bytes long. Lower-casing is `| 0x20`, right for
/// letters only.
#[inline]
pub(crate) fn ascii_letters_at(text: &[u8], start: usize, end: usize) -> Option<(u64, u64)> {
    let n = end.checked_sub(start)?;
    let &(mask_lo, mask_hi) = LENGTH_MASKS.get(n).filter(|_| n > 0)?;
    let (lo, hi) = match text
        .get(start..start.checked_add(16)?)
        .and_then(|c| <[u8; 16]>::try_from(c).ok())
    {
        Some(c) => {
            let w = u128::from_le_bytes(c);
            #[allow(clippy::cast_possible_truncation)]
            ((w as u64) & mask_lo, ((w >> 64) as u64) & mask_hi)
        }
        None => pack_bytes(text.get(start..end)?),
    };
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    const SPACES: u64 = 0x2020_2020_2020_2020;
    Some((lo | (SPACES & mask_lo), hi | (SPACES & mask_hi)))
}

/// Up to 16 bytes packed little-endian into two words, byte by byte (the
/// slow path near the end of a text, where two eight-byte loads would
/// overrun it).
#[inline]
fn pack_bytes(bytes: &[u8]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for (i, &b) in bytes.iter().take(16).enumerate() {
        if i < 8 {
            lo |= u64::from(b) << (8 * i);
        } else {
            hi |= u64::from(b) << (8 * (i - 8));
        }
    }
    (lo, hi)
}

/// The low `k` bytes of a number (`k` up to 8) as a mask.
#[inline]
fn byte_mask(k: usize) -> u64 {
    u64::MAX
        .checked_shr(u32::try_from(64 - 8 * k.min(8)).unwrap_or(64))
        .unwrap_or(0)
}

impl Packed {
    /// The word `text[start..end]`, read with two eight-byte loads where
    /// the text allows; `None` for an empty word, one longer than
    /// [`MAX_WORD`], or a range outside the text.
    #[inline]
    pub(crate) fn at(text: &[u8], start: usize, end: usize) -> Option<Packed> {
        let n = end.checked_sub(start)?;
        if n == 0 || n > MAX_WORD || end > text.len() {
            return None;
        }
        let load = |at: usize| -> Option<u64> {
            let chunk: [u8; 8] = text.get(at..at.checked_add(8)?)?.try_into().ok()?;
            Some(u64::from_le_bytes(chunk))
        };
        let (lo, hi) = match (load(start), load(start + 8)) {
            (Some(lo), Some(hi)) => (lo & byte_mask(n), hi & byte_mask(n.saturating_sub(8))),
            // Near the end of the text: byte by byte.
            _ => pack_bytes(text.get(start..end)?),
        };
        Some(Packed {
            lo: lower8(lo),
            hi: lower8(hi),
            n,
            ascii: (lo | hi) & HIGH == 0,
        })
    }

    /// Whether every byte is ASCII.
    #[inline]
    pub(crate) fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The length in bytes.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.n
    }

    /// Lower-cased byte `i` (below the length).
    #[inline]
    fn byte(&self, i: usize) -> u64 {
        let word = if i < 8 { self.lo } else { self.hi };
        (word >> (8 * (i % 8))) & 0xFF
    }

    /// The key of the word (see [`pack`]; the length byte is no letter).
    #[inline]
    fn key(&self) -> u128 {
        let n = u64::try_from(self.n).unwrap_or(0);
        (u128::from(self.hi | (n << 56)) << 64) | u128::from(self.lo)
    }

    /// Whether the word is `w`, a lower-case ASCII word, ignoring ASCII
    /// case.
    #[inline]
    pub(crate) fn is(&self, w: &[u8]) -> bool {
        let (lo, hi) = pack_const(w);
        self.n == w.len() && self.lo == lo && self.hi == hi
    }

    /// Whether the word ends in "ed", ignoring ASCII case.
    #[inline]
    pub(crate) fn ends_ed(&self) -> bool {
        self.n >= 2
            && self.byte(self.n - 2) == u64::from(b'e')
            && self.byte(self.n - 1) == u64::from(b'd')
    }

    /// The word's two filter bits (see [`filter_bits`]).
    #[inline]
    fn filter_bits(&self) -> (usize, usize) {
        let n = self.n;
        let at = |i: usize| usize::try_from(self.byte(i) & 0x1F).unwrap_or(0);
        let first = at(0);
        let last = at(n - 1);
        let (second, second_last) = if n > 1 {
            (at(1), at(n - 2))
        } else {
            (first, last)
        };
        let len = (n & 0xF) << 10;
        (len | (first << 5) | last, len | (second << 5) | second_last)
    }
}

/// The slot a key hashes to, in a table of `1 << bits` slots.
#[inline]
fn slot(key: u128, bits: u32) -> usize {
    // Fold the key to 64 bits and spread it with Fibonacci hashing; the top
    // bits of the product are the best mixed.
    #[allow(clippy::cast_possible_truncation)]
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    let h = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    usize::try_from(h >> (64 - bits)).unwrap_or(0)
}

/// What [`WordMap::probe`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Probe<V> {
    /// The word is ASCII and in the map.
    Hit(V),
    /// The word is ASCII and not in the map.
    Miss,
    /// The word has non-ASCII bytes, or more than [`MAX_WORD`]: the caller
    /// decides how to look it up.
    Other,
}

/// A map from short words to values, matched case-insensitively.
#[derive(Debug)]
pub(crate) struct WordMap<V: Copy> {
    /// Open-addressed slots: a key (0 for an empty slot) and its value.
    slots: Vec<(u128, V)>,
    /// Log2 of the number of slots.
    bits: u32,
    /// Two bits set for every word (see [`filter_bits`]): most words of a
    /// text are told absent by them without a hash. A fixed-size array,
    /// so that a test needs no bounds check.
    filter: Box<[u64; FILTER_WORDS]>,
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
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        let mut set = |bit: usize| {
            if let Some(f) = filter.get_mut(bit / 64) {
                *f |= 1 << (bit % 64);
            }
        };
        let entries: Vec<(u128, V)> = entries
            .into_iter()
            .filter_map(|(w, v)| {
                let w = w.to_lowercase();
                let k = key(w.as_bytes())?;
                let (a, b) = filter_bits(w.as_bytes())?;
                set(a);
                set(b);
                Some((k, v))
            })
            .collect();
        // At most a quarter full, so that probes stay short.
        let mut bits = 4u32;
        while (1usize << bits) < entries.len() * 4 {
            bits += 1;
        }
        let mut slots = vec![(0u128, V::default()); 1 << bits];
        let mask = (1usize << bits) - 1;
        for (key, value) in entries {
            let mut i = slot(key, bits);
            while let Some(s) = slots.get_mut(i) {
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
    #[inline]
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

    /// Whether the word with these bytes may be in the map, compared ASCII
    /// case-insensitively: `false` tells it is not, at the cost of a few
    /// instructions and no hash; `true` is only likely.
    #[inline]
    pub(crate) fn may_hold_bytes(&self, bytes: &[u8]) -> bool {
        bytes.len() <= MAX_WORD
            && filter_bits(bytes).is_some_and(|(a, b)| self.test_bit(a) && self.test_bit(b))
    }

    /// Whether the packed word may be in the map (see
    /// [`WordMap::may_hold_bytes`]).
    #[inline]
    pub(crate) fn may_hold(&self, word: &Packed) -> bool {
        let (a, b) = word.filter_bits();
        self.test_bit(a) && self.test_bit(b)
    }

    /// The value of an ASCII word already lower-cased and packed
    /// little-endian into `lo` (bytes 0 to 7) and `hi` (bytes 8 to 14),
    /// `n` bytes long (1 to [`MAX_WORD`]).
    #[inline]
    pub(crate) fn get_lowered(&self, lo: u64, hi: u64, n: usize) -> Option<V> {
        if n == 0 || n > MAX_WORD {
            return None;
        }
        // The filter first: most words are not in the map. Its letters
        // (see `filter_bits`) are read off the packed word with fixed
        // shifts at the start and one shift of the whole word for the
        // last two, rather than a shift per letter.
        let five = |x: u64| usize::try_from(x & 0x1F).unwrap_or(0);
        let first = five(lo);
        let (second, second_last, last) = if n > 1 {
            let whole = (u128::from(hi) << 64) | u128::from(lo);
            #[allow(clippy::cast_possible_truncation)]
            let tail = (whole >> (8 * (n - 2))) as u64;
            (five(lo >> 8), five(tail), five(tail >> 8))
        } else {
            (first, first, first)
        };
        let len = (n & 0xF) << 10;
        if !self.test_bit(len | (first << 5) | last)
            || !self.test_bit(len | (second << 5) | second_last)
        {
            return None;
        }
        let n = u64::try_from(n).ok()?;
        self.get_key((u128::from(hi | (n << 56)) << 64) | u128::from(lo))
    }

    /// Whether bit `bit` of the filter is set.
    #[inline]
    fn test_bit(&self, bit: usize) -> bool {
        // Filter bits are below `FILTER_BITS`; the remainder (a mask)
        // lets the compiler see the index in bounds.
        self.filter[(bit / 64) % FILTER_WORDS] & (1 << (bit % 64)) != 0
    }

    /// The value of the packed word, compared ASCII case-insensitively.
    #[inline]
    pub(crate) fn get_packed(&self, word: &Packed) -> Option<V> {
        self.get_key(word.key())
    }

    /// The ASCII word `text[start..end]`, compared ASCII
    /// case-insensitively. Reads the word with one 16-byte load where the
    /// text allows (no loop over its bytes): the lookup the extractors make
    /// at every word of a text.
    #[inline]
    pub(crate) fn probe(&self, text: &[u8], start: usize, end: usize) -> Probe<V> {
        match Packed::at(text, start, end) {
            Some(word) if word.is_ascii() => match self.get_packed(&word) {
                Some(v) => Probe::Hit(v),
                None => Probe::Miss,
            },
            _ => Probe::Other,
        }
    }

    /// The value of `word` compared ASCII case-insensitively
    /// (`eq_ignore_ascii_case`).
    pub(crate) fn get_ascii(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }

    /// [`WordMap::get_ascii`] for the bytes of a word.
    pub(crate) fn get_bytes(&self, bytes: &[u8]) -> Option<V> {
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

impl WordMap<u8> {
    /// The words of several lists in one map, each list marked by its bit
    /// (`lists`: words and bit), a word in several lists by the union of
    /// their bits: one look-up answers for every list.
    pub(crate) fn of_lists(lists: &[(&[&str], u8)]) -> Self {
        let entries = lists
            .iter()
            .flat_map(|&(words, bit)| words.iter().map(move |w| ((*w).to_owned(), bit)));
        WordMap::new(entries, |a, b| a | b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_share_one_map_by_their_bits() {
        let map = WordMap::of_lists(&[(&["in", "since"], 1), (&["In", "tons"], 2), (&[], 4)]);
        assert_eq!(map.get_ascii("IN"), Some(3));
        assert_eq!(map.get_ascii("since"), Some(1));
        assert_eq!(map.get_ascii("tons"), Some(2));
        assert_eq!(map.get_ascii("ton"), None);
    }

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
    fn probes_read_words_in_place() {
        let map = WordMap::new(
            [("may", 1), ("corresponding", 2), ("şubat", 3)].map(|(w, v)| (w.to_owned(), v)),
            |a, _| a,
        );
        // Far from the end (two loads) and at the end (byte by byte).
        let text = "In MAY and Corresponding; şubat may";
        let at = |w: &str| {
            let start = text.find(w).expect("word in text");
            map.probe(text.as_bytes(), start, start + w.len())
        };
        assert_eq!(at("MAY"), Probe::Hit(1));
        assert_eq!(at("Corresponding"), Probe::Hit(2));
        assert_eq!(at("In"), Probe::Miss);
        assert_eq!(at("and"), Probe::Miss);
        assert_eq!(at("şubat"), Probe::Other);
        let n = text.len();
        assert_eq!(map.probe(text.as_bytes(), n - 3, n), Probe::Hit(1));
        // A prefix of a word is not the word.
        assert_eq!(map.probe(text.as_bytes(), 3, 5), Probe::Miss);
        // Out of range or empty.
        assert_eq!(map.probe(text.as_bytes(), n - 2, n + 1), Probe::Other);
        assert_eq!(map.probe(text.as_bytes(), 3, 3), Probe::Other);
    }

    #[test]
    fn lowered_lookups_agree_with_byte_lookups() {
        let table = [
            "a",
            "of",
            "may",
            "june",
            "march",
            "weekly",
            "quarter",
            "february",
            "september",
            "fortnightly",
            "corresponding",
            "semiannually",
            "quinquennially",
        ];
        let map = WordMap::new(
            table
                .iter()
                .enumerate()
                .map(|(i, w)| ((*w).to_owned(), i + 1)),
            |a, _| a,
        );
        // Every word of the table, in any case, and words that share its
        // length and some of its letters without being in it.
        let mut words: Vec<String> = table.iter().map(|w| (*w).to_owned()).collect();
        words.extend(table.iter().map(|w| w.to_uppercase()));
        words.extend(table.iter().map(|w| w.replacen(|c: char| c != 'z', "z", 1)));
        words.extend(table.iter().map(|w| w.chars().rev().collect::<String>()));
        words.extend(["b", "fo", "mat", "jone", "mbrch", "xxxxxxxxxxxxxxx"].map(str::to_owned));
        for w in &words {
            let padded = format!("{w}                ");
            let (lo, hi) = ascii_letters_at(padded.as_bytes(), 0, w.len()).expect("letters");
            assert_eq!(
                map.get_lowered(lo, hi, w.len()),
                map.get_bytes(w.as_bytes()),
                "{w}"
            );
        }
        for w in &words {
            let want = table
                .iter()
                .position(|t| t.eq_ignore_ascii_case(w))
                .map(|i| i + 1);
            assert_eq!(map.get_bytes(w.as_bytes()), want, "{w}");
        }
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
