//! News agencies and wire services, and the words that tell an agency
//! credit from a government press service, a photo credit or a person.
//! General knowledge only: the agencies of the world's wires and of the
//! regions the library is used for, each with the short name it is usually
//! credited by.

use std::sync::LazyLock;

use crate::lexicon::words::WordMap;

/// Agencies: the short brand wires credit them by, then spellings of that
/// brand that normalize to it ("Trend News Agency", "REPORT.AZ"), then
/// descriptive full names that are kept as the text writes them ("Saudi
/// Press Agency" stays, though wires also say "SPA"): an article that
/// credits the full name is not rewritten into an acronym it never uses.
/// Every name is matched case-insensitively with punctuation ignored
/// ("REPORT.AZ" matches "Report.az").
const AGENCIES: &[(&str, &[&str], &[&str])] = &[
    // Global wires.
    ("Reuters", &["Thomson Reuters"], &[]),
    ("AP", &[], &["Associated Press", "The Associated Press"]),
    (
        "AFP",
        &[],
        &["Agence France-Presse", "Agence France Presse"],
    ),
    ("Bloomberg", &[], &[]),
    ("dpa", &[], &["Deutsche Presse-Agentur"]),
    ("EFE", &["Agencia EFE"], &[]),
    ("ANSA", &[], &[]),
    ("UPI", &[], &["United Press International"]),
    // Russia and the CIS.
    ("TASS", &["ITAR-TASS"], &[]),
    ("RIA Novosti", &["RIA"], &[]),
    ("Interfax", &[], &[]),
    ("Sputnik", &[], &[]),
    ("BelTA", &[], &[]),
    ("Ukrinform", &[], &[]),
    ("UNN", &[], &["Ukrainian News"]),
    ("Armenpress", &[], &[]),
    ("ARKA", &[], &[]),
    ("News.am", &[], &[]),
    // Azerbaijan.
    ("Trend", &["Trend News Agency", "Trend.az"], &[]),
    ("Azernews", &["AzerNews.az"], &[]),
    ("AZERTAC", &["Azertag"], &["Azerbaijan State News Agency"]),
    ("Report", &["Report.az", "Report News Agency"], &[]),
    ("APA", &["APA.az"], &[]),
    ("Turan", &["Turan Information Agency"], &[]),
    ("News.az", &[], &[]),
    ("Caliber", &["Caliber.az"], &[]),
    // Kazakhstan.
    ("Kazinform", &["Qazinform", "Kazinform News Agency"], &[]),
    ("KazTAG", &[], &[]),
    ("Tengrinews", &[], &[]),
    ("Interfax-Kazakhstan", &[], &[]),
    // Kyrgyzstan.
    ("Kabar", &[], &[]),
    ("AKIpress", &[], &[]),
    ("24.kg", &[], &[]),
    // Uzbekistan.
    ("UzA", &[], &["National News Agency of Uzbekistan"]),
    ("UzDaily", &[], &[]),
    ("Dunyo", &[], &[]),
    // Tajikistan and Turkmenistan.
    ("Khovar", &[], &[]),
    ("Asia-Plus", &[], &[]),
    ("TDH", &[], &["Turkmen State News Service"]),
    ("nCa", &[], &["News Central Asia"]),
    // Georgia.
    ("Interpressnews", &["IPN"], &[]),
    ("Agenda.ge", &[], &[]),
    ("GHN", &[], &["Georgian News"]),
    // Turkey and Iran.
    ("Anadolu Agency", &["Anadolu", "AA"], &[]),
    ("IRNA", &[], &["Islamic Republic News Agency"]),
    ("Mehr", &["Mehr News Agency"], &[]),
    ("Tasnim", &[], &[]),
    ("Fars", &[], &[]),
    ("ISNA", &[], &[]),
    ("IRIB", &[], &[]),
    // The Middle East and Africa.
    ("WAM", &[], &["Emirates News Agency"]),
    ("SPA", &[], &["Saudi Press Agency"]),
    ("KUNA", &[], &["Kuwait News Agency"]),
    ("QNA", &[], &["Qatar News Agency"]),
    ("BNA", &[], &["Bahrain News Agency"]),
    ("ONA", &[], &["Oman News Agency"]),
    ("MENA", &[], &["Middle East News Agency"]),
    ("Petra", &[], &[]),
    ("SANA", &[], &[]),
    ("NNA", &[], &[]),
    ("APS", &[], &["Algeria Press Service"]),
    ("SAnews", &[], &["South African Government News Agency"]),
    ("KNA", &[], &["Kenya News Agency"]),
    ("ENA", &[], &["Ethiopian News Agency"]),
    // Asia and the Pacific.
    ("Xinhua", &["Xinhua News Agency", "Xinhuanet"], &[]),
    ("CNS", &[], &["China News Service"]),
    ("Kyodo", &["Kyodo News"], &[]),
    ("Jiji", &["Jiji Press"], &[]),
    ("Yonhap", &[], &[]),
    ("KCNA", &[], &[]),
    ("VNA", &[], &["Vietnam News Agency"]),
    ("Bernama", &[], &[]),
    ("Antara", &[], &[]),
    ("PNA", &[], &["Philippine News Agency"]),
    ("TNA", &[], &["Thai News Agency"]),
    ("CNA", &[], &["Central News Agency"]),
    ("PTI", &[], &["Press Trust of India"]),
    ("IANS", &[], &[]),
    ("ANI", &[], &[]),
    ("UNI", &[], &["United News of India"]),
    ("APP", &[], &["Associated Press of Pakistan"]),
    ("Pajhwok", &[], &[]),
    ("BSS", &[], &[]),
    ("AAP", &[], &["Australian Associated Press"]),
    ("Montsame", &[], &[]),
    // Europe.
    ("PAP", &[], &[]),
    ("CTK", &["ČTK"], &[]),
    ("TASR", &[], &[]),
    ("MTI", &[], &[]),
    ("Agerpres", &[], &[]),
    ("BTA", &[], &[]),
    ("Tanjug", &[], &[]),
    ("HINA", &[], &[]),
    ("STA", &[], &[]),
    ("ANA-MPA", &["ANA"], &[]),
    ("Lusa", &[], &[]),
    ("ANP", &[], &[]),
    ("Belga", &[], &[]),
    ("Ritzau", &[], &[]),
    ("NTB", &[], &[]),
    ("TT", &[], &[]),
    ("STT", &[], &[]),
    ("Keystone-SDA", &["SDA"], &[]),
    ("APA-Austria", &[], &[]),
    ("Europa Press", &[], &[]),
    // The Americas.
    ("Prensa Latina", &[], &[]),
    ("Télam", &["Telam"], &[]),
    ("Notimex", &[], &[]),
    ("Agência Brasil", &["Agencia Brasil"], &[]),
];

/// Words that mark a credit as a government body, a press service or a
/// company: such a credit is not a news source.
const NOT_SOURCE_WORDS: &[&str] = &[
    "press",
    "service",
    "services",
    "ministry",
    "minister",
    "mfa",
    "government",
    "administration",
    "office",
    "embassy",
    "bank",
    "committee",
    "council",
    "department",
    "statistics",
    "statistical",
    "cabinet",
    "presidential",
    "president",
    "parliament",
    "authority",
    "authorities",
    "company",
    "corporation",
    "railways",
    "railway",
    "port",
    "customs",
    "photo",
    "photos",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "who",
    "which",
    "that",
];

/// Words that make a bylined name an outlet or a desk rather than a person
/// ("By Azernews Staff", "By The Daily Post").
const OUTLET_WORDS: &[&str] = &[
    "news",
    "agency",
    "times",
    "daily",
    "post",
    "press",
    "media",
    "today",
    "tribune",
    "herald",
    "journal",
    "gazette",
    "review",
    "online",
    "tv",
    "radio",
    "network",
    "service",
    "staff",
    "desk",
    "bureau",
    "editorial",
    "team",
    "newsroom",
    "wire",
    "reporter",
    "correspondent",
    "magazine",
    "weekly",
    "channel",
    "portal",
    "az",
    "com",
    "ge",
    "kz",
    "uz",
    "kg",
];

/// Words before "by" that introduce an author on a byline line ("Guest
/// blog post by …", "Written by …").
const BYLINE_LEADS: &[&str] = &[
    "post",
    "posted",
    "written",
    "story",
    "article",
    "reporting",
    "text",
    "words",
    "compiled",
    "report",
    "analysis",
    "commentary",
    "column",
    "op-ed",
    "interview",
];

/// Words of a byline that names no one and no outlet ("By Staff Writer",
/// "By Our Correspondent", "By Web Desk").
const DESK_WORDS: &[&str] = &[
    "staff",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "desk",
    "team",
    "editorial",
    "editor",
    "editors",
    "our",
    "special",
    "web",
    "news",
    "newsroom",
    "bureau",
    "board",
    "a",
    "the",
    "online",
];

/// Line labels of page furniture ("Photo:", "Source:", "Updated:"): a line
/// starting with one is never a headline or a dateline.
const LABELS: &[&str] = &[
    "source",
    "sources",
    "photo",
    "photos",
    "details",
    "note",
    "update",
    "updated",
    "published",
    "posted",
    "read",
    "tags",
    "translation",
    "region",
    "category",
    "views",
    "share",
    "video",
    "image",
    "caption",
    "credit",
    "credits",
    "editor",
    "author",
    "date",
    "time",
    "related",
    "see",
    "also",
    "follow",
    "subscribe",
    "comments",
    "print",
    "email",
    "advertisement",
];

/// A name reduced to its lookup key: lower case, every run of characters
/// that are not letters or digits one space ("REPORT.AZ" → "report az").
pub(crate) fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// Room for a key of up to 64 bytes and the last character written.
const KEY_BUF: usize = 64 + 4;

/// [`key`] written into `buf`, or `None` once it grows past 64 bytes (a
/// long text is no agency name: its key need not be built whole). No
/// allocation: agency lookups run on many candidate names.
fn key_in<'b>(name: &str, buf: &'b mut [u8; KEY_BUF]) -> Option<&'b str> {
    let mut len = 0usize;
    let mut gap = false;
    let mut push = |c: char, len: &mut usize| -> Option<()> {
        let room = buf.get_mut(*len..)?;
        if room.len() < c.len_utf8() {
            return None;
        }
        *len += c.encode_utf8(room).len();
        (*len <= 64).then_some(())
    };
    for c in name.chars() {
        if c.is_alphanumeric() {
            if gap && len > 0 {
                push(' ', &mut len)?;
            }
            gap = false;
            // Most names are ASCII: a letter is lower-cased as it is, not
            // through the iterator `char::to_lowercase` gives (the same
            // letter for ASCII).
            if c.is_ascii() {
                push(c.to_ascii_lowercase(), &mut len)?;
                continue;
            }
            for l in c.to_lowercase() {
                push(l, &mut len)?;
            }
        } else {
            gap = true;
        }
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// A map keyed by strings, on rustc's Fx hasher (a static index of names
/// needs no flooding resistance).
type KeyMap<V> = crate::lexicon::hash::FxMap<String, V>;

static AGENCY_INDEX: LazyLock<KeyMap<&'static str>> = LazyLock::new(|| {
    let mut map = KeyMap::default();
    for &(name, variants, full_names) in AGENCIES {
        map.insert(key(name), name);
        for variant in variants {
            map.insert(key(variant), name);
        }
        for full in full_names {
            // "The Associated Press" is credited as "Associated Press".
            let kept = full.strip_prefix("The ").unwrap_or(full);
            map.insert(key(full), kept);
        }
    }
    map
});

/// The name a known agency is credited by: its short brand for a spelling
/// of the brand ("Trend News Agency" → "Trend", "REPORT.AZ" → "Report"),
/// its full name for a full name ("Saudi Press Agency").
pub(crate) fn agency(name: &str) -> Option<&'static str> {
    let mut buf = [0u8; KEY_BUF];
    let k = key_in(name, &mut buf)?;
    if k.is_empty() {
        return None;
    }
    if let Some(&n) = AGENCY_INDEX.get(k) {
        return Some(n);
    }
    // "<name> News Agency", "<name> news", "<name>.az", "<name> Staff":
    // the bare name.
    for suffix in [
        " news agency",
        " agency",
        " news",
        " az",
        " com",
        " staff",
        " desk",
        " newsroom",
        " bureau",
    ] {
        if let Some(stem) = k.strip_suffix(suffix)
            && let Some(&n) = AGENCY_INDEX.get(stem)
        {
            return Some(n);
        }
    }
    None
}

/// The name an unknown credited source is given: the known short name when
/// there is one, else the name without a trailing "News Agency" and without
/// surrounding punctuation ("Tehran Times News Agency" → "Tehran Times").
pub(crate) fn normalize(name: &str) -> Option<String> {
    if let Some(n) = agency(name) {
        return Some(n.to_owned());
    }
    let trimmed = name.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = trimmed.to_lowercase();
    let cut = ["news agency", "information agency"]
        .iter()
        .find(|s| lower.ends_with(*s))
        .map_or(trimmed.len(), |s| trimmed.len() - s.len());
    // `cut` is at a char boundary: the suffix is ASCII and matched on the
    // lower-cased text, which has the same byte length for ASCII endings.
    let stem = trimmed
        .get(..cut)
        .unwrap_or(trimmed)
        .trim_matches(|c: char| !c.is_alphanumeric());
    (!stem.is_empty()).then(|| stem.to_owned())
}

/// The word classes of the tables above, as bits.
mod class {
    /// A word of `NOT_SOURCE_WORDS`.
    pub const NOT_SOURCE: u8 = 1;
    /// A word of `OUTLET_WORDS`.
    pub const OUTLET: u8 = 1 << 1;
    /// A word of `BYLINE_LEADS`.
    pub const BYLINE_LEAD: u8 = 1 << 2;
    /// A word of `LABELS`.
    pub const LABEL: u8 = 1 << 3;
    /// A word of `DESK_WORDS`.
    pub const DESK: u8 = 1 << 4;
}

/// The word tables compiled into one case-insensitive map.
static WORD_CLASSES: LazyLock<WordMap<u8>> = LazyLock::new(|| {
    WordMap::of_lists(&[
        (NOT_SOURCE_WORDS, class::NOT_SOURCE),
        (OUTLET_WORDS, class::OUTLET),
        (BYLINE_LEADS, class::BYLINE_LEAD),
        (LABELS, class::LABEL),
        (DESK_WORDS, class::DESK),
    ])
});

/// Whether `word` is in the table of class `bit`, compared as Unicode lower
/// cases it; no word over 24 bytes is.
fn in_class(bit: u8, word: &str) -> bool {
    word.len() <= 24 && WORD_CLASSES.get(word).is_some_and(|c| c & bit != 0)
}

/// Whether `word` marks a credit as a government body, press service,
/// company or pronoun rather than a news source.
pub(crate) fn is_not_source_word(word: &str) -> bool {
    in_class(class::NOT_SOURCE, word)
}

/// Whether `word` makes a bylined name an outlet rather than a person.
pub(crate) fn is_outlet_word(word: &str) -> bool {
    in_class(class::OUTLET, word)
}

/// Whether a byline names no one and no outlet: every word a desk word
/// ("Staff Writer", "Our Correspondent").
pub(crate) fn is_desk_only(byline: &str) -> bool {
    let mut words = byline.split_whitespace().peekable();
    words.peek().is_some() && words.all(|w| in_class(class::DESK, w.trim_end_matches(['.', ','])))
}

/// Whether `word` introduces an author before "by" ("Written by").
pub(crate) fn is_byline_lead(word: &str) -> bool {
    in_class(class::BYLINE_LEAD, word)
}

/// Whether `word` is a page-furniture label ("Photo", "Updated").
pub(crate) fn is_label(word: &str) -> bool {
    in_class(class::LABEL, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_normalize_to_short_names() {
        for (name, want) in [
            ("Trend News Agency", Some("Trend")),
            ("REPORT.AZ", Some("Report")),
            ("Report", Some("Report")),
            ("KAZINFORM", Some("Kazinform")),
            ("Azertag", Some("AZERTAC")),
            ("Xinhua News Agency", Some("Xinhua")),
            ("Anadolu Agency", Some("Anadolu Agency")),
            ("Saudi Press Agency", Some("Saudi Press Agency")),
            ("SAUDI PRESS AGENCY", Some("Saudi Press Agency")),
            ("SPA", Some("SPA")),
            ("The Associated Press", Some("Associated Press")),
            ("Emirates News Agency", Some("Emirates News Agency")),
            ("UzDaily", Some("UzDaily")),
            ("Kazinform News Agency", Some("Kazinform")),
            ("anadolu", Some("Anadolu Agency")),
            ("24.kg", Some("24.kg")),
            ("nCa", Some("nCa")),
            ("Tehran Times", None),
            ("", None),
        ] {
            assert_eq!(agency(name), want, "{name}");
        }
        assert_eq!(
            normalize("Tehran Times News Agency").as_deref(),
            Some("Tehran Times")
        );
        assert_eq!(normalize("(Biz Hub)").as_deref(), Some("Biz Hub"));
        assert_eq!(
            normalize("MENAFN- Trend News Agency").as_deref(),
            Some("MENAFN- Trend")
        );
        assert_eq!(normalize("—"), None);
    }

    #[test]
    fn keys_in_place_match_keys() {
        for name in [
            "REPORT.AZ",
            "  Trend  News -- Agency ",
            "Şəki İnformasiya",
            "K\u{212A}",
            "",
            "...",
            &"a".repeat(64),
            &"a".repeat(65),
            &"ab ".repeat(22),
            &"İ".repeat(40),
        ] {
            let mut buf = [0u8; KEY_BUF];
            let want = Some(key(name)).filter(|k| k.len() <= 64);
            assert_eq!(key_in(name, &mut buf).map(str::to_owned), want, "{name:?}");
        }
    }

    #[test]
    fn word_classes() {
        assert!(is_not_source_word("Ministry"));
        assert!(is_outlet_word("Staff"));
        assert!(is_byline_lead("written"));
        assert!(is_label("Photo"));
        assert!(is_label("EDITOR"));
        assert!(!is_label("Baku"));
        assert!(!is_label(""));
        assert!(!is_not_source_word("Ministryyyyyyyyyyyyyyyyyyyy"));
        assert!(is_not_source_word("PRESS"));
        assert!(!is_outlet_word("Azerbaijan"));
    }
}
