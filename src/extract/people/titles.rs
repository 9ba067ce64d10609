//! Title phrases and the names they bind to.
//!
//! A title phrase grows from a role word found by the lexicon ("minister"):
//! left over modifiers and portfolio words ("First Deputy", "Energy"), then
//! over a country ("Kazakh", "Kazakhstan's") or an organization ("PBC",
//! "Tata group"); right over complements ("of Energy", "of the Central
//! Bank of Azerbaijan", "to Moscow", "for Commercial Affairs"). The name
//! comes right after the phrase ("… Minister Rauf Mammadli"), after a
//! comma ("President of Tajikistan, Rustam Nazarov"), before it as an
//! apposition ("Lena Ostrova, CEO of …"), or after a second title the person
//! also holds ("Deputy Prime Minister – Minister of Economy …
//! Aram Sargsyan": the first stated role is the title).

use std::borrow::Cow;
use std::cell::OnceCell;

use super::doc::{Doc, RoleHit, has, nameable};
use super::names::{self, NameRun, for_words};
use super::orgs;
use crate::extract::few::Few;
use crate::lexicon::geo::PlaceKind;
use crate::lexicon::hash::FxSet;
use crate::lexicon::orgs::class as oc;
use crate::lexicon::titles::{RoleKind, class as tc};

/// A complement after the role: a preposition and the words it governs.
#[derive(Debug, Clone, Copy)]
struct Seg {
    /// Unit of the preposition.
    prep: usize,
    /// "the" follows the preposition.
    the: bool,
    /// First unit after the preposition (and "the").
    start: usize,
    /// One past the last unit.
    end: usize,
}

/// A title phrase with what it tells and the names bound to it.
#[derive(Debug, Clone)]
pub(super) struct Phrase<'a> {
    /// First unit of the whole phrase (determiner, country or organization
    /// before the role included).
    pub start: usize,
    /// One past the last unit of the phrase (complements included, names
    /// excluded).
    pub end: usize,
    /// The role word(s) with their modifiers.
    pub core: (usize, usize),
    /// The role's kind.
    pub kind: RoleKind,
    /// The title as the article states it, without country or
    /// organization: borrowed from the text where it is written so there
    /// (most titles), written out otherwise.
    pub title: Cow<'a, str>,
    /// Countries the phrase names (several for "Russian and Iranian
    /// Presidents"; mostly none or one, kept in place).
    pub countries: Few<&'static str, 1>,
    /// The phrase says "the country's" or "of the republic": the country
    /// mentioned last before it.
    pub prev_country: bool,
    /// The organization's units.
    pub org: Option<(usize, usize)>,
    /// Names bound to the phrase (mostly none or one, kept in place).
    pub names: Few<NameRun, 1>,
    /// Written in the plural.
    pub plural: bool,
    /// Starts with "the", "a", "his"…
    pub det: bool,
    /// The unit after the phrase where a second title may follow (", " or
    /// " – "), for chains of titles.
    pub chain_at: Option<usize>,
    /// Delegation country from "the Russian side … led by Title Name".
    pub led_country: Option<&'static str>,
    /// The organization is "the company's" or "the bank's": the one named
    /// last before; the unit of that generic noun.
    pub org_ref: Option<usize>,
}

/// What the whole document tells the phrase parser.
struct Context<'d> {
    /// The document.
    doc: &'d Doc<'d>,
    /// The document's names.
    runs: &'d [NameRun],
    /// Lower-case words of the names of two or more words in the article,
    /// gathered when first asked ([`Context::person_words`]).
    person_words: OnceCell<FxSet<&'d str>>,
}

impl<'d> Context<'d> {
    /// Lower-case words of the names of two or more words in the article.
    fn person_words(&self) -> &FxSet<&'d str> {
        self.person_words.get_or_init(|| {
            let doc = self.doc;
            self.runs
                .iter()
                .filter(|r| r.len() >= 2)
                .flat_map(|r| r.start..r.end)
                .map(|i| doc.low(i))
                .collect()
        })
    }
}

/// Finds every title phrase of the document, in text order; `runs` are
/// the document's names ([`names::all_names`]).
pub(super) fn phrases<'a>(doc: &Doc<'a>, runs: &[NameRun]) -> Vec<Phrase<'a>> {
    let ctx = Context {
        doc,
        runs,
        person_words: OnceCell::new(),
    };
    // At most one phrase per role: the list never grows.
    let mut out: Vec<Phrase<'a>> = Vec::with_capacity(doc.roles().len());
    // Working lists of the phrase parser, kept from one phrase to the next.
    let mut scratch = Scratch::default();
    // Room for any usual title at once, rather than growing over the
    // first phrases.
    scratch.title.reserve(64);
    let mut skip_until = 0;
    // Only the units a role starts on are read.
    let hits = doc.roles().iter().map(|h| (h.start, *h));
    for (i, hit) in hits {
        if i < skip_until {
            continue;
        }
        // "Deputy" or "Chief" right before another role or a portfolio
        // modifies it ("Deputy Foreign Minister").
        if has(&doc.units[i], tc::MODIFIER)
            && (doc.has_role(hit.end)
                || doc.cap(hit.end) && has(&doc.units[hit.end], tc::PORTFOLIO))
        {
            continue;
        }
        // A role inside an organization's name: "Cabinet of Ministers",
        // "Board of Governors".
        if i >= 2 && doc.is(i - 1, "of") && doc.units[i - 2].oclass & oc::HEAD != 0 {
            continue;
        }
        // "PM's Adviser": the first role is part of the second's title.
        let poss = doc.possessive(hit.end);
        if poss > 0 && doc.has_role(hit.end + poss) {
            continue;
        }
        // A role word inside a name already claimed ("… Foundation").
        if doc.blocked(i) && !doc.cap(i) {
            continue;
        }
        if let Some(p) = parse(doc, &ctx, hit, &mut scratch) {
            // Roles inside the complements ("assistant to the President of
            // …"), a royal style and names after the title are not new
            // titles.
            skip_until = p
                .names
                .last()
                .map_or(p.core.1, |r| r.end)
                .max(p.core.1)
                .max(p.end);
            out.push(p);
        }
    }
    out
}

/// One past the closing bracket when a role in brackets glosses the role
/// ending at unit `i` ("Akim (Governor)", "Hakim (Mayor)").
fn gloss_end(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let end = doc.after_brackets(i)?;
    let h = doc.role_at(i + 1)?;
    (h.end + 1 == end).then_some(end)
}

/// The working lists of [`parse`], made once per document rather than
/// once per phrase (most documents have a dozen phrases).
#[derive(Default)]
struct Scratch {
    /// The unit ranges the title is written from.
    parts: Vec<(usize, usize)>,
    /// The complements after the role.
    segs: Vec<Seg>,
    /// The title being written ([`title_text`]).
    title: String,
    /// The countries of a complement ([`geo_list`]).
    places: Vec<&'static str>,
}

/// Parses the title phrase around one role hit, with `scratch` as working
/// space.
fn parse<'a>(
    doc: &Doc<'a>,
    ctx: &Context<'_>,
    hit: RoleHit,
    scratch: &mut Scratch,
) -> Option<Phrase<'a>> {
    let Scratch {
        parts: title_parts,
        segs,
        title,
        places,
    } = scratch;
    title_parts.clear();
    let kind = hit.role.kind;
    let mut core_e = hit.end;
    let mut paired: Option<RoleHit> = None;
    // "chairman and CEO": one combined title.
    if matches!(doc.low(core_e), "and" | "&")
        && let Some(h2) = doc.role_at(core_e + 1)
    {
        if hit.role.pairs && h2.role.pairs && !hit.plural && !h2.plural {
            core_e = h2.end;
        } else {
            paired = Some(h2);
        }
    }
    let t0 = extend_left(doc, hit.start, kind);
    let mut p = Phrase {
        start: t0,
        end: core_e,
        core: (t0, core_e),
        kind,
        title: Cow::Borrowed(""),
        countries: Few::new(),
        prev_country: false,
        org: None,
        names: Few::new(),
        plural: hit.plural,
        det: false,
        chain_at: None,
        led_country: None,
        org_ref: None,
    };
    left_context(doc, ctx, &mut p, title_parts);
    title_parts.push((t0, core_e));

    // Complements, after a gloss of the role in brackets ("Akim (Governor)
    // of Mangystau Region").
    let seg_from = gloss_end(doc, core_e).unwrap_or(core_e);
    segments(doc, seg_from, kind, segs);
    // "A B, Deputy Minister and Chief Executive of X": the first role
    // takes the second's complements when the name stands before both.
    // Without that name, the two titles chain to a name after the second.
    let mut borrowed = false;
    // A minister's portfolio is the second title's own ("Deputy Prime
    // Minister and Minister of Finance": no body "Finance").
    if segs.is_empty()
        && let Some(h2) = paired
        && h2.role.kind != RoleKind::Portfolio
        && apposition(doc, p.start).is_some()
    {
        let start2 = extend_left(doc, h2.start, h2.role.kind);
        if start2 == core_e + 1 {
            segments(doc, h2.end, kind, segs);
            borrowed = !segs.is_empty();
        }
    }
    let mut after = segs.last().map_or(seg_from, |s| s.end);
    // "Saudi Energy Minister Prince Abdulaziz …": a royal style before the
    // name is no second title.
    if segs.is_empty()
        && let Some(h) = doc.role_at(after)
        && h.role.kind == RoleKind::Royal
        && h.role.phrase == "prince"
        && names::name_at(doc, h.end, 1).is_some()
    {
        after = h.end;
    }

    // A name at the end of the last complement.
    let continues_org = segs.len() >= 2
        && segs.get(segs.len() - 2).is_some_and(|prev| {
            prev.the || (prev.start..prev.end).any(|i| doc.units[i].oclass & oc::HEAD != 0)
        });
    if let Some(last) = segs.last_mut()
        && let Some(run) = names::name_before(doc, last.end, 2)
        && !borrowed
        && run.outer >= last.start
    {
        let run = if run.start == last.start {
            split_whole(last, run, continues_org)
        } else if run.len() >= 3
            && run
                .outer
                .checked_sub(1)
                .and_then(|b| doc.units.get(b))
                .is_some_and(|u| {
                    u.acronym
                        || u.oclass & oc::LEGAL != 0
                        || matches!(doc.low(run.outer - 1), "and" | "&" | "of" | "for")
                        || continues_org && has(u, tc::PORTFOLIO)
                })
        {
            // "of JSC NC SteppeOil Marat Zhunusov": after a legal form
            // comes the company's name, then the person's; "… Urban Planning
            // and Architecture Anar Guliyev": after "and", the list's word.
            Some(NameRun {
                outer: run.start + 1,
                start: run.start + 1,
                end: run.end,
            })
        } else {
            Some(run)
        };
        if let Some(run) = run {
            last.end = run.outer;
            p.names.push(run);
        }
    }
    segs.retain(|s| s.end > s.start);
    classify(doc, segs, &mut p, title_parts, places);
    if let Some(last) = segs.last() {
        p.end = last.end;
    }
    if borrowed {
        p.end = core_e;
    }

    // A name right after the phrase.
    if p.names.is_empty() && !borrowed {
        let min = if segs.is_empty() { 1 } else { 2 };
        if doc.same_sentence(after.saturating_sub(1), after)
            && let Some(run) = names::name_at(doc, after, min)
        {
            after = run.end;
            p.names.push(run);
        }
    }
    // "Title, Name" and plural lists.
    if p.names.is_empty() && doc.s(after) == "," && doc.same_sentence(after, after + 1) {
        if let Some(run) = names::name_at(doc, after + 1, 2)
            && name_ends_clause(doc, run.end)
        {
            after = run.end;
            p.names.push(run);
        }
    } else if p.names.is_empty() && is_dash(doc, after) {
        p.chain_at = Some(after + 1);
    }
    // "Deputy Prime Minister and Minister of Trade A B": one person's two
    // titles, and the first stated is the title ("the Peruvian president
    // and Prime Minister A B" are two people: a determiner refers to one
    // already known).
    if p.names.is_empty()
        && p.chain_at.is_none()
        && !p.plural
        && !p.det
        && !borrowed
        && doc.is(after, "and")
        && title_starts_at(doc, after + 1).is_some_and(|h| !h.plural)
    {
        p.chain_at = Some(after + 1);
    }
    if p.plural && !p.names.is_empty() {
        more_names(doc, &mut p, &mut after);
    }
    if p.names.is_empty() && p.chain_at.is_none() && doc.s(after) == "," {
        p.chain_at = Some(after + 1);
    }
    // "Name, Title": an apposition before the phrase.
    if p.names.is_empty()
        && !p.plural
        && let Some(run) = apposition(doc, p.start)
    {
        p.names.push(run);
    }
    // "President Yerlan Abenov of Kazakhstan".
    if p.countries.is_empty()
        && p.names.len() == 1
        && doc.is(after, "of")
        && let Some(g) = doc.geo_at(after + 1)
        && g.kind == PlaceKind::Country
    {
        p.countries.push(g.alpha2);
    }
    // "…, Deputy Minister of the Ports Organisation, Iran, led …".
    if p.countries.is_empty()
        && doc.s(p.end) == ","
        && let Some(g) = doc.geo_at(p.end + 1)
        && g.kind == PlaceKind::Country
        && matches!(doc.s(g.end), "," | ".")
    {
        p.countries.push(g.alpha2);
    }
    p.led_country = led_by_country(doc, p.start);
    p.title = title_text(doc, title_parts, p.plural, title);
    Some(p)
}

/// Extends a role to the left over modifiers ("First Deputy"), portfolio
/// words before a minister ("Industry and Infrastructure Development
/// Minister") and a possessive role ("PM's Adviser").
fn extend_left(doc: &Doc<'_>, start: usize, kind: RoleKind) -> usize {
    let mut t0 = start;
    let portfolio = matches!(kind, RoleKind::Portfolio);
    while t0 > 0 && doc.same_sentence(t0 - 1, start) && start - t0 < 10 {
        let pi = t0 - 1;
        let u = &doc.units[pi];
        if u.word && has(u, tc::MODIFIER) && !has(u, tc::FUNCTION) {
            t0 = pi;
            continue;
        }
        if portfolio && u.word && has(u, tc::PORTFOLIO) && (u.cap || !doc.cap(start)) {
            t0 = pi;
            continue;
        }
        if portfolio
            && matches!(doc.low(pi), "and" | "&")
            && t0 < start
            && pi > 0
            && has(&doc.units[pi - 1], tc::PORTFOLIO)
        {
            t0 = pi;
            continue;
        }
        // "Trade, Investments and Industry Cabinet Secretary": a list of
        // portfolios, capitalized.
        if portfolio
            && doc.low(pi) == ","
            && t0 < start
            && doc.cap(t0)
            && has(&doc.units[t0], tc::PORTFOLIO)
            && pi > 0
            && doc.cap(pi - 1)
            && has(&doc.units[pi - 1], tc::PORTFOLIO)
        {
            t0 = pi;
            continue;
        }
        // "Federal Minister …": the level of government stays in the title.
        if portfolio && u.word && u.cap && has(u, tc::LEVEL) {
            t0 = pi;
            continue;
        }
        // The level of a company role: "…, Group Chairman and CEO of …",
        // "DP World group chairman", where "group" ends no company's name
        // ("Eurasian Resources Group CEO A B", "the Tata group chairman");
        // "ADB Country Director" (no body's name ends in "Country").
        let level = match doc.low(pi) {
            "group" => {
                !doc.blocked(pi)
                    && (!u.cap || pi == 0 || !doc.cap(pi - 1) || !doc.same_sentence(pi - 1, pi))
            }
            "country" => u.cap,
            _ => false,
        };
        if kind == RoleKind::Corporate && t0 == start && level {
            t0 = pi;
            continue;
        }
        // "PM's Adviser".
        let poss = possessive_ending_at(doc, t0);
        if poss > 0
            && let Some(h) = role_ending_at(doc, t0 - poss)
        {
            t0 = h.start;
            continue;
        }
        break;
    }
    t0
}

/// The role of a title that starts right at unit `i`, modifiers and
/// portfolio words included ("Minister …", "First Deputy Minister …",
/// "Trade Minister …").
fn title_starts_at(doc: &Doc<'_>, i: usize) -> Option<RoleHit> {
    (i..(i + 5).min(doc.len()))
        .filter_map(|k| doc.role_at(k))
        .next()
        .filter(|h| extend_left(doc, h.start, h.role.kind) == i)
}

/// Length of a possessive mark ending right before unit `end`, or 0.
fn possessive_ending_at(doc: &Doc<'_>, end: usize) -> usize {
    for len in [2usize, 1] {
        if end >= len && doc.possessive(end - len) == len {
            return len;
        }
    }
    0
}

/// The role hit ending right before unit `end`.
fn role_ending_at(doc: &Doc<'_>, end: usize) -> Option<RoleHit> {
    (end.saturating_sub(6)..end).find_map(|s| doc.role_at(s).filter(|h| h.end == end))
}

/// Reads what stands before the role: countries ("Russian and Iranian",
/// "Kazakhstan's", "the country's"), or an organization ("PBC", "Tata
/// group", "LG Corp."), and a determiner.
fn left_context(
    doc: &Doc<'_>,
    ctx: &Context<'_>,
    p: &mut Phrase<'_>,
    parts: &mut Vec<(usize, usize)>,
) {
    let mut l = p.start;
    if l == 0 || !doc.same_sentence(l - 1, l) || doc.units[l].line_before {
        return;
    }
    let poss = possessive_ending_at(doc, l);
    let g_end = l - poss;
    let geo = geo_ending(doc, g_end).filter(|g| doc.same_sentence(g.start, p.core.0));
    // "Bank of England Governor": the place ends a body's name.
    let body_of_geo = geo.and_then(|g| {
        let mut of = g.start.checked_sub(1)?;
        if doc.is(of, "the") {
            of = of.checked_sub(1)?;
        }
        if !doc.is(of, "of") {
            return None;
        }
        let q = org_prefix_start(doc, of);
        (q < of && (q..of).any(|i| doc.units[i].oclass & oc::HEAD != 0 && doc.cap(i)))
            .then_some((q, g))
    });
    if let Some((q, g)) = body_of_geo {
        p.org = Some((q, g_end));
        p.countries.push(g.alpha2);
        l = q;
    } else if let Some(g) = geo {
        let mut list: Few<&'static str, 1> = Few::new();
        list.push(g.alpha2);
        let mut s = g.start;
        if p.plural {
            while s >= 2 && matches!(doc.low(s - 1), "and" | ",") {
                match geo_ending(doc, s - 1) {
                    Some(g2) => {
                        list.push(g2.alpha2);
                        s = g2.start;
                    }
                    None => break,
                }
            }
        }
        list.reverse();
        p.countries = list;
        // "Sindh CM": a region is also the body the role heads.
        if p.kind == RoleKind::Regional && g.kind == PlaceKind::Region {
            p.org = Some((g.start, g.end));
        }
        l = s;
    } else if poss > 0
        && g_end >= 2
        && matches!(
            doc.low(g_end - 1),
            "country" | "republic" | "nation" | "kingdom"
        )
        && doc.is(g_end - 2, "the")
    {
        p.prev_country = true;
        l = g_end - 2;
    } else if poss > 0
        && g_end >= 2
        && doc.units[g_end - 1].word
        && !doc.cap(g_end - 1)
        && doc.units[g_end - 1].oclass & (oc::HEAD | oc::LOWER_HEAD) != 0
        && doc.is(g_end - 2, "the")
    {
        // "the company's CEO": the body named last before.
        p.org_ref = Some(g_end - 1);
        l = g_end - 2;
    } else if poss == 0 || org_prefix_start(doc, g_end) < g_end {
        // "PBC Governor", and with a possessive "Kalyon Holding's CEO".
        let e = g_end;
        let q = org_prefix_start(doc, e);
        // A name-like prefix needs a head, an acronym or a name word:
        // "the Islamic Republic's ambassador" names no body.
        // A possessor that is part of a person's name elsewhere
        // ("Erdogan's spokesman") is a person, not a body.
        let person = poss > 0 && (q..e).all(|i| ctx.person_words().contains(doc.low(i)));
        let named = !person
            && (q..e).any(|i| {
                let u = &doc.units[i];
                u.acronym
                    || u.oclass & oc::HEAD != 0
                    || nameable(doc, i)
                    || doc.in_geo(i)
                    || doc.blocked(i)
            });
        if person && q < e {
            l = q;
        }
        if q < e && named && names::name_at(doc, q, 2).is_none_or(|r| r.end < e) {
            if p.kind == RoleKind::Mayor && poss == 0 {
                parts.push((q, e));
                if let Some(c) = orgs::country_in(doc, q, e) {
                    p.countries.push(c);
                }
            } else {
                p.org = Some((q, e));
                if let Some(c) =
                    orgs::country_in(doc, q, e).or_else(|| orgs::country_before(doc, q))
                {
                    p.countries.push(c);
                }
            }
            l = q;
            // "Korea's Kakao Mobility CEO".
            let poss2 = possessive_ending_at(doc, l);
            if poss2 > 0
                && let Some(g) = geo_ending(doc, l - poss2)
            {
                l = g.start;
            }
        }
    }
    if l > 0
        && matches!(
            doc.low(l - 1),
            "the" | "a" | "an" | "his" | "her" | "its" | "their"
        )
        && doc.same_sentence(l - 1, p.core.0)
    {
        p.det = true;
        l -= 1;
    }
    p.start = l;
}

/// The place ending right before unit `end`, if it is a country-bearing
/// kind of place.
fn geo_ending(doc: &Doc<'_>, end: usize) -> Option<super::doc::GeoHit> {
    (end.saturating_sub(6)..end).find_map(|s| doc.geo_at(s).filter(|g| g.end == end))
}

/// Start of a capitalized organization name right before unit `l`
/// ("Hyundai Motor Group", "LG Corp.", "Tata group"), or `l`.
fn org_prefix_start(doc: &Doc<'_>, l: usize) -> usize {
    let mut q = l;
    while q > 0 && l - q < 8 && doc.same_sentence(q - 1, l.saturating_sub(1)) {
        let pi = q - 1;
        let u = &doc.units[pi];
        let capword =
            u.word && (u.cap || u.acronym) && !has(u, tc::FUNCTION | tc::MODIFIER | tc::HONORIFIC);
        let legal_dot = doc.low(pi) == "."
            && !u.space_before
            && pi > 0
            && doc.units[pi - 1].oclass & oc::LEGAL != 0;
        let lower_org = u.word
            && !u.cap
            && u.oclass & (oc::HEAD | oc::MODIFIER) != 0
            && pi > 0
            && doc.cap(pi - 1);
        let amp = doc.low(pi) == "&" && pi > 0 && doc.cap(pi - 1);
        if capword && !doc.has_role(pi) || legal_dot || lower_org || amp {
            q = pi;
        } else {
            break;
        }
    }
    // A phrase cannot start on "&" or a lower-case word.
    while q < l && !doc.cap(q) && !doc.units[q].acronym {
        q += 1;
    }
    q
}

/// Parses the complements after the role, starting at unit `at`, into
/// `out` (emptied first).
fn segments(doc: &Doc<'_>, at: usize, kind: RoleKind, out: &mut Vec<Seg>) {
    out.clear();
    let mut p = at;
    while out.len() < 8 && p < doc.len() && doc.same_sentence(at.saturating_sub(1), p) {
        let prep = doc.low(p);
        let ok = match prep {
            "of" | "for" | "at" | "under" | "on" => true,
            "to" => matches!(kind, RoleKind::Diplomat | RoleKind::Portfolio),
            "in" => true,
            _ => false,
        };
        if !ok {
            break;
        }
        let mut q = p + 1;
        let the = doc.is(q, "the");
        if the {
            q += 1;
        }
        let e = seg_end(doc, q, the);
        if e <= q {
            break;
        }
        // A place ("at the International Airport …") is where, not whose.
        if matches!(prep, "at" | "in" | "on")
            && (q..e).any(|i| doc.cap(i) && doc.units[i].oclass & oc::PLACE != 0)
            && !(q..e).any(|i| doc.units[i].oclass & oc::HEAD != 0)
        {
            break;
        }
        let seg = Seg {
            prep: p,
            the,
            start: q,
            end: e,
        };
        out.push(seg);
        // A name ends the complements ("of Energy Rauf Guliyev of
        // Azerbaijan": what follows the name is about the person).
        if names::name_before(doc, e, 2).is_some_and(|r| r.outer > q) {
            break;
        }
        p = e;
    }
}

/// The end of one complement starting at unit `q`: capitalized words,
/// places (taken whole: "Republic of Turkey"), "and" between non-name
/// words, portfolio lists, a parenthesized short form, lower-case
/// organization words, "the Azerbaijani people".
fn seg_end(doc: &Doc<'_>, q: usize, the: bool) -> usize {
    let n = doc.len();
    let mut k = q;
    while k < n && k < q + 14 && doc.same_sentence(q, k) {
        let u = &doc.units[k];
        if let Some(g) = doc.geo_at(k) {
            k = g.end;
            let poss = doc.possessive(k);
            if poss > 0 && doc.cap(k + poss) {
                k += poss;
            }
            continue;
        }
        // An honorific starts the name after the complement ("… of Ports
        // Dr. Arvind Rao", "… for Foreign Trade Sheikh Hamdan …").
        if k > q && names::honorific_len(doc, k) > 0 {
            break;
        }
        if u.word && (u.cap && !has(u, tc::FUNCTION) || u.acronym) {
            k += 1;
            continue;
        }
        // "the People's Government of …": a possessive inside a name.
        let poss = doc.possessive(k);
        if poss > 0 && k > q && doc.cap(k - 1) && doc.cap(k + poss) {
            k += poss;
            continue;
        }
        if u.word
            && !u.cap
            && u.oclass & (oc::HEAD | oc::MODIFIER | oc::ADMIN) != 0
            && (k > q || the)
        {
            k += 1;
            continue;
        }
        if k == q && the && matches!(doc.low(k), "country" | "republic" | "kingdom") {
            k += 1;
            continue;
        }
        if matches!(doc.low(k), "people" | "nation") && k > q && doc.has_geo(k - 1) {
            k += 1;
            continue;
        }
        if matches!(doc.low(k), "and" | "&")
            && k > q
            && title_starts_at(doc, k + 1).is_none()
            && !nameable(doc, k - 1)
            && doc
                .units
                .get(k + 1)
                .is_some_and(|x| x.word && x.cap && !has(x, tc::FUNCTION))
        {
            k += 1;
            continue;
        }
        if doc.low(k) == ","
            && k > q
            && has(&doc.units[k - 1], tc::PORTFOLIO)
            && doc
                .units
                .get(k + 1)
                .is_some_and(|x| x.cap && has(x, tc::PORTFOLIO))
        {
            k += 1;
            continue;
        }
        if doc.low(k) == "(" && k > q {
            let close = (k + 1..(k + 6).min(n)).find(|&j| doc.s(j) == ")");
            if let Some(c) = close
                && doc.units.get(k + 1).is_some_and(|x| x.acronym || x.cap)
            {
                k = c + 1;
                continue;
            }
            break;
        }
        if doc.low(k) == "." && !u.space_before && k > q && doc.units[k - 1].oclass & oc::LEGAL != 0
        {
            k += 1;
            continue;
        }
        break;
    }
    // Do not end on a connector.
    while k > q && matches!(doc.low(k - 1), "and" | "&" | ",") {
        k -= 1;
    }
    k
}

/// A complement made only of name-like words ("of the Halk Maslahaty
/// Dovlet Annayev", "… of the Institute for Trade Studies Mark
/// Ellison"): when three or more words long after "the" or inside an
/// organization's name, the last two words are the name and the rest the
/// organization.
fn split_whole(seg: &Seg, run: NameRun, continues_org: bool) -> Option<NameRun> {
    let len = seg.end - seg.start;
    if len >= 3 && (seg.the || continues_org) {
        let start = run.end - 2;
        Some(NameRun {
            outer: start,
            start,
            end: run.end,
        })
    } else {
        None
    }
}

/// Reads the complements: which stay in the title (portfolios, postings,
/// "for" phrases), which name the country, which the organization.
/// `places` is working space for the countries of a complement.
fn classify(
    doc: &Doc<'_>,
    segs: &[Seg],
    p: &mut Phrase<'_>,
    parts: &mut Vec<(usize, usize)>,
    places: &mut Vec<&'static str>,
) {
    let mut org_open = false;
    for seg in segs {
        let prep = doc.low(seg.prep);
        let mut s = seg.start;
        // "of Kazakhstan's Industry …": the country is context.
        if let Some(g) = doc.geo_at(s)
            && doc.possessive(g.end) > 0
            && g.end + doc.possessive(g.end) < seg.end
        {
            if p.countries.is_empty() {
                p.countries.push(g.alpha2);
            }
            s = g.end + doc.possessive(g.end);
        }
        let geo_list = geo_list(doc, s, seg.end, places).then_some(&*places);
        let the_country = seg.the
            && s == seg.start
            && s + 1 == seg.end
            && matches!(doc.low(s), "country" | "republic" | "kingdom");
        let has_head = (s..seg.end).any(|i| {
            let u = &doc.units[i];
            u.oclass & (oc::HEAD | oc::LEGAL) != 0 && !has(u, tc::PORTFOLIO)
        });
        let diplomat_post = p.kind == RoleKind::Diplomat && matches!(prep, "to" | "in")
            || p.kind == RoleKind::Portfolio && prep == "to";
        if org_open && matches!(prep, "of" | "under" | "for") {
            if let Some((a, _)) = p.org {
                p.org = Some((a, seg.end));
            }
            if let Some(list) = geo_list
                && p.countries.is_empty()
            {
                p.countries.push(list[0]);
            }
            continue;
        }
        if diplomat_post {
            parts.push((seg.prep, seg.end));
            continue;
        }
        if let Some(list) = geo_list {
            let city = doc
                .geo_at(s)
                .is_some_and(|g| matches!(g.kind, PlaceKind::City | PlaceKind::Capital));
            match prep {
                _ if p.kind == RoleKind::Mayor || p.kind == RoleKind::Regional && city => {
                    parts.push((seg.prep, seg.end));
                    if p.countries.is_empty() {
                        p.countries.extend(list.first().copied());
                    }
                }
                "of" | "at" if p.countries.is_empty() => {
                    p.countries = list.iter().copied().collect()
                }
                "for" | "on" => parts.push((seg.prep, seg.end)),
                _ => {}
            }
            continue;
        }
        if the_country {
            p.prev_country = true;
            continue;
        }
        match prep {
            // "spokeswoman for the German Economy Ministry": a body named
            // after "for the" is the organization (the arms below), while
            // "Minister for Foreign Affairs" keeps its portfolio.
            "for" | "on" if !(prep == "for" && seg.the && has_head) => {
                parts.push((seg.prep, seg.end));
            }
            "in" => {}
            "of" if p.kind == RoleKind::Mayor => parts.push((seg.prep, seg.end)),
            "of" if p.kind == RoleKind::Portfolio && !has_head => {
                // "Party Secretary of Shandong Province": the area stays in
                // the title, and its country is the official's.
                if p.countries.is_empty()
                    && let Some(c) = orgs::country_in(doc, s, seg.end)
                {
                    p.countries.push(c);
                }
                if s == seg.start {
                    parts.push((seg.prep, seg.end));
                } else {
                    // "Minister of Kazakhstan's Industry": without the country.
                    parts.push((seg.prep, seg.prep + 1));
                    parts.push((s, seg.end));
                }
            }
            // "of the company's management board": a generic noun refers to
            // the body named last before.
            _ if !(s..seg.end).any(|i| doc.cap(i) || doc.units[i].acronym) => {
                let noun = (s..seg.end)
                    .find(|&i| doc.possessive(i + 1) > 0)
                    .unwrap_or(s);
                p.org_ref = Some(noun);
            }
            _ => {
                p.org = Some((s, seg.end));
                org_open = true;
                if p.countries.is_empty()
                    && let Some(c) = orgs::country_in(doc, s, seg.end)
                {
                    p.countries.push(c);
                }
            }
        }
    }
}

/// The countries of units `a..b` when they are nothing but places joined
/// by "and" or commas ("Georgia and Armenia", "the Azerbaijani people").
/// They are written into `out` (emptied first; a list kept from one
/// complement to the next), and `false` tells the units are not so.
fn geo_list(doc: &Doc<'_>, a: usize, b: usize, out: &mut Vec<&'static str>) -> bool {
    out.clear();
    let mut k = a;
    while k < b {
        let Some(g) = doc.geo_at(k) else {
            return false;
        };
        if g.end > b {
            return false;
        }
        out.push(g.alpha2);
        k = g.end;
        if k < b && matches!(doc.low(k), "people" | "nation") {
            k += 1;
        }
        if k < b {
            if !matches!(doc.low(k), "and" | ",") {
                return false;
            }
            k += 1;
        }
    }
    !out.is_empty()
}

/// Whether a clause boundary follows a name at unit `end` (so "Title,
/// Name" is a name and not the start of a list of places or things).
fn name_ends_clause(doc: &Doc<'_>, end: usize) -> bool {
    match doc.units.get(end) {
        None => true,
        Some(u) => {
            matches!(
                doc.low(end),
                "," | "." | ")" | ";" | ":" | "and" | "'" | "–" | "—"
            ) || u.word && !u.cap
        }
    }
}

/// Whether unit `i` is a dash between spaces, which joins two titles of
/// one person ("Deputy Prime Minister – Minister of Economy").
fn is_dash(doc: &Doc<'_>, i: usize) -> bool {
    doc.units
        .get(i)
        .is_some_and(|u| u.space_before && matches!(doc.low(i), "–" | "—" | "-"))
}

/// More names of a plural role: "Presidents A B and C D", "councilors A
/// B, C D, and E F".
fn more_names(doc: &Doc<'_>, p: &mut Phrase<'_>, after: &mut usize) {
    let mut k = *after;
    while p.names.len() < 12 {
        let mut j = k;
        if doc.s(j) == "," {
            j += 1;
        }
        if doc.is(j, "and") {
            j += 1;
        }
        if j == k || !doc.same_sentence(k, j) {
            break;
        }
        match names::name_at(doc, j, 2) {
            Some(run) => {
                p.names.push(run);
                k = run.end;
            }
            None => break,
        }
    }
    *after = k;
}

/// A name standing in apposition before a phrase starting at unit `start`:
/// "Lars Eklund, CEO of …", "Lena Ostrova, who is the chair of …".
fn apposition(doc: &Doc<'_>, start: usize) -> Option<NameRun> {
    if start == 0 {
        return None;
    }
    let mut c = start - 1;
    if matches!(doc.low(c), "is" | "was") && c >= 2 && doc.is(c - 1, "who") {
        c -= 2;
    }
    if doc.s(c) != "," || !doc.same_sentence(c, start) {
        return None;
    }
    // "Nikolai Ivanov (pictured), CEO of …": a photo note in brackets
    // between the name and the comma.
    if c >= 3 && doc.s(c - 1) == ")" {
        let open = (c.saturating_sub(5)..c - 1)
            .rev()
            .find(|&k| doc.s(k) == "(")?;
        if !(open + 1..c - 1).all(|k| doc.units.get(k).is_some_and(|u| u.word) && !doc.cap(k)) {
            return None;
        }
        c = open;
    }
    let run = names::name_before(doc, c, 2)?;
    // A name right after a capitalized word or a role belongs to that
    // word's phrase ("Railways Minister A B, State Minister …").
    let bound = run.outer > 0
        && (doc.cap(run.outer - 1) || role_ending_at(doc, run.outer).is_some())
        && doc.same_sentence(run.outer - 1, run.outer);
    (!bound).then_some(run)
}

/// The country of the delegation a phrase's person leads or belongs to:
/// "the Russian side sent a delegation led by …", "a
/// delegation from Ethiopia led by …", "the UAE delegation, which also
/// includes …". The cue ("led by", "includes", "consisting of" …) stands
/// right before the phrase; the delegation before the cue, in the same
/// sentence.
fn led_by_country(doc: &Doc<'_>, start: usize) -> Option<&'static str> {
    let cue = delegation_cue(doc, start)?;
    let mut k = cue;
    while k > 0 && doc.same_sentence(k - 1, start) && start - k < 30 {
        k -= 1;
        if has(&doc.units[k], tc::DELEGATION) {
            // "the Russian delegation", "the UAE side".
            if let Some(g) = geo_ending(doc, k) {
                return Some(g.alpha2);
            }
            // "a delegation from Ethiopia", "the delegation of China".
            let mut g = k + 1;
            if !matches!(doc.low(g), "from" | "of") {
                continue;
            }
            g += 1;
            if doc.is(g, "the") {
                g += 1;
            }
            if g < cue
                && let Some(h) = doc.geo_at(g)
            {
                return Some(h.alpha2);
            }
        }
    }
    None
}

/// The unit where a delegation cue ending right before unit `start`
/// begins: "led by", "headed by", "includes", "including", "consisting
/// of", "comprising" ("also" may stand before).
fn delegation_cue(doc: &Doc<'_>, start: usize) -> Option<usize> {
    let b = start.checked_sub(1)?;
    if doc.is(b, "by") {
        let a = b.checked_sub(1)?;
        return matches!(doc.low(a), "led" | "headed").then_some(a);
    }
    if doc.is(b, "of") {
        let a = b.checked_sub(1)?;
        return matches!(doc.low(a), "consisting" | "composed" | "comprised").then_some(a);
    }
    matches!(
        doc.low(b),
        "includes" | "included" | "including" | "comprises" | "comprising" | "include"
    )
    .then_some(b)
}

/// The title text from its parts, inner spacing normalized; a plural role
/// is made singular ("Presidents" → "President"): the word before the
/// first "of", or the last word.
///
/// The title is written into `t` (a buffer kept from one phrase to the
/// next) and borrowed from the text when the text from its first part's
/// start to its last part's end says just that (most titles): only the
/// others are allocated.
fn title_text<'a>(
    doc: &Doc<'a>,
    parts: &[(usize, usize)],
    plural: bool,
    t: &mut String,
) -> Cow<'a, str> {
    t.clear();
    // Byte ranges in `t` of the previous word and of the plural's head.
    let mut prev: Option<(usize, usize)> = None;
    let mut head: Option<(usize, usize)> = None;
    let mut of_seen = false;
    for &(a, b) in parts {
        for_words(doc.text_of(a, b), |w| {
            if !t.is_empty() {
                t.push(' ');
            }
            if plural && !of_seen && w.eq_ignore_ascii_case("of") {
                of_seen = true;
                head = prev;
            }
            prev = Some((t.len(), t.len() + w.len()));
            t.push_str(w);
        });
    }
    if plural && !of_seen {
        head = prev;
    }
    if let Some((a, b)) = head
        && let Some(w) = t.get(a..b)
    {
        let one = singular(w);
        t.replace_range(a..b, &one);
    }
    // "President and CEO" spacing and stray punctuation at the ends.
    while t.ends_with([',', '-', '–']) {
        t.pop();
    }
    let title = t.trim();
    let stated = match (parts.first(), parts.last()) {
        (Some(&(a, _)), Some(&(_, b))) => doc.text_of(a, b),
        _ => "",
    };
    if stated == title {
        Cow::Borrowed(stated)
    } else {
        Cow::Owned(title.to_string())
    }
}

/// The singular of a plural role word, keeping its case.
fn singular(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("men") {
        return format!("{stem}man");
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suf in ["ches", "shes", "sses"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    w.strip_suffix('s')
        .map_or_else(|| w.to_string(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Scan;

    /// (title, countries, org text, names) of every phrase with a name.
    fn read(text: &str) -> Vec<(String, Vec<&'static str>, String, Vec<String>)> {
        let scan = Scan::new(text);
        let mut doc = Doc::new(&scan, 0..scan.tokens.len());
        let _ = super::super::orgs::Orgs::find(&mut doc);
        let runs = names::all_names(&doc, 1);
        phrases(&doc, &runs)
            .into_iter()
            .filter(|p| !p.names.is_empty())
            .map(|p| {
                let org = p
                    .org
                    .map_or(String::new(), |(a, b)| doc.text_of(a, b).to_string());
                let names = p.names.iter().map(|r| names::name_text(&doc, r)).collect();
                (p.title.into_owned(), p.countries.to_vec(), org, names)
            })
            .collect()
    }

    /// The one phrase with a name in `text`.
    fn one(text: &str) -> (String, Vec<&'static str>, String, Vec<String>) {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn title_before_name() {
        let cases: &[(&str, &str, &[&str], &str, &str)] = &[
            (
                "Kazakh President Aidos Serikbayev arrived.",
                "President",
                &["KZ"],
                "",
                "Aidos Serikbayev",
            ),
            (
                "Minister of Energy Rauf Mammadli spoke.",
                "Minister of Energy",
                &[],
                "",
                "Rauf Mammadli",
            ),
            // The group level of a company role, unless "Group" ends the
            // company's name.
            (
                "Group CEO Lena Ostrova said so.",
                "Group CEO",
                &[],
                "",
                "Lena Ostrova",
            ),
            (
                "Nordport Logistics Group CEO Lena Ostrova said so.",
                "CEO",
                &[],
                "Nordport Logistics Group",
                "Lena Ostrova",
            ),
            (
                "It was signed by Lender Bank Country Director Lena Ostrova.",
                "Country Director",
                &[],
                "Lender Bank",
                "Lena Ostrova",
            ),
            // A gloss of the role in brackets.
            (
                "Akim (Governor) of Mangystau Region Nurlan Ospanov met them.",
                "Akim",
                &["KZ"],
                "Mangystau Region",
                "Nurlan Ospanov",
            ),
            (
                "It met Party Secretary of Hebei Province Gao Jianming.",
                "Party Secretary of Hebei Province",
                &["CN"],
                "",
                "Gao Jianming",
            ),
            (
                "Georgia's Economy Minister Levan Abashidze met them.",
                "Economy Minister",
                &["GE"],
                "",
                "Levan Abashidze",
            ),
            (
                "It said First Deputy Prime Minister of Tajikistan Farrukh Saidov.",
                "First Deputy Prime Minister",
                &["TJ"],
                "",
                "Farrukh Saidov",
            ),
            (
                "Chairman of the Board of Directors of Caspian Freight National Company Ruslan Temirov's visit.",
                "Chairman of the Board of Directors",
                &[],
                "Caspian Freight National Company",
                "Ruslan Temirov",
            ),
            (
                "Governor of the Central Bank of Armenia Aram Petrosyan said.",
                "Governor",
                &["AM"],
                "Central Bank of Armenia",
                "Aram Petrosyan",
            ),
            (
                "He met Minister of Uzbekistan's Digital Technologies Bakhodir Usmonov.",
                "Minister of Digital Technologies",
                &["UZ"],
                "",
                "Bakhodir Usmonov",
            ),
            (
                "Talks with the Ambassador of Japan in Chile, Kenji Mori, went well.",
                "Ambassador in Chile",
                &["JP"],
                "",
                "Kenji Mori",
            ),
            (
                "Mongolian Ambassador to Moscow Bat Erdene attended.",
                "Ambassador to Moscow",
                &["MN"],
                "",
                "Bat Erdene",
            ),
            (
                "The firm's Tarvo group chairman Arun Mehta will lead.",
                "chairman",
                &[],
                "Tarvo group",
                "Arun Mehta",
            ),
            (
                "Acting Deputy Director for Port Operations of the Batumi Sea Port Nino Beridze said.",
                "Acting Deputy Director for Port Operations",
                &["GE"],
                "Batumi Sea Port",
                "Nino Beridze",
            ),
            (
                "Later Vice President of the Republic of Turkey Ahmet Yilmaz came.",
                "Vice President",
                &["TR"],
                "",
                "Ahmet Yilmaz",
            ),
            (
                "The winner was PM's Adviser on Trade Tariq Mahmood yesterday.",
                "PM's Adviser on Trade",
                &[],
                "",
                "Tariq Mahmood",
            ),
        ];
        for (text, title, countries, org, name) in cases {
            let got = one(text);
            assert_eq!(got.0, *title, "{text}");
            assert_eq!(got.1, *countries, "{text}");
            assert_eq!(got.2, *org, "{text}");
            assert_eq!(got.3, [name.to_string()], "{text}");
        }
    }

    #[test]
    fn appositions_commas_and_chains() {
        let got = one("Lena Ostrova, CEO of Nordport Logistics Group, said so.");
        assert_eq!(
            (got.0.as_str(), got.2.as_str()),
            ("CEO", "Nordport Logistics Group")
        );
        assert_eq!(got.3, ["Lena Ostrova"]);

        // A photo note in brackets before the comma.
        let got = one("Lena Ostrova (pictured), CEO of Nordport Logistics Group, said so.");
        assert_eq!(
            (got.0.as_str(), got.3.clone()),
            ("CEO", vec!["Lena Ostrova".to_string()])
        );

        // "for the" and a body: the organization, with its country.
        let got = one(
            "It was announced by Lena Ostrova, a spokeswoman for the Norwegian \
                       Trade Ministry.",
        );
        assert_eq!(
            (got.0.as_str(), got.1.clone(), got.2.as_str()),
            ("spokeswoman", vec!["NO"], "Norwegian Trade Ministry")
        );
        // "for" and a portfolio stays in the title.
        let got = one("It was announced by Minister for Foreign Trade Lena Ostrova.");
        assert_eq!(
            (got.0.as_str(), got.2.as_str()),
            ("Minister for Foreign Trade", "")
        );

        let got = one("It was founded by the first president of Kyrgyzstan, Askar Temirov.");
        assert_eq!(
            (got.0.as_str(), got.1.clone()),
            ("first president", vec!["KG"])
        );

        // The second title carries the name; the first is the person's title.
        let text = "Talks were held with Deputy Prime Minister – Minister of Economy \
                    of Armenia Aram Sargsyan.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let ps = phrases(&doc, &names::all_names(&doc, 1));
        assert_eq!(ps.len(), 2);
        assert_eq!(ps[0].title, "Deputy Prime Minister");
        assert!(ps[0].names.is_empty());
        assert_eq!(ps[0].chain_at, Some(ps[1].start));
        assert_eq!(*ps[1].countries, ["AM"]);
    }

    #[test]
    fn titles_joined_by_and_chain_to_one_name() {
        let text = "It was led by Deputy Prime Minister and Minister of Trade Bakyt Osmonov.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let ps = phrases(&doc, &names::all_names(&doc, 1));
        assert_eq!(ps.len(), 2, "{ps:?}");
        assert_eq!(ps[0].title, "Deputy Prime Minister");
        assert_eq!(ps[0].chain_at, Some(ps[1].start));
        assert_eq!(ps[1].title, "Minister of Trade");
        assert_eq!(ps[1].names.len(), 1);
        // A determiner makes the first title someone already known.
        let text = "He met the Peruvian president and Prime Minister Luis Vargas.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let ps = phrases(&doc, &names::all_names(&doc, 1));
        assert_eq!(ps.first().map(|p| p.chain_at), Some(None));
        // After the name, the first title keeps no portfolio of the second
        // as its organization.
        let got = one("It was said by Bakyt Osmonov, Deputy Prime Minister and Minister of Trade.");
        assert_eq!(
            (got.0.as_str(), got.2.as_str()),
            ("Deputy Prime Minister", "")
        );
    }

    #[test]
    fn plural_roles_and_lists() {
        let got = one("Russian and Chinese Presidents Ivan Orlov and Wei Zhang met.");
        assert_eq!(got.0, "President");
        assert_eq!(got.1, ["RU", "CN"]);
        assert_eq!(got.3, ["Ivan Orlov", "Wei Zhang"]);

        let got =
            one("The Prime Ministers of Moldova and Romania, Ion Ciobanu and Mihai Stan, met.");
        assert_eq!(got.0, "Prime Minister");
        assert_eq!(got.1, ["MD", "RO"]);
        assert_eq!(got.3.len(), 2);

        let got = one("It was witnessed by councilors Rosa Lim, Paolo Cruz, and Ben Ocampo Jr.");
        assert_eq!(got.0, "councilor");
        assert_eq!(got.3, ["Rosa Lim", "Paolo Cruz", "Ben Ocampo Jr."]);
    }

    #[test]
    fn no_name_no_binding() {
        for text in [
            "The Kazakh President emphasized trade.",
            "Chairman of the Railways informed the parties.",
            "They walked down President Street in Riga.",
            "Heads of state met at the summit.",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn words_split_like_split_whitespace() {
        let cases = [
            "",
            "  ",
            "Prime  Minister",
            " Deputy\tPrime\nMinister ",
            "a\u{b}b\u{c}c\rd",
            "Ministro de Economía\u{a0}y Finanzas",
            "one",
        ];
        for s in cases {
            let mut got: Vec<&str> = Vec::new();
            for_words(s, |w| got.push(w));
            let want: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn singulars() {
        for (p, s) in [
            ("Presidents", "President"),
            ("Chairmen", "Chairman"),
            ("secretaries", "secretary"),
            ("councilors", "councilor"),
        ] {
            assert_eq!(singular(p), s);
        }
    }
}
