//! Money, tonnage and percentages.
//!
//! One left-to-right pass over the scanner's tokens. At each token the
//! finder tries, in order: an exchange-rate ticker to skip ("USD/AZN"), a
//! currency before a number ("$", "US$", "USD", "Rs", "ringgit"), "percent
//! of N", and a number followed by a unit (currency, mass or percent). A
//! number with no unit may head a range or list whose last member carries
//! the unit ("10-15%", "between 10 and 20 dollars", "18.3 million and 17.6
//! million tons"); a unit-bearing amount may be followed by a dash, "to", or
//! "and" after "between", and a number that shares it ("$10-20", "between
//! $2 and $3 billion": a scale after the second number applies to a first
//! that has none). Money in whole units may take cents after it ("3 dollars
//! 50 cents"). Each token is looked at a bounded number of times, so the
//! pass is linear.
//!
//! Speed: most tokens are ordinary words, and a start test decides them
//! from token kinds, lengths and first bytes with one table look-up
//! ([`cannot_start`], then `Finder::may_start`); the lexicon tables are
//! matched ASCII case-insensitively without lower-casing or hashing
//! ([`AsciiMap`](crate::lexicon::units::AsciiMap)), ISO codes are checked
//! through a cache, and the places of the text are searched only when an
//! ambiguous currency needs them.
//!
//! Money that is an exchange rate ("1 USD = 1.7 AZN", "470 tenge per
//! dollar", "the euro at 97 rubles", an unscaled amount written to four
//! decimals, a ticker line "USD 2.68 ▲ EUR 2.91 ▼") is dropped. A currency
//! word several currencies share ("som", "manat", "pounds") is resolved by
//! the nearest country cue: the countries its clause names, then its
//! sentence, then the dateline's city, then the word's own spelling ("soms"
//! is Kyrgyz, "sums" Uzbek), then the countries the whole article names,
//! then the lexicon's default; country names, demonyms, capitals and cities
//! come from the geo lexicon. `extract` reports each such reading as an
//! `AmbiguousCurrency` diagnostic.

mod numbers;
mod view;

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use self::numbers::{Num, NumOpts, number_at};
use self::view::View;
use crate::extract::Ctx;
use crate::extract::dates::Dates;
use crate::extract::places::Places as SharedPlaces;
use crate::lexicon::currency::{self, Ambiguity, Cur};
use crate::lexicon::geo::{self, PlaceMatch};
use crate::lexicon::units::{self, AsciiWords, ScaleUse};
use crate::scan::{Scan, Token, TokenKind};
use crate::{Approximation, Currency, Diagnostic, DiagnosticKind, Quantity, Span, Unit};

/// Every quantity in `text`, without periods (no article date). Used by the
/// `FromStr` impls of `Money`, `Tonnage` and `Percentage`.
pub(crate) fn quantities_in(text: &str) -> Vec<Quantity> {
    quantities_in_scan(&Scan::new(text))
}

/// Every quantity of an already scanned text, without periods. Never
/// inlined, so that profiles of the pass can single it out.
#[inline(never)]
pub(crate) fn quantities_in_scan(scan: &Scan<'_>) -> Vec<Quantity> {
    let places = SharedPlaces::new(scan.text);
    let mut finder = Finder::new(scan, &places);
    finder.run();
    finder
        .found
        .into_iter()
        .filter_map(|f| f.into_quantity(scan.text, None))
        .collect()
}

/// Every quantity in the article, with the period its sentence states.
// The pipeline shares its dates with later extractors (`extract_with`).
#[cfg(test)]
pub(crate) fn extract(ctx: &Ctx<'_, '_>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Quantity> {
    let places = SharedPlaces::new(ctx.scan.text);
    extract_with(ctx, &Dates::new(ctx.scan, ctx.anchor), &places, diagnostics)
}

/// [`extract`], reading periods from `dates` (the article's dates, which
/// later extractors go on reading) and places from `places` (the
/// article's place names, which later extractors read too).
pub(crate) fn extract_with(
    ctx: &Ctx<'_, '_>,
    dates: &Dates<'_, '_>,
    places: &SharedPlaces<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Quantity> {
    let scan = ctx.scan;
    let mut finder = Finder::new(scan, places);
    finder.run();
    let mut out = Vec::with_capacity(finder.found.len());
    for f in finder.found {
        if let Some(note) = &f.note {
            diagnostics.push(Diagnostic::new(
                DiagnosticKind::AmbiguousCurrency,
                note.clone(),
                Some(f.span),
            ));
        }
        let period = scan
            .sentence_at(f.span.start)
            .and_then(|s| dates.period_for_tokens(s, f.span, Some(f.tokens)));
        if let Some(q) = f.into_quantity(scan.text, period) {
            out.push(q);
        }
    }
    out
}

/// One amount found, before it becomes a [`Quantity`].
#[derive(Debug)]
struct Found {
    value: Decimal,
    unit: Unit,
    approximation: Approximation,
    span: Span,
    /// Its first token and the token after its last (what
    /// [`Scan::token_at`] finds for the span's ends).
    tokens: (usize, usize),
    /// How an ambiguous currency word was resolved, for a diagnostic.
    note: Option<String>,
}

impl Found {
    fn into_quantity(self, text: &str, period: Option<crate::Period>) -> Option<Quantity> {
        let quoted = self.span.get(text)?;
        Some(Quantity {
            kind: self.unit.kind(),
            value: self.value.normalize(),
            unit: self.unit,
            approximation: self.approximation,
            text: quoted.to_string(),
            span: self.span,
            period,
        })
    }
}

/// What a unit found next to a number measures.
#[derive(Clone, Copy, Debug)]
enum UnitKind {
    /// Money: the currency, a power of ten it scales by ("MUSD" is 6, "75
    /// USD million" is 6), and whether it is a minor unit (cents).
    Money { cur: Cur, exp: u32, minor: bool },
    /// Mass, in tonnes per unit (an exact decimal string).
    Mass(&'static str),
    /// Percent.
    Percent,
}

/// Where a unit came from; some readings are refused for some sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Symbol,
    Code,
    Abbrev,
    Name,
    Minor,
    Mass,
    Percent,
}

/// A unit found at some token: what it is and the token after it.
#[derive(Clone, Copy, Debug)]
struct UnitHit {
    kind: UnitKind,
    source: Source,
    end: usize,
}

/// One number of a group that shares a unit.
#[derive(Clone, Debug)]
struct Member {
    num: Num,
    /// First token of the member's quoted text (a currency before it).
    start: usize,
    /// One past the member's last token (its unit, when it has one).
    end: usize,
    /// Minor-unit amount added to the value ("and 43 cents" adds 0.43).
    extra: Decimal,
    /// Its own approximation word ("between 2 g and about 7 g").
    approximation: Option<Approximation>,
}

/// Words that can start a reading with no currency or number right after
/// them: number words ("twenty-five percent"), "a" and "an" ("a billion
/// dollars"), "minus" ("minus five percent"), the first words of spaced
/// dollar signs ("us $ 150") and of currency names written before the
/// number ("Malaysian ringgit 42").
static STARTERS: LazyLock<AsciiWords> = LazyLock::new(|| {
    AsciiWords::new(
        units::number_words()
            .chain(["a", "an", "minus"])
            .chain(currency::spaced_dollars().first_words())
            .chain(currency::prefix_words()),
    )
});

/// Whether no reading can start at token `t`, followed by the token
/// `next`: the test that lets the pass skip most tokens with a few
/// instructions, from token kinds, lengths and first bytes alone
/// ([`Finder::may_start`] then looks closer at the rest). Words skipped
/// here are ASCII, not before digits or a `$`, not "p…" words, and not of
/// the length and first two letters of any starter word.
#[inline(always)]
fn cannot_start(t: &Token, next: Option<&Token>, bytes: &[u8], starters: &AsciiWords) -> bool {
    let Some(&b0) = bytes.get(t.span.start) else {
        return true;
    };
    let first = |n: &Token| bytes.get(n.span.start).copied().unwrap_or(0);
    match t.kind {
        TokenKind::Number => false,
        TokenKind::Punct => match b0 {
            b'$' => false,
            b'-' | b'+' | b'.' => {
                !next.is_some_and(|n| n.kind == TokenKind::Number && !n.space_before)
            }
            _ => b0.is_ascii(),
        },
        TokenKind::Word => {
            if !b0.is_ascii() {
                return false;
            }
            let len = t.span.len();
            if let Some(n) = next {
                match n.kind {
                    TokenKind::Number => return false,
                    TokenKind::Punct => {
                        let nb = first(n);
                        if nb == b'$' || (len <= 3 && matches!(nb, b'.' | b'/')) {
                            return false;
                        }
                    }
                    TokenKind::Word => {}
                }
            }
            let b1 = bytes.get(t.span.start + 1).copied().unwrap_or(0);
            b0 | 0x20 != b'p' && !starters.may_contain(len, b0, b1)
        }
    }
}

/// How many tokens around an amount its clause may reach, and how far a
/// weight word for "pounds" is looked for.
const CLAUSE_TOKENS: usize = 80;

/// Range and list connectors.
fn is_dash(t: &str) -> bool {
    matches!(t, "-" | "–" | "—" | "‒")
}

struct Finder<'s, 'a> {
    v: View<'s, 'a>,
    /// Reused buffer for number parsing.
    buf: String,
    /// The places of the last sentence asked about (its byte range too):
    /// the article's own matches, borrowed, unless the sentence had to be
    /// searched alone (see [`SharedPlaces::within`]).
    sentence_places: Option<(std::ops::Range<usize>, Cow<'s, [PlaceMatch]>)>,
    /// The article's place names, searched once for all extractors.
    shared: &'s SharedPlaces<'s>,
    /// The currencies met so far, by code.
    currencies: Vec<(&'static str, Currency)>,
    /// The country of the dateline's city, found the first time it is
    /// needed.
    dateline: Option<Option<&'static str>>,
    /// What the whole article decides for each ambiguous word met so far.
    article_picks: Vec<(&'static Ambiguity, Option<&'static str>)>,
    /// Reused buffer for the members of a chain ("10, 15 and 20%").
    group: Vec<Member>,
    found: Vec<Found>,
}

impl<'s, 'a> Finder<'s, 'a> {
    fn new(scan: &'s Scan<'a>, shared: &'s SharedPlaces<'s>) -> Finder<'s, 'a> {
        Finder {
            v: View { scan },
            buf: String::new(),
            sentence_places: None,
            shared,
            currencies: Vec::new(),
            dateline: None,
            article_picks: Vec::new(),
            group: Vec::new(),
            // Room for an amount every 32 tokens (news copy has about one
            // every 60), so that the list seldom grows, however long the
            // text.
            found: Vec::with_capacity(scan.tokens.len() / 32 + 8),
        }
    }

    fn run(&mut self) {
        let scan = self.v.scan;
        let tokens = scan.tokens.as_slice();
        let bytes = scan.text.as_bytes();
        let starters: &AsciiWords = &STARTERS;
        let mut i = 0;
        while let Some(t) = tokens.get(i) {
            if cannot_start(t, tokens.get(i + 1), bytes, starters) {
                i += 1;
                continue;
            }
            i = match self.try_at(i) {
                Some(next) if next > i => next,
                _ => i + 1,
            };
        }
    }

    /// Whether any reading can start at token `i`: a cheap test on the
    /// token and its neighbours that lets the pass skip most words and
    /// punctuation with no lookup at all. It reads token kinds, lengths and
    /// first bytes; lookups come only for the few tokens it lets through.
    fn may_start(&self, i: usize) -> bool {
        let scan = self.v.scan;
        let tokens = scan.tokens.as_slice();
        let bytes = scan.text.as_bytes();
        let Some(t) = tokens.get(i) else {
            return false;
        };
        let Some(&b0) = bytes.get(t.span.start) else {
            return false;
        };
        // The next token's kind, first byte and glue, read once.
        let next = tokens.get(i + 1);
        let next_kind = next.map(|n| n.kind);
        let next_b0 = next
            .and_then(|n| bytes.get(n.span.start))
            .copied()
            .unwrap_or(0);
        let glued_number = next.is_some_and(|n| n.kind == TokenKind::Number && !n.space_before);
        let next_glued = next.is_some_and(|n| !n.space_before);
        let dollar_at = |k: usize| {
            tokens.get(k).is_some_and(|n| {
                n.kind == TokenKind::Punct && bytes.get(n.span.start) == Some(&b'$')
            })
        };
        // Glued to the word or number before it ("2022-23", "COVID-19",
        // the point of "5.3" read with its number).
        let glued_after = i > 0
            && !t.space_before
            && tokens
                .get(i - 1)
                .is_some_and(|p| matches!(p.kind, TokenKind::Word | TokenKind::Number));
        match t.kind {
            // Digits before a word that can be no unit, scale or connector
            // ("in 2021 exports", "24 August") start nothing.
            TokenKind::Number => match next_kind {
                Some(TokenKind::Word) => may_follow_number(&self.v, i + 1),
                _ => true,
            },
            TokenKind::Punct => match b0 {
                b'$' => true,
                // Signs and a leading decimal point: "-3%", ".5%".
                b'-' | b'+' | b'.' => glued_number && !glued_after,
                0..=0x7f => false,
                _ => {
                    let t = self.v.tok(i);
                    (t == "−" && glued_number && !glued_after) || currency::may_start_symbol(t)
                }
            },
            TokenKind::Word => {
                if !b0.is_ascii() {
                    // "元", "ரூ": a symbol written in letters.
                    return currency::may_start_symbol(self.v.tok(i));
                }
                let len = t.span.len();
                let word = self.v.tok(i);
                match next_kind {
                    // A currency or a sign right before digits: "USD 200",
                    // "RMB95", "ringgit 42", "minus 4".
                    Some(TokenKind::Number) => {
                        return currency::may_prefix(word) || word.eq_ignore_ascii_case("minus");
                    }
                    // A symbol glued to letters ("US$4.7"); an
                    // abbreviation's period before digits ("Rs. 20") or in
                    // a symbol ("U.S.$4.7"); a ticker ("USD/AZN").
                    Some(TokenKind::Punct) if next_glued && len <= 4 => match next_b0 {
                        b'$' => return true,
                        b'.' => {
                            return len <= 3
                                && (tokens
                                    .get(i + 2)
                                    .is_some_and(|n| n.kind == TokenKind::Number)
                                    || (i + 2..=i + 4).any(dollar_at));
                        }
                        b'/' => return len == 3,
                        _ => {}
                    },
                    _ => {}
                }
                // A spaced dollar: "us $ 150", "u s $ 150".
                if len <= 3 && (dollar_at(i + 1) || dollar_at(i + 2) || dollar_at(i + 3)) {
                    return currency::spaced_dollars()
                        .starting_with_letters(word)
                        .is_some_and(|p| !p.is_empty());
                }
                // "percent of 10", "per cent of twenty".
                if b0 | 0x20 == b'p' {
                    return units::percent_words()
                        .starting_with_letters(word)
                        .is_some_and(|p| !p.is_empty())
                        && (1..=3).any(|d| self.v.is(i + d, "of"));
                }
                if !STARTERS.contains(word) {
                    return false;
                }
                // A currency name before digits: "Malaysian ringgit 42".
                if currency::may_prefix(word)
                    && (2..=3).any(|d| {
                        tokens
                            .get(i + d)
                            .is_some_and(|n| n.kind == TokenKind::Number)
                    })
                {
                    return true;
                }
                // Number words and "a" lead to an amount only before what
                // may follow a number ("two billion", "a ton", "five
                // percent", "one-third", "two, three and four %").
                match next_kind {
                    Some(TokenKind::Word) => {
                        may_follow_number(&self.v, i + 1)
                            || units::number_word(self.v.tok(i + 1)).is_some()
                            || self.v.is(i + 1, "a")
                    }
                    Some(TokenKind::Punct) => true,
                    _ => false,
                }
            }
        }
    }

    /// Tries every reading that starts at token `i`; returns the token after
    /// what was consumed.
    fn try_at(&mut self, i: usize) -> Option<usize> {
        if !self.may_start(i) {
            return None;
        }
        if let Some(next) = self.ticker_at(i) {
            return Some(next);
        }
        if let Some((cur, exp, after)) = self.prefix_at(i) {
            return self.prefixed(i, cur, exp, after);
        }
        if let Some(next) = self.percent_of(i) {
            return Some(next);
        }
        let num = self.num(i, NumOpts::default())?;
        match self.suffix_at(&num) {
            Some(unit) => self.suffixed(num, unit),
            None => self.chain(num),
        }
    }

    /// Parses a number at `i`.
    fn num(&mut self, i: usize, opts: NumOpts) -> Option<Num> {
        let v = self.v;
        let unit_at = |k: usize| unit_start(&v, k);
        number_at(&v, i, opts, &unit_at, &mut self.buf)
    }

    /// "USD/AZN", "EUR/USD": an exchange-rate ticker; skipped whole.
    fn ticker_at(&self, i: usize) -> Option<usize> {
        let v = &self.v;
        let is_code = |k: usize| v.is_word(k) && (currency::is_code(v.tok(k)) || v.is(k, "rmb"));
        (is_code(i)
            && v.tok(i + 1) == "/"
            && v.attached(i + 1)
            && v.attached(i + 2)
            && is_code(i + 2))
        .then_some(i + 3)
    }

    /// A currency written before a number at token `i`: the currency, the
    /// power of ten it scales by ("MUSD"), and the token where the number
    /// starts.
    fn prefix_at(&self, i: usize) -> Option<(Cur, u32, usize)> {
        let v = &self.v;
        if v.is_number(i) {
            return None;
        }
        let (cur, exp, after) = if let Some((cur, end)) = self.symbol_at(i) {
            (cur, 0, end)
        } else if !v.is_word(i) {
            return None;
        } else if (1..=4).any(|d| v.tok(i + d) == "$")
            && let Some((p, end)) = v.phrase(currency::spaced_dollars(), i)
        {
            (p.value, 0, end)
        } else {
            let word = v.tok(i);
            if !currency::may_prefix(word) {
                return None;
            }
            if let Some(c) = currency::code(word) {
                (Cur::Code(c), 0, i + 1)
            } else if let Some(c) = mega_code(word) {
                (Cur::Code(c), 6, i + 1)
            } else if let Some(a) = currency::abbreviation(word).filter(|a| a.prefix) {
                // "Rs. 20": the abbreviation's period.
                let end = if v.tok(i + 1) == "." && v.attached(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                (a.cur, 0, end)
            } else if let Some((p, end)) = v
                .phrase(currency::names(), i)
                .filter(|(p, _)| p.value.prefix)
            {
                (p.value.cur, 0, end)
            } else {
                return None;
            }
        };
        let digits_next = v.is_number(after) || (v.tok(after) == "." && v.is_number(after + 1));
        digits_next.then_some((cur, exp, after))
    }

    /// A currency symbol starting at token `i` whose end falls on a token
    /// end, and the token after it.
    fn symbol_at(&self, i: usize) -> Option<(Cur, usize)> {
        let v = &self.v;
        if v.is_number(i) {
            return None;
        }
        // Most words cannot start a symbol: only a short prefix glued to a
        // sign ("US$", "HK$") or a non-Latin word ("元", "ரூ") can.
        if v.is_word(i) {
            let t = v.tok(i);
            let glued_sign = t.len() <= 4 && matches!(v.tok(i + 1), "$" | ".") && v.attached(i + 1);
            if !glued_sign && t.is_ascii() {
                return None;
            }
        }
        let start = v.start(i);
        let rest = v.scan.text.get(start..)?;
        currency::symbols_at(rest)
            .find_map(|(cur, len)| token_ending_at(v, i, start + len).map(|end| (cur, end)))
    }

    /// Money written currency first: "$332.2 million", "USD 200", "Rs 6.4bn".
    fn prefixed(&mut self, i: usize, cur: Cur, exp: u32, after: usize) -> Option<usize> {
        let opts = NumOpts {
            after_currency: true,
            in_chain: false,
        };
        let num = self.num(after, opts)?;
        if num.words || num.start != after {
            return None;
        }
        let mut end = num.end;
        // "$120 million dollars", "£5m sterling": the unit said twice.
        if let Some(hit) = self.suffix_at(&num)
            && matches!(hit.source, Source::Name | Source::Code | Source::Abbrev)
            && let UnitKind::Money {
                cur: again,
                exp: 0,
                minor: false,
            } = hit.kind
            && same_currency(cur, again)
        {
            end = hit.end;
        }
        let unit = UnitKind::Money {
            cur,
            exp,
            minor: false,
        };
        let mut head = Member {
            num: num.clone(),
            start: i,
            end,
            extra: Decimal::ZERO,
            approximation: None,
        };
        if num.integer
            && num.exp == 0
            && exp == 0
            && let Some((extra, cents_end)) = self.cents(end)
        {
            head.extra = extra;
            head.end = cents_end;
            self.emit(&[head], unit);
            return Some(cents_end);
        }
        let next = head.end;
        let between = i > 0 && (self.v.is(i - 1, "between") || self.v.is(i - 1, "from"));
        // One or two members: held in an array, not a Vec.
        let end = match self.range_member(next, Some(cur), between) {
            Some(second) => {
                let end = second.end;
                let mut pair = [head, second];
                share_scale(&mut pair);
                self.emit(&pair, unit);
                end
            }
            None => {
                self.emit(&[head], unit);
                next
            }
        };
        Some(end)
    }

    /// A number followed by its unit: "1.4 million tons", "15%", "20 euros".
    fn suffixed(&mut self, num: Num, hit: UnitHit) -> Option<usize> {
        // "a dollar" but not "a sum of": an article stands for one only
        // before an unambiguous currency name, or before a mass unit that
        // ends its sentence and is no price's unit ("a kilogram", not "$300
        // a ton" nor "a ton of work").
        if num.article {
            let money_name = hit.source == Source::Name
                && matches!(
                    hit.kind,
                    UnitKind::Money {
                        cur: Cur::Code(_),
                        ..
                    }
                );
            let lone_mass = hit.source == Source::Mass && self.lone_mass(num.start, hit.end);
            if !(money_name || lone_mass) {
                return None;
            }
        }
        if num.words
            && !num.article
            && hit.source != Source::Percent
            && self.v.tok(hit.end.saturating_sub(1)).len() <= 2
        {
            // "five t", "two c": one- and two-letter units follow digits only.
            let short_unit = self.v.is_word(hit.end.saturating_sub(1));
            if short_unit && !matches!(hit.source, Source::Code | Source::Abbrev) {
                return None;
            }
        }
        let head = Member {
            start: num.start,
            end: hit.end,
            num,
            extra: Decimal::ZERO,
            approximation: None,
        };
        if let UnitKind::Money {
            exp: 0,
            minor: false,
            ..
        } = hit.kind
            && head.num.integer
            && head.num.exp == 0
            && let Some((extra, cents_end)) = self.cents(hit.end)
        {
            let head = Member {
                extra,
                end: cents_end,
                ..head
            };
            self.emit(&[head], hit.kind);
            return Some(cents_end);
        }
        let second = if let UnitKind::Money { cur, .. } = hit.kind {
            self.range_member(hit.end, Some(cur), false)
        } else {
            self.range_member(hit.end, None, false)
        };
        // One or two members: held in an array, not a Vec (a scale shared
        // by one member changes nothing).
        let end = match second {
            Some(second) => {
                let end = second.end;
                let mut pair = [head, second];
                share_scale(&mut pair);
                self.emit(&pair, hit.kind);
                end
            }
            None => {
                self.emit(&[head], hit.kind);
                hit.end
            }
        };
        Some(end)
    }

    /// Whether "a" and a mass unit from token `start` to `end` stands alone: at
    /// the end of its sentence, and not after an amount (a price per unit).
    fn lone_mass(&self, start: usize, end: usize) -> bool {
        let v = &self.v;
        let ends = end >= v.len() || matches!(v.tok(end), "." | "!" | "?" | ";");
        let after_amount = start > 0
            && (v.is_number(start - 1)
                || units::scale(v.tok(start - 1)).is_some()
                || self.currency_word_at(start - 1));
        ends && !after_amount
    }

    /// After an amount with its unit, a dash and a bare number that shares
    /// the unit: "$10-20", "$5-10 million", "$10-$20". "To" joins too
    /// ("$2 to $3 billion"), and "and" after "between" or "from" ("between
    /// $2 and $3 billion").
    fn range_member(&mut self, k: usize, cur: Option<Cur>, between: bool) -> Option<Member> {
        let v = &self.v;
        let joined = is_dash(v.tok(k)) || v.is(k, "to") || (between && v.is(k, "and"));
        if !joined {
            return None;
        }
        let mut j = k + 1;
        if let Some(cur) = cur
            && let Some((again, 0, after)) = self.prefix_at(j)
            && same_currency(cur, again)
        {
            j = after;
        }
        let opts = NumOpts {
            after_currency: j > k + 1,
            in_chain: true,
        };
        let num = self.num(j, opts)?;
        if num.year_like || num.article || num.words || self.suffix_at(&num).is_some() {
            return None;
        }
        // A word glued to the number ("$10-20th") is not an amount.
        if self.v.attached(num.end) && self.v.is_word(num.end) {
            return None;
        }
        // After a word, a bare number may count something else ("$5 to 10
        // people"): it must repeat the currency or carry a scale.
        if !is_dash(self.v.tok(k)) && j == k + 1 && (num.exp == 0 || num.soft_scale) {
            return None;
        }
        Some(Member {
            start: k + 1,
            end: num.end,
            num,
            extra: Decimal::ZERO,
            approximation: None,
        })
    }

    /// A bare number that heads a range or list ending in a unit.
    fn chain(&mut self, head: Num) -> Option<usize> {
        let v = self.v;
        let t = v.tok(head.end);
        let connector = t == ","
            || is_dash(t)
            || v.is(head.end, "to")
            || v.is(head.end, "and")
            || v.is(head.end, "or");
        if head.year_like || head.article || head.soft_scale || !connector {
            return None;
        }
        // The members gather in the buffer the finder keeps for them, so
        // that a chain costs no allocation after the article's first.
        let mut members = std::mem::take(&mut self.group);
        members.clear();
        let k = head.end;
        members.push(Member {
            start: head.start,
            end: head.end,
            num: head,
            extra: Decimal::ZERO,
            approximation: None,
        });
        let end = self.chain_rest(k, &mut members);
        self.group = members;
        end
    }

    /// [`chain`](Self::chain) after its head (in `members`), from the
    /// connector at token `k`.
    fn chain_rest(&mut self, mut k: usize, members: &mut Vec<Member>) -> Option<usize> {
        let v = self.v;
        for _ in 0..8 {
            // Whether the connector is a word or a dash (the last one must
            // be: a comma alone does not make a list).
            let joined;
            if v.tok(k) == "," {
                k += 1;
                joined = v.is(k, "and") || v.is(k, "or");
                if joined {
                    k += 1;
                }
            } else if is_dash(v.tok(k)) || v.is(k, "to") || v.is(k, "and") || v.is(k, "or") {
                k += 1;
                joined = true;
            } else {
                return None;
            }
            let mut approximation = None;
            if matches!(v.tok(k), "~" | "≈")
                || [
                    "about",
                    "around",
                    "approximately",
                    "nearly",
                    "some",
                    "roughly",
                ]
                .iter()
                .any(|w| v.is(k, w))
            {
                approximation = Some(Approximation::About);
                k += 1;
            }
            let num = self.num(
                k,
                NumOpts {
                    after_currency: false,
                    in_chain: true,
                },
            )?;
            if num.year_like || num.article {
                return None;
            }
            // The unit after the member, read once for both tests.
            let hit = self.suffix_at(&num);
            if num.soft_scale && hit.is_none() {
                return None;
            }
            if let Some(hit) = hit {
                if !joined {
                    // "in 2020, 15%": a comma alone does not make a list.
                    return None;
                }
                members.push(Member {
                    start: num.start,
                    end: hit.end,
                    num,
                    extra: Decimal::ZERO,
                    approximation,
                });
                share_scale(members);
                for m in members.iter_mut() {
                    m.end = hit.end;
                }
                self.emit(members, hit.kind);
                return Some(hit.end);
            }
            k = num.end;
            members.push(Member {
                start: num.start,
                end: num.end,
                num,
                extra: Decimal::ZERO,
                approximation,
            });
        }
        None
    }

    /// "and 43 cents", "43c", "and fifty" after money in whole units: the
    /// minor amount and the token after it.
    fn cents(&mut self, end: usize) -> Option<(Decimal, usize)> {
        let v = self.v;
        let k = if v.is(end, "and") { end + 1 } else { end };
        let m = self.num(k, NumOpts::default())?;
        if m.start != k
            || !m.integer
            || m.exp != 0
            || m.article
            || m.value <= Decimal::ZERO
            || m.value >= Decimal::ONE_HUNDRED
        {
            return None;
        }
        let cents = m.value / Decimal::ONE_HUNDRED;
        if let Some((p, e)) = v.phrase(currency::minor_units(), m.end)
            && (!p.value.attached || v.attached(m.end))
        {
            return Some((cents, e));
        }
        let next = v.tok(m.end);
        let ends = m.end >= v.len()
            || matches!(next, "." | "," | ";" | "!" | "?" | ")")
            || v.is(m.end, "and");
        ends.then_some((cents, m.end))
    }

    /// "percent of 10", "per cent of twenty-two": a percentage written
    /// sign first, at the end of a clause.
    fn percent_of(&mut self, i: usize) -> Option<usize> {
        let v = self.v;
        // Every percent word starts with a "p".
        if !v.is_word(i) || !v.tok(i).starts_with(['p', 'P']) {
            return None;
        }
        let (_, after) = v.phrase(units::percent_words(), i)?;
        if i > 0 && (v.is_number(i - 1) || units::number_word(v.tok(i - 1)).is_some()) {
            return None;
        }
        if !v.is(after, "of") {
            return None;
        }
        let num = self.num(after + 1, NumOpts::default())?;
        if num.article || num.exp != 0 {
            return None;
        }
        let next = v.tok(num.end);
        let ends = num.end >= v.len() || matches!(next, "." | "," | ";" | "!" | "?");
        if !ends {
            return None;
        }
        let member = Member {
            start: i,
            end: num.end,
            num: num.clone(),
            extra: Decimal::ZERO,
            approximation: None,
        };
        self.emit(&[member], UnitKind::Percent);
        Some(num.end)
    }

    /// The unit that follows the number `num`, if any.
    fn suffix_at(&self, num: &Num) -> Option<UnitHit> {
        let v = &self.v;
        let k = num.end;
        let t = v.tok(k);
        if units::PERCENT_SIGNS.contains(&t) {
            // "%20", "%2D": an escape inside a URL, not a percentage.
            let escape = v.attached(k + 1) && (v.is_number(k + 1) || v.is_word(k + 1));
            return (!escape).then_some(UnitHit {
                kind: UnitKind::Percent,
                source: Source::Percent,
                end: k + 1,
            });
        }
        // "5 mln. tons": an abbreviated scale's period.
        if t == "."
            && v.attached(k)
            && num.exp > 0
            && k > 0
            && units::scale(v.tok(k - 1)).is_some_and(|s| s.usage == ScaleUse::Abbrev)
            && unit_start(v, k + 1)
        {
            let shifted = Num {
                end: k + 1,
                ..num.clone()
            };
            return self.suffix_at(&shifted);
        }
        // "three-ton", "12-cent", "one-yen": a unit glued by a hyphen.
        let hyphen = t == "-" && v.attached(k) && v.attached(k + 1) && v.is_word(k + 1);
        let w = if hyphen { k + 1 } else { k };
        // Whether the unit tables may hold the text at `w`; when not, only
        // a code or a symbol can follow ("2021 and", "5, 6").
        let t_w = v.tok(w);
        let word_w = v.is_word(w);
        let listed = !t_w.is_ascii()
            || if word_w {
                UNIT_WORDS.contains(t_w)
            } else {
                matches!(t_w, "(" | "[" | "{" | "<")
            };
        if word_w && !listed && !may_be_unit_word(v, w) {
            return None;
        }
        if word_w
            && listed
            && let Some((_, end)) = v.phrase(units::percent_words(), w)
        {
            return Some(UnitHit {
                kind: UnitKind::Percent,
                source: Source::Percent,
                end,
            });
        }
        if !hyphen
            && let Some((cur, end)) = self.symbol_at(k)
            && !(v.attached(end) && v.is_number(end))
        {
            return Some(UnitHit {
                kind: UnitKind::Money {
                    cur,
                    exp: 0,
                    minor: false,
                },
                source: Source::Symbol,
                end,
            });
        }
        if !hyphen && v.is_word(k) && !(v.attached(k + 1) && v.is_number(k + 1)) {
            let word = v.tok(k);
            let found = if let Some(c) = currency::code(word) {
                Some((Cur::Code(c), 0, Source::Code))
            } else if let Some(c) = mega_code(word) {
                Some((Cur::Code(c), 6, Source::Code))
            } else {
                currency::abbreviation(word)
                    .filter(|a| a.suffix)
                    .map(|a| (a.cur, 0, Source::Abbrev))
            };
            if let Some((cur, mut exp, source)) = found {
                let mut end = k + 1;
                // "75 USD million".
                if num.exp == 0
                    && v.is_word(end)
                    && let Some(s) = units::scale(v.tok(end))
                    && s.usage != ScaleUse::Soft
                {
                    exp += s.exp;
                    end += 1;
                }
                return Some(UnitHit {
                    kind: UnitKind::Money {
                        cur,
                        exp,
                        minor: false,
                    },
                    source,
                    end,
                });
            }
        }
        if !listed {
            return None;
        }
        // "40C" is a temperature and "5P" a grade: one-letter minor units
        // are lower case.
        let capital_letter =
            v.tok(w).len() == 1 && v.tok(w).bytes().all(|b| b.is_ascii_uppercase());
        if !capital_letter && let Some((p, end)) = v.phrase(currency::minor_units(), w) {
            let glued = v.attached(w) && !hyphen;
            let ok = if p.value.attached {
                glued
            } else if v.tok(w) == "c" {
                glued || end >= v.len() || matches!(v.tok(end), "." | "," | ";" | "!" | "?")
            } else {
                true
            };
            if ok && let Some(code) = p.value.alone {
                return Some(UnitHit {
                    kind: UnitKind::Money {
                        cur: Cur::Code(code),
                        exp: 0,
                        minor: true,
                    },
                    source: Source::Minor,
                    end,
                });
            }
        }
        if let Some((p, end)) = v.phrase(currency::names(), w) {
            let name = p.value;
            if name.needs_scale && num.exp == 0 {
                return None;
            }
            if name.pound && self.pound_is_weight(end) {
                return Some(UnitHit {
                    kind: UnitKind::Mass(units::POUND_TONNES),
                    source: Source::Mass,
                    end,
                });
            }
            return Some(UnitHit {
                kind: UnitKind::Money {
                    cur: name.cur,
                    exp: 0,
                    minor: false,
                },
                source: Source::Name,
                end,
            });
        }
        self.mass_at(w, hyphen)
    }

    /// A mass unit at token `w`, also in brackets ("20 (kg)").
    fn mass_at(&self, w: usize, hyphen: bool) -> Option<UnitHit> {
        let v = &self.v;
        if !hyphen && matches!(v.tok(w), "(" | "[" | "{" | "<") {
            let hit = self.mass_at(w + 1, true)?;
            let closer = matches!(v.tok(hit.end), ")" | "]" | "}" | ">");
            return closer.then_some(UnitHit {
                end: hit.end + 1,
                ..hit
            });
        }
        if !v.is_word(w) {
            return None;
        }
        let (tonnes, end) = if let Some(t) = units::mass_exact(v.tok(w)) {
            (t, w + 1)
        } else {
            let (p, end) = v.phrase(units::mass_units(), w)?;
            if p.value.lower_only && v.tok(w).bytes().any(|b| b.is_ascii_uppercase()) {
                return None;
            }
            (p.value.tonnes, end)
        };
        // "tonne-kilometres" measure transport work, not mass.
        if is_dash(v.tok(end)) && v.attached(end) && v.attached(end + 1) {
            let next = v.tok(end + 1).as_bytes();
            let starts = |p: &[u8]| {
                next.get(..p.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(p))
            };
            if starts(b"k") || starts(b"mile") {
                return None;
            }
        }
        Some(UnitHit {
            kind: UnitKind::Mass(tonnes),
            source: Source::Mass,
            end,
        })
    }

    /// Whether "pounds" ending before token `end` weigh rather than pay:
    /// "pounds of meat", or a weight word in the same sentence.
    fn pound_is_weight(&self, end: usize) -> bool {
        let v = &self.v;
        if v.is(end, "of") {
            return true;
        }
        let Some(s) = v.scan.sentence_at(v.start(end.saturating_sub(1))) else {
            return false;
        };
        let Some(sentence) = v.scan.sentences.get(s) else {
            return false;
        };
        // Near the amount only, so that long text stays linear.
        let from = sentence.tokens.start.max(end.saturating_sub(CLAUSE_TOKENS));
        let to = sentence.tokens.end.min(end + CLAUSE_TOKENS);
        (from..to).any(|i| v.is_word(i) && units::is_weight_cue(v.tok(i)))
    }

    /// Records the members of a group, all in `unit`.
    fn emit(&mut self, members: &[Member], unit: UnitKind) {
        let Some((first_start, first_exp)) = members.first().map(|m| (m.start, m.num.exp)) else {
            return;
        };
        let last_end = members.last().map_or(first_start, |m| m.end);
        let (unit_out, factor, note) = match unit {
            UnitKind::Money { cur, exp, minor } => {
                // Amounts are written to the cent; prices of money to four
                // decimals and more ("USD 2.6845").
                let rate_digits = exp == 0
                    && !minor
                    && members
                        .iter()
                        .any(|m| m.num.exp == 0 && m.num.raw.scale() >= 4);
                if rate_digits
                    || self.is_rate(first_start, last_end, first_exp + exp)
                    || self.on_ticker_line(first_start)
                {
                    return;
                }
                let Some((currency, note)) = self.resolve(cur, first_start) else {
                    return;
                };
                let Some(mut factor) = numbers::scaled(Decimal::ONE, exp) else {
                    return;
                };
                if minor {
                    factor /= Decimal::ONE_HUNDRED;
                }
                (Unit::Currency(currency), factor, note)
            }
            UnitKind::Mass(tonnes) => {
                let Ok(factor) = Decimal::from_str_exact(tonnes) else {
                    return;
                };
                (Unit::Tonne, factor, None)
            }
            UnitKind::Percent => (Unit::Percent, Decimal::ONE, None),
        };
        let head_approx = self.approximation_before(first_start);
        for m in members {
            let Some(value) = m
                .num
                .value
                .checked_add(m.extra)
                .and_then(|x| x.checked_mul(factor))
            else {
                continue;
            };
            if unit_out == Unit::Tonne && value.is_sign_negative() {
                continue;
            }
            let span = Span::new(self.v.start(m.start), self.v.end(m.end.saturating_sub(1)));
            let approximation = m
                .approximation
                .or_else(|| {
                    (m.start != first_start)
                        .then(|| self.approximation_before(m.start))
                        .flatten()
                })
                .or(head_approx)
                .unwrap_or_default();
            self.found.push(Found {
                value,
                unit: unit_out,
                approximation,
                span,
                tokens: (m.start, m.end),
                note: note.clone(),
            });
        }
    }

    /// The approximation word(s) right before token `i`.
    fn approximation_before(&self, i: usize) -> Option<Approximation> {
        self.v
            .phrase_before(units::approximations_reversed(), i)
            .map(|(p, _)| p.value)
    }

    /// Whether money between tokens `start` and `end` is an exchange rate:
    /// "1 USD = 1.7 AZN", "89 rubles per dollar", "1.7 manat to the dollar",
    /// or an unscaled amount right after "rate".
    fn is_rate(&self, start: usize, end: usize, exp: u32) -> bool {
        let v = &self.v;
        if v.tok(end) == "=" || (start > 0 && v.tok(start - 1) == "=") {
            return true;
        }
        if (v.is(end, "per") || v.tok(end) == "/") && self.currency_word_at(end + 1) {
            return true;
        }
        if (v.is(end, "to") || v.is(end, "against") || v.is(end, "versus"))
            && v.is(end + 1, "the")
            && self.currency_word_at(end + 2)
        {
            return true;
        }
        if exp == 0 {
            // "the rate of 1.7 manat", "the euro at 80 rubles": a small
            // amount right after "rate", or after a currency named without
            // an amount, is a price of money.
            let from = start.saturating_sub(6);
            let sentence = v.scan.sentence_at(v.start(start));
            let same_sentence = |i: usize| v.scan.sentence_at(v.start(i)) == sentence;
            if (from..start).any(|i| (v.is(i, "rate") || v.is(i, "rates")) && same_sentence(i)) {
                return true;
            }
            return (start.saturating_sub(4)..start).any(|i| {
                if !v.is_word(i) || !same_sentence(i) {
                    return false;
                }
                let end = if currency::is_code(v.tok(i)) {
                    i + 1
                } else if let Some((_, e)) = v.phrase(currency::names(), i) {
                    // Only the whole name counts: "dollars" inside "U.S.
                    // dollars" is not where the name starts.
                    let longer = (i.saturating_sub(5)..i)
                        .any(|j| v.phrase(currency::names(), j).is_some_and(|(_, f)| f == e));
                    if longer {
                        return false;
                    }
                    e
                } else {
                    return false;
                };
                // The currency must stand alone: in "10 dollars to 20
                // dollars" the first "dollars" has its own amount.
                let amount_before = i > 0
                    && (v.is_number(i - 1)
                        || units::scale(v.tok(i - 1)).is_some()
                        || units::number_word(v.tok(i - 1)).is_some());
                !amount_before && end < start && !v.is_number(end)
            });
        }
        false
    }

    /// Whether token `i` is on an exchange-rate ticker line: a short line
    /// of two different currencies or more whose only words are currency
    /// codes ("USD 2.68 ▲ EUR 2.91 ▼").
    fn on_ticker_line(&self, i: usize) -> bool {
        /// A ticker line is short; longer lines are prose.
        const MAX_TOKENS: usize = 64;
        let v = &self.v;
        // Back to the line's start; any other word ends the search early.
        let mut start = i;
        while !v.line_start(start) {
            if i - start > MAX_TOKENS || (v.is_word(start) && !currency::is_code(v.tok(start))) {
                return false;
            }
            start -= 1;
        }
        // Forward over the line: the first currency, and whether another
        // one differs from it ("$ 20.00 $ 37.30" is a list of prices).
        let mut first: Option<Cur> = None;
        let mut several = false;
        let mut k = start;
        while k < v.len() && (k == start || !v.line_start(k)) {
            if k - start > MAX_TOKENS {
                return false;
            }
            let (cur, next) = if let Some((cur, end)) = self.symbol_at(k) {
                (Some(cur), end)
            } else if v.is_word(k) {
                match currency::code(v.tok(k)) {
                    Some(c) => (Some(Cur::Code(c)), k + 1),
                    None => return false,
                }
            } else {
                (None, k + 1)
            };
            match (cur, first) {
                (Some(c), None) => first = Some(c),
                (Some(c), Some(f)) if !same_currency(c, f) => several = true,
                _ => {}
            }
            k = next.max(k + 1);
        }
        several
    }

    /// Whether a currency (symbol, code or name) stands at token `k`.
    fn currency_word_at(&self, k: usize) -> bool {
        let v = &self.v;
        self.symbol_at(k).is_some()
            || (v.is_word(k) && currency::is_code(v.tok(k)))
            || v.phrase(currency::names(), k).is_some()
    }

    /// The currency `cur` stands for here, and a note when an ambiguous word
    /// was resolved.
    fn resolve(&mut self, cur: Cur, at: usize) -> Option<(Currency, Option<String>)> {
        match cur {
            Cur::Code(c) => self.currency(c).map(|c| (c, None)),
            Cur::Ambiguous(a) => {
                let (code, why) = self.pick(a, at)?;
                let currency = self.currency(code)?;
                Some((
                    currency,
                    Some(format!("currency word {:?} read as {code} {why}", a.word)),
                ))
            }
        }
    }

    /// The [`Currency`] of the ISO code `code`, from the few an article
    /// uses, each checked once.
    fn currency(&mut self, code: &'static str) -> Option<Currency> {
        if let Some((_, c)) = self.currencies.iter().find(|(k, _)| *k == code) {
            return Some(*c);
        }
        let c = Currency::new(code)?;
        self.currencies.push((code, c));
        Some(c)
    }

    /// Picks the candidate of `a` for the amount at token `at` by the
    /// nearest country cue: the countries its clause names ("the Uzbek side
    /// will invest 410 billion sums"), then its sentence, then the
    /// dateline's city, then the word's own spelling, then the countries the
    /// whole article names, then the table's default. A tie at one level
    /// decides nothing and passes to the next.
    fn pick(&mut self, a: &'static Ambiguity, at: usize) -> Option<(&'static str, &'static str)> {
        let (clause, sentence) = self.clause_and_sentence(at);
        let v = self.v;
        let bytes = |r: std::ops::Range<usize>| v.start(r.start)..v.end(r.end.saturating_sub(1));
        let (clause, sentence) = (bytes(clause), bytes(sentence));
        // The places of the sentence alone: most amounts are decided before
        // the whole article needs searching.
        let places = self.places_in(sentence.clone());
        if let Some(c) = best_candidate(a, places, clause) {
            return Some((c, "from the countries its clause names"));
        }
        if let Some(c) = best_candidate(a, places, sentence) {
            return Some((c, "from the countries its sentence names"));
        }
        if let Some(c) = self
            .dateline_country()
            .and_then(|cc| currency::of_country(cc, a.candidates))
        {
            return Some((c, "from the dateline"));
        }
        if a.spelled
            && let Some(d) = a.default
        {
            return Some((d, "from its spelling"));
        }
        if let Some(c) = self.article_pick(a) {
            return Some((c, "from the countries the article names"));
        }
        Some((
            a.default?,
            "by default: the article names none of its countries",
        ))
    }

    /// The token ranges of the clause and of the sentence around token
    /// `at`. A clause ends at a semicolon, at "while", "whereas", "but" and
    /// the like, and at a comma before "and".
    fn clause_and_sentence(&self, at: usize) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let v = &self.v;
        let sentence = v
            .scan
            .sentence_at(v.start(at))
            .and_then(|s| v.scan.sentences.get(s))
            .map_or(at..at + 1, |s| s.tokens.clone());
        let breaks = |i: usize| {
            v.tok(i) == ";"
                || (v.is_word(i) && units::is_clause_break(v.tok(i)))
                || (v.tok(i) == "," && v.is(i + 1, "and"))
        };
        // A clause is short; the bound keeps long unpunctuated text linear.
        let from = sentence.start.max(at.saturating_sub(CLAUSE_TOKENS));
        let to = sentence.end.min(at + CLAUSE_TOKENS);
        let mut start = at;
        while start > from && !breaks(start - 1) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < to && !breaks(end) {
            end += 1;
        }
        (start..end, sentence)
    }

    /// The countries named within the byte range `bytes` (a sentence), as
    /// a search of that range alone finds them; the last range asked is
    /// kept.
    fn places_in(&mut self, bytes: std::ops::Range<usize>) -> &[PlaceMatch] {
        if self
            .sentence_places
            .as_ref()
            .is_none_or(|(r, _)| *r != bytes)
        {
            let found = self.shared.within(bytes.start, bytes.end);
            self.sentence_places = Some((bytes, found));
        }
        self.sentence_places.as_ref().map_or(&[], |(_, p)| p)
    }

    /// The candidate of `a` the whole article names most; counted once per
    /// ambiguous word.
    fn article_pick(&mut self, a: &'static Ambiguity) -> Option<&'static str> {
        if let Some((_, pick)) = self.article_picks.iter().find(|(x, _)| std::ptr::eq(*x, a)) {
            return *pick;
        }
        // The article's places, as the one search of the whole text found
        // them.
        let pick = best_candidate(a, self.shared.all(), 0..usize::MAX);
        self.article_picks.push((a, pick));
        pick
    }

    /// The country of the article's dateline city.
    fn dateline_country(&mut self) -> Option<&'static str> {
        let text = self.v.scan.text;
        *self.dateline.get_or_insert_with(|| dateline_country(text))
    }
}

/// How far into the text a dateline may stand (after a headline, a site
/// name and bylines).
const DATELINE_BYTES: usize = 1500;

/// The longest city name a dateline starts with, in bytes.
const DATELINE_CITY_BYTES: usize = 40;

/// The country of the article's dateline: a line near the top that starts
/// with a capital or major city followed by a comma, colon, dash or
/// bracket ("Bishkek, April 18, 2024.", "BAKU, Azerbaijan, Aug. 23", "New
/// Delhi:").
fn dateline_country(text: &str) -> Option<&'static str> {
    let mut offset = 0;
    for line in text.split('\n') {
        if offset >= DATELINE_BYTES {
            break;
        }
        offset += line.len() + 1;
        let line = line.trim_start();
        let Some(cut) = city_end(line) else {
            continue;
        };
        if cut > DATELINE_CITY_BYTES {
            continue;
        }
        let city = line.get(..cut).unwrap_or("").trim_end();
        if let Some(place) = geo::lookup(city)
            && matches!(place.kind, geo::PlaceKind::Capital | geo::PlaceKind::City)
        {
            return Some(place.alpha2);
        }
    }
    None
}

/// Where the city that may open dateline line `line` ends: at the first
/// ',', ':', '(', '–' or '—', or, in a line with none of them, at the
/// first " - "; `None` when that lies past [`DATELINE_CITY_BYTES`] (or
/// there is none). Only the start of the line is searched, unless a " - "
/// there must be checked against the marks of the whole line: a long
/// paragraph line costs no more than a short one.
fn city_end(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    // '–' and '—' are E2 80 93 and E2 80 94 in UTF-8.
    let is_mark = |i: usize| match b.get(i) {
        Some(b',' | b':' | b'(') => true,
        Some(0xE2) => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94)),
        _ => false,
    };
    let near = DATELINE_CITY_BYTES + 1;
    if let Some(i) = (0..b.len().min(near)).find(|&i| is_mark(i)) {
        return Some(i);
    }
    let dash = b.windows(3).take(near).position(|w| w == b" - ")?;
    (!(near..b.len()).any(is_mark)).then_some(dash)
}

/// The candidate of `a` whose country the places starting within `bytes`
/// name most often (see [`most_named`]).
fn best_candidate(
    a: &Ambiguity,
    places: &[PlaceMatch],
    bytes: std::ops::Range<usize>,
) -> Option<&'static str> {
    let from = places.partition_point(|m| m.start < bytes.start);
    let to = places.partition_point(|m| m.start < bytes.end);
    let mut counts = [0usize; MAX_CANDIDATES];
    for m in places.get(from..to).unwrap_or(&[]) {
        let alpha2 = m.place.alpha2;
        if let Some(k) = a
            .candidates
            .iter()
            .position(|&c| currency::of_country(alpha2, &[c]).is_some())
            && let Some(n) = counts.get_mut(k)
        {
            *n += 1;
        }
    }
    most_named(a, &counts)
}

/// The most candidates an [`Ambiguity`] is counted for.
const MAX_CANDIDATES: usize = 8;

/// The candidate of `a` with the highest count (`counts` follows
/// `a.candidates`), when one is named strictly more than every other (a
/// tie decides nothing).
fn most_named(a: &Ambiguity, counts: &[usize; MAX_CANDIDATES]) -> Option<&'static str> {
    let mut best: Option<(usize, usize)> = None;
    let mut tie = false;
    for (k, &n) in counts.iter().enumerate().take(a.candidates.len()) {
        match best {
            _ if n == 0 => {}
            Some((_, m)) if n == m => tie = true,
            Some((_, m)) if n < m => {}
            _ => {
                best = Some((k, n));
                tie = false;
            }
        }
    }
    if tie {
        return None;
    }
    best.and_then(|(k, _)| a.candidates.get(k).copied())
}

/// A scale shared by a range: "400-500 million" is 400 million to 500
/// million. A bare member takes the last member's scale when it is smaller
/// than the last member's digits (so "900 to 1.2 billion" is left alone).
fn share_scale(members: &mut [Member]) {
    let Some(last) = members.last() else {
        return;
    };
    let (exp, raw) = (last.num.exp, last.num.raw);
    if exp == 0 {
        return;
    }
    let n = members.len();
    for m in members.iter_mut().take(n - 1) {
        if m.num.exp == 0
            && !m.num.words
            && m.num.raw.abs() < raw.abs()
            && let Some(value) = numbers::scaled(m.num.raw, exp)
        {
            m.num.value = value;
            m.num.exp = exp;
        }
    }
}

/// The first words of every unit written in ASCII letters: percent words,
/// currency names, abbreviations and minor units, mass units.
static UNIT_WORDS: LazyLock<AsciiWords> = LazyLock::new(|| {
    AsciiWords::new(
        units::percent_words()
            .first_words()
            .chain(currency::names().first_words())
            .chain(currency::minor_units().first_words())
            .chain(currency::abbreviation_words())
            .chain(units::mass_units().first_words())
            .chain(units::mass_exact_words()),
    )
});

/// Whether a unit may start at word `w`: a cheap test that saves the
/// lookups of most words after a number ("2021 and", "5 years").
fn may_be_unit_word(v: &View<'_, '_>, w: usize) -> bool {
    let t = v.tok(w);
    let b = t.as_bytes();
    !t.is_ascii()
        // Codes ("USD", "usd", "MUSD").
        || (b.len() == 3 && currency::is_code(t))
        || (b.len() == 4 && t.strip_prefix('M').is_some_and(currency::is_code))
        // A symbol glued after letters ("US$", "U.S.$").
        || (b.len() <= 4 && matches!(v.tok(w + 1), "$" | ".") && v.attached(w + 1))
        || UNIT_WORDS.contains(t)
}

/// Words that join numbers into a range or list, or continue one ("1 point
/// 5"), after which the number may still get a unit.
const CONNECTORS: &[&str] = &["and", "to", "or", "point"];

/// Whether the word `w` right after digits may belong to an amount: a
/// scale, a unit, a connector, a code, or letters glued to the digits
/// ("5m", "50p"). A cheap test that lets most numbers followed by an
/// ordinary word go unread.
fn may_follow_number(v: &View<'_, '_>, w: usize) -> bool {
    let t = v.tok(w);
    may_be_unit_word(v, w)
        || units::scale(t).is_some()
        || CONNECTORS.iter().any(|c| t.eq_ignore_ascii_case(c))
        || (v.attached(w) && t.len() <= 3)
}

/// Whether a unit (currency, mass or percent) starts at token `k`; used to
/// read decimal commas and fractions.
fn unit_start(v: &View<'_, '_>, k: usize) -> bool {
    let t = v.tok(k);
    if units::PERCENT_SIGNS.contains(&t) {
        return true;
    }
    if let Some(rest) = v.scan.text.get(v.start(k)..)
        && currency::symbols_at(rest).next().is_some()
    {
        return true;
    }
    if !v.is_word(k) {
        return matches!(t, "(" | "[")
            && v.is_word(k + 1)
            && v.phrase(units::mass_units(), k + 1).is_some();
    }
    if !may_be_unit_word(v, k) {
        return false;
    }
    currency::is_code(t)
        || currency::abbreviation(t).is_some()
        || v.phrase(currency::names(), k).is_some()
        || v.phrase(units::mass_units(), k).is_some()
        || v.phrase(units::percent_words(), k).is_some()
        || units::mass_exact(t).is_some()
}

/// The token index whose end is byte `end`, searching a few tokens from `i`.
fn token_ending_at(v: &View<'_, '_>, i: usize, end: usize) -> Option<usize> {
    (i..(i + 6).min(v.len()))
        .find(|&k| v.end(k) == end)
        .map(|k| k + 1)
}

/// "MUSD", "MEUR": millions of a currency, as some financial reports write.
fn mega_code(word: &str) -> Option<&'static str> {
    let rest = word.strip_prefix('M')?;
    if rest.len() == 3 && rest.bytes().all(|b| b.is_ascii_uppercase()) {
        currency::code(rest)
    } else {
        None
    }
}

/// Whether two table currencies are the same (a code and an ambiguity are
/// the same when the code is one of its candidates).
fn same_currency(a: Cur, b: Cur) -> bool {
    match (a, b) {
        (Cur::Code(x), Cur::Code(y)) => x == y,
        (Cur::Code(x), Cur::Ambiguous(amb)) | (Cur::Ambiguous(amb), Cur::Code(x)) => {
            amb.candidates.contains(&x)
        }
        (Cur::Ambiguous(x), Cur::Ambiguous(y)) => std::ptr::eq(x, y),
    }
}

#[cfg(test)]
mod tests;
