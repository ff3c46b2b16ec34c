//! The calls a fitter makes: a core need before a comfort detail, "a little over budget"
//! only when it is, widening the choice only with what the runner can change about the
//! pair, and the reasons a shoe is above another said in the cards' own scale.

use super::common::{catalogue, shoe};
use super::{archetypes, bundled};
use shoe_selector::catalogue::*;
use shoe_selector::profile::*;
use shoe_selector::recommend::*;
use shoe_selector::words::Lang;

/// A 110 kg beginner with marked overpronation who runs indoors: motion control, the shoe
/// made for them, ranks above a stability shoe that only breathes better, in a made-up
/// catalogue and in the bundled one.
#[test]
fn a_heavy_marked_overpronator_gets_motion_control_before_a_comfort_detail() {
    let profile = Profile {
        weight_kg: 110.0,
        pronation: Pronation::Over,
        pronation_severity: Some(PronationSeverity::Marked),
        experience: Some(Experience::Beginner),
        surface: Surface::Indoor,
        season: Season::Winter,
        ..Profile::default()
    };
    let made_for = Shoe {
        support: Support::MotionControl,
        breathability: Breathability::Medium,
        heel_counter: HeelCounter::Rigid,
        cushioning: Cushioning::Max,
        surfaces: vec![Surface::Road, Surface::Indoor],
        ..shoe("motion")
    };
    let airy = Shoe {
        support: Support::Stability,
        breathability: Breathability::High,
        ..made_for.clone()
    };
    let shop = catalogue(vec![
        made_for,
        Shoe {
            id: "stability".into(),
            ..airy
        },
    ]);
    let ranking = rank(&shop, &profile, &Priorities::default());
    let first = &shop.shoes[ranking.recommendations[0].shoe];
    assert_eq!(first.id, "motion", "{ranking:?}");
    let ranking = rank(&bundled(), &profile, &Priorities::default());
    let bundled = bundled();
    let first = &bundled.shoes[ranking.recommendations[0].shoe];
    assert_eq!(first.support, Support::MotionControl, "{}", first.name());
    // A light runner's marked overpronation still takes a stability shoe as a good choice.
    let light = Profile {
        weight_kg: 64.0,
        ..profile
    };
    let reasons = explain(&shop, &shop.shoes[1], &light);
    let pronation: Vec<_> = reasons
        .iter()
        .filter(|r| r.factor == Factor::Pronation)
        .collect();
    assert!(
        pronation.iter().all(|r| r.verdict == Verdict::Good),
        "{pronation:?}"
    );
    assert!(
        pronation
            .iter()
            .any(|r| r.text.contains("motion control holds it more firmly")),
        "{pronation:?}"
    );
}

/// "A little over budget" is up to a tenth over; beyond that the amount is said.
#[test]
fn a_little_over_budget_is_up_to_a_tenth_and_beyond_it_the_amount_is_said() {
    let profile = Profile {
        budget: Some(120.0),
        ..Profile::default()
    };
    let priced = |id: &str, price: f64| Shoe {
        price: Some(price),
        ..shoe(id)
    };
    let shop = catalogue(vec![
        priced("tenth", 132.0),
        priced("quarter", 150.0),
        priced("far", 240.0),
    ]);
    let said = |index: usize| {
        explain(&shop, &shop.shoes[index], &profile)
            .into_iter()
            .find(|r| r.factor == Factor::Budget)
            .map(|r| (r.verdict, r.text))
            .expect("a budget reason")
    };
    assert_eq!(
        said(0),
        (
            Verdict::Caution,
            "132 EUR, a little over your budget of 120 EUR.".to_string()
        )
    );
    let (verdict, text) = said(1);
    assert_eq!(verdict, Verdict::Caution);
    assert!(!text.contains("a little"), "{text}");
    assert!(text.contains("30 EUR (25 %) over"), "{text}");
    let (verdict, text) = said(2);
    assert_eq!(verdict, Verdict::Poor);
    assert!(text.contains("120 EUR (100 %)"), "{text}");
}

/// What would widen the choice is what the runner can change about the pair, never when or
/// where they run.
#[test]
fn widening_offers_what_the_runner_can_change_never_the_season_or_the_ground() {
    // Winter on the road: the only shoes with winter grip cost more than the budget, and
    // every other shoe would suit in summer.
    let profile = Profile {
        season: Season::Winter,
        budget: Some(100.0),
        ..Profile::default()
    };
    let gripping = Shoe {
        outsole: Outsole::WinterGrip,
        water_resistance: WaterResistance::Waterproof,
        price: Some(180.0),
        ..shoe("grip")
    };
    let mesh = |id: &str| Shoe {
        price: Some(90.0),
        ..shoe(id)
    };
    let shop = catalogue(vec![gripping, mesh("a"), mesh("b"), mesh("c")]);
    let summer = Profile {
        season: Season::Summer,
        ..profile.clone()
    };
    let priorities = Priorities::default();
    assert!(
        what_if::widen(&shop, &summer, &priorities, 3).is_empty(),
        "in summer a shoe already suits"
    );
    let widenings = what_if::widen(&shop, &profile, &priorities, 3);
    assert!(!widenings.is_empty(), "a higher budget would widen it");
    for widening in &widenings {
        assert!(
            !widening.changes.contains_key("season") && !widening.changes.contains_key("surface"),
            "{:?}",
            widening.changes
        );
    }
    assert!(widenings.iter().any(|w| w.changes.contains_key("budget")));
}

/// Why one shoe is above another is said in the cards' own scale, percent of the match, and
/// never as more than the cards show between them.
#[test]
fn why_a_shoe_is_above_another_speaks_the_cards_scale() {
    let catalogue = bundled();
    let words = Lang::En.words();
    let mut checked = 0;
    for archetype in archetypes() {
        let ranking = rank(&catalogue, &archetype.profile, &Priorities::default());
        for pair in ranking.recommendations.windows(2).take(12) {
            let shown = |r: &Recommendation| specs::card_percent(r.score);
            let gap = shown(&pair[0]) - shown(&pair[1]);
            for said in specs::why_above(&pair[0], &pair[1], &Priorities::default(), 3) {
                let text = words.say(&said);
                assert!(!text.contains("point"), "{text}");
                if let Some(at) = text.find("(+") {
                    let points: f64 = text[at + 2..]
                        .split('%')
                        .next()
                        .and_then(|n| n.parse().ok())
                        .unwrap_or_else(|| panic!("a number in {text}"));
                    assert!(points <= gap, "{text}: the cards are {gap} apart");
                    checked += 1;
                } else {
                    assert!(text.contains("under 1% match"), "{text}");
                }
            }
        }
    }
    assert!(checked > 20, "enough differences said: {checked}");
}

/// A width list no source confirms leaves no runner out: one of another width is told to
/// check the widths in stock, and the shoe can be a good choice but never a best pick. A
/// confirmed list still leaves them out.
#[test]
fn an_unconfirmed_width_list_asks_to_check_the_stock_instead_of_leaving_out() {
    let wide = Profile {
        foot_width: Width::Wide,
        ..Profile::default()
    };
    let unconfirmed = Shoe {
        widths: vec![Width::Standard],
        widths_confirmed: Some(false),
        ..shoe("unconfirmed")
    };
    let confirmed = Shoe {
        widths_confirmed: None,
        ..unconfirmed.clone()
    };
    let made = Shoe {
        widths: vec![Width::Standard, Width::Wide],
        ..shoe("made")
    };
    let shop = catalogue(vec![
        unconfirmed,
        Shoe {
            id: "confirmed".into(),
            ..confirmed
        },
        made,
    ]);
    let ranking = rank(&shop, &wide, &Priorities::default());
    let place = |id: &str| {
        ranking
            .recommendations
            .iter()
            .find(|r| shop.shoes[r.shoe].id == id)
    };
    let unconfirmed = place("unconfirmed").expect("not left out");
    assert_eq!(
        unconfirmed.verdict(Factor::FootWidth),
        Some(Verdict::Caution)
    );
    assert_ne!(unconfirmed.band, Band::Best);
    assert!(
        place("confirmed").is_none(),
        "a confirmed list leaves them out"
    );
    assert_eq!(place("made").expect("ranked").band, Band::Best);
    let said: Vec<String> = explain(&shop, &shop.shoes[0], &wide)
        .into_iter()
        .filter(|r| r.factor == Factor::FootWidth)
        .map(|r| r.text)
        .collect();
    assert!(
        said.iter()
            .any(|t| t.contains("check the widths in stock for wide feet")),
        "{said:?}"
    );
}

/// How a stability shoe guides the foot is read from `guidance` first; from notes only
/// when it is absent, and never from a denial ("no medial post").
#[test]
fn how_a_shoe_guides_the_foot_comes_from_the_typed_field_and_never_from_a_denial() {
    let over = Profile {
        pronation: Pronation::Over,
        ..Profile::default()
    };
    let stability = |notes: &str, guidance: Option<Vec<Guidance>>| Shoe {
        support: Support::Stability,
        notes: Some(notes.into()),
        guidance,
        ..shoe("s")
    };
    let said = |shoe: Shoe| {
        let shop = catalogue(vec![shoe]);
        explain(&shop, &shop.shoes[0], &over)
            .into_iter()
            .filter(|r| r.factor == Factor::Pronation)
            .map(|r| r.text)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let typed = said(stability(
        "Wide and stable, no medial post.",
        Some(vec![Guidance::WideBase, Guidance::Geometry]),
    ));
    assert!(
        typed.contains("guides the foot with a wide base, the shape of its midsole"),
        "{typed}"
    );
    let denied = said(stability("No medial post, a soft ride.", None));
    assert!(!denied.contains("medial post"), "{denied}");
    assert!(denied.contains("guides the foot and"), "{denied}");
    let in_notes = said(stability("A dual-density medial post.", None));
    assert!(in_notes.contains("a firmer medial post"), "{in_notes}");
}
