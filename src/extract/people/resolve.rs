//! From title phrases to officials: one record per person, with the first
//! stated title, the country (from the phrase, its organization, the list
//! it stands in, the delegation it leads, the dateline or the article's
//! first country), and every mention (full name, surname alone, title
//! alone).

use std::borrow::Cow;

use super::doc::{Doc, Unit};
use super::names::{self, NameRun};
use super::orgs::{self, Orgs};
use super::titles::Phrase;
use crate::lexicon::geo::PlaceKind;
use crate::lexicon::hash::{FxMap, FxSet};
use crate::lexicon::titles::RoleKind;
use crate::{Country, Official, Organization, Span};

/// One person bound to a title, before records are merged.
#[derive(Debug, Clone)]
struct Cand<'p> {
    name: NameRun,
    /// The title, borrowed from its phrase.
    title: &'p str,
    kind: RoleKind,
    /// The organization record.
    org: Option<usize>,
    country: Option<&'static str>,
    /// The country is a fallback guess.
    guessed: bool,
}

/// An official being built.
#[derive(Debug, Clone)]
struct Rec {
    name: String,
    /// Where the name's words, folded, for matching later mentions, are in
    /// the records' shared list of words ([`Words`]): one list for all
    /// records, not one allocation per record (the record is scratch: only
    /// its name, title and mentions reach the output).
    words: (usize, usize),
    title: String,
    kind: RoleKind,
    org: Option<usize>,
    country: Option<&'static str>,
    mentions: Vec<(usize, usize)>,
}

/// Builds the officials and organizations of a document.
pub(super) fn resolve(
    doc: &Doc<'_>,
    phrases: &[Phrase<'_>],
    orgs: &mut Orgs,
    runs: &[NameRun],
) -> (Vec<Official>, Vec<Organization>) {
    // Every organization a title names becomes a record first, so that
    // officials take its country.
    // The organization of each unit is the first record with a mention
    // over it, as the records stand now: read from their few mentions
    // rather than from a table of every unit.
    // Sized once (a flattened list does not know its length).
    let mut owned: Vec<(usize, usize, usize)> =
        Vec::with_capacity(orgs.recs.iter().map(|r| r.mentions.len()).sum());
    owned.extend(
        orgs.recs
            .iter()
            .enumerate()
            .flat_map(|(id, r)| r.mentions.iter().map(move |&(a, b)| (a, b, id))),
    );
    let units = doc.len();
    let at = |a: usize, b: usize| {
        if a > b || b > units {
            return None;
        }
        (a..b).find_map(|k| {
            owned
                .iter()
                .filter(|&&(s, e, _)| s <= k && k < e)
                .map(|&(_, _, id)| id)
                .min()
        })
    };
    let org_ids: Vec<Option<usize>> = phrases
        .iter()
        .map(|p| {
            if let Some(noun) = p.org_ref {
                return orgs.latest_before(doc, p.start, noun);
            }
            let (a, b) = p.org?;
            if p.names.is_empty() && p.chain_at.is_none() {
                return at(a, b);
            }
            Some(
                at(a, b)
                    .or_else(|| orgs.by_name(&orgs::clean(doc.text_of(a, b))))
                    .unwrap_or_else(|| orgs.add(doc, a, b)),
            )
        })
        .collect();
    orgs.find_mentions(doc);
    orgs.fill_countries(doc);
    let cands = candidates(doc, phrases, &org_ids, orgs, runs);
    let (recs, words) = merge(doc, cands);
    let recs = with_mentions(doc, phrases, recs, &words, runs);
    let officials = recs
        .into_iter()
        .map(|r| {
            let organization = r
                .org
                .and_then(|id| orgs.recs.get(id))
                .map(|o| o.name.clone());
            // In place: a pair of unit indices and a span have one layout,
            // so the record's list becomes the output's without a copy.
            let mut mentions: Vec<Span> = r
                .mentions
                .into_iter()
                .map(|(a, b)| doc.span(a, b))
                .collect();
            mentions.sort_unstable();
            mentions.dedup();
            Official {
                name: r.name,
                title: (!r.title.is_empty()).then_some(r.title),
                organization,
                country: r.country.and_then(Country::new),
                mentions,
            }
        })
        .collect();
    orgs.find_mentions(doc);
    // The records are done with: their names move into the output.
    let organizations = std::mem::take(&mut orgs.recs)
        .into_iter()
        .map(|r| {
            // In place, as for the officials.
            let mut mentions: Vec<Span> = r
                .mentions
                .into_iter()
                .map(|(a, b)| doc.span(a, b))
                .collect();
            mentions.sort_unstable();
            mentions.dedup();
            Organization {
                name: r.name,
                aliases: r.aliases,
                country: r.country.and_then(Country::new),
                mentions,
            }
        })
        .collect();
    (officials, organizations)
}

/// Every (name, title) binding, with chains of titles, borrowed
/// counterpart titles and countries resolved.
fn candidates<'p>(
    doc: &Doc<'_>,
    phrases: &'p [Phrase<'_>],
    org_ids: &[Option<usize>],
    orgs: &Orgs,
    runs: &[NameRun],
) -> Vec<Cand<'p>> {
    let dateline = dateline_country(doc);
    // Fallback countries in order of preference: the dateline's, then the
    // countries the article names outside title phrases (room for the
    // usual few, in one allocation).
    let mut fallbacks: Vec<&'static str> = Vec::with_capacity(16);
    fallbacks.extend(dateline);
    free_countries(doc, phrases, &mut fallbacks);
    let headline = Headlines::new(doc, runs);
    // At most one candidate per bound name: the lists never grow.
    let bound: usize = phrases.iter().map(|p| p.names.len()).sum();
    let mut out: Vec<Cand<'p>> = Vec::with_capacity(bound);
    // The visitor's home when an unmarked official travels to the
    // dateline's country: the article is written from the visitor's side.
    let mut visitor_home: Option<&'static str> = None;
    // The country of the phrase before, and whether it is a fallback
    // guess, for lists that inherit it.
    let mut before: (Option<&'static str>, bool) = (None, false);
    for (j, p) in phrases.iter().enumerate() {
        // The first phrase of a chain of titles ending here.
        let mut first = j;
        while first > 0 {
            let prev = &phrases[first - 1];
            // A plural before a comma starts a list, not a chain of one
            // person's titles ("members of the delegation, councilors …").
            if prev.names.is_empty()
                && !prev.plural
                && !phrases[first].plural
                && prev.chain_at == Some(phrases[first].start)
            {
                first -= 1;
            } else {
                break;
            }
        }
        let chain = &phrases[first..=j];
        let head = &phrases[first];
        let org = org_ids.get(first).copied().flatten();
        let international = org.is_some_and(|id| orgs.multinational(doc, id));
        let mut country = chain.iter().find_map(|q| q.countries.first().copied());
        if country.is_none() && chain.iter().any(|q| q.prev_country) {
            country = previous_country(doc, &phrases[..first], head.start);
        }
        if country.is_none() {
            country = org.and_then(|id| orgs.recs.get(id)).and_then(|r| r.country);
        }
        let mut guess = false;
        // A country the person cannot be of: the one of the head of state
        // listed before with the same title.
        let mut other_than: Option<&'static str> = None;
        // Lists pass countries between people of states, not of companies.
        let listed = org.is_none();
        if country.is_none() && !international {
            country = p.led_country;
            // "… is accompanied by Foreign Minister A B": the companion
            // comes from the country of the one accompanied.
            if country.is_none()
                && let Some(cue) = accompanied_at(doc, head.start)
            {
                country = companion_country(doc, runs, &out, cue);
            }
            if country.is_none() {
                country = p.names.first().and_then(|r| own_country_after(doc, r.end));
            }
            if country.is_none() && listed && j > 0 && lists_with(doc, &phrases[j - 1], p) {
                if one_per_state(&phrases[j - 1], p) {
                    // "President A and President B": two heads of state
                    // are of two states.
                    other_than = before.0;
                } else {
                    (country, guess) = before;
                }
            }
            // "Punjab Chief Minister A B, Sindh CM C D": the next in the list.
            if country.is_none()
                && listed
                && let Some(next) = phrases.get(j + 1)
                && lists_with(doc, p, next)
            {
                country = next.countries.first().copied();
            }
        }
        if country.is_none() && !international && !p.names.is_empty() {
            let away = p.names.first().map(|r| visited(doc, r)).unwrap_or_default();
            country = fallbacks
                .iter()
                .copied()
                .find(|c| !away.contains(c) && Some(*c) != other_than);
            guess = true;
            // Only the article's first official sets the side it is
            // written from.
            if out.is_empty()
                && fallbacks.first().is_some_and(|d| away.contains(d))
                && country != fallbacks.first().copied()
            {
                visitor_home = country;
            }
        }
        before = (country, guess);
        for (k, run) in p.names.iter().enumerate() {
            let Some(run) = headline.trim(doc, run) else {
                continue;
            };
            let c = if p.countries.len() == p.names.len() && p.countries.len() > 1 {
                Some(p.countries[k])
            } else {
                country
            };
            let (title, kind) = if head.kind == RoleKind::Counterpart {
                match out.iter().rev().find(|c| c.kind != RoleKind::Counterpart) {
                    Some(prev) => (prev.title, prev.kind),
                    None => continue,
                }
            } else {
                (&*head.title, head.kind)
            };
            if title.is_empty() {
                continue;
            }
            out.push(Cand {
                name: run,
                title,
                kind,
                org,
                country: c,
                guessed: guess,
            });
        }
    }
    if let Some(home) = visitor_home {
        for c in &mut out {
            if c.guessed && c.country == fallbacks.first().copied() {
                c.country = Some(home);
            }
        }
    }
    out.sort_by_key(|c| c.name.start);
    out
}

/// Title-case lines ("Kazakh President Abenov Meets Georgian
/// Counterpart In Tbilisi") capitalize verbs too, so a name there is only
/// trusted as far as its words are names elsewhere in the article.
struct Headlines<'d> {
    /// Whether each sentence is a title-case line, by sentence index.
    titlecase: Vec<bool>,
    /// Folded name words seen outside title-case lines (borrowed from the
    /// document's lower case where that is their folded form).
    known: FxSet<Cow<'d, str>>,
}

impl<'d> Headlines<'d> {
    /// Finds the title-case lines and the name words seen elsewhere.
    fn new(doc: &'d Doc<'_>, runs: &[NameRun]) -> Headlines<'d> {
        use crate::lexicon::titles::class as tc;
        let sentences = doc.units.last().map_or(0, |u| u.sentence as usize + 1);
        let mut titlecase: Vec<bool> = vec![false; sentences];
        let mut i = 0;
        while i < doc.len() {
            let sent = doc.units[i].sentence;
            let mut j = i;
            let (mut caps, mut lower) = (0usize, 0usize);
            while j < doc.len() && doc.units[j].sentence == sent {
                if lower > 0 {
                    // No title-case line: only its end is still wanted,
                    // found at once (units stand in sentence order).
                    j += sentence_run(doc.units.get(j..).unwrap_or(&[]), sent);
                    break;
                }
                let u = &doc.units[j];
                if u.word && u.cap {
                    caps += 1;
                } else if u.word
                    && !matches!(
                        doc.low(j),
                        "of" | "and"
                            | "the"
                            | "for"
                            | "to"
                            | "in"
                            | "on"
                            | "at"
                            | "a"
                            | "with"
                            | "by"
                            | "s"
                    )
                    && u.tclass & tc::PARTICLE == 0
                {
                    lower += 1;
                }
                j += 1;
            }
            let ends = doc.s(j - 1);
            let open = !matches!(ends, "." | "!" | "?" | "\"" | "”" | "’" | ")" | ":");
            if let Some(slot) = titlecase.get_mut(sent as usize) {
                *slot = caps >= 4 && lower == 0 && open;
            }
            i = j.max(i + 1);
        }
        let mut known = FxSet::default();
        // Without a title-case line no name is trimmed: no need to know.
        let any = titlecase.iter().any(|&t| t);
        for run in runs.iter().filter(|_| any) {
            if !titlecase
                .get(doc.units[run.start].sentence as usize)
                .copied()
                .unwrap_or(false)
            {
                known.extend(word_units(doc, run).map(|i| folded(doc, i)));
            }
        }
        Headlines { titlecase, known }
    }

    /// The name as far as it can be trusted: whole outside title-case
    /// lines; there, cut after its last word known from elsewhere.
    fn trim(&self, doc: &Doc<'_>, run: &NameRun) -> Option<NameRun> {
        let sent = doc.units.get(run.start)?.sentence as usize;
        if !self.titlecase.get(sent).copied().unwrap_or(false) {
            return Some(*run);
        }
        let last = (run.start..run.end)
            .rev()
            .find(|&i| doc.units[i].word && self.known.contains(&*folded(doc, i)))?;
        Some(NameRun {
            outer: run.outer,
            start: run.start,
            end: last + 1,
        })
    }
}

/// How many units at the start of `units` are in sentence `sent`.
///
/// The end is found by steps that double (1, 2, 4 … units on), then a
/// binary search of the last step: a sentence is a few dozen units, so
/// this reads a few units near the start, where a binary search of all
/// the rest would read units scattered over the article.
fn sentence_run(units: &[Unit], sent: u32) -> usize {
    let inside = |k: usize| units.get(k).is_some_and(|u| u.sentence == sent);
    if !inside(0) {
        return 0;
    }
    // `inside(lo)` holds; `hi` is the first step found outside (or the end).
    let (mut lo, mut hi) = (0, 1);
    while hi < units.len() && inside(hi) {
        lo = hi;
        hi *= 2;
    }
    let hi = hi.min(units.len());
    lo + units
        .get(lo..hi)
        .map_or(0, |part| part.partition_point(|u| u.sentence == sent))
}

/// Whether phrase `b` continues a list begun by phrase `a` ("Georgian
/// President A B, Prime Minister C D"): only commas and "and" between.
fn lists_with(doc: &Doc<'_>, a: &Phrase<'_>, b: &Phrase<'_>) -> bool {
    let a_end = a.names.last().map_or(a.end, |r| r.end).max(a.end);
    if a_end > b.start || !doc.same_sentence(a_end.saturating_sub(1), b.start) {
        return false;
    }
    (a_end..b.start).all(|i| matches!(doc.low(i), "," | "and")) && b.start - a_end <= 2
}

/// Whether two listed phrases hold a title one state has one of
/// ("President", "Prime Minister"), so that the people are of two states.
fn one_per_state(a: &Phrase<'_>, b: &Phrase<'_>) -> bool {
    a.kind == RoleKind::Leader
        && b.kind == RoleKind::Leader
        && a.title.eq_ignore_ascii_case(&b.title)
        && ["president", "prime minister"]
            .iter()
            .any(|t| b.title.eq_ignore_ascii_case(t))
}

/// The country of a dateline near the top ("ASTANA –", "Tashkent,
/// Uzbekistan, Apr. 4", "Pretoria - President …").
fn dateline_country(doc: &Doc<'_>) -> Option<&'static str> {
    for i in 0..doc.len().min(150) {
        let Some(g) = doc.geo_at(i) else { continue };
        let u = &doc.units[i];
        let caps = (g.start..g.end).all(|k| !doc.units[k].word || doc.units[k].acronym);
        let punct = matches!(doc.s(g.end), "," | "-" | "–" | "—" | "(" | ":" | ".");
        // A dateline may follow the header's date on the same line.
        let after_date =
            i > 0 && !doc.units[i - 1].word && doc.s(i - 1).chars().all(|c| c.is_ascii_digit());
        let line_start = u.line_before || i == 0 || after_date;
        if caps && doc.low(i).chars().count() > 3 || line_start && punct {
            return Some(g.alpha2);
        }
    }
    None
}

/// Adds to `out` the countries the article names outside the title
/// phrases that bind names (their places are accounted for) that it does
/// not hold yet, in text order.
fn free_countries(doc: &Doc<'_>, phrases: &[Phrase<'_>], out: &mut Vec<&'static str>) {
    // A place is inside a phrase when one of the few phrases holds it.
    let inside = |k: usize| {
        phrases
            .iter()
            .any(|p| (!p.names.is_empty() || p.chain_at.is_some()) && p.start <= k && k < p.end)
    };
    for g in doc.geos().iter() {
        if g.kind != PlaceKind::Region && !out.contains(&g.alpha2) && !inside(g.start) {
            out.push(g.alpha2);
        }
    }
}

/// The unit of "accompanied" when "accompanied by" (or "joined by")
/// stands right before unit `start`.
fn accompanied_at(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let by = start.checked_sub(1)?;
    let verb = by.checked_sub(1)?;
    (doc.is(by, "by") && matches!(doc.low(verb), "accompanied" | "joined")).then_some(verb)
}

/// The country of the person accompanied, for a companion named after
/// the cue at unit `cue`: the first person named earlier in the sentence
/// ("A, who …, is accompanied by …"), or, when the sentence names no one
/// before the cue ("The minister, accompanied by …"), the person named
/// last before it.
fn companion_country(
    doc: &Doc<'_>,
    runs: &[NameRun],
    out: &[Cand<'_>],
    cue: usize,
) -> Option<&'static str> {
    let first = (0..cue)
        .rev()
        .take_while(|&i| doc.same_sentence(i, cue))
        .last()
        .unwrap_or(cue);
    let subject = runs.iter().find(|r| r.start >= first && r.start < cue);
    match subject {
        Some(run) => {
            let last = words(doc, run).pop()?;
            out.iter()
                .filter(|c| c.name.start < cue && words(doc, &c.name).last() == Some(&last))
                .find_map(|c| c.country)
        }
        None => out
            .iter()
            .filter(|c| c.name.start < first)
            .max_by_key(|c| c.name.start)
            .and_then(|c| c.country),
    }
}

/// The country a person's own sentence gives after the name: "… signed
/// on behalf of Mosul", "… will lead the Indian delegation".
fn own_country_after(doc: &Doc<'_>, from: usize) -> Option<&'static str> {
    let mut k = from;
    while k < doc.len() && k < from + 15 && doc.same_sentence(from.saturating_sub(1), k) {
        let low = doc.low(k);
        if low == "behalf" && doc.is(k + 1, "of") {
            let mut g = k + 2;
            if doc.is(g, "the") {
                g += 1;
            }
            return doc.geo_at(g).map(|h| h.alpha2);
        }
        if matches!(
            low,
            "lead" | "leads" | "led" | "heads" | "headed" | "heading"
        ) {
            let mut g = k + 1;
            if doc.is(g, "the") {
                g += 1;
            }
            if let Some(h) = doc.geo_at(g)
                && matches!(doc.low(h.end), "delegation" | "side" | "team")
            {
                return Some(h.alpha2);
            }
        }
        k += 1;
    }
    None
}

/// How many units before and after a name [`visited`] reads of its
/// sentence: more than a real sentence holds.
const SENTENCE_REACH: usize = 120;

/// Countries a person named at `run` travels to in the same sentence ("…
/// arrived in China", "… a State visit to Japan", "visits of President A
/// B to Ashgabat"), or meets a delegation from ("the delegation from
/// China").
fn visited(doc: &Doc<'_>, run: &NameRun) -> Vec<&'static str> {
    use crate::lexicon::titles::class as tc;
    let from = run.end;
    let mut out = Vec::new();
    // The sentence is read at most SENTENCE_REACH units on each side of
    // the name: all of any real sentence, and linear on a run-on "sentence"
    // of a whole file.
    let sentence_start = (run.start.saturating_sub(SENTENCE_REACH)..run.start)
        .rev()
        .take_while(|&i| doc.same_sentence(i, run.start))
        .last()
        .unwrap_or(run.start);
    // A travel word before the name and "to X" right after it.
    let cue_before = (sentence_start..run.start)
        .rev()
        .take(12)
        .any(|i| doc.units[i].tclass & tc::TRAVEL != 0);
    if cue_before
        && matches!(doc.low(from), "to" | "in")
        && let Some(g) = doc.geo_at(from + 1)
    {
        out.push(g.alpha2);
    }
    // "the delegation from China" anywhere in the sentence.
    let mut i = sentence_start;
    while i + 2 < doc.len() && i < run.end + SENTENCE_REACH && doc.same_sentence(i, run.start) {
        if matches!(doc.low(i), "delegation" | "delegations")
            && matches!(doc.low(i + 1), "from" | "of")
        {
            let mut g = i + 2;
            if doc.is(g, "the") {
                g += 1;
            }
            if let Some(h) = doc.geo_at(g) {
                out.push(h.alpha2);
            }
        }
        i += 1;
    }
    let mut cue: Option<usize> = None;
    let mut k = from;
    while k < doc.len() && k < from + 40 && doc.same_sentence(from.saturating_sub(1), k) {
        // Another person's title: what follows is about them.
        if doc.has_role(k) {
            break;
        }
        if doc.units[k].tclass & tc::TRAVEL != 0 {
            cue = Some(k);
        }
        // A destination: right after the cue or after "to"/"in", not a
        // demonym or a possessive ("in UK's Middle East").
        if let (Some(c), Some(g)) = (cue, doc.geo_at(k))
            && k - c <= 10
            && (k == c + 1 || matches!(doc.low(k - 1), "to" | "in" | "into" | "for" | "at"))
            && g.kind != PlaceKind::Demonym
            && doc.possessive(g.end) == 0
        {
            out.push(g.alpha2);
        }
        k += 1;
    }
    out
}

/// The country "the country" or "the republic" refers to before unit
/// `at`: the country of the last title in the same sentence, else the
/// last country named in the sentence, else the last title's, else the
/// last country named.
fn previous_country(doc: &Doc<'_>, before: &[Phrase<'_>], at: usize) -> Option<&'static str> {
    let same = |i: usize| doc.same_sentence(i, at);
    let titled = |p: &&Phrase<'_>| !p.countries.is_empty() && p.start < at;
    let named = |i: usize| {
        doc.geo_at(i)
            .filter(|g| matches!(g.kind, PlaceKind::Country | PlaceKind::Demonym))
            .map(|g| g.alpha2)
    };
    let upto = at.min(doc.len());
    before
        .iter()
        .rev()
        .filter(titled)
        .find(|p| same(p.start))
        .and_then(|p| p.countries.first().copied())
        .or_else(|| (0..upto).rev().take_while(|&i| same(i)).find_map(named))
        .or_else(|| {
            before
                .iter()
                .rev()
                .find(titled)
                .and_then(|p| p.countries.first().copied())
        })
        .or_else(|| (0..upto).rev().find_map(named))
}

/// Past this many records (no news article names so many people), a name
/// is merged by a map of the records' names, and a name inside another is
/// looked for among this many last records only: a text naming thousands
/// of people stays linear.
const LONG_TEXT_RECORDS: usize = 512;

/// Up to this many records (an article's), [`ByWord`] reads its list in
/// order rather than sorting it.
const FEW_RECORDS: usize = 32;

/// (word, record) pairs, for finding the records of a word: sorted and
/// binary-searched when many (an input naming thousands of people stays
/// linear), read in order when few (sorting would cost more).
struct ByWord<'w> {
    /// The pairs, in record order or sorted.
    list: Vec<(&'w str, usize)>,
    /// Whether `list` is sorted.
    sorted: bool,
}

impl<'w> ByWord<'w> {
    /// The lookup of `list`, given in record order.
    fn new(mut list: Vec<(&'w str, usize)>) -> ByWord<'w> {
        let sorted = list.len() > FEW_RECORDS;
        if sorted {
            list.sort_unstable();
        }
        ByWord { list, sorted }
    }

    /// The records whose word is `w`, in record order.
    fn records<'m>(&'m self, w: &'m str) -> impl Iterator<Item = usize> + Clone + 'm {
        let run = if self.sorted {
            super::sorted_run(&self.list, w, |p| p.0)
        } else {
            &self.list[..]
        };
        run.iter().filter(move |p| p.0 == w).map(|p| p.1)
    }
}

/// The records of two lists in record order, in record order, each once.
fn merged(
    a: impl Iterator<Item = usize> + Clone,
    b: impl Iterator<Item = usize> + Clone,
) -> impl Iterator<Item = usize> + Clone {
    let (mut x, mut y) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (x.peek().copied(), y.peek().copied()) {
        (Some(p), Some(q)) if p == q => {
            y.next();
            x.next()
        }
        (Some(p), Some(q)) if q < p => y.next(),
        (Some(_), _) => x.next(),
        (None, _) => y.next(),
    })
}

/// Of the records `fits` (in record order), the only one, or the one
/// mentioned last before unit `at` when several share a name or title.
/// The records are read twice rather than collected: the test is cheap,
/// an allocation is not.
fn latest_before(
    recs: &[Rec],
    fits: impl Iterator<Item = usize> + Clone,
    at: usize,
) -> Option<usize> {
    let mut probe = fits.clone();
    let one = probe.next()?;
    if probe.next().is_none() {
        return Some(one);
    }
    fits.filter_map(|i| {
        let last = recs[i]
            .mentions
            .iter()
            .filter(|m| m.0 < at)
            .map(|m| m.0)
            .max()?;
        Some((last, i))
    })
    .max()
    .map(|(_, i)| i)
}

/// Whether a name run starts with an initial ("A. Dosmukhanov").
fn initialed(doc: &Doc<'_>, run: &NameRun) -> bool {
    doc.s(run.start).chars().count() == 1 && doc.s(run.start + 1) == "."
}

/// Letters folded to ASCII lower case, for comparing names written with
/// and without diacritics ("Erdoğan", "Erdogan").
pub(super) fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ə' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
            'ğ' => 'g',
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
            'ř' => 'r',
            'ś' | 'š' | 'ş' | 'ș' => 's',
            'ť' | 'ţ' | 'ț' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            '’' => '\'',
            other => other,
        })
        .collect()
}

/// Whether the title `title` folded is `text` folded, with trailing "s"
/// dropped ("Presidents" is "president"). ASCII is compared in place,
/// without a folded copy: folding ASCII is lower-casing, and a folded
/// text has no upper-case ASCII letter, so comparing without ASCII case
/// is comparing folded forms.
fn same_title(title: &str, text: &str) -> bool {
    let folded_text;
    let text = if text.is_ascii() {
        // Trailing "s" or "S" go.
        text.trim_end_matches(['s', 'S'])
    } else {
        folded_text = fold(text);
        folded_text.trim_end_matches('s')
    };
    if title.is_ascii() {
        title.eq_ignore_ascii_case(text)
    } else {
        fold(title).eq_ignore_ascii_case(text)
    }
}

/// The folded text of unit `i`: its lower case as the document holds it
/// when it is ASCII (which is what [`fold`] makes of it), without a copy.
fn folded<'d>(doc: &'d Doc<'_>, i: usize) -> Cow<'d, str> {
    let s = doc.s(i);
    if s.is_ascii() {
        Cow::Borrowed(doc.low(i))
    } else {
        Cow::Owned(fold(s))
    }
}

/// The units of a name's words (initials left out).
fn word_units<'d>(doc: &'d Doc<'_>, run: &NameRun) -> impl Iterator<Item = usize> + 'd {
    (run.start..run.end)
        .filter(|&i| doc.units[i].word && !(doc.s(i).chars().count() == 1 && doc.s(i + 1) == "."))
}

/// The folded words of a name.
fn words(doc: &Doc<'_>, run: &NameRun) -> Vec<String> {
    word_units(doc, run).map(|i| fold(doc.s(i))).collect()
}

/// Whether the folded words of a name are `want`.
fn same_words(doc: &Doc<'_>, run: &NameRun, want: &[Cow<'_, str>]) -> bool {
    let mut k = 0;
    for i in word_units(doc, run) {
        match want.get(k) {
            Some(w) if *w == *folded(doc, i) => k += 1,
            _ => return false,
        }
    }
    k == want.len()
}

/// The folded name words of the records, one list for all of them (a
/// record holds the range of its own): borrowed from the document's lower
/// case where that is their folded form (ASCII), so that only non-ASCII
/// words are copied.
type Words<'d> = Vec<Cow<'d, str>>;

/// The folded name words of record `r`.
fn rec_words<'w, 'd>(words: &'w [Cow<'d, str>], r: &Rec) -> &'w [Cow<'d, str>] {
    words.get(r.words.0..r.words.1).unwrap_or(&[])
}

/// Merges candidates into one record per person: same name, or a
/// surname-only name that is part of an earlier full name. Returns the
/// records and their name words.
fn merge<'d>(doc: &'d Doc<'_>, cands: Vec<Cand<'_>>) -> (Vec<Rec>, Words<'d>) {
    let mut recs: Vec<Rec> = Vec::with_capacity(cands.len());
    // Room for three words a record, in one allocation.
    let mut words: Words<'d> = Vec::with_capacity(cands.len() * 3);
    // Only in a text with more than LONG_TEXT_RECORDS records: each
    // record's words (joined) -> the record.
    let mut long: Option<FxMap<String, usize>> = None;
    for c in cands {
        // The candidate's folded words, borrowed where ASCII, go at the end
        // of the shared list: kept there for a new or longer name, dropped
        // again otherwise.
        let at = words.len();
        words.extend(word_units(doc, &c.name).map(|i| folded(doc, i)));
        let cw = (at, words.len());
        if cw.0 == cw.1 {
            continue;
        }
        let (known, w) = words.split_at(at);
        let of = |r: &Rec| known.get(r.words.0..r.words.1).unwrap_or(&[]);
        let same_as = |r: &Rec| of(r) == w;
        // A long text's records are many: the same name is looked up in
        // `long`, and a name inside another is looked for among the last
        // records only, so that the merge stays linear.
        let exact = match &long {
            Some(map) => map.get(&w.join(" ")).copied(),
            None => recs.iter().position(same_as),
        };
        let from = recs.len().saturating_sub(LONG_TEXT_RECORDS);
        let same = exact.or_else(|| {
            // One name inside the other: "Erdogan" and "Recep Tayyip Erdoğan".
            let fits = |r: &Rec| {
                let rw = of(r);
                let (first, last) = (rw.first().map(|x| &**x), rw.last().map(|x| &**x));
                if w.len() <= rw.len() {
                    // The candidate is the short one.
                    let one = w.first().map(|x| &**x);
                    w.len() == 1 && (last == one || first == one)
                } else {
                    let one = first;
                    rw.len() == 1
                        && (w.last().map(|x| &**x) == one || w.first().map(|x| &**x) == one)
                }
            };
            // The only record that fits; of several, the first with the
            // same title, else the last (read twice rather than collected).
            let mut hits = (from..recs.len()).filter(|&i| fits(&recs[i]));
            let first = hits.next()?;
            if hits.next().is_none() {
                return Some(first);
            }
            let mut hits = (from..recs.len()).filter(|&i| fits(&recs[i]));
            hits.clone()
                .find(|&i| recs[i].title.eq_ignore_ascii_case(c.title))
                .or_else(|| hits.next_back())
        });
        let span = (c.name.start, c.name.end);
        match same {
            Some(i) => {
                let r = &mut recs[i];
                if cw.1 - cw.0 > r.words.1 - r.words.0 {
                    r.name = names::name_text(doc, &c.name);
                    if let Some(map) = &mut long {
                        map.remove(&words.get(r.words.0..r.words.1).unwrap_or(&[]).join(" "));
                        map.insert(w_key(&words, cw), i);
                    }
                    r.words = cw;
                } else {
                    words.truncate(at);
                }
                if r.country.is_none() {
                    r.country = c.country;
                }
                if r.org.is_none() && r.title.eq_ignore_ascii_case(c.title) {
                    r.org = c.org;
                }
                r.mentions.push(span);
            }
            None => {
                if let Some(map) = &mut long {
                    map.insert(w_key(&words, cw), recs.len());
                }
                recs.push(Rec {
                    name: names::name_text(doc, &c.name),
                    words: cw,
                    title: c.title.to_string(),
                    kind: c.kind,
                    org: c.org,
                    country: c.country,
                    // Room for the later mentions most officials have.
                    mentions: {
                        let mut m = Vec::with_capacity(4);
                        m.push(span);
                        m
                    },
                });
                // Past the records of any news article: from now on the
                // same name is looked up by its words.
                if long.is_none() && recs.len() > LONG_TEXT_RECORDS {
                    long = Some(
                        (recs.iter().enumerate())
                            .map(|(k, r)| (w_key(&words, r.words), k))
                            .collect(),
                    );
                }
            }
        }
    }
    (recs, words)
}

/// The words `at` of `words`, joined by spaces: a record's key in a long
/// text's name map ([`merge`]).
fn w_key(words: &[Cow<'_, str>], at: (usize, usize)) -> String {
    words.get(at.0..at.1).unwrap_or(&[]).join(" ")
}

/// Adds every later mention: the full name again, a surname or given name
/// alone ("Abenov said", "Yerlan's meeting"), and a title alone ("the
/// Kazakh President") when it fits one person.
fn with_mentions(
    doc: &Doc<'_>,
    phrases: &[Phrase<'_>],
    mut recs: Vec<Rec>,
    words: &[Cow<'_, str>],
    runs: &[NameRun],
) -> Vec<Rec> {
    // A record goes by its last word, and by its first when it has two or
    // three: the records of each word, in record order, so that a name is
    // compared with the records it can be, not with all of them (an input
    // naming thousands of people stays linear).
    let mut by_last: Vec<(&str, usize)> = Vec::with_capacity(recs.len());
    let mut by_first: Vec<(&str, usize)> = Vec::with_capacity(recs.len());
    for (i, r) in recs.iter().enumerate() {
        let rw = rec_words(words, r);
        if let Some(l) = rw.last() {
            by_last.push((l, i));
        }
        if (2..=3).contains(&rw.len())
            && let Some(f) = rw.first()
        {
            by_first.push((f, i));
        }
    }
    let (by_last, by_first) = (ByWord::new(by_last), ByWord::new(by_first));
    for run in runs {
        // Most names are no official's: the last word tells at once (an
        // exact match ends on a record's last word; a lone word is a
        // record's last or first).
        let last = (run.start..run.end)
            .rev()
            .find(|&i| doc.units[i].word)
            .map(|i| folded(doc, i))
            .unwrap_or_default();
        if by_last.records(&last).next().is_none()
            && (run.len() > 1 || by_first.records(&last).next().is_none())
        {
            continue;
        }
        // The first record with the same words, among those ending on the
        // run's last word.
        let tail = word_units(doc, run).last().map(|i| folded(doc, i));
        let hit = tail.as_deref().and_then(|t| {
            by_last.records(t).find(|&i| {
                recs.get(i)
                    .is_some_and(|r| same_words(doc, run, rec_words(words, r)))
            })
        });
        let hit = hit.or_else(|| {
            // A lone name word, or an initial and a surname ("A.
            // Dosmukhanov"): the last (or first) word of a record.
            let mut units = word_units(doc, run);
            let (Some(only), None) = (units.next(), units.next()) else {
                return None;
            };
            let one = folded(doc, only);
            let one: &str = &one;
            let firsts = (!initialed(doc, run)).then(|| by_first.records(one));
            // In record order, each record once.
            let fits = merged(by_last.records(one), firsts.into_iter().flatten());
            latest_before(&recs, fits, run.start)
        });
        if let Some(i) = hit {
            let m = (run.start, run.end);
            if !recs[i].mentions.contains(&m) {
                recs[i].mentions.push(m);
            }
        }
    }
    // Titles alone: "the Kazakh President", "The prime minister".
    let alone = |p: &&Phrase<'_>| p.names.is_empty() && p.chain_at.is_none() && !p.plural;
    for p in phrases.iter().filter(alone) {
        let core = doc.text_of(p.core.0, p.core.1);
        let fits = (0..recs.len()).filter(|&i| {
            let r = &recs[i];
            r.kind == p.kind
                && same_title(&r.title, core)
                && r.org.is_some() == p.org.is_some()
                && (p.countries.is_empty() || r.country == p.countries.first().copied())
        });
        let pick = latest_before(&recs, fits, p.start);
        if let Some(i) = pick {
            let a = if p.det { p.start + 1 } else { p.start };
            recs[i].mentions.push((a, p.end.max(p.core.1)));
        }
    }
    for r in &mut recs {
        r.mentions.sort_unstable();
        r.mentions.dedup();
    }
    recs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The run of a sentence's units is what counting them one by one
    /// gives, from any unit on, for short and long sentences.
    #[test]
    fn sentence_runs_count_the_units_of_one_sentence() {
        let text = "A b. One two three four five six seven eight nine ten eleven \
                    twelve thirteen fourteen fifteen sixteen seventeen. Last one";
        let scan = crate::scan::Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        for j in 0..doc.len() {
            let sent = doc.units[j].sentence;
            let want = doc.units[j..]
                .iter()
                .take_while(|u| u.sentence == sent)
                .count();
            assert_eq!(sentence_run(&doc.units[j..], sent), want, "{j}");
        }
        assert_eq!(sentence_run(&doc.units, 99), 0);
        assert_eq!(sentence_run(&[], 0), 0);
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("Fávaro"), "favaro");
        assert_eq!(fold("Şəki"), "saki");
    }

    #[test]
    fn titles_compare_folded() {
        // (title, text, same)
        let cases = [
            ("president", "President", true),
            ("president", "Presidents", true),
            ("president", "PRESIDENTS", true),
            ("prime minister", "Prime Minister", true),
            ("prime minister", "Prime minister's", false),
            ("president", "Vice President", false),
            ("bas", "Ba", false),
            ("ministro de economia", "Ministro de Economía", true),
            ("ministro de economia", "Ministro de Economíx", false),
            // Titles as stated, in any case, with or without diacritics.
            ("President", "presidents", true),
            ("Ministro de Economía", "MINISTRO DE ECONOMIA", true),
            ("Başkan", "Baskan", true),
            ("Başkan", "Başkanlar", false),
        ];
        for (title, text, want) in cases {
            assert_eq!(same_title(title, text), want, "{title} / {text}");
        }
    }
}
