//! Every kind of broken catalogue or profile gets a message with the exact line and column.

use shoe_selector::catalogue::{
    Diagnostic, DiagnosticKind, Severity, load_catalogue, load_catalogue_errors, parse_catalogue,
};
use shoe_selector::profile::{load_profile, parse_profile};
use std::path::Path;

const SHOE_A: &str = r#"        Shoe(
            id: "alpha-1",
            brand: "Aurora",
            model: "Glide 3",
            support: Neutral,
            cushioning: High,
            heel_counter: Moderate,
            removable_insole: true,
            breathability: High,
            water_resistance: NoTreatment,
            outsole: Road,
            widths: [Standard, Wide],
            surfaces: [Road, Track],
            weight_g: 265,
            stack_heel_mm: 36,
            drop_mm: Some(8),
            price: 140.0,
            sizes_eu: (36.0, 48.0),
        ),
"#;

fn catalogue_with(shoes: &[&str]) -> String {
    format!(
        "// Test shop\nCatalogue(\n    format: 1,\n    currency: \"EUR\",\n    shoes: [\n{}    ],\n)\n",
        shoes.concat()
    )
}

/// A second shoe: the first with another id.
fn shoe_b() -> String {
    SHOE_A.replace("alpha-1", "bravo-2")
}

/// The 1-based line and column (in characters) where `needle` first occurs after `after`.
fn position_of(text: &str, needle: &str, after: usize) -> (usize, usize) {
    let offset = after
        + text[after..]
            .find(needle)
            .unwrap_or_else(|| panic!("`{needle}` not in the text"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn check(text: &str) -> Vec<Diagnostic> {
    parse_catalogue(text, Path::new("shop.ron"), None).diagnostics
}

fn only_error(text: &str) -> Diagnostic {
    let diagnostics = check(text);
    let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
    assert_eq!(errors.len(), 1, "expected one error, got {diagnostics:#?}");
    errors[0].clone()
}

fn at(diagnostic: &Diagnostic) -> (usize, usize) {
    (diagnostic.line, diagnostic.column)
}

#[test]
fn a_valid_catalogue_has_no_problems() {
    let text = catalogue_with(&[SHOE_A, &shoe_b()]);
    let outcome = parse_catalogue(&text, Path::new("shop.ron"), None);
    assert!(outcome.diagnostics.is_empty(), "{:#?}", outcome.diagnostics);
    let catalogue = outcome.catalogue.expect("catalogue");
    assert_eq!(catalogue.shoes.len(), 2);
    assert_eq!(
        catalogue.shoes[0].drop_mm,
        Some(8.0),
        "`Some(8)` and bare `36` both read"
    );
    assert_eq!(catalogue.shoes[0].stack_heel_mm, Some(36.0));
}

#[test]
fn unknown_field_names_its_position_and_the_likely_field() {
    let text = catalogue_with(&[&SHOE_A.replace("breathability: High", "breatability: High")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "breatability", 0));
    assert_eq!(
        error.message(),
        "unknown field `breatability` in Shoe, did you mean `breathability`?"
    );
    assert_eq!(error.kind, DiagnosticKind::UnknownName);
    assert_eq!(error.shoe.as_deref(), Some("alpha-1"));
    assert!(error.to_string().starts_with(&format!(
        "shop.ron:{}:{}: error: shoe `alpha-1`: unknown field",
        error.line, error.column
    )));
}

#[test]
fn unknown_enum_value_suggests_the_right_spelling() {
    let text = catalogue_with(&[&SHOE_A.replace("support: Neutral", "support: neutral")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "neutral", 0));
    assert!(
        error
            .message()
            .contains("unknown value `neutral` for `support`, did you mean `Neutral`?"),
        "{}",
        error.message()
    );
    assert_eq!(error.kind, DiagnosticKind::UnknownName);
}

#[test]
fn unknown_value_inside_a_list_points_at_the_value() {
    let text = catalogue_with(&[&SHOE_A.replace("[Standard, Wide]", "[Standard, Wyde]")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "Wyde", 0));
    assert!(
        error.message().contains("did you mean `Wide`?"),
        "{}",
        error.message()
    );
}

#[test]
fn missing_field_points_at_the_shoe_and_names_the_field() {
    let text = catalogue_with(&[&SHOE_A.replace("            outsole: Road,\n", "")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "Shoe(", 0));
    assert!(
        error.message().contains("missing field `outsole`"),
        "{}",
        error.message()
    );
    assert_eq!(error.kind, DiagnosticKind::MissingField);
}

#[test]
fn out_of_range_number_names_the_range_and_the_shoe() {
    let text = catalogue_with(&[&SHOE_A.replace("weight_g: 265", "weight_g: 720")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "720", 0));
    assert_eq!(
        error.message(),
        "`weight_g` is 720, outside 100..=600 (grams, one shoe)"
    );
    assert_eq!(error.kind, DiagnosticKind::OutOfRange);
    assert_eq!(error.shoe.as_deref(), Some("alpha-1"));
}

#[test]
fn every_range_of_format_one_is_checked() {
    for (from, to, field) in [
        ("stack_heel_mm: 36", "stack_heel_mm: 61", "stack_heel_mm"),
        ("stack_heel_mm: 36", "stack_heel_mm: 4", "stack_heel_mm"),
        ("drop_mm: Some(8)", "drop_mm: 17", "drop_mm"),
        ("price: 140.0", "price: -1.0", "price"),
        ("weight_g: 265", "weight_g: 99", "weight_g"),
    ] {
        let text = catalogue_with(&[&SHOE_A.replace(from, to)]);
        let error = only_error(&text);
        assert_eq!(error.field.as_deref(), Some(field), "{to}");
        let value = to.split(": ").nth(1).unwrap_or_default();
        assert_eq!(
            at(&error),
            position_of(&text, value, position_of_offset(&text, field)),
            "{to}"
        );
    }
}

fn position_of_offset(text: &str, needle: &str) -> usize {
    text.find(needle).unwrap_or(0)
}

#[test]
fn wrong_kind_of_value_says_what_is_expected() {
    let text = catalogue_with(&[&SHOE_A.replace("weight_g: 265", "weight_g: \"265\"")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "\"265\"", 0));
    assert!(
        error.message().contains("`weight_g` must be a number"),
        "{}",
        error.message()
    );
}

#[test]
fn empty_lists_are_errors() {
    let text = catalogue_with(&[&SHOE_A.replace("[Road, Track]", "[]")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "[]", 0));
    assert!(
        error.message().contains("`surfaces` is empty"),
        "{}",
        error.message()
    );
    let text = catalogue_with(&[]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "[", 0));
    assert!(error.message().contains("no shoes"), "{}", error.message());
}

#[test]
fn duplicate_id_points_at_the_second_and_names_the_line_of_the_first() {
    let text = catalogue_with(&[SHOE_A, SHOE_A]);
    let error = only_error(&text);
    let first = position_of(&text, "\"alpha-1\"", 0);
    let second_offset = text.find("\"alpha-1\"").unwrap_or(0) + 1;
    assert_eq!(at(&error), position_of(&text, "\"alpha-1\"", second_offset));
    assert_eq!(
        error.message(),
        format!(
            "duplicate id `alpha-1`; every shoe needs its own id; the first is on line {}",
            first.0
        )
    );
    assert_eq!(error.kind, DiagnosticKind::DuplicateId);
}

#[test]
fn ids_must_be_slugs() {
    let text = catalogue_with(&[&SHOE_A.replace("\"alpha-1\"", "\"Alpha 1\"")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "\"Alpha 1\"", 0));
    assert!(
        error.message().contains("not a slug") && error.message().contains("`alpha-1`"),
        "{}",
        error.message()
    );
}

#[test]
fn sizes_with_the_smallest_last_are_an_error() {
    let text = catalogue_with(&[&SHOE_A.replace("(36.0, 48.0)", "(48.0, 36.0)")]);
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "(48.0, 36.0)", 0));
    assert!(
        error.message().contains("smallest size comes first"),
        "{}",
        error.message()
    );
}

#[test]
fn format_other_than_one_is_refused() {
    let text = catalogue_with(&[SHOE_A]).replace("format: 1", "format: 2");
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "2,", 0));
    assert!(error.message().contains("format 1"), "{}", error.message());
}

#[test]
fn a_syntax_error_gets_its_position() {
    // A missing comma after `model`.
    let text = catalogue_with(&[&SHOE_A.replace("model: \"Glide 3\",", "model: \"Glide 3\"")]);
    let error = only_error(&text);
    let (line, column) = position_of(&text, "\"Glide 3\"", 0);
    assert_eq!(at(&error), (line, column + "\"Glide 3\"".len()), "{error}");
    assert_eq!(
        error.message(),
        "a comma is missing here, between two fields or values"
    );
    assert_eq!(error.kind, DiagnosticKind::MissingComma);
    let unclosed = "Catalogue(\n    format: 1,\n    shoes: [\n";
    let error = only_error(unclosed);
    assert!(
        error.message().contains("ends too early") || error.message().contains("closing"),
        "{}",
        error.message()
    );
}

#[test]
fn problems_in_many_shoes_are_all_reported_in_one_pass() {
    let broken_a = SHOE_A
        .replace("weight_g: 265", "weight_g: 50")
        .replace("breathability: High", "breatability: High");
    let broken_b = shoe_b()
        .replace("support: Neutral", "support: Neutrall")
        .replace("(36.0, 48.0)", "(48.0, 36.0)");
    let text = catalogue_with(&[
        &broken_a,
        &broken_b,
        SHOE_A.replace("alpha-1", "charlie-3").as_str(),
    ]);
    let errors: Vec<Diagnostic> = check(&text)
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect();
    let messages: Vec<String> = errors.iter().map(Diagnostic::message).collect();
    assert_eq!(errors.len(), 4, "{messages:#?}");
    assert!(
        messages
            .iter()
            .any(|m| m.contains("unknown field `breatability`"))
    );
    assert!(messages.iter().any(|m| m.contains("`weight_g` is 50")));
    assert!(messages.iter().any(|m| m.contains("`Neutrall`")));
    assert!(
        messages
            .iter()
            .any(|m| m.contains("smallest size comes first"))
    );
    assert!(
        errors
            .windows(2)
            .all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)),
        "sorted by position"
    );
}

#[test]
fn image_paths_may_not_leave_the_catalogue_folder() {
    let folder = tempfile::tempdir().expect("temp dir");
    for (path, words) in [
        ("../outside.png", "leaves the catalogue's folder"),
        ("/etc/passwd", "is absolute"),
        ("images/../../x.png", "leaves"),
    ] {
        let text = catalogue_with(&[&SHOE_A.replace(
            "            price: 140.0,\n",
            &format!("            price: 140.0,\n            image: \"{path}\",\n"),
        )]);
        let outcome = parse_catalogue(&text, Path::new("shop.ron"), Some(folder.path()));
        let error = outcome
            .diagnostics
            .iter()
            .find(|d| d.is_error())
            .expect("an error");
        assert!(
            error.message().contains(words),
            "{path}: {}",
            error.message()
        );
        assert_eq!(at(error), position_of(&text, &format!("\"{path}\""), 0));
    }
}

#[cfg(unix)]
#[test]
fn image_links_that_lead_out_of_the_folder_are_refused() {
    let outside = tempfile::tempdir().expect("temp dir");
    let folder = tempfile::tempdir().expect("temp dir");
    std::fs::write(outside.path().join("secret.png"), b"x").expect("write");
    std::os::unix::fs::symlink(
        outside.path().join("secret.png"),
        folder.path().join("link.png"),
    )
    .expect("symlink");
    let text = catalogue_with(&[&SHOE_A.replace(
        "            price: 140.0,\n",
        "            price: 140.0,\n            image: \"link.png\",\n",
    )]);
    let outcome = parse_catalogue(&text, Path::new("shop.ron"), Some(folder.path()));
    let error = outcome
        .diagnostics
        .iter()
        .find(|d| d.is_error())
        .expect("an error");
    assert!(
        error.message().contains("through a link"),
        "{}",
        error.message()
    );
}

#[test]
fn a_missing_image_and_a_price_without_currency_are_warnings() {
    let folder = tempfile::tempdir().expect("temp dir");
    let text = catalogue_with(&[&SHOE_A.replace(
        "            price: 140.0,\n",
        "            price: 140.0,\n            image: \"images/none.png\",\n",
    )])
    .replace("    currency: \"EUR\",\n", "");
    let outcome = parse_catalogue(&text, Path::new("shop.ron"), Some(folder.path()));
    assert!(
        outcome.catalogue.is_some(),
        "warnings keep the catalogue usable"
    );
    let warnings: Vec<&Diagnostic> = outcome.diagnostics.iter().collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(warnings.iter().all(|d| d.severity == Severity::Warning));
    assert_eq!(at(warnings[0]), position_of(&text, "140.0", 0));
    assert!(warnings[0].message().contains("no currency"));
    assert_eq!(
        at(warnings[1]),
        position_of(&text, "\"images/none.png\"", 0)
    );
    assert!(warnings[1].message().contains("not found"));
}

/// Loading to rank leaves warnings out and keeps every error exactly as `check` gives it.
#[test]
fn loading_to_rank_keeps_the_errors_and_leaves_the_warnings_out() {
    let folder = tempfile::tempdir().expect("temp dir");
    let warned = SHOE_A.replace(
        "            price: 140.0,\n",
        "            price: 140.0,\n            image: \"images/none.png\",\n",
    );
    let broken = shoe_b().replace("weight_g: 265", "weight_g: -3");
    for (shoes, errors) in [(vec![warned.clone()], 0), (vec![warned, broken], 1)] {
        let path = folder.path().join("shop.ron");
        let refs: Vec<&str> = shoes.iter().map(String::as_str).collect();
        std::fs::write(
            &path,
            catalogue_with(&refs).replace("    currency: \"EUR\",\n", ""),
        )
        .expect("write");
        let whole = load_catalogue(&path);
        let to_rank = load_catalogue_errors(&path);
        assert_eq!(whole.errors().count(), errors, "{:#?}", whole.diagnostics);
        assert!(whole.warnings().count() >= 2, "{:#?}", whole.diagnostics);
        let whole_errors: Vec<&Diagnostic> = whole.errors().collect();
        let ranked_errors: Vec<&Diagnostic> = to_rank.diagnostics.iter().collect();
        assert_eq!(ranked_errors, whole_errors);
        assert_eq!(to_rank.catalogue.is_some(), errors == 0);
        assert_eq!(to_rank.catalogue, whole.catalogue);
    }
}

/// Shoes sharing a picture share its check, but each shoe still gets its own message, at
/// its own line: a missing picture warned of for every shoe, a bad path refused for every
/// shoe, a file that is no picture warned of for every shoe, a present picture for none.
#[test]
fn shoes_sharing_a_picture_each_get_their_own_message() {
    let folder = tempfile::tempdir().expect("temp dir");
    image::RgbaImage::new(4, 4)
        .save(folder.path().join("here.png"))
        .expect("a picture");
    std::fs::write(folder.path().join("text.png"), b"x").expect("write");
    let with_image = |shoe: &str, image: &str| {
        shoe.replace(
            "            price: 140.0,\n",
            &format!("            price: 140.0,\n            image: \"{image}\",\n"),
        )
    };
    for (image, expected) in [
        ("none.png", Some((Severity::Warning, "not found"))),
        ("../out.png", Some((Severity::Error, "leaves"))),
        (
            "text.png",
            Some((Severity::Warning, "is not a PNG or JPEG picture")),
        ),
        ("here.png", None),
    ] {
        let shoes = [
            with_image(SHOE_A, image),
            with_image(&shoe_b(), image),
            with_image(&SHOE_A.replace("alpha-1", "charlie-3"), image),
        ];
        let text = catalogue_with(&[&shoes[0], &shoes[1], &shoes[2]]);
        let outcome = parse_catalogue(&text, Path::new("shop.ron"), Some(folder.path()));
        let about_image: Vec<&Diagnostic> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.field.as_deref() == Some("image"))
            .collect();
        match expected {
            None => assert!(about_image.is_empty(), "{about_image:#?}"),
            Some((severity, words)) => {
                assert_eq!(about_image.len(), 3, "{image}: {about_image:#?}");
                // Diagnostics come in file order: the k-th is at the k-th use of the path.
                let quoted = format!("\"{image}\"");
                for (diagnostic, (offset, _)) in about_image.iter().zip(text.match_indices(&quoted))
                {
                    assert_eq!(diagnostic.severity, severity);
                    assert!(
                        diagnostic.message().contains(words),
                        "{}",
                        diagnostic.message()
                    );
                    assert_eq!(at(diagnostic), position_of(&text, &quoted, offset));
                }
            }
        }
    }
}

#[test]
fn unreadable_files_get_a_clear_message() {
    let folder = tempfile::tempdir().expect("temp dir");
    let missing = folder.path().join("nope.ron");
    let outcome = load_catalogue(&missing);
    assert!(outcome.diagnostics[0].message().contains("not found"));
    assert_eq!(at(&outcome.diagnostics[0]), (1, 1));

    let empty = folder.path().join("empty.ron");
    std::fs::write(&empty, "  \n").expect("write");
    assert!(
        load_catalogue(&empty).diagnostics[0]
            .message()
            .contains("empty")
    );

    let binary = folder.path().join("binary.ron");
    std::fs::write(&binary, b"Catalogue(\n  name: \"caf\xe9\"").expect("write");
    let diagnostic = &load_catalogue(&binary).diagnostics[0];
    assert!(
        diagnostic.message().contains("not UTF-8"),
        "{}",
        diagnostic.message()
    );
    assert_eq!(at(diagnostic), (2, 13));

    assert!(
        load_catalogue(folder.path()).diagnostics[0]
            .message()
            .contains("folder")
    );
}

#[test]
fn a_byte_order_mark_and_leading_comments_are_fine() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("bom.ron");
    std::fs::write(
        &path,
        format!("\u{feff}/* header */\n{}", catalogue_with(&[SHOE_A])),
    )
    .expect("write");
    let outcome = load_catalogue(&path);
    assert!(outcome.catalogue.is_some(), "{:#?}", outcome.diagnostics);
}

const PROFILE: &str = "Profile(\n    foot_width: Wide,\n    weight_kg: 92.0,\n    pronation: Over,\n    season: Winter,\n    surface: Road,\n    knee_pain: true,\n)\n";

#[test]
fn a_valid_profile_loads() {
    let profile = parse_profile(PROFILE, Path::new("runner.ron")).expect("valid");
    assert_eq!(profile.weight_kg, 92.0);
    assert_eq!(profile.knee_pain, Some(true));
}

#[test]
fn profile_problems_get_their_positions() {
    let text = PROFILE.replace("weight_kg: 92.0", "weight_kg: 300.0");
    let errors = parse_profile(&text, Path::new("runner.ron")).expect_err("out of range");
    assert_eq!(at(&errors[0]), position_of(&text, "300.0", 0));
    assert!(errors[0].message().contains("25..=250"));

    let text = PROFILE
        .replace("pronation: Over", "pronation: Overr")
        .replace("knee_pain", "knee_pian");
    let errors = parse_profile(&text, Path::new("runner.ron")).expect_err("two problems");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(at(&errors[0]), position_of(&text, "Overr", 0));
    assert!(errors[0].message().contains("did you mean `Over`?"));
    assert_eq!(at(&errors[1]), position_of(&text, "knee_pian", 0));
    assert!(errors[1].message().contains("did you mean `knee_pain`?"));

    let text = PROFILE.replace("    season: Winter,\n", "");
    let errors = parse_profile(&text, Path::new("runner.ron")).expect_err("missing");
    assert!(errors[0].message().contains("missing field `season`"));

    let folder = tempfile::tempdir().expect("temp dir");
    let errors = load_profile(&folder.path().join("none.ron")).expect_err("missing file");
    assert!(
        errors[0]
            .to_string()
            .contains("none.ron:1:1: error: file not found")
    );
}

/// The profile's optional additions: read when given, each mistake at its own line and
/// column with the value it probably meant, numbers held to their ranges; a profile without
/// them loads as before.
#[test]
fn profile_additions_are_read_and_their_mistakes_placed() {
    let full = PROFILE.replace(
        "    knee_pain: true,\n",
        "    knee_pain: true,\n    purpose: LongRun,\n    weekly_km: 55.0,\n    pronation_severity: Marked,\n    achilles_pain: true,\n    current_drop_mm: 10.0,\n    preferred_foam: Firm,\n",
    );
    let profile = parse_profile(&full, Path::new("runner.ron")).expect("valid");
    assert_eq!(
        profile.purpose,
        Some(shoe_selector::catalogue::Purpose::LongRun)
    );
    assert_eq!(profile.weekly_km, Some(55.0));
    assert_eq!(
        profile.pronation_severity,
        Some(shoe_selector::profile::PronationSeverity::Marked)
    );
    assert_eq!(profile.achilles_pain, Some(true));
    assert_eq!(profile.current_drop_mm, Some(10.0));
    assert_eq!(
        profile.preferred_foam,
        Some(shoe_selector::catalogue::Foam::Firm)
    );
    let plain = parse_profile(PROFILE, Path::new("runner.ron")).expect("valid");
    assert_eq!(plain.purpose, None);
    assert_eq!(plain.purpose(), shoe_selector::catalogue::Purpose::Daily);

    let text = full
        .replace("purpose: LongRun", "purpose: Longrun")
        .replace("pronation_severity: Marked", "pronation_severity: Markd")
        .replace("preferred_foam: Firm", "prefered_foam: Firm");
    let errors = parse_profile(&text, Path::new("runner.ron")).expect_err("three problems");
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert_eq!(at(&errors[0]), position_of(&text, "Longrun", 0));
    assert!(
        errors[0].message().contains("did you mean `LongRun`?"),
        "{}",
        errors[0].message()
    );
    assert_eq!(at(&errors[1]), position_of(&text, "Markd", 0));
    assert!(errors[1].message().contains("did you mean `Marked`?"));
    assert_eq!(at(&errors[2]), position_of(&text, "prefered_foam", 0));
    assert!(
        errors[2]
            .message()
            .contains("did you mean `preferred_foam`?")
    );

    for (from, to, range) in [
        ("weekly_km: 55.0", "weekly_km: 400.0", "0..=300"),
        ("current_drop_mm: 10.0", "current_drop_mm: 20.0", "0..=16"),
    ] {
        let text = full.replace(from, to);
        let errors = parse_profile(&text, Path::new("runner.ron")).expect_err("out of range");
        let value = to.split(": ").nth(1).expect("value");
        assert_eq!(at(&errors[0]), position_of(&text, value, 0));
        assert!(
            errors[0].message().contains(range),
            "{}",
            errors[0].message()
        );
    }
    let text = full.replace("achilles_pain: true", "achilles_pain: 1");
    let errors = parse_profile(&text, Path::new("runner.ron")).expect_err("not a bool");
    assert_eq!(at(&errors[0]), position_of(&text, "1,\n    current", 0));
    assert!(errors[0].message().contains("true or false"));
}

#[test]
fn top_level_mistakes_get_their_positions() {
    let text = catalogue_with(&[SHOE_A]).replace("currency:", "curency:");
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "curency", 0));
    assert_eq!(
        error.message(),
        "unknown field `curency` in Catalogue, did you mean `currency`?"
    );

    let text = format!("{}\ntrailing", catalogue_with(&[SHOE_A]).trim_end());
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "trailing", 0));
    assert!(
        error.message().contains("after the end"),
        "{}",
        error.message()
    );

    let text = catalogue_with(&[SHOE_A]).replace("Catalogue(", "Catalog(");
    let error = only_error(&text);
    assert_eq!(at(&error), position_of(&text, "Catalog(", 0));
    assert!(
        error.message().contains("Catalogue( ... )"),
        "{}",
        error.message()
    );
}

#[test]
fn a_pair_with_one_value_says_what_a_pair_is() {
    let text = catalogue_with(&[&SHOE_A.replace("(36.0, 48.0)", "(36.0)")]);
    let error = only_error(&text);
    assert!(
        error
            .message()
            .contains("`sizes_eu` must be a pair like (36.0, 48.0)"),
        "{}",
        error.message()
    );
    assert_eq!(error.line, position_of(&text, "(36.0)", 0).0);
}

/// What a shoe's notes say that a typed field could hold, or that contradicts one, is a
/// warning at the field with the field to write; an empty `guidance` is an error; the
/// catalogue still loads.
#[test]
fn notes_that_a_typed_field_could_hold_or_that_contradict_one_are_warned_at_their_place() {
    let stability = SHOE_A.replace("support: Neutral", "support: Stability");
    let with = |extra: &str| {
        stability.replace(
            "            sizes_eu: (36.0, 48.0),\n",
            &format!("            sizes_eu: (36.0, 48.0),\n{extra}"),
        )
    };
    let cases: [(&str, &str, &str); 6] = [
        (
            "            notes: \"Guided by a dual-density medial post.\",\n",
            "notes: ",
            "say it as `guidance: [MedialPost]`",
        ),
        (
            "            notes: \"No medial post, but GuideRails.\",\n            guidance: [MedialPost],\n",
            "guidance: ",
            "`guidance` lists MedialPost, but the notes deny it",
        ),
        (
            "            notes: \"A snappy carbon plate.\",\n",
            "notes: ",
            "say it as `plate: Carbon`",
        ),
        (
            "            notes: \"A snappy carbon plate.\",\n            plate: Nylon,\n",
            "plate: ",
            "`plate` is Nylon, but the notes name a Carbon plate",
        ),
        (
            "            notes: \"Price and widths unconfirmed.\",\n",
            "notes: ",
            "`widths_confirmed: false`",
        ),
        (
            "            notes: \"Soft and bouncy.\",\n",
            "notes: ",
            "say it as `foam: Soft`",
        ),
    ];
    for (extra, field, said) in cases {
        let text = catalogue_with(&[&with(extra)]);
        let outcome = parse_catalogue(&text, Path::new("shop.ron"), None);
        assert!(outcome.catalogue.is_some(), "{extra}: still loads");
        let warnings: Vec<_> = outcome
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .collect();
        assert_eq!(warnings.len(), 1, "{extra}: {warnings:#?}");
        let message = warnings[0].message_in(shoe_selector::words::Lang::En.words());
        assert!(message.contains(said), "{extra}: {message}");
        // At the field's value.
        let start = text.find("sizes_eu").expect("the shoe");
        let (line, column) = position_of(&text, field, start);
        assert_eq!(at(warnings[0]), (line, column + field.len()), "{extra}");
    }
    // Said plainly, with the typed fields, nothing is warned.
    let typed = with(
        "            notes: \"No medial post; GuideRails and a wide base (a named review, 2024).\",\n            guidance: [GuideRails, WideBase],\n",
    );
    assert!(check(&catalogue_with(&[&typed])).is_empty());
    // An empty list is an error at the field.
    let empty = catalogue_with(&[&with("            guidance: [],\n")]);
    let error = only_error(&empty);
    let (line, column) = position_of(&empty, "guidance: ", 0);
    assert_eq!(at(&error), (line, column + "guidance: ".len()));
}

/// A shoe's `url` is its page in the shop: only an `http` or `https` address with a host; a
/// `javascript:`, `file:` or bare address is an error at the value, and a good one is kept
/// and written back as it was.
#[test]
fn a_shoes_url_is_a_web_address_or_an_error_at_its_place() {
    let good = SHOE_A.replace(
        "            price: 140.0,\n",
        "            price: 140.0,\n            url: \"https://shop.example/p/glide-3?size=44#fit\",\n",
    );
    let text = catalogue_with(&[&good]);
    let outcome = parse_catalogue(&text, Path::new("shop.ron"), None);
    assert!(outcome.diagnostics.is_empty(), "{:#?}", outcome.diagnostics);
    let catalogue = outcome.catalogue.expect("loads");
    assert_eq!(
        catalogue.shoes[0].url.as_deref(),
        Some("https://shop.example/p/glide-3?size=44#fit")
    );
    let written = shoe_selector::catalogue::save::to_ron(&catalogue, "");
    assert!(
        written.contains("            url: \"https://shop.example/p/glide-3?size=44#fit\",\n"),
        "{written}"
    );
    for bad in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "shop.example/p/glide-3",
        "ftp://shop.example/glide",
        "https://",
        "https://shop example/p",
    ] {
        let text =
            catalogue_with(&[&good.replace("https://shop.example/p/glide-3?size=44#fit", bad)]);
        let error = only_error(&text);
        assert_eq!(
            at(&error),
            position_of(&text, &format!("\"{bad}\""), 0),
            "{bad}"
        );
        let expected = shoe_selector::words::Lang::En
            .words()
            .say(&shoe_selector::words::Say::new("check-url-not-web").text("url", bad));
        assert_eq!(error.message(), expected);
        assert_eq!(error.shoe.as_deref(), Some("alpha-1"));
    }
}
