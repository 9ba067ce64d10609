//! Person names: runs of capitalized words in no lexicon, with name
//! particles ("bin", "al", "van der"), initials ("A. Dosmukhanov"), suffixes
//! ("Jr.") and leading honorifics ("Dr", "Sheikh", "H.E.") that are not
//! part of the name.

use std::borrow::Cow;

use super::doc::{Doc, has, mark, nameable};
use crate::lexicon::geo::PlaceKind;
use crate::lexicon::orgs::class as oc;
use crate::lexicon::titles::class as tc;

/// Longest name accepted, in units (particles included).
const MAX_UNITS: usize = 6;

/// A person's name in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct NameRun {
    /// First unit, honorifics included.
    pub outer: usize,
    /// First unit of the name itself.
    pub start: usize,
    /// One past the last unit of the name (suffix included).
    pub end: usize,
}

impl NameRun {
    /// Number of name words (particles and initials included).
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Length of the honorific starting at unit `i` ("Dr", "Dr.", "H.E.",
/// "His Excellency"), or 0.
pub(super) fn honorific_len(doc: &Doc<'_>, i: usize) -> usize {
    let Some(u) = doc.units.get(i) else { return 0 };
    if !u.word || !u.cap {
        return 0;
    }
    // "H.E." is four units: H . E .
    if u.span.len() == 1 && doc.s(i) == "H" && doc.s(i + 1) == "." && doc.s(i + 2) == "E" {
        return if doc.s(i + 3) == "." { 4 } else { 3 };
    }
    if !has(u, tc::HONORIFIC) {
        return 0;
    }
    let mut n = 1;
    if doc.s(i + 1) == "." && doc.units.get(i + 1).is_some_and(|d| !d.space_before) {
        n += 1;
    }
    // "His Excellency", "His Highness": "His" alone is no honorific.
    if matches!(doc.low(i), "his" | "her") {
        return if matches!(doc.low(i + n), "excellency" | "highness" | "majesty") {
            n + 1
        } else {
            0
        };
    }
    n
}

/// Whether unit `i` is an initial: one capital letter and a period ("A.").
fn initial(doc: &Doc<'_>, i: usize) -> bool {
    // One character takes at most four bytes: longer units are no letter.
    if !doc
        .units
        .get(i)
        .is_some_and(|u| u.word && u.cap && u.span.len() <= 4)
    {
        return false;
    }
    doc.s(i).chars().nth(1).is_none()
        && doc.s(i + 1) == "."
        && doc.units.get(i + 1).is_some_and(|u| !u.space_before)
}

/// Whether unit `i` is a one-word city or region name that ends a name
/// here ("Rovshan Najaf"): a surname may be spelled like a place, but not
/// like a country.
fn city_surname(doc: &Doc<'_>, i: usize) -> bool {
    doc.geo_at(i).is_some_and(|g| {
        g.end == i + 1
            && matches!(g.kind, PlaceKind::City | PlaceKind::Region)
            && !doc.cap(i + 1)
            && doc.units.get(i).is_some_and(|u| u.cap && !u.acronym)
            && !doc.blocked(i)
    })
}

/// Whether unit `i` is a lower-case name particle ("bin", "van").
fn particle(doc: &Doc<'_>, i: usize) -> bool {
    doc.units
        .get(i)
        .is_some_and(|u| u.word && !u.cap && has(u, tc::PARTICLE))
}

/// The name starting at unit `i` (after any honorifics), if one does:
/// name words up to the first unit that cannot be part of a name. Needs at
/// least `min` words.
pub(super) fn name_at(doc: &Doc<'_>, i: usize, min: usize) -> Option<NameRun> {
    let mut start = i;
    let mut guard = 0;
    loop {
        let h = honorific_len(doc, start);
        if h == 0 || guard > 3 {
            break;
        }
        start += h;
        guard += 1;
    }
    let end = name_end(doc, start)?;
    let run = NameRun {
        outer: i,
        start,
        end,
    };
    (run.len() >= min && run.len() <= MAX_UNITS && !continues_as_org(doc, end)).then_some(run)
}

/// One past the last name word of the name starting at `start`.
fn name_end(doc: &Doc<'_>, start: usize) -> Option<usize> {
    if !(nameable(doc, start) || initial(doc, start)) {
        return None;
    }
    let mut k = start;
    let mut last_word: Option<usize> = None;
    let n = doc.len();
    while k < n && k < start + MAX_UNITS + 2 {
        if k > start && !doc.same_sentence(start, k) {
            break;
        }
        if initial(doc, k) {
            k += 2;
        } else if nameable(doc, k) || k > start && city_surname(doc, k) {
            last_word = Some(k);
            k += 1;
        } else if particle(doc, k) && k > start && (nameable(doc, k + 1) || particle(doc, k + 1)) {
            k += 1;
        } else {
            break;
        }
    }
    // A name ends on a full word, never on an initial or a particle.
    let last_word = last_word?;
    let mut end = last_word + 1;
    // Suffixes: "Jr.", "III".
    if let Some(u) = doc.units.get(end)
        && u.word
        && u.space_before
        && has(u, tc::SUFFIX)
        && u.cap
    {
        end += 1;
        if doc.s(end) == "." && doc.units.get(end).is_some_and(|d| !d.space_before) {
            end += 1;
        }
    }
    Some(end)
}

/// Whether the capitalized words after `end` make the name part of an
/// organization or place ("Rustam Aliyev International Airport",
/// "... Foundation").
fn continues_as_org(doc: &Doc<'_>, end: usize) -> bool {
    let mut k = end;
    while k < doc.len() && k < end + 4 && doc.same_sentence(end.saturating_sub(1), k) {
        let Some(u) = doc.units.get(k) else { break };
        if !u.word || !u.cap || has(u, tc::FUNCTION) {
            return false;
        }
        if u.oclass & (oc::HEAD | oc::LEGAL | oc::PLACE) != 0 {
            return true;
        }
        k += 1;
    }
    false
}

/// The name that ends right before unit `end` (exclusive), if one does:
/// for appositions ("Lars Eklund, CEO of …"). Needs at least `min` words.
pub(super) fn name_before(doc: &Doc<'_>, end: usize, min: usize) -> Option<NameRun> {
    if end == 0 {
        return None;
    }
    // Skip a suffix ("Jr.").
    let mut last = end;
    if doc.s(last - 1) == "." && last >= 2 && has_suffix(doc, last - 2) {
        last -= 2;
    } else if has_suffix(doc, last - 1) {
        last -= 1;
    }
    if last < 2
        || !(nameable(doc, last - 1) || city_surname(doc, last - 1) && nameable(doc, last - 2))
    {
        return None;
    }
    let mut start = last - 1;
    while start > 0 && end - start < MAX_UNITS + 2 && doc.same_sentence(start - 1, last - 1) {
        let p = start - 1;
        if nameable(doc, p) || particle(doc, p) {
            start = p;
        } else if p >= 1 && doc.s(p) == "." && initial(doc, p - 1) {
            start = p - 1;
        } else {
            break;
        }
    }
    while particle(doc, start) && start < last {
        start += 1;
    }
    let mut outer = start;
    // "H.E. Nasser Al-Otaibi" reads backwards as two initials and a name:
    // the honorific is not part of it.
    let h = honorific_len(doc, start);
    if h > 0 && start + h < last {
        start += h;
    }
    // Honorifics before the name, possibly several ("His Highness
    // Sheikh").
    for _ in 0..3 {
        // An honorific that ends here, or that reaches over one already
        // taken ("His" of "His Highness").
        let Some(back) = (1..=4).find(|&b| outer >= b && honorific_len(doc, outer - b) >= b) else {
            break;
        };
        outer -= back;
    }
    let run = NameRun { outer, start, end };
    (run.len() >= min && run.len() <= MAX_UNITS).then_some(run)
}

/// Whether unit `i` is a capitalized name suffix ("Jr", "III").
fn has_suffix(doc: &Doc<'_>, i: usize) -> bool {
    doc.units
        .get(i)
        .is_some_and(|u| u.word && u.cap && has(u, tc::SUFFIX))
}

/// Every name of at least `min` words in the document, in text order.
pub(super) fn all_names(doc: &Doc<'_>, min: usize) -> Vec<NameRun> {
    // Room for a name every 32 units (news copy has about one every 50),
    // so that the list seldom grows.
    let mut out = Vec::with_capacity(doc.len() / 32 + 4);
    // A name starts on a capitalized word (a name word, an honorific, an
    // initial) or on a particle-led word ("al-Nahyan"): the units that are
    // neither are passed over by their marks alone.
    let starts = mark::CAP | mark::NAME_WORD;
    let mut i = doc.next_marked(0, starts);
    while i < doc.len() {
        let u = &doc.units[i];
        // A name starts on a name word, an honorific or an initial ("A."
        // or the "H" of "H.E."): a unit that is none of them (at most
        // four bytes holds any one letter) starts no name.
        if !(u.word && (u.cap || u.name_word))
            || !(u.name_word || has(u, tc::HONORIFIC) || u.span.len() <= 4)
        {
            i = doc.next_marked(i + 1, starts);
            continue;
        }
        // Start only where a name can start: not right after another name
        // word (that would be the inside of a longer run).
        let after_name = i > 0 && nameable(doc, i - 1) && doc.same_sentence(i - 1, i);
        if !after_name && let Some(run) = name_at(doc, i, min) {
            out.push(run);
            i = doc.next_marked(run.end, starts);
            continue;
        }
        i = doc.next_marked(i + 1, starts);
    }
    out
}

/// The name as text: the name words, without honorifics.
pub(super) fn name_text(doc: &Doc<'_>, run: &NameRun) -> String {
    join_words(doc.text_of(run.start, run.end)).into_owned()
}

/// The white-space separated words of `s` joined by single spaces (what
/// collecting [`str::split_whitespace`] and joining makes, without its
/// character decoding for ASCII text): `s` itself when it is already so
/// spaced, else one string of the right size.
pub(super) fn join_words(s: &str) -> Cow<'_, str> {
    // Most names are ASCII words with single spaces between them, which
    // is what joining makes of them: such text is the text itself.
    if spaced_once(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for_words(s, |w| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    });
    Cow::Owned(out)
}

/// Whether `s` is printable ASCII words with one space between each two
/// and none around them (an empty text is not).
fn spaced_once(s: &str) -> bool {
    // A space first counts as a second space in a row.
    let mut prev = b' ';
    for &b in s.as_bytes() {
        if !(b.is_ascii_graphic() || b == b' ' && prev != b' ') {
            return false;
        }
        prev = b;
    }
    prev != b' '
}

/// Calls `f` with each white-space separated word of `s`, in order, as
/// [`str::split_whitespace`] finds them; ASCII text is split byte by
/// byte, with no decoding.
pub(super) fn for_words<'s>(s: &'s str, mut f: impl FnMut(&'s str)) {
    if !s.is_ascii() {
        s.split_whitespace().for_each(f);
        return;
    }
    // The ASCII white space of `char::is_whitespace`, vertical tab included.
    let space = |b: u8| b.is_ascii_whitespace() || b == 0x0B;
    let bytes = s.as_bytes();
    let mut start: Option<usize> = None;
    for (i, &b) in bytes.iter().enumerate() {
        match (space(b), start) {
            (true, Some(a)) => {
                f(s.get(a..i).unwrap_or(""));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(a) = start {
        f(s.get(a..).unwrap_or(""));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Scan;

    /// The names of `text` with at least `min` words.
    fn names(text: &str, min: usize) -> Vec<String> {
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        all_names(&doc, min)
            .iter()
            .map(|r| name_text(&doc, r))
            .collect()
    }

    #[test]
    fn finds_names_with_particles_honorifics_and_suffixes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Yesterday Dr Amir Karimzadeh met Sheikh Hamad bin Khalid Al-Rashidi.",
                &["Amir Karimzadeh", "Hamad bin Khalid Al-Rashidi"],
            ),
            (
                "The envoy greeted Mr. Tomas van der Berg and H.E. Ivan Petrovsky.",
                &["Tomas van der Berg", "Ivan Petrovsky"],
            ),
            (
                "Councilor Marco Ruiz Jr. spoke, said Ana Kovac-Lindqvist.",
                &["Marco Ruiz Jr.", "Ana Kovac-Lindqvist"],
            ),
            (
                "Talks in Baku with Kazakhstan went well, said A. Dosmukhanov.",
                &["A. Dosmukhanov"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text, 2), *want, "{text}");
        }
    }

    #[test]
    fn places_and_organizations_are_not_names() {
        assert!(names("He landed at the Rustam Aliyev International Airport.", 2).is_empty());
        assert!(names("The Central Bank of Azerbaijan and President Street.", 2).is_empty());
        assert!(names("On Monday, March 3 in Tashkent.", 2).is_empty());
    }

    #[test]
    fn honorifics_before_an_apposition_are_not_the_name() {
        // (text, unit right after the name, expected name, expected first
        // unit of the honorifics).
        let cases: &[(&str, usize, &str, usize)] = &[
            ("It was H.E. Omar Al-Farsi, the CEO.", 8, "Omar Al-Farsi", 2),
            (
                "Today His Highness Sheikh Mansour Al Hajri, the Amir.",
                7,
                "Mansour Al Hajri",
                1,
            ),
            ("Then Dr. Ana Kovac, the minister.", 5, "Ana Kovac", 1),
            // A particle right before the last word ("bin Omar").
            (
                "Then Dr. Saeed bin Omar, the chairman.",
                6,
                "Saeed bin Omar",
                1,
            ),
            ("Then Ruud van Dijk, the mayor.", 4, "Ruud van Dijk", 1),
        ];
        for (text, end, want, outer) in cases {
            let scan = Scan::new(text);
            let doc = Doc::new(&scan, 0..scan.tokens.len());
            let run = name_before(&doc, *end, 2);
            assert_eq!(
                run.map(|r| name_text(&doc, &r)).as_deref(),
                Some(*want),
                "{text}"
            );
            assert_eq!(run.map(|r| r.outer), Some(*outer), "{text}");
        }
    }

    #[test]
    fn words_join_like_split_whitespace() {
        // Texts copied whole and texts rejoined, ASCII and not.
        for s in [
            "Yerlan Abenov",
            "Yerlan  Abenov",
            " Yerlan Abenov",
            "Yerlan Abenov ",
            "Deputy Chairman of the Cabinet of\nMinisters",
            "a\tb\x0Bc\x0Cd\re",
            "Şəki  Ltd.",
            "Ana\u{a0}Kovac",
            "x\u{1}y z",
            "",
            " ",
            "O'Neill",
        ] {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(join_words(s), want, "{s:?}");
        }
        assert!(spaced_once("Yerlan Abenov") && spaced_once("A."));
        assert!(!spaced_once("") && !spaced_once("a  b") && !spaced_once("é"));
    }

    #[test]
    fn name_before_an_apposition() {
        let text = "Lena Ostrova, CEO of the port, said so.";
        let scan = Scan::new(text);
        let doc = Doc::new(&scan, 0..scan.tokens.len());
        let run = name_before(&doc, 2, 2);
        assert_eq!(
            run.map(|r| name_text(&doc, &r)),
            Some("Lena Ostrova".to_string())
        );
    }
}
