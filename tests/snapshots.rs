//! Each fixture article's full record, as a reviewed snapshot
//! (`tests/snapshots/`). A change in any extracted fact shows up here as a
//! diff to review; `INSTA_UPDATE=always cargo test --test snapshots`
//! accepts the new records.

mod common;

#[test]
fn fixture_records() {
    let mut names: Vec<String> = std::fs::read_dir(common::fixture_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 6, "fixtures missing: {names:?}");
    for name in names {
        let (_, article) = common::parse_fixture(&name);
        let stem = name.trim_end_matches(".txt").to_owned();
        insta::assert_json_snapshot!(stem, article);
    }
}
