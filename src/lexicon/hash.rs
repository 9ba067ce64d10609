//! A fast hasher for the lexicons' small string-keyed tables.
//!
//! The standard library's SipHash resists hash flooding, which these
//! tables do not need: their keys are fixed word lists, and lookups with
//! words of the article only probe them. This multiply-rotate hash (the
//! one rustc uses for its own tables, from the `rustc-hash` crate) costs a
//! few cycles per eight bytes.

/// A hash map with rustc's Fx hasher (the `rustc-hash` crate).
pub(crate) type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A hash set with rustc's Fx hasher (the `rustc-hash` crate).
pub(crate) type FxSet<K> = rustc_hash::FxHashSet<K>;

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
    use std::hash::Hasher;

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
            let mut f = rustc_hash::FxHasher::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_ne!(h("president"), h("presidents"));
        assert_ne!(h("abcdefgh1"), h("abcdefgh2"));
    }
}
