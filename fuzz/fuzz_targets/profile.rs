//! Any bytes as a runner's profile: the loader never panics or hangs, and every problem it
//! reports points inside the text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use shoe_selector::profile::parse_profile;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(diagnostics) = parse_profile(text, Path::new("fuzzed.ron")) {
        assert!(!diagnostics.is_empty(), "an error with nothing to say");
        let lines = text.split('\n').count();
        for diagnostic in &diagnostics {
            assert!(
                (1..=lines).contains(&diagnostic.line),
                "line {} of {lines}: {diagnostic}",
                diagnostic.line
            );
            assert!(diagnostic.column >= 1, "column 0: {diagnostic}");
        }
    }
});
