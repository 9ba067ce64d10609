//! Bounds-checked access to the scanned tokens, with allocation-free
//! lower-casing and phrase matching.

use crate::lexicon::units::{Phrase, PhraseIndex};
use crate::scan::{Scan, TokenKind};

/// A word lower-cased into a fixed buffer (no allocation). Words longer than
/// the buffer lower-case to the empty string, which matches no table entry.
pub(crate) struct Lower {
    buf: [u8; 40],
    len: usize,
}

impl Lower {
    /// Lower-cases `s`.
    pub fn new(s: &str) -> Lower {
        let mut out = Lower {
            buf: [0; 40],
            len: 0,
        };
        if s.is_ascii() {
            if s.len() <= out.buf.len() {
                for (dst, b) in out.buf.iter_mut().zip(s.bytes()) {
                    *dst = b.to_ascii_lowercase();
                }
                out.len = s.len();
            }
            return out;
        }
        let mut tmp = [0u8; 4];
        for c in s.chars().flat_map(char::to_lowercase) {
            let bytes = c.encode_utf8(&mut tmp).as_bytes();
            let Some(dst) = out.buf.get_mut(out.len..out.len + bytes.len()) else {
                out.len = 0;
                return out;
            };
            dst.copy_from_slice(bytes);
            out.len += bytes.len();
        }
        out
    }

    /// The lower-cased text.
    pub fn as_str(&self) -> &str {
        // Whole characters were copied, so the bytes are valid UTF-8.
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or(&[])).unwrap_or("")
    }
}

/// The tokens of a scan, every access bounds-checked: out of range reads as
/// an empty token that matches nothing.
#[derive(Clone, Copy)]
pub(crate) struct View<'s, 'a> {
    pub scan: &'s Scan<'a>,
}

impl<'s, 'a> View<'s, 'a> {
    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.scan.tokens.len()
    }

    /// The text of token `i`, or "" past the end.
    #[inline]
    pub fn tok(&self, i: usize) -> &'a str {
        self.scan
            .tokens
            .get(i)
            .and_then(|t| self.scan.text.get(t.span.range()))
            .unwrap_or("")
    }

    /// The character of token `i` when it is a single ASCII character (a
    /// comma, a point, a dash), else 0: the test of a punctuation token
    /// without slicing the text.
    #[inline]
    pub fn ascii(&self, i: usize) -> u8 {
        match self.scan.tokens.get(i) {
            Some(t) if t.span.len() == 1 => self
                .scan
                .text
                .as_bytes()
                .get(t.span.start)
                .copied()
                .filter(u8::is_ascii)
                .unwrap_or(0),
            _ => 0,
        }
    }

    /// The length of token `i` in bytes (0 past the end).
    #[inline]
    pub fn width(&self, i: usize) -> usize {
        self.scan.tokens.get(i).map_or(0, |t| t.span.len())
    }

    /// The kind of token `i`.
    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.scan.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is a word.
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// Whether token `i` is a digit run.
    #[inline]
    pub fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// Whether token `i` exists and follows the previous token with no
    /// space between them.
    #[inline]
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && self.scan.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` starts a line (or the text).
    #[inline]
    pub fn line_start(&self, i: usize) -> bool {
        i == 0 || self.scan.tokens.get(i).is_some_and(|t| t.line_before)
    }

    /// Byte offset where token `i` starts (the text length past the end).
    #[inline]
    pub fn start(&self, i: usize) -> usize {
        self.scan
            .tokens
            .get(i)
            .map_or(self.scan.text.len(), |t| t.span.start)
    }

    /// Byte offset where token `i` ends (the text length past the end).
    #[inline]
    pub fn end(&self, i: usize) -> usize {
        self.scan
            .tokens
            .get(i)
            .map_or(self.scan.text.len(), |t| t.span.end)
    }

    /// Whether token `i` equals `s` ignoring ASCII case.
    #[inline]
    pub fn is(&self, i: usize, s: &str) -> bool {
        self.tok(i).eq_ignore_ascii_case(s)
    }

    /// The text between tokens `i - 1` and `i` (white space), or "".
    pub fn gap(&self, i: usize) -> &'a str {
        if i == 0 {
            return "";
        }
        self.scan
            .text
            .get(self.end(i - 1)..self.start(i))
            .unwrap_or("")
    }

    /// The longest phrase of `index` that starts at token `i`, and the token
    /// index right after it. A period written right after a word inside a
    /// phrase is skipped ("U.S. dollars" matches "u s dollars").
    pub fn phrase<'x, T>(
        &self,
        index: &'x PhraseIndex<T>,
        i: usize,
    ) -> Option<(&'x Phrase<T>, usize)> {
        self.starting_with(index, i)
            .iter()
            .find_map(|p| self.match_rest(p, i).map(|end| (p, end)))
    }

    /// The phrases of `index` whose first word is token `i`; ASCII words
    /// are looked up without lower-casing.
    fn starting_with<'x, T>(&self, index: &'x PhraseIndex<T>, i: usize) -> &'x [Phrase<T>] {
        let word = self.tok(i);
        match index.starting_with_letters(word) {
            Some(list) => list,
            None => index.starting_with(Lower::new(word).as_str()),
        }
    }

    /// Whether token `j` is the lower-case table word `w`, in any case.
    fn is_table_word(&self, j: usize, w: &str) -> bool {
        let t = self.tok(j);
        if w.is_ascii() {
            t.eq_ignore_ascii_case(w)
        } else {
            Lower::new(t).as_str() == w
        }
    }

    fn match_rest<T>(&self, p: &Phrase<T>, i: usize) -> Option<usize> {
        let mut j = i + 1;
        for w in p.words.iter().skip(1) {
            if *w != "." && self.tok(j) == "." && self.attached(j) && !self.tok(j + 1).is_empty() {
                j += 1;
            }
            if p.tight && !self.attached(j) {
                return None;
            }
            if !self.is_table_word(j, w) {
                return None;
            }
            j += 1;
        }
        Some(j)
    }

    /// The longest phrase of a reversed `index` that ends right before token
    /// `i`, and the index of its first token.
    pub fn phrase_before<'x, T>(
        &self,
        index: &'x PhraseIndex<T>,
        i: usize,
    ) -> Option<(&'x Phrase<T>, usize)> {
        let last = i.checked_sub(1)?;
        self.starting_with(index, last).iter().find_map(|p| {
            let mut j = last;
            for w in p.words.iter().skip(1) {
                j = j.checked_sub(1)?;
                if !self.is_table_word(j, w) {
                    return None;
                }
            }
            Some((p, j))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_bounded_and_unicode_aware() {
        assert_eq!(Lower::new("MlN").as_str(), "mln");
        assert_eq!(Lower::new("ÜBER").as_str(), "über");
        assert_eq!(Lower::new(&"x".repeat(100)).as_str(), "");
        assert_eq!(Lower::new(&"é".repeat(30)).as_str(), "");
    }

    #[test]
    fn phrases_skip_abbreviation_periods() {
        let index = PhraseIndex::new([("u s dollars", false, 1), ("us", false, 2)]);
        let scan = Scan::new("paid 5 U.S. dollars");
        let v = View { scan: &scan };
        let (p, end) = v.phrase(&index, 2).unwrap();
        assert_eq!((p.value, end), (1, 7));
        assert!(v.phrase(&index, 0).is_none());
        assert!(v.phrase(&index, 99).is_none());
    }
}
