//! The public format's documentation says what the loader checks: every range the loader
//! and the editor take from `validate` and `profile`, and every value of every enum, so the
//! three cannot drift apart.

use shoe_selector::catalogue::validate::{DROP_MM, LUG_DEPTH_MM, STACK_HEEL_MM, WEIGHT_G};
use shoe_selector::catalogue::{
    Breathability, Cushioning, Flexibility, Foam, HeelCounter, Outsole, Plate, Purpose, Support,
    Surface, ToeBox, WaterResistance, Width,
};
use shoe_selector::profile::{
    CURRENT_DROP_MM, Experience, Feel, FootStrike, Pronation, PronationSeverity, SIZE_EU, Season,
    WEEKLY_KM, WEIGHT_KG,
};
use shoe_selector::units::number;

fn docs() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/catalogue-format.md"
    ))
    .expect("docs/catalogue-format.md")
}

/// The table row of a field: the line that starts with its name in backticks.
fn row<'a>(docs: &'a str, field: &str) -> &'a str {
    let start = format!("| `{field}` |");
    docs.lines()
        .find(|line| line.starts_with(&start))
        .unwrap_or_else(|| panic!("no row for {field}"))
}

#[test]
fn every_shoe_range_is_the_one_the_loader_checks() {
    let docs = docs();
    for (field, (low, high)) in [
        ("weight_g", WEIGHT_G),
        ("stack_heel_mm", STACK_HEEL_MM),
        ("drop_mm", DROP_MM),
        ("lug_depth_mm", LUG_DEPTH_MM),
    ] {
        let range = format!("{} to {}", number(low), number(high));
        assert!(row(&docs, field).contains(&range), "{field}: {range}");
    }
}

#[test]
fn every_profile_range_is_the_one_the_loader_checks() {
    let docs = docs();
    for (field, (low, high)) in [
        ("weight_kg", WEIGHT_KG),
        ("size_eu", SIZE_EU),
        ("weekly_km", WEEKLY_KM),
        ("current_drop_mm", CURRENT_DROP_MM),
    ] {
        let range = format!("{}..={}", number(low), number(high));
        let line = docs
            .lines()
            .find(|line| line.trim_start().starts_with(&format!("{field}:")) && line.contains("//"))
            .unwrap_or_else(|| panic!("no commented example line for {field}"));
        assert!(line.contains(&range), "{field}: {range} in {line}");
    }
}

#[test]
fn every_value_of_every_enum_is_documented() {
    let docs = docs();
    let mut values: Vec<&str> = Vec::new();
    values.extend(Support::ALL.iter().map(|v| v.as_str()));
    values.extend(Cushioning::ALL.iter().map(|v| v.as_str()));
    values.extend(HeelCounter::ALL.iter().map(|v| v.as_str()));
    values.extend(Breathability::ALL.iter().map(|v| v.as_str()));
    values.extend(WaterResistance::ALL.iter().map(|v| v.as_str()));
    values.extend(Outsole::ALL.iter().map(|v| v.as_str()));
    values.extend(Width::ALL.iter().map(|v| v.as_str()));
    values.extend(Surface::ALL.iter().map(|v| v.as_str()));
    values.extend(Flexibility::ALL.iter().map(|v| v.as_str()));
    values.extend(Plate::ALL.iter().map(|v| v.as_str()));
    values.extend(Purpose::ALL.iter().map(|v| v.as_str()));
    values.extend(Foam::ALL.iter().map(|v| v.as_str()));
    values.extend(ToeBox::ALL.iter().map(|v| v.as_str()));
    values.extend(Pronation::ALL.iter().map(|v| v.as_str()));
    values.extend(Season::ALL.iter().map(|v| v.as_str()));
    values.extend(FootStrike::ALL.iter().map(|v| v.as_str()));
    values.extend(Experience::ALL.iter().map(|v| v.as_str()));
    values.extend(Feel::ALL.iter().map(|v| v.as_str()));
    values.extend(PronationSeverity::ALL.iter().map(|v| v.as_str()));
    // In a table (`Value`) or in the comment of an example line (`// A | B | C`).
    let in_a_comment = |value: &str| {
        docs.lines().any(|line| {
            line.split_once("//").is_some_and(|(_, comment)| {
                comment
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word == value)
            })
        })
    };
    let missing: Vec<&&str> = values
        .iter()
        .filter(|value| !docs.contains(&format!("`{value}`")) && !in_a_comment(value))
        .collect();
    assert!(
        missing.is_empty(),
        "not in docs/catalogue-format.md: {missing:?}"
    );
}
