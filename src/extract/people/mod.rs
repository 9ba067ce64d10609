//! Officials (named people with roles) and organizations.
//!
//! The article is read as units (words joined across inner hyphens, see
//! [`doc`]); organizations are found first ([`orgs`]) so that their words
//! are never taken for a person's name; then title phrases grow around
//! role words and bind the names next to them ([`titles`]); finally the
//! bindings become one record per person with every mention
//! ([`resolve`]).

mod doc;
mod names;
mod orgs;
mod resolve;
mod titles;

#[cfg(test)]
use std::ops::Range;

#[cfg(test)]
use crate::Span;
use crate::extract::Ctx;
use crate::extract::actors::Lowered;
use crate::extract::places::Places;
#[cfg(test)]
use crate::scan::Scan;
use crate::{Official, Organization};

use doc::Doc;

/// People and organizations found in the article.
#[derive(Debug, Default)]
pub(crate) struct Entities {
    pub officials: Vec<Official>,
    pub organizations: Vec<Organization>,
}

// Lookups the tests use to check records by span and by name.
#[cfg(test)]
impl Entities {
    /// The official one of whose mentions overlaps `span`.
    pub(crate) fn official_at(&self, span: Span) -> Option<&Official> {
        self.officials
            .iter()
            .find(|o| o.mentions.iter().any(|m| m.overlaps(span)))
    }

    /// The official a name refers to: full name, surname alone, or a
    /// title-only reference resolved earlier.
    pub(crate) fn official_named(&self, name: &str) -> Option<&Official> {
        let key = resolve::fold(name.trim());
        if key.is_empty() {
            return None;
        }
        let words = |s: &str| -> Vec<String> {
            resolve::fold(s)
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let want = words(name);
        let names: Vec<Vec<String>> = self.officials.iter().map(|o| words(&o.name)).collect();
        // The full name, possibly after a title ("President Yerlan Abenov").
        (0..want.len())
            .find_map(|k| {
                let tail = want.get(k..)?;
                names.iter().position(|w| w.as_slice() == tail)
            })
            .and_then(|i| self.officials.get(i))
            .or_else(|| {
                // A surname or given name alone ("Abenov", "President
                // Abenov"), when only one official has it.
                let one = want.last()?;
                let mut hits = names.iter().enumerate().filter(|(_, w)| {
                    w.last() == Some(one) || want.len() == 1 && w.first() == Some(one)
                });
                let first = hits.next().and_then(|(i, _)| self.officials.get(i));
                if hits.next().is_some() { None } else { first }
            })
            .or_else(|| {
                // A title alone ("the Kazakh President") resolved earlier.
                self.officials.iter().find(|o| {
                    o.title.as_deref().is_some_and(|t| {
                        !t.is_empty() && key.trim_start_matches("the ").ends_with(&resolve::fold(t))
                    }) && self.officials.iter().filter(|x| x.title == o.title).count() == 1
                })
            })
    }

    /// The organization one of whose mentions overlaps `span`.
    pub(crate) fn organization_at(&self, span: Span) -> Option<&Organization> {
        self.organizations
            .iter()
            .find(|o| o.mentions.iter().any(|m| m.overlaps(span)))
    }
}

/// Person-name candidates in a token range (capitalized sequences that look
/// like a person's name), with spans — also those without a role, so visits
/// can use named people. Only the tests read it (it shows what the name
/// reader finds before roles are bound).
#[cfg(test)]
pub(crate) fn person_names(scan: &Scan<'_>, tokens: Range<usize>) -> Vec<(Span, String)> {
    let mut doc = Doc::new(scan, tokens);
    let _ = orgs::Orgs::find(&mut doc);
    names::all_names(&doc, 2)
        .iter()
        .map(|r| (doc.span(r.start, r.end), names::name_text(&doc, r)))
        .collect()
}

/// Finds officials and organizations, reading the article's place names
/// from `places` and its lower-cased text from `lowered` (made from the
/// same scan). Kept out of line so that profilers
/// can measure the stage alone.
#[inline(never)]
pub(crate) fn extract(ctx: &Ctx<'_, '_>, places: &Places<'_>, lowered: &Lowered) -> Entities {
    let scan = ctx.scan;
    let mut doc = Doc::with_places(scan, 0..scan.tokens.len(), places, lowered);
    let mut orgs = orgs::Orgs::find(&mut doc);
    // The names, once the organizations' words are known not to be names.
    let runs = names::all_names(&doc, 1);
    let phrases = titles::phrases(&doc, &runs);
    let (officials, organizations) = resolve::resolve(&doc, &phrases, &mut orgs, &runs);
    Entities {
        officials,
        organizations,
    }
}

/// The run of `list` (sorted by `key`) whose key is `k`, found by binary
/// search; empty when there is none. The people stage's lookups by word
/// (records by name word, organization names by first word) read their
/// sorted lists through it.
fn sorted_run<'l, T, K: Ord + ?Sized>(list: &'l [T], k: &K, key: impl Fn(&T) -> &K) -> &'l [T] {
    let a = list.partition_point(|x| key(x) < k);
    let rest = list.get(a..).unwrap_or(&[]);
    let n = rest.partition_point(|x| key(x) == k);
    rest.get(..n).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds officials and organizations, searching the place names and
    /// lower-casing the text afresh.
    fn extract(ctx: &Ctx<'_, '_>) -> Entities {
        let lowered = Lowered::new(ctx.scan);
        super::extract(ctx, &Places::new(ctx.scan.text), &lowered)
    }

    /// Runs the extractor over `text`.
    fn run(text: &str) -> Entities {
        let scan = Scan::new(text);
        let ctx = Ctx {
            scan: &scan,
            anchor: None,
        };
        extract(&ctx)
    }

    /// (name, title, organization, country) of every official.
    fn officials(text: &str) -> Vec<(String, String, String, String)> {
        run(text)
            .officials
            .into_iter()
            .map(|o| {
                (
                    o.name,
                    o.title.unwrap_or_default(),
                    o.organization.unwrap_or_default(),
                    o.country.map(|c| c.to_string()).unwrap_or_default(),
                )
            })
            .collect()
    }

    /// An expected official: (name, title, organization, country), "" for none.
    type Want<'a> = (&'a str, &'a str, &'a str, &'a str);

    /// Whether `want` is among the officials.
    fn has(got: &[(String, String, String, String)], want: Want<'_>) -> bool {
        got.iter()
            .any(|g| (g.0.as_str(), g.1.as_str(), g.2.as_str(), g.3.as_str()) == want)
    }

    #[test]
    fn news_patterns() {
        // (sentence, expected (name, title, organization, country)).
        let cases: &[(&str, Want<'_>)] = &[
            (
                "Kazakh President Yerlan Abenov arrived in Baku.",
                ("Yerlan Abenov", "President", "", "KZ"),
            ),
            (
                "Minister of Energy Rauf Guliyev of Azerbaijan spoke.",
                ("Rauf Guliyev", "Minister of Energy", "", "AZ"),
            ),
            (
                "The deal was signed by Ayla Demir, Chairwoman of the Anatolian Freight Company.",
                ("Ayla Demir", "Chairwoman", "Anatolian Freight Company", ""),
            ),
            (
                "Uzbekistan's Transport Minister Ilhom Karimov attended.",
                ("Ilhom Karimov", "Transport Minister", "", "UZ"),
            ),
            (
                "It said Chairman of the Board of Directors of Steppe Rail National Company Daulet Omarov's visit ended.",
                (
                    "Daulet Omarov",
                    "Chairman of the Board of Directors",
                    "Steppe Rail National Company",
                    "",
                ),
            ),
            (
                "Talks with Petra Lindgren, who is the CEO of Nordhavn Logistics Group, went well.",
                ("Petra Lindgren", "CEO", "Nordhavn Logistics Group", ""),
            ),
            (
                "He met the President of Tajikistan, Rustam Nazarov, on Monday.",
                ("Rustam Nazarov", "President", "", "TJ"),
            ),
            (
                "Governor of the Central Bank of Georgia Nino Lomidze said rates will hold.",
                ("Nino Lomidze", "Governor", "Central Bank of Georgia", "GE"),
            ),
            (
                "The Ambassador of India in Peru, Ravi Menon, opened the fair.",
                ("Ravi Menon", "Ambassador in Peru", "", "IN"),
            ),
            (
                "The memo was signed by Minister of Kyrgyzstan's Digital Development Aibek Toktorov.",
                (
                    "Aibek Toktorov",
                    "Minister of Digital Development",
                    "",
                    "KG",
                ),
            ),
            (
                "Peter Vogel, Mayor of Hamburg, led the delegation.",
                ("Peter Vogel", "Mayor of Hamburg", "", "DE"),
            ),
            (
                "Mr. Jonas Berg, Deputy Minister of Trade of Norway, arrived.",
                ("Jonas Berg", "Deputy Minister of Trade", "", "NO"),
            ),
            (
                "Chairman of the Board of JSC NC SteppeOil Marat Zhunusov signed it.",
                (
                    "Marat Zhunusov",
                    "Chairman of the Board",
                    "JSC NC SteppeOil",
                    "",
                ),
            ),
            (
                "Reserve Bank of India Governor Arjun Mehra warned about prices.",
                ("Arjun Mehra", "Governor", "Reserve Bank of India", "IN"),
            ),
            (
                "Shares of Nordic Cable Holdings rose. Lars Eklund, the company's CEO, was pleased.",
                ("Lars Eklund", "CEO", "Nordic Cable Holdings", ""),
            ),
            (
                "Omar Tahir, Zentara's chief executive, posted the news.",
                ("Omar Tahir", "chief executive", "Zentara", ""),
            ),
            (
                "Kuwaiti Oil Minister Prince Fahad bin Nasser said output would stay.",
                ("Fahad bin Nasser", "Oil Minister", "", "KW"),
            ),
            (
                "Akim of Shymkent Nurlan Beisenov opened the plant.",
                ("Nurlan Beisenov", "Akim of Shymkent", "", "KZ"),
            ),
            (
                "The talks were held by Deputy Chairman of the Cabinet of Ministers, Head of the \
                 State Committee for Water of Turkmenistan Dovlet Orazov.",
                (
                    "Dovlet Orazov",
                    "Deputy Chairman of the Cabinet of Ministers",
                    "",
                    "TM",
                ),
            ),
            // A title phrase broken by a hard wrap is the same phrase.
            (
                "The loan was signed for Turkmenistan by Deputy Chairman of the Cabinet of\n\
                 Ministers Serdar Annayev on Monday.",
                (
                    "Serdar Annayev",
                    "Deputy Chairman of the Cabinet of Ministers",
                    "",
                    "TM",
                ),
            ),
            (
                "Executive Director of the Institute for Policy Studies Maria Lind said so.",
                (
                    "Maria Lind",
                    "Executive Director",
                    "Institute for Policy Studies",
                    "",
                ),
            ),
        ];
        for (text, want) in cases {
            let got = officials(text);
            assert!(has(&got, *want), "{text}: {got:?}");
        }
    }

    #[test]
    fn honorifics_short_names_and_title_styles() {
        // (text, expected (name, title, organization, country)).
        let cases: &[(&str, Want<'_>)] = &[
            (
                "The memorandum was signed by H.E. Omar Al-Farsi, CEO of the Gulf Water Fund.",
                ("Omar Al-Farsi", "CEO", "Gulf Water Fund", ""),
            ),
            (
                "It was signed in the presence of Union Minister of Housing, Roads and Highways \
                 Dr. Vikram Sethi, who arrived on Tuesday.",
                (
                    "Vikram Sethi",
                    "Union Minister of Housing, Roads and Highways",
                    "",
                    "",
                ),
            ),
            (
                "The talks were joined by a delegation led by Minister of State for Foreign Trade \
                 Sheikh Khalid bin Saif Al Nuaimi.",
                (
                    "Khalid bin Saif Al Nuaimi",
                    "Minister of State for Foreign Trade",
                    "",
                    "",
                ),
            ),
            (
                "He met Vice Chairman of the People's Government of Hainan Province Li Hong in \
                 the afternoon.",
                (
                    "Li Hong",
                    "Vice Chairman",
                    "People's Government of Hainan Province",
                    "CN",
                ),
            ),
            (
                "Energy and Petroleum Cabinet Secretary Jane Mwangi said the plant will open.",
                (
                    "Jane Mwangi",
                    "Energy and Petroleum Cabinet Secretary",
                    "",
                    "",
                ),
            ),
            (
                "Trade, Industry and Tourism Cabinet Secretary Peter Kamau opened the fair.",
                (
                    "Peter Kamau",
                    "Trade, Industry and Tourism Cabinet Secretary",
                    "",
                    "",
                ),
            ),
            (
                "Federal Minister for Water Resources Imran Baig inspected the dam.",
                ("Imran Baig", "Federal Minister for Water Resources", "", ""),
            ),
            (
                "The minister met Deputy Minister of Enterprises Paolo Conti on Friday.",
                ("Paolo Conti", "Deputy Minister of Enterprises", "", ""),
            ),
            (
                "Talks were held with a delegation led by Kyrgyzstan's Deputy Prime Minister and \
                 Minister of Economy Bakyt Osmonov.",
                ("Bakyt Osmonov", "Deputy Prime Minister", "", "KG"),
            ),
            (
                "He will be welcomed by the Peruvian president and Prime Minister Luis Vargas.",
                ("Luis Vargas", "Prime Minister", "", "PE"),
            ),
            (
                "The Steppe Temir Zholy (STZ) deal was signed by Aibek Nurov, chairman of the \
                 management board of Steppe Temir Zholy, on Monday.",
                (
                    "Aibek Nurov",
                    "chairman of the management board",
                    "Steppe Temir Zholy",
                    "",
                ),
            ),
            (
                "The visit was announced on Monday. His Highness Sheikh Mansour bin Rashed Al Hajri, \
                 the Amir of Qatar, arrived.",
                ("Mansour bin Rashed Al Hajri", "Amir", "", "QA"),
            ),
            (
                "Amir Hassan, CEO of Delta Port Holding, spoke at the forum.",
                ("Amir Hassan", "CEO", "Delta Port Holding", ""),
            ),
            (
                "HRH Crown Prince Yousef bin Jaber sent a cable of congratulations.",
                ("Yousef bin Jaber", "Crown Prince", "", ""),
            ),
            (
                "Ambassador Extraordinary and Plenipotentiary of Japan to Peru Kenji Mori attended.",
                (
                    "Kenji Mori",
                    "Ambassador Extraordinary and Plenipotentiary to Peru",
                    "",
                    "JP",
                ),
            ),
            (
                "Zentaro chief Kenji Sato said the plant was safe.",
                ("Kenji Sato", "chief", "Zentaro", ""),
            ),
            (
                "The Central Bank of Armenia raised rates. Later the European Commission met. The \
                 bank's governor, Aram Petrosyan, explained the decision.",
                (
                    "Aram Petrosyan",
                    "governor",
                    "Central Bank of Armenia",
                    "AM",
                ),
            ),
        ];
        for (text, want) in cases {
            let got = officials(text);
            assert!(has(&got, *want), "{text}: {got:?}");
        }
        // Words of a body's name are no person.
        let got = officials(
            "The Steppe Temir Zholy (STZ) deal was signed by Aibek Nurov, chairman of the \
             management board of Steppe Temir Zholy, on Monday.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        let e = run("HRH Crown Prince Yousef bin Jaber sent a cable of congratulations.");
        assert!(e.organizations.is_empty(), "{:?}", e.organizations);
    }

    #[test]
    fn countries_of_companions_delegations_and_bodies() {
        // (text, expected (name, title, organization, country)).
        let cases: &[(&str, Want<'_>)] = &[
            (
                "NAIROBI, Kenya — Ugandan Prime Minister Robert Okello arrived in Nairobi.\n\n\
                 Okello, who was received by Foreign Affairs Cabinet Secretary Mary Wanjiru, is \
                 accompanied by Foreign Minister Paul Ssemanda and Minister of Works Grace Akello.",
                ("Paul Ssemanda", "Foreign Minister", "", "UG"),
            ),
            (
                "NAIROBI, Kenya — Ugandan Prime Minister Robert Okello arrived in Nairobi.\n\n\
                 Okello, who was received by Foreign Affairs Cabinet Secretary Mary Wanjiru, is \
                 accompanied by Foreign Minister Paul Ssemanda and Minister of Works Grace Akello.",
                ("Grace Akello", "Minister of Works", "", "UG"),
            ),
            (
                "NAIROBI, Kenya — Ugandan Prime Minister Robert Okello arrived in Nairobi.\n\n\
                 Okello, who was received by Foreign Affairs Cabinet Secretary Mary Wanjiru, is \
                 accompanied by Foreign Minister Paul Ssemanda and Minister of Works Grace Akello.",
                (
                    "Mary Wanjiru",
                    "Foreign Affairs Cabinet Secretary",
                    "",
                    "KE",
                ),
            ),
            (
                "BAKU, Azerbaijan — Croatian Minister of Economy Ivan Horvat, who is on a visit to \
                 Azerbaijan, toured the port. The minister, accompanied by Deputy Minister of \
                 Tourism Ana Kovac, met officials.",
                ("Ana Kovac", "Deputy Minister of Tourism", "", "HR"),
            ),
            (
                "TASHKENT, May 4. The Belarusian delegation led by Deputy Prime Minister Igor \
                 Petrov, which also includes Deputy Minister of Industry Oleg Sidorov, arrived in \
                 Tashkent.",
                ("Oleg Sidorov", "Deputy Minister of Industry", "", "BY"),
            ),
            (
                "ASTANA – The minister met a delegation from Norway led by State Secretary Erik \
                 Lund on Monday.",
                ("Erik Lund", "State Secretary", "", "NO"),
            ),
            (
                "TBILISI – The loan will be signed by Council of Europe Development Bank Governor \
                 Hans Berg.",
                (
                    "Hans Berg",
                    "Governor",
                    "Council of Europe Development Bank",
                    "",
                ),
            ),
            (
                "URUMQI, May 4 -- Transit grew, said Nurlan Abenov, general director of KTX Cargo, \
                 the freight arm of Kazakhstan's national railway.",
                ("Nurlan Abenov", "general director", "KTX Cargo", "KZ"),
            ),
            (
                "ASTANA – The Khorgos station in northwest China's Xinjiang grew, said Wang Lei, \
                 deputy director of Khorgos customs.",
                ("Wang Lei", "deputy director", "Khorgos customs", "CN"),
            ),
        ];
        for (text, want) in cases {
            let got = officials(text);
            assert!(has(&got, *want), "{text}: {got:?}");
        }
    }

    #[test]
    fn lists_counterparts_and_earlier_countries() {
        let got = officials(
            "Turkish and Iraqi Presidents Kemal Aydin and Faisal Hamdan met in Ankara. \
             Aydin hosted his Iraqi counterpart Faisal Hamdan at the palace.",
        );
        assert!(has(&got, ("Kemal Aydin", "President", "", "TR")), "{got:?}");
        assert!(
            has(&got, ("Faisal Hamdan", "President", "", "IQ")),
            "{got:?}"
        );
        assert_eq!(got.len(), 2);

        let got = officials(
            "Georgian President Tamar Beridze, Prime Minister Giorgi Lomaia and Finance \
             Minister Levan Kiknadze attended.",
        );
        assert!(
            has(&got, ("Giorgi Lomaia", "Prime Minister", "", "GE")),
            "{got:?}"
        );
        assert!(
            has(&got, ("Levan Kiknadze", "Finance Minister", "", "GE")),
            "{got:?}"
        );

        let got = officials(
            "Minister of Armenia's Economy Vahan Sargsyan and the country's Energy Minister \
             Karen Hakobyan met investors.",
        );
        assert!(
            has(&got, ("Karen Hakobyan", "Energy Minister", "", "AM")),
            "{got:?}"
        );

        let got = officials(
            "His Slovak counterpart met him; earlier Premier Jan Novak of Slovakia spoke.",
        );
        assert!(has(&got, ("Jan Novak", "Premier", "", "SK")), "{got:?}");

        // Two presidents listed are of two states; ministers listed share
        // theirs.
        let got = officials(
            "LIMA, May 3. Peru and Chile held a summit in Lima. It was chaired by \
             President Rosa Quispe and President Pablo Rojas. Minister of Energy Luis Vega \
             and Minister of Trade Ana Soto also spoke.",
        );
        assert!(has(&got, ("Rosa Quispe", "President", "", "PE")), "{got:?}");
        assert!(has(&got, ("Pablo Rojas", "President", "", "CL")), "{got:?}");
        assert!(
            has(&got, ("Ana Soto", "Minister of Trade", "", "PE")),
            "{got:?}"
        );
    }

    #[test]
    fn later_mentions_join_one_record() {
        let text = "Kazakh President Yerlan Abenov met Georgian Prime Minister Davit Kapanadze. \
                    Abenov said trade grew. The Kazakh President thanked his host. \
                    \"We agree,\" Kapanadze said.";
        let e = run(text);
        assert_eq!(e.officials.len(), 2);
        let abenov = &e.officials[0];
        let quoted: Vec<&str> = abenov.mentions.iter().map(|m| &text[m.range()]).collect();
        assert_eq!(quoted, ["Yerlan Abenov", "Abenov", "Kazakh President"]);
        let kap = &e.officials[1];
        assert_eq!(kap.mentions.len(), 2);
        for m in abenov.mentions.iter().chain(&kap.mentions) {
            assert!(text.get(m.range()).is_some());
        }
        // The lookups other extractors use.
        let said = text.find("Kapanadze said").unwrap_or_default();
        let at = Span::new(said, said + 9);
        assert_eq!(
            e.official_at(at).map(|o| o.name.as_str()),
            Some("Davit Kapanadze")
        );
        assert_eq!(
            e.official_named("Abenov").map(|o| o.name.as_str()),
            Some("Yerlan Abenov")
        );
        for name in [
            "President Yerlan Abenov",
            "President Abenov",
            "the Kazakh President",
        ] {
            assert_eq!(
                e.official_named(name).map(|o| o.name.as_str()),
                Some("Yerlan Abenov"),
                "{name}"
            );
        }
        assert_eq!(
            e.official_named("Davit Kapanadze")
                .map(|o| o.title.as_deref()),
            Some(Some("Prime Minister"))
        );
        assert!(e.official_named("Nobody").is_none());
    }

    #[test]
    fn honorifics_are_not_names_and_one_record_per_person() {
        let got = officials(
            "Sheikh Khalid bin Saeed Al Mansouri, the Emir of Qatar, arrived. \
             Emir Khalid bin Saeed Al Mansouri then met Dr Omar Haddad, Jordan's Health Minister.",
        );
        assert!(
            has(&got, ("Khalid bin Saeed Al Mansouri", "Emir", "", "QA")),
            "{got:?}"
        );
        assert!(
            has(&got, ("Omar Haddad", "Health Minister", "", "JO")),
            "{got:?}"
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn title_case_headlines_trust_only_confirmed_names() {
        let got = officials(
            "Kazakh President Abenov Meets Georgian Counterpart In Tbilisi\n\n\
             President Yerlan Abenov of Kazakhstan met his Georgian counterpart. \
             Abenov said trade grew.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            has(&got, ("Yerlan Abenov", "President", "", "KZ")),
            "{got:?}"
        );
    }

    #[test]
    fn people_without_roles_are_not_officials() {
        for text in [
            "By Anna Petrova\n\nTrade between the two countries grew, said Ivan Sokolov.",
            "They walked along President Street and Prime Minister Avenue in Tbilisi.",
            "Accompanied by first lady Maria Lopez, the delegation toured Lima.",
            "The Kazakh President emphasized that trade grew.",
            "Samir Hasanov International Airport welcomed the delegation of the Chairman.",
        ] {
            assert!(officials(text).is_empty(), "{text}: {:?}", officials(text));
        }
    }

    #[test]
    fn organizations_with_aliases_countries_and_mentions() {
        let text = "The Caspian Sea Port Authority (CSPA) and Georgia's National Rail Company \
                    signed a deal. CSPA said so. Later the Aral Ports Company CJSC (Port of Aral) said \
                    the Port of Aral will grow.";
        let e = run(text);
        let names: Vec<&str> = e.organizations.iter().map(|o| o.name.as_str()).collect();
        assert!(names.contains(&"Caspian Sea Port Authority"), "{names:?}");
        assert!(names.contains(&"National Rail Company"), "{names:?}");
        let cspa = e
            .organizations
            .iter()
            .find(|o| o.name == "Caspian Sea Port Authority");
        assert_eq!(
            cspa.map(|o| o.aliases.clone()),
            Some(vec!["CSPA".to_string()])
        );
        assert_eq!(cspa.map(|o| o.mentions.len()), Some(3));
        let rail = e
            .organizations
            .iter()
            .find(|o| o.name == "National Rail Company");
        assert_eq!(
            rail.and_then(|o| o.country).map(|c| c.to_string()),
            Some("GE".into())
        );
        let aral = e
            .organizations
            .iter()
            .find(|o| o.name == "Aral Ports Company CJSC");
        assert_eq!(
            aral.map(|o| o.aliases.clone()),
            Some(vec!["Port of Aral".to_string()])
        );
        let at = text.find("CSPA said").unwrap_or_default();
        assert_eq!(
            e.organization_at(Span::new(at, at + 4))
                .map(|o| o.name.as_str()),
            Some("Caspian Sea Port Authority")
        );
    }

    #[test]
    fn person_names_lists_named_people_with_spans() {
        let text = "Ivan Sokolov met Dr. Amina Yusuf and the delegation of Kazakhstan Railways.";
        let scan = Scan::new(text);
        let got = person_names(&scan, 0..scan.tokens.len());
        let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["Ivan Sokolov", "Amina Yusuf"]);
        for (span, name) in &got {
            assert_eq!(&text[span.range()], name);
        }
    }

    /// Throughput of the people pass alone (scanning excluded), over the
    /// articles of the directory named by `NEWSREC_CORPUS`: each article
    /// on its own, then all of them as one long text (which shows any cost
    /// that grows faster than the text; `NEWSREC_ROUNDS` sets how often
    /// the articles are read, 30 by default). A measurement, not a check: run
    /// it in release mode with
    /// `NEWSREC_CORPUS=dir cargo test --release --lib people::tests::speed -- --ignored --nocapture`.
    /// Runs the people pass `rounds` times over every scanned article and
    /// counts the officials found (kept out of line so that profilers can
    /// measure it alone).
    #[inline(never)]
    fn rounds_over(scans: &[Scan<'_>], rounds: usize) -> usize {
        let mut found = 0;
        for _ in 0..rounds {
            for scan in scans {
                let ctx = Ctx { scan, anchor: None };
                found += extract(&ctx).officials.len();
            }
        }
        found
    }

    #[test]
    #[ignore = "a measurement; needs NEWSREC_CORPUS and release mode"]
    fn speed() {
        let Ok(dir) = std::env::var("NEWSREC_CORPUS") else {
            return;
        };
        let mut texts: Vec<String> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        texts.sort();
        let bytes: usize = texts.iter().map(String::len).sum();
        let scans: Vec<Scan<'_>> = texts.iter().map(|t| Scan::new(t)).collect();
        let rounds: usize = std::env::var("NEWSREC_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(30);
        // Warm up: the lexicons compile on first use.
        if let Some(scan) = scans.first() {
            let ctx = Ctx { scan, anchor: None };
            let _ = extract(&ctx);
        }
        let t0 = std::time::Instant::now();
        let found = rounds_over(&scans, rounds);
        let secs = t0.elapsed().as_secs_f64();
        let mb = (bytes * rounds) as f64 / 1e6;
        println!(
            "people, per article: {mb:.1} MB in {secs:.3} s = {:.1} MB/s ({found} officials)",
            mb / secs
        );
        let big = texts.join("\n\n");
        let scan = Scan::new(&big);
        let ctx = Ctx {
            scan: &scan,
            anchor: None,
        };
        let t0 = std::time::Instant::now();
        let n = extract(&ctx).officials.len();
        let secs = t0.elapsed().as_secs_f64();
        let mb = big.len() as f64 / 1e6;
        println!(
            "people, one long text: {mb:.2} MB in {secs:.3} s = {:.1} MB/s ({n} officials)",
            mb / secs
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "President",
            "President of",
            "Minister of the (",
            "’s President ’s",
            "Chairman and CEO",
            "Presidents , and",
            "Mr. . Dr",
            "Ambassador to the",
            "of the of the of the",
            "Kazakh President Ä Ö",
        ] {
            let e = run(text);
            for o in &e.officials {
                for m in &o.mentions {
                    assert!(text.get(m.range()).is_some(), "{text}");
                }
            }
        }
    }
}
