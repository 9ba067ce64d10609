//! Who and where, for agreements and visits: the people, organizations,
//! places and states a stretch of tokens names.
//!
//! Both extractors read clauses such as "Northland Railways and Alpine
//! Freight Lines signed …" or "a delegation led by the Chilean Vice
//! President arrived in …". This module turns a token range into the signatories
//! (organizations or states) or the people it names, using the officials
//! and organizations the people extractor found, the geographic lexicon and
//! a capitalized-phrase fallback for names nobody else knows.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;

use crate::Official;
use crate::extract::Ctx;
use crate::extract::dates::Dates;
use crate::extract::few::Few;
use crate::extract::people::Entities;
use crate::lexicon::events::{
    GROUP_NOUNS, NAME_CONNECTORS, calendar_cap, calendar_not_venue, class_at, ev, event_bits_with,
    number_word, wc,
};
use crate::lexicon::geo::{self, Place, PlaceKind};
use crate::lexicon::hash::FxMap;
use crate::lexicon::tokens::{Lexical, token_classes};
use crate::scan::{Scan, TokenKind};

/// A signatory of an agreement: an organization or a state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Party<'d> {
    /// The name as the text gives it ("Port of Varna", "Kazakhstan"):
    /// borrowed from the text, a record or the lexicon, and made only when
    /// composed ("Ministry of Energy"), so that the many parties an
    /// extractor weighs, copies and drops cost no allocation.
    pub name: Cow<'d, str>,
    /// The country code when the party is a state.
    pub code: Option<&'static str>,
}

/// The distinct states of a sentence (country codes): mostly a few, kept
/// in place ([`Few`]).
pub(crate) type States = Few<&'static str, 4>;

/// A person named in a token range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PersonRef<'d> {
    /// Index into [`Entities::officials`], when the person is an official.
    pub official: Option<usize>,
    /// Full name, borrowed from the official's record or the text (copied
    /// only when a record is made).
    pub name: &'d str,
    /// Tokens of the mention (the name, or the title of a title-only reference).
    pub tokens: Range<usize>,
}

/// One article, prepared for the agreement and visit extractors: the
/// scanned text with lower-cased tokens, places, officials and
/// organizations indexed by token.
pub(crate) struct Doc<'d, 'a> {
    /// The scanned article.
    pub scan: &'d Scan<'a>,
    /// The officials and organizations the people extractor found.
    pub entities: &'d Entities,
    /// The date relative dates resolve against.
    pub anchor: Option<NaiveDate>,
    /// Lower-cased token texts, typographic apostrophes made plain.
    pub lower: Vec<&'d str>,
    /// The place names on token boundaries, in text order, at most one
    /// per first token: (first token, end token (exclusive), place). The
    /// first token is marked [`ev::PLACE`], so that a token starting none
    /// is told apart with one bit test; kept apart from the tokens, not as
    /// one slot per token, because an article names a few dozen places: a
    /// slot per token was a large, mostly empty allocation per article.
    places: Vec<(usize, usize, &'static Place)>,
    /// For every token inside an official's mention: the official's index
    /// ([`NO_INDEX`] for none).
    official_tok: Vec<u32>,
    /// For every token inside an organization's mention: its index
    /// ([`NO_INDEX`] for none).
    org_tok: Vec<u32>,
    /// For every token: its word classes ([`wc`] bits), so that an
    /// extractor tests a token's membership of a word table with one bit
    /// test. All are read at once, in one tight loop over the tokens, with
    /// the people stage's ([`Lowered::classes`]): reading each the first
    /// time an extractor asked read fewer, but each on the extractors'
    /// critical path, in their branchy code, and made every test a branch
    /// and a call.
    cls: &'d [u64],
    /// For every token: the phrases that start at it ([`ev`] bits:
    /// document nouns, signing and travel words, "delegation"), and
    /// [`ev::PERSON`] where a person mention may start (an official's
    /// mention, or a word that may head a title-only reference).
    ev: Vec<u8>,
    /// For every sentence: the union of its tokens' [`ev`](Doc::ev) bits,
    /// so that an extractor skips a sentence with no word of its kind.
    sentence_ev: Vec<u8>,
    /// Acronyms the text defines: acronym -> (its token, full name), both
    /// borrowed from the text.
    acronyms: FxMap<&'a str, (usize, &'a str)>,
    /// How the text first writes each country's name (borrowed from it).
    country_names: FxMap<&'static str, &'a str>,
    /// The tokens that start a country name, in order (few: searched
    /// rather than indexed by token).
    country_starts: Vec<usize>,
    /// The dates of every sentence, read once for both event extractors.
    pub dates: Dates<'d, 'a>,
    /// Every official's title in lower case ("" for none), one after the
    /// other in one string (one allocation rather than one per official).
    titles_lower: String,
    /// Where each official's title stands in
    /// [`titles_lower`](Doc::titles_lower), by index.
    title_at: Vec<Range<usize>>,
    /// Every official's state as the geographic lexicon codes it, by index.
    official_codes: Vec<Option<&'static str>>,
    /// Every part of an official's name (split at spaces and hyphens): the
    /// one official whose name has it, or `None` when several have.
    name_parts: FxMap<&'d str, Option<usize>>,
    /// Only for a text naming more than [`TITLE_REF_CANDIDATES`]
    /// officials (else empty): (first mention's start, index) of every
    /// official, in text order, for [`Doc::title_ref`]'s window.
    officials_by_first: Vec<(usize, usize)>,
}

/// At most this many officials are weighed for one title-only reference
/// ([`Doc::title_ref`]): all of any news article's, and in a longer text
/// the ones first named last before the reference, so that a text naming
/// thousands of officials stays linear.
const TITLE_REF_CANDIDATES: usize = 256;

impl<'d, 'a> Doc<'d, 'a> {
    /// Prepares the article for a test, reading its dates afresh; the
    /// caller keeps the lower-cased words (`Lowered::new(ctx.scan)`).
    #[cfg(test)]
    pub(crate) fn new(
        ctx: &Ctx<'d, 'a>,
        entities: &'d Entities,
        lowered: &'d Lowered,
    ) -> Doc<'d, 'a> {
        let places = crate::extract::places::Places::new(ctx.scan.text);
        Doc::with_dates(
            ctx,
            entities,
            Dates::new(ctx.scan, ctx.anchor),
            &places,
            lowered,
        )
    }

    /// Prepares the article, keeping `dates`, the article's dates as an
    /// earlier extractor has read them so far, reading the place names of
    /// `place_names` (searched once for all extractors) and lending the words
    /// of `lowered` (made from the same scan).
    // Not inlined into the pipeline, so that profiles show its cost.
    #[inline(never)]
    pub(crate) fn with_dates(
        ctx: &Ctx<'d, 'a>,
        entities: &'d Entities,
        dates: Dates<'d, 'a>,
        place_names: &crate::extract::places::Places<'_>,
        lowered: &'d Lowered,
    ) -> Doc<'d, 'a> {
        let scan = ctx.scan;
        let n = scan.tokens.len();
        let lower = lowered.words(scan);
        let cls = lowered.classes();
        // Sized once: at most one per place name.
        let mut places: Vec<(usize, usize, &'static Place)> =
            Vec::with_capacity(place_names.all().len());
        for m in place_names.all() {
            let first = scan.token_at(m.start);
            let end = scan.token_at(m.end);
            if first < n && scan.tokens[first].span.start == m.start && end > first {
                // The matches come in text order; a later one at the same
                // token replaces the earlier (as a slot per token did).
                match places.last_mut() {
                    Some(last) if last.0 == first => *last = (first, end, m.place),
                    _ => places.push((first, end, m.place)),
                }
            }
        }
        let mark = |count: usize, found: &mut dyn Iterator<Item = (usize, crate::Span)>| {
            let mut out = vec![NO_INDEX; n];
            // Longer mentions are marked last so that they win: the token
            // "Rashid" of "Omar Rashid" belongs to Omar Rashid even when
            // another Rashid's surname mention covers it too. The list is
            // sized once from the mention count (a flattened iterator does
            // not know its length).
            let mut spans: Vec<(usize, crate::Span)> = Vec::with_capacity(count);
            spans.extend(found);
            spans.sort_by_key(|(_, sp)| sp.len());
            for (k, span) in spans {
                let mut i = scan.token_at(span.start);
                let k = u32::try_from(k).unwrap_or(NO_INDEX);
                while i < n && scan.tokens[i].span.start < span.end {
                    out[i] = k;
                    i += 1;
                }
            }
            out
        };
        let official_tok = mark(
            entities.officials.iter().map(|o| o.mentions.len()).sum(),
            &mut entities
                .officials
                .iter()
                .enumerate()
                .flat_map(|(k, o)| o.mentions.iter().map(move |m| (k, *m))),
        );
        let org_tok = mark(
            entities
                .organizations
                .iter()
                .map(|o| o.mentions.len())
                .sum(),
            &mut entities
                .organizations
                .iter()
                .enumerate()
                .flat_map(|(k, o)| o.mentions.iter().map(move |m| (k, *m))),
        );
        // Sized once (a filtered list does not know its length); in order
        // and with no repeat, as the places are.
        let mut country_starts: Vec<usize> = Vec::with_capacity(places.len());
        country_starts.extend(
            places
                .iter()
                .filter(|(_, _, pl)| pl.kind == PlaceKind::Country)
                .map(|&(k, _, _)| k),
        );
        let mut ev = event_bits_with(&lower, cls);
        for ((bits, &o), &c) in ev.iter_mut().zip(&official_tok).zip(cls) {
            if o != NO_INDEX || c & wc::TITLE_REF != 0 {
                *bits |= ev::PERSON;
            }
        }
        for &(k, _, _) in &places {
            if let Some(bits) = ev.get_mut(k) {
                *bits |= ev::PLACE;
            }
        }
        let sentence_ev = scan
            .sentences
            .iter()
            .map(|x| {
                ev.get(x.tokens.start..x.tokens.end.min(n))
                    .unwrap_or(&[])
                    .iter()
                    .fold(0, |a, &b| a | b)
            })
            .collect();
        let (titles_lower, title_at) = titles_lower(entities);
        let mut doc = Doc {
            scan,
            entities,
            anchor: ctx.anchor,
            lower,
            ev,
            sentence_ev,
            cls,
            places,
            official_tok,
            org_tok,
            acronyms: FxMap::default(),
            country_names: FxMap::default(),
            country_starts,
            dates,
            titles_lower,
            title_at,
            official_codes: entities.officials.iter().map(official_code).collect(),
            name_parts: name_parts(entities),
            officials_by_first: officials_by_first(entities),
        };
        doc.acronyms = doc.find_acronyms();
        doc.country_names = doc.find_country_names();
        doc
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.lower.len()
    }

    /// The lower-cased text of token `i` ("" past the end).
    pub(crate) fn w(&self, i: usize) -> &'d str {
        self.lower.get(i).copied().unwrap_or("")
    }

    /// The text of tokens `r` as written, from the first byte of the first to
    /// the last byte of the last.
    pub(crate) fn text(&self, r: Range<usize>) -> &'a str {
        let (Some(a), Some(b)) = (
            self.scan.tokens.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.scan.tokens.get(e)),
        ) else {
            return "";
        };
        self.scan
            .text
            .get(a.span.start..b.span.end.max(a.span.start))
            .unwrap_or("")
    }

    /// Whether token `i` is a word starting with a capital letter.
    pub(crate) fn is_cap(&self, i: usize) -> bool {
        self.scan.tokens.get(i).is_some_and(|t| {
            // An ASCII first letter (most words) is read off its byte.
            t.kind == TokenKind::Word
                && match self.scan.text.as_bytes().get(t.span.start) {
                    Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => self
                        .scan
                        .tok(i)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase),
                }
        })
    }

    /// Whether token `i` (a token of the text) belongs to one of the word
    /// classes of `bits` ([`wc`]): as `TABLE.contains(&self.w(i))` for the
    /// tables the bits stand for.
    #[inline]
    pub(crate) fn has(&self, i: usize, bits: u64) -> bool {
        self.cls.get(i).is_some_and(|&c| c & bits != 0)
    }

    /// The [`ev`] bits of token `i`: the phrases that start at it (0 past
    /// the end).
    #[inline]
    pub(crate) fn ev(&self, i: usize) -> u8 {
        self.ev.get(i).copied().unwrap_or(0)
    }

    /// The union of the [`ev`] bits of the tokens of sentence `s` (0 past
    /// the end).
    pub(crate) fn sentence_ev(&self, s: usize) -> u8 {
        self.sentence_ev.get(s).copied().unwrap_or(0)
    }

    /// Whether token `i` opens a sentence or phrase without being a name
    /// when capitalized: [`common_cap`](crate::lexicon::events::common_cap)
    /// of its word.
    pub(crate) fn common_cap_at(&self, i: usize) -> bool {
        self.has(i, wc::COMMON_CAPS) || calendar_cap(self.w(i))
    }

    /// Whether token `i` cannot start a venue name:
    /// [`not_venue`](crate::lexicon::events::not_venue) of its word.
    pub(crate) fn not_venue_at(&self, i: usize) -> bool {
        self.has(i, wc::NOT_VENUE) || calendar_not_venue(self.w(i))
    }

    /// The one official whose name has `part` as a part (split at spaces
    /// and hyphens: "Ivan" of "Ivan Petrov"); `None` when none or several
    /// have.
    pub(crate) fn official_by_name_part(&self, part: &str) -> Option<usize> {
        self.name_parts.get(part).copied().flatten()
    }

    /// The title of official `k` in lower case ("" for none).
    pub(crate) fn title_lower(&self, k: usize) -> &str {
        self.title_at
            .get(k)
            .and_then(|r| self.titles_lower.get(r.clone()))
            .unwrap_or("")
    }

    /// The country code of official `k`, as the geographic lexicon codes
    /// the official's country.
    pub(crate) fn official_code(&self, k: usize) -> Option<&'static str> {
        self.official_codes.get(k).copied().flatten()
    }

    /// Whether token `i` is a word.
    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.scan
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// Whether a space stands before token `i`.
    pub(crate) fn space_before(&self, i: usize) -> bool {
        self.scan.tokens.get(i).is_some_and(|t| t.space_before)
    }

    /// Whether a place name starts at token `i` (as
    /// `place_at(i).is_some()`, with one bit test).
    #[inline]
    pub(crate) fn has_place(&self, i: usize) -> bool {
        self.ev(i) & ev::PLACE != 0
    }

    /// The place whose name starts at token `i`: its end token and entry.
    pub(crate) fn place_at(&self, i: usize) -> Option<(usize, &'static Place)> {
        if !self.has_place(i) {
            return None;
        }
        let k = self.places.binary_search_by_key(&i, |p| p.0).ok()?;
        self.places.get(k).map(|&(_, end, place)| (end, place))
    }

    /// The official a mention at token `i` refers to.
    pub(crate) fn official_idx(&self, i: usize) -> Option<usize> {
        self.official_tok
            .get(i)
            .filter(|&&k| k != NO_INDEX)
            .map(|&k| k as usize)
    }

    /// An official by index.
    pub(crate) fn official(&self, k: usize) -> Option<&'d Official> {
        self.entities.officials.get(k)
    }

    /// The organization a mention at token `i` refers to.
    fn org_idx(&self, i: usize) -> Option<usize> {
        self.org_tok
            .get(i)
            .filter(|&&k| k != NO_INDEX)
            .map(|&k| k as usize)
    }

    /// The token range of sentence `s`.
    pub(crate) fn sentence(&self, s: usize) -> Range<usize> {
        self.scan
            .sentences
            .get(s)
            .map_or(0..0, |x| x.tokens.start..x.tokens.end.min(self.len()))
    }

    /// The country of the place at token `i`, when one starts there.
    pub(crate) fn country_at(&self, i: usize) -> Option<&'static str> {
        self.place_at(i).map(|(_, p)| p.alpha2)
    }

    /// How the text writes the name of country `code`: the first
    /// country-name mention of it ("Türkiye", "the UK" -> "UK"), else the
    /// lexicon's name.
    pub(crate) fn country_text(&self, code: &'static str) -> &'d str {
        match self.country_names.get(code) {
            Some(t) => t,
            None => geo::country_name(code).unwrap_or(code),
        }
    }

    /// The first country-name mention of every country in the text.
    fn find_country_names(&self) -> FxMap<&'static str, &'a str> {
        // Sized once: at most one entry per country-name mention.
        let mut out =
            FxMap::with_capacity_and_hasher(self.country_starts.len(), Default::default());
        for &(i, end, place) in &self.places {
            if place.kind == PlaceKind::Country && !out.contains_key(place.alpha2) {
                let t = self.text(i..end);
                if t.len() > 2 || t.chars().all(char::is_uppercase) {
                    out.insert(place.alpha2, t.trim_start_matches("the "));
                }
            }
        }
        out
    }

    /// The last country-name mention that starts before token `i`: its
    /// tokens and place.
    pub(crate) fn country_before(&self, i: usize) -> Option<(usize, usize, &'static Place)> {
        if i >= self.len() {
            return None;
        }
        let before = self.country_starts.partition_point(|&k| k < i);
        let k = *self.country_starts.get(before.checked_sub(1)?)?;
        let (end, p) = self.place_at(k)?;
        Some((k, end, p))
    }

    /// The party an official signs for: the organization the role belongs
    /// to, else the state, else the ministry a "Minister of X" title names.
    pub(crate) fn official_party(&self, o: &'d Official) -> Option<Party<'d>> {
        if let Some(org) = &o.organization {
            let canonical = self
                .entities
                .organizations
                .iter()
                .find(|x| x.name == *org || x.aliases.iter().any(|a| a == org))
                .map_or(org.as_str(), |x| x.name.as_str());
            return Some(Party {
                name: Cow::Borrowed(canonical),
                code: None,
            });
        }
        if let Some(c) = &o.country {
            let code =
                geo::lookup(geo::country_name(c.as_str()).unwrap_or("")).map_or("", |p| p.alpha2);
            let code: &'static str = if code.is_empty() {
                return Some(Party {
                    name: Cow::Borrowed(c.as_str()),
                    code: None,
                });
            } else {
                code
            };
            return Some(Party {
                name: Cow::Borrowed(self.country_text(code)),
                code: Some(code),
            });
        }
        let title = o.title.as_deref()?;
        let lower = title.to_lowercase();
        let at = lower.find("minister of ")?;
        ministry(title.get(at + "minister of ".len()..)?)
    }

    /// The signatories a token range names: the states or organizations of
    /// the officials in it when it names officials, else its organizations
    /// and states, one per conjunct ("A, B and C").
    pub(crate) fn parties(&self, r: Range<usize>) -> Vec<Party<'d>> {
        let r = r.start..r.end.min(self.len());
        let mut out: Vec<Party<'d>> = Vec::new();
        // The officials read so far: a few, kept in place.
        let mut seen_officials: Few<usize, 4> = Few::new();
        for i in r.clone() {
            if let Some(k) = self.official_idx(i)
                && !seen_officials.contains(&k)
            {
                seen_officials.push(k);
                if let Some(p) = self.official(k).and_then(|o| self.official_party(o)) {
                    push_party(&mut out, p);
                }
            }
        }
        if !seen_officials.is_empty() {
            return out;
        }
        let mut bare_demonyms = Vec::new();
        let mut group: Option<&str> = None;
        self.conjuncts(r, &mut |c| {
            if let Some((p, bare, g)) = self.conjunct_party(c) {
                if let Some(g) = g {
                    group = Some(g);
                }
                let before = out.len();
                push_party(&mut out, p);
                if let Some(d) = bare
                    && out.len() > before
                {
                    bare_demonyms.push((before, d));
                }
            }
        });
        // "Saudi and Egyptian companies": the group noun of the last
        // conjunct applies to the bare demonyms before it.
        if let Some(g) = group {
            for (k, d) in bare_demonyms {
                if let Some(p) = out.get_mut(k) {
                    p.name = Cow::Owned(format!("{} {g}", demonym_text(d)));
                    p.code = None;
                }
            }
        }
        out
    }

    /// Splits a range into conjuncts at commas, semicolons, "&", "as well
    /// as" and "and" — except an "and" inside an "of" phrase of a name
    /// ("Ministry of Energy and Natural Resources"). Parenthesized text is
    /// skipped. Each non-empty conjunct goes to `f` in order as it is
    /// found (no list of them is made).
    fn conjuncts(&self, r: Range<usize>, f: &mut dyn FnMut(Range<usize>)) {
        let mut out = |c: Range<usize>| {
            if c.start < c.end {
                f(c);
            }
        };
        let mut start = r.start;
        let mut depth = 0usize;
        let mut seen_of = false;
        // After a comma the conjuncts are a list: "A, B and C".
        let mut listing = false;
        let mut i = r.start;
        while i < r.end {
            let w = self.w(i);
            match w {
                "(" | "[" => depth += 1,
                ")" | "]" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        seen_of = false;
                    }
                }
                _ if depth > 0 => {}
                "," | ";" | "&" => {
                    out(start..i);
                    start = i + 1;
                    seen_of = false;
                    listing = true;
                }
                "as" if self.w(i + 1) == "well" && self.w(i + 2) == "as" => {
                    out(start..i);
                    start = i + 3;
                    i += 2;
                    seen_of = false;
                }
                "and" if self.splits_at_and(start, i, r.end, seen_of, listing) => {
                    out(start..i);
                    start = i + 1;
                    seen_of = false;
                }
                "of" => seen_of = true,
                _ => {}
            }
            i += 1;
        }
        out(start..r.end);
    }

    /// Whether the "and" at token `i` separates two names (as in "Alpine
    /// Freight Lines and Danube River Shipping Company") rather than joins
    /// two words of one ("Regional Science and Technology Fund",
    /// "Ministry of Energy and Natural Resources").
    fn splits_at_and(
        &self,
        start: usize,
        i: usize,
        end: usize,
        seen_of: bool,
        listing: bool,
    ) -> bool {
        let right = i + 1;
        let Some(left) = i.checked_sub(1).filter(|&l| l >= start) else {
            return true;
        };
        if self.w(right) == "the"
            || self.w(left) == ")"
            || !self.is_cap(right)
            || !self.is_cap(left)
        {
            return true;
        }
        // A place on either side ends or starts a name: "… Austria and",
        // "and Indonesia's …", "and Egyptian companies".
        let left_place = (start..=left).any(|k| {
            self.place_at(k)
                .is_some_and(|(pe, p)| pe == left + 1 && p.kind != PlaceKind::Region)
        });
        if left_place || self.has_place(right) {
            return true;
        }
        // A lone acronym after "and" ("ALTRA and BOREX").
        let right_word = self.text(right..right + 1);
        if right_word.len() >= 2
            && right_word.chars().all(char::is_uppercase)
            && !self.is_cap(right + 1)
        {
            return true;
        }
        let right_head = self.run_has_org_head(right, end);
        // In a list "A, B and C" the last "and" separates items, unless
        // what follows is one organization word ("Engineering and
        // Industries").
        let lone_word = !self.is_cap(right + 1);
        if listing && !(lone_word && right_head) {
            return true;
        }
        if seen_of {
            // Inside "of …" the words may be a portfolio ("of Energy and
            // Natural Resources"): only a new organization word splits.
            return right_head;
        }
        if self.has(left, wc::ORG_HEADS) {
            return true;
        }
        let left_head = (start..i).any(|k| self.has(k, wc::ORG_HEADS));
        left_head || !right_head
    }

    /// Whether the capitalized run starting at `i` holds an organization word.
    fn run_has_org_head(&self, i: usize, end: usize) -> bool {
        let mut j = i;
        while j < end && (self.is_cap(j) || matches!(self.w(j), "of" | "-")) {
            if self.has(j, wc::ORG_HEADS) {
                return true;
            }
            j += 1;
        }
        false
    }

    /// The capitalized name run of a conjunct: from its first capitalized
    /// word that is not a common sentence opener, through capitalized words
    /// and name connectors, up to a parenthesis or another lower-case word.
    pub(crate) fn name_run(&self, c: Range<usize>) -> Option<Range<usize>> {
        let mut i = c.start;
        let mut depth = 0usize;
        while i < c.end
            && (depth > 0
                || !self.is_cap(i)
                || self.common_cap_at(i)
                || number_word(self.w(i)).is_some())
        {
            match self.w(i) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ => {}
            }
            i += 1;
        }
        if i >= c.end {
            return None;
        }
        let start = i;
        let mut end = i;
        while i < c.end {
            let w = self.w(i);
            let after_connector = i > start && self.has(i - 1, wc::NAME_CONNECTORS);
            if (self.is_cap(i) && !(after_connector && self.common_cap_at(i)))
                || (!after_connector
                    && self
                        .scan
                        .tokens
                        .get(i)
                        .is_some_and(|t| t.kind == TokenKind::Number))
            {
                end = i + 1;
            } else if w == "'" && matches!(self.w(i + 1), "s") {
                i += 1;
                end = i + 1;
            } else if self.has(i, wc::NAME_CONNECTORS) || (w == "." && !self.space_before(i)) {
            } else {
                break;
            }
            i += 1;
        }
        (end > start).then_some(start..end)
    }

    /// The party a conjunct names, whether it is a bare demonym, and the
    /// group noun it ends with ("Egyptian companies" -> "companies").
    fn conjunct_party(
        &self,
        c: Range<usize>,
    ) -> Option<(Party<'d>, Option<&'d str>, Option<&'static str>)> {
        // The head of an English noun phrase comes last: "Norway's leading
        // ferry operator Fjordline Group" names Fjordline Group.
        let mut run = self.name_run(c.clone())?;
        while let Some(next) = self.name_run(run.end..c.end) {
            let amount = next.clone().any(|k| {
                self.scan
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            });
            if next.start == run.end || amount {
                break;
            }
            let gap_lower = (run.end..next.start).any(|k| self.is_word(k) && !self.is_cap(k));
            if !gap_lower {
                break;
            }
            run = next;
        }
        // "Korea's LS Electric": the possessive country is not the name.
        // A state body keeps its country ("Uzbekistan's Ministry of Finance").
        if let Some((pe, _)) = self.place_at(run.start)
            && self.w(pe) == "'"
            && self.w(pe + 1) == "s"
            && pe + 2 < run.end
            && !self.has(pe + 2, wc::STATE_BODIES)
        {
            run.start = pe + 2;
        }
        let run = run;
        // An acronym defined earlier ("Indian Railways (IR)").
        if run.len() == 1
            && let Some(full) = self.acronym(run.start)
        {
            return Some((
                Party {
                    name: Cow::Borrowed(full),
                    code: None,
                },
                None,
                None,
            ));
        }
        let group = if self.has(run.end, wc::GROUP_NOUNS) {
            GROUP_NOUNS
                .iter()
                .find(|g| self.w(run.end) == **g && run.end < c.end)
                .copied()
        } else {
            None
        };
        // "KZT14.6bn", "US$5": an amount, not a name.
        if self
            .w(run.start + 1)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_digit())
            && !self.space_before(run.start + 1)
            && crate::lexicon::currency::is_code(self.scan.tok(run.start))
        {
            return None;
        }
        // An organization found across the conjunct's end ("… of China"
        // + "and Kazakhstan's …" read as one name) is not this conjunct's:
        // the conjunct's own words name it.
        let crosses = |k: usize| {
            c.end < self.len() && self.org_idx(c.end) == Some(k)
                || c.start
                    .checked_sub(1)
                    .is_some_and(|p| self.org_idx(p) == Some(k))
        };
        if let Some(k) = (run.clone())
            .filter_map(|i| self.org_idx(i))
            .find(|&k| !crosses(k))
        {
            let org = self.entities.organizations.get(k)?;
            // The organization's own name, unless what it was found as is
            // only a fragment of the name here ("Industries" of "Northland
            // Engineering and Industries").
            let here = self.text(run.clone());
            let fragment = here.len() > org.name.len()
                && here.contains(org.name.as_str())
                && !org.aliases.iter().any(|a| a == here);
            if !fragment {
                return Some((
                    Party {
                        name: Cow::Borrowed(org.name.as_str()),
                        code: None,
                    },
                    None,
                    None,
                ));
            }
        }
        // A title anywhere in the conjunct ("the Minister of Fisheries of
        // Peru") makes it a reference to a role holder, not a name.
        let has_title = c.clone().any(|i| self.has(i, wc::TITLE_HEADS));
        let has_org = run.clone().any(|i| self.has(i, wc::ORG_HEADS));
        if has_title {
            // "Chairman of Northland Railways": the organization after "of".
            if let Some(of) = c.clone().find(|&i| self.w(i) == "of")
                && self.run_has_org_head(of + 1, c.end)
                && let Some(sub) = self.name_run(of + 1..c.end)
            {
                return Some((
                    Party {
                        name: Cow::Borrowed(self.text(sub)),
                        code: None,
                    },
                    None,
                    None,
                ));
            }
            if let Some(code) = c.clone().find_map(|i| self.country_at(i)) {
                return Some((self.state(code), None, None));
            }
            let t = self.text(c.clone());
            let at = t.to_lowercase().find("minister of ")?;
            return Some((ministry(t.get(at + "minister of ".len()..)?)?, None, None));
        }
        if let Some((end, place)) = self.place_at(run.start)
            && end >= run.end
        {
            return Some(match place.kind {
                PlaceKind::Country => (
                    Party {
                        name: Cow::Borrowed(self.text(run).trim_start_matches("the ")),
                        code: Some(place.alpha2),
                    },
                    None,
                    None,
                ),
                PlaceKind::Capital => (self.state(place.alpha2), None, None),
                PlaceKind::Demonym => match group {
                    Some(g) => (
                        Party {
                            name: Cow::Owned(format!("{} {g}", self.text(run))),
                            code: None,
                        },
                        None,
                        Some(g),
                    ),
                    None => (self.state(place.alpha2), Some(self.text(run)), None),
                },
                PlaceKind::City | PlaceKind::Region => (
                    Party {
                        name: Cow::Borrowed(self.text(run)),
                        code: None,
                    },
                    None,
                    None,
                ),
            });
        }
        if !has_org && run.len() == 1 && !self.space_before(run.start) {
            return None;
        }
        Some((
            Party {
                name: Cow::Borrowed(self.text(run)),
                code: None,
            },
            None,
            None,
        ))
    }

    /// The name an all-capitals acronym at token `i` stands for, when the
    /// text defined it as "Full Name (ACR)".
    pub(crate) fn acronym(&self, i: usize) -> Option<&'a str> {
        let acr = self.text(i..i + 1);
        if acr.len() < 2 || !acr.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        self.acronyms
            .get(acr)
            .filter(|(at, _)| *at != i)
            .map(|&(_, name)| name)
    }

    /// Every "Full Name (ACR)" definition of the text: acronym -> (token of
    /// the acronym, full name). The acronym's first letter must start the
    /// name, so that "(Trend)" or "(UPDATE)" defines nothing.
    fn find_acronyms(&self) -> FxMap<&'a str, (usize, &'a str)> {
        let mut out = FxMap::default();
        // The brackets first, found in the text: few tokens stand between
        // two.
        for (at, _) in self.scan.text.match_indices('(') {
            let open = self.scan.token_at(at);
            let k = open + 1;
            if self
                .scan
                .tokens
                .get(open)
                .is_none_or(|t| t.span.start != at)
                || k >= self.len().saturating_sub(1)
                || self.w(open) != "("
                || self.w(k + 1) != ")"
            {
                continue;
            }
            let acr = self.text(k..k + 1);
            if acr.len() < 2
                || !acr.chars().all(|c| c.is_ascii_uppercase())
                || out.contains_key(acr)
            {
                continue;
            }
            let mut a = k - 1;
            while a > 0
                && (self.is_cap(a - 1) || self.has(a - 1, wc::NAME_CONNECTORS))
                && k - a < 12
            {
                a -= 1;
            }
            while a < k - 1 && !self.is_cap(a) {
                a += 1;
            }
            if a < k - 1 {
                let name = self.text(a..k - 1);
                let first = acr.chars().next().unwrap_or(' ');
                if name.starts_with(first) || name.split_whitespace().any(|w| w.starts_with(first))
                {
                    out.insert(acr, (k, name));
                }
            }
        }
        out
    }

    /// The party for state `code`, named as the text names it.
    pub(crate) fn state(&self, code: &'static str) -> Party<'d> {
        Party {
            name: Cow::Borrowed(self.country_text(code)),
            code: Some(code),
        }
    }

    /// The distinct states named in sentence `s`, in order: countries,
    /// capitals, demonyms and the countries of the officials in it.
    pub(crate) fn states_in(&self, s: usize) -> States {
        let mut out = States::new();
        self.states_into(s, &mut out);
        out
    }

    /// [`states_in`](Doc::states_in), into `out` (cleared first), so that
    /// a caller reading several sentences fills one list.
    fn states_into(&self, s: usize, out: &mut States) {
        out.clear();
        for i in self.sentence(s) {
            let code = match self.place_at(i) {
                Some((_, p))
                    if matches!(
                        p.kind,
                        PlaceKind::Country | PlaceKind::Capital | PlaceKind::Demonym
                    ) =>
                {
                    Some(p.alpha2)
                }
                _ => self
                    .official_idx(i)
                    .and_then(|k| self.official_codes.get(k).copied().flatten()),
            };
            if let Some(c) = code
                && !out.contains(&c)
            {
                out.push(c);
            }
        }
    }

    /// The `n` states "the sides" / "the two countries" stand for in
    /// sentence `s`: the first `n` states of the nearest sentence (this one
    /// or up to five before) that names at least `n`.
    pub(crate) fn sides(&self, s: usize, n: usize) -> Vec<Party<'d>> {
        let mut states = States::new();
        for back in 0..=5 {
            let Some(k) = s.checked_sub(back) else { break };
            self.states_into(k, &mut states);
            if states.len() >= n {
                return states.iter().take(n).map(|c| self.state(c)).collect();
            }
        }
        Vec::new()
    }

    /// The people a token range names, in order: officials (by any mention)
    /// and title-only references resolved to an official ("the Kazakh
    /// President"), added to `out`: a caller's list kept for its room, or
    /// a short list kept in place, rather than a list of their own. Each
    /// mention ends before the next starts (the search resumes after the
    /// last one).
    pub(crate) fn persons_into(&self, r: Range<usize>, out: &mut impl Extend<PersonRef<'d>>) {
        let end = r.end.min(self.len());
        let mut i = r.start;
        while let Some((p, next)) = self.next_person(i, end) {
            out.extend(Some(p));
            i = next;
        }
    }

    /// [`persons_into`](Doc::persons_into) a list of their own.
    #[cfg(test)]
    pub(crate) fn persons(&self, r: Range<usize>) -> Vec<PersonRef<'d>> {
        let mut out = Vec::new();
        self.persons_into(r, &mut out);
        out
    }

    /// The first person of a token range, as [`persons_into`](Doc::persons_into)
    /// would list it first, without collecting the rest.
    pub(crate) fn first_person(&self, r: Range<usize>) -> Option<PersonRef<'d>> {
        self.next_person(r.start, r.end.min(self.len()))
            .map(|(p, _)| p)
    }

    /// The first person mentioned at or after token `i` and before `end`,
    /// with the token after the mention.
    fn next_person(&self, mut i: usize, end: usize) -> Option<(PersonRef<'d>, usize)> {
        while i < end {
            // Most tokens start no mention: one bit test passes them.
            if self.ev(i) & ev::PERSON == 0 {
                i += 1;
                continue;
            }
            if let Some(k) = self.official_idx(i) {
                let mut j = i + 1;
                while j < end && self.official_idx(j) == Some(k) {
                    j += 1;
                }
                if let Some(o) = self.official(k) {
                    let p = PersonRef {
                        official: Some(k),
                        name: &o.name,
                        tokens: i..j,
                    };
                    return Some((p, j));
                }
                i = j;
                continue;
            }
            if self.has(i, wc::TITLE_REF)
                && let Some((k, j)) = self.title_ref(i, end)
            {
                let next = j.max(i + 1);
                if let Some(o) = self.official(k) {
                    let p = PersonRef {
                        official: Some(k),
                        name: &o.name,
                        tokens: i..j,
                    };
                    return Some((p, next));
                }
                i = next;
                continue;
            }
            i += 1;
        }
        None
    }

    /// A title-only reference whose head word is token `i` ("the Kazakh
    /// President", "the President of Uzbekistan", "his Armenian
    /// counterpart"): the official it stands for and the token after it.
    /// A title followed by a name is not one (the name is the mention).
    pub(crate) fn title_ref(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        let head = self.w(i);
        let head = match head {
            "president" | "premier" | "chairman" | "chairwoman" | "speaker" | "governor"
            | "mayor" | "ambassador" | "king" | "emir" | "prince" | "chancellor"
            | "counterpart" | "minister" | "leader" | "secretary" => head,
            _ => return None,
        };
        // The title may continue with "of <place or name>".
        let mut j = i + 1;
        let mut of_country = None;
        if self.w(j) == "of" {
            let mut k = j + 1;
            if self.w(k) == "the" {
                k += 1;
            }
            if let Some((pe, p)) = self.place_at(k)
                && p.kind == PlaceKind::Country
            {
                of_country = Some(p.alpha2);
                j = pe;
            }
        }
        if j < end && (self.is_cap(j) && !self.common_cap_at(j) || self.official_idx(j).is_some()) {
            return None;
        }
        // Qualifiers before the head: demonym or country, "prime", "vice", "crown".
        let mut country = of_country;
        let mut vice = false;
        let mut prime = false;
        let mut k = i;
        for _ in 0..4 {
            let Some(p) = k.checked_sub(1) else { break };
            let w = self.w(p);
            if matches!(w, "the" | "his" | "her" | "its" | "their" | ",")
                || self.official_idx(p).is_some()
            {
                break;
            }
            match w {
                "vice" | "deputy" | "first" | "-" => vice |= w != "-" && w != "first",
                "prime" => prime = true,
                _ if self.is_word(p) && !self.is_cap(p) && !self.has(p, wc::TITLE_MODIFIERS) => {
                    // "the latest government minister": not one person.
                    return None;
                }
                _ => {}
            }
            if country.is_none() {
                if let Some((_, pl)) = self.place_at(p) {
                    country = Some(pl.alpha2);
                } else if self.is_cap(p) && self.w(p) != "prime" {
                    // A country written as an adjective the lexicon lacks
                    // ("Djibouti Minister") is looked up alone.
                    country = geo::lookup(self.text(p..p + 1)).map(|pl| pl.alpha2);
                }
            }
            k = p;
        }
        let want = |k: usize| -> bool {
            let t = self.title_lower(k);
            // A historical role ("first president", "former minister") is
            // not who "the President" is now.
            if ["first ", "former ", "late ", "ex-", "national leader"]
                .iter()
                .any(|h| t.starts_with(h))
                && !(head == "leader" && t.contains("leader"))
            {
                return false;
            }
            let c_ok = country.is_none_or(|c| {
                self.official_codes
                    .get(k)
                    .copied()
                    .flatten()
                    .is_some_and(|p| p == c)
            });
            let has_vice = t.contains("vice") || t.contains("deputy");
            let t_ok = match head {
                "counterpart" | "leader" => country.is_some(),
                "minister" if prime => t.contains("prime minister") || t.contains("premier"),
                "premier" => t.contains("prime minister") || t.contains("premier"),
                "prince" => t.contains("prince"),
                h => t.contains(h) && (vice || !has_vice || head == "minister"),
            };
            c_ok && t_ok
        };
        // Among the candidates: a title that is exactly the head ("President"
        // rather than "first president") first, then the one mentioned last
        // before the reference; for a counterpart, the one mentioned first.
        let mut best: Option<(usize, (bool, usize))> = None;
        let here = self.scan.tokens.get(i).map_or(0, |t| t.span.start);
        // All officials (no list made), or the window of a long text.
        let window = self.title_ref_window(here);
        let (mut all, mut some) = (
            0..self.entities.officials.len(),
            window.iter().flatten().copied(),
        );
        let candidates: &mut dyn Iterator<Item = usize> = if window.is_some() {
            &mut some
        } else {
            &mut all
        };
        for k in candidates {
            let Some(o) = self.entities.officials.get(k) else {
                continue;
            };
            if !want(k) {
                continue;
            }
            let t = self.title_lower(k);
            let exact = t == head || (prime && t == "prime minister");
            let score = if head == "counterpart" {
                usize::MAX - o.mentions.first().map_or(usize::MAX - 1, |m| m.start)
            } else {
                o.mentions
                    .iter()
                    .filter(|m| m.start < here)
                    .map(|m| m.start + 1)
                    .max()
                    .unwrap_or(0)
            };
            if best.is_none_or(|(_, s)| (exact, score) > s) {
                best = Some((k, (exact, score)));
            }
        }
        best.map(|(k, _)| (k, j))
    }

    /// The officials [`Doc::title_ref`] weighs for a reference at byte
    /// `here`, by index, in a text naming more than
    /// [`TITLE_REF_CANDIDATES`]: that many first named last before `here`
    /// (`None` for a shorter list: all of them).
    fn title_ref_window(&self, here: usize) -> Option<Vec<usize>> {
        let n = self.entities.officials.len();
        if n <= TITLE_REF_CANDIDATES {
            return None;
        }
        let before = self
            .officials_by_first
            .partition_point(|&(at, _)| at < here);
        let lo = before.saturating_sub(TITLE_REF_CANDIDATES);
        let mut ks: Vec<usize> = self
            .officials_by_first
            .get(lo..(lo + TITLE_REF_CANDIDATES).min(n))
            .unwrap_or(&[])
            .iter()
            .map(|&(_, k)| k)
            .collect();
        ks.sort_unstable();
        Some(ks)
    }

    /// Named people in a range whom the people extractor does not list (a
    /// spouse, a delegation member without a role): capitalized runs of two
    /// to five words that are not places, titles or organizations.
    pub(crate) fn plain_names(&self, r: Range<usize>) -> Vec<PersonRef<'d>> {
        let end = r.end.min(self.len());
        let mut out = Vec::new();
        let mut i = r.start;
        while i < end {
            if !self.is_cap(i) || self.official_idx(i).is_some() {
                i += 1;
                continue;
            }
            let s = i;
            while i < end
                && (self.is_cap(i) || (self.w(i) == "-" && !self.space_before(i)))
                && self.official_idx(i).is_none()
            {
                i += 1;
            }
            let run = s..i;
            // "Minister of Foreign Affairs A B": a run right after "of" or
            // "for" is a portfolio or a body, not a person.
            let object = s > 0 && matches!(self.w(s - 1), "of" | "for");
            let bad = object
                || run
                    .clone()
                    .any(|k| self.has(k, wc::TITLE_HEADS | wc::ORG_HEADS) || self.common_cap_at(k))
                || run.clone().any(|k| self.has_place(k));
            let n_words = run.clone().filter(|&k| self.is_word(k)).count();
            if !bad && (2..=5).contains(&n_words) {
                out.push(PersonRef {
                    official: None,
                    name: self.text(run.clone()),
                    tokens: run,
                });
            }
            i = i.max(s + 1);
        }
        out
    }
}

/// The index of "no official" or "no organization" in the per-token maps.
const NO_INDEX: u32 = u32::MAX;

/// (first mention's start, index) of every official in text order, for a
/// text naming more than [`TITLE_REF_CANDIDATES`] (else none).
fn officials_by_first(entities: &Entities) -> Vec<(usize, usize)> {
    if entities.officials.len() <= TITLE_REF_CANDIDATES {
        return Vec::new();
    }
    let mut v: Vec<(usize, usize)> = (entities.officials.iter().enumerate())
        .map(|(k, o)| (o.mentions.first().map_or(usize::MAX, |m| m.start), k))
        .collect();
    v.sort_unstable();
    v
}

/// Every official's title in lower case ("" for none), one after the
/// other in one string, and where each stands in it, by index.
fn titles_lower(entities: &Entities) -> (String, Vec<Range<usize>>) {
    let titles = || {
        entities
            .officials
            .iter()
            .map(|o| o.title.as_deref().unwrap_or(""))
    };
    let mut all = String::with_capacity(titles().map(str::len).sum());
    let mut at = Vec::with_capacity(entities.officials.len());
    for t in titles() {
        let start = all.len();
        if t.is_ascii() {
            all.extend(t.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            // Unicode lower case keeps its context rules (a final sigma).
            all.push_str(&t.to_lowercase());
        }
        at.push(start..all.len());
    }
    (all, at)
}

/// Every part of an official's name (split at spaces and hyphens), with
/// the one official whose name has it (`None` when several have).
fn name_parts(entities: &Entities) -> FxMap<&str, Option<usize>> {
    // Sized once: at most one entry per part.
    let parts = entities
        .officials
        .iter()
        .map(|o| o.name.split([' ', '-']).count())
        .sum();
    let mut out: FxMap<&str, Option<usize>> =
        FxMap::with_capacity_and_hasher(parts, Default::default());
    for (k, o) in entities.officials.iter().enumerate() {
        for part in o.name.split([' ', '-']) {
            out.entry(part)
                .and_modify(|v| {
                    if *v != Some(k) {
                        *v = None;
                    }
                })
                .or_insert(Some(k));
        }
    }
    out
}

/// The code the geographic lexicon gives an official's country, when it
/// knows the country's name.
fn official_code(o: &Official) -> Option<&'static str> {
    o.country
        .and_then(|oc| geo::lookup(geo::country_name(oc.as_str()).unwrap_or("")))
        .map(|p| p.alpha2)
}

/// The lower-cased text of an article's tokens, typographic apostrophes
/// and backticks made plain (`t.to_lowercase().replace(['’', '`'], "'")`),
/// kept in two buffers: what a [`Doc`] lends its extractors as
/// [`Doc::lower`], with no allocation per word.
///
/// Lower-casing ASCII keeps every byte offset, so the text with its ASCII
/// capitals lowered holds the lower-cased form of every ASCII token at the
/// token's own span: only the few tokens with a non-ASCII character or a
/// backtick are looked at one by one.
///
/// It also holds every token's word classes in both the event extractors'
/// and the people stage's lexicons, read from the lowered forms in one
/// pass and one lookup a token ([`tokens`](crate::lexicon::tokens)).
pub(crate) struct Lowered {
    /// The text, its ASCII capitals made lower case.
    text: String,
    /// The lower-cased forms of the tokens that [`text`](Lowered::text)
    /// does not hold, one after another.
    buf: String,
    /// The tokens with a non-ASCII character or a backtick, in order, with
    /// the range of their form in `buf` when it differs from their text.
    special: Vec<(usize, Option<(u32, u32)>)>,
    /// Every token's event word classes ([`wc`] bits).
    classes: Vec<u64>,
    /// Every token's title and organization classes, for the ASCII words
    /// of up to [`MAX_WORD`](crate::lexicon::words::MAX_WORD) bytes (empty
    /// for any other token).
    lexicals: Vec<Lexical>,
}

impl Lowered {
    /// Lower-cases the tokens of `scan`.
    // Not inlined into the pipeline, so that profiles show its cost.
    #[inline(never)]
    pub(crate) fn new(scan: &Scan<'_>) -> Lowered {
        let mut text = scan.text.to_string();
        text.make_ascii_lowercase();
        let mut buf = String::new();
        let mut special: Vec<(usize, Option<(u32, u32)>)> = Vec::new();
        let bytes = scan.text.as_bytes();
        let is_special = |b: u8| b >= 0x80 || b == b'`';
        // Sixteen bytes at a time, with one test of a chunk that compiles
        // to vector instructions: most chunks hold no special byte.
        for (c, chunk) in bytes.chunks(16).enumerate() {
            if !chunk.iter().fold(false, |hit, &b| hit | is_special(b)) {
                continue;
            }
            for (j, &b) in chunk.iter().enumerate() {
                // A character's token is found from its first byte: the
                // others (0x80 to 0xBF) are passed over, with no search.
                if !is_special(b) || (0x80..0xC0).contains(&b) {
                    continue;
                }
                let at = c * 16 + j;
                // The token holding the byte, if any (a non-breaking space
                // is in none).
                let Some(k) = scan.token_at(at + 1).checked_sub(1) else {
                    continue;
                };
                if special.last().is_some_and(|&(last, _)| last == k) {
                    continue;
                }
                let Some(t) = scan.tokens.get(k).filter(|t| t.span.range().contains(&at)) else {
                    continue;
                };
                let start = buf.len();
                let form = lower_into(scan.text.get(t.span.range()).unwrap_or(""), &mut buf)
                    .then(|| u32::try_from(start).ok().zip(u32::try_from(buf.len()).ok()))
                    .flatten();
                special.push((k, form));
            }
        }
        let (mut classes, lexicals) = token_classes(
            text.as_bytes(),
            scan.tokens.iter().map(|t| (t.span.start, t.span.end)),
        );
        // The special tokens' event classes are those of their own form.
        for &(k, form) in &special {
            if let Some((a, b)) = form
                && let Some(slot) = classes.get_mut(k)
            {
                *slot = class_at(buf.as_bytes(), a as usize, b as usize);
            }
        }
        Lowered {
            text,
            buf,
            special,
            classes,
            lexicals,
        }
    }

    /// The text, its ASCII capitals made lower case (byte for byte the
    /// length of the text): an ASCII token's lower-cased form is its own
    /// span here.
    pub(crate) fn ascii_lowered(&self) -> &str {
        &self.text
    }

    /// [`ascii_lowered`](Lowered::ascii_lowered), kept.
    #[cfg(test)]
    pub(crate) fn into_ascii_lowered(self) -> String {
        self.text
    }

    /// The indices of the tokens with a non-ASCII character or a backtick,
    /// in order: every other token is ASCII and holds no backtick.
    pub(crate) fn special_tokens(&self) -> impl Iterator<Item = usize> + '_ {
        self.special.iter().map(|&(k, _)| k)
    }

    /// The word classes ([`wc`] bits) of every token of the scan it was
    /// made from: `word_class` of each token's lower-cased form.
    pub(crate) fn classes(&self) -> &[u64] {
        &self.classes
    }

    /// The title and organization classes of token `k` of the scan it was
    /// made from, when it is an ASCII word of up to
    /// [`MAX_WORD`](crate::lexicon::words::MAX_WORD) bytes (as
    /// [`lexical`](crate::lexicon::tokens::lexical) of its lower case;
    /// empty for any other token).
    #[inline]
    pub(crate) fn lexical(&self, k: usize) -> Lexical {
        self.lexicals.get(k).copied().unwrap_or_default()
    }

    /// The lower-cased text of every token of `scan`, the scan it was made
    /// from.
    fn words<'d>(&'d self, scan: &'d Scan<'_>) -> Vec<&'d str> {
        // Every token's span in the lowered text first (a tight loop), then
        // the few special tokens whose form differs from their text.
        let text = self.text.as_str();
        let mut out: Vec<&str> = scan
            .tokens
            .iter()
            .map(|t| text.get(t.span.range()).unwrap_or(""))
            .collect();
        for &(k, form) in &self.special {
            if let Some((a, b)) = form
                && let Some(slot) = out.get_mut(k)
            {
                *slot = self.buf.get(a as usize..b as usize).unwrap_or("");
            }
        }
        out
    }
}

/// Appends the lower-cased form of token `t` to `buf` when it differs from
/// `t`, and says whether it did: `t.to_lowercase().replace(['’', '`'],
/// "'")`.
fn lower_into(t: &str, buf: &mut String) -> bool {
    // Apostrophes and backticks are punctuation, one character a token.
    if t == "’" || t == "`" {
        buf.push('\'');
        return true;
    }
    // One pass over the bytes tells lower-case ASCII (most words) apart.
    let (mut upper, mut high) = (false, false);
    for &b in t.as_bytes() {
        upper |= b.is_ascii_uppercase();
        high |= !b.is_ascii();
    }
    if !high {
        if !upper {
            return false;
        }
        let start = buf.len();
        buf.push_str(t);
        if let Some(tail) = buf.get_mut(start..) {
            tail.make_ascii_lowercase();
        }
        return true;
    }
    // A character whose lower case is itself changes nothing; otherwise
    // (including the final-sigma rule of `str::to_lowercase`) the full
    // lower-casing decides.
    let unchanged = t.chars().all(|c| {
        // Lower-case ASCII, Latin-1 symbols and general punctuation
        // (quotes, dashes) have no other lower case: no table look-up.
        if (c.is_ascii() && !c.is_ascii_uppercase())
            || ('\u{80}'..'\u{C0}').contains(&c)
            || ('\u{2000}'..='\u{20CF}').contains(&c)
        {
            return c != '’';
        }
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    });
    if unchanged && !t.contains('`') {
        return false;
    }
    buf.push_str(&t.to_lowercase().replace(['’', '`'], "'"));
    true
}

/// Adds a party unless the same one is already there (same state, or same
/// name ignoring case).
pub(crate) fn push_party<'d>(out: &mut Vec<Party<'d>>, p: Party<'d>) {
    let dup = out.iter().any(|q| match (q.code, p.code) {
        (Some(a), Some(b)) => a == b,
        _ => q.name.eq_ignore_ascii_case(&p.name),
    });
    if !dup && !p.name.trim().is_empty() {
        out.push(p);
    }
}

/// The ministry a "Minister of <portfolio>" title names, its portfolio
/// cleaned of spacing and of a dangling connector ("Energy and").
fn ministry(portfolio: &str) -> Option<Party<'static>> {
    let mut words: Vec<&str> = portfolio.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| NAME_CONNECTORS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| Party {
        name: Cow::Owned(format!("Ministry of {}", words.join(" "))),
        code: None,
    })
}

/// A demonym as written, without a trailing possessive.
fn demonym_text(s: &str) -> &str {
    s.trim_end_matches("'s").trim_end_matches("’s")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{Country, Organization, Span};

    /// Builds an official whose mentions are every occurrence of its name
    /// and of the given extra strings in `text`.
    pub(crate) fn official(
        text: &str,
        name: &str,
        title: &str,
        org: Option<&str>,
        country: &str,
        extra: &[&str],
    ) -> Official {
        let mut mentions = Vec::new();
        for needle in std::iter::once(name).chain(extra.iter().copied()) {
            for (at, _) in text.match_indices(needle) {
                mentions.push(Span::new(at, at + needle.len()));
            }
        }
        mentions.sort();
        Official {
            name: name.to_string(),
            title: Some(title.to_string()),
            organization: org.map(str::to_string),
            country: Country::new(country),
            mentions,
        }
    }

    /// Builds an organization whose mentions are every occurrence of its
    /// name and aliases in `text`.
    pub(crate) fn organization(text: &str, name: &str, aliases: &[&str]) -> Organization {
        let mut mentions = Vec::new();
        for needle in std::iter::once(name).chain(aliases.iter().copied()) {
            for (at, _) in text.match_indices(needle) {
                mentions.push(Span::new(at, at + needle.len()));
            }
        }
        Organization {
            name: name.to_string(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            country: None,
            mentions,
        }
    }

    fn with_doc<R>(text: &str, entities: &Entities, f: impl FnOnce(&Doc<'_, '_>) -> R) -> R {
        let scan = Scan::new(text);
        let ctx = Ctx {
            scan: &scan,
            anchor: None,
        };
        let lowered = Lowered::new(&scan);
        let doc = Doc::new(&ctx, entities, &lowered);
        f(&doc)
    }

    /// The names of parties, copied out of the document they borrow from.
    fn names(ps: &[Party<'_>]) -> Vec<String> {
        ps.iter().map(|p| p.name.to_string()).collect()
    }

    /// The tokens a title-only reference may start at are marked by their
    /// class: every head word a reference may have, and no common other
    /// word; the classes read in place are those of the words.
    #[test]
    fn title_heads_are_marked_by_their_class() {
        use crate::lexicon::events::word_class;
        for w in crate::lexicon::events::TITLE_REF_HEADS {
            assert_ne!(word_class(w) & wc::TITLE_REF, 0, "{w}");
        }
        for w in [
            "the",
            "of",
            "and",
            "",
            "baku",
            "visited",
            "during",
            "their",
            "presidential",
            "said",
            "signed",
            "agreement",
            "capital",
        ] {
            assert_eq!(word_class(w) & wc::TITLE_REF, 0, "{w}");
        }
        let scan = Scan::new("The PRESIDENT of İzmir’s Ministry met Intergovernmental delegates.");
        let lowered = Lowered::new(&scan);
        let words = lowered.words(&scan);
        let classes = lowered.classes();
        assert_eq!(words.len(), classes.len());
        for (w, c) in words.iter().zip(classes) {
            assert_eq!(*c, word_class(w), "{w}");
        }
        assert_ne!(classes[1] & wc::TITLE_REF, 0);
    }

    #[test]
    fn parties_from_names() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Chile Railways, Tyrol Freight Austria and the Bulgarian State Shipping Company",
                &[
                    "Chile Railways",
                    "Tyrol Freight Austria",
                    "Bulgarian State Shipping Company",
                ],
            ),
            ("Moscow and Tehran", &["Russia", "Iran"]),
            ("Turkey and Azerbaijan", &["Turkey", "Azerbaijan"]),
            (
                "the Ministry of Energy and Natural Resources and the Port Authority of Varna",
                &[
                    "Ministry of Energy and Natural Resources",
                    "Port Authority of Varna",
                ],
            ),
            (
                "Saudi Arabian and Egyptian companies",
                &["Saudi Arabian companies", "Egyptian companies"],
            ),
            (
                "The Asian Development Bank (ADB) and Uzbekistan",
                &["Asian Development Bank", "Uzbekistan"],
            ),
            (
                "the Chilean Interior Minister and the Minister of Fisheries of Peru",
                &["Chile", "Peru"],
            ),
            ("Chairman of Northern Railways", &["Northern Railways"]),
            (
                "Karadeniz Energy and Georgia’s Energy Development Fund",
                &["Karadeniz Energy", "Energy Development Fund"],
            ),
            (
                "Following the meeting, representatives of Alpha Logistics and Beta Foods",
                &["Alpha Logistics", "Beta Foods"],
            ),
        ];
        let e = Entities::default();
        for (text, want) in cases {
            let got = with_doc(text, &e, |d| names(&d.parties(0..d.len())));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn misread_organizations_and_amounts_are_not_parties() {
        // The people extractor read one organization across "and"; each
        // conjunct keeps its own name.
        let text = "The Customs Service of Chile and Peru's Revenue Board";
        let e = Entities {
            officials: vec![],
            organizations: vec![
                organization(text, "Customs Service of Chile and Peru", &[]),
                organization(text, "Revenue Board", &[]),
            ],
        };
        let got = with_doc(text, &e, |d| names(&d.parties(0..d.len())));
        assert_eq!(got, ["Customs Service of Chile", "Revenue Board"]);
        // A currency code glued to a number is an amount.
        let text = "a NOK14.6bn and Fjord Rail";
        let got = with_doc(text, &Entities::default(), |d| {
            names(&d.parties(0..d.len()))
        });
        assert_eq!(got, ["Fjord Rail"]);
    }

    /// A name part names the one official whose name has it; a part two
    /// officials share names neither.
    #[test]
    fn officials_by_name_part() {
        let text = "Ivan Petrov met Anna Petrov-Berg and Omar Rashid";
        let e = Entities {
            officials: vec![
                official(text, "Ivan Petrov", "President", None, "KZ", &[]),
                official(text, "Anna Petrov-Berg", "Minister", None, "NO", &[]),
                official(text, "Omar Rashid", "Ambassador", None, "EG", &[]),
            ],
            organizations: vec![],
        };
        let got = with_doc(text, &e, |d| {
            ["Ivan", "Petrov", "Berg", "Rashid", "Omar", "Smith", ""]
                .map(|w| d.official_by_name_part(w))
        });
        assert_eq!(got, [Some(0), None, Some(1), Some(2), Some(2), None, None]);
    }

    /// A token covered by several mentions belongs to the longest, and of
    /// mentions as long to the one listed last.
    #[test]
    fn longest_and_last_mention_marks_a_token() {
        let text = "Omar Rashid met Ali Rashid and Rashid Co";
        let e = Entities {
            officials: vec![
                official(text, "Omar Rashid", "Minister", None, "EG", &[]),
                official(text, "Ali Rashid", "Ambassador", None, "EG", &["Rashid"]),
                official(text, "Lina Rashid", "Director", None, "EG", &["Rashid"]),
            ],
            organizations: vec![
                organization(text, "Rashid Co", &["Rashid"]),
                organization(text, "Co", &[]),
            ],
        };
        let got = with_doc(text, &e, |d| {
            (0..d.len())
                .map(|i| (d.official_idx(i), d.org_idx(i)))
                .collect::<Vec<_>>()
        });
        assert_eq!(
            got,
            [
                (Some(0), None),
                (Some(0), Some(0)),
                (None, None),
                (Some(1), None),
                (Some(1), Some(0)),
                (None, None),
                (Some(2), Some(0)),
                (None, Some(0)),
            ]
        );
    }

    #[test]
    fn parties_from_officials() {
        let text = "Energy Minister of Norland John Smith and Director of Acme Corp Jane Doe";
        let e = Entities {
            officials: vec![
                official(text, "John Smith", "Energy Minister", None, "NO", &[]),
                official(text, "Jane Doe", "Director", Some("Acme Corp"), "US", &[]),
            ],
            organizations: vec![organization(text, "Acme Corp", &[])],
        };
        let got = with_doc(text, &e, |d| names(&d.parties(0..d.len())));
        assert_eq!(got, ["Norway", "Acme Corp"]);
    }

    #[test]
    fn title_only_references() {
        let text = "President Anna Berg met Kazakh President Ivan Petrov. The Kazakh President said so. \
                    Later the president left.";
        let e = Entities {
            officials: vec![
                official(text, "Anna Berg", "President", None, "SE", &[]),
                official(text, "Ivan Petrov", "President", None, "KZ", &[]),
            ],
            organizations: vec![],
        };
        with_doc(text, &e, |d| {
            let s1 = d.sentence(1);
            let got = d.persons(s1);
            assert_eq!(got.len(), 1);
            assert_eq!(got[0].name, "Ivan Petrov");
            // Without a country, the most recently mentioned president.
            let s2 = d.sentence(2);
            let got = d.persons(s2.clone());
            assert_eq!(got.first().map(|p| p.name), Some("Ivan Petrov"));
            // The first person alone, as `persons` lists it first.
            assert_eq!(d.first_person(s2).map(|p| p.name), Some("Ivan Petrov"));
            // A title before a name is not a reference of its own.
            let s0 = d.sentence(0);
            let got: Vec<&str> = d.persons(s0.clone()).into_iter().map(|p| p.name).collect();
            assert_eq!(got, ["Anna Berg", "Ivan Petrov"]);
            assert_eq!(d.first_person(s0).map(|p| p.name), Some("Anna Berg"));
            assert!(d.first_person(0..0).is_none());
        });
    }

    #[test]
    fn plain_names_skip_places_and_titles() {
        let e = Entities::default();
        let got = with_doc(
            "accompanied by first lady Mary Ndlovu and the Kazakh Minister in Baku",
            &e,
            |d| {
                d.plain_names(0..d.len())
                    .into_iter()
                    .map(|p| p.name.to_string())
                    .collect::<Vec<String>>()
            },
        );
        assert_eq!(got, ["Mary Ndlovu"]);
    }

    #[test]
    fn sides_from_nearby_sentence() {
        let e = Entities::default();
        with_doc(
            "Kazakhstan and Tajikistan held talks. The sides plan to sign documents.",
            &e,
            |d| {
                let got = d.sides(1, 2);
                assert_eq!(names(&got), ["Kazakhstan", "Tajikistan"]);
                assert!(d.sides(0, 3).is_empty());
            },
        );
    }

    #[test]
    fn tokens_lower_case_as_str_does() {
        let cases = [
            ("signed", "signed", true),
            ("Signed", "signed", false),
            ("MoU", "mou", false),
            ("’", "'", false),
            ("`", "'", false),
            ("'", "'", true),
            ("—", "—", true),
            ("“", "“", true),
            ("£", "£", true),
            ("x’s", "x's", false),
            ("µ", "µ", true),
            ("ǅ", "ǆ", false),
            ("Ⓐ", "ⓐ", false),
            ("Türkiye", "türkiye", false),
            ("ÖSTERREICH", "österreich", false),
            ("ΟΔΟΣ", "οδος", false),
            ("straße", "straße", true),
            ("", "", true),
        ];
        for (t, want, same) in cases {
            let mut buf = String::from("x");
            let pushed = lower_into(t, &mut buf);
            let got = if pushed { &buf[1..] } else { t };
            assert_eq!(got, want, "{t:?}");
            assert_eq!(got, t.to_lowercase().replace(['’', '`'], "'"), "{t:?}");
            assert_eq!(pushed, !same, "{t:?}");
            assert_eq!(buf.len() == 1, same, "{t:?}");
        }
        // A whole text: every token's word, in order.
        let scan = Scan::new("The MoU’s TÜRKİYE text");
        let lowered = Lowered::new(&scan);
        assert_eq!(
            lowered.words(&scan),
            ["the", "mou", "'", "s", "türki\u{307}ye", "text"]
        );
    }

    /// The country before a token is the last country name that starts
    /// before it, whatever other places stand between.
    #[test]
    fn country_before_is_the_last_country_named() {
        let text = "Ministers of Norway met in Oslo with Chile and the United Kingdom, \
                    then toured the country.";
        with_doc(text, &Entities::default(), |d| {
            for i in 0..=d.len() + 1 {
                let want = (0..i.min(d.len()))
                    .rev()
                    .find(|&k| {
                        d.place_at(k)
                            .is_some_and(|(_, p)| p.kind == PlaceKind::Country)
                    })
                    .and_then(|k| d.place_at(k).map(|(e, p)| (k, e, p.alpha2)));
                let got = d.country_before(i).map(|(k, e, p)| (k, e, p.alpha2));
                assert_eq!(got, if i < d.len() { want } else { None }, "token {i}");
            }
            let last = d.len() - 2;
            assert_eq!(d.country_before(last).map(|(_, _, p)| p.alpha2), Some("GB"));
            assert_eq!(d.country_before(0), None);
        });
    }

    /// Every token's lowered form is what lower-casing its text gives, in
    /// ASCII text, around non-ASCII characters and backticks alike.
    #[test]
    fn lowered_words_match_the_reference() {
        for text in [
            "",
            "plain lower words only",
            "The MoU was Signed in BAKU on 3 May.",
            "“Quoted” — Türkiye’s ÉLAN, `tick` and\u{a0}NBSP ΣΟΦΙΑ Straße",
            "ends with a non-ASCII letter: café",
            "`",
            "Ä",
            // Characters across the sixteen-byte chunks the search reads.
            "Abcdefghijklmno’s Abcdefghijklmé ABCDEFGHIJKLMNOÉ x",
        ] {
            let scan = Scan::new(text);
            let lowered = Lowered::new(&scan);
            let want: Vec<String> = scan
                .tokens
                .iter()
                .map(|t| text[t.span.range()].to_lowercase().replace(['’', '`'], "'"))
                .collect();
            assert_eq!(lowered.words(&scan), want, "{text:?}");
        }
    }

    #[test]
    fn ministries_from_titles() {
        let cases = [
            (
                "Energy and Natural Resources",
                Some("Ministry of Energy and Natural Resources"),
            ),
            ("Energy  and", Some("Ministry of Energy")),
            (
                "  Roads   and Urban Development ",
                Some("Ministry of Roads and Urban Development"),
            ),
            ("and", None),
            ("", None),
        ];
        for (portfolio, want) in cases {
            assert_eq!(
                ministry(portfolio).map(|p| p.name).as_deref(),
                want,
                "{portfolio:?}"
            );
        }
    }
}
