//! Calendar words: month names and abbreviations, weekday names, and the
//! ordinal and cardinal words date expressions use ("the first seven
//! months"). Lookups are case-insensitive; callers decide whether the case
//! of the word in the text is plausible for a date.

use chrono::Weekday;

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

fn find<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    // Words in these tables are short; anything long is not one of them,
    // which also keeps the lower-casing cheap.
    if word.len() > 16 {
        return None;
    }
    let lower = word.to_lowercase();
    table.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
}

/// The number of an English month name ("August" → 8).
pub(crate) fn month_name(word: &str) -> Option<u32> {
    find(MONTHS, word)
}

/// The number of an English month abbreviation ("Aug" → 8).
pub(crate) fn month_abbreviation(word: &str) -> Option<u32> {
    find(MONTH_ABBREVIATIONS, word)
}

/// The number of a month name in a page-date language ("Oktyabr" → 10).
pub(crate) fn foreign_month(word: &str) -> Option<u32> {
    find(FOREIGN_MONTHS, word)
}

/// The weekday a word names, and whether the word is the full name.
pub(crate) fn weekday(word: &str) -> Option<(Weekday, bool)> {
    if word.len() > 16 {
        return None;
    }
    let lower = word.to_lowercase();
    WEEKDAYS
        .iter()
        .find(|(w, _, _)| *w == lower)
        .map(|&(_, d, full)| (d, full))
}

/// The value of an ordinal word ("seventh" → 7).
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    find(ORDINALS, word)
}

/// The value of a cardinal word ("seven" → 7).
pub(crate) fn cardinal(word: &str) -> Option<u32> {
    find(CARDINALS, word)
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
        assert_eq!(month_name("August"), Some(8));
        assert_eq!(month_name("AUGUST"), Some(8));
        assert_eq!(month_name("Aug"), None);
        assert_eq!(month_abbreviation("Sept"), Some(9));
        assert_eq!(foreign_month("Oktyabr"), Some(10));
        assert_eq!(foreign_month("İyun"), Some(6));
        assert_eq!(weekday("Wed"), Some((Weekday::Wed, false)));
        assert_eq!(weekday("Friday"), Some((Weekday::Fri, true)));
        assert_eq!(ordinal("seventh"), Some(7));
        assert_eq!(cardinal("Nine"), Some(9));
        assert!(is_day_suffix("TH"));
        assert_eq!(month_name(&"x".repeat(1000)), None);
    }
}
