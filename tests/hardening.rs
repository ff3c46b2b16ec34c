//! Hostile and careless files never crash the loader: valid files mutated byte by byte, cut
//! short, nested deep, given huge numbers and odd Unicode. Every outcome is either a usable
//! catalogue or errors whose positions lie inside the file.
//!
//! CI runs a short round; `HARDENING_CASES=20000 cargo test --release --test hardening` runs
//! a long one.

use proptest::prelude::*;
use shoe_selector::catalogue::{Diagnostic, load_catalogue, parse_catalogue};
use shoe_selector::profile::parse_profile;
use std::path::Path;

fn cases() -> u32 {
    std::env::var("HARDENING_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(96)
}

fn seed_catalogue() -> String {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron"))
            .expect("bundled");
    // The first three shoes: small enough to mutate quickly, with every kind of field.
    let cut = text
        .match_indices("        Shoe(")
        .nth(3)
        .map(|(i, _)| i)
        .expect("shoes");
    format!("{}    ],\n)\n", &text[..cut])
}

const SEED_PROFILE: &str = "Profile(\n    foot_width: Wide,\n    weight_kg: 92.0,\n    pronation: Over,\n    season: Winter,\n    surface: Road,\n    knee_pain: true,\n    budget: 150.0,\n    tried: [Tried(shoe: \"brooks-ghost-16\", feel: [TooSoft])],\n)\n";

/// Every diagnostic points inside `text` (or just past its end).
fn positions_hold(text: &str, diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    let lines: Vec<&str> = text.split('\n').collect();
    for d in diagnostics {
        prop_assert!(
            d.line >= 1 && d.line <= lines.len(),
            "line {} of {}: {d}",
            d.line,
            lines.len()
        );
        let length = lines[d.line - 1].chars().count();
        prop_assert!(
            d.column >= 1 && d.column <= length + 1,
            "column {} of {length}: {d}",
            d.column
        );
        prop_assert!(!d.message().is_empty());
    }
    Ok(())
}

/// A mutation of a text: what a careless edit or a hostile file does.
#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, byte: u8 },
    Cut { at: usize },
    Insert { at: usize, text: String },
    Nest { at: usize, depth: usize },
    HugeNumber { which: usize, number: String },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip { at, byte }),
        any::<usize>().prop_map(|at| Mutation::Cut { at }),
        (
            any::<usize>(),
            prop_oneof![
                Just("\u{feff}".to_string()),
                Just("\u{202e}".to_string()),
                Just("👟".to_string()),
                Just("\0".to_string()),
                Just("é".to_string()),
                Just("/*".to_string()),
                Just("\"".to_string()),
                Just(",".to_string()),
                Just(")".to_string()),
                Just("Some(".to_string()),
                "\\PC{1,8}",
            ]
        )
            .prop_map(|(at, text)| Mutation::Insert { at, text }),
        (any::<usize>(), 1usize..2000).prop_map(|(at, depth)| Mutation::Nest { at, depth }),
        (
            any::<usize>(),
            prop_oneof![
                Just("1e999".to_string()),
                Just("-1e999".to_string()),
                Just("NaN".to_string()),
                Just("inf".to_string()),
                Just("99999999999999999999999999999".to_string()),
                Just("-0".to_string()),
                Just("0x1F".to_string()),
                Just("1_000".to_string()),
            ]
        )
            .prop_map(|(which, number)| Mutation::HugeNumber { which, number }),
    ]
}

fn apply(seed: &str, mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::Flip { at, byte } => {
                if !bytes.is_empty() {
                    bytes[at % len] = *byte;
                }
            }
            Mutation::Cut { at } => bytes.truncate(at % len),
            Mutation::Insert { at, text } => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, text.bytes());
            }
            Mutation::Nest { at, depth } => {
                let at = at % (bytes.len() + 1);
                let nest = format!("{}{}", "[".repeat(*depth), "]".repeat(*depth));
                bytes.splice(at..at, nest.bytes());
            }
            Mutation::HugeNumber { which, number } => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let digits: Vec<usize> = text
                    .match_indices(|c: char| c.is_ascii_digit())
                    .map(|(i, _)| i)
                    .collect();
                if let Some(&at) = digits.get(which % digits.len().max(1)) {
                    let end = text[at..]
                        .find(|c: char| !c.is_ascii_digit() && c != '.')
                        .map_or(text.len(), |e| at + e);
                    bytes = format!("{}{}{}", &text[..at], number, &text[end..]).into_bytes();
                }
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn mutated_catalogues_never_crash_and_errors_point_inside_the_file(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let bytes = apply(&seed_catalogue(), &mutations);
        match String::from_utf8(bytes.clone()) {
            Ok(text) => {
                let outcome = parse_catalogue(&text, Path::new("mutated.ron"), None);
                positions_hold(&text, &outcome.diagnostics)?;
                prop_assert_eq!(outcome.catalogue.is_some(), outcome.errors().next().is_none());
            }
            Err(_) => {
                let folder = tempfile::tempdir().expect("temp dir");
                let path = folder.path().join("mutated.ron");
                std::fs::write(&path, &bytes).expect("write");
                let outcome = load_catalogue(&path);
                prop_assert!(outcome.catalogue.is_none());
                prop_assert!(outcome.diagnostics[0].message().contains("UTF-8"));
            }
        }
    }

    #[test]
    fn mutated_profiles_never_crash_and_errors_point_inside_the_file(mutations in proptest::collection::vec(mutation(), 1..4)) {
        let bytes = apply(SEED_PROFILE, &mutations);
        if let Ok(text) = String::from_utf8(bytes)
            && let Err(diagnostics) = parse_profile(&text, Path::new("runner.ron"))
        {
            prop_assert!(!diagnostics.is_empty());
            positions_hold(&text, &diagnostics)?;
        }
    }
}

#[test]
fn deep_nesting_is_refused_with_a_message() {
    let text = format!(
        "Catalogue(format: 1, shoes: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let outcome = parse_catalogue(&text, Path::new("deep.ron"), None);
    assert!(outcome.catalogue.is_none());
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.message().contains("nested too deeply")),
        "{:?}",
        outcome.diagnostics
    );
}

#[test]
fn a_huge_string_is_refused_with_a_message() {
    let text =
        seed_catalogue().replacen("notes: \"", &format!("notes: \"{}", "x".repeat(50_000)), 1);
    let outcome = parse_catalogue(&text, Path::new("long.ron"), None);
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.is_error() && d.message().contains("longer than 10000 characters"))
    );
}
