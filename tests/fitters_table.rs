//! A fitter's table: for each kind of runner a running shop sees, what a good fitter expects
//! of the shoes handed over first. Checked on the bundled catalogue (its top five) and, as
//! properties, on made-up catalogues (their best picks, whatever shoes they hold). The
//! expectations are written from the shoes' data, never from their names, and a racer or a
//! twin is recognised here by its build, not by the recommender's own reading of it.

mod common;
#[path = "fitters_table/judgement.rs"]
mod judgement;
#[path = "fitters_table/sizing.rs"]
mod sizing;

use common::{catalogue, shoe};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use shoe_selector::catalogue::*;
use shoe_selector::profile::*;
use shoe_selector::recommend::*;
use std::collections::HashSet;
use std::path::Path;

/// One kind of runner and what every shoe handed to them first must be.
struct Archetype {
    name: &'static str,
    profile: Profile,
    expect: fn(&Shoe) -> Result<(), String>,
}

/// A plated racer as a fitter sees one: a carbon plate, or stiff and under 240 g.
fn racer(shoe: &Shoe) -> bool {
    shoe.plate == Some(Plate::Carbon)
        || (shoe.flexibility == Some(Flexibility::Stiff)
            && shoe.weight_g < 240.0
            && shoe.cushioning != Cushioning::Minimal)
}

fn barefoot(shoe: &Shoe) -> bool {
    shoe.cushioning == Cushioning::Minimal
}

fn zero_drop(shoe: &Shoe) -> bool {
    shoe.drop_mm.is_some_and(|drop| drop <= 1.0)
}

fn membrane(shoe: &Shoe) -> bool {
    shoe.water_resistance == WaterResistance::Waterproof
}

/// Checks each condition, naming the first that fails.
fn all(conditions: &[(bool, &str)]) -> Result<(), String> {
    match conditions.iter().find(|(holds, _)| !holds) {
        Some((_, what)) => Err((*what).to_string()),
        None => Ok(()),
    }
}

fn runner(
    foot_width: Width,
    weight_kg: f64,
    pronation: Pronation,
    season: Season,
    surface: Surface,
) -> Profile {
    Profile {
        foot_width,
        weight_kg,
        pronation,
        season,
        surface,
        ..Profile::default()
    }
}

fn archetypes() -> Vec<Archetype> {
    use Pronation::*;
    use Season::*;
    use Surface::*;
    vec![
        Archetype {
            name: "typical: 72 kg, standard, neutral, spring and autumn, road",
            profile: runner(Width::Standard, 72.0, Neutral, SpringAutumn, Road),
            expect: |s| {
                all(&[
                    (s.support == Support::Neutral, "a neutral shoe"),
                    (!membrane(s), "no membrane in mild weather"),
                    (!racer(s), "no racer as an everyday pair"),
                    (!barefoot(s), "no barefoot shoe"),
                    (!zero_drop(s), "no zero drop"),
                    (s.outsole != Outsole::TrailLugs, "no lugs on the road"),
                    (s.outsole != Outsole::WinterGrip, "no studs out of winter"),
                    (s.made_for(Road), "made for the road"),
                ])
            },
        },
        Archetype {
            name: "heavy: 105 kg, neutral, road",
            profile: runner(Width::Standard, 105.0, Neutral, SpringAutumn, Road),
            expect: |s| {
                all(&[
                    (s.cushioning >= Cushioning::High, "high or max cushioning"),
                    (!racer(s), "no racer"),
                    (!barefoot(s), "no minimal shoe"),
                    (
                        s.support != Support::MotionControl,
                        "no motion control for weight alone",
                    ),
                    (
                        s.heel_counter != HeelCounter::Flexible,
                        "a heel counter that holds",
                    ),
                ])
            },
        },
        Archetype {
            name: "beginner: 70 kg, neutral, road",
            profile: Profile {
                experience: Some(Experience::Beginner),
                ..runner(Width::Standard, 70.0, Neutral, SpringAutumn, Road)
            },
            expect: |s| {
                all(&[
                    (s.cushioning >= Cushioning::Moderate, "forgiving cushioning"),
                    (!racer(s), "no racer"),
                    (!barefoot(s), "no barefoot shoe"),
                    (!zero_drop(s), "no zero drop"),
                ])
            },
        },
        Archetype {
            name: "overpronator: 75 kg, road",
            profile: runner(Width::Standard, 75.0, Over, SpringAutumn, Road),
            expect: |s| all(&[(s.support == Support::Stability, "a stability shoe")]),
        },
        Archetype {
            name: "heavy overpronator: 95 kg, road",
            profile: runner(Width::Standard, 95.0, Over, SpringAutumn, Road),
            expect: |s| {
                all(&[
                    (s.support != Support::Neutral, "support for the foot"),
                    (s.cushioning >= Cushioning::High, "high or max cushioning"),
                ])
            },
        },
        Archetype {
            name: "supinator: 68 kg, summer, road",
            profile: runner(Width::Standard, 68.0, Under, Summer, Road),
            expect: |s| {
                all(&[
                    (s.support == Support::Neutral, "no posts"),
                    (s.cushioning >= Cushioning::High, "plenty of cushioning"),
                    (!membrane(s), "no membrane in summer"),
                ])
            },
        },
        Archetype {
            name: "wide and heavy: 102 kg, wide, road",
            profile: runner(Width::Wide, 102.0, Neutral, SpringAutumn, Road),
            expect: |s| {
                all(&[
                    (
                        s.made_in(Width::Wide) || !s.widths_confirmed(),
                        "made in wide (or its widths unconfirmed)",
                    ),
                    (s.cushioning >= Cushioning::High, "high or max cushioning"),
                    (!racer(s), "no racer"),
                    (s.support != Support::MotionControl, "no motion control"),
                ])
            },
        },
        Archetype {
            name: "knee pain, heel striker: 78 kg, road",
            profile: Profile {
                knee_pain: Some(true),
                foot_strike: Some(FootStrike::Heel),
                ..runner(Width::Standard, 78.0, Neutral, SpringAutumn, Road)
            },
            expect: |s| {
                all(&[
                    (s.cushioning >= Cushioning::High, "high or max cushioning"),
                    (s.drop_mm.is_none_or(|d| d > 4.0), "no low drop"),
                    (!racer(s), "no racer"),
                ])
            },
        },
        Archetype {
            name: "light racer on the track: 58 kg, competitive, summer",
            profile: Profile {
                experience: Some(Experience::Competitive),
                ..runner(Width::Standard, 58.0, Neutral, Summer, Track)
            },
            expect: |s| {
                all(&[
                    (s.weight_g <= 300.0, "a light shoe"),
                    (!membrane(s), "no membrane in summer"),
                    (s.outsole != Outsole::TrailLugs, "no lugs on a track"),
                    (s.outsole != Outsole::WinterGrip, "no studs on a track"),
                    (!barefoot(s), "no barefoot shoe"),
                ])
            },
        },
        Archetype {
            name: "winter road: 75 kg, neutral",
            profile: runner(Width::Standard, 75.0, Neutral, Winter, Road),
            expect: |s| {
                all(&[
                    (
                        s.water_resistance != WaterResistance::NoTreatment,
                        "an upper that keeps snow out",
                    ),
                    (s.made_for(Road), "made for the road"),
                ])
            },
        },
        Archetype {
            name: "trail in spring and autumn: 72 kg",
            profile: runner(Width::Standard, 72.0, Neutral, SpringAutumn, Trail),
            expect: |s| {
                all(&[
                    (s.outsole == Outsole::TrailLugs, "lugs"),
                    (s.made_for(Trail), "made for trail"),
                    (!membrane(s), "no membrane in mild weather"),
                ])
            },
        },
        Archetype {
            name: "treadmill in winter: 70 kg",
            profile: runner(Width::Standard, 70.0, Neutral, Winter, Indoor),
            expect: |s| {
                all(&[
                    (s.outsole != Outsole::TrailLugs, "no lugs on a belt"),
                    (s.outsole != Outsole::WinterGrip, "no studs indoors"),
                    (!membrane(s), "no membrane indoors"),
                ])
            },
        },
        Archetype {
            name: "narrow feet: 60 kg, summer, road",
            profile: runner(Width::Narrow, 60.0, Neutral, Summer, Road),
            expect: |s| {
                all(&[
                    (
                        s.made_in(Width::Narrow) || !s.widths_confirmed(),
                        "made in narrow (or its widths unconfirmed)",
                    ),
                    (!membrane(s), "no membrane in summer"),
                    (
                        s.breathability != Breathability::Low,
                        "a breathable upper in summer",
                    ),
                ])
            },
        },
        Archetype {
            name: "a pair for races: 60 kg, competitive, summer, road",
            profile: Profile {
                experience: Some(Experience::Competitive),
                purpose: Some(Purpose::Race),
                ..runner(Width::Standard, 60.0, Neutral, Summer, Road)
            },
            expect: |s| {
                all(&[
                    (s.weight_g <= 250.0, "a light shoe for race day"),
                    (!membrane(s), "no membrane in summer"),
                    (s.outsole != Outsole::TrailLugs, "no lugs on the road"),
                    (!barefoot(s), "no barefoot shoe"),
                ])
            },
        },
        Archetype {
            name: "Achilles trouble: 75 kg, road, spring and autumn",
            profile: Profile {
                achilles_pain: Some(true),
                ..runner(Width::Standard, 75.0, Neutral, SpringAutumn, Road)
            },
            expect: |s| {
                all(&[
                    (
                        s.drop_mm.is_some_and(|d| d >= 8.0),
                        "a drop of 8 mm or more",
                    ),
                    (!zero_drop(s), "no zero drop"),
                    (!barefoot(s), "no barefoot shoe"),
                ])
            },
        },
        Archetype {
            name: "high mileage: 80 km a week, 78 kg, road",
            profile: Profile {
                weekly_km: Some(80.0),
                ..runner(Width::Standard, 78.0, Neutral, SpringAutumn, Road)
            },
            expect: |s| {
                all(&[
                    (
                        s.cushioning >= Cushioning::Moderate,
                        "protective cushioning",
                    ),
                    (!racer(s), "no racer for the miles"),
                    (!barefoot(s), "no barefoot shoe"),
                ])
            },
        },
        Archetype {
            name: "marked overpronation: 80 kg, road",
            profile: Profile {
                pronation_severity: Some(PronationSeverity::Marked),
                ..runner(Width::Standard, 80.0, Over, SpringAutumn, Road)
            },
            expect: |s| {
                all(&[
                    (s.support != Support::Neutral, "real medial support"),
                    (!racer(s), "no racer"),
                ])
            },
        },
        Archetype {
            name: "long runs: 70 kg, road",
            profile: Profile {
                purpose: Some(Purpose::LongRun),
                ..runner(Width::Standard, 70.0, Neutral, SpringAutumn, Road)
            },
            expect: |s| {
                all(&[
                    (
                        s.cushioning >= Cushioning::High,
                        "cushioning for the distance",
                    ),
                    (!racer(s), "no racer"),
                    (!barefoot(s), "no barefoot shoe"),
                ])
            },
        },
        Archetype {
            name: "wide forefoot: 80 kg, wide, road",
            profile: runner(Width::Wide, 80.0, Neutral, SpringAutumn, Road),
            expect: |s| {
                all(&[
                    (
                        s.made_in(Width::Wide) || !s.widths_confirmed(),
                        "made in wide (or its widths unconfirmed)",
                    ),
                    (s.toe_box != Some(ToeBox::Snug), "no snug toe box"),
                ])
            },
        },
    ]
}

fn bundled() -> Catalogue {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/catalogue.ron");
    load_catalogue(&path)
        .into_result()
        .map(|loaded| loaded.catalogue)
        .unwrap_or_else(|problems| panic!("the bundled catalogue loads: {problems:?}"))
}

/// Everything about a shoe that a runner's inputs can weigh: two shoes that agree on all of
/// it are the same for that runner, and may share a score. Price counts only with a budget,
/// stocked sizes only with a shoe size.
fn as_the_runner_sees_it(shoe: &Shoe, profile: &Profile) -> String {
    let mut widths = shoe.widths.clone();
    widths.sort_unstable();
    widths.dedup();
    let mut surfaces = shoe.surfaces.clone();
    surfaces.sort_unstable();
    surfaces.dedup();
    format!(
        "{:?}",
        (
            (
                shoe.support,
                shoe.cushioning,
                shoe.heel_counter,
                shoe.removable_insole,
                shoe.breathability,
                shoe.water_resistance,
                shoe.outsole,
                widths,
                surfaces,
            ),
            (
                shoe.weight_g,
                shoe.stack_heel_mm,
                shoe.drop_mm,
                shoe.flexibility,
                shoe.plate,
                &shoe.uses,
                shoe.lug_depth_mm,
                shoe.foam,
                shoe.toe_box,
            ),
            profile.budget.and(shoe.price),
            profile.size_eu.and(shoe.sizes_eu),
        )
    )
}

/// No two shoes among the first ten share a score unless they are the same for the runner.
fn no_ties_at_the_top(
    catalogue: &Catalogue,
    profile: &Profile,
    ranking: &Ranking,
) -> Result<(), String> {
    let top = &ranking.recommendations[..ranking.recommendations.len().min(10)];
    for (i, a) in top.iter().enumerate() {
        for b in &top[i + 1..] {
            let (x, y) = (&catalogue.shoes[a.shoe], &catalogue.shoes[b.shoe]);
            if a.score == b.score
                && as_the_runner_sees_it(x, profile) != as_the_runner_sees_it(y, profile)
            {
                return Err(format!(
                    "{} and {} tie at {} though they differ",
                    x.id, y.id, a.score
                ));
            }
        }
    }
    Ok(())
}

/// The bands are in rank order, the best band holds at most five, and a best pick has no
/// poor reason and no caution on what it must suit, by the very words it is explained with.
fn bands_mean_what_they_say(
    catalogue: &Catalogue,
    profile: &Profile,
    ranking: &Ranking,
) -> Result<(), String> {
    let bands: Vec<Band> = ranking.recommendations.iter().map(|r| r.band).collect();
    if bands.windows(2).any(|pair| pair[0] > pair[1]) {
        return Err(format!("bands out of rank order: {bands:?}"));
    }
    if ranking.in_band(Band::Best) > BEST_PICKS {
        return Err("more than five best picks".into());
    }
    for r in ranking
        .recommendations
        .iter()
        .filter(|r| r.band == Band::Best)
    {
        let shoe = &catalogue.shoes[r.shoe];
        for reason in explain(catalogue, shoe, profile) {
            let trade_off =
                reason.verdict == Verdict::Caution && Factor::CORE.contains(&reason.factor);
            if reason.verdict == Verdict::Poor || trade_off {
                return Err(format!(
                    "best pick {} has {:?} on {}: {}",
                    shoe.id, reason.verdict, reason.factor, reason.text
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn on_the_bundled_catalogue_every_kind_of_runner_gets_what_a_fitter_would_hand_over() {
    let catalogue = bundled();
    for archetype in archetypes() {
        let ranking = rank(&catalogue, &archetype.profile, &Priorities::default());
        assert!(
            ranking.in_band(Band::Best) > 0,
            "{}: no best pick in the bundled catalogue",
            archetype.name
        );
        for r in ranking.recommendations.iter().take(5) {
            let shoe = &catalogue.shoes[r.shoe];
            assert!(
                shoe.made_in(archetype.profile.foot_width) || r.band != Band::Best,
                "{}: #{} {} is a best pick not made in the runner's width",
                archetype.name,
                r.rank,
                shoe.id
            );
            if let Err(missing) = (archetype.expect)(shoe) {
                panic!(
                    "{}: #{} {} is not {missing}",
                    archetype.name, r.rank, shoe.id
                );
            }
        }
        no_ties_at_the_top(&catalogue, &archetype.profile, &ranking)
            .unwrap_or_else(|e| panic!("{}: {e}", archetype.name));
        bands_mean_what_they_say(&catalogue, &archetype.profile, &ranking)
            .unwrap_or_else(|e| panic!("{}: {e}", archetype.name));
    }
}

/// Each membrane or water-resistant version in the bundled catalogue (`x-gtx`,
/// `x-runshield`) comes after its plain twin in summer and in spring and autumn, and before
/// it in winter when it is waterproof.
#[test]
fn on_the_bundled_catalogue_no_treated_twin_ranks_above_its_plain_version_in_mild_seasons() {
    let catalogue = bundled();
    let ids: HashSet<&str> = catalogue.shoes.iter().map(|s| s.id.as_str()).collect();
    let twins: Vec<(&str, &str)> = catalogue
        .shoes
        .iter()
        .filter_map(|s| {
            let plain =
                s.id.strip_suffix("-gtx")
                    .or(s.id.strip_suffix("-runshield"))?;
            ids.contains(plain).then_some((plain, s.id.as_str()))
        })
        .collect();
    assert!(
        twins.len() >= 5,
        "the sample has plain and treated twins: {twins:?}"
    );
    for archetype in archetypes() {
        let profile = &archetype.profile;
        let ranking = rank(&catalogue, profile, &Priorities::default());
        let rank_of = |id: &str| {
            ranking
                .recommendations
                .iter()
                .find(|r| catalogue.shoes[r.shoe].id == id)
                .map(|r| r.rank)
        };
        for &(plain, treated) in &twins {
            let (Some(plain_rank), Some(treated_rank)) = (rank_of(plain), rank_of(treated)) else {
                continue;
            };
            match profile.season {
                Season::Summer | Season::SpringAutumn if profile.surface != Surface::Indoor => {
                    assert!(
                        plain_rank < treated_rank,
                        "{}: {treated} #{treated_rank} above {plain} #{plain_rank}",
                        archetype.name
                    )
                }
                Season::Winter
                    if treated.ends_with("-gtx") && profile.surface != Surface::Indoor =>
                {
                    assert!(
                        treated_rank < plain_rank,
                        "{}: {plain} #{plain_rank} above {treated} #{treated_rank} in winter",
                        archetype.name
                    )
                }
                _ => {}
            }
        }
    }
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

prop_compose! {
    /// Any shoe a shop might list in format 1, whole grams and millimetres as shops write them.
    fn a_shoe()(
        id in 0u32..100_000,
        support in pick(Support::ALL),
        cushioning in pick(Cushioning::ALL),
        heel_counter in pick(HeelCounter::ALL),
        removable_insole in any::<bool>(),
        breathability in pick(Breathability::ALL),
        water_resistance in pick(WaterResistance::ALL),
        outsole in pick(Outsole::ALL),
        widths in proptest::sample::subsequence(Width::ALL, 1..=4),
        surfaces in proptest::sample::subsequence(Surface::ALL, 1..=4),
        weight_g in 120u32..=420,
        stack in proptest::option::of(8u32..=50),
        drop in proptest::option::of(0u32..=13),
        flexibility in proptest::option::of(pick(Flexibility::ALL)),
    ) -> Shoe {
        Shoe {
            support, cushioning, heel_counter, removable_insole, breathability, water_resistance, outsole,
            widths, surfaces,
            weight_g: f64::from(weight_g),
            stack_heel_mm: stack.map(f64::from),
            drop_mm: drop.map(f64::from),
            flexibility,
            ..shoe(&format!("shoe-{id}"))
        }
    }
}

fn a_catalogue(shoes: std::ops::Range<usize>) -> impl Strategy<Value = Catalogue> {
    proptest::collection::vec(a_shoe(), shoes).prop_map(|shoes| {
        let mut seen = HashSet::new();
        catalogue(
            shoes
                .into_iter()
                .filter(|s| seen.insert(s.id.clone()))
                .collect(),
        )
    })
}

/// An archetype with its weight moved a little, as real runners of the kind differ.
fn an_archetype() -> impl Strategy<Value = (usize, Profile)> {
    (0..archetypes().len(), -2.0f64..2.0).prop_map(|(i, shift)| {
        let mut profile = archetypes().swap_remove(i).profile;
        profile.weight_kg += shift;
        (i, profile)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// On any catalogue, whatever shoes it holds, the best picks for each kind of runner are
    /// what a fitter would hand over, and the bands say what they mean.
    #[test]
    fn on_any_catalogue_the_best_picks_are_what_a_fitter_would_hand_over(catalogue in a_catalogue(1..120), (i, profile) in an_archetype()) {
        let archetype = &archetypes()[i];
        let ranking = rank(&catalogue, &profile, &Priorities::default());
        for r in ranking.recommendations.iter().filter(|r| r.band == Band::Best) {
            let shoe = &catalogue.shoes[r.shoe];
            if let Err(missing) = (archetype.expect)(shoe) {
                prop_assert!(false, "{}: best pick #{} {} is not {}", archetype.name, r.rank, shoe.id, missing);
            }
        }
        prop_assert_eq!(bands_mean_what_they_say(&catalogue, &profile, &ranking), Ok(()));
    }

    /// A waterproof twin (the same shoe with a membrane, less breathable, a little heavier)
    /// never ranks above its plain version in summer or in spring and autumn, nor among the
    /// best picks there.
    #[test]
    fn on_any_catalogue_a_membrane_never_ranks_above_its_plain_twin_in_mild_seasons(
        mut catalogue in a_catalogue(0..60),
        plain in a_shoe(),
        (_, profile) in an_archetype(),
        summer in any::<bool>(),
    ) {
        let plain = Shoe { id: "plain-twin".into(), water_resistance: WaterResistance::NoTreatment, ..plain };
        let mut treated = Shoe {
            id: "treated-twin".into(),
            water_resistance: WaterResistance::Waterproof,
            breathability: Breathability::Low,
            weight_g: plain.weight_g + 15.0,
            ..plain.clone()
        };
        // A twin is the same build: the membrane's grams may not turn a light, stiff racer
        // into a shoe that no longer reads as one.
        if racer(&treated) != racer(&plain) {
            treated.weight_g = plain.weight_g;
        }
        catalogue.shoes.extend([plain, treated]);
        let profile = Profile { season: if summer { Season::Summer } else { Season::SpringAutumn }, ..profile };
        let ranking = rank(&catalogue, &profile, &Priorities::default());
        let find = |id: &str| ranking.recommendations.iter().find(|r| catalogue.shoes[r.shoe].id == id);
        if let (Some(plain), Some(treated)) = (find("plain-twin"), find("treated-twin")) {
            prop_assert!(plain.rank < treated.rank, "the membrane twin #{} is above its plain version #{}", treated.rank, plain.rank);
            if profile.surface != Surface::Indoor {
                prop_assert_ne!(treated.band, Band::Best);
            }
        }
    }

    /// A plated racer is never a beginner's or a heavy runner's everyday pair: it ranks with
    /// the shoes that do something poorly, below every shoe that does nothing poorly. Bought
    /// for races, it is a trade-off for them, never a best pick.
    #[test]
    fn on_any_catalogue_a_racer_is_never_a_beginners_or_a_heavy_runners_pair(
        catalogue in a_catalogue(1..80),
        (_, profile) in an_archetype(),
        beginner in any::<bool>(),
    ) {
        let profile = if beginner {
            Profile { experience: Some(Experience::Beginner), purpose: None, ..profile }
        } else {
            Profile { weight_kg: profile.weight_kg.max(92.0), purpose: None, ..profile }
        };
        let ranking = rank(&catalogue, &profile, &Priorities::default());
        for r in &ranking.recommendations {
            if racer(&catalogue.shoes[r.shoe]) {
                prop_assert_eq!(r.band, Band::Tradeoffs, "{} ranks #{}", catalogue.shoes[r.shoe].id, r.rank);
            }
        }
        let racing = Profile { purpose: Some(Purpose::Race), ..profile };
        let ranking = rank(&catalogue, &racing, &Priorities::default());
        for r in &ranking.recommendations {
            if racer(&catalogue.shoes[r.shoe]) {
                prop_assert_ne!(r.band, Band::Best, "{} ranks #{} for races", catalogue.shoes[r.shoe].id, r.rank);
            }
        }
    }
}

/// On shop-sized catalogues (up to a few thousand shoes), no two shoes among the first ten
/// share a score unless they are the same for the runner: the order of ids never decides
/// between different shoes.
#[test]
fn on_shop_sized_catalogues_different_shoes_never_tie_at_the_top() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let profiles = proptest::collection::vec(an_archetype(), 40);
    let profiles = profiles
        .new_tree(&mut runner)
        .map(|tree| tree.current())
        .unwrap_or_else(|e| panic!("profiles: {e}"));
    for size in [200, 1_000, 3_000] {
        let catalogue = shoe_selector::catalogue::generate::generate(size);
        for (_, profile) in &profiles {
            let ranking = rank(&catalogue, profile, &Priorities::default());
            if let Err(tie) = no_ties_at_the_top(&catalogue, profile, &ranking) {
                panic!("{size} shoes, {profile:?}: {tie}");
            }
        }
    }
}

prop_compose! {
    /// Any runner, with any of the optional inputs about their body and running.
    fn any_runner()(
        foot_width in pick(Width::ALL),
        weight_kg in 40.0f64..=130.0,
        pronation in pick(Pronation::ALL),
        season in pick(Season::ALL),
        surface in pick(Surface::ALL),
        foot_strike in proptest::option::of(pick(FootStrike::ALL)),
        knee_pain in proptest::option::of(any::<bool>()),
        experience in proptest::option::of(pick(Experience::ALL)),
        budget in proptest::option::of(60.0f64..250.0),
    ) -> Profile {
        Profile { foot_width, weight_kg, pronation, season, surface, foot_strike, knee_pain, experience, budget, ..Profile::default() }
    }
}

/// Features a reason may name, as a runner would read them.
const FEATURES: &[&str] = &[
    "lug",
    "stud",
    "winter grip",
    "membrane",
    "waterproof",
    "water-resistant",
    "breathab",
    "heel counter",
    "insole",
    "rubber",
    "minimal cushioning",
    "light cushioning",
    "moderate cushioning",
    "high cushioning",
    "max cushioning",
    "stiff",
    "racing",
    "barefoot",
    "zero drop",
    "mm drop",
    "light (",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Reasons are true of the shoe in front of them: no feature is praised in one reason
    /// and faulted in another (how the shoes tried on felt is evidence of its own, and
    /// left aside here).
    #[test]
    fn on_any_catalogue_no_feature_is_praised_in_one_reason_and_faulted_in_another(
        catalogue in a_catalogue(1..40),
        profile in any_runner(),
    ) {
        for shoe in &catalogue.shoes {
            let reasons: Vec<Reason> = explain(&catalogue, shoe, &profile)
                .into_iter()
                .filter(|reason| reason.factor != Factor::Fitting)
                .collect();
            for feature in FEATURES {
                let naming = |good: bool| {
                    reasons.iter().find(|reason| {
                        (reason.verdict == Verdict::Good) == good
                            && reason.text.to_lowercase().contains(feature)
                    })
                };
                if let (Some(praised), Some(faulted)) = (naming(true), naming(false)) {
                    prop_assert!(
                        false,
                        "{}: `{}` praised ({}: {}) and faulted ({}: {})",
                        shoe.id, feature, praised.factor, praised.text, faulted.factor, faulted.text
                    );
                }
            }
        }
    }
}

/// A customer back at the shop, who bought `shoe` at the visit before and says now how it
/// went: the typical runner of the table, of `width`.
fn back_with(width: Width, shoe: &Shoe, went: LastPair) -> Profile {
    Profile {
        date: Some("2026-12-01".into()),
        last_pair: Some(went),
        visits: vec![Visit {
            date: Some("2026-09-14".into()),
            bought: Some(Bought::Shoe(shoe.id.clone())),
            ..Visit::default()
        }],
        ..runner(
            width,
            72.0,
            Pronation::Neutral,
            Season::SpringAutumn,
            Surface::Road,
        )
    }
}

fn place_of(ranking: &Ranking, catalogue: &Catalogue, shoe: &Shoe) -> Option<Recommendation> {
    let index = catalogue.shoes.iter().position(|s| s.id == shoe.id)?;
    ranking
        .recommendations
        .iter()
        .copied()
        .find(|r| r.shoe == index)
}

fn rules_of(catalogue: &Catalogue, shoe: &Shoe, profile: &Profile) -> Vec<(&'static str, Verdict)> {
    explain(catalogue, shoe, profile)
        .iter()
        .filter(|reason| reason.factor == Factor::Fitting)
        .map(|reason| (reason.said.id(), reason.verdict))
        .collect()
}

/// The typical runner's first pick: the pair this customer would have bought last time.
fn first_pick(catalogue: &Catalogue, width: Width) -> Shoe {
    let profile = runner(
        width,
        72.0,
        Pronation::Neutral,
        Season::SpringAutumn,
        Surface::Road,
    );
    let ranking = rank(catalogue, &profile, &Priorities::default());
    catalogue.shoes[ranking.recommendations[0].shoe].clone()
}

/// A pair that went back too narrow: that model only in the next width, and named so;
/// not made wider, it is no best pick again. Either way the reason says what happened, and
/// no what-if asks whether the feet are narrower still. Both cases, each with the standard-
/// width runner's best-placed shoe of its kind.
#[test]
fn a_pair_that_came_back_too_narrow_is_offered_only_a_width_on() {
    let catalogue = bundled();
    let width = Width::Standard;
    let plain = runner(
        width,
        72.0,
        Pronation::Neutral,
        Season::SpringAutumn,
        Surface::Road,
    );
    let ranking = rank(&catalogue, &plain, &Priorities::default());
    let first_that = |comes_wider: bool| {
        ranking
            .recommendations
            .iter()
            .map(|r| catalogue.shoes[r.shoe].clone())
            .find(|shoe| shoe.widths.contains(&Width::Wide) == comes_wider)
            .expect("a shoe of each kind")
    };
    for comes_wider in [true, false] {
        let shoe = first_that(comes_wider);
        let profile = back_with(
            width,
            &shoe,
            LastPair::Returned(vec![PairTrouble::TooNarrow]),
        );
        let ranking = rank(&catalogue, &profile, &Priorities::default());
        let placed = place_of(&ranking, &catalogue, &shoe).expect("still made in the width");
        let rules = rules_of(&catalogue, &shoe, &profile);
        if comes_wider {
            assert_eq!(
                take_as(&shoe, &profile),
                Some(TakeAs::Width(Width::Wide)),
                "{}",
                shoe.id
            );
            assert!(
                rules.contains(&("fitting-history-width-other", Verdict::Caution)),
                "{rules:?}"
            );
        } else {
            assert_eq!(take_as(&shoe, &profile), None);
            assert!(
                rules.contains(&("fitting-history-width-none", Verdict::Poor)),
                "{rules:?}"
            );
            assert_ne!(
                placed.band,
                Band::Best,
                "{}: not again in standard",
                shoe.id
            );
        }
        let what_ifs = shoe_selector::recommend::what_if::what_ifs(
            &catalogue,
            &profile,
            &Priorities::default(),
            &ranking,
            3,
        );
        for whatifs in what_ifs.all() {
            for what_if in whatifs {
                let asks = what_if.changes.get("foot_width").and_then(|v| v.as_str());
                assert_ne!(asks, Some("Narrow"), "{}: {}", shoe.id, what_if.text);
            }
        }
    }
}

/// A pair that gave blisters or pain is never a best pick again, and says why; one that
/// went well is named the safe choice and never ranks lower for it.
#[test]
fn blisters_rule_a_model_out_of_the_best_picks_and_a_happy_pair_is_the_safe_choice() {
    let catalogue = bundled();
    let shoe = first_pick(&catalogue, Width::Standard);
    let plain = runner(
        Width::Standard,
        72.0,
        Pronation::Neutral,
        Season::SpringAutumn,
        Surface::Road,
    );
    let before = place_of(
        &rank(&catalogue, &plain, &Priorities::default()),
        &catalogue,
        &shoe,
    )
    .expect("ranked");
    for trouble in [PairTrouble::Blisters, PairTrouble::Pain] {
        let profile = back_with(Width::Standard, &shoe, LastPair::Trouble(vec![trouble]));
        let ranking = rank(&catalogue, &profile, &Priorities::default());
        let placed = place_of(&ranking, &catalogue, &shoe).expect("ranked");
        assert_ne!(placed.band, Band::Best, "{trouble:?}");
        assert!(placed.rank > 5, "{trouble:?}: #{}", placed.rank);
        assert!(
            rules_of(&catalogue, &shoe, &profile)
                .contains(&("fitting-history-hurt", Verdict::Poor))
        );
    }
    let happy = back_with(Width::Standard, &shoe, LastPair::Happy);
    let placed = place_of(
        &rank(&catalogue, &happy, &Priorities::default()),
        &catalogue,
        &shoe,
    )
    .expect("ranked");
    assert!(placed.rank <= before.rank);
    assert_eq!(placed.band, Band::Best);
    assert!(
        rules_of(&catalogue, &shoe, &happy).contains(&("fitting-history-happy", Verdict::Good))
    );
    // Too small: the same model half a size up, said so.
    let small = back_with(
        Width::Standard,
        &shoe,
        LastPair::Returned(vec![PairTrouble::TooSmall]),
    );
    assert_eq!(take_as(&shoe, &small), Some(TakeAs::HalfSizeUp));
    assert!(
        rules_of(&catalogue, &shoe, &small).contains(&("fitting-history-size", Verdict::Caution))
    );
}

/// A shoe tried on with no feeling noted moves no score: the ranking is the same as without
/// it, shoe for shoe.
#[test]
fn a_try_on_with_no_feeling_changes_no_score() {
    let catalogue = bundled();
    let plain = runner(
        Width::Wide,
        92.0,
        Pronation::Over,
        Season::Winter,
        Surface::Road,
    );
    let shoe =
        &catalogue.shoes[rank(&catalogue, &plain, &Priorities::default()).recommendations[0].shoe];
    let tried = Profile {
        tried: vec![Tried {
            shoe: shoe.id.clone(),
            size: None,
            feel: Vec::new(),
            note: Some("liked the colour".into()),
        }],
        ..plain.clone()
    };
    let scores = |profile: &Profile| -> Vec<(usize, f64)> {
        rank(&catalogue, profile, &Priorities::default())
            .recommendations
            .iter()
            .map(|r| (r.shoe, r.score))
            .collect()
    };
    assert_eq!(scores(&tried), scores(&plain));
    assert!(!Factor::Fitting.is_given(&tried));
}

/// A try-on too narrow in a shoe that comes wider names the width wherever the shoe is
/// named: take it in the next width; and no what-if asks whether the feet are narrower.
#[test]
fn a_try_on_too_narrow_names_the_wider_width_and_no_what_if_contradicts_it() {
    let catalogue = bundled();
    let plain = runner(
        Width::Wide,
        80.0,
        Pronation::Over,
        Season::SpringAutumn,
        Surface::Road,
    );
    let ranking = rank(&catalogue, &plain, &Priorities::default());
    let shoe = ranking
        .recommendations
        .iter()
        .map(|r| &catalogue.shoes[r.shoe])
        .find(|shoe| shoe.widths.contains(&Width::ExtraWide))
        .expect("a shoe that also comes in extra wide");
    let felt = Profile {
        tried: vec![Tried {
            shoe: shoe.id.clone(),
            size: None,
            feel: vec![Feel::TooNarrow],
            note: None,
        }],
        ..plain
    };
    assert_eq!(take_as(shoe, &felt), Some(TakeAs::Width(Width::ExtraWide)));
    let named = name_for(shoe, &felt, shoe_selector::words::Lang::En.words());
    assert_eq!(named, format!("{}, in extra wide", shoe.name()));
    let ranking = rank(&catalogue, &felt, &Priorities::default());
    let what_ifs = shoe_selector::recommend::what_if::what_ifs(
        &catalogue,
        &felt,
        &Priorities::default(),
        &ranking,
        3,
    );
    for whatifs in what_ifs.all() {
        for what_if in whatifs {
            assert_ne!(
                what_if.changes.get("foot_width").and_then(|v| v.as_str()),
                Some("Standard"),
                "{}",
                what_if.text
            );
        }
    }
}

/// A source named with its year in a shoe's notes: a part in brackets holding a name and a
/// year, as "(Doctors of Running, 2025)" or "(Run4it review, 2023)".
fn dated_sources(notes: &str) -> Vec<&str> {
    notes
        .split('(')
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|part| {
            let words: Vec<&str> = part
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let year = words.iter().any(|w| {
                w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (2000..=2099).contains(&y))
            });
            let name = words
                .iter()
                .any(|w| w.len() > 1 && w.chars().all(char::is_alphabetic));
            year && name
        })
        .collect()
}

/// Every shoe of the bundled catalogue says where its figures come from, with the year: a
/// shoe that no dated source describes does not belong in the shop's sample.
#[test]
fn every_bundled_shoe_cites_a_source_with_its_year() {
    assert_eq!(
        dated_sources("Soft (Doctors of Running, 2025); 7 mm (OutdoorGearLab; year not shown)."),
        vec!["Doctors of Running, 2025"]
    );
    assert!(dated_sources("Every figure unconfirmed (RunRepeat).").is_empty());
    let catalogue = bundled();
    let undated: Vec<&str> = catalogue
        .shoes
        .iter()
        .filter(|shoe| dated_sources(shoe.notes.as_deref().unwrap_or("")).is_empty())
        .map(|shoe| shoe.id.as_str())
        .collect();
    assert!(
        undated.is_empty(),
        "these shoes cite no source with its year: {undated:?}"
    );
}
