//! The article seen as "units": words joined across inner hyphens and
//! apostrophes ("Aidar-Bek", "O'Neill", "Vice-President"), each with
//! its lower-case form, the word classes of the lexicons, and the places
//! and roles that start on it. Every other pass reads this view.

use std::borrow::Cow;

use aho_corasick::{Anchored, Input};

use crate::Span;
use crate::extract::actors::Lowered;
use crate::extract::places::Places;
use crate::lexicon::geo::{self, PlaceKind, PlaceMatch};
use crate::lexicon::titles::class as tc;
use crate::lexicon::titles::{self, ROLES, Role};
use crate::lexicon::tokens::{Lexical, lexical, short_lexical};
use crate::lexicon::words::MAX_WORD;
use crate::scan::{Scan, Token, TokenKind};

/// One unit: a word (possibly hyphenated), a number or a punctuation mark.
#[derive(Debug, Clone)]
pub(super) struct Unit {
    /// Where it is in the text.
    pub span: Span,
    /// A word (letters, possibly joined by inner hyphens or apostrophes).
    pub word: bool,
    /// Holds characters other than ASCII (or is a backtick): its lower
    /// case is written out in [`Doc::wide`], where an ASCII unit's is its
    /// own span in [`Doc::lowered`] (read either with [`Doc::low`]).
    pub wide: bool,
    /// Where a wide unit's text, lower case, with typographic apostrophes
    /// made plain, is in [`Doc::wide`]; nothing for an ASCII unit.
    pub lower: (u32, u32),
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Two or more letters, all upper case ("KTZ", "HPA").
    pub acronym: bool,
    /// White space stands before it.
    pub space_before: bool,
    /// A line break stands before it.
    pub line_before: bool,
    /// Index of its sentence in the scan (32 bits, which keeps the unit
    /// at 40 bytes: an article has far fewer sentences).
    pub sentence: u32,
    /// Word classes from the title lexicon ([`titles::class`]).
    pub tclass: u16,
    /// Word classes from the organization lexicon
    /// ([`orgs::class`](crate::lexicon::orgs::class)).
    pub oclass: u16,
    /// A word that can be part of a person's name by itself (see
    /// [`nameable`], which adds what depends on the context).
    pub name_word: bool,
    /// The first word of some role phrase: a role may start here.
    pub role_start: bool,
}

impl Unit {
    /// Whether the unit may be part of an organization's name as a word:
    /// an acronym, or a capitalized word that is no function word.
    #[inline]
    pub fn org_word(&self) -> bool {
        // `|` and `&`, not `||` and `&&`: all of it is read at once, with
        // no branch ([`unit_marks`] asks it of every unit).
        self.acronym | (self.word & self.cap & !has(self, tc::FUNCTION))
    }
}

/// Bits of [`Doc::marks`]: what the places, roles and organizations found
/// make of each unit.
pub(super) mod mark {
    /// A place name starts here (in [`super::Doc::geo_at`]).
    pub const GEO: u8 = 1;
    /// Inside a place name.
    pub const IN_GEO: u8 = 2;
    /// A role phrase starts here (in [`super::Doc::role_at`]).
    pub const ROLE: u8 = 4;
    /// Inside a recognized organization name: never part of a person's
    /// name.
    pub const BLOCKED: u8 = 8;
    // The bits below copy what a unit is by itself ([`super::unit_marks`]),
    // so that the passes looking for the few units they start on read one
    // byte a unit, not the whole unit (a unit is 40 bytes: an article's
    // units do not stay in the first-level cache, its marks do), and test
    // one bit where they tested several fields one after the other.
    /// [`super::Unit::name_word`].
    pub const NAME_WORD: u8 = 16;
    /// [`super::Unit::cap`].
    pub const CAP: u8 = 32;
    /// A word that may be part of an organization's name
    /// ([`super::Unit::org_word`]).
    pub const ORG_WORD: u8 = 64;
    /// [`super::Unit::role_start`].
    pub const ROLE_START: u8 = 128;
}

/// A place name found in the text, on unit boundaries.
#[derive(Debug, Clone, Copy)]
pub(super) struct GeoHit {
    /// First unit.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
    /// Country code of the place.
    pub alpha2: &'static str,
    /// Country, demonym, capital, city or region.
    pub kind: PlaceKind,
}

/// A role phrase found in the text, on unit boundaries.
#[derive(Debug, Clone, Copy)]
pub(super) struct RoleHit {
    /// First unit.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
    /// The role.
    pub role: &'static Role,
    /// Written in the plural ("Presidents").
    pub plural: bool,
}

/// The article as units, with places and roles.
pub(super) struct Doc<'a> {
    pub text: &'a str,
    pub units: Vec<Unit>,
    /// The text with its ASCII capitals made lower case, shared with the
    /// event extractors ([`Lowered::ascii_lowered`]): an ASCII unit's
    /// lower case is its own span there.
    lowered: Cow<'a, str>,
    /// The lower-case forms of the units with other than ASCII characters
    /// ("Şəki", "Azerbaijan’s"), one after the other.
    wide: String,
    /// What each unit is part of, as [`mark`] bits.
    marks: Vec<u8>,
    /// The places found, in text order, one at most per first unit (the
    /// unit marked [`mark::GEO`]). Kept apart from the units, and not as
    /// one slot per unit, because an article has a few dozen: a slot per
    /// unit was a large, mostly empty allocation per article.
    geos: Vec<GeoHit>,
    /// The role phrases found, in text order (first unit marked
    /// [`mark::ROLE`]); kept apart for the same reason.
    roles: Vec<RoleHit>,
}

impl<'a> Doc<'a> {
    /// Builds the unit view of the tokens in `range` of `scan`, searching
    /// the text's place names and lower-casing its tokens afresh.
    #[cfg(test)]
    pub fn new(scan: &Scan<'a>, range: std::ops::Range<usize>) -> Doc<'a> {
        let lowered = Lowered::new(scan);
        let (units, wide) = build_units(scan, range, &lowered);
        let lowered = Cow::Owned(lowered.into_ascii_lowered());
        Doc::with_units(scan.text, units, lowered, wide, &Places::new(scan.text))
    }

    /// Builds the unit view of the tokens in `range` of `scan`, reading the
    /// place names of `places` (the text's, searched once for all
    /// extractors) and the lower-cased text of `lowered` (made from the
    /// same scan, shared with the event extractors).
    pub fn with_places(
        scan: &Scan<'a>,
        range: std::ops::Range<usize>,
        places: &Places<'_>,
        lowered: &'a Lowered,
    ) -> Doc<'a> {
        let (units, wide) = build_units(scan, range, lowered);
        let lowered = Cow::Borrowed(lowered.ascii_lowered());
        Doc::with_units(scan.text, units, lowered, wide, places)
    }

    /// The view of `units` of `text`, their lower case in `lowered` and
    /// `wide`, with the places of `places` and the roles marked.
    fn with_units(
        text: &'a str,
        units: Vec<Unit>,
        lowered: Cow<'a, str>,
        wide: String,
        places: &Places<'_>,
    ) -> Doc<'a> {
        let mut doc = Doc {
            text,
            lowered,
            wide,
            marks: vec![0; units.len()],
            // Sized for every place of the text (places found in a part
            // alone are about as many), so that the list does not grow.
            geos: Vec::with_capacity(places.all().len()),
            // Room for the roles of an article that has one every 64
            // units or fewer (news copy has one every hundred or so), so
            // that the list seldom grows.
            roles: Vec::with_capacity(units.len() / 64 + 4),
            units,
        };
        for (m, u) in doc.marks.iter_mut().zip(&doc.units) {
            *m |= unit_marks(u);
        }
        doc.find_places(places);
        doc.places_as_stated();
        doc.find_roles();
        doc
    }

    /// The place starting at unit `i`, if any.
    #[inline]
    pub fn geo_at(&self, i: usize) -> Option<GeoHit> {
        if !self.has_geo(i) {
            return None;
        }
        starting_at(&self.geos, i, |g| g.start)
    }

    /// Whether unit `i` carries the [`mark`] bit `bit`.
    #[inline]
    fn marked(&self, i: usize, bit: u8) -> bool {
        self.marks.get(i).is_some_and(|m| m & bit != 0)
    }

    /// The first unit from `i` on that carries one of the [`mark`] bits
    /// of `bits`, or [`Doc::len`] when none does. The passes that start on
    /// few units (capitals, name words, role words) skip the others with
    /// it, eight at a time.
    #[inline]
    pub fn next_marked(&self, i: usize, bits: u8) -> usize {
        next_with(&self.marks, i, bits)
    }

    /// The places found, in text order.
    pub fn geos(&self) -> &[GeoHit] {
        &self.geos
    }

    /// Whether unit `i` is inside a place name.
    #[inline]
    pub fn in_geo(&self, i: usize) -> bool {
        self.marked(i, mark::IN_GEO)
    }

    /// Whether a place starts at unit `i` (as `geo_at(i).is_some()`,
    /// without the search).
    #[inline]
    pub fn has_geo(&self, i: usize) -> bool {
        self.marked(i, mark::GEO)
    }

    /// Whether a role phrase starts at unit `i` (as `role_at(i).is_some()`,
    /// without the search).
    #[inline]
    pub fn has_role(&self, i: usize) -> bool {
        self.marked(i, mark::ROLE)
    }

    /// The role phrase starting at unit `i`, if any.
    #[inline]
    pub fn role_at(&self, i: usize) -> Option<RoleHit> {
        if !self.has_role(i) {
            return None;
        }
        starting_at(&self.roles, i, |h| h.start)
    }

    /// The role phrases found, in text order.
    pub fn roles(&self) -> &[RoleHit] {
        &self.roles
    }

    /// Whether unit `i` may be part of an organization's name as a word
    /// ([`Unit::org_word`]).
    #[inline]
    pub fn org_word(&self, i: usize) -> bool {
        self.marked(i, mark::ORG_WORD)
    }

    /// Whether unit `i` is inside a recognized organization name.
    #[inline]
    pub fn blocked(&self, i: usize) -> bool {
        self.marked(i, mark::BLOCKED)
    }

    /// Marks units `a..b` as inside a recognized organization name.
    pub fn block(&mut self, a: usize, b: usize) {
        for m in self.marks.iter_mut().take(b).skip(a) {
            *m |= mark::BLOCKED;
        }
    }

    /// Number of units.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// The text of unit `i` ("" when out of range).
    pub fn s(&self, i: usize) -> &'a str {
        self.units
            .get(i)
            .and_then(|u| self.text.get(u.span.range()))
            .unwrap_or("")
    }

    /// Where unit `u`'s lower-case text is: the buffer and the byte range
    /// in it ([`Doc::wide`] for a wide unit, else its own span in
    /// [`Doc::lowered`]).
    #[inline]
    fn lower_of(&self, u: &Unit) -> (&str, std::ops::Range<usize>) {
        if u.wide {
            (&self.wide, u.lower.0 as usize..u.lower.1 as usize)
        } else {
            (&self.lowered, u.span.range())
        }
    }

    /// The lower-case text of unit `i` ("" when out of range).
    pub fn low(&self, i: usize) -> &str {
        self.units
            .get(i)
            .and_then(|u| {
                let (buf, r) = self.lower_of(u);
                buf.get(r)
            })
            .unwrap_or("")
    }

    /// Whether unit `i` is the lower-case word `w`.
    pub fn is(&self, i: usize, w: &str) -> bool {
        // Compared as bytes: equal bytes are equal text, and no character
        // boundary needs checking.
        self.units.get(i).is_some_and(|u| {
            let (buf, r) = self.lower_of(u);
            buf.as_bytes().get(r) == Some(w.as_bytes())
        })
    }

    /// Whether unit `i` is a word starting with a capital.
    pub fn cap(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.word && u.cap)
    }

    /// Whether units `i` and `j` are in the same sentence.
    pub fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.units.get(i), self.units.get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// The span covering units `a..b` (empty span at the end of text when
    /// the range is empty or out of bounds).
    pub fn span(&self, a: usize, b: usize) -> Span {
        match (
            self.units.get(a),
            b.checked_sub(1).and_then(|l| self.units.get(l)),
        ) {
            (Some(x), Some(y)) if a < b => Span::new(x.span.start, y.span.end),
            _ => Span::new(self.text.len(), self.text.len()),
        }
    }

    /// The text of units `a..b`.
    pub fn text_of(&self, a: usize, b: usize) -> &'a str {
        if a >= b {
            return "";
        }
        self.text.get(self.span(a, b).range()).unwrap_or("")
    }

    /// Whether units `i..i+3` are a possessive mark ("'s", "’s", "’" after a
    /// plural) and how many units it takes.
    pub fn possessive(&self, i: usize) -> usize {
        let Some(u) = self.units.get(i) else { return 0 };
        if u.space_before || !matches!(self.low(i), "'" | "`") {
            return 0;
        }
        match self.units.get(i + 1) {
            Some(n) if !n.space_before && self.low(i + 1) == "s" => 2,
            _ => 1,
        }
    }

    /// Marks the places of the geo lexicon that sit on unit boundaries.
    ///
    /// Every place name starts with a capital, so the (costly) matcher
    /// reads only the stretches of text that start on a capitalized unit
    /// and run over capitalized units, attached punctuation ("U.S.") and
    /// short lower-case connectors between capitals ("Bosnia and
    /// Herzegovina", "Republic of the Congo"), not the whole text.
    #[inline(never)]
    fn find_places(&mut self, places: &Places<'_>) {
        let n = self.units.len();
        let mut i = self.next_marked(0, mark::CAP);
        while i < n {
            let mut a = i;
            // A unit glued to the one before keeps that one in view, so
            // word boundaries are judged as in the whole text.
            if a > 0 && !self.units[a].space_before {
                a -= 1;
            }
            let mut b = i + 1;
            while b < n {
                let u = &self.units[b];
                if u.cap || !u.space_before || u.word && self.connects(b) {
                    b += 1;
                } else {
                    break;
                }
            }
            // The places a search of the stretch alone finds; most
            // stretches (people's names, "The …") have none, which a look
            // at the article's places tells at once.
            let found = match (self.units.get(a), self.units.get(b - 1)) {
                (Some(first), Some(last)) if places.may_find(first.span.start, last.span.end) => {
                    places.within(first.span.start, last.span.end)
                }
                _ => Cow::Borrowed(&[][..]),
            };
            // A stretch with no word a place name starts with is not read.
            // A word that only starts longer names counts when more of the
            // stretch follows it (a lone "The" or "New" starts none).
            if !found.is_empty()
                && (i..b).any(|k| {
                    self.units[k].cap && {
                        let (alone, longer) = geo::place_starts(self.s(k));
                        alone || longer && k + 1 < b
                    }
                })
            {
                self.places_in(&found, a, b);
            }
            i = self.next_marked(b, mark::CAP);
        }
    }

    /// A town the lexicon files under one country but the article places
    /// in another ("the Khorgos port in northwest China's Xinjiang": border
    /// towns share names) takes the article's country, in every mention.
    /// The pattern is the town, at most three lower-case words, "in",
    /// at most two more ("the", "northwest"), then the country.
    #[inline(never)]
    fn places_as_stated(&mut self) {
        let mut moved: Vec<(&'a str, &'static str)> = Vec::new();
        // Only towns move, so only the units a town starts on are read.
        let towns = self.geos.iter().filter(|g| g.kind == PlaceKind::City);
        for &g in towns {
            let i = g.start;
            let mut k = g.end;
            let lower_word =
                |d: &Doc<'_>, j: usize| d.units.get(j).is_some_and(|u| u.word && !u.cap);
            while k < g.end + 3 && lower_word(self, k) && !self.is(k, "in") {
                k += 1;
            }
            if !self.is(k, "in") || !self.same_sentence(i, k) {
                continue;
            }
            k += 1;
            let from = k;
            while k < from + 2 && lower_word(self, k) {
                k += 1;
            }
            if let Some(c) = self.geo_at(k)
                && c.kind == PlaceKind::Country
                && c.alpha2 != g.alpha2
                && self.same_sentence(i, k)
            {
                moved.push((self.text_of(g.start, g.end), c.alpha2));
            }
        }
        for (name, country) in moved {
            for k in 0..self.geos.len() {
                let Some(&g) = self.geos.get(k) else { break };
                if g.kind == PlaceKind::City
                    && self.text_of(g.start, g.end) == name
                    && let Some(slot) = self.geos.get_mut(k)
                {
                    slot.alpha2 = country;
                }
            }
        }
    }

    /// Whether the lower-case word at unit `k` joins two capitalized parts
    /// of a place name: a short connector before a capital, possibly
    /// through a second one ("of the Congo"), or a word with a capital
    /// inside ("d'Ivoire").
    fn connects(&self, k: usize) -> bool {
        let short = |j: usize| {
            self.units
                .get(j)
                .is_some_and(|u| u.word && !u.cap && self.low(j).len() <= 4)
        };
        let cap = |j: usize| self.units.get(j).is_some_and(|u| u.cap);
        let inner_cap = || {
            // ASCII text byte by byte; other text character by character.
            let s = self.s(k);
            if s.is_ascii() {
                s.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                s.chars().any(char::is_uppercase)
            }
        };
        short(k) && (cap(k + 1) || short(k + 1) && cap(k + 2)) || inner_cap()
    }

    /// Marks the places `found` in units `a..b` (what a search of their
    /// text alone finds).
    fn places_in(&mut self, found: &[PlaceMatch], a: usize, b: usize) {
        // A match lies inside the stretch, so its units are found among
        // the stretch's own.
        let (from, to) = (a, b);
        for m in found {
            let (s, e) = (m.start, m.end);
            let stretch = self.units.get(from..to).unwrap_or(&[]);
            let a = from + stretch.partition_point(|u| u.span.start < s);
            let Some(ua) = self.units.get(a) else {
                continue;
            };
            if ua.span.start != s {
                continue;
            }
            let b = from + stretch.partition_point(|u| u.span.end <= e);
            if b == 0 || self.units.get(b - 1).is_none_or(|u| u.span.end != e) {
                continue;
            }
            for m in self.marks.iter_mut().take(b).skip(a) {
                *m |= mark::IN_GEO;
            }
            let Some(first) = self.marks.get_mut(a) else {
                continue;
            };
            *first |= mark::GEO;
            let hit = GeoHit {
                start: a,
                end: b,
                alpha2: m.place.alpha2,
                kind: m.place.kind,
            };
            // Stretches are read in text order, and a later match at the
            // same unit replaces the earlier one (as a slot per unit did).
            match self.geos.binary_search_by_key(&a, |g| g.start) {
                Ok(k) => self.geos[k] = hit,
                Err(k) => self.geos.insert(k, hit),
            }
        }
    }

    /// Marks the role phrases of the title lexicon, matched at unit starts
    /// so that a role inside a longer word never hides a real one.
    #[inline(never)]
    fn find_roles(&mut self) {
        let matcher = titles::role_matcher();
        let n = self.units.len();
        // Role phrases are matched on the units' stretch of text with line
        // breaks and tabs read as spaces (one byte for one, so offsets
        // stay), so that a hard-wrapped "Cabinet of\nMinisters" is the
        // phrase it is on one line.
        let base = self.units.first().map_or(0, |u| u.span.start);
        let top = self.units.last().map_or(base, |u| u.span.end);
        // Byte for byte: these three characters are ASCII, never part of
        // another character, and the matcher reads bytes.
        let stretch = self.text.as_bytes().get(base..top).unwrap_or(&[]);
        let breaks = |b: &u8| matches!(b, b'\n' | b'\r' | b'\t');
        let hay: std::borrow::Cow<'_, [u8]> = if stretch.iter().any(breaks) {
            stretch
                .iter()
                .map(|b| if breaks(b) { b' ' } else { *b })
                .collect::<Vec<u8>>()
                .into()
        } else {
            stretch.into()
        };
        let mut i = self.next_marked(0, mark::ROLE_START);
        while i < n {
            let u = &self.units[i];
            let Some(from) = u.span.start.checked_sub(base) else {
                i = self.next_marked(i + 1, mark::ROLE_START);
                continue;
            };
            let input = Input::new(hay.as_ref())
                .range(from..hay.len())
                .anchored(Anchored::Yes);
            let hit = matcher.try_find(input).ok().flatten().and_then(|m| {
                let m_end = m.end() + base;
                let b = self.units.partition_point(|x| x.span.end <= m_end);
                let aligned = b > i && self.units.get(b - 1).is_some_and(|x| x.span.end == m_end);
                let p = m.pattern().as_usize();
                let role = ROLES.get(p / 2)?;
                aligned.then_some(RoleHit {
                    start: i,
                    end: b,
                    role,
                    plural: p % 2 == 1,
                })
            });
            match hit {
                Some(h) if self.role_allowed(&h) => {
                    // Read in text order: the list stays sorted.
                    self.roles.push(h);
                    if let Some(m) = self.marks.get_mut(i) {
                        *m |= mark::ROLE;
                    }
                    i = self.next_marked(h.end, mark::ROLE_START);
                }
                _ => i = self.next_marked(i + 1, mark::ROLE_START),
            }
        }
    }

    /// The unit after a short bracketed group opening at unit `i` (one
    /// to three units inside: "(Governor)", "(pictured)"), if one opens
    /// there.
    pub fn after_brackets(&self, i: usize) -> Option<usize> {
        if self.s(i) != "(" {
            return None;
        }
        (i + 2..i + 5).find(|&k| self.s(k) == ")").map(|k| k + 1)
    }

    /// Short role words that are also ordinary words count only in the
    /// forms news uses for titles: "PM", "CM" and "MP" in capitals, "chair"
    /// and "head" not as verbs, "chief" only as a capitalized title.
    fn role_allowed(&self, h: &RoleHit) -> bool {
        let first = self.s(h.start);
        match h.role.phrase {
            "pm" | "cm" | "mp" => first.chars().all(|c| c.is_ascii_uppercase()),
            // "Akim of Almaty", "Amir of Qatar", never "Hokim Karimov" or
            // "Amir Hassan" (given names).
            // A gloss in brackets may come between: "Akim (Governor) of".
            "akim" | "hokim" | "khokim" | "amir" => {
                self.is(self.after_brackets(h.end).unwrap_or(h.end), "of")
            }
            "chief" | "partner" | "owner" | "manager" | "head" | "deputy" | "chair" => {
                // Lower-case "head"/"chair" are verbs or body parts as often as
                // titles; accept them capitalized, when "of" follows, or
                // between a body's name and a person's ("Rosatom chief
                // Alexei …").
                self.cap(h.start)
                    || self.is(h.end, "of")
                    || h.start > 0
                        && self.cap(h.start - 1)
                        && self.same_sentence(h.start - 1, h.start)
                        && self.cap(h.end)
                        && self.cap(h.end + 1)
            }
            _ => true,
        }
    }
}

/// The first index from `i` on of a byte of `marks` holding one of the
/// bits `bits`, or `marks.len()` when none does.
///
/// Eight bytes are tested at once, as one 64-bit word: the units a pass
/// starts on are few, so most words hold none and are passed over with
/// one test, instead of one test (and, at each change, a mispredicted
/// branch) per unit.
#[inline]
fn next_with(marks: &[u8], i: usize, bits: u8) -> usize {
    let rest = marks.get(i..).unwrap_or(&[]);
    let spread = u64::from_ne_bytes([bits; 8]);
    let mut chunks = rest.chunks_exact(8);
    let mut at = i;
    for c in chunks.by_ref() {
        let word = c.try_into().map_or(0, u64::from_le_bytes);
        let hit = word & spread;
        if hit != 0 {
            // Little-endian: the lowest set byte is the first unit.
            return at + (hit.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|m| m & bits != 0)
        .map_or(marks.len().max(i), |p| at + p)
}

/// The [`mark`] bits a unit holds by itself, whatever was found around it.
///
/// Made with arithmetic, not branches: every unit passes here, and
/// whether it is capitalized or a name word follows no pattern a branch
/// predictor could learn.
fn unit_marks(u: &Unit) -> u8 {
    (u8::from(u.name_word) * mark::NAME_WORD)
        | (u8::from(u.cap) * mark::CAP)
        | (u8::from(u.org_word()) * mark::ORG_WORD)
        | (u8::from(u.role_start) * mark::ROLE_START)
}

/// The hit of `hits` (sorted by start unit, at most one per start) that
/// starts at unit `i`.
fn starting_at<H: Copy>(hits: &[H], i: usize, start: impl FnMut(&H) -> usize) -> Option<H> {
    let k = hits.binary_search_by_key(&i, start).ok()?;
    hits.get(k).copied()
}

/// The units of the tokens in `range`: words joined across inner hyphens
/// ("Aidar-Bek") and after a one- or two-letter prefix and an
/// apostrophe ("O'Neill"), each with its classes and sentence.
///
/// An ASCII unit's lower case is its own span in the ASCII-lower-cased
/// text of `lowered` (made from `scan`); only units with other characters
/// ("Şəki", "Azerbaijan’s") have their lower case written out, in the
/// buffer returned with the units.
#[inline(never)]
fn build_units(
    scan: &Scan<'_>,
    range: std::ops::Range<usize>,
    lowered: &Lowered,
) -> (Vec<Unit>, String) {
    let text = scan.text;
    let bytes = text.as_bytes();
    let end = range.end.min(scan.tokens.len());
    let range = range.start.min(end)..end;
    // The tokens read, as one slice: the loop indexes it from 0, with its
    // length as the only bound.
    let toks = scan.tokens.get(range.clone()).unwrap_or(&[]);
    let mut out: Vec<Unit> = Vec::with_capacity(toks.len());
    // The wide units' lower case.
    let mut wide = String::new();
    // The tokens with characters other than ASCII (or a backtick), in
    // order: a unit is ASCII when none is among its tokens, which the next
    // one tells as units go by. (A backtick unit is read as a wide one,
    // which gives it the same lower case, "`", and classes, none.)
    let mut special = lowered.special_tokens();
    let mut next_special = special.next().unwrap_or(usize::MAX);
    let mut sent = scan
        .sentences
        .partition_point(|s| s.tokens.end <= range.start);
    // The end of the current sentence's tokens, so that the sentences are
    // read only when one ends.
    let mut sent_end = scan
        .sentences
        .get(sent)
        .map_or(usize::MAX, |s| s.tokens.end);
    // `k` indexes `toks`; the token's index in the scan is `range.start + k`.
    let mut k = 0;
    while let Some(t) = toks.get(k) {
        let i = range.start + k;
        if i >= sent_end {
            while scan.sentences.get(sent).is_some_and(|s| s.tokens.end <= i) {
                sent += 1;
            }
            sent_end = scan
                .sentences
                .get(sent)
                .map_or(usize::MAX, |s| s.tokens.end);
        }
        let word = t.kind == TokenKind::Word;
        // Most words are followed by a space, or by a mark that a space
        // follows: only the others are read for joins, and only when the
        // mark can join (a hyphen or an apostrophe, or a character
        // starting with the byte 0xE2, as the typographic ones do).
        let end = if word
            && k + 2 < toks.len()
            && toks.get(k + 1).is_some_and(|j| {
                !j.space_before && matches!(bytes.get(j.span.start), Some(b'-' | b'\'' | 0xE2))
            }) {
            join_end(text, toks, k, toks.len())
        } else {
            k
        };
        let span = if end > k {
            Span::new(
                t.span.start,
                toks.get(end).map_or(t.span.end, |x| x.span.end),
            )
        } else {
            t.span
        };
        let raw = bytes.get(span.range()).unwrap_or(&[]);
        while next_special < i {
            next_special = special.next().unwrap_or(usize::MAX);
        }
        let ascii = next_special > range.start + end;
        let (lower_at, cap, acronym) = if ascii {
            // An ASCII mark or number starts with no capital (capitals are
            // letters, and letters make words).
            let (cap, acronym) = if word {
                ascii_case(raw)
            } else {
                (false, false)
            };
            ((0, 0), cap, acronym)
        } else {
            wide_lower(&mut wide, text, span)
        };
        // The lower case itself only for the few tests that read it.
        let low = || {
            if ascii {
                lowered.ascii_lowered().get(span.range())
            } else {
                wide.get(lower_at.0 as usize..lower_at.1 as usize)
            }
            .unwrap_or("")
        };
        let Lexical {
            tclass,
            oclass,
            role_start,
        } = match (word, ascii && raw.len() <= MAX_WORD) {
            (false, _) => Lexical::default(),
            // A short ASCII word of one token: read with the event classes,
            // in one lookup, when the text was lower-cased.
            (true, true) if end == k => lowered.lexical(i),
            // A short ASCII word joined across hyphens or apostrophes: the
            // packed map's filter tells most words absent from their bytes
            // alone, and a word it may hold is read into registers, with no
            // string.
            (true, true) => short_lexical(bytes, span.start, span.end).unwrap_or_default(),
            (true, false) => lexical_cold(low()),
        };
        let joined = end > k;
        // Only a capitalized word or one joined across a hyphen can be a
        // name word.
        let name_word =
            word && (cap || joined) && name_word(low, joined, cap, acronym, tclass, oclass);
        out.push(Unit {
            span,
            word,
            tclass,
            oclass,
            wide: !ascii,
            lower: lower_at,
            cap,
            acronym,
            space_before: t.space_before,
            line_before: t.line_before,
            sentence: u32::try_from(sent).unwrap_or(u32::MAX),
            name_word,
            role_start,
        });
        k = end + 1;
    }
    (out, wide)
}

/// One past the last token of the unit that starts with the word token
/// `i`: "Word-Word" and "O'Word" joined, with no spaces around the joiner,
/// up to token `limit` (exclusive). Out of line: few words need it.
#[inline(never)]
fn join_end(text: &str, toks: &[Token], i: usize, limit: usize) -> usize {
    let mut end = i;
    while end + 2 < limit {
        let Some(j) = toks.get(end + 1).filter(|j| !j.space_before) else {
            break;
        };
        let Some(w) = toks.get(end + 2) else { break };
        if w.space_before || w.kind != TokenKind::Word {
            break;
        }
        let joins = match text.get(j.span.range()).unwrap_or("") {
            "-" | "‑" => true,
            "'" | "’" => {
                text.get(w.span.range())
                    .and_then(|ws| ws.chars().next())
                    .is_some_and(char::is_uppercase)
                    && toks
                        .get(end)
                        .and_then(|p| text.get(p.span.range()))
                        .is_some_and(|p| p.chars().count() <= 2)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        end += 2;
    }
    end
}

/// Appends the lower case of the unit at `span`, which has characters
/// other than ASCII, to `wide`, and tells where it is there, whether the
/// unit starts with a capital and whether it is an acronym. Out of line:
/// few units need it.
#[cold]
#[inline(never)]
fn wide_lower(wide: &mut String, text: &str, span: Span) -> ((u32, u32), bool, bool) {
    let lo = wide.len();
    let raw = text.get(span.range()).unwrap_or("");
    let (cap, acronym) = push_lower(wide, raw);
    let at = (
        u32::try_from(lo).unwrap_or(u32::MAX),
        u32::try_from(wide.len()).unwrap_or(u32::MAX),
    );
    (at, cap, acronym)
}

/// [`lexical`] out of line, for the few words too long or too wide for
/// the packed tables.
#[cold]
#[inline(never)]
fn lexical_cold(lower: &str) -> Lexical {
    lexical(lower)
}

/// Whether an ASCII unit starts with a capital and whether it is an
/// acronym (two or more letters, all capitals: "KTZ").
#[inline]
fn ascii_case(bytes: &[u8]) -> (bool, bool) {
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        // A word starts with a letter: no capital first, no acronym.
        return (false, false);
    }
    let acronym = !bytes.iter().any(u8::is_ascii_lowercase)
        && bytes
            .iter()
            .filter(|b| b.is_ascii_alphabetic())
            .nth(1)
            .is_some();
    (true, acronym)
}

/// Appends the lower-case form of a unit's text with other than ASCII
/// characters to `buf`, typographic apostrophes made plain, and tells
/// whether the text starts with a capital and whether it is an acronym
/// (two or more letters, all capitals).
fn push_lower(buf: &mut String, raw: &str) -> (bool, bool) {
    for c in raw.chars() {
        if c == '’' {
            buf.push('\'');
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    let cap = raw.chars().next().is_some_and(char::is_uppercase);
    let mut letters = raw.chars().filter(|c| c.is_alphabetic());
    let first_two = letters.clone().take(2).count();
    (cap, first_two >= 2 && letters.all(char::is_uppercase))
}

/// Whether a word can be part of a person's name whatever stands around
/// it: capitalized (or led by a particle: "al-Nahyan"), no acronym, in no
/// lexicon class that excludes names. `lower` gives the lower-case text,
/// read only when the classes leave the question open.
fn name_word<'l>(
    lower: impl Fn() -> &'l str,
    joined: bool,
    cap: bool,
    acronym: bool,
    tclass: u16,
    oclass: u16,
) -> bool {
    // The classes first: they need no text.
    if tclass
        & (tc::MODIFIER | tc::PORTFOLIO | tc::HONORIFIC | tc::NON_NAME | tc::SUFFIX | tc::LEVEL)
        != 0
        || oclass != 0
    {
        return false;
    }
    if acronym && lower().chars().nth(1).is_some() {
        // "Al-Hajri" is not an acronym; "KTZ" is.
        return false;
    }
    // Only a unit joined across a hyphen can be led by a particle.
    let particle_led = !cap
        && joined
        && lower()
            .split_once('-')
            .is_some_and(|(p, rest)| titles::word_class(p) & tc::PARTICLE != 0 && !rest.is_empty());
    cap || particle_led
}

/// Whether a unit's title classes include `flag`.
pub(super) fn has(u: &Unit, flag: u16) -> bool {
    u.tclass & flag != 0
}

/// Whether a unit is a word that can be part of a person's name: a
/// capitalized word in no lexicon, not an acronym, not a place or role.
/// Inlined: the name readers ask it of most units they pass, and most
/// answers come from the unit's flags alone.
#[inline]
pub(super) fn nameable(doc: &Doc<'_>, i: usize) -> bool {
    let Some(u) = doc.units.get(i) else {
        return false;
    };
    // One test of the marks: a name word, and in no place, role or
    // organization.
    let marks = doc.marks.get(i).copied().unwrap_or(0);
    if marks & (mark::NAME_WORD | mark::IN_GEO | mark::ROLE | mark::BLOCKED) != mark::NAME_WORD {
        return false;
    }
    if has(u, tc::MONTH) {
        return month_nameable(doc, i);
    }
    true
}

/// Whether the month word at unit `i` can be part of a person's name
/// (out of line: few units are months).
#[cold]
#[inline(never)]
fn month_nameable(doc: &Doc<'_>, i: usize) -> bool {
    // "Jan. 5", "March 3", "in May" are dates; "Jan Novak" and
    // "Grace May" are names. Only months that are also given names
    // or surnames can be names.
    if !matches!(doc.low(i), "may" | "june" | "april" | "august" | "jan") {
        return false;
    }
    let number = |k: usize| {
        doc.units.get(k).is_some_and(|n| !n.word) && doc.low(k).chars().all(|c| c.is_ascii_digit())
    };
    let dated = number(i + 1)
        || doc.s(i + 1) == "." && number(i + 2)
        || i > 0
            && matches!(
                doc.low(i - 1),
                "in" | "on"
                    | "since"
                    | "of"
                    | "until"
                    | "by"
                    | "from"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "through"
                    | "till"
                    | "to"
                    | "between"
            );
    !dated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_join_hyphens_and_find_places_and_roles() {
        let text = "Kazakh President Aidar-Bek Serikov met O'Neill in Baku.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let words: Vec<&str> = (0..doc.len()).map(|i| doc.s(i)).collect();
        assert_eq!(
            words,
            [
                "Kazakh",
                "President",
                "Aidar-Bek",
                "Serikov",
                "met",
                "O'Neill",
                "in",
                "Baku",
                "."
            ]
        );
        assert_eq!(doc.geo_at(0).map(|g| g.alpha2), Some("KZ"));
        assert_eq!(doc.geo_at(7).map(|g| g.alpha2), Some("AZ"));
        assert_eq!(doc.role_at(1).map(|r| r.role.phrase), Some("president"));
        assert!(nameable(&doc, 2) && nameable(&doc, 3) && nameable(&doc, 5));
        assert!(!nameable(&doc, 0) && !nameable(&doc, 1) && !nameable(&doc, 4));
    }

    #[test]
    fn short_roles_need_title_form() {
        let text = "He will head the talks; the PM and the chair of the board met. Head of State.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let roles: Vec<&str> = doc
            .roles()
            .iter()
            .map(|r| doc.text_of(r.start, r.end))
            .collect();
        assert_eq!(roles, ["PM", "chair of the board", "Head of State"]);
    }

    #[test]
    fn places_take_the_country_the_article_states() {
        let text = "The Khorgos port in northwest China's Xinjiang grew, Khorgos customs said.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let countries: Vec<&str> = (0..doc.len())
            .filter(|&i| doc.s(i) == "Khorgos")
            .filter_map(|i| doc.geo_at(i).map(|g| g.alpha2))
            .collect();
        assert_eq!(countries, ["CN", "CN"]);
        // Without such a statement the lexicon's country stands.
        let scan = Scan::new("The Khorgos port grew.");
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        assert_eq!(doc.geo_at(1).map(|g| g.alpha2), Some("KZ"));
    }

    #[test]
    fn units_share_one_lower_case_buffer() {
        let text = "Minister ŞƏKI’s MoU, al-Nahyan";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let lows: Vec<&str> = (0..doc.len()).map(|i| doc.low(i)).collect();
        assert_eq!(
            lows,
            ["minister", "şəki", "'", "s", "mou", ",", "al-nahyan"]
        );
        assert!(doc.units[0].role_start && !doc.units[4].role_start);
        assert!(nameable(&doc, 6), "a particle-led name word");
        assert_eq!(doc.low(99), "");
    }

    #[test]
    fn wide_units_are_lower_cased_whole() {
        // (text, every unit's lower case, the units starting with a capital):
        // units with other than ASCII characters (among them joined ones
        // and backticks) have their own lower case, after the text's.
        let cases: &[(&str, &[&str], &[usize])] = &[
            (
                "Say `hi` to Şəki-Bek O’Neill",
                &["say", "`", "hi", "`", "to", "şəki-bek", "o'neill"],
                &[0, 5, 6],
            ),
            ("ÉLYSÉE and Élysée", &["élysée", "and", "élysée"], &[0, 2]),
            ("plain Words", &["plain", "words"], &[1]),
            // A non-breaking hyphen joins as a hyphen does; a dash does not.
            ("Jean\u{2011}Luc met", &["jean\u{2011}luc", "met"], &[0]),
            (
                "Jean\u{2013}Luc met",
                &["jean", "\u{2013}", "luc", "met"],
                &[0, 2],
            ),
        ];
        for &(text, lows, caps) in cases {
            let scan = Scan::new(text);
            let doc = Doc::new(&scan, 0..scan.tokens.len());
            let got: Vec<&str> = (0..doc.len()).map(|i| doc.low(i)).collect();
            assert_eq!(got, lows, "{text}");
            assert!((0..doc.len()).all(|i| doc.is(i, lows[i])), "{text}");
            let got: Vec<usize> = (0..doc.len()).filter(|&i| doc.units[i].cap).collect();
            assert_eq!(got, caps, "{text}");
        }
        // The acronym test reads the wide units' letters too.
        let scan = Scan::new("ÉLYSÉE Élysée");
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        assert!(doc.units[0].acronym && !doc.units[1].acronym);
    }

    #[test]
    fn possessive_marks() {
        let text = "Kazakhstan's and Azerbaijan’s ministers";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        assert_eq!(doc.possessive(1), 2);
        assert_eq!(doc.possessive(5), 2);
        assert_eq!(doc.possessive(0), 0);
    }

    /// The skip over marks finds the first marked byte from any start: in
    /// the same 8-byte word, in a later one, in the short tail, or none.
    #[test]
    fn next_marked_finds_the_first_marked_unit() {
        let mut marks = vec![0u8; 21];
        marks[3] = mark::CAP;
        marks[9] = mark::ROLE_START | mark::GEO;
        marks[19] = mark::NAME_WORD;
        for (from, bits, want) in [
            (0, mark::CAP, 3),
            (3, mark::CAP, 3),
            (4, mark::CAP, 21),
            (0, mark::ROLE_START, 9),
            (0, mark::GEO | mark::NAME_WORD, 9),
            (10, mark::NAME_WORD, 19),
            (19, mark::NAME_WORD, 19),
            (20, mark::NAME_WORD, 21),
            (0, mark::BLOCKED, 21),
            (21, mark::CAP, 21),
            (40, mark::CAP, 40),
        ] {
            assert_eq!(next_with(&marks, from, bits), want, "{from} {bits}");
        }
    }

    /// A unit's own marks say what its fields say.
    #[test]
    fn unit_marks_copy_the_unit() {
        let text = "The Ministry of Energy said President Aidar Serikov and KTZ met.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        for (i, u) in doc.units.iter().enumerate() {
            let m = doc.marks[i];
            assert_eq!(m & mark::CAP != 0, u.cap, "{i}");
            assert_eq!(m & mark::NAME_WORD != 0, u.name_word, "{i}");
            assert_eq!(m & mark::ROLE_START != 0, u.role_start, "{i}");
            let org = u.acronym || u.word && u.cap && !has(u, tc::FUNCTION);
            assert_eq!(doc.org_word(i), org, "{i}");
        }
        let marked = |bit: u8| (0..doc.len()).filter(|&i| doc.marked(i, bit)).count();
        // "The", "Ministry", "Energy", "President", "Aidar", "Serikov", "KTZ".
        assert_eq!(marked(mark::CAP), 7);
        assert!(doc.org_word(9), "KTZ");
        assert!(!doc.org_word(2), "of");
    }
}
