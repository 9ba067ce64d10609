//! Words of agreements and visits: document nouns, signing verbs, travel
//! verbs and the small function-word classes the agreement and visit
//! extractors read clauses with.
//!
//! Every table is plain data. Multi-word phrases are matched on lower-cased
//! tokens (the scanner's words and punctuation marks), so "road map",
//! "road-map" and "Memorandum of Understanding" are all table rows, not
//! code. The tables are compiled once, at first use, into [`PhraseTable`]s.

use std::sync::LazyLock;

use crate::lexicon::calendar;
use crate::lexicon::hash::FxMap;
use crate::lexicon::words::{MAX_WORD, Packed, WordMap};
use crate::{AgreementKind, VisitKind};

/// How a document noun may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NounClass {
    /// Names a document type outright ("memorandum", "protocol").
    Specific,
    /// A loose word for any document ("deal", "document", "pact"); a
    /// definite use ("the deal") refers back to any earlier document.
    Generic,
    /// Only a document when it is the object of a signing verb ("signed a
    /// joint venture", "signed the program"); elsewhere an ordinary word.
    SignOnly,
}

/// One document noun of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DocNoun {
    /// The kind of document it names.
    pub kind: AgreementKind,
    /// Whether the noun is plural ("agreements", "memoranda").
    pub plural: bool,
    /// How it may be used.
    pub class: NounClass,
}

/// A row value of [`DOC_NOUNS`].
const fn noun(kind: AgreementKind, plural: bool, class: NounClass) -> DocNoun {
    DocNoun {
        kind,
        plural,
        class,
    }
}

use AgreementKind as K;
use NounClass::{Generic as G, SignOnly as O, Specific as S};

/// Document nouns, longest phrases first within a head word (the matcher
/// takes the longest match anyway). A joint statement is a declaration; a
/// letter of intent or an action plan is `other`, as is a bare "document".
#[rustfmt::skip]
const DOC_NOUNS: &[(&str, DocNoun)] = &[
    ("memorandum of understanding", noun(K::Memorandum, false, S)),
    ("memoranda of understanding", noun(K::Memorandum, true, S)),
    ("memorandums of understanding", noun(K::Memorandum, true, S)),
    ("memorandum of cooperation", noun(K::Memorandum, false, S)),
    ("memorandum of co-operation", noun(K::Memorandum, false, S)),
    ("memorandum of intent", noun(K::Memorandum, false, S)),
    ("memorandum of intention", noun(K::Memorandum, false, S)),
    ("memorandum of agreement", noun(K::Memorandum, false, S)),
    ("memorandum of association", noun(K::Memorandum, false, S)),
    ("memorandum of strategic partnership", noun(K::Memorandum, false, S)),
    ("memorandum", noun(K::Memorandum, false, S)),
    ("memoranda", noun(K::Memorandum, true, S)),
    ("memorandums", noun(K::Memorandum, true, S)),
    ("mou", noun(K::Memorandum, false, S)),
    ("mous", noun(K::Memorandum, true, S)),
    ("mou's", noun(K::Memorandum, true, S)),
    ("memo", noun(K::Memorandum, false, S)),
    ("agreement", noun(K::Agreement, false, S)),
    ("agreements", noun(K::Agreement, true, S)),
    ("accord", noun(K::Agreement, false, G)),
    ("accords", noun(K::Agreement, true, G)),
    ("deal", noun(K::Agreement, false, G)),
    ("deals", noun(K::Agreement, true, G)),
    ("pact", noun(K::Agreement, false, G)),
    ("pacts", noun(K::Agreement, true, G)),
    ("joint venture", noun(K::Agreement, false, O)),
    ("contract", noun(K::Contract, false, S)),
    ("contracts", noun(K::Contract, true, S)),
    ("protocol", noun(K::Protocol, false, S)),
    ("protocols", noun(K::Protocol, true, S)),
    ("roadmap", noun(K::Roadmap, false, S)),
    ("roadmaps", noun(K::Roadmap, true, S)),
    ("road map", noun(K::Roadmap, false, S)),
    ("road maps", noun(K::Roadmap, true, S)),
    ("road-map", noun(K::Roadmap, false, S)),
    ("road-maps", noun(K::Roadmap, true, S)),
    ("declaration", noun(K::Declaration, false, S)),
    ("declarations", noun(K::Declaration, true, S)),
    ("joint statement", noun(K::Declaration, false, S)),
    ("joint statements", noun(K::Declaration, true, S)),
    ("joint communique", noun(K::Declaration, false, S)),
    ("joint communiqué", noun(K::Declaration, false, S)),
    ("treaty", noun(K::Treaty, false, S)),
    ("treaties", noun(K::Treaty, true, S)),
    ("letter of intent", noun(K::Other, false, S)),
    ("letters of intent", noun(K::Other, true, S)),
    ("action plan", noun(K::Other, false, S)),
    ("action plans", noun(K::Other, true, S)),
    ("plan of action", noun(K::Other, false, S)),
    ("document", noun(K::Other, false, G)),
    ("documents", noun(K::Other, true, G)),
    ("program", noun(K::Other, false, O)),
    ("programme", noun(K::Other, false, O)),
    ("work plan", noun(K::Other, false, O)),
];

/// The tense of a signing word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SignForm {
    /// A base or present form ("sign", "signs"): planned after a modal.
    Base,
    /// A past form or participle ("signed", "inked").
    Past,
    /// The gerund ("signing"), also the noun ("the signing of").
    Gerund,
}

/// Signing words. Renewing or awarding a document is a signing of it in
/// news copy; ratifying is not (the document was signed before).
#[rustfmt::skip]
const SIGN_WORDS: &[(&str, SignForm)] = &[
    ("sign", SignForm::Base), ("signs", SignForm::Base), ("signed", SignForm::Past),
    ("signing", SignForm::Gerund),
    ("ink", SignForm::Base), ("inks", SignForm::Base), ("inked", SignForm::Past),
    ("inking", SignForm::Gerund),
    ("seal", SignForm::Base), ("seals", SignForm::Base), ("sealed", SignForm::Past),
    ("conclude", SignForm::Base), ("concludes", SignForm::Base), ("concluded", SignForm::Past),
    ("concluding", SignForm::Gerund),
    ("enter into", SignForm::Base), ("enters into", SignForm::Base),
    ("entered into", SignForm::Past), ("entering into", SignForm::Gerund),
    ("renew", SignForm::Base), ("renews", SignForm::Base), ("renewed", SignForm::Past),
    ("strike", SignForm::Base), ("strikes", SignForm::Base), ("struck", SignForm::Past),
    ("clinch", SignForm::Base), ("clinches", SignForm::Base), ("clinched", SignForm::Past),
    ("award", SignForm::Base), ("awards", SignForm::Base), ("awarded", SignForm::Past),
    ("exchanged", SignForm::Past),
    ("resulted in", SignForm::Past), ("culminated in", SignForm::Past),
];

/// Words that, shortly before a signing word, make it a plan ("will sign",
/// "are set to sign", "expected to be signed", "authorized … to sign").
pub(crate) const FUTURE_MARKERS: &[&str] = &[
    "will", "would", "shall", "to", "may", "might", "could", "can", "wo", "ll", "plan", "plans",
    "planned", "intend", "intends", "forward",
];

/// Words a plan is stated with when no signing word is used: "a draft
/// agreement", "negotiations on a treaty", "talks leading to a pact",
/// "formalized through further agreements".
pub(crate) const PLAN_CUES: &[&str] = &[
    "draft",
    "drafting",
    "drafted",
    "prepare",
    "prepares",
    "preparing",
    "negotiate",
    "negotiating",
    "negotiations",
    "leading",
    "further",
    "future",
    "upcoming",
    "codevelop",
    "develop",
    "planned",
    "expected",
    "envisaged",
];

/// Verbs of preparing a document: standing between a signing word and a
/// document ("signed a protocol and agreed to prepare a roadmap"), they
/// make that document a plan.
pub(crate) const PLAN_VERBS: &[&str] = &[
    "prepare",
    "prepares",
    "preparing",
    "draft",
    "drafting",
    "develop",
    "develops",
    "developing",
    "codevelop",
    "negotiate",
    "negotiates",
    "negotiating",
    "elaborate",
    "elaborating",
    "finalize",
    "finalise",
    "finalizing",
    "finalising",
];

/// Words saying that more documents come on top of those already named, so
/// a batch mentioned before is not itemized by them.
pub(crate) const ALSO_MARKERS: &[&str] = &[
    "also",
    "additional",
    "addition",
    "besides",
    "moreover",
    "further",
    "another",
    "other",
];

/// References to "both signatories" that stand for the two sides of a
/// bilateral relation named elsewhere in the text.
#[rustfmt::skip]
const SIDE_PHRASES: &[(&str, u8)] = &[
    ("the sides", 2), ("both sides", 2), ("the two sides", 2), ("the parties", 2),
    ("both parties", 2), ("the two parties", 2), ("the two countries", 2), ("both countries", 2),
    ("the countries", 2), ("the two states", 2), ("both states", 2), ("the two nations", 2),
    ("the two governments", 2), ("the two leaders", 2), ("the two presidents", 2),
    ("the presidents", 2), ("the ministers", 2), ("the two ministers", 2), ("they", 2),
    ("both presidents", 2), ("the leaders", 2), ("both leaders", 2), ("the heads of state", 2),
    ("the two heads of state", 2), ("both heads of state", 2), ("the heads of government", 2),
    ("the prime ministers", 2), ("the two prime ministers", 2), ("the delegations", 2),
    ("the two delegations", 2), ("both governments", 2), ("both ministers", 2),
    ("the three countries", 3), ("the three sides", 3), ("the three parties", 3),
    ("bilateral", 2), ("intergovernmental", 2), ("inter-governmental", 2), ("two countries", 2),
];

/// How a travel word introduces its destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Travel {
    /// The destination is the direct object ("visited Baku").
    Object,
    /// The destination follows a preposition given in the phrase ("arrived in").
    Prep,
    /// A trip noun: "visit to P", "trip to P", "tour of P".
    Trip,
    /// The host receives the visitor ("received", "hosted", "welcomed").
    Host,
    /// The visitor is accompanied ("accompanied by", "accompanying").
    Accompany,
    /// A meeting of people ("met", "talks", "negotiations").
    Meet,
    /// A person said to be somewhere ("was in Vienna on June 9").
    BeIn,
}

/// Travel words. Every row gives the word (or phrase, preposition included)
/// and how the destination or the visitor is found from it.
#[rustfmt::skip]
const TRAVEL_WORDS: &[(&str, Travel)] = &[
    ("visit", Travel::Object), ("visits", Travel::Object), ("visited", Travel::Object),
    ("visiting", Travel::Object), ("toured", Travel::Object), ("tours", Travel::Object),
    ("tour", Travel::Object), ("touring", Travel::Object),
    ("arrive in", Travel::Prep), ("arrives in", Travel::Prep), ("arrived in", Travel::Prep),
    ("arriving in", Travel::Prep), ("arrive at", Travel::Prep), ("arrives at", Travel::Prep),
    ("arrived at", Travel::Prep), ("arriving at", Travel::Prep), ("arrived to", Travel::Prep),
    ("arrives to", Travel::Prep), ("arrive to", Travel::Prep), ("arrived into", Travel::Prep),
    ("travel to", Travel::Prep), ("travels to", Travel::Prep), ("traveled to", Travel::Prep),
    ("travelled to", Travel::Prep), ("traveling to", Travel::Prep), ("travelling to", Travel::Prep),
    ("went to", Travel::Prep), ("goes to", Travel::Prep), ("go to", Travel::Prep),
    ("flew to", Travel::Prep), ("flies to", Travel::Prep), ("fly to", Travel::Prep),
    ("head to", Travel::Prep), ("heads to", Travel::Prep), ("headed to", Travel::Prep),
    ("heading to", Travel::Prep), ("leave for", Travel::Prep), ("leaves for", Travel::Prep),
    ("left for", Travel::Prep), ("leaving for", Travel::Prep), ("took him to", Travel::Prep),
    ("took her to", Travel::Prep), ("take him to", Travel::Prep), ("extending to", Travel::Prep),
    ("delegation to", Travel::Prep), ("expected in", Travel::Prep),
    ("landed in", Travel::Prep), ("lands in", Travel::Prep), ("land in", Travel::Prep),
    ("landing in", Travel::Prep), ("flew into", Travel::Prep), ("flies into", Travel::Prep),
    ("set off for", Travel::Prep), ("sets off for", Travel::Prep), ("departed for", Travel::Prep),
    ("departs for", Travel::Prep),
    ("visit to", Travel::Trip), ("visits to", Travel::Trip), ("trip to", Travel::Trip),
    ("trips to", Travel::Trip), ("tour to", Travel::Trip), ("tour of", Travel::Trip),
    ("visit in", Travel::Trip), ("stay in", Travel::Trip),
    ("received", Travel::Host), ("receives", Travel::Host), ("receive", Travel::Host),
    ("hosted", Travel::Host), ("hosts", Travel::Host), ("host", Travel::Host),
    ("welcomed", Travel::Host), ("welcomes", Travel::Host), ("greeted", Travel::Host),
    ("accompanied by", Travel::Accompany), ("accompanying", Travel::Accompany),
    ("accompany", Travel::Accompany), ("accompanies", Travel::Accompany),
    ("met", Travel::Meet), ("meet", Travel::Meet), ("meets", Travel::Meet),
    ("met with", Travel::Meet), ("meeting", Travel::Meet), ("met up with", Travel::Meet),
    ("talks", Travel::Meet), ("negotiations", Travel::Meet), ("held talks", Travel::Meet),
    ("summit talks", Travel::Meet),
    ("was in", Travel::BeIn), ("were in", Travel::BeIn), ("is in", Travel::BeIn),
    ("be in", Travel::BeIn),
];

/// Names of world regions: not destinations of their own ("visit the
/// Middle East" is a trip to the countries named next).
pub(crate) const MACRO_REGIONS: &[&str] = &[
    "middle east",
    "gulf",
    "persian gulf",
    "europe",
    "asia",
    "africa",
    "central asia",
    "caucasus",
    "south caucasus",
    "latin america",
    "balkans",
    "far east",
    "east asia",
    "southeast asia",
    "south asia",
    "north africa",
    "west africa",
    "east africa",
    "scandinavia",
    "baltics",
    "asia-pacific",
    "americas",
];

/// Words before "visit" that class it.
#[rustfmt::skip]
const VISIT_KINDS: &[(&str, VisitKind)] = &[
    ("state", VisitKind::State), ("official", VisitKind::Official),
    ("working", VisitKind::Working), ("work", VisitKind::Working),
];

/// Head words of public and corporate roles, used to read title-only
/// references ("the Kazakh President", "the prime minister") and to keep
/// titles out of organization names.
#[rustfmt::skip]
pub(crate) const TITLE_HEADS: &[&str] = &[
    "president", "vice-president", "minister", "ministers", "premier", "chairman", "chairwoman",
    "chair", "chairperson", "speaker", "governor", "mayor", "ambassador", "envoy", "king", "queen",
    "emir", "sheikh", "prince", "chancellor", "secretary", "director", "ceo", "head", "leader",
    "deputy", "adviser", "advisor", "commissioner", "representative", "pm", "cm", "counterpart",
    "counterparts", "officials", "official", "representatives", "delegation", "delegations",
];

/// Words that make a capitalized phrase an organization name.
#[rustfmt::skip]
pub(crate) const ORG_HEADS: &[&str] = &[
    "ministry", "ministries", "bank", "banks", "company", "companies", "corporation", "corp",
    "authority", "authorities", "agency", "port", "fund", "council", "university", "academy",
    "group", "railways", "railway", "railroad", "airlines", "airways", "association", "chamber",
    "commission", "committee", "department", "office", "organization", "organisation", "service",
    "institute", "center", "centre", "enterprise", "enterprises", "holding", "holdings", "ltd",
    "llc", "inc", "jsc", "cjsc", "plc", "gmbh", "ag", "sa", "foundation", "board", "administration",
    "partnership", "union", "parliament", "government", "cabinet", "exchange", "firm", "firms",
    "consortium", "dockyard", "shipyard", "shipbuilding", "industries", "logistics", "energy",
    "invest", "systems", "wagons", "terminal", "terminals", "forum", "trust", "foods",
];

/// Plural nouns a demonym may qualify to name a group of signatories
/// ("Saudi and Egyptian companies").
#[rustfmt::skip]
pub(crate) const GROUP_NOUNS: &[&str] = &[
    "companies", "enterprises", "firms", "businesses", "banks", "businessmen", "entrepreneurs",
    "investors", "ministries", "agencies", "universities", "partners", "ports", "officials",
];

/// Words that end the clause a signing or travel word governs.
#[rustfmt::skip]
pub(crate) const CLAUSE_BREAKS: &[&str] = &[
    ";", ":", "which", "who", "whose", "while", "whereas", "but", "although", "though", "because",
    "said", "says", "noted", "added", "stressed", "stated", "reported", "announced", "after",
    "before", "when", "where", "since", "following",
];

/// Pronouns that refer back to the last person a sentence was about.
pub(crate) const PERSON_PRONOUNS: &[&str] = &["he", "she", "his", "her", "him"];

/// Determiners that make a noun phrase refer back to something known.
pub(crate) const DEFINITE: &[&str] = &["the", "this", "these", "those", "its", "their", "both"];

/// Number words up to twenty, and "dozen", for batch counts.
#[rustfmt::skip]
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
    ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
    ("nineteen", 19), ("twenty", 20), ("dozen", 12), ("pair", 2), ("both", 2),
];

/// Phrases that state an invitation only: a trip they introduce is not a
/// visit unless it is accepted.
pub(crate) const INVITATION_WORDS: &[&str] = &["invitation", "invitations", "invite", "invited"];

/// Phrases saying that an invitation was accepted, which makes the trip a
/// visit after all.
pub(crate) const ACCEPTED_WORDS: &[&str] = &["accepting", "accepted", "accept", "accepts"];

/// Words that state a trip or a signing as planned ("will visit", "is
/// scheduled to", "plans to"): a date after publication is fine then.
const PLAN_WORDS: &[&str] = &[
    "will",
    "would",
    "shall",
    "to",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "expected",
    "upcoming",
    "forthcoming",
    "next",
    "due",
    "intends",
    "preparation",
    "preparations",
    "preparing",
    "prepared",
    "set",
];

/// Whether a sentence states something as planned (it holds a word of
/// [`PLAN_WORDS`]).
pub(crate) fn states_plan(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PLAN_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// A table of phrases over lower-cased tokens, matched longest first.
pub(crate) struct PhraseTable<V: 'static> {
    /// First token -> phrases starting with it, as (tokens, value), longest first.
    by_first: FxMap<String, Vec<(Vec<String>, V)>>,
    /// For every byte: a bit for each length (up to 63 bytes, longer in
    /// bit 63) of a first token starting with it, so that most words are
    /// told apart without a hash.
    first_shapes: Box<[u64; 256]>,
    /// A bit for each (length, first byte, last byte) of a first token,
    /// each cut to its low bits (see [`end_bit`]): a second test that
    /// tells most of the words passing the first apart.
    first_ends: Box<[u64; 256]>,
}

/// The bit of a first token in [`PhraseTable::first_ends`]: its length
/// (low 4 bits), first and last bytes (low 5 bits each).
fn end_bit(word: &[u8]) -> usize {
    let (Some(&a), Some(&z)) = (word.first(), word.last()) else {
        return 0;
    };
    ((word.len() & 0xF) << 10) | (usize::from(a & 0x1F) << 5) | usize::from(z & 0x1F)
}

/// The bit of a first token's length in [`PhraseTable::first_shapes`].
fn len_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl<V: Copy + 'static> PhraseTable<V> {
    /// Builds a table from rows of (phrase, value).
    fn new(rows: &[(&str, V)]) -> PhraseTable<V> {
        let mut by_first: FxMap<String, Vec<(Vec<String>, V)>> = FxMap::default();
        for &(phrase, value) in rows {
            let toks = split_phrase(phrase);
            if let Some(first) = toks.first() {
                by_first
                    .entry(first.clone())
                    .or_default()
                    .push((toks, value));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|(toks, _)| std::cmp::Reverse(toks.len()));
        }
        let mut first_shapes = Box::new([0u64; 256]);
        for first in by_first.keys() {
            if let Some(&b) = first.as_bytes().first() {
                first_shapes[usize::from(b)] |= len_bit(first.len());
            }
        }
        let mut first_ends = Box::new([0u64; 256]);
        for first in by_first.keys() {
            let bit = end_bit(first.as_bytes());
            first_ends[bit / 64] |= 1 << (bit % 64);
        }
        PhraseTable {
            by_first,
            first_shapes,
            first_ends,
        }
    }

    /// The longest phrase starting at token `i` of `words` (lower-cased
    /// token texts): its length in tokens and its value.
    // Inlined: most words fail the shape test, and are told apart at the
    // caller without the cost of a call.
    #[inline]
    pub(crate) fn longest_at<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<(usize, V)> {
        let first = words.get(i)?.as_ref();
        let b = *first.as_bytes().first()?;
        if self.first_shapes[usize::from(b)] & len_bit(first.len()) == 0 {
            return None;
        }
        let bit = end_bit(first.as_bytes());
        if self.first_ends[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.longest_from(words, i, first)
    }

    /// [`longest_at`](PhraseTable::longest_at) for a first word `first`
    /// (token `i` of `words`) that passed the shape test.
    #[inline(never)]
    fn longest_from<S: AsRef<str>>(
        &self,
        words: &[S],
        i: usize,
        first: &str,
    ) -> Option<(usize, V)> {
        let list = self.by_first.get(first)?;
        list.iter().find_map(|(toks, v)| {
            let end = i.checked_add(toks.len())?;
            let slice = words.get(i..end)?;
            slice
                .iter()
                .zip(toks)
                .all(|(a, b)| a.as_ref() == b.as_str())
                .then_some((toks.len(), *v))
        })
    }
}

/// The bits of [`event_bits_with`]: which phrases start at a token.
pub(crate) mod ev {
    /// A document noun ([`DOCS`](super::DOCS)).
    pub(crate) const DOC: u8 = 1 << 0;
    /// A signing word ([`SIGNS`](super::SIGNS)).
    pub(crate) const SIGN: u8 = 1 << 1;
    /// A travel word ([`TRAVELS`](super::TRAVELS)).
    pub(crate) const TRAVEL: u8 = 1 << 2;
    /// A word of [`DELEGATION_NOUNS`](super::DELEGATION_NOUNS).
    pub(crate) const DELEGATION: u8 = 1 << 3;
    /// Not set here: the prepared article (`actors::Doc`) marks the tokens
    /// a person mention may start at with it.
    pub(crate) const PERSON: u8 = 1 << 4;
    /// Not set here: the prepared article marks the tokens a place name
    /// starts at with it.
    pub(crate) const PLACE: u8 = 1 << 5;
}

/// The nouns of a travelling group that someone leads ("a delegation led
/// by the minister visited …"): the words [`ev::DELEGATION`] marks, so
/// that visits read the leader from the group.
const DELEGATION_NOUNS: &[&str] = &["delegation"];

/// The class bits ([`wc`]) of a word that may start a phrase of
/// [`event_bits_with`]: a word with none of them starts none.
const EVENT_FIRSTS: u64 = wc::DOC_FIRST | wc::SIGN_FIRST | wc::TRAVEL_FIRST | wc::DELEGATION;

/// [`event_bits_with`], reading the classes of `words` itself: the
/// reference the tests hold the bits to.
#[cfg(test)]
pub(crate) fn event_bits<S: AsRef<str>>(words: &[S]) -> Vec<u8> {
    let classes: Vec<u64> = words.iter().map(|w| word_class(w.as_ref())).collect();
    event_bits_with(words, &classes)
}

/// For every token of `words` (lower-cased token texts), told every
/// token's classes ([`wc`] bits, as the prepared article reads them once
/// for all uses): the [`ev`] bits of the phrases that start at it, so that
/// the extractors skip the sentences and tokens where none does with one
/// byte test. A bit is set exactly when the table's
/// [`longest_at`](PhraseTable::longest_at) finds a phrase there (or, for
/// [`ev::DELEGATION`], the word is one of [`DELEGATION_NOUNS`]). Only the
/// tokens whose classes mark the first word of a phrase are looked up, and
/// only in the tables whose first word they are.
pub(crate) fn event_bits_with<S: AsRef<str>>(words: &[S], classes: &[u64]) -> Vec<u8> {
    let mut out = vec![0u8; words.len()];
    for (i, (&c, bits)) in classes.iter().zip(out.iter_mut()).enumerate() {
        // Most words start no phrase: one bit test passes them.
        if c & EVENT_FIRSTS == 0 {
            continue;
        }
        let mut v = 0;
        if c & wc::DOC_FIRST != 0 && DOCS.longest_at(words, i).is_some() {
            v |= ev::DOC;
        }
        if c & wc::SIGN_FIRST != 0 && SIGNS.longest_at(words, i).is_some() {
            v |= ev::SIGN;
        }
        if c & wc::TRAVEL_FIRST != 0 && TRAVELS.longest_at(words, i).is_some() {
            v |= ev::TRAVEL;
        }
        if c & wc::DELEGATION != 0 {
            v |= ev::DELEGATION;
        }
        *bits = v;
    }
    out
}

/// Splits a phrase into tokens the way the scanner does: letter runs
/// (apostrophes inside words kept, as in "mou's"), digit runs, and single
/// other characters.
fn split_phrase(phrase: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in phrase.chars() {
        if c.is_alphabetic() {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Document nouns.
pub(crate) static DOCS: LazyLock<PhraseTable<DocNoun>> =
    LazyLock::new(|| PhraseTable::new(DOC_NOUNS));

/// Signing words.
pub(crate) static SIGNS: LazyLock<PhraseTable<SignForm>> =
    LazyLock::new(|| PhraseTable::new(SIGN_WORDS));

/// Travel words.
pub(crate) static TRAVELS: LazyLock<PhraseTable<Travel>> =
    LazyLock::new(|| PhraseTable::new(TRAVEL_WORDS));

/// "Both sides" phrases with the number of sides they stand for.
pub(crate) static SIDES: LazyLock<PhraseTable<u8>> =
    LazyLock::new(|| PhraseTable::new(SIDE_PHRASES));

/// The visit kind a word before "visit" names.
pub(crate) fn visit_kind(word: &str) -> Option<VisitKind> {
    VISIT_KINDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, k)| k)
}

/// The count a number word names ("four" -> 4).
pub(crate) fn number_word(word: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, n)| n)
}

/// Words that never belong to the noun phrase in front of a document noun.
#[rustfmt::skip]
pub(crate) const NP_STOP: &[&str] = &[
    "of", "on", "in", "at", "with", "between", "by", "for", "to", "from", "into", "under", "about",
    "and", "or", "but", ",", ";", ":", ".", "(", ")", "\"", "“", "”", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "will", "would", "that", "which", "who", "as",
    "'", "–", "—", "-", "also", "it", "they", "we", "he", "she", "within", "under", "reached",
    "if", "not", "than", "upon", "after", "before", "during", "following", "via",
];

/// Scale and currency words: a number before them is an amount, not a count.
pub(crate) const AMOUNT_WORDS: &[&str] = &[
    "million", "billion", "trillion", "thousand", "bn", "mln", "bln", "m", "tn", "%", ",", ".",
    "percent",
];

/// Qualifier words too common to tell two documents apart.
#[rustfmt::skip]
pub(crate) const QUAL_STOP: &[&str] = &[
    "cooperation", "co-operation", "bilateral", "intergovernmental", "between", "countries",
    "development", "joint", "field", "fields", "sphere", "spheres", "areas", "area", "framework",
    "mutual", "mutually", "further", "their", "this", "that", "with", "from", "into", "which",
    "sides", "parties", "other", "within", "various", "sectors", "sector", "also", "signed",
    "document", "documents", "agreement", "agreements", "memorandum", "understanding", "have",
    "comprehensive", "important", "landmark", "historic", "major", "significant", "final",
    "high-standard", "standard", "high", "several", "number", "very", "first", "amended", "current",
];

/// Words that may stand between an auxiliary and a signing word.
pub(crate) const ADVERBS: &[&str] = &[
    "also",
    "jointly",
    "officially",
    "formally",
    "finally",
    "already",
    "successfully",
    "not",
    "soon",
    "reportedly",
    "then",
    "subsequently",
    "eventually",
    "reportedly",
];

/// Words that open a sentence with a phrase before its subject.
pub(crate) const INTRO_WORDS: &[&str] = &[
    "during",
    "following",
    "after",
    "in",
    "on",
    "at",
    "as",
    "within",
    "amid",
    "before",
    "under",
    "besides",
    "upon",
    "last",
    "earlier",
    "today",
    "yesterday",
    "then",
    "meanwhile",
    "moreover",
    "additionally",
    "also",
    "later",
    "thereafter",
    "subsequently",
    "according",
];

/// Forms of "be" before a participle: a passive.
pub(crate) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Lower-case words and marks that may stand inside a list of names.
#[rustfmt::skip]
pub(crate) const NAME_LIST_WORDS: &[&str] = &[
    "of", "the", "and", "&", ",", "-", "'", "s", "for", "de", "under", ":", "a", "an", "its",
    "their", "his", "her", "both", "several", "other", "group", "leading", "two", "three", "four",
    "five", "as", "well", "on", "behalf", ".", "government", "governments", "authorities",
    "ministry", "administration", "side", "first", "vice", "general", "executive", "chief",
    "regional", "private-sector", "public-sector", "companies", "manufacturers", "joint",
    "venture", "region", "province", "city",
];

/// Lower-case words that may end a venue name ("Shahid Beheshti port").
pub(crate) const VENUE_TAILS: &[&str] = &[
    "port",
    "office",
    "plant",
    "park",
    "airport",
    "center",
    "centre",
    "university",
    "memorial",
    "museum",
    "province",
    "region",
    "city",
    "factory",
    "terminal",
    "headquarters",
    "complex",
    "farm",
    "field",
    "site",
    "station",
    "zone",
    "mine",
    "refinery",
    "hub",
    "line",
    "shipyard",
    "bridge",
    "dam",
    "tunnel",
];

/// Lower-case nouns for a part of a named place: "visited the construction
/// site of the X wind farm", "will tour the headquarters of the Y Fund".
/// The last word before "of" must be one of them.
pub(crate) const VENUE_HEADS: &[&str] = &[
    "site",
    "sites",
    "headquarters",
    "facilities",
    "facility",
    "premises",
    "office",
    "offices",
    "plant",
    "factory",
    "works",
    "terminal",
    "campus",
    "museum",
    "memorial",
    "mausoleum",
    "tomb",
    "grave",
    "pavilion",
    "stand",
    "complex",
    "building",
    "center",
    "centre",
    "laboratory",
    "shipyard",
    "yard",
    "refinery",
    "mine",
    "station",
    "depot",
    "hub",
    "zone",
    "exhibition",
    "port",
];

/// Capitalized words that cannot start a venue name.
const NOT_VENUE: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "this",
    "last",
    "next",
    "early",
    "late",
    "president",
    "prime",
    "minister",
];

/// Words of meetings held at a distance.
pub(crate) const REMOTE_WORDS: &[&str] = &[
    "phone",
    "telephone",
    "video",
    "videoconference",
    "videolink",
    "online",
    "virtual",
    "virtually",
    "call",
    "conversation",
];

/// Capitalized words that open sentences or phrases without being names.
#[rustfmt::skip]
const COMMON_CAPS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "following",
    "after", "before", "during", "last", "this", "that", "these", "those", "earlier", "later",
    "meanwhile", "according", "then", "also", "today", "yesterday", "both", "moreover", "however",
    "besides", "under", "as", "it", "its", "their", "they", "he", "she", "his", "her", "we", "our",
    "i", "mr", "mrs", "ms", "dr", "h", "e", "his", "president", "prime", "minister", "chairman",
    "officials", "representatives", "delegations", "delegation", "governments", "government",
    "ministers", "leaders", "heads", "head", "companies", "firms", "enterprises", "related",
    "photo", "read", "more", "source", "sources", "news",
    // Prepositions, conjunctions and adverbs that open sentences ("Among
    // them are …"); words that also begin names ("All Nippon", "Via
    // Rail", "Beyond Meat", "One Belt") are left out.
    "among", "amid", "within", "through", "since", "while", "when", "where", "there", "here",
    "such", "some", "each", "other", "another", "what", "which", "who", "if", "although",
    "though", "because", "until", "despite", "into", "over", "about", "around", "between",
    "upon", "against", "without", "across", "along", "towards", "toward", "once", "now",
    "thus", "therefore", "currently", "previously", "recently", "additionally",
    "furthermore", "instead", "but", "or", "nor", "not", "separately", "similarly", "likewise",
    "notably", "finally", "secondly", "lastly", "specifically", "importantly", "subsequently",
    "accordingly", "consequently", "hence", "nevertheless", "nonetheless", "yet",
];

/// Lower-case words that may stand in a title-only reference between the
/// determiner and the role ("the foreign minister", "the visiting prime
/// minister").
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "prime",
    "vice",
    "deputy",
    "first",
    "foreign",
    "crown",
    "finance",
    "trade",
    "economy",
    "economic",
    "energy",
    "transport",
    "agriculture",
    "defence",
    "defense",
    "interior",
    "union",
    "visiting",
    "new",
    "former",
    "state",
    "executive",
    "chief",
    "acting",
];

/// First words of state bodies, which keep a possessive country before
/// them ("Azerbaijan's Ministry of Energy").
pub(crate) const STATE_BODIES: &[&str] = &[
    "ministry",
    "government",
    "cabinet",
    "parliament",
    "central",
    "national",
    "state",
    "agency",
    "committee",
    "embassy",
    "presidential",
    "foreign",
    "interior",
    "federal",
    "supreme",
];

/// Lower-case words allowed inside a capitalized name ("Ministry of Energy
/// and Natural Resources", "Agency for Transport under the Cabinet").
pub(crate) const NAME_CONNECTORS: &[&str] =
    &["of", "for", "and", "the", "de", "under", "on", "&", "-"];

/// Verbs that attribute what a sentence says ("Azernews reports", "…, the
/// minister said").
#[rustfmt::skip]
pub(crate) const REPORTING_VERBS: &[&str] = &[
    "reports", "reported", "said", "says", "informs", "informed", "writes", "wrote", "told",
    "added", "noted", "stated", "announced", "quoted",
];

/// Modifiers that make a document noun something else than a document
/// between parties ("customs declaration", "futures contract").
#[rustfmt::skip]
pub(crate) const NOT_DOCUMENT_MODIFIERS: &[(&str, AgreementKind)] = &[
    ("customs", K::Declaration), ("tax", K::Declaration), ("income", K::Declaration),
    ("asset", K::Declaration), ("import", K::Declaration), ("export", K::Declaration),
    ("futures", K::Contract), ("forward", K::Contract), ("employment", K::Contract),
    ("labor", K::Contract), ("labour", K::Contract), ("rental", K::Contract),
    ("safety", K::Protocol), ("health", K::Protocol), ("treatment", K::Protocol),
    ("medical", K::Protocol), ("sanitary", K::Protocol), ("security", K::Protocol),
];

/// Word classes: one bit for each word table of this module, so that an
/// extractor reads a token's membership of every table from one number
/// computed once per token ([`class_at`]) instead of comparing the word
/// with the entries of a table each time it asks.
pub(crate) mod wc {
    /// [`NP_STOP`](super::NP_STOP).
    pub(crate) const NP_STOP: u64 = 1 << 0;
    /// [`QUAL_STOP`](super::QUAL_STOP).
    pub(crate) const QUAL_STOP: u64 = 1 << 1;
    /// [`BE_FORMS`](super::BE_FORMS).
    pub(crate) const BE_FORMS: u64 = 1 << 2;
    /// [`ADVERBS`](super::ADVERBS).
    pub(crate) const ADVERBS: u64 = 1 << 3;
    /// [`FUTURE_MARKERS`](super::FUTURE_MARKERS).
    pub(crate) const FUTURE_MARKERS: u64 = 1 << 4;
    /// [`PLAN_CUES`](super::PLAN_CUES).
    pub(crate) const PLAN_CUES: u64 = 1 << 5;
    /// [`PLAN_VERBS`](super::PLAN_VERBS).
    pub(crate) const PLAN_VERBS: u64 = 1 << 6;
    /// [`ORG_HEADS`](super::ORG_HEADS).
    pub(crate) const ORG_HEADS: u64 = 1 << 7;
    /// [`TITLE_HEADS`](super::TITLE_HEADS).
    pub(crate) const TITLE_HEADS: u64 = 1 << 8;
    /// [`GROUP_NOUNS`](super::GROUP_NOUNS).
    pub(crate) const GROUP_NOUNS: u64 = 1 << 9;
    /// [`NAME_LIST_WORDS`](super::NAME_LIST_WORDS).
    pub(crate) const NAME_LIST_WORDS: u64 = 1 << 10;
    /// [`NAME_CONNECTORS`](super::NAME_CONNECTORS).
    pub(crate) const NAME_CONNECTORS: u64 = 1 << 11;
    /// [`REPORTING_VERBS`](super::REPORTING_VERBS).
    pub(crate) const REPORTING_VERBS: u64 = 1 << 12;
    /// [`INTRO_WORDS`](super::INTRO_WORDS).
    pub(crate) const INTRO_WORDS: u64 = 1 << 13;
    /// [`STATE_BODIES`](super::STATE_BODIES).
    pub(crate) const STATE_BODIES: u64 = 1 << 14;
    /// [`TITLE_MODIFIERS`](super::TITLE_MODIFIERS).
    pub(crate) const TITLE_MODIFIERS: u64 = 1 << 15;
    /// [`DEFINITE`](super::DEFINITE).
    pub(crate) const DEFINITE: u64 = 1 << 16;
    /// [`AMOUNT_WORDS`](super::AMOUNT_WORDS).
    pub(crate) const AMOUNT_WORDS: u64 = 1 << 17;
    /// [`ALSO_MARKERS`](super::ALSO_MARKERS).
    pub(crate) const ALSO_MARKERS: u64 = 1 << 18;
    /// [`INVITATION_WORDS`](super::INVITATION_WORDS).
    pub(crate) const INVITATION_WORDS: u64 = 1 << 19;
    /// [`ACCEPTED_WORDS`](super::ACCEPTED_WORDS).
    pub(crate) const ACCEPTED_WORDS: u64 = 1 << 20;
    /// [`PERSON_PRONOUNS`](super::PERSON_PRONOUNS).
    pub(crate) const PERSON_PRONOUNS: u64 = 1 << 21;
    /// [`REMOTE_WORDS`](super::REMOTE_WORDS).
    pub(crate) const REMOTE_WORDS: u64 = 1 << 22;
    /// [`VENUE_HEADS`](super::VENUE_HEADS).
    pub(crate) const VENUE_HEADS: u64 = 1 << 23;
    /// [`VENUE_TAILS`](super::VENUE_TAILS).
    pub(crate) const VENUE_TAILS: u64 = 1 << 24;
    /// The table part of [`common_cap`](super::common_cap) (its calendar
    /// words aside).
    pub(crate) const COMMON_CAPS: u64 = 1 << 25;
    /// [`CLAUSE_BREAKS`](super::CLAUSE_BREAKS).
    pub(crate) const CLAUSE_BREAKS: u64 = 1 << 26;
    /// The first word of a document noun ([`DOCS`](super::DOCS)).
    pub(crate) const DOC_FIRST: u64 = 1 << 27;
    /// The first word of a signing word ([`SIGNS`](super::SIGNS)).
    pub(crate) const SIGN_FIRST: u64 = 1 << 28;
    /// The first word of a travel word ([`TRAVELS`](super::TRAVELS)).
    pub(crate) const TRAVEL_FIRST: u64 = 1 << 29;
    /// The first word of a "both sides" phrase ([`SIDES`](super::SIDES)).
    pub(crate) const SIDE_FIRST: u64 = 1 << 30;
    /// The head word of a title-only reference to a person
    /// ([`TITLE_REF_HEADS`](super::TITLE_REF_HEADS)).
    pub(crate) const TITLE_REF: u64 = 1 << 31;
    /// The table part of [`not_venue`](super::not_venue) (its calendar
    /// words aside).
    pub(crate) const NOT_VENUE: u64 = 1 << 32;
    /// A noun of a travelling group
    /// ([`DELEGATION_NOUNS`](super::DELEGATION_NOUNS)).
    pub(crate) const DELEGATION: u64 = 1 << 33;
}

/// Head words of a title-only reference to a person ("the Kazakh
/// President", "his counterpart").
pub(crate) const TITLE_REF_HEADS: &[&str] = &[
    "president",
    "premier",
    "chairman",
    "chairwoman",
    "speaker",
    "governor",
    "mayor",
    "ambassador",
    "king",
    "emir",
    "prince",
    "chancellor",
    "counterpart",
    "minister",
    "leader",
    "secretary",
];

/// Every word table of this module with its class bit.
const WORD_TABLES: [(&[&str], u64); 30] = [
    (NP_STOP, wc::NP_STOP),
    (QUAL_STOP, wc::QUAL_STOP),
    (BE_FORMS, wc::BE_FORMS),
    (ADVERBS, wc::ADVERBS),
    (FUTURE_MARKERS, wc::FUTURE_MARKERS),
    (PLAN_CUES, wc::PLAN_CUES),
    (PLAN_VERBS, wc::PLAN_VERBS),
    (ORG_HEADS, wc::ORG_HEADS),
    (TITLE_HEADS, wc::TITLE_HEADS),
    (GROUP_NOUNS, wc::GROUP_NOUNS),
    (NAME_LIST_WORDS, wc::NAME_LIST_WORDS),
    (NAME_CONNECTORS, wc::NAME_CONNECTORS),
    (REPORTING_VERBS, wc::REPORTING_VERBS),
    (INTRO_WORDS, wc::INTRO_WORDS),
    (STATE_BODIES, wc::STATE_BODIES),
    (TITLE_MODIFIERS, wc::TITLE_MODIFIERS),
    (DEFINITE, wc::DEFINITE),
    (AMOUNT_WORDS, wc::AMOUNT_WORDS),
    (ALSO_MARKERS, wc::ALSO_MARKERS),
    (INVITATION_WORDS, wc::INVITATION_WORDS),
    (ACCEPTED_WORDS, wc::ACCEPTED_WORDS),
    (PERSON_PRONOUNS, wc::PERSON_PRONOUNS),
    (REMOTE_WORDS, wc::REMOTE_WORDS),
    (VENUE_HEADS, wc::VENUE_HEADS),
    (VENUE_TAILS, wc::VENUE_TAILS),
    (COMMON_CAPS, wc::COMMON_CAPS),
    (CLAUSE_BREAKS, wc::CLAUSE_BREAKS),
    (TITLE_REF_HEADS, wc::TITLE_REF),
    (NOT_VENUE, wc::NOT_VENUE),
    (DELEGATION_NOUNS, wc::DELEGATION),
];

/// Every word table of this module with its class bit, and the first words
/// of the phrase tables.
fn class_rows() -> Vec<(String, u64)> {
    let mut rows: Vec<(String, u64)> = Vec::new();
    for (words, bit) in WORD_TABLES {
        rows.extend(words.iter().map(|w| ((*w).to_string(), bit)));
    }
    // The phrase tables: the first token of every phrase, split as the
    // tables split it.
    let firsts = |phrases: &mut dyn Iterator<Item = &'static str>, bit: u64| {
        phrases
            .filter_map(|p| split_phrase(p).into_iter().next())
            .map(|f| (f, bit))
            .collect::<Vec<(String, u64)>>()
    };
    rows.extend(firsts(&mut DOC_NOUNS.iter().map(|r| r.0), wc::DOC_FIRST));
    rows.extend(firsts(&mut SIGN_WORDS.iter().map(|r| r.0), wc::SIGN_FIRST));
    rows.extend(firsts(
        &mut TRAVEL_WORDS.iter().map(|r| r.0),
        wc::TRAVEL_FIRST,
    ));
    rows.extend(firsts(
        &mut SIDE_PHRASES.iter().map(|r| r.0),
        wc::SIDE_FIRST,
    ));
    rows
}

/// The word classes, compiled once: ASCII words of up to [`MAX_WORD`]
/// bytes (most words of a text) in the lexicons' packed [`WordMap`], every
/// word in an exact map.
struct Classes {
    /// ASCII words of up to [`MAX_WORD`] bytes.
    medium: WordMap<u64>,
    /// Every word, compared exactly.
    exact: FxMap<String, u64>,
}

/// The compiled word classes.
static CLASSES: LazyLock<Classes> = LazyLock::new(|| {
    let rows = class_rows();
    let mut exact: FxMap<String, u64> = FxMap::default();
    for (w, bit) in rows {
        *exact.entry(w).or_insert(0) |= bit;
    }
    let medium = WordMap::new(
        exact
            .iter()
            .filter(|(w, _)| w.is_ascii() && w.len() <= MAX_WORD)
            .map(|(w, b)| (w.clone(), *b)),
        |a, b| a | b,
    );
    Classes { medium, exact }
});

/// The classes ([`wc`] bits) of a lower-cased token text: the union of the
/// bits of every table that holds it (0 for none). The prepared article
/// reads them in place with [`class_at`]; this is the reference the tests
/// hold that to.
#[cfg(test)]
pub(crate) fn word_class(lower: &str) -> u64 {
    class_at(lower.as_bytes(), 0, lower.len())
}

/// The classes ([`wc`] bits) of the lower-cased word `bytes[start..end]`
/// (a token's lower-cased form in place in a text or buffer), as
/// `word_class`.
#[inline]
pub(crate) fn class_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    let c = &*CLASSES;
    match Packed::at(bytes, start, end) {
        // The word is lower case already: the map's ASCII case folding
        // changes nothing.
        Some(p) if p.is_ascii() => c.medium.get_packed(&p).unwrap_or(0),
        _ => bytes
            .get(start..end)
            .and_then(|b| std::str::from_utf8(b).ok())
            .map_or(0, |w| c.exact.get(w).copied().unwrap_or(0)),
    }
}

/// Every word of the class tables with its classes ([`wc`] bits), for
/// [`tokens`](crate::lexicon::tokens), which joins them with the people
/// stage's lexicons so that a token is looked up once for both.
pub(crate) fn class_words() -> impl Iterator<Item = (&'static str, u64)> {
    let c: &'static Classes = &CLASSES;
    c.exact.iter().map(|(w, &b)| (w.as_str(), b))
}

/// The calendar part of [`common_cap`]: a month, month abbreviation or
/// full weekday name.
pub(crate) fn calendar_cap(w: &str) -> bool {
    let c = calendar::word(w);
    c.month != 0 || c.abbreviation != 0 || matches!(c.weekday, Some((_, true)))
}

/// The calendar part of [`not_venue`]: a month or full weekday name.
pub(crate) fn calendar_not_venue(w: &str) -> bool {
    let c = calendar::word(w);
    c.month != 0 || matches!(c.weekday, Some((_, true)))
}

/// Whether a lower-case capitalized word cannot start a venue name: a
/// determiner, a title word, or a calendar word (month or weekday name).
/// The extractors read it per token (`Doc::not_venue_at`); this is the
/// reference the tests hold that to.
#[cfg(test)]
pub(crate) fn not_venue(w: &str) -> bool {
    NOT_VENUE.contains(&w) || calendar_not_venue(w)
}

/// Whether a lower-case word, capitalized in the text, opens a sentence or
/// phrase without being a name: a function word, a calendar word (month,
/// month abbreviation or weekday name), a group noun. The extractors read
/// it per token (`Doc::common_cap_at`); this is the reference the tests
/// hold that to.
#[cfg(test)]
pub(crate) fn common_cap(w: &str) -> bool {
    COMMON_CAPS.contains(&w) || calendar_cap(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_are_no_venues_and_no_names() {
        for (w, venue, cap) in [
            ("march", false, true),
            ("sunday", false, true),
            ("sept", true, true),
            ("the", false, true),
            ("president", false, true),
            ("tue", true, false),
            ("harbour", true, false),
            ("baku", true, false),
        ] {
            assert_eq!(!not_venue(w), venue, "{w}");
            assert_eq!(common_cap(w), cap, "{w}");
        }
    }

    fn words(s: &str) -> Vec<String> {
        split_phrase(&s.to_lowercase())
    }

    /// The class of every word of every table holds the table's bit, and
    /// words outside a table do not: the per-token bits answer as
    /// `TABLE.contains(&w)` does.
    #[test]
    fn word_classes_match_the_tables() {
        let tables = &WORD_TABLES;
        let mut all: Vec<&str> = tables.iter().flat_map(|(t, _)| t.iter().copied()).collect();
        // Words in no table, words near table words, and the empty word.
        all.extend([
            "",
            "baku",
            "signs ",
            "intergovernmentally",
            "x",
            "–x",
            "companiess",
            "'s",
            "`",
            "presidents",
            "“",
            "«",
        ]);
        for w in &all {
            let c = word_class(w);
            for (table, bit) in tables {
                assert_eq!(
                    c & bit != 0,
                    table.contains(w),
                    "{w:?} in table of bit {bit:#x}"
                );
            }
        }
        // Long and non-ASCII table words go through the exact map.
        assert_ne!(word_class("intergovernmental") & wc::QUAL_STOP, 0);
        assert_ne!(word_class("—") & wc::NP_STOP, 0);
        assert_eq!(word_class("intergovernmentals"), 0);
    }

    /// The phrase-table bits mark exactly the first words of the phrases.
    #[test]
    fn word_classes_mark_phrase_starts() {
        for (w, bit, starts) in [
            ("memorandum", wc::DOC_FIRST, true),
            ("road", wc::DOC_FIRST, true),
            ("joint", wc::DOC_FIRST, true),
            ("map", wc::DOC_FIRST, false),
            ("entered", wc::SIGN_FIRST, true),
            ("into", wc::SIGN_FIRST, false),
            ("arrived", wc::TRAVEL_FIRST, true),
            ("in", wc::TRAVEL_FIRST, false),
            ("took", wc::TRAVEL_FIRST, true),
            ("both", wc::SIDE_FIRST, true),
            ("sides", wc::SIDE_FIRST, false),
        ] {
            assert_eq!(word_class(w) & bit != 0, starts, "{w}");
        }
        // Every word a phrase table finds at the start of a text is marked.
        for text in [
            "road map",
            "memorandum of understanding",
            "arrived in",
            "the two sides",
        ] {
            let toks = words(text);
            let first = word_class(&toks[0]);
            let found = DOCS.longest_at(&toks, 0).is_some() && first & wc::DOC_FIRST != 0
                || TRAVELS.longest_at(&toks, 0).is_some() && first & wc::TRAVEL_FIRST != 0
                || SIDES.longest_at(&toks, 0).is_some() && first & wc::SIDE_FIRST != 0;
            assert!(found, "{text}");
        }
    }

    /// The event bits of a token are set exactly where the tables find a
    /// phrase.
    #[test]
    fn event_bits_match_the_tables() {
        let text = "The sides signed a memorandum of understanding and a road map , \
                    entered into a deal ; the delegation arrived in town to visit \
                    the map road into signing delegations";
        let toks = words(text);
        let bits = event_bits(&toks);
        assert_eq!(bits.len(), toks.len());
        for i in 0..toks.len() {
            let bit = |on: bool, b: u8| if on { b } else { 0 };
            let want = bit(DOCS.longest_at(&toks, i).is_some(), ev::DOC)
                | bit(SIGNS.longest_at(&toks, i).is_some(), ev::SIGN)
                | bit(TRAVELS.longest_at(&toks, i).is_some(), ev::TRAVEL)
                | bit(toks[i] == "delegation", ev::DELEGATION);
            assert_eq!(bits[i], want, "{:?}", toks[i]);
        }
        let at = |w: &str| toks.iter().position(|t| t == w).map(|i| bits[i]);
        assert_eq!(at("memorandum"), Some(ev::DOC));
        assert_eq!(at("signed"), Some(ev::SIGN));
        assert_eq!(at("delegation"), Some(ev::DELEGATION));
        assert_eq!(at("arrived"), Some(ev::TRAVEL));
        assert_eq!(at("the"), Some(0));
        assert_eq!(at("delegations"), Some(0));
        assert!(event_bits::<&str>(&[]).is_empty());
    }

    /// The per-token tests the extractors use agree with the word-level
    /// ones, calendar words included.
    #[test]
    fn calendar_parts_complete_the_classes() {
        for w in [
            "march",
            "sept",
            "sunday",
            "tue",
            "the",
            "president",
            "harbour",
            "baku",
            "may",
        ] {
            let c = word_class(w);
            assert_eq!(
                c & wc::COMMON_CAPS != 0 || calendar_cap(w),
                common_cap(w),
                "{w}"
            );
            assert_eq!(
                c & wc::NOT_VENUE != 0 || calendar_not_venue(w),
                not_venue(w),
                "{w}"
            );
        }
    }

    #[test]
    fn doc_nouns_match_longest() {
        let cases: &[(&str, usize, AgreementKind, bool)] = &[
            ("memorandum of understanding on", 3, K::Memorandum, false),
            ("memorandum on trade", 1, K::Memorandum, false),
            ("road map for", 2, K::Roadmap, false),
            ("road-map", 3, K::Roadmap, false),
            ("joint statement", 2, K::Declaration, false),
            ("letter of intent", 3, K::Other, false),
            ("MoUs", 1, K::Memorandum, true),
            ("documents", 1, K::Other, true),
            ("treaties", 1, K::Treaty, true),
        ];
        for &(text, len, kind, plural) in cases {
            let w = words(text);
            let (n, d) = DOCS.longest_at(&w, 0).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((n, d.kind, d.plural), (len, kind, plural), "{text}");
        }
        assert!(DOCS.longest_at(&words("statement"), 0).is_none());
        assert!(DOCS.longest_at(&words("memorial"), 0).is_none());
    }

    #[test]
    fn sign_and_travel_words() {
        let w = words("entered into an agreement");
        assert_eq!(SIGNS.longest_at(&w, 0), Some((2, SignForm::Past)));
        assert_eq!(
            SIGNS.longest_at(&words("will sign"), 1),
            Some((1, SignForm::Base))
        );
        assert_eq!(
            TRAVELS.longest_at(&words("arrived in Baku"), 0),
            Some((2, Travel::Prep))
        );
        assert_eq!(
            TRAVELS.longest_at(&words("visit to Baku"), 0),
            Some((2, Travel::Trip))
        );
        assert_eq!(
            TRAVELS.longest_at(&words("visited Baku"), 0),
            Some((1, Travel::Object))
        );
        assert_eq!(
            TRAVELS.longest_at(&words("accompanied by"), 0),
            Some((2, Travel::Accompany))
        );
        assert!(TRAVELS.longest_at(&words("arrived"), 0).is_none());
    }

    #[test]
    fn small_tables() {
        assert_eq!(visit_kind("state"), Some(VisitKind::State));
        assert_eq!(visit_kind("working"), Some(VisitKind::Working));
        assert_eq!(visit_kind("short"), None);
        assert_eq!(number_word("four"), Some(4));
        assert_eq!(number_word("many"), None);
        assert_eq!(
            SIDES.longest_at(&words("the two countries signed"), 0),
            Some((3, 2))
        );
        assert_eq!(
            SIDES.longest_at(&words("the three countries"), 0),
            Some((3, 3))
        );
    }
}
