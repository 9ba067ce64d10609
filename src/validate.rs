//! Validation of a record: every problem found, not just the first.

use crate::lexicon::events::states_plan;
use crate::lexicon::geo;
use crate::lexicon::hash::FxSet;
use crate::{Article, Diagnostic, DiagnosticKind, QuantityKind, Span};

impl Article {
    /// Checks the record's invariants and returns every problem found (an
    /// empty list for a valid record). Records returned by
    /// [`parse_article`](crate::parse_article) always pass.
    ///
    /// Checked: periods run forward; tonnages and names are sane; no
    /// official is listed twice; units match kinds; dated facts are not
    /// after publication unless planned; agreements and visits have
    /// non-empty names, and a visit's destination, when the geographic
    /// lexicon knows it, lies in the visit's country.
    ///
    /// ```
    /// use newsrec::parse_article;
    ///
    /// let article = parse_article("Exports rose 5% to $2 billion.")?;
    /// assert!(article.validate().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn validate(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for q in &self.quantities {
            if q.unit.kind() != q.kind {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!(
                        "quantity {:?} is {:?} but its unit is {}",
                        q.text, q.kind, q.unit
                    ),
                    Some(q.span),
                ));
            }
            if q.kind == QuantityKind::Tonnage && q.value.is_sign_negative() {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!("tonnage {:?} is negative", q.text),
                    Some(q.span),
                ));
            }
            if let Some(p) = q.period
                && p.start > p.end
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::BadPeriod,
                    format!(
                        "period of {:?} starts {} after it ends {}",
                        q.text, p.start, p.end
                    ),
                    Some(q.span),
                ));
            }
        }
        // Sized once for every official's name.
        let mut seen = FxSet::with_capacity_and_hasher(self.officials.len(), Default::default());
        for o in &self.officials {
            if o.name.trim().is_empty() {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "an official has an empty name",
                    o.mentions.first().copied(),
                ));
            }
            if !seen.insert(o.name.as_str()) {
                out.push(Diagnostic::new(
                    DiagnosticKind::DuplicateOfficial,
                    format!("official {:?} is listed twice", o.name),
                    o.mentions.first().copied(),
                ));
            }
        }
        self.validate_events(&mut out);
        if let Some(published) = self.published {
            for a in &self.agreements {
                if let Some(d) = a.date
                    && d > published
                    && a.status == crate::AgreementStatus::Signed
                {
                    out.push(Diagnostic::new(
                        DiagnosticKind::DateAfterPublication,
                        format!("agreement signed on {d}, after publication on {published}"),
                        Some(a.span),
                    ));
                }
            }
        }
        out
    }

    /// Like [`validate`](Article::validate), and also checks every span
    /// against the text the record was parsed from: in bounds, on character
    /// boundaries, and quoting what the record says it quotes; every visitor
    /// and agreement party is named in the record or the text; a visit
    /// dated after publication is stated as planned.
    #[must_use]
    pub fn validate_against(&self, text: &str) -> Vec<Diagnostic> {
        let mut out = self.validate();
        let mut check = |span: Span, what: &str, expect: Option<&str>| match span.get(text) {
            None => out.push(Diagnostic::new(
                DiagnosticKind::BadSpan,
                format!(
                    "{what}: span {}..{} does not fit the {}-byte text",
                    span.start,
                    span.end,
                    text.len()
                ),
                None,
            )),
            Some(got) => {
                if let Some(e) = expect
                    && got != e
                {
                    out.push(Diagnostic::new(
                        DiagnosticKind::BadSpan,
                        format!(
                            "{what}: span {}..{} quotes {got:?}, not {e:?}",
                            span.start, span.end
                        ),
                        Some(span),
                    ));
                }
            }
        };
        for q in &self.quantities {
            check(q.span, "quantity", Some(&q.text));
        }
        for o in &self.officials {
            for m in &o.mentions {
                check(*m, "official mention", None);
            }
        }
        for o in &self.organizations {
            for m in &o.mentions {
                check(*m, "organization mention", None);
            }
        }
        for a in &self.agreements {
            check(a.span, "agreement", None);
        }
        for v in &self.visits {
            check(v.span, "visit", None);
        }
        if let Some(span) = self.dateline.as_ref().and_then(|d| d.span) {
            check(span, "dateline", None);
        }
        self.validate_events_against(text, &mut out);
        out
    }

    /// Agreement and visit invariants that need no text: names are not
    /// empty, a visit has visitors, its country is a country of the
    /// geographic lexicon, and a destination the lexicon knows lies in the
    /// country the visit gives.
    fn validate_events(&self, out: &mut Vec<Diagnostic>) {
        for a in &self.agreements {
            if a.parties.iter().any(|p| p.trim().is_empty()) {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "an agreement has an empty party name",
                    Some(a.span),
                ));
            }
        }
        for v in &self.visits {
            if v.visitors.is_empty() || v.visitors.iter().any(|n| n.trim().is_empty()) {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "a visit has no visitor or an empty visitor name",
                    Some(v.span),
                ));
            }
            if v.destination
                .as_deref()
                .is_some_and(|d| d.trim().is_empty())
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    "a visit has an empty destination",
                    Some(v.span),
                ));
            }
            if let Some(c) = v.country
                && !geo::is_country_code(c.as_str())
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!("visit country {c} is not a country of the geographic lexicon"),
                    Some(v.span),
                ));
            }
            if let (Some(d), Some(c)) = (v.destination.as_deref(), v.country)
                && let Some(place) = geo::lookup(d)
                && place.alpha2 != c.as_str()
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::InvalidValue,
                    format!("visit destination {d:?} is in {}, not in {c}", place.alpha2),
                    Some(v.span),
                ));
            }
        }
    }

    /// Agreement and visit invariants against the text: every visitor and
    /// party is named in the record or the text, and a visit dated after
    /// publication is reported as planned.
    ///
    /// Linear in the record and the text: the record's names are sets, and
    /// every name that must be looked for in the text is found in one pass
    /// over it ([`TextSearch`]), so an input holding thousands of parties
    /// is not read once per party.
    fn validate_events_against(&self, text: &str, out: &mut Vec<Diagnostic>) {
        let names = RecordNames::of(self);
        let mut search = TextSearch::default();
        // What each party and then each visitor needs, in record order
        // (one list for all, sized once, and one for the words of all
        // parties).
        let parties: usize = self.agreements.iter().map(|a| a.parties.len()).sum();
        let visitors: usize = self.visits.iter().map(|v| v.visitors.len()).sum();
        let mut needs: Vec<Need> = Vec::with_capacity(parties + visitors);
        let mut words: Vec<(usize, Option<usize>)> = Vec::new();
        for p in self.agreements.iter().flat_map(|a| &a.parties) {
            needs.push(names.party_need(p, &mut search, &mut words));
        }
        for n in self.visits.iter().flat_map(|v| &v.visitors) {
            needs.push(if names.officials.contains(n.as_str()) {
                Need::Resolved
            } else {
                Need::Phrase(search.add(lower(n)))
            });
        }
        let found = search.run(text);
        let mut needs = needs.iter();
        for a in &self.agreements {
            for (p, need) in a.parties.iter().zip(needs.by_ref()) {
                if !need.met(&found, &words) {
                    out.push(Diagnostic::new(
                        DiagnosticKind::UnresolvedName,
                        format!(
                            "agreement party {p:?} is named neither in the record nor in the text"
                        ),
                        Some(a.span),
                    ));
                }
            }
        }
        for v in &self.visits {
            for (n, need) in v.visitors.iter().zip(needs.by_ref()) {
                if !need.met(&found, &words) {
                    out.push(Diagnostic::new(
                        DiagnosticKind::UnresolvedName,
                        format!("visitor {n:?} is named neither in the record nor in the text"),
                        Some(v.span),
                    ));
                }
            }
            if let (Some(d), Some(published)) = (v.date, self.published)
                && d > published
                && !v.span.get(text).is_some_and(states_plan)
            {
                out.push(Diagnostic::new(
                    DiagnosticKind::DateAfterPublication,
                    format!("visit dated {d}, after publication on {published}, is not stated as planned"),
                    Some(v.span),
                ));
            }
        }
    }
}

/// The names a record states, as sets, for the party and visitor checks
/// (so that they stay linear in a long record).
struct RecordNames<'r> {
    /// Organizations' names and aliases, and officials' organizations.
    bodies: FxSet<&'r str>,
    /// Officials' names.
    officials: FxSet<&'r str>,
}

impl<'r> RecordNames<'r> {
    /// The names `article` states.
    fn of(article: &'r Article) -> RecordNames<'r> {
        let bodies = (article.organizations.iter())
            .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases))
            .map(String::as_str)
            .chain(
                article
                    .officials
                    .iter()
                    .filter_map(|o| o.organization.as_deref()),
            )
            .collect();
        let officials = article.officials.iter().map(|o| o.name.as_str()).collect();
        RecordNames { bodies, officials }
    }

    /// Whether an agreement party is accounted for, or what the text must
    /// hold for it to be: a name in the record (official, organization or
    /// alias, an official's organization), or a state the geographic
    /// lexicon knows; else the party as a phrase of the text, or all its
    /// words in the text, a ministry named by its minister ("Ministry of
    /// Energy" from "Minister of Energy"; "Saudi Arabian companies").
    fn party_need(
        &self,
        p: &str,
        search: &mut TextSearch,
        words: &mut Vec<(usize, Option<usize>)>,
    ) -> Need {
        if self.bodies.contains(p) || geo::lookup(p).is_some() {
            return Need::Resolved;
        }
        let pl = lower(p);
        let from = words.len();
        for w in pl
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let alt = (w == "ministry").then(|| search.add("minister".to_string()));
            words.push((search.add(w.to_string()), alt));
        }
        Need::Words(search.add(pl), from..words.len())
    }
}

/// What the text must hold for a name to be accounted for (indices into
/// [`TextSearch`]'s needles).
enum Need {
    /// Nothing: the record or the lexicon accounts for it.
    Resolved,
    /// The name as a phrase of the lower-cased text.
    Phrase(usize),
    /// The phrase, or else every word: the words' range in a list of
    /// (word, or either of two words).
    Words(usize, std::ops::Range<usize>),
}

impl Need {
    /// Whether the text holds what is needed, `found` telling which
    /// needles it holds, `words` the words of [`Need::Words`].
    fn met(&self, found: &[bool], words: &[(usize, Option<usize>)]) -> bool {
        let has = |k: usize| found.get(k).copied().unwrap_or(false);
        match self {
            Need::Resolved => true,
            Need::Phrase(k) => has(*k),
            Need::Words(k, r) => {
                has(*k)
                    || (words.get(r.clone()).unwrap_or(&[]).iter())
                        .all(|&(w, alt)| has(w) || alt.is_some_and(has))
            }
        }
    }
}

/// Up to this many needles, [`TextSearch::run`] looks for each on its own.
const FEW_NEEDLES: usize = 16;

/// `s` lower-cased for the text search, with the one letter whose lower
/// case depends on its neighbours made plain: a capital sigma lower-cases
/// to a final "ς" at a word's end and to "σ" inside one, so a name cut
/// out of a word ("XiΣ" of "XiΣ’an") would not be found in the text's
/// lower case otherwise.
fn lower(s: &str) -> String {
    let l = s.to_lowercase();
    if l.contains('ς') {
        l.replace('ς', "σ")
    } else {
        l
    }
}

/// Lower-case strings to look for in a text, each added once, and all
/// looked for in one pass over the lower-cased text (an Aho-Corasick
/// automaton, reporting overlapping matches), which tells the same as a
/// `contains` per string at the cost of one read of the text.
#[derive(Default)]
struct TextSearch {
    /// The needles, in the order added.
    needles: Vec<String>,
    /// Each needle's index.
    index: crate::lexicon::hash::FxMap<String, usize>,
}

impl TextSearch {
    /// The index of needle `s`, added if new.
    fn add(&mut self, s: String) -> usize {
        if let Some(&k) = self.index.get(&s) {
            return k;
        }
        let k = self.needles.len();
        self.index.insert(s.clone(), k);
        self.needles.push(s);
        k
    }

    /// Which needles the lower-cased `text` holds, by index. The text is
    /// lower-cased only when there is a needle. A needle of several words
    /// not found as it is is looked for again in the text with each run of
    /// white space made one space (a name quoted across a hard wrap's line
    /// break is given on one line); that second text is made only then.
    fn run(&self, text: &str) -> Vec<bool> {
        // An empty needle is in every text; the search is given only the
        // others, with their indices.
        let mut found: Vec<bool> = self.needles.iter().map(String::is_empty).collect();
        let full: Vec<(usize, &str)> = (self.needles.iter().enumerate())
            .filter(|(_, n)| !n.is_empty())
            .map(|(k, n)| (k, n.as_str()))
            .collect();
        if full.is_empty() {
            return found;
        }
        let lower = lower(text);
        find_in(&lower, &full, &mut found);
        let missing: Vec<(usize, String)> = (full.iter())
            .filter(|&&(k, n)| {
                !found.get(k).copied().unwrap_or(true) && n.contains(char::is_whitespace)
            })
            .map(|&(k, n)| (k, one_space(n)))
            .collect();
        if !missing.is_empty() {
            let flat = one_space(&lower);
            let missing: Vec<(usize, &str)> =
                missing.iter().map(|(k, n)| (*k, n.as_str())).collect();
            find_in(&flat, &missing, &mut found);
        }
        found
    }
}

/// `s` with every run of white space made one space.
fn one_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// Marks in `found` (by index) each of `needles` that `haystack` holds:
/// a few (an article's) one by one, which costs less than building an
/// automaton and stays linear; more in one Aho-Corasick pass (overlapping
/// matches), which tells the same as a `contains` per needle.
fn find_in(haystack: &str, needles: &[(usize, &str)], found: &mut [bool]) {
    let mut mark = |k: usize| {
        if let Some(f) = found.get_mut(k) {
            *f = true;
        }
    };
    let one_by_one = |mark: &mut dyn FnMut(usize)| {
        for &(k, n) in needles {
            if haystack.contains(n) {
                mark(k);
            }
        }
    };
    if needles.len() <= FEW_NEEDLES {
        one_by_one(&mut mark);
        return;
    }
    match aho_corasick::AhoCorasick::new(needles.iter().map(|&(_, n)| n)) {
        Ok(ac) => {
            for m in ac.find_overlapping_iter(haystack) {
                if let Some(&(k, _)) = needles.get(m.pattern().as_usize()) {
                    mark(k);
                }
            }
        }
        // Building fails only past the automaton's size limits; then each
        // needle is looked for on its own.
        Err(_) => one_by_one(&mut mark),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::{Agreement, AgreementKind, AgreementStatus, Country, Official, Visit};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    fn visit(
        visitors: &[&str],
        dest: &str,
        country: &str,
        date: Option<&str>,
        span: Span,
    ) -> Visit {
        Visit {
            visitors: visitors.iter().map(|s| s.to_string()).collect(),
            destination: Some(dest.to_string()),
            country: Country::new(country),
            kind: None,
            date: date.map(day),
            span,
        }
    }

    fn agreement(parties: &[&str], status: AgreementStatus, span: Span) -> Agreement {
        Agreement {
            kind: AgreementKind::Memorandum,
            title: None,
            parties: parties.iter().map(|s| s.to_string()).collect(),
            status,
            date: None,
            span,
        }
    }

    fn kinds(d: &[Diagnostic]) -> Vec<DiagnosticKind> {
        d.iter().map(|x| x.kind).collect()
    }

    const TEXT: &str = "Minister of Energy Ann Lee arrived in Baku on May 3. \
                        Acme Ports and Saudi and Egyptian companies signed a memorandum. \
                        She will visit Tbilisi next week.";

    /// The span of the sentence of `TEXT` that starts with `start`.
    fn sentence(start: &str) -> Span {
        let a = TEXT.find(start).unwrap_or(0);
        let b = TEXT[a..].find('.').map_or(TEXT.len(), |e| a + e + 1);
        Span::new(a, b)
    }

    fn base() -> Article {
        Article {
            published: Some(day("2024-05-03")),
            officials: vec![Official {
                name: "Ann Lee".into(),
                title: Some("Energy Minister".into()),
                organization: None,
                country: Country::new("NO"),
                mentions: vec![sentence("Ann Lee")],
            }],
            ..Article::default()
        }
    }

    #[test]
    fn events_that_resolve_pass() {
        let mut a = base();
        a.visits = vec![
            visit(
                &["Ann Lee"],
                "Baku",
                "AZ",
                Some("2024-05-03"),
                sentence("Minister"),
            ),
            // A planned trip may be dated after publication.
            visit(
                &["Ann Lee"],
                "Tbilisi",
                "GE",
                Some("2024-05-10"),
                sentence("She"),
            ),
        ];
        a.agreements = vec![agreement(
            &[
                "Acme Ports",
                "Saudi companies",
                "Egyptian companies",
                "Azerbaijan",
                "Ministry of Energy",
            ],
            AgreementStatus::Signed,
            sentence("Acme"),
        )];
        let got = a.validate_against(TEXT);
        assert!(got.is_empty(), "{got:#?}");
    }

    #[test]
    fn a_name_given_on_one_line_is_found_across_a_line_break() {
        // A visitor must be named whole in the text (a party may be found
        // word by word).
        let text = "The delegation of Aidar\r\nSerikov visited Baku.";
        let trip = |who: &str| Article {
            visits: vec![visit(&[who], "Baku", "AZ", None, Span::new(0, text.len()))],
            ..Article::default()
        };
        assert!(trip("Aidar Serikov").validate_against(text).is_empty());
        assert!(trip("Aidar\nSerikov").validate_against(text).is_empty());
        assert_eq!(
            kinds(&trip("Aidar Serikbayev").validate_against(text)),
            [DiagnosticKind::UnresolvedName]
        );
    }

    #[test]
    fn a_name_cut_from_a_word_with_a_capital_sigma_is_found() {
        // "XiΣ" alone lower-cases to "xiς", inside "XiΣ’an" to "xiσ’an".
        let text = "Caspian Rail Logistics Co. signed an agreement on block trains between XiΣ’an and Baku.";
        let a = Article {
            agreements: vec![agreement(
                &["XiΣ", "Caspian Rail Logistics Co"],
                AgreementStatus::Signed,
                Span::new(0, text.len()),
            )],
            ..Article::default()
        };
        assert!(a.validate_against(text).is_empty());
        assert_eq!(lower("ΣΑΣ"), "σασ");
    }

    #[test]
    fn the_text_search_finds_what_contains_finds() {
        let text = "The Ministers of Energy met; ENERGY-sector deals followed.";
        let lower = text.to_lowercase();
        let few = [
            "minister",
            "ministers of",
            "energy",
            "gy-sec",
            "",
            "oil",
            "deals followed.",
            "the",
        ];
        // Past FEW_NEEDLES, the needles are found by one automaton.
        let extra: Vec<String> = (0..2 * FEW_NEEDLES)
            .map(|k| match k % 3 {
                0 => format!("x{k}"),
                1 => lower.get(k % 20..k % 20 + 3).unwrap_or("").to_string(),
                _ => format!("{} ", lower.get(k % 9..k % 9 + 4).unwrap_or("")),
            })
            .collect();
        let many: Vec<&str> = few
            .iter()
            .copied()
            .chain(extra.iter().map(String::as_str))
            .collect();
        for needles in [&few[..], &many[..]] {
            let mut search = TextSearch::default();
            let ks: Vec<usize> = needles.iter().map(|n| search.add(n.to_string())).collect();
            // A needle added twice is one needle.
            assert_eq!(search.add("energy".to_string()), ks[2]);
            let found = search.run(text);
            for (n, k) in needles.iter().zip(ks) {
                assert_eq!(found[k], lower.contains(n), "{n:?}");
            }
        }
        assert_eq!(TextSearch::default().run(text), Vec::<bool>::new());
    }

    #[test]
    fn parties_resolve_by_record_lexicon_phrase_or_words() {
        let mut a = base();
        a.organizations = vec![crate::Organization {
            name: "Acme Ports".into(),
            aliases: vec!["AP".into()],
            ..Default::default()
        }];
        a.officials[0].organization = Some("Nordic Energy Board".into());
        let cases = [
            ("AP", true),
            ("Nordic Energy Board", true),
            ("Azerbaijan", true),
            ("Saudi companies", true),
            ("Ministry of Energy", true),
            ("Ministry of Fisheries", false),
            ("Blue Lagoon Holdings", false),
        ];
        for (party, resolves) in cases {
            a.agreements = vec![agreement(
                &[party],
                AgreementStatus::Signed,
                sentence("Acme"),
            )];
            let got = a.validate_against(TEXT);
            assert_eq!(
                got.iter().any(|d| d.kind == DiagnosticKind::UnresolvedName),
                !resolves,
                "{party}: {got:#?}"
            );
        }
    }

    #[test]
    fn broken_events_are_reported() {
        let cases: Vec<(Article, Vec<DiagnosticKind>)> = vec![
            (
                Article {
                    visits: vec![visit(&["Bo Ek"], "Baku", "AZ", None, sentence("Minister"))],
                    ..base()
                },
                vec![DiagnosticKind::UnresolvedName],
            ),
            (
                Article {
                    visits: vec![visit(
                        &["Ann Lee"],
                        "Baku",
                        "GE",
                        None,
                        sentence("Minister"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue],
            ),
            (
                Article {
                    visits: vec![visit(&[], "Baku", "AZ", None, sentence("Minister"))],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue],
            ),
            (
                // Antarctica is an ISO code but no country of the lexicon.
                Article {
                    visits: vec![visit(
                        &["Ann Lee"],
                        "McMurdo Station",
                        "AQ",
                        None,
                        sentence("Minister"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue],
            ),
            (
                // Dated after publication, not stated as planned.
                Article {
                    visits: vec![visit(
                        &["Ann Lee"],
                        "Baku",
                        "AZ",
                        Some("2024-06-01"),
                        sentence("Minister"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::DateAfterPublication],
            ),
            (
                Article {
                    agreements: vec![agreement(
                        &["Zeta Holdings", " "],
                        AgreementStatus::Signed,
                        sentence("Acme"),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::InvalidValue, DiagnosticKind::UnresolvedName],
            ),
            (
                // A span past the end of the text.
                Article {
                    agreements: vec![agreement(
                        &["Acme Ports"],
                        AgreementStatus::Signed,
                        Span::new(61, 999),
                    )],
                    ..base()
                },
                vec![DiagnosticKind::BadSpan],
            ),
        ];
        for (a, want) in cases {
            assert_eq!(kinds(&a.validate_against(TEXT)), want, "{a:#?}");
        }
    }

    #[test]
    fn no_text_checks_without_text() {
        let a = Article {
            visits: vec![visit(
                &["Bo Ek"],
                "Baku",
                "AZ",
                Some("2030-01-01"),
                Span::new(0, 5),
            )],
            ..base()
        };
        assert!(a.validate().is_empty());
    }
}
