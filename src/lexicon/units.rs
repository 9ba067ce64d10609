//! Units of measure, scale words, number words and approximation words, as
//! data tables compiled once into lookup maps.
//!
//! Also home of [`PhraseIndex`], the small multi-word phrase table that the
//! currency lexicon shares: phrases are stored as lower-case words and looked
//! up by their first word, longest phrase first.

use std::sync::LazyLock;

use crate::Approximation;

/// A hash map for the phrase index's first-word tables, on rustc's Fx
/// hasher: keys are fixed table words, so SipHash's flooding resistance
/// is not worth its cost on every token.
pub(crate) type FastMap<K, V> = crate::lexicon::hash::FxMap<K, V>;

/// One phrase of a [`PhraseIndex`]: its lower-case words and what it means.
#[derive(Debug)]
pub(crate) struct Phrase<T> {
    /// The words, lower case; punctuation such as `$` or `-` is a word of its own.
    pub words: Vec<&'static str>,
    /// Every word after the first must be written right after the previous
    /// one, with no space ("A$", "€ur", "k.g.").
    pub tight: bool,
    /// What the phrase stands for.
    pub value: T,
}

/// Phrases indexed by their first word, each candidate list sorted longest
/// first so that the first match is the longest one.
#[derive(Debug)]
pub(crate) struct PhraseIndex<T> {
    /// Phrases whose first word is ASCII letters, found without lower-casing.
    by_letters: AsciiMap<Vec<Phrase<T>>>,
    /// The other phrases ("$", "μg"), by their lower-case first word.
    by_other: FastMap<&'static str, Vec<Phrase<T>>>,
}

impl<T> PhraseIndex<T> {
    /// Builds the index from `(phrase, tight, value)` rows; a phrase is its
    /// words separated by spaces, lower case.
    pub fn new(rows: impl IntoIterator<Item = (&'static str, bool, T)>) -> PhraseIndex<T> {
        PhraseIndex::build(rows, false)
    }

    /// Like [`new`](PhraseIndex::new), with each phrase's words reversed and
    /// indexed by the last word, for matching backwards from a position.
    pub fn reversed(rows: impl IntoIterator<Item = (&'static str, bool, T)>) -> PhraseIndex<T> {
        PhraseIndex::build(rows, true)
    }

    fn build(
        rows: impl IntoIterator<Item = (&'static str, bool, T)>,
        reverse: bool,
    ) -> PhraseIndex<T> {
        PhraseIndex::from_words(rows.into_iter().map(|(text, tight, value)| {
            let mut words: Vec<&'static str> = text.split_whitespace().collect();
            if reverse {
                words.reverse();
            }
            (words, tight, value)
        }))
    }

    /// Builds the index from rows whose phrases are already split in words.
    pub fn from_words(
        rows: impl IntoIterator<Item = (Vec<&'static str>, bool, T)>,
    ) -> PhraseIndex<T> {
        let mut by_first: FastMap<&'static str, Vec<Phrase<T>>> = FastMap::default();
        for (words, tight, value) in rows {
            let Some(first) = words.first().copied() else {
                continue;
            };
            by_first.entry(first).or_default().push(Phrase {
                words,
                tight,
                value,
            });
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let (letters, other): (Vec<_>, Vec<_>) = by_first
            .into_iter()
            .partition(|(first, _)| AsciiMap::<()>::is_key(first));
        PhraseIndex {
            by_letters: AsciiMap::new(letters),
            by_other: other.into_iter().collect(),
        }
    }

    /// The phrases starting with `first` (lower case), longest first.
    pub fn starting_with(&self, first: &str) -> &[Phrase<T>] {
        self.by_letters
            .get(first)
            .or_else(|| self.by_other.get(first))
            .map_or(&[], Vec::as_slice)
    }

    /// The phrases starting with `word` as written, when it is ASCII
    /// letters (matched ignoring case, with no lower-casing); `None` when
    /// the caller must lower-case it and ask [`starting_with`](Self::starting_with).
    #[inline]
    pub fn starting_with_letters(&self, word: &str) -> Option<&[Phrase<T>]> {
        AsciiMap::<()>::is_key(word)
            .then(|| self.by_letters.get(word).map_or(&[][..], Vec::as_slice))
    }

    /// The first word of every phrase.
    pub fn first_words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.by_letters.keys().chain(self.by_other.keys().copied())
    }

    /// Whether some phrase starts with `first` (lower case).
    #[cfg(test)]
    pub fn has_first(&self, first: &str) -> bool {
        !self.starting_with(first).is_empty()
    }
}

/// A map from ASCII words, matched case-insensitively with neither
/// lower-casing nor hashing: keys are bucketed by length and first letter,
/// and each bucket has a bit mask of the second letters of its keys, so
/// most lookups end after one test and the rest compare the word with a
/// key or two.
#[derive(Debug)]
pub(crate) struct AsciiMap<T> {
    /// Per bucket, bit `k` is set when some key has letter `k` second (bit
    /// 26 for a one-letter key).
    seconds: Vec<u32>,
    buckets: Vec<Vec<(&'static str, T)>>,
}

/// The longest key an [`AsciiMap`] holds.
const ASCII_MAX_LEN: usize = 16;

impl<T> AsciiMap<T> {
    /// The bucket of a key of `len` bytes starting with ASCII letter `first`.
    #[inline(always)]
    fn slot(len: usize, first: u8) -> Option<usize> {
        if !first.is_ascii_alphabetic() || !(1..=ASCII_MAX_LEN).contains(&len) {
            return None;
        }
        let letter = first.to_ascii_lowercase() - b'a';
        Some((len - 1) * 26 + usize::from(letter))
    }

    /// The bit of the second byte `second` of a key of `len` bytes in its
    /// bucket's mask; `None` when that byte is no letter.
    #[inline(always)]
    fn second_bit(len: usize, second: u8) -> Option<u32> {
        if len == 1 {
            Some(1 << 26)
        } else if second.is_ascii_alphabetic() {
            Some(1 << (second.to_ascii_lowercase() - b'a'))
        } else {
            None
        }
    }

    /// Whether `word` can be a key: ASCII letters only, not too long.
    #[inline]
    pub fn is_key(word: &str) -> bool {
        word.len() <= ASCII_MAX_LEN
            && !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_alphabetic())
    }

    /// Builds the map; keys that are not [`is_key`](AsciiMap::is_key) are
    /// left out, and the first of equal keys wins.
    pub fn new(rows: impl IntoIterator<Item = (&'static str, T)>) -> AsciiMap<T> {
        let mut map = AsciiMap {
            seconds: vec![0; ASCII_MAX_LEN * 26],
            buckets: Vec::new(),
        };
        map.buckets.resize_with(ASCII_MAX_LEN * 26, Vec::new);
        for (key, value) in rows {
            if !Self::is_key(key) {
                continue;
            }
            let b = key.as_bytes();
            let first = b.first().copied().unwrap_or(0);
            let second = b.get(1).copied().unwrap_or(0);
            let (Some(k), Some(bit)) = (
                Self::slot(b.len(), first),
                Self::second_bit(b.len(), second),
            ) else {
                continue;
            };
            if let Some(bucket) = map.buckets.get_mut(k)
                && !bucket.iter().any(|(w, _)| w.eq_ignore_ascii_case(key))
            {
                bucket.push((key, value));
            }
            if let Some(mask) = map.seconds.get_mut(k) {
                *mask |= bit;
            }
        }
        map
    }

    /// The bucket that may hold `word`: `None` when no key has its length,
    /// first and second letters, the one test most lookups end with.
    #[inline(always)]
    fn may_hold(&self, word: &str) -> Option<usize> {
        let b = word.as_bytes();
        self.may_hold_bytes(b.len(), *b.first()?, b.get(1).copied().unwrap_or(0))
    }

    /// [`may_hold`](Self::may_hold) for a word of `len` bytes starting
    /// with `first` and `second`.
    #[inline(always)]
    fn may_hold_bytes(&self, len: usize, first: u8, second: u8) -> Option<usize> {
        let k = Self::slot(len, first)?;
        let bit = Self::second_bit(len, second)?;
        (self.seconds.get(k)? & bit != 0).then_some(k)
    }

    /// The value of `word`, ignoring ASCII case.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&T> {
        let k = self.may_hold(word)?;
        self.buckets
            .get(k)?
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, v)| v)
    }
}

impl<T> AsciiMap<T> {
    /// Every key, as the table wrote it.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.buckets.iter().flatten().map(|(k, _)| *k)
    }
}

/// A set of ASCII words matched case-insensitively (see [`AsciiMap`]).
#[derive(Debug)]
pub(crate) struct AsciiWords {
    map: AsciiMap<()>,
    /// For [`may_contain`](AsciiWords::may_contain): indexed by length (16
    /// for 16 and more) times 256 plus first byte, a mask of the second
    /// bytes' low five bits (all bits for one-letter words).
    quick: Vec<u32>,
}

impl AsciiWords {
    /// Builds the set; words that are not ASCII letters are left out.
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> AsciiWords {
        let map = AsciiMap::new(words.into_iter().map(|w| (w, ())));
        let mut quick = vec![0u32; (ASCII_MAX_LEN + 1) * 256];
        for key in map.keys() {
            let b = key.as_bytes();
            let bits = match b.get(1) {
                Some(second) => 1 << (second & 31),
                None => u32::MAX,
            };
            for first in b
                .first()
                .map_or([0, 0], |f| [f.to_ascii_lowercase(), f.to_ascii_uppercase()])
            {
                if let Some(q) =
                    quick.get_mut(b.len().min(ASCII_MAX_LEN) * 256 + usize::from(first))
                {
                    *q |= bits;
                }
            }
        }
        AsciiWords { map, quick }
    }

    /// Whether a word of `len` bytes starting with the bytes `first` and
    /// `second` (any byte for a one-letter word) may be in the set: one
    /// table look-up that most words fail (letters match in either case).
    #[inline(always)]
    pub fn may_contain(&self, len: usize, first: u8, second: u8) -> bool {
        let k = len.min(ASCII_MAX_LEN) * 256 + usize::from(first);
        self.quick
            .get(k)
            .is_some_and(|q| q >> (second & 31) & 1 != 0)
    }

    /// Every word of the set, as the table wrote it.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.map.keys()
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    #[inline(always)]
    pub fn contains(&self, word: &str) -> bool {
        // The mask test inline, the comparisons in a call.
        self.map.may_hold(word).is_some() && self.map.get(word).is_some()
    }
}

/// How a scale word may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScaleUse {
    /// A full word ("million"): after digits and inside numbers in words.
    Word,
    /// An abbreviation that is always a scale after digits ("mln", "bn").
    Abbrev,
    /// A one-letter abbreviation ("m", "b", "k") that is a scale only next to
    /// a unit (a currency before the number, or a unit after it): alone,
    /// "5m" is more often five metres.
    Soft,
}

/// A scale word: its multiplier as a power of ten and how it may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Scale {
    /// The multiplier is `10^exp`.
    pub exp: u32,
    /// Where the word counts as a scale.
    pub usage: ScaleUse,
}

/// Scale words (matched case-insensitively).
const SCALES: &[(&str, u32, ScaleUse)] = &[
    ("hundred", 2, ScaleUse::Word),
    ("hundreds", 2, ScaleUse::Word),
    ("thousand", 3, ScaleUse::Word),
    ("thousands", 3, ScaleUse::Word),
    ("thsd", 3, ScaleUse::Abbrev),
    ("ths", 3, ScaleUse::Abbrev),
    ("thous", 3, ScaleUse::Abbrev),
    ("k", 3, ScaleUse::Soft),
    ("lakh", 5, ScaleUse::Word),
    ("lakhs", 5, ScaleUse::Word),
    ("lac", 5, ScaleUse::Word),
    ("lacs", 5, ScaleUse::Word),
    ("million", 6, ScaleUse::Word),
    ("millions", 6, ScaleUse::Word),
    ("mln", 6, ScaleUse::Abbrev),
    ("mn", 6, ScaleUse::Abbrev),
    ("mio", 6, ScaleUse::Abbrev),
    ("mil", 6, ScaleUse::Abbrev),
    ("m", 6, ScaleUse::Soft),
    ("crore", 7, ScaleUse::Word),
    ("crores", 7, ScaleUse::Word),
    ("cr", 7, ScaleUse::Abbrev),
    ("billion", 9, ScaleUse::Word),
    ("billions", 9, ScaleUse::Word),
    ("bln", 9, ScaleUse::Abbrev),
    ("bn", 9, ScaleUse::Abbrev),
    ("bil", 9, ScaleUse::Abbrev),
    ("mlrd", 9, ScaleUse::Abbrev),
    ("b", 9, ScaleUse::Soft),
    ("trillion", 12, ScaleUse::Word),
    ("trillions", 12, ScaleUse::Word),
    ("trln", 12, ScaleUse::Abbrev),
    ("tln", 12, ScaleUse::Abbrev),
    ("tn", 12, ScaleUse::Abbrev),
    ("trn", 12, ScaleUse::Abbrev),
];

static SCALE_MAP: LazyLock<AsciiMap<Scale>> = LazyLock::new(|| {
    AsciiMap::new(
        SCALES
            .iter()
            .map(|&(w, exp, usage)| (w, Scale { exp, usage })),
    )
});

/// The scale word `word` (in any case), if it is one.
pub(crate) fn scale(word: &str) -> Option<Scale> {
    SCALE_MAP.get(word).copied()
}

/// What a number word contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// 0 to 19.
    Unit(u32),
    /// 20, 30, … 90.
    Ten(u32),
    /// "half" (0.5 of what follows, or of one).
    Half,
    /// "quarter(s)": a quarter of what follows; "three quarters" is 0.75.
    Quarter,
}

/// Number words (matched case-insensitively). Ordinals are deliberately
/// absent: "third" is never an amount in news copy.
const NUMBER_WORDS: &[(&str, NumberWord)] = &[
    ("zero", NumberWord::Unit(0)),
    ("one", NumberWord::Unit(1)),
    ("two", NumberWord::Unit(2)),
    ("three", NumberWord::Unit(3)),
    ("four", NumberWord::Unit(4)),
    ("five", NumberWord::Unit(5)),
    ("six", NumberWord::Unit(6)),
    ("seven", NumberWord::Unit(7)),
    ("eight", NumberWord::Unit(8)),
    ("nine", NumberWord::Unit(9)),
    ("ten", NumberWord::Unit(10)),
    ("eleven", NumberWord::Unit(11)),
    ("twelve", NumberWord::Unit(12)),
    ("thirteen", NumberWord::Unit(13)),
    ("fourteen", NumberWord::Unit(14)),
    ("fifteen", NumberWord::Unit(15)),
    ("sixteen", NumberWord::Unit(16)),
    ("seventeen", NumberWord::Unit(17)),
    ("eighteen", NumberWord::Unit(18)),
    ("nineteen", NumberWord::Unit(19)),
    ("twenty", NumberWord::Ten(20)),
    ("thirty", NumberWord::Ten(30)),
    ("forty", NumberWord::Ten(40)),
    ("fourty", NumberWord::Ten(40)),
    ("fifty", NumberWord::Ten(50)),
    ("sixty", NumberWord::Ten(60)),
    ("seventy", NumberWord::Ten(70)),
    ("eighty", NumberWord::Ten(80)),
    ("ninety", NumberWord::Ten(90)),
    ("half", NumberWord::Half),
    ("quarter", NumberWord::Quarter),
    ("quarters", NumberWord::Quarter),
];

static NUMBER_WORD_MAP: LazyLock<AsciiMap<NumberWord>> =
    LazyLock::new(|| AsciiMap::new(NUMBER_WORDS.iter().copied()));

/// Every number word.
pub(crate) fn number_words() -> impl Iterator<Item = &'static str> {
    NUMBER_WORDS.iter().map(|(w, _)| *w)
}

/// The number word `word` (in any case), if it is one.
pub(crate) fn number_word(word: &str) -> Option<NumberWord> {
    NUMBER_WORD_MAP.get(word).copied()
}

/// A unit of mass: how many metric tonnes one unit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MassUnit {
    /// Tonnes per unit, as an exact decimal string.
    pub tonnes: &'static str,
    /// The written form must be lower case ("g" is a gram, "G" is not).
    pub lower_only: bool,
    /// Pounds: the same word names a currency, so context decides.
    pub pound: bool,
}

const fn mass(tonnes: &'static str) -> MassUnit {
    MassUnit {
        tonnes,
        lower_only: false,
        pound: false,
    }
}

const fn mass_lower(tonnes: &'static str) -> MassUnit {
    MassUnit {
        tonnes,
        lower_only: true,
        pound: false,
    }
}

const TONNE: &str = "1";
const KG: &str = "0.001";
const GRAM: &str = "0.000001";
const MG: &str = "0.000000001";
const MICROGRAM: &str = "0.000000000001";
const POUND: &str = "0.00045359237";

/// Tonnes in an avoirdupois pound, for "pounds" read as a weight.
pub(crate) const POUND_TONNES: &str = POUND;
const OUNCE: &str = "0.000028349523125";
const TROY_OUNCE: &str = "0.0000311034768";

/// Mass units after a number (matched case-insensitively unless marked).
/// Only mass: TEU, containers, barrels, cubic metres and watts are not
/// quantities of this crate.
const MASS_UNITS: &[(&str, bool, MassUnit)] = &[
    ("t", false, mass_lower(TONNE)),
    ("ton", false, mass(TONNE)),
    ("tons", false, mass(TONNE)),
    ("tonne", false, mass(TONNE)),
    ("tonnes", false, mass(TONNE)),
    ("metric ton", false, mass(TONNE)),
    ("metric tons", false, mass(TONNE)),
    ("metric tonne", false, mass(TONNE)),
    ("metric tonnes", false, mass(TONNE)),
    ("metric - ton", false, mass(TONNE)),
    ("mt", false, mass(TONNE)),
    ("mts", false, mass(TONNE)),
    ("deadweight tons", false, mass(TONNE)),
    ("deadweight tonnes", false, mass(TONNE)),
    ("dwt", false, mass(TONNE)),
    ("kt", false, mass_lower("1000")),
    ("kilotonnes", false, mass("1000")),
    ("kilotons", false, mass("1000")),
    ("mmt", false, mass("1000000")),
    ("mtpa", false, mass("1000000")),
    ("mmtpa", false, mass("1000000")),
    ("million metric tons", false, mass("1000000")),
    ("megatonnes", false, mass("1000000")),
    ("short ton", false, mass("0.90718474")),
    ("short tons", false, mass("0.90718474")),
    ("long ton", false, mass("1.0160469088")),
    ("long tons", false, mass("1.0160469088")),
    ("quintal", false, mass("0.1")),
    ("quintals", false, mass("0.1")),
    ("centner", false, mass("0.1")),
    ("centners", false, mass("0.1")),
    ("kg", false, mass(KG)),
    ("kgs", false, mass(KG)),
    ("k g", true, mass(KG)),
    ("k gs", true, mass(KG)),
    ("kilo", false, mass(KG)),
    ("kilos", false, mass(KG)),
    ("kilogram", false, mass(KG)),
    ("kilograms", false, mass(KG)),
    ("kilogramme", false, mass(KG)),
    ("kilogrammes", false, mass(KG)),
    ("g", false, mass_lower(GRAM)),
    ("gs", false, mass_lower(GRAM)),
    ("gr", false, mass_lower(GRAM)),
    ("gram", false, mass(GRAM)),
    ("grams", false, mass(GRAM)),
    ("gramme", false, mass(GRAM)),
    ("grammes", false, mass(GRAM)),
    ("mg", false, mass_lower(MG)),
    ("milligram", false, mass(MG)),
    ("milligrams", false, mass(MG)),
    ("milligramme", false, mass(MG)),
    ("milligrammes", false, mass(MG)),
    ("μg", false, mass(MICROGRAM)),
    ("µg", false, mass(MICROGRAM)),
    ("mcg", false, mass(MICROGRAM)),
    ("microgram", false, mass(MICROGRAM)),
    ("micrograms", false, mass(MICROGRAM)),
    ("microgramme", false, mass(MICROGRAM)),
    ("microgrammes", false, mass(MICROGRAM)),
    ("lb", false, mass(POUND)),
    ("lbs", false, mass(POUND)),
    (
        "pound",
        false,
        MassUnit {
            tonnes: POUND,
            lower_only: false,
            pound: true,
        },
    ),
    (
        "pounds",
        false,
        MassUnit {
            tonnes: POUND,
            lower_only: false,
            pound: true,
        },
    ),
    ("oz", false, mass(OUNCE)),
    ("ounce", false, mass(OUNCE)),
    ("ounces", false, mass(OUNCE)),
    ("troy ounce", false, mass(TROY_OUNCE)),
    ("troy ounces", false, mass(TROY_OUNCE)),
];

/// Mass units written with a capital that changes their meaning: "Mt" is a
/// megatonne where "mt" is a metric ton. Checked before [`mass_units`], case
/// sensitive.
const MASS_EXACT: &[(&str, &str)] = &[("Mt", "1000000"), ("MMT", "1000000"), ("Gt", "1000000000")];

static MASS_INDEX: LazyLock<PhraseIndex<MassUnit>> =
    LazyLock::new(|| PhraseIndex::new(MASS_UNITS.iter().map(|&(p, t, u)| (p, t, u))));

/// The mass-unit phrases.
pub(crate) fn mass_units() -> &'static PhraseIndex<MassUnit> {
    &MASS_INDEX
}

/// The case-sensitive mass units ("Mt").
pub(crate) fn mass_exact_words() -> impl Iterator<Item = &'static str> {
    MASS_EXACT.iter().map(|(w, _)| *w)
}

/// A case-sensitive mass unit such as "Mt", in tonnes per unit.
pub(crate) fn mass_exact(word: &str) -> Option<&'static str> {
    MASS_EXACT.iter().find(|(w, _)| *w == word).map(|(_, t)| *t)
}

/// Words that name a percentage after a number (the sign `%` is checked
/// by the caller). "percentage points" counts: its unit is still percent.
/// Every one starts with a "p" (the finder relies on it; a test checks it).
const PERCENT_WORDS: &[(&str, bool)] = &[
    ("percent", false),
    ("percents", false),
    ("per cent", false),
    ("per - cent", true),
    ("pct", false),
    ("percentage", false),
    ("percentage points", false),
    ("percentage point", false),
    ("pp", false),
    ("p p", true),
];

static PERCENT_INDEX: LazyLock<PhraseIndex<()>> =
    LazyLock::new(|| PhraseIndex::new(PERCENT_WORDS.iter().map(|&(p, t)| (p, t, ()))));

/// The percent phrases.
pub(crate) fn percent_words() -> &'static PhraseIndex<()> {
    &PERCENT_INDEX
}

/// Percent signs.
pub(crate) const PERCENT_SIGNS: &[&str] = &["%", "٪", "％"];

/// Words right before an amount that make it approximate or a bound.
const APPROXIMATIONS: &[(&str, Approximation)] = &[
    ("about", Approximation::About),
    ("around", Approximation::About),
    ("round", Approximation::About),
    ("nearly", Approximation::About),
    ("almost", Approximation::About),
    ("some", Approximation::About),
    ("roughly", Approximation::About),
    ("approximately", Approximation::About),
    ("approx", Approximation::About),
    ("approx .", Approximation::About),
    ("circa", Approximation::About),
    ("ca .", Approximation::About),
    ("close to", Approximation::About),
    ("closer to", Approximation::About),
    ("estimated", Approximation::About),
    ("an estimated", Approximation::About),
    ("est .", Approximation::About),
    ("~", Approximation::About),
    ("≈", Approximation::About),
    ("over", Approximation::Over),
    ("more than", Approximation::Over),
    ("above", Approximation::Over),
    ("exceeded", Approximation::Over),
    ("exceeding", Approximation::Over),
    ("exceeds", Approximation::Over),
    ("exceed", Approximation::Over),
    ("in excess of", Approximation::Over),
    ("at least", Approximation::Over),
    ("no less than", Approximation::Over),
    ("not less than", Approximation::Over),
    ("no fewer than", Approximation::Over),
    ("upwards of", Approximation::Over),
    ("greater than", Approximation::Over),
    ("higher than", Approximation::Over),
    ("just over", Approximation::Over),
    ("well over", Approximation::Over),
    ("slightly over", Approximation::Over),
    ("a little over", Approximation::Over),
    ("little over", Approximation::Over),
    ("slightly more than", Approximation::Over),
    ("a little more than", Approximation::Over),
    ("well above", Approximation::Over),
    ("over and above", Approximation::Over),
    (">", Approximation::Over),
    ("under", Approximation::Under),
    ("less than", Approximation::Under),
    ("below", Approximation::Under),
    ("up to", Approximation::Under),
    ("at most", Approximation::Under),
    ("no more than", Approximation::Under),
    ("not more than", Approximation::Under),
    ("not exceeding", Approximation::Under),
    ("lower than", Approximation::Under),
    ("fewer than", Approximation::Under),
    ("just under", Approximation::Under),
    ("just below", Approximation::Under),
    ("slightly less than", Approximation::Under),
    ("a little under", Approximation::Under),
    ("as much as", Approximation::Under),
    ("as many as", Approximation::Under),
    ("<", Approximation::Under),
];

/// Approximation phrases indexed by their LAST word, words stored in reverse,
/// because they are matched backwards from the amount.
static APPROX_INDEX: LazyLock<PhraseIndex<Approximation>> =
    LazyLock::new(|| PhraseIndex::reversed(APPROXIMATIONS.iter().map(|&(p, a)| (p, false, a))));

/// Approximation phrases, words reversed (see [`APPROX_INDEX`]).
pub(crate) fn approximations_reversed() -> &'static PhraseIndex<Approximation> {
    &APPROX_INDEX
}

/// Whether `word` (in any case) is a month name or abbreviation: a day
/// number after one of them never starts a space-grouped number ("May 15
/// 300 tons" is 300 tons).
pub(crate) fn is_month(word: &str) -> bool {
    crate::lexicon::calendar::is_month(word)
}

/// Words in a sentence that make "pounds" a weight rather than money.
const WEIGHT_CUES: &[&str] = &[
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "weight",
    "weights",
    "heavy",
    "heavier",
    "lighter",
    "lose",
    "lost",
    "losing",
    "gain",
    "gained",
    "drop",
    "dropped",
    "shed",
    "baby",
    "meat",
    "beef",
    "pork",
    "chicken",
    "fish",
    "cheese",
    "butter",
    "flour",
    "sugar",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "kg",
    "kilogram",
    "kilograms",
    "grams",
    "ounce",
    "ounces",
    "lbs",
    "lb",
];

static WEIGHT_CUE_SET: LazyLock<AsciiWords> =
    LazyLock::new(|| AsciiWords::new(WEIGHT_CUES.iter().copied()));

/// Whether `word` (in any case) hints that "pounds" in its sentence are a
/// weight.
pub(crate) fn is_weight_cue(word: &str) -> bool {
    WEIGHT_CUE_SET.contains(word)
}

/// Words that start a new clause inside a sentence; the countries of one
/// clause do not decide the currency of an amount in another ("Bishkek
/// spent 5 billion soms, while Tashkent spent 3 trillion sums").
const CLAUSE_BREAKS: &[&str] = &[
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "meanwhile",
    "compared",
    "versus",
];

static CLAUSE_BREAK_SET: LazyLock<AsciiWords> =
    LazyLock::new(|| AsciiWords::new(CLAUSE_BREAKS.iter().copied()));

/// Whether `word` (in any case) starts a new clause.
pub(crate) fn is_clause_break(word: &str) -> bool {
    CLAUSE_BREAK_SET.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn tables_compile_and_answer() {
        assert_eq!(
            scale("mln"),
            Some(Scale {
                exp: 6,
                usage: ScaleUse::Abbrev
            })
        );
        assert_eq!(scale("m").map(|s| s.usage), Some(ScaleUse::Soft));
        assert_eq!(scale("crore").map(|s| s.exp), Some(7));
        assert_eq!(scale("dozen"), None);
        assert_eq!(scale("BN").map(|s| s.exp), Some(9));
        assert!(is_month("SEPT") && !is_month("septs"));
        assert_eq!(number_word("seventeen"), Some(NumberWord::Unit(17)));
        assert_eq!(number_word("third"), None);
        assert!(mass_units().has_first("metric"));
        let metric = mass_units().starting_with("metric");
        assert!(
            metric
                .windows(2)
                .all(|w| w[0].words.len() >= w[1].words.len()),
            "longest phrase first"
        );
        assert_eq!(mass_exact("Mt"), Some("1000000"));
        assert_eq!(mass_exact("mt"), None);
        assert!(percent_words().has_first("per"));
        let rev = approximations_reversed().starting_with("than");
        assert!(rev.iter().any(|p| p.words == ["than", "more", "no"]));
        assert!(is_month("sept"));
        assert!(is_weight_cue("weighs"));
    }

    #[test]
    fn percent_words_start_with_p() {
        for (p, _) in PERCENT_WORDS {
            assert!(p.starts_with('p'), "{p}");
        }
    }

    #[test]
    fn ascii_words_ignore_case() {
        let set = AsciiWords::new(["one", "twenty", "a", "über", "x1"]);
        assert!(set.may_contain(3, b'O', b'n') && !set.may_contain(3, b'o', b'x'));
        assert!(set.may_contain(1, b'a', b' ') && !set.may_contain(2, b'a', b'n'));
        for (word, want) in [
            ("one", true),
            ("ONE", true),
            ("Twenty", true),
            ("A", true),
            ("on", false),
            ("ones", false),
            ("über", false),
            ("x1", false),
            ("", false),
            ("1", false),
        ] {
            assert_eq!(set.contains(word), want, "{word}");
        }
    }

    #[test]
    fn mass_factors_are_exact_decimals() {
        for (_, _, unit) in MASS_UNITS {
            assert!(
                Decimal::from_str_exact(unit.tonnes).is_ok(),
                "{}",
                unit.tonnes
            );
        }
        for (_, t) in MASS_EXACT {
            assert!(Decimal::from_str_exact(t).is_ok());
        }
    }
}
