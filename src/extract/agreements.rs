//! Documents signed or to be signed.
//!
//! The extractor reads each sentence for document nouns ("memorandum of
//! understanding", "agreements", "road map") and signing words ("signed",
//! "will sign", "to be signed", "the signing of"). A signing word governs
//! the document nouns after it in its clause (active: "A and B signed a
//! memorandum") or the ones just before it (passive or participle: "the
//! document was inked by …", "the declaration signed in Baku"). The
//! signatories come, in order of preference, from "between A and B", the
//! subject or the "by" agent, "with C" and "on behalf of D"; "the sides" and
//! "bilateral" stand for the two states the nearby text names.
//!
//! A document mentioned again ("The document was signed by …", "According to
//! the memorandum") is merged into the record it refers to, filling what the
//! record lacks. A batch ("signed 47 documents", "two loan agreements") is
//! one record however small its count, replaced by its items when the text
//! lists them: after "namely" or a colon in the sentence, on the lines after
//! a sentence ending in a colon, or as "the first agreement …, the second
//! …". A vague reference to agreements in force ("the agreements reached")
//! gives none. A document a headline reports takes the signatories its body
//! names, and a period a document covers ("a roadmap for 2024-2026") is not
//! its signing date.

use std::ops::Range;

use crate::extract::actors::{Doc, Party, PersonRef, push_party};
use crate::extract::dates;
use crate::extract::few::Few;
use crate::lexicon::calendar;
use crate::lexicon::events::{
    DOCS, DocNoun, NOT_DOCUMENT_MODIFIERS, NounClass, SIDES, SIGNS, SignForm, ev, number_word, wc,
};
use crate::lexicon::geo::{self, PlaceKind};
use crate::{Agreement, AgreementKind, AgreementStatus, Span};

/// How a mention is introduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Det {
    /// "a", "an", a count, or nothing.
    Indefinite,
    /// "the", "this", "these" …: refers back.
    Definite,
    /// "another", "a second": a further document of a kind already named.
    Another,
}

/// A few content words of a document's name, kept in place: most
/// documents are named by three or fewer ("preferential trade", "supply
/// gas"), and a list of their own for every mention and record cost two
/// allocations apiece.
type Words<'d> = Few<&'d str, 3>;

/// One document noun phrase in a sentence.
#[derive(Clone, Debug)]
struct Mention<'d> {
    /// Tokens from the determiner (or first modifier) to the end of the head.
    np: Range<usize>,
    /// Tokens of the document noun itself.
    head: Range<usize>,
    /// End of the qualifier ("on the supply of gas") after the head.
    qual_end: usize,
    /// The document noun.
    noun: DocNoun,
    /// How it is introduced.
    det: Det,
    /// The number of documents, when counted ("four documents").
    count: Option<u32>,
    /// A batch: plural, counted, or "a number of".
    batch: bool,
    /// Has modifiers or a qualifier that name it ("preferential trade agreement").
    named: bool,
    /// Content words of its modifiers and qualifier (borrowed from the
    /// prepared article: copied only into an emitted record's title).
    words: Words<'d>,
    /// Content words of its qualifier alone ("on the supply of gas", a
    /// quoted title): two documents whose qualifiers share none differ.
    qual: Words<'d>,
    /// Inside another document's qualifier ("protocol amending the customs
    /// agreement").
    nested: bool,
    /// A vague reference to agreements in force.
    vague: bool,
    /// Premodified by "bilateral" or "intergovernmental".
    bilateral: bool,
    /// Premodified by an ordinal ("the first agreement"): an item of a
    /// counted batch.
    ordinal: bool,
    /// The title as written: modifiers and head.
    title: &'d str,
}

/// A signing word in a sentence.
#[derive(Clone, Debug)]
struct Verb<'d> {
    /// Its first token.
    at: usize,
    /// The token after it.
    end: usize,
    /// Its tense.
    form: SignForm,
    /// A plan ("will sign", "to be signed").
    planned: bool,
    /// Preceded by a form of "be".
    passive: bool,
    /// Subject parties (for an active verb), filled lazily.
    subject: Option<(Vec<Party<'d>>, Source)>,
}

/// How sure the parties of a record are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Source {
    /// None found.
    None,
    /// From "the sides", "bilateral" and the like.
    Sides,
    /// Named in the clause.
    Explicit,
}

/// A record under construction.
#[derive(Clone, Debug)]
struct Rec<'d> {
    /// Kind of document.
    kind: AgreementKind,
    /// Named by a loose word ("deal", "documents").
    generic: bool,
    /// The title as written (copied when the record is emitted).
    title: &'d str,
    /// The signatories.
    parties: Vec<Party<'d>>,
    /// How sure the signatories are.
    source: Source,
    /// Signed, planned or other.
    status: AgreementStatus,
    /// The signing date.
    date: Option<chrono::NaiveDate>,
    /// The sentence reporting it.
    span: Span,
    /// The index of that sentence.
    sent: usize,
    /// A batch of documents.
    batch: bool,
    /// How many documents the batch counts.
    count: Option<u32>,
    /// Content words of its modifiers and qualifier, to tell documents apart.
    words: Words<'d>,
    /// Content words of its qualifier alone.
    qual: Words<'d>,
    /// The signing word that created it (sentence, token): records of the
    /// same word are items of one list and never merge.
    verb_key: Option<(usize, usize)>,
    /// A batch whose items the text lists: it gives way to them.
    itemized: bool,
    /// The list was introduced by "including" (partial): the batch stays.
    including: bool,
    /// Merged away or replaced.
    dropped: bool,
    /// Distributed over several partners ("separately with A, B and C").
    distributed: bool,
}

/// The document noun starting at token `i`: its length in tokens and entry.
#[inline]
fn doc_at(doc: &Doc<'_, '_>, i: usize) -> Option<(usize, DocNoun)> {
    // The prepared article marks the tokens where one starts.
    if doc.ev(i) & ev::DOC == 0 {
        return None;
    }
    DOCS.longest_at(&doc.lower, i)
}

/// Whether a document noun starts at token `i`: as `doc_at(doc,
/// i).is_some()`, read off the bit the prepared article sets exactly there
/// (no look-up).
#[inline]
fn is_doc(doc: &Doc<'_, '_>, i: usize) -> bool {
    doc.ev(i) & ev::DOC != 0
}

/// Whether a signing word starts at token `i`: as `sign_at(doc,
/// i).is_some()`, read off the bit the prepared article sets exactly there.
#[inline]
fn is_sign(doc: &Doc<'_, '_>, i: usize) -> bool {
    doc.ev(i) & ev::SIGN != 0
}

/// The signing word starting at token `i`: its length in tokens and tense.
#[inline]
fn sign_at(doc: &Doc<'_, '_>, i: usize) -> Option<(usize, SignForm)> {
    // The prepared article marks the tokens where one starts.
    if doc.ev(i) & ev::SIGN == 0 {
        return None;
    }
    SIGNS.longest_at(&doc.lower, i)
}

/// The "both sides" phrase starting at token `i`: its length in tokens and
/// the number of sides it stands for.
#[inline]
fn side_at(doc: &Doc<'_, '_>, i: usize) -> Option<(usize, u8)> {
    // Most tokens start no such phrase: their classes tell so with one bit
    // test.
    if !doc.has(i, wc::SIDE_FIRST) {
        return None;
    }
    SIDES.longest_at(&doc.lower, i)
}

/// Finds agreements in a prepared article.
pub(crate) fn extract(doc: &Doc<'_, '_>) -> Vec<Agreement> {
    let mut recs: Vec<Rec> = Vec::new();
    // The lists of each sentence, kept from one sentence to the next.
    let mut scratch = Scratch::default();
    // The record whose items the next lines may list: a sentence ending in
    // ":" ("… will sign the following documents:").
    let mut list: Option<usize> = None;
    // The header lines (headline, page lines) end where the first sentence
    // with a closing mark stands.
    let head_end = (0..doc.scan.sentences.len())
        .find(|&s| {
            let r = doc.sentence(s);
            r.end > r.start && matches!(doc.w(r.end - 1), "." | "!" | "?" | "\"" | "”")
        })
        .unwrap_or(0);
    for s in 0..doc.scan.sentences.len() {
        sentence(doc, s, &mut recs, &mut list, head_end, &mut scratch);
    }
    finish(doc, recs)
}

/// The working lists of [`sentence`], cleared and refilled for each
/// sentence rather than made anew: the document noun phrases and the
/// signing words of the sentence being read.
#[derive(Default)]
struct Scratch<'d> {
    /// The sentence's document noun phrases ([`mentions_in`]).
    mentions: Vec<Mention<'d>>,
    /// The sentence's signing words ([`verbs_in`]).
    verbs: Vec<Verb<'d>>,
    /// The first token of each of the sentence's dates.
    date_toks: Vec<usize>,
}

/// Whether a sentence is an item line of a list: short, with no signing
/// word, and opening with a document noun ("Loan agreement 'City Water' –
/// €50 million;", "- a protocol on customs").
fn item_line<'d>(doc: &Doc<'d, '_>, r: &Range<usize>, first: &Mention, verbs: &[Verb<'d>]) -> bool {
    verbs.is_empty()
        && r.len() <= 40
        && first.np.start <= r.start + 2
        && (r.start..first.np.start).all(|k| !doc.is_word(k) || doc.has(k, wc::DEFINITE))
}

/// Reads one sentence into the records; `list` carries the record whose
/// items the lines after a colon list.
fn sentence<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    recs: &mut Vec<Rec<'d>>,
    list: &mut Option<usize>,
    head_end: usize,
    scratch: &mut Scratch<'d>,
) {
    // A sentence with no document noun gives nothing (and ends a list).
    if doc.sentence_ev(s) & ev::DOC == 0 {
        *list = None;
        return;
    }
    let r = doc.sentence(s);
    let Scratch {
        mentions,
        verbs,
        date_toks,
    } = scratch;
    mentions_in(doc, r.clone(), mentions);
    let Some(first) = mentions.first() else {
        *list = None;
        return;
    };
    verbs_in(doc, r.clone(), verbs);
    if let Some(b) = *list
        && item_line(doc, &r, first, verbs)
        && b < recs.len()
    {
        push_item_line(doc, s, first, b, recs);
        return;
    }
    *list = None;
    // "Among them are an agreement on …, a memorandum …": with no signing
    // word of its own, the sentence names some of the documents of a batch
    // reported just before, which stays (as after "including").
    if verbs.is_empty()
        && partial_list_opens(doc, r.start)
        && let Some(b) = recs
            .iter()
            .rposition(|x| x.batch && !x.dropped && s.saturating_sub(x.sent) <= 2)
    {
        for m in mentions
            .iter()
            .filter(|m| !m.nested && !m.vague && !m.batch)
        {
            push_item_line(doc, s, m, b, recs);
        }
        if let Some(batch) = recs.get_mut(b) {
            batch.including = true;
        }
        return;
    }
    combine_other_lists(doc, mentions);
    // The record the last mention went into, for a list after a colon.
    let mut touched: Option<usize> = None;
    // The sentence's dates (and the first token of each), read when a
    // record first needs its signing date: a sentence whose mentions only
    // refer back to known documents needs none.
    let mut dates: Option<&[dates::DateMention]> = None;

    // The batch whose items this sentence lists ("The four documents are …").
    let mut list_of: Option<(usize, usize)> = None; // (record, mention index)
    for (mi, m) in mentions.iter_mut().enumerate() {
        if m.vague {
            continue;
        }
        // Everything about a mention is read within a window around it, so
        // that a run-on "sentence" of a whole file stays linear.
        let lr = window(&r, m.np.start, m.qual_end);
        let attached = if m.nested {
            None
        } else {
            attach(doc, m, verbs, lr.clone())
        };
        let status = match attached {
            Some(v) => Some(
                if verbs[v].planned || plan_verb_between(doc, &verbs[v], m) {
                    AgreementStatus::Planned
                } else {
                    AgreementStatus::Signed
                },
            ),
            None if plan_cue_before(doc, m, r.start) => Some(AgreementStatus::Planned),
            None => None,
        };
        if m.noun.class == NounClass::SignOnly
            && attached.is_none_or(|v| matches!(doc.w(verbs[v].at), "awarded" | "award" | "awards"))
        {
            continue;
        }
        let (mut parties, source) = match attached {
            Some(v) => parties_for(doc, s, m, verbs, v, lr.clone()),
            None => parties_free(doc, s, m, lr.clone()),
        };
        // "intergovernmental agreements" signed by one known state and a
        // person the text gives no role: the other side is the second
        // state nearby.
        if m.bilateral
            && parties.len() == 1
            && let Some(code) = parties[0].code
        {
            let ps = sides(doc, s, 2);
            if ps.iter().any(|p| p.code == Some(code)) {
                parties = ps;
            }
        }
        // "The sides" / "the parties" after a document signed by two named
        // signatories are those signatories, states or not.
        if (source == Source::Sides || parties.is_empty())
            && lr.clone().any(|k| {
                matches!(doc.w(k), "sides" | "parties" | "partners")
                    || doc.w(k) == "companies"
                        && matches!(doc.w(k.wrapping_sub(1)), "the" | "both" | "two")
            })
            && let Some(prev) = recs
                .iter()
                .rev()
                .find(|x| x.source == Source::Explicit && x.parties.len() >= 2)
        {
            parties = prev.parties.clone();
        }
        let span = doc
            .scan
            .sentences
            .get(s)
            .map_or(Span::new(0, 0), |x| x.span);
        let mut rec = Rec {
            kind: m.noun.kind,
            generic: m.noun.class == NounClass::Generic,
            title: m.title,
            parties,
            source,
            status: status.unwrap_or(AgreementStatus::Other),
            date: signing_date(
                doc,
                dates.get_or_insert_with(|| {
                    let ds = doc.dates.in_sentence(s);
                    date_toks.clear();
                    date_toks.extend(ds.iter().map(|d| doc.scan.token_at(d.span.start)));
                    ds
                }),
                date_toks,
                m,
                attached.map(|v| verbs[v].at),
            ),
            span,
            sent: s,
            batch: m.batch,
            count: m.count,
            // The mention's word lists move into its record: the mention
            // reads neither again (`rec.qual` answers for it below).
            words: std::mem::take(&mut m.words),
            qual: std::mem::take(&mut m.qual),
            verb_key: attached.map(|v| (s, verbs[v].at)),
            itemized: false,
            including: false,
            dropped: false,
            distributed: false,
        };
        // "signed an agreement …, in a deal valued at …": a loose word for
        // a document the same signing word already gave.
        if m.noun.class == NounClass::Generic
            && !m.batch
            && rec.verb_key.is_some()
            && recs
                .iter()
                .rev()
                .take_while(|x| x.sent == s)
                .any(|x| x.verb_key == rec.verb_key && !x.batch)
        {
            continue;
        }
        // "The first agreement, with the Asian Bank, …": an item of the
        // counted batch before it, signed by the batch's first party (its
        // subject) and the partner it names.
        if m.ordinal
            && m.det != Det::Indefinite
            && let Some(b) = rfind_recent(recs, |x| {
                x.batch && !x.dropped && (x.kind == rec.kind || x.generic)
            })
        {
            rec.verb_key = Some((s, usize::MAX - mi));
            touched = Some(recs.len());
            push_ordinal_item(recs, b, rec);
            continue;
        }
        // Items of a batch listed after it.
        if let Some((b, bm)) = list_of
            && mi > bm
            && !m.batch
            && !m.nested
        {
            rec.verb_key = Some((s, usize::MAX));
            touched = Some(recs.len());
            push_list_item(recs, b, rec);
            continue;
        }
        // A reference back to a known document.
        // A document named by its title or by what it is on ("the agreement on
        // the supply of fuel") is a document of its own unless it is one
        // already known (merged below).
        let proper = proper_title(doc, m, r.start) || !rec.qual.is_empty();
        if m.det == Det::Definite
            && status.is_none()
            && !recs.is_empty()
            && !lists_after(doc, m)
            && !proper
        {
            // "The China-Switzerland deal is …", "according to the
            // document": a known document, nothing new.
            continue;
        }
        if m.det == Det::Definite && (!m.named || m.batch) {
            if let Some(t) = antecedent(recs, m) {
                merge_into(&mut recs[t], &rec);
                body_names(&mut recs[t], &rec, head_end);
                body_names(&mut recs[t], &rec, head_end);
                touched = Some(t);
                // The signers of "the two deals were signed by A, B and C"
                // are signatories of the document referred to.
                if rec.source == Source::Explicit {
                    for p in rec.parties.clone() {
                        push_signer(&mut recs[t].parties, p);
                    }
                }
                if lists_after(doc, m) {
                    list_of = Some((t, mi));
                }
                continue;
            }
            if status.is_none() && !recs.is_empty() {
                // "The China-Switzerland deal is …": a known document.
                continue;
            }
            if m.batch && status.is_none() {
                continue;
            }
        }
        if m.nested
            && rec.parties.is_empty()
            && let Some(outer) = recs.last().filter(|x| x.sent == s)
        {
            // Named inside another document's qualifier: the same signatories.
            rec.parties = outer.parties.clone();
            rec.source = outer.source;
        }
        if status.is_none() {
            // A document merely mentioned: a record only when it is named
            // and singular, and not already known.
            // A definite specific document with nothing before it to refer
            // to ("The roadmap is expected to …") is named by its kind.
            let first_specific =
                m.det == Det::Definite && recs.is_empty() && m.noun.class == NounClass::Specific;
            if m.batch
                || !(m.named || first_specific)
                || m.nested && m.det == Det::Definite && !proper
            {
                continue;
            }
            if let Some(t) = rfind_recent(recs, |x| compatible(x, &rec, true)) {
                merge_into(&mut recs[t], &rec);
                body_names(&mut recs[t], &rec, head_end);
                body_names(&mut recs[t], &rec, head_end);
                touched = Some(t);
                continue;
            }
            touched = Some(recs.len());
            recs.push(rec);
            continue;
        }
        // Items after "namely", ":" or "including" within the sentence.
        if m.batch && lists_after(doc, m) {
            list_of = Some((recs.len(), mi));
            rec.including = including_after(doc, m);
            touched = Some(recs.len());
            recs.push(rec);
            continue;
        }
        if m.det != Det::Another
            && let Some(t) = rfind_recent(recs, |x| {
                compatible(x, &rec, false)
                    || x.sent < head_end
                        && s >= head_end
                        && rec.source == Source::Explicit
                        && headline_match(x, &rec)
            })
        {
            merge_into(&mut recs[t], &rec);
            body_names(&mut recs[t], &rec, head_end);
            touched = Some(t);
            continue;
        }
        // Distribute over the partners of "separately with A, B and C" and
        // of plural documents signed with several partners.
        if let Some(v) = attached
            && (m.batch || separately(doc, lr.clone()))
            && let Some(partners) = partners_list(doc, m, &verbs[v], lr.clone())
            && partners.len() >= 2
        {
            distribute(recs, &rec, partners);
            continue;
        }
        touched = Some(recs.len());
        recs.push(rec);
    }
    // "… will sign the following documents:": the lines after list them.
    if r.end > r.start && doc.w(r.end - 1) == ":" {
        *list = touched.filter(|&t| {
            recs.get(t)
                .is_some_and(|x| x.status != AgreementStatus::Other)
        });
    }
}

/// Records the item a list line names (`first`, the line's first
/// mention) under the batch `b` the line before announced: the batch's
/// signatories, status and date, and the batch gives way to its items.
// Rare (lines after a colon): kept out of the hot path of [`sentence`].
#[cold]
#[inline(never)]
fn push_item_line<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    first: &Mention<'d>,
    b: usize,
    recs: &mut Vec<Rec<'d>>,
) {
    let Some(batch) = recs.get_mut(b) else {
        return;
    };
    batch.itemized = true;
    let span = doc
        .scan
        .sentences
        .get(s)
        .map_or(Span::new(0, 0), |x| x.span);
    let item = Rec {
        kind: first.noun.kind,
        generic: first.noun.class == NounClass::Generic,
        title: first.title,
        parties: batch.parties.clone(),
        source: batch.source,
        status: batch.status,
        date: batch.date,
        span,
        sent: s,
        batch: false,
        count: None,
        words: first.words.clone(),
        qual: first.qual.clone(),
        verb_key: Some((s, usize::MAX)),
        itemized: false,
        including: false,
        dropped: false,
        distributed: false,
    };
    recs.push(item);
}

/// Whether the sentence starting at token `i` opens a partial list of
/// documents already reported: "Among them …", "Among the documents …",
/// "They include …", "These included …".
fn partial_list_opens(doc: &Doc<'_, '_>, i: usize) -> bool {
    if doc.w(i) == "among" {
        return matches!(doc.w(i + 1), "them" | "these" | "those" | "the");
    }
    let include = |k: usize| matches!(doc.w(k), "include" | "included");
    match doc.w(i) {
        "they" | "these" | "those" => include(i + 1),
        // A plural document noun: "The agreement includes …" lists no
        // documents.
        "the" => doc_at(doc, i + 1).is_some_and(|(n, noun)| noun.plural && include(i + 1 + n)),
        _ => false,
    }
}

/// Records an item of a counted batch (`b`) the text names by an ordinal
/// ("the first agreement, with …"): it takes what it lacks from the
/// batch, and the batch's first party (its subject) signs it too.
// Rare: kept out of the hot path of [`sentence`].
#[cold]
#[inline(never)]
fn push_ordinal_item<'d>(recs: &mut Vec<Rec<'d>>, b: usize, mut rec: Rec<'d>) {
    let Some(batch) = recs.get_mut(b) else {
        return;
    };
    if rec.status == AgreementStatus::Other {
        rec.status = batch.status;
    }
    if rec.parties.is_empty() || rec.source < Source::Explicit {
        rec.parties = batch.parties.clone();
        rec.source = batch.source;
    } else if let Some(first) = batch.parties.first()
        && !rec.parties.contains(first)
    {
        rec.parties.insert(0, first.clone());
    }
    rec.date = rec.date.or(batch.date);
    batch.itemized = true;
    recs.push(rec);
}

/// Records an item the sentence lists after its batch `b` ("The four
/// documents are a protocol …"): it takes the batch's status, date and
/// (when surer) signatories.
// Rare: kept out of the hot path of [`sentence`].
#[cold]
#[inline(never)]
fn push_list_item<'d>(recs: &mut Vec<Rec<'d>>, b: usize, mut rec: Rec<'d>) {
    if let Some(batch) = recs.get_mut(b) {
        batch.itemized = true;
        if rec.status == AgreementStatus::Other {
            rec.status = batch.status;
        }
        if rec.source < batch.source {
            rec.parties = batch.parties.clone();
            rec.source = batch.source;
        }
        rec.date = rec.date.or(batch.date);
    }
    recs.push(rec);
}

/// Records one document per partner of a distributed signing
/// ("separately with A, B and C"): each signed by the record's own parties
/// and that partner, unless an equal record is known.
// Rare: kept out of the hot path of [`sentence`].
#[cold]
#[inline(never)]
fn distribute<'d>(recs: &mut Vec<Rec<'d>>, rec: &Rec<'d>, partners: Vec<Party<'d>>) {
    let own: Vec<Party> = rec
        .parties
        .iter()
        .filter(|p| !partners.contains(p))
        .cloned()
        .collect();
    for p in partners {
        let mut one = rec.clone();
        one.parties = own.clone();
        push_party(&mut one.parties, p);
        one.batch = false;
        one.count = None;
        one.distributed = true;
        if !recs
            .iter()
            .any(|x| same_parties(x, &one) && x.kind == one.kind)
        {
            recs.push(one);
        }
    }
}

/// The date of a signing: the date stated nearest the signing word (or the
/// document), outside the document's own qualifier ("a protocol … for
/// 2022-2024" is not signed in 2022).
fn signing_date(
    doc: &Doc<'_, '_>,
    dates: &[dates::DateMention],
    toks: &[usize],
    m: &Mention,
    verb: Option<usize>,
) -> Option<chrono::NaiveDate> {
    let at = verb.unwrap_or(m.head.start);
    let fits = |k: usize| {
        let (Some(d), Some(&t)) = (dates.get(k), toks.get(k)) else {
            return false;
        };
        !(m.np.start..m.qual_end).contains(&t) && !covered_period(doc, d, t)
    };
    // The dates are in text order: the nearest that fits is the first
    // that fits going left from `at`, or going right, whichever is nearer
    // (the left one on a tie, as it comes first). Each way reads at most
    // NEAREST_DATES dates, so a run-on "sentence" of a whole file stays
    // linear; no sentence holds so many.
    let split = toks.partition_point(|&t| t < at);
    let left = (split.saturating_sub(NEAREST_DATES)..split)
        .rev()
        .find(|&k| fits(k));
    let right = (split..toks.len().min(split + NEAREST_DATES)).find(|&k| fits(k));
    let dist = |k: usize| toks.get(k).map_or(usize::MAX, |t| t.abs_diff(at));
    let best = match (left, right) {
        (Some(l), Some(r)) => Some(if dist(l) <= dist(r) { l } else { r }),
        (l, r) => l.or(r),
    };
    best.and_then(|k| dates.get(k)).map(|d| d.period.start)
}

/// How many dates [`signing_date`] reads on each side of a signing word.
const NEAREST_DATES: usize = 32;

/// Whether a date mention at token `t` is a period something covers rather
/// than a day it happens on: a span of more than a year ("2024-2026"), or a
/// date after "for", "through", "until" ("profit for 2023").
fn covered_period(doc: &Doc<'_, '_>, d: &dates::DateMention, t: usize) -> bool {
    let long = (d.period.end - d.period.start).num_days() > 366;
    let before = t.checked_sub(1).map_or("", |p| doc.w(p));
    long || matches!(before, "for" | "through" | "until" | "till" | "throughout")
}

/// How far around a mention or a travel word a clause is read, in tokens.
pub(crate) const WINDOW: usize = 60;

/// The part of sentence range `r` within [`WINDOW`] tokens of `a..b`.
pub(crate) fn window(r: &Range<usize>, a: usize, b: usize) -> Range<usize> {
    a.saturating_sub(WINDOW).max(r.start)..b.saturating_add(WINDOW).min(r.end)
}

/// How many earlier records a new mention is compared with.
const LOOKBACK: usize = 64;

/// Whether a mention is followed by a list of its items: "namely", ":",
/// "are", "include", "including".
fn lists_after(doc: &Doc<'_, '_>, m: &Mention) -> bool {
    let mut i = m.head.end;
    if doc.w(i) == "," {
        i += 1;
    }
    // The items must be documents: one follows the marker closely.
    let docs_follow = |k: usize| (k + 1..k + 6).any(|j| is_doc(doc, j));
    for _ in 0..8 {
        match doc.w(i) {
            "namely" | ":" | "including" | "include" | "includes" | "included" | "comprise"
            | "comprising"
                if docs_follow(i) =>
            {
                return true;
            }
            // "The three documents are a protocol …";
            // "are expected to be signed, namely …" reads on.
            "are" | "were"
                if docs_follow(i) && matches!(doc.w(i + 1), "a" | "an" | "the" | ":") =>
            {
                return true;
            }
            "." | ";" => return false,
            _ => {}
        }
        i += 1;
    }
    false
}

/// Whether the list after a batch is introduced by "including" (a partial
/// list: the batch stays).
fn including_after(doc: &Doc<'_, '_>, m: &Mention) -> bool {
    (m.head.end..m.head.end + 10).any(|i| doc.w(i) == "including")
}

/// Whether the sentence says the signings were separate ("separately").
fn separately(doc: &Doc<'_, '_>, r: Range<usize>) -> bool {
    r.clone()
        .any(|i| matches!(doc.w(i), "separately" | "respectively" | "each"))
}

/// Finds the document noun phrases of a sentence, into `out` (cleared
/// first).
fn mentions_in<'d>(doc: &Doc<'d, '_>, r: Range<usize>, out: &mut Vec<Mention<'d>>) {
    out.clear();
    let mut i = r.start;
    while i < r.end {
        let Some((n, noun)) = doc_at(doc, i) else {
            i += 1;
            continue;
        };
        let head = i..(i + n).min(r.end);
        i = head.end;
        // A verb, not a noun: "to deal with", "to document".
        let prev = head.start.checked_sub(1).map_or("", |p| doc.w(p));
        if noun.class == NounClass::Generic
            && matches!(
                prev,
                "to" | "will" | "would" | "can" | "could" | "must" | "should"
            )
        {
            continue;
        }
        // Part of an organization's name ("Collective Security Treaty
        // Organisation"), or "in agreement with".
        if doc.is_cap(head.end) && doc.is_cap(head.start) && org_word(doc.w(head.end)) {
            continue;
        }
        if prev == "in" && !noun.plural && doc.w(head.end) == "with" {
            continue;
        }
        // "memorandum of understanding (MoU)": the abbreviation repeats it.
        if prev == "("
            && out
                .last()
                .is_some_and(|m: &Mention| m.head.end + 1 == head.start)
        {
            continue;
        }
        // "a great deal of", "customs declarations", "futures contracts":
        // not documents between parties.
        if noun.class == NounClass::Generic && doc.w(head.end) == "of" && !noun.plural {
            continue;
        }
        // "a joint venture agreement": a noun that is a document only when
        // signed, before a document noun, is its modifier.
        if noun.class == NounClass::SignOnly && doc_at(doc, head.end).is_some() {
            continue;
        }
        let mut m = mention(doc, head, noun, r.clone());
        // "an agreement on establishing a joint venture": such a noun
        // right after what the document before is on is part of it.
        if noun.class == NounClass::SignOnly
            && let Some(p) = out.last()
            && p.head.end < m.np.start
            && m.np.start - p.head.end <= 6
            && matches!(
                doc.w(p.head.end),
                "on" | "for" | "to" | "about" | "regarding" | "concerning"
            )
            && !(p.head.end..m.np.start)
                .any(|k| matches!(doc.w(k), "," | ";" | "." | "and" | "or") || is_sign(doc, k))
        {
            m.nested = true;
        }
        if (m.np.start..m.head.start).any(|k| {
            // The kind first: most entries are of other kinds, and an
            // enum test costs less than a word comparison.
            NOT_DOCUMENT_MODIFIERS
                .iter()
                .any(|(w, kind)| *kind == noun.kind && doc.w(k) == *w)
        }) {
            continue;
        }
        out.push(m);
    }
}

/// Whether a word names an organization ("organisation", "council").
fn org_word(w: &str) -> bool {
    matches!(
        w,
        "organisation" | "organization" | "council" | "commission" | "secretariat" | "office"
    )
}

/// Builds a mention: extends the head to the left over modifiers and a
/// determiner, and to the right over its qualifier.
fn mention<'d>(
    doc: &Doc<'d, '_>,
    head: Range<usize>,
    noun: DocNoun,
    r: Range<usize>,
) -> Mention<'d> {
    let mut det = Det::Indefinite;
    let mut count = None;
    let mut batch = noun.plural;
    let mut start = head.start;
    let mut title_start = head.start;
    let mut words = Words::new();
    let mut named = false;
    let mut bilateral = false;
    let mut ordinal = false;
    let mut k = head.start;
    let mut steps = 0;
    while k > r.start && steps < 9 {
        steps += 1;
        let p = k - 1;
        let w = doc.w(p);
        if matches!(w, "a" | "an") {
            start = p;
            break;
        }
        if w == "another" {
            det = Det::Another;
            start = p;
            break;
        }
        if matches!(
            w,
            "first" | "second" | "third" | "fourth" | "fifth" | "last"
        ) && !noun.plural
        {
            ordinal = true;
        }
        if matches!(w, "second" | "third" | "fourth" | "further" | "new") && !noun.plural {
            det = Det::Another;
            start = p;
            k = p;
            continue;
        }
        if doc.has(p, wc::DEFINITE) {
            if det != Det::Another {
                det = Det::Definite;
            }
            start = p;
            break;
        }
        if matches!(
            w,
            "several" | "numerous" | "multiple" | "many" | "various" | "some"
        ) {
            batch = true;
            start = p;
            break;
        }
        if w == "of"
            && matches!(
                doc.w(p.wrapping_sub(1)),
                "number" | "series" | "package" | "set" | "total" | "range"
            )
        {
            batch = true;
            start = p.saturating_sub(2).max(r.start);
            if matches!(doc.w(start), "a" | "the") {
                // "a number of": indefinite.
            } else {
                start = p - 1;
            }
            break;
        }
        let is_num = doc
            .scan
            .tokens
            .get(p)
            .is_some_and(|t| t.kind == crate::scan::TokenKind::Number);
        if is_num || number_word(w).is_some() {
            let next = doc.w(p + 1);
            let before = p
                .checked_sub(1)
                .filter(|&q| q >= r.start)
                .map_or("", |q| doc.w(q));
            // A digit run glued to what precedes it ("1,458", "8.2") is
            // part of an amount; a number word after a comma is a count
            // ("a solid package, fourteen documents").
            let amount = doc.has(p + 1, wc::AMOUNT_WORDS)
                || matches!(before, "$" | "€" | "£" | "rs" | "us" | "usd")
                || p.checked_sub(1)
                    .filter(|&q| q >= r.start)
                    .is_some_and(|q| crate::lexicon::currency::is_code(doc.scan.tok(q)))
                || (is_num && !doc.space_before(p));
            if !amount {
                let n = if is_num {
                    doc.w(p).parse::<u32>().ok()
                } else {
                    number_word(w)
                };
                // "a 10-year contract": a compound modifier, not a count.
                let compound = next == "-" && !doc.space_before(p + 1);
                if n.is_some_and(|n| n >= 2) && !compound {
                    count = n;
                    batch = true;
                }
                // The title keeps the whole modifier ("30-year concession
                // contract", not "year concession contract").
                if compound && title_start == p + 2 {
                    title_start = p;
                }
                start = p;
                k = p;
                continue;
            }
        }
        if doc.has(p, wc::NP_STOP) && (w != "-" || doc.space_before(p)) {
            break;
        }
        if w == "s" && doc.w(p.wrapping_sub(1)) == "'" {
            break;
        }
        if is_sign(doc, p) || doc.has(p, wc::PLAN_CUES) || w == "signing" {
            break;
        }
        if w == "-" && !doc.space_before(p) {
            start = p;
            k = p;
            continue;
        }
        // "This follows contracts": a verb after a pronoun, not a modifier.
        if matches!(
            doc.w(p.wrapping_sub(1)),
            "this" | "it" | "which" | "that" | "they" | "he" | "she" | "who"
        ) && (w.ends_with('s') || w.ends_with("ed"))
        {
            break;
        }
        // A modifier.
        if matches!(w, "bilateral" | "intergovernmental") {
            bilateral = true;
        }
        if doc.is_word(p) && !doc.has(p, wc::AMOUNT_WORDS) && w != "us" {
            if !matches!(
                w,
                "bilateral" | "intergovernmental" | "cooperation" | "other" | "new"
            ) || doc.is_cap(p)
            {
                named = true;
            }
            if w.len() >= 4 && !doc.has(p, wc::QUAL_STOP) {
                words.push(w);
            }
            title_start = p;
        }
        start = p;
        k = p;
    }
    // The qualifier after the head.
    let mut q = head.end;
    let mut qual_end = head.end;
    let mut qual: Words<'d> = Words::new();
    let opens = matches!(
        doc.w(q),
        "on" | "for" | "of" | "to" | "regarding" | "concerning" | "between" | "about" | "in"
    ) || (matches!(doc.w(q), "\"" | "“" | ":") && doc.is_cap(q + 1))
        || (doc.is_cap(q) && doc.is_cap(head.start) && doc.place_at(q).is_none());
    // "on 12 April 2024", "on Monday": a date, not what the document is on.
    let date_on = doc.w(q) == "on" && date_starts(doc, q + 1);
    // "in" opens a qualifier only as "in the field of …", not "in Baku".
    let place_in = doc.w(q) == "in"
        && !matches!(
            doc.w(q + 1),
            "the" | "field" | "fields" | "area" | "areas" | "sphere"
        );
    if opens && !place_in && !date_on {
        named |= doc.w(q) != "between" && doc.w(q) != "to";
        let mut steps = 0;
        while q < r.end && steps < 16 {
            let w = doc.w(q);
            if matches!(w, "," | ";" | "." | "(" | ")" | ":" | "–" | "—")
                && !(w == ":" && q == head.end)
                || (doc.has(q, wc::BE_FORMS)
                    || matches!(w, "has" | "have" | "had" | "will" | "would"))
                || doc.has(q, wc::CLAUSE_BREAKS)
                || (is_sign(doc, q) && q > head.end)
                || (w == "and" && is_doc(doc, q + 1))
                || (q > head.end + 1 && is_doc(doc, q))
                || (matches!(w, "on" | "in") && date_starts(doc, q + 1))
            {
                break;
            }
            if w.len() >= 4 && doc.is_word(q) && !doc.has(q, wc::QUAL_STOP) {
                words.push(w);
                qual.push(w);
            }
            q += 1;
            steps += 1;
        }
        qual_end = q;
    }
    // Vague references: "the agreements reached", "agreement was reached".
    let mut vague = false;
    for j in head.end..head.end + 4 {
        let w = doc.w(j);
        if matches!(w, "reached" | "adopted" | "achieved") {
            vague = true;
            break;
        }
        if !(doc.has(j, wc::BE_FORMS) || matches!(w, "also" | "has" | "have" | "had" | "already")) {
            break;
        }
    }
    if doc.w(head.end) == "in" && doc.w(head.end + 1) == "force" {
        vague = true;
    }
    if let Some(p) = start.checked_sub(1)
        && matches!(
            doc.w(p),
            "reach" | "reaches" | "reached" | "reaching" | "existing" | "previous" | "prior"
        )
    {
        vague = true;
    }
    // Nested in another document's qualifier, or in "implementation of".
    let mut nested = false;
    if let Some(p) = start.checked_sub(1) {
        let w = doc.w(p);
        let pp = p.checked_sub(1).map_or("", |x| doc.w(x));
        if matches!(
            w,
            "of" | "on" | "for" | "about" | "regarding" | "concerning"
        ) && !matches!(
            pp,
            "signing" | "inking" | "conclusion" | "exchange" | "number" | "series"
        ) {
            nested = true;
        }
    }
    // Words of a multi-word head ("memorandum of strategic partnership").
    for k in head.clone().skip(1) {
        let w = doc.w(k);
        if w.len() >= 4 && !doc.has(k, wc::QUAL_STOP) && !words.contains(&w) {
            words.push(w);
        }
    }
    words.sort();
    words.dedup();
    let title = doc.text(title_start..head.end);
    Mention {
        np: start..head.end,
        head,
        qual_end,
        noun,
        det,
        count,
        batch,
        named,
        words,
        qual,
        nested,
        vague,
        bilateral,
        ordinal,
        title,
    }
}

/// "agreements, contracts and other documents": one batch of the last
/// noun's kind.
fn combine_other_lists<'d>(doc: &Doc<'d, '_>, ms: &mut Vec<Mention<'d>>) {
    let mut k = 1;
    while k < ms.len() {
        let last_other =
            ms[k].np.start < ms[k].head.start && doc.w(ms[k].head.start - 1) == "other";
        if last_other {
            // Walk back over mentions joined only by "," / "and".
            let mut first = k;
            while first > 0 {
                let gap = ms[first - 1].head.end..ms[first].np.start;
                if gap.len() <= 2 && gap.clone().all(|i| matches!(doc.w(i), "," | "and" | "or")) {
                    first -= 1;
                } else {
                    break;
                }
            }
            if first < k {
                let mut merged = ms[k].clone();
                merged.np.start = ms[first].np.start;
                merged.count = ms[first].count.or(merged.count);
                merged.batch = true;
                merged.bilateral |= ms[first].bilateral;
                merged.det = ms[first].det;
                merged.title = doc.text(ms[first].np.start..ms[k].head.end);
                ms.splice(first..=k, std::iter::once(merged));
                k = first + 1;
                continue;
            }
        }
        k += 1;
    }
}

/// Finds the signing words of a sentence, with their tense and voice,
/// into `out` (cleared first).
fn verbs_in<'d>(doc: &Doc<'d, '_>, r: Range<usize>, out: &mut Vec<Verb<'d>>) {
    out.clear();
    let mut i = r.start;
    while i < r.end {
        let Some((n, form)) = sign_at(doc, i) else {
            i += 1;
            continue;
        };
        // "sign" as a noun ("a sign of"), "award" as a noun ("an award").
        let prev = i.checked_sub(1).map_or("", |p| doc.w(p));
        if form == SignForm::Base && matches!(prev, "a" | "the" | "an") {
            i += n;
            continue;
        }
        let (planned, passive) = tense(doc, i, i + n, form, r.clone());
        out.push(Verb {
            at: i,
            end: i + n,
            form,
            planned,
            passive,
            subject: None,
        });
        i += n;
    }
}

/// Whether a signing word is a plan ("will sign", "to be signed", "the
/// signing … is planned") and whether it is passive.
fn tense(
    doc: &Doc<'_, '_>,
    at: usize,
    end: usize,
    form: SignForm,
    r: Range<usize>,
) -> (bool, bool) {
    let mut planned = false;
    let mut passive = false;
    let mut k = at;
    let mut steps = 0;
    while k > r.start && steps < 5 {
        k -= 1;
        steps += 1;
        let w = doc.w(k);
        if doc.has(k, wc::ADVERBS) || w.ends_with("ly") && doc.is_word(k) && !doc.is_cap(k) {
            continue;
        }
        if doc.has(k, wc::BE_FORMS) {
            passive = true;
            continue;
        }
        if matches!(w, "and" | "or") && steps == 1 {
            // "negotiating and concluding": the tense of the first verb.
            continue;
        }
        if matches!(w, "negotiating" | "negotiate" | "preparing" | "prepare") {
            planned = true;
            break;
        }
        if doc.has(k, wc::FUTURE_MARKERS) {
            // "to" is a plan only before the verb itself ("to sign"), not
            // in "resulted in" or "led to signing".
            planned = w != "to"
                || matches!(form, SignForm::Base)
                || doc.w(k + 1) == "be"
                || doc.w(k.wrapping_sub(1)) == "forward";
            break;
        }
        break;
    }
    if form == SignForm::Gerund && !planned {
        // "the signing of documents is planned", "preparations for the signing".
        let mut j = end;
        while j < r.end && j < end + 25 {
            let w = doc.w(j);
            if matches!(
                w,
                "planned" | "scheduled" | "expected" | "envisaged" | "will"
            ) || (w == "to" && doc.w(j + 1) == "be" && doc.w(j + 2) == "held")
            {
                planned = true;
                break;
            }
            if matches!(w, "." | ";") {
                break;
            }
            j += 1;
        }
        let mut k = at;
        for _ in 0..4 {
            let Some(p) = k.checked_sub(1) else { break };
            if matches!(
                doc.w(p),
                "upcoming"
                    | "future"
                    | "preparation"
                    | "preparations"
                    | "prepare"
                    | "ahead"
                    | "planned"
            ) {
                planned = true;
            }
            k = p;
        }
    }
    (planned, passive && form == SignForm::Past)
}

/// Whether a verb of preparing stands between an active signing word and
/// the document it governs ("signed a protocol and agreed to prepare a
/// roadmap"): the document is a plan.
fn plan_verb_between<'d>(doc: &Doc<'d, '_>, v: &Verb<'d>, m: &Mention) -> bool {
    v.end <= m.np.start && (v.end + 1..m.np.start).any(|k| doc.has(k, wc::PLAN_VERBS))
}

/// "The sides" of sentence `s`: the organizations of the officials the
/// sentence (or the one before) names when every one of them speaks for an
/// organization ("the head of Northern Rail met the chairman of Lake
/// Shipping. The sides signed …"), else the states nearby.
fn sides<'d>(doc: &Doc<'d, '_>, s: usize, n: usize) -> Vec<Party<'d>> {
    for k in [Some(s), s.checked_sub(1)].into_iter().flatten() {
        // The people of a sentence are few: kept in place.
        let mut people: Few<PersonRef<'d>, 4> = Few::new();
        doc.persons_into(doc.sentence(k), &mut people);
        if people.len() < n {
            continue;
        }
        let mut out: Vec<Party> = Vec::new();
        for p in &people {
            match p.official.and_then(|o| doc.official(o)) {
                Some(o) if o.organization.is_some() => {
                    if let Some(party) = doc.official_party(o) {
                        push_party(&mut out, party);
                    }
                }
                _ => return doc.sides(s, n),
            }
        }
        if out.len() == n {
            return out;
        }
        break;
    }
    doc.sides(s, n)
}

/// The signing word that governs a mention, if any.
fn attach<'d>(
    doc: &Doc<'d, '_>,
    m: &Mention,
    verbs: &[Verb<'d>],
    r: Range<usize>,
) -> Option<usize> {
    // Only the signing words within the window count.
    let lo = verbs.partition_point(|v| v.at < r.start);
    let hi = verbs.partition_point(|v| v.at < r.end);
    let near = || verbs.iter().enumerate().take(hi).skip(lo);
    // Active: the nearest signing word before it in its clause.
    let before = near()
        .filter(|(_, v)| v.end <= m.np.start)
        .max_by_key(|(_, v)| v.at);
    if let Some((vi, v)) = before
        && !v.passive
        && m.np.start - v.end <= 40
        && !(v.end..m.np.start).any(|i| breaks(doc, i))
    {
        return Some(vi);
    }
    // Passive or participle: the nearest signing word after it.
    let after = near()
        .filter(|(_, v)| v.at >= m.head.end)
        .min_by_key(|(_, v)| v.at);
    if let Some((vi, v)) = after
        && v.at.saturating_sub(m.qual_end.max(m.head.end)) <= 12
        && v.at - m.head.end <= 30
        && !(m.head.end..v.at).any(|i| breaks(doc, i) && doc.w(i) != "which")
    {
        let perfect =
            (v.at.saturating_sub(3)..v.at).any(|k| matches!(doc.w(k), "have" | "has" | "had"));
        // A past form after the document is its participle ("the
        // declaration … signed in Baku") unless it is a perfect ("have
        // signed") or governs a document of its own.
        let participle = v.passive || (v.form == SignForm::Past && !perfect);
        // "an action plan, which they will sign": the document is the
        // object of a relative clause.
        let relative = (m.qual_end.max(m.head.end)..(m.qual_end.max(m.head.end) + 2).min(v.at))
            .any(|k| matches!(doc.w(k), "which" | "that"));
        // "Iran and Uzbekistan signed four documents": a verb followed by a
        // document of its own governs that one, not the subject.
        let has_object = docs_after(doc, v.end, r.end);
        if relative && !has_object || participle && (!has_object || v.passive) {
            return Some(vi);
        }
    }
    None
}

/// Whether a document noun follows a verb closely (its object).
fn docs_after(doc: &Doc<'_, '_>, from: usize, end: usize) -> bool {
    (from..end.min(from + 6)).any(|i| is_doc(doc, i))
}

/// Whether token `i` ends a clause.
fn breaks(doc: &Doc<'_, '_>, i: usize) -> bool {
    let w = doc.w(i);
    // A point inside a number ("6.4bn") ends nothing; "the following
    // documents" is no "following the talks".
    (doc.has(i, wc::CLAUSE_BREAKS) && !(w == "following" && doc.w(i.wrapping_sub(1)) == "the"))
        || matches!(w, "?" | "!")
        || (w == "." && (doc.space_before(i + 1) || i + 1 >= doc.len()))
}

/// Whether a mention is a document's proper title: a capitalized head
/// after a capitalized modifier, not at the start of the sentence ("the
/// Preferential Trade Agreement", "the Northern Transit Treaty").
fn proper_title(doc: &Doc<'_, '_>, m: &Mention, sent_start: usize) -> bool {
    doc.is_cap(m.head.start)
        && m.head.start > sent_start + 1
        && (m.np.start..m.head.start).any(|k| k > sent_start && doc.is_cap(k))
}

/// Whether a plan word stands shortly before a mention in its clause ("a
/// draft agreement", "talks leading to a trade pact", "through further
/// agreements").
fn plan_cue_before(doc: &Doc<'_, '_>, m: &Mention, sent_start: usize) -> bool {
    let mut k = m.head.start;
    for _ in 0..6 {
        let Some(p) = k.checked_sub(1) else { break };
        if p < sent_start || breaks(doc, p) {
            break;
        }
        let w = doc.w(p);
        if doc.has(p, wc::PLAN_CUES) && w != "expected" && w != "planned" {
            return true;
        }
        k = p;
    }
    false
}

/// The start of the clause holding token `at`: after the last ";", ":",
/// "that", a spaced dash, or a clause word before it.
fn clause_start(doc: &Doc<'_, '_>, at: usize, sent: Range<usize>) -> usize {
    let mut k = at;
    while k > sent.start {
        let p = k - 1;
        let w = doc.w(p);
        if matches!(
            w,
            ";" | ":"
                | "that"
                | "–"
                | "—"
                | "which"
                | "while"
                | "whereas"
                | "but"
                | "where"
                | "when"
        ) || (w == "-" && doc.space_before(p))
            || (doc.has(p, wc::REPORTING_VERBS) && doc.w(k) == ",")
            || reported_clause_at(doc, p, k)
        {
            return k;
        }
        k = p;
    }
    sent.start
}

/// Whether a calendar date starts at token `i`: a month or weekday name,
/// or a day number before a month name ("12 April", "April 12", "Monday").
fn date_starts(doc: &Doc<'_, '_>, i: usize) -> bool {
    let w = doc.w(i);
    calendar::is_month(w)
        || calendar::weekday(w).is_some()
        || (w.len() <= 2
            && w.bytes().all(|b| b.is_ascii_digit())
            && calendar::is_month(doc.w(i + 1)))
}

/// Whether a reported clause with no "that" opens at token `k`, after the
/// reporting verb `p` ("the minister said Pakistan and Kazakhstan would
/// sign …"): its subject, not the speaker, signs. Only "said" and "says"
/// are read so: the other reporting verbs also take objects ("reported
/// net profit", "announced plans", "told reporters"). Only a clause
/// opening with a name or with the sides ("said the two countries will
/// sign") opens one: one opening with a pronoun or a noun for the
/// speaker or the speaker's body ("said he would sign", "said the company
/// signed") keeps the speaker's party.
fn reported_clause_at(doc: &Doc<'_, '_>, p: usize, k: usize) -> bool {
    matches!(doc.w(p), "said" | "says") && (doc.is_cap(k) || side_at(doc, k).is_some())
}

/// The parties of a mention governed by a signing word.
fn parties_for<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    m: &Mention,
    verbs: &mut [Verb<'d>],
    vi: usize,
    r: Range<usize>,
) -> (Vec<Party<'d>>, Source) {
    // "between A and B" after the mention or the verb.
    let from = m.head.end.max(verbs[vi].end);
    if let Some(b) = between(doc, s, from, r.clone()) {
        return b;
    }
    let mut out: Vec<Party> = Vec::new();
    let mut source = Source::None;
    // The verb's position only: a clone of the verb would copy its cached
    // subject list too.
    let v = VerbAt {
        at: verbs[vi].at,
        end: verbs[vi].end,
    };
    let active = v.end <= m.np.start;
    if active {
        let src = subject(doc, s, verbs, vi, r.clone());
        if let Some((subj, _)) = &verbs[vi].subject {
            for p in subj {
                push_party(&mut out, p.clone());
            }
        }
        source = source.max(src);
        // "awarded A and B a contract": the recipient between verb and document.
        if matches!(doc.w(v.at), "awarded" | "award" | "awards") && m.np.start > v.end {
            // Up to the article of the document's own phrase ("… an Rs
            // 6.4bn contract").
            let stop = (v.end + 1..m.np.start)
                .rev()
                .find(|&k| matches!(doc.w(k), "a" | "an"))
                .unwrap_or(m.np.start);
            for p in doc.parties(v.end..stop) {
                push_party(&mut out, p);
                source = Source::Explicit;
            }
        }
    } else {
        // Passive: the "by" agent.
        let mut j = v.end;
        while j < r.end && j < v.end + 3 && doc.w(j) != "by" {
            j += 1;
        }
        if doc.w(j) == "by" {
            let ps = doc.parties(name_range(doc, j + 1, r.end));
            if !ps.is_empty() {
                source = Source::Explicit;
            }
            for p in ps {
                push_party(&mut out, p);
            }
        }
    }
    // "with C", "to C" (awarded), "on behalf of D" after the document or verb.
    let after = v.end.max(m.head.end);
    for p in partners_after(
        doc,
        after,
        r.end,
        matches!(doc.w(v.at), "awarded" | "award" | "awards"),
    ) {
        push_party(&mut out, p);
        source = Source::Explicit;
    }
    if out.is_empty()
        && let Some(ps) = sides_near(doc, s, m, r.clone())
    {
        return (ps, Source::Sides);
    }
    (out, source)
}

/// The parties of a mention no signing word governs: "between", a subject
/// right before it, "with".
fn parties_free<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    m: &Mention,
    r: Range<usize>,
) -> (Vec<Party<'d>>, Source) {
    if let Some(b) = between(doc, s, m.head.end, r.clone()) {
        return b;
    }
    let mut out = Vec::new();
    let start = clause_start(doc, m.np.start, r.clone());
    let subject = if doc.w(start) == "it" {
        it_parties(doc, s, start, r.clone())
    } else {
        doc.parties(name_range(doc, start, m.np.start))
    };
    for p in subject {
        push_party(&mut out, p);
    }
    for p in partners_after(doc, m.head.end, r.end, false) {
        push_party(&mut out, p);
    }
    if !out.is_empty() {
        return (out, Source::Explicit);
    }
    // "the Chilean-Peruvian memorandum": the states its modifiers name.
    let mut states: Vec<&'static str> = Vec::new();
    for k in m.np.start..m.head.start {
        if let Some((_, p)) = doc.place_at(k)
            && matches!(p.kind, PlaceKind::Country | PlaceKind::Demonym)
            && !states.contains(&p.alpha2)
        {
            states.push(p.alpha2);
        }
    }
    if states.len() >= 2 {
        return (
            states.into_iter().map(|c| doc.state(c)).collect(),
            Source::Sides,
        );
    }
    if let Some(ps) = sides_near(doc, s, m, r) {
        return (ps, Source::Sides);
    }
    (Vec::new(), Source::None)
}

/// "the two countries", "bilateral", "the sides" near a mention: the
/// states the nearby text names.
fn sides_near<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    m: &Mention,
    r: Range<usize>,
) -> Option<Vec<Party<'d>>> {
    let mut n = if m.bilateral { Some(2) } else { None };
    if n.is_none() {
        let mut i = r.start;
        while i < r.end {
            if let Some((_, k)) = side_at(doc, i)
                && !matches!(
                    doc.w(i),
                    "bilateral" | "intergovernmental" | "inter" | "they"
                )
            {
                n = Some(usize::from(k));
                break;
            }
            i += 1;
        }
    }
    let n = n?;
    let ps = sides(doc, s, n);
    (ps.len() == n).then_some(ps)
}

/// Where a signing word stands, copied out of its [`Verb`].
#[derive(Clone, Copy)]
struct VerbAt {
    /// Its first token.
    at: usize,
    /// The token after it.
    end: usize,
}

/// Reads the subject parties of an active signing word into the verb's
/// cache (`verbs[vi].subject`, read there rather than returned, so that
/// the list is not copied), and says how sure they are.
fn subject<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    verbs: &mut [Verb<'d>],
    vi: usize,
    r: Range<usize>,
) -> Source {
    if let Some((_, source)) = &verbs[vi].subject {
        return *source;
    }
    let v = VerbAt {
        at: verbs[vi].at,
        end: verbs[vi].end,
    };
    let start = clause_start(doc, v.at, r.clone());
    // Drop auxiliaries and plan words right before the verb.
    let mut end = v.at;
    while end > start {
        let w = doc.w(end - 1);
        if doc.has(end - 1, wc::BE_FORMS | wc::FUTURE_MARKERS | wc::ADVERBS)
            || matches!(
                w,
                "has"
                    | "have"
                    | "had"
                    | "set"
                    | "expected"
                    | "agreed"
                    | "ready"
                    | "due"
                    | "going"
                    | "about"
                    | "scheduled"
            )
        {
            end -= 1;
        } else {
            break;
        }
    }
    // A coordinated verb ("signed X with Y, and inked Z"): the subject of
    // the previous signing word.
    let mut tail = (start..end).rev().map(|i| doc.w(i));
    let (last, before) = (tail.next(), tail.next());
    let coordinated = last == Some("and") || (last == Some(",") && before.is_some());
    if coordinated && vi > 0 {
        let source = subject(doc, s, verbs, vi - 1, r);
        verbs[vi].subject = verbs[vi - 1].subject.clone();
        return source;
    }
    // "KTZ, which reported a profit …, also awarded …": the subject is the
    // name the relative clause hangs on.
    let (start, end) = if start >= 2
        && matches!(doc.w(start - 1), "which" | "who")
        && doc.w(start - 2) == ","
        && (start..end).any(|k| doc.w(k) == ",")
    {
        (clause_start(doc, start - 2, r.clone()), start - 2)
    } else {
        (start, end)
    };
    // An opening phrase ("During the trip to Singapore and Korea, …",
    // "Following the meeting, …") is not the subject.
    let start = if doc.has(start, wc::INTRO_WORDS) {
        (start..end)
            .find(|&k| doc.w(k) == ",")
            .map_or(start, |k| k + 1)
    } else {
        start
    };
    let range = start..end;
    // "The two leaders held talks at the palace and witnessed the signing
    // …": a subject that opens with "the sides" stands for them.
    if let Some((_, k)) = side_at(doc, start)
        && !matches!(doc.w(start), "bilateral" | "intergovernmental" | "inter")
    {
        let ps = sides(doc, s, usize::from(k));
        if ps.len() == usize::from(k) {
            verbs[vi].subject = Some((ps, Source::Sides));
            return Source::Sides;
        }
    }
    // A document before the verb is its object in a passive ("two
    // treaties are expected to be signed, namely …"), not a signatory.
    let doc_subject = range
        .clone()
        .any(|k| doc_at(doc, k).is_some_and(|(_, n)| n.class != NounClass::SignOnly));
    let mut out = if doc_subject {
        Vec::new()
    } else {
        doc.parties(range.clone())
    };
    // Pronoun subjects: "it" is the subject of the clause before; "we"/"I"
    // stay unknown.
    let mut source = if out.is_empty() {
        Source::None
    } else {
        Source::Explicit
    };
    if out.is_empty() {
        let first = range
            .clone()
            .map(|i| doc.w(i))
            .find(|w| !matches!(*w, "," | "on" | "in" | "also"));
        if first == Some("it") {
            out = it_parties(doc, s, start, r.clone());
            if !out.is_empty() {
                source = Source::Explicit;
            }
        }
        if out.is_empty() {
            let mut i = range.start;
            while i < range.end {
                if let Some((_, k)) = side_at(doc, i)
                    && !matches!(doc.w(i), "bilateral" | "intergovernmental" | "inter")
                {
                    let ps = sides(doc, s, usize::from(k));
                    if ps.len() == usize::from(k) {
                        out = ps;
                        source = Source::Sides;
                    }
                    break;
                }
                i += 1;
            }
        }
    }
    verbs[vi].subject = Some((out, source));
    source
}

/// What "it" at the start of a clause stands for: the subject of the
/// clause before it in the sentence, or the name a previous sentence
/// opens with ("Norsk Hydrogen will … It will also …").
fn it_parties<'d>(doc: &Doc<'d, '_>, s: usize, start: usize, r: Range<usize>) -> Vec<Party<'d>> {
    if start > r.start {
        return doc.parties(clause_start(doc, start - 1, r.clone())..start);
    }
    let Some(prev) = s.checked_sub(1) else {
        return Vec::new();
    };
    let pr = doc.sentence(prev);
    match doc.name_run(pr.clone()) {
        Some(run) if run.start <= pr.start + 2 => doc.parties(run),
        _ => Vec::new(),
    }
}

/// "between A and B" after token `from` in the sentence: its parties when
/// it names two or more (or "the two countries").
fn between<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    from: usize,
    r: Range<usize>,
) -> Option<(Vec<Party<'d>>, Source)> {
    let mut i = from;
    while i < r.end && i < from + 30 {
        if doc.w(i) == "between" {
            if let Some((_, k)) = side_at(doc, i + 1) {
                let ps = sides(doc, s, usize::from(k));
                return (ps.len() >= 2).then_some((ps, Source::Sides));
            }
            let ps = doc.parties(name_range(doc, i + 1, r.end));
            return (ps.len() >= 2).then_some((ps, Source::Explicit));
        }
        // A clause of its own ends the search ("…, the two governments
        // said, as states seek trade between China and Europe"); talks
        // before or after a signing are still between its parties ("after
        // talks between A and B").
        let w = doc.w(i);
        if matches!(w, ";" | "." | "which" | "while")
            || (i > from + 1 && is_doc(doc, i))
            || (breaks(doc, i) && !matches!(w, "after" | "before" | "following" | "since"))
            || (w == "as" && doc.w(i.wrapping_sub(1)) == ",")
        {
            break;
        }
        i += 1;
    }
    None
}

/// Parties after "with", "to" (for awards) and "on behalf of", from token
/// `from` to the end of the clause.
fn partners_after<'d>(doc: &Doc<'d, '_>, from: usize, end: usize, award: bool) -> Vec<Party<'d>> {
    let mut out = Vec::new();
    let mut i = from;
    while i < end && i < from + 20 {
        let w = doc.w(i);
        if breaks(doc, i) || (is_doc(doc, i) && i > from + 1) {
            break;
        }
        let start = if w == "with" {
            Some(i + 1)
        } else if w == "behalf" && doc.w(i + 1) == "of" {
            Some(i + 2)
        } else if award && w == "to" {
            Some(i + 1)
        } else {
            None
        };
        if let Some(mut st) = start {
            // "to four manufacturers: A, B and C": the list after the colon.
            if let Some(colon) = (st..end.min(st + 6)).find(|&k| doc.w(k) == ":") {
                st = colon + 1;
            }
            // "to local builder Nordbygg": describing words before the name.
            let mut k = st;
            while k < end && k < st + 3 && doc.is_word(k) && !doc.is_cap(k) && !in_name_list(doc, k)
            {
                k += 1;
            }
            if k > st && doc.is_cap(k) {
                st = k;
            }
            let nr = name_range(doc, st, end);
            for p in doc.parties(nr.clone()) {
                push_party(&mut out, p);
            }
            i = nr.end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// The partners of a distributed signing: the "with"/"to" list.
fn partners_list<'d>(
    doc: &Doc<'d, '_>,
    m: &Mention,
    v: &Verb<'d>,
    r: Range<usize>,
) -> Option<Vec<Party<'d>>> {
    let after = v.end.max(m.head.end);
    let award = matches!(doc.w(v.at), "awarded" | "award" | "awards");
    let ps = partners_after(doc, after, r.end, award);
    (ps.len() >= 2).then_some(ps)
}

/// The extent of a list of names starting at `from`: capitalized words,
/// name connectors, commas, parentheses, role words; up to the first other
/// lower-case word.
fn name_range(doc: &Doc<'_, '_>, from: usize, end: usize) -> Range<usize> {
    let mut i = from;
    let mut depth = 0usize;
    while i < end {
        match doc.w(i) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            w => {
                let presence = w == "in" && doc.w(i + 1) == "the" && doc.w(i + 2) == "presence";
                // A full stop that ends the sentence, not an initial.
                let stop = w == "." && doc.space_before(i + 1) && !doc.is_cap(i.wrapping_sub(1));
                // ", Azernews reports": an attribution, not one more name.
                let attribution = w == "," && attribution_after(doc, i + 1, end);
                if presence || stop || attribution || !in_name_list(doc, i) {
                    break;
                }
            }
        }
        i += 1;
    }
    from..i
}

/// Whether token `i` may be part of a list of names: a capitalized word, a
/// number, a name connector or list mark, a role word ("chairman and CEO
/// of"), a group noun, or an institution word ("the government of").
fn in_name_list(doc: &Doc<'_, '_>, i: usize) -> bool {
    doc.is_cap(i)
        || doc.has(i, wc::NAME_LIST_WORDS | wc::TITLE_HEADS | wc::GROUP_NOUNS)
        || doc
            .scan
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == crate::scan::TokenKind::Number)
}

/// The index of the last record matching `f` among the last [`LOOKBACK`].
fn rfind_recent(recs: &[Rec], f: impl Fn(&Rec) -> bool) -> Option<usize> {
    (recs.len().saturating_sub(LOOKBACK)..recs.len())
        .rev()
        .find(|&k| f(&recs[k]))
}

/// Whether a capitalized run starting at `i` is followed by a reporting
/// verb ("Azernews reports", "the ministry said").
fn attribution_after(doc: &Doc<'_, '_>, i: usize, end: usize) -> bool {
    let mut k = i;
    while k < end && k < i + 6 && (doc.is_cap(k) || matches!(doc.w(k), "the" | "." | "-")) {
        k += 1;
    }
    k > i && doc.has(k, wc::REPORTING_VERBS)
}

/// The most recent record a definite mention refers back to.
fn antecedent(recs: &[Rec], m: &Mention) -> Option<usize> {
    if let Some(t) = rfind_recent(recs, |r| {
        !r.dropped && r.kind == m.noun.kind && (r.batch == m.batch || !m.batch)
    }) {
        return Some(t);
    }
    // A loose word ("the deal", "the agreement") may name a document of
    // any kind; "its protocol" after a joint statement is a new document.
    if m.noun.class == NounClass::Generic
        || !m.batch
            && matches!(
                m.noun.kind,
                AgreementKind::Agreement | AgreementKind::Contract
            )
    {
        return rfind_recent(recs, |r| !r.dropped && (!m.batch || r.batch));
    }
    None
}

/// Adds a signer of a known document to its parties, unless it is the state
/// of a state body already there (the minister who signs for
/// "Chile's Ministry of Energy" adds no "Chile").
fn push_signer<'d>(out: &mut Vec<Party<'d>>, p: Party<'d>) {
    if let Some(code) = p.code
        && out.iter().any(|q| {
            q.code.is_none()
                && q.name
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.len() > 2 && geo::lookup(w).is_some_and(|pl| pl.alpha2 == code))
        })
    {
        return;
    }
    push_party(out, p);
}

/// Whether two party lists can be the same signatories: one is empty, or
/// they share one.
fn parties_overlap<'d>(a: &[Party<'d>], b: &[Party<'d>]) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter().any(|p| {
            b.iter().any(|q| match (p.code, q.code) {
                (Some(x), Some(y)) => x == y,
                _ => loose_eq(&p.name, &q.name),
            })
        })
}

/// Whether two records name the same signatories.
fn same_parties(a: &Rec, b: &Rec) -> bool {
    a.parties.len() == b.parties.len()
        && a.parties.iter().all(|p| {
            b.parties.iter().any(|q| match (p.code, q.code) {
                (Some(x), Some(y)) => x == y,
                _ => loose_eq(&p.name, &q.name),
            })
        })
}

/// Names equal ignoring case, or one's words all inside the other's.
fn loose_eq(a: &str, b: &str) -> bool {
    let wa: Vec<String> = words_of(a);
    let wb: Vec<String> = words_of(b);
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w))
}

/// Lower-case content words of a name.
fn words_of(s: &str) -> Vec<String> {
    content_words(s).map(str::to_lowercase).collect()
}

/// Whether a new record may be the same document as an existing one.
fn compatible(old: &Rec, new: &Rec, mention_only: bool) -> bool {
    let _ = mention_only;
    compatible_but_parties(old, new) && parties_overlap(&old.parties, &new.parties)
}

/// Whether a body record may be the document a headline record reports:
/// same kind, count and status; headlines word the rest their own way.
fn headline_match(old: &Rec, new: &Rec) -> bool {
    !old.dropped
        && !old.distributed
        && old.kind == new.kind
        && old.batch == new.batch
        && old.status == new.status
        && !matches!((old.count, new.count), (Some(a), Some(b)) if a != b)
}

/// Whether a new record may be the same document as an existing one, its
/// signatories aside.
fn compatible_but_parties(old: &Rec, new: &Rec) -> bool {
    if old.dropped || old.batch != new.batch || old.distributed {
        return false;
    }
    if let (Some(a), Some(b)) = (old.verb_key, new.verb_key)
        && a == b
    {
        return false;
    }
    // The same words in any order; most word lists are sorted already, and
    // are compared without sorted copies.
    let same_words = old.words.len() >= 2
        && old.words.len() == new.words.len()
        && if old.words.is_sorted() && new.words.is_sorted() {
            *old.words == *new.words
        } else {
            let mut a = old.words.clone();
            let mut b = new.words.clone();
            a.sort();
            b.sort();
            *a == *b
        };
    let kind_ok = old.kind == new.kind || same_words;
    let status_ok = old.status == new.status
        || old.status == AgreementStatus::Other
        || new.status == AgreementStatus::Other;
    let words_ok = old.words.is_empty()
        || new.words.is_empty()
        || old.words.iter().any(|w| new.words.contains(w));
    // Two counted batches of different counts, or two documents whose own
    // names share no word ("Loan agreement 'Northern Bypass'", "Loan
    // agreement 'City Water'"), are different documents.
    let counts_ok = !matches!((old.count, new.count), (Some(a), Some(b)) if a != b);
    let qual_ok =
        old.qual.is_empty() || new.qual.is_empty() || old.qual.iter().any(|w| new.qual.contains(w));
    kind_ok && status_ok && words_ok && counts_ok && qual_ok
}

/// A document first reported by a headline takes the signatories the body
/// names: headlines shorten companies to their countries ("Chile, Peru ink
/// port contract" over "Andes Ports and Lima Terminals signed …").
fn body_names<'d>(old: &mut Rec<'d>, new: &Rec<'d>, head_end: usize) {
    if old.sent < head_end
        && new.sent >= head_end
        && new.source == Source::Explicit
        && !new.parties.is_empty()
    {
        old.parties = new.parties.clone();
        old.source = new.source;
        old.sent = new.sent;
        old.span = new.span;
    }
}

/// Merges what a new mention says into an existing record.
fn merge_into<'d>(old: &mut Rec<'d>, new: &Rec<'d>) {
    if new.source > old.source {
        old.parties = new.parties.clone();
        old.source = new.source;
    }
    if old.status == AgreementStatus::Other && new.status != AgreementStatus::Other {
        old.status = new.status;
    }
    if old.date.is_none() {
        old.date = new.date;
    }
    if old.title.is_empty() {
        old.title = new.title;
    }
    for w in &new.words {
        if !old.words.contains(w) {
            old.words.push(w);
        }
    }
    if old.qual.is_empty() {
        old.qual = new.qual.clone();
    }
    old.count = old.count.or(new.count);
}

/// Drops a state from parties that also hold an organization of that state
/// ("Anatolian Gas and Georgian Gas Supply signed …" read with the two
/// countries of the talks): the organizations sign, so long as two
/// parties stay.
fn drop_states_of_organizations<'d>(doc: &Doc<'d, '_>, parties: &mut Vec<Party<'d>>) {
    if parties.len() < 3 || parties.iter().all(|p| p.code.is_some()) {
        return;
    }
    let org_country = |p: &Party| -> Option<&str> {
        doc.entities
            .organizations
            .iter()
            .find(|o| o.name == p.name)
            .and_then(|o| o.country.as_ref())
            .map(|c| c.as_str())
    };
    let countries: Vec<&str> = parties
        .iter()
        .filter(|p| p.code.is_none())
        .filter_map(org_country)
        .collect();
    let keep = |p: &Party| p.code.is_none_or(|c| !countries.contains(&c));
    if parties.iter().filter(|p| keep(p)).count() >= 2 {
        parties.retain(keep);
    }
}

/// Drops a body's short name when its full name is a party too ("COSCO"
/// beside "China COSCO Shipping Corporation", "Port of Baku" beside "Baku
/// International Sea Trade Port"): one signatory named two ways, as when
/// two mentions of a document are merged.
fn drop_short_forms(parties: &mut Vec<Party<'_>>) {
    if parties.iter().filter(|p| p.code.is_none()).count() < 2 {
        return;
    }
    // Content words are compared in place, without lists: most records
    // have a few parties of a few words.
    let inside = |a: &str, b: &str| {
        content_words(a).all(|w| content_words(b).any(|x| x.eq_ignore_ascii_case(w)))
    };
    let short = |ps: &[Party<'_>], i: usize| {
        let p = &ps[i];
        let n = content_words(&p.name).count();
        p.code.is_none()
            && n > 0
            && ps.iter().enumerate().any(|(j, q)| {
                j != i
                    && q.code.is_none()
                    && content_words(&q.name).count() > n
                    && inside(&p.name, &q.name)
            })
    };
    // From the last: a name inside a longer one is dropped, and the
    // longest of a chain stays (containment is transitive), so dropping
    // one never changes whether another is dropped.
    for i in (0..parties.len()).rev() {
        if short(parties, i) {
            parties.remove(i);
        }
    }
}

/// The content words of a name (no "of", "the", "and", "for" or
/// possessive "s", in any case), not lower-cased and not collected.
fn content_words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| {
        !w.is_empty()
            && !["of", "the", "and", "s", "for"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
    })
}

/// Drops itemized batches and builds the records.
fn finish<'d>(doc: &Doc<'d, '_>, mut recs: Vec<Rec<'d>>) -> Vec<Agreement> {
    // A batch of loose documents followed by signings of named ones in
    // later sentences (not "also", "additional") is itemized by them.
    let n = recs.len();
    for b in 0..n {
        // A loose batch ("documents") is itemized by the named signings
        // after it; a batch of one kind only when it counts them ("four
        // agreements") and they are no more than it counts.
        if !recs[b].batch || !(recs[b].generic || recs[b].count.is_some()) || recs[b].itemized {
            continue;
        }
        let items: Vec<usize> = (b + 1..n)
            .take_while(|&k| recs[k].sent <= recs[b].sent + 8)
            .filter(|&k| {
                let x = &recs[k];
                !x.batch
                    && x.status == recs[b].status
                    && x.sent > recs[b].sent
                    && !doc.sentence(x.sent).any(|i| doc.has(i, wc::ALSO_MARKERS))
            })
            .collect();
        let fits = recs[b].generic
            || recs[b].count.is_some_and(|c| items.len() <= c as usize)
                && items.iter().all(|&k| recs[k].kind == recs[b].kind);
        if items.len() >= 2 && fits {
            recs[b].itemized = true;
            for k in items {
                if recs[k].source < recs[b].source {
                    recs[k].parties = recs[b].parties.clone();
                    recs[k].source = recs[b].source;
                }
            }
        }
    }
    // Signatories nobody named: the two states the sentence (or the one
    // before it) is about, else those of a document signed next to it.
    for k in 0..recs.len() {
        if !recs[k].parties.is_empty() || recs[k].status == AgreementStatus::Other {
            continue;
        }
        let s = recs[k].sent;
        let states = [Some(s), s.checked_sub(1)]
            .into_iter()
            .flatten()
            .map(|x| doc.states_in(x))
            .find(|st| !st.is_empty())
            .filter(|st| st.len() == 2);
        if let Some(st) = states {
            recs[k].parties = st.iter().take(2).map(|c| doc.state(c)).collect();
            recs[k].source = Source::Sides;
            continue;
        }
        let near = (k.saturating_sub(LOOKBACK)..(k + LOOKBACK).min(recs.len()))
            .filter(|&j| j != k && !recs[j].parties.is_empty() && !recs[j].dropped)
            .filter(|&j| recs[j].sent.abs_diff(s) <= 1)
            .min_by_key(|&j| recs[j].sent.abs_diff(s));
        if let Some(j) = near {
            recs[k].parties = recs[j].parties.clone();
            recs[k].source = Source::Sides;
        }
    }
    let mut out = Vec::new();
    for r in &mut recs {
        if r.dropped || (r.itemized && !r.including) {
            continue;
        }
        drop_states_of_organizations(doc, &mut r.parties);
        drop_short_forms(&mut r.parties);
        // A signing dated after the article is a misread date.
        let date = r
            .date
            .filter(|&d| r.status != AgreementStatus::Signed || doc.anchor.is_none_or(|a| d <= a));
        // A batch is one entry however many documents it counts (the
        // annotation convention); only its items, when listed, replace it.
        out.push(Agreement {
            kind: r.kind,
            title: (!r.title.is_empty()).then(|| r.title.to_string()),
            // The record is done with: its party names move into the output.
            parties: std::mem::take(&mut r.parties)
                .into_iter()
                .map(|p| p.name.into_owned())
                .collect(),
            status: r.status,
            date,
            span: r.span,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Ctx;
    use crate::extract::actors::Lowered;
    use crate::extract::actors::tests::{official, organization};
    use crate::extract::people::Entities;
    use crate::scan::Scan;

    fn run(text: &str, entities: &Entities) -> Vec<Agreement> {
        let scan = Scan::new(text);
        let ctx = Ctx {
            scan: &scan,
            anchor: None,
        };
        let lowered = Lowered::new(&scan);
        extract(&Doc::new(&ctx, entities, &lowered))
    }

    fn brief(a: &[Agreement]) -> Vec<(AgreementKind, Vec<String>, AgreementStatus)> {
        a.iter()
            .map(|x| (x.kind, x.parties.clone(), x.status))
            .collect()
    }

    fn v(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    use AgreementKind as K;
    use AgreementStatus as St;

    /// A sentence and the records it gives: (kind, parties, status).
    type Case = (&'static str, &'static [(K, &'static [&'static str], St)]);

    #[test]
    fn patterns_without_people() {
        let cases: &[Case] = &[
            (
                "Northwind Railways and Bluebay Logistics signed a memorandum of understanding on Monday.",
                &[(
                    K::Memorandum,
                    &["Northwind Railways", "Bluebay Logistics"],
                    St::Signed,
                )],
            ),
            (
                "Last month a cooperation memorandum was signed between the Port of Varna and Danube Tanker Lines.",
                &[(
                    K::Memorandum,
                    &["Port of Varna", "Danube Tanker Lines"],
                    St::Signed,
                )],
            ),
            (
                "Norway and Chile are set to sign a salmon export agreement this autumn.",
                &[(K::Agreement, &["Norway", "Chile"], St::Planned)],
            ),
            (
                "Paris and Madrid will sign an agreement on the railway by March.",
                &[(K::Agreement, &["France", "Spain"], St::Planned)],
            ),
            (
                "Kazakhstan and Georgia signed a joint statement. The document was praised.",
                &[(K::Declaration, &["Kazakhstan", "Georgia"], St::Signed)],
            ),
            (
                "The two countries signed an action plan. Kenya and Ghana held talks.",
                &[(K::Other, &[], St::Signed)],
            ),
            (
                "Kenya and Ghana held talks. The sides plan to sign several new documents in June.",
                &[(K::Other, &["Kenya", "Ghana"], St::Planned)],
            ),
            (
                "Hungary and Poland signed 47 documents in Warsaw.",
                &[(K::Other, &["Hungary", "Poland"], St::Signed)],
            ),
            // A counted batch is one entry, however small the count.
            (
                "Hungary and Poland signed two framework agreements in Warsaw.",
                &[(K::Agreement, &["Hungary", "Poland"], St::Signed)],
            ),
            (
                "Saudi and Jordanian companies signed deals worth $7 billion.",
                &[(
                    K::Agreement,
                    &["Saudi companies", "Jordanian companies"],
                    St::Signed,
                )],
            ),
            (
                "Greenport Authority signed a letter of intent with Eastern Harbour Company.",
                &[(
                    K::Other,
                    &["Greenport Authority", "Eastern Harbour Company"],
                    St::Signed,
                )],
            ),
            (
                "Last year Chile and Peru signed a road map for energy cooperation.",
                &[(K::Roadmap, &["Chile", "Peru"], St::Signed)],
            ),
        ];
        for (text, want) in cases {
            let got = run(text, &Entities::default());
            let want: Vec<_> = want.iter().map(|(k, p, s)| (*k, v(p), *s)).collect();
            assert_eq!(brief(&got), want, "{text}");
        }
    }

    #[test]
    fn negatives() {
        let cases: &[&str] = &[
            "The ministers discussed the implementation of the agreements reached at the presidents' level.",
            "An agreement was also reached on holding a joint film festival.",
            "The minister said he would deal with the issue.",
            "Trade grew by 5 percent in 2021.",
            "Both sides welcomed additional agreements across the region.",
            "Moldova joined the Collective Security Treaty Organisation.",
        ];
        for text in cases {
            assert!(run(text, &Entities::default()).is_empty(), "{text}");
        }
    }

    #[test]
    fn ministers_sign_for_states() {
        let text = "Energy Minister of Norway John Smith and Swedish Energy Minister Per Olsson \
                    signed a memorandum on gas supplies. The document was inked in Oslo.";
        let e = Entities {
            officials: vec![
                official(text, "John Smith", "Energy Minister", None, "NO", &[]),
                official(text, "Per Olsson", "Energy Minister", None, "SE", &[]),
            ],
            organizations: vec![],
        };
        let got = run(text, &e);
        assert_eq!(
            brief(&got),
            [(K::Memorandum, v(&["Norway", "Sweden"]), St::Signed)]
        );
        assert_eq!(got[0].title.as_deref(), Some("memorandum"));
    }

    #[test]
    fn clauses_bound_the_parties() {
        let minister = |text: &str| Entities {
            officials: vec![official(
                text,
                "Ana Ruiz",
                "Trade Minister",
                None,
                "CL",
                &[],
            )],
            organizations: vec![],
        };
        // The speaker's state is no party of what the clause says others
        // will sign.
        let text = "Trade Minister Ana Ruiz said Peru and Bolivia would sign a trade agreement.";
        assert_eq!(
            brief(&run(text, &minister(text))),
            [(K::Agreement, v(&["Peru", "Bolivia"]), St::Planned)]
        );
        // "said he": the speaker signs, for the state.
        let text = "Trade Minister Ana Ruiz said he would sign a trade agreement with Peru.";
        assert_eq!(
            brief(&run(text, &minister(text))),
            [(K::Agreement, v(&["Chile", "Peru"]), St::Planned)]
        );
        // "between" in a clause of its own names no parties; talks before
        // or after the signing do.
        for (text, want) in [
            (
                "Peru and Bolivia signed an agreement, the governments said, as states \
                 seek trade between Chile and Brazil.",
                v(&["Peru", "Bolivia"]),
            ),
            (
                "Peru and Bolivia signed an agreement, as trade between Chile and Brazil grows.",
                v(&["Peru", "Bolivia"]),
            ),
            (
                "A memorandum was signed after talks between Chile and Brazil.",
                v(&["Chile", "Brazil"]),
            ),
        ] {
            let got = run(text, &Entities::default());
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(brief(&got)[0].1, want, "{text}");
        }
        // "said the company signed": the speaker's body signs.
        let text = "Andes Rail Chairman Ana Ruiz said the company signed a contract with \
                    Sierra Builders.";
        let e = Entities {
            officials: vec![official(
                text,
                "Ana Ruiz",
                "Chairman",
                Some("Andes Rail"),
                "CL",
                &[],
            )],
            organizations: vec![organization(text, "Andes Rail", &[])],
        };
        assert_eq!(
            brief(&run(text, &e)),
            [(
                K::Contract,
                v(&["Andes Rail", "Sierra Builders"]),
                St::Signed
            )]
        );
        // "said the two countries": the sides sign.
        let text = "Trade Minister Ana Ruiz met the Peruvian minister. Ruiz said the two \
                    countries would sign a trade agreement.";
        assert_eq!(
            brief(&run(text, &minister(text))),
            [(K::Agreement, v(&["Chile", "Peru"]), St::Planned)]
        );
        // "reported net profit" is no reported clause: the subject signs.
        let text = "Andes Rail, which reported a profit for 2023, also awarded a contract \
                    to Sierra Builders.";
        assert_eq!(
            brief(&run(text, &Entities::default())),
            [(
                K::Contract,
                v(&["Andes Rail", "Sierra Builders"]),
                St::Signed
            )]
        );
    }
    #[test]
    fn passive_agent_fills_parties() {
        let text = "Bilateral documents were signed in Lima. The agreement on fisheries \
                    was signed by the Chilean Interior Minister and the Minister of Fisheries of Peru. \
                    The agreement on road transport was signed by the Minister of Transport of Chile \
                    and the Minister of Housing of Peru.";
        let got = run(text, &Entities::default());
        assert_eq!(
            brief(&got),
            [
                (K::Agreement, v(&["Chile", "Peru"]), St::Signed),
                (K::Agreement, v(&["Chile", "Peru"]), St::Signed),
            ]
        );
    }

    #[test]
    fn itemized_batch_is_replaced() {
        let text = "Chile and Peru signed four documents on Sunday. The four documents are a protocol \
                    on the implementation of a free trade agreement, a memorandum on plant quarantine, \
                    another memorandum on standards, and a roadmap for 2025-2027.";
        let got = run(text, &Entities::default());
        let kinds: Vec<(K, St)> = got.iter().map(|a| (a.kind, a.status)).collect();
        assert_eq!(
            kinds,
            [
                (K::Protocol, St::Signed),
                (K::Agreement, St::Other),
                (K::Memorandum, St::Signed),
                (K::Memorandum, St::Signed),
                (K::Roadmap, St::Signed),
            ]
        );
        assert!(got.iter().all(|a| a.parties == v(&["Chile", "Peru"])));
    }

    #[test]
    fn separately_gives_one_record_per_partner() {
        let text = "Central Bank of Norland Governor Ann Lee signed swap agreements separately with \
                    Alpha Bank Chairman Bo Ek and Beta Bank Governor Cy Dee.";
        let e = Entities {
            officials: vec![
                official(
                    text,
                    "Ann Lee",
                    "Governor",
                    Some("Central Bank of Norland"),
                    "NO",
                    &[],
                ),
                official(text, "Bo Ek", "Chairman", Some("Alpha Bank"), "SE", &[]),
                official(text, "Cy Dee", "Governor", Some("Beta Bank"), "DK", &[]),
            ],
            organizations: vec![
                organization(text, "Central Bank of Norland", &[]),
                organization(text, "Alpha Bank", &[]),
                organization(text, "Beta Bank", &[]),
            ],
        };
        let got = run(text, &e);
        assert_eq!(
            brief(&got),
            [
                (
                    K::Agreement,
                    v(&["Central Bank of Norland", "Alpha Bank"]),
                    St::Signed
                ),
                (
                    K::Agreement,
                    v(&["Central Bank of Norland", "Beta Bank"]),
                    St::Signed
                ),
            ]
        );
    }

    #[test]
    fn references_back_are_merged() {
        let text = "Acme Ports and Delta Rail signed a memorandum on Monday. According to the \
                    memorandum, cargo will grow. The document was signed by the chairmen. \
                    The signing of the memorandum was welcomed.";
        let got = run(text, &Entities::default());
        assert_eq!(
            brief(&got),
            [(K::Memorandum, v(&["Acme Ports", "Delta Rail"]), St::Signed)]
        );
    }

    #[test]
    fn named_mention_is_other_status() {
        let text = "The roadmap is meant to raise port capacity.";
        let got = run(text, &Entities::default());
        assert_eq!(brief(&got), [(K::Roadmap, v(&[]), St::Other)]);
    }

    #[test]
    fn more_patterns() {
        let cases: &[Case] = &[
            // "A signed X with B".
            (
                "Delta Rail signed a contract with Orion Wagon Works on Friday.",
                &[(
                    K::Contract,
                    &["Delta Rail", "Orion Wagon Works"],
                    St::Signed,
                )],
            ),
            // The abbreviation in parentheses is the same document.
            (
                "Chile and Peru signed a memorandum of understanding (MoU) on fisheries.",
                &[(K::Memorandum, &["Chile", "Peru"], St::Signed)],
            ),
            // An action plan is "other"; a draft is a plan.
            (
                "Norway and Sweden approved a draft agreement on fishing quotas.",
                &[(K::Agreement, &["Norway", "Sweden"], St::Planned)],
            ),
            (
                "Kenya and Ghana adopted an action plan, which they will sign in May.",
                &[(K::Other, &["Kenya", "Ghana"], St::Planned)],
            ),
            // Talks leading to a pact: planned.
            (
                "The two leaders agreed to begin talks leading to a free trade pact between Kenya and Ghana.",
                &[(K::Agreement, &["Kenya", "Ghana"], St::Planned)],
            ),
            // An opening phrase is not the subject.
            (
                "During the trip to Singapore and Japan, Lakeside Invest and Fjord Export Council sealed an agreement on logistics.",
                &[(
                    K::Agreement,
                    &["Lakeside Invest", "Fjord Export Council"],
                    St::Signed,
                )],
            ),
            // A possessive country before a company is not part of its name;
            // before a ministry it is.
            (
                "Korea's Hanil Mobility and Japan's Sora Parking signed an MOU.",
                &[(
                    K::Memorandum,
                    &["Hanil Mobility", "Sora Parking"],
                    St::Signed,
                )],
            ),
            (
                "Uzbekistan's Ministry of Finance and the Asian Development Bank signed a loan agreement.",
                &[(
                    K::Agreement,
                    &["Uzbekistan's Ministry of Finance", "Asian Development Bank"],
                    St::Signed,
                )],
            ),
            // "it" is the company the previous sentence opens with.
            (
                "Norsk Hydrogen will build a plant. It will also codevelop a roadmap with local firms.",
                &[(K::Roadmap, &["Norsk Hydrogen"], St::Planned)],
            ),
            // Awarded contracts, one per recipient.
            (
                "National Railways awarded contracts to three manufacturers: Alpha Wagons, Beta Steel and Gamma Rail Systems.",
                &[
                    (
                        K::Contract,
                        &["National Railways", "Alpha Wagons"],
                        St::Signed,
                    ),
                    (
                        K::Contract,
                        &["National Railways", "Beta Steel"],
                        St::Signed,
                    ),
                    (
                        K::Contract,
                        &["National Railways", "Gamma Rail Systems"],
                        St::Signed,
                    ),
                ],
            ),
            // "The sides" after a document of two named signatories.
            (
                "Port of Gdansk and Baltic Rail signed a memorandum. Trade grew. The sides plan to sign an agreement on a terminal.",
                &[
                    (
                        K::Memorandum,
                        &["Port of Gdansk", "Baltic Rail"],
                        St::Signed,
                    ),
                    (
                        K::Agreement,
                        &["Port of Gdansk", "Baltic Rail"],
                        St::Planned,
                    ),
                ],
            ),
            // One document under two names.
            (
                "Chile and Peru signed a memorandum of strategic partnership. We signed a strategic partnership agreement, the minister said.",
                &[(K::Memorandum, &["Chile", "Peru"], St::Signed)],
            ),
            // A headline and its body.
            (
                "Chile, Peru sign loan deal\nChile and Peru signed a $80 million loan agreement on Monday.",
                &[(K::Agreement, &["Chile", "Peru"], St::Signed)],
            ),
            // Three documents named after "namely": the batch gives way.
            (
                "Chile and Peru held talks. Three documents are expected to be signed, namely a memorandum on fisheries, a protocol on customs and a treaty on borders.",
                &[
                    (K::Memorandum, &["Chile", "Peru"], St::Planned),
                    (K::Protocol, &["Chile", "Peru"], St::Planned),
                    (K::Treaty, &["Chile", "Peru"], St::Planned),
                ],
            ),
            // A partial list after "including": the batch stays.
            (
                "Chile and Peru signed a number of documents, including a declaration on friendship.",
                &[
                    (K::Other, &["Chile", "Peru"], St::Signed),
                    (K::Declaration, &["Chile", "Peru"], St::Signed),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = run(text, &Entities::default());
            let want: Vec<_> = want.iter().map(|(k, p, s)| (*k, v(p), *s)).collect();
            assert_eq!(brief(&got), want, "{text}");
        }
    }

    #[test]
    fn more_negatives() {
        let cases: &[&str] = &[
            // Vague references to documents in force.
            "Both sides stressed the importance of implementing the agreements reached earlier.",
            "The ministers discussed existing agreements and prospects.",
            // "deal" and "document" as verbs.
            "The agency will deal with the backlog and document every case.",
            // A signing that is not of a document.
            "The president signed a decree on the budget.",
            // A plural mention without a signing.
            "Agreements across the region could boost trade.",
            // Not documents between parties.
            "Exporters filed a customs declaration for the cargo.",
            "The company spent a great deal of money on futures contracts.",
        ];
        for text in cases {
            let got = run(text, &Entities::default());
            assert!(got.is_empty(), "{text}: {:?}", brief(&got));
        }
    }

    #[test]
    fn dates_and_titles() {
        let scan = Scan::new("On May 17, 2023, Chile and Peru signed a protocol for 2024-2026.");
        let ctx = Ctx {
            scan: &scan,
            anchor: chrono::NaiveDate::from_ymd_opt(2023, 6, 1),
        };
        let entities = Entities::default();
        let lowered = Lowered::new(&scan);
        let got = extract(&Doc::new(&ctx, &entities, &lowered));
        assert_eq!(got.len(), 1);
        // The signing date, not the start of the period the protocol covers.
        assert_eq!(got[0].date, chrono::NaiveDate::from_ymd_opt(2023, 5, 17));
        assert_eq!(got[0].title.as_deref(), Some("protocol"));
        assert_eq!(&scan.text[got[0].span.range()], scan.text);
    }

    #[test]
    fn a_date_after_on_is_no_qualifier() {
        for (text, date) in [
            (
                "Andes Rail and Sierra Ports signed an agreement on 12 April 2024.",
                (2024, 4, 12),
            ),
            (
                "Andes Rail and Sierra Ports signed an agreement on April 12, 2024.",
                (2024, 4, 12),
            ),
            (
                "Andes Rail and Sierra Ports signed an agreement on joint shipments in Lima \
                 on 12 April 2024.",
                (2024, 4, 12),
            ),
            (
                "Andes Rail and Sierra Ports signed an agreement on Monday.",
                (2024, 4, 15),
            ),
        ] {
            let scan = Scan::new(text);
            let ctx = Ctx {
                scan: &scan,
                anchor: chrono::NaiveDate::from_ymd_opt(2024, 4, 20),
            };
            let entities = Entities::default();
            let lowered = Lowered::new(&scan);
            let got = extract(&Doc::new(&ctx, &entities, &lowered));
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(
                got[0].date,
                chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2),
                "{text}"
            );
            assert_eq!(got[0].title.as_deref(), Some("agreement"), "{text}");
        }
    }

    #[test]
    fn a_joint_venture_is_a_document_only_when_signed_itself() {
        for (text, title) in [
            (
                "Andes Rail and Sierra Ports signed an agreement on establishing a joint venture.",
                "agreement",
            ),
            (
                "Andes Rail and Sierra Ports signed a joint venture agreement.",
                "joint venture agreement",
            ),
            (
                "Andes Rail and Sierra Ports signed a joint venture.",
                "joint venture",
            ),
        ] {
            let got = run(text, &Entities::default());
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].title.as_deref(), Some(title), "{text}");
        }
    }

    #[test]
    fn a_short_form_beside_its_full_name_is_one_party() {
        let party = |name: &'static str, code: Option<&'static str>| Party {
            name: std::borrow::Cow::Borrowed(name),
            code,
        };
        let names = |ps: &[Party]| ps.iter().map(|p| p.name.to_string()).collect::<Vec<_>>();
        let mut ps = vec![
            party("Andes Rail", None),
            party("Pacific Shipping Corporation of Chile", None),
            party("Pacific Shipping", None),
        ];
        drop_short_forms(&mut ps);
        assert_eq!(
            names(&ps),
            ["Andes Rail", "Pacific Shipping Corporation of Chile"]
        );
        let mut ps = vec![
            party("Port of Callao", None),
            party("Callao International Sea Port", None),
        ];
        drop_short_forms(&mut ps);
        assert_eq!(names(&ps), ["Callao International Sea Port"]);
        // States and bodies that only share a word stay.
        let mut ps = vec![
            party("Chile", Some("CL")),
            party("Andes Rail", None),
            party("Sierra Rail", None),
        ];
        drop_short_forms(&mut ps);
        assert_eq!(names(&ps), ["Chile", "Andes Rail", "Sierra Rail"]);
    }

    #[test]
    fn among_them_lists_some_of_a_batch() {
        for opener in ["Among them are", "They include", "The documents include"] {
            let text = format!(
                "Chile and Peru signed 12 documents on Monday. {opener} an agreement on \
                 trade, a protocol on customs and a program of cooperation in culture."
            );
            assert_eq!(
                brief(&run(&text, &Entities::default())),
                [
                    (K::Other, v(&["Chile", "Peru"]), St::Signed),
                    (K::Agreement, v(&["Chile", "Peru"]), St::Signed),
                    (K::Protocol, v(&["Chile", "Peru"]), St::Signed),
                    (K::Other, v(&["Chile", "Peru"]), St::Signed),
                ],
                "{opener}"
            );
        }
        // A sentence adverb is no party.
        let text = "Separately, Andes Rail signed a contract with Sierra Builders.";
        assert_eq!(
            brief(&run(text, &Entities::default())),
            [(
                K::Contract,
                v(&["Andes Rail", "Sierra Builders"]),
                St::Signed
            )]
        );
        // A document's contents are no list of documents.
        let text = "Chile and Peru signed 12 documents on Monday. The agreement includes \
                    provisions on trade.";
        assert_eq!(
            brief(&run(text, &Entities::default())),
            [(K::Other, v(&["Chile", "Peru"]), St::Signed)]
        );
    }

    #[test]
    fn leaders_and_heads_of_state_are_the_sides() {
        for subject in ["the heads of state", "the leaders", "both presidents"] {
            let text = format!(
                "President Ana Ruiz held talks with President Luis Vega of Peru. \
                 Following the talks, {subject} signed a joint declaration."
            );
            let e = Entities {
                officials: vec![
                    official(&text, "Ana Ruiz", "President", None, "CL", &[]),
                    official(&text, "Luis Vega", "President", None, "PE", &[]),
                ],
                organizations: vec![],
            };
            assert_eq!(
                brief(&run(&text, &e)),
                [(K::Declaration, v(&["Chile", "Peru"]), St::Signed)],
                "{subject}"
            );
        }
    }

    #[test]
    fn titles_keep_compound_number_modifiers() {
        for (text, title) in [
            (
                "Andes Rail and Sierra Ports signed a 30-year concession contract.",
                "30-year concession contract",
            ),
            (
                "Andes Rail and Sierra Ports signed a five-year contract.",
                "five-year contract",
            ),
            // A count is no part of the title.
            (
                "Andes Rail and Sierra Ports signed two contracts.",
                "contracts",
            ),
        ] {
            let got = run(text, &Entities::default());
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].title.as_deref(), Some(title), "{text}");
        }
    }

    #[test]
    fn general_rules_without_people() {
        let cases: &[Case] = &[
            // A count written as a word after a comma is a count, and the
            // batch it counts is the one reported before.
            (
                "Chile and Peru signed 12 documents in Lima. \"We signed a large package, twelve documents in total,\" the minister said.",
                &[(K::Other, &["Chile", "Peru"], St::Signed)],
            ),
            // A verb of preparing between the signing word and the document
            // makes it a plan.
            (
                "Chile and Peru signed a protocol on fisheries and agreed to prepare a roadmap on ports.",
                &[
                    (K::Protocol, &["Chile", "Peru"], St::Signed),
                    (K::Roadmap, &["Chile", "Peru"], St::Planned),
                ],
            ),
            // Witnesses of a signing who are "the two leaders": the states.
            (
                "Kenya and Ghana held talks in Accra. The two leaders met at Castle Hall and witnessed the signing of five agreements.",
                &[(K::Agreement, &["Kenya", "Ghana"], St::Signed)],
            ),
            // "its protocol" after a joint statement is a second document.
            (
                "Chile and Peru signed a joint statement. The ministers co-chaired the commission and signed its protocol.",
                &[
                    (K::Declaration, &["Chile", "Peru"], St::Signed),
                    (K::Protocol, &["Chile", "Peru"], St::Signed),
                ],
            ),
            // A document named by its proper title is an entry, though only
            // mentioned and though another document came first.
            (
                "Chile and Peru signed a memorandum on ports. The ministers discussed goods covered by the Andean Transit Agreement between Chile and Peru.",
                &[
                    (K::Memorandum, &["Chile", "Peru"], St::Signed),
                    (K::Agreement, &["Chile", "Peru"], St::Other),
                ],
            ),
            // "in a deal valued at": the same document again.
            (
                "Lakeside Invest signed a framework agreement with Fjord Rail to buy a stake in a port, in a deal valued at $1 billion.",
                &[(K::Agreement, &["Lakeside Invest", "Fjord Rail"], St::Signed)],
            ),
            // "the partners" after a document of two named signatories.
            (
                "Lakeside Invest signed a framework agreement with Fjord Rail. The partners plan to sign a shareholders' agreement by June.",
                &[
                    (K::Agreement, &["Lakeside Invest", "Fjord Rail"], St::Signed),
                    (
                        K::Agreement,
                        &["Lakeside Invest", "Fjord Rail"],
                        St::Planned,
                    ),
                ],
            ),
            // Describing words before a partner's name.
            (
                "Fjord Rail also awarded a contract to local builder Nordbygg Partners for new sidings.",
                &[(
                    K::Contract,
                    &["Fjord Rail", "Nordbygg Partners"],
                    St::Signed,
                )],
            ),
            // The subject a relative clause hangs on; an amount is no party.
            (
                "Fjord Rail, which reported a profit of NOK4.2bn for 2023, also awarded a NOK1.5bn contract to Nordbygg Partners.",
                &[(
                    K::Contract,
                    &["Fjord Rail", "Nordbygg Partners"],
                    St::Signed,
                )],
            ),
            (
                "The Andes Fund has signed two loan agreements worth $90 million. Under the first agreement, signed with the Government of Chile, roads will be built. The document was signed by the fund's director. The second agreement, for $40 million, was signed with the Government of Peru.",
                &[
                    (K::Agreement, &["Andes Fund", "Chile"], St::Signed),
                    (K::Agreement, &["Andes Fund", "Peru"], St::Signed),
                ],
            ),
            (
                "Chile has signed three loan agreements with lenders worth $90 million. The first agreement, with the Andes Bank (AB), funds roads. It was signed by AB Director Luis Vega. The third agreement, signed with the Pacific Bank, funds ports.",
                &[
                    (K::Agreement, &["Chile", "Andes Bank"], St::Signed),
                    (K::Agreement, &["Chile", "Pacific Bank"], St::Signed),
                ],
            ),
            // A headline's countries give way to the companies of the body.
            (
                "Chile, Peru ink port contract\n\nAndes Ports and Lima Terminals on Monday signed a 10-year contract for the operation of a terminal.",
                &[(K::Contract, &["Andes Ports", "Lima Terminals"], St::Signed)],
            ),
            // One side named, the other only by a person without a role.
            (
                "Chile's president visited Peru. President of Chile Ana Soto and Luis Vega signed 12 intergovernmental agreements in Lima.",
                &[(K::Agreement, &["Chile", "Peru"], St::Signed)],
            ),
            // A document named by what it is on, merely mentioned, is an
            // entry of its own; one named like a known document is that one.
            (
                "Chile and Peru signed a memorandum on ports. The ministers also discussed the intergovernmental agreement on the supply of fuel. The memorandum on ports takes effect in May.",
                &[
                    (K::Memorandum, &["Chile", "Peru"], St::Signed),
                    (K::Agreement, &["Chile", "Peru"], St::Other),
                ],
            ),
            // A document whose modifiers name two states is theirs.
            (
                "The commission will review the implementation of the Chilean-Peruvian Memorandum of Understanding on fisheries.",
                &[(K::Memorandum, &["Chile", "Peru"], St::Other)],
            ),
            // Ordinal items of a counted batch replace it; each is signed by
            // the batch's subject and the partner it names.
            (
                "Andes Bank signed three loan agreements worth $90 million. The first agreement, with Chile, funds roads. The second agreement, signed with Peru, funds ports. The third agreement, with Bolivia, funds railways.",
                &[
                    (K::Agreement, &["Andes Bank", "Chile"], St::Signed),
                    (K::Agreement, &["Andes Bank", "Peru"], St::Signed),
                    (K::Agreement, &["Andes Bank", "Bolivia"], St::Signed),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = run(text, &Entities::default());
            let want: Vec<_> = want.iter().map(|(k, p, s)| (*k, v(p), *s)).collect();
            assert_eq!(brief(&got), want, "{text}");
        }
    }

    #[test]
    fn states_give_way_to_their_organizations() {
        let text = "Chile and Peru held talks. Andes Gas of Chile and Lima Power of Peru signed \
                    an agreement between Chile, Peru, Andes Gas and Lima Power.";
        let mut andes = organization(text, "Andes Gas", &[]);
        andes.country = crate::Country::new("CL");
        let mut lima = organization(text, "Lima Power", &[]);
        lima.country = crate::Country::new("PE");
        let e = Entities {
            officials: vec![],
            organizations: vec![andes, lima],
        };
        assert_eq!(
            brief(&run(text, &e)),
            [(K::Agreement, v(&["Andes Gas", "Lima Power"]), St::Signed)]
        );
    }

    #[test]
    fn a_minister_signing_for_a_ministry_adds_no_state() {
        let text = "Chile's Ministry of Energy and the Andes Power Board signed a memorandum. \
                    The memorandum was signed by Energy Minister Ana Soto and board chairman Luis Vega.";
        let e = Entities {
            officials: vec![
                official(text, "Ana Soto", "Energy Minister", None, "CL", &[]),
                official(
                    text,
                    "Luis Vega",
                    "chairman",
                    Some("Andes Power Board"),
                    "CL",
                    &[],
                ),
            ],
            organizations: vec![organization(text, "Andes Power Board", &[])],
        };
        assert_eq!(
            brief(&run(text, &e)),
            [(
                K::Memorandum,
                v(&["Chile's Ministry of Energy", "Andes Power Board"]),
                St::Signed
            )]
        );
    }

    #[test]
    fn sides_are_the_organizations_of_the_officials_who_met() {
        let text = "Ann Lee, head of Northern Rail, met Bo Ek, chairman of Lake Shipping. \
                    The sides signed a memorandum on freight.";
        let e = Entities {
            officials: vec![
                official(text, "Ann Lee", "head", Some("Northern Rail"), "NO", &[]),
                official(text, "Bo Ek", "chairman", Some("Lake Shipping"), "SE", &[]),
            ],
            organizations: vec![
                organization(text, "Northern Rail", &[]),
                organization(text, "Lake Shipping", &[]),
            ],
        };
        assert_eq!(
            brief(&run(text, &e)),
            [(
                K::Memorandum,
                v(&["Northern Rail", "Lake Shipping"]),
                St::Signed
            )]
        );
    }

    #[test]
    fn items_listed_after_a_colon_replace_the_batch() {
        let text = "Chile will borrow 90 million euros from Andes Bank under four agreements to be \
                    signed this week, the ministry said.\n\nFinance Minister of Chile Ana Soto and \
                    Andes Bank Vice-President Luis Vega will sign the following documents:\n\n\
                    Loan agreement \"Coastal Road\" - 40 million euros;\n\n\
                    Loan agreement \"City Water Supply\" - 30 million euros;\n\n\
                    Grant agreement for technical help to the Roads Agency - 2 million euros.\n\n\
                    The loan agreement \"Green Schools\" will be signed by Soto and Pacific Fund \
                    Governor Eva Ruiz.\n";
        let e = Entities {
            officials: vec![
                official(text, "Ana Soto", "Finance Minister", None, "CL", &["Soto"]),
                official(
                    text,
                    "Luis Vega",
                    "Vice-President",
                    Some("Andes Bank"),
                    "",
                    &[],
                ),
                official(text, "Eva Ruiz", "Governor", Some("Pacific Fund"), "", &[]),
            ],
            organizations: vec![
                organization(text, "Andes Bank", &[]),
                organization(text, "Pacific Fund", &[]),
            ],
        };
        let got = run(text, &e);
        let titles: Vec<Option<&str>> = got.iter().map(|a| a.title.as_deref()).collect();
        assert_eq!(
            titles,
            [
                Some("Loan agreement"),
                Some("Loan agreement"),
                Some("Grant agreement"),
                Some("loan agreement")
            ]
        );
        assert_eq!(
            brief(&got),
            [
                (K::Agreement, v(&["Chile", "Andes Bank"]), St::Planned),
                (K::Agreement, v(&["Chile", "Andes Bank"]), St::Planned),
                (K::Agreement, v(&["Chile", "Andes Bank"]), St::Planned),
                (K::Agreement, v(&["Chile", "Pacific Fund"]), St::Planned),
            ]
        );
    }

    #[test]
    fn a_period_covered_is_no_signing_date() {
        /// A sentence and the date of its one record (year, month, day).
        type DateCase = (&'static str, Option<(i32, u32, u32)>);
        let cases: &[DateCase] = &[
            (
                "Chile and Peru agreed to prepare a roadmap for 2025-2027, which they will sign on July 4.",
                Some((2023, 7, 4)),
            ),
            (
                "Chile and Peru will sign a trade roadmap for 2025-2027.",
                None,
            ),
            (
                "Delta Rail, which reported a profit for 2022, signed a contract with Orion Works.",
                None,
            ),
        ];
        for (text, want) in cases {
            let scan = Scan::new(text);
            let ctx = Ctx {
                scan: &scan,
                anchor: chrono::NaiveDate::from_ymd_opt(2023, 6, 1),
            };
            let entities = Entities::default();
            let lowered = Lowered::new(&scan);
            let got = extract(&Doc::new(&ctx, &entities, &lowered));
            assert_eq!(got.len(), 1, "{text}");
            let want = want.and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d));
            assert_eq!(got[0].date, want, "{text}");
        }
    }
}
