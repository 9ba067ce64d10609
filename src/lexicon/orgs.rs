//! Organization words: the head nouns that make a capitalized phrase an
//! organization ("Bank", "Railways", "Ministry"), legal-form suffixes
//! ("JSC", "LLC"), the lower-case words that may continue an
//! organization's name ("national railway company"), administrative
//! divisions ("region", "province") and place words that are never part of
//! a person's name ("Street", "Airport"). General knowledge only: no names
//! of organizations.

use std::sync::LazyLock;

use super::hash::{FxMap, class_map};

/// Head nouns of organization names.
pub(crate) static ORG_HEADS: &[&str] = &[
    "ministry",
    "ministries",
    "bank",
    "banks",
    "port",
    "ports",
    "seaport",
    "railways",
    "railway",
    "railroad",
    "railroads",
    "company",
    "companies",
    "agency",
    "fund",
    "corporation",
    "corp",
    "group",
    "centre",
    "center",
    "council",
    "commission",
    "committee",
    "authority",
    "authorities",
    "administration",
    "service",
    "services",
    "office",
    "chamber",
    "association",
    "union",
    "organization",
    "organisation",
    "institute",
    "institution",
    "university",
    "academy",
    "parliament",
    "assembly",
    "duma",
    "cabinet",
    "board",
    "bureau",
    "department",
    "directorate",
    "federation",
    "foundation",
    "holding",
    "holdings",
    "airlines",
    "airways",
    "lines",
    "logistics",
    "exchange",
    "trust",
    "society",
    "league",
    "alliance",
    "embassy",
    "consulate",
    "court",
    "senate",
    "congress",
    "majlis",
    "mazhilis",
    "kenesh",
    "enterprise",
    "enterprises",
    "consortium",
    "industries",
    "zone",
    "terminal",
    "shipyard",
    "dockyard",
    "presidency",
    "secretariat",
    "inspectorate",
    "mission",
    "network",
    "operator",
    "team",
    "forces",
    "police",
    "studies",
    "solutions",
    "systems",
    "partners",
    "capital",
    "networks",
    "motors",
    "foods",
    "steel",
    "cement",
    "pharmaceuticals",
    "ventures",
    "properties",
    "customs",
];

/// Heads that still make an organization when written in lower case
/// after a name ("Tata group", "Temir Zholy national railway company").
pub(crate) static LOWER_HEADS: &[&str] = &[
    "group",
    "company",
    "corporation",
    "holding",
    "holdings",
    "railway",
    "railways",
    "bank",
    "fund",
    "agency",
    "firm",
    "customs",
];

/// Parts of an organization that are not organizations themselves
/// ("Central Office of the …", "press service of the …").
pub(crate) static SUBUNIT_WORDS: &[&str] = &[
    "office",
    "department",
    "branch",
    "division",
    "headquarters",
    "secretariat",
    "service",
    "unit",
    "desk",
    "representation",
    "board",
];

/// Legal-form suffixes and abbreviations of company types.
pub(crate) static LEGAL_SUFFIXES: &[&str] = &[
    "corp",
    "jsc",
    "cjsc",
    "ojsc",
    "pjsc",
    "llc",
    "llp",
    "plc",
    "ltd",
    "inc",
    "gmbh",
    "ag",
    "sa",
    "nv",
    "bv",
    "spa",
    "co",
    "ojs",
    "jv",
    "se",
    "ab",
    "as",
    "oy",
    "kg",
    "srl",
    "sarl",
    "pte",
    "bhd",
    "tbk",
    "limited",
    "incorporated",
];

/// Lower-case words that may continue an organization's name when an
/// organization head follows ("Temir Zholy national railway company").
pub(crate) static ORG_MODIFIERS: &[&str] = &[
    "national",
    "state",
    "joint",
    "stock",
    "joint-stock",
    "public",
    "private",
    "closed",
    "open",
    "limited",
    "international",
    "sea",
    "trade",
    "trading",
    "railway",
    "railways",
    "shipping",
    "oil",
    "gas",
    "energy",
    "investment",
    "development",
    "owned",
    "state-owned",
    "holding",
    "port",
    "transport",
    "logistics",
];

/// Administrative divisions ("Mangistau region", "Shandong Province").
pub(crate) static ADMIN_WORDS: &[&str] = &[
    "region",
    "province",
    "oblast",
    "district",
    "county",
    "prefecture",
    "governorate",
    "municipality",
    "city",
    "state",
    "territory",
    "republic",
    "emirate",
    "canton",
    "krai",
    "okrug",
    "village",
    "town",
];

/// Place and building words that end or make a phrase a place, never a
/// person ("President Street", "Rustam Aliyev International Airport").
pub(crate) static PLACE_WORDS: &[&str] = &[
    "street",
    "avenue",
    "square",
    "road",
    "boulevard",
    "bridge",
    "park",
    "hotel",
    "palace",
    "hall",
    "building",
    "airport",
    "station",
    "stadium",
    "highway",
    "lane",
    "corridor",
    "route",
    "river",
    "sea",
    "lake",
    "mountains",
    "valley",
    "island",
    "islands",
    "gulf",
    "bay",
    "memorial",
    "museum",
    "monument",
    "mosque",
    "cathedral",
    "plaza",
    "tower",
    "pier",
    "canal",
    "summit",
    "forum",
    "expo",
    "festival",
    "award",
    "prize",
    "order",
    "medal",
    "initiative",
    "programme",
    "program",
    "project",
    "plan",
    "agreement",
    "treaty",
    "declaration",
    "memorandum",
    "protocol",
    "roadmap",
    "strategy",
    "day",
    "week",
    "year",
    "cup",
    "games",
    "fair",
    "conference",
    "meeting",
    "session",
    "talks",
];

/// Words that make an organization international rather than one
/// country's ("Asian Development Bank", "European Central Bank").
pub(crate) static MULTINATIONAL_WORDS: &[&str] = &[
    "asian",
    "european",
    "african",
    "eurasian",
    "arab",
    "islamic",
    "nordic",
    "pacific",
    "latin",
    "americas",
    "caspian",
    "turkic",
    "commonwealth",
    "world",
    "nations",
    "europe",
    "asia",
    "africa",
    "eurasia",
];

/// Nouns any company goes by: "the company's CEO" refers to the company
/// named last, whatever its name ("the bank's governor" refers to a bank).
pub(crate) static GENERIC_BODY_WORDS: &[&str] = &[
    "company",
    "firm",
    "group",
    "corporation",
    "holding",
    "concern",
    "operator",
    "business",
];

/// Classes of single words, as bit flags.
pub(crate) mod class {
    /// Head noun of an organization ("bank").
    pub const HEAD: u16 = 1;
    /// Legal-form suffix ("jsc").
    pub const LEGAL: u16 = 1 << 1;
    /// Lower-case continuation of an organization ("national").
    pub const MODIFIER: u16 = 1 << 2;
    /// Administrative division ("region").
    pub const ADMIN: u16 = 1 << 3;
    /// Place or thing word ("street", "airport").
    pub const PLACE: u16 = 1 << 4;
    /// Makes an organization international ("asian").
    pub const MULTINATIONAL: u16 = 1 << 5;
    /// A head that counts in lower case ("group").
    pub const LOWER_HEAD: u16 = 1 << 6;
    /// A part of an organization ("office").
    pub const SUBUNIT: u16 = 1 << 7;
    /// A noun any company goes by ("company", "firm").
    pub const GENERIC: u16 = 1 << 8;
}

/// The word tables and the class each gives its words.
fn tables() -> [(&'static [&'static str], u16); 9] {
    [
        (GENERIC_BODY_WORDS, class::GENERIC),
        (LOWER_HEADS, class::LOWER_HEAD),
        (SUBUNIT_WORDS, class::SUBUNIT),
        (MULTINATIONAL_WORDS, class::MULTINATIONAL),
        (ORG_HEADS, class::HEAD),
        (LEGAL_SUFFIXES, class::LEGAL),
        (ORG_MODIFIERS, class::MODIFIER),
        (ADMIN_WORDS, class::ADMIN),
        (PLACE_WORDS, class::PLACE),
    ]
}

/// Every word of the word tables.
pub(crate) fn vocabulary() -> impl Iterator<Item = &'static str> {
    tables()
        .into_iter()
        .flat_map(|(words, _)| words.iter().copied())
}

/// The classes of a lower-case word (0 when it is in no table).
pub(crate) fn word_class(lower: &str) -> u16 {
    static MAP: LazyLock<FxMap<&'static str, u16>> = LazyLock::new(|| class_map(tables()));
    MAP.get(lower).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(word_class("bank"), class::HEAD | class::LOWER_HEAD);
        assert_eq!(word_class("ministry"), class::HEAD);
        assert_ne!(word_class("world") & class::MULTINATIONAL, 0);
        assert_ne!(word_class("office") & class::SUBUNIT, 0);
        assert_ne!(word_class("jsc") & class::LEGAL, 0);
        assert_ne!(word_class("region") & class::ADMIN, 0);
        assert_ne!(word_class("street") & class::PLACE, 0);
        assert_ne!(word_class("national") & class::MODIFIER, 0);
        assert_eq!(word_class("sauranbayev"), 0);
    }

    #[test]
    fn tables_are_lower_case() {
        for t in [
            ORG_HEADS,
            LEGAL_SUFFIXES,
            ORG_MODIFIERS,
            ADMIN_WORDS,
            PLACE_WORDS,
            MULTINATIONAL_WORDS,
            LOWER_HEADS,
            SUBUNIT_WORDS,
        ] {
            for w in t {
                assert_eq!(*w, w.to_lowercase());
            }
        }
    }
}
