//! Every lexicon's word classes of a text's tokens, read in one pass and
//! one lookup a token: the event extractors' classes ([`wc`] bits) and the
//! people stage's title and organization classes ([`Lexical`]).
//!
//! Both views are read from the same lower-cased token, and each was read
//! in a map of its own (the people stage's for each of its units, the
//! event extractors' for each token): one map holding both values halves
//! the lookups, the costliest part of preparing either view.
//!
//! [`wc`]: crate::lexicon::events::wc

use std::sync::LazyLock;

use crate::lexicon::events;
use crate::lexicon::hash::FxMap;
use crate::lexicon::words::{MAX_WORD, Packed, WordMap, ascii_letters_at};
use crate::lexicon::{orgs, titles};

/// What the title and organization lexicons say about one word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Lexical {
    /// Title-lexicon classes ([`titles::class`]).
    pub tclass: u16,
    /// Organization-lexicon classes ([`orgs::class`]).
    pub oclass: u16,
    /// Some role phrase starts with this word.
    pub role_start: bool,
}

/// The title and organization lexicons' words with what they say of each,
/// in one map (one lookup per word instead of three).
static LEXICAL: LazyLock<FxMap<String, Lexical>> = LazyLock::new(|| {
    let mut words: FxMap<String, Lexical> = FxMap::default();
    let all = titles::vocabulary()
        .chain(orgs::vocabulary())
        .map(str::to_string)
        .chain(titles::role_first_words());
    for w in all {
        let entry = Lexical {
            tclass: titles::word_class(&w),
            oclass: orgs::word_class(&w),
            role_start: titles::starts_role(&w),
        };
        words.insert(w, entry);
    }
    words
});

/// The title and organization lexicons' view of a lower-case word (any
/// word: long, or with other than ASCII characters).
pub(crate) fn lexical(lower: &str) -> Lexical {
    LEXICAL.get(lower).copied().unwrap_or_default()
}

/// One word's classes in both views: the event classes ([`wc`] bits) and
/// the [`Lexical`] view.
///
/// [`wc`]: crate::lexicon::events::wc
type Both = (u64, Lexical);

/// Both views of every word of the tables, compiled once.
struct Joined {
    /// ASCII words of up to [`MAX_WORD`] bytes (most words of a text),
    /// compared ASCII case-insensitively.
    short: WordMap<Both>,
    /// Every one-byte ASCII word (punctuation, "a"), by byte: a fifth of
    /// a text's tokens, read with no hash.
    single: [Both; 128],
    /// Whether some word of the tables starts with a digit (none does: a
    /// digit run, a tenth of a text's tokens, then has no class).
    digit_words: bool,
}

/// The joined tables, built once.
static JOINED: LazyLock<Joined> = LazyLock::new(|| {
    let mut all: FxMap<String, Both> = FxMap::default();
    for (w, bits) in events::class_words() {
        all.entry(w.to_string()).or_default().0 |= bits;
    }
    for (w, l) in LEXICAL.iter() {
        all.entry(w.clone()).or_default().1 = *l;
    }
    let mut single = [Both::default(); 128];
    for (w, v) in &all {
        if let &[byte] = w.as_bytes()
            && let Some(slot) = single.get_mut(usize::from(byte))
        {
            *slot = *v;
        }
    }
    let digit_words = all
        .keys()
        .any(|w| w.bytes().next().is_some_and(|b| b.is_ascii_digit()));
    // The tables hold lower-case words, so the packed map (which compares
    // ASCII case-insensitively) finds for a lower-cased ASCII word what
    // the string maps find.
    let short = WordMap::new(
        all.into_iter()
            .filter(|(w, _)| w.is_ascii() && w.len() <= MAX_WORD),
        |a, b| (a.0 | b.0, a.1),
    );
    Joined {
        short,
        single,
        digit_words,
    }
});

/// The classes of many lower-cased tokens in place in one text (its ASCII
/// capitals lowered), given as byte ranges: for each, its event classes
/// (as [`events::class_at`]) and, when it is an ASCII word of up to
/// [`MAX_WORD`] bytes, its [`Lexical`] view (as [`lexical`]; left empty
/// for any other token, which its reader looks up itself).
///
/// Every token of an article is read here, in one tight loop, so the read
/// is cut to the bone: a word of up to [`MAX_WORD`] bytes is taken with
/// one 16-byte load and a mask, with no lower-casing (it is lower case
/// already), and looked up in the packed map, whose filter tells most
/// absent words apart before any hash; a one-byte word is read off a
/// table, and a digit run has no class.
pub(crate) fn token_classes(
    text: &[u8],
    tokens: impl ExactSizeIterator<Item = (usize, usize)>,
) -> (Vec<u64>, Vec<Lexical>) {
    /// The high bit of every byte: set for a non-ASCII byte.
    const HIGH: u128 = 0x8080_8080_8080_8080_8080_8080_8080_8080;
    let j = &*JOINED;
    let mut classes = Vec::with_capacity(tokens.len());
    let mut lexicals = Vec::with_capacity(tokens.len());
    for (start, end) in tokens {
        let (c, l) = both_at(j, text, start, end, HIGH);
        classes.push(c);
        lexicals.push(l);
    }
    (classes, lexicals)
}

/// Both views of the lower-cased token `text[start..end]`, for
/// [`token_classes`] (`high` is its mask of the bytes' high bits).
#[inline]
fn both_at(j: &Joined, text: &[u8], start: usize, end: usize, high: u128) -> Both {
    let n = end.wrapping_sub(start);
    let first = text.get(start).copied().unwrap_or(0);
    if n == 1 && first < 0x80 {
        return j
            .single
            .get(usize::from(first))
            .copied()
            .unwrap_or_default();
    }
    if first.is_ascii_digit() && !j.digit_words {
        return Both::default();
    }
    if (1..=MAX_WORD).contains(&n)
        && let Some(chunk) = start.checked_add(16).and_then(|e| text.get(start..e))
        && let Ok(bytes) = <[u8; 16]>::try_from(chunk)
    {
        // The word's bytes, and zeros past them.
        let w = u128::from_le_bytes(bytes) & (u128::MAX >> (128 - 8 * n));
        if w & high == 0 {
            #[allow(clippy::cast_possible_truncation)]
            let (lo, hi) = (w as u64, (w >> 64) as u64);
            return j.short.get_lowered(lo, hi, n).unwrap_or_default();
        }
    }
    // Near the end of the text, long or non-ASCII: the full read.
    match Packed::at(text, start, end) {
        Some(p) if p.is_ascii() => j.short.get_packed(&p).unwrap_or_default(),
        _ => (events::class_at(text, start, end), Lexical::default()),
    }
}

/// The [`Lexical`] view of the ASCII word `text[start..end]` of up to
/// [`MAX_WORD`] bytes (letters, possibly joined by hyphens or apostrophes,
/// which [`ascii_letters_at`] lower-cases rightly), in any case; `None`
/// for another word.
#[inline]
pub(crate) fn short_lexical(text: &[u8], start: usize, end: usize) -> Option<Lexical> {
    let (lo, hi) = ascii_letters_at(text, start, end)?;
    Some(
        JOINED
            .short
            .get_lowered(lo, hi, end - start)
            .unwrap_or_default()
            .1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::events::word_class;
    use crate::lexicon::titles::class as tc;

    #[test]
    fn token_reads_agree_with_each_view() {
        // Every table word of either view, lower-cased in place, plus words
        // in none, one-byte words, digit runs and non-ASCII words, at the
        // end of a text too.
        let mut words: Vec<String> = events::class_words()
            .map(|(w, _)| w.to_string())
            .chain(LEXICAL.keys().cloned())
            .collect();
        words.sort();
        words.dedup();
        words.extend(
            [
                "tokayev",
                "presidents",
                "2024",
                "7",
                "a",
                ".",
                ",",
                "—",
                "şəki",
                "x",
            ]
            .map(str::to_string),
        );
        words.retain(|w| !w.contains(' '));
        let text = words.join(" ");
        let mut spans = Vec::new();
        let mut at = 0;
        for w in &words {
            spans.push((at, at + w.len()));
            at += w.len() + 1;
        }
        let (classes, lexicals) = token_classes(text.as_bytes(), spans.iter().copied());
        assert_eq!((classes.len(), lexicals.len()), (spans.len(), spans.len()));
        for ((&(a, b), c), l) in spans.iter().zip(classes).zip(lexicals) {
            let w = &text[a..b];
            assert_eq!(c, word_class(w), "{w:?}");
            let want = if w.is_ascii() && w.len() <= MAX_WORD {
                lexical(w)
            } else {
                Lexical::default()
            };
            assert_eq!(l, want, "{w:?}");
        }
        assert_ne!(lexical("deputy").tclass & tc::MODIFIER, 0);
        assert_eq!(lexical("tokayev"), Lexical::default());
    }

    #[test]
    fn short_words_agree_with_the_string_map() {
        // The packed map compares ASCII case-insensitively: the lexicon's
        // words must be lower case for it to find what the string map finds.
        for (w, want) in LEXICAL.iter() {
            assert_eq!(*w, w.to_lowercase(), "{w}");
            let text = format!("{} {w} x", w.to_uppercase());
            let at = w.len() + 1;
            let got = short_lexical(text.as_bytes(), at, at + w.len());
            if w.is_ascii() && w.len() <= MAX_WORD {
                assert_eq!(got, Some(*want), "{w}");
            }
        }
        // (word, title classes): case does not matter, absent words have
        // none, and a non-ASCII or long word is not read.
        let cases: &[(&str, Option<u16>)] = &[
            ("Deputy", Some(tc::MODIFIER)),
            ("SHEIKH", Some(tc::HONORIFIC)),
            ("bin", Some(tc::PARTICLE)),
            ("Vice-President", Some(lexical("vice-president").tclass)),
            ("Tokayev", Some(0)),
            ("Şəki", None),
            ("Intergovernmentalism", None),
        ];
        for &(w, want) in cases {
            let got = short_lexical(w.as_bytes(), 0, w.len()).map(|l| l.tclass);
            assert_eq!(got, want, "{w}");
        }
    }
}
