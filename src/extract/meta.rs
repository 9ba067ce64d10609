//! Article metadata: header line, byline, dateline, source, headline and
//! the publication date.
//!
//! Everything here reads the first lines of the text (the head) and a few
//! of the last (sign-offs and credits), plus the attributions of the first
//! paragraphs ("…, Trend reports."). The rules, in order of trust:
//!
//! * **published**: the ` date YYYY-MM-DD` header; else a dated page line
//!   in the head ("24 August 2022 \[15:15\]", "ECONOMY 09:14 / 03.05.2022",
//!   "Thursday, March 8, 2012"); else a dateline that states its year; else
//!   a dated sign-off ("///nCa, 9 October 2023"). A dateline without a year
//!   gives no publication date (the year is a guess), but its
//!   [`Dateline::date`] takes the year from the text, or from the
//!   reference date.
//! * **source**: a credit in the header ("By Azernews", "(MENAFN- Trend
//!   News Agency)"); else an agency in a byline ("By Name – Trend:"); else
//!   the agency of the dateline ("/TASS/", "(Xinhua)", "AZERTAC"); else an
//!   attribution in the first paragraphs ("Trend reports", "Report
//!   informs"); else a closing credit ("(Source: X)", a final "(X)",
//!   "///X"); else an agency cited in the past tense or with "according
//!   to". Known agencies take their usual short name; a government press
//!   service, a ministry or a photo credit is never a source.
//! * **authors**: bylined names that look like people ("By Lala
//!   Jafarova", "Guest post by Name, Title"); an agency in a byline is the
//!   source instead.
//! * **headline**: a short first line without a final period, followed by
//!   more text.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use chrono::{Datelike, NaiveDate};

use crate::Dateline;
use crate::extract::dates;
use crate::lexicon::{calendar, geo, sources};
use crate::scan::{Scan, TokenKind};

/// What the header, byline and dateline give.
#[derive(Debug, Default)]
pub(crate) struct Meta {
    /// The headline, when the text starts with one.
    pub headline: Option<String>,
    /// The credited agency, by its usual short name.
    pub source: Option<String>,
    /// The publication date.
    pub published: Option<NaiveDate>,
    /// The dateline, its date completed with a year.
    pub dateline: Option<Dateline>,
    /// Bylined authors.
    pub authors: Vec<String>,
    /// Byte offset where the body starts. Only the tests read it: the
    /// extractors read the whole text, since headline figures count too.
    #[cfg(test)]
    pub body_start: usize,
}

/// How many non-blank lines from the top make the head.
const HEAD_LINES: usize = 14;
/// How many non-blank lines from the end may hold a closing credit.
const TAIL_LINES: usize = 4;
/// How many head lines after the header block may open with a dateline.
const DATELINE_LINES: usize = 12;
/// How many paragraphs after the head may hold the source attribution.
const ATTRIBUTION_PARAGRAPHS: usize = 4;

/// Where a source credit was found; lower is more trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// A credit on the ` date` header line.
    Header,
    /// A byline or a site-name line.
    Byline,
    /// The dateline's credit.
    Dateline,
    /// "…, Trend reports." in the first paragraphs.
    Attribution,
    /// A credit closing the article.
    Closing,
    /// An agency cited in the past tense or with "according to".
    Cited,
}

/// A non-blank line: byte offsets of its first and past its last
/// non-white-space character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Line {
    /// Offset of the first non-white-space character.
    start: usize,
    /// Offset past the last non-white-space character.
    end: usize,
}

/// The non-blank line in `raw`, a line of the text (without its line
/// break) starting at offset `pos`.
fn non_blank(raw: &str, pos: usize) -> Option<Line> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = pos + (raw.len() - raw.trim_start().len());
    Some(Line {
        start,
        end: start + trimmed.len(),
    })
}

/// The first `n` non-blank lines of the text, as the scanner reads them:
/// a line it reads on from the one before (a hard-wrapped paragraph, or a
/// line going on in lower case) is part of that line, so the first line
/// of a wrapped paragraph is no headline of its own.
fn head_lines(scan: &Scan<'_>, n: usize) -> Vec<Line> {
    let text = scan.text;
    let mut out: Vec<Line> = Vec::with_capacity(n);
    let mut pos = 0usize;
    let mut after_blank = true;
    // The token at or after the line read last (the lines come in order).
    let mut tok = 0usize;
    for raw in text.split('\n') {
        match non_blank(raw, pos) {
            Some(line) => {
                tok = scan.token_at_guess(line.start, tok);
                let goes_on = !after_blank
                    && scan
                        .tokens
                        .get(tok)
                        .is_some_and(|t| t.span.start == line.start && !t.line_before);
                let full = out.len() == n;
                match out.last_mut() {
                    Some(last) if goes_on => last.end = line.end,
                    _ if full => break,
                    _ => out.push(line),
                }
                after_blank = false;
            }
            None => after_blank = true,
        }
        pos += raw.len() + 1;
    }
    out
}

/// The last `n` non-blank lines of the text, in text order: read from the
/// end, so that a long text is not split into lines for them.
fn tail_lines(text: &str, n: usize) -> Vec<Line> {
    let mut out = Vec::with_capacity(n);
    let mut end = text.len();
    while out.len() < n {
        let start = text
            .get(..end)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |at| at + 1);
        if let Some(raw) = text.get(start..end) {
            out.extend(non_blank(raw, start));
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    out.reverse();
    out
}

/// The metadata being collected.
#[derive(Default)]
struct Found {
    /// The best source credit so far and where it was found.
    source: Option<(Rank, String)>,
    /// Bylined authors, in order, without repeats.
    authors: Vec<String>,
    /// The publication date, once found.
    published: Option<NaiveDate>,
}

impl Found {
    /// Records a source credit unless a more trusted (or an earlier, equally
    /// trusted) one is known.
    fn source(&mut self, rank: Rank, name: &str) {
        let Some(name) = sources::normalize(name) else {
            return;
        };
        if self.source.as_ref().is_none_or(|(r, _)| rank < *r) {
            self.source = Some((rank, name));
        }
    }

    fn author(&mut self, name: &str) {
        let name = name.trim();
        if !name.is_empty() && !self.authors.iter().any(|a| a == name) {
            self.authors.push(name.to_owned());
        }
    }
}

/// Reads the metadata. `reference` is the caller's reference date, used
/// only to give a year to a dateline without one when the text has none.
pub(crate) fn extract(scan: &Scan<'_>, reference: Option<NaiveDate>) -> Meta {
    let text = scan.text;
    let head_vec = head_lines(scan, HEAD_LINES);
    let head: &[Line] = &head_vec;
    let mut found = Found::default();
    let mut body_start = 0usize;
    // The first line that may hold content (headline, dateline, body), as
    // a line whose start may be moved past a header prefix.
    let mut first_content: Option<Line> = None;
    let mut rest_index = 0usize;

    if let Some(&first) = head.first() {
        match header(text, first, &mut found) {
            Header::None => first_content = Some(first),
            Header::Consumed => {
                body_start = first.end;
                rest_index = 1;
            }
            Header::Content(start) => {
                body_start = start;
                first_content = Some(Line {
                    start,
                    end: first.end,
                });
                rest_index = 1;
            }
        }
    }
    // Byline lines right after the header (or opening the text) move the
    // body start.
    if first_content.is_none() || rest_index == 0 {
        while let Some(&line) = head.get(rest_index) {
            if !byline_line(text, line, &mut found) {
                break;
            }
            body_start = line.end;
            rest_index += 1;
        }
        first_content = head.get(rest_index).copied();
    }
    // The head lines after the header block, the first one possibly cut
    // (at most all head lines: sized once).
    let mut content: Vec<Line> = Vec::with_capacity(head.len());
    if let Some(fc) = first_content {
        content.push(fc);
        let next = head
            .iter()
            .position(|l| l.start > fc.start)
            .unwrap_or(head.len());
        content.extend(head.get(next..).unwrap_or(&[]).iter().copied());
    }

    // A breadcrumb trail of the page ("Home / Business / …", "Home > News")
    // is page furniture, not a headline.
    while content.len() > 1
        && content
            .first()
            .is_some_and(|l| is_breadcrumb(&text[l.start..l.end]))
    {
        content.remove(0);
    }
    // Bylines further down the head ("Headline / By Name – Agency:").
    for &line in content.iter().skip(1) {
        byline_line(text, line, &mut found);
    }
    // A site name alone on one of the first lines ("Trend", "AKIpress").
    for &line in content.iter().take(3) {
        let s = text[line.start..line.end].trim_matches(|c: char| !c.is_alphanumeric());
        if words_at_most(s, 3) && sources::agency(s).is_some() {
            found.source(Rank::Byline, s);
        }
    }
    for &line in &content {
        lead_byline(scan, line, &mut found);
    }

    // The tokens of each content line.
    let tokens = line_tokens(scan, &content);
    let tokens_of = |k: usize| tokens.get(k).copied().unwrap_or((0, 0));

    let headline = content
        .first()
        .filter(|l| content.len() > 1 && is_headline(scan, **l, tokens_of(0)))
        .map(|l| text[l.start..l.end].trim().to_owned());

    // Which content lines are running text, asked below more than once:
    // each line is counted once, when first asked about.
    let mut body: Vec<Option<bool>> = vec![None; content.len()];
    let mut is_body = |k: usize, line: Line| -> bool {
        match body.get_mut(k) {
            Some(Some(b)) => *b,
            Some(slot) => *slot.insert(is_body_line(text, line)),
            None => is_body_line(text, line),
        }
    };
    // Page date lines: short lines of the head, before the first body line.
    if found.published.is_none() {
        for (k, &line) in content.iter().enumerate() {
            if is_body(k, line) {
                break;
            }
            if let Some(d) = page_date(scan, line, tokens_of(k)) {
                found.published = Some(d);
                break;
            }
        }
    }

    // The dateline: at the start of one of the first content lines.
    // A dateline with a date or a credit may follow a few lines of page
    // furniture and captions; a bare "PLACE –" only opens one of the first
    // two lines of running text.
    let mut dateline = None;
    let mut body_lines = 0usize;
    for (k, &line) in content.iter().enumerate().take(DATELINE_LINES) {
        if let Some(dl) = dateline_at_line(scan, tokens_of(k))
            && (dl.date.is_some() || dl.source.is_some() || body_lines < 2)
        {
            dateline = Some(dl);
            break;
        }
        if is_body(k, line) {
            body_lines += 1;
        }
    }
    if let Some(dl) = &dateline {
        if let Some(src) = &dl.source {
            found.source(Rank::Dateline, src);
        }
        if found.published.is_none()
            && let Some((Some(y), m, d)) = dl.date
        {
            found.published = NaiveDate::from_ymd_opt(y, m, d);
        }
    }

    attributions(scan, body_start, &mut found);
    closing_credits(scan, &tail_lines(text, TAIL_LINES), head, &mut found);

    let published = found.published;
    let dateline = dateline.map(|dl| {
        let date = dl.date.and_then(|(y, m, d)| {
            let year = y
                .or_else(|| published.map(|p| nearest_year(p, m, d)))
                .or_else(|| text_year(scan))
                .or_else(|| reference.map(|r| nearest_year(r, m, d)))?;
            NaiveDate::from_ymd_opt(year, m, d)
        });
        Dateline {
            place: Some(dl.place),
            date,
            span: Some(dl.span),
        }
    });
    Meta {
        headline,
        source: found.source.map(|(_, s)| s),
        published,
        dateline,
        authors: found.authors,
        #[cfg(test)]
        body_start: body_start.min(text.len()),
    }
}

/// The year that puts month `m`, day `d` nearest to `anchor`.
fn nearest_year(anchor: NaiveDate, m: u32, d: u32) -> i32 {
    let y = anchor.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|c| {
            NaiveDate::from_ymd_opt(c, m, d).map(|x| (c, (x - anchor).num_days().abs()))
        })
        .min_by_key(|&(_, dist)| dist)
        .map_or(y, |(c, _)| c)
}

/// The year the text itself is written in, as far as it says: the latest
/// year it states in a sentence that is not about the future.
fn text_year(scan: &Scan<'_>) -> Option<i32> {
    dates::latest_stated_year(scan)
}

/// What the first line gave.
enum Header {
    /// No ` date` header.
    None,
    /// A header whose line holds nothing else of the article.
    Consumed,
    /// A header followed on its line by content starting at this offset.
    Content(usize),
}

/// Reads a ` date YYYY-MM-DD` header line and the credits that follow the
/// date on it ("By Azernews", "(MENAFN- Trend News Agency)", "nCa Report").
fn header(text: &str, line: Line, found: &mut Found) -> Header {
    let s = &text[line.start..line.end];
    let Some(after) = s.strip_prefix("date") else {
        return Header::None;
    };
    let lead = after.len() - after.trim_start().len();
    if lead == 0 {
        return Header::None;
    }
    let date_str = after.trim_start();
    let Some(iso) = date_str.get(..10) else {
        return Header::None;
    };
    let Ok(date) = iso.parse::<NaiveDate>() else {
        return Header::None;
    };
    found.published = Some(date);
    let mut pos = line.start + 4 + lead + 10;
    loop {
        let rest_full = &text[pos..line.end];
        let rest = rest_full.trim_start();
        pos += rest_full.len() - rest.len();
        if rest.is_empty() {
            return Header::Consumed;
        }
        // "By Azernews", "By Name".
        if let Some(by) = rest
            .strip_prefix("By ")
            .or_else(|| rest.strip_prefix("BY "))
        {
            byline(by, found);
            return Header::Consumed;
        }
        // "(MENAFN- Trend News Agency)" and the unbalanced
        // "MENAFN - The Peninsula) Xinhua".
        let menafn = rest
            .strip_prefix("(MENAFN")
            .or_else(|| rest.strip_prefix("MENAFN"));
        if let Some(m) = menafn
            && let Some(close) = m.find(')')
        {
            let credited =
                m[..close].trim_start_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
            let used = rest.len() - m.len() + close + 1;
            let after_close = &rest[used..];
            // An agency named right after the credit, alone on the line,
            // is the agency the outlet reprints.
            let tail = after_close.trim();
            if !tail.is_empty() && words_at_most(tail, 4) && sources::agency(tail).is_some() {
                found.source(Rank::Header, tail);
                return Header::Consumed;
            }
            found.source(Rank::Header, credited);
            pos += used;
            continue;
        }
        // A short credit line: "nCa Report".
        if words_at_most(rest, 3)
            && !rest.ends_with('.')
            && let Some(name) = leading_agency(rest)
        {
            found.source(Rank::Header, name);
            return Header::Consumed;
        }
        return Header::Content(pos);
    }
}

/// The number of white-space separated words of `s`, counted up to `cap`:
/// lines can be whole paragraphs, and the callers only compare the count
/// with small bounds.
fn word_count(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    let mut count = 0usize;
    // Whether the byte before `i` is white space (the text's start is).
    let mut after_space = true;
    let mut i = 0usize;
    while i < bytes.len() && count < cap {
        // Eight ASCII bytes at once: their white space bytes, and the word
        // starts among them (a byte that is not white space after one that
        // is).
        if let Some(chunk) = bytes.get(i..i + 8)
            && let Ok(chunk) = <[u8; 8]>::try_from(chunk)
        {
            let x = u64::from_le_bytes(chunk);
            if x & HIGH_BITS == 0 {
                let space = ascii_space_mask(x);
                let before = (space << 8) | if after_space { 0x80 } else { 0 };
                let starts = !space & before & HIGH_BITS;
                count += starts.count_ones() as usize;
                after_space = space >> 56 != 0;
                i += 8;
                continue;
            }
        }
        // A non-ASCII character, or the last bytes: one character.
        let (space, len) = match bytes.get(i) {
            Some(&b) if b < 0x80 => (ascii_space(b), 1),
            _ => match s.get(i..).and_then(|r| r.chars().next()) {
                Some(c) => (c.is_whitespace(), c.len_utf8()),
                None => break,
            },
        };
        if !space && after_space {
            count += 1;
        }
        after_space = space;
        i += len;
    }
    count.min(cap)
}

/// The high bit of every byte of a 64-bit number.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` (eight ASCII bytes) that is white
/// space: a space, or a control from tab to carriage return (the ASCII
/// white space of `char::is_whitespace`).
fn ascii_space_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // A space: the byte XOR 0x20 is zero (exact per byte: no carries).
    let t = x ^ (ONES * 0x20);
    let nonzero = ((t & !HIGH_BITS).wrapping_add(!HIGH_BITS) | t) & HIGH_BITS;
    let is_space = !nonzero & HIGH_BITS;
    // 9 to 13: at least 9 and not at least 14 (ASCII bytes: no carries).
    let from_tab = x.wrapping_add(ONES * (0x80 - 9)) & HIGH_BITS;
    let from_14 = x.wrapping_add(ONES * (0x80 - 14)) & HIGH_BITS;
    is_space | (from_tab & !from_14)
}

/// Whether `s` has at most `n` words.
fn words_at_most(s: &str, n: usize) -> bool {
    word_count(s, n + 1) <= n
}

/// Whether ASCII byte `b` is white space (as `char::is_whitespace`).
fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The known agency that starts `s` ("nCa Report" → "nCa"), trying the
/// longest run of words first.
fn leading_agency(s: &str) -> Option<&'static str> {
    let words: Vec<&str> = s.split_whitespace().take(4).collect();
    (1..=words.len())
        .rev()
        .find_map(|n| sources::agency(&words[..n].join(" ")))
}

/// Reads a byline line ("By Name", "By Agency", "By Name – Agency:") into
/// `found`; whether the line was one.
fn byline_line(text: &str, line: Line, found: &mut Found) -> bool {
    let s = &text[line.start..line.end];
    let Some(by) = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY ")) else {
        return false;
    };
    if !words_at_most(by, 10) {
        return false;
    }
    byline(by, found)
}

/// Reads the text after "By": names become authors, an agency the source.
/// Whether anything was read.
fn byline(by: &str, found: &mut Found) -> bool {
    let by = byline_head(by.trim().trim_end_matches([':', '.', ',']).trim());
    // "Name – Agency", "Name | Agency", "Name, Agency".
    let split = [" – ", " — ", " - ", " | ", " / ", ", "]
        .iter()
        .filter_map(|sep| by.find(sep).map(|at| (at, sep.len())))
        .min();
    let (names, agency) = match split {
        Some((at, len)) => (&by[..at], Some(by[at + len..].trim())),
        None => (by, None),
    };
    let mut any = false;
    // "By Name, May 5, 2023": a date is not an outlet.
    if let Some(a) = agency
        && (sources::agency(a).is_some()
            || (looks_like_outlet(a) && !a.chars().any(|c| c.is_ascii_digit())))
    {
        found.source(Rank::Byline, a);
        any = true;
    }
    // "By Staff Writer": nobody and no outlet, but a byline all the same.
    if sources::is_desk_only(names) {
        return true;
    }
    if sources::agency(names).is_some() {
        found.source(Rank::Byline, names);
        return true;
    }
    let people: Vec<&str> = names
        .split(" and ")
        .flat_map(|p| p.split(" & "))
        .map(str::trim)
        .collect();
    if people.iter().all(|p| is_person_name(p)) {
        for p in people {
            found.author(p);
        }
        return true;
    }
    if looks_like_outlet(names) {
        found.source(Rank::Byline, names);
        return true;
    }
    any
}

/// A byline without the section and date some sites print after the name
/// ("Name in Business on 4 March 2025" → "Name").
fn byline_head(by: &str) -> &str {
    let mut by = by;
    // " on <date>": a day number or a month name after "on".
    if let Some(at) = by.rfind(" on ") {
        let first = by[at + 4..].split_whitespace().next().unwrap_or("");
        let w = calendar::word(first.trim_end_matches([',', '.']));
        if first.starts_with(|c: char| c.is_ascii_digit()) || w.month != 0 || w.abbreviation != 0 {
            by = by[..at].trim_end_matches(',');
        }
    }
    // " in <Section>": one to three capitalized words after a name.
    if let Some(at) = by.rfind(" in ") {
        let section: Vec<&str> = by[at + 4..].split_whitespace().collect();
        if (1..=3).contains(&section.len())
            && section.iter().all(|w| w.starts_with(char::is_uppercase))
            && is_person_name(&by[..at])
        {
            by = &by[..at];
        }
    }
    by
}

/// Whether a line is a page's breadcrumb trail: "Home" and a separator
/// ("Home / Business / Title", "Home > News > Title", "Home » Economy").
fn is_breadcrumb(line: &str) -> bool {
    let Some(rest) = line.trim_start().strip_prefix("Home") else {
        return false;
    };
    let rest = rest.trim_start();
    rest.starts_with(['/', '>', '»', '|', '›'])
}

/// Whether `s` reads as a person's name: two to four capitalized words,
/// none of them an outlet word.
fn is_person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) || sources::agency(s).is_some() {
        return false;
    }
    words.iter().all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
            && !sources::is_outlet_word(w.trim_end_matches('.'))
    })
}

/// Whether `s` reads as an outlet credit: one to four words, the first
/// capitalized (or a digit, "24.kg"), no government word.
fn looks_like_outlet(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .first()
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !words
            .iter()
            .any(|w| sources::is_not_source_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// "Guest blog post by Name, Title", "Written by Name", "Author: Name": an
/// author named after a byline word on a head line.
fn lead_byline(scan: &Scan<'_>, line: Line, found: &mut Found) {
    let text = scan.text;
    let s = &text[line.start..line.end];
    for label in ["Author:", "Authors:", "Reporter:"] {
        if let Some(rest) = s.strip_prefix(label) {
            for name in rest.split([',', '&']).flat_map(|p| p.split(" and ")) {
                if is_person_name(name.trim()) {
                    found.author(name.trim());
                }
            }
            return;
        }
    }
    // The first " by " of the line, found with `memchr`-backed search
    // (lines can be whole paragraphs).
    let Some(at) = BY.as_ref().and_then(|f| f.find(s)).map(|m| m.start()) else {
        return;
    };
    // Only the count of the words before (at most five) and the last of
    // them are read: counted in passing, without a list.
    let (mut count, mut last) = (0usize, None);
    for w in s[..at].split_whitespace().take(6) {
        count += 1;
        last = Some(w);
    }
    if count == 0 || count > 5 {
        return;
    }
    if !last.is_some_and(sources::is_byline_lead) {
        return;
    }
    let after = &s[at + 4..];
    let name_end = after.find([',', '|', '(', ';']).unwrap_or(after.len());
    let name = after[..name_end].trim();
    if is_person_name(name) {
        found.author(name);
    }
}

/// A finder of " by " (a byline word inside a line).
static BY: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new([" by "]).ok());

/// Whether a line reads as running text rather than page furniture: long,
/// or a full sentence.
fn is_body_line(text: &str, line: Line) -> bool {
    let s = &text[line.start..line.end];
    let words = word_count(s, 14);
    words >= 14 || (words >= 6 && s.ends_with(['.', '!', '?', '"', '”']))
}

/// Whether a line is a headline: a short line of words, without a final
/// period, not a label line or a date line.
fn is_headline(scan: &Scan<'_>, line: Line, tokens: (usize, usize)) -> bool {
    let s = &scan.text[line.start..line.end];
    if s.len() > 250 {
        return false;
    }
    let words = word_count(s, 26);
    if !(3..=25).contains(&words) {
        return false;
    }
    if s.ends_with(['.', ':', ';', ',']) || s.contains(". ") {
        return false;
    }
    let first_word = s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if sources::is_label(first_word) && s[first_word.len()..].trim_start().starts_with(':') {
        return false;
    }
    if s.starts_with("By ")
        || page_date(scan, line, tokens).is_some()
        || dateline_at_line(scan, tokens).is_some()
        || is_ticker(scan, tokens)
    {
        return false;
    }
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '“')
}

/// Whether the tokens `lo..hi` are an exchange-rate ticker ("USD 2.6845
/// EUR 2.9120 TRY 0.0832"): at least as many digit runs as words, two or
/// more of the words three capitals long, as currency codes are.
fn is_ticker(scan: &Scan<'_>, (lo, hi): (usize, usize)) -> bool {
    let tokens = scan.tokens.get(lo..hi).unwrap_or(&[]);
    let numbers = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Number)
        .count();
    let words = (lo..hi).filter(|&i| {
        scan.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    });
    let codes = words
        .clone()
        .filter(|&i| {
            let w = scan.tok(i);
            w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase())
        })
        .count();
    codes >= 2 && numbers >= words.count()
}

/// The date of a page date line: a short line whose only content is a full
/// date, a time, a section name or a counter ("ECONOMY 09:14 /
/// 03.05.2022 2741", "Published: 14 Mar. 2022, 08:32").
fn page_date(scan: &Scan<'_>, line: Line, (lo, hi): (usize, usize)) -> Option<NaiveDate> {
    if line.end - line.start > 90 {
        return None;
    }
    let (date, used) = dates::full_date_in(scan, lo..hi)?;
    let fields = label_fields(scan, lo, hi);
    let other_words = (lo..hi)
        .filter(|i| !used.contains(i) && !fields.iter().any(|f| f.contains(i)))
        .filter(|&i| {
            let t = &scan.tokens[i];
            t.kind == TokenKind::Word
                && scan.tok(i).chars().count() >= 2
                && calendar::weekday(scan.tok(i)).is_none()
                && !matches!(
                    scan.tok(i),
                    "UTC" | "GMT" | "MSK" | "AM" | "PM" | "am" | "pm"
                )
        })
        .count();
    (other_words <= 3).then_some(date)
}

/// How many words a labelled field of a page line may hold after its label
/// ("Editor: Jane Smith").
const FIELD_WORDS: usize = 4;

/// The labelled fields of a page line in tokens `lo..hi` ("Source: Xinhua",
/// "Editor: Jane Smith" in "Source: Xinhua| 2024-03-04 16:42:10|Editor:
/// Jane Smith"): a furniture label and a colon, then a few words up to the
/// next "|" or label. Their words are page furniture, not content.
fn label_fields(scan: &Scan<'_>, lo: usize, hi: usize) -> Vec<std::ops::Range<usize>> {
    let is_label_at = |i: usize| {
        i + 1 < hi
            && scan.tokens[i].kind == TokenKind::Word
            && sources::is_label(scan.tok(i))
            && scan.tok(i + 1) == ":"
    };
    let mut out = Vec::new();
    let mut i = lo;
    while i < hi {
        if !is_label_at(i) {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        let mut words = 0usize;
        while j < hi && scan.tok(j) != "|" && !is_label_at(j) {
            if scan.tokens[j].kind == TokenKind::Word {
                words += 1;
            }
            j += 1;
        }
        if words <= FIELD_WORDS {
            out.push(i..j);
        }
        i = j;
    }
    out
}

/// A dateline read from the text.
struct DatelineFound {
    /// The place, in title case when written in capitals.
    place: String,
    /// Year (when stated), month and day.
    date: Option<(Option<i32>, u32, u32)>,
    /// The agency the dateline credits.
    source: Option<String>,
    /// The dateline in the text.
    span: crate::Span,
}

/// The dateline at the start of a line, given the line's tokens, if it has
/// one.
fn dateline_at_line(scan: &Scan<'_>, (lo, hi): (usize, usize)) -> Option<DatelineFound> {
    dateline_at(scan, lo, hi.min(scan.tokens.len()))
}

/// The tokens of each of `lines` (in text order, not overlapping), as
/// `(first, past the last)`: the tokens starting inside the line, found
/// from where the line before ended.
fn line_tokens(scan: &Scan<'_>, lines: &[Line]) -> Vec<(usize, usize)> {
    let starts_before = |k: usize, at: usize| scan.tokens.get(k).is_some_and(|t| t.span.start < at);
    let mut t = lines.first().map_or(0, |l| scan.token_at(l.start));
    lines
        .iter()
        .map(|line| {
            while starts_before(t, line.start) {
                t += 1;
            }
            let lo = t;
            // The line's last token by binary search: lines can be whole
            // paragraphs.
            let rest = scan.tokens.get(lo..).unwrap_or(&[]);
            t = lo + rest.partition_point(|x| x.span.start < line.end);
            (lo, t)
        })
        .collect()
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "—")
}

fn is_cap_word(scan: &Scan<'_>, i: usize, hi: usize) -> bool {
    i < hi
        && scan.tokens[i].kind == TokenKind::Word
        && scan.tok(i).chars().next().is_some_and(char::is_uppercase)
}

fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Title case for a place written in capitals ("NUR-SULTAN" →
/// "Nur-Sultan"); other spellings are kept.
fn place_name(s: &str) -> String {
    if !all_caps(s) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// A capitalized place name at token `i`: one to three words, joined by
/// spaces or hyphens ("BAKU", "NUR-SULTAN", "LAO CAI", "New Delhi"); the
/// token after it.
fn place_at(scan: &Scan<'_>, i: usize, hi: usize) -> Option<usize> {
    if !is_cap_word(scan, i, hi) {
        return None;
    }
    let w = scan.tok(i);
    if w.chars().nth(1).is_none() || sources::is_label(w) {
        return None;
    }
    let c = calendar::word(w);
    if c.month != 0 || c.abbreviation != 0 || c.weekday.is_some() {
        return None;
    }
    let caps = all_caps(w);
    let mut j = i + 1;
    let mut words = 1;
    while j < hi {
        let t = &scan.tokens[j];
        if scan.tok(j) == "-"
            && !t.space_before
            && is_cap_word(scan, j + 1, hi)
            && !scan.tokens[j + 1].space_before
        {
            j += 2;
            continue;
        }
        if t.space_before
            && words < 3
            && is_cap_word(scan, j, hi)
            && all_caps(scan.tok(j)) == caps
            && caps
        {
            j += 1;
            words += 1;
            continue;
        }
        break;
    }
    Some(j)
}

/// The source named by a dateline's credit tokens `a..b` ("TASS", "Kabar",
/// "REPORT.AZ", "Xinhua", "Biz Hub"), when they read as one.
fn credit(scan: &Scan<'_>, a: usize, b: usize) -> Option<String> {
    if a >= b || b - a > 8 {
        return None;
    }
    let span = crate::Span::new(scan.tokens[a].span.start, scan.tokens[b - 1].span.end);
    // "/ Trend, A. Name /": the agency is the part before the comma.
    let s = scan.slice(span).split(',').next().unwrap_or("").trim();
    if !s.chars().next().is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    if sources::agency(s).is_some() || looks_like_outlet(s) {
        Some(s.to_owned())
    } else {
        None
    }
}

/// A dateline starting at token `i` (see the module documentation for the
/// forms read).
fn dateline_at(scan: &Scan<'_>, i: usize, hi: usize) -> Option<DatelineFound> {
    let place_end = place_at(scan, i, hi)?;
    let tok = |k: usize| if k < hi { scan.tok(k) } else { "" };
    let start = scan.tokens[i].span.start;
    let place_text = scan.slice(crate::Span::new(start, scan.tokens[place_end - 1].span.end));

    // "ANKARA-Anadolu Agency": a place in capitals, a hyphen, an agency.
    if let Some(h) = (i..place_end).find(|&k| tok(k) == "-")
        && all_caps(tok(i))
        && !all_caps(tok(h + 1))
    {
        let agency_span =
            crate::Span::new(scan.tokens[h + 1].span.start, scan.tokens[hi - 1].span.end);
        let name = scan.slice(agency_span);
        if sources::agency(name).is_some() {
            return Some(DatelineFound {
                place: place_name(scan.slice(crate::Span::new(start, scan.tokens[h - 1].span.end))),
                date: None,
                source: Some(name.to_owned()),
                span: crate::Span::new(start, agency_span.end),
            });
        }
        return None;
    }

    // A place not in capitals must be a known place for a dateline without
    // date or credit ("Tehran:" but not "Analysis:").
    let known_place = || {
        all_caps(place_text)
            || geo::lookup(place_text).is_some_and(|p| p.kind != geo::PlaceKind::Demonym)
    };
    // A dateline without date or credit must open running text: a
    // sentence, not a headline such as "Uzbekistan – China: trade grows".
    let body_follows = |k: usize| {
        let words = (k..hi)
            .filter(|&x| scan.tokens[x].kind == TokenKind::Word)
            .count();
        words >= 6
            && (words >= 13 || matches!(tok(hi.saturating_sub(1)), "." | "!" | "?" | "”" | "\""))
            && known_place()
    };
    let found = |date, source, end: usize| DatelineFound {
        place: place_name(place_text),
        date,
        source,
        span: crate::Span::new(start, scan.tokens[end - 1].span.end),
    };
    // "PLACE, DATE" or "PLACE, REGION, DATE"; else a region may stand
    // between the place and the other separators ("BRUSSELS, Belgium (AP)
    // —", "CEBU, Philippines -").
    let mut p = place_end;
    if tok(p) == "," {
        let k = p + 1;
        if let Some((y, m, d, e)) = dates::day_at(scan, k, hi) {
            let (source, end) = tail(scan, e, hi);
            return Some(found(Some((y, m, d)), source, end));
        }
        let mut r = k;
        while r < hi && r < k + 3 && is_cap_word(scan, r, hi) {
            r += 1;
        }
        if r == k {
            return None;
        }
        if tok(r) == ","
            && let Some((y, m, d, e)) = dates::day_at(scan, r + 1, hi)
        {
            let (source, end) = tail(scan, e, hi);
            return Some(found(Some((y, m, d)), source, end));
        }
        p = r;
    }
    match tok(p) {
        "." if p == place_end => {
            let k = p + 1;
            if let Some((y, m, d, e)) = dates::day_at(scan, k, hi) {
                let (source, end) = tail(scan, e, hi);
                return Some(found(Some((y, m, d)), source, end));
            }
            // "ASTANA. KAZINFORM": a credit in capitals or a known agency.
            let mut e = k;
            while e < hi && e < k + 3 && is_cap_word(scan, e, hi) && all_caps(tok(e)) {
                e += 1;
            }
            if e > k
                && let Some(src) = credit(scan, k, e)
            {
                return Some(found(None, Some(src), e));
            }
            None
        }
        "(" => {
            let close = (p + 1..hi.min(p + 8)).find(|&k| tok(k) == ")")?;
            let src = credit(scan, p + 1, close)?;
            let mut end = close + 1;
            if is_dash(tok(end)) || tok(end) == ":" {
                end += 1;
            }
            Some(found(None, Some(src), end))
        }
        ":" if !scan.tokens[p].space_before && body_follows(p + 1) => {
            Some(found(None, None, p + 1))
        }
        s if is_dash(s) && scan.tokens[p].space_before && body_follows(p + 1) => {
            Some(found(None, None, p + 1))
        }
        _ => None,
    }
}

/// The credit after a dateline's date ("/TASS/.", "(Xinhua) —", ",
/// AZERTAC", ". / Kabar /.", ". REPORT.AZ/"): the source and the token the
/// dateline ends before.
fn tail(scan: &Scan<'_>, from: usize, hi: usize) -> (Option<String>, usize) {
    let tok = |k: usize| if k < hi { scan.tok(k) } else { "" };
    let mut k = from;
    let mut end = from;
    let mut source = None;
    let limit = hi.min(from + 12);
    while k < limit {
        let t = tok(k);
        match t {
            "." | "," | ":" => {
                k += 1;
                end = k;
            }
            "/" | "(" if source.is_none() => {
                let close_tok = if t == "/" { "/" } else { ")" };
                let Some(close) = (k + 1..limit).find(|&x| tok(x) == close_tok) else {
                    break;
                };
                match credit(scan, k + 1, close) {
                    Some(s) => source = Some(s),
                    None => break,
                }
                k = close + 1;
                end = k;
            }
            _ if is_dash(t) => {
                end = k + 1;
                // "MOSCOW, May 5 - RIA Novosti." : an agency after the dash.
                if source.is_none()
                    && let Some((s, e)) = known_agency_at(scan, k + 1, hi)
                    && (e >= hi || matches!(tok(e), "." | "," | ":" | "/" | "-" | "–" | "—"))
                {
                    source = Some(s.to_owned());
                    end = e;
                }
                break;
            }
            _ if source.is_none() && is_cap_word(scan, k, hi) => {
                // A known agency: "AZERTAC", "REPORT.AZ/", "KAZINFORM".
                let Some((s, e)) = known_agency_at(scan, k, hi) else {
                    break;
                };
                // Followed by the body, only a credit in capitals counts
                // ("Report informs" starts a sentence).
                let alone = e >= hi || matches!(tok(e), "/" | "." | "," | "-" | "–" | "—");
                if !alone && !all_caps(s) {
                    break;
                }
                source = Some(s.to_owned());
                k = e;
                if tok(k) == "/" {
                    k += 1;
                }
                end = k;
            }
            _ => break,
        }
    }
    (source, end.max(from))
}

/// The longest known agency name starting at token `k` (up to four tokens:
/// "REPORT.AZ", "RIA Novosti"), and the token after it.
fn known_agency_at<'a>(scan: &Scan<'a>, k: usize, hi: usize) -> Option<(&'a str, usize)> {
    if !is_cap_word(scan, k, hi) {
        return None;
    }
    (1..=4).rev().find_map(|n| {
        // The name ends on a word ("RIA Novosti", not "RIA Novosti.").
        if k + n > hi || scan.tokens[k + n - 1].kind == TokenKind::Punct {
            return None;
        }
        let span = crate::Span::new(scan.tokens[k].span.start, scan.tokens[k + n - 1].span.end);
        let s = scan.slice(span);
        sources::agency(s).map(|_| (s, k + n))
    })
}

/// Source attributions in the first paragraphs of the body: "…, Trend
/// reports.", "Report informs", "…, UNN reports .", "Trend reports via …",
/// "IRNA reported.", "according to a report by 24.kg".
fn attributions(scan: &Scan<'_>, body_start: usize, found: &mut Found) {
    let first_para = scan
        .paragraphs
        .partition_point(|p| p.span.end <= body_start);
    let last_para = (first_para + ATTRIBUTION_PARAGRAPHS).min(scan.paragraphs.len());
    let paragraphs = scan.paragraphs.get(first_para..last_para).unwrap_or(&[]);
    let region = match (paragraphs.first(), paragraphs.last()) {
        (Some(a), Some(b)) => a.span.start..b.span.end,
        _ => return,
    };
    let verbs = credit_words_in(scan, region);
    for p in paragraphs {
        for s in p.sentences.clone() {
            let Some(sen) = scan.sentences.get(s) else {
                continue;
            };
            let (lo, hi) = (sen.tokens.start, sen.tokens.end.min(scan.tokens.len()));
            let from = verbs.partition_point(|&v| v < lo);
            let to = verbs.partition_point(|&v| v < hi);
            let here = verbs.get(from..to).unwrap_or(&[]);
            if let Some((rank, name)) = attribution(scan, lo, hi, here) {
                found.source(rank, &name);
            }
        }
    }
}

/// A byte table: 1 for the given letters in either case.
const fn letter_table(letters: &[u8]) -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < letters.len() {
        table[letters[i] as usize] = 1;
        table[letters[i].to_ascii_uppercase() as usize] = 1;
        i += 1;
    }
    table
}

/// The first letters of the credit verbs and "according".
const CREDIT_FIRST: [u8; 256] = letter_table(b"riwa");
/// Their last letters.
const CREDIT_LAST: [u8; 256] = letter_table(b"sdeg");

/// The word tokens in byte range `region` that are a credit verb or
/// "according", in order.
fn credit_words_in(scan: &Scan<'_>, region: std::ops::Range<usize>) -> Vec<usize> {
    let bytes = scan.text.as_bytes();
    let lo = scan.token_at(region.start);
    let hi = scan.token_at(region.end);
    let tokens = scan.tokens.get(lo..hi).unwrap_or(&[]);
    (lo..)
        .zip(tokens)
        .filter(|&(_, t)| {
            // A quick test on the length and the first and last letters,
            // computed without branches (which mispredict on running text);
            // then the words themselves.
            let n = t.span.end.wrapping_sub(t.span.start);
            let first = bytes.get(t.span.start).copied().unwrap_or(0);
            let last = bytes.get(t.span.end.wrapping_sub(1)).copied().unwrap_or(0);
            let maybe = u8::from(n.wrapping_sub(5) <= 4)
                & CREDIT_FIRST[usize::from(first)]
                & CREDIT_LAST[usize::from(last)]
                & u8::from(t.kind == TokenKind::Word);
            maybe != 0 && {
                let w = scan.slice(t.span);
                CREDIT_VERBS_PRESENT
                    .iter()
                    .chain(CREDIT_VERBS_PAST)
                    .chain(&["according"])
                    .any(|x| w.eq_ignore_ascii_case(x))
            }
        })
        .map(|(i, _)| i)
        .collect()
}

/// Verbs of an agency credit.
const CREDIT_VERBS_PRESENT: &[&str] = &["reports", "informs", "writes"];
const CREDIT_VERBS_PAST: &[&str] = &["reported", "informed", "wrote"];
/// Words that may follow a credit verb and still end the credit ("Trend
/// reports via the ministry", "citing the ministry").
const CREDIT_CONTINUATIONS: &[&str] = &["via", "citing", "quoting", "with", "referring"];

/// The agency credited in sentence tokens `lo..hi`, if any, given the
/// credit words of the sentence (`verbs`, see [`credit_words_in`]): the
/// last credit in the sentence wins ("Echo of the Region writes, UNN
/// reports").
fn attribution(scan: &Scan<'_>, lo: usize, hi: usize, verbs: &[usize]) -> Option<(Rank, String)> {
    let mut out = None;
    let tok = |k: usize| if k >= lo && k < hi { scan.tok(k) } else { "" };
    let ends_sentence = |k: usize| k >= hi || matches!(tok(k), "." | "!" | "”" | "\"");
    // Only the credit words of the sentence can start a credit.
    for &v in verbs.iter().filter(|&&v| v >= lo && v < hi) {
        let w = tok(v);
        let present = CREDIT_VERBS_PRESENT
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x));
        let past = CREDIT_VERBS_PAST.iter().any(|x| w.eq_ignore_ascii_case(x));
        if !present && !past {
            // "according to (a report by | X's news agency known as) X".
            if w.eq_ignore_ascii_case("according") && tok(v + 1).eq_ignore_ascii_case("to") {
                let mut e = v + 2;
                while e < hi {
                    let inside_name = tok(e) == "."
                        && scan.tokens.get(e + 1).is_some_and(|t| !t.space_before)
                        && e + 1 < hi;
                    if matches!(tok(e), "," | "." | ";") && !inside_name {
                        break;
                    }
                    e += 1;
                }
                if let Some(name) = trailing_agency(scan, v + 2, e) {
                    out = Some((Rank::Cited, name));
                }
            }
            continue;
        }
        let rank = if present {
            Rank::Attribution
        } else {
            Rank::Cited
        };
        // "X reports." with X before the verb.
        // The continuation may follow a comma: "Report informs, citing …".
        let next = match tok(v + 1) {
            "," => tok(v + 2),
            t => t,
        };
        let continues = CREDIT_CONTINUATIONS
            .iter()
            .any(|x| next.eq_ignore_ascii_case(x));
        if v > lo && (ends_sentence(v + 1) || continues) {
            let mut a = v;
            while a > lo && v - a < 5 {
                let t = &scan.tokens[a - 1];
                let s = scan.tok(a - 1);
                let joins =
                    matches!(s, "." | "-") && !t.space_before && !scan.tokens[a].space_before;
                if t.kind == TokenKind::Word || t.kind == TokenKind::Number || joins {
                    a -= 1;
                } else {
                    break;
                }
            }
            if a < v
                && let Some(name) = credited_name(scan, a, v, present)
            {
                out = Some((rank, name));
                continue;
            }
        }
        // ", reports X." with X after the verb.
        if v > lo && tok(v - 1) == "," {
            let mut e = v + 1;
            while e < hi && !ends_sentence(e) && e - v <= 5 {
                e += 1;
            }
            if ends_sentence(e)
                && e > v + 1
                && let Some(name) = credited_name(scan, v + 1, e, present)
            {
                out = Some((rank, name));
            }
        }
    }
    out
}

/// The credited name in tokens `a..b` when it reads as an agency: a known
/// one, or (for a present-tense credit) a short capitalized name that is
/// no government body, company or pronoun.
fn credited_name(scan: &Scan<'_>, a: usize, b: usize, structural: bool) -> Option<String> {
    let span = crate::Span::new(
        scan.tokens.get(a)?.span.start,
        scan.tokens.get(b - 1)?.span.end,
    );
    let s = scan.slice(span);
    // A known agency ending the name ("the official news agency IRNA").
    for k in a..b {
        let from = scan.tokens.get(k)?.span.start;
        if let Some(n) = sources::agency(scan.slice(crate::Span::new(from, span.end))) {
            return Some(n.to_owned());
        }
    }
    if !structural {
        return None;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let connectors = ["of", "the", "and", "de"];
    let ok = (1..=4).contains(&words.len())
        && words.first().is_some_and(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && words.iter().all(|w| {
            connectors.contains(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && !words
            .iter()
            .any(|w| sources::is_not_source_word(w.trim_matches(|c: char| !c.is_alphanumeric())));
    ok.then(|| s.to_owned())
}

/// A known agency ending tokens `a..b` ("… news agency known as Uza", "a
/// report by 24.kg", "IRNA").
fn trailing_agency(scan: &Scan<'_>, a: usize, b: usize) -> Option<String> {
    if b <= a || b - a > 12 {
        return None;
    }
    let end = scan.tokens.get(b - 1)?.span.end;
    for n in (1..=4.min(b - a)).rev() {
        let start = scan.tokens.get(b - n)?.span.start;
        let s = scan.slice(crate::Span::new(start, end));
        if let Some(name) = sources::agency(s) {
            // "according to the SPA" names a body the text has introduced
            // ("Santos Port Authority (SPA)"), not an agency credit; "the
            // Saudi Press Agency" is an agency's full name.
            let after_the = n == 1 && b - n > a && scan.tok(b - n - 1).eq_ignore_ascii_case("the");
            return (!after_the).then(|| name.to_owned());
        }
    }
    None
}

/// The first occurrence of `needle` in `s`, found by its first character
/// (a rare one: "(", "/"), which is cheaper than a substring search on
/// lines that seldom hold it.
fn find_from_char(s: &str, needle: &str) -> Option<usize> {
    let first = needle.chars().next()?;
    let mut from = 0usize;
    // `str::find` with a character runs on `memchr`.
    while let Some(at) = s.get(from..).and_then(|rest| rest.find(first)) {
        let at = from + at;
        if s.get(at..).is_some_and(|rest| rest.starts_with(needle)) {
            return Some(at);
        }
        from = at + first.len_utf8();
    }
    None
}

/// Closing credits: "(Source: X)" on a head or tail line, a final "(X)"
/// after the last sentence, and a "///X, 9 October 2023" sign-off (which also
/// dates the article when nothing else does).
fn closing_credits(scan: &Scan<'_>, tail: &[Line], head: &[Line], found: &mut Found) {
    let text = scan.text;
    // The head lines holding a "(Source:" credit, found in one search over
    // the head (most hold none).
    let region = match (head.first(), head.last()) {
        (Some(a), Some(b)) => text.get(a.start..b.end).map(|r| (a.start, r)),
        _ => None,
    };
    // Found by their "(" with `memchr`, quicker than a substring search.
    let mut hits = region
        .into_iter()
        .flat_map(|(from, r)| {
            r.match_indices('(')
                .filter(move |&(at, _)| r.get(at..).is_some_and(|x| x.starts_with("(Source:")))
                .map(move |(at, _)| from + at)
        })
        .peekable();
    let head_lines = head.iter().filter(|line| {
        while hits.next_if(|&at| at < line.start).is_some() {}
        hits.peek().is_some_and(|&at| at < line.end)
    });
    let with_credit: Vec<&Line> = head_lines.collect();
    for line in with_credit.into_iter().chain(tail.iter()) {
        let s = &text[line.start..line.end];
        if let Some(at) = find_from_char(s, "(Source:")
            && let Some(close) = s[at..].find(')')
        {
            let name = s[at + 8..at + close].trim();
            if words_at_most(name, 4) && looks_like_outlet(name) {
                found.source(Rank::Closing, name);
            }
        }
    }
    for line in tail {
        let s = &text[line.start..line.end];
        if let Some(at) = find_from_char(s, "///") {
            let after = &s[at + 3..];
            let name_end = after.find([',', ' ', '(']).unwrap_or(after.len());
            let name = &after[..name_end];
            if !name.is_empty() && (sources::agency(name).is_some() || looks_like_outlet(name)) {
                found.source(Rank::Closing, name);
                if found.published.is_none() {
                    let from = line.start + at + 3 + name_end;
                    let lo = scan.token_at(from);
                    let hi = scan.token_at(line.end).min(lo + 8);
                    if let Some((d, _)) = dates::full_date_in(scan, lo..hi) {
                        found.published = Some(d);
                    }
                }
            }
        }
    }
    // A final "(FREEMAN)" after the last sentence of the article (page
    // links may follow it).
    for last in tail {
        let s = &text[last.start..last.end];
        if let Some(inner) = s.strip_suffix(')')
            && let Some(open) = inner.rfind('(')
        {
            let name = inner[open + 1..].trim();
            let before = inner[..open].trim_end();
            let after_sentence = before.ends_with(['.', '!', '?', '"', '”']);
            if after_sentence
                && words_at_most(name, 3)
                && name
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
                && (sources::agency(name).is_some() || (all_caps(name) && name.len() >= 2))
            {
                found.source(Rank::Closing, name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(text: &str) -> Meta {
        extract(&Scan::new(text), None)
    }

    fn day(s: &str) -> Option<NaiveDate> {
        Some(s.parse().expect("test date"))
    }

    #[test]
    fn header_lines() {
        // (text, published, source, authors, body starts with)
        for (text, published, source, authors, body) in [
            (
                " date 2021-05-17 By Azernews\n\nBy Lala Jafarova\n\nThe port signed a memorandum, Azernews reports.",
                day("2021-05-17"),
                Some("Azernews"),
                vec!["Lala Jafarova"],
                "\n\nThe port",
            ),
            (
                " date 2018-10-02 By Trend\n\n\n\nThe president received a delegation.",
                day("2018-10-02"),
                Some("Trend"),
                vec![],
                "\n\n\n\nThe president",
            ),
            (
                " date 2022-02-15 (MENAFN- Trend News Agency) BAKU, Azerbaijan, February 15. The minister flew to Bishkek for talks, Trend reports.",
                day("2022-02-15"),
                Some("Trend"),
                vec![],
                "BAKU, Azerbaijan",
            ),
            (
                " date 2024-09-22 MENAFN - The Gulf Daily) Xinhua\n\nTehran: The two governments signed three papers on Sunday, the ministry reported.",
                day("2024-09-22"),
                Some("Xinhua"),
                vec![],
                "\n\nTehran",
            ),
            // A desk byline names no author and no source.
            (
                " date 2021-05-17\n\nBy Staff Writer\n\nThe port signed a memorandum.",
                day("2021-05-17"),
                None,
                vec![],
                "\n\nThe port",
            ),
            (
                " date 2021-05-17\n\nBy Our Correspondent – Kazinform\n\nThe port signed a memorandum.",
                day("2021-05-17"),
                Some("Kazinform"),
                vec![],
                "\n\nThe port",
            ),
            (
                " date 2021-10-18 nCa Report\n\nThe talks took place in the capital on Friday, 15 October 2021.",
                day("2021-10-18"),
                Some("nCa"),
                vec![],
                "\n\nThe talks",
            ),
            (
                " date 2019-04-03 Baku, April 3, AZERTAC\n\nThe ministries signed a memorandum of understanding.",
                day("2019-04-03"),
                Some("AZERTAC"),
                vec![],
                "Baku, April 3",
            ),
        ] {
            let m = meta(text);
            assert_eq!(m.published, published, "{text}");
            assert_eq!(m.source.as_deref(), source, "{text}");
            assert_eq!(m.authors, authors, "{text}");
            assert!(
                text[m.body_start..].starts_with(body),
                "{text}: body at {}",
                m.body_start
            );
        }
    }

    #[test]
    fn datelines() {
        // (text, place, date, source)
        for (text, place, date, source) in [
            (
                " date 2023-06-12 TASHKENT, Uzbekistan, June 12. Exports of fruit rose sharply over the spring, Trend reports.",
                "Tashkent",
                day("2023-06-12"),
                Some("Trend"),
            ),
            (
                " date 2024-10-07 DUBAI, October 7. /TASS/. Both leaders backed a new rail link during their talks.",
                "Dubai",
                day("2024-10-07"),
                Some("TASS"),
            ),
            (
                " date 2021-11-16 NUR-SULTAN, 16 November. /TASS/. The two leaders met in the capital of the country today.",
                "Nur-Sultan",
                day("2021-11-16"),
                Some("TASS"),
            ),
            (
                " date 2018-07-09 Tbilisi. 9 July. REPORT.AZ/ Work on a new logistics hub starts next month.",
                "Tbilisi",
                day("2018-07-09"),
                Some("Report"),
            ),
            (
                " date 2021-03-30 ASTANA. KAZINFORM Energy officials from five states gather in the city this week.",
                "Astana",
                None,
                Some("Kazinform"),
            ),
            (
                "Leader to tour the region\n\nBishkek, October 6, 2020 . / Kabar /. The president will visit the country on October 14-15.",
                "Bishkek",
                day("2020-10-06"),
                Some("Kabar"),
            ),
            (
                "ALMATY, Aug. 19 (Xinhua) -- Cargo on the route rose 12 percent in the first seven months of 2023, the company said.",
                "Almaty",
                day("2023-08-19"),
                Some("Xinhua"),
            ),
            (
                "Ministers meet\n\nHanoi (VNA) – The prime minister set off on June 11 on a three-day tour of the region.",
                "Hanoi",
                None,
                Some("VNA"),
            ),
            (
                "  • March 3 2021 10:00:00\n\nANKARA-Anadolu Agency\nThe two countries are set to sign a trade agreement on March 3.",
                "Ankara",
                None,
                Some("Anadolu Agency"),
            ),
            (
                " date 2024-01-08 ASTANA – The ministers of trade of the two countries signed a protocol at a meeting in the capital.",
                "Astana",
                None,
                None,
            ),
            (
                "Tehran: Iran and a Gulf neighbour signed on Tuesday three papers on shipping links, the agency said.",
                "Tehran",
                None,
                None,
            ),
            (
                "CEBU, Philippines - The two towns on Friday renewed their twinning deal at a short event in the city hall.",
                "Cebu",
                None,
                None,
            ),
            (
                "BRUSSELS, Belgium (AP) — The two blocs signed a trade agreement in the city on Monday after long talks.",
                "Brussels",
                None,
                Some("AP"),
            ),
            (
                "MOSCOW, May 5, 2019 - RIA Novosti. Two countries will sign an agreement on a new railway line this year.",
                "Moscow",
                day("2019-05-05"),
                Some("RIA Novosti"),
            ),
            (
                "Baku, Azerbaijan, Sept. 5 / Trend , A.Name /\n\nTrade with the neighbour amounted to $500 million in January-July 2013.",
                "Baku",
                day("2013-09-05"),
                Some("Trend"),
            ),
        ] {
            let m = meta(text);
            let dl = m
                .dateline
                .as_ref()
                .unwrap_or_else(|| panic!("no dateline in {text}"));
            assert_eq!(dl.place.as_deref(), Some(place), "{text}");
            assert_eq!(dl.date, date, "{text}");
            assert_eq!(m.source.as_deref(), source, "{text}");
            let span = dl.span.expect("span");
            assert!(
                text.get(span.range())
                    .is_some_and(|s| s.starts_with(&text[span.start..span.start + 2]))
            );
        }
    }

    #[test]
    fn not_datelines() {
        for text in [
            "Analysis: The two countries have signed many agreements over the years and trade keeps growing.",
            "Uzbekistan – China: trade grows\n\nTrade grew.",
            "Thursday, March 8, 2012\n\nThe president arrived.",
            "Photo: The president arrived in the capital of the country on a state visit on Monday.",
            "President Paul Ndlovu and his wife set off on June 11 on a three-day trip to the region.",
        ] {
            assert!(meta(text).dateline.is_none(), "{text}");
        }
    }

    #[test]
    fn published_from_page_lines() {
        for (text, published) in [
            (
                "Port signs a memorandum\n24 August 2022 [15:15]\n\nThe port signed a memorandum with the railway company.",
                day("2022-08-24"),
            ),
            (
                "  • November 9 2019 14:05:00\n\nANKARA-Anadolu Agency\nTwo countries are set to sign a trade agreement.",
                day("2019-11-09"),
            ),
            (
                "Leaders meet in the capital\n\nECONOMY 09:14 / 03.05.2022 2741\n\nAt the talks, both sides praised the growth of trade.",
                day("2022-05-03"),
            ),
            (
                "President arrives in the country\n\nThursday, March 8, 2012\n\nLusaka - President Paul Ndlovu has arrived in the country for talks with his host.",
                day("2012-03-08"),
            ),
            (
                "Officials meet\n\n  25 June 2018    Read: 1746\nOfficials meet\n\nOn Sunday, a delegation arrived in the country.",
                day("2018-06-25"),
            ),
            (
                "Railways open an office\n11:20 12 Aprel 2017\n87 Other\n\nAstana, April 12, AZERTAC\n\nThe railway opened an office in the city.",
                day("2017-04-12"),
            ),
            (
                "Source: Wire| 2024-03-04 16:42:10|Editor: Jane Smith\n\nCITY, March 4 (Wire) -- The port handled more cargo in the first two months of the year.",
                day("2024-03-04"),
            ),
            (
                "Source: Wire | Editor: Jane Smith | Updated: 2021-11-30 08:15\n\nThe port handled more cargo in the first two months of the year.",
                day("2021-11-30"),
            ),
            (
                "Two countries sign nine deals\nPublished: 14 Mar. 2022, 08:32\nUpdated: 14 Mar. 2022, 08:40\nThe deals cover several areas of trade.",
                day("2022-03-14"),
            ),
            (
                "Skip to content\n\nBusy Week\n\nTue, 21st Oct 2014\nThe two sides agreed deals worth US$ 4 billion at the summit in August.",
                day("2014-10-21"),
            ),
            // A dateline without a year gives no publication date.
            (
                "ASTANA, Kazakhstan, May 14. The dry port moved 640,000 tons of goods in the first four months of 2022, Trend reports.",
                None,
            ),
            // A date inside running text is not a page date.
            (
                "The shipping agencies signed Tuesday (March 12, 2019) a joint plan for the training of pilots.",
                None,
            ),
            (
                "This archive covers pages from March 2011-June 2016.\n\nPorts join a new partnership\n\nThe agencies signed a memorandum of intent.",
                None,
            ),
        ] {
            assert_eq!(meta(text).published, published, "{text}");
        }
    }

    #[test]
    fn sources_from_attributions_and_credits() {
        for (text, source) in [
            (
                "The countries signed documents in the capital, Report informs.\nMore text follows here.",
                Some("Report"),
            ),
            (
                "The prime ministers signed a memorandum. This was announced at a briefing, Echo of the Region writes, UNN reports .",
                Some("UNN"),
            ),
            (
                "A port operator has signed a towage contract, Report informs, citing the harbour authority.",
                Some("Report"),
            ),
            (
                "Grain exports fell, Trend reports via the national statistics committee.",
                Some("Trend"),
            ),
            (
                "The ministers held talks in the capital, MFA Kazakhstan reports.",
                None,
            ),
            (
                "The ministers held talks, reported the Kazakh Trade Ministry’s press service.",
                None,
            ),
            (
                "The ministers held talks, the ministry’s press service reports.",
                None,
            ),
            ("The bank signed a loan, the Bank reported Nov. 10.", None),
            (
                "The ports agreed on new tariffs, the country's official news agency IRNA reported.",
                Some("IRNA"),
            ),
            (
                "The minister led a delegation, according to the state-run news agency known as UzA.",
                Some("UzA"),
            ),
            (
                "The cabinet approved a new loan, according to a recent report by 24.kg.\nPhoto: Press office\nMore text.",
                Some("24.kg"),
            ),
            (
                "Both cities signed a pact.\n\nThe visit was a success, the mayor said. (FREEMAN)",
                Some("FREEMAN"),
            ),
            (
                "China buys most of the soybeans.\n\n(Source: Broadcast Agro)",
                Some("Broadcast Agro"),
            ),
            (
                "The premier opened a new school. ///nCa, 9 October 2023 (based on materials from the press office)",
                Some("nCa"),
            ),
            ("TradeWinds reported that the owner bought a ship.", None),
            (
                "Two countries plan to sign deals worth $2 billion in May, the Saudi Press Agency reported.",
                Some("Saudi Press Agency"),
            ),
            (
                "Two countries plan to sign deals, according to the Saudi Press Agency.",
                Some("Saudi Press Agency"),
            ),
            (
                "Two countries plan to sign deals, Xinhua News Agency reported.",
                Some("Xinhua"),
            ),
            (
                "AKIpress\n\nThe two countries signed an agreement.",
                Some("AKIpress"),
            ),
            (
                "The headquarters of the bank Photo: IC\n\nThe bank renewed swap agreements.",
                None,
            ),
        ] {
            assert_eq!(meta(text).source.as_deref(), source, "{text}");
        }
        assert_eq!(
            meta("The premier arrived. ///nCa, 9 October 2023 (based on materials)").published,
            day("2023-10-09")
        );
    }

    #[test]
    fn bylines() {
        for (text, authors, source) in [
            (
                "Two countries sign deals worth $1.2B\n\nTashkent, Uzbekistan, Nov. 21\n\nBy Timur Rasulov – Trend:\n\nThe two countries signed 11 documents.",
                vec!["Timur Rasulov"],
                Some("Trend"),
            ),
            (
                "Ports join a partnership\n\nGuest blog post by José Martínez, Under Secretary of Commerce\n\nThis week I went to see the harbour.",
                vec!["José Martínez"],
                None,
            ),
            (
                "By John Smith and Jane Doe\n\nThe deal was signed.",
                vec!["John Smith", "Jane Doe"],
                None,
            ),
            (
                "Korea signs deals\n- PARK JI-HOON\n- [email protected]\nThe firms agreed on deals.",
                vec![],
                None,
            ),
            ("Photo by John Smith\n\nThe deal was signed.", vec![], None),
            (
                "By John Smith, May 5, 2023\n\nThe deal was signed.",
                vec!["John Smith"],
                None,
            ),
            (
                "By Aigerim Suleimenova in Business on 4 March 2025\n\nThe deal was signed.",
                vec!["Aigerim Suleimenova"],
                None,
            ),
            (
                "By Omar Haddad in Nation on May 12, 2024\n\nThe deal was signed.",
                vec!["Omar Haddad"],
                None,
            ),
            (
                "Deal signed\nAuthor: Jane Doe\n\nThe deal was signed.",
                vec!["Jane Doe"],
                None,
            ),
            (
                "By Reuters Staff\n\nThe deal was signed.",
                vec![],
                Some("Reuters"),
            ),
        ] {
            let m = meta(text);
            assert_eq!(m.authors, authors, "{text}");
            assert_eq!(m.source.as_deref(), source, "{text}");
        }
    }

    #[test]
    fn headlines() {
        for (text, headline) in [
            (
                "Georgia to borrow EUR 150 million for roads\n\nEconomy\nPosted: 2 years ago\n\nGeorgia plans to borrow.",
                Some("Georgia to borrow EUR 150 million for roads"),
            ),
            (
                " date 2017-11-10 Bank, country sign loan deal for railway\n\nThe bank and the country signed a loan.",
                Some("Bank, country sign loan deal for railway"),
            ),
            (
                " date 2022-09-27 ASTANA – The leaders of both countries adopted a joint declaration on transit.",
                None,
            ),
            (
                "The ports signed a memorandum of understanding.\nThe document covers transit.",
                None,
            ),
            ("Just one line without a period", None),
            // A breadcrumb trail over the headline is not part of it.
            (
                "Home / Business / Ports sign a deal\n\nPorts sign a deal\n\nThe ports signed.",
                Some("Ports sign a deal"),
            ),
            (
                "Home » Economy\nPorts sign a deal\nThe ports signed.",
                Some("Ports sign a deal"),
            ),
            // An exchange-rate ticker over the text is no headline.
            (
                "USD 2.6845   EUR 2.9120   TRY 0.0832\n\nThe bank kept its rate.",
                None,
            ),
            (
                "Exports up 12.5% in 2023 to $1.2 bln\n\nThe ministry said so.",
                Some("Exports up 12.5% in 2023 to $1.2 bln"),
            ),
            // The first line of a hard-wrapped lead is no headline.
            (
                "The Kazakh Minister of Trade Aidar Bekov has met his counterparts from\n\
                 three countries to discuss the transit of goods across the Caspian\n\
                 Sea, the ministry said on Sunday.\n\n\
                 The talks covered ferries, ports and tariffs for the coming season.\n",
                None,
            ),
        ] {
            assert_eq!(meta(text).headline.as_deref(), headline, "{text}");
        }
    }

    #[test]
    fn a_dateline_broken_by_a_hard_wrap_is_read_whole() {
        let text = " date 2025-02-18 (MENAFN- Trend News Agency) BAKU, Azerbaijan,\n\
                    February 18. The two railway companies have signed an agreement on a\n\
                    joint platform for tracking cargo along the corridor, Trend reports.\n";
        let m = meta(text);
        let d = m.dateline.expect("dateline");
        assert_eq!(d.place.as_deref(), Some("Baku"));
        assert_eq!(d.date, day("2025-02-18"));
    }

    #[test]
    fn dateline_year_from_text_or_reference() {
        let text = "ASTANA, Kazakhstan, May 14. The dry port moved 640,000 tons in the first four months of 2022, Trend reports.";
        let m = meta(text);
        assert_eq!(m.published, None);
        assert_eq!(m.dateline.and_then(|d| d.date), day("2022-05-14"));
        let text = "ASTANA, Kazakhstan, May 14. The port handled more cargo, Trend reports.";
        let m = extract(&Scan::new(text), day("2021-05-20"));
        assert_eq!(m.dateline.and_then(|d| d.date), day("2021-05-14"));
        assert_eq!(meta(text).dateline.and_then(|d| d.date), None);
    }

    #[test]
    fn word_counts_match_split_whitespace() {
        for text in [
            "",
            " ",
            "one",
            "  one two\tthree\nfour  ",
            "a b c d e f g h i j k l m n o p q r s t",
            "exactly8 bytes12345678 x",
            "“Quoted” words – and\u{a0}no-break spaces, \u{2003}em\u{200b}zero",
            "Ş ə ü ŞƏ é\u{85}next",
            "word\u{3000}ideographic\u{2028}line",
        ] {
            for cap in [0, 1, 3, 14, 100] {
                let want = text.split_whitespace().take(cap).count();
                assert_eq!(word_count(text, cap), want, "{text:?} {cap}");
            }
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            " date",
            " date ",
            " date 2022-13-45 By",
            " date 2022-08-24",
            " date 2022-08-24 By ",
            " date 2022-08-24 (MENAFN- ",
            " date 2022-08-24 (MENAFN-)",
            "MENAFN) ",
            "By",
            "By \n",
            "BAKU,",
            "BAKU, Azerbaijan,",
            "BAKU, Azerbaijan, August 32.",
            "BAKU. 31 February. REPORT.AZ/",
            "BAKU (",
            "BAKU-",
            "ANKARA-Anadolu",
            "(Source:",
            "(Source: )",
            "///",
            "///,",
            "x (",
            ")",
            "Ş ə ü\n(ŞƏ)",
            "The end. (Ə)",
            "Tehran:",
            "according to",
            ", reports",
            "reports",
        ] {
            let m = meta(text);
            assert!(m.body_start <= text.len());
            if let Some(span) = m.dateline.and_then(|d| d.span) {
                assert!(text.get(span.range()).is_some(), "{text:?}");
            }
        }
    }
}
