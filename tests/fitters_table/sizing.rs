//! Sizing, as a fitter does it: the longer foot decides, on the brand's own chart, moved by
//! the model's own sizing; a pair that fits now is read across to each shoe.

use super::common::{catalogue, shoe};
use shoe_selector::catalogue::charts::{self, SizeChart};
use shoe_selector::catalogue::*;
use shoe_selector::profile::*;
use shoe_selector::recommend::*;
use shoe_selector::units::{ShoeSize, SizeSystem};
use shoe_selector::words::Lang;

fn feet(left_mm: f64, right_mm: f64) -> Feet {
    Feet {
        left_mm,
        right_mm,
        left_width_mm: None,
        right_width_mm: None,
    }
}

fn branded(id: &str, brand: &str, sizing: Option<Sizing>) -> Shoe {
    Shoe {
        brand: brand.to_string(),
        sizing,
        sizes_eu: Some((35.0, 52.0)),
        ..shoe(id)
    }
}

/// The size to try in `shoe` for `profile`, in US men's and EU.
fn size_of(catalogue: &Catalogue, profile: &Profile, id: &str) -> Option<(f64, f64)> {
    let sizes = Sizes::new(catalogue, profile, None)?;
    let shoe = catalogue.shoes.iter().find(|s| s.id == id)?;
    let size = sizes.of(shoe)?;
    Some((size.row.us_men.unwrap_or(f64::NAN), size.eu()?))
}

fn with_feet(left: f64, right: f64) -> Profile {
    Profile {
        feet: Some(feet(left, right)),
        ..Profile::default()
    }
}

/// The longer foot decides, whichever it is; the shorter one changes nothing.
#[test]
fn the_longer_foot_decides() {
    let shop = catalogue(vec![branded("n", "Nike", None), branded("s", "Test", None)]);
    for id in ["n", "s"] {
        let left_long = size_of(&shop, &with_feet(272.0, 262.0), id);
        let right_long = size_of(&shop, &with_feet(262.0, 272.0), id);
        let both_long = size_of(&shop, &with_feet(272.0, 272.0), id);
        assert!(left_long.is_some(), "{id}");
        assert_eq!(left_long, right_long, "{id}");
        assert_eq!(left_long, both_long, "{id}");
    }
}

/// A longer foot never gets a smaller size, on any brand's chart or the standard one, in
/// any system.
#[test]
fn a_longer_foot_never_gets_a_smaller_size() {
    let mut shoes: Vec<Shoe> = charts::built_in()
        .iter()
        .map(|chart| branded(&chart.brand.to_lowercase(), &chart.brand, None))
        .collect();
    shoes.push(branded("standard", "Unknown Brand", None));
    let shop = catalogue(shoes);
    for system in SizeSystem::ALL {
        for shoe in &shop.shoes {
            let mut before: Option<f64> = None;
            for tenth in 2200..=3200 {
                let foot = f64::from(tenth) / 10.0;
                let profile = Profile {
                    size_system: Some(system),
                    ..with_feet(foot, foot)
                };
                let sizes = Sizes::new(&shop, &profile, None).expect("feet given");
                let Some(size) = sizes.of(shoe) else { continue };
                let eu = size.eu().expect("an EU size");
                if let Some(before) = before {
                    assert!(
                        eu >= before,
                        "{} at {foot} mm: EU {eu} after {before}",
                        shoe.brand
                    );
                }
                before = Some(eu);
            }
            assert!(before.is_some(), "{} sizes someone", shoe.brand);
        }
    }
}

/// A model that runs half a size small gets exactly half a size more than a true-to-size
/// model of the same brand; a full size small, a whole size more; a large one, less.
#[test]
fn a_model_that_runs_small_gets_half_a_size_more() {
    for brand in ["Nike", "adidas", "Unknown Brand"] {
        let shop = catalogue(vec![
            branded("true", brand, Some(Sizing::TrueToSize)),
            branded("half-small", brand, Some(Sizing::HalfSmall)),
            branded("full-small", brand, Some(Sizing::FullSmall)),
            branded("half-large", brand, Some(Sizing::HalfLarge)),
        ]);
        for foot in [245.0, 262.0, 271.0, 283.0] {
            let profile = with_feet(foot, foot);
            let us = |id| size_of(&shop, &profile, id).expect("sized").0;
            assert_eq!(us("half-small"), us("true") + 0.5, "{brand} {foot}");
            assert_eq!(us("full-small"), us("true") + 1.0, "{brand} {foot}");
            assert_eq!(us("half-large"), us("true") - 0.5, "{brand} {foot}");
        }
    }
}

/// A pair that fits well translates to the same size in a shoe of the same brand and
/// sizing, whatever the feet say; one too short, to half a size more.
#[test]
fn a_pair_that_fits_translates_to_the_same_size_in_its_brand() {
    let shop = catalogue(vec![
        branded("nike-now", "Nike", Some(Sizing::HalfSmall)),
        branded("nike-next", "Nike", Some(Sizing::HalfSmall)),
        branded("nike-true", "Nike", Some(Sizing::TrueToSize)),
    ]);
    for (worn, fit, expected) in [
        (10.0, RunsInFit::Good, 10.0),
        (9.5, RunsInFit::Good, 9.5),
        (10.0, RunsInFit::TooShort, 10.5),
        (10.0, RunsInFit::TooLong, 9.5),
    ] {
        let profile = Profile {
            feet: Some(feet(250.0, 250.0)),
            runs_in: Some(RunsIn {
                shoe: Some("nike-now".into()),
                model: None,
                size: Some(ShoeSize::UsMen(worn)),
                fit: vec![fit],
                wants: Vec::new(),
                km: None,
            }),
            ..Profile::default()
        };
        let next = size_of(&shop, &profile, "nike-next").expect("sized").0;
        assert_eq!(next, expected, "{worn} {fit:?}");
        let true_to_size = size_of(&shop, &profile, "nike-true").expect("sized").0;
        assert_eq!(
            true_to_size,
            expected - 0.5,
            "{worn} {fit:?}: the true-to-size one"
        );
    }
}

/// The makers' published charts at known foot lengths: Nike's men's US 10 is a foot of
/// 271.5 mm (EU 44), adidas's US 9 fits 263 mm, and the standard conversion gives the
/// Brannock scale's US 11 at 11 inches.
#[test]
fn published_charts_at_known_foot_lengths() {
    let shop = catalogue(vec![
        // Any case, and a space typed after the name, still find the brand's chart.
        branded("nike", "NIKE ", None),
        branded("adidas", "adidas", None),
        branded("other", "Unknown Brand", None),
    ]);
    let at = |foot: f64, id| size_of(&shop, &with_feet(foot, foot), id).expect("sized");
    assert_eq!(at(271.5, "nike"), (10.0, 44.0));
    assert_eq!(at(262.0, "nike").0, 9.0);
    assert_eq!(at(279.4, "other").0, 11.0);
    let adidas = at(263.0, "adidas").0;
    assert_eq!(adidas, 9.0, "adidas US 9 at 263 mm");
}

/// A shop's own chart for a brand counts instead of the built-in one.
#[test]
fn a_catalogues_own_chart_counts_instead() {
    let mut shop = catalogue(vec![branded("nike", "Nike", None)]);
    let before = size_of(&shop, &with_feet(271.5, 271.5), "nike").expect("sized");
    let row = |foot_mm: f64, us_men: f64| charts::ChartSize {
        foot_mm,
        eu: None,
        uk: None,
        us_men: Some(us_men),
        us_women: None,
    };
    shop.size_charts.push(SizeChart {
        brand: "nike".into(),
        source: "The shop's own measurements, 2026".into(),
        men: vec![row(250.0, 7.0), row(260.0, 7.5), row(275.0, 8.0)],
        women: None,
    });
    let after = size_of(&shop, &with_feet(271.5, 271.5), "nike").expect("sized");
    assert_eq!(before.0, 10.0);
    assert_eq!(after.0, 8.0);
}

/// With feet given, the size worked out decides whether a shoe is stocked, with its
/// reason under the size factor; without them, the runner's own EU size does.
#[test]
fn a_shoe_not_stocked_in_the_size_to_try_is_left_out() {
    let small = Shoe {
        sizes_eu: Some((36.0, 42.0)),
        ..branded("small", "Nike", None)
    };
    let shop = catalogue(vec![small, branded("big", "Nike", None)]);
    let profile = Profile {
        size_eu: Some(40.0),
        ..with_feet(280.0, 281.0)
    };
    let ranking = rank(&shop, &profile, &Priorities::default());
    let ranked: Vec<&str> = ranking
        .recommendations
        .iter()
        .map(|r| shop.shoes[r.shoe].id.as_str())
        .collect();
    assert_eq!(ranked, ["big"]);
    let reasons = Explainer::new(&shop, &profile).exclusion_reasons(&shop.shoes[0]);
    assert!(
        reasons
            .iter()
            .any(|r| r.factor == Factor::Size && r.text.contains("Not stocked in EU 45")),
        "{reasons:?}"
    );
    // The runner's own EU size alone would have kept it.
    let own = Profile {
        feet: None,
        ..profile
    };
    assert!(
        rank(&shop, &own, &Priorities::default())
            .excluded
            .is_empty()
    );
}

/// Shoes run in now: the one that replaces it is named with what changed, a softer shoe
/// ranks above a firmer one when softer was asked, and a worn pair is said.
#[test]
fn the_shoes_run_in_now_move_the_ranking_the_way_asked() {
    let now = Shoe {
        foam: Some(Foam::Balanced),
        drop_mm: Some(12.0),
        weight_g: 280.0,
        ..branded("ghost-16", "Brooks", None)
    };
    let next = Shoe {
        replaces: Some("ghost-16".into()),
        drop_mm: Some(10.0),
        weight_g: 295.0,
        ..now.clone()
    };
    let soft = Shoe {
        foam: Some(Foam::Soft),
        ..branded("soft", "Brooks", None)
    };
    let firm = Shoe {
        foam: Some(Foam::Firm),
        ..branded("firm", "Brooks", None)
    };
    let shop = catalogue(vec![
        Shoe {
            id: "next".into(),
            model: "Ghost 17".into(),
            ..next
        },
        Shoe {
            model: "Ghost 16".into(),
            ..now
        },
        soft,
        firm,
    ]);
    let profile = Profile {
        runs_in: Some(RunsIn {
            shoe: Some("ghost-16".into()),
            model: None,
            size: Some(ShoeSize::Eu(44.0)),
            fit: vec![RunsInFit::Good],
            wants: vec![Want::Softer],
            km: Some(700.0),
        }),
        ..Profile::default()
    };
    let ranking = rank(&shop, &profile, &Priorities::default());
    let place = |id: &str| {
        ranking
            .recommendations
            .iter()
            .position(|r| shop.shoes[r.shoe].id == id)
            .expect("ranked")
    };
    assert!(place("soft") < place("firm"), "softer was asked for");
    let explainer = Explainer::new(&shop, &profile);
    let said = |id: &str| {
        let shoe = shop.shoes.iter().find(|s| s.id == id).expect("shoe");
        explainer
            .explain(shoe)
            .into_iter()
            .filter(|r| r.factor == Factor::RunsIn)
            .map(|r| r.text)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let replaces = said("next");
    assert!(
        replaces.contains("The Ghost 17 replaces your Ghost 16")
            && replaces.contains("drop 12 to 10 mm")
            && replaces.contains("15 g heavier"),
        "{replaces}"
    );
    assert!(said("ghost-16").contains("700 km"), "{}", said("ghost-16"));
    // Same brand, same sizing: the size worn is the size to try.
    assert_eq!(size_of(&shop, &profile, "soft").map(|s| s.1), Some(44.0));
}

/// Sessions record the sizes of pairs tried and bought; files without them read as before,
/// and a new visit moves the bought size with the visit it belongs to.
#[test]
fn sessions_keep_the_sizes_tried_and_bought() {
    let path = std::path::Path::new("session.ron");
    let text = "Profile(foot_width: Standard, weight_kg: 70, pronation: Neutral, season: Summer, \
                surface: Road, date: \"2026-11-02\", \
                tried: [Tried(shoe: \"a\", size: Eu(44.0), feel: [Fits])], \
                bought: Shoe(\"a\"), bought_size: UsMen(10.0))";
    let profile = parse_profile(text, path).expect("reads");
    assert_eq!(profile.tried[0].size, Some(ShoeSize::Eu(44.0)));
    let next = profile.new_visit("2026-12-07");
    assert_eq!(
        next.bought_size, None,
        "today's visit starts without a pair"
    );
    assert_eq!(next.visits[0].bought_size, Some(ShoeSize::UsMen(10.0)));
    let again = parse_profile(&ron::to_string(&next).expect("writes"), path).expect("reads back");
    assert_eq!(again, next);
    let old = text
        .replace(", size: Eu(44.0)", "")
        .replace(", bought_size: UsMen(10.0)", "");
    let old = parse_profile(&old, path).expect("an older file reads");
    assert_eq!((old.tried[0].size, old.bought_size), (None, None));
    let wrong = text.replace("Eu(44.0)", "Eu(90.0)");
    assert!(parse_profile(&wrong, path).is_err(), "a size no chart has");
}

/// The shop's evidence of `pairs`, each `(half sizes from the chart size bought, how its
/// length went)`, of customers with a 270 mm foot who bought the shoe `id` of `shop`, read
/// in US men's sizes.
fn sized_evidence(
    shop: &Catalogue,
    id: &str,
    pairs: &[(f64, shoe_selector::evidence::Length)],
) -> shoe_selector::evidence::Evidence {
    let chart_size = size_of(shop, &with_feet(270.0, 270.0), id)
        .expect("on the chart")
        .0;
    let sized = pairs
        .iter()
        .map(|&(halves, length)| shoe_selector::evidence::SizedPair {
            foot_mm: 270.0,
            size: ShoeSize::UsMen(chart_size - sizing_of(shop, id) + halves / 2.0),
            length,
        })
        .collect();
    let mut evidence = shoe_selector::evidence::Evidence::default();
    evidence.shoes.insert(
        id.to_string(),
        shoe_selector::evidence::ShoeEvidence {
            sized,
            ..Default::default()
        },
    );
    evidence
}

/// The US men's half sizes the catalogue's sizing of `id` moves it, as a size.
fn sizing_of(shop: &Catalogue, id: &str) -> f64 {
    let shoe = shop.shoes.iter().find(|s| s.id == id).expect("in the shop");
    f64::from(shoe.sizing.map_or(0, Sizing::half_sizes)) / 2.0
}

/// The size to try in `id` (US men's) and why, in English, with the shop's `evidence`.
fn learned_size(
    shop: &Catalogue,
    id: &str,
    evidence: &shoe_selector::evidence::Evidence,
) -> (f64, String) {
    let profile = Profile {
        size_system: Some(SizeSystem::UsMen),
        ..with_feet(270.0, 268.0)
    };
    let asked = Asked {
        evidence: Some(evidence),
        ..Asked::default()
    };
    let advice = advise(shop, &profile, &Priorities::default(), &asked);
    let sizes = Sizes::new(shop, &profile, Some(&advice.learned)).expect("feet given");
    let shoe = shop.shoes.iter().find(|s| s.id == id).expect("in the shop");
    let size = sizes.of(shoe).expect("on the chart");
    let why = Lang::En.words().say(&sizes.why(&size));
    let ranked = advice
        .ranking
        .recommendations
        .iter()
        .find(|r| shop.shoes[r.shoe].id == id)
        .expect("ranked");
    let reasons = Explainer::learning(shop, &profile, Some(&advice.learned)).explain(shoe);
    assert!(
        reasons.iter().any(|r| r.text.contains(&why)),
        "the size's reason is among the shoe's: {why} in {reasons:?} (score {})",
        ranked.score
    );
    (size.row.us_men.expect("US men's"), why)
}

/// The shop's learned fit moves the size said only past the thresholds of every pattern
/// (5 customers, 60 % agreeing), by half a size at most, towards what they took from the
/// chart; it is said with its counts; and a model whose own sizing already says what the
/// customers found is not moved again.
#[test]
fn the_shops_learned_fit_moves_the_size_only_past_its_thresholds() {
    use shoe_selector::evidence::Length::{self, Kept, TooBig, TooSmall};
    let shop = catalogue(vec![
        branded("true", "Test", Some(Sizing::TrueToSize)),
        branded("small", "Nike", Some(Sizing::HalfSmall)),
    ]);
    let plain = size_of(&shop, &with_feet(270.0, 268.0), "true")
        .expect("sized")
        .0;
    // The shoe, its customers' pairs, how far the size moves, what its reason says.
    type Case<'a> = (&'a str, &'a [(f64, Length)], f64, Option<&'a str>);
    let cases: [Case; 8] = [
        // Four customers are too few, however they agree.
        ("true", &[(1.0, Kept); 4], 0.0, None),
        // Three of five (60 %) took half a size up.
        (
            "true",
            &[
                (1.0, Kept),
                (1.0, Kept),
                (1.0, Kept),
                (0.0, Kept),
                (0.0, Kept),
            ],
            0.5,
            Some("but in this shop 3 of 5 customers with measured feet took half a size up"),
        ),
        // A pair brought back too small at the chart's size says half a size up too.
        (
            "true",
            &[
                (0.0, TooSmall),
                (0.0, TooSmall),
                (1.0, Kept),
                (1.0, Kept),
                (1.0, Kept),
            ],
            0.5,
            Some("5 of 5 customers with measured feet took half a size up"),
        ),
        // Half and half is no pattern.
        (
            "true",
            &[
                (1.0, Kept),
                (1.0, Kept),
                (1.0, Kept),
                (1.0, Kept),
                (0.0, Kept),
                (0.0, Kept),
                (0.0, Kept),
                (0.0, Kept),
            ],
            0.0,
            None,
        ),
        // What the customers took as the chart gives confirms a true-to-size model.
        (
            "true",
            &[(0.0, Kept); 5],
            0.0,
            Some(
                "and in this shop 5 of 5 customers with measured feet took the size their chart gives",
            ),
        ),
        // A full size up moves the size by half a size only, and says so.
        (
            "true",
            &[(2.0, Kept); 6],
            0.5,
            Some("so half a size more is said"),
        ),
        // Too big at half a size up: the chart's size was right.
        (
            "true",
            &[
                (1.0, TooBig),
                (1.0, TooBig),
                (1.0, TooBig),
                (0.0, Kept),
                (0.0, Kept),
            ],
            0.0,
            Some(
                "and in this shop 5 of 5 customers with measured feet took the size their chart gives",
            ),
        ),
        // A model said to run half small, found so by the shop, is not moved again.
        (
            "small",
            &[(1.0, Kept); 5],
            0.0,
            Some("and in this shop 5 of 5 customers with measured feet took half a size up"),
        ),
    ];
    for (id, pairs, moved, said) in cases {
        let before = size_of(&shop, &with_feet(270.0, 268.0), id)
            .expect("sized")
            .0;
        let evidence = sized_evidence(&shop, id, pairs);
        let (after, why) = learned_size(&shop, id, &evidence);
        assert_eq!(after - before, moved, "{id} {pairs:?}: {why}");
        match said {
            Some(said) => assert!(why.contains(said), "{id} {pairs:?}: {why}"),
            None => assert!(!why.contains("in this shop"), "{id} {pairs:?}: {why}"),
        }
    }
    // The other shoe's evidence moves nothing here.
    let evidence = sized_evidence(&shop, "small", &[(2.0, Kept); 6]);
    assert_eq!(learned_size(&shop, "true", &evidence).0, plain);
}

/// What would widen the choice is counted with the sizes the shop learned, as the advice it
/// widens ranks them: a shoe the learned size leaves out of stock is not counted as suiting.
#[test]
fn widening_counts_shoes_with_the_sizes_the_shop_learned() {
    use shoe_selector::evidence::Length::Kept;
    let stocked = |id: &str, removable_insole: bool| Shoe {
        removable_insole,
        ..branded(id, "Test", Some(Sizing::TrueToSize))
    };
    let mut shop = catalogue(vec![stocked("fixed", false), stocked("learned", true)]);
    let profile = Profile {
        orthotics: Some(true),
        ..with_feet(270.0, 268.0)
    };
    // Both stocked up to exactly the size the chart gives these feet.
    let eu = size_of(&shop, &profile, "learned").expect("sized").1;
    for shoe in &mut shop.shoes {
        shoe.sizes_eu = Some((36.0, eu));
    }
    let evidence = sized_evidence(&shop, "learned", &[(1.0, Kept); 5]);
    let asked = Asked {
        evidence: Some(&evidence),
        ..Asked::default()
    };
    let priorities = Priorities::default();
    let advice = advise(&shop, &profile, &priorities, &asked);
    assert_eq!(
        advice.ranking.in_band(Band::Best),
        0,
        "{:?}",
        advice.ranking
    );
    assert!(
        !advice.widenings.is_empty(),
        "the one shoe the learned size keeps out does not count as suiting"
    );
    for widening in &advice.widenings {
        let changed = what_if::apply(&profile, &widening.changes).expect("a change");
        let widened = advise(&shop, &changed, &priorities, &asked);
        assert_eq!(
            widened.ranking.in_band(Band::Best),
            widening.suiting.min(BEST_PICKS),
            "{:?}",
            widening.changes
        );
    }
}
