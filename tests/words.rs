//! The message files: every message in both languages, with the same arguments, parsing
//! cleanly; and a Russian count takes its three plural forms.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use shoe_selector::recommend::Factor;
use shoe_selector::words::{Lang, Say, files};
use std::collections::{BTreeMap, BTreeSet};

/// Each message (and term) of `lang`, by id, with the variables it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (name, text) in files(lang) {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
        for entry in resource.body {
            let (id, pattern, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            for pattern in pattern.iter().chain(attributes.iter().map(|a| &a.value)) {
                pattern_variables(pattern, &mut variables);
            }
            let before = all.insert(id.clone(), variables);
            assert!(before.is_none(), "{name}: {id} is given twice");
        }
    }
    all
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Both languages have the same messages, and each message uses the same arguments in both:
/// a message missing from one, or an argument one language forgets, fails here, not on a
/// customer's screen.
#[test]
fn every_message_is_in_both_languages_with_the_same_arguments() {
    let english = messages(Lang::En);
    let russian = messages(Lang::Ru);
    assert!(english.len() > 10, "the English messages load");
    let only_english: Vec<_> = english
        .keys()
        .filter(|id| !russian.contains_key(*id))
        .collect();
    let only_russian: Vec<_> = russian
        .keys()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(only_english.is_empty(), "not in Russian: {only_english:?}");
    assert!(only_russian.is_empty(), "not in English: {only_russian:?}");
    for (id, variables) in &english {
        // Terms are each language's own grammar; only messages are called with arguments.
        if id.starts_with('-') {
            continue;
        }
        assert_eq!(
            &russian[id], variables,
            "{id} uses other arguments in Russian"
        );
    }
}

/// The files of both languages have the same names, so a topic is found in the same place.
#[test]
fn both_languages_have_the_same_files() {
    let names = |lang: Lang| -> Vec<String> {
        files(lang)
            .into_iter()
            .map(|(name, _)| name.split_once('/').map_or(name, |(_, n)| n).to_string())
            .collect()
    };
    assert_eq!(names(Lang::En), names(Lang::Ru));
}

/// Russian has three plural forms (1 пара, 2 пары, 5 пар; 21 пара again, 11 пар), English two.
#[test]
fn counts_take_each_languages_plural_forms() {
    let say = |lang: Lang, n: u32| lang.words().say(&Say::new("shoes-count").num("count", n));
    let russian: Vec<String> = [1, 2, 5, 11, 21, 22, 25]
        .into_iter()
        .map(|n| say(Lang::Ru, n))
        .collect();
    assert_eq!(
        russian,
        [
            "1 пара",
            "2 пары",
            "5 пар",
            "11 пар",
            "21 пара",
            "22 пары",
            "25 пар"
        ]
    );
    assert_eq!(say(Lang::En, 1), "1 shoe");
    assert_eq!(say(Lang::En, 2), "2 shoes");
}

/// Russian writes a decimal comma, English a point; whole numbers have neither.
#[test]
fn numbers_are_written_as_each_language_writes_them() {
    let weight = |lang: Lang, kg: f64| lang.words().say(&Say::new("input-weight").kg("kg", kg));
    assert_eq!(weight(Lang::En, 72.5), "72.5 kg");
    assert_eq!(weight(Lang::Ru, 72.5), "72,5 кг");
    assert_eq!(weight(Lang::Ru, 80.0), "80 кг");
}

/// A body weight is said in the unit chosen, with each language's plural of the unit.
#[test]
fn weights_are_said_in_the_unit_chosen() {
    use shoe_selector::units::WeightUnit;
    let en = Lang::En.words();
    let ru = Lang::Ru.words();
    assert_eq!(en.weight(72.5, WeightUnit::Kg), "72.5 kg");
    assert_eq!(ru.weight(72.5, WeightUnit::Kg), "72,5 кг");
    assert_eq!(en.weight(110.0, WeightUnit::Lb), "243 lb");
    assert_eq!(ru.weight(110.0, WeightUnit::Lb), "243 фунта");
    assert_eq!(ru.weight(100.0, WeightUnit::Lb), "220 фунтов");
    let said = shoe_selector::words::Say::new("weight-middle-any-level").kg("kg", 72.0);
    assert_eq!(
        en.say_in(&said, WeightUnit::Lb),
        en.say(&said).replace("72 kg", "159 lb")
    );
}

/// Every message id the code names is in the message files: each string literal in `src/`
/// shaped as an id (lower-case words joined by `-`) whose first word starts some message's
/// id: a `Say::new`, a word of a list, a hint, a factor's name, a rule's id. A message
/// renamed in the files but not in the code, or the other way round, fails here.
#[test]
fn every_message_id_named_in_the_code_is_in_the_message_files() {
    let english = messages(Lang::En);
    let prefixes: BTreeSet<&str> = english
        .keys()
        .filter_map(|id| id.split('-').next())
        .filter(|first| !first.is_empty())
        .collect();
    let shaped = |text: &str| {
        let mut words = text.split('-');
        words.clone().count() >= 2
            && words.all(|word| {
                !word.is_empty()
                    && word
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
            && text.as_bytes()[0].is_ascii_lowercase()
    };
    // Shaped like ids, but names of other things: not messages.
    let not_messages = [
        "shoe-selector",
        "under-60",
        "over-100",
        "half-up",
        "half-down",
        "new-shoe",
        "my-shoe",
    ];
    let mut missing = BTreeSet::new();
    let mut named = 0;
    let mut folders = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let code = std::fs::read_to_string(&path).expect("read");
            // The literals between quotes on each line, outside comments, but for the names
            // the window gives its widgets (`Id::new("…")`, `Panel::right("…")`, …).
            let widget_names = ["Id::", "id_salt(", "Panel::", "Grid::new(", "Area::new("];
            for line in code
                .lines()
                .map(|l| l.split("//").next().unwrap_or_default())
                .filter(|line| !widget_names.iter().any(|name| line.contains(name)))
            {
                for (i, literal) in line.split('"').enumerate() {
                    let first = literal.split('-').next().unwrap_or_default();
                    if i % 2 == 1
                        && shaped(literal)
                        && prefixes.contains(first)
                        && !not_messages.contains(&literal)
                    {
                        named += 1;
                        if !english.contains_key(literal) {
                            missing.insert(format!("{}: {literal}", path.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(named > 500, "the code names its messages ({named} found)");
    assert!(missing.is_empty(), "not in the message files: {missing:#?}");
}

/// Every factor's names (the ids made from its key in the one table of the factors' words)
/// are in the message files; the literal-scanning test above cannot see ids put together.
#[test]
fn every_factor_has_its_names_in_the_message_files() {
    let english = messages(Lang::En);
    for factor in Factor::ALL {
        for id in [
            factor.message(),
            factor.message_lower(),
            factor.short_message(),
        ] {
            assert!(
                id.ends_with(factor.key()) && english.contains_key(id),
                "{factor}: {id} is not in the message files"
            );
        }
    }
}

/// Every value of a catalogue field has its words, and its words in the editor's choices:
/// ids put together at run time (`Plate-Plastic`, `editor-Guidance-WideBase`), which the
/// literal-scanning test cannot see.
#[test]
fn every_value_a_catalogue_field_offers_has_its_words_in_the_editor_too() {
    use shoe_selector::catalogue::*;
    for lang in [Lang::En, Lang::Ru] {
        let known = messages(lang);
        let mut ids: Vec<&str> = Vec::new();
        ids.extend(Support::ALL.iter().map(|v| v.message()));
        ids.extend(Cushioning::ALL.iter().map(|v| v.message()));
        ids.extend(HeelCounter::ALL.iter().map(|v| v.message()));
        ids.extend(Breathability::ALL.iter().map(|v| v.message()));
        ids.extend(WaterResistance::ALL.iter().map(|v| v.message()));
        ids.extend(Outsole::ALL.iter().map(|v| v.message()));
        ids.extend(Width::ALL.iter().map(|v| v.message()));
        ids.extend(Surface::ALL.iter().map(|v| v.message()));
        ids.extend(Flexibility::ALL.iter().map(|v| v.message()));
        ids.extend(Plate::ALL.iter().map(|v| v.message()));
        ids.extend(Purpose::ALL.iter().map(|v| v.message()));
        ids.extend(Foam::ALL.iter().map(|v| v.message()));
        ids.extend(ToeBox::ALL.iter().map(|v| v.message()));
        ids.extend(Guidance::ALL.iter().map(|v| v.message()));
        assert!(ids.len() > 40);
        for id in ids {
            assert!(known.contains_key(id), "{lang:?}: {id}");
            let offered = format!("editor-{id}");
            assert!(known.contains_key(&offered), "{lang:?}: {offered}");
        }
    }
}
