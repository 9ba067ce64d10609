//! Currencies: symbols, ISO codes, abbreviations, names (with the adjectives
//! that pick one of several same-named currencies), minor units, and which
//! country each candidate of an ambiguous name belongs to (the country cues
//! themselves come from the geo lexicon). All general knowledge, compiled
//! once.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use super::units::{AsciiMap, AsciiWords, PhraseIndex};
use crate::Currency;

/// A currency as a table states it: one code, or a name several currencies
/// share, to be resolved by the article's context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cur {
    /// This ISO 4217 code.
    Code(&'static str),
    /// One of several currencies; see [`Ambiguity`].
    Ambiguous(&'static Ambiguity),
}

/// A currency word several currencies share ("som", "manat", "rupees").
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Ambiguity {
    /// The word, for diagnostics.
    pub word: &'static str,
    /// The candidate ISO codes; the countries the context names (see
    /// [`of_country`]) pick one.
    pub candidates: &'static [&'static str],
    /// The code read when the context names none of the candidates' countries;
    /// `None` when no reading is safe (the amount is then dropped).
    pub default: Option<&'static str>,
    /// The word's spelling itself points to the default ("soms" is how
    /// Kyrgyz money is written in English, "sums" and "soums" Uzbek): a
    /// weaker cue than a country named near the amount, a stronger one than
    /// the countries the article names elsewhere.
    pub spelled: bool,
}

macro_rules! ambiguity {
    ($name:ident, $word:literal, [$($c:literal),*], $default:expr) => {
        ambiguity!($name, $word, [$($c),*], $default, false);
    };
    ($name:ident, $word:literal, [$($c:literal),*], $default:expr, $spelled:literal) => {
        static $name: Ambiguity = Ambiguity {
            word: $word,
            candidates: &[$($c),*],
            default: $default,
            spelled: $spelled,
        };
    };
}

ambiguity!(SOM, "som", ["KGS", "UZS"], Some("KGS"), true);
ambiguity!(SUM, "sum", ["UZS", "KGS"], Some("UZS"), true);
ambiguity!(MANAT, "manat", ["AZN", "TMT"], Some("AZN"));
ambiguity!(
    POUND,
    "pound",
    ["GBP", "EGP", "LBP", "SYP", "SDG"],
    Some("GBP")
);
ambiguity!(
    RUPEE,
    "rupee",
    ["INR", "PKR", "LKR", "NPR", "MUR"],
    Some("INR")
);
ambiguity!(RUBLE, "ruble", ["RUB", "BYN"], Some("RUB"));
ambiguity!(
    RIAL,
    "rial",
    ["IRR", "OMR", "YER", "SAR", "QAR"],
    Some("IRR")
);
ambiguity!(RIYAL, "riyal", ["SAR", "QAR", "OMR", "YER"], Some("SAR"));
ambiguity!(DIRHAM, "dirham", ["AED", "MAD"], Some("AED"));
ambiguity!(
    DINAR,
    "dinar",
    ["KWD", "IQD", "BHD", "JOD", "RSD", "DZD", "TND", "LYD"],
    None
);
ambiguity!(
    PESO,
    "peso",
    ["MXN", "PHP", "ARS", "CLP", "COP", "UYU", "DOP"],
    None
);
ambiguity!(
    SHILLING,
    "shilling",
    ["KES", "UGX", "TZS", "SOS"],
    Some("KES")
);
ambiguity!(KRONE, "krone", ["NOK", "DKK"], Some("NOK"));
ambiguity!(KRONA, "krona", ["SEK", "ISK"], Some("SEK"));
ambiguity!(FRANC, "franc", ["CHF", "XOF", "XAF"], None);
ambiguity!(LEU, "leu", ["RON", "MDL"], Some("RON"));
ambiguity!(LIRA, "lira", ["TRY", "LBP"], Some("TRY"));
ambiguity!(YEN_SIGN, "¥", ["JPY", "CNY"], Some("JPY"));
ambiguity!(KWACHA, "kwacha", ["ZMW", "MWK"], None);

/// Symbols, matched in the raw text at a token start (ASCII letters
/// case-insensitively), longest first. The dollar forms with a country
/// prefix are written here tight; spaced forms are in [`SPACED_DOLLARS`].
const SYMBOLS: &[(&str, Cur)] = &[
    ("U.S.$", Cur::Code("USD")),
    ("USD$", Cur::Code("USD")),
    ("AUD$", Cur::Code("AUD")),
    ("CAD$", Cur::Code("CAD")),
    ("HKD$", Cur::Code("HKD")),
    ("SGD$", Cur::Code("SGD")),
    ("NZD$", Cur::Code("NZD")),
    ("MXN$", Cur::Code("MXN")),
    ("Mex$", Cur::Code("MXN")),
    ("Can$", Cur::Code("CAD")),
    ("US$", Cur::Code("USD")),
    ("AU$", Cur::Code("AUD")),
    ("CA$", Cur::Code("CAD")),
    ("HK$", Cur::Code("HKD")),
    ("SG$", Cur::Code("SGD")),
    ("NZ$", Cur::Code("NZD")),
    ("NT$", Cur::Code("TWD")),
    ("MX$", Cur::Code("MXN")),
    ("$US", Cur::Code("USD")),
    ("€ur", Cur::Code("EUR")),
    ("A$", Cur::Code("AUD")),
    ("C$", Cur::Code("CAD")),
    ("S$", Cur::Code("SGD")),
    ("R$", Cur::Code("BRL")),
    ("$A", Cur::Code("AUD")),
    ("ரூ", Cur::Code("LKR")),
    ("$", Cur::Code("USD")),
    ("€", Cur::Code("EUR")),
    ("£", Cur::Code("GBP")),
    ("¥", Cur::Ambiguous(&YEN_SIGN)),
    ("￥", Cur::Ambiguous(&YEN_SIGN)),
    ("元", Cur::Code("CNY")),
    ("円", Cur::Code("JPY")),
    ("₼", Cur::Code("AZN")),
    ("₸", Cur::Code("KZT")),
    ("₽", Cur::Code("RUB")),
    ("₺", Cur::Code("TRY")),
    ("₹", Cur::Code("INR")),
    ("₨", Cur::Ambiguous(&RUPEE)),
    ("₾", Cur::Code("GEL")),
    ("₩", Cur::Code("KRW")),
    ("₫", Cur::Code("VND")),
    ("₴", Cur::Code("UAH")),
    ("₪", Cur::Code("ILS")),
    ("₦", Cur::Code("NGN")),
    ("₱", Cur::Code("PHP")),
    ("₭", Cur::Code("LAK")),
    ("₡", Cur::Code("CRC")),
    ("₮", Cur::Code("MNT")),
    ("₲", Cur::Code("PYG")),
    ("₵", Cur::Code("GHS")),
    ("฿", Cur::Code("THB")),
    ("৳", Cur::Code("BDT")),
    ("﷼", Cur::Ambiguous(&RIAL)),
];

/// The [`SYMBOLS`] rows by the first character of the symbol, in table
/// order: most text starts with no symbol's character (curly quotes and
/// dashes share their first byte with many symbols, not their character),
/// and the rest is compared with a few rows only.
struct SymbolIndex {
    /// By ASCII character, letters in lower case.
    ascii: Vec<Vec<(&'static str, Cur)>>,
    /// The other first characters, sorted.
    other: Vec<(char, Vec<(&'static str, Cur)>)>,
}

static SYMBOL_INDEX: LazyLock<SymbolIndex> = LazyLock::new(|| {
    let mut index = SymbolIndex {
        ascii: vec![Vec::new(); 128],
        other: Vec::new(),
    };
    for &(sym, cur) in SYMBOLS {
        let Some(c) = sym.chars().next() else {
            continue;
        };
        if c.is_ascii() {
            if let Some(row) = index
                .ascii
                .get_mut(usize::from(c.to_ascii_lowercase() as u8))
            {
                row.push((sym, cur));
            }
        } else if let Some((_, row)) = index.other.iter_mut().find(|(k, _)| *k == c) {
            row.push((sym, cur));
        } else {
            index.other.push((c, vec![(sym, cur)]));
        }
    }
    index.other.sort_by_key(|(c, _)| *c);
    index
});

/// The symbols that may start `rest`: those with its first character.
fn symbol_rows(rest: &str) -> &'static [(&'static str, Cur)] {
    let index: &'static SymbolIndex = &SYMBOL_INDEX;
    let Some(c) = rest.chars().next() else {
        return &[];
    };
    let row = if c.is_ascii() {
        index.ascii.get(usize::from(c.to_ascii_lowercase() as u8))
    } else {
        index
            .other
            .binary_search_by_key(&c, |(k, _)| *k)
            .ok()
            .and_then(|k| index.other.get(k))
            .map(|(_, row)| row)
    };
    row.map_or(&[], Vec::as_slice)
}

/// The currency symbols that `rest` (text from a token start) begins with,
/// longest first, with their byte lengths.
pub(crate) fn symbols_at(rest: &str) -> impl Iterator<Item = (Cur, usize)> + '_ {
    symbol_rows(rest).iter().filter_map(move |&(sym, cur)| {
        let head = rest.get(..sym.len())?;
        head.eq_ignore_ascii_case(sym).then_some((cur, sym.len()))
    })
}

/// Whether some currency symbol starts with the first character of
/// `rest`: a cheap test before [`symbols_at`].
pub(crate) fn may_start_symbol(rest: &str) -> bool {
    !symbol_rows(rest).is_empty()
}

/// Historic ISO 4217 codes accepted by [`Currency`], as static strings.
const HISTORIC: &[&str] = &[
    "FIM", "NLG", "ESP", "DEM", "FRF", "ITL", "ATS", "BEF", "IEP", "PTE", "GRD", "SKK", "EEK",
    "LVL", "LTL", "AZM", "TRL",
];

/// The code `code` (upper case) as a static string, when it is an ISO 4217
/// code, current or historic.
pub(crate) fn static_code(code: &str) -> Option<&'static str> {
    iso_currency::Currency::from_code(code)
        .map(|c| c.code())
        .or_else(|| HISTORIC.iter().find(|h| **h == code).copied())
}

/// Dollar prefixes written with a space before the sign ("US $ 150",
/// "hk $ 10", "c $ 16.4"): phrases of tokens, matched loosely.
const SPACED_DOLLARS: &[(&str, &str)] = &[
    ("us $", "USD"),
    ("u s $", "USD"),
    ("usd $", "USD"),
    ("hk $", "HKD"),
    ("c $", "CAD"),
    ("nz $", "NZD"),
    ("au $", "AUD"),
    ("aud $", "AUD"),
    ("cad $", "CAD"),
];

static SPACED_DOLLAR_INDEX: LazyLock<PhraseIndex<Cur>> = LazyLock::new(|| {
    PhraseIndex::new(
        SPACED_DOLLARS
            .iter()
            .map(|&(p, c)| (p, false, Cur::Code(c))),
    )
});

/// Spaced dollar prefixes.
pub(crate) fn spaced_dollars() -> &'static PhraseIndex<Cur> {
    &SPACED_DOLLAR_INDEX
}

/// Where an abbreviation may stand relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Abbrev {
    /// The currency.
    pub cur: Cur,
    /// Must be written exactly so (case-sensitive): "TL", "RM", "SR".
    pub exact: bool,
    /// May stand before the number ("Rs 20", "RM42").
    pub prefix: bool,
    /// May stand after the number ("20Rs", "42 LE").
    pub suffix: bool,
}

const fn abbrev(cur: Cur, exact: bool, prefix: bool, suffix: bool) -> Abbrev {
    Abbrev {
        cur,
        exact,
        prefix,
        suffix,
    }
}

/// Currency abbreviations that are not ISO codes. Written as the text
/// shows them; `exact` ones match only in that case.
const ABBREVIATIONS: &[(&str, Abbrev)] = &[
    ("Rs", abbrev(Cur::Ambiguous(&RUPEE), false, true, true)),
    ("RMB", abbrev(Cur::Code("CNY"), false, true, true)),
    ("RM", abbrev(Cur::Code("MYR"), true, true, true)),
    ("SKr", abbrev(Cur::Code("SEK"), false, true, true)),
    ("TL", abbrev(Cur::Code("TRY"), true, true, true)),
    ("YTL", abbrev(Cur::Code("TRY"), true, true, true)),
    ("Dh", abbrev(Cur::Code("AED"), true, true, true)),
    ("Dhs", abbrev(Cur::Code("AED"), true, true, true)),
    ("QR", abbrev(Cur::Code("QAR"), true, true, true)),
    ("SR", abbrev(Cur::Code("SAR"), true, true, true)),
    ("Rp", abbrev(Cur::Code("IDR"), true, true, true)),
    ("Tk", abbrev(Cur::Code("BDT"), true, true, true)),
    ("Ksh", abbrev(Cur::Code("KES"), false, true, true)),
    // "LE" or "le", but not "Le" (a French article in names).
    ("LE", abbrev(Cur::Code("EGP"), true, false, true)),
    ("le", abbrev(Cur::Code("EGP"), true, false, true)),
    ("zł", abbrev(Cur::Code("PLN"), false, false, true)),
    ("Kč", abbrev(Cur::Code("CZK"), false, false, true)),
    ("лв", abbrev(Cur::Code("BGN"), false, false, true)),
];

/// The abbreviations spelled in ASCII letters, by their letters in any case.
static ABBREV_LETTERS: LazyLock<AsciiMap<Vec<(&'static str, Abbrev)>>> = LazyLock::new(|| {
    let mut rows: Vec<(&'static str, Vec<(&'static str, Abbrev)>)> = Vec::new();
    for &(w, a) in ABBREVIATIONS {
        match rows.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(w)) {
            Some((_, forms)) => forms.push((w, a)),
            None => rows.push((w, vec![(w, a)])),
        }
    }
    AsciiMap::new(rows)
});

/// Every abbreviation, as written in the table.
pub(crate) fn abbreviation_words() -> impl Iterator<Item = &'static str> {
    ABBREVIATIONS.iter().map(|(w, _)| *w)
}

/// Words that may start a currency written before a number, other than
/// codes: prefix abbreviations ("Rs", "RMB"), prefix names ("ringgit") and
/// the first words of their adjectives ("Malaysian ringgit").
static PREFIX_WORDS: LazyLock<AsciiWords> = LazyLock::new(|| {
    let adjectives = ADJECTIVE_NAMES
        .iter()
        .filter(|(_, names, _)| names.iter().any(|n| PREFIX_NAMES.contains(n)))
        .flat_map(|(adjectives, _, _)| adjectives.iter())
        .filter_map(|a| a.split_whitespace().next());
    AsciiWords::new(
        ABBREVIATIONS
            .iter()
            .filter(|(_, a)| a.prefix)
            .map(|(w, _)| *w)
            .chain(PREFIX_NAMES.iter().copied())
            .chain(adjectives),
    )
});

/// The words that may start a currency written before a number, other
/// than codes (see [`may_prefix`]).
pub(crate) fn prefix_words() -> impl Iterator<Item = &'static str> {
    PREFIX_WORDS.words()
}

/// Whether `word` may be a currency written before a number: a code ("USD",
/// "usd", "MUSD"), a prefix abbreviation or a prefix name. A cheap test
/// before the lookups of a prefix.
pub(crate) fn may_prefix(word: &str) -> bool {
    match word.len() {
        3 => is_code(word) || PREFIX_WORDS.contains(word),
        4 => word.strip_prefix('M').is_some_and(is_code) || PREFIX_WORDS.contains(word),
        _ => PREFIX_WORDS.contains(word),
    }
}

/// The abbreviation written `word` (as in the text), if it is one.
pub(crate) fn abbreviation(word: &str) -> Option<Abbrev> {
    let exact_ok = |(form, a): &&(&'static str, Abbrev)| !a.exact || *form == word;
    if AsciiMap::<()>::is_key(word) {
        return ABBREV_LETTERS
            .get(word)?
            .iter()
            .find(exact_ok)
            .map(|(_, a)| *a);
    }
    // Other scripts ("zł", "лв"): few rows, compared in lower case.
    let lower = |s: &'static str| s.chars().flat_map(char::to_lowercase);
    ABBREVIATIONS
        .iter()
        .filter(|(form, _)| lower(form).eq(word.chars().flat_map(char::to_lowercase)))
        .find(exact_ok)
        .map(|(_, a)| *a)
}

/// ISO codes that are also English words: never a currency when written in
/// capitals either ("ALL 5 solutions", "call BOB").
/// "COP29" is the climate conference far more often than Colombian pesos.
const CODE_WORDS_UPPER: &[&str] = &[
    "ALL", "TOP", "CUP", "BOB", "SOS", "PEN", "MOP", "BAM", "COP",
];

/// ISO codes that are English words or names in lower case; lower-case
/// codes other than these count next to a number ("10 rmb", "20 usd").
const CODE_WORDS_LOWER: &[&str] = &[
    "all", "top", "cup", "bob", "sos", "pen", "mop", "bam", "try", "gel", "mad", "cop", "php",
    "amd", "lak", "std", "mur", "kes", "ron", "ars", "cad", "pkr", "jod", "nad", "gip", "mga",
    "lsl", "sar", "dop", "bif", "ang", "xau", "xag", "xpt", "xpd", "xts", "xxx", "cve", "top",
];

/// Whether `word` (three letters) is an ISO code written as a currency:
/// in capitals unless the code is an English word, in lower case only for
/// codes that are no word. Answers from a cache after the first time.
pub(crate) fn is_code(word: &str) -> bool {
    let &[a, b, c] = word.as_bytes() else {
        return false;
    };
    let upper = [a, b, c].iter().all(u8::is_ascii_uppercase);
    if !upper && ![a, b, c].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    if !is_iso_code([a, b, c]) {
        return false;
    }
    let words = if upper {
        CODE_WORDS_UPPER
    } else {
        CODE_WORDS_LOWER
    };
    !words.contains(&word)
}

/// The ISO code written `word` (see [`is_code`]), upper case, as a static
/// string.
pub(crate) fn code(word: &str) -> Option<&'static str> {
    if !is_code(word) {
        return None;
    }
    // Upper-cased in place: a code is three ASCII letters.
    let mut upper = [0u8; 3];
    for (dst, b) in upper.iter_mut().zip(word.bytes()) {
        *dst = b.to_ascii_uppercase();
    }
    static_code(std::str::from_utf8(&upper).ok()?)
}

/// What is known of each three-letter code, indexed by its letters: 0 not
/// looked up yet, 1 an ISO 4217 code (see [`Currency::new`]), 2 none. Filled
/// as codes are met, so that each is looked up in the ISO table once; the
/// stores are idempotent, so relaxed atomics suffice between threads.
static CODE_KNOWN: [AtomicU8; 26 * 26 * 26] = [const { AtomicU8::new(0) }; 26 * 26 * 26];

/// Whether the letters `code` (ASCII, either case) are an ISO 4217 code.
fn is_iso_code(code: [u8; 3]) -> bool {
    let mut k = 0usize;
    for b in code {
        let letter = b.to_ascii_uppercase().wrapping_sub(b'A');
        if letter >= 26 {
            return false;
        }
        k = k * 26 + usize::from(letter);
    }
    let Some(slot) = CODE_KNOWN.get(k) else {
        return false;
    };
    match slot.load(Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            let known = std::str::from_utf8(&code)
                .ok()
                .and_then(Currency::new)
                .is_some();
            slot.store(if known { 1 } else { 2 }, Ordering::Relaxed);
            known
        }
    }
}

/// A currency name as matched: the currency and how it may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Name {
    /// The currency.
    pub cur: Cur,
    /// May stand before the number ("ringgit 42").
    pub prefix: bool,
    /// Counts only after a scaled number ("5 billion won"): the bare word is
    /// too common otherwise.
    pub needs_scale: bool,
    /// The plain word for a pound, which is also a weight.
    pub pound: bool,
}

/// Names with the adjectives that pin them to one currency. Each adjective
/// (words separated by spaces; "u s" matches "U.S.") combines with each name.
const ADJECTIVE_NAMES: &[(&[&str], &[&str], &str)] = &[
    (&["us", "u s", "american", "united states"], DOLLARS, "USD"),
    (&["australian", "aussie"], DOLLARS, "AUD"),
    (&["canadian"], DOLLARS, "CAD"),
    (&["hong kong"], DOLLARS, "HKD"),
    (&["singapore", "singaporean"], DOLLARS, "SGD"),
    (&["new zealand"], DOLLARS, "NZD"),
    (&["taiwan", "taiwanese", "new taiwan"], DOLLARS, "TWD"),
    (&["jamaican"], DOLLARS, "JMD"),
    (&["namibian"], DOLLARS, "NAD"),
    (&["british", "uk"], POUNDS, "GBP"),
    (&["egyptian", "egypt"], POUNDS, "EGP"),
    (&["lebanese"], POUNDS, "LBP"),
    (&["syrian"], POUNDS, "SYP"),
    (&["sudanese"], POUNDS, "SDG"),
    (&["azerbaijani", "azerbaijan", "azeri"], MANATS, "AZN"),
    (&["turkmen", "turkmenistan"], MANATS, "TMT"),
    (
        &["kyrgyz", "kyrgyzstan", "kyrgyzstani", "kirghiz"],
        SOMS,
        "KGS",
    ),
    (&["uzbek", "uzbekistan"], SOMS, "UZS"),
    (&["uzbek", "uzbekistan"], SUMS, "UZS"),
    (&["kazakh", "kazakhstan", "kazakhstani"], TENGE, "KZT"),
    (&["georgian"], LARI, "GEL"),
    (&["armenian"], DRAMS, "AMD"),
    (&["tajik", "tajikistan"], SOMONI, "TJS"),
    (&["russian"], RUBLES, "RUB"),
    (&["belarusian", "belarussian", "belarus"], RUBLES, "BYN"),
    (&["turkish"], LIRAS, "TRY"),
    (&["lebanese"], LIRAS, "LBP"),
    (&["italian"], LIRAS, "ITL"),
    (&["chinese"], YUAN, "CNY"),
    (&["japanese"], YEN, "JPY"),
    (&["korean", "south korean"], WON, "KRW"),
    (&["indian"], RUPEES, "INR"),
    (&["pakistani"], RUPEES, "PKR"),
    (&["sri lankan", "lankan"], RUPEES, "LKR"),
    (&["nepalese", "nepali"], RUPEES, "NPR"),
    (&["mauritian"], RUPEES, "MUR"),
    (&["indonesian"], RUPIAH, "IDR"),
    (&["iranian"], RIALS, "IRR"),
    (&["omani"], RIALS, "OMR"),
    (&["yemeni"], RIALS, "YER"),
    (&["saudi"], RIYALS, "SAR"),
    (&["qatari"], RIYALS, "QAR"),
    (&["omani"], RIYALS, "OMR"),
    (&["uae", "emirati", "emirates"], DIRHAMS, "AED"),
    (&["moroccan"], DIRHAMS, "MAD"),
    (&["kuwaiti"], DINARS, "KWD"),
    (&["iraqi"], DINARS, "IQD"),
    (&["bahraini"], DINARS, "BHD"),
    (&["jordanian"], DINARS, "JOD"),
    (&["serbian"], DINARS, "RSD"),
    (&["algerian"], DINARS, "DZD"),
    (&["tunisian"], DINARS, "TND"),
    (&["libyan"], DINARS, "LYD"),
    (&["mexican"], PESOS, "MXN"),
    (&["philippine", "filipino"], PESOS, "PHP"),
    (&["argentine", "argentinian"], PESOS, "ARS"),
    (&["chilean"], PESOS, "CLP"),
    (&["colombian"], PESOS, "COP"),
    (&["uruguayan"], PESOS, "UYU"),
    (&["dominican"], PESOS, "DOP"),
    (&["brazilian"], REAIS, "BRL"),
    (&["south african"], RAND, "ZAR"),
    (&["nigerian"], NAIRA, "NGN"),
    (&["kenyan"], SHILLINGS, "KES"),
    (&["ugandan"], SHILLINGS, "UGX"),
    (&["tanzanian"], SHILLINGS, "TZS"),
    (&["somali"], SHILLINGS, "SOS"),
    (&["swedish"], KRONAS, "SEK"),
    (&["icelandic"], KRONAS, "ISK"),
    (&["norwegian"], KRONES, "NOK"),
    (&["danish"], KRONES, "DKK"),
    (&["swiss"], FRANCS, "CHF"),
    (&["cfa", "west african cfa", "west african"], FRANCS, "XOF"),
    (&["central african cfa"], FRANCS, "XAF"),
    (&["french"], FRANCS, "FRF"),
    (&["belgian"], FRANCS, "BEF"),
    (&["dutch"], GUILDERS, "NLG"),
    (&["finnish"], MARKKA, "FIM"),
    (&["german", "deutsche"], MARKS, "DEM"),
    (&["spanish"], PESETAS, "ESP"),
    (&["malaysian", "malaysia"], RINGGIT, "MYR"),
    (&["vietnamese", "vietnam"], DONG, "VND"),
    (&["thai"], BAHT, "THB"),
    (&["ukrainian"], HRYVNIAS, "UAH"),
    (&["polish"], ZLOTYS, "PLN"),
    (&["hungarian"], FORINTS, "HUF"),
    (&["czech"], KORUNAS, "CZK"),
    (&["romanian"], LEI, "RON"),
    (&["moldovan"], LEI, "MDL"),
    (&["bulgarian"], LEVA, "BGN"),
    (&["israeli", "new israeli"], SHEKELS, "ILS"),
    (&["afghan"], AFGHANIS, "AFN"),
    (&["bangladeshi"], TAKA, "BDT"),
    (&["mongolian"], TUGRIKS, "MNT"),
    (&["ghanaian"], CEDIS, "GHS"),
    (&["ethiopian"], BIRR, "ETB"),
    (&["zambian"], KWACHAS, "ZMW"),
    (&["malawian"], KWACHAS, "MWK"),
];

const DOLLARS: &[&str] = &["dollar", "dollars"];
const POUNDS: &[&str] = &["pound", "pounds"];
const MANATS: &[&str] = &["manat", "manats"];
const SOMS: &[&str] = &["som", "soms"];
const SUMS: &[&str] = &["sum", "sums", "soum", "soums", "so ' m", "so ’ m"];
const TENGE: &[&str] = &["tenge", "tenges"];
const LARI: &[&str] = &["lari", "laris"];
const DRAMS: &[&str] = &["dram", "drams"];
const SOMONI: &[&str] = &["somoni", "somonis"];
const RUBLES: &[&str] = &["ruble", "rubles", "rouble", "roubles"];
const LIRAS: &[&str] = &["lira", "liras", "lire"];
const YUAN: &[&str] = &["yuan", "renminbi"];
const YEN: &[&str] = &["yen"];
const WON: &[&str] = &["won"];
const RUPEES: &[&str] = &["rupee", "rupees"];
const RUPIAH: &[&str] = &["rupiah", "rupiahs"];
const RIALS: &[&str] = &["rial", "rials"];
const RIYALS: &[&str] = &["riyal", "riyals"];
const DIRHAMS: &[&str] = &["dirham", "dirhams"];
const DINARS: &[&str] = &["dinar", "dinars"];
const PESOS: &[&str] = &["peso", "pesos"];
const REAIS: &[&str] = &["real", "reais", "reals"];
const RAND: &[&str] = &["rand"];
const NAIRA: &[&str] = &["naira"];
const SHILLINGS: &[&str] = &["shilling", "shillings"];
const KRONAS: &[&str] = &["krona", "kronor", "kronur"];
const KRONES: &[&str] = &["krone", "kroner"];
const FRANCS: &[&str] = &["franc", "francs"];
const GUILDERS: &[&str] = &["guilder", "guilders"];
const MARKKA: &[&str] = &["markka", "markkas", "markkaa"];
const MARKS: &[&str] = &["mark", "marks"];
const PESETAS: &[&str] = &["peseta", "pesetas"];
const RINGGIT: &[&str] = &["ringgit", "ringgits"];
const DONG: &[&str] = &["dong"];
const BAHT: &[&str] = &["baht"];
const HRYVNIAS: &[&str] = &["hryvnia", "hryvnias", "hryvnya", "hryvnas", "hryvni"];
const ZLOTYS: &[&str] = &["zloty", "zlotys", "zlotych"];
const FORINTS: &[&str] = &["forint", "forints"];
const KORUNAS: &[&str] = &["koruna", "korunas", "koruny"];
const LEI: &[&str] = &["leu", "lei"];
const LEVA: &[&str] = &["lev", "leva"];
const SHEKELS: &[&str] = &["shekel", "shekels", "sheqel", "sheqels"];
const AFGHANIS: &[&str] = &["afghani", "afghanis"];
const TAKA: &[&str] = &["taka"];
const TUGRIKS: &[&str] = &["tugrik", "tugriks", "tögrög", "tugrug"];
const CEDIS: &[&str] = &["cedi", "cedis"];
const BIRR: &[&str] = &["birr"];
const KWACHAS: &[&str] = &["kwacha", "kwachas"];

/// How a name reads without an adjective.
#[derive(Clone, Copy, Debug)]
enum Bare {
    /// Always this currency (or this ambiguity).
    Is(Cur),
    /// Only after a scaled number ("5 billion won").
    AfterScale(&'static str),
}

/// Names read without an adjective. Names absent here ("mark", "real",
/// "franc" is ambiguous) need their adjective.
const BARE_NAMES: &[(&[&str], Bare)] = &[
    (DOLLARS, Bare::Is(Cur::Code("USD"))),
    (&["euro", "euros"], Bare::Is(Cur::Code("EUR"))),
    (POUNDS, Bare::Is(Cur::Ambiguous(&POUND))),
    (
        &["sterling", "pounds sterling", "pound sterling"],
        Bare::Is(Cur::Code("GBP")),
    ),
    (MANATS, Bare::Is(Cur::Ambiguous(&MANAT))),
    (SOMS, Bare::Is(Cur::Ambiguous(&SOM))),
    (SUMS, Bare::Is(Cur::Ambiguous(&SUM))),
    (TENGE, Bare::Is(Cur::Code("KZT"))),
    (LARI, Bare::Is(Cur::Code("GEL"))),
    (DRAMS, Bare::Is(Cur::Code("AMD"))),
    (SOMONI, Bare::Is(Cur::Code("TJS"))),
    (RUBLES, Bare::Is(Cur::Ambiguous(&RUBLE))),
    (LIRAS, Bare::Is(Cur::Ambiguous(&LIRA))),
    (YUAN, Bare::Is(Cur::Code("CNY"))),
    (&["kuai"], Bare::Is(Cur::Code("CNY"))),
    (YEN, Bare::Is(Cur::Code("JPY"))),
    (WON, Bare::AfterScale("KRW")),
    (RUPEES, Bare::Is(Cur::Ambiguous(&RUPEE))),
    (RUPIAH, Bare::Is(Cur::Code("IDR"))),
    (RIALS, Bare::Is(Cur::Ambiguous(&RIAL))),
    (RIYALS, Bare::Is(Cur::Ambiguous(&RIYAL))),
    (&["saudiriyal", "saudiriyals"], Bare::Is(Cur::Code("SAR"))),
    (DIRHAMS, Bare::Is(Cur::Ambiguous(&DIRHAM))),
    (DINARS, Bare::Is(Cur::Ambiguous(&DINAR))),
    (PESOS, Bare::Is(Cur::Ambiguous(&PESO))),
    (&["reais"], Bare::Is(Cur::Code("BRL"))),
    (RAND, Bare::AfterScale("ZAR")),
    (NAIRA, Bare::Is(Cur::Code("NGN"))),
    (SHILLINGS, Bare::Is(Cur::Ambiguous(&SHILLING))),
    (KRONAS, Bare::Is(Cur::Ambiguous(&KRONA))),
    (KRONES, Bare::Is(Cur::Ambiguous(&KRONE))),
    (FRANCS, Bare::Is(Cur::Ambiguous(&FRANC))),
    (GUILDERS, Bare::Is(Cur::Code("NLG"))),
    (MARKKA, Bare::Is(Cur::Code("FIM"))),
    (
        &["deutschmark", "deutschmarks", "deutsche marks"],
        Bare::Is(Cur::Code("DEM")),
    ),
    (PESETAS, Bare::Is(Cur::Code("ESP"))),
    (RINGGIT, Bare::Is(Cur::Code("MYR"))),
    (DONG, Bare::AfterScale("VND")),
    (BAHT, Bare::Is(Cur::Code("THB"))),
    (HRYVNIAS, Bare::Is(Cur::Code("UAH"))),
    (ZLOTYS, Bare::Is(Cur::Code("PLN"))),
    (FORINTS, Bare::Is(Cur::Code("HUF"))),
    (KORUNAS, Bare::Is(Cur::Code("CZK"))),
    (LEI, Bare::Is(Cur::Ambiguous(&LEU))),
    (&["leva"], Bare::Is(Cur::Code("BGN"))),
    (SHEKELS, Bare::Is(Cur::Code("ILS"))),
    (AFGHANIS, Bare::Is(Cur::Code("AFN"))),
    (TAKA, Bare::Is(Cur::Code("BDT"))),
    (TUGRIKS, Bare::Is(Cur::Code("MNT"))),
    (CEDIS, Bare::Is(Cur::Code("GHS"))),
    (BIRR, Bare::Is(Cur::Code("ETB"))),
    (KWACHAS, Bare::Is(Cur::Ambiguous(&KWACHA))),
    (&["kyat", "kyats"], Bare::Is(Cur::Code("MMK"))),
    (&["riel", "riels"], Bare::Is(Cur::Code("KHR"))),
    (&["lek", "leke"], Bare::Is(Cur::Code("ALL"))),
    (&["kuna", "kunas"], Bare::Is(Cur::Code("HRK"))),
    (
        &[
            "egyptianpound",
            "egyptianpounds",
            "geneh",
            "genihat masriya",
        ],
        Bare::Is(Cur::Code("EGP")),
    ),
    (&["l e"], Bare::Is(Cur::Code("EGP"))),
];

/// Names that may also stand before the number ("ringgit 42"); other names
/// before a number are too often part of a title ("Euro 2024").
const PREFIX_NAMES: &[&str] = &["ringgit", "ringgits"];

static NAME_INDEX: LazyLock<PhraseIndex<Name>> = LazyLock::new(|| {
    let mut rows: Vec<(Vec<&'static str>, bool, Name)> = Vec::new();
    let name = |cur, last: &str, needs_scale| Name {
        cur,
        prefix: PREFIX_NAMES.contains(&last),
        needs_scale,
        pound: matches!(cur, Cur::Ambiguous(a) if std::ptr::eq(a, &POUND)),
    };
    for &(adjectives, names, code) in ADJECTIVE_NAMES {
        for adjective in adjectives {
            for n in names {
                let words = adjective
                    .split_whitespace()
                    .chain(n.split_whitespace())
                    .collect();
                rows.push((words, false, name(Cur::Code(code), n, false)));
            }
        }
    }
    for &(names, bare) in BARE_NAMES {
        for n in names {
            let (cur, needs_scale) = match bare {
                Bare::Is(cur) => (cur, false),
                Bare::AfterScale(code) => (Cur::Code(code), true),
            };
            let tight = *n == "l e" || n.contains('\'') || n.contains('’');
            let words = n.split_whitespace().collect();
            rows.push((words, tight, name(cur, n, needs_scale)));
        }
    }
    PhraseIndex::from_words(rows)
});

/// Currency names, with and without adjectives.
pub(crate) fn names() -> &'static PhraseIndex<Name> {
    &NAME_INDEX
}

/// A minor unit: one hundredth of its currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Minor {
    /// The currency when the minor unit stands alone; `None` when it is
    /// only read after an amount of its main unit ("20 ringgit 43 sen").
    pub alone: Option<&'static str>,
    /// Must be written right after the number ("50p", "10c").
    pub attached: bool,
}

/// Minor units ("cents", "pence", "kopecks"). "Pennies" is the American
/// plural (cents), "penny" and "pence" are British.
const MINOR_UNITS: &[(&str, Minor)] = &[
    ("cent", minor("USD")),
    ("cents", minor("USD")),
    ("us cent", minor("USD")),
    ("us cents", minor("USD")),
    ("u s cents", minor("USD")),
    ("euro cent", minor("EUR")),
    ("euro cents", minor("EUR")),
    ("eurocents", minor("EUR")),
    ("c", minor("USD")),
    ("¢", minor("USD")),
    ("pennies", minor("USD")),
    ("penny", minor("GBP")),
    ("pence", minor("GBP")),
    (
        "p",
        Minor {
            alone: Some("GBP"),
            attached: true,
        },
    ),
    ("kopeck", minor("RUB")),
    ("kopecks", minor("RUB")),
    ("kopek", minor("RUB")),
    ("kopeks", minor("RUB")),
    ("kopiyka", minor("UAH")),
    ("kopiykas", minor("UAH")),
    ("kopiyok", minor("UAH")),
    ("tiyn", minor("KZT")),
    ("tiyns", minor("KZT")),
    ("qapik", minor("AZN")),
    ("qepik", minor("AZN")),
    ("gapik", minor("AZN")),
    ("tetri", minor("GEL")),
    ("tyiyn", minor("KGS")),
    ("paise", minor("INR")),
    ("fen", minor("CNY")),
    ("kurus", minor("TRY")),
    ("luma", minor("AMD")),
    ("paisa", MINOR_AFTER_AMOUNT),
    ("sen", MINOR_AFTER_AMOUNT),
    ("sens", MINOR_AFTER_AMOUNT),
];

/// A minor unit of `code` that may stand alone, written apart or glued.
const fn minor(code: &'static str) -> Minor {
    Minor {
        alone: Some(code),
        attached: false,
    }
}

/// A minor unit read only after an amount of its main unit ("sen" is
/// Malaysian, Indonesian or Japanese depending on the main unit).
const MINOR_AFTER_AMOUNT: Minor = Minor {
    alone: None,
    attached: false,
};

static MINOR_INDEX: LazyLock<PhraseIndex<Minor>> =
    LazyLock::new(|| PhraseIndex::new(MINOR_UNITS.iter().map(|&(w, m)| (w, false, m))));

/// Minor currency units.
pub(crate) fn minor_units() -> &'static PhraseIndex<Minor> {
    &MINOR_INDEX
}

/// Currencies shared by several countries, with the ISO 3166-1 alpha-2
/// codes of their members. Every other code of an [`Ambiguity`] belongs to
/// the country its first two letters name (ISO 4217 builds codes so: "KGS"
/// is Kyrgyzstan's, "UZS" Uzbekistan's).
const SHARED: &[(&str, &[&str])] = &[
    ("XOF", &["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"]),
    ("XAF", &["CM", "CF", "TD", "CG", "GQ", "GA"]),
];

/// The candidate of `candidates` that is the currency of the country
/// `alpha2` (ISO 3166-1, upper case), if any.
pub(crate) fn of_country(alpha2: &str, candidates: &[&'static str]) -> Option<&'static str> {
    candidates.iter().copied().find(
        |code| match SHARED.iter().find(|(shared, _)| shared == code) {
            Some((_, members)) => members.contains(&alpha2),
            None => code.get(..2) == Some(alpha2),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_of(cur: Cur) -> &'static str {
        match cur {
            Cur::Code(c) => c,
            Cur::Ambiguous(a) => a.word,
        }
    }

    #[test]
    fn every_table_code_is_valid() {
        let mut codes: Vec<&str> = Vec::new();
        codes.extend(SYMBOLS.iter().map(|(_, c)| code_of(*c)));
        codes.extend(SPACED_DOLLARS.iter().map(|(_, c)| *c));
        codes.extend(ADJECTIVE_NAMES.iter().map(|(_, _, c)| *c));
        codes.extend(SHARED.iter().map(|(c, _)| *c));
        codes.extend(MINOR_UNITS.iter().filter_map(|(_, m)| m.alone));
        for a in [
            &SOM, &SUM, &MANAT, &POUND, &RUPEE, &RUBLE, &RIAL, &RIYAL, &DIRHAM, &DINAR, &PESO,
            &SHILLING, &KRONE, &KRONA, &FRANC, &LEU, &LIRA, &YEN_SIGN, &KWACHA,
        ] {
            codes.extend(a.candidates.iter().copied());
            codes.extend(a.default);
        }
        for c in codes {
            if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
                assert!(Currency::new(c).is_some(), "{c} is not an ISO 4217 code");
            }
        }
    }

    #[test]
    fn lookups() {
        let cases: &[(&str, Option<(&str, usize)>)] = &[
            ("US$4.7", Some(("USD", 3))),
            ("$10", Some(("USD", 1))),
            ("hk$ 5", Some(("HKD", 3))),
            ("€ur", Some(("EUR", 5))),
            ("₼5", Some(("AZN", 3))),
            ("¥100", Some(("¥", 2))),
            ("USD", None),
            ("“5", None),
            ("Mex$5", Some(("MXN", 4))),
        ];
        for (text, want) in cases {
            let got = symbols_at(text).next().map(|(c, n)| (code_of(c), n));
            assert_eq!(got, *want, "{text}");
        }
        assert!(may_start_symbol("€"));
        assert!(may_prefix("USD") && may_prefix("usd") && may_prefix("MUSD"));
        assert!(may_prefix("Rs") && may_prefix("RINGGIT") && !may_prefix("in"));
        assert!(may_prefix("RMB") && !may_prefix("and") && !may_prefix("MABC"));
        assert!(may_prefix("Malaysian"));
        assert!(!may_start_symbol("deal"));
        assert_eq!(code("USD"), Some("USD"));
        assert_eq!(code("usd"), Some("USD"));
        assert_eq!(code("ALL"), None);
        assert_eq!(code("try"), None);
        assert_eq!(code("TRY"), Some("TRY"));
        assert_eq!(code("Usd"), None);
        // Twice: the second answer comes from the cache.
        assert_eq!(code("kzt"), Some("KZT"));
        assert_eq!(code("kzt"), Some("KZT"));
        assert!(is_code("AZN") && !is_code("COP"));
        assert_eq!(code("XYZ"), None);
        assert_eq!(code("XYZ"), None);
        assert_eq!(code("U$D"), None);
        assert_eq!(code("ABC"), None);
        assert!(abbreviation("RM").is_some());
        assert!(abbreviation("rm").is_none());
        assert!(abbreviation("rs").is_some());
        assert!(abbreviation("LE").is_some());
        assert!(abbreviation("le").is_some());
        assert!(abbreviation("Le").is_none());
        assert!(abbreviation("ZŁ").is_some());
        assert!(abbreviation("лв").is_some());
        assert_eq!(of_country("KG", &["UZS", "KGS"]), Some("KGS"));
        assert_eq!(of_country("SN", &["CHF", "XOF", "XAF"]), Some("XOF"));
        assert_eq!(of_country("GA", &["CHF", "XOF", "XAF"]), Some("XAF"));
        assert_eq!(of_country("FR", &["CHF", "XOF", "XAF"]), None);
        let kyrgyz = names().starting_with("kyrgyz");
        assert!(
            kyrgyz
                .iter()
                .any(|p| p.words == ["kyrgyz", "soms"] && p.value.cur == Cur::Code("KGS"))
        );
        let us = names().starting_with("u");
        assert!(us.iter().any(|p| p.words == ["u", "s", "dollars"]));
        assert!(names().starting_with("ringgit")[0].value.prefix);
        assert!(
            names()
                .starting_with("pounds")
                .iter()
                .any(|p| p.value.pound)
        );
        assert!(minor_units().has_first("kopiykas"));
    }
}
