//! Roles people hold (president, minister, chairman…), the words that
//! modify them (deputy, first, acting…), the portfolio words ministers are
//! named by (energy, trade, foreign affairs…), honorifics and name
//! particles. General knowledge only: no names of people.
//!
//! The role phrases compile once into one Aho-Corasick matcher
//! ([`role_matcher`]); the single words compile into one word-class map
//! ([`word_class`]).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};

use super::calendar;
use super::hash::{FxMap, FxSet, class_map};

/// What kind of role a phrase names; it decides how the words after it
/// ("of Energy", "of the Central Bank", "to Moscow") are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum RoleKind {
    /// Head of state or government and their deputies ("president",
    /// "prime minister"): "of X" names a country or an organization.
    Leader,
    /// Ministers, secretaries and the like: "of X" names a portfolio
    /// ("Minister of Energy"), which stays in the title.
    Portfolio,
    /// Ambassadors and envoys: "to X" / "in X" name the posting, which stays
    /// in the title ("Ambassador to Iran", "Ambassador in Brazil").
    Diplomat,
    /// Company and agency roles (chairman, CEO, director…): "of X" / "at X"
    /// name the organization.
    Corporate,
    /// Mayors and city heads: the city stays in the title ("Mayor of
    /// Hamburg").
    Mayor,
    /// Regional heads (governor, chief minister…): "of X" names the region,
    /// an organization or a country.
    Regional,
    /// Parliament and council roles (speaker, councilor, senator…).
    Legislative,
    /// Monarchs and royals (king, emir, crown prince).
    Royal,
    /// Historical or honorary roles ("national leader", "first president").
    Historical,
    /// "his Azerbaijani counterpart": the role of the person it is the
    /// counterpart of.
    Counterpart,
}

/// One role phrase as matched in text, lower case.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Role {
    /// The phrase, lower case, as it is matched ("prime minister").
    pub phrase: &'static str,
    /// How the words after it are read.
    pub kind: RoleKind,
    /// A corporate role that can pair with another in one title ("chairman
    /// and CEO").
    pub pairs: bool,
}

/// A role that does not pair with another.
const fn r(phrase: &'static str, kind: RoleKind) -> Role {
    Role {
        phrase,
        kind,
        pairs: false,
    }
}

/// A corporate role, which pairs with another ("chairman and CEO").
const fn c(phrase: &'static str) -> Role {
    Role {
        phrase,
        kind: RoleKind::Corporate,
        pairs: true,
    }
}

use RoleKind::{
    Corporate, Counterpart, Diplomat, Historical, Leader, Legislative, Mayor, Portfolio, Regional,
    Royal,
};

/// Role phrases. Longer phrases win over shorter ones at the same place
/// ("chairman of the board of directors" over "chairman"). Modifiers
/// ("deputy", "first", "acting") are not listed here: they are read as
/// prefixes of any role (see [`MODIFIERS`]); a few hyphenated forms are
/// listed because the hyphen makes one word of them.
pub(crate) static ROLES: &[Role] = &[
    // Heads of state and government.
    r("president", Leader),
    r("vice president", Leader),
    r("vice-president", Leader),
    r("prime minister", Leader),
    r("premier", Leader),
    r("vice premier", Leader),
    r("vice-premier", Leader),
    r("pm", Leader),
    r("chancellor", Leader),
    r("head of state", Leader),
    r("head of government", Leader),
    r("chairman of the cabinet of ministers", Leader),
    r("chairman of the government", Leader),
    r("head of the presidential administration", Leader),
    r("chief of staff", Leader),
    r("leader", Leader),
    r("national leader", Historical),
    r("first president", Historical),
    r("founding president", Historical),
    r("founding father", Historical),
    // Ministers and secretaries.
    r("minister", Portfolio),
    r("state minister", Portfolio),
    r("minister of state", Portfolio),
    r("union minister", Portfolio),
    r("cabinet minister", Portfolio),
    r("cabinet secretary", Portfolio),
    r("secretary", Portfolio),
    r("secretary of state", Portfolio),
    r("under secretary", Portfolio),
    r("undersecretary", Portfolio),
    r("under-secretary", Portfolio),
    r("permanent secretary", Portfolio),
    r("state secretary", Portfolio),
    r("secretary-general", Corporate),
    r("secretary general", Corporate),
    r("commissioner", Portfolio),
    r("trade representative", Portfolio),
    r("special representative", Portfolio),
    r("assistant", Portfolio),
    r("adviser", Portfolio),
    r("advisor", Portfolio),
    r("aide", Portfolio),
    r("spokesperson", Portfolio),
    r("spokesman", Portfolio),
    r("spokeswoman", Portfolio),
    r("press secretary", Portfolio),
    r("attorney general", Portfolio),
    r("prosecutor general", Portfolio),
    r("auditor general", Portfolio),
    r("ombudsman", Portfolio),
    // Diplomats.
    r("ambassador", Diplomat),
    r("envoy", Diplomat),
    r("special envoy", Diplomat),
    r("consul general", Diplomat),
    r("consul-general", Diplomat),
    r("consul", Diplomat),
    r("charge d'affaires", Diplomat),
    r("chargé d'affaires", Diplomat),
    r("counsellor", Diplomat),
    r("counselor", Diplomat),
    r("attache", Diplomat),
    r("attaché", Diplomat),
    r("permanent representative", Diplomat),
    r("ambassador extraordinary and plenipotentiary", Diplomat),
    r("envoy extraordinary and minister plenipotentiary", Diplomat),
    // Companies, banks, agencies.
    c("chairman"),
    c("chairwoman"),
    c("chairperson"),
    c("chair"),
    c("co-chair"),
    c("co-chairman"),
    c("vice-chairman"),
    c("vice chairman"),
    c("vice chair"),
    c("vice-chair"),
    c("chairman of the board of directors"),
    c("chairman of the board"),
    c("chairman of the management board"),
    c("chairman of the supervisory board"),
    c("chair of the board"),
    c("member of the board"),
    c("member of the board of directors"),
    c("board member"),
    c("ceo"),
    c("chief executive"),
    c("chief executive officer"),
    c("cfo"),
    c("chief financial officer"),
    c("coo"),
    c("chief operating officer"),
    c("cto"),
    c("chief technology officer"),
    c("chief commercial officer"),
    c("chief economist"),
    c("managing director"),
    c("executive director"),
    c("director"),
    c("director general"),
    c("director-general"),
    c("general director"),
    c("general manager"),
    c("manager"),
    c("head"),
    c("founder"),
    c("co-founder"),
    c("owner"),
    c("president and ceo"),
    c("rector"),
    c("vice-rector"),
    c("dean"),
    c("governor"),
    c("vice-governor"),
    c("chief"),
    c("commander"),
    c("partner"),
    c("treasurer"),
    // Regions and cities.
    r("mayor", Mayor),
    r("deputy mayor", Mayor),
    r("lord mayor", Mayor),
    r("akim", Regional),
    r("hokim", Regional),
    r("khokim", Regional),
    r("chief minister", Regional),
    r("cm", Regional),
    // Parliaments and councils.
    r("speaker", Legislative),
    r("parliament speaker", Legislative),
    r("parliamentary speaker", Legislative),
    r("senator", Legislative),
    r("congressman", Legislative),
    r("congresswoman", Legislative),
    r("lawmaker", Legislative),
    r("mp", Legislative),
    r("member of parliament", Legislative),
    r("deputy", Legislative),
    r("councilor", Legislative),
    r("councillor", Legislative),
    r("council member", Legislative),
    // Royals.
    r("king", Royal),
    r("queen", Royal),
    r("emir", Royal),
    r("amir", Royal),
    r("crown prince", Royal),
    r("prince", Royal),
    r("ruler", Royal),
    // Borrowed roles.
    r("counterpart", Counterpart),
];

/// Words that modify a role when they stand right before it ("Deputy
/// Minister", "First Vice President", "Acting Executive Director").
pub(crate) static MODIFIERS: &[&str] = &[
    "first",
    "second",
    "deputy",
    "vice",
    "acting",
    "executive",
    "senior",
    "former",
    "regional",
    "general",
    "interim",
    "honorary",
    "permanent",
    "special",
    "assistant",
    "associate",
    "chief",
    "co",
    "joint",
    "non-executive",
    "independent",
    "lead",
    "principal",
    "ex",
    "outgoing",
    "incoming",
    "then",
    "late",
    "managing",
    "under",
];

/// Words that name a minister's field ("Energy Minister", "Minister of
/// Industry and Infrastructural Development"). They stay in the title.
pub(crate) static PORTFOLIO_WORDS: &[&str] = &[
    "foreign",
    "affairs",
    "trade",
    "energy",
    "economy",
    "economic",
    "economics",
    "development",
    "finance",
    "finances",
    "financial",
    "investment",
    "investments",
    "industry",
    "industries",
    "industrial",
    "infrastructure",
    "infrastructural",
    "integration",
    "agriculture",
    "agricultural",
    "planning",
    "commerce",
    "railways",
    "railway",
    "transport",
    "transportation",
    "communications",
    "communication",
    "digital",
    "technology",
    "technologies",
    "innovation",
    "innovations",
    "innovative",
    "health",
    "healthcare",
    "education",
    "science",
    "sciences",
    "culture",
    "cultural",
    "tourism",
    "sport",
    "sports",
    "youth",
    "interior",
    "internal",
    "home",
    "justice",
    "defense",
    "defence",
    "labor",
    "labour",
    "employment",
    "social",
    "welfare",
    "protection",
    "population",
    "environment",
    "environmental",
    "ecology",
    "natural",
    "resources",
    "resource",
    "water",
    "emergency",
    "emergencies",
    "situations",
    "construction",
    "housing",
    "urban",
    "roads",
    "road",
    "ports",
    "shipping",
    "waterways",
    "maritime",
    "aviation",
    "civil",
    "mining",
    "mines",
    "minerals",
    "petroleum",
    "oil",
    "gas",
    "information",
    "it",
    "ict",
    "telecommunications",
    "telecom",
    "post",
    "posts",
    "public",
    "works",
    "family",
    "women",
    "children",
    "migration",
    "customs",
    "revenue",
    "budget",
    "treasury",
    "higher",
    "islamic",
    "guidance",
    "religious",
    "religion",
    "international",
    "cooperation",
    "co-operation",
    "territorial",
    "local",
    "security",
    "climate",
    "fisheries",
    "forestry",
    "forests",
    "food",
    "rural",
    "land",
    "lands",
    "heritage",
    "arts",
    "media",
    "statistics",
    "external",
    "relations",
    "humanitarian",
    "reform",
    "reforms",
    "regional",
    "entrepreneurship",
    "privatization",
    "property",
    "communal",
    "services",
    "utilities",
    "commercial",
    "investor",
    "strategic",
    "strategy",
    "policy",
    "affair",
    "competition",
    "markets",
    "market",
    "consumer",
    "export",
    "exports",
    "logistics",
    "communist",
    "party",
    "state",
    "national",
    "architecture",
    "standards",
    "standardization",
    "metrology",
    "certification",
    "procurement",
    "audit",
    "accounts",
    "geology",
    "subsoil",
    "nuclear",
    "atomic",
    "space",
    "aerospace",
    "demography",
    "veterans",
    "minorities",
    "diaspora",
    "pensions",
    "insurance",
    "tax",
    "taxes",
    "taxation",
    "excise",
    "debt",
    "securities",
    "monetary",
    "fiscal",
    "banking",
    "antimonopoly",
    "regulation",
    "regulatory",
    "supervision",
    "control",
    "safety",
    "highways",
    "irrigation",
    "reclamation",
    "veterinary",
    "phytosanitary",
    "quarantine",
    "medical",
    "pharmaceutical",
    "sanitary",
    "epidemiological",
    "preschool",
    "vocational",
    "archives",
    "broadcasting",
    "publishing",
    "postal",
    "cyber",
    "cybersecurity",
    "military",
    "border",
    "citizenship",
    "refugees",
    "penitentiary",
    "legal",
    "human",
    "rights",
    "equality",
    "gender",
    "municipal",
    "agrarian",
    "livestock",
    "meteorology",
    "hydrometeorology",
    "metallurgy",
    "chemical",
    "chemicals",
    "petrochemical",
    "machinery",
    "engineering",
    "manufacturing",
    "textile",
    "import",
    "imports",
    "assets",
    "business",
    "hospitality",
    "design",
    "research",
    "secondary",
    "physical",
    "intelligence",
    "interregional",
    "energy-efficiency",
    "renewable",
    "renewables",
    "electricity",
    "power",
    "hydrocarbons",
    "mineral",
    "transit",
    "enterprise",
    "enterprises",
    "sme",
    "smes",
];

/// Words for a group that travels or negotiates for a country ("the
/// Russian delegation", "the Uzbek side").
pub(crate) static DELEGATION_WORDS: &[&str] =
    &["delegation", "side", "team", "government", "mission"];

/// Levels of government that may stand before a minister's title and stay
/// in it ("Federal Minister for Maritime Affairs").
pub(crate) static GOVERNMENT_LEVELS: &[&str] = &["federal", "provincial"];

/// Honorifics and forms of address that precede a name but are not part
/// of it ("Mr.", "Dr", "H.E.", "Sheikh").
pub(crate) static HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "madam",
    "madame",
    "sheikh",
    "shaikh",
    "sheik",
    "shiekh",
    "engineer",
    "engr",
    "hon",
    "honorable",
    "honourable",
    "excellency",
    "his",
    "her",
    "mister",
    "hrh",
    "hh",
    "highness",
    "majesty",
];

/// Lower-case particles inside names ("bin", "al", "van der", "de").
pub(crate) static NAME_PARTICLES: &[&str] = &[
    "bin", "binti", "ibn", "al", "el", "ul", "ud", "van", "von", "der", "den", "de", "da", "di",
    "du", "dos", "das", "del", "della", "la", "le", "ter", "zu", "y", "bint", "abu", "ben", "af",
];

/// Name suffixes that follow a surname ("Jr.", "III").
pub(crate) static NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Capitalized words that are never part of a person's name: function
/// words that start sentences, months, weekdays and frequent headline words.
pub(crate) static FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "as",
    "but",
    "during",
    "after",
    "before",
    "under",
    "over",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "his",
    "her",
    "their",
    "our",
    "we",
    "they",
    "he",
    "she",
    "i",
    "you",
    "meanwhile",
    "also",
    "however",
    "moreover",
    "then",
    "today",
    "yesterday",
    "tomorrow",
    "according",
    "following",
    "while",
    "since",
    "when",
    "where",
    "which",
    "who",
    "what",
    "other",
    "both",
    "all",
    "said",
    "says",
    "read",
    "more",
    "photo",
    "source",
    "sources",
    "news",
    "reports",
    "report",
    "related",
    "posts",
    "share",
    "latest",
    "trending",
    "updated",
    "published",
    "posted",
    "details",
    "context",
    "besides",
    "thus",
    "furthermore",
    "additionally",
    "likewise",
    "notably",
    "currently",
    "earlier",
    "later",
    "last",
    "next",
    "dear",
    "welcome",
    "thanks",
    "please",
    "mln",
    "bln",
    "usd",
    "if",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "there",
    "here",
    "is",
    "are",
    "was",
    "were",
    "will",
    "has",
    "have",
    "had",
    "not",
    "no",
    "yes",
    "so",
    "because",
    "although",
    "though",
    "once",
    "now",
    "since",
    "speaking",
    "addressing",
    "recalling",
    "noting",
    "including",
    "among",
    "between",
    "about",
    "many",
    "some",
    "several",
    "most",
    "each",
    "every",
    "any",
    "such",
    "another",
    "two",
    "three",
    "four",
    "five",
    "only",
    "even",
    "just",
    "why",
    "how",
    "whether",
    "my",
    "your",
    "us",
    "them",
];

/// Capitalized words that are never part of a person's name but may be
/// part of an organization's ("Islamic", "State", "Central").
pub(crate) static NON_NAME_WORDS: &[&str] = &[
    "new",
    "first",
    "islamic",
    "republic",
    "government",
    "people",
    "presidential",
    "federal",
    "royal",
    "central",
    "western",
    "eastern",
    "northern",
    "southern",
    "north",
    "south",
    "east",
    "west",
    "middle",
    "silk",
    "economic",
    "cabinet",
    "ministers",
    "state",
    "states",
    "united",
    "kingdom",
    "federation",
    "union",
    "european",
    "asian",
    "african",
    "american",
    "arab",
    "gulf",
    "caspian",
    "caucasus",
    "asia",
    "europe",
    "africa",
    "america",
    "world",
    "global",
    "international",
    "national",
    "english",
    "covid",
    "un",
    "eu",
    "cis",
    "sco",
    "nato",
    "asean",
    "opec",
    "wto",
    "imf",
];

/// Words that say a person travels to the place named next ("arrived in
/// Baku", "a visit to Japan"): a visitor is not from the place visited.
pub(crate) static TRAVEL_WORDS: &[&str] = &[
    "arrive",
    "arrives",
    "arrived",
    "arriving",
    "visit",
    "visits",
    "visited",
    "visiting",
    "trip",
    "trips",
    "travel",
    "travels",
    "travelled",
    "traveled",
    "travelling",
    "traveling",
    "tour",
    "toured",
    "landed",
    "flew",
    "heading",
    "headed",
    "left",
];

/// Every role phrase, with its plural form, compiled into one matcher. A
/// match's pattern index `i` is role `ROLES[i / 2]`, plural when `i` is odd.
pub(crate) fn role_matcher() -> &'static AhoCorasick {
    static M: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let mut pats: Vec<String> = Vec::with_capacity(ROLES.len() * 2);
        for role in ROLES {
            pats.push(role.phrase.to_string());
            pats.push(plural(role.phrase));
        }
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&pats)
            .expect("role patterns are static and valid")
    });
    &M
}

/// The first words of all role phrases, singular and plural ("vice",
/// "presidents", "heads"): only there can a role start.
pub(crate) fn role_first_words() -> impl Iterator<Item = String> {
    ROLES
        .iter()
        .flat_map(|role| [role.phrase.to_string(), plural(role.phrase)])
        .map(|p| p.split(' ').next().unwrap_or_default().to_string())
}

/// Whether a lower-case word is the first word of some role phrase.
pub(crate) fn starts_role(lower: &str) -> bool {
    static FIRST: LazyLock<FxSet<String>> = LazyLock::new(|| role_first_words().collect());
    FIRST.contains(lower)
}

/// The plural of a role phrase: its head noun (the word before "of", or
/// the last word) pluralized ("prime ministers", "heads of state").
pub(crate) fn plural(phrase: &str) -> String {
    let (head, tail) = match phrase.find(" of ") {
        Some(i) => phrase.split_at(i),
        None => (phrase, ""),
    };
    let (before, last) = match head.rfind(' ') {
        Some(i) => (&head[..=i], &head[i + 1..]),
        None => ("", head),
    };
    let p = if let Some(stem) = last.strip_suffix("man") {
        format!("{stem}men")
    } else if let Some(stem) = last.strip_suffix("woman") {
        format!("{stem}women")
    } else if let Some(stem) = last.strip_suffix("person") {
        format!("{stem}persons")
    } else if last.ends_with("ary") {
        format!("{}ies", &last[..last.len() - 1])
    } else if last.ends_with('s') || last.ends_with("ch") || last.ends_with("sh") {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{before}{p}{tail}")
}

/// Classes of single words, as bit flags.
pub(crate) mod class {
    /// Modifies a role ("deputy").
    pub const MODIFIER: u16 = 1;
    /// Names a minister's field ("energy").
    pub const PORTFOLIO: u16 = 1 << 1;
    /// An honorific ("Mr", "Sheikh").
    pub const HONORIFIC: u16 = 1 << 2;
    /// A particle inside names ("bin", "van").
    pub const PARTICLE: u16 = 1 << 3;
    /// A suffix after names ("Jr").
    pub const SUFFIX: u16 = 1 << 4;
    /// Never part of a name ("Islamic", "Central").
    pub const NON_NAME: u16 = 1 << 5;
    /// A function word, month or weekday ("The", "March"): never part of a
    /// name, and it ends a capitalized phrase.
    pub const FUNCTION: u16 = 1 << 6;
    /// Says a person travels ("arrived", "visit").
    pub const TRAVEL: u16 = 1 << 7;
    /// A month or its abbreviation ("Jan").
    pub const MONTH: u16 = 1 << 8;
    /// A level of government before a minister's title ("federal").
    pub const LEVEL: u16 = 1 << 9;
    /// A group acting for a country ("delegation").
    pub const DELEGATION: u16 = 1 << 10;
}

/// The word tables and the class each gives its words.
fn tables() -> [(&'static [&'static str], u16); 11] {
    [
        (DELEGATION_WORDS, class::DELEGATION),
        (GOVERNMENT_LEVELS, class::LEVEL),
        // Months are not names before a day number ("Jan. 5", "in
        // March"), though "Jan" and "June" are also given names.
        (&calendar::MONTH_WORDS[..], class::MONTH),
        (TRAVEL_WORDS, class::TRAVEL),
        (FUNCTION_WORDS, class::FUNCTION | class::NON_NAME),
        (NON_NAME_WORDS, class::NON_NAME),
        (MODIFIERS, class::MODIFIER),
        (PORTFOLIO_WORDS, class::PORTFOLIO),
        (HONORIFICS, class::HONORIFIC),
        (NAME_PARTICLES, class::PARTICLE),
        (NAME_SUFFIXES, class::SUFFIX),
    ]
}

/// Every word of the word tables (not the role phrases).
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
    fn plurals() {
        for (one, many) in [
            ("president", "presidents"),
            ("prime minister", "prime ministers"),
            ("chairman", "chairmen"),
            ("chairwoman", "chairwomen"),
            ("secretary", "secretaries"),
            ("head of state", "heads of state"),
            ("councilor", "councilors"),
            ("ceo", "ceos"),
            ("chairperson", "chairpersons"),
        ] {
            assert_eq!(plural(one), many);
        }
    }

    #[test]
    fn matcher_prefers_longest_role() {
        let m = role_matcher();
        let text = "Chairman of the Board of Directors of the company";
        let hit = m
            .find(text)
            .map(|h| (h.start(), h.end(), h.pattern().as_usize()));
        let (s, e, p) = hit.unwrap_or_default();
        assert_eq!(&text[s..e], "Chairman of the Board of Directors");
        assert_eq!(ROLES[p / 2].phrase, "chairman of the board of directors");
        let hit = m
            .find("the Prime Ministers met")
            .map(|h| h.pattern().as_usize());
        assert_eq!(
            hit.map(|p| (ROLES[p / 2].phrase, p % 2)),
            Some(("prime minister", 1))
        );
    }

    #[test]
    fn role_first_words() {
        for w in [
            "president",
            "presidents",
            "vice",
            "heads",
            "chairmen",
            "co-chair",
            "charge",
        ] {
            assert!(starts_role(w), "{w}");
        }
        for w in ["energy", "of", "kazakh", ""] {
            assert!(!starts_role(w), "{w}");
        }
    }

    #[test]
    fn word_classes() {
        assert_eq!(word_class("deputy"), class::MODIFIER);
        assert_ne!(word_class("energy") & class::PORTFOLIO, 0);
        assert_ne!(word_class("sheikh") & class::HONORIFIC, 0);
        assert_ne!(word_class("bin") & class::PARTICLE, 0);
        assert_eq!(word_class("kazimov"), 0);
    }

    #[test]
    fn phrases_are_lower_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for role in ROLES {
            assert_eq!(role.phrase, role.phrase.to_lowercase());
            assert!(seen.insert(role.phrase), "duplicate {}", role.phrase);
        }
    }
}
