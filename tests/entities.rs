//! Officials, organizations, agreements and visits over the fixture
//! articles (written for these tests in the styles of real wires).

mod common;

use common::{country, official, parse_fixture};
use newsrec::{AgreementKind, AgreementStatus, VisitKind};

#[test]
fn memorandum_and_visit_in_agency_copy() {
    let (text, a) = parse_fixture("azernews-port-memorandum.txt");
    let minister = official(&a, "Tamaz Javakhadze");
    assert_eq!(
        minister.title.as_deref(),
        Some("Minister of Economy and Sustainable Development")
    );
    assert_eq!(country(minister), Some("GE"));
    let chairman = official(&a, "Farid Huseynov");
    assert_eq!(chairman.title.as_deref(), Some("Chairman of the Board"));
    assert_eq!(chairman.organization.as_deref(), Some("Port of Alat"));
    // The later surname mention joins the same record.
    assert!(
        chairman
            .mentions
            .iter()
            .any(|m| &text[m.range()] == "Huseynov")
    );
    assert_eq!(a.officials.len(), 2, "{:#?}", a.officials);
    assert!(
        a.authors
            .iter()
            .all(|n| a.officials.iter().all(|o| &o.name != n))
    );

    let mou = a
        .agreements
        .iter()
        .find(|g| g.kind == AgreementKind::Memorandum)
        .expect("memorandum");
    assert_eq!(mou.status, AgreementStatus::Signed);
    assert_eq!(mou.parties, ["Port of Alat", "Georgian Railway"]);
    let planned = a
        .agreements
        .iter()
        .find(|g| g.kind == AgreementKind::Agreement)
        .expect("planned agreement");
    assert_eq!(planned.status, AgreementStatus::Planned);

    assert_eq!(a.visits.len(), 1, "{:#?}", a.visits);
    let v = &a.visits[0];
    assert_eq!(v.visitors, ["Tamaz Javakhadze"]);
    assert_eq!(v.destination.as_deref(), Some("Baku"));
    assert_eq!(v.country.map(|c| c.to_string()).as_deref(), Some("AZ"));
    assert_eq!(v.date.map(|d| d.to_string()).as_deref(), Some("2023-03-13"));
}

#[test]
fn state_visit_counterpart_and_planned_documents() {
    let (_, a) = parse_fixture("tass-state-visit.txt");
    let president = official(&a, "Temir Osmonov");
    assert_eq!(president.title.as_deref(), Some("President"));
    assert_eq!(country(president), Some("KG"));
    let counterpart = official(&a, "Arslan Gurbanov");
    assert_eq!(counterpart.title.as_deref(), Some("President"));
    assert_eq!(country(counterpart), Some("TM"));

    let v = a
        .visits
        .iter()
        .find(|v| v.destination.as_deref() == Some("Turkmenistan"))
        .expect("visit to Turkmenistan");
    assert_eq!(v.visitors, ["Temir Osmonov"]);
    assert_eq!(v.kind, Some(VisitKind::State));
    assert_eq!(v.country.map(|c| c.to_string()).as_deref(), Some("TM"));
    assert_eq!(v.date.map(|d| d.to_string()).as_deref(), Some("2024-06-10"));

    let kinds: Vec<_> = a.agreements.iter().map(|g| (g.kind, g.status)).collect();
    assert!(
        kinds.contains(&(AgreementKind::Agreement, AgreementStatus::Planned)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&(AgreementKind::Roadmap, AgreementStatus::Planned)),
        "{kinds:?}"
    );
}

#[test]
fn ministers_sign_for_states() {
    let (_, a) = parse_fixture("menafn-wrapped-protocol.txt");
    let deputy = official(&a, "Kamran Aliyev");
    assert_eq!(
        deputy.title.as_deref(),
        Some("Deputy Minister of Digital Development and Transport")
    );
    assert_eq!(country(deputy), Some("AZ"));
    let vice = official(&a, "Dauren Bekov");
    assert_eq!(vice.title.as_deref(), Some("Vice Minister of Transport"));
    assert_eq!(country(vice), Some("KZ"));

    assert_eq!(a.agreements.len(), 1, "{:#?}", a.agreements);
    let p = &a.agreements[0];
    assert_eq!(p.kind, AgreementKind::Protocol);
    assert_eq!(p.status, AgreementStatus::Signed);
    assert_eq!(p.parties, ["Azerbaijan", "Kazakhstan"]);
}

#[test]
fn people_without_roles_are_not_officials() {
    let (_, a) = parse_fixture("trend-uzbek-trade.txt");
    let names: Vec<&str> = a.officials.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Bakhtiyor Rasulov"]);
    assert_eq!(
        a.officials[0].title.as_deref(),
        Some("Deputy Prime Minister")
    );
    assert_eq!(country(&a.officials[0]), Some("UZ"));
    assert!(a.agreements.is_empty(), "{:#?}", a.agreements);
    assert!(a.visits.is_empty(), "{:#?}", a.visits);
}
