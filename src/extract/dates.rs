//! Dates and periods in text, resolved against the article's date.
//!
//! A small grammar over the scanner's tokens reads every date or period a
//! sentence states ("on August 24", "Aug. 22-23", "24 August 2022", "on
//! Monday", "yesterday", "in 2021", "last year", "the first seven months of
//! this year", "January-February", "Q1 2024", "the first half of 2019",
//! "2020-2022", "the same period last year") into an unresolved form, then
//! resolves it against the anchor (the article's date, or the caller's
//! reference date).
//!
//! # Resolution rules
//!
//! * An absolute date or year needs no anchor. Everything relative ("last
//!   year", "on Monday", a month or day without a year) needs one and is
//!   dropped without it.
//! * A day, month or part of a year stated without a year takes the
//!   anchor's year, except that an event told in the past tense cannot lie
//!   after the anchor (one day of slack for time zones): it then takes the
//!   previous year ("signed on December 28" in an article of January 3).
//!   Symmetrically, an event told in the future tense that would end before
//!   the anchor takes the next year ("will visit in January" in December).
//!   The tense is the nearest tense marker in the mention's clause, then in
//!   its sentence.
//! * A weekday is the most recent such day on or before the anchor, or the
//!   first on or after it in the future tense; "last Monday" is strictly
//!   before and "next Monday" strictly after the anchor.
//! * "The same period last year" (or "of 2021", "a year earlier") is the
//!   period stated before it in the sentence (or in the few sentences
//!   before), moved to that year; "the same period" alone is that period.
//! * A deadline ("by 2030", "until 2030") and a start ("since 2004") are
//!   not periods a figure covers: they are read, so that a figure next to
//!   them gets no other period, but not reported.
//! * "H1", "1H" and "9M" count only with a year ("H1 2024"): alone they are
//!   as often hydrogen or sizes. "5 years ago" and week expressions are not
//!   read. The ` date YYYY-MM-DD` header some texts open with is the
//!   article's date, not a date its first sentence states.
//!
//! # The period of a figure
//!
//! [`period_for`] reads the text around a figure. A figure inside a
//! comparison ("than in the same period of 2021", "up from 1.9 million tons
//! in 2023", "compared to last year") takes the comparison's period; any
//! other figure never does, and takes the nearest period after it in its
//! clause, else the nearest before it, else the nearest after it. "More
//! than 5 million" is a bound on the figure, not a comparison. A single day
//! is the date of an event, not a figure's period, unless it follows the
//! figure at once ("50,000 tons on Monday"). With nothing in its sentence,
//! a figure takes the last period of the paragraph's earlier sentences,
//! unless it is told in the future (a target).
//!
//! # Reading once, and cheaply
//!
//! [`in_sentence`] and [`period_for`] read the text afresh at each call.
//! An extractor that asks about many sentences or figures of one article
//! should hold a [`Dates`], which classifies the article's tokens once and
//! reads each sentence once, on first use; its answers are those of the
//! free functions.
//!
//! What a token's word tells the grammar (may it open a mention, is it a
//! tense marker or a comparison word, which month or weekday it names) is
//! computed once per token from one case-insensitive table of every word
//! of this module and of the calendar (see [`crate::lexicon::words`]):
//! the word is read in place with a 16-byte load and found with one hash,
//! without allocating. Every pass over a range (mentions, comparisons,
//! tenses, clauses) then reads those classes; comparisons and clauses are
//! computed only for ranges that state a date or hold a figure. Readers
//! of a few tokens (a dateline, a page line) classify a token when asked,
//! after a quick filter on its length and letters.

use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::few::Few;
use crate::Period;
use crate::lexicon::calendar;
use crate::lexicon::words::{Packed, Probe, WordMap, ascii_letters_at};
use crate::scan::{Scan, TokenKind};

/// A date or period stated in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateMention {
    /// Where the mention is in the text ("the first quarter of 2024").
    pub span: crate::Span,
    /// The period it names: one day for "on August 24", a year for "in 2021".
    pub period: Period,
}

/// The year of a mention before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// Stated: "2021".
    Abs(i32),
    /// Relative to the anchor's year: "last year" is -1.
    Rel(i32),
    /// Not stated: taken from the anchor by the tense rule.
    Unknown,
}

/// Which way a weekday is counted from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// "on Monday": by tense, on or before the anchor by default.
    Plain,
    /// "last Monday": strictly before the anchor.
    Last,
    /// "next Monday": strictly after the anchor.
    Next,
}

/// What a mention names, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum What {
    /// One day.
    Day { month: u32, day: u32 },
    /// Consecutive days; the end is in the next year when it falls before
    /// the start ("December 30-January 2").
    Days {
        month: u32,
        day: u32,
        month2: u32,
        day2: u32,
    },
    /// A calendar month.
    Month(u32),
    /// Months `from..=to`, in the same year unless `to < from`.
    Months(u32, u32),
    /// From a month of the mention's year to a month of a later stated
    /// year ("January 2009-December 2014").
    MonthSpan { month: u32, month2: u32, year2: i32 },
    /// A quarter, 1 to 4.
    Quarter(u32),
    /// A half year, 1 or 2.
    Half(u32),
    /// The first `n` months of a year.
    FirstMonths(u32),
    /// A whole year.
    Year,
    /// Whole years up to the given one.
    Years(YearRef),
    /// The period stated before, moved to the mention's year.
    SamePeriod,
    /// A day relative to the anchor: -1 yesterday, 0 today, 1 tomorrow.
    RelDay(i32),
    /// A month relative to the anchor's month.
    RelMonth(i32),
    /// A weekday.
    Weekday(Weekday, Direction),
    /// "by 2030", "until 2030", "since 2004": read but not a period.
    Bound,
}

/// A mention read from the tokens, not yet resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Raw {
    /// Token range of the mention.
    pub first: usize,
    /// One past the mention's last token.
    pub end: usize,
    /// What it names.
    pub what: What,
    /// Its year, as stated.
    pub year: YearRef,
}

impl Raw {
    /// Whether the mention names its own period (not a bound, not a
    /// reference to another period): the kind a "same period" refers to.
    fn is_base(&self) -> bool {
        !matches!(self.what, What::SamePeriod | What::Bound)
    }

    /// Whether the mention names a single day or a few days.
    fn is_day(&self) -> bool {
        matches!(
            self.what,
            What::Day { .. } | What::Days { .. } | What::RelDay(_) | What::Weekday(..)
        )
    }
}

/// The tense of the text around a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    /// A past event.
    Past,
    /// A future or planned event.
    Future,
    /// No tense marker nearby.
    Unknown,
}

/// Words whose presence makes a clause future.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "would",
    "plans",
    "plan",
    "planning",
    "planned",
    "scheduled",
    "upcoming",
    "forthcoming",
    "intends",
    "intend",
    "expected",
    "expects",
    "expect",
    "aims",
    "going",
    "next",
    "coming",
    "prepare",
    "preparing",
];

/// Irregular past forms (regular ones end in "-ed").
const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "ago", "took", "held", "met", "made", "paid", "went", "came",
    "began", "saw", "grew", "rose", "fell", "told", "gave", "left", "sent", "won", "spent", "led",
    "brought", "built", "sold", "bought", "became", "said", "stood", "kept", "found", "ran",
    "last", "earlier", "inked",
];

/// Words ending in "-ed" that are usually adjectives, not past verbs.
const NOT_PAST_ED: &[&str] = &[
    "based",
    "related",
    "united",
    "limited",
    "called",
    "named",
    "advanced",
    "detailed",
    "dedicated",
    "interested",
    "red",
    "bed",
    "need",
    "speed",
    "seed",
    "feed",
    "indeed",
    "proceed",
    "exceed",
    "succeed",
    "hundred",
    "planned",
    "expected",
    "scheduled",
    "proposed",
    "intended",
    "concerned",
    "involved",
    "landlocked",
    "specialized",
    "specialised",
    "integrated",
    "combined",
    "continued",
    "sustained",
    "qualified",
    "registered",
    "automated",
    "centered",
];

/// Prepositions after which a bare four-digit number is a year.
const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "for",
    "during",
    "from",
    "to",
    "through",
    "throughout",
    "and",
    "or",
    "year",
    "early",
    "late",
    "mid",
    "end",
    "beginning",
    "start",
    "since",
    "until",
    "till",
    "by",
    "before",
    "after",
    "between",
    "within",
    "at",
    "on",
    "the",
    "fiscal",
    "calendar",
    "as",
];

/// Words after a four-digit number that make it a quantity, not a year.
const NOT_YEAR_AFTER: &[&str] = &[
    "tons",
    "tonnes",
    "ton",
    "tonne",
    "t",
    "kg",
    "km",
    "kilometers",
    "kilometres",
    "meters",
    "metres",
    "m",
    "units",
    "people",
    "percent",
    "per",
    "wagons",
    "containers",
    "cars",
    "vehicles",
    "trucks",
    "teu",
    "teus",
    "barrels",
    "hectares",
    "ha",
    "mw",
    "kw",
    "gw",
    "mln",
    "bln",
    "million",
    "billion",
    "thousand",
    "dollars",
    "euros",
    "manat",
    "tenge",
    "sums",
    "soms",
    "rubles",
    "lari",
    "jobs",
    "companies",
    "firms",
    "enterprises",
    "projects",
    "trains",
    "flights",
    "ships",
    "vessels",
    "times",
    "square",
    "cubic",
    "kilograms",
    "students",
    "workers",
];

/// Word classes of the date reader, as bits of a token's flags.
mod class {
    /// The word may start a mention: a calendar word, a relative word
    /// ([`super::RELATIVE_WORDS`]), or a word the grammar opens with
    /// ([`super::START_KEYWORDS`]).
    pub const START: u16 = 1;
    /// A word of [`super::FUTURE_WORDS`].
    pub const FUTURE: u16 = 1 << 1;
    /// A word of [`super::PAST_WORDS`].
    pub const PAST: u16 = 1 << 2;
    /// A word of [`super::NOT_PAST_ED`].
    pub const NOT_PAST_ED: u16 = 1 << 3;
    /// A comparison word ("compared", "against", "versus").
    pub const COMPARE: u16 = 1 << 4;
    /// "than".
    pub const THAN: u16 = 1 << 5;
    /// "from".
    pub const FROM: u16 = 1 << 6;
    /// The bits whose words are compared after Unicode lower casing (the
    /// others compare ASCII case-insensitively).
    pub const UNICODE: u16 = START | FUTURE | PAST | NOT_PAST_ED;
    /// Derived: the token marks its clause as past.
    pub const TENSE_PAST: u16 = 1 << 8;
    /// Derived: the token marks its clause as future.
    pub const TENSE_FUTURE: u16 = 1 << 9;
    /// Derived: a number of one, two or four digits, which may open a
    /// mention.
    pub const NUMBER: u16 = 1 << 7;
    /// Where a word of [`super::START_KEYWORDS`] keeps its index plus one.
    pub const KEYWORD_SHIFT: u16 = 10;
}

/// Relative words that open a mention ("last year", "this month").
const RELATIVE_WORDS: &[&str] = &[
    "last",
    "previous",
    "past",
    "prior",
    "preceding",
    "this",
    "current",
    "next",
    "coming",
];

/// Comparison words ("than" and "from" have bits of their own).
const COMPARE_WORDS: &[&str] = &[
    "compared",
    "comparison",
    "against",
    "versus",
    "vs",
    "relative",
];

/// What the reader knows of a token from its word alone: class bits and
/// calendar readings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Info {
    /// Class bits (see [`class`]).
    flags: u16,
    /// What the calendar tables say of the word.
    cal: calendar::CalendarWord,
}

impl Info {
    /// Both readings of a word listed twice.
    fn merge(self, other: Info) -> Info {
        Info {
            flags: self.flags | other.flags,
            cal: self.cal.or(other.cal),
        }
    }
}

/// The word tables of this module and the calendar's, compiled into one
/// map from a word to its class bits and calendar readings.
static WORD_CLASSES: LazyLock<WordMap<Info>> =
    LazyLock::new(|| WordMap::new(word_table(), Info::merge));

/// Every word of the tables with what it tells, a word listed once per
/// table it is in.
fn word_table() -> impl Iterator<Item = (String, Info)> {
    let tables: [(&[&str], u16); 9] = [
        (START_KEYWORDS, class::START),
        (RELATIVE_WORDS, class::START),
        // "Q1", "H1".
        (&["q", "h"], class::START),
        (FUTURE_WORDS, class::FUTURE),
        (PAST_WORDS, class::PAST),
        (NOT_PAST_ED, class::NOT_PAST_ED),
        (COMPARE_WORDS, class::COMPARE),
        (&["than"], class::THAN),
        (&["from"], class::FROM),
    ];
    let flags = |w: &str, flags: u16| {
        (
            w.to_owned(),
            Info {
                flags,
                ..Info::default()
            },
        )
    };
    let own = tables
        .into_iter()
        .flat_map(move |(words, bits)| words.iter().map(move |w| flags(w, bits)));
    let keyword_ids = (1u16..)
        .zip(START_KEYWORDS)
        .map(move |(id, w)| flags(w, id << class::KEYWORD_SHIFT));
    let calendar_words = calendar::all_words().map(|(w, cal)| {
        let info = Info {
            flags: class::START,
            cal,
        };
        (w, info)
    });
    own.chain(keyword_ids).chain(calendar_words)
}

/// The words that may start a mention (class [`class::START`]), for a
/// quick test before a word is looked up.
static START_FILTER: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let own = [START_KEYWORDS, RELATIVE_WORDS, &["q", "h"]]
        .into_iter()
        .flatten()
        .map(|w| ((*w).to_owned(), ()));
    let calendar_words = calendar::all_words().map(|(w, _)| (w, ()));
    WordMap::new(own.chain(calendar_words), |(), ()| ())
});

/// Future and past words (classes [`class::FUTURE`] and [`class::PAST`]),
/// for a quick test before a word is looked up for its tense.
static TENSE_FILTER: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let words = FUTURE_WORDS.iter().chain(PAST_WORDS);
    WordMap::new(words.map(|w| ((*w).to_owned(), ())), |(), ()| ())
});

/// Comparison words (classes [`class::COMPARE`], [`class::THAN`] and
/// [`class::FROM`]), for a quick test before a word is looked up.
static COMPARE_FILTER: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let words = COMPARE_WORDS.iter().chain(&["than", "from"]);
    WordMap::new(words.map(|w| ((*w).to_owned(), ())), |(), ()| ())
});

/// The bit of each word list asked about at many numbers in
/// [`NUMBER_CONTEXT`].
mod context {
    /// [`super::AFTER_SMALL_NUMBER`].
    pub const AFTER_SMALL_NUMBER: u8 = 1;
    /// [`super::YEAR_PREPOSITIONS`].
    pub const YEAR_PREPOSITION: u8 = 2;
    /// [`super::NOT_YEAR_AFTER`].
    pub const NOT_YEAR_AFTER: u8 = 4;
}

/// The word lists read around numbers ([`context`]), as one map from a
/// word, compared ASCII case-insensitively (as [`lower_is`] compares), to
/// the bits of the lists that hold it. A word is told absent by two filter
/// bits, mostly without comparing it with any entry, rather than being
/// compared with every entry of a list in turn; one map rather than one
/// per list keeps the tables read small.
static NUMBER_CONTEXT: LazyLock<WordMap<u8>> = LazyLock::new(|| {
    WordMap::of_lists(&[
        (AFTER_SMALL_NUMBER, context::AFTER_SMALL_NUMBER),
        (YEAR_PREPOSITIONS, context::YEAR_PREPOSITION),
        (NOT_YEAR_AFTER, context::NOT_YEAR_AFTER),
    ])
});

/// Whether `word` is in the list of bit `list` of [`NUMBER_CONTEXT`].
fn in_context_list(word: &str, list: u8) -> bool {
    NUMBER_CONTEXT.get_ascii(word).unwrap_or(0) & list != 0
}

/// What the reader knows of token `i` from its word alone: class bits
/// (derived tense bits included) and calendar readings. Words are compared
/// as the tables' users always did: calendar and tense words after Unicode
/// lower casing, the others ASCII case-insensitively.
fn classify(scan: &Scan<'_>, i: usize) -> Info {
    let Some(t) = scan.tokens.get(i) else {
        return Info::default();
    };
    if t.kind != TokenKind::Word {
        return Info::default();
    }
    // Most words are ASCII and short: they are looked up in place.
    let bytes = scan.text.as_bytes();
    let found = match WORD_CLASSES.probe(bytes, t.span.start, t.span.end) {
        Probe::Hit(info) => Some(info),
        Probe::Miss => Some(Info::default()),
        Probe::Other => None,
    };
    if let Some(b) = bytes.get(t.span.range())
        && (found.is_some() || b.is_ascii())
    {
        let info = found.unwrap_or_else(|| WORD_CLASSES.get_bytes(b).unwrap_or_default());
        return Info {
            flags: info.flags | tense_bits_ascii(scan, i, b, info.flags),
            cal: info.cal,
        };
    }
    let w = scan.tok(i);
    if w.len() > 20 {
        return Info::default();
    }
    let info = WORD_CLASSES.get(w).unwrap_or_default();
    let bits = info.flags & class::UNICODE;
    Info {
        flags: bits | tense_bits(w, bits),
        // `calendar::word` reads no word over 16 bytes.
        cal: if w.len() <= 16 {
            info.cal
        } else {
            calendar::CalendarWord::default()
        },
    }
}

/// The tense marker bits of a word with class bits `bits`, after its
/// future and past words: a past form in "-ed" that is not an adjective
/// and does not start a name.
fn ed_past(ends_ed: bool, bits: u16, w_starts_upper: bool) -> u16 {
    if ends_ed && bits & class::NOT_PAST_ED == 0 && !w_starts_upper {
        class::TENSE_PAST
    } else {
        0
    }
}

/// The tense marker bits of a word by its class bits alone.
fn word_tense(bits: u16) -> u16 {
    if bits & class::FUTURE != 0 {
        class::TENSE_FUTURE
    } else if bits & class::PAST != 0 {
        class::TENSE_PAST
    } else {
        0
    }
}

/// The tense marker bits of ASCII word token `i` (bytes `b`, class bits
/// `bits`): a future or past word, a past form in "-ed", or the "to" of
/// "to be".
#[inline]
fn tense_bits_ascii(scan: &Scan<'_>, i: usize, b: &[u8], bits: u16) -> u16 {
    if b.len() > 20 {
        return 0;
    }
    let t = word_tense(bits);
    if t != 0 {
        return t;
    }
    let ends_ed = b.len() >= 4
        && b.get(b.len() - 2..)
            .is_some_and(|e| e.eq_ignore_ascii_case(b"ed"));
    if ends_ed {
        return ed_past(true, bits, b.first().is_some_and(u8::is_ascii_uppercase));
    }
    // "to be signed", "is to visit".
    if b.eq_ignore_ascii_case(b"to")
        && scan.tokens.get(i + 1).is_some()
        && lower_is(scan.tok(i + 1), "be")
    {
        return class::TENSE_FUTURE;
    }
    0
}

/// The tense marker bits of a word with non-ASCII letters (`w`, class bits
/// `bits`): a future or past word, or a past form in "-ed" ("to" is ASCII).
fn tense_bits(w: &str, bits: u16) -> u16 {
    let t = word_tense(bits);
    if t != 0 {
        return t;
    }
    let l = w.to_lowercase();
    ed_past(l.len() >= 4 && l.ends_with("ed"), bits, starts_upper(w))
}

/// The token-level reader of date expressions.
struct Reader<'s, 'a> {
    /// The scanned text.
    scan: &'s Scan<'a>,
    /// First token of the range read (`lo` may lie past a header).
    base: usize,
    /// First readable token: of a sentence or a line.
    lo: usize,
    /// One past the last readable token.
    hi: usize,
    /// Whether month names of page-date languages count ("Oktyabr").
    foreign: bool,
    /// What is known of tokens `info_base..` from their words, when the
    /// caller classified them at once; other
    /// tokens are classified when asked. (Cells: [`Dates`] fills the
    /// article's one table sentence by sentence, while readers of other
    /// sentences hold it.)
    info: &'s [Cell<Info>],
    /// The token `info` starts with.
    info_base: usize,
    /// The token last classified when asked, which the grammar often asks
    /// about several times in a row.
    memo: Cell<Option<(usize, Info)>>,
}

/// What is known of each token of `range` from its word, in order: computed
/// once for a range read whole, so that every pass over it (mentions,
/// comparisons, tenses) reads it instead of looking words up.
fn classify_range(scan: &Scan<'_>, range: Range<usize>) -> Vec<Cell<Info>> {
    let hi = range.end.min(scan.tokens.len());
    let lo = range.start.min(hi);
    let out = vec![Cell::new(Info::default()); hi - lo];
    classify_into(scan, lo..hi, &out);
    out
}

/// [`classify_range`] into `out` (one cell per token of `range`, set to
/// the default [`Info`]), which [`Dates`] keeps for the whole article.
fn classify_into(scan: &Scan<'_>, range: Range<usize>, out: &[Cell<Info>]) {
    let hi = range.end.min(scan.tokens.len());
    let lo = range.start.min(hi);
    let bytes = scan.text.as_bytes();
    let tokens = scan.tokens.get(lo..hi).unwrap_or(&[]);
    let words: &WordMap<Info> = &WORD_CLASSES;
    for ((i, t), slot) in (lo..).zip(tokens).zip(out) {
        match t.kind {
            TokenKind::Punct => continue,
            TokenKind::Number => {
                if matches!(t.span.end - t.span.start, 1 | 2 | 4) {
                    slot.set(Info {
                        flags: class::NUMBER,
                        ..Info::default()
                    });
                }
                continue;
            }
            TokenKind::Word => {}
        }
        // Most words are short and ASCII: read in place and looked up.
        let Some((k_lo, k_hi)) = ascii_letters_at(bytes, t.span.start, t.span.end) else {
            slot.set(classify(scan, i));
            continue;
        };
        let n = t.span.end - t.span.start;
        let info = words.get_lowered(k_lo, k_hi, n).unwrap_or_default();
        // The tense bits of `tense_bits_ascii`, read off the packed word.
        let byte = |k: usize| {
            let word = if k < 8 { k_lo } else { k_hi };
            (word >> (8 * (k % 8))) & 0xFF
        };
        let tense = match word_tense(info.flags) {
            0 if n >= 4 && byte(n - 2) == u64::from(b'e') && byte(n - 1) == u64::from(b'd') => {
                let upper = bytes.get(t.span.start).is_some_and(u8::is_ascii_uppercase);
                ed_past(true, info.flags, upper)
            }
            0 if n == 2
                && k_lo == u64::from(u16::from_le_bytes(*b"to"))
                && scan.tokens.get(i + 1).is_some()
                && lower_is(scan.tok(i + 1), "be") =>
            {
                class::TENSE_FUTURE
            }
            t => t,
        };
        slot.set(Info {
            flags: info.flags | tense,
            cal: info.cal,
        });
    }
}

/// The words besides month names that may follow a number of one or two
/// digits in a mention: day suffixes ("24th"), "Q", "H" and "M" ("1Q",
/// "1H", "9M"), "months" ("six months of 2019"), "and" ("15 and 16 July")
/// and "of" ("the 3 of February"), compared ASCII case-insensitively.
const AFTER_SMALL_NUMBER: &[&str] = &["st", "nd", "rd", "th", "q", "h", "m", "months", "and", "of"];

/// The words [`Reader::read_nested`] dispatches on before the grammar.
const START_KEYWORDS: &[&str] = &[
    "the",
    "yesterday",
    "today",
    "tomorrow",
    "by",
    "until",
    "till",
    "since",
    "between",
    "same",
    "corresponding",
    "similar",
];

fn lower_is(s: &str, w: &str) -> bool {
    s.eq_ignore_ascii_case(w)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "—" | "‒" | "−")
}

impl<'s, 'a> Reader<'s, 'a> {
    /// A reader of tokens `range`, classifying tokens when asked: for a
    /// few questions about a range ("a date here?").
    fn new(scan: &'s Scan<'a>, range: Range<usize>, foreign: bool) -> Reader<'s, 'a> {
        let hi = range.end.min(scan.tokens.len());
        let lo = range.start.min(hi);
        Reader {
            scan,
            base: lo,
            lo,
            hi,
            foreign,
            info: &[],
            info_base: 0,
            memo: Cell::new(None),
        }
    }

    /// A reader of tokens `range` whose tokens from `info_base` on were
    /// classified at once into `info`.
    fn with_info(
        scan: &'s Scan<'a>,
        range: Range<usize>,
        foreign: bool,
        info: &'s [Cell<Info>],
        info_base: usize,
    ) -> Reader<'s, 'a> {
        Reader {
            info,
            info_base,
            ..Reader::new(scan, range, foreign)
        }
    }

    /// What was classified at once of token `i`, if it was.
    fn known(&self, i: usize) -> Option<Info> {
        self.info.get(i.wrapping_sub(self.info_base)).map(Cell::get)
    }

    /// The class bits of token `i`.
    fn flags(&self, i: usize) -> u16 {
        self.info(i).flags
    }

    /// What is known of token `i` from its word.
    fn info(&self, i: usize) -> Info {
        if let Some(info) = self.known(i) {
            return info;
        }
        if let Some((k, info)) = self.memo.get()
            && k == i
        {
            return info;
        }
        let info = classify(self.scan, i);
        self.memo.set(Some((i, info)));
        info
    }

    /// Token `i` read into registers when it is a word of at most
    /// [`crate::lexicon::words::MAX_WORD`] ASCII letters: the words the
    /// quick tests below answer for (their filters hold words as ASCII
    /// compares them); the others are looked up.
    #[inline]
    fn short_ascii(&self, i: usize) -> Option<Packed> {
        let t = self.scan.tokens.get(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let word = Packed::at(self.scan.text.as_bytes(), t.span.start, t.span.end)?;
        word.is_ascii().then_some(word)
    }

    /// Whether word token `i` may start a mention (class
    /// [`class::START`]); the quick test of [`START_FILTER`] tells most
    /// words apart without looking them up.
    #[inline]
    fn may_start(&self, i: usize) -> bool {
        if let Some(info) = self.known(i) {
            return info.flags & class::START != 0;
        }
        if let Some(word) = self.short_ascii(i) {
            if !START_FILTER.may_hold(&word) {
                return false;
            }
            // "the" starts a mention only with the one after it ("the
            // first quarter"): most often there is none.
            if word.is(b"the") {
                return i + 1 < self.hi && self.may_open_plain(i + 1);
            }
        }
        self.flags(i) & class::START != 0
    }

    /// [`Reader::may_open`] without the look past "the": a word that may
    /// start a mention, or a number of one, two or four digits.
    fn may_open_plain(&self, i: usize) -> bool {
        let Some(t) = self.scan.tokens.get(i) else {
            return false;
        };
        match t.kind {
            TokenKind::Punct => false,
            TokenKind::Number => matches!(t.span.end - t.span.start, 1 | 2 | 4),
            TokenKind::Word => match self.short_ascii(i) {
                Some(word) if !START_FILTER.may_hold(&word) => false,
                _ => self.flags(i) & class::START != 0,
            },
        }
    }

    /// The comparison class bits of token `i` ([`class::COMPARE`],
    /// [`class::THAN`], [`class::FROM`]), which only short ASCII words
    /// have.
    fn compare_flags(&self, i: usize) -> u16 {
        if let Some(info) = self.known(i) {
            return info.flags;
        }
        match self.short_ascii(i) {
            Some(word) if COMPARE_FILTER.may_hold(&word) => self.flags(i),
            _ => 0,
        }
    }

    /// The tense bits of token `i` ([`class::TENSE_PAST`],
    /// [`class::TENSE_FUTURE`]). A short ASCII word has them only when it
    /// may be a tense word, ends in "-ed" or is "to" (see
    /// [`tense_bits_ascii`]); other words are looked up.
    fn tense_flags(&self, i: usize) -> u16 {
        if let Some(info) = self.known(i) {
            return info.flags;
        }
        if let Some(word) = self.short_ascii(i) {
            let may = TENSE_FILTER.may_hold(&word)
                || (word.len() >= 4 && word.ends_ed())
                || word.is(b"to");
            if !may {
                return 0;
            }
        }
        self.flags(i)
    }

    /// The text of token `i`, or "" outside the readable range.
    fn w(&self, i: usize) -> &'a str {
        if i >= self.lo && i < self.hi {
            self.scan.tok(i)
        } else {
            ""
        }
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        (i >= self.lo && i < self.hi).then(|| self.scan.tokens[i].kind)
    }

    /// Token `i` directly follows the previous one (no space between).
    fn tight(&self, i: usize) -> bool {
        i >= self.lo && i < self.hi && !self.scan.tokens[i].space_before
    }

    fn is(&self, i: usize, word: &str) -> bool {
        lower_is(self.w(i), word)
    }

    /// A number token of `min_digits` to `max_digits` digits, and its value.
    fn number(&self, i: usize, min_digits: usize, max_digits: usize) -> Option<u32> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let s = self.w(i);
        if s.len() < min_digits || s.len() > max_digits {
            return None;
        }
        // A number token is a run of ASCII digits: its value, as `parse`
        // reads it (`None` past `u32`), without the generic parser.
        s.bytes().try_fold(0u32, |v, b| {
            v.checked_mul(10)?
                .checked_add(u32::from(b.checked_sub(b'0')?))
        })
    }

    /// Whether a number at `i` continues as a bigger number ("3,000",
    /// "4.5", "10:30"), so that it is not a day or year on its own.
    fn number_continues(&self, i: usize) -> bool {
        matches!(self.w(i + 1), "," | "." | ":")
            && self.tight(i + 1)
            && self.kind(i + 2) == Some(TokenKind::Number)
            && self.tight(i + 2)
            && !(self.w(i + 1) == "," && self.w(i + 2).len() == 4)
    }

    /// A month name or abbreviation at `i`: its number and the token after
    /// it (past an abbreviation's period).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.w(i);
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let c = self.cal(i);
        if starts_upper(w) && c.month != 0 {
            return Some((u32::from(c.month), i + 1));
        }
        if starts_upper(w) && c.abbreviation != 0 {
            let m = u32::from(c.abbreviation);
            let end = if self.w(i + 1) == "." && self.tight(i + 1) {
                i + 2
            } else {
                i + 1
            };
            return Some((m, end));
        }
        if self.foreign && c.foreign != 0 {
            return Some((u32::from(c.foreign), i + 1));
        }
        None
    }

    /// The value of a cardinal word at `i` ("seven").
    fn cardinal(&self, i: usize) -> Option<u32> {
        Some(self.cal(i).cardinal)
            .filter(|&n| n != 0)
            .map(u32::from)
    }

    /// What the calendar tables say about token `i`: nothing for a token
    /// that is not a word (no calendar word is a number or a sign), and
    /// nothing outside the range (where [`Reader::w`] is empty).
    fn cal(&self, i: usize) -> calendar::CalendarWord {
        if self.kind(i) == Some(TokenKind::Word) {
            self.info(i).cal
        } else {
            calendar::CalendarWord::default()
        }
    }

    /// A day number at `i` ("24", "17th"): the day and the token after it.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let d = self.number(i, 1, 2)?;
        if !(1..=31).contains(&d) || self.number_continues(i) {
            return None;
        }
        if self.kind(i + 1) == Some(TokenKind::Word)
            && self.tight(i + 1)
            && calendar::is_day_suffix(self.w(i + 1))
        {
            return Some((d, i + 2));
        }
        if self.kind(i + 1) == Some(TokenKind::Word) && self.tight(i + 1) {
            // "24x": not a day.
            return None;
        }
        Some((d, i + 1))
    }

    /// A four-digit year at `i`.
    fn year(&self, i: usize) -> Option<i32> {
        let y = self.number(i, 4, 4)?;
        if !(1800..=2199).contains(&y) || self.number_continues(i) {
            return None;
        }
        if self.kind(i + 1) == Some(TokenKind::Word) && self.tight(i + 1) {
            return None;
        }
        i32::try_from(y).ok()
    }

    /// A year expression at `i`: "2024", "of 2024", ", 2024", "this year",
    /// "of the current year", "last year", "a year earlier".
    fn year_expr(&self, i: usize, allow_the_year: bool) -> Option<(YearRef, usize)> {
        let mut j = i;
        if self.w(j) == "," {
            return self.year(j + 1).map(|y| (YearRef::Abs(y), j + 2));
        }
        let mut after_of = false;
        if self.is(j, "of") || self.is(j, "in") || self.is(j, "for") {
            after_of = true;
            j += 1;
        }
        if let Some(y) = self.year(j) {
            return Some((YearRef::Abs(y), j + 1));
        }
        let the = self.is(j, "the");
        let k = if the { j + 1 } else { j };
        let wk = self.w(k);
        let any = |words: &[&str]| words.iter().any(|x| lower_is(wk, x));
        let rel = if any(&["this", "current"]) && (!the || self.is(k, "current")) {
            0
        } else if any(&["last", "previous", "past", "preceding", "prior"]) {
            -1
        } else if any(&["next", "coming"]) {
            1
        } else if lower_is(wk, "year") && the && after_of && allow_the_year {
            return Some((YearRef::Rel(0), k + 1));
        } else if lower_is(wk, "a") && !the && (self.is(k + 2, "earlier") || self.is(k + 2, "ago"))
        {
            return self.is(k + 1, "year").then_some((YearRef::Rel(-1), k + 3));
        } else {
            return None;
        };
        if !self.is(k + 1, "year") {
            return None;
        }
        Some((YearRef::Rel(rel), k + 2))
    }

    /// Reads every mention in the range, in text order.
    fn read_all(&self) -> Vec<Raw> {
        let mut out = Vec::new();
        self.read_each(|r| out.push(r));
        out
    }

    /// Hands every mention in the range to `found`, in text order, as
    /// [`Reader::read_all`] lists them (without a list).
    fn read_each(&self, mut found: impl FnMut(Raw)) {
        let mut i = self.lo;
        // With every token classified, the tokens that may open a mention
        // are told by their class bits alone.
        let opens = |f: u16| f & (class::START | class::NUMBER) != 0;
        let known = |k: usize| self.known(k).map(|info| info.flags);
        while i < self.hi {
            // The tests `read_nested` opens with, inline: most tokens are
            // passed over here.
            let may = match known(i) {
                // "the" opens a mention only with the token after it.
                Some(f) if f >> class::KEYWORD_SHIFT == 1 => {
                    i + 1 < self.hi && known(i + 1).is_none_or(opens)
                }
                Some(f) => opens(f),
                None => self.may_open(i),
            };
            if !may {
                i += 1;
                continue;
            }
            match self.read_at(i) {
                Some(r) if r.end > i => {
                    i = r.end;
                    found(r);
                }
                _ => i += 1,
            }
        }
    }

    /// Whether a mention may start at token `i` (in the range): a word
    /// that may start one, or a number of one, two or four digits (see
    /// [`Reader::read_nested`]).
    #[inline]
    fn may_open(&self, i: usize) -> bool {
        let Some(t) = self.scan.tokens.get(i) else {
            return false;
        };
        match t.kind {
            TokenKind::Punct => false,
            TokenKind::Number => matches!(t.span.end - t.span.start, 1 | 2 | 4),
            TokenKind::Word => self.may_start(i),
        }
    }

    /// The mention starting at token `i`, if any.
    fn read_at(&self, i: usize) -> Option<Raw> {
        self.read_nested(i, 0)
    }

    /// `read_at`, for a reader nested `depth` deep in another ("the",
    /// "by"): the depth is bounded so that "the the the …" cannot recurse
    /// without end.
    fn read_nested(&self, i: usize, depth: u8) -> Option<Raw> {
        // Most tokens cannot start a mention: punctuation never does, and a
        // word only when it is a calendar word or one the grammar opens
        // with. Numbers go on to the grammar.
        let is_word = match self.kind(i) {
            None | Some(TokenKind::Punct) => return None,
            Some(TokenKind::Word) if !self.may_start(i) => return None,
            Some(TokenKind::Word) => true,
            // Only numbers of one, two or four digits are days, ordinals,
            // counts of months or years.
            Some(TokenKind::Number) if !matches!(self.w(i).len(), 1 | 2 | 4) => return None,
            Some(TokenKind::Number) => {
                // A look at the number and the token after it passes over
                // most numbers (digit groups of amounts, "5.3", "3%"): every
                // form below opens a four-digit number with a year, and one
                // of one or two digits (a day, an ordinal, a count of
                // months, a numeric date) with a word after it ("August",
                // "st", "Q", "months", "and", "of"), a dash or a date's
                // separator.
                if self.w(i).len() == 4 {
                    self.year(i)?;
                } else if self.kind(i + 1) == Some(TokenKind::Word) {
                    // "5 million", "100 tons": the word is none of those
                    // the forms read after a day, an ordinal or a count.
                    let c = self.cal(i + 1);
                    let next = self.w(i + 1);
                    let month = c.month != 0 || c.abbreviation != 0 || c.foreign != 0;
                    if !month && !in_context_list(next, context::AFTER_SMALL_NUMBER) {
                        return None;
                    }
                } else if !matches!(self.w(i + 1), "." | "/") && !is_dash(self.w(i + 1)) {
                    return None;
                }
                false
            }
        };
        let w = self.w(i);
        if w.is_empty() || depth > 2 {
            return None;
        }
        let id = usize::from(self.flags(i) >> class::KEYWORD_SHIFT);
        let keyword = id.checked_sub(1).and_then(|k| START_KEYWORDS.get(k));
        match keyword.copied().unwrap_or("") {
            "the" => {
                let r = self.read_nested(i + 1, depth + 1)?;
                let extends = match r.what {
                    What::Quarter(_) | What::Half(_) | What::FirstMonths(_) | What::SamePeriod => {
                        true
                    }
                    What::Year => matches!(r.year, YearRef::Rel(_)),
                    _ => false,
                };
                return (r.first == i + 1 && extends).then_some(Raw { first: i, ..r });
            }
            "yesterday" => return Some(self.raw(i, i + 1, What::RelDay(-1), YearRef::Unknown)),
            "today" if !self.is_name_part(i) => {
                return Some(self.raw(i, i + 1, What::RelDay(0), YearRef::Unknown));
            }
            "tomorrow" => return Some(self.raw(i, i + 1, What::RelDay(1), YearRef::Unknown)),
            "by" | "until" | "till" | "since" => return self.bound(i, depth),
            "between" => return self.between_years(i),
            "same" | "corresponding" | "similar" => return self.same_period(i),
            _ => {}
        }
        // The forms in order of trust; each opens with a word or with a
        // number only, so only those of the token's kind are tried.
        if is_word {
            if let Some(r) = self.relative(i) {
                return Some(r);
            }
            if let Some(r) = self.weekday(i) {
                return Some(r);
            }
            if let Some(r) = self.part_of_year(i) {
                return Some(r);
            }
            return self.month_first(i);
        }
        if let Some(r) = self.numeric_date(i) {
            return Some(r);
        }
        if let Some(r) = self.part_of_year(i) {
            return Some(r);
        }
        if let Some(r) = self.day_first(i) {
            return Some(r);
        }
        self.year_only(i)
    }

    fn raw(&self, first: usize, end: usize, what: What, year: YearRef) -> Raw {
        Raw {
            first,
            end,
            what,
            year,
        }
    }

    /// "Today" inside a capitalized name ("Azerbaijan Today").
    fn is_name_part(&self, i: usize) -> bool {
        starts_upper(self.w(i))
            && i > self.lo
            && self.kind(i - 1) == Some(TokenKind::Word)
            && starts_upper(self.w(i - 1))
    }

    /// "2022-08-24" and "24.08.2022".
    fn numeric_date(&self, i: usize) -> Option<Raw> {
        let tight3 =
            self.tight(i + 1) && self.tight(i + 2) && self.tight(i + 3) && self.tight(i + 4);
        if !tight3 {
            return None;
        }
        // Year first: "2024-11-28", "2024/11/28".
        if let Some(y) = self.year(i)
            && matches!(self.w(i + 1), "-" | "/")
            && self.w(i + 3) == self.w(i + 1)
        {
            let m = self.number(i + 2, 1, 2)?;
            let d = self.number(i + 4, 1, 2)?;
            return Some(self.raw(i, i + 5, What::Day { month: m, day: d }, YearRef::Abs(y)));
        }
        let d = self.number(i, 1, 2)?;
        let sep = self.w(i + 1);
        // Day first: "28.11.2024", "28/11/2024", "28-11-2024".
        if matches!(sep, "." | "/" | "-") && self.w(i + 3) == sep {
            let m = self.number(i + 2, 1, 2)?;
            let y = self.year(i + 4)?;
            // Day first, as printed outside the United States; a slash date
            // whose first number cannot be a day is month first.
            let (month, day) = if sep == "/" && d <= 12 && m > 12 {
                (d, m)
            } else {
                (m, d)
            };
            return Some(self.raw(i, i + 5, What::Day { month, day }, YearRef::Abs(y)));
        }
        None
    }

    /// "last year", "this month", "next Monday", "the previous year".
    fn relative(&self, i: usize) -> Option<Raw> {
        if self.kind(i) != Some(TokenKind::Word) {
            return None;
        }
        let w = self.w(i);
        let any = |words: &[&str]| words.iter().any(|x| lower_is(w, x));
        let k = if any(&["last", "previous", "past", "prior", "preceding"]) {
            -1
        } else if any(&["this", "current"]) {
            0
        } else if any(&["next", "coming"]) {
            1
        } else {
            return None;
        };
        let next = self.w(i + 1);
        if lower_is(next, "year") {
            return Some(self.raw(i, i + 2, What::Year, YearRef::Rel(k)));
        }
        if lower_is(next, "month") {
            return Some(self.raw(i, i + 2, What::RelMonth(k), YearRef::Unknown));
        }
        if let Some((wd, true)) = self.cal(i + 1).weekday
            && starts_upper(next)
        {
            let dir = match k {
                -1 => Direction::Last,
                1 => Direction::Next,
                _ => Direction::Plain,
            };
            return Some(self.raw(i, i + 2, What::Weekday(wd, dir), YearRef::Unknown));
        }
        None
    }

    /// "Monday", "Friday, 10 June 2022", "Wed, 17th Sep 2014".
    fn weekday(&self, i: usize) -> Option<Raw> {
        let w = self.w(i);
        let (wd, full) = self.cal(i).weekday?;
        if !starts_upper(w) {
            return None;
        }
        let mut j = i + 1;
        if self.w(j) == "." && self.tight(j) {
            j += 1;
        }
        if self.w(j) == "," {
            j += 1;
        }
        if let Some(r) = self.month_first(j).or_else(|| self.day_first(j))
            && r.first == j
            && matches!(r.what, What::Day { .. })
        {
            return Some(Raw { first: i, ..r });
        }
        full.then(|| {
            self.raw(
                i,
                i + 1,
                What::Weekday(wd, Direction::Plain),
                YearRef::Unknown,
            )
        })
    }

    /// "by 2030", "until the end of 2025", "since 2004": a bound.
    fn bound(&self, i: usize, depth: u8) -> Option<Raw> {
        let mut j = i + 1;
        // "by the end of", "until the beginning of".
        if self.is(j, "the")
            && (self.is(j + 1, "end") || self.is(j + 1, "beginning") || self.is(j + 1, "start"))
            && self.is(j + 2, "of")
        {
            j += 3;
        }
        let r = self.read_nested(j, depth + 1)?;
        if r.first != j {
            return None;
        }
        Some(self.raw(i, r.end, What::Bound, r.year))
    }

    /// "between 2020 and 2022".
    fn between_years(&self, i: usize) -> Option<Raw> {
        let y1 = self.year(i + 1)?;
        if !self.is(i + 2, "and") {
            return None;
        }
        let y2 = self.year(i + 3)?;
        (y2 >= y1).then(|| self.raw(i, i + 4, What::Years(YearRef::Abs(y2)), YearRef::Abs(y1)))
    }

    /// "same period of 2021", "corresponding period last year", "same
    /// period a year earlier", "the same period".
    fn same_period(&self, i: usize) -> Option<Raw> {
        let noun = self.w(i + 1);
        if !["period", "months", "month", "quarter", "half"]
            .iter()
            .any(|x| lower_is(noun, x))
        {
            return None;
        }
        let j = i + 2;
        // "of the previous year", "in 2021", "last year", "a year earlier".
        if let Some((y, end)) = self.year_expr(j, false) {
            return Some(self.raw(i, end, What::SamePeriod, y));
        }
        Some(self.raw(i, j, What::SamePeriod, YearRef::Unknown))
    }

    /// Quarters, halves and "the first N months": "first quarter of 2024",
    /// "Q1 2024", "1Q", "H1", "the first half of the year", "first seven
    /// months of this year", "six months of 2019", "6 months, 2019", "9M
    /// 2023".
    fn part_of_year(&self, i: usize) -> Option<Raw> {
        // The ordinal: a word ("first") or a number with suffix ("1st").
        let ord = Some(self.cal(i).ordinal)
            .filter(|&n| n != 0)
            .map(|n| (u32::from(n), i + 1))
            .or_else(|| {
                let n = self.number(i, 1, 1)?;
                (self.tight(i + 1) && calendar::is_day_suffix(self.w(i + 1))).then_some((n, i + 2))
            });
        if let Some((n, j)) = ord {
            let noun = self.w(j);
            let what = if lower_is(noun, "quarter") && (1..=4).contains(&n) {
                Some(What::Quarter(n))
            } else if lower_is(noun, "half") && (1..=2).contains(&n) {
                Some(What::Half(n))
            } else {
                None
            };
            if let Some(what) = what {
                return Some(self.with_year(i, j + 1, what));
            }
            // "first seven months", "first 7 months".
            if n == 1 {
                let count = self.number(j, 1, 2).or_else(|| self.cardinal(j));
                if let Some(c) = count
                    && (1..=12).contains(&c)
                    && (self.is(j + 1, "months") || (c == 1 && self.is(j + 1, "month")))
                {
                    return Some(self.with_year(i, j + 2, What::FirstMonths(c)));
                }
            }
        }
        // "Q1", "H1" and "1Q", "1H", "9M".
        let w = self.w(i);
        if self.kind(i) == Some(TokenKind::Word)
            && matches!(w, "Q" | "H")
            && self.tight(i + 1)
            && let Some(n) = self.number(i + 1, 1, 1)
            && !(self.kind(i + 2) == Some(TokenKind::Word) && self.tight(i + 2))
        {
            let what = match (w, n) {
                ("Q", 1..=4) => What::Quarter(n),
                ("H", 1..=2) => What::Half(n),
                _ => return None,
            };
            let r = self.with_year(i, i + 2, what);
            // "H2" alone is as often hydrogen as a half year.
            if w == "H" && r.year == YearRef::Unknown {
                return None;
            }
            return Some(r);
        }
        if let Some(n) = self.number(i, 1, 2)
            && self.kind(i + 1) == Some(TokenKind::Word)
            && self.tight(i + 1)
            && !(self.kind(i + 2) == Some(TokenKind::Word) && self.tight(i + 2))
        {
            let what = match (self.w(i + 1), n) {
                ("Q", 1..=4) => Some(What::Quarter(n)),
                ("H", 1..=2) => Some(What::Half(n)),
                ("M", 1..=12) => Some(What::FirstMonths(n)),
                _ => None,
            };
            if let Some(what) = what {
                let r = self.with_year(i, i + 2, what);
                // "9M" and "1H" alone are too ambiguous (sizes, money):
                // they need a year.
                if !matches!(what, What::Quarter(_)) && r.year == YearRef::Unknown {
                    return None;
                }
                return Some(r);
            }
        }
        // "six months of 2019", "6 months, 2019": a count of months is a
        // duration unless a year follows.
        let count = self.number(i, 1, 2).or_else(|| self.cardinal(i));
        if let Some(c) = count
            && (1..=12).contains(&c)
            && self.is(i + 1, "months")
            && let Some((y, end)) = self.year_expr(i + 2, false)
        {
            return Some(self.raw(i, end, What::FirstMonths(c), y));
        }
        None
    }

    /// `what` followed by an optional year expression.
    fn with_year(&self, first: usize, end: usize, what: What) -> Raw {
        match self.year_expr(end, true) {
            Some((y, e)) => self.raw(first, e, what, y),
            None => self.raw(first, end, what, YearRef::Unknown),
        }
    }

    /// Dates that start with the month: "August 24", "Aug. 22-23, 2022",
    /// "May 30-June 2", "January-March 2024", "January through February this
    /// year", "March 2025", "January 2009-December 2014", "in March".
    fn month_first(&self, i: usize) -> Option<Raw> {
        let (m, j) = self.month(i)?;
        // Day dates.
        if let Some((d, k)) = self.day(j) {
            // "May 3" is "May" only when a day follows; the number must
            // not be a quantity ("March 3,000" was refused by `day`).
            let mut end = k;
            let mut what = What::Day { month: m, day: d };
            if is_dash(self.w(k)) || self.is(k, "and") || self.is(k, "to") {
                if let Some((d2, e)) = self.day(k + 1)
                    && d2 > d
                {
                    what = What::Days {
                        month: m,
                        day: d,
                        month2: m,
                        day2: d2,
                    };
                    end = e;
                } else if !self.is(k, "and")
                    && let Some((m2, e)) = self.month(k + 1)
                    && let Some((d2, e2)) = self.day(e)
                {
                    what = What::Days {
                        month: m,
                        day: d,
                        month2: m2,
                        day2: d2,
                    };
                    end = e2;
                }
            }
            let mut year = YearRef::Unknown;
            let mut y_at = end;
            if self.w(y_at) == "," {
                y_at += 1;
            }
            if let Some(y) = self.year(y_at) {
                year = YearRef::Abs(y);
                end = y_at + 1;
            }
            return Some(self.raw(i, end, what, year));
        }
        // Month ranges.
        if (is_dash(self.w(j))
            || self.is(j, "through")
            || self.is(j, "to")
            || self.is(j, "till")
            || self.is(j, "until")
            || self.is(j, "and"))
            && let Some((m2, e)) = self.month(j + 1)
        {
            let (year, end) = match self.year_expr(e, true) {
                Some((y, e2)) => (y, e2),
                None => (YearRef::Unknown, e),
            };
            return Some(self.raw(i, end, What::Months(m, m2), year));
        }
        // "January 2009-December 2014".
        if let Some(y1) = self.year(j)
            && is_dash(self.w(j + 1))
            && let Some((m2, e)) = self.month(j + 2)
            && let Some(y2) = self.year(e)
            && y2 >= y1
        {
            let what = What::MonthSpan {
                month: m,
                month2: m2,
                year2: y2,
            };
            return Some(self.raw(i, e + 1, what, YearRef::Abs(y1)));
        }
        if let Some((y, e)) = self.year_expr(j, true) {
            return Some(self.raw(i, e, What::Month(m), y));
        }
        // A month alone: only a full name, and "May" only after a word that
        // makes it a date ("in May"), since "may" is also a verb.
        if self.cal(i).month == 0 {
            return None;
        }
        if m == 5 {
            let prev = if i > self.lo { self.w(i - 1) } else { "" };
            let ok = [
                "in", "of", "since", "until", "from", "early", "late", "mid", "last", "next",
                "this", "by", "during", "end",
            ]
            .iter()
            .any(|p| lower_is(prev, p));
            if !ok {
                return None;
            }
        }
        Some(self.raw(i, j, What::Month(m), YearRef::Unknown))
    }

    /// Dates that start with the day: "24 August 2022", "7 Sep. 2023",
    /// "22-23 August", "15 and 16 July", "the 3rd of February".
    fn day_first(&self, i: usize) -> Option<Raw> {
        let (d, j) = self.day(i)?;
        let mut k = j;
        let mut d2 = None;
        if (is_dash(self.w(k)) || self.is(k, "and"))
            && let Some((x, e)) = self.day(k + 1)
            && x > d
        {
            d2 = Some(x);
            k = e;
        }
        if self.is(k, "of") {
            k += 1;
        }
        let (m, e) = self.month(k)?;
        let what = match d2 {
            Some(x) => What::Days {
                month: m,
                day: d,
                month2: m,
                day2: x,
            },
            None => What::Day { month: m, day: d },
        };
        let mut y_at = e;
        if self.w(y_at) == "," {
            y_at += 1;
        }
        match self.year(y_at) {
            Some(y) => Some(self.raw(i, y_at + 1, what, YearRef::Abs(y))),
            None => Some(self.raw(i, e, what, YearRef::Unknown)),
        }
    }

    /// A year: "in 2021", "2020-2022", "2023/24", "the 2025 budget".
    fn year_only(&self, i: usize) -> Option<Raw> {
        let y = self.year(i)?;
        // A year range.
        if (is_dash(self.w(i + 1)) || self.w(i + 1) == "/") && self.tight(i + 1) {
            if let Some(y2) = self.year(i + 2)
                && y2 >= y
            {
                return Some(self.raw(i, i + 3, What::Years(YearRef::Abs(y2)), YearRef::Abs(y)));
            }
            if let Some(yy) = self.number(i + 2, 2, 2)
                && !self.number_continues(i + 2)
            {
                let y2 = y - y % 100 + i32::try_from(yy).unwrap_or(0);
                if y2 == y + 1 {
                    return Some(self.raw(
                        i,
                        i + 3,
                        What::Years(YearRef::Abs(y2)),
                        YearRef::Abs(y),
                    ));
                }
            }
        }
        if (is_dash(self.w(i + 1)) || self.is(i + 1, "to") || self.is(i + 1, "through"))
            && let Some(y2) = self.year(i + 2)
            && y2 >= y
        {
            return Some(self.raw(i, i + 3, What::Years(YearRef::Abs(y2)), YearRef::Abs(y)));
        }
        // A bare year needs a word before it that makes it one, and no unit
        // after it ("in 2000 wagons" is a count).
        let prev = if i > self.lo { self.w(i - 1) } else { "" };
        let prev_ok = in_context_list(prev, context::YEAR_PREPOSITION)
            || matches!(prev, "(" | "-" | "–")
            || (self.kind(i.wrapping_sub(1)) == Some(TokenKind::Word)
                && prev.chars().all(|c| c.is_ascii_lowercase())
                && self.is(i + 1, "year"));
        let next = self.w(i + 1);
        let unit_after = in_context_list(next, context::NOT_YEAR_AFTER) || next == "%";
        if !prev_ok || unit_after || matches!(prev, "$" | "€" | "£" | "#" | "№") {
            return None;
        }
        Some(self.raw(i, i + 1, What::Year, YearRef::Abs(y)))
    }
}

/// Whether token `j` separates clauses: a comma or semicolon that is not
/// inside a number ("1,9 mln", "1,458,000").
fn is_clause_break(scan: &Scan<'_>, j: usize) -> bool {
    if scan
        .tokens
        .get(j)
        .is_none_or(|t| t.kind != TokenKind::Punct)
    {
        return false;
    }
    match scan.tok(j) {
        ";" => true,
        "," => {
            let number_at = |k: usize| {
                scan.tokens
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            };
            let tight = |k: usize| scan.tokens.get(k).is_some_and(|t| !t.space_before);
            !(j > 0 && number_at(j - 1) && tight(j) && number_at(j + 1) && tight(j + 1))
        }
        _ => false,
    }
}

/// Whether token `i` is punctuation that bounds a clause or a
/// parenthetical: "(", ")", or a clause break.
fn is_boundary(scan: &Scan<'_>, i: usize) -> bool {
    scan.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Punct)
        && (matches!(scan.tok(i), "(" | ")") || is_clause_break(scan, i))
}

/// How far from a mention tense markers are looked for, in tokens: a
/// bound that keeps the work linear on pathological sentences.
const TENSE_WINDOW: usize = 40;

impl Reader<'_, '_> {
    /// The tense marker at token `i`, if it is one (see [`tense_bits`]).
    fn marker(&self, i: usize) -> Option<Tense> {
        let f = self.tense_flags(i);
        if f & class::TENSE_FUTURE != 0 {
            Some(Tense::Future)
        } else if f & class::TENSE_PAST != 0 {
            Some(Tense::Past)
        } else {
            None
        }
    }

    /// The tense around tokens `first..end` of the range `lo..hi`: the
    /// nearest marker in the mention's clause, else in the range.
    fn tense_at(&self, lo: usize, hi: usize, first: usize, end: usize) -> Tense {
        let scan = self.scan;
        let lo = lo.max(first.saturating_sub(TENSE_WINDOW));
        let hi = hi
            .min(scan.tokens.len())
            .min(end.saturating_add(TENSE_WINDOW));
        // The clause around the mention.
        let mut cl_lo = first.min(hi);
        while cl_lo > lo && !is_boundary(scan, cl_lo - 1) {
            cl_lo -= 1;
        }
        let mut cl_hi = end.min(hi);
        while cl_hi < hi && !is_boundary(scan, cl_hi) {
            cl_hi += 1;
        }
        let nearest = |a: usize, b: usize| -> Tense {
            // Walk outwards from the mention, one step each side at a time.
            let span = (first - a.min(first)).max(b.saturating_sub(end));
            for d in 0..=span {
                let before = first.checked_sub(d + 1).filter(|&x| x >= a);
                let after = Some(end + d).filter(|&x| x < b);
                let fb = before.and_then(|x| self.marker(x));
                let fa = after.and_then(|x| self.marker(x));
                // At equal distance the marker before wins: a date phrase
                // usually belongs to the verb before it ("grew in 2024 and
                // will …").
                if let Some(t) = fb.or(fa) {
                    return t;
                }
            }
            Tense::Unknown
        };
        match nearest(cl_lo, cl_hi) {
            Tense::Unknown => nearest(lo, hi),
            t => t,
        }
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 {
        (y.checked_add(1)?, 1)
    } else {
        (y, m + 1)
    };
    ymd(ny, nm, 1)?.pred_opt()
}

fn months(y: i32, m1: u32, y2: i32, m2: u32) -> Option<Period> {
    let start = ymd(y, m1, 1)?;
    let end = last_day(y2, m2)?;
    (start <= end).then_some(Period { start, end })
}

fn one_day(d: NaiveDate) -> Period {
    Period { start: d, end: d }
}

/// The period `what` names in year `y`.
fn period_in_year(what: What, y: i32) -> Option<Period> {
    match what {
        What::Day { month, day } => ymd(y, month, day).map(one_day),
        What::Days {
            month,
            day,
            month2,
            day2,
        } => {
            let start = ymd(y, month, day)?;
            let y2 = if (month2, day2) < (month, day) {
                y.checked_add(1)?
            } else {
                y
            };
            let end = ymd(y2, month2, day2)?;
            (start <= end).then_some(Period { start, end })
        }
        What::Month(m) => months(y, m, y, m),
        What::Months(m1, m2) => {
            let y2 = if m2 < m1 { y.checked_add(1)? } else { y };
            months(y, m1, y2, m2)
        }
        What::Quarter(q) => months(y, 3 * q - 2, y, 3 * q),
        What::Half(h) => months(y, 6 * h - 5, y, 6 * h),
        What::FirstMonths(n) => months(y, 1, y, n),
        What::Year => months(y, 1, y, 12),
        _ => None,
    }
}

/// Resolves a year reference; `Unknown` gives `None`.
fn year_of(year: YearRef, anchor: Option<NaiveDate>) -> Option<i32> {
    match year {
        YearRef::Abs(y) => Some(y),
        YearRef::Rel(k) => anchor?.year().checked_add(k),
        YearRef::Unknown => None,
    }
}

/// The period of `what` without a stated year: the anchor's year, moved by
/// the tense rule (see the module documentation).
fn period_by_tense(what: What, anchor: NaiveDate, tense: Tense) -> Option<Period> {
    let y = anchor.year();
    let p = period_in_year(what, y)?;
    let slack = Days::new(1);
    match tense {
        Tense::Past if p.start > anchor.checked_add_days(slack)? => {
            period_in_year(what, y.checked_sub(1)?)
        }
        Tense::Future if p.end < anchor.checked_sub_days(slack)? => {
            period_in_year(what, y.checked_add(1)?)
        }
        _ => Some(p),
    }
}

/// Resolves one mention. `base` is the period a "same period" refers to.
/// `tense` gives the tense of the mention's clause; it is asked only by
/// the mentions that need it (a plain weekday, a date with no year read
/// against an anchor), so that the others do not look for it.
fn resolve(
    r: &Raw,
    anchor: Option<NaiveDate>,
    tense: impl FnOnce() -> Tense,
    base: Option<(What, i32)>,
) -> Option<Period> {
    match r.what {
        What::Bound => None,
        What::RelDay(k) => {
            let a = anchor?;
            let d = if k >= 0 {
                a.checked_add_days(Days::new(u64::from(k.unsigned_abs())))?
            } else {
                a.checked_sub_days(Days::new(u64::from(k.unsigned_abs())))?
            };
            Some(one_day(d))
        }
        What::RelMonth(k) => {
            let a = anchor?;
            let index = i64::from(a.year()) * 12 + i64::from(a.month0()) + i64::from(k);
            let y = i32::try_from(index.div_euclid(12)).ok()?;
            let m = u32::try_from(index.rem_euclid(12)).ok()? + 1;
            months(y, m, y, m)
        }
        What::Weekday(wd, dir) => {
            let a = anchor?;
            let back = (7 + a.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
            let fwd = (7 - back) % 7;
            let d = match dir {
                Direction::Last => {
                    a.checked_sub_days(Days::new(u64::from(if back == 0 { 7 } else { back })))?
                }
                Direction::Next => {
                    a.checked_add_days(Days::new(u64::from(if fwd == 0 { 7 } else { fwd })))?
                }
                Direction::Plain if matches!(tense(), Tense::Future) => {
                    a.checked_add_days(Days::new(u64::from(fwd)))?
                }
                Direction::Plain => a.checked_sub_days(Days::new(u64::from(back)))?,
            };
            Some(one_day(d))
        }
        What::Years(to) => {
            let y1 = year_of(r.year, anchor)?;
            let y2 = year_of(to, anchor)?;
            (y1 <= y2).then(|| months(y1, 1, y2, 12)).flatten()
        }
        What::SamePeriod => {
            let (what, base_year) = base?;
            let y = match r.year {
                YearRef::Abs(y) => y,
                // Relative to the period compared with, not to the anchor:
                // "Q1 2021 … the same period last year" is Q1 2020.
                YearRef::Rel(k) => base_year.checked_add(k)?,
                YearRef::Unknown => base_year,
            };
            period_in_year(what, y)
        }
        What::MonthSpan {
            month,
            month2,
            year2,
        } => months(year_of(r.year, anchor)?, month, year2, month2),
        what => match year_of(r.year, anchor) {
            Some(y) => period_in_year(what, y),
            None if r.year == YearRef::Unknown => period_by_tense(what, anchor?, tense()),
            None => None,
        },
    }
}

/// The base year a resolved base mention stands in: the year of its start.
fn base_of(r: &Raw, p: Period) -> Option<(What, i32)> {
    match r.what {
        What::Day { .. }
        | What::Days { .. }
        | What::Month(_)
        | What::Months(..)
        | What::Quarter(_)
        | What::Half(_)
        | What::FirstMonths(_)
        | What::Year => Some((r.what, p.start.year())),
        What::RelMonth(_) => Some((What::Month(p.start.month()), p.start.year())),
        _ => None,
    }
}

/// One mention with its resolution and whether it names a compared period.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Resolved {
    /// The mention as read.
    pub raw: Raw,
    /// Where it is in the text.
    pub span: crate::Span,
    /// Its period, when it resolves.
    pub period: Option<Period>,
    /// It names the period of a compared figure ("than in the same period
    /// of 2021").
    pub comparison: bool,
}

/// The mentions of one token range (a sentence, or a window of one around
/// a figure), resolved, with what [`period_for`] reads besides them. Built
/// once per range; comparisons are computed on first use and then kept
/// (clauses are computed by the caller, see [`Clauses`]). Its readers are made from the scan and the tokens' classes
/// (see [`Window::reader`]), which the window does not keep.
struct Window {
    /// First token of the range.
    base: usize,
    /// First token read for mentions: past a ` date` header.
    lo: usize,
    /// One past the last token of the range.
    hi: usize,
    /// Whether month names of page-date languages count.
    foreign: bool,
    /// Every mention in the range, resolved.
    mentions: Mentions,
    /// The mentions that resolve, as [`DateMention`]s: listed the first
    /// time they are asked for (figures read `mentions` only). One in
    /// place: a window is kept for most sentences, so each item in place
    /// makes every kept window bigger.
    dated: OnceCell<Few<DateMention, 1>>,
    /// The comparison parts of the whole range, header included.
    parts: OnceCell<Parts>,
}

/// The mentions of a range: mostly none to two.
type Mentions = Few<Resolved, 2>;

/// The comparison parts of a range (see [`Reader::comparison_parts`]):
/// mostly none or one.
type Parts = Few<Range<usize>, 1>;

impl Window {
    /// Reads and resolves tokens `range`, whose tokens from `info_base` on
    /// were classified into `info`; `foreign` admits page-date month names.
    fn new(
        scan: &Scan<'_>,
        range: Range<usize>,
        anchor: Option<NaiveDate>,
        foreign: bool,
        (info, info_base): (&[Cell<Info>], usize),
    ) -> Window {
        let skipped = skip_header(scan, range.clone());
        let mut reader = Reader::with_info(scan, range, foreign, info, info_base);
        reader.lo = skipped.start.min(reader.hi).max(reader.base);
        let (lo, hi) = (reader.lo, reader.hi);
        let mut win = Window {
            base: reader.base,
            lo,
            hi,
            foreign,
            mentions: Few::new(),
            dated: OnceCell::new(),
            parts: OnceCell::new(),
        };
        // The comparison parts, read with the first mention: most ranges
        // state no date and need none.
        let mut read_parts: Option<Parts> = None;
        let mut mentions = Mentions::new();
        // The base of the sentences before, computed at most once.
        let mut earlier: Option<Option<(What, i32)>> = None;
        // Each mention is resolved as it is read (it depends only on those
        // before it), so that the mentions read are not listed twice.
        reader.read_each(|raw| {
            let r = &raw;
            let read_parts = read_parts.get_or_insert_with(|| reader.comparison_parts(lo, hi));
            let base = if r.what == What::SamePeriod {
                let here = mentions
                    .iter()
                    .rev()
                    .filter(|x| !x.comparison && x.raw.is_base())
                    .find_map(|x| base_of(&x.raw, x.period?));
                here.or_else(|| *earlier.get_or_insert_with(|| earlier_base(scan, lo, anchor)))
            } else {
                None
            };
            let tense = || reader.tense_at(lo, hi, r.first, r.end);
            let period = resolve(r, anchor, tense, base);
            let in_part = read_parts.iter().any(|p| p.contains(&r.first));
            let comparison = in_part || (r.what == What::SamePeriod && r.year != YearRef::Unknown);
            let span = match (
                scan.tokens.get(r.first),
                scan.tokens.get(r.end.saturating_sub(1)),
            ) {
                (Some(a), Some(b)) => crate::Span::new(a.span.start, b.span.end),
                _ => return,
            };
            mentions.push(Resolved {
                raw: *r,
                span,
                period,
                comparison,
            });
        });
        // Most ranges state no date: nothing more to read.
        let Some(read_parts) = read_parts else {
            return win;
        };
        win.mentions = mentions;
        // Without a header, the parts read are those of the whole range.
        if win.lo == win.base {
            let _ = win.parts.set(read_parts);
        }
        win
    }

    /// A reader of the whole range (its `lo` past a header), the range's
    /// tokens from `info_base` on classified into `info`.
    fn reader<'s, 'a>(
        &self,
        scan: &'s Scan<'a>,
        info: &'s [Cell<Info>],
        info_base: usize,
    ) -> Reader<'s, 'a> {
        let mut reader = Reader::with_info(scan, self.base..self.hi, self.foreign, info, info_base);
        reader.lo = self.lo;
        reader
    }

    /// The mentions that resolve, as [`DateMention`]s.
    fn dated(&self) -> &[DateMention] {
        self.dated.get_or_init(|| {
            self.mentions
                .iter()
                .filter_map(|r| {
                    Some(DateMention {
                        span: r.span,
                        period: r.period?,
                    })
                })
                .collect()
        })
    }

    /// The comparison parts of the whole range, header included.
    fn parts(&self, reader: &Reader<'_, '_>) -> &Parts {
        self.parts
            .get_or_init(|| reader.comparison_parts(self.base, self.hi))
    }
}

/// The window of tokens `range`, its tokens classified for it.
fn window_of(
    scan: &Scan<'_>,
    range: Range<usize>,
    anchor: Option<NaiveDate>,
    foreign: bool,
) -> Window {
    let hi = range.end.min(scan.tokens.len());
    let lo = range.start.min(hi);
    let info = classify_range(scan, lo..hi);
    Window::new(scan, range, anchor, foreign, (&info, lo))
}

/// Every mention in tokens `range` (a sentence or a line), resolved.
/// `foreign` admits page-date month names.
fn read_range(
    scan: &Scan<'_>,
    range: Range<usize>,
    anchor: Option<NaiveDate>,
    foreign: bool,
) -> Mentions {
    window_of(scan, range, anchor, foreign).mentions
}

/// `range` without the ` date YYYY-MM-DD` header that opens some texts:
/// the header is the article's date, not a date the sentence states.
fn skip_header(scan: &Scan<'_>, range: Range<usize>) -> Range<usize> {
    let is_header = range.start == 0
        && scan.tokens.len() >= 6
        && scan.tok(0) == "date"
        && scan.tokens[1].kind == TokenKind::Number
        && scan.tok(1).len() == 4
        && scan.tok(2) == "-"
        && scan.tok(4) == "-"
        && scan.tokens[5].kind == TokenKind::Number;
    if is_header {
        6.min(range.end)..range.end
    } else {
        range
    }
}

/// The base period for a "same period" with nothing before it in its
/// sentence: the last main period of the (up to six) sentences before.
fn earlier_base(
    scan: &Scan<'_>,
    before_tok: usize,
    anchor: Option<NaiveDate>,
) -> Option<(What, i32)> {
    let s = scan.sentence_at(scan.tokens.get(before_tok)?.span.start)?;
    for k in (s.saturating_sub(6)..s).rev() {
        let sen = scan.sentences.get(k)?;
        let reader = Reader::new(scan, last_tokens(sen.tokens.clone()), false);
        let raws = reader.read_all();
        let parts = reader.comparison_parts(reader.lo, reader.hi);
        for r in raws.iter().rev() {
            if !r.is_base() || parts.iter().any(|p| p.contains(&r.first)) {
                continue;
            }
            let tense = || reader.tense_at(reader.lo, reader.hi, r.first, r.end);
            if let Some(p) = resolve(r, anchor, tense, None)
                && let Some(b) = base_of(r, p)
            {
                return Some(b);
            }
        }
    }
    None
}

impl Reader<'_, '_> {
    /// Token ranges of `lo..hi` that name a compared figure and its period:
    /// from a comparison word ("than", "compared", "against", "up from") to
    /// the end of its clause.
    fn comparison_parts(&self, lo: usize, hi: usize) -> Parts {
        let scan = self.scan;
        let hi = hi.min(scan.tokens.len());
        let mut out = Few::new();
        let mut i = lo;
        while i < hi {
            let f = self.compare_flags(i);
            if f & (class::COMPARE | class::THAN | class::FROM) == 0 {
                i += 1;
                continue;
            }
            let prev = if i > lo { scan.tok(i - 1) } else { "" };
            let from_marker = f & class::FROM != 0
                && (["up", "down", "rose", "grew", "fell"]
                    .iter()
                    .any(|x| lower_is(prev, x))
                    || (prev.len() > 3
                        && prev
                            .as_bytes()
                            .get(prev.len() - 2..)
                            .is_some_and(|e| e.eq_ignore_ascii_case(b"ed"))));
            // "more than 5 million tons" is a bound on the figure, not a
            // comparison: "than" compares only when no amount follows it.
            let amount_next = scan.tokens.get(i + 1).is_some_and(|t| {
                t.kind == TokenKind::Number
                    || matches!(
                        scan.tok(i + 1),
                        "$" | "€" | "£" | "₼" | "¥" | "₸" | "US" | "USD"
                    )
            });
            let marker =
                f & class::COMPARE != 0 || (f & class::THAN != 0 && !amount_next) || from_marker;
            if !marker {
                i += 1;
                continue;
            }
            let mut depth = 0i32;
            let mut j = i + 1;
            while j < hi {
                let t = scan.tok(j);
                match t {
                    "(" | "[" => depth += 1,
                    ")" | "]" if depth == 0 => break,
                    ")" | "]" => depth -= 1,
                    "," | ";" if depth == 0 && is_clause_break(scan, j) => break,
                    _ => {}
                }
                if depth == 0 {
                    if from_marker && lower_is(t, "to") {
                        break;
                    }
                    if ["and", "while", "but", "whereas"]
                        .iter()
                        .any(|x| lower_is(t, x))
                        && let Some(next) = scan.tokens.get(j + 1)
                        && next.kind == TokenKind::Word
                        && !starts_upper(scan.tok(j + 1))
                    {
                        break;
                    }
                }
                j += 1;
            }
            out.push(i..j);
            i = j.max(i + 1);
        }
        out
    }
}

/// Every date or period stated in sentence `sentence`, in text order.
///
/// Reads the sentence afresh at every call: a caller that asks about many
/// sentences or figures of one article should use [`Dates`], which reads
/// each sentence once.
// The agreement and visit extractors ask [`Dates::in_sentence`]; this free
// form stays as the reference its answers are tested against.
#[cfg(test)]
pub(crate) fn in_sentence(
    scan: &Scan<'_>,
    sentence: usize,
    anchor: Option<NaiveDate>,
) -> Vec<DateMention> {
    let Some(s) = scan.sentences.get(sentence) else {
        return Vec::new();
    };
    window_of(scan, s.tokens.clone(), anchor, false)
        .dated()
        .to_vec()
}

/// The clauses of one token range at a time, kept until another range is
/// asked about: the figures of a sentence are mostly asked about one after
/// the other, and one list, reused, serves every range of the article
/// (one allocation rather than one per sentence).
#[derive(Default)]
struct Clauses {
    /// The range `list` holds the clauses of.
    range: Range<usize>,
    /// The clauses of `range` (see [`Clauses::of`]), when not empty.
    list: Vec<(u32, u32)>,
    /// The brackets open while the clauses are read (see
    /// [`clauses_into`]), kept for the next range.
    stack: Vec<(u32, u32)>,
}

impl Clauses {
    /// Paren depth group and clause number of each token of `lo..hi`:
    /// tokens share a clause when no comma or semicolon at their level
    /// separates them; a parenthetical is a clause group of its own,
    /// transparent to the text around it. The numbers are only compared,
    /// and are `u32` (half the size of a `usize` pair) so that a long
    /// sentence's list stays small; no sentence holds 2^32 clauses.
    fn of(&mut self, scan: &Scan<'_>, lo: usize, hi: usize) -> &[(u32, u32)] {
        if self.range != (lo..hi) || self.list.is_empty() {
            self.range = lo..hi;
            clauses_into(scan, lo, hi, &mut self.list, &mut self.stack);
        }
        &self.list
    }
}

/// [`Clauses::of`] into `out` (emptied first), with `stack` (emptied
/// first) for the (group, clause) of the brackets open around a token.
fn clauses_into(
    scan: &Scan<'_>,
    lo: usize,
    hi: usize,
    out: &mut Vec<(u32, u32)>,
    stack: &mut Vec<(u32, u32)>,
) {
    out.clear();
    // Room at once for a sentence of some length, so that a list kept
    // for several ranges is seldom regrown.
    out.reserve(hi.saturating_sub(lo).max(4 * WINDOW));
    // (group, clause) of the text outside brackets.
    let mut outer = (0u32, 0u32);
    stack.clear();
    let mut next_group = 1u32;
    for i in lo..hi {
        let top = stack.last().copied().unwrap_or(outer);
        out.push(top);
        if scan
            .tokens
            .get(i)
            .is_none_or(|t| t.kind != TokenKind::Punct)
        {
            continue;
        }
        match scan.tok(i) {
            "(" | "[" => {
                stack.push((next_group, 0));
                next_group = next_group.saturating_add(1);
            }
            ")" | "]" if !stack.is_empty() => {
                stack.pop();
            }
            "," | ";" if is_clause_break(scan, i) => match stack.last_mut() {
                Some(last) => last.1 = last.1.saturating_add(1),
                None => outer.1 = outer.1.saturating_add(1),
            },
            _ => {}
        }
    }
}

/// How many tokens around a figure (and at the end of an earlier sentence)
/// are read for its period.
const WINDOW: usize = 80;

/// The last [`WINDOW`] tokens of `range`.
fn last_tokens(range: Range<usize>) -> Range<usize> {
    range.start.max(range.end.saturating_sub(WINDOW))..range.end
}

/// The token range read for a figure at `quantity` in sentence
/// `sentence`: the figure's tokens and the window around them, within the
/// sentence. `None` for a sentence that does not exist. `guess` may give
/// the figure's first token and the token after it, which spares two
/// searches when right (see [`Scan::token_at_guess`]).
fn figure_window(
    scan: &Scan<'_>,
    sentence: usize,
    quantity: crate::Span,
    guess: Option<(usize, usize)>,
) -> Option<(Range<usize>, usize, usize)> {
    let s = scan.sentences.get(sentence)?;
    let (s_lo, s_hi) = (s.tokens.start, s.tokens.end.min(scan.tokens.len()));
    let (first_guess, end_guess) = guess.unwrap_or((0, 0));
    let q_first = scan
        .token_at_guess(quantity.start, first_guess)
        .clamp(s_lo, s_hi);
    let q_end = scan
        .token_at_guess(quantity.end, end_guess)
        .clamp(q_first, s_hi);
    // Only the text around the figure counts, which also keeps one call
    // cheap however long the sentence.
    let lo = s_lo.max(q_first.saturating_sub(WINDOW));
    let hi = s_hi.min(q_end.saturating_add(WINDOW));
    Some((lo..hi, q_first, q_end))
}

/// The last period of an earlier sentence's mentions a figure with no
/// period of its own takes: not compared, not a bound, not a single day.
/// `None` when there is none; `Some(None)` when it does not resolve.
fn last_main_period(mentions: &[Resolved]) -> Option<Option<Period>> {
    mentions
        .iter()
        .rev()
        .find(|m| !m.comparison && m.raw.what != What::Bound && !m.raw.is_day())
        .map(|m| m.period)
}

/// [`period_for`] over the window `win` (with a reader of it) read around
/// a figure at tokens `q_first..q_end` of sentence `sentence`;
/// `earlier(k)` gives [`last_main_period`] of the last [`WINDOW`] tokens
/// of sentence `k`; `clauses` computes the window's clauses (or has them).
fn period_in_window(
    win: &Window,
    reader: &Reader<'_, '_>,
    sentence: usize,
    (q_first, q_end): (usize, usize),
    earlier: impl Fn(usize) -> Option<Option<Period>>,
    clauses: &mut Clauses,
) -> Option<Period> {
    let scan = reader.scan;
    let (lo, hi) = (win.base, win.hi);
    let mentions = &win.mentions;
    if let Some(part) = win.parts(reader).iter().find(|p| p.contains(&q_first)) {
        let inside = |m: &&Resolved| part.contains(&m.raw.first);
        let after = mentions
            .iter()
            .filter(inside)
            .find(|m| m.raw.first >= q_end);
        let before = mentions
            .iter()
            .filter(inside)
            .rev()
            .find(|m| m.raw.end <= q_first);
        return after.or(before).and_then(|m| m.period);
    }
    // A window with no mention needs no clauses: the figure's period is
    // looked for in the sentences before.
    if !mentions.is_empty() {
        let cl = clauses.of(scan, lo, hi);
        let clause_of = |i: usize| cl.get(i.wrapping_sub(lo)).copied();
        let q_clause = clause_of(q_first);
        // A single day is mostly the date of an event (a signing, a meeting),
        // not the period of a figure: it counts only right after the figure
        // ("50,000 tons on Monday").
        let main = || {
            mentions
                .iter()
                .filter(|m| !(m.comparison || (m.raw.first < q_end && m.raw.end > q_first)))
                .filter(|m| {
                    !m.raw.is_day()
                        || (m.raw.first >= q_end
                            && m.raw.first - q_end <= 3
                            && clause_of(m.raw.first) == q_clause)
                })
        };
        let after_in_clause =
            main().find(|m| m.raw.first >= q_end && clause_of(m.raw.first) == q_clause);
        let before = main().rfind(|m| m.raw.end <= q_first);
        let after = main().find(|m| m.raw.first >= q_end);
        if let Some(m) = after_in_clause.or(before).or(after) {
            return m.period;
        }
        // The sentence states only compared periods: the figure's own period
        // is implied, not stated.
        return None;
    }
    // The paragraph's earlier sentences, nearest first; not for a figure
    // told in the future ("will reach $15 billion" is a target, not a
    // figure of the period the sentence before reports).
    if reader.tense_at(lo, hi, q_first, q_end) == Tense::Future {
        return None;
    }
    let para = scan.sentences.get(sentence)?.paragraph;
    for k in (sentence.saturating_sub(4)..sentence).rev() {
        let prev = scan.sentences.get(k)?;
        if prev.paragraph != para {
            break;
        }
        if let Some(p) = earlier(k) {
            return p;
        }
    }
    None
}

/// The period the quantity at `quantity` (a span inside sentence
/// `sentence`) refers to, when the sentence (or, failing that, the
/// paragraph's earlier sentences) states one: "in 2021", "in the first
/// five months of this year", "in Q1 2024", "in January-February".
///
/// A figure inside a comparison ("than 4.2 million tons in the same period
/// of 2022", "up from 1.9 million tons in 2023") takes the period of the
/// comparison; any other figure takes the nearest period after it in its
/// clause, else the nearest before it in the sentence, else the nearest
/// after it, never a compared period.
///
/// Reads the sentence afresh at every call: a caller that asks about many
/// figures of one article should use [`Dates::period_for_tokens`], which
/// reads each sentence once.
// The quantity extractor asks [`Dates::period_for_tokens`]; this free form
// stays as the reference its answers are tested against.
#[cfg(test)]
pub(crate) fn period_for(
    scan: &Scan<'_>,
    sentence: usize,
    quantity: crate::Span,
    anchor: Option<NaiveDate>,
) -> Option<Period> {
    let (range, q_first, q_end) = figure_window(scan, sentence, quantity, None)?;
    let info = classify_range(scan, range.clone());
    let win = Window::new(scan, range.clone(), anchor, false, (&info, range.start));
    let reader = win.reader(scan, &info, range.start);
    let earlier = |k: usize| {
        let tokens = scan.sentences.get(k)?.tokens.clone();
        last_main_period(&read_range(scan, last_tokens(tokens), anchor, false))
    };
    let q = (q_first, q_end);
    period_in_window(&win, &reader, sentence, q, earlier, &mut Clauses::default())
}

/// The dates of one article, read once per sentence and kept: what
/// [`in_sentence`] and [`period_for`] answer, for callers that ask about
/// many sentences or figures. Each sentence is read the first time it is
/// asked about; the answers are exactly those of the free functions.
// The extractors that land separately are to use it; until then only the
// tests do.
pub(crate) struct Dates<'s, 'a> {
    /// The scanned article.
    scan: &'s Scan<'a>,
    /// The date relative dates resolve against.
    anchor: Option<NaiveDate>,
    /// What is known of each token from its word (one table for the
    /// article, one allocation), filled a sentence at a time the first
    /// time the sentence is read: sentences no one asks about are never
    /// classified.
    info: Vec<Cell<Info>>,
    /// Whether each sentence's tokens are classified in `info`.
    classified: Vec<Cell<bool>>,
    /// Each sentence's window, once read.
    sentences: Vec<OnceCell<Window>>,
    /// The clauses of the window last asked about for a figure's period.
    clauses: RefCell<Clauses>,
}

impl<'s, 'a> Dates<'s, 'a> {
    /// An index of the dates of `scan`, relative ones resolved against
    /// `anchor`. Reads nothing until asked; the first question about a
    /// sentence classifies its tokens at once.
    pub(crate) fn new(scan: &'s Scan<'a>, anchor: Option<NaiveDate>) -> Dates<'s, 'a> {
        let n = scan.sentences.len();
        Dates {
            scan,
            anchor,
            info: vec![Cell::new(Info::default()); scan.tokens.len()],
            classified: vec![Cell::new(false); n],
            sentences: (0..n).map(|_| OnceCell::new()).collect(),
            clauses: RefCell::new(Clauses::default()),
        }
    }

    /// What is known of the tokens of sentence `sentence`, with the token
    /// it starts at (the sentence's first).
    fn info(&self, sentence: usize) -> Option<(&[Cell<Info>], usize)> {
        let done = self.classified.get(sentence)?;
        let tokens = self.scan.sentences.get(sentence)?.tokens.clone();
        let hi = tokens.end.min(self.info.len());
        let lo = tokens.start.min(hi);
        let info = self.info.get(lo..hi)?;
        if !done.get() {
            classify_into(self.scan, lo..hi, info);
            done.set(true);
        }
        Some((info, lo))
    }

    /// The window of a whole sentence, read on first use.
    fn sentence(&self, sentence: usize) -> Option<&Window> {
        let cell = self.sentences.get(sentence)?;
        let tokens = self.scan.sentences.get(sentence)?.tokens.clone();
        let info = self.info(sentence)?;
        Some(cell.get_or_init(|| Window::new(self.scan, tokens, self.anchor, false, info)))
    }

    /// Every date or period stated in sentence `sentence`, in text order
    /// (as [`in_sentence`], without a copy).
    pub(crate) fn in_sentence(&self, sentence: usize) -> &[DateMention] {
        self.sentence(sentence).map_or(&[], Window::dated)
    }

    /// The period of the quantity at `quantity` in sentence `sentence` (as
    /// [`period_for`]). The pipeline gives the tokens too
    /// ([`Dates::period_for_tokens`]); the tests and harness ask this way.
    #[cfg(test)]
    pub(crate) fn period_for(&self, sentence: usize, quantity: crate::Span) -> Option<Period> {
        self.period_for_tokens(sentence, quantity, None)
    }

    /// [`Dates::period_for`], given the quantity's first token and the
    /// token after it when the caller knows them (`tokens`; checked, so a
    /// wrong guess costs only a search).
    pub(crate) fn period_for_tokens(
        &self,
        sentence: usize,
        quantity: crate::Span,
        tokens: Option<(usize, usize)>,
    ) -> Option<Period> {
        let scan = self.scan;
        let (range, q_first, q_end) = figure_window(scan, sentence, quantity, tokens)?;
        let earlier = |k: usize| {
            let tokens = scan.sentences.get(k)?.tokens.clone();
            let last = last_tokens(tokens.clone());
            if last == tokens {
                last_main_period(&self.sentence(k)?.mentions)
            } else {
                last_main_period(&read_range(scan, last, self.anchor, false))
            }
        };
        // A window that is the whole sentence is the sentence's own; a long
        // sentence's window around the figure is read afresh.
        let whole = scan.sentences.get(sentence)?.tokens.clone();
        let whole = whole.start..whole.end.min(scan.tokens.len());
        let (info, info_base) = self.info(sentence)?;
        let q = (q_first, q_end);
        // Nothing that `period_in_window` calls asks for a period, so the
        // kept clauses are free; were they not, a list of its own serves.
        let mut own = Clauses::default();
        let mut kept = self.clauses.try_borrow_mut();
        let clauses = match kept.as_deref_mut() {
            Ok(kept) => kept,
            Err(_) => &mut own,
        };
        if range == whole {
            let win = self.sentence(sentence)?;
            let reader = win.reader(scan, info, info_base);
            period_in_window(win, &reader, sentence, q, earlier, clauses)
        } else {
            let win = Window::new(scan, range, self.anchor, false, (info, info_base));
            let reader = win.reader(scan, info, info_base);
            period_in_window(&win, &reader, sentence, q, earlier, clauses)
        }
    }
}

/// A single calendar day stated at token `i` (a dateline's "August 23",
/// "24 August", "Aug. 19", "March 4, 2021", "4 February"): the month, day,
/// year if stated, and the token after it.
pub(crate) fn day_at(
    scan: &Scan<'_>,
    i: usize,
    hi: usize,
) -> Option<(Option<i32>, u32, u32, usize)> {
    let reader = Reader::new(scan, i..hi, false);
    let r = reader.month_first(i).or_else(|| reader.day_first(i))?;
    let What::Day { month, day } = r.what else {
        return None;
    };
    let year = match r.year {
        YearRef::Abs(y) => Some(y),
        _ => None,
    };
    Some((year, month, day, r.end))
}

/// The first full date (day, month and year all stated) in tokens `range`
/// of a page line ("24 August 2022 \[15:15\]", "03.05.2022", "Thursday,
/// March 8, 2012", "11:20 12 Aprel 2017"), with its token range.
pub(crate) fn full_date_in(
    scan: &Scan<'_>,
    range: Range<usize>,
) -> Option<(NaiveDate, Range<usize>)> {
    let reader = Reader::new(scan, range, true);
    reader
        .read_all()
        .into_iter()
        .find_map(|r| match (r.what, r.year) {
            (What::Day { month, day }, YearRef::Abs(y)) => {
                ymd(y, month, day).map(|d| (d, r.first..r.end))
            }
            _ => None,
        })
}

/// The latest year the sentences of the text state (see [`years_read`]),
/// with every token classified once for all of them.
pub(crate) fn latest_stated_year(scan: &Scan<'_>) -> Option<i32> {
    let info = classify_range(scan, 0..scan.tokens.len());
    scan.sentences
        .iter()
        .flat_map(|s| years_read(&Reader::with_info(scan, s.tokens.clone(), false, &info, 0)))
        .max()
}

/// The years of the dates and parts of years `reader` reads ("the first
/// quarter of 2024", "March 2023", "24 August 2022"), outside clauses about
/// the future. Bare years ("established in 2009") are left out: they are
/// as often history as the article's own year.
fn years_read(reader: &Reader<'_, '_>) -> Vec<i32> {
    reader
        .read_all()
        .into_iter()
        .filter(|r| {
            matches!(
                r.what,
                What::Day { .. }
                    | What::Days { .. }
                    | What::Month(_)
                    | What::Months(..)
                    | What::Quarter(_)
                    | What::Half(_)
                    | What::FirstMonths(_)
            )
        })
        .filter_map(|r| match r.year {
            YearRef::Abs(y) => Some((r, y)),
            _ => None,
        })
        .filter(|(r, _)| reader.tense_at(reader.lo, reader.hi, r.first, r.end) != Tense::Future)
        .map(|(_, y)| y)
        .collect()
}

#[cfg(test)]
mod harness;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_is_read_only_where_resolution_depends_on_it() {
        let anchor = NaiveDate::from_ymd_opt(2024, 1, 3);
        let whats = [
            What::Day { month: 12, day: 28 },
            What::Month(11),
            What::Months(11, 12),
            What::Quarter(4),
            What::Half(2),
            What::FirstMonths(11),
            What::Year,
            What::Years(YearRef::Abs(2025)),
            What::RelDay(-1),
            What::RelMonth(1),
            What::Weekday(Weekday::Mon, Direction::Plain),
            What::Weekday(Weekday::Mon, Direction::Last),
            What::Weekday(Weekday::Mon, Direction::Next),
            What::Bound,
            What::MonthSpan {
                month: 1,
                month2: 3,
                year2: 2025,
            },
        ];
        let years = [YearRef::Abs(2023), YearRef::Rel(-1), YearRef::Unknown];
        let mut skipped = 0;
        for what in whats {
            for year in years {
                for anchor in [anchor, None] {
                    let r = Raw {
                        first: 0,
                        end: 1,
                        what,
                        year,
                    };
                    let reads = Cell::new(0);
                    let by_tense = [Tense::Past, Tense::Future, Tense::Unknown].map(|t| {
                        resolve(
                            &r,
                            anchor,
                            || {
                                reads.set(reads.get() + 1);
                                t
                            },
                            None,
                        )
                    });
                    if reads.get() == 0 {
                        skipped += 1;
                        assert!(
                            by_tense.iter().all(|p| *p == by_tense[2]),
                            "{what:?} {year:?} {anchor:?}"
                        );
                    }
                }
            }
        }
        // A day without a year in a past clause moves back a year: its
        // tense is read.
        let unknown_day = Raw {
            first: 0,
            end: 1,
            what: What::Day { month: 12, day: 28 },
            year: YearRef::Unknown,
        };
        let read = Cell::new(false);
        let past = resolve(
            &unknown_day,
            anchor,
            || {
                read.set(true);
                Tense::Past
            },
            None,
        );
        assert!(read.get());
        assert_ne!(past, resolve(&unknown_day, anchor, || Tense::Unknown, None));
        assert!(skipped > 60);
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("test date")
    }

    /// The mentions of the whole text (one sentence or more) as
    /// `(quoted text, start, end)`.
    fn mentions(text: &str, anchor: Option<&str>) -> Vec<(String, String, String)> {
        let scan = Scan::new(text);
        let anchor = anchor.map(d);
        (0..scan.sentences.len())
            .flat_map(|s| in_sentence(&scan, s, anchor))
            .map(|m| {
                (
                    text[m.span.range()].to_owned(),
                    m.period.start.to_string(),
                    m.period.end.to_string(),
                )
            })
            .collect()
    }

    fn one(text: &str, anchor: Option<&str>) -> Option<(String, String, String)> {
        let all = mentions(text, anchor);
        assert!(all.len() <= 1, "{text:?}: more than one mention: {all:?}");
        all.into_iter().next()
    }

    #[test]
    fn absolute_days() {
        for (text, quoted, start, end) in [
            (
                "They met on August 24, 2022 in Baku.",
                "August 24, 2022",
                "2022-08-24",
                "2022-08-24",
            ),
            (
                "It opened on 24 August 2022.",
                "24 August 2022",
                "2022-08-24",
                "2022-08-24",
            ),
            (
                "Signed Aug. 24, 2021.",
                "Aug. 24, 2021",
                "2021-08-24",
                "2021-08-24",
            ),
            (
                "The fair ran on 7 Sep. 2023 only.",
                "7 Sep. 2023",
                "2023-09-07",
                "2023-09-07",
            ),
            (
                "Talks held on Friday, 10 June 2022 ended.",
                "Friday, 10 June 2022",
                "2022-06-10",
                "2022-06-10",
            ),
            (
                "Page of Wed, 17th Sep 2014 here.",
                "Wed, 17th Sep 2014",
                "2014-09-17",
                "2014-09-17",
            ),
            (
                "The file dated 19.07.2023 is old.",
                "19.07.2023",
                "2023-07-19",
                "2023-07-19",
            ),
            (
                "Filed 2023-07-19 by staff.",
                "2023-07-19",
                "2023-07-19",
                "2023-07-19",
            ),
            (
                "The forum took place on the 3rd of February 2020.",
                "3rd of February 2020",
                "2020-02-03",
                "2020-02-03",
            ),
            (
                "It was held on August 22-23, 2019.",
                "August 22-23, 2019",
                "2019-08-22",
                "2019-08-23",
            ),
            (
                "It was held on 15 and 16 July 2014.",
                "15 and 16 July 2014",
                "2014-07-15",
                "2014-07-16",
            ),
            (
                "The tour ran May 30-June 2, 2018.",
                "May 30-June 2, 2018",
                "2018-05-30",
                "2018-06-02",
            ),
            (
                "Shipped on February 25 2020 at noon.",
                "February 25 2020",
                "2020-02-25",
                "2020-02-25",
            ),
        ] {
            assert_eq!(
                one(text, None),
                Some((quoted.to_owned(), start.to_owned(), end.to_owned())),
                "{text}"
            );
        }
    }

    #[test]
    fn relative_days_and_weekdays() {
        // 2022-08-24 is a Wednesday.
        let a = Some("2022-08-24");
        for (text, quoted, start, end) in [
            (
                "The deal was signed on August 22.",
                "August 22",
                "2022-08-22",
                "2022-08-22",
            ),
            (
                "The talks were held Aug. 22-23.",
                "Aug. 22-23",
                "2022-08-22",
                "2022-08-23",
            ),
            (
                "Officials met on Monday.",
                "Monday",
                "2022-08-22",
                "2022-08-22",
            ),
            (
                "Officials met on Wednesday.",
                "Wednesday",
                "2022-08-24",
                "2022-08-24",
            ),
            (
                "He will arrive on Monday.",
                "Monday",
                "2022-08-29",
                "2022-08-29",
            ),
            (
                "They will meet next Monday.",
                "next Monday",
                "2022-08-29",
                "2022-08-29",
            ),
            (
                "They met last Wednesday.",
                "last Wednesday",
                "2022-08-17",
                "2022-08-17",
            ),
            (
                "The ministry said yesterday that it agreed.",
                "yesterday",
                "2022-08-23",
                "2022-08-23",
            ),
            ("The port opens today.", "today", "2022-08-24", "2022-08-24"),
            (
                "The port opens tomorrow.",
                "tomorrow",
                "2022-08-25",
                "2022-08-25",
            ),
            (
                "A visit is planned for September 5-6.",
                "September 5-6",
                "2022-09-05",
                "2022-09-06",
            ),
            // A past event after the anchor belongs to the previous year.
            (
                "The contract was signed on December 28.",
                "December 28",
                "2021-12-28",
                "2021-12-28",
            ),
            (
                "The line was opened in October.",
                "October",
                "2021-10-01",
                "2021-10-31",
            ),
            // A future event before the anchor belongs to the next year.
            (
                "He will visit Tashkent in January.",
                "January",
                "2023-01-01",
                "2023-01-31",
            ),
            (
                "Exports fell last month.",
                "last month",
                "2022-07-01",
                "2022-07-31",
            ),
            (
                "Imports rose this month.",
                "this month",
                "2022-08-01",
                "2022-08-31",
            ),
        ] {
            assert_eq!(
                one(text, a),
                Some((quoted.to_owned(), start.to_owned(), end.to_owned())),
                "{text}"
            );
        }
    }

    #[test]
    fn years_and_parts_of_years() {
        let a = Some("2022-08-24");
        for (text, quoted, start, end) in [
            (
                "Trade reached $5 million in 2021.",
                "2021",
                "2021-01-01",
                "2021-12-31",
            ),
            (
                "Trade grew last year.",
                "last year",
                "2021-01-01",
                "2021-12-31",
            ),
            (
                "Trade grew this year.",
                "this year",
                "2022-01-01",
                "2022-12-31",
            ),
            (
                "Trade will grow next year.",
                "next year",
                "2023-01-01",
                "2023-12-31",
            ),
            (
                "Trade grew in the current year.",
                "the current year",
                "2022-01-01",
                "2022-12-31",
            ),
            (
                "Trade fell in the previous year.",
                "the previous year",
                "2021-01-01",
                "2021-12-31",
            ),
            (
                "Shipments rose over the first five months of this year.",
                "the first five months of this year",
                "2022-01-01",
                "2022-05-31",
            ),
            (
                "Output grew in the first 9 months of 2019.",
                "the first 9 months of 2019",
                "2019-01-01",
                "2019-09-30",
            ),
            (
                "Revenue for six months of 2019 rose.",
                "six months of 2019",
                "2019-01-01",
                "2019-06-30",
            ),
            (
                "Data for 6 months, 2019 show growth.",
                "6 months, 2019",
                "2019-01-01",
                "2019-06-30",
            ),
            (
                "Trade in January-February rose.",
                "January-February",
                "2022-01-01",
                "2022-02-28",
            ),
            (
                "Imports from March through May this year rose.",
                "March through May this year",
                "2022-03-01",
                "2022-05-31",
            ),
            (
                "Exports from February to June of this year rose.",
                "February to June of this year",
                "2022-02-01",
                "2022-06-30",
            ),
            (
                "Trade in January–March 2024 rose.",
                "January–March 2024",
                "2024-01-01",
                "2024-03-31",
            ),
            (
                "Trade in January-March last year rose.",
                "January-March last year",
                "2021-01-01",
                "2021-03-31",
            ),
            (
                "Sales in Q1 2024 rose.",
                "Q1 2024",
                "2024-01-01",
                "2024-03-31",
            ),
            (
                "Sales in 3Q 2023 rose.",
                "3Q 2023",
                "2023-07-01",
                "2023-09-30",
            ),
            (
                "Sales in the third quarter of 2018 rose.",
                "the third quarter of 2018",
                "2018-07-01",
                "2018-09-30",
            ),
            (
                "Sales in the fourth quarter fell.",
                "the fourth quarter",
                "2021-10-01",
                "2021-12-31",
            ),
            (
                "Sales in the first half of 2019 rose.",
                "the first half of 2019",
                "2019-01-01",
                "2019-06-30",
            ),
            (
                "Sales in the second half of the year rose.",
                "the second half of the year",
                "2022-07-01",
                "2022-12-31",
            ),
            (
                "Sales in H1 2019 rose.",
                "H1 2019",
                "2019-01-01",
                "2019-06-30",
            ),
            (
                "Sales in 9M 2023 rose.",
                "9M 2023",
                "2023-01-01",
                "2023-09-30",
            ),
            (
                "The plan for 2020-2022 was met.",
                "2020-2022",
                "2020-01-01",
                "2022-12-31",
            ),
            (
                "The plan for 2023/24 was met.",
                "2023/24",
                "2023-01-01",
                "2024-12-31",
            ),
            (
                "It produced steel in 2023-24.",
                "2023-24",
                "2023-01-01",
                "2024-12-31",
            ),
            (
                "Growth between 2015 and 2018 was slow.",
                "between 2015 and 2018",
                "2015-01-01",
                "2018-12-31",
            ),
            (
                "Exports hit a record in December 2021.",
                "December 2021",
                "2021-12-01",
                "2021-12-31",
            ),
            (
                "Exports hit a record in March of last year.",
                "March of last year",
                "2021-03-01",
                "2021-03-31",
            ),
            (
                "The archive covers January 2009-December 2014.",
                "January 2009-December 2014",
                "2009-01-01",
                "2014-12-31",
            ),
        ] {
            assert_eq!(
                one(text, a),
                Some((quoted.to_owned(), start.to_owned(), end.to_owned())),
                "{text}"
            );
        }
    }

    #[test]
    fn same_period() {
        let a = Some("2024-04-09");
        assert_eq!(
            mentions(
                "It handled 5 tons in the first quarter of 2024, 14 percent more than in the same period of 2023.",
                a
            ),
            [
                (
                    "the first quarter of 2024".into(),
                    "2024-01-01".into(),
                    "2024-03-31".into()
                ),
                (
                    "the same period of 2023".into(),
                    "2023-01-01".into(),
                    "2023-03-31".into()
                ),
            ]
        );
        assert_eq!(
            mentions(
                "Exports in January-February grew compared to the same period last year.",
                a
            ),
            [
                (
                    "January-February".into(),
                    "2024-01-01".into(),
                    "2024-02-29".into()
                ),
                (
                    "the same period last year".into(),
                    "2023-01-01".into(),
                    "2023-02-28".into()
                ),
            ]
        );
        // The base period may be in an earlier sentence.
        assert_eq!(
            mentions(
                "Cargo grew in the first half of 2023. This is more than in the corresponding period of 2022.",
                a
            ),
            [
                (
                    "the first half of 2023".into(),
                    "2023-01-01".into(),
                    "2023-06-30".into()
                ),
                (
                    "the corresponding period of 2022".into(),
                    "2022-01-01".into(),
                    "2022-06-30".into()
                ),
            ]
        );
        // With no base at all, a "same period" is not reported.
        assert_eq!(
            mentions("This is more than the same period in 2023.", a),
            []
        );
    }

    #[test]
    fn not_dates() {
        let a = Some("2022-08-24");
        for text in [
            "The company will supply 2000 wagons.",
            "The port handled 2021 tons.",
            "You may sign it.",
            "The plan may grow.",
            "Trade will reach $15 billion by 2030.",
            "Ties have grown since 2004.",
            "Exports rose 5% year-on-year.",
            "He served for 6 months.",
            "The price was 3,000 dollars on average.",
            "It costs $2021.",
            "The 24.5 percent share.",
            "Room 12 at 10:30.",
            "The port opened 5 years ago.",
            "Azerbaijan Today reported it.",
        ] {
            assert_eq!(mentions(text, a), [], "{text}");
        }
    }

    #[test]
    fn header_date_is_not_a_mention() {
        assert_eq!(
            mentions(
                " date 2022-08-24 ASTANA – The sides met on August 22.",
                Some("2022-08-24")
            ),
            [("August 22".into(), "2022-08-22".into(), "2022-08-22".into())]
        );
    }

    #[test]
    fn no_anchor_keeps_only_absolute_dates() {
        assert_eq!(
            mentions(
                "Trade grew last year and in 2021, on Monday and on August 24.",
                None
            ),
            [("2021".into(), "2021-01-01".into(), "2021-12-31".into())]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        let anchors = [
            None,
            Some("2022-08-24"),
            Some("2023-02-28"),
            Some("2024-02-29"),
        ];
        for text in [
            "",
            ".",
            "on February 29.",
            "on February 29, 2023.",
            "31 February",
            "in the year 99999",
            "on 31 February 2020",
            "Q9 2024 H3 13M 2024",
            "the first 13 months of 2020",
            "the same period",
            "since",
            "by the end of",
            "between 2020 and",
            "2020-",
            "January-",
            "next",
            "(than ( in 2021",
            ") , ; 2021/",
            "Monday Monday Monday next last",
            "the same period last year the same period last year",
            "December 31-January 2",
            "9999-99-99 99.99.9999",
            "2199 1800 1799 2200",
        ] {
            for a in anchors {
                let scan = Scan::new(text);
                for s in 0..scan.sentences.len() {
                    for m in in_sentence(&scan, s, a.map(d)) {
                        assert!(text.get(m.span.range()).is_some());
                        assert!(m.period.start <= m.period.end);
                    }
                    let _ = period_for(&scan, s, crate::Span::new(0, text.len()), a.map(d));
                }
            }
        }
        // Far anchors do not overflow.
        let scan = Scan::new("Trade grew next year, tomorrow and next month on Monday.");
        for a in [NaiveDate::MAX, NaiveDate::MIN] {
            let _ = in_sentence(&scan, 0, Some(a));
        }
        // An invalid day is dropped, not clamped.
        assert_eq!(mentions("It fell on 31 February 2020.", None), []);
        assert_eq!(mentions("It fell on February 29, 2023.", None), []);
        assert_eq!(
            mentions("It fell on February 29, 2024.", None),
            [(
                "February 29, 2024".into(),
                "2024-02-29".into(),
                "2024-02-29".into()
            )]
        );
    }

    /// The period of the quantity quoted as `qty` in `text`.
    fn period_of(text: &str, qty: &str, anchor: Option<&str>) -> Option<(String, String)> {
        let scan = Scan::new(text);
        let start = text.find(qty).expect("quantity in text");
        let span = crate::Span::new(start, start + qty.len());
        let s = scan.sentence_at(start).expect("sentence");
        period_for(&scan, s, span, anchor.map(d)).map(|p| (p.start.to_string(), p.end.to_string()))
    }

    #[test]
    fn periods_of_quantities() {
        let a = Some("2022-08-24");
        let p = |s: &str, e: &str| Some((s.to_owned(), e.to_owned()));
        for (text, qty, want) in [
            (
                "Cargo grew by 14 percent this year.",
                "14 percent",
                p("2022-01-01", "2022-12-31"),
            ),
            (
                "Trade amounted to $418.6 million in 2021.",
                "$418.6 million",
                p("2021-01-01", "2021-12-31"),
            ),
            (
                "In 2021, trade amounted to $418.6 million.",
                "$418.6 million",
                p("2021-01-01", "2021-12-31"),
            ),
            (
                "The terminal moved 2.3 million tons in the first half of 2019, 8.4 percent more than in the same period of 2018.",
                "2.3 million tons",
                p("2019-01-01", "2019-06-30"),
            ),
            (
                "The terminal moved 2.3 million tons in the first half of 2019, 8.4 percent more than in the same period of 2018.",
                "8.4 percent",
                p("2019-01-01", "2019-06-30"),
            ),
            (
                "Freight totalled 4.6 million tons in the first 5 months of 2020, 9 percent higher than the volume for the same period in 2019 (4.2 million tons).",
                "4.2 million tons",
                p("2019-01-01", "2019-05-31"),
            ),
            (
                "Volumes will reach 2.5 mln tons next year, up from 1,9 mln tons in 2023.",
                "2.5 mln tons",
                p("2023-01-01", "2023-12-31"),
            ),
            (
                "Volumes will reach 2.5 mln tons next year, up from 1,9 mln tons in 2023.",
                "1,9 mln tons",
                p("2023-01-01", "2023-12-31"),
            ),
            (
                "Revenue exceeded 45 million manat ($26.5 million) last year.",
                "45 million manat",
                p("2021-01-01", "2021-12-31"),
            ),
            (
                "Revenue exceeded 45 million manat ($26.5 million) last year.",
                "$26.5 million",
                p("2021-01-01", "2021-12-31"),
            ),
            (
                "In 2020, exports were $3 billion, and in 2021 they reached $4 billion.",
                "$3 billion",
                p("2020-01-01", "2020-12-31"),
            ),
            (
                "In 2020, exports were $3 billion, and in 2021 they reached $4 billion.",
                "$4 billion",
                p("2021-01-01", "2021-12-31"),
            ),
            (
                "In the first half of 2018, bus sales grew compared with the same period last year and came to 4,380 units.",
                "4,380 units",
                p("2018-01-01", "2018-06-30"),
            ),
            (
                "That is 6 percent lower than the same period in 2017.",
                "6 percent",
                None,
            ),
            ("Trade will reach $15 billion by 2030.", "$15 billion", None),
            (
                "The port handled more than 5 million tons in 2022, 10% more than in 2021.",
                "10%",
                p("2022-01-01", "2022-12-31"),
            ),
            (
                "The port handled more than 5 million tons in 2022, 10% more than in 2021.",
                "5 million tons",
                p("2022-01-01", "2022-12-31"),
            ),
            // An event day is not the period of a figure.
            (
                "The sides signed on August 22 a deal worth $2 billion.",
                "$2 billion",
                None,
            ),
            (
                "The port handled 50,000 tons on Monday.",
                "50,000 tons",
                p("2022-08-22", "2022-08-22"),
            ),
            // A target told in the future takes no period from the
            // sentence before.
            (
                "Trade reached $7 billion in 2021. \"We will reach $15 billion,\" he said.",
                "$15 billion",
                None,
            ),
            ("Exports rose by 10 percent.", "10 percent", None),
            (
                "Exports reached $2 billion in 2021. Of this, $1 billion was oil.",
                "$1 billion",
                p("2021-01-01", "2021-12-31"),
            ),
        ] {
            let got = period_of(text, qty, a);
            // `next year` in the future-tense sentence above is 2023: the
            // want for "2.5 mln tons" says so.
            assert_eq!(got, want, "{qty} in {text}");
        }
    }

    #[test]
    fn helpers_for_meta() {
        let scan = Scan::new("ECONOMY 09:14 / 03.05.2022 2741");
        let (date, _) = full_date_in(&scan, 0..scan.tokens.len()).expect("date");
        assert_eq!(date, d("2022-05-03"));
        // Numeric dates with every separator, year last or first.
        for text in [
            "28-11-2024",
            "28/11/2024 10:15",
            "2024/11/28 10:15",
            "2024-11-28",
        ] {
            let scan = Scan::new(text);
            assert_eq!(
                full_date_in(&scan, 0..scan.tokens.len()).map(|x| x.0),
                Some(d("2024-11-28")),
                "{text}"
            );
        }
        // A range of years is no date.
        let scan = Scan::new("2022-2023 figures");
        assert_eq!(full_date_in(&scan, 0..scan.tokens.len()), None);
        let scan = Scan::new("11:20 12 Aprel 2017");
        assert_eq!(
            full_date_in(&scan, 0..scan.tokens.len()).map(|x| x.0),
            Some(d("2017-04-12"))
        );
        let scan = Scan::new("Posted: 5 years ago");
        assert_eq!(full_date_in(&scan, 0..scan.tokens.len()), None);
        let scan = Scan::new("Aug. 19 (Xinhua)");
        assert_eq!(day_at(&scan, 0, scan.tokens.len()), Some((None, 8, 19, 3)));
        for (text, year) in [
            (
                "It grew in the first quarter of 2024 and will reach $5 bn by 2030.",
                Some(2024),
            ),
            (
                "Exports rose in March 2023. The plant will open in May 2026. It was built in 2025.",
                Some(2023),
            ),
            ("The company was established in 2009.", None),
        ] {
            assert_eq!(latest_stated_year(&Scan::new(text)), year, "{text}");
        }
    }

    /// The context map answers exactly as the lists compared word by
    /// word.
    #[test]
    fn number_context_agrees_with_its_lists() {
        let sets: [(&[&str], u8); 3] = [
            (AFTER_SMALL_NUMBER, context::AFTER_SMALL_NUMBER),
            (YEAR_PREPOSITIONS, context::YEAR_PREPOSITION),
            (NOT_YEAR_AFTER, context::NOT_YEAR_AFTER),
        ];
        let others = [
            "",
            "a",
            "x",
            "%",
            "(",
            "2021",
            "Ünits",
            "tönne",
            "in-",
            "months.",
            "TH",
            "St",
            "thousands",
            "kilometer",
            "Mid",
            "MW",
            "\u{130}n",
            "\u{212a}g",
        ];
        // Every list's words (and near misses) are asked of every list.
        let mut words: Vec<String> = others.iter().map(|w| (*w).to_owned()).collect();
        for w in sets.iter().flat_map(|(list, _)| list.iter()) {
            words.push((*w).to_owned());
            words.push(w.to_ascii_uppercase());
            words.push(format!("{w}s"));
            words.push(w.chars().skip(1).collect());
        }
        for (list, bit) in sets {
            for w in &words {
                let want = list.iter().any(|x| lower_is(w, x));
                assert_eq!(in_context_list(w, bit), want, "{w:?}");
            }
        }
    }
}
