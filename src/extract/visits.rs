//! Trips of named people.
//!
//! A visit is found from explicit travel ("arrived in Baku", "visited the
//! Head Office of …", "paid a visit to", "will visit A, B and C", "X's
//! visit to P", "the visit of X to P", "a tour that took him to …"), from a
//! host receiving a foreign guest ("President A received a delegation led
//! by B"), and from a meeting of officials of two countries in a named
//! place or under a dateline in one side's city. The visitor is the person
//! the clause is about: a named official, a title-only reference ("the
//! Kazakh President") or a pronoun resolved to the person the text was
//! just about. Companions ("accompanied by …") join the visit.
//!
//! One record per visitor and destination: later mentions of the same trip
//! ("the visit", "arrived in Egypt" after "a visit to Cairo") merge into it.
//! An invitation alone is no visit.

use std::ops::Range;

use chrono::NaiveDate;

use crate::extract::actors::{Doc, PersonRef};
use crate::extract::agreements::window;
use crate::extract::few::Few;
use crate::lexicon::events::{MACRO_REGIONS, TRAVELS, Travel, ev, states_plan, visit_kind, wc};
use crate::lexicon::geo::{self, PlaceKind};
use crate::{Country, Span, Visit, VisitKind};

/// How a destination was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    /// A country named as such.
    Country,
    /// A capital or city of the lexicon.
    City,
    /// A region or a venue.
    Place,
    /// Inferred (host's country, dateline), not written as a destination.
    Inferred,
}

/// How many of the latest trip records a delegation's leader is looked
/// for in, to tell a trip already recorded: more than a news article
/// holds, few enough that a text of thousands of trips stays linear.
const RECENT_RECORDS: usize = 64;

/// A destination read from the text.
#[derive(Clone, Debug)]
struct Dest {
    /// The destination as written.
    name: String,
    /// Its country.
    code: Option<&'static str>,
    /// How it was found.
    level: Level,
    /// Token after the destination.
    end: usize,
}

/// A visit under construction.
#[derive(Clone, Debug)]
struct VRec {
    /// Full names of the travellers, the leader first.
    visitors: Vec<String>,
    /// Where to.
    dest: Dest,
    /// State, official or working.
    kind: Option<VisitKind>,
    /// Its first day.
    date: Option<NaiveDate>,
    /// The sentence reporting it.
    span: Span,
}

/// A meeting whose place is the dateline's city: decided after all
/// explicit visits are known.
struct Pending<'d> {
    /// Who met.
    people: Vec<PersonRef<'d>>,
    /// When.
    date: Option<NaiveDate>,
    /// The sentence reporting it.
    span: Span,
}

/// Finds visits in a prepared article; `dateline_place` is the place its
/// dateline names, if any.
pub(crate) fn extract(doc: &Doc<'_, '_>, dateline_place: Option<&str>) -> Vec<Visit> {
    let dateline = dateline_place.and_then(|p| {
        let place = geo::lookup(p)?;
        Some(Dest {
            name: place.name.to_string(),
            code: Some(place.alpha2),
            level: Level::Inferred,
            end: 0,
        })
    });
    extract_doc(doc, dateline)
}

/// Finds visits in a prepared article; `dateline` is the dateline's place.
fn extract_doc(doc: &Doc<'_, '_>, dateline: Option<Dest>) -> Vec<Visit> {
    let mut st = State {
        recs: Vec::new(),
        topic: None,
        unread: 0..0,
        pending: Vec::new(),
        lead: None,
    };
    let mut scratch = Scratch::default();
    for s in 0..doc.scan.sentences.len() {
        sentence(doc, s, &mut st, dateline.as_ref(), &mut scratch);
    }
    // Meetings under a dateline: a foreign official meeting a host of the
    // dateline's country is visiting its city, unless the text sends one
    // of them to the other's country at that time.
    if let Some(dl) = &dateline {
        for p in std::mem::take(&mut st.pending) {
            let hosts = p.people.iter().any(|x| country_of(doc, x) == dl.code);
            if !hosts {
                continue;
            }
            let away = p.people.iter().any(|x| {
                st.recs.iter().any(|r| {
                    r.visitors.first().map(String::as_str) == Some(x.name)
                        && r.dest.code.is_some()
                        && r.dest.code != dl.code
                        && dates_close(r.date, p.date, doc.anchor)
                })
            });
            if away {
                continue;
            }
            for x in &p.people {
                let c = country_of(doc, x);
                if c.is_some() && c != dl.code && !resident(doc, x) {
                    add(
                        doc,
                        &mut st.recs,
                        vec![x.name.to_string()],
                        dl.clone(),
                        None,
                        p.date,
                        p.span,
                    );
                }
            }
        }
    }
    st.recs
        .into_iter()
        .map(|r| {
            // A date after the article's that the sentence does not state
            // as a plan is a misread date ("on January 17" read forward).
            let date = r.date.filter(|&d| {
                doc.anchor.is_none_or(|a| d <= a)
                    || r.span.get(doc.scan.text).is_some_and(states_plan)
            });
            let (destination, country) = destination_and_country(r.dest.name, r.dest.code);
            Visit {
                visitors: r.visitors,
                destination,
                country,
                kind: r.kind,
                date,
                span: r.span,
            }
        })
        .collect()
}

/// A visit's destination as the record gives it, on one line, and its
/// country: a destination the geographic lexicon knows is in its own
/// country, whatever the list around it suggested (a place misread as a
/// venue takes the country of the next stop; "Republic of\nChina" read as
/// a venue in "China"); `validate` holds every record to this.
fn destination_and_country(
    name: String,
    code: Option<&'static str>,
) -> (Option<String>, Option<Country>) {
    let mut destination = name;
    crate::extract::one_line(&mut destination);
    let code = geo::lookup(&destination).map_or(code, |p| Some(p.alpha2));
    (Some(destination), code.and_then(Country::new))
}

/// What the extractor carries from sentence to sentence.
struct State<'d> {
    /// The visits so far.
    recs: Vec<VRec>,
    /// The person the text was last about, for pronouns, as of the
    /// sentences before [`unread`](State::unread).
    topic: Option<PersonRef<'d>>,
    /// The sentences with no travel word since `topic` was last set, not
    /// read yet: only the person they are about matters, and only when a
    /// sentence with a travel word follows, so they are read then (the last
    /// first), and never after the last one.
    unread: Range<usize>,
    /// Meetings to place under the dateline at the end.
    pending: Vec<Pending<'d>>,
    /// The leader of the delegation the text named last ("a delegation
    /// led by X"), whom a later "the delegation" stands for.
    lead: Option<PersonRef<'d>>,
}

/// Whether a person is posted abroad (an ambassador, envoy or consul):
/// meeting or being received where they are posted is no visit.
fn resident(doc: &Doc<'_, '_>, p: &PersonRef) -> bool {
    // The title in lower case, as the prepared article keeps it.
    p.official.map(|k| doc.title_lower(k)).is_some_and(|t| {
        ["ambassador", "envoy", "consul", "chargé", "charge d"]
            .iter()
            .any(|w| t.contains(w))
    })
}

/// The country of a person, when they are an official with one.
fn country_of(doc: &Doc<'_, '_>, p: &PersonRef) -> Option<&'static str> {
    // The code the prepared article read once per official.
    doc.official_code(p.official?)
}

/// Whether two dates may be the same trip (two weeks apart at most); a
/// missing date stands for the article's date.
fn dates_close(a: Option<NaiveDate>, b: Option<NaiveDate>, anchor: Option<NaiveDate>) -> bool {
    match (a.or(anchor), b.or(anchor)) {
        (Some(x), Some(y)) => (x - y).num_days().abs() <= 14,
        _ => true,
    }
}

/// The working lists of [`sentence`], cleared and refilled for each
/// sentence with a travel word rather than made anew.
#[derive(Default)]
struct Scratch<'d> {
    /// The people the prepared article finds in the sentence ([`people`]).
    found: Vec<PersonRef<'d>>,
    /// The sentence's people, pronouns resolved ([`people`]).
    refs: Vec<PersonRef<'d>>,
    /// The first token of each of the sentence's dates.
    date_toks: Vec<usize>,
}

/// Reads one sentence.
fn sentence<'d>(
    doc: &Doc<'d, '_>,
    s: usize,
    st: &mut State<'d>,
    dateline: Option<&Dest>,
    scratch: &mut Scratch<'d>,
) {
    let r = doc.sentence(s);
    let span = doc
        .scan
        .sentences
        .get(s)
        .map_or(Span::new(0, 0), |x| x.span);
    // Most sentences hold no travel word: only the person they are about
    // is needed (for pronouns later). The prepared article marks the
    // sentences that hold one.
    let table = &*TRAVELS;
    let travels = doc.sentence_ev(s) & (ev::TRAVEL | ev::DELEGATION) != 0;
    if !travels {
        if st.unread.is_empty() {
            st.unread = s..s;
        }
        st.unread.end = s + 1;
        return;
    }
    // The person the text was last about: the first person of the last
    // sentence read past that names one, as reading each in turn gives.
    for u in std::mem::replace(&mut st.unread, 0..0).rev() {
        if let Some(first) = doc.first_person(doc.sentence(u)) {
            st.topic = Some(first);
            break;
        }
    }
    let Scratch {
        found,
        refs,
        date_toks,
    } = scratch;
    people(
        doc,
        r.clone(),
        st.topic.as_ref(),
        st.lead.as_ref(),
        found,
        refs,
    );
    let refs: &[PersonRef<'d>] = refs;
    // "a delegation led by X": X is who "the delegation" is from now on.
    if let Some(lead) = r
        .clone()
        .filter(|&i| led_by_at(doc, i))
        .find_map(|i| local(refs, &(i + 3..i + 16)).first())
    {
        st.lead = Some(lead.clone());
    }
    let dates = doc.dates.in_sentence(s);
    date_toks.clear();
    date_toks.extend(dates.iter().map(|d| doc.scan.token_at(d.span.start)));
    let date_toks: &[usize] = date_toks;
    // The date stated right after token `i`, else the sentence's first.
    let date_after = |i: usize| -> Option<NaiveDate> {
        let k = date_toks.partition_point(|&t| t < i);
        dates
            .get(k)
            .filter(|_| date_toks.get(k).is_some_and(|&t| t < i + 12))
            .or_else(|| dates.first())
            .map(|d| d.period.start)
    };
    let kind = sentence_kind(doc, r.clone());
    let mut i = r.start;
    let mut met = false;
    while i < r.end {
        if doc.ev(i) & ev::TRAVEL == 0 {
            i += 1;
            continue;
        }
        let Some((n, how)) = table.longest_at(&doc.lower, i) else {
            i += 1;
            continue;
        };
        let after = i + n;
        // A clause is read within a window around the travel word, so that
        // a run-on "sentence" of a whole file stays linear.
        let r = window(&r, i, after);
        let refs = local(refs, &r);
        match how {
            Travel::Object | Travel::Prep | Travel::Trip => {
                if invitation_only(doc, i, r.start) {
                    i = after;
                    continue;
                }
                // "visiting Uzbek Prime Minister X": an adjective.
                if how == Travel::Object
                    && doc.w(i) == "visiting"
                    && refs
                        .iter()
                        .any(|p| p.tokens.start > i && p.tokens.start <= i + 5)
                {
                    i = after;
                    continue;
                }
                // "a tour of a delegation led by X to P": "of" names the
                // travellers, not the place.
                let tour_of_people = how == Travel::Trip
                    && doc.w(i + 1) == "of"
                    && destination_at(doc, after, r.end, &st.recs, dateline).is_none()
                    && refs
                        .iter()
                        .any(|p| p.tokens.start >= after && p.tokens.start < after + 12);
                if tour_of_people {
                    visit_of(doc, refs, i, r.clone(), st, kind, &date_after, span);
                    i = after;
                    continue;
                }
                if how == Travel::Object && matches!(doc.w(after), "of" | "by") {
                    // "the visit of X to P", "a visit by X to P", "P expects
                    // the visit of X".
                    visit_of(doc, refs, i, r.clone(), st, kind, &date_after, span);
                    i = after;
                    continue;
                }
                if how == Travel::Object && is_noun_use(doc, i) {
                    // "in Tbilisi, where he is on a two-day visit".
                    if let Some(d) = where_place(doc, i, r.start, &st.recs, dateline) {
                        let visitors = names(&visitors_for(doc, refs, i, after, r.clone(), after));
                        if !visitors.is_empty() {
                            let date = date_after(i);
                            add(doc, &mut st.recs, visitors, d, kind, date, span);
                        }
                    }
                    i = after;
                    continue;
                }
                let dests = destinations(doc, after, r.end, &st.recs, dateline);
                if dests.is_empty() {
                    i = after;
                    continue;
                }
                let mut visitors =
                    names(&visitors_for(doc, refs, i, after, r.clone(), dests[0].end));
                // "During the recent trip to Japan and Korea": the trip
                // the text is about, of whoever made it.
                if visitors.is_empty()
                    && how == Travel::Trip
                    && (i.saturating_sub(3)..i).any(|k| matches!(doc.w(k), "the" | "this"))
                    && let Some(last) = st.recs.last()
                {
                    visitors = last.visitors.iter().take(1).cloned().collect();
                }
                if visitors.is_empty() {
                    i = after;
                    continue;
                }
                // The last destination takes the names; the others copy them.
                let n = dests.len();
                for (j, d) in dests.into_iter().enumerate() {
                    let date = date_after(d.end);
                    let v = if j + 1 == n {
                        std::mem::take(&mut visitors)
                    } else {
                        visitors.clone()
                    };
                    add(doc, &mut st.recs, v, d, kind, date, span);
                }
            }
            Travel::BeIn => {
                // "The minister was in Vienna on March 3-5": a
                // person right before, a foreign place of the lexicon after.
                let mut k = i;
                while k > r.start && matches!(doc.w(k - 1), "also" | "already" | "then" | "still") {
                    k -= 1;
                }
                // "Musayev, who is in Budapest".
                if k > r.start + 1 && doc.w(k - 1) == "who" && doc.w(k - 2) == "," {
                    k -= 2;
                }
                if let Some(p) = refs.iter().find(|p| p.tokens.end == k) {
                    let pc = country_of(doc, p);
                    for d in destinations(doc, after, r.end, &st.recs, dateline) {
                        if d.level != Level::Place && d.code.is_some() && d.code != pc {
                            let date = date_after(d.end);
                            add(
                                doc,
                                &mut st.recs,
                                vec![p.name.to_string()],
                                d,
                                kind,
                                date,
                                span,
                            );
                        }
                    }
                }
            }
            Travel::Host => host(
                doc,
                refs,
                i,
                after,
                r.clone(),
                st,
                dateline,
                kind,
                &date_after,
                span,
            ),
            Travel::Accompany => accompany(doc, refs, i, after, r.clone(), st),
            Travel::Meet => {
                if !met {
                    met = true;
                    meeting(doc, refs, i, r.clone(), st, dateline, &date_after, span);
                }
            }
        }
        i = after;
    }
    delegation(doc, refs, r.clone(), st, kind, &date_after, span, s);
    if let Some(first) = refs.iter().find(|p| !is_pronoun(doc, p)) {
        st.topic = Some(first.clone());
    }
}

/// The references of a sentence that start inside window `r` (the
/// references are in text order).
fn local<'r, 'd>(refs: &'r [PersonRef<'d>], r: &Range<usize>) -> &'r [PersonRef<'d>] {
    let a = refs.partition_point(|p| p.tokens.start < r.start);
    let b = refs.partition_point(|p| p.tokens.start < r.end);
    refs.get(a..b.max(a)).unwrap_or(&[])
}

/// Whether a person reference is a pronoun.
fn is_pronoun(doc: &Doc<'_, '_>, p: &PersonRef) -> bool {
    p.tokens.len() == 1 && doc.has(p.tokens.start, wc::PERSON_PRONOUNS)
}

/// The people of a sentence, in order: officials, title-only references,
/// given names of officials ("Prince Karim"), and pronouns resolved to
/// the first person of the sentence or the topic of the text.
/// They are written into `out`; `refs` is a working list. Both are
/// cleared first (kept from one sentence to the next for their room).
fn people<'d>(
    doc: &Doc<'d, '_>,
    r: Range<usize>,
    topic: Option<&PersonRef<'d>>,
    lead: Option<&PersonRef<'d>>,
    refs: &mut Vec<PersonRef<'d>>,
    out: &mut Vec<PersonRef<'d>>,
) {
    refs.clear();
    doc.persons_into(r.clone(), refs);
    // Whether the people found so far cover a token is read walking along
    // them, with no table of the sentence's tokens: they come in text
    // order, each ending before the next starts.
    let found = refs.len();
    let mut next = 0;
    // A single name part of one official ("Ivan", "Prince Karim").
    for i in r.clone() {
        while refs[..found].get(next).is_some_and(|p| p.tokens.end <= i) {
            next += 1;
        }
        let covered = refs[..found].get(next).is_some_and(|p| p.tokens.start <= i);
        if !doc.is_cap(i) || doc.official_idx(i).is_some() || covered {
            continue;
        }
        let w = doc.text(i..i + 1);
        if w.len() < 2 || doc.place_at(i).is_some() || doc.not_venue_at(i) {
            continue;
        }
        // The one official whose name has the word as a part.
        if let Some(k) = doc.official_by_name_part(w)
            && let Some(o) = doc.official(k)
        {
            refs.push(PersonRef {
                official: Some(k),
                name: &o.name,
                tokens: i..i + 1,
            });
        }
    }
    refs.sort_by_key(|p| p.tokens.start);
    // Pronouns.
    out.clear();
    let mut k = 0;
    for i in r.clone() {
        while k < refs.len() && refs[k].tokens.start < i {
            k += 1;
        }
        if let Some(p) = refs.get(k)
            && p.tokens.start == i
        {
            out.push(p.clone());
            continue;
        }
        if matches!(doc.w(i), "counterpart" | "counterparts")
            && let Some(owner) = out
                .iter()
                .rev()
                .find(|p| p.tokens.end + 3 >= i && doc.has(p.tokens.start, wc::PERSON_PRONOUNS))
            && let Some(k) = counterpart_of(doc, owner, i)
            && let Some(o) = doc.official(k)
        {
            out.push(PersonRef {
                official: Some(k),
                name: &o.name,
                tokens: i..i + 1,
            });
            continue;
        }
        // "the (Kyrgyz) delegation visited …", with no leader of its own:
        // the leader of the delegation named before travels.
        let verb = if matches!(doc.w(i + 1), "also" | "then" | "later") {
            i + 2
        } else {
            i + 1
        };
        if doc.w(i) == "delegation"
            && doc.ev(verb) & ev::TRAVEL != 0
            && (doc.w(i.wrapping_sub(1)) == "the"
                || (doc.w(i.wrapping_sub(2)) == "the" && doc.place_at(i - 1).is_some()))
            && let Some(t) = lead
        {
            out.push(PersonRef {
                official: t.official,
                name: t.name,
                tokens: i..i + 1,
            });
            continue;
        }
        if doc.has(i, wc::PERSON_PRONOUNS) {
            // "During his visit to Baku, President X met …": a pronoun in an
            // opening phrase refers forward to the subject after the comma.
            let opening = out.is_empty()
                && matches!(
                    doc.w(r.start),
                    "during"
                        | "on"
                        | "in"
                        | "as"
                        | "at"
                        | "after"
                        | "before"
                        | "following"
                        | "within"
                );
            let forward = opening
                .then(|| {
                    let comma = (i..r.end).find(|&k| doc.w(k) == ",")?;
                    refs.iter()
                        .find(|p| p.tokens.start > comma && p.tokens.start <= comma + 8)
                        .cloned()
                })
                .flatten();
            let target = forward
                .or_else(|| out.first().cloned())
                .or_else(|| topic.cloned());
            if let Some(t) = target {
                out.push(PersonRef {
                    official: t.official,
                    name: t.name,
                    tokens: i..i + 1,
                });
            }
        }
    }
    out.dedup_by(|a, b| a.tokens.start == b.tokens.start);
}

/// "his counterpart" with no country: the official of another country
/// mentioned first after it, or last before it.
fn counterpart_of(doc: &Doc<'_, '_>, owner: &PersonRef, at: usize) -> Option<usize> {
    let oc = country_of(doc, owner);
    let here = doc.scan.tokens.get(at).map_or(0, |t| t.span.start);
    let foreign = |k: usize| {
        let c = doc.official_code(k);
        c.is_some() && c != oc
    };
    let mentions = |k: usize| doc.official(k).map_or(&[][..], |o| o.mentions.as_slice());
    let ks = 0..doc.entities.officials.len();
    let after = ks
        .clone()
        .filter(|&k| foreign(k))
        .filter_map(|k| {
            let first = mentions(k)
                .iter()
                .filter(|m| m.start > here)
                .map(|m| m.start)
                .min()?;
            Some((first, k))
        })
        .min();
    let before = ks
        .filter(|&k| foreign(k))
        .filter_map(|k| {
            let last = mentions(k)
                .iter()
                .filter(|m| m.start < here)
                .map(|m| m.start)
                .max()?;
            Some((last, k))
        })
        .max();
    after.or(before).map(|(_, k)| k)
}

/// The visit kind the sentence states ("state visit", "official visit").
fn sentence_kind(doc: &Doc<'_, '_>, r: Range<usize>) -> Option<VisitKind> {
    for i in r.clone() {
        if matches!(doc.w(i), "visit" | "visits" | "trip" | "trips")
            && let Some(p) = i.checked_sub(1)
            && p >= r.start
            && let Some(k) = visit_kind(doc.w(p))
        {
            return Some(k);
        }
    }
    None
}

/// Whether a travel word stands in an invitation that is not accepted
/// ("invited him to visit", "an invitation to visit").
fn invitation_only(doc: &Doc<'_, '_>, at: usize, start: usize) -> bool {
    // "invited the Kazakh President Ivan Petrov to pay a state visit to":
    // the invitee's name and title stand between.
    // "At the invitation of X, Y visited P" is a trip made, not offered.
    let from = at.saturating_sub(12).max(start);
    let invited = (from..at).any(|k| {
        doc.has(k, wc::INVITATION_WORDS)
            && !(k >= 2 && doc.w(k - 1) == "the" && matches!(doc.w(k - 2), "at" | "on" | "upon"))
    });
    // The trip is what is offered: "to visit", "to pay a visit to".
    let offered = at.checked_sub(1).is_some_and(|k| doc.w(k) == "to")
        || (at.saturating_sub(5).max(start)..at).any(|k| {
            doc.w(k) == "to" && matches!(doc.w(k + 1), "pay" | "make" | "undertake" | "come")
        });
    if !invited || !offered {
        return false;
    }
    let from = at.saturating_sub(14).max(start);
    !(from..at).any(|k| doc.has(k, wc::ACCEPTED_WORDS))
}

/// The place a relative "where" right before token `at` refers to: "in
/// Tbilisi, where he is on a visit" gives Tbilisi.
fn where_place(
    doc: &Doc<'_, '_>,
    at: usize,
    start: usize,
    recs: &[VRec],
    dateline: Option<&Dest>,
) -> Option<Dest> {
    let w = (at.saturating_sub(8).max(start)..at).rfind(|&k| doc.w(k) == "where")?;
    let comma = w.checked_sub(1).filter(|&c| c > start && doc.w(c) == ",")?;
    (comma.saturating_sub(6).max(start)..comma).find_map(|j| {
        destination_at(doc, j, comma, recs, dateline)
            .filter(|d| d.end == comma && d.level != Level::Inferred && d.code.is_some())
    })
}

/// Whether "visit" at `i` is a noun ("the visit", "his visit", "state
/// visit") rather than the verb.
fn is_noun_use(doc: &Doc<'_, '_>, i: usize) -> bool {
    // A past form is a verb whatever stands before it ("first visited").
    if matches!(doc.w(i), "visited" | "toured") {
        return false;
    }
    let p = i.checked_sub(1).map_or("", |k| doc.w(k));
    matches!(
        p,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "this"
            | "that"
            | "first"
            | "upcoming"
            | "planned"
            | "recent"
            | "previous"
            | "next"
            | "'s"
            | "s"
            | "day"
            | "long"
            | "weeklong"
            | "forthcoming"
            | "historic"
            | "landmark"
    ) || visit_kind(p).is_some()
}

/// The destinations after a travel word: a list of places ("Kuwait, UAE
/// and Qatar"), "the country", or a venue ("the Central Office of …").
fn destinations(
    doc: &Doc<'_, '_>,
    from: usize,
    end: usize,
    recs: &[VRec],
    dateline: Option<&Dest>,
) -> Vec<Dest> {
    let mut out = Vec::new();
    let mut i = from;
    // A list ends with its "and": "Chile, Peru and Bolivia, Andes Freight …"
    // names no fourth destination.
    let mut closed = false;
    while let Some(d) = destination_at(doc, i, end, recs, dateline) {
        i = d.end;
        out.push(d);
        if closed {
            break;
        }
        // Another item: ", B", "and B", ", and in B on …".
        let mut j = i;
        // Skip a date phrase after the destination ("on July 18-20").
        if doc.w(j) == "on" || doc.w(j) == "in" && !doc.is_cap(j + 1) {
            let mut k = j + 1;
            while k < end && k < j + 6 && !matches!(doc.w(k), "," | "and" | ";" | ".") {
                k += 1;
            }
            j = k;
        }
        // "the X line in Y region": where the stop is, not another stop.
        if doc.w(j) == "in" && doc.is_cap(skip_the(doc, j + 1)) {
            if let Some(last) = out.last_mut()
                && last.code.is_none()
                && let Some((_, p)) = doc.place_at(skip_the(doc, j + 1))
            {
                last.code = Some(p.alpha2);
            }
            break;
        }
        let mut steps = 0;
        while j < end
            && steps < 3
            && matches!(doc.w(j), "," | "and" | "as" | "well" | "in" | "to" | "then")
        {
            closed |= doc.w(j) == "and";
            j += 1;
            steps += 1;
        }
        if j == i || j >= end {
            break;
        }
        match destination_at(doc, j, end, recs, dateline) {
            Some(next)
                if next.level != Level::Inferred
                    && doc.place_at(skip_the(doc, j)).is_some()
                    && !doc.is_cap(next.end) =>
            {
                i = j;
            }
            // A list of venues: "the X Port and the Y Zone".
            Some(next)
                if next.level == Level::Place
                    && out.last().is_some_and(|l| l.level == Level::Place) =>
            {
                i = j;
            }
            _ => break,
        }
    }
    out
}

/// Token after a leading "the".
fn skip_the(doc: &Doc<'_, '_>, i: usize) -> usize {
    if doc.w(i) == "the" { i + 1 } else { i }
}

/// One destination at token `i`.
fn destination_at(
    doc: &Doc<'_, '_>,
    i: usize,
    end: usize,
    recs: &[VRec],
    dateline: Option<&Dest>,
) -> Option<Dest> {
    let j = skip_the(doc, i);
    if j >= end {
        return None;
    }
    // "the construction site of the X wind farm": a part of a named
    // venue is the venue, named with the part.
    let mut k = j;
    while k < end && k < j + 3 && doc.is_word(k) && !doc.is_cap(k) && doc.w(k) != "of" {
        k += 1;
    }
    if k > j
        && doc.w(k) == "of"
        && doc.has(k - 1, wc::VENUE_HEADS)
        && doc.place_at(k + 1).is_none()
        && let Some(v) = place_or_venue(doc, k + 1, end, recs, dateline)
        && v.level == Level::Place
    {
        return Some(Dest {
            name: doc.text(j..v.end).to_string(),
            ..v
        });
    }
    place_or_venue(doc, i, end, recs, dateline)
}

/// A place or a venue at token `i` (after an optional "the").
fn place_or_venue(
    doc: &Doc<'_, '_>,
    i: usize,
    end: usize,
    recs: &[VRec],
    dateline: Option<&Dest>,
) -> Option<Dest> {
    let mut j = skip_the(doc, i);
    if j >= end {
        return None;
    }
    // "the capital of Ankara", "the southern city of Shenzhen".
    let mut k = j;
    while k < end && k < j + 3 && doc.is_word(k) && !doc.is_cap(k) {
        if matches!(
            doc.w(k),
            "capital" | "city" | "town" | "port" | "province" | "region"
        ) && doc.w(k + 1) == "of"
            && doc.place_at(k + 2).is_some()
        {
            j = k + 2;
            break;
        }
        k += 1;
    }
    if let Some((pe, place)) = doc.place_at(j) {
        // "Baku Shipyard", "Oslo Science Park": a venue
        // whose name starts with a place.
        if doc.is_cap(pe)
            && !doc.not_venue_at(pe)
            && doc.place_at(pe).is_none()
            && let Some(v) = venue(doc, j, end, recs, dateline)
        {
            return Some(v);
        }
        // "Tajikistan's capital Dushanbe".
        let mut k = pe;
        if doc.w(k) == "'" && doc.w(k + 1) == "s" {
            k += 2;
        }
        if doc.w(k) == "capital"
            && let Some((ce, city)) = doc.place_at(k + 1)
            && city.kind != PlaceKind::Demonym
        {
            return Some(Dest {
                name: doc.text(k + 1..ce).to_string(),
                code: Some(city.alpha2),
                level: Level::City,
                end: ce,
            });
        }
        // "Azerbaijan's Nakhchivan exclave", "Kazakhstan's Aktau": the
        // country's city is the destination.
        if k > pe
            && place.kind == PlaceKind::Country
            && let Some((ce, city)) = doc.place_at(k)
            && matches!(city.kind, PlaceKind::City | PlaceKind::Capital)
            && city.alpha2 == place.alpha2
        {
            return Some(Dest {
                name: doc.text(k..ce).to_string(),
                code: Some(city.alpha2),
                level: Level::City,
                end: ce,
            });
        }
        return match place.kind {
            PlaceKind::Country => Some(Dest {
                name: doc.text(j..pe).to_string(),
                code: Some(place.alpha2),
                level: Level::Country,
                end: pe,
            }),
            PlaceKind::Demonym => {
                // "the Kazakh capital".
                if doc.w(pe) == "capital" {
                    let c = geo::capital(place.alpha2)?;
                    Some(Dest {
                        name: c.to_string(),
                        code: Some(place.alpha2),
                        level: Level::City,
                        end: pe + 1,
                    })
                } else {
                    venue(doc, j, end, recs, dateline)
                }
            }
            _ => {
                let mut e = pe;
                let mut level = match place.kind {
                    PlaceKind::Capital | PlaceKind::City => Level::City,
                    _ => Level::Place,
                };
                if doc.has(e, wc::VENUE_TAILS) && !doc.is_cap(e) {
                    e += 1;
                    level = Level::Place;
                }
                Some(Dest {
                    name: doc.text(j..e).to_string(),
                    code: Some(place.alpha2),
                    level,
                    end: e,
                })
            }
        };
    }
    // "the (Southeast Asian) country": the last country named before.
    let mut k = j;
    while k < end && k < j + 4 && !matches!(doc.w(k), "country" | "," | "." | "to" | "on") {
        k += 1;
    }
    // "has also visited the region": a trip to a place the text names
    // elsewhere or not at all.
    if doc.w(i) == "the"
        && doc.w(j) == "region"
        && (j + 1 >= end
            || matches!(
                doc.w(j + 1),
                "," | "." | ";" | "and" | "on" | "in" | "last" | "this" | "next" | "earlier"
            ))
    {
        return Some(Dest {
            name: doc.text(i..j + 1).to_string(),
            code: None,
            level: Level::Place,
            end: j + 1,
        });
    }
    if doc.w(k) == "country" && doc.w(i) == "the" {
        let (m, pe, p) = doc.country_before(i)?;
        return Some(Dest {
            name: doc.text(m..pe).to_string(),
            code: Some(p.alpha2),
            level: Level::Country,
            end: k + 1,
        });
    }
    venue(doc, j, end, recs, dateline)
}

/// A venue at token `j`: a capitalized name ("the Old Town Hall",
/// "Head Office of the Varna Container Terminal"), with the
/// country of a place inside or right after it.
fn venue(
    doc: &Doc<'_, '_>,
    j: usize,
    end: usize,
    recs: &[VRec],
    dateline: Option<&Dest>,
) -> Option<Dest> {
    if !doc.is_cap(j) || doc.not_venue_at(j) || doc.official_idx(j).is_some() {
        return None;
    }
    let mut e = j;
    let mut last_cap = j;
    while e < end {
        let w = doc.w(e);
        if doc.is_cap(e) {
            last_cap = e;
        } else if !matches!(w, "of" | "the" | "and" | "for" | "-" | "'" | "s" | "&")
            // "the X Port and the Y Zone": two venues.
            || (w == "and" && doc.w(e + 1) == "the" && doc.is_cap(e + 2))
        {
            break;
        }
        e += 1;
    }
    let mut stop = last_cap + 1;
    if doc.has(stop, wc::VENUE_TAILS) {
        stop += 1;
    } else if doc.is_word(stop)
        && !doc.is_cap(stop)
        && !matches!(
            doc.w(stop),
            "and" | "or" | "in" | "on" | "at" | "of" | "to" | "for"
        )
        && doc.has(stop + 1, wc::VENUE_TAILS)
    {
        // "the X wind farm", "the Y power plant".
        stop += 2;
    }
    let name = doc.text(j..stop).to_string();
    if name.split_whitespace().count() < 2
        || (j..stop).any(|k| doc.official_idx(k).is_some())
        || MACRO_REGIONS.contains(&name.to_lowercase().as_str())
    {
        return None;
    }
    let _ = (recs, dateline);
    // Its country: a place inside it or within a few words after it.
    let code = (j..stop + 6).filter(|&k| k < end).find_map(|k| {
        doc.place_at(k)
            .filter(|(_, p)| p.kind != PlaceKind::Demonym || k < stop)
            .map(|(_, p)| p.alpha2)
    });
    Some(Dest {
        name,
        code,
        level: Level::Place,
        end: stop,
    })
}

/// The visitors of a travel word: the person the clause is about (the
/// nearest person before the word, or "him" in "took him to"), and the
/// person after "by" in "a visit to P by X". One or two: kept in place.
fn visitors_for<'d>(
    doc: &Doc<'_, '_>,
    refs: &[PersonRef<'d>],
    at: usize,
    after: usize,
    r: Range<usize>,
    dest_end: usize,
) -> Few<PersonRef<'d>, 2> {
    let one = |p: &PersonRef<'d>| std::iter::once(p.clone()).collect();
    // "a visit to Lima by the Chilean foreign minister".
    if doc.w(dest_end) == "by"
        && let Some(first) = refs
            .iter()
            .find(|p| p.tokens.start > dest_end && p.tokens.start < dest_end + 12)
    {
        return one(first);
    }
    // "took him to": the pronoun inside the phrase.
    if let Some(p) = refs
        .iter()
        .find(|p| p.tokens.start > at && p.tokens.start < after)
    {
        return one(p);
    }
    let start = clause_start(doc, at, r.start);
    // The last two people of the clause before the word, read in turn
    // rather than collected; without objects of a meeting when asked.
    let last_two = |no_objects: bool| {
        let (mut last, mut second): (Option<&PersonRef<'d>>, Option<&PersonRef<'d>>) = (None, None);
        for p in refs
            .iter()
            .filter(|p| p.tokens.start >= start && p.tokens.end <= at)
            // Not the host of an invitation ("on the invitation of X", "an
            // invitation from President X").
            .filter(|p| {
                !(p.tokens.start.saturating_sub(3)..p.tokens.start)
                    .any(|k| doc.has(k, wc::INVITATION_WORDS))
                    && !(p.tokens.start.saturating_sub(7)..p.tokens.start).any(|k| {
                        doc.has(k, wc::INVITATION_WORDS)
                            && matches!(doc.w(k + 1), "from" | "of" | "by")
                            && !(k..p.tokens.start).any(|j| matches!(doc.w(j), "," | "to"))
                    })
            })
            .filter(|p| !(no_objects && is_object(doc, p, start)))
        {
            second = last;
            last = Some(p);
        }
        (last, second)
    };
    let (mut last, mut second) = last_two(false);
    // "A met with B and visited C": B is the object of the first verb, and
    // A, the subject, visits (when the clause names a subject at all).
    if second.is_some()
        && last.is_some_and(|p| is_object(doc, p, start))
        && doc.w(at.wrapping_sub(1)) == "and"
    {
        (last, second) = last_two(true);
    }
    let mut out = Few::new();
    if let Some(p) = last {
        // "A and B visited": coordinated names.
        if let Some(q) = second
            && q.name != p.name
            && (q.tokens.end..p.tokens.start).all(|k| doc.w(k) == "and" || doc.w(k) == ",")
            && q.tokens.end < p.tokens.start
        {
            out.push(q.clone());
        }
        out.push(p.clone());
    }
    out
}

/// Whether a person is the object of a meeting ("met with the Hungarian
/// President B", "received B"): the word before the mention and the
/// capitalized words of its title (back to `start`) is "with" or a
/// one-word meeting or hosting verb of the travel table.
fn is_object(doc: &Doc<'_, '_>, p: &PersonRef, start: usize) -> bool {
    let mut k = p.tokens.start;
    while k > start && doc.is_cap(k - 1) {
        k -= 1;
    }
    if k > start && doc.w(k - 1) == "the" {
        k -= 1;
    }
    k > start
        && (doc.w(k - 1) == "with"
            || matches!(
                TRAVELS.longest_at(&doc.lower, k - 1),
                Some((1, Travel::Host | Travel::Meet))
            ))
}

/// The start of the clause holding token `at` (after ";", ":", "that").
fn clause_start(doc: &Doc<'_, '_>, at: usize, start: usize) -> usize {
    let mut k = at;
    while k > start {
        if matches!(doc.w(k - 1), ";" | ":" | "that") {
            return k;
        }
        k -= 1;
    }
    start
}

/// Names of people.
fn names(ps: &[PersonRef]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in ps {
        if !out.iter().any(|n| n == p.name) {
            out.push(p.name.to_string());
        }
    }
    out
}

/// "the visit of X to P [and Y to Q]", "P expects the visit of X", "X's visit".
#[allow(clippy::too_many_arguments)]
fn visit_of<'d>(
    doc: &Doc<'_, '_>,
    refs: &[PersonRef<'d>],
    at: usize,
    r: Range<usize>,
    st: &mut State<'d>,
    kind: Option<VisitKind>,
    date_after: &dyn Fn(usize) -> Option<NaiveDate>,
    span: Span,
) {
    let next = at + 1;
    if !matches!(doc.w(next), "of" | "by") {
        return;
    }
    // Pairs of (people, destination) after "of".
    let mut i = next + 1;
    let mut found = false;
    while i < r.end {
        let ppl: Vec<PersonRef> = refs
            .iter()
            .filter(|p| p.tokens.start >= i && p.tokens.start < i + 12)
            .cloned()
            .collect();
        let Some(first) = ppl.first() else { break };
        // The destination after "to" following the person(s).
        let mut k = first.tokens.end;
        let mut group = vec![first.clone()];
        while k < r.end && k < first.tokens.end + 12 && doc.w(k) != "to" {
            if let Some(p) = ppl.iter().find(|p| p.tokens.start == k) {
                group.push(p.clone());
                k = p.tokens.end;
                continue;
            }
            // "the visit of the first President, A, to P": a name in
            // apposition goes on.
            let apposition = doc.w(k) == ","
                && (doc.w(k + 1) == "to" || ppl.iter().any(|p| p.tokens.start == k + 1));
            if matches!(doc.w(k), "." | ";" | "," | "which") && doc.w(k + 1) != "and" && !apposition
            {
                break;
            }
            k += 1;
        }
        if doc.w(k) == "to" {
            let dests = destinations(doc, k + 1, r.end, &st.recs, None);
            if dests.is_empty() {
                break;
            }
            for d in dests {
                let date = date_after(d.end);
                i = d.end;
                add(doc, &mut st.recs, names(&group), d, kind, date, span);
            }
            found = true;
            // "and President Y to Astana".
            let mut j = i;
            while j < r.end && j < i + 8 && !matches!(doc.w(j), "and" | "." | ";") {
                j += 1;
            }
            if doc.w(j) != "and" {
                break;
            }
            i = j + 1;
            continue;
        }
        // "Kyrgyzstan expects the visit of X and Y": the subject country.
        if !found {
            let start = clause_start(doc, at, r.start);
            let subj = (start..at).find_map(|k| {
                doc.place_at(k)
                    .filter(|(_, p)| p.kind == PlaceKind::Country)
                    .map(|(e, p)| (k, e, p))
            });
            let expects =
                (start..at).any(|k| doc.w(k).starts_with("expect") || doc.w(k) == "awaits");
            if let (Some((k0, e0, p)), true) = (subj, expects) {
                let d = Dest {
                    name: doc.text(k0..e0).to_string(),
                    code: Some(p.alpha2),
                    level: Level::Country,
                    end: e0,
                };
                add(
                    doc,
                    &mut st.recs,
                    names(&group_all(refs, next, r.end)),
                    d,
                    kind,
                    date_after(at),
                    span,
                );
            }
        }
        break;
    }
}

/// All people after token `from` up to a clause break, for "the visit of A
/// and B".
fn group_all<'d>(refs: &[PersonRef<'d>], from: usize, end: usize) -> Vec<PersonRef<'d>> {
    refs.iter()
        .filter(|p| p.tokens.start >= from && p.tokens.end <= end)
        .cloned()
        .collect()
}

/// A host receiving a foreign guest: "A received B", "A hosted B in P",
/// "B was welcomed by A".
#[allow(clippy::too_many_arguments)]
fn host<'d>(
    doc: &Doc<'_, '_>,
    refs: &[PersonRef<'d>],
    at: usize,
    after: usize,
    r: Range<usize>,
    st: &mut State<'d>,
    dateline: Option<&Dest>,
    kind: Option<VisitKind>,
    date_after: &dyn Fn(usize) -> Option<NaiveDate>,
    span: Span,
) {
    let start = clause_start(doc, at, r.start);
    // "was received by X", "was welcomed at the airport by X": the guest
    // is the subject.
    let mut aux = at;
    while aux > start && doc.has(aux - 1, wc::ADVERBS) {
        aux -= 1;
    }
    let passive = doc.w(after) == "by"
        || (aux > start
            && matches!(
                doc.w(aux - 1),
                "was" | "were" | "is" | "are" | "be" | "been" | "being"
            )
            && (after..(after + 12).min(r.end)).any(|k| doc.w(k) == "by"));
    let before: Vec<&PersonRef> = refs
        .iter()
        .filter(|p| p.tokens.start >= start && p.tokens.end <= at)
        .collect();
    let end = (after..r.end)
        .find(|&k| matches!(doc.w(k), ";" | "." | "which" | "while"))
        .unwrap_or(r.end);
    let after_refs: Vec<&PersonRef> = refs
        .iter()
        .filter(|p| p.tokens.start >= after && p.tokens.end <= end)
        .filter(|p| !matches!(doc.w(p.tokens.start), "his" | "her"))
        .collect();
    let (hosts, guests) = if passive {
        (after_refs.first().copied(), before.last().copied())
    } else {
        (before.last().copied(), after_refs.first().copied())
    };
    let (Some(h), Some(g)) = (hosts, guests) else {
        return;
    };
    let (hc, gc) = (country_of(doc, h), country_of(doc, g));
    if resident(doc, g) {
        return;
    }
    if h.name == g.name || hc.is_none() || hc == gc {
        return;
    }
    // The place: "in P" in the clause, else the dateline in the host's
    // country, else the host's country.
    let explicit = (after..end).find_map(|k| {
        (doc.w(k) == "in")
            .then(|| destination_at(doc, k + 1, end, &st.recs, dateline))
            .flatten()
            .filter(|d| d.level != Level::Inferred && d.code.is_some())
    });
    let d = match explicit {
        Some(d) => d,
        None => match dateline.filter(|d| d.code == hc) {
            Some(d) => d.clone(),
            None => {
                let code = hc.unwrap_or("");
                Dest {
                    name: doc.state(code).name.into_owned(),
                    code: Some(code),
                    level: Level::Inferred,
                    end: after,
                }
            }
        },
    };
    let date = date_after(at);
    add(
        doc,
        &mut st.recs,
        vec![g.name.to_string()],
        d,
        kind,
        date,
        span,
    );
}

/// Companions: "accompanied by A, B and C" (they join the visit of the
/// person accompanied), "A and B are accompanying the president".
fn accompany<'d>(
    doc: &Doc<'_, '_>,
    refs: &[PersonRef<'d>],
    at: usize,
    after: usize,
    r: Range<usize>,
    st: &mut State<'d>,
) {
    let passive = doc.w(at) == "accompanied";
    let end = (after..r.end)
        .find(|&k| matches!(doc.w(k), ";" | "." | "which" | "while"))
        .unwrap_or(r.end);
    let (lead, companions): (Option<&PersonRef>, Vec<PersonRef>) = if passive {
        // "X was accompanied by …" or "Accompanied by …, the president …".
        // The one accompanied is on a trip: "X, who was met by Y, is
        // accompanied by …" is X's trip, not Y's.
        let before = refs
            .iter()
            .rev()
            .filter(|p| p.tokens.end <= at)
            .find(|p| {
                st.recs
                    .iter()
                    .any(|v| v.visitors.first().map(String::as_str) == Some(p.name))
            })
            .or_else(|| refs.iter().rfind(|p| p.tokens.end <= at));
        let lead = before.or_else(|| {
            let comma = (after..end).find(|&k| doc.w(k) == ",")?;
            refs.iter().find(|p| p.tokens.start > comma)
        });
        let stop = if before.is_some() {
            end
        } else {
            (after..end).find(|&k| doc.w(k) == ",").unwrap_or(end)
        };
        let mut comp: Vec<PersonRef> = refs
            .iter()
            .filter(|p| p.tokens.start >= after && p.tokens.end <= stop)
            .cloned()
            .collect();
        comp.extend(doc.plain_names(after..stop));
        (lead, comp)
    } else {
        let lead = refs
            .iter()
            .find(|p| p.tokens.start >= after && p.tokens.end <= end);
        let mut comp: Vec<PersonRef> = refs
            .iter()
            .filter(|p| p.tokens.end <= at)
            .cloned()
            .collect();
        comp.extend(doc.plain_names(r.start..at));
        (lead, comp)
    };
    let Some(lead) = lead else { return };
    let led = |v: &VRec| v.visitors.first().map(String::as_str) == Some(lead.name);
    let Some(trip) = st.recs.iter().rev().find(|v| led(v)).map(|v| v.span) else {
        return;
    };
    let mut comp = companions;
    comp.sort_by_key(|p| p.tokens.start);
    // Every stop of the lead's latest trip (a tour's stops share its
    // span): the companions travel the whole tour.
    for rec in st.recs.iter_mut().filter(|v| led(v) && v.span == trip) {
        for p in &comp {
            if p.name != lead.name && !rec.visitors.iter().any(|n| n == p.name) {
                rec.visitors.push(p.name.to_string());
            }
        }
    }
}

/// A meeting of officials: those foreign to the place it is held in visit
/// it. The place is "in P" in the sentence; a meeting with no place is
/// decided against the dateline at the end.
#[allow(clippy::too_many_arguments)]
fn meeting<'d>(
    doc: &Doc<'_, '_>,
    refs: &[PersonRef<'d>],
    at: usize,
    r: Range<usize>,
    st: &mut State<'d>,
    dateline: Option<&Dest>,
    date_after: &dyn Fn(usize) -> Option<NaiveDate>,
    span: Span,
) {
    // A phone call or a video conference takes no one anywhere.
    if r.clone().any(|k| doc.has(k, wc::REMOTE_WORDS)) {
        return;
    }
    let people: Vec<PersonRef> = {
        let mut v: Vec<PersonRef> = Vec::new();
        for p in refs {
            // The one reporting the meeting ("…, the ambassador said") is
            // not at it, unless they spoke at it ("said at a meeting
            // with"); a verb with its subject after it ("…, reported the
            // ministry") reports someone else.
            let speaker = (p.tokens.end..p.tokens.end + 2).any(|k| {
                doc.has(k, wc::REPORTING_VERBS)
                    && !(matches!(doc.w(k + 1), "the" | "a" | "an") || doc.is_cap(k + 1))
                    && !(at > k
                        && at <= k + 6
                        && (k + 1..at).any(|j| matches!(doc.w(j), "at" | "during")))
            });
            if p.official.is_some() && !speaker && !v.iter().any(|q| q.name == p.name) {
                v.push(p.clone());
            }
        }
        v
    };
    let countries: Vec<Option<&'static str>> = people.iter().map(|p| country_of(doc, p)).collect();
    let distinct: Vec<&'static str> = {
        let mut d: Vec<&'static str> = countries.iter().flatten().copied().collect();
        d.sort_unstable();
        d.dedup();
        d
    };
    if people.len() < 2 || distinct.len() < 2 {
        return;
    }
    // "in P" anywhere in the sentence (a city or a country).
    let place = r.clone().find_map(|k| {
        if doc.w(k) != "in" {
            return None;
        }
        let d = destination_at(doc, k + 1, r.end, &st.recs, dateline)?;
        (d.code.is_some() && doc.place_at(skip_the(doc, k + 1)).is_some()).then_some(d)
    });
    let date = date_after(at);
    if let Some(d) = place {
        for (p, c) in people.iter().zip(&countries) {
            if c.is_some() && *c != d.code && !resident(doc, p) {
                add(
                    doc,
                    &mut st.recs,
                    vec![p.name.to_string()],
                    d.clone(),
                    None,
                    date,
                    span,
                );
            }
        }
        return;
    }
    // "A held a meeting with B at the White House": A visits B's country.
    let at_venue = r.clone().find_map(|k| {
        (doc.w(k) == "at")
            .then(|| venue(doc, skip_the(doc, k + 1), r.end, &[], None))
            .flatten()
    });
    if let Some(mut v) = at_venue
        && let Some(with) = (at..r.end).find(|&k| doc.w(k) == "with")
    {
        let subj = people
            .iter()
            .zip(&countries)
            .find(|(p, _)| p.tokens.end <= at);
        let obj = people
            .iter()
            .zip(&countries)
            .find(|(p, _)| p.tokens.start > with);
        if let (Some((sp, sc)), Some((_, oc))) = (subj, obj)
            && sc != oc
        {
            if v.code.is_none() || doc.place_at(skip_the(doc, v.end)).is_none() {
                v.code = *oc;
            }
            add(
                doc,
                &mut st.recs,
                vec![sp.name.to_string()],
                v,
                None,
                date,
                span,
            );
        }
        return;
    }
    // "talks in the Kremlin": a place the lexicon does not know, but a
    // place; the dateline says nothing about it.
    let in_venue = r
        .clone()
        .any(|k| doc.w(k) == "in" && venue(doc, skip_the(doc, k + 1), r.end, &[], None).is_some());
    if dateline.is_some() && !in_venue {
        st.pending.push(Pending { people, date, span });
    }
}

/// Whether "delegation led by" or "delegation headed by" starts at token
/// `i` (its leader is named after it).
fn led_by_at(doc: &Doc<'_, '_>, i: usize) -> bool {
    doc.w(i) == "delegation" && matches!(doc.w(i + 1), "led" | "headed") && doc.w(i + 2) == "by"
}

/// "a delegation led by X attended …", "… was attended by a delegation led
/// by X": X visits the foreign place named in this or the previous
/// sentence.
#[allow(clippy::too_many_arguments)]
fn delegation<'d>(
    doc: &Doc<'_, '_>,
    refs: &[PersonRef<'d>],
    r: Range<usize>,
    st: &mut State<'d>,
    kind: Option<VisitKind>,
    date_after: &dyn Fn(usize) -> Option<NaiveDate>,
    span: Span,
    s: usize,
) {
    for i in r.clone() {
        if !led_by_at(doc, i) {
            continue;
        }
        let before = i.checked_sub(2).map_or("", |k| doc.w(k));
        if matches!(before, "with" | "received" | "welcomed" | "hosted" | "met") {
            continue;
        }
        let Some(lead) = local(refs, &(i + 3..i + 16)).first() else {
            continue;
        };
        // Among the recent records only (all of a news article's), so that
        // a text of thousands of trips stays linear.
        if st
            .recs
            .iter()
            .rev()
            .take(RECENT_RECORDS)
            .any(|v| v.visitors.iter().any(|n| n == lead.name))
        {
            continue;
        }
        // "attended", "got acquainted", "toured": the delegation did
        // something where it was.
        let w = window(&r, i, i + 3);
        let acts = (i..w.end).any(|k| {
            matches!(
                doc.w(k),
                "attended" | "attend" | "toured" | "inspected" | "acquainted"
            )
        }) || (w.start..i).any(|k| matches!(doc.w(k), "attended" | "presence"));
        if !acts {
            continue;
        }
        let lc = country_of(doc, lead);
        let mut found = None;
        for sent in [Some(s), s.checked_sub(1)].into_iter().flatten() {
            for k in doc.sentence(sent) {
                if let Some((pe, p)) = doc.place_at(k)
                    && matches!(p.kind, PlaceKind::Capital | PlaceKind::City)
                    && Some(p.alpha2) != lc
                {
                    found = Some(Dest {
                        name: doc.text(k..pe).to_string(),
                        code: Some(p.alpha2),
                        level: Level::Place,
                        end: pe,
                    });
                    break;
                }
            }
            if found.is_some() {
                break;
            }
        }
        if let Some(d) = found {
            add(
                doc,
                &mut st.recs,
                vec![lead.name.to_string()],
                d,
                kind,
                date_after(i),
                span,
            );
        }
    }
}

/// Whether a destination is the capital of its country: arriving there is
/// arriving in the country, while another city is a stop of its own.
fn is_capital(d: &Dest) -> bool {
    d.level == Level::City
        && geo::lookup(&d.name)
            .is_some_and(|p| p.kind == PlaceKind::Capital && d.code == Some(p.alpha2))
}

/// Whether a destination is a region ("Xinjiang", "the Shandong
/// Province"): its first place name is one.
fn names_region(name: &str) -> bool {
    geo::find_all(name)
        .first()
        .is_some_and(|m| m.start == 0 && m.place.kind == PlaceKind::Region)
}

/// Adds a visit, or merges it into the record of the same trip: same
/// visitor and destination, a country-level mention of a trip to a place
/// in that country, or an inferred destination made explicit.
fn add(
    doc: &Doc<'_, '_>,
    recs: &mut Vec<VRec>,
    visitors: Vec<String>,
    dest: Dest,
    kind: Option<VisitKind>,
    date: Option<NaiveDate>,
    span: Span,
) {
    let Some(first) = visitors.first() else {
        return;
    };
    // No one visits their own country: "X invited the Azerbaijani
    // President to visit Azerbaijan" misread, or a host taken for a guest.
    if dest.level == Level::Country
        && dest.code.is_some()
        && doc
            .entities
            .officials
            .iter()
            .any(|o| &o.name == first && o.country.is_some_and(|c| Some(c.as_str()) == dest.code))
    {
        return;
    }
    let mut dest = dest;
    // A venue with no country of its own is in the country the visitor is
    // visiting at the time.
    if dest.code.is_none() {
        dest.code = recs
            .iter()
            .rev()
            .find(|v| v.visitors.contains(first) && dates_close(v.date, date, doc.anchor))
            .and_then(|v| v.dest.code);
    }
    // "a trip to the X region, visiting A and B": the region's stops are
    // the trip's places, the first replacing the region.
    if dest.level == Level::City
        && let Some(v) = recs.iter_mut().rev().take(8).find(|v| {
            v.span == span
                && v.visitors.first() == Some(first)
                && v.dest.level == Level::Place
                && v.dest.code == dest.code
                && names_region(&v.dest.name)
        })
    {
        v.dest = dest;
        v.date = date.or(v.date);
        v.kind = v.kind.or(kind);
        return;
    }
    // Trips are compared with the last few hundred only, to stay linear.
    let from = recs.len().saturating_sub(256);
    let same = (from..recs.len()).find(|&k| {
        let v = &recs[k];
        v.visitors.contains(first)
            && (v.dest.name.eq_ignore_ascii_case(&dest.name)
                || (v.dest.code.is_some()
                    && v.dest.code == dest.code
                    // A meeting under the dateline is the trip to a
                    // country named, not a stop in another city of it.
                    && (dest.level == Level::Country
                        || (dest.level == Level::Inferred
                            && matches!(v.dest.level, Level::Country | Level::Inferred))
                        || (v.dest.level == Level::Inferred && dest.level != Level::City)
                        || (v.dest.level == Level::Country && is_capital(&dest)))
                    && dates_close(v.date, date, doc.anchor)))
    });
    match same {
        Some(k) => {
            let v = &mut recs[k];
            // An inferred place made explicit, or a country made precise
            // by the city the visitor arrives in, is the trip's place.
            if (v.dest.level == Level::Inferred && dest.level != Level::Inferred)
                || (v.dest.level == Level::Country && is_capital(&dest))
            {
                v.dest = dest;
            }
            for x in visitors {
                if !v.visitors.contains(&x) {
                    v.visitors.push(x);
                }
            }
            v.kind = v.kind.or(kind);
            // A trip is dated by its start: the earlier of two dates told
            // of it ("held talks on Wednesday", "arrived on Tuesday").
            v.date = match (v.date, date) {
                (Some(a), Some(b)) if dates_close(Some(a), Some(b), None) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        None => recs.push(VRec {
            visitors,
            dest,
            kind,
            date,
            span,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Ctx;
    use crate::extract::actors::Lowered;
    use crate::extract::actors::tests::official;
    use crate::extract::people::Entities;
    use crate::scan::Scan;

    fn run(text: &str, entities: &Entities, dateline: Option<&str>) -> Vec<Visit> {
        let scan = Scan::new(text);
        let ctx = Ctx {
            scan: &scan,
            anchor: NaiveDate::from_ymd_opt(2024, 5, 20),
        };
        let lowered = Lowered::new(&scan);
        let doc = Doc::new(&ctx, entities, &lowered);
        let dl = dateline.and_then(geo::lookup).map(|p| Dest {
            name: p.name.to_string(),
            code: Some(p.alpha2),
            level: Level::Inferred,
            end: 0,
        });
        extract_doc(&doc, dl)
    }

    fn brief(v: &[Visit]) -> Vec<(Vec<String>, String, Option<String>)> {
        v.iter()
            .map(|x| {
                (
                    x.visitors.clone(),
                    x.destination.clone().unwrap_or_default(),
                    x.country.map(|c| c.to_string()),
                )
            })
            .collect()
    }

    fn people_of(text: &str) -> Entities {
        Entities {
            officials: vec![
                official(text, "Ivan Petrov", "President", None, "KZ", &["Petrov"]),
                official(text, "Ali Hasanov", "President", None, "AZ", &["Hasanov"]),
                official(
                    text,
                    "Omar Said",
                    "Minister of Trade",
                    None,
                    "EG",
                    &["Said"],
                ),
                official(
                    text,
                    "Aden Farah",
                    "Minister of Trade",
                    None,
                    "DJ",
                    &["Farah"],
                ),
            ],
            organizations: vec![],
        }
    }

    #[test]
    fn explicit_travel() {
        type Want = &'static [(&'static [&'static str], &'static str, &'static str)];
        let cases: &[(&str, Want)] = &[
            (
                "Kazakh President Ivan Petrov arrived in Baku for a working visit on May 20.",
                &[(&["Ivan Petrov"], "Baku", "AZ")],
            ),
            (
                "Petrov will visit Georgia, Armenia and Turkey next week.",
                &[
                    (&["Ivan Petrov"], "Georgia", "GE"),
                    (&["Ivan Petrov"], "Armenia", "AM"),
                    (&["Ivan Petrov"], "Turkey", "TR"),
                ],
            ),
            (
                "Ivan Petrov paid a visit to the Head Office of the Baku Grain Terminal.",
                &[(
                    &["Ivan Petrov"],
                    "Head Office of the Baku Grain Terminal",
                    "AZ",
                )],
            ),
            (
                "The signing took place during a visit to Azerbaijan by Kazakh President Ivan Petrov.",
                &[(&["Ivan Petrov"], "Azerbaijan", "AZ")],
            ),
            (
                "Ivan Petrov spoke. He fondly mentioned his visit to Baku in the spring of 2021.",
                &[(&["Ivan Petrov"], "Baku", "AZ")],
            ),
            // The person of the last sentence before that names one.
            (
                "Ivan Petrov spoke. Omar Said listened. The talks ended. \
                 He fondly mentioned his visit to Baku in the spring of 2021.",
                &[(&["Omar Said"], "Baku", "AZ")],
            ),
            (
                "Officials are getting ready for a state visit of the President of Kazakhstan to Azerbaijan.",
                &[(&["Ivan Petrov"], "Azerbaijan", "AZ")],
            ),
            (
                "In 2019 Ivan Petrov visited Tbilisi.",
                &[(&["Ivan Petrov"], "Tbilisi", "GE")],
            ),
            (
                "A delegation led by Ivan Petrov arrived in Tajikistan's capital Dushanbe.",
                &[(&["Ivan Petrov"], "Dushanbe", "TJ")],
            ),
            // "and then to": the next stop.
            (
                "Ivan Petrov will travel to Cairo and then to Athens.",
                &[
                    (&["Ivan Petrov"], "Cairo", "EG"),
                    (&["Ivan Petrov"], "Athens", "GR"),
                ],
            ),
            // A list of venues: one visit each.
            (
                "Ivan Petrov visited the Tbilisi Sea Port and the Poti Free Industrial Zone.",
                &[
                    (&["Ivan Petrov"], "Tbilisi Sea Port", "GE"),
                    (&["Ivan Petrov"], "Poti Free Industrial Zone", "GE"),
                ],
            ),
            // A country's own city after its possessive.
            (
                "Ivan Petrov will travel to Azerbaijan's Nakhchivan exclave on Monday.",
                &[(&["Ivan Petrov"], "Nakhchivan", "AZ")],
            ),
            (
                "Ivan Petrov arrived in Kazakhstan's Aktau.",
                &[(&["Ivan Petrov"], "Aktau", "KZ")],
            ),
        ];
        for (text, want) in cases {
            let got = run(text, &people_of(text), None);
            let want: Vec<_> = want
                .iter()
                .map(|(v, d, c)| {
                    (
                        v.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                        d.to_string(),
                        Some(c.to_string()),
                    )
                })
                .collect();
            assert_eq!(brief(&got), want, "{text}");
        }
    }

    #[test]
    fn hosts_and_meetings() {
        let text =
            "President Ali Hasanov received a delegation led by Kazakh President Ivan Petrov.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [(
                vec!["Ivan Petrov".to_string()],
                "Azerbaijan".to_string(),
                Some("AZ".into())
            )]
        );
        let text = "Egypt's Minister of Trade Omar Said met Somalia's Minister of Commerce Aden Farah in Cairo on Monday.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [(
                vec!["Aden Farah".to_string()],
                "Cairo".to_string(),
                Some("EG".into())
            )]
        );
        // Under a dateline in the host's city.
        let text = "Ivan Petrov held talks with Ali Hasanov on Monday.";
        let got = run(text, &people_of(text), Some("Astana"));
        // Not by phone.
        let phone = "Ivan Petrov held a phone conversation with Ali Hasanov on Monday.";
        assert!(run(phone, &people_of(phone), Some("Astana")).is_empty());
        assert_eq!(
            brief(&got),
            [(
                vec!["Ali Hasanov".to_string()],
                "Astana".to_string(),
                Some("KZ".into())
            )]
        );
        // The speaker spoke at the meeting; an attribution after the
        // guest's name ("…, reported the ministry") is not the guest
        // speaking.
        for text in [
            "Ali Hasanov said at a May 19 meeting with a delegation led by Ivan Petrov, reported the ministry.",
            "Grain exports will grow, Ali Hasanov said during talks with Ivan Petrov, Trend reports.",
        ] {
            let got = run(text, &people_of(text), Some("Baku"));
            assert_eq!(
                brief(&got),
                [(
                    vec!["Ivan Petrov".to_string()],
                    "Baku".to_string(),
                    Some("AZ".into())
                )],
                "{text}"
            );
        }
        // A later stop in another city of the host's country is a visit of
        // its own, not the place of the meeting under the dateline.
        let text = "Ali Hasanov received a delegation led by Ivan Petrov. Petrov will \
                    travel to Ganja on May 22.";
        let got = run(text, &people_of(text), Some("Baku"));
        let petrov = || vec!["Ivan Petrov".to_string()];
        assert_eq!(
            brief(&got),
            [
                (petrov(), "Baku".to_string(), Some("AZ".into())),
                (petrov(), "Ganja".to_string(), Some("AZ".into())),
            ]
        );
        // "The delegation visited …": its leader, named before, visits.
        let text = "Ali Hasanov received a delegation led by Ivan Petrov in Tbilisi. The \
                    Kazakh delegation also visited the Poti Free Industrial Zone.";
        let got = run(text, &people_of(text), None);
        assert!(
            brief(&got).contains(&(
                petrov(),
                "Poti Free Industrial Zone".to_string(),
                Some("GE".into())
            )),
            "{got:?}"
        );
        // A delegation with no leader named before is nobody's trip.
        let text = "The Kazakh delegation visited the Poti Free Industrial Zone.";
        assert!(run(text, &people_of(text), None).is_empty());
        // Someone who only reports a meeting is not at it.
        let text = "Ivan Petrov met the press, Ali Hasanov said.";
        assert!(run(text, &people_of(text), Some("Baku")).is_empty());
        // Not when the text sends the host abroad for it.
        let text = "Ivan Petrov held talks with Ali Hasanov on Monday. Hasanov welcomed the official visit of Petrov to Azerbaijan.";
        let got = run(text, &people_of(text), Some("Astana"));
        assert_eq!(
            brief(&got),
            [(
                vec!["Ivan Petrov".to_string()],
                "Azerbaijan".to_string(),
                Some("AZ".into())
            )]
        );
    }

    #[test]
    fn companions_travel_every_stop_of_a_tour() {
        let text = "Ivan Petrov will pay official visits to Abu Dhabi, Doha and Muscat on \
                    November 24-28. Petrov will be accompanied by Minister of Foreign Affairs \
                    Omar Said and Minister of Energy Ali Hasanov.";
        let got = run(text, &people_of(text), None);
        let stops: Vec<&str> = got
            .iter()
            .filter_map(|v| v.destination.as_deref())
            .collect();
        assert_eq!(stops, ["Abu Dhabi", "Doha", "Muscat"]);
        // The portfolio "Foreign Affairs" is no companion.
        for v in &got {
            assert_eq!(v.visitors, ["Ivan Petrov", "Omar Said", "Ali Hasanov"]);
        }
    }

    #[test]
    fn a_known_place_keeps_its_own_country() {
        // "Abu Dhabi" glued to a digit is no place match, and the list's
        // next stop would lend it its country.
        let text = "Ivan Petrov will pay official visits to Abu Dhabi9, Doha and Muscat on \
                    November 24-28.";
        let got = run(text, &people_of(text), None);
        for v in &got {
            if let (Some(d), Some(c)) = (v.destination.as_deref(), v.country)
                && let Some(p) = geo::lookup(d)
            {
                assert_eq!(p.alpha2, c.as_str(), "{d}");
            }
        }
        assert!(
            got.iter()
                .any(|v| v.destination.as_deref() == Some("Abu Dhabi"))
        );
        // A name broken over a line is looked up as it is given, on one
        // line ("Republic of China" is TW, not the CN of "China").
        let (d, c) = destination_and_country("Republic of\nChina".into(), Some("CN"));
        assert_eq!(d.as_deref(), Some("Republic of China"));
        assert_eq!(c.map(|c| c.to_string()).as_deref(), Some("TW"));
        let (d, c) = destination_and_country("Khizi wind farm".into(), Some("AZ"));
        assert_eq!(d.as_deref(), Some("Khizi wind farm"));
        assert_eq!(c.map(|c| c.to_string()).as_deref(), Some("AZ"));
    }

    #[test]
    fn merging_and_companions() {
        // The capital of a country already visited is the same trip, and
        // names its place.
        let text = "Ivan Petrov began a two-day visit to Azerbaijan on Monday. Petrov arrived in Baku. \
                    Petrov was accompanied by Ali Hasanov and Mira Lund.";
        let got = run(text, &people_of(text), None);
        assert_eq!(got.len(), 1, "{:?}", brief(&got));
        assert_eq!(got[0].destination.as_deref(), Some("Baku"));
        assert_eq!(got[0].visitors, ["Ivan Petrov", "Ali Hasanov", "Mira Lund"]);
        // Another city of that country is a stop of its own.
        let text = "Ivan Petrov is on a visit to Azerbaijan. The Kazakh President will also visit Ganja on Friday.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [
                (
                    vec!["Ivan Petrov".to_string()],
                    "Azerbaijan".to_string(),
                    Some("AZ".into())
                ),
                (
                    vec!["Ivan Petrov".to_string()],
                    "Ganja".to_string(),
                    Some("AZ".into())
                ),
            ]
        );
        // A passive host with the place between ("was received at the
        // airport by"), and companions of the one on the trip, not of the
        // host named in a relative clause.
        let text = "Ivan Petrov is on a state visit to Azerbaijan. Petrov, who was received at the \
                    airport by Ali Hasanov, is accompanied by Omar Said and Mira Lund.";
        let got = run(text, &people_of(text), None);
        assert_eq!(got.len(), 1, "{:?}", brief(&got));
        assert_eq!(got[0].destination.as_deref(), Some("Azerbaijan"));
        assert_eq!(got[0].visitors, ["Ivan Petrov", "Omar Said", "Mira Lund"]);
        // A region or a venue is a stop of its own; the country, named
        // after a city, joins the city.
        let text = "Ivan Petrov arrived in Baku. He later visited the Karabakh region. \
                    Petrov's visit to Azerbaijan ends on Friday.";
        let got = run(text, &people_of(text), None);
        let dests: Vec<_> = got
            .iter()
            .filter_map(|v| v.destination.as_deref())
            .collect();
        assert_eq!(dests, ["Baku", "Karabakh region"]);
        // A region's stops named in the same sentence are the trip's
        // places, the region itself no stop.
        let text = "Ivan Petrov made a working trip to the Guangdong Province of China, visiting \
                    Shenzhen on May 3 and Guangzhou on May 4.";
        let got = run(text, &people_of(text), None);
        let dests: Vec<_> = got
            .iter()
            .filter_map(|v| v.destination.as_deref())
            .collect();
        assert_eq!(dests, ["Shenzhen", "Guangzhou"]);
        assert_eq!(got[0].kind, Some(VisitKind::Working));
        // A trip months apart is another visit.
        let text = "Ivan Petrov arrived in Baku. Petrov visited Azerbaijan in October 2023.";
        let got = run(text, &people_of(text), None);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn negatives() {
        let cases = [
            "Ivan Petrov invited Ali Hasanov to visit Astana.",
            // The invitee's title and name between the invitation and the
            // trip; no one visits their own country.
            "President Ali Hasanov invited Kazakh President Ivan Petrov to pay a state visit to Azerbaijan.",
            "Ali Hasanov extended an invitation to Kazakh President Ivan Petrov to visit Astana soon.",
            "Ivan Petrov intends to visit neighbouring countries.",
            "Trade between Kazakhstan and Azerbaijan grew.",
            "Ivan Petrov met Ali Hasanov.",
        ];
        for text in cases {
            let got = run(text, &people_of(text), None);
            assert!(got.is_empty(), "{text}: {:?}", brief(&got));
        }
        // A trip made at an invitation, and an accepted invitation, are
        // visits of the invitee.
        for text in [
            "At the invitation of Ali Hasanov, Ivan Petrov paid an official visit to Azerbaijan.",
            "Ivan Petrov accepted an invitation from Azerbaijani President Ali Hasanov to visit Baku.",
            "Ivan Petrov first visited Azerbaijan in 2019.",
        ] {
            let got = run(text, &people_of(text), None);
            assert_eq!(brief(&got).len(), 1, "{text}: {:?}", brief(&got));
            assert_eq!(got[0].visitors, ["Ivan Petrov"], "{text}");
            assert_eq!(got[0].country.map(|c| c.to_string()).as_deref(), Some("AZ"));
        }
        // "visited the region": a trip to a place not named there.
        let text = "Ivan Petrov has also visited the region, officials said.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [(
                vec!["Ivan Petrov".to_string()],
                "the region".to_string(),
                None
            )]
        );
        let text = "Ivan Petrov visited the region's ports.";
        assert!(run(text, &people_of(text), None).is_empty());
        // A planned trip of a title-only visitor.
        let text = "Ivan Petrov is in Cairo. The Kazakh leader is also set to visit the port of Alexandria.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [
                (
                    vec!["Ivan Petrov".to_string()],
                    "Cairo".to_string(),
                    Some("EG".into())
                ),
                (
                    vec!["Ivan Petrov".to_string()],
                    "Alexandria".to_string(),
                    Some("EG".into())
                ),
            ]
        );
        // An accepted invitation is a visit.
        let text = "Petrov thanked Hasanov for accepting the invitation to visit Bishkek.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [(
                vec!["Ali Hasanov".to_string()],
                "Bishkek".to_string(),
                Some("KG".into())
            )]
        );
    }

    #[test]
    fn the_object_of_a_meeting_is_no_visitor() {
        let want = |d: &str, c: &str| {
            vec![(
                vec!["Ivan Petrov".to_string()],
                d.to_string(),
                Some(c.into()),
            )]
        };
        // The subject of "met with B and visited C" visits C.
        let text = "Petrov also met with Azerbaijani President Ali Hasanov and visited the \
                    port of Alat.";
        let got = run(text, &people_of(text), None);
        assert_eq!(brief(&got), want("Alat", "AZ"));
        // Coordinated visitors still visit together.
        let text = "Ivan Petrov and Ali Hasanov visited Tbilisi.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [(
                vec!["Ivan Petrov".to_string(), "Ali Hasanov".to_string()],
                "Tbilisi".to_string(),
                Some("GE".into())
            )]
        );
    }

    #[test]
    fn more_travel_patterns() {
        type Want = &'static [(&'static [&'static str], &'static str, &'static str)];
        let cases: &[(&str, Want)] = &[
            // Landing and departing.
            (
                "Ivan Petrov landed in Cairo on Sunday for a two-day working visit.",
                &[(&["Ivan Petrov"], "Cairo", "EG")],
            ),
            (
                "Ivan Petrov departed for Athens on Sunday.",
                &[(&["Ivan Petrov"], "Athens", "GR")],
            ),
            // A tour: one visit per stop.
            (
                "Ivan Petrov left for a three-nation tour of France, Greece and Egypt on Tuesday.",
                &[
                    (&["Ivan Petrov"], "France", "FR"),
                    (&["Ivan Petrov"], "Greece", "GR"),
                    (&["Ivan Petrov"], "Egypt", "EG"),
                ],
            ),
            (
                "Petrov went to Brazil in July. Brazil was the opening leg of a tour that then took him to Chile and Peru.",
                &[
                    (&["Ivan Petrov"], "Brazil", "BR"),
                    (&["Ivan Petrov"], "Chile", "CL"),
                    (&["Ivan Petrov"], "Peru", "PE"),
                ],
            ),
            // "was in" a foreign place, twice.
            (
                "The Kazakh President was in Vienna on March 3-5, and in Baku on April 12.",
                &[
                    (&["Ivan Petrov"], "Vienna", "AT"),
                    (&["Ivan Petrov"], "Baku", "AZ"),
                ],
            ),
            // "P expects the visit of X".
            (
                "Georgia expects the visit of Ivan Petrov in the autumn.",
                &[(&["Ivan Petrov"], "Georgia", "GE")],
            ),
            // Passive host: the visitor is the subject.
            (
                "Ivan Petrov will be formally welcomed by President Ali Hasanov in Baku.",
                &[(&["Ivan Petrov"], "Baku", "AZ")],
            ),
            // A host and "his counterpart" with a country.
            (
                "Ali Hasanov hosted his Kazakh counterpart in the capital of Baku on Monday.",
                &[(&["Ivan Petrov"], "Baku", "AZ")],
            ),
            // "the southern city of".
            (
                "Ivan Petrov visited the southern city of Ganja.",
                &[(&["Ivan Petrov"], "Ganja", "AZ")],
            ),
            // A pronoun in an opening phrase refers forward.
            (
                "Ali Hasanov spoke first. During his visit to Tbilisi, Kazakh President Ivan Petrov met the press.",
                &[(&["Ivan Petrov"], "Tbilisi", "GE")],
            ),
            (
                "Ivan Petrov is expected in Tbilisi next week.",
                &[(&["Ivan Petrov"], "Tbilisi", "GE")],
            ),
            // A list ends with its "and"; a place starting a name is a venue.
            (
                "Ivan Petrov visited Georgia and Armenia, Baku Steel Company said.",
                &[
                    (&["Ivan Petrov"], "Georgia", "GE"),
                    (&["Ivan Petrov"], "Armenia", "AM"),
                ],
            ),
            (
                "Ivan Petrov toured Baku Shipyard on Monday.",
                &[(&["Ivan Petrov"], "Baku Shipyard", "AZ")],
            ),
            // A part of a named venue: the venue, named with the part; a
            // place after "in" says where it is, and is no stop of its own.
            (
                "Ivan Petrov visited the construction site of the Lake Road bridge in Ganja.",
                &[(
                    &["Ivan Petrov"],
                    "construction site of the Lake Road bridge",
                    "AZ",
                )],
            ),
            (
                "Ivan Petrov will tour the headquarters of the Green Steppe Fund in Baku.",
                &[(
                    &["Ivan Petrov"],
                    "headquarters of the Green Steppe Fund",
                    "AZ",
                )],
            ),
            // A venue ending in a lower-case kind of site.
            (
                "Ivan Petrov toured the Blue Hills wind farm near Baku.",
                &[(&["Ivan Petrov"], "Blue Hills wind farm", "AZ")],
            ),
            // "of" naming the travellers of a tour.
            (
                "The deal was signed during a tour of a delegation led by Ivan Petrov to Cairo and Alexandria.",
                &[
                    (&["Ivan Petrov"], "Cairo", "EG"),
                    (&["Ivan Petrov"], "Alexandria", "EG"),
                ],
            ),
            // A name in apposition to the title.
            (
                "The fund was agreed during the state visit of the Kazakh President, Ivan Petrov, to Cairo in 1998.",
                &[(&["Ivan Petrov"], "Cairo", "EG")],
            ),
            // A relative "where" or "who is in".
            (
                "Ivan Petrov spoke to the press in Cairo, where he is on a three-day visit.",
                &[(&["Ivan Petrov"], "Cairo", "EG")],
            ),
            (
                "Ivan Petrov, who is in Cairo on a working visit, met students.",
                &[(&["Ivan Petrov"], "Cairo", "EG")],
            ),
            // The trip the text is about, when no one is named with it.
            (
                "Ivan Petrov led a delegation to Georgia. During the recent trip to Georgia and Armenia, two deals were signed.",
                &[
                    (&["Ivan Petrov"], "Georgia", "GE"),
                    (&["Ivan Petrov"], "Armenia", "AM"),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = run(text, &people_of(text), None);
            let want: Vec<_> = want
                .iter()
                .map(|(v, d, c)| {
                    (
                        v.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                        d.to_string(),
                        Some(c.to_string()),
                    )
                })
                .collect();
            assert_eq!(brief(&got), want, "{text}");
        }
    }

    #[test]
    fn delegation_attends_abroad() {
        let text = "Kazakh Railways opened an office in Baku. A delegation led by Ivan Petrov attended the ceremony.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [(
                vec!["Ivan Petrov".to_string()],
                "Baku".to_string(),
                Some("AZ".into())
            )]
        );
        // A signing in the presence of a delegation: it is where the
        // signing is.
        let text = "The deal was signed in Baku in the presence of President Ali Hasanov and a \
                    Kazakh delegation led by Ivan Petrov.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            brief(&got),
            [(
                vec!["Ivan Petrov".to_string()],
                "Baku".to_string(),
                Some("AZ".into())
            )]
        );
        // Not when the delegation is received at home.
        let text = "Ali Hasanov held a meeting with delegations, headed by Ivan Petrov, in Astana.";
        let got = run(text, &people_of(text), None);
        assert!(got.iter().all(|v| v.destination.as_deref() != Some("Baku")));
    }

    #[test]
    fn dates_and_kinds() {
        let text =
            "Kazakh President Ivan Petrov will pay a state visit to Azerbaijan on May 27-28.";
        let got = run(text, &people_of(text), None);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].kind, Some(VisitKind::State));
        // A planned visit keeps its date after the article's.
        assert_eq!(got[0].date, NaiveDate::from_ymd_opt(2024, 5, 27));
        assert_eq!(&text[got[0].span.range()], text);
        // A past visit is never dated after the article.
        let text = "Ivan Petrov arrived in Baku on June 30.";
        let got = run(text, &people_of(text), None);
        assert_eq!(got.len(), 1);
        assert!(
            got[0]
                .date
                .is_some_and(|d| d <= NaiveDate::from_ymd_opt(2024, 5, 20).unwrap_or(d))
        );
        // One trip told twice is dated by its start; two trips to one city
        // a year apart keep the first one's date.
        let text = "Ivan Petrov held talks in Baku on Friday. Petrov arrived in Baku on Thursday.";
        let got = run(text, &people_of(text), None);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].date, NaiveDate::from_ymd_opt(2024, 5, 16));
        let text = "Ivan Petrov visited Baku on May 10. Petrov visited Baku in May 2023.";
        let got = run(text, &people_of(text), None);
        assert_eq!(
            got.first().and_then(|v| v.date),
            NaiveDate::from_ymd_opt(2024, 5, 10)
        );
    }
}
