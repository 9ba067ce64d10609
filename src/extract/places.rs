//! The place names of the article, found once and lent to every
//! extractor that reads them (quantities, people, actors).
//!
//! [`geo::find_all`] over the whole text is the one search; a part of the
//! text (a sentence, a capitalized stretch) takes the matches that lie
//! inside it, which are the matches a search of that part alone would
//! find, except at edges that a whole-text match crosses or that sit
//! inside a word; there, and only there, the part is searched on its own.

use std::borrow::Cow;
use std::cell::OnceCell;

use crate::lexicon::geo::{self, PlaceMatch};

/// The article's place names, searched for when first asked.
pub(crate) struct Places<'a> {
    /// The whole article.
    text: &'a str,
    /// Every place name of the text ([`geo::find_all`]), in text order.
    found: OnceCell<Vec<PlaceMatch>>,
}

impl<'a> Places<'a> {
    /// The place names of `text`, not searched yet.
    pub(crate) fn new(text: &'a str) -> Places<'a> {
        Places {
            text,
            found: OnceCell::new(),
        }
    }

    /// Every place name of the text, in text order: what
    /// [`geo::find_all`] gives for the whole text.
    pub(crate) fn all(&self) -> &[PlaceMatch] {
        self.found.get_or_init(|| geo::find_all(self.text))
    }

    /// The place names of the byte range `lo..hi` of the text, with
    /// offsets into the whole text: exactly what [`geo::find_all`] gives
    /// for `&text[lo..hi]`, its offsets shifted by `lo` (nothing when the
    /// range is empty, out of bounds or off character boundaries).
    pub(crate) fn within(&self, lo: usize, hi: usize) -> Cow<'_, [PlaceMatch]> {
        let text = self.text;
        let Some(part) = text.get(lo..hi) else {
            return Cow::Borrowed(&[]);
        };
        if part.is_empty() {
            return Cow::Borrowed(&[]);
        }
        let all = self.all();
        // The whole-text search reads a part as the part's own search does
        // when nothing ties the part to the text around it: no match runs
        // over either edge (it would hide or cut the part's own), and no
        // word goes on over either edge (the whole text would judge a name
        // at the edge to be inside that word).
        let from = all.partition_point(|m| m.end <= lo);
        let to = all.partition_point(|m| m.start < hi);
        let crosses = |edge: usize| {
            all.get(from..to)
                .unwrap_or(&[])
                .iter()
                .any(|m| m.start < edge && edge < m.end)
        };
        if self.cuts_words(lo, hi) || crosses(lo) || crosses(hi) {
            let found = geo::find_all(part)
                .into_iter()
                .map(|m| PlaceMatch {
                    start: m.start + lo,
                    end: m.end + lo,
                    place: m.place,
                })
                .collect();
            return Cow::Owned(found);
        }
        Cow::Borrowed(all.get(from..to).unwrap_or(&[]))
    }

    /// Whether [`within`](Self::within) may find a place in `lo..hi`,
    /// told with one look at the article's places: `false` means it finds
    /// none, and is the answer for most short parts.
    pub(crate) fn may_find(&self, lo: usize, hi: usize) -> bool {
        let all = self.all();
        // The first match that ends after `lo` is the only one that can
        // reach into the part or over its edges; without it, a part can
        // still differ from the whole text where it cuts a word.
        let first = all.partition_point(|m| m.end <= lo);
        all.get(first).is_some_and(|m| m.start < hi) || self.cuts_words(lo, hi)
    }

    /// Whether a word goes on over either edge of `lo..hi`.
    fn cuts_words(&self, lo: usize, hi: usize) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        // An ASCII byte is a whole character on a character boundary, so
        // it is read as it is; other characters are decoded.
        let word_before = match lo.checked_sub(1).and_then(|p| bytes.get(p)) {
            None => false,
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => text
                .get(..lo)
                .and_then(|s| s.chars().next_back())
                .is_some_and(geo::is_word_char),
        };
        let word_after = match bytes.get(hi) {
            None => false,
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            Some(_) => text
                .get(hi..)
                .and_then(|s| s.chars().next())
                .is_some_and(geo::is_word_char),
        };
        word_before || word_after
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a search of the part alone finds, with whole-text offsets.
    fn alone(text: &str, lo: usize, hi: usize) -> Vec<(usize, usize, &'static str)> {
        text.get(lo..hi)
            .map(geo::find_all)
            .unwrap_or_default()
            .into_iter()
            .map(|m| (m.start + lo, m.end + lo, m.place.alpha2))
            .collect()
    }

    /// What [`Places::within`] gives, in the same form.
    fn shared(places: &Places<'_>, lo: usize, hi: usize) -> Vec<(usize, usize, &'static str)> {
        places
            .within(lo, hi)
            .iter()
            .map(|m| (m.start, m.end, m.place.alpha2))
            .collect()
    }

    #[test]
    fn every_part_reads_as_searched_alone() {
        // Texts with names at edges, names inside words, names of several
        // words that a part may cut ("South Sudan", "New Delhi", "U.S."),
        // possessives and characters that are not ASCII.
        let texts = [
            "Kazakh President met Azerbaijan's leader in Baku. South Sudan and New Delhi.",
            "xSouth Sudan, the U.S. and Bosnia and Herzegovina signed; Tbilisi-Baku rail.",
            "Exports to Türkiye rose. Côte d'Ivoire and Astana\nagreed. NewDelhi is none.",
            "Washington, D.C., hosted Kyrgyz, Uzbek and Tajik envoys from Bishkek",
        ];
        for text in texts {
            let places = Places::new(text);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            for (k, &lo) in bounds.iter().enumerate() {
                for &hi in bounds.get(k..).unwrap_or(&[]) {
                    let want = alone(text, lo, hi);
                    assert_eq!(shared(&places, lo, hi), want, "{text:?} {lo}..{hi}");
                    // "None" is never wrong.
                    assert!(
                        places.may_find(lo, hi) || want.is_empty(),
                        "{text:?} {lo}..{hi}"
                    );
                }
            }
            assert_eq!(
                shared(&places, 0, text.len()),
                alone(text, 0, text.len()),
                "{text}"
            );
        }
    }

    #[test]
    fn whole_text_and_odd_ranges() {
        let text = "Talks in Baku and Astana.";
        let places = Places::new(text);
        let names: Vec<&str> = places
            .all()
            .iter()
            .filter_map(|m| text.get(m.start..m.end))
            .collect();
        assert_eq!(names, ["Baku", "Astana"]);
        // Empty, reversed and out-of-bounds ranges find nothing.
        assert!(places.within(9, 9).is_empty());
        assert!(places.within(13, 9).is_empty());
        assert!(places.within(9, 999).is_empty());
        // A part the whole-text search reads as it is: borrowed.
        assert!(matches!(places.within(0, 13), Cow::Borrowed(s) if s.len() == 1));
        // A part ending inside a word: searched on its own.
        assert!(matches!(places.within(0, 14), Cow::Owned(s) if s.len() == 1));
        // A part cutting a word: searched on its own ("aku" is no place).
        assert!(places.within(10, 13).is_empty());
    }
}
