//! Calendar words: month names and abbreviations, weekday names, and the
//! ordinal and cardinal words date expressions use ("the first seven
//! months"). Lookups are case-insensitive; callers decide whether the case
//! of the word in the text is plausible for a date.

use std::sync::LazyLock;

use chrono::Weekday;

use crate::lexicon::words::WordMap;

/// English month names.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// English month abbreviations, written with or without a final period.
const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Month names in the languages of sites that print the page date in their
/// own language above an English text (Azerbaijani, Uzbek and Russian
/// transliterations, Turkish). Only page date lines use them: in running
/// English text some are ordinary words.
const FOREIGN_MONTHS: &[(&str, u32)] = &[
    // Azerbaijani / Uzbek (Latin script).
    ("yanvar", 1),
    ("fevral", 2),
    ("mart", 3),
    ("aprel", 4),
    ("iyun", 6),
    ("i\u{307}yun", 6),
    ("iyul", 7),
    ("i\u{307}yul", 7),
    ("avqust", 8),
    ("avgust", 8),
    ("sentyabr", 9),
    ("sentabr", 9),
    ("oktyabr", 10),
    ("oktabr", 10),
    ("noyabr", 11),
    ("dekabr", 12),
    // Russian, transliterated, in the genitive used with a day.
    ("yanvarya", 1),
    ("fevralya", 2),
    ("marta", 3),
    ("aprelya", 4),
    ("maya", 5),
    ("iyunya", 6),
    ("iyulya", 7),
    ("avgusta", 8),
    ("sentyabrya", 9),
    ("oktyabrya", 10),
    ("noyabrya", 11),
    ("dekabrya", 12),
    // Turkish.
    ("ocak", 1),
    ("şubat", 2),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
];

/// Weekday names and their usual abbreviations.
const WEEKDAYS: &[(&str, Weekday, bool)] = &[
    // (word, weekday, is a full name)
    ("monday", Weekday::Mon, true),
    ("tuesday", Weekday::Tue, true),
    ("wednesday", Weekday::Wed, true),
    ("thursday", Weekday::Thu, true),
    ("friday", Weekday::Fri, true),
    ("saturday", Weekday::Sat, true),
    ("sunday", Weekday::Sun, true),
    ("mon", Weekday::Mon, false),
    ("tue", Weekday::Tue, false),
    ("tues", Weekday::Tue, false),
    ("wed", Weekday::Wed, false),
    ("thu", Weekday::Thu, false),
    ("thur", Weekday::Thu, false),
    ("thurs", Weekday::Thu, false),
    ("fri", Weekday::Fri, false),
    ("sat", Weekday::Sat, false),
    ("sun", Weekday::Sun, false),
];

/// Ordinal words and their value ("the first quarter", "the third day").
const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
];

/// Cardinal words up to twelve ("seven months").
const CARDINALS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
];

/// Suffixes written after a day number ("17th", "1st").
const DAY_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Everything the calendar tables say about one word; 0 (or `None`) where
/// a table does not hold it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CalendarWord {
    /// Month number of an English month name.
    pub month: u8,
    /// Month number of an English month abbreviation.
    pub abbreviation: u8,
    /// Month number of a month name in a page-date language.
    pub foreign: u8,
    /// The weekday named, and whether the word is the full name.
    pub weekday: Option<(Weekday, bool)>,
    /// Value of an ordinal word.
    pub ordinal: u8,
    /// Value of a cardinal word.
    pub cardinal: u8,
}

impl CalendarWord {
    /// The two readings merged, the first winning where both have one.
    pub(crate) fn or(self, other: CalendarWord) -> CalendarWord {
        let pick = |a: u8, b: u8| if a != 0 { a } else { b };
        CalendarWord {
            month: pick(self.month, other.month),
            abbreviation: pick(self.abbreviation, other.abbreviation),
            foreign: pick(self.foreign, other.foreign),
            weekday: self.weekday.or(other.weekday),
            ordinal: pick(self.ordinal, other.ordinal),
            cardinal: pick(self.cardinal, other.cardinal),
        }
    }
}

/// A table's entries as calendar words, with `set` filling the field.
fn entries<'t>(
    table: &'t [(&'t str, u32)],
    set: fn(u8) -> CalendarWord,
) -> impl Iterator<Item = (String, CalendarWord)> + 't {
    table
        .iter()
        .map(move |&(w, n)| (w.to_owned(), set(u8::try_from(n).unwrap_or(0))))
}

/// English month names and abbreviations, lower case, for word tables that
/// give them a class of their own (a month is never part of a name).
pub(crate) static MONTH_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    MONTHS
        .iter()
        .chain(MONTH_ABBREVIATIONS)
        .map(|&(w, _)| w)
        .collect()
});

/// Whether `word` (in any case) is an English month name or abbreviation.
pub(crate) fn is_month(word: &str) -> bool {
    let w = self::word(word);
    w.month != 0 || w.abbreviation != 0
}

/// Every calendar word, for matchers that combine these tables with their
/// own (the date reader's quick test of whether a word may start a date).
pub(crate) fn all_words() -> impl Iterator<Item = (String, CalendarWord)> {
    entries(MONTHS, |n| CalendarWord {
        month: n,
        ..CalendarWord::default()
    })
    .chain(entries(MONTH_ABBREVIATIONS, |n| CalendarWord {
        abbreviation: n,
        ..CalendarWord::default()
    }))
    .chain(entries(FOREIGN_MONTHS, |n| CalendarWord {
        foreign: n,
        ..CalendarWord::default()
    }))
    .chain(WEEKDAYS.iter().map(|&(w, d, full)| {
        (
            w.to_owned(),
            CalendarWord {
                weekday: Some((d, full)),
                ..CalendarWord::default()
            },
        )
    }))
    .chain(entries(ORDINALS, |n| CalendarWord {
        ordinal: n,
        ..CalendarWord::default()
    }))
    .chain(entries(CARDINALS, |n| CalendarWord {
        cardinal: n,
        ..CalendarWord::default()
    }))
}

/// The calendar tables compiled into one case-insensitive map.
static WORDS: LazyLock<WordMap<CalendarWord>> =
    LazyLock::new(|| WordMap::new(all_words(), CalendarWord::or));

/// What the calendar tables say about `word`, compared after Unicode lower
/// casing; nothing for a word over 16 bytes (no calendar word is so long).
pub(crate) fn word(word: &str) -> CalendarWord {
    if word.len() > 16 {
        return CalendarWord::default();
    }
    WORDS.get(word).unwrap_or_default()
}

/// The weekday a word names, and whether the word is the full name.
pub(crate) fn weekday(w: &str) -> Option<(Weekday, bool)> {
    word(w).weekday
}

/// Whether `word` is a suffix written after a day number ("th").
pub(crate) fn is_day_suffix(word: &str) -> bool {
    DAY_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let month = |w: &str| word(w).month;
        assert_eq!(month("August"), 8);
        assert_eq!(month("AUGUST"), 8);
        assert_eq!(month("Aug"), 0);
        assert_eq!(word("Sept").abbreviation, 9);
        assert_eq!(word("Oktyabr").foreign, 10);
        assert_eq!(word("İyun").foreign, 6);
        assert_eq!(word("Mayıs").foreign, 5);
        assert_eq!(weekday("Wed"), Some((Weekday::Wed, false)));
        assert_eq!(weekday("Friday"), Some((Weekday::Fri, true)));
        assert_eq!(weekday("SUN"), Some((Weekday::Sun, false)));
        assert_eq!(word("seventh").ordinal, 7);
        assert_eq!(word("Nine").cardinal, 9);
        assert!(is_day_suffix("TH"));
        assert_eq!(month(&"x".repeat(1000)), 0);
        assert_eq!(month("mayo"), 0);
        let may = word("May");
        assert_eq!((may.month, may.abbreviation, may.foreign), (5, 0, 0));
        assert_eq!(word("Baku"), CalendarWord::default());
    }
}
