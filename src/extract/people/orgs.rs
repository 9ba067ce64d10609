//! Named organizations: capitalized phrases headed by an organization word
//! ("Central Bank of Azerbaijan", "Kazakh AgroTechnical Research
//! University"), or defined with a parenthesized short form ("Kazakhstan
//! Temir Zholy (KTZ)"), with their aliases, country and every mention.

use std::borrow::Cow;
use std::cell::{Cell, OnceCell};

use super::doc::{Doc, mark, nameable};
use super::names;
use crate::lexicon::geo::{self, PlaceKind};
use crate::lexicon::hash::{FxMap, FxSet};
use crate::lexicon::orgs::class as oc;
use crate::lexicon::titles::class as tc;

/// An organization found in the article.
#[derive(Debug, Clone)]
pub(super) struct OrgRec {
    /// The name as first written.
    pub name: String,
    /// Other names: short forms and abbreviations.
    pub aliases: Vec<String>,
    /// Country code, when the name or its context tells.
    pub country: Option<&'static str>,
    /// Unit ranges of every mention.
    pub mentions: Vec<(usize, usize)>,
    /// The comparison [`key`] of the name, made once.
    name_key: String,
}

impl OrgRec {
    /// The name and the aliases.
    fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// The organizations of a document, with lookups by unit and by name.
#[derive(Default)]
pub(super) struct Orgs {
    pub recs: Vec<OrgRec>,
    /// Comparison key of every name and alias -> record.
    index: FxMap<String, usize>,
    /// How many names and aliases the last search for mentions looked
    /// for: when none was added since, a new search finds nothing new.
    searched: usize,
    /// The key of the name looked up last, kept for its allocation: most
    /// lookups find a name already known and need no key of their own.
    key_buf: Cell<String>,
}

/// Whether unit `i` is an organization head or legal-form word: a
/// capitalized one, or one of the few that count in lower case ("Tata
/// group").
fn head(doc: &Doc<'_>, i: usize) -> bool {
    doc.units.get(i).is_some_and(|u| {
        u.word
            && (u.cap && u.oclass & (oc::HEAD | oc::LEGAL) != 0
                || !u.cap && u.oclass & oc::LOWER_HEAD != 0)
    })
}

/// The words that end an organization's name well: heads, places,
/// acronyms, portfolio words ("Ministry of Energy"), capitalized words.
fn good_end(doc: &Doc<'_>, i: usize) -> bool {
    let Some(u) = doc.units.get(i) else {
        return false;
    };
    u.word && (u.cap || u.acronym || u.oclass & (oc::LOWER_HEAD | oc::ADMIN) != 0)
        || doc.s(i) == "."
}

/// The bounds of the capitalized phrase starting at `start`: capitalized
/// words joined by "of", "for", "under", "and", "&", "the", possessives
/// ("People's Bank") and lower-case organization words ("national railway
/// company"). Stops at roles (except after "of": "Council of Ministers")
/// and at sentence ends. Across "of (the)", a left part with no head of
/// its own, or only a part of a body ("Central Office of the …"), is
/// dropped: the name starts after it.
pub(super) fn phrase_bounds(doc: &Doc<'_>, start: usize) -> (usize, usize) {
    let n = doc.len();
    let mut from = start;
    let mut k = start;
    let mut last_good = start;
    while k < n && k < start + 16 && doc.same_sentence(start, k) {
        let Some(u) = doc.units.get(k) else { break };
        // Read only at a role.
        let after_of = || k > 0 && matches!(doc.low(k - 1), "of" | "the");
        if k > from && doc.has_role(k) && !after_of() {
            break;
        }
        // "World Bank Regional Director": the modifier belongs to the role.
        if k > from
            && u.word
            && u.tclass & crate::lexicon::titles::class::MODIFIER != 0
            && (k + 1..(k + 4).min(n))
                .find(|&j| doc.units[j].tclass & crate::lexicon::titles::class::MODIFIER == 0)
                .is_some_and(|j| doc.has_role(j))
        {
            break;
        }
        // A place is taken whole ("People's Republic of China").
        if let Some(g) = doc.geo_at(k) {
            k = g.end.max(k + 1);
            last_good = k;
            continue;
        }
        if doc.org_word(k) {
            k += 1;
            last_good = k;
            continue;
        }
        if u.word && !u.cap && u.oclass & (oc::LOWER_HEAD | oc::MODIFIER | oc::ADMIN) != 0 {
            // Lower-case organization words continue the name only toward a
            // head ("national railway company", "Tata group").
            k += 1;
            if u.oclass & (oc::LOWER_HEAD | oc::ADMIN) != 0 {
                last_good = k;
            }
            continue;
        }
        let low = doc.low(k);
        if matches!(low, "of" | "for" | "under" | "&" | "de" | "and") {
            let mut j = k + 1;
            if doc.is(j, "the") {
                j += 1;
            }
            if !doc.org_word(j) || !doc.same_sentence(start, j) {
                break;
            }
            if low == "and" && splits_at_and(doc, from, k, j) {
                break;
            }
            if low == "of" && drops_left(doc, from, k, j, j == k + 2) {
                from = j;
            }
            k = j;
            continue;
        }
        if doc.possessive(k) > 0 && k > from && !doc.has_geo(k - 1) {
            let p = doc.possessive(k);
            if doc.org_word(k + p) {
                k += p;
                continue;
            }
            break;
        }
        if low == "." && !u.space_before && k > from && has_legal(doc, k - 1) {
            k += 1;
            last_good = k;
            continue;
        }
        break;
    }
    let mut end = last_good.max(from);
    while end > from && !good_end(doc, end - 1) {
        end -= 1;
    }
    (from, end)
}

/// The end (exclusive) of the capitalized phrase starting at `start`.
pub(super) fn phrase_end(doc: &Doc<'_>, start: usize) -> usize {
    phrase_bounds(doc, start).1
}

/// Whether the part before "of" is no organization of its own while the
/// part after is one: "Shares of Rolls-Royce Holdings", "Commercial Affairs
/// of the Batumi Sea Port", and after "of the" a part of a body: "Central
/// Office of the Baku Port".
fn drops_left(doc: &Doc<'_>, from: usize, of: usize, next: usize, the: bool) -> bool {
    // The left part's heads, read where needed (no list is kept).
    let mut left_heads = (from..of).filter(|&i| head(doc, i));
    let mut j = next;
    let mut right = false;
    while j < doc.len() && j < next + 8 && (doc.org_word(j) || doc.possessive(j) > 0) {
        right |= head(doc, j);
        j += 1;
    }
    right
        && match left_heads.next() {
            None => true,
            Some(first) => {
                the && std::iter::once(first)
                    .chain(left_heads)
                    .all(|i| doc.units[i].oclass & oc::SUBUNIT != 0)
            }
        }
}

/// Whether unit `i` is a legal-form word ("JSC", "Corp").
fn has_legal(doc: &Doc<'_>, i: usize) -> bool {
    doc.units
        .get(i)
        .is_some_and(|u| u.word && u.oclass & oc::LEGAL != 0)
}

/// "Port of Alat and Georgian Railway" is two names: split at "and"
/// when both sides have their own head, when the left side ends with a
/// country ("Rail Cargo Austria and …") or is a person's name ("Park
/// Ji-hoon and Hanbit Group"), when "the" follows ("ADY and the Port of
/// …": a name of one body does not go on with "and the"), when a country
/// alone follows ("Port of Baku and Kazakhstan"), and when a name of its
/// own (a head, a place at its end, or an acronym first) is followed by
/// one led by a country or demonym ("KTZ and China Railway Group",
/// "Port of Baku and Kazakhstan Temir Zholy").
fn splits_at_and(doc: &Doc<'_>, start: usize, and: usize, next: usize) -> bool {
    if names::name_before(doc, and, 2).is_some_and(|r| r.start <= start) {
        return true;
    }
    if next == and + 2 {
        return true;
    }
    // The place that opens the right side, if any, and what follows it.
    let place = doc.geo_at(next).filter(|g| g.start == next);
    if let Some(g) = place
        && g.kind == PlaceKind::Country
        && !doc.org_word(g.end)
    {
        return true;
    }
    let acronym_first = doc.units.get(start).is_some_and(|u| u.acronym);
    // A lone word before "and" is no name of its own ("Ports and Maritime
    // Organisation"), unless it is an acronym.
    let left = ((start..and).any(|i| head(doc, i)) || geo_ending_at(doc, and).is_some())
        && and - start >= 2
        || acronym_first;
    let led_by_place = place.is_some_and(|g| {
        matches!(g.kind, PlaceKind::Country | PlaceKind::Demonym) && doc.org_word(g.end)
    });
    if left && led_by_place {
        return true;
    }
    let mut j = next;
    let mut right = false;
    while j < doc.len() && j < next + 8 && (doc.org_word(j) || doc.possessive(j) > 0) {
        right |= head(doc, j);
        j += 1;
    }
    left && right
}

impl Orgs {
    /// Finds the organizations of a document and marks their words as
    /// not being parts of person names.
    pub fn find(doc: &mut Doc<'_>) -> Orgs {
        let mut orgs = Orgs::default();
        // Words of names that follow a title somewhere: "Russia's Vladimir
        // Putin" owns nothing when "President Vladimir Putin" is written.
        // Only names owned by a country ask, and only once all else says
        // they are such names, so they are found when first needed.
        let person_words: OnceCell<FxSet<&str>> = OnceCell::new();
        let n = doc.len();
        // Only a role or an organization word starts anything below: the
        // other units are passed over by their marks alone.
        let starts = mark::ROLE | mark::ORG_WORD;
        let mut i = doc.next_marked(0, starts);
        while i < n {
            // "Chairman of the Board …" is a title, not the start of a name.
            if let Some(h) = doc.role_at(i) {
                i = h.end;
                continue;
            }
            if !doc.org_word(i) || i > 0 && doc.org_word(i - 1) && doc.same_sentence(i - 1, i) {
                i = doc.next_marked(i + 1, starts);
                continue;
            }
            // A leading country with a possessive is context, not name; what
            // it owns may be a company with no head word ("Korea's Kakao
            // Mobility").
            if let Some(g) = doc.geo_at(i)
                && doc.possessive(g.end) > 0
            {
                i = g.end + doc.possessive(g.end);
                if let Some((a, b)) = owned_name(doc, i, &person_words) {
                    orgs.add(doc, a, b);
                    i = b;
                }
                continue;
            }
            let (from, end) = phrase_bounds(doc, i);
            if end <= from {
                i += 1;
                continue;
            }
            let paren = parenthesized(doc, end);
            // Most capitalized phrases hold no head word: with no short
            // form after them, they name no organization (the test of
            // [`is_org`] needs a head inside the trimmed phrase, which
            // lies inside this one), so nothing more is read.
            if paren.is_none() && !(from..end).any(|k| head(doc, k)) {
                i = end.max(i + 1);
                continue;
            }
            let (mut s, mut e) = trim_person_tail(doc, from, end);
            if let Some((alias, after)) = paren {
                // "Kazakhstan Temir Zholy (KTZ)": a short form made of the
                // initials of the whole phrase keeps it whole, though its
                // last words look like a person's name.
                if alias.1 == alias.0 + 1 && initials_match(doc, from, end, doc.s(alias.0)) {
                    (s, e) = (from, end);
                }
                if s < e
                    && (e - s >= 2 || head(doc, s))
                    && !is_place_phrase(doc, s, e)
                    && !all_geo(doc, s, e)
                {
                    let id = orgs.add(doc, s, e);
                    orgs.add_alias(doc, id, alias);
                }
                i = after;
                continue;
            }
            if is_org(doc, s, e) {
                orgs.add(doc, s, e);
            }
            i = end.max(i + 1);
        }
        orgs.find_mentions(doc);
        for rec in &orgs.recs {
            for &(a, b) in &rec.mentions {
                doc.block(a, b);
            }
        }
        orgs
    }

    /// Adds the organization named by units `a..b` (or finds the one it
    /// already is) and returns its index.
    pub fn add(&mut self, doc: &Doc<'_>, a: usize, b: usize) -> usize {
        // "Kazakhstan Temir Zholy (KTZ)": the short form is an alias.
        if b >= a + 3
            && doc.s(b - 1) == ")"
            && let Some(open) = (a..b).rposition(|i| doc.s(i) == "(").map(|p| a + p)
            && open > a
        {
            let id = self.add(doc, a, open);
            self.add_alias(doc, id, (open + 1, b - 1));
            return id;
        }
        let name = clean(doc.text_of(a, b));
        // "DP World group": the body already named "DP World".
        let mut core_end = b;
        while core_end > a + 1 && doc.units[core_end - 1].word && !doc.cap(core_end - 1) {
            core_end -= 1;
        }
        // The key goes to the new record, or back to the lookups' buffer
        // when the name is known.
        let name_key = self.buffered_key(&name);
        let known = self.index.get(name_key.as_str()).copied().or_else(|| {
            (core_end < b)
                .then(|| self.by_name(&clean(doc.text_of(a, core_end))))
                .flatten()
        });
        if let Some(id) = known {
            self.key_buf.set(name_key);
            if !self.recs[id].mentions.contains(&(a, b)) {
                self.recs[id].mentions.push((a, b));
            }
            return id;
        }
        let country = country_in(doc, a, b).or_else(|| country_before(doc, a));
        self.index
            .entry(name_key.clone())
            .or_insert(self.recs.len());
        self.recs.push(OrgRec {
            name: name.into_owned(),
            aliases: Vec::new(),
            country,
            mentions: vec![(a, b)],
            name_key,
        });
        self.recs.len() - 1
    }

    /// Adds units `a..b` as an alias of record `id`, merging the record
    /// the alias already names, if any.
    fn add_alias(&mut self, doc: &Doc<'_>, id: usize, (a, b): (usize, usize)) {
        let alias = clean(doc.text_of(a, b));
        if alias.is_empty() {
            return;
        }
        // The short form may already be a record of its own ("Port of
        // Baku" before "… CJSC (Port of Baku)"): merge into the earlier one.
        if let Some(other) = self.by_name(&alias)
            && other != id
        {
            let (keep, gone) = if other < id { (other, id) } else { (id, other) };
            let moved = self.recs.remove(gone);
            let k = &mut self.recs[keep];
            for nm in moved.names() {
                if nm != k.name && !k.aliases.iter().any(|x| x == nm) {
                    k.aliases.push(nm.to_string());
                }
            }
            k.mentions.extend(moved.mentions);
            k.country = k.country.or(moved.country);
            self.reindex();
            return;
        }
        self.index.entry(key(&alias)).or_insert(id);
        let rec = &mut self.recs[id];
        if rec.name != *alias && !rec.aliases.iter().any(|x| *x == *alias) {
            rec.aliases.push(alias.into_owned());
        }
        if !rec.mentions.contains(&(a, b)) {
            rec.mentions.push((a, b));
        }
    }

    /// The record named or aliased `name` (compared without case and
    /// punctuation).
    pub fn by_name(&self, name: &str) -> Option<usize> {
        let buf = self.buffered_key(name);
        let found = self.index.get(buf.as_str()).copied();
        self.key_buf.set(buf);
        found
    }

    /// The comparison key of `name` ([`key`]), written into the lookups'
    /// buffer, which the caller gives back (or keeps for a new record).
    fn buffered_key(&self, name: &str) -> String {
        let mut buf = self.key_buf.take();
        buf.clear();
        buf.reserve(name.len());
        key_into(name, &mut buf);
        buf
    }

    /// The record a generic noun at unit `noun` refers to before unit
    /// `at`: the one mentioned last whose name has that noun ("the bank's
    /// governor" after "the Central Bank of …"); for a noun any company
    /// goes by ("the company's CEO"), the one mentioned last.
    pub fn latest_before(&self, doc: &Doc<'_>, at: usize, noun: usize) -> Option<usize> {
        let word = doc.low(noun);
        let singular = word.strip_suffix('s').unwrap_or(word);
        let latest = |named: bool| {
            self.recs
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    !named
                        || r.name_key
                            .split(' ')
                            .any(|w| w == word || w.strip_suffix('s').unwrap_or(w) == singular)
                })
                .filter_map(|(id, r)| {
                    let last = r.mentions.iter().filter(|m| m.1 <= at).map(|m| m.0).max()?;
                    Some((last, id))
                })
                .max()
                .map(|(_, id)| id)
        };
        let generic = doc
            .units
            .get(noun)
            .is_some_and(|u| u.oclass & oc::GENERIC != 0);
        latest(true).or_else(|| if generic { latest(false) } else { None })
    }

    /// Rebuilds the name index after records moved.
    fn reindex(&mut self) {
        self.index.clear();
        for (id, r) in self.recs.iter().enumerate() {
            for nm in r.names() {
                self.index.entry(key(nm)).or_insert(id);
            }
        }
    }

    /// Gives a country to records without one from the context of any
    /// mention: a possessive or demonym right before it ("UAE's DP World"),
    /// else an apposition after it ("KTZ Express, the container arm of
    /// Kazakhstan's railway").
    pub fn fill_countries(&mut self, doc: &Doc<'_>) {
        for r in &mut self.recs {
            if r.country.is_none() {
                r.country = r
                    .mentions
                    .iter()
                    .find_map(|&(a, _)| {
                        country_before(doc, a).or_else(|| demonym_ending_at(doc, a))
                    })
                    .or_else(|| {
                        r.mentions
                            .iter()
                            .find_map(|&(_, b)| apposition_country(doc, b))
                    });
            }
        }
    }

    /// Whether the record is an international body ("Asian Development
    /// Bank"), which belongs to no one country.
    pub fn multinational(&self, doc: &Doc<'_>, id: usize) -> bool {
        self.recs.get(id).is_some_and(|r| {
            r.mentions.iter().any(|&(a, b)| {
                (a..b).any(|i| doc.units[i].oclass & oc::MULTINATIONAL != 0)
                    && (a..b).any(|i| head(doc, i) && doc.cap(i))
            })
        })
    }

    /// Every place any name or alias of a record is written, exactly
    /// (case and single spaces as in the name), on unit boundaries; the
    /// longest name wins where several start on one unit.
    pub fn find_mentions(&mut self, doc: &Doc<'_>) {
        let names: usize = self.recs.iter().map(|r| 1 + r.aliases.len()).sum();
        if names == self.searched {
            // No name was added since the last search: its mentions stand.
            return;
        }
        self.searched = names;
        // The names with their first word, sorted, so that each unit is
        // compared with the few names that can start on it (no map to
        // build); and the first two bytes
        // of all names (a bit for the second byte's low six bits in a row
        // for the first), which rule out most units at once.
        let mut by_first: Vec<(&str, usize, &str)> = Vec::with_capacity(names);
        let mut leads = [0u64; 256];
        for (id, r) in self.recs.iter().enumerate() {
            for nm in r.names() {
                if let Some(&b) = nm.as_bytes().first() {
                    let row = &mut leads[usize::from(b)];
                    *row |= match nm.as_bytes().get(1) {
                        Some(&c) => 1 << (c & 63),
                        // A one-byte name: any second byte.
                        None => u64::MAX,
                    };
                    by_first.push((geo::first_word(nm), id, nm));
                }
            }
        }
        // By first word, the longest name first (a stable sort: among names
        // of one length, the first added first).
        by_first.sort_by_key(|&(first, _, nm)| (first, std::cmp::Reverse(nm.len())));
        let mut found: Vec<(usize, (usize, usize))> = Vec::new();
        let mut i = 0;
        while i < doc.len() {
            let u = &doc.units[i];
            let bytes = doc.text.as_bytes();
            let row = bytes
                .get(u.span.start)
                .map_or(0, |&b| leads[usize::from(b)]);
            // Most first bytes start no name at all.
            if row == 0 {
                i += 1;
                continue;
            }
            let second = bytes.get(u.span.start + 1).copied().unwrap_or(0);
            if row & (1 << (second & 63)) == 0 {
                i += 1;
                continue;
            }
            let here = doc.text.get(u.span.start..).unwrap_or("");
            // The longest name that starts here and ends on a unit's end.
            let first = geo::first_word(here);
            // The names with that first word are one run of the sorted
            // list, found by binary search: an input naming thousands of
            // bodies costs a few comparisons a unit, not one per name.
            let hit = super::sorted_run(&by_first, first, |p| p.0)
                .iter()
                .find_map(|&(_, id, nm)| {
                    if !here.starts_with(nm) {
                        return None;
                    }
                    let end = u.span.start + nm.len();
                    let b = doc.units.partition_point(|x| x.span.end <= end);
                    (b > i && doc.units.get(b - 1).is_some_and(|x| x.span.end == end))
                        .then_some((id, (i, b)))
                });
            match hit {
                Some((id, (a, b))) => {
                    found.push((id, (a, b)));
                    i = b;
                }
                None => i += 1,
            }
        }
        let mut touched = vec![false; self.recs.len()];
        for (id, m) in found {
            if let Some(r) = self.recs.get_mut(id) {
                if !r.mentions.contains(&m) {
                    r.mentions.push(m);
                }
                touched[id] = true;
            }
        }
        for (r, t) in self.recs.iter_mut().zip(touched) {
            if t {
                r.mentions.sort_unstable();
            }
        }
    }
}

/// The lower-case words of the names that follow a title ("President
/// Vladimir Putin").
fn titled_name_words<'d>(doc: &'d Doc<'_>) -> FxSet<&'d str> {
    names::all_names(doc, 1)
        .iter()
        .filter(|r| {
            (r.outer.saturating_sub(6)..r.outer)
                .any(|k| doc.role_at(k).is_some_and(|h| h.end == r.outer))
        })
        .flat_map(|r| r.start..r.end)
        .map(|k| doc.low(k))
        .collect()
}

/// A name with no head word right after a country's possessive: one to
/// four capitalized words that are no person's name, no place and no role
/// ("Korea's Kakao Mobility", "UAE's DP World"). A name with a head is
/// left to the general rule. `person_words` holds (or gets, when first
/// needed) the words of the names that follow a title.
fn owned_name<'d>(
    doc: &'d Doc<'_>,
    a: usize,
    person_words: &OnceCell<FxSet<&'d str>>,
) -> Option<(usize, usize)> {
    let mut b = a;
    while b < doc.len() && b < a + 5 && doc.same_sentence(a, b) && doc.org_word(b) {
        b += 1;
    }
    let words = b - a;
    // What follows is a verb, a function word or punctuation ("Korea's
    // Kakao Mobility signed"), not a noun the name qualifies ("Indonesia's
    // Suralaya plant").
    let next_ok = doc.units.get(b).is_none_or(|u| {
        !u.word
            || u.tclass & tc::FUNCTION != 0
            || doc.low(b).ends_with("ed") && doc.low(b).len() > 3
    });
    let ok = (1..=4).contains(&words)
        && next_ok
        && !doc.cap(b)
        && doc.possessive(b) == 0
        && (a..b).all(|k| {
            !doc.has_role(k)
                && !doc.in_geo(k)
                && doc.units[k].tclass & (tc::MODIFIER | tc::PORTFOLIO) == 0
        })
        && !(a..b).all(|k| doc.units[k].tclass & tc::NON_NAME != 0)
        && !(a..b).any(|k| head(doc, k))
        // The costly test last: no word of a titled person's name.
        && {
            let words = person_words.get_or_init(|| titled_name_words(doc));
            (a..b).all(|k| !words.contains(doc.low(k)))
        };
    ok.then_some((a, b))
}

/// Whether units `a..b` name an organization: two or more words with a
/// head or legal-form word, not a place.
fn is_org(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    if b <= a {
        return false;
    }
    // The cheap tests first: most phrases have no head at all.
    let cap_head = (a..b).any(|i| head(doc, i) && doc.cap(i));
    // "Tata group" names a body; "Saudi companies" does not.
    let low_head = (a..b).any(|i| head(doc, i) && !doc.cap(i))
        && (a..b).any(|i| doc.cap(i) && !doc.in_geo(i) && !doc.units[i].acronym);
    if !(cap_head || low_head) || (a..b).filter(|&i| doc.units[i].word).count() < 2 {
        return false;
    }
    !is_place_phrase(doc, a, b) && !all_geo(doc, a, b)
}

/// Whether units `a..b` are only places and connectors ("Russian
/// Federation and Turkmenistan").
fn all_geo(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).all(|i| doc.in_geo(i) || matches!(doc.low(i), "and" | "," | "the" | "of" | "&"))
}

/// Whether the phrase names a place or a thing rather than a body
/// ("Rustam Aliyev International Airport", "Middle Corridor").
fn is_place_phrase(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    // The last place word comes after the last head: "… Sea Trade Port" is
    // a body, "… International Airport" a place.
    let last_place = (a..b)
        .rev()
        .find(|&i| doc.units[i].oclass & oc::PLACE != 0 && doc.cap(i));
    let last_head = (a..b).rev().find(|&i| head(doc, i));
    match (last_place, last_head) {
        (Some(p), Some(h)) => p > h,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Drops a person's name stuck to the end of an organization phrase
/// ("Caspian Freight National Company Ruslan Temirov").
fn trim_person_tail(doc: &Doc<'_>, a: usize, b: usize) -> (usize, usize) {
    let last_head = (a..b).rev().find(|&i| !nameable(doc, i));
    let mut e = match last_head {
        // "JSC NC SteppeOil Marat Zhunusov": after a legal form comes
        // the company's own name, then the person's.
        Some(h) if b - (h + 1) >= 3 && (doc.units[h].acronym || has_legal(doc, h)) => h + 2,
        // "Institute for Trade Studies Mark Ellison": inside a name
        // joined by "for" or "of", only the last two words are the person.
        Some(h) if b - (h + 1) >= 3 && matches!(doc.low(h), "for" | "of" | "and") => b - 2,
        Some(h) if b - (h + 1) >= 2 => h + 1,
        _ => b,
    };
    while e > a
        && matches!(
            doc.low(e - 1),
            "and" | "of" | "the" | "&" | "for" | "under" | "de"
        )
    {
        e -= 1;
    }
    (a, e)
}

/// Whether `acronym` is made of the initials of the capitalized words of
/// units `a..b`, in order, from the first word's to the last word's
/// ("KTZ" for "Kazakhstan Temir Zholy", "PMO" for "Ports and Maritime
/// Organisation"); words may be skipped in between.
fn initials_match(doc: &Doc<'_>, a: usize, b: usize, acronym: &str) -> bool {
    // Both read as often as needed rather than collected: they are short,
    // and a list would be an allocation.
    let initials = || {
        (a..b)
            .filter(|&i| doc.cap(i) || doc.units[i].acronym)
            .filter_map(|i| doc.s(i).chars().next())
    };
    let letters = || acronym.chars().filter(|c| c.is_uppercase());
    if letters().nth(1).is_none() || initials().nth(1).is_none() {
        return false;
    }
    if letters().next() != initials().next() || letters().next_back() != initials().next_back() {
        return false;
    }
    // Each letter in turn among the initials.
    let mut rest = initials();
    letters().all(|l| rest.any(|c| c == l))
}

/// A parenthesized short form right at unit `i`: "(KTZ)", "(KTZ, national
/// company)", "(Port of Baku)". Returns its unit range and the unit after
/// the closing parenthesis.
fn parenthesized(doc: &Doc<'_>, i: usize) -> Option<((usize, usize), usize)> {
    if doc.s(i) != "(" {
        return None;
    }
    let a = i + 1;
    let u = doc.units.get(a)?;
    if u.acronym || u.word && u.cap && doc.low(a).chars().count() <= 12 && a + 1 < doc.len() {
        // Acronym: one unit, then ")" or ",".
        if u.acronym && matches!(doc.s(a + 1), ")" | ",") {
            let close = (a + 1..(a + 12).min(doc.len())).find(|&k| doc.s(k) == ")")?;
            return Some(((a, a + 1), close + 1));
        }
        // Mixed-case short forms ("KfW", "MoU") count as acronyms when short.
        let caps = doc.s(a).chars().filter(|c| c.is_uppercase()).count();
        if caps >= 2 && doc.s(a + 1) == ")" {
            return Some(((a, a + 1), a + 2));
        }
        // A short capitalized name: "Port of Baku".
        let e = phrase_end(doc, a);
        if e > a && e - a <= 6 && doc.s(e) == ")" && names::name_at(doc, a, 2).is_none() {
            return Some(((a, e), e + 1));
        }
    }
    None
}

/// The country named inside units `a..b` ("Central Bank of Azerbaijan",
/// "Hamburg Port Authority").
pub(super) fn country_in(doc: &Doc<'_>, a: usize, b: usize) -> Option<&'static str> {
    (a..b).find_map(|i| doc.geo_at(i).filter(|g| g.end <= b).map(|g| g.alpha2))
}

/// The country of a possessive or demonym right before unit `a` ("UAE's
/// DP World", "Korea's …").
pub(super) fn country_before(doc: &Doc<'_>, a: usize) -> Option<&'static str> {
    for back in 1..=3usize {
        let Some(p) = a.checked_sub(back) else { break };
        if doc.possessive(p) == back
            && let Some(g) = geo_ending_at(doc, p)
        {
            return Some(g);
        }
    }
    None
}

/// The country an apposition right after an organization's mention
/// names: ", the (…) of Kazakhstan's …", ", a Turkish contractor," — the
/// first country or demonym before the apposition's closing comma or
/// period. Only appositions that start with "the" or "a" count.
fn apposition_country(doc: &Doc<'_>, end: usize) -> Option<&'static str> {
    if doc.s(end) != "," || !matches!(doc.low(end + 1), "the" | "a" | "an") {
        return None;
    }
    let mut k = end + 2;
    while k < doc.len() && k < end + 14 && doc.same_sentence(end, k) {
        if matches!(doc.s(k), "," | "." | ";" | "(") {
            break;
        }
        if let Some(g) = doc.geo_at(k)
            && matches!(g.kind, PlaceKind::Country | PlaceKind::Demonym)
        {
            return Some(g.alpha2);
        }
        k += 1;
    }
    None
}

/// The country of a place name ending right before unit `end`.
pub(super) fn geo_ending_at(doc: &Doc<'_>, end: usize) -> Option<&'static str> {
    (end.saturating_sub(6)..end)
        .find_map(|s| doc.geo_at(s).filter(|g| g.end == end).map(|g| g.alpha2))
}

/// The country of a demonym ending right before unit `end` ("Turkish
/// …").
fn demonym_ending_at(doc: &Doc<'_>, end: usize) -> Option<&'static str> {
    (end.saturating_sub(3)..end).find_map(|s| {
        doc.geo_at(s)
            .filter(|g| g.end == end && g.kind == crate::lexicon::geo::PlaceKind::Demonym)
            .map(|g| g.alpha2)
    })
}

/// A name cleaned for output: inner white space collapsed, a leading
/// "the" dropped.
pub(super) fn clean(s: &str) -> Cow<'_, str> {
    match names::join_words(s) {
        // Mostly the text itself, then a part of it.
        Cow::Borrowed(t) => Cow::Borrowed(
            t.strip_prefix("the ")
                .or_else(|| t.strip_prefix("The "))
                .unwrap_or(t),
        ),
        // The leading article goes in place, with no second string.
        Cow::Owned(mut t) => {
            if t.starts_with("the ") || t.starts_with("The ") {
                t.drain(..4);
            }
            Cow::Owned(t)
        }
    }
}

/// A comparison key: lower case, letters and digits only, words joined by
/// single spaces, typographic apostrophes made plain.
pub(super) fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    key_into(s, &mut out);
    out
}

/// Writes the comparison key of `s` (see [`key`]) into the empty `out`.
fn key_into(s: &str, out: &mut String) {
    let mut space = false;
    if s.is_ascii() {
        // Most names are ASCII: read byte by byte, with no decoding.
        for &b in s.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else if b != b'\'' {
                space = true;
            }
        }
        return;
    }
    for c in s.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else if c != '\'' && c != '’' {
            space = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Scan;

    /// (name, aliases, country, mention count) of every organization.
    fn orgs(text: &str) -> Vec<(String, Vec<String>, Option<&'static str>, usize)> {
        let scan = Scan::new(text);
        let mut doc = Doc::new(&scan, 0..scan.tokens.len());
        let o = Orgs::find(&mut doc);
        o.recs
            .into_iter()
            .map(|r| (r.name, r.aliases, r.country, r.mentions.len()))
            .collect()
    }

    #[test]
    fn named_organizations_with_aliases_and_countries() {
        let text = "The Port of Varna and Moldova Railways signed a deal. The Central Bank of \
                    Armenia welcomed it. Later the Varna Sea Trade Port JSC (Port of Varna) said \
                    the Eastern Freight Authority (EFA) agreed. EFA said so.";
        let got = orgs(text);
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Port of Varna",
                "Moldova Railways",
                "Central Bank of Armenia",
                "Eastern Freight Authority"
            ]
        );
        assert_eq!(got[0].1, ["Varna Sea Trade Port JSC"]);
        assert_eq!(got[0].2, Some("BG"));
        assert_eq!(got[1].2, Some("MD"));
        assert_eq!(got[2].2, Some("AM"));
        assert_eq!(got[3].1, ["EFA"]);
        assert_eq!(got[3].3, 3);
    }

    #[test]
    fn possessive_country_is_context() {
        let got = orgs("Georgia's National Water Company (NWC) grew.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "National Water Company");
        assert_eq!(got[0].2, Some("GE"));
    }

    #[test]
    fn names_owned_by_a_country_are_bodies_unless_people() {
        let got = orgs(
            "Finland's Nordvik Mobility and Chile's Andesol signed a deal. Chile's Andesol plant \
             grew. President Mateo Rojas met Chile's Mateo Rojas later.",
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Nordvik Mobility", "Andesol"]);
        assert_eq!(got[0].2, Some("FI"));
        assert_eq!(got[1].2, Some("CL"));
        // "Tarvo group" is the body already named "Tarvo".
        let got = orgs("Estonia's Tarvo said it grew. Tarvo group chairman Ain Kask spoke.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Tarvo");
    }

    #[test]
    fn places_people_and_lone_heads_are_not_organizations() {
        assert!(orgs("The Ministry said the Trans-Caspian Route (TCR) is busy.").is_empty());
        assert!(orgs("Flights use the Ivan Petrov International Airport now.").is_empty());
    }

    #[test]
    fn initials_keep_a_name_whole_and_appositions_give_countries() {
        let text = "Steppe Temir Zholy (STZ) and KTX Cargo, the freight arm of Kazakhstan's \
                    railway, grew.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        // "Steppe Temir Zholy" are units 0..3, "KTX Cargo" 7..9.
        assert!(initials_match(&doc, 0, 3, "STZ"));
        assert!(!initials_match(&doc, 0, 3, "KTZ"));
        assert!(!initials_match(&doc, 0, 3, "S"));
        assert_eq!(apposition_country(&doc, 9), Some("KZ"));
        assert_eq!(apposition_country(&doc, 3), None);
        let got = orgs(text);
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert!(names.contains(&"Steppe Temir Zholy"), "{names:?}");
    }

    #[test]
    fn generic_nouns_refer_to_a_fitting_body() {
        let text = "The Central Bank of Armenia and the Caspian Freight Company met. The bank's \
                    governor and the company's CEO spoke, and the fund's head.";
        let scan = Scan::new(text);
        let mut doc = Doc::new(&scan, 0..scan.tokens.len());
        let o = Orgs::find(&mut doc);
        let at = |w: &str| (0..doc.len()).find(|&i| doc.s(i) == w).unwrap_or(0);
        let name = |id: Option<usize>| id.and_then(|i| o.recs.get(i)).map(|r| r.name.clone());
        let governor = at("governor");
        assert_eq!(
            name(o.latest_before(&doc, governor, at("bank"))).as_deref(),
            Some("Central Bank of Armenia")
        );
        assert_eq!(
            name(o.latest_before(&doc, at("CEO"), at("company"))).as_deref(),
            Some("Caspian Freight Company")
        );
        // No fund was named, and "fund" is no word any company goes by.
        assert_eq!(name(o.latest_before(&doc, at("head"), at("fund"))), None);
    }

    #[test]
    fn and_joins_one_name_or_splits_two() {
        let names = |text: &str| -> Vec<String> { orgs(text).into_iter().map(|g| g.0).collect() };
        // One body's name: the parts after "and" have no name of their own.
        assert_eq!(
            names(
                "The Ministry of Culture and Tourism and the Chamber of Commerce and Industry met."
            ),
            [
                "Ministry of Culture and Tourism",
                "Chamber of Commerce and Industry"
            ]
        );
        assert_eq!(
            names(
                "The Docks and Shipping Authority and the Agricultural and Rural Bank of Ghana met."
            ),
            [
                "Docks and Shipping Authority",
                "Agricultural and Rural Bank of Ghana"
            ]
        );
        // Two bodies: "and the", a country alone after "and", a name led
        // by a country after one of its own.
        assert_eq!(
            names("BRX and the Poti Sea Port agreed."),
            ["Poti Sea Port"]
        );
        assert_eq!(
            names("The Varna Gas Company and Moldova agreed."),
            ["Varna Gas Company"]
        );
        assert_eq!(
            names("The Port of Varna and Moldova Freight Lines agreed."),
            ["Port of Varna", "Moldova Freight Lines"]
        );
        assert_eq!(
            names("BRX and Turkish Cargo Shipping Group agreed."),
            ["Turkish Cargo Shipping Group"]
        );
    }

    #[test]
    fn keys_ignore_case_and_punctuation() {
        assert_eq!(key("People’s Bank of China"), "peoples bank of china");
        assert_eq!(key("LG Corp."), "lg corp");
    }
}
