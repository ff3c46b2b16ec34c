//! Any bytes as a catalogue file: the loader never panics or hangs, and every problem it
//! reports points inside the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use shoe_selector::catalogue::parse_catalogue;
use shoe_selector::profile::Profile;
use shoe_selector::recommend::{Priorities, rank};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    // The loader reads files as UTF-8 and reports other bytes itself before parsing.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let outcome = parse_catalogue(text, Path::new("fuzzed.ron"), None);
    assert!(
        outcome.catalogue.is_some() || outcome.errors().next().is_some(),
        "no catalogue and no error"
    );
    let lines = text.split('\n').count();
    for diagnostic in &outcome.diagnostics {
        assert!(
            (1..=lines).contains(&diagnostic.line),
            "line {} of {lines}: {diagnostic}",
            diagnostic.line
        );
        assert!(diagnostic.column >= 1, "column 0: {diagnostic}");
        assert!(!diagnostic.message().is_empty());
    }
    // Whatever a valid catalogue holds, the recommender ranks it.
    if let Some(catalogue) = &outcome.catalogue {
        let profile = Profile {
            knee_pain: Some(true),
            budget: Some(120.0),
            size_eu: Some(42.0),
            ..Profile::default()
        };
        let ranking = rank(catalogue, &profile, &Priorities::default());
        assert_eq!(
            ranking.recommendations.len() + ranking.excluded.len(),
            catalogue.shoes.len()
        );
    }
});
