//! The recommender's rules, one behaviour per test, each on a catalogue built for it.

mod common;

use common::{catalogue, runner, shoe};
use shoe_selector::catalogue::*;
use shoe_selector::profile::*;
use shoe_selector::recommend::*;

/// Ids in ranked order.
fn ranked(catalogue: &Catalogue, profile: &Profile) -> Vec<String> {
    rank(catalogue, profile, &Priorities::default())
        .recommendations
        .iter()
        .map(|r| catalogue.shoes[r.shoe].id.clone())
        .collect()
}

fn excluded(catalogue: &Catalogue, profile: &Profile) -> Vec<String> {
    rank(catalogue, profile, &Priorities::default())
        .excluded
        .iter()
        .map(|e| catalogue.shoes[e.shoe].id.clone())
        .collect()
}

fn first(catalogue: &Catalogue, profile: &Profile) -> String {
    ranked(catalogue, profile)
        .first()
        .cloned()
        .unwrap_or_default()
}

fn reasons_of(catalogue: &Catalogue, id: &str, profile: &Profile) -> Vec<Reason> {
    let shoe = catalogue
        .shoes
        .iter()
        .find(|s| s.id == id)
        .expect("shoe in catalogue");
    explain(catalogue, shoe, profile)
}

/// Whether a reason of `factor` with `verdict` was found by the rule `rule` (its message
/// id, as the JSON names it): what the rule found, whatever its words in any language.
fn has_reason(reasons: &[Reason], factor: Factor, verdict: Verdict, rule: &str) -> bool {
    reasons
        .iter()
        .any(|r| r.factor == factor && r.verdict == verdict && r.said.id() == rule)
}

/// Whether a reason of `factor` with `verdict` says `words`: only where the words are the
/// finding itself (the guide a stability shoe is named with), not which rule spoke.
fn has_words(reasons: &[Reason], factor: Factor, verdict: Verdict, words: &str) -> bool {
    reasons.iter().any(|r| {
        r.factor == factor
            && r.verdict == verdict
            && r.text.to_lowercase().contains(&words.to_lowercase())
    })
}

#[test]
fn wide_foot_never_gets_narrow_only_shoes() {
    let narrow = Shoe {
        widths: vec![Width::Narrow, Width::Standard],
        ..shoe("narrow-last")
    };
    let wide = Shoe {
        widths: vec![Width::Wide],
        ..shoe("wide-last")
    };
    let c = catalogue(vec![narrow, wide]);
    let profile = Profile {
        foot_width: Width::Wide,
        ..runner()
    };
    assert_eq!(ranked(&c, &profile), vec!["wide-last"]);
    assert_eq!(excluded(&c, &profile), vec!["narrow-last"]);
    let why = exclusion_reasons(&c, &c.shoes[0], &profile);
    assert!(
        has_reason(&why, Factor::FootWidth, Verdict::Poor, "width-not-made"),
        "{why:?}"
    );
}

#[test]
fn orthotics_exclude_shoes_with_a_fixed_insole() {
    let glued = Shoe {
        removable_insole: false,
        ..shoe("glued")
    };
    let c = catalogue(vec![glued, shoe("removable")]);
    let profile = Profile {
        orthotics: Some(true),
        ..runner()
    };
    assert_eq!(excluded(&c, &profile), vec!["glued"]);
    assert!(has_reason(
        &exclusion_reasons(&c, &c.shoes[0], &profile),
        Factor::Orthotics,
        Verdict::Poor,
        "orthotics-fixed-insole"
    ));
    // Without orthotics a fixed insole is no reason to leave a shoe out.
    assert!(
        excluded(
            &c,
            &Profile {
                orthotics: Some(false),
                ..runner()
            }
        )
        .is_empty()
    );
}

#[test]
fn a_size_not_stocked_excludes_the_shoe_and_unlisted_sizes_only_caution() {
    let small = Shoe {
        sizes_eu: Some((36.0, 42.0)),
        ..shoe("small-sizes")
    };
    let unlisted = Shoe {
        sizes_eu: None,
        ..shoe("unlisted")
    };
    let c = catalogue(vec![small, unlisted, shoe("stocked")]);
    let profile = Profile {
        size_eu: Some(44.5),
        ..runner()
    };
    assert_eq!(excluded(&c, &profile), vec!["small-sizes"]);
    assert_eq!(ranked(&c, &profile), vec!["stocked", "unlisted"]);
    assert!(has_reason(
        &reasons_of(&c, "unlisted", &profile),
        Factor::Size,
        Verdict::Caution,
        "size-unlisted"
    ));
}

#[test]
fn overpronators_get_stability_before_neutral_shoes() {
    let neutral = shoe("neutral");
    let stability = Shoe {
        support: Support::Stability,
        heel_counter: HeelCounter::Rigid,
        ..shoe("stability")
    };
    let c = catalogue(vec![neutral, stability]);
    let profile = Profile {
        pronation: Pronation::Over,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "stability");
    assert!(has_reason(
        &reasons_of(&c, "stability", &profile),
        Factor::Pronation,
        Verdict::Good,
        "pronation-over-stability"
    ));
    assert!(has_reason(
        &reasons_of(&c, "stability", &profile),
        Factor::Pronation,
        Verdict::Good,
        "pronation-over-rigid-counter"
    ));
    assert!(has_reason(
        &reasons_of(&c, "neutral", &profile),
        Factor::Pronation,
        Verdict::Poor,
        "pronation-over-neutral"
    ));
}

/// Motion control is for marked overpronation, heavy runners first: an option a heavy
/// overpronator is told about, a caution for a light one, and never what weight alone asks.
#[test]
fn motion_control_is_an_option_for_heavy_overpronators_not_for_weight_alone() {
    let stability = Shoe {
        support: Support::Stability,
        heel_counter: HeelCounter::Rigid,
        cushioning: Cushioning::High,
        ..shoe("stability")
    };
    let motion = Shoe {
        support: Support::MotionControl,
        heel_counter: HeelCounter::Rigid,
        cushioning: Cushioning::High,
        ..shoe("motion")
    };
    let c = catalogue(vec![stability, motion]);
    let heavy = Profile {
        pronation: Pronation::Over,
        weight_kg: 100.0,
        ..runner()
    };
    let light = Profile {
        pronation: Pronation::Over,
        weight_kg: 62.0,
        ..runner()
    };
    assert_eq!(first(&c, &heavy), "stability");
    assert!(has_reason(
        &reasons_of(&c, "motion", &heavy),
        Factor::Pronation,
        Verdict::Good,
        "pronation-over-motion-control-heavy"
    ));
    assert_eq!(first(&c, &light), "stability");
    assert!(has_reason(
        &reasons_of(&c, "motion", &light),
        Factor::Pronation,
        Verdict::Caution,
        "pronation-over-motion-control"
    ));
    // A heavy runner with a neutral gait is not put in motion control.
    let heavy_neutral = Profile {
        pronation: Pronation::Neutral,
        weight_kg: 110.0,
        ..runner()
    };
    let neutral = Shoe {
        cushioning: Cushioning::High,
        heel_counter: HeelCounter::Rigid,
        ..shoe("neutral")
    };
    let c = catalogue(vec![c.shoes[1].clone(), neutral]);
    assert_eq!(ranked(&c, &heavy_neutral), vec!["neutral", "motion"]);
    let ranking = rank(&c, &heavy_neutral, &Priorities::default());
    assert_eq!(ranking.recommendations[1].band, Band::Tradeoffs);
}

#[test]
fn a_firm_heel_counter_helps_an_overpronator() {
    // The shoe that should win sorts last by id, so a tie cannot pass for the rule.
    let soft = Shoe {
        support: Support::Stability,
        heel_counter: HeelCounter::Flexible,
        ..shoe("a-soft-heel")
    };
    let rigid = Shoe {
        support: Support::Stability,
        heel_counter: HeelCounter::Rigid,
        ..shoe("z-rigid-heel")
    };
    let c = catalogue(vec![soft, rigid]);
    let profile = Profile {
        pronation: Pronation::Over,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "z-rigid-heel");
    let fit = |index: usize| {
        rank(&c, &profile, &Priorities::default())
            .recommendations
            .iter()
            .find(|r| r.shoe == index)
            .and_then(|r| r.fit(Factor::Pronation))
            .expect("ranked")
    };
    assert!(fit(1) > fit(0), "the rigid counter fits the gait better");
}

#[test]
fn supinators_avoid_stability_posts() {
    let stability = Shoe {
        support: Support::Stability,
        cushioning: Cushioning::High,
        ..shoe("stability")
    };
    let neutral = Shoe {
        cushioning: Cushioning::High,
        flexibility: Some(Flexibility::Flexible),
        ..shoe("neutral")
    };
    let c = catalogue(vec![stability, neutral]);
    let profile = Profile {
        pronation: Pronation::Under,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "neutral");
    assert!(has_reason(
        &reasons_of(&c, "stability", &profile),
        Factor::Pronation,
        Verdict::Poor,
        "pronation-under-stability"
    ));
}

#[test]
fn supinators_prefer_more_cushioning() {
    // The shoe that should win sorts last by id, so a tie cannot pass for the rule.
    let light = Shoe {
        cushioning: Cushioning::Light,
        ..shoe("a-light")
    };
    let high = Shoe {
        cushioning: Cushioning::High,
        ..shoe("z-high")
    };
    let c = catalogue(vec![light, high]);
    let profile = Profile {
        pronation: Pronation::Under,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "z-high");
    let fit = |index: usize| {
        rank(&c, &profile, &Priorities::default())
            .recommendations
            .iter()
            .find(|r| r.shoe == index)
            .and_then(|r| r.fit(Factor::Pronation))
            .expect("ranked")
    };
    assert!(
        fit(1) > fit(0),
        "more cushioning fits a supinating foot better"
    );
}

#[test]
fn neutral_runners_prefer_a_neutral_shoe_without_arch_support() {
    let stability = Shoe {
        support: Support::Stability,
        ..shoe("stability")
    };
    let c = catalogue(vec![stability, shoe("neutral")]);
    let profile = Profile {
        pronation: Pronation::Neutral,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "neutral");
    assert!(has_reason(
        &reasons_of(&c, "neutral", &profile),
        Factor::Pronation,
        Verdict::Good,
        "pronation-neutral-neutral"
    ));
    // Said of the stability shoe in general, as the catalogue does not say how it guides.
    assert!(has_reason(
        &reasons_of(&c, "stability", &profile),
        Factor::Pronation,
        Verdict::Caution,
        "pronation-neutral-stability"
    ));
}

#[test]
fn heavy_runners_avoid_minimal_shoes_and_get_high_cushioning() {
    let minimal = Shoe {
        cushioning: Cushioning::Minimal,
        stack_heel_mm: Some(8.0),
        drop_mm: Some(0.0),
        ..shoe("minimal")
    };
    let high = Shoe {
        cushioning: Cushioning::High,
        ..shoe("high")
    };
    let c = catalogue(vec![minimal, high]);
    let profile = Profile {
        weight_kg: 95.0,
        ..runner()
    };
    assert_eq!(ranked(&c, &profile), vec!["high", "minimal"]);
    assert!(has_reason(
        &reasons_of(&c, "minimal", &profile),
        Factor::Weight,
        Verdict::Poor,
        "weight-heavy-cushioning-poor"
    ));
}

#[test]
fn light_runners_may_run_in_light_shoes() {
    let light = Shoe {
        cushioning: Cushioning::Light,
        ..shoe("light")
    };
    let c = catalogue(vec![light]);
    let profile = Profile {
        weight_kg: 52.0,
        ..runner()
    };
    assert!(has_reason(
        &reasons_of(&c, "light", &profile),
        Factor::Weight,
        Verdict::Good,
        "weight-light-any-level"
    ));
}

#[test]
fn very_heavy_runners_favour_a_stable_platform() {
    let loose = Shoe {
        cushioning: Cushioning::Max,
        heel_counter: HeelCounter::Flexible,
        ..shoe("loose")
    };
    let stable = Shoe {
        cushioning: Cushioning::Max,
        heel_counter: HeelCounter::Rigid,
        ..shoe("stable")
    };
    let c = catalogue(vec![loose, stable]);
    // A neutral gait, so only the weight rule can prefer the stable platform.
    let profile = Profile {
        weight_kg: 115.0,
        pronation: Pronation::Neutral,
        ..runner()
    };
    let ranking = rank(&c, &profile, &Priorities::default());
    let weight_fit = |id: &str| {
        ranking
            .recommendations
            .iter()
            .find(|r| c.shoes[r.shoe].id == id)
            .and_then(|r| r.fit(Factor::Weight))
    };
    assert!(weight_fit("stable") > weight_fit("loose"));
    assert!(has_reason(
        &reasons_of(&c, "loose", &profile),
        Factor::Weight,
        Verdict::Caution,
        "weight-platform-flexible"
    ));
    assert!(has_reason(
        &reasons_of(&c, "stable", &profile),
        Factor::Weight,
        Verdict::Good,
        "weight-platform-rigid"
    ));
}

#[test]
fn summer_runners_avoid_waterproof_uppers() {
    let waterproof = Shoe {
        water_resistance: WaterResistance::Waterproof,
        breathability: Breathability::Low,
        ..shoe("waterproof")
    };
    let mesh = Shoe {
        breathability: Breathability::High,
        ..shoe("mesh")
    };
    let c = catalogue(vec![waterproof, mesh]);
    let profile = Profile {
        season: Season::Summer,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "mesh");
    assert!(has_reason(
        &reasons_of(&c, "waterproof", &profile),
        Factor::Season,
        Verdict::Poor,
        "season-summer-waterproof"
    ));
}

#[test]
fn winter_runners_get_waterproof_uppers_and_grip() {
    let summer_shoe = Shoe {
        breathability: Breathability::High,
        ..shoe("summer-shoe")
    };
    let winter_shoe = Shoe {
        water_resistance: WaterResistance::Waterproof,
        outsole: Outsole::WinterGrip,
        ..shoe("winter-shoe")
    };
    let c = catalogue(vec![summer_shoe, winter_shoe]);
    let profile = Profile {
        season: Season::Winter,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "winter-shoe");
    assert!(has_reason(
        &reasons_of(&c, "summer-shoe", &profile),
        Factor::Season,
        Verdict::Caution,
        "season-winter-road-rubber"
    ));
    assert!(has_reason(
        &reasons_of(&c, "summer-shoe", &profile),
        Factor::Season,
        Verdict::Caution,
        "season-winter-untreated"
    ));
}

/// In mild seasons the plain version is the default pick: a water-resistant treatment is a
/// small trade-off, a waterproof membrane (warm, heavy, slow to dry) a real one that keeps
/// its shoe out of the best picks. In winter the order turns round.
#[test]
fn in_spring_and_autumn_the_plain_version_comes_before_its_treated_twins() {
    let treated = Shoe {
        water_resistance: WaterResistance::WaterResistant,
        ..shoe("treated")
    };
    let membrane = Shoe {
        water_resistance: WaterResistance::Waterproof,
        breathability: Breathability::Low,
        weight_g: 280.0,
        ..shoe("membrane")
    };
    let c = catalogue(vec![membrane, shoe("plain"), treated]);
    let mild = Profile {
        season: Season::SpringAutumn,
        ..runner()
    };
    assert_eq!(ranked(&c, &mild), vec!["plain", "treated", "membrane"]);
    let ranking = rank(&c, &mild, &Priorities::default());
    assert_eq!(ranking.recommendations[2].band, Band::Good);
    assert!(has_reason(
        &reasons_of(&c, "membrane", &mild),
        Factor::Season,
        Verdict::Caution,
        "season-spring-autumn-waterproof"
    ));
    let winter = Profile {
        season: Season::Winter,
        ..runner()
    };
    assert_eq!(first(&c, &winter), "membrane");
}

#[test]
fn indoors_the_season_does_not_call_for_a_winter_shoe() {
    let winter_shoe = Shoe {
        water_resistance: WaterResistance::Waterproof,
        breathability: Breathability::Low,
        surfaces: vec![Surface::Road, Surface::Indoor],
        ..shoe("winter-shoe")
    };
    let gym_shoe = Shoe {
        breathability: Breathability::High,
        surfaces: vec![Surface::Indoor],
        ..shoe("gym-shoe")
    };
    let c = catalogue(vec![winter_shoe, gym_shoe]);
    let profile = Profile {
        season: Season::Winter,
        surface: Surface::Indoor,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "gym-shoe");
}

#[test]
fn road_runners_get_thick_cushioned_soles_for_asphalt() {
    let thin = Shoe {
        cushioning: Cushioning::Light,
        ..shoe("thin")
    };
    let thick = Shoe {
        cushioning: Cushioning::High,
        outsole: Outsole::DurableRubber,
        ..shoe("thick")
    };
    let c = catalogue(vec![thin, thick]);
    let profile = Profile {
        surface: Surface::Road,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "thick");
    assert!(has_reason(
        &reasons_of(&c, "thick", &profile),
        Factor::Surface,
        Verdict::Good,
        "surface-road-cushioned"
    ));
    assert!(has_reason(
        &reasons_of(&c, "thin", &profile),
        Factor::Surface,
        Verdict::Caution,
        "surface-road-light"
    ));
}

#[test]
fn trail_runners_need_lugs() {
    let road = shoe("road-shoe");
    let trail = Shoe {
        outsole: Outsole::TrailLugs,
        surfaces: vec![Surface::Trail],
        ..shoe("trail-shoe")
    };
    let c = catalogue(vec![road, trail]);
    let profile = Profile {
        surface: Surface::Trail,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "trail-shoe");
    assert!(has_reason(
        &reasons_of(&c, "road-shoe", &profile),
        Factor::Surface,
        Verdict::Poor,
        "surface-trail-road-outsole"
    ));
}

#[test]
fn track_runners_prefer_light_flexible_shoes() {
    let heavy = Shoe {
        weight_g: 340.0,
        flexibility: Some(Flexibility::Stiff),
        surfaces: vec![Surface::Road, Surface::Track],
        ..shoe("heavy")
    };
    let light = Shoe {
        weight_g: 210.0,
        flexibility: Some(Flexibility::Flexible),
        surfaces: vec![Surface::Road, Surface::Track],
        ..shoe("light")
    };
    let c = catalogue(vec![heavy, light]);
    assert_eq!(
        first(
            &c,
            &Profile {
                surface: Surface::Track,
                ..runner()
            }
        ),
        "light"
    );
}

#[test]
fn studs_are_not_for_treadmills() {
    let studs = Shoe {
        outsole: Outsole::WinterGrip,
        surfaces: vec![Surface::Road, Surface::Indoor],
        ..shoe("studs")
    };
    let plain = Shoe {
        surfaces: vec![Surface::Road, Surface::Indoor],
        ..shoe("plain")
    };
    let c = catalogue(vec![studs, plain]);
    let profile = Profile {
        surface: Surface::Indoor,
        ..runner()
    };
    assert_eq!(first(&c, &profile), "plain");
    assert!(has_reason(
        &reasons_of(&c, "studs", &profile),
        Factor::Surface,
        Verdict::Poor,
        "surface-indoor-winter-grip"
    ));
}

#[test]
fn heel_strikers_need_reinforced_heel_cushioning() {
    let flat = Shoe {
        cushioning: Cushioning::Light,
        drop_mm: Some(2.0),
        ..shoe("flat")
    };
    let cushioned = Shoe {
        cushioning: Cushioning::High,
        drop_mm: Some(10.0),
        ..shoe("cushioned")
    };
    let c = catalogue(vec![flat, cushioned]);
    let profile = Profile {
        foot_strike: Some(FootStrike::Heel),
        ..runner()
    };
    assert_eq!(first(&c, &profile), "cushioned");
    assert!(has_reason(
        &reasons_of(&c, "flat", &profile),
        Factor::FootStrike,
        Verdict::Poor,
        "footstrike-heel-thin"
    ));
}

#[test]
fn forefoot_strikers_prefer_a_low_drop() {
    let high_drop = Shoe {
        drop_mm: Some(12.0),
        ..shoe("high-drop")
    };
    let low_drop = Shoe {
        drop_mm: Some(4.0),
        ..shoe("low-drop")
    };
    let c = catalogue(vec![high_drop, low_drop]);
    assert_eq!(
        first(
            &c,
            &Profile {
                foot_strike: Some(FootStrike::Forefoot),
                ..runner()
            }
        ),
        "low-drop"
    );
}

#[test]
fn knee_pain_favours_cushioning_and_says_when_to_see_a_doctor() {
    let light = Shoe {
        cushioning: Cushioning::Light,
        ..shoe("light")
    };
    let max = Shoe {
        cushioning: Cushioning::Max,
        ..shoe("max")
    };
    let c = catalogue(vec![light, max]);
    let profile = Profile {
        knee_pain: Some(true),
        ..runner()
    };
    assert_eq!(first(&c, &profile), "max");
    assert!(has_reason(
        &reasons_of(&c, "max", &profile),
        Factor::KneePain,
        Verdict::Good,
        "knee-cushioning-good"
    ));
    assert!(has_reason(
        &reasons_of(&c, "light", &profile),
        Factor::KneePain,
        Verdict::Poor,
        "knee-cushioning-poor"
    ));
}

#[test]
fn knee_pain_with_overpronation_asks_for_support() {
    let neutral = Shoe {
        cushioning: Cushioning::High,
        ..shoe("neutral")
    };
    let support = Shoe {
        cushioning: Cushioning::High,
        support: Support::Stability,
        ..shoe("support")
    };
    let c = catalogue(vec![neutral, support]);
    let profile = Profile {
        knee_pain: Some(true),
        pronation: Pronation::Over,
        ..runner()
    };
    let ranking = rank(&c, &profile, &Priorities::default());
    let knee = |id: &str| {
        ranking
            .recommendations
            .iter()
            .find(|r| c.shoes[r.shoe].id == id)
            .and_then(|r| r.fit(Factor::KneePain))
    };
    assert!(knee("support") > knee("neutral"));
}

#[test]
fn beginners_are_kept_away_from_racing_shoes() {
    let racer = Shoe {
        weight_g: 190.0,
        flexibility: Some(Flexibility::Stiff),
        cushioning: Cushioning::High,
        ..shoe("racer")
    };
    let trainer = Shoe {
        cushioning: Cushioning::High,
        ..shoe("trainer")
    };
    let c = catalogue(vec![racer, trainer]);
    let beginner = Profile {
        experience: Some(Experience::Beginner),
        ..runner()
    };
    assert_eq!(first(&c, &beginner), "trainer");
    assert!(has_reason(
        &reasons_of(&c, "racer", &beginner),
        Factor::Purpose,
        Verdict::Poor,
        "purpose-racer-beginner"
    ));
    // A competitive runner's one everyday pair is a trainer too; bought for races, the
    // racer comes first.
    let competitive = Profile {
        experience: Some(Experience::Competitive),
        ..runner()
    };
    assert_eq!(first(&c, &competitive), "trainer");
    let racing = Profile {
        purpose: Some(Purpose::Race),
        ..competitive
    };
    assert_eq!(first(&c, &racing), "racer");
}

#[test]
fn over_budget_shoes_rank_lower_but_stay_in() {
    let dear = Shoe {
        price: Some(250.0),
        ..shoe("dear")
    };
    let cheap = Shoe {
        price: Some(90.0),
        ..shoe("cheap")
    };
    let c = catalogue(vec![dear, cheap]);
    let profile = Profile {
        budget: Some(100.0),
        ..runner()
    };
    assert_eq!(ranked(&c, &profile), vec!["cheap", "dear"]);
    assert!(has_reason(
        &reasons_of(&c, "dear", &profile),
        Factor::Budget,
        Verdict::Poor,
        "budget-well-over"
    ));
}

#[test]
fn every_recommendation_explains_each_main_factor_and_each_optional_input_given() {
    let c = catalogue(vec![
        shoe("a"),
        Shoe {
            support: Support::MotionControl,
            ..shoe("b")
        },
    ]);
    let profile = Profile {
        foot_strike: Some(FootStrike::Midfoot),
        knee_pain: Some(false),
        orthotics: Some(false),
        experience: Some(Experience::Regular),
        budget: Some(150.0),
        size_eu: Some(42.0),
        weekly_km: Some(30.0),
        achilles_pain: Some(false),
        current_drop_mm: Some(8.0),
        preferred_foam: Some(shoe_selector::catalogue::Foam::Balanced),
        feet: Some(Feet {
            left_mm: 262.0,
            right_mm: 265.0,
            left_width_mm: None,
            right_width_mm: None,
        }),
        runs_in: Some(RunsIn {
            shoe: None,
            model: Some("Other Brand Runner 2".into()),
            size: Some(shoe_selector::units::ShoeSize::Eu(42.0)),
            fit: vec![RunsInFit::Good],
            wants: Vec::new(),
            km: Some(120.0),
        }),
        tried: vec![Tried {
            shoe: "a".into(),
            size: None,
            feel: vec![Feel::TooSoft],
            note: None,
        }],
        ..runner()
    };
    for shoe in &c.shoes {
        let reasons = explain(&c, shoe, &profile);
        for factor in Factor::ALL {
            assert!(
                reasons.iter().any(|r| r.factor == factor),
                "{} has no reason for {factor}",
                shoe.id
            );
        }
    }
    let bare = explain(&c, &c.shoes[0], &runner());
    assert!(
        bare.iter()
            .all(|r| Factor::MAIN.contains(&r.factor) || r.factor == Factor::Purpose),
        "optional reasons without optional inputs: {bare:?}"
    );
}

#[test]
fn a_zero_priority_leaves_a_factor_out_of_the_score_but_hard_requirements_stay() {
    // The two differ only in the upper's water treatment, which only the season looks at.
    let waterproof = Shoe {
        water_resistance: WaterResistance::Waterproof,
        widths: vec![Width::Narrow, Width::Standard],
        ..shoe("waterproof")
    };
    let mesh = Shoe {
        widths: vec![Width::Narrow, Width::Standard],
        ..shoe("mesh")
    };
    let c = catalogue(vec![waterproof, mesh]);
    let profile = Profile {
        season: Season::Summer,
        ..runner()
    };
    let default = rank(&c, &profile, &Priorities::default());
    assert!(default.recommendations[0].score > default.recommendations[1].score);
    let mut no_season = Priorities::default();
    no_season.set(Factor::Season, 0.0).expect("valid weight");
    let ignored = rank(&c, &profile, &no_season);
    assert_eq!(
        ignored.recommendations[0].score,
        ignored.recommendations[1].score
    );

    let wide = Profile {
        foot_width: Width::Wide,
        ..profile
    };
    let mut no_width = Priorities::default();
    no_width.set(Factor::FootWidth, 0.0).expect("valid weight");
    let c = catalogue(vec![c.shoes[0].clone(), shoe("every-width")]);
    let ranking = rank(&c, &wide, &no_width);
    assert_eq!(ranking.excluded.len(), 1, "a width not made still excludes");
    assert_eq!(c.shoes[ranking.excluded[0].shoe].id, "waterproof");
}

#[test]
fn raising_a_priority_moves_the_shoe_that_suits_it_up() {
    // `cheap` suits the budget; `cushioned` suits the heavy runner's weight.
    let cheap = Shoe {
        price: Some(60.0),
        cushioning: Cushioning::Light,
        ..shoe("cheap")
    };
    let cushioned = Shoe {
        price: Some(180.0),
        cushioning: Cushioning::Max,
        ..shoe("cushioned")
    };
    let c = catalogue(vec![cheap, cushioned]);
    let profile = Profile {
        weight_kg: 95.0,
        budget: Some(100.0),
        ..runner()
    };
    let mut budget_first = Priorities::default();
    budget_first
        .set(Factor::Budget, 10.0)
        .expect("valid weight");
    let mut weight_first = Priorities::default();
    weight_first
        .set(Factor::Weight, 10.0)
        .expect("valid weight");
    let top = |p: &Priorities| {
        c.shoes[rank(&c, &profile, p).recommendations[0].shoe]
            .id
            .clone()
    };
    assert_eq!(top(&budget_first), "cheap");
    assert_eq!(top(&weight_first), "cushioned");
}

#[test]
fn priorities_refuse_unknown_factors_and_negative_weights() {
    let mut priorities = Priorities::default();
    assert!(priorities.apply("weight=2.5").is_ok());
    assert_eq!(priorities.get(Factor::Weight), 2.5);
    assert_eq!(
        priorities.apply("wieght=2"),
        Err(PriorityError::UnknownFactor("wieght".into()))
    );
    let negative = priorities.apply("weight=-1").unwrap_err();
    assert!(matches!(
        negative,
        PriorityError::Weight {
            factor: "weight",
            ..
        }
    ));
    assert!(negative.to_string().contains("from 0 to 100"), "{negative}");
    assert!(matches!(
        priorities.apply("weight=lots"),
        Err(PriorityError::Weight { .. })
    ));
    assert_eq!(
        priorities.apply("weight"),
        Err(PriorityError::NotAnAssignment("weight".into()))
    );
    assert_eq!(
        priorities.get(Factor::Weight),
        2.5,
        "a refused weight changes nothing"
    );
}

#[test]
fn equal_scores_are_ordered_by_id() {
    let c = catalogue(vec![shoe("zeta"), shoe("alpha"), shoe("mid")]);
    assert_eq!(ranked(&c, &runner()), vec!["alpha", "mid", "zeta"]);
}

#[test]
fn studded_winter_shoes_rank_down_outside_winter() {
    let studs = Shoe {
        outsole: Outsole::WinterGrip,
        water_resistance: WaterResistance::WaterResistant,
        surfaces: vec![Surface::Road, Surface::Trail],
        ..shoe("studs")
    };
    let plain = Shoe {
        water_resistance: WaterResistance::WaterResistant,
        ..shoe("plain")
    };
    let c = catalogue(vec![studs, plain]);
    for season in [Season::Summer, Season::SpringAutumn] {
        assert_eq!(
            first(&c, &Profile { season, ..runner() }),
            "plain",
            "{season}"
        );
    }
    assert_eq!(
        first(
            &c,
            &Profile {
                season: Season::Winter,
                ..runner()
            }
        ),
        "studs"
    );
    let reasons = reasons_of(
        &c,
        "studs",
        &Profile {
            season: Season::SpringAutumn,
            ..runner()
        },
    );
    assert!(has_reason(
        &reasons,
        Factor::Surface,
        Verdict::Caution,
        "surface-road-winter-grip"
    ));
}

fn after_trying(id: &str, feel: Feel) -> Profile {
    Profile {
        tried: vec![Tried {
            shoe: id.into(),
            size: None,
            feel: vec![feel],
            note: None,
        }],
        ..runner()
    }
}

#[test]
fn a_shoe_that_felt_too_narrow_goes_down_and_shoes_that_come_wider_go_up() {
    let tight = Shoe {
        widths: vec![Width::Standard],
        ..shoe("tight")
    };
    let roomy = Shoe {
        widths: vec![Width::Standard, Width::Wide],
        ..shoe("roomy")
    };
    let plain = Shoe {
        widths: vec![Width::Standard],
        ..shoe("plain")
    };
    let c = catalogue(vec![tight, roomy, plain]);
    let profile = after_trying("tight", Feel::TooNarrow);
    assert_eq!(ranked(&c, &profile), vec!["roomy", "plain", "tight"]);
    assert!(has_reason(
        &reasons_of(&c, "roomy", &profile),
        Factor::Fitting,
        Verdict::Good,
        "fitting-too-narrow-this-comes-wider"
    ));
    assert!(has_reason(
        &reasons_of(&c, "tight", &profile),
        Factor::Fitting,
        Verdict::Poor,
        "fitting-own-too-narrow-no-wider"
    ));
}

/// A fitter brings the same model in the wider fit first, when it is made: the shoe that
/// felt too narrow stays on top with that advice, above the others that come wider.
#[test]
fn a_shoe_that_felt_too_narrow_but_comes_wider_is_tried_in_the_wider_fit_first() {
    let made_wider = Shoe {
        widths: vec![Width::Standard, Width::Wide],
        ..shoe("made-wider")
    };
    let also_wider = Shoe {
        widths: vec![Width::Standard, Width::Wide],
        ..shoe("also-wider")
    };
    let standard_only = Shoe {
        widths: vec![Width::Standard],
        ..shoe("standard-only")
    };
    let c = catalogue(vec![also_wider, standard_only, made_wider]);
    let profile = after_trying("made-wider", Feel::TooNarrow);
    assert_eq!(
        ranked(&c, &profile),
        vec!["made-wider", "also-wider", "standard-only"]
    );
    assert!(has_reason(
        &reasons_of(&c, "made-wider", &profile),
        Factor::Fitting,
        Verdict::Good,
        "fitting-own-too-narrow-comes-wider"
    ));
}

/// After the heel slipped in a shoe whose heel counter is already rigid, another rigid
/// counter is no cure: it is not raised, and the reason says what helps instead.
#[test]
fn heel_slip_in_a_rigid_counter_does_not_raise_every_rigid_counter() {
    let slipped = Shoe {
        heel_counter: HeelCounter::Rigid,
        ..shoe("slipped")
    };
    let rigid = Shoe {
        heel_counter: HeelCounter::Rigid,
        ..shoe("rigid")
    };
    let c = catalogue(vec![slipped, rigid]);
    let profile = after_trying("slipped", Feel::HeelSlips);
    let reasons = reasons_of(&c, "rigid", &profile);
    assert!(has_reason(
        &reasons,
        Factor::Fitting,
        Verdict::Caution,
        "fitting-heel-slipped-both-rigid"
    ));
    assert!(
        !reasons
            .iter()
            .any(|r| r.factor == Factor::Fitting && r.text.starts_with("Raised"))
    );
    let untried = rank(&c, &runner(), &Priorities::default());
    let now = rank(&c, &profile, &Priorities::default());
    let fitting_fit = |ranking: &Ranking| {
        ranking
            .recommendations
            .iter()
            .find(|r| c.shoes[r.shoe].id == "rigid")
            .map(|r| r.fit(Factor::Fitting).unwrap_or(0.8))
    };
    assert!(fitting_fit(&now) < fitting_fit(&untried));
}

#[test]
fn heel_slip_asks_for_a_firmer_heel_counter() {
    let slipped = Shoe {
        heel_counter: HeelCounter::Flexible,
        ..shoe("slipped")
    };
    let firm = Shoe {
        heel_counter: HeelCounter::Rigid,
        ..shoe("firm")
    };
    let soft = Shoe {
        heel_counter: HeelCounter::Flexible,
        ..shoe("soft")
    };
    let c = catalogue(vec![slipped, firm, soft]);
    let profile = after_trying("slipped", Feel::HeelSlips);
    assert_eq!(first(&c, &profile), "firm");
    assert!(has_reason(
        &reasons_of(&c, "firm", &profile),
        Factor::Fitting,
        Verdict::Good,
        "fitting-heel-slipped-this-firmer"
    ));
}

/// "Too soft" after a try-on asks for a firmer foam, not for less of it: a tall stack of
/// firm foam goes up, a thinner shoe of soft foam does not. How a foam feels comes from the
/// catalogue's `foam`, else from its notes; where neither says, the shoe is not moved up.
#[test]
fn too_soft_asks_for_a_firmer_foam_not_less_cushioning() {
    let middle = Shoe {
        cushioning: Cushioning::High,
        foam: Some(Foam::Soft),
        ..shoe("middle")
    };
    let tall_and_firm = Shoe {
        cushioning: Cushioning::Max,
        notes: Some("A firm, stable ride.".into()),
        ..shoe("tall-and-firm")
    };
    let thin_and_soft = Shoe {
        cushioning: Cushioning::Moderate,
        foam: Some(Foam::Soft),
        ..shoe("thin-and-soft")
    };
    let unknown = Shoe {
        cushioning: Cushioning::Light,
        ..shoe("unknown")
    };
    let c = catalogue(vec![middle, tall_and_firm, thin_and_soft, unknown]);
    let too_soft = after_trying("middle", Feel::TooSoft);
    assert_eq!(first(&c, &too_soft), "tall-and-firm");
    assert!(has_reason(
        &reasons_of(&c, "tall-and-firm", &too_soft),
        Factor::Fitting,
        Verdict::Good,
        "fitting-firmness-better"
    ));
    assert!(has_reason(
        &reasons_of(&c, "thin-and-soft", &too_soft),
        Factor::Fitting,
        Verdict::Caution,
        "fitting-firmness-same"
    ));
    assert!(has_reason(
        &reasons_of(&c, "unknown", &too_soft),
        Factor::Fitting,
        Verdict::Caution,
        "fitting-firmness-unknown"
    ));
    let fitting = |profile: &Profile, id: &str| {
        rank(&c, profile, &Priorities::default())
            .recommendations
            .iter()
            .find(|r| c.shoes[r.shoe].id == id)
            .and_then(|r| r.fit(Factor::Fitting))
    };
    assert!(fitting(&too_soft, "tall-and-firm") > fitting(&too_soft, "unknown"));
    assert!(fitting(&too_soft, "unknown") > fitting(&too_soft, "thin-and-soft"));
    let too_firm = after_trying("tall-and-firm", Feel::TooFirm);
    assert!(fitting(&too_firm, "middle") > fitting(&too_firm, "unknown"));
    assert!(fitting(&too_firm, "thin-and-soft") > fitting(&too_firm, "unknown"));
}

#[test]
fn a_liked_shoe_goes_up_and_a_disliked_one_down() {
    let c = catalogue(vec![shoe("alpha"), shoe("beta")]);
    assert_eq!(first(&c, &after_trying("beta", Feel::Liked)), "beta");
    assert_eq!(
        ranked(&c, &after_trying("alpha", Feel::Disliked)),
        vec!["beta", "alpha"]
    );
}

/// A shoe left out is not weighed in the ranking, but it is still explained on every input
/// it does not fail, as the comparison shows it.
#[test]
fn a_shoe_left_out_is_still_explained_on_every_input_it_does_not_fail() {
    let narrow = Shoe {
        widths: vec![Width::Narrow],
        water_resistance: WaterResistance::Waterproof,
        ..shoe("narrow")
    };
    let c = catalogue(vec![narrow]);
    let profile = Profile {
        foot_width: Width::Wide,
        season: Season::Summer,
        ..runner()
    };
    let ranking = rank(&c, &profile, &Priorities::default());
    let left_out = &ranking.excluded[0];
    assert!(left_out.failed.contains(Factor::FootWidth));
    assert_eq!(left_out.failed.len(), 1);
    let reasons = explain(&c, &c.shoes[0], &profile);
    let worst = |factor: Factor| {
        reasons
            .iter()
            .filter(|r| r.factor == factor)
            .map(|r| r.verdict)
            .min()
    };
    assert_eq!(worst(Factor::FootWidth), Some(Verdict::Poor));
    // The worst of the season's reasons: a membrane in summer is poor.
    assert_eq!(worst(Factor::Season), Some(Verdict::Poor));
    assert_eq!(worst(Factor::Budget), None, "no budget given");
}

#[test]
fn a_shoe_left_out_for_width_and_insole_gets_a_what_if_changing_both() {
    let racer = Shoe {
        widths: vec![Width::Standard],
        removable_insole: false,
        ..shoe("racer")
    };
    let c = catalogue(vec![racer, shoe("trainer")]);
    let profile = Profile {
        foot_width: Width::Wide,
        orthotics: Some(true),
        ..runner()
    };
    let priorities = Priorities::default();
    let ranking = rank(&c, &profile, &priorities);
    let claims = &what_if::what_ifs(&c, &profile, &priorities, &ranking, 2).of(0);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].changes.len(), 2);
    assert_eq!(claims[0].changes["foot_width"], "Standard");
    assert_eq!(claims[0].changes["orthotics"], false);
    let changed = what_if::apply(&profile, &claims[0].changes).expect("valid");
    let again = rank(&c, &changed, &priorities);
    assert_eq!(
        again
            .recommendations
            .iter()
            .find(|r| r.shoe == 0)
            .map(|r| r.rank),
        Some(claims[0].rank)
    );
}

/// Why one shoe is above another: when the lower one has a trade-off the upper one has not,
/// that trade-off is the whole answer; otherwise the inputs' shares add up to the gap.
#[test]
fn why_a_shoe_ranks_above_another_names_the_trade_off_that_decides() {
    let membrane = Shoe {
        water_resistance: WaterResistance::Waterproof,
        breathability: Breathability::Low,
        weight_g: 240.0,
        ..shoe("membrane")
    };
    let plain = shoe("plain");
    let lighter = Shoe {
        weight_g: 230.0,
        ..shoe("lighter")
    };
    let c = catalogue(vec![membrane, plain, lighter]);
    let profile = runner();
    let priorities = Priorities::default();
    let ranking = rank(&c, &profile, &priorities);
    let by_id = |id: &str| {
        ranking
            .recommendations
            .iter()
            .find(|r| c.shoes[r.shoe].id == id)
            .copied()
            .expect("ranked")
    };
    let (membrane, plain, lighter) = (by_id("membrane"), by_id("plain"), by_id("lighter"));
    let shares = what_if::separation(&plain, &membrane, &priorities);
    assert_eq!(shares.len(), 1, "{shares:?}");
    assert_eq!(shares[0].0, Factor::Season);
    assert!((shares[0].1 - (plain.score - membrane.score)).abs() < 1e-9);
    // Same tier: the lighter shoe is above on weight, and the shares make up the gap.
    let shares = what_if::separation(&lighter, &plain, &priorities);
    assert_eq!(
        shares.first().map(|s| s.0),
        Some(Factor::Weight),
        "{shares:?}"
    );
    let total: f64 = shares.iter().map(|s| s.1).sum();
    assert!((total - (lighter.score - plain.score)).abs() < 1e-9);
}

/// A stability shoe is said to guide the foot the way its catalogue says (guide rails, a
/// medial post, a wide base), and only in general where the catalogue does not say.
#[test]
fn a_stability_shoe_is_said_to_guide_the_foot_as_the_catalogue_says() {
    let rails = Shoe {
        support: Support::Stability,
        notes: Some("Stability daily trainer with GuideRails.".into()),
        ..shoe("rails")
    };
    let post = Shoe {
        support: Support::Stability,
        notes: Some("A dual-density medial post under the arch.".into()),
        ..shoe("post")
    };
    let unsaid = Shoe {
        support: Support::Stability,
        ..shoe("unsaid")
    };
    let c = catalogue(vec![rails, post, unsaid]);
    let over = Profile {
        pronation: Pronation::Over,
        ..runner()
    };
    let said = |id: &str, words: &str| {
        has_words(
            &reasons_of(&c, id, &over),
            Factor::Pronation,
            Verdict::Good,
            words,
        )
    };
    assert!(said(
        "rails",
        "guides the foot with guide rails along the heel"
    ));
    assert!(said("post", "guides the foot with a firmer medial post"));
    assert!(said(
        "unsaid",
        "a stability shoe guides the foot and keeps it"
    ));
    for id in ["rails", "unsaid"] {
        assert!(
            !reasons_of(&c, id, &over)
                .iter()
                .any(|r| r.text.contains("medial post")),
            "{id} is not said to have a medial post"
        );
    }
}

/// A carbon racer, a tempo shoe and a daily trainer, as the additions say they are.
fn racer_tempo_trainer() -> Catalogue {
    let racer = Shoe {
        plate: Some(Plate::Carbon),
        uses: Some(vec![Purpose::Race]),
        weight_g: 200.0,
        stack_heel_mm: Some(39.0),
        flexibility: Some(Flexibility::Stiff),
        ..shoe("racer")
    };
    let tempo = Shoe {
        plate: Some(Plate::Nylon),
        uses: Some(vec![Purpose::Tempo]),
        weight_g: 230.0,
        ..shoe("tempo")
    };
    let trainer = Shoe {
        uses: Some(vec![Purpose::Daily, Purpose::LongRun]),
        cushioning: Cushioning::High,
        weight_g: 290.0,
        ..shoe("trainer")
    };
    catalogue(vec![racer, tempo, trainer])
}

#[test]
fn a_race_purpose_brings_the_racer_up_for_a_competitive_runner() {
    let c = racer_tempo_trainer();
    let competitive = Profile {
        experience: Some(Experience::Competitive),
        weight_kg: 62.0,
        ..runner()
    };
    assert_eq!(first(&c, &competitive), "trainer", "everyday: the trainer");
    let racing = Profile {
        purpose: Some(Purpose::Race),
        ..competitive
    };
    assert_eq!(first(&c, &racing), "racer");
    assert!(has_reason(
        &reasons_of(&c, "racer", &racing),
        Factor::Purpose,
        Verdict::Good,
        "purpose-sold-for"
    ));
    assert!(has_reason(
        &reasons_of(&c, "trainer", &racing),
        Factor::Purpose,
        Verdict::Caution,
        "purpose-race-trainer"
    ));
}

#[test]
fn a_heavy_runner_s_daily_pair_is_never_a_racer_whatever_its_catalogue_says() {
    let c = racer_tempo_trainer();
    let heavy = Profile {
        weight_kg: 102.0,
        experience: Some(Experience::Competitive),
        ..runner()
    };
    assert_ne!(first(&c, &heavy), "racer");
    assert!(has_reason(
        &reasons_of(&c, "racer", &heavy),
        Factor::Purpose,
        Verdict::Poor,
        "purpose-racer-heavy"
    ));
    // Even bought for races, a heavy runner hears the trade-off, not a plain yes.
    let racing = Profile {
        purpose: Some(Purpose::Race),
        ..heavy
    };
    assert!(has_reason(
        &reasons_of(&c, "racer", &racing),
        Factor::Purpose,
        Verdict::Caution,
        "purpose-race-racer-heavy"
    ));
}

#[test]
fn a_tempo_purpose_prefers_the_tempo_shoe_and_long_runs_the_cushioned_trainer() {
    let c = racer_tempo_trainer();
    let tempo = Profile {
        purpose: Some(Purpose::Tempo),
        ..runner()
    };
    assert_eq!(first(&c, &tempo), "tempo");
    let long = Profile {
        purpose: Some(Purpose::LongRun),
        ..runner()
    };
    assert_eq!(first(&c, &long), "trainer");
    assert!(has_reason(
        &reasons_of(&c, "racer", &long),
        Factor::Purpose,
        Verdict::Poor,
        "purpose-easy-racer"
    ));
}

#[test]
fn without_uses_or_plate_a_stiff_light_shoe_is_judged_a_racer_and_said_to_look_like_one() {
    let looks_fast = Shoe {
        flexibility: Some(Flexibility::Stiff),
        weight_g: 205.0,
        drop_mm: Some(6.0),
        ..shoe("looks-fast")
    };
    let c = catalogue(vec![looks_fast, shoe("plain")]);
    let racing = Profile {
        purpose: Some(Purpose::Race),
        experience: Some(Experience::Regular),
        ..runner()
    };
    assert_eq!(first(&c, &racing), "looks-fast");
    assert!(has_reason(
        &reasons_of(&c, "looks-fast", &racing),
        Factor::Purpose,
        Verdict::Good,
        "purpose-race-racer"
    ));
}

#[test]
fn high_weekly_distance_favours_durable_rubber_and_protective_cushioning() {
    let thin = Shoe {
        cushioning: Cushioning::Light,
        ..shoe("thin")
    };
    let durable = Shoe {
        cushioning: Cushioning::High,
        outsole: Outsole::DurableRubber,
        ..shoe("durable")
    };
    let c = catalogue(vec![thin, durable]);
    let many = Profile {
        weekly_km: Some(70.0),
        ..runner()
    };
    assert_eq!(first(&c, &many), "durable");
    let reasons = reasons_of(&c, "thin", &many);
    assert!(has_reason(
        &reasons,
        Factor::WeeklyKm,
        Verdict::Caution,
        "habits-km-thin"
    ));
    assert!(has_reason(
        &reasons_of(&c, "durable", &many),
        Factor::WeeklyKm,
        Verdict::Good,
        "habits-km-durable-rubber"
    ));
    // At a low distance, mileage favours neither.
    let few = Profile {
        weekly_km: Some(15.0),
        ..runner()
    };
    let a = rank(&c, &few, &Priorities::default());
    for recommendation in &a.recommendations {
        let reasons = explain(&c, &c.shoes[recommendation.shoe], &few);
        assert!(has_reason(
            &reasons,
            Factor::WeeklyKm,
            Verdict::Good,
            "habits-km-low"
        ));
    }
}

#[test]
fn marked_overpronation_needs_real_support_and_mild_one_accepts_a_stable_neutral_shoe() {
    let neutral_firm = Shoe {
        heel_counter: HeelCounter::Rigid,
        ..shoe("neutral-firm")
    };
    let stability = Shoe {
        support: Support::Stability,
        heel_counter: HeelCounter::Rigid,
        ..shoe("stability")
    };
    let motion = Shoe {
        support: Support::MotionControl,
        heel_counter: HeelCounter::Rigid,
        ..shoe("motion")
    };
    let c = catalogue(vec![neutral_firm, stability, motion]);
    let marked = Profile {
        pronation: Pronation::Over,
        pronation_severity: Some(PronationSeverity::Marked),
        ..runner()
    };
    assert!(has_reason(
        &reasons_of(&c, "neutral-firm", &marked),
        Factor::Pronation,
        Verdict::Poor,
        "pronation-over-marked-neutral"
    ));
    assert!(has_reason(
        &reasons_of(&c, "motion", &marked),
        Factor::Pronation,
        Verdict::Good,
        "pronation-over-motion-control-marked"
    ));
    let mild = Profile {
        pronation_severity: Some(PronationSeverity::Mild),
        ..marked.clone()
    };
    assert!(has_reason(
        &reasons_of(&c, "neutral-firm", &mild),
        Factor::Pronation,
        Verdict::Caution,
        "pronation-over-mild-neutral-stable"
    ));
    assert!(has_reason(
        &reasons_of(&c, "motion", &mild),
        Factor::Pronation,
        Verdict::Caution,
        "pronation-over-motion-control-mild"
    ));
    assert_eq!(ranked(&c, &mild)[0], "stability");
    // A motion-control shoe ranks higher for the marked case than for the mild one.
    let place = |profile: &Profile| {
        ranked(&c, profile)
            .iter()
            .position(|id| id == "motion")
            .expect("motion control is recommended")
    };
    assert!(place(&marked) < place(&mild));
}

#[test]
fn pronation_severity_is_ignored_for_a_neutral_gait() {
    let c = catalogue(vec![
        shoe("neutral"),
        Shoe {
            support: Support::Stability,
            ..shoe("stability")
        },
    ]);
    let plain = runner();
    let said = Profile {
        pronation_severity: Some(PronationSeverity::Marked),
        ..runner()
    };
    assert_eq!(said.severity(), None);
    let scores = |profile: &Profile| -> Vec<f64> {
        rank(&c, profile, &Priorities::default())
            .recommendations
            .iter()
            .map(|r| r.score)
            .collect()
    };
    assert_eq!(scores(&plain), scores(&said));
    assert_eq!(
        explain(&c, &c.shoes[0], &plain),
        explain(&c, &c.shoes[0], &said)
    );
}

#[test]
fn achilles_trouble_keeps_low_and_zero_drops_out_of_the_best_picks() {
    let zero = Shoe {
        drop_mm: Some(0.0),
        ..shoe("zero")
    };
    let low = Shoe {
        drop_mm: Some(3.0),
        ..shoe("low")
    };
    let high = Shoe {
        drop_mm: Some(10.0),
        ..shoe("high")
    };
    let c = catalogue(vec![zero, low, high]);
    let sore = Profile {
        achilles_pain: Some(true),
        ..runner()
    };
    let ranking = rank(&c, &sore, &Priorities::default());
    let id = |r: &Recommendation| c.shoes[r.shoe].id.as_str();
    assert_eq!(id(&ranking.recommendations[0]), "high");
    for recommendation in &ranking.recommendations {
        if id(recommendation) != "high" {
            assert_ne!(recommendation.band, Band::Best, "{}", id(recommendation));
        }
    }
    assert!(has_reason(
        &reasons_of(&c, "zero", &sore),
        Factor::AchillesPain,
        Verdict::Poor,
        "habits-achilles-zero-drop"
    ));
    assert!(has_reason(
        &reasons_of(&c, "high", &sore),
        Factor::AchillesPain,
        Verdict::Good,
        "habits-achilles-high-drop"
    ));
}

#[test]
fn a_drop_more_than_4_mm_from_the_current_shoes_is_said_as_a_transition() {
    let low = Shoe {
        drop_mm: Some(4.0),
        ..shoe("low")
    };
    let near = Shoe {
        drop_mm: Some(9.0),
        ..shoe("near")
    };
    let c = catalogue(vec![low, near]);
    let from_ten = Profile {
        current_drop_mm: Some(10.0),
        ..runner()
    };
    assert_eq!(first(&c, &from_ten), "near");
    assert!(has_reason(
        &reasons_of(&c, "low", &from_ten),
        Factor::CurrentDrop,
        Verdict::Caution,
        "habits-drop-lower"
    ));
    assert!(has_reason(
        &reasons_of(&c, "near", &from_ten),
        Factor::CurrentDrop,
        Verdict::Good,
        "habits-drop-close"
    ));
    // From a low drop, the same shoes turn round.
    let from_four = Profile {
        current_drop_mm: Some(4.0),
        ..runner()
    };
    assert_eq!(first(&c, &from_four), "low");
}

#[test]
fn a_foam_preference_lifts_shoes_whose_foam_feels_that_way() {
    let soft = Shoe {
        foam: Some(Foam::Soft),
        ..shoe("soft")
    };
    let firm = Shoe {
        foam: Some(Foam::Firm),
        ..shoe("firm")
    };
    let from_notes = Shoe {
        notes: Some("A firm, stable ride.".into()),
        ..shoe("firm-by-its-notes")
    };
    let c = catalogue(vec![soft, firm, from_notes]);
    let likes_firm = Profile {
        preferred_foam: Some(Foam::Firm),
        ..runner()
    };
    assert_eq!(ranked(&c, &likes_firm)[2], "soft");
    assert!(has_reason(
        &reasons_of(&c, "soft", &likes_firm),
        Factor::PreferredFoam,
        Verdict::Caution,
        "habits-foam-far"
    ));
    assert!(has_reason(
        &reasons_of(&c, "firm-by-its-notes", &likes_firm),
        Factor::PreferredFoam,
        Verdict::Good,
        "habits-foam-same"
    ));
    let likes_soft = Profile {
        preferred_foam: Some(Foam::Soft),
        ..runner()
    };
    assert_eq!(first(&c, &likes_soft), "soft");
}

#[test]
fn wide_feet_favour_a_roomy_toe_box_and_a_snug_one_is_a_trade_off() {
    let roomy = Shoe {
        toe_box: Some(ToeBox::Roomy),
        ..shoe("roomy")
    };
    let snug = Shoe {
        toe_box: Some(ToeBox::Snug),
        ..shoe("snug")
    };
    let c = catalogue(vec![snug, roomy]);
    let wide = Profile {
        foot_width: Width::Wide,
        ..runner()
    };
    assert_eq!(first(&c, &wide), "roomy");
    assert!(has_reason(
        &reasons_of(&c, "snug", &wide),
        Factor::FootWidth,
        Verdict::Caution,
        "width-toe-box-snug-wide"
    ));
    let narrow = Profile {
        foot_width: Width::Narrow,
        ..runner()
    };
    assert!(has_reason(
        &reasons_of(&c, "snug", &narrow),
        Factor::FootWidth,
        Verdict::Good,
        "width-toe-box-snug-narrow"
    ));
}

/// What-ifs offer a choice the runner can make or a correction of an input easy to get
/// wrong, never a different body (weight, foot strike, experience, knee pain), and only
/// where the move is worth telling: into the top three, or back from being left out.
#[test]
fn what_ifs_offer_choices_and_corrections_worth_telling_never_a_different_body() {
    use shoe_selector::recommend::what_if::what_ifs;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron");
    let c = load_catalogue(&path)
        .into_result()
        .expect("bundled catalogue")
        .catalogue;
    let runners = [
        runner(),
        Profile {
            foot_width: Width::Wide,
            weight_kg: 96.0,
            pronation: Pronation::Over,
            season: Season::Winter,
            surface: Surface::Trail,
            foot_strike: Some(FootStrike::Heel),
            knee_pain: Some(true),
            orthotics: Some(true),
            experience: Some(Experience::Beginner),
            budget: Some(140.0),
            size_eu: Some(44.0),
            preferred_foam: Some(Foam::Soft),
            ..runner()
        },
    ];
    const CHOICES: [&str; 7] = [
        "season",
        "surface",
        "budget",
        "orthotics",
        "size_eu",
        "purpose",
        "preferred_foam",
    ];
    const CORRECTIONS: [&str; 2] = ["pronation", "foot_width"];
    let mut told = 0;
    for profile in &runners {
        let ranking = rank(&c, profile, &Priorities::default());
        let found = what_ifs(&c, profile, &Priorities::default(), &ranking, 2);
        let now = |shoe: usize| {
            ranking
                .recommendations
                .iter()
                .find(|r| r.shoe == shoe)
                .map(|r| r.rank)
        };
        for (shoe, list) in found.all().iter().enumerate() {
            for what_if in list {
                told += 1;
                for field in what_if.changes.keys() {
                    assert!(
                        CHOICES.contains(&field.as_str()) || CORRECTIONS.contains(&field.as_str()),
                        "{field} is not a choice or a correction: {}",
                        what_if.text
                    );
                }
                match now(shoe) {
                    Some(rank) => assert!(
                        what_if.rank <= 3 && what_if.rank < rank,
                        "#{rank} to #{} is not worth telling: {}",
                        what_if.rank,
                        what_if.text
                    ),
                    None => assert!(what_if.text.contains("would not be left out")),
                }
                if let Some(width) = what_if.changes.get("foot_width") {
                    let to = Width::ALL
                        .iter()
                        .position(|w| w.as_str() == width)
                        .expect("a width");
                    let from = profile.foot_width as usize;
                    assert!(
                        to.abs_diff(from) <= 1,
                        "a width one step away: {}",
                        what_if.text
                    );
                    assert!(what_if.text.starts_with("If your feet measure nearer"));
                }
                if what_if.changes.contains_key("pronation") {
                    assert!(
                        what_if.text.starts_with("If your old shoes wear"),
                        "{}",
                        what_if.text
                    );
                }
            }
        }
    }
    assert!(told > 5, "the runners get what-ifs to check");
}

/// A pair bought for races is judged as one whatever else the runner said: a regular
/// runner's racer can be a best pick, and high weekly distance, carried by the everyday
/// pair, is no caution on it; a barefoot shoe sold for long runs is still no long-run pair.
#[test]
fn a_race_pair_is_judged_as_one_and_a_barefoot_shoe_is_never_a_long_run_pair() {
    let c = racer_tempo_trainer();
    let racing = Profile {
        experience: Some(Experience::Regular),
        purpose: Some(Purpose::Race),
        weekly_km: Some(80.0),
        weight_kg: 64.0,
        ..runner()
    };
    let ranking = rank(&c, &racing, &Priorities::default());
    let top = &ranking.recommendations[0];
    assert_eq!(c.shoes[top.shoe].id, "racer");
    assert_eq!(top.band, Band::Best);
    let reasons = reasons_of(&c, "racer", &racing);
    assert!(has_reason(
        &reasons,
        Factor::WeeklyKm,
        Verdict::Good,
        "habits-km-second-pair"
    ));
    assert!(!reasons.iter().any(|r| r.verdict != Verdict::Good
        && (r.factor == Factor::Experience || r.factor == Factor::WeeklyKm)));

    let barefoot = Shoe {
        cushioning: Cushioning::Minimal,
        drop_mm: Some(0.0),
        uses: Some(vec![Purpose::LongRun]),
        ..shoe("barefoot")
    };
    let c = catalogue(vec![barefoot]);
    let long = Profile {
        purpose: Some(Purpose::LongRun),
        ..runner()
    };
    assert!(has_reason(
        &reasons_of(&c, "barefoot", &long),
        Factor::Purpose,
        Verdict::Poor,
        "purpose-easy-barefoot"
    ));
}

#[test]
fn when_nothing_suits_the_changes_that_would_widen_the_choice_are_named_and_hold() {
    use shoe_selector::recommend::what_if::{WIDENINGS, apply, widen};
    // Fixed insoles only, and a runner with orthotics: no shoe suits it all.
    let fixed = |id: &str| Shoe {
        removable_insole: false,
        ..shoe(id)
    };
    let c = catalogue(vec![fixed("a"), fixed("b"), fixed("c")]);
    let with_orthotics = Profile {
        orthotics: Some(true),
        ..runner()
    };
    let priorities = Priorities::default();
    assert_eq!(
        rank(&c, &with_orthotics, &priorities).in_band(Band::Best),
        0
    );
    let widenings = widen(&c, &with_orthotics, &priorities, WIDENINGS);
    let without = widenings
        .iter()
        .find(|w| {
            w.changes
                .get("orthotics")
                .and_then(serde_json::Value::as_bool)
                == Some(false)
        })
        .expect("running without orthotics widens the choice");
    assert_eq!(without.suiting, 3);
    assert_eq!(
        without.text(shoe_selector::words::Lang::En.words()),
        "Without orthotics 3 shoes would suit all you asked."
    );

    // Every claim holds, on made-up and bundled catalogues alike, and none changes the body.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron");
    let bundled = load_catalogue(&path)
        .into_result()
        .expect("bundled catalogue")
        .catalogue;
    // Racing shoes in extra wide: the shop has none.
    let hard = Profile {
        foot_width: Width::ExtraWide,
        purpose: Some(Purpose::Race),
        ..runner()
    };
    let mut told = 0;
    for (c, profile) in [(&c, &with_orthotics), (&bundled, &hard)] {
        let widenings = widen(c, profile, &priorities, WIDENINGS);
        assert!(widenings.len() <= WIDENINGS);
        assert!(widenings.windows(2).all(|w| w[0].suiting >= w[1].suiting));
        for (i, widening) in widenings.iter().enumerate() {
            told += 1;
            for field in widening.changes.keys() {
                assert!(!field.starts_with("weight"), "never a different body");
                assert!(
                    field != "season" && field != "surface",
                    "never when or where they run"
                );
                assert!(
                    widenings[..i]
                        .iter()
                        .all(|w| !w.changes.contains_key(field)),
                    "each widening changes a different input"
                );
            }
            let changed = apply(profile, &widening.changes).expect("a valid change");
            let ranking = rank(c, &changed, &priorities);
            assert_eq!(
                ranking.in_band(Band::Best),
                widening.suiting.min(BEST_PICKS),
                "{}",
                widening.text(shoe_selector::words::Lang::En.words())
            );
        }
    }
    assert!(
        told >= 2,
        "both runners are told what would widen the choice"
    );

    // A runner some shoe suits needs no widening.
    assert!(widen(&c, &runner(), &priorities, WIDENINGS).is_empty());
}

/// The first pick leads with every input it suits (each judged good), and says what puts it
/// ahead of the next shoe; a shoe left out has its verdicts too, the worst of its reasons.
#[test]
fn the_first_pick_says_what_it_suits_and_a_left_out_shoe_has_its_verdicts() {
    let wide_only = Shoe {
        widths: vec![Width::Wide],
        ..shoe("wide-only")
    };
    let light = Shoe {
        weight_g: 220.0,
        ..shoe("light")
    };
    let heavy = Shoe {
        weight_g: 330.0,
        ..shoe("heavy")
    };
    let c = catalogue(vec![wide_only, light, heavy]);
    let profile = runner();
    let priorities = Priorities::default();
    let ranking = rank(&c, &profile, &priorities);
    let lead = first_pick_lead(&ranking, &priorities).expect("a best pick leads");
    let first = &ranking.recommendations[0];
    for factor in Factor::MAIN {
        assert_eq!(
            lead.suits.contains(&factor),
            first.verdict(factor) == Some(Verdict::Good),
            "{factor:?}"
        );
    }
    assert!(!lead.suits.is_empty());
    if let Some(next) = lead.next {
        assert_eq!(next, ranking.recommendations[1].shoe);
        assert!(!lead.ahead.is_empty());
    }
    // The advice holds every shoe's verdicts: a ranked shoe's as ranked; the wide-only
    // shoe, left out for its width, poor on width and on every other input as its reasons
    // say, though the ranking stopped at the width.
    let advice = advise(&c, &profile, &priorities, &Asked::default());
    assert_eq!(
        advice.verdict(&c, &profile, 0, Factor::FootWidth),
        Some(Verdict::Poor)
    );
    assert!(advice.is_left_out(0) && advice.recommendation(0).is_none());
    for r in &advice.ranking.recommendations {
        assert_eq!(advice.recommendation(r.shoe), Some(r), "found by its index");
        assert!(!advice.is_left_out(r.shoe));
    }
    for factor in Factor::ALL {
        let worst = explain(&c, &c.shoes[0], &profile)
            .iter()
            .filter(|reason| reason.factor == factor)
            .map(|reason| reason.verdict)
            .min();
        if factor.is_given(&profile) {
            assert_eq!(
                advice.verdict(&c, &profile, 0, factor),
                Some(worst.unwrap_or(Verdict::Good)),
                "{factor}"
            );
        } else {
            assert_eq!(
                advice.verdict(&c, &profile, 0, factor),
                None,
                "{factor} not given"
            );
        }
        assert_eq!(
            advice.verdict(&c, &profile, first.shoe, factor),
            first.verdict(factor),
            "{factor}"
        );
    }
    assert!(
        advice.verdict(&c, &profile, 0, Factor::Weight).is_some(),
        "a left-out shoe's other inputs are judged"
    );
}

/// Experience on its own: a beginner's legs want forgiving cushioning (a lightly cushioned
/// shoe is a caution), a competitive runner a light shoe (a heavy one is a caution). Each
/// shoe that should win sorts last by id, so only the rule can put it first.
#[test]
fn experience_asks_forgiving_cushioning_of_a_beginner_and_lightness_of_a_racer() {
    let fit = |c: &Catalogue, profile: &Profile, index: usize| {
        rank(c, profile, &Priorities::default())
            .recommendations
            .iter()
            .find(|r| r.shoe == index)
            .and_then(|r| r.fit(Factor::Experience))
            .expect("ranked")
    };
    let light = Shoe {
        cushioning: Cushioning::Light,
        ..shoe("a-light-cushioning")
    };
    let high = Shoe {
        cushioning: Cushioning::High,
        ..shoe("z-high-cushioning")
    };
    let c = catalogue(vec![light, high]);
    let beginner = Profile {
        experience: Some(Experience::Beginner),
        ..runner()
    };
    assert!(fit(&c, &beginner, 1) > fit(&c, &beginner, 0));
    assert!(has_reason(
        &reasons_of(&c, "z-high-cushioning", &beginner),
        Factor::Experience,
        Verdict::Good,
        "experience-beginner-cushioning-forgiving"
    ));
    assert!(has_reason(
        &reasons_of(&c, "a-light-cushioning", &beginner),
        Factor::Experience,
        Verdict::Caution,
        "experience-beginner-cushioning-light"
    ));
    let heavy = Shoe {
        weight_g: 330.0,
        ..shoe("a-heavy")
    };
    let nimble = Shoe {
        weight_g: 235.0,
        ..shoe("z-nimble")
    };
    let c = catalogue(vec![heavy, nimble]);
    let competitive = Profile {
        experience: Some(Experience::Competitive),
        ..runner()
    };
    assert!(fit(&c, &competitive, 1) > fit(&c, &competitive, 0));
    assert!(has_reason(
        &reasons_of(&c, "a-heavy", &competitive),
        Factor::Experience,
        Verdict::Caution,
        "experience-competitive-heavy"
    ));
}
