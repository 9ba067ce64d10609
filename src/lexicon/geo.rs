//! General geographic knowledge: countries (ISO 3166-1 alpha-2), their names,
//! demonyms, capitals, major cities and regions, compiled once into a matcher.
//!
//! The table is plain data (one row per country) so that it can be reviewed
//! and extended without touching the matching code. At first use it is
//! expanded into [`Place`] entries plus mechanically derived surface forms:
//!
//! * ASCII spellings of names with diacritics ("Türkiye" -> "Turkiye"),
//!   because news copy often drops accents;
//! * all-caps forms of country, capital, city and region names ("BAKU",
//!   "NUR-SULTAN"), because wire datelines are written in capitals;
//! * plurals of demonyms ("Kazakhs", "Azerbaijanis"), because "two Kazakhs"
//!   is as much a mention of Kazakhstan as "Kazakh";
//! * typographic-apostrophe spellings ("Xi’an", "Côte d’Ivoire"), because
//!   curly quotes are the norm in edited copy.
//!
//! Derived forms resolve to the table entry they came from, so a match on
//! "BAKU" yields the `Place` named "Baku".
//!
//! The lexicon holds general knowledge only: no people and no companies.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

use super::hash::FxMap;

/// What kind of place name matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country name, short or official, or a common alternative ("Turkey", "UAE", "U.S.").
    Country,
    /// A demonym or national adjective ("Kazakh", "Azerbaijani", "Emirati").
    Demonym,
    /// A capital city, including former or alternative spellings ("Astana", "Nur-Sultan", "Kiev").
    Capital,
    /// A major city or port that is not the capital ("Almaty", "Aktau", "Rotterdam").
    City,
    /// A sub-national region, province, island or similar area ("Xinjiang", "Karabakh").
    Region,
}

/// One entry of the table.
///
/// `name` is the spelling as written in the table; derived surface forms
/// (all-caps, unaccented, plural, curly apostrophe) point back at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Place {
    /// The table spelling of the name, e.g. "Baku" even when "BAKU" matched.
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 code of the country the name belongs to ("XK" for Kosovo).
    pub alpha2: &'static str,
    /// What kind of name this is.
    pub kind: PlaceKind,
}

/// A place found in text: byte offsets [start, end) of the name (without a trailing possessive 's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceMatch {
    /// Byte offset of the first byte of the name in the searched text.
    pub start: usize,
    /// Byte offset just past the name; a possessive "'s" is never included.
    pub end: usize,
    /// The table entry the matched text resolves to.
    pub place: &'static Place,
}

/// Looks up one place name exactly (case-sensitive).
///
/// Before looking up, a typographic apostrophe (’) is normalised to ', and
/// surrounding whitespace is trimmed. If the name is not found as is, a
/// possessive "'s" (or a bare "'" after a plural) and then a leading
/// "the "/"The " are stripped and the lookup retried, so "Azerbaijan’s" and
/// "the Netherlands" both resolve. When one string is listed under several
/// kinds, Country wins over Capital, then City, then Region, then Demonym
/// ("Djibouti" is the country, not the capital).
pub fn lookup(name: &str) -> Option<&'static Place> {
    // Most names hold no typographic apostrophe: they are looked up as
    // they are, without a copy.
    let trimmed = name.trim();
    let normalized: Cow<'_, str> = if trimmed.contains('’') {
        Cow::Owned(trimmed.replace('’', "'"))
    } else {
        Cow::Borrowed(trimmed)
    };
    lookup_with_possessive(&normalized).or_else(|| {
        normalized
            .strip_prefix("the ")
            .or_else(|| normalized.strip_prefix("The "))
            .and_then(lookup_with_possessive)
    })
}

/// Finds all place names in `text`.
///
/// Matches are non-overlapping, leftmost-longest, case-sensitive, and must
/// sit at word boundaries: the characters just before and just after the
/// name must not be alphanumeric (Unicode-aware). Punctuation, including a
/// hyphen and an apostrophe, is a boundary, so "Kazakh-Chinese" yields two
/// matches and "Azerbaijan's" yields "Azerbaijan" without the "'s".
///
/// Names that are also common given names or words ("Mary", "Victoria",
/// "Santos") are left out of text matching, though [`lookup`] still knows
/// them. Phrases such as "Latin America" or "Indian Ocean" are recognised
/// and skipped so that their parts do not report a country.
///
/// Runs in time roughly linear in the text length and never panics.
pub fn find_all(text: &str) -> Vec<PlaceMatch> {
    let index: &'static Index = &INDEX;
    let bytes = text.as_bytes();
    // Room for a name every 64 bytes, more than news text
    // holds, so that the list is seldom regrown.
    let mut out = Vec::with_capacity(text.len() / 64 + 4);
    let mut pos = 0;
    while pos < text.len() {
        // The leftmost name at or after `pos` starts at the first byte that
        // can start one; the longest name starting there (looked up by its
        // first bytes, see `Index::longest_bounded_at`) is the one a
        // leftmost-longest search of the text would find (few bytes of
        // running text can start a name).
        let Some(at) = bytes
            .get(pos..)
            .and_then(|rest| rest.iter().position(|&b| index.start_bytes[usize::from(b)]))
        else {
            break;
        };
        let start = pos + at;
        // An ASCII letter or digit right after another is inside a word:
        // no name starting there sits on a word boundary (see
        // `at_word_boundaries`), so it is passed over without a search.
        let inside_word = bytes.get(start).is_some_and(u8::is_ascii_alphanumeric)
            && start
                .checked_sub(1)
                .and_then(|p| bytes.get(p))
                .is_some_and(u8::is_ascii_alphanumeric);
        if inside_word || !index.may_start_at(bytes, start) {
            pos = start + 1;
            continue;
        }
        match index.longest_bounded_at(text, start) {
            Some((end, pattern)) => {
                if let Some(place) = index.targets.get(pattern).copied().flatten() {
                    out.push(PlaceMatch {
                        start,
                        end,
                        place: &index.places[place],
                    });
                }
                pos = end;
            }
            None => {
                // No name starting here sits on word boundaries. A later match
                // may still begin inside the rejected one ("xSouth Sudan" still
                // contains "Sudan"), so resume one character further on rather
                // than after the rejected match.
                pos = start
                    + text
                        .get(start..)
                        .and_then(|s| s.chars().next())
                        .map_or(1, char::len_utf8);
            }
        }
    }
    out
}

/// Canonical English short name of a country ("KZ" -> "Kazakhstan").
///
/// The code must be upper case, as ISO writes it.
pub fn country_name(alpha2: &str) -> Option<&'static str> {
    row(alpha2).map(|r| r.name)
}

/// Capital of a country ("AZ" -> "Baku"); the first capital listed where a
/// country has several (Bolivia: "Sucre"). `None` for Hong Kong and Macau.
pub fn capital(alpha2: &str) -> Option<&'static str> {
    row(alpha2).and_then(|r| r.capitals.first().copied())
}

/// Whether `alpha2` is an upper-case ISO 3166-1 alpha-2 code present in the table.
///
/// Lower-case input is rejected on purpose: callers feed this tokens from
/// text, where "in" or "it" are words, not codes.
pub fn is_country_code(alpha2: &str) -> bool {
    row(alpha2).is_some()
}

// ---------------------------------------------------------------------------
// Matching internals
// ---------------------------------------------------------------------------

/// Names kept out of free-text matching because, in news copy, they are far
/// more often a person's given name or surname, a wine, or an ordinary word
/// than the place. `lookup` still resolves them, since a caller asking about
/// a single name already knows it is a place.
#[rustfmt::skip]
const TEXT_AMBIGUOUS: &[&str] = &[
    "Mary", "Victoria", "Santos", "Savannah", "Salvador", "Rosario", "Medina", "Java", "Sabah", "Cali",
    "Shiraz", "Gao", "St. John's", "St John's", "Saint John's",
];

/// Derived spellings that would collide with ordinary English words
/// ("Malé" without its accent is "Male").
const BLOCKED_VARIANTS: &[&str] = &["Male", "MALE", "Colon", "COLON"];

/// Phrases that contain a country name or demonym but do not refer to that
/// country. They are matched like names (so leftmost-longest lets them win
/// over the shorter name inside) and then dropped from the results.
#[rustfmt::skip]
const NOT_PLACES: &[&str] = &[
    "North America", "South America", "Latin America", "Central America", "North American",
    "South American", "Latin American", "Central American", "Native American", "American Indian",
    "Indian Ocean", "West Indies", "West Indian", "East Indies", "Gulf of Guinea", "New Guinea",
    "South China Sea", "East China Sea", "New England", "Congo River", "Congo Basin", "Niger River",
    "US$", "U.S.$",
];

/// Everything derived from the table, built once.
struct Index {
    /// All table entries, in lookup-priority order (countries first).
    places: Vec<Place>,
    /// Every surface form (apostrophes normalised to ') -> index into `places`.
    by_form: FxMap<String, usize>,
    /// Every surface form and `NOT_PLACES` phrase (the patterns), each
    /// spelling once; a pattern's id is its index here.
    patterns: Vec<Box<[u8]>>,
    /// The ids of the patterns by the key of their head (see [`head_key`]:
    /// a pattern's first [`PREFIX`] bytes, or the whole of a shorter one),
    /// longest first.
    by_head: FxMap<u64, Box<[u32]>>,
    /// Pattern id -> index into `places`, or `None` for a `NOT_PLACES` phrase.
    targets: Vec<Option<usize>>,
    /// Whether a byte is the first byte of some pattern: only there can a
    /// match start.
    start_bytes: [bool; 256],
    /// Whether a byte is the first byte of some pattern shorter than
    /// [`PREFIX`] bytes.
    short_start: [bool; 256],
    /// The lengths (bit `n` for `n` bytes) of the patterns shorter than
    /// [`PREFIX`] bytes.
    short_lengths: u8,
    /// A bit set over the hashes (see [`prefix_bit`]) of the first
    /// [`PREFIX`] bytes of every longer pattern, and of every shorter
    /// pattern whole.
    prefixes: Box<[u64; PREFIX_WORDS]>,
    /// The first word (leading letters and digits) of every pattern, with
    /// whether some pattern is that word alone (1) and whether some pattern
    /// goes on after it (2).
    first_words: FxMap<String, u8>,
}

static INDEX: LazyLock<Index> = LazyLock::new(Index::build);

impl Index {
    fn build() -> Index {
        // Kind order here is the lookup priority: the first entry claiming a
        // surface form keeps it.
        let mut places = Vec::new();
        for kind in [
            PlaceKind::Country,
            PlaceKind::Capital,
            PlaceKind::City,
            PlaceKind::Region,
            PlaceKind::Demonym,
        ] {
            for r in ROWS {
                let names: &[&'static str] = match kind {
                    PlaceKind::Country => &[r.name],
                    PlaceKind::Capital => r.capitals,
                    PlaceKind::City => r.cities,
                    PlaceKind::Region => r.regions,
                    PlaceKind::Demonym => r.demonyms,
                };
                let extra: &[&'static str] = if kind == PlaceKind::Country {
                    r.alt
                } else {
                    &[]
                };
                for &name in names.iter().chain(extra) {
                    places.push(Place {
                        name,
                        alpha2: r.alpha2,
                        kind,
                    });
                }
            }
        }

        // Table spellings are registered before any derived spelling, so a
        // derived form can never shadow a real name (the plural of the
        // demonym "Lao" is "Laos", which stays the country).
        let mut forms: Vec<(String, usize)> = Vec::new();
        let mut by_form: FxMap<String, usize> = FxMap::default();
        let mut add = |form: String, place: usize| {
            if !form.is_empty()
                && !BLOCKED_VARIANTS.contains(&form.as_str())
                && !by_form.contains_key(&form)
            {
                by_form.insert(form.clone(), place);
                forms.push((form, place));
            }
        };
        for (i, p) in places.iter().enumerate() {
            add(p.name.to_string(), i);
        }
        for (i, p) in places.iter().enumerate() {
            for form in derived_forms(p) {
                add(form, i);
            }
        }

        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Option<usize>> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut push = |form: &str, target: Option<usize>| {
            for spelling in [form.to_string(), form.replace('\'', "’")] {
                if seen.insert(spelling.clone()) {
                    patterns.push(spelling);
                    targets.push(target);
                }
            }
        };
        for (form, place) in &forms {
            if !TEXT_AMBIGUOUS.contains(&places[*place].name) {
                push(form, Some(*place));
            }
        }
        for phrase in NOT_PLACES {
            // All-caps too, so "LATIN AMERICA" in a headline does not yield
            // the all-caps "AMERICA".
            push(phrase, None);
            push(&phrase.to_uppercase(), None);
        }

        // The patterns by their heads, longest first: the names starting at
        // a byte are those filed under the head there (and under each
        // shorter head that is a whole pattern), tried from the longest
        // down, as a leftmost-longest search anchored there finds them.
        let mut heads: FxMap<u64, Vec<u32>> = FxMap::default();
        for (id, p) in (0u32..).zip(&patterns) {
            let p = p.as_bytes();
            heads
                .entry(head_key(p.get(..PREFIX).unwrap_or(p)))
                .or_default()
                .push(id);
        }
        let by_head = heads
            .into_iter()
            .map(|(k, mut ids)| {
                ids.sort_by_key(|&id| {
                    std::cmp::Reverse(patterns.get(id as usize).map_or(0, String::len))
                });
                (k, ids.into_boxed_slice())
            })
            .collect();

        let mut start_bytes = [false; 256];
        let mut short_start = [false; 256];
        let mut short_lengths = 0u8;
        let mut prefixes = Box::new([0u64; PREFIX_WORDS]);
        for p in &patterns {
            let p = p.as_bytes();
            if let Some(&b) = p.first() {
                start_bytes[usize::from(b)] = true;
            }
            match p.get(..PREFIX) {
                Some(head) => {
                    let bit = prefix_bit(head);
                    prefixes[bit / 64] |= 1 << (bit % 64);
                }
                None => {
                    if let Some(&b) = p.first() {
                        short_start[usize::from(b)] = true;
                        short_lengths |= 1 << p.len();
                        let bit = prefix_bit(p);
                        prefixes[bit / 64] |= 1 << (bit % 64);
                    }
                }
            }
        }

        let mut first_words: FxMap<String, u8> = FxMap::default();
        for p in &patterns {
            let w = first_word(p);
            let shape = if w.len() == p.len() { 1 } else { 2 };
            *first_words.entry(w.to_string()).or_insert(0) |= shape;
        }

        Index {
            places,
            by_form,
            patterns: patterns
                .iter()
                .map(|p| p.as_bytes().to_vec().into_boxed_slice())
                .collect(),
            by_head,
            targets,
            start_bytes,
            short_start,
            short_lengths,
            prefixes,
            first_words,
        }
    }

    /// Whether some pattern may start at byte `at` of `text`: its next
    /// bytes are (by their hash) a short pattern whole, or its first
    /// [`PREFIX`] bytes are those of a longer one. Never false where a
    /// pattern starts; most running text ("the" before a lower-case word)
    /// is told apart without a search.
    fn may_start_at(&self, text: &[u8], at: usize) -> bool {
        let Some(&b) = text.get(at) else {
            return false;
        };
        let filed = |head: &[u8]| {
            let bit = prefix_bit(head);
            self.prefixes
                .get(bit / 64)
                .is_some_and(|w| w & (1 << (bit % 64)) != 0)
        };
        // A short pattern starts here only if the next bytes are all of it:
        // each length a short pattern has is tried against the bit set,
        // which holds the short patterns whole. This turns away most
        // capitalized words ("The", "He") that a search would reject.
        if self.short_start[usize::from(b)]
            && (1..PREFIX).any(|n| {
                self.short_lengths & (1 << n) != 0 && text.get(at..at + n).is_some_and(filed)
            })
        {
            return true;
        }
        text.get(at..at + PREFIX).is_some_and(filed)
    }
}

/// How many leading bytes of a pattern [`Index::may_start_at`] compares.
const PREFIX: usize = 5;

/// The number of 64-bit words of the prefix bit set (2^16 bits).
const PREFIX_WORDS: usize = 1 << 10;

/// The bit of a pattern's first [`PREFIX`] bytes in the prefix bit set: a
/// multiplicative hash of them, 16 bits.
fn prefix_bit(head: &[u8]) -> usize {
    let mut w = [0u8; 8];
    for (d, s) in w.iter_mut().zip(head) {
        *d = *s;
    }
    let h = u64::from_le_bytes(w).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    usize::try_from(h >> 48).unwrap_or(0)
}

/// Whether `word` is the first word of some name [`find_all`] looks for,
/// told apart: whether some name is the word alone ("Baku"), and whether
/// some name goes on after it ("New" of "New Delhi", "U" of "U.S.").
/// Callers can skip the search in text where no name can start. A word is
/// the leading run of letters and digits ("Xi" of "Xi'an").
pub fn place_starts(word: &str) -> (bool, bool) {
    let shape = INDEX
        .first_words
        .get(first_word(word))
        .copied()
        .unwrap_or(0);
    (shape & 1 != 0, shape & 2 != 0)
}

/// The leading letters and digits of `s` (its first word, or "" when it
/// starts with punctuation), the key names are filed under.
pub(crate) fn first_word(s: &str) -> &str {
    // ASCII letters and digits byte by byte; from the first other byte
    // that is no ASCII (a letter may be), character by character.
    let bytes = s.as_bytes();
    let mut end = 0;
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii_alphanumeric() {
            end += 1;
        } else if b.is_ascii() {
            return s.get(..end).unwrap_or("");
        } else {
            break;
        }
    }
    let rest = s.get(end..).unwrap_or("");
    let more = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    s.get(..end + more).unwrap_or("")
}

/// Spellings derived from one table entry (see the module docs for why).
fn derived_forms(place: &Place) -> Vec<String> {
    let mut bases = vec![place.name.to_string()];
    let folded = fold_diacritics(place.name);
    if folded != place.name {
        bases.push(folded);
    }
    let mut out = Vec::new();
    for base in bases {
        match place.kind {
            PlaceKind::Demonym => {
                if let Some(p) = plural(&base) {
                    out.push(p);
                }
            }
            _ => {
                // Three-letter all-caps forms ("OSH", "UFA") read as acronyms.
                if base.chars().count() >= 4 {
                    let upper = base.to_uppercase();
                    if upper != base {
                        out.push(upper);
                    }
                }
            }
        }
        out.push(base);
    }
    out
}

/// Regular English plural of a demonym, or `None` where the plural is the
/// same word or irregular ("Chinese", "Swiss", "French", "Kyrgyz").
fn plural(demonym: &str) -> Option<String> {
    const NO_PLURAL: &[&str] = &["s", "z", "x", "y", "sh", "tch", "nch", "ese"];
    if NO_PLURAL.iter().any(|e| demonym.ends_with(e)) || !demonym.ends_with(char::is_alphabetic) {
        None
    } else {
        Some(format!("{demonym}s"))
    }
}

/// Strips the Latin diacritics that occur in the table ("Türkiye" -> "Turkiye").
fn fold_diacritics(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
            'ç' | 'ć' | 'č' => 'c',
            'Ç' | 'Ć' | 'Č' => 'C',
            'ď' | 'đ' => 'd',
            'Ď' | 'Đ' => 'D',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
            'ğ' => 'g',
            'Ğ' => 'G',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => 'I',
            'ł' => 'l',
            'Ł' => 'L',
            'ñ' | 'ń' | 'ň' => 'n',
            'Ñ' | 'Ń' | 'Ň' => 'N',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
            'ř' => 'r',
            'Ř' => 'R',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'Ś' | 'Š' | 'Ş' | 'Ș' => 'S',
            'ť' | 'ţ' | 'ț' => 't',
            'Ť' | 'Ţ' | 'Ț' => 'T',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
            'ý' | 'ÿ' => 'y',
            'Ý' | 'Ÿ' => 'Y',
            'ź' | 'ż' | 'ž' => 'z',
            'Ź' | 'Ż' | 'Ž' => 'Z',
            other => other,
        })
        .collect()
}

/// Lookup of an already normalised name, retrying without a possessive.
fn lookup_with_possessive(name: &str) -> Option<&'static Place> {
    lookup_form(name)
        .or_else(|| name.strip_suffix("'s").and_then(lookup_form))
        .or_else(|| name.strip_suffix("'S").and_then(lookup_form))
        .or_else(|| {
            name.strip_suffix('\'')
                .filter(|n| n.ends_with('s'))
                .and_then(lookup_form)
        })
}

fn lookup_form(form: &str) -> Option<&'static Place> {
    let index: &'static Index = &INDEX;
    index.by_form.get(form).map(|&i| &index.places[i])
}

/// The key a pattern's head is filed under: its bytes (at most
/// [`PREFIX`]) packed little-endian, with their number in the top byte so
/// that a short pattern and the head of a longer one never share a key.
fn head_key(head: &[u8]) -> u64 {
    let mut key = 0u64;
    for (i, &b) in head.iter().take(PREFIX).enumerate() {
        key |= u64::from(b) << (8 * i);
    }
    key | (u64::try_from(head.len().min(PREFIX)).unwrap_or(0) << 56)
}

impl Index {
    /// The longest pattern starting at byte `start` of `text` that sits on
    /// word boundaries: its end and id. The longest pattern there is not
    /// always it: glued to a letter, a shorter one may still be a whole
    /// word ("Santiago" in "Santiago de Cubano").
    ///
    /// The patterns that may start at `start` are those filed under the
    /// text's next [`PREFIX`] bytes, and the shorter patterns that are the
    /// text's next one to four bytes whole; each head is one hash look-up,
    /// and its patterns are tried from the longest down. (An anchored
    /// Aho-Corasick search found the same with some half more
    /// instructions, reading an automaton of some 0.6 MB.)
    fn longest_bounded_at(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let rest = text.as_bytes().get(start..)?;
        let bounded = |len: usize| at_word_boundaries(text, start, start + len);
        if let Some(ids) = rest
            .get(..PREFIX)
            .and_then(|h| self.by_head.get(&head_key(h)))
        {
            for &id in ids.iter() {
                let id = id as usize;
                if let Some(p) = self.patterns.get(id)
                    && rest.starts_with(p)
                    && bounded(p.len())
                {
                    return Some((start + p.len(), id));
                }
            }
        }
        for n in (1..PREFIX).rev() {
            if self.short_lengths & (1 << n) == 0 {
                continue;
            }
            // A short pattern is filed under itself whole: one at most.
            let Some(&id) = rest
                .get(..n)
                .and_then(|h| self.by_head.get(&head_key(h)))
                .and_then(|ids| ids.first())
            else {
                continue;
            };
            if bounded(n) {
                return Some((start + n, id as usize));
            }
        }
        None
    }
}

/// Whether text[start..end] is delimited by non-word characters. A name that
/// itself starts or ends with punctuation ("U.S.") needs no boundary on that
/// side, like a regex `\b`.
fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(name), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return false;
    };
    let start_ok = !name.chars().next().is_some_and(is_word_char)
        || !before.chars().next_back().is_some_and(is_word_char);
    let end_ok = !name.chars().next_back().is_some_and(is_word_char)
        || !after.chars().next().is_some_and(is_word_char);
    start_ok && end_ok
}

/// Letters and digits of any script, plus combining accents, so that
/// "Baku\u{301}" (a decomposed "Bakú") is not read as "Baku". Callers
/// that search parts of a text use it to tell where a part cuts a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36F}').contains(&c)
}

fn row(alpha2: &str) -> Option<&'static Row> {
    // 200 rows: a linear scan is cheaper than hashing at this size.
    ROWS.iter().find(|r| r.alpha2 == alpha2)
}

// ---------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------

/// One country of the table. Field order in `c()` is: code, canonical short
/// name, alternative names, demonyms, capitals (first is the one `capital`
/// returns), major cities and ports, regions.
struct Row {
    alpha2: &'static str,
    name: &'static str,
    alt: &'static [&'static str],
    demonyms: &'static [&'static str],
    capitals: &'static [&'static str],
    cities: &'static [&'static str],
    regions: &'static [&'static str],
}

/// Positional constructor so that each country fits on one line of the table.
const fn c(
    alpha2: &'static str,
    name: &'static str,
    alt: &'static [&'static str],
    demonyms: &'static [&'static str],
    capitals: &'static [&'static str],
    cities: &'static [&'static str],
    regions: &'static [&'static str],
) -> Row {
    Row {
        alpha2,
        name,
        alt,
        demonyms,
        capitals,
        cities,
        regions,
    }
}

/// Every UN member state plus Taiwan, Kosovo, Palestine, Hong Kong, Macau and
/// the Vatican. A name belongs to one country only: where a city name exists
/// in two countries (Astara, Khorgos, Tripoli, Hyderabad) it is listed under
/// the one that matters most for trade news, and the other is left out.
/// Politically contested places follow the UN-recognised borders (Crimea ->
/// UA, Abkhazia -> GE, Karabakh -> AZ).
#[rustfmt::skip]
static ROWS: &[Row] = &[
    // Central Asia and the Caucasus
    c("KZ", "Kazakhstan", &["Republic of Kazakhstan", "Qazaqstan"], &["Kazakh", "Kazakhstani"], &["Astana", "Nur-Sultan"],
      &["Almaty", "Aktau", "Aqtau", "Atyrau", "Shymkent", "Chimkent", "Karaganda", "Karagandy", "Qaraghandy", "Kuryk", "Khorgos", "Aktobe", "Pavlodar", "Semey", "Semipalatinsk", "Oskemen", "Ust-Kamenogorsk", "Kostanay", "Taraz", "Kyzylorda", "Turkestan", "Turkistan", "Uralsk", "Petropavl", "Petropavlovsk", "Baikonur", "Dostyk", "Zhezkazgan", "Ekibastuz", "Taldykorgan", "Zhanaozen", "Bautino"],
      &["Mangystau", "Mangistau", "Akmola", "Zhambyl", "Jambyl", "Zhetysu", "Jetisu", "Ulytau", "East Kazakhstan", "West Kazakhstan", "North Kazakhstan"]),
    c("AZ", "Azerbaijan", &["Republic of Azerbaijan"], &["Azerbaijani", "Azeri"], &["Baku"],
      &["Ganja", "Sumgait", "Sumqayit", "Alat", "Nakhchivan", "Nakhichevan", "Shusha", "Lankaran", "Lenkoran", "Mingachevir", "Shirvan", "Khankendi", "Stepanakert", "Aghdam", "Agdam", "Fuzuli", "Lachin", "Kalbajar", "Zangilan", "Sangachal", "Shamakhi", "Gabala", "Qabala", "Sheki", "Shaki", "Guba", "Quba"],
      &["Karabakh", "Nagorno-Karabakh", "Absheron", "Apsheron"]),
    c("UZ", "Uzbekistan", &["Republic of Uzbekistan"], &["Uzbek", "Uzbekistani"], &["Tashkent", "Toshkent"],
      &["Samarkand", "Samarqand", "Bukhara", "Andijan", "Namangan", "Fergana", "Ferghana", "Termez", "Navoi", "Navoiy", "Nukus", "Khiva", "Karshi", "Qarshi", "Urgench", "Jizzakh", "Kokand", "Angren", "Almalyk", "Chirchiq", "Chirchik", "Gulistan"],
      &["Karakalpakstan", "Surkhandarya", "Surxondaryo", "Kashkadarya", "Qashqadaryo", "Syrdarya", "Sirdaryo", "Khorezm", "Xorazm"]),
    c("TM", "Turkmenistan", &[], &["Turkmen", "Turkmenistani"], &["Ashgabat", "Ashkhabad", "Aşgabat"],
      &["Turkmenbashi", "Türkmenbaşy", "Avaza", "Awaza", "Mary", "Turkmenabat", "Dashoguz", "Daşoguz", "Balkanabat", "Serhetabat"],
      &["Ahal", "Lebap"]),
    c("KG", "Kyrgyzstan", &["Kyrgyz Republic", "Kirghizia"], &["Kyrgyz", "Kirghiz", "Kyrgyzstani"], &["Bishkek"],
      &["Osh", "Jalal-Abad", "Karakol", "Naryn", "Tokmok", "Batken", "Talas", "Cholpon-Ata"],
      &["Issyk-Kul", "Issyk Kul", "Chui", "Chuy"]),
    c("TJ", "Tajikistan", &["Republic of Tajikistan"], &["Tajik", "Tajikistani"], &["Dushanbe"],
      &["Khujand", "Kulob", "Kulyab", "Bokhtar", "Istaravshan", "Panjakent", "Khorog"],
      &["Gorno-Badakhshan", "Sughd", "Khatlon"]),
    c("GE", "Georgia", &[], &["Georgian"], &["Tbilisi"],
      &["Batumi", "Poti", "Kutaisi", "Anaklia", "Rustavi", "Zugdidi", "Gori", "Telavi", "Sukhumi", "Tskhinvali"],
      &["Abkhazia", "South Ossetia", "Adjara", "Ajara", "Kakheti", "Imereti", "Samegrelo", "Guria"]),
    c("AM", "Armenia", &["Republic of Armenia"], &["Armenian"], &["Yerevan"],
      &["Gyumri", "Vanadzor", "Meghri", "Kapan", "Dilijan", "Goris"],
      &["Syunik"]),
    // Türkiye, Russia, China, Iran and South Asia
    c("TR", "Türkiye", &["Turkey", "Turkiye", "Republic of Turkey", "Republic of Türkiye", "Republic of Turkiye"], &["Turkish", "Turk"], &["Ankara"],
      &["Istanbul", "İstanbul", "Izmir", "İzmir", "Mersin", "Kars", "Antalya", "Bursa", "Trabzon", "Samsun", "Gaziantep", "Adana", "Konya", "Kayseri", "Iskenderun", "İskenderun", "Ceyhan", "Erzurum", "Diyarbakır", "Eskişehir", "Kocaeli", "Izmit", "İzmit", "Edirne", "Şanlıurfa", "Malatya", "Ambarlı"],
      &["Anatolia", "Hatay", "Bosphorus", "Bosporus", "Dardanelles"]),
    c("RU", "Russia", &["Russian Federation"], &["Russian"], &["Moscow"],
      &["Saint Petersburg", "St. Petersburg", "St Petersburg", "Kazan", "Astrakhan", "Makhachkala", "Sochi", "Novorossiysk", "Vladivostok", "Yekaterinburg", "Novosibirsk", "Kaliningrad", "Nizhny Novgorod", "Samara", "Rostov-on-Don", "Rostov", "Volgograd", "Krasnodar", "Omsk", "Chelyabinsk", "Ufa", "Perm", "Krasnoyarsk", "Irkutsk", "Khabarovsk", "Murmansk", "Arkhangelsk", "Ust-Luga", "Primorsk", "Tuapse", "Orenburg", "Tyumen", "Grozny", "Derbent", "Petropavlovsk-Kamchatsky", "Yakutsk", "Norilsk", "Tomsk", "Saratov", "Voronezh", "Nakhodka", "Zabaikalsk"],
      &["Siberia", "Dagestan", "Chechnya", "Tatarstan", "Bashkortostan", "Sakhalin", "Yamal", "Kamchatka", "Chukotka", "Urals", "Primorye", "Yakutia"]),
    c("CN", "China", &["People's Republic of China", "PRC"], &["Chinese"], &["Beijing", "Peking"],
      &["Shanghai", "Guangzhou", "Shenzhen", "Tianjin", "Xi'an", "Xian", "Urumqi", "Ürümqi", "Chongqing", "Chengdu", "Lianyungang", "Qingdao", "Jinan", "Wuhan", "Hangzhou", "Nanjing", "Ningbo", "Xiamen", "Dalian", "Harbin", "Kashgar", "Zhengzhou", "Yiwu", "Lanzhou", "Kunming", "Horgos", "Alashankou", "Erenhot", "Manzhouli", "Suzhou", "Dongguan", "Foshan", "Shenyang", "Changsha", "Hefei", "Fuzhou", "Nanning", "Zhuhai", "Sanya", "Lhasa", "Hohhot", "Xining", "Yinchuan", "Taiyuan", "Shijiazhuang", "Nanchang", "Guiyang", "Changchun"],
      &["Xinjiang", "Shandong", "Tibet", "Inner Mongolia", "Hainan", "Guangdong", "Fujian", "Zhejiang", "Jiangsu", "Yunnan", "Sichuan", "Gansu", "Henan", "Hubei", "Hunan", "Heilongjiang", "Liaoning", "Shaanxi", "Shanxi", "Hebei", "Anhui", "Jiangxi", "Guangxi", "Guizhou", "Qinghai", "Ningxia", "Jilin"]),
    c("IR", "Iran", &["Islamic Republic of Iran", "Islamic Republic"], &["Iranian"], &["Tehran", "Teheran"],
      &["Astara", "Rasht", "Bandar Abbas", "Chabahar", "Tabriz", "Mashhad", "Isfahan", "Esfahan", "Qazvin", "Shiraz", "Ahvaz", "Bushehr", "Bandar Anzali", "Anzali", "Qom", "Kerman", "Zahedan", "Amirabad", "Sarakhs", "Incheh Borun", "Urmia", "Ardabil"],
      &["Khuzestan", "Gilan", "Mazandaran", "Golestan", "Sistan and Baluchestan", "Kish Island", "East Azerbaijan", "West Azerbaijan", "Hormozgan", "Khorasan", "Razavi Khorasan"]),
    c("AF", "Afghanistan", &["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"], &["Afghan"], &["Kabul"],
      &["Kandahar", "Herat", "Mazar-i-Sharif", "Mazar-e-Sharif", "Jalalabad", "Kunduz", "Hairatan"],
      &[]),
    c("PK", "Pakistan", &["Islamic Republic of Pakistan"], &["Pakistani"], &["Islamabad"],
      &["Karachi", "Lahore", "Gwadar", "Peshawar", "Quetta", "Faisalabad", "Rawalpindi", "Multan", "Sialkot"],
      &["Balochistan", "Baluchistan", "Sindh", "Khyber Pakhtunkhwa", "Gilgit-Baltistan"]),
    c("IN", "India", &["Republic of India", "Bharat"], &["Indian"], &["New Delhi"],
      &["Delhi", "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad", "Kandla", "Mundra", "Pune", "Surat", "Kochi", "Cochin", "Visakhapatnam", "Jaipur", "Lucknow", "Nhava Sheva", "Paradip", "Kanpur", "Nagpur", "Chandigarh", "Amritsar"],
      &["Gujarat", "Maharashtra", "Kerala", "Tamil Nadu", "Karnataka", "Uttar Pradesh", "West Bengal", "Goa", "Assam", "Rajasthan", "Andhra Pradesh", "Odisha"]),
    c("BD", "Bangladesh", &["People's Republic of Bangladesh"], &["Bangladeshi"], &["Dhaka"],
      &["Chittagong", "Chattogram", "Khulna", "Mongla", "Sylhet", "Matarbari"], &[]),
    c("LK", "Sri Lanka", &["Democratic Socialist Republic of Sri Lanka"], &["Sri Lankan"], &["Sri Jayawardenepura Kotte", "Colombo"],
      &["Hambantota", "Kandy", "Galle", "Jaffna", "Trincomalee"], &[]),
    c("NP", "Nepal", &["Federal Democratic Republic of Nepal"], &["Nepalese", "Nepali"], &["Kathmandu"],
      &["Pokhara", "Birgunj", "Biratnagar", "Lalitpur"], &[]),
    c("BT", "Bhutan", &["Kingdom of Bhutan"], &["Bhutanese"], &["Thimphu"], &["Phuntsholing"], &[]),
    c("MV", "Maldives", &["Republic of Maldives"], &["Maldivian"], &["Malé"], &["Addu City"], &[]),
    c("MN", "Mongolia", &[], &["Mongolian"], &["Ulaanbaatar", "Ulan Bator"], &["Erdenet", "Darkhan", "Zamyn-Uud"], &[]),
    // East and Southeast Asia
    c("KP", "North Korea", &["Democratic People's Republic of Korea", "DPRK"], &["North Korean"], &["Pyongyang"],
      &["Nampo", "Rason", "Kaesong", "Wonsan", "Hamhung", "Chongjin", "Sinuiju"], &[]),
    c("KR", "South Korea", &["Republic of Korea", "Korea", "ROK"], &["South Korean", "Korean"], &["Seoul"],
      &["Busan", "Pusan", "Incheon", "Inchon", "Ulsan", "Daegu", "Gwangju", "Daejeon", "Pyeongtaek", "Gwangyang", "Changwon", "Suwon"],
      &["Jeju", "Gyeonggi"]),
    c("JP", "Japan", &[], &["Japanese"], &["Tokyo"],
      &["Osaka", "Yokohama", "Kobe", "Nagoya", "Kyoto", "Fukuoka", "Sapporo", "Hiroshima", "Fukushima", "Sendai", "Kitakyushu", "Nagasaki", "Niigata", "Chiba"],
      &["Okinawa", "Hokkaido", "Kyushu", "Honshu", "Shikoku"]),
    c("TW", "Taiwan", &["Republic of China", "Chinese Taipei"], &["Taiwanese"], &["Taipei"],
      &["Kaohsiung", "Taichung", "Tainan", "Hsinchu", "Keelung", "Taoyuan"], &[]),
    c("HK", "Hong Kong", &["Hong Kong SAR", "Hong Kong Special Administrative Region"], &["Hongkonger", "Hong Konger"], &[], &["Kowloon"], &[]),
    c("MO", "Macau", &["Macao", "Macau SAR", "Macao SAR"], &["Macanese"], &[], &[], &[]),
    c("VN", "Vietnam", &["Viet Nam", "Socialist Republic of Vietnam"], &["Vietnamese"], &["Hanoi", "Ha Noi"],
      &["Ho Chi Minh City", "Saigon", "Haiphong", "Hai Phong", "Da Nang", "Danang", "Lao Cai", "Can Tho", "Nha Trang", "Vung Tau", "Cai Mep", "Quy Nhon", "Bac Ninh"],
      &["Quang Ninh", "Mekong Delta"]),
    c("LA", "Laos", &["Lao PDR", "Lao People's Democratic Republic"], &["Lao", "Laotian"], &["Vientiane"],
      &["Luang Prabang", "Savannakhet", "Pakse", "Boten"], &[]),
    c("KH", "Cambodia", &["Kingdom of Cambodia"], &["Cambodian"], &["Phnom Penh"], &["Siem Reap", "Sihanoukville", "Battambang"], &[]),
    c("TH", "Thailand", &["Kingdom of Thailand"], &["Thai"], &["Bangkok"],
      &["Chiang Mai", "Laem Chabang", "Phuket", "Pattaya", "Map Ta Phut", "Songkhla", "Hat Yai"], &[]),
    c("MM", "Myanmar", &["Burma", "Republic of the Union of Myanmar"], &["Burmese"], &["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"],
      &["Yangon", "Rangoon", "Mandalay", "Kyaukphyu"], &["Rakhine", "Kachin", "Shan State"]),
    c("MY", "Malaysia", &[], &["Malaysian"], &["Kuala Lumpur", "Putrajaya"],
      &["Port Klang", "Penang", "Johor Bahru", "Malacca", "Melaka", "Kuching", "Kota Kinabalu", "Tanjung Pelepas", "Ipoh", "Kuantan", "Bintulu"],
      &["Johor", "Sabah", "Sarawak", "Selangor"]),
    c("ID", "Indonesia", &["Republic of Indonesia"], &["Indonesian"], &["Jakarta"],
      &["Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Batam", "Denpasar", "Nusantara", "Balikpapan", "Palembang", "Tanjung Priok"],
      &["Bali", "Java", "Sumatra", "Kalimantan", "Sulawesi", "Papua"]),
    c("PH", "Philippines", &["Republic of the Philippines"], &["Filipino", "Philippine"], &["Manila"],
      &["Cebu", "Davao", "Mandaue", "Quezon City", "Makati", "Subic", "Batangas", "Cagayan de Oro", "Zamboanga", "Iloilo"],
      &["Mindanao", "Luzon", "Visayas"]),
    c("SG", "Singapore", &["Republic of Singapore"], &["Singaporean"], &["Singapore"], &["Jurong", "Tuas"], &[]),
    c("BN", "Brunei", &["Brunei Darussalam"], &["Bruneian"], &["Bandar Seri Begawan"], &["Muara"], &[]),
    c("TL", "Timor-Leste", &["East Timor"], &["Timorese", "East Timorese"], &["Dili"], &[], &[]),
    // Middle East
    c("SA", "Saudi Arabia", &["Kingdom of Saudi Arabia", "KSA"], &["Saudi", "Saudi Arabian"], &["Riyadh"],
      &["Jeddah", "Jiddah", "Dammam", "Mecca", "Makkah", "Medina", "Madinah", "Jubail", "Yanbu", "Khobar", "Al Khobar", "Dhahran", "Tabuk", "Ras Tanura", "Abha"], &[]),
    c("AE", "United Arab Emirates", &["UAE", "U.A.E.", "Emirates"], &["Emirati"], &["Abu Dhabi"],
      &["Dubai", "Sharjah", "Jebel Ali", "Ajman", "Fujairah", "Ras Al Khaimah", "Ras al-Khaimah", "Al Ain", "Umm Al Quwain"], &[]),
    c("QA", "Qatar", &["State of Qatar"], &["Qatari"], &["Doha"], &["Ras Laffan", "Lusail", "Al Wakrah", "Mesaieed"], &[]),
    c("KW", "Kuwait", &["State of Kuwait"], &["Kuwaiti"], &["Kuwait City"], &["Shuwaikh", "Shuaiba", "Jahra"], &[]),
    c("BH", "Bahrain", &["Kingdom of Bahrain"], &["Bahraini"], &["Manama"], &["Muharraq", "Riffa"], &[]),
    c("OM", "Oman", &["Sultanate of Oman"], &["Omani"], &["Muscat"], &["Duqm", "Sohar", "Salalah", "Nizwa", "Khasab"], &["Al Batinah", "Dhofar"]),
    c("YE", "Yemen", &["Republic of Yemen"], &["Yemeni"], &["Sanaa", "Sana'a"], &["Aden", "Hodeidah", "Mukalla", "Taiz"], &[]),
    c("IQ", "Iraq", &["Republic of Iraq"], &["Iraqi"], &["Baghdad"],
      &["Basra", "Basrah", "Mosul", "Erbil", "Arbil", "Kirkuk", "Sulaymaniyah", "Najaf", "Karbala", "Umm Qasr", "Fallujah", "Duhok"],
      &["Kurdistan Region", "Iraqi Kurdistan"]),
    c("SY", "Syria", &["Syrian Arab Republic"], &["Syrian"], &["Damascus"],
      &["Aleppo", "Homs", "Latakia", "Tartus", "Idlib", "Hama", "Deir ez-Zor", "Raqqa", "Qamishli"], &[]),
    c("LB", "Lebanon", &["Lebanese Republic"], &["Lebanese"], &["Beirut"], &["Sidon", "Byblos", "Baalbek", "Zahle"], &[]),
    c("JO", "Jordan", &["Hashemite Kingdom of Jordan"], &["Jordanian"], &["Amman"], &["Aqaba", "Zarqa", "Irbid"], &[]),
    c("IL", "Israel", &["State of Israel"], &["Israeli"], &["Jerusalem"],
      &["Tel Aviv", "Haifa", "Ashdod", "Eilat", "Beersheba", "Be'er Sheva", "Netanya", "Ashkelon"], &["Negev"]),
    c("PS", "Palestine", &["State of Palestine", "Palestinian territories", "Palestinian Territories"], &["Palestinian"], &["Ramallah"],
      &["Gaza City", "Gaza", "Hebron", "Nablus", "Jenin", "Bethlehem", "Rafah", "Khan Younis", "Jericho"],
      &["West Bank", "Gaza Strip", "East Jerusalem"]),
    c("CY", "Cyprus", &["Republic of Cyprus"], &["Cypriot"], &["Nicosia"], &["Limassol", "Larnaca", "Famagusta", "Paphos", "Kyrenia"], &["Northern Cyprus"]),
    // Eastern Europe and the Balkans
    c("UA", "Ukraine", &[], &["Ukrainian"], &["Kyiv", "Kiev"],
      &["Odesa", "Odessa", "Kharkiv", "Kharkov", "Lviv", "Dnipro", "Zaporizhzhia", "Mariupol", "Kherson", "Mykolaiv", "Izmail", "Chornomorsk", "Pivdennyi", "Donetsk", "Luhansk", "Sevastopol", "Vinnytsia", "Poltava", "Chernihiv", "Sumy", "Uzhhorod"],
      &["Crimea", "Donbas", "Donbass"]),
    c("BY", "Belarus", &["Republic of Belarus"], &["Belarusian", "Belarussian"], &["Minsk"], &["Brest", "Gomel", "Homel", "Grodno", "Hrodna", "Vitebsk", "Mogilev"], &[]),
    c("MD", "Moldova", &["Republic of Moldova"], &["Moldovan"], &["Chișinău", "Chişinău", "Kishinev"], &["Tiraspol", "Bălți", "Giurgiulești", "Cahul"], &["Transnistria", "Gagauzia"]),
    c("RO", "Romania", &[], &["Romanian"], &["Bucharest"],
      &["Constanța", "Constanţa", "Cluj-Napoca", "Timișoara", "Iași", "Galați", "Brașov", "Craiova", "Ploiești"], &["Transylvania"]),
    c("BG", "Bulgaria", &["Republic of Bulgaria"], &["Bulgarian"], &["Sofia"], &["Varna", "Burgas", "Plovdiv", "Stara Zagora"], &[]),
    c("GR", "Greece", &["Hellenic Republic"], &["Greek"], &["Athens"], &["Thessaloniki", "Piraeus", "Alexandroupolis", "Patras", "Heraklion", "Volos", "Kavala"], &["Crete", "Rhodes"]),
    c("PL", "Poland", &["Republic of Poland"], &["Polish"], &["Warsaw"],
      &["Gdańsk", "Gdynia", "Kraków", "Cracow", "Wrocław", "Łódź", "Poznań", "Szczecin", "Katowice", "Lublin", "Małaszewicze", "Rzeszów", "Świnoujście", "Białystok"], &["Silesia"]),
    c("HU", "Hungary", &[], &["Hungarian"], &["Budapest"], &["Debrecen", "Szeged", "Záhony", "Győr", "Pécs", "Miskolc"], &[]),
    c("CZ", "Czech Republic", &["Czechia"], &["Czech"], &["Prague"], &["Brno", "Ostrava", "Plzeň", "Pilsen"], &["Bohemia", "Moravia"]),
    c("SK", "Slovakia", &["Slovak Republic"], &["Slovak", "Slovakian"], &["Bratislava"], &["Košice", "Žilina"], &[]),
    c("SI", "Slovenia", &[], &["Slovenian", "Slovene"], &["Ljubljana"], &["Koper", "Maribor"], &[]),
    c("HR", "Croatia", &[], &["Croatian", "Croat"], &["Zagreb"], &["Rijeka", "Dubrovnik", "Zadar", "Osijek"], &["Dalmatia"]),
    c("BA", "Bosnia and Herzegovina", &["Bosnia-Herzegovina", "Bosnia"], &["Bosnian", "Herzegovinian"], &["Sarajevo"], &["Banja Luka", "Mostar", "Tuzla"], &["Republika Srpska"]),
    c("RS", "Serbia", &["Republic of Serbia"], &["Serbian", "Serb"], &["Belgrade"], &["Novi Sad", "Niš", "Kragujevac", "Subotica"], &["Vojvodina"]),
    c("ME", "Montenegro", &[], &["Montenegrin"], &["Podgorica"], &["Kotor", "Budva", "Nikšić"], &[]),
    c("MK", "North Macedonia", &["Republic of North Macedonia", "Macedonia"], &["North Macedonian", "Macedonian"], &["Skopje"], &["Ohrid", "Bitola", "Kumanovo"], &[]),
    c("AL", "Albania", &["Republic of Albania"], &["Albanian"], &["Tirana", "Tiranë"], &["Durrës", "Vlorë", "Shkodër", "Elbasan"], &[]),
    c("XK", "Kosovo", &["Republic of Kosovo"], &["Kosovar", "Kosovan"], &["Pristina", "Prishtina", "Prishtinë"], &["Prizren", "Peja", "Mitrovica"], &[]),
    // Western and Northern Europe
    c("AT", "Austria", &["Republic of Austria"], &["Austrian"], &["Vienna"], &["Salzburg", "Graz", "Linz", "Innsbruck", "Klagenfurt"], &["Tyrol"]),
    c("CH", "Switzerland", &["Swiss Confederation"], &["Swiss"], &["Bern", "Berne"], &["Zurich", "Zürich", "Geneva", "Basel", "Lausanne", "Lugano", "Davos", "Lucerne"], &[]),
    c("DE", "Germany", &["Federal Republic of Germany"], &["German"], &["Berlin"],
      &["Hamburg", "Frankfurt", "Munich", "München", "Bremen", "Bremerhaven", "Duisburg", "Cologne", "Köln", "Düsseldorf", "Stuttgart", "Leipzig", "Hanover", "Hannover", "Dresden", "Nuremberg", "Wilhelmshaven", "Rostock", "Kiel", "Essen", "Dortmund", "Bonn"],
      &["Bavaria", "Saxony", "Lower Saxony", "North Rhine-Westphalia", "Baden-Württemberg", "Ruhr"]),
    c("NL", "Netherlands", &["Holland", "Kingdom of the Netherlands"], &["Dutch"], &["Amsterdam"], &["Rotterdam", "The Hague", "the Hague", "Utrecht", "Eindhoven", "Groningen", "Vlissingen"], &[]),
    c("BE", "Belgium", &["Kingdom of Belgium"], &["Belgian"], &["Brussels"], &["Antwerp", "Ghent", "Zeebrugge", "Liège", "Bruges", "Charleroi", "Leuven"], &["Flanders", "Wallonia"]),
    c("LU", "Luxembourg", &["Grand Duchy of Luxembourg"], &["Luxembourgish", "Luxembourger"], &["Luxembourg"], &["Esch-sur-Alzette"], &[]),
    c("FR", "France", &["French Republic"], &["French"], &["Paris"],
      &["Marseille", "Marseilles", "Le Havre", "Lyon", "Toulouse", "Bordeaux", "Lille", "Strasbourg", "Dunkirk", "Nantes", "Montpellier", "Rennes", "Calais"],
      &["Corsica", "Normandy", "Provence", "Alsace"]),
    c("IT", "Italy", &["Italian Republic"], &["Italian"], &["Rome"],
      &["Milan", "Genoa", "Trieste", "Naples", "Turin", "Venice", "Bologna", "Palermo", "Gioia Tauro", "La Spezia", "Livorno", "Bari", "Taranto", "Catania", "Verona"],
      &["Sicily", "Sardinia", "Lombardy", "Tuscany"]),
    c("ES", "Spain", &["Kingdom of Spain"], &["Spanish", "Spaniard"], &["Madrid"],
      &["Barcelona", "Valencia", "Algeciras", "Seville", "Bilbao", "Málaga", "Zaragoza", "Las Palmas", "Tarragona"],
      &["Catalonia", "Andalusia", "Basque Country", "Canary Islands", "Balearic Islands", "Galicia"]),
    c("PT", "Portugal", &["Portuguese Republic"], &["Portuguese"], &["Lisbon"], &["Porto", "Sines", "Braga", "Coimbra", "Faro"], &["Madeira", "Azores", "Algarve"]),
    c("GB", "United Kingdom", &["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"], &["British", "Briton"], &["London"],
      &["Manchester", "Liverpool", "Edinburgh", "Glasgow", "Felixstowe", "Birmingham", "Southampton", "Bristol", "Leeds", "Cardiff", "Belfast", "Aberdeen", "Dover", "Immingham", "Tilbury", "Sheffield", "Portsmouth"],
      &["England", "Scotland", "Wales", "Northern Ireland"]),
    c("IE", "Ireland", &["Republic of Ireland", "Éire"], &["Irish"], &["Dublin"], &["Galway"], &[]),
    c("IS", "Iceland", &[], &["Icelandic", "Icelander"], &["Reykjavík"], &["Akureyri"], &[]),
    c("MT", "Malta", &["Republic of Malta"], &["Maltese"], &["Valletta"], &["Marsaxlokk"], &["Gozo"]),
    c("DK", "Denmark", &["Kingdom of Denmark"], &["Danish", "Dane"], &["Copenhagen"], &["Aarhus", "Odense", "Aalborg", "Esbjerg"], &["Greenland", "Faroe Islands", "Jutland"]),
    c("NO", "Norway", &["Kingdom of Norway"], &["Norwegian"], &["Oslo"], &["Bergen", "Stavanger", "Trondheim", "Hammerfest", "Tromsø", "Narvik", "Kirkenes"], &["Svalbard"]),
    c("SE", "Sweden", &["Kingdom of Sweden"], &["Swedish", "Swede"], &["Stockholm"], &["Gothenburg", "Göteborg", "Malmö", "Uppsala", "Luleå", "Kiruna"], &[]),
    c("FI", "Finland", &["Republic of Finland"], &["Finnish"], &["Helsinki"], &["Turku", "Tampere", "Espoo", "Kotka", "Oulu", "Vaasa", "Hamina"], &[]),
    c("EE", "Estonia", &["Republic of Estonia"], &["Estonian"], &["Tallinn"], &["Tartu", "Muuga", "Paldiski", "Narva", "Pärnu"], &[]),
    c("LV", "Latvia", &["Republic of Latvia"], &["Latvian"], &["Riga"], &["Ventspils", "Liepāja", "Daugavpils"], &[]),
    c("LT", "Lithuania", &["Republic of Lithuania"], &["Lithuanian"], &["Vilnius"], &["Klaipėda", "Kaunas", "Šiauliai"], &[]),
    c("AD", "Andorra", &["Principality of Andorra"], &["Andorran"], &["Andorra la Vella"], &[], &[]),
    c("MC", "Monaco", &["Principality of Monaco"], &["Monegasque"], &["Monaco"], &["Monte Carlo"], &[]),
    c("SM", "San Marino", &["Republic of San Marino"], &["Sammarinese"], &["San Marino"], &[], &[]),
    c("LI", "Liechtenstein", &["Principality of Liechtenstein"], &["Liechtensteiner"], &["Vaduz"], &[], &[]),
    c("VA", "Vatican City", &["Vatican", "Holy See", "Vatican City State"], &[], &["Vatican City"], &[], &[]),
    // North America, Central America and the Caribbean
    c("US", "United States", &["United States of America", "USA", "U.S.A.", "U.S.", "US", "America"], &["American"],
      &["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC"],
      &["New York", "New York City", "Los Angeles", "Chicago", "Houston", "San Francisco", "Oakland", "Seattle", "Long Beach", "Savannah", "Boston", "Miami", "Atlanta", "Dallas", "Philadelphia", "Detroit", "New Orleans", "Baltimore", "Las Vegas", "Denver", "San Diego", "Tacoma", "Honolulu", "Pittsburgh", "Minneapolis"],
      &["California", "Texas", "Alaska", "Hawaii", "Florida", "Louisiana", "New Mexico", "Silicon Valley", "American Samoa", "Puerto Rico", "Guam"]),
    c("CA", "Canada", &[], &["Canadian"], &["Ottawa"],
      &["Toronto", "Montreal", "Montréal", "Vancouver", "Calgary", "Edmonton", "Winnipeg", "Halifax", "Quebec City", "Prince Rupert", "Saskatoon"],
      &["Alberta", "Quebec", "Québec", "British Columbia", "Ontario", "Saskatchewan", "Manitoba", "Nova Scotia", "Newfoundland"]),
    c("MX", "Mexico", &["United Mexican States"], &["Mexican"], &["Mexico City"],
      &["Guadalajara", "Monterrey", "Tijuana", "Veracruz", "Manzanillo", "Cancún", "Puebla", "Ciudad Juárez", "Mérida"], &["Yucatán", "Baja California"]),
    c("GT", "Guatemala", &[], &["Guatemalan"], &["Guatemala City"], &["Quetzaltenango"], &[]),
    c("BZ", "Belize", &[], &["Belizean"], &["Belmopan"], &["Belize City"], &[]),
    c("SV", "El Salvador", &[], &["Salvadoran", "Salvadorian"], &["San Salvador"], &[], &[]),
    c("HN", "Honduras", &[], &["Honduran"], &["Tegucigalpa"], &["San Pedro Sula"], &[]),
    c("NI", "Nicaragua", &[], &["Nicaraguan"], &["Managua"], &[], &[]),
    c("CR", "Costa Rica", &[], &["Costa Rican"], &["San José"], &[], &[]),
    c("PA", "Panama", &["Republic of Panama"], &["Panamanian"], &["Panama City"], &["Colón"], &["Panama Canal"]),
    c("CU", "Cuba", &["Republic of Cuba"], &["Cuban"], &["Havana"], &["Santiago de Cuba"], &[]),
    c("JM", "Jamaica", &[], &["Jamaican"], &["Kingston"], &["Montego Bay"], &[]),
    c("HT", "Haiti", &[], &["Haitian"], &["Port-au-Prince"], &["Cap-Haïtien"], &[]),
    c("DO", "Dominican Republic", &[], &["Dominican"], &["Santo Domingo"], &["Santiago de los Caballeros", "Punta Cana"], &[]),
    c("BS", "Bahamas", &["Commonwealth of The Bahamas"], &["Bahamian"], &["Nassau"], &[], &[]),
    c("BB", "Barbados", &[], &["Barbadian", "Bajan"], &["Bridgetown"], &[], &[]),
    c("TT", "Trinidad and Tobago", &["Trinidad"], &["Trinidadian", "Tobagonian"], &["Port of Spain", "Port-of-Spain"], &[], &[]),
    c("GD", "Grenada", &[], &["Grenadian"], &["St. George's", "St George's", "Saint George's"], &[], &[]),
    c("LC", "Saint Lucia", &["St. Lucia", "St Lucia"], &["Saint Lucian", "St. Lucian"], &["Castries"], &[], &[]),
    c("VC", "Saint Vincent and the Grenadines", &["St. Vincent and the Grenadines", "St Vincent and the Grenadines"], &["Vincentian"], &["Kingstown"], &[], &[]),
    c("AG", "Antigua and Barbuda", &["Antigua"], &["Antiguan"], &["St. John's", "St John's", "Saint John's"], &[], &[]),
    c("KN", "Saint Kitts and Nevis", &["St. Kitts and Nevis", "St Kitts and Nevis", "Saint Christopher and Nevis"], &["Kittitian", "Nevisian"], &["Basseterre"], &[], &[]),
    c("DM", "Dominica", &["Commonwealth of Dominica"], &[], &["Roseau"], &[], &[]),
    // South America
    c("CO", "Colombia", &["Republic of Colombia"], &["Colombian"], &["Bogotá"], &["Medellín", "Cali", "Cartagena", "Barranquilla", "Buenaventura", "Santa Marta"], &[]),
    c("VE", "Venezuela", &["Bolivarian Republic of Venezuela"], &["Venezuelan"], &["Caracas"], &["Maracaibo", "Puerto Cabello", "Barquisimeto", "Ciudad Guayana"], &[]),
    c("EC", "Ecuador", &["Republic of Ecuador"], &["Ecuadorian", "Ecuadorean"], &["Quito"], &["Guayaquil", "Cuenca"], &["Galápagos Islands", "Galápagos"]),
    c("PE", "Peru", &["Republic of Peru"], &["Peruvian"], &["Lima"], &["Callao", "Arequipa", "Cusco", "Cuzco", "Chancay", "Trujillo", "Iquitos"], &[]),
    c("BO", "Bolivia", &["Plurinational State of Bolivia"], &["Bolivian"], &["Sucre", "La Paz"], &["Santa Cruz de la Sierra", "Cochabamba", "El Alto", "Potosí"], &[]),
    c("CL", "Chile", &["Republic of Chile"], &["Chilean"], &["Santiago"], &["Valparaíso", "Antofagasta", "Iquique", "Concepción", "Punta Arenas"], &["Atacama"]),
    c("AR", "Argentina", &["Argentine Republic"], &["Argentine", "Argentinian", "Argentinean"], &["Buenos Aires"],
      &["Rosario", "Córdoba", "Mendoza", "Bahía Blanca", "La Plata", "Mar del Plata", "Ushuaia"], &["Patagonia"]),
    c("PY", "Paraguay", &["Republic of Paraguay"], &["Paraguayan"], &["Asunción"], &["Ciudad del Este", "Encarnación"], &[]),
    c("UY", "Uruguay", &["Oriental Republic of Uruguay"], &["Uruguayan"], &["Montevideo"], &["Punta del Este", "Colonia del Sacramento"], &[]),
    c("BR", "Brazil", &["Federative Republic of Brazil", "Brasil"], &["Brazilian"], &["Brasília"],
      &["São Paulo", "Rio de Janeiro", "Santos", "Paranaguá", "Salvador", "Belo Horizonte", "Manaus", "Recife", "Fortaleza", "Porto Alegre", "Itajaí", "Curitiba", "Belém", "Suape", "Itaqui"],
      &["Mato Grosso", "Bahia", "Minas Gerais"]),
    c("GY", "Guyana", &["Co-operative Republic of Guyana"], &["Guyanese"], &["Georgetown"], &[], &[]),
    c("SR", "Suriname", &["Surinam"], &["Surinamese"], &["Paramaribo"], &[], &[]),
    // North Africa and the Horn
    c("EG", "Egypt", &["Arab Republic of Egypt"], &["Egyptian"], &["Cairo"],
      &["Alexandria", "Port Said", "Suez", "Giza", "Luxor", "Aswan", "Sharm el-Sheikh", "Sharm El Sheikh", "Ain Sokhna", "Damietta", "Ismailia", "Hurghada"], &["Sinai", "Suez Canal"]),
    c("DZ", "Algeria", &["People's Democratic Republic of Algeria"], &["Algerian"], &["Algiers"], &["Oran", "Annaba", "Skikda", "Béjaïa", "Hassi Messaoud", "Arzew"], &[]),
    c("MA", "Morocco", &["Kingdom of Morocco"], &["Moroccan"], &["Rabat"], &["Casablanca", "Tangier", "Tangiers", "Tanger Med", "Marrakesh", "Marrakech", "Fez", "Fes", "Agadir", "Nador", "Kenitra"], &[]),
    c("TN", "Tunisia", &["Tunisian Republic"], &["Tunisian"], &["Tunis"], &["Sfax", "Sousse", "Bizerte", "Gabès"], &[]),
    c("LY", "Libya", &["State of Libya"], &["Libyan"], &["Tripoli"], &["Benghazi", "Misrata", "Misurata", "Tobruk", "Sirte", "Ras Lanuf"], &["Cyrenaica", "Fezzan"]),
    c("SD", "Sudan", &["Republic of the Sudan"], &["Sudanese"], &["Khartoum"], &["Port Sudan", "Omdurman"], &["Darfur", "Kordofan"]),
    c("SS", "South Sudan", &["Republic of South Sudan"], &["South Sudanese"], &["Juba"], &["Malakal"], &[]),
    c("ET", "Ethiopia", &["Federal Democratic Republic of Ethiopia"], &["Ethiopian"], &["Addis Ababa"], &["Dire Dawa", "Mekelle", "Bahir Dar", "Gondar", "Hawassa"], &["Tigray", "Amhara", "Oromia", "Ogaden"]),
    c("ER", "Eritrea", &["State of Eritrea"], &["Eritrean"], &["Asmara"], &["Massawa", "Assab"], &[]),
    c("DJ", "Djibouti", &["Republic of Djibouti"], &["Djiboutian"], &["Djibouti"], &["Doraleh", "Tadjourah"], &[]),
    c("SO", "Somalia", &["Federal Republic of Somalia"], &["Somali", "Somalian"], &["Mogadishu"], &["Berbera", "Kismayo", "Bosaso", "Hargeisa"], &["Somaliland", "Puntland", "Jubaland"]),
    // East, Central and Southern Africa
    c("KE", "Kenya", &["Republic of Kenya"], &["Kenyan"], &["Nairobi"], &["Mombasa", "Kisumu", "Nakuru", "Eldoret", "Lamu", "Naivasha"], &[]),
    c("UG", "Uganda", &["Republic of Uganda"], &["Ugandan"], &["Kampala"], &["Entebbe", "Jinja", "Gulu"], &[]),
    c("TZ", "Tanzania", &["United Republic of Tanzania"], &["Tanzanian"], &["Dodoma"], &["Dar es Salaam", "Arusha", "Mwanza", "Tanga", "Mtwara"], &["Zanzibar"]),
    c("RW", "Rwanda", &["Republic of Rwanda"], &["Rwandan"], &["Kigali"], &["Rubavu"], &[]),
    c("BI", "Burundi", &["Republic of Burundi"], &["Burundian"], &["Gitega"], &["Bujumbura"], &[]),
    c("CD", "Democratic Republic of the Congo", &["Democratic Republic of Congo", "DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa"], &["Congolese"], &["Kinshasa"],
      &["Lubumbashi", "Goma", "Kisangani", "Kolwezi", "Matadi", "Bukavu", "Mbuji-Mayi"], &["Katanga", "North Kivu", "South Kivu", "Kivu"]),
    c("CG", "Republic of the Congo", &["Republic of Congo", "Congo-Brazzaville", "Congo"], &[], &["Brazzaville"], &["Pointe-Noire"], &[]),
    c("GA", "Gabon", &["Gabonese Republic"], &["Gabonese"], &["Libreville"], &["Port-Gentil", "Franceville"], &[]),
    c("GQ", "Equatorial Guinea", &["Republic of Equatorial Guinea"], &["Equatorial Guinean", "Equatoguinean"], &["Malabo"], &[], &[]),
    c("CM", "Cameroon", &["Republic of Cameroon"], &["Cameroonian"], &["Yaoundé"], &["Douala", "Kribi", "Garoua", "Bamenda"], &[]),
    c("CF", "Central African Republic", &[], &["Central African"], &["Bangui"], &[], &[]),
    c("AO", "Angola", &["Republic of Angola"], &["Angolan"], &["Luanda"], &["Lobito", "Benguela", "Huambo", "Namibe"], &["Cabinda"]),
    c("ZM", "Zambia", &["Republic of Zambia"], &["Zambian"], &["Lusaka"], &["Ndola", "Kitwe"], &["Copperbelt"]),
    c("ZW", "Zimbabwe", &["Republic of Zimbabwe"], &["Zimbabwean"], &["Harare"], &["Bulawayo", "Mutare", "Beitbridge"], &[]),
    c("MW", "Malawi", &["Republic of Malawi"], &["Malawian"], &["Lilongwe"], &["Blantyre", "Mzuzu"], &[]),
    c("MZ", "Mozambique", &["Republic of Mozambique"], &["Mozambican"], &["Maputo"], &["Beira", "Nacala", "Pemba", "Nampula", "Tete"], &["Cabo Delgado"]),
    c("MG", "Madagascar", &["Republic of Madagascar"], &["Malagasy"], &["Antananarivo"], &["Toamasina", "Tamatave", "Mahajanga"], &[]),
    c("MU", "Mauritius", &["Republic of Mauritius"], &["Mauritian"], &["Port Louis"], &[], &[]),
    c("SC", "Seychelles", &["Republic of Seychelles"], &["Seychellois"], &["Victoria"], &[], &["Mahé"]),
    c("KM", "Comoros", &["Union of the Comoros"], &["Comoran", "Comorian"], &["Moroni"], &[], &[]),
    c("NA", "Namibia", &["Republic of Namibia"], &["Namibian"], &["Windhoek"], &["Walvis Bay", "Lüderitz", "Swakopmund"], &[]),
    c("BW", "Botswana", &["Republic of Botswana"], &["Motswana", "Batswana", "Botswanan"], &["Gaborone"], &["Francistown"], &[]),
    c("ZA", "South Africa", &["Republic of South Africa"], &["South African"], &["Pretoria"],
      &["Johannesburg", "Cape Town", "Durban", "Port Elizabeth", "Gqeberha", "Richards Bay", "Bloemfontein", "Saldanha Bay", "Soweto", "Ngqura", "Tshwane"],
      &["Gauteng", "KwaZulu-Natal", "Western Cape"]),
    c("LS", "Lesotho", &["Kingdom of Lesotho"], &["Basotho", "Mosotho"], &["Maseru"], &[], &[]),
    c("SZ", "Eswatini", &["Swaziland", "Kingdom of Eswatini"], &["Swazi"], &["Mbabane", "Lobamba"], &["Manzini"], &[]),
    // West Africa
    c("NG", "Nigeria", &["Federal Republic of Nigeria"], &["Nigerian"], &["Abuja"],
      &["Lagos", "Kano", "Ibadan", "Port Harcourt", "Lekki", "Onne", "Calabar", "Kaduna", "Benin City", "Warri", "Apapa"], &["Niger Delta"]),
    c("GH", "Ghana", &["Republic of Ghana"], &["Ghanaian"], &["Accra"], &["Kumasi", "Tema", "Takoradi", "Sekondi-Takoradi", "Tamale"], &[]),
    c("CI", "Côte d'Ivoire", &["Ivory Coast", "Republic of Côte d'Ivoire"], &["Ivorian"], &["Yamoussoukro"], &["Abidjan", "San-Pédro", "Bouaké"], &[]),
    c("BF", "Burkina Faso", &["Burkina"], &["Burkinabe", "Burkinabè"], &["Ouagadougou"], &["Bobo-Dioulasso"], &[]),
    c("ML", "Mali", &["Republic of Mali"], &["Malian"], &["Bamako"], &["Timbuktu", "Gao", "Kayes", "Mopti", "Sikasso"], &[]),
    c("NE", "Niger", &["Republic of Niger"], &["Nigerien"], &["Niamey"], &["Agadez", "Zinder", "Arlit"], &[]),
    c("TD", "Chad", &["Republic of Chad"], &["Chadian"], &["N'Djamena", "Ndjamena"], &["Moundou", "Abéché"], &[]),
    c("SN", "Senegal", &["Republic of Senegal"], &["Senegalese"], &["Dakar"], &["Touba", "Thiès", "Ziguinchor"], &[]),
    c("GM", "Gambia", &["Republic of The Gambia"], &["Gambian"], &["Banjul"], &["Serekunda"], &[]),
    c("GN", "Guinea", &["Republic of Guinea", "Guinea-Conakry"], &["Guinean"], &["Conakry"], &["Kamsar", "Kankan"], &[]),
    c("GW", "Guinea-Bissau", &["Republic of Guinea-Bissau"], &["Bissau-Guinean"], &["Bissau"], &[], &[]),
    c("SL", "Sierra Leone", &["Republic of Sierra Leone"], &["Sierra Leonean"], &["Freetown"], &["Kenema"], &[]),
    c("LR", "Liberia", &["Republic of Liberia"], &["Liberian"], &["Monrovia"], &[], &[]),
    c("TG", "Togo", &["Togolese Republic"], &["Togolese"], &["Lomé"], &[], &[]),
    c("BJ", "Benin", &["Republic of Benin"], &["Beninese"], &["Porto-Novo"], &["Cotonou", "Parakou"], &[]),
    c("MR", "Mauritania", &["Islamic Republic of Mauritania"], &["Mauritanian"], &["Nouakchott"], &["Nouadhibou", "Zouérat"], &[]),
    c("CV", "Cabo Verde", &["Cape Verde", "Republic of Cabo Verde"], &["Cabo Verdean", "Cape Verdean"], &["Praia"], &["Mindelo"], &[]),
    c("ST", "São Tomé and Príncipe", &[], &["São Toméan", "Santomean"], &["São Tomé"], &[], &[]),
    // Oceania
    c("AU", "Australia", &["Commonwealth of Australia"], &["Australian"], &["Canberra"],
      &["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Port Hedland", "Fremantle", "Hobart"],
      &["Queensland", "New South Wales", "Western Australia", "South Australia", "Tasmania", "Northern Territory", "Pilbara"]),
    c("NZ", "New Zealand", &["Aotearoa"], &["New Zealander"], &["Wellington"], &["Auckland", "Christchurch", "Tauranga", "Dunedin"], &[]),
    c("PG", "Papua New Guinea", &["Independent State of Papua New Guinea"], &["Papua New Guinean"], &["Port Moresby"], &["Lae", "Madang"], &["Bougainville"]),
    c("FJ", "Fiji", &["Republic of Fiji"], &["Fijian"], &["Suva"], &["Nadi", "Lautoka"], &[]),
    c("SB", "Solomon Islands", &[], &["Solomon Islander"], &["Honiara"], &[], &[]),
    c("VU", "Vanuatu", &["Republic of Vanuatu"], &["Ni-Vanuatu"], &["Port Vila"], &["Luganville"], &[]),
    c("WS", "Samoa", &["Independent State of Samoa"], &["Samoan"], &["Apia"], &[], &[]),
    c("TO", "Tonga", &["Kingdom of Tonga"], &["Tongan"], &["Nuku'alofa"], &[], &[]),
    c("KI", "Kiribati", &["Republic of Kiribati"], &["I-Kiribati"], &["South Tarawa", "Tarawa"], &[], &[]),
    c("TV", "Tuvalu", &[], &["Tuvaluan"], &["Funafuti"], &[], &[]),
    c("NR", "Nauru", &["Republic of Nauru"], &["Nauruan"], &["Yaren"], &[], &[]),
    c("PW", "Palau", &["Republic of Palau"], &["Palauan"], &["Ngerulmud"], &["Koror"], &[]),
    c("FM", "Micronesia", &["Federated States of Micronesia"], &["Micronesian"], &["Palikir"], &[], &[]),
    c("MH", "Marshall Islands", &["Republic of the Marshall Islands"], &["Marshallese"], &["Majuro"], &[], &[]),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn code_kind(name: &str) -> Option<(&'static str, PlaceKind)> {
        lookup(name).map(|p| (p.alpha2, p.kind))
    }

    /// (surface text, alpha2, kind) for every match, in order.
    fn found(text: &str) -> Vec<(&str, &'static str, PlaceKind)> {
        find_all(text)
            .into_iter()
            .map(|m| (&text[m.start..m.end], m.place.alpha2, m.place.kind))
            .collect()
    }

    #[test]
    fn lookup_basic_values() {
        assert_eq!(code_kind("Kazakh"), Some(("KZ", PlaceKind::Demonym)));
        assert_eq!(code_kind("Baku"), Some(("AZ", PlaceKind::Capital)));
        assert_eq!(code_kind("Türkiye"), Some(("TR", PlaceKind::Country)));
        assert_eq!(code_kind("Turkey"), Some(("TR", PlaceKind::Country)));
        assert_eq!(code_kind("Turkiye"), Some(("TR", PlaceKind::Country)));
        assert_eq!(code_kind("Azerbaijan's"), Some(("AZ", PlaceKind::Country)));
        assert_eq!(code_kind("Azerbaijan’s"), Some(("AZ", PlaceKind::Country)));
        assert_eq!(code_kind("Kazakhstan"), Some(("KZ", PlaceKind::Country)));
        assert_eq!(code_kind("Nur-Sultan"), Some(("KZ", PlaceKind::Capital)));
        assert_eq!(code_kind("Astana"), Some(("KZ", PlaceKind::Capital)));
        assert_eq!(code_kind("Almaty"), Some(("KZ", PlaceKind::City)));
        assert_eq!(code_kind("Karabakh"), Some(("AZ", PlaceKind::Region)));
        assert_eq!(code_kind("Xinjiang"), Some(("CN", PlaceKind::Region)));
        // Short forms and regions of the countries the wires cover.
        assert_eq!(code_kind("the Emirates"), Some(("AE", PlaceKind::Country)));
        assert_eq!(
            code_kind("the Islamic Republic"),
            Some(("IR", PlaceKind::Country))
        );
        assert_eq!(
            code_kind("Islamic Republic of Pakistan"),
            Some(("PK", PlaceKind::Country))
        );
        assert_eq!(
            code_kind("East Azerbaijan"),
            Some(("IR", PlaceKind::Region))
        );
        assert_eq!(code_kind("Zhambyl"), Some(("KZ", PlaceKind::Region)));
        assert_eq!(code_kind("Khatlon"), Some(("TJ", PlaceKind::Region)));
        assert_eq!(code_kind("Astara"), Some(("IR", PlaceKind::City)));
        assert_eq!(
            code_kind("Kyrgyz Republic"),
            Some(("KG", PlaceKind::Country))
        );
        assert_eq!(code_kind("Korea"), Some(("KR", PlaceKind::Country)));
        assert_eq!(code_kind("Korean"), Some(("KR", PlaceKind::Demonym)));
        assert_eq!(code_kind("North Korean"), Some(("KP", PlaceKind::Demonym)));
        assert_eq!(code_kind("UAE"), Some(("AE", PlaceKind::Country)));
        assert_eq!(code_kind("Emirati"), Some(("AE", PlaceKind::Demonym)));
        assert_eq!(code_kind("Burma"), Some(("MM", PlaceKind::Country)));
        assert_eq!(code_kind("Ivory Coast"), Some(("CI", PlaceKind::Country)));
        assert_eq!(code_kind("Cote d'Ivoire"), Some(("CI", PlaceKind::Country)));
        assert_eq!(code_kind("Côte d’Ivoire"), Some(("CI", PlaceKind::Country)));
        assert_eq!(code_kind("DRC"), Some(("CD", PlaceKind::Country)));
        assert_eq!(code_kind("Holland"), Some(("NL", PlaceKind::Country)));
        assert_eq!(
            code_kind("the Netherlands"),
            Some(("NL", PlaceKind::Country))
        );
        assert_eq!(code_kind("The Gambia"), Some(("GM", PlaceKind::Country)));
        assert_eq!(
            code_kind("Washington, D.C."),
            Some(("US", PlaceKind::Capital))
        );
        assert_eq!(code_kind("U.S.'s"), Some(("US", PlaceKind::Country)));
        assert_eq!(code_kind("Kazakhs"), Some(("KZ", PlaceKind::Demonym)));
        assert_eq!(code_kind("Kazakhs'"), Some(("KZ", PlaceKind::Demonym)));
        assert_eq!(code_kind("Czechs"), Some(("CZ", PlaceKind::Demonym)));
        assert_eq!(code_kind("St. George's"), Some(("GD", PlaceKind::Capital)));
        assert_eq!(code_kind("  Baku  "), Some(("AZ", PlaceKind::Capital)));
        // Derived spellings resolve to the table entry.
        assert_eq!(lookup("BAKU").map(|p| p.name), Some("Baku"));
        assert_eq!(lookup("Diyarbakir").map(|p| p.name), Some("Diyarbakır"));
        assert_eq!(lookup("Sao Paulo").map(|p| p.name), Some("São Paulo"));
        // Unknown and non-place strings.
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("Turkic"), None);
        assert_eq!(lookup("English"), None);
        assert_eq!(lookup("IN"), None);
        assert_eq!(lookup("IT"), None);
        assert_eq!(lookup("Male"), None);
        assert_eq!(lookup("kazakh"), None, "matching is case-sensitive");
        assert_eq!(lookup("Latin America"), None);
    }

    #[test]
    fn lookup_priority_country_over_capital_over_demonym() {
        assert_eq!(code_kind("Djibouti"), Some(("DJ", PlaceKind::Country)));
        assert_eq!(code_kind("Singapore"), Some(("SG", PlaceKind::Country)));
        assert_eq!(code_kind("Luxembourg"), Some(("LU", PlaceKind::Country)));
        assert_eq!(code_kind("Vatican City"), Some(("VA", PlaceKind::Country)));
        // The plural of the demonym "Lao" is the country name.
        assert_eq!(code_kind("Laos"), Some(("LA", PlaceKind::Country)));
        // The plural of "Philippine" is the country name.
        assert_eq!(code_kind("Philippines"), Some(("PH", PlaceKind::Country)));
    }

    #[test]
    fn find_all_sentence() {
        let text = "Kazakh President met his Azerbaijani counterpart in BAKU, Azerbaijan’s capital, and visited Kazakh-Chinese Khorgos.";
        let got = find_all(text);
        let expected = [
            ("Kazakh", 0, "KZ", PlaceKind::Demonym, "Kazakh"),
            ("Azerbaijani", 25, "AZ", PlaceKind::Demonym, "Azerbaijani"),
            ("BAKU", 52, "AZ", PlaceKind::Capital, "Baku"),
            ("Azerbaijan", 58, "AZ", PlaceKind::Country, "Azerbaijan"),
            ("Kazakh", 94, "KZ", PlaceKind::Demonym, "Kazakh"),
            ("Chinese", 101, "CN", PlaceKind::Demonym, "Chinese"),
            ("Khorgos", 109, "KZ", PlaceKind::City, "Khorgos"),
        ];
        assert_eq!(got.len(), expected.len(), "{got:?}");
        for (m, (surface, start, code, kind, name)) in got.iter().zip(expected) {
            assert_eq!(&text[m.start..m.end], surface);
            assert_eq!(m.start, start, "{surface}");
            assert_eq!(m.end, start + surface.len());
            assert_eq!(m.place.alpha2, code);
            assert_eq!(m.place.kind, kind);
            assert_eq!(m.place.name, name);
        }
        // The possessive is excluded: the match ends right before the ’.
        assert!(text[got[3].end..].starts_with("’s capital"));
    }

    #[test]
    fn no_match_inside_words() {
        for text in [
            "Russiannn",
            "Indiana",
            "Indianapolis",
            "Chinatown",
            "Perugia",
            "Malibu",
            "Chadwick",
            "USD",
            "Bakuý",
            "Türkiyeli",
            "xBaku",
            "Baku2",
            "9Baku",
            "Omaha",
            "Romanesque",
            "Georgiana",
            "Nigerias",
        ] {
            assert_eq!(find_all(text), vec![], "{text}");
        }
        assert_eq!(
            found("Nigeria"),
            vec![("Nigeria", "NG", PlaceKind::Country)]
        );
        assert_eq!(
            found("Dominican Republic"),
            vec![("Dominican Republic", "DO", PlaceKind::Country)]
        );
        // A decomposed accent glued to the name is part of the word.
        assert_eq!(
            found("Baku\u{301} is not Baku"),
            vec![("Baku", "AZ", PlaceKind::Capital)]
        );
        assert_eq!(
            find_all("Baku\u{301} is not Baku")[0].start,
            "Baku\u{301} is not ".len()
        );
    }

    #[test]
    fn us_forms() {
        assert_eq!(
            found("the U.S. said"),
            vec![("U.S.", "US", PlaceKind::Country)]
        );
        assert_eq!(
            found("U.S.-China trade"),
            vec![
                ("U.S.", "US", PlaceKind::Country),
                ("China", "CN", PlaceKind::Country)
            ]
        );
        assert_eq!(
            found("the U.S.A."),
            vec![("U.S.A.", "US", PlaceKind::Country)]
        );
        assert_eq!(
            found("US and UK"),
            vec![
                ("US", "US", PlaceKind::Country),
                ("UK", "GB", PlaceKind::Country)
            ]
        );
        assert_eq!(found("USA"), vec![("USA", "US", PlaceKind::Country)]);
        assert_eq!(found("US$ 5 million"), vec![]);
        assert_eq!(
            found("in Washington, D.C. today"),
            vec![("Washington, D.C.", "US", PlaceKind::Capital)]
        );
    }

    #[test]
    fn all_caps_datelines() {
        for (caps, code) in [
            ("BAKU", "AZ"),
            ("ASTANA", "KZ"),
            ("TASHKENT", "UZ"),
            ("NUR-SULTAN", "KZ"),
            ("MOSCOW", "RU"),
            ("ANKARA", "TR"),
            ("TBILISI", "GE"),
            ("BEIJING", "CN"),
            ("CAIRO", "EG"),
            ("RIYADH", "SA"),
            ("DUBAI", "AE"),
            ("ALMATY", "KZ"),
            ("ISTANBUL", "TR"),
            ("İSTANBUL", "TR"),
            ("KYIV", "UA"),
            ("WASHINGTON", "US"),
            ("ASHGABAT", "TM"),
            ("BISHKEK", "KG"),
            ("DUSHANBE", "TJ"),
            ("YEREVAN", "AM"),
            ("TEHRAN", "IR"),
            ("SÃO PAULO", "BR"),
            ("SAO PAULO", "BR"),
        ] {
            let text = format!("{caps}, Dec 5 (Reuters) -");
            let m = find_all(&text);
            assert_eq!(m.len(), 1, "{caps}: {m:?}");
            assert_eq!(
                (m[0].start, m[0].end, m[0].place.alpha2),
                (0, caps.len(), code),
                "{caps}"
            );
            assert_eq!(lookup(caps).map(|p| p.alpha2), Some(code), "{caps}");
        }
        // Short names get no all-caps form: "OSH" reads as an acronym.
        assert_eq!(lookup("OSH"), None);
        assert_eq!(code_kind("Osh"), Some(("KG", PlaceKind::City)));
    }

    #[test]
    fn multibyte_and_apostrophes() {
        assert_eq!(
            found("Türkiye’s exports"),
            vec![("Türkiye", "TR", PlaceKind::Country)]
        );
        assert_eq!(
            found("Türkiye's exports"),
            vec![("Türkiye", "TR", PlaceKind::Country)]
        );
        assert_eq!(
            found("İzmir and Izmir"),
            vec![
                ("İzmir", "TR", PlaceKind::City),
                ("Izmir", "TR", PlaceKind::City)
            ]
        );
        assert_eq!(
            found("in Xi’an’s suburbs"),
            vec![("Xi’an", "CN", PlaceKind::City)]
        );
        assert_eq!(found("in Xi'an"), vec![("Xi'an", "CN", PlaceKind::City)]);
        assert_eq!(
            found("Côte d’Ivoire"),
            vec![("Côte d’Ivoire", "CI", PlaceKind::Country)]
        );
        assert_eq!(found("«Baku»"), vec![("Baku", "AZ", PlaceKind::Capital)]);
        assert_eq!(
            found("日本Baku。"),
            vec![],
            "CJK letters are alphanumeric, so no boundary"
        );
        assert_eq!(
            found("日本 Baku。"),
            vec![("Baku", "AZ", PlaceKind::Capital)]
        );
        assert_eq!(
            found("People’s Republic of China"),
            vec![("People’s Republic of China", "CN", PlaceKind::Country)]
        );
    }

    #[test]
    fn hyphenated_compounds_and_plurals() {
        assert_eq!(
            found("Kazakh-Chinese"),
            vec![
                ("Kazakh", "KZ", PlaceKind::Demonym),
                ("Chinese", "CN", PlaceKind::Demonym)
            ]
        );
        assert_eq!(
            found("the Uzbek-Kyrgyz-Chinese railway"),
            vec![
                ("Uzbek", "UZ", PlaceKind::Demonym),
                ("Kyrgyz", "KG", PlaceKind::Demonym),
                ("Chinese", "CN", PlaceKind::Demonym),
            ]
        );
        assert_eq!(
            found("pro-Russian"),
            vec![("Russian", "RU", PlaceKind::Demonym)]
        );
        // A hyphen inside a listed name keeps the name whole.
        assert_eq!(
            found("Guinea-Bissau"),
            vec![("Guinea-Bissau", "GW", PlaceKind::Country)]
        );
        assert_eq!(
            found("Jalal-Abad"),
            vec![("Jalal-Abad", "KG", PlaceKind::City)]
        );
        assert_eq!(
            found("two Kazakhs and three Azerbaijanis"),
            vec![
                ("Kazakhs", "KZ", PlaceKind::Demonym),
                ("Azerbaijanis", "AZ", PlaceKind::Demonym),
            ]
        );
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            found("People's Republic of China"),
            vec![("People's Republic of China", "CN", PlaceKind::Country)]
        );
        assert_eq!(
            found("Republic of China"),
            vec![("Republic of China", "TW", PlaceKind::Country)]
        );
        assert_eq!(
            found("Democratic People's Republic of Korea"),
            vec![(
                "Democratic People's Republic of Korea",
                "KP",
                PlaceKind::Country
            )]
        );
        assert_eq!(
            found("South Sudan"),
            vec![("South Sudan", "SS", PlaceKind::Country)]
        );
        assert_eq!(
            found("Papua New Guinea"),
            vec![("Papua New Guinea", "PG", PlaceKind::Country)]
        );
        assert_eq!(
            found("Inner Mongolia"),
            vec![("Inner Mongolia", "CN", PlaceKind::Region)]
        );
        assert_eq!(
            found("Saudi Arabia"),
            vec![("Saudi Arabia", "SA", PlaceKind::Country)]
        );
        assert_eq!(
            found("Russian Federation"),
            vec![("Russian Federation", "RU", PlaceKind::Country)]
        );
        assert_eq!(
            found("British Columbia"),
            vec![("British Columbia", "CA", PlaceKind::Region)]
        );
        assert_eq!(
            found("New Mexico"),
            vec![("New Mexico", "US", PlaceKind::Region)]
        );
        assert_eq!(
            found("Benin City"),
            vec![("Benin City", "NG", PlaceKind::City)]
        );
        assert_eq!(found("Lao Cai"), vec![("Lao Cai", "VN", PlaceKind::City)]);
    }

    #[test]
    fn head_lookup_finds_what_a_scan_of_every_pattern_finds() {
        // At every byte of these texts, the hashed heads give the longest
        // pattern on word boundaries that a scan of the whole pattern list
        // gives: names of one to many bytes, names with shorter names
        // inside ("Santiago de Cuba"), glued letters, capitals, curly
        // apostrophes, two-letter codes and the not-places phrases.
        let index: &Index = &INDEX;
        let texts = [
            "Santiago de Cubano. South Sudan, xSouth Sudan; Papua New Guinea's UK, US and U.S.$ 5",
            "BAKU, Azerbaijan: Côte d’Ivoire and Xi’an; Latin America, LATIN AMERICA, Indiana, India",
            "Kazakhs, Azerbaijanis and Guinea-Bissau; UAE, Lao Cai, Laos. Türkiye Turkiye NUR-SULTAN",
        ];
        for text in texts {
            for start in (0..text.len()).filter(|&k| text.is_char_boundary(k)) {
                let want = index
                    .patterns
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| text.as_bytes()[start..].starts_with(p))
                    .filter(|(_, p)| at_word_boundaries(text, start, start + p.len()))
                    .max_by_key(|(_, p)| p.len())
                    .map(|(id, p)| (start + p.len(), id));
                assert_eq!(
                    index.longest_bounded_at(text, start),
                    want,
                    "{text:?} at {start}"
                );
            }
        }
    }

    #[test]
    fn boundary_failure_keeps_shorter_and_later_matches() {
        // The longest name at position 0 ("Santiago de Cuba") is glued to "no";
        // the shorter "Santiago" at the same position is a whole word.
        let text = "Santiago de Cubano";
        let m = find_all(text);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!((m[0].start, m[0].end, m[0].place.alpha2), (0, 8, "CL"));

        // The leftmost name ("South Sudan" at 1) fails its start boundary; a
        // name starting inside it ("Sudan" at 7) must still be found.
        let text = "xSouth Sudan";
        let m = find_all(text);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!((m[0].start, m[0].end, m[0].place.alpha2), (7, 12, "SD"));

        // A rejected match before a valid one.
        assert_eq!(
            found("Indiana and India"),
            vec![("India", "IN", PlaceKind::Country)]
        );
        assert_eq!(
            found("Indianapolis, Indian"),
            vec![("Indian", "IN", PlaceKind::Demonym)]
        );
        assert_eq!(
            found("Chinatown-China"),
            vec![("China", "CN", PlaceKind::Country)]
        );
    }

    #[test]
    fn not_places_are_skipped() {
        assert_eq!(found("Latin America and South American markets"), vec![]);
        assert_eq!(found("across the Indian Ocean"), vec![]);
        assert_eq!(found("the South China Sea"), vec![]);
        assert_eq!(found("LATIN AMERICA"), vec![]);
        assert_eq!(
            found("AMERICA"),
            vec![("AMERICA", "US", PlaceKind::Country)]
        );
        assert_eq!(
            found("North America, then Mexico"),
            vec![("Mexico", "MX", PlaceKind::Country)]
        );
    }

    #[test]
    fn ambiguous_names_only_in_lookup() {
        assert_eq!(found("Mary Smith met Victoria Santos"), vec![]);
        assert_eq!(code_kind("Mary"), Some(("TM", PlaceKind::City)));
        assert_eq!(code_kind("Victoria"), Some(("SC", PlaceKind::Capital)));
        assert_eq!(capital("SC"), Some("Victoria"));
    }

    #[test]
    fn weird_input_does_not_panic() {
        for text in [
            "",
            " ",
            "'",
            "’",
            "’s",
            "-",
            "U.",
            "U.S",
            "Kaz",
            "Kazakhsta",
            "Azerbaija",
            "in Nur-Sul",
            "in BAK",
            "Côte d’",
            "\u{301}",
            "Baku\u{301}",
            "\u{0}\u{FFFF}\u{10FFFF}",
            "🇰🇿 Kazakhstan 🇦🇿",
            "ÉÉÉ",
            "İİİ",
            "Türki",
            "...Baku",
            "Baku",
            "BakuBaku Baku",
        ] {
            let ms = find_all(text);
            check_invariants(text, &ms);
        }
        assert_eq!(found("in Nur-Sul"), vec![]);
        assert_eq!(found("Kazakhsta"), vec![]);
        assert_eq!(found("Baku"), vec![("Baku", "AZ", PlaceKind::Capital)]);
        assert_eq!(
            found("🇰🇿 Kazakhstan 🇦🇿"),
            vec![("Kazakhstan", "KZ", PlaceKind::Country)]
        );
        assert_eq!(
            found("BakuBaku Baku"),
            vec![("Baku", "AZ", PlaceKind::Capital)]
        );
    }

    fn check_invariants(text: &str, ms: &[PlaceMatch]) {
        let mut last_end = 0;
        for m in ms {
            assert!(
                m.start >= last_end && m.start < m.end && m.end <= text.len(),
                "{text:?}: {ms:?}"
            );
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert!(at_word_boundaries(text, m.start, m.end));
            assert_eq!(lookup(&text[m.start..m.end]), Some(m.place), "{text:?}");
            last_end = m.end;
        }
    }

    #[test]
    fn fuzz_arbitrary_unicode() {
        // Deterministic pseudo-random text mixing names, fragments, ASCII,
        // punctuation and multi-byte characters.
        let pieces = [
            "Baku",
            "BAKU",
            "Kazakh",
            "stan",
            "Türkiye",
            "’s",
            "'s",
            "-",
            " ",
            ".",
            "U.S",
            "U.S.",
            "Nur-",
            "Sultan",
            "ü",
            "İ",
            "\u{301}",
            "日本",
            "🇰🇿",
            "Xi",
            "’an",
            "Santiago de Cub",
            "a",
            "India",
            "na",
            "Guinea",
            "-Bissau",
            "South ",
            "Sudan",
            "\u{0}",
            "ß",
            "Ω",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..2000 {
            let mut text = String::new();
            let len = (state % 12) as usize;
            for _ in 0..len {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            check_invariants(&text, &find_all(&text));
        }
        // Random chars from all planes.
        for _ in 0..500 {
            let mut text = String::new();
            for _ in 0..40 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                if let Some(ch) = char::from_u32(((state >> 33) % 0x11_0000) as u32) {
                    text.push(ch);
                }
            }
            check_invariants(&text, &find_all(&text));
        }
    }

    #[test]
    fn large_text_is_linear_enough() {
        let unit = "Indiana xSouth Sudan Kazakh-Chinese BAKU, Azerbaijan’s capital. ";
        let text = unit.repeat(20_000);
        let ms = find_all(&text);
        assert_eq!(ms.len(), 20_000 * 5);
    }

    #[test]
    fn first_words_of_names() {
        for w in [
            "Baku",
            "New",
            "Latin",
            "Xi'an",
            "U.S.",
            "Kazakhstan's",
            "BAKU",
        ] {
            assert!(place_starts(w) != (false, false), "{w}");
        }
        for w in ["President", "Aliyev", "baku", "", "Minister"] {
            assert_eq!(place_starts(w), (false, false), "{w}");
        }
        assert_eq!(place_starts("Baku"), (true, false));
        assert!(!place_starts("The").0);
        assert!(place_starts("New").1 && place_starts("U").1);
    }

    #[test]
    fn codes_are_valid_and_unique() {
        let mut seen = HashSet::new();
        for r in ROWS {
            assert!(
                r.alpha2.len() == 2 && r.alpha2.bytes().all(|b| b.is_ascii_uppercase()),
                "{}",
                r.alpha2
            );
            assert!(seen.insert(r.alpha2), "duplicate {}", r.alpha2);
        }
        const UN_MEMBERS: &str = "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA \
            CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW \
            GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR \
            MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM \
            ST SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU \
            VE VN YE ZM ZW";
        let un: Vec<&str> = UN_MEMBERS.split_whitespace().collect();
        assert_eq!(un.len(), 193);
        for code in un.iter().chain(&["TW", "XK", "PS", "HK", "MO", "VA"]) {
            assert!(is_country_code(code), "missing {code}");
        }
        assert_eq!(ROWS.len(), 199);
        assert!(!is_country_code("ZZ"));
        assert!(!is_country_code("kz"));
        assert!(!is_country_code(""));
        assert!(!is_country_code("KAZ"));
    }

    #[test]
    fn country_name_and_capital() {
        assert_eq!(country_name("KZ"), Some("Kazakhstan"));
        assert_eq!(country_name("TR"), Some("Türkiye"));
        assert_eq!(country_name("US"), Some("United States"));
        assert_eq!(country_name("GB"), Some("United Kingdom"));
        assert_eq!(country_name("RU"), Some("Russia"));
        assert_eq!(country_name("KR"), Some("South Korea"));
        assert_eq!(country_name("KP"), Some("North Korea"));
        assert_eq!(country_name("CZ"), Some("Czech Republic"));
        assert_eq!(country_name("AE"), Some("United Arab Emirates"));
        assert_eq!(country_name("XX"), None);
        assert_eq!(capital("AZ"), Some("Baku"));
        assert_eq!(capital("KZ"), Some("Astana"));
        assert_eq!(capital("UA"), Some("Kyiv"));
        assert_eq!(capital("US"), Some("Washington"));
        assert_eq!(capital("HK"), None);
        assert_eq!(capital("XX"), None);
        for r in ROWS {
            let name = country_name(r.alpha2).unwrap();
            let p = lookup(name).unwrap();
            assert_eq!(
                (p.alpha2, p.kind, p.name),
                (r.alpha2, PlaceKind::Country, name)
            );
            if let Some(cap) = capital(r.alpha2) {
                let p = lookup(cap).unwrap();
                assert_eq!(p.alpha2, r.alpha2, "{cap}");
                assert!(
                    p.kind == PlaceKind::Capital || (p.kind == PlaceKind::Country && p.name == cap),
                    "{cap}"
                );
            } else {
                assert!(
                    matches!(r.alpha2, "HK" | "MO"),
                    "{} has no capital",
                    r.alpha2
                );
            }
        }
    }

    #[test]
    fn every_table_name_resolves_to_its_own_country() {
        for r in ROWS {
            let all = [r.alt, r.demonyms, r.capitals, r.cities, r.regions].concat();
            for name in all.iter().chain(&[r.name]) {
                assert!(!name.is_empty() && name.trim() == *name, "{name:?}");
                assert!(!name.contains('’'), "write ' in the table: {name}");
                let p = lookup(name).unwrap_or_else(|| panic!("{name} not found"));
                assert_eq!(
                    p.alpha2, r.alpha2,
                    "{name} is claimed by {} and {}",
                    p.alpha2, r.alpha2
                );
                let folded = fold_diacritics(name);
                assert!(
                    folded.is_ascii(),
                    "fold_diacritics misses a character in {name}: {folded}"
                );
                if !BLOCKED_VARIANTS.contains(&folded.as_str()) {
                    assert_eq!(
                        lookup(&folded).map(|p| p.alpha2),
                        Some(r.alpha2),
                        "{folded}"
                    );
                }
            }
        }
        // Every ambiguity-listed name is in the table.
        for name in TEXT_AMBIGUOUS {
            assert!(lookup(name).is_some(), "{name}");
        }
    }

    #[test]
    fn no_two_letter_english_words() {
        for p in &INDEX.places {
            if p.name.chars().count() <= 2 {
                assert!(p.name.chars().all(|c| c.is_ascii_uppercase()), "{}", p.name);
            }
        }
        assert!(INDEX.places.len() > 1500, "{}", INDEX.places.len());
    }
}
