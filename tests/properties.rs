//! Properties that hold for any valid catalogue and runner.

use proptest::prelude::*;
use shoe_selector::catalogue::*;
use shoe_selector::profile::*;
use shoe_selector::recommend::*;
use std::collections::HashSet;

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn subset<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    proptest::sample::subsequence(all, 1..=all.len())
}

prop_compose! {
    fn a_shoe()(
        id in 0u32..40,
        // Short ids, and long ones that share their first bytes: ties are broken on the whole id.
        prefix in prop_oneof![Just("shoe-"), Just("new-balance-fresh-foam-"), Just("x")],
        support in pick(Support::ALL),
        cushioning in pick(Cushioning::ALL),
        heel_counter in pick(HeelCounter::ALL),
        removable_insole in any::<bool>(),
        breathability in pick(Breathability::ALL),
        water_resistance in pick(WaterResistance::ALL),
        outsole in pick(Outsole::ALL),
        widths in subset(Width::ALL),
        surfaces in subset(Surface::ALL),
        weight_g in 100.0f64..=600.0,
        stack in proptest::option::of(5.0f64..=60.0),
        drop in proptest::option::of(0.0f64..=16.0),
        flexibility in proptest::option::of(pick(Flexibility::ALL)),
        price in proptest::option::of(0.0f64..400.0),
        sizes in proptest::option::of((30.0f64..44.0, 0.0f64..10.0)),
    ) -> Shoe {
        Shoe {
            id: format!("{prefix}{id}"),
            brand: "Brand".into(),
            model: format!("Model {id}"),
            support, cushioning, heel_counter, removable_insole, breathability, water_resistance, outsole,
            widths, surfaces, weight_g,
            stack_heel_mm: stack,
            drop_mm: drop,
            flexibility,
            price,
            currency: None,
            sizes_eu: sizes.map(|(low, span)| (low, low + span)),
            image: None,
            notes: None,
            plate: None,
            uses: None,
            foam: None,
            toe_box: None,
            lug_depth_mm: None,
            sizing: None,
            replaces: None,
            guidance: None,
            widths_confirmed: None,
            url: None,
        }
    }
}

fn a_catalogue() -> impl Strategy<Value = Catalogue> {
    proptest::collection::vec(a_shoe(), 1..30).prop_map(|shoes| {
        // Ids are unique in a valid catalogue: keep the first of each.
        let mut seen = HashSet::new();
        let shoes = shoes
            .into_iter()
            .filter(|s| seen.insert(s.id.clone()))
            .collect();
        Catalogue {
            format: 1,
            name: None,
            currency: Some("EUR".into()),
            shoes,
            size_charts: Vec::new(),
        }
    })
}

prop_compose! {
    fn a_profile()(
        foot_width in pick(Width::ALL),
        weight_kg in 25.0f64..=250.0,
        pronation in pick(Pronation::ALL),
        season in pick(Season::ALL),
        surface in pick(Surface::ALL),
        foot_strike in proptest::option::of(pick(FootStrike::ALL)),
        knee_pain in proptest::option::of(any::<bool>()),
        orthotics in proptest::option::of(any::<bool>()),
        experience in proptest::option::of(pick(Experience::ALL)),
        budget in proptest::option::of(0.0f64..300.0),
        size_eu in proptest::option::of(30.0f64..50.0),
        // Shoes tried on: ids from the same range as the catalogue's, some not in it.
        tried in proptest::collection::vec((0u32..40, proptest::sample::subsequence(Feel::ALL, 0..3)), 0..3),
    ) -> Profile {
        let tried = tried.into_iter().map(|(id, feel)| Tried { shoe: format!("shoe-{id}"), size: None, feel, note: None }).collect();
        Profile { foot_width, weight_kg, pronation, season, surface, foot_strike, knee_pain, orthotics, experience, budget, size_eu, tried, ..Profile::default() }
    }
}

fn a_priorities() -> impl Strategy<Value = Priorities> {
    proptest::collection::vec(0.0f64..5.0, Factor::ALL.len()).prop_map(|weights| {
        let mut priorities = Priorities::default();
        for (factor, weight) in Factor::ALL.into_iter().zip(weights) {
            priorities.set(factor, weight).expect("non-negative");
        }
        priorities
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn rankings_are_sound(catalogue in a_catalogue(), profile in a_profile(), priorities in a_priorities()) {
        let ranking = rank(&catalogue, &profile, &priorities);

        // Every shoe recommended or excluded, exactly once.
        let mut seen: Vec<usize> = ranking.recommendations.iter().map(|r| r.shoe).chain(ranking.excluded.iter().map(|e| e.shoe)).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen, (0..catalogue.shoes.len()).collect::<Vec<_>>());

        for (i, r) in ranking.recommendations.iter().enumerate() {
            let shoe = &catalogue.shoes[r.shoe];
            prop_assert_eq!(r.rank, i + 1);
            prop_assert!((0.0..=1.0).contains(&r.score));
            // Hard requirements.
            prop_assert!(shoe.made_in(profile.foot_width));
            if profile.orthotics == Some(true) { prop_assert!(shoe.removable_insole); }
            if let (Some(size), Some((low, high))) = (profile.size_eu, shoe.sizes_eu) {
                prop_assert!((low..=high).contains(&size));
            }
            // Explained on each main factor and each optional input given.
            let reasons = explain(&catalogue, shoe, &profile);
            for factor in Factor::ALL.into_iter().filter(|f| f.is_given(&profile)) {
                prop_assert!(reasons.iter().any(|reason| reason.factor == factor), "{} has no {} reason", shoe.id, factor);
            }
        }
        // Scores never rise down the list; equal scores in order of id.
        for pair in ranking.recommendations.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(a.score >= b.score);
            if a.score == b.score {
                prop_assert!(catalogue.shoes[a.shoe].id < catalogue.shoes[b.shoe].id);
            }
        }
        for pair in ranking.excluded.windows(2) {
            prop_assert!(catalogue.shoes[pair[0].shoe].id < catalogue.shoes[pair[1].shoe].id);
        }
        for e in &ranking.excluded {
            prop_assert!(!exclusion_reasons(&catalogue, &catalogue.shoes[e.shoe], &profile).is_empty());
        }
        // Deterministic.
        prop_assert_eq!(rank(&catalogue, &profile, &priorities), ranking);
    }

    #[test]
    fn every_what_if_claim_holds_when_the_changed_profile_is_ranked_again(catalogue in a_catalogue(), profile in a_profile(), priorities in a_priorities()) {
        let ranking = rank(&catalogue, &profile, &priorities);
        let found = what_if::what_ifs(&catalogue, &profile, &priorities, &ranking, 3);
        prop_assert_eq!(found.len(), catalogue.shoes.len());
        for (shoe, claims) in found.all().iter().enumerate() {
            let now = ranking.recommendations.iter().find(|r| r.shoe == shoe).map(|r| r.rank);
            for claim in claims {
                let changed = what_if::apply(&profile, &claim.changes).expect("a valid profile");
                prop_assert!(changed.problems().is_empty());
                let again = rank(&catalogue, &changed, &priorities);
                let rank_then = again.recommendations.iter().find(|r| r.shoe == shoe).map(|r| r.rank);
                prop_assert_eq!(rank_then, Some(claim.rank), "{}: {}", catalogue.shoes[shoe].id, claim.text);
                prop_assert!(now.is_none_or(|now| claim.rank < now), "a what-if must move the shoe up");
            }
        }
    }

    #[test]
    fn a_written_catalogue_reads_back_equal(catalogue in a_catalogue()) {
        let text = ron::ser::to_string_pretty(&catalogue, ron::ser::PrettyConfig::default()).expect("serialises");
        let outcome = parse_catalogue(&text, std::path::Path::new("round.ron"), None);
        prop_assert!(outcome.catalogue.is_some(), "{:#?}", outcome.diagnostics);
        prop_assert_eq!(outcome.catalogue.expect("read"), catalogue);
    }
}
