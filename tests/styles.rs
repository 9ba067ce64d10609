//! Short articles written for these tests in the house styles of wires the
//! fixtures do not cover (a Reuters-like dateline and sign-off, a Gulf
//! business desk, a state agency's protocol report, a regional agency's
//! meeting report), each checking the facts those styles put in their own
//! ways. Names and figures are invented.

mod common;

use chrono::NaiveDate;
use common::{country, official, parse_valid as parse};
use newsrec::{AgreementKind, AgreementStatus, VisitKind};

#[test]
fn newswire_reported_clause_and_a_later_between() {
    let text = "LIMA, April 12 (Wirecorp) - Peru and Bolivia signed an agreement on \
Wednesday to build a joint logistics hub near the border, the two governments said, as \
Andean states seek to speed up cargo flows between Chile and Brazil.

Peruvian Trade Minister Rosa Quispe said Peru and Ecuador would sign a customs \
agreement by the end of the year.

(Reporting by Ana Torres; Editing by Mark Hill)
";
    let a = parse(text);
    assert_eq!(a.source.as_deref(), Some("Wirecorp"));
    let parties: Vec<(&str, Vec<&str>, AgreementStatus)> = a
        .agreements
        .iter()
        .map(|g| {
            (
                g.title.as_deref().unwrap_or(""),
                g.parties.iter().map(String::as_str).collect(),
                g.status,
            )
        })
        .collect();
    assert_eq!(
        parties,
        [
            (
                "agreement",
                vec!["Peru", "Bolivia"],
                AgreementStatus::Signed
            ),
            (
                "customs agreement",
                vec!["Peru", "Ecuador"],
                AgreementStatus::Planned
            ),
        ]
    );
    let minister = official(&a, "Rosa Quispe");
    assert_eq!(minister.title.as_deref(), Some("Trade Minister"));
    assert_eq!(country(minister), Some("PE"));
}

#[test]
fn gulf_desk_particle_names_and_compound_titles() {
    let text = "Dubai: Gulf Harbour Group and the Red Sea Ports Authority on Tuesday \
signed a 30-year concession contract worth Dh1.8 billion to develop a logistics park.

The contract was signed by Khalid bin Rashed Al Nuaimi, Chairman of Gulf Harbour \
Group, and Omar Haddad, President of the Red Sea Ports Authority.

The park will handle around 20 percent of the port's container volumes.
";
    let a = parse(text);
    let chairman = official(&a, "Khalid bin Rashed Al Nuaimi");
    assert_eq!(chairman.title.as_deref(), Some("Chairman"));
    assert_eq!(chairman.organization.as_deref(), Some("Gulf Harbour Group"));
    assert_eq!(a.agreements.len(), 1, "{:#?}", a.agreements);
    let contract = &a.agreements[0];
    assert_eq!(contract.kind, AgreementKind::Contract);
    assert_eq!(
        contract.title.as_deref(),
        Some("30-year concession contract")
    );
    assert_eq!(
        contract.parties,
        ["Gulf Harbour Group", "Red Sea Ports Authority"]
    );
    assert_eq!(a.quantities.len(), 2);
    assert_eq!(a.quantities[0].unit.to_string(), "AED");
    assert_eq!(a.quantities[0].value.to_string(), "1800000000");
}

#[test]
fn state_agency_heads_of_state_and_a_glossed_role() {
    let text = "President receives Emir of Qatar

Tashkent, 14 June 2024 (StateNews)

President Alisher Nazarov held talks with the Emir of the State of Qatar Sheikh Hamad \
bin Khalid Al Thani, who arrived in Tashkent on a state visit.

Following the talks, the heads of state signed a joint declaration on 14 June 2024.

Hokim (Mayor) of Samarkand Region Bekzod Yusupov also attended the ceremony.
";
    let a = parse(text);
    assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 6, 14));
    let emir = official(&a, "Hamad bin Khalid Al Thani");
    assert_eq!(country(emir), Some("QA"));
    let hokim = official(&a, "Bekzod Yusupov");
    assert_eq!(hokim.title.as_deref(), Some("Hokim"));
    assert_eq!(hokim.organization.as_deref(), Some("Samarkand Region"));
    assert_eq!(a.agreements.len(), 1, "{:#?}", a.agreements);
    let declaration = &a.agreements[0];
    assert_eq!(declaration.kind, AgreementKind::Declaration);
    assert_eq!(declaration.parties, ["Uzbekistan", "Qatar"]);
    assert_eq!(declaration.date, NaiveDate::from_ymd_opt(2024, 6, 14));
    assert_eq!(a.visits.len(), 1, "{:#?}", a.visits);
    assert_eq!(a.visits[0].visitors, ["Hamad bin Khalid Al Thani"]);
    assert_eq!(a.visits[0].destination.as_deref(), Some("Tashkent"));
    assert_eq!(a.visits[0].kind, Some(VisitKind::State));
}

#[test]
fn regional_agency_meeting_then_a_visit_and_a_landing() {
    let text = "ASTANA, Kazakhstan, Feb. 7, 2024. Speaker of the Senate of Kazakhstan Daniyar \
Abenov paid an official visit to Hungary on 5-6 February, Trend reports.

Abenov also met with Hungarian President Eszter Kovacs and visited the headquarters of \
the Danube Energy Group in Budapest.

Earlier, Turkmen Deputy Prime Minister Merdan Atayev landed in Abu Dhabi for a working \
visit.
";
    let a = parse(text);
    let trips: Vec<(Vec<&str>, &str)> = a
        .visits
        .iter()
        .map(|v| {
            (
                v.visitors.iter().map(String::as_str).collect(),
                v.destination.as_deref().unwrap_or(""),
            )
        })
        .collect();
    // The one met is no visitor; the subject is.
    assert!(
        trips
            .iter()
            .all(|(who, _)| who.iter().all(|w| *w != "Eszter Kovacs")),
        "{trips:?}"
    );
    assert!(
        trips
            .iter()
            .any(|(who, to)| who == &["Daniyar Abenov"] && to.contains("Danube Energy Group")),
        "{trips:?}"
    );
    assert!(
        trips
            .iter()
            .any(|(who, to)| who == &["Merdan Atayev"] && *to == "Abu Dhabi"),
        "{trips:?}"
    );
}
